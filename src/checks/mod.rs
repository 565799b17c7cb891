//! The checks (spec §6): one file each, registered in [`CHECKS`].
use crate::model::Severity;
use crate::span::Span;
use crate::{Doc, Options};

#[derive(Debug, Clone)]
pub struct RawFinding {
    pub check: &'static str,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub suggestion: Option<String>,
}

pub fn run(_doc: &Doc, _options: &Options) -> Vec<RawFinding> {
    Vec::new()
}
