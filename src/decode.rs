//! Bytes → text, shared by the CLI and the browser: UTF-8 (with or without BOM), UTF-16 with
//! BOM, GB18030/GBK, `.docx`, and legacy Word `.doc`/`.wps` (through [`crate::doc`]). Anything
//! else gets a clear error saying what it is.
//!
//! Pure: no file I/O, no globals, never panics. The order of the questions asked is:
//! size → empty → BOM → magic numbers (Office, PDF, images, RTF, zip/docx) → binary →
//! UTF-16 without BOM → UTF-8 → (mostly UTF-8 with a few bad bytes) → legacy Chinese
//! encodings (GB18030 or Big5), told apart by how common the decoded characters are.
//!
//! A BOM is the encoding marker and is not part of the text: `text` starts after it. Whenever
//! the text is not exactly what the bytes say (bytes replaced by U+FFFD, a guessed encoding),
//! `notices` says so in Chinese, so that mojibake is never silent.

use std::io::{Cursor, Read};

use codec::{decode_counting, Enc};
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use serde::Serialize;

use crate::Error;

/// Decoded text and how it was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decoded {
    pub text: String,
    /// `UTF-8`, `UTF-16LE`, `GB18030`, `docx`, `doc` …
    pub encoding: String,
    /// Things the user should know (Chinese), e.g. that some bytes could not be decoded.
    pub notices: Vec<String>,
}

/// Largest input [`decode`] accepts (64 MiB). Callers reading a file can stop reading after
/// `MAX_INPUT + 1` bytes: anything longer is refused anyway.
pub const MAX_INPUT: usize = 64 << 20;

/// Resource limits. [`decode`] uses [`Limits::default`]; tests lower them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of input (`too-large`).
    pub max_input: usize,
    /// Uncompressed bytes of `word/document.xml` (`docx-too-large`).
    pub max_xml: u64,
    /// Uncompressed / compressed size of `document.xml` above which, for a part larger than
    /// `ratio_floor`, the file is treated as a zip bomb (`docx-too-large`).
    pub max_ratio: u64,
    pub ratio_floor: u64,
    /// Entries in the zip (`docx-too-large`).
    pub max_entries: usize,
    /// XML element nesting (`docx-broken`).
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input: MAX_INPUT,
            max_xml: 64 << 20,
            max_ratio: 200,
            ratio_floor: 4 << 20,
            max_entries: 10_000,
            max_depth: 1_000,
        }
    }
}

/// Decode a file's bytes to text. `file_name` only sharpens messages (e.g. an encrypted
/// `.docx`); detection always looks at the bytes. A refusal is an [`Error`] whose message says
/// what the file is and what to do; its kind is one of `legacy-doc` (an unreadable compound
/// file, `.xls`, `.ppt`), `doc-encrypted`, `doc-old` (Word 6/95), `doc-too-large`,
/// `docx-encrypted`, `pdf`, `image`, `rtf`, `binary`, `zip-not-docx`, `docx-broken`,
/// `docx-too-large`, `too-large`, `unsupported-encoding`.
pub fn decode(bytes: &[u8], file_name: Option<&str>) -> Result<Decoded, Error> {
    decode_with_limits(bytes, file_name, &Limits::default())
}

/// [`decode`] with explicit resource limits.
pub fn decode_with_limits(bytes: &[u8], file_name: Option<&str>, limits: &Limits) -> Result<Decoded, Error> {
    let ext = extension(file_name);
    if bytes.len() > limits.max_input {
        return Err(Error::new(
            "too-large",
            format!(
                "文件太大（{}），超过 {} 的上限；工作汇报一般不会这么大，请确认选对了文件，或把正文另存为 .txt 后再打开",
                human_size(bytes.len() as u64),
                human_size(limits.max_input as u64)
            ),
        ));
    }
    if bytes.is_empty() {
        return Ok(Decoded { text: String::new(), encoding: "UTF-8".into(), notices: vec!["文件是空的".into()] });
    }

    // Byte-order marks: the encoding is stated, the mark is not text.
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(text_result(Enc::Utf8, rest, "UTF-8", vec![]));
    }
    if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(Error::new(
            "unsupported-encoding",
            "这个文件是 UTF-32 编码，暂不支持；请用记事本等编辑器另存为 UTF-8 后再打开",
        ));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(Enc::Utf16Le, rest, "UTF-16LE", vec![]);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(Enc::Utf16Be, rest, "UTF-16BE", vec![]);
    }

    if bytes.starts_with(CFB_MAGIC) {
        return compound(bytes, ext.as_deref());
    }
    if let Some(err) = sniff_refusal(bytes) {
        return Err(err);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return docx(bytes, limits);
    }

    // UTF-16 without a BOM shows itself by NUL bytes on one side of each code unit.
    if let Some((enc, name)) = utf16_without_bom(bytes) {
        let notice = format!("文件没有字节顺序标记（BOM），按 {name} 读取");
        return utf16(enc, bytes, name, vec![notice]);
    }
    if looks_binary(bytes) {
        return Err(Error::new(
            "binary",
            format!("这不是文本文件（{}），无法当作工作汇报读取；请打开 .txt 或 .docx 文件", binary_kind(bytes)),
        ));
    }

    let mut notices = Vec::new();
    if std::str::from_utf8(bytes).is_ok() {
        html_notice(bytes, &mut notices);
        return Ok(Decoded { text: String::from_utf8_lossy(bytes).into_owned(), encoding: "UTF-8".into(), notices });
    }

    // Not valid UTF-8: lines in two encodings, UTF-8 with a few damaged bytes, or a legacy
    // encoding.
    if let Some(d) = mixed_lines(bytes, notices.clone()) {
        return Ok(d);
    }
    let (valid_multibyte, bad) = utf8_profile(bytes);
    if valid_multibyte >= 4 * bad {
        html_notice(bytes, &mut notices);
        return Ok(text_result(Enc::Utf8, bytes, "UTF-8", notices));
    }
    legacy(bytes, notices)
}

fn extension(file_name: Option<&str>) -> Option<String> {
    let name = file_name?;
    let base = name.rsplit(&['/', '\\'][..]).next().unwrap_or(name);
    let (_, ext) = base.rsplit_once('.')?;
    Some(ext.to_ascii_lowercase())
}

fn human_size(n: u64) -> String {
    // One decimal by integer arithmetic: `{:.1}` of an f64 pulls float formatting (≈ 4 KB
    // gzipped) into the page's wasm for these two messages.
    let tenths = |unit: u64| {
        let t = n.saturating_mul(10).saturating_add(unit / 2) / unit;
        format!("{}.{}", t / 10, t % 10)
    };
    if n >= 1 << 20 {
        format!("{} MiB", tenths(1 << 20))
    } else if n >= 1 << 10 {
        format!("{} KiB", tenths(1 << 10))
    } else {
        format!("{n} 字节")
    }
}

