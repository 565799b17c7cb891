//! Dates (spec §4).
use crate::clean::Clean;
use crate::span::Span;

pub fn find(_text: &str, _clean: &Clean) -> Vec<Span> {
    Vec::new()
}
