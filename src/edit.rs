//! Editing: fill template blanks, apply the safe fixes, undo. Shared by the CLI (`fill`, `fix`)
//! and the browser (through wasm), so everything here is plain serde data and every offset at
//! the public API is in UTF-16 code units of the text it refers to, like [`crate::Analysis`];
//! bytes are used only inside.
//!
//! The model is: an [`Edit`] replaces `[start, end)` of a text with `replacement`.
//! [`apply`] takes a set of non-overlapping edits against one text and gives the new text and
//! one [`Applied`] per edit, which keeps the slice it replaced, so that [`undo`] restores the
//! original byte for byte (and [`undo_some`] takes back some of them and keeps the rest).
//! Edits come from:
//! - [`fill_edits`]: values for placeholders, by *field* — a name form (`xxx镇`) fills every
//!   occurrence at once, `FORM#K` is the K-th occurrence of a form on its own (a number `X次#3`,
//!   or one occurrence of a name filled differently). [`fields`] lists them for a form UI.
//! - [`fix_edits`] / [`fix_edit`]: the suggestions of findings whose check's definition says
//!   its fix is safe ([`crate::checks::Fix`], listed by [`crate::checks::safe_ids`]).
//!
//! Nothing here panics on bad input: offsets off the text, inside a surrogate pair, overlapping
//! edits, an analysis of another text — each is an [`Error`] with a Chinese message and a
//! stable kind: `out-of-range`, `reversed`, `not-char-boundary`, `overlap`, `mismatch` (undo of
//! a text that changed since), `stale-analysis` (the analysis is of another text),
//! `unknown-field`, `bad-fill`.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::checks::{self, Fix};
use crate::model::{Analysis, Finding, PlaceholderKind};
use crate::offsets::{LineIndex, Utf16Index};
use crate::Error;

/// Replace `[start, end)` (UTF-16 code units, end-exclusive) with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    /// Why: a check id (`usage`) for a fix, `fill:<field>` (`fill:xxx镇`, `fill:X次#3`) for a fill.
    pub reason: String,
}

/// An edit as applied by [`apply`]: where it sits in the new text, what it replaced and where
/// that was in the old text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applied {
    /// `[start, end)` of `after` in the new text (UTF-16).
    pub start: usize,
    pub end: usize,
    /// `[orig_start, orig_end)` of `before` in the old text (UTF-16).
    pub orig_start: usize,
    pub orig_end: usize,
    /// The old slice (what [`undo`] puts back) and the new one.
    pub before: String,
    pub after: String,
    pub reason: String,
    /// 1-based line and column (in characters) of `orig_start` in the old text, for listings.
    pub line: usize,
    pub column: usize,
}

impl Applied {
    /// `12:5 usage：截止目前 → 截至目前` — one line of a change list. Line breaks show as `↵`,
    /// an empty side as `（删除）` / `（插入）`.
    pub fn describe(&self) -> String {
        let show = |s: &str, empty: &str| {
            if s.is_empty() {
                empty.to_string()
            } else {
                s.replace("\r\n", "↵").replace(['\n', '\r'], "↵")
            }
        };
        format!(
            "{}:{} {}：{} → {}",
            self.line,
            self.column,
            self.reason,
            show(&self.before, "（空）"),
            show(&self.after, "（删除）")
        )
    }
}