/// Bytes → text for one known encoding, counting malformed sequences (each becomes one
/// U+FFFD, as the WHATWG Encoding Standard says). UTF-8 and UTF-16 are decoded here; the
/// legacy Chinese encodings by `encoding_rs` natively and, in the wasm build, by the browser's
/// own `TextDecoder`, which implements the same standard — so the page does not carry
/// ≈ 180 KB of encoding tables it already has.
mod codec {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Enc {
        Utf8,
        Utf16Le,
        Utf16Be,
        Gb18030,
        Big5,
    }

    impl Enc {
        pub fn name(self) -> &'static str {
            match self {
                Enc::Utf8 => "UTF-8",
                Enc::Utf16Le => "UTF-16LE",
                Enc::Utf16Be => "UTF-16BE",
                Enc::Gb18030 => "GB18030",
                Enc::Big5 => "Big5",
            }
        }
    }

    pub fn decode_counting(enc: Enc, bytes: &[u8]) -> (String, usize) {
        match enc {
            Enc::Utf8 => utf8(bytes),
            Enc::Utf16Le => utf16(bytes, u16::from_le_bytes),
            Enc::Utf16Be => utf16(bytes, u16::from_be_bytes),
            Enc::Gb18030 | Enc::Big5 => legacy(enc, bytes),
        }
    }

    /// Each maximal invalid subsequence becomes one U+FFFD (what `from_utf8_lossy` does).
    fn utf8(bytes: &[u8]) -> (String, usize) {
        let mut out = String::with_capacity(bytes.len());
        let mut bad = 0;
        for chunk in bytes.utf8_chunks() {
            out.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                out.push('\u{FFFD}');
                bad += 1;
            }
        }
        (out, bad)
    }

    /// Unpaired surrogates and an odd trailing byte become U+FFFD.
    fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, usize) {
        let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
        let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
        let mut bad = 0;
        for c in char::decode_utf16(units) {
            out.push(c.unwrap_or_else(|_| {
                bad += 1;
                '\u{FFFD}'
            }));
        }
        // A trailing odd byte is one error, shared with a lead surrogate left open before it
        // (WHATWG: one error at the end of the stream).
        let open_lead = bytes.len() >= 3 && {
            let n = bytes.len() - 1;
            (0xD800..=0xDBFF).contains(&unit([bytes[n - 2], bytes[n - 1]]))
        };
        if bytes.len() % 2 == 1 && !open_lead {
            out.push('\u{FFFD}');
            bad += 1;
        }
        (out, bad)
    }

    /// Decodes through a fixed 16 KiB buffer: `decode_to_string_*` zero-fills the string's
    /// whole spare capacity on every call, and there is one call per malformed sequence, which
    /// made decoding quadratic (16 MiB of GBK tried as Big5 took seconds per MiB).
    #[cfg(not(target_arch = "wasm32"))]
    fn legacy(enc: Enc, bytes: &[u8]) -> (String, usize) {
        use encoding_rs::DecoderResult;
        let encoding = if enc == Enc::Big5 { encoding_rs::BIG5 } else { encoding_rs::GB18030 };
        let mut decoder = encoding.new_decoder_without_bom_handling();
        let mut out = String::with_capacity(bytes.len().saturating_add(bytes.len() / 2).saturating_add(16));
        let mut buf = [0u8; 16 << 10];
        let mut input = bytes;
        let mut bad = 0;
        loop {
            let (result, read, written) = decoder.decode_to_utf8_without_replacement(input, &mut buf, true);
            // The decoder writes whole UTF-8 sequences only.
            if let Ok(s) = std::str::from_utf8(&buf[..written.min(buf.len())]) {
                out.push_str(s);
            }
            input = &input[read.min(input.len())..];
            match result {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => {}
                DecoderResult::Malformed(_, _) => {
                    bad += 1;
                    out.push('\u{FFFD}');
                }
            }
        }
        (out, bad)
    }

    /// The browser's decoder; replacement characters it inserted are the malformed count (a
    /// U+FFFD encoded in GB18030 itself is vanishingly rare in a report).
    #[cfg(target_arch = "wasm32")]
    fn legacy(enc: Enc, bytes: &[u8]) -> (String, usize) {
        let label = if enc == Enc::Big5 { "big5" } else { "gb18030" };
        let text = web_sys::TextDecoder::new_with_label(label)
            .and_then(|d| d.decode_with_u8_array(bytes))
            .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned());
        let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
        (text, bad)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// Our UTF-8/UTF-16 decoding counts exactly as encoding_rs does.
        #[test]
        fn utf8_and_utf16_match_encoding_rs() {
            let cases: &[&[u8]] =
                &[b"abc", b"a\xffb", b"\xe5\xb7\xa5\xe4\xbd", b"\xf0\x9f\x98", "工作𠮷".as_bytes(), b"\xed\xa0\x80x"];
            for &b in cases {
                let (want, malformed) = encoding_rs::UTF_8.decode_without_bom_handling(b);
                let (got, bad) = utf8(b);
                assert_eq!(got, want);
                assert_eq!(bad > 0, malformed);
            }
            let le: Vec<u8> = "工作𠮷".encode_utf16().flat_map(|u| u.to_le_bytes()).chain([0x00, 0xd8, 0x41]).collect();
            let (want, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(&le);
            assert_eq!(utf16(&le, u16::from_le_bytes).0, want);
        }
    }
}

fn replaced_notice(bad: usize, encoding: &str) -> String {
    format!(
        "有 {bad} 处字节不是有效的 {encoding} 编码，已替换为 “\u{FFFD}”（U+FFFD）；这些位置的原文可能缺字，请核对原文件"
    )
}

fn text_result(enc: Enc, bytes: &[u8], name: &str, mut notices: Vec<String>) -> Decoded {
    let (text, bad) = decode_counting(enc, bytes);
    if bad > 0 {
        notices.push(replaced_notice(bad, name));
    }
    Decoded { text, encoding: name.into(), notices }
}

fn utf16(enc: Enc, bytes: &[u8], name: &str, notices: Vec<String>) -> Result<Decoded, Error> {
    let d = text_result(enc, bytes, name, notices);
    let chars = d.text.chars().count().max(1);
    let replaced = d.text.chars().filter(|&c| c == '\u{FFFD}').count();
    let controls = d.text.chars().filter(|&c| is_bad_control(c)).count();
    // A lone bad unit (an odd trailing byte) is a notice; many mean this is not UTF-16.
    if (replaced > 2 && replaced * 10 > chars) || (controls > 2 && controls * 20 > chars) {
        return Err(Error::new(
            "binary",
            format!("文件开头像 {name} 文本，但内容无法解读，可能不是文本文件；请打开 .txt 或 .docx 文件"),
        ));
    }
    Ok(d)
}

fn is_bad_control(c: char) -> bool {
    matches!(c, '\0'..='\u{08}' | '\u{0E}'..='\u{1A}' | '\u{1C}'..='\u{1F}' | '\u{7F}')
}

