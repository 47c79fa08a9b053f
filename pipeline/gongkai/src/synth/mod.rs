//! Deterministic synthetic corpus generator, driven by the template tables.
//!
//! [`generate`]`(cfg, i)` builds document `i` from `cfg.seed` and `i` alone,
//! so a corpus can be generated in parallel and streamed; the same pair
//! always gives the same bytes. Each document is a realistic report page —
//! narrative (2008–2018), 2019 tables or 2021 tables (report-formats.md §1–3)
//! — flattened the way scraping flattens it, wrapped in page chrome, encoded
//! as UTF-8 (some with BOM) or GBK; a small share is junk. [`Truth`] holds
//! every GOLD_FORMAT field and every table cell, so tests can check
//! `parse(generate(x)) == x`.
//!
//! Rows, labels, columns and the 勾稽 rules come from [`crate::template`];
//! units come from the shipped gazetteer (parsed once).

mod gazetteer;
mod grid;
mod numbers;
mod page;
mod prose;
mod rng;

pub use numbers::{broken_rules, APPS_TABLE, REVIEW_TABLE};

use crate::record::{Level, SourceFormat, Template};
use rng::Rng;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SynthConfig {
    pub seed: u64,
    /// Number of documents of the corpus (informational for [`generate`],
    /// which builds one document by index).
    pub docs: usize,
    /// Share of documents written as GBK (~0.05).
    pub gbk_share: f64,
    /// Share of junk documents: empty files, binary bytes, non-report pages (~0.01).
    pub junk_share: f64,
    /// Share of table reports with one injected arithmetic error (~0.03).
    pub error_share: f64,
    /// Share of documents that are another site's copy of an earlier
    /// report of the corpus, byte for byte (~0.02): the duplicates the
    /// reports dataset must mark.
    pub repost_share: f64,
    /// Share of HTML-table reports published as a Word attachment (`.docx`:
    /// the same title, date line, paragraphs, tables and signature, without
    /// the portal's chrome) (~0.03). Decided from the document's hash, so
    /// the content does not depend on it.
    pub docx_share: f64,
    /// Share of HTML-table reports published as a PDF attachment (printed
    /// from the same content: the tables ruled, continued across pages)
    /// (~0.03), decided from the hash like `docx_share`.
    pub pdf_share: f64,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            seed: 2024,
            docs: 1000,
            gbk_share: 0.05,
            junk_share: 0.01,
            error_share: 0.03,
            repost_share: 0.02,
            docx_share: 0.03,
            pdf_share: 0.03,
        }
    }
}

/// How the tables reach the text (report-formats.md "What scraping does").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flattening {
    /// Narrative report: prose only, no standard tables.
    Prose,
    /// One cell per line, row-major (seed 001).
    CellPerLine,
    /// `| a | b |` rows.
    PipeRows,
    /// `<table>`/`<tr>`/`<td>` markup with rowspan/colspan in an HTML page.
    HtmlTable,
}

/// Byte encoding of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SynthEncoding {
    Utf8,
    Utf8Bom,
    Gbk,
    /// Junk bytes that are no text at all.
    Binary,
}

/// Scraping noise applied to one document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Noise {
    pub fullwidth_digits: bool,
    /// Some value cells padded with spaces (` 0 `).
    pub stray_spaces: bool,
    /// Column headers split across lines (`本年新\n制作数量`).
    pub split_headers: bool,
    /// `(一)` instead of `（一）` in labels.
    pub ascii_parens: bool,
    /// Some rows printed with an alias instead of the form label.
    pub label_aliases: bool,
    /// Row ordinals printed in Arabic numerals (`1.予以公开` for
    /// `（一）予以公开`), beside the sub-rows' own `1.属于国家秘密`.
    pub arabic_ordinals: bool,
    /// The report's year printed in the labels of rows 一 and 二
    /// (`本年(2021)新收…`, `上年(2020)结转…`).
    pub label_year: Option<i32>,
    /// How empty cells are printed: ``, `/`, `—`, `——`, `-`.
    pub empty_mark: &'static str,
    /// Integer procurement amounts printed as `约36万元`.
    pub amount_suffix: bool,
    /// HTML: cell text wrapped in `<p><span>`.
    pub cell_paragraphs: bool,
    /// One-cell-per-line: cells indented by two spaces.
    pub indent_cells: bool,
    /// One-cell-per-line: a blank line after every cell.
    pub blank_line_between_cells: bool,
    /// Section 三 prints a 小计 of the 法人或其他组织 columns before 总计
    /// (8 numbers a row).
    pub org_subtotal: bool,
    /// Text from PDF (one cell per line, `|` rows): every table runs over a
    /// page break.
    pub page_break: Option<PageBreak>,
    /// Plain pdftotext (one cell per line): after its first rows, section
    /// 三 comes column by column in blocks of rows (`[sizes]` cycled), each
    /// block's labels after its cells. Only for tables whose arithmetic
    /// holds and that have no empty cell: nothing else proves such a reading.
    pub column_blocks: Option<[u8; 3]>,
}

/// A page break inside a table, as text extracted from a PDF shows it: the
/// page number line (`- 3 -`, `第3页 共8页`, …), then optionally the table's
/// column headers printed again at the top of the next page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageBreak {
    /// Where, as a share of the table's body rows.
    pub at: f64,
    /// One cell per line only: the break falls inside a row, whose
    /// remaining cells follow the page number (a row cut at the page end).
    pub mid_row: bool,
    /// The header rows printed again after the break (at a row boundary).
    pub repeat_header: bool,
    /// Page number and the format of its line ([`PageBreak::line`]).
    pub page: u16,
    pub format: u8,
}

