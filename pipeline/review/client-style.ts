/**
 * The review page's style sheet, as the exact text of its one `<style>` element (allowed
 * by hash in the page's Content-Security-Policy). Colours of entity types come in pairs
 * of a light fill and a darker edge so that nested highlights stay readable.
 */
export const clientStyle = `
:root { --edge: #d0d4da; --muted: #5b6470; --bg: #f7f8fa; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; color: #1d232b; background: var(--bg); height: 100vh; display: flex; flex-direction: column; }
header { padding: .6rem 1rem; border-bottom: 1px solid var(--edge); background: #fff; }
header h1 { font-size: 1.15rem; margin: 0 1rem 0 0; display: inline-block; }
#summary, #decision-count, .meta, .ident, .counts, #doc-meta, #doc-note { color: var(--muted); font-size: .85rem; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .4rem; }
.toolbar button.primary { background: #1f6feb; color: #fff; border-color: #1f6feb; font-weight: 600; }
#status { font-size: .85rem; }
details.help { font-size: .85rem; margin-top: .3rem; }
details.help code { background: #eef0f3; padding: 0 .25rem; border-radius: 3px; }
main { flex: 1 1 auto; min-height: 0; display: grid; grid-template-columns: 16rem minmax(0, 1fr) 26rem; }
nav, #reader, aside { overflow: auto; padding: .6rem .8rem; }
nav { border-right: 1px solid var(--edge); }
aside { border-left: 1px solid var(--edge); background: #fff; }
nav input[type=search] { width: 100%; margin-bottom: .5rem; }
ul { list-style: none; margin: 0; padding: 0; }
button { font: inherit; font-size: .85rem; padding: .15rem .5rem; border: 1px solid var(--edge); border-radius: 4px; background: #fff; cursor: pointer; }
button:hover { border-color: #8a94a3; }
button.doc { display: block; width: 100%; text-align: left; margin-bottom: .25rem; overflow-wrap: anywhere; }
button.doc .counts { display: block; }
button.doc.current { border-color: #1f6feb; background: #eaf2ff; }
button.linklike { border: none; background: none; padding: 0; font-weight: 600; text-align: left; }
#doc-title { font-size: 1rem; margin: 0; overflow-wrap: anywhere; }
.controls { display: flex; flex-wrap: wrap; gap: .8rem; align-items: center; margin: .4rem 0; font-size: .85rem; }
#legend { display: flex; flex-wrap: wrap; gap: .5rem; font-size: .75rem; color: var(--muted); }
.legend-item { display: inline-flex; align-items: center; gap: .2rem; }
.doc-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.7; background: #fff; border: 1px solid var(--edge); border-radius: 6px; padding: 1rem 1.2rem; font-family: Georgia, "Times New Roman", serif; font-size: 1rem; }
.hl { cursor: pointer; border-radius: 3px; }
.hl-event { background: #eef3f8; border-bottom: 2px dotted #6c8aa8; }
.hl-timex { background: #fff0b3; box-shadow: inset 0 -2px 0 #d4a200; }
.hl-entity { box-shadow: inset 0 -2px 0 var(--ty-edge, #888); background: var(--ty-fill, #eee); }
.sw { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem; vertical-align: -1px; border: 1px solid rgba(0,0,0,.2); }
.sw.hl-event { border-bottom: 2px dotted #6c8aa8; }
.ty-PERSON { --ty-fill: #ffd9d2; --ty-edge: #c8553d; }
.ty-ORG { --ty-fill: #d7ecff; --ty-edge: #2f6fb0; }
.ty-MILITARY_UNIT { --ty-fill: #e3dcff; --ty-edge: #6b4fc4; }
.ty-LOCATION { --ty-fill: #d5f3df; --ty-edge: #2e8b57; }
.ty-GPE { --ty-fill: #c9efe9; --ty-edge: #168073; }
.ty-EVENT_NAME { --ty-fill: #ffe2f1; --ty-edge: #b83d83; }
.ty-DOCUMENT { --ty-fill: #efe6d6; --ty-edge: #8a6a32; }
.ty-WEAPON_EQUIPMENT { --ty-fill: #e2e6ea; --ty-edge: #56606b; }
.ty-other { --ty-fill: #eeeeee; --ty-edge: #888888; }
.sw[class*="ty-"] { background: var(--ty-fill); border-color: var(--ty-edge); }
.hide-entities .hl-entity, .hide-timexes .hl-timex, .hide-events .hl-event { background: transparent; box-shadow: none; border-bottom-color: transparent; }
.hl.dec-reject { text-decoration: line-through; text-decoration-color: #c0392b; opacity: .7; }
.hl.dec-accept { outline: 1px solid #2e8b57; }
.hl.dec-correct { outline: 1px dashed #b26b00; }
.hl.focus { outline: 2px solid #1f6feb; }
aside h3 { font-size: .9rem; margin: .8rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
#inspector { border: 2px solid #1f6feb; border-radius: 6px; padding: .3rem .5rem .5rem; margin-bottom: .5rem; }
.card { border: 1px solid var(--edge); border-left: 4px solid var(--edge); border-radius: 5px; padding: .4rem .5rem; margin-bottom: .4rem; background: #fff; }
.card.dec-accept { border-left-color: #2e8b57; }
.card.dec-reject { border-left-color: #c0392b; background: #fdf1ef; }
.card.dec-correct { border-left-color: #b26b00; background: #fff8ec; }
.card-head { overflow-wrap: anywhere; }
.card-status { font-size: .8rem; font-weight: 600; margin: .2rem 0; }
.badge { display: inline-block; font-size: .7rem; padding: 0 .3rem; border-radius: 3px; background: #eef0f3; color: #333; }
.aliases, .participants { font-size: .85rem; overflow-wrap: anywhere; }
.ident { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .72rem; }
.actions { display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; margin-top: .25rem; }
.actions .accept { border-color: #2e8b57; color: #1d6b40; }
.actions .reject { border-color: #c0392b; color: #a0291d; }
.actions .note { flex: 1 1 6rem; min-width: 6rem; font-size: .8rem; }
.correct-form { display: grid; grid-template-columns: minmax(0, 1fr); gap: .3rem; margin-top: .4rem; padding: .4rem; background: #f3f5f8; border-radius: 4px; }
.field { display: grid; gap: .1rem; font-size: .8rem; }
.field select, .field input { font: inherit; width: 100%; min-width: 0; }
.actions .save { border-color: #1f6feb; color: #174ea6; font-weight: 600; }
.empty { color: var(--muted); font-size: .85rem; }
footer { padding: .4rem 1rem; border-top: 1px solid var(--edge); background: #fff; }
#export-preview { max-height: 30vh; overflow: auto; font-size: .75rem; background: #f3f5f8; padding: .5rem; }
`;
