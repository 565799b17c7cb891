//! Document parts and the outline (spec §1). Takes the source, its lines and the clean view;
//! gives the title, salutation, closing and signature lines, and the headings with levels
//! decided by context. `outline` finds the headings, `frame` the parts around them.

mod frame;
mod outline;

pub use crate::model::Family;
pub use frame::{rules_title, title_candidates, FEATURES as TITLE_FEATURES};
pub use outline::{marker_for, to_tree, RawHeading};

use crate::blocks::CleanLine;
use crate::clean::Clean;
use crate::span::Span;

#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub title: Option<Span>,
    pub salutation: Option<Span>,
    pub closing: Vec<Span>,
    pub signature: Vec<Span>,
    pub headings: Vec<RawHeading>,
    /// Site header lines found around the title (`城管局副局长述职报告篇1`): artefacts.
    pub site_headers: Vec<Span>,
}

/// `lines` are the lines of the clean view (`blocks::clean_lines(clean)`).
pub fn parse(text: &str, lines: &[CleanLine], artifacts: &[Span], clean: &Clean) -> Structure {
    let mut st = Structure { headings: outline::headings(text, lines, artifacts, clean), ..Structure::default() };
    frame::parts(text, clean.text.as_str(), lines, clean, &mut st);
    st
}

/// What the outline and frame tests compare: (level, marker, title) of each heading.
#[cfg(test)]
mod test_util {
    pub fn outline(t: &str) -> Vec<(u8, String, String)> {
        crate::parse(t).structure.headings.iter().map(|h| (h.level, h.marker.clone(), h.title.clone())).collect()
    }
    pub fn h(level: u8, marker: &str, title: &str) -> (u8, String, String) {
        (level, marker.to_string(), title.to_string())
    }
}
