use super::grid::{self, Ctx};
use super::numbers;
use super::rng::Rng;
use super::*;

fn cfg(seed: u64) -> SynthConfig {
    SynthConfig {
        seed,
        docs: 0,
        ..SynthConfig::default()
    }
}

fn decode(doc: &SynthDoc, t: &Truth) -> String {
    match t.attachment {
        Some(SourceFormat::Docx) => {
            let html = crate::docx::to_html(&doc.bytes).expect("a readable .docx");
            return crate::html::render(&html).text;
        }
        Some(_) => {
            let html = crate::pdf::to_html(&doc.bytes, 100).expect("a readable .pdf");
            return crate::html::render(&html).text;
        }
        None => {}
    }
    match t.encoding {
        SynthEncoding::Gbk => {
            let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(&doc.bytes);
            assert!(!had_errors, "{} not GBK-decodable", doc.rel_path);
            text.into_owned()
        }
        SynthEncoding::Utf8Bom => {
            assert!(doc.bytes.starts_with(b"\xEF\xBB\xBF"));
            String::from_utf8(doc.bytes[3..].to_vec()).expect("utf-8 after BOM")
        }
        _ => String::from_utf8(doc.bytes.clone()).expect("utf-8"),
    }
}

#[test]
fn same_seed_and_index_give_same_document() {
    let c = cfg(7);
    for i in 0..300 {
        let a = generate(&c, i);
        let b = generate(&c, i);
        assert_eq!(a.bytes, b.bytes);
        assert_eq!(a.rel_path, b.rel_path);
        assert_eq!(a.truth, b.truth);
    }
    let other = generate(&cfg(8), 0);
    assert_ne!(other.bytes, generate(&c, 0).bytes);
}

#[test]
fn shares_follow_the_config() {
    let c = SynthConfig {
        seed: 11,
        docs: 4000,
        gbk_share: 0.05,
        junk_share: 0.01,
        error_share: 0.03,
        repost_share: 0.02,
        docx_share: 0.03,
        pdf_share: 0.03,
    };
    let docs: Vec<SynthDoc> = (0..c.docs).map(|i| generate(&c, i)).collect();
    let reports: Vec<&Truth> = docs
        .iter()
        .filter_map(|d| d.truth.as_ref())
        .filter(|t| t.is_annual_report)
        .collect();
    let junk = docs.len() - reports.len();
    assert!((10..=80).contains(&junk), "junk {junk}");
    // Reposts: byte-identical copies of an earlier report, own path and url.
    let mut seen = std::collections::HashMap::new();
    let mut reposts = 0;
    for d in docs.iter().filter(|d| d.truth.is_some()) {
        if let Some(first) = seen.insert(d.bytes.clone(), d) {
            let (a, b) = (first.truth.as_ref().unwrap(), d.truth.as_ref().unwrap());
            assert!(a.is_annual_report && a.year == b.year && a.unit_name == b.unit_name);
            assert_ne!((&a.doc_id, &a.url), (&b.doc_id, &b.url));
            reposts += 1;
        }
    }
    assert!((40..=130).contains(&reposts), "reposts {reposts}");
    let share = |f: &dyn Fn(&Truth) -> bool| {
        reports.iter().filter(|t| f(t)).count() as f64 / reports.len() as f64
    };
    let gbk = share(&|t| t.encoding == SynthEncoding::Gbk);
    assert!((0.03..0.07).contains(&gbk), "gbk {gbk}");
    let narrative = share(&|t| t.template == Some(Template::Narrative));
    assert!((0.33..0.49).contains(&narrative), "narrative {narrative}");
    let t2019 = share(&|t| t.template == Some(Template::Table2019));
    assert!((0.17..0.30).contains(&t2019), "table2019 {t2019}");
    for style in [
        Flattening::CellPerLine,
        Flattening::PipeRows,
        Flattening::HtmlTable,
    ] {
        let s = share(&|t| t.style == style);
        assert!(s > 0.1, "{style:?} {s}");
    }
    // Attachments: shares of the HTML-table reports (a PDF only when not a
    // Word document).
    let html_tables: Vec<&&Truth> = reports
        .iter()
        .filter(|t| t.style == Flattening::HtmlTable)
        .collect();
    for (format, want) in [
        (SourceFormat::Docx, c.docx_share),
        (SourceFormat::Pdf, c.pdf_share),
    ] {
        let n = html_tables
            .iter()
            .filter(|t| t.attachment == Some(format))
            .count();
        let got = n as f64 / html_tables.len() as f64;
        assert!((0.5 * want..1.6 * want).contains(&got), "{format:?} {got}");
    }
    let tables: Vec<&&Truth> = reports.iter().filter(|t| !t.cells.is_empty()).collect();
    let errors = tables
        .iter()
        .filter(|t| !t.arithmetic_errors.is_empty())
        .count() as f64
        / tables.len() as f64;
    assert!((0.01..0.06).contains(&errors), "errors {errors}");
    let levels = [
        Level::Township,
        Level::County,
        Level::Prefecture,
        Level::Province,
        Level::Department,
    ];
    for l in levels {
        assert!(reports.iter().any(|t| t.level == Some(l)), "{l:?}");
    }
    let kb: Vec<usize> = docs
        .iter()
        .filter(|d| d.truth.as_ref().is_some_and(|t| t.is_annual_report))
        .map(|d| d.bytes.len() / 1024)
        .collect();
    assert!(
        kb.iter().all(|&k| (1..=60).contains(&k)),
        "sizes {:?}",
        kb.iter().max()
    );
    let mean = kb.iter().sum::<usize>() as f64 / kb.len() as f64;
    assert!((5.0..30.0).contains(&mean), "mean {mean} KB");
}

