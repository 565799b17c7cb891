//! Quantities (spec §3).
use crate::clean::Clean;
use crate::model::Approx;
use crate::placeholders::RawPlaceholder;
use crate::span::Span;

#[derive(Debug, Clone)]
pub struct RawMetric {
    pub span: Span,
    pub value: Option<f64>,
    pub upper: Option<f64>,
    pub unit: String,
    pub approx: Approx,
    pub subject: Option<String>,
}

pub fn find(_text: &str, _clean: &Clean, _dates: &[Span], _ph: &[RawPlaceholder]) -> Vec<RawMetric> {
    Vec::new()
}
