/**
 * Sections from read blocks. First the top-level parts of a source, in order: a site
 * header (the short lines before the first title), articles (opened by a title line or
 * following an order or excerpts), official orders, series of excerpts ("From the book
 * …") and closing bibliographic references. Then what nests inside them: headings inside
 * articles, numbered clauses and lettered sub-clauses inside orders.
 */
import type { Attribution, SectionKind } from '../model.js';
import { withRole, type ReadBlock } from './classify.js';

/** A section as a range of block indices, before spans and ids are assigned. */
export interface SectionPlan {
  kind: SectionKind;
  first: number;
  last: number;
  title: string | null;
  attribution: Attribution | null;
  parent: SectionPlan | null;
}

/** Blocks an order may hold before its first clause, and between two runs of clauses. */
const orderPreamble = 8;
const orderGap = 3;
/** Longest signature line closing an order, in words. */
const signatureWords = 40;

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const isClause = (block: ReadBlock): boolean => block.role === 'numbered' || block.role === 'lettered';
/** Blocks that end whatever part came before them. */
const opensPart = (block: ReadBlock): boolean =>
  block.role === 'citation' || block.role === 'reference' || (block.role === 'heading' && block.depth === 1);

/** A name as a signature prints it: initials before a name, or a surname in capitals. */
const signerName = /(?:^|\s)\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}|(?<!\p{L})\p{Lu}{3,}(?!\p{L})/u;

/** A short line naming the signer, not ending like a sentence ("Commissar … K. VOROSHILOV"). */
function isSignature(block: ReadBlock): boolean {
  return (
    (block.role === 'prose' || block.role === 'heading' || block.role === 'caption') &&
    !/[.?!…:;]$/u.test(block.text) &&
    block.text.split(/\s+/u).length <= signatureWords &&
    signerName.test(block.text)
  );
}

/**
 * Where an order opened at `cue` ends: after its last run of clauses (a clause and the
 * lines that follow it without a blank line), plus a closing signature line.
 * Returns null when no clause follows the cue closely enough: then it is no order.
 */
function orderEnd(blocks: readonly ReadBlock[], cue: number): number | null {
  let lastRunEnd = -1;
  let inRun = false;
  let gap = 0;
  for (let k = cue + 1; k < blocks.length; k++) {
    const block = blocks[k] as ReadBlock;
    if (opensPart(block)) break;
    if (isClause(block) || (inRun && !block.gapBefore)) {
      inRun = true;
      gap = 0;
      lastRunEnd = k;
      continue;
    }
    inRun = false;
    gap++;
    if (gap > (lastRunEnd < 0 ? orderPreamble : orderGap)) break;
  }
  if (lastRunEnd < 0) return null;
  const next = blocks[lastRunEnd + 1];
  return next !== undefined && isSignature(next) ? lastRunEnd + 1 : lastRunEnd;
}

/**
 * The excerpts of a series of citations starting at `first`: each runs to the next
 * citation; the last holds as many blocks as the longest before it (a series of excerpts
 * is uniform), or, alone, everything up to the next part.
 */
function snippetSeries(blocks: readonly ReadBlock[], first: number): SectionPlan[] {
  const plans: SectionPlan[] = [];
  let start = first;
  let longest = 0;
  for (;;) {
    let k = start + 1;
    while (k < blocks.length && !opensPart(blocks[k] as ReadBlock) && blocks[k]?.role !== 'order-cue') k++;
    const citation = blocks[start] as ReadBlock;
    const plan: SectionPlan = {
      kind: 'snippet',
      first: start,
      last: k - 1,
      title: citation.attribution?.title ?? null,
      attribution: citation.attribution,
      parent: null,
    };
    plans.push(plan);
    if (blocks[k]?.role === 'citation') {
      longest = Math.max(longest, k - 1 - start);
      start = k;
      continue;
    }
    if (plans.length > 1) plan.last = Math.min(plan.last, start + Math.max(longest, 1));
    return plans;
  }
}

/**
 * Whether the block before an order cue is the line that introduces the order ("Below is
 * the text of the order:"): it ends with a colon and is the last block of the open part,
 * but not its only one (its title).
 */
function leadIn(blocks: readonly ReadBlock[], cue: number, open: SectionPlan | null): boolean {
  const before = blocks[cue - 1];
  return open !== null && open.last === cue - 1 && open.first < cue - 1 && before !== undefined && /:\s*$/u.test(before.text);
}

