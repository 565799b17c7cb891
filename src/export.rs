//! Export: the text as `.docx`, the outline as Markdown, the metrics as CSV, the findings as a
//! Markdown checklist. Pure functions of the text and its [`Analysis`] (no I/O), shared by the
//! CLI (`report-lens export`) and the browser.
//!
//! The `.docx` is a 公文-formatted WordprocessingML package built here after GB/T 9704-2012
//! (A4, margins 37/35/28/26 mm, 22 lines × 28 characters, 3号 仿宋_GB2312 body, 2号 方正小标宋_GBK
//! title, 黑体 and 楷体_GB2312 headings, `— N —` page numbers right on odd and left on even
//! pages; see [`STYLES`], `FONT_TABLE`, the footers and the `w:sectPr`): one paragraph per line of the text,
//! tabs as `w:tab`. A line that is a heading of the outline gets the `HeadingN` style (N = its
//! level), the title line the `Title` style, the signature lines are right-aligned; a heading
//! that begins a paragraph that goes on (`一是抓学习。全镇…`) is set in bold instead. Reading
//! it back with [`crate::decode::decode`] gives the text again, with two normalisations: line
//! breaks become `\n` (CRLF and lone CR included), and control characters XML cannot hold
//! (other than tab and line breaks) are dropped.

use crate::model::{Analysis, Approx, Heading};
use crate::offsets::{LineIndex, Utf16Index};
use crate::Error;

/// XML-escape `s` for text and attribute content, dropping characters XML 1.0 cannot hold.
pub(crate) fn xml_escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// One `w:r` for `text`: `w:t` pieces, tabs as `w:tab`, lone CRs as `w:br`.
fn runs(text: &str, bold: bool, out: &mut String) {
    let mut piece = String::new();
    let mut body = String::new();
    let flush = |piece: &mut String, body: &mut String| {
        if !piece.is_empty() {
            body.push_str("<w:t xml:space=\"preserve\">");
            xml_escape(piece, body);
            body.push_str("</w:t>");
            piece.clear();
        }
    };
    for c in text.chars() {
        match c {
            '\t' => {
                flush(&mut piece, &mut body);
                body.push_str("<w:tab/>");
            }
            '\r' => {
                flush(&mut piece, &mut body);
                body.push_str("<w:br/>");
            }
            c => piece.push(c),
        }
    }
    flush(&mut piece, &mut body);
    if body.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if bold {
        out.push_str("<w:rPr><w:b/></w:rPr>");
    }
    out.push_str(&body);
    out.push_str("</w:r>");
}

fn flatten<'a>(hs: &'a [Heading], out: &mut Vec<&'a Heading>) {
    for h in hs {
        out.push(h);
        flatten(&h.children, out);
    }
}

/// How one line is laid out.
enum Layout {
    Body,
    Title,
    Heading(u8),
    Right,
}

/// The finished text as a `.docx` file. `analysis` should be of `text` (it gives the title,
/// headings and signature); with another analysis the styling is off but the text is intact.
pub fn docx(text: &str, analysis: &Analysis) -> Result<Vec<u8>, Error> {
    let document = document_xml(text, analysis);
    let parts: [(&str, &[u8]); 10] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/_rels/document.xml.rels", DOC_RELS.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("word/settings.xml", SETTINGS.as_bytes()),
        ("word/fontTable.xml", FONT_TABLE.as_bytes()),
        ("word/footer1.xml", FOOTER_ODD.as_bytes()),
        ("word/footer2.xml", FOOTER_EVEN.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("docProps/app.xml", APP.as_bytes()),
    ];
    stored_zip(&parts).ok_or_else(|| Error::new("docx-write", "无法生成 .docx：文档超过 4 GiB"))
}

/// A zip archive of `parts`, stored without compression. A .docx may be stored; writing the
/// few records by hand keeps a compressor (and the zip crate's writer) out of the wasm.
/// `None` past the 4 GiB a plain zip can address.
fn stored_zip(parts: &[(&str, &[u8])]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let u32_of = |n: usize| u32::try_from(n).ok();
    for (name, body) in parts {
        let offset = u32_of(out.len())?;
        // 1980-01-01 00:00 (date 0x21), no external attributes: the same entry writer as the
        // .docx rewriter.
        crate::package::stored(name, body, 0, 0x21, &[0; 4], offset, &mut out, &mut central)?;
    }
    crate::package::close(&mut out, &central, u16::try_from(parts.len()).ok()?)?;
    Some(out)
}

