//! Positions at the edge, built once per document so that converting every span of a large
//! report stays linear instead of re-scanning from the start:
//! - [`Utf16Index`]: byte offsets ↔ UTF-16 code units (a checkpoint every 64 bytes) — what
//!   `analyse` needs to hand out offsets.
//! - [`LineIndex`]: on top of it, lines and columns for whatever shows a position to a person
//!   (the CLI's report and change lists, the exports, the fill form, the page through wasm).
//!   It is the only place line numbers are computed.

const BLOCK: usize = 64;

/// Units one UTF-8 byte contributes in UTF-16: a lead byte of a 4-byte sequence starts a
/// surrogate pair (2 units), any other lead or ASCII byte 1, a continuation byte 0.
#[inline]
fn units(b: u8) -> usize {
    if b & 0xC0 == 0x80 {
        0
    } else if b >= 0xF0 {
        2
    } else {
        1
    }
}

/// UTF-16 units of `bytes` (at most one block, so the sum fits a `u8`: 64 bytes are at most
/// 64 units), as [`units`] counts them, written so the loop vectorises.
#[inline]
fn units_in(bytes: &[u8]) -> usize {
    debug_assert!(bytes.len() <= BLOCK);
    usize::from(bytes.iter().map(|&b| u8::from(b as i8 >= -64) + u8::from(b >= 0xF0)).sum::<u8>())
}

pub struct Utf16Index<'a> {
    bytes: &'a [u8],
    /// UTF-16 units before byte `k * BLOCK`.
    checkpoints: Vec<usize>,
}

impl<'a> Utf16Index<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut acc = 0;
        for chunk in bytes.chunks(BLOCK) {
            checkpoints.push(acc);
            acc += units_in(chunk);
        }
        checkpoints.push(acc);
        Utf16Index { bytes, checkpoints }
    }

    /// Total length in UTF-16 units.
    pub fn len(&self) -> usize {
        *self.checkpoints.last().unwrap_or(&0)
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// UTF-16 offset of byte offset `b` (clamped to the text; meant for char boundaries).
    pub fn to_utf16(&self, b: usize) -> usize {
        let b = b.min(self.bytes.len());
        let k = b / BLOCK;
        self.checkpoints[k] + units_in(&self.bytes[k * BLOCK..b])
    }

    /// Byte offset of UTF-16 offset `u`; a unit inside a surrogate pair maps to the start of
    /// its character, past the end to the end.
    pub fn to_byte(&self, u: usize) -> usize {
        if u >= self.len() {
            return self.bytes.len();
        }
        // Last checkpoint at or before u.
        let k = match self.checkpoints.binary_search(&u) {
            Ok(mut k) => {
                while k > 0 && self.checkpoints[k - 1] == u {
                    k -= 1;
                }
                k
            }
            Err(k) => k - 1,
        };
        let mut acc = self.checkpoints[k];
        let mut i = k * BLOCK;
        // Move to a char boundary first (the checkpoint may sit inside a char).
        while i < self.bytes.len() && self.bytes[i] & 0xC0 == 0x80 {
            i += 1;
        }
        while i < self.bytes.len() {
            let w = units(self.bytes[i]);
            if acc + w > u {
                return i;
            }
            acc += w;
            i += 1;
            while i < self.bytes.len() && self.bytes[i] & 0xC0 == 0x80 {
                i += 1;
            }
            if acc == u {
                return i;
            }
        }
        self.bytes.len()
    }
}

/// Characters in `bytes` (at most one block): bytes that are not UTF-8 continuation bytes
/// (0x80–0xBF, which as `i8` are below -64). Summed as `u8` so the loop vectorises.
#[inline]
fn chars_in(bytes: &[u8]) -> usize {
    debug_assert!(bytes.len() <= BLOCK);
    usize::from(bytes.iter().map(|&b| u8::from(b as i8 >= -64)).sum::<u8>())
}