#[test]
fn drawn_tables_satisfy_every_rule_until_broken() {
    let levels = [
        Level::Township,
        Level::County,
        Level::Prefecture,
        Level::Province,
        Level::Department,
    ];
    for seed in 0..400u64 {
        let mut rng = Rng::for_doc(seed, 0);
        let level = levels[seed as usize % levels.len()];
        let template = if seed % 2 == 0 {
            Template::Table2019
        } else {
            Template::Table2021
        };
        let mut v = numbers::draw(&mut rng, level, template);
        assert!(numbers::broken_rules(template, &numbers::cells(&v)).is_empty());
        numbers::blank_zeros(&mut v, seed % 3 == 0);
        assert!(numbers::broken_rules(template, &numbers::cells(&v)).is_empty());
        numbers::inject_error(&mut rng, &mut v);
        assert!(!numbers::broken_rules(template, &numbers::cells(&v)).is_empty());
    }
}

#[test]
fn every_report_decodes_as_claimed_and_states_its_truth() {
    let c = cfg(3);
    for i in 0..1500 {
        let doc = generate(&c, i);
        let Some(t) = &doc.truth else {
            assert!(doc.bytes.is_empty() || std::str::from_utf8(&doc.bytes).is_err());
            continue;
        };
        let text = decode(&doc, t);
        let title = t.title.as_deref().unwrap_or("");
        assert!(text.contains(title), "{}", doc.rel_path);
        let ext = t.attachment.map(SourceFormat::as_str);
        assert_eq!(doc.rel_path.ends_with(".html"), t.html && ext.is_none());
        assert_eq!(doc.rel_path.ends_with(".docx"), ext == Some("docx"));
        assert_eq!(doc.rel_path.ends_with(".pdf"), ext == Some("pdf"));
        if !t.is_annual_report {
            continue;
        }
        assert!(text.contains(t.unit_name.as_deref().unwrap_or("?")));
        let year = t.year.unwrap_or(0);
        assert!((2008..=2024).contains(&year));
        if let Some(d) = &t.publish_date {
            assert!(d.starts_with(&(year + 1).to_string()), "{d}");
        }
        // The parent names that settle the region are on the page (its
        // chrome names the portal's chain; a Word document has no chrome).
        let parents = if t.attachment.is_some() {
            [&None, &None, &None, &t.township]
        } else {
            [&t.province, &t.prefecture, &t.county, &t.township]
        };
        for name in parents.into_iter().flatten() {
            assert!(
                text.contains(name.as_str()),
                "{name} missing in {}",
                doc.rel_path
            );
        }
        let labels = match t.template {
            Some(Template::Table2019) => crate::template::MARKERS_2019,
            Some(Template::Table2021) => crate::template::MARKERS_2021,
            _ => &[][..],
        };
        if !t.noise.split_headers {
            for m in labels {
                assert!(text.contains(m), "{m} missing in {}", doc.rel_path);
            }
        }
        if let (Some(n), false) = (t.headline.proactive_total, t.noise.fullwidth_digits) {
            assert!(text.contains(&n.to_string()));
        }
        let rules_broken =
            numbers::broken_rules(t.template.unwrap_or(Template::Narrative), &t.cells);
        assert_eq!(rules_broken, t.arithmetic_errors);
    }
}

