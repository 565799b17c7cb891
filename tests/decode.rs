//! Bytes → text: every encoding and file type a user may drop on the page or pass to the CLI.

use std::io::Write;

use report_lens::decode::{decode, decode_with_limits, Decoded, Limits};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

const REPORT: &str = "关于2023年度𠮷xx镇工作情况的汇报\r\n尊敬的各位领导：\r\n一、总体情况\r\n全镇共有20个党支部，其中机关党支部8个，农村党支部12个，完成投资60余万元。\r\n";

fn ok(bytes: &[u8]) -> Decoded {
    match decode(bytes, None) {
        Ok(d) => d,
        Err(e) => panic!("refused: {} {}", e.kind, e.message),
    }
}

#[cfg(feature = "legacy-doc")]
fn read(bytes: &[u8], name: Option<&str>) -> Decoded {
    match decode(bytes, name) {
        Ok(d) => d,
        Err(e) => panic!("refused: {} {}", e.kind, e.message),
    }
}

fn refused(bytes: &[u8], name: Option<&str>) -> (String, String) {
    let e = decode(bytes, name).expect_err("should be refused");
    (e.kind, e.message)
}

fn utf16(s: &str, le: bool) -> Vec<u8> {
    let mut b = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in s.encode_utf16() {
        b.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    b
}

/// A minimal .docx: `[Content_Types].xml`, `_rels/.rels` and `word/document.xml`.
fn docx(body: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let parts: Vec<(&str, &[u8])> = vec![
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
        ),
        (
            "_rels/.rels",
            br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
        ),
        ("word/document.xml", doc.as_bytes()),
    ];
    for (name, data) in parts.iter().chain(extra.iter()) {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn plain_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in files {
        w.start_file(*name, SimpleFileOptions::default()).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn utf8_without_and_with_bom() {
    let d = ok(REPORT.as_bytes());
    assert_eq!(d.text, REPORT);
    assert_eq!(d.encoding, "UTF-8");
    assert!(d.notices.is_empty());

    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(REPORT.as_bytes());
    let d = ok(&bom);
    assert_eq!(d.text, REPORT, "the BOM is the encoding marker, not text");
    assert_eq!(d.encoding, "UTF-8");
}

#[test]
fn crlf_is_preserved() {
    for bytes in [REPORT.as_bytes().to_vec(), utf16(REPORT, true), encoding_rs::GB18030.encode(REPORT).0.into_owned()] {
        assert_eq!(ok(&bytes).text.matches("\r\n").count(), 4);
    }
}

#[test]
fn gbk() {
    // 𠮷 is not in GBK; keep to what GBK can encode.
    let text = REPORT.replace('𠮷', "");
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    let d = ok(&bytes);
    assert_eq!(d.text, text);
    assert_eq!(d.encoding, "GB18030");
    assert!(d.notices.is_empty(), "{:?}", d.notices);
}

#[test]
fn gb18030_four_byte_characters() {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(REPORT);
    assert!(!unmappable);
    assert!(bytes.len() > 4);
    let d = ok(&bytes);
    assert_eq!(d.text, REPORT, "𠮷 is a four-byte GB18030 sequence");
    assert_eq!(d.encoding, "GB18030");
}

#[test]
fn every_seed_read_as_gbk() {
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&text);
        assert!(!unmappable);
        let d = ok(&bytes);
        assert_eq!(d.text, text, "{}", path.display());
        assert!(d.notices.is_empty(), "{}: {:?}", path.display(), d.notices);
    }
}

#[test]
fn utf16_le_and_be_with_bom() {
    let d = ok(&utf16(REPORT, true));
    assert_eq!((d.text.as_str(), d.encoding.as_str()), (REPORT, "UTF-16LE"));
    let d = ok(&utf16(REPORT, false));
    assert_eq!((d.text.as_str(), d.encoding.as_str()), (REPORT, "UTF-16BE"));
}

#[test]
fn utf16_odd_trailing_byte_is_reported() {
    let mut b = utf16("工作汇报", true);
    b.push(0x41);
    let d = ok(&b);
    assert_eq!(d.text, "工作汇报\u{FFFD}");
    assert!(d.notices.iter().any(|n| n.contains("U+FFFD")), "{:?}", d.notices);
}

#[test]
fn invalid_utf8_in_mostly_utf8_text_is_not_gbk_mojibake() {
    let mut b = "一、总体情况\n全镇共有20个党支部，".as_bytes().to_vec();
    b.extend_from_slice(&[0xC3, 0x28]); // a broken two-byte sequence
    b.extend_from_slice("其中机关党支部8个".as_bytes());
    b.push(0xFF);
    b.extend_from_slice("，农村党支部12个。\n".as_bytes());
    let d = ok(&b);
    assert_eq!(d.encoding, "UTF-8");
    assert_eq!(d.text, "一、总体情况\n全镇共有20个党支部，\u{FFFD}(其中机关党支部8个\u{FFFD}，农村党支部12个。\n");
    assert_eq!(d.notices.len(), 1, "{:?}", d.notices);
    assert!(d.notices[0].contains("2 处"), "{}", d.notices[0]);
}

#[test]
fn docx_paragraphs_table_and_markup_like_text() {
    let body = r#"
<w:p><w:r><w:t>关于2023年工作情况的汇报</w:t></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>一、</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">总体情况 </w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>党支部</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>20个</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>&lt;script&gt;alert("𠮷")&lt;/script&gt; &amp; 其他</w:t><w:br/><w:t>换行后</w:t></w:r></w:p>"#;
    let bytes = docx(body, &[]);
    let d = decode(&bytes, Some("汇报.docx")).expect("docx");
    assert_eq!(d.encoding, "docx");
    assert_eq!(
        d.text,
        "关于2023年工作情况的汇报\n一、\t总体情况 \n党支部\n20个\n<script>alert(\"𠮷\")</script> & 其他\n换行后"
    );
    assert!(d.notices.is_empty());
    // The file name does not matter: the bytes say it is a docx.
    assert_eq!(ok(&bytes).text, d.text);
}

#[test]
fn docx_without_text_has_a_notice() {
    let d = ok(&docx("<w:p/><w:p><w:r/></w:p>", &[]));
    assert_eq!(d.text, "\n");
    assert_eq!(d.notices.len(), 1);
}

#[test]
fn docx_with_broken_xml() {
    let (kind, message) = refused(&docx("<w:p><w:r><w:t>未闭合</w:r></w:p>", &[]), None);
    assert_eq!(kind, "docx-broken");
    assert!(message.contains("损坏"), "{message}");
}

#[test]
fn docx_nested_too_deep() {
    let body = format!("{}x{}", "<w:p>".repeat(1_200), "</w:p>".repeat(1_200));
    let (kind, message) = refused(&docx(&body, &[]), None);
    assert_eq!(kind, "docx-broken");
    assert!(message.contains("1000"), "{message}");
}

#[test]
fn docx_zip_bomb_is_refused_by_limits() {
    // Highly compressible text: 2 MiB of one paragraph repeated.
    let para = "<w:p><w:r><w:t>工作汇报工作汇报工作汇报</w:t></w:r></w:p>";
    let body = para.repeat((2 << 20) / para.len());
    let bytes = docx(&body, &[]);
    assert!(bytes.len() < (2 << 20) / 20, "compressed to {}", bytes.len());

    let small_xml = Limits { max_xml: 1 << 20, ..Limits::default() };
    let e = decode_with_limits(&bytes, None, &small_xml).unwrap_err();
    assert_eq!(e.kind, "docx-too-large", "{}", e.message);

    let ratio = Limits { max_ratio: 10, ratio_floor: 1 << 20, ..Limits::default() };
    let e = decode_with_limits(&bytes, None, &ratio).unwrap_err();
    assert_eq!(e.kind, "docx-too-large");
    assert!(e.message.contains("压缩"), "{}", e.message);

    // With the default limits the same file is fine.
    assert!(ok(&bytes).text.starts_with("工作汇报"));
}

#[test]
fn zip_with_too_many_entries() {
    let files: Vec<(String, Vec<u8>)> = (0..30).map(|i| (format!("f{i}.txt"), vec![])).collect();
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    let limits = Limits { max_entries: 20, ..Limits::default() };
    let e = decode_with_limits(&plain_zip(&refs), None, &limits).unwrap_err();
    assert_eq!(e.kind, "docx-too-large");
}

#[test]
fn zips_that_are_not_docx() {
    let (kind, message) = refused(&plain_zip(&[("xl/workbook.xml", b"<x/>")]), None);
    assert_eq!(kind, "zip-not-docx");
    assert!(message.contains("Excel"), "{message}");
    let (_, message) = refused(&plain_zip(&[("ppt/presentation.xml", b"<x/>")]), None);
    assert!(message.contains("PowerPoint"), "{message}");
    let (_, message) = refused(&plain_zip(&[("mimetype", b"application/vnd.oasis.opendocument.text")]), None);
    assert!(message.contains(".odt"), "{message}");
    let (kind, message) = refused(&plain_zip(&[("汇报.txt", "工作汇报".as_bytes())]), None);
    assert_eq!(kind, "zip-not-docx");
    assert!(message.contains("压缩包"), "{message}");
}

#[test]
fn truncated_zip_is_broken() {
    let bytes = docx("<w:p><w:r><w:t>工作</w:t></w:r></w:p>", &[]);
    let (kind, _) = refused(&bytes[..bytes.len() / 2], Some("a.docx"));
    assert_eq!(kind, "docx-broken");
}

/// Without the `legacy-doc` feature (the page's wasm) a compound file is refused with a
/// message that points to the .docx (and to the CLI, which reads it).
#[cfg(not(feature = "legacy-doc"))]
#[test]
fn legacy_doc_without_the_reader() {
    let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    b.extend_from_slice(&[0; 504]);
    let (kind, message) = refused(&b, Some("汇报.doc"));
    assert_eq!(kind, "legacy-doc");
    assert!(message.contains("另存为 .docx"), "{message}");
}

#[cfg(feature = "legacy-doc")]
#[test]
fn legacy_doc() {
    let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    b.extend_from_slice(&[0; 504]);
    let (kind, message) = refused(&b, Some("汇报.doc"));
    assert_eq!(kind, "legacy-doc");
    assert!(message.contains("Word 文件（.doc/.wps）已损坏"), "{message}");
    let (kind, message) = refused(&b, Some("汇报.docx"));
    assert_eq!(kind, "docx-encrypted");
    assert!(message.contains("密码"));
}

#[test]
fn pdf_image_rtf() {
    let (kind, message) = refused(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj", None);
    assert_eq!(kind, "pdf");
    assert!(message.contains("PDF"));
    let (kind, message) = refused(b"\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\0\0\0\x01", None);
    assert_eq!(kind, "image");
    assert!(message.contains("PNG"));
    assert_eq!(refused(b"\xFF\xD8\xFF\xE1\0\0Exif", None).0, "image");
    let mut bmp = b"BM\x46\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0".to_vec();
    bmp.extend_from_slice(&[0; 40]);
    assert_eq!(refused(&bmp, None).0, "image");
    assert_eq!(refused(b"{\\rtf1\\ansi\\ansicpg936 x}", None).0, "rtf");
}

#[test]
fn random_binary_with_nuls() {
    // A deterministic pseudo-random byte soup with NULs.
    let mut x: u32 = 0x1234_5678;
    let bytes: Vec<u8> = (0..4096)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if i % 50 == 0 {
                0
            } else {
                (x >> 24) as u8
            }
        })
        .collect();
    let (kind, message) = refused(&bytes, Some("a.txt"));
    assert_eq!(kind, "binary");
    assert!(message.contains("不是文本文件"), "{message}");
    // An executable.
    let mut elf = b"\x7FELF\x02\x01\x01\0".to_vec();
    elf.extend_from_slice(&[0; 64]);
    let (kind, message) = refused(&elf, None);
    assert_eq!(kind, "binary");
    assert!(message.contains("可执行"), "{message}");
}