/// Byte offset of UTF-16 offset `u`, or an error when `u` is past the end or splits a
/// surrogate pair.
fn byte_at(idx: &Utf16Index, u: usize) -> Result<usize, Error> {
    if u > idx.len() {
        return Err(Error::new("out-of-range", format!("位置 {u} 超出了文本长度 {}", idx.len())));
    }
    let b = idx.to_byte(u);
    if idx.to_utf16(b) != u {
        return Err(Error::new("not-char-boundary", format!("位置 {u} 落在一个字符（代理对）中间")));
    }
    Ok(b)
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Apply `edits` to `text`. The edits are all relative to `text` (not to each other), may come
/// in any order, and must not overlap: two edits may touch (`[1,3)` and `[3,5)`), and an
/// insertion (`start == end`) may sit at the start of a replacement, but two insertions at one
/// point are ambiguous and rejected. The [`Applied`] list is in text order.
pub fn apply(text: &str, edits: &[Edit]) -> Result<(String, Vec<Applied>), Error> {
    let lines = LineIndex::new(text);
    let idx = lines.utf16();
    let mut spans: Vec<(usize, usize, &Edit)> = Vec::with_capacity(edits.len());
    for e in edits {
        if e.start > e.end {
            return Err(Error::new("reversed", format!("修改范围 {}–{} 的起点在终点之后", e.start, e.end)));
        }
        spans.push((byte_at(idx, e.start)?, byte_at(idx, e.end)?, e));
    }
    crate::sort::sort_by_key(&mut spans, |&(a, b, _)| (a, b));
    for w in spans.windows(2) {
        let (p, q) = (w[0].2, w[1].2);
        if p.end > q.start || (p.start == p.end && q.start == q.end && p.start == q.start) {
            return Err(Error::new(
                "overlap",
                format!("两处修改重叠：{}–{}（{}）与 {}–{}（{}）", p.start, p.end, p.reason, q.start, q.end, q.reason),
            ));
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut applied = Vec::with_capacity(spans.len());
    let mut pos = 0;
    // UTF-16 length of `out` so far, kept running: measuring `out` at every edit was quadratic.
    let mut out_u16 = 0;
    for (a, b, e) in spans {
        let (line, column) = lines.line_col(a);
        out.push_str(&text[pos..a]);
        let start = out_u16 + utf16_len(&text[pos..a]);
        out.push_str(&e.replacement);
        out_u16 = start + utf16_len(&e.replacement);
        applied.push(Applied {
            start,
            end: out_u16,
            orig_start: e.start,
            orig_end: e.end,
            before: text[a..b].to_string(),
            after: e.replacement.clone(),
            reason: e.reason.clone(),
            line,
            column,
        });
        pos = b;
    }
    out.push_str(&text[pos..]);
    Ok((out, applied))
}

/// Take back every edit of one [`apply`] call: `text` is the text `apply` returned (or one where
/// only these spans are as `apply` left them) and the result is the text it was given, byte
/// for byte. Refused (`mismatch`) when a span no longer holds what `apply` put there.
pub fn undo(text: &str, applied: &[Applied]) -> Result<String, Error> {
    let inverse = inverses(text, applied)?;
    apply(text, &inverse).map(|(t, _)| t)
}

fn inverses(text: &str, applied: &[Applied]) -> Result<Vec<Edit>, Error> {
    let idx = Utf16Index::new(text);
    applied
        .iter()
        .map(|a| {
            if a.start > a.end {
                return Err(Error::new("reversed", format!("修改范围 {}–{} 的起点在终点之后", a.start, a.end)));
            }
            let (s, e) = (byte_at(&idx, a.start)?, byte_at(&idx, a.end)?);
            if text[s..e] != a.after {
                // Line 0: the caller (the page) did not say where; no “第0行”.
                let at = if a.line > 0 { format!("第{}行的", a.line) } else { String::new() };
                return Err(Error::new("mismatch", format!("{at}修改“{}”之后文字又改动过，无法撤销", a.after)));
            }
            Ok(Edit { start: a.start, end: a.end, replacement: a.before.clone(), reason: a.reason.clone() })
        })
        .collect()
}

/// Take back some edits of one [`apply`] call: `step` is everything that call returned,
/// `which` the indexes (into `step`) to undo. Returns the text and the edits of `step` still in
/// force, with their positions moved to the returned text — so they can be undone later too.
pub fn undo_some(text: &str, step: &[Applied], which: &[usize]) -> Result<(String, Vec<Applied>), Error> {
    let mut order: Vec<usize> = (0..step.len()).collect();
    crate::sort::sort_by_key(&mut order, |&k| (step[k].orig_start, step[k].orig_end, step[k].start));
    let undone: Vec<&Applied> = which.iter().filter_map(|&k| step.get(k)).collect();
    if undone.len() != which.len() {
        return Err(Error::new("out-of-range", format!("要撤销的修改编号超出范围（共 {} 处）", step.len())));
    }
    let inverse = inverses(text, &undone.iter().map(|a| (*a).clone()).collect::<Vec<_>>())?;
    let (new_text, _) = apply(text, &inverse)?;
    // A mask, not `which.contains`: undoing thousands of fills at once stays linear.
    let mut undo_it = vec![false; step.len()];
    for &k in which {
        undo_it[k] = true;
    }
    let mut delta: isize = 0;
    let mut kept = Vec::new();
    for k in order {
        let a = &step[k];
        if undo_it[k] {
            delta += utf16_len(&a.before) as isize - (a.end - a.start) as isize;
        } else {
            let mut a = a.clone();
            a.start = (a.start as isize + delta) as usize;
            a.end = (a.end as isize + delta) as usize;
            kept.push(a);
        }
    }
    Ok((new_text, kept))
}

/// 1-based line and column (in characters) of UTF-16 offset `u` in `text`. Builds a
/// [`LineIndex`] per call: for many positions of one text, build one and ask it.
pub fn line_col(text: &str, u: usize) -> (usize, usize) {
    LineIndex::new(text).line_col_utf16(u)
}

// ---------------------------------------------------------------------------------------------
// Fill

/// One occurrence of a placeholder, for a form UI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    /// `FORM#K`, K counting the occurrences of the form from 1 in text order.
    pub id: String,
    /// The blank as written (`xxx`, `X`, `*`).
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    /// The sentence it is in (at most about 80 characters around it), to show with the field.
    pub context: String,
}

/// One input of the fill form. A name form is one field that fills all its occurrences
/// (`id` = the form, `xxx镇`); a number or date blank is a field of its own (`id` = `X次#3`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    pub id: String,
    pub form: String,
    pub kind: PlaceholderKind,
    /// The context the form carries after the blank (`镇` in `xxx镇`): a value may end with it.
    pub suffix: String,
    pub occurrences: Vec<Occurrence>,
}

/// A value for a field. `field` is a form (`xxx镇`: every occurrence) or `FORM#K` (the K-th
/// occurrence only; it wins over a value for the whole form). `value` is either the whole
/// filled form (`城关镇`) or just what replaces the blank (`城关`): a value that ends with the
/// form's context (`镇`) and is longer than it has that context dropped. An empty value
/// leaves the blank as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fill {
    pub field: String,
    pub value: String,
}

