import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window, type Element, type HTMLElement } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { embedJson, renderReviewPage, writeReviewPage } from '../../pipeline/review/page.js';
import { clientScript } from '../../pipeline/review/client-script.js';
import type { ReviewData } from '../../pipeline/review/data.js';
import { parseCorrections, type Correction } from '../../pipeline/review/corrections.js';
import { writeDataset } from '../../pipeline/output/write.js';
import { runResult } from '../output/fixture.js';

const DOC = 'doc-0000000000aa';
const text =
  '𝔸😀 <script>window.pwned=1</script> <img src=x onerror="window.pwned=1"> ' +
  'Blyukher met the Japanese on July 29.\u2028</script><script>window.pwned=2</script> <!-- end';

/** Code-point span of the first occurrence of a string in the text. */
function span(word: string): { start: number; end: number; text: string } {
  const unit = text.indexOf(word);
  const start = [...text.slice(0, unit)].length;
  return { start, end: start + [...word].length, text: word };
}

const sentence = span('Blyukher met the Japanese on July 29.');
const dataset: ReviewData = {
  title: 'test <b>set</b>',
  documents: [
    { id: DOC, source: 'hostile <i>name</i>.txt', language: 'eng', text },
    { id: 'doc-0000000000bb', source: 'second.txt', language: 'tgl', text: 'Walang pangalan dito.' },
  ],
  entities: [
    {
      id: 'en-blyukher',
      type: 'PERSON',
      name: 'Blyukher <img src=x onerror="window.pwned=3">',
      wikidata: 'Q152591',
      aliases: [{ text: 'Blyukher', language: 'eng' }],
      mentions: [{ document: DOC, segment: 'seg-0000000000aa', ...span('Blyukher') }],
    },
    {
      id: 'en-japan',
      type: 'GPE',
      name: 'Japan',
      wikidata: 'javascript:window.pwned=4' as unknown as null,
      aliases: [],
      mentions: [{ document: DOC, segment: 'seg-0000000000aa', ...span('the Japanese') }],
    },
  ],
  timexes: [
    {
      id: 'tx-0000000000aa',
      document: DOC,
      segment: 'seg-0000000000aa',
      ...span('July 29'),
      type: 'date',
      value: '1938-07-29',
      precision: 'day',
      inferred: ['year'],
    },
  ],
  events: [
    {
      id: 'ev-0000000000aa',
      type: 'meeting',
      summary: 'Blyukher met Japan on 1938-07-29.',
      date: { text: 'July 29', value: '1938-07-29', precision: 'day', inferred: ['year'], qualifier: null },
      participants: [{ entity: 'en-blyukher', name: 'Blyukher', type: 'PERSON', role: 'agent', text: 'Blyukher' }],
      location: null,
      evidence: { document: DOC, source: 'a.txt', segment: 'seg-0000000000aa', language: 'eng', ...sentence },
      also_reported: [],
      confidence: 0.5,
    },
  ],
  corrections: [],
};

const STORAGE_KEY = 'salaysay.review.corrections.v1';
const windows: Window[] = [];

