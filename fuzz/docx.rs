//! Hand-made zip and `.docx` files for the hostile tests and the fuzzers: a minimal zip writer
//! (stored or raw-deflate entries, with sizes that may lie) and a deflate stream that inflates
//! to any number of zero bytes (a zip bomb) without ever holding them in memory.
//! Included with `#[path]`; no dependencies.

#![allow(dead_code)]

/// CRC-32 (IEEE), as zip stores it.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// One zip entry as it will be written.
pub struct Entry {
    pub name: String,
    /// 0 = stored, 8 = deflate.
    pub method: u16,
    /// The bytes stored in the file (already compressed when `method` is 8).
    pub data: Vec<u8>,
    pub crc: u32,
    /// Uncompressed size written in the headers (may lie).
    pub declared_size: u32,
}

impl Entry {
    pub fn stored(name: &str, data: &[u8]) -> Entry {
        Entry { name: name.into(), method: 0, data: data.to_vec(), crc: crc32(data), declared_size: data.len() as u32 }
    }
}

/// A zip archive of `entries`; `declared_entries` overrides the count in the end record.
pub fn zip(entries: &[Entry], declared_entries: Option<u16>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let le16 = |v: &mut Vec<u8>, x: u16| v.extend_from_slice(&x.to_le_bytes());
    let le32 = |v: &mut Vec<u8>, x: u32| v.extend_from_slice(&x.to_le_bytes());
    for e in entries {
        let offset = out.len() as u32;
        le32(&mut out, 0x0403_4b50);
        le16(&mut out, 20); // version needed
        le16(&mut out, 0x0800); // flags: UTF-8 names
        le16(&mut out, e.method);
        le16(&mut out, 0);
        le16(&mut out, 0x21); // time, date
        le32(&mut out, e.crc);
        le32(&mut out, e.data.len() as u32);
        le32(&mut out, e.declared_size);
        le16(&mut out, e.name.len() as u16);
        le16(&mut out, 0);
        out.extend_from_slice(e.name.as_bytes());
        out.extend_from_slice(&e.data);

        le32(&mut central, 0x0201_4b50);
        le16(&mut central, 20); // made by
        le16(&mut central, 20);
        le16(&mut central, 0x0800);
        le16(&mut central, e.method);
        le16(&mut central, 0);
        le16(&mut central, 0x21);
        le32(&mut central, e.crc);
        le32(&mut central, e.data.len() as u32);
        le32(&mut central, e.declared_size);
        le16(&mut central, e.name.len() as u16);
        le16(&mut central, 0); // extra
        le16(&mut central, 0); // comment
        le16(&mut central, 0); // disk
        le16(&mut central, 0); // internal attributes
        le32(&mut central, 0); // external attributes
        le32(&mut central, offset);
        central.extend_from_slice(e.name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    let cd_len = central.len() as u32;
    out.extend_from_slice(&central);
    let n = declared_entries.unwrap_or(entries.len().min(0xFFFF) as u16);
    le32(&mut out, 0x0605_4b50);
    le16(&mut out, 0);
    le16(&mut out, 0);
    le16(&mut out, n);
    le16(&mut out, n);
    le32(&mut out, cd_len);
    le32(&mut out, cd_offset);
    le16(&mut out, 0);
    out
}

pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
pub const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
pub const W_OPEN: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;
pub const W_CLOSE: &str = "</w:body></w:document>";

/// XML-escape text for a `w:t`.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `word/document.xml` with one paragraph per line of `text`.
pub fn document_xml(text: &str) -> String {
    let mut x = String::from(W_OPEN);
    for line in text.split('\n') {
        x.push_str("<w:p><w:r><w:t xml:space=\"preserve\">");
        x.push_str(&escape(line));
        x.push_str("</w:t></w:r></w:p>");
    }
    x.push_str(W_CLOSE);
    x
}

/// A `.docx` whose main part is exactly `xml` (stored, not compressed).
pub fn docx_with_xml(xml: &[u8]) -> Vec<u8> {
    zip(
        &[
            Entry::stored("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
            Entry::stored("_rels/.rels", RELS.as_bytes()),
            Entry::stored("word/document.xml", xml),
        ],
        None,
    )
}

/// A `.docx` with one paragraph per line of `text`.
pub fn docx(text: &str) -> Vec<u8> {
    docx_with_xml(document_xml(text).as_bytes())
}

/// Writes bits LSB-first, as deflate does.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u64, bits: u32) {
        self.acc |= value << self.n;
        self.n += bits;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// A fixed-Huffman code is written most significant bit first.
    fn code(&mut self, code: u64, bits: u32) {
        let mut rev = 0u64;
        for i in 0..bits {
            rev |= ((code >> i) & 1) << (bits - 1 - i);
        }
        self.put(rev, bits);
    }
    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// A raw deflate stream (one fixed-Huffman block) that inflates to `prefix` followed by
/// `count` bytes of `fill`: literals, then matches of 258 at distance 1 (about 1000:1).
pub fn deflate_bomb(prefix: &[u8], fill: u8, count: u64) -> Vec<u8> {
    let mut b = Bits { out: Vec::with_capacity((count / 600) as usize + prefix.len() * 2 + 16), acc: 0, n: 0 };
    b.put(1, 1); // final block
    b.put(1, 2); // fixed Huffman
    let literal = |b: &mut Bits, v: u8| {
        if v < 144 {
            b.code(0x30 + v as u64, 8)
        } else {
            b.code(0x190 + (v as u64 - 144), 9)
        }
    };
    for &c in prefix {
        literal(&mut b, c);
    }
    if count == 0 {
        b.code(0, 7);
        return b.finish();
    }
    literal(&mut b, fill);
    let mut left = count - 1;
    while left >= 258 + 3 || left == 258 {
        b.code(0xC5, 8); // length code 285 = 258
        b.code(0, 5); // distance code 0 = 1
        left -= 258;
    }
    while left > 0 {
        literal(&mut b, fill);
        left -= 1;
    }
    b.code(0, 7); // end of block (256)
    b.finish()
}
