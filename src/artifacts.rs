//! Site artefacts (spec §5): text that is not part of the report. Takes the source, gives
//! sorted, non-overlapping byte spans. Patterns live in the tables below; the code only knows
//! three shapes: a token anywhere, a notice that owns its whole line, and a pinyin gloss.
//!
//! Collection headers and site title lines (`…(精选3篇)`, a shorter copy of the title) are
//! decided in `structure`, which knows where the title is, and added there.

use crate::blocks::{self, is_space};
use crate::span::Span;
use crate::tables::is_han;

/// Markers that are artefacts wherever they stand (after the `##…##` / `$$…$$` shapes).
const TOKENS: &[&str] = &["本资料权属文秘公文第一站严禁复制剽窃"];

/// A line containing all the words of one entry is a site notice; the whole line goes.
const NOTICE_LINES: &[&[&str]] = &[
    &["全文共", "字", "显示"],
    &["全文共", "字", "顯示"],
    &["请认真阅读下面的提示信息"],
    &["预览结束"],
    &["本文档由", "上传"],
    &["下载后可编辑"],
    &["仅展示", "字"],
    &["内容发布更新时间"],
    &["下面是文章的全部内容"],
    &["下面是小编", "供大家参考"],
    &["小编为大家"],
    &["精心挑选", "供您"],
    &["范文", "仅供参考"],
    &["範文", "僅供參考"],
    &["范文", "僅供參考"],
    &["省略", "会员"],
    &["省略", "會員"],
    &["更多", "请访问"],
    &["如有侵权"],
    &["版权归", "所有"],
    &["免责声明"],
    &["扫一扫", "关注"],
    &["关注", "公众号"],
    &["点击", "下载"],
    &["文档", "免费下载"],
    &["此处省略", "字"],
    &["本文由", "整理"],
    &["转载", "注明出处"],
];

/// Lines that are artefacts when they are exactly this (after trimming).
const WHOLE_LINES: &[&str] = &["资源描述", "資源描述", "| |", "||"];

/// Prefixes that are artefacts at the start of a line.
const LINE_PREFIXES: &[&str] = &["标题:", "标题：", "標題:", "標題：", "•", "●"];

/// Suffixes that are artefacts at the end of a line.
const LINE_SUFFIXES: &[&str] = &["| |", "||"];

fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".contains(c)
}

/// `(tǒng)` right after a Han character: a pinyin gloss pasted in by a reading-aid site.
fn pinyin_at(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let open = rest.chars().next()?;
    if open != '(' && open != '（' {
        return None;
    }
    if !s[..i].chars().next_back().is_some_and(is_han) {
        return None;
    }
    let body = &rest[open.len_utf8()..];
    let mut n = 0;
    let mut tone = false;
    for (j, c) in body.char_indices() {
        if c == ')' || c == '）' {
            return (n >= 1 && tone).then(|| i + open.len_utf8() + j + c.len_utf8());
        }
        if c.is_ascii_lowercase() || is_tone_vowel(c) {
            tone |= is_tone_vowel(c);
            n += 1;
            if n > 7 {
                return None;
            }
        } else {
            return None;
        }
    }
    None
}

/// `##paidbegin##`, `$$paidend$$` and the like: two sigils, ASCII letters, two sigils.
fn sigil_token_at(b: &[u8], i: usize) -> Option<usize> {
    let sig = b[i];
    if !(sig == b'#' || sig == b'$') || b.get(i + 1) != Some(&sig) {
        return None;
    }
    let mut j = i + 2;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    (j > i + 2 && j - i <= 24 && b.get(j) == Some(&sig) && b.get(j + 1) == Some(&sig)).then_some(j + 2)
}

/// Page captions on their own line: `- 3 -`, `— 3 —`, `第3页 共5页`, `第 3 页`.
fn is_page_line(t: &str) -> bool {
    let inner: String = t.chars().filter(|c| !is_space(*c)).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    for dash in ["-", "—", "－", "–"] {
        if let Some(x) = inner.strip_prefix(dash).and_then(|x| x.strip_suffix(dash)) {
            if digits(x) {
                return true;
            }
        }
    }
    if let Some(x) = inner.strip_prefix('第') {
        if let Some((n, rest)) = x.split_once('页') {
            return digits(n) && (rest.is_empty() || (rest.starts_with('共') && rest.ends_with('页')));
        }
    }
    false
}

/// `…报告(精选3篇)`, `…总结三篇`, `…大全(13篇)`: a site's collection header, not a title.
fn is_collection_header(t: &str) -> bool {
    if t.chars().count() > 60 || t.contains(['。', '，', '；']) {
        return false;
    }
    let core = t.trim_end_matches([')', '）']);
    let Some(before) = core.strip_suffix('篇') else {
        return false;
    };
    let bracketed = core.len() < t.len();
    let n = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || crate::tables::han_digit(*c).is_some() || *c == '十')
        .count();
    n > 0 && (bracketed || before.chars().rev().nth(n).is_some_and(is_han))
}

