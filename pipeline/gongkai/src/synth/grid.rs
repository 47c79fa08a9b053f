//! Tables as grids of (possibly merged) cells, built from the template
//! tables, and the three ways scraping flattens them: HTML markup, `| a | b |`
//! rows, one cell per line (report-formats.md "What scraping does").

use super::numbers::Values;
use super::rng::Rng;
use super::Noise;
use crate::template::{self, RowDef, TableDef, APPLICANT_COLUMNS, REVIEW_COLUMNS, REVIEW_ROWS};
use std::fmt::Write;

/// One cell of a grid; `header` cells are labels, others hold values.
#[derive(Debug, Clone)]
pub struct GCell {
    pub text: String,
    pub rowspan: u16,
    pub colspan: u16,
    pub header: bool,
    /// A column header (the only labels scraping splits across lines).
    pub col: bool,
}

pub type Grid = Vec<Vec<GCell>>;

fn h(text: impl Into<String>, rowspan: u16, colspan: u16) -> GCell {
    GCell {
        text: text.into(),
        rowspan,
        colspan,
        header: true,
        col: false,
    }
}

fn hc(text: impl Into<String>, rowspan: u16, colspan: u16) -> GCell {
    GCell {
        col: true,
        ..h(text, rowspan, colspan)
    }
}

/// Printed form of a number: integers bare, amounts with two decimals.
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}

/// Full-width digits (０–９) and decimal point.
pub fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
            '.' => '．',
            '-' => '－',
            _ => c,
        })
        .collect()
}

/// Rendering context: the document's noise settings and its RNG.
pub struct Ctx<'a> {
    pub rng: &'a mut Rng,
    pub noise: &'a Noise,
}

impl Ctx<'_> {
    fn value(&mut self, v: Option<f64>, amount: bool) -> GCell {
        let text = match v {
            None => self.noise.empty_mark.to_string(),
            Some(x) => {
                let mut s = fmt_num(x);
                if amount && x.fract() == 0.0 && self.noise.amount_suffix {
                    s = format!("约{s}万元");
                }
                if self.noise.fullwidth_digits {
                    s = fullwidth(&s);
                }
                if self.noise.stray_spaces && self.rng.chance(0.15) {
                    s = format!(" {s} ");
                }
                s
            }
        };
        GCell {
            text,
            rowspan: 1,
            colspan: 1,
            header: false,
            col: false,
        }
    }

    fn label(&mut self, s: &str) -> String {
        if self.noise.ascii_parens {
            s.replace('（', "(").replace('）', ")")
        } else {
            s.to_string()
        }
    }

    fn row_label(&mut self, r: &RowDef) -> String {
        let alias = r.aliases.first().filter(|a| a.chars().count() >= 4);
        match alias {
            Some(a) if self.noise.label_aliases && self.rng.chance(0.3) => self.label(a),
            _ => {
                let printed = self.printed_label(r.label);
                self.label(&printed)
            }
        }
    }

    /// A form label as this page prints it: the year in rows 一 and 二, the
    /// ordinal in Arabic numerals.
    fn printed_label(&self, label: &str) -> String {
        let mut l = label.to_string();
        if let Some(y) = self.noise.label_year {
            l = l
                .replacen("本年新收", &format!("本年({y})新收"), 1)
                .replacen("上年结转", &format!("上年({})结转", y - 1), 1);
        }
        if self.noise.arabic_ordinals {
            let ord = l
                .strip_prefix('（')
                .and_then(|r| r.split_once('）'))
                .and_then(|(o, rest)| Some((crate::numerals::ordinal_twin(o)?, rest)));
            if let Some((n, rest)) = ord {
                l = format!("{n}.{rest}");
            }
        }
        l
    }
}

/// A section 二 sub-table: title row, header row, data rows.
pub fn art20_grid(ctx: &mut Ctx, t: &TableDef, vals: &[Vec<Option<f64>>]) -> Grid {
    let width = t.columns.len() as u16 + 1;
    let mut g = vec![
        vec![h(ctx.label(t.title), 1, width)],
        std::iter::once(h("信息内容", 1, 1))
            .chain(t.columns.iter().map(|c| hc(ctx.label(c.label), 1, 1)))
            .collect(),
    ];
    for (row, rv) in t.rows.iter().zip(vals) {
        let mut r = vec![h(ctx.row_label(row), 1, 1)];
        for (col, v) in t.columns.iter().zip(rv) {
            let amount = matches!(col.key, "procurement_amount");
            r.push(ctx.value(*v, amount));
        }
        g.push(r);
    }
    g
}

