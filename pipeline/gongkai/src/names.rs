//! Leftmost-longest search of a large fixed set of names (the gazetteer's
//! ~100k place names and aliases) in a text.
//!
//! An Aho-Corasick automaton of that many patterns walks every byte through
//! states spread over tens of megabytes. Names here are at least two
//! characters long, and most pairs of adjacent characters in a report start
//! no name, so the search looks at character pairs instead: a 128 KB bitset
//! of the hashed first two characters of every name rejects almost every
//! position, and at the few that pass, the lengths of the names starting
//! with that pair are tried longest first against a hash map of the names.
//! The matches are those of a leftmost-longest automaton: at each position
//! the longest name that starts there, then the search goes on after it.

use rustc_hash::FxHashMap;

/// Bits of the pair filter (2^20 bits = 128 KB).
const FILTER_BITS: u32 = 20;

fn pair_key(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

fn pair_bit(key: u64) -> usize {
    // Fibonacci hashing: the top bits of the product.
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// A set of names, each with an id (its index in the list given).
pub struct NameSet {
    filter: Vec<u64>,
    /// First two characters → bit `n` set when a name of `n` characters
    /// starts with them.
    lengths: FxHashMap<u64, u64>,
    ids: FxHashMap<Box<str>, u32>,
    /// One-character names (none in the gazetteer; kept correct anyway).
    singles: FxHashMap<char, u32>,
}

/// The longest name length (in characters) a set can hold.
pub const MAX_CHARS: usize = 63;

impl NameSet {
    /// Names longer than [`MAX_CHARS`] characters and empty names are left
    /// out; a name given twice keeps its first id.
    pub fn new<S: AsRef<str>>(names: &[S]) -> NameSet {
        let mut set = NameSet {
            filter: vec![0; 1 << (FILTER_BITS - 6)],
            lengths: FxHashMap::default(),
            ids: FxHashMap::default(),
            singles: FxHashMap::default(),
        };
        for (id, name) in names.iter().enumerate() {
            let name = name.as_ref();
            let n = name.chars().count();
            let mut cs = name.chars();
            match (cs.next(), cs.next()) {
                (Some(a), Some(b)) if n <= MAX_CHARS => {
                    if set.ids.contains_key(name) {
                        continue;
                    }
                    let key = pair_key(a, b);
                    let bit = pair_bit(key);
                    set.filter[bit >> 6] |= 1 << (bit & 63);
                    *set.lengths.entry(key).or_default() |= 1 << n;
                    set.ids.insert(name.into(), id as u32);
                }
                (Some(a), None) => {
                    set.singles.entry(a).or_insert(id as u32);
                }
                _ => {}
            }
        }
        set
    }

    /// The id of a name in the set.
    pub fn get(&self, name: &str) -> Option<u32> {
        let mut cs = name.chars();
        match (cs.next(), cs.next()) {
            (Some(a), None) => self.singles.get(&a).copied(),
            _ => self.ids.get(name).copied(),
        }
    }

    /// The longest name starting at byte `at` of `text` (a char boundary):
    /// (end, id).
    fn longest_at(&self, text: &str, at: usize) -> Option<(usize, u32)> {
        let mut cs = text[at..].char_indices();
        let (_, a) = cs.next()?;
        let pair = cs.next().and_then(|(_, b)| {
            let key = pair_key(a, b);
            let bit = pair_bit(key);
            if self.filter[bit >> 6] & (1 << (bit & 63)) == 0 {
                return None;
            }
            self.lengths.get(&key).copied()
        });
        if let Some(mask) = pair {
            // Byte ends of the next characters, up to the longest length.
            let longest = 63 - mask.leading_zeros() as usize;
            let mut ends = [0usize; MAX_CHARS + 1];
            let mut n = 0;
            for (i, c) in text[at..].char_indices().take(longest) {
                n += 1;
                ends[n] = at + i + c.len_utf8();
            }
            let mut m = mask & ((2u64 << n.min(MAX_CHARS)) - 1);
            while m != 0 {
                let len = 63 - m.leading_zeros() as usize;
                if let Some(&id) = self.ids.get(&text[at..ends[len]]) {
                    return Some((ends[len], id));
                }
                m &= !(1 << len);
            }
        }
        if self.singles.is_empty() {
            return None;
        }
        self.singles.get(&a).map(|&id| (at + a.len_utf8(), id))
    }

    /// Every name in `text`, leftmost-longest, non-overlapping:
    /// (start, end, id).
    pub fn find_iter<'s, 't>(
        &'s self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, u32)> + use<'s, 't> {
        let mut at = 0;
        std::iter::from_fn(move || {
            if !self.singles.is_empty() {
                while at < text.len() {
                    let start = at;
                    match self.longest_at(text, start) {
                        Some((end, id)) => {
                            at = end;
                            return Some((start, end, id));
                        }
                        None => {
                            at += text[start..].chars().next().map_or(1, char::len_utf8);
                        }
                    }
                }
                return None;
            }
            // Without one-character names a name starts only where the
            // pair filter passes: each character is decoded once, and the
            // names are looked up at the few positions that pass.
            let mut cs = text[at..].char_indices().peekable();
            let base = at;
            while let Some((i, a)) = cs.next() {
                let Some(&(_, b)) = cs.peek() else { break };
                let bit = pair_bit(pair_key(a, b));
                if self.filter[bit >> 6] & (1 << (bit & 63)) == 0 {
                    continue;
                }
                if let Some((end, id)) = self.longest_at(text, base + i) {
                    at = end;
                    return Some((base + i, end, id));
                }
            }
            at = text.len();
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};
    use proptest::prelude::*;

    fn automaton(names: &[&str], text: &str) -> Vec<(usize, usize, u32)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names)
            .unwrap();
        ac.find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
            .collect()
    }

    #[test]
    fn longest_first_then_after_it() {
        let names = ["长沙", "长沙县", "长沙县高桥镇", "沙县", "高桥镇", "城区"];
        let set = NameSet::new(&names);
        let text = "湖南省长沙县高桥镇城区，长沙县沙县";
        let got: Vec<_> = set.find_iter(text).collect();
        assert_eq!(got, automaton(&names, text));
        let words: Vec<&str> = got.iter().map(|&(s, e, _)| &text[s..e]).collect();
        assert_eq!(words, ["长沙县高桥镇", "城区", "长沙县", "沙县"]);
        assert_eq!(set.get("沙县"), Some(3));
        assert_eq!(set.get("沙"), None);
    }

    #[test]
    fn single_character_names_and_ascii() {
        let names = ["a", "ab", "abc", "镇", "城关镇"];
        let set = NameSet::new(&names);
        for text in ["xabcab a 镇城关镇城关", "", "abab", "城关"] {
            assert_eq!(
                set.find_iter(text).collect::<Vec<_>>(),
                automaton(&names, text),
                "{text}"
            );
        }
    }

    proptest! {
        // The same matches as a leftmost-longest automaton, on texts made
        // of the names' own characters (so that matches overlap and nest).
        #[test]
        fn same_as_the_automaton(
            names in prop::collection::vec("[东西南北城关镇乡县区a-c]{1,5}", 1..40),
            text in "[东西南北城关镇乡县区a-c，x]{0,80}",
        ) {
            // The automaton keeps the first of equal patterns, as the set does.
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let set = NameSet::new(&refs);
            prop_assert_eq!(set.find_iter(&text).collect::<Vec<_>>(), automaton(&refs, &text));
        }

        // Without one-character names (the gazetteer's case) the scan
        // looks up names only where the pair filter passes: the same.
        #[test]
        fn same_as_the_automaton_without_single_characters(
            names in prop::collection::vec("[东西南北城关镇乡县区a-c]{2,5}", 1..40),
            text in "[东西南北城关镇乡县区a-c，x]{0,80}",
        ) {
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let set = NameSet::new(&refs);
            prop_assert!(set.singles.is_empty());
            prop_assert_eq!(set.find_iter(&text).collect::<Vec<_>>(), automaton(&refs, &text));
        }
    }
}
