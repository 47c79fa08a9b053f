//! The standard tables (2019 and 2021 layouts) in every flattening style.

//!
//! The layout comes from the data in [`crate::template`]: the parser finds
//! the template's row labels (and aliases) in a compact view of the text
//! ([`scan::Compact`]), reads the cells after each label in whichever style
//! they are written (one per line, `| a | b |`, pdftotext columns, cells
//! detached from labels, digits glued together) and only assigns numbers to
//! cells when the mapping is certain: otherwise the cell stays empty and a
//! flag (`schemas/flags.md`) says why.

mod arith;
mod scan;
mod sec2;
mod sec3;
mod sec4;
mod text_check;

use crate::doc::Doc;
use crate::record::{Headline, Located, Span, Template};
use crate::template;
use scan::Compact;
use serde::Serialize;

/// How a cell was written: a number, or one of the ways of leaving it empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CellStatus {
    Number,
    Blank,
    Slash,
    Dash,
    None,
    Missing,
}

impl CellStatus {
    /// The `status` value of the cells dataset.
    pub fn as_str(self) -> &'static str {
        match self {
            CellStatus::Number => "number",
            CellStatus::Blank => "blank",
            CellStatus::Slash => "slash",
            CellStatus::Dash => "dash",
            CellStatus::None => "none",
            CellStatus::Missing => "missing",
        }
    }
}

/// One cell of sections 二, 三 or 四.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub section: &'static str,
    pub table: &'static str,
    pub row_key: &'static str,
    pub col_key: &'static str,
    pub value: Option<f64>,
    pub unit: Option<&'static str>,
    pub status: CellStatus,
    pub raw: String,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Default)]
pub struct TableExtraction {
    /// Layout told from the table headers; None when no standard table.
    pub template: Option<Template>,
    pub cells: Vec<Cell>,
    /// GOLD_FORMAT table fields taken from the cells.
    pub headline: Headline,
    /// Failed 勾稽 checks, `<rule>:<where>:expected=<E>:found=<F>`.
    pub arith_failures: Vec<String>,
    pub flags: Vec<String>,
}

/// What the section parsers share: the document, its compact view, and
/// what has been found so far.
pub(crate) struct Ctx<'a> {
    doc: &'a Doc,
    c: &'a Compact,
    cells: Vec<Cell>,
    flags: Vec<String>,
}

impl Ctx<'_> {
    fn flag(&mut self, f: String) {
        if !self.flags.contains(&f) {
            self.flags.push(f);
        }
    }

    /// A [`Cell`] from a compact byte range; `unit` marks amounts.
    fn cell(
        &self,
        section: &'static str,
        table: &'static str,
        row_key: &'static str,
        col_key: &'static str,
        raw: &sec3::Raw,
        unit: Option<&'static str>,
    ) -> Cell {
        let span = (raw.end > raw.start).then(|| self.c.span(&self.doc.norm, raw.start, raw.end));
        let raw_text = span
            .and_then(|s| self.doc.text.get(s.start as usize..s.end as usize))
            .unwrap_or("")
            .to_string();
        let value = if raw.status == CellStatus::Number {
            let t = &self.c.text[raw.start..raw.end];
            match unit {
                Some("yuan") => crate::numerals::parse_yuan(t),
                _ if !t.contains(',') => t.parse::<f64>().ok(),
                _ => t.replace(',', "").parse::<f64>().ok(),
            }
        } else {
            None
        };
        Cell {
            section,
            table,
            row_key,
            col_key,
            value,
            unit,
            status: raw.status,
            raw: raw_text,
            span,
        }
    }
}

/// Layout of the first standard table, told by its header words.
fn detect_template(c: &Compact) -> Option<Template> {
    let first = |marks: &[&str]| {
        marks
            .iter()
            .filter_map(|m| crate::text::find(&c.text, m))
            .min()
    };
    match (first(template::MARKERS_2019), first(template::MARKERS_2021)) {
        (Some(a), Some(b)) => Some(if a < b {
            Template::Table2019
        } else {
            Template::Table2021
        }),
        (Some(_), None) => Some(Template::Table2019),
        (None, Some(_)) => Some(Template::Table2021),
        (None, None) => reworded_header(&c.text).or_else(|| cut_header(&c.text)),
    }
}

/// The layout of a header whose words are written another way (信息内容
/// 本年新制发数量 废止数量 现行有效数量): each layout's words, all of them,
/// in the span after the header's first cell.
fn reworded_header(text: &str) -> Option<Template> {
    text.match_indices("信息内容").find_map(|(i, w)| {
        let span = crate::text::first_chars(&text[i + w.len()..], template::HEADER_SPAN);
        let holds = |words: &[&str]| words.iter().all(|w| span.contains(w));
        if holds(template::HEADER_WORDS_2021) {
            Some(Template::Table2021)
        } else if holds(template::HEADER_WORDS_2019) {
            Some(Template::Table2019)
        } else {
            None
        }
    })
}

