//! What the page and `report-lens checks` show about each check: a Chinese label, the usual
//! severity (how sure it is: 错误 / 建议 / 提示) and why it fires. [`registry`] lists every id of
//! [`super::CHECKS`] in order; an id without an entry here (a check just added) is still
//! listed, with its id as label, so it can always be switched off.

use serde::Serialize;

use crate::model::Severity;

/// One check id as the user sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckInfo {
    pub id: &'static str,
    pub label: &'static str,
    /// The severity its findings usually have.
    pub severity: Severity,
    /// Why it fires, in one sentence.
    pub description: &'static str,
}

/// (id, label, usual severity, why it fires).
const INFO: &[(&str, &str, Severity, &str)] = &[
    (
        "artifact",
        "网站残留",
        Severity::Warning,
        "文中夹带文档网站的残留（##paidbegin##、页码、下载提示等），不是报告的内容。",
    ),
    ("broken-line", "断行", Severity::Warning, "句子或词语中间断了行或多了空格，多见于从 PDF 或网页复制。"),
    ("count-mismatch", "数量前后不一", Severity::Warning, "同一对象的数量在文中两处写得不一样。"),
    ("fixed-expression", "固定表述", Severity::Warning, "规范的政治、公文固定表述写错了字、漏了字或顺序不对。"),
    ("house-rule", "本单位规则", Severity::Warning, "命中了您在“规则”中添加的本单位用词或模式规则。"),
    ("measure-word", "量词", Severity::Warning, "数字后的量词用错了字（如“17各社区”）。"),
    (
        "number-format",
        "数字写法",
        Severity::Warning,
        "数字写法不合 GB/T 15835（范围省略单位、“近…左右”、相邻数字间加顿号等）。",
    ),
    ("numbering-duplicate", "序号重复", Severity::Warning, "同一级标题的序号重复（二、二、）。"),
    ("numbering-gap", "序号跳号", Severity::Warning, "同一级标题的序号跳了号（一、二、四、）。"),
    ("numbering-hierarchy", "标题层级", Severity::Warning, "标题序号的层级不合 GB/T 9704 的顺序，或序号后多了标点。"),
    ("numbering-mixed", "序号混用", Severity::Warning, "同一级标题混用了不同形式的序号（“一、”与“二是”）。"),
    ("numbering-order", "序号倒序", Severity::Warning, "同一级标题的序号顺序颠倒。"),
    ("percent-range", "百分比超限", Severity::Warning, "表示占比的百分数超过了 100%。"),
    ("place-mismatch", "地名混用", Severity::Info, "自称的镇、乡、街道或县与全文所写的不一致，可能是套用模板留下的。"),
    ("repeated-char", "重复字", Severity::Warning, "同一个字或词不小心写了两遍（“始始终”）。"),
    ("share-mismatch", "占比不符", Severity::Warning, "百分比与文中别处的数量和总数算不上。"),
    ("sum-mismatch", "合计不符", Severity::Warning, "“共…其中…”的分项加起来超过总数，或占比与数量不符。"),
    ("unbalanced-pair", "括号引号配对", Severity::Warning, "引号、书名号、括号没有成对。"),
    ("unfilled-placeholder", "未填空白", Severity::Error, "模板中的空白（xxx、X次、某某）还没有填写。"),
    ("usage", "用词", Severity::Warning, "常见的误用词或错别字（“截止目前”应为“截至目前”）。"),
    ("year-drift", "年份不一致", Severity::Warning, "标题或成文日期的年份与正文中的“今年”、下一步打算或日期对不上。"),
];

/// Every id of every registered check, in registry order, with its label and description.
pub fn registry() -> Vec<CheckInfo> {
    super::CHECKS
        .iter()
        .flat_map(|c| c.ids.iter())
        .map(|&id| match INFO.iter().find(|(i, ..)| *i == id) {
            Some(&(_, label, severity, description)) => CheckInfo { id, label, severity, description },
            None => CheckInfo { id, label: id, severity: Severity::Warning, description: "" },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registered_id_is_listed_once_and_described() {
        let r = registry();
        let ids: Vec<&str> = super::super::CHECKS.iter().flat_map(|c| c.ids.iter().copied()).collect();
        assert_eq!(r.iter().map(|c| c.id).collect::<Vec<_>>(), ids);
        // Every registered id has a Chinese label and a reason (the fallback in `registry` only
        // keeps a check without an entry switchable; it must not ship that way).
        for id in ids {
            let c = r.iter().find(|c| c.id == id).unwrap();
            assert!(!c.description.is_empty() && c.label != c.id, "{id}");
        }
        assert!(r.iter().any(|c| c.id == "house-rule" && c.label == "本单位规则"));
    }
}
