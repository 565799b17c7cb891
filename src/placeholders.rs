//! Template blanks and masks (spec §2). Takes the clean view and the date spans, gives the
//! source spans of the blank characters only (`xxx镇` → `xxx`) with a kind read from context:
//! `number` before a measure word (`X次`), `date` inside a date (`20XX年`), else `name`.

use crate::clean::Clean;
use crate::model::PlaceholderKind;
use crate::span::Span;
use crate::tables::{han_digit, is_han, measure_at, multiplier, TailSet};

#[derive(Debug, Clone)]
pub struct RawPlaceholder {
    pub span: Span,
    pub kind: PlaceholderKind,
    /// The blank with what it stands before, for grouping: `xxx镇`, `X次`, `*社区`.
    pub form: String,
}

/// Words that look like a blank but are ordinary text.
const NOT_BLANK_AFTER_X: &[&str] = &["光", "射线", "線", "线"];
/// Common surnames: `张某` masks a person.
const SURNAMES: &str = "张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤";
/// After a single 某 these make an ordinary word (`某些`, `某种`, `某一`, `某个`).
const NOT_MASK_AFTER: &str = "些种一个项方位类次日天年月时段";

/// Keywords that make a bracketed phrase an instruction to fill in (`【单位名称】`).
const FILL_WORDS: &[&str] = &["填写", "填入", "名称", "姓名", "单位", "数字", "日期", "时间", "地点", "金额", "某"];

/// A run of one blank character class starting at `i` in `s`: returns its end.
fn run(s: &str, i: usize, pred: impl Fn(char) -> bool) -> usize {
    let mut j = i;
    for c in s[i..].chars() {
        if !pred(c) {
            break;
        }
        j += c.len_utf8();
    }
    j
}

fn is_ascii_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic())
}

/// The non-ASCII characters a blank can start with (the arms of [`blank_at`]; a test checks
/// the list is complete), for the scan's first test.
const NON_ASCII_BLANK_STARTS: &[char] = &['○', '〇', '×', '□', '■', '某', '（', '【', '〔'];
const NON_ASCII_BLANK_SET: TailSet = TailSet::new(NON_ASCII_BLANK_STARTS);

/// The end of the blank at `i`, if any; `c` is the character at `i` and `prev` the one before.
fn blank_at(s: &str, i: usize, c: char, prev: Option<char>) -> Option<usize> {
    match c {
        'x' | 'X' => {
            let j = run(s, i, |c| c == 'x' || c == 'X');
            let next = s[j..].chars().next();
            if is_ascii_letter(prev) || is_ascii_letter(next) || NOT_BLANK_AFTER_X.iter().any(|w| s[j..].starts_with(w))
            {
                return None;
            }
            // `3x4`: a multiplication sign, not a blank.
            if j - i == 1 && prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) {
                return None;
            }
            Some(j)
        }
        'o' | 'O' => {
            let j = run(s, i, |c| c == 'o' || c == 'O');
            let next = s[j..].chars().next();
            (j - i >= 3 && !is_ascii_letter(prev) && !is_ascii_letter(next)).then_some(j)
        }
        '○' | '〇' => {
            let j = run(s, i, |c| c == '○' || c == '〇');
            let next = s[j..].chars().next();
            let numeral = |c: Option<char>| c.is_some_and(|c| han_digit(c).is_some() || c == '年' || c == '十');
            (j - i >= 2 * '○'.len_utf8() && !numeral(prev) && !numeral(next)).then_some(j)
        }
        // `20__年` is one blank after digits; `snake_case` and `365_365bet` are words.
        '_' => {
            let j = run(s, i, |c| c == '_');
            let next = s[j..].chars().next();
            let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            let word = prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '_') || alnum(prev) && alnum(next);
            (!word).then_some(j)
        }
        // `××*`: a mask of mixed marks is one blank.
        '×' => {
            let j = run(s, i, |c| c == '×' || c == '*');
            let next = s[j..].chars().next();
            let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
            // A lone × between spaces or line ends is a page's close button (`微信扫一扫 ×`).
            let alone = |c: Option<char>| c.is_none_or(char::is_whitespace);
            let button = j - i == '×'.len_utf8() && alone(prev) && alone(next);
            (!(button || digit(prev) && digit(next))).then_some(j)
        }
        '*' => {
            let j = run(s, i, |c| c == '*' || c == '×');
            let next = s[j..].chars().next();
            let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            (!(alnum(prev) && alnum(next))).then_some(j)
        }
        '□' | '■' => Some(run(s, i, |c| c == '□' || c == '■')),
        '某' => {
            let j = run(s, i, |c| c == '某');
            if j - i >= 2 * '某'.len_utf8() {
                return Some(j);
            }
            // A single 某 masks a name after a surname (`张某`) or before a place or body
            // (`某村`, `某公司`); `某些` `某种` `某一` are ordinary words.
            let next = s[j..].chars().next();
            if next.is_some_and(|n| NOT_MASK_AFTER.contains(n)) {
                return None;
            }
            let surname = prev.is_some_and(|p| SURNAMES.contains(p));
            let place = crate::tables::name_suffix_at(&s[j..]).is_some();
            (surname || place).then_some(j)
        }
        '（' | '(' | '【' | '[' | '〔' => bracket_blank(s, i, c),
        _ => None,
    }
}

