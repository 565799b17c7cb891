//! Fast scans of a text, for checks that look at a few characters of a long text. Takes a set
//! of characters of the Basic Multilingual Plane ([`CharSet`]) and gives their byte offsets in
//! a text, in order ([`CharSet::find`]), reading each character's bytes without building a
//! `char` for those it passes over; takes pairs of three-byte characters ([`PairSet`]) and
//! gives the bytes where one of them may start; and gives the characters of a text that are
//! not Han characters ([`marks`]: punctuation, digits, spaces), which most checks look at.

use crate::tables::is_han;

/// A set of BMP characters, one bit per code point (8 KB). Characters outside the BMP are not
/// members (the word lists that use this set have none).
pub struct CharSet {
    bits: Box<[u64; 1024]>,
    /// No member in U+4000..U+9FFF (most of a Chinese text): characters with the lead bytes
    /// E4..E9 are passed over without reading their other bytes.
    skip_han: bool,
}

impl CharSet {
    pub fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = Box::new([0u64; 1024]);
        let mut skip_han = true;
        for c in chars {
            let k = c as usize;
            if k < 1 << 16 {
                bits[k >> 6] |= 1 << (k & 63);
            }
            skip_han &= !(0x4000..=0x9FFF).contains(&k);
        }
        CharSet { bits, skip_han }
    }

    #[cfg(test)]
    pub fn contains(&self, c: char) -> bool {
        let k = c as usize;
        k < 1 << 16 && self.bits[k >> 6] & (1 << (k & 63)) != 0
    }

    /// Each member of the set in `text`: (byte offset, character), in order.
    pub fn find<'a>(&'a self, text: &'a str) -> Find<'a> {
        Find { set: self, bytes: text.as_bytes(), at: 0 }
    }
}

/// The iterator of [`CharSet::find`].
pub struct Find<'a> {
    set: &'a CharSet,
    bytes: &'a [u8],
    at: usize,
}

impl Iterator for Find<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let b = self.bytes;
        let (bits, skip_han) = (&*self.set.bits, self.set.skip_han);
        let mut i = self.at;
        // The text is valid UTF-8: the lead byte gives the length. Three-byte characters (all
        // of Chinese) come first, their bytes read from one bounds-checked slice.
        while let Some(&x) = b.get(i) {
            let (code, len) = if x >= 0xE0 {
                if x >= 0xF0 {
                    // Beyond the BMP: never a member.
                    i += 4;
                    continue;
                }
                if skip_han && (0xE4..=0xE9).contains(&x) {
                    i += 3;
                    continue;
                }
                let Some(&[y, z]) = b.get(i + 1..i + 3) else { break };
                ((u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F), 3)
            } else if x < 0x80 {
                (u32::from(x), 1)
            } else {
                ((u32::from(x & 0x1F) << 6) | u32::from(b.get(i + 1).map_or(0, |y| y & 0x3F)), 2)
            };
            if (bits[(code >> 6) as usize & 1023] >> (code & 63)) & 1 != 0 {
                self.at = i + len;
                return char::from_u32(code).map(|c| (i, c));
            }
            i += len;
        }
        self.at = b.len();
        None
    }
}

/// A set of character pairs — the first two characters of listed words, each a three-byte
/// character (all of Chinese) — keyed by the low nine bits of the first character's code point
/// and the low six of the second's, which the last bytes of their UTF-8 hold (512 words of 64
/// bits, 4 KB). [`PairSet::find`] tests each character of a text against it without decoding
/// it; besides the pairs' own places it lets through about one position in a thousand.
pub struct PairSet(Box<[u64; 512]>);

impl PairSet {
    /// The set of `pairs`; a pair whose first character is not three bytes long is never found.
    pub fn new(pairs: impl IntoIterator<Item = (char, char)>) -> PairSet {
        let mut bits = Box::new([0u64; 512]);
        for (a, b) in pairs {
            debug_assert!(a.len_utf8() == 3 && b.len_utf8() == 3, "{a}{b}: not three-byte characters");
            bits[a as usize & 0x1FF] |= 1 << (b as u32 & 0x3F);
        }
        PairSet(bits)
    }

    /// The byte offsets in `text` where a pair of the set may start, in order: every place
    /// where one does, and a few more (the caller compares).
    pub fn find<'a>(&'a self, text: &'a str) -> PairFind<'a> {
        PairFind { set: self, bytes: text.as_bytes(), at: 0 }
    }
}

/// The iterator of [`PairSet::find`].
pub struct PairFind<'a> {
    set: &'a PairSet,
    bytes: &'a [u8],
    at: usize,
}

