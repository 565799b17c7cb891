//! report-lens: reads a Chinese work report (工作汇报, 工作总结, 述职报告 …) and returns its
//! structure, placeholders, metrics, dates, artefacts and findings.
//!
//! [`analyse`] is a pure, total function of the text: no I/O, no globals, never panics. The
//! passes run in order (each is one module):
//! `artifacts` → `clean` (a normalised view with a byte map back to the source) → `blocks`
//! (lines and sentences) → `structure` → `placeholders` / `metrics` / `dates` → `checks`.
//! Internally every span is a byte range: of the source ([`Span`]), or of the clean view
//! ([`span::CleanSpan`], mapped back by `clean::Clean::to_src`); [`analyse`] converts source
//! spans to UTF-16 code units once, at the end (spec §7).

pub mod artifacts;
pub mod blocks;
pub mod checks;
pub mod clean;
pub mod dates;
pub mod decode;
pub mod doc;
pub mod docx;
pub mod edit;
mod error;
pub mod export;
pub mod metrics;
pub mod model;
pub mod offsets;
mod package;
pub mod placeholders;
pub mod render;
pub mod rules;
mod scan;
mod sort;
pub mod span;
pub mod structure;
mod tables;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use model::*;
pub use span::Span;

/// What the caller can tune. Passed explicitly; the default is what the CLI and page use.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Check ids to skip (e.g. `"usage"`).
    pub disabled_checks: Vec<String>,
    /// The user's house rules, compiled once (`rules::RuleSet::new`); the `house-rule` check
    /// reports their matches, and their errors come back in `Analysis::rule_errors`.
    pub rules: rules::RuleSet,
}

/// Everything the passes found, with byte spans into the source. `analyse` turns this into
/// the output contract.
#[derive(Debug, Default)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub artifacts: Vec<Span>,
    pub clean: clean::Clean,
    /// Lines of the clean view (what structure and most checks read).
    pub clean_lines: Vec<blocks::CleanLine>,
    /// Lines of the source.
    pub lines: Vec<blocks::Line>,
    pub structure: structure::Structure,
    pub placeholders: Vec<placeholders::RawPlaceholder>,
    pub metrics: Vec<metrics::RawMetric>,
    pub dates: Vec<Span>,
    /// The user's rules, when the analysis has any (set by [`analyse`] from [`Options`]).
    pub rules: Option<&'a rules::RuleSet>,
    /// Line numbers for messages that name another place (`第3行`), built the first time a
    /// check asks: most analyses never need one.
    line_index: std::cell::OnceCell<offsets::LineIndex<'a>>,
}

impl Doc<'_> {
    /// 1-based line of source byte `b`, counted by the one [`offsets::LineIndex`].
    pub fn line_of(&self, b: usize) -> usize {
        self.line_index.get_or_init(|| offsets::LineIndex::new(self.text)).line_of(b) + 1
    }

    /// Punctuation, digits, spaces and line breaks of the clean view, with their clean byte
    /// offsets, in order ([`clean::Clean::marks`]: found once, for the outline, the metrics
    /// and the checks).
    pub(crate) fn marks(&self) -> &[(usize, char)] {
        self.clean.marks()
    }
}

/// Run every pass over `text` and keep the byte-offset results (for tests and tools that want
/// bytes; most callers want [`analyse`]).
pub fn parse(text: &str) -> Doc<'_> {
    let lines = blocks::lines(text);
    let artifacts = artifacts::find(text, &lines);
    let clean = clean::Clean::new(text, &artifacts);
    let clean_lines = blocks::clean_lines(&clean);
    let structure = structure::parse(text, &clean_lines, &artifacts, &clean);
    // Site title lines are known only once the title is: they join the artefacts.
    let mut artifacts = artifacts;
    if !structure.site_headers.is_empty() {
        artifacts.extend(structure.site_headers.iter().copied());
        sort::sort(&mut artifacts);
        // A site title line and a tag glued to it (`…汇报[本文共1710字]`) are one artefact;
        // two glosses glued together (`的(de)(de)`) stay two.
        let header = |x: &Span| structure.site_headers.iter().any(|h| h.start <= x.start && x.end <= h.end);
        let mut merged: Vec<Span> = Vec::with_capacity(artifacts.len());
        for a in artifacts {
            match merged.last_mut() {
                Some(l) if a.start < l.end || a.start == l.end && (header(l) || header(&a)) => l.end = l.end.max(a.end),
                _ => merged.push(a),
            }
        }
        artifacts = merged;
    }
    let mut dates = dates::find(text, &clean);
    let mut placeholders = placeholders::find(text, &clean, &dates);
    let metrics = metrics::find(text, &clean, &dates, &placeholders);
    inside_artifacts(text, &artifacts, &mut dates, &mut placeholders);
    Doc {
        text,
        artifacts,
        clean,
        clean_lines,
        lines,
        structure,
        placeholders,
        metrics,
        dates,
        rules: None,
        line_index: Default::default(),
    }
}

