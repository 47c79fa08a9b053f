//! Traditional → simplified folding of single characters, for matching only.
//!
//! One-to-one character mappings keep byte spans simple: a folded character
//! replaces exactly one decoded character.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Pairs of (traditional, simplified), as data: one line per pair family.
const PAIRS: &str = include_str!("../data/t2s.txt");

/// Dense part of the table: the CJK blocks U+3400..U+A000, where nearly all
/// report characters are, indexed by code point (the character itself when
/// it has no simplified form).
const DENSE_LO: u32 = 0x3400;
const DENSE_HI: u32 = 0xA000;

struct Table {
    dense: Vec<char>,
    /// Pairs outside the dense range.
    rest: HashMap<char, char>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::new();
        for line in PAIRS.lines() {
            let mut cs = line.chars();
            if let (Some(t), Some(s)) = (cs.next(), cs.next()) {
                if !line.starts_with('#') && t != s {
                    m.insert(t, s);
                }
            }
        }
        let mut dense: Vec<char> = (DENSE_LO..DENSE_HI)
            .map(|u| char::from_u32(u).unwrap_or('\0'))
            .collect();
        let mut rest = HashMap::new();
        for (t, s) in m {
            let u = t as u32;
            if (DENSE_LO..DENSE_HI).contains(&u) {
                dense[(u - DENSE_LO) as usize] = s;
            } else {
                rest.insert(t, s);
            }
        }
        Table { dense, rest }
    })
}

/// Words a converting mirror writes in Taiwan's vocabulary, with the
/// mainland word of the same length in bytes (政府資訊 is 政府信息): read as
/// words, not character by character (資訊 → 资讯 would hide 信息).
pub const TAIWAN_WORDS: &[(&str, &str)] = &[("資訊", "信息")];

/// The simplified form of a traditional character, or the character itself.
#[inline]
pub fn t2s(c: char) -> char {
    let u = c as u32;
    if u < DENSE_LO {
        return c;
    }
    let t = table();
    if u < DENSE_HI {
        return t.dense[(u - DENSE_LO) as usize];
    }
    t.rest.get(&c).copied().unwrap_or(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_common_report_characters() {
        let s: String = "政府資訊公開年度報告".chars().map(super::t2s).collect();
        assert_eq!(s, "政府资讯公开年度报告");
        // 陝 and its variant 陜 are both 陕.
        let s: String = "陝西陜西".chars().map(super::t2s).collect();
        assert_eq!(s, "陕西陕西");
    }

    #[test]
    fn taiwan_words_keep_their_length() {
        for (w, s) in super::TAIWAN_WORDS {
            assert_eq!(w.len(), s.len(), "{w} → {s}");
        }
    }
}
