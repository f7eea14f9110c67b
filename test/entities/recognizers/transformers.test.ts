import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document, Segment } from '../../../pipeline/model.js';
import { defaultConfig, type StageContext } from '../../../pipeline/stage.js';
import type { MentionCandidate, Recognizer } from '../../../pipeline/entities/recognizer.js';
import {
  createTransformersRecognizer,
  resolveNerModel,
} from '../../../pipeline/entities/recognizers/transformers.js';
import { TINY_NER_SPEC, tinyProbability, writeTinyModel } from '../../helpers/tiny-model.js';
import { documentOf } from '../helpers.js';

const SPEC = TINY_NER_SPEC;

/** A document of the lines of `text`, and its last line's segment. */
function documentWithSegment(text: string): { document: Document; segment: Segment } {
  const document = documentOf(text.split('\n'));
  return { document, segment: document.segments.at(-1)! };
}

const messages: unknown[] = [];
const context: StageContext = {
  config: defaultConfig,
  lang: () => {
    throw new Error('the transformer backend reads no language data');
  },
  report: (message) => messages.push(message),
};

/** Code-point slice of a text, to check offsets independently of the recogniser. */
function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

let folder: string;
let recognizer: Recognizer;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'salaysay-ner-'));
  recognizer = await createTransformersRecognizer({ model: await writeTinyModel(folder, SPEC) });
}, 20_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function recognize(text: string): Promise<MentionCandidate[]> {
  const { document, segment } = documentWithSegment(text);
  return recognizer.recognize(segment, document, context);
}

