//! End to end: the real stage binaries on a small synthetic corpus (plus a
//! few hostile files) in a temporary folder.
//!
//! Needs the binaries of the workspace built in the same profile
//! (`cargo build --release --workspace --bins`, which `make test` does first).

use polars::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin(name: &str) -> PathBuf {
    let agg = PathBuf::from(env!("CARGO_BIN_EXE_aggregate"));
    let p = agg.with_file_name(name);
    assert!(
        p.exists(),
        "{} missing: build the workspace binaries first (cargo build --workspace --bins)",
        p.display()
    );
    p
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("binary starts");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{cmd:?} failed\nstdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn pipeline(input: &Path, output: &Path) -> String {
    let mut log = run(Command::new(bin("normalize"))
        .arg("--input")
        .arg(input)
        .arg("--output")
        .arg(output));
    log += &run(Command::new(bin("write-parquet"))
        .arg("--output")
        .arg(output));
    log += &run(Command::new(env!("CARGO_BIN_EXE_aggregate"))
        .arg("--output")
        .arg(output));
    log
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn synthetic_corpus_runs_through_every_stage_and_accounts_for_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    run(Command::new(bin("synth"))
        .arg("--output")
        .arg(&input)
        .args(["--docs", "400", "--seed", "11"]));
    // Hostile files beside the generated ones.
    std::fs::create_dir_all(input.join("深层/目录 二")).unwrap();
    std::fs::write(input.join("深层/目录 二/空 文件.txt"), b"").unwrap();
    std::fs::write(input.join("图片.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(input.join("notes.md"), b"not a document").unwrap();

    let docs = files_under(&input)
        .iter()
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| gongkai::corpus::DOCUMENT_EXTENSIONS.contains(&e))
        })
        .count();
    let out = tmp.path().join("out");
    let log = pipeline(&input, &out);
    assert!(
        log.contains(&format!("documents in = {docs} = rows")),
        "{log}"
    );

    // rows + rejects = documents, from the outputs themselves.
    let rejects = std::fs::read_to_string(out.join("rejects.csv")).unwrap();
    let reject_lines: Vec<&str> = rejects.lines().skip(1).collect();
    assert!(rejects.starts_with("doc_id,path,reason_code,detail"));
    assert!(reject_lines
        .iter()
        .any(|l| l.contains("空 文件") && l.contains(",empty,")));
    assert!(reject_lines
        .iter()
        .any(|l| l.contains("图片") && l.contains(",binary,")));
    let reports = aggregate::scan_reports(&out).unwrap().collect().unwrap();
    assert_eq!(reports.height() + reject_lines.len(), docs);
    assert!(
        reports.column("year").is_ok(),
        "year comes back from the Hive path"
    );
    assert!(out.join("reports/_SUCCESS").exists());
    assert!(out.join("cells/_SUCCESS").exists());
    assert!(out.join("arrow/_SUCCESS").exists());

    // Summaries and manifest.
    let non_empty = [
        "disclosure_volume_by_year",
        "zero_application_share",
        "data_quality_by_year",
        "coverage_by_province_year",
        "publication_timeliness_by_year",
        "publication_timeliness_by_province",
        "unit_panel",
    ];
    let inputs = aggregate::Inputs::scan(&out).unwrap();
    // The summaries computed in parts are the same frames as one plan over
    // the whole dataset (unit_panel by unit_key prefix, duplicates by year).
    let whole: Vec<(&str, DataFrame)> = vec![
        (
            "unit_panel",
            aggregate::unit_panel(inputs.reports.clone())
                .unwrap()
                .collect()
                .unwrap(),
        ),
        (
            "duplicates",
            aggregate::duplicates(inputs.reports.clone())
                .collect()
                .unwrap(),
        ),
    ];
    for (name, plan) in aggregate::summaries(&inputs).unwrap() {
        let Some((_, want)) = whole.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let parts = plan.parts();
        if name == "unit_panel" {
            assert!(parts.len() > 5, "unit_panel in {} parts", parts.len());
        }
        let mut got = parts.into_iter().map(|p| p.collect().unwrap());
        let mut all = got.next().unwrap();
        for df in got {
            all.vstack_mut(&df).unwrap();
        }
        assert!(
            all.equals_missing(want),
            "{name}: parts differ from the whole"
        );
        assert!(want.height() > 0, "{name} is empty");
    }
    // The cell summaries read a year's cells a part file at a time and add
    // up per-report sums: the same frames as one pass over every cell, also
    // when files are small and a report's cells straddle two of them.
    let small = tmp.path().join("small-files");
    run(Command::new(bin("write-parquet"))
        .arg("--arrow")
        .arg(out.join("arrow"))
        .arg("--output")
        .arg(&small)
        .args(["--rows-per-file", "700", "--row-group-rows", "256"]));
    let straddling = scan_cells_by_file(&small);
    assert!(straddling > 0, "no report's cells straddle two part files");
    for dir in [&out, &small] {
        let inputs = aggregate::Inputs::scan(dir).unwrap();
        // data_quality_by_year reads the reports a year partition at a time.
        let in_memory = aggregate::Inputs {
            output: None,
            ..inputs.clone()
        };
        let got = aggregate::data_quality_by_year(&inputs)
            .unwrap()
            .collect()
            .unwrap();
        let want = aggregate::data_quality_by_year(&in_memory)
            .unwrap()
            .collect()
            .unwrap();
        assert!(want.height() > 1);
        assert!(
            got.equals_missing(&want),
            "data_quality_by_year by partition differs:\n{got}\n{want}"
        );
        let by_file = aggregate::cell_summaries(&inputs).unwrap();
        for (spec, (name, lf)) in aggregate::cell_summary_specs().iter().zip(by_file) {
            assert_eq!(spec.name, name);
            let got = lf.collect().unwrap();
            let want = spec.whole(&inputs).collect().unwrap();
            assert!(want.height() > 0, "{name} is empty");
            assert!(
                got.equals_missing(&want),
                "{name} by part file differs from one pass in {}:\n{got}\n{want}",
                dir.display()
            );
        }
    }

    for (name, _) in aggregate::summaries(&inputs).unwrap() {
        let p = out.join(format!("summary/{name}.csv"));
        let df = CsvReadOptions::default()
            .with_has_header(true)
            .try_into_reader_with_file_path(Some(p.clone()))
            .unwrap()
            .finish()
            .unwrap();
        if non_empty.contains(&name) {
            assert!(df.height() > 0, "{name} is empty");
        }
    }
    assert!(
        std::fs::metadata(out.join("summary/summary.xlsx"))
            .unwrap()
            .len()
            > 0
    );
    for chart in [
        "disclosure_volume_by_year",
        "zero_application_share",
        "application_outcomes_by_year",
        "review_litigation_by_year",
        "publication_timeliness",
    ] {
        let png = std::fs::read(out.join(format!("charts/{chart}.png"))).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{chart}.png is not a PNG");
    }
    for table in ["gazetteer_units", "publication_deadlines"] {
        let csv = std::fs::read_to_string(out.join(format!("reference/{table}.csv"))).unwrap();
        assert!(csv.lines().count() > 2, "reference/{table}.csv");
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["stages"]["normalize"]["input_files"], docs);
    for stage in ["normalize", "write_parquet", "aggregate"] {
        assert!(manifest["stages"][stage]["seconds"].is_number(), "{stage}");
    }

    // A rerun on the same input gives byte-identical datasets and summaries.
    let out2 = tmp.path().join("out2");
    pipeline(&input, &out2);
    for dir in ["reports", "summary", "charts"] {
        let a = files_under(&out.join(dir));
        let b = files_under(&out2.join(dir));
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(
                std::fs::read(x).unwrap(),
                std::fs::read(y).unwrap(),
                "{} differs between runs",
                x.display()
            );
        }
    }
    assert_eq!(
        std::fs::read(out.join("rejects.csv")).unwrap(),
        std::fs::read(out2.join("rejects.csv")).unwrap()
    );

    // Empty year folders (a copy in progress, a user's mkdir) are no
    // partitions: the summaries do not change.
    std::fs::create_dir_all(out2.join("reports/year=2099")).unwrap();
    std::fs::create_dir_all(out2.join("cells/year=2098")).unwrap();
    run(Command::new(bin("aggregate"))
        .arg("--output")
        .arg(&out2)
        .arg("--no-charts"));
    for (a, b) in files_under(&out.join("summary"))
        .iter()
        .zip(&files_under(&out2.join("summary")))
    {
        if a.extension().is_some_and(|e| e == "csv") {
            assert_eq!(
                std::fs::read(a).unwrap(),
                std::fs::read(b).unwrap(),
                "{} changed with empty year folders",
                b.display()
            );
        }
    }
}

