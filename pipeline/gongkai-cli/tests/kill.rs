//! A run killed with SIGKILL part-way leaves either no output or the
//! previous complete output (with `_SUCCESS`, byte for byte), never a
//! half-written one; the next run completes. For `normalize` (OUTPUT/arrow)
//! and `write-parquet` (OUTPUT/reports).

use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Large enough that each stage runs for a few seconds in this profile.
const DOCS: usize = if cfg!(debug_assertions) {
    1_000
} else {
    20_000
};

/// Every file under `dir` (relative path → bytes).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn go(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                go(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    go(dir, dir, &mut out);
    out
}

fn run(cmd: &mut Command) {
    let t0 = Instant::now();
    let out = cmd.output().unwrap();
    eprintln!("{:.1}s {cmd:?}", t0.elapsed().as_secs_f64());
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn normalize(input: &Path, output: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_normalize"));
    c.arg("--input")
        .arg(input)
        .arg("--output")
        .arg(output)
        // Small batches: the staged file grows batch by batch.
        .args(["--batch", "256"]);
    c
}

fn write_parquet(output: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_write-parquet"));
    c.arg("--output")
        .arg(output)
        // Smaller row groups than the default: more writes to interrupt.
        .args(["--row-group-rows", "1024"]);
    c
}

/// The staging folder of process `pid` for `dest` (see
/// `gongkai::fsutil::StagedDir`).
fn staging(dest: &Path, pid: u32) -> PathBuf {
    let name = dest.file_name().unwrap().to_string_lossy();
    dest.with_file_name(format!(".{name}.tmp-{pid}"))
}

/// Start `cmd`, wait until `ready(pid)` says the stage is writing, then
/// SIGKILL it. Panics if the stage finished first.
fn kill_mid_run(cmd: &mut Command, ready: impl Fn(u32) -> bool) {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            panic!("{cmd:?} finished ({st:?}) before it could be killed: raise DOCS");
        }
        if ready(child.id()) {
            break;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(600),
            "stage never started writing"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    // Child::kill is SIGKILL on Unix: no destructors, no cleanup.
    child.kill().unwrap();
    let st = child.wait().unwrap();
    assert_eq!(
        st.signal(),
        Some(9),
        "killed by SIGKILL, not finished: {st:?}"
    );
}

/// `dest` is absent, or exactly `before` (a complete output with `_SUCCESS`).
fn absent_or_previous(dest: &Path, before: Option<&BTreeMap<PathBuf, Vec<u8>>>) {
    if !dest.exists() {
        return;
    }
    let now = snapshot(dest);
    let before = before.unwrap_or_else(|| {
        panic!(
            "{} appeared from a killed run: {:?}",
            dest.display(),
            now.keys().collect::<Vec<_>>()
        )
    });
    assert!(now.contains_key(Path::new("_SUCCESS")));
    assert_eq!(
        now.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "{}: files changed by a killed run",
        dest.display()
    );
    assert!(
        now == *before,
        "{}: bytes changed by a killed run",
        dest.display()
    );
}

fn file_size_over(p: PathBuf, bytes: u64) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.len() > bytes)
}

#[test]
fn a_killed_stage_leaves_the_previous_output_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input");
    run(Command::new(env!("CARGO_BIN_EXE_synth"))
        .arg("--output")
        .arg(&input)
        .args(["--docs", &DOCS.to_string(), "--seed", "7"]));

    // A complete output to protect.
    let out = dir.path().join("out");
    let arrow = out.join("arrow");
    run(&mut normalize(&input, &out));
    run(&mut write_parquet(&out));
    let arrow_before = snapshot(&arrow);
    let csv_before = std::fs::read(out.join("rejects.csv")).unwrap();
    assert!(arrow_before.contains_key(Path::new("_SUCCESS")));
    // write-parquet's datasets: reports, and any other it writes (cells).
    let datasets: Vec<String> = ["reports", "cells"]
        .into_iter()
        .filter(|d| out.join(d).join("_SUCCESS").exists())
        .map(String::from)
        .collect();
    assert!(datasets.contains(&"reports".to_string()));
    let parquet_before: BTreeMap<String, _> = datasets
        .iter()
        .map(|d| (d.clone(), snapshot(&out.join(d))))
        .collect();

    // normalize killed after it has written some batches.
    kill_mid_run(&mut normalize(&input, &out), |pid| {
        file_size_over(staging(&arrow, pid).join("reports.arrow"), 4096)
    });
    absent_or_previous(&arrow, Some(&arrow_before));
    assert_eq!(std::fs::read(out.join("rejects.csv")).unwrap(), csv_before);

    // write-parquet killed once it has started a partition of any dataset.
    kill_mid_run(&mut write_parquet(&out), |pid| {
        datasets.iter().any(|d| {
            std::fs::read_dir(staging(&out.join(d), pid)).is_ok_and(|rd| {
                rd.flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with("year="))
            })
        })
    });
    for d in &datasets {
        absent_or_previous(&out.join(d), Some(&parquet_before[d]));
    }

    // Killed with no previous output: nothing appears.
    let fresh = dir.path().join("fresh");
    kill_mid_run(&mut normalize(&input, &fresh), |pid| {
        file_size_over(
            staging(&fresh.join("arrow"), pid).join("reports.arrow"),
            4096,
        )
    });
    absent_or_previous(&fresh.join("arrow"), None);
    assert!(!fresh.join("rejects.csv").exists());

    // Reruns complete, clean up the killed runs' staging folders and give
    // the same bytes as the uninterrupted run.
    run(&mut normalize(&input, &out));
    assert!(snapshot(&arrow) == arrow_before, "rerun differs");
    assert_eq!(std::fs::read(out.join("rejects.csv")).unwrap(), csv_before);
    run(&mut normalize(&input, &fresh));
    assert!(
        snapshot(&fresh.join("arrow")) == arrow_before,
        "fresh run differs"
    );

    let first = &datasets[0];
    kill_mid_run(&mut write_parquet(&fresh), |pid| {
        staging(&fresh.join(first), pid).exists()
    });
    absent_or_previous(&fresh.join(first), None);
    run(&mut write_parquet(&fresh));
    run(&mut write_parquet(&out));
    for d in &datasets {
        assert!(
            snapshot(&fresh.join(d)) == parquet_before[d],
            "{d}: fresh run differs"
        );
        assert!(
            snapshot(&out.join(d)) == parquet_before[d],
            "{d}: rerun differs"
        );
    }

    // normalize cleaned every stale staging folder it found (write-parquet's
    // from its killed run included).
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-") || n.contains(".old-"))
        .collect();
    assert!(leftovers.is_empty(), "stale staging left: {leftovers:?}");
}
