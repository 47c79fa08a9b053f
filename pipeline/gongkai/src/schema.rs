//! The datasets' schemas, defined once in `schemas/*.schema.json`, and the
//! conversion of records into Arrow record batches that follow them.
//!
//! The Arrow schema is built from the JSON file; every column the JSON names
//! must be produced by [`reports_batch`] with exactly that type, which
//! `RecordBatch::try_new` checks, and a test checks the two lists of names.

use crate::corpus::Reject;
use crate::error::Error;
use crate::record::Report;
use crate::tables::Cell;
use arrow::array::{
    ArrayRef, BooleanArray, Date32Array, Float64Array, Int32Array, Int64Array, ListBuilder,
    StringArray, StringBuilder, StructBuilder, UInt32Array, UInt32Builder, UInt64Array,
};
use arrow::datatypes::{DataType, Field, Fields, Schema, SchemaRef};
use arrow::error::ArrowError;
use arrow::record_batch::RecordBatch;
use serde::Deserialize;
use std::sync::{Arc, OnceLock};

pub const REPORTS_SCHEMA_JSON: &str = include_str!("../../../schemas/reports.schema.json");
pub const REJECTS_SCHEMA_JSON: &str = include_str!("../../../schemas/rejects.schema.json");
pub const CELLS_SCHEMA_JSON: &str = include_str!("../../../schemas/cells.schema.json");

/// One column as the JSON schema describes it.
#[derive(Debug, Clone, Deserialize)]
pub struct ColumnSpec {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub nullable: bool,
    pub description: String,
    /// The stage that adds the column when not `normalize` (e.g.
    /// `write-parquet` for columns that need the whole dataset).
    #[serde(default)]
    pub stage: Option<String>,
}

/// A dataset schema file.
#[derive(Debug, Clone, Deserialize)]
pub struct SchemaSpec {
    pub name: String,
    pub version: u32,
    pub description: String,
    pub columns: Vec<ColumnSpec>,
}

impl SchemaSpec {
    pub fn parse(json: &str) -> Result<Self, Error> {
        serde_json::from_str(json).map_err(|e| Error::Schema(format!("JSON: {e}")))
    }

    /// The columns `normalize` writes (those without a `stage`).
    pub fn arrow_schema(&self) -> Result<Schema, Error> {
        self.fields(|c| c.stage.is_none())
    }

    /// Every column of the dataset, in order: what `write-parquet` writes.
    pub fn dataset_arrow_schema(&self) -> Result<Schema, Error> {
        self.fields(|_| true)
    }

    fn fields(&self, keep: impl Fn(&ColumnSpec) -> bool) -> Result<Schema, Error> {
        let fields = self
            .columns
            .iter()
            .filter(|c| keep(c))
            .map(|c| Ok(Field::new(&c.name, parse_type(&c.ty)?, c.nullable)))
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Schema::new(fields))
    }
}

/// Parse the type names used in `schemas/*.json`: Utf8, Boolean, Int32,
/// Int64, UInt32, UInt64, Float64, Date32, `List<T>`, `Struct<a:T,b:T>`.
pub fn parse_type(s: &str) -> Result<DataType, Error> {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix("List<").and_then(|r| r.strip_suffix('>')) {
        return Ok(DataType::List(Arc::new(Field::new(
            "item",
            parse_type(inner)?,
            true,
        ))));
    }
    if let Some(inner) = s.strip_prefix("Struct<").and_then(|r| r.strip_suffix('>')) {
        let fields = inner
            .split(',')
            .map(|f| {
                let (n, t) = f
                    .split_once(':')
                    .ok_or_else(|| Error::Schema(format!("struct field without type: {f}")))?;
                Ok(Field::new(n.trim(), parse_type(t)?, true))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        return Ok(DataType::Struct(Fields::from(fields)));
    }
    Ok(match s {
        "Utf8" => DataType::Utf8,
        "Boolean" => DataType::Boolean,
        "Int32" => DataType::Int32,
        "Int64" => DataType::Int64,
        "UInt32" => DataType::UInt32,
        "UInt64" => DataType::UInt64,
        "Float64" => DataType::Float64,
        "Date32" => DataType::Date32,
        other => return Err(Error::Schema(format!("unknown type: {other}"))),
    })
}

/// A schema file parsed once: its spec, normalize's Arrow schema and the
/// whole dataset's.
struct Parsed {
    spec: SchemaSpec,
    normalize: SchemaRef,
    dataset: SchemaRef,
}

fn spec(json: &'static str, cell: &'static OnceLock<Parsed>) -> &'static Parsed {
    cell.get_or_init(|| {
        // The schema files are part of the build; a broken one is a bug
        // caught by the tests below, not input.
        let spec = SchemaSpec::parse(json).expect("schemas/*.schema.json is valid");
        let types = "schemas/*.schema.json types are valid";
        let normalize = Arc::new(spec.arrow_schema().expect(types));
        let dataset = Arc::new(spec.dataset_arrow_schema().expect(types));
        Parsed {
            spec,
            normalize,
            dataset,
        }
    })
}

/// The parsed spec and Arrow schemas of one schema file, built once.
macro_rules! schema_file {
    ($json:expr) => {{
        static CELL: OnceLock<Parsed> = OnceLock::new();
        spec($json, &CELL)
    }};
}

pub fn reports_spec() -> &'static SchemaSpec {
    &schema_file!(REPORTS_SCHEMA_JSON).spec
}