const CFB_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// A compound file (OLE2): a Word 97–2003 `.doc` or WPS `.wps` is read ([`crate::doc`]); an
/// encrypted `.docx`, an `.xls`/`.ppt` or a damaged file gets a message saying what it is.
fn compound(bytes: &[u8], ext: Option<&str>) -> Result<Decoded, Error> {
    match crate::doc::text(bytes) {
        Ok(text) => {
            let mut notices = Vec::new();
            if text.trim().is_empty() {
                notices.push("文档中没有找到文字（可能只有图片、扫描件或文本框）".into());
            }
            Ok(Decoded { text, encoding: "doc".into(), notices })
        }
        // Not even a compound file we can parse: say what the name suggests it is.
        Err(e) if e.kind == "doc-broken" => {
            let (kind, message) = match ext {
                Some("docx") | Some("docm") => (
                    "docx-encrypted",
                    "这个 .docx 文件设置了打开密码（已加密），无法读取；请在 Word 中取消密码（文件 → 信息 → 保护文档）后再打开".to_string(),
                ),
                Some("xls") => (
                    "legacy-doc",
                    "这是旧版 Excel（.xls）表格，不是工作汇报文本；请把正文复制到 .txt 或 .docx 后再打开".into(),
                ),
                Some("ppt") => {
                    ("legacy-doc", "这是旧版 PowerPoint（.ppt）演示文稿；请把正文复制到 .txt 或 .docx 后再打开".into())
                }
                _ => ("legacy-doc", e.message),
            };
            Err(Error::new(kind, message))
        }
        Err(e) => Err(Error { kind: e.kind, message: e.message }),
    }
}

/// Magic numbers of formats that are not text and not docx.
fn sniff_refusal(bytes: &[u8]) -> Option<Error> {
    if bytes.starts_with(b"%PDF-") {
        return Some(Error::new(
            "pdf",
            "这是 PDF 文件，无法直接读取文字；请在 PDF 阅读器中复制正文，或导出为 .docx / .txt 后再打开",
        ));
    }
    if let Some(format) = image_format(bytes) {
        return Some(Error::new(
            "image",
            format!("这是一张图片（{format}），不是文本；如果是扫描件，请先用文字识别（OCR）转成文字后再打开"),
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Some(Error::new("rtf", "这是 RTF 格式文件，请在 Word 或 WPS 中另存为 .docx 或 .txt 后再打开"));
    }
    None
}

fn image_format(b: &[u8]) -> Option<&'static str> {
    if b.starts_with(b"\x89PNG\r\n\x1A\n") {
        Some("PNG")
    } else if b.starts_with(b"\xFF\xD8\xFF") {
        Some("JPEG")
    } else if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
        Some("GIF")
    } else if b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" {
        Some("WebP")
    } else if b.starts_with(b"II*\0") || b.starts_with(b"MM\0*") {
        Some("TIFF")
    } else if b.len() >= 18
        && b.starts_with(b"BM")
        && b[6..10] == [0, 0, 0, 0]
        && matches!(u32::from_le_bytes([b[14], b[15], b[16], b[17]]), 12 | 40 | 52 | 56 | 64 | 108 | 124)
    {
        Some("BMP")
    } else {
        None
    }
}

fn binary_kind(b: &[u8]) -> &'static str {
    if b.starts_with(b"\x7FELF") {
        "Linux 可执行文件"
    } else if b.starts_with(b"MZ") {
        "Windows 程序"
    } else if b.starts_with(b"\x1F\x8B") {
        "gzip 压缩包"
    } else if b.starts_with(b"7z\xBC\xAF\x27\x1C") {
        "7z 压缩包"
    } else if b.starts_with(b"Rar!") {
        "RAR 压缩包"
    } else {
        "二进制数据"
    }
}

/// NUL bytes or many control bytes: not text in any encoding we read (UTF-16 is handled
/// before this is asked).
fn looks_binary(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let nul = bytes.iter().filter(|&&b| b == 0).count();
    let ctrl =
        bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | 0x1A | 0x1B)).count();
    nul * 100 > n || ctrl * 20 > n
}

/// A BOM-less UTF-16 text has NUL in one byte of most ASCII code units; CJK code units
/// rarely contain NUL, so require the NULs to sit almost only on one side.
fn utf16_without_bom(bytes: &[u8]) -> Option<(Enc, &'static str)> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let units = bytes.len() / 2;
    // At least a fifth of the units are ASCII-like, and the NULs are on one side.
    if odd * 5 >= units && even * 50 <= odd {
        Some((Enc::Utf16Le, "UTF-16LE"))
    } else if even * 5 >= units && odd * 50 <= even {
        Some((Enc::Utf16Be, "UTF-16BE"))
    } else {
        None
    }
}

/// Valid multi-byte UTF-8 sequences and invalid runs in `bytes`.
fn utf8_profile(bytes: &[u8]) -> (usize, usize) {
    let mut multibyte = 0;
    let mut bad = 0;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            bad += 1;
        }
    }
    (multibyte, bad)
}

fn html_notice(bytes: &[u8], notices: &mut Vec<String>) {
    let head: Vec<u8> = bytes.iter().take(512).map(|b| b.to_ascii_lowercase()).collect();
    let head = String::from_utf8_lossy(&head);
    let head = head.trim_start();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<html") {
        notices.push("文件内容是网页（HTML）源码，分析结果会包含标签；建议在浏览器或 Word 中打开后复制正文".into());
    } else if head.starts_with("mime-version:") {
        notices.push(
            "文件内容是网页存档（MHT），分析结果会包含编码后的源码；建议在 Word 中打开后另存为 .docx 或 .txt".into(),
        );
    }
}

fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3000}'..='\u{303F}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{2010}'..='\u{2027}' | '\u{20000}'..='\u{2FFFF}')
}

/// Share of Chinese characters among the non-ASCII ones, in percent.
fn chinese_share(text: &str) -> usize {
    let (mut non_ascii, mut zh) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        if is_chinese(c) {
            zh += 1;
        }
    }
    (zh * 100).checked_div(non_ascii).unwrap_or(100)
}

