//! Section 三, the applications table: rows of 7 numbers (8 with a 小计
//! column), found by their template labels in every flattening style.

use super::scan::{
    digits_of, glued_splits, label_ordinal, ordinal_before, region_tokens, strip_ordinal,
    year_in_label_before, Compact, Tok, TokKind,
};
use super::{Cell, CellStatus, Ctx};
use crate::record::Template;
use crate::template::{self, ColDef, RowDef};

pub const SECTION: &str = "三";
pub const TABLE: &str = "applications";

/// Where section 三's table sits in the compact text.
pub fn find(c: &Compact) -> Option<(usize, usize)> {
    let head = template::APPLICANT_COLUMNS[0].label;
    let org = "法人或其他组织";
    let mut from = 0;
    let start = loop {
        let p = c.find_from(head, from)?;
        let lo = floor(&c.text, p.saturating_sub(300));
        let hi = floor(&c.text, (p + 300).min(c.text.len()));
        if let Some(q) = crate::text::find(&c.text[lo..hi], org) {
            break (lo + q).min(p);
        }
        from = p + head.len();
    };
    let review = template::REVIEW_ROWS[0].label;
    let end = c.find_from(review, start).unwrap_or(c.text.len());
    Some((start, end))
}

pub fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A row label found in the text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub row: usize,
    pub start: usize,
    pub end: usize,
}

/// Find the labels of `rows` in `c.text[start..end]`: the label without its
/// ordinal or any alias; short ones (其他, 总计) only after their ordinal.
/// Overlaps go to the longest match.
/// A row's search patterns: its ordinal, and the folded label (without the
/// ordinal) and aliases, each with whether it is short (≤ 3 characters).
struct RowPats {
    ord: Option<String>,
    /// The ordinal in the other numerals (（一） printed 1.).
    ord_twin: Option<String>,
    pats: Vec<(memchr::memmem::Finder<'static>, bool)>,
}

fn row_pats(r: &RowDef) -> RowPats {
    let ord = label_ordinal(r.label);
    let ord_twin = ord.as_deref().and_then(crate::numerals::ordinal_twin);
    let mut pats = vec![strip_ordinal(r.label)];
    for a in r.aliases {
        let f = crate::text::fold(a);
        if !pats.contains(&f) {
            pats.push(f);
        }
    }
    RowPats {
        ord,
        ord_twin,
        pats: pats
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| {
                let short = p.chars().count() <= 3;
                (memchr::memmem::Finder::new(&p).into_owned(), short)
            })
            .collect(),
    }
}

/// Keyed by where the (static) label and aliases are: same place, same text.
type RowPatsCache = std::collections::HashMap<(usize, usize, usize, usize), std::rc::Rc<RowPats>>;

thread_local! {
    /// Patterns of the template rows, folded once per thread.
    static ROW_PATS: std::cell::RefCell<RowPatsCache> = Default::default();
}

fn cached_row_pats(r: &RowDef) -> std::rc::Rc<RowPats> {
    ROW_PATS.with(|m| {
        m.borrow_mut()
            .entry((
                r.label.as_ptr() as usize,
                r.label.len(),
                r.aliases.as_ptr() as usize,
                r.aliases.len(),
            ))
            .or_insert_with(|| std::rc::Rc::new(row_pats(r)))
            .clone()
    })
}