/// The reports columns `normalize` writes to Arrow.
pub fn reports_schema() -> SchemaRef {
    schema_file!(REPORTS_SCHEMA_JSON).normalize.clone()
}

/// Every column of the reports dataset: normalize's, then those
/// `write-parquet` adds ([`crate::dedup::Duplicates::mark`]).
pub fn reports_dataset_schema() -> SchemaRef {
    schema_file!(REPORTS_SCHEMA_JSON).dataset.clone()
}

pub fn cells_spec() -> &'static SchemaSpec {
    &schema_file!(CELLS_SCHEMA_JSON).spec
}

pub fn cells_schema() -> SchemaRef {
    schema_file!(CELLS_SCHEMA_JSON).normalize.clone()
}

pub fn rejects_schema() -> SchemaRef {
    schema_file!(REJECTS_SCHEMA_JSON).normalize.clone()
}

fn strings<'a>(rows: &'a [Report], f: impl Fn(&'a Report) -> Option<&'a str>) -> ArrayRef {
    Arc::new(rows.iter().map(f).collect::<StringArray>())
}

fn ints(rows: &[Report], name: &str) -> ArrayRef {
    Arc::new(
        rows.iter()
            .map(|r| {
                r.headline
                    .int_fields()
                    .iter()
                    .find(|(n, _)| *n == name)
                    .and_then(|(_, v)| v.map(|l| l.value))
            })
            .collect::<Int64Array>(),
    )
}

/// Names of the integer headline columns (from `Headline::int_fields`).
fn is_int_headline(name: &str) -> bool {
    Report::default()
        .headline
        .int_fields()
        .iter()
        .any(|(n, _)| *n == name)
}

/// The array of one reports column, or None when the code has no such column.
fn reports_column(name: &str, rows: &[Report], dt: &DataType) -> Option<ArrayRef> {
    let a: ArrayRef = match name {
        "doc_id" => strings(rows, |r| Some(r.doc_id.as_str())),
        "source_path" => strings(rows, |r| Some(r.source_path.as_str())),
        "url" => strings(rows, |r| r.url.as_deref()),
        "source_sha256" => strings(rows, |r| Some(r.source_sha256.as_str())),
        "source_bytes" => Arc::new(UInt64Array::from_iter_values(
            rows.iter().map(|r| r.source_bytes),
        )),
        "encoding" => strings(rows, |r| Some(r.encoding.as_str())),
        "source_format" => strings(rows, |r| Some(r.source_format.as_str())),
        "title" => strings(rows, |r| r.title.as_deref()),
        "is_annual_report" => Arc::new(BooleanArray::from_iter(
            rows.iter().map(|r| Some(r.is_annual_report)),
        )),
        "year" => Arc::new(rows.iter().map(|r| r.year).collect::<Int32Array>()),
        "publish_date" => Arc::new(rows.iter().map(|r| r.publish_date).collect::<Date32Array>()),
        "unit_name" => strings(rows, |r| r.unit_name.as_deref()),
        "level" => strings(rows, |r| r.level.map(|l| l.as_str())),
        "province" => strings(rows, |r| r.region.province.as_deref()),
        "prefecture" => strings(rows, |r| r.region.prefecture.as_deref()),
        "county" => strings(rows, |r| r.region.county.as_deref()),
        "township" => strings(rows, |r| r.region.township.as_deref()),
        "region_code" => strings(rows, |r| r.region.region_code.as_deref()),
        "unit_key" => Arc::new(
            rows.iter()
                .map(|r| {
                    crate::dedup::unit_key(
                        r.level.map(|l| l.as_str()),
                        r.region.region_code.as_deref(),
                        r.unit_name.as_deref(),
                    )
                })
                .collect::<StringArray>(),
        ),
        "template" => strings(rows, |r| r.template.map(|t| t.as_str())),
        n if is_int_headline(n) => ints(rows, n),
        "fees_collected" => Arc::new(
            rows.iter()
                .map(|r| r.headline.fees_collected.map(|l| l.value))
                .collect::<Float64Array>(),
        ),
        "arith_ok" => Arc::new(BooleanArray::from_iter(rows.iter().map(|r| r.arith_ok))),
        "arith_failures" => string_lists(rows, |r| &r.arith_failures),
        "number_spans" => number_spans(rows, dt),
        "flags" => string_lists(rows, |r| &r.flags),
        _ => return None,
    };
    Some(a)
}

