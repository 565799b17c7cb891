// Shared helpers for the Node/Chromium benchmarks: the texts, the wasm build loaded in Node,
// a timing loop, and table printing. Everything is read from the project (seeds/, fixtures/,
// www/pkg/, bench/gold-metrics.json), never from ../shared, so a clone can run it.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import os from 'node:os';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PKG = path.join(ROOT, 'www/pkg');
export const WASM = path.join(PKG, 'report_lens_bg.wasm');

const strip = (s) => s.replace(/^\uFEFF/, '');

/** seeds/*.txt then the two long reports: [{name, file, text, bytes}] (bytes = UTF-8 length). */
export function texts() {
  const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: 'seed-' + f.split('_')[0], file: f, text: strip(fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8')) }));
  const long = ['2008', '2025'].map((y) => ({
    name: 'report-' + y, file: `gov-work-report-${y}.txt`,
    text: strip(fs.readFileSync(path.join(ROOT, `fixtures/gov-work-report-${y}.txt`), 'utf8')),
  }));
  return [...seeds, ...long].map((t) => ({ ...t, bytes: Buffer.byteLength(t.text, 'utf8') }));
}

/** The first `n` characters (code points) of `s`. */
export function prefixChars(s, n) {
  return Array.from(s).slice(0, n).join('');
}

/**
 * The web build (www/pkg, `wasm-pack --target no-modules`, then `wasm-opt -Oz`: the very
 * .wasm the page ships) loaded in Node: its glue script runs in a `vm` context and
 * `initSync` instantiates the module. Returns the `wasm_bindgen` namespace
 * (`analyse(text)`, `decode(bytes, name)`, `version()`).
 */
export function loadWasm() {
  if (!fs.existsSync(WASM)) throw new Error(`${WASM} is missing: run bash scripts/build-wasm.sh first`);
  const glue = fs.readFileSync(path.join(PKG, 'report_lens.js'), 'utf8');
  const ctx = vm.createContext({ TextEncoder, TextDecoder, WebAssembly, console, URL, location: { href: 'file:///' } });
  vm.runInContext(glue + '\n;globalThis.wasm_bindgen = wasm_bindgen;', ctx);
  vm.runInContext('(b) => wasm_bindgen.initSync({ module: b })', ctx)(new Uint8Array(fs.readFileSync(WASM)));
  return ctx.wasm_bindgen;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median milliseconds of `fn()` after one warm-up call (unless `warmup` is false): at least `minRuns` runs and at least
 * `minMs` of running, at most `maxRuns` runs.
 */
export function time(fn, { warmup = true, minRuns = 5, minMs = 1000, maxRuns = 2000 } = {}) {
  if (warmup) fn();
  const t = [];
  const t0 = performance.now();
  while ((t.length < minRuns || performance.now() - t0 < minMs) && t.length < maxRuns) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return { ms: median(t), runs: t.length };
}

/** MB/s (10^6 bytes a second) of `bytes` handled in `ms` milliseconds. */
export const mbps = (bytes, ms) => bytes / 1e3 / ms;

/** A Markdown table. */
export function table(head, rows) {
  const out = ['| ' + head.join(' | ') + ' |', '|' + head.map(() => '---').join('|') + '|'];
  for (const r of rows) out.push('| ' + r.join(' | ') + ' |');
  return out.join('\n');
}

/** One line describing this machine (CPU model, cores, memory, Node). */
export function machine() {
  let cpu = os.cpus()[0]?.model || 'unknown CPU';
  try {
    cpu = execSync("lscpu | sed -n 's/^Model name:[ \\t]*//p'", { encoding: 'utf8' }).trim() || cpu;
  } catch { /* lscpu missing */ }
  return `${cpu}, ${os.cpus().length} logical CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, `
    + `load ${os.loadavg().map((x) => x.toFixed(1)).join('/')}, Node ${process.version}`;
}

/** Write `obj` as JSON to bench/results/<name>.json (gitignored scratch) and say so. */
export function save(name, obj) {
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, name + '.json');
  fs.writeFileSync(p, JSON.stringify(obj, null, 2) + '\n');
  console.log(`\n(results: ${path.relative(ROOT, p)})`);
}
