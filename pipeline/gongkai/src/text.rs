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
    /// Where the bytes of `text` come from in the decoded text, as runs of
    /// verbatim bytes (a folded character is a run of its own).
    runs: Runs,
    /// Length of the decoded text (where the end of `text` maps to).
    orig_len: u32,
}

impl NormText {
    pub fn new(orig: &str) -> Self {
        let mut text = String::with_capacity(orig.len());
        let mut runs = Runs::default();
        let bytes = orig.as_bytes();
        // Characters that fold to themselves are copied a run at a time.
        let mut run = 0;
        let mut pos = 0;
        let drops = pinyin_readings(orig);
        let mut next_drop = 0;
        while pos < bytes.len() {
            if let Some(&(s, e)) = drops.get(next_drop) {
                if s == pos {
                    // A pinyin reading a converting mirror inserted: dropped.
                    runs.mark(text.len(), run);
                    text.push_str(&orig[run..pos]);
                    pos = e;
                    run = e;
                    next_drop += 1;
                    continue;
                }
            }
            let b = bytes[pos];
            if b < 0x80 {
                // ASCII folds to itself: the whole run at once (up to a drop).
                let stop = drops.get(next_drop).map_or(bytes.len(), |d| d.0);
                pos = bytes[pos..stop]
                    .iter()
                    .position(|&c| c >= 0x80)
                    .map_or(stop, |n| pos + n);
                continue;
            }
            let ch = orig[pos..].chars().next().unwrap_or('\0');
            let len = ch.len_utf8();
            if let Some((w, s)) = crate::hanzi::TAIWAN_WORDS
                .iter()
                // (The first byte first: no comparison of the words'
                // bytes at every character of the page.)
                .find(|(w, _)| w.as_bytes().first() == Some(&b) && orig[pos..].starts_with(w))
            {
                runs.mark(text.len(), run);
                text.push_str(&orig[run..pos]);
                runs.mark(text.len(), pos);
                text.push_str(s);
                pos += w.len();
                run = pos;
                continue;
            }
            let n = fold_char(ch);
            if n == ch {
                pos += len;
                continue;
            }
            runs.mark(text.len(), run);
            text.push_str(&orig[run..pos]);
            if n != '\0' {
                // dropped otherwise: zero-width characters, BOM
                runs.mark(text.len(), pos);
                text.push(n);
            }
            pos += len;
            run = pos;
        }
        runs.mark(text.len(), run);
        text.push_str(&orig[run..]);
        NormText {
            text,
            runs,
            orig_len: orig.len() as u32,
        }
    }

    /// The decoded-text offset of the character that byte `i` of the view
    /// belongs to; the end of the view maps to the end of the decoded text.
    fn orig_offset(&self, i: usize) -> Option<u32> {
        if i >= self.text.len() {
            return (i == self.text.len()).then_some(self.orig_len);
        }
        Some(self.runs.source(&self.text, i) as u32)
    }

    /// Map a byte range of the normalised view back to the decoded text.
    pub fn orig_span(&self, start: usize, end: usize) -> Span {
        let s = self.orig_offset(start).unwrap_or(0);
        // The end maps to the start of the character after the range, so a
        // folded multi-byte character is covered whole.
        let e = self.orig_offset(end).unwrap_or(self.orig_len);
        Span {
            start: s,
            end: e.max(s),
        }
    }
}

/// `s` without the pinyin readings a converting mirror inserted (for text
/// outside the normalised view: an HTML `<title>`, an address).
pub fn drop_pinyin_readings(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for (start, end) in pinyin_readings(s) {
        out.push_str(&s[at..start]);
        at = end;
    }
    out.push_str(&s[at..]);
    out
}

/// Byte ranges of the pinyin readings that converting mirrors insert after
/// characters (`區(qū)`, `報(bào)告`): an ASCII `(`, one to seven lowercase
/// pinyin letters with a vowel, `)`, right after a Han character.
fn pinyin_readings(orig: &str) -> Vec<(usize, usize)> {
    let bytes = orig.as_bytes();
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', bytes) {
        let Some(prev) = orig[..open].chars().next_back() else {
            continue;
        };
        if !('\u{4e00}'..='\u{9fff}').contains(&prev) {
            continue;
        }
        let rest = &orig[open + 1..];
        let mut n = 0;
        let mut vowel = false;
        let mut close = None;
        for (i, c) in rest.char_indices() {
            if c == ')' {
                close = Some(open + 1 + i + 1);
                break;
            }
            let v = "aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c);
            if n == 7 || !(c.is_ascii_lowercase() || v) {
                break;
            }
            vowel |= v;
            n += 1;
        }
        if let Some(end) = close.filter(|_| n >= 1 && vowel) {
            out.push((open, end));
        }
    }
    out
}

