//! Any bytes → the PDF path: once as a whole `.pdf` file (the parser),
//! once as the content stream of a well-formed one's page, with the CID
//! font of the synthetic PDFs (the interpreter and the layout, which random
//! files rarely reach), each through decode-and-extract as normalize runs
//! it. A panic inside the third-party reader is caught (`pdf::read_pages`)
//! and the file rejected `pdf_malformed`, so the target replaces
//! libFuzzer's panic hook (which aborts on every panic, caught or not) by a
//! silent one;
//! a panic that escapes still aborts the run (libfuzzer-sys aborts on a
//! panicking input), and hangs and memory blow-ups are findings as before.
#![no_main]

use gongkai::corpus::{process_bytes, InputFile};
use libfuzzer_sys::fuzz_target;

static HOOK: std::sync::Once = std::sync::Once::new();

fuzz_target!(|data: &[u8]| {
    HOOK.call_once(|| {
        let _ = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
    });
    let file = InputFile::at("fuzz.pdf", data.len() as u64);
    let _ = process_bytes(&file, data, None);
    let content = String::from_utf8_lossy(data).into_owned();
    let used: std::collections::BTreeSet<u16> = (0x20..0x7F).chain(0x4E00..0x4F00).collect();
    let pages = gongkai::pdf_write::write_pages(&[content], &used);
    let _ = process_bytes(&file, &pages.bytes(), None);
});
