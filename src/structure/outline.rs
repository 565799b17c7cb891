//! The outline (spec §1): takes the source, the lines of the clean view, the artefacts and the
//! clean view; gives the headings with their markers, families and levels decided by context,
//! and nests them into the output tree.
//!
//! Headings are found in three steps:
//! 1. numbered candidates — a marker (`一、` `（一）` `1.` `（1）` `一是` `第一，` `——`) at the
//!    start of a line or of a sentence (run-in), its title running to the first 。！？；;
//! 2. unnumbered run-in subheadings — short, comma-free sentences that stand in parallel inside
//!    a numbered section (`抓好部署开好局。` `抓好传达聚好力。` `抓好宣传起好步。`);
//! 3. levels — a stack of marker families: a family keeps its level once seen, a new family
//!    nests one deeper, and ordinal continuity decides when an author reused a family at the
//!    wrong depth (`一、` … `二是` at the start of a paragraph means level 1).

use crate::blocks::{self, CleanLine};
use crate::clean::Clean;
use crate::model::{Family, Heading};
use crate::offsets::Utf16Index;
use crate::scan::marks_in;
use crate::span::{CleanSpan, Span};
use crate::tables::{
    han_digit, han_number, is_han, word_index, WordIndex, BODY_OPENINGS, LEAD_IN_ENDS, LIST_CUES, NOT_HEADING_START,
    ORDINAL_FIRSTS, ORDINAL_WORDS, PART_UNITS, SUMMARY_LABELS, TIME_OPENINGS, TITLE_VERB_ENDS,
};

#[derive(Debug, Clone)]
pub struct RawHeading {
    pub level: u8,
    pub marker: String,
    pub ordinal: u32,
    pub title: String,
    pub family: Family,
    pub run_in: bool,
    /// The heading in the source, marker included, up to the end of its title.
    pub span: Span,
    /// The marker alone, in the source.
    pub marker_span: Span,
    /// Set when the level was decided against the family (seed 000's paragraph-initial `二是`
    /// after `一、`): the family of the level it was placed at.
    pub mixed_with: Option<Family>,
    /// Punctuation after the marker that GB/T 9704 does not use (`（一）、`, `六.`).
    pub odd_punct: Option<Span>,
}

/// A heading candidate in clean coordinates.
#[derive(Debug, Clone)]
struct Cand {
    family: Family,
    ordinal: u32,
    start: usize,
    marker_end: usize,
    title_start: usize,
    title_end: usize,
    line: usize,
    line_start: bool,
    run_in: bool,
    odd_punct: Option<(usize, usize)>,
}

fn is_sentence_punct(c: char) -> bool {
    blocks::is_sentence_end(c)
}

/// Han ordinal at `i`: (value, end).
fn han_ordinal(s: &str, i: usize) -> Option<(u32, usize)> {
    // `（壹）` `贰、`: the capital numerals of formal and financial writing (and of pages
    // converted to traditional characters, where `一` became `壹`), one character only.
    if let Some((n, c)) = next_char(s, i).and_then(|c| CAPITAL_NUMERALS.iter().position(|&x| x == c).map(|n| (n, c))) {
        return Some((CAPITAL_VALUES[n], i + c.len_utf8()));
    }
    let mut j = i;
    for c in s[i..].chars().take(3) {
        if han_digit(c).is_some_and(|d| d > 0) || c == '十' || (c == '两' && j == i) {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    if j == i {
        return None;
    }
    han_number(&s[i..j]).map(|n| (n, j))
}

fn arabic_ordinal(s: &str, i: usize) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() && j - i < 2 {
        j += 1;
    }
    if j == i || b.get(j).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    s[i..j].parse().ok().filter(|&n| n > 0).map(|n| (n, j))
}

fn next_char(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

/// Capital numerals (大写数字) and their values, simplified and traditional forms.
const CAPITAL_NUMERALS: [char; 13] = ['壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾'];
const CAPITAL_VALUES: [u32; 13] = [1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9, 10];

/// A marker at `i`: (family, ordinal, marker end, odd punctuation span).
/// A marker: family, ordinal, where it ends, and odd punctuation after it.
type Marker = (Family, u32, usize, Option<(usize, usize)>);

/// Can a marker start with `c`? A cheap first test: most sentence starts are no marker.
fn may_start_marker(c: char) -> bool {
    han_digit(c).is_some_and(|d| d > 0)
        || CAPITAL_NUMERALS.contains(&c)
        || matches!(c, '十' | '第' | '（' | '(' | '〔' | '[' | '【' | '—' | '0'..='9')
        || matches!(c, '㈠'..='㈩' | '⑴'..='⒇' | '①'..='⑳')
        || ORDINAL_FIRSTS.contains(&c)
}

fn marker_at(s: &str, i: usize, after_sentence: bool) -> Option<Marker> {
    let c = next_char(s, i)?;
    if !may_start_marker(c) {
        return None;
    }
    // `一、` / `一是` / `六.`
    if let Some((n, j)) = han_ordinal(s, i) {
        let d = next_char(s, j)?;
        // `陆` and `伍` are surnames too: a capital numeral is a marker with its 顿号 or dot only.
        let capital = CAPITAL_NUMERALS.contains(&c);
        match d {
            '、' => {
                // `一、二、三等奖` is a list, not a heading.
                if han_ordinal(s, j + d.len_utf8()).is_some_and(|(_, k)| next_char(s, k) == Some('、')) {
                    return None;
                }
                return Some((Family::HanDun, n, j + d.len_utf8(), None));
            }
            '.' | '．' if !after_sentence => {
                return Some((Family::HanDun, n, j + d.len_utf8(), Some((j, j + d.len_utf8()))));
            }
            // `一 调研背景` on its own line: a space where the 顿号 belongs (checked in
            // `numbered_candidates`: the title must own its line).
            ' ' | '\u{3000}' if !capital && !after_sentence && next_char(s, j + d.len_utf8()).is_some_and(is_han) => {
                return Some((Family::HanDun, n, j + d.len_utf8(), Some((j, j + d.len_utf8()))));
            }
            // `二 、主要做法`: a space a PDF put before the 顿号.
            ' ' | '\u{3000}' => {
                let k = j + s[j..].len() - s[j..].trim_start_matches(&[' ', '\u{3000}'][..]).len();
                return (next_char(s, k) == Some('、') && next_char(s, k + '、'.len_utf8()).is_some_and(is_han))
                    .then(|| (Family::HanDun, n, k + '、'.len_utf8(), None));
            }
            _ if capital => return None,
            // `一是…`, and in speeches `一要…二要…`.
            '是' => return Some((Family::Shi, n, j + d.len_utf8(), None)),
            '要' if next_char(s, j + d.len_utf8()).is_some_and(is_han) => {
                return Some((Family::Shi, n, j + d.len_utf8(), None))
            }
            _ => return None,
        }
    }
    if c == '第' {
        let o = i + c.len_utf8();
        // `第1章` is a part too; Arabic digits make no other ordinal-word marker.
        let (n, j) = match han_ordinal(s, o) {
            Some(x) => x,
            None => arabic_ordinal(s, o).filter(|&(_, j)| PART_UNITS.iter().any(|u| s[j..].starts_with(u)))?,
        };
        // `第一部分：…` `第一章 …` at the start of a line: a part of the report.
        if let Some(u) = PART_UNITS.iter().find(|u| s[j..].starts_with(**u)).filter(|_| !after_sentence) {
            let e = j + u.len();
            return match next_char(s, e)? {
                p @ ('：' | ':' | '、' | '，' | ',' | '．' | '.') => {
                    Some((Family::Part, n, e + p.len_utf8(), None))
                }
                x if blocks::is_space(x) || is_han(x) || x == '“' => Some((Family::Part, n, e, None)),
                _ => None,
            };
        }
        let d = next_char(s, j)?;
        // `第一点，…` / `第一点希望，…`: a point of a speech.
        if d == '点' {
            let e = j + d.len_utf8();
            return match next_char(s, e)? {
                p @ ('，' | ',' | '：' | ':') => Some((Family::Di, n, e + p.len_utf8(), None)),
                x if is_han(x) => Some((Family::Di, n, e, None)),
                _ => None,
            };
        }
        // `第一，` / `第一个是…` / `第二是…`.
        for w in ["个是", "是"] {
            if s[j..].starts_with(w) && next_char(s, j + w.len()).is_some_and(is_han) {
                return Some((Family::Di, n, j + w.len(), None));
            }
        }
        // `第一、直接原因`, but `第一、二季度` is two ordinals.
        let dun = d == '、' && han_ordinal(s, j + d.len_utf8()).is_none();
        return (matches!(d, '，' | ',' | '：' | ':') || dun).then(|| (Family::Di, n, j + d.len_utf8(), None));
    }
    // `首先，` `其次，` `再次，` `最后，`: ordinal words (最后 takes its number from the item before).
    for (w, n) in ORDINAL_WORDS {
        if let Some(r) = s[i..].strip_prefix(w) {
            let d = r.chars().next()?;
            return matches!(d, '，' | ',').then(|| (Family::Di, *n, i + w.len() + d.len_utf8(), None));
        }
    }
    if matches!(c, '（' | '(' | '〔' | '[' | '【') {
        let o = i + c.len_utf8();
        let close: &[char] = match c {
            '〔' => &['〕'],
            '[' => &[']'],
            '【' => &['】'],
            _ => &['）', ')'],
        };
        let (fam, n, j) = if let Some((n, j)) = han_ordinal(s, o) {
            (Family::ParenHan, n, j)
        } else if let Some((n, j)) = arabic_ordinal(s, o) {
            (Family::ParenArabic, n, j)
        } else {
            return None;
        };
        let d = next_char(s, j)?;
        if !close.contains(&d) {
            return None;
        }
        let mut end = j + d.len_utf8();
        let mut odd = None;
        if let Some(p) = next_char(s, end).filter(|p| matches!(p, '、' | '.' | '．' | '，' | ',')) {
            odd = Some((end, end + p.len_utf8()));
            end += p.len_utf8();
        }
        return Some((fam, n, end, odd));
    }
    if let Some((n, j)) = arabic_ordinal(s, i) {
        let d = next_char(s, j)?;
        if matches!(d, '.' | '．' | '、') {
            let e = j + d.len_utf8();
            // `1.5万元`, `3.1%`: a number, not a marker; `1、2、3名` a list of numbers. But
            // `2、9月份…` is an item about September.
            let digit_next = next_char(s, e).is_some_and(|x| {
                x.is_ascii_digit() || x == ' ' && next_char(s, e + 1).is_some_and(|y| y.is_ascii_digit())
            });
            if digit_next {
                let n = s[e..].bytes().take_while(u8::is_ascii_digit).count();
                // A year with its last digits blanked out (`20__年`) is a date too.
                let blank = s[e + n..].trim_start_matches(&['_', '＿', 'x', 'X', '×'][..]);
                let month = d == '、' && n > 0 && blank.starts_with(&['月', '日', '年'][..]);
                if !month {
                    return None;
                }
            }
            return Some((Family::ArabicDot, n, e, None));
        }
        // `1）` / `1)`: a half bracket, at the start of a line only.
        if matches!(d, ')' | '）') && !after_sentence {
            return Some((Family::ParenArabic, n, j + d.len_utf8(), None));
        }
        return None;
    }
    if ('㈠'..='㈩').contains(&c) {
        return Some((Family::ParenHan, c as u32 - '㈠' as u32 + 1, i + c.len_utf8(), None));
    }
    if ('⑴'..='⒇').contains(&c) {
        return Some((Family::ParenArabic, c as u32 - '⑴' as u32 + 1, i + c.len_utf8(), None));
    }
    if ('①'..='⑳').contains(&c) {
        return Some((Family::ParenArabic, c as u32 - '①' as u32 + 1, i + c.len_utf8(), None));
    }
    if s[i..].starts_with("——") && !after_sentence {
        let e = i + "——".len();
        // `——2019年9月2日在…会议上` is a dateline, not an item.
        if next_char(s, e).is_some_and(|x| is_han(x) || x == '“')
            && !next_char(s, e).is_some_and(|x| x.is_ascii_digit())
        {
            return Some((Family::Dash, 0, e, None));
        }
    }
    None
}

/// The sort key of candidates: one function, so the wasm carries one sort for them.
fn cand_start(c: &Cand) -> usize {
    c.start
}

/// Where the title that starts at `i` ends: before the first sentence-final mark at or after
/// `i` (`ends`: the line's, [`sentence_ends`]), or at the line end. A binary search, not a walk:
/// a long line has many candidates.
fn title_end(ends: &[usize], i: usize, line_end: usize) -> usize {
    ends.get(ends.partition_point(|&e| e < i)).map_or(line_end, |&e| e)
}

/// The `[n]` note marks of line `t` (which starts at `at`), `n` up to 100 (an item number is at
/// most 99): where the last mark of each number starts. One walk, for the line's candidates to
/// look up.
fn note_marks(t: &str, at: usize) -> [Option<usize>; 101] {
    let mut out = [None; 101];
    for (p, _) in t.match_indices('[') {
        let r = &t.as_bytes()[p + 1..];
        let n = r.iter().take_while(|b| b.is_ascii_digit()).count();
        // As `[{n}]` prints a number: no leading zero.
        if (1..=3).contains(&n) && r.get(n) == Some(&b']') && r[0] != b'0' {
            if let Some(k) = t[p + 1..p + 1 + n].parse::<usize>().ok().filter(|&k| k < out.len()) {
                out[k] = Some(at + p);
            }
        }
    }
    out
}

/// Where the sentence-final marks of line `l` are, read from its marks.
fn sentence_ends(l: CleanSpan, marks: &[(usize, char)]) -> Vec<usize> {
    marks_in(marks, l.start, l.end).iter().filter(|m| is_sentence_punct(m.1)).map(|m| m.0).collect()
}

/// Trim a title: white space and trailing `：:，,`.
fn trim_title(s: &str, a: usize, b: usize) -> (usize, usize) {
    let t = &s[a..b];
    let t2 = t.trim_start_matches(blocks::is_space);
    let a2 = a + (t.len() - t2.len());
    let t3 = t2.trim_end_matches(|c: char| blocks::is_space(c) || matches!(c, '：' | ':' | '，' | ','));
    (a2, a2 + t3.len())
}

/// Positions in a line where a heading may start: the line start and every sentence start
/// (after 。！？；, and for `一是` also after ：).
/// Written into `v` (one buffer for all lines). Punctuation and spaces are among `marks` (the
/// clean text's non-Han characters, [`Clean::marks`]): only the line's marks are read, not its
/// Han text.
fn starts_in_line(s: &str, l: CleanSpan, marks: &[(usize, char)], v: &mut Vec<(usize, bool, bool)>) {
    v.clear();
    v.push((l.start, true, false));
    let t = &s[l.start..l.end];
    // Where the reading has got to in the line (past a sentence end and its closers).
    let mut k = 0;
    for &(p, c) in marks_in(marks, l.start, l.end) {
        let at = p - l.start;
        if at < k {
            continue;
        }
        let colon = matches!(c, '：' | ':');
        if is_sentence_punct(c) || colon {
            let mut e = at + c.len_utf8();
            for d in t[e..].chars() {
                if matches!(d, '”' | '’' | '）' | ')' | ' ' | '\u{3000}') {
                    e += d.len_utf8();
                } else {
                    break;
                }
            }
            if l.start + e < l.end {
                v.push((l.start + e, false, colon));
            }
            k = e;
            continue;
        } else if blocks::is_space(c) {
            // A one-line paste keeps an own-line heading after a space (`…工作。 （一）…`
            // is covered above; `…的重要意义 （一）…` here).
            let e = at + c.len_utf8();
            // Only at a run's last space, so a long run is trimmed back once (not once per space).
            let last = l.start + e < l.end && !t[e..].starts_with(blocks::is_space);
            let prev_ok = || t[..at].trim_end_matches(blocks::is_space).chars().next_back().is_some_and(is_han);
            // `[1]` after a space is a footnote reference, not an item.
            if last && !t[e..].starts_with('[') && prev_ok() {
                v.push((l.start + e, false, false));
            }
        }
        k = at + c.len_utf8();
    }
    // Pushed in text order: no sort needed (a sort per element type costs the wasm kilobytes).
}

/// Where `一、` is glued right after a report word ending the title at the start of line `l`
/// (`…工作计划一、指导思想`, `…情况说明一、社区基本概况`), with `二、` later in the text.
fn glued_first_item(s: &str, l: CleanSpan) -> Option<usize> {
    let t = &s[l.start..l.end];
    let head = &t[..t.char_indices().nth(80).map_or(t.len(), |x| x.0)];
    let p = head.find("一、")?;
    let before = head[..p].trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ')' | '）'));
    let before = before.strip_suffix(|c: char| c.is_ascii_digit() || c == '(' || c == '（').unwrap_or(before);
    let titled = crate::tables::TITLE_WORDS.iter().any(|w| head[..p].ends_with(w) || before.ends_with(w));
    let han = head[..p].chars().filter(|c| is_han(*c)).count();
    (titled && han >= 4 && !head[..p].contains(&['。', '，', ','][..]) && s[l.start + p..].contains("二、"))
        .then_some(l.start + p)
}

