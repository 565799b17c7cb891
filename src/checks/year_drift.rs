//! `year-drift`: years left over from reusing last year's report. The report's year comes from
//! its title (`2024年工作总结`) and its 成文日期 (the date line of the signature); flagged are
//! - a year before it in the 下一步 / 工作打算 part, as a time to act (`2023年，我们将…`,
//!   `2023年底前完成`): a 2024 report that plans for 2023 (probable: info);
//! - `今年` / `本年度` written next to another year (`今年（2023年）`, `今年是2023年`) (warning);
//! - a dated event after the signature date (`12月5日召开…` in a report signed 11月20日),
//!   outside plans (`将于`, `计划`, `前`) (warning with a year, info without);
//! - a 总结 signed before the year it reviews, or two years or more after it (info).
//!
//! Past years as such are fine: `较2023年增长5%`, `2023年以来`, `巩固2022年创建成果`.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "year-drift",
        label: "年份不一致",
        severity: crate::model::Severity::Warning,
        description: "标题或成文日期的年份与正文中的“今年”、下一步打算或日期对不上。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::span::Span;
use crate::tables::{han_digit, word_index, WordIndex};
use crate::Doc;

/// Heading titles and paragraph openings that start a plan part.
const PLAN_WORDS: &[&str] =
    &["下一步", "工作打算", "工作计划", "工作思路", "工作安排", "工作设想", "明年", "今后", "努力方向", "工作重点"];
const PLAN_INDEX: WordIndex = word_index!(PLAN_WORDS);

/// Does `s` hold a word of [`PLAN_WORDS`]? One walk over its characters through the words'
/// first-character index, not a substring search per word.
fn has_plan_word(s: &str) -> bool {
    s.char_indices().any(|(i, c)| {
        let mut hit = false;
        PLAN_INDEX.each_at(s, i, c, |_| hit = true);
        hit
    })
}

/// Words right before a year that make it a comparison or a starting point, not a time to act.
const BEFORE_PAST: &[&str] =
    &["较", "比", "同", "与", "自", "从", "截至", "截止", "对比", "相比", "和", "及", "、", "至"];
/// Words in a sentence that make a date a plan, not an event.
const PLAN_VERBS: &[&str] = &[
    "将",
    "计划",
    "拟",
    "预计",
    "力争",
    "确保",
    "争取",
    "之前",
    "前完成",
    "底前",
    "前",
    "届时",
    "截止",
    "截至",
    "期限",
];

/// (year, month, day) of a date span's text; each part only when written in digits or Chinese
/// numerals (a blank such as `20XX年` gives none). Ranges (`2006－2020年`) give nothing.
pub(super) fn parse_date(s: &str) -> (Option<u32>, Option<u32>, Option<u32>) {
    if s.contains(&['-', '－', '—', '–', '~', '～', '至'][..]) {
        return (None, None, None);
    }
    let mut parts = [None, None, None];
    let mut run = String::new();
    for c in s.chars() {
        let c = crate::clean::fold(c).unwrap_or(c);
        let k = match c {
            '年' => 0,
            '月' => 1,
            '日' => 2,
            c if c.is_ascii_digit() || c == '〇' || c == '零' || c == '十' || han_digit(c).is_some() => {
                run.push(c);
                continue;
            }
            _ => {
                run.clear();
                continue;
            }
        };
        // `二十` is read as a number, `二〇二三` digit by digit.
        let v = if run.contains('十') {
            crate::tables::han_number(&run)
        } else {
            run.chars()
                .map(|c| if c == '〇' || c == '零' { Some(0) } else { c.to_digit(10).or_else(|| han_digit(c)) })
                .try_fold(0u32, |acc, d| d.map(|d| acc.saturating_mul(10).saturating_add(d)))
                .filter(|_| !run.is_empty())
        };
        // A year is four digits; a month or day one or two.
        parts[k] = v.filter(|&v| if k == 0 { (1000..3000).contains(&v) } else { (1..=31).contains(&v) });
        run.clear();
    }
    (parts[0], parts[1], parts[2])
}

/// The dates (sorted by start) that lie inside `span`, found by binary search so that checks
/// stay linear on long texts.
pub(super) fn dates_in(dates: &[Span], span: Span) -> impl Iterator<Item = &Span> {
    let from = dates.partition_point(|d| d.start < span.start);
    dates[from..].iter().take_while(move |d| d.start < span.end).filter(move |d| span.contains(d))
}

/// Whether `s` lies inside one of `spans` (sorted, disjoint).
fn inside(spans: &[Span], s: &Span) -> bool {
    let k = spans.partition_point(|p| p.start <= s.start);
    k > 0 && spans[k - 1].contains(s)
}

fn years_in(doc: &Doc, span: Span) -> Vec<u32> {
    dates_in(&doc.dates, span).filter_map(|d| parse_date(&doc.text[d.start..d.end]).0).collect()
}

