//! One report published on several pages: the unit key and the duplicate
//! marks of the reports dataset.
//!
//! A county's report is often posted on the county portal, again on the
//! 政务公开 platform and again by a department. Every copy is a row of the
//! reports dataset (documents in = rows out), so the copies are marked, not
//! dropped: `unit_key` (per document, by `normalize`), `kept_doc_id` and
//! `is_duplicate` (across the whole dataset, by `write-parquet`, which sees
//! every shard it is given). The summaries count each report once.
//!
//! Definitions (README "Duplicates"):
//! - `unit_key` = `region_code|level|name`. When the code is the unit's own
//!   (its length is that of the level: province 2, prefecture 4, county 6,
//!   township 9 digits) the code names the unit and `name` is empty, so 洪泽区
//!   and 淮安市洪泽区 are one unit; otherwise (departments, units resolved only
//!   to a higher level) `name` is unit_name trimmed of spaces and without a
//!   人民政府 suffix. Null when the code, the level or a needed name is
//!   unknown.
//! - Annual reports of the same `unit_key` and `year` are copies of one
//!   report; when the key or the year is unknown, only byte-identical files
//!   (same `source_sha256`) are. Of each group the row stating the most
//!   headline figures is kept (ties: the smallest `doc_id`); the others are
//!   duplicates. Non-reports are never duplicates.

use crate::record::{Level, HEADLINE_FIELDS};
use arrow::array::{Array, ArrayRef, AsArray, BooleanArray, RecordBatch, StringArray};
use arrow::datatypes::{Int32Type, SchemaRef};
use arrow::error::ArrowError;
use std::collections::HashMap;
use std::sync::Arc;

/// Digits of a region code at each level of government (统计用区划代码).
pub const CODE_DIGITS: &[(Level, usize)] = &[
    (Level::Province, 2),
    (Level::Prefecture, 4),
    (Level::County, 6),
    (Level::Township, 9),
];

/// The unit's key, stable across years (see the module docs).
pub fn unit_key(
    level: Option<&str>,
    region_code: Option<&str>,
    unit_name: Option<&str>,
) -> Option<String> {
    let (level, code) = (level?, region_code?);
    let own_code = CODE_DIGITS
        .iter()
        .any(|(l, digits)| l.as_str() == level && code.chars().count() == *digits);
    if own_code {
        return Some(format!("{code}|{level}|"));
    }
    let name = unit_name?.trim_matches([' ', '\u{3000}', '\t', '\r', '\n']);
    let name = name.strip_suffix("人民政府").unwrap_or(name);
    (!name.is_empty()).then(|| format!("{code}|{level}|{name}"))
}

/// The duplicate group of a row, as a 128-bit hash of what defines it (see
/// the module docs); None for rows that are never duplicates. Two groups
/// share a hash with probability about n²/2¹²⁹ — for ten million reports,
/// 10⁻²⁵.
fn group(row: &RowView) -> Option<u128> {
    use std::hash::{Hash, Hasher};
    if !row.is_annual_report {
        return None;
    }
    let half = |seed: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        seed.hash(&mut h);
        match (row.unit_key, row.year) {
            (Some(key), Some(year)) => ("unit", key, year).hash(&mut h),
            _ => ("sha", row.sha).hash(&mut h),
        }
        h.finish() as u128
    };
    Some(half(0) << 64 | half(1))
}

/// The columns of a reports batch the marks depend on.
struct Columns<'a> {
    doc_id: &'a StringArray,
    sha: &'a StringArray,
    unit_key: &'a StringArray,
    is_annual_report: &'a BooleanArray,
    year: &'a arrow::array::PrimitiveArray<Int32Type>,
    headline: Vec<&'a ArrayRef>,
}

/// What the marks of one reports row depend on.
#[derive(Debug, Clone, Copy)]
pub struct RowView<'a> {
    pub doc_id: &'a str,
    pub sha: &'a str,
    pub unit_key: Option<&'a str>,
    pub is_annual_report: bool,
    pub year: Option<i32>,
    /// How many headline figures the row states.
    pub stated: u8,
}

fn column<'a>(batch: &'a RecordBatch, name: &str) -> Result<&'a ArrayRef, ArrowError> {
    batch
        .column_by_name(name)
        .ok_or_else(|| ArrowError::SchemaError(format!("reports batch has no {name} column")))
}

fn strings<'a>(batch: &'a RecordBatch, name: &str) -> Result<&'a StringArray, ArrowError> {
    column(batch, name)?
        .as_string_opt::<i32>()
        .ok_or_else(|| ArrowError::SchemaError(format!("{name} is not Utf8")))
}

impl<'a> Columns<'a> {
    fn of(batch: &'a RecordBatch) -> Result<Self, ArrowError> {
        Ok(Columns {
            doc_id: strings(batch, "doc_id")?,
            sha: strings(batch, "source_sha256")?,
            unit_key: strings(batch, "unit_key")?,
            is_annual_report: column(batch, "is_annual_report")?
                .as_boolean_opt()
                .ok_or_else(|| ArrowError::SchemaError("is_annual_report is not Boolean".into()))?,
            year: column(batch, "year")?
                .as_primitive_opt::<Int32Type>()
                .ok_or_else(|| ArrowError::SchemaError("year is not Int32".into()))?,
            headline: HEADLINE_FIELDS
                .iter()
                .map(|n| column(batch, n))
                .collect::<Result<_, _>>()?,
        })
    }

