/**
 * Writes the dataset: every file is first written to a staging folder inside the output
 * folder and only then renamed into place, so a failed run leaves the previous dataset
 * whole. Lines are in a fixed order, and nothing depends on the clock: the same input
 * gives the same bytes.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '../pipeline.js';
import {
  claimRecord,
  documentRecord,
  duplicateRecord,
  entityRecord,
  eventRecord,
  segmentRecord,
  timexRecord,
} from './records.js';
import { manifestRecord, type Generator } from './manifest.js';

/** The files of the dataset, in the order they are written. */
export const datasetFiles = [
  'documents.jsonl',
  'segments.jsonl',
  'duplicates.jsonl',
  'timexes.jsonl',
  'entities.jsonl',
  'events.jsonl',
  'claims.jsonl',
  'manifest.json',
] as const;

export type DatasetFile = (typeof datasetFiles)[number];

const jsonl = (records: readonly unknown[]): string => records.map((record) => `${JSON.stringify(record)}\n`).join('');

/** The contents of each dataset file for a run. */
export function serializeDataset(result: RunResult, generator: Generator): Record<DatasetFile, string> {
  const { corpus } = result;
  const documents = corpus.documents;
  return {
    'documents.jsonl': jsonl(documents.map(documentRecord)),
    'segments.jsonl': jsonl(documents.flatMap((document) => document.segments.map((s) => segmentRecord(document, s)))),
    'duplicates.jsonl': jsonl(corpus.duplicates.map(duplicateRecord)),
    'timexes.jsonl': jsonl(documents.flatMap((document) => document.timexes.map((t) => timexRecord(document, t)))),
    'entities.jsonl': jsonl(corpus.entities.map(entityRecord)),
    'events.jsonl': jsonl(corpus.events.map(eventRecord)),
    'claims.jsonl': jsonl(corpus.claims.map(claimRecord)),
    'manifest.json': `${JSON.stringify(manifestRecord(result, generator), null, 2)}\n`,
  };
}

/**
 * Write the dataset of a run to a folder, replacing the files of a previous run only once
 * every new file is complete.
 *
 * @param result What `processCorpus` returned.
 * @param folder The output folder; created when missing.
 * @param generator Name and version written into the manifest.
 */
export function writeDataset(result: RunResult, folder: string, generator: Generator): void {
  const contents = serializeDataset(result, generator);
  mkdirSync(folder, { recursive: true });
  const staging = join(folder, `.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const file of datasetFiles) writeFileSync(join(staging, file), contents[file]);
    for (const file of datasetFiles) renameSync(join(staging, file), join(folder, file));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
