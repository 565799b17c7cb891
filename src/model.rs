//! The output contract (spec §8): plain serde data that the CLI prints as JSON and the wasm
//! adapter hands to JavaScript. Every `start`/`end` here is in UTF-16 code units of the text as
//! given, end-exclusive; internally the passes use byte offsets (`crate::span::Span`).

use serde::{Deserialize, Serialize};

/// A piece of the source: `text` is exactly the source slice `[start, end)`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Marker families, in GB/T 9704-2012 order where the standard has one.
/// Serialised as its id (`han-dun`, `yi-shi` …): the `family` of an outline node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `一、`
    HanDun,
    /// `（一）`
    ParenHan,
    /// `1.` `1、`
    ArabicDot,
    /// `（1）` `⑴` `①`
    ParenArabic,
    /// `一是`
    Shi,
    /// `第一，`
    Di,
    /// `——经济跨上新台阶。`
    Dash,
    /// Parallel run-in subheadings with no marker.
    Unnumbered,
    /// `第一部分` `第一章` `第一板块`: the parts a long report is divided into, above `一、`.
    Part,
}

impl Family {
    pub const ALL: [Family; 9] = [
        Family::HanDun,
        Family::ParenHan,
        Family::ArabicDot,
        Family::ParenArabic,
        Family::Shi,
        Family::Di,
        Family::Dash,
        Family::Unnumbered,
        Family::Part,
    ];
    /// The id the JSON uses.
    pub fn id(self) -> &'static str {
        match self {
            Family::HanDun => "han-dun",
            Family::ParenHan => "paren-han",
            Family::ArabicDot => "arabic-dot",
            Family::ParenArabic => "paren-arabic",
            Family::Shi => "yi-shi",
            Family::Di => "di-yi",
            Family::Dash => "dash",
            Family::Unnumbered => "unnumbered",
            Family::Part => "part",
        }
    }
    /// Rank in the GB/T 9704 order (1 = top); `None` for families the standard does not rank.
    pub fn gb_rank(self) -> Option<u8> {
        match self {
            Family::HanDun => Some(1),
            Family::ParenHan => Some(2),
            Family::ArabicDot => Some(3),
            Family::ParenArabic => Some(4),
            _ => None,
        }
    }
}

// By hand so that `id` is the one place the names are written.
impl Serialize for Family {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Family {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        Family::ALL
            .into_iter()
            .find(|f| f.id() == id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown marker family `{id}`")))
    }
}

/// One heading of the outline. `title` is cleaned (artefacts and trailing punctuation removed);
/// `start`/`end` cover the heading in the source, marker included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    pub level: u8,
    pub marker: String,
    /// 1, 2, 3 …; 0 for an unnumbered run-in subheading.
    pub ordinal: u32,
    pub title: String,
    /// Marker family, serialised as its id, e.g. `han-dun` for `一、`.
    pub family: Family,
    /// `true` when the heading starts inside a paragraph (run-in).
    pub run_in: bool,
    pub start: usize,
    pub end: usize,
    pub children: Vec<Heading>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceholderKind {
    Number,
    Date,
    Name,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placeholder {
    pub text: String,
    pub kind: PlaceholderKind,
    /// The form the placeholder takes with its context, for grouping: `xxx镇`, `X次`, `*社区`.
    pub form: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Approx {
    Exact,
    More,
    Nearly,
    About,
    Less,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    pub text: String,
    /// The number with 万/亿 applied; `null` for a placeholder number (`X次`).
    pub value: Option<f64>,
    /// Upper bound of a range (`4—5个` → 5).
    pub upper: Option<f64>,
    pub unit: String,
    pub approx: Approx,
    /// What is counted, when the text says it (`20个党支部` → `党支部`).
    pub subject: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// How sure a finding is. In JSON `error` / `warning` / `info`; shown as 错误 / 建议 / 提示.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// 错误: certainly wrong (a blank left unfilled).
    Error,
    /// 建议: very likely wrong; the suggestion is what to write.
    Warning,
    /// 提示: worth a look; may well be fine.
    Info,
}

impl Severity {
    /// The Chinese label the page and the CLI show.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "建议",
            Severity::Info => "提示",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable kebab-case check id, named after the problem (`numbering-gap`).
    pub check: String,
    pub severity: Severity,
    /// Chinese message for the user.
    pub message: String,
    pub start: usize,
    pub end: usize,
    /// Replacement text for `[start, end)` when a fix is known (empty string = delete).
    pub suggestion: Option<String>,
}

/// Document-level counts, for the page's summary line.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Characters (Unicode scalar values).
    pub chars: usize,
    /// Length in UTF-16 code units.
    pub utf16_len: usize,
    pub lines: usize,
    pub paragraphs: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub title: Option<TextSpan>,
    pub salutation: Option<TextSpan>,
    /// Closing formula lines (`发言完毕。`) and the 下一步 / 存在问题 paragraphs.
    pub closing: Vec<TextSpan>,
    /// Signature and date lines at the end.
    pub signature: Vec<TextSpan>,
    pub outline: Vec<Heading>,
    pub placeholders: Vec<Placeholder>,
    pub metrics: Vec<Metric>,
    pub dates: Vec<TextSpan>,
    pub artifacts: Vec<TextSpan>,
    pub findings: Vec<Finding>,
    pub stats: Stats,
    /// House rules that could not be used, and why (absent when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rule_errors: Vec<crate::rules::RuleError>,
}

#[cfg(test)]
mod tests {
    use super::Family;

    #[test]
    fn families_serialise_as_their_ids_and_back() {
        let ids: Vec<String> = Family::ALL.iter().map(|f| serde_json::to_string(f).expect("serialises")).collect();
        assert_eq!(
            ids,
            [
                "\"han-dun\"",
                "\"paren-han\"",
                "\"arabic-dot\"",
                "\"paren-arabic\"",
                "\"yi-shi\"",
                "\"di-yi\"",
                "\"dash\"",
                "\"unnumbered\"",
                "\"part\""
            ]
        );
        for f in Family::ALL {
            assert_eq!(serde_json::from_str::<Family>(&serde_json::to_string(&f).expect("ok")).ok(), Some(f));
        }
        let err = serde_json::from_str::<Family>("\"一、\"").expect_err("not a family");
        assert!(err.to_string().contains("unknown marker family"));
    }
}