/// `word/document.xml` for `text`.
pub fn document_xml(text: &str, analysis: &Analysis) -> String {
    let idx = Utf16Index::new(text);
    let b = |u: usize| idx.to_byte(u);
    let mut heads = Vec::new();
    flatten(&analysis.outline, &mut heads);
    let mut heads: Vec<(usize, usize, u8)> = heads.iter().map(|h| (b(h.start), b(h.end), h.level)).collect();
    crate::sort::sort(&mut heads);
    let title = analysis.title.as_ref().map(|t| (b(t.start), b(t.end)));
    let right: Vec<(usize, usize)> = analysis.signature.iter().map(|t| (b(t.start), b(t.end))).collect();

    let mut out = String::with_capacity(text.len() * 2 + 2048);
    out.push_str(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#
    ));
    let mut ls = 0;
    for raw in text.split('\n') {
        let le = ls + raw.len();
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let content = line.trim_end_matches(&[' ', '\t', '\u{3000}'][..]);
        let lead = content.len() - content.trim_start_matches(&[' ', '\t', '\u{3000}'][..]).len();
        let (cs, ce) = (ls + lead, ls + content.len());
        // Headings inside this line, clipped to it.
        let inside: Vec<(usize, usize, u8)> = heads
            .iter()
            .filter(|&&(s, e, _)| s < ls + line.len() && e > ls)
            .map(|&(s, e, l)| (s.max(ls), e.min(ls + line.len()), l))
            .collect();
        let ends_at = |e: usize| {
            // The heading covers the line but for closing punctuation.
            text[e.min(ce)..ce].chars().all(|c| matches!(c, '。' | '：' | ':' | '；' | '.' | ' ' | '\u{3000}'))
        };
        let layout = if content.trim().is_empty() {
            Layout::Body
        } else if title.is_some_and(|(s, e)| s < ce && e > cs) {
            Layout::Title
        } else if let Some(&(_, _, l)) = inside.iter().find(|&&(s, e, _)| s <= cs && ends_at(e)) {
            Layout::Heading(l.clamp(1, 9))
        } else if right.iter().any(|&(s, e)| s < ce && e > cs) {
            Layout::Right
        } else {
            Layout::Body
        };
        out.push_str("<w:p>");
        match layout {
            Layout::Body if lead == 0 && !content.is_empty() => {}
            Layout::Body => out.push_str(r#"<w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>"#),
            Layout::Title => out.push_str(r#"<w:pPr><w:pStyle w:val="Title"/></w:pPr>"#),
            Layout::Heading(l) => out.push_str(&format!(r#"<w:pPr><w:pStyle w:val="Heading{l}"/></w:pPr>"#)),
            Layout::Right => {
                out.push_str(r#"<w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr>"#)
            }
        }
        if matches!(layout, Layout::Body) {
            // Headings that run into the paragraph are bold.
            let mut at = ls;
            for &(s, e, _) in &inside {
                if s >= at && e > s {
                    runs(&text[at..s], false, &mut out);
                    runs(&text[s..e], true, &mut out);
                    at = e;
                }
            }
            runs(&text[at..ls + line.len()], false, &mut out);
        } else {
            runs(line, false, &mut out);
        }
        out.push_str("</w:p>");
        ls = le + 1;
    }
    // GB/T 9704-2012: A4, margins 37 / 35 / 28 / 26 mm (top, bottom, left, right), a text
    // block of 22 lines × 28 characters: (16838 − 2098 − 1984) / 22 ≈ 579 twips a line (the
    // line grid, and exact line spacing in the styles), and (11906 − 1588 − 1474) / 28 ≈ 315.9
    // twips = 15.79 pt a character: 3号 (16 pt) with −0.25 pt character spacing (styles) puts 28
    // on a line. Word's character grid (`linesAndChars`, charSpace −849) would say the same to
    // Word, but LibreOffice lays it out at 17 characters a line, so the spacing does it instead,
    // the same in Word, WPS and LibreOffice. Page numbers in the footers: odd
    // pages on the right, even on the left; the number's top sits 7 mm under the text block
    // (footer distance 35 − 7 − 5.5 mm for a 4号 line ≈ 1276 twips).
    out.push_str(concat!(
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>"#,
        r#"<w:pgSz w:w="11906" w:h="16838"/>"#,
        r#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1276" w:gutter="0"/>"#,
        r#"<w:docGrid w:type="lines" w:linePitch="579"/>"#,
        r#"</w:sectPr></w:body></w:document>"#
    ));
    out
}

const CONTENT_TYPES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
    r#"<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>"#,
    r#"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#,
    r#"<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#,
    r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
    r#"</Types>"#
);

const RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    r#"</Relationships>"#
);

const DOC_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>"#,
    r#"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>"#,
    r#"<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>"#,
    r#"</Relationships>"#
);

/// Odd and even pages get their own footers (GB/T 9704 7.5: odd page numbers on the right,
/// even on the left).
const SETTINGS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:evenAndOddHeaders/><w:defaultTabStop w:val="640"/><w:characterSpacingControl w:val="compressPunctuation"/>"#,
    r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
    r#"</w:settings>"#
);