/// Very common Chinese characters, simplified and traditional forms. Text decoded with the
/// wrong one of GB18030/Big5 is made of rare characters, so the share of these tells them apart.
const COMMON_HANZI: &str = "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也\
    你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學\
    如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實日军軍\
    者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問\
    很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制製身果加西斯月话話合回特代\
    内內信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入\
    几幾口认認条條平系系气氣题題活尔爾更别別打女变變四神总總何电電数數安少报報才结結反受目太量再\
    感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司\
    五基眼书書非则則听聽白却卻界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据\
    據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导\
    導争爭运運笑飞飛风風步改收根干幹造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近\
    失转轉夫令准準布始怎呢存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需\
    价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消\
    越器容照须須九增研写寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談\
    吃图圖念六引历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推\
    势勢参參希古众眾构構房半节節土投某案黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營\
    星够夠章音跟志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按\
    河米围圍江织織害斗鬥双雙境客纪紀采採举舉杀殺攻父苏蘇密低朝友诉訴止细細愿願千值仍男钱錢破网網\
    热熱助倒育属屬坐帝限船脸臉职職速刻乐樂否刚剛威毛状狀率甚独獨球般普怕弹彈校苦创創假久错錯承印\
    晚兰蘭试試股拿脑腦预預谁誰益阳陽若哪微尼继繼送急血惊驚伤傷素药藥适適波夜省初喜卫衛源食险險待\
    述陆陸习習置居劳勞财財环環排福纳納欢歡雷警获獲模充负負云雲停木游遊龙龍树樹疑层層冷洲冲衝射略\
    范範竟句室异異激汉漢村哈策演简簡卡罪判担擔州静靜退既衣您宗积積余餘痛检檢差富灵靈协協角占配征\
    徵修皮挥揮胜勝降阶階审審沉坚堅善妈媽刘劉读讀啊超免压壓银銀买買皇养養伊怀懷执執副乱亂抗犯追帮\
    幫宣佛岁歲航优優怪香著田铁鐵控税稅左右份穿艺藝背阵陣草脚腳概恶惡块塊顿頓敢守酒岛島托央户戶烈\
    洋哥索胡款靠评評版宝寶座释釋景顾顧弟登货貨互付伯慢欧歐换換闻聞危忙核暗姐介坏壞讨討丽麗良序升\
    监監临臨亮露永呼味野架域沙掉括舰艦鱼魚杂雜误誤湾灣吉减減编編楚肯测測败敗屋跑梦夢散温溫困剑劍\
    渐漸封救贵貴枪槍缺楼樓县縣尚毫移娘朋画畫班智亦耳恩短掌恐遗遺固席松秘谢謝鲁魯遇康虑慮幸均销銷\
    钟鐘诗詩藏赶趕剧劇票损損忽巨炮旧舊端探湖录錄叶葉春乡鄉附吸予礼禮港雨呀板庭妇婦归歸睛饭飯额額\
    含顺順输輸摇搖招婚脱脫补補谓謂督毒油疗療旅泽澤材灭滅逐莫笔筆亡鲜鮮词詞圣聖择擇寻尋厂廠睡博勒\
    烟煙授诺諾伦倫岸奥奧唐卖賣俄炸载載洛健堂旁宫宮喝借君禁阴陰园園谋謀宋避抓荣榮姑孙孫逃牙束跳顶\
    頂玉镇鎮雪午练練迫爷爺篇肉嘴馆館遍凡础礎洞卷坦牛宁寧纸紙诸諸训訓私庄莊祖丝絲翻暴森塔默握戏戲\
    隐隱熟骨访訪弱蒙歌店鬼软軟典欲萨薩伙遭盘盤爸扩擴盖蓋弄雄稳穩忘亿億刺拥擁徒姆杨楊齐齊赛賽趣曲\
    刀床迎冰虚虛玩析窗醒妻透购購替塞努休虎扬揚途侵刑绿綠兄迅套贸貿毕畢唯谷轮輪库庫迹跡尤竞競街促\
    延震弃棄甲伟偉麻川申缓緩潜潛闪閃售灯燈针針哲络絡抵朱埃抱鼓植纯純夏忍页頁杰傑筑築折郑鄭贝貝尊\
    吴吳秀混臣雅振染盛怒舞圆圓搞狂措姓残殘秋培迷诚誠宽寬宇猛摆擺梅毁毀伸摩盟末乃悲拍丁赵趙硬麦麥\
    蒋蔣操耶阻订訂彩抽赞贊魔纷紛沿喊违違妹浪汇匯币幣丰豐蓝藍殊献獻桌啦瓦莱萊援译譯夺奪汽烧燒距裁\
    偏符勇触觸课課敬哭懂墙牆袭襲召罚罰侠俠厅廳拜巧侧側韩韓冒债債曼融惯慣享戴童犹猶乘挂掛奖獎绍紹\
    厚纵縱障讯訊涉彻徹刊丈爆乌烏役描洗玛瑪患妙镜鏡唱烦煩签簽仙彼弗症仿倾傾牌陷鸟鳥轰轟咱菜闭閉奋\
    奮庆慶撤泪淚茶疾缘緣播朗杜奶季丹狗尾仪儀偷奔珠虫蟲驻駐孔宜艾桥橋淡翼恨繁寒伴叹嘆亡截截至汇報";

/// How many characters of `text` are among [`COMMON_HANZI`].
fn common_hanzi(text: &str) -> usize {
    let mut common: Vec<char> = COMMON_HANZI.chars().collect();
    crate::sort::sort(&mut common);
    text.chars().filter(|&c| !c.is_ascii() && common.binary_search(&c).is_ok()).count()
}

/// Not UTF-8: a legacy Chinese encoding, GB18030 (a superset of GBK and GB2312) or Big5.
/// Big5 bytes usually decode without error as GB18030 too (into rare characters), and GBK
/// bytes mostly fail as Big5; so Big5 wins only when it decodes at least as cleanly and reads
/// as more common Chinese. Otherwise GB18030, since reports are mostly simplified Chinese.
fn legacy(bytes: &[u8], mut notices: Vec<String>) -> Result<Decoded, Error> {
    let (gb_text, gb_bad) = decode_counting(Enc::Gb18030, bytes);
    let (b5_text, b5_bad) = decode_counting(Enc::Big5, bytes);
    let (gb_common, b5_common) = (common_hanzi(&gb_text), common_hanzi(&b5_text));
    let big5 = b5_bad < gb_bad || (b5_bad == gb_bad && b5_common > gb_common);
    let (enc, text, bad, sure) = if big5 {
        // Sure when it is clean and GB18030 is either broken or clearly rarer text.
        let sure = b5_bad == 0 && (gb_bad > 0 || b5_common > 2 * gb_common);
        (Enc::Big5, b5_text, b5_bad, sure)
    } else {
        let confident = b5_bad > 0 || gb_common > b5_common;
        let sure = gb_bad == 0 && (confident || chinese_share(&gb_text) >= 80);
        (Enc::Gb18030, gb_text, gb_bad, sure)
    };
    let name = enc.name();
    if !sure {
        notices.push(format!(
            "无法确定文件的编码，已按 {name} 读取；如果出现乱码，请用记事本或 WPS 把文件另存为 UTF-8 后再打开"
        ));
    }
    if bad > 0 {
        notices.push(replaced_notice(bad, name));
    }
    html_notice(bytes, &mut notices);
    Ok(Decoded { text, encoding: name.into(), notices })
}

