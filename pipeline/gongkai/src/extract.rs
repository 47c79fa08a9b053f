//! One document in, one record (and its table cells) out.
//!
//! This module only orchestrates: each field family lives in its own module
//! ([`crate::meta`], [`crate::region`], [`crate::narrative`], [`crate::tables`]).

use crate::doc::Doc;
use crate::meta::Meta;
use crate::record::Report;
use crate::tables::Cell;

/// What extraction gives for one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub report: Report,
    pub cells: Vec<Cell>,
}

/// Extract every field of one document. Never panics on any text.
///
/// Identity fields (doc_id, path, sha, encoding, url) are filled by the caller.
pub fn extract(doc: &Doc) -> Extraction {
    let mut report = Report {
        doc_id: doc.doc_id.clone(),
        url: doc.url.clone(),
        ..Report::default()
    };

    let meta = crate::meta::extract_meta(doc);
    report.title = meta.title.clone();
    report.is_annual_report = meta.is_annual_report;
    report.year = meta.year;
    report.publish_date = meta.publish_date;
    report.unit_name = meta.unit_name.clone();
    report.level = meta.level;
    for f in &meta.flags {
        report.flag(f.clone());
    }
    place_report(doc, &meta, &mut report);

    let tables = crate::tables::extract_tables(doc);
    // Prose is searched only for what the tables leave empty.
    let narrative = crate::narrative::extract_narrative_for(
        doc,
        tables.template,
        &tables.headline,
        crate::narrative::Speaker {
            level: report.level,
            name: report.unit_name.as_deref(),
            year: report.year,
        },
    );
    report.template = template_of(doc, &meta, tables.template, narrative.looks_narrative);

    // 勾稽 checks of the tables, and the text against the table.
    if !tables.cells.is_empty() {
        report.arith_ok = Some(tables.arith_failures.is_empty());
        report.arith_failures = tables.arith_failures.clone();
    }

    // Table cells win for the table fields; narrative fills what the tables
    // do not state (GOLD_FORMAT: prose statements count for table fields).
    report.headline = tables.headline.or(narrative.headline);
    for f in tables.flags.into_iter().chain(narrative.flags) {
        report.flag(f);
    }

    if !report.is_annual_report {
        report.flag("not_annual_report");
    }
    Extraction {
        report,
        cells: tables.cells,
    }
}

/// The report's region, and its unit where only its place names it.
fn place_report(doc: &Doc, meta: &Meta, report: &mut Report) {
    let (region, region_flags) = crate::region::resolve(doc, meta);
    report.region = region;
    for f in region_flags {
        report.flag(f);
    }
    // A report that never names itself but speaks as its place's government.
    if meta.unit_name.is_none() && meta.is_annual_report {
        if let Some((unit, level)) =
            crate::unit::place_as_unit(&doc.norm.text, &report.region, meta.level)
        {
            report.unit_name = Some(unit);
            report.level = Some(level);
            report.flags.retain(|f| f != "unit_unnamed");
            report.flag("unit_as_place");
        }
    }
}

/// The report's layout: its tables', else the narrative one for a report
/// of the narrative era.
fn template_of(
    doc: &Doc,
    meta: &Meta,
    tables: Option<crate::record::Template>,
    looks_narrative: bool,
) -> Option<crate::record::Template> {
    // Reports on 2008–2018 were written under the 2007 条例 in the narrative
    // layout (report-formats.md §1); a later one without tables shows no layout.
    let narrative_era = match meta.year {
        // (A later year's report in the old layout, without tables.)
        Some(y) => y <= 2018 || tables.is_none() && crate::narrative::old_layout(&doc.norm.text),
        None => looks_narrative,
    };
    tables
        .or((narrative_era && meta.is_annual_report).then_some(crate::record::Template::Narrative))
}
