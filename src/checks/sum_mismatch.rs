//! `sum-mismatch`: a total and its parts that cannot both be right — `共有20个党支部，其中…`
//! whose parts add up to more than the total, or a share (`占总数27%`) that does not match
//! its count against the total the other shares of the paragraph agree on.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "sum-mismatch",
        label: "合计不符",
        severity: crate::model::Severity::Warning,
        description: "“共…其中…”的分项加起来超过总数，或占比与数量不符。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::RawFinding;
use crate::metrics::RawMetric;
use crate::model::Severity;
use crate::span::Span;
use crate::tables::fmt_number;
use crate::Doc;

const TOTAL_WORDS: &[&str] = &["共有", "共计", "总计", "合计", "总数", "共", "全镇", "全乡", "全县", "全村", "现有"];
const SHARE_WORDS: &[&str] = &["占总数的", "占总数", "占全部", "占比"];

/// Units that count the same things (also read by `count-mismatch` and `share-mismatch`).
pub(super) fn same_kind(a: &str, b: &str) -> bool {
    let people = ["人", "名", "位"];
    a == b || (people.contains(&a) && people.contains(&b))
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    let mut out = Vec::new();
    let ms = &doc.metrics;
    let view = super::clean_view(doc);
    // Totals with parts: 共…其中 A、B … in one sentence.
    for (k, total) in ms.iter().enumerate() {
        let Some(tv) = total.value else { continue };
        let before = &t[t[..total.span.start].char_indices().rev().nth(5).map_or(0, |x| x.0)..total.span.start];
        // (Read once, word by first character: cheaper than a substring search per word in a
        // window this short.)
        let total_word = before
            .char_indices()
            .any(|(i, c)| TOTAL_WORDS.iter().any(|w| w.starts_with(c) && before[i..].starts_with(w)));
        if !total_word {
            continue;
        }
        let sent = view.sentence_at(total.span.start);
        let Some(qi) = t.get(total.span.end..sent.end).and_then(|s| s.find("其中")).map(|p| total.span.end + p)
        else {
            continue;
        };
        // A part's own breakdown in brackets is not more parts. The depth at each part is read
        // on from the part before, not again from 其中 (a long sentence has many figures).
        let (mut at, mut depth) = (qi, 0);
        let mut outside = |m: &RawMetric| {
            if m.span.start < at {
                (at, depth) = (qi, 0);
            }
            depth += bracket_depth(&t[at..m.span.start]);
            at = m.span.start;
            depth <= 0
        };
        let parts: Vec<&RawMetric> = ms[k + 1..]
            .iter()
            .take_while(|m| m.span.end <= sent.end)
            .filter(|m| m.span.start > qi && same_kind(&m.unit, &total.unit) && outside(m))
            .collect();
        if parts.len() < 2 || parts.iter().any(|p| p.value.is_none()) {
            continue;
        }
        // Parts may run on past the breakdown (`…退休党员18人,党员发展对象1人`): consistent when
        // some leading run of them adds up to the total.
        let mut run = 0.0;
        let exact = parts.iter().any(|p| {
            run += p.value.unwrap_or(0.0);
            (run - tv).abs() < 1e-9
        });
        let sum: f64 = parts.iter().filter_map(|p| p.value).sum();
        if !exact && sum > tv + 1e-9 {
            let sp = Span::new(total.span.start, parts.last().map_or(total.span.end, |p| p.span.end));
            out.push(RawFinding::new(
                "sum-mismatch",
                Severity::Warning,
                sp,
                format!("分项合计 {} 大于总数 {}，请核对", fmt_number(sum), fmt_number(tv)),
            ));
        }
    }
    // Shares: `10人,占总数27%` against the total the paragraph's other shares agree on.
    // Metrics are sorted: walk them alongside the lines.
    let mut next = 0;
    for line in &doc.lines {
        while next < ms.len() && ms[next].span.start < line.span.start {
            next += 1;
        }
        let in_line: Vec<&RawMetric> = ms[next..].iter().take_while(|m| m.span.end <= line.span.end).collect();
        let shares = line_shares(t, &in_line);
        let Some((tot, good)) = agreed_total(&in_line, &shares) else { continue };
        if good < 2 {
            continue;
        }
        for (n, p) in &shares {
            // Off by more than 1.5 points (rounding in the text explains less).
            let real = n.value.unwrap_or(0.0) / tot * 100.0;
            if (real - p.value.unwrap_or(0.0)).abs() > 1.5 {
                out.push(RawFinding::new(
                    "sum-mismatch",
                    Severity::Warning,
                    Span::new(n.span.start, p.span.end),
                    format!("占比与人数不符：按总数 {} 计算应约为 {}%", fmt_number(tot), fmt_number(real.round())),
                ));
            }
        }
    }
    out
}

