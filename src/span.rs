//! Byte ranges, end-exclusive, typed by the text they index: [`Span`] (= `Span<Src>`) is a range
//! of the source, the only kind that reaches output; [`CleanSpan`] (= `Span<Cln>`) is a range of
//! the clean view (`clean::Clean::text`) and becomes a source span only through
//! `clean::Clean::to_src`. The two do not mix: a clean span where a source span is wanted is a
//! type error, not an offset bug:
//!
//! ```compile_fail
//! use report_lens::span::{CleanSpan, Span};
//! let clean = CleanSpan::new(0, 3);
//! let out: Span = clean; // a clean span must go through `Clean::to_src`
//! ```

use std::fmt;
use std::marker::PhantomData;

/// Marker: coordinates of the source text.
#[derive(Debug)]
pub struct Src;

/// Marker: coordinates of the clean view (artefacts cut, full-width forms folded).
#[derive(Debug)]
pub struct Cln;

pub struct Span<K = Src> {
    pub start: usize,
    pub end: usize,
    kind: PhantomData<K>,
}

/// A byte range of the clean view.
pub type CleanSpan = Span<Cln>;

impl<K> Span<K> {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end, kind: PhantomData }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn overlaps(&self, o: &Span<K>) -> bool {
        self.start < o.end && o.start < self.end
    }
    pub fn contains(&self, o: &Span<K>) -> bool {
        self.start <= o.start && o.end <= self.end
    }
}

// The traits by hand: derived ones would ask the marker for them too (`K: Copy` …).
impl<K> Clone for Span<K> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K> Copy for Span<K> {}

impl<K> PartialEq for Span<K> {
    fn eq(&self, o: &Self) -> bool {
        (self.start, self.end) == (o.start, o.end)
    }
}

impl<K> Eq for Span<K> {}

impl<K> PartialOrd for Span<K> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

/// By start, then end.
impl<K> Ord for Span<K> {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.start, self.end).cmp(&(o.start, o.end))
    }
}

impl<K> std::hash::Hash for Span<K> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.start, self.end).hash(h)
    }
}

impl<K> Default for Span<K> {
    fn default() -> Self {
        Span::new(0, 0)
    }
}

// By hand: the marker is not worth printing, only which text the range is of.
impl<K> fmt::Debug for Span<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if std::any::type_name::<K>().ends_with("Cln") { "CleanSpan" } else { "Span" };
        f.debug_struct(name).field("start", &self.start).field("end", &self.end).finish()
    }
}
