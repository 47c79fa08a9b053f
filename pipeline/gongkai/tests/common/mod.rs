//! Checks shared by the integration tests.

use gongkai::corpus::{process_bytes, InputFile};
use gongkai::extract::Extraction;

/// Decode and extract one file's bytes as normalize does; `rel_path` gives
/// the doc_id and the extension (`.html` pages are rendered).
pub fn extract_file(rel_path: &str, bytes: &[u8]) -> Extraction {
    let file = InputFile::at(rel_path, bytes.len() as u64);
    process_bytes(&file, bytes, None).expect("test document decodes")
}

/// One extraction, two views: every GOLD_FORMAT table field of the reports
/// row is the printed cell of the cells dataset (value and span) wherever
/// that cell holds a number (the prose may fill a field only otherwise).
pub fn headline_follows_cells(x: &Extraction) -> Result<(), String> {
    let cell = |s: &str, r: &str, c: &str| {
        x.cells
            .iter()
            .find(|k| k.section == s && k.row_key == r && k.col_key == c && k.value.is_some())
    };
    let h = &x.report.headline;
    let fields = [
        ("apps_new", h.apps_new, "三", "new_received", "total"),
        (
            "apps_carried_over",
            h.apps_carried_over,
            "三",
            "carried_over",
            "total",
        ),
        ("apps_granted", h.apps_granted, "三", "granted", "total"),
        ("apps_partial", h.apps_partial, "三", "partial", "total"),
        (
            "apps_total_handled",
            h.apps_total_handled,
            "三",
            "total_handled",
            "total",
        ),
        (
            "apps_carried_next",
            h.apps_carried_next,
            "三",
            "carried_next",
            "total",
        ),
        (
            "apps_natural_person_new",
            h.apps_natural_person_new,
            "三",
            "new_received",
            "natural_person",
        ),
        ("review_total", h.review_total, "四", "review", "total"),
    ];
    for (name, got, s, r, c) in fields {
        if let Some(k) = cell(s, r, c) {
            let want = (k.value.map(|v| v as i64), k.span);
            let got = (got.map(|l| l.value), got.map(|l| l.span));
            if got != want {
                return Err(format!("{name}: reports {got:?}, cells {want:?}"));
            }
        }
    }
    let lit: Vec<_> = ["litigation_direct", "litigation_after_review"]
        .iter()
        .filter_map(|r| cell("四", r, "total"))
        .collect();
    if !lit.is_empty() {
        let want: i64 = lit.iter().filter_map(|k| k.value).map(|v| v as i64).sum();
        if h.litigation_total.map(|l| l.value) != Some(want) {
            return Err(format!(
                "litigation_total {:?} vs cells {want}",
                h.litigation_total
            ));
        }
    }
    Ok(())
}
