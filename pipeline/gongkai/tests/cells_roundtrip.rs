//! parse(generate(x)) == x for the table cells: every cell the synthetic
//! generator prints comes back from the extractor with its value, in every
//! layout × flattening style, and every arithmetic error it injected is
//! reported by the validator.

use gongkai::corpus::{process_bytes, InputFile};
use gongkai::record::Template;
use gongkai::synth::{generate, Flattening, SynthConfig, SynthDoc, Truth, TruthCell};
use gongkai::tables::Cell;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

type Key = (&'static str, &'static str, &'static str, &'static str);

/// Synth prints amounts in the 万元 of the form; the cells dataset holds yuan.
fn truth_yuan(c: &TruthCell) -> Option<f64> {
    let wan = matches!(c.col_key, "procurement_amount" | "fee_amount");
    c.value.map(|v| if wan { v * 10_000.0 } else { v })
}

fn extract(doc: &SynthDoc) -> gongkai::extract::Extraction {
    let (doc_id, ext) = doc.rel_path.rsplit_once('.').unwrap();
    let file = InputFile {
        path: doc.rel_path.clone().into(),
        rel_path: doc.rel_path.clone(),
        doc_id: doc_id.to_string(),
        ext: ext.to_string(),
        size: doc.bytes.len() as u64,
    };
    process_bytes(&file, &doc.bytes, None).expect("synthetic report decodes")
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

fn check(cfg: &SynthConfig, i: usize) -> Result<Option<(Template, Flattening)>, String> {
    let doc = generate(cfg, i);
    let Some(t) = &doc.truth else { return Ok(None) };
    if !matches!(t.template, Some(Template::Table2019 | Template::Table2021)) {
        return Ok(None);
    }
    let x = extract(&doc);
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
    Ok(Some((t.template.unwrap(), t.style)))
}

/// One extraction, two views: every GOLD_FORMAT table field of the reports
/// row is the printed cell of the cells dataset (value and span), and null
/// where that cell holds no number (the prose may fill it only then).
pub fn headline_follows_cells(x: &gongkai::extract::Extraction) -> Result<(), String> {
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

/// Every layout × flattening style, with errors injected often, round-trips.
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
    for i in 0..800 {
        match check(&cfg, i) {
            Ok(Some((l, s))) => *seen.entry(format!("{l:?}/{s:?}")).or_default() += 1,
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
