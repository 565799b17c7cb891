//! `share-mismatch`: a share that does not match its count and the total stated elsewhere in
//! the text — `全镇共有党员200人` … `女党员50人，占党员总数的30%` (50 of 200 is 25%). The share
//! phrase names what it is a share of (`占党员总数的`, `占全镇党员的`); the total is the one
//! figure of that subject and unit the text states as a whole (`全镇`, `共有`, `现有`, `总数`).
//! Shares whose total is in their own line and agreed on by the other shares of that line are
//! `sum-mismatch`'s; a subject stated with two different totals is `count-mismatch`'s, and
//! left alone here.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "share-mismatch",
        label: "占比不符",
        severity: crate::model::Severity::Warning,
        description: "百分比与文中别处的数量和总数算不上。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::count_mismatch::{plain_subject, ClauseWalk, SCOPES};
use super::sum_mismatch::{agreed_total, line_shares, same_kind};
use super::RawFinding;
use crate::metrics::RawMetric;
use crate::model::{Approx, Severity};
use crate::span::Span;
use crate::tables::fmt_number;
use crate::Doc;

/// Words before a figure that make it a whole.
pub(super) const TOTAL_WORDS: &[&str] = &["共有", "现有", "共计", "总计", "合计", "总数", "总人数", "共"];
/// The figures stated as a whole for one subject, each with its scope.
type Wholes<'m> = Vec<(&'m RawMetric, Option<&'static str>)>;
/// A subject stated as a whole with this many different figures is too ambiguous to check.
const MAX_WHOLES: usize = 16;
/// How a share phrase ends after the name of the whole: `占党员总数的`, `占全镇党员的`.
const WHOLE_ENDS: &[&str] = &["总人数", "总数", "总量", "的比例", "的比重", "的"];

