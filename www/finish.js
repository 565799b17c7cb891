// report-lens: finishing the report — fill the template blanks, apply the one-click fixes,
// undo any of them, export. The page (app.js) calls RL_FINISH once with what this needs; the
// editing itself is done by the wasm (src/edit.rs, src/export.rs) through the engine client
// (www/engine.js), which re-analyses the text for every call. The change list and the fill form
// of a file live in its document (`doc.changes`). Report text reaches the DOM only through
// textContent.
//
// Model: every fill and fix is an entry of the change list 修改记录 — {before, after, start,
// end} with [start, end) where `after` sits in the editor's text now. Entries never overlap: a
// later change that touches one (or a hand edit in the editor) makes it 无法单独撤销. Positions
// follow every change (ours, and hand edits found by comparing the text before and after), so
// any entry can be undone on its own (wasm `undoEdits`, which checks the span still holds
// `after`), and 全部撤销 gives back the text as it was before the first change, byte for byte.
/* exported RL_FINISH */
// eslint-disable-next-line no-unused-vars
var RL_FINISH = function (api) {
  'use strict';

  const { $, el, clear, editor } = api;
  const KIND = { number: '数字', date: '日期', name: '名称' };
  // A check's Chinese name, from the analyser's registry (wasm `checks`, filled by `safe()`).
  const CHECK_NAMES = {};
  const u16 = (s) => s.length; // JS strings are UTF-16: offsets match the wasm's

  const engine = api.engine;
  /** The analysis shown and its text: {analysis, text} (both null before the first one). */
  function current() {
    const d = api.shown();
    return d ? { analysis: d.shown, text: d.analysedText, hidden: d.hidden } : { analysis: null, text: null, hidden: [] };
  }
  // One operation at a time (each reads the editor, asks the worker, writes the editor).
  let queue = Promise.resolve();
  function run(fn) {
    const p = queue.then(fn);
    queue = p.catch(() => {});
    return p.catch((e) => api.showMessage('修改失败：' + ((e && e.message) || e)));
  }

  // The checks whose fixes are safe, and every check's name: both from the registry, where
  // each check's definition says it (src/checks/).
  let safeChecks = null;
  async function safe() {
    if (!safeChecks) {
      const registry = await engine.checks();
      for (const c of registry) CHECK_NAMES[c.id] = c.label;
      safeChecks = registry.filter((c) => c.fix === 'safe').map((c) => c.id);
    }
    return safeChecks;
  }

  // ---------------------------------------------------------------- per-file state (doc.changes)
  let seq = 0;

  function newState(text) {
    return {
      orig: text, // the text before the first change
      known: text, // the text every tracked position refers to
      manual: false, // edited by hand since `orig`
      entries: [], // the change list, in the order the changes were made
      base: null, // the text the fill form was built from
      fields: [], // its fields (with live occurrence positions)
      building: null,
    };
  }
  function state() {
    const d = api.doc();
    if (!d.changes) d.changes = newState(editor.value);
    return d.changes;
  }

  // Every position kept: change-list entries and the occurrences of the fill form.
  function tracked(s) {
    const out = s.entries.filter((e) => !e.lost);
    for (const f of s.fields) for (const o of f.occurrences) if (!o.lost) out.push(o);
    return out;
  }

  // Move spans through replacements `reps` ([{s, e, len}] in old positions, sorted, disjoint).
  // The span a replacement is for (`target(span)`, with its new start `ns`) takes its new
  // place; a span another replacement cuts into is marked lost.
  function remap(spans, reps, target) {
    for (const sp of spans) {
      const t = target(sp);
      if (t) { sp.start = t.ns; sp.end = t.ns + t.len; sp.lost = false; continue; }
      let delta = 0, hit = false;
      for (const r of reps) {
        if (r.e <= sp.start) delta += r.len - (r.e - r.s);
        else if (r.s >= sp.end) break;
        else { hit = true; break; }
      }
      if (hit) sp.lost = true;
      else { sp.start += delta; sp.end += delta; }
    }
  }

  // Catch up with edits made by hand in the editor (one changed region: common prefix and
  // suffix of the text before and after).
  function sync(s) {
    const text = editor.value;
    if (text === s.known) return text;
    const old = s.known;
    let p = 0;
    const max = Math.min(old.length, text.length);
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let q = 0;
    while (q < max - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
    const rep = { s: p, e: old.length - q, len: text.length - q - p };
    remap(tracked(s), [rep], () => null);
    s.manual = true;
    s.known = text;
    if (!s.entries.some((e) => !e.lost)) {
      // Nothing of ours is left to undo: start afresh from this text.
      Object.assign(s, newState(text), { base: s.base, fields: s.fields });
    }
    return text;
  }

  // Write a new text into the editor, as a change of ours.
  function commit(s, text) {
    s.known = text;
    editor.value = text;
    api.onEdit();
  }

  // Apply edits ({start, end, replacement, reason, target?}) to the current text; returns the
  // Applied list with each edit's target span moved onto its new text.
  async function applyEdits(s, text, edits) {
    const plain = edits.map((e) => ({ start: e.start, end: e.end, replacement: e.replacement, reason: e.reason }));
    const r = await engine.applyEdits(text, plain);
    if (!r.ok) throw new Error(r.error.message);
    const byPos = new Map(edits.map((e) => [e.start + ':' + e.end, e]));
    const reps = r.applied.map((a) => ({ s: a.orig_start, e: a.orig_end, len: a.end - a.start, ns: a.start, a, edit: byPos.get(a.orig_start + ':' + a.orig_end) }));
    const targetOf = new Map();
    for (const rep of reps) for (const sp of (rep.edit && rep.edit.targets) || []) targetOf.set(sp, rep);
    remap(tracked(s), reps, (sp) => targetOf.get(sp) || null);
    commit(s, r.text);
    return reps;
  }

  function addEntry(s, kind, a, extra) {
    const e = Object.assign({ seq: ++seq, kind, reason: a.reason, before: a.before, after: a.after, start: a.start, end: a.end, lost: false }, extra || {});
    s.entries.push(e);
    return e;
  }
  function asApplied(e) {
    return { start: e.start, end: e.end, orig_start: e.start, orig_end: e.start + u16(e.before), before: e.before,
      after: e.after, reason: e.reason, line: 0, column: 0 };
  }

  // ---------------------------------------------------------------- fixes
  async function applyFixes(edits, label) {
    const s = state();
    const text = sync(s);
    if (!edits.length) { api.showMessage(label + '：没有可以自动修正的地方。', 'info'); return 0; }
    const reps = await applyEdits(s, text, edits);
    for (const r of reps) addEntry(s, 'fix', r.a);
    renderChanges();
    api.showMessage(label + '：已修改 ' + reps.length + ' 处，见“修改”中的修改记录，可逐条撤销。', 'info');
    return reps.length;
  }

  // The safe fixes of `text` as the page shows its findings: with the house rules, without the
  // switched-off checks and without what is ignored in this draft.
  async function fixesOf(text, checks) {
    const edits = await engine.fixEdits(text, checks, api.fixOptions ? api.fixOptions() : undefined);
    return api.editIgnored ? edits.filter((e) => !api.editIgnored(text, e)) : edits;
  }
  function fixOne(f, i) {
    return run(async () => {
      const { analysis, text } = current();
      if (text !== editor.value) { api.showMessage('文字刚刚改动过，请等分析完成后再修正。', 'info'); return; }
      // By the finding itself, not its index: the page's analysis has house rules, switched-off
      // checks and ignores applied, so its indices are not those of the default analysis.
      let edit = f.suggestion === null || f.suggestion === undefined ? null
        : await engine.fixFinding(text, f);
      if (!edit && f.suggestion !== null && f.suggestion !== undefined && analysis.findings[i] === f) {
        // Not one of the safe checks: the user has read this one and asked for it.
        edit = { start: f.start, end: f.end, replacement: f.suggestion, reason: f.check };
      }
      if (!edit) { api.showMessage('这一处没有可以自动应用的修改建议。', 'info'); return; }
      await applyFixes([edit], '修正');
    });
  }
  function fixCheck(check) {
    return run(async () => applyFixes(await fixesOf(sync(state()), [check]), '全部修正（' + (CHECK_NAMES[check] || check) + '）'));
  }
  // All safe fixes; fixes that overlapped another one are found again on the new text.
  function fixAllSafe() {
    return run(async () => {
      let total = 0;
      for (let round = 0; round < 3; round++) {
        const edits = await fixesOf(sync(state()), null);
        if (!edits.length) break;
        total += await applyFixes(edits, '全部安全修正');
      }
      if (!total) api.showMessage('全部安全修正：没有可以自动修正的地方。', 'info');
      else api.showMessage('全部安全修正：已修改 ' + total + ' 处，见“修改”中的修改记录，可逐条撤销。', 'info');
    });
  }

  // ---------------------------------------------------------------- undo
  function afterFillUndo(s, e) {
    const o = e.occ;
    if (!o) return;
    o.entry = null;
    const f = o.field;
    if (f.occurrences.length === 1) f.value = '';
    else { o.override = ''; f.open = true; }
  }
  function undoEntry(e) {
    return run(async () => {
      const s = state();
      const text = sync(s);
      if (e.lost || !s.entries.includes(e)) { api.showMessage('这一处之后又改动过，无法单独撤销。', 'info'); return; }
      const r = await engine.undoEdits(text, [asApplied(e)]);
      if (!r.ok) throw new Error(r.error.message);
      const rep = { s: e.start, e: e.end, len: u16(e.before), ns: e.start };
      s.entries = s.entries.filter((x) => x !== e);
      remap(tracked(s), [rep], (sp) => (sp === e.occ ? rep : null));
      afterFillUndo(s, e);
      commit(s, r.text);
      if (!s.entries.length && !s.manual && r.text !== s.orig) api.showMessage('撤销后与原文不一致，请检查。');
      renderFill();
      renderChanges();
    });
  }
  function undoAll() {
    return run(async () => {
      const s = state();
      const text = sync(s);
      const live = s.entries.filter((e) => !e.lost);
      const lost = s.entries.length - live.length;
      const r = live.length ? await engine.undoEdits(text, live.map(asApplied)) : { ok: true, text };
      if (!r.ok) throw new Error(r.error.message);
      const exact = !s.manual && !lost;
      if (exact && r.text !== s.orig) throw new Error('撤销后与原文不一致');
      api.doc().changes = null;
      commit(s, r.text);
      const fresh = state();
      fresh.orig = exact ? s.orig : r.text;
      renderChanges();
      await buildFields(fresh);
      api.showMessage(exact ? '已全部撤销，文字与修改前完全一致。'
        : '已撤销 ' + live.length + ' 处' + (lost ? '；另有 ' + lost + ' 处之后又改动过，无法撤销' : '') + '（手动改动的文字保留）。', 'info');
    });
  }

  // ---------------------------------------------------------------- fill
  async function buildFields(s) {
    const text = sync(s);
    const r = await engine.fields(text);
    if (!r.ok) throw new Error(r.error.message);
    if (editor.value !== text) return false;
    s.base = text;
    s.fields = r.fields.map((f) => {
      const field = { id: f.id, form: f.form, kind: f.kind, suffix: f.suffix, value: '', open: false, occurrences: [] };
      field.occurrences = f.occurrences.map((o) => ({ id: o.id, text: o.text, line: o.line, context: o.context,
        baseStart: o.start, start: o.start, end: o.end, lost: false, override: null, entry: null, field }));
      return field;
    });
    renderFill();
    return true;
  }

  // Put every value of the form into the text (only what changed is edited).
  function applyFills() {
    return run(async () => {
      const s = state();
      const text = sync(s);
      if (s.base === null) return;
      const want = [];
      for (const f of s.fields) {
        for (const o of f.occurrences) {
          if (o.lost) continue;
          const v = o.override !== null ? o.override : f.value;
          want.push({ o, v, reason: 'fill:' + (o.override !== null && f.occurrences.length > 1 ? o.id : f.id) });
        }
      }
      const fills = want.filter((w) => w.v !== '').map((w) => ({ field: w.o.id, value: w.v }));
      const r = fills.length ? await engine.fillEdits(s.base, fills) : { ok: true, edits: [] };
      if (!r.ok) throw new Error(r.error.message);
      const rep = new Map(r.edits.map((e) => [e.start, e.replacement]));
      const edits = [];
      for (const w of want) {
        const replacement = w.v === '' ? w.o.text : rep.get(w.o.baseStart);
        if (replacement === undefined || text.slice(w.o.start, w.o.end) === replacement) continue;
        const targets = [w.o];
        if (w.o.entry) targets.push(w.o.entry);
        edits.push({ start: w.o.start, end: w.o.end, replacement, reason: w.reason, targets, w });
      }
      if (!edits.length) { renderCounter(); return; }
      const reps = await applyEdits(s, text, edits);
      for (const r2 of reps) {
        const { o, v, reason } = r2.edit.w;
        if (v === '') { // back to the blank: the fill is gone from the list
          if (o.entry) s.entries = s.entries.filter((x) => x !== o.entry);
          o.entry = null;
        } else if (o.entry && !o.entry.lost) {
          Object.assign(o.entry, { after: r2.a.after, reason });
        } else {
          o.entry = addEntry(s, 'fill', { reason, before: o.text, after: r2.a.after, start: r2.a.start, end: r2.a.end }, { occ: o });
        }
      }
      renderChanges();
      renderCounter();
    });
  }
  let fillTimer = 0;
  function scheduleFill() {
    clearTimeout(fillTimer);
    fillTimer = setTimeout(applyFills, 250);
  }

  // ---------------------------------------------------------------- rendering: fill panel
  const fillBox = $('fill');
  function unfilled(s) {
    let n = 0;
    for (const f of s.fields) for (const o of f.occurrences) if (!o.lost && !o.entry) n++;
    return n;
  }
  function renderCounter() {
    const s = state();
    const c = $('blanks-left');
    if (!c) return;
    const { analysis, text } = current();
    const n = analysis && text === editor.value ? analysis.placeholders.length : unfilled(s);
    c.dataset.n = String(n);
    c.textContent = n ? '还剩 ' + n + ' 处空白' : '没有空白了';
    c.classList.toggle('done', !n);
    const tab = document.querySelector('[data-count-tab="fill"]');
    if (tab) tab.textContent = String(n);
  }

  function occLabel(o) {
    return '第' + o.line + '行';
  }
  function renderFill() {
    const s = state();
    clear(fillBox);
    const head = el('div', 'fill-head');
    const counter = el('p', 'blanks-left');
    counter.id = 'blanks-left';
    counter.setAttribute('aria-live', 'polite');
    head.appendChild(counter);
    head.appendChild(el('p', 'hint', '名称空白（如“xxx镇”）一处填写、处处生效，也可以逐处填写；数字空白按句子逐个填写。填写后文字和分析随即更新，每处改动都记在“修改”中，可以撤销。'));
    fillBox.appendChild(head);
    renderCounter();
    if (!s.fields.length) { fillBox.appendChild(el('p', 'empty', '没有待填的空白。')); return; }
    const list = el('ol', 'fields');
    s.fields.forEach((f, k) => {
      const li = el('li', 'field kind-' + f.kind);
      li.dataset.field = f.id;
      const id = 'fill-' + k;
      const label = el('label', 'field-label');
      label.htmlFor = id;
      label.appendChild(el('span', 'form hl-ph', f.form));
      label.appendChild(el('span', 'kind', KIND[f.kind] || f.kind));
      if (f.occurrences.length > 1) label.appendChild(el('span', 'count', '共 ' + f.occurrences.length + ' 处'));
      else label.appendChild(el('span', 'count', occLabel(f.occurrences[0])));
      li.appendChild(label);
      const input = el('input', 'fill-input');
      input.type = 'text';
      input.id = id;
      input.value = f.value;
      input.dataset.field = f.id;
      input.autocomplete = 'off';
      input.placeholder = '填写“' + f.form + '”' + (f.occurrences.length > 1 ? '（各处同时填入）' : '');
      if (f.kind === 'number') input.inputMode = 'decimal';
      input.disabled = f.occurrences.every((o) => o.lost);
      input.addEventListener('input', () => { f.value = input.value; scheduleFill(); });
      li.appendChild(input);
      if (f.occurrences.length === 1) {
        const ctx = el('p', 'ctx', f.occurrences[0].context);
        ctx.id = id + '-ctx';
        input.setAttribute('aria-describedby', ctx.id);
        li.appendChild(ctx);
      } else {
        const det = el('details', 'occurrences');
        det.open = f.open;
        det.addEventListener('toggle', () => { f.open = det.open; });
        det.appendChild(el('summary', null, '逐处填写（' + f.occurrences.length + ' 处；空着的按上面的值）'));
        const ol = el('ol', 'occ-list');
        f.occurrences.forEach((o, j) => {
          const oli = el('li', 'occ');
          const oid = id + '-' + j;
          const ol2 = el('label', 'occ-label');
          ol2.htmlFor = oid;
          ol2.appendChild(el('span', 'line', occLabel(o)));
          ol2.appendChild(el('span', 'ctx', o.context));
          oli.appendChild(ol2);
          const oi = el('input', 'fill-input occ-input');
          oi.type = 'text';
          oi.id = oid;
          oi.dataset.occurrence = o.id;
          oi.autocomplete = 'off';
          oi.placeholder = '同上';
          oi.value = o.override || '';
          oi.disabled = o.lost;
          oi.addEventListener('input', () => { o.override = oi.value === '' ? null : oi.value; scheduleFill(); });
          oli.appendChild(oi);
          ol.appendChild(oli);
        });
        det.appendChild(ol);
        li.appendChild(det);
      }
      list.appendChild(li);
    });
    fillBox.appendChild(list);
  }

  // ---------------------------------------------------------------- rendering: changes panel
  const changesBox = $('changes');
  const show = (x, empty) => (x === '' ? empty : x.replace(/\r\n|\r|\n/g, '↵'));
  // Line numbers come from the wasm's one line index (src/offsets.rs LineIndex), as in the CLI's
  // change list; the page does not count lines itself.
  let changesRender = 0;
  function button(label, cls, onClick) {
    const b = el('button', 'btn small' + (cls ? ' ' + cls : ''), label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }
  function renderFixes() {
    const box = $('fix-actions');
    clear(box);
    const { analysis, text } = current();
    if (!analysis || !safeChecks) return;
    const by = new Map();
    for (const f of analysis.findings) {
      if (!safeChecks.includes(f.check) || f.suggestion === null || f.suggestion === undefined) continue;
      by.set(f.check, (by.get(f.check) || 0) + 1);
    }
    const all = button('全部安全修正', 'primary', fixAllSafe);
    all.id = 'fix-all-safe';
    all.disabled = !by.size || text !== editor.value;
    box.appendChild(all);
    if (!by.size) { box.appendChild(el('span', 'muted', '没有可以自动修正的问题。')); return; }
    const ul = el('ul', 'fix-checks');
    for (const [check, n] of by) {
      const li = el('li');
      li.appendChild(el('span', 'check-name', (CHECK_NAMES[check] || check) + ' ×' + n));
      const b = button('全部修正（该类）', null, () => fixCheck(check));
      b.dataset.fixCheck = check;
      b.setAttribute('aria-label', '全部修正（' + (CHECK_NAMES[check] || check) + '，' + n + ' 处）');
      li.appendChild(b);
      ul.appendChild(li);
    }
    box.appendChild(ul);
  }
  async function renderChanges() {
    syncDocxButtons();
    const token = ++changesRender;
    const s = state();
    const tab = document.querySelector('[data-count-tab="changes"]');
    if (tab) tab.textContent = String(s.entries.length);
    $('undo-all').disabled = !s.entries.length;
    if (!s.entries.length) {
      clear(changesBox);
      changesBox.appendChild(el('li', 'empty', '还没有修改。填空和修正都会列在这里，可以逐条撤销。'));
      return;
    }
    const entries = s.entries.slice();
    const lines = await engine.lineNumbers(editor.value, entries.map((e) => (e.lost ? 0 : e.start))).catch(() => null);
    if (token !== changesRender) return; // a newer list is on its way
    clear(changesBox);
    entries.forEach((e, k) => {
      const li = el('li', 'change ' + e.kind + (e.lost ? ' lost' : ''));
      li.dataset.seq = String(e.seq);
      const what = el('span', 'what');
      what.appendChild(el('span', 'line', e.lost || !lines ? '—' : '第' + lines[k] + '行'));
      what.appendChild(el('span', 'reason', e.kind === 'fill' ? '填空 ' + e.reason.replace(/^fill:/, '') : '修正 ' + (CHECK_NAMES[e.reason] || e.reason)));
      what.appendChild(el('del', 'before', show(e.before, '（空）')));
      what.appendChild(el('span', 'arrow', ' → '));
      what.appendChild(el('ins', 'after', show(e.after, '（删除）')));
      li.appendChild(what);
      if (e.lost) li.appendChild(el('span', 'muted', '之后又改动过，无法单独撤销'));
      else {
        const b = button('撤销', 'undo', () => undoEntry(e));
        b.setAttribute('aria-label', '撤销：' + show(e.before, '（空）') + ' → ' + show(e.after, '（删除）'));
        li.appendChild(b);
      }
      changesBox.appendChild(li);
    });
  }

  // ---------------------------------------------------------------- exports
  async function exportAs(make, suffix, mime) {
    const out = await make(editor.value);
    api.download(api.baseName() + suffix, mime, [out]);
  }
  $('undo-all').addEventListener('click', undoAll);
  $('export-txt').addEventListener('click', () => $('save-text').click());
  // A dropped .docx: the changes go into the original file (fonts, styles, tables, headers and
  // footers kept) — as tracked changes with the findings as comments (修订/批注), or applied
  // plainly. Any other text: a new 公文-formatted .docx.
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  // Only when the wasm has editDocx (the `page-docx-edit` build, see Cargo.toml); otherwise a
  // dropped .docx is exported like any text.
  // Asked once the engine is up (the first time the change list is drawn).
  let docxEdit = null;
  let asking = false;
  function askCapabilities() {
    if (docxEdit !== null || asking) return;
    asking = true;
    engine.capabilities().then((c) => {
      docxEdit = !!(c && c.docxEdit);
      document.body.dataset.docxEdit = String(docxEdit);
      syncDocxButtons();
    })
      .catch(() => {}).finally(() => { asking = false; });
  }
  function originalDocx() { const f = api.currentFile(); return docxEdit && f && f.source ? f.source : null; }
  async function exportDocx(tracked) {
    const original = originalDocx();
    if (!original) return exportAs(engine.exportDocx, '.docx', DOCX);
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const r = await engine.editDocx(new Uint8Array(original), editor.value, tracked, date);
    if (!r.ok) throw new Error(r.error.message);
    api.download(api.baseName() + (tracked ? '.修订.docx' : '.修改后.docx'), DOCX, [r.bytes]);
    if (r.asComments.length) {
      api.showMessage('有 ' + r.asComments.length + ' 处修改跨越段落，无法在原文件中逐字修订，已改为批注，请在 Word 中处理。');
    }
  }
  function syncDocxButtons() {
    askCapabilities();
    const docx = !!originalDocx();
    $('export-docx').textContent = docx ? '导出 .docx（修订）' : '导出 .docx';
    $('export-docx').title = docx
      ? '在原 .docx 中以修订和批注标出每处修改（作者 report-lens），字体、样式、表格、页眉页脚不变；在 Word 的“审阅”中逐条接受或拒绝'
      : '修改后的全文，公文格式的 Word 文档（GB/T 9704：仿宋三号、标题层级、页码）';
    $('export-docx-apply').hidden = !docx;
  }
  $('export-docx').addEventListener('click', () => run(() => exportDocx(true)));
  $('export-docx-apply').addEventListener('click', () => run(() => exportDocx(false)));
  $('export-outline').addEventListener('click', () => run(() => exportAs(engine.exportOutlineMarkdown, '.大纲.md', 'text/markdown;charset=utf-8')));
  $('export-metrics').addEventListener('click', () => $('export-csv').click());
  // The findings the user sees: with the house rules, without the checks switched off and the
  // findings ignored in this draft. The ignores are matched here (rules.js), so the findings
  // set aside in the analysis shown are handed over; when the text changed since, they are
  // matched again on an analysis of the new text (the same options).
  async function exportChecklist() {
    const text = editor.value;
    const options = api.options ? api.options() : undefined;
    let { text: shownText, hidden } = current();
    if (shownText !== text && api.hiddenOf) hidden = api.hiddenOf(await engine.analyseAside(text, options), text);
    const out = await engine.exportChecklist(text, options, hidden);
    api.download(api.baseName() + '.问题清单.md', 'text/markdown;charset=utf-8', [out]);
  }
  $('export-checklist').addEventListener('click', () => run(exportChecklist));

  // ---------------------------------------------------------------- hooks for app.js
  // A new analysis is shown: catch up with hand edits, rebuild the form when the blanks in the
  // text are no longer those it knows (another file, new text), refresh the panels.
  async function update(d) {
    const text = d.analysedText;
    const analysis = d.shown;
    await safe().catch(() => null);
    await run(async () => {
      if (text !== editor.value) return; // a newer text is on its way
      const s = state();
      sync(s);
      const filled = s.entries.filter((e) => !e.lost);
      const inFill = (p) => filled.some((e) => p.start >= e.start && p.end <= e.end);
      const known = new Set();
      for (const f of s.fields) for (const o of f.occurrences) if (!o.lost && !o.entry) known.add(o.start + ':' + o.end);
      const blanks = analysis.placeholders.filter((p) => !inFill(p));
      const same = s.base !== null && blanks.length === known.size && blanks.every((p) => known.has(p.start + ':' + p.end));
      if (!same) await buildFields(s);
    });
    renderCounter();
    renderFixes();
    renderChanges();
  }

  // Findings with a suggestion, by check, of one analysis: counted once, not once per finding
  // listed (that was quadratic: seconds for a text with thousands of findings).
  const suggested = new WeakMap();
  function suggestedCount(analysis, check) {
    let by = suggested.get(analysis);
    if (!by) {
      by = new Map();
      for (const g of analysis.findings) if (g.suggestion !== null && g.suggestion !== undefined) by.set(g.check, (by.get(g.check) || 0) + 1);
      suggested.set(analysis, by);
    }
    return by.get(check) || 0;
  }

  // The buttons of a finding with a suggestion, in the findings list.
  function findingActions(f, i) {
    const frag = document.createDocumentFragment();
    const b = button('修正', 'fix', () => fixOne(f, i));
    b.dataset.fix = String(i);
    b.title = f.suggestion === '' ? '删除这一处' : '改为“' + f.suggestion + '”';
    frag.appendChild(b);
    const { analysis } = current();
    if (safeChecks && safeChecks.includes(f.check) && analysis && suggestedCount(analysis, f.check) > 1) {
      const all = button('全部修正（该类）', null, () => fixCheck(f.check));
      all.dataset.fixCheck = f.check;
      frag.appendChild(all);
    }
    return frag;
  }

  return { update, findingActions, state: () => state() };
};
