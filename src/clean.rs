//! The normalised view the detectors read: takes the source and its artefact spans, gives a
//! string with the artefacts cut out and full-width digits, Latin letters and number signs
//! (`０-９ Ａ-Ｚ ％ ． ＋ － ＊ ＿ ～`) folded to ASCII, small-form punctuation (`﹐﹑﹕`) folded to
//! its full-width form, plus a segment map back to source bytes.
//! Full-width punctuation such as `，（）：` is kept: rules accept both forms, and keeping it makes
//! the map a handful of segments instead of one per character. Also gives the clean text's
//! non-Han characters once for every pass that reads only those ([`Clean::marks`]).

use crate::span::{CleanSpan, Span};

/// A run of the clean text and where it came from. Identity runs have equal lengths; a folded
/// character is a run of its own (1 clean byte for 3 source bytes).
#[derive(Debug, Clone, Copy, Default)]
struct Seg {
    clean: usize,
    src: usize,
    src_len: usize,
    identity: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Clean {
    pub text: String,
    segs: Vec<Seg>,
    /// The text's characters that are not Han characters ([`crate::scan::marks`]), found once
    /// for the passes and checks that look only at these.
    marks: std::cell::OnceCell<Vec<(usize, char)>>,
}

/// Full-width forms worth folding for number and placeholder rules.
pub fn fold(c: char) -> Option<char> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．' | '＋' | '－' | '＊' | '＿' | '～' | '／' | '＃' => {
            char::from_u32(c as u32 - 0xFEE0)
        }
        // Small forms (U+FE50…), which Big5 converters emit for a Taiwan text's punctuation:
        // `僑聯總會簡理事長﹑…朋友﹐大家好﹕` reads as the usual full-width marks.
        '﹐' => Some('，'),
        '﹑' => Some('、'),
        '﹔' => Some('；'),
        '﹕' => Some('：'),
        '﹖' => Some('？'),
        '﹗' => Some('！'),
        _ => None,
    }
}

impl Clean {
    /// Punctuation, digits, spaces and line breaks of the clean text, with their byte offsets,
    /// in order (built the first time a pass asks: the outline, metrics and several checks).
    pub(crate) fn marks(&self) -> &[(usize, char)] {
        self.marks.get_or_init(|| crate::scan::marks(&self.text))
    }

    /// `artifacts` must be sorted and non-overlapping. A whole-line artefact also takes one
    /// adjacent line break with it, so `4022\n- 1 -\n万元` reads `4022\n万元`.
    pub fn new(text: &str, artifacts: &[Span]) -> Clean {
        let mut c = Clean { text: String::with_capacity(text.len()), segs: Vec::new(), marks: Default::default() };
        let mut pos = 0;
        for a in artifacts {
            if a.start < pos {
                continue;
            }
            let mut end = a.end;
            let line_start = a.start == 0 || text.as_bytes()[a.start - 1] == b'\n';
            if line_start {
                // Trailing blanks after a whole-line artefact go with it.
                while text.as_bytes().get(end).is_some_and(|b| *b == b' ' || *b == b'\t') {
                    end += 1;
                }
                let rest = &text.as_bytes()[end..];
                if rest.starts_with(b"\r\n") {
                    end += 2;
                } else if rest.starts_with(b"\n") || rest.starts_with(b"\r") {
                    end += 1;
                }
            }
            c.copy(text, pos, a.start);
            // `…。</p><p>二、…` on one line: the page had a line break there, and the structure
            // reads lines, so the clean view gets one (mapped to the tag).
            let glued = !line_start
                && !c.text.ends_with('\n')
                && !matches!(text.as_bytes().get(end), None | Some(b'\n' | b'\r'));
            if glued && crate::artifacts::is_block_tag(&text[a.start..a.end]) {
                c.segs.push(Seg { clean: c.text.len(), src: a.start, src_len: a.end - a.start, identity: false });
                c.text.push('\n');
            }
            pos = end;
        }
        c.copy(text, pos, text.len());
        c
    }

    fn copy(&mut self, text: &str, from: usize, to: usize) {
        let mut run = from;
        // Every folded form is in U+FF01..U+FF5E, whose UTF-8 starts with 0xEF (never a
        // continuation byte): only the characters at those bytes are decoded.
        let mut at = from;
        while let Some(k) = memchr::memchr(0xEF, &text.as_bytes()[at..to]) {
            let i = at + k;
            let ch = text[i..].chars().next().unwrap_or(' ');
            if let Some(f) = fold(ch) {
                self.push_identity(text, run, i);
                self.segs.push(Seg { clean: self.text.len(), src: i, src_len: ch.len_utf8(), identity: false });
                self.text.push(f);
                run = i + ch.len_utf8();
            }
            at = i + ch.len_utf8();
        }
        self.push_identity(text, run, to);
    }

