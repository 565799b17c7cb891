//! `fixed-expression`: near-misses of fixed political and official expressions (固定表述) —
//! `习近平新时代中国特色社会主意思想` (one character wrong), `习近平新时代中国特色社会主思想`
//! (one missing), `…主义义思想` (one doubled), `学思想、重实践、强党性、建新功` (a list in the
//! wrong order), `三个意识` (a wrong number in a numbered slogan), and known wrong forms such as
//! `十九届大精神`. The expressions, with their kind and source, are data:
//! `data/fixed_expressions.tsv`. Exact matches of any entry are never flagged.
//!
//! Speed: the text is read once. Every entry is indexed by two anchors (its first and last
//! two characters; an interior edit leaves at least one intact), numbered slogans by the two
//! characters after the numeral, list items by their first two; only the entries whose anchor
//! occurs at a position are compared there. The table is read and the anchors bucketed at
//! compile time (`const fn`s); only the forms' characters are laid out per analysis.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "fixed-expression",
        label: "固定表述",
        severity: crate::model::Severity::Warning,
        description: "规范的政治、公文固定表述写错了字、漏了字或顺序不对。",
    }],
    fix: super::Fix::Unsafe,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::span::Span;
use crate::Doc;

const TABLE: &str = include_str!("../../data/fixed_expressions.tsv");
/// The table without its comment lines, which is all of it the build keeps: the rows point
/// into this copy, so the header's notes are not in the wasm (−0.6 KB gzipped).
const BODY: &str = {
    static B: [u8; uncommented(TABLE, &mut [])] = {
        let mut b = [0; uncommented(TABLE, &mut [])];
        uncommented(TABLE, &mut b);
        b
    };
    match std::str::from_utf8(&B) {
        Ok(t) => t,
        Err(_) => panic!("fixed_expressions.tsv: not UTF-8"),
    }
};
/// More near-misses than this in one text are not worth reading one by one.
const MAX_HITS: usize = 1000;

/// Characters the matcher steps over: quotation marks and spaces (`“两个维护”` is 两个维护).
const fn skipped(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'' | '「' | '」' | '『' | '』' | ' ' | '\u{3000}')
}

const fn is_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百')
}

const fn is_sep(c: char) -> bool {
    matches!(c, '、' | '，' | ',' | '；' | ';')
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Term,
    Count,
    List,
}

struct Entry<'t> {
    form: &'t [char],
    kind: Kind,
    source: &'t str,
    /// Index of the first character after the leading numerals (numbered slogans).
    stem: usize,
    /// List items as (start, end) in `form`, and the separators between them.
    items: Vec<(usize, usize)>,
}

#[derive(Clone, Copy)]
enum Role {
    First,
    Last,
    Stem,
    Item,
    /// A known wrong form: (entry).
    Variant,
}

/// The forms' characters (the only part of the index made per analysis: the anchors that
/// point into them are built at compile time, [`SLOTS`]).
struct Index<'t> {
    entries: Vec<Entry<'t>>,
    /// Known wrong forms: (form, entry it belongs to).
    variants: Vec<(&'t [char], usize)>,
}

fn key(a: char, b: char) -> u64 {
    key_of(a as u32, b as u32)
}

const fn key_of(a: u32, b: u32) -> u64 {
    ((a as u64) << 32) | b as u64
}

const ROLES: [Role; 5] = [Role::First, Role::Last, Role::Stem, Role::Item, Role::Variant];

// The table read at compile time. `const fn`s cannot use iterators or `str` methods beyond a
// few, so these walk bytes by hand; the test `const_table_matches_a_plain_reading` reads the
// table again the ordinary way and compares.

/// One line of the table: the expression, its kind, its known wrong forms (`｜`-separated)
/// and its source.
#[derive(Clone, Copy)]
struct Row {
    form: &'static str,
    kind: Kind,
    wrong: &'static str,
    source: &'static str,
}

