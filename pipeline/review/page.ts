/**
 * The review page: one self-contained HTML file (no network, no external assets) where a
 * historian reads each source with its entities, dates and events highlighted and accepts,
 * rejects or corrects them. The data sits in a `<script type="application/json">` with
 * every character that could end the element or the script escaped; the one script and
 * the one style sheet are allowed by their sha256 hashes in a strict
 * Content-Security-Policy, so nothing else can run even if a source held markup.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { clientScript } from './client-script.js';
import { clientStyle } from './client-style.js';
import { entityTypes, eventTypes, timexTypes, type Corrections } from './corrections.js';
import { readReviewData, type ReviewData } from './data.js';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's policy: nothing but its own script and style, no fetches, no forms, no base. */
const contentSecurityPolicy = [
  "default-src 'none'",
  `script-src ${hash(clientScript)}`,
  `style-src ${hash(clientStyle)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * JSON that can sit inside a `<script>` element: `<`, `>`, `&` and the line separators
 * U+2028/U+2029 become `\uXXXX` escapes, so no `</script>` or `<!--` can appear in it.
 *
 * @example embedJson({ text: '</script>' }) // '{"text":"\\u003c/script\\u003e"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for HTML element content or a quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page's data: only the fields the script reads, plus the type lists for the correction forms. */
function pageData(dataset: ReviewData) {
  return {
    vocab: { entityTypes, timexTypes, eventTypes },
    documents: dataset.documents.map(({ id, source, language, text }) => ({ id, source, language, text })),
    entities: dataset.entities.map(({ id, type, name, wikidata, aliases, mentions }) => ({
      id,
      type,
      name,
      wikidata,
      aliases: aliases.map(({ text, language }) => ({ text, language })),
      mentions: mentions.map(({ document, segment, start, end, text }) => ({ document, segment, start, end, text })),
    })),
    timexes: dataset.timexes.map(({ id, document, segment, start, end, text, type, value, precision, inferred }) => ({
      id,
      document,
      segment,
      start,
      end,
      text,
      type,
      value,
      precision,
      inferred,
    })),
    events: dataset.events.map(({ id, type, summary, date, participants, location, evidence, also_reported, confidence }) => ({
      id,
      type,
      summary,
      date: date === null ? null : { text: date.text, value: date.value },
      participants: participants.map(({ entity, name, role }) => ({ entity, name, role })),
      location: location === null ? null : { entity: location.entity, name: location.name },
      evidence: { document: evidence.document, start: evidence.start, end: evidence.end },
      also_reported: also_reported.map(({ document, start, end }) => ({ document, start, end })),
      confidence,
    })),
    corrections: dataset.corrections,
  };
}

/**
 * Render the review page of a dataset.
 *
 * @param dataset The records to review (see `readReviewData`).
 * @returns the HTML of one self-contained page; the same data gives the same bytes.
 * @example writeFileSync('review.html', renderReviewPage(readReviewData('output')))
 */
export function renderReviewPage(dataset: ReviewData): string {
  const title = escapeHtml(`Salaysay review \u2014 ${dataset.title}`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${clientStyle}</style>
</head>
<body>
<header>
<h1>${title}</h1><span id="summary"></span>
<div class="toolbar">
<button type="button" id="export" class="primary">Export corrections (corrections.json)</button>
<button type="button" id="import">Import corrections\u2026</button>
<input type="file" id="import-file" accept=".json,application/json" hidden>
<span id="decision-count"></span>
<span id="status" role="status"></span>
</div>
<details class="help"><summary>How to review, and where to put corrections.json</summary>
<p>Pick a document on the left. Names, dates and event evidence are highlighted in the text; click one, or use the lists on the right, to <b>Accept</b>, <b>Reject</b> or <b>Correct</b> it (an entity's type or canonical name, or merge it into another entity; move a single mention to another entity). Your decisions are kept in this browser as you go.</p>
<p>When you are done, press <b>Export corrections</b>. Save the downloaded <code>corrections.json</code> in the project folder (next to <code>sources/</code>) and run <code>salaysay run sources --out output --corrections corrections.json</code>: the corrections are applied on this and every later run. A correction whose source text has changed is skipped and reported as a <code>corrections/stale</code> warning. To continue on another computer, use <b>Import corrections</b> with the same file.</p>
</details>
</header>
<main>
<nav aria-label="Documents">
<input type="search" id="doc-filter" placeholder="Filter documents" aria-label="Filter documents">
<ul id="doc-list"></ul>
</nav>
<section id="reader" aria-label="Document">
<h2 id="doc-title"></h2>
<div id="doc-meta"></div>
<div class="controls">
<label><input type="checkbox" id="toggle-entities" checked> Entities</label>
<label><input type="checkbox" id="toggle-timexes" checked> Dates</label>
<label><input type="checkbox" id="toggle-events" checked> Events</label>
<div id="legend" aria-label="Legend"></div>
</div>
<div id="doc-note"></div>
<div id="doc-text" class="doc-text"></div>
</section>
<aside aria-label="Annotations">
<div id="inspector" hidden><h3>Selected</h3><ul id="inspector-list"></ul></div>
<h3>Entities <span id="entity-count"></span></h3><ul id="entity-list"></ul>
<h3>Dates <span id="timex-count"></span></h3><ul id="timex-list"></ul>
<h3>Events <span id="event-count"></span></h3><ul id="event-list"></ul>
</aside>
</main>
<footer><details><summary>Corrections JSON (what the export contains)</summary><pre id="export-preview"></pre></details></footer>
<script type="application/json" id="review-data">${embedJson(pageData(dataset))}</script>
<script>${clientScript}</script>
</body>
</html>
`;
}

/**
 * Write the review page of a dataset folder to a file.
 *
 * @param datasetFolder A folder written by the pipeline (`output/`).
 * @param outFile Where to write the page, e.g. `output/review.html`; folders are created.
 * @param corrections Decisions to start the page from (a previous `corrections.json`).
 * @example writeReviewPage('output', 'output/review.html')
 */
export function writeReviewPage(datasetFolder: string, outFile: string, corrections: Corrections | null = null): void {
  const html = renderReviewPage(readReviewData(datasetFolder, corrections?.corrections ?? []));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(`${outFile}.tmp`, html);
  renameSync(`${outFile}.tmp`, outFile);
}