/// The fonts of GB/T 9704 with what to use where one is not installed: Word takes `altName`
/// first, then a font of the same charset (86, GB2312) and family (roman → 宋体 for the
/// title, modern → 仿宋/楷体/黑体 look-alikes), which is the "小标宋, else 宋体" fallback.
const FONT_TABLE: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:font w:name="方正小标宋_GBK"><w:altName w:val="方正小标宋简体"/><w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>"#,
    r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>"#,
    r#"<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>"#,
    r#"<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>"#,
    r#"<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>"#,
    r#"<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>"#,
    r#"</w:fonts>"#
);

/// A footer with `— N —` in 4号 half-width 宋体, one character in from the side (GB/T 9704 7.5).
macro_rules! footer {
    ($jc:literal, $ind:literal) => {
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
            r#"<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0" "#,
            $ind,
            r#"="280"/><w:jc w:val=""#,
            $jc,
            r#""/></w:pPr>"#,
            r#"<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>"#,
            r#"<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#,
            r#"<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>"#,
            r#"<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>1</w:t></w:r>"#,
            r#"<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>"#,
            r#"<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r>"#,
            r#"</w:p></w:ftr>"#
        )
    };
}

const FOOTER_ODD: &str = footer!("right", "w:right");
const FOOTER_EVEN: &str = footer!("left", "w:left");

/// Names the producer, so a reader knows where the file came from.
const APP: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>report-lens</Application></Properties>"#
);

/// Styles after GB/T 9704-2012 (党政机关公文格式): body 3号 仿宋_GB2312 with a two-character
/// first-line indent on the 22-line grid (exact 579-twip lines), title 2号 方正小标宋_GBK
/// centred, level-1 headings 黑体, level 2 楷体_GB2312, deeper levels 仿宋 bold; Latin text and
/// digits in Times New Roman. Missing fonts fall back through `word/fontTable.xml`.
const STYLES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman" w:hint="eastAsia"/>"#,
    r#"<w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>"#,
    r#"<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:spacing w:before="0" w:after="579" w:line="579" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>"#,
    r#"<w:rPr><w:rFonts w:eastAsia="方正小标宋_GBK"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="3"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="heading 5"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="4"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading6"><w:name w:val="heading 6"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="5"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading7"><w:name w:val="heading 7"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="6"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading8"><w:name w:val="heading 8"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="7"/></w:pPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading9"><w:name w:val="heading 9"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#,
    r#"<w:pPr><w:keepNext/><w:outlineLvl w:val="8"/></w:pPr></w:style>"#,
    r#"</w:styles>"#
);

// ---------------------------------------------------------------------------------------------
// Markdown and CSV

/// Backslash-escape what Markdown would read as markup (`*社区`, `[ ]`, `_`).
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The outline as Markdown: the title as `#`, each heading as a list item (marker and title)
/// nested by level.
pub fn outline_markdown(analysis: &Analysis) -> String {
    fn walk(hs: &[Heading], depth: usize, out: &mut String) {
        for h in hs {
            out.push_str(&"  ".repeat(depth));
            out.push_str("- ");
            out.push_str(&md_escape(&format!("{}{}", h.marker, h.title)));
            out.push('\n');
            walk(&h.children, depth + 1, out);
        }
    }
    let mut out = String::new();
    if let Some(t) = &analysis.title {
        out.push_str("# ");
        out.push_str(&md_escape(t.text.trim()));
        out.push_str("\n\n");
    }
    if analysis.outline.is_empty() {
        out.push_str("（未识别出标题层级）\n");
    }
    walk(&analysis.outline, 0, &mut out);
    out
}

