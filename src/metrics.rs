//! Quantities (spec §3): takes the clean view, the date spans and the placeholders, gives each
//! number that carries a measure word, unit or `%`, with its value (万/亿 applied), range upper
//! bound, unit, approximation and — best effort — what is counted. The span runs from an
//! approximation prefix (`近` `约` `超过` …) through the unit and any suffix (`以上` `左右` `多`).

use crate::clean::Clean;
use crate::model::Approx;
use crate::placeholders::RawPlaceholder;
use crate::span::Span;
use crate::tables::{is_han, measure_at, multiplier, word_index, WordIndex, WEAK_UNITS};

#[derive(Debug, Clone)]
pub struct RawMetric {
    pub span: Span,
    pub value: Option<f64>,
    pub upper: Option<f64>,
    pub unit: String,
    pub approx: Approx,
    pub subject: Option<String>,
}

/// Prefixes that belong to the span, longest first, with their meaning.
const PREFIXES: &[(&str, Approx)] = &[
    ("超过", Approx::More),
    ("不到", Approx::Less),
    ("不足", Approx::Less),
    ("将近", Approx::Nearly),
    ("大约", Approx::About),
    ("超過", Approx::More),
    ("將近", Approx::Nearly),
    ("大約", Approx::About),
    ("近", Approx::Nearly),
    ("约", Approx::About),
    ("約", Approx::About),
    ("超", Approx::More),
    ("逾", Approx::More),
];
/// Words that end in a prefix character but are not approximations (`最近3年`, `附近`).
const NOT_PREFIX: &[&str] = &["最近", "附近", "接近", "临近", "靠近", "就近", "超超"];
/// Suffixes after the unit.
const SUFFIXES: &[(&str, Approx)] = &[
    ("以上", Approx::More),
    ("以下", Approx::Less),
    ("以内", Approx::Less),
    ("左右", Approx::About),
    ("上下", Approx::About),
    ("之多", Approx::More),
    ("多", Approx::More),
];
const RANGE_DASHES: &[char] = &['—', '-', '–', '～', '~', '至', '到'];
/// Words before a count that end the subject search (verbs and function words).
const SUBJECT_STOPS: &[&str] = &[
    "开展", "发放", "举办", "召开", "完成", "组织", "培训", "建立", "设立", "达到", "累计", "共计", "其中", "帮助",
    "实现", "解决", "协调", "安装", "担任", "参加", "参与", "查摆", "制定", "收集", "签订", "张贴", "讲授", "推送",
    "打造", "建设", "成立", "提取", "共有", "现有", "涉及", "化解", "下沉", "提供", "采集", "划分", "下设", "办理",
    // Single characters only where they rarely sit inside a noun (not 对/在/是: 对象, 所在, 但是).
    "新建", "创建", "有", "了", "共", "计", "达", "等", "和", "及", "与", "的", "已", "年", "月", "日",
];
const STOP_INDEX: WordIndex = word_index!(SUBJECT_STOPS);
/// Words that end a subject read after the unit (`20个党支部的…` → `党支部`).
const AFTER_STOPS: &[&str] =
    &["的", "和", "及", "与", "等", "中", "在", "被", "已", "共", "为", "进行", "开展", "参加", "完成", "成立"];
const AFTER_STOP_INDEX: WordIndex = word_index!(AFTER_STOPS);

struct Num {
    end: usize,
    value: Option<f64>,
}

/// The blank (sorted by start) that starts at clean position `i`.
fn blank_at(blanks: &[(usize, usize)], i: usize) -> Option<&(usize, usize)> {
    blanks.binary_search_by_key(&i, |b| b.0).ok().map(|k| &blanks[k])
}