/// The offset map of a copied text kept as runs of verbatim bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Runs(Vec<(u32, u32)>);

impl Runs {
    /// Byte `to` of the copy comes from byte `from` of the source, and the
    /// bytes after it from the bytes after that (until the next mark).
    #[inline]
    pub(crate) fn mark(&mut self, to: usize, from: usize) {
        match self.0.last_mut() {
            // Continues the last run.
            Some(&mut (t, f)) if to as i64 - t as i64 == from as i64 - f as i64 => {}
            // The last run copied nothing: this one replaces it.
            Some(last) if last.0 as usize == to => *last = (to as u32, from as u32),
            _ => self.0.push((to as u32, from as u32)),
        }
    }

    /// The source offset of the character of `copy` (the text these runs
    /// map) that byte `i` belongs to: `i` is moved back to its character's
    /// start, and the runs copy whole characters, so that is a run offset.
    #[inline]
    pub(crate) fn source(&self, copy: &str, i: usize) -> usize {
        let mut to = i.min(copy.len());
        while !copy.is_char_boundary(to) {
            to -= 1;
        }
        let i = self.0.partition_point(|r| r.0 as usize <= to);
        match i.checked_sub(1).map(|i| self.0[i]) {
            Some((t, f)) => f as usize + (to - t as usize),
            None => 0,
        }
    }
}

/// Byte offset of the first occurrence of `needle` in `hay` (as
/// `str::find`, with a SIMD substring search).
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(hay.as_bytes(), needle.as_bytes())
}

/// Byte offset `n` characters before `q` in `t` (0 when fewer).
pub fn chars_before(t: &str, q: usize, n: usize) -> usize {
    t[..q]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The first `n` characters of `s` (all of it when shorter).
pub fn first_chars(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    // Count character starts (bytes that are no UTF-8 continuation byte).
    let mut seen = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == n {
                return &s[..i];
            }
            seen += 1;
        }
    }
    s
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
    fn taiwan_words_read_as_mainland_ones() {
        let orig = "主動公開政府資訊19條";
        let n = NormText::new(orig);
        assert_eq!(n.text, "主动公开政府信息19条");
        let start = n.text.find("19").unwrap();
        let span = n.orig_span(start, start + 2);
        assert_eq!(&orig[span.start as usize..span.end as usize], "19");
        let start = n.text.find("信息").unwrap();
        let span = n.orig_span(start, start + "信息".len());
        assert_eq!(&orig[span.start as usize..span.end as usize], "資訊");
        // A word whose character does not fold alone: 覆 stays where it
        // covers, and is 复 where it answers.
        let n = NormText::new("覆蓋全縣,依法答覆申請人3件");
        assert_eq!(n.text, "覆盖全县,依法答复申请人3件");
    }

    #[test]
    fn first_chars_counts_characters() {
        assert_eq!(first_chars("报告abc", 3), "报告a");
        assert_eq!(first_chars("报告", 5), "报告");
        assert_eq!(first_chars("ab", 2), "ab");
        assert_eq!(first_chars("", 0), "");
        assert_eq!(first_chars("报告", 0), "");
    }

    #[test]
    fn zero_width_is_dropped_ideographic_space_is_space() {
        let n = NormText::new("a\u{200B}b\u{3000}c");
        assert_eq!(n.text, "ab c");
        assert_eq!(n.orig_span(3, 4), Span { start: 8, end: 9 });
    }

    #[test]
    fn inserted_pinyin_readings_are_dropped_spans_still_map() {
        let orig = "收到申(shēn)請(qǐng)12件(含結(jié)轉)。(a)項 (abc) 第(一)";
        let n = NormText::new(orig);
        assert_eq!(n.text, "收到申请12件(含结转)。(a)项 (abc) 第(一)");
        let start = n.text.find("12").unwrap();
        let span = n.orig_span(start, start + 2);
        assert_eq!(&orig[span.start as usize..span.end as usize], "12");
        // Not after a Han character, no vowel, or too long: kept.
        let kept = NormText::new("x(an) 省(xyz) 區(zhuangzhuang)");
        assert_eq!(kept.text, "x(an) 省(xyz) 区(zhuangzhuang)");
    }
}
