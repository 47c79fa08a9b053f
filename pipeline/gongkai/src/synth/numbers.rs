//! The numbers of sections 二, 三 and 四: drawn so that the 勾稽 rules hold,
//! then (for a small share) broken on purpose, and checked by the rules of
//! [`crate::template::Rule`].

use super::rng::Rng;
use super::TruthCell;
use crate::record::{Level, Template};
use crate::template::{
    self, RowDef, Rule, TableDef, APPLICANT_COLUMNS, REVIEW_COLUMNS, REVIEW_ROWS,
};
use std::collections::HashMap;

/// Table key of section 三 in [`TruthCell::table`].
pub const APPS_TABLE: &str = "applications";
/// Table key of section 四 in [`TruthCell::table`].
pub const REVIEW_TABLE: &str = "review";

/// All table values of one document, in template order.
#[derive(Debug, Clone)]
pub struct Values {
    pub template: Template,
    /// `[table][row][col]` for the section 二 tables of the layout.
    pub art20: Vec<Vec<Vec<Option<f64>>>>,
    /// Leaf rows of section 三, printed order.
    pub app_rows: Vec<RowDef>,
    /// `[leaf row][applicant column]`, 7 columns (the last is 总计).
    pub apps: Vec<[Option<i64>; 7]>,
    /// `[group][column]` of section 四.
    pub review: [[Option<i64>; 5]; 3],
}

/// How many applications a unit of this level sees in a year.
fn app_scale(rng: &mut Rng, level: Level) -> i64 {
    match level {
        Level::Township => {
            if rng.chance(0.7) {
                0
            } else {
                rng.skewed(8)
            }
        }
        Level::County => rng.skewed(150),
        Level::Prefecture => 5 + rng.skewed(900),
        Level::Province => 40 + rng.skewed(2500),
        Level::Department => {
            if rng.chance(0.4) {
                0
            } else {
                rng.skewed(200)
            }
        }
    }
}

/// Split `n` over weighted buckets with some noise; the parts sum to `n`.
fn split(rng: &mut Rng, n: i64, weights: &[u32]) -> Vec<i64> {
    let mut out = vec![0i64; weights.len()];
    let mut rest = n;
    let mut wrest: u32 = weights.iter().sum();
    for (i, &w) in weights.iter().enumerate() {
        if rest <= 0 {
            break;
        }
        if i + 1 == weights.len() || wrest == 0 {
            out[i] = rest;
            break;
        }
        let share = rest as f64 * w as f64 / wrest as f64;
        let take = (share * (0.5 + rng.unit())).round() as i64;
        let take = take.clamp(0, rest);
        out[i] = take;
        rest -= take;
        wrest -= w;
    }
    out
}

fn result_weight(key: &str) -> u32 {
    match key {
        "granted" => 40,
        "partial" => 8,
        "unable_not_held" => 20,
        "unable_needs_creation" => 3,
        "unable_unclear" => 2,
        "not_processed_petition" => 4,
        "not_processed_repeat" => 3,
        "other_handling" => 6,
        "other_no_correction" | "other_other" => 3,
        _ => 1,
    }
}

fn art20_values(rng: &mut Rng, level: Level, t: &TableDef) -> Vec<Vec<Option<f64>>> {
    let big = matches!(level, Level::Province | Level::Prefecture);
    let small = level == Level::Township;
    t.rows
        .iter()
        .map(|row| {
            let mut vals = Vec::with_capacity(t.columns.len());
            for col in t.columns {
                let v: f64 = match (row.key, col.key) {
                    ("rules", _) if !big => 0.0,
                    (_, "new_made" | "issued") => rng.skewed(if small { 3 } else { 40 }) as f64,
                    (_, "new_published") => vals.first().copied().flatten().unwrap_or(0.0),
                    (_, "repealed") => rng.skewed(if small { 1 } else { 10 }) as f64,
                    (_, "published_total" | "in_force") => {
                        vals.first().copied().flatten().unwrap_or(0.0)
                            + rng.skewed(if small { 10 } else { 300 }) as f64
                    }
                    (_, "prev_year_items") => rng.skewed(if small { 20 } else { 600 }) as f64,
                    (_, "change") => {
                        if rng.chance(0.5) {
                            0.0
                        } else {
                            rng.range(-15, 25) as f64
                        }
                    }
                    (_, "decisions") => rng.skewed(if small { 50 } else { 8000 }) as f64,
                    (_, "procurement_items") => rng.skewed(if small { 15 } else { 120 }) as f64,
                    (_, "procurement_amount" | "fee_amount") => {
                        if small && rng.chance(0.6) {
                            0.0
                        } else if rng.chance(0.5) {
                            rng.skewed(5000) as f64
                        } else {
                            rng.skewed(500_000) as f64 / 100.0
                        }
                    }
                    _ => rng.skewed(20) as f64,
                };
                vals.push(Some(v));
            }
            vals
        })
        .collect()
}

