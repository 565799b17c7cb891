//! Fill and fix inside the original `.docx`: the edits of [`crate::edit`] (UTF-16 offsets into
//! the text [`crate::decode`] reads from the file) are written into the runs of the main part
//! (`word/document.xml`), as tracked changes (`w:del` + `w:ins`, author and date) by default or
//! applied plainly; findings without a fix become comments (`w:comment`) anchored on their
//! span. Every other part of the package — styles, headers and footers, numbering, images —
//! is kept byte for byte ([`crate::package`]), and so is every run no edit or comment touches.
//!
//! How a text position is found in the XML: the main part is walked with the same rules as
//! the `.docx` reader (paragraphs joined by `\n`, `w:tab` → `\t`, `w:br` → `\n`, text-box
//! fallbacks skipped), recording for each run (`w:r`) the text positions of its children. An
//! edit is written when every character it replaces lies in runs that sit directly in a
//! paragraph, hyperlink, field or content control (so a placeholder split over three runs is
//! fine); a run that is split keeps its run properties (`w:rPr`) on every piece, and inserted
//! text takes the properties of the run where the edit starts. An edit that crosses a
//! paragraph break, or touches text already inside someone's tracked change or a text box, is
//! not written: it becomes a comment with the suggestion, so nothing is lost silently.
//!
//! Pure: no I/O, no clock (the date is an option), never panics; errors are [`Error`]s
//! with a Chinese message.

use std::io::Cursor;
use std::ops::Range;

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use serde::{Deserialize, Serialize};

use crate::decode::{self, Limits};
use crate::edit::{self, Edit};
use crate::export::xml_escape;
use crate::model::Analysis;
use crate::offsets::Utf16Index;
use crate::Error;

/// How to write the changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocxOptions {
    /// `true`: tracked changes (修订) and comments (批注) the reviewer accepts or rejects in
    /// Word's 审阅 pane; `false`: the text is simply changed and no comment is added.
    pub tracked: bool,
    /// `w:author` of every change and comment.
    pub author: String,
    /// `w:date`, ISO 8601 (`2024-05-01T08:00:00Z`); empty leaves the date out.
    pub date: String,
}

impl Default for DocxOptions {
    fn default() -> Self {
        DocxOptions { tracked: true, author: "report-lens".into(), date: String::new() }
    }
}

/// A comment on `[start, end)` (UTF-16 offsets into the decoded text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The rewritten file and what went into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxEdited {
    pub bytes: Vec<u8>,
    /// Edits written into the runs.
    pub changed: usize,
    /// Edits that could not be written in place and became comments instead.
    pub as_comments: Vec<Edit>,
    /// Comments written (notes and the edits above).
    pub comments: usize,
}

fn fail(kind: &str, message: impl Into<String>) -> Error {
    Error::new(kind, message)
}

/// One findings-as-comment per finding of `analysis` that no edit touches: its message, and
/// the suggestion when there is one.
pub fn finding_notes(analysis: &Analysis, edits: &[Edit]) -> Vec<Note> {
    analysis
        .findings
        .iter()
        .filter(|f| !edits.iter().any(|e| e.start < f.end.max(f.start + 1) && f.start < e.end.max(e.start + 1)))
        .map(|f| {
            let mut text = f.message.clone();
            match f.suggestion.as_deref() {
                Some("") => text.push_str("（建议：删除）"),
                Some(s) => text.push_str(&cat(&["（建议：", s, "）"])),
                None => {}
            }
            Note { start: f.start, end: f.end, text }
        })
        .collect()
}

