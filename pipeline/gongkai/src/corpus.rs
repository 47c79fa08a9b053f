//! The input folder: which files are documents, their ids, their urls, and
//! turning one file into a record or a reject.

use crate::decode::{decode, RejectReason};
use crate::doc::Doc;
use crate::extract::{extract, Extraction};
use crate::record::SourceFormat;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions read as documents.
pub const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "html", "htm", "docx", "pdf"];

/// Documents that are pages (their doc_id drops the extension).
pub const PAGE_EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// Formats that crawls bring as report attachments but that are not read:
/// each such file is a document rejected `unsupported_format` with the
/// format named (so a crawl's attachments are counted, not lost). Anything
/// else under INPUT (images, styles, notes) is ignored and counted as
/// ignored in the manifest.
pub const UNSUPPORTED_FORMATS: &[(&str, &str)] = &[
    ("doc", "legacy Word (.doc)"),
    ("wps", "WPS document"),
    ("rtf", "rich text (.rtf)"),
    ("odt", "OpenDocument text"),
    ("xls", "Excel (.xls)"),
    ("xlsx", "Excel (.xlsx)"),
    ("et", "WPS spreadsheet"),
    ("ofd", "OFD (GB/T 33190)"),
    ("zip", "zip archive"),
    ("rar", "rar archive"),
    ("7z", "7z archive"),
];

/// The doc_id of the document at `rel_path` (relative to INPUT,
/// `/`-separated): a page's path without its extension; an attachment
/// (`report.docx`, `report.pdf`) keeps it, so a page and the attachment of
/// the same name beside it are two documents.
pub fn doc_id_of(rel_path: &str) -> String {
    match rel_path.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && !ext.contains('/')
                && PAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) =>
        {
            stem.to_string()
        }
        _ => rel_path.to_string(),
    }
}

/// The name of an unsupported format by its lower-case extension.
pub fn unsupported_format(ext: &str) -> Option<&'static str> {
    UNSUPPORTED_FORMATS
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, name)| *name)
}

fn is_input_extension(ext: &str) -> bool {
    DOCUMENT_EXTENSIONS.contains(&ext) || unsupported_format(ext).is_some()
}

/// Default limit above which a file is rejected as `too_large`.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Per-document limits past which a file is rejected `too_large`
/// (`normalize --max-bytes`, `--max-pages`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of a file.
    pub max_bytes: u64,
    /// Pages of a PDF.
    pub max_pages: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: DEFAULT_MAX_BYTES,
            max_pages: crate::pdf::DEFAULT_MAX_PAGES,
        }
    }
}

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

impl InputFile {
    /// A document known by its path relative to INPUT whose `size` bytes
    /// are already in memory (tests, fuzzing, tools): doc_id and extension
    /// as the walk gives them.
    pub fn at(rel_path: &str, size: u64) -> InputFile {
        InputFile {
            path: PathBuf::from(rel_path),
            rel_path: rel_path.to_string(),
            doc_id: doc_id_of(rel_path),
            ext: document_extension(Path::new(rel_path)),
            size,
        }
    }
}

/// The documents under INPUT, one at a time in `rel_path` order, without
/// holding the list: memory is that of the largest folder's listing, not of
/// the corpus. Each folder's entries are sorted by name with a `/` after
/// folder names, so the depth-first order is exactly the byte order of
/// `rel_path` (`a-b.txt` before `a/x.txt`, as a sort of all paths gives).
pub struct Walker {
    root: PathBuf,
    it: walkdir::IntoIter,
    /// Files that are not documents (other extensions, `urls.csv`), so far.
    pub ignored: usize,
    /// Entries the walk could not enter (symlink loops, permissions), so far.
    pub walk_errors: Vec<String>,
}

/// Sort key of a folder entry: its name, with `/` after a folder's.
fn entry_key(e: &walkdir::DirEntry) -> (std::borrow::Cow<'_, str>, bool) {
    let ft = e.file_type();
    // Entries are not yet followed here: a symlink to a folder is a folder.
    let is_dir = ft.is_dir() || (ft.is_symlink() && e.path().is_dir());
    (e.file_name().to_string_lossy(), is_dir)
}

