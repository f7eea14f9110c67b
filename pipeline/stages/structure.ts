/**
 * The structure stage: sections and paragraphs of a document. Markdown sources are read
 * with `unified` + `remark-parse`; plain text with its own line reader, which yields the
 * same blocks without reading markup into prose. On top, plain-text conventions are
 * recognised from the cues of every configured language (`lang/<code>/structure.json`):
 * title lines, official orders with numbered clauses, "From the book …" excerpts and a
 * closing bibliographic reference.
 */
import type { BlockKind, Document, Paragraph, Section } from '../model.js';
import { stableId } from '../ids.js';
import type { StageContext, StageMeta } from '../stage.js';
import type { Block } from '../structure/block.js';
import { readBlocks, type ReadBlock } from '../structure/classify.js';
import { structureCuesOf } from '../structure/cues.js';
import { markdownBlocks } from '../structure/markdown-blocks.js';
import { plainTextBlocks } from '../structure/plain-text-blocks.js';
import { planSections, type SectionPlan } from '../structure/sections.js';

export const meta: StageMeta = {
  name: 'structure',
  version: '1',
  requires: ['text'],
  assigns: ['sections', 'paragraphs'],
};

/** Whether a source is read as Markdown (by its extension). */
function isMarkdown(source: string): boolean {
  return /\.(?:md|markdown)$/iu.test(source);
}

const paragraphKind: Record<ReadBlock['role'], BlockKind> = {
  prose: 'paragraph',
  caption: 'paragraph',
  heading: 'heading',
  'order-cue': 'heading',
  numbered: 'list-item',
  lettered: 'list-item',
  citation: 'citation',
  reference: 'reference',
};

const byPosition = (a: Section, b: Section): number =>
  a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Adds `sections` and `paragraphs` to an ingested document.
 *
 * @param document a document with `id`, `source` and normalized `text`
 * @param context configuration (`languages` selects the cue data) and the report sink
 * @returns a new document; sections sorted by start (outer before inner at the same
 *   start), every paragraph in exactly one innermost section; language fields of
 *   paragraphs are left for the language stage (`und`, 0)
 * @example structure(doc, context).sections.map((s) => s.kind) // ['header', 'article', 'heading', …]
 */
export function structure(document: Document, context: StageContext): Document {
  const cues = structureCuesOf(context.config.languages.map((code) => context.lang(code)));
  const raw: Block[] = isMarkdown(document.source) ? markdownBlocks(document.text) : plainTextBlocks(document.text);
  const { blocks, plans } = planSections(readBlocks(raw, cues));

  const ids = new Map<SectionPlan, Section>();
  for (const plan of plans) {
    const start = (blocks[plan.first] as ReadBlock).start;
    const end = (blocks[plan.last] as ReadBlock).end;
    ids.set(plan, {
      id: stableId('sec', document.id, start, end),
      kind: plan.kind,
      start,
      end,
      title: plan.title,
      attribution: plan.attribution,
      parent: null,
    });
  }
  for (const [plan, section] of ids) section.parent = plan.parent ? (ids.get(plan.parent)?.id ?? null) : null;

  // Deeper sections are laid over their parents, so each block ends with its innermost one.
  const depths = new Map<SectionPlan, number>();
  for (const plan of plans) depths.set(plan, plan.parent ? (depths.get(plan.parent) ?? 0) + 1 : 0);
  const owners: (SectionPlan | undefined)[] = new Array(blocks.length);
  for (const plan of [...plans].sort((a, b) => (depths.get(a) ?? 0) - (depths.get(b) ?? 0))) {
    for (let k = plan.first; k <= plan.last; k++) owners[k] = plan;
  }
  const paragraphs: Paragraph[] = blocks.map((block, k) => {
    const innermost = owners[k];
    if (!innermost) throw new Error(`structure: block ${k} of ${document.source} lies in no section`);
    const kind = block.syntax === 'list-item' && block.role === 'prose' ? 'list-item' : paragraphKind[block.role];
    return {
      id: stableId('par', document.id, block.start, block.end),
      section: (ids.get(innermost) as Section).id,
      kind,
      start: block.start,
      end: block.end,
      language: 'und',
      languageConfidence: 0,
      duplicateOf: null,
    };
  });
  return { ...document, sections: [...ids.values()].sort(byPosition), paragraphs };
}
