//! `artifact`: text a document site put into the report (`##paidbegin##`, page captions,
//! site notices). The fix is to delete it.
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
