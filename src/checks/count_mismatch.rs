//! `count-mismatch`: the same count stated twice with different values — `全镇共有20个党支部`
//! and later `全镇22个党支部`. Two statements are "the same count" when both are whole-scope
//! statements (`全镇`, `全县` … right before them in the clause) of the same scope, the same
//! counted subject and the same kind of unit, each an exact figure. Sentences that speak of a
//! change or a moment (`新增`, `增至`, `今年`, a date) are left out: `全镇现有22个党支部` after
//! `今年新增2个` is not a contradiction. The finding spans the later figure and names the
//! earlier one with its line.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "count-mismatch",
        label: "数量前后不一",
        severity: crate::model::Severity::Warning,
        description: "同一对象的数量在文中两处写得不一样。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::sum_mismatch::same_kind;
use super::RawFinding;
use crate::metrics::RawMetric;
use crate::model::{Approx, Severity};
use crate::Doc;

/// At most this many different counts are compared in one text.
const MAX_KEYS: usize = 256;
/// Whole-scope words: the count is about all of the place.
pub(super) const SCOPES: &[&str] =
    &["全镇", "全乡", "全县", "全区", "全市", "全村", "全街道", "全社区", "全州", "全旗", "全省"];
/// Place suffixes that make `…镇共有` a whole-scope statement.
const PLACES: &[&str] = &["街道", "社区", "镇", "乡", "县", "区", "市", "村", "州", "旗", "省"];
/// A sentence with one of these speaks of a change or a moment, not of the standing count.
const CHANGE_WORDS: &[&str] = &[
    "新增",
    "增加",
    "增长",
    "增至",
    "增到",
    "减少",
    "减至",
    "下降",
    "提高",
    "提升",
    "达到",
    "累计",
    "新建",
    "新发展",
    "发展了",
    "培育",
    "今年",
    "去年",
    "上年",
    "明年",
    "年底",
    "年末",
    "年初",
    "届时",
    "计划",
    "力争",
    "预计",
    "目标",
    "由",
    "从",
    "到",
    "比",
    "较",
    "原有",
    "原来",
    "曾",
    "以前",
    "之前",
    "调整",
    "合并",
    "撤并",
    "整合",
];

/// The clause before byte `at` (back to the previous ，、：or sentence end).
pub(super) fn clause_before(t: &str, at: usize) -> &str {
    let start = t[..at]
        .rfind(['，', '。', '；', '：', '！', '？', '\n', ','])
        .map_or(0, |p| p + t[p..].chars().next().map_or(1, char::len_utf8));
    &t[start..at]
}

/// The rank of the place a standing count is about: `全镇…` or `xxx镇共有…` → `镇`.
pub(super) fn scope_of(clause: &str) -> Option<&'static str> {
    // The clause is read once (a substring search per word costs more than the clause): which
    // scopes occur (each starts with 全), and which places occur before a verb of having; the
    // first of each list, in list order, is the answer.
    let (mut scopes, mut places) = (0u32, 0u32);
    for (i, c) in clause.char_indices() {
        let rest = &clause[i..];
        if c == '全' {
            for (k, s) in SCOPES.iter().enumerate() {
                if rest.starts_with(s) {
                    scopes |= 1 << k;
                }
            }
        } else if i > 0 && matches!(c, '街' | '社' | '镇' | '乡' | '县' | '区' | '市' | '村' | '州' | '旗' | '省')
        {
            for (k, p) in PLACES.iter().enumerate() {
                if rest.starts_with(p)
                    && ["共有", "现有", "下辖", "辖", "共"].iter().any(|v| rest[p.len()..].starts_with(v))
                {
                    places |= 1 << k;
                }
            }
        }
    }
    if scopes != 0 {
        let s = SCOPES[scopes.trailing_zeros() as usize];
        return Some(&s['全'.len_utf8()..]);
    }
    (places != 0).then(|| PLACES[places.trailing_zeros() as usize])
}