/// One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
/// doubled.
fn csv_field(s: &str, out: &mut String) {
    if s.contains(&[',', '"', '\r', '\n'][..]) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// A cell of report text (not a number this crate wrote): one that starts with `=` `+` `-` `@`,
/// a tab or a CR gets a leading `'`, so a spreadsheet shows it as text instead of running it
/// as a formula (OWASP, “CSV injection”); then it is quoted like any cell.
fn csv_text(s: &str, out: &mut String) {
    if s.starts_with(&['=', '+', '-', '@', '\t', '\r'][..]) {
        csv_field(&format!("'{s}"), out);
    } else {
        csv_field(s, out);
    }
}

fn approx_zh(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "",
        Approx::More => "以上",
        Approx::Nearly => "近",
        Approx::About => "约",
        Approx::Less => "不足",
    }
}

/// The metrics as CSV for Excel — the one CSV writer, used by the CLI (`export -f csv`) and the
/// page (wasm `exportMetricsCsv`): a UTF-8 BOM, CRLF line ends, RFC 4180 quoting, and cells of
/// report text neutralised against formulas ([`csv_text`]). Columns: 行 (line, 1-based), 原文,
/// 数值, 上限 (of a range), 单位, 约数 (以上/近/约/不足, empty when exact), 统计对象, 起, 止
/// (UTF-16 offsets, as in the JSON).
pub fn metrics_csv(text: &str, analysis: &Analysis) -> String {
    let mut out = String::from("\u{FEFF}行,原文,数值,上限,单位,约数,统计对象,起,止\r\n");
    let lines = LineIndex::new(text);
    let num = |v: Option<f64>| v.map(crate::tables::fmt_number).unwrap_or_default();
    for m in &analysis.metrics {
        // Numbers this crate wrote go as they are; text from the report is neutralised.
        out.push_str(&lines.line_utf16(m.start).to_string());
        out.push(',');
        csv_text(&m.text, &mut out);
        out.push(',');
        out.push_str(&num(m.value));
        out.push(',');
        out.push_str(&num(m.upper));
        out.push(',');
        csv_text(&m.unit, &mut out);
        out.push(',');
        out.push_str(approx_zh(m.approx));
        out.push(',');
        csv_text(m.subject.as_deref().unwrap_or_default(), &mut out);
        out.push_str(&format!(",{},{}\r\n", m.start, m.end));
    }
    out
}

