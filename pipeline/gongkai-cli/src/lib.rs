//! Shared plumbing of the stage binaries (progress bars, manifest identity).
//! Every capability lives in the `gongkai` library; this is only wiring.

pub mod partitioned;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Git commit gongkai was built from ("unknown" outside a checkout).
pub const GIT_COMMIT: &str = env!("GONGKAI_GIT_COMMIT");

/// A progress bar on stderr, hidden when stderr is not a terminal (CI, make).
pub fn progress(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    if std::io::stderr().is_terminal() {
        pb.set_draw_target(ProgressDrawTarget::stderr());
        if let Ok(style) =
            ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} {per_sec} eta {eta}")
        {
            pb.set_style(style.progress_chars("=> "));
        }
    } else {
        pb.set_draw_target(ProgressDrawTarget::hidden());
    }
    pb.set_prefix(what.to_string());
    pb
}

/// Throughput line printed by every stage.
pub fn throughput(stage: &str, docs: usize, bytes: u64, secs: f64) -> String {
    let secs = secs.max(1e-9);
    format!(
        "{stage}: {docs} docs, {:.1} MB in {secs:.2}s = {:.0} docs/s, {:.1} MB/s",
        bytes as f64 / 1e6,
        docs as f64 / secs,
        bytes as f64 / 1e6 / secs
    )
}

/// `OUTPUT/rejects.csv` (doc_id, path, reason_code, detail — the columns of
/// schemas/rejects.schema.json) as bytes, for [`gongkai::fsutil::write_atomic`].
pub fn rejects_csv<S: AsRef<str>>(
    rows: impl IntoIterator<Item = [S; 4]>,
) -> anyhow::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let schema = gongkai::schema::rejects_schema();
    w.write_record(schema.fields().iter().map(|f| f.name().as_str()))?;
    for r in rows {
        w.write_record(r.iter().map(|s| s.as_ref()))?;
    }
    Ok(w.into_inner()?)
}
