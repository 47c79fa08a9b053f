//! The 勾稽 checks of [`crate::template::Rule`]: failures are listed as
//! `<rule>:<where>:expected=<sum of parts>:found=<printed>` (the reports
//! columns `arith_failures`, and flags `arith:…`); values are never corrected.

use super::{sec3, sec4, Cell, CellStatus};
use crate::template;

/// A small multiplicative hasher for the short keys below (SipHash costs
/// more than the lookups it serves).
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Key<'a> = (&'a str, &'a str, &'a str);

/// The cells by (section, row, col); the first cell of a key wins, as a
/// linear search in cell order would find it.
struct Index<'a>(
    std::collections::HashMap<Key<'a>, Option<f64>, std::hash::BuildHasherDefault<KeyHasher>>,
);

impl<'a> Index<'a> {
    fn new(cells: &'a [Cell]) -> Self {
        let mut m =
            std::collections::HashMap::with_capacity_and_hasher(cells.len(), Default::default());
        // (A missing cell — text where a number stands, or one a page
        // dropped — is not found: the rules over it are not checked.)
        for c in cells.iter().filter(|c| c.status != CellStatus::Missing) {
            m.entry((c.section, c.row_key, c.col_key))
                .or_insert(c.value);
        }
        Index(m)
    }
}

/// A cell's number; empty cells (blank, /, —, 无) count as 0; None when the
/// cell was not found at all.
fn num(cells: &Index, section: &str, row: &str, col: &str) -> Option<i64> {
    let v = cells.0.get(&(section, row, col))?;
    Some(v.map_or(0, |v| v as i64))
}

pub fn check(cell_list: &[Cell]) -> Vec<String> {
    if cell_list.is_empty() {
        return Vec::new();
    }
    let cells = &Index::new(cell_list);
    let layout = if cell_list
        .iter()
        .any(|c| c.section == sec3::SECTION && c.row_key == "other_other")
    {
        crate::record::Template::Table2021
    } else {
        crate::record::Template::Table2019
    };
    let subtotal = cell_list
        .iter()
        .any(|c| c.col_key == template::APPLICANT_SUBTOTAL.key);
    template::check_rules(
        layout,
        subtotal,
        |row, col| num(cells, sec3::SECTION, row, col),
        |group, col| num(cells, sec4::SECTION, group, col),
    )
    .into_iter()
    .map(|f| {
        format!(
            "{}:{}:expected={}:found={}",
            f.rule.key(),
            f.at,
            f.expected,
            f.found
        )
    })
    .collect()
}
