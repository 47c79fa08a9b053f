//! write-parquet: OUTPUT/arrow/{reports,cells}.arrow (or the `arrow/` folders
//! of several shards) → OUTPUT/{reports,cells}/year=YYYY/part-NNNNN.parquet
//!
//! Both datasets go through the same partitioned writer
//! ([`gongkai_cli::partitioned`]): Hive-partitioned by the statistical year,
//! zstd, column statistics, streamed batch by batch, staged and renamed into
//! place with a `_SUCCESS` marker. Reports get their duplicate marks
//! ([`gongkai::dedup`]) from a first pass over every input's report rows.

use anyhow::Result;
use clap::Parser;
use gongkai::dedup::Duplicates;
use gongkai::schema;
use gongkai_cli::partitioned::{open_ipc, write_by_year, PartOptions};
use gongkai_cli::{progress, RejectsCsv, GIT_COMMIT};
use serde_json::json;
use std::path::PathBuf;
use std::time::Instant;

/// The datasets, by folder name under OUTPUT (and file name under OUTPUT/arrow).
const DATASETS: &[&str] = &["reports", "cells"];

#[derive(Parser, Debug)]
#[command(
    version,
    about = "Turn normalize's Arrow output into Hive-partitioned Parquet datasets"
)]
struct Args {
    /// The output folder: normalize's (reads OUTPUT/arrow/) unless --arrow is given.
    #[arg(long)]
    output: PathBuf,
    /// Arrow folders to read instead of OUTPUT/arrow (repeat it: one per
    /// shard, e.g. `--arrow out/shard-0/arrow --arrow out/shard-1/arrow`).
    /// They become one dataset in OUTPUT, duplicates marked across all of
    /// them, and their rejects are combined into OUTPUT/rejects.csv.
    #[arg(long)]
    arrow: Vec<PathBuf>,
    /// Rows per Parquet file before a new part file starts.
    #[arg(long, default_value_t = 1_000_000)]
    rows_per_file: usize,
    /// Rows per row group.
    #[arg(long, default_value_t = 65_536)]
    row_group_rows: usize,
    /// MB that the row groups being filled (one per year partition) may
    /// buffer together; past it the largest is written out early.
    #[arg(long, default_value_t = 64)]
    buffer_mb: usize,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let t0 = Instant::now();
    let opts = PartOptions {
        rows_per_file: args.rows_per_file,
        row_group_rows: args.row_group_rows,
        max_buffered_bytes: args.buffer_mb << 20,
    };
    let merging = !args.arrow.is_empty();
    let arrow_dirs = if merging {
        args.arrow.clone()
    } else {
        vec![args.output.join("arrow")]
    };
    let inputs = |name: &str| -> Vec<PathBuf> {
        arrow_dirs
            .iter()
            .map(|d| d.join(format!("{name}.arrow")))
            .collect()
    };

    // First pass: which row stands for each report (reads only the columns
    // the marks depend on).
    let t = Instant::now();
    let mut dups = Duplicates::default();
    for src in inputs("reports") {
        for batch in open_ipc(&src, Some(&Duplicates::columns()))? {
            dups.observe(&batch?)?;
        }
    }
    let dedup_secs = t.elapsed().as_secs_f64();
    let (annual_reports, groups, duplicates) =
        (dups.annual_reports(), dups.groups(), dups.duplicates());
    // The marks serve the reports dataset only: freed before the cells.
    let mut dups = Some(dups);

    let mut stats = serde_json::Map::new();
    for name in DATASETS {
        let t = Instant::now();
        let pb = progress(0, &format!("write-parquet {name}"));
        let (dataset_schema, marks) = match *name {
            "reports" => (schema::reports_dataset_schema(), dups.take()),
            _ => (schema::cells_schema(), None),
        };
        let w = write_by_year(
            &inputs(name),
            &args.output.join(name),
            &dataset_schema,
            opts,
            |b| match &marks {
                Some(dups) => Ok(dups.mark(&b, &dataset_schema)?),
                None => Ok(b),
            },
            |n| {
                pb.set_length(n as u64);
                pb.inc(1);
            },
        )?;
        pb.finish_and_clear();
        let secs = t.elapsed().as_secs_f64();
        println!(
            "write-parquet: {name}: {} rows into {} partitions, {} files, {:.1} MB in {secs:.2}s = {:.0} rows/s",
            w.rows,
            w.partitions.len(),
            w.files,
            w.bytes as f64 / 1e6,
            w.rows as f64 / secs.max(1e-9)
        );
        if w.rows == 0 {
            println!(
                "write-parquet: {name}: no rows (an empty input, or every document rejected): \
                 the dataset is one empty file with its columns"
            );
        }
        stats.insert(
            name.to_string(),
            json!({
                "rows": w.rows,
                "partitions": w.partitions,
                "files": w.files,
                "parquet_bytes": w.bytes,
                "seconds": secs,
            }),
        );
    }
    println!(
        "write-parquet: {annual_reports} annual-report rows are {groups} reports; {duplicates} rows marked is_duplicate ({dedup_secs:.2}s)"
    );
    if merging {
        let path = args.output.join("rejects.csv");
        let mut csv = RejectsCsv::create(&path)?;
        let mut rejects = 0usize;
        for src in inputs("rejects") {
            for batch in open_ipc(&src, None)? {
                for row in schema::reject_rows(&batch?)? {
                    csv.write(row)?;
                    rejects += 1;
                }
            }
        }
        csv.commit()?;
        println!(
            "write-parquet: {rejects} rejects of {} Arrow folders into {}",
            arrow_dirs.len(),
            path.display()
        );
    }
    let reports = &stats["reports"];
    gongkai::manifest::record_stage(
        &args.output,
        "write_parquet",
        json!({
            "args": std::env::args().skip(1).collect::<Vec<_>>(),
            "rows": reports["rows"],
            "partitions": reports["partitions"],
            "files": reports["files"],
            "parquet_bytes": reports["parquet_bytes"],
            "datasets": stats,
            "arrow_inputs": arrow_dirs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>(),
            "duplicates": duplicates,
            "seconds": t0.elapsed().as_secs_f64(),
        }),
        Some(GIT_COMMIT),
    )?;
    Ok(())
}
