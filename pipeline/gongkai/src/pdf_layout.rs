//! From positioned glyphs and ruling lines to paragraphs and tables.
//!
//! **Tables from ruling lines.** The horizontal and vertical lines of a page
//! that touch each other form one table. Its column boundaries are the x of
//! its vertical lines (and the ends of its horizontal ones, so a table drawn
//! without outer side borders keeps its first and last columns), its row
//! boundaries the y of its horizontal lines. Two neighbouring grid cells
//! with no line between them are one merged cell (colspan, rowspan); every
//! glyph goes to the cell its centre lies in. A table that ends a page and
//! one that starts the next with the same columns are one table; a merged
//! label cell cut by the page break (its rest on the next page is empty)
//! spans down across it.
//!
//! **Text.** The other glyphs form lines (by baseline), words (by the gaps
//! between glyphs: a gap of a few characters is a column gap and stays as
//! several spaces, as `pdftotext -layout` prints it), then paragraphs: a
//! line that fills the text width continues into the next line when that
//! one starts at the left margin, also across a page break. Page numbers in
//! the top and bottom margins are dropped; a glyph drawn twice at the same
//! place (fake bold) is read once.

use crate::docx::{escape_into, push_td};
use std::collections::HashMap;

/// A glyph: its origin (baseline, left), advance width and size in points.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    pub advance: f64,
    pub size: f64,
    pub text: Box<str>,
}

impl Glyph {
    fn is_ascii(&self) -> bool {
        self.text.is_ascii()
    }

    /// Right edge: the advance, or an estimate when the font gave none.
    fn end(&self) -> f64 {
        let fallback = if self.is_ascii() { 0.5 } else { 1.0 } * self.size;
        self.x
            + if self.advance > 0.05 * self.size {
                self.advance
            } else {
                fallback
            }
    }

    fn center(&self) -> (f64, f64) {
        ((self.x + self.end()) / 2.0, self.y + 0.35 * self.size)
    }
}

/// A horizontal (`at` = y) or vertical (`at` = x) ruling line from `from` to
/// `to` (`from <= to`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub horizontal: bool,
    pub at: f64,
    pub from: f64,
    pub to: f64,
}

impl Segment {
    pub fn horizontal(y: f64, x0: f64, x1: f64) -> Segment {
        Segment {
            horizontal: true,
            at: y,
            from: x0.min(x1),
            to: x0.max(x1),
        }
    }

    pub fn vertical(x: f64, y0: f64, y1: f64) -> Segment {
        Segment {
            horizontal: false,
            at: x,
            from: y0.min(y1),
            to: y0.max(y1),
        }
    }

    /// Whether the line passes through `pos` along its length (within the
    /// tolerance) at the cross coordinate `at`.
    fn covers(&self, at: f64, pos: f64) -> bool {
        (self.at - at).abs() <= TOLERANCE
            && self.from - TOLERANCE <= pos
            && pos <= self.to + TOLERANCE
    }

    fn touches(&self, other: &Segment) -> bool {
        if self.horizontal == other.horizontal {
            (self.at - other.at).abs() <= TOLERANCE
                && self.from <= other.to + TOLERANCE
                && other.from <= self.to + TOLERANCE
        } else {
            self.covers(self.at, other.at) && other.covers(other.at, self.at)
        }
    }
}

/// Points two lines (or a line and a glyph) may be apart and still meet.
const TOLERANCE: f64 = 2.0;

/// Lines thinner than this (points) drawn as filled rectangles are rules.
const RULE_WIDTH: f64 = 3.0;

/// One page: its size, glyphs and ruling lines.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub glyphs: Vec<Glyph>,
    pub segments: Vec<Segment>,
}

impl Page {
    pub fn new(width: f64, height: f64) -> Page {
        Page {
            width,
            height,
            ..Page::default()
        }
    }

    /// A straight line from `a` to `b` (kept when axis-parallel).
    pub fn add_line(&mut self, a: (f64, f64), b: (f64, f64)) {
        if let Some(s) = crate::pdf::axis_segment(a, b) {
            self.segments.push(s);
        }
    }