/// `（  ）`, `【】`, `[ ]`, `【单位名称】`, or a site's mask `〔…〕` / `【...】`.
fn bracket_blank(s: &str, i: usize, open: char) -> Option<usize> {
    let close = match open {
        '（' | '(' => [')', '）'],
        '【' => ['】', '】'],
        '〔' => ['〕', '〕'],
        _ => [']', ']'],
    };
    let body_start = i + open.len_utf8();
    let mut n = 0;
    for (k, c) in s[body_start..].char_indices() {
        if close.contains(&c) {
            let body = &s[body_start..body_start + k];
            // Dots stand for the hidden words in a site's mask (`完成〔…〕户`); in round
            // brackets they are a quotation's cut.
            let dotted =
                !body.is_empty() && open != '(' && open != '（' && body.chars().all(|c| matches!(c, '…' | '.'));
            let empty = body.chars().all(|c| c == ' ' || c == '\u{3000}') || dotted;
            let end = body_start + k + c.len_utf8();
            // `[ 成文日期 ] | 2024-02-22 |`: a field's label, its value in the next cell; a padded
            // label with its value after a space (`[ 成文日期 ] 2025-08-20`) is a site's row too.
            let after = s[end..].trim_start_matches(&[' ', '\u{3000}'][..]);
            let padded = body.starts_with(' ') && body.ends_with(' ') && after.len() < s[end..].len();
            let label = after.starts_with(&['|', '｜'][..])
                || padded && after.starts_with(|c: char| c.is_ascii_digit() || is_han(c));
            let instr = open != '(' && open != '（' && !label && FILL_WORDS.iter().any(|w| body.contains(w));
            return (empty || instr).then_some(end);
        }
        n += 1;
        if n > 12 || c == '\n' {
            return None;
        }
    }
    None
}

/// What follows a blank decides its kind: a measure word or `%` → number.
fn number_follows(s: &str) -> bool {
    // `XX` / `亿元`: a hard-wrapped text breaks its line between the blank and its unit.
    let t = s.trim_start_matches(' ');
    let t = t.strip_prefix("\r\n").or_else(|| t.strip_prefix('\n')).unwrap_or(t);
    let t = t.trim_start_matches(' ');
    // `XX.XX 亿元`: a decimal of blanks.
    if let Some(r) = t.strip_prefix('.') {
        return r.starts_with(|c: char| c.is_ascii_digit() || c == 'x' || c == 'X');
    }
    let t = t.trim_start_matches(&['余', '多'][..]);
    let t = t.trim_start_matches(' ');
    if t.chars().next().and_then(multiplier).is_some() {
        return true;
    }
    t.starts_with('%') || measure_at(t).is_some()
}