fn numbered_candidates(s: &str, lines: &[CleanLine], marks: &[(usize, char)]) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut starts = Vec::new();
    // The last ordinal of each family so far (a few families: no search through `out`).
    let mut last_ordinal: Vec<(Family, u32)> = Vec::new();
    for (li, l) in lines.iter().enumerate() {
        let l = l.trimmed;
        if l.is_empty() {
            continue;
        }
        // `导读：…（一）总体目标 1、…`: a site's summary line quotes the headings below it.
        let line = &s[l.start..l.end];
        if SUMMARY_LABELS.iter().any(|w| line.strip_prefix(w).is_some_and(|r| r.starts_with(&['：', ':'][..]))) {
            continue;
        }
        starts_in_line(s, l, marks, &mut starts);
        // `小学德育工作计划一、指导思想…` at the top of a one-line dump: the outline's first
        // item glued to the title, when its second follows somewhere.
        if l.start < 1500 {
            if let Some(p) = glued_first_item(s, l) {
                let k = starts.partition_point(|x| x.0 < p);
                if starts.get(k).is_none_or(|x| x.0 != p) {
                    starts.insert(k, (p, false, false));
                }
            }
        }
        let paste = spaced_paste(l, marks);
        let ends = sentence_ends(l, marks);
        // The line's `[n]` marks, read when a candidate opens with `[`.
        let mut notes = None;
        for &(pos, line_start, after_colon) in &starts {
            // `#### 一、指导思想`: a Markdown heading mark before the marker (text pasted from
            // a chat answer or a Markdown editor).
            let pos = if line_start { markdown_heading_end(s, pos) } else { pos };
            let Some((family, ordinal, marker_end, odd)) = marker_at(s, pos, !line_start) else {
                continue;
            };
            // After a colon `一是` / `第一，` start an item (`要求：一是…`); other families only
            // with their first item (`汇报如下：一、…`, `强调三点意见：一、…`).
            if after_colon && !matches!(family, Family::Shi | Family::Di) && ordinal != 1 {
                continue;
            }
            let sentence_end = title_end(&ends, marker_end, l.end);
            let te = run_in_title_end(s, marker_end, sentence_end, paste);
            let (ta, tb) = trim_title(s, marker_end, te);
            // `工作进展情况2根据…`: a chunk number left where a run-on title was cut; a figure
            // before the sentence's end (`比上年增长5.5。`) is the title's.
            let bare = s[ta..tb].trim_end_matches(crate::tables::ascii_digit);
            let chunk = te < sentence_end && !bare.ends_with(&['.', '﹒', '．'][..]);
            let tb = if chunk { ta + bare.len() } else { tb };
            let run_in = !line_start || te < l.end && s[te..l.end].chars().skip(1).any(|c| !blocks::is_space(c));
            // A title with no Han text is no heading: `1. <legend id="…">` (markup), `1.` alone
            // on a line of wrapped text. A bare marker that continues its family (`五、…` then
            // `六.` where a paste was cut) stays, for the numbering checks.
            if !s[ta..tb].contains(is_han) {
                let continues = last_ordinal.iter().any(|&(f, n)| f == family && n + 1 == ordinal);
                if ta < tb || !continues {
                    continue;
                }
            }
            // `一 调研背景`: a short title alone on its line, no spaces in it (`一 年 来` is text
            // spaced out, `一 张三 男` a table row).
            let spaced = odd.is_some_and(|(a, _)| s[a..].starts_with(blocks::is_space));
            if spaced
                && (run_in || te < l.end || s[ta..tb].contains(blocks::is_space) || s[ta..tb].chars().count() > 30)
            {
                continue;
            }
            // `一是…金牌，让我们用最热烈的掌声…！二是…！`: exclamations in a speech, not items
            // of an outline (no run-in title in the pools ends at `！`).
            if run_in && s[te..].starts_with(&['！', '!'][..]) {
                continue;
            }
            // A part heading owns its line: `第一部分，2023年工作回顾。《报告》从…` describes a
            // report's parts, `第一部分内容是…` is a sentence.
            let bare = !s[..marker_end].ends_with(&['：', ':', '、', '，', ',', '．', '.'][..])
                && next_char(s, marker_end).is_some_and(is_han);
            if family == Family::Part && (run_in || bare && te < l.end) {
                continue;
            }
            // `[1] 工作、全面落实六保 [2] 任务`: note marks in running text, the next one in
            // the same line.
            if s[pos..].starts_with('[') {
                let notes = notes.get_or_insert_with(|| note_marks(line, l.start));
                if notes.get(ordinal as usize + 1).copied().flatten().is_some_and(|p| p >= marker_end) {
                    continue;
                }
            }
            // `第二章日常办公制度1`, `一、总则……3`: a line of a table of contents, its page number
            // at the end.
            if !run_in && is_contents_line(&s[ta..te]) {
                continue;
            }
            match last_ordinal.iter_mut().find(|x| x.0 == family) {
                Some(x) => x.1 = ordinal,
                None => last_ordinal.push((family, ordinal)),
            }
            out.push(Cand {
                family,
                ordinal,
                start: pos,
                marker_end,
                title_start: ta,
                title_end: tb.max(ta),
                line: li,
                line_start,
                run_in,
                odd_punct: odd,
            });
        }
    }
    // `一、安全生产工作开展情况1、假期安全生产工作。`: a first sub-item glued to a title.
    let mut glued = Vec::new();
    // The line's sentence ends and paste shape, for the line of the candidates at hand.
    let mut line_marks: Option<(usize, Vec<usize>, bool)> = None;
    for c in &out {
        if !matches!(c.family, Family::HanDun | Family::ParenHan) {
            continue;
        }
        for (k, ch) in scan_window(&s[c.title_start..c.title_end]).char_indices().skip(4) {
            let p = c.title_start + k;
            if !s[..p].ends_with(is_han) || !(ch.is_ascii_digit() || matches!(ch, '（' | '(' | '〔')) {
                continue;
            }
            if let Some((family, 1, marker_end, odd)) = marker_at(s, p, true) {
                if family != c.family && next_char(s, marker_end).is_some_and(is_han) {
                    let l = lines[c.line].trimmed;
                    if line_marks.as_ref().is_none_or(|x| x.0 != c.line) {
                        line_marks = Some((c.line, sentence_ends(l, marks), spaced_paste(l, marks)));
                    }
                    let (_, ends, paste) = line_marks.as_ref().expect("set above");
                    let te = run_in_title_end(s, marker_end, title_end(ends, marker_end, l.end), *paste);
                    let (ta, tb) = trim_title(s, marker_end, te);
                    glued.push(Cand {
                        family,
                        ordinal: 1,
                        start: p,
                        marker_end,
                        title_start: ta,
                        title_end: tb.max(ta),
                        line: c.line,
                        line_start: false,
                        run_in: true,
                        odd_punct: odd,
                    });
                    break;
                }
            }
        }
    }
    if !glued.is_empty() {
        out.extend(glued);
        crate::sort::sort_by_key(&mut out, cand_start);
        out.dedup_by_key(|c| c.start);
    }
    // `最后，` continues the ordinal words before it, or is no item at all.
    let mut last_di = None;
    out.retain_mut(|c| {
        if c.family == Family::Di {
            if c.ordinal == 0 {
                match last_di {
                    Some(n) => c.ordinal = n + 1,
                    None => return false,
                }
            }
            last_di = Some(c.ordinal);
        }
        true
    });
    // `首先，我们组织了…活动，如…，这些活动极大地丰富了…`: ordinal words that open long
    // narrated sentences order paragraphs, they do not state points. Judged per run (a run
    // starts at an item 1), so a run keeps or loses all its items.
    let mut long_run = false;
    let mut drop = Vec::new();
    let di_runs: Vec<(usize, u32, usize)> = out
        .iter()
        .filter(|c| c.family == Family::Di)
        .map(|c| (c.start, c.ordinal, s[c.title_start..c.title_end].chars().count()))
        .collect();
    for (k, &(start, n, _)) in di_runs.iter().enumerate() {
        if n == 1 || k == 0 {
            let end = di_runs[k + 1..].iter().position(|x| x.1 == 1).map_or(di_runs.len(), |e| k + 1 + e);
            long_run = di_runs[k..end].iter().any(|x| x.2 > DI_POINT_MAX);
        }
        if long_run {
            drop.push(start);
        }
    }
    // `drop` is in text order, as `out` is.
    out.retain(|c| c.family != Family::Di || drop.binary_search(&c.start).is_err());
    // A lone `首先，` / `第一，` with no second item after it is a way of speaking, not a list;
    // but a paragraph that opens with `第一，` after a sentence announcing a list
    // (`下面我讲几点意见。`) starts one: the paste ended before `第二`.
    // Where the items of each ordinal start, first and last: whether an item has a successor
    // after it or a predecessor before it is two lookups.
    // Indexed by ordinal (at most 99, or one past the item before for `最后`).
    let mut di: Vec<Option<(usize, usize)>> = Vec::new();
    for c in out.iter().filter(|c| c.family == Family::Di) {
        let o = c.ordinal as usize;
        if di.len() <= o {
            di.resize(o + 1, None);
        }
        let e = di[o].get_or_insert((c.start, c.start));
        e.0 = e.0.min(c.start);
        e.1 = e.1.max(c.start);
    }
    let di = |o: usize| di.get(o).copied().flatten();
    let announced = |c: &Cand| {
        let before = s[..c.start].trim_end();
        // Back to the sentence before, past its own final mark.
        let last = before.char_indices().next_back().map_or(0, |(k, _)| k);
        let sentence = before[..last].rsplit(|x: char| is_sentence_punct(x) || x == '\n').next().unwrap_or_default();
        LIST_CUES.iter().any(|w| sentence.contains(w))
    };
    out.retain(|c| {
        c.family != Family::Di
            || c.line_start && c.ordinal == 1 && s[c.start..].starts_with('第') && announced(c)
            || di(c.ordinal as usize + 1).is_some_and(|(_, last)| last > c.start)
            || (c.ordinal as usize).checked_sub(1).and_then(di).is_some_and(|(first, _)| first < c.start)
    });
    out
}