    fn push_identity(&mut self, text: &str, from: usize, to: usize) {
        if from < to {
            self.segs.push(Seg { clean: self.text.len(), src: from, src_len: to - from, identity: true });
            self.text.push_str(&text[from..to]);
        }
    }

    fn seg_at(&self, c: usize) -> Option<&Seg> {
        let k = self.segs.partition_point(|s| s.clean <= c);
        k.checked_sub(1).map(|k| &self.segs[k])
    }

    /// Source byte of clean position `c` as a start.
    pub fn src_start(&self, c: usize) -> usize {
        match self.seg_at(c) {
            Some(s) if s.identity => s.src + (c - s.clean),
            Some(s) => s.src,
            None => 0,
        }
        .min(self.src_limit())
    }

    /// Source byte of clean position `c` as an end (end-exclusive).
    pub fn src_end(&self, c: usize) -> usize {
        if c == 0 {
            return self.segs.first().map_or(0, |s| s.src);
        }
        match self.seg_at(c - 1) {
            Some(s) if s.identity => s.src + (c - s.clean),
            Some(s) => s.src + s.src_len,
            None => 0,
        }
    }

    fn src_limit(&self) -> usize {
        self.segs.last().map_or(0, |s| s.src + s.src_len)
    }

    /// A clean span mapped to the source: the one way a clean span reaches output.
    pub fn to_src(&self, s: CleanSpan) -> Span {
        if s.is_empty() {
            let p = self.src_start(s.start);
            return Span::new(p, p);
        }
        Span::new(self.src_start(s.start), self.src_end(s.end))
    }

    /// The clean position of source byte `b` (the first clean byte at or after it).
    pub fn from_src(&self, b: usize) -> usize {
        let k = self.segs.partition_point(|s| s.src + s.src_len <= b);
        match self.segs.get(k) {
            Some(s) if b >= s.src && s.identity => s.clean + (b - s.src),
            Some(s) => s.clean,
            None => self.text.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artefact_inside_a_word_is_cut_and_mapped_back() {
        let t = "学习网##paidbegin##络。共１,２００人";
        let a = t.find("##").unwrap();
        let arts = [Span::new(a, a + "##paidbegin##".len())];
        let c = Clean::new(t, &arts);
        assert_eq!(c.text, "学习网络。共1,200人");
        let w = c.text.find("网络").unwrap();
        let s = c.to_src(CleanSpan::new(w, w + "网络".len()));
        assert_eq!(&t[s.start..s.end], "网##paidbegin##络");
        let n = c.text.find('1').unwrap();
        let s = c.to_src(CleanSpan::new(n, c.text.len()));
        assert_eq!(&t[s.start..s.end], "１,２００人");
        assert_eq!(c.from_src(t.find('络').unwrap()), c.text.find('络').unwrap());
    }

    #[test]
    fn every_folded_form_starts_with_byte_ef() {
        // `copy` looks for folds only at 0xEF bytes.
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| fold(*c).is_some()) {
            assert_eq!(c.to_string().as_bytes()[0], 0xEF, "{c}");
        }
    }

    #[test]
    fn small_form_punctuation_reads_as_full_width() {
        let t = "各位朋友﹐大家好﹕";
        let c = Clean::new(t, &[]);
        assert_eq!(c.text, "各位朋友，大家好：");
        let s = c.to_src(CleanSpan::new(0, c.text.find('大').unwrap()));
        assert_eq!(&t[s.start..s.end], "各位朋友﹐");
    }

    #[test]
    fn whole_line_artefact_takes_its_line_break() {
        let t = "达4022\n- 1 -\n万元";
        let a = t.find('-').unwrap();
        let c = Clean::new(t, &[Span::new(a, a + 5)]);
        assert_eq!(c.text, "达4022\n万元");
    }

    #[test]
    fn a_block_tag_between_paragraphs_is_a_line_break() {
        let t = "<p>光阴迅速。</p><h3 class='t'>某园后勤工作计划篇一</h3><p>本学期<b>安全</b>工作</p>";
        let arts = crate::artifacts::find(t, &crate::blocks::lines(t));
        let c = Clean::new(t, &arts);
        // Inline tags (`<b>`) only go; tags between paragraphs leave one line break each.
        assert_eq!(c.text, "光阴迅速。\n某园后勤工作计划篇一\n本学期安全工作");
        let nl = c.text.find('\n').unwrap();
        let s = c.to_src(CleanSpan::new(nl, nl + 1));
        assert_eq!(&t[s.start..s.end], "</p>");
        // Already on its own line: no second break.
        let t = "一、总体情况<br/>\n二、主要做法";
        let c = Clean::new(t, &crate::artifacts::find(t, &crate::blocks::lines(t)));
        assert_eq!(c.text, "一、总体情况\n二、主要做法");
    }
}
