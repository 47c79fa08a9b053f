//! Arrow IPC file → Hive-partitioned Parquet dataset (`year=YYYY/part-NNNNN.parquet`),
//! the one writer behind every dataset of `write-parquet` (reports, cells).
//!
//! Partitioned by the statistical year (unknown year:
//! `year=__HIVE_DEFAULT_PARTITION__`), zstd, column statistics on. As Spark
//! and Hive do, the partition column lives in the path, not in the files.
//! Batches are streamed: one open writer per year, never the whole dataset
//! in memory. The dataset is written into a staged folder and renamed into
//! place with a `_SUCCESS` marker when complete.

use anyhow::{Context, Result};
use arrow::array::{Array, Int32Array, RecordBatch, UInt32Array};
use arrow::compute::take;
use arrow::datatypes::Schema;
use arrow::ipc::reader::FileReader;
use gongkai::fsutil::StagedDir;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Partition folder name for rows whose year is unknown (Hive's default).
pub const DEFAULT_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// Sizes of the files written.
#[derive(Debug, Clone, Copy)]
pub struct PartOptions {
    /// Rows per Parquet file before a new part file starts.
    pub rows_per_file: usize,
    /// Rows per row group.
    pub row_group_rows: usize,
}

/// What one dataset write produced.
#[derive(Debug, Clone, Default)]
pub struct Written {
    pub rows: usize,
    pub partitions: Vec<String>,
    pub files: usize,
    pub bytes: u64,
}

/// The open part file of one partition.
struct PartWriter {
    dir: PathBuf,
    part: usize,
    rows: usize,
    writer: Option<ArrowWriter<File>>,
}

/// Write the Arrow IPC file `src` as the dataset folder `dest`, partitioned
/// by its `year` column; `on_batch(batches)` is called after each input
/// batch with the number of batches in `src` (for progress bars).
pub fn write_by_year(
    src: &Path,
    dest: &Path,
    opts: PartOptions,
    mut on_batch: impl FnMut(usize),
) -> Result<Written> {
    let reader = FileReader::try_new(
        File::open(src)
            .with_context(|| format!("opening {} (run normalize first)", src.display()))?,
        None,
    )?;
    let batches = reader.num_batches();
    let full_schema = reader.schema();
    let year_idx = full_schema.index_of("year")?;
    let file_schema = Arc::new(Schema::new(
        full_schema
            .fields()
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != year_idx)
            .map(|(_, f)| f.as_ref().clone())
            .collect::<Vec<_>>(),
    ));
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::try_new(3)?))
        .set_statistics_enabled(EnabledStatistics::Page)
        .set_max_row_group_row_count(Some(opts.row_group_rows.max(1)))
        .build();

    let staged = StagedDir::new(dest)?;
    let mut parts: BTreeMap<String, PartWriter> = BTreeMap::new();
    let mut rows = 0usize;
    for batch in reader {
        let batch = batch?;
        rows += batch.num_rows();
        let years = batch
            .column(year_idx)
            .as_any()
            .downcast_ref::<Int32Array>()
            .context("year column is Int32")?;
        let mut groups: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for i in 0..batch.num_rows() {
            let key = if years.is_null(i) {
                DEFAULT_PARTITION.to_string()
            } else {
                years.value(i).to_string()
            };
            groups.entry(key).or_default().push(i as u32);
        }
        for (year, idx) in groups {
            let idx = UInt32Array::from(idx);
            let cols = batch
                .columns()
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != year_idx)
                .map(|(_, c)| take(c.as_ref(), &idx, None))
                .collect::<Result<Vec<_>, _>>()?;
            let sub = RecordBatch::try_new(file_schema.clone(), cols)?;
            let pw = parts.entry(year.clone()).or_insert_with(|| PartWriter {
                dir: staged.path().join(format!("year={year}")),
                part: 0,
                rows: 0,
                writer: None,
            });
            write_rows(pw, &sub, &file_schema, &props, opts.rows_per_file)?;
        }
        on_batch(batches);
    }
    let mut files = 0usize;
    for pw in parts.values_mut() {
        if let Some(w) = pw.writer.take() {
            w.close()?;
        }
        files += pw.part + 1;
    }
    staged.commit()?;
    Ok(Written {
        rows,
        partitions: parts.into_keys().collect(),
        files,
        bytes: dir_bytes(dest),
    })
}

fn write_rows(
    pw: &mut PartWriter,
    batch: &RecordBatch,
    schema: &Arc<Schema>,
    props: &WriterProperties,
    rows_per_file: usize,
) -> Result<()> {
    let mut offset = 0;
    while offset < batch.num_rows() {
        if pw.rows >= rows_per_file.max(1) {
            if let Some(w) = pw.writer.take() {
                w.close()?;
            }
            pw.part += 1;
            pw.rows = 0;
        }
        if pw.writer.is_none() {
            std::fs::create_dir_all(&pw.dir)?;
            let path = pw.dir.join(format!("part-{:05}.parquet", pw.part));
            pw.writer = Some(ArrowWriter::try_new(
                File::create(&path)?,
                schema.clone(),
                Some(props.clone()),
            )?);
        }
        let n = (rows_per_file.max(1) - pw.rows).min(batch.num_rows() - offset);
        if let Some(w) = pw.writer.as_mut() {
            w.write(&batch.slice(offset, n))?;
        }
        pw.rows += n;
        offset += n;
    }
    Ok(())
}

fn dir_bytes(p: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![p.to_path_buf()];
    while let Some(d) = stack.pop() {
        if let Ok(rd) = std::fs::read_dir(&d) {
            for e in rd.flatten() {
                match e.metadata() {
                    Ok(m) if m.is_dir() => stack.push(e.path()),
                    Ok(m) => total += m.len(),
                    Err(_) => {}
                }
            }
        }
    }
    total
}
