//! Byte offsets ↔ UTF-16 code units. Built once per document (a checkpoint every 64 bytes), so
//! converting every span of a large report stays linear instead of re-scanning from the start.

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
            acc += chunk.iter().map(|&b| units(b)).sum::<usize>();
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
        self.checkpoints[k] + self.bytes[k * BLOCK..b].iter().map(|&x| units(x)).sum::<usize>()
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
    fn inside_surrogate_maps_to_char_start() {
        let t = "a𠮷b";
        let idx = Utf16Index::new(t);
        assert_eq!(idx.to_byte(2), 1);
        assert_eq!(idx.to_byte(3), 5);
    }
}
