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
    /// A format crawls bring that is not read (yet): PDF, legacy Word,
    /// WPS, spreadsheets, OFD, archives. The detail names the format.
    UnsupportedFormat,
    /// A `.docx` that is not a readable Word archive (not a zip, no
    /// document part, a part that does not inflate or parse).
    DocxMalformed,
    /// A `.pdf` that cannot be parsed (truncated, broken cross-references
    /// or content streams).
    PdfMalformed,
    /// A `.pdf` that needs a password to be read.
    PdfEncrypted,
    /// A `.pdf` without a text layer (a scan, or text drawn as curves).
    PdfNoText,
}

impl RejectReason {
    /// Every reason, in the order of the enum (and of data_quality's
    /// `rejects_<reason>` columns).
    pub const ALL: [RejectReason; 11] = [
        RejectReason::Empty,
        RejectReason::Binary,
        RejectReason::Undecodable,
        RejectReason::TooLarge,
        RejectReason::Unreadable,
        RejectReason::InternalError,
        RejectReason::UnsupportedFormat,
        RejectReason::DocxMalformed,
        RejectReason::PdfMalformed,
        RejectReason::PdfEncrypted,
        RejectReason::PdfNoText,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            RejectReason::Empty => "empty",
            RejectReason::Binary => "binary",
            RejectReason::Undecodable => "undecodable",
            RejectReason::TooLarge => "too_large",
            RejectReason::Unreadable => "unreadable",
            RejectReason::InternalError => "internal_error",
            RejectReason::UnsupportedFormat => "unsupported_format",
            RejectReason::DocxMalformed => "docx_malformed",
            RejectReason::PdfMalformed => "pdf_malformed",
            RejectReason::PdfEncrypted => "pdf_encrypted",
            RejectReason::PdfNoText => "pdf_no_text",
        }
    }
}

/// The code of every reject reason ([`RejectReason::ALL`]).
pub const REJECT_CODES: [&str; RejectReason::ALL.len()] = {
    let mut codes = [""; RejectReason::ALL.len()];
    let mut i = 0;
    while i < codes.len() {
        codes[i] = RejectReason::ALL[i].code();
        i += 1;
    }
    codes
};

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
        if let Some(why) = double_encoded(s) {
            return Err(reject(RejectReason::Undecodable, why));
        }
        if s.trim().is_empty() {
            return Err(reject(RejectReason::Empty, "only whitespace"));
        }
        return Ok(Decoded {
            text: s.to_owned(),
            encoding: UTF_8.name(),
            replacements: 0,
        });
    }
    // UTF-8 cut mid-character (truncated download) or with a stray bad byte:
    // still UTF-8, with a replacement character where the bytes are broken.
    if nearly_utf8(bytes) {
        return finish(UTF_8, bytes, false);
    }
    // UTF-16 without BOM: NULs on one side in ASCII-heavy text, or text
    // that only reads as Chinese in UTF-16.
    if let Some(enc) = utf16_without_bom(bytes) {
        return finish(enc, bytes, false);
    }
    // Reports are Chinese: the GB family unless the detector says Big5.
    // The detector only decides when both decodes succeed (or both fail),
    // so it runs only then: it is far slower than decoding.
    let gb = finish(GB18030, bytes, false);
    let big5 = finish(BIG5, bytes, false);
    match (gb, big5) {
        (Ok(d), Err(_)) | (Err(_), Ok(d)) => Ok(d),
        // Both read: the reading full of the commonest characters of a
        // report is the right one; the detector settles the rest.
        (Ok(gb), Ok(big5)) if clearly_more_common(&gb.text, &big5.text) => Ok(gb),
        (Ok(gb), Ok(big5)) if clearly_more_common(&big5.text, &gb.text) => Ok(big5),
        (gb, big5) => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            // No TLD hint: a .cn hint pulls Big5 pages towards GBK.
            let guess = det.guess(None, chardetng::Utf8Detection::Deny);
            if guess == BIG5 {
                big5
            } else {
                gb
            }
        }
    }
}