fn string_lists(rows: &[Report], f: impl Fn(&Report) -> &[String]) -> ArrayRef {
    let mut b = ListBuilder::new(StringBuilder::new());
    for r in rows {
        for s in f(r) {
            b.values().append_value(s);
        }
        b.append(true);
    }
    Arc::new(b.finish())
}

fn number_spans(rows: &[Report], dt: &DataType) -> ArrayRef {
    let DataType::List(item) = dt else {
        unreachable!("number_spans is declared as a List in the schema")
    };
    let DataType::Struct(fields) = item.data_type() else {
        unreachable!("number_spans items are declared as a Struct in the schema")
    };
    let sb = StructBuilder::from_fields(fields.clone(), rows.len());
    let mut b = ListBuilder::new(sb).with_field(item.clone());
    for r in rows {
        let h = &r.headline;
        let spans = h
            .int_fields()
            .into_iter()
            .filter_map(|(n, v)| v.map(|l| (n, l.span)))
            .chain(h.fees_collected.map(|l| ("fees_collected", l.span)));
        for (name, span) in spans {
            let s = b.values();
            s.field_builder::<StringBuilder>(0)
                .expect("field 0 is Utf8")
                .append_value(name);
            s.field_builder::<UInt32Builder>(1)
                .expect("field 1 is UInt32")
                .append_value(span.start);
            s.field_builder::<UInt32Builder>(2)
                .expect("field 2 is UInt32")
                .append_value(span.end);
            s.append(true);
        }
        b.append(true);
    }
    Arc::new(b.finish())
}