/// `篇一：` / `篇2:` / `第三篇：` at the start of a line: a collection site's item label.
fn item_label(t: &str) -> Option<usize> {
    let rest = t.strip_prefix('篇').or_else(|| t.strip_prefix('第'))?;
    let n =
        rest.chars().take_while(|c| c.is_ascii_digit() || crate::tables::han_digit(*c).is_some() || *c == '十').count();
    if n == 0 {
        return None;
    }
    let mut after: &str = &rest[rest.char_indices().nth(n).map_or(rest.len(), |x| x.0)..];
    if t.starts_with('第') {
        after = after.strip_prefix('篇')?;
    }
    let colon = after.chars().next().filter(|c| matches!(c, '：' | ':'))?;
    Some(t.len() - after.len() + colon.len_utf8())
}

/// The licence footer of a public-domain source: from a line starting `本作品` that speaks of
/// 公有领域 to the end of the text.
fn licence_footer(text: &str, line: Span) -> Option<Span> {
    let t = &text[line.start..line.end];
    if !t.starts_with("本作品") {
        return None;
    }
    let tail = &text[line.start..];
    let mut cut = tail.len().min(2000);
    while !tail.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &tail[..cut];
    (window.contains("公有领域") || window.contains("Public domain"))
        .then(|| blocks::trim(text, Span::new(line.start, text.len())))
}

/// `目录/提纲:……` blocks: from that line to the next line that is only `……`.
fn outline_block(text: &str, lines: &[blocks::Line], k: usize) -> Option<(Span, usize)> {
    let l = lines[k].trimmed;
    let t = &text[l.start..l.end];
    if !(t.starts_with("目录") || t.starts_with("提纲")) {
        return None;
    }
    for (j, m) in lines.iter().enumerate().skip(k + 1).take(60) {
        let u = &text[m.trimmed.start..m.trimmed.end];
        if !u.is_empty() && u.chars().all(|c| c == '…' || c == '.' || c == '。') {
            return Some((Span::new(l.start, m.trimmed.end), j));
        }
    }
    None
}

/// `1、` chunk numbers that document sites insert where they split a text: a number and `、`
/// between two Han characters in the middle of a sentence (`工作1、推进` ), never after 第.
fn chunk_marker_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
        return None;
    }
    let prev = s[..i].chars().next_back()?;
    if !is_han(prev) || "第约共近超达和与及或至到".contains(prev) {
        return None;
    }
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    if j - i > 2 || !s[j..].starts_with('、') {
        return None;
    }
    let after = j + '、'.len_utf8();
    let next = s[after..].chars().next()?;
    // `1、2、3名` and `1、3季度` are lists of numbers, not chunk marks.
    (is_han(next) && !s[after..].starts_with(|c: char| c.is_ascii_digit())).then_some(after)
}

/// `lines` are the source's lines (`blocks::lines(text)`).
pub fn find(text: &str, lines: &[blocks::Line]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let l = lines[k];
        let t = &text[l.trimmed.start..l.trimmed.end];
        if t.is_empty() {
            k += 1;
            continue;
        }
        if let Some(f) = licence_footer(text, l.trimmed) {
            out.push(f);
            break;
        }
        if let Some((sp, last)) = outline_block(text, lines, k) {
            out.push(sp);
            k = last + 1;
            continue;
        }
        // Site notices are short lines; a long paragraph is report text.
        let whole = WHOLE_LINES.contains(&t)
            || is_collection_header(t)
            || is_page_line(t)
            || (t.len() <= 900 && NOTICE_LINES.iter().any(|ws| ws.iter().all(|w| t.contains(w))));
        if whole {
            out.push(l.trimmed);
            k += 1;
            continue;
        }
        if let Some(e) = item_label(t) {
            out.push(Span::new(l.trimmed.start, l.trimmed.start + e));
        }
        for p in LINE_PREFIXES {
            if t.starts_with(p) {
                out.push(Span::new(l.trimmed.start, l.trimmed.start + p.len()));
            }
        }
        for p in LINE_SUFFIXES {
            if t.len() > p.len() && t.ends_with(p) {
                out.push(Span::new(l.trimmed.end - p.len(), l.trimmed.end));
            }
        }
        inline(text, l.span, &mut out);
        k += 1;
    }
    out.sort();
    merge(out)
}

