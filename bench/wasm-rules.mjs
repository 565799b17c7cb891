// House rules at the wasm edge: what one keystroke's analysis costs with N word rules, when the
// rules are those of the previous call (the page's case: src/wasm.rs keeps the last compiled
// set) and when they differ from it (compiled again: every call before the cache). The page's
// wasm (www/pkg) in Node; median of repeated calls on the first 200 and 10,000 characters of the 2025 report.
//
//   node bench/wasm-rules.mjs      (after bash scripts/build-wasm.sh)
import { loadWasm, texts, prefixChars, time, table, machine } from './lib.mjs';

const wasm = loadWasm();
const report = texts().find((t) => t.name === 'report-2025');
// Rules packed as the page sends them: six fields joined by U+0001, rules by U+0002.
const pack = (rules) => rules.map((r) => [r.word, '', r.replacement, '', 'warning', '1'].join('\u0001')).join('\u0002');
const words = (n, salt) => Array.from({ length: n }, (_, i) => ({ word: '规则词' + salt + i, replacement: '替换' + i }));

const rows = [];
for (const chars of [200, 10000]) {
  const text = prefixChars(report.text, chars);
  for (const n of [0, 1000, 5000]) {
    const base = pack(words(n, ''));
    const same = { rules: base };
    const cached = time(() => wasm.analyseWith(text, same));
    let k = 0;
    const fresh = time(() => wasm.analyseWith(text, { rules: base + '\u0002' + pack(words(1, 'x' + k++)) }));
    rows.push([chars, n, cached.ms.toFixed(2) + ' ms', fresh.ms.toFixed(2) + ' ms']);
  }
}
console.log(machine());
console.log('analyseWith on the first characters of the 2025 report, median ms a call\n');
console.log(table(['characters', 'word rules', 'same rules as the last call (cached)', 'rules changed (compiled)'], rows));
