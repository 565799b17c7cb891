//! The checks (spec §6). Each lives in its own file, takes the parsed [`Doc`] and returns
//! findings with byte spans. Each file also holds the check's one definition, a [`Check`]
//! const (`CHECK`): the ids it emits with their Chinese label, usual severity and reason, and
//! whether its suggestions may be applied unread ([`Fix`]). [`CHECKS`] is the one registry,
//! in alphabetical order of id; the edit module, the CLI, the wasm and the page read it.
//! Ids are stable and kebab-case, named after the problem.

use serde::Serialize;

use crate::model::Severity;
use crate::span::{CleanSpan, Span};
use crate::{Doc, Options};

mod artifact;
mod broken_line;
mod count_mismatch;
mod fixed_expression;
mod house_rule;
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

/// Whether a check's suggestion may be applied without a person reading it first (after
/// ruff's `FixAvailability`): what `report-lens fix`, 修正 and 全部安全修正 apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// The suggestion is the whole correction of the flagged span.
    Safe,
    /// As [`Fix::Safe`]; and a deletion that leaves its line blank takes the line and its
    /// break with it, so no empty line is left behind (`artifact`).
    SafeWholeLine,
    /// Suggestions are shown but need reading: a run-in `二是` is not a wrong `二、`.
    Unsafe,
    /// No suggestion to apply.
    None,
}

impl Fix {
    pub fn is_safe(self) -> bool {
        matches!(self, Fix::Safe | Fix::SafeWholeLine)
    }
    /// `safe`, `unsafe` or `none`, as the JSON of [`CheckInfo`] says.
    pub fn as_str(self) -> &'static str {
        match self {
            Fix::Safe | Fix::SafeWholeLine => "safe",
            Fix::Unsafe => "unsafe",
            Fix::None => "none",
        }
    }
}

impl Serialize for Fix {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One id a check emits, as the user sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Id {
    pub id: &'static str,
    /// Its Chinese name (the page's switches, `report-lens checks`).
    pub label: &'static str,
    /// The severity its findings usually have (how sure it is: 错误 / 建议 / 提示).
    pub severity: Severity,
    /// Why it fires, in one sentence.
    pub description: &'static str,
}

/// A check's one definition: the ids it may emit (the first is its name; `numbering-sequence`
/// emits three), how its suggestions may be applied, and the function.
pub struct Check {
    pub ids: &'static [Id],
    pub fix: Fix,
    pub run: fn(&Doc) -> Vec<RawFinding>,
}

/// Every check, alphabetical by first id.
pub const CHECKS: &[Check] = &[
    artifact::CHECK,
    broken_line::CHECK,
    count_mismatch::CHECK,
    fixed_expression::CHECK,
    house_rule::CHECK,
    measure_word::CHECK,
    number_format::CHECK,
    numbering_sequence::CHECK,
    numbering_hierarchy::CHECK,
    numbering_mixed::CHECK,
    percent_range::CHECK,
    place_mismatch::CHECK,
    repeated_char::CHECK,
    share_mismatch::CHECK,
    sum_mismatch::CHECK,
    unbalanced_pair::CHECK,
    unfilled_placeholder::CHECK,
    usage::CHECK,
    year_drift::CHECK,
];

/// One check id with everything the page and `report-lens checks --json` show about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckInfo {
    pub id: &'static str,
    pub label: &'static str,
    /// The severity its findings usually have.
    pub severity: Severity,
    /// Why it fires, in one sentence.
    pub description: &'static str,
    /// `safe` (applied by the one-click fixes), `unsafe` (suggested, to be read) or `none`.
    pub fix: Fix,
}

/// Every id of every registered check, in registry order.
pub fn registry() -> Vec<CheckInfo> {
    CHECKS
        .iter()
        .flat_map(|c| {
            c.ids.iter().map(|i| CheckInfo {
                id: i.id,
                label: i.label,
                severity: i.severity,
                description: i.description,
                fix: c.fix,
            })
        })
        .collect()
}

