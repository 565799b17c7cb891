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

/// `某部副部长 王某某`, `王 某 某`, `某市市长 李 某`: an office and a name (the name
/// whole or spaced out a character at a time), the author line under a title.
fn is_author_line(t: &str) -> bool {
    let parts: Vec<&str> = t.split(crate::blocks::is_space).filter(|p| !p.is_empty()).collect();
    if t.chars().count() > 24 || !parts.iter().all(|p| p.chars().all(|c| is_han(c) || c == '、')) {
        return false;
    }
    let singles = parts.iter().rev().take_while(|p| p.chars().count() == 1).count();
    match singles {
        0 => parts.len() == 2 && (2..=4).contains(&parts[1].chars().count()),
        2..=4 => parts.len() - singles <= 1,
        _ => false,
    }
}

/// A sentence ends at one of these.
fn ends_sentence(c: char) -> bool {
    crate::blocks::is_sentence_end(c) || c == '…'
}

/// An English line (a bilingual report): a line break there is a space, not a split word.
fn is_latin(t: &str) -> bool {
    let latin = t.chars().filter(char::is_ascii_alphabetic).count();
    latin > 0 && latin >= t.chars().filter(|&c| is_han(c)).count()
}

/// A photo caption or credit, a unit of its own though it has no full stop:
/// `△县长张勇作《政府工作报告》`, `…出席仪式并致辞。新华社记者 王某 摄`.
fn is_caption(t: &str) -> bool {
    let tail: String = t.chars().rev().take(12).collect();
    t.starts_with(&['△', '▲'][..]) || t.ends_with(&['摄', '攝'][..]) && (tail.contains("者记") || tail.contains("者記"))
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
    let title = st.title.map(|sp| doc.text[sp.start..sp.end].trim()).filter(|t| !t.is_empty());
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
    // Reports pasted a paragraph a line: their lines of prose (≥ 10 characters with a comma;
    // the last line, often cut, not counted) end a sentence, and there a line with neither a
    // sentence end nor a comma is a unit of its own — a headline, a title, a header row — not
    // half a sentence. In a text re-wrapped from a PDF most lines of prose end mid-sentence.
    let (mut prose, mut open) = (0usize, 0usize);
    let last = lines.iter().rposition(|l| !l.trimmed.is_empty()).unwrap_or(0);
    for l in lines[..last].iter().map(|l| &s[l.trimmed.start..l.trimmed.end]) {
        if l.chars().nth(9).is_some() && l.contains(&['，', ','][..]) {
            prose += 1;
            open += usize::from(l.chars().next_back().is_some_and(continues));
        }
    }
    let paragraphs = prose > 0 && open * 3 <= prose;
    // (A dateline, `——2019年9月2日在…人民代表` / `大会…会议上`, is wrapped even there.)
    let unit = |t: &str| {
        paragraphs
            && !t.starts_with('—')
            && !t.ends_with('、')
            && !t.contains(|c| ends_sentence(c) || matches!(c, '，' | ','))
    };
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
            // A line that ends with a run-in heading (`…”。一、强化认识,建立高效组织网络体系`): its
            // body starts on the next line. (Not a `一是`/`第一` item: those open sentences of
            // prose, and one that runs to the line's end is more often wrapped.)
            let ends_heading = |x: Span| {
                let k = st.headings.partition_point(|h| h.span.start < x.end);
                k > 0 && {
                    let h = &st.headings[k - 1];
                    !matches!(h.family, crate::model::Family::Shi | crate::model::Family::Di)
                        && h.span.start > x.start
                        && h.span.end <= x.end
                        && h.span.end + 4 >= x.end
                }
            };
            // The title printed again in a title block (`…上的讲话` / `用心用爱…`).
            let title_copy = |x: Span| title.is_some_and(|tt| doc.text[x.start..x.end].trim() == tt);
            let is_special_a = |x: Span| {
                special.iter().any(|sp| sp.overlaps(&x)) || own_heading(x) || ends_heading(x) || title_copy(x)
            };
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
                    && !is_author_line(bt)
                    && !is_latin(at)
                    && !is_latin(bt)
                    && !is_caption(at)
                    // A page title printed twice is two units, not one sentence.
                    && at != bt
                    && !unit(at);
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
    out.extend(rewrapped(doc));
    out
}

