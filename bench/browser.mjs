// Browser benchmark in headless Chromium (playwright-core, /usr/bin/chromium or $CHROMIUM):
//
// 1. size of the wasm (raw, gzip -9, brotli) and of the single-file build;
// 2. median time of `analyse(text)` for each seed, each long report and a 10,000-character
//    report edited between runs (a keystroke), with the page's own wasm (www/pkg) loaded in a
//    blank page's main thread (the app runs the same call in a worker);
// 3. time from opening dist/report-lens.html (file://) to the first analysis shown
//    (body[data-state=ready] with an analysis), with an empty editor and with the 2025 report
//    already in the editor, median of fresh browser contexts.
//
// Run after `bash scripts/build-wasm.sh && bash scripts/dist.sh`:  cd bench && node browser.mjs
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT, PKG, WASM, texts, prefixChars, median, mbps, table, machine, save } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DIST = path.join(ROOT, 'dist/report-lens.html');
const OPENS = Number(process.env.RL_OPENS || 7);

const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1000).toFixed(1) + ' KB';

for (const p of [WASM, DIST]) {
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run bash scripts/build-wasm.sh && bash scripts/dist.sh`);
}

const out = { machine: machine(), chromium: null, sizes: {}, analyse: [], firstAnalysis: {} };
console.log('# report-lens in Chromium\n');
console.log(out.machine);

// ------------------------------------------------------------------------------ sizes
const wasm = fs.readFileSync(WASM);
const glue = fs.readFileSync(path.join(PKG, 'report_lens.js'));
const dist = fs.readFileSync(DIST);
out.sizes = {
  wasm: { raw: wasm.length, gzip: gz(wasm), brotli: br(wasm) },
  glue: { raw: glue.length, gzip: gz(glue), brotli: br(glue) },
  dist: { raw: dist.length, gzip: gz(dist), brotli: br(dist) },
};

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
out.chromium = browser.version();
console.log(`Chromium ${out.chromium}\n`);

try {
  // ---------------------------------------------------------------------------- analyse
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>bench</title><script src="/pkg/report_lens.js"></script>');
      return;
    }
    const name = path.basename(url.pathname);
    const file = path.join(PKG, name);
    if (!url.pathname.startsWith('/pkg/') || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
    const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(origin + '/');
  await page.evaluate(() => wasm_bindgen({ module_or_path: '/pkg/report_lens_bg.wasm' }));

  // Median ms of analyse(text), after a warm-up, ≥ 10 batches and ≥ 1.5 s; with `edit`, each run
  // analyses the text with one character inserted in its middle (a different one each time).
  const timeInPage = (text, edit) => page.evaluate(({ text, edit }) => {
    const variants = edit
      ? Array.from({ length: 16 }, (_, k) => { const m = text.length >> 1; return text.slice(0, m) + '一二三四五六七八九十百千万年月日'[k] + text.slice(m); })
      : [text];
    // performance.now() ticks in 0.1 ms here (no cross-origin isolation): time batches of
    // `k` calls lasting ≥ 5 ms each and divide.
    let s = performance.now();
    wasm_bindgen.analyse(variants[0]);
    const k = Math.max(1, Math.ceil(5 / Math.max(0.05, performance.now() - s)));
    const t = [];
    const t0 = performance.now();
    let n = 0;
    while ((t.length < 10 || performance.now() - t0 < 1500) && t.length < 5000) {
      s = performance.now();
      for (let j = 0; j < k; j++) wasm_bindgen.analyse(variants[n++ % variants.length]);
      t.push((performance.now() - s) / k);
    }
    t.sort((a, b) => a - b);
    return { ms: t[t.length >> 1], p90: t[Math.floor(t.length * 0.9)], runs: t.length * k, batch: k };
  }, { text, edit });

  const all = texts();
  const r2025 = all.find((t) => t.name === 'report-2025');
  const keystroke = prefixChars(r2025.text, 10000);
  const cases = [...all.map((t) => ({ ...t, edit: false })),
    { name: 'keystroke: 2025 report, first 10,000 chars', text: keystroke, bytes: Buffer.byteLength(keystroke), edit: true }];
  for (const c of cases) {
    const r = await timeInPage(c.text, c.edit);
    out.analyse.push({ name: c.name, bytes: c.bytes, chars: Array.from(c.text).length, ...r, mbps: mbps(c.bytes, r.ms) });
    console.error(`  ${c.name}: ${r.ms.toFixed(3)} ms`);
  }
  await ctx.close();
  server.close();

  // ---------------------------------------------------------------------------- first analysis
  // An init script watches body[data-state]; performance.now() counts from navigation start.
  const watch = (prefill) => {
    window.__rl = {};
    document.addEventListener('DOMContentLoaded', () => {
      window.__rl.dcl = performance.now();
      if (prefill) document.getElementById('editor').value = prefill;
      if (window.reportLens && window.reportLens.ready) window.reportLens.ready.then(() => { window.__rl.engine = performance.now(); });
      const seen = () => {
        if (!window.__rl.first && document.body.dataset.state === 'ready' && window.reportLens && window.reportLens.analysis
          && window.reportLens.text === document.getElementById('editor').value) {
          window.__rl.first = performance.now();
          window.__rl.metrics = window.reportLens.analysis.metrics.length;
        }
      };
      new MutationObserver(seen).observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
      seen();
    });
  };
  const url = pathToFileURL(DIST).href;
  for (const [label, prefill] of [['empty editor', ''], ['2025 report in the editor', r2025.text]]) {
    const runs = [];
    for (let i = 0; i < OPENS; i++) {
      const c = await browser.newContext();
      const p = await c.newPage();
      const errors = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.addInitScript(watch, prefill);
      await p.goto(url);
      await p.waitForFunction(() => window.__rl && window.__rl.first, null, { timeout: 60000 });
      const r = await p.evaluate(() => window.__rl);
      if (errors.length) throw new Error('page errors: ' + errors.join('; '));
      if (prefill && !r.metrics) throw new Error('the prefilled report was not analysed');
      runs.push(r);
      await c.close();
    }
    const pick = (k) => median(runs.map((r) => r[k]).filter((x) => x !== undefined));
    out.firstAnalysis[label] = { runs: runs.length, dcl: pick('dcl'), engine: pick('engine'), first: pick('first'), all: runs.map((r) => r.first) };
    console.error(`  first analysis, ${label}: ${pick('first').toFixed(0)} ms`);
  }
} finally {
  await browser.close();
}

// ------------------------------------------------------------------------------ report
const s = out.sizes;
console.log('## Size\n');
console.log(table(['file', 'raw', 'gzip -9', 'brotli 11'], [
  ['www/pkg/report_lens_bg.wasm', kb(s.wasm.raw), kb(s.wasm.gzip), kb(s.wasm.brotli)],
  ['www/pkg/report_lens.js (glue)', kb(s.glue.raw), kb(s.glue.gzip), kb(s.glue.brotli)],
  ['dist/report-lens.html (single file)', kb(s.dist.raw), kb(s.dist.gzip), kb(s.dist.brotli)],
]));
console.log('\n## analyse() in Chromium (main thread, median of batch means)\n');
console.log(table(['text', 'KB', 'median ms', 'p90 ms', 'MB/s', 'runs'], out.analyse.map((a) =>
  [a.name, (a.bytes / 1000).toFixed(1), a.ms.toFixed(3), a.p90.toFixed(3), a.mbps.toFixed(1), String(a.runs)])));
console.log('\n## Opening dist/report-lens.html (file://), median ms from navigation start\n');
console.log(table(['case', 'DOMContentLoaded', 'engine ready', 'first analysis shown', 'runs'],
  Object.entries(out.firstAnalysis).map(([k, v]) => [k, v.dcl.toFixed(0), v.engine.toFixed(0), v.first.toFixed(0), String(v.runs)])));
save('browser', out);
