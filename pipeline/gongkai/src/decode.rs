//! Bytes → text, or a reason why not.
//!
//! Order of decisions: empty → BOM (UTF-8, UTF-16LE/BE) → binary sniffing →
//! strict UTF-8 → detected legacy encoding (chardetng, restricted to the
//! encodings Chinese portals use: GBK/GB18030, Big5) → undecodable.
//! A decode that needs replacement characters beyond a small tolerance is
//! rejected rather than turned into a row of garbage.

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};
use serde::Serialize;

/// Why a file did not become a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum RejectReason {
    /// Zero bytes, or only whitespace.
    Empty,
    /// Control bytes / NULs: an image, archive or other binary saved as text.
    Binary,
    /// No supported encoding decodes it cleanly.
    Undecodable,
    /// Larger than the configured limit.
    TooLarge,
    /// The file could not be read (permissions, vanished, I/O error).
    Unreadable,
    /// A worker failed on this document (a bug, reported, run goes on).
    InternalError,
}

impl RejectReason {
    pub fn code(self) -> &'static str {
        match self {
            RejectReason::Empty => "empty",
            RejectReason::Binary => "binary",
            RejectReason::Undecodable => "undecodable",
            RejectReason::TooLarge => "too_large",
            RejectReason::Unreadable => "unreadable",
            RejectReason::InternalError => "internal_error",
        }
    }
}

/// A successful decode.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// Encoding label as written to the `encoding` column (e.g. `UTF-8`, `GBK`).
    pub encoding: &'static str,
    /// Replacement characters the decoder had to insert.
    pub replacements: usize,
}

/// A failed decode: reason code and a one-line detail.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeError {
    pub reason: RejectReason,
    pub detail: String,
}

fn reject(reason: RejectReason, detail: impl Into<String>) -> DecodeError {
    DecodeError {
        reason,
        detail: detail.into(),
    }
}

/// At most this share of replacement characters is tolerated.
const MAX_REPLACEMENT_SHARE: f64 = 0.002;

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(reject(
            RejectReason::Empty,
            format!("{} bytes, no text", bytes.len()),
        ));
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(enc, &bytes[bom_len..], true);
    }
    if let Some(why) = binary_evidence(bytes) {
        return Err(reject(RejectReason::Binary, why));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: s.to_owned(),
            encoding: UTF_8.name(),
            replacements: 0,
        });
    }
    // UTF-16 without BOM: every other byte NUL in ASCII-heavy text.
    if let Some(enc) = utf16_without_bom(bytes) {
        return finish(enc, bytes, false);
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    // No TLD hint: a .cn hint pulls Big5 pages towards GBK.
    let guess = det.guess(None, chardetng::Utf8Detection::Deny);
    // Reports are Chinese: the GB family unless the detector says Big5.
    let order: [&'static Encoding; 2] = if guess == BIG5 {
        [BIG5, GB18030]
    } else {
        [GB18030, BIG5]
    };
    let mut first_err = None;
    for enc in order {
        match finish(enc, bytes, false) {
            Ok(d) => return Ok(d),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    Err(first_err.unwrap_or_else(|| reject(RejectReason::Undecodable, "no encoding fits")))
}

fn finish(enc: &'static Encoding, bytes: &[u8], bom: bool) -> Result<Decoded, DecodeError> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let replacements = text.chars().filter(|&c| c == '\u{FFFD}').count();
    let chars = text.chars().count().max(1);
    // Mojibake: legacy decoders map garbage bytes to private-use code points,
    // which real report text never contains.
    let private_use = text
        .chars()
        .filter(|c| ('\u{E000}'..='\u{F8FF}').contains(c))
        .count();
    if private_use > 0 {
        let non_ascii = text.chars().filter(|c| !c.is_ascii()).count().max(1);
        if private_use * 100 > non_ascii {
            return Err(reject(
                RejectReason::Undecodable,
                format!(
                    "{}: {private_use} private-use characters among {non_ascii} non-ASCII: mojibake, wrong encoding",
                    enc.name()
                ),
            ));
        }
    }
    if replacements as f64 / chars as f64 > MAX_REPLACEMENT_SHARE && replacements > 2 {
        return Err(reject(
            RejectReason::Undecodable,
            format!(
                "{}{}: {} of {} characters undecodable",
                enc.name(),
                if bom { " (BOM)" } else { "" },
                replacements,
                chars
            ),
        ));
    }
    // GB18030 decodes GBK byte-for-byte; report the common name when the
    // bytes stay within GBK (no four-byte sequences).
    let label = if enc == GB18030 && !has_gb18030_four_byte(bytes) {
        GBK.name()
    } else {
        enc.name()
    };
    if text.trim().is_empty() {
        return Err(reject(
            RejectReason::Empty,
            "only whitespace after decoding",
        ));
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: label,
        replacements,
    })
}

fn has_gb18030_four_byte(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
        } else if i + 1 < bytes.len() && (0x30..=0x39).contains(&bytes[i + 1]) {
            return true;
        } else {
            i += 2;
        }
    }
    false
}

/// Binary files: NUL bytes (outside UTF-16) or many C0 control bytes, or a
/// known magic number.
fn binary_evidence(bytes: &[u8]) -> Option<String> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document (convert with pdftotext first)"),
        (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
        (b"\xD0\xCF\x11\xE0", "OLE document (doc/xls)"),
        (b"\x1F\x8B", "gzip data"),
        (b"Rar!", "RAR archive"),
        (b"7z\xBC\xAF", "7z archive"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(format!("{what} ({} bytes)", bytes.len()));
        }
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let ctrl = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B | 0))
        .count();
    let looks_utf16 = utf16_without_bom(bytes).is_some();
    if nul > 0 && !looks_utf16 {
        return Some(format!(
            "{nul} NUL bytes in the first {} bytes",
            sample.len()
        ));
    }
    if ctrl * 20 > sample.len() {
        return Some(format!(
            "{ctrl} control bytes in the first {} bytes",
            sample.len()
        ));
    }
    None
}

fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    // ASCII in UTF-16LE puts the NUL at odd positions; CJK has few NULs, so
    // require a clear majority on one side and none on the other.
    if odd_nul * 3 > pairs && even_nul == 0 {
        Some(UTF_16LE)
    } else if even_nul * 3 > pairs && odd_nul == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_plain() {
        let d = decode("政府信息公开".as_bytes()).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.text, "政府信息公开");
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = GBK.encode("2019年政府信息公开工作年度报告，主动公开政府信息共217条。");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "GBK");
        assert!(d.text.contains("主动公开政府信息共217条"));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let s = "年度报告 2020";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, s);
        assert_eq!(decode(&le).unwrap().encoding, "UTF-16LE");
        assert_eq!(decode(&be).unwrap().text, s);
    }

    #[test]
    fn big5_is_detected() {
        let (bytes, _, _) =
            BIG5.encode("政府資訊公開年度報告，本機關共受理申請十二件，全部依法答復。");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "Big5");
        assert!(d.text.contains("政府資訊公開"));
    }

    #[test]
    fn empty_binary_and_garbage_are_rejected_with_reasons() {
        assert_eq!(decode(b"").unwrap_err().reason, RejectReason::Empty);
        assert_eq!(decode(b" \n\t ").unwrap_err().reason, RejectReason::Empty);
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0").unwrap_err().reason,
            RejectReason::Binary
        );
        let mut junk = b"abc".to_vec();
        junk.extend((0..200u8).map(|i| i.wrapping_mul(37) | 0x80));
        let err = decode(&junk).unwrap_err();
        assert!(matches!(err.reason, RejectReason::Undecodable), "{err:?}");
    }
}