impl PageBreak {
    /// The page-number line(s) printed at the break.
    pub fn line(&self) -> String {
        let (n, m) = (self.page, self.page + 3);
        match self.format % 6 {
            0 => format!("- {n} -"),
            1 => format!("-{n}-"),
            2 => format!("— {n} —"),
            3 => format!("第 {n} 页"),
            4 => format!("第{n}页 共{m}页"),
            _ => format!("第{n}页/共{m}页"),
        }
    }
}

/// The GOLD_FORMAT headline numbers as the text states them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TruthHeadline {
    pub proactive_total: Option<i64>,
    pub apps_new: Option<i64>,
    pub apps_carried_over: Option<i64>,
    pub apps_granted: Option<i64>,
    pub apps_partial: Option<i64>,
    pub apps_total_handled: Option<i64>,
    pub apps_carried_next: Option<i64>,
    pub apps_natural_person_new: Option<i64>,
    pub review_total: Option<i64>,
    pub litigation_total: Option<i64>,
    /// Yuan.
    pub fees_collected: Option<f64>,
}

impl TruthHeadline {
    /// The integer field named `name` (a [`crate::record::HEADLINE_FIELDS`]
    /// column), to set.
    pub fn int_field_mut(&mut self, name: &str) -> Option<&mut Option<i64>> {
        crate::record::headline_int_field!(self, name)
    }
}

/// One table cell as printed: `value` is the number in the cell (amounts in
/// the 万元 the form prints), `None` for an empty cell (blank, `/`, `—`).
#[derive(Debug, Clone, PartialEq)]
pub struct TruthCell {
    /// `二`, `三` or `四`.
    pub section: &'static str,
    /// Section 二: the [`crate::template::TableDef::key`]; 三: [`APPS_TABLE`]; 四: [`REVIEW_TABLE`].
    pub table: &'static str,
    pub row_key: &'static str,
    pub col_key: &'static str,
    pub value: Option<f64>,
}

/// Everything a careful reader gets from the document (GOLD_FORMAT keys)
/// plus how it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    pub doc_id: String,
    pub url: String,
    pub is_annual_report: bool,
    pub title: Option<String>,
    pub year: Option<i32>,
    pub unit_name: Option<String>,
    pub level: Option<Level>,
    pub province: Option<String>,
    pub prefecture: Option<String>,
    pub county: Option<String>,
    pub township: Option<String>,
    /// Gazetteer code of the unit (of its government for departments).
    pub region_code: Option<String>,
    /// `YYYY-MM-DD`: the page's publish field, else the signature date.
    pub publish_date: Option<String>,
    pub template: Option<Template>,
    pub style: Flattening,
    /// The page is HTML (`.html`), not scraped text (`.txt`).
    pub html: bool,
    /// Published as a Word or PDF attachment (`SourceFormat::Docx`,
    /// `SourceFormat::Pdf`) instead of its HTML page.
    pub attachment: Option<SourceFormat>,
    pub encoding: SynthEncoding,
    pub noise: Noise,
    pub headline: TruthHeadline,
    /// Every cell of sections 二, 三 and 四 (empty for narrative reports).
    pub cells: Vec<TruthCell>,
    /// Keys of the [`crate::template::Rule`]s the printed tables break
    /// (non-empty only when an error was injected).
    pub arithmetic_errors: Vec<&'static str>,
}

/// One generated file.
#[derive(Debug, Clone)]
pub struct SynthDoc {
    /// Path relative to the corpus root, e.g. `2021/440000/syn0000042_1a2b3c4d5e6f.html`.
    pub rel_path: String,
    pub bytes: Vec<u8>,
    /// `None` for junk that is no text (empty or binary files).
    pub truth: Option<Truth>,
}

/// Build document `i` of the corpus of `cfg.seed`.
pub fn generate(cfg: &SynthConfig, i: usize) -> SynthDoc {
    let mut rng = Rng::for_doc(cfg.seed, i);
    let hash = rng.next_u64();
    let doc_id = format!("syn{i:07}_{:012x}", hash >> 16);
    if rng.chance(cfg.junk_share) {
        return page::junk(&mut rng, doc_id, hash);
    }
    if i > 0 && rng.chance(cfg.repost_share) {
        // A copy of one of the 64 documents before it (which may be junk:
        // then this one is a report of its own).
        let original = i - 1 - rng.below(i.min(64));
        if let Some(copy) = repost(cfg, original, &doc_id, hash) {
            return copy;
        }
    }
    page::report(cfg, &mut rng, i, doc_id, hash)
}

/// Document `original` posted again on another site under `doc_id`: the
/// same bytes, the same truth, another path and url.
fn repost(cfg: &SynthConfig, original: usize, doc_id: &str, hash: u64) -> Option<SynthDoc> {
    let doc = generate(cfg, original);
    let mut truth = doc.truth?;
    if !truth.is_annual_report {
        return None;
    }
    let (dir, file) = doc.rel_path.rsplit_once('/')?;
    let ext = file.rsplit_once('.').map_or("txt", |(_, e)| e);
    truth.doc_id = doc_id.to_string();
    truth.url = format!(
        "http://xxgk.zwfw{:06x}.gov.cn/repost/{}.html",
        hash & 0xff_ffff,
        doc_id
    );
    Some(SynthDoc {
        rel_path: format!("{dir}/{doc_id}.{ext}"),
        bytes: doc.bytes,
        truth: Some(truth),
    })
}

/// The crawler manifest (`path,url`) of the given documents.
pub fn urls_csv(docs: &[SynthDoc]) -> String {
    let mut out = String::from("path,url\n");
    for d in docs {
        if let Some(t) = &d.truth {
            out.push_str(&d.rel_path);
            out.push(',');
            out.push_str(&t.url);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests;
