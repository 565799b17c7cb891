//! Legacy Word files (`.doc`, Word 97–2003, and `.wps` from WPS, which writes the same binary
//! format): the text of the main document, as [`crate::decode`] gives it for a `.docx`.
//!
//! A `.doc` is a compound file (OLE2, read with the `cfb` crate) with a `WordDocument` stream
//! that starts with the File Information Block (FIB) and a table stream (`0Table` or `1Table`)
//! that holds the piece table ([MS-DOC] 2.9.38 Clx). The piece table lists where each run of
//! character positions (CPs) is stored: as UTF-16LE, or "compressed" as one CP-1252 byte per
//! character. The first `ccpText` CPs are the main document; footnotes, headers, comments and
//! text boxes follow and are left out (as the `.docx` reader leaves out other parts).
//!
//! Special characters are mapped as the `.docx` reader maps their WordprocessingML
//! counterparts: paragraph and cell marks → `\n` (a row-end mark, the second of two cell marks
//! in a row, adds nothing), line and page breaks → `\n`, fields → their shown result (the
//! instruction between 0x13 and 0x14 is skipped), anchors of pictures and notes → nothing.
//!
//! Pure: no I/O, never panics. Errors are [`crate::Error`]s with a Chinese message, which
//! [`crate::decode`] passes on (sharpened by the file name where it can).
//!
//! Behind the `legacy-doc` feature (default): the `cfb` crate costs the wasm 30 KB gzipped, so
//! the page's own build leaves it out and its worker reads a `.doc` with the full build, loaded
//! on demand. Without the feature [`text`] answers with a message asking for a `.docx`.
#![cfg_attr(not(feature = "legacy-doc"), allow(dead_code))]

#[cfg(feature = "legacy-doc")]
use std::io::{Cursor, Read};

use crate::Error;

/// Kinds: `doc-encrypted`, `doc-broken`, `doc-old` (Word 6/95), `docx-encrypted`, `legacy-doc`
/// (an Excel/PowerPoint file or another compound file), `doc-too-large`.
fn err(kind: &str, message: impl Into<String>) -> Error {
    Error::new(kind, message)
}

fn broken(detail: impl std::fmt::Display) -> Error {
    err(
        "doc-broken",
        format!(
            "这个 Word 文件（.doc/.wps）已损坏，无法读取（{detail}）；请在 Word 或 WPS 中打开后另存为 .docx 再打开"
        ),
    )
}

/// Largest stream read (the whole file is already capped by the decoder).
const MAX_STREAM: u64 = 64 << 20;

/// In the page: no compound-file reader (see the module doc).
#[cfg(not(feature = "legacy-doc"))]
pub fn text(_bytes: &[u8]) -> Result<String, Error> {
    Err(err(
        "legacy-doc",
        "网页版不能读取旧版 Word（.doc）或 WPS（.wps）文件；请在 Word 或 WPS 中另存为 .docx 后再打开（命令行工具 report-lens 可以直接读取 .doc）",
    ))
}

/// Text of the main document of a Word 97–2003 (or WPS) compound file.
#[cfg(feature = "legacy-doc")]
pub fn text(bytes: &[u8]) -> Result<String, Error> {
    let mut cf =
        cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| broken(format!("复合文档结构无法解析：{e}")))?;
    if cf.is_stream("EncryptionInfo") || cf.is_stream("EncryptedPackage") {
        return Err(err(
            "docx-encrypted",
            "这个 Word 文件设置了打开密码（已加密），无法读取；请在 Word 中取消密码（文件 → 信息 → 保护文档）后再打开",
        ));
    }
    if !cf.is_stream("WordDocument") {
        let message = if cf.is_stream("Workbook") || cf.is_stream("Book") {
            "这是旧版 Excel（.xls）表格，不是工作汇报文本；请把正文复制到 .txt 或 .docx 后再打开"
        } else if cf.is_stream("PowerPoint Document") {
            "这是旧版 PowerPoint（.ppt）演示文稿；请把正文复制到 .txt 或 .docx 后再打开"
        } else {
            "这是一个 Office 复合文档，但不是 Word 文档，无法当作工作汇报读取；请打开 .docx、.doc 或 .txt 文件"
        };
        return Err(err("legacy-doc", message));
    }
    let word = read_stream(&mut cf, "WordDocument")?;
    let fib = Fib::parse(&word)?;
    let table_name = if fib.which_table { "1Table" } else { "0Table" };
    if !cf.is_stream(table_name) {
        return Err(broken(format!("缺少 {table_name} 流")));
    }
    let table = read_stream(&mut cf, table_name)?;
    let pieces = pieces(&table, fib.fc_clx, fib.lcb_clx)?;
    Ok(main_text(&word, &pieces, fib.ccp_text))
}