impl FromStr for Fill {
    type Err = Error;
    /// `FIELD=VALUE`, split at the first `=` (`xxx镇=城关镇`, `X次#3=5`).
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.split_once('=') {
            Some((f, v)) if !f.trim().is_empty() => Ok(Fill { field: f.trim().to_string(), value: v.to_string() }),
            _ => Err(Error::new(
                "bad-fill",
                format!("“{s}”的写法不对：应为 空白=值，例如 xxx镇=城关镇 或 X次#3=5（第3处“X次”）"),
            )),
        }
    }
}

/// The context after the blank in the form (`镇` for blank `xxx`, form `xxx镇`), or "" when the
/// form does not start with the blank as written (an artefact inside the blank).
fn suffix_of(blank: &str, form: &str) -> String {
    let folded: String = blank.chars().map(|c| crate::clean::fold(c).unwrap_or(c)).collect();
    form.strip_prefix(folded.as_str()).or_else(|| form.strip_prefix(blank)).unwrap_or("").to_string()
}

/// The sentence around byte range `[a, b)`, clipped to about 40 characters on each side.
fn sentence(text: &str, a: usize, b: usize) -> String {
    let ends = |c: char| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n');
    let s = text[..a].rfind(ends).map_or(0, |k| k + text[k..].chars().next().map_or(1, char::len_utf8));
    let e = text[b..].find(ends).map_or(text.len(), |k| {
        let c = text[b + k..].chars().next().unwrap_or('\n');
        b + k + if c == '\n' { 0 } else { c.len_utf8() }
    });
    let left: Vec<char> = text[s..a].chars().collect();
    let right: Vec<char> = text[b..e].chars().collect();
    let mut out = String::new();
    if left.len() > 40 {
        out.push('…');
        out.extend(&left[left.len() - 40..]);
    } else {
        out.extend(&left);
    }
    out.push_str(&text[a..b]);
    if right.len() > 40 {
        out.extend(&right[..40]);
        out.push('…');
    } else {
        out.extend(&right);
    }
    out.trim().to_string()
}

/// A placeholder of the analysis with its byte span, checked against `text`.
struct Blank<'a> {
    form: &'a str,
    kind: PlaceholderKind,
    nth: usize,
    a: usize,
    b: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

fn blanks<'a>(text: &str, idx: &Utf16Index, analysis: &'a Analysis) -> Result<Vec<Blank<'a>>, Error> {
    let forms: Vec<&str> = analysis.placeholders.iter().map(|p| p.form.as_str()).collect();
    let first = crate::sort::first_of(&forms);
    // How many of each form so far, at its first occurrence's position.
    let mut seen = vec![0usize; forms.len()];
    analysis
        .placeholders
        .iter()
        .zip(first)
        .map(|(p, f)| {
            let stale = || Error::new("stale-analysis", "分析结果与当前文本不一致，请重新分析后再填写");
            let (a, b) = (byte_at(idx, p.start).map_err(|_| stale())?, byte_at(idx, p.end).map_err(|_| stale())?);
            if a > b || text[a..b] != p.text {
                return Err(stale());
            }
            seen[f] += 1;
            Ok(Blank { form: &p.form, kind: p.kind, nth: seen[f], a, b, start: p.start, end: p.end, text: &p.text })
        })
        .collect()
}

