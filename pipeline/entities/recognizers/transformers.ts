/**
 * The transformer backend: a token-classification model run with
 * `@huggingface/transformers` (ONNX Runtime on the CPU) from a local model folder, or from
 * a hub id when the caller allows remote models. The library is imported only when a
 * recogniser is created, so the default, rule-based pipeline never loads it.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Segment } from '../../model.js';
import { codePointLength } from '../../offsets.js';
import type { Config } from '../../stage.js';
import type { MentionCandidate, Recognizer } from '../recognizer.js';
import { aggregateTokens, type TokenPrediction } from '../transformers/aggregate-tokens.js';
import { alignTokens } from '../transformers/align-tokens.js';
import { splitPoint } from '../transformers/split-text.js';

/** Environment variable naming the model when the configuration does not. */
export const NER_MODEL_VARIABLE = 'SALAYSAY_NER_MODEL';

/**
 * Longest input read at once, special tokens included: the position limit of BERT-like
 * encoders, used when a tokenizer declares no smaller `model_max_length`.
 */
const MAX_TOKENS = 512;

export interface TransformersRecognizerOptions {
  /** A model folder (holding `MODEL_FILES`) or a hub id. */
  model: string;
  /** Allow a hub id to be downloaded; off by default, so only local folders load. */
  allowRemoteModels?: boolean;
}

/** What the recogniser uses of a loaded tokenizer. */
interface Tokenizer {
  (text: string): Record<string, unknown> & { input_ids: { tolist(): unknown[][] } };
  decode(ids: number[], options: { skip_special_tokens: boolean }): string;
  readonly all_special_ids: readonly number[];
  readonly unk_token_id: number | undefined;
  readonly model_max_length: number;
}

/** What the recogniser uses of a loaded token-classification model. */
interface TokenClassifier {
  (inputs: Record<string, unknown>): Promise<{ logits: { dims: number[]; data: ArrayLike<number> } }>;
  readonly config: { id2label?: Record<string, string> };
}

/**
 * The model the `transformers` recogniser should load: `config.nerModel`, else the
 * `SALAYSAY_NER_MODEL` environment variable, else none. The only place the environment
 * is read; the CLI calls it, stages never do.
 *
 * @param config The run configuration.
 * @param env The process environment (`process.env`).
 * @returns A folder path or hub id, or null when no model is named.
 * @example
 * resolveNerModel(defaultConfig, { SALAYSAY_NER_MODEL: './models/ner' }); // './models/ner'
 */
export function resolveNerModel(config: Readonly<Config>, env: NodeJS.ProcessEnv): string | null {
  if (config.nerModel !== null && config.nerModel !== '') return config.nerModel;
  const fromEnv = env[NER_MODEL_VARIABLE];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : null;
}

/** Files a local model folder must hold (fp32 weights, as `dtype: 'fp32'` loads them). */
export const MODEL_FILES = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/model.onnx',
] as const;

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Throws, naming every missing file, when a folder does not hold a model. */
async function checkModelFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (const file of MODEL_FILES) {
    if (!(await stat(join(folder, file)).catch(() => null))?.isFile()) missing.push(file);
  }
  if (missing.length > 0) {
    throw new Error(`NER model folder ${folder} lacks ${missing.join(', ')}`);
  }
}

/**
 * Loads a token-classification model and returns a recogniser that runs it on segments.
 *
 * @param options The model (folder or hub id) and whether remote models may load.
 * @returns A recogniser named `transformers` for every language; its candidates carry
 *   code-point offsets into `document.text` and the tag `entities/transformers`.
 * @throws When the model is not a folder and remote models are not allowed, or when the
 *   folder does not hold a loadable model.
 * @example
 * const recognizer = await createTransformersRecognizer({ model: './models/bert-base-NER' });
 * const candidates = await recognizer.recognize(segment, document, context);
 */