/// A file whose lines are in two encodings: a GBK paragraph pasted into a UTF-8 file, or a
/// UTF-8 line appended to a GBK one. Each line is read in the encoding it is valid in, and a
/// notice names the GB18030 lines. `None` (the whole-file rules apply) unless there is at least
/// one Chinese UTF-8 line and one line that only GB18030 reads cleanly as Chinese, and every
/// line is one or the other (or ASCII). A UTF-8 line with a damaged byte is not GB18030: it
/// still reads as mostly valid Chinese UTF-8.
fn mixed_lines(bytes: &[u8], mut notices: Vec<String>) -> Option<Decoded> {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let (mut utf8_lines, mut gb_lines) = (0usize, Vec::new());
    for (n, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        if line.is_ascii() {
            text.push_str(std::str::from_utf8(line).ok()?);
            continue;
        }
        let as_utf8 = std::str::from_utf8(line).ok();
        if let Some(s) = as_utf8.filter(|s| chinese_share(s) >= 80) {
            utf8_lines += 1;
            text.push_str(s);
            continue;
        }
        let damaged_utf8 = {
            let (mut zh, mut bad) = (0usize, 0usize);
            for chunk in line.utf8_chunks() {
                zh += chunk.valid().chars().filter(|&c| is_chinese(c)).count();
                bad += usize::from(!chunk.invalid().is_empty());
            }
            bad > 0 && zh >= 4 * bad
        };
        let (gb, gb_bad) = decode_counting(Enc::Gb18030, line);
        if gb_bad == 0 && !damaged_utf8 && chinese_share(&gb) >= 80 {
            gb_lines.push(n + 1);
            text.push_str(&gb);
        } else {
            text.push_str(as_utf8?);
            utf8_lines += 1;
        }
    }
    if utf8_lines == 0 || gb_lines.is_empty() {
        return None;
    }
    let mut which: Vec<String> = gb_lines.iter().take(10).map(|n| n.to_string()).collect();
    if gb_lines.len() > 10 {
        which.push("…".into());
    }
    notices.push(format!(
        "文件混合了两种编码：{} 行按 GB18030 读取（第 {} 行），其余按 UTF-8 读取；请核对这些行是否有乱码",
        gb_lines.len(),
        which.join("、")
    ));
    html_notice(bytes, &mut notices);
    Some(Decoded { text, encoding: "UTF-8+GB18030".into(), notices })
}

// ---------------------------------------------------------------------------------------------
// .docx

pub(crate) const W_NS: &[&[u8]] = &[
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
];
pub(crate) const MC_NS: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

fn broken(detail: impl std::fmt::Display) -> Error {
    Error::new(
        "docx-broken",
        format!(
            "这个 .docx 文件已损坏，无法读取（{detail}）；请在 Word 中打开后另存一份，或把正文复制到 .txt 后再打开"
        ),
    )
}

fn too_large(detail: impl std::fmt::Display) -> Error {
    Error::new(
        "docx-too-large",
        format!("这个 .docx 文件{detail}，为安全起见不予读取；请把正文复制到新的 .docx 或 .txt 后再打开"),
    )
}

/// Entry count from the end-of-central-directory record, read before the zip crate parses
/// the whole directory (so a zip with a million entries costs nothing).
#[cfg(any(feature = "wasm-zip", not(target_arch = "wasm32")))]
fn declared_entries(bytes: &[u8]) -> Option<usize> {
    let tail_start = bytes.len().saturating_sub(22 + 0xFFFF);
    let tail = &bytes[tail_start..];
    let pos = tail.windows(4).rposition(|w| w == b"PK\x05\x06")?;
    let rec = tail.get(pos..pos + 22)?;
    let n = u16::from_le_bytes([rec[10], rec[11]]) as usize;
    // 0xFFFF means "see the ZIP64 record": treat as too many, no docx has that many parts.
    Some(n)
}

/// What the `.docx` reader needs of a zip: the entry names, an entry's declared sizes and its
/// bytes. Natively (and in the full wasm engine) the `zip` crate reads the file; the page's
/// wasm has no zip reader and gets the entries JavaScript unpacked ([`Unpacked`]). One set of
/// rules (which part is the text, limits, messages, the XML) for both containers.
pub(crate) trait Container {
    fn names(&self) -> Vec<String>;
    /// Declared uncompressed and compressed size of entry `name`; the reason (a detail of the
    /// `docx-broken` message) when it cannot be had.
    fn sizes(&mut self, name: &str) -> Result<(u64, u64), String>;
    /// Entry `name` uncompressed: all of it, or its first `max + 1` bytes when it is longer.
    fn read(&mut self, name: &str, max: u64) -> Result<Vec<u8>, String>;
}

impl Container for zip::ZipArchive<Cursor<&[u8]>> {
    fn names(&self) -> Vec<String> {
        self.file_names().map(str::to_string).collect()
    }

    fn sizes(&mut self, name: &str) -> Result<(u64, u64), String> {
        let file = self.by_name(name).map_err(|e| format!("无法读取 {name}：{e}"))?;
        Ok((file.size(), file.compressed_size()))
    }

    fn read(&mut self, name: &str, max: u64) -> Result<Vec<u8>, String> {
        let file = self.by_name(name).map_err(|e| format!("无法读取 {name}：{e}"))?;
        let mut buf = Vec::with_capacity(file.size().min(max) as usize);
        file.take(max.saturating_add(1)).read_to_end(&mut buf).map_err(|e| format!("解压 {name} 失败：{e}"))?;
        Ok(buf)
    }
}

/// A zip whose container JavaScript read (the page: central directory, `DecompressionStream`):
/// every entry's name and declared sizes, and the bytes of the entries it unpacked — or why
/// it could not (encrypted, a bad checksum). `problem`: why the zip itself could not be read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Unpacked {
    pub entries: Vec<UnpackedEntry>,
    /// Entries the end-of-directory record declares (may exceed `entries` for a refused zip).
    pub declared: usize,
    pub problem: Option<String>,
}

/// One entry of an [`Unpacked`] zip.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct UnpackedEntry {
    pub name: String,
    pub size: u64,
    pub compressed: u64,
    /// Uncompressed bytes (the first `max_xml + 1` of a longer entry); `None` when not unpacked.
    pub data: Option<Vec<u8>>,
    /// Why it could not be unpacked (the detail of a `docx-broken` message).
    pub error: Option<String>,
}

impl Unpacked {
    fn entry(&self, name: &str) -> Result<&UnpackedEntry, String> {
        self.entries
            .iter()
            .find(|e| e.name == name)
            .ok_or_else(|| format!("无法读取 {name}：specified file not found in archive"))
    }
}

impl Container for Unpacked {
    fn names(&self) -> Vec<String> {
        self.entries.iter().map(|e| e.name.clone()).collect()
    }

    fn sizes(&mut self, name: &str) -> Result<(u64, u64), String> {
        self.entry(name).map(|e| (e.size, e.compressed))
    }

    fn read(&mut self, name: &str, max: u64) -> Result<Vec<u8>, String> {
        let e = self.entry(name)?;
        if let Some(why) = &e.error {
            return Err(why.clone());
        }
        let data = e.data.as_deref().ok_or_else(|| format!("无法读取 {name}：未解压"))?;
        Ok(data[..data.len().min(usize::try_from(max.saturating_add(1)).unwrap_or(usize::MAX))].to_vec())
    }
}

