//! Any bytes → the whole per-document path (decode, HTML or text, extract),
//! once as a `.html` page and once as a `.txt` file.
#![no_main]

use gongkai::corpus::{process_bytes, InputFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for ext in ["html", "txt"] {
        let file = InputFile::at(&format!("fuzz.{ext}"), data.len() as u64);
        let _ = process_bytes(&file, data, Some("http://www.example.gov.cn/a.html"));
    }
});
