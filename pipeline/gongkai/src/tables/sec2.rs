//! Section 二: the article-20 sub-tables (第二十条第（一）项 …), each read
//! with the columns of whichever layout its own header shows.

use super::scan::{classify, pipe_cells, Compact, TokKind};
use super::sec3::{find_labels, Raw};
use super::{CellStatus, Ctx};
use crate::record::Template;
use crate::template::{article20_tables, TableDef, AMOUNT_COLUMNS};

pub const SECTION: &str = "二";

/// How well a sub-table's column labels match the printed header: the
/// length of the labels found, so 本年处理决定数量 beats 处理决定数量.
fn col_hits(c: &Compact, start: usize, end: usize, t: &TableDef) -> usize {
    let region = &c.text[start..end];
    t.columns
        .iter()
        .filter_map(|col| {
            std::iter::once(col.label)
                .chain(col.aliases.iter().copied())
                .map(crate::text::fold)
                .filter(|l| region.contains(l.as_str()))
                .map(|l| l.len())
                .max()
        })
        .sum()
}

/// Value cells of a row region: pipe cells, or whitespace-separated pieces
/// holding a digit (amounts such as `约36万元`) or an empty marker.
fn cells(c: &Compact, start: usize, end: usize) -> Vec<Raw> {
    let region = &c.text[start..end];
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        let t = &c.text[s..e];
        let status = match classify(t) {
            TokKind::Num => CellStatus::Number,
            TokKind::Empty(st) => st,
            TokKind::Text if t.chars().any(|x| x.is_ascii_digit()) => CellStatus::Number,
            TokKind::Text => return,
        };
        out.push(Raw {
            start: s,
            end: e,
            status,
        });
    };
    if region.contains('|') {
        for t in pipe_cells(c, start, end) {
            push(t.start, t.end);
        }
    } else {
        let mut i = 0;
        for piece in region.split(|x: char| x.is_whitespace()) {
            if !piece.is_empty() {
                push(start + i, start + i + piece.len());
            }
            i += piece.len()
                + region[i + piece.len()..]
                    .chars()
                    .next()
                    .map_or(0, |x| x.len_utf8());
        }
    }
    out
}

/// The first cell of each run of consecutive cells with the same text.
fn spanned_runs(c: &Compact, vals: &[Raw]) -> Vec<Raw> {
    let text = |r: &Raw| &c.text[r.start..r.end];
    let mut out: Vec<Raw> = Vec::new();
    for v in vals {
        if out.last().is_none_or(|last| text(last) != text(v)) {
            out.push(*v);
        }
    }
    out
}