/// Lines and columns of one document, for people: line `N` is 1-based and a line ends at `\n`
/// (so `\r\n` is one break and a lone `\r` none, as editors and the page's text box count);
/// the column is 1-based and counts characters (`𠮷` and an emoji are one column, not two
/// UTF-16 units; a BOM at the start is a character of the text as given, so it is one).
/// Queries are O(log lines) plus at most one 64-byte block, never a scan from the start.
pub struct LineIndex<'a> {
    text: &'a str,
    utf16: Utf16Index<'a>,
    /// Byte offset where each line starts (0, then one past every `\n`).
    starts: Vec<usize>,
    /// Characters before byte `k * BLOCK`.
    chars: Vec<usize>,
}

impl std::fmt::Debug for LineIndex<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LineIndex").field("lines", &self.starts.len()).finish()
    }
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let bytes = text.as_bytes();
        let mut chars = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut acc = 0;
        for chunk in bytes.chunks(BLOCK) {
            chars.push(acc);
            acc += chars_in(chunk);
        }
        chars.push(acc);
        LineIndex { text, utf16: Utf16Index::new(text), starts, chars }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The UTF-16 table it is built on.
    pub fn utf16(&self) -> &Utf16Index<'a> {
        &self.utf16
    }

    /// Byte offset of UTF-16 offset `u` (see [`Utf16Index::to_byte`]).
    pub fn to_byte(&self, u: usize) -> usize {
        self.utf16.to_byte(u)
    }

    /// UTF-16 offset of byte offset `b` (see [`Utf16Index::to_utf16`]).
    pub fn to_utf16(&self, b: usize) -> usize {
        self.utf16.to_utf16(b)
    }

    /// Byte range of the UTF-16 span `[start, end)`, clamped to the text and never reversed.
    pub fn byte_span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_byte(start);
        (s, self.to_byte(end).max(s))
    }

    /// Number of lines: one more than the `\n`s (a text ending in `\n` has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line of byte `b` (clamped to the text).
    pub fn line_of(&self, b: usize) -> usize {
        self.starts.partition_point(|&ls| ls <= b.min(self.text.len())).saturating_sub(1)
    }

    /// Byte range of line `i` (0-based, clamped to the last line) without its `\n` or `\r\n`.
    pub fn line_span(&self, i: usize) -> (usize, usize) {
        let i = i.min(self.starts.len() - 1);
        let s = self.starts[i];
        let mut e = self.starts.get(i + 1).map_or(self.text.len(), |&n| n - 1);
        if self.text.as_bytes()[s..e].ends_with(b"\r") {
            e -= 1;
        }
        (s, e)
    }

    /// Characters before byte `b` (a byte inside a character counts that character).
    fn chars_before(&self, b: usize) -> usize {
        let b = b.min(self.text.len());
        let k = b / BLOCK;
        self.chars[k] + chars_in(&self.text.as_bytes()[k * BLOCK..b])
    }

    /// 1-based line and column (in characters) of byte `b`.
    pub fn line_col(&self, b: usize) -> (usize, usize) {
        let l = self.line_of(b);
        (l + 1, self.chars_before(b) - self.chars_before(self.starts[l]) + 1)
    }

    /// 1-based line and column (in characters) of UTF-16 offset `u`.
    pub fn line_col_utf16(&self, u: usize) -> (usize, usize) {
        self.line_col(self.to_byte(u))
    }

    /// 1-based line of UTF-16 offset `u`.
    pub fn line_utf16(&self, u: usize) -> usize {
        self.line_of(self.to_byte(u)) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let idx = Utf16Index::new(text);
        let mut u = 0;
        for (b, c) in text.char_indices() {
            assert_eq!(idx.to_utf16(b), u, "byte {b} in {text:?}");
            assert_eq!(idx.to_byte(u), b);
            u += c.len_utf16();
        }
        assert_eq!(idx.to_utf16(text.len()), u);
        assert_eq!(idx.len(), text.encode_utf16().count());
        assert_eq!(idx.to_byte(u), text.len());
    }

    #[test]
    fn astral_emoji_crlf_bom() {
        check("\u{feff}𠮷野家\r\n一、总体情况😀共有20个党支部\u{3000}。");
        check("");
        check(&"𠮷a😀中".repeat(100));
    }

    #[test]
    fn block_sums_match_per_byte_counts() {
        // Full blocks of 4-byte characters (the most units per byte), of 3-byte ones, mixed.
        for t in ["😀".repeat(16), "中".repeat(21) + "a", "a𠮷中é😀".repeat(5)] {
            for chunk in t.as_bytes().chunks(BLOCK) {
                assert_eq!(units_in(chunk), chunk.iter().map(|&b| units(b)).sum::<usize>());
                assert_eq!(chars_in(chunk), chunk.iter().filter(|&&b| b & 0xC0 != 0x80).count());
            }
        }
    }

    #[test]
    fn inside_surrogate_maps_to_char_start() {
        let t = "a𠮷b";
        let idx = Utf16Index::new(t);
        assert_eq!(idx.to_byte(2), 1);
        assert_eq!(idx.to_byte(3), 5);
    }
}

