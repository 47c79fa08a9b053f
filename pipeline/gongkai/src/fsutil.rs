//! Output that is either complete or absent.
//!
//! A stage writes into a temporary sibling folder and renames it into place
//! when it has finished, then writes a `_SUCCESS` marker (as Spark/Hadoop
//! writers do). A killed run leaves the previous complete output, or none.

use std::path::{Path, PathBuf};

/// Name of the marker written into a completed output folder.
pub const SUCCESS: &str = "_SUCCESS";

/// A folder being written; `commit` moves it into place.
pub struct StagedDir {
    tmp: PathBuf,
    dest: PathBuf,
}

impl StagedDir {
    /// Start writing `dest` (its parent must exist or be creatable).
    pub fn new(dest: &Path) -> std::io::Result<Self> {
        let parent = dest.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)?;
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp)?;
        }
        std::fs::create_dir_all(&tmp)?;
        Ok(StagedDir {
            tmp,
            dest: dest.to_path_buf(),
        })
    }

    /// The folder to write into.
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// Mark complete and move into place, replacing an older output.
    pub fn commit(self) -> std::io::Result<()> {
        std::fs::write(self.tmp.join(SUCCESS), b"")?;
        let old = self.dest.with_file_name(format!(
            ".{}.old-{}",
            self.dest
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        if self.dest.exists() {
            std::fs::rename(&self.dest, &old)?;
        }
        std::fs::rename(&self.tmp, &self.dest)?;
        if old.exists() {
            std::fs::remove_dir_all(&old)?;
        }
        Ok(())
    }
}

/// A file written through a hidden temporary sibling (`.name.tmp-PID`, which
/// [`clean_stale`] removes after a kill) and renamed into place by
/// [`AtomicFile::commit`]: readers see the previous file or the whole new one.
pub struct AtomicFile {
    tmp: PathBuf,
    dest: PathBuf,
    file: std::io::BufWriter<std::fs::File>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> std::io::Result<Self> {
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
        let file = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        Ok(AtomicFile {
            tmp,
            dest: path.to_path_buf(),
            file,
        })
    }

    /// Flush and rename into place.
    pub fn commit(self) -> std::io::Result<()> {
        drop(self.file.into_inner().map_err(|e| e.into_error())?);
        std::fs::rename(&self.tmp, &self.dest)
    }
}

impl std::io::Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Write a file via a temporary sibling and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = AtomicFile::create(path)?;
    std::io::Write::write_all(&mut f, bytes)?;
    f.commit()
}

/// Tidy up after killed runs under `dir`: remove unfinished temporary
/// folders and files, and put back a previous output that a run killed
/// between the two renames of [`StagedDir::commit`] left aside.
pub fn clean_stale(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        let Some(hidden) = n.strip_prefix('.') else {
            continue;
        };
        if let Some((name, _pid)) = hidden.rsplit_once(".old-") {
            let dest = dir.join(name);
            if !name.is_empty() && !dest.exists() && e.path().join(SUCCESS).exists() {
                let _ = std::fs::rename(e.path(), &dest);
                continue;
            }
        }
        if hidden.contains(".tmp-") || hidden.contains(".old-") {
            let p = e.path();
            let _ = if p.is_dir() {
                std::fs::remove_dir_all(&p)
            } else {
                std::fs::remove_file(&p)
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_dir_replaces_old_output_only_on_commit() {
        let d = tempfile::tempdir().unwrap();
        let dest = d.path().join("arrow");
        std::fs::create_dir_all(&dest).unwrap();
        std::fs::write(dest.join("old"), "1").unwrap();
        let s = StagedDir::new(&dest).unwrap();
        std::fs::write(s.path().join("new"), "2").unwrap();
        assert!(dest.join("old").exists(), "old output stays until commit");
        s.commit().unwrap();
        assert!(dest.join("new").exists());
        assert!(dest.join(SUCCESS).exists());
        assert!(!dest.join("old").exists());
    }

    #[test]
    fn clean_stale_restores_an_output_left_aside_and_drops_temporaries() {
        let d = tempfile::tempdir().unwrap();
        // Killed between `dest → .old` and `.tmp → dest`.
        let old = d.path().join(".arrow.old-42");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join(SUCCESS), b"").unwrap();
        std::fs::create_dir_all(d.path().join(".arrow.tmp-42")).unwrap();
        std::fs::write(d.path().join(".rejects.csv.tmp-42"), "x").unwrap();
        clean_stale(d.path());
        assert!(d.path().join("arrow").join(SUCCESS).exists());
        let left: Vec<_> = std::fs::read_dir(d.path()).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "{left:?}");
    }
}