    /// A rectangle (its four corners in page space): a thin one is a rule,
    /// another its four edges — unless it is a filled area covering half
    /// the page (a background).
    pub fn add_rect(&mut self, corners: [(f64, f64); 4], filled: bool) {
        let xs = corners.map(|c| c.0);
        let ys = corners.map(|c| c.1);
        let (x0, x1) = (
            xs.iter().cloned().fold(f64::INFINITY, f64::min),
            xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
        );
        let (y0, y1) = (
            ys.iter().cloned().fold(f64::INFINITY, f64::min),
            ys.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
        );
        let (w, h) = (x1 - x0, y1 - y0);
        if !(w.is_finite() && h.is_finite()) || (w <= RULE_WIDTH && h <= RULE_WIDTH) {
            return;
        }
        if h <= RULE_WIDTH {
            self.segments
                .push(Segment::horizontal((y0 + y1) / 2.0, x0, x1));
        } else if w <= RULE_WIDTH {
            self.segments
                .push(Segment::vertical((x0 + x1) / 2.0, y0, y1));
        } else if !(filled && w * h > 0.5 * self.width * self.height) {
            self.segments.push(Segment::horizontal(y0, x0, x1));
            self.segments.push(Segment::horizontal(y1, x0, x1));
            self.segments.push(Segment::vertical(x0, y0, y1));
            self.segments.push(Segment::vertical(x1, y0, y1));
        }
    }
}

/// A cell of a rebuilt table: first grid column, spans and text.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub col: usize,
    pub colspan: usize,
    pub rowspan: usize,
    pub text: String,
}

/// A table rebuilt from ruling lines: column boundaries and rows of cells
/// (a cell covered by a rowspan from above is not repeated).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub xs: Vec<f64>,
    pub rows: Vec<Vec<Cell>>,
}

/// A cell by its row and its position in that row.
type CellId = (usize, usize);

/// The ruling lines of one table and its grid.
struct Grid {
    lines: Vec<Segment>,
    /// Column boundaries, left to right.
    xs: Vec<f64>,
    /// Row boundaries, top to bottom (descending y).
    ys: Vec<f64>,
}

impl Grid {
    fn contains(&self, (x, y): (f64, f64)) -> bool {
        self.xs[0] - TOLERANCE <= x
            && x <= self.xs[self.xs.len() - 1] + TOLERANCE
            && self.ys[self.ys.len() - 1] - TOLERANCE <= y
            && y <= self.ys[0] + TOLERANCE
    }

    /// The grid cell (row, column) a point inside the table falls in.
    fn cell_at(&self, (x, y): (f64, f64)) -> (usize, usize) {
        let col = self.xs[1..self.xs.len() - 1]
            .iter()
            .filter(|&&b| x > b)
            .count();
        let row = self.ys[1..self.ys.len() - 1]
            .iter()
            .filter(|&&b| y < b)
            .count();
        (row, col)
    }

    /// A vertical line between grid columns `col - 1` and `col` in `row`.
    fn wall(&self, row: usize, col: usize) -> bool {
        let mid = (self.ys[row] + self.ys[row + 1]) / 2.0;
        self.lines
            .iter()
            .any(|s| !s.horizontal && s.covers(self.xs[col], mid))
    }

    /// A horizontal line between grid rows `row - 1` and `row` in `col`.
    fn floor(&self, row: usize, col: usize) -> bool {
        let mid = (self.xs[col] + self.xs[col + 1]) / 2.0;
        self.lines
            .iter()
            .any(|s| s.horizontal && s.covers(self.ys[row], mid))
    }

    /// Merged cells: greedy rectangles over the grid, each as wide as no
    /// wall stops it and as tall as no floor under all its columns does.
    /// Returns the cells by row and, for each grid cell, the index of the
    /// cell (row, position in row) covering it.
    fn cells(&self) -> (Vec<Vec<Cell>>, Vec<Vec<CellId>>) {
        let (nrows, ncols) = (self.ys.len() - 1, self.xs.len() - 1);
        let mut owner = vec![vec![None; ncols]; nrows];
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); nrows];
        for r in 0..nrows {
            for c in 0..ncols {
                if owner[r][c].is_some() {
                    continue;
                }
                let mut colspan = 1;
                while c + colspan < ncols
                    && owner[r][c + colspan].is_none()
                    && !self.wall(r, c + colspan)
                {
                    colspan += 1;
                }
                let mut rowspan = 1;
                while r + rowspan < nrows
                    && (c..c + colspan)
                        .all(|k| owner[r + rowspan][k].is_none() && !self.floor(r + rowspan, k))
                {
                    rowspan += 1;
                }
                let id = (r, rows[r].len());
                for row in owner.iter_mut().skip(r).take(rowspan) {
                    for cell in row.iter_mut().skip(c).take(colspan) {
                        *cell = Some(id);
                    }
                }
                rows[r].push(Cell {
                    col: c,
                    colspan,
                    rowspan,
                    text: String::new(),
                });
            }
        }
        let owner = owner
            .into_iter()
            .map(|row| row.into_iter().map(|o| o.unwrap_or((0, 0))).collect())
            .collect();
        (rows, owner)
    }
}