/// What is counted, without the scope and verb the metrics pass may leave on it
/// (`全镇共有党员` → `党员`) and cut before an adverb (`党支部全部完成换届` → `党支部`).
pub(super) fn plain_subject(subject: &str) -> &str {
    let subject = SCOPES.iter().find_map(|s| subject.strip_prefix(s)).unwrap_or(subject);
    // A blank place name before it (`xxx镇党员`).
    let subject = match subject.find(|c: char| !matches!(c, 'x' | 'X' | '*' | '×')) {
        Some(k) if k > 0 => {
            let rest = &subject[k..];
            PLACES.iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(subject)
        }
        _ => subject,
    };
    let subject = subject.strip_prefix("共有").or_else(|| subject.strip_prefix("现有")).unwrap_or(subject);
    ["全部", "全面", "均", "都", "已", "正在", "共", "分别", "各"]
        .iter()
        .filter_map(|w| subject.find(w))
        .min()
        .map_or(subject, |p| &subject[..p])
}

/// (scope, subject) of a standing whole-scope count, or `None`.
fn key<'a>(doc: &'a Doc, m: &'a RawMetric) -> Option<(&'static str, &'a str)> {
    let t = doc.text;
    if m.approx != Approx::Exact || m.upper.is_some() || m.value.is_none() || m.unit == "%" {
        return None;
    }
    let clause = clause_before(t, m.span.start);
    let scope = scope_of(clause)?;
    let subject = plain_subject(m.subject.as_deref()?);
    if subject.chars().count() < 2 {
        return None;
    }
    let sent = super::clean_view(doc).sentence_at(m.span.start);
    let s = &t[sent.start..sent.end];
    if CHANGE_WORDS.iter().any(|w| s.contains(w)) || super::year_drift::dates_in(&doc.dates, sent).next().is_some() {
        return None;
    }
    Some((scope, subject))
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    // The first statement of each (scope, subject, kind of unit).
    // A plain list (a map would add its code to the wasm build), capped so that a hostile text
    // with endless different subjects stays linear.
    let mut seen: Vec<((&str, &str, &str), &RawMetric)> = Vec::new();
    let mut out = Vec::new();
    for m in &doc.metrics {
        let Some(k) = key(doc, m) else { continue };
        let kind = if same_kind(&m.unit, "人") { "人" } else { m.unit.as_str() };
        match seen.iter().find(|s| s.0 == (k.0, k.1, kind)).map(|s| s.1) {
            Some(f) if f.value != m.value => {
                out.push(RawFinding::new(
                    "count-mismatch",
                    Severity::Warning,
                    m.span,
                    format!(
                        "前后数字不一致：全{}{}在第{}行是“{}”，这里是“{}”，请核对哪一个对",
                        k.0,
                        k.1,
                        doc.line_of(f.span.start),
                        &t[f.span.start..f.span.end],
                        &t[m.span.start..m.span.end],
                    ),
                ));
            }
            Some(_) => {}
            None if seen.len() < MAX_KEYS => seen.push(((k.0, k.1, kind), m)),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    fn cm(t: &str) -> Vec<String> {
        flags(t, "count-mismatch").into_iter().map(|f| f.0).collect::<Vec<_>>()
    }

    #[test]
    fn the_same_count_twice_with_different_values() {
        assert_eq!(cm("全镇共有20个党支部，党员695人。\n一是……全镇22个党支部全部完成换届。"), ["22个"]);
        assert_eq!(cm("全镇有党员695人。\n全镇党员700人参加了学习。"), ["700人"]);
        // The place's own name with 共有 is the whole place too.
        assert_eq!(cm("xxx镇共有20个党支部，共有党员695人。\n全镇22个党支部全部完成换届。"), ["22个"]);
        let doc = crate::parse("全镇共有20个党支部。\n全镇22个党支部全部完成换届。");
        let f = crate::checks::run(&doc, &Default::default());
        let f = f.iter().find(|f| f.check == "count-mismatch").map(|f| f.message.clone()).unwrap_or_default();
        assert!(f.contains("第1行") && f.contains("20个"), "{f}");
    }

    #[test]
    fn different_subjects_scopes_or_moments_are_fine() {
        // Different subjects with different counts.
        assert!(cm("全镇共有20个党支部。全镇共有12个村。全镇共有党员695人。").is_empty());
        // The same subject in different scopes.
        assert!(cm("全镇共有20个党支部。全县共有300个党支部。").is_empty());
        // A change: the count after it differs on purpose.
        assert!(cm("全镇共有20个党支部。今年新增2个，全镇现有22个党支部。").is_empty());
        // The same value twice, and approximate figures.
        assert!(cm("全镇共有20个党支部。全镇20个党支部全部达标。全镇近700名党员。").is_empty());
        // Counts with no whole-scope word are different groups.
        assert!(cm("机关支部有党员30人。村支部有党员50人。").is_empty());
    }
}