#[cfg(any(feature = "wasm-zip", not(target_arch = "wasm32")))]
fn docx(bytes: &[u8], limits: &Limits) -> Result<Decoded, Error> {
    if let Some(n) = declared_entries(bytes) {
        if n > limits.max_entries {
            return Err(too_large(format!("包含 {n} 个压缩条目，超过 {} 个的上限", limits.max_entries)));
        }
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| broken(format!("zip 结构无法解析：{e}")))?;
    docx_text(&mut archive, limits)
}

/// The page's wasm reads no zip: JavaScript unpacks a `.docx` and calls [`decode_unpacked`].
#[cfg(not(any(feature = "wasm-zip", not(target_arch = "wasm32"))))]
fn docx(_bytes: &[u8], _limits: &Limits) -> Result<Decoded, Error> {
    Err(broken("这个版本由页面解压 .docx"))
}

/// Decode a `.docx` whose zip container was read elsewhere (the page's JavaScript): the same
/// parts, limits, messages and text as [`decode`] of the file's bytes.
pub fn decode_unpacked(zip: &mut Unpacked) -> Result<Decoded, Error> {
    let limits = Limits::default();
    if let Some(problem) = &zip.problem {
        return Err(broken(format!("zip 结构无法解析：{problem}")));
    }
    if zip.declared > limits.max_entries {
        return Err(too_large(format!("包含 {} 个压缩条目，超过 {} 个的上限", zip.declared, limits.max_entries)));
    }
    docx_text(zip, &limits)
}

fn docx_text(archive: &mut impl Container, limits: &Limits) -> Result<Decoded, Error> {
    let names = archive.names();
    if names.len() > limits.max_entries {
        return Err(too_large(format!("包含 {} 个压缩条目，超过 {} 个的上限", names.len(), limits.max_entries)));
    }
    let has = |n: &str| names.iter().any(|x| x == n);

    let main_part = if has("word/document.xml") {
        Some("word/document.xml".to_string())
    } else {
        office_document_target(archive, limits).filter(|p| p.starts_with("word/") && has(p))
    };
    let Some(part) = main_part else {
        return Err(not_docx(archive, &names));
    };

    let xml = read_part(archive, &part, limits)?;
    let text = document_text(&xml, limits)?;
    let mut notices = Vec::new();
    if text.trim().is_empty() {
        notices.push("文档中没有找到文字（可能只有图片、扫描件或文本框）".into());
    }
    Ok(Decoded { text, encoding: "docx".into(), notices })
}

fn not_docx(archive: &mut impl Container, names: &[String]) -> Error {
    let has = |n: &str| names.iter().any(|x| x == n);
    let message = if has("xl/workbook.xml") {
        "这是 Excel 表格（.xlsx），不是工作汇报文本；请把正文复制到 .docx 或 .txt 后再打开".to_string()
    } else if has("ppt/presentation.xml") {
        "这是 PowerPoint 演示文稿（.pptx）；请把正文复制到 .docx 或 .txt 后再打开".to_string()
    } else if let Some(mime) = opendocument_mime(archive) {
        if mime.contains("opendocument.text") {
            "这是 OpenDocument 文本（.odt），请在 WPS、Word 或 LibreOffice 中另存为 .docx 或 .txt 后再打开".to_string()
        } else {
            format!("这是 OpenDocument 文件（{mime}），不是文字文档；请把正文复制到 .docx 或 .txt 后再打开")
        }
    } else if has("Contents/Body.xml") || names.iter().any(|n| n.starts_with("Doc_") || n == "OFD.xml") {
        "这是 OFD 版式文件，无法直接读取文字；请在 OFD 阅读器中导出为文字，或复制正文到 .txt 后再打开".to_string()
    } else {
        "这是一个压缩包（zip），不是 .docx 文档；请解压后打开其中的 .docx 或 .txt 文件".to_string()
    };
    Error::new("zip-not-docx", message)
}

fn opendocument_mime(archive: &mut impl Container) -> Option<String> {
    let mut buf = archive.read("mimetype", 200).ok()?;
    buf.truncate(200);
    let s = String::from_utf8(buf).ok()?;
    s.starts_with("application/vnd.oasis.opendocument").then(|| s.trim().to_string())
}

/// The main part named by `_rels/.rels` (some generators do not call it `document.xml`).
pub(crate) fn office_document_target(archive: &mut impl Container, limits: &Limits) -> Option<String> {
    let xml = read_part(archive, "_rels/.rels", limits).ok()?;
    let xml = xml_to_string(&xml).ok()?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                let mut ty = String::new();
                let mut target = String::new();
                for a in e.attributes().flatten() {
                    let v = a.unescape_value().ok()?.into_owned();
                    match a.key.local_name().as_ref() {
                        b"Type" => ty = v,
                        b"Target" => target = v,
                        _ => {}
                    }
                }
                if ty.ends_with("/officeDocument") {
                    return Some(target.trim_start_matches('/').to_string());
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
    }
}

pub(crate) fn read_part(archive: &mut impl Container, name: &str, limits: &Limits) -> Result<Vec<u8>, Error> {
    let (declared, compressed) = archive.sizes(name).map_err(broken)?;
    let compressed = compressed.max(1);
    if declared > limits.max_xml {
        return Err(too_large(format!(
            "的正文解压后有 {}，超过 {} 的上限",
            human_size(declared),
            human_size(limits.max_xml)
        )));
    }
    if declared > limits.ratio_floor && declared / compressed > limits.max_ratio {
        return Err(too_large(format!("的压缩比异常（{}:1），像是“压缩炸弹”", declared / compressed)));
    }
    // The declared size may lie: never decompress more than the limit.
    let buf = archive.read(name, limits.max_xml).map_err(broken)?;
    if buf.len() as u64 > limits.max_xml {
        return Err(too_large(format!("的正文解压后超过 {} 的上限", human_size(limits.max_xml))));
    }
    Ok(buf)
}

pub(crate) fn xml_to_string(bytes: &[u8]) -> Result<String, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_counting(Enc::Utf16Le, rest).0);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_counting(Enc::Utf16Be, rest).0);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|_| broken("XML 不是有效的 UTF-8"))
}

/// What is wrong with the body XML and where, in words a user can act on. Not quick-xml's
/// `Display`: it is English, and formatting it links std's I/O error texts into the page's wasm.
pub(crate) fn xml_error(what: &str, e: &quick_xml::Error, at: u64) -> String {
    use quick_xml::errors::IllFormedError as Ill;
    use quick_xml::escape::EscapeError as Esc;
    let why = match e {
        quick_xml::Error::IllFormed(Ill::MismatchedEndTag { expected, found }) => {
            format!("，结束标签 </{found}> 应为 </{expected}>")
        }
        quick_xml::Error::IllFormed(Ill::MissingEndTag(tag)) => format!("，<{tag}> 没有结束标签"),
        quick_xml::Error::IllFormed(Ill::UnmatchedEndTag(tag)) => format!("，多出结束标签 </{tag}>"),
        quick_xml::Error::Escape(Esc::UnrecognizedEntity(_, name)) => format!("，无法识别的实体 &{name};"),
        _ => String::new(),
    };
    format!("{what}：第 {at} 字节附近{why}")
}