/// Sorted values merged where they lie within the tolerance (the mean of
/// each run).
fn cluster(mut values: Vec<f64>) -> Vec<f64> {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    let mut out: Vec<(f64, usize)> = Vec::new();
    for v in values {
        match out.last_mut() {
            Some((sum, n)) if v - *sum / *n as f64 <= TOLERANCE => {
                *sum += v;
                *n += 1;
            }
            _ => out.push((v, 1)),
        }
    }
    out.into_iter().map(|(sum, n)| sum / n as f64).collect()
}

/// Most ruling lines of a page grouped into tables (a page of a report
/// has a few hundred); past it the page is read as text only, so a file
/// drawing a million lines costs no quadratic time.
const MAX_SEGMENTS: usize = 5_000;

/// Most grid cells of one table (section 三 has about 300).
const MAX_GRID_CELLS: usize = 20_000;

/// The tables of a page: groups of touching ruling lines with at least two
/// cells.
fn grids(segments: &[Segment]) -> Vec<Grid> {
    if segments.len() > MAX_SEGMENTS {
        return Vec::new();
    }
    let n = segments.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..n {
        for j in i + 1..n {
            if segments[i].touches(&segments[j]) {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a] = b;
            }
        }
    }
    let mut groups: HashMap<usize, Vec<Segment>> = HashMap::new();
    for (i, s) in segments.iter().enumerate() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(*s);
    }
    let mut out: Vec<Grid> = groups.into_values().filter_map(grid_of).collect();
    out.sort_by(|a, b| b.ys[0].total_cmp(&a.ys[0]));
    out
}

fn grid_of(lines: Vec<Segment>) -> Option<Grid> {
    let (h, v): (Vec<&Segment>, Vec<&Segment>) = lines.iter().partition(|s| s.horizontal);
    if h.is_empty() || v.is_empty() {
        return None;
    }
    let mut xs: Vec<f64> = v.iter().map(|s| s.at).collect();
    xs.extend(h.iter().flat_map(|s| [s.from, s.to]));
    let mut ys: Vec<f64> = h.iter().map(|s| s.at).collect();
    ys.extend(v.iter().flat_map(|s| [s.from, s.to]));
    let xs = cluster(xs);
    let mut ys = cluster(ys);
    ys.reverse();
    let cells = (xs.len().max(1) - 1) * (ys.len().max(1) - 1);
    if xs.len() < 2 || ys.len() < 2 || !(2..=MAX_GRID_CELLS).contains(&cells) {
        return None;
    }
    Some(Grid { lines, xs, ys })
}

/// A line of text: its extent, baseline, size and words.
#[derive(Debug, Clone)]
struct Line {
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    text: String,
    /// Has a column gap (several spaces): a row of a borderless table.
    gapped: bool,
}

/// Glyphs grouped into lines by baseline (top to bottom), each left to
/// right with spaces where the gaps are.
fn lines(mut glyphs: Vec<&Glyph>) -> Vec<Line> {
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut groups: Vec<Vec<&Glyph>> = Vec::new();
    for g in glyphs {
        match groups.last_mut() {
            Some(line) if (line[0].y - g.y).abs() <= 0.4 * line[0].size.max(g.size) => line.push(g),
            _ => groups.push(vec![g]),
        }
    }
    groups.into_iter().filter_map(line_of).collect()
}

