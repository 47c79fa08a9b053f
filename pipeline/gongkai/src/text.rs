//! The normalised matching view of a decoded document.
//!
//! Extraction matches patterns against a normalised copy of the text
//! (full-width digits and punctuation folded to ASCII, traditional characters
//! folded to simplified, odd spaces to a plain space) while every span it
//! reports must point into the decoded text itself. `NormText` keeps both and
//! a byte-offset map between them.

use crate::record::Span;

/// Decoded text plus its normalised view and the offset map between them.
#[derive(Debug, Clone)]
pub struct NormText {
    /// The normalised view that patterns run on.
    pub text: String,
    /// For every byte offset of `text` (and one past its end), the byte
    /// offset in the decoded text where that character came from.
    orig_offsets: Vec<u32>,
}

impl NormText {
    pub fn new(orig: &str) -> Self {
        let mut text = String::with_capacity(orig.len());
        let mut orig_offsets = Vec::with_capacity(orig.len() + 1);
        let bytes = orig.as_bytes();
        // Characters that fold to themselves are copied a run at a time.
        let mut run = 0;
        let mut pos = 0;
        while pos < bytes.len() {
            let b = bytes[pos];
            if b < 0x80 {
                // ASCII folds to itself: the whole run at once.
                let end = bytes[pos..]
                    .iter()
                    .position(|&c| c >= 0x80)
                    .map_or(bytes.len(), |n| pos + n);
                orig_offsets.extend(pos as u32..end as u32);
                pos = end;
                continue;
            }
            let ch = orig[pos..].chars().next().unwrap_or('\0');
            let len = ch.len_utf8();
            let n = fold_char(ch);
            if n == ch {
                orig_offsets.extend(std::iter::repeat_n(pos as u32, len));
                pos += len;
                continue;
            }
            text.push_str(&orig[run..pos]);
            if n != '\0' {
                // dropped otherwise: zero-width characters, BOM
                text.push(n);
                orig_offsets.extend(std::iter::repeat_n(pos as u32, n.len_utf8()));
            }
            pos += len;
            run = pos;
        }
        text.push_str(&orig[run..]);
        orig_offsets.push(orig.len() as u32);
        NormText { text, orig_offsets }
    }

    /// Map a byte range of the normalised view back to the decoded text.
    pub fn orig_span(&self, start: usize, end: usize) -> Span {
        let s = self.orig_offsets.get(start).copied().unwrap_or(0);
        // The end maps to the start of the character after the range, so a
        // folded multi-byte character is covered whole.
        let e = self
            .orig_offsets
            .get(end)
            .copied()
            .unwrap_or_else(|| *self.orig_offsets.last().unwrap_or(&0));
        Span {
            start: s,
            end: e.max(s),
        }
    }
}

/// Byte offset of the first occurrence of `needle` in `hay` (as
/// `str::find`, with a SIMD substring search).
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(hay.as_bytes(), needle.as_bytes())
}

/// Fold one character for matching. Returns `'\0'` for characters to drop.
pub fn fold_char(c: char) -> char {
    match c {
        // Full-width ASCII block (digits, letters, punctuation) → ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // Ideographic and other odd spaces → plain space.
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{2060}' => '\0',
        // Zero as written in Chinese-numeral dates (二○一四年).
        '〇' | '○' | '◯' => '〇',
        '—' | '–' | '―' | '─' => '—',
        _ => crate::hanzi::t2s(c),
    }
}

/// Fold a whole string (for labels and keys; no offset map needed).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).filter(|&c| c != '\0').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_digits_fold_and_spans_map_back() {
        let orig = "共１２件";
        let n = NormText::new(orig);
        assert_eq!(n.text, "共12件");
        let start = n.text.find("12").unwrap();
        let span = n.orig_span(start, start + 2);
        assert_eq!(&orig[span.start as usize..span.end as usize], "１２");
    }

    #[test]
    fn zero_width_is_dropped_ideographic_space_is_space() {
        let n = NormText::new("a\u{200B}b\u{3000}c");
        assert_eq!(n.text, "ab c");
        assert_eq!(n.orig_span(3, 4), Span { start: 8, end: 9 });
    }
}
