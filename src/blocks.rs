//! Lines and sentences: takes a text (the source, or the clean view), gives the byte spans of
//! its lines (without the line break) and, inside a line, of its sentences (ending after
//! 。！？；!?;). The spans are of the text given: `Line` (source) or `Line<Cln>` (clean view).

use crate::span::{Cln, Span, Src};
use std::marker::PhantomData;

#[derive(Debug)]
pub struct Line<K = Src> {
    /// The line without its terminator.
    pub span: Span<K>,
    /// The line without leading/trailing white space (U+3000, NBSP and BOM included).
    pub trimmed: Span<K>,
}

// By hand: derived ones would ask the marker for them too.
impl<K> Clone for Line<K> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K> Copy for Line<K> {}

impl<K> PartialEq for Line<K> {
    fn eq(&self, o: &Self) -> bool {
        (self.span, self.trimmed) == (o.span, o.trimmed)
    }
}

impl<K> Eq for Line<K> {}

/// A line of the clean view (`Doc::clean_lines`).
pub type CleanLine = Line<Cln>;

impl<K> Line<K> {
    pub fn is_blank(&self, _text: &str) -> bool {
        self.trimmed.is_empty()
    }
}

/// White space as report texts use it: ASCII, U+3000 ideographic space, NBSP, BOM, zero-width.
pub fn is_space(c: char) -> bool {
    // Above U+3000 only the BOM is white space: Han text is answered without Unicode tables.
    if c > '\u{3000}' {
        return c == '\u{feff}';
    }
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{3000}' | '\u{a0}')
}

/// Trim `span` of `text` on both sides.
pub fn trim<K>(text: &str, span: Span<K>) -> Span<K> {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// The source's lines: split on `\n`, `\r\n`, lone `\r`, U+2028 and U+2029.
pub fn lines(text: &str) -> Vec<Line> {
    split(text)
}

/// The clean view's lines, split as [`lines`] splits the source.
pub fn clean_lines(clean: &crate::clean::Clean) -> Vec<CleanLine> {
    split(&clean.text)
}

fn split<K>(text: &str) -> Vec<Line<K>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // Only `\n`, `\r` and the lead byte of U+2028/U+2029 can break a line: jump between them.
    while let Some(k) = memchr::memchr3(b'\n', b'\r', 0xE2, &b[i..]) {
        i += k;
        let (brk, w) = match b[i] {
            b'\n' => (true, 1),
            b'\r' => (true, if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 }),
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => (true, 3),
            _ => (false, 1),
        };
        if brk {
            let span = Span::new(start, i);
            out.push(Line { span, trimmed: trim(text, span) });
            start = i + w;
        }
        i += w;
    }
    let span = Span::new(start, text.len());
    if !span.is_empty() || out.is_empty() {
        out.push(Line { span, trimmed: trim(text, span) });
    }
    out
}

/// Sentence-final punctuation (a run-in heading's title ends at the first of these).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// Closing quotes and brackets: right after a sentence end they go with that sentence.
pub fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')')
}

/// The sentence of `span` (a line; as [`Sentences`] splits it) that holds byte `at`, or `None`
/// for a byte in none (white space). Found from the last sentence end before `at`, not from
/// the line's start, so asking about many places of a long line costs a sentence each.
pub fn sentence_at<K>(text: &str, span: Span<K>, at: usize) -> Option<Span<K>> {
    if at < span.start || at >= span.end {
        return None;
    }
    // A sentence starts right after an end mark and the end marks and closers that follow
    // it; an end mark whose run reaches past `at` ends an earlier sentence than `at`'s.
    let run_end = |m: usize, c: char| {
        let after = m + c.len_utf8();
        after
            + text[after..span.end]
                .chars()
                .take_while(|&d| is_sentence_end(d) || is_closer(d))
                .map(char::len_utf8)
                .sum::<usize>()
    };
    let mut from = span.start;
    let mut back = at;
    while let Some((m, c)) = text[span.start..back].char_indices().rev().find(|x| is_sentence_end(x.1)) {
        let m = span.start + m;
        if run_end(m, c) <= at {
            from = run_end(m, c);
            break;
        }
        back = m;
    }
    // The first end mark after `from` ends the sentence (every one between `from` and `at`
    // has a run reaching past `at`).
    let end = text[from..span.end]
        .char_indices()
        .find(|x| is_sentence_end(x.1))
        .map_or(span.end, |(m, c)| run_end(from + m, c));
    let s = trim(text, Span::new(from, end));
    (s.start <= at && at < s.end).then_some(s)
}

