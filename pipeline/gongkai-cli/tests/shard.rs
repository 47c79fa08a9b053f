//! Sharding: `normalize --shard i/n` for every i, written side by side, gives
//! the same rows as one unsharded run — reports, cells and rejects, row for
//! row — and every document lands in exactly one shard.

use arrow::ipc::reader::FileReader;
use arrow::util::display::{ArrayFormatter, FormatOptions};
use std::fs::File;
use std::path::Path;
use std::process::Command;

fn run(bin: &str, args: &[&str]) {
    let out = Command::new(bin).args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{bin} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every row of an Arrow IPC file as one string (columns joined), sorted.
fn rows(path: &Path) -> (arrow::datatypes::SchemaRef, Vec<String>) {
    let reader = FileReader::try_new(File::open(path).expect("opens"), None).expect("ipc file");
    let schema = reader.schema();
    let opts = FormatOptions::default().with_null("<null>");
    let mut out = Vec::new();
    for batch in reader {
        let batch = batch.expect("batch");
        let fmts: Vec<ArrayFormatter> = batch
            .columns()
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &opts).expect("formatter"))
            .collect();
        for r in 0..batch.num_rows() {
            let cols: Vec<String> = fmts.iter().map(|f| f.value(r).to_string()).collect();
            out.push(cols.join("\u{1f}"));
        }
    }
    out.sort();
    (schema, out)
}

#[test]
fn shards_side_by_side_equal_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let c = corpus.to_str().unwrap();
    // Junk share raised so rejects are split across shards too.
    run(
        env!("CARGO_BIN_EXE_synth"),
        &[
            "--output",
            c,
            "--docs",
            "240",
            "--seed",
            "11",
            "--junk-share",
            "0.05",
        ],
    );
    let normalize = env!("CARGO_BIN_EXE_normalize");
    let all = dir.path().join("all");
    run(
        normalize,
        &[
            "--input",
            c,
            "--output",
            all.to_str().unwrap(),
            "--batch",
            "37",
        ],
    );
    let n = 3;
    let shards: Vec<_> = (0..n)
        .map(|i| {
            let out = dir.path().join(format!("shard-{i}"));
            let shard = format!("{i}/{n}");
            run(
                normalize,
                &[
                    "--input",
                    c,
                    "--output",
                    out.to_str().unwrap(),
                    "--shard",
                    &shard,
                ],
            );
            out
        })
        .collect();

    for file in ["reports.arrow", "cells.arrow", "rejects.arrow"] {
        let (schema, want) = rows(&all.join("arrow").join(file));
        let mut got = Vec::new();
        for s in &shards {
            let (sch, r) = rows(&s.join("arrow").join(file));
            assert_eq!(sch, schema, "{file}: shard schema differs");
            assert!(
                !r.is_empty() || file != "reports.arrow",
                "{}: an empty shard proves nothing",
                s.display()
            );
            got.extend(r);
        }
        got.sort();
        assert!(!want.is_empty(), "{file}: no rows at all");
        assert_eq!(got.len(), want.len(), "{file}: row counts differ");
        assert!(
            got == want,
            "{file}: rows differ between shards and one run"
        );
    }
}

#[test]
fn bad_shard_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_normalize"))
        .args(["--input", dir.path().to_str().unwrap(), "--output"])
        .arg(dir.path().join("o"))
        .args(["--shard", "3/3"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}