/// The layout of a header the excerpt ends inside (…本年制发件): the
/// text ends with the first four characters or more of a marker, the
/// header's first cell (信息内容) a little before them (not a sentence cut
/// off at a word a marker opens with: …并及时对外公开).
fn cut_header(text: &str) -> Option<Template> {
    let end = text.trim_end();
    let tail = &end[crate::text::chars_before(end, end.len(), 40)..];
    if !tail.contains("信息内容") {
        return None;
    }
    let cut = |marks: &[&str]| {
        marks.iter().any(|m| {
            let chars: Vec<(usize, char)> = m.char_indices().collect();
            (4..chars.len()).any(|n| end.ends_with(&m[..chars[n].0]))
        })
    };
    if cut(template::MARKERS_2021) {
        Some(Template::Table2021)
    } else if cut(template::MARKERS_2019) {
        Some(Template::Table2019)
    } else {
        None
    }
}

pub fn extract_tables(doc: &Doc) -> TableExtraction {
    let c = Compact::new(&doc.norm.text);
    let mut ctx = Ctx {
        doc,
        c: &c,
        // A complete report has ~150 cells (二, 三 and 四 together).
        cells: Vec::new(),
        flags: Vec::new(),
    };
    let mut tmpl = detect_template(&c);
    sec2::extract(&mut ctx, tmpl);
    let sec3_span = sec3::find(&c);
    if let Some(layout) = sec3::extract(&mut ctx) {
        // Without a first table, only the 2021 （六） rows tell the layout.
        if tmpl.is_none() && layout == Template::Table2021 {
            tmpl = Some(layout);
        }
    }
    let from = sec3_span.map_or(0, |(_, e)| e);
    // A page that holds section 四's table alone (one page of a flip-book)
    // shows it by its header: both kinds of lawsuit named (looked for only
    // on such a page).
    let review_header = || {
        template::REVIEW_ROWS[1..]
            .iter()
            .all(|r| c.text.contains(r.aliases[0]))
    };
    if sec3_span.is_some() || tmpl.is_some() || review_header() {
        sec4::extract(&mut ctx, from);
    }
    let headline = headline(&ctx.cells);
    let mut flags = ctx.flags;
    let mut arith_failures = arith::check(&ctx.cells);
    arith_failures.extend(text_check::check(doc, &headline));
    flags.extend(arith_failures.iter().map(|f| format!("arith:{f}")));
    TableExtraction {
        template: tmpl,
        cells: ctx.cells,
        headline,
        arith_failures,
        flags,
    }
}

fn located(cell: Option<&Cell>) -> Option<Located<i64>> {
    let c = cell?;
    match c.status {
        // (A count is whole: 42.86 is no count, not 42.)
        CellStatus::Number => Some(Located::new(
            c.value.filter(|v| v.fract() == 0.0)? as i64,
            c.span?,
        )),
        // 无 in a total's cell: none, stated (a blank, a slash or a dash
        // states nothing).
        CellStatus::None => Some(Located::new(0, c.span?)),
        _ => None,
    }
}