fn entry_order(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    let ((an, ad), (bn, bd)) = (entry_key(a), entry_key(b));
    let sep = |d: bool| if d { &b"/"[..] } else { &b""[..] };
    an.as_bytes()
        .iter()
        .chain(sep(ad))
        .cmp(bn.as_bytes().iter().chain(sep(bd)))
}

/// Walk INPUT recursively (following symlinks); see [`Walker`].
pub fn walk(root: &Path) -> Walker {
    Walker {
        root: root.to_path_buf(),
        it: walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by(entry_order)
            .into_iter(),
        ignored: 0,
        walk_errors: Vec::new(),
    }
}

impl Iterator for Walker {
    type Item = InputFile;

    fn next(&mut self) -> Option<InputFile> {
        loop {
            let entry = self.it.next()?;
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
                        self.walk_errors.push(e.to_string());
                        continue;
                    }
                },
            };
            if is_dir {
                continue;
            }
            let Ok(rel) = path.strip_prefix(&self.root) else {
                continue;
            };
            let ext = document_extension(path);
            if !is_input_extension(&ext) {
                self.ignored += 1;
                continue;
            }
            let rel_path = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let doc_id = doc_id_of(&rel_path);
            return Some(InputFile {
                path: path.to_path_buf(),
                rel_path,
                doc_id,
                ext,
                size,
            });
        }
    }
}

/// Lower-case extension of `path` (empty when it has none).
fn document_extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn has_document_extension(path: &Path) -> bool {
    is_input_extension(&document_extension(path))
}

/// The crawler manifest `urls.csv` at the root of INPUT (columns `path,url`;
/// a later line for the same path wins). Held as an index from a hash of the
/// path to the line's byte offset (16 bytes a line, not the strings); a
/// lookup reads the line back and checks its path, so a hash collision never
/// gives another page's url.
pub struct Urls {
    file: Option<std::fs::File>,
    path: PathBuf,
    /// Column positions of path and url.
    cols: (usize, usize),
    index: HashMap<u64, u64>,
    /// Paths whose hash collided with another path's (practically never).
    spill: HashMap<String, String>,
    /// The path hash ([`path_hash`]; tests give one that collides).
    hash: fn(&str) -> u64,
}

fn path_hash(path: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    path.hash(&mut h);
    h.finish()
}

/// `path` and `url` of one urls.csv record as the index keeps them.
fn url_entry(rec: &csv::StringRecord, (pi, ui): (usize, usize)) -> Option<(String, String)> {
    let path = rec.get(pi)?.trim().trim_start_matches("./");
    let url = rec.get(ui)?.trim();
    (!url.is_empty()).then(|| (path.to_string(), url.to_string()))
}

impl Urls {
    /// Index `root/urls.csv`; a missing file gives an empty index.
    pub fn load(root: &Path) -> Result<Urls, crate::error::Error> {
        Self::load_with(root, path_hash)
    }