/// The `.docx` `original` with its text changed to `new_text` (the page's case: fills, fixes
/// and typing since the file was opened): the changes are found by [`edit::diff_edits`] and
/// written by [`edit_docx`]; when tracked, the findings of the original text that no change
/// touches become comments.
pub fn edit_to_text(original: &[u8], new_text: &str, opts: &DocxOptions) -> Result<DocxEdited, Error> {
    let decoded = decode::decode(original, Some("x.docx")).map_err(|e| fail(&e.kind, e.message))?;
    let edits = edit::diff_edits(&decoded.text, new_text);
    let notes = if opts.tracked {
        finding_notes(&crate::analyse(&decoded.text, &crate::Options::default()), &edits)
    } else {
        Vec::new()
    };
    edit_docx(original, &edits, &notes, opts)
}

/// A child element of a run and the text positions (bytes into the decoded text) it gives.
struct Child {
    xml: Range<usize>,
    chars: Range<usize>,
    /// `Some(text)` for `w:t`; tabs and breaks are copied as they are.
    text: Option<String>,
}

struct Run {
    xml: Range<usize>,
    chars: Range<usize>,
    /// The namespace prefix the file uses for WordprocessingML (`w` nearly always).
    prefix: String,
    rpr: Range<usize>,
    children: Vec<Child>,
}

/// The main part, walked: its text (as the `.docx` reader gives it) and its editable runs.
struct Walk {
    text: String,
    runs: Vec<Run>,
    max_id: u64,
}

