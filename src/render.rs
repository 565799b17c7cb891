//! Plain-text views of an [`Analysis`], for the terminal and for snapshot tests.
//!
//! * [`render_report`]: title, outline tree, placeholders by form, a metrics table and the
//!   findings as compiler-style diagnostics (`warning[numbering-gap]: …`, `--> 3:1`, the source
//!   line, `^~~~` under the span, `help: 建议改为 “…”`).
//! * [`render_spans`]: every source line followed by marker lines under each highlighted span
//!   (`P` placeholder, `M` metric, `D` date, `A` artefact, `T` title, `S` salutation, `H1` `H2` …
//!   headings) — what the snapshot tests store.
//!
//! Spans in the [`Analysis`] are UTF-16 offsets (spec §7); they are turned into bytes with one
//! [`LineIndex`] per render. Positions are shown as `line:col`, 1-based, the column counted in
//! characters; markers are placed by display width (CJK and full-width characters take two
//! columns). Nothing here panics on spans that are out of range or reversed: they are clamped.

use std::fmt::Write as _;

use crate::model::{Analysis, Approx, Heading, PlaceholderKind, Severity};
use crate::offsets::LineIndex;

/// How [`render_report`] draws.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// ANSI colours (off for snapshots and pipes).
    pub color: bool,
    /// Display columns a quoted source line may take before it is cut around the span.
    pub width: usize,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions { color: false, width: 100 }
    }
}

/// Columns [`render_spans`] wraps long source lines at (reports pasted as one line).
const WRAP: usize = 100;
const TAB: &str = "    ";

// ---------------------------------------------------------------------------------------------
// Display width

/// Terminal columns of `c`: 2 for CJK ideographs, kana, hangul, full-width forms and most
/// emoji; 0 for combining marks, zero-width characters and the BOM; 4 for a tab (drawn as
/// four spaces); 1 otherwise (control characters are drawn as one space).
pub fn char_width(c: char) -> usize {
    match c {
        '\t' => TAB.len(),
        '\u{0300}'..='\u{036F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{E0100}'..='\u{E01EF}' => 0,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F300}'..='\u{1F64F}'
        | '\u{1F900}'..='\u{1F9FF}'
        | '\u{20000}'..='\u{2FFFD}'
        | '\u{30000}'..='\u{3FFFD}' => 2,
        _ => 1,
    }
}

/// Terminal columns of `s` (sum of [`char_width`]).
pub fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// How a source character is drawn: tabs as spaces, control characters as one space.
fn push_shown(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str(TAB),
        '\u{FEFF}' => {}
        c if c.is_control() => out.push(' '),
        c => out.push(c),
    }
}