/// The findings as a Markdown checklist, one `- [ ] 第N行：…（建议：…）` per finding in text
/// order (`（建议：删除）` for a deletion).
pub fn findings_checklist(text: &str, analysis: &Analysis) -> String {
    let mut out = format!("# 问题清单（共 {} 项）\n\n", analysis.findings.len());
    let lines = LineIndex::new(text);
    for f in &analysis.findings {
        let line = lines.line_utf16(f.start);
        out.push_str(&format!("- [ ] 第{line}行：{}", md_escape(&f.message)));
        match f.suggestion.as_deref() {
            Some("") => out.push_str("（建议：删除）"),
            Some(s) => out.push_str(&format!("（建议：{}）", md_escape(s))),
            None => {}
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn stored_zip_reads_back() {
        // The zip reader checks each entry's CRC-32 (crc32fast, as package::stored writes it).
        let z = super::stored_zip(&[("a.txt", "工作汇报".as_bytes())]).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(z)).unwrap();
        let mut s = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("a.txt").unwrap(), &mut s).unwrap();
        assert_eq!(s, "工作汇报");
    }

    use super::*;
    use crate::{analyse, Options};

    fn roundtrip(t: &str) -> String {
        let a = analyse(t, &Options::default());
        let bytes = docx(t, &a).unwrap();
        crate::decode::decode(&bytes, Some("x.docx")).unwrap().text
    }

    #[test]
    fn docx_reads_back_to_the_same_text() {
        for t in [
            "关于xxx镇2023年工作的汇报\n各位领导：\n\n一、总体情况\n　　截止目前，共有20个<党支部>&“A”。\n二、下一步打算\n\t表格\t单元\n城关镇人民政府\n2023年12月1日",
            "一、扎实推进主题教育走深走实。一是认真学原著悟原理。镇党委组织集中学习27期。",
            "𠮷野家😀 前后有空格 \n",
            "",
        ] {
            assert_eq!(roundtrip(t), t);
        }
        assert_eq!(roundtrip("第一行\r\n第二行\r\n"), "第一行\n第二行\n");
        assert_eq!(roundtrip("控制\u{1}字符"), "控制字符");
    }

    #[test]
    fn docx_styles_headings_and_title() {
        let t = "关于xxx镇2023年工作的汇报\n一、总体情况\n（一）学习方面\n全镇共有20个党支部。\n二、下一步打算。一是抓学习。";
        let a = analyse(t, &Options::default());
        let xml = document_xml(t, &a);
        assert!(xml.contains(r#"<w:pStyle w:val="Title"/>"#), "{xml}");
        assert!(
            xml.contains(r#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">一、总体情况"#),
            "{xml}"
        );
        assert!(xml.contains(r#"<w:pStyle w:val="Heading2"/>"#), "{xml}");
        let bytes = docx(t, &a).unwrap();
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        for p in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
            "word/_rels/document.xml.rels",
        ] {
            assert!(z.by_name(p).is_ok(), "{p}");
        }
    }

    /// GB/T 9704-2012 page set-up: the grid, margins, fonts, page-number footers.
    #[test]
    fn docx_is_laid_out_as_gongwen() {
        let t = "关于xxx镇2023年工作的汇报\n一、总体情况\n（一）学习方面\n全镇共有20个党支部。";
        let bytes = docx(t, &analyse(t, &Options::default())).unwrap();
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut part = |n: &str| {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut z.by_name(n).unwrap(), &mut s).unwrap();
            s
        };
        let doc = part("word/document.xml");
        assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
        assert!(doc.contains(r#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1588""#));
        assert!(doc.contains(r#"<w:docGrid w:type="lines" w:linePitch="579"/>"#));
        assert!(doc.contains(
            r#"<w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>"#
        ));
        // 22 lines of 579 twips fill the text block; 28 characters of 16 pt − 0.25 pt fit its
        // width (8844 twips) and 29 do not.
        let twips = |v: [i32; 3]| std::hint::black_box(v[0] - v[1] - v[2]);
        assert_eq!(twips([16838, 2098, 1984]) / 22, 579);
        let (width, pitch) = (twips([11906, 1588, 1474]), 16 * 20 - 5);
        assert!(28 * pitch <= width && 29 * pitch > width);
        let styles = part("word/styles.xml");
        assert!(styles.contains(r#"<w:spacing w:val="-5"/><w:sz w:val="32"/>"#));
        for font in ["方正小标宋_GBK", "仿宋_GB2312", "黑体", "楷体_GB2312"] {
            assert!(styles.contains(font), "{font}");
        }
        assert!(styles.contains(r#"<w:sz w:val="44"/>"#) && styles.contains(r#"<w:sz w:val="32"/>"#));
        assert!(part("word/fontTable.xml")
            .contains(r#"<w:font w:name="方正小标宋_GBK"><w:altName w:val="方正小标宋简体"/>"#));
        assert!(part("word/settings.xml").contains("<w:evenAndOddHeaders/>"));
        let (odd, even) = (part("word/footer1.xml"), part("word/footer2.xml"));
        assert!(odd.contains(r#"<w:jc w:val="right"/>"#) && even.contains(r#"<w:jc w:val="left"/>"#));
        assert!(odd.contains(" PAGE ") && odd.contains(r#"<w:sz w:val="28"/>"#) && odd.contains("— "));
        let rels = part("word/_rels/document.xml.rels");
        assert!(rels.contains(r#"Id="rId4""#) && rels.contains("footer1.xml") && rels.contains("footer2.xml"));
    }

    #[test]
    fn csv_bom_crlf_and_quoting() {
        let t = "共有20个党支部，\"新\"建1,200平方米。\n增长35%";
        let a = analyse(t, &Options::default());
        let csv = metrics_csv(t, &a);
        assert!(csv.starts_with("\u{FEFF}行,原文,"));
        assert!(csv.ends_with("\r\n"));
        assert!(!csv.replace("\r\n", "").contains('\n'));
        assert!(csv.contains("\r\n1,20个,20,,个,,党支部,2,5\r\n"), "{csv}");
        assert!(csv.contains("\r\n1,\"1,200平方米\",1200,,平方米,"), "{csv}");
        let mut q = String::new();
        csv_field("a,\"b\"", &mut q);
        assert_eq!(q, "\"a,\"\"b\"\"\"");
    }

    fn text_cell(s: &str) -> String {
        let mut o = String::new();
        csv_text(s, &mut o);
        o
    }

    #[test]
    fn csv_cells_neutralise_formulas_and_quote() {
        assert_eq!(text_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_cell("+1"), "'+1");
        assert_eq!(text_cell("-2"), "'-2");
        assert_eq!(text_cell("@x"), "'@x");
        assert_eq!(text_cell("\tcmd"), "'\tcmd");
        // A CR at the start: neutralised, then quoted for the line break.
        assert_eq!(text_cell("\r=1"), "\"'\r=1\"");
        // Neutralised and quoted: the quote goes inside.
        assert_eq!(text_cell("=HYPERLINK(\"http://x\",\"点\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"点\"\")\"");
        assert_eq!(text_cell("党支部,社区"), "\"党支部,社区\"");
        assert_eq!(text_cell("“新”\"建\""), "\"“新”\"\"建\"\"\"");
        assert_eq!(text_cell("两\n行"), "\"两\n行\"");
        // Only the first character counts; ordinary text is left alone.
        assert_eq!(text_cell("1+1=2"), "1+1=2");
        assert_eq!(text_cell("＝全角"), "＝全角");
        assert_eq!(text_cell(""), "");
    }

    #[test]
    fn csv_rows_neutralise_text_but_keep_numbers() {
        use crate::model::Metric;
        let m = |text: &str, value: f64, unit: &str, subject: Option<&str>, start: usize| Metric {
            text: text.into(),
            value: Some(value),
            upper: None,
            unit: unit.into(),
            approx: Approx::Exact,
            subject: subject.map(Into::into),
            start,
            end: start + 2,
        };
        let a = Analysis {
            metrics: vec![m("-2", -2.0, "@x", Some("=SUM(A1)"), 0), m("+1", 1.0, "个", Some("a,\"b\"\nc"), 4)],
            ..Analysis::default()
        };
        let csv = metrics_csv("-2\r\n+1", &a);
        assert_eq!(
            csv,
            "\u{FEFF}行,原文,数值,上限,单位,约数,统计对象,起,止\r\n1,'-2,-2,,'@x,,'=SUM(A1),0,2\r\n2,'+1,1,,个,,\"a,\"\"b\"\"\nc\",4,6\r\n"
        );
    }

    #[test]
    fn csv_and_checklist_lines_with_astral_crlf_and_bom() {
        let t = "\u{feff}𠮷😀共有20个党支部。\r\n\r\n截止目前，完成3个项目。";
        let a = analyse(t, &Options::default());
        let csv = metrics_csv(t, &a);
        let rows: Vec<&str> = csv.split("\r\n").skip(1).filter(|r| !r.is_empty()).collect();
        assert_eq!(rows.len(), 2, "{csv}");
        assert!(rows[0].starts_with("1,20个,") && rows[1].starts_with("3,3个,"), "{csv}");
        assert!(findings_checklist(t, &a).contains("- [ ] 第3行："));
    }

    #[test]
    fn outline_and_checklist() {
        let t = "xxx镇工作汇报\n一、总体情况\n（一）学习*社区\n截止目前，我镇17各社区。\n二、下一步打算";
        let a = analyse(t, &Options::default());
        let md = outline_markdown(&a);
        assert!(md.contains("- 一、总体情况\n  - （一）学习\\*社区\n- 二、下一步打算"), "{md}");
        let list = findings_checklist(t, &a);
        assert!(list.contains("- [ ] 第4行：“截止目前”用词不当，应为“截至目前”（建议：截至目前）"), "{list}");
        assert!(list.contains("（建议：个）"), "{list}");
    }
}