/// Dates and blanks inside a site's lead-in or collection header (`以下关于20xx年…范文，仅供
///参考。`) are still dates and blanks: read each such artefact on its own and add them.
fn inside_artifacts(
    text: &str,
    artifacts: &[Span],
    dates: &mut Vec<Span>,
    placeholders: &mut Vec<placeholders::RawPlaceholder>,
) {
    let before = (dates.len(), placeholders.len());
    for a in artifacts.iter().filter(|a| text[a.start..a.end].chars().filter(|c| tables::is_han(*c)).count() >= 6) {
        let sub = &text[a.start..a.end];
        let mut inner = Vec::new();
        artifacts::inline(sub, Span::new(0, sub.len()), &mut inner);
        let c = clean::Clean::new(sub, &inner);
        let d = dates::find(sub, &c);
        let p = placeholders::find(sub, &c, &d);
        let shift = |s: Span| Span::new(s.start + a.start, s.end + a.start);
        dates.extend(d.into_iter().map(shift));
        placeholders.extend(p.into_iter().map(|mut x| {
            x.span = shift(x.span);
            x
        }));
    }
    if (dates.len(), placeholders.len()) != before {
        sort::sort(dates);
        dates.dedup();
        sort::sort_by_key(placeholders, |p| p.span);
        placeholders.dedup_by_key(|p| p.span);
    }
}

/// Analyse a report. Total: any input gives an [`Analysis`], never a panic or an error.
pub fn analyse(text: &str, options: &Options) -> Analysis {
    let mut doc = parse(text);
    doc.rules = (!options.rules.is_empty()).then_some(&options.rules);
    let findings = checks::run(&doc, options);
    let idx = offsets::Utf16Index::new(text);
    let ts = |s: Span| TextSpan {
        text: text[s.start..s.end].to_string(),
        start: idx.to_utf16(s.start),
        end: idx.to_utf16(s.end),
    };
    let st = &doc.structure;
    Analysis {
        title: st.title.map(ts),
        salutation: st.salutation.map(ts),
        closing: st.closing.iter().copied().map(ts).collect(),
        signature: st.signature.iter().copied().map(ts).collect(),
        outline: structure::to_tree(&st.headings, &idx),
        placeholders: doc
            .placeholders
            .iter()
            .map(|p| {
                let TextSpan { text, start, end } = ts(p.span);
                Placeholder { text, kind: p.kind, form: p.form.clone(), start, end }
            })
            .collect(),
        metrics: doc
            .metrics
            .iter()
            .map(|m| {
                let TextSpan { text, start, end } = ts(m.span);
                Metric {
                    text,
                    value: m.value,
                    upper: m.upper,
                    unit: m.unit.clone(),
                    approx: m.approx,
                    subject: m.subject.clone(),
                    start,
                    end,
                }
            })
            .collect(),
        dates: doc.dates.iter().copied().map(ts).collect(),
        artifacts: doc.artifacts.iter().copied().map(ts).collect(),
        findings: findings
            .into_iter()
            .map(|f| Finding {
                check: f.check.to_string(),
                severity: f.severity,
                message: f.message,
                start: idx.to_utf16(f.span.start),
                end: idx.to_utf16(f.span.end),
                suggestion: f.suggestion,
            })
            .collect(),
        stats: Stats {
            chars: text.chars().count(),
            utf16_len: idx.len(),
            lines: doc.lines.len(),
            paragraphs: doc.lines.iter().filter(|l| !l.is_blank(text)).count(),
        },
        rule_errors: options.rules.errors.clone(),
    }
}
