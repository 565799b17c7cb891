// report-lens: the zip container of a .docx, read in the worker with the browser's own
// inflater (DecompressionStream('deflate-raw')), so the page's wasm carries no zip reader or
// inflate code (−44 KB gzipped). RL_ZIP.unpack(bytes) reads the central directory and unpacks
// the entries the .docx reader needs (word/document.xml; without it, _rels/.rels, mimetype and
// every word/…xml, to find the main part or say what the file is), checking each one's CRC-32. It
// returns the wasm's `UnpackedZip` (src/wasm.rs `decodeDocx`): which part is the text, the size
// limits, every message and the XML → text rules stay in Rust (src/decode.rs), shared with the
// CLI, which reads the same zip with the `zip` crate.
/* exported RL_ZIP */
'use strict';
var RL_ZIP = (() => {
  // decode::Limits in src/decode.rs: an entry is never unpacked past max_xml + 1 bytes (the
  // wasm then refuses it), and a zip declaring more than max_entries entries is not listed.
  const MAX_PART = 64 * 1024 * 1024;
  const MAX_ENTRIES = 10000;
  // max_ratio and ratio_floor: an entry the wasm refuses as a zip bomb by its declared sizes.
  const MAX_RATIO = 200;
  const RATIO_FLOOR = 4 * 1024 * 1024;

  let table = null;
  function crc32(bytes) {
    if (!table) {
      table = new Int32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c;
      }
    }
    let c = -1;
    for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  }

  const u16 = (b, i) => b[i] | (b[i + 1] << 8);
  const u32 = (b, i) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
  const isZip = (b) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4B
    && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

  /** The central directory: {entries, declared} or {problem}. */
  function directory(b) {
    let eocd = -1;
    for (let i = b.length - 22, stop = Math.max(0, b.length - 22 - 0xFFFF); i >= stop; i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4B && b[i + 2] === 5 && b[i + 3] === 6) { eocd = i; break; }
    }
    if (eocd < 0) return { problem: '找不到 zip 目录（文件可能不完整）' };
    const declared = u16(b, eocd + 10);
    // 0xFFFF means "see the ZIP64 record": as in Rust, too many for any .docx.
    if (declared > MAX_ENTRIES) return { entries: [], declared };
    const size = u32(b, eocd + 12);
    let p = u32(b, eocd + 16);
    if (p + size > eocd) return { problem: 'zip 目录不完整' };
    const utf8 = new TextDecoder();
    const entries = [];
    for (let k = 0; k < declared; k++) {
      if (p + 46 > eocd || u32(b, p) !== 0x02014B50) return { problem: 'zip 目录不完整' };
      const nameLen = u16(b, p + 28);
      const e = {
        name: utf8.decode(b.subarray(p + 46, p + 46 + nameLen)),
        flags: u16(b, p + 8), method: u16(b, p + 10), crc: u32(b, p + 16),
        compressedSize: u32(b, p + 20), size: u32(b, p + 24), offset: u32(b, p + 42),
      };
      if (e.compressedSize === 0xFFFFFFFF || e.size === 0xFFFFFFFF || e.offset === 0xFFFFFFFF) {
        return { problem: 'ZIP64 格式的压缩包暂不支持' };
      }
      entries.push(e);
      p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
    }
    return { entries, declared };
  }

  /** Raw deflate through the browser, stopping after `cap` bytes of output. */
  async function inflate(data, cap) {
    const stream = new DecompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    writer.write(data).catch(() => {});
    writer.close().catch(() => {});
    const reader = stream.readable.getReader();
    const chunks = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      n += value.length;
      if (n >= cap) { reader.cancel().catch(() => {}); break; }
    }
    const out = new Uint8Array(Math.min(n, cap));
    let at = 0;
    for (const c of chunks) {
      if (at >= out.length) break;
      const part = c.subarray(0, out.length - at);
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  /** One entry's bytes ({data}) or why not ({error}: the detail of Rust's docx-broken message). */
  async function entry(b, e) {
    if (e.flags & 1) return { error: `无法读取 ${e.name}：条目已加密` };
    const p = e.offset;
    if (p + 30 > b.length || u32(b, p) !== 0x04034B50) return { error: `无法读取 ${e.name}：条目头损坏` };
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    if (start + e.compressedSize > b.length) return { error: `无法读取 ${e.name}：条目被截断` };
    const raw = b.subarray(start, start + e.compressedSize);
    let data;
    if (e.method === 0) data = raw.slice(0, MAX_PART + 1);
    else if (e.method === 8) {
      // Not the file's fault: say so (every current browser has it; an old one may not).
      if (typeof DecompressionStream === 'undefined') {
        return { error: `解压 ${e.name} 失败：此浏览器不支持 DecompressionStream，请换用较新的浏览器，或在 Word 中另存为 .txt 后再打开` };
      }
      try {
        data = await inflate(raw, MAX_PART + 1);
      } catch (err) {
        return { error: `解压 ${e.name} 失败：压缩数据损坏` };
      }
    } else return { error: `解压 ${e.name} 失败：不支持的压缩方式（${e.method}）` };
    if (data.length <= MAX_PART && (data.length !== e.size || crc32(data) !== e.crc)) {
      return { error: `解压 ${e.name} 失败：数据校验（CRC-32）不符，文件已损坏` };
    }
    return { data };
  }

  /** A zip's bytes → the wasm's UnpackedZip. Never throws: a zip it cannot read has `problem`. */
  async function unpack(bytes) {
    const dir = directory(bytes);
    if (dir.problem) return { entries: [], problem: dir.problem };
    const hasMain = dir.entries.some((e) => e.name === 'word/document.xml');
    const wanted = (n) => n === 'word/document.xml'
      || (!hasMain && (n === '_rels/.rels' || n === 'mimetype' || /^word\/.+\.xml$/.test(n)));
    const entries = [];
    for (const e of dir.entries) {
      const out = { name: e.name, size: e.size, compressedSize: e.compressedSize };
      // Over a limit by its declared sizes: the wasm refuses it without the bytes.
      const bomb = e.size > MAX_PART || (e.size > RATIO_FLOOR && Math.floor(e.size / Math.max(1, e.compressedSize)) > MAX_RATIO);
      if (wanted(e.name) && !bomb) Object.assign(out, await entry(bytes, e));
      entries.push(out);
    }
    return { entries, declared: dir.declared };
  }

  return { isZip, unpack, crc32 };
})();
