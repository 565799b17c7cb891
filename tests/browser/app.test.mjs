// Browser tests of the report-lens page in real Chromium (playwright-core + Debian's chromium).
// Expected analyses come from `target/release/report-lens analyse --json FILE` (or the same wasm
// run in Node while the CLI cannot print JSON); the page must show exactly those.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SEEDS, serve, launch, paste, waitReady, dropFiles, expectedForFile, expectedForText,
  flattenOutline, makeFiles, expectationSource, openSingleFile } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(); expectationSource(); });
after(async () => { await srv.close(); });

/** Open the served page and wait for the engine. */
async function open(options) {
  const b = await launch(options);
  await b.page.goto(srv.origin + '/');
  await b.page.evaluate(() => window.reportLens.ready);
  return b;
}

/** The spec §8 fields (plus stats): the CLI may print more. */
const CONTRACT = ['title', 'salutation', 'outline', 'placeholders', 'metrics', 'dates', 'artifacts', 'findings', 'stats'];
function contract(a) {
  for (const k of CONTRACT.slice(0, -1)) assert.ok(k in a, `analysis has "${k}"`);
  return Object.fromEntries(CONTRACT.map((k) => [k, a[k]]));
}

/** Everything the page shows must agree with `expected`. */
async function assertPageShows(page, expected, label) {
  const got = await page.evaluate(() => JSON.parse(JSON.stringify(window.reportLens.analysis)));
  assert.deepEqual(contract(got), contract(expected), `${label}: the page's analysis differs from the expected JSON`);
  const dom = await page.evaluate(() => {
    const count = (k) => Number(document.querySelector(`[data-count="${k}"] .v`).dataset.value);
    const joined = (attr, n) => Array.from({ length: n }, (_, i) =>
      [...document.querySelectorAll(`#view [data-${attr}~="${i}"]`)].map((e) => e.textContent).join(''));
    const a = window.reportLens.analysis;
    return {
      counts: Object.fromEntries(['outline', 'placeholders', 'metrics', 'dates', 'artifacts', 'findings'].map((k) => [k, count(k)])),
      outlineButtons: document.querySelectorAll('#outline button[data-h]').length,
      metricRows: document.querySelectorAll('#metrics tbody tr[data-m]').length,
      findingItems: document.querySelectorAll('#findings button[data-f]').length,
      placeholderGroupSum: [...document.querySelectorAll('#placeholders .count')].reduce((s, e) => s + Number(e.dataset.n), 0),
      placeholderForms: [...document.querySelectorAll('#placeholders button')].map((b) => b.dataset.form),
      metricTexts: joined('m', a.metrics.length),
      placeholderTexts: joined('ph', a.placeholders.length),
      dateTexts: joined('d', a.dates.length),
      artifactTexts: joined('a', a.artifacts.length),
      viewText: [...document.querySelectorAll('#view .ln')].map((l) => l.textContent).join('\n'),
      text: window.reportLens.text,
    };
  });
  const outline = flattenOutline(expected.outline);
  assert.deepEqual(dom.counts, {
    outline: outline.length, placeholders: expected.placeholders.length, metrics: expected.metrics.length,
    dates: expected.dates.length, artifacts: expected.artifacts.length, findings: expected.findings.length,
  }, `${label}: summary counts`);
  assert.equal(dom.outlineButtons, outline.length, `${label}: outline entries`);
  assert.equal(dom.metricRows, expected.metrics.length, `${label}: metrics table rows`);
  assert.equal(dom.findingItems, expected.findings.length, `${label}: findings listed`);
  assert.equal(dom.placeholderGroupSum, expected.placeholders.length, `${label}: placeholder groups add up`);
  assert.deepEqual(new Set(dom.placeholderForms), new Set(expected.placeholders.map((p) => p.form || p.text)), `${label}: placeholder forms`);
  assert.deepEqual(dom.metricTexts, expected.metrics.map((m) => m.text), `${label}: metric highlights`);
  assert.deepEqual(dom.placeholderTexts, expected.placeholders.map((m) => m.text), `${label}: placeholder highlights`);
  assert.deepEqual(dom.dateTexts, expected.dates.map((m) => m.text), `${label}: date highlights`);
  assert.deepEqual(dom.artifactTexts, expected.artifacts.map((m) => m.text), `${label}: artefact highlights`);
  assert.equal(dom.viewText, dom.text, `${label}: the view shows the whole text, unchanged`);
}