/// Sentences of `span` (a line): each runs up to and including its final punctuation and any
/// closing quotes/brackets right after it; leading white space is skipped.
pub fn sentences<K>(text: &str, span: Span<K>) -> Vec<Span<K>> {
    Sentences::new(text, span).collect()
}

/// [`sentences`] one at a time, without a vector.
pub struct Sentences<'a, K> {
    text: &'a str,
    /// Where the next sentence starts (`end` when done).
    at: usize,
    end: usize,
    /// The next `!` `?` `;` at or after `at` (`end` when none), once looked for.
    ascii: Option<usize>,
    /// The text's non-Han characters ([`crate::scan::marks`]) from the first at or after the
    /// span's start, when the caller has them: the end marks are then read from these.
    marks: Option<&'a [(usize, char)]>,
    kind: PhantomData<K>,
}

impl<'a, K> Sentences<'a, K> {
    pub fn new(text: &'a str, span: Span<K>) -> Self {
        Sentences { text, at: span.start, end: span.end, ascii: None, marks: None, kind: PhantomData }
    }

    /// The same sentences, their ends found among `marks`, the non-Han characters of `text`
    /// ([`crate::clean::Clean::marks`]) instead of by reading the text.
    pub fn with_marks(text: &'a str, span: Span<K>, marks: &'a [(usize, char)]) -> Self {
        let from = marks.partition_point(|m| m.0 < span.start);
        Sentences { marks: Some(&marks[from..]), ..Sentences::new(text, span) }
    }

    /// Where the sentence from `start` ends, its end mark found among the marks: just after
    /// the first end mark before `self.end`, or `self.end`.
    fn end_by_marks(&mut self, marks: &'a [(usize, char)], start: usize) -> usize {
        let mut k = 0;
        while let Some(&(p, c)) = marks.get(k) {
            if p >= self.end {
                break;
            }
            k += 1;
            if p >= start && is_sentence_end(c) {
                self.marks = Some(&marks[k..]);
                return p + c.len_utf8();
            }
        }
        self.marks = Some(&marks[k..]);
        self.end
    }