/// Draw all values for a layout; every 勾稽 rule holds.
pub fn draw(rng: &mut Rng, level: Level, template: Template) -> Values {
    let art20 = template::article20_tables(template)
        .iter()
        .map(|t| art20_values(rng, level, t))
        .collect();
    let app_rows = template::application_leaf_rows(template);
    let results = template::result_leaf_keys(template);
    let weights: Vec<u32> = results.iter().map(|k| result_weight(k)).collect();
    let idx = |key: &str| app_rows.iter().position(|r| r.key == key);
    let mut apps = vec![[Some(0i64); 7]; app_rows.len()];
    let n = app_scale(rng, level);
    let by_col = split(rng, n, &[80, 8, 1, 1, 4, 6]);
    for (c, &new) in by_col.iter().enumerate() {
        let carried = if new > 0 && rng.chance(0.4) {
            rng.skewed(new / 4 + 1)
        } else {
            0
        };
        let next = if new + carried > 0 && rng.chance(0.4) {
            rng.skewed((new + carried) / 5 + 1).min(new + carried)
        } else {
            0
        };
        let handled = new + carried - next;
        let parts = split(rng, handled, &weights);
        let mut set = |key: &str, v: i64| {
            if let Some(r) = idx(key) {
                apps[r][c] = Some(v);
            }
        };
        set("new_received", new);
        set("carried_over", carried);
        set("total_handled", handled);
        set("carried_next", next);
        for (k, v) in results.iter().zip(parts) {
            set(k, v);
        }
    }
    for row in apps.iter_mut() {
        row[6] = Some(row[..6].iter().map(|v| v.unwrap_or(0)).sum());
    }
    let mut review = [[Some(0i64); 5]; 3];
    let scale = (n / 40).max(if rng.chance(0.15) { 2 } else { 0 });
    for (g, group) in review.iter_mut().enumerate() {
        let total = if g == 2 {
            rng.skewed(scale / 3)
        } else {
            rng.skewed(scale)
        };
        let parts = split(rng, total, &[6, 1, 2, 2]);
        for (c, p) in parts.iter().enumerate() {
            group[c] = Some(*p);
        }
        group[4] = Some(total);
    }
    Values {
        template,
        art20,
        app_rows,
        apps,
        review,
    }
}

/// A typo: one cell of section 三 or 四 moved off by a few.
pub fn inject_error(rng: &mut Rng, v: &mut Values) {
    let d = rng.range(1, 12);
    let cell: &mut Option<i64> = if rng.chance(0.75) {
        let r = rng.below(v.apps.len());
        let c = rng.below(7);
        &mut v.apps[r][c]
    } else {
        let g = rng.below(3);
        let c = rng.below(5);
        &mut v.review[g][c]
    };
    let old = cell.unwrap_or(0);
    *cell = Some(if old >= d && rng.chance(0.5) {
        old - d
    } else {
        old + d
    });
}

/// Print zero cells as empty: everywhere in 三/四 (`all`) or only in the
/// 法人或其他组织 columns of 三.
pub fn blank_zeros(v: &mut Values, all: bool) {
    for row in v.apps.iter_mut() {
        for (c, cell) in row.iter_mut().enumerate() {
            let org = (1..=5).contains(&c);
            if *cell == Some(0) && (all || org) {
                *cell = None;
            }
        }
    }
    if all {
        for cell in v.review.iter_mut().flatten() {
            if *cell == Some(0) {
                *cell = None;
            }
        }
    }
}

/// The truth cells of every table, in template order.
pub fn cells(v: &Values) -> Vec<TruthCell> {
    let mut out = Vec::with_capacity(300);
    for (t, vals) in template::article20_tables(v.template).iter().zip(&v.art20) {
        for (row, rv) in t.rows.iter().zip(vals) {
            for (col, cv) in t.columns.iter().zip(rv) {
                out.push(TruthCell {
                    section: t.section,
                    table: t.key,
                    row_key: row.key,
                    col_key: col.key,
                    value: *cv,
                });
            }
        }
    }
    for (row, rv) in v.app_rows.iter().zip(&v.apps) {
        for (col, cv) in APPLICANT_COLUMNS.iter().zip(rv) {
            out.push(TruthCell {
                section: "三",
                table: APPS_TABLE,
                row_key: row.key,
                col_key: col.key,
                value: cv.map(|x| x as f64),
            });
        }
    }
    for (row, rv) in REVIEW_ROWS.iter().zip(&v.review) {
        for (col, cv) in REVIEW_COLUMNS.iter().zip(rv) {
            out.push(TruthCell {
                section: "四",
                table: REVIEW_TABLE,
                row_key: row.key,
                col_key: col.key,
                value: cv.map(|x| x as f64),
            });
        }
    }
    out
}

/// The 小计 of a section 三 row as printed: the five 法人或其他组织 cells
/// summed, empty when all five are empty.
pub fn org_subtotal(row: &[Option<i64>; 7]) -> Option<i64> {
    let orgs = &row[1..6];
    orgs.iter()
        .any(Option::is_some)
        .then(|| orgs.iter().map(|x| x.unwrap_or(0)).sum())
}

/// The truth cells of the 小计 column, for reports that print it.
pub fn subtotal_cells(v: &Values) -> Vec<TruthCell> {
    v.app_rows
        .iter()
        .zip(&v.apps)
        .map(|(row, rv)| TruthCell {
            section: "三",
            table: APPS_TABLE,
            row_key: row.key,
            col_key: template::APPLICANT_SUBTOTAL.key,
            value: org_subtotal(rv).map(|x| x as f64),
        })
        .collect()
}

/// Keys of the [`Rule`]s the cells break (empty cells count as 0), in
/// [`Rule::ALL`] order.
pub fn broken_rules(template: Template, cells: &[TruthCell]) -> Vec<&'static str> {
    let map: HashMap<(&str, &str, &str), f64> = cells
        .iter()
        .map(|c| ((c.table, c.row_key, c.col_key), c.value.unwrap_or(0.0)))
        .collect();
    let get = |t: &str, r: &str, c: &str| Some(map.get(&(t, r, c)).copied().unwrap_or(0.0) as i64);
    let failures = template::check_rules(
        template,
        false,
        |r, c| get(APPS_TABLE, r, c),
        |g, c| get(REVIEW_TABLE, g, c),
    );
    Rule::ALL
        .into_iter()
        .filter(|rule| failures.iter().any(|f| f.rule == *rule))
        .map(Rule::key)
        .collect()
}
