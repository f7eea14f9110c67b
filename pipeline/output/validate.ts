/**
 * Checks a dataset folder: every line against its JSON Schema (`schema/`), and every span
 * against its document, so that `[...text].slice(start, end).join('')` is the span's text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-info.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { datasetFiles, type DatasetFile } from './write.js';

/** The folder of the JSON Schemas. */
export function schemaFolder(): string {
  return join(packageRoot(), 'schema');
}

/** Compiled validators, one per dataset file. */
export function compileSchemas(): Record<DatasetFile, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const folder = schemaFolder();
  const entries = datasetFiles.map((file) => {
    const name = file.replace(/\.jsonl?$/, '');
    const schema = JSON.parse(readFileSync(join(folder, `${name}.schema.json`), 'utf8')) as object;
    return [file, ajv.compile(schema)] as const;
  });
  return Object.fromEntries(entries) as Record<DatasetFile, ValidateFunction>;
}

interface Spanned {
  document?: string;
  start?: number;
  end?: number;
  text?: string;
}

/**
 * Validate a dataset folder.
 *
 * @returns a list of problems, each naming the file and line; empty when valid.
 */
export function validateDataset(folder: string): string[] {
  const validators = compileSchemas();
  const problems: string[] = [];
  const texts = new Map<string, string[]>();
  const records = new Map<DatasetFile, unknown[]>();

  for (const file of datasetFiles) {
    const path = join(folder, file);
    if (!existsSync(path)) {
      problems.push(`${path}: missing`);
      continue;
    }
    const raw = readFileSync(path, 'utf8');
    const lines = file.endsWith('.jsonl') ? raw.split('\n').filter((line) => line !== '') : [raw];
    const parsed: unknown[] = [];
    lines.forEach((line, i) => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        problems.push(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
        return;
      }
      const validate = validators[file];
      if (!validate(record)) {
        for (const issue of validate.errors ?? []) problems.push(`${path}:${i + 1}: ${issue.instancePath || '/'} ${issue.message}`);
      }
      parsed.push(record);
    });
    records.set(file, parsed);
  }

  for (const record of (records.get('documents.jsonl') ?? []) as { id: string; text: string }[]) {
    texts.set(record.id, [...record.text]);
  }
  const checkSpan = (file: string, line: number, span: Spanned, document: string | undefined): void => {
    if (document === undefined || span.start === undefined || span.end === undefined) return;
    const text = texts.get(document);
    if (!text) {
      problems.push(`${file}:${line}: unknown document ${document}`);
    } else if (span.start > span.end || span.end > text.length) {
      problems.push(`${file}:${line}: span [${span.start}, ${span.end}) outside the document`);
    } else if (span.text !== undefined && text.slice(span.start, span.end).join('') !== span.text) {
      problems.push(`${file}:${line}: span [${span.start}, ${span.end}) does not slice to ${JSON.stringify(span.text)}`);
    }
  };
  const each = (file: DatasetFile, visit: (record: Record<string, unknown>, line: number) => void): void =>
    ((records.get(file) ?? []) as Record<string, unknown>[]).forEach((record, i) => visit(record, i + 1));

  each('segments.jsonl', (r, line) => checkSpan('segments.jsonl', line, r as Spanned, r.document as string));
  each('timexes.jsonl', (r, line) => checkSpan('timexes.jsonl', line, r as Spanned, r.document as string));
  each('entities.jsonl', (r, line) =>
    (r.mentions as Spanned[]).forEach((m) => checkSpan('entities.jsonl', line, m, m.document)),
  );
  each('events.jsonl', (r, line) =>
    [r.evidence as Spanned, ...(r.also_reported as Spanned[])].forEach((e) => checkSpan('events.jsonl', line, e, e.document)),
  );
  each('claims.jsonl', (r, line) =>
    (r.values as { evidence: Spanned }[]).forEach((v) => checkSpan('claims.jsonl', line, v.evidence, v.evidence.document)),
  );
  return problems;
}
