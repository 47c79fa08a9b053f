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

/// Write each `(sheet name, frame)` as a sheet: a bold header row, numbers
/// as numbers, empty cells for nulls; then rename the file into place.
pub fn write_workbook(sheets: &[(&str, &DataFrame)], path: &Path) -> Result<(), WorkbookError> {
    let mut wb = Workbook::new();
    // A fixed creation date keeps reruns byte-identical.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    for (name, df) in sheets {
        let ws = wb.add_worksheet();
        // Sheet names are at most 31 characters.
        ws.set_name(name.chars().take(31).collect::<String>())?;
        for (c, column) in df.columns().iter().enumerate() {
            let c = c as u16;
            ws.write_string_with_format(0, c, column.name().as_str(), &bold)?;
            let s = column.as_materialized_series();
            match s.dtype() {
                DataType::String => {
                    let ca = s.str()?;
                    for (r, v) in (0..ca.len()).map(|i| (i, ca.get(i))) {
                        if let Some(v) = v {
                            ws.write_string(r as u32 + 1, c, v)?;
                        }
                    }
                }
                DataType::Boolean => {
                    let ca = s.bool()?;
                    for (r, v) in (0..ca.len()).map(|i| (i, ca.get(i))) {
                        if let Some(v) = v {
                            ws.write_boolean(r as u32 + 1, c, v)?;
                        }
                    }
                }
                dt if dt.is_primitive_numeric() => {
                    let f = s.cast(&DataType::Float64)?;
                    let ca = f.f64()?;
                    for (r, v) in (0..ca.len()).map(|i| (i, ca.get(i))) {
                        if let Some(v) = v {
                            ws.write_number(r as u32 + 1, c, v)?;
                        }
                    }
                }
                _ => {
                    let f = s.cast(&DataType::String)?;
                    let ca = f.str()?;
                    for (r, v) in (0..ca.len()).map(|i| (i, ca.get(i))) {
                        if let Some(v) = v {
                            ws.write_string(r as u32 + 1, c, v)?;
                        }
                    }
                }
            }
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofit();
    }
    let tmp = path.with_extension("xlsx.tmp");
    wb.save(&tmp)?;
    std::fs::rename(&tmp, path).map_err(|e| WorkbookError::Xlsx(XlsxError::IoError(e)))?;
    Ok(())
}
