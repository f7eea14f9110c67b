/**
 * What changed between a canonical passage and its duplicate, word by word (words as
 * written, punctuation attached): the variant reading a historian wants to see, e.g.
 * `{ op: 'replace', canonical: 'fighting,', duplicate: 'hostilities,' }`.
 */
import { diffArrays } from 'diff';
import type { WordChange } from '../model.js';

function writtenWords(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '');
}

/**
 * Word-level changes from `canonical` to `duplicate`; a removal next to an insertion is
 * one replacement.
 *
 * @param canonical text of the first occurrence
 * @param duplicate text of the later occurrence
 * @returns changes in text order; empty when the words are equal
 * @example wordChanges('stopping fighting now', 'stopping hostilities now')
 *   // [{ op: 'replace', canonical: 'fighting', duplicate: 'hostilities' }]
 */
export function wordChanges(canonical: string, duplicate: string): WordChange[] {
  const changes: WordChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    if (removed.length > 0 && added.length > 0) {
      changes.push({ op: 'replace', canonical: removed.join(' '), duplicate: added.join(' ') });
    } else if (removed.length > 0) {
      changes.push({ op: 'delete', canonical: removed.join(' '), duplicate: '' });
    } else if (added.length > 0) {
      changes.push({ op: 'insert', canonical: '', duplicate: added.join(' ') });
    }
    removed = [];
    added = [];
  };
  for (const part of diffArrays(writtenWords(canonical), writtenWords(duplicate))) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else flush();
  }
  flush();
  return changes;
}
