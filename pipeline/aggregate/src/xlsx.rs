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

/// The workbook being written: each summary a sheet with a bold header row,
/// numbers as numbers, empty cells for nulls.
///
/// Sheets are written row by row in "constant memory" mode (each row goes to
/// a temporary file as soon as it is complete) and a sheet takes its rows a
/// part at a time ([`Book::append`]), so the workbook of a corpus of millions
/// of reports (unit_panel has a row per unit and year) holds neither every
/// cell nor every row. Column widths come from the longest text of each
/// column. Rows past what a sheet can hold are left out ([`MAX_SHEET_ROWS`];
/// the CSV beside it has every row); [`Book::save`] names the sheets cut.
pub struct Book {
    wb: Workbook,
    bold: Format,
    sheets: Vec<SheetState>,
}

struct SheetState {
    name: String,
    /// Rows written, header included.
    rows: usize,
    widths: Vec<usize>,
    cut: bool,
}

impl Book {
    pub fn new() -> Result<Self, WorkbookError> {
        let mut wb = Workbook::new();
        // A fixed creation date keeps reruns byte-identical.
        let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
        wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
        Ok(Book {
            wb,
            bold: Format::new().set_bold(),
            sheets: Vec::new(),
        })
    }

    /// Start the next sheet (sheets are written one after another); its
    /// header comes from the first part appended.
    pub fn add_sheet(&mut self, name: &str) -> Result<(), WorkbookError> {
        let ws = self.wb.add_worksheet_with_constant_memory()?;
        // Sheet names are at most 31 characters.
        ws.set_name(name.chars().take(31).collect::<String>())?;
        ws.set_freeze_panes(1, 0)?;
        self.sheets.push(SheetState {
            name: name.to_string(),
            rows: 0,
            widths: Vec::new(),
            cut: false,
        });
        Ok(())
    }

    /// Add `df`'s rows to the last sheet added.
    pub fn append(&mut self, df: &DataFrame) -> Result<(), WorkbookError> {
        let idx = self.sheets.len().checked_sub(1).ok_or_else(|| {
            WorkbookError::Xlsx(XlsxError::ParameterError("no sheet added".into()))
        })?;
        let st = &mut self.sheets[idx];
        let ws = self.wb.worksheet_from_index(idx)?;
        if st.rows == 0 {
            for (c, column) in df.columns().iter().enumerate() {
                ws.write_string_with_format(0, c as u16, column.name().as_str(), &self.bold)?;
                st.widths.push(text_width(column.name().as_str()));
            }
            st.rows = 1;
        }
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
        let rows = df.height().min(MAX_SHEET_ROWS - st.rows);
        if rows < df.height() {
            st.cut = true;
        }
        for (c, s) in columns.iter().enumerate() {
            let w = &mut st.widths[c];
            if s.dtype() == &DataType::String {
                let ca = s.str()?;
                for v in (0..rows).filter_map(|r| ca.get(r)) {
                    *w = (*w).max(text_width(v));
                }
            } else {
                *w = (*w).max(12);
            }
        }
        for r in 0..rows {
            let row = (st.rows + r) as u32;
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
        st.rows += rows;
        Ok(())
    }

    /// Write the workbook to `path` (via a temporary file and a rename);
    /// returns the sheets cut at [`MAX_SHEET_ROWS`].
    pub fn save(mut self, path: &Path) -> Result<Vec<String>, WorkbookError> {
        for (idx, st) in self.sheets.iter().enumerate() {
            let ws = self.wb.worksheet_from_index(idx)?;
            for (c, w) in st.widths.iter().enumerate() {
                ws.set_column_width(c as u16, ((*w).min(60) + 2) as f64)?;
            }
        }
        let tmp = path.with_extension("xlsx.tmp");
        self.wb.save(&tmp)?;
        std::fs::rename(&tmp, path).map_err(|e| WorkbookError::Xlsx(XlsxError::IoError(e)))?;
        Ok(self
            .sheets
            .into_iter()
            .filter(|s| s.cut)
            .map(|s| s.name)
            .collect())
    }
}
