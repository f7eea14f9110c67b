/**
 * One code-point index per document, shared by the entity steps that read a document's
 * text by mention offsets (the recognisers' candidates, the acronym and bracket links), so
 * that each document's text is indexed once, not once per step.
 */
import type { Document } from '../model.js';
import { TextIndex } from '../offsets.js';

const indexes = new WeakMap<Document, TextIndex>();

/**
 * The index over a document's text.
 *
 * @param document Any document.
 * @returns Its text's index (cached per document object).
 * @example documentIndex(document).slice(mention.start, mention.end) // the mention's text
 */
export function documentIndex(document: Document): TextIndex {
  let index = indexes.get(document);
  if (!index) indexes.set(document, (index = new TextIndex(document.text)));
  return index;
}
