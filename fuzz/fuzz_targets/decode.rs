//! Any bytes → `decode`: never panics; a success is non-empty text with a
//! known encoding label.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match gongkai::decode::decode(data) {
        Ok(d) => {
            assert!(!d.text.trim().is_empty(), "decoded to blank text");
            assert!(
                matches!(
                    d.encoding,
                    "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GBK" | "gb18030" | "Big5"
                ),
                "unexpected encoding label {}",
                d.encoding
            );
        }
        Err(e) => assert!(!e.detail.is_empty()),
    }
});