#[cfg(feature = "legacy-doc")]
fn read_stream(cf: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, Error> {
    let stream = cf.open_stream(name).map_err(|e| broken(format!("无法读取 {name} 流：{e}")))?;
    let mut buf = Vec::new();
    stream.take(MAX_STREAM + 1).read_to_end(&mut buf).map_err(|e| broken(format!("无法读取 {name} 流：{e}")))?;
    if buf.len() as u64 > MAX_STREAM {
        return Err(err("doc-too-large", "这个 Word 文件的正文超过 64 MiB，为安全起见不予读取"));
    }
    Ok(buf)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The parts of the FIB ([MS-DOC] 2.5.1) that locate the text.
struct Fib {
    which_table: bool,
    ccp_text: u32,
    fc_clx: u32,
    lcb_clx: u32,
}

impl Fib {
    fn parse(w: &[u8]) -> Result<Fib, Error> {
        let short = || broken("文件头（FIB）不完整");
        if u16_at(w, 0).ok_or_else(short)? != 0xA5EC {
            return Err(broken("不是 Word 文档的文件头"));
        }
        let n_fib = u16_at(w, 2).ok_or_else(short)?;
        let flags = u16_at(w, 0x0A).ok_or_else(short)?;
        // fEncrypted (bit 8): XOR obfuscation or RC4 encryption; either way the text is unreadable.
        if flags & 0x0100 != 0 {
            return Err(err(
                "doc-encrypted",
                "这个 Word 文件设置了打开密码（已加密），无法读取；请在 Word 或 WPS 中取消密码后另存为 .docx 再打开",
            ));
        }
        // Word 6.0/95 files (nFib < 101) keep text without a Unicode piece table.
        if n_fib < 101 {
            return Err(err(
                "doc-old",
                "这是 Word 6.0/95 或更早版本的文件，暂不支持；请在 Word 或 WPS 中另存为 .docx 后再打开",
            ));
        }
        // FibBase (32 bytes), csw + FibRgW97, cslw + FibRgLw97, cbRgFcLcb + FibRgFcLcb.
        let csw = u16_at(w, 0x20).ok_or_else(short)? as usize;
        let rg_lw = 0x22 + csw * 2 + 2;
        let cslw = u16_at(w, rg_lw - 2).ok_or_else(short)? as usize;
        let ccp_text = u32_at(w, rg_lw + 3 * 4).ok_or_else(short)?;
        let rg_fc = rg_lw + cslw * 4 + 2;
        // fcClx is the 34th pair of FibRgFcLcb97.
        let fc_clx = u32_at(w, rg_fc + 33 * 8).ok_or_else(short)?;
        let lcb_clx = u32_at(w, rg_fc + 33 * 8 + 4).ok_or_else(short)?;
        Ok(Fib { which_table: flags & 0x0200 != 0, ccp_text, fc_clx, lcb_clx })
    }
}

/// One piece: CPs `[cp, cp_end)` stored at byte `fc` of the WordDocument stream.
struct Piece {
    cp: u32,
    cp_end: u32,
    fc: u32,
    compressed: bool,
}

/// The piece table from the Clx in the table stream: skip the Prcs (clxt 1), read the Pcdt
/// (clxt 2).
fn pieces(table: &[u8], fc: u32, lcb: u32) -> Result<Vec<Piece>, Error> {
    let bad = || broken("分段表（piece table）不完整");
    let clx = table.get(fc as usize..(fc as usize).saturating_add(lcb as usize)).ok_or_else(bad)?;
    let mut at = 0usize;
    loop {
        match clx.get(at) {
            Some(1) => {
                let cb = u16_at(clx, at + 1).ok_or_else(bad)? as usize;
                at += 3 + cb;
            }
            Some(2) => break,
            _ => return Err(bad()),
        }
    }
    let lcb = u32_at(clx, at + 1).ok_or_else(bad)? as usize;
    let plc = clx.get(at + 5..at + 5 + lcb).ok_or_else(bad)?;
    if lcb < 4 || (lcb - 4) % 12 != 0 {
        return Err(bad());
    }
    let n = (lcb - 4) / 12;
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let cp = u32_at(plc, k * 4).ok_or_else(bad)?;
        let cp_end = u32_at(plc, (k + 1) * 4).ok_or_else(bad)?;
        let fc_raw = u32_at(plc, (n + 1) * 4 + k * 8 + 2).ok_or_else(bad)?;
        let compressed = fc_raw & 0x4000_0000 != 0;
        let fc = fc_raw & 0x3FFF_FFFF;
        out.push(Piece { cp, cp_end, fc: if compressed { fc / 2 } else { fc }, compressed });
    }
    Ok(out)
}

/// CP-1252 for bytes 0x80–0x9F (the rest of a compressed piece is Latin-1). [MS-DOC] 2.4.1
/// lists exactly these exceptions.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’',
    '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The first `ccp_text` characters, with Word's special characters mapped (see the module doc).
fn main_text(word: &[u8], pieces: &[Piece], ccp_text: u32) -> String {
    let mut raw: Vec<char> = Vec::new();
    for p in pieces {
        if p.cp >= ccp_text || p.cp_end <= p.cp {
            continue;
        }
        let count = (p.cp_end.min(ccp_text) - p.cp) as usize;
        let fc = p.fc as usize;
        if p.compressed {
            let Some(bytes) = word.get(fc..fc.saturating_add(count)) else { continue };
            raw.extend(bytes.iter().map(|&b| match b {
                0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
                b => b as char,
            }));
        } else {
            let Some(bytes) = word.get(fc..fc.saturating_add(count * 2)) else { continue };
            let units = bytes.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]]));
            raw.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')));
        }
    }
    let mut out = String::with_capacity(raw.len() * 3);
    // Fields nest: for each open field, whether we are past its separator (showing its result).
    let mut fields: Vec<bool> = Vec::new();
    let mut prev = '\0';
    for &c in &raw {
        let showing = fields.iter().all(|&shown| shown);
        match c {
            '\u{13}' => fields.push(false),
            '\u{14}' => {
                if let Some(top) = fields.last_mut() {
                    *top = true;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if !showing => {}
            '\r' | '\u{0B}' | '\u{0C}' => out.push('\n'),
            // Cell mark; the second of two in a row is the row-end mark.
            '\u{07}' if prev == '\u{07}' => {
                prev = '\0';
                continue;
            }
            '\u{07}' => out.push('\n'),
            '\u{1E}' => out.push('-'),
            // Optional hyphen, anchors of pictures, notes, comments and drawn objects.
            '\u{1F}' | '\u{01}' | '\u{02}' | '\u{03}' | '\u{04}' | '\u{05}' | '\u{08}' => {}
            '\t' => out.push('\t'),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
        prev = c;
    }
    // The document's last paragraph mark ends the text; the .docx reader joins paragraphs.
    if out.ends_with('\n') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece_text(chars: &str) -> String {
        let units: Vec<u8> = chars.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let n = chars.encode_utf16().count() as u32;
        main_text(&units, &[Piece { cp: 0, cp_end: n, fc: 0, compressed: false }], n)
    }

    #[test]
    fn paragraphs_cells_fields_and_breaks() {
        // 截止目前 stays as written; a PAGE field shows "1"; a 2×1 table row.
        assert_eq!(
            piece_text("一、总体情况\r截止目前\u{0B}第\u{13} PAGE \u{14}1\u{15}页\r项目\u{07}数量\u{07}\u{07}结束\r"),
            "一、总体情况\n截止目前\n第1页\n项目\n数量\n结束"
        );
        // Nested field: only the outer result shows, and the inner result inside it.
        assert_eq!(piece_text("甲\u{13}A\u{13}B\u{14}内\u{15}\u{14}外\u{13}C\u{14}中\u{15}\u{15}乙\r"), "甲外中乙");
        assert_eq!(piece_text("图\u{01}注\u{02}\u{1E}\u{1F}\r"), "图注-");
    }

    #[test]
    fn compressed_pieces_are_cp1252() {
        let word = b"xx\x93Report\x94 2023\r";
        let p = [Piece { cp: 0, cp_end: 14, fc: 2, compressed: true }];
        assert_eq!(main_text(word, &p, 14), "“Report” 2023");
    }

    #[test]
    fn pieces_out_of_range_lose_nothing_else() {
        let units: Vec<u8> = "工作".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let p = [
            Piece { cp: 0, cp_end: 2, fc: 0, compressed: false },
            Piece { cp: 2, cp_end: 9, fc: 1000, compressed: false },
        ];
        assert_eq!(main_text(&units, &p, 9), "工作");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let mut b = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        for n in [0usize, 8, 100, 512, 1500] {
            b.resize(n.max(8), 0xAB);
            assert!(text(&b).is_err());
        }
        assert!(pieces(&[2, 0xFF, 0xFF, 0xFF, 0x7F], 0, 5).is_err());
        assert!(pieces(&[1, 0xFF, 0xFF], 0, 3).is_err());
        assert!(Fib::parse(&[0xEC, 0xA5]).is_err());
    }
}
