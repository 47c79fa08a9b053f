//! The typed record of one document: what the reports dataset holds per row.

use serde::Serialize;

/// Byte range into the decoded text of a document (`start..end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
}

/// A value read from the text, with where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Located<T> {
    pub fn new(value: T, span: Span) -> Self {
        Located { value, span }
    }
}

/// Administrative level of the reporting unit (GOLD_FORMAT `level`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Level {
    Province,
    Prefecture,
    County,
    Township,
    Department,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Township => "township",
            Level::Department => "department",
        }
    }
}

/// What a document was read from (the reports column `source_format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub enum SourceFormat {
    /// Plain text (a text dump, a scraped page's text).
    #[default]
    Txt,
    /// A web page (`.html`/`.htm`, or a `.txt` holding markup).
    Html,
    /// A Word document (`.docx`).
    Docx,
    /// A PDF file (`.pdf`), read from its text layer and ruling lines.
    Pdf,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Txt => "txt",
            SourceFormat::Html => "html",
            SourceFormat::Docx => "docx",
            SourceFormat::Pdf => "pdf",
        }
    }
}

/// Report layout (GOLD_FORMAT `template`), told from the headers, never the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Template {
    Narrative,
    Table2019,
    Table2021,
}

impl Template {
    pub fn as_str(self) -> &'static str {
        match self {
            Template::Narrative => "narrative",
            Template::Table2019 => "table2019",
            Template::Table2021 => "table2021",
        }
    }
}

/// Column names of the headline numbers (GOLD_FORMAT's numeric fields), in
/// schema order: the ten of [`Headline::int_fields`], then `fees_collected`.
pub const HEADLINE_FIELDS: [&str; 11] = [
    "proactive_total",
    "apps_new",
    "apps_carried_over",
    "apps_granted",
    "apps_partial",
    "apps_total_handled",
    "apps_carried_next",
    "apps_natural_person_new",
    "review_total",
    "litigation_total",
    "fees_collected",
];

/// The integer headline field of `$h` named `$name` (a [`HEADLINE_FIELDS`]
/// column), as `Option<&mut _>`: for [`Headline`] and the generator's truth,
/// whose fields have the same names.
macro_rules! headline_int_field {
    ($h:expr, $name:expr) => {
        Some(match $name {
            "proactive_total" => &mut $h.proactive_total,
            "apps_new" => &mut $h.apps_new,
            "apps_carried_over" => &mut $h.apps_carried_over,
            "apps_granted" => &mut $h.apps_granted,
            "apps_partial" => &mut $h.apps_partial,
            "apps_total_handled" => &mut $h.apps_total_handled,
            "apps_carried_next" => &mut $h.apps_carried_next,
            "apps_natural_person_new" => &mut $h.apps_natural_person_new,
            "review_total" => &mut $h.review_total,
            "litigation_total" => &mut $h.litigation_total,
            _ => return None,
        })
    };
}
pub(crate) use headline_int_field;

/// The headline numbers of GOLD_FORMAT, each with its source span.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Headline {
    pub proactive_total: Option<Located<i64>>,
    pub apps_new: Option<Located<i64>>,
    pub apps_carried_over: Option<Located<i64>>,
    pub apps_granted: Option<Located<i64>>,
    pub apps_partial: Option<Located<i64>>,
    pub apps_total_handled: Option<Located<i64>>,
    pub apps_carried_next: Option<Located<i64>>,
    pub apps_natural_person_new: Option<Located<i64>>,
    pub review_total: Option<Located<i64>>,
    pub litigation_total: Option<Located<i64>>,
    /// Yuan.
    pub fees_collected: Option<Located<f64>>,
}

impl Headline {
    /// Each field of `self`, else `other`'s (the tables' numbers, else the
    /// prose's).
    pub fn or(self, other: Headline) -> Headline {
        Headline {
            proactive_total: self.proactive_total.or(other.proactive_total),
            apps_new: self.apps_new.or(other.apps_new),
            apps_carried_over: self.apps_carried_over.or(other.apps_carried_over),
            apps_granted: self.apps_granted.or(other.apps_granted),
            apps_partial: self.apps_partial.or(other.apps_partial),
            apps_total_handled: self.apps_total_handled.or(other.apps_total_handled),
            apps_carried_next: self.apps_carried_next.or(other.apps_carried_next),
            apps_natural_person_new: self
                .apps_natural_person_new
                .or(other.apps_natural_person_new),
            review_total: self.review_total.or(other.review_total),
            litigation_total: self.litigation_total.or(other.litigation_total),
            fees_collected: self.fees_collected.or(other.fees_collected),
        }
    }

    /// The integer fields by their column name, in schema order.
    pub fn int_fields(&self) -> [(&'static str, Option<Located<i64>>); 10] {
        let f = &HEADLINE_FIELDS;
        [
            (f[0], self.proactive_total),
            (f[1], self.apps_new),
            (f[2], self.apps_carried_over),
            (f[3], self.apps_granted),
            (f[4], self.apps_partial),
            (f[5], self.apps_total_handled),
            (f[6], self.apps_carried_next),
            (f[7], self.apps_natural_person_new),
            (f[8], self.review_total),
            (f[9], self.litigation_total),
        ]
    }

    /// The integer field named `name` (a [`HEADLINE_FIELDS`] column), to set.
    pub fn int_field_mut(&mut self, name: &str) -> Option<&mut Option<Located<i64>>> {
        headline_int_field!(self, name)
    }
}

/// Region of the unit, as full official gazetteer names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Region {
    pub province: Option<String>,
    pub prefecture: Option<String>,
    pub county: Option<String>,
    pub township: Option<String>,
    /// Gazetteer code of the deepest level settled: 2, 4, 6 or 9 digits.
    pub region_code: Option<String>,
}

/// One row of the reports dataset.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub doc_id: String,
    pub source_path: String,
    pub url: Option<String>,
    pub source_sha256: String,
    pub source_bytes: u64,
    pub encoding: String,
    pub source_format: SourceFormat,
    pub title: Option<String>,
    pub is_annual_report: bool,
    pub year: Option<i32>,
    /// Days since 1970-01-01 (Arrow Date32).
    pub publish_date: Option<i32>,
    pub unit_name: Option<String>,
    pub level: Option<Level>,
    pub region: Region,
    pub template: Option<Template>,
    pub headline: Headline,
    /// Whether every 勾稽 check of the tables (and the text-vs-table check)
    /// passed; None when the document has no standard table.
    pub arith_ok: Option<bool>,
    /// The failed checks, `<rule>:<where>:expected=<E>:found=<F>` (rules in
    /// `schemas/flags.md`); values are never corrected.
    pub arith_failures: Vec<String>,
    /// Why a value is missing or doubtful; vocabulary in `schemas/flags.md`.
    pub flags: Vec<String>,
}

impl Report {
    pub fn flag(&mut self, flag: impl Into<String>) {
        let f = flag.into();
        if !self.flags.contains(&f) {
            self.flags.push(f);
        }
    }
}

/// Days since 1970-01-01 for a calendar date (None when invalid).
pub fn days_from_ymd(y: i32, m: u32, d: u32) -> Option<i32> {
    let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    Some((date - epoch).num_days() as i32)
}

/// `YYYY-MM-DD` of a Date32 value.
pub fn date_string(days: i32) -> String {
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|e| e.checked_add_signed(chrono::Duration::days(days as i64)))
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
