//! The checks (spec §6). Each lives in its own file, takes the parsed [`Doc`] and returns
//! findings with byte spans; [`CHECKS`] is the one registry, in alphabetical order of id.
//! Ids are stable and kebab-case, named after the problem.

use crate::model::Severity;
use crate::span::{CleanSpan, Span};
use crate::{Doc, Options};

pub use info::{registry, CheckInfo};

mod artifact;
mod broken_line;
mod count_mismatch;
mod fixed_expression;
mod house_rule;
mod info;
mod measure_word;
mod number_format;
mod numbering_hierarchy;
mod numbering_mixed;
mod numbering_sequence;
mod percent_range;
mod place_mismatch;
mod repeated_char;
mod share_mismatch;
mod sum_mismatch;
mod unbalanced_pair;
mod unfilled_placeholder;
mod usage;
mod year_drift;

#[derive(Debug, Clone, PartialEq)]
pub struct RawFinding {
    pub check: &'static str,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub suggestion: Option<String>,
}

impl RawFinding {
    pub fn new(check: &'static str, severity: Severity, span: Span, message: impl Into<String>) -> Self {
        RawFinding { check, severity, message: message.into(), span, suggestion: None }
    }
    pub fn suggest(mut self, s: impl Into<String>) -> Self {
        self.suggestion = Some(s.into());
        self
    }
}

/// A registered check: the ids it may emit (the first is its name) and the function.
pub struct Check {
    pub ids: &'static [&'static str],
    pub run: fn(&Doc) -> Vec<RawFinding>,
}

/// Every check, alphabetical by first id.
pub const CHECKS: &[Check] = &[
    Check { ids: &["artifact"], run: artifact::check },
    Check { ids: &["broken-line"], run: broken_line::check },
    Check { ids: &["count-mismatch"], run: count_mismatch::check },
    Check { ids: &["fixed-expression"], run: fixed_expression::check },
    Check { ids: &["house-rule"], run: house_rule::check },
    Check { ids: &["measure-word"], run: measure_word::check },
    Check { ids: &["number-format"], run: number_format::check },
    Check { ids: &["numbering-gap", "numbering-duplicate", "numbering-order"], run: numbering_sequence::check },
    Check { ids: &["numbering-hierarchy"], run: numbering_hierarchy::check },
    Check { ids: &["numbering-mixed"], run: numbering_mixed::check },
    Check { ids: &["percent-range"], run: percent_range::check },
    Check { ids: &["place-mismatch"], run: place_mismatch::check },
    Check { ids: &["repeated-char"], run: repeated_char::check },
    Check { ids: &["share-mismatch"], run: share_mismatch::check },
    Check { ids: &["sum-mismatch"], run: sum_mismatch::check },
    Check { ids: &["unbalanced-pair"], run: unbalanced_pair::check },
    Check { ids: &["unfilled-placeholder"], run: unfilled_placeholder::check },
    Check { ids: &["usage"], run: usage::check },
    Check { ids: &["year-drift"], run: year_drift::check },
];

/// What the text checks (`usage`, `measure-word`, `repeated-char`, `number-format`) read: the
/// clean view, with site artefacts cut (`截止##paidbegin##目前` reads `截止目前`) and full-width
/// digits folded, and the map of its spans back to the source they report.
pub(crate) struct CleanView<'a> {
    pub text: &'a str,
    clean: &'a crate::clean::Clean,
    lines: &'a [crate::blocks::CleanLine],
}

impl<'a> CleanView<'a> {
    /// The source span of a span of the clean text (an artefact inside it included).
    pub fn src(&self, s: CleanSpan) -> Span {
        self.clean.to_src(s)
    }

    /// The sentences of the clean view, line by line (`blocks::sentences`), each able to say
    /// where a part of it is in the source.
    pub fn sentences(&self) -> impl Iterator<Item = CleanSentence<'a>> + 'a {
        let (text, clean) = (self.text, self.clean);
        self.lines
            .iter()
            .flat_map(move |l| crate::blocks::Sentences::new(text, l.trimmed))
            .map(move |span| CleanSentence { text: &text[span.start..span.end], span, clean })
    }
}

/// A sentence of the clean view: its text, artefacts cut and full-width digits folded.
pub(crate) struct CleanSentence<'a> {
    pub text: &'a str,
    pub span: CleanSpan,
    clean: &'a crate::clean::Clean,
}

impl CleanSentence<'_> {
    /// The source span of bytes `a..b` of [`CleanSentence::text`], an artefact inside included.
    pub fn src(&self, a: usize, b: usize) -> Span {
        self.clean.to_src(CleanSpan::new(self.span.start + a, self.span.start + b))
    }
}

pub(crate) fn clean_view<'a>(doc: &'a Doc) -> CleanView<'a> {
    CleanView { text: doc.clean.text.as_str(), clean: &doc.clean, lines: &doc.clean_lines }
}

/// Run every enabled check; findings come back sorted by position.
pub fn run(doc: &Doc, options: &Options) -> Vec<RawFinding> {
    let mut out: Vec<RawFinding> = CHECKS
        .iter()
        .flat_map(|c| (c.run)(doc))
        .filter(|f| !options.disabled_checks.iter().any(|d| d == f.check))
        .filter(|f| {
            f.span.end <= doc.text.len()
                && doc.text.is_char_boundary(f.span.start)
                && doc.text.is_char_boundary(f.span.end)
        })
        .collect();
    out.sort_by(|a, b| a.span.cmp(&b.span).then(a.check.cmp(b.check)));
    out.dedup();
    out
}

/// Test helper: the findings of one check id on `text`, as (flagged text, suggestion).
#[cfg(test)]
pub(crate) fn flags(text: &str, id: &str) -> Vec<(String, Option<String>)> {
    let doc = crate::parse(text);
    run(&doc, &Options::default())
        .into_iter()
        .filter(|f| f.check == id)
        .map(|f| (text[f.span.start..f.span.end].to_string(), f.suggestion))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn clean_sentences_read_through_artefacts_and_answer_in_source_spans() {
        let t = "截止##paidbegin##目前，全镇共１２个村。\n二是抓落实。";
        let doc = crate::parse(t);
        let view = super::clean_view(&doc);
        let ss: Vec<_> = view.sentences().collect();
        assert_eq!(ss.iter().map(|s| s.text).collect::<Vec<_>>(), ["截止目前，全镇共12个村。", "二是抓落实。"]);
        let w = ss[0].text.find("目前").expect("in the sentence");
        let sp = ss[0].src(0, w + "目前".len());
        assert_eq!(&t[sp.start..sp.end], "截止##paidbegin##目前");
        let n = ss[0].text.find("12").expect("folded");
        let sp = ss[0].src(n, n + 2);
        assert_eq!(&t[sp.start..sp.end], "１２");
        let sp = ss[1].src(0, ss[1].text.len());
        assert_eq!(&t[sp.start..sp.end], "二是抓落实。");
    }
}
