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
    let mut out = Vec::new();
    // Most texts have no digit right before a mistyped character: asked first of the digits,
    // which are among the document's marks (found once for several checks), so the sentences
    // are read only when there is one.
    let clean = doc.clean.text.as_str();
    let candidate = doc.marks().iter().any(|&(p, d)| {
        (d.is_ascii_digit() || ('０'..='９').contains(&d))
            && clean[p + d.len_utf8()..].chars().next().is_some_and(|c| MISTYPED.iter().any(|m| m.0 == c))
    });
    if !candidate {
        return out;
    }
    // Number, measure word and noun stand in one sentence. The clean view has folded
    // full-width digits, so a number ends in an ASCII digit: look only after those, taken
    // from the document's marks (its non-Han characters, found once for several checks).
    let marks = doc.marks();
    let mut m = 0;
    for sent in super::clean_view(doc).sentences() {
        let t = sent.text;
        let a = sent.span.start;
        m += marks[m..].partition_point(|&(p, _)| p < a);
        let n = marks[m..].partition_point(|&(p, _)| p < sent.span.end);
        for &(p, d) in &marks[m..m + n] {
            if !d.is_ascii_digit() {
                continue;
            }
            let i = p - a;
            let rest = &t[i + 1..];
            let Some(c) = rest.chars().next() else { continue };
            let Some(&(_, meant)) = MISTYPED.iter().find(|(w, _)| *w == c) else { continue };
            if rest[c.len_utf8()..].chars().next().is_some_and(is_han) {
                let sp = sent.src(i + 1, i + 1 + c.len_utf8());
                let msg = format!("数字后的量词“{c}”疑为“{meant}”");
                out.push(RawFinding::new("measure-word", Severity::Warning, sp, msg).suggest(meant));
            }
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
