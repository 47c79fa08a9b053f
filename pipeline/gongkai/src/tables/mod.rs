//! The standard tables (2019 and 2021 layouts) in every flattening style.

use crate::extract::Doc;
use crate::record::{Headline, Span, Template};
use serde::Serialize;

/// How a cell was written: a number, or one of the ways of leaving it empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CellStatus {
    Number,
    Blank,
    Slash,
    Dash,
    None,
    Missing,
}

/// One cell of sections 二, 三 or 四.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub section: &'static str,
    pub table: &'static str,
    pub row_key: &'static str,
    pub col_key: &'static str,
    pub value: Option<f64>,
    pub unit: Option<&'static str>,
    pub status: CellStatus,
    pub raw: String,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Default)]
pub struct TableExtraction {
    /// Layout told from the table headers; None when no standard table.
    pub template: Option<Template>,
    pub cells: Vec<Cell>,
    /// GOLD_FORMAT table fields taken from the cells.
    pub headline: Headline,
    pub flags: Vec<String>,
}

pub fn extract_tables(doc: &Doc) -> TableExtraction {
    let _ = doc;
    TableExtraction::default()
}