#[test]
fn empty_file() {
    let d = ok(b"");
    assert_eq!(d.text, "");
    assert_eq!(d.notices, vec!["文件是空的".to_string()]);
}

#[test]
fn too_large_input() {
    let limits = Limits { max_input: 100, ..Limits::default() };
    let e = decode_with_limits(REPORT.repeat(3).as_bytes(), None, &limits).unwrap_err();
    assert_eq!(e.kind, "too-large");
    assert!(e.message.contains("太大"));
}

#[test]
fn never_panics_on_truncations_and_corruptions() {
    let inputs = [
        REPORT.as_bytes().to_vec(),
        utf16(REPORT, true),
        encoding_rs::GB18030.encode(REPORT).0.into_owned(),
        docx("<w:p><w:r><w:t>工作</w:t></w:r></w:p>", &[]),
    ];
    for input in &inputs {
        for n in 0..input.len().min(400) {
            let _ = decode(&input[..n], None);
            let mut flipped = input.clone();
            flipped[n] ^= 0xA5;
            let _ = decode(&flipped, Some("x.docx"));
        }
    }
}

// ------------------------------------------------------------------------------- legacy Word

/// `fixtures/word/report.doc` is LibreOffice's Word 97 export of `report.docx` (see
/// `fixtures/word/make.sh`): both read to the same text — styled runs, a heading over three
/// runs, a PAGE field's result, a table's cells — and the header is left out of both.
#[cfg(feature = "legacy-doc")]
#[test]
fn doc_reads_like_its_docx_twin() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/word/");
    let docx = read(&std::fs::read(format!("{dir}report.docx")).unwrap(), Some("report.docx"));
    let doc = read(&std::fs::read(format!("{dir}report.doc")).unwrap(), Some("report.doc"));
    assert_eq!(doc.encoding, "doc");
    assert!(doc.notices.is_empty(), "{:?}", doc.notices);
    assert_eq!(doc.text, docx.text);
    assert!(
        doc.text.starts_with("关于xxx镇2023年工作情况的汇报\n各位领导、同志们：\n一、总体情况\n截止目前，"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("第1页") && doc.text.contains("项目\n数量\n新建道路\n12公里"), "{}", doc.text);
    assert!(!doc.text.contains("文件"), "the header is not body text");
    // The extension does not matter: a .wps in the same format, or no name at all.
    assert_eq!(read(&std::fs::read(format!("{dir}report.doc")).unwrap(), Some("模板.wps")).text, doc.text);
}