/// Occupied columns per grid row, honouring rowspan/colspan.
fn widths(g: &grid::Grid) -> Vec<u16> {
    let mut carry: Vec<u16> = vec![0; g.len() + 8];
    let mut out = Vec::new();
    for (r, row) in g.iter().enumerate() {
        let mut w = carry[r];
        for c in row {
            w += c.colspan;
            for k in 1..c.rowspan as usize {
                carry[r + k] += c.colspan;
            }
        }
        out.push(w);
    }
    out
}

#[test]
fn merged_cells_tile_the_table() {
    for template in [Template::Table2019, Template::Table2021] {
        let mut rng = Rng::for_doc(1, 1);
        let v = numbers::draw(&mut rng, Level::County, template);
        let noise = Noise::default();
        let mut ctx = Ctx {
            rng: &mut rng,
            noise: &noise,
        };
        let apps = grid::apps_grid(&mut ctx, &v);
        assert!(
            widths(&apps).iter().all(|&w| w == 10),
            "{:?}",
            widths(&apps)
        );
        assert_eq!(apps.len(), 3 + v.app_rows.len());
        let sub_noise = Noise {
            org_subtotal: true,
            ..Noise::default()
        };
        let mut sub_ctx = Ctx {
            rng: ctx.rng,
            noise: &sub_noise,
        };
        let with_subtotal = grid::apps_grid(&mut sub_ctx, &v);
        assert!(widths(&with_subtotal).iter().all(|&w| w == 11));
        let mut ctx = Ctx {
            rng: sub_ctx.rng,
            noise: &noise,
        };
        let review = grid::review_grid(&mut ctx, &v);
        assert!(widths(&review).iter().all(|&w| w == 15));
        for (t, vals) in crate::template::article20_tables(template)
            .iter()
            .zip(&v.art20)
        {
            let g = grid::art20_grid(&mut ctx, t, vals);
            assert!(widths(&g)
                .iter()
                .all(|&w| w as usize == t.columns.len() + 1));
        }
    }
}

#[test]
fn urls_csv_lists_every_text_document() {
    let c = cfg(5);
    let docs: Vec<SynthDoc> = (0..50).map(|i| generate(&c, i)).collect();
    let csv = urls_csv(&docs);
    assert!(csv.starts_with("path,url\n"));
    assert_eq!(
        csv.lines().count(),
        1 + docs.iter().filter(|d| d.truth.is_some()).count()
    );
}

#[test]
fn html_pages_are_framed_like_portals() {
    // Some pages in a layout table beside a menu, some with paragraphs
    // left open, some plain: the fast path reads them all as html5ever does.
    let c = cfg(11);
    let (mut framed, mut unclosed, mut fast) = (0, 0, 0);
    for i in 0..400 {
        let doc = generate(&c, i);
        if !doc.rel_path.ends_with(".html") {
            continue;
        }
        let Ok(html) = std::str::from_utf8(&doc.bytes) else {
            continue;
        };
        framed += usize::from(html.contains("<!-- 正文开始 -->"));
        unclosed += usize::from(html.matches("<p").count() > html.matches("</p>").count());
        if let Some(page) = crate::html::render_fast(html) {
            assert_eq!(
                page,
                crate::html::render_html5ever(html),
                "{}",
                doc.rel_path
            );
            fast += 1;
        }
    }
    assert!(
        framed > 20 && unclosed > 10 && fast > 100,
        "{framed} {unclosed} {fast}"
    );
}