/// The fields of the fill form, in order of first appearance: one per name form, one per
/// number or date blank. Fails (`stale-analysis`) when `analysis` is not of `text`.
pub fn fields(text: &str, analysis: &Analysis) -> Result<Vec<Field>, Error> {
    let lines = LineIndex::new(text);
    let bl = blanks(text, lines.utf16(), analysis)?;
    let mut out: Vec<Field> = Vec::new();
    let forms: Vec<&str> = bl.iter().map(|x| x.form).collect();
    // The field of a name form, at its first occurrence's position.
    let mut by_form: Vec<Option<usize>> = vec![None; bl.len()];
    for (x, f) in bl.iter().zip(crate::sort::first_of(&forms)) {
        let line = lines.line_col(x.a).0;
        let occ = Occurrence {
            id: format!("{}#{}", x.form, x.nth),
            text: x.text.to_string(),
            start: x.start,
            end: x.end,
            line,
            context: sentence(text, x.a, x.b),
        };
        if x.kind == PlaceholderKind::Name {
            if let Some(k) = by_form[f] {
                out[k].occurrences.push(occ);
                continue;
            }
            by_form[f] = Some(out.len());
        }
        out.push(Field {
            id: if x.kind == PlaceholderKind::Name { x.form.to_string() } else { occ.id.clone() },
            form: x.form.to_string(),
            kind: x.kind,
            suffix: suffix_of(x.text, x.form),
            occurrences: vec![occ],
        });
    }
    Ok(out)
}

