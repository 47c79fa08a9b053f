//! Deterministic sharding of the input for job arrays and clusters.
//!
//! `normalize --shard i/n` processes the documents whose stable hash of
//! `doc_id` falls in shard `i` of `n` (0-based). The hash is FNV-1a 64 over
//! the UTF-8 bytes of `doc_id`: the same on every machine, Rust version and
//! run, so n shards always split the corpus the same way and together cover
//! every document exactly once.

use std::fmt;
use std::str::FromStr;

/// Shard `index` of `count` (0 ≤ index < count).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// The whole input (one shard).
    pub const ALL: Shard = Shard { index: 0, count: 1 };

    pub fn contains(&self, doc_id: &str) -> bool {
        self.count <= 1 || stable_hash(doc_id) % self.count as u64 == self.index as u64
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("shard must be i/n (e.g. 0/4), got {s:?}"))?;
        let index: u32 = i
            .trim()
            .parse()
            .map_err(|_| format!("bad shard index {i:?}"))?;
        let count: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("bad shard count {n:?}"))?;
        if count == 0 || index >= count {
            return Err(format!("shard index must be in 0..{count}, got {index}"));
        }
        Ok(Shard { index, count })
    }
}

/// FNV-1a, 64 bit: stable across platforms and releases (unlike std's hasher).
pub fn stable_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2/8".parse::<Shard>(), Ok(Shard { index: 2, count: 8 }));
        assert!("8/8".parse::<Shard>().is_err());
        assert!("1/0".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
    }

    #[test]
    fn shards_partition_the_ids() {
        let ids: Vec<String> = (0..1000).map(|i| format!("2021/44/doc{i}")).collect();
        let n = 4;
        let mut seen = 0;
        for i in 0..n {
            let s = Shard { index: i, count: n };
            let mine = ids.iter().filter(|d| s.contains(d)).count();
            assert!(mine > 150, "shard {i} too small: {mine}");
            seen += mine;
        }
        assert_eq!(seen, ids.len());
    }

    #[test]
    fn hash_is_fixed() {
        // FNV-1a test vector.
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
