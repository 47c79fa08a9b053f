//! Any bytes → the whole per-document path (decode, HTML or text, extract),
//! once as a `.html` page and once as a `.txt` file.
#![no_main]

use gongkai::corpus::{process_bytes, InputFile};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

fuzz_target!(|data: &[u8]| {
    for ext in ["html", "txt"] {
        let file = InputFile {
            path: PathBuf::from(format!("fuzz.{ext}")),
            rel_path: format!("fuzz.{ext}"),
            doc_id: "fuzz".into(),
            ext: ext.into(),
            size: data.len() as u64,
        };
        let _ = process_bytes(&file, data, Some("http://www.example.gov.cn/a.html"));
    }
});