/// The whole a share is of: (scope rank or "", subject), from `占…总数的` between count and share.
fn whole_of(between: &str) -> Option<(&'static str, &str)> {
    let after = &between[between.find('占')? + '占'.len_utf8()..];
    let end = WHOLE_ENDS.iter().filter_map(|w| after.find(w)).min()?;
    let name = &after[..end];
    let scope = SCOPES.iter().copied().find(|s| name.starts_with(s)).unwrap_or("");
    let subject = &name[scope.len()..];
    let scope = scope.get('全'.len_utf8()..).unwrap_or("");
    (subject.chars().count() >= 2 && subject.chars().all(crate::tables::is_han)).then_some((scope, subject))
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    let ms = &doc.metrics;
    let mut out = Vec::new();
    // Every figure stated as a whole, by subject: one entry per distinct (value, unit, scope),
    // so a long text that repeats itself keeps these lists short.
    // A plain list, capped (as in `count-mismatch`).
    let mut stated: Vec<(&str, Wholes)> = Vec::new();
    let mut walk = ClauseWalk::new(t, TOTAL_WORDS);
    for m in ms.iter().filter(|m| m.approx == Approx::Exact && m.upper.is_none() && m.value.is_some()) {
        let Some(subject) = m.subject.as_deref().map(plain_subject) else { continue };
        let (sc, total) = walk.at(m.span.start);
        if sc.is_none() && !total {
            continue;
        }
        let k = match stated.iter().position(|x| x.0 == subject) {
            Some(k) => k,
            None if stated.len() < 256 => {
                stated.push((subject, Vec::new()));
                stated.len() - 1
            }
            None => continue,
        };
        let list = &mut stated[k].1;
        if list.len() < MAX_WHOLES && !list.iter().any(|(o, osc)| o.value == m.value && o.unit == m.unit && *osc == sc)
        {
            list.push((m, sc));
        }
    }
    let mut next = 0;
    for line in &doc.lines {
        while next < ms.len() && ms[next].span.start < line.span.start {
            next += 1;
        }
        let in_line: Vec<&RawMetric> = ms[next..].iter().take_while(|m| m.span.end <= line.span.end).collect();
        let theirs = line_shares(t, &in_line);
        let sum_checked = agreed_total(&in_line, &theirs).is_some_and(|(_, good)| good >= 2);
        // `theirs` are counts of these windows in the same order: walked alongside, not searched.
        let mut their = theirs.iter().peekable();
        for w in in_line.windows(2) {
            let (n, p) = (w[0], w[1]);
            let theirs_n = their.next_if(|(a, _)| std::ptr::eq(*a, n)).is_some();
            let (Some(nv), Some(pv)) = (n.value, p.value) else { continue };
            if p.unit != "%" || n.unit == "%" || p.upper.is_some() {
                continue;
            }
            let between = &t[n.span.end..p.span.start];
            if between.chars().count() > 16 || between.contains(&['。', '；'][..]) {
                continue;
            }
            if sum_checked && theirs_n {
                continue;
            }
            let Some((scope, subject)) = whole_of(between) else { continue };
            // The wholes the text states for that subject, in that scope and kind of unit.
            let Some((_, list)) = stated.iter().find(|x| x.0 == subject) else { continue };
            let wholes: Vec<&RawMetric> = list
                .iter()
                .filter(|(m, sc)| {
                    same_kind(&m.unit, &n.unit)
                        && m.value.is_some_and(|v| v >= nv)
                        && (scope.is_empty() || *sc == Some(scope))
                })
                .map(|x| x.0)
                .collect();
            let Some(whole) = wholes.first() else { continue };
            let tot = whole.value.unwrap_or(0.0);
            if tot <= 0.0 || list.len() >= MAX_WHOLES || wholes.iter().any(|m| m.value != whole.value) {
                continue;
            }
            let real = nv / tot * 100.0;
            // Off by more than 1.5 points (rounding in the text explains less).
            if (real - pv).abs() > 1.5 {
                out.push(RawFinding::new(
                    "share-mismatch",
                    Severity::Warning,
                    Span::new(n.span.start, p.span.end),
                    format!(
                        "占比与总数不符：按第{}行的“{}”计算，{}应约占{}%，这里写的是{}%",
                        doc.line_of(whole.span.start),
                        &t[whole.span.start..whole.span.end],
                        &t[n.span.start..n.span.end],
                        fmt_number((real * 10.0).round() / 10.0),
                        fmt_number(pv)
                    ),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    fn sm(t: &str) -> Vec<String> {
        flags(t, "share-mismatch").into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn a_share_against_the_total_stated_elsewhere() {
        assert_eq!(sm("全镇共有党员200人。\n其中女党员50人，占党员总数的30%。"), ["50人，占党员总数的30%"]);
        assert_eq!(sm("全乡现有党员400名。\n35岁以下党员100名，占全乡党员的20%。"), ["100名，占全乡党员的20%"]);
    }

    #[test]
    fn shares_that_match_or_have_no_single_total_stay_silent() {
        // 50 of 200 is 25%.
        assert!(sm("全镇共有党员200人。\n其中女党员50人，占党员总数的25%。").is_empty());
        // Rounded within a point and a half.
        assert!(sm("全镇共有党员300人。\n女党员100人，占党员总数的33%。").is_empty());
        // No total of that subject in the text.
        assert!(sm("全镇共有村干部200人。\n女党员50人，占党员总数的30%。").is_empty());
        // Two different totals: count-mismatch's business, not a guess here.
        assert!(sm("全镇共有党员200人。全镇共有党员250人。\n女党员50人，占党员总数的30%。").is_empty());
        // A share of something else with the same unit.
        assert!(sm("全镇共有党员200人。\n女党员50人，占女性人口的30%。").is_empty());
    }

    #[test]
    fn lines_sum_mismatch_reads_are_left_to_it() {
        let t = "全镇共有村干部27名。\n27名村干部中初中文化共20名,占总数74%,致富能力强的只有8人,占总数的29%,任期二届的10人,占总数27%。";
        assert!(sm(t).is_empty());
        assert_eq!(flags(t, "sum-mismatch").len(), 1);
    }
}
