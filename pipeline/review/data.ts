/**
 * What the review page shows, read from a dataset folder (`documents.jsonl`,
 * `entities.jsonl`, `timexes.jsonl`, `events.jsonl`): the records of the output contract,
 * cut down to the fields the page uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { documentRecord, entityRecord, eventRecord, timexRecord } from '../output/records.js';
import type { Correction } from './corrections.js';

type DocumentRecord = ReturnType<typeof documentRecord>;
type TimexRecord = ReturnType<typeof timexRecord>;
type EventRecordLine = ReturnType<typeof eventRecord>;

export type ReviewDocument = Pick<DocumentRecord, 'id' | 'source' | 'language' | 'text'>;
export type ReviewEntity = ReturnType<typeof entityRecord>;
export type ReviewTimex = Pick<
  TimexRecord,
  'id' | 'document' | 'segment' | 'start' | 'end' | 'text' | 'type' | 'value' | 'precision' | 'inferred'
>;
export type ReviewEvent = Pick<
  EventRecordLine,
  'id' | 'type' | 'summary' | 'date' | 'participants' | 'location' | 'evidence' | 'also_reported' | 'confidence'
>;

/** A dataset as the review page needs it (snake_case records, code-point offsets). */
export interface ReviewData {
  /** Shown in the page's title, e.g. the dataset folder's name. */
  title: string;
  documents: ReviewDocument[];
  entities: ReviewEntity[];
  timexes: ReviewTimex[];
  events: ReviewEvent[];
  /** Decisions to start from when the browser has none saved (e.g. a previous corrections.json). */
  corrections: Correction[];
}

function readLines<T>(folder: string, file: string): T[] {
  const path = join(folder, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: is ${folder} a Salaysay dataset folder?`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
}

/**
 * Read the review data of a dataset folder.
 *
 * @param folder A folder written by the pipeline (`output/`).
 * @param corrections Decisions to start the page from, e.g. `readCorrections(file).corrections`.
 * @throws when a dataset file is missing or a line is not JSON.
 * @example readReviewData('output').documents.length
 */
export function readReviewData(folder: string, corrections: Correction[] = []): ReviewData {
  return {
    title: basename(resolve(folder)),
    documents: readLines<ReviewDocument>(folder, 'documents.jsonl'),
    entities: readLines<ReviewEntity>(folder, 'entities.jsonl'),
    timexes: readLines<ReviewTimex>(folder, 'timexes.jsonl'),
    events: readLines<ReviewEvent>(folder, 'events.jsonl'),
    corrections,
  };
}
