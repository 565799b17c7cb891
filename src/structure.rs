//! Document parts and the outline (spec §1).
use crate::blocks::Line;
use crate::clean::Clean;
use crate::model::Heading;
use crate::offsets::Utf16Index;
use crate::span::Span;

#[derive(Debug, Clone, Default)]
pub struct RawHeading {
    pub level: u8,
    pub marker: String,
    pub ordinal: u32,
    pub title: String,
    pub family: &'static str,
    pub run_in: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub title: Option<Span>,
    pub salutation: Option<Span>,
    pub closing: Vec<Span>,
    pub signature: Vec<Span>,
    pub headings: Vec<RawHeading>,
}

pub fn parse(_text: &str, _lines: &[Line], _artifacts: &[Span], _clean: &Clean) -> Structure {
    Structure::default()
}

/// Nest the flat heading list by level, converting spans to UTF-16.
pub fn to_tree(heads: &[RawHeading], idx: &Utf16Index) -> Vec<Heading> {
    let mut root: Vec<Heading> = Vec::new();
    for h in heads {
        let node = Heading {
            level: h.level,
            marker: h.marker.clone(),
            ordinal: h.ordinal,
            title: h.title.clone(),
            family: h.family.to_string(),
            run_in: h.run_in,
            start: idx.to_utf16(h.span.start),
            end: idx.to_utf16(h.span.end),
            children: Vec::new(),
        };
        let mut list = &mut root;
        while let Some(last) = list.last() {
            if last.level < node.level {
                list = &mut list.last_mut().unwrap().children;
            } else {
                break;
            }
        }
        list.push(node);
    }
    root
}
