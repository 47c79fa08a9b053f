//! The input folder: which files are documents, their ids, their urls, and
//! turning one file into a record or a reject.

use crate::decode::{decode, RejectReason};
use crate::extract::{extract, Doc, Extraction};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions read as documents; anything else under INPUT is ignored
/// (and counted as ignored in the manifest).
pub const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// Default limit above which a file is rejected as `too_large`.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// One document file found under INPUT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// Path relative to INPUT, `/`-separated.
    pub rel_path: String,
    /// `rel_path` without its extension.
    pub doc_id: String,
    /// Lower-case extension.
    pub ext: String,
    /// Size in bytes when the folder was walked.
    pub size: u64,
}

/// Result of walking INPUT.
#[derive(Debug, Default)]
pub struct Walk {
    /// Documents, sorted by `rel_path` (deterministic order).
    pub files: Vec<InputFile>,
    /// Files that are not documents (other extensions, `urls.csv`).
    pub ignored: usize,
    /// Entries the walk could not enter (symlink loops, permissions).
    pub walk_errors: Vec<String>,
}

/// Walk INPUT (following symlinks). Every entry whose name has a document
/// extension is a document, even when it cannot be read: a dangling symlink,
/// a symlink loop, a FIFO or a file that vanished between listing and stat
/// is kept here and becomes an `unreadable` reject, so every document name
/// seen is accounted for. Folders the walk cannot enter go to `walk_errors`.
pub fn walk(root: &Path) -> Walk {
    let mut w = Walk::default();
    for entry in walkdir::WalkDir::new(root).follow_links(true) {
        let (path, is_dir, size) = match &entry {
            Ok(e) => (
                e.path(),
                e.file_type().is_dir(),
                e.metadata().map(|m| m.len()).unwrap_or(0),
            ),
            Err(e) => match e.path() {
                // An entry that could not be followed (dangling symlink,
                // loop, vanished): a document if its name says so.
                Some(p) if e.loop_ancestor().is_none() && has_document_extension(p) => {
                    (p, false, 0)
                }
                _ => {
                    w.walk_errors.push(e.to_string());
                    continue;
                }
            },
        };
        if is_dir {
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let rel_path = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if !has_document_extension(path) {
            w.ignored += 1;
            continue;
        }
        let ext = document_extension(path);
        let doc_id = rel_path[..rel_path.len() - ext.len() - 1].to_string();
        w.files.push(InputFile {
            path: path.to_path_buf(),
            rel_path,
            doc_id,
            ext,
            size,
        });
    }
    w.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    w
}

/// Lower-case extension of `path` (empty when it has none).
fn document_extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn has_document_extension(path: &Path) -> bool {
    DOCUMENT_EXTENSIONS.contains(&document_extension(path).as_str())
}

/// The crawler manifest `urls.csv` at the root of INPUT (columns `path,url`),
/// keyed by relative path. Missing file → empty map.
pub fn load_urls(root: &Path) -> Result<HashMap<String, String>, String> {
    let p = root.join("urls.csv");
    if !p.exists() {
        return Ok(HashMap::new());
    }
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&p)
        .map_err(|e| format!("{}: {e}", p.display()))?;
    let headers = rdr.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().trim_start_matches('\u{feff}') == name)
    };
    let (Some(pi), Some(ui)) = (col("path"), col("url")) else {
        return Err(format!("{}: needs columns path,url", p.display()));
    };
    let mut m = HashMap::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| format!("{}: {e}", p.display()))?;
        if let (Some(path), Some(url)) = (rec.get(pi), rec.get(ui)) {
            let url = url.trim();
            if !url.is_empty() {
                m.insert(
                    path.trim().trim_start_matches("./").to_string(),
                    url.to_string(),
                );
            }
        }
    }
    Ok(m)
}

/// A document that did not become a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Reject {
    pub doc_id: String,
    pub path: String,
    pub reason: RejectReason,
    pub detail: String,
}

/// What one input file became.
#[derive(Debug, Clone)]
pub enum Outcome {
    Row(Box<Extraction>),
    Rejected(Reject),
}

/// Read, decode and extract one file. Never panics: a panic inside
/// extraction (a bug) becomes a reject with reason `internal_error`.
pub fn process_file(file: &InputFile, url: Option<&str>, max_bytes: u64) -> Outcome {
    process_file_with(file, url, max_bytes, process_bytes)
}

/// [`process_file`] with the decode-and-extract step as a parameter, so tests
/// can show what happens when that step panics.
pub fn process_file_with<F>(file: &InputFile, url: Option<&str>, max_bytes: u64, step: F) -> Outcome
where
    F: FnOnce(&InputFile, &[u8], Option<&str>) -> Result<Extraction, crate::decode::DecodeError>,
{
    let rej = |reason, detail: String| {
        Outcome::Rejected(Reject {
            doc_id: file.doc_id.clone(),
            path: file.rel_path.clone(),
            reason,
            detail,
        })
    };
    let meta = match std::fs::metadata(&file.path) {
        Ok(m) => m,
        Err(e) => return rej(RejectReason::Unreadable, e.to_string()),
    };
    // A FIFO or device named like a page: reading could block or never end.
    if !meta.is_file() {
        return rej(RejectReason::Unreadable, "not a regular file".into());
    }
    let size = meta.len();
    if size > max_bytes {
        return rej(
            RejectReason::TooLarge,
            format!("{size} bytes > limit {max_bytes}"),
        );
    }
    // Read at most one byte past the limit: a file that grew since the stat
    // is still rejected without reading all of it.
    let mut bytes = Vec::with_capacity(size as usize);
    let read = std::fs::File::open(&file.path)
        .and_then(|f| f.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes));
    if let Err(e) = read {
        return rej(RejectReason::Unreadable, e.to_string());
    }
    if bytes.len() as u64 > max_bytes {
        return rej(
            RejectReason::TooLarge,
            format!("over {max_bytes} bytes (grew while reading)"),
        );
    }
    // The closure only reads its inputs; a panic leaves nothing half-updated.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| step(file, &bytes, url)));
    match result {
        Ok(Ok(x)) => Outcome::Row(Box::new(x)),
        Ok(Err(e)) => rej(e.reason, e.detail),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            rej(
                RejectReason::InternalError,
                format!("extractor panicked: {msg}"),
            )
        }
    }
}

