//! On the complete table reports of the shared dev corpus (dev044,
//! dev053–dev065), the cells dataset holds every number of sections 三 and
//! 四 that the page shows, and the reports row's table fields are those cells.
//!
//! The numbers of the page are found independently of the table parser: in
//! the document text between the section 三 heading and the section 五
//! heading (the mentions of the section titles in the introduction skipped), every run of digits that is not an ordinal (`1.属于…`), a year
//! (`2023年`) or a page number (`-2-`) must lie inside the span of a number
//! cell of section 三 or 四. Glued cells (`640020470`) count as covered when
//! the cells split them.
//!
//! The corpus lives outside the repository (`../shared`, or `GONGKAI_SHARED`);
//! the test is ignored by `cargo test` and run by `make cells-check`; without
//! the corpus it says so and passes.

use gongkai::tables::CellStatus;
use std::path::PathBuf;

mod common;

fn dev_dir() -> Option<PathBuf> {
    let root = std::env::var_os("GONGKAI_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let d = root.join("corpus/dev");
    d.join("gold.jsonl").is_file().then_some(d)
}

/// The complete reports: dev044 and dev053–dev065.
fn table_reports(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let n: u32 = name.get(3..6).and_then(|s| s.parse().ok()).unwrap_or(0);
            name.starts_with("dev") && (n == 44 || (53..=65).contains(&n))
        })
        .collect();
    out.sort();
    out
}

/// Digit runs of `text[from..to]` that are table numbers (not ordinals,
/// years or page numbers), as byte ranges.
fn number_runs(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let s = i;
        while i < to && (b[i].is_ascii_digit() || b[i] == b',') {
            i += 1;
        }
        let after = text[i..].chars().next().unwrap_or(' ');
        let before = text[..s].chars().next_back().unwrap_or(' ');
        let ordinal = matches!(after, '.' | '．' | '、');
        let year = after == '年';
        let page = before == '-' && after == '-';
        if !(ordinal || year || page) {
            out.push((s, i));
        }
    }
    out
}

#[test]
#[ignore = "reads ../shared/corpus/dev; run by `make cells-check`"]
fn cells_cover_every_number_of_sections_three_and_four() {
    let Some(dir) = dev_dir() else {
        eprintln!("skipped: ../shared/corpus/dev not found (set GONGKAI_SHARED)");
        return;
    };
    let files = table_reports(&dir);
    assert_eq!(files.len(), 14, "{files:?}");
    let mut problems = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let (doc_id, ext) = name.rsplit_once('.').unwrap();
        let x = common::extract_file(&name, &bytes);
        if let Err(e) = common::headline_follows_cells(&x) {
            problems.push(format!("{doc_id}: reports row and cells differ: {e}"));
        }
        // The document text the spans point into.
        let raw = String::from_utf8(bytes).unwrap();
        let text = if ext == "txt" {
            raw
        } else {
            gongkai::html::render(&raw).text
        };
        // The section 三 heading is the last mention of its title before
        // the table's first row (the introduction names every section).
        let first_row = text.find("本年新收").expect("section 三 table");
        let from = text[..first_row]
            .rfind("收到和处理政府信息公开申请情况")
            .unwrap_or(first_row);
        let to = text[from..]
            .find("存在的主要问题")
            .map_or(text.len(), |i| from + i);
        let runs = number_runs(&text, from, to);
        let spans: Vec<(usize, usize)> = x
            .cells
            .iter()
            .filter(|c| matches!(c.section, "三" | "四") && c.status == CellStatus::Number)
            .filter_map(|c| c.span.map(|s| (s.start as usize, s.end as usize)))
            .collect();
        let missed: Vec<&str> = runs
            .iter()
            .filter(|(s, e)| !spans.iter().any(|(a, b)| a < e && s < b))
            .map(|(s, e)| &text[*s..*e])
            .collect();
        eprintln!(
            "{doc_id}: {} numbers on the page, {} number cells, {} not in the cells",
            runs.len(),
            spans.len(),
            missed.len()
        );
        if !missed.is_empty() {
            problems.push(format!(
                "{doc_id}: {} of {} numbers not in the cells: {:?}; flags {:?}",
                missed.len(),
                runs.len(),
                &missed[..missed.len().min(12)],
                x.report
                    .flags
                    .iter()
                    .filter(|f| f.starts_with("tables:"))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