/// The edits that put `fills` into the blanks of `text` (`analysis` must be of `text`).
/// Fails with `unknown-field` when a fill names a form that is not in the text or an
/// occurrence past the last one (the message lists the forms), `stale-analysis` when the
/// analysis does not match the text.
pub fn fill_edits(text: &str, analysis: &Analysis, fills: &[Fill]) -> Result<Vec<Edit>, Error> {
    let bl = blanks(text, &Utf16Index::new(text), analysis)?;
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for x in &bl {
        match counts.iter_mut().find(|(f, _)| *f == x.form) {
            Some(c) => c.1 = x.nth,
            None => counts.push((x.form, 1)),
        }
    }
    let listing = || {
        if counts.is_empty() {
            return "文中没有待填的空白".to_string();
        }
        let forms: Vec<String> =
            counts.iter().map(|(f, n)| if *n > 1 { format!("{f}（{n}处）") } else { f.to_string() }).collect();
        format!("文中的空白有：{}", forms.join("、"))
    };
    // Looked up from the end: a later fill of the same field wins. A few fills each.
    let mut whole: Vec<(&str, &str)> = Vec::new();
    let mut single: Vec<((&str, usize), &str)> = Vec::new();
    for f in fills {
        let field = f.field.as_str();
        if counts.iter().any(|(x, _)| *x == field) {
            whole.push((field, &f.value));
            continue;
        }
        let occ = field.rsplit_once('#').and_then(|(form, k)| Some((form, k.parse::<usize>().ok()?)));
        match occ {
            Some((form, k)) => match counts.iter().find(|(x, _)| *x == form) {
                Some(&(form, n)) if (1..=n).contains(&k) => {
                    single.push(((form, k), &f.value));
                }
                Some(&(_, n)) => {
                    return Err(Error::new("unknown-field", format!("“{form}”只有 {n} 处，没有第 {k} 处")));
                }
                None => return Err(Error::new("unknown-field", format!("没有“{form}”这种空白；{}", listing()))),
            },
            None => return Err(Error::new("unknown-field", format!("没有“{field}”这种空白；{}", listing()))),
        }
    }
    let mut out = Vec::new();
    for x in &bl {
        let (value, reason) = match single.iter().rev().find(|(k, _)| *k == (x.form, x.nth)).map(|(_, v)| v) {
            Some(v) => (*v, format!("fill:{}#{}", x.form, x.nth)),
            None => match whole.iter().rev().find(|(k, _)| *k == x.form).map(|(_, v)| v) {
                Some(v) => (*v, format!("fill:{}", x.form)),
                None => continue,
            },
        };
        if value.is_empty() {
            continue;
        }
        let suffix = suffix_of(x.text, x.form);
        let replacement = match value.strip_suffix(suffix.as_str()) {
            Some(v) if !suffix.is_empty() && !v.is_empty() => v,
            _ => value,
        };
        out.push(Edit { start: x.start, end: x.end, replacement: replacement.to_string(), reason });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Fix

/// The edit that applies `finding`'s suggestion, or `None` when it has none, is not of a check
/// whose fix is safe, is out of `text`, or would change nothing. An artefact that is a line of its own goes
/// with its line break (so no empty line is left behind).
pub fn fix_edit(text: &str, finding: &Finding) -> Option<Edit> {
    if !checks::fix_of(&finding.check).is_safe() {
        return None;
    }
    let replacement = finding.suggestion.as_ref()?;
    let idx = Utf16Index::new(text);
    fix_with(text, &idx, finding, replacement)
}

fn fix_with(text: &str, idx: &Utf16Index, finding: &Finding, replacement: &str) -> Option<Edit> {
    let (mut a, mut b) = (byte_at(idx, finding.start).ok()?, byte_at(idx, finding.end).ok()?);
    if a > b || text[a..b] == *replacement {
        return None;
    }
    if replacement.is_empty() && checks::fix_of(&finding.check) == Fix::SafeWholeLine {
        let blank = |c: char| c == ' ' || c == '\t' || c == '\u{3000}';
        let ls = text[..a].rfind('\n').map_or(0, |k| k + 1);
        let le = text[b..].find('\n').map_or(text.len(), |k| b + k);
        let line_end = if text[..le].ends_with('\r') { le - 1 } else { le };
        if text[ls..a].chars().all(blank) && text[b..line_end].chars().all(blank) {
            if le < text.len() {
                (a, b) = (ls, le + 1);
            } else if ls > 0 {
                // The last line: take the break before it.
                let prev = if text[..ls - 1].ends_with('\r') { ls - 2 } else { ls - 1 };
                (a, b) = (prev, le);
            }
        }
    }
    Some(Edit {
        start: idx.to_utf16(a),
        end: idx.to_utf16(b),
        replacement: replacement.to_string(),
        reason: finding.check.clone(),
    })
}

/// One edit per finding of `analysis` (which must be of `text`) that has a suggestion and whose
/// check is safe — and, when `checks` is given, in `checks`. Where two fixes would overlap the
/// first in text order is kept and the other skipped (re-analyse and fix again to get it).
pub fn fix_edits(text: &str, analysis: &Analysis, checks: Option<&[String]>) -> Vec<Edit> {
    let idx = Utf16Index::new(text);
    let mut edits: Vec<Edit> = analysis
        .findings
        .iter()
        .filter(|f| checks::fix_of(&f.check).is_safe())
        .filter(|f| checks.is_none_or(|c| c.contains(&f.check)))
        .filter_map(|f| fix_with(text, &idx, f, f.suggestion.as_deref()?))
        .collect();
    crate::sort::sort_by_key(&mut edits, |e| (e.start, e.end));
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    for e in edits {
        let clash = kept.last().is_some_and(|p| p.end > e.start || (p.start == p.end && p.start == e.start));
        if !clash {
            kept.push(e);
        }
    }
    kept
}

// ---------------------------------------------------------------------------------------------
// Diff

/// Most edit steps [`diff_edits`] searches for before it gives one edit for the whole changed
/// middle (a few thousand is far more than a report's fills and fixes; the search costs about
/// steps² in time and memory).
const DIFF_LIMIT: usize = 2000;

/// The edits that turn `old` into `new`, character by character (Myers' shortest edit script
/// on the part between the common prefix and suffix), each replacing a stretch of `old`: what
/// the page sends when the text was changed by fills, fixes and typing since a `.docx` was
/// opened. Applying them to `old` gives `new`.
pub fn diff_edits(old: &str, new: &str) -> Vec<Edit> {
    let a: Vec<char> = old.chars().collect();
    let b: Vec<char> = new.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..].iter().rev().zip(b[pre..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a2, b2) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let matches = myers(a2, b2, DIFF_LIMIT).unwrap_or_default();
    // UTF-16 offset of each character of `old`.
    let mut at = Vec::with_capacity(a.len() + 1);
    let mut u = 0;
    for c in &a {
        at.push(u);
        u += c.len_utf16();
    }
    at.push(u);
    let mut edits = Vec::new();
    let (mut i, mut j) = (0usize, 0usize);
    for (mi, mj) in matches.into_iter().chain([(a2.len(), b2.len())]) {
        if mi > i || mj > j {
            edits.push(Edit {
                start: at[pre + i],
                end: at[pre + mi],
                replacement: b2[j..mj].iter().collect(),
                reason: "修改".into(),
            });
        }
        (i, j) = (mi + 1, mj + 1);
    }
    edits
}

/// The matched (equal) character pairs of a shortest edit script from `a` to `b`, in order, or
/// `None` past `limit` steps.
fn myers(a: &[char], b: &[char], limit: usize) -> Option<Vec<(usize, usize)>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m) as usize;
    let off = max as isize + 1;
    let mut v = vec![0isize; 2 * max + 3];
    // trace[d][k + d] = v[k] after step d − 1, for k in −d..=d.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    for d in 0..=max.min(limit) as isize {
        trace.push(v[(off - d) as usize..=(off + d) as usize].to_vec());
        let mut k = -d;
        while k <= d {
            let down = k == -d || (k != d && v[(off + k - 1) as usize] < v[(off + k + 1) as usize]);
            let mut x = if down { v[(off + k + 1) as usize] } else { v[(off + k - 1) as usize] + 1 };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[(off + k) as usize] = x;
            if x >= n && y >= m {
                return Some(backtrack(&trace, a, b, d));
            }
            k += 2;
        }
    }
    None
}