/// Section 三, with the grouped labels of the form merged by rowspan/colspan.
pub fn apps_grid(ctx: &mut Ctx, v: &Values) -> Grid {
    let all = template::application_rows(v.template);
    let parent_of = |key: &str| all.iter().find(|r| r.key == key).and_then(|r| r.parent);
    // Leaf rows under each heading, to size the merged label cells.
    let leaves_under = |key: &str| {
        v.app_rows
            .iter()
            .filter(|r| {
                let mut p = r.parent;
                while let Some(k) = p {
                    if k == key {
                        return true;
                    }
                    p = parent_of(k);
                }
                false
            })
            .count() as u16
    };
    let cols = APPLICANT_COLUMNS;
    let sub = u16::from(ctx.noise.org_subtotal);
    let mut g: Grid = vec![
        vec![
            h(
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                3,
                3,
            ),
            hc("申请人情况", 1, 7 + sub),
        ],
        vec![
            hc(cols[0].label, 2, 1),
            hc("法人或其他组织", 1, 5 + sub),
            hc(cols[6].label, 2, 1),
        ],
        cols[1..6]
            .iter()
            .map(|c| c.label)
            .chain(
                ctx.noise
                    .org_subtotal
                    .then_some(template::APPLICANT_SUBTOTAL.label),
            )
            .map(|l| hc(l, 1, 1))
            .collect(),
    ];
    let mut opened: Vec<&str> = Vec::new();
    for (row, rv) in v.app_rows.iter().zip(&v.apps) {
        let mut chain = Vec::new();
        let mut p = row.parent;
        while let Some(k) = p {
            chain.push(k);
            p = parent_of(k);
        }
        let depth = chain.len() as u16;
        let mut r = Vec::with_capacity(10);
        for k in chain.iter().rev() {
            if !opened.contains(k) {
                opened.push(k);
                if let Some(hr) = all.iter().find(|x| x.key == *k) {
                    let label = ctx.row_label(hr);
                    r.push(h(label, leaves_under(k), 1));
                }
            }
        }
        r.push(h(ctx.row_label(row), 1, 3 - depth.min(2)));
        for (i, x) in rv.iter().enumerate() {
            if i == 6 && ctx.noise.org_subtotal {
                let s = super::numbers::org_subtotal(rv);
                r.push(ctx.value(s.map(|n| n as f64), false));
            }
            r.push(ctx.value(x.map(|n| n as f64), false));
        }
        g.push(r);
    }
    g
}

/// Section 四: 行政复议 then 行政诉讼 (未经复议直接起诉, 复议后起诉), one data row.
pub fn review_grid(ctx: &mut Ctx, v: &Values) -> Grid {
    let litigation = REVIEW_ROWS[1]
        .label
        .split('（')
        .next()
        .unwrap_or("行政诉讼");
    let sub = |i: usize| {
        REVIEW_ROWS[i]
            .aliases
            .first()
            .copied()
            .unwrap_or(REVIEW_ROWS[i].label)
    };
    let mut g: Grid = vec![
        vec![hc(REVIEW_ROWS[0].label, 1, 5), hc(litigation, 1, 10)],
        REVIEW_COLUMNS
            .iter()
            .map(|c| hc(c.label, 2, 1))
            .chain([hc(sub(1), 1, 5), hc(sub(2), 1, 5)])
            .collect(),
        REVIEW_COLUMNS
            .iter()
            .chain(REVIEW_COLUMNS)
            .map(|c| hc(c.label, 1, 1))
            .collect(),
    ];
    let mut data = Vec::with_capacity(15);
    for group in &v.review {
        for x in group {
            data.push(ctx.value(x.map(|n| n as f64), false));
        }
    }
    g.push(data);
    g
}

