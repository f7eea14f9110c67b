/**
 * Writes a tiny token-classification model to a folder, in the layout
 * `@huggingface/transformers` loads (`config.json`, `tokenizer.json`,
 * `tokenizer_config.json`, `onnx/model.onnx`), so tests can exercise the real loading and
 * inference path without network access.
 *
 * The network is one ONNX `Gather`: each vocabulary entry looks up a fixed row of logits,
 * so a test decides exactly which label (and with which probability) every sub-word gets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** A vocabulary entry: the WordPiece token and the label it should predict. */
export interface TinyToken {
  /** WordPiece token, `##` prefix for a word-internal piece; lowercase (the model is uncased). */
  token: string;
  /** Label predicted for the token; `O` when omitted. */
  label?: string;
  /** Logit of that label (the others are 0); 8 when omitted. */
  logit?: number;
}

export interface TinyModelSpec {
  /** Labels in id order, e.g. `['O', 'B-PER', 'I-PER']`. */
  labels: readonly string[];
  tokens: readonly TinyToken[];
  /** Longest input the tokenizer declares (special tokens included). */
  maxLength?: number;
}

/**
 * A ready-made NER model spec: BIO labels for PER, LOC, ORG and MISC over a few English
 * words. "Blucher" (blu ##cher), "Stern", "Zhukov" (zhu ##kov), "Konev" (kon ##ev) are
 * people, "Lake Khasan" a place, "Red Army" an organization, "Soviet" MISC; every other
 * vocabulary word is O, and any other word is [UNK] (O).
 */
export const TINY_NER_SPEC: TinyModelSpec = {
  labels: ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'],
  tokens: [
    { token: 'the' },
    { token: 'general' },
    { token: 'met' },
    { token: 'at' },
    { token: 'of' },
    { token: 'and' },
    { token: '.' },
    { token: ',' },
    { token: 'blu', label: 'B-PER' },
    { token: '##cher', label: 'I-PER', logit: 4 },
    { token: 'stern', label: 'B-PER' },
    // Sub-words the model labels against their word: the word's first token decides.
    { token: 'zhu', label: 'B-PER' },
    { token: '##kov' },
    { token: 'kon', label: 'B-PER' },
    { token: '##ev', label: 'B-PER' },
    { token: 'lake', label: 'B-LOC' },
    { token: 'kha', label: 'I-LOC' },
    { token: '##san', label: 'I-LOC' },
    { token: 'red', label: 'B-ORG' },
    { token: 'army', label: 'I-ORG' },
    { token: 'soviet', label: 'B-MISC' },
  ],
};

/** Special tokens, first in the vocabulary, in the order BERT uses them. */
const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** Default logit of a token's label; softmax gives it ≈ 0.9975 against six zero logits. */
const DEFAULT_LOGIT = 8;

/** The vocabulary (token → id) of a spec, special tokens first. */
function tinyVocabulary(spec: TinyModelSpec): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const token of [...SPECIALS, ...spec.tokens.map((entry) => entry.token)]) {
    if (vocabulary.has(token)) throw new Error(`duplicate token ${token}`);
    vocabulary.set(token, vocabulary.size);
  }
  return vocabulary;
}

/** Row of logits for every vocabulary id: the chosen label gets the logit, others 0. */
function logitRows(spec: TinyModelSpec): number[][] {
  const labelId = (label: string): number => {
    const id = spec.labels.indexOf(label);
    if (id < 0) throw new Error(`unknown label ${label}`);
    return id;
  };
  const row = (label: string, logit: number): number[] =>
    spec.labels.map((_, id) => (id === labelId(label) ? logit : 0));
  return [
    ...SPECIALS.map(() => row('O', DEFAULT_LOGIT)),
    ...spec.tokens.map((entry) => row(entry.label ?? 'O', entry.logit ?? DEFAULT_LOGIT)),
  ];
}

/** Softmax probability the tiny model gives a token's label (for expected scores in tests). */
export function tinyProbability(spec: TinyModelSpec, logit = DEFAULT_LOGIT): number {
  return Math.exp(logit) / (Math.exp(logit) + spec.labels.length - 1);
}

/** A graph input or output: a tensor of one element type, with named (dynamic) or fixed dims. */
function tensorValue(
  name: string,
  elemType: number,
  dims: (number | string)[],
): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: {
          dim: dims.map((dim) => (typeof dim === 'number' ? { dimValue: dim } : { dimParam: dim })),
        },
      },
    },
  };
}

/** ONNX bytes of the model: `logits[b, s, :] = embedding[input_ids[b, s], :]`. */
function tinyOnnx(spec: TinyModelSpec): Uint8Array {
  const rows = logitRows(spec);
  const { FLOAT, INT64 } = onnx.TensorProto.DataType;
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'salaysay-tests',
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny-token-classifier',
      input: [
        tensorValue('input_ids', INT64, ['batch', 'sequence']),
        tensorValue('attention_mask', INT64, ['batch', 'sequence']),
      ],
      output: [tensorValue('logits', FLOAT, ['batch', 'sequence', spec.labels.length])],
      initializer: [
        {
          name: 'embedding',
          dataType: FLOAT,
          dims: [rows.length, spec.labels.length],
          floatData: rows.flat(),
        },
      ],
      node: [
        {
          opType: 'Gather',
          input: ['embedding', 'input_ids'],
          output: ['logits'],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }],
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/** `tokenizer.json` of an uncased BERT WordPiece tokenizer over the spec's vocabulary. */
function tinyTokenizer(spec: TinyModelSpec): object {
  const vocabulary = tinyVocabulary(spec);
  const special = (content: string) => ({
    id: vocabulary.get(content),
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map(special),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(
        ['[CLS]', '[SEP]'].map((token) => [
          token,
          { id: token, ids: [vocabulary.get(token)], tokens: [token] },
        ]),
      ),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary),
    },
  };
}

/**
 * Writes the model folder and returns its path.
 *
 * @param folder An existing (empty) folder, e.g. from `mkdtemp`.
 * @param spec Labels and vocabulary with the label each token predicts.
 * @returns `folder`, now holding config, tokenizer and `onnx/model.onnx`.
 * @example
 * const model = await writeTinyModel(await mkdtemp(join(tmpdir(), 'ner-')), {
 *   labels: ['O', 'B-PER', 'I-PER'],
 *   tokens: [{ token: 'blu', label: 'B-PER' }, { token: '##cher', label: 'I-PER' }],
 * });
 */
export async function writeTinyModel(folder: string, spec: TinyModelSpec): Promise<string> {
  const id2label = Object.fromEntries(spec.labels.map((label, id) => [String(id), label]));
  const label2id = Object.fromEntries(spec.labels.map((label, id) => [label, id]));
  const config = {
    architectures: ['BertForTokenClassification'],
    model_type: 'bert',
    id2label,
    label2id,
    vocab_size: tinyVocabulary(spec).size,
    max_position_embeddings: spec.maxLength ?? 512,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: spec.maxLength ?? 512,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
  await mkdir(join(folder, 'onnx'), { recursive: true });
  await writeFile(join(folder, 'config.json'), JSON.stringify(config, null, 2));
  await writeFile(join(folder, 'tokenizer.json'), JSON.stringify(tinyTokenizer(spec), null, 2));
  await writeFile(join(folder, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2));
  await writeFile(join(folder, 'onnx', 'model.onnx'), tinyOnnx(spec));
  return folder;
}