/// A title that ends in a page number glued to its text or after leader dots (`总则1`,
/// `总则……3`, `总则 .... 3`): an entry of a table of contents.
pub(crate) fn is_contents_line(t: &str) -> bool {
    let t = t.trim_end();
    let head = t.trim_end_matches(crate::tables::ascii_digit);
    // At most three digits: `工作总结2023` ends in a year, not a page.
    if head.len() == t.len() || t.len() - head.len() > 3 {
        return false;
    }
    let before = head.trim_end_matches(|c: char| matches!(c, '.' | '…' | '·' | '．') || blocks::is_space(c));
    // `附件1` `如表3` `第2批` name a number, not a page.
    before.chars().next_back().is_some_and(|c| is_han(c) && !"表图件号期批届次条款".contains(c))
}

/// How far into a heading's sentence its title's end is looked for, in bytes: no title runs
/// longer, and a long line without sentence marks has many candidates, each reading to the
/// line's end.
const TITLE_SCAN: usize = 3000;

/// The first [`TITLE_SCAN`] bytes of `t` (to a character boundary).
fn scan_window(t: &str) -> &str {
    let mut w = t.len().min(TITLE_SCAN);
    while !t.is_char_boundary(w) {
        w -= 1;
    }
    &t[..w]
}

/// The longest title of a point opened by an ordinal word (`首先，` `第二，`); the open pools'
/// points run to 20 characters, narrated paragraphs to 45 and more.
const DI_POINT_MAX: usize = 40;

/// Where a heading's title ends inside its sentence: at a colon after a short title
/// (`道路交通：事故9起…`); in a one-line paste at the space before the body; with no
/// punctuation at all at the body's first words (`农业生产稳中有进今年以来，…`,
/// `河道基本情况我镇列入…`).
fn run_in_title_end(s: &str, a: usize, te: usize, paste: bool) -> usize {
    let t = scan_window(&s[a..te]);
    if let Some((k, _)) = t.char_indices().find(|&(_, c)| matches!(c, '：' | ':')) {
        let n = t[..k].chars().count();
        // `目標達成(資源效益:提高…)`: a colon inside brackets is the title's own.
        let open = t[..k].matches(&['(', '（'][..]).count() > t[..k].matches(&[')', '）'][..]).count();
        if (2..=20).contains(&n) && t[k..].chars().nth(2).is_some() && !open {
            // `五个满意 满意之一：治安好转`: a label after a space is the body's, not the title's.
            let head = &t[..k];
            let lead = head.len() - head.trim_start().len();
            let label = head[lead..].char_indices().find(|&(p, c)| {
                blocks::is_space(c)
                    && head[lead..lead + p].chars().filter(|&x| is_han(x)).count() >= 2
                    && head[lead..lead + p].ends_with(is_han)
                    && head[lead + p + c.len_utf8()..].starts_with(is_han)
                    && head[..lead + p].matches('“').count() == head[..lead + p].matches('”').count()
            });
            return a + label.map_or(k, |(p, _)| lead + p);
        }
    }
    let long = t.chars().nth(25).is_some();
    let lead = t.len() - t.trim_start().len();
    let inner = &t[lead..];
    // A space after Han text and before a section number ends even a short title
    // (`总则 1.1 编制目的 为做好…`).
    let spaces = || inner.char_indices().filter(|&(_, c)| c == ' ' || c == '\u{3000}');
    if let Some((p, _)) =
        spaces().find(|&(p, c)| inner[..p].ends_with(is_han) && section_number_at(&inner[p + c.len_utf8()..]))
    {
        return a + lead + p;
    }
    // In a one-line paste, the first space after four characters; not one inside a number
    // and its unit (`全体18 周岁以上`). In a line that breaks its paragraphs with spaces
    // (`。 二、主要做法 （一）抓党建 全年开展…`) a short title ends at its first space too,
    // outside quotes (`“十三 五”`).
    if long || paste {
        // Counted as the walk goes (characters, Han characters, open quotes before `p`): a
        // long line has many spaces.
        let (mut chars, mut hans, mut quoted) = (0usize, 0usize, 0isize);
        let comma = inner.find(&['，', ','][..]).unwrap_or(inner.len());
        for (p, c) in inner.char_indices() {
            // `一、充分肯定前阶段的工作两年来,…`: a time phrase opening the body before any space.
            let since = || TIME_OPENINGS.iter().any(|w| w.ends_with(&['来', '來'][..]) && inner[p..].starts_with(w));
            if chars >= 4 && p < comma && hans >= 2 && since() {
                return a + lead + p;
            }
            if c == ' ' || c == '\u{3000}' {
                let enough = if long { chars >= 4 } else { hans >= 2 };
                if enough && quoted == 0 && !inner[..p].ends_with(|x: char| x.is_ascii_digit()) {
                    return a + lead + p;
                }
            }
            chars += 1;
            hans += usize::from(is_han(c));
            quoted += match c {
                '“' => 1,
                '”' => -1,
                _ => 0,
            };
        }
    }
    // The first body opening after four characters, before any comma, not after a verb or
    // preposition that would make it part of the title (`推动我镇…`).
    let comma = inner.find(&['，', ','][..]).unwrap_or(inner.len());
    // A short title only yields to the strongest openings (time phrases, 我镇/我们).
    let openings = if long { BODY_OPENINGS } else { &BODY_OPENINGS[..BODY_OPENINGS.len() - 6] };
    // One pass over the positions (the first that opens the body wins), each looking only at
    // the openings that start with its character.
    let hay = &inner[..comma];
    // Han characters before `p` other than a date's, counted as the walk goes.
    let mut named = 0;
    let cut = hay.char_indices().enumerate().find_map(|(k, (p, c))| {
        let before = named;
        named += usize::from(is_han(c) && !"年月日份季度".contains(c));
        // `2024年上半年工作总结`: a title that is only a date so far has not begun.
        if k < 4 || before < 2 {
            return None;
        }
        // `提案工作情况2019年是…`: a year glued to the title that opens a sentence.
        if c.is_ascii_digit() && inner[..p].ends_with(is_han) && year_opens_sentence(&inner[p..]) {
            // `工作内容与规划在2024年,…`: the preposition before the year opens the sentence too.
            let pre = inner[..p]
                .strip_suffix(&['在', '于', '自', '從', '从'][..])
                .filter(|x| x.chars().filter(|c| is_han(*c)).count() >= 4);
            return Some(pre.map_or(p, str::len));
        }
        let mut opens = false;
        BODY_OPENING_INDEX.each_at(hay, p, c, |k| {
            let w = openings.get(k);
            opens |= w.is_some_and(|w| {
                // A time phrase opens the body after a verb too (`…工作今年以来`), not after a
                // preposition that takes it (`水利工程在今年防汛中发挥的作用`).
                let governed = inner[..p].ends_with(&['在', '于', '对', '从', '至', '到', '与', '和', '及', '的'][..]);
                TIME_OPENINGS.contains(w) && !governed || !inner[..p].ends_with(|c: char| TITLE_VERB_ENDS.contains(c))
            });
        });
        opens.then_some(p)
    });
    // A date glued before the opening belongs to the body (`增速放缓1-6月全市…`).
    cut.map_or(te, |p| {
        let head = &inner[..p];
        let date = head.trim_end_matches(|c: char| c.is_ascii_digit() || "-—~～至年月日份".contains(c));
        let p = if head[date.len()..].contains(crate::tables::ascii_digit) && date.chars().count() >= 4 {
            date.len()
        } else {
            p
        };
        a + lead + p
    })
}

