//! All summaries as sheets of one workbook (`OUTPUT/summary/summary.xlsx`).

use polars::prelude::*;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use std::path::Path;

/// Why the workbook could not be written.
#[derive(Debug)]
pub enum WorkbookError {
    Polars(PolarsError),
    Xlsx(XlsxError),
}

impl std::fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkbookError::Polars(e) => write!(f, "reading a summary: {e}"),
            WorkbookError::Xlsx(e) => write!(f, "writing the workbook: {e}"),
        }
    }
}

impl std::error::Error for WorkbookError {}

impl From<PolarsError> for WorkbookError {
    fn from(e: PolarsError) -> Self {
        WorkbookError::Polars(e)
    }
}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError::Xlsx(e)
    }
}

/// Rows of a sheet, header included (Excel's limit).
pub const MAX_SHEET_ROWS: usize = 1_048_576;

/// Display width of a cell's text in Excel character units (CJK counts 2).
fn text_width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// A cell as the sheet shows it.
enum Value<'a> {
    Text(&'a str),
    Number(f64),
    Bool(bool),
}

/// Write each `(sheet name, frame)` as a sheet: a bold header row, numbers
/// as numbers, empty cells for nulls; then rename the file into place.
///
/// Sheets are written row by row in "constant memory" mode (each row goes to
/// a temporary file as soon as it is complete), so the workbook of a corpus
/// of millions of reports (unit_panel has a row per unit and year) does not
/// hold every cell in memory. Column widths come from the longest text of
/// each column. A frame longer than a sheet can hold is cut at
/// [`MAX_SHEET_ROWS`] (the CSV beside it has every row); the sheets cut are
/// returned.
pub fn write_workbook(
    sheets: &[(&str, &DataFrame)],
    path: &Path,
) -> Result<Vec<String>, WorkbookError> {
    let mut wb = Workbook::new();
    // A fixed creation date keeps reruns byte-identical.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let mut cut = Vec::new();
    for (name, df) in sheets {
        // Every column as strings, numbers or booleans, for row-wise access.
        let mut columns: Vec<Series> = Vec::with_capacity(df.width());
        for column in df.columns() {
            let s = column.as_materialized_series();
            columns.push(match s.dtype() {
                DataType::String | DataType::Boolean => s.clone(),
                dt if dt.is_primitive_numeric() => s.cast(&DataType::Float64)?,
                _ => s.cast(&DataType::String)?,
            });
        }
        let cell = |c: usize, r: usize| -> PolarsResult<Option<Value<'_>>> {
            let s = &columns[c];
            Ok(match s.dtype() {
                DataType::String => s.str()?.get(r).map(Value::Text),
                DataType::Boolean => s.bool()?.get(r).map(Value::Bool),
                _ => s.f64()?.get(r).map(Value::Number),
            })
        };
        let rows = df.height().min(MAX_SHEET_ROWS - 1);
        if rows < df.height() {
            cut.push(name.to_string());
        }
        let ws = wb.add_worksheet_with_constant_memory()?;
        // Sheet names are at most 31 characters.
        ws.set_name(name.chars().take(31).collect::<String>())?;
        for (c, column) in df.columns().iter().enumerate() {
            let mut width = text_width(column.name().as_str());
            if columns[c].dtype() == &DataType::String {
                let ca = columns[c].str()?;
                for v in (0..rows).filter_map(|r| ca.get(r)) {
                    width = width.max(text_width(v));
                }
            } else {
                width = width.max(12);
            }
            ws.set_column_width(c as u16, (width.min(60) + 2) as f64)?;
        }
        ws.set_freeze_panes(1, 0)?;
        for (c, column) in df.columns().iter().enumerate() {
            ws.write_string_with_format(0, c as u16, column.name().as_str(), &bold)?;
        }
        for r in 0..rows {
            let row = r as u32 + 1;
            for c in 0..columns.len() {
                let col = c as u16;
                match cell(c, r)? {
                    Some(Value::Text(v)) => ws.write_string(row, col, v)?,
                    Some(Value::Number(v)) => ws.write_number(row, col, v)?,
                    Some(Value::Bool(v)) => ws.write_boolean(row, col, v)?,
                    None => ws,
                };
            }
        }
    }
    let tmp = path.with_extension("xlsx.tmp");
    wb.save(&tmp)?;
    std::fs::rename(&tmp, path).map_err(|e| WorkbookError::Xlsx(XlsxError::IoError(e)))?;
    Ok(cut)
}
