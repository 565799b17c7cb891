// Where the wasm's bytes go: section sizes, and code size by crate from the function names of
// the un-stripped build (target/wasm32-unknown-unknown/release/report_lens.wasm, which
// scripts/build-wasm.sh leaves behind before wasm-bindgen and wasm-opt shrink it). Data
// segments (string tables, encoding_rs's index tables …) cannot be attributed by name: they
// are one line.
//
//   node bench/wasm-size.mjs [file.wasm]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, table } from './lib.mjs';

const file = process.argv[2] || path.join(process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target'),
  'wasm32-unknown-unknown/release/report_lens.wasm');
const b = fs.readFileSync(file);
let p = 8;
const leb = () => {
  let r = 0, s = 0, x;
  do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
  return r;
};
const str = () => { const n = leb(); const s = b.toString('utf8', p, p + n); p += n; return s; };

const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
const sections = [];
let imports = 0;
const bodies = [];
const names = new Map();
while (p < b.length) {
  const id = b[p++];
  const size = leb();
  const start = p;
  const end = p + size;
  let label = SECTIONS[id] || `#${id}`;
  if (id === 0) label = 'custom: ' + str();
  if (id === 2) {
    for (let n = leb(), i = 0; i < n; i++) {
      str(); str();
      const kind = b[p++];
      if (kind === 0) { leb(); imports++; } else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 3) { p += 2; }
    }
  } else if (id === 10) {
    for (let n = leb(), i = 0; i < n; i++) { const s = leb(); bodies.push(s + 1); p += s; }
  } else if (label === 'custom: name') {
    while (p < end) {
      const sub = b[p++];
      const len = leb();
      const subEnd = p + len;
      if (sub === 1) for (let n = leb(), i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); }
      p = subEnd;
    }
  }
  sections.push({ label, size: end - start });
  p = end;
}

/** The crate a (demangled or mangled) Rust symbol belongs to. */
function crateOf(name) {
  if (!name) return '(unnamed)';
  let n = name;
  const m = /^_ZN(\d+)/.exec(n);
  if (m) n = n.substr(3 + m[1].length, Number(m[1]));
  if (m && !n.startsWith('_$LT$')) return n;
  // v0 mangling: the first crate root `C[s<disambiguator>_]<len><name>` (the impl's crate).
  const v0 = m ? null : /^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_])/.exec(n);
  if (v0) { const at = v0.index + v0[0].length - 1; return n.substr(at, Number(v0[1])); }
  // legacy-escaped `_$LT$crate..path$u20$as$u20$…$GT$`.
  n = n.replace(/^_?\$LT\$/, '').replace(/\.\./g, '::');
  n = n.replace(/^<+/, '').replace(/^(dyn |&mut |&|\*const |\*mut )/, '');
  const c = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(n);
  return c ? c[1] : n.split(/[^A-Za-z0-9_]/)[0] || name;
}

const byCrate = new Map();
bodies.forEach((size, i) => {
  const c = crateOf(names.get(imports + i));
  const e = byCrate.get(c) || { size: 0, n: 0 };
  e.size += size; e.n++;
  byCrate.set(c, e);
});
const total = b.length;
console.log(`# ${path.relative(ROOT, file)}: ${(total / 1000).toFixed(1)} KB, ${bodies.length} functions\n`);
console.log(table(['section', 'KB', '%'], sections.filter((s) => s.size > 1000).sort((x, y) => y.size - x.size)
  .map((s) => [s.label, (s.size / 1000).toFixed(1), (100 * s.size / total).toFixed(1)])));
const code = bodies.reduce((a, x) => a + x, 0);
console.log(`\nCode by crate (${(code / 1000).toFixed(1)} KB of function bodies; before wasm-opt -Oz):\n`);
console.log(table(['crate', 'functions', 'KB', '% of code'], [...byCrate].sort((x, y) => y[1].size - x[1].size).slice(0, 20)
  .map(([c, e]) => [c, String(e.n), (e.size / 1000).toFixed(1), (100 * e.size / code).toFixed(1)])));