test('pasting each seed shows what the CLI finds', async () => {
  const b = await open();
  try {
    for (const seed of SEEDS) {
      await paste(b.page, fs.readFileSync(seed, 'utf8'));
      await assertPageShows(b.page, expectedForFile(seed), path.basename(seed));
    }
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('sample buttons load the seeds; the screenshot for the README', async () => {
  const b = await open();
  try {
    await b.page.click('[data-sample="0"]');
    await waitReady(b.page);
    await assertPageShows(b.page, expectedForFile(SEEDS[0]), 'sample 1');
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    await b.page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
  } finally { await b.close(); }
});

test('dropping a GBK .txt and a .docx reads both, listed to switch between', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-files-'));
  const text = fs.readFileSync(SEEDS[0], 'utf8');
  const made = makeFiles(text, dir);
  const b = await open();
  try {
    await dropFiles(b.page, [
      { name: 'report-gbk.txt', bytes: fs.readFileSync(made.gbk), type: 'text/plain' },
      { name: 'report.docx', bytes: fs.readFileSync(made.docx) },
    ]);
    await b.page.waitForSelector('#files button >> nth=1');
    await waitReady(b.page);
    const gbkText = await b.page.inputValue('#editor');
    assert.equal(gbkText, text, 'the GBK file decodes to the original text');
    await assertPageShows(b.page, expectedForFile(SEEDS[0]), 'GBK drop');
    await b.page.click('#files button:has-text("report.docx")');
    await b.page.waitForFunction(() => document.getElementById('editor').value.includes('党支部'));
    await waitReady(b.page);
    const docxText = await b.page.inputValue('#editor');
    const squash = (s) => s.replace(/\s+/g, '');
    assert.equal(squash(docxText), squash(text), 'the .docx text is the report');
    await assertPageShows(b.page, expectedForText(docxText), 'docx drop');
    assert.equal(await b.page.getAttribute('#files button:has-text("report.docx")', 'aria-current'), 'true');
    await b.page.click('#files button:has-text("report-gbk.txt")');
    await b.page.waitForFunction((t) => document.getElementById('editor').value === t, text);
  } finally { await b.close(); fs.rmSync(dir, { recursive: true, force: true }); }
});

test('a binary file gets a clear message; the file picker reads .txt', async () => {
  const b = await open();
  try {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f80f0000010101001b0b9c1f0000000049454e44ae426082', 'hex');
    await dropFiles(b.page, [{ name: 'photo.png', bytes: png, type: 'image/png' }]);
    await b.page.waitForSelector('#message.error:not([hidden])');
    const msg = await b.page.textContent('#message');
    assert.match(msg, /photo\.png/);
    assert.match(msg, /[\u4e00-\u9fff]/, 'the message is in Chinese');
    assert.equal(await b.page.inputValue('#editor'), '', 'nothing was loaded');
    await b.page.setInputFiles('#file-input', { name: 'picked.txt', mimeType: 'text/plain', buffer: fs.readFileSync(SEEDS[1]) });
    await b.page.waitForFunction(() => document.getElementById('editor').value.length > 0);
    await waitReady(b.page);
    await assertPageShows(b.page, expectedForFile(SEEDS[1]), 'file picker');
  } finally { await b.close(); }
});

test('clicking an outline entry lands on its heading', async (t) => {
  const seed = SEEDS.find((s) => flattenOutline(expectedForFile(s).outline).length > 1);
  if (!seed) { t.skip('the analyser finds no outline in any seed yet'); return; }
  const b = await open();
  try {
    await paste(b.page, fs.readFileSync(seed, 'utf8'));
    const heads = flattenOutline(expectedForFile(seed).outline);
    const i = heads.length - 1;
    await b.page.click(`#outline button[data-h="${i}"]`);
    const landed = await b.page.evaluate(() => {
      const e = document.activeElement;
      const r = e.getBoundingClientRect();
      const v = document.getElementById('view').getBoundingClientRect();
      return { text: e.textContent, inView: r.top >= v.top - 1 && r.bottom <= v.bottom + 1, inArticle: !!e.closest('#view') };
    });
    assert.ok(landed.inArticle, 'focus moved into the view');
    assert.ok(landed.inView, 'the heading is scrolled into view');
    const h = heads[i];
    const text = fs.readFileSync(seed, 'utf8');
    assert.ok(landed.text.includes(text.slice(h.start, h.end).slice(0, 20)), 'focus is on the heading');
  } finally { await b.close(); }
});

test('markup in the report is shown as text, never run', async () => {
  const b = await open();
  try {
    const evil = '<img src=x onerror=alert(1)>关于<img src=x onerror="window.__pwned=1">的汇报\n<script>window.__pwned=2</script>完成20个项目。\n<b onmouseover=alert(1)>粗体</b>';
    await paste(b.page, evil);
    const r = await b.page.evaluate(() => ({
      pwned: window.__pwned, imgs: document.querySelectorAll('#view img, #outline img, #findings img').length,
      scripts: document.querySelectorAll('#view script').length, bold: document.querySelectorAll('#view b').length,
      view: [...document.querySelectorAll('#view .ln')].map((l) => l.textContent).join('\n'),
    }));
    assert.equal(r.pwned, undefined);
    assert.equal(r.imgs + r.scripts + r.bold, 0);
    assert.equal(r.view, evil);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('highlights stay on their text after 𠮷 and emoji', async () => {
  const text = '𠮷😀xxx镇工作汇报\n👨‍👩‍👧 截至9月14日，𠮷全镇共有20个党支部，投入60余万元，近400件，X次。😀2023年11月20日';
  const expected = expectedForText(text);
  for (const list of [expected.placeholders, expected.metrics, expected.dates, expected.artifacts]) {
    for (const it of list) assert.equal(text.slice(it.start, it.end), it.text, 'UTF-16 spans from wasm');
  }
  const b = await open();
  try {
    await paste(b.page, text);
    await assertPageShows(b.page, expected, 'astral text');
    const ok = await b.page.evaluate(() => {
      const a = window.reportLens.analysis; const t = window.reportLens.text;
      return [...a.placeholders, ...a.metrics, ...a.dates, ...a.artifacts].every((it) => t.slice(it.start, it.end) === it.text);
    });
    assert.ok(ok);
  } finally { await b.close(); }
});

test('the engine client: typed calls, Rust errors as rejected promises, superseded analyses dropped', async () => {
  const b = await open();
  try {
    await waitReady(b.page);
    const r = await b.page.evaluate(async () => {
      const e = window.reportLens.engine;
      const settle = (p) => p.then((v) => ({ ok: true, v }), (err) => ({ ok: false, message: err.message, superseded: !!err.superseded }));
      // Typing fast: the first is in flight, the second waits and is replaced by the third;
      // only the third is answered (the first's answer comes back and is dropped).
      const fast = await Promise.all(['一', '一二', '一二三'].map((t) => settle(e.analyse(t))));
      const bad = await settle(e.applyEdits('一', [{ start: 0 }]));
      const badType = await settle(e.applyEdits('一', [{ start: 0, end: 0.5, replacement: '', reason: '' }]));
      const after = await settle(e.analyse('一二三四'));
      const csv = await e.exportMetricsCsv('建成20个站点。');
      const decoded = await e.decode(new TextEncoder().encode('汇报').buffer, 'a.txt');
      return { fast: fast.map((x) => (x.ok ? x.v.stats.utf16_len : x.superseded ? 'superseded' : x.message)),
        bad, badType, after: after.ok && after.v.stats.utf16_len, csv, decoded };
    });
    assert.deepEqual(r.fast, ['superseded', 'superseded', 3]);
    assert.equal(r.bad.ok, false);
    assert.equal(r.bad.superseded, false);
    assert.match(r.bad.message, /edits\[0\]\.end 缺少/, 'the Rust message, naming the field');
    assert.match(r.badType.message, /edits\[0\]\.end 应为非负整数/, r.badType.message);
    assert.equal(r.after, 4, 'the engine goes on after an error');
    assert.ok(r.csv.startsWith('\uFEFF') && r.csv.includes('20个'), r.csv);
    assert.deepEqual([r.decoded.ok, r.decoded.text], [true, '汇报']);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('only the engine client talks to the worker and names wasm functions', () => {
  for (const f of ['app.js', 'finish.js', 'rules.js']) {
    const src = fs.readFileSync(path.join(ROOT, 'www', f), 'utf8');
    assert.doesNotMatch(src, /postMessage|new Worker|wasm_bindgen|\bfn:\s*'/, f);
  }
});

test('the single-file build works from file:// with no request at all', async () => {
  const b = await openSingleFile();
  try {
    await paste(b.page, fs.readFileSync(SEEDS[2], 'utf8'));
    await assertPageShows(b.page, expectedForFile(SEEDS[2]), 'file:// build');
    await b.page.click('[data-sample="3"]');
    await waitReady(b.page);
    const csp = await b.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /connect-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.deepEqual(b.foreign(), []);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

const OWN_FILES = new Set(['/', '/index.html', '/style.css', '/engine.js', '/app.js', '/finish.js', '/rules.js', '/worker.js', '/zip.js', '/sw.js', '/pkg/samples.js',
  '/pkg/report_lens.js', '/pkg/report_lens_bg.wasm',
  '/pkg/report_lens_full.js', '/pkg/report_lens_full_bg.wasm']);

test('a user at work makes no request beyond the page\'s own files; works offline after', async () => {
  const b = await open();
  const requests = [];
  b.context.on('request', (r) => requests.push(r.url()));
  b.page.on('request', (r) => requests.push(r.url()));
  try {
    const before = srv.served.length;
    await paste(b.page, fs.readFileSync(SEEDS[0], 'utf8') + '\n<img src="https://example.com/x.png">');
    await b.page.click('[data-sample="1"]');
    await waitReady(b.page);
    await b.page.click('#ptab-metrics');
    await b.page.click('#metrics th[data-key="value"] button');
    const dl = b.page.waitForEvent('download');
    await b.page.click('#export-csv');
    const csvPath = await (await dl).path();
    const csv = fs.readFileSync(csvPath);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with the UTF-8 BOM');
    const lines = csv.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    assert.equal(lines[0], '行,原文,数值,上限,单位,约数,统计对象,起,止');
    const expected = expectedForFile(SEEDS[1]);
    assert.equal(lines.length, expected.metrics.length + 1);
    const dl2 = b.page.waitForEvent('download');
    await b.page.click('#export-json');
    assert.deepEqual(contract(JSON.parse(fs.readFileSync(await (await dl2).path(), 'utf8'))), contract(expected), 'exported JSON = CLI JSON');
    const sortedValues = await b.page.evaluate(() => [...document.querySelectorAll('#metrics tbody tr[data-m]')]
      .map((tr) => window.reportLens.analysis.metrics[Number(tr.dataset.m)].value ?? -Infinity));
    assert.deepEqual(sortedValues, [...sortedValues].sort((x, y) => x - y), 'metrics sorted by value');
    await b.page.click('#metrics th[data-key="value"] button');
    assert.equal(await b.page.getAttribute('#metrics th[data-key="value"]', 'aria-sort'), 'descending');
    await dropFiles(b.page, [{ name: 'a.txt', bytes: Buffer.from('一、总体情况\n完成3个项目。'), type: 'text/plain' }]);
    await b.page.waitForFunction(() => document.getElementById('editor').value.startsWith('一、'));
    await waitReady(b.page);
    await b.page.keyboard.type('再加5个。');
    await waitReady(b.page);
    const bad = requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')
      && !(u.startsWith(srv.origin + '/') && OWN_FILES.has(new URL(u).pathname)));
    assert.deepEqual(bad, [], 'no request beyond the page\'s own files');
    assert.deepEqual(srv.served.slice(before).filter((p) => !OWN_FILES.has(p)), []);

    // offline after the first visit (service worker)
    await b.page.evaluate(() => navigator.serviceWorker.ready);
    await b.page.reload();
    await b.page.evaluate(() => navigator.serviceWorker.ready);
    await b.context.setOffline(true);
    await b.page.reload();
    await b.page.evaluate(() => window.reportLens.ready);
    await paste(b.page, fs.readFileSync(SEEDS[4], 'utf8'));
    await assertPageShows(b.page, expectedForFile(SEEDS[4]), 'offline');
    await b.context.setOffline(false);
  } finally { await b.close(); }
});

test('a document of several MB is analysed off the main thread with progress', async () => {
  const seed = fs.readFileSync(SEEDS[0], 'utf8');
  const big = Array.from({ length: Math.ceil(3_000_000 / seed.length) }, () => seed).join('\n');
  const b = await open();
  try {
    await b.page.evaluate(() => {
      window.__gaps = [];
      window.__sawProgress = false;
      let last = performance.now();
      const beat = () => { const now = performance.now(); window.__gaps.push(now - last); last = now; window.__beat = requestAnimationFrame(beat); };
      window.__beat = requestAnimationFrame(beat);
      new MutationObserver(() => { if (!document.getElementById('progress').hidden) window.__sawProgress = true; })
        .observe(document.getElementById('progress'), { attributes: true });
    });
    await b.page.evaluate((t) => {
      const ed = document.getElementById('editor');
      ed.value = t;
      ed.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    const t0 = Date.now();
    await waitReady(b.page, 240000);
    const r = await b.page.evaluate(() => { cancelAnimationFrame(window.__beat); return { saw: window.__sawProgress, gaps: window.__gaps }; });
    assert.ok(r.saw, 'progress was shown');
    const analysis = await b.page.evaluate(() => window.reportLens.analysis.stats);
    assert.equal(analysis.utf16_len, big.length);
    const sorted = [...r.gaps].sort((x, y) => x - y);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] || 0;
    console.error(`# big document: ${big.length} chars, ready in ${Date.now() - t0} ms, frames ${r.gaps.length}, p95 frame gap ${p95.toFixed(0)} ms`);
    assert.ok(r.gaps.length > 5, 'the page kept painting while the worker analysed');
  } finally { await b.close(); }
});

test('phone layout: nothing overflows sideways; keyboard reaches the results', async () => {
  const b = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    await b.page.click('[data-sample="0"]');
    await waitReady(b.page);
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
    await b.page.focus('#ptab-outline');
    await b.page.keyboard.press('ArrowRight');
    assert.equal(await b.page.evaluate(() => document.activeElement.id), 'ptab-findings');
    assert.equal(await b.page.isVisible('#panel-findings'), true);
    await b.page.keyboard.press('ArrowRight');
    await b.page.keyboard.press('ArrowRight');
    assert.equal(await b.page.isVisible('#panel-metrics'), true);
    const rows = await b.page.$$('#metrics tbody tr[data-m]');
    if (rows.length) {
      await rows[0].focus();
      await b.page.keyboard.press('Enter');
      assert.ok(await b.page.evaluate(() => !!document.activeElement.closest('#view')), 'Enter on a metric jumps to it');
    }
  } finally { await b.close(); }
});
