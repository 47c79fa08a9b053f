//! Sharding: `normalize --shard i/n` for every i, written side by side, gives
//! the same rows as one unsharded run — reports, cells and rejects, row for
//! row — and every document lands in exactly one shard; `write-parquet`
//! merging the shards gives the same Parquet datasets (duplicate marks
//! included) and rejects.csv as write-parquet over the unsharded run.

use arrow::array::{AsArray, RecordBatch};
use arrow::ipc::reader::FileReader;
use arrow::util::display::{ArrayFormatter, FormatOptions};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
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
    (schema, batch_rows(reader.map(|b| b.expect("batch"))))
}

/// Every row of a Hive-partitioned Parquet dataset, the partition folder
/// first, sorted.
fn parquet_rows(dataset: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for part in std::fs::read_dir(dataset)
        .expect("dataset folder")
        .flatten()
    {
        if !part.path().is_dir() {
            continue;
        }
        let year = part.file_name().to_string_lossy().into_owned();
        for f in std::fs::read_dir(part.path()).unwrap().flatten() {
            let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(f.path()).unwrap())
                .expect("parquet file")
                .build()
                .unwrap();
            let rows = batch_rows(reader.map(|b| b.expect("row group")));
            out.extend(rows.into_iter().map(|r| format!("{year}\u{1f}{r}")));
        }
    }
    out.sort();
    out
}

fn batch_rows(batches: impl Iterator<Item = RecordBatch>) -> Vec<String> {
    let opts = FormatOptions::default().with_null("<null>");
    let mut out = Vec::new();
    for batch in batches {
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
    out
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
            "--repost-share",
            "0.1",
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

    // One write-parquet over the unsharded run, one merging the shards.
    let write = env!("CARGO_BIN_EXE_write-parquet");
    run(write, &["--output", all.to_str().unwrap()]);
    let merged = dir.path().join("merged");
    let mut args = vec!["--output".to_string(), merged.display().to_string()];
    for s in &shards {
        args.push("--arrow".into());
        args.push(s.join("arrow").display().to_string());
    }
    run(write, &args.iter().map(String::as_str).collect::<Vec<_>>());
    for ds in ["reports", "cells"] {
        let (want, got) = (parquet_rows(&all.join(ds)), parquet_rows(&merged.join(ds)));
        assert!(!want.is_empty(), "{ds}: no rows");
        assert!(got == want, "{ds}: merged shards differ from one run");
    }
    let csv_lines = |p: &Path| {
        let mut l: Vec<String> = std::fs::read_to_string(p.join("rejects.csv"))
            .unwrap()
            .lines()
            .map(String::from)
            .collect();
        l[1..].sort();
        l
    };
    assert_eq!(csv_lines(&merged), csv_lines(&all));
    assert!(csv_lines(&all).len() > 1, "no rejects to merge");

    // Some reposted report's kept copy is in another shard than the copy:
    // the marks are the merged dataset's, not each shard's.
    let shard_of = |doc: &str| {
        shards
            .iter()
            .position(|s| {
                let (_, r) = rows(&s.join("arrow").join("reports.arrow"));
                r.iter().any(|row| row.starts_with(&format!("{doc}\u{1f}")))
            })
            .unwrap()
    };
    let mut cross = 0;
    for part in std::fs::read_dir(merged.join("reports")).unwrap().flatten() {
        for f in std::fs::read_dir(part.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(f.path()).unwrap())
                .unwrap()
                .build()
                .unwrap();
            for b in reader {
                let b = b.unwrap();
                let id = b.column_by_name("doc_id").unwrap().as_string::<i32>();
                let kept = b.column_by_name("kept_doc_id").unwrap().as_string::<i32>();
                let dup = b.column_by_name("is_duplicate").unwrap().as_boolean();
                for i in 0..b.num_rows() {
                    if dup.value(i) && shard_of(id.value(i)) != shard_of(kept.value(i)) {
                        cross += 1;
                    }
                }
            }
        }
    }
    assert!(
        cross > 0,
        "no duplicate across shards: the test proves nothing"
    );
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
