//! Time each step of extraction over a folder of pages held in memory
//! (no file reads in the figures): `cargo run --release -p gongkai
//! --example stage_times -- DIR [ROUNDS]`. Prints, per step, the total time
//! and the time per document. A profiling aid, not a stage.

use gongkai::doc::Doc;
use std::time::{Duration, Instant};

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "html" | "htm")
        ) {
            out.push(p);
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: stage_times DIR [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let mut paths = Vec::new();
    files(std::path::Path::new(&dir), &mut paths);
    let raw: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = raw.iter().map(Vec::len).sum();
    let mut t = [Duration::ZERO; 8];
    let names = [
        "decode",
        "render",
        "Doc::new",
        "meta",
        "region",
        "tables",
        "narrative",
        "extract",
    ];
    // Warm the lazily built automata and tables first (the gazetteer, the
    // grammar, every regex a page reaches): one extraction of every page.
    for b in &raw {
        if let Ok(d) = gongkai::decode::decode(b) {
            let _ = gongkai::extract::extract(&Doc::new("w", d.text, None));
        }
    }
    for _ in 0..rounds {
        for b in &raw {
            let t0 = Instant::now();
            let Ok(d) = gongkai::decode::decode(b) else {
                continue;
            };
            let t1 = Instant::now();
            let text = if gongkai::html::looks_like_html(&d.text) {
                gongkai::html::render(&d.text).text
            } else {
                d.text
            };
            let t2 = Instant::now();
            let doc = Doc::new("d", text, None);
            let t3 = Instant::now();
            let meta = gongkai::meta::extract_meta(&doc);
            let t4 = Instant::now();
            let _ = std::hint::black_box(gongkai::region::resolve(&doc, &meta));
            let t5 = Instant::now();
            let tables = gongkai::tables::extract_tables(&doc);
            let t6 = Instant::now();
            let _ = std::hint::black_box(gongkai::narrative::extract_narrative_for(
                &doc,
                tables.template,
                &tables.headline,
                gongkai::narrative::Speaker {
                    level: meta.level,
                    name: meta.unit_name.as_deref(),
                    year: meta.year,
                },
            ));
            let t7 = Instant::now();
            let _ = std::hint::black_box(gongkai::extract::extract(&doc));
            let t8 = Instant::now();
            for (i, (a, b)) in [t0, t1, t2, t3, t4, t5, t6, t7]
                .iter()
                .zip([t1, t2, t3, t4, t5, t6, t7, t8])
                .enumerate()
            {
                t[i] += b.duration_since(*a);
            }
        }
    }
    let n = (raw.len() * rounds) as f64;
    println!(
        "{} documents, {:.1} MB, {rounds} round(s)",
        raw.len(),
        bytes as f64 / 1e6
    );
    for (name, d) in names.iter().zip(t) {
        println!(
            "{name:10} {:8.3} s {:8.2} us/doc",
            d.as_secs_f64(),
            d.as_secs_f64() * 1e6 / n
        );
    }
}