/// GOLD_FORMAT table fields: the printed 总计 cells (and 自然人 of 一).
fn headline(cells: &[Cell]) -> Headline {
    let review = |row: &str| {
        cells
            .iter()
            .find(|c| c.section == sec4::SECTION && c.row_key == row && c.col_key == "total")
    };
    let lit = template::HEADLINE_LITIGATION_GROUPS.map(review);
    // Both 行政诉讼 总计 cells must be there; an empty one adds nothing.
    let litigation_total = (|| match lit {
        [Some(a), Some(b)] => {
            let parts: Vec<Located<i64>> = [a, b].iter().filter_map(|c| located(Some(c))).collect();
            let first = parts.first()?;
            let v = parts.iter().map(|l| l.value).sum();
            let span = Span {
                start: parts
                    .iter()
                    .map(|l| l.span.start)
                    .min()
                    .unwrap_or(first.span.start),
                end: parts
                    .iter()
                    .map(|l| l.span.end)
                    .max()
                    .unwrap_or(first.span.end),
            };
            Some(Located::new(v, span))
        }
        _ => None,
    })();
    let mut h = Headline {
        review_total: located(review(template::HEADLINE_REVIEW_GROUP)),
        litigation_total,
        ..Headline::default()
    };
    for (field, row, col) in template::HEADLINE_APPS_CELLS {
        if let Some(slot) = h.int_field_mut(field) {
            *slot = located(sec3::get(cells, row, col));
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "申请人情况\n自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n";

    /// Section 三 rows of a layout written by `fmt(label, values)`, every
    /// leaf row getting `vals(key)`.
    fn table3(
        layout: Template,
        fmt: &dyn Fn(&str, &[i64]) -> String,
        vals: &dyn Fn(&str) -> Vec<i64>,
    ) -> String {
        template::application_rows(layout)
            .iter()
            .map(|r| {
                if r.heading {
                    fmt(r.label, &[])
                } else {
                    fmt(r.label, &vals(r.key))
                }
            })
            .collect()
    }

    /// A consistent table: 3 new + 1 carried = 4 handled (3 granted, 1
    /// partial) + 0 next; everything else 0.
    fn sample(key: &str) -> Vec<i64> {
        match key {
            "new_received" => vec![2, 1, 0, 0, 0, 0, 3],
            "carried_over" => vec![1, 0, 0, 0, 0, 0, 1],
            "granted" => vec![2, 1, 0, 0, 0, 0, 3],
            "partial" | "total_handled" if key == "partial" => vec![1, 0, 0, 0, 0, 0, 1],
            "total_handled" => vec![3, 1, 0, 0, 0, 0, 4],
            _ => vec![0; 7],
        }
    }

    const REVIEW: &str = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n";

    fn run(text: &str) -> TableExtraction {
        extract_tables(&Doc::new("t", text.to_string(), None))
    }

    fn check_sample(t: &TableExtraction, text: &str) {
        let h = &t.headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(3));
        assert_eq!(h.apps_carried_over.map(|l| l.value), Some(1));
        assert_eq!(h.apps_granted.map(|l| l.value), Some(3));
        assert_eq!(h.apps_partial.map(|l| l.value), Some(1));
        assert_eq!(h.apps_total_handled.map(|l| l.value), Some(4));
        assert_eq!(h.apps_carried_next.map(|l| l.value), Some(0));
        assert_eq!(h.apps_natural_person_new.map(|l| l.value), Some(2));
        // Spans point at the printed digits.
        let s = h.apps_total_handled.unwrap().span;
        assert_eq!(&text[s.start as usize..s.end as usize], "4");
        assert!(
            !t.flags.iter().any(|f| f.starts_with("arith:")),
            "{:?}",
            t.flags
        );
    }

    #[test]
    fn a_header_the_excerpt_ends_inside() {
        let t = run("二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n   本年制发件");
        assert_eq!(t.template, Some(Template::Table2021));
        let t = run("二、主动公开政府信息情况\n信息内容 | 本年新制作");
        assert_eq!(t.template, Some(Template::Table2019));
        // (Three characters are no header: 本年制.)
        let t = run("二、主动公开政府信息情况\n本年制");
        assert_eq!(t.template, None);
        // A sentence cut off at a word a marker opens with, no header
        // before it.
        let t = run("(三)政府信息管理\n建立文件库,定期清理并及时对外公开");
        assert_eq!(t.template, None);
    }

    #[test]
    fn a_header_written_in_other_words() {
        let t = run("二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n当年新\n制发数量\n废止数量\n现行有效数量\n规章\n0");
        assert_eq!(t.template, Some(Template::Table2021));
        let t = run("二、主动公开政府信息情况\n信息内容 | 新制作数 | 新公开数 | 公开总数 |\n| 规章 | 0 | 0 | 0 |");
        assert_eq!(t.template, Some(Template::Table2019));
        // The words in prose, no header cell before them: no layout.
        let t = run("(三)政府信息管理\n全年废止文件3件,清理现行有效规范性文件12件。");
        assert_eq!(t.template, None);
        // Nor one layout's words split between two.
        let t = run("信息内容\n新制作数量\n现行有效数量\n");
        assert_eq!(t.template, None);
    }

    #[test]
    fn one_cell_per_line() {
        let fmt = |l: &str, v: &[i64]| {
            let mut s = format!("{l}\n\n");
            for x in v {
                s += &format!("  {x} \n\n");
            }
            s
        };
        let text = format!(
            "二、主动公开政府信息情况\n本年新\n制作数量\n三、收到和处理政府信息公开申请情况\n{HEADER}{}{REVIEW}1\n0\n0\n0\n1\n0\n0\n0\n1\n1\n0\n0\n0\n0\n0\n五、存在的主要问题",
            table3(Template::Table2019, &fmt, &sample)
        );
        let t = run(&text);
        // The split header 本年新 / 制作数量 reads whole.
        assert_eq!(t.template, Some(Template::Table2019));
        check_sample(&t, &text);
        assert_eq!(t.headline.review_total.map(|l| l.value), Some(1));
        assert_eq!(t.headline.litigation_total.map(|l| l.value), Some(1));
    }

    #[test]
    fn labels_with_arabic_ordinals_and_a_year_in_them() {
        // 1.予以公开 for （一）予以公开; 本年(2021)新收, 上年(2020)结转.
        let fmt = |l: &str, v: &[i64]| {
            let mut l = l
                .replace("本年新收", "本年(2021)新收")
                .replace("上年结转", "上年(2020)结转");
            for (cn, n) in [
                ("（一）", "1."),
                ("（二）", "2."),
                ("（三）", "3."),
                ("（四）", "4."),
            ] {
                if let Some(rest) = l.strip_prefix(cn) {
                    l = format!("{n}{rest}");
                }
            }
            let mut s = format!("{l}\n\n");
            for x in v {
                s += &format!("{x}\n\n");
            }
            s
        };
        let text = format!(
            "三、收到和处理政府信息公开申请情况\n{HEADER}{}{REVIEW}1\n0\n0\n0\n1\n0\n0\n0\n1\n1\n0\n0\n0\n0\n0\n五、存在的主要问题",
            table3(Template::Table2021, &fmt, &sample)
        );
        assert!(text.contains("1.予以公开") && text.contains("本年(2021)新收"));
        check_sample(&run(&text), &text);
        // All zeros, where no row sum can tell a row's cells from the
        // ordinal or the year printed before the next label.
        let one = |key: &str| match key {
            "new_received" | "carried_next" => vec![1, 0, 0, 0, 0, 0, 1],
            _ => vec![0; 7],
        };
        let text = format!(
            "三、收到和处理政府信息公开申请情况\n{HEADER}{}{REVIEW}",
            table3(Template::Table2021, &fmt, &one)
        );
        let h = run(&text).headline;
        let v = |x: Option<crate::record::Located<i64>>| x.map(|l| l.value);
        assert_eq!(v(h.apps_new), Some(1));
        assert_eq!(v(h.apps_carried_over), Some(0));
        assert_eq!(v(h.apps_granted), Some(0));
        assert_eq!(v(h.apps_partial), Some(0));
        assert_eq!(v(h.apps_carried_next), Some(1));
        // 无 written for each zero: none, stated; a dash states nothing.
        let none = |l: &str, v: &[i64]| {
            let cells: Vec<String> = v
                .iter()
                .map(|x| {
                    if *x == 0 {
                        "无".to_string()
                    } else {
                        x.to_string()
                    }
                })
                .collect();
            format!("{l}\n{}\n", cells.join("\n"))
        };
        let text = format!(
            "三、收到和处理政府信息公开申请情况\n{HEADER}{}{REVIEW}",
            table3(Template::Table2021, &none, &one)
        );
        let h = run(&text).headline;
        assert_eq!(v(h.apps_new), Some(1));
        assert_eq!(v(h.apps_carried_over), Some(0));
        assert_eq!(v(h.apps_granted), Some(0));
        let text = text.replace('无', "—");
        assert_eq!(v(run(&text).headline.apps_carried_over), None);
    }

    #[test]
    fn html_pipe_rows_with_repeated_labels_and_blank_cells() {
        let fmt = |l: &str, v: &[i64]| {
            let cells: Vec<String> = v
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    if *x == 0 && (1..6).contains(&i) {
                        String::new()
                    } else {
                        x.to_string()
                    }
                })
                .collect();
            format!("| {l} | {l} | {} |\n", cells.join(" | "))
        };
        let text = format!(
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 自然人 | 法人或其他组织 | 总计 |\n{}{REVIEW}| 0 | 0 | 0 | 2 | 2 | 0 | 0 | 0 | 0 | 0 | | | | | |\n",
            table3(Template::Table2021, &fmt, &sample)
        );
        let t = run(&text);
        assert_eq!(t.template, Some(Template::Table2021));
        check_sample(&t, &text);
        let blank = sec3::get(&t.cells, "new_received", "research").unwrap();
        assert_eq!(blank.status, CellStatus::Blank);
        assert_eq!(blank.value, None);
        assert_eq!(t.headline.review_total.map(|l| l.value), Some(2));
        // One lawsuit 总计 blank: the other counts.
        assert_eq!(t.headline.litigation_total.map(|l| l.value), Some(0));
    }

    #[test]
    fn pdftotext_layout_with_wrapped_labels_and_page_numbers() {
        let text = format!(
            "对外公开总数量\n      自然人   法人或其他组织   总计\n{}\n             -2-\n\u{c}{}",
            "一、本年新收政府信息公开申请数量     5   0   0   0   0   1   6\n\
             二、上年结转政府信息公开申请数量     0   0   0   0   0   0   0\n\
                  （一）予以公开        4   0   0   0   0   1   5\n\
                  （二）部分公开（区分处理的，只计这一情 形，不\n\
                  计其他情形）\n\
                                        1   0   0   0   0   0   1",
            "      （七）总计          5   0   0   0   0   1   6\n\
             四、结转下年度继续办理     0   0   0   0   0   0   0\n"
        );
        let t = run(&text);
        assert_eq!(t.template, Some(Template::Table2019));
        let h = &t.headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(6));
        assert_eq!(h.apps_partial.map(|l| l.value), Some(1));
        assert_eq!(h.apps_total_handled.map(|l| l.value), Some(6));
        assert_eq!(h.apps_carried_next.map(|l| l.value), Some(0));
    }

    #[test]
    fn slashed_cells_and_the_carried_over_label_slip() {
        // 上年转结 (a slip for 结转) still labels row 二; '/' cells are empty.
        let mut text = String::from("申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n");
        for (label, cells) in [
            ("一、本年新收政府信息公开申请数量", "2 / / / / / 2"),
            ("二、上年转结政府信息公开申请数量", "/ / / / / / 0"),
            ("（一）予以公开", "1 / / / / / 1"),
        ] {
            text.push_str(label);
            text.push('\n');
            for c in cells.split(' ') {
                text.push_str(&format!("\n{c}\n"));
            }
        }
        let h = run(&text).headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(2));
        assert_eq!(h.apps_natural_person_new.map(|l| l.value), Some(2));
        assert_eq!(h.apps_carried_over.map(|l| l.value), Some(0));
        assert_eq!(h.apps_granted.map(|l| l.value), Some(1));
    }

    #[test]
    fn one_cell_a_line_closed_by_its_bar_and_a_row_of_a_lone_zero() {
        // Each cell its own line closed by a bar, an empty cell a bar alone,
        // the row's end two: the blank lines are cells, not row breaks.
        let head = "三、收到和处理政府信息公开申请情况\n申请人情况 |\n自然人 |\n法人或其他组织 |\n总计 |\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n";
        let row = |label: &str, cells: &[&str]| {
            let mut s = format!("{label} |\n");
            for c in cells {
                s.push_str(&if c.is_empty() {
                    "|\n".to_string()
                } else {
                    format!("{c} |\n")
                });
            }
            s + "||\n"
        };
        let text = format!(
            "{head}{}{}三、本年度办理结果 |\n{}",
            row(
                "一、本年新收政府信息公开申请数量",
                &["9", "", "", "", "", "", "9"]
            ),
            row(
                "二、上年结转政府信息公开申请数量",
                &["", "", "", "", "", "", "0"]
            ),
            row("(一)予以公开", &["4", "", "", "", "", "", ""]),
        );
        let h = run(&text).headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(9));
        assert_eq!(h.apps_natural_person_new.map(|l| l.value), Some(9));
        assert_eq!(h.apps_carried_over.map(|l| l.value), Some(0));
        // A 总计 left empty beside a count is not known.
        assert_eq!(h.apps_granted, None);
        // A row of one 0 and blanks, its 总计 blank: which column the 0
        // stands in is not known, nor the 总计.
        let text = format!(
            "{head}一、本年新收政府信息公开申请数量 | 0 | ||||||||\n二、上年结转政府信息公开申请数量 | 0 | ||||||||\n"
        );
        assert_eq!(run(&text).headline.apps_new, None);
        // A lone 0 and a blank the page kept among fewer cells than columns,
        // the 0's line without its bar: no column known, no 总计.
        let text = format!(
            "{head}一、本年新收政府信息公开申请数量 |\n|\n|\n0\n||\n二、上年结转政府信息公开申请数量 |\n"
        );
        assert_eq!(run(&text).headline.apps_new, None);
    }

    #[test]
    fn section_four_alone_is_read_by_its_header() {
        // One page of a flip-book: section 四's table and nothing before it.
        let text =
            format!("某某页\n{REVIEW}1 0 0 0 1 0 0 0 0 0 0 1 0 0 1\n五、存在的主要问题\n正文。");
        let h = run(&text).headline;
        assert_eq!(h.review_total.map(|l| l.value), Some(1));
        assert_eq!(h.litigation_total.map(|l| l.value), Some(1));
        // Prose that names reconsideration and lawsuits holds no table.
        let h = run("四、行政复议和行政诉讼情况\n本年度未发生行政复议和行政诉讼。").headline;
        assert_eq!(h.review_total, None);
    }

    #[test]
    fn plain_pdftotext_detached_cells_only_when_sums_prove_them() {
        // Row 一's cells come before any label; rows （一）（二） have their
        // cells after row 二's; a column-major run stays unmapped.
        let text = "自然人\n法人或其他组织\n总计\n\n3\n\n0\n\n0\n\n0\n\n0\n\n1\n\n4\n\n\
            二、上年结转政府信息公开申请数量\n\n0\n0\n0\n0\n0\n0\n0\n\
            2\n0\n0\n0\n0\n1\n3\n1\n0\n0\n0\n0\n0\n1\n\
            1.属于国家秘密\n\n0\n0\n0\n0\n0\n0\n0\n\
            （七）总计\n0\n4\n0\n0\n0\n0\n0\n0\n0\n0\n0\n1\n0\n4\n\
            四、结转下年度继续办理\n0\n0\n0\n0\n0\n0\n0\n\
            一、本年新收政府信息公开申请数量\n（一）予以公开\n（二）部分公开\n（三）不予公开\n";
        let t = run(text);
        let h = &t.headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(4));
        assert_eq!(h.apps_granted.map(|l| l.value), Some(3));
        assert_eq!(h.apps_partial.map(|l| l.value), Some(1));
        assert_eq!(h.apps_total_handled, None);
        assert!(t
            .flags
            .contains(&"tables:row_unmapped:total_handled".to_string()));
    }

    /// Plain pdftotext of a 2021 table: rows 一 to （二） one cell per line,
    /// then the result rows as column-major blocks (each column's cells of
    /// several rows, a blank line after each column), each block's labels
    /// printed after its cells.
    fn column_major_text(vals: &dyn Fn(&str) -> Vec<i64>) -> String {
        let rows = template::application_rows(Template::Table2021);
        let leaves: Vec<&str> = rows.iter().filter(|r| !r.heading).map(|r| r.key).collect();
        let mut out = format!("三、收到和处理政府信息公开申请情况\n{HEADER}\n");
        let (head, rest) = leaves.split_at(4);
        for key in head {
            let label = rows.iter().find(|r| r.key == *key).unwrap().label;
            out.push_str(label);
            out.push_str("\n\n");
            for v in vals(key) {
                out.push_str(&format!("{v}\n\n"));
            }
        }
        // Blocks of 5, 6, 4 and the rest of the rows.
        let mut at = 0usize;
        for size in [5, 6, 4, usize::MAX] {
            let block = &rest[at..at.saturating_add(size).min(rest.len())];
            at += block.len();
            for col in 0..7 {
                for key in block {
                    out.push_str(&format!("{}\n", vals(key)[col]));
                }
                out.push('\n');
            }
            // The label column comes after its cells.
            for key in block {
                out.push_str(rows.iter().find(|r| r.key == *key).unwrap().label);
                out.push(' ');
            }
            out.push_str("\n\n");
        }
        out.push_str(REVIEW);
        out
    }

    #[test]
    fn plain_pdftotext_column_blocks_when_every_check_proves_them() {
        // Non-zero cells spread over the blocks: 11 new = 4 granted + 2
        // partial + 1 + 1 + 2 + 1 refused/unable/not processed… + 0 next.
        let vals = |key: &str| -> Vec<i64> {
            match key {
                "new_received" => vec![9, 1, 0, 0, 1, 0, 11],
                "granted" => vec![3, 1, 0, 0, 0, 0, 4],
                "partial" => vec![2, 0, 0, 0, 0, 0, 2],
                "refused_state_secret" => vec![1, 0, 0, 0, 0, 0, 1],
                "refused_third_party" => vec![1, 0, 0, 0, 0, 0, 1],
                "unable_not_held" => vec![1, 0, 0, 0, 1, 0, 2],
                "not_processed_repeat" => vec![1, 0, 0, 0, 0, 0, 1],
                "total_handled" => vec![9, 1, 0, 0, 1, 0, 11],
                _ => vec![0; 7],
            }
        };
        let text = column_major_text(&vals);
        let t = run(&text);
        assert!(
            t.flags.contains(&"tables:column_blocks".to_string()),
            "{:?}",
            t.flags
        );
        assert_eq!(t.headline.apps_total_handled.map(|l| l.value), Some(11));
        for r in template::application_rows(Template::Table2021)
            .iter()
            .filter(|r| !r.heading)
        {
            for (col, want) in template::APPLICANT_COLUMNS.iter().zip(vals(r.key)) {
                let got = sec3::get(&t.cells, r.key, col.key).and_then(|c| c.value);
                assert_eq!(got, Some(want as f64), "{} {}", r.key, col.key);
            }
        }
        // One cell off: the column check fails, the blocks stay unplaced.
        let bad = |key: &str| {
            let mut v = vals(key);
            if key == "refused_state_secret" {
                v = vec![2, 0, 0, 0, 0, 0, 2];
            }
            v
        };
        let t = run(&column_major_text(&bad));
        assert!(!t.flags.contains(&"tables:column_blocks".to_string()));
        assert_eq!(t.headline.apps_total_handled, None);
        assert!(sec3::get(&t.cells, "refused_state_secret", "natural_person").is_none());
        // Nor does the label-anchored reading keep any row: in such text a
        // label is followed by another row's column.
        assert!(t
            .flags
            .contains(&"tables:column_blocks_unproven".to_string()));
        assert!(!t.cells.iter().any(|c| c.section == "三"), "{:?}", t.flags);
    }

    #[test]
    fn glued_digits_split_by_row_sum_or_left_null() {
        let text = "自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他\
            一、本年新收政府信息公开申请数量120000315二、上年结转政府信息公开申请数量0000000\
            三、本年度办理结果（一）予以公开11111116";
        let t = run(text);
        let h = &t.headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(15));
        assert_eq!(h.apps_natural_person_new.map(|l| l.value), Some(12));
        assert_eq!(h.apps_carried_over.map(|l| l.value), Some(0));
        let s = h.apps_new.unwrap().span;
        assert_eq!(&text[s.start as usize..s.end as usize], "15");
        // 1111111 6: 1+1+1+1+1+1 = 6 but also e.g. 11+… — several splits.
        assert_eq!(h.apps_granted, None);
        assert!(t
            .flags
            .iter()
            .any(|f| f.contains("glued_ambiguous:granted")));
    }

    #[test]
    fn a_row_whose_empty_cells_left_no_trace_keeps_its_total() {
        // One cell per line; the empty ones gone, and digits enough that
        // the cells might be glued, but no split adds up. 156 + 4 + 2 =
        // 162: the last is the total, and where 4 and 2 stand is unknown.
        let text = "申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n\
            一、本年新收政府信息公开申请数量\n\n156\n\n4\n\n\n\n2\n\n\n162\n\n\
            二、上年结转政府信息公开申请数量\n\n5\n\n0\n\n\n\n\n0\n\n5\n\n\
            三、本年度办理结果\n(一)予以公开\n\n120\n\n1\n\n\n\n1\n\n\n122\n\n\
            (二)部分公开\n\n9\n\n\n\n\n\n\n\n9\n";
        let t = run(text);
        let h = &t.headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(162));
        assert_eq!(h.apps_granted.map(|l| l.value), Some(122));
        // Whose is the 56 is not known either: a blank line between the
        // cells, and empty cells that left lines of their own or none.
        assert_eq!(h.apps_natural_person_new, None);
        // One cell and its equal total: the total.
        assert_eq!(h.apps_partial.map(|l| l.value), Some(9));
        assert!(
            t.flags
                .contains(&"tables:row_sparse:new_received".to_string()),
            "{:?}",
            t.flags
        );
    }

    #[test]
    fn a_row_one_cell_per_line_with_empty_lines_for_empty_cells_is_read_by_line() {
        let head = "申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n";
        let rows = |new: &str, granted: &str| {
            format!("{head}一、本年新收政府信息公开申请数量\n{new}\n二、上年结转政府信息公开申请数量\n0\n0\n0\n0\n0\n0\n0\n三、本年度办理结果\n(一)予以公开\n{granted}\n(二)部分公开\n0\n0\n0\n0\n0\n0\n0\n")
        };
        // Seven lines: 3, an empty one, 2, three empty ones, 5.
        let t = run(&rows("3\n\n2\n\n\n\n5", "2\n\n\n\n\n\n2"));
        let h = &t.headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(5));
        assert_eq!(h.apps_natural_person_new.map(|l| l.value), Some(3));
        let research = sec3::get(&t.cells, "new_received", "research").unwrap();
        assert_eq!(research.value, Some(2.0));
        assert_eq!(h.apps_granted.map(|l| l.value), Some(2));
        // An empty line before the first value: 自然人 is the empty cell.
        let t = run(&rows("\n4\n\n\n\n\n4", "2\n\n\n\n\n\n2"));
        assert_eq!(t.headline.apps_new.map(|l| l.value), Some(4));
        assert_eq!(t.headline.apps_natural_person_new, None);
        let commercial = sec3::get(&t.cells, "new_received", "commercial").unwrap();
        assert_eq!(commercial.value, Some(4.0));
        // Lines that do not come to seven: where the parts stand is unknown.
        let t = run(&rows("3\n\n2\n\n5", "2\n\n\n\n\n\n2"));
        assert_eq!(t.headline.apps_new.map(|l| l.value), Some(5));
        assert_eq!(t.headline.apps_natural_person_new, None);
        // Each cell closed by a bar, the empty ones bars alone, on lines of
        // their own or on one line: one column a bar.
        let bars = |new: &str| {
            format!("{head}一、本年新收政府信息公开申请数量 | {new} |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n")
        };
        for row in ["9 |\n|\n|\n|\n|\n| 9", "9 | | | | | | 9"] {
            let t = run(&bars(row));
            assert_eq!(t.headline.apps_new.map(|l| l.value), Some(9), "{row}");
            assert_eq!(
                t.headline.apps_natural_person_new.map(|l| l.value),
                Some(9),
                "{row}"
            );
        }
        // Bars that come to six columns, not seven: unknown.
        let t = run(&bars("9 |\n|\n|\n|\n| 9"));
        assert_eq!(t.headline.apps_new.map(|l| l.value), Some(9));
        assert_eq!(t.headline.apps_natural_person_new, None);
    }

    #[test]
    fn glued_review_row_needs_a_unique_split() {
        let text = "自然人 法人或其他组织 总计\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n\
            四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼未经复议直接起诉复议后起诉\
            12000120000010001五、存在的主要问题";
        let t = run(text);
        assert_eq!(t.headline.review_total.map(|l| l.value), Some(12));
        assert_eq!(t.headline.litigation_total.map(|l| l.value), Some(1));
        // 10 1 0 0 11 and 1 0 10 0 11 both add up: no number.
        let t = run(&text.replace("12000120000010001", "10100111000120002"));
        assert_eq!(t.headline.review_total, None);
        assert!(t
            .flags
            .contains(&"tables:glued_ambiguous:review".to_string()));
    }

    #[test]
    fn review_header_before_its_own_cell_keeps_the_table_order() {
        // Plain pdftotext: headers, 14 numbers, the last 总计 header, the last
        // number. The report's own sums are broken (2+1 ≠ 0): kept as printed
        // and flagged, since the only text between numbers is the header of
        // the column the next number takes.
        let nums = "2\n1\n0\n0\n0\n0\n0\n0\n0\n0\n1\n0\n0\n0\n";
        let head = "自然人 法人或其他组织 总计\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n";
        let text = format!("{head}{REVIEW}{nums}总 计\n1\n五、存在的主要问题");
        let t = run(&text);
        assert_eq!(t.headline.review_total.map(|l| l.value), Some(0));
        assert_eq!(t.headline.litigation_total.map(|l| l.value), Some(1));
        assert!(
            t.arith_failures.iter().any(|f| f.starts_with("review_sum")),
            "{:?}",
            t.arith_failures
        );
        // Another header there: the order is in doubt, nothing is taken.
        let text = format!("{head}{REVIEW}{nums}结果维持\n1\n五、存在的主要问题");
        let t = run(&text);
        assert_eq!(t.headline.review_total, None);
        assert!(t.flags.contains(&"tables:review_unmapped".to_string()));
    }

    #[test]
    fn interleaved_review_cells_that_break_the_sums_stay_null() {
        let text = "自然人 法人或其他组织 总计\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n\
            行政复议\n未经复议直接起诉\n结果\n2\n1\n0\n0\n维持\n0\n0\n0\n0\n0\n0\n0\n1\n0\n0\n总计\n4\n五、";
        let t = run(text);
        assert_eq!(t.headline.review_total, None);
        assert!(t.flags.contains(&"tables:review_unmapped".to_string()));
    }

    #[test]
    fn cut_off_row_keeps_cells_present_and_no_total() {
        let text = "自然人\n法人或其他组织\n总计\n一、本年新收政府信息公开申请数量\n0\n/\n—\n";
        let t = run(text);
        assert_eq!(t.headline.apps_new, None);
        assert_eq!(t.headline.apps_natural_person_new.map(|l| l.value), Some(0));
        let slash = sec3::get(&t.cells, "new_received", "commercial").unwrap();
        assert_eq!(slash.status, CellStatus::Slash);
        let dash = sec3::get(&t.cells, "new_received", "research").unwrap();
        assert_eq!(dash.status, CellStatus::Dash);
        assert!(t.flags.contains(&"tables:cut_off:new_received".to_string()));
    }

    #[test]
    fn rows_whose_empty_cells_were_dropped_give_their_total() {
        // The page kept only the cells that hold numbers: 12 … 12 (自然人
        // and 总计), a lone 0, and 3 2 5 (two parts and their sum).
        let text = "自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n\
            一、本年新收政府信息公开申请数量 | 12 |\n|\n|\n| 12 |\n\
            二、上年结转政府信息公开申请数量 |\n|\n| 0 |\n\
            三、本年度办理结果 | (一)予以公开 | 3 |\n| 2 |\n| 5 |\n\
            (二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 |\n";
        let t = run(text);
        let h = &t.headline;
        assert_eq!(h.apps_new.map(|l| l.value), Some(12));
        assert_eq!(h.apps_carried_over.map(|l| l.value), Some(0));
        assert_eq!(h.apps_granted.map(|l| l.value), Some(5));
        // Which columns the parts fill is unknown: none is read.
        assert_eq!(h.apps_natural_person_new, None);
        assert!(t
            .flags
            .contains(&"tables:row_sparse:new_received".to_string()));
        // The rules over the missing parts are not checked.
        assert!(
            !t.arith_failures.iter().any(|f| f.contains("new_received")),
            "{:?}",
            t.arith_failures
        );
        // Values that do not sum leave the row unread.
        let text = "自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n\
            一、本年新收政府信息公开申请数量 | 12 |\n| 3 |\n| 20 |\n";
        assert_eq!(run(text).headline.apps_new, None);
    }

    #[test]
    fn printed_totals_win_and_contradictions_are_flagged() {
        let fmt = |l: &str, v: &[i64]| {
            let c: Vec<String> = v.iter().map(|x| x.to_string()).collect();
            format!("{l} {}\n", c.join(" "))
        };
        let vals = |k: &str| match k {
            "new_received" => vec![5, 0, 0, 0, 0, 0, 4],
            _ => vec![0; 7],
        };
        let text = format!(
            "自然人 法人或其他组织 总计\n{}",
            table3(Template::Table2019, &fmt, &vals)
        );
        let t = run(&text);
        assert_eq!(t.headline.apps_new.map(|l| l.value), Some(4));
        assert!(t
            .flags
            .contains(&"arith:applicant_sum:new_received:expected=5:found=4".to_string()));
        assert!(t
            .flags
            .contains(&"arith:balance:total:expected=4:found=0".to_string()));
    }

    #[test]
    fn subtotal_column_is_read_and_checked() {
        // 8 numbers a row: 自然人, five orgs, 小计, 总计.
        let text =
            "自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他 小计\n\
            一、本年新收政府信息公开申请数量 5 1 0 0 1 0 2 7\n\
            二、上年结转政府信息公开申请数量 0 1 0 0 0 0 2 1\n";
        let t = run(text);
        let sub = |row: &str| {
            t.cells
                .iter()
                .find(|c| c.row_key == row && c.col_key == "org_subtotal")
                .and_then(|c| c.value)
        };
        assert_eq!(sub("new_received"), Some(2.0));
        assert_eq!(t.headline.apps_new.map(|l| l.value), Some(7));
        assert!(t
            .arith_failures
            .contains(&"applicant_sum:carried_over/org_subtotal:expected=1:found=2".to_string()));
        assert!(!t.arith_failures.iter().any(|f| f.contains("new_received")));
    }

    #[test]
    fn mixed_layout_rows_follow_the_table_itself() {
        // 2021 first table, 2019-style single （六）其他处理 row.
        let fmt = |l: &str, v: &[i64]| {
            let c: Vec<String> = v.iter().map(|x| x.to_string()).collect();
            format!("{l} {}\n", c.join(" "))
        };
        let vals = |k: &str| match k {
            "other_handling" | "total_handled" | "new_received" => vec![1, 0, 0, 0, 0, 0, 1],
            _ => vec![0; 7],
        };
        let text = format!(
            "本年制发件数\n自然人 法人或其他组织 总计\n{}",
            table3(Template::Table2019, &fmt, &vals)
        );
        let t = run(&text);
        assert_eq!(t.template, Some(Template::Table2021));
        assert_eq!(t.headline.apps_total_handled.map(|l| l.value), Some(1));
        assert!(
            !t.flags.iter().any(|f| f.starts_with("arith:")),
            "{:?}",
            t.flags
        );
    }

    #[test]
    fn prose_without_the_table_gives_nothing() {
        let t = run("本年新收政府信息公开申请数量5件，予以公开3件。自然人申请2件。行政复议1件。");
        assert_eq!(t.template, None);
        assert!(t.cells.is_empty());
        assert_eq!(t.headline, Headline::default());
    }

    #[test]
    fn rates_in_prose_are_no_cells() {
        // Applicants named in a sentence make the section's header, and
        // a later sentence's outcome words its rows: a share in percent
        // (45.45%) is no count, and a count is whole.
        let t = run("二、依申请公开情况\n全年受理申请99件,其中自然人申请90件,法人或其他组织申请9件。全部答复中,予以公开及部分公开的45件,占45.45%;不予公开的2件。\n");
        assert_eq!(t.headline.apps_partial, None);
        assert_eq!(t.headline.apps_granted, None);
    }
}