/// `*` and `_` mask names far more often than numbers (`*镇`, `南三环*段`); they stand for a
/// number when glued to digits, followed by 多/余 (`*多校区`), by `%`, or by a measure word
/// that is not also a place or body (`*户`, `近_公里`, `__次`, but `*所`, `*部` are names).
fn masks_a_number(s: &str, i: usize, j: usize) -> bool {
    let rest = s[j..].trim_start_matches(' ');
    s[..i].ends_with(crate::tables::ascii_digit)
        || rest.starts_with(&['多', '余', '%'][..])
        || rest.starts_with('.') && number_follows(rest)
        // `*亿元`, `*****萬元`: a masked count of ten thousands or hundred millions of a unit.
        || rest.chars().next().and_then(multiplier).is_some()
            && measure_at(&rest[rest.chars().next().map_or(0, char::len_utf8)..]).is_some()
        || (measure_at(rest).is_some_and(|u| !LABEL_UNITS.contains(&u))
            && crate::tables::name_suffix_at(rest).is_none())
}

/// Measure words that also label a place in a series (`南三环*段`, `*组`, `*期工程`, `*号楼`):
/// after a mask they name, not count.
const LABEL_UNITS: &[&str] =
    &["段", "组", "組", "期", "栋", "棟", "幢", "层", "層", "座", "家", "处", "處", "号", "届", "级"];

/// `现辖 XX 镇 XX 乡 XX 场`: a blank before an administrative unit that is followed by another
/// blank is one count in a list of counts, not a place name.
fn counted_unit_list(s: &str, j: usize) -> bool {
    let t = s[j..].trim_start_matches(&[' ', '\n', '\r'][..]);
    const ADMIN: &[&str] = &["镇", "乡", "村", "场", "社区", "街道", "县", "区"];
    ADMIN.iter().any(|a| {
        t.strip_prefix(a).is_some_and(|r| r.trim_start_matches(&[' ', '\n', '\r'][..]).starts_with(&['X', 'x'][..]))
    })
}

/// Grouping key: the blank and the word it stands before.
fn form(s: &str, end: usize, kind: PlaceholderKind, text: &str) -> String {
    let t = s[end..].trim_start_matches(' ');
    let mut f = text.to_string();
    match kind {
        PlaceholderKind::Number => {
            let t = t.trim_start_matches(&['余', '多'][..]);
            if let Some(u) = measure_at(t) {
                f.push_str(u);
            } else if let Some(c) = t.chars().next().filter(|&c| c == '%' || multiplier(c).is_some()) {
                f.push(c);
            }
        }
        PlaceholderKind::Date => {
            if let Some(c) = t.chars().next().filter(|c| matches!(c, '年' | '月' | '日')) {
                f.push(c);
            }
        }
        PlaceholderKind::Name => {
            // `“XXXX”思路`: look past a closing quote for the word the blank names.
            let t2 = t.trim_start_matches(&['”', '"', '’', '》'][..]);
            if let Some(w) = crate::tables::name_suffix_at(t).or_else(|| crate::tables::name_suffix_at(t2)) {
                f.push_str(w);
            }
        }
    }
    f
}

pub fn find(_text: &str, clean: &Clean, dates: &[Span]) -> Vec<RawPlaceholder> {
    let s = clean.text.as_str();
    let mut out = Vec::new();
    // Where a blank may start, in order: the clean view's marks (its non-Han characters, found
    // once for the outline) that are ASCII or may be in the set, and each 某, the one Han start.
    // Nothing else is read: most characters start no blank.
    let marks = clean.marks().iter().filter(|&&(_, c)| c.is_ascii() || NON_ASCII_BLANK_SET.may_contain(c)).copied();
    // A char pattern (core's memchr on its last byte), not memchr::memmem: the page links no
    // substring searcher for this one needle (−1 KB gzipped).
    let mou = s.match_indices('某').map(|(k, _)| (k, '某'));
    let mut next = 0;
    for (i, c) in merge(marks, mou) {
        if i < next {
            continue;
        }
        let Some(j) = blank_at(s, i, c, s[..i].chars().next_back()) else { continue };
        let span = clean.to_src(Span::new(i, j));
        let numeric = if s[i..].starts_with(&['*', '_'][..]) {
            masks_a_number(s, i, j)
        } else {
            number_follows(&s[j..]) || counted_unit_list(s, j)
        };
        let in_date = {
            let k = dates.partition_point(|d| d.start <= span.start);
            k > 0 && dates[k - 1].contains(&span)
        };
        let kind = if in_date {
            PlaceholderKind::Date
        } else if numeric {
            PlaceholderKind::Number
        } else {
            PlaceholderKind::Name
        };
        if kind == PlaceholderKind::Name && site_join(s, i, j) {
            continue;
        }
        let text = &s[i..j];
        out.push(RawPlaceholder { span, kind, form: form(s, j, kind, text) });
        next = j;
    }
    out
}