/// A record batch of `schema` whose columns `column` builds; fails when the
/// schema file (`schemas/<file>`) names a column the code does not produce.
fn batch_of(
    schema: SchemaRef,
    file: &str,
    column: impl Fn(&Field) -> Option<ArrayRef>,
) -> Result<RecordBatch, ArrowError> {
    let cols = schema
        .fields()
        .iter()
        .map(|f| {
            column(f).ok_or_else(|| {
                ArrowError::SchemaError(format!(
                    "column {} is in schemas/{file} but not produced by the code",
                    f.name()
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    RecordBatch::try_new(schema, cols)
}

/// Build one reports record batch; fails when code and schema disagree.
pub fn reports_batch(rows: &[Report]) -> Result<RecordBatch, ArrowError> {
    batch_of(reports_schema(), "reports.schema.json", |f| {
        reports_column(f.name(), rows, f.data_type())
    })
}

/// One row of the cells dataset: a cell and the report it belongs to.
struct CellRow<'a> {
    report: &'a Report,
    cell: &'a Cell,
    labels: (Option<&'static str>, Option<&'static str>),
}

/// The array of one cells column, or None when the code has no such column.
fn cells_column(name: &str, rows: &[CellRow]) -> Option<ArrayRef> {
    fn strs<'a>(
        rows: &'a [CellRow<'a>],
        f: impl Fn(&'a CellRow<'a>) -> Option<&'a str>,
    ) -> ArrayRef {
        // Sized up front: no regrowth of the value buffer.
        let bytes = rows.iter().map(|r| f(r).map_or(0, str::len)).sum();
        let mut b = arrow::array::StringBuilder::with_capacity(rows.len(), bytes);
        for r in rows {
            b.append_option(f(r));
        }
        Arc::new(b.finish())
    }
    let a: ArrayRef = match name {
        "doc_id" => strs(rows, |r| Some(r.report.doc_id.as_str())),
        "year" => Arc::new(rows.iter().map(|r| r.report.year).collect::<Int32Array>()),
        "template" => strs(rows, |r| r.report.template.map(|t| t.as_str())),
        "section" => strs(rows, |r| Some(r.cell.section)),
        "table" => strs(rows, |r| Some(r.cell.table)),
        "row_key" => strs(rows, |r| Some(r.cell.row_key)),
        "row_label" => strs(rows, |r| r.labels.0),
        "col_key" => strs(rows, |r| Some(r.cell.col_key)),
        "col_label" => strs(rows, |r| r.labels.1),
        "value" => Arc::new(rows.iter().map(|r| r.cell.value).collect::<Float64Array>()),
        "unit" => strs(rows, |r| Some(r.cell.unit.unwrap_or("count"))),
        "status" => strs(rows, |r| Some(r.cell.status.as_str())),
        "raw" => strs(rows, |r| Some(r.cell.raw.as_str())),
        "span_start" => Arc::new(
            rows.iter()
                .map(|r| r.cell.span.map(|x| x.start))
                .collect::<UInt32Array>(),
        ),
        "span_end" => Arc::new(
            rows.iter()
                .map(|r| r.cell.span.map(|x| x.end))
                .collect::<UInt32Array>(),
        ),
        _ => return None,
    };
    Some(a)
}

/// Build one cells record batch from the reports and their cells (one
/// `Vec<Cell>` per report, same order); fails when code and schema disagree.
pub fn cells_batch(reports: &[Report], cells: &[Vec<Cell>]) -> Result<RecordBatch, ArrowError> {
    let rows: Vec<CellRow> = reports
        .iter()
        .zip(cells)
        .flat_map(|(report, cs)| {
            cs.iter().map(move |cell| CellRow {
                report,
                cell,
                labels: crate::template::labels(
                    report.template,
                    cell.section,
                    cell.table,
                    cell.row_key,
                    cell.col_key,
                ),
            })
        })
        .collect();
    batch_of(cells_schema(), "cells.schema.json", |f| {
        cells_column(f.name(), &rows)
    })
}

/// Build one rejects record batch.
pub fn rejects_batch(rows: &[Reject]) -> Result<RecordBatch, ArrowError> {
    let schema = rejects_schema();
    let col = |f: &dyn Fn(&Reject) -> &str| -> ArrayRef {
        Arc::new(rows.iter().map(|r| Some(f(r))).collect::<StringArray>())
    };
    let cols = schema
        .fields()
        .iter()
        .map(|field| {
            Ok(match field.name().as_str() {
                "doc_id" => col(&|r| &r.doc_id),
                "path" => col(&|r| &r.path),
                "reason_code" => col(&|r| r.reason.code()),
                "detail" => col(&|r| &r.detail),
                other => {
                    return Err(ArrowError::SchemaError(format!(
                    "column {other} is in schemas/rejects.schema.json but not produced by the code"
                )))
                }
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    RecordBatch::try_new(schema, cols)
}

/// The rows of a rejects batch (schemas/rejects.schema.json order).
pub fn reject_rows(batch: &RecordBatch) -> Result<Vec<[String; 4]>, ArrowError> {
    let cols = rejects_schema()
        .fields()
        .iter()
        .map(|f| {
            batch
                .column_by_name(f.name())
                .and_then(|c| c.as_any().downcast_ref::<StringArray>())
                .ok_or_else(|| {
                    ArrowError::SchemaError(format!("rejects batch: no Utf8 column {}", f.name()))
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let [a, b, c, d] = cols[..] else {
        return Err(ArrowError::SchemaError("rejects has four columns".into()));
    };
    Ok((0..batch.num_rows())
        .map(|i| [a, b, c, d].map(|col| col.value(i).to_string()))
        .collect())
}

/// Names of every column `normalize` produces (for the schema test; the
/// columns of a later stage are checked by that stage's code).
pub const CODE_REPORT_COLUMNS: &[&str] = &[
    "doc_id",
    "source_path",
    "url",
    "source_sha256",
    "source_bytes",
    "encoding",
    "source_format",
    "title",
    "is_annual_report",
    "year",
    "publish_date",
    "unit_name",
    "level",
    "province",
    "prefecture",
    "county",
    "township",
    "region_code",
    "unit_key",
    "template",
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
    "arith_ok",
    "arith_failures",
    "number_spans",
    "flags",
];

/// Names of every cells column the code can produce (for the schema test).
pub const CODE_CELL_COLUMNS: &[&str] = &[
    "doc_id",
    "year",
    "template",
    "section",
    "table",
    "row_key",
    "row_label",
    "col_key",
    "col_label",
    "value",
    "unit",
    "status",
    "raw",
    "span_start",
    "span_end",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Located, Span};
    use arrow::array::Array;

    /// The schema file names the code's columns, in order, each described.
    fn assert_same_columns(spec: &SchemaSpec, code: &[&str]) {
        let names: Vec<&str> = spec
            .columns
            .iter()
            .filter(|c| c.stage.is_none())
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, code, "schemas/{}.schema.json vs code", spec.name);
        for c in &spec.columns {
            assert!(!c.description.is_empty(), "{} has no description", c.name);
        }
    }

    #[test]
    fn schema_file_and_code_name_the_same_columns() {
        assert_same_columns(reports_spec(), CODE_REPORT_COLUMNS);
    }

    #[test]
    fn batch_follows_schema_types_and_spans_are_kept() {
        let mut r = Report {
            doc_id: "a".into(),
            ..Report::default()
        };
        r.headline.apps_new = Some(Located::new(3, Span::new(5, 6)));
        r.flags.push("year_masked".into());
        let b = reports_batch(&[r, Report::default()]).unwrap();
        assert_eq!(b.num_rows(), 2);
        assert_eq!(b.num_columns(), CODE_REPORT_COLUMNS.len());
        let apps = b
            .column_by_name("apps_new")
            .unwrap()
            .as_any()
            .downcast_ref::<Int64Array>()
            .unwrap();
        assert_eq!(apps.value(0), 3);
        assert!(apps.is_null(1));
    }

    /// A column of a batch as its concrete array type.
    fn column<'a, T: 'static>(b: &'a RecordBatch, name: &str) -> &'a T {
        b.column_by_name(name)
            .unwrap()
            .as_any()
            .downcast_ref::<T>()
            .unwrap()
    }

    #[test]
    fn cells_schema_file_and_code_name_the_same_columns() {
        assert_same_columns(cells_spec(), CODE_CELL_COLUMNS);
        for c in &cells_spec().columns {
            assert!(
                cells_column(&c.name, &[]).is_some(),
                "{} not produced by the code",
                c.name
            );
        }
    }

    #[test]
    fn cells_batch_keeps_zero_apart_from_blank() {
        let doc = crate::doc::Doc::new(
            "d",
            "自然人 法人或其他组织 总计\n一、本年新收政府信息公开申请数量 0 / — 无 0 0 0\n"
                .to_string(),
            None,
        );
        let x = crate::extract::extract(&doc);
        let b = cells_batch(std::slice::from_ref(&x.report), &[x.cells]).unwrap();
        assert_eq!(b.num_rows(), 7);
        assert_eq!(b.num_columns(), CODE_CELL_COLUMNS.len());
        let col = |n: &str| column::<StringArray>(&b, n).clone();
        let status = col("status");
        let got: Vec<&str> = (0..4).map(|i| status.value(i)).collect();
        assert_eq!(got, ["number", "slash", "dash", "none"]);
        assert_eq!(
            col("row_label").value(0),
            "一、本年新收政府信息公开申请数量"
        );
        assert_eq!(col("col_label").value(1), "商业企业");
        let value = column::<Float64Array>(&b, "value");
        assert_eq!(value.value(0), 0.0);
        assert!(value.is_null(1));
        assert!(!column::<UInt32Array>(&b, "span_start").is_null(2));
    }

    #[test]
    fn rejects_batch_has_reason_codes() {
        let r = Reject {
            doc_id: "x".into(),
            path: "x.txt".into(),
            reason: crate::decode::RejectReason::Binary,
            detail: "PNG".into(),
        };
        let b = rejects_batch(&[r]).unwrap();
        let rc = b
            .column_by_name("reason_code")
            .unwrap()
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap();
        assert_eq!(rc.value(0), "binary");
    }
}