/// `2019年是…` `2023年以来` `2023年，` at the start of `t`: a year that opens a sentence (a
/// year inside a title, `推进2024年重点项目`, is followed by what it qualifies).
fn year_opens_sentence(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() > 4
        && b[..4].iter().all(u8::is_ascii_digit)
        && t[4..].strip_prefix('年').is_some_and(|r| ["是", "以来", "，", ","].iter().any(|w| r.starts_with(w)))
}

/// What stands between a heading and a first item that nests under it: nothing, or text
/// that ends in a colon (`一年来，我们主要做了以下工作：`).
fn opens_list(between: &str) -> bool {
    let t = between.trim_matches(|c: char| blocks::is_space(c) || c == '\n' || c == '\r');
    t.is_empty() || t.ends_with(&['：', ':'][..])
}

/// Past `#`…`######` and the space after them at `i`, or `i`.
fn markdown_heading_end(s: &str, i: usize) -> usize {
    let n = s[i..].bytes().take_while(|&b| b == b'#').count();
    let rest = &s[i + n..];
    let after = rest.trim_start_matches(' ');
    if (1..=6).contains(&n) && after.len() < rest.len() {
        s.len() - after.len()
    } else {
        i
    }
}

/// Does the line break its paragraphs with spaces (a page pasted onto one line)? Two or more
/// sentence ends followed by a space. Read from the line's marks only.
fn spaced_paste(l: CleanSpan, marks: &[(usize, char)]) -> bool {
    let line = marks_in(marks, l.start, l.end).iter();
    let n = line
        .clone()
        .zip(line.skip(1))
        .filter(|(a, b)| is_sentence_punct(a.1) && blocks::is_space(b.1) && b.0 == a.0 + a.1.len_utf8())
        .count();
    n >= 2
}

/// `1.1` `2.3.1` at the start of `t`: a decimal section number.
fn section_number_at(t: &str) -> bool {
    let b = t.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    (1..=2).contains(&n) && b.get(n) == Some(&b'.') && b.get(n + 1).is_some_and(u8::is_ascii_digit)
}

/// [`BODY_OPENINGS`] by first character.
const BODY_OPENING_INDEX: WordIndex = word_index!(BODY_OPENINGS);

/// [`NOT_HEADING_START`] by first character.
const NOT_HEADING_INDEX: WordIndex = word_index!(NOT_HEADING_START);

/// Characters of a short sentence that may head a sub-part: Han text and quotes, no
/// commas, digits or other punctuation.
fn short_heading_like(t: &str) -> bool {
    // One pass that stops at the first comma or the 17th Han character of a long sentence.
    let mut han = 0;
    for c in t.chars() {
        if is_han(c) {
            han += 1;
            if han > 16 {
                return false;
            }
        } else if !matches!(c, '“' | '”' | '‘' | '’' | '《' | '》' | '"') {
            return false;
        }
    }
    han >= 4
        && NOT_HEADING_INDEX.at_start(t).next().is_none()
        // `为进一步加强管理` opens a purpose clause; `为职工群众办好事` is a slogan.
        && !crate::tables::starts_with_any(t, crate::tables::PURPOSE_OPENINGS)
        // A sub-heading is a slogan, not a report of what was done (`公布了…`, `已征得…`) or
        // a remark (`…是一样的`).
        && !t.contains(&['了', '已'][..])
        && !t.ends_with('的')
}

/// Unnumbered subheadings inside the sections the numbered headings open.
fn unnumbered_candidates(s: &str, lines: &[CleanLine], marks: &[(usize, char)], numbered: &[Cand]) -> Vec<Cand> {
    let mut out = Vec::new();
    // With no numbered headings, the whole text is one region, and only paragraphs in a row
    // that open with parallel sentences run in to their text count (`严格秸秆禁烧。建立…` /
    // `治理面源污染。结合…`, `聚焦组织建设,锚定社区治理“圆心”。…`): level-1 headings.
    let whole = numbered.is_empty();
    let mut bounds: Vec<(usize, usize)> = if whole { vec![(0, s.len())] } else { Vec::new() };
    // Regions: from the end of one numbered heading's title to the start of the next.
    for (k, c) in numbered.iter().enumerate() {
        let end = numbered.get(k + 1).map_or(s.len(), |n| n.start);
        bounds.push((c.title_end, end));
    }
    for (ra, rb) in bounds {
        let mut group: Vec<(Cand, bool)> = Vec::new();
        // Lines are sorted: start at the first that reaches into the region, stop past it.
        let first = lines.partition_point(|l| l.span.end <= ra);
        for (li, l) in lines.iter().enumerate().skip(first) {
            let l = l.trimmed;
            if l.start >= rb && !l.is_empty() {
                break;
            }
            if l.is_empty() || l.end <= ra || l.start >= rb {
                continue;
            }
            let a = l.start.max(ra);
            let b = l.end.min(rb);
            if a >= b {
                continue;
            }
            // The sentences one at a time, not collected: only whether another follows is
            // asked of the rest.
            let mut sents = blocks::Sentences::with_marks(s, CleanSpan::new(a, b), marks).peekable();
            let mut first = true;
            while let Some(st) = sents.next() {
                let more = sents.peek().is_some();
                let only = std::mem::replace(&mut first, false) && !more;
                // It must head something: more text follows in its line, or it owns a line.
                let followed = more || st.start == l.start;
                if !followed {
                    continue;
                }
                let txt = &s[st.start..st.end];
                let body = txt.trim_end_matches(|c: char| is_sentence_punct(c) || matches!(c, '：' | ':'));
                // `工会工作：` labels what follows; `街道的主要职能是：` `主要措施有：` lead into a
                // list and head nothing.
                let colon_line = txt.ends_with(&['：', ':'][..])
                    && only
                    && st.start == l.start
                    && !LEAD_IN_ENDS.iter().any(|w| body.ends_with(w));
                let ends_ok = txt.ends_with('。')
                    || txt.ends_with('.')
                    || colon_line
                    || (body == txt && only && st.start == l.start);
                let para_initial = st.start == l.start;
                // (There a comma may part two short phrases.)
                let phrases = |body: &str| {
                    body.find(&['，', ','][..]).is_some_and(|p| {
                        let (x, y) = body.split_at(p);
                        short_heading_like(x) && short_heading_like(y.trim_start_matches(&['，', ','][..]))
                    })
                };
                if whole && !(para_initial && more) || !ends_ok || !(short_heading_like(body) || whole && phrases(body))
                {
                    continue;
                }
                // Hard-wrapped text: a line after one that stops mid-sentence (no closing mark,
                // and not a heading line) continues that sentence.
                if para_initial && continues_line(s, lines, li, numbered) {
                    continue;
                }
                let cand = Cand {
                    family: Family::Unnumbered,
                    ordinal: 0,
                    start: st.start,
                    marker_end: st.start,
                    title_start: st.start,
                    title_end: st.start + body.len(),
                    line: li,
                    line_start: para_initial,
                    run_in: more,
                    odd_punct: None,
                };
                if colon_line {
                    out.push(cand);
                    continue;
                }
                group.push((cand, para_initial));
            }
        }
        let texts: Vec<&str> = group.iter().map(|(c, _)| &s[c.title_start..c.title_end]).collect();
        // With no numbered headings: in a row, with no other line between them; with a comma,
        // sharing their first words.
        let keep = parallel_subset(&texts).filter(|k| {
            !whole
                || k.windows(2).all(|w| {
                    let (a, b) = (group[w[0]].0.line, group[w[1]].0.line);
                    lines[a + 1..b].iter().all(|l| l.trimmed.is_empty())
                }) && k.iter().all(|&i| {
                    !texts[i].contains(&['，', ','][..]) || texts[i].chars().take(2).eq(texts[k[0]].chars().take(2))
                })
        });
        if let Some(keep) = keep {
            out.extend(group.into_iter().enumerate().filter(|(k, _)| keep.contains(k)).map(|(_, (c, _))| c));
            continue;
        }
        if whole {
            continue;
        }
        let lens: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
        let similar = lens.iter().max().zip(lens.iter().min()).is_some_and(|(a, b)| a - b <= 3);
        let para_initial = group.iter().filter(|(_, p)| *p).count();
        let aspect = group.len() == 1 && texts[0].ends_with("方面");
        if (group.len() >= 3 && similar)
            || (para_initial >= 2 && para_initial == group.len() && group.len() <= 6)
            || aspect
        {
            out.extend(group.into_iter().map(|(c, _)| c));
        }
    }
    out
}

