//! Errors at the library's boundaries (style.md: typed errors in the
//! library, context added by the binaries). Bad documents are not errors:
//! they become rows of the rejects output.

use std::path::PathBuf;

/// What can go wrong reading the inputs a run is configured with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `urls.csv` beside the input cannot be read or lacks its columns.
    #[error("{path}: {detail}")]
    UrlsCsv { path: PathBuf, detail: String },
    /// A `schemas/*.schema.json` definition is malformed.
    #[error("schema: {0}")]
    Schema(String),
    /// A line of a `gold.jsonl` is no JSON object.
    #[error("gold line {line}: {detail}")]
    Gold { line: usize, detail: String },
}