/// Paragraph texts of a WordprocessingML document, in document order, joined with `\n`.
/// Table cells are paragraphs too; `w:tab` → `\t`, `w:br`/`w:cr` → `\n`; the fallback copy
/// of a text box (`mc:Fallback`) is skipped so its text appears once.
pub(crate) fn document_text(xml: &[u8], limits: &Limits) -> Result<String, Error> {
    let xml = xml_to_string(xml)?;
    let mut reader = NsReader::from_str(&xml);
    reader.config_mut().check_end_names = true;

    let mut out = String::new();
    let mut depth = 0usize;
    // Depth of the `w:t` we are in, the runs we are in, and the skipped subtree.
    let mut in_text: Option<usize> = None;
    let mut runs = 0usize;
    let mut skip_until: Option<usize> = None;
    let mut paragraphs = 0usize;

    loop {
        let (ns, event) = match reader.read_resolved_event() {
            Ok(x) => x,
            Err(e) => return Err(broken(xml_error("XML 格式错误", &e, reader.error_position()))),
        };
        let is_w = matches!(ns, ResolveResult::Bound(n) if W_NS.contains(&n.as_ref()));
        let is_mc = matches!(ns, ResolveResult::Bound(n) if n.as_ref() == MC_NS);
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(broken(format!("XML 嵌套超过 {} 层", limits.max_depth)));
                }
                if skip_until.is_some() {
                    continue;
                }
                let local = e.local_name();
                if is_mc && local.as_ref() == b"Fallback" {
                    skip_until = Some(depth);
                } else if is_w {
                    match local.as_ref() {
                        b"t" => in_text = Some(depth),
                        b"r" => runs += 1,
                        b"p" => {
                            if paragraphs > 0 {
                                out.push('\n');
                            }
                            paragraphs += 1;
                        }
                        _ => {}
                    }
                }
            }
            Event::Empty(e) => {
                if skip_until.is_some() || !is_w {
                    continue;
                }
                match e.local_name().as_ref() {
                    b"tab" if runs > 0 => out.push('\t'),
                    b"br" | b"cr" if runs > 0 => out.push('\n'),
                    b"noBreakHyphen" if runs > 0 => out.push('-'),
                    b"p" => {
                        if paragraphs > 0 {
                            out.push('\n');
                        }
                        paragraphs += 1;
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                if skip_until == Some(depth) {
                    skip_until = None;
                } else if skip_until.is_none() && is_w {
                    match e.local_name().as_ref() {
                        b"t" if in_text == Some(depth) => in_text = None,
                        b"r" => runs = runs.saturating_sub(1),
                        _ => {}
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) if in_text.is_some() && skip_until.is_none() => {
                let s = match t.unescape() {
                    Ok(s) => s,
                    Err(e) => return Err(broken(xml_error("XML 文字转义错误", &e, reader.buffer_position()))),
                };
                out.push_str(&s);
            }
            Event::CData(t) if in_text.is_some() && skip_until.is_none() => {
                out.push_str(&String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err(broken("XML 在结束前被截断"));
    }
    if paragraphs == 0 {
        return Err(broken("没有找到 Word 段落，可能不是 Word 文档"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> Decoded {
        decode(bytes, None).expect("decodes")
    }

    fn err(bytes: &[u8]) -> Error {
        decode(bytes, None).expect_err("refused")
    }

    const REPORT: &str =
        "关于2023年工作情况的汇报\r\n一、总体情况\r\n全镇共有20个党支部，其中机关党支部8个，农村党支部12个。\r\n";

    #[test]
    fn utf8_plain_and_bom() {
        let d = ok(REPORT.as_bytes());
        assert_eq!((d.text.as_str(), d.encoding.as_str()), (REPORT, "UTF-8"));
        assert!(d.notices.is_empty());
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice(REPORT.as_bytes());
        assert_eq!(ok(&b).text, REPORT);
    }

    #[test]
    fn gbk_is_read_as_gb18030() {
        let (bytes, _, _) = encoding_rs::GBK.encode(REPORT);
        let d = ok(&bytes);
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, REPORT);
        assert!(d.notices.is_empty(), "{:?}", d.notices);
    }

    #[test]
    fn big5_is_not_read_as_gb18030() {
        let zh_hant = "關於二〇二三年度工作情況的匯報：全鎮共有二十個黨支部，其中機關黨支部八個，農村黨支部十二個。";
        let (bytes, _, unmappable) = encoding_rs::BIG5.encode(zh_hant);
        assert!(!unmappable);
        let d = ok(&bytes);
        assert_eq!(d.encoding, "Big5");
        assert_eq!(d.text, zh_hant);
    }

    #[test]
    fn short_gbk_still_chinese() {
        let (bytes, _, _) = encoding_rs::GBK.encode("工作汇报");
        assert_eq!(ok(&bytes).text, "工作汇报");
    }

    #[test]
    fn utf16_both_orders() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in REPORT.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(ok(&le).text, REPORT);
        assert_eq!(ok(&le).encoding, "UTF-16LE");
        assert_eq!(ok(&be).text, REPORT);
        assert_eq!(ok(&be).encoding, "UTF-16BE");
    }

    #[test]
    fn utf16le_without_bom_mostly_ascii() {
        let s = "Work report 2023: 20个党支部, 60余万元\n";
        let b: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = ok(&b);
        assert_eq!(d.text, s);
        assert_eq!(d.notices.len(), 1);
    }

    #[test]
    fn damaged_utf8_stays_utf8_with_notice() {
        let mut b = "一、总体情况，共有20个党支部".as_bytes().to_vec();
        b.push(0xFF);
        b.extend_from_slice("，其中机关党支部8个。".as_bytes());
        let d = ok(&b);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.text, "一、总体情况，共有20个党支部\u{FFFD}，其中机关党支部8个。");
        assert!(d.notices[0].contains("1 处"), "{:?}", d.notices);
    }

    #[test]
    fn refusals() {
        assert_eq!(err(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0").kind, "legacy-doc");
        assert!(err(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").message.contains(".doc"));
        // A compound file named .docx is an encrypted .docx — told only where compound files are read.
        let named_docx = if cfg!(feature = "legacy-doc") { "docx-encrypted" } else { "legacy-doc" };
        assert_eq!(decode(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", Some("汇报.docx")).unwrap_err().kind, named_docx);
        assert_eq!(err(b"%PDF-1.7\n%\xE2\xE3").kind, "pdf");
        assert_eq!(err(b"\x89PNG\r\n\x1A\n\0\0\0\rIHDR").kind, "image");
        assert_eq!(err(b"\xFF\xD8\xFF\xE0\0\x10JFIF").kind, "image");
        assert_eq!(err(b"GIF89a\x01\0").kind, "image");
        assert_eq!(err(b"RIFF\0\0\0\0WEBPVP8 ").kind, "image");
        assert_eq!(err("{\\rtf1\\ansi 工作".as_bytes()).kind, "rtf");
        assert_eq!(err(b"\x7FELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0").kind, "binary");
    }

    #[test]
    fn text_starting_with_bm_is_text() {
        assert_eq!(ok("BM项目工作总结".as_bytes()).text, "BM项目工作总结");
    }

    #[test]
    fn empty_is_ok_with_notice() {
        let d = ok(b"");
        assert_eq!(d.text, "");
        assert_eq!(d.notices, vec!["文件是空的".to_string()]);
    }

    #[test]
    fn too_large() {
        let limits = Limits { max_input: 10, ..Limits::default() };
        let e = decode_with_limits("工作汇报工作汇报".as_bytes(), None, &limits).unwrap_err();
        assert_eq!(e.kind, "too-large");
    }

    /// A zip made with the zip crate, and the same zip as the page's JavaScript unpacks it
    /// (every entry listed, the bytes of those given in `unpack`).
    fn zip_and_unpacked(parts: &[(&str, &str)], unpack: &[&str]) -> (Vec<u8>, Unpacked) {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, body) in parts {
            w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(body.as_bytes()).unwrap();
        }
        let bytes = w.finish().unwrap().into_inner();
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
        let entries = parts
            .iter()
            .map(|(name, body)| UnpackedEntry {
                name: name.to_string(),
                size: body.len() as u64,
                compressed: archive.by_name(name).unwrap().compressed_size(),
                data: unpack.contains(name).then(|| body.as_bytes().to_vec()),
                error: None,
            })
            .collect::<Vec<_>>();
        (bytes, Unpacked { declared: entries.len(), entries, problem: None })
    }

    const W_DOC: &str = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:p><w:r><w:t>共有xxx个党支部</w:t></w:r></w:p></w:body></w:document>"#;

    #[test]
    fn unpacked_docx_reads_as_the_zip_does() {
        // Main part named by _rels/.rels (not word/document.xml): the page unpacks .rels and word/*.xml.
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>"#;
        for (parts, unpack) in [
            (vec![("[Content_Types].xml", "<Types/>"), ("word/document.xml", W_DOC)], vec!["word/document.xml"]),
            (vec![("_rels/.rels", rels), ("word/main.xml", W_DOC)], vec!["_rels/.rels", "word/main.xml"]),
        ] {
            let (bytes, mut unpacked) = zip_and_unpacked(&parts, &unpack);
            let native = decode(&bytes, Some("a.docx")).unwrap();
            assert_eq!(native.text, "一、总体情况\n共有xxx个党支部");
            assert_eq!(decode_unpacked(&mut unpacked).unwrap(), native);
        }
    }

    #[test]
    fn unpacked_refusals_have_the_zip_readers_messages() {
        // Not a .docx: an .xlsx, named by its parts (no bytes needed).
        let (bytes, mut unpacked) = zip_and_unpacked(&[("xl/workbook.xml", "<workbook/>")], &[]);
        let native = decode(&bytes, None).unwrap_err();
        assert_eq!(native.kind, "zip-not-docx");
        assert_eq!(decode_unpacked(&mut unpacked).unwrap_err(), native);
        // An .odt, told by its mimetype entry.
        let odt = "application/vnd.oasis.opendocument.text";
        let (bytes, mut unpacked) = zip_and_unpacked(&[("mimetype", odt), ("content.xml", "<x/>")], &["mimetype"]);
        assert_eq!(decode_unpacked(&mut unpacked).unwrap_err(), decode(&bytes, None).unwrap_err());
        assert!(decode_unpacked(&mut unpacked).unwrap_err().message.contains(".odt"));

        // The zip could not be read, too many entries, a part that failed, a part too large.
        let (_, mut u) = zip_and_unpacked(&[("word/document.xml", W_DOC)], &["word/document.xml"]);
        u.problem = Some("找不到 zip 目录".into());
        let e = decode_unpacked(&mut u).unwrap_err();
        assert_eq!(e.kind, "docx-broken");
        assert!(e.message.contains("找不到 zip 目录"), "{}", e.message);
        u.problem = None;
        u.declared = 20_000;
        assert!(decode_unpacked(&mut u).unwrap_err().message.contains("20000 个压缩条目"));
        u.declared = 1;
        u.entries[0].error = Some("解压 word/document.xml 失败：数据校验（CRC-32）不符".into());
        let e = decode_unpacked(&mut u).unwrap_err();
        assert_eq!(e.kind, "docx-broken");
        assert!(e.message.contains("CRC-32"), "{}", e.message);
        u.entries[0].error = None;
        u.entries[0].size = 1 << 30;
        assert_eq!(decode_unpacked(&mut u).unwrap_err().kind, "docx-too-large");
        // The sizes said small but the bytes were cut at the limit: refused, not truncated.
        u.entries[0].size = 10;
        u.entries[0].data = Some(vec![b' '; (64 << 20) + 1]);
        assert_eq!(decode_unpacked(&mut u).unwrap_err().kind, "docx-too-large");
    }

    #[test]
    fn docx_xml_paragraphs_tabs_breaks_and_fallback() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>
  <w:r><w:t>一、总体</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">情况 </w:t></w:r></w:p>
<w:p><w:r><w:t>共有20个&lt;党支部&gt;</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>文本框</w:t></mc:Choice><mc:Fallback><w:t>文本框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>结束</w:t></w:r></w:p>
</w:body></w:document>"#;
        let text = document_text(xml.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(text, "一、总体\t情况 \n共有20个<党支部>\n第二行\n单元格\n文本框\n\n结束");
    }

    #[test]
    fn docx_xml_broken_and_deep() {
        let bad = br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:t>x</w:p></w:document>"#;
        let e = document_text(bad, &Limits::default()).unwrap_err();
        assert_eq!(e.kind, "docx-broken");
        // Says where (the byte the bad end tag starts at) and what, in Chinese.
        assert!(e.message.contains("XML 格式错误：第 94 字节附近，结束标签 </w:p> 应为 </w:t>"), "{}", e.message);
        let entity = br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>x&foo;</w:t></w:r></w:p></w:document>"#;
        let e = document_text(entity, &Limits::default()).unwrap_err();
        assert!(e.message.contains("无法识别的实体 &foo;"), "{}", e.message);
        let deep = format!(
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{}{}</w:document>"#,
            "<w:p>".repeat(50),
            "</w:p>".repeat(50)
        );
        let limits = Limits { max_depth: 20, ..Limits::default() };
        let e = document_text(deep.as_bytes(), &limits).unwrap_err();
        assert!(e.message.contains("嵌套"), "{}", e.message);
    }

    #[test]
    fn never_panics_on_prefixes_of_magic() {
        for magic in [&b"PK\x03\x04"[..], b"PK\x05\x06", b"\xFF\xFE", b"\xFE\xFF", b"\xEF\xBB", b"RIFF", b"BM"] {
            for n in 0..=magic.len() {
                let _ = decode(&magic[..n], None);
            }
            let _ = decode(&[magic, &[0u8; 30][..]].concat(), None);
        }
    }
}