pub fn find_labels(c: &Compact, start: usize, end: usize, rows: &[RowDef]) -> Vec<Hit> {
    let region = &c.text[start..end];
    let mut hits = Vec::new();
    for (ri, r) in rows.iter().enumerate() {
        let rp = cached_row_pats(r);
        let ord = &rp.ord;
        for (p, short) in &rp.pats {
            let short = *short;
            for i in p.find_iter(region.as_bytes()) {
                let at = start + i;
                // The ordinal before the label, or before a year printed
                // in it, in either numerals.
                let before = year_in_label_before(&c.text, at).unwrap_or(at);
                let ob = [ord, &rp.ord_twin]
                    .into_iter()
                    .flatten()
                    .find_map(|o| ordinal_before(&c.text[..before], before, o))
                    .filter(|&s| s >= start);
                if short && ord.is_some() && ob.is_none() {
                    continue;
                }
                hits.push(Hit {
                    row: ri,
                    start: ob.unwrap_or(at),
                    end: at + p.needle().len(),
                });
            }
        }
    }
    hits.sort_by_key(|h| (std::cmp::Reverse(h.end - h.start), h.start));
    let mut kept: Vec<Hit> = Vec::new();
    for h in hits {
        if kept.iter().all(|k| h.end <= k.start || h.start >= k.end) {
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| h.start);
    kept
}

/// Applicant columns as printed: 7, or 8 when the header has 小计.
pub fn columns(header: &str) -> Vec<ColDef> {
    let mut cols: Vec<ColDef> = template::APPLICANT_COLUMNS.to_vec();
    if let Some(p) = header.find(template::APPLICANT_SUBTOTAL.label) {
        // 小计 sits where the header prints it: before the org columns or
        // after 其他 (the usual place, right before 总计).
        let first_org = header.find(cols[1].label).unwrap_or(usize::MAX);
        let at = if p < first_org { 1 } else { cols.len() - 1 };
        cols.insert(at, template::APPLICANT_SUBTOTAL);
    }
    cols
}

/// Row sum of the applicant columns: 总计 = 自然人 + five orgs (and 小计 =
/// five orgs when printed).
pub fn row_sum_ok(cols: &[ColDef], v: &[i64]) -> bool {
    let get = |k: &str| cols.iter().position(|c| c.key == k).map(|i| v[i]);
    let parts: i64 = template::APPLICANT_PARTS
        .iter()
        .filter_map(|k| get(k))
        .sum();
    let orgs: i64 = template::APPLICANT_PARTS[1..]
        .iter()
        .filter_map(|k| get(k))
        .sum();
    get("total") == Some(parts) && get("org_subtotal").is_none_or(|s| s == orgs)
}

/// A value cell before it becomes a [`Cell`]: compact byte range + status.
#[derive(Debug, Clone, Copy)]
pub struct Raw {
    pub start: usize,
    pub end: usize,
    pub status: CellStatus,
}

pub fn raw_of(t: &Tok) -> Raw {
    let status = match &t.kind {
        TokKind::Num => CellStatus::Number,
        TokKind::Empty(s) => *s,
        TokKind::Text => CellStatus::Missing,
    };
    Raw {
        start: t.start,
        end: t.end,
        status,
    }
}

pub fn int_of(c: &Compact, r: &Raw) -> Option<i64> {
    if r.status != CellStatus::Number {
        return None;
    }
    let s: String = c.text[r.start..r.end]
        .chars()
        .filter(|x| x.is_ascii_digit() || *x == '.')
        .collect();
    s.parse::<f64>().ok().map(|v| v as i64)
}

fn region_vals(c: &Compact, start: usize, end: usize) -> Vec<Raw> {
    region_tokens(c, start, end)
        .iter()
        .filter(|t| t.is_value())
        .map(raw_of)
        .collect()
}

fn all_ints(c: &Compact, raws: &[Raw]) -> Option<Vec<i64>> {
    raws.iter().map(|r| int_of(c, r)).collect()
}

pub fn extract(ctx: &mut Ctx) -> Option<Template> {
    let c = ctx.c;
    let (start, end) = find(c)?;
    let (layout, rows, hits) = layout_of(c, start, end)?;
    let cols = columns(&c.text[start..hits[0].start]);
    let n = cols.len();
    let mut regions = regions(c, &rows, &hits, start, end);
    let width = |r: &Region| r.cands.iter().map(|x| x.len()).max().unwrap_or(0).max(1);
    for r in regions.iter_mut() {
        let k = width(r);
        // Colspan or trailing `| |` pieces beyond the row, and blank cells
        // between a label and its numbers (a label cell drawn as two, the
        // second empty).
        super::scan::trim_blanks(&mut r.vals, n * k, |v| v.status == CellStatus::Blank);
    }
    let table = Table {
        rows: &rows,
        cols: &cols,
        detached: regions.iter().any(|r| r.vals.len() > n * width(r)),
        glued: regions.iter().any(|r| {
            !r.last
                && !r.vals.is_empty()
                && r.vals.len() < n
                && r.vals.iter().all(|v| v.status == CellStatus::Number)
                && r.vals.iter().map(|v| v.end - v.start).sum::<usize>() >= n
        }),
        text_end: c.text.trim_end().len(),
    };
    let mut found = Found {
        assigned: vec![None; rows.len()],
        failed: Vec::new(),
        ambiguous: Vec::new(),
    };
    for r in &regions {
        assign_region(ctx, r, &table, &mut found);
    }
    let Found {
        mut assigned,
        mut failed,
        ambiguous,
    } = found;
    if !ambiguous.is_empty() {
        resolve_by_columns(ctx, &mut assigned, ambiguous, &rows, layout, n, &mut failed);
    }
    if table.detached {
        column_blocks(
            ctx,
            &mut assigned,
            (&rows, &hits),
            layout,
            &cols,
            start,
            end,
        );
    }
    for (what, row) in failed {
        if assigned[row].is_none() {
            ctx.flag(format!("tables:{what}:{}", rows[row].key));
        }
    }
    for (i, a) in assigned.iter().enumerate() {
        let Some(vals) = a else { continue };
        for (col, raw) in cols.iter().zip(vals) {
            let cell = ctx.cell(SECTION, TABLE, rows[i].key, col.key, raw, None);
            ctx.cells.push(cell);
        }
    }
    Some(layout)
}

/// The layout this table itself shows (mixed layouts exist: a 2021 row
/// label makes it 2021), its rows and the labels found.
fn layout_of(c: &Compact, start: usize, end: usize) -> Option<(Template, Vec<RowDef>, Vec<Hit>)> {
    let rows21 = template::application_rows(Template::Table2021);
    let keys19: Vec<&str> = template::application_rows(Template::Table2019)
        .iter()
        .map(|r| r.key)
        .collect();
    let hits21 = find_labels(c, start, end, &rows21);
    let is2021 = hits21.iter().any(|h| !keys19.contains(&rows21[h.row].key));
    let (layout, rows, hits) = if is2021 {
        (Template::Table2021, rows21, hits21)
    } else {
        let rows = template::application_rows(Template::Table2019);
        let hits = find_labels(c, start, end, &rows);
        (Template::Table2019, rows, hits)
    };
    (!hits.is_empty()).then_some((layout, rows, hits))
}

/// The values between two labels and the rows they may belong to.
struct Region {
    /// The row of the label the region follows (None: before the first
    /// label, or a heading).
    own: Option<usize>,
    end: usize,
    /// Candidate row runs, the full run first.
    cands: Vec<Vec<usize>>,
    vals: Vec<Raw>,
    last: bool,
}

/// Regions: before the first label, then after each label. A region's
/// candidate rows run from its label to the next label in layout order;
/// rows whose label stands elsewhere (out of order in plain pdftotext) are
/// tried both in and out of that run.
fn regions(c: &Compact, rows: &[RowDef], hits: &[Hit], start: usize, end: usize) -> Vec<Region> {
    let leaf = |i: usize| !rows[i].heading;
    let hit_rows: Vec<usize> = hits.iter().map(|h| h.row).collect();
    let candidates = |own: Option<usize>, lo: usize, hi: usize| -> Vec<Vec<usize>> {
        let full: Vec<usize> = (lo..hi).filter(|&i| leaf(i)).collect();
        let bare: Vec<usize> = full
            .iter()
            .copied()
            .filter(|&i| Some(i) == own || !hit_rows.contains(&i))
            .collect();
        let mut out = vec![full];
        for alt in [bare, own.into_iter().collect()] {
            if !alt.is_empty() && !out.contains(&alt) {
                out.push(alt);
            }
        }
        out
    };
    let mut regions = Vec::with_capacity(hits.len() + 1);
    regions.push(Region {
        own: None,
        end: hits[0].start,
        cands: candidates(None, 0, hits[0].row),
        vals: region_vals(c, start, hits[0].start),
        last: false,
    });
    for (k, h) in hits.iter().enumerate() {
        let next = hits.get(k + 1);
        let rend = next.map_or(end, |x| x.start);
        let own = Some(h.row).filter(|&i| leaf(i));
        // The next label in layout order, past headings a rowspan repeats
        // on every row (`| 三、本年度办理结果 | （三）不予公开 | … |`).
        let later = hits[k + 1..]
            .iter()
            .find(|m| !(rows[m.row].heading && m.row <= h.row));
        let cands = match later {
            Some(m) if m.row > h.row => candidates(own, h.row, m.row),
            _ => match own {
                Some(i) => vec![vec![i]],
                None => vec![(h.row + 1..rows.len())
                    .find(|&i| leaf(i))
                    .filter(|&i| rows[i].parent == Some(rows[h.row].key))
                    .into_iter()
                    .collect()],
            },
        };
        regions.push(Region {
            own,
            end: rend,
            cands,
            vals: region_vals(c, h.end, rend),
            last: next.is_none(),
        });
    }
    regions
}

/// What holds for the whole table while its regions are read.
struct Table<'a> {
    rows: &'a [RowDef],
    cols: &'a [ColDef],
    /// Some region holds more values than its rows: cells were detached
    /// from their rows.
    detached: bool,
    /// Some region's numbers lost their separators.
    glued: bool,
    text_end: usize,
}