/// A compound file built here with the `cfb` crate: a Word FIB with fEncrypted set, an
/// encrypted .docx (EncryptionInfo), an Excel workbook.
#[cfg(feature = "legacy-doc")]
fn compound(streams: &[(&str, &[u8])]) -> Vec<u8> {
    let mut cf = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    for (name, data) in streams {
        cf.create_stream(name).unwrap().write_all(data).unwrap();
    }
    cf.into_inner().into_inner()
}

#[cfg(feature = "legacy-doc")]
#[test]
fn doc_encrypted_old_and_other_compound_files() {
    let mut fib = vec![0u8; 1024];
    fib[0..2].copy_from_slice(&0xA5ECu16.to_le_bytes());
    fib[2..4].copy_from_slice(&193u16.to_le_bytes());
    fib[0x0A..0x0C].copy_from_slice(&0x0100u16.to_le_bytes());
    let (kind, message) = refused(&compound(&[("WordDocument", &fib), ("0Table", &[0; 16])]), Some("a.doc"));
    assert_eq!(kind, "doc-encrypted");
    assert!(message.contains("密码"), "{message}");

    fib[2..4].copy_from_slice(&104u16.to_le_bytes());
    fib[0x0A..0x0C].copy_from_slice(&0u16.to_le_bytes());
    // A FIB pointing at a piece table that is not there.
    let (kind, message) = refused(&compound(&[("WordDocument", &fib), ("0Table", &[0; 16])]), Some("a.doc"));
    assert_eq!(kind, "legacy-doc");
    assert!(message.contains("已损坏"), "{message}");

    fib[2..4].copy_from_slice(&100u16.to_le_bytes());
    assert_eq!(refused(&compound(&[("WordDocument", &fib)]), Some("a.doc")).0, "doc-old");

    let (kind, message) = refused(&compound(&[("EncryptionInfo", b"x"), ("EncryptedPackage", b"y")]), Some("a.docx"));
    assert_eq!(kind, "docx-encrypted");
    assert!(message.contains("密码"), "{message}");
    let (kind, message) = refused(&compound(&[("Workbook", b"x")]), Some("a.doc"));
    assert_eq!(kind, "legacy-doc");
    assert!(message.contains("Excel"), "{message}");
}
