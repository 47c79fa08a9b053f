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
use gongkai_cli::{counter, throughput, RejectsCsv, GIT_COMMIT};
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
    /// PDFs of more pages than this are rejected as too_large.
    #[arg(long, default_value_t = gongkai::pdf::DEFAULT_MAX_PAGES)]
    max_pages: usize,
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

/// mimalloc: extraction allocates many small strings per page, and glibc
/// malloc/free were ~10% of a worker's time (write-parquet stays on the
/// system allocator: mimalloc made it slower and larger there).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (mimalloc.h, v2 and v3 alike).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory stays with the process for the next document: by default
/// mimalloc returns it to the OS after 10 ms, and every page was then
/// faulted in and zeroed again (page zeroing was 9% of a one-thread run on
/// real pages; 3.41 → 2.79 s). The peak is what a batch needs either way,
/// so RSS does not grow with the corpus. No transparent huge pages for the
/// process: mimalloc asks for them, and a 2 MiB page was faulted in and
/// zeroed whole for what a worker touched of it (real pages, one thread,
/// 77 MB: peak RSS 190 → 122–137 MB, time unchanged within noise; its own
/// `allow_thp` option is read before `main` and could not do this).
fn keep_freed_memory() {
    // SAFETY: sets one integer option; mimalloc reads options at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    // SAFETY: prctl with integer arguments; a kernel without it returns
    // an error, which changes nothing but the memory used.
    #[cfg(target_os = "linux")]
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0)
    };
}

/// An Arrow IPC file writer with LZ4-compressed buffers: the cells of a
/// million reports are ~20 GB as plain Arrow, ~6 GB compressed (readers
/// decompress transparently).
fn ipc_writer(
    path: &std::path::Path,
    schema: &arrow::datatypes::Schema,
) -> Result<FileWriter<File>> {
    // LZ4, not zstd: the files are read once, by write-parquet. On 10k
    // documents zstd level 1 made files a third smaller (43 vs 63 MB) but
    // cost normalize 6% (2 threads) and write-parquet 12%.
    let options =
        IpcWriteOptions::default().try_with_compression(Some(CompressionType::LZ4_FRAME))?;
    Ok(FileWriter::try_new_with_options(
        File::create(path)?,
        schema,
        options,
    )?)
}

/// What the writer thread wrote.
#[derive(Default)]
struct Written {
    rows: usize,
    cell_rows: usize,
    by_reason: BTreeMap<&'static str, usize>,
    /// rejects.csv, renamed into place after the Arrow folder.
    csv: Option<RejectsCsv>,
}