fn line_of(mut glyphs: Vec<&Glyph>) -> Option<Line> {
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    let size = glyphs.iter().map(|g| g.size).fold(0.0, f64::max);
    let mut text = String::new();
    let mut gapped = false;
    let mut prev: Option<&Glyph> = None;
    for g in &glyphs {
        if let Some(p) = prev {
            // Drawn twice at (nearly) the same place: fake bold.
            if p.text == g.text && (g.x - p.x).abs() < 0.2 * g.size {
                continue;
            }
            let gap = g.x - p.end();
            if gap > 1.5 * size {
                let n = ((gap / (0.5 * size)).round() as usize).clamp(2, 40);
                text.extend(std::iter::repeat_n(' ', n));
                gapped = true;
            } else if gap > 0.3 * size
                && (p.is_ascii() || g.is_ascii())
                && !text.ends_with(' ')
                && &*g.text != " "
            {
                text.push(' ');
            }
        }
        text.push_str(&g.text);
        prev = Some(g);
    }
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some(Line {
        x0: glyphs[0].x,
        x1: glyphs
            .iter()
            .map(|g| g.end())
            .fold(f64::NEG_INFINITY, f64::max),
        y: glyphs[0].y,
        size,
        text: trimmed.to_string(),
        gapped,
    })
}

/// A page number (`- 3 -`, `第 3 页 共 9 页`, `3/9`, `— 3 —`).
fn is_page_number(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || "-—–_/第页共·．.".contains(c))
}

/// Joins a wrapped line to the text before it: directly (CJK text, and a
/// number wrapped in a narrow cell), with a space between two Latin words.
fn join_wrapped(out: &mut String, next: &str) {
    let last = out.chars().last();
    let first = next.chars().next();
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    if alnum(last) && alnum(first) && !(digit(last) && digit(first)) {
        out.push(' ');
    }
    out.push_str(next);
}

/// The text of a cell: its lines joined (a wrapped label is one label).
fn cell_text(glyphs: Vec<&Glyph>) -> String {
    let mut out = String::new();
    for line in lines(glyphs) {
        join_wrapped(&mut out, &line.text);
    }
    out
}

/// What a page shows, top to bottom.
#[derive(Debug)]
enum Item {
    Line(Line),
    Table(Table),
}

