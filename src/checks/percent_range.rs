//! `percent-range`: a percentage over 100 where it is a share (化解率, 覆盖率, 占比): a share
//! cannot exceed the whole. Growth and completion rates may, and are left alone.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "percent-range",
        label: "百分比超限",
        severity: crate::model::Severity::Warning,
        description: "表示占比的百分数超过了 100%。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::Doc;

/// Words right before a percentage that make it a share of a whole.
const SHARE_WORDS: &[&str] = &[
    "化解率",
    "覆盖率",
    "参与率",
    "知晓率",
    "满意率",
    "满意度",
    "合格率",
    "达标率",
    "占比",
    "比重",
    "普及率",
    "入学率",
    "出勤率",
    "到位率",
    "办结率",
    "整改率",
    "占总数",
    "占全",
    "的比例",
    "通过率",
    "就业率",
    "参保率",
];

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    doc.metrics
        .iter()
        .filter(|m| m.unit == "%" && m.value.is_some_and(|v| v > 100.0))
        .filter(|m| {
            let mut a = m.span.start.saturating_sub(18);
            while !t.is_char_boundary(a) {
                a += 1;
            }
            let before = &t[a..m.span.start];
            SHARE_WORDS.iter().any(|w| before.contains(w))
        })
        .map(|m| {
            RawFinding::new(
                "percent-range",
                Severity::Warning,
                m.span,
                "比率超过100%：作为占比或完成比例不合常理，请核对",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn shares_over_100() {
        assert_eq!(flags("矛盾纠纷化解率108.5%。", "percent-range").len(), 1);
        assert!(flags("化解率84.71%。", "percent-range").is_empty());
        assert!(flags("收入决算数129748万元，为预算的100.66%。", "percent-range").is_empty());
    }
}
