// Browser tests of "finishing the report" (www/finish.js): fill the blanks, apply the safe
// fixes, export, undo — in real Chromium, checked against the CLI and the wasm's own decoder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SEEDS, serve, launch, paste, waitReady, dropFiles, expectationSource } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(); expectationSource(); });
after(async () => { await srv.close(); });

const seed = (n) => fs.readFileSync(SEEDS.find((f) => path.basename(f).startsWith(n + '_')), 'utf8');
const CLI = path.join(ROOT, 'target/release/report-lens');
// The safe checks, as the registry (each check's definition, src/checks/) says.
const SAFE = JSON.parse(spawnSync(CLI, ['checks', '--json'], { encoding: 'utf8' }).stdout)
  .filter((c) => c.fix === 'safe').map((c) => c.id);
const fixable = (f) => SAFE.includes(f.check) && f.suggestion !== null && f.suggestion !== undefined;

async function open(options) {
  const b = await launch(options);
  await b.page.goto(srv.origin + '/');
  await b.page.evaluate(() => window.reportLens.ready);
  return b;
}
const analysis = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.reportLens.analysis)));
const editorText = (page) => page.inputValue('#editor');
const changeCount = (page) => page.locator('#changes li.change').count();

/** Wait until the page has settled on the analysis of the editor's text after a change. */
async function settle(page, changed, arg) {
  await page.waitForFunction(changed, arg, { timeout: 30000 });
  await waitReady(page);
}

async function downloadOf(page, selector) {
  const dl = page.waitForEvent('download');
  await page.click(selector);
  const d = await dl;
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
}

/** Character diff (Myers): the changed regions of `a` as [start, end) with what replaced them. */
function diffRegions(a, b) {
  const n = a.length, m = b.length, max = n + m, off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk back: mark every deleted char of `a` and every insertion point.
  const touched = [];
  let x = n, y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vv = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vv[off + k - 1] < vv[off + k + 1]) ? k + 1 : k - 1;
    const px = vv[off + prevK], py = px - prevK;
    while (x > px && y > py) { x--; y--; }
    if (x === px) touched.push([x, x]); // insertion of b[py] at x
    else touched.push([px, px + 1]); // deletion of a[px]
    x = px; y = py;
  }
  touched.sort((p, q) => p[0] - q[0]);
  const regions = [];
  for (const [s, e] of touched) {
    const last = regions[regions.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e); else regions.push([s, e]);
  }
  return regions;
}