    /// Closing quotes and brackets, and more end marks, go with the sentence that ends at `end`.
    fn closers_after(&self, mut end: usize) -> usize {
        for d in self.text[end..self.end].chars() {
            if is_sentence_end(d) || is_closer(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        end
    }
}

impl<K> Iterator for Sentences<'_, K> {
    type Item = Span<K>;

    fn next(&mut self) -> Option<Span<K>> {
        while self.at < self.end {
            let start = self.at;
            // Every sentence end is `!` `?` `;` or starts with the byte 0xE3 (`。`) or 0xEF
            // (`！？；`): memchr jumps between those, over the Han text.
            let b = &self.text.as_bytes()[..self.end];
            let mut end = self.end;
            let mut i = start;
            if let Some(marks) = self.marks {
                // Or they are read among the marks; then the text is not read at all.
                end = self.end_by_marks(marks, start);
                i = b.len();
                if end < self.end {
                    end = self.closers_after(end);
                }
            }
            while i < b.len() {
                let ascii = match self.ascii {
                    Some(p) if p >= i => p,
                    _ => memchr::memchr3(b'!', b'?', b';', &b[i..]).map_or(b.len(), |k| i + k),
                };
                self.ascii = Some(ascii);
                let j = match memchr::memchr2(0xE3, 0xEF, &b[i..ascii]) {
                    Some(k) => i + k,
                    None if ascii < b.len() => ascii,
                    None => break,
                };
                // `、，（）：` share those lead bytes: told apart by their bytes, undecoded.
                let wide_end = match b.get(j..j + 3) {
                    Some([0xE3, 0x80, 0x82]) | Some([0xEF, 0xBC, 0x81 | 0x9F | 0x9B]) => true,
                    Some([0xE3 | 0xEF, _, _]) => false,
                    _ => true,
                };
                if !wide_end {
                    i = j + 3;
                    continue;
                }
                let c = self.text[j..].chars().next().unwrap_or(' ');
                i = j + c.len_utf8();
                if is_sentence_end(c) {
                    end = self.closers_after(i);
                    break;
                }
            }
            self.at = end;
            let sp = trim(self.text, Span::new(start, end));
            if !sp.is_empty() {
                return Some(sp);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_from_marks_are_the_sentences() {
        let t = "一是学习。”全镇，（一）“好”！？ 二是;a!b?c；  三是…… 四\u{3000}。。）」末尾𠮷😀。";
        let marks = crate::scan::marks(t);
        let ends: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        // Every span between character boundaries, from the start and from inside.
        for &a in &ends {
            for &b in ends.iter().filter(|&&b| b >= a) {
                let span = Span::<Src>::new(a, b);
                let plain: Vec<_> = Sentences::new(t, span).collect();
                assert_eq!(Sentences::with_marks(t, span, &marks).collect::<Vec<_>>(), plain, "{}", &t[a..b]);
            }
        }
        assert_eq!(sentences(t, Span::<Src>::new(0, t.len())).len(), 8);
    }

    fn line_texts(t: &str) -> Vec<&str> {
        lines(t).iter().map(|l| &t[l.span.start..l.span.end]).collect()
    }

    #[test]
    fn line_breaks_of_every_kind() {
        assert_eq!(line_texts("一、总体\r\n（一）学习\r二\n"), ["一、总体", "（一）学习", "二"]);
        assert_eq!(line_texts(""), [""]);
        assert_eq!(line_texts("甲\u{2028}乙"), ["甲", "乙"]);
    }

    #[test]
    fn trims_ideographic_space_and_bom() {
        let t = "\u{feff}\u{3000}\u{3000}各位领导：\u{a0}";
        let l = lines(t)[0];
        assert_eq!(&t[l.trimmed.start..l.trimmed.end], "各位领导：");
    }

    #[test]
    fn sentences_keep_closing_quotes() {
        let t = "他说：“好。”一是坚持学习。二是抓落实";
        let ss: Vec<&str> = sentences(t, Span::<Src>::new(0, t.len())).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(ss, ["他说：“好。”", "一是坚持学习。", "二是抓落实"]);
        let t = "  。好！！”　\u{3000}";
        let ss: Vec<&str> = sentences(t, Span::<Src>::new(0, t.len())).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(ss, ["。", "好！！”"]);
        assert!(sentences("", Span::<Src>::new(0, 0)).is_empty());
    }

    /// The splitter char by char, as it was first written: the fast one must agree with it.
    fn sentences_by_char(text: &str, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let s = &text[span.start..span.end];
        let mut start = 0;
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if is_sentence_end(c) {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = it.peek() {
                    if is_sentence_end(d) || matches!(d, '”' | '’' | '」' | '』' | '）' | ')') {
                        end = j + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
                out.push(trim(text, Span::new(span.start + start, span.start + end)));
                start = end;
            }
        }
        out.push(trim(text, Span::new(span.start + start, span.end)));
        out.retain(|s| !s.is_empty());
        out
    }

    #[test]
    fn fast_sentences_agree_with_the_char_by_char_split() {
        let texts = [
            "一是坚持学习。二是抓落实；三是?好! 四是;“引号。”（括号。）五",
            "Ａ；ｂ！？。。；;;!!??",
            "无标点的一行",
            "、「」『』〔〕，（）：",
            "𠮷。𠮷?é;ñ！ \u{3000}。\u{3000}",
            "全镇共有20个党支部。其中机关党支部8个;村党支部12个!合计20个？",
        ];
        for t in texts {
            for a in t.char_indices().map(|x| x.0).chain([t.len()]) {
                let span = Span::new(a, t.len());
                assert_eq!(sentences(t, span), sentences_by_char(t, span), "{t:?} from {a}");
                let span = Span::new(0, a);
                assert_eq!(sentences(t, span), sentences_by_char(t, span), "{t:?} to {a}");
            }
        }
    }

    #[test]
    fn the_sentence_at_a_byte_is_the_one_the_walk_gives() {
        let texts = [
            "一是坚持学习。二是抓落实；三是?好! 四是;“引号。”（括号。）五",
            "他说：“好。”一是坚持学习。。”）二是抓落实",
            "Ａ；ｂ！？。。；;;!!??",
            "无标点的一行",
            "  。好！！”　\u{3000}",
            "𠮷。𠮷?é;ñ！ \u{3000}。\u{3000}",
        ];
        for t in texts {
            let all = Span::<Src>::new(0, t.len());
            let walk = sentences(t, all);
            for at in t.char_indices().map(|x| x.0) {
                let want = walk.iter().copied().find(|s| s.start <= at && at < s.end);
                assert_eq!(sentence_at(t, all, at), want, "{t:?} at {at}");
            }
            assert_eq!(sentence_at(t, all, t.len()), None);
        }
    }
}