#[cfg(test)]
mod line_tests {
    use super::*;

    /// Line and column of every char boundary, counted the slow, obvious way.
    fn naive(text: &str, b: usize) -> (usize, usize) {
        let before = &text[..b];
        let line = 1 + before.matches('\n').count();
        (line, 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count()))
    }

    fn agrees(text: &str) {
        let li = LineIndex::new(text);
        assert_eq!(li.line_count(), 1 + text.matches('\n').count());
        let mut u = 0;
        for (b, c) in text.char_indices().chain(std::iter::once((text.len(), 'x'))) {
            assert_eq!(li.line_col(b), naive(text, b), "byte {b} of {text:?}");
            assert_eq!(li.line_col_utf16(u), naive(text, b), "unit {u} of {text:?}");
            assert_eq!(li.line_utf16(u), naive(text, b).0);
            assert_eq!(li.to_byte(u), b);
            u += c.len_utf16();
        }
    }

    #[test]
    fn astral_emoji_crlf_bom() {
        let t = "\u{feff}关于xxx镇的汇报\r\n一、𠮷野家😀共有20个党支部\r\n\r\n（一）学习\n";
        let li = LineIndex::new(t);
        // The BOM is the first character of line 1: “关” is column 2.
        assert_eq!(li.line_col(t.find('关').unwrap()), (1, 2));
        // 𠮷 and 😀 are one column each, two UTF-16 units each.
        let u = |s: &str| t[..t.find(s).unwrap()].encode_utf16().count();
        assert_eq!(li.line_col_utf16(u("野")), (2, 4));
        assert_eq!(li.line_col_utf16(u("共")), (2, 7));
        // CRLF is one break; the empty line between is line 3; after the last \n, line 5.
        assert_eq!(li.line_col_utf16(u("（一）")), (4, 1));
        assert_eq!(li.line_col(t.len()), (5, 1));
        assert_eq!(li.line_count(), 5);
        // Line content comes without \r\n.
        let (s, e) = li.line_span(1);
        assert_eq!(&t[s..e], "一、𠮷野家😀共有20个党支部");
        let (s, e) = li.line_span(2);
        assert_eq!((s, e), (s, s));
        assert_eq!(li.line_span(99), (t.len(), t.len()));
        agrees(t);
    }

    #[test]
    fn lone_cr_is_no_break_and_offsets_past_the_end_clamp() {
        let t = "甲\r乙\n丙";
        let li = LineIndex::new(t);
        assert_eq!(li.line_col(t.find('乙').unwrap()), (1, 3));
        assert_eq!(li.line_col_utf16(1000), (2, 2));
        assert_eq!(li.byte_span(5, 2), (t.len(), t.len()));
        agrees(t);
        agrees("");
        agrees("\n\n");
    }

    #[test]
    fn long_lines_cross_checkpoints() {
        // Lines much longer than a 64-byte block, astral characters straddling block edges.
        let line = "𠮷a😀中，".repeat(50);
        agrees(&format!("{line}\r\n{line}\n\u{3000}{line}"));
        agrees(&"一、总体情况\n".repeat(40));
    }
}