/// A report with no numbered headings whose parts each open with a short line of their own
/// (`宣传引导到位` / `登记排查到位`, `资源整合,构建治理“前店后厂”`): three or more lines of a slogan
/// (4 to 24 Han characters, at most one comma, no sentence end), each after a paragraph (or
/// another such line) and over one. They are level-1 headings with an empty marker.
fn standalone_candidates(s: &str, lines: &[CleanLine], numbered: &[Cand]) -> Vec<Cand> {
    let mut out = Vec::new();
    if !numbered.is_empty() {
        return out;
    }
    let body = |t: &str| t.chars().nth(40).is_some() && t.ends_with(|c: char| is_sentence_punct(c) || c == '”');
    let slogan = |t: &str| {
        let han = t.chars().filter(|c| is_han(*c)).count();
        (4..=24).contains(&han)
            && t.chars().count() <= 30
            && t.matches(&['，', ','][..]).count() <= 1
            && t.chars()
                .all(|c| is_han(c) || matches!(c, '，' | ',' | '“' | '”' | '‘' | '’' | '《' | '》' | '、' | '!' | '！'))
            && !t.ends_with(&['，', ',', '、', '!', '！'][..])
            && NOT_HEADING_INDEX.at_start(t).next().is_none()
    };
    let filled: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trimmed.is_empty())
        .map(|(k, l)| (k, &s[l.trimmed.start..l.trimmed.end]))
        .collect();
    // Only after the text's first paragraph: the head's title and address lines are no headings.
    let Some(first_body) = filled.iter().position(|(_, t)| body(t)) else {
        return out;
    };
    // Each line's slogan reading, and whether the first line after it that is no slogan is a
    // paragraph: one pass from the end (a long run of short lines stays linear).
    let slogans: Vec<bool> = filled.iter().map(|(_, t)| slogan(t)).collect();
    let mut over_body = vec![false; filled.len()];
    let mut next_is_body = false;
    for w in (0..filled.len()).rev() {
        over_body[w] = next_is_body;
        if !slogans[w] {
            next_is_body = body(filled[w].1);
        }
    }
    let mut prev_ok = true;
    for w in first_body + 1..filled.len() {
        let k = filled[w].0;
        let head = slogans[w] && over_body[w] && (prev_ok || body(filled[w - 1].1));
        prev_ok = head;
        if head {
            let l = lines[k].trimmed;
            out.push(Cand {
                family: Family::Unnumbered,
                ordinal: 0,
                start: l.start,
                marker_end: l.start,
                title_start: l.start,
                title_end: l.end,
                line: k,
                line_start: true,
                run_in: false,
                odd_punct: None,
            });
        }
    }
    if out.len() < 3 {
        out.clear();
    }
    out
}

/// Does line `li` continue the sentence of the line before it? The line before (skipping
/// blank lines) ends in Han text, a digit, a letter or a comma, or has no Han text, and is
/// not a heading's line.
fn continues_line(s: &str, lines: &[CleanLine], li: usize, numbered: &[Cand]) -> bool {
    let Some(j) = lines[..li].iter().rposition(|l| !l.trimmed.is_empty()) else {
        return false;
    };
    let prev = &s[lines[j].trimmed.start..lines[j].trimmed.end];
    let open = prev
        .chars()
        .next_back()
        .is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '，' | ',' | '、'));
    // A line with no Han text (`1.` alone, `2023`) is a piece of the sentence too.
    (open || !prev.contains(is_han)) && !numbered.iter().any(|c| c.line == j)
}

/// The largest set of 3 or more sentences that read as parallel: the same two leading
/// characters (`抓好…`), the same ending (`…改`, `…“高度”`), or the same length in Han
/// characters (`做好调查研究基本功` / `当好服务企业贴心人`).
fn parallel_subset(texts: &[&str]) -> Option<Vec<usize>> {
    // Each key is two numbers (characters or a count; 0 where there is none), compared only
    // with keys of its own kind: no strings built.
    fn lead(t: &str) -> [u32; 2] {
        let mut h = t.chars().filter(|c| is_han(*c)).map(u32::from);
        [h.next().unwrap_or(0), h.next().unwrap_or(0)]
    }
    fn tail2(t: &str) -> [u32; 2] {
        let mut r = t.chars().rev().map(u32::from);
        [r.next().unwrap_or(0), r.next().unwrap_or(0)]
    }
    fn tail1(t: &str) -> [u32; 2] {
        [t.chars().next_back().map_or(0, u32::from), 0]
    }
    fn han_len(t: &str) -> [u32; 2] {
        [t.chars().filter(|c| is_han(*c)).count() as u32, 0]
    }
    let keys: [fn(&str) -> [u32; 2]; 4] = [lead, tail2, tail1, han_len];
    let mut best: Option<Vec<usize>> = None;
    let mut ks = Vec::with_capacity(texts.len());
    for (n, key) in keys.iter().enumerate() {
        // Length alone is the weakest sign: only when no shared wording is found.
        if n == 3 && best.is_some() {
            break;
        }
        ks.clear();
        ks.extend(texts.iter().map(|t| key(t)));
        // Each key counted at its first occurrence (by a sort, not a scan per key: a long text
        // with no numbered headings is one region); the earliest of the most common wins.
        let first = crate::sort::first_of(&ks);
        let mut count = vec![0usize; ks.len()];
        for &f in &first {
            count[f] += 1;
        }
        let top = (0..ks.len()).max_by_key(|&k| (count[k], std::cmp::Reverse(k)));
        if let Some(k) = top.filter(|&k| count[k] >= 3 && best.as_ref().is_none_or(|b| count[k] > b.len())) {
            best = Some((0..texts.len()).filter(|&i| first[i] == k).collect());
        }
    }
    best
}

struct Level {
    family: Family,
    last: u32,
    seen_line_start: bool,
    /// The title of the item `last` (clean text), to tell a repeat from a restart.
    title: (usize, usize),
}

/// `…的重要性 篇一`, `…工作总结篇2`: a title ending in a collection's item label.
fn item_labelled(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| blocks::is_space(c) || matches!(c, '：' | ':'));
    let core = t.trim_end_matches(|c: char| c.is_ascii_digit() || han_digit(c).is_some());
    let n = t.len() - core.len();
    (1..=6).contains(&n)
        && core
            .strip_suffix('篇')
            .is_some_and(|x| x.chars().filter(|c| is_han(*c)).count() >= 4 && !x.ends_with(&['第', '上', '下'][..]))
}

/// For [`assign_levels`]: the family and the last ordinal of the level an excerpt's opening
/// items sat in before the cut, when the text opens mid-list with one family (ordinal above 1),
/// the next family's first item is mid-sequence too, and the opening family starts over at 1
/// right under it.
fn outer_of_cut_opening(cands: &[Cand]) -> Option<(Family, u32)> {
    let fixed = |f: Family| !matches!(f, Family::Part | Family::Dash | Family::Unnumbered | Family::Shi);
    let first = cands.first().filter(|c| c.line_start)?;
    let k = cands.iter().position(|c| c.family != first.family)?;
    let outer = &cands[k];
    // `一是…` `二是…` `三是…` then `(二)…`: a list that opens the excerpt at its start, then
    // another family's second item: the site cut that family's first item's title, and the
    // list sat inside it.
    if first.ordinal == 1 && outer.line_start && outer.ordinal == 2 && fixed(outer.family) && k >= 2 {
        return Some((outer.family, 1));
    }
    if !(first.ordinal > 1 && fixed(first.family)) {
        return None;
    }
    let restart = cands.get(k + 1).is_some_and(|c| c.family == first.family && c.ordinal == 1 && c.line_start);
    (outer.line_start && outer.ordinal > 1 && fixed(outer.family) && restart).then(|| (outer.family, outer.ordinal - 1))
}

/// Assign levels with the family stack; drops run-in candidates that neither start nor
/// continue a sequence.
fn assign_levels(s: &str, cands: Vec<Cand>) -> Vec<(Cand, u8, Option<Family>)> {
    let mut stack: Vec<Level> = Vec::new();
    // An excerpt cut mid-list (`(7)…` `3、…` `(1)…`): the opening items of one family, then
    // another family's item mid-sequence, then the first family starting over at 1. The opening
    // items were the children of the item before the cut: the stack starts inside it.
    if let Some(parent) = outer_of_cut_opening(&cands) {
        stack.push(Level { family: parent.0, last: parent.1, seen_line_start: true, title: (0, 0) });
    }
    let mut out = Vec::new();
    // Families the author used at two levels (`一、` inside `一、`).
    let mut self_nested: Vec<Family> = Vec::new();
    // A run-in item that opens mid-sequence (`二是` after a gap the site cut out) still counts
    // when its successor follows.
    let continued: Vec<bool> = (0..cands.len())
        .map(|k| {
            let c = &cands[k];
            c.family == Family::Shi
                && cands[k + 1..].iter().take(8).any(|d| d.family == c.family && d.ordinal == c.ordinal + 1)
        })
        .collect();
    for (k, c) in cands.into_iter().enumerate() {
        // `1.基层社区治理的重要性 篇一`: a collection site's numbered item label, not a section.
        if item_labelled(&s[c.title_start..c.title_end]) {
            continue;
        }
        if c.family == Family::Dash {
            // Outside any section a dash line is a subtitle (`——在全县…会议上的讲话`).
            if stack.is_empty() {
                continue;
            }
            let lvl = (stack.len() + 1).min(9) as u8;
            out.push((c, lvl, None));
            continue;
        }
        // A part (`第二部分`) is always the top level: what was open closes.
        if c.family == Family::Part {
            if stack.first().is_none_or(|l| l.family != Family::Part) {
                stack.clear();
                stack.push(Level { family: c.family, last: c.ordinal, seen_line_start: true, title: (0, 0) });
            } else {
                stack.truncate(1);
                stack[0].last = c.ordinal;
            }
            out.push((c, 1, None));
            continue;
        }
        // A family may stand at two levels (below): the innermost takes the item, unless an
        // outer one is the one its ordinal continues.
        let mut pos = stack.iter().rposition(|l| l.family == c.family);
        if let Some(p) = pos.filter(|&p| stack[p].last + 1 != c.ordinal) {
            pos = stack[..p].iter().rposition(|l| l.family == c.family && l.last + 1 == c.ordinal).or(pos);
        }
        match pos {
            // `一、2023年工作回顾` then `一、提升城市品质` on the next heading line, or after a
            // line that leads into it (`主要做了以下工作：`): a first item right after a lone
            // first item of the same family opens a list inside it (the author reused the
            // family one level down); once seen, so does a first item right after any outer one
            // (`二、2024年工作安排` `一、…`). Body text between them is a new text starting over
            // (`篇2`), and the same title twice is a repeat.
            Some(p)
                if p + 1 == stack.len()
                    && (stack[p].last == 1 || self_nested.contains(&c.family))
                    && !stack[..p].iter().any(|l| l.family == c.family)
                    && c.ordinal == 1
                    && c.line_start
                    && stack[p].seen_line_start
                    && !matches!(c.family, Family::Unnumbered | Family::Dash)
                    && opens_list(&s[stack[p].title.1.min(c.start)..c.start])
                    && s[stack[p].title.0..stack[p].title.1] != s[c.title_start..c.title_end] =>
            {
                stack.push(Level {
                    family: c.family,
                    last: 1,
                    seen_line_start: true,
                    title: (c.title_start, c.title_end),
                });
                if !self_nested.contains(&c.family) {
                    self_nested.push(c.family);
                }
                out.push((c, stack.len().min(9) as u8, None));
            }
            Some(p) => {
                let expected = stack[p].last + 1;
                let unnumbered = c.family == Family::Unnumbered;
                // An author reusing a deeper family at the top (seed 000): a paragraph-initial
                // item whose ordinal continues a shallower level and not its own. A run-in
                // `三是` ahead of its own run (`一是…，二是…。三是…`: the 二是 after a comma is no
                // candidate) is that run's, not the section after `二、`.
                let promote = if !unnumbered
                    && (c.line_start || c.family == Family::Shi && c.ordinal < expected)
                    && !stack[p].seen_line_start
                    && c.ordinal != expected
                    && c.ordinal != 1
                {
                    (0..p).find(|&q| stack[q].last + 1 == c.ordinal)
                } else {
                    None
                };
                if let Some(q) = promote {
                    let fam = stack[q].family;
                    stack.truncate(q + 1);
                    stack[q].last = c.ordinal;
                    stack[q].title = (c.title_start, c.title_end);
                    out.push((c, (q + 1) as u8, Some(fam)));
                    continue;
                }
                if !c.line_start && !unnumbered && c.ordinal != expected && c.ordinal != 1 {
                    continue;
                }
                stack.truncate(p + 1);
                stack[p].last = c.ordinal;
                stack[p].seen_line_start |= c.line_start;
                stack[p].title = (c.title_start, c.title_end);
                out.push((c, (p + 1) as u8, None));
            }
            None => {
                if !c.line_start && c.ordinal != 1 && c.family != Family::Unnumbered && !continued[k] {
                    continue;
                }
                stack.push(Level {
                    family: c.family,
                    last: c.ordinal,
                    seen_line_start: c.line_start,
                    title: (c.title_start, c.title_end),
                });
                let lvl = stack.len().min(9) as u8;
                out.push((c, lvl, None));
            }
        }
    }
    out
}