async function openPage(html: string, stored: string | null = null): Promise<Window> {
  const window = new Window({
    url: 'file:///tmp/review.html',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  windows.push(window);
  if (stored !== null) window.localStorage.setItem(STORAGE_KEY, stored);
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return window;
}

afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

type Page = Window & { pwned?: unknown };
const highlights = (window: Window, selector: string) =>
  [...window.document.querySelectorAll(`#doc-text ${selector}`)].map((node) => node.textContent);
const exported = (window: Window): { version: number; corrections: Correction[] } =>
  JSON.parse(window.document.getElementById('export-preview')!.textContent ?? '');
function clickButton(root: Element, label: string): void {
  const button = [...root.querySelectorAll('button')].find((node) => node.textContent === label);
  if (!button) throw new Error(`no button ${label}`);
  button.click();
}

describe('renderReviewPage', () => {
  it('should show markup in the sources as text and never run it', async () => {
    const window = (await openPage(renderReviewPage(dataset))) as Page;
    const { document } = window;
    expect(window.pwned).toBeUndefined();
    expect(document.getElementById('doc-text')!.textContent).toBe(text);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(2);
    expect(document.querySelectorAll('i')).toHaveLength(0);
    expect([...document.querySelectorAll('b')].every((b) => b.closest('details.help') !== null)).toBe(true);
    expect(document.getElementById('doc-title')!.textContent).toBe('hostile <i>name</i>.txt');
    expect(document.querySelector('.card-entity .linklike')!.textContent).toBe('Blyukher <img src=x onerror="window.pwned=3">');
  });

  it('should highlight spans after non-BMP characters exactly on their text', async () => {
    const window = await openPage(renderReviewPage(dataset));
    expect(highlights(window, '.hl-entity')).toEqual(['Blyukher', 'the Japanese']);
    expect(highlights(window, '.hl-timex')).toEqual(['July 29']);
    expect(highlights(window, '.hl-event')).toEqual([sentence.text]);
    expect(window.document.querySelector('.hl-entity')!.className).toContain('ty-PERSON');
  });

  it('should keep the embedded JSON inside its script element', () => {
    const html = renderReviewPage(dataset);
    const open = '<script type="application/json" id="review-data">';
    const body = html.slice(html.indexOf(open) + open.length);
    const json = body.slice(0, body.indexOf('</script>'));
    expect(JSON.parse(json).documents[0].text).toBe(text);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(embedJson({ t: '</script><!--&\u2028' })).toBe('{"t":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}');
  });

  it('should allow only its own script and style by hash', () => {
    const html = renderReviewPage(dataset);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const sha = (s: string) => createHash('sha256').update(s).digest('base64');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src 'sha256-${sha(script)}'`);
    expect(policy).toContain(`style-src 'sha256-${sha(style)}'`);
    expect(policy).not.toContain('unsafe');
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
  });

  it('should link Wikidata only for a valid Q-id', async () => {
    const window = await openPage(renderReviewPage(dataset));
    const links = [...window.document.querySelectorAll('a.wikidata')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://www.wikidata.org/wiki/Q152591']);
  });

  it('should record a rejected mention, keep it in storage and export it', async () => {
    const window = await openPage(renderReviewPage(dataset));
    const { document } = window;
    const mention = [...document.querySelectorAll('#doc-text .hl-entity')].find((n) => n.textContent === 'Blyukher')!;
    (mention as HTMLElement).click();
    const card = document.querySelector('#inspector-list .card-mention')!;
    expect((document.getElementById('inspector') as HTMLElement).hidden).toBe(false);
    (card.querySelector('input.note') as unknown as { value: string }).value = 'not him';
    clickButton(card, 'Reject');

    const expected = {
      target: { kind: 'mention', document: DOC, ...span('Blyukher') },
      action: 'reject',
      note: 'not him',
    };
    expect(exported(window)).toEqual({ version: 1, corrections: [expected] });
    expect(mention.className).toContain('dec-reject');
    expect(document.querySelector('#inspector-list .card-entity .card-status')!.textContent).toBe('undecided \u00b7 1 mention(s) rejected');
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!).corrections).toEqual([expected]);

    const blobs: Blob[] = [];
    const downloads: string[] = [];
    window.URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:file:///review');
    document.addEventListener('click', (event) => {
      const target = event.target as unknown as { download?: string };
      if (target.download) downloads.push(target.download), event.preventDefault();
    }, true);
    (document.getElementById('export') as HTMLElement).click();
    expect(downloads).toEqual(['corrections.json']);
    const file = parseCorrections(JSON.parse(await blobs[0]!.text()));
    expect(file.corrections).toEqual([expected]);
  });

  it('should restore saved decisions when the page opens again', async () => {
    const saved = { version: 1, corrections: [{ target: { kind: 'entity', entity: 'en-japan' }, action: 'reject', note: '' }] };
    const window = await openPage(renderReviewPage(dataset), JSON.stringify(saved));
    const japan = [...window.document.querySelectorAll('#doc-text .hl-entity')].find((n) => n.textContent === 'the Japanese')!;
    expect(japan.className).toContain('dec-reject');
    expect(exported(window)).toEqual(saved);
  });

  it('should correct an entity: retype, rename and merge from its form', async () => {
    const window = await openPage(renderReviewPage(dataset));
    const { document } = window;
    const card = [...document.querySelectorAll('#entity-list .card-entity')].find((n) => n.textContent!.includes('en-japan'))!;
    clickButton(card, 'Correct\u2026');
    const [type, merge] = [...card.querySelectorAll('select')] as unknown as { value: string }[];
    const name = card.querySelector('.correct-form input') as unknown as { value: string };
    type!.value = 'ORG';
    name.value = 'Empire of Japan';
    merge!.value = 'en-blyukher';
    clickButton(card, 'Save correction');
    const target = { kind: 'entity', entity: 'en-japan' };
    expect(exported(window).corrections).toEqual([
      { target, action: 'retype', type: 'ORG', note: '' },
      { target, action: 'rename', name: 'Empire of Japan', note: '' },
      { target, action: 'merge', into: 'en-blyukher', note: '' },
    ]);
    expect(card.querySelector('.card-status')!.textContent).toContain('type \u2192 ORG');
    clickButton(card, 'Accept');
    expect(exported(window).corrections).toEqual([{ target, action: 'accept', note: '' }]);
  });

  it('should start from the corrections given with the data, skipping malformed ones', async () => {
    const corrections = [
      { target: { kind: 'timex', document: DOC, ...span('July 29') }, action: 'reject', note: '' },
      { target: { kind: 'timex', document: DOC, ...span('July 29') }, action: 'rename', name: 'x', note: '' },
    ] as Correction[];
    const window = await openPage(renderReviewPage({ ...dataset, corrections }));
    expect(exported(window).corrections).toEqual([corrections[0]]);
    expect(window.document.querySelector('#doc-text .hl-timex')!.className).toContain('dec-reject');
  });

  it.each([
    {
      name: 'a corrections file, skipping malformed entries',
      content: JSON.stringify({
        version: 1,
        corrections: [
          { target: { kind: 'event', event: 'ev-0000000000aa' }, action: 'retype', type: 'battle', note: 'x' },
          { target: { kind: 'event', event: 'ev-0000000000aa' }, action: 'retype', type: 'PERSON', note: '' },
          { target: { kind: 'mention' }, action: 'reject', note: '' },
        ],
      }),
      status: 'Imported 1 decision(s), skipped 2 malformed.',
      count: 1,
    },
    { name: 'nothing from a file that is not JSON', content: '{ nope', status: /^Could not import c\.json: /, count: 0 },
    { name: 'nothing from another version', content: '{"version":2,"corrections":[]}', status: /not a version 1 corrections file/, count: 0 },
  ])('should import $name', async ({ content, status, count }) => {
    const window = await openPage(renderReviewPage(dataset));
    const { document } = window;
    const input = document.getElementById('import-file')!;
    Object.defineProperty(input, 'files', { value: [new window.File([content], 'c.json')], configurable: true });
    input.dispatchEvent(new window.Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.getElementById('status')!.textContent).toMatch(status);
    expect(exported(window).corrections).toHaveLength(count);
  });

  it('should build the page without any HTML-parsing DOM call', () => {
    expect(clientScript).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|setAttribute\(['"]on/);
  });

  it('should switch documents and toggle highlight layers', async () => {
    const window = await openPage(renderReviewPage(dataset));
    const { document } = window;
    const toggle = document.getElementById('toggle-entities') as unknown as { checked: boolean; dispatchEvent(e: Event): void };
    toggle.checked = false;
    toggle.dispatchEvent(new window.Event('change') as unknown as Event);
    expect(document.getElementById('doc-text')!.classList.contains('hide-entities')).toBe(true);
    clickButton(document.getElementById('doc-list')!, 'second.txt0 names \u00b7 0 dates \u00b7 0 events');
    expect(document.getElementById('doc-text')!.textContent).toBe('Walang pangalan dito.');
    expect(document.getElementById('entity-list')!.textContent).toBe('No entities in this document.');
  });

  it('should list but not draw spans that cross another or fall outside the text', async () => {
    const japanese = span('the Japanese');
    const crossing = { document: DOC, segment: 'seg-0000000000aa', start: japanese.start + 4, end: japanese.end + 3, text: 'x' };
    const outside = { ...crossing, start: 10_000, end: 10_004 };
    const entities = [...dataset.entities, { ...dataset.entities[1]!, id: 'en-x', mentions: [crossing, outside] }];
    const window = await openPage(renderReviewPage({ ...dataset, entities }));
    expect(highlights(window, '.hl-entity')).toEqual(['Blyukher', 'the Japanese']);
    expect(highlights(window, '.hl-event')).toEqual([sentence.text]);
    expect(window.document.getElementById('doc-note')!.textContent).toMatch(/^2 overlapping/);
    expect(window.document.getElementById('doc-text')!.textContent).toBe(text);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must draw. Quadratic
  // DOM work would still run into the timeout here: minutes where linear work takes seconds.
  it('should render a 1 MB document with thousands of highlights, every one and all the text', async () => {
    const line = '😀 Blyukher met the Japanese ... --- on July 29.      \n';
    const big = line.repeat(Math.ceil(1_000_000 / line.length));
    const length = [...line].length;
    const count = Math.ceil(1_000_000 / line.length);
    const mentions = Array.from({ length: count }, (_, i) => ({ document: DOC, segment: 'seg-0000000000aa', start: i * length + 2, end: i * length + 10, text: 'Blyukher' }));
    const window = await openPage(
      renderReviewPage({ ...dataset, documents: [{ id: DOC, source: 'big.txt', language: 'eng', text: big }], entities: [{ ...dataset.entities[0]!, mentions }], timexes: [], events: [] }),
    );
    const drawn = highlights(window, '.hl-entity');
    expect(drawn).toHaveLength(count);
    expect(new Set(drawn)).toEqual(new Set(['Blyukher']));
    expect(window.document.getElementById('doc-text')!.textContent).toBe(big);
  }, 90_000);
});

describe('writeReviewPage', () => {
  it('should write one self-contained page from a dataset folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'salaysay-review-'));
    writeDataset(runResult, join(folder, 'output'), { name: 'salaysay', version: '0.0.0-test' });
    writeReviewPage(join(folder, 'output'), join(folder, 'site', 'review.html'));
    const html = readFileSync(join(folder, 'site', 'review.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Salaysay review \u2014 output');
    expect(html).not.toMatch(/<(link|iframe|object|embed)\b/);
    expect(() => writeReviewPage(join(folder, 'missing'), join(folder, 'x.html'))).toThrow(/documents\.jsonl is missing/);
  });
});
