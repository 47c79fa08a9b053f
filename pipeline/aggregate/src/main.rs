//! aggregate: OUTPUT/reports (Parquet) → OUTPUT/summary/*.csv
//!
//! The only stage that uses polars. Definitions of each summary are in the
//! library (`aggregate::summaries`) and in README.

use anyhow::{Context, Result};
use clap::Parser;
use serde_json::json;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(version, about = "Compute the CSV summaries over the reports dataset")]
struct Args {
    /// Output folder of a run (reads OUTPUT/reports, writes OUTPUT/summary).
    #[arg(long)]
    output: PathBuf,
    /// Print each query plan before running it.
    #[arg(long)]
    explain: bool,
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
    let staged = gongkai::fsutil::StagedDir::new(&args.output.join("summary"))?;
    let reports = aggregate::scan_reports(&args.output).context("scanning the reports dataset")?;
    let mut written = Vec::new();
    for (name, plan) in aggregate::summaries(reports)? {
        if args.explain {
            println!("-- {name}\n{}", plan.explain(true)?);
        }
        let mut df = plan
            .collect()
            .with_context(|| format!("computing {name}"))?;
        aggregate::write_csv(&mut df, &staged.path().join(format!("{name}.csv")))?;
        println!("aggregate: {name}.csv ({} rows)", df.height());
        written.push(json!({"name": name, "rows": df.height()}));
    }
    staged.commit()?;
    let secs = t0.elapsed().as_secs_f64();
    gongkai::manifest::record_stage(
        &args.output,
        "aggregate",
        json!({
            "args": std::env::args().skip(1).collect::<Vec<_>>(),
            "summaries": written,
            "seconds": secs,
        }),
        None,
    )?;
    println!("aggregate: done in {secs:.2}s");
    Ok(())
}
