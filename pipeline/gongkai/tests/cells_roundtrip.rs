//! parse(generate(x)) == x for the table cells: every cell the synthetic
//! generator prints comes back from the extractor with its value, in every
//! layout × flattening style, and every arithmetic error it injected is
//! reported by the validator.

use gongkai::record::{SourceFormat, Template};
use gongkai::synth::{generate, Flattening, SynthConfig, Truth, TruthCell};
use gongkai::tables::Cell;
use proptest::prelude::*;

mod common;
use common::{extract_file, headline_follows_cells};
use std::collections::{BTreeMap, BTreeSet};

type Key = (&'static str, &'static str, &'static str, &'static str);

/// Synth prints amounts in the 万元 of the form; the cells dataset holds yuan.
fn truth_yuan(c: &TruthCell) -> Option<f64> {
    let wan = matches!(c.col_key, "procurement_amount" | "fee_amount");
    c.value.map(|v| if wan { v * 10_000.0 } else { v })
}

/// Differences between the truth and the extracted cells, empty when equal.
fn diff(t: &Truth, cells: &[Cell]) -> Vec<String> {
    let want: BTreeMap<Key, Option<f64>> = t
        .cells
        .iter()
        .map(|c| ((c.section, c.table, c.row_key, c.col_key), truth_yuan(c)))
        .collect();
    let got: BTreeMap<Key, Option<f64>> = cells
        .iter()
        .map(|c| ((c.section, c.table, c.row_key, c.col_key), c.value))
        .collect();
    let mut out = Vec::new();
    for (k, w) in &want {
        match got.get(k) {
            None => out.push(format!("{k:?}: missing, want {w:?}")),
            Some(g)
                if (g.unwrap_or(f64::NAN) - w.unwrap_or(f64::NAN)).abs() > 1e-6
                    && !(g.is_none() && w.is_none()) =>
            {
                out.push(format!("{k:?}: got {g:?}, want {w:?}"))
            }
            _ => {}
        }
    }
    for k in got.keys() {
        if !want.contains_key(k) {
            out.push(format!("{k:?}: extra cell"));
        }
    }
    out
}

/// What a round-tripped document covered: layout, style, 小计 column, page
/// break (`mid_row`, `repeat_header`), column blocks.
type Covered = (Template, Flattening, bool, Option<(bool, bool)>, bool);

fn check(cfg: &SynthConfig, i: usize) -> Result<Option<Covered>, String> {
    let doc = generate(cfg, i);
    let Some(t) = &doc.truth else { return Ok(None) };
    if !matches!(t.template, Some(Template::Table2019 | Template::Table2021)) {
        return Ok(None);
    }
    let x = extract_file(&doc.rel_path, &doc.bytes);
    let d = diff(t, &x.cells);
    if !d.is_empty() {
        return Err(format!(
            "seed {} doc {i} {} {:?} {:?}: {} wrong cells, e.g. {:?}",
            cfg.seed,
            doc.rel_path,
            t.template,
            t.style,
            d.len(),
            &d[..d.len().min(6)]
        ));
    }
    if let Err(e) = headline_follows_cells(&x) {
        return Err(format!("seed {} doc {i}: {e}", cfg.seed));
    }
    let reported: BTreeSet<&str> = x
        .report
        .arith_failures
        .iter()
        .filter_map(|f| f.split(':').next())
        .collect();
    for rule in &t.arithmetic_errors {
        if !reported.contains(rule) {
            return Err(format!(
                "seed {} doc {i}: injected {rule} not reported ({:?})",
                cfg.seed, x.report.arith_failures
            ));
        }
    }
    if t.arithmetic_errors.is_empty() && !x.report.arith_failures.is_empty() {
        return Err(format!(
            "seed {} doc {i}: consistent tables flagged {:?}",
            cfg.seed, x.report.arith_failures
        ));
    }
    Ok(Some((
        t.template.unwrap(),
        t.style,
        t.noise.org_subtotal,
        t.noise.page_break.map(|b| (b.mid_row, b.repeat_header)),
        t.noise.column_blocks.is_some(),
    )))
}