impl Iterator for PairFind<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (b, bits) = (self.bytes, &*self.set.0);
        // The rest of the text from a character's start (the text is valid UTF-8); two
        // three-byte characters take six bytes, read through one slice pattern.
        let mut rest = b.get(self.at..).unwrap_or_default();
        while let [x, y, z, _, _, z2, ..] = *rest {
            let w = if x & 0xF0 == 0xE0 {
                // Low nine bits of the first code point: three of its second byte, six of its third.
                let word = bits[(usize::from(y & 0x07) << 6) | usize::from(z & 0x3F)];
                if (word >> (z2 & 0x3F)) & 1 != 0 {
                    let i = b.len() - rest.len();
                    self.at = i + 3;
                    return Some(i);
                }
                3
            } else {
                match x {
                    0xF0.. => 4,
                    0xC0.. => 2,
                    _ => 1,
                }
            };
            rest = &rest[w..];
        }
        self.at = b.len();
        None
    }
}

/// The part of `marks` ([`marks`], sorted by offset) between byte offsets `start` and `end`:
/// a line's marks, found by two binary searches.
pub fn marks_in(marks: &[(usize, char)], start: usize, end: usize) -> &[(usize, char)] {
    let from = marks.partition_point(|m| m.0 < start);
    let upto = from + marks[from..].partition_point(|m| m.0 < end);
    &marks[from..upto]
}

/// Every character of `text` that is not a Han character (punctuation, digits, Latin letters,
/// spaces, line breaks), with its byte offset: what most checks look for. One pass; a report
/// is mostly Han characters, so this list is a fraction of the text.
pub fn marks(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::with_capacity(text.len() / 16);
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // The common case first: Han characters are passed over by their first two bytes,
        // undecoded. Lead bytes E5..E9 are U+5000..U+9FFF, all Han; E4 is U+4000..U+4FFF, Han
        // but for U+4DC0..U+4DFF (E4 B7 ..); E3 from its second byte 90 on is U+3400..U+3FFF.
        let han = match x {
            0xE5..=0xE9 => true,
            0xE4 => b.get(i + 1) != Some(&0xB7),
            0xE3 => b.get(i + 1).is_some_and(|&y| y >= 0x90),
            _ => false,
        };
        if han {
            i += 3;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else { break };
        if !is_han(c) {
            out.push((i, c));
        }
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{CharSet, PairSet};

    #[test]
    fn pairs_are_found_where_they_start() {
        let set = PairSet::new([('截', '止'), ('作', '客'), ('布', '暑')]);
        let text = "截止6月，a𠮷到家中作客，布暑工作截";
        let want: Vec<usize> = ["截止", "作客", "布暑"].iter().map(|w| text.find(w).unwrap_or(usize::MAX)).collect();
        let got: Vec<usize> = set.find(text).collect();
        // Every start of a pair is given, each at a character start; others only where the
        // low bits agree (none here).
        assert_eq!(got, want);
        assert!(got.iter().all(|&i| text.is_char_boundary(i)));
        assert!(PairSet::new([('截', '止')]).find("截").next().is_none(), "one character is no pair");
        assert!(PairSet::new([]).find("截止").next().is_none());
    }

    #[test]
    fn finds_members_of_every_width() {
        let set = CharSet::new(['各', 'a', 'é', '“']);
        let text = "17各社区a𠮷é“x”各";
        let got: Vec<(usize, char)> = set.find(text).collect();
        let want: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| set.contains(c)).collect();
        assert_eq!(got, want);
        assert_eq!(got.len(), 5);
        assert!(CharSet::new(['𠮷']).find("𠮷").next().is_none(), "beyond the BMP is never a member");
        assert!(CharSet::new([]).find("").next().is_none());
        // A set without Han characters passes over them by their lead byte.
        let marks = CharSet::new(['，', '\n']);
        assert_eq!(marks.find("全镇，中国\n䶵，").collect::<Vec<_>>(), [(6, '，'), (15, '\n'), (19, '，')]);
    }

    #[test]
    fn marks_are_the_characters_that_are_not_han() {
        let text = "截至6月，全镇“两个维护”〞𠮷ａ\n䷀㐀丁䶵䷿一〇㏄㐀";
        let want: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| !crate::tables::is_han(c)).collect();
        assert_eq!(super::marks(text), want);
        // ䷀ ䷿ (U+4DC0, U+4DFF) share the lead byte of 一, 〇 ㏄ that of 㐀: not Han.
        assert_eq!(want.len(), 11);
    }
}
