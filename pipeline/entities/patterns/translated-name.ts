/** English names of event and document names headed by another language's word. */
import type { Token } from '../tokens.js';

/**
 * The English name of "<head word> <connector> <name>" when the head word is another
 * language's ("Labanan sa Verdun" -> "Battle of Verdun", "Kasunduan sa Paris" -> "Treaty
 * of Paris"), so that both languages link; the span's own text otherwise.
 *
 * @param head Index of the head word; `end` the index after the name.
 * @param normal The head word's English normal form.
 */
export function translatedName(text: string, tokens: readonly Token[], head: number, end: number, normal: string): string {
  const surface = text.slice(tokens[head]!.start, tokens[end - 1]!.end);
  if (normal.toLowerCase() === tokens[head]!.lower) return surface;
  let name = head + 1;
  while (name < end && !tokens[name]!.capitalized) name++;
  return name < end ? `${normal} of ${text.slice(tokens[name]!.start, tokens[end - 1]!.end)}` : surface;
}