    fn load_with(root: &Path, hash: fn(&str) -> u64) -> Result<Urls, crate::error::Error> {
        let p = root.join("urls.csv");
        let mut urls = Urls {
            file: None,
            path: p.clone(),
            cols: (0, 0),
            index: HashMap::new(),
            spill: HashMap::new(),
            hash,
        };
        if !p.exists() {
            return Ok(urls);
        }
        let err = |e: &dyn std::fmt::Display| crate::error::Error::UrlsCsv {
            path: p.clone(),
            detail: e.to_string(),
        };
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(&p)
            .map_err(|e| err(&e))?;
        let headers = rdr.headers().map_err(|e| err(&e))?.clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h.trim().trim_start_matches('\u{feff}') == name)
        };
        let (Some(pi), Some(ui)) = (col("path"), col("url")) else {
            return Err(err(&"needs columns path,url"));
        };
        urls.cols = (pi, ui);
        urls.file = Some(std::fs::File::open(&p).map_err(|e| err(&e))?);
        let mut rec = csv::StringRecord::new();
        loop {
            let offset = rdr.position().byte();
            if !rdr.read_record(&mut rec).map_err(|e| err(&e))? {
                break;
            }
            let Some((path, url)) = url_entry(&rec, urls.cols) else {
                continue;
            };
            if let Some(v) = urls.spill.get_mut(&path) {
                *v = url;
                continue;
            }
            let h = (urls.hash)(&path);
            match urls.index.get(&h).copied() {
                None => {
                    urls.index.insert(h, offset);
                }
                Some(prev) => {
                    let (prev_path, prev_url) = urls.read_at(prev).map_err(|e| err(&e))?;
                    if prev_path == path {
                        urls.index.insert(h, offset);
                    } else {
                        urls.spill.entry(prev_path).or_insert(prev_url);
                        urls.spill.insert(path, url);
                    }
                }
            }
        }
        Ok(urls)
    }

    /// The record (path, url) starting at byte `offset` of urls.csv.
    fn read_at(&self, offset: u64) -> std::io::Result<(String, String)> {
        use std::os::unix::fs::FileExt;
        let bad = || std::io::Error::other(format!("{}: changed while read", self.path.display()));
        let file = self.file.as_ref().ok_or_else(bad)?;
        let mut len = 512;
        loop {
            let mut buf = vec![0u8; len];
            let mut got = 0;
            while got < len {
                match file.read_at(&mut buf[got..], offset + got as u64)? {
                    0 => break,
                    n => got += n,
                }
            }
            buf.truncate(got);
            // The csv reader's record offsets of a CRLF file point at the
            // line feed ending the line before: the record starts after it.
            let lead = buf
                .iter()
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
            buf.drain(..lead);
            let line_end = memchr::memchr(b'\n', &buf);
            // The usual line, without quotes: split at the commas (the csv
            // reader is built only for quoted lines).
            if let Some(end) = line_end {
                let line = &buf[..end];
                if !line.contains(&b'"') {
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    let line = std::str::from_utf8(line).map_err(|_| bad())?;
                    let rec = csv::StringRecord::from(line.split(',').collect::<Vec<_>>());
                    return url_entry(&rec, self.cols).ok_or_else(bad);
                }
            }
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(&buf[..]);
            let mut rec = csv::StringRecord::new();
            let complete = rdr.read_record(&mut rec).unwrap_or(false)
                && (got < len || (rdr.position().byte() as usize) < buf.len());
            if complete {
                return url_entry(&rec, self.cols).ok_or_else(bad);
            }
            if got < len {
                return Err(bad());
            }
            len *= 8;
        }
    }

    /// The url of the page at `rel_path`, if urls.csv names one.
    pub fn get(&self, rel_path: &str) -> Option<String> {
        if let Some(u) = self.spill.get(rel_path) {
            return Some(u.clone());
        }
        let offset = *self.index.get(&(self.hash)(rel_path))?;
        let (path, url) = self.read_at(offset).ok()?;
        (path == rel_path).then_some(url)
    }
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

