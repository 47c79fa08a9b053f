//! Any bytes → the PDF path: once as a whole `.pdf` file (the parser),
//! once as the content stream of a well-formed one's page, with the CID
//! font of the synthetic PDFs (the interpreter and the layout, which random
//! files rarely reach), each through decode-and-extract as normalize runs
//! it. A panic inside the third-party reader is caught and rejected
//! `pdf_malformed`; anything else that panics or hangs is a finding.
#![no_main]

use gongkai::corpus::{process_bytes, InputFile};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

fuzz_target!(|data: &[u8]| {
    let file = InputFile {
        path: PathBuf::from("fuzz.pdf"),
        rel_path: "fuzz.pdf".into(),
        doc_id: "fuzz.pdf".into(),
        ext: "pdf".into(),
        size: data.len() as u64,
    };
    let _ = process_bytes(&file, data, None);
    let content = String::from_utf8_lossy(data).into_owned();
    let used: std::collections::BTreeSet<u16> = (0x20..0x7F).chain(0x4E00..0x4F00).collect();
    let pages = gongkai::pdf_write::write_pages(&[content], &used);
    let _ = process_bytes(&file, &pages.bytes(), None);
});
