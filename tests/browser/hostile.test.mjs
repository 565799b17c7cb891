// Hostile and broken input in real Chromium: markup in text and in .docx stays text, the CSP
// blocks injected code and every connection, broken files get their message, edits survive
// switching files and a reload, CRLF files are announced and saved back with CRLF.
// Rows of the table in docs/HARDENING.md. `RL_SLOW=1` adds the 50 MB paste (minutes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, SEEDS, serve, launch, paste, waitReady, dropFiles, openSingleFile, SINGLE_FILE } from './helpers.mjs';
import { crc32, zip } from './zipfile.mjs';

let srv;
before(async () => { srv = await serve(); });
after(async () => { await srv.close(); });

const OWN = new Set(['/', '/index.html', '/style.css', '/engine.js', '/app.js', '/finish.js', '/rules.js', '/worker.js', '/zip.js', '/sw.js', '/pkg/samples.js',
  '/pkg/report_lens.js', '/pkg/report_lens_bg.wasm',
  '/pkg/report_lens_full.js', '/pkg/report_lens_full_bg.wasm']);

/** Open the served page; records every request and CSP violation. */
async function open() {
  const b = await launch();
  b.requests = [];
  b.context.on('request', (r) => b.requests.push(r.url()));
  await b.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await b.page.goto(srv.origin + '/');
  await b.page.evaluate(() => window.reportLens.ready);
  return b;
}
const foreign = (b) => b.requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')
  && !(u.startsWith(srv.origin + '/') && OWN.has(new URL(u).pathname)));

// ------------------------------------------------------------------ files made here
const CT = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="https://example.com/track.png" TargetMode="External"/></Relationships>';
const W = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const docXml = (text) => W + text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('') + '</w:body></w:document>';
const docx = (xml, extra = []) => zip([{ name: '[Content_Types].xml', data: CT }, { name: '_rels/.rels', data: RELS },
  { name: 'word/document.xml', data: xml }, ...extra]);

const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg/onload=window.__xss=3>',
  '"><iframe srcdoc="<script>parent.__xss=4</script>">',
  'javascript:window.__xss=5',
  '</textarea><script>window.__xss=7</script>',
  '<style>*{display:none}</style><link rel=stylesheet href=https://example.com/x.css>',
  '&lt;b&gt; &amp; &#x3C;script&#x3E;',
];
const XSS_REPORT = [
  '<img src=x onerror="window.__xss=10">工作汇报',
  '各位领导<script>window.__xss=11</script>：',
  ...XSS.map((p, i) => `${['一', '二', '三', '四', '五', '六', '七', '八'][i]}、${p}情况`),
  '全镇共有20个<b onmouseover="window.__xss=12">党支部</b>，xxx<img src=x onerror=window.__xss=13>镇，完成XX%。',
  '汇报人：<a href="javascript:window.__xss=14">张三</a>',
].join('\n');

/** No payload ran, no element came from report text, and the view shows the text exactly. */
async function assertInert(page, label) {
  const r = await page.evaluate(() => {
    const roots = ['#view', '#outline', '#findings', '#placeholders', '#metrics', '#summary', '#message', '#files'];
    const bad = [];
    for (const sel of roots) {
      for (const e of document.querySelectorAll(sel + ' *')) {
        if (/^(SCRIPT|IMG|SVG|IFRAME|STYLE|LINK|A|B|OBJECT|EMBED)$/i.test(e.tagName)) bad.push(sel + ' ' + e.tagName);
        for (const a of e.attributes) if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) bad.push(sel + ' @' + a.name);
      }
    }
    return {
      xss: window.__xss, bad,
      view: [...document.querySelectorAll('#view .ln')].map((l) => l.textContent).join('\n'),
      text: document.getElementById('editor').value,
      violations: window.__violations,
    };
  });
  assert.equal(r.xss, undefined, `${label}: a payload ran`);
  assert.deepEqual(r.bad, [], `${label}: report text became markup`);
  assert.equal(r.view, r.text, `${label}: the view shows the text unchanged`);
  return r;
}

