//! Any bytes → the Word path: once as a whole `.docx` file (the archive
//! reader), once as the body of a well-formed archive's `word/document.xml`
//! (the WordprocessingML reader, which random archives rarely reach), each
//! through decode-and-extract as normalize runs it.
#![no_main]

use gongkai::corpus::{process_bytes, InputFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = InputFile::at("fuzz.docx", data.len() as u64);
    let _ = process_bytes(&file, data, None);
    let wrapped = gongkai::docx::write_docx(&String::from_utf8_lossy(data));
    let _ = process_bytes(&file, &wrapped, None);
});
