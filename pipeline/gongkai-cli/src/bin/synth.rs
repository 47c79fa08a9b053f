//! synth: write a deterministic synthetic corpus (the default input and the
//! benchmark corpus), with its crawler manifest `urls.csv` and the truth of
//! every document as `gold.jsonl` in GOLD_FORMAT, so `eval` can score it.

use anyhow::{Context, Result};
use clap::Parser;
use gongkai::synth::{self, SynthConfig, SynthDoc};
use gongkai_cli::progress;
use rayon::prelude::*;
use serde_json::{json, Value};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(version, about = "Generate a synthetic corpus of report pages")]
struct Args {
    /// Folder to write (created; existing files with the same names are replaced).
    #[arg(long)]
    output: PathBuf,
    /// Number of documents.
    #[arg(long, default_value_t = 3000)]
    docs: usize,
    #[arg(long, default_value_t = 2024)]
    seed: u64,
    /// Share of GBK-encoded files.
    #[arg(long, default_value_t = 0.05)]
    gbk_share: f64,
    /// Share of junk files (empty, binary, non-reports).
    #[arg(long, default_value_t = 0.01)]
    junk_share: f64,
    /// Share of table reports with an injected arithmetic error.
    #[arg(long, default_value_t = 0.03)]
    error_share: f64,
    /// Share of documents that copy an earlier report byte for byte (another
    /// site reposting it): duplicates for the reports dataset to mark.
    #[arg(long, default_value_t = 0.02)]
    repost_share: f64,
    /// Share of HTML-table reports written as Word documents (.docx).
    #[arg(long, default_value_t = 0.03)]
    docx_share: f64,
    /// Share of HTML-table reports printed to PDF (.pdf).
    #[arg(long, default_value_t = 0.03)]
    pdf_share: f64,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let t0 = Instant::now();
    let cfg = SynthConfig {
        seed: args.seed,
        docs: args.docs,
        gbk_share: args.gbk_share,
        junk_share: args.junk_share,
        error_share: args.error_share,
        repost_share: args.repost_share,
        docx_share: args.docx_share,
        pdf_share: args.pdf_share,
    };
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("creating {}", args.output.display()))?;
    let mut urls = BufWriter::new(std::fs::File::create(args.output.join("urls.csv"))?);
    let mut gold = BufWriter::new(std::fs::File::create(args.output.join("gold.jsonl"))?);
    writeln!(urls, "path,url")?;
    let pb = progress(args.docs as u64, "synth");
    let mut bytes = 0u64;
    const CHUNK: usize = 4096;
    for start in (0..args.docs).step_by(CHUNK) {
        let end = (start + CHUNK).min(args.docs);
        let docs: Vec<SynthDoc> = (start..end)
            .into_par_iter()
            .map(|i| synth::generate(&cfg, i))
            .collect();
        docs.par_iter().try_for_each(|d| -> Result<()> {
            let p = args.output.join(&d.rel_path);
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&p, &d.bytes).with_context(|| format!("writing {}", p.display()))?;
            Ok(())
        })?;
        for d in &docs {
            bytes += d.bytes.len() as u64;
            let doc_id = gongkai::corpus::doc_id_of(&d.rel_path);
            if let Some(t) = &d.truth {
                writeln!(urls, "{},{}", d.rel_path, t.url)?;
                writeln!(gold, "{}", gold_line(&doc_id, t))?;
            }
        }
        pb.inc((end - start) as u64);
    }
    urls.flush()?;
    gold.flush()?;
    pb.finish_and_clear();
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "synth: {} docs, {:.1} MB in {secs:.2}s into {}",
        args.docs,
        bytes as f64 / 1e6,
        args.output.display()
    );
    Ok(())
}

/// The truth of one document as a GOLD_FORMAT line.
fn gold_line(doc_id: &str, t: &synth::Truth) -> Value {
    let h = &t.headline;
    json!({
        "doc_id": doc_id,
        "url": t.url,
        "is_annual_report": t.is_annual_report,
        "year": t.year,
        "unit_name": t.unit_name,
        "level": t.level.map(|l| l.as_str()),
        "province": t.province,
        "prefecture": t.prefecture,
        "county": t.county,
        "township": t.township,
        "publish_date": t.publish_date,
        "template": t.template.map(|x| x.as_str()),
        "proactive_total": h.proactive_total,
        "apps_new": h.apps_new,
        "apps_carried_over": h.apps_carried_over,
        "apps_granted": h.apps_granted,
        "apps_partial": h.apps_partial,
        "apps_total_handled": h.apps_total_handled,
        "apps_carried_next": h.apps_carried_next,
        "apps_natural_person_new": h.apps_natural_person_new,
        "review_total": h.review_total,
        "litigation_total": h.litigation_total,
        "fees_collected": h.fees_collected,
        "notes": "synthetic",
    })
}
