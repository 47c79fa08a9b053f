//! normalize: INPUT folder → OUTPUT/arrow/{reports,cells,rejects}.arrow + OUTPUT/rejects.csv.
//!
//! Documents are read and extracted in parallel (rayon) in bounded chunks and
//! written in input order, so memory does not grow with the corpus and reruns
//! give identical output.

use anyhow::{bail, Context, Result};
use arrow::ipc::writer::{FileWriter, IpcWriteOptions};
use arrow::ipc::CompressionType;
use clap::Parser;
use gongkai::corpus::{self, Outcome, Reject};
use gongkai::fsutil::StagedDir;
use gongkai::record::Report;
use gongkai::schema;
use gongkai::tables::Cell;
use gongkai_cli::{progress, throughput, GIT_COMMIT};
use rayon::prelude::*;
use serde_json::json;
use std::collections::BTreeMap;
use std::fs::File;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(
    version,
    about = "Decode and extract every report page under INPUT into Arrow IPC"
)]
struct Args {
    /// Folder of pages (.txt, .html, .htm; searched recursively). An optional
    /// urls.csv (path,url) at its root fills the url column.
    #[arg(long)]
    input: PathBuf,
    /// Output folder; writes OUTPUT/arrow/ and OUTPUT/rejects.csv.
    #[arg(long)]
    output: PathBuf,
    /// Files larger than this many bytes are rejected as too_large.
    #[arg(long, default_value_t = corpus::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Documents extracted per batch (bounds memory: about three batches
    /// are in flight, one being extracted, one queued, one being written).
    #[arg(long, default_value_t = 1024)]
    batch: usize,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Process only shard i of n (0-based) by a stable hash of doc_id; n
    /// shards written side by side make the same dataset as one run.
    #[arg(long, default_value = "0/1")]
    shard: gongkai::shard::Shard,
}

/// An Arrow IPC file writer with zstd-compressed buffers: the cells of a
/// million reports are ~20 GB as plain Arrow, a fraction of that compressed
/// (readers decompress transparently).
fn ipc_writer(
    path: &std::path::Path,
    schema: &arrow::datatypes::Schema,
) -> Result<FileWriter<File>> {
    let options = IpcWriteOptions::default().try_with_compression(Some(CompressionType::ZSTD))?;
    Ok(FileWriter::try_new_with_options(
        File::create(path)?,
        schema,
        options,
    )?)
}

fn main() -> Result<()> {
    let args = Args::parse();
    let t0 = Instant::now();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("starting worker threads")?;
    }
    if !args.input.is_dir() {
        bail!("INPUT {} is not a folder", args.input.display());
    }
    let mut walk = corpus::walk(&args.input);
    walk.files.retain(|f| args.shard.contains(&f.doc_id));
    let urls = corpus::load_urls(&args.input).map_err(anyhow::Error::msg)?;
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("creating {}", args.output.display()))?;
    gongkai::fsutil::clean_stale(&args.output);

    let staged = StagedDir::new(&args.output.join("arrow"))?;
    let mut all_rejects: Vec<Reject> = Vec::new();
    let input_bytes: u64 = walk.files.iter().map(|f| f.size).sum();
    let pb = progress(walk.files.len() as u64, "normalize");

    // Extraction (rayon workers) and Arrow writing overlap: a writer thread
    // builds and writes chunk k's record batches while the workers extract
    // chunk k + 1. The channel holds one chunk, so at most three chunks are
    // in memory; the writer takes them in input order.
    let (tx, rx) = std::sync::mpsc::sync_channel::<(Vec<Report>, Vec<Vec<Cell>>)>(1);
    let (reports_path, cells_path) = (
        staged.path().join("reports.arrow"),
        staged.path().join("cells.arrow"),
    );
    let (rows, cell_rows) = std::thread::scope(|scope| -> Result<(usize, usize)> {
        let writer = scope.spawn(move || -> Result<(usize, usize)> {
            let mut reports_w = ipc_writer(&reports_path, &schema::reports_schema())?;
            let mut cells_w = ipc_writer(&cells_path, &schema::cells_schema())?;
            let (mut rows, mut cell_rows) = (0usize, 0usize);
            for (reports, cells) in rx {
                rows += reports.len();
                reports_w.write(&schema::reports_batch(&reports)?)?;
                let cells_batch = schema::cells_batch(&reports, &cells)?;
                cell_rows += cells_batch.num_rows();
                cells_w.write(&cells_batch)?;
            }
            reports_w.finish()?;
            cells_w.finish()?;
            Ok((rows, cell_rows))
        });
        for chunk in walk.files.chunks(args.batch.max(1)) {
            let outcomes: Vec<Outcome> = chunk
                .par_iter()
                .map(|f| {
                    let url = urls.get(&f.rel_path).map(String::as_str);
                    corpus::process_file(f, url, args.max_bytes)
                })
                .collect();
            let mut reports: Vec<Report> = Vec::with_capacity(outcomes.len());
            let mut cells = Vec::with_capacity(outcomes.len());
            for o in outcomes {
                match o {
                    Outcome::Row(x) => {
                        let x = *x;
                        reports.push(x.report);
                        cells.push(x.cells);
                    }
                    Outcome::Rejected(r) => all_rejects.push(r),
                }
            }
            // A send fails only when the writer stopped on an error, which
            // join() below reports.
            if tx.send((reports, cells)).is_err() {
                break;
            }
            pb.inc(chunk.len() as u64);
        }
        drop(tx);
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("the Arrow writer thread panicked"))?
    })?;
    pb.finish_and_clear();

    let mut rejects_w = ipc_writer(
        &staged.path().join("rejects.arrow"),
        &schema::rejects_schema(),
    )?;
    rejects_w.write(&schema::rejects_batch(&all_rejects)?)?;
    rejects_w.finish()?;

    // rejects.csv beside the datasets, for people.
    let csv = gongkai_cli::rejects_csv(
        all_rejects
            .iter()
            .map(|r| [r.doc_id.as_str(), &r.path, r.reason.code(), &r.detail]),
    )?;
    staged.commit()?;
    gongkai::fsutil::write_atomic(&args.output.join("rejects.csv"), &csv)?;

    let docs = walk.files.len();
    let rejects = all_rejects.len();
    if rows + rejects != docs {
        bail!("accounting error: {docs} documents in, {rows} rows + {rejects} rejects out");
    }
    let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &all_rejects {
        *by_reason.entry(r.reason.code()).or_default() += 1;
    }
    let secs = t0.elapsed().as_secs_f64();
    gongkai::manifest::record_stage(
        &args.output,
        "normalize",
        json!({
            "args": std::env::args().skip(1).collect::<Vec<_>>(),
            "input": args.input.display().to_string(),
            "shard": args.shard.to_string(),
            "input_files": docs,
            "input_bytes": input_bytes,
            "ignored_files": walk.ignored,
            "walk_errors": walk.walk_errors,
            "rows": rows,
            "cell_rows": cell_rows,
            "rejects": rejects,
            "rejects_by_reason": by_reason,
            "seconds": secs,
        }),
        Some(GIT_COMMIT),
    )?;
    for e in &walk.walk_errors {
        eprintln!("normalize: skipped while walking INPUT: {e}");
    }
    println!("{}", throughput("normalize", docs, input_bytes, secs));
    println!("normalize: documents in = {docs} = rows {rows} + rejects {rejects} {by_reason:?}");
    Ok(())
}
