/**
 * The corrections file (`corrections.json`): a historian's decisions on the review page,
 * applied on every later run (`salaysay run --corrections corrections.json`).
 *
 * Format, version 1 (JSON Schema: `schema/corrections.schema.json`):
 *
 * ```json
 * {
 *   "version": 1,
 *   "corrections": [
 *     { "target": { "kind": "entity", "entity": "en-japan" }, "action": "rename", "name": "Empire of Japan", "note": "" },
 *     { "target": { "kind": "entity", "entity": "en-blyukher" }, "action": "merge", "into": "en-blucher", "note": "same man" },
 *     { "target": { "kind": "mention", "document": "doc-…", "start": 19, "end": 31, "text": "the Japanese" },
 *       "action": "reject", "note": "not a name" },
 *     { "target": { "kind": "timex", "document": "doc-…", "start": 5, "end": 18, "text": "July 29, 1938" },
 *       "action": "accept", "note": "" },
 *     { "target": { "kind": "event", "event": "ev-5f2c0a1b9e3d" }, "action": "retype", "type": "battle", "note": "" }
 *   ]
 * }
 * ```
 *
 * Targets are keyed by what stays stable between runs: entity and event ids, and for
 * mentions and dates the document id with the code-point span and its text (a changed
 * source gets a new document id, so its old corrections go stale instead of landing on
 * the wrong words). Actions by target:
 *
 * | target  | accept | reject | retype (`type`)   | rename (`name`) | merge (`into`)            |
 * |---------|--------|--------|-------------------|-----------------|---------------------------|
 * | entity  | yes    | yes    | an EntityType     | canonical name  | entity id to merge into   |
 * | mention | yes    | yes    | –                 | –               | entity id to move it to   |
 * | timex   | yes    | yes    | a TimexType       | –               | –                         |
 * | event   | yes    | yes    | an EventType      | –               | –                         |
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { EntityType, EventType, TimexType } from '../model.js';
import { schemaFolder } from '../output/validate.js';

/** The version this code writes and reads. */
export const CORRECTIONS_VERSION = 1;

export { entityTypes, eventTypes, timexTypes } from '../model.js';

/** A span of a document, named by its text too so that a shifted span is caught. */
export interface SpanTarget {
  document: string;
  start: number;
  end: number;
  text: string;
}

export type CorrectionTarget =
  | { kind: 'entity'; entity: string }
  | ({ kind: 'mention' } & SpanTarget)
  | ({ kind: 'timex' } & SpanTarget)
  | { kind: 'event'; event: string };

interface Base<T extends CorrectionTarget> {
  target: T;
  /** Why; free text, may be empty. */
  note: string;
}

type EntityTarget = Extract<CorrectionTarget, { kind: 'entity' }>;
type MentionTarget = Extract<CorrectionTarget, { kind: 'mention' }>;
type TimexTarget = Extract<CorrectionTarget, { kind: 'timex' }>;
type EventTarget = Extract<CorrectionTarget, { kind: 'event' }>;

/** One decision of the historian. */
export type Correction =
  | (Base<CorrectionTarget> & { action: 'accept' | 'reject' })
  | (Base<EntityTarget> & { action: 'retype'; type: EntityType })
  | (Base<TimexTarget> & { action: 'retype'; type: TimexType })
  | (Base<EventTarget> & { action: 'retype'; type: EventType })
  | (Base<EntityTarget> & { action: 'rename'; name: string })
  | (Base<EntityTarget | MentionTarget> & { action: 'merge'; into: string });

export type CorrectionAction = Correction['action'];

/** The contents of a `corrections.json` file. */
export interface Corrections {
  version: typeof CORRECTIONS_VERSION;
  corrections: Correction[];
}

/**
 * A string naming a correction's target, the same for the same words or record on every run.
 *
 * @example targetKey({ kind: 'entity', entity: 'en-japan' }) // 'entity:en-japan'
 */
export function targetKey(target: CorrectionTarget): string {
  switch (target.kind) {
    case 'entity':
      return `entity:${target.entity}`;
    case 'event':
      return `event:${target.event}`;
    default:
      return `${target.kind}:${target.document}:${target.start}:${target.end}:${target.text}`;
  }
}

let validator: ValidateFunction | null = null;

function validateCorrections(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(join(schemaFolder(), 'corrections.schema.json'), 'utf8')) as object,
  );
  return validator;
}

/**
 * Check a parsed `corrections.json` against `schema/corrections.schema.json`.
 *
 * @param value The parsed JSON.
 * @returns the corrections, typed.
 * @throws listing every problem when the value is not a version-1 corrections file.
 * @example parseCorrections(JSON.parse(readFileSync('corrections.json', 'utf8')))
 */
export function parseCorrections(value: unknown): Corrections {
  const validate = validateCorrections();
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((issue) => `${issue.instancePath || '/'} ${issue.message ?? ''}`);
    throw new Error(`Not a corrections file (version ${CORRECTIONS_VERSION}):\n  ${problems.join('\n  ')}`);
  }
  return value as Corrections;
}

/**
 * Read and check a `corrections.json` file.
 *
 * @param file Path of the file.
 * @throws when the file is missing, not JSON, or not a corrections file.
 */
export function readCorrections(file: string): Corrections {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read corrections from ${file}: ${(error as Error).message}`);
  }
  return parseCorrections(value);
}