/// `s[a..b]` in a `const fn`.
const fn sub(s: &'static str, a: usize, b: usize) -> &'static str {
    let (_, rest) = s.as_bytes().split_at(a);
    let (mid, _) = rest.split_at(b - a);
    match std::str::from_utf8(mid) {
        Ok(t) => t,
        Err(_) => panic!("fixed_expressions.tsv: a cut inside a character"),
    }
}

/// The first `x` at or after `i` in `b[..end]`, or `end`.
const fn find_byte(b: &[u8], mut i: usize, end: usize, x: u8) -> usize {
    while i < end && b[i] != x {
        i += 1;
    }
    i
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The character at byte `i` of `b` (valid UTF-8) and its width.
const fn decode(b: &[u8], i: usize) -> (char, usize) {
    let (c, w) = crate::tables::utf8_at(b, i);
    match char::from_u32(c) {
        Some(c) => (c, w),
        None => panic!("fixed_expressions.tsv: not UTF-8"),
    }
}

/// The longest form or wrong form, in characters.
const MAX_FORM: usize = 64;

/// The characters of `s` (at most [`MAX_FORM`]) and their number. The matcher steps over
/// quotation marks and spaces in the text, so a form must not hold any.
const fn chars_of(s: &str) -> ([char; MAX_FORM], usize) {
    let b = s.as_bytes();
    let mut out = ['\0'; MAX_FORM];
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let (c, w) = decode(b, i);
        assert!(!skipped(c), "fixed_expressions.tsv: a form holds a quotation mark or a space");
        out[n] = c;
        n += 1;
        i += w;
    }
    (out, n)
}

/// The row of the line `t[a..e]`, if it is one: not a comment, not blank, a form of at least
/// two characters.
const fn row(t: &'static str, a: usize, mut e: usize) -> Option<Row> {
    let b = t.as_bytes();
    if e > a && b[e - 1] == b'\r' {
        e -= 1;
    }
    if e == a || b[a] == b'#' || sub(t, a, e).trim_ascii().is_empty() {
        return None;
    }
    let mut cols = [(e, e); 4];
    let mut i = a;
    let mut k = 0;
    while k < 4 && i <= e {
        let j = find_byte(b, i, e, b'\t');
        cols[k] = (i, j);
        k += 1;
        i = j + 1;
    }
    let form = sub(t, cols[0].0, cols[0].1);
    if chars_of(form).1 < 2 {
        return None;
    }
    let kind = sub(t, cols[1].0, cols[1].1).as_bytes();
    let kind = if k > 1 && same(kind, b"count") {
        Kind::Count
    } else if k > 1 && same(kind, b"list") {
        Kind::List
    } else {
        Kind::Term
    };
    let wrong = sub(t, cols[2].0, cols[2].1);
    let source = sub(t, cols[3].0, cols[3].1).trim_ascii();
    Some(Row { form, kind, wrong, source })
}

/// The rows of `t` (`N` of them, from [`row_count`]).
const fn rows<const N: usize>(t: &'static str) -> [Row; N] {
    let mut out = [Row { form: "", kind: Kind::Term, wrong: "", source: "" }; N];
    let b = t.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let e = find_byte(b, i, b.len(), b'\n');
        if let Some(r) = row(t, i, e) {
            out[n] = r;
            n += 1;
        }
        i = e + 1;
    }
    assert!(n == N);
    out
}

const fn row_count(t: &'static str) -> usize {
    let b = t.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let e = find_byte(b, i, b.len(), b'\n');
        if row(t, i, e).is_some() {
            n += 1;
        }
        i = e + 1;
    }
    n
}

const ROWS: [Row; row_count(BODY)] = rows(BODY);

/// The lines of `t` that do not start with `#`, written into `out` (empty for counting);
/// gives their length.
const fn uncommented(t: &str, out: &mut [u8]) -> usize {
    let b = t.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        let e = find_byte(b, i, b.len(), b'\n');
        let end = if e < b.len() { e + 1 } else { e };
        if b[i] != b'#' {
            while i < end {
                if n < out.len() {
                    out[n] = b[i];
                }
                n += 1;
                i += 1;
            }
        }
        i = end;
    }
    n
}

/// The separator of the wrong forms of a row.
const BAR: &[u8] = "｜".as_bytes();

/// Calls over the non-empty wrong forms of `w`: the number of them, and with `out` the
/// forms written in (`out` is empty for counting).
const fn wrong_forms(w: &'static str, n: usize, out: &mut [(&'static str, usize)], mut at: usize) -> usize {
    let b = w.as_bytes();
    let mut i = 0;
    let mut a = 0;
    while i <= b.len() {
        let bar = i + BAR.len() <= b.len() && b[i] == BAR[0] && b[i + 1] == BAR[1] && b[i + 2] == BAR[2];
        if bar || i == b.len() {
            if i > a {
                if at < out.len() {
                    out[at] = (sub(w, a, i), n);
                }
                at += 1;
            }
            i += if bar { BAR.len() } else { 1 };
            a = i;
        } else {
            i += 1;
        }
    }
    at
}

const fn variant_count() -> usize {
    let (mut n, mut v) = (0, 0);
    while n < ROWS.len() {
        v = wrong_forms(ROWS[n].wrong, n, &mut [], v);
        n += 1;
    }
    v
}

