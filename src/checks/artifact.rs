//! `artifact`: text a document site put into the report (`##paidbegin##`, page captions,
//! site notices). The fix is to delete it.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "artifact",
        label: "网站残留",
        severity: crate::model::Severity::Warning,
        description: "文中夹带文档网站的残留（##paidbegin##、页码、下载提示等），不是报告的内容。",
    }],
    fix: super::Fix::SafeWholeLine,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::Doc;

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    doc.artifacts
        .iter()
        .map(|&s| {
            RawFinding::new("artifact", Severity::Warning, s, "网站残留内容，不属于报告正文，建议删除").suggest("")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn paid_marker_is_flagged_with_a_delete_fix() {
        assert_eq!(flags("学习网##paidbegin##络。", "artifact"), [("##paidbegin##".into(), Some(String::new()))]);
        assert!(flags("学习网络。", "artifact").is_empty());
    }
}