/** The top-level parts of a source; `blocks` is a working copy whose roles it settles. */
function topLevel(blocks: ReadBlock[]): SectionPlan[] {
  const parts: SectionPlan[] = [];
  let open: SectionPlan | null = null;
  let i = 0;
  let leading = 0;
  while (leading < blocks.length && blocks[leading]?.role === 'heading' && blocks[leading]?.depth === null) leading++;
  if (leading >= 2 && leading < blocks.length) {
    const title = squash(blocks[0]?.text ?? '');
    parts.push({ kind: 'header', first: 0, last: leading - 2, title, attribution: null, parent: null });
    i = leading - 1;
  }
  let titled = false;
  while (i < blocks.length) {
    const block = blocks[i] as ReadBlock;
    if (block.role === 'order-cue') {
      const end = orderEnd(blocks, i);
      if (end !== null) {
        const first = leadIn(blocks, i, open) ? i - 1 : i;
        if (open && first < i) open.last = i - 2;
        parts.push({ kind: 'order', first, last: end, title: squash(block.text), attribution: null, parent: null });
        open = null;
        i = end + 1;
        continue;
      }
      blocks[i] = withRole(block, { role: 'heading', level: 2, label: null, attribution: null });
      continue;
    }
    if (block.role === 'citation') {
      const series = snippetSeries(blocks, i);
      parts.push(...series);
      open = null;
      i = (series[series.length - 1] as SectionPlan).last + 1;
      continue;
    }
    if (block.role === 'reference') {
      const closed = parts[parts.length - 1];
      const bibliography: SectionPlan = {
        kind: 'bibliography',
        first: i,
        last: i,
        title: block.attribution?.title ?? null,
        attribution: block.attribution,
        parent: null,
      };
      if (closed && closed.last === i - 1 && closed.kind !== 'header' && closed.kind !== 'bibliography') {
        closed.last = i;
        closed.attribution ??= block.attribution;
        closed.title ??= block.attribution?.title ?? null;
        bibliography.parent = closed;
      }
      parts.push(bibliography);
      open = null;
      i++;
      continue;
    }
    // A title-case line, the first title of the text, or a title right after an order or
    // excerpts opens an article; other title lines head sections inside one.
    const opensArticle: boolean = block.role === 'heading' && (block.level === 1 || !titled || open === null);
    if (opensArticle) titled = true;
    if (opensArticle || open === null) {
      const kind: SectionKind = opensArticle || parts.length > 0 ? 'article' : 'body';
      const title: string | null = opensArticle ? squash(block.text) : null;
      open = { kind, first: i, last: i, title, attribution: null, parent: null };
      parts.push(open);
      if (opensArticle) blocks[i] = withRole(block, { role: 'heading', level: 1, label: null, attribution: null });
    } else open.last = i;
    i++;
  }
  return parts;
}

/** Heading sections inside an article or body: each runs to the next heading of its level or above. */
function headings(blocks: readonly ReadBlock[], part: SectionPlan): SectionPlan[] {
  const plans: SectionPlan[] = [];
  const stack: { level: number; plan: SectionPlan }[] = [];
  for (let k = part.first; k <= part.last; k++) {
    const block = blocks[k] as ReadBlock;
    if (block.role === 'heading' && block.level >= 2 && k !== part.first) {
      while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level >= block.level) stack.pop();
      const parent = stack.length > 0 ? (stack[stack.length - 1] as { plan: SectionPlan }).plan : part;
      const title = squash(block.text);
      const plan: SectionPlan = { kind: 'heading', first: k, last: k, title, attribution: null, parent };
      plans.push(plan);
      stack.push({ level: block.level, plan });
    } else if (block.role !== 'reference') for (const { plan } of stack) plan.last = k;
  }
  return plans;
}

/** Clause and sub-clause sections inside an order: a clause runs to the next clause or a blank line. */
function clauses(blocks: readonly ReadBlock[], order: SectionPlan): SectionPlan[] {
  const plans: SectionPlan[] = [];
  let clause: SectionPlan | null = null;
  let sub: SectionPlan | null = null;
  const open = (k: number, parent: SectionPlan): SectionPlan => {
    const block = blocks[k] as ReadBlock;
    const plan: SectionPlan = { kind: 'clause', first: k, last: k, title: block.label, attribution: null, parent };
    plans.push(plan);
    return plan;
  };
  for (let k = order.first + 1; k <= order.last; k++) {
    const block = blocks[k] as ReadBlock;
    if (block.role === 'numbered') {
      sub = null;
      clause = open(k, order);
    } else if (block.role === 'lettered') {
      sub = open(k, clause ?? order);
      if (clause) clause.last = k;
    } else if (block.gapBefore) {
      clause = null;
      sub = null;
    } else {
      if (clause) clause.last = k;
      if (sub) sub.last = k;
    }
  }
  return plans;
}

/**
 * Plans every section of a source from its read blocks.
 *
 * @param read blocks with roles, in order
 * @returns the blocks with settled roles (an order cue that opens no order is a heading;
 *   the title opening an article has level 1) and the section plans, parents before
 *   children; every block lies in at least one section
 */
export function planSections(read: readonly ReadBlock[]): { blocks: ReadBlock[]; plans: SectionPlan[] } {
  const blocks = [...read];
  const parts = topLevel(blocks);
  const plans: SectionPlan[] = [];
  for (const part of parts) {
    plans.push(part);
    if (part.kind === 'article' || part.kind === 'body') plans.push(...headings(blocks, part));
    if (part.kind === 'order') plans.push(...clauses(blocks, part));
  }
  return { blocks, plans };
}