/// Brackets `s` opens less those it closes: above 0 at a part, the part is inside a breakdown
/// (`建设项目27项(省级6项、市级5项、县级16项)`), not another part of the total.
fn bracket_depth(s: &str) -> i32 {
    s.chars()
        .map(|c| match c {
            '(' | '（' => 1,
            ')' | '）' => -1,
            _ => 0,
        })
        .sum()
}

/// The shares of one line: a count right before a percentage with a share word between
/// (`10人,占总数27%`). Also read by `share-mismatch`, which leaves these lines to this check.
pub(super) fn line_shares<'m>(t: &str, in_line: &[&'m RawMetric]) -> Vec<(&'m RawMetric, &'m RawMetric)> {
    let mut shares = Vec::new();
    for w in in_line.windows(2) {
        let (n, p) = (w[0], w[1]);
        let between = &t[n.span.end..p.span.start];
        if p.unit == "%"
            && n.unit != "%"
            && between.chars().count() <= 6
            && SHARE_WORDS.iter().any(|s| between.contains(s))
            && n.value.is_some()
            && p.value.is_some()
        {
            shares.push((n, p));
        }
    }
    shares
}

/// The count of the line that most of its shares agree with (within a point), and how many
/// agree. Linear-logarithmic in the line's counts and shares: a share agrees with the totals of
/// one contiguous range of the sorted counts, found by two binary searches.
pub(super) fn agreed_total(in_line: &[&RawMetric], shares: &[(&RawMetric, &RawMetric)]) -> Option<(f64, usize)> {
    let first = shares.first()?;
    let agrees = |tot: f64, n: &RawMetric, p: &RawMetric| {
        (n.value.unwrap_or(0.0) / tot * 100.0 - p.value.unwrap_or(0.0)).abs() <= 1.0
    };
    let totals: Vec<f64> = in_line
        .iter()
        .filter(|c| c.unit != "%" && c.value.is_some_and(|v| v > 0.0) && same_kind(&c.unit, &first.0.unit))
        .map(|c| c.value.unwrap_or(1.0))
        .collect();
    let mut sorted = totals.clone();
    crate::sort::sort_by(&mut sorted, f64::total_cmp);
    sorted.dedup();
    // How many shares agree with each distinct total: +1 where a share's range starts, -1
    // past its end. `n / tot * 100 - p` falls as `tot` grows (n ≥ 0), so the range is where it
    // has come down to 1 and not yet below -1.
    let mut delta = vec![0i64; sorted.len() + 1];
    for (n, p) in shares {
        let (nv, pv) = (n.value.unwrap_or(0.0), p.value.unwrap_or(0.0));
        if nv < 0.0 || nv.is_nan() || pv.is_nan() {
            for (k, &t) in sorted.iter().enumerate() {
                if agrees(t, n, p) {
                    delta[k] += 1;
                    delta[k + 1] -= 1;
                }
            }
            continue;
        }
        let from = sorted.partition_point(|&t| nv / t * 100.0 - pv > 1.0);
        let to = sorted.partition_point(|&t| nv / t * 100.0 - pv >= -1.0);
        if from < to {
            delta[from] += 1;
            delta[to] -= 1;
        }
    }
    let mut tally = Vec::with_capacity(sorted.len());
    let mut run = 0i64;
    for d in &delta[..sorted.len()] {
        run += d;
        tally.push(run as usize);
    }
    totals.iter().map(|&t| (t, tally[sorted.partition_point(|&x| x.total_cmp(&t).is_lt())])).max_by_key(|x| x.1)
}

