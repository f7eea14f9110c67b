/**
 * Who wrote a passage, as the text says it: a citation line ("From the book <title>
 * author <name>") or a bibliographic reference ("Polynov M.F. <title>. - St. Petersburg,
 * 2017. - Publishing house …").
 */
import type { Attribution } from '../model.js';
import type { StructureCues } from './cues.js';

const yearPattern = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/gu;
const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();
/** Strips punctuation and dashes a title or a name does not end with (an initial keeps its period). */
const tidy = (text: string): string | null =>
  squash(text)
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(/(?<!(?:^|[\s.])\p{Lu})\.+$/u, '')
    .trim() || null;

/** A surname and initials opening a reference, either order: "Polynov M.F.", "M. F. Polynov". */
const leadingAuthor =
  /^(?:\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}\p{Ll}?\.\s?){1,3}|(?:\p{Lu}\p{Ll}?\.\s?){1,3}\p{Lu}[\p{L}'’-]+[.,]?)/u;

function lastYear(text: string): number | null {
  const years = [...text.matchAll(yearPattern)];
  const last = years[years.length - 1];
  return last ? Number(last[1]) : null;
}

/** The citation cue a line opens with, or null. */
function citationCue(text: string, cues: StructureCues): string | null {
  const lower = text.trimStart().toLowerCase();
  return cues.citation.find((cue) => lower.startsWith(cue) && /^(?:$|[\s:])/u.test(lower.slice(cue.length))) ?? null;
}

/**
 * Reads a citation line.
 *
 * @param text the line, e.g. "From the book Great Battles author Domanin Alexander Anatolievich"
 * @param cues merged structure cues
 * @returns the attribution (title and author null when the line does not give them), or
 *   null when the line is not a citation
 * @example parseCitation('From the book X author Y', cues) // { title: 'X', author: 'Y', year: null, text: '…' }
 */
export function parseCitation(text: string, cues: StructureCues): Attribution | null {
  const cue = citationCue(text, cues);
  if (cue === null) return null;
  const rest = text.trimStart().slice(cue.length).replace(/^[\s:]+/u, '');
  const matches = [...rest.matchAll(cues.authorWord)];
  const last = matches[matches.length - 1];
  const title = last ? rest.slice(0, last.index) : rest;
  const author = last ? rest.slice(last.index + last[0].length) : '';
  return { title: tidy(title), author: tidy(author), year: lastYear(author), text: squash(text) };
}

/**
 * Reads a bibliographic reference: a year, a publisher cue and an author's initials at the start.
 *
 * @param text the block, e.g. "Polynov M.F. USSR/Russia in local wars … 2017. - Publishing house Info-Da. – 162 p."
 * @param cues merged structure cues
 * @returns the attribution, or null when the block is not a reference
 */
export function parseReference(text: string, cues: StructureCues): Attribution | null {
  const flat = squash(text);
  if (flat.split(' ').length > 80) return null;
  const year = lastYear(flat);
  const author = leadingAuthor.exec(flat);
  const publisher = cues.publisherWord.test(flat);
  if (year === null || !author || !publisher) return null;
  const afterAuthor = flat.slice(author[0].length);
  const title = afterAuthor.split(/\.\s|\s[-–—]\s/u)[0] ?? '';
  return { title: tidy(title), author: tidy(author[0]), year, text: flat };
}
