// Turn Criterion's results (target/criterion/**/new/{benchmark,estimates}.json, written by
// `cargo bench --bench analyse`) into the Markdown tables of docs/BENCHMARKS.md: median time
// and MB/s (10^6 bytes a second of input) of every benchmark.
//
//   node bench/summary.mjs            (from the project root or bench/)
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, table, machine, save } from './lib.mjs';

const dir = path.join(process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target'), 'criterion');
if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: run cargo bench --bench analyse first`);

const found = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (!e.isDirectory()) continue;
    if (e.name === 'new' && fs.existsSync(path.join(p, 'benchmark.json'))) {
      const b = JSON.parse(fs.readFileSync(path.join(p, 'benchmark.json'), 'utf8'));
      const est = JSON.parse(fs.readFileSync(path.join(p, 'estimates.json'), 'utf8'));
      const bytes = b.throughput && (b.throughput.Bytes ?? b.throughput.BytesDecimal);
      const ns = est.median.point_estimate;
      found.push({ group: b.group_id, fn: b.function_id, value: b.value_str, bytes, ns, mbps: bytes ? bytes / ns * 1e3 : null });
    } else {
      walk(p);
    }
  }
})(dir);

const get = (group, fn, value) => found.find((r) => r.group === group && (r.fn ?? null) === fn && (r.value ?? null) === value);
const ms = (r) => (r ? (r.ns / 1e6).toFixed(3) : '–');
const rate = (r) => (r && r.mbps !== null ? r.mbps.toFixed(1) : '–');
const kb = (r) => (r ? (r.bytes / 1000).toFixed(1) : '–');
const order = (a, b) => String(a).localeCompare(String(b), 'en', { numeric: true });

console.log('# Criterion (native) — median\n');
console.log(machine() + '\n');

console.log('## Full analysis (`analyse`)\n');
const full = found.filter((r) => r.group === 'analyse').sort((a, b) => order(a.value, b.value));
console.log(table(['input', 'KB', 'ms', 'MB/s'], full.map((r) => [r.value, kb(r), ms(r), rate(r)])));

console.log('\n## Each pass (MB/s of input; share of `analyse` time)\n');
const passes = ['artifacts', 'clean', 'lines', 'structure', 'dates', 'placeholders', 'metrics', 'checks', 'parse', 'analyse'];
const inputs = [...new Set(found.filter((r) => r.group === 'pass').map((r) => r.value))].sort(order);
console.log(table(['pass', ...inputs.map((i) => `${i} MB/s`), ...inputs.map((i) => `${i} %`)], passes.map((p) => {
  const cells = inputs.map((i) => rate(get('pass', p, i)));
  const share = inputs.map((i) => {
    const r = get('pass', p, i);
    const a = get('pass', 'analyse', i);
    return r && a ? (100 * r.ns / a.ns).toFixed(1) : '–';
  });
  return [p, ...cells, ...share];
})));
console.log('\n`parse` is every pass but `checks`; `analyse` − `parse` − `checks` is building the output.');

console.log('\n## Decoders (`decode::decode`, MB/s of encoded input)\n');
const dec = found.filter((r) => r.group === 'decode');
const decInputs = [...new Set(dec.map((r) => r.value))].sort(order);
console.log(table(['form', ...decInputs.flatMap((i) => [`${i} KB`, `${i} ms`, `${i} MB/s`])],
  ['utf8', 'gb18030', 'utf16le', 'docx'].map((f) => [f, ...decInputs.flatMap((i) => {
    const r = get('decode', f, i);
    return [kb(r), ms(r), rate(r)];
  })])));

console.log('\n## Scaling: analyse of n × the 2025 report\n');
const sc = found.filter((r) => r.group === 'scaling').sort((a, b) => order(a.value, b.value));
const base = sc.find((r) => r.value === '1x');
console.log(table(['input', 'KB', 'ms', 'MB/s', 'time / (n × time of 1×)'], sc.map((r) => {
  const n = parseInt(r.value, 10);
  return [r.value, kb(r), ms(r), rate(r), base ? (r.ns / (n * base.ns)).toFixed(2) : '–'];
})));
save('criterion', { machine: machine(), results: found });
