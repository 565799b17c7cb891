//! `unbalanced-pair`: “ ” 《 》 （ ） 【 】 ( ) that do not pair up within a paragraph —
//! `“两会精神“`, `“两个维护〞`, `(GDP138.31億元`. Read on the clean view, so pinyin glosses a
//! site inserted (`統(tǒng)`) do not count.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "unbalanced-pair",
        label: "括号引号配对",
        severity: crate::model::Severity::Warning,
        description: "引号、书名号、括号没有成对。",
    }],
    fix: super::Fix::Safe,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::scan::marks_in;
use crate::span::Span;
use crate::Doc;

/// `〝…〞`: the double prime quotes some Taiwan and Hong Kong texts use.
const PAIRS: &[(char, char)] =
    &[('“', '”'), ('《', '》'), ('（', '）'), ('【', '】'), ('(', ')'), ('〔', '〕'), ('「', '」'), ('〝', '〞')];

fn opener(c: char) -> Option<char> {
    PAIRS.iter().find(|(_, cl)| *cl == c).map(|(o, _)| *o)
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let s = doc.clean.text.as_str();
    let mut out = Vec::new();
    // Only the document's marks (punctuation, found once for several checks) are looked at.
    let marks = doc.marks();
    let lines = &doc.clean_lines;
    // A closing mark that opens the next line closes the pair the line break cut
    // (`“两强化、一突出` / `”工作法`): that break is a broken line, not an unpaired mark.
    let mut carried: Option<usize> = None;
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        stack.clear();
        let in_line = marks_in(marks, l.span.start, l.span.end);
        for &(at, c) in in_line {
            if carried == Some(at)
                || !matches!(
                    c,
                    '“' | '”'
                        | '《'
                        | '》'
                        | '（'
                        | '）'
                        | '【'
                        | '】'
                        | '('
                        | ')'
                        | '〔'
                        | '〕'
                        | '「'
                        | '」'
                        | '〞'
                        | '〝'
                )
            {
                continue;
            }
            if c == '“' {
                // A second opening quote before any closing one: the second was meant to close.
                if stack.last().is_some_and(|&(o, _)| o == '“') {
                    stack.pop();
                    out.push((
                        Span::new(at, at + c.len_utf8()),
                        "引号不配对：开引号“后又出现开引号“，后一个应为”".to_string(),
                        Some("”"),
                    ));
                    continue;
                }
                stack.push((c, at));
            } else if PAIRS.iter().any(|(o, _)| *o == c) {
                stack.push((c, at));
            } else if c == '〞' && stack.last().is_none_or(|&(o, _)| o != '〝') {
                // Used as a closing quote (`“两个维护〞`): it closes, and is flagged as the wrong mark.
                if stack.last().is_some_and(|&(o, _)| o == '“') {
                    stack.pop();
                }
                out.push((
                    Span::new(at, at + c.len_utf8()),
                    "引号用错：“〞”不是中文右引号，应为”".to_string(),
                    Some("”"),
                ));
            } else if let Some(o) = opener(c) {
                // Look back a bounded way: a closer pairs with a recent opener, and a line of
                // thousands of unmatched marks must not make this quadratic.
                let from = stack.len().saturating_sub(64);
                match stack[from..].iter().rposition(|&(x, _)| x == o) {
                    Some(p) => {
                        stack.truncate(from + p);
                    }
                    None => out.push((Span::new(at, at + c.len_utf8()), format!("“{c}”没有对应的“{o}”"), None)),
                }
            }
        }
        if carried.is_some_and(|c| c < l.span.end) {
            carried = None;
        }
        if let Some(&(o, _)) = stack.last() {
            let close = PAIRS.iter().find(|(x, _)| *x == o).map_or(' ', |x| x.1);
            let next = lines[i + 1..].iter().map(|n| n.trimmed).find(|n| !n.is_empty());
            if let Some(n) = next.filter(|n| s[n.start..n.end].starts_with(close)) {
                stack.pop();
                carried = Some(n.start);
            } else if !s[l.trimmed.start..l.trimmed.end].ends_with(crate::blocks::is_sentence_end) {
                // A title set over lines (`关于《…关于` / `2017年度…报告〉的` / `审议意见》研究…`):
                // the pair closes on one of the next two lines (no blank line between), before
                // any sentence ends.
                let mut rest = lines[i + 1..].iter().take(2).take_while(|n| !n.trimmed.is_empty());
                'lines: for n in rest.by_ref() {
                    for &(at, c) in marks_in(marks, n.span.start, n.span.end) {
                        if c == close {
                            stack.pop();
                            carried = Some(at);
                            break 'lines;
                        }
                        if c == o || crate::blocks::is_sentence_end(c) {
                            break 'lines;
                        }
                    }
                }
            }
        }
        // Each unclosed opener is shown up to the end of its clause: find clause ends once per
        // line, so a line of thousands of openers stays linear.
        if stack.is_empty() {
            continue;
        }
        let ends: Vec<usize> = in_line
            .iter()
            .filter(|&&(_, c)| crate::blocks::is_sentence_end(c) || c == '，' || c == ',')
            .map(|&(k, _)| k)
            .collect();
        for &(o, p) in &stack {
            let close = PAIRS.iter().find(|(x, _)| *x == o).map_or(' ', |x| x.1);
            let mut end = ends.get(ends.partition_point(|&e| e <= p)).copied().unwrap_or(l.span.end);
            // At most about 30 characters: enough to see what is open, no more.
            if end - p > 90 {
                end = p + 90;
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
            }
            out.push((Span::new(p, end), format!("“{o}”没有对应的“{close}”"), None));
        }
    }
    out.into_iter()
        .map(|(sp, msg, fix)| {
            let f = RawFinding::new("unbalanced-pair", Severity::Warning, doc.clean.to_src(sp), msg);
            match fix {
                Some(x) if sp.len() <= 3 => f.suggest(x),
                _ => f,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn unpaired_marks() {
        assert_eq!(flags("实现地区生产总值(GDP138.31亿元,同比增长", "unbalanced-pair").len(), 1);
        assert_eq!(flags("“两会精神“主题会", "unbalanced-pair").len(), 1);
        assert_eq!(flags("坚决把“两个维护〞落实", "unbalanced-pair"), [("〞".into(), Some("”".into()))]);
        assert_eq!(flags("“两会精神“主题会", "unbalanced-pair"), [("“".into(), Some("”".into()))]);
    }

    #[test]
    fn a_pair_cut_by_a_line_break_is_not_unpaired() {
        assert!(flags("推行“三联、两帮\n”工作法，成效明显。", "unbalanced-pair").is_empty());
        assert_eq!(flags("推行“三联、两帮\n工作法，成效明显。", "unbalanced-pair").len(), 1);
    }

    #[test]
    fn a_title_set_over_lines_is_paired() {
        // Before: 《 on the first line and 》 on the third were both unpaired.
        let t = "某市人民政府\n关于《某市人大常委会对〈某市人民政府关于\n2017年度环境保护工作情况的报告〉的\n审议意见》研究处理情况的报告\n";
        assert!(flags(t, "unbalanced-pair").is_empty(), "{:?}", flags(t, "unbalanced-pair"));
        // Still flagged: the pair does not close before the sentence ends.
        let t = "关于《某市人大常委会对\n审议意见研究处理情况的报告。\n》";
        assert_eq!(flags(t, "unbalanced-pair").len(), 2, "{:?}", flags(t, "unbalanced-pair"));
    }

    #[test]
    fn pinyin_glosses_and_pairs_are_fine() {
        assert!(flags("做到“一人一档、一村一盒”。“三八”妇女节（不含电费）", "unbalanced-pair").is_empty());
        // Double prime quotes pair with each other (before: 〝 was unpaired).
        assert!(flags("參加〝如何填寫報稅〞講座", "unbalanced-pair").is_empty());
        assert_eq!(flags("參加〝如何填寫報稅講座。", "unbalanced-pair").len(), 1);
    }
}
