// Side by side, in one Node process: report-lens (the web build's .wasm, see lib.mjs) against
// @microsoft/recognizers-text-suite (number, percentage, dimension and currency recognisers,
// Culture.Chinese), on the seeds and the two long reports.
//
// Throughput: UTF-8 bytes of the text / median wall time of one call. For report-lens one call
// is `analyse(text)` — every pass plus the conversion of the result to JS objects. For the
// recognisers one call is the four `recognize*` functions in a row. The recognisers build and
// cache their models on first use (≈1 s); that first call is a warm-up and is not timed, it is
// reported separately.
//
// Recall on bench/gold-metrics.json (the seeds' gold metrics): gold texts and found texts
// compared after NFKC, as multisets (each found item matches one gold item at most).
// report-lens: a gold metric is found when a metric's text equals it. Recognisers: when a
// recognised entity's text equals or contains the gold text's number-with-unit (the gold text
// without a leading approximation word such as 近/约). For context the table also gives the
// recognisers' recall of the numbers alone (an entity containing the gold metric's number).
//
//   cd bench && npm ci && node compare.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, texts, loadWasm, time, mbps, table, machine, save } from './lib.mjs';

const require = createRequire(import.meta.url);
const R = require('@microsoft/recognizers-text-suite');
const recVersion = require('@microsoft/recognizers-text-suite/package.json').version;
const CULTURE = R.Culture.Chinese;
const RECOGNISERS = ['recognizeNumber', 'recognizePercentage', 'recognizeDimension', 'recognizeCurrency'];

const rl = loadWasm();
const recognise = (text) => RECOGNISERS.flatMap((f) => R[f](text, CULTURE));
const nfkc = (s) => s.normalize('NFKC');

/** The gold text from its first digit, Chinese numeral or blank mark (X/×/*) on. */
function numberWithUnit(gold) {
  const m = /[0-9０-９零〇一二三四五六七八九十百千万亿两几XxＸ×*＊]/u.exec(gold);
  return m ? gold.slice(m.index) : gold;
}

/** The leading number of the gold text's number-with-unit (`6万余斤` → `6万`), '' for blanks. */
function numberOnly(gold) {
  const m = /^[0-9０-９.．,，零〇一二三四五六七八九十百千万亿两]+/u.exec(numberWithUnit(gold));
  return m ? m[0] : '';
}

const pct = (n, d) => `${n}/${d} = ${(100 * n / d).toFixed(1)}%`;

/** Count gold items matched by distinct found items; `hit(found, gold)` says whether one matches. */
function matched(golds, found, hit) {
  const used = new Array(found.length).fill(false);
  let n = 0;
  for (const g of golds) {
    const i = found.findIndex((f, j) => !used[j] && hit(f, g));
    if (i >= 0) { used[i] = true; n++; }
  }
  return n;
}

const all = texts();
const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench/gold-metrics.json'), 'utf8')).metrics;

console.log(`# report-lens vs recognizers-text-suite ${recVersion} (one Node process)\n`);
console.log(machine());
let t0 = performance.now();
recognise('共有20个党支部，资金60余万元，增长84.71%，修路30公里。');
const recFirstMs = performance.now() - t0;
t0 = performance.now();
rl.analyse('共有20个党支部，资金60余万元，增长84.71%，修路30公里。');
const rlFirstMs = performance.now() - t0;
console.log(`first call (model construction, not counted below): recognizers ${recFirstMs.toFixed(0)} ms, report-lens ${rlFirstMs.toFixed(1)} ms\n`);

const rows = [];
const results = [];
let sumBytes = 0, sumRl = 0, sumRec = 0;
let goldN = 0, rlHit = 0, recHit = 0, recNum = 0;
for (const t of all) {
  const a = time(() => rl.analyse(t.text), { minRuns: 5, minMs: 1500 });
  // The recognisers take seconds on a seed and a minute or more on a long report: one timed
  // run there (their models are warm by then).
  const long = t.bytes > 20000;
  const r = time(() => recognise(t.text), long ? { warmup: false, minRuns: 1, minMs: 0 } : { minRuns: 3, minMs: 3000, maxRuns: 20 });
  sumBytes += t.bytes; sumRl += a.ms; sumRec += r.ms;
  const row = { name: t.name, bytes: t.bytes, rl_ms: a.ms, rl_runs: a.runs, rec_ms: r.ms, rec_runs: r.runs };
  const golds = gold[t.file];
  let recallCells = ['', '', ''];
  if (golds) {
    const g = golds.map(nfkc);
    const ours = rl.analyse(t.text).metrics.map((m) => nfkc(m.text));
    const theirs = recognise(t.text).map((e) => nfkc(e.text));
    const h1 = matched(g, ours, (f, x) => f === x);
    const h2 = matched(g, theirs, (f, x) => f === x || f.includes(numberWithUnit(x)));
    // Looser, for context: the entity holds the gold metric's number, unit or not.
    const h3 = matched(g, theirs, (f, x) => { const n = numberOnly(x); return n !== '' && f.includes(n); });
    goldN += g.length; rlHit += h1; recHit += h2; recNum += h3;
    Object.assign(row, { gold: g.length, rl_found: h1, rec_found: h2, rec_number_found: h3, rl_items: ours.length, rec_items: theirs.length });
    recallCells = [`${h1}/${g.length}`, `${h2}/${g.length}`, `${h3}/${g.length}`];
  }
  results.push(row);
  rows.push([t.name, (t.bytes / 1000).toFixed(1), a.ms.toFixed(3), mbps(t.bytes, a.ms).toFixed(1),
    r.ms.toFixed(1), mbps(t.bytes, r.ms).toFixed(3), (r.ms / a.ms).toFixed(0) + '×', ...recallCells]);
  console.error(`  ${t.name}: report-lens ${a.ms.toFixed(2)} ms, recognizers ${r.ms.toFixed(0)} ms`);
}
rows.push(['**all**', (sumBytes / 1000).toFixed(1), sumRl.toFixed(3), mbps(sumBytes, sumRl).toFixed(1),
  sumRec.toFixed(1), mbps(sumBytes, sumRec).toFixed(3), (sumRec / sumRl).toFixed(0) + '×',
  pct(rlHit, goldN), pct(recHit, goldN), pct(recNum, goldN)]);
console.log(table(['text', 'KB', 'report-lens ms', 'report-lens MB/s', 'recognizers ms', 'recognizers MB/s',
  'ratio', 'report-lens recall', 'recognizers recall', 'recognizers: number only'], rows));
save('compare', { machine: machine(), recognizers: recVersion, recFirstMs, rlFirstMs, results,
  recall: { gold: goldN, reportLens: rlHit, recognizers: recHit, recognizersNumberOnly: recNum } });
