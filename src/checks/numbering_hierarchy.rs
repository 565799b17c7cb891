//! `numbering-hierarchy`: markers against GB/T 9704-2012 §7.3.3 — `一、` › `（一）` › `1.` ›
//! `（1）`. Flags a deeper level using a higher-ranked family, punctuation after a bracketed
//! marker (`（一）、`), a Han ordinal with a dot (`六.`), and, softly, `1、` in a document that
//! also writes `1.` (one form throughout is what readers and the gold answers accept; `1、`
//! alone is common practice and not flagged).

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "numbering-hierarchy",
        label: "标题层级",
        severity: crate::model::Severity::Warning,
        description: "标题序号的层级不合 GB/T 9704 的顺序，或序号后多了标点。",
    }],
    fix: super::Fix::Unsafe,
    run: check,
};

use super::RawFinding;
use crate::model::{Family, Severity};
use crate::Doc;

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let mut out = Vec::new();
    let mut parents: Vec<&crate::structure::RawHeading> = Vec::new();
    let dot_used = doc.structure.headings.iter().any(|h| h.family == Family::ArabicDot && !h.marker.ends_with('、'));
    let mut seen: Vec<Family> = Vec::new();
    for h in &doc.structure.headings {
        // The first `二、` of a paste that starts at `（一）…（三）`: the text begins inside section
        // 一 (its heading above the cut), and `二、` closes those items rather than standing under
        // them.
        let continues_cut = h.ordinal > 1 && !seen.contains(&h.family);
        if !seen.contains(&h.family) {
            seen.push(h.family);
        }
        while parents.last().is_some_and(|p| p.level >= h.level) {
            parents.pop();
        }
        if let Some(p) = h.odd_punct {
            let msg = if h.family == Family::HanDun {
                "汉字序号后应使用顿号“、”"
            } else {
                "括号序号后不再加标点"
            };
            let fix = if h.family == Family::HanDun { "、" } else { "" };
            out.push(RawFinding::new("numbering-hierarchy", Severity::Warning, p, msg).suggest(fix));
        } else if dot_used && h.family == Family::ArabicDot && h.marker.ends_with('、') {
            let end = h.marker_span.end;
            let sp = crate::Span::new(end - '、'.len_utf8(), end);
            out.push(
                RawFinding::new("numbering-hierarchy", Severity::Info, sp, "阿拉伯数字序号后宜用“.”而非“、”")
                    .suggest("."),
            );
        }
        if let (Some(r), Some(parent)) =
            (h.family.gb_rank(), parents.iter().rev().find_map(|p| p.family.gb_rank().map(|pr| (pr, p))))
        {
            if r < parent.0 && !continues_cut {
                out.push(RawFinding::new(
                    "numbering-hierarchy",
                    Severity::Warning,
                    h.marker_span,
                    format!("层级顺序不符合公文规范：“{}”不应出现在“{}”之下", h.marker, parent.1.marker),
                ));
            }
        }
        parents.push(h);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn gb_order_and_punctuation() {
        assert_eq!(
            flags("一、总体\n（一）、学习\n正文。", "numbering-hierarchy"),
            [("、".into(), Some(String::new()))]
        );
        assert_eq!(flags("五、宣传\n正文。\n六.", "numbering-hierarchy"), [(".".into(), Some("、".into()))]);
        assert!(flags("一、总体\n（一）学习\n1.读原著\n（1）原文\n正文。", "numbering-hierarchy").is_empty());
        assert_eq!(flags("1.总体\n（一）学习\n正文。", "numbering-hierarchy"), [("（一）".into(), None)]);
        // `1、` throughout is accepted; mixed with `1.` the odd one out is flagged softly.
        assert!(flags("一、总体\n1、学习\n2、落实\n正文。", "numbering-hierarchy").is_empty());
        assert_eq!(
            flags("一、总体\n1.学习\n2、落实\n正文。", "numbering-hierarchy"),
            [("、".into(), Some(".".into()))]
        );
    }

    #[test]
    fn a_paste_that_starts_inside_a_section() {
        // Before: `二、` was flagged as standing under `（三）` (the paste starts below `一、`).
        let t = "（一）职能职责\n正文。\n（二）机构设置\n正文。\n（三）单位构成\n正文。\n二、部门决算情况说明\n（一）收入支出情况\n正文。";
        assert!(flags(t, "numbering-hierarchy").is_empty());
        // Still flagged: a higher-ranked family under a lower one where its run starts.
        let t = "（一）职能职责\n正文。\n（二）机构设置\n一、部门决算情况说明\n正文。";
        assert_eq!(flags(t, "numbering-hierarchy"), [("一、".into(), None)]);
    }
}