/// The check that emits `id`, if any.
pub fn by_id(id: &str) -> Option<&'static Check> {
    CHECKS.iter().find(|c| c.ids.iter().any(|i| i.id == id))
}

/// How `id`'s suggestions may be applied ([`Fix::None`] for an unknown id).
pub fn fix_of(id: &str) -> Fix {
    by_id(id).map_or(Fix::None, |c| c.fix)
}

/// The ids whose suggestions are safe to apply unread, in registry order.
pub fn safe_ids() -> Vec<&'static str> {
    CHECKS.iter().filter(|c| c.fix.is_safe()).flat_map(|c| c.ids.iter().map(|i| i.id)).collect()
}

/// What the text checks (`usage`, `measure-word`, `repeated-char`, `number-format`) read: the
/// clean view, with site artefacts cut (`截止##paidbegin##目前` reads `截止目前`) and full-width
/// digits folded, and the map of its spans back to the source they report.
pub struct CleanView<'a> {
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
    /// where a part of it is in the source: for a check that reads sentence by sentence.
    pub fn sentences(&self) -> impl Iterator<Item = CleanSentence<'a>> + 'a {
        let (text, clean) = (self.text, self.clean);
        self.lines
            .iter()
            .flat_map(move |l| crate::blocks::Sentences::new(text, l.trimmed))
            .map(move |span| CleanSentence { text: &text[span.start..span.end], span, clean })
    }

    /// The source span of the clean-view sentence that holds source byte `b`, an artefact
    /// inside it included (a site tag inside a sentence neither splits nor ends it). A byte in
    /// no sentence (a blank, a line break) gives the empty span at `b`.
    pub fn sentence_at(&self, b: usize) -> Span {
        let c = self.clean.from_src(b);
        let k = self.lines.partition_point(|l| l.span.end <= c);
        self.lines
            .get(k)
            .and_then(|line| crate::blocks::sentence_at(self.text, line.trimmed, c))
            .map_or(Span::new(b, b), |s| self.clean.to_src(s))
    }
}

/// A sentence of the clean view: its text, artefacts cut and full-width digits folded.
pub struct CleanSentence<'a> {
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

/// The clean view of `doc` for a check.
pub fn clean_view<'a>(doc: &'a Doc) -> CleanView<'a> {
    CleanView { text: doc.clean.text.as_str(), clean: &doc.clean, lines: &doc.clean_lines }
}