test('XSS payloads pasted as text render as text; injected code is refused by the CSP', async () => {
  const b = await open();
  try {
    await paste(b.page, XSS_REPORT);
    const r = await assertInert(b.page, 'paste');
    assert.equal(r.text, XSS_REPORT);
    const outline = await b.page.evaluate(() => [...document.querySelectorAll('#outline .tt')].map((e) => e.textContent));
    assert.ok(outline.some((t) => t.includes('<script>')), 'headings with markup are listed as text');
    // Hover and click everything the report produced: nothing runs.
    for (const sel of ['#view span', '#outline button', '#findings button']) {
      const n = Math.min(await b.page.locator(sel).count(), 20);
      for (let i = 0; i < n; i++) await b.page.locator(sel).nth(i).hover({ force: true }).catch(() => {});
    }
    assert.equal(await b.page.evaluate(() => window.__xss), undefined);

    // The CSP: Trusted Types make HTML sinks refuse strings; inline handlers and scripts do not run.
    const csp = await b.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(csp, /connect-src 'self'/);
    const probe = await b.page.evaluate(async () => {
      const out = {};
      try { document.getElementById('view').innerHTML = '<img src=x onerror="window.__xss=20">'; out.innerHTML = 'allowed'; } catch (e) { out.innerHTML = e.name; }
      try { const s = document.createElement('script'); s.textContent = 'window.__xss=21'; document.body.appendChild(s); out.script = 'appended'; } catch (e) { out.script = e.name; }
      try {
        const d = document.createElement('div');
        d.setAttribute('onclick', 'window.__xss=22');
        document.body.appendChild(d);
        d.click();
        out.handler = 'set';
      } catch (e) { out.handler = e.name; }
      try { await fetch('https://example.com/beacon', { mode: 'no-cors' }); out.fetch = 'sent'; } catch (e) { out.fetch = 'blocked'; }
      await new Promise((r) => setTimeout(r, 100));
      return { ...out, xss: window.__xss, violations: window.__violations };
    });
    assert.equal(probe.innerHTML, 'TypeError', 'innerHTML with a string is refused');
    assert.equal(probe.script, 'TypeError', 'a script with string source is refused');
    assert.equal(probe.handler, 'TypeError', 'an inline event handler is refused');
    assert.equal(probe.fetch, 'blocked', 'a request to another origin is refused');
    assert.equal(probe.xss, undefined);
    assert.ok(probe.violations.some((v) => v.startsWith('connect-src')), probe.violations.join('; '));
    assert.deepEqual(foreign(b), []);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('XSS payloads inside a .docx, and in file names, render as text', async () => {
  const b = await open();
  try {
    await dropFiles(b.page, [
      { name: 'xss.docx', bytes: docx(docXml(XSS_REPORT)) },
      { name: '<img src=x onerror="window.__xss=30">.txt', bytes: Buffer.from('一、<b>情况</b>\n共有3个。'), type: 'text/plain' },
    ]);
    await b.page.waitForSelector('#files button >> nth=1');
    await waitReady(b.page);
    const r = await assertInert(b.page, 'docx');
    assert.equal(r.text, XSS_REPORT, 'the .docx text is exactly the paragraphs, markup included');
    await b.page.click('#files button >> nth=1');
    await b.page.waitForFunction(() => document.getElementById('editor').value.startsWith('一、<b>'));
    await waitReady(b.page);
    await assertInert(b.page, 'file name');
    assert.match(await b.page.textContent('#files'), /<img src=x onerror/);
    assert.deepEqual(foreign(b), [], 'the external image named in the .docx is never fetched');
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

async function focusEditor(page) {
  if (await page.isVisible('#tab-edit')) await page.click('#tab-edit');
  await page.focus('#editor');
}

/** Drop a file built inside the page (for sizes too big to send through the test driver). */
async function dropGenerated(page, name, kind, size) {
  const dt = await page.evaluateHandle(({ name, kind, size }) => {
    let bytes;
    if (kind === 'zeros') bytes = new Uint8Array(size);
    else { bytes = new Uint8Array(size); bytes.fill(0x61); }
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    return dt;
  }, { name, kind, size });
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: dt });
}

const seed0 = () => fs.readFileSync(SEEDS[0], 'utf8');
const HOSTILE = [
  { name: 'bomb.docx', what: 'zip bomb, 1 GiB declared',
    bytes: () => zip([{ name: '[Content_Types].xml', data: CT },
      { name: '_rels/.rels', data: RELS }, { name: 'word/document.xml', data: zlib.deflateRawSync(Buffer.alloc(4 << 20, 'a')), method: 8, declared: 2 ** 30 }]),
    error: /解压后有 1024\.0 MiB/ },
  { name: 'ratio.docx', what: 'zip bomb by ratio (1000:1)',
    bytes: () => zip([{ name: 'word/document.xml', data: zlib.deflateRawSync(Buffer.alloc(16 << 20, 'a')), method: 8, declared: 16 << 20 }]),
    error: /压缩炸弹/ },
  { name: 'liar.docx', what: 'zip bomb, size in headers lies (100 MiB real)',
    bytes: () => zip([{ name: 'word/document.xml', data: zlib.deflateRawSync(Buffer.alloc(100 << 20, 'a')), method: 8, declared: 1000 }]),
    error: /上限|损坏/ },
  { name: 'many.docx', what: '20 000 zip entries',
    bytes: () => zip([{ name: 'word/document.xml', data: docXml('工作') }, ...Array.from({ length: 20000 }, (_, i) => ({ name: `m/${i}`, data: '' }))]),
    error: /20001 个压缩条目/ },
  { name: 'deep.docx', what: 'XML nested 100 000 deep',
    bytes: () => docx(W + '<w:p>'.repeat(100000) + '</w:p>'.repeat(100000) + '</w:body></w:document>'), error: /嵌套超过 1000 层/ },
  { name: 'bad.docx', what: 'malformed XML', bytes: () => docx(W + '<w:p><w:t>一</w:p></w:t></w:body></w:document>'), error: /XML 格式错误/ },
  { name: 'cut.docx', what: 'truncated .docx', bytes: () => docx(docXml(seed0())).subarray(0, 3000), error: /已损坏/ },
  { name: 'nul.txt', what: 'NUL bytes', bytes: () => Buffer.alloc(100000), error: /不是文本文件/ },
  // The page reads the zip in JavaScript (www/zip.js): a damaged entry is refused, not half read.
  { name: 'crc.docx', what: 'stored entry whose CRC-32 does not match',
    bytes: () => zip([{ name: 'word/document.xml', data: docXml(seed0()), crc: 0x12345678 }]), error: /CRC-32.*已损坏|已损坏.*CRC-32/ },
  { name: 'flipped.docx', what: 'deflated entry with damaged bytes',
    bytes: () => {
      const data = zlib.deflateRawSync(Buffer.from(docXml(seed0())));
      for (let i = 40; i < data.length; i += 97) data[i] ^= 0x5a;
      return zip([{ name: 'word/document.xml', data, method: 8, declared: Buffer.byteLength(docXml(seed0())), crc: crc32(Buffer.from(docXml(seed0()))) }]);
    },
    error: /已损坏/ },
  { name: 'nodir.docx', what: 'zip without its central directory', bytes: () => docx(docXml(seed0())).subarray(0, -22), error: /zip 目录/ },
];

test('broken and hostile files get a clear message; nothing else is replaced', async () => {
  const b = await open();
  try {
    await paste(b.page, seed0());
    for (const h of HOSTILE) {
      await dropFiles(b.page, [{ name: h.name, bytes: h.bytes() }]);
      await b.page.waitForFunction((n) => { const m = document.getElementById('message'); return !m.hidden && m.textContent.includes(n); }, h.name, { timeout: 60000 });
      const msg = await b.page.textContent('#message');
      assert.match(msg, h.error, `${h.what}: ${msg}`);
      assert.equal(await b.page.inputValue('#editor'), seed0(), `${h.what}: the text being edited is kept`);
    }
    // Over the 64 MiB limit, and a file of NULs, made inside the page.
    await dropGenerated(b.page, 'huge.txt', 'a', (64 << 20) + 1);
    await b.page.waitForFunction(() => document.getElementById('message').textContent.includes('huge.txt'), null, { timeout: 120000 });
    assert.match(await b.page.textContent('#message'), /文件太大（64\.0 MiB），超过 64\.0 MiB 的上限/);
    assert.equal(await b.page.inputValue('#editor'), seed0());
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('a .docx with stored and with deflated entries reads to the same text; a corrupt one beside it loses nothing', async () => {
  const b = await open();
  try {
    const text = seed0().replace(/\r\n?/g, '\n');
    const xml = Buffer.from(docXml(text));
    const stored = docx(xml);
    const deflated = zip([{ name: '[Content_Types].xml', data: zlib.deflateRawSync(Buffer.from(CT)), method: 8, declared: CT.length, crc: crc32(Buffer.from(CT)) },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: zlib.deflateRawSync(xml), method: 8, declared: xml.length, crc: crc32(xml) }]);
    const corrupt = Buffer.from(deflated);
    corrupt.writeUInt32LE(0, corrupt.length - 22 + 16); // the directory's offset now points at a local header
    await dropFiles(b.page, [{ name: 'stored.docx', bytes: stored }, { name: 'deflated.docx', bytes: deflated }, { name: 'corrupt.docx', bytes: corrupt }]);
    await b.page.waitForSelector('#files button >> nth=1');
    await b.page.waitForFunction(() => document.getElementById('message').textContent.includes('corrupt.docx'), null, { timeout: 60000 });
    assert.match(await b.page.textContent('#message'), /corrupt\.docx.*(已损坏|zip 目录)/);
    const listed = await b.page.locator('#files button').allTextContents();
    assert.deepEqual(listed.map((t) => t.replace(/docx.*$/, 'docx')), ['stored.docx', 'deflated.docx', 'corrupt.docx'], listed.join(' | '));
    assert.match(listed[2], /无法读取/, 'the corrupt file is listed as unreadable');
    for (const name of ['stored.docx', 'deflated.docx']) {
      await b.page.click(`#files button:has-text("${name}")`);
      await b.page.waitForFunction((t) => document.getElementById('editor').value === t, text, { timeout: 60000 });
      await waitReady(b.page);
    }
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('damaged and mixed encodings are read with a notice', async () => {
  const b = await open();
  try {
    const text = seed0();
    const mid = Buffer.from(text).indexOf(Buffer.from('。')) + 3;
    const damaged = Buffer.concat([Buffer.from(text).subarray(0, mid), Buffer.from([0xff, 0xc0]), Buffer.from(text).subarray(mid)]);
    await dropFiles(b.page, [{ name: 'damaged.txt', bytes: damaged }]);
    await b.page.waitForFunction(() => document.getElementById('editor').value.includes('\uFFFD'));
    assert.match(await b.page.textContent('#message'), /2 处字节.*U\+FFFD/);
    assert.equal(await b.page.inputValue('#editor'), new TextDecoder().decode(damaged), 'exactly what was decoded');
    // A UTF-8 file with a GBK paragraph (made with Python, Node has no GBK encoder).
    const { spawnSync } = await import('node:child_process');
    const gbk = spawnSync('python3', ['-c', 'import sys; sys.stdout.buffer.write("二、存在的问题\\n一是学习不够深入。\\n".encode("gbk"))']).stdout;
    const mixed = Buffer.concat([Buffer.from(text), gbk]);
    await dropFiles(b.page, [{ name: 'mixed.txt', bytes: mixed }]);
    await b.page.waitForFunction(() => document.getElementById('message').textContent.includes('mixed.txt'));
    const msg = await b.page.textContent('#message');
    if (/混合/.test(msg)) assert.equal(await b.page.inputValue('#editor'), text + '二、存在的问题\n一是学习不够深入。\n');
    else assert.match(msg, /U\+FFFD/, 'an older wasm build at least says what it replaced');
  } finally { await b.close(); }
});

test('edits survive switching files, opening a file again, and a reload; drafts can be discarded', async () => {
  const b = await open();
  try {
    await dropFiles(b.page, [
      { name: 'a.txt', bytes: Buffer.from('一、甲\n完成3个项目。'), type: 'text/plain' },
      { name: 'b.txt', bytes: Buffer.from('一、乙\n完成4个项目。'), type: 'text/plain' },
    ]);
    await b.page.waitForSelector('#files button >> nth=1');
    await waitReady(b.page);
    await focusEditor(b.page);
    await b.page.keyboard.press('ControlOrMeta+End');
    await b.page.keyboard.type('甲的修改。');
    await b.page.click('#files button:has-text("b.txt")');
    await b.page.waitForFunction(() => document.getElementById('editor').value.startsWith('一、乙'));
    await focusEditor(b.page);
    await b.page.keyboard.press('ControlOrMeta+End');
    await b.page.keyboard.type('乙的修改。');
    await b.page.click('#files button:has-text("a.txt")');
    await b.page.waitForFunction(() => document.getElementById('editor').value === '一、甲\n完成3个项目。甲的修改。');
    // Dropping a.txt again does not overwrite the edited one.
    await dropFiles(b.page, [{ name: 'a.txt', bytes: Buffer.from('一、甲\n完成3个项目。'), type: 'text/plain' }]);
    await b.page.waitForSelector('#files button:has-text("a.txt (2)")');
    await b.page.click('#files button:has-text("b.txt")');
    await b.page.waitForFunction(() => document.getElementById('editor').value === '一、乙\n完成4个项目。乙的修改。');
    await b.page.click('#files button >> nth=0');
    await b.page.waitForFunction(() => document.getElementById('editor').value.endsWith('甲的修改。'));
    // A long edit, then a reload.
    const long = seed0() + '\n' + '补充说明：本季度共走访群众120户。'.repeat(2000);
    await paste(b.page, long);
    await b.page.waitForFunction(() => document.body.dataset.draft === 'saved', null, { timeout: 30000 });
    await b.page.reload();
    await b.page.evaluate(() => window.reportLens.ready);
    await b.page.waitForFunction((n) => document.getElementById('editor').value.length === n, long.length);
    assert.equal(await b.page.inputValue('#editor'), long, 'the edit is back after the reload');
    assert.match(await b.page.textContent('#message'), /已恢复.*草稿/);
    const names = await b.page.$$eval('#files button .name', (e) => e.map((x) => x.textContent));
    assert.deepEqual(names, ['a.txt', 'b.txt', 'a.txt (2)']);
    await b.page.click('#files button:has-text("b.txt")');
    await b.page.waitForFunction(() => document.getElementById('editor').value.endsWith('乙的修改。'));
    // Discard: gone after the next reload too.
    await b.page.click('#discard-draft');
    // Discarding waits for IndexedDB before it clears the editor.
    await b.page.waitForFunction(() => document.getElementById('editor').value === '', null, { timeout: 10000 });
    assert.equal(await b.page.inputValue('#editor'), '');
    await b.page.reload();
    await b.page.evaluate(() => window.reportLens.ready);
    assert.equal(await b.page.inputValue('#editor'), '');
    assert.deepEqual(foreign(b), [], 'drafts never leave the browser');
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('a CRLF file is announced; analysis and exports use the text shown; 保存文本 restores CRLF', async () => {
  const b = await open();
  try {
    const crlf = seed0().replace(/\r?\n/g, '\r\n');
    await dropFiles(b.page, [{ name: 'crlf.txt', bytes: Buffer.from(crlf), type: 'text/plain' }]);
    await b.page.waitForFunction(() => document.getElementById('editor').value.length > 0);
    await waitReady(b.page);
    assert.match(await b.page.textContent('#message'), /CRLF/);
    const shown = await b.page.inputValue('#editor');
    assert.equal(shown, crlf.replace(/\r\n/g, '\n'));
    const dl = b.page.waitForEvent('download');
    await b.page.click('#save-text');
    assert.equal(fs.readFileSync(await (await dl).path(), 'utf8'), crlf, 'saved byte for byte as the file was');
    const dl2 = b.page.waitForEvent('download');
    await b.page.click('#export-json');
    const a = JSON.parse(fs.readFileSync(await (await dl2).path(), 'utf8'));
    for (const m of a.metrics) assert.equal(shown.slice(m.start, m.end), m.text, 'offsets refer to the text shown');
    assert.deepEqual(foreign(b), []);
  } finally { await b.close(); }
});

test('the single-file build: strict CSP, nothing fetched, no third-party code', async () => {
  const html = fs.readFileSync(SINGLE_FILE, 'utf8');
  assert.doesNotMatch(html, /\b(src|href)\s*=\s*["']?(https?:|\/\/)|@import|\bimport\s*\(|importScripts\s*\(\s*["']http/i,
    'no script, style or module loaded from a URL');
  // Absolute URLs appear only in comments (the wasm-bindgen glue cites MDN).
  const urls = html.split('\n').filter((l) => /https?:\/\//.test(l) && !/^\s*(\/\/|\*)/.test(l)
    && !/xmlns|schemas\.openxmlformats|www\.w3\.org/.test(l));
  assert.deepEqual(urls, [], 'no URL outside comments');
  const b = await openSingleFile();
  try {
    await paste(b.page, XSS_REPORT);
    assert.equal(await b.page.evaluate(() => window.__xss), undefined);
    await dropFiles(b.page, [{ name: 'xss.docx', bytes: docx(docXml(XSS_REPORT)) }]);
    await b.page.waitForFunction(() => document.querySelectorAll('#files button').length === 2);
    await waitReady(b.page);
    const dl = b.page.waitForEvent('download');
    await b.page.click('#export-csv');
    await dl;
    const csp = await b.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /connect-src 'none'/);
    assert.equal(await b.page.evaluate(async () => { try { await fetch('data:,x'); return 'sent'; } catch { return 'blocked'; } }), 'blocked');
    assert.deepEqual(b.foreign(), []);
    assert.equal(await b.page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('a 50 MB paste is analysed in the worker without losing text', { skip: !process.env.RL_SLOW && 'set RL_SLOW=1' }, async () => {
  const b = await open();
  try {
    const seed = seed0();
    const n = Math.ceil((50 << 20) / Buffer.byteLength(seed));
    await b.page.evaluate(({ seed, n }) => {
      window.__gaps = [];
      let last = performance.now();
      const beat = () => { const now = performance.now(); window.__gaps.push(now - last); last = now; window.__beat = requestAnimationFrame(beat); };
      window.__beat = requestAnimationFrame(beat);
      const ed = document.getElementById('editor');
      ed.value = seed.repeat(n);
      ed.dispatchEvent(new Event('input', { bubbles: true }));
    }, { seed, n });
    const t0 = Date.now();
    await waitReady(b.page, 15 * 60000);
    const r = await b.page.evaluate(() => {
      cancelAnimationFrame(window.__beat);
      const g = [...window.__gaps].sort((x, y) => x - y);
      return { len: document.getElementById('editor').value.length, stats: window.reportLens.analysis.stats,
        frames: g.length, p95: g[Math.floor(g.length * 0.95)], max: g[g.length - 1], draft: document.body.dataset.draft };
    });
    console.error(`# 50 MB paste: ${Buffer.byteLength(seed) * n} bytes, ${r.len} UTF-16 units, ready in ${Date.now() - t0} ms; frames ${r.frames}, p95 gap ${r.p95.toFixed(0)} ms, max gap ${r.max.toFixed(0)} ms; draft ${r.draft}`);
    assert.equal(r.len, seed.length * n);
    assert.equal(r.stats.utf16_len, r.len);
  } finally { await b.close(); }
});
