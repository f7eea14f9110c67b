/**
 * The review page's script, as the exact text that goes into its one inline `<script>`
 * (the page's Content-Security-Policy allows it by its sha256 hash, so it must not vary
 * with the data). It reads the dataset from the `<script type="application/json">`
 * element and builds every node with createElement and textContent: source text is only
 * ever text. Offsets in the data are code points; the script converts them to UTF-16 once
 * per document in one pass over the text, and draws the highlights in one more pass.
 *
 * Decisions live in localStorage under `salaysay.review.corrections.v1`, in the same
 * shape as `corrections.json` (see `corrections.ts`), which "Export corrections" downloads.
 */
export const clientScript = String.raw`
(function () {
  'use strict';
  var STORAGE_KEY = 'salaysay.review.corrections.v1';
  var WIKIDATA_ID = /^Q[1-9][0-9]*$/;
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var vocab = data.vocab;

  function $(id) { return document.getElementById(id); }
  function h(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function button(label, onClick, className) {
    var node = h('button', className || '', label);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }
  function push(map, key, value) {
    var list = map.get(key);
    if (list === undefined) { list = []; map.set(key, list); }
    list.push(value);
  }
  function entityClass(type) { return 'ty-' + (vocab.entityTypes.indexOf(type) >= 0 ? type : 'other'); }
  function empty(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function setStatus(message) { $('status').textContent = message; }

  // ---- decisions: one map per target, one slot per kind of decision ----
  var SLOTS = ['verdict', 'retype', 'rename', 'merge'];
  var byTarget = new Map();
  function targetKey(t) {
    if (t.kind === 'entity') return 'entity:' + t.entity;
    if (t.kind === 'event') return 'event:' + t.event;
    return t.kind + ':' + t.document + ':' + t.start + ':' + t.end + ':' + t.text;
  }
  function slotOf(action) { return action === 'accept' || action === 'reject' ? 'verdict' : action; }
  function record(correction) {
    var key = targetKey(correction.target);
    var slots = byTarget.get(key);
    if (slots === undefined) { slots = new Map(); byTarget.set(key, slots); }
    // A verdict replaces corrections; a correction replaces the verdict.
    if (slotOf(correction.action) === 'verdict') slots.clear(); else slots.delete('verdict');
    slots.set(slotOf(correction.action), correction);
  }
  function decide(correction) { record(correction); changed(); }
  function clearDecisions(target) { byTarget.delete(targetKey(target)); changed(); }
  function inSlotOrder(slots, list) {
    if (slots !== undefined) SLOTS.forEach(function (slot) { if (slots.has(slot)) list.push(slots.get(slot)); });
    return list;
  }
  function decisionsOf(target) { return inSlotOrder(byTarget.get(targetKey(target)), []); }
  function allCorrections() {
    var list = [];
    Array.from(byTarget.keys()).sort().forEach(function (key) { inSlotOrder(byTarget.get(key), list); });
    return list;
  }
  function correctionsFile() { return { version: 1, corrections: allCorrections() }; }

  // Accepts only well-formed corrections and copies only their known fields.
  function cleanTarget(t) {
    if (t === null || typeof t !== 'object') return null;
    if (t.kind === 'entity' && typeof t.entity === 'string') return { kind: 'entity', entity: t.entity };
    if (t.kind === 'event' && typeof t.event === 'string') return { kind: 'event', event: t.event };
    if ((t.kind === 'mention' || t.kind === 'timex') && typeof t.document === 'string' && typeof t.text === 'string' &&
        Number.isInteger(t.start) && Number.isInteger(t.end) && t.start >= 0 && t.end >= t.start) {
      return { kind: t.kind, document: t.document, start: t.start, end: t.end, text: t.text };
    }
    return null;
  }
  function cleanCorrection(c) {
    if (c === null || typeof c !== 'object') return null;
    var target = cleanTarget(c.target);
    if (target === null) return null;
    var note = typeof c.note === 'string' ? c.note : '';
    var kind = target.kind;
    if (c.action === 'accept' || c.action === 'reject') return { target: target, action: c.action, note: note };
    if (c.action === 'retype') {
      var types = kind === 'entity' ? vocab.entityTypes : kind === 'timex' ? vocab.timexTypes : kind === 'event' ? vocab.eventTypes : [];
      if (types.indexOf(c.type) < 0) return null;
      return { target: target, action: 'retype', type: c.type, note: note };
    }
    if (c.action === 'rename' && kind === 'entity' && typeof c.name === 'string' && c.name.trim() !== '') {
      return { target: target, action: 'rename', name: c.name.trim(), note: note };
    }
    if (c.action === 'merge' && (kind === 'entity' || kind === 'mention') && typeof c.into === 'string' && c.into !== '') {
      return { target: target, action: 'merge', into: c.into, note: note };
    }
    return null;
  }
  function load(file) {
    if (file === null || typeof file !== 'object' || file.version !== 1 || !Array.isArray(file.corrections)) {
      throw new Error('not a version 1 corrections file');
    }
    var taken = 0;
    file.corrections.forEach(function (c) {
      var clean = cleanCorrection(c);
      if (clean !== null) { record(clean); taken++; }
    });
    return { taken: taken, skipped: file.corrections.length - taken };
  }
  var storageWorks = true;
  function save() {
    try { localStorage.setItem(STORAGE_KEY, JSON.stringify(correctionsFile())); }
    catch (error) { storageWorks = false; }
  }
  function restore() {
    var stored = null;
    try { stored = localStorage.getItem(STORAGE_KEY); } catch (error) { storageWorks = false; }
    try {
      if (stored !== null) load(JSON.parse(stored));
      else if (data.corrections.length > 0) load({ version: 1, corrections: data.corrections });
    } catch (error) {
      setStatus('Saved decisions could not be read: ' + error.message);
    }
  }

  // ---- indexes ----
  var entityById = new Map();
  var mentionsByDoc = new Map();
  var timexesByDoc = new Map();
  var eventsByDoc = new Map();
  data.entities.forEach(function (entity) {
    entityById.set(entity.id, entity);
    entity.mentions.forEach(function (mention) { push(mentionsByDoc, mention.document, { entity: entity, mention: mention }); });
  });
  data.timexes.forEach(function (timex) { push(timexesByDoc, timex.document, timex); });
  data.events.forEach(function (event) {
    [event.evidence].concat(event.also_reported).forEach(function (evidence) {
      push(eventsByDoc, evidence.document, { event: event, evidence: evidence });
    });
  });
  var entitiesByName = data.entities.slice().sort(function (a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });

  // ---- targets of the records ----
  function entityTarget(entity) { return { kind: 'entity', entity: entity.id }; }
  function spanTarget(kind, span) {
    return { kind: kind, document: span.document, start: span.start, end: span.end, text: span.text };
  }
  function mentionTarget(mention) { return spanTarget('mention', mention); }
  function timexTarget(timex) { return spanTarget('timex', timex); }
  function eventTarget(event) { return { kind: 'event', event: event.id }; }

  function describeDecisions(list) {
    return list.map(function (c) {
      if (c.action === 'accept') return 'accepted';
      if (c.action === 'reject') return 'rejected';
      if (c.action === 'retype') return 'type \u2192 ' + c.type;
      if (c.action === 'rename') return 'name \u2192 ' + c.name;
      var into = entityById.get(c.into);
      return 'merge \u2192 ' + (into ? into.name + ' (' + c.into + ')' : c.into);
    }).join('; ');
  }
  function stateOf(list) {
    if (list.length === 0) return '';
    if (list[0].action === 'reject') return 'reject';
    if (list[0].action === 'accept') return 'accept';
    return 'correct';
  }

  // ---- cards: one record with its decision buttons ----
  var liveCards = [];
  var inspectorCards = [];
  function select(label, values, current) {
    var node = h('select');
    node.setAttribute('aria-label', label);
    values.forEach(function (value) {
      var option = h('option', '', value.label);
      option.value = value.value;
      if (value.value === current) option.selected = true;
      node.appendChild(option);
    });
    return node;
  }
  function plain(values) { return values.map(function (v) { return { value: v, label: v }; }); }
  function field(labelText, control) {
    var label = h('label', 'field');
    label.appendChild(h('span', '', labelText));
    label.appendChild(control);
    return label;
  }

  // spec: { kind, target, title: Node[], details: Node[], correctLabel?, buildForm?(form) -> read() -> corrections }
  var inspecting = false;
  function card(spec) {
    var root = h('li', 'card card-' + spec.kind);
    var head = h('div', 'card-head');
    spec.title.forEach(function (node) { head.appendChild(node); });
    root.appendChild(head);
    spec.details.forEach(function (node) { root.appendChild(node); });
    var status = h('div', 'card-status');
    root.appendChild(status);
    var note = h('input', 'note');
    note.type = 'text';
    note.placeholder = 'note (optional)';
    note.setAttribute('aria-label', 'note');
    var actions = h('div', 'actions');
    var form = h('div', 'correct-form');
    form.hidden = true;
    actions.appendChild(button('Accept', function () { decide({ target: spec.target, action: 'accept', note: note.value }); }, 'accept'));
    actions.appendChild(button('Reject', function () { decide({ target: spec.target, action: 'reject', note: note.value }); }, 'reject'));
    if (spec.buildForm) {
      actions.appendChild(button(spec.correctLabel || 'Correct\u2026', function () {
        if (form.hidden) {
          empty(form);
          var read = spec.buildForm(form);
          var save = button('Save correction', function () {
            var list = read();
            if (list.length === 0) { setStatus('Nothing changed in the correction.'); return; }
            list.forEach(function (c) { c.note = note.value; record(c); });
            form.hidden = true;
            changed();
          }, 'save');
          var row = h('div', 'actions');
          row.appendChild(save);
          row.appendChild(button('Cancel', function () { form.hidden = true; }));
          form.appendChild(row);
        }
        form.hidden = !form.hidden;
      }, 'correct'));
    }
    actions.appendChild(button('Clear', function () { clearDecisions(spec.target); }, 'clear'));
    actions.appendChild(note);
    root.appendChild(actions);
    root.appendChild(form);
    function update() {
      var list = decisionsOf(spec.target);
      root.className = 'card card-' + spec.kind + (list.length ? ' dec-' + stateOf(list) : '');
      var extra = spec.summary ? spec.summary() : '';
      status.textContent = (list.length ? describeDecisions(list) : 'undecided') + (extra ? ' \u00b7 ' + extra : '');
    }
    update();
    (inspecting ? inspectorCards : liveCards).push(update);
    return root;
  }

  function wikidataLink(id) {
    if (typeof id !== 'string' || !WIKIDATA_ID.test(id)) return null;
    var link = h('a', 'wikidata', id);
    link.href = 'https://www.wikidata.org/wiki/' + id;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    return link;
  }

  function entityCard(entity, docId) {
    var here = entity.mentions.filter(function (m) { return m.document === docId; }).length;
    var swatch = h('span', 'sw ' + entityClass(entity.type));
    var name = button(entity.name, function () { focusEntity(entity.id); }, 'linklike');
    name.title = 'Show its mentions in the text';
    var meta = h('div', 'meta');
    meta.appendChild(h('span', 'badge', entity.type));
    meta.appendChild(h('span', '', ' ' + here + ' here, ' + entity.mentions.length + ' in all '));
    var link = wikidataLink(entity.wikidata);
    if (link !== null) meta.appendChild(link);
    var details = [meta];
    if (entity.aliases.length > 0) {
      details.push(h('div', 'aliases', 'aka ' + entity.aliases.map(function (a) { return a.text + ' (' + a.language + ')'; }).join(', ')));
    }
    details.push(h('div', 'ident', entity.id));
    return card({
      kind: 'entity', target: entityTarget(entity), title: [swatch, name], details: details,
      summary: function () { return mentionSummary(entity); },
      buildForm: function (form) {
        var type = select('type', plain(vocab.entityTypes), entity.type);
        var rename = h('input');
        rename.type = 'text';
        rename.value = entity.name;
        rename.setAttribute('aria-label', 'canonical name');
        var merge = mergeSelect(entity.id);
        form.appendChild(field('Type', type));
        form.appendChild(field('Canonical name', rename));
        form.appendChild(field('Merge into', merge));
        return function () {
          var target = entityTarget(entity);
          var list = [];
          if (type.value !== entity.type) list.push({ target: target, action: 'retype', type: type.value });
          if (rename.value.trim() !== '' && rename.value.trim() !== entity.name) list.push({ target: target, action: 'rename', name: rename.value.trim() });
          if (merge.value !== '') list.push({ target: target, action: 'merge', into: merge.value });
          return list;
        };
      },
    });
  }

  // What was decided about single mentions of an entity, e.g. "2 mentions rejected".
  function mentionSummary(entity) {
    var rejected = 0;
    var moved = 0;
    entity.mentions.forEach(function (mention) {
      var state = decisionsOf(mentionTarget(mention));
      if (state.length && state[0].action === 'reject') rejected++;
      else if (state.length && state[0].action === 'merge') moved++;
    });
    var parts = [];
    if (rejected) parts.push(rejected + ' mention(s) rejected');
    if (moved) parts.push(moved + ' moved');
    return parts.join(', ');
  }

  function mergeSelect(exclude) {
    var values = [{ value: '', label: '\u2014 keep separate \u2014' }];
    entitiesByName.forEach(function (e) {
      if (e.id !== exclude) values.push({ value: e.id, label: e.name + ' \u00b7 ' + e.type + ' \u00b7 ' + e.id });
    });
    return select('merge into', values, '');
  }

  function mentionCard(entity, mention) {
    var swatch = h('span', 'sw ' + entityClass(entity.type));
    return card({
      kind: 'mention', target: mentionTarget(mention), correctLabel: 'Move\u2026',
      title: [swatch, h('strong', '', '\u201c' + mention.text + '\u201d'), h('span', 'meta', ' mention of ' + entity.name)],
      details: [h('div', 'ident', '[' + mention.start + ', ' + mention.end + ') \u00b7 ' + mention.segment)],
      buildForm: function (form) {
        var merge = mergeSelect(entity.id);
        form.appendChild(field('Move to entity', merge));
        return function () {
          return merge.value === '' ? [] : [{ target: mentionTarget(mention), action: 'merge', into: merge.value }];
        };
      },
    });
  }

  // A correction form with only a type to change.
  function retypeForm(types, type, target) {
    return function (form) {
      var choice = select('type', plain(types), type);
      form.appendChild(field('Type', choice));
      return function () { return choice.value === type ? [] : [{ target: target, action: 'retype', type: choice.value }]; };
    };
  }

  function timexCard(timex) {
    var value = timex.value === null ? '(no value)' : timex.value;
    var extra = [timex.type, timex.precision].concat(timex.inferred.length ? ['inferred: ' + timex.inferred.join(', ')] : []);
    return card({
      kind: 'timex', target: timexTarget(timex),
      title: [h('span', 'sw hl-timex'), h('strong', '', timex.text), h('span', '', ' \u2192 ' + value)],
      details: [h('div', 'meta', extra.join(' \u00b7 '))],
      buildForm: retypeForm(vocab.timexTypes, timex.type, timexTarget(timex)),
    });
  }

  function eventCard(event) {
    var details = [];
    var meta = h('div', 'meta');
    meta.appendChild(h('span', 'badge', event.type));
    if (event.date !== null) meta.appendChild(h('span', '', ' ' + (event.date.text || '') + ' \u2192 ' + (event.date.value || '?')));
    meta.appendChild(h('span', '', ' \u00b7 confidence ' + event.confidence));
    details.push(meta);
    if (event.participants.length > 0) {
      details.push(h('div', 'participants', 'who: ' + event.participants.map(function (p) { return p.name + ' (' + p.role + ')'; }).join(', ')));
    }
    if (event.location !== null) details.push(h('div', 'participants', 'where: ' + event.location.name));
    if (event.also_reported.length > 0) details.push(h('div', 'meta', 'also reported ' + event.also_reported.length + ' more time(s)'));
    details.push(h('div', 'ident', event.id));
    return card({
      kind: 'event', target: eventTarget(event),
      title: [h('span', 'sw hl-event'), h('strong', '', event.summary)],
      details: details,
      buildForm: retypeForm(vocab.eventTypes, event.type, eventTarget(event)),
    });
  }

  // ---- the text with its highlights ----
  var current = null;
  var highlights = [];
  var spanInfo = new WeakMap();

  /** UTF-16 index of each code-point offset asked for, in one pass over the text. */
  function unitIndex(text, offsets) {
    var wanted = Array.from(new Set(offsets)).sort(function (a, b) { return a - b; });
    var map = new Map();
    var point = 0;
    var unit = 0;
    for (var i = 0; i < wanted.length; i++) {
      var target = wanted[i];
      while (point < target && unit < text.length) {
        var code = text.charCodeAt(unit);
        var next = unit + 1 < text.length ? text.charCodeAt(unit + 1) : 0;
        // A surrogate pair is one code point, as Array.from counts it.
        unit += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
        point++;
      }
      if (point === target) map.set(target, unit);
    }
    return map;
  }

  function annotations(doc) {
    var list = [];
    (eventsByDoc.get(doc.id) || []).forEach(function (item) {
      list.push({ start: item.evidence.start, end: item.evidence.end, rank: 0, kind: 'event', event: item.event });
    });
    (mentionsByDoc.get(doc.id) || []).forEach(function (item) {
      list.push({ start: item.mention.start, end: item.mention.end, rank: 1, kind: 'mention', entity: item.entity, mention: item.mention });
    });
    (timexesByDoc.get(doc.id) || []).forEach(function (timex) {
      list.push({ start: timex.start, end: timex.end, rank: 1, kind: 'timex', timex: timex });
    });
    // Outer spans first: by start, longer first, events around names and dates.
    return list.sort(function (a, b) { return a.start - b.start || b.end - a.end || a.rank - b.rank; });
  }

  function highlightClass(ann) {
    if (ann.kind === 'event') return 'hl hl-event';
    if (ann.kind === 'timex') return 'hl hl-timex';
    return 'hl hl-entity ' + entityClass(ann.entity.type);
  }

  function renderText(doc) {
    var text = doc.text;
    var anns = annotations(doc);
    var offsets = [];
    anns.forEach(function (a) { offsets.push(a.start, a.end); });
    var units = unitIndex(text, offsets);
    var fragment = document.createDocumentFragment();
    // Top-level runs go into chunks of a few hundred nodes: no parent gets a huge child list.
    var chunk = h('span', 'chunk');
    var chunkSize = 0;
    fragment.appendChild(chunk);
    var stack = [{ node: chunk, end: text.length }];
    var cursor = 0;
    var skipped = 0;
    highlights = [];
    function top() { return stack[stack.length - 1]; }
    function textTo(unit) {
      if (unit > cursor) { top().node.appendChild(document.createTextNode(text.slice(cursor, unit))); cursor = unit; }
    }
    anns.forEach(function (ann) {
      var start = units.get(ann.start);
      var end = units.get(ann.end);
      if (start === undefined || end === undefined || !(end > start)) { skipped++; return; }
      while (stack.length > 1 && top().end <= start) { textTo(top().end); stack.pop(); }
      if (end > top().end) { skipped++; return; } // crosses the span around it: listed, not drawn
      textTo(start);
      if (stack.length === 1 && ++chunkSize > 200) {
        chunk = h('span', 'chunk');
        fragment.appendChild(chunk);
        stack[0].node = chunk;
        chunkSize = 0;
      }
      var span = h('span', highlightClass(ann));
      top().node.appendChild(span);
      stack.push({ node: span, end: end });
      spanInfo.set(span, ann);
      highlights.push(span);
    });
    while (stack.length > 1) { textTo(top().end); stack.pop(); }
    textTo(text.length);
    var container = $('doc-text');
    empty(container);
    container.appendChild(fragment);
    $('doc-note').textContent = skipped > 0 ? skipped + ' overlapping or out-of-range span(s) are listed at the side but not drawn.' : '';
  }

  function decorate() {
    highlights.forEach(function (span) {
      var ann = spanInfo.get(span);
      var list;
      if (ann.kind === 'mention') {
        var own = decisionsOf(mentionTarget(ann.mention));
        var ofEntity = decisionsOf(entityTarget(ann.entity));
        list = own.length && own[0].action === 'reject' ? own : ofEntity.length && ofEntity[0].action === 'reject' ? ofEntity : own.length ? own : ofEntity;
      } else if (ann.kind === 'timex') {
        list = decisionsOf(timexTarget(ann.timex));
      } else {
        list = decisionsOf(eventTarget(ann.event));
      }
      var state = stateOf(list);
      var wanted = highlightClass(ann) + (state ? ' dec-' + state : '') + (focusedEntity !== null && ann.kind === 'mention' && ann.entity.id === focusedEntity ? ' focus' : '');
      if (span.className !== wanted) span.className = wanted;
    });
  }

  var focusedEntity = null;
  function focusEntity(id) {
    focusedEntity = id;
    decorate();
    var first = null;
    for (var i = 0; i < highlights.length && first === null; i++) {
      var ann = spanInfo.get(highlights[i]);
      if (ann.kind === 'mention' && ann.entity.id === id) first = highlights[i];
    }
    if (first !== null && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
  }

  function fillList(id, items, emptyText) {
    var list = $(id);
    empty(list);
    if (items.length === 0) list.appendChild(h('li', 'empty', emptyText));
    items.forEach(function (item) { list.appendChild(item); });
  }

  // Long lists are drawn a page at a time, so a large document opens at once.
  var PAGE = 100;
  function fillPagedList(id, records, makeCard, emptyText) {
    var list = $(id);
    empty(list);
    if (records.length === 0) { list.appendChild(h('li', 'empty', emptyText)); return; }
    var shown = 0;
    var more = h('li', 'more');
    function showMore() {
      var next = Math.min(records.length, shown + PAGE);
      for (; shown < next; shown++) list.insertBefore(makeCard(records[shown]), more);
      more.hidden = shown >= records.length;
      moreButton.textContent = 'Show ' + Math.min(PAGE, records.length - shown) + ' more of ' + (records.length - shown);
    }
    var moreButton = button('', showMore);
    more.appendChild(moreButton);
    list.appendChild(more);
    showMore();
  }

  function showInspector(ann) {
    inspectorCards = [];
    inspecting = true;
    var cards = [];
    if (ann.kind === 'mention') cards.push(mentionCard(ann.entity, ann.mention), entityCard(ann.entity, current.id));
    else if (ann.kind === 'timex') cards.push(timexCard(ann.timex));
    else cards.push(eventCard(ann.event));
    inspecting = false;
    fillList('inspector-list', cards, '');
    $('inspector').hidden = false;
    if ($('inspector').scrollIntoView) $('inspector').scrollIntoView({ block: 'nearest' });
  }

  function openDocument(doc) {
    current = doc;
    focusedEntity = null;
    liveCards = [];
    inspectorCards = [];
    $('doc-title').textContent = doc.source;
    $('doc-meta').textContent = doc.id + ' \u00b7 ' + doc.language + ' \u00b7 ' + Array.from(doc.text).length + ' characters';
    renderText(doc);
    // Most-named entities first: they matter most to the reading of this document.
    var here = new Map();
    (mentionsByDoc.get(doc.id) || []).forEach(function (item) { here.set(item.entity, (here.get(item.entity) || 0) + 1); });
    var entities = Array.from(here.keys()).sort(function (a, b) {
      return here.get(b) - here.get(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    });
    fillPagedList('entity-list', entities, function (e) { return entityCard(e, doc.id); }, 'No entities in this document.');
    fillPagedList('timex-list', timexesByDoc.get(doc.id) || [], timexCard, 'No dates in this document.');
    var events = [];
    var seenEvents = new Set();
    (eventsByDoc.get(doc.id) || []).forEach(function (item) {
      if (!seenEvents.has(item.event.id)) { seenEvents.add(item.event.id); events.push(item.event); }
    });
    fillPagedList('event-list', events, eventCard, 'No events in this document.');
    $('entity-count').textContent = '(' + entities.length + ')';
    $('timex-count').textContent = '(' + (timexesByDoc.get(doc.id) || []).length + ')';
    $('event-count').textContent = '(' + events.length + ')';
    $('inspector').hidden = true;
    fillList('inspector-list', [], '');
    docButtons.forEach(function (node, id) { node.classList.toggle('current', id === doc.id); });
    decorate();
  }

  var docButtons = new Map();
  function renderDocumentList() {
    docButtons.clear();
    var filter = $('doc-filter').value.toLowerCase();
    var items = data.documents.filter(function (doc) { return doc.source.toLowerCase().indexOf(filter) >= 0; }).map(function (doc) {
      var li = h('li');
      var counts = (mentionsByDoc.get(doc.id) || []).length + ' names \u00b7 ' + (timexesByDoc.get(doc.id) || []).length + ' dates \u00b7 ' +
        (eventsByDoc.get(doc.id) || []).length + ' events';
      var node = button(doc.source, function () { openDocument(doc); }, 'doc' + (current === doc ? ' current' : ''));
      docButtons.set(doc.id, node);
      node.appendChild(h('span', 'counts', counts));
      li.appendChild(node);
      return li;
    });
    fillList('doc-list', items, 'No document matches.');
  }

  function renderLegend() {
    var legend = $('legend');
    var pairs = vocab.entityTypes.map(function (type) { return [entityClass(type), type]; })
      .concat([['hl-timex', 'date'], ['hl-event', 'event evidence']]);
    pairs.forEach(function (pair) {
      var item = h('span', 'legend-item');
      item.appendChild(h('span', 'sw ' + pair[0]));
      item.appendChild(document.createTextNode(pair[1]));
      legend.appendChild(item);
    });
  }

  function changed() {
    save();
    liveCards.concat(inspectorCards).forEach(function (update) { update(); });
    decorate();
    var file = correctionsFile();
    $('export-preview').textContent = JSON.stringify(file, null, 2);
    $('decision-count').textContent = file.corrections.length + ' decision(s)' + (storageWorks ? ', kept in this browser' : ', NOT saved: this browser blocks local storage; export them');
  }

  function exportCorrections() {
    var file = correctionsFile();
    var blob = new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var link = h('a');
    link.href = url;
    link.download = 'corrections.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    setStatus('Exported ' + file.corrections.length + ' decision(s) to corrections.json.');
  }

  function importCorrections(file) {
    file.text().then(function (raw) {
      var result = load(JSON.parse(raw));
      changed();
      setStatus('Imported ' + result.taken + ' decision(s)' + (result.skipped ? ', skipped ' + result.skipped + ' malformed' : '') + '.');
    }).catch(function (error) {
      setStatus('Could not import ' + file.name + ': ' + error.message);
    });
  }

  // ---- wiring ----
  $('summary').textContent = data.documents.length + ' documents \u00b7 ' + data.entities.length + ' entities \u00b7 ' +
    data.timexes.length + ' dates \u00b7 ' + data.events.length + ' events';
  $('export').addEventListener('click', exportCorrections);
  $('import').addEventListener('click', function () { $('import-file').click(); });
  $('import-file').addEventListener('change', function () {
    var input = $('import-file');
    if (input.files && input.files[0]) importCorrections(input.files[0]);
    input.value = '';
  });
  $('doc-filter').addEventListener('input', renderDocumentList);
  [['toggle-entities', 'hide-entities'], ['toggle-timexes', 'hide-timexes'], ['toggle-events', 'hide-events']].forEach(function (pair) {
    $(pair[0]).addEventListener('change', function () { $('doc-text').classList.toggle(pair[1], !$(pair[0]).checked); });
  });
  $('doc-text').addEventListener('click', function (event) {
    var node = event.target;
    while (node && node !== this && !spanInfo.has(node)) node = node.parentNode;
    if (node && spanInfo.has(node)) showInspector(spanInfo.get(node));
  });
  renderLegend();
  restore();
  renderDocumentList();
  if (data.documents.length > 0) openDocument(data.documents[0]);
  changed();
})();
`;