/// Run every enabled check; findings come back sorted by position. A check whose ids are all
/// disabled is not run; one that emits several ids (`numbering-*`) runs while any is enabled,
/// and only the findings of its disabled ids are dropped.
pub fn run(doc: &Doc, options: &Options) -> Vec<RawFinding> {
    let off = |id: &str| options.disabled_checks.iter().any(|d| d == id);
    let mut out: Vec<RawFinding> = Vec::new();
    for c in CHECKS.iter().filter(|c| !c.ids.iter().all(|i| off(i.id))) {
        out.extend((c.run)(doc).into_iter().filter(|f| {
            !off(f.check)
                && f.span.end <= doc.text.len()
                && doc.text.is_char_boundary(f.span.start)
                && doc.text.is_char_boundary(f.span.end)
        }));
    }
    crate::sort::sort_by(&mut out, |a, b| a.span.cmp(&b.span).then(a.check.cmp(b.check)));
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
    use super::*;

    #[test]
    fn every_registered_id_is_listed_once_and_described() {
        let r = registry();
        let ids: Vec<&str> = CHECKS.iter().flat_map(|c| c.ids.iter().map(|i| i.id)).collect();
        assert_eq!(r.iter().map(|c| c.id).collect::<Vec<_>>(), ids);
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "an id registered twice");
        // Every id has a Chinese label and a reason, and is kebab-case.
        for c in &r {
            assert!(!c.description.is_empty() && c.label != c.id && !c.label.is_ascii(), "{}", c.id);
            assert!(c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", c.id);
        }
        assert!(r.iter().any(|c| c.id == "house-rule" && c.label == "本单位规则"));
        // Alphabetical by first id.
        let firsts: Vec<&str> = CHECKS.iter().map(|c| c.ids[0].id).collect();
        let mut sorted = firsts.clone();
        sorted.sort_unstable();
        assert_eq!(firsts, sorted);
    }

    #[test]
    fn safety_comes_from_the_definition() {
        assert_eq!(
            safe_ids(),
            [
                "artifact",
                "broken-line",
                "house-rule",
                "measure-word",
                "number-format",
                "repeated-char",
                "unbalanced-pair",
                "usage"
            ]
        );
        assert_eq!(fix_of("artifact"), Fix::SafeWholeLine);
        assert_eq!(fix_of("numbering-hierarchy"), Fix::Unsafe);
        assert_eq!(fix_of("numbering-gap"), Fix::None);
        assert_eq!(fix_of("no-such-check"), Fix::None);
        let j = serde_json::to_value(registry()).unwrap();
        assert_eq!(j[0]["fix"], "safe");
    }

    /// Every finding a check emits carries one of the ids of its own definition (else switching
    /// that id off would not skip the check that makes it), over the seeds and fixtures.
    #[test]
    fn checks_emit_only_their_own_ids() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut n = 0;
        let files = ["seeds", "fixtures"].iter().flat_map(|d| std::fs::read_dir(format!("{root}/{d}")).unwrap());
        for e in files {
            let Ok(text) = std::fs::read_to_string(e.unwrap().path()) else { continue };
            let doc = crate::parse(&text);
            for c in CHECKS {
                for f in (c.run)(&doc) {
                    assert!(c.ids.iter().any(|i| i.id == f.check), "{} from {}", f.check, c.ids[0].id);
                    n += 1;
                }
            }
        }
        assert!(n > 50, "{n} findings");
    }

    #[test]
    fn disabled_checks_are_not_run_and_hide_only_their_own_ids() {
        // 二、 after 一、一、: numbering-duplicate; 四、: numbering-gap (both from one check).
        let text = "一、甲\n一、乙\n二、丙\n四、丁\n截止目前完成。\n";
        let doc = crate::parse(text);
        let ids = |o: &Options| {
            let mut v: Vec<&str> = run(&doc, o).iter().map(|f| f.check).collect();
            v.dedup();
            v
        };
        let all = ids(&Options::default());
        assert!(
            all.contains(&"numbering-duplicate") && all.contains(&"numbering-gap") && all.contains(&"usage"),
            "{all:?}"
        );
        let off =
            |d: &[&str]| Options { disabled_checks: d.iter().map(|s| s.to_string()).collect(), ..Options::default() };
        let some = ids(&off(&["numbering-gap", "usage"]));
        assert!(
            some.contains(&"numbering-duplicate") && !some.contains(&"numbering-gap") && !some.contains(&"usage"),
            "{some:?}"
        );
    }

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

    #[test]
    fn the_sentence_at_a_source_byte() {
        let t = "截止##paidbegin##目前，全镇共１２个村。  \n二是抓落实！三是";
        let doc = crate::parse(t);
        let view = super::clean_view(&doc);
        let at = |s: &str| view.sentence_at(t.find(s).expect("in the text"));
        let text = |sp: Span| &t[sp.start..sp.end];
        assert_eq!(text(at("全镇")), "截止##paidbegin##目前，全镇共１２个村。");
        assert_eq!(text(at("２")), "截止##paidbegin##目前，全镇共１２个村。");
        assert_eq!(text(at("抓")), "二是抓落实！");
        assert_eq!(text(at("三是")), "三是");
        // A blank or a line break is in no sentence.
        assert_eq!(at("  \n"), Span::new(t.find("  ").unwrap_or(0), t.find("  ").unwrap_or(0)));
        assert!(at("\n").is_empty());
    }
}