describe('createTransformersRecognizer', () => {
  it('should declare itself for every language', () => {
    expect(recognizer.name).toBe('transformers');
    expect(recognizer.languages).toEqual(['*']);
  });

  const cases: { name: string; text: string; expected: [string, string][] }[] = [
    {
      name: 'should join sub-words into one person and words into one place',
      text: 'The general Blucher met at Lake Khasan.',
      expected: [
        ['Blucher', 'PERSON'],
        ['Lake Khasan', 'LOCATION'],
      ],
    },
    {
      name: 'should map B-ORG/I-ORG to ORG and keep neighbouring entities apart',
      text: 'Stern, Blucher and the Red Army.',
      expected: [
        ['Stern', 'PERSON'],
        ['Blucher', 'PERSON'],
        ['Red Army', 'ORG'],
      ],
    },
    {
      name: 'should label a word by its first sub-word',
      text: 'Zhukov and Konev met.',
      expected: [
        ['Zhukov', 'PERSON'],
        ['Konev', 'PERSON'],
      ],
    },
    {
      name: 'should match an accented spelling the uncased tokenizer folds',
      text: 'General BLÜCHER at Lake Khasan',
      expected: [
        ['BLÜCHER', 'PERSON'],
        ['Lake Khasan', 'LOCATION'],
      ],
    },
    {
      name: 'should keep code-point offsets after non-BMP characters and unknown tokens',
      text: 'Heading 𝔸𝔸\nThe 😀 general Blucher met 𝔸 at Lake Khasan.',
      expected: [
        ['Blucher', 'PERSON'],
        ['Lake Khasan', 'LOCATION'],
      ],
    },
    { name: 'should drop MISC labels', text: 'The Soviet general met.', expected: [] },
    { name: 'should find nothing in a text without entities', text: 'The general met.', expected: [] },
  ];

  it.each(cases)('$name', async ({ text, expected }) => {
    const candidates = await recognize(text);
    expect(candidates.map((candidate) => [candidate.text, candidate.type])).toEqual(expected);
    for (const candidate of candidates) {
      expect(codePointSlice(text, candidate.start, candidate.end)).toBe(candidate.text);
      expect(candidate.recognizer).toBe('entities/transformers');
    }
  });

  it('should give exact code-point offsets into the document text', async () => {
    const text = 'Heading 𝔸𝔸\nThe 😀 general Blucher met 𝔸 at Lake Khasan.';
    const [blucher, khasan] = await recognize(text);
    // "Heading 𝔸𝔸\n" is 11 code points, "The 😀 general " 14 more.
    expect(blucher).toMatchObject({ start: 25, end: 32, text: 'Blucher' });
    expect(khasan).toMatchObject({ start: 42, end: 53, text: 'Lake Khasan' });
  });

  it('should score an entity with the mean probability of its tokens', async () => {
    const [blucher] = await recognize('Blucher');
    const expected = (tinyProbability(SPEC) + tinyProbability(SPEC, 4)) / 2;
    expect(blucher?.score).toBeCloseTo(expected, 4);
    expect(blucher?.score).toBeLessThan(tinyProbability(SPEC));
  });

  it('should give the same candidates on every run', async () => {
    const text = 'Stern, Blucher and the Red Army at Lake Khasan.';
    expect(JSON.stringify(await recognize(text))).toBe(JSON.stringify(await recognize(text)));
  });

  it('should read a segment longer than the model input in windows', async () => {
    const shortFolder = await mkdtemp(join(tmpdir(), 'salaysay-ner-short-'));
    try {
      const short = await createTransformersRecognizer({
        model: await writeTinyModel(shortFolder, { ...SPEC, maxLength: 8 }),
      });
      const text = `${'the general met at '.repeat(12)}Lake Khasan and 😀 Blucher.`;
      const { document, segment } = documentWithSegment(text);
      const candidates = await short.recognize(segment, document, context);
      expect(candidates.map((candidate) => candidate.text)).toEqual(['Lake Khasan', 'Blucher']);
      for (const candidate of candidates) {
        expect(codePointSlice(text, candidate.start, candidate.end)).toBe(candidate.text);
      }
    } finally {
      await rm(shortFolder, { recursive: true, force: true });
    }
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should find only the name after long runs of dots, dashes and spaces', async () => {
    const text = `${'.'.repeat(5_000)}${' '.repeat(5_000)}${'-'.repeat(5_000)} Blucher`;
    const candidates = await recognize(text);
    expect(candidates.map((candidate) => candidate.text)).toEqual(['Blucher']);
    expect(codePointSlice(text, candidates[0]!.start, candidates[0]!.end)).toBe('Blucher');
  });

  it('should load a folder named by a relative path that looks like a hub id', async () => {
    // "salaysay-ner-…" alone is a valid hub id; it must still be read as the local folder.
    const cwd = process.cwd();
    process.chdir(dirname(folder));
    try {
      const again = await createTransformersRecognizer({ model: basename(folder) });
      const { document, segment } = documentWithSegment('Blucher');
      const candidates = await again.recognize(segment, document, context);
      expect(candidates.map((candidate) => candidate.text)).toEqual(['Blucher']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('should refuse a missing folder when remote models are not allowed', async () => {
    await expect(
      createTransformersRecognizer({ model: join(folder, 'no-such-model') }),
    ).rejects.toThrow(/not found/);
  });

  it('should refuse a folder without a model', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'salaysay-ner-empty-'));
    try {
      await expect(createTransformersRecognizer({ model: empty })).rejects.toThrow(
        /lacks config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/model\.onnx/,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('resolveNerModel', () => {
  const cases: {
    name: string;
    nerModel: string | null;
    env: NodeJS.ProcessEnv;
    expected: string | null;
  }[] = [
    { name: 'should prefer the configuration', nerModel: 'models/a', env: { SALAYSAY_NER_MODEL: 'models/b' }, expected: 'models/a' },
    { name: 'should fall back to the environment', nerModel: null, env: { SALAYSAY_NER_MODEL: 'models/b' }, expected: 'models/b' },
    { name: 'should ignore an empty variable', nerModel: null, env: { SALAYSAY_NER_MODEL: '' }, expected: null },
    { name: 'should give null when nothing names a model', nerModel: null, env: {}, expected: null },
  ];

  it.each(cases)('$name', ({ nerModel, env, expected }) => {
    expect(resolveNerModel({ ...defaultConfig, nerModel }, env)).toBe(expected);
  });
});
