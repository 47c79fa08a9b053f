//! Traditional → simplified folding of single characters, for matching only.
//!
//! One-to-one character mappings keep byte spans simple: a folded character
//! replaces exactly one decoded character.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Pairs of (traditional, simplified), as data: one line per pair family.
const PAIRS: &str = include_str!("../data/t2s.txt");

/// Pairs of (compatibility form, unified ideograph) that PDF text carries:
/// Kangxi radicals (⽣ for 生) and CJK compatibility ideographs.
const COMPAT: &str = include_str!("../data/compat.txt");

/// The Kangxi radicals' block, below the dense range.
const RADICALS: std::ops::Range<u32> = 0x2F00..0x2FD6;

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
        // A compatibility form folds to its unified ideograph, simplified.
        for line in COMPAT.lines().filter(|l| !l.starts_with('#')) {
            let mut cs = line.chars();
            if let (Some(c), Some(u)) = (cs.next(), cs.next()) {
                rest.insert(c, m.get(&u).copied().unwrap_or(u));
            }
        }
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
/// words, not character by character (資訊 → 资讯 would hide 信息). And
/// words whose traditional character is also a simplified one of another
/// meaning, so that it does not fold alone (答覆 is 答复; 覆 is "to cover").
pub const TAIWAN_WORDS: &[(&str, &str)] = &[
    ("資訊", "信息"),
    ("答覆", "答复"),
    ("回覆", "回复"),
    ("批覆", "批复"),
];

/// The simplified form of a traditional character (or of a compatibility
/// form's ideograph), or the character itself.
#[inline]
pub fn t2s(c: char) -> char {
    let u = c as u32;
    if u < DENSE_LO {
        if RADICALS.contains(&u) {
            return table().rest.get(&c).copied().unwrap_or(c);
        }
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
        // Kangxi radicals and compatibility ideographs of PDF text: the
        // characters they stand for (⾨ is 門, so 门).
        let s: String = "未发⽣⾏政诉讼⾨".chars().map(super::t2s).collect();
        assert_eq!(s, "未发生行政诉讼门");
        let s: String = "\u{F9D1}".chars().map(super::t2s).collect();
        assert_eq!(s, "六");
    }

    #[test]
    fn taiwan_words_keep_their_length() {
        for (w, s) in super::TAIWAN_WORDS {
            assert_eq!(w.len(), s.len(), "{w} → {s}");
        }
    }
}
