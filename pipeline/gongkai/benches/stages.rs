//! Micro-benchmarks of the per-document steps of `normalize`, on synthetic
//! documents (`gongkai::synth`): decode (UTF-8, GBK), layout detection (is it
//! markup; the HTML → text render), the matching view, and the whole
//! extraction per layout (2019 / 2021 tables, narrative) × flattening
//! (pipe rows, one cell per line, HTML tables). Throughput is in input bytes.
//!
//! `cargo bench -p gongkai --bench stages` (also run by `make bench`).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gongkai::doc::Doc;
use gongkai::extract::extract;
use gongkai::record::Template;
use gongkai::synth::{generate, Flattening, SynthConfig, SynthDoc, SynthEncoding};
use std::collections::BTreeMap;

/// A few documents of every (layout, flattening, encoding) the generator makes.
fn sample() -> BTreeMap<String, Vec<SynthDoc>> {
    let cfg = SynthConfig {
        seed: 99,
        docs: 4000,
        ..SynthConfig::default()
    };
    let mut by: BTreeMap<String, Vec<SynthDoc>> = BTreeMap::new();
    for i in 0..cfg.docs {
        let d = generate(&cfg, i);
        let Some(t) = &d.truth else { continue };
        let layout = match t.template {
            Some(Template::Table2019) => "table2019",
            Some(Template::Table2021) => "table2021",
            Some(Template::Narrative) | None => "narrative",
        };
        let style = match t.style {
            Flattening::Prose => "prose",
            Flattening::CellPerLine => "cell_per_line",
            Flattening::PipeRows => "pipe_rows",
            Flattening::HtmlTable => "html_table",
        };
        let enc = match t.encoding {
            SynthEncoding::Gbk => "gbk",
            _ => "utf8",
        };
        let v = by.entry(format!("{layout}/{style}/{enc}")).or_default();
        if v.len() < 8 {
            v.push(d);
        }
    }
    by
}

fn bytes_of(docs: &[SynthDoc]) -> u64 {
    docs.iter().map(|d| d.bytes.len() as u64).sum()
}

/// Decoded text of a document and whether it is HTML (as `corpus` decides).
fn decoded(d: &SynthDoc) -> (String, bool) {
    let text = gongkai::decode::decode(&d.bytes)
        .expect("synthetic docs decode")
        .text;
    let html = d.rel_path.ends_with(".html") || gongkai::html::looks_like_html(&text);
    (text, html)
}

fn bench(c: &mut Criterion) {
    let by = sample();

    let mut g = c.benchmark_group("decode");
    for enc in ["utf8", "gbk"] {
        let docs: Vec<&SynthDoc> = by
            .iter()
            .filter(|(k, _)| k.ends_with(enc))
            .flat_map(|(_, v)| v.iter())
            .collect();
        g.throughput(Throughput::Bytes(
            docs.iter().map(|d| d.bytes.len() as u64).sum(),
        ));
        g.bench_function(enc, |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(gongkai::decode::decode(black_box(&d.bytes)).ok());
                }
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("layout");
    let all: Vec<(String, bool, usize)> = by
        .values()
        .flat_map(|v| v.iter())
        .map(|d| {
            let (t, h) = decoded(d);
            (t, h, d.bytes.len())
        })
        .collect();
    g.throughput(Throughput::Bytes(all.iter().map(|x| x.2 as u64).sum()));
    g.bench_function("looks_like_html", |b| {
        b.iter(|| {
            for (t, _, _) in &all {
                black_box(gongkai::html::looks_like_html(black_box(t)));
            }
        })
    });
    let pages: Vec<&(String, bool, usize)> = all.iter().filter(|x| x.1).collect();
    g.throughput(Throughput::Bytes(pages.iter().map(|x| x.2 as u64).sum()));
    g.bench_function("html_render", |b| {
        b.iter(|| {
            for (t, _, _) in &pages {
                black_box(gongkai::html::render(black_box(t)));
            }
        })
    });
    let texts: Vec<String> = all
        .iter()
        .map(|(t, h, _)| {
            if *h {
                gongkai::html::render(t).text
            } else {
                t.clone()
            }
        })
        .collect();
    g.throughput(Throughput::Bytes(
        texts.iter().map(|t| t.len() as u64).sum(),
    ));
    g.bench_function("norm_text", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(gongkai::text::NormText::new(black_box(t)));
            }
        })
    });
    g.finish();

    // Extraction proper (meta, region, tables, narrative) on the rendered text.
    let mut g = c.benchmark_group("extract");
    for (key, docs) in &by {
        if key.ends_with("/gbk") {
            continue; // same text as utf8 once decoded
        }
        let prepared: Vec<Doc> = docs
            .iter()
            .map(|d| {
                let (t, h) = decoded(d);
                let text = if h { gongkai::html::render(&t).text } else { t };
                Doc::new(d.rel_path.clone(), text, None)
            })
            .collect();
        g.throughput(Throughput::Bytes(bytes_of(docs)));
        let name = key.trim_end_matches("/utf8");
        g.bench_with_input(BenchmarkId::from_parameter(name), &prepared, |b, p| {
            b.iter(|| {
                for d in p {
                    black_box(extract(black_box(d)));
                }
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