/// Rows assigned so far, rows that failed (why, row) and glued rows with
/// several readings.
struct Found {
    assigned: Vec<Option<Vec<Raw>>>,
    failed: Vec<(&'static str, usize)>,
    ambiguous: Vec<(usize, Vec<Vec<Raw>>)>,
}

/// A glued row's values, fewer than its columns, into its cells: the one
/// split whose cells add up, else the row with its empty cells dropped.
fn assign_glued(ctx: &mut Ctx, r: &Region, t: &Table, found: &mut Found, row: usize) {
    let c = ctx.c;
    let norm = &ctx.doc.norm.text;
    let (rows, n) = (t.rows, t.cols.len());
    let v = &r.vals;
    let sols = split_glued(c, v, n, &|x: &[i64]| row_sum_ok(t.cols, x), 50);
    // No split adds up: the empty cells may have left no trace (103,
    // 3, 1, 107), as in a sparse row; three values at least (42 and
    // 42.86% may be prose), or one cell and its equal 总计 (31, 31).
    let one_cell = v.len() == 2 && all_ints(c, v).is_some_and(|x| x[0] == x[1] && x[0] > 0);
    let sparse = || sparse_row(c, norm, v, t.cols).filter(|_| v.len() >= 3 || one_cell);
    match sols.len() {
        1 => put(ctx, &mut found.assigned, row, sols[0].clone(), rows),
        0 => match sparse() {
            Some(cells) => {
                put(ctx, &mut found.assigned, row, cells, rows);
                ctx.flag(format!("tables:row_sparse:{}", rows[row].key));
            }
            None => found.failed.push(("glued_ambiguous", row)),
        },
        _ => found.ambiguous.push((row, sols)),
    }
}

/// Read one region's values into rows.
fn assign_region(ctx: &mut Ctx, r: &Region, t: &Table, found: &mut Found) {
    let c = ctx.c;
    let norm = &ctx.doc.norm.text;
    let (rows, n) = (t.rows, t.cols.len());
    let v = &r.vals;
    if v.is_empty() {
        return;
    }
    let Some(first) = r.cands.first().filter(|t| !t.is_empty()) else {
        ctx.flag("tables:values_without_row".to_string());
        return;
    };
    // A row-major run: exactly n values per candidate row. Anything but
    // a label's own single row is an inference and must pass the row sums.
    let fit = r.cands.iter().find(|run| {
        v.len() == n * run.len() && {
            let checked =
                t.detached || r.own.is_none() || run.as_slice() != [r.own.unwrap_or(usize::MAX)];
            !checked
                || v.chunks(n)
                    .all(|ch| all_ints(c, ch).is_some_and(|x| row_sum_ok(t.cols, &x)))
        }
    });
    if let Some(run) = fit {
        for (row, ch) in run.iter().zip(v.chunks(n)) {
            put(ctx, &mut found.assigned, *row, ch.to_vec(), rows);
        }
        return;
    }
    let all_num = v.iter().all(|x| x.status == CellStatus::Number);
    let single = r.cands.iter().find(|run| run.len() == 1);
    if let (true, true, Some(run)) = (t.glued && all_num && v.len() < n, r.own.is_some(), single) {
        assign_glued(ctx, r, t, found, run[0]);
        return;
    }
    if r.last && !t.detached && r.end >= t.text_end && v.len() < n * first.len() {
        // Excerpt cut off inside the row: the cells present, nothing more.
        for (row, ch) in first.iter().zip(v.chunks(n)) {
            put(ctx, &mut found.assigned, *row, ch.to_vec(), rows);
        }
        let cut = first[(v.len() / n).min(first.len() - 1)];
        ctx.flag(format!("tables:cut_off:{}", rows[cut].key));
        return;
    }
    // More values than the label's row holds (cells detached from other
    // rows follow it): its first n values are its row only when they pass
    // the row sum with a non-zero 总计, which a column-major run of other
    // rows' cells does not do by chance.
    if let Some(own) = r.own.filter(|_| v.len() > n) {
        let head = &v[..n];
        if all_ints(c, head).is_some_and(|x| row_sum_ok(t.cols, &x) && x[n - 1] > 0) {
            put(ctx, &mut found.assigned, own, head.to_vec(), rows);
            ctx.flag(format!("tables:row_prefix:{}", rows[own].key));
            return;
        }
    }
    if let Some(own) = r
        .own
        .filter(|_| !t.detached && !t.glued && r.cands.len() == 1)
    {
        if let Some(cells) = sparse_row(c, norm, v, t.cols) {
            put(ctx, &mut found.assigned, own, cells, rows);
            ctx.flag(format!("tables:row_sparse:{}", rows[own].key));
            return;
        }
    }
    for &row in first {
        found.failed.push(("row_unmapped", row));
    }
}

/// A label's own row whose empty cells the page dropped (25 | | | | | 25
/// rendered as 25 and 25): fewer values than columns, the last the 总计
/// column's where it is the sum of the others (a lone 0: every cell 0).
/// Which columns the others fill is unknown: they stay missing, and only
/// the 总计 is read, unless the lines say it (see [`line_positions`]).
fn sparse_row(c: &Compact, norm: &str, v: &[Raw], cols: &[ColDef]) -> Option<Vec<Raw>> {
    let n = cols.len();
    if v.len() >= n || cols.last()?.key != "total" {
        return None;
    }
    let x = all_ints(c, v)?;
    let (&last, parts) = x.split_last()?;
    let sums = if parts.is_empty() {
        last == 0
    } else {
        parts.iter().sum::<i64>() == last
    };
    if !sums {
        return None;
    }
    let at = *v.last()?;
    let gap = Raw {
        start: at.start,
        end: at.start,
        status: CellStatus::Missing,
    };
    let mut cells = vec![gap; n];
    match line_positions(c, norm, v, n) {
        Some(cols) => {
            for (&k, r) in cols.iter().zip(v) {
                cells[k] = *r;
            }
        }
        None => cells[n - 1] = at,
    }
    Some(cells)
}

/// The columns of a sparse row's values where the row is one cell per
/// line and its empty cells are empty lines (`1`, five empty lines, `1`),
/// or where each cell closes with a `|` and its empty cells are bare ones
/// (`1 |`, five lines of `|`, `| 1 |`; `| 1 | | | 1 |` on one line): the
/// first value in the cell after its label's, the last in the last column.
/// None where the steps do not add up so (a blank line between cells, or
/// empty cells that left no trace).
fn line_positions(c: &Compact, norm: &str, v: &[Raw], n: usize) -> Option<Vec<usize>> {
    // The cells from one token to the next, where only whitespace and
    // bars are between: one per bar, else one per line break.
    let breaks = |a: usize, b: usize| -> Option<usize> {
        let gap = c.norm_gap(norm, a, b)?;
        let bars = gap.matches('|').count();
        gap.chars()
            .all(|ch| ch.is_whitespace() || ch == '|')
            .then(|| {
                if bars > 0 {
                    bars
                } else {
                    gap.matches('\n').count()
                }
            })
    };
    let mut at = vec![0usize];
    for w in v.windows(2) {
        let k = breaks(w[0].end, w[1].start).filter(|&k| k >= 1)?;
        at.push(at.last()? + k);
    }
    let first = (n - 1).checked_sub(*at.last()?)?;
    // The label's line ends right before the first value's (and its empty
    // cells' lines): the label's last character, then only line breaks.
    let start = v.first()?.start;
    let label = c.text[..start].trim_end_matches(|ch: char| ch.is_whitespace() || ch == '|');
    let last = label.chars().next_back()?;
    if last.is_ascii_digit() || breaks(label.len(), start)? != first + 1 {
        return None;
    }
    Some(at.iter().map(|p| p + first).collect())
}

/// Numbers whose separators were lost: every split of their digits into
/// `n` cells that `ok` accepts (at most `max`).
pub fn split_glued(
    c: &Compact,
    raws: &[Raw],
    n: usize,
    ok: &dyn Fn(&[i64]) -> bool,
    max: usize,
) -> Vec<Vec<Raw>> {
    let toks: Vec<Tok> = raws
        .iter()
        .map(|x| Tok {
            kind: TokKind::Num,
            start: x.start,
            end: x.end,
        })
        .collect();
    let digits = digits_of(c, &toks);
    glued_splits(&digits, n, ok, max)
        .iter()
        .map(|sol| {
            sol.iter()
                .map(|&(a, b)| Raw {
                    start: digits[a].1,
                    end: digits[b - 1].1 + 1,
                    status: CellStatus::Number,
                })
                .collect()
        })
        .collect()
}

/// Glued rows with several row-sum splits: the column checks (一 + 二 =
/// （七）+ 四, （七）= the result rows) decide when exactly one combination of
/// splits passes every check it takes part in.
fn resolve_by_columns(
    ctx: &mut Ctx,
    assigned: &mut [Option<Vec<Raw>>],
    ambiguous: Vec<(usize, Vec<Vec<Raw>>)>,
    rows: &[RowDef],
    layout: Template,
    n: usize,
    failed: &mut Vec<(&'static str, usize)>,
) {
    let c = ctx.c;
    let idx = |k: &str| rows.iter().position(|r| r.key == k);
    let leaves: Vec<usize> = template::result_leaf_keys(layout)
        .iter()
        .filter_map(|k| idx(k))
        .collect();
    let [Some(new), Some(carried), Some(total), Some(next)] = [
        template::BALANCE_IN[0],
        template::BALANCE_IN[1],
        template::BALANCE_OUT[0],
        template::BALANCE_OUT[1],
    ]
    .map(idx) else {
        return;
    };
    let combos: usize = ambiguous.iter().map(|a| a.1.len()).product();
    let mut passing: Vec<Vec<usize>> = Vec::new();
    if combos <= 5000 {
        let mut choice = vec![0usize; ambiguous.len()];
        for _ in 0..combos {
            let grid = combo_grid(c, assigned, &ambiguous, &choice, n);
            if combo_passes(&grid, &ambiguous, &leaves, [new, carried, total, next], n) {
                passing.push(choice.clone());
            }
            // Next combination (odometer).
            for (i, ch) in choice.iter_mut().enumerate() {
                *ch += 1;
                if *ch < ambiguous[i].1.len() {
                    break;
                }
                *ch = 0;
            }
        }
    }
    if passing.len() == 1 {
        for (a, &ch) in ambiguous.iter().zip(&passing[0]) {
            put(ctx, assigned, a.0, a.1[ch].clone(), rows);
        }
    } else {
        for a in &ambiguous {
            failed.push(("glued_ambiguous", a.0));
        }
    }
}

/// The rows' values (None: a row not read whole) with each ambiguous row
/// split as `choice` says.
fn combo_grid(
    c: &Compact,
    assigned: &[Option<Vec<Raw>>],
    ambiguous: &[(usize, Vec<Vec<Raw>>)],
    choice: &[usize],
    n: usize,
) -> Vec<Option<Vec<i64>>> {
    let mut grid: Vec<Option<Vec<i64>>> = assigned
        .iter()
        .map(|a| {
            a.as_ref().and_then(|v| {
                (v.len() == n).then(|| v.iter().map(|r| int_of(c, r).unwrap_or(0)).collect())
            })
        })
        .collect();
    for (a, &ch) in ambiguous.iter().zip(choice) {
        grid[a.0] = Some(a.1[ch].iter().map(|r| int_of(c, r).unwrap_or(0)).collect());
    }
    grid
}

/// Whether a grid passes the column checks (the result leaves sum to the
/// total; new + carried = total + next), every ambiguous row taking part
/// in one of them.
fn combo_passes(
    grid: &[Option<Vec<i64>>],
    ambiguous: &[(usize, Vec<Vec<Raw>>)],
    leaves: &[usize],
    [new, carried, total, next]: [usize; 4],
    n: usize,
) -> bool {
    let mut touched = vec![false; ambiguous.len()];
    let mut ok = true;
    let mut rule = |members: &[usize], lhs: &[usize], rhs: &[usize]| {
        if members.iter().any(|&m| grid[m].is_none()) {
            return;
        }
        for col in 0..n {
            let sum = |rs: &[usize]| {
                rs.iter()
                    .map(|&r| grid[r].as_ref().map_or(0, |v| v[col]))
                    .sum::<i64>()
            };
            if sum(lhs) != sum(rhs) {
                ok = false;
            }
        }
        for (i, a) in ambiguous.iter().enumerate() {
            if members.contains(&a.0) {
                touched[i] = true;
            }
        }
    };
    let mut sum_members = leaves.to_vec();
    sum_members.push(total);
    rule(&sum_members, leaves, &[total]);
    rule(
        &[new, carried, total, next],
        &[new, carried],
        &[total, next],
    );
    ok && touched.iter().all(|&t| t)
}

/// The column checks of section 三 over a grid of row values (None: row not
/// read): per column 一 + 二 = （七）总计 + 四 and （七）总计 = the result
/// rows. `Some(true)` when both hold, `Some(false)` when one fails, None when
/// a row they need is missing.
fn column_rules_hold(grid: &[Option<Vec<i64>>], rows: &[RowDef], layout: Template) -> Option<bool> {
    let idx = |k: &str| rows.iter().position(|r| r.key == k);
    let [new, carried, total, next] = [
        template::BALANCE_IN[0],
        template::BALANCE_IN[1],
        template::BALANCE_OUT[0],
        template::BALANCE_OUT[1],
    ]
    .map(idx);
    let (new, carried, total, next) = (new?, carried?, total?, next?);
    let leaves: Vec<usize> = template::result_leaf_keys(layout)
        .iter()
        .filter_map(|k| idx(k))
        .collect();
    let row = |i: usize| grid.get(i).and_then(|r| r.as_ref());
    let width = row(total)?.len();
    for col in 0..width {
        let v = |i: usize| row(i).and_then(|r| r.get(col).copied());
        let leaf_sum: i64 = leaves.iter().map(|&i| v(i)).sum::<Option<i64>>()?;
        if v(new)? + v(carried)? != v(total)? + v(next)? || leaf_sum != v(total)? {
            return Some(false);
        }
    }
    Some(true)
}

/// Plain pdftotext (no `-layout`) prints runs of rows column by column: the
/// 自然人 cells of R rows, a blank line, their 商业企业 cells, … — n runs of
/// R numbers — while other rows come one cell per line, and the labels stand
/// apart from their cells (often after them), so the label-anchored reading
/// of a detached table is not to be trusted. Every number of the section is
/// read in order that way (n equal runs of R > 1: R rows column by column;
/// single numbers: one row per n) and given to the table's rows in order.
/// When that fills exactly every row, every row passes its row sum and the
/// column checks hold for the whole table, it replaces the label-anchored
/// reading (flag `tables:column_blocks`, and `tables:labels_overridden`
/// when the two differed); otherwise nothing changes.
fn column_blocks(
    ctx: &mut Ctx,
    assigned: &mut [Option<Vec<Raw>>],
    (rows, labels): (&[RowDef], &[Hit]),
    layout: Template,
    cols: &[ColDef],
    start: usize,
    end: usize,
) {
    let runs = number_runs(ctx, labels, start, end);
    let Some(read) = positional_reading(ctx.c, &runs, rows, layout, cols) else {
        // Cells printed column by column that no checked reading places:
        // the label-anchored reading of such text is not to be trusted
        // either (a column of one row's cells sits after another row's
        // label), so the table is left empty. Runs as long as a row are
        // not taken as columns: row-major rows between labels look alike.
        let n = cols.len();
        let columnar = runs
            .windows(n)
            .any(|w| w[0].len() > 1 && w[0].len() != n && w.iter().all(|x| x.len() == w[0].len()));
        if columnar {
            assigned.iter_mut().for_each(|a| *a = None);
            ctx.flag("tables:column_blocks_unproven".to_string());
        }
        return;
    };
    let leaves: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].heading).collect();
    let differs = leaves.iter().zip(&read).any(|(&row, vals)| {
        assigned[row].as_ref().is_some_and(|a| {
            a.len() != vals.len() || a.iter().zip(vals).any(|(x, y)| x.start != y.start)
        })
    });
    for (&row, vals) in leaves.iter().zip(read) {
        assigned[row] = Some(vals);
    }
    ctx.flag("tables:column_blocks".to_string());
    if differs {
        ctx.flag("tables:labels_overridden".to_string());
    }
}

