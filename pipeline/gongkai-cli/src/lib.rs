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

/// A running count on stderr (for work whose size is not known ahead),
/// hidden when stderr is not a terminal.
pub fn counter(what: &str) -> ProgressBar {
    let pb = progress(0, what);
    if let Ok(style) = ProgressStyle::with_template("{prefix} {spinner} {pos} done, {per_sec}") {
        pb.set_style(style);
    }
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
/// schemas/rejects.schema.json), written a row at a time and renamed into
/// place by [`RejectsCsv::commit`].
pub struct RejectsCsv(csv::Writer<gongkai::fsutil::AtomicFile>);

impl RejectsCsv {
    pub fn create(path: &std::path::Path) -> anyhow::Result<Self> {
        let mut w = csv::Writer::from_writer(gongkai::fsutil::AtomicFile::create(path)?);
        let schema = gongkai::schema::rejects_schema();
        w.write_record(schema.fields().iter().map(|f| f.name().as_str()))?;
        Ok(RejectsCsv(w))
    }

    pub fn write<S: AsRef<[u8]>>(&mut self, row: [S; 4]) -> anyhow::Result<()> {
        Ok(self.0.write_record(row)?)
    }

    pub fn commit(self) -> anyhow::Result<()> {
        let file = self.0.into_inner().map_err(|e| e.into_error())?;
        Ok(file.commit()?)
    }
}
