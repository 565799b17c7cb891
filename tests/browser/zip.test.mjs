// www/zip.js on its own in Node (no browser needed): the page's zip reader unpacks what the
// wasm's .docx reader asks for, and says plainly when the browser, not the file, is at fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { WWW } from './helpers.mjs';
import { crc32, zip } from './zipfile.mjs';

/** RL_ZIP from www/zip.js in a fresh context; `withInflater` gives it Node's DecompressionStream. */
function load(withInflater) {
  const ctx = { TextDecoder, Uint8Array, Math };
  if (withInflater) ctx.DecompressionStream = DecompressionStream;
  vm.createContext(ctx);
  vm.runInContext(fs.readFileSync(path.join(WWW, 'zip.js'), 'utf8') + '\nthis.RL_ZIP = RL_ZIP;', ctx);
  return ctx.RL_ZIP;
}
const XML = Buffer.from('<w:document><w:body><w:p><w:r><w:t>某镇2024年工作总结 𠮷</w:t></w:r></w:p></w:body></w:document>');
const deflated = (name, data) => ({ name, data: zlib.deflateRawSync(data), method: 8, declared: data.length, crc: crc32(data) });

test('a deflated entry unpacks to its bytes, a stored one as it is', async () => {
  const z = load(true);
  const out = await z.unpack(new Uint8Array(zip([deflated('word/document.xml', XML), { name: 'word/styles.xml', data: XML }])));
  assert.equal(out.problem, undefined);
  assert.deepEqual(Buffer.from(out.entries[0].data), XML);
  // Only the main part is unpacked when it is there: the styles stay packed.
  assert.equal(out.entries[1].data, undefined);
});

test('without word/document.xml, a main part in a sub-folder of word/ is unpacked too (as the CLI reads it)', async () => {
  const z = load(true);
  const out = await z.unpack(new Uint8Array(zip([deflated('word/sub/main.xml', XML)])));
  assert.deepEqual(Buffer.from(out.entries[0].data), XML);
});

test('a browser without DecompressionStream is named as the cause, not the file', async () => {
  const z = load(false);
  const out = await z.unpack(new Uint8Array(zip([deflated('word/document.xml', XML)])));
  assert.match(out.entries[0].error, /此浏览器不支持 DecompressionStream/);
  assert.doesNotMatch(out.entries[0].error, /损坏/);
  // A stored entry needs no inflater and still reads.
  const stored = await z.unpack(new Uint8Array(zip([{ name: 'word/document.xml', data: XML }])));
  assert.deepEqual(Buffer.from(stored.entries[0].data), XML);
});
