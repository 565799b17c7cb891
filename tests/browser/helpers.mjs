// Shared helpers for the browser tests: a static server for www/, Chromium via playwright-core,
// and the expected analysis of a text (the CLI's JSON, or the same wasm run in Node).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = path.join(ROOT, 'www');
export const SEEDS = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => path.join(ROOT, 'seeds', f));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Serve www/ on 127.0.0.1 (random port). Records every path it was asked for. */
export async function serve() {
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    // GETs only: a HEAD (the worker asking whether the full engine is there) fetches nothing.
    if (req.method !== 'HEAD') served.push(url.pathname);
    let p = path.normalize(path.join(WWW, decodeURIComponent(url.pathname)));
    if (!p.startsWith(WWW)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
    if (!fs.existsSync(p)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(p)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    fs.createReadStream(p).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, served, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** A fresh Chromium (own user-data-dir) and one context. */
export async function launch(options = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: true,
    ...options,
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push('dialog: ' + d.message()); d.dismiss(); });
  return {
    context, page, errors,
    close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

/** The single-file build (scripts/dist.sh). */
export const SINGLE_FILE = path.join(ROOT, 'dist/report-lens.html');

/**
 * Open the single-file build from file:// in a fresh Chromium and wait for its engine. Every
 * request is recorded; `b.foreign()` lists those for anything but the file itself, blob: and
 * data: (there must be none).
 */
export async function openSingleFile(options) {
  if (!fs.existsSync(SINGLE_FILE)) throw new Error(SINGLE_FILE + ' is missing (make dist)');
  const b = await launch(options);
  b.url = pathToFileURL(SINGLE_FILE).href;
  b.requests = [];
  b.context.on('request', (r) => b.requests.push(r.url()));
  b.foreign = () => b.requests.filter((r) => r !== b.url && !r.startsWith('blob:') && !r.startsWith('data:'));
  await b.page.goto(b.url);
  await b.page.evaluate(() => window.reportLens.ready);
  return b;
}

/** Wait until the page shows the analysis of exactly what is in the editor. */
export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => document.body.dataset.state === 'error' || (document.body.dataset.state === 'ready'
    && window.reportLens.analysis && window.reportLens.text === document.getElementById('editor').value), null, { timeout });
  if (await page.evaluate(() => document.body.dataset.state === 'error')) {
    throw new Error('the page could not analyse the text: ' + await page.textContent('#message'));
  }
}

/** Replace the editor's text as a paste would (select all, insert). */
export async function paste(page, text) {
  if (await page.isVisible('#tab-edit')) await page.click('#tab-edit');
  await page.focus('#editor');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
  await waitReady(page);
}

/** Drop files (name + bytes) on the page as a drag-and-drop from the desktop would. */
export async function dropFiles(page, files, selector = 'main') {
  const payload = files.map((f) => ({ name: f.name, type: f.type || '', b64: Buffer.from(f.bytes).toString('base64') }));
  const dt = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, payload);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, type, { dataTransfer: dt });
}

// ------------------------------------------------------------------ expected analysis
let nodeWasm = null;
function wasmInNode() {
  if (!nodeWasm) {
    const glue = fs.readFileSync(path.join(WWW, 'pkg/report_lens.js'), 'utf8');
    const ctx = vm.createContext({ TextEncoder, TextDecoder, WebAssembly, console, URL, location: { href: 'file:///' } });
    vm.runInContext(glue + '\n;globalThis.wasm_bindgen = wasm_bindgen;', ctx);
    // the {module} object must come from the glue's own realm
    vm.runInContext('(b) => wasm_bindgen.initSync({ module: b })', ctx)(new Uint8Array(fs.readFileSync(path.join(WWW, 'pkg/report_lens_bg.wasm'))));
    nodeWasm = ctx.wasm_bindgen;
  }
  return nodeWasm;
}
const CLI = path.join(ROOT, 'target/release/report-lens');
let cliWorks;
/** Where expectations come from: 'cli' when target/release/report-lens prints JSON, else 'wasm'. */
export function expectationSource() {
  if (cliWorks === undefined) {
    cliWorks = false;
    if (fs.existsSync(CLI)) {
      const r = spawnSync(CLI, ['analyse', '--json', SEEDS[0]], { encoding: 'utf8' });
      try { cliWorks = r.status === 0 && 'outline' in JSON.parse(r.stdout); } catch { cliWorks = false; }
    }
    if (!cliWorks) console.error('# expected analyses come from the wasm run in Node (target/release/report-lens analyse --json is not usable)');
  }
  return cliWorks ? 'cli' : 'wasm';
}
/** The analysis the CLI gives for a file (JSON round trip, as the page's export). */
export function expectedForFile(file) {
  if (expectationSource() === 'cli') {
    const r = spawnSync(CLI, ['analyse', '--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`report-lens analyse --json ${file} failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  }
  return expectedForText(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}
export function expectedForText(text) {
  return JSON.parse(JSON.stringify(wasmInNode().analyse(text)));
}
export function flattenOutline(nodes, out = []) {
  for (const n of nodes) { out.push(n); flattenOutline(n.children || [], out); }
  return out;
}

/** Make a GBK .txt and a .docx from a text with Python's standard library. */
export function makeFiles(text, dir) {
  const py = `
import sys, zipfile
from xml.sax.saxutils import escape
text, out = sys.stdin.read(), sys.argv[1]
open(out + '/report-gbk.txt', 'wb').write(text.encode('gbk', errors='replace'))
paras = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(l) for l in text.split('\\n'))
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)
with zipfile.ZipFile(out + '/report.docx', 'w', zipfile.ZIP_DEFLATED) as z:
  z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
  z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
  z.writestr('word/document.xml', doc)
`;
  const r = spawnSync('python3', ['-c', py, dir], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python3 could not make the test files: ' + r.stderr);
  return { gbk: path.join(dir, 'report-gbk.txt'), docx: path.join(dir, 'report.docx') };
}