/// Open a page for reading. On Unix without blocking (O_NONBLOCK): a FIFO
/// or device named like a page opens at once, for its metadata to show it
/// is none; a regular file reads as it would without the flag.
pub fn open_page(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Ask the kernel to read a page file ahead, in the background, where it
/// is a regular file (the next batch's files while this one is extracted:
/// cold reads of many small files are bound by latency). Nothing is
/// copied into the process; a file that cannot be opened is left to the
/// worker that reads it to report.
pub fn read_ahead(path: &Path) {
    let Ok(f) = open_page(path) else {
        return;
    };
    if !f.metadata().is_ok_and(|m| m.is_file()) {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::io::AsRawFd;
        // SAFETY: an advice call on a file descriptor this function owns;
        // a kernel that ignores it changes nothing but the timing.
        unsafe {
            libc::posix_fadvise(f.as_raw_fd(), 0, 0, libc::POSIX_FADV_WILLNEED);
        }
    }
    #[cfg(not(unix))]
    {
        let _ = std::io::copy(&mut &f, &mut std::io::sink());
    }
}

/// Read, decode and extract one file. Never panics: a panic inside
/// extraction (a bug) becomes a reject with reason `internal_error`.
pub fn process_file(file: &InputFile, url: Option<&str>, limits: &Limits) -> Outcome {
    process_file_with(file, url, limits.max_bytes, |file, bytes, url| {
        process_bytes_within(file, bytes, url, limits)
    })
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
    if let Some(format) = unsupported_format(&file.ext) {
        return rej(
            RejectReason::UnsupportedFormat,
            format!("{format}: not read by this release"),
        );
    }
    // One path lookup: the open file's own metadata, not the path's again.
    let (f, meta) = match open_page(&file.path).and_then(|f| f.metadata().map(|m| (f, m))) {
        Ok(x) => x,
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
    let read = f.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes);
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

/// Decode and extract bytes already read (identity fields included), with
/// the default [`Limits`].
pub fn process_bytes(
    file: &InputFile,
    bytes: &[u8],
    url: Option<&str>,
) -> Result<Extraction, crate::decode::DecodeError> {
    process_bytes_within(file, bytes, url, &Limits::default())
}

/// [`process_bytes`] within `limits`. A file is read as what its bytes
/// are: a PDF by its `%PDF-` header whatever its name (crawlers save
/// attachments behind `download?id=` links as pages), a Word archive by
/// its extension, anything else as text or HTML.
pub fn process_bytes_within(
    file: &InputFile,
    bytes: &[u8],
    url: Option<&str>,
    limits: &Limits,
) -> Result<Extraction, crate::decode::DecodeError> {
    let (text, html_title, encoding, replacements, format) =
        if file.ext == "pdf" || bytes.starts_with(b"%PDF-") {
            let page = crate::html::render(&crate::pdf::to_html(bytes, limits.max_pages)?);
            (page.text, page.title, "UTF-8", 0, SourceFormat::Pdf)
        } else if file.ext == "docx" {
            let page = crate::html::render(&crate::docx::to_html(bytes)?);
            (page.text, page.title, "UTF-8", 0, SourceFormat::Docx)
        } else {
            let decoded = decode(bytes)?;
            let is_html = file.ext != "txt" || crate::html::looks_like_html(&decoded.text);
            let (text, title, format) = if is_html {
                let page = crate::html::render(&decoded.text);
                (page.text, page.title, SourceFormat::Html)
            } else {
                (decoded.text, None, SourceFormat::Txt)
            };
            (text, title, decoded.encoding, decoded.replacements, format)
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
    r.encoding = encoding.to_string();
    r.source_format = format;
    if replacements > 0 {
        r.flag("decode_replacements");
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_drop_their_extension_attachments_keep_it() {
        assert_eq!(doc_id_of("2023/a.b/报告.HTML"), "2023/a.b/报告");
        assert_eq!(doc_id_of("x.txt"), "x");
        assert_eq!(doc_id_of("2023/报告.docx"), "2023/报告.docx");
        assert_eq!(doc_id_of("2023/报告.pdf"), "2023/报告.pdf");
        assert_ne!(doc_id_of("a/r.html"), doc_id_of("a/r.docx"));
    }

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
        let mut w = walk(dir.path());
        let files: Vec<_> = w.by_ref().collect();
        let ids: Vec<_> = files.iter().map(|f| f.doc_id.as_str()).collect();
        assert_eq!(ids, vec!["a", "b/c/报告 一"]);
        assert_eq!(w.ignored, 2);
        let urls = Urls::load(dir.path()).unwrap();
        assert_eq!(urls.get("a.txt").as_deref(), Some("http://x.gov.cn/1"));
        assert_eq!(urls.get("b/c/报告 一.html"), None);
    }

    #[test]
    fn urls_csv_with_crlf_lines_gives_every_url() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("urls.csv"),
            "path,url\r\na.txt,http://a.gov.cn/1\r\nb.txt,\"http://b.gov.cn/2,3\"\r\nc.txt,http://c.gov.cn/3\r\n",
        )
        .unwrap();
        let urls = Urls::load(dir.path()).unwrap();
        assert_eq!(urls.get("a.txt").as_deref(), Some("http://a.gov.cn/1"));
        assert_eq!(urls.get("b.txt").as_deref(), Some("http://b.gov.cn/2,3"));
        assert_eq!(urls.get("c.txt").as_deref(), Some("http://c.gov.cn/3"));
    }

    #[test]
    fn empty_file_is_a_reject_not_a_row() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("e.txt"), "").unwrap();
        let files: Vec<_> = walk(dir.path()).collect();
        match process_file(&files[0], None, &Limits::default()) {
            Outcome::Rejected(r) => assert_eq!(r.reason, RejectReason::Empty),
            Outcome::Row(_) => panic!("empty file became a row"),
        }
    }

    #[test]
    fn too_large_is_rejected_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("big.txt"), "年度报告".repeat(100)).unwrap();
        let files: Vec<_> = walk(dir.path()).collect();
        match process_file(
            &files[0],
            None,
            &Limits {
                max_bytes: 10,
                ..Limits::default()
            },
        ) {
            Outcome::Rejected(r) => assert_eq!(r.reason, RejectReason::TooLarge),
            Outcome::Row(_) => panic!("over-limit file became a row"),
        }
    }

    #[test]
    fn a_panic_while_extracting_is_an_internal_error_reject() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("p.txt"), "2020年政府信息公开工作年度报告").unwrap();
        let files: Vec<_> = walk(dir.path()).collect();
        let out = process_file_with(&files[0], None, DEFAULT_MAX_BYTES, |_, bytes, _| {
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
            process_file(&files[0], None, &Limits::default()),
            Outcome::Row(_)
        ));
    }

    #[test]
    fn dangling_and_looping_symlinks_are_unreadable_rejects_not_skipped() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("missing.txt", dir.path().join("gone.txt")).unwrap();
        std::os::unix::fs::symlink("self.html", dir.path().join("self.html")).unwrap();
        std::os::unix::fs::symlink("nowhere", dir.path().join("other.png")).unwrap();
        let files: Vec<_> = walk(dir.path()).collect();
        let ids: Vec<_> = files.iter().map(|f| f.doc_id.as_str()).collect();
        assert_eq!(ids, vec!["gone", "self"]);
        for f in &files {
            match process_file(f, None, &Limits::default()) {
                Outcome::Rejected(r) => assert_eq!(r.reason, RejectReason::Unreadable),
                Outcome::Row(_) => panic!("{} became a row", f.rel_path),
            }
        }
    }

    /// The streamed walk gives the order of a sort of all relative paths,
    /// including where a folder name is a prefix of a file name.
    #[test]
    fn walk_order_is_the_byte_order_of_relative_paths() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "a/x.txt",
            "a-b.txt",
            "a.txt",
            "a0/y.html",
            "ab.htm",
            "a/b/z.txt",
            "a/b-c.txt",
            "b.txt",
            "A.txt",
            "报告/1.txt",
            "报告.txt",
            "link/q.txt",
        ];
        for n in names.iter().filter(|n| !n.starts_with("link/")) {
            let p = dir.path().join(n);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        // A symlink to a folder sorts as a folder.
        std::os::unix::fs::symlink(dir.path().join("a/b"), dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("a/b"), dir.path().join("lin")).unwrap();
        let got: Vec<String> = walk(dir.path()).map(|f| f.rel_path).collect();
        let mut want = got.clone();
        want.sort();
        assert_eq!(got, want);
        assert_eq!(got.len(), 13);
    }

    #[test]
    fn urls_later_lines_win_quoted_fields_and_long_lines_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let long = format!("http://x.gov.cn/{}", "p".repeat(10_000));
        std::fs::write(
            dir.path().join("urls.csv"),
            format!(
                "\u{feff}url,path\nhttp://a/1,./a.txt\n\"http://a/,2\",\"b, c.txt\"\n{long},d.txt\n \t,e.txt\nhttp://a/3,a.txt"
            ),
        )
        .unwrap();
        let urls = Urls::load(dir.path()).unwrap();
        assert_eq!(urls.get("a.txt").as_deref(), Some("http://a/3"));
        assert_eq!(urls.get("b, c.txt").as_deref(), Some("http://a/,2"));
        assert_eq!(urls.get("d.txt").as_deref(), Some(long.as_str()));
        assert_eq!(urls.get("e.txt"), None);
        assert_eq!(urls.get("f.txt"), None);
        // Every path with one hash: the lines are told apart by their paths.
        let all_collide = Urls::load_with(dir.path(), |_| 7).unwrap();
        assert_eq!(all_collide.get("a.txt").as_deref(), Some("http://a/3"));
        assert_eq!(all_collide.get("b, c.txt").as_deref(), Some("http://a/,2"));
        assert_eq!(all_collide.get("d.txt").as_deref(), Some(long.as_str()));
        assert_eq!(all_collide.get("e.txt"), None);
        assert_eq!(all_collide.get("f.txt"), None);
        assert!(Urls::load(&dir.path().join("none"))
            .unwrap()
            .get("a.txt")
            .is_none());
    }
}