fn split_label(s: &str) -> Option<(String, String)> {
    let n = s.chars().count();
    if n < 6 || s.starts_with('第') || s.contains('（') {
        return None;
    }
    let cut = s.char_indices().nth(n / 2)?.0;
    Some((s[..cut].to_string(), s[cut..].to_string()))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `<table>` markup with rowspan/colspan.
pub fn render_html(out: &mut String, g: &Grid, noise: &Noise) {
    out.push_str("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;width:100%\"><tbody>\n");
    for row in g {
        out.push_str("<tr>");
        for c in row {
            out.push_str("<td");
            if c.rowspan > 1 {
                let _ = write!(out, " rowspan=\"{}\"", c.rowspan);
            }
            if c.colspan > 1 {
                let _ = write!(out, " colspan=\"{}\"", c.colspan);
            }
            out.push_str(if c.header {
                " align=\"center\" valign=\"middle\">"
            } else {
                " align=\"center\">"
            });
            if noise.cell_paragraphs {
                out.push_str("<p style=\"text-align:center\"><span style=\"font-size:14px\">");
            }
            let text = match (c.col && noise.split_headers, split_label(&c.text)) {
                (true, Some((a, b))) => format!("{}<br/>{}", escape(&a), escape(&b)),
                _ if c.text.is_empty() => "&nbsp;".to_string(),
                _ => escape(&c.text),
            };
            out.push_str(&text);
            if noise.cell_paragraphs {
                out.push_str("</span></p>");
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

/// The grid as Word table rows: (text, columns spanned, rows spanned) of
/// each cell starting in the row ([`crate::docx::table_xml`]).
pub fn docx_rows(g: &Grid) -> Vec<Vec<(String, usize, usize)>> {
    g.iter()
        .map(|row| {
            row.iter()
                .map(|c| {
                    (
                        c.text.clone(),
                        usize::from(c.colspan),
                        usize::from(c.rowspan),
                    )
                })
                .collect()
        })
        .collect()
}

/// `| a | b |` rows, one per table row.
pub fn render_pipes(out: &mut String, g: &Grid, noise: &Noise) {
    let pipe_row = |out: &mut String, row: &[GCell]| {
        out.push('|');
        for c in row {
            out.push(' ');
            out.push_str(&c.text);
            out.push_str(" |");
        }
        out.push('\n');
    };
    let brk = noise.page_break.map(|b| (b, break_row(g, &b)));
    for (r, row) in g.iter().enumerate() {
        if let Some((b, _)) = brk.filter(|(_, at)| *at == r) {
            page_break(out, &b);
            if b.repeat_header {
                g[..header_rows(g)].iter().for_each(|h| pipe_row(out, h));
            }
        }
        pipe_row(out, row);
    }
}

/// The applications table (section 三): its body rows have a label and 7
/// or 8 values (section 四's one row has 15 values and no label).
fn is_apps_grid(g: &Grid) -> bool {
    g.get(header_rows(g)).is_some_and(|row| {
        let values = row.iter().filter(|c| !c.header).count();
        row.iter().any(|c| c.header) && (7..=8).contains(&values)
    })
}

/// Rows at the top of a grid that hold only column headers.
fn header_rows(g: &Grid) -> usize {
    g.iter()
        .take_while(|row| row.iter().all(|c| c.header))
        .count()
}

/// The body row before which a table's page break falls; tables of fewer
/// than 12 rows fit on their page.
fn break_row(g: &Grid, b: &super::PageBreak) -> usize {
    if g.len() < 12 {
        return usize::MAX;
    }
    let head = header_rows(g);
    let body = g.len().saturating_sub(head + 1).max(1);
    head + 1 + ((b.at * body as f64) as usize).min(body - 1)
}

/// The page-number line between two pages, blank lines around it.
fn page_break(out: &mut String, b: &super::PageBreak) {
    out.push('\n');
    out.push_str(&b.line());
    out.push_str("\n\n");
}

/// Plain pdftotext of the applications table: header cells one per line;
/// the first two body rows label first, each cell followed by a blank line;
/// then blocks of rows column by column — each column's cells of the block
/// one per line and a blank line after them — with the block's labels on a
/// line after its cells.
fn render_column_blocks(out: &mut String, g: &Grid, sizes: [u8; 3]) {
    let head = header_rows(g);
    for c in g[..head].iter().flatten() {
        out.push_str(&c.text);
        out.push('\n');
    }
    out.push('\n');
    let body = &g[head..];
    let (first, rest) = body.split_at(2.min(body.len()));
    for row in first {
        for c in row {
            out.push_str(&c.text);
            out.push_str("\n\n");
        }
    }
    let mut at = 0;
    for size in sizes.iter().cycle().map(|&s| usize::from(s).max(1)) {
        if at >= rest.len() {
            break;
        }
        let block = &rest[at..(at + size).min(rest.len())];
        at += block.len();
        let values = |row: &[GCell]| {
            row.iter()
                .filter(|c| !c.header)
                .cloned()
                .collect::<Vec<_>>()
        };
        let width = values(&block[0]).len();
        for col in 0..width {
            for row in block {
                if let Some(c) = values(row).get(col) {
                    out.push_str(&c.text);
                    out.push('\n');
                }
            }
            out.push('\n');
        }
        let labels: Vec<&str> = block
            .iter()
            .flatten()
            .filter(|c| c.header)
            .map(|c| c.text.as_str())
            .collect();
        out.push_str(&labels.join(" "));
        out.push_str("\n\n");
    }
}

/// One cell per line, row-major, optionally indented and blank-line separated.
pub fn render_lines(out: &mut String, g: &Grid, noise: &Noise) {
    if let Some(sizes) = noise.column_blocks.filter(|_| is_apps_grid(g)) {
        return render_column_blocks(out, g, sizes);
    }
    let cell_line = |out: &mut String, c: &GCell| {
        let text = match (c.col && noise.split_headers, split_label(&c.text)) {
            (true, Some((a, b))) => format!("{a}\n{b}"),
            _ => c.text.clone(),
        };
        if noise.indent_cells {
            out.push_str("  ");
        }
        out.push_str(&text);
        out.push('\n');
        if noise.blank_line_between_cells {
            out.push('\n');
        }
    };
    let brk = noise.page_break.map(|b| (b, break_row(g, &b)));
    for (r, row) in g.iter().enumerate() {
        match brk.filter(|(_, at)| *at == r) {
            // A row cut by the page end: its label and first cells, the
            // page number, then the rest of its cells.
            Some((b, _)) if b.mid_row && row.len() > 2 => {
                let cut = 1 + (row.len() - 1) / 2;
                row[..cut].iter().for_each(|c| cell_line(out, c));
                page_break(out, &b);
                row[cut..].iter().for_each(|c| cell_line(out, c));
                continue;
            }
            Some((b, _)) => {
                page_break(out, &b);
                if b.repeat_header {
                    g[..header_rows(g)]
                        .iter()
                        .flatten()
                        .for_each(|c| cell_line(out, c));
                }
            }
            None => {}
        }
        row.iter().for_each(|c| cell_line(out, c));
    }
}
