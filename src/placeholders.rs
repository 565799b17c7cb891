//! Template blanks and masks (spec §2).
use crate::clean::Clean;
use crate::model::PlaceholderKind;
use crate::span::Span;

#[derive(Debug, Clone)]
pub struct RawPlaceholder {
    pub span: Span,
    pub kind: PlaceholderKind,
    pub form: String,
}

pub fn find(_text: &str, _clean: &Clean, _artifacts: &[Span]) -> Vec<RawPlaceholder> {
    Vec::new()
}