/// Digits with thousands separators and decimals, or a blank (`XX`, `×`, `2xxxx`, `XX.XX`).
fn number_at(s: &str, i: usize, blanks: &[(usize, usize)]) -> Option<Num> {
    let b = s.as_bytes();
    let mut j = i;
    let neg = b.get(j) == Some(&b'-');
    if neg {
        j += 1;
    }
    let dstart = j;
    // Digits, with `,` accepted as a thousands separator only before exactly three digits.
    let thousands = |j: usize| {
        b[j] == b','
            && j > dstart
            && j + 4 <= b.len()
            && b[j + 1..j + 4].iter().all(u8::is_ascii_digit)
            && !b.get(j + 4).is_some_and(u8::is_ascii_digit)
    };
    while j < b.len() && (b[j].is_ascii_digit() || thousands(j)) {
        j += 1;
    }
    let mut has_digits = j > dstart;
    let mut blank = false;
    // A blank right here (or right after the digits: `2xxxx`).
    if let Some(&(_, e)) = blank_at(blanks, j) {
        j = e;
        blank = true;
    }
    if !has_digits && !blank {
        return None;
    }
    // Decimal part: `.5`, `.XX`.
    if b.get(j) == Some(&b'.') {
        let k = j + 1;
        let mut m = k;
        while m < b.len() && b[m].is_ascii_digit() {
            m += 1;
        }
        if let Some(&(_, e)) = blank_at(blanks, m) {
            m = e;
            blank = true;
        }
        if m > k {
            j = m;
            has_digits = true;
        }
    }
    let value = if blank { None } else { crate::tables::parse_number(&s[dstart..j]).map(|v| if neg { -v } else { v }) };
    let _ = has_digits;
    Some(Num { end: j, value })
}

/// Skip ASCII spaces and at most one line break between a number and its unit.
fn gap(s: &str, i: usize) -> usize {
    let mut j = i;
    let mut breaks = 0;
    for c in s[i..].chars() {
        match c {
            ' ' | '\t' => {}
            '\r' => {}
            '\n' if breaks == 0 => breaks += 1,
            _ => break,
        }
        j += c.len_utf8();
        if j - i > 6 {
            return i;
        }
    }
    j
}