    fn row(&self, i: usize) -> RowView<'a> {
        let opt = |a: &'a StringArray| (!a.is_null(i)).then(|| a.value(i));
        RowView {
            doc_id: self.doc_id.value(i),
            sha: self.sha.value(i),
            unit_key: opt(self.unit_key),
            is_annual_report: self.is_annual_report.is_valid(i) && self.is_annual_report.value(i),
            year: (!self.year.is_null(i)).then(|| self.year.value(i)),
            stated: self.headline.iter().filter(|a| a.is_valid(i)).count() as u8,
        }
    }
}

/// The kept row of every duplicate group, built from a first pass over the
/// whole dataset ([`Duplicates::observe`]) and applied in a second
/// ([`Duplicates::mark`]). Memory: about 75 bytes per report (the group's
/// hash, the kept row's figure count and its doc_id in one string arena).
#[derive(Debug, Default)]
pub struct Duplicates {
    kept: HashMap<u128, Kept>,
    /// doc_ids of kept rows, back to back (a replaced row's stays behind).
    arena: String,
    annual_rows: usize,
}

/// The row standing for a group so far.
#[derive(Debug, Clone, Copy)]
struct Kept {
    stated: u8,
    /// Its doc_id: `arena[start..start + len]`.
    start: usize,
    len: u32,
}

impl Duplicates {
    /// Take one reports batch (normalize's schema) into account.
    pub fn observe(&mut self, batch: &RecordBatch) -> Result<(), ArrowError> {
        let cols = Columns::of(batch)?;
        for i in 0..batch.num_rows() {
            self.observe_row(&cols.row(i));
        }
        Ok(())
    }

    fn doc(&self, k: &Kept) -> &str {
        &self.arena[k.start..k.start + k.len as usize]
    }

    fn keep(&mut self, stated: u8, doc_id: &str) -> Kept {
        let start = self.arena.len();
        self.arena.push_str(doc_id);
        Kept {
            stated,
            start,
            len: doc_id.len() as u32,
        }
    }

    /// Take one row into account.
    pub fn observe_row(&mut self, row: &RowView) {
        let Some(g) = group(row) else { return };
        self.annual_rows += 1;
        let better = match self.kept.get(&g) {
            Some(best) => {
                (row.stated, std::cmp::Reverse(row.doc_id))
                    > (best.stated, std::cmp::Reverse(self.doc(best)))
            }
            None => true,
        };
        if better {
            let k = self.keep(row.stated, row.doc_id);
            self.kept.insert(g, k);
        }
    }

    /// The doc_id of the row that stands for `row`'s report (its own for
    /// kept rows and non-reports); None when `row` was not observed.
    pub fn kept_doc_id<'a>(&'a self, row: &RowView<'a>) -> Option<&'a str> {
        match group(row) {
            Some(g) => self.kept.get(&g).map(|k| self.doc(k)),
            None => Some(row.doc_id),
        }
    }