/// A line with column gaps as a row of cells (a borderless table's row):
/// the pieces between runs of two spaces or more.
fn gapped_row(line: &Line) -> Vec<Cell> {
    line.text
        .split("  ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .enumerate()
        .map(|(col, text)| Cell {
            col,
            colspan: 1,
            rowspan: 1,
            text: text.to_string(),
        })
        .collect()
}

/// The items of one page in reading order.
fn page_items(page: &Page) -> Vec<Item> {
    let grids = grids(&page.segments);
    let mut in_cell: Vec<Vec<Vec<Vec<&Glyph>>>> = grids
        .iter()
        .map(|g| vec![vec![Vec::new(); g.xs.len() - 1]; g.ys.len() - 1])
        .collect();
    let mut loose = Vec::new();
    for glyph in &page.glyphs {
        let center = glyph.center();
        match grids.iter().position(|g| g.contains(center)) {
            Some(t) => {
                let (r, c) = grids[t].cell_at(center);
                in_cell[t][r][c].push(glyph);
            }
            None => loose.push(glyph),
        }
    }
    let mut items: Vec<(f64, Item)> = Vec::new();
    for (grid, glyphs) in grids.iter().zip(in_cell) {
        let (mut rows, owner) = grid.cells();
        let mut texts: HashMap<CellId, Vec<&Glyph>> = HashMap::new();
        for (r, row) in glyphs.into_iter().enumerate() {
            for (c, gs) in row.into_iter().enumerate() {
                texts.entry(owner[r][c]).or_default().extend(gs);
            }
        }
        for ((r, i), gs) in texts {
            rows[r][i].text = cell_text(gs);
        }
        let table = Table {
            xs: grid.xs.clone(),
            rows,
        };
        items.push((grid.ys[0], Item::Table(table)));
    }
    let margin = 0.08 * page.height;
    for line in lines(loose) {
        let in_margin = line.y < margin || line.y > page.height - margin;
        if in_margin && is_page_number(&line.text) {
            continue;
        }
        items.push((line.y + line.size, Item::Line(line)));
    }
    items.sort_by(|a, b| b.0.total_cmp(&a.0));
    items.into_iter().map(|(_, item)| item).collect()
}

/// Whether `next` continues `table` across a page break: the same columns.
fn continues(table: &Table, next: &Table) -> bool {
    table.xs.len() == next.xs.len()
        && table
            .xs
            .iter()
            .zip(&next.xs)
            .all(|(a, b)| (a - b).abs() <= 2.0 * TOLERANCE)
}

/// Appends the rows of `next` (the same table on the next page) to
/// `table`. An empty cell in its first row under a label cell that reaches
/// the page break (text, no digit) is that label's continuation: the label
/// spans down over it.
fn append_rows(table: &mut Table, mut next: Table) {
    let last = table.rows.len();
    if let Some(first) = next.rows.first_mut() {
        first.retain(|cell| {
            if !cell.text.is_empty() {
                return true;
            }
            let above = table
                .rows
                .iter_mut()
                .enumerate()
                .flat_map(|(r, row)| row.iter_mut().filter(move |a| r + a.rowspan == last));
            for a in above {
                let label = !a.text.is_empty() && !a.text.chars().any(|c| c.is_ascii_digit());
                if label && a.col == cell.col && a.colspan == cell.colspan {
                    a.rowspan += cell.rowspan;
                    return false;
                }
            }
            true
        });
    }
    table.rows.extend(next.rows);
}

/// Left margin and full-line right edge of the body text: the leftmost
/// start shared by two lines or more (paragraphs' first lines are indented,
/// so the most common start can be the indent), and the most common end.
fn margins(items: &[(bool, Item)]) -> (f64, f64) {
    let mut starts: HashMap<i64, usize> = HashMap::new();
    let mut ends: HashMap<i64, usize> = HashMap::new();
    for (_, item) in items {
        if let Item::Line(l) = item {
            if !l.gapped && l.text.chars().count() >= 8 {
                *starts.entry(l.x0.round() as i64).or_default() += 1;
                *ends.entry(l.x1.round() as i64).or_default() += 1;
            }
        }
    }
    let left = starts
        .iter()
        .filter(|&(_, &n)| n >= 2)
        .map(|(&x, _)| x)
        .min()
        .or_else(|| starts.keys().min().copied())
        .map_or(0.0, |x| x as f64);
    let right = ends
        .into_iter()
        .max_by_key(|&(x, n)| (n, -x))
        .map_or(f64::MAX, |(x, _)| x as f64);
    (left, right)
}

/// Whether line `b` continues the paragraph that line `a` ends.
fn same_paragraph(a: &Line, b: &Line, (left, right): (f64, f64), page_break: bool) -> bool {
    let full = a.x1 >= right - 2.0 * a.size;
    let flush = (b.x0 - left).abs() <= 0.5 * b.size;
    let same_size = (a.size - b.size).abs() <= 0.15 * a.size;
    let close = page_break || (a.y - b.y) <= 2.5 * a.size;
    full && flush && same_size && close && !a.gapped && !b.gapped
}

fn table_html(out: &mut String, table: &Table) {
    out.push_str("<table>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            let mut text = String::new();
            escape_into(&mut text, &cell.text);
            push_td(out, cell.colspan, cell.rowspan, &text);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

/// The pages as HTML: paragraphs and tables in reading order.
pub fn to_html(pages: &[Page]) -> String {
    // Each page's items, with a marker of where a page starts.
    let mut items: Vec<(bool, Item)> = Vec::new();
    for page in pages {
        for (i, item) in page_items(page).into_iter().enumerate() {
            items.push((i == 0, item));
        }
    }
    let margins = margins(&items);
    let mut out = String::from("<html><body>\n");
    let mut paragraph: Option<Line> = None;
    let mut table: Option<Table> = None;
    let flush_paragraph = |out: &mut String, p: &mut Option<Line>| {
        if let Some(line) = p.take() {
            out.push_str("<p>");
            escape_into(out, &line.text);
            out.push_str("</p>\n");
        }
    };
    for (page_start, item) in items {
        match item {
            Item::Table(t) => {
                flush_paragraph(&mut out, &mut paragraph);
                match table.as_mut() {
                    Some(open) if page_start && continues(open, &t) => append_rows(open, t),
                    _ => {
                        if let Some(done) = table.replace(t) {
                            table_html(&mut out, &done);
                        }
                    }
                }
            }
            // A line with column gaps: a row of a borderless table (rows
            // in a run are one table).
            Item::Line(line) if line.gapped => {
                flush_paragraph(&mut out, &mut paragraph);
                let row = gapped_row(&line);
                match table.as_mut() {
                    Some(open) if open.xs.is_empty() => open.rows.push(row),
                    _ => {
                        if let Some(done) = table.replace(Table {
                            xs: Vec::new(),
                            rows: vec![row],
                        }) {
                            table_html(&mut out, &done);
                        }
                    }
                }
            }
            Item::Line(line) => {
                if let Some(done) = table.take() {
                    table_html(&mut out, &done);
                }
                match paragraph.as_mut() {
                    Some(p) if same_paragraph(p, &line, margins, page_start) => {
                        join_wrapped(&mut p.text, &line.text);
                        p.x1 = line.x1;
                        p.y = line.y;
                    }
                    _ => {
                        flush_paragraph(&mut out, &mut paragraph);
                        paragraph = Some(line);
                    }
                }
            }
        }
    }
    flush_paragraph(&mut out, &mut paragraph);
    if let Some(done) = table.take() {
        table_html(&mut out, &done);
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `s` from (x, y), 10 points each.
    fn text(page: &mut Page, x: f64, y: f64, s: &str) {
        for (i, c) in s.chars().enumerate() {
            page.glyphs.push(Glyph {
                x: x + 10.0 * i as f64,
                y,
                advance: 10.0,
                size: 10.0,
                text: c.to_string().into(),
            });
        }
    }

    /// A ruled grid: column boundaries `xs`, row boundaries `ys` (top
    /// first), every inner line drawn except `missing` walls (row, col)
    /// and floors (row, col) given as ('w'|'f', row, col).
    fn grid(page: &mut Page, xs: &[f64], ys: &[f64], missing: &[(char, usize, usize)]) {
        for (r, pair) in ys.windows(2).enumerate() {
            for (k, &x) in xs.iter().enumerate() {
                if !missing.contains(&('w', r, k)) {
                    page.segments.push(Segment::vertical(x, pair[1], pair[0]));
                }
            }
        }
        for (r, &y) in ys.iter().enumerate() {
            for (k, pair) in xs.windows(2).enumerate() {
                if !missing.contains(&('f', r, k)) {
                    page.segments.push(Segment::horizontal(y, pair[0], pair[1]));
                }
            }
        }
    }

    fn rendered(pages: &[Page]) -> Vec<String> {
        crate::html::render(&to_html(pages))
            .text
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn ruled_cells_with_merges_give_rows_and_spans() {
        let mut p = Page::new(600.0, 800.0);
        // 3 columns × 3 rows; (0,0) spans two rows, row 2's last two
        // columns are one cell.
        grid(
            &mut p,
            &[100.0, 200.0, 300.0, 400.0],
            &[700.0, 680.0, 660.0, 640.0],
            &[('f', 1, 0), ('w', 2, 2)],
        );
        text(&mut p, 105.0, 685.0, "结果");
        text(&mut p, 205.0, 685.0, "甲");
        text(&mut p, 305.0, 685.0, "12");
        text(&mut p, 205.0, 665.0, "乙");
        text(&mut p, 305.0, 665.0, "3");
        text(&mut p, 105.0, 645.0, "合计");
        text(&mut p, 205.0, 645.0, "15");
        assert_eq!(
            rendered(&[p]),
            [
                "| 结果 | 甲 | 12 |",
                "| 结果 | 乙 | 3 |",
                "| 合计 | 15 | 15 |"
            ]
        );
    }

    #[test]
    fn a_table_without_side_borders_keeps_its_outer_columns() {
        let mut p = Page::new(600.0, 800.0);
        for y in [700.0, 680.0, 660.0] {
            p.segments.push(Segment::horizontal(y, 100.0, 400.0));
        }
        p.segments.push(Segment::vertical(250.0, 660.0, 700.0));
        text(&mut p, 105.0, 685.0, "申请");
        text(&mut p, 255.0, 685.0, "12");
        text(&mut p, 105.0, 665.0, "答复");
        text(&mut p, 255.0, 665.0, "11");
        assert_eq!(rendered(&[p]), ["| 申请 | 12 |", "| 答复 | 11 |"]);
    }

    #[test]
    fn a_table_continued_on_the_next_page_is_one_and_its_cut_label_spans_on() {
        let xs = [100.0, 200.0, 300.0, 400.0];
        let mut a = Page::new(600.0, 800.0);
        text(&mut a, 100.0, 720.0, "三、收到和处理情况");
        // Last row of page 1: a label cell cut by the page break.
        grid(&mut a, &xs, &[700.0, 680.0, 660.0], &[('f', 1, 0)]);
        text(&mut a, 105.0, 685.0, "不予公开");
        text(&mut a, 205.0, 685.0, "秘密");
        text(&mut a, 305.0, 685.0, "1");
        text(&mut a, 205.0, 665.0, "法规");
        text(&mut a, 305.0, 665.0, "0");
        text(&mut a, 290.0, 40.0, "- 1 -");
        let mut b = Page::new(600.0, 800.0);
        grid(&mut b, &xs, &[760.0, 740.0, 720.0], &[('f', 1, 0)]);
        text(&mut b, 205.0, 745.0, "第三方");
        text(&mut b, 305.0, 745.0, "2");
        text(&mut b, 205.0, 725.0, "其他");
        text(&mut b, 305.0, 725.0, "0");
        assert_eq!(
            rendered(&[a, b]),
            [
                "三、收到和处理情况",
                "| 不予公开 | 秘密 | 1 |",
                "| 不予公开 | 法规 | 0 |",
                "| 不予公开 | 第三方 | 2 |",
                "| 不予公开 | 其他 | 0 |"
            ]
        );
    }

    #[test]
    fn paragraphs_join_wrapped_lines_across_a_page_break_and_drop_page_numbers() {
        let mut a = Page::new(600.0, 800.0);
        // Indented first line, a full line, then a full last line of page 1.
        text(&mut a, 120.0, 700.0, "一二三四五六七八九十甲乙丙丁戊己庚辛");
        text(
            &mut a,
            100.0,
            685.0,
            "子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒",
        );
        text(
            &mut a,
            100.0,
            670.0,
            "日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁",
        );
        text(&mut a, 290.0, 30.0, "- 1 -");
        let mut b = Page::new(600.0, 800.0);
        text(&mut b, 100.0, 760.0, "律吕调阳。");
        text(&mut b, 120.0, 745.0, "第二段。");
        text(
            &mut b,
            100.0,
            730.0,
            "零零零零零零零零零零零零零零零零零零零零",
        );
        assert_eq!(
            rendered(&[a, b]),
            [
                "一二三四五六七八九十甲乙丙丁戊己庚辛子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳。",
                "第二段。",
                "零零零零零零零零零零零零零零零零零零零零"
            ]
        );
    }

    #[test]
    fn glyphs_drawn_twice_are_read_once_and_gapped_lines_are_table_rows() {
        let mut p = Page::new(600.0, 800.0);
        text(&mut p, 100.0, 700.0, "主动公开");
        text(&mut p, 100.3, 700.0, "主动公开");
        text(&mut p, 300.0, 700.0, "217");
        text(&mut p, 100.0, 680.0, "依申请公开");
        text(&mut p, 300.0, 680.0, "12");
        text(&mut p, 100.0, 660.0, "以上为本年数据。");
        // Lines with a column gap are the rows of a borderless table.
        assert_eq!(
            rendered(&[p]),
            [
                "| 主动公开 | 217 |",
                "| 依申请公开 | 12 |",
                "以上为本年数据。"
            ]
        );
    }

    #[test]
    fn a_page_of_too_many_lines_is_read_as_text() {
        let mut p = Page::new(600.0, 800.0);
        for i in 0..=MAX_SEGMENTS {
            let x = 100.0 + (i % 400) as f64;
            p.segments.push(Segment::vertical(x, 100.0, 700.0));
        }
        p.segments.push(Segment::horizontal(700.0, 100.0, 500.0));
        text(&mut p, 100.0, 720.0, "年度报告");
        let t0 = std::time::Instant::now();
        assert_eq!(rendered(&[p]), ["年度报告"]);
        assert!(t0.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn backgrounds_and_single_boxes_are_not_tables() {
        let mut p = Page::new(600.0, 800.0);
        p.add_rect(
            [(0.0, 0.0), (600.0, 0.0), (600.0, 800.0), (0.0, 800.0)],
            true,
        );
        // A framed title: one cell.
        p.add_rect(
            [(90.0, 690.0), (400.0, 690.0), (400.0, 715.0), (90.0, 715.0)],
            false,
        );
        text(&mut p, 100.0, 700.0, "年度报告");
        assert_eq!(rendered(&[p]), ["年度报告"]);
    }
}