/// The quadratic reading `agreed_total` replaced, kept to test it against.
#[cfg(test)]
fn agreed_total_naive(in_line: &[&RawMetric], shares: &[(&RawMetric, &RawMetric)]) -> Option<(f64, usize)> {
    let first = shares.first()?;
    let agrees = |tot: f64, n: &RawMetric, p: &RawMetric| {
        (n.value.unwrap_or(0.0) / tot * 100.0 - p.value.unwrap_or(0.0)).abs() <= 1.0
    };
    in_line
        .iter()
        .filter(|c| c.unit != "%" && c.value.is_some_and(|v| v > 0.0) && same_kind(&c.unit, &first.0.unit))
        .map(|c| (c.value.unwrap_or(1.0), shares.iter().filter(|(n, p)| agrees(c.value.unwrap_or(1.0), n, p)).count()))
        .max_by_key(|x| x.1)
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn the_agreed_total_is_the_quadratic_readings() {
        use super::{agreed_total, agreed_total_naive};
        use crate::metrics::RawMetric;
        let m = |v: Option<f64>, unit: &str| RawMetric {
            span: crate::span::Span::new(0, 0),
            value: v,
            upper: None,
            unit: unit.to_string(),
            approx: crate::model::Approx::Exact,
            subject: None,
        };
        // Random lines of counts and shares, many on the edge of a point's tolerance.
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..3000 {
            let counts: Vec<RawMetric> = (0..next(8))
                .map(|_| {
                    let v = match next(8) {
                        0 => None,
                        1 => Some(0.0),
                        _ => Some(next(400) as f64),
                    };
                    m(v, ["人", "个", "%"][next(3) as usize])
                })
                .collect();
            let nums: Vec<RawMetric> =
                (0..next(6)).map(|_| m(Some(next(120) as f64 + [0.0, 0.5][next(2) as usize]), "人")).collect();
            let pcts: Vec<RawMetric> =
                (0..nums.len()).map(|_| m(Some(next(101) as f64 + [0.0, 0.5, 0.25][next(3) as usize]), "%")).collect();
            let in_line: Vec<&RawMetric> = counts.iter().chain(&nums).collect();
            let shares: Vec<(&RawMetric, &RawMetric)> = nums.iter().zip(&pcts).collect();
            assert_eq!(agreed_total(&in_line, &shares), agreed_total_naive(&in_line, &shares));
        }
    }

    #[test]
    fn parts_that_add_up_are_fine() {
        assert!(flags("xxx镇共有20个党支部，其中机关党支部8个，农村党支部12个。", "sum-mismatch").is_empty());
        assert!(flags("全镇重点项目60个，其中在建项目15个、预备项目12个、前期项目33个。", "sum-mismatch").is_empty());
    }

    #[test]
    fn a_parts_own_breakdown_in_brackets_is_not_more_parts() {
        // Before: 27+6+5+16+3+2+1 = 60 was summed against 30.
        let t = "我县重点工程项目共30项,其中:建设项目27项(省级6项、市级5项、县级16项),前期项目3项(市级2项、县级1项)。";
        assert!(flags(t, "sum-mismatch").is_empty());
        // Still flagged: the outer parts over the total; a breakdown in brackets after 其中.
        let t = "我县重点工程项目共30项,其中:建设项目28项(省级6项、市级5项、县级17项),前期项目3项(市级2项、县级1项)。";
        assert_eq!(flags(t, "sum-mismatch").len(), 1);
        assert_eq!(flags("全村共有党员30人(其中男党员20人、女党员15人)。", "sum-mismatch").len(), 1);
    }

    #[test]
    fn parts_over_the_total() {
        assert_eq!(flags("共有20个党支部，其中机关党支部9个，农村党支部12个。", "sum-mismatch").len(), 1);
    }

    #[test]
    fn a_site_notice_inside_the_sentence_hides_no_sum() {
        // The notice's own `。` used to end the sentence before the parts (sentences are now
        // the clean view's, the notice cut); the finding covers the notice, in the source.
        let t = "一年来，我们认真抓好党建工作。全村共有党员30人，其中……（此处省略500字。）男党员20人、女党员15人。全村党员积极参与各项活动。\n";
        assert_eq!(flags(t, "sum-mismatch"), [("30人，其中……（此处省略500字。）男党员20人、女党员15人".into(), None)]);
        // A real sentence end still ends the sum.
        assert!(flags("全村共有党员30人，其中男党员20人。女党员15人。", "sum-mismatch").is_empty());
    }

    #[test]
    fn share_against_the_agreed_total() {
        let t = "27名村干部中初中文化共20名,占总数74%,致富能力强的只有8人,占总数的29%,年龄在40岁以下共9名,占总数33%,任期二届的10人,占总数27%。";
        let f = flags(t, "sum-mismatch");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "10人,占总数27%");
    }
}