fn backtrack(trace: &[Vec<isize>], a: &[char], b: &[char], steps: isize) -> Vec<(usize, usize)> {
    let (mut x, mut y) = (a.len() as isize, b.len() as isize);
    let mut out = Vec::new();
    for d in (0..=steps).rev() {
        let vd = |k: isize| trace[d as usize][(k + d) as usize];
        let k = x - y;
        let (px, py) = if d == 0 {
            (0, 0)
        } else {
            let down = k == -d || (k != d && vd(k - 1) < vd(k + 1));
            let pk = if down { k + 1 } else { k - 1 };
            let px = vd(pk);
            (px, px - pk)
        };
        // The diagonal (equal characters) that ends this step.
        while x > px && y > py {
            x -= 1;
            y -= 1;
            out.push((x as usize, y as usize));
        }
        (x, y) = (px, py);
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn diff_edits_reproduce_the_new_text() {
        let cases = [
            ("截止目前，全镇共有17各社区。", "截至目前，全镇共有17个社区。"),
            ("关于xxx镇2023年工作的汇报", "关于城关镇2023年工作的汇报"),
            ("一、总体情况\n𠮷野家😀", "一、总体情况\n野家😀，补充"),
            ("", "新写的"),
            ("全部删掉", ""),
            ("不变", "不变"),
        ];
        for (old, new) in cases {
            let edits = diff_edits(old, new);
            assert_eq!(apply(old, &edits).unwrap().0, new, "{old} → {new}: {edits:?}");
        }
        // Small changes stay small: two one-character edits, not one long one.
        let e = diff_edits("截止目前，全镇共有17各社区。", "截至目前，全镇共有17个社区。");
        assert_eq!(
            e.iter().map(|e| (e.start, e.end, e.replacement.as_str())).collect::<Vec<_>>(),
            [(1, 2, "至"), (11, 12, "个")]
        );
        // Past the step limit: one edit for the changed middle, still exact.
        let old: String = (0..3000).map(|k| if k % 2 == 0 { '甲' } else { '乙' }).collect();
        let new: String = (0..3000).map(|k| if k % 3 == 0 { '丙' } else { '丁' }).collect();
        assert_eq!(apply(&old, &diff_edits(&old, &new)).unwrap().0, new);
    }

    use super::*;
    use crate::{analyse, Options};

    fn ed(start: usize, end: usize, r: &str) -> Edit {
        Edit { start, end, replacement: r.into(), reason: "t".into() }
    }

    fn u16s(s: &str) -> usize {
        s.encode_utf16().count()
    }

    #[test]
    fn apply_and_undo_byte_for_byte() {
        let t = "截止目前，我镇17各社区。";
        let (n, ap) = apply(t, &[ed(9, 10, "个"), ed(0, 4, "截至目前")]).unwrap();
        assert_eq!(n, "截至目前，我镇17个社区。");
        assert_eq!(ap.len(), 2);
        assert_eq!((ap[0].before.as_str(), ap[0].after.as_str()), ("截止目前", "截至目前"));
        assert_eq!((ap[1].line, ap[1].column), (1, 10));
        assert_eq!(undo(&n, &ap).unwrap(), t);
        // Undo one of the two: the other stays and can be undone after.
        let (m, rest) = undo_some(&n, &ap, &[0]).unwrap();
        assert_eq!(m, "截止目前，我镇17个社区。");
        assert_eq!(undo(&m, &rest).unwrap(), t);
    }

    #[test]
    fn lengths_change_and_positions_follow() {
        let t = "a##paidbegin##b截止目前c";
        let (n, ap) = apply(t, &[ed(1, 14, ""), ed(15, 19, "截至今天为止")]).unwrap();
        assert_eq!(n, "ab截至今天为止c");
        assert_eq!((ap[1].start, ap[1].end), (2, 8));
        let (m, rest) = undo_some(&n, &ap, &[0]).unwrap();
        assert_eq!(m, "a##paidbegin##b截至今天为止c");
        assert_eq!((rest[0].start, rest[0].end), (15, 21));
        assert_eq!(undo(&m, &rest).unwrap(), t);
    }

    #[test]
    fn astral_and_emoji_use_utf16_units() {
        let t = "𠮷野家😀截止目前👍🏽xxx镇";
        let a = analyse(t, &Options::default());
        let f = a.findings.iter().find(|f| f.check == "usage").expect("usage finding");
        assert_eq!(f.start, u16s("𠮷野家😀"));
        let (n, ap) = apply(t, &fix_edits(t, &a, None)).unwrap();
        assert_eq!(n, "𠮷野家😀截至目前👍🏽xxx镇");
        let (n2, _) = apply(&n, &[ed(u16s("𠮷野家😀截至目前👍🏽"), u16s("𠮷野家😀截至目前👍🏽xxx"), "城关")]).unwrap();
        assert_eq!(n2, "𠮷野家😀截至目前👍🏽城关镇");
        assert_eq!(undo(&n, &ap).unwrap(), t);
        // Inside the surrogate pair of 𠮷.
        assert_eq!(apply(t, &[ed(1, 2, "x")]).unwrap_err().kind, "not-char-boundary");
    }

    #[test]
    fn lines_and_columns_with_astral_crlf_and_bom() {
        // One line index for the change list and the fill form: CRLF is one break, 𠮷 and 😀
        // one column each, the BOM the first character of line 1.
        let t = "\u{feff}𠮷😀截止目前，xxx镇\r\n\r\n召开会议X次。\n😀xxx镇";
        let at = |s: &str| u16s(&t[..t.find(s).unwrap()]);
        let (_, ap) =
            apply(t, &[ed(at("截止"), at("截止") + 4, "截至目前"), ed(at("X次"), at("X次") + 1, "3")]).unwrap();
        assert_eq!((ap[0].line, ap[0].column), (1, 4));
        assert_eq!((ap[1].line, ap[1].column), (3, 5));
        assert_eq!(ap[1].describe(), "3:5 t：X → 3");
        assert_eq!(line_col(t, at("X次")), (3, 5));
        let a = analyse(t, &Options::default());
        let fs = fields(t, &a).unwrap();
        let lines: Vec<(String, usize)> =
            fs.iter().flat_map(|f| f.occurrences.iter().map(|o| (o.id.clone(), o.line))).collect();
        assert_eq!(lines, [("xxx镇#1".to_string(), 1), ("xxx镇#2".to_string(), 4), ("X次#1".to_string(), 3)]);
    }

    #[test]
    fn bad_edits_are_errors_not_panics() {
        let t = "截止目前";
        assert_eq!(apply(t, &[ed(0, 3, "a"), ed(2, 4, "b")]).unwrap_err().kind, "overlap");
        assert_eq!(apply(t, &[ed(1, 1, "a"), ed(1, 1, "b")]).unwrap_err().kind, "overlap");
        assert!(apply(t, &[ed(1, 1, "a"), ed(1, 2, "b")]).is_ok());
        assert!(apply(t, &[ed(0, 2, "a"), ed(2, 4, "b")]).is_ok());
        assert_eq!(apply(t, &[ed(3, 9, "a")]).unwrap_err().kind, "out-of-range");
        assert_eq!(apply(t, &[ed(3, 1, "a")]).unwrap_err().kind, "reversed");
        let (n, ap) = apply(t, &[ed(0, 2, "截至")]).unwrap();
        let changed = n.replace("截至", "截到");
        let e = undo(&changed, &ap).unwrap_err();
        assert_eq!((e.kind.as_str(), e.message.as_str()), ("mismatch", "第1行的修改“截至”之后文字又改动过，无法撤销"));
        let unplaced: Vec<Applied> = ap.iter().map(|a| Applied { line: 0, column: 0, ..a.clone() }).collect();
        assert_eq!(undo(&changed, &unplaced).unwrap_err().message, "修改“截至”之后文字又改动过，无法撤销");
    }

    #[test]
    fn fill_by_form_by_occurrence_and_with_or_without_context() {
        let t = "xxx镇召开会议X次，培训X人。xxx镇党委、xxx镇政府";
        let a = analyse(t, &Options::default());
        let fills: Vec<Fill> =
            ["xxx镇=城关镇", "xxx镇#3=东关", "X次#1=3", "X人=120人"].iter().map(|s| s.parse().unwrap()).collect();
        let (n, ap) = apply(t, &fill_edits(t, &a, &fills).unwrap()).unwrap();
        assert_eq!(n, "城关镇召开会议3次，培训120人。城关镇党委、东关镇政府");
        assert_eq!(ap[4].reason, "fill:xxx镇#3");
        assert!(analyse(&n, &Options::default()).placeholders.is_empty());
        assert_eq!(undo(&n, &ap).unwrap(), t);

        let fs = fields(t, &a).unwrap();
        let ids: Vec<&str> = fs.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["xxx镇", "X次#1", "X人#1"]);
        assert_eq!(fs[0].occurrences.len(), 3);
        assert_eq!(fs[0].suffix, "镇");
        assert_eq!(fs[1].occurrences[0].context, "xxx镇召开会议X次，培训X人。");
    }

    #[test]
    fn fill_errors() {
        let t = "xxx镇召开会议X次。";
        let a = analyse(t, &Options::default());
        let e = fill_edits(t, &a, &["yyy村=张村".parse().unwrap()]).unwrap_err();
        assert_eq!(e.kind, "unknown-field");
        assert!(e.message.contains("xxx镇"), "{}", e.message);
        assert_eq!(fill_edits(t, &a, &["X次#2=3".parse().unwrap()]).unwrap_err().kind, "unknown-field");
        assert_eq!("xxx镇".parse::<Fill>().unwrap_err().kind, "bad-fill");
        assert!(fill_edits(t, &a, &["xxx镇=".parse().unwrap()]).unwrap().is_empty());
        // An analysis of another text is refused.
        let other = analyse("城关镇召开会议X次。", &Options::default());
        assert_eq!(fill_edits(t, &other, &[]).unwrap_err().kind, "stale-analysis");
    }

    #[test]
    fn safe_fixes_chinese_cases() {
        let cases = [
            ("截止目前，创建示范小区53个。", "截至目前，创建示范小区53个。"),
            ("我镇就17各社区党支部阵地建设", "我镇就17个社区党支部阵地建设"),
            ("学习网##paidbegin##络。", "学习网络。"),
            ("传承优良传统，始始终坚持问题导向", "传承优良传统，始终坚持问题导向"),
            (
                "一、总体\n群众看得最清楚、最有发言权。西\n天尾镇切实推动主题教育持续走深走实。",
                "一、总体\n群众看得最清楚、最有发言权。西天尾镇切实推动主题教育持续走深走实。",
            ),
        ];
        for (before, after) in cases {
            let a = analyse(before, &Options::default());
            let (n, ap) = apply(before, &fix_edits(before, &a, None)).unwrap();
            assert_eq!(n, after, "{before}");
            assert_eq!(undo(&n, &ap).unwrap(), before);
        }
    }

    #[test]
    fn fix_filters_and_artifact_lines() {
        let t = "截止目前，我镇17各社区。\n##paidend##\n完。";
        let a = analyse(t, &Options::default());
        let only: Vec<String> = vec!["usage".into()];
        let e = fix_edits(t, &a, Some(&only));
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].reason, "usage");
        let (n, _) = apply(t, &fix_edits(t, &a, None)).unwrap();
        assert!(!n.contains("paidend") && !n.contains("\n\n"), "{n:?}");
        // Unsafe checks are never fixed, even when they carry a suggestion.
        let f = Finding {
            check: "numbering-mixed".into(),
            severity: crate::Severity::Warning,
            message: String::new(),
            start: 0,
            end: 2,
            suggestion: Some("二、".into()),
        };
        assert!(fix_edit("二是", &f).is_none());
    }
}