/// The numbers of the section in runs: a run ends at a blank line or at
/// text between two numbers. A number inside a row label (the year of
/// 本年(2021)新收…) is the label's, and ends a run like its text.
fn number_runs(ctx: &Ctx, labels: &[Hit], start: usize, end: usize) -> Vec<Vec<Raw>> {
    let c = ctx.c;
    let norm = &ctx.doc.norm.text;
    let mut runs: Vec<Vec<Raw>> = Vec::new();
    let mut cur: Vec<Raw> = Vec::new();
    for t in region_tokens(c, start, end) {
        let in_label = labels.iter().any(|h| h.start <= t.start && t.end <= h.end);
        if in_label {
            if !cur.is_empty() {
                runs.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if !t.is_value() {
            // Text between numbers (labels, headers) ends a run.
            if !cur.is_empty() && c.text[t.start..t.end].chars().count() > 1 {
                runs.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(prev) = cur.last() {
            if c.blank_line_between(norm, prev.end, t.start) {
                runs.push(std::mem::take(&mut cur));
            }
        }
        cur.push(raw_of(&t));
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    runs
}

/// The rows of [`column_blocks`]'s reading by position, in table order, when
/// it fills every row and passes every row sum and column check.
fn positional_reading(
    c: &Compact,
    runs: &[Vec<Raw>],
    rows: &[RowDef],
    layout: Template,
    cols: &[ColDef],
) -> Option<Vec<Vec<Raw>>> {
    let n = cols.len();
    let mut read: Vec<Vec<Raw>> = Vec::new();
    let mut singles: Vec<Raw> = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        let r = runs[i].len();
        if r == 1 {
            singles.push(runs[i][0]);
            if singles.len() == n {
                read.push(std::mem::take(&mut singles));
            }
            i += 1;
            continue;
        }
        if !singles.is_empty() || i + n > runs.len() || runs[i..i + n].iter().any(|x| x.len() != r)
        {
            return None;
        }
        let block = &runs[i..i + n];
        read.extend((0..r).map(|k| block.iter().map(|column| column[k]).collect::<Vec<_>>()));
        i += n;
    }
    let leaves: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].heading).collect();
    if !singles.is_empty() || read.len() != leaves.len() {
        return None;
    }
    let ints = |v: &[Raw]| v.iter().map(|r| int_of(c, r)).collect::<Option<Vec<i64>>>();
    let mut grid: Vec<Option<Vec<i64>>> = vec![None; rows.len()];
    for (&row, vals) in leaves.iter().zip(&read) {
        grid[row] = Some(ints(vals).filter(|x| row_sum_ok(cols, x))?);
    }
    (column_rules_hold(&grid, rows, layout) == Some(true)).then_some(read)
}

fn put(
    ctx: &mut Ctx,
    assigned: &mut [Option<Vec<Raw>>],
    row: usize,
    cells: Vec<Raw>,
    rows: &[RowDef],
) {
    match &assigned[row] {
        None => assigned[row] = Some(cells),
        Some(prev) => {
            let same = prev.len() == cells.len()
                && prev
                    .iter()
                    .zip(&cells)
                    .all(|(a, b)| ctx.c.text[a.start..a.end] == ctx.c.text[b.start..b.end]);
            if !same {
                ctx.flag(format!("tables:row_repeated:{}", rows[row].key));
            }
        }
    }
}

/// The cell of a row/column, if found.
pub fn get<'a>(cells: &'a [Cell], row: &str, col: &str) -> Option<&'a Cell> {
    cells
        .iter()
        .find(|c| c.section == SECTION && c.row_key == row && c.col_key == col)
}