test('fill every blank of seed 001: no placeholder left, in the page and for the CLI on the exported .txt', async () => {
  const b = await open();
  try {
    const original = seed('001');
    await paste(b.page, original);
    const before = await analysis(b.page);
    assert.ok(before.placeholders.length > 10, 'seed 001 has blanks');
    await b.page.click('#ptab-fill');
    assert.equal(Number(await b.page.getAttribute('#blanks-left', 'data-n')), before.placeholders.length);
    assert.match(await b.page.textContent('#blanks-left'), new RegExp('还剩 ' + before.placeholders.length + ' 处空白'));

    const fields = await b.page.$$eval('#fill li.field', (lis) => lis.map((li) => ({
      id: li.dataset.field, kind: [...li.classList].find((c) => c.startsWith('kind-')).slice(5),
      occurrences: li.querySelectorAll('.occ-input').length || 1,
      context: (li.querySelector(':scope > .ctx') || {}).textContent || null,
    })));
    // one field per name form, one per number blank (shown with its sentence)
    const names = new Set(before.placeholders.filter((p) => p.kind === 'name').map((p) => p.form));
    assert.deepEqual(new Set(fields.filter((f) => f.kind === 'name').map((f) => f.id)), names);
    const numbers = before.placeholders.filter((p) => p.kind !== 'name');
    assert.equal(fields.filter((f) => f.kind !== 'name').length, numbers.length);
    for (const f of fields.filter((x) => x.kind !== 'name')) assert.ok(f.context && f.context.length > 2, `${f.id} shows its sentence`);
    assert.equal(fields.reduce((s, f) => s + f.occurrences, 0), before.placeholders.length);

    // Type a value into every field (numbers 3, names 青山…), and one occurrence of a name form
    // with several occurrences differently.
    const multi = fields.find((f) => f.kind === 'name' && f.occurrences > 1);
    assert.ok(multi, 'seed 001 has a name form that occurs more than once');
    let n = 0;
    for (const f of fields) {
      const input = `#fill li.field[data-field="${f.id}"] > input.fill-input`;
      await b.page.fill(input, f.kind === 'name' ? '青山' + '甲乙丙丁戊己庚辛壬癸'[n++ % 10] : '3');
    }
    await b.page.click(`#fill li.field[data-field="${multi.id}"] summary`);
    await b.page.fill(`#fill li.field[data-field="${multi.id}"] .occ-input >> nth=1`, '绿水');
    // Wait for the last fill (绿水) too: the blanks are all filled before it lands.
    await settle(b.page, () => document.getElementById('blanks-left').dataset.n === '0'
      && document.querySelectorAll('#changes li.change').length > 0 && window.reportLens.analysis.placeholders.length === 0
      && document.getElementById('editor').value.includes('绿水'));

    const filled = await editorText(b.page);
    const after = await analysis(b.page);
    assert.equal(after.placeholders.length, 0, 'the page finds no placeholder');
    assert.equal(await b.page.textContent('#blanks-left'), '没有空白了');
    assert.ok(filled.includes('绿水'), 'the one occurrence filled differently');
    assert.equal(await changeCount(b.page), before.placeholders.length, 'every fill is listed');
    const listed = await b.page.$$eval('#changes li.change', (lis) => lis.map((li) => li.querySelector('.before').textContent));
    assert.deepEqual(listed.sort(), before.placeholders.map((p) => p.text).sort(), 'each listed with the blank it filled');
    // Only the blanks changed: the diff touches nothing else.
    for (const [s, e] of diffRegions(original, filled)) {
      assert.ok(before.placeholders.some((p) => p.start <= s && e <= p.end), `change ${s}–${e} is inside a blank`);
    }

    // the exported .txt is the text shown, and the CLI finds no placeholder in it either
    await b.page.click('#ptab-changes');
    const txt = await downloadOf(b.page, '#export-txt');
    assert.equal(txt.bytes.toString('utf8'), filled);
    const file = path.join(fs.mkdtempSync(path.join(ROOT, 'target/rl-finish-')), 'filled.txt');
    fs.writeFileSync(file, txt.bytes);
    const cli = spawnSync(CLI, ['analyse', '--json', file], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(JSON.parse(cli.stdout).placeholders.length, 0, 'the CLI finds no placeholder in the exported text');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });

    // 全部撤销: the template again, byte for byte
    await b.page.click('#undo-all');
    await settle(b.page, (t) => document.getElementById('editor').value === t, original);
    assert.equal(await editorText(b.page), original);
    assert.equal(await changeCount(b.page), 0);
    assert.equal((await analysis(b.page)).placeholders.length, before.placeholders.length);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('全部修正（该类） sits next to the findings of a safe check with more than one fix', async () => {
  const b = await open();
  try {
    await paste(b.page, '截止目前，建成17各社区服务站。\n截止目前，走访群众300户。\n');
    const a = await analysis(b.page);
    const per = new Map();
    for (const f of a.findings.filter(fixable)) per.set(f.check, (per.get(f.check) || 0) + 1);
    assert.equal(per.get('usage'), 2);
    assert.equal(per.get('measure-word'), 1);
    await b.page.click('#ptab-findings');
    const withAll = await b.page.evaluate(() => [...document.querySelectorAll('#findings li.finding')]
      .map((li) => li.querySelector('button[data-fix-check]')?.dataset.fixCheck || null));
    assert.deepEqual(withAll, a.findings.map((f) => (fixable(f) && per.get(f.check) > 1 ? f.check : null)));
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('all safe fixes on seed 004: those findings gone, nothing else changed; undo one, undo all', async () => {
  const b = await open();
  try {
    const original = seed('004');
    await paste(b.page, original);
    const before = await analysis(b.page);
    const fixes = before.findings.filter(fixable);
    assert.ok(fixes.length >= 2, 'seed 004 has safe fixes');

    // one of them from its 修正 button in the findings list
    await b.page.click('#ptab-findings');
    const first = before.findings.indexOf(fixes[0]);
    await b.page.click(`#findings button[data-fix="${first}"]`);
    await settle(b.page, () => document.querySelectorAll('#changes li.change').length === 1);
    const one = await editorText(b.page);
    assert.equal(one, original.slice(0, fixes[0].start) + fixes[0].suggestion + original.slice(fixes[0].end));

    // the rest with 全部安全修正
    await b.page.click('#ptab-changes');
    await b.page.click('#fix-all-safe');
    await settle(b.page, (n) => document.querySelectorAll('#changes li.change').length === n, fixes.length);
    const fixed = await editorText(b.page);
    const after = await analysis(b.page);
    assert.deepEqual(after.findings.filter(fixable), [], 'no fixable finding left');
    for (const f of fixes) assert.ok(!after.findings.some((g) => g.check === f.check && fixed.slice(g.start, g.end) === original.slice(f.start, f.end)), `${f.check} gone`);
    // The other findings are still there (same checks, same text).
    const rest = (a, t) => a.findings.filter((f) => !fixable(f)).map((f) => f.check + '|' + t.slice(f.start, f.end)).sort();
    assert.deepEqual(rest(after, fixed), rest(before, original), 'the other findings are untouched');
    // A character diff of old and new touches only the fixed spans.
    const regions = diffRegions(original, fixed);
    assert.ok(regions.length >= fixes.length);
    for (const [s, e] of regions) {
      assert.ok(fixes.some((f) => f.start <= s && e <= f.end), `change at ${s}–${e} (${JSON.stringify(original.slice(s - 3, e + 3))}) is in a fixed span`);
    }
    let expected = original;
    for (const f of [...fixes].sort((x, y) => y.start - x.start)) expected = expected.slice(0, f.start) + f.suggestion + expected.slice(f.end);
    assert.equal(fixed, expected, 'the text is the original with exactly the suggestions applied');
    const listed = await b.page.$$eval('#changes li.change', (lis) => lis.map((li) => [li.querySelector('.before').textContent, li.querySelector('.after').textContent]));
    assert.deepEqual(listed.sort(), fixes.map((f) => [original.slice(f.start, f.end), f.suggestion]).sort(), 'every fix listed, before → after');

    // undo one step (the first fix): only it comes back
    await b.page.click(`#changes li.change >> nth=0 >> button.undo`);
    await settle(b.page, (n) => document.querySelectorAll('#changes li.change').length === n, fixes.length - 1);
    let partly = original;
    for (const f of fixes.slice(1).sort((x, y) => y.start - x.start)) partly = partly.slice(0, f.start) + f.suggestion + partly.slice(f.end);
    assert.equal(await editorText(b.page), partly);

    // undo all: the original, byte for byte
    await b.page.click('#undo-all');
    await settle(b.page, (t) => document.getElementById('editor').value === t, original);
    assert.equal(Buffer.compare(Buffer.from(await editorText(b.page)), Buffer.from(original)), 0);
    assert.deepEqual((await analysis(b.page)).findings, before.findings);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('export .docx and read it back with the page\'s own decoder: the same text; outline and checklist', async () => {
  const b = await open();
  try {
    const text = seed('000');
    await paste(b.page, text);
    const a = await analysis(b.page);
    await b.page.click('#ptab-changes');
    const docx = await downloadOf(b.page, '#export-docx');
    assert.match(docx.name, /\.docx$/);
    assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip package');
    // through the page's decode (the wasm `decode`, in its worker): drop the file
    await dropFiles(b.page, [{ name: 'exported.docx', bytes: docx.bytes }]);
    await b.page.waitForFunction(() => document.querySelectorAll('#files button').length === 2);
    await waitReady(b.page);
    assert.equal(await editorText(b.page), text.replace(/\r\n?/g, '\n'), 'the .docx reads back to the same text');
    assert.deepEqual((await analysis(b.page)).outline, a.outline, 'and to the same outline');

    await b.page.click('#files button >> nth=0');
    await waitReady(b.page);
    const outline = (await downloadOf(b.page, '#export-outline')).bytes.toString('utf8');
    assert.ok(outline.includes(a.outline[0].title.replace(/[*_[\]]/g, '')) || outline.includes(a.outline[0].title), 'outline .md has the first heading');
    const checklist = (await downloadOf(b.page, '#export-checklist')).bytes.toString('utf8');
    assert.equal((checklist.match(/^- \[ \] /gm) || []).length, a.findings.length, 'one checklist item per finding');
    const csv = await downloadOf(b.page, '#export-metrics');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('fills and fixes mixed, undone step by step and all at once, give back the original byte for byte', async () => {
  const b = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const original = '截止目前，xxx镇已建成17各社区服务站，开展培训X次。\n##paidbegin##\nxxx镇党委、xxx镇政府高度重视。𠮷😀\n';
    await paste(b.page, original);
    await b.page.click('#ptab-fill');
    // keyboard: focus the first field and type
    await b.page.focus('#fill input.fill-input >> nth=0');
    await b.page.keyboard.type('城关镇');
    await settle(b.page, () => document.querySelectorAll('#changes li.change').length === 3);
    assert.ok((await editorText(b.page)).includes('城关镇已建成'));
    await b.page.fill('#fill li.field[data-field="X次#1"] > input', '5');
    await settle(b.page, () => document.querySelectorAll('#changes li.change').length === 4);
    await b.page.click('#ptab-changes');
    await b.page.click('#fix-all-safe');
    await settle(b.page, () => document.querySelectorAll('#changes li.change').length === 7);
    const done = await editorText(b.page);
    assert.equal(done, '截至目前，城关镇已建成17个社区服务站，开展培训5次。\n城关镇党委、城关镇政府高度重视。𠮷😀\n');
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
    // undo the second fill of xxx镇 only (the form stays filled elsewhere)
    await b.page.click('#changes li.change.fill >> nth=1 >> button.undo');
    await settle(b.page, () => document.querySelectorAll('#changes li.change').length === 6);
    assert.equal(await editorText(b.page), '截至目前，城关镇已建成17个社区服务站，开展培训5次。\nxxx镇党委、城关镇政府高度重视。𠮷😀\n');
    await b.page.click('#undo-all');
    await settle(b.page, (t) => document.getElementById('editor').value === t, original);
    assert.equal(await editorText(b.page), original);
    assert.equal(await changeCount(b.page), 0);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('a dropped .docx exports into itself: tracked changes and comments, or applied plainly; other parts kept', async () => {
  const b = await open();
  try {
    const original = fs.readFileSync(path.join(ROOT, 'fixtures/word/report.docx'));
    await dropFiles(b.page, [{ name: 'report.docx', bytes: original }]);
    await waitReady(b.page);
    const text = await editorText(b.page);
    await b.page.click('#ptab-changes');
    // The page's own wasm has no editDocx (size budget, see Cargo.toml); the served page's
    // worker loads the full engine for it.
    await b.page.waitForFunction(() => document.body.dataset.docxEdit !== undefined);
    assert.equal(await b.page.evaluate(() => document.body.dataset.docxEdit), 'true');
    await b.page.waitForFunction(() => document.getElementById('export-docx').textContent === '导出 .docx（修订）');
    assert.equal(await b.page.isVisible('#export-docx-apply'), true);
    await b.page.click('#fix-all-safe');
    await settle(b.page, (t) => document.getElementById('editor').value !== t, text);
    const fixed = await editorText(b.page);
    assert.ok(fixed.includes('截至目前') && !fixed.includes('截止目前'), fixed);

    const tracked = await downloadOf(b.page, '#export-docx');
    assert.equal(tracked.name, 'report.修订.docx');
    // word/document.xml is written stored, so its XML is readable in the bytes.
    const xml = tracked.bytes.toString('utf8');
    assert.ok(xml.includes('<w:del ') && xml.includes('<w:ins ') && xml.includes('w:author="report-lens"'), 'tracked changes');
    assert.ok(xml.includes('<w:commentRangeStart '), 'the findings without a fix as comments');
    // The original's header entry (deflated) is in the output byte for byte.
    const header = original.indexOf(Buffer.from('word/header1.xml'));
    assert.ok(header > 0 && tracked.bytes.includes(original.subarray(header - 30, header + 60)), 'header part kept');
    const plain = await downloadOf(b.page, '#export-docx-apply');
    assert.ok(!plain.bytes.toString('utf8').includes('<w:del '), 'no tracked changes when applied');

    // Both read back (the page's decoder, i.e. Word's "accept all") to the fixed text.
    await dropFiles(b.page, [{ name: 'tracked.docx', bytes: tracked.bytes }, { name: 'plain.docx', bytes: plain.bytes }]);
    await b.page.waitForFunction(() => document.querySelectorAll('#files button').length === 3);
    await waitReady(b.page);
    assert.equal(await editorText(b.page), fixed);
    await b.page.click('#files button >> nth=2');
    await waitReady(b.page);
    assert.equal(await editorText(b.page), fixed);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('a dropped legacy .doc is read by the full engine to the same text as its .docx twin', async () => {
  const b = await open();
  try {
    await dropFiles(b.page, [{ name: 'report.docx', bytes: fs.readFileSync(path.join(ROOT, 'fixtures/word/report.docx')) }]);
    // The text arrives after decoding: wait for it, not only for the page to be idle.
    await b.page.waitForFunction(() => document.getElementById('editor').value.length > 0);
    await waitReady(b.page);
    const twin = await editorText(b.page);
    await dropFiles(b.page, [{ name: 'report.doc', bytes: fs.readFileSync(path.join(ROOT, 'fixtures/word/report.doc')) }]);
    await b.page.waitForFunction(() => document.querySelectorAll('#files button').length === 2);
    // The .doc is read by the full engine, fetched on this first use.
    await b.page.waitForFunction(() => document.querySelectorAll('#files button')[1].getAttribute('aria-current') === 'true'
      && document.getElementById('editor').value.length > 0, null, { timeout: 20000 });
    await waitReady(b.page);
    assert.equal(await editorText(b.page), twin);
    assert.ok(twin.length > 100, twin);
    assert.ok(srv.served.includes('/pkg/report_lens_full_bg.wasm'), 'read by the full engine');
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});
