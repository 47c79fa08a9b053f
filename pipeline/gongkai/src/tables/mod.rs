//! The standard tables (2019 and 2021 layouts) in every flattening style.

//!
//! The layout comes from the data in [`crate::template`]: the parser finds
//! the template's row labels (and aliases) in a compact view of the text
//! ([`scan::Compact`]), reads the cells after each label in whichever style
//! they are written (one per line, `| a | b |`, pdftotext columns, cells
//! detached from labels, digits glued together) and only assigns numbers to
//! cells when the mapping is certain: otherwise the cell stays empty and a
//! flag (`schemas/flags.md`) says why.

mod arith;
mod scan;
mod sec2;
mod sec3;
mod sec4;

use crate::extract::Doc;
use crate::record::{Headline, Located, Span, Template};
use crate::template;
use scan::Compact;
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

/// What the section parsers share: the document, its compact view, and
/// what has been found so far.
pub(crate) struct Ctx<'a> {
    doc: &'a Doc,
    c: &'a Compact,
    cells: Vec<Cell>,
    flags: Vec<String>,
}

impl Ctx<'_> {
    fn flag(&mut self, f: String) {
        if !self.flags.contains(&f) {
            self.flags.push(f);
        }
    }

    /// A [`Cell`] from a compact byte range; `unit` marks amounts.
    fn cell(
        &self,
        section: &'static str,
        table: &'static str,
        row_key: &'static str,
        col_key: &'static str,
        raw: &sec3::Raw,
        unit: Option<&'static str>,
    ) -> Cell {
        let span = (raw.end > raw.start).then(|| self.c.span(&self.doc.norm, raw.start, raw.end));
        let raw_text = span
            .and_then(|s| self.doc.text.get(s.start as usize..s.end as usize))
            .unwrap_or("")
            .to_string();
        let value = if raw.status == CellStatus::Number {
            let t = &self.c.text[raw.start..raw.end];
            match unit {
                Some("yuan") => crate::numerals::parse_yuan(t),
                _ => t.replace(',', "").parse::<f64>().ok(),
            }
        } else {
            None
        };
        Cell {
            section,
            table,
            row_key,
            col_key,
            value,
            unit,
            status: raw.status,
            raw: raw_text,
            span,
        }
    }
}

/// Layout of the first standard table, told by its header words.
fn detect_template(c: &Compact) -> Option<Template> {
    let first = |marks: &[&str]| marks.iter().filter_map(|m| c.text.find(m)).min();
    match (first(template::MARKERS_2019), first(template::MARKERS_2021)) {
        (Some(a), Some(b)) => Some(if a < b {
            Template::Table2019
        } else {
            Template::Table2021
        }),
        (Some(_), None) => Some(Template::Table2019),
        (None, Some(_)) => Some(Template::Table2021),
        (None, None) => None,
    }
}

pub fn extract_tables(doc: &Doc) -> TableExtraction {
    let c = Compact::new(&doc.norm.text);
    let mut ctx = Ctx {
        doc,
        c: &c,
        cells: Vec::new(),
        flags: Vec::new(),
    };
    let mut tmpl = detect_template(&c);
    sec2::extract(&mut ctx, tmpl);
    let sec3_span = sec3::find(&c);
    if let Some(layout) = sec3::extract(&mut ctx) {
        // Without a first table, only the 2021 （六） rows tell the layout.
        if tmpl.is_none() && layout == Template::Table2021 {
            tmpl = Some(layout);
        }
    }
    let from = sec3_span.map_or(0, |(_, e)| e);
    if sec3_span.is_some() || tmpl.is_some() {
        sec4::extract(&mut ctx, from);
    }
    let headline = headline(&ctx.cells);
    let mut flags = ctx.flags;
    flags.extend(arith::check(&ctx.cells));
    TableExtraction {
        template: tmpl,
        cells: ctx.cells,
        headline,
        flags,
    }
}

fn located(cell: Option<&Cell>) -> Option<Located<i64>> {
    let c = cell?;
    if c.status != CellStatus::Number {
        return None;
    }
    Some(Located::new(c.value? as i64, c.span?))
}

/// GOLD_FORMAT table fields: the printed 总计 cells (and 自然人 of 一).
fn headline(cells: &[Cell]) -> Headline {
    let total = |row: &str| located(sec3::get(cells, row, "total"));
    let review = |row: &str| {
        cells
            .iter()
            .find(|c| c.section == sec4::SECTION && c.row_key == row && c.col_key == "total")
    };
    let lit = [
        review(template::REVIEW_ROWS[1].key),
        review(template::REVIEW_ROWS[2].key),
    ];
    // Both 行政诉讼 总计 cells must be there; an empty one adds nothing.
    let litigation_total = (|| match lit {
        [Some(a), Some(b)] => {
            let parts: Vec<Located<i64>> = [a, b].iter().filter_map(|c| located(Some(c))).collect();
            let first = parts.first()?;
            let v = parts.iter().map(|l| l.value).sum();
            let span = Span {
                start: parts.iter().map(|l| l.span.start).min().unwrap_or(first.span.start),
                end: parts.iter().map(|l| l.span.end).max().unwrap_or(first.span.end),
            };
            Some(Located::new(v, span))
        }
        _ => None,
    })();
    Headline {
        apps_new: total("new_received"),
        apps_carried_over: total("carried_over"),
        apps_granted: total("granted"),
        apps_partial: total("partial"),
        apps_total_handled: total("total_handled"),
        apps_carried_next: total("carried_next"),
        apps_natural_person_new: located(sec3::get(cells, "new_received", "natural_person")),
        review_total: located(review(template::REVIEW_ROWS[0].key)),
        litigation_total,
        ..Headline::default()
    }
}