/// `s` on one line (line breaks and tabs as spaces), cut to `max` columns with `…`.
fn one_line(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    let total: usize = s.chars().map(|c| if c.is_control() { 1 } else { char_width(c) }).sum();
    for c in s.chars() {
        let cw = if c.is_control() { 1 } else { char_width(c) };
        if total > max && w + cw + 1 > max {
            out.push('…');
            break;
        }
        w += cw;
        if c.is_control() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// `s` padded with spaces to `w` columns.
fn pad(s: &str, w: usize) -> String {
    let n = display_width(s);
    let mut out = s.to_string();
    out.push_str(&" ".repeat(w.saturating_sub(n)));
    out
}

// ---------------------------------------------------------------------------------------------
// Positions

/// `line:col` (1-based, column in characters) of UTF-16 offset `utf16`.
fn pos(loc: &LineIndex, utf16: usize) -> String {
    let (l, c) = loc.line_col_utf16(utf16);
    format!("{l}:{c}")
}

// ---------------------------------------------------------------------------------------------
// Colour

struct Paint(bool);

impl Paint {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn gutter(&self, s: &str) -> String {
        self.paint("1;34", s)
    }
    fn severity(&self, sev: Severity, s: &str) -> String {
        let code = match sev {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, s)
    }
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn kind_name(k: PlaceholderKind) -> &'static str {
    match k {
        PlaceholderKind::Number => "number",
        PlaceholderKind::Date => "date",
        PlaceholderKind::Name => "name",
    }
}

fn approx_name(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "exact",
        Approx::More => "more",
        Approx::Nearly => "nearly",
        Approx::About => "about",
        Approx::Less => "less",
    }
}

fn fmt_num(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else if v.is_finite() {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        v.to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// The report

/// The analysis as a readable report: document parts, outline, placeholders, metrics, dates,
/// artefacts, then every finding as a diagnostic and a one-line summary.
pub fn render_report(text: &str, a: &Analysis, opts: &RenderOptions) -> String {
    let loc = LineIndex::new(text);
    let p = Paint(opts.color);
    let mut out = String::new();
    let w = opts.width.max(20);

    // Document parts.
    let part = |out: &mut String, label: &str, t: &crate::model::TextSpan| {
        let _ = writeln!(
            out,
            "{}  {}  {}",
            p.bold(label),
            one_line(t.text.trim(), w),
            p.dim(&format!("({})", pos(&loc, t.start)))
        );
    };
    match &a.title {
        Some(t) => part(&mut out, "标题", t),
        None => {
            let _ = writeln!(out, "{}  {}", p.bold("标题"), p.dim("（无）"));
        }
    }
    if let Some(s) = &a.salutation {
        part(&mut out, "称呼", s);
    }
    let _ = writeln!(out, "{}  {} 字，{} 行，{} 段", p.bold("统计"), a.stats.chars, a.stats.lines, a.stats.paragraphs);

    // Outline.
    let count = count_headings(&a.outline);
    let _ = writeln!(out, "\n{}", p.bold(&format!("大纲（{count}）")));
    if a.outline.is_empty() {
        let _ = writeln!(out, "  {}", p.dim("（无）"));
    }
    outline(&mut out, &a.outline, 1, &loc, w, 0);

    // Placeholders, grouped by form in order of first appearance.
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, ph) in a.placeholders.iter().enumerate() {
        match groups.iter_mut().find(|(f, _)| *f == ph.form) {
            Some((_, v)) => v.push(i),
            None => groups.push((&ph.form, vec![i])),
        }
    }
    let _ = writeln!(out, "\n{}", p.bold(&format!("占位符（{} 处，{} 种）", a.placeholders.len(), groups.len())));
    if groups.is_empty() {
        let _ = writeln!(out, "  {}", p.dim("（无）"));
    }
    let form_w = groups.iter().map(|(f, _)| display_width(&one_line(f, 24))).max().unwrap_or(0);
    for (form, items) in &groups {
        let first = &a.placeholders[items[0]];
        let mut positions: Vec<String> = items.iter().take(6).map(|&i| pos(&loc, a.placeholders[i].start)).collect();
        if items.len() > 6 {
            positions.push("…".into());
        }
        let _ = writeln!(
            out,
            "  {}  {}  {}  {}",
            pad(&one_line(form, 24), form_w),
            pad(&format!("×{}", items.len()), 4),
            pad(kind_name(first.kind), 6),
            p.dim(&positions.join(" "))
        );
    }

    // Metrics table.
    let _ = writeln!(out, "\n{}", p.bold(&format!("指标（{}）", a.metrics.len())));
    if a.metrics.is_empty() {
        let _ = writeln!(out, "  {}", p.dim("（无）"));
    } else {
        let mut rows =
            vec![["原文".to_string(), "数值".into(), "单位".into(), "约数".into(), "对象".into(), "位置".into()]];
        for m in &a.metrics {
            let value = match (m.value, m.upper) {
                (Some(v), Some(u)) => format!("{}~{}", fmt_num(v), fmt_num(u)),
                (Some(v), None) => fmt_num(v),
                (None, Some(u)) => format!("?~{}", fmt_num(u)),
                (None, None) => "?".into(),
            };
            rows.push([
                one_line(&m.text, 24),
                value,
                if m.unit.is_empty() { "-".into() } else { one_line(&m.unit, 12) },
                approx_name(m.approx).into(),
                m.subject.as_deref().map_or_else(|| "-".into(), |s| one_line(s, 16)),
                pos(&loc, m.start),
            ]);
        }
        let mut widths = [0usize; 6];
        for r in &rows {
            for (k, cell) in r.iter().enumerate() {
                widths[k] = widths[k].max(display_width(cell));
            }
        }
        for (n, r) in rows.iter().enumerate() {
            let mut line = String::from(" ");
            for (k, cell) in r.iter().enumerate() {
                line.push(' ');
                if k + 1 == r.len() {
                    line.push_str(cell);
                } else {
                    line.push_str(&pad(cell, widths[k]));
                    line.push(' ');
                }
            }
            let line = line.trim_end().to_string();
            let _ = writeln!(out, "{}", if n == 0 { p.dim(&line) } else { line });
        }
    }

    // Dates, artefacts, closing and signature: short lists.
    let list = |out: &mut String, label: &str, spans: &[crate::model::TextSpan]| {
        if spans.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{}", p.bold(&format!("{label}（{}）", spans.len())));
        for s in spans {
            let _ = writeln!(
                out,
                "  {}  {}",
                one_line(&s.text, w.saturating_sub(12)),
                p.dim(&format!("({})", pos(&loc, s.start)))
            );
        }
    };
    list(&mut out, "日期", &a.dates);
    list(&mut out, "残留", &a.artifacts);
    list(&mut out, "结尾", &a.closing);
    list(&mut out, "落款", &a.signature);

    // Findings.
    let _ = writeln!(out, "\n{}", p.bold(&format!("问题（{}）", a.findings.len())));
    if a.findings.is_empty() {
        let _ = writeln!(out, "  {}", p.dim("（无）"));
    }
    for f in &a.findings {
        out.push('\n');
        diagnostic(&mut out, &loc, &p, w, f);
    }
    if !a.findings.is_empty() {
        let n = |s: Severity| a.findings.iter().filter(|f| f.severity == s).count();
        let _ = writeln!(
            out,
            "\n共 {} 条：错误 {}，建议 {}，提示 {}",
            a.findings.len(),
            n(Severity::Error),
            n(Severity::Warning),
            n(Severity::Info)
        );
    }
    out
}

fn count_headings(nodes: &[Heading]) -> usize {
    nodes.iter().map(|h| 1 + count_headings(&h.children)).sum()
}

fn outline(out: &mut String, nodes: &[Heading], depth: usize, loc: &LineIndex, w: usize, guard: usize) {
    if guard > 64 {
        return;
    }
    for h in nodes {
        let indent = "  ".repeat(depth);
        let head = format!("{} {}", one_line(&h.marker, 12), h.title.trim());
        let room = w.saturating_sub(indent.len() + 16).max(10);
        let run_in = if h.run_in { ", 段中" } else { "" };
        let _ = writeln!(out, "{indent}{}  (L{}, {}{run_in})", one_line(head.trim(), room), h.level, pos(loc, h.start));
        outline(out, &h.children, depth + 1, loc, w, guard + 1);
    }
}

/// One finding, rustc style.
fn diagnostic(out: &mut String, loc: &LineIndex, p: &Paint, width: usize, f: &crate::model::Finding) {
    let (s, e) = loc.byte_span(f.start, f.end);
    let (line_no, col) = loc.line_col(s);
    let l = line_no - 1;
    let (ls, le) = loc.line_span(l);
    let gw = line_no.to_string().len();
    let blank = " ".repeat(gw);
    let head = format!("{}[{}]", severity_name(f.severity), f.check);
    let _ = writeln!(out, "{}: {}", p.severity(f.severity, &head), p.bold(&f.message));
    let _ = writeln!(out, "{blank}{} {line_no}:{col}", p.gutter("-->"));
    let _ = writeln!(out, "{blank} {}", p.gutter("|"));

    let line = &loc.text()[ls..le];
    let rs = s.clamp(ls, le) - ls;
    let re = e.clamp(ls, le) - ls;
    let (shown, caret_col, caret_w) = excerpt(line, rs, re, width);
    let _ = writeln!(out, "{} {}", p.gutter(&format!("{line_no:>gw$} |")), shown);
    let mut marks = " ".repeat(caret_col);
    marks.push('^');
    marks.push_str(&"~".repeat(caret_w.saturating_sub(1)));
    let more = if e > le && loc.line_of(e.saturating_sub(1)) > l {
        let last = loc.line_of(e.saturating_sub(1));
        format!(" （延续到第 {} 行）", last + 1)
    } else {
        String::new()
    };
    let _ = writeln!(out, "{blank} {} {}{}", p.gutter("|"), p.severity(f.severity, &marks), more);
    if let Some(sugg) = &f.suggestion {
        let help = if sugg.is_empty() {
            "建议删除".to_string()
        } else {
            format!("建议改为 “{}”", one_line(sugg, width))
        };
        let _ = writeln!(out, "{blank} {} {}", p.gutter("="), p.paint("1;32", &format!("help: {help}")));
    }
}

/// The part of `line` to show around bytes `[s, e)`: the whole line when it fits in `width`
/// columns, otherwise a window with `…` at the cut ends. Returns the text and the caret column
/// and width (display columns) of the span in it.
fn excerpt(line: &str, s: usize, e: usize, width: usize) -> (String, usize, usize) {
    // Only `width` columns around the span are shown, and a character is at most 4 bytes: decode
    // just that window of a long line, so a one-line text with many findings stays linear.
    let reach = 4 * width + 4;
    let (mut ws, mut we) = (0, line.len());
    if line.len() > 2 * reach {
        ws = s.saturating_sub(reach);
        we = s.saturating_add(2 * reach).min(line.len());
        while !line.is_char_boundary(ws) {
            ws -= 1;
        }
        while !line.is_char_boundary(we) {
            we += 1;
        }
    }
    let (cut_before, cut_after) = (ws > 0, we < line.len());
    let cells: Vec<(usize, char, usize)> =
        line[ws..we].char_indices().map(|(i, c)| (ws + i, c, char_width(c))).collect();
    // A cut line has more than `width` characters, so it never fits.
    let total: usize = if cut_before || cut_after { usize::MAX } else { cells.iter().map(|c| c.2).sum() };
    let first = cells.partition_point(|c| c.0 < s);
    let last = cells.partition_point(|c| c.0 < e);
    let span_w: usize = cells[first..last].iter().map(|c| c.2).sum();

    let (from, to) = if total <= width {
        (0, cells.len())
    } else {
        let budget = width.saturating_sub(2);
        let before_budget = budget.saturating_sub(span_w.min(budget)) / 3;
        let mut from = first;
        let mut used = 0;
        while from > 0 && used + cells[from - 1].2 <= before_budget {
            from -= 1;
            used += cells[from].2;
        }
        let mut to = first;
        while to < cells.len() && used + cells[to].2 <= budget {
            used += cells[to].2;
            to += 1;
        }
        (from, to.max(first))
    };
    let mut shown = String::new();
    let mut col = 0;
    if from > 0 || cut_before {
        shown.push('…');
        col += 1;
    }
    let mut caret_col = col;
    let mut caret_w = 0;
    for (k, &(_, c, w)) in cells.iter().enumerate().take(to).skip(from) {
        if k < first {
            caret_col += w;
        } else if k < last {
            caret_w += w;
        }
        push_shown(&mut shown, c);
        col += w;
    }
    if first >= to {
        caret_col = col;
    }
    if to < cells.len() || cut_after {
        shown.push('…');
    }
    (shown.trim_end().to_string(), caret_col, caret_w)
}

// ---------------------------------------------------------------------------------------------
// Span markers

/// A piece of a source line as shown: a line, or a wrapped part of a long one.
struct Segment {
    line: usize,
    continued: bool,
    start: usize,
    end: usize,
}

fn segments(loc: &LineIndex) -> Vec<Segment> {
    let mut segs = Vec::new();
    let mut lines = loc.line_count();
    if lines > 1 && loc.text().ends_with('\n') {
        lines -= 1;
    }
    for l in 0..lines {
        let (ls, le) = loc.line_span(l);
        let mut start = ls;
        let mut w = 0;
        for (i, c) in loc.text()[ls..le].char_indices() {
            let cw = char_width(c);
            if w + cw > WRAP && ls + i > start {
                segs.push(Segment { line: l, continued: start > ls, start, end: ls + i });
                start = ls + i;
                w = 0;
            }
            w += cw;
        }
        segs.push(Segment { line: l, continued: start > ls, start, end: le });
    }
    segs
}

/// Every line of `text`, each followed by marker lines under the spans of `a` on it:
///
/// ```text
///  3 | 一、总体情况
///    | H1~~~~~~~~~~
///  4 | 全镇共有20个党支部，xxx镇完成X次检查。
///    |         M~~~        P~~~~~    P~
/// ```
///
/// `T` title, `S` salutation, `H1` `H2` … headings, `A` artefacts, `P` placeholders,
/// `M` metrics, `D` dates. A mark starts with its letter and runs with `~` under the span;
/// a span that goes on from the previous line (or wrapped part) is drawn with `~` only.
/// Overlapping spans go on separate marker lines. Lines longer than 100 columns are wrapped;
/// their continuation parts are shown with `>` instead of a line number.
pub fn render_spans(text: &str, a: &Analysis) -> String {
    let loc = LineIndex::new(text);
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut add = |start: usize, end: usize, label: String| {
        let (s, e) = loc.byte_span(start, end);
        spans.push((s, e, label));
    };
    if let Some(t) = &a.title {
        add(t.start, t.end, "T".into());
    }
    if let Some(t) = &a.salutation {
        add(t.start, t.end, "S".into());
    }
    let mut stack: Vec<(&Heading, usize)> = a.outline.iter().rev().map(|h| (h, 0)).collect();
    while let Some((h, depth)) = stack.pop() {
        add(h.start, h.end, format!("H{}", h.level));
        if depth < 64 {
            stack.extend(h.children.iter().rev().map(|c| (c, depth + 1)));
        }
    }
    for t in &a.artifacts {
        add(t.start, t.end, "A".into());
    }
    for t in &a.placeholders {
        add(t.start, t.end, "P".into());
    }
    for t in &a.metrics {
        add(t.start, t.end, "M".into());
    }
    for t in &a.dates {
        add(t.start, t.end, "D".into());
    }

    let segs = segments(&loc);
    // Marks per segment: (start col, span width, label, continued from before).
    let mut marks: Vec<Vec<(usize, usize, &str, bool)>> = segs.iter().map(|_| Vec::new()).collect();
    for (s, e, label) in &spans {
        let (s, e) = (*s, *e);
        let mut i = segs.partition_point(|g| g.end < s);
        while let Some(g) = segs.get(i) {
            if g.start > e || (g.start == e && e > s) {
                break;
            }
            let ps = s.max(g.start);
            let pe = e.min(g.end);
            if pe > ps || (s == e && ps == s) {
                let col = display_width(&text[g.start..ps]);
                let w = display_width(&text[ps..pe]);
                marks[i].push((col, w, label.as_str(), s < g.start));
            }
            i += 1;
        }
    }

    let gw = segs.last().map_or(1, |g| (g.line + 1).to_string().len());
    let mut out = String::new();
    for (g, mut ms) in segs.iter().zip(marks) {
        let mut shown = String::new();
        for c in text[g.start..g.end].chars() {
            push_shown(&mut shown, c);
        }
        let gutter = if g.continued { format!("{:>gw$} >", "") } else { format!("{:>gw$} |", g.line + 1) };
        if shown.is_empty() {
            let _ = writeln!(out, "{gutter}");
        } else {
            let _ = writeln!(out, "{gutter} {}", shown.trim_end());
        }
        // Lanes: earlier start first, longer first, so an enclosing heading takes lane 0.
        ms.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
        let mut lanes: Vec<(usize, String)> = Vec::new();
        for (col, w, label, continued) in ms {
            let drawn = if continued {
                "~".repeat(w.max(1))
            } else {
                let mut d = label.to_string();
                d.push_str(&"~".repeat(w.saturating_sub(label.len())));
                d
            };
            let end = col + drawn.len();
            let lane = match lanes.iter_mut().find(|(lane_end, _)| *lane_end <= col) {
                Some(l) => l,
                None => {
                    lanes.push((0, String::new()));
                    lanes.last_mut().expect("just pushed")
                }
            };
            lane.1.push_str(&" ".repeat(col - lane.0));
            lane.1.push_str(&drawn);
            lane.0 = end;
        }
        for (_, l) in lanes {
            let _ = writeln!(out, "{:>gw$} | {l}", "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn u16_range(text: &str, needle: &str) -> (usize, usize) {
        let b = text.find(needle).expect("needle");
        let s = text[..b].encode_utf16().count();
        (s, s + needle.encode_utf16().count())
    }

    #[test]
    fn a_span_in_a_very_long_line_is_shown_in_a_window_around_it() {
        // Before: every finding decoded its whole line (7 s for 240 KB on one line); now only a
        // window, with the same text, caret and `…` marks as a whole-line reading gives.
        let filler = "推进工作𠮷😀ab，".repeat(2_000);
        let line = format!("{filler}xxx镇完成X次检查{filler}");
        let s = line.find("xxx镇").unwrap();
        let e = s + "xxx镇".len();
        let (shown, col, w) = excerpt(&line, s, e, 60);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(display_width(&shown) <= 62, "{shown}");
        let caret: String = shown
            .chars()
            .scan(0, |c, ch| {
                let at = *c;
                *c += char_width(ch);
                Some((at, ch))
            })
            .filter(|&(at, _)| at >= col && at < col + w)
            .map(|(_, ch)| ch)
            .collect();
        assert_eq!(caret, "xxx镇");
        // A short line is still shown whole.
        assert_eq!(excerpt("xxx镇完成X次检查", 0, 6, 60), ("xxx镇完成X次检查".to_string(), 0, 5));
    }

    fn sample() -> (String, Analysis) {
        let text = "关于𠮷xx镇工作的汇报\r\n一、总体情况\r\n全镇共有20个党支部，xxx镇完成X次检查。\r\n".to_string();
        let mut a = Analysis::default();
        let (s, e) = u16_range(&text, "关于𠮷xx镇工作的汇报");
        a.title = Some(TextSpan { text: "关于𠮷xx镇工作的汇报".into(), start: s, end: e });
        let (s, e) = u16_range(&text, "一、总体情况");
        a.outline.push(Heading {
            level: 1,
            marker: "一、".into(),
            ordinal: 1,
            title: "总体情况".into(),
            family: crate::model::Family::HanDun,
            run_in: false,
            start: s,
            end: e,
            children: vec![],
        });
        let (s, e) = u16_range(&text, "20个");
        a.metrics.push(Metric {
            text: "20个".into(),
            value: Some(20.0),
            upper: None,
            unit: "个".into(),
            approx: Approx::Exact,
            subject: Some("党支部".into()),
            start: s,
            end: e,
        });
        for (needle, form) in [("xxx镇", "xxx镇"), ("X次", "X次")] {
            let (s, e) = u16_range(&text, needle);
            a.placeholders.push(Placeholder {
                text: needle.into(),
                kind: PlaceholderKind::Number,
                form: form.into(),
                start: s,
                end: e,
            });
        }
        let (s, e) = u16_range(&text, "X次");
        a.findings.push(Finding {
            check: "unfilled-placeholder".into(),
            severity: Severity::Warning,
            message: "占位符未填写".into(),
            start: s,
            end: e,
            suggestion: Some("3次".into()),
        });
        (text, a)
    }

    #[test]
    fn widths() {
        assert_eq!(display_width("20个党支部"), 10);
        assert_eq!(display_width("𠮷a"), 3);
        assert_eq!(display_width("（一）"), 6);
    }

    #[test]
    fn spans_are_marked_under_their_text() {
        let (text, a) = sample();
        let got = render_spans(&text, &a);
        let want = "\
1 | 关于𠮷xx镇工作的汇报
  | T~~~~~~~~~~~~~~~~~~~
2 | 一、总体情况
  | H1~~~~~~~~~~
3 | 全镇共有20个党支部，xxx镇完成X次检查。
  |         M~~~        P~~~~    P~~
";
        assert_eq!(got, want);
    }

    #[test]
    fn diagnostic_points_at_the_span() {
        let (text, a) = sample();
        let got = render_report(&text, &a, &RenderOptions::default());
        let want = "\
warning[unfilled-placeholder]: 占位符未填写
 --> 3:18
  |
3 | 全镇共有20个党支部，xxx镇完成X次检查。
  |                              ^~~
  = help: 建议改为 “3次”
";
        assert!(got.contains(want), "{got}");
        assert!(got.contains("一、 总体情况  (L1, 2:1)"), "{got}");
        assert!(got.contains("  20个  20    个    exact  党支部  3:5"), "{got}");
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let text = "a𠮷\n中文";
        let mut a = Analysis::default();
        a.findings.push(Finding {
            check: "x".into(),
            severity: Severity::Error,
            message: "m".into(),
            start: 9,
            end: 2,
            suggestion: Some(String::new()),
        });
        a.placeholders.push(Placeholder {
            text: String::new(),
            kind: PlaceholderKind::Name,
            form: String::new(),
            start: 2,
            end: 1000,
        });
        let _ = render_report(text, &a, &RenderOptions::default());
        let _ = render_spans(text, &a);
        let _ = render_report("", &a, &RenderOptions::default());
        let _ = render_spans("", &a);
    }

    #[test]
    fn long_lines_are_cut_and_wrapped() {
        let text = format!("{}X次{}", "汇报".repeat(200), "完成".repeat(200));
        let mut a = Analysis::default();
        let (s, e) = u16_range(&text, "X次");
        a.placeholders.push(Placeholder {
            text: "X次".into(),
            kind: PlaceholderKind::Number,
            form: "X次".into(),
            start: s,
            end: e,
        });
        a.findings.push(Finding {
            check: "unfilled-placeholder".into(),
            severity: Severity::Warning,
            message: "m".into(),
            start: s,
            end: e,
            suggestion: None,
        });
        let r = render_report(&text, &a, &RenderOptions::default());
        let src = r.lines().find(|l| l.starts_with("1 |")).unwrap();
        assert!(display_width(src) <= 104, "{src}");
        let caret = r.lines().find(|l| l.contains('^')).unwrap();
        let col = display_width(&caret[..caret.find('^').unwrap()]);
        let xcol = display_width(&src[..src.find('X').unwrap()]);
        assert_eq!(col, xcol);
        let spans = render_spans(&text, &a);
        assert!(spans.lines().all(|l| display_width(l) <= WRAP + 6));
        assert!(spans.contains("P~~"));
    }
}