/// The headings of the text, in order, with their levels. `lines` are the lines of the clean
/// view (`blocks::clean_lines(clean)`).
pub fn headings(text: &str, lines: &[CleanLine], artifacts: &[Span], clean: &Clean) -> Vec<RawHeading> {
    let s = clean.text.as_str();
    let mut numbered = numbered_candidates(s, lines, clean.marks());
    // A title ends where the next item starts (`一、…要求：一是…`).
    for k in 1..numbered.len() {
        let next = numbered[k].start;
        let c = &mut numbered[k - 1];
        if next < c.title_end {
            let (a, b) = trim_title(s, c.title_start, next.max(c.title_start));
            c.title_start = a;
            c.title_end = b.max(a);
        }
    }
    // Keep only candidates that survive leveling before looking for unnumbered ones, so a
    // stray run-in `2、` does not cut a section in two.
    let mut kept: Vec<usize> = assign_levels(s, numbered.clone()).iter().map(|(c, _, _)| c.start).collect();
    crate::sort::sort(&mut kept);
    numbered.retain(|c| kept.binary_search(&c.start).is_ok());
    let mut all = numbered.clone();
    all.extend(unnumbered_candidates(s, lines, clean.marks(), &numbered));
    all.extend(standalone_candidates(s, lines, &numbered));
    crate::sort::sort_by_key(&mut all, cand_start);
    let leveled = assign_levels(s, all);
    let mut headings = Vec::with_capacity(leveled.len());
    for (c, level, mixed) in leveled {
        let marker = s[c.start..c.marker_end].trim_end().to_string();
        let title = source_text(text, clean.to_src(Span::new(c.title_start, c.title_end)), artifacts);
        let span = clean.to_src(Span::new(c.start, c.title_end.max(c.marker_end)));
        // `1、X` under a document site's row `《X》由会员分享…`: the first page's number before the
        // report's title (the frame takes it), not a heading.
        if headings.is_empty() && marker == "1、" {
            let row = text[..span.start].trim_end().rsplit('\n').next().unwrap_or_default();
            let named = row.strip_prefix('《').zip(title.chars().next()).is_some_and(|(r, c)| r.starts_with(c));
            if named && crate::artifacts::sharing_row(row) {
                continue;
            }
        }
        headings.push(RawHeading {
            level,
            marker,
            ordinal: c.ordinal,
            title,
            family: c.family,
            run_in: c.run_in,
            span,
            marker_span: clean.to_src(Span::new(c.start, c.marker_end)),
            mixed_with: mixed,
            odd_punct: c.odd_punct.map(|(a, b)| clean.to_src(Span::new(a, b))),
        });
        let _ = c.line;
    }
    headings
}

/// The source text of `span` with any artefacts inside it cut out (`学习网##paidbegin##络` →
/// `学习网络`): titles keep the user's own characters, full-width digits included.
fn source_text(text: &str, span: Span, artifacts: &[Span]) -> String {
    let mut out = String::with_capacity(span.len());
    let mut pos = span.start;
    for a in artifacts.iter().filter(|a| a.overlaps(&span)) {
        if a.start > pos {
            out.push_str(&text[pos..a.start]);
        }
        pos = pos.max(a.end);
    }
    if pos < span.end {
        out.push_str(&text[pos..span.end]);
    }
    out
}

/// The marker a family would use for `ordinal` (for suggestions): `二、`, `（二）`, `2.`.
pub fn marker_for(family: Family, ordinal: u32) -> Option<String> {
    const HAN: [&str; 11] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let han = |n: u32| -> Option<String> {
        match n {
            1..=10 => Some(HAN[n as usize].to_string()),
            11..=19 => Some(format!("十{}", HAN[(n - 10) as usize])),
            _ => None,
        }
    };
    match family {
        Family::HanDun => han(ordinal).map(|h| format!("{h}、")),
        Family::ParenHan => han(ordinal).map(|h| format!("（{h}）")),
        Family::ArabicDot => Some(format!("{ordinal}.")),
        Family::ParenArabic => Some(format!("（{ordinal}）")),
        Family::Shi => han(ordinal).map(|h| format!("{h}是")),
        _ => None,
    }
}

