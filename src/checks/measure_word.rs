//! `measure-word`: a wrong measure word after a numeral — `17各社区` (各 typed for 个).

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "measure-word",
        label: "量词",
        severity: crate::model::Severity::Warning,
        description: "数字后的量词用错了字（如“17各社区”）。",
    }],
    fix: super::Fix::Safe,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::span::CleanSpan;
use crate::tables::is_han;
use crate::Doc;

/// (typed, meant): characters that stand for a measure word after a number by mistake.
const MISTYPED: &[(char, &str)] = &[('各', "个"), ('偭', "个"), ('问', "间")];

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    // One pass over the document's marks (its non-Han characters, found once for several
    // checks): the clean view has folded full-width digits, so a number ends in an ASCII digit.
    // Digit, measure word and the Han character after it are adjacent, and a Han character
    // never ends a sentence, so they always stand in one sentence: no sentence walk is needed.
    let view = super::clean_view(doc);
    let clean = view.text;
    let mut out = Vec::new();
    for &(p, d) in doc.marks() {
        if !d.is_ascii_digit() {
            continue;
        }
        let rest = &clean[p + 1..];
        let Some(c) = rest.chars().next() else { continue };
        let Some(&(_, meant)) = MISTYPED.iter().find(|(w, _)| *w == c) else { continue };
        if rest[c.len_utf8()..].chars().next().is_some_and(is_han) {
            let sp = view.src(CleanSpan::new(p + 1, p + 1 + c.len_utf8()));
            let msg = format!("数字后的量词“{c}”疑为“{meant}”");
            out.push(RawFinding::new("measure-word", Severity::Warning, sp, msg).suggest(meant));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn ge_for_ge() {
        assert_eq!(flags("我镇就17各社区党支部阵地建设", "measure-word"), [("各".into(), Some("个".into()))]);
        assert!(flags("全镇17个社区，各社区", "measure-word").is_empty());
        assert_eq!(flags("我镇17##paidend##各社区", "measure-word"), [("各".into(), Some("个".into()))]);
        assert_eq!(flags("全镇１７各社区", "measure-word"), [("各".into(), Some("个".into()))]);
        // The noun must follow on the same line; a digit ending a sentence is not a count.
        assert!(flags("全镇17各\n社区", "measure-word").is_empty());
        assert!(flags("共17。各社区要抓好", "measure-word").is_empty());
    }
}
