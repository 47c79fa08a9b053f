//! write-parquet: OUTPUT/arrow/{reports,cells}.arrow →
//! OUTPUT/{reports,cells}/year=YYYY/part-NNNNN.parquet
//!
//! Both datasets go through the same partitioned writer
//! ([`gongkai_cli::partitioned`]): Hive-partitioned by the statistical year,
//! zstd, column statistics, streamed batch by batch, staged and renamed into
//! place with a `_SUCCESS` marker.

use anyhow::Result;
use clap::Parser;
use gongkai_cli::partitioned::{write_by_year, PartOptions};
use gongkai_cli::{progress, GIT_COMMIT};
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
    /// The output folder normalize wrote (reads OUTPUT/arrow/{reports,cells}.arrow).
    #[arg(long)]
    output: PathBuf,
    /// Rows per Parquet file before a new part file starts.
    #[arg(long, default_value_t = 1_000_000)]
    rows_per_file: usize,
    /// Rows per row group.
    #[arg(long, default_value_t = 65_536)]
    row_group_rows: usize,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let t0 = Instant::now();
    let opts = PartOptions {
        rows_per_file: args.rows_per_file,
        row_group_rows: args.row_group_rows,
    };
    let mut stats = serde_json::Map::new();
    for name in DATASETS {
        let t = Instant::now();
        let src = args.output.join("arrow").join(format!("{name}.arrow"));
        let pb = progress(0, &format!("write-parquet {name}"));
        let w = write_by_year(&src, &args.output.join(name), opts, |n| {
            pb.set_length(n as u64);
            pb.inc(1);
        })?;
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
            "seconds": t0.elapsed().as_secs_f64(),
        }),
        Some(GIT_COMMIT),
    )?;
    Ok(())
}
