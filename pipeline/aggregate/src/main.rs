//! aggregate: OUTPUT/reports (+ cells, rejects.csv) → OUTPUT/summary/*.csv,
//! OUTPUT/summary/summary.xlsx, OUTPUT/charts/*.png and
//! OUTPUT/reference/ (the gazetteer units and the deadlines the summaries
//! used, for SQL engines)
//!
//! The only stage that uses polars. Definitions of each summary are in the
//! library (`aggregate::summaries`) and in README.

use anyhow::{Context, Result};
use clap::Parser;
use serde_json::json;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(
    version,
    about = "Compute the summaries (CSV, workbook) and charts over the reports dataset"
)]
struct Args {
    /// Output folder of a run (reads OUTPUT/reports, OUTPUT/cells,
    /// OUTPUT/rejects.csv; writes OUTPUT/summary and OUTPUT/charts).
    #[arg(long)]
    output: PathBuf,
    /// Print each query plan before running it.
    #[arg(long)]
    explain: bool,
    /// Skip the PNG charts.
    #[arg(long)]
    no_charts: bool,
    /// Publication deadlines (CSV of the shipped format, e.g. a province's
    /// own rule added to pipeline/aggregate/data/publication_deadlines.csv)
    /// for the timeliness summaries; default: the shipped 2007/2019 条例 rules.
    #[arg(long)]
    deadlines: Option<PathBuf>,
}

/// The process's peak resident memory so far in MB (Linux; None elsewhere).
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024)
}

fn main() -> Result<()> {
    let args = Args::parse();
    let t0 = Instant::now();
    let reports_dir = args.output.join("reports");
    anyhow::ensure!(
        reports_dir.join("_SUCCESS").exists(),
        "{} is not a complete dataset (no _SUCCESS): run write-parquet first",
        reports_dir.display()
    );
    let mut inputs = aggregate::Inputs::scan(&args.output).context("scanning the datasets")?;
    if let Some(path) = &args.deadlines {
        inputs.deadlines = aggregate::timeliness::Deadlines::read(path)?;
    }
    let staged = gongkai::fsutil::StagedDir::new(&args.output.join("summary"))?;
    // Each summary goes to its CSV and its sheet a part at a time; only the
    // summaries computed whole are kept, for the charts.
    let mut frames = Vec::new();
    let mut written = Vec::new();
    let mut book = aggregate::xlsx::Book::new()?;
    let t = Instant::now();
    let summaries = aggregate::summaries(&inputs)?;
    let sheets = summaries.len();
    println!(
        "aggregate: planned the summaries (cell summaries computed) in {:.2}s, peak RSS {} MB",
        t.elapsed().as_secs_f64(),
        peak_rss_mb().map_or("?".to_string(), |m| m.to_string())
    );
    for (name, plan) in summaries {
        let whole = matches!(plan, aggregate::Plan::Whole(_));
        let mut csv = aggregate::CsvParts::create(&staged.path().join(format!("{name}.csv")))?;
        book.add_sheet(name)?;
        let mut rows = 0;
        let t = Instant::now();
        for part in plan.parts() {
            if args.explain {
                println!("-- {name}\n{}", part.explain(true)?);
            }
            let mut df = part
                .collect()
                .with_context(|| format!("computing {name}"))?;
            csv.append(&mut df)?;
            book.append(&df)?;
            rows += df.height();
            if whole {
                frames.push((name, df));
            }
        }
        csv.finish()?;
        let secs = t.elapsed().as_secs_f64();
        let peak = peak_rss_mb();
        println!(
            "aggregate: {name}.csv ({rows} rows, {secs:.2}s, peak RSS {} MB)",
            peak.map_or("?".to_string(), |m| m.to_string())
        );
        written.push(json!({"name": name, "rows": rows, "seconds": secs, "peak_rss_mb": peak}));
    }
    let cut = book.save(&staged.path().join("summary.xlsx"))?;
    for name in cut {
        eprintln!(
            "aggregate: summary.xlsx sheet {name} holds the first {} rows (Excel's limit); {name}.csv has them all",
            aggregate::xlsx::MAX_SHEET_ROWS - 1
        );
    }
    println!(
        "aggregate: summary.xlsx ({} sheets, peak RSS {} MB)",
        sheets,
        peak_rss_mb().map_or("?".to_string(), |m| m.to_string())
    );
    staged.commit()?;

    // The tables the summaries joined, for SQL engines to join too
    // (notebooks/sql/): the gazetteer units coverage counts (the same rows,
    // from the same code) and the deadlines the timeliness summaries used.
    let reference = gongkai::fsutil::StagedDir::new(&args.output.join("reference"))?;
    let mut units = aggregate::gazetteer_units()?.collect()?;
    let mut csv = aggregate::CsvParts::create(&reference.path().join("gazetteer_units.csv"))?;
    csv.append(&mut units)?;
    csv.finish()?;
    std::fs::write(
        reference.path().join("publication_deadlines.csv"),
        inputs.deadlines.text(),
    )?;
    reference.commit()?;

    let mut charts = Vec::new();
    if !args.no_charts {
        aggregate::charts::register_font()?;
        let staged = gongkai::fsutil::StagedDir::new(&args.output.join("charts"))?;
        for p in aggregate::charts::headline_charts(&frames, staged.path())? {
            charts.push(p.file_name().map(|f| f.to_string_lossy().into_owned()));
        }
        staged.commit()?;
        println!(
            "aggregate: {} charts in {}",
            charts.len(),
            args.output.join("charts").display()
        );
    }
    let secs = t0.elapsed().as_secs_f64();
    gongkai::manifest::record_stage(
        &args.output,
        "aggregate",
        json!({
            "args": std::env::args().skip(1).collect::<Vec<_>>(),
            "summaries": written,
            "charts": charts,
            "seconds": secs,
        }),
        None,
    )?;
    println!("aggregate: done in {secs:.2}s");
    Ok(())
}
