// Instructions V8 spends in one `analyse(text)` of the page's wasm, for comparing builds on a
// busy machine where wall clock is noise. Runs itself twice under callgrind (Node 20, TurboFan
// only: --no-liftoff --no-wasm-tier-up, one thread), with 5 and with 25 calls after the same
// warm-up, and prints (instructions of 25 − instructions of 5) / 20 — compilation, start-up and
// the warm-up cancel out (repeatable to ~1%).
//
//   node bench/v8-instructions.mjs [path/to/report_lens_bg.wasm] [text file]
//
// The glue (report_lens.js) is taken from the wasm's directory; default wasm www/pkg, default
// text fixtures/gov-work-report-2025.txt. Needs valgrind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

if (process.env.RL_V8_CALLS) {
  // Child: load, warm up, then make the counted calls.
  const [wasmPath, textPath] = process.argv.slice(2);
  const glue = fs.readFileSync(path.join(path.dirname(wasmPath), 'report_lens.js'), 'utf8');
  const ctx = vm.createContext({ TextEncoder, TextDecoder, WebAssembly, console, URL, location: { href: 'file:///' } });
  vm.runInContext(glue + '\n;globalThis.wasm_bindgen = wasm_bindgen;', ctx);
  vm.runInContext('(b) => wasm_bindgen.initSync({ module: b })', ctx)(new Uint8Array(fs.readFileSync(wasmPath)));
  const text = fs.readFileSync(textPath, 'utf8').replace(/^\uFEFF/, '');
  const wb = ctx.wasm_bindgen;
  let n = 0;
  for (let i = 0; i < 3; i++) n += wb.analyse(text).metrics.length;
  for (let i = 0; i < Number(process.env.RL_V8_CALLS); i++) n += wb.analyse(text).metrics.length;
  if (!n) throw new Error('no metrics');
} else {
  const wasmPath = path.resolve(process.argv[2] || path.join(ROOT, 'www/pkg/report_lens_bg.wasm'));
  const textPath = path.resolve(process.argv[3] || path.join(ROOT, 'fixtures/gov-work-report-2025.txt'));
  const count = (calls) => {
    const out = path.join(os.tmpdir(), `rl-v8-${process.pid}-${calls}.cg`);
    execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`,
      process.execPath, '--single-threaded', '--no-liftoff', '--no-wasm-tier-up', self, wasmPath, textPath],
    { env: { ...process.env, RL_V8_CALLS: String(calls) }, stdio: ['ignore', 'ignore', 'pipe'] });
    const summary = fs.readFileSync(out, 'utf8').match(/^summary: (\d+)/m);
    fs.unlinkSync(out);
    return Number(summary[1]);
  };
  const few = count(5);
  const many = count(25);
  console.log(`${path.relative(ROOT, wasmPath)}: ${((many - few) / 20 / 1e6).toFixed(2)} M instructions per analyse`);
}
