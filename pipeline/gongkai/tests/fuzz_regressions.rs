//! Every input under `tests/fuzz_regressions/` (crashes and hangs found by
//! `make fuzz` or the hostile-corpus test) goes through the whole
//! per-document path again: decode → HTML or text → extract, as an `.html`
//! page, as a `.txt` file and as a `.pdf` (a file with a `%PDF-` header
//! takes the PDF path under any name). A panic or a slow document fails the test.

use gongkai::corpus::{process_bytes, InputFile};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Generous for a debug build; the hangs these inputs caught took minutes.
const LIMIT: Duration = Duration::from_secs(30);

#[test]
fn every_fuzz_regression_input_decodes_and_extracts_without_panicking() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no inputs in {}", dir.display());
    for path in &inputs {
        let bytes = std::fs::read(path).unwrap();
        for ext in ["html", "txt", "pdf"] {
            let file = InputFile::at(&format!("regression.{ext}"), bytes.len() as u64);
            let t0 = Instant::now();
            let out = std::panic::catch_unwind(|| process_bytes(&file, &bytes, None));
            assert!(out.is_ok(), "{} as .{ext}: panicked", path.display());
            assert!(
                t0.elapsed() < LIMIT,
                "{} as .{ext}: took {:?}",
                path.display(),
                t0.elapsed()
            );
        }
    }
}
