#!/usr/bin/env bash
# Write the single-file build, dist/report-lens.html: page, styles, scripts, samples and the
# wasm (base64) inlined, so it opens from file:// with no server. Run after build-wasm.sh
# (`make dist` does both).
#
# Content Security Policy of the single file: inline code is allowed by SHA-256 hash, one per
# inline <script>/<style> (no 'unsafe-inline'); the wasm and the worker's source sit in
# non-executed data blocks (type="application/octet-stream" / "text/plain"); the worker runs
# from a blob: URL (worker-src blob:), WebAssembly compiles under 'wasm-unsafe-eval', and
# connect-src is 'none': the file fetches nothing at all.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f www/pkg/report_lens_bg.wasm ] || bash scripts/build-wasm.sh
mkdir -p dist
node - <<'JS'
const fs = require('fs');
const crypto = require('crypto');
const read = (p) => fs.readFileSync(p, 'utf8');
const sha = (s) => "'sha256-" + crypto.createHash('sha256').update(s, 'utf8').digest('base64') + "'";
const noClose = (name, s) => {
  if (/<\/script/i.test(s) || /<!--/.test(s)) throw new Error(name + ' contains </script or <!-- and cannot be inlined');
  return s;
};

let html = read('www/index.html');
const css = read('www/style.css');
const glue = read('www/pkg/report_lens.js');
const worker = read('www/worker.js');
const zip = read('www/zip.js');
const samples = read('www/pkg/samples.js').replace(/</g, '\\u003c');
const app = read('www/app.js');
const engine = read('www/engine.js');
const finish = read('www/finish.js');
const rules = read('www/rules.js');
const wasm = fs.readFileSync('www/pkg/report_lens_bg.wasm').toString('base64');

const samplesJs = noClose('samples.js', samples);
const appJs = noClose('app.js', app);
const engineJs = noClose('engine.js', engine);
const finishJs = noClose('finish.js', finish);
const rulesJs = noClose('rules.js', rules);
const workerSrc = noClose('worker source', glue + '\n' + zip + '\n' + worker);
const csp = [
  "default-src 'none'",
  `script-src ${sha(samplesJs)} ${sha(engineJs)} ${sha(finishJs)} ${sha(rulesJs)} ${sha(appJs)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "connect-src 'none'",
  'worker-src blob:',
  'img-src data:',
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const swap = (marker, replacement) => {
  const re = new RegExp(`<!--${marker}-->[\\s\\S]*?<!--/${marker}-->`);
  if (!re.test(html)) throw new Error('marker ' + marker + ' not found in www/index.html');
  html = html.replace(re, () => replacement);
};
swap('CSP', `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
swap('STYLE', `<style>${css}</style>`);
swap('SCRIPTS', [
  `<script type="application/octet-stream" id="rl-wasm">${wasm}</script>`,
  `<script type="text/plain" id="rl-worker">${workerSrc}</script>`,
  `<script>${samplesJs}</script>`,
  `<script>${engineJs}</script>`,
  `<script>${finishJs}</script>`,
  `<script>${rulesJs}</script>`,
  `<script>${appJs}</script>`,
].join('\n'));
fs.writeFileSync('dist/report-lens.html', html);
console.error(`dist: dist/report-lens.html ${fs.statSync('dist/report-lens.html').size} bytes`);
JS