    /// The columns [`Duplicates::observe`] reads (a projection suffices).
    pub fn columns() -> Vec<&'static str> {
        let mut c = vec![
            "doc_id",
            "source_sha256",
            "unit_key",
            "is_annual_report",
            "year",
        ];
        c.extend(HEADLINE_FIELDS);
        c
    }

    /// Annual-report rows seen.
    pub fn annual_reports(&self) -> usize {
        self.annual_rows
    }

    /// Distinct reports among them (each counted once however many pages
    /// carry it).
    pub fn groups(&self) -> usize {
        self.kept.len()
    }

    /// Rows that are copies of a kept row.
    pub fn duplicates(&self) -> usize {
        self.annual_rows - self.kept.len()
    }

    /// `batch` with `kept_doc_id` and `is_duplicate` appended, as `schema`
    /// (the reports dataset's) declares them. Every batch must have been
    /// observed first.
    pub fn mark(&self, batch: &RecordBatch, schema: &SchemaRef) -> Result<RecordBatch, ArrowError> {
        let cols = Columns::of(batch)?;
        let mut kept = Vec::with_capacity(batch.num_rows());
        for i in 0..batch.num_rows() {
            let row = cols.row(i);
            kept.push(self.kept_doc_id(&row).ok_or_else(|| {
                ArrowError::InvalidArgumentError(format!(
                    "row {} was not observed before marking",
                    row.doc_id
                ))
            })?);
        }
        let is_dup: BooleanArray = (0..batch.num_rows())
            .map(|i| Some(kept[i] != cols.doc_id.value(i)))
            .collect();
        let mut columns = batch.columns().to_vec();
        for f in &schema.fields()[batch.num_columns()..] {
            let a: ArrayRef = match f.name().as_str() {
                "kept_doc_id" => Arc::new(StringArray::from(kept.clone())),
                "is_duplicate" => Arc::new(is_dup.clone()),
                other => {
                    return Err(ArrowError::SchemaError(format!(
                        "column {other} is in schemas/reports.schema.json for write-parquet but not produced by the code"
                    )))
                }
            };
            columns.push(a);
        }
        RecordBatch::try_new(schema.clone(), columns)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Located, Report, Span};
    use crate::schema::{reports_batch, reports_dataset_schema, reports_spec};
    use arrow::array::AsArray;

    #[test]
    fn unit_key_uses_own_code_else_name() {
        // A county's own 6-digit code names it, whatever the title said.
        assert_eq!(
            unit_key(Some("county"), Some("320813"), Some("淮安市洪泽区")).as_deref(),
            Some("320813|county|")
        );
        // A department keeps its name, without spaces or 人民政府.
        assert_eq!(
            unit_key(
                Some("department"),
                Some("3208"),
                Some(" 淮安市教育局\u{3000}")
            )
            .as_deref(),
            Some("3208|department|淮安市教育局")
        );
        assert_eq!(
            unit_key(Some("township"), Some("320813"), Some("高桥镇人民政府")).as_deref(),
            Some("320813|township|高桥镇")
        );
        assert_eq!(unit_key(Some("department"), Some("3208"), Some(" ")), None);
        assert_eq!(unit_key(None, Some("320813"), Some("x")), None);
        assert_eq!(unit_key(Some("county"), None, Some("洪泽区")), None);
    }

    fn report(doc_id: &str, sha: &str, annual: bool, year: Option<i32>, stated: usize) -> Report {
        let mut r = Report {
            doc_id: doc_id.into(),
            source_sha256: sha.into(),
            is_annual_report: annual,
            year,
            unit_name: Some("洪泽区".into()),
            level: Some(Level::County),
            ..Default::default()
        };
        r.region.region_code = Some("320813".into());
        let n = Some(Located::new(1, Span::new(0, 1)));
        let h = &mut r.headline;
        for slot in [&mut h.proactive_total, &mut h.apps_new, &mut h.review_total]
            .into_iter()
            .take(stated)
        {
            *slot = n;
        }
        r
    }

    fn marks(batches: &[Vec<Report>]) -> Vec<(String, String, bool)> {
        let mut d = Duplicates::default();
        let batches: Vec<RecordBatch> = batches.iter().map(|b| reports_batch(b).unwrap()).collect();
        for b in &batches {
            d.observe(b).unwrap();
        }
        let schema = reports_dataset_schema();
        let mut out = Vec::new();
        for b in &batches {
            let m = d.mark(b, &schema).unwrap();
            let ids = m.column_by_name("doc_id").unwrap().as_string::<i32>();
            let kept = m.column_by_name("kept_doc_id").unwrap().as_string::<i32>();
            let dup = m.column_by_name("is_duplicate").unwrap().as_boolean();
            for i in 0..m.num_rows() {
                out.push((ids.value(i).into(), kept.value(i).into(), dup.value(i)));
            }
        }
        out
    }

    #[test]
    fn copies_across_batches_keep_the_fullest_then_smallest_doc_id() {
        let got = marks(&[
            vec![
                report("b", "s1", true, Some(2021), 2),
                report("z", "s2", true, Some(2021), 3),
            ],
            vec![
                report("a", "s3", true, Some(2021), 3),
                // Another year of the same unit is another report.
                report("c", "s4", true, Some(2022), 0),
                // Non-reports are never duplicates, even byte-identical ones.
                report("n1", "s5", false, Some(2021), 3),
                report("n2", "s5", false, Some(2021), 3),
            ],
        ]);
        let want = [
            ("b", "a", true),
            ("z", "a", true),
            ("a", "a", false),
            ("c", "c", false),
            ("n1", "n1", false),
            ("n2", "n2", false),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn without_year_only_identical_files_are_copies() {
        let got = marks(&[vec![
            report("x", "same", true, None, 1),
            report("y", "same", true, None, 1),
            report("w", "other", true, None, 1),
        ]]);
        let dup: Vec<bool> = got.iter().map(|r| r.2).collect();
        assert_eq!(dup, [false, true, false]);
    }

    #[test]
    fn dataset_schema_is_normalize_then_the_marks() {
        let spec = reports_spec();
        let staged: Vec<&str> = spec
            .columns
            .iter()
            .filter(|c| c.stage.as_deref() == Some("write-parquet"))
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(staged, ["kept_doc_id", "is_duplicate"]);
        // mark() fills exactly the staged columns, after normalize's.
        let b = reports_batch(&[report("a", "s", true, Some(2021), 1)]).unwrap();
        let mut d = Duplicates::default();
        d.observe(&b).unwrap();
        let m = d.mark(&b, &reports_dataset_schema()).unwrap();
        assert_eq!(m.num_columns(), b.num_columns() + staged.len());
        // A batch that was not observed is refused, not marked "kept".
        let other = reports_batch(&[report("q", "t", true, Some(1999), 1)]).unwrap();
        assert!(d.mark(&other, &reports_dataset_schema()).is_err());
    }
}