fn walk(xml: &str) -> Result<Walk, Error> {
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut st = WalkState::default();
    loop {
        let before = reader.buffer_position() as usize;
        let (ns, event) = match reader.read_resolved_event() {
            Ok(x) => x,
            Err(e) => {
                let why = decode::xml_error("这个 .docx 的正文 XML 无法解析", &e, reader.error_position());
                return Err(fail("docx-broken", why));
            }
        };
        let is_w = matches!(ns, ResolveResult::Bound(n) if decode::W_NS.contains(&n.as_ref()));
        let is_mc = matches!(ns, ResolveResult::Bound(n) if n.as_ref() == decode::MC_NS);
        let after = reader.buffer_position() as usize;
        match event {
            Event::Start(e) => st.tag(&e, false, is_w, is_mc, before..after),
            Event::Empty(e) => st.tag(&e, true, is_w, is_mc, before..after),
            Event::End(_) => st.end(after),
            Event::Text(t) if st.in_text.is_some() && st.skip_until.is_none() => {
                let s = match t.unescape() {
                    Ok(s) => s,
                    Err(e) => {
                        let why = decode::xml_error("这个 .docx 的正文 XML 无法解析", &e, reader.buffer_position());
                        return Err(fail("docx-broken", why));
                    }
                };
                st.text(&s);
            }
            Event::CData(t) if st.in_text.is_some() && st.skip_until.is_none() => {
                st.text(&String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let runs = st.runs;
    // Runs are recorded as they end; the ones kept never nest, so they are in text order.
    Ok(Walk { text: st.out, runs, max_id: st.max_id })
}

/// The walk's state: the same counters as the `.docx` reader, plus the runs being built.
#[derive(Default)]
struct WalkState {
    out: String,
    depth: usize,
    in_text: Option<usize>,
    skip_until: Option<usize>,
    paragraphs: usize,
    /// Open elements: (is WordprocessingML, local name).
    open: Vec<(bool, Vec<u8>)>,
    /// Runs being built: the run, its depth, whether it can be rewritten.
    building: Vec<(Run, usize, bool)>,
    /// The run child being read: XML start, depth, its text when it is a `w:t`, is `w:rPr`.
    child: Option<(usize, usize, Option<String>, bool)>,
    runs: Vec<Run>,
    max_id: u64,
}

impl WalkState {
    /// Runs being built cannot be rewritten (they hold paragraphs, nested text …).
    fn taint(&mut self) {
        for b in &mut self.building {
            b.2 = false;
        }
    }

    fn tag(&mut self, e: &quick_xml::events::BytesStart, empty: bool, is_w: bool, is_mc: bool, xml: Range<usize>) {
        for a in e.attributes().flatten() {
            if a.key.local_name().as_ref() == b"id" {
                if let Some(n) = std::str::from_utf8(&a.value).ok().and_then(|v| v.parse::<u64>().ok()) {
                    self.max_id = self.max_id.max(n);
                }
            }
        }
        let local = e.local_name().as_ref().to_vec();
        let parent_ok = self.open.last().is_some_and(|(w, n)| {
            *w && matches!(
                n.as_slice(),
                b"p" | b"hyperlink" | b"smartTag" | b"fldSimple" | b"sdtContent" | b"customXml"
            )
        });
        if !empty {
            self.depth += 1;
            self.open.push((is_w, local.clone()));
        }
        if self.skip_until.is_some() {
            return;
        }
        if is_mc && local == b"Fallback" && !empty {
            self.skip_until = Some(self.depth);
            self.taint();
            return;
        }
        let depth = self.depth;
        let direct = self.building.last().is_some_and(|b| if empty { depth == b.1 } else { depth == b.1 + 1 });
        if is_w && local == b"p" {
            if self.paragraphs > 0 {
                self.out.push('\n');
            }
            self.paragraphs += 1;
            self.taint();
        } else if is_w && local == b"r" && !empty {
            self.taint();
            let prefix = e.name().prefix().map(|p| String::from_utf8_lossy(p.as_ref()).into_owned());
            let at = self.out.len();
            let run = Run {
                xml: xml.start..xml.start,
                chars: at..at,
                prefix: prefix.unwrap_or_default(),
                rpr: 0..0,
                children: Vec::new(),
            };
            self.building.push((run, depth, parent_ok));
        } else if !self.building.is_empty() {
            let fixed = match local.as_slice() {
                b"tab" => Some('\t'),
                b"br" | b"cr" => Some('\n'),
                b"noBreakHyphen" => Some('-'),
                _ => None,
            };
            match fixed {
                Some(c) if is_w && empty => {
                    self.out.push(c);
                    let at = self.out.len();
                    match self.building.last_mut() {
                        Some(b) if direct => b.0.children.push(Child { xml, chars: at - 1..at, text: None }),
                        _ => self.taint(),
                    }
                }
                _ if direct && is_w && local == b"rPr" => {
                    if empty {
                        if let Some(b) = self.building.last_mut() {
                            b.0.rpr = xml;
                        }
                    } else {
                        self.child = Some((xml.start, depth, None, true));
                    }
                }
                _ if direct && empty => {
                    let at = self.out.len();
                    if let Some(b) = self.building.last_mut() {
                        b.0.children.push(Child { xml, chars: at..at, text: None });
                    }
                }
                _ if direct => self.child = Some((xml.start, depth, (is_w && local == b"t").then(String::new), false)),
                // Text deeper inside a run (ruby, math, text boxes): not rewritten.
                _ if is_w && local == b"t" => self.taint(),
                _ => {}
            }
        }
        if is_w && local == b"t" && !empty {
            self.in_text = Some(depth);
        }
    }

    fn end(&mut self, after: usize) {
        let depth = self.depth;
        let closing = self.open.pop();
        if self.skip_until == Some(depth) {
            self.skip_until = None;
        } else if self.skip_until.is_none() {
            if let Some((w, local)) = &closing {
                if *w && local == b"t" && self.in_text == Some(depth) {
                    self.in_text = None;
                }
                if let Some((start, d, text, is_rpr)) = self.child.take() {
                    if d == depth {
                        let at = self.out.len();
                        if let Some(b) = self.building.last_mut() {
                            if is_rpr {
                                b.0.rpr = start..after;
                            } else {
                                let n = text.as_ref().map_or(0, String::len);
                                b.0.children.push(Child { xml: start..after, chars: at - n..at, text });
                            }
                        }
                    } else {
                        self.child = Some((start, d, text, is_rpr));
                    }
                }
                if *w && local == b"r" && self.building.last().map(|b| b.1) == Some(depth) {
                    if let Some((mut run, _, ok)) = self.building.pop() {
                        run.xml.end = after;
                        run.chars.end = self.out.len();
                        if ok {
                            self.runs.push(run);
                        }
                    }
                }
            }
        }
        self.depth = depth.saturating_sub(1);
    }

    fn text(&mut self, s: &str) {
        self.out.push_str(s);
        match &mut self.child {
            Some((_, d, Some(text), _)) if Some(*d) == self.in_text => text.push_str(s),
            _ => self.taint(),
        }
    }
}

/// What happens inside one run.
#[derive(Default)]
struct RunOps {
    /// Deleted byte ranges of the text (clipped to the run), with their change id.
    dels: Vec<(Range<usize>, u64)>,
    /// Inserted text at a text position, with its change id and the run whose properties it
    /// takes (where the edit starts).
    ins: Vec<(usize, String, u64, usize)>,
    /// Comment range starts and ends at a text position (comment id).
    starts: Vec<(usize, u64)>,
    ends: Vec<(usize, u64)>,
}

struct Writer<'a> {
    xml: &'a str,
    opts: &'a DocxOptions,
}

impl Writer<'_> {
    /// `<w:name` (`close`: `</w:name`) with the file's prefix; the caller ends the tag.
    fn tag(&self, out: &mut String, prefix: &str, local: &str, close: bool) {
        out.push_str(if close { "</" } else { "<" });
        if !prefix.is_empty() {
            out.push_str(prefix);
            out.push(':');
        }
        out.push_str(local);
    }

    /// ` w:name="value"` (value escaped).
    fn attr(&self, out: &mut String, prefix: &str, local: &str, value: &str) {
        out.push(' ');
        if !prefix.is_empty() {
            out.push_str(prefix);
            out.push(':');
        }
        out.push_str(local);
        out.push_str("=\"");
        xml_escape(value, out);
        out.push('"');
    }

    /// `<w:ins w:id=".." w:author=".." w:date="..">` (or `w:del`).
    fn change_start(&self, out: &mut String, prefix: &str, local: &str, id: u64) {
        self.tag(out, prefix, local, false);
        self.attr(out, prefix, "id", &id.to_string());
        self.attr(out, prefix, "author", &self.opts.author);
        if !self.opts.date.is_empty() {
            self.attr(out, prefix, "date", &self.opts.date);
        }
        out.push('>');
    }

    /// `<w:name w:id="id"/>`.
    fn marker(&self, out: &mut String, prefix: &str, local: &str, id: u64) {
        self.tag(out, prefix, local, false);
        self.attr(out, prefix, "id", &id.to_string());
        out.push_str("/>");
    }

    /// Run content for `text`: `w:t` pieces (or `w:delText`), tabs and line breaks.
    fn text_content(&self, prefix: &str, text: &str, deleted: bool, out: &mut String) {
        let local = if deleted { "delText" } else { "t" };
        let mut rest = text;
        while !rest.is_empty() {
            let cut = rest.find(&['\t', '\n', '\r'][..]).unwrap_or(rest.len());
            if cut > 0 {
                self.tag(out, prefix, local, false);
                out.push_str(" xml:space=\"preserve\">");
                xml_escape(&rest[..cut], out);
                self.tag(out, prefix, local, true);
                out.push('>');
            }
            if let Some(c) = rest[cut..].chars().next() {
                self.tag(out, prefix, if c == '\t' { "tab" } else { "br" }, false);
                out.push_str("/>");
                rest = &rest[cut + 1..];
            } else {
                rest = "";
            }
        }
    }

    /// The run's children that give text in `[a, b)` (and, when `zero`, the empty ones at
    /// positions in it), as XML: whole children copied, a cut `w:t` rewritten.
    fn slice(&self, run: &Run, a: usize, b: usize, deleted: bool, zero: bool, out: &mut String) {
        for c in &run.children {
            if c.chars.is_empty() {
                if zero && c.chars.start >= a && (c.chars.start < b || (b == run.chars.end && c.chars.start == b)) {
                    out.push_str(&self.xml[c.xml.clone()]);
                }
                continue;
            }
            let (s, e) = (c.chars.start.max(a), c.chars.end.min(b));
            if s >= e {
                continue;
            }
            match &c.text {
                Some(t) if deleted || s != c.chars.start || e != c.chars.end => {
                    let piece = &t[s - c.chars.start..e - c.chars.start];
                    self.text_content(&run.prefix, piece, deleted, out);
                }
                _ => out.push_str(&self.xml[c.xml.clone()]),
            }
        }
    }

    fn run(&self, run: &Run, body: &str, out: &mut String) {
        self.run_with(run, &run.rpr, body, out);
    }

    fn run_with(&self, run: &Run, rpr: &Range<usize>, body: &str, out: &mut String) {
        if body.is_empty() {
            return;
        }
        self.tag(out, &run.prefix, "r", false);
        out.push('>');
        out.push_str(&self.xml[rpr.clone()]);
        out.push_str(body);
        self.tag(out, &run.prefix, "r", true);
        out.push('>');
    }

    /// The replacement XML for a run with `ops`.
    fn rewrite(&self, run: &Run, ops: &RunOps, runs: &[Run]) -> String {
        let p = run.prefix.as_str();
        let mut cuts = vec![run.chars.start, run.chars.end];
        for (r, _) in &ops.dels {
            cuts.extend([r.start, r.end]);
        }
        cuts.extend(ops.ins.iter().map(|x| x.0));
        cuts.extend(ops.starts.iter().chain(&ops.ends).map(|x| x.0));
        cuts.retain(|c| run.chars.contains(c) || *c == run.chars.end);
        crate::package::sort_dedup(&mut cuts);
        let mut out = String::new();
        for (k, &at) in cuts.iter().enumerate() {
            for (_, id) in ops.ends.iter().filter(|x| x.0 == at) {
                self.marker(&mut out, p, "commentRangeEnd", *id);
                self.tag(&mut out, p, "r", false);
                out.push('>');
                self.marker(&mut out, p, "commentReference", *id);
                self.tag(&mut out, p, "r", true);
                out.push('>');
            }
            for (_, text, id, from) in ops.ins.iter().filter(|x| x.0 == at) {
                let mut body = String::new();
                self.text_content(p, text, false, &mut body);
                let rpr = runs.get(*from).map_or(&run.rpr, |r| &r.rpr);
                if self.opts.tracked {
                    self.change_start(&mut out, p, "ins", *id);
                    self.run_with(run, rpr, &body, &mut out);
                    self.tag(&mut out, p, "ins", true);
                    out.push('>');
                } else {
                    self.run_with(run, rpr, &body, &mut out);
                }
            }
            for (_, id) in ops.starts.iter().filter(|x| x.0 == at) {
                self.marker(&mut out, p, "commentRangeStart", *id);
            }
            let Some(&next) = cuts.get(k + 1) else { break };
            let deleted = ops.dels.iter().find(|(r, _)| r.start <= at && next <= r.end);
            let mut body = String::new();
            match deleted {
                Some((_, id)) => {
                    // Empty children (field characters, page-break marks) stay, before the deletion.
                    let mut zero = String::new();
                    for c in run
                        .children
                        .iter()
                        .filter(|c| c.chars.is_empty() && c.chars.start >= at && c.chars.start < next)
                    {
                        zero.push_str(&self.xml[c.xml.clone()]);
                    }
                    self.run(run, &zero, &mut out);
                    if self.opts.tracked {
                        self.slice(run, at, next, true, false, &mut body);
                        self.change_start(&mut out, p, "del", *id);
                        self.run(run, &body, &mut out);
                        self.tag(&mut out, p, "del", true);
                        out.push('>');
                    }
                }
                None => {
                    self.slice(run, at, next, false, true, &mut body);
                    self.run(run, &body, &mut out);
                }
            }
        }
        // A run with no text at all (only empty children) still keeps them.
        if run.chars.is_empty() {
            let mut body = String::new();
            self.slice(run, run.chars.start, run.chars.end, false, true, &mut body);
            self.run(run, &body, &mut out);
        }
        out
    }
}

fn read_part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, Error> {
    if archive.index_for_name(name).is_none() {
        return Ok(None);
    }
    let bytes = decode::read_part(archive, name, &Limits::default()).map_err(|e| fail(&e.kind, e.message))?;
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(fail(
            "docx-unsupported",
            cat(&[name, " 是 UTF-16 编码，暂不支持在原文件中修改；请在 Word 中另存一份后再试"]),
        ));
    }
    decode::xml_to_string(&bytes).map(Some).map_err(|e| fail(&e.kind, e.message))
}

const COMMENTS_TYPE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CT: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const W_MAIN: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Write `edits` and `notes` into the `.docx` `original` (see the module doc). The offsets are
/// UTF-16 units of the text `decode` reads from `original`.
pub fn edit_docx(original: &[u8], edits: &[Edit], notes: &[Note], opts: &DocxOptions) -> Result<DocxEdited, Error> {
    let decoded = decode::decode(original, Some("x.docx")).map_err(|e| fail(&e.kind, e.message))?;
    if decoded.encoding != "docx" {
        return Err(fail("not-docx", "只能在 .docx 原文件中修改；这个文件不是 .docx"));
    }
    // Validates the edits against the text (bounds, overlaps) before anything is written.
    edit::apply(&decoded.text, edits)?;
    let mut archive = zip::ZipArchive::new(Cursor::new(original))
        .map_err(|e| fail("docx-broken", format!("zip 结构无法解析：{e}")))?;
    let main = if archive.index_for_name("word/document.xml").is_some() {
        "word/document.xml".to_string()
    } else {
        decode::office_document_target(&mut archive, &Limits::default())
            .ok_or_else(|| fail("docx-broken", "找不到 Word 正文部件"))?
    };
    let xml = read_part(&mut archive, &main)?.ok_or_else(|| fail("docx-broken", "找不到 Word 正文部件"))?;
    let w = walk(&xml)?;
    if w.text != decoded.text {
        return Err(fail(
            "docx-unsupported",
            "无法把文字位置对应到这个 .docx 的正文结构，未作修改；请用“导出 .docx”另存",
        ));
    }
    let idx = Utf16Index::new(&w.text);
    let byte = |u: usize| idx.to_byte(u);
    let mut ops: Vec<RunOps> = (0..w.runs.len()).map(|_| RunOps::default()).collect();
    let mut next_id = w.max_id + 1;
    let mut changed = 0usize;
    let mut as_comments = Vec::new();
    let mut notes: Vec<Note> = notes.to_vec();

    // The run holding text byte `b` (as a start: b < end), or ending at it.
    let holding = |b: usize| w.runs.iter().position(|r| r.chars.start <= b && b < r.chars.end);
    let ending = |b: usize| w.runs.iter().position(|r| r.chars.start < b && b <= r.chars.end);
    for e in edits {
        let (s, t) = (byte(e.start), byte(e.end));
        let touched: Vec<usize> =
            (0..w.runs.len()).filter(|&k| w.runs[k].chars.start < t && s < w.runs[k].chars.end).collect();
        let covered: usize = touched.iter().map(|&k| w.runs[k].chars.end.min(t) - w.runs[k].chars.start.max(s)).sum();
        let home = if s == t { ending(s).or_else(|| holding(s)) } else { holding(s) };
        match home {
            Some(h) if covered == t - s => {
                // One w:del per run piece (ids are unique per element), then the insertion
                // after the last piece, with the properties of the run where the edit starts.
                for &k in &touched {
                    let r = &w.runs[k];
                    ops[k].dels.push((r.chars.start.max(s)..r.chars.end.min(t), next_id));
                    next_id += 1;
                }
                if !e.replacement.is_empty() {
                    let last = touched.last().copied().filter(|_| s < t).unwrap_or(h);
                    let at = t.min(w.runs[last].chars.end);
                    ops[last].ins.push((at, e.replacement.clone(), next_id, h));
                    next_id += 1;
                }
                changed += 1;
            }
            _ => {
                as_comments.push(e.clone());
                let what = if e.replacement.is_empty() {
                    "删除".to_string()
                } else {
                    cat(&["改为“", &e.replacement, "”"])
                };
                notes.push(Note {
                    start: e.start,
                    end: e.end,
                    text: cat(&["建议", &what, "（", &e.reason, "；跨段落或位于特殊内容中，未自动修改）"]),
                });
            }
        }
    }

    let mut comments = Vec::new();
    if opts.tracked {
        for n in &notes {
            let (s, t) = (byte(n.start.min(idx.len())), byte(n.end.min(idx.len())));
            let start = holding(s).or_else(|| w.runs.iter().position(|r| r.chars.start >= s));
            let end = ending(t.max(s)).or_else(|| w.runs.iter().rposition(|r| r.chars.end <= t.max(s)));
            let (Some(a), Some(b)) = (start, end) else { continue };
            if b < a {
                continue;
            }
            let id = next_id;
            next_id += 1;
            let ra = &w.runs[a];
            ops[a].starts.push((s.clamp(ra.chars.start, ra.chars.end), id));
            let rb = &w.runs[b];
            ops[b].ends.push((t.max(s).clamp(rb.chars.start, rb.chars.end), id));
            comments.push((id, n.text.clone()));
        }
    }

    // Rewrite the touched runs, in document order.
    let writer = Writer { xml: &xml, opts };
    let mut touched: Vec<(Range<usize>, String)> = Vec::new();
    for (run, o) in w.runs.iter().zip(&ops) {
        if o.dels.is_empty() && o.ins.is_empty() && o.starts.is_empty() && o.ends.is_empty() {
            continue;
        }
        touched.push((run.xml.clone(), writer.rewrite(run, o, &w.runs)));
    }
    // `touched` follows the runs, so it is in document order.
    let mut new_xml = String::with_capacity(xml.len() + touched.len() * 200);
    let mut at = 0;
    for (r, s) in &touched {
        new_xml.push_str(&xml[at..r.start]);
        new_xml.push_str(s);
        at = r.end;
    }
    new_xml.push_str(&xml[at..]);

    let mut changes = vec![(main.clone(), new_xml.into_bytes())];
    if !comments.is_empty() {
        add_comments(&mut archive, &main, &comments, opts, &mut changes)?;
    }
    let bytes = crate::package::rewrite(original, &changes).map_err(|m| fail("docx-write", m))?;
    Ok(DocxEdited { bytes, changed, as_comments, comments: comments.len() })
}

/// The strings joined: one small function instead of a `format!` at every call site (the
/// page's wasm is on a size budget).
fn cat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// `xml` with `piece` inserted before the last `close` tag.
fn insert_before(xml: &str, close: &str, piece: &str) -> Result<Vec<u8>, Error> {
    let at = xml.rfind(close).ok_or_else(|| {
        fail("docx-unsupported", cat(&["这个 .docx 的部件格式特殊（缺少 ", close, "），无法添加批注"]))
    })?;
    Ok(cat(&[&xml[..at], piece, &xml[at..]]).into_bytes())
}

const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Comments into the comments part (created, with its relationship and content type, when
/// the document has none).
fn add_comments(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    main: &str,
    comments: &[(u64, String)],
    opts: &DocxOptions,
    changes: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), Error> {
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main));
    let in_dir = |name: &str| if dir.is_empty() { name.to_string() } else { cat(&[dir, "/", name]) };
    let rels_name = in_dir(&cat(&["_rels/", file, ".rels"]));
    let rels = read_part(archive, &rels_name)?;
    // An existing comments part named by the relationships.
    let existing = rels.as_deref().and_then(|r| relationship_target(r, COMMENTS_TYPE)).map(|t| {
        let t = t.trim_start_matches('/');
        if dir.is_empty() || t.starts_with(&cat(&[dir, "/"])) {
            t.to_string()
        } else {
            in_dir(t)
        }
    });
    let mut body = String::new();
    for (id, text) in comments {
        body.push_str("<w:comment w:id=\"");
        body.push_str(&id.to_string());
        body.push_str("\" w:author=\"");
        xml_escape(&opts.author, &mut body);
        body.push('"');
        if !opts.date.is_empty() {
            body.push_str(" w:date=\"");
            xml_escape(&opts.date, &mut body);
            body.push('"');
        }
        body.push_str(r#" w:initials="RL"><w:p><w:r><w:t xml:space="preserve">"#);
        xml_escape(text, &mut body);
        body.push_str("</w:t></w:r></w:p></w:comment>");
    }
    if let Some(part) = existing.filter(|p| archive.index_for_name(p).is_some()) {
        let xml = read_part(archive, &part)?.unwrap_or_default();
        // Our elements use the `w` prefix: only where the part binds it to WordprocessingML
        // (it always does in practice).
        if !xml.contains(&cat(&["xmlns:w=\"", W_MAIN, "\""])) {
            return Err(fail("docx-unsupported", "这个 .docx 的批注部件格式特殊，无法添加批注"));
        }
        let new = insert_before(&xml, "</w:comments>", &body)?;
        changes.push((part, new));
        return Ok(());
    }
    let part = in_dir("comments.xml");
    changes.push((
        part.clone(),
        cat(&[XML_DECL, "<w:comments xmlns:w=\"", W_MAIN, "\">", &body, "</w:comments>"]).into_bytes(),
    ));
    let rel =
        cat(&["<Relationship Id=\"rIdReportLensComments\" Type=\"", COMMENTS_TYPE, "\" Target=\"comments.xml\"/>"]);
    let rels = match rels {
        Some(r) => insert_before(&r, "</Relationships>", &rel)?,
        None => cat(&[
            XML_DECL,
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
            &rel,
            "</Relationships>",
        ])
        .into_bytes(),
    };
    changes.push((rels_name, rels));
    let types =
        read_part(archive, "[Content_Types].xml")?.ok_or_else(|| fail("docx-broken", "缺少 [Content_Types].xml"))?;
    let over = cat(&["<Override PartName=\"/", &part, "\" ContentType=\"", COMMENTS_CT, "\"/>"]);
    changes.push(("[Content_Types].xml".into(), insert_before(&types, "</Types>", &over)?));
    Ok(())
}

/// Target of the first relationship of `ty` in a `.rels` part.
fn relationship_target(rels: &str, ty: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                let (mut t, mut target) = (String::new(), String::new());
                for a in e.attributes().flatten() {
                    let v = a.unescape_value().ok()?.into_owned();
                    match a.key.local_name().as_ref() {
                        b"Type" => t = v,
                        b"Target" => target = v,
                        _ => {}
                    }
                }
                if t == ty {
                    return Some(target);
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn text_of(body: &str) -> (String, usize) {
        let xml = format!("<w:document {NS}><w:body>{body}</w:body></w:document>");
        let w = walk(&xml).unwrap();
        let want = decode::document_text(xml.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(w.text, want);
        (w.text, w.runs.len())
    }

    #[test]
    fn walk_reads_as_the_decoder_does() {
        let (t, n) = text_of(
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一、</w:t></w:r><w:r><w:t>总体</w:t><w:tab/><w:t>情况</w:t></w:r></w:p><w:p/><w:p><w:hyperlink><w:r><w:t>链接&amp;</w:t></w:r></w:hyperlink><w:ins w:id="3"><w:r><w:t>他人修订</w:t></w:r></w:ins></w:p>"#,
        );
        assert_eq!(t, "一、总体\t情况\n\n链接&他人修订");
        // The run inside someone else's w:ins is not ours to split.
        assert_eq!(n, 3);
    }
}