fn main() -> Result<()> {
    keep_freed_memory();
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
    let urls = corpus::Urls::load(&args.input)?;
    let limits = corpus::Limits {
        max_bytes: args.max_bytes,
        max_pages: args.max_pages,
    };
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("creating {}", args.output.display()))?;
    gongkai::fsutil::clean_stale(&args.output);

    let staged = StagedDir::new(&args.output.join("arrow"))?;
    let pb = counter("normalize");

    // The input is walked as it is read (never listed whole), in chunks of
    // --batch documents. Extraction (rayon workers) and writing overlap: a
    // writer thread builds and writes chunk k's record batches and rejects
    // while the workers extract chunk k + 1. The channel holds one chunk, so
    // at most three chunks are in memory; the writer takes them in input
    // order.
    type Chunk = (Vec<Report>, Vec<Vec<Cell>>, Vec<Reject>);
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(1);
    let dir = staged.path().to_path_buf();
    let csv_path = args.output.join("rejects.csv");
    let mut walk = corpus::walk(&args.input);
    let (mut docs, mut input_bytes) = (0usize, 0u64);
    let written = std::thread::scope(|scope| -> Result<Written> {
        let writer = scope.spawn(move || -> Result<Written> {
            let mut reports_w = ipc_writer(&dir.join("reports.arrow"), &schema::reports_schema())?;
            let mut cells_w = ipc_writer(&dir.join("cells.arrow"), &schema::cells_schema())?;
            let mut rejects_w = ipc_writer(&dir.join("rejects.arrow"), &schema::rejects_schema())?;
            let mut csv = RejectsCsv::create(&csv_path)?;
            let mut w = Written::default();
            for (reports, cells, rejects) in rx {
                w.rows += reports.len();
                reports_w.write(&schema::reports_batch(&reports)?)?;
                let cells_batch = schema::cells_batch(&reports, &cells)?;
                w.cell_rows += cells_batch.num_rows();
                cells_w.write(&cells_batch)?;
                if !rejects.is_empty() {
                    rejects_w.write(&schema::rejects_batch(&rejects)?)?;
                }
                for r in &rejects {
                    *w.by_reason.entry(r.reason.code()).or_default() += 1;
                    csv.write([r.doc_id.as_str(), &r.path, r.reason.code(), &r.detail])?;
                }
            }
            if w.by_reason.is_empty() {
                // An Arrow file with no batch has no rows for readers to
                // scan; one empty batch keeps it a normal table.
                rejects_w.write(&schema::rejects_batch(&[])?)?;
            }
            reports_w.finish()?;
            cells_w.finish()?;
            rejects_w.finish()?;
            w.csv = Some(csv);
            Ok(w)
        });
        // A reader thread asks the kernel to read the files of the next
        // chunk ahead while the workers extract this one: files not in the
        // page cache come off the disk in the background (cold reads of many
        // small files are bound by latency, not bandwidth) and the workers
        // then read them from memory. It only warms the cache (nothing is
        // copied, so it costs the workers no CPU when the files are cached);
        // reading for real, and reporting what cannot be read, stays with
        // the workers.
        let (prefetch_tx, prefetch_rx) = std::sync::mpsc::sync_channel::<Vec<PathBuf>>(1);
        scope.spawn(move || {
            for paths in prefetch_rx {
                for p in paths {
                    corpus::read_ahead(&p);
                }
            }
        });
        let mut next_chunk = || -> Vec<corpus::InputFile> {
            walk.by_ref()
                .filter(|f| args.shard.contains(&f.doc_id))
                .take(args.batch.max(1))
                .collect()
        };
        let mut next = next_chunk();
        loop {
            let chunk = std::mem::take(&mut next);
            if chunk.is_empty() {
                break;
            }
            next = next_chunk();
            // Skipped when the reader is still behind (the workers read
            // those files themselves).
            let _ = prefetch_tx.try_send(
                next.iter()
                    .filter(|f| f.size <= args.max_bytes)
                    .map(|f| f.path.clone())
                    .collect(),
            );
            docs += chunk.len();
            input_bytes += chunk.iter().map(|f| f.size).sum::<u64>();
            let outcomes: Vec<Outcome> = chunk
                .par_iter()
                .map(|f| {
                    let url = urls.get(&f.rel_path);
                    corpus::process_file(f, url.as_deref(), &limits)
                })
                .collect();
            let mut reports: Vec<Report> = Vec::with_capacity(outcomes.len());
            let mut cells = Vec::with_capacity(outcomes.len());
            let mut rejects = Vec::new();
            for o in outcomes {
                match o {
                    Outcome::Row(x) => {
                        let x = *x;
                        reports.push(x.report);
                        cells.push(x.cells);
                    }
                    Outcome::Rejected(r) => rejects.push(r),
                }
            }
            // A send fails only when the writer stopped on an error, which
            // join() below reports.
            if tx.send((reports, cells, rejects)).is_err() {
                break;
            }
            pb.inc(chunk.len() as u64);
        }
        drop(prefetch_tx);
        drop(tx);
        writer
            .join()
            .map_err(|_| anyhow::anyhow!("the Arrow writer thread panicked"))?
    })?;
    pb.finish_and_clear();

    // The datasets first, then rejects.csv beside them (for people).
    staged.commit()?;
    let Written {
        rows,
        cell_rows,
        by_reason,
        csv,
    } = written;
    if let Some(csv) = csv {
        csv.commit()?;
    }
    let rejects: usize = by_reason.values().sum();
    if rows + rejects != docs {
        bail!("accounting error: {docs} documents in, {rows} rows + {rejects} rejects out");
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
