//! Arrow IPC files → Hive-partitioned Parquet dataset (`year=YYYY/part-NNNNN.parquet`),
//! the one writer behind every dataset of `write-parquet` (reports, cells).
//!
//! Partitioned by the statistical year (unknown year:
//! `year=__HIVE_DEFAULT_PARTITION__`), zstd, column statistics on. As Spark
//! and Hive do, the partition column lives in the path, not in the files.
//! Batches are streamed: one open writer per year, never the whole dataset
//! in memory. The dataset is written into a staged folder and renamed into
//! place with a `_SUCCESS` marker when complete.

use anyhow::{Context, Result};
use arrow::array::{Array, ArrayRef, Int32Array, RecordBatch, UInt32Array};
use arrow::compute::take;
use arrow::datatypes::{Schema, SchemaRef};
use arrow::ipc::reader::FileReader;
use gongkai::fsutil::StagedDir;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use rayon::prelude::*;
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
    /// Bytes the open part files of all partitions may buffer together
    /// before the largest buffer is written out as a row group: memory does
    /// not grow with the number of partitions or of rows.
    pub max_buffered_bytes: usize,
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

/// Open an Arrow IPC file written by normalize, reading only the named
/// columns when `columns` is given.
pub fn open_ipc(src: &Path, columns: Option<&[&str]>) -> Result<FileReader<File>> {
    let open = |projection| -> Result<FileReader<File>> {
        let file = File::open(src)
            .with_context(|| format!("opening {} (run normalize first)", src.display()))?;
        Ok(FileReader::try_new(file, projection)?)
    };
    let reader = open(None)?;
    let Some(columns) = columns else {
        return Ok(reader);
    };
    let projection = columns
        .iter()
        .map(|c| reader.schema().index_of(c))
        .collect::<Result<Vec<_>, _>>()?;
    open(Some(projection))
}