/// The number of reports whose cells are in more than one part file of a
/// year partition of `output`'s cells dataset.
fn scan_cells_by_file(output: &Path) -> usize {
    let mut straddling = 0;
    for year in std::fs::read_dir(output.join("cells")).unwrap().flatten() {
        if !year.path().is_dir() {
            continue;
        }
        let mut seen: std::collections::HashMap<String, usize> = Default::default();
        let files = files_under(&year.path());
        assert!(
            files.len() > 1 || files.is_empty(),
            "{}",
            year.path().display()
        );
        for (i, f) in files.iter().enumerate() {
            let df = LazyFrame::scan_parquet(
                PlRefPath::from(f.to_string_lossy().as_ref()),
                ScanArgsParquet::default(),
            )
            .unwrap()
            .select([col("doc_id").unique()])
            .collect()
            .unwrap();
            for id in df.column("doc_id").unwrap().str().unwrap().iter().flatten() {
                if let Some(prev) = seen.insert(id.to_string(), i) {
                    if prev != i {
                        straddling += 1;
                    }
                }
            }
        }
    }
    straddling
}

/// An input with no readable document — an empty folder, a folder whose
/// every file is rejected — is a complete run: empty datasets with their
/// columns, every summary with its header and no report rows, exit 0.
#[test]
fn an_input_without_a_readable_document_is_a_complete_run() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let rejected = tmp.path().join("rejected");
    std::fs::create_dir_all(&rejected).unwrap();
    std::fs::write(rejected.join("scan.pdf"), b"%PDF-1.4\n").unwrap();
    std::fs::write(rejected.join("blank.html"), b"").unwrap();
    for (input, rejects) in [(&empty, 0), (&rejected, 2)] {
        let out = tmp.path().join(format!("out-{rejects}"));
        let log = pipeline(input, &out);
        assert!(log.contains("no rows"), "{log}");
        for dataset in ["reports", "cells"] {
            let df = LazyFrame::scan_parquet(
                PlRefPath::from(
                    out.join(dataset)
                        .join("**/*.parquet")
                        .to_string_lossy()
                        .as_ref(),
                ),
                ScanArgsParquet::default(),
            )
            .unwrap()
            .collect()
            .unwrap();
            assert_eq!(df.height(), 0, "{dataset}");
            assert!(df.width() > 5, "{dataset} has its columns: {df}");
        }
        let inputs = aggregate::Inputs::scan(&out).unwrap();
        for (name, _) in aggregate::summaries(&inputs).unwrap() {
            let csv = std::fs::read_to_string(out.join(format!("summary/{name}.csv"))).unwrap();
            let mut lines = csv.lines();
            assert!(
                lines.next().is_some_and(|h| h.contains(',')),
                "{name}: no header"
            );
            let rows = lines.count();
            if name == "data_quality_by_year" {
                // The row of what has no year holds the rejects.
                assert_eq!(rows, 1, "{name}\n{csv}");
                assert!(
                    csv.lines()
                        .nth(1)
                        .unwrap()
                        .starts_with(&format!(",{rejects},{rejects},")),
                    "{csv}"
                );
            } else {
                assert_eq!(rows, 0, "{name}\n{csv}");
            }
        }
    }
}
