/**
 * Sentence segmentation against Universal Dependencies gold: boundary precision, recall
 * and F1 over the sentence ends of rebuilt running text.
 *
 * - UD English EWT (test): the 316 documents rebuilt from `# newdoc` / `# newpar` /
 *   `# text` (sentences of a paragraph joined by a space, paragraphs by a newline). Each
 *   paragraph is segmented on its own, as the structure stage hands paragraphs to the
 *   segmenter; paragraph ends are reported both counted and left out.
 * - UD Tagalog NewsCrawl (dev): the independent sentences joined by a space into one text.
 *
 * The end of each document is never counted (it is no decision).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codePointLength } from '../pipeline/offsets.js';
import { splitSentences } from '../pipeline/segment/split-sentences.js';
import { defaultConfig } from '../pipeline/stage.js';
import { evalRoot } from './paths.js';
import { formatPrf, heading, prf, type Counts } from './score.js';

/** A rebuilt document: paragraphs, each a list of gold sentences. */
export interface GoldDocument {
  paragraphs: string[][];
}

/**
 * Rebuilds documents from CoNLL-U comments.
 *
 * @param conllu the file's text
 * @param split whether `# newdoc` / `# newpar` start new documents and paragraphs
 *   (false: every sentence goes into one paragraph of one document)
 * @returns the documents in file order
 */
export function rebuildDocuments(conllu: string, split: boolean): GoldDocument[] {
  const documents: GoldDocument[] = [];
  let current: GoldDocument | null = null;
  let paragraph: string[] | null = null;
  for (const line of conllu.split('\n')) {
    if (split && line.startsWith('# newdoc')) {
      current = { paragraphs: [] };
      documents.push(current);
      paragraph = null;
    } else if (split && line.startsWith('# newpar')) {
      paragraph = null;
    } else if (line.startsWith('# text = ')) {
      if (!current) {
        current = { paragraphs: [] };
        documents.push(current);
      }
      if (!paragraph) {
        paragraph = [];
        current.paragraphs.push(paragraph);
      }
      paragraph.push(line.slice('# text = '.length).trim());
    }
  }
  return documents;
}

/** Ends of sentences in code points of the joined document, paragraph ends marked. */
interface Ends {
  inner: Set<number>;
  paragraph: Set<number>;
  /** Ends right after sentence-final punctuation (and closing quotes): where a rule can decide. */
  punctuated: Set<number>;
}

const endsWithPunctuation = (sentence: string): boolean => /[.?!…]["'”’)\]]*$/u.test(sentence);

function goldEnds(document: GoldDocument): Ends {
  const inner = new Set<number>();
  const paragraph = new Set<number>();
  const punctuated = new Set<number>();
  let offset = 0;
  document.paragraphs.forEach((sentences, p) => {
    sentences.forEach((sentence, s) => {
      offset += codePointLength(sentence);
      (s === sentences.length - 1 ? paragraph : inner).add(offset);
      if (endsWithPunctuation(sentence)) punctuated.add(offset);
      offset += 1; // the joining space or newline
    });
    if (p === document.paragraphs.length - 1) {
      paragraph.delete(offset - 1);
      punctuated.delete(offset - 1);
    }
  });
  return { inner, paragraph, punctuated };
}

function predictedEnds(document: GoldDocument, languages: readonly string[]): Set<number> {
  const ends = new Set<number>();
  let offset = 0;
  for (const sentences of document.paragraphs) {
    const text = sentences.join(' ');
    for (const span of splitSentences(text, languages)) ends.add(offset + span.end);
    offset += codePointLength(text) + 1;
  }
  ends.delete(offset - 1);
  return ends;
}

function count(gold: Set<number>, predicted: Set<number>, counts: Counts): void {
  for (const end of predicted) {
    if (gold.has(end)) counts.tp++;
    else counts.fp++;
  }
  for (const end of gold) if (!predicted.has(end)) counts.fn++;
}

/**
 * Scores one set: all ends; ends inside paragraphs only; and ends after sentence-final
 * punctuation only (the candidate sites a rule-based splitter decides on, as ersatz
 * scores), where a missed unpunctuated end is not counted.
 */
function score(
  documents: GoldDocument[],
  languages: readonly string[],
): { all: Counts; inner: Counts; punctuated: Counts } {
  const all = { tp: 0, fp: 0, fn: 0 };
  const inner = { tp: 0, fp: 0, fn: 0 };
  const punctuated = { tp: 0, fp: 0, fn: 0 };
  for (const document of documents) {
    const gold = goldEnds(document);
    const predicted = predictedEnds(document, languages);
    count(new Set([...gold.inner, ...gold.paragraph]), predicted, all);
    const innerPredicted = new Set([...predicted].filter((end) => !gold.paragraph.has(end)));
    count(gold.inner, innerPredicted, inner);
    const allGold = new Set([...gold.inner, ...gold.paragraph]);
    const decided = [...predicted].filter((end) => gold.punctuated.has(end) || !allGold.has(end));
    count(gold.punctuated, new Set(decided), punctuated);
  }
  return { all, inner, punctuated };
}

/** Gold ends inside paragraphs that follow no sentence-final punctuation: out of reach of rules. */
function unpunctuatedInner(documents: GoldDocument[]): { count: number; total: number } {
  let count = 0;
  let total = 0;
  for (const document of documents) {
    for (const sentences of document.paragraphs) {
      for (const sentence of sentences.slice(0, -1)) {
        total++;
        if (!endsWithPunctuation(sentence)) count++;
      }
    }
  }
  return { count, total };
}

/** Boundary P/R/F1 of the segmenter on UD English EWT and UD Tagalog NewsCrawl. */
export async function evaluate(): Promise<string[]> {
  const languages = defaultConfig.languages;
  const root = join(evalRoot, 'segmentation');
  const english = rebuildDocuments(readFileSync(join(root, 'ud_english_ewt', 'en_ewt-ud-test.conllu'), 'utf8'), true);
  const tagalog = rebuildDocuments(
    readFileSync(join(root, 'ud_tagalog_newscrawl', 'tl_newscrawl-ud-dev.conllu'), 'utf8'),
    false,
  );
  const eng = score(english, languages);
  const unreachable = unpunctuatedInner(english);
  const tgl = score(tagalog, languages);
  return [
    heading('Sentence segmentation (boundary P/R/F1)'),
    formatPrf(`UD English EWT test (${english.length} documents)`, prf(eng.all), 'F1 >= 98.0'),
    formatPrf('  inside paragraphs only', prf(eng.inner)),
    formatPrf('  after sentence-final punctuation only', prf(eng.punctuated)),
    `    (${unreachable.count} of ${unreachable.total} ends inside paragraphs follow no sentence-final punctuation)`,
    formatPrf('UD Tagalog NewsCrawl dev (sentences joined)', prf(tgl.all), 'F1 >= 98.0'),
    formatPrf('  after sentence-final punctuation only', prf(tgl.punctuated)),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await evaluate()) console.log(line);
}
