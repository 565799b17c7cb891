//! `broken-line`: a line break (or a stray space) inside a word or sentence — `西` / `天尾镇`,
//! text re-wrapped from a PDF, table cells split across lines. The fix joins the two lines.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "broken-line",
        label: "断行",
        severity: crate::model::Severity::Warning,
        description: "句子或词语中间断了行或多了空格，多见于从 PDF 或网页复制。",
    }],
    fix: super::Fix::Safe,
    run: check,
};

use super::RawFinding;

use crate::model::Severity;
use crate::span::{CleanSpan, Span};
use crate::tables::is_han;
use crate::Doc;

/// Mid-sentence punctuation a line may end with when the sentence goes on.
fn continues(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '，' | ',' | '、')
}

fn can_follow(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric() || c == '“'
}

/// `生态环境部副部长 赵英民`: an office and a name, the author line under a title.
fn is_author_line(t: &str) -> bool {
    let parts: Vec<&str> = t.split(crate::blocks::is_space).filter(|p| !p.is_empty()).collect();
    t.chars().count() <= 24
        && parts.len() == 2
        && parts.iter().all(|p| p.chars().all(is_han))
        && (2..=4).contains(&parts[1].chars().count())
}

fn is_punct_free_short(t: &str, max: usize) -> bool {
    // At most `max` characters, told without counting all of a long line's.
    t.chars().nth(max).is_none() && t.chars().all(is_han)
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let s = doc.clean.text.as_str();
    let st = &doc.structure;
    let head_starts: Vec<usize> = st.headings.iter().map(|h| h.span.start).collect();
    let special: Vec<Span> = st
        .title
        .iter()
        .chain(st.salutation.iter())
        .chain(st.closing.iter())
        .chain(st.signature.iter())
        .copied()
        .collect();
    let lines = &doc.clean_lines;
    // Reports pasted with a blank line between paragraphs: there a blank line is the normal
    // paragraph break, and a break inside a sentence shows as one too.
    let (mut single, mut double, mut run) = (0usize, 0usize, 0usize);
    for l in lines {
        if l.trimmed.is_empty() {
            run += 1;
        } else {
            if run > 0 {
                double += 1;
            } else {
                single += 1;
            }
            run = 0;
        }
    }
    let spaced = double > single;
    let mut out = Vec::new();
    let mut prev: Option<CleanSpan> = None;
    let mut blank = false;
    for l in lines {
        let t = l.trimmed;
        if t.is_empty() {
            blank = true;
            continue;
        }
        if let Some(a) = prev {
            let gap = blank;
            let at = &s[a.start..a.end];
            let bt = &s[t.start..t.end];
            let la = at.chars().next_back().unwrap_or(' ');
            let fb = bt.chars().next().unwrap_or(' ');
            let a_src = doc.clean.to_src(a);
            let b_src = doc.clean.to_src(t);
            // A line that is a title, salutation, closing or a heading of its own ends a
            // unit; a line that starts with a heading starts one.
            let own_heading = |x: Span| {
                let k = st.headings.partition_point(|h| h.span.start < x.start);
                st.headings.get(k).is_some_and(|h| h.span.start == x.start && h.span.end + 4 >= x.end)
            };
            let is_special_a = |x: Span| special.iter().any(|sp| sp.overlaps(&x)) || own_heading(x);
            let is_special_b =
                |x: Span| special.iter().any(|sp| sp.overlaps(&x)) || head_starts.binary_search(&x.start).is_ok();
            // Table cells: two short, punctuation-free fragments.
            let cells = gap && is_punct_free_short(at, 4) && is_punct_free_short(bt, 4);
            let hit = cells
                || (!gap || spaced)
                    && continues(la)
                    && can_follow(fb)
                    && (at.chars().count() >= 10 || matches!(la, '，' | ',' | '、'))
                    && !is_special_a(a_src)
                    && !is_special_b(b_src)
                    // A short line of its own (an issuer, a name) is not a continuation.
                    && !(bt.chars().count() < 10 && bt.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()))
                    && !is_author_line(bt);
            if hit {
                let sp = doc.clean.to_src(Span::new(a.end - la.len_utf8(), t.start + fb.len_utf8()));
                out.push(
                    RawFinding::new("broken-line", Severity::Warning, sp, "句子中间断行，疑为复制时产生的多余换行")
                        .suggest(format!("{la}{fb}")),
                );
            }
        }
        prev = Some(t);
        blank = false;
    }
    // A stray space after a comma inside a sentence (`为根本, 综合`): found from the spaces,
    // which are among the document's marks (a run of spaces between a Han character and a
    // comma before, and a Han character after).
    let b = s.as_bytes();
    for &(p, c) in doc.marks() {
        if c != ' ' || p > 0 && b[p - 1] == b' ' {
            continue;
        }
        let mut before = s[..p].chars().rev();
        let Some(comma) = before.next().filter(|c| matches!(c, ',' | '，')) else { continue };
        if !before.next().is_some_and(is_han) {
            continue;
        }
        let e = p + b[p..].iter().take_while(|&&x| x == b' ').count();
        if s[e..].chars().next().is_some_and(is_han) {
            let sp = doc.clean.to_src(Span::new(p - comma.len_utf8(), e));
            out.push(RawFinding::new("broken-line", Severity::Info, sp, "句中多余的空格").suggest(comma.to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn break_inside_a_place_name() {
        let t = "一、总体\n群众看得最清楚、最有发言权。西\n天尾镇切实推动主题教育持续走深走实。";
        assert_eq!(flags(t, "broken-line"), [("西\n天".into(), Some("西天".into()))]);
    }

    #[test]
    fn breaks_between_sentences_and_headings_are_fine() {
        let t = "现将调查情况汇报如下:\n一、农村经济社会发展迈上新台阶\n党的十八大以来，发展很快。\n(一)农村经济发展明显加快";
        assert!(flags(t, "broken-line").is_empty());
    }

    #[test]
    fn author_line_under_a_dateline_is_fine() {
        let t = "某某工作情况的报告\n——2024年4月23日在市人民代表大会常务委员会第九次会议上\n市生态环境局局长 王某某\n主任、各位委员:";
        assert!(flags(t, "broken-line").is_empty());
    }

    #[test]
    fn issuer_line_after_a_dateline_is_fine() {
        let t = "——2019年9月2日在汕尾市第七届人民代表\n大会常务委员会第二十八次会议上\n汕尾市财政局\n主任、各位委员:";
        assert_eq!(flags(t, "broken-line"), [("表\n大".into(), Some("表大".into()))]);
    }

    #[test]
    fn table_cells() {
        assert_eq!(flags("序号\n\n责任\n\n领导\n\n白仙山水库工程政策处理\n\n欧乾震", "broken-line").len(), 2);
    }
}
