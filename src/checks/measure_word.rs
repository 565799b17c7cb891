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
use crate::tables::is_han;
use crate::Doc;

/// (typed, meant): characters that stand for a measure word after a number by mistake.
const MISTYPED: &[(char, &str)] = &[('各', "个"), ('偭', "个"), ('问', "间")];

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let view = super::clean_view(doc);
    let t = view.text;
    let mut out = Vec::new();
    // Only the characters right after a digit are looked at: the digits are among the
    // document's marks, found once for several checks.
    for &(p, d) in doc.marks() {
        if !(d.is_ascii_digit() || ('０'..='９').contains(&d)) {
            continue;
        }
        let i = p + d.len_utf8();
        let mut next = t[i..].chars();
        let Some(c) = next.next() else { continue };
        let Some(&(_, meant)) = MISTYPED.iter().find(|(w, _)| *w == c) else { continue };
        if next.next().is_some_and(is_han) {
            let sp = view.src(crate::span::CleanSpan::new(i, i + c.len_utf8()));
            out.push(
                RawFinding::new("measure-word", Severity::Warning, sp, format!("数字后的量词“{c}”疑为“{meant}”"))
                    .suggest(meant),
            );
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
    }
}