/// A text re-wrapped from a PDF, its line breaks turned into spaces (`是全 省最大`, `工作情
/// 况`): single spaces between two Han characters inside a line that has a clause mark before
/// and after them. Neither side may be a lone character (a letter-spaced `理 事 會`), nor
/// touch a heading, title or salutation (`一、工作回顾 过去一年中`). A space or two may be
/// meant; a re-wrapped text has many, so they count from three.
fn rewrapped(doc: &Doc) -> Vec<RawFinding> {
    let s = doc.clean.text.as_str();
    let st = &doc.structure;
    let mut out = Vec::new();
    for l in &doc.clean_lines {
        let (a, z) = (l.trimmed.start, l.trimmed.end);
        // Findings up to `kept` have a clause mark after them on the line.
        let (mut seen, mut kept) = (false, out.len());
        for &(p, c) in crate::scan::marks_in(doc.marks(), a, z) {
            if c != ' ' {
                if matches!(c, '，' | ',' | '、' | '；' | ';') || ends_sentence(c) {
                    (seen, kept) = (true, out.len());
                }
                continue;
            }
            let (before, after) = (&s[a..p], &s[p + 1..z]);
            let mut bc = before.chars().rev();
            let mut ac = after.chars();
            let (Some(x), Some(y)) = (bc.next().filter(|&x| is_han(x)), ac.next().filter(|&y| is_han(y))) else {
                continue;
            };
            let y2 = ac.next();
            // A blank left for a number (`实到代表 人，`) or the next heading of a list run
            // into one line (`…分析 參、四級培訓`) is no broken word.
            let blank = crate::tables::unit_at(after).is_some_and(|u| !after[u.len()..].starts_with(is_han));
            if !seen || bc.next().is_none_or(|c| c == ' ') || y2.is_none_or(|c| c == ' ' || c == '、') || blank {
                continue;
            }
            let sp = doc.clean.to_src(Span::new(p - x.len_utf8(), p + 1 + y.len_utf8()));
            let h = st.headings.partition_point(|h| h.span.start <= sp.end);
            let near = Span::new(sp.start.saturating_sub(4), sp.end + 4);
            if h > 0 && st.headings[h - 1].span.end + 4 + y.len_utf8() >= sp.end
                || st.title.is_some_and(|t| t.overlaps(&near))
                || st.salutation.is_some_and(|t| t.overlaps(&near))
            {
                continue;
            }
            out.push(
                RawFinding::new("broken-line", Severity::Info, sp, "句中多余的空格，疑为复制时换行变成了空格")
                    .suggest(String::from_iter([x, y])),
            );
        }
        out.truncate(kept);
    }
    if out.len() < 3 {
        out.clear();
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
    fn units_of_their_own_in_a_text_of_whole_paragraphs() {
        // Before: each of these breaks was flagged (a headline, a caption, a photo credit, a
        // header row, a dateline before a spaced name, English lines).
        let t = "某某回顾在某市7个月工作:重点做了四方面工作\n某某:领导调整是组织慎重决定的\n昨天下午，本市召开党政负责干部大会，会议由某某主持。\n今年的国庆招待会新增了三位号角手\n前不久召开的党的二十届三中全会，吹响了时代号角。\n10月1日，国家馆日仪式在上海世博中心隆重举行。新华社记者 王某 摄\n尊敬的各位来宾，女士们，先生们：\n△县长张勇作政府工作报告\n2023年是全面贯彻党的二十大精神的开局之年，成绩可圈可点。\n索 引 号 11331024/2024-104757 公开方式 主动公开\n成文日期 2024-01-16 发布机构 下各镇\n一年来，我们坚持稳中求进，经济运行稳中向好。\n";
        assert!(flags(t, "broken-line").is_empty(), "{:?}", flags(t, "broken-line"));
        let t = "乡镇开展友镇立标、发展对标活动工作总结\n为摈弃“洼地”思维，创先争优，我镇开展了对标活动。\n一年来，我们坚持稳中求进，经济运行稳中向好。\n在市教育工作会议上的报告\n市教育局局长、党委书记 王某某\n同志们，今年以来，全市教育工作稳步推进。\n";
        assert!(flags(t, "broken-line").is_empty(), "{:?}", flags(t, "broken-line"));
        let t = "政府工作报告\n2019年3月2日在某县第十六届人民代表大会第四次会议上\n王 某 某\n各位代表：\nREPORT ON THE WORK OF THE GOVERNMENT\nDelivered at the Third Session of the Sixteenth County\nPeople's Congress on January 14, 2025\n现在，我代表县人民政府向大会报告工作，请予审议。\n";
        assert!(flags(t, "broken-line").is_empty(), "{:?}", flags(t, "broken-line"));
        // Still flagged in such a text: a break after a sentence end, or after a comma.
        let t = "昨天下午，本市召开党政负责干部大会，会议由某某主持。西\n天尾镇切实推动主题教育持续走深走实。\n2023年，在市委市政府的坚强领导下，全镇上下团结一心，\n攻坚克难，取得了显著成绩。\n";
        assert_eq!(flags(t, "broken-line").len(), 2, "{:?}", flags(t, "broken-line"));
    }

    #[test]
    fn a_line_printed_twice_is_not_split() {
        // Before: the repeated headline was joined to itself.
        let t = "庆祝大会在某广场隆重举行 某某发表重要讲话\n\n庆祝大会在某广场隆重举行 某某发表重要讲话\n\n发布时间：2021-07-01\n";
        assert!(flags(t, "broken-line").is_empty(), "{:?}", flags(t, "broken-line"));
        // Still flagged: a different line after it.
        let t = "庆祝大会在某广场隆重举行 某某发表重要讲话\n会议指出，一年来全镇上下团结一心，\n攻坚克难，取得了显著成绩。\n";
        assert_eq!(flags(t, "broken-line").len(), 1);
    }

    #[test]
    fn a_line_that_ends_with_a_heading_or_repeats_the_title() {
        // Before: the break after a run-in heading at a line's end, and after the title's
        // second copy in a title block, were flagged.
        let t = "一、总体情况\n会议强调，要把安全生产放在首位，切实抓紧抓好。二、强化认识,建立高效组织网络体系\n安全生产认识是关键。认识包括两个层面。\n";
        assert!(flags(t, "broken-line").is_empty(), "{:?}", flags(t, "broken-line"));
        let t = "在全县专题研讨班结业仪式上的讲话用心用爱用功答好\"强县之问\"以良好的精神状态奋力开创新局面(2019年3月31日) 同志们: 县不图强,必有远忧。当前,全国各地都在深入学习贯彻\n在全县专题研讨班结业仪式上的讲话\n用心用爱用功答好“强县之问”\n以良好的精神状态奋力开创新局面\n(2019年3月31日)\n同志们:\n县不图强,必有远忧。\n";
        assert!(flags(t, "broken-line").is_empty(), "{:?}", flags(t, "broken-line"));
        // Still flagged: a break in the middle of the body after such a heading.
        let t = "一、总体情况\n会议强调，要把安全生产放在首位，切实抓紧抓好。二、强化认识,建立高效组织网络体系\n安全生产认识是关键，认识包括两个层面，第一个是思想上的认\n识，第二个是行动上的落实。\n";
        assert_eq!(flags(t, "broken-line"), [("认\n识".into(), Some("认识".into()))]);
        // And a `三是` item of prose that runs to a wrapped line's end.
        let t = "全乡已发展鸡、鸭、鹅养殖超过20万只。三是养兔业,以裘皮工艺厂为依托,全乡养兔3万只,畜牧业总\n产值实现1530万元,同比增长17%。\n";
        assert_eq!(flags(t, "broken-line"), [("总\n产".into(), Some("总产".into()))]);
    }

    #[test]
    fn line_breaks_turned_into_spaces() {
        // Before: a text re-wrapped from a PDF kept its spaces inside words unflagged.
        let t = "全县常住人口80万人,是全 省最大的农业县。我们把县情实际想 明白,一年清 理了561个项目。\n";
        let f = flags(t, "broken-line");
        assert_eq!(f[0], ("全 省".into(), Some("全省".into())));
        assert_eq!(f.len(), 3);
        // Fewer than three, a letter-spaced name, a blank for a number and the next heading
        // of a list run into the line are no broken words.
        assert!(flags("全县常住人口80万人,是全 省最大的农业县。\n", "broken-line").is_empty());
        let t = "本村有选举权的村民 人,到会 人,经清点,符合规定。理 事 會,會議由某某主持,會議圓滿成功。壹、選擇立論基礎 貳、優勢劣勢分析 參、四級培訓,逐項落實。\n";
        assert!(flags(t, "broken-line").is_empty(), "{:?}", flags(t, "broken-line"));
    }

    #[test]
    fn table_cells() {
        assert_eq!(flags("序号\n\n责任\n\n领导\n\n白仙山水库工程政策处理\n\n欧乾震", "broken-line").len(), 2);
    }
}