/// Every known wrong form with its row, in table order.
const VARIANTS: [(&str, usize); variant_count()] = {
    let mut out = [("", 0); variant_count()];
    let (mut n, mut v) = (0, 0);
    while n < ROWS.len() {
        v = wrong_forms(ROWS[n].wrong, n, &mut out, v);
        n += 1;
    }
    out
};

/// Index of the first character after the leading numerals of `f[..len]` (0 when all are).
const fn stem_of(f: &[char], len: usize) -> usize {
    let mut k = 0;
    while k < len && is_numeral(f[k]) {
        k += 1;
    }
    if k == len {
        0
    } else {
        k
    }
}

/// The anchors of the table in the order the matcher tries them: per row its first, last and
/// stem anchors and its items, then the wrong forms. Written into `out` (empty for counting);
/// gives their number.
const fn anchors(out: &mut [(u64, u8, u16)]) -> usize {
    let mut at = 0;
    let mut n = 0;
    while n < ROWS.len() {
        let r = ROWS[n];
        let (f, len) = chars_of(r.form);
        let mut push = [(0u64, 0u8); 3 + MAX_FORM];
        let mut k = 0;
        push[k] = (key_of(f[0] as u32, f[1] as u32), 0);
        k += 1;
        if len >= 4 {
            push[k] = (key_of(f[len - 2] as u32, f[len - 1] as u32), 1);
            k += 1;
        }
        let stem = stem_of(&f, len);
        if matches!(r.kind, Kind::Count) && stem > 0 && stem + 2 <= len {
            push[k] = (key_of(f[stem] as u32, f[stem + 1] as u32), 2);
            k += 1;
        }
        if matches!(r.kind, Kind::List) {
            // Items of two characters or more (a list with a shorter one has none).
            let before = k;
            let (mut s, mut j) = (0, 0);
            while j <= len {
                if j == len || is_sep(f[j]) {
                    if j < s + 2 {
                        k = before;
                        break;
                    }
                    push[k] = (key_of(f[s] as u32, f[s + 1] as u32), 3);
                    k += 1;
                    s = j + 1;
                }
                j += 1;
            }
        }
        let mut q = 0;
        while q < k {
            if at < out.len() {
                out[at] = (push[q].0, push[q].1, n as u16);
            }
            at += 1;
            q += 1;
        }
        n += 1;
    }
    let mut v = 0;
    while v < VARIANTS.len() {
        let (w, len) = chars_of(VARIANTS[v].0);
        if len >= 2 {
            if at < out.len() {
                out[at] = (key_of(w[0] as u32, w[1] as u32), 4, v as u16);
            }
            at += 1;
        }
        v += 1;
    }
    at
}

const ANCHOR_COUNT: usize = anchors(&mut []);