/// Artefacts inside a line: sigil tokens, listed tokens, `[本文共1710字]`, pinyin glosses,
/// chunk numbers.
pub fn inline(text: &str, line: Span, out: &mut Vec<Span>) {
    let s = &text[line.start..line.end];
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !s.is_char_boundary(i) {
            i += 1;
            continue;
        }
        // Dispatch on the first byte: most characters can start no artefact at all.
        let end = match b[i] {
            b'#' | b'$' => sigil_token_at(b, i),
            b'[' => word_count_tag_at(s, i),
            b'(' => pinyin_at(s, i),
            b'\'' => stray_quote_at(s, i),
            b'0'..=b'9' => chunk_marker_at(s, i),
            0xE0..=0xEF => {
                let c = s[i..].chars().next().unwrap_or(' ');
                match c {
                    '【' => word_count_tag_at(s, i),
                    '（' => pinyin_at(s, i),
                    _ => TOKENS.iter().find(|t| s[i..].starts_with(**t)).map(|t| i + t.len()),
                }
            }
            _ => None,
        };
        match end {
            Some(e) => {
                out.push(Span::new(line.start + i, line.start + e));
                i = e;
            }
            None => i += 1,
        }
    }
}

/// A lone ASCII `'` between two Han characters (`市政府的'安排`): a scraping leftover.
fn stray_quote_at(s: &str, i: usize) -> Option<usize> {
    (s.as_bytes()[i] == b'\''
        && s[..i].chars().next_back().is_some_and(is_han)
        && s[i + 1..].chars().next().is_some_and(is_han))
    .then_some(i + 1)
}

/// `[本文共1710字]` / `【本文共1710字】`.
fn word_count_tag_at(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let (open, close) = if rest.starts_with('[') {
        ('[', ']')
    } else if rest.starts_with('【') {
        ('【', '】')
    } else {
        return None;
    };
    let body = &rest[open.len_utf8()..];
    let inner = body.strip_prefix("本文共")?;
    let n = inner.chars().take_while(|c| c.is_ascii_digit()).count();
    let after = inner[n..].strip_prefix('字')?;
    after.starts_with(close).then(|| s.len() - after.len() + close.len_utf8())
}

fn merge(v: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(v.len());
    for s in v {
        if s.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arts(t: &str) -> Vec<&str> {
        find(t, &blocks::lines(t)).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn paid_markers_anywhere() {
        assert_eq!(arts("学习网##paidbegin##络。\n##paidend##"), ["##paidbegin##", "##paidend##"]);
        assert_eq!(arts("$$paidbegin$$三、聚焦"), ["$$paidbegin$$"]);
        assert!(arts("共有20个##党支部").is_empty());
    }

    #[test]
    fn pinyin_glosses() {
        assert_eq!(arts("沅江市統(tǒng)計(jì)局"), ["(tǒng)", "(jì)"]);
        assert!(arts("地区生产总值(GDP)").is_empty());
        assert!(arts("村（社区）").is_empty());
    }

    #[test]
    fn notices_and_pages() {
        let t = "正文\n(未完,全文共1507字,当前显示476字)\n- 1 -\n第3页 共5页\n资源描述";
        assert_eq!(arts(t), ["(未完,全文共1507字,当前显示476字)", "- 1 -", "第3页 共5页", "资源描述"]);
        assert_eq!(arts("小学党支部党建工作汇报[本文共1710字]"), ["[本文共1710字]"]);
        assert_eq!(arts("标题:长治市统计局工作总结 | |"), ["标题:", "| |"]);
        assert_eq!(
            arts("2023年学校党支部换届工作报告(精选3篇)\n党支部工作年度总结三篇"),
            ["2023年学校党支部换届工作报告(精选3篇)", "党支部工作年度总结三篇"]
        );
        assert!(arts("2023年学校党支部换届工作报告 篇1").is_empty());
        assert_eq!(arts("按照市政府的'安排部署"), ["'"]);
        assert_eq!(arts("篇一：乡镇党建工作总结\n第二篇:村级工作汇报"), ["篇一：", "第二篇:"]);
        assert!(arts("第一，要正确认识形势").is_empty());
    }

    #[test]
    fn chunk_numbers_mid_sentence_only() {
        assert_eq!(arts("进一步推动工作2、落实到位"), ["2、"]);
        assert!(arts("1、低保工作。").is_empty());
        assert!(arts("第1、2名").is_empty());
        assert!(arts("荣获1、2、3等奖").is_empty());
    }

    #[test]
    fn licence_footer_to_the_end() {
        let t = "谢谢大家！\n\n本作品是中华人民共和国的\n法律\n，属于\n公有领域\n。\n\nPublic domain\n";
        assert_eq!(arts(t).len(), 1);
        assert!(arts(t)[0].starts_with("本作品") && arts(t)[0].ends_with("Public domain"));
    }
}