fn approx_word(s: &str, table: &[(&'static str, Approx)]) -> Option<(&'static str, Approx)> {
    table.iter().copied().find(|(w, _)| s.starts_with(w))
}

/// What is counted: the noun right after the unit (`20个党支部`), else the noun right before
/// the number (`党员695人`, `集中学习36次`).
fn subject(s: &str, num_start: usize, unit_end: usize) -> Option<String> {
    // Up to 8 Han characters after the unit, up to 10 before the number (slices, no copies).
    let after_end =
        unit_end + s[unit_end..].chars().take_while(|&c| is_han(c)).take(8).map(char::len_utf8).sum::<usize>();
    let after = &s[unit_end..after_end];
    // `12台帮助农户`: a verb right after the unit means the noun came before.
    let after = if STOP_INDEX.at_start(after).any(|k| SUBJECT_STOPS[k].chars().count() > 1)
        || after.starts_with(&['来', '以'][..])
    {
        ""
    } else {
        cut_at_stop(after)
    };
    if after.chars().count() >= 2 {
        return Some(after.to_string());
    }
    let before_start =
        num_start - s[..num_start].chars().rev().take_while(|&c| is_han(c)).take(10).map(char::len_utf8).sum::<usize>();
    let before = &s[before_start..num_start];
    // Keep what follows the last stop word: for each stop word in table order, cut after its
    // last occurrence in what is left. One pass finds every occurrence (word, position);
    // taken word by word, they replay that loop without a substring search per word.
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for (i, c) in before.char_indices() {
        STOP_INDEX.each_at(before, i, c, |k| hits.push((k, i)));
    }
    // Word by word in table order (a handful of hits: picked, not sorted, which keeps a sort
    // routine out of the wasm).
    let mut cut = 0;
    let mut done: Option<usize> = None;
    while let Some(k) = hits.iter().map(|h| h.0).filter(|&k| done.is_none_or(|d| k > d)).min() {
        if let Some(p) = hits.iter().filter(|h| h.0 == k && h.1 >= cut).map(|h| h.1).max() {
            cut = p + SUBJECT_STOPS[k].len();
        }
        done = Some(k);
    }
    let best = &before[cut..];
    let n = best.chars().count();
    (2..=8).contains(&n).then(|| best.to_string())
}

/// `s` up to its first word of [`AFTER_STOPS`].
fn cut_at_stop(s: &str) -> &str {
    for (i, c) in s.char_indices() {
        let mut hit = false;
        AFTER_STOP_INDEX.each_at(s, i, c, |_| hit = true);
        if hit {
            return &s[..i];
        }
    }
    s
}

pub fn find(_text: &str, clean: &Clean, dates: &[Span], placeholders: &[RawPlaceholder]) -> Vec<RawMetric> {
    let s = clean.text.as_str();
    let blanks: Vec<(usize, usize)> = placeholders
        .iter()
        .filter(|p| p.kind == crate::model::PlaceholderKind::Number)
        .map(|p| (clean.from_src(p.span.start), clean.from_src(p.span.end)))
        .collect();
    let date_clean: Vec<(usize, usize)> =
        dates.iter().map(|d| (clean.from_src(d.start), clean.from_src(d.end))).collect();
    // Both lists are sorted by start: look-ups are binary searches, so long texts stay linear.
    let in_date = |i: usize| {
        let k = date_clean.partition_point(|&(a, _)| a <= i);
        k > 0 && i < date_clean[k - 1].1
    };
    let mut out = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    // `blanks[nb..]` start at or after `i`, and the digits and minus signs among `marks[nm..]`
    // too (i only grows).
    let mut nb = 0;
    let marks = clean.marks();
    let mut nm = 0;
    while i < s.len() {
        while nb < blanks.len() && blanks[nb].0 < i {
            nb += 1;
        }
        // Fast path: a number starts with a digit, a minus sign or a blank; jump to the next
        // of these without reading what lies between (digits and `-` are marks, the clean
        // text's non-Han characters, found once).
        let next_blank = blanks.get(nb).map_or(b.len(), |x| x.0);
        if next_blank != i && !b[i].is_ascii_digit() && b[i] != b'-' {
            while marks.get(nm).is_some_and(|&(p, c)| p < i || !(c.is_ascii_digit() || c == '-')) {
                nm += 1;
            }
            let j = marks.get(nm).map_or(b.len(), |m| m.0);
            i = j.min(next_blank);
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        let prev = s[..i].chars().next_back();
        let starts_num = c.is_ascii_digit()
            || (c == '-'
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && !prev.is_some_and(|p| p.is_ascii_alphanumeric()))
            || blank_at(&blanks, i).is_some();
        // Inside a number (`1,200`, `3.5`) — a half-width comma after a word is punctuation.
        let glued = prev.is_some_and(|p| {
            p.is_ascii_digit() || ((p == '.' || p == ',') && s[..i - 1].ends_with(crate::tables::ascii_digit))
        });
        if !starts_num || glued || in_date(i) {
            i += c.len_utf8();
            continue;
        }
        match metric_at(s, i, &blanks) {
            Some((m_start, m_end, mut m)) if !prev_is_ordinal(s, i) => {
                m.span = clean.to_src(Span::new(m_start, m_end));
                out.push(m);
                i = m_end;
            }
            _ => {
                // Skip the whole number so its tail is not read as another one.
                let e = number_at(s, i, &blanks).map_or(i + c.len_utf8(), |n| n.end.max(i + c.len_utf8()));
                i = e;
            }
        }
    }
    out
}

/// After `3万` at `k`: `~5万` — the upper bound with its own multiplier: (value, end).
fn range_tail(s: &str, k: usize, blanks: &[(usize, usize)]) -> Option<(Option<f64>, usize)> {
    let d = s[k..].chars().next().filter(|c| RANGE_DASHES.contains(c))?;
    let n2 = number_at(s, k + d.len_utf8(), blanks)?;
    let mut e = n2.end;
    let mut m2 = 1.0;
    while let Some((c, m)) = s[e..].chars().next().and_then(|c| multiplier(c).map(|m| (c, m))) {
        if c == '十' || c == '百' {
            break;
        }
        m2 *= m;
        e += c.len_utf8();
    }
    (m2 > 1.0 && (s[e..].starts_with('%') || measure_at(&s[e..]).is_some())).then(|| (n2.value.map(|v| v * m2), e))
}

/// `第3位`, `第2批`: ordinals are not counts.
fn prev_is_ordinal(s: &str, i: usize) -> bool {
    s[..i].ends_with('第') || s[..i].ends_with("No.") || s[..i].ends_with('#')
}

/// Parse one metric whose number starts at `i`: (clean start, clean end, metric).
fn metric_at(s: &str, i: usize, blanks: &[(usize, usize)]) -> Option<(usize, usize, RawMetric)> {
    let num = number_at(s, i, blanks)?;
    let mut j = num.end;
    let mut approx = Approx::Exact;
    let mut upper = None;
    // Range: `4—5个`, `4～5个`.
    if let Some(d) = s[j..].chars().next().filter(|c| RANGE_DASHES.contains(c)) {
        if let Some(n2) = number_at(s, j + d.len_utf8(), blanks) {
            let k = gap(s, n2.end);
            if measure_at(&s[k..]).is_some() || s[k..].starts_with('%') {
                upper = n2.value;
                j = n2.end;
            }
        }
    }
    let mut mult = 1.0;
    let mut k = gap(s, j);
    // `60余万元`, `6万余斤`, `300多名`, `100多萬元`.
    let mut more = false;
    loop {
        if let Some(rest) = s[k..].strip_prefix(&['余', '多'][..]) {
            if !more && (measure_at(rest).is_some() || rest.chars().next().and_then(multiplier).is_some()) {
                more = true;
                k = s.len() - rest.len();
                continue;
            }
        }
        match s[k..].chars().next().and_then(|c| multiplier(c).map(|m| (c, m))) {
            Some((c, m)) if c != '十' && c != '百' => {
                mult *= m;
                // `30 万 元`: spaces of a PDF or a spaced paste around 万.
                k = gap(s, k + c.len_utf8());
            }
            _ => break,
        }
    }
    // `3万~5万元`: the first number of a range keeps its own 万/亿.
    let mut upper_scaled: Option<f64> = None;
    if mult > 1.0 && upper.is_none() {
        if let Some((v, e)) = range_tail(s, k, blanks) {
            upper_scaled = v;
            k = e;
        }
    }
    let unit = if s[k..].starts_with('%') { "%" } else { measure_at(&s[k..])? };
    if WEAK_UNITS.contains(&unit) {
        return None;
    }
    if unit.is_ascii() && s[k + unit.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    // A bare `2023年` is a date (handled there); `3年` is a duration.
    if unit == "年" && num.value.is_some_and(|v| v >= 1000.0) {
        return None;
    }
    if more {
        approx = Approx::More;
    }
    let mut unit_end = k + unit.len();
    let mut unit = unit;
    // `2个多月`: the approximation sits inside the measure word 个月.
    if unit == "个" || unit == "個" {
        if let Some(mid) = ["多月", "余月"].into_iter().find(|m| s[unit_end..].starts_with(m)) {
            unit = "个月";
            unit_end += mid.len();
            approx = Approx::More;
        }
    }
    // `10%~20%`, `3个-5个`: the unit repeated after the upper bound.
    if upper.is_none() && upper_scaled.is_none() {
        if let Some(d) = s[unit_end..].chars().next().filter(|c| RANGE_DASHES.contains(c) && *c != '至' && *c != '到')
        {
            if let Some(n2) = number_at(s, unit_end + d.len_utf8(), blanks) {
                if s[n2.end..].starts_with(unit) && n2.value.is_none_or(|v| num.value.is_none_or(|a| v > a)) {
                    upper = n2.value;
                    unit_end = n2.end + unit.len();
                }
            }
        }
    }
    let mut end = unit_end;
    if let Some((w, a)) = approx_word(&s[end..], SUFFIXES) {
        let after = &s[end + w.len()..];
        // `上下` only when it is not the start of a word (`上下联动`); `多` only as `2年多`.
        let ok = match w {
            "上下" => !after.starts_with(|c: char| is_han(c)),
            "多" => unit == "年" || unit == "个月" || unit == "天",
            _ => true,
        };
        if ok {
            approx = a;
            end += w.len();
        }
    }
    // Prefix before the number.
    let mut start = i;
    // `近 3000 名`: a PDF's space between the prefix and the number.
    let before = if s[..i].ends_with(' ') && !s[..i - 1].ends_with(' ') { i - 1 } else { i };
    if let Some((w, a)) = PREFIXES.iter().copied().find(|(w, _)| s[..before].ends_with(w)) {
        let st = before - w.len();
        if !NOT_PREFIX.iter().any(|np| s[..before].ends_with(np)) {
            start = st;
            approx = a;
        }
    }
    // `149.67万` is 1496700, not 1496699.9999999998: the product rounded back to what was written.
    let scale = |v: f64| if mult > 1.0 { (v * mult * 1e4).round() / 1e4 } else { v };
    let value = num.value.map(scale);
    let upper = upper_scaled.or(upper.map(scale));
    Some((
        start,
        end,
        RawMetric {
            span: Span::default(),
            value,
            upper,
            unit: unit.to_string(),
            approx,
            subject: subject(s, start, end),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(t: &str) -> Vec<(String, Option<f64>, String, Approx)> {
        let c = Clean::new(t, &crate::artifacts::find(t, &crate::blocks::lines(t)));
        let d = crate::dates::find(t, &c);
        let p = crate::placeholders::find(t, &c, &d);
        find(t, &c, &d, &p)
            .into_iter()
            .map(|x| (t[x.span.start..x.span.end].to_string(), x.value, x.unit, x.approx))
            .collect()
    }
    use Approx::*;

    #[test]
    fn counts_with_units() {
        assert_eq!(
            m("共有20个党支部，党员695人"),
            [("20个".into(), Some(20.0), "个".into(), Exact), ("695人".into(), Some(695.0), "人".into(), Exact)]
        );
        assert_eq!(m("帮助售卖黄桃6万余斤，增收60余万元")[0], ("6万余斤".into(), Some(60000.0), "斤".into(), More));
        assert_eq!(m("增收60余万元")[0], ("60余万元".into(), Some(600000.0), "元".into(), More));
        assert_eq!(m("累计降雨64毫米")[0], ("64毫米".into(), Some(64.0), "毫米".into(), Exact));
        assert_eq!(m("化解近400件，化解率84.71%")[1], ("84.71%".into(), Some(84.71), "%".into(), Exact));
        assert_eq!(m("化解近400件")[0], ("近400件".into(), Some(400.0), "件".into(), Nearly));
        assert_eq!(m("还对近 3000 名吸毒人员")[0], ("近 3000 名".into(), Some(3000.0), "名".into(), Nearly));
        assert_eq!(m("已达30万元")[0], ("30万元".into(), Some(300000.0), "元".into(), Exact));
        assert_eq!(m("工作的2年多来")[0], ("2年多".into(), Some(2.0), "年".into(), More));
        assert_eq!(m("共１,２００人")[0], ("１,２００人".into(), Some(1200.0), "人".into(), Exact));
        assert_eq!(m("134.9万亿元")[0].1, Some(134_900_000_000_000.0));
        // What was written, not the float product (`1496699.9999999998`).
        assert_eq!(m("投资149.67万元,84.07万元")[0].1, Some(1_496_700.0));
        assert_eq!(m("投资149.67万元,84.07万元")[1].1, Some(840_700.0));
        assert_eq!(m("培训党员469余人次")[0], ("469余人次".into(), Some(469.0), "人次".into(), More));
        assert_eq!(m("增速-4.7%")[0], ("-4.7%".into(), Some(-4.7), "%".into(), Exact));
        assert_eq!(m("40岁以下")[0], ("40岁以下".into(), Some(40.0), "岁".into(), Less));
        assert_eq!(m("用了2个多月")[0], ("2个多月".into(), Some(2.0), "个月".into(), More));
        let c = Clean::new("全县共有城乡低保对象3,256户", &[]);
        let s = find("", &c, &[], &[]);
        assert_eq!(s[0].subject.as_deref(), Some("城乡低保对象"));
    }

    #[test]
    fn ranges_and_blanks() {
        let r = m("负责4—5个村");
        assert_eq!(r[0].0, "4—5个");
        assert_eq!(m("召开党委会X次")[0], ("X次".into(), None, "次".into(), Exact));
        assert_eq!(m("有2xxxx人参加")[0].0, "2xxxx人");
        assert_eq!(m("达 XX.XX 亿元")[0].0, "XX.XX 亿元");
        assert_eq!(m("不到×个月")[0], ("不到×个月".into(), None, "个月".into(), Less));
        assert_eq!(m("3次／378人").len(), 2);
        assert_eq!(m("同比增长35.49 %")[0].0, "35.49 %");
    }

    #[test]
    fn ranges_with_units_on_both_ends_and_masked_counts() {
        let r = m("投资3万~5万元");
        assert_eq!((r[0].0.as_str(), r[0].1), ("3万~5万元", Some(30000.0)));
        let c = Clean::new("投资3万~5万元", &[]);
        assert_eq!(find("", &c, &[], &[])[0].upper, Some(50000.0));
        assert_eq!(m("提高10%~20%")[0].0, "10%~20%");
        assert_eq!(m("全村*户，约*%")[0], ("*户".into(), None, "户".into(), Exact));
        assert_eq!(m("全村*户，约*%")[1], ("约*%".into(), None, "%".into(), About));
        assert_eq!(m("修路近_公里")[0], ("近_公里".into(), None, "公里".into(), Nearly));
        assert_eq!(m("收购稻谷300担，放养鱼苗2000尾，发表文章12篇")[1].2, "尾");
        assert_eq!(m("收购稻谷300担")[0].2, "担");
        assert_eq!(m("全长1353m，渠深3-4m，库容200m3")[0].0, "1353m");
        assert_eq!(m("全长1353m，渠深3-4m，库容200m3")[1].0, "3-4m");
        assert_eq!(m("全长1353m，渠深3-4m，库容200m3")[2].2, "m3");
        assert!(m("降雨5mm，用时3min").is_empty());
        assert_eq!(m("收入低于 30 万 元")[0], ("30 万 元".into(), Some(300000.0), "元".into(), Exact));
        assert!(m("XX 部长通报，环保部等8部委").is_empty());
    }

    /// The subject search as it was written before the one-pass stop-word index: the
    /// reference the fast one must agree with.
    fn subject_by_substring_search(s: &str, num_start: usize, unit_end: usize) -> Option<String> {
        let after: String = s[unit_end..].chars().take_while(|&c| is_han(c)).take(8).collect();
        let after = if SUBJECT_STOPS.iter().any(|w| w.chars().count() > 1 && after.starts_with(w))
            || after.starts_with(&['来', '以'][..])
        {
            String::new()
        } else {
            let end = AFTER_STOPS.iter().filter_map(|w| after.find(w)).min().unwrap_or(after.len());
            after[..end].to_string()
        };
        if after.chars().count() >= 2 {
            return Some(after);
        }
        let before: Vec<char> = s[..num_start].chars().rev().take_while(|&c| is_han(c)).take(10).collect();
        let before: String = before.into_iter().rev().collect();
        let mut best = before.as_str();
        for w in SUBJECT_STOPS {
            if let Some(p) = best.rfind(w) {
                best = &best[p + w.len()..];
            }
        }
        let n = best.chars().count();
        (2..=8).contains(&n).then(|| best.to_string())
    }

    #[test]
    fn subjects_agree_with_the_substring_search() {
        let text = concat!(
            "全县共有城乡低保对象3,256户，其中新建党支部的共有党员和群众12名，开展培训共计达到",
            "36次完成的任务中在被已共为进行开展参加完成成立等，累计帮助农户12台帮助农户，来年以后",
            "发放补贴资金的共计的共计5万元的和及与等中在。"
        );
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                assert_eq!(subject(text, a, b), subject_by_substring_search(text, a, b), "{a} {b}");
            }
        }
    }

    #[test]
    fn not_metrics() {
        assert!(m("“1234”工作法，“3820”战略工程，“80”后，3A景区，1＋1，第二批，第3位，2023年，9月14日").is_empty());
        assert!(m("4星支部").is_empty());
    }
}