/// Every layout × flattening style (some with a 小计 column, some running
/// over a page break), with errors injected often, round-trips.
#[test]
fn every_layout_and_style_round_trips() {
    let cfg = SynthConfig {
        seed: 99,
        docs: 0,
        error_share: 0.3,
        ..SynthConfig::default()
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut subtotals = 0;
    let mut breaks: BTreeMap<String, usize> = BTreeMap::new();
    for i in 0..800 {
        match check(&cfg, i) {
            Ok(Some((l, s, sub, brk, blocks))) => {
                if blocks {
                    *breaks.entry(format!("{l:?}/column blocks")).or_default() += 1;
                }
                *seen.entry(format!("{l:?}/{s:?}")).or_default() += 1;
                subtotals += usize::from(sub);
                if let Some((mid_row, repeat_header)) = brk {
                    let kind = match (mid_row, repeat_header) {
                        (true, _) => "row cut by the page end",
                        (false, true) => "headers repeated",
                        (false, false) => "page number only",
                    };
                    *breaks.entry(format!("{s:?}/{kind}")).or_default() += 1;
                }
            }
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    assert!(
        errors.is_empty(),
        "{} failures:\n{}",
        errors.len(),
        errors.join("\n")
    );
    assert!(subtotals > 10, "only {subtotals} tables with a 小计 column");
    // Text from PDF: page numbers inside tables, headers repeated after the
    // break, a row whose cells continue on the next page.
    for k in [
        "CellPerLine/row cut by the page end",
        "CellPerLine/headers repeated",
        "CellPerLine/page number only",
        "PipeRows/headers repeated",
        "PipeRows/page number only",
        "Table2019/column blocks",
        "Table2021/column blocks",
    ] {
        assert!(breaks.get(k).is_some_and(|n| *n >= 3), "{k}: {breaks:?}");
    }
    for l in ["Table2019", "Table2021"] {
        for s in ["CellPerLine", "PipeRows", "HtmlTable"] {
            assert!(
                seen.contains_key(&format!("{l}/{s}")),
                "{l}/{s} not generated: {seen:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn parse_of_generate_gives_back_every_cell(seed in 0u64..1_000_000, i in 0usize..10_000) {
        let cfg = SynthConfig { seed, docs: 0, error_share: 0.3, ..SynthConfig::default() };
        if let Err(e) = check(&cfg, i) {
            prop_assert!(false, "{}", e);
        }
    }
}

/// Decode and extract a file found at `url`.
fn extract_file_at(rel_path: &str, bytes: &[u8], url: &str) -> gongkai::extract::Extraction {
    let file = gongkai::corpus::InputFile::at(rel_path, bytes.len() as u64);
    gongkai::corpus::process_bytes(&file, bytes, Some(url)).expect("decodes")
}

/// A value without the spans that locate it (offsets differ between a page
/// and a document of the same text).
fn values(v: &impl serde::Serialize) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("span");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(v).expect("serializable");
    strip(&mut v);
    v
}

/// A report saved as a Word document and printed to PDF from the same
/// content as its web page (title, date line, paragraphs, tables,
/// signature; no portal chrome) gives the same report fields and the same
/// cells, value for value.
#[test]
fn a_report_as_docx_reads_as_its_html_page() {
    same_as_the_page(SourceFormat::Docx);
}

#[test]
fn a_report_as_pdf_reads_as_its_html_page() {
    same_as_the_page(SourceFormat::Pdf);
}

fn same_as_the_page(format: SourceFormat) {
    let page = SynthConfig {
        seed: 41,
        docs: 0,
        error_share: 0.2,
        docx_share: 0.0,
        pdf_share: 0.0,
        ..SynthConfig::default()
    };
    let attached = match format {
        SourceFormat::Docx => SynthConfig {
            docx_share: 1.0,
            ..page
        },
        _ => SynthConfig {
            pdf_share: 1.0,
            ..page
        },
    };
    let mut compared = 0;
    let mut less_specific = 0;
    let mut keyed = 0;
    let mut differences = Vec::new();
    for i in 0..400 {
        let (a, b) = (generate(&page, i), generate(&attached, i));
        let (Some(ta), Some(tb)) = (&a.truth, &b.truth) else {
            continue;
        };
        if tb.attachment.is_none() {
            assert_eq!(
                a.bytes, b.bytes,
                "doc {i}: only the attachment choice may differ"
            );
            continue;
        }
        let ext = format!(".{}", format.as_str());
        assert!(ta.html && ta.attachment.is_none() && b.rel_path.ends_with(&ext));
        // Both with the page's url, as normalize gives it from urls.csv.
        let (xa, xb) = (
            extract_file_at(&a.rel_path, &a.bytes, &ta.url),
            extract_file_at(&b.rel_path, &b.bytes, &tb.url),
        );
        assert_eq!(xb.report.source_format, format);
        let (ra, rb) = (&xa.report, &xb.report);
        let fields = |r: &gongkai::record::Report| {
            (
                r.is_annual_report,
                r.year,
                r.publish_date,
                r.unit_name.clone(),
                r.level,
                r.template,
                values(&r.headline),
                r.arith_ok,
                r.arith_failures.clone(),
            )
        };
        if fields(ra) != fields(rb) {
            differences.push(format!(
                "doc {i} {}: html {:?}\n {format:?} {:?}",
                a.rel_path,
                fields(ra),
                fields(rb)
            ));
        }
        // The region: a township named alone is settled on the page by its
        // chrome (the portal's 主办 line names the chain), which a Word
        // document does not have; the document may then say less, never
        // something else.
        let (ga, gb) = (&ra.region, &rb.region);
        let fits = |a: &Option<String>, b: &Option<String>| b.is_none() || a == b;
        // Dedup: the same region gives the same unit key, so the page and
        // the attachment of one report are one report (same key and year).
        let key = |r: &gongkai::record::Report| {
            gongkai::dedup::unit_key(
                r.level.map(|l| l.as_str()),
                r.region.region_code.as_deref(),
                r.unit_name.as_deref(),
            )
        };
        if ga == gb && key(ra) != key(rb) {
            differences.push(format!("doc {i}: unit key {:?} vs {:?}", key(ra), key(rb)));
        }
        keyed += usize::from(ga == gb && key(ra).is_some());
        if ga != gb {
            if fits(&ga.province, &gb.province)
                && fits(&ga.prefecture, &gb.prefecture)
                && fits(&ga.county, &gb.county)
                && fits(&ga.township, &gb.township)
            {
                less_specific += 1;
            } else {
                differences.push(format!("doc {i}: region {ga:?} vs {gb:?}"));
            }
        }
        let cells = |x: &gongkai::extract::Extraction| {
            x.cells
                .iter()
                .map(|c| ((c.section, c.table, c.row_key, c.col_key), c.value))
                .collect::<Vec<_>>()
        };
        if cells(&xa) != cells(&xb) {
            differences.push(format!("doc {i} {}: cells differ", a.rel_path));
        }
        compared += 1;
    }
    assert!(
        compared >= 50,
        "only {compared} reports written as {ext}",
        ext = format.as_str()
    );
    assert!(
        keyed * 2 >= compared,
        "only {keyed} of {compared} documents have a unit key: dedup is not shown"
    );
    assert!(
        less_specific * 20 <= compared,
        "{less_specific} of {compared} documents resolve a less specific region"
    );
    assert!(
        differences.is_empty(),
        "{} of {compared} differ:\n{}",
        differences.len(),
        differences.join("\n")
    );
}
