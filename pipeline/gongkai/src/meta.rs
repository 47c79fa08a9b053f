//! Title, is-it-a-report, year, publish date, unit name and level.

use crate::extract::Doc;
use crate::record::Level;

/// Document-level facts read from the page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub is_annual_report: bool,
    pub year: Option<i32>,
    /// Days since 1970-01-01.
    pub publish_date: Option<i32>,
    pub unit_name: Option<String>,
    pub level: Option<Level>,
    pub flags: Vec<String>,
}

pub fn extract_meta(doc: &Doc) -> Meta {
    let _ = doc;
    Meta::default()
}