/// Write the Arrow IPC files `srcs` (in order; e.g. the shards of one
/// corpus) as the dataset folder `dest` with the columns of `schema`,
/// partitioned by the `year` column. Each input batch goes through
/// `transform` first (identity, or adding columns); `on_batch(batches)` is
/// called after each input batch with the number of batches in all `srcs`
/// (for progress bars).
pub fn write_by_year(
    srcs: &[PathBuf],
    dest: &Path,
    schema: &SchemaRef,
    opts: PartOptions,
    mut transform: impl FnMut(RecordBatch) -> Result<RecordBatch> + Send,
    mut on_batch: impl FnMut(usize),
) -> Result<Written> {
    let readers = srcs
        .iter()
        .map(|s| open_ipc(s, None))
        .collect::<Result<Vec<_>>>()?;
    let batches = readers.iter().map(|r| r.num_batches()).sum();
    let year_idx = schema.index_of("year")?;
    let file_schema = Arc::new(Schema::new(
        schema
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
    // A reader thread reads, decompresses and transforms the next batches
    // while this one encodes Parquet (one batch handed over at a time).
    let (tx, rx) = std::sync::mpsc::sync_channel::<Result<RecordBatch>>(0);
    std::thread::scope(|scope| -> Result<()> {
        scope.spawn(move || {
            for batch in readers.into_iter().flatten() {
                let batch = batch.map_err(anyhow::Error::from).and_then(&mut transform);
                let failed = batch.is_err();
                if tx.send(batch).is_err() || failed {
                    break;
                }
            }
        });
        for batch in rx {
            let batch = batch?;
            if batch.schema() != *schema {
                anyhow::bail!("an input batch does not have the dataset's columns (an Arrow file from another gongkai version?)");
            }
            rows += batch.num_rows();
            write_batch(
                &batch,
                year_idx,
                &file_schema,
                &mut parts,
                &staged,
                &props,
                opts,
            )?;
            bound_buffers(&mut parts, opts.max_buffered_bytes)?;
            on_batch(batches);
        }
        Ok(())
    })?;
    if rows == 0 {
        // No row at all (an empty input, everything rejected): one empty
        // file in the unknown-year partition still gives every reader the
        // dataset's columns (polars, DuckDB and Spark read zero rows, not
        // "no files").
        let dir = staged.path().join(format!("year={DEFAULT_PARTITION}"));
        std::fs::create_dir_all(&dir)?;
        ArrowWriter::try_new(
            File::create(dir.join("part-00000.parquet"))?,
            file_schema.clone(),
            Some(props.clone()),
        )?
        .close()?;
        parts.insert(
            DEFAULT_PARTITION.to_string(),
            PartWriter {
                dir,
                part: 0,
                rows: 0,
                writer: None,
            },
        );
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

/// Write one batch's rows, each to its year's partition. A batch of one
/// year (normalize writes corpora folder by folder, so most are) goes whole,
/// without copying; the partitions of a mixed batch are encoded in parallel
/// (each file still gets its rows in input order: the output is that of a
/// serial run).
fn write_batch(
    batch: &RecordBatch,
    year_idx: usize,
    file_schema: &Arc<Schema>,
    parts: &mut BTreeMap<String, PartWriter>,
    staged: &StagedDir,
    props: &WriterProperties,
    opts: PartOptions,
) -> Result<()> {
    let years = batch
        .column(year_idx)
        .as_any()
        .downcast_ref::<Int32Array>()
        .context("year column is Int32")?;
    // Rows by year, then each year's folder name once (not a string a row).
    let mut by_year: BTreeMap<Option<i32>, Vec<u32>> = BTreeMap::new();
    for i in 0..batch.num_rows() {
        let year = (!years.is_null(i)).then(|| years.value(i));
        by_year.entry(year).or_default().push(i as u32);
    }
    let mut groups: BTreeMap<String, Vec<u32>> = by_year
        .into_iter()
        .map(|(year, idx)| {
            let key = year.map_or_else(|| DEFAULT_PARTITION.to_string(), |y| y.to_string());
            (key, idx)
        })
        .collect();
    for year in groups.keys() {
        parts.entry(year.clone()).or_insert_with(|| PartWriter {
            dir: staged.path().join(format!("year={year}")),
            part: 0,
            rows: 0,
            writer: None,
        });
    }
    let without_year = |cols: Vec<ArrayRef>| -> Result<RecordBatch> {
        let cols = cols
            .into_iter()
            .enumerate()
            .filter(|(i, _)| *i != year_idx)
            .map(|(_, c)| c)
            .collect();
        Ok(RecordBatch::try_new(file_schema.clone(), cols)?)
    };
    if groups.len() == 1 {
        if let Some(pw) = groups.keys().next().and_then(|y| parts.get_mut(y)) {
            let sub = without_year(batch.columns().to_vec())?;
            return write_rows(pw, &sub, file_schema, props, opts.rows_per_file);
        }
    }
    let jobs: Vec<(&mut PartWriter, Vec<u32>)> = parts
        .iter_mut()
        .filter_map(|(year, pw)| groups.remove(year).map(|idx| (pw, idx)))
        .collect();
    jobs.into_par_iter()
        .try_for_each(|(pw, idx)| -> Result<()> {
            let idx = UInt32Array::from(idx);
            let cols = batch
                .columns()
                .iter()
                .map(|c| take(c.as_ref(), &idx, None))
                .collect::<Result<Vec<_>, _>>()?;
            write_rows(
                pw,
                &without_year(cols)?,
                file_schema,
                props,
                opts.rows_per_file,
            )
        })
}

/// Flush the largest row-group buffers until all open part files together
/// hold at most `max` bytes.
fn bound_buffers(parts: &mut BTreeMap<String, PartWriter>, max: usize) -> Result<()> {
    loop {
        let sizes = parts
            .values_mut()
            .filter_map(|p| p.writer.as_mut())
            .map(|w| w.memory_size());
        if sizes.sum::<usize>() <= max {
            return Ok(());
        }
        let largest = parts
            .values_mut()
            .filter_map(|p| p.writer.as_mut())
            .filter(|w| w.in_progress_rows() > 0)
            .max_by_key(|w| w.memory_size());
        match largest {
            Some(w) => w.flush()?,
            None => return Ok(()),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::StringArray;
    use arrow::datatypes::{DataType, Field};
    use arrow::ipc::writer::FileWriter;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    fn schema() -> SchemaRef {
        Arc::new(Schema::new(vec![
            Field::new("id", DataType::Utf8, false),
            Field::new("year", DataType::Int32, true),
        ]))
    }

    fn batch(rows: &[(String, Option<i32>)]) -> RecordBatch {
        RecordBatch::try_new(
            schema(),
            vec![
                Arc::new(StringArray::from_iter_values(
                    rows.iter().map(|r| r.0.as_str()),
                )),
                Arc::new(Int32Array::from_iter(rows.iter().map(|r| r.1))),
            ],
        )
        .unwrap()
    }

    /// The entries of a folder, sorted.
    fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
        let mut e: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        e.sort();
        e
    }

    /// Every partition's ids, in file order.
    fn read_back(dest: &Path) -> BTreeMap<String, Vec<String>> {
        let mut out = BTreeMap::new();
        for d in sorted_entries(dest).iter().filter(|d| d.is_dir()) {
            let files = sorted_entries(d);
            let ids: &mut Vec<String> = out
                .entry(d.file_name().unwrap().to_string_lossy().into_owned())
                .or_default();
            for f in files {
                let r = ParquetRecordBatchReaderBuilder::try_new(File::open(f).unwrap())
                    .unwrap()
                    .build()
                    .unwrap();
                for b in r {
                    let b = b.unwrap();
                    let a = b.column(0).as_any().downcast_ref::<StringArray>().unwrap();
                    ids.extend(a.iter().map(|s| s.unwrap().to_string()));
                }
            }
        }
        out
    }

    /// Batches of one year (written whole) and batches mixing years (split
    /// and encoded in parallel) give the same partitions, rows in input
    /// order, part files cut at rows_per_file.
    #[test]
    fn whole_and_mixed_batches_write_the_same_partitions() {
        let tmp = tempfile::tempdir().unwrap();
        let rows: Vec<(String, Option<i32>)> = (0..5000)
            .map(|i| {
                (
                    format!("d{i:05}"),
                    [Some(2019), Some(2020), None, Some(2024)][i % 4],
                )
            })
            .collect();
        let mut by_year = rows.clone();
        by_year.sort_by_key(|r| r.1.map_or(i32::MAX, |y| y));
        let mut written = Vec::new();
        for (name, order, chunk) in [("mixed", &rows, 700), ("sorted", &by_year, 1250)] {
            let src = tmp.path().join(format!("{name}.arrow"));
            let mut w = FileWriter::try_new(File::create(&src).unwrap(), &schema()).unwrap();
            for c in order.chunks(chunk) {
                w.write(&batch(c)).unwrap();
            }
            w.finish().unwrap();
            let dest = tmp.path().join(name);
            let opts = PartOptions {
                rows_per_file: 600,
                row_group_rows: 128,
                max_buffered_bytes: 4096,
            };
            let out = write_by_year(&[src], &dest, &schema(), opts, Ok, |_| {}).unwrap();
            assert_eq!(out.rows, 5000);
            assert_eq!(out.partitions.len(), 4);
            assert_eq!(out.files, 4 * 3, "1250 rows a year, 600 a file");
            written.push(read_back(&dest));
        }
        assert_eq!(written[0], written[1]);
        let want: Vec<String> = rows
            .iter()
            .filter(|r| r.1 == Some(2020))
            .map(|r| r.0.clone())
            .collect();
        assert_eq!(written[0]["year=2020"], want);
        assert_eq!(written[0][&format!("year={DEFAULT_PARTITION}")].len(), 1250);
    }
}
