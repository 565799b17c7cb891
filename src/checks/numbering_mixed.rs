//! `numbering-mixed`: one level mixes marker families — seed 000 opens with `一、` and goes on
//! with paragraph-initial `二是` `三是` at the same level. The outline shows what the author
//! meant; this says the markers should agree.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "numbering-mixed",
        label: "序号混用",
        severity: crate::model::Severity::Warning,
        description: "同一级标题混用了不同形式的序号（“一、”与“二是”）。",
    }],
    fix: super::Fix::Unsafe,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::Doc;

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let heads = &doc.structure.headings;
    heads
        .iter()
        .filter_map(|h| {
            let fam = h.mixed_with?;
            // The marker the level started with, to quote it in the message.
            let first = heads.iter().find(|g| g.level == h.level && g.family == fam).map_or("", |g| g.marker.as_str());
            let suggestion = crate::structure::marker_for(fam, h.ordinal);
            let f = RawFinding::new(
                "numbering-mixed",
                Severity::Warning,
                h.span,
                format!("同一级标题混用了不同的序号形式：前面用“{first}”，这里用“{}”", h.marker),
            );
            Some(match suggestion {
                Some(s) => RawFinding { span: h.marker_span, ..f }.suggest(s),
                None => f,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn paragraph_initial_er_shi_after_yi_dun() {
        let t = "一、聚焦学习。一是读原著。二是抓示范。\n二是坚持实事求是，展现作风。一是夯实粮食安全。";
        assert_eq!(flags(t, "numbering-mixed"), [("二是".into(), Some("二、".into()))]);
        assert!(flags("一、甲。一是学。二是干。\n二、乙。一是学。", "numbering-mixed").is_empty());
    }
}
