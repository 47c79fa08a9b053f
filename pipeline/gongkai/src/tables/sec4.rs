//! Section 四: 15 numbers, 行政复议 then the two 行政诉讼 groups, each
//! 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.

use super::scan::{region_tokens, Compact, Tok, TokKind};
use super::sec3::{int_of, raw_of, split_glued, Raw};
use super::{CellStatus, Ctx};
use crate::template::{REVIEW_COLUMNS, REVIEW_ROWS};

pub const SECTION: &str = "四";
pub const TABLE: &str = "review";

/// Per group: 总计 = the four results.
pub fn sums_ok(v: &[i64]) -> bool {
    let w = REVIEW_COLUMNS.len();
    v.len() == w * REVIEW_ROWS.len()
        && v.chunks(w)
            .all(|g| g[..w - 1].iter().sum::<i64>() == g[w - 1])
}

/// Plain pdftotext prints the 总计 header of each group as a block of its
/// own, so a group's 总计 number can land after the next group's results:
/// `72 64 178 37 12 1 1 6 351 13 4 8 1 26 20`. Reading: the four results of
/// each group stay together and in column order (行政复议, 未经复议直接起诉,
/// 复议后起诉); three of the 15 numbers are the 总计s, each after the start
/// of its group and equal to its four results' sum. When every such reading
/// gives the same 15 values, the positions of one of them in table order;
/// otherwise (none, or readings that differ) None.
pub fn floating_totals(v: &[i64]) -> Option<Vec<usize>> {
    let w = REVIEW_COLUMNS.len();
    let groups = REVIEW_ROWS.len();
    if v.len() != w * groups || w < 2 {
        return None;
    }
    let mut found: Option<(Vec<i64>, Vec<usize>)> = None;
    let n = v.len();
    // Three total positions a < b < c.
    for a in 0..n {
        for b in a + 1..n {
            for c in b + 1..n {
                let totals = [a, b, c];
                let results: Vec<usize> = (0..n).filter(|i| !totals.contains(i)).collect();
                let quads: Vec<&[usize]> = results.chunks(w - 1).collect();
                // Which total belongs to which group: every matching that
                // passes the sums and the "after the group starts" order.
                for perm in PERMS {
                    let ok = (0..groups).all(|g| {
                        let t = totals[perm[g]];
                        t > quads[g][0] && quads[g].iter().map(|&i| v[i]).sum::<i64>() == v[t]
                    });
                    if !ok {
                        continue;
                    }
                    let order: Vec<usize> = (0..groups)
                        .flat_map(|g| quads[g].iter().copied().chain([totals[perm[g]]]))
                        .collect();
                    let values: Vec<i64> = order.iter().map(|&i| v[i]).collect();
                    match &found {
                        Some((seen, _)) if *seen != values => return None,
                        Some(_) => {}
                        None => found = Some((values, order)),
                    }
                }
            }
        }
    }
    found.map(|(_, order)| order)
}

/// The orders of three groups' totals.
const PERMS: [[usize; 3]; 6] = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
];

pub fn extract(ctx: &mut Ctx, from: usize) {
    let c = ctx.c;
    let n = REVIEW_COLUMNS.len() * REVIEW_ROWS.len();
    // The table header names the lawsuit groups; the numbers follow it.
    let Some(direct) = c.find_from(REVIEW_ROWS[1].aliases[0], from) else {
        return;
    };
    let start = c.text[from..direct]
        .rfind(REVIEW_ROWS[0].aliases[0])
        .map_or(direct, |i| from + i);
    let end = c.find_from("五、", direct).unwrap_or(c.text.len());
    let toks = region_tokens(c, start, end);
    let piped = c.text[start..end].contains('|');
    let mut vals = cell_tokens(c, &toks);
    // Blank cells beyond the 15: trailing `| |` pieces, and blank header
    // cells before the numbers (a group header drawn as two cells).
    super::scan::trim_blanks(&mut vals, n, |v| {
        v.1.kind == TokKind::Empty(CellStatus::Blank)
    });
    if vals.is_empty() {
        return;
    }
    let interleaved = !piped && interleaved(c, &toks, &vals);
    let raws: Vec<Raw> = vals.iter().map(|(_, t)| raw_of(t)).collect();
    let at_end = end >= c.text.trim_end().len();
    let Some(raws) = choose(ctx, raws, interleaved, piped, at_end) else {
        return;
    };
    for (i, raw) in raws.iter().enumerate() {
        let row = REVIEW_ROWS[i / REVIEW_COLUMNS.len()].key;
        let col = REVIEW_COLUMNS[i % REVIEW_COLUMNS.len()].key;
        let cell = ctx.cell(SECTION, TABLE, row, col, raw, None);
        ctx.cells.push(cell);
    }
}

