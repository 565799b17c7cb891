//! `unfilled-placeholder`: every template blank (`xxx镇`, `X次`, `*社区`), with how often its
//! form occurs, so the user fills them all before sending the report.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "unfilled-placeholder",
        label: "未填空白",
        severity: crate::model::Severity::Error,
        description: "模板中的空白（xxx、X次、某某）还没有填写。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::RawFinding;
use crate::model::{PlaceholderKind, Severity};
use crate::Doc;

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let forms: Vec<&str> = doc.placeholders.iter().map(|p| p.form.as_str()).collect();
    let first = crate::sort::first_of(&forms);
    let mut counts = vec![0usize; forms.len()];
    for &f in &first {
        counts[f] += 1;
    }
    doc.placeholders
        .iter()
        .zip(&first)
        .map(|(p, &f)| {
            let what = match p.kind {
                PlaceholderKind::Number => "数字",
                PlaceholderKind::Date => "日期",
                PlaceholderKind::Name => "名称",
            };
            let n = counts[f];
            RawFinding::new(
                "unfilled-placeholder",
                Severity::Error,
                p.span,
                format!("模板空白“{}”尚未填写（{}，全文共 {} 处）", p.form, what, n),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn each_blank_is_flagged() {
        assert_eq!(flags("xxx镇召开会议X次。", "unfilled-placeholder").len(), 2);
        assert!(flags("城关镇召开会议3次。", "unfilled-placeholder").is_empty());
    }
}
