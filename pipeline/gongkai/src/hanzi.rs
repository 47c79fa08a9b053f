//! Traditional → simplified folding of single characters, for matching only.
//!
//! One-to-one character mappings keep byte spans simple: a folded character
//! replaces exactly one decoded character.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Pairs of (traditional, simplified), as data: one line per pair family.
const PAIRS: &str = include_str!("../data/t2s.txt");

fn table() -> &'static HashMap<char, char> {
    static TABLE: OnceLock<HashMap<char, char>> = OnceLock::new();
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
        m
    })
}

/// The simplified form of a traditional character, or the character itself.
pub fn t2s(c: char) -> char {
    if (c as u32) < 0x3400 {
        return c;
    }
    table().get(&c).copied().unwrap_or(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_common_report_characters() {
        let s: String = "政府資訊公開年度報告".chars().map(super::t2s).collect();
        assert_eq!(s, "政府资讯公开年度报告");
    }
}