/// Byte spans of the plan part: 下一步 paragraphs and the sections under plan headings.
fn plan_spans(doc: &Doc) -> Vec<Span> {
    let t = doc.text;
    let mut out: Vec<Span> = doc
        .structure
        .closing
        .iter()
        .filter(|c| PLAN_WORDS.iter().any(|w| t[c.start..c.end].starts_with(w)))
        .copied()
        .collect();
    let hs = &doc.structure.headings;
    for (k, h) in hs.iter().enumerate() {
        if has_plan_word(&h.title) {
            let end = hs[k + 1..].iter().find(|o| o.level <= h.level).map_or(t.len(), |o| o.span.start);
            out.push(Span::new(h.span.start, end));
        }
    }
    // Sorted and merged, for binary search.
    crate::sort::sort(&mut out);
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for s in out {
        match merged.last_mut() {
            Some(l) if s.start <= l.end => l.end = l.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    let mut out = Vec::new();
    let title_years = doc.structure.title.map(|s| years_in(doc, s)).unwrap_or_default();
    // The 成文日期: the last full date in the signature lines.
    let signed = doc
        .structure
        .signature
        .iter()
        .flat_map(|s| dates_in(&doc.dates, *s))
        .map(|d| (*d, parse_date(&t[d.start..d.end])))
        .filter(|(_, (y, m, _))| y.is_some() && m.is_some())
        .last();
    let mut refs = title_years.clone();
    refs.extend(signed.and_then(|(_, (y, _, _))| y));
    let Some(&min_ref) = refs.iter().min() else { return out };
    let reference = if title_years.is_empty() { "成文日期" } else { "标题" };

    // 1. A past year as a time to act in the plan part.
    let plans = plan_spans(doc);
    for d in doc.dates.iter().filter(|d| inside(&plans, d)) {
        let (Some(y), _, _) = parse_date(&t[d.start..d.end]) else { continue };
        if y >= min_ref {
            continue;
        }
        let before = &t[t[..d.start].char_indices().rev().nth(3).map_or(0, |x| x.0)..d.start];
        let after = &t[d.end..];
        let past_ref = BEFORE_PAST.iter().any(|w| before.ends_with(w))
            || ["以来", "以前", "的", "基础", "同期", "相比", "水平", "年均"].iter().any(|w| after.starts_with(w));
        let act =
            ["，", ",", "底前", "年底前", "前", "内", "要", "将", "力争", "计划"].iter().any(|w| after.starts_with(w))
                || (after.starts_with('底') && !after.starts_with("底的"));
        if !past_ref && act {
            out.push(RawFinding::new(
                "year-drift",
                Severity::Info,
                *d,
                format!("下一步工作里出现了{y}年，早于{reference}的{min_ref}年：可能是沿用旧稿未改，请核对年份"),
            ));
        }
    }

    // 2. 今年 / 本年度 next to another year. One memchr pass over the last byte of 年's UTF-8
    // (then compared) finds all three words; each word's places are then read in turn, as
    // separate searches would give them.
    let mut at: [Vec<usize>; 3] = Default::default();
    let (nian, bytes) = ("年".as_bytes(), t.as_bytes());
    let mut from = 0;
    while let Some(k) = memchr::memchr(nian[2], &bytes[from..]) {
        let end = from + k + 1;
        from = end;
        let Some(q) = end.checked_sub(3).filter(|&q| &bytes[q..end] == nian) else { continue };
        let before = &t[..q];
        if before.ends_with('今') {
            at[0].push(q - '今'.len_utf8());
        } else if before.ends_with('本') {
            let k = if t[q + '年'.len_utf8()..].starts_with('度') { 1 } else { 2 };
            at[k].push(q - '本'.len_utf8());
        }
    }
    for (w, places) in ["今年", "本年度", "本年"].into_iter().zip(&at) {
        for &p in places {
            let after_w = p + w.len();
            let near = Span::new(p.saturating_sub(16), (after_w + 24).min(t.len()));
            let gap = |a: usize, b: usize| {
                t[a..b].chars().count() <= 2 && t[a..b].chars().all(|c| "（(是即为：:".contains(c))
            };
            let d = dates_in(&doc.dates, near).find(|d| {
                (d.start >= after_w && d.start <= after_w + 6 && gap(after_w, d.start))
                    || (d.end <= p && d.end + 3 >= p && t[d.end..p].chars().all(|c| "（(".contains(c)))
            });
            let Some(d) = d else { continue };
            let Some(y) = parse_date(&t[d.start..d.end]).0 else { continue };
            if refs.contains(&y) {
                continue;
            }
            out.push(RawFinding::new(
                "year-drift",
                Severity::Warning,
                *d,
                format!(
                    "“{w}”写作{y}年，而{reference}是{}年：可能是沿用旧稿未改",
                    refs.iter().map(|y| y.to_string()).collect::<Vec<_>>().join("、")
                ),
            ));
        }
    }

    // 3. A dated event after the signature date.
    if let Some((sd, (Some(sy), Some(sm), sday))) = signed {
        let key = |y: u32, m: u32, d: Option<u32>| (y, m, d.unwrap_or(0));
        let signed_at = key(sy, sm, sday);
        for d in doc.dates.iter().filter(|d| d.start < sd.start && !inside(&plans, d)) {
            let (y, m, day) = parse_date(&t[d.start..d.end]);
            let (Some(m), Some(day)) = (m, day) else { continue };
            if key(y.unwrap_or(sy), m, Some(day)) <= signed_at {
                continue;
            }
            let sent = super::clean_view(doc).sentence_at(d.start);
            let s = &t[sent.start..sent.end];
            if PLAN_VERBS.iter().any(|w| s.contains(w))
                || ["去年", "上年", "明年", "下一步"].iter().any(|w| s.contains(w))
            {
                continue;
            }
            let severity = if y.is_some() { Severity::Warning } else { Severity::Info };
            out.push(RawFinding::new(
                "year-drift",
                severity,
                *d,
                format!(
                    "这一日期晚于第{}行的成文日期“{}”：事情还没发生，或日期沿用了旧稿，请核对",
                    doc.line_of(sd.start),
                    &t[sd.start..sd.end]
                ),
            ));
        }
    }

    // 4. A review signed before its year, or long after it.
    if let (Some((sd, (Some(sy), _, _))), [ty]) = (signed, &title_years[..]) {
        let title = doc.structure.title.map_or("", |s| &t[s.start..s.end]);
        let review = ["总结", "汇报", "述职"].iter().any(|w| title.contains(w))
            && !["计划", "打算", "要点", "安排"].iter().any(|w| title.contains(w));
        if review && (sy < *ty || sy > ty + 1) {
            out.push(RawFinding::new(
                "year-drift",
                Severity::Info,
                sd,
                format!("成文日期是{sy}年，标题却是{ty}年的总结：请核对年份"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{has_plan_word, parse_date, PLAN_WORDS};
    use crate::checks::flags;

    fn yd(t: &str) -> Vec<String> {
        flags(t, "year-drift").into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn plan_words_are_found_as_a_substring_search_finds_them() {
        for t in [
            "三、2025年工作打算",
            "（二）下一步工作重点",
            "明年",
            "一、今后努力方向",
            "二、主要工作成效",
            "工作",
            "",
            "计划外的",
        ] {
            assert_eq!(has_plan_word(t), PLAN_WORDS.iter().any(|w| t.contains(w)), "{t}");
        }
        assert!(has_plan_word("三、2025年工作打算"));
        assert!(!has_plan_word("二、主要工作成效"));
    }

    #[test]
    fn dates_parse() {
        assert_eq!(parse_date("2023年11月20日"), (Some(2023), Some(11), Some(20)));
        assert_eq!(parse_date("二〇二三年十一月二十日"), (Some(2023), Some(11), Some(20)));
        assert_eq!(parse_date("２０２４年度"), (Some(2024), None, None));
        assert_eq!(parse_date("9月14日"), (None, Some(9), Some(14)));
        assert_eq!(parse_date("20XX年8月"), (None, Some(8), None));
        assert_eq!(parse_date("2006－2020年"), (None, None, None));
    }

    #[test]
    fn a_2024_report_that_plans_for_2023() {
        let t = "2024年工作总结\n一、工作成效\n全年完成产值5亿元。\n二、下一步工作打算\n2023年，我们将继续抓好产业发展，确保2023年底前完成改造。\n";
        assert_eq!(yd(t), ["2023年", "2023年"]);
    }

    #[test]
    fn this_year_written_as_another() {
        let t = "2024年工作总结\n今年（2023年）以来，全镇上下团结一心。\n";
        assert_eq!(yd(t), ["2023年"]);
    }

    #[test]
    fn an_event_after_the_signature_date() {
        let t = "工作汇报\n12月5日，召开专题会议。9月14日召开动员会。计划于12月底前完成验收，12月10日前完成。\nxx镇党委\n2023年11月20日\n";
        assert_eq!(yd(t), ["12月5日"]);
        let t = "工作汇报\n2023年12月5日，召开专题会议。\nxx镇党委\n2023年11月20日\n";
        assert_eq!(yd(t), ["2023年12月5日"]);
    }

    #[test]
    fn past_years_in_their_place_are_fine() {
        // A 2024 report that mentions last year: comparisons, 以来, achievements.
        let t = "2024年工作总结\n一、工作成效\n2023年以来，全镇产值较2023年增长5%，去年完成3个项目。\n二、下一步工作打算\n巩固2023年的创建成果，较2023年增长10%，2024年，我们将继续努力，确保2025年底前完成。\n";
        assert!(yd(t).is_empty(), "{:?}", yd(t));
        // A review signed early in the next year; 今年 with its own year.
        let t = "2023年工作总结\n今年（2023年）以来，全镇上下团结一心。\nxx镇党委\n2024年1月5日\n";
        assert!(yd(t).is_empty(), "{:?}", yd(t));
    }

    #[test]
    fn a_review_signed_before_its_year() {
        let t = "2024年工作总结\n全年完成产值5亿元。\nxx镇党委\n2022年12月20日\n";
        assert_eq!(yd(t), ["2022年12月20日"]);
    }
}
