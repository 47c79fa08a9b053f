//! The 勾稽 checks of [`crate::template::Rule`]: failures are listed as
//! `<rule>:<where>:expected=<sum of parts>:found=<printed>` (the reports
//! columns `arith_failures`, and flags `arith:…`); values are never corrected.

use super::{sec3, sec4, Cell};
use crate::template::{self, Rule, REVIEW_COLUMNS, REVIEW_ROWS};

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
        for c in cells {
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

fn all(cells: &Index, section: &str, rows: &[&str], col: &str) -> Option<i64> {
    rows.iter().map(|r| num(cells, section, r, col)).sum()
}

fn fail(rule: Rule, at: &str, expected: i64, found: i64) -> String {
    format!("{}:{at}:expected={expected}:found={found}", rule.key())
}

pub fn check(cell_list: &[Cell]) -> Vec<String> {
    let mut out = Vec::new();
    if cell_list.is_empty() {
        return out;
    }
    let cells = &Index::new(cell_list);
    let s3 = sec3::SECTION;
    let layout = if cell_list
        .iter()
        .any(|c| c.section == s3 && c.row_key == "other_other")
    {
        crate::record::Template::Table2021
    } else {
        crate::record::Template::Table2019
    };
    let leaves = template::result_leaf_keys(layout);
    let mut cols: Vec<&str> = template::APPLICANT_COLUMNS.iter().map(|c| c.key).collect();
    if cell_list
        .iter()
        .any(|c| c.col_key == template::APPLICANT_SUBTOTAL.key)
    {
        cols.push(template::APPLICANT_SUBTOTAL.key);
    }
    for col in &cols {
        // 一 + 二 = （七）总计 + 四
        let lhs = all(cells, s3, &["new_received", "carried_over"], col);
        let rhs = all(cells, s3, &["total_handled", "carried_next"], col);
        if let (Some(l), Some(r)) = (lhs, rhs) {
            if l != r {
                out.push(fail(Rule::Balance, col, l, r));
            }
        }
        // （七）总计 = result leaf rows
        let sum = all(cells, s3, &leaves, col);
        let total = num(cells, s3, "total_handled", col);
        if let (Some(s), Some(t)) = (sum, total) {
            if s != t {
                out.push(fail(Rule::ResultSum, col, s, t));
            }
        }
    }
    // 总计 column = 自然人 + the five org columns, per row.
    for row in template::application_leaf_rows(layout) {
        let parts = template::APPLICANT_PARTS
            .iter()
            .map(|col| num(cells, s3, row.key, col))
            .sum::<Option<i64>>();
        if let (Some(p), Some(t)) = (parts, num(cells, s3, row.key, "total")) {
            if p != t {
                out.push(fail(Rule::ApplicantSum, row.key, p, t));
            }
        }
        // A printed 小计 of the 法人或其他组织 columns = the five of them.
        let sub = template::APPLICANT_SUBTOTAL.key;
        let orgs = template::APPLICANT_PARTS[1..]
            .iter()
            .map(|col| num(cells, s3, row.key, col))
            .sum::<Option<i64>>();
        if let (Some(o), Some(t)) = (orgs, num(cells, s3, row.key, sub)) {
            if o != t {
                out.push(fail(
                    Rule::ApplicantSum,
                    &format!("{}/{sub}", row.key),
                    o,
                    t,
                ));
            }
        }
    }
    // Section 四: 总计 = the four results, per group.
    let w = REVIEW_COLUMNS.len();
    for g in REVIEW_ROWS {
        let parts: Option<i64> = REVIEW_COLUMNS[..w - 1]
            .iter()
            .map(|c| num(cells, sec4::SECTION, g.key, c.key))
            .sum();
        if let (Some(p), Some(t)) = (parts, num(cells, sec4::SECTION, g.key, "total")) {
            if p != t {
                out.push(fail(Rule::ReviewSum, g.key, p, t));
            }
        }
    }
    out
}