pub fn extract(ctx: &mut Ctx, tmpl: Option<Template>) {
    let c = ctx.c;
    let Some(first_layout) = tmpl else { return };
    let limit = super::sec3::find(c).map_or(c.text.len(), |(s, _)| s);
    for def in article20_tables(first_layout) {
        let title = crate::text::fold(def.title);
        let Some(p) = crate::text::find(&c.text[..limit], &title) else {
            continue;
        };
        let start = p + title.len();
        // The next sub-table's title ends this one; repeats of this title
        // (an HTML title cell with colspan, one per column) do not.
        let mut end = limit;
        let mut from = start;
        while let Some(i) = crate::text::find(&c.text[from..limit], "第二十条第") {
            if !c.text[from + i..].starts_with(title.as_str()) {
                end = from + i;
                break;
            }
            from += i + title.len();
        }
        // Mixed layouts: the sub-table's own header picks its columns.
        let other = match first_layout {
            Template::Table2021 => Template::Table2019,
            _ => Template::Table2021,
        };
        let alt = article20_tables(other).iter().find(|t| t.key == def.key);
        let def = match alt {
            Some(a) if col_hits(c, start, end, a) > col_hits(c, start, end, def) => a,
            _ => def,
        };
        let hits = find_labels(c, start, end, def.rows);
        // Amounts: the form prints 万元 (the 2021 header says so, and 2019
        // 采购总金额 is filled in 万元 too) unless the header says 元.
        let header = &c.text[start..hits.first().map_or(end, |h| h.start)];
        let per_unit = if header.contains('元') && !header.contains("万元") {
            1.0
        } else {
            10_000.0
        };
        for (k, h) in hits.iter().enumerate() {
            let rend = hits.get(k + 1).map_or(end, |x| x.start);
            let mut vals = cells(c, h.end, rend);
            super::scan::trim_blanks(&mut vals, def.columns.len(), |v| {
                v.status == CellStatus::Blank
            });
            if vals.len() > def.columns.len() && c.text[h.end..rend].contains('|') {
                // A cell spanning several grid columns is rendered once per
                // column: each run of equal cells is one cell when that
                // gives the table's columns.
                let runs = spanned_runs(c, &vals);
                if runs.len() == def.columns.len() {
                    vals = runs;
                }
            }
            if vals.len() != def.columns.len() {
                ctx.flag(format!("tables:art20_unmapped:{}", def.key));
                continue;
            }
            for (col, raw) in def.columns.iter().zip(&vals) {
                let t = &c.text[raw.start..raw.end];
                let amount = AMOUNT_COLUMNS.contains(&col.key);
                let unit = amount.then_some("yuan");
                let mut cell = ctx.cell(SECTION, def.key, def.rows[h.row].key, col.key, raw, None);
                cell.unit = unit;
                if raw.status == CellStatus::Number {
                    cell.value = if !amount {
                        cell.value
                            .or_else(|| crate::numerals::parse_int(t).map(|v| v as f64))
                    } else if t.contains(['元', '万']) {
                        crate::numerals::parse_yuan(t)
                    } else {
                        crate::numerals::parse_yuan(t)
                            .map(|v| (v * per_unit * 100.0).round() / 100.0)
                    };
                }
                ctx.cells.push(cell);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::doc::Doc;

    #[test]
    fn article20_amounts_and_mixed_columns() {
        let text = "第二十条第(一)项\n信息内容\n本年新\n制作数量\n本年新\n公开数量\n对外公开总数量\n规章\n1\n0\n2\n规范性文件\n3\n/\n4\n\
            第二十条第(五)项\n信息内容\n本年处理决定数量\n行政许可\n7\n\
            第二十条第(八)项\n信息内容\n本年收费金额（单位：万元）\n行政事业性收费\n1.5\n\
            第二十条第(九)项\n信息内容\n采购项目数量\n采购总金额\n政府集中采购\n2\n约12万元\n";
        let t = super::super::extract_tables(&Doc::new("t", text.to_string(), None));
        let get = |table: &str, row: &str, col: &str| {
            t.cells
                .iter()
                .find(|c| c.table == table && c.row_key == row && c.col_key == col)
                .cloned()
        };
        assert_eq!(
            get("art20_1", "normative_docs", "published_total").and_then(|c| c.value),
            Some(4.0)
        );
        let slash = get("art20_1", "normative_docs", "new_published").unwrap();
        assert_eq!(slash.status, super::CellStatus::Slash);
        // The （五） table prints the 2021 column in a 2019 report.
        assert_eq!(
            get("art20_5", "licensing", "decisions").and_then(|c| c.value),
            Some(7.0)
        );
        let amount = get("art20_9", "central_procurement", "procurement_amount").unwrap();
        assert_eq!(amount.value, Some(120000.0));
        assert_eq!(amount.unit, Some("yuan"));
        assert_eq!(amount.raw, "约12万元");
        // A bare number under the 万元 header is converted too.
        let fee = get("art20_8", "admin_fees", "fee_amount").unwrap();
        assert_eq!(
            (fee.value, fee.unit, fee.raw.as_str()),
            (Some(15000.0), Some("yuan"), "1.5")
        );
    }
}