export async function createTransformersRecognizer(
  options: TransformersRecognizerOptions,
): Promise<Recognizer> {
  const allowRemoteModels = options.allowRemoteModels ?? false;
  const local = await isFolder(options.model);
  if (!local && !allowRemoteModels) {
    throw new Error(
      `NER model folder not found: ${options.model} (remote models are not allowed)`,
    );
  }
  if (local) await checkModelFolder(options.model);
  const transformers = await import('@huggingface/transformers');
  transformers.env.allowLocalModels = true;
  transformers.env.allowRemoteModels = allowRemoteModels;
  // An absolute path is never mistaken for a hub id, so it is read as it stands.
  const model = local ? resolve(options.model) : options.model;
  const loading = { local_files_only: local || !allowRemoteModels };
  const tokenizer = (await transformers.AutoTokenizer.from_pretrained(
    model,
    loading,
  )) as unknown as Tokenizer;
  const classifier = (await transformers.AutoModelForTokenClassification.from_pretrained(model, {
    ...loading,
    dtype: 'fp32',
  })) as unknown as TokenClassifier;
  const { id2label } = classifier.config;
  if (id2label === undefined) throw new Error(`NER model ${options.model} has no id2label`);
  const labelOf = (id: number): string => id2label[String(id)] ?? `LABEL_${id}`;
  const declared = tokenizer.model_max_length;
  const maxTokens = declared > 0 ? Math.min(declared, MAX_TOKENS) : MAX_TOKENS;
  const specialIds = new Set(tokenizer.all_special_ids);
  // Decoding is the slow part of reading a token; a vocabulary entry decodes once.
  const surfaces = new Map<number, string | null>();
  const surface = (id: number): string | null => {
    if (!surfaces.has(id)) surfaces.set(id, surfaceOf(tokenizer, id));
    return surfaces.get(id) ?? null;
  };

  /** Token predictions for `text`, with UTF-16 offsets shifted by `base`. */
  async function predict(text: string, base: number): Promise<TokenPrediction[]> {
    const inputs = tokenizer(text);
    const ids = (inputs.input_ids.tolist()[0] ?? []).map(Number);
    if (ids.length > maxTokens && codePointLength(text) > 1) {
      const cut = splitPoint(text);
      const left = await predict(text.slice(0, cut), base);
      const right = await predict(text.slice(cut), base + cut);
      return [...left, ...right];
    }
    const { logits } = await classifier(inputs);
    const labels = logits.dims.at(-1) ?? 0;
    const kept: { surface: string | null; label: string; score: number }[] = [];
    ids.forEach((id, position) => {
      if (id !== tokenizer.unk_token_id && specialIds.has(id)) return;
      const { best, score } = topLabel(logits.data, position * labels, labels);
      kept.push({ surface: surface(id), label: labelOf(best), score });
    });
    const spans = alignTokens(text, kept.map((token) => token.surface));
    return kept.flatMap((token, index) => {
      const span = spans[index];
      return span ? [{ start: base + span.start, end: base + span.end, label: token.label, score: token.score }] : [];
    });
  }

  return {
    name: 'transformers',
    languages: ['*'],
    // The segment's own text and offset are all the model needs.
    async recognize(segment: Segment): Promise<MentionCandidate[]> {
      if (segment.text.trim() === '') return [];
      return aggregateTokens(await predict(segment.text, 0), segment.text, segment.start);
    },
  };
}

/** A token's text without sub-word markers; null for the unknown token. */
function surfaceOf(tokenizer: Tokenizer, id: number): string | null {
  if (id === tokenizer.unk_token_id) return null;
  const decoded = tokenizer.decode([id], { skip_special_tokens: false }).trim();
  // A WordPiece continuation decoded on its own keeps its `##` marker.
  return decoded.startsWith('##') && decoded.length > 2 ? decoded.slice(2) : decoded;
}

/** Arg-max label id of one row of logits and its softmax probability (first maximum wins ties). */
function topLabel(
  data: ArrayLike<number>,
  offset: number,
  size: number,
): { best: number; score: number } {
  let best = 0;
  for (let i = 1; i < size; i++) {
    if ((data[offset + i] as number) > (data[offset + best] as number)) best = i;
  }
  const top = data[offset + best] as number;
  let total = 0;
  for (let i = 0; i < size; i++) total += Math.exp((data[offset + i] as number) - top);
  return { best, score: 1 / total };
}
