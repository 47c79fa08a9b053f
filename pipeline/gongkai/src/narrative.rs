//! Numbers stated in prose (narrative layout, and prose in table-era reports).

use crate::extract::Doc;
use crate::record::{Headline, Template};

#[derive(Debug, Clone, Default)]
pub struct NarrativeNumbers {
    pub headline: Headline,
    /// The text reads like a report in the pre-2019 narrative layout.
    pub looks_narrative: bool,
    pub flags: Vec<String>,
}

pub fn extract_narrative(doc: &Doc, template: Option<Template>) -> NarrativeNumbers {
    let _ = (doc, template);
    NarrativeNumbers::default()
}