/// The cell tokens of the region, up to prose (a text token that is a
/// sentence), with their token indices.
fn cell_tokens<'t>(c: &Compact, toks: &'t [Tok]) -> Vec<(usize, &'t Tok)> {
    let mut vals: Vec<(usize, &Tok)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Text {
            let s = &c.text[t.start..t.end];
            if !vals.is_empty() && (s.contains('。') || s.contains(',')) {
                break;
            }
            continue;
        }
        vals.push((i, t));
    }
    vals
}

/// Text between two numbers breaks the order of the cells — unless it is
/// the header of the very column the next number takes in table order
/// (plain pdftotext printing the 总计 header right before its cell).
fn interleaved(c: &Compact, toks: &[Tok], vals: &[(usize, &Tok)]) -> bool {
    vals.windows(2).enumerate().any(|(k, w)| {
        if w[1].0 == w[0].0 + 1 {
            return false;
        }
        let between: String = toks[w[0].0 + 1..w[1].0]
            .iter()
            .map(|t| &c.text[t.start..t.end])
            .collect();
        let col = &REVIEW_COLUMNS[(k + 1) % REVIEW_COLUMNS.len()];
        between != col.label && !col.aliases.contains(&between.as_str())
    })
}

/// The 15 cells the table's tokens give, or None (with a flag) when no
/// reading is certain.
fn choose(
    ctx: &mut Ctx,
    raws: Vec<Raw>,
    interleaved: bool,
    piped: bool,
    at_end: bool,
) -> Option<Vec<Raw>> {
    let c = ctx.c;
    let n = REVIEW_COLUMNS.len() * REVIEW_ROWS.len();
    let ints: Option<Vec<i64>> = raws.iter().map(|r| int_of(c, r)).collect();
    if raws.len() == n {
        // Header words between the numbers mean cells were detached from
        // their columns: only a reading that passes every sum is certain.
        if !interleaved || ints.as_deref().is_some_and(sums_ok) {
            return Some(raws);
        }
        if let Some(order) = ints.as_deref().and_then(floating_totals) {
            // Plain pdftotext moved the 总计 cells away from their groups.
            ctx.flag("tables:review_regrouped".to_string());
            return Some(order.iter().map(|&i| raws[i]).collect());
        }
        ctx.flag("tables:review_unmapped".to_string());
        return None;
    }
    let digits: usize = raws.iter().map(|r| r.end - r.start).sum();
    if raws.len() < n && ints.is_some() && !piped && digits > raws.len() && digits >= n {
        let mut sols = split_glued(c, &raws, n, &sums_ok, 2);
        if sols.len() != 1 {
            ctx.flag("tables:glued_ambiguous:review".to_string());
            return None;
        }
        return sols.pop();
    }
    if raws.len() < n && !interleaved && at_end {
        ctx.flag("tables:cut_off:review".to_string());
        return Some(raws);
    }
    ctx.flag("tables:review_unmapped".to_string());
    None
}

#[cfg(test)]
mod tests {
    use super::floating_totals;

    fn read(v: &[i64]) -> Option<Vec<i64>> {
        floating_totals(v).map(|o| o.iter().map(|&i| v[i]).collect())
    }

    #[test]
    fn totals_printed_away_from_their_groups_are_put_back_when_unique() {
        // 复议 30 20 11 5 =66; 直接起诉 7 2 1 3 =13; 复议后起诉 4 9 2 6 =21,
        // 复议's 总计 after 直接's results, 直接's at the very end.
        let v = [30, 20, 11, 5, 7, 2, 1, 3, 66, 4, 9, 2, 6, 21, 13];
        assert_eq!(
            read(&v),
            Some(vec![30, 20, 11, 5, 66, 7, 2, 1, 3, 13, 4, 9, 2, 6, 21])
        );
        // All zeros: every reading gives the same cells.
        assert_eq!(read(&[0; 15]), Some(vec![0; 15]));
        // Sums that fit no reading (a report's own arithmetic broken): none.
        assert_eq!(read(&[10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]), None);
        // Small numbers that several readings fit with different cells: none.
        assert_eq!(read(&[1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]), None);
    }
}
