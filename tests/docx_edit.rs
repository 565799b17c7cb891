//! Fill and fix inside an original `.docx` (src/docx.rs): a package built here with styled
//! runs, a title whose placeholder is split over runs, a heading over three runs, a misused
//! word split over two runs, a PAGE field, a table, a header and a binary part. After fill +
//! fix the output opens with `zip` and `quick-xml`, every untouched part is identical, run
//! properties are kept, and the `w:ins`/`w:del` pairs give the fixed text when accepted and the
//! original when rejected (the small accept/reject below is independent of the crate's reader).

use std::io::{Cursor, Read, Write};

use quick_xml::events::Event;
use report_lens::docx::{edit_docx, finding_notes, DocxOptions, Note};
use report_lens::edit::{self, Edit, Fill};
use report_lens::{analyse, decode, Options};

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

fn run(text: &str, rpr: &str) -> String {
    let rpr = if rpr.is_empty() { String::new() } else { format!("<w:rPr>{rpr}</w:rPr>") };
    format!(r#"<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

fn para(ppr: &str, runs: &[String]) -> String {
    let ppr = if ppr.is_empty() { String::new() } else { format!("<w:pPr>{ppr}</w:pPr>") };
    format!("<w:p>{ppr}{}</w:p>", runs.concat())
}

fn document_xml() -> String {
    let cell = |t: &str| {
        format!(r#"<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{}</w:tc>"#, para("", &[run(t, "")]))
    };
    let body = [
        para(
            r#"<w:jc w:val="center"/>"#,
            &[run("关于", r#"<w:rFonts w:eastAsia="黑体"/><w:sz w:val="44"/>"#), run("xx", "<w:b/>"), run("x镇2023年工作情况的汇报", r#"<w:sz w:val="44"/>"#)],
        ),
        para("", &[run("各位领导、同志们：", "")]),
        para(
            r#"<w:pStyle w:val="Heading1"/>"#,
            &[run("一、", "<w:b/>"), run("总体", r#"<w:b/><w:color w:val="C00000"/>"#), run("情况", "<w:b/><w:i/>")],
        ),
        para("", &[run("截止", r#"<w:u w:val="single"/>"#), run("目前，全镇共有17各社区，", ""), run("党员学习27期。", "")]),
        para(
            "",
            &[
                run("第", ""),
                r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#.into(),
                run("1", ""),
                r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#.into(),
                run("页，化解率达到95%。", ""),
            ],
        ),
        format!(
            r#"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>"#,
            cell("项目"),
            cell("数量"),
            cell("新建道路"),
            cell("12公里")
        ),
        para(r#"<w:pStyle w:val="Heading1"/>"#, &[run("二、下一步打算", "")]),
        para("", &[run("全面做好布暑工作。", r#"<w:rFonts w:eastAsia="仿宋_GB2312"/>"#)]),
        para(r#"<w:jc w:val="right"/>"#, &[run("xxx镇人民政府", "")]),
    ]
    .concat();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    )
}

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89 not a real picture";

fn parts() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#.to_vec()),
        ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_vec()),
        ("word/document.xml", document_xml().into_bytes()),
        ("word/_rels/document.xml.rels", br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>"#.to_vec()),
        ("word/styles.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style></w:styles>"#).into_bytes()),
        ("word/header1.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:r><w:t>xxx镇人民政府文件 截止目前</w:t></w:r></w:p></w:hdr>"#).into_bytes()),
        ("word/media/image1.png", PNG.to_vec()),
    ]
}

fn build() -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in parts() {
        let method =
            if name.ends_with(".png") { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
        w.start_file(name, zip::write::SimpleFileOptions::default().compression_method(method)).unwrap();
        w.write_all(&data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn part(zip: &[u8], name: &str) -> Vec<u8> {
    let mut a = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    let mut v = Vec::new();
    a.by_name(name).unwrap_or_else(|_| panic!("{name} in the package")).read_to_end(&mut v).unwrap();
    v
}

/// The compressed bytes of a part as stored in the zip.
fn raw(zip: &[u8], name: &str) -> Vec<u8> {
    let mut a = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    let f = a.by_name(name).unwrap();
    zip[f.data_start() as usize..f.data_start() as usize + f.compressed_size() as usize].to_vec()
}

/// Every XML part parses with quick-xml, end tags matching.
fn all_xml_well_formed(zip: &[u8]) {
    let a = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    let names: Vec<String> = a.file_names().map(String::from).collect();
    for name in names.iter().filter(|n| n.ends_with(".xml") || n.ends_with(".rels")) {
        let xml = String::from_utf8(part(zip, name)).unwrap();
        let mut r = quick_xml::Reader::from_str(&xml);
        r.config_mut().check_end_names = true;
        loop {
            match r.read_event() {
                Ok(Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{name}: {e}\n{xml}"),
            }
        }
    }
}

/// Word's "accept all" (`accept`) or "reject all": the text of the body, paragraphs joined by
/// `\n`, with `w:ins` content kept and `w:del` dropped, or the other way round (`w:delText`
/// read as text).
fn review(xml: &str, accept: bool) -> String {
    let mut r = quick_xml::Reader::from_str(xml);
    let (mut out, mut paragraphs) = (String::new(), 0);
    let (mut in_ins, mut in_del, mut in_t) = (0, 0, false);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) => match e.name().as_ref() {
                b"w:ins" => in_ins += 1,
                b"w:del" => in_del += 1,
                b"w:t" | b"w:delText" => in_t = true,
                b"w:p" => {
                    if paragraphs > 0 {
                        out.push('\n');
                    }
                    paragraphs += 1;
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:ins" => in_ins -= 1,
                b"w:del" => in_del -= 1,
                b"w:t" | b"w:delText" => in_t = false,
                _ => {}
            },
            Event::Empty(e) => {
                let shown = if accept { in_del == 0 } else { in_ins == 0 };
                match e.name().as_ref() {
                    b"w:tab" if shown => out.push('\t'),
                    b"w:br" if shown => out.push('\n'),
                    _ => {}
                }
            }
            Event::Text(t) if in_t => {
                let shown = if accept { in_del == 0 } else { in_ins == 0 };
                if shown {
                    out.push_str(&t.unescape().unwrap());
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

/// Fill every `xxx镇` and apply every safe fix, in one set of edits.
fn fill_and_fix(text: &str) -> Vec<Edit> {
    let a = analyse(text, &Options::default());
    let mut edits = edit::fill_edits(text, &a, &[Fill { field: "xxx镇".into(), value: "城关镇".into() }]).unwrap();
    for f in edit::fix_edits(text, &a, None) {
        if !edits.iter().any(|e| e.start < f.end && f.start < e.end) {
            edits.push(f);
        }
    }
    edits
}

fn opts(tracked: bool) -> DocxOptions {
    DocxOptions { tracked, author: "report-lens".into(), date: "2024-05-01T08:00:00Z".into() }
}

#[test]
fn tracked_fill_and_fix_accept_and_reject() {
    let original = build();
    let text = decode::decode(&original, Some("a.docx")).unwrap().text;
    assert!(text.starts_with("关于xxx镇2023年工作情况的汇报\n各位领导、同志们：\n一、总体情况\n截止目前，"), "{text}");
    let edits = fill_and_fix(&text);
    let reasons: Vec<&str> = edits.iter().map(|e| e.reason.as_str()).collect();
    assert!(reasons.contains(&"usage") && reasons.contains(&"measure-word"), "{reasons:?}");
    assert!(reasons.iter().filter(|r| r.starts_with("fill:")).count() == 2, "{reasons:?}");
    let (fixed, _) = edit::apply(&text, &edits).unwrap();
    assert!(fixed.contains("关于城关镇2023年") && fixed.contains("截至目前") && fixed.contains("17个社区"), "{fixed}");
    assert!(fixed.contains("做好部署工作") && fixed.ends_with("城关镇人民政府"), "{fixed}");

    let out = edit_docx(&original, &edits, &[], &opts(true)).unwrap();
    assert_eq!(out.changed, edits.len());
    assert!(out.as_comments.is_empty());
    all_xml_well_formed(&out.bytes);

    // Untouched parts: the same bytes, compressed as they were.
    for name in ["word/styles.xml", "word/header1.xml", "word/media/image1.png", "_rels/.rels", "[Content_Types].xml"] {
        assert_eq!(part(&out.bytes, name), part(&original, name), "{name}");
        assert_eq!(raw(&out.bytes, name), raw(&original, name), "{name}");
    }

    let xml = String::from_utf8(part(&out.bytes, "word/document.xml")).unwrap();
    assert_eq!(review(&xml, true), fixed);
    assert_eq!(review(&xml, false), text);
    // Word and our own reader see the accepted text (w:delText is not text).
    assert_eq!(decode::decode(&out.bytes, Some("b.docx")).unwrap().text, fixed);

    // Each change is a w:del and/or w:ins with author and date.
    let dels = count(&xml, "<w:del ");
    let inss = count(&xml, "<w:ins ");
    assert!(dels >= edits.len() && inss == edits.len(), "{dels} dels, {inss} ins\n{xml}");
    assert_eq!(count(&xml, r#"w:author="report-lens""#), dels + inss);
    assert_eq!(count(&xml, r#"w:date="2024-05-01T08:00:00Z""#), dels + inss);

    // Run properties kept: the heading's three runs are untouched; the title's blank `xxx`,
    // split over a bold run and a 44-half-point run, is deleted in both and the value inserted
    // after them with the bold run's properties (where the edit starts); the misused word split
    // over an underlined run and a plain one keeps both.
    assert!(
        xml.contains(
            r#"<w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">总体</w:t></w:r>"#
        ),
        "{xml}"
    );
    assert!(xml.contains(r#"<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve">情况</w:t></w:r>"#), "{xml}");
    assert!(
        xml.contains(r#"<w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">xx</w:delText></w:r></w:del>"#),
        "{xml}"
    );
    assert!(xml.contains(r#"<w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:delText xml:space="preserve">x</w:delText></w:r></w:del><w:ins "#), "{xml}");
    assert!(xml.contains(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">城关</w:t></w:r></w:ins>"#), "{xml}");
    assert!(
        xml.contains(
            r#"<w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t xml:space="preserve">镇2023年工作情况的汇报</w:t></w:r>"#
        ),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<w:rPr><w:u w:val="single"/></w:rPr><w:delText xml:space="preserve">截止</w:delText>"#),
        "{xml}"
    );
    assert!(xml.contains(r#"<w:delText xml:space="preserve">目前</w:delText></w:r></w:del><w:ins "#), "{xml}");
    // Every change id is used once.
    let mut ids: Vec<&str> = xml
        .match_indices(r#"<w:del w:id=""#)
        .chain(xml.match_indices(r#"<w:ins w:id=""#))
        .map(|(k, m)| {
            let rest = &xml[k + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "{ids:?}");
    assert!(
        xml.contains(r#"<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">全面做好</w:t>"#),
        "{xml}"
    );
    // The field and the table are where they were.
    assert!(xml.contains(r#"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#));
    assert_eq!(count(&xml, "<w:tc>"), 4);
    // No comments were asked for: no comments part.
    assert!(zip::ZipArchive::new(Cursor::new(&out.bytes[..])).unwrap().by_name("word/comments.xml").is_err());
}

#[test]
fn plain_apply_mode_changes_the_text_only() {
    let original = build();
    let text = decode::decode(&original, Some("a.docx")).unwrap().text;
    let edits = fill_and_fix(&text);
    let (fixed, _) = edit::apply(&text, &edits).unwrap();
    let out = edit_docx(&original, &edits, &[Note { start: 0, end: 2, text: "x".into() }], &opts(false)).unwrap();
    all_xml_well_formed(&out.bytes);
    let xml = String::from_utf8(part(&out.bytes, "word/document.xml")).unwrap();
    assert!(!xml.contains("<w:ins ") && !xml.contains("<w:del ") && !xml.contains("comment"), "{xml}");
    assert_eq!(review(&xml, true), fixed);
    assert_eq!(decode::decode(&out.bytes, Some("b.docx")).unwrap().text, fixed);
    assert_eq!(part(&out.bytes, "word/header1.xml"), part(&original, "word/header1.xml"));
    assert_eq!(out.comments, 0);
}

#[test]
fn findings_without_a_fix_become_comments() {
    let original = build();
    let text = decode::decode(&original, Some("a.docx")).unwrap().text;
    let a = analyse(&text, &Options::default());
    let edits = edit::fix_edits(&text, &a, None);
    let notes = finding_notes(&a, &edits);
    assert!(!notes.is_empty());
    // An edit across a paragraph break cannot be written into runs: it becomes a comment.
    // The break after the salutation (UTF-16 offsets).
    let nl = text.match_indices('\n').nth(1).unwrap().0;
    let nl = text[..nl].encode_utf16().count();
    let across = Edit { start: nl - 1, end: nl + 1, replacement: "甲".into(), reason: "test".into() };
    let mut all = edits.clone();
    all.push(across.clone());
    let out = edit_docx(&original, &all, &notes, &opts(true)).unwrap();
    assert_eq!(out.as_comments, vec![across]);
    assert_eq!(out.changed, edits.len());
    assert_eq!(out.comments, notes.len() + 1);
    all_xml_well_formed(&out.bytes);

    let xml = String::from_utf8(part(&out.bytes, "word/document.xml")).unwrap();
    let comments = String::from_utf8(part(&out.bytes, "word/comments.xml")).unwrap();
    assert_eq!(count(&comments, "<w:comment "), out.comments);
    assert_eq!(count(&xml, "<w:commentRangeStart "), out.comments);
    assert_eq!(count(&xml, "<w:commentRangeEnd "), out.comments);
    assert_eq!(count(&xml, "<w:commentReference "), out.comments);
    assert!(comments.contains(r#"w:author="report-lens""#) && comments.contains("跨段落"), "{comments}");
    // The placeholder comment sits on its span: the range starts right before "xx".
    assert!(comments.contains("xxx镇"), "{comments}");
    let rels = String::from_utf8(part(&out.bytes, "word/_rels/document.xml.rels")).unwrap();
    assert!(rels.contains(r#"Target="comments.xml""#) && rels.contains(r#"Target="header1.xml""#), "{rels}");
    let types = String::from_utf8(part(&out.bytes, "[Content_Types].xml")).unwrap();
    assert!(types.contains(r#"PartName="/word/comments.xml""#), "{types}");
    // Comments change no text.
    assert_eq!(review(&xml, false), text);
    assert_eq!(decode::decode(&out.bytes, Some("b.docx")).unwrap().text, edit::apply(&text, &edits).unwrap().0);
}

#[test]
fn the_libreoffice_fixture_and_refusals() {
    // A .docx written by another producer (fixtures/word/make.py) fills and fixes too.
    let original = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/word/report.docx")).unwrap();
    let text = decode::decode(&original, Some("a.docx")).unwrap().text;
    let edits = fill_and_fix(&text);
    let out = edit_docx(&original, &edits, &[], &opts(true)).unwrap();
    let xml = String::from_utf8(part(&out.bytes, "word/document.xml")).unwrap();
    assert_eq!(review(&xml, true), edit::apply(&text, &edits).unwrap().0);
    assert_eq!(review(&xml, false), text);
    assert_eq!(part(&out.bytes, "word/header1.xml"), part(&original, "word/header1.xml"));

    // Not a .docx, or edits of another text: a message, nothing written.
    assert_eq!(edit_docx("工作汇报".as_bytes(), &[], &[], &opts(true)).unwrap_err().kind, "not-docx");
    let bad = Edit { start: 0, end: 100_000, replacement: String::new(), reason: "x".into() };
    assert_eq!(edit_docx(&original, &[bad], &[], &opts(true)).unwrap_err().kind, "out-of-range");
}

/// Random non-overlapping edits (splitmix-style generator, fixed seeds) on the built package:
/// never a panic; the written ones are exactly what accepting gives, rejecting gives the
/// original, and the ones that could not be written are the ones returned as comments.
#[test]
fn random_edits_accept_and_reject() {
    let original = build();
    let text = decode::decode(&original, Some("a.docx")).unwrap().text;
    let bounds: Vec<usize> = {
        let mut u = 0;
        let mut v = vec![0];
        for c in text.chars() {
            u += c.len_utf16();
            v.push(u);
        }
        v
    };
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = |n: usize| {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    };
    for round in 0..60 {
        let mut edits = Vec::new();
        let mut at = next(6);
        while at < bounds.len() - 1 {
            let len = next(4);
            let end = (at + len).min(bounds.len() - 1);
            let replacement = ["", "甲", "乙丙", "\t", "&<>"][next(5)].to_string();
            if !(len == 0 && replacement.is_empty()) {
                edits.push(Edit { start: bounds[at], end: bounds[end], replacement, reason: "r".into() });
            }
            at = end + 1 + next(12);
        }
        for tracked in [true, false] {
            let out = edit_docx(&original, &edits, &[], &opts(tracked)).unwrap();
            all_xml_well_formed(&out.bytes);
            let placed: Vec<Edit> = edits.iter().filter(|e| !out.as_comments.contains(e)).cloned().collect();
            assert_eq!(out.changed, placed.len());
            let xml = String::from_utf8(part(&out.bytes, "word/document.xml")).unwrap();
            assert_eq!(review(&xml, true), edit::apply(&text, &placed).unwrap().0, "round {round}");
            if tracked {
                assert_eq!(review(&xml, false), text, "round {round}");
            }
            // Only edits touching a paragraph break are turned into comments.
            for e in &out.as_comments {
                let (s, t) = (
                    bounds.iter().position(|&b| b == e.start).unwrap(),
                    bounds.iter().position(|&b| b == e.end).unwrap(),
                );
                let chars: String = text.chars().skip(s).take(t.max(s + 1) - s).collect();
                assert!(chars.contains('\n') || e.start == e.end, "{e:?} {chars:?}");
            }
        }
    }
}