/// `…事迹素材_优秀共产党员…`, `首页_某某注册_平台`: a lone `_` between words in a line with no
/// sentence punctuation joins the parts of a page title or a tag row; a blank (`坚持以_新时代…`,
/// `(二)重点_就业稳步推进,`) stands in a sentence.
fn site_join(s: &str, i: usize, j: usize) -> bool {
    fn han2(mut cs: impl Iterator<Item = char>) -> bool {
        cs.next().is_some_and(is_han) && cs.next().is_some_and(is_han)
    }
    if &s[i..j] != "_" || !han2(s[..i].chars().rev()) || !han2(s[j..].chars()) {
        return false;
    }
    let line = &s[s[..i].rfind('\n').map_or(0, |k| k + 1)..j + s[j..].find('\n').unwrap_or(s.len() - j)];
    !line.contains(&['，', '。', ',', '；', ';', '：', ':', '！', '!', '？', '?'][..])
}

/// Two streams of (offset, character), each in order, as one in order.
fn merge(
    a: impl Iterator<Item = (usize, char)>,
    b: impl Iterator<Item = (usize, char)>,
) -> impl Iterator<Item = (usize, char)> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.0 < x.0 => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ph(t: &str) -> Vec<(String, PlaceholderKind)> {
        let c = Clean::new(t, &[]);
        let d = crate::dates::find(t, &c);
        find(t, &c, &d).into_iter().map(|p| (t[p.span.start..p.span.end].to_string(), p.kind)).collect()
    }
    use PlaceholderKind::*;

    #[test]
    fn kinds_from_context() {
        assert_eq!(ph("xxx镇召开会议X次，培训X人"), [("xxx".into(), Name), ("X".into(), Number), ("X".into(), Number)]);
        assert_eq!(ph("20XX年X月X日"), [("XX".into(), Date), ("X".into(), Date), ("X".into(), Date)]);
        assert_eq!(ph("*社区做到"), [("*".into(), Name)]);
        // A mask before ten thousands or hundred millions of a unit counts (before: kind name).
        assert_eq!(ph("总投资*亿元,余额*****萬元"), [("*".into(), Number), ("*****".into(), Number)]);
        assert_eq!(ph("*万达广场"), [("*".into(), Name)]);
        assert_eq!(ph("邀请xx网红x县长"), [("xx".into(), Name), ("x".into(), Name)]);
        assert_eq!(ph("达 XX.XX 亿元"), [("XX".into(), Number), ("XX".into(), Number)]);
        // A hard-wrapped text breaks the line between a blank and its unit (before: kind name).
        assert_eq!(ph("完成地区生产总值\nXX\n亿元,\nXX\n镇"), [("XX".into(), Number), ("XX".into(), Name)]);
        assert_eq!(ph("在ooo乡"), [("ooo".into(), Name)]);
        // A mask of mixed marks is one blank (before: `××` and `*`).
        assert_eq!(ph("区委副书记××*、区人大副主任*×"), [("××*".into(), Name), ("*×".into(), Name)]);
        assert_eq!(ph("张某某同志"), [("某某".into(), Name)]);
        assert_eq!(ph("村民张某反映，某村某公司"), [("某".into(), Name), ("某".into(), Name), ("某".into(), Name)]);
        assert!(ph("某些问题、某种程度、某一方面、某个环节").is_empty());
        assert_eq!(ph("请填写【单位名称】"), [("【单位名称】".into(), Name)]);
        assert_eq!(ph("（  ）"), [("（  ）".into(), Name)]);
        // A site's mask with dots in it; a quotation's cut in round brackets is none.
        assert_eq!(ph("硬化〔…〕等道路"), [("〔…〕".into(), Name)]);
        assert_eq!(ph("完成〔...〕户计划编制"), [("〔...〕".into(), Number)]);
        assert!(ph("他说:“我们要(…)坚持下去。”〔2023〕5号").is_empty());
        // 某 (found apart) and the marks, read in the text's order.
        assert_eq!(
            ph("村民张某反映，X村某某和（ ）、○○"),
            [
                ("某".into(), Name),
                ("X".into(), Name),
                ("某某".into(), Name),
                ("（ ）".into(), Name),
                ("○○".into(), Name)
            ]
        );
    }

    #[test]
    fn masked_numbers_before_units() {
        assert_eq!(ph("全村共*户，约*%"), [("*".into(), Number), ("*".into(), Number)]);
        assert_eq!(ph("道路近_公里，开展__次"), [("_".into(), Number), ("__".into(), Number)]);
        assert_eq!(ph("20__年"), [("__".into(), Date)]);
        assert_eq!(ph("*所、*部、*镇"), [("*".into(), Name), ("*".into(), Name), ("*".into(), Name)]);
        assert_eq!(ph("南三环*段"), [("*".into(), Name)]);
    }

    #[test]
    fn the_list_of_non_ascii_blank_starts_is_complete() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32).filter(|c| !NON_ASCII_BLANK_STARTS.contains(c)) {
            let s: String = [c, c, c, c, '村'].into_iter().collect();
            assert_eq!(blank_at(&s, 0, c, None), None, "{c}");
        }
    }

    #[test]
    fn not_blanks() {
        assert_eq!(ph("3A景区、AI预警、ED屏显、1＋1、互联网+、3×4、X光、DeepSeek、XII、某些"), []);
        assert!(ph("二〇二三年").is_empty());
        assert!(ph("XX人民政府").iter().all(|p| p.1 == Name));
    }

    #[test]
    fn field_labels_and_identifiers_are_not_blanks() {
        // Before: the bracketed labels of a metadata row and the `_` of a spam identifier were
        // unfilled blanks.
        assert_eq!(ph("[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-22 |"), []);
        assert_eq!(ph("- [ 成文日期 ] 2026-02-12\n[ 成文日期 ] 2025-08-20 [ 发布日期 ] 2025-08-20"), []);
        assert_eq!(ph("mobile365sport365_365bet体育"), []);
        // Still blanks: an instruction in brackets and underscores after digits or between words.
        assert_eq!(ph("[ 成文日期 ]：请填写"), [("[ 成文日期 ]".into(), Name)]);
        assert_eq!(ph("20__年，道路近_公里"), [("__".into(), Date), ("_".into(), Number)]);
    }

    #[test]
    fn an_underscore_joining_a_page_titles_parts_is_not_a_blank() {
        // Before: each `_` of a site's title or tag row was an unfilled name blank.
        assert_eq!(ph("新城农村_新城镇生态环境保护工作_新城镇农村人居环境整治\n"), []);
        assert_eq!(ph("村委会换届选举工作自查报告_自查报告"), []);
        // Still blanks: in a sentence, or before a unit, or more than one.
        assert_eq!(ph("全镇上下坚持以_新时代中国特色社会主义思想为指导，"), [("_".into(), Name)]);
        assert_eq!(ph("修通水泥路近_公里"), [("_".into(), Number)]);
        assert_eq!(ph("新城镇__工作总结"), [("__".into(), Name)]);
    }

    #[test]
    fn a_close_button_is_not_a_blank() {
        // Before: the lone × was an unfilled name blank.
        assert_eq!(ph("微信扫一扫 ×\n"), []);
        assert_eq!(ph("@所有人，加入我们\n×\n\n人民代表大会政府工作报告"), []);
        // Still blanks: × glued to a word, or more than one.
        assert_eq!(ph("全县×个乡镇").len(), 1);
        assert_eq!(ph("×× 镇").len(), 1);
    }
}