/// Nest the flat heading list by level, converting spans to UTF-16.
pub fn to_tree(heads: &[RawHeading], idx: &Utf16Index) -> Vec<Heading> {
    let mut root: Vec<Heading> = Vec::new();
    for h in heads {
        let node = Heading {
            level: h.level,
            marker: h.marker.clone(),
            ordinal: h.ordinal,
            title: h.title.clone(),
            family: h.family,
            run_in: h.run_in,
            start: idx.to_utf16(h.span.start),
            end: idx.to_utf16(h.span.end),
            children: Vec::new(),
        };
        let mut list = &mut root;
        while list.last().is_some_and(|last| last.level < node.level) {
            list = &mut list.last_mut().expect("checked").children;
        }
        list.push(node);
    }
    root
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{h, outline};

    #[test]
    fn sentence_starts_from_marks_are_those_of_a_plain_reading() {
        // The starts read character by character, as a person would.
        fn plain(t: &str, start: usize) -> Vec<(usize, bool, bool)> {
            let mut v = vec![(start, true, false)];
            let mut k = 0;
            while let Some(c) = t[k..].chars().next() {
                let colon = matches!(c, '：' | ':');
                if super::is_sentence_punct(c) || colon {
                    let mut e = k + c.len_utf8();
                    for d in t[e..].chars().take_while(|d| matches!(d, '”' | '’' | '）' | ')' | ' ' | '\u{3000}'))
                    {
                        e += d.len_utf8();
                    }
                    if e < t.len() {
                        v.push((start + e, false, colon));
                    }
                    k = e;
                    continue;
                }
                if crate::blocks::is_space(c) {
                    let e = k + c.len_utf8();
                    let before = t[..k].trim_end_matches(crate::blocks::is_space).chars().next_back();
                    if before.is_some_and(crate::tables::is_han)
                        && e < t.len()
                        && !t[e..].starts_with(crate::blocks::is_space)
                        && !t[e..].starts_with('[')
                    {
                        v.push((start + e, false, false));
                    }
                }
                k += c.len_utf8();
            }
            v
        }
        let text = "一、总体情况。（一）学习“教育”。” 全镇：一是𠮷好；二是😀 好[1]\n\
                    要求:1.读原著!  2.学原文?（1）学\u{3000}（2）用。\n短\n。。”）  末 ";
        let clean = crate::clean::Clean::new(text, &[]);
        let mut v = Vec::new();
        for l in crate::blocks::clean_lines(&clean) {
            let l = l.trimmed;
            super::starts_in_line(&clean.text, l, clean.marks(), &mut v);
            assert_eq!(v, plain(&clean.text[l.start..l.end], l.start), "{}", &clean.text[l.start..l.end]);
        }
    }

    #[test]
    fn gb_levels_and_run_in_titles() {
        let t = "一、总体情况\n（一）学习教育。全镇开展学习。\n1.读原著。原文如下。\n（1）学原文\n二、下一步打算";
        assert_eq!(
            outline(t),
            [
                h(1, "一、", "总体情况"),
                h(2, "（一）", "学习教育"),
                h(3, "1.", "读原著"),
                h(4, "（1）", "学原文"),
                h(1, "二、", "下一步打算")
            ]
        );
    }

    #[test]
    fn note_marks_in_a_line_are_not_items() {
        let t = "一、工作回顾\n扎实做好六稳\n[1] 工作、全面落实六保 [2] 任务，统筹做好疫情防控。";
        assert_eq!(outline(t).len(), 1);
    }

    #[test]
    fn capital_numerals() {
        let t = "壹、基本情况\n（一）人口\n正文。\n貳、主要问题\n（壹）收入偏低";
        assert_eq!(
            outline(t),
            [h(1, "壹、", "基本情况"), h(2, "（一）", "人口"), h(1, "貳、", "主要问题"), h(2, "（壹）", "收入偏低")]
        );
        // 陆 and 伍 are surnames too: a capital numeral needs its 顿号 or brackets (not `陆是…`,
        // `伍要…`, a name `陆 军` on its line).
        let t = "一、基本情况\n陆是我们单位的老同志，工作认真负责。\n伍要求大家认真学习。\n陆 军\n伍 洋";
        assert_eq!(outline(t), [h(1, "一、", "基本情况")]);
    }

    #[test]
    fn half_brackets_and_parenthesised_ideographs() {
        let t = "㈠总体情况\n1）学习\n2）落实\n㈡下一步";
        assert_eq!(outline(t).iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2, 2, 1]);
    }

    #[test]
    fn yi_shi_inside_a_section_and_artefact_in_a_title() {
        let t = "一、聚焦主题主线。一是坚持读原著。二是构建学习网##paidbegin##络。";
        assert_eq!(
            outline(t),
            [h(1, "一、", "聚焦主题主线"), h(2, "一是", "坚持读原著"), h(2, "二是", "构建学习网络")]
        );
    }

    #[test]
    fn paragraph_initial_er_shi_after_yi_dun_is_level_one() {
        let t = "一、聚焦学习。一是读原著。二是抓示范。三是建网络。\n二是坚持实事求是，展现作风。一是夯实粮食安全。\n三是做到统筹兼顾。";
        let o = outline(t);
        assert_eq!(o[4], h(1, "二是", "坚持实事求是，展现作风"));
        assert_eq!(o[5], h(2, "一是", "夯实粮食安全"));
        assert_eq!(o[6], h(1, "三是", "做到统筹兼顾"));
    }

    #[test]
    fn a_run_in_item_ahead_of_its_run_is_not_the_next_section() {
        // Before: `三是` (its 二是 after a comma) became level 1 after `二、`, beside `三、`.
        let t = "一、基本情况\n正文。\n二、主要做法\n(一)完善制度\n在制度上不断完善。一是建立例会制度。总结推广新的经验,二是实行联系点制度。三是健全责任制度。县委下发了意见。\n三、存在问题\n正文。";
        let o = outline(t);
        assert!(o.iter().all(|x| x.1 != "三是" || x.0 != 1), "{o:?}");
        assert_eq!(o.iter().filter(|x| x.0 == 1).count(), 3, "{o:?}");
        // Still level 1: a run-in `二是` that goes back (its own run is at 三).
        let t = "一、聚焦学习。一是读原著。二是抓示范。三是建网络。二是坚持实事求是，展现作风。";
        assert_eq!(outline(t)[4], h(1, "二是", "坚持实事求是，展现作风"));
    }

    #[test]
    fn ordinals_in_running_text_are_not_headings() {
        let t = "一、总体\n利用好“第一议题”制度，第二批主题教育，一线破题法，一体推进，“1234”工作法，共有20个。";
        assert_eq!(outline(t), [h(1, "一、", "总体")]);
    }

    #[test]
    fn standalone_lines_head_the_parts_of_an_unnumbered_report() {
        let body = "居委会及时协调分工、明确职责,通过线上线下相结合的方式,向居民宣传防控知识,做到家喻户晓、人人皆知。";
        let t = format!(
            "某镇抓好社区疫情防控常态化工作\n为打赢疫情防控阻击战,某社区将坚持做好各项工作,筑牢社区防控的第一道防线,确保群众安全。\n宣传引导到位\n{body}\n登记排查到位\n{body}\n疫情防控到位\n{body}\n"
        );
        assert_eq!(titles(&t), ["宣传引导到位", "登记排查到位", "疫情防控到位"]);
        // Two such lines are not enough, nor lines in the head or over no paragraph.
        let t = format!("某镇工作情况\n{body}\n宣传引导到位\n{body}\n登记排查到位\n{body}\n某某镇人民政府\n");
        assert!(titles(&t).is_empty());
    }

    #[test]
    fn parallel_lead_sentences_head_the_paragraphs_of_an_unnumbered_report() {
        let body = "建立日常巡逻机制，划定重点管控区域，实行镇村组联动监督模式，将责任落实到人头。";
        let t = format!("严格秸秆禁烧。{body}\n治理面源污染。{body}\n保护水域清洁。{body}\n整治人居环境。{body}\n");
        assert_eq!(outline(&t)[0], h(1, "", "严格秸秆禁烧"));
        assert_eq!(titles(&t), ["严格秸秆禁烧", "治理面源污染", "保护水域清洁", "整治人居环境"]);
        // With a comma, only when they share their wording (`聚焦…`).
        let t = format!("聚焦组织建设，锚定社区治理“圆心”。{body}\n聚焦力量整合，延伸社区治理“半径”。{body}\n聚焦民生实事，画好社区治理“圆面”。{body}\n");
        assert_eq!(titles(&t).len(), 3);
        // Not headings: first clauses of one length with a comma and no shared wording, and
        // two parallel sentences only.
        let t =
            format!("今年以来，我镇稳步推进。{body}\n一年以来，我们攻坚克难。{body}\n全年以来，成绩来之不易。{body}\n");
        assert!(titles(&t).is_empty());
        let t = format!("严格秸秆禁烧。{body}\n治理面源污染。{body}\n某镇人民政府\n");
        assert!(titles(&t).is_empty());
        // A slogan may open with 为 (`为职工群众办好事`); a purpose clause (`为进一步…`) is none.
        let t = format!("服务全县中心工作。{body}\n开展建功立业行动。{body}\n为职工群众办好事。{body}\n");
        assert_eq!(titles(&t), ["服务全县中心工作", "开展建功立业行动", "为职工群众办好事"]);
        let t = format!("服务全县中心工作。{body}\n开展建功立业行动。{body}\n为进一步加强管理。{body}\n");
        assert!(titles(&t).is_empty());
    }

    #[test]
    fn unnumbered_parallel_subheadings() {
        // Completed facts in a list are not sub-headings.
        let t = "一、文物保护\n公布了第五批文物保护单位。\n全年已征得专项资金。\n二、博物馆建设";
        assert_eq!(outline(t).len(), 2);
        let t = "一、“谋”字为先打基础\n坚持高站位谋划。抓好部署开好局。乡党委高度重视，成立领导小组。抓好传达聚好力。党支部立即召开党员大会。抓好宣传起好步。线上线下宣传相结合。\n二、“学”字铸魂强筋骨";
        let o = outline(t);
        assert_eq!(o.len(), 5);
        assert_eq!(o[1], h(2, "", "抓好部署开好局"));
        assert_eq!(o[3], h(2, "", "抓好宣传起好步"));
    }

    fn titles(t: &str) -> Vec<String> {
        outline(t).into_iter().map(|x| x.2).collect()
    }

    #[test]
    fn ordinal_words_and_speech_items() {
        let t = "各位领导：\n首先，我们在教学改革方面取得了进展。具体做了三件事。\n其次，我们在队伍建设方面做了努力。\n最后，我要感谢同事们的支持。";
        assert_eq!(titles(t), ["我们在教学改革方面取得了进展", "我们在队伍建设方面做了努力", "我要感谢同事们的支持"]);
        let t = "下面我讲两点意见。一要提高认识，统一思想。会议很重要。二要狠抓落实，务求实效。";
        assert_eq!(titles(t), ["提高认识，统一思想", "狠抓落实，务求实效"]);
        let t = "今年的工作有三个特点。第一个是起步早。年初就作了安排。第二个是力度大。";
        assert_eq!(titles(t), ["起步早", "力度大"]);
        // `最后` with nothing before it, `首先` with nothing after it, are ordinary text.
        assert!(outline("最后，大家一致同意。").is_empty());
        assert!(outline("大家好！首先，我要感谢各位的支持。一年来工作顺利。").is_empty());
    }

    #[test]
    fn run_in_headings_inside_paragraphs() {
        // A time phrase after a preposition is the title's own (before: `水利工程在`).
        assert_eq!(
            titles("情况如下。1.水利工程在今年防汛抗灾过程中发挥的作用。全县水库拦洪0.39亿立方米。")[0],
            "水利工程在今年防汛抗灾过程中发挥的作用"
        );
        // In a paste whose paragraphs run on after spaces, a `…年来` opening ends the run-in title.
        let t = "下面我代表办公室作工作报告。 一、充分肯定前阶段的工作两年来,在市委、市政府的坚强领导下,我们做了大量工作 二、明确目标今年要抓好三件事。";
        assert_eq!(titles(t)[0], "充分肯定前阶段的工作");
        // After 如下：, glued after 。, a sub-item glued to its section title.
        let t = "现将有关情况汇报如下：一、基本情况我镇共有12个村。二、主要做法。（一）健全机制。建立台账。（二）强化督查。";
        assert_eq!(titles(t), ["基本情况", "主要做法", "健全机制", "强化督查"]);
        let t = "现将工作汇报如下：一、安全生产工作开展情况1、假期安全生产工作。节前开展检查。2、道路运输领域。加强路面管控。";
        assert_eq!(titles(t), ["安全生产工作开展情况", "假期安全生产工作", "道路运输领域"]);
        // The first item glued to the title of a one-line dump, its second later (before: none).
        let t =
            "某区教育局2024年工作计划一、总体思路坚持以人民为中心,办好人民满意的教育。二、总体目标全面提升教育质量。";
        assert_eq!(titles(t), ["总体思路坚持以人民为中心,办好人民满意的教育", "总体目标全面提升教育质量"]);
        assert!(titles("某镇年度工作计划一、二、三类项目各10个。").is_empty());
        // No punctuation between a run-in title and its body: the body opens with a time phrase
        // or the reporting unit.
        let t = "一、农业生产稳中有进今年以来，全镇粮食播种面积稳定在5万亩。\n二、河道基本情况我镇列入管理的河流共3条，全长20公里。";
        assert_eq!(titles(t), ["农业生产稳中有进", "河道基本情况"]);
        let t = "（二）工业经济增速放缓1-6月全市规模以上工业增加值同比增长4.0%，居全省第五位。";
        assert_eq!(titles(t), ["工业经济增速放缓"]);
        // A year opening the body takes its preposition with it (before: `工作内容与规划在`).
        let t = "一、工作内容与规划在2024年,社区卫生服务中心主要以提供优质的基本医疗服务为中心。";
        assert_eq!(titles(t), ["工作内容与规划"]);
        // A short title before a colon; a label after a space before the colon is the body's.
        let t = "一、事故情况\n（一）道路交通：事故9起、死亡4人，同比下降。\n（二）消防领域：事故5起，无死亡。";
        assert_eq!(titles(t), ["事故情况", "道路交通", "消防领域"]);
        let t = "一、三个变化 变化之一：环境变美了。全村种树2万株。";
        assert_eq!(titles(t), ["三个变化"]);
        // A page pasted onto one line, its paragraphs broken by spaces: short titles end at
        // their space; a blank inside a name (`XX 镇`) or inside quotes does not end one.
        let t = "现将工作汇报如下： 一、基本情况 我镇共有12个村。 二、XX 镇主要做法 （一）抓党建 全年开展活动10次。 （二）“十三 五”规划 引进项目5个。";
        assert_eq!(titles(t), ["基本情况", "XX 镇主要做法", "抓党建", "“十三 五”规划"]);
        // A one-line paste: a heading after a space; an item about September.
        let t = "一、提高思想认识，深刻领会协同发展的重要意义 （一）协同发展是落实国家战略的必然要求 青年是国家的未来和民族的希望，推动协同发展意义重大。2、9月份补助发放工作。";
        assert_eq!(titles(t)[..2], ["提高思想认识，深刻领会协同发展的重要意义", "协同发展是落实国家战略的必然要求"]);
        // A long title with a comma keeps its second half (`推动我镇…`).
        let t = "一、坚持党建引领，推动我镇经济社会高质量发展取得明显成效\n全镇上下团结一心。";
        assert_eq!(titles(t), ["坚持党建引领，推动我镇经济社会高质量发展取得明显成效"]);
    }

    #[test]
    fn dash_items_sit_below_their_section() {
        let t = "一、过去五年工作回顾\n——经济跨上新台阶。2007年增长。\n——人民生活显著改善。\n（一）加强宏观调控";
        assert_eq!(outline(t).iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2, 2, 2]);
    }
}

#[cfg(test)]
mod level_tests {
    use super::super::test_util::{h, outline};

    fn levels(t: &str) -> Vec<(u8, String)> {
        outline(t).into_iter().map(|x| (x.0, x.2)).collect()
    }

    #[test]
    fn a_figure_before_the_sentence_end_stays_in_the_title() {
        let t =
            "(一)经济发展综合目标\n正文。\n2、农民人均收入比上年增长5﹒5。\n3、粮食产量达到12万吨。\n(二)农村经济发展";
        let ts: Vec<String> = levels(t).into_iter().map(|x| x.1).collect();
        assert!(ts.contains(&"农民人均收入比上年增长5﹒5".to_string()), "{ts:?}");
        assert!(ts.contains(&"粮食产量达到12万吨".to_string()), "{ts:?}");
    }