/// (two characters, role, row or variant number), grouped by bucket: bucket `b` is
/// `SLOTS[HEADS[b]..HEADS[b + 1]]`, each in table order (a stable counting sort).
const HEADS: [u16; BUCKETS + 1] = {
    let mut all = [(0u64, 0u8, 0u16); ANCHOR_COUNT];
    anchors(&mut all);
    let mut heads = [0u16; BUCKETS + 1];
    let mut i = 0;
    while i < all.len() {
        heads[bucket(all[i].0) + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b < BUCKETS {
        heads[b + 1] += heads[b];
        b += 1;
    }
    heads
};

/// The two characters are kept as two `u32`s, not their `u64` key: 12 bytes a slot instead
/// of 16 (−191 bytes of the gzipped page).
const SLOTS: [(u32, u32, u8, u16); ANCHOR_COUNT] = {
    let mut all = [(0u64, 0u8, 0u16); ANCHOR_COUNT];
    anchors(&mut all);
    let mut fill = HEADS;
    let mut slots = [(0u32, 0u32, 0u8, 0u16); ANCHOR_COUNT];
    let mut i = 0;
    while i < all.len() {
        let (k, role, n) = all[i];
        let b = bucket(k);
        slots[fill[b] as usize] = ((k >> 32) as u32, k as u32, role, n);
        fill[b] += 1;
        i += 1;
    }
    slots
};

/// A filter over the anchors' character pairs (one bit per [`pair_bit`]): most positions of
/// a text start no anchor, and this says so without touching the buckets.
const FILTER: [u64; FILTER_BITS / 64] = {
    let mut filter = [0u64; FILTER_BITS / 64];
    let mut i = 0;
    while i < SLOTS.len() {
        let h = pair_bit(key_of(SLOTS[i].0, SLOTS[i].1));
        filter[h / 64] |= 1 << (h % 64);
        i += 1;
    }
    filter
};

/// The entries with their characters, which go into `arena` (one allocation for all).
#[inline(never)]
fn index(arena: &mut Vec<char>) -> Index<'_> {
    arena.reserve(ROWS.iter().map(|r| r.form.len()).sum::<usize>() / 3 + VARIANTS.len() * 8);
    let mut ranges = Vec::with_capacity(ROWS.len() + VARIANTS.len());
    for f in ROWS.iter().map(|r| r.form).chain(VARIANTS.iter().map(|v| v.0)) {
        let a = arena.len();
        arena.extend(f.chars());
        ranges.push((a, arena.len()));
    }
    let arena: &[char] = arena;
    let mut entries = Vec::with_capacity(ROWS.len());
    for (r, &(a, b)) in ROWS.iter().zip(&ranges) {
        let form = &arena[a..b];
        let stem = stem_of(form, form.len());
        let mut items = Vec::new();
        if r.kind == Kind::List {
            items.reserve_exact(form.iter().filter(|&&c| is_sep(c)).count() + 1);
            let mut s = 0;
            for (k, &c) in form.iter().enumerate() {
                if is_sep(c) {
                    items.push((s, k));
                    s = k + 1;
                }
            }
            items.push((s, form.len()));
            if items.iter().any(|&(a, b)| b < a + 2) {
                items.clear();
            }
        }
        entries.push(Entry { form, kind: r.kind, source: r.source, stem, items });
    }
    let variants = VARIANTS.iter().zip(&ranges[ROWS.len()..]).map(|(v, &(a, b))| (&arena[a..b], v.1)).collect();
    Index { entries, variants }
}

const FILTER_BITS: usize = 1 << 14;

/// The filter bit of a pair key: a multiplicative hash to 14 bits (a 2 KB table in the wasm).
const fn pair_bit(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
}

const BUCKETS: usize = 1024;

const fn bucket(k: u64) -> usize {
    ((k ^ (k >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize % BUCKETS
}

/// A candidate finding in positions of the normalised character sequence.
struct Hit {
    start: usize,
    end: usize,
    entry: usize,
    what: &'static str,
    severity: Severity,
    /// The entry's form for a near-miss; `None` for a known wrong form (flagged even where it
    /// overlaps an exact expression).
    right: Option<String>,
}

/// Characters official texts use for one another inside fixed expressions: the conjunctions
/// (`批评与自我批评` beside the 党章's `批评和自我批评`), 引领/统领 (`党建统领基层治理` in
/// provincial documents) and 推动/推进 (`推进高质量发展`, Tianjin's 十项行动, beside the 二十大
/// report's `推动高质量发展`), and the campaigns 党纪/党史/党员学习教育. A swap within one group is a
/// variant, not a typo.
const INTERCHANGEABLE: &[&str] = &["和与及同", "引统", "动进", "纪史员"];

fn interchangeable(a: char, b: char) -> bool {
    INTERCHANGEABLE.iter().any(|g| g.contains(a) && g.contains(b))
}

/// How `got` differs from `want` (≥ 6 characters) by one interior edit: a character replaced
/// (not a numeral by a numeral, not punctuation), removed (in ≥ 8 characters), or doubled.
fn one_edit(want: &[char], got: &[char]) -> Option<&'static str> {
    let (n, m) = (want.len(), got.len());
    if n < 6 || got.first() != want.first() || got.last() != want.last() {
        return None;
    }
    if m == n {
        let k = (0..n).find(|&k| want[k] != got[k])?;
        if want[k + 1..] != got[k + 1..] {
            return None;
        }
        let (w, g) = (want[k], got[k]);
        let numerals = is_numeral(w) && is_numeral(g);
        let punct = is_sep(w) || is_sep(g) || !crate::tables::is_han(g);
        // Traditional text (`“三個代表”重要思想`) writes the same expression.
        let script = crate::tables::simplified(g) == w;
        return (!numerals && !punct && !script && !interchangeable(w, g)).then_some("错了一个字");
    }
    // A missing character in a short expression more often leaves an ordinary phrase
    // (`中国式现代化` → `中国现代化建设`).
    if m + 1 == n && n >= 8 {
        let k = (0..m).find(|&k| want[k] != got[k]).unwrap_or(m);
        // Nor is a left-out 的 (`实现中华民族伟大复兴中国梦`): edited texts drop it freely.
        return (want[k + 1..] == got[k..] && !is_sep(want[k]) && want[k] != '的').then_some("少了一个字");
    }
    if m == n + 1 {
        let k = (0..n).find(|&k| want[k] != got[k]).unwrap_or(n);
        // Only a doubled character (`主义义`): any other insertion is more often a different,
        // legitimate phrase.
        // A doubled first character is the end of the word before (`学习习近平…`).
        let doubled = got[k + 1..] == want[k..] && k > 1 && got[k] == got[k - 1];
        return doubled.then_some("多了一个重复的字");
    }
    None
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let mut arena = Vec::new();
    let ix = index(&mut arena);
    let clean = &doc.clean;
    // The normalised view: characters with their clean byte starts, quotation marks skipped
    // (a character's end is its start plus its length).
    let (chars, pos) = normalised(&clean.text);
    let t = &chars[..];
    let end_of = |k: usize| pos[k] as usize + t[k].len_utf8();
    let (exact, hits) = scan(&ix, t);
    // `exact` is in order of start already (pushed as the scan advances).
    // An exact expression that overlaps the window without lying strictly inside it.
    let covered = |s: usize, e: usize| {
        let k = exact.partition_point(|x| x.0 < e);
        exact[..k].iter().rev().take(64).any(|x| x.1 > s && (x.0 < s || x.1 > e || (x.0, x.1) == (s, e)))
    };
    // By start, longest first: an insertion sort by hand (hits are few, and mostly come in
    // order), again to keep generic sort code out of the wasm.
    let mut sorted: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits.into_iter().take(MAX_HITS) {
        let at = sorted.iter().rposition(|o| o.start < h.start || (o.start == h.start && o.end >= h.end));
        sorted.insert(at.map_or(0, |k| k + 1), h);
    }
    let hits = sorted;
    let mut out: Vec<RawFinding> = Vec::new();
    let mut last_end = 0;
    for h in hits {
        // A window that is, or cuts through, an exact expression is that expression, not a
        // misspelling of another one; a known wrong form is wrong wherever it stands.
        if h.start < last_end || (h.right.is_some() && covered(h.start, h.end)) {
            continue;
        }
        last_end = h.end;
        let e = &ix.entries[h.entry];
        let canon: String = e.form.iter().collect();
        let got: String = t[h.start..h.end].iter().collect();
        let mut span = clean.to_src(Span::new(pos[h.start] as usize, end_of(h.end - 1)));
        // The span takes the closing mark of a quotation it opens (`…坚定“四个自信”`).
        let inner = &doc.text[span.start..span.end];
        for (o, c) in [('“', '”'), ('‘', '’'), ('「', '」')] {
            if inner.matches(o).count() > inner.matches(c).count() && doc.text[span.end..].starts_with(c) {
                span.end += c.len_utf8();
            }
        }
        // A replacement only when the span holds exactly the characters compared: quotation
        // marks inside it would otherwise be lost.
        let plain = doc.text[span.start..span.end] == got;
        // A known wrong form is listed under the expression it stands for: that is the fix.
        let right = h.right.or_else(|| Some(canon.clone()));
        let src = if e.source.is_empty() { String::new() } else { format!("（出处：{}）", e.source) };
        let msg = format!("固定表述“{got}”{}，规范表述为“{canon}”{src}", h.what);
        let mut f = RawFinding::new("fixed-expression", h.severity, span, msg);
        if let (true, Some(r)) = (plain, right) {
            f = f.suggest(r);
        }
        out.push(f);
    }
    out
}

/// The characters of `text` that the matcher compares (quotation marks and spaces left out)
/// and the byte where each starts.
#[inline(never)]
fn normalised(text: &str) -> (Vec<char>, Vec<u32>) {
    // Written by index into vectors of the exact size: cheaper than a push per character.
    let n = text.chars().count();
    let mut chars: Vec<char> = vec!['\0'; n];
    let mut pos: Vec<u32> = vec![0; n];
    let mut k = 0;
    for (b, c) in text.char_indices() {
        // Han characters (most of a report) are never skipped: one comparison for them.
        if c >= '\u{3400}' || !skipped(c) {
            chars[k] = c;
            pos[k] = b as u32;
            k += 1;
        }
    }
    chars.truncate(k);
    pos.truncate(k);
    (chars, pos)
}

/// `a == b`, compared in line: the slices are short and most differ in their first
/// character, where a `memcmp` call would cost more than the compare.
#[inline]
fn same_chars(a: &[char], b: &[char]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Every exact expression (in order of start) and every candidate near-miss in `t`.
#[inline(never)]
fn scan(ix: &Index, t: &[char]) -> (Vec<(usize, usize)>, Vec<Hit>) {
    let at = |p: usize, w: &[char]| t.get(p..p + w.len()).is_some_and(|s| same_chars(s, w));
    let mut exact: Vec<(usize, usize)> = Vec::new();
    let mut hits: Vec<Hit> = Vec::new();
    for (p, w) in t.windows(2).enumerate() {
        let k = key(w[0], w[1]);
        let h = pair_bit(k);
        if FILTER[h / 64] & (1 << (h % 64)) == 0 {
            continue;
        }
        let b = bucket(k);
        let bucket = &SLOTS[usize::from(HEADS[b])..usize::from(HEADS[b + 1])];
        for &(_, _, role, n) in bucket.iter().filter(|a| key_of(a.0, a.1) == k) {
            let n = usize::from(n);
            match ROLES[role as usize] {
                Role::First => {
                    let e = &ix.entries[n];
                    if at(p, e.form) {
                        exact.push((p, p + e.form.len()));
                    } else if e.kind != Kind::Count && e.form.len() >= 6 {
                        // (`one_edit` wants six characters and the same last one: asked here
                        // first, as most anchors are common words.)
                        let len = e.form.len();
                        let last = e.form[len - 1];
                        for m in [len, len - 1, len + 1] {
                            if t.get(p + m - 1) == Some(&last) && edit_at(t, p, m, n, e, &mut hits) {
                                break;
                            }
                        }
                    }
                }
                Role::Last => {
                    let e = &ix.entries[n];
                    if e.kind == Kind::Count || e.form.len() < 6 {
                        continue;
                    }
                    // The last two characters at p: a window ending at p + 2 of the entry's
                    // length, one shorter (a character missing) or one longer (one doubled).
                    // Starts whose first two characters are intact were tried as First.
                    let len = e.form.len();
                    for m in [len, len - 1, len + 1] {
                        let Some(s) = (p + 2).checked_sub(m) else { continue };
                        if t[s] == e.form[0] && !at(s, &e.form[..2]) {
                            edit_at(t, s, m, n, e, &mut hits);
                        }
                    }
                }
                Role::Stem => {
                    let e = &ix.entries[n];
                    if !at(p, &e.form[e.stem..]) {
                        continue;
                    }
                    let mut s = p;
                    while s > 0 && is_numeral(t[s - 1]) {
                        s -= 1;
                    }
                    let ordinal = s > 0 && matches!(t[s - 1], '第' | '前' | '后' | '这' | '那');
                    // The slogan ends at a word boundary (`三个意识形态` is another word).
                    let end = p + e.form.len() - e.stem;
                    let boundary =
                        t.get(end).is_none_or(|&c| !crate::tables::is_han(c) || "的和与及是为等".contains(c));
                    if s < p && t[s..p] != e.form[..e.stem] && !ordinal && boundary {
                        hits.push(Hit {
                            start: s,
                            end: p + e.form.len() - e.stem,
                            entry: n,
                            what: "序数不对",
                            severity: Severity::Info,
                            right: Some(e.form.iter().collect()),
                        });
                    }
                }
                Role::Item => list_order(t, p, n, &ix.entries[n], &mut hits),
                Role::Variant => {
                    let (w, n) = &ix.variants[n];
                    if at(p, w) {
                        hits.push(Hit {
                            start: p,
                            end: p + w.len(),
                            entry: *n,
                            what: "是常见的错误写法",
                            severity: Severity::Warning,
                            right: None,
                        });
                    }
                }
            }
        }
    }
    (exact, hits)
}

/// Compare the `m` characters at `s` with entry `e`, allowing one interior edit; true when
/// that is a near-miss (then pushed).
fn edit_at(t: &[char], s: usize, m: usize, n: usize, e: &Entry, hits: &mut Vec<Hit>) -> bool {
    let Some(got) = t.get(s..s + m) else { return false };
    let Some(what) = one_edit(e.form, got) else { return false };
    // A longer expression is surer: one wrong character in eight or more is a typo.
    let severity = if e.form.len() >= 8 { Severity::Warning } else { Severity::Info };
    hits.push(Hit { start: s, end: s + m, entry: n, what, severity, right: Some(e.form.iter().collect()) });
    true
}

/// At `p` a list item of `e` starts: read as many items and separators as the entry has; the
/// same items in another order are flagged.
fn list_order(t: &[char], p: usize, n: usize, e: &Entry, hits: &mut Vec<Hit>) {
    let f = &e.form;
    let k = e.items.len();
    if k < 2 {
        return;
    }
    // Cheap test first (items such as 创新 or 法治 are common words): an item of the entry,
    // then the separator the entry has after its first item.
    let first = e.items.iter().find(|&&(a, b)| t.get(p..p + (b - a)).is_some_and(|w| same_chars(w, &f[a..b])));
    match first {
        Some(&(a, b)) if t.get(p + b - a) == Some(&f[e.items[0].1]) => {}
        _ => return,
    }
    let mut used = vec![false; k];
    let mut order = Vec::with_capacity(k);
    let mut q = p;
    for slot in 0..k {
        let found = (0..k).find(|&i| {
            let (a, b) = e.items[i];
            !used[i] && t.get(q..q + (b - a)).is_some_and(|w| same_chars(w, &f[a..b]))
        });
        let Some(i) = found else { return };
        used[i] = true;
        order.push(i);
        q += e.items[i].1 - e.items[i].0;
        if slot + 1 < k {
            // The separator the canonical form has at this slot.
            let sep = f[e.items[slot].1];
            if t.get(q) != Some(&sep) {
                return;
            }
            q += 1;
        }
    }
    if order.iter().enumerate().any(|(a, &b)| a != b) {
        hits.push(Hit {
            start: p,
            end: q,
            entry: n,
            what: "顺序不对",
            severity: Severity::Warning,
            right: Some(f.iter().collect()),
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn variants_official_texts_use_are_not_typos() {
        for t in ["坚持批评与自我批评。", "以党建统领基层治理。", "理论联系实际、密切联系群众、批评与自我批评。"]
        {
            assert!(super::super::flags(t, "fixed-expression").is_empty(), "{t}");
        }
        assert_eq!(super::super::flags("坚持批评和自我扯评。", "fixed-expression").len(), 1);
    }

    #[test]
    fn another_push_verb_or_a_left_out_de_is_a_variant() {
        // Before: 推进 for 推动 and a missing 的 were flagged as typos.
        for t in [
            "为推进高质量发展“十项行动”提供坚强法治保障。",
            "统筹推进高质量发展和高水平安全。",
            "在实现中华民族伟大复兴中国梦的征程上。",
        ] {
            assert!(super::super::flags(t, "fixed-expression").is_empty(), "{t}");
        }
        // Still flagged: a wrong character in the rest, another missing character.
        assert_eq!(
            super::super::flags("统筹推动高治量发展。", "fixed-expression"),
            [("推动高治量发展".into(), Some("推动高质量发展".into()))]
        );
        assert_eq!(super::super::flags("实现中华民族伟大复兴的中梦。", "fixed-expression").len(), 1);
    }

    #[test]
    fn other_campaigns_and_the_word_before_are_not_typos() {
        // Before: 党史/党员学习教育 were wrong forms of 党纪学习教育, and 学习习近平… doubled a 习.
        for t in ["推动党史学习教育入脑入心。", "抓好党员学习教育。", "深入学习习近平新时代中国特色社会主义思想。"]
        {
            assert!(super::super::flags(t, "fixed-expression").is_empty(), "{t}");
        }
        // Still flagged: a doubled character inside, another character wrong.
        assert_eq!(super::super::flags("深入学习习近近平新时代中国特色社会主义思想。", "fixed-expression").len(), 1);
        assert_eq!(super::super::flags("开展党纪学习教肓。", "fixed-expression").len(), 0);
        assert_eq!(super::super::flags("开展党纪学刁教育。", "fixed-expression").len(), 1);
    }

    #[test]
    fn traditional_characters_write_the_same_expression() {
        // Before: `三個代表重要思想` had one wrong character (個 for 个).
        assert!(super::super::flags("堅持理論和“三個代表”重要思想為指導。", "fixed-expression").is_empty());
        // Still flagged: a character that is another character, not another script's form.
        assert_eq!(super::super::flags("堅持理論和“三固代表”重要思想為指導。", "fixed-expression").len(), 1);
    }

    use super::*;
    use crate::checks::flags;

    fn fe(t: &str) -> Vec<(String, Option<String>)> {
        flags(t, "fixed-expression")
    }

    #[test]
    fn the_table_is_well_formed() {
        let mut arena = Vec::new();
        let ix = index(&mut arena);
        assert!(ix.entries.len() >= 150, "{} entries", ix.entries.len());
        assert!(ix.entries.iter().all(|e| !e.source.is_empty()));
        assert!(ix.entries.iter().filter(|e| e.kind == Kind::List).all(|e| e.items.len() >= 2));
        // Every entry, written exactly, is silent (even where it is one edit from another,
        // as 全面建设小康社会 / 全面建成小康社会 are).
        for e in &ix.entries {
            let t: String = e.form.iter().collect();
            assert!(fe(&format!("要{t}。")).is_empty(), "{t}");
        }
    }

    #[test]
    fn const_table_matches_a_plain_reading() {
        // The table read with `str` methods, as a person would: every row, kind, wrong form.
        let mut rows = Vec::new();
        let mut variants = Vec::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut cols = line.split('\t');
            let form = cols.next().unwrap_or("");
            if form.chars().count() < 2 {
                continue;
            }
            let kind = match cols.next() {
                Some("count") => Kind::Count,
                Some("list") => Kind::List,
                _ => Kind::Term,
            };
            for w in cols.next().unwrap_or("").split('｜').filter(|w| !w.is_empty()) {
                variants.push((w, rows.len()));
            }
            rows.push((form, kind, cols.next().unwrap_or("").trim()));
        }
        let consts: Vec<_> = ROWS.iter().map(|r| (r.form, r.kind, r.source)).collect();
        assert_eq!(consts, rows);
        assert_eq!(VARIANTS.to_vec(), variants);
        // Each anchor once in its bucket, and let through by the filter.
        assert_eq!(usize::from(HEADS[BUCKETS]), SLOTS.len());
        for (b, w) in HEADS.windows(2).enumerate() {
            for s in &SLOTS[usize::from(w[0])..usize::from(w[1])] {
                let k = key_of(s.0, s.1);
                assert_eq!(bucket(k), b);
                assert_ne!(FILTER[pair_bit(k) / 64] & (1 << (pair_bit(k) % 64)), 0);
            }
        }
        assert!(ROWS.iter().all(|r| chars_of(r.form).1 <= MAX_FORM));
    }

    #[test]
    fn exact_expressions_stay_silent() {
        for t in [
            "深入学习贯彻习近平新时代中国特色社会主义思想，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
            "以学思想、强党性、重实践、建新功为总要求，坚持学思用贯通、知信行统一。",
            "认真落实“三会一课”制度，学习党的二十大精神和党的二十届三中全会精神，回顾党的十八大精神。",
            "坚决贯彻创新、协调、绿色、开放、共享的新发展理念。",
            "推进中国现代化建设，全面建设小康社会，做到六个坚持。",
            "在第四个意识形态领域，三个意识形态阵地",
        ] {
            assert!(fe(t).is_empty(), "{t}: {:?}", fe(t));
        }
    }

    #[test]
    fn one_character_wrong_missing_or_doubled() {
        assert_eq!(
            fe("学习习近平新时代中国特色社会主意思想。"),
            [("习近平新时代中国特色社会主意思想".into(), Some("习近平新时代中国特色社会主义思想".into()))]
        );
        assert_eq!(fe("学习习近平新时代中国特色社会主思想。").len(), 1);
        assert_eq!(fe("学习习近平新时代中国特色社会主义义思想。").len(), 1);
        assert_eq!(fe("贯彻中央八顶规定精神。"), [("中央八顶规定精神".into(), Some("中央八项规定精神".into()))]);
    }

    #[test]
    fn lists_in_the_wrong_order() {
        assert_eq!(
            fe("按照学思想、重实践、强党性、建新功的总要求"),
            [("学思想、重实践、强党性、建新功".into(), Some("学思想、强党性、重实践、建新功".into()))]
        );
        assert_eq!(fe("推进产业兴旺、乡风文明、生态宜居、治理有效、生活富裕").len(), 1);
    }

    #[test]
    fn wrong_numbers() {
        assert_eq!(fe("学习贯彻十九届大精神"), [("十九届大精神".into(), Some("十九大精神".into()))]);
        assert_eq!(fe("牢固树立“三个意识”"), [("三个意识".into(), Some("四个意识".into()))]);
        // The two slogans swapped: 两个确立 is 领悟'd, 两个维护 is 做到.
        assert_eq!(fe("坚决做到“两个确立”"), [("做到“两个确立”".into(), None)]);
        assert!(fe("深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”").is_empty());
        // A historical form that is itself in the table is fine.
        assert!(fe("坚定三个自信").is_empty());
    }

    #[test]
    fn quotes_inside_keep_the_text_but_drop_the_suggestion() {
        assert!(fe("增强“四个意识”、坚定“四个自信”、做到“两个维护”。").is_empty());
        let f = fe("增强“四个意识”、做到“两个维护”、坚定“四个自信”");
        assert_eq!(f, [("增强“四个意识”、做到“两个维护”、坚定“四个自信”".into(), None)]);
        let f = fe("学习“习近平新时代中国特色社会主意思想”");
        assert_eq!(f.len(), 1);
    }
}