/// Characters of every report, simplified and traditional (的 年 政府 信息
/// 公开 报告 工作 申请 数量 …). A GBK page read as Big5, or the reverse, has
/// them about as often as any other character: a few per thousand, not
/// one in five.
const COMMON_CHARS: &str = "的年政府信息資訊公开開报報告工作和在是了为為中国國人申请請数數量件";

fn common_chars(text: &str) -> usize {
    text.chars().filter(|c| COMMON_CHARS.contains(*c)).count()
}

/// `a` has at least 20 common characters and four times as many as `b`.
fn clearly_more_common(a: &str, b: &str) -> bool {
    let (ca, cb) = (common_chars(a), common_chars(b));
    ca >= 20 && ca >= 4 * cb
}

fn finish(enc: &'static Encoding, bytes: &[u8], bom: bool) -> Result<Decoded, DecodeError> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    // One pass for every count below.
    let (mut chars, mut replacements, mut ctrl, mut private_use, mut non_ascii) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c.is_ascii() {
            if is_binary_control(c) {
                ctrl += 1;
            }
            continue;
        }
        non_ascii += 1;
        if c == '\u{FFFD}' {
            replacements += 1;
        } else if ('\u{E000}'..='\u{F8FF}').contains(&c) {
            private_use += 1;
        }
    }
    let chars = chars.max(1);
    if enc == UTF_8 {
        if let Some(why) = double_encoded(&text) {
            return Err(reject(RejectReason::Undecodable, why));
        }
    }
    // Binary behind a BOM (or read as UTF-16): text does not hold C0 controls.
    if ctrl * 20 > chars {
        return Err(reject(
            RejectReason::Binary,
            format!(
                "{}{}: {ctrl} control characters among {chars}",
                enc.name(),
                if bom { " (BOM)" } else { "" }
            ),
        ));
    }
    // Mojibake: legacy decoders map garbage bytes to private-use code points,
    // which real report text never contains.
    if private_use > 0 {
        let non_ascii = non_ascii.max(1);
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
        (b"%PDF", "PDF document"),
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
        .filter(|&&b| is_binary_control(b as char))
        .count();
    if nul == 0 && ctrl * 20 <= sample.len() {
        return None;
    }
    // UTF-16 text has NULs (ASCII) and low bytes (CJK) that are not binary.
    if utf16_without_bom(bytes).is_some() {
        return None;
    }
    if nul > 0 {
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

/// C0 control characters that do not occur in text files (NUL counted
/// separately by the byte sniffing; tab, newlines, form feed, ESC allowed).
fn is_binary_control(c: char) -> bool {
    (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t' | '\x0C' | '\x1B')
}

/// UTF-16 without a BOM, by evidence in the first 4 KiB: NULs mostly on one
/// side of the byte pairs (ASCII in UTF-16) with text that reads as text,
/// or no NULs but text that reads almost only as Chinese in one byte order.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    // ASCII in UTF-16LE puts the NUL at odd positions. CJK such as 一
    // (U+4E00) or 开 (U+5F00) puts a few at even positions, so NULs are
    // evidence when one side has a clear majority, not when the other has none.
    [(UTF_16LE, odd_nul, even_nul), (UTF_16BE, even_nul, odd_nul)]
        .into_iter()
        .filter_map(|(enc, side, other)| {
            let evidence = side * 20 >= pairs && side >= 8 * other;
            // Without NUL evidence only text that is nearly all Chinese counts.
            let min_share = if evidence {
                0.90
            } else if bytes.len().is_multiple_of(2) && pairs >= 8 {
                0.98
            } else {
                return None;
            };
            let share = utf16_text_share(sample, enc);
            (share >= min_share).then_some((enc, share))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(enc, _)| enc)
}

/// Share of the characters of `sample` read as UTF-16 in `enc` that are
/// plausible in a Chinese report (a broken surrogate counts as implausible).
fn utf16_text_share(sample: &[u8], enc: &'static Encoding) -> f64 {
    let units = sample.chunks_exact(2).map(|p| {
        if enc == UTF_16LE {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let (mut total, mut good) = (0usize, 0usize);
    for c in char::decode_utf16(units) {
        total += 1;
        if c.is_ok_and(plausible_text_char) {
            good += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        good as f64 / total as f64
    }
}

fn plausible_text_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | ' '..='~'
        | '\u{A0}'..='\u{FF}'          // Latin-1 letters and signs
        | '\u{2000}'..='\u{206F}'      // general punctuation “” — …
        | '\u{2160}'..='\u{217F}'      // Roman numerals
        | '\u{2460}'..='\u{24FF}'      // ① ⑴
        | '\u{2500}'..='\u{25FF}'      // box drawing, ■ ○
        | '\u{3000}'..='\u{303F}'      // CJK punctuation 、。《》
        | '\u{3400}'..='\u{4DBF}'      // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'      // CJK unified ideographs
        | '\u{FF00}'..='\u{FFEF}'      // full-width forms
        | '\u{20000}'..='\u{3134F}' // CJK extensions B–G
    )
}

/// Bytes that are UTF-8 except for a cut-off last character or a stray bad
/// byte or two: many valid multi-byte characters, very few broken sequences.
fn nearly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            broken += 1;
        }
    }
    broken > 0 && broken <= 2 && multibyte >= 10 * broken
}

/// Text that is UTF-8 of characters which were themselves bytes of another
/// encoding read as Latin-1/Windows-1252 ("æ”¿åºœ" for 政府): mojibake.
fn double_encoded(text: &str) -> Option<String> {
    let mut inner = Vec::with_capacity(text.len());
    let mut latin = 0usize;
    for c in text.chars() {
        if c.is_ascii() {
            inner.push(c as u8);
        } else if (c as u32) <= 0xFF {
            inner.push(c as u32 as u8);
            latin += 1;
        } else {
            let mut buf = [0u8; 4];
            let (b, _, bad) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
            if bad || b.len() != 1 {
                // A character outside Latin-1/1252 (e.g. real Chinese): not
                // a text that went through a Latin-1 reading.
                return None;
            }
            inner.push(b[0]);
            latin += 1;
        }
    }
    if latin < 8 {
        return None;
    }
    let (mut multibyte, mut broken) = (0usize, 0usize);
    for chunk in inner.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            broken += 1;
        }
    }
    if multibyte >= 3 && broken * 10 <= multibyte {
        return Some(format!(
            "UTF-8 text read as Latin-1 and saved again ({latin} Latin-1 characters hide {multibyte} UTF-8 characters): mojibake"
        ));
    }
    let (gb, _, bad) = GB18030.decode(&inner);
    let cjk = gb
        .chars()
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        .count();
    if !bad && cjk * 3 >= latin {
        return Some(format!(
            "GBK text read as Latin-1 and saved as UTF-8 ({latin} Latin-1 characters hide {cjk} Chinese characters): mojibake"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_is_listed_once() {
        // A new variant fails this match until it is added to ALL too.
        for r in RejectReason::ALL {
            match r {
                RejectReason::Empty
                | RejectReason::Binary
                | RejectReason::Undecodable
                | RejectReason::TooLarge
                | RejectReason::Unreadable
                | RejectReason::InternalError
                | RejectReason::UnsupportedFormat
                | RejectReason::DocxMalformed
                | RejectReason::PdfMalformed
                | RejectReason::PdfEncrypted
                | RejectReason::PdfNoText => {}
            }
        }
        let mut codes = REJECT_CODES.to_vec();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), RejectReason::ALL.len());
    }

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

    /// Long pages that read in both encodings are told apart by their
    /// commonest characters, and the detector agrees.
    #[test]
    fn gbk_and_big5_pages_by_their_commonest_characters() {
        let mut both_read = 0;
        for (enc, text) in [
            (
                GBK,
                "本机关2020年共收到政府信息公开申请12件，主动公开政府信息共217条。",
            ),
            (
                BIG5,
                "本機關二〇二〇年共受理政府資訊公開申請十二件，全部依法答復，主動公開資訊。",
            ),
        ] {
            let page = text.repeat(8);
            let (bytes, _, _) = enc.encode(&page);
            let gb = finish(GB18030, &bytes, false).map(|d| d.text);
            let big5 = finish(BIG5, &bytes, false).map(|d| d.text);
            if let (Ok(gb), Ok(big5)) = (&gb, &big5) {
                both_read += 1;
                let (right, wrong) = if enc == GBK { (gb, big5) } else { (big5, gb) };
                assert!(clearly_more_common(right, wrong), "{}", enc.name());
                assert!(!clearly_more_common(wrong, right), "{}", enc.name());
            }
            let d = decode(&bytes).unwrap();
            assert_eq!(d.encoding, if enc == GBK { "GBK" } else { "Big5" });
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(&bytes, true);
            let guess = det.guess(None, chardetng::Utf8Detection::Deny);
            assert_eq!(guess == BIG5, enc == BIG5, "{}", enc.name());
        }
        assert!(both_read > 0, "no page read in both encodings");
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

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    #[test]
    fn utf16_without_bom_with_ascii_and_the_character_one() {
        // 一 is U+4E00: a NUL on the "wrong" side of the pair.
        let s = "一、总体情况\r\n2020 年共受理 12 件，其中 1 件不予公开。\r\n";
        let le = decode(&utf16(s, true)).unwrap();
        assert_eq!((le.encoding, le.text.as_str()), ("UTF-16LE", s));
        let be = decode(&utf16(s, false)).unwrap();
        assert_eq!((be.encoding, be.text.as_str()), ("UTF-16BE", s));
    }

    #[test]
    fn utf16_without_bom_all_chinese() {
        let s = "政府信息公开工作年度报告本机关主动公开政府信息依申请公开政府信息";
        let d = decode(&utf16(s, true)).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-16LE", s));
    }

    #[test]
    fn truncated_utf8_stays_utf8_with_one_replacement() {
        let s = "二〇二〇年政府信息公开工作年度报告，主动公开政府信息共两百条。";
        let cut = &s.as_bytes()[..s.len() - 2];
        let d = decode(cut).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.replacements, 1);
        assert!(d.text.starts_with("二〇二〇年政府信息公开"));
    }

    #[test]
    fn double_encoded_text_is_mojibake() {
        let s = "2020年政府信息公开工作年度报告";
        // UTF-8 bytes read as Windows-1252, saved as UTF-8.
        let (latin, _, _) = encoding_rs::WINDOWS_1252.decode(s.as_bytes());
        let err = decode(latin.as_bytes()).unwrap_err();
        assert_eq!(err.reason, RejectReason::Undecodable, "{err:?}");
        // GBK bytes read as Latin-1, saved as UTF-8.
        let (gbk, _, _) = GBK.encode(s);
        let latin: String = gbk.iter().map(|&b| b as char).collect();
        let err = decode(latin.as_bytes()).unwrap_err();
        assert_eq!(err.reason, RejectReason::Undecodable, "{err:?}");
        // Real Latin-1 text is not mojibake.
        assert!(decode("Café, crème brûlée, déjà vu, naïve façade".as_bytes()).is_ok());
    }

    #[test]
    fn gb18030_four_byte_characters_keep_the_gb18030_label() {
        let s = "㐀𠀀政府信息公开工作年度报告，主动公开政府信息共217条。";
        let (bytes, _, _) = GB18030.encode(s);
        let d = decode(&bytes).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("gb18030", s));
    }

    #[test]
    fn binary_behind_a_bom_is_binary() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend((0..400u32).map(|i| (i % 7) as u8 + 1));
        assert_eq!(decode(&b).unwrap_err().reason, RejectReason::Binary);
    }
}
