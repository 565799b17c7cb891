//! `house-rule`: what the user's own rules match — an office's word list (`搞好` → `做好`) and
//! patterns, from a rules file (`--rules FILE`) or the page's 规则 panel. The rules are compiled
//! once ([`crate::rules::RuleSet`]) and passed in through [`crate::Options`]; without rules this
//! check finds nothing. Each finding names the rule (its number and note) it comes from.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "house-rule",
        label: "本单位规则",
        severity: crate::model::Severity::Warning,
        description: "命中了您在“规则”中添加的本单位用词或模式规则。",
    }],
    fix: super::Fix::Safe,
    run: check,
};

use super::RawFinding;
use crate::Doc;

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let Some(rules) = doc.rules else { return Vec::new() };
    rules
        .find(doc.text)
        .into_iter()
        .map(|m| {
            let f = RawFinding::new("house-rule", m.severity, m.span, m.message);
            match m.suggestion {
                Some(s) => f.suggest(s),
                None => f,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::rules::{RuleSet, RuleSpec};
    use crate::{analyse, Options};

    /// The suggestions of the house-rule findings on `text`.
    fn flagged(rules: &[RuleSpec], text: &str) -> Vec<Option<String>> {
        let options = Options { rules: RuleSet::new(rules), ..Options::default() };
        analyse(text, &options).findings.into_iter().filter(|f| f.check == "house-rule").map(|f| f.suggestion).collect()
    }

    #[test]
    fn flags_through_analyse_with_utf16_offsets() {
        let text = "𠮷镇要搞好服务，让老百姓满意。";
        let options = Options {
            rules: RuleSet::new(&[RuleSpec::word("搞好", "做好"), RuleSpec::word("老百姓", "群众")]),
            ..Options::default()
        };
        let a = analyse(text, &options);
        let units: Vec<u16> = text.encode_utf16().collect();
        let got: Vec<(String, Option<String>)> = a
            .findings
            .iter()
            .filter(|f| f.check == "house-rule")
            .map(|f| (String::from_utf16(&units[f.start..f.end]).unwrap(), f.suggestion.clone()))
            .collect();
        assert_eq!(got, vec![("搞好".into(), Some("做好".into())), ("老百姓".into(), Some("群众".into()))]);
        assert!(a.findings.iter().any(|f| f.message.contains("本单位规则第 1 条")));
    }

    #[test]
    fn silent_without_rules_or_when_switched_off() {
        assert!(flagged(&[], "要搞好服务。").is_empty());
        let options = Options {
            rules: RuleSet::new(&[RuleSpec::word("搞好", "做好")]),
            disabled_checks: vec!["house-rule".into()],
        };
        assert!(analyse("要搞好服务。", &options).findings.iter().all(|f| f.check != "house-rule"));
        assert_eq!(flagged(&[RuleSpec::word("搞好", "做好")], "要搞好服务。").len(), 1);
    }

    #[test]
    fn rule_errors_come_back_next_to_the_analysis() {
        let options = Options { rules: RuleSet::new(&[RuleSpec::pattern("(", None, None)]), ..Options::default() };
        let a = analyse("正文。", &options);
        assert_eq!(a.rule_errors.len(), 1);
        // Without the pattern engine (the page's own wasm) every pattern is kept but unavailable.
        let kind = if cfg!(feature = "patterns") { "bad-pattern" } else { "pattern-unavailable" };
        assert_eq!(a.rule_errors[0].kind, kind);
        assert!(analyse("正文。", &Options::default()).rule_errors.is_empty());
    }
}