    #[test]
    fn an_excerpt_cut_mid_list_opens_inside_the_item_before_the_cut() {
        // Before: `(7)` was level 1, and `3、` nested under it.
        let t = "(7)十一月全校师生田径运动会。\n3、抓好德育常规工作,打好德育的基础工程。\n(1)各班级认真学习中学生守则。\n(2)认真做好班级的管理工作。";
        assert_eq!(levels(t).iter().map(|x| x.0).collect::<Vec<_>>(), [2, 1, 2, 2]);
        // A list from 1 at the excerpt's start, then another family's second item: the list sat
        // inside that family's first item, whose title the site cut.
        let t = "防返贫监测帮扶工作汇报篇一\n一是坚持高位推进。成立了指挥部。\n二是强化政策保障。出台了办法。\n三是细化业务培训。\n(二)全面入户排查,深入推进防返贫监测预警工作。";
        assert_eq!(levels(t).iter().map(|x| x.0).collect::<Vec<_>>(), [2, 2, 2, 1]);
        // No restart at 1 under the second family: the opening family stays at the top.
        let t = "(7)十一月全校师生田径运动会。\n3、抓好德育常规工作。\n(8)十二月元旦文艺汇演。";
        assert_eq!(levels(t)[0].0, 1);
    }

    #[test]
    fn parts_stand_above_han_dun() {
        // Before: `第一部分：` was no marker, and `一、` came out at level 1 beside nothing.
        let t = "第一部分：上年工作回顾\n一、经济平稳运行\n（一）工业稳步增长\n二、民生持续改善\n第二部分 今年工作安排\n一、抓好项目建设";
        assert_eq!(
            outline(t),
            [
                h(1, "第一部分：", "上年工作回顾"),
                h(2, "一、", "经济平稳运行"),
                h(3, "（一）", "工业稳步增长"),
                h(2, "一、".replace('一', "二").as_str(), "民生持续改善"),
                h(1, "第二部分", "今年工作安排"),
                h(2, "一、", "抓好项目建设"),
            ]
        );
        let t = "第1章 基本情况\n1.班级概况\n第2章 工作目标";
        assert_eq!(levels(t), [(1, "基本情况".into()), (2, "班级概况".into()), (1, "工作目标".into())]);
    }

    #[test]
    fn part_words_in_sentences_and_contents_are_not_parts() {
        // A report describing its own parts, and a sentence that opens with a part.
        let t = "一、主要内容\n第一部分，上年工作回顾。报告从六个方面作了总结。";
        assert_eq!(levels(t), [(1, "主要内容".into())]);
        let t = "一、主要内容\n第二部分内容是今年的安排。";
        assert_eq!(levels(t), [(1, "主要内容".into())]);
        // A table of contents: page numbers glued to the entries or after leader dots.
        let t = "目录\n第一章总则1\n第二章日常办公制度……3\n一、工作纪律 5\n正文。";
        assert!(outline(t).is_empty(), "{:?}", outline(t));
        // A heading that names a numbered thing keeps it.
        assert_eq!(levels("一、基本情况\n正文。\n二、附件1\n正文。").len(), 2);
    }

    #[test]
    fn a_first_item_right_after_a_lone_first_item_nests() {
        // Before: both `一、` at level 1. The author reused the family one level down.
        let t = "一、上年工作回顾\n一年来主要做了以下工作：\n一、狠抓项目建设\n（一）工业项目\n二、改善民生\n三、优化环境\n二、今年工作安排\n一、稳增长";
        assert_eq!(
            levels(t),
            [
                (1, "上年工作回顾".into()),
                (2, "狠抓项目建设".into()),
                (3, "工业项目".into()),
                (2, "改善民生".into()),
                (2, "优化环境".into()),
                (1, "今年工作安排".into()),
                (2, "稳增长".into()),
            ]
        );
        let t = "1、防汛工作\n1、雨情分析\n近期降雨偏多。";
        assert_eq!(levels(t), [(1, "防汛工作".into()), (2, "雨情分析".into())]);
        // Body text between two first items: a second text starting over (a page of several
        // reports), not a nesting.
        let t = "一、基本情况\n全镇共有12个村。\n乡镇工作总结篇二\n一、主要做法\n正文。\n二、存在问题";
        assert!(outline(t).iter().all(|x| x.0 == 1), "{:?}", outline(t));
        // The same heading twice (a lead-in copy) is a repeat, not a nesting.
        let t = "一、指导思想\n一、指导思想\n坚持以人民为中心。\n二、工作目标";
        assert!(outline(t).iter().all(|x| x.0 == 1), "{:?}", outline(t));
    }

    #[test]
    fn a_space_in_place_of_the_dun_on_an_own_line() {
        // Before: `一 调研背景` was no marker, and `（一）` stood at level 1.
        let t = "一 基本情况\n（一）调查目的\n正文。\n二 主要问题\n（一）收入偏低";
        assert_eq!(outline(t)[0], h(1, "一", "基本情况"));
        assert_eq!(outline(t).iter().map(|x| x.0).collect::<Vec<_>>(), [1, 2, 1, 2]);
        // A space before the 顿号 (PDF text).
        assert_eq!(outline("一 、基本情况\n正文。\n二 、主要做法")[1], h(1, "二 、", "主要做法"));
        // Not a sentence, nor text spaced out character by character.
        assert!(outline("一 年来我们做了很多工作。\n一 年 来 成 绩 显 著").is_empty());
    }

    #[test]
    fn where_a_run_in_title_ends() {
        // A title that starts with a date is not cut at its time word.
        let t = "一、2024年上半年工作总结\n（一）抓好春耕生产";
        assert_eq!(outline(t)[0].2, "2024年上半年工作总结");
        // A year that opens the body, glued to the title.
        let t = "一、项目建设情况2023年是攻坚之年，全镇新开工项目12个。";
        assert_eq!(outline(t)[0].2, "项目建设情况");
        // A year inside a title stays (`推进2024年…`).
        let t = "一、全力推进2024年重点项目建设。";
        assert_eq!(outline(t)[0].2, "全力推进2024年重点项目建设");
        // A space before a section number ends a short title; a space between a number and
        // its unit does not end a long one.
        let t = "1、总则 1.1 编制目的 为做好防汛工作，制定本预案。";
        assert_eq!(outline(t)[0].2, "总则");
        let t = "三、召开村民会议，出席会议的村民必须超过全体18 周岁以上村民的半数。";
        assert_eq!(outline(t)[0].2, "召开村民会议，出席会议的村民必须超过全体18 周岁以上村民的半数");
    }

    #[test]
    fn a_lone_di_yi_after_an_announced_list() {
        // The paste ends before `第二`: the announcing sentence says a list comes.
        let t = "各位同志：\n下面，我讲几点意见。\n第一，要提高思想认识。学习是基础。";
        assert_eq!(outline(t), [h(1, "第一，", "要提高思想认识")]);
        // Without such a sentence a lone `第一，` is a way of speaking.
        let t = "今年的活动有一些变化。\n第一，开幕时间提前了。\n往年都在下午举行。";
        assert!(outline(t).is_empty());
        let t = "同学们，我给大家提几点希望：\n第一点希望，希望大家加强锻炼。身体是基础。";
        assert_eq!(outline(t), [h(1, "第一点", "希望，希望大家加强锻炼")]);
        // `第一、` is a marker too, `第一、二季度` two ordinals.
        let t = "一、主要原因\n第一、直接原因：收入偏低。\n第二、间接原因：人口外流。\n第一、二季度增长较快。";
        assert_eq!(levels(t), [(1, "主要原因".into()), (2, "直接原因".into()), (2, "间接原因".into())]);
    }

    #[test]
    fn blanked_years_and_markdown_marks() {
        // `4、20__年…` is an item about a year, not a list of numbers.
        let t = "一、工作总结\n1、完成造林任务。\n2、20__年全县有林地面积扩大。";
        assert_eq!(outline(t).len(), 3);
        // Markdown heading marks before the marker.
        let t = "#### 一、指导思想\n正文。\n#### 二、工作目标\n1. 品德养成";
        assert_eq!(levels(t), [(1, "指导思想".into()), (1, "工作目标".into()), (2, "品德养成".into())]);
    }

    #[test]
    fn pieces_of_hard_wrapped_sentences_are_not_subheadings() {
        // Before: `花生种植面积` and `炭元科技` (lines of a wrapped sentence) were unnumbered
        // sub-headings.
        let t = "一、主要工作\n全镇加快推进产业园建设，\n炭元科技\n获批省级示范园。今年\n花生种植面积\n达到5万亩。\n1.\n特色农业提\n质扩量。";
        assert_eq!(levels(t), [(1, "主要工作".into())]);
        // Own-line sub-headings after a closed sentence or a heading line stay.
        let t = "一、“谋”字为先\n抓好部署开好局\n乡党委成立领导小组。\n抓好传达聚好力\n召开党员大会。\n二、“学”字铸魂";
        assert_eq!(outline(t).len(), 4, "{:?}", outline(t));
    }

    #[test]
    fn lead_in_lines_are_not_label_headings() {
        // Before: `中心的主要职责是：` stood as a sub-heading over the items it introduces.
        let t = "一、机构职能\n中心的主要职责是：\n1、负责全镇规划工作\n2、负责项目审批工作";
        assert_eq!(levels(t), [(1, "机构职能".into()), (2, "负责全镇规划工作".into()), (2, "负责项目审批工作".into())]);
        let t = "一、会议议程\n下面进行第二项：\n由镇长讲话。";
        assert_eq!(outline(t).len(), 1);
        // A label heads what follows.
        let t = "一、群团工作\n工会工作：\n全年组织活动12次。";
        assert_eq!(outline(t).len(), 2);
    }

    #[test]
    fn ordinal_words_before_long_narration_are_not_points() {
        let t = "二、主要成效\n首先，我们组织了多次文化活动，如“邻里节”和“传统文化讲座”，这些活动极大地丰富了居民的文化生活，提高了居民的文明意识。其次，我们实施了垃圾分类政策，通过设置分类垃圾桶和定期开展培训，有效提高了居民的分类意识。";
        assert_eq!(levels(t), [(1, "主要成效".into())]);
        let t = "首先，我们在科研工作方面取得了突破。其次，我们在人才培养方面做出了努力。";
        assert_eq!(outline(t).len(), 2);
    }

    #[test]
    fn a_summary_line_quotes_headings_it_does_not_have_them() {
        let t = "导读：德育工作计划 （一）总体目标 1、树立理想信念。 2、立足学校...\n（一）总体目标\n1、树立理想信念。";
        assert_eq!(levels(t), [(1, "总体目标".into()), (2, "树立理想信念".into())]);
    }

    #[test]
    fn exclamations_are_not_run_in_items() {
        let t = "今天有两个喜讯。一是我们学校获得了10个奖项，让我们为他们鼓掌！二是新来了20位老师，让我们热烈欢迎！";
        assert!(outline(t).is_empty(), "{:?}", outline(t));
        let t = "下面讲两点。一是提高认识。要学好原文。二是狠抓落实。";
        assert_eq!(outline(t).len(), 2);
    }

    #[test]
    fn titles_without_han_text_are_not_headings() {
        let t = "1. <legend id=\"ab\"></legend>\n2.\n一、总体情况\n正文。";
        assert_eq!(levels(t), [(1, "总体情况".into())]);
        // A bare marker that continues its family where a paste was cut is kept.
        let t = "一、总体情况\n正文。\n二、";
        assert_eq!(outline(t).len(), 2);
    }
}
