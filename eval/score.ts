/** Counting and printing for the evaluation scripts: they report numbers, they assert nothing. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts (0 where undefined). */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** One line: `name  P 97.0  R 95.1  F1 96.0  (tp/fp/fn)`, with the bar when one is set. */
export function formatPrf(name: string, score: Prf, bar?: string): string {
  const line = `  ${name.padEnd(44)} P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  (${score.tp}/${score.fp}/${score.fn})`;
  return bar ? `${line}  [bar: ${bar}]` : line;
}

/** One line for an accuracy: `name  93.4 %  (n/total)`. */
export function formatAccuracy(name: string, correct: number, total: number, bar?: string): string {
  const value = total === 0 ? 0 : correct / total;
  const line = `  ${name.padEnd(44)} ${pct(value)} %  (${correct}/${total})`;
  return bar ? `${line}  [bar: ${bar}]` : line;
}

/** A section heading. */
export function heading(title: string): string {
  return `\n== ${title}`;
}