/// Decode and extract bytes already read (identity fields included).
pub fn process_bytes(
    file: &InputFile,
    bytes: &[u8],
    url: Option<&str>,
) -> Result<Extraction, crate::decode::DecodeError> {
    let decoded = decode(bytes)?;
    let is_html = file.ext != "txt" || crate::html::looks_like_html(&decoded.text);
    let (text, html_title) = if is_html {
        let page = crate::html::render(&decoded.text);
        (page.text, page.title)
    } else {
        (decoded.text, None)
    };
    if text.trim().is_empty() {
        return Err(crate::decode::DecodeError {
            reason: RejectReason::Empty,
            detail: "no text after removing markup".into(),
        });
    }
    let mut doc = Doc::new(file.doc_id.clone(), text, url.map(str::to_string));
    doc.html_title = html_title;
    let mut x = extract(&doc);
    let r = &mut x.report;
    r.source_path = file.rel_path.clone();
    r.source_sha256 = hex::encode(Sha256::digest(bytes));
    r.source_bytes = bytes.len() as u64;
    r.encoding = decoded.encoding.to_string();
    if decoded.replacements > 0 {
        r.flag("decode_replacements");
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_is_sorted_ids_drop_extension_and_other_files_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
        std::fs::write(dir.path().join("b/c/报告 一.html"), "<p>x</p>").unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        std::fs::write(
            dir.path().join("urls.csv"),
            "path,url\na.txt,http://x.gov.cn/1\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("img.png"), "x").unwrap();
        let w = walk(dir.path());
        let ids: Vec<_> = w.files.iter().map(|f| f.doc_id.as_str()).collect();
        assert_eq!(ids, vec!["a", "b/c/报告 一"]);
        assert_eq!(w.ignored, 2);
        let urls = load_urls(dir.path()).unwrap();
        assert_eq!(
            urls.get("a.txt").map(String::as_str),
            Some("http://x.gov.cn/1")
        );
    }

    #[test]
    fn empty_file_is_a_reject_not_a_row() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("e.txt"), "").unwrap();
        let w = walk(dir.path());
        match process_file(&w.files[0], None, DEFAULT_MAX_BYTES) {
            Outcome::Rejected(r) => assert_eq!(r.reason, RejectReason::Empty),
            Outcome::Row(_) => panic!("empty file became a row"),
        }
    }

    #[test]
    fn too_large_is_rejected_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("big.txt"), "年度报告".repeat(100)).unwrap();
        let w = walk(dir.path());
        match process_file(&w.files[0], None, 10) {
            Outcome::Rejected(r) => assert_eq!(r.reason, RejectReason::TooLarge),
            Outcome::Row(_) => panic!("over-limit file became a row"),
        }
    }

    #[test]
    fn a_panic_while_extracting_is_an_internal_error_reject() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("p.txt"), "2020年政府信息公开工作年度报告").unwrap();
        let w = walk(dir.path());
        let out = process_file_with(&w.files[0], None, DEFAULT_MAX_BYTES, |_, bytes, _| {
            // Stands for an extractor bug: an out-of-bounds slice.
            let _ = &bytes[bytes.len() + 1..];
            unreachable!()
        });
        match out {
            Outcome::Rejected(r) => {
                assert_eq!(r.reason, RejectReason::InternalError);
                assert_eq!(r.doc_id, "p");
                assert!(r.detail.starts_with("extractor panicked: "), "{}", r.detail);
                assert!(r.detail.contains("out of range"), "{}", r.detail);
            }
            Outcome::Row(_) => panic!("a panicking extractor produced a row"),
        }
        // The same file through the real extractor is a row.
        assert!(matches!(
            process_file(&w.files[0], None, DEFAULT_MAX_BYTES),
            Outcome::Row(_)
        ));
    }

    #[test]
    fn dangling_and_looping_symlinks_are_unreadable_rejects_not_skipped() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("missing.txt", dir.path().join("gone.txt")).unwrap();
        std::os::unix::fs::symlink("self.html", dir.path().join("self.html")).unwrap();
        std::os::unix::fs::symlink("nowhere", dir.path().join("other.png")).unwrap();
        let w = walk(dir.path());
        let ids: Vec<_> = w.files.iter().map(|f| f.doc_id.as_str()).collect();
        assert_eq!(ids, vec!["gone", "self"]);
        for f in &w.files {
            match process_file(f, None, DEFAULT_MAX_BYTES) {
                Outcome::Rejected(r) => assert_eq!(r.reason, RejectReason::Unreadable),
                Outcome::Row(_) => panic!("{} became a row", f.rel_path),
            }
        }
    }
}
