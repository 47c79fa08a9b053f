//! The summaries against sums computed independently from the report rows:
//! random report rows (with republished copies) → the lazy plans → compared
//! with a plain fold over the same rows, and a copy never counts twice.

use aggregate::HEADLINE;
use gongkai::dedup::{unit_key, Duplicates, RowView};
use polars::prelude::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Row {
    doc_id: String,
    sha: String,
    is_annual_report: bool,
    year: Option<i32>,
    level: Option<&'static str>,
    province: Option<&'static str>,
    unit_name: Option<&'static str>,
    region_code: Option<&'static str>,
    proactive_total: Option<i64>,
    apps_new: Option<i64>,
    apps_carried_over: Option<i64>,
    apps_carried_next: Option<i64>,
}

fn row() -> impl Strategy<Value = Row> {
    (
        (
            0u8..4,
            any::<bool>(),
            prop::option::weighted(0.85, 2020i32..2024),
            prop::option::weighted(
                0.9,
                prop::sample::select(vec!["township", "county", "department"]),
            ),
            prop::option::weighted(0.8, prop::sample::select(vec!["湖南省", "浙江省"])),
        ),
        (
            prop::option::weighted(
                0.9,
                prop::sample::select(vec!["高桥镇", " 高桥镇", "城关镇人民政府", "城关镇"]),
            ),
            prop::option::weighted(
                0.8,
                prop::sample::select(vec!["430121", "330102", "430121100"]),
            ),
            prop::option::of(0i64..1000),
            prop::option::of(0i64..4),
            prop::option::of(0i64..3),
            prop::option::of(0i64..3),
        ),
    )
        .prop_map(
            |((sha, annual, year, level, province), (name, code, pt, an, co, cn))| Row {
                doc_id: String::new(),
                sha: format!("sha{sha}"),
                is_annual_report: annual || sha > 0,
                year,
                level,
                province,
                unit_name: name,
                region_code: code,
                proactive_total: pt,
                apps_new: an,
                apps_carried_over: co,
                apps_carried_next: cn,
            },
        )
}

fn rows() -> impl Strategy<Value = Vec<Row>> {
    prop::collection::vec(row(), 0..40).prop_map(|mut v| {
        for (i, r) in v.iter_mut().enumerate() {
            r.doc_id = format!("d{i:03}");
        }
        v
    })
}

/// The rows as the reports dataset holds them: with the duplicate marks
/// write-parquet adds (gongkai::dedup).
fn frame(rows: &[Row]) -> LazyFrame {
    let keys: Vec<Option<String>> = rows
        .iter()
        .map(|r| unit_key(r.level, r.region_code, r.unit_name))
        .collect();
    let views: Vec<RowView> = rows
        .iter()
        .zip(&keys)
        .map(|(r, k)| RowView {
            doc_id: &r.doc_id,
            sha: &r.sha,
            unit_key: k.as_deref(),
            is_annual_report: r.is_annual_report,
            year: r.year,
            stated: [
                r.proactive_total,
                r.apps_new,
                r.apps_carried_over,
                r.apps_carried_next,
            ]
            .iter()
            .filter(|v| v.is_some())
            .count() as u8,
        })
        .collect();
    let mut dups = Duplicates::default();
    views.iter().for_each(|v| dups.observe_row(v));
    let kept: Vec<String> = views
        .iter()
        .map(|v| dups.kept_doc_id(v).unwrap().to_string())
        .collect();
    let s = |f: &dyn Fn(&Row) -> Option<&'static str>| rows.iter().map(f).collect::<Vec<_>>();
    let i = |f: &dyn Fn(&Row) -> Option<i64>| rows.iter().map(f).collect::<Vec<_>>();
    let mut df = df!(
        "doc_id" => rows.iter().map(|r| r.doc_id.clone()).collect::<Vec<_>>(),
        "source_sha256" => rows.iter().map(|r| r.sha.clone()).collect::<Vec<_>>(),
        "is_annual_report" => rows.iter().map(|r| r.is_annual_report).collect::<Vec<_>>(),
        "year" => rows.iter().map(|r| r.year).collect::<Vec<_>>(),
        "level" => s(&|r| r.level),
        "province" => s(&|r| r.province),
        "prefecture" => s(&|_| None),
        "county" => s(&|_| None),
        "township" => s(&|_| None),
        "unit_name" => s(&|r| r.unit_name),
        "region_code" => s(&|r| r.region_code),
        "unit_key" => keys.clone(),
        "is_duplicate" => rows.iter().zip(&kept).map(|(r, k)| r.doc_id != *k).collect::<Vec<_>>(),
        "kept_doc_id" => kept.clone(),
    )
    .unwrap();
    for h in HEADLINE {
        let values = match *h {
            "proactive_total" => i(&|r| r.proactive_total),
            "apps_new" => i(&|r| r.apps_new),
            "apps_carried_over" => i(&|r| r.apps_carried_over),
            "apps_carried_next" => i(&|r| r.apps_carried_next),
            _ => vec![None; rows.len()],
        };
        let dtype = if *h == "fees_collected" {
            DataType::Float64
        } else {
            DataType::Int64
        };
        let s = Series::new((*h).into(), values).cast(&dtype).unwrap();
        df.with_column(s.into_column()).unwrap();
    }
    df.lazy()
}

/// The duplicate rule of README, written out plainly: the kept row of each
/// group, as doc_ids.
fn kept(rows: &[Row]) -> Vec<&Row> {
    let mut groups: BTreeMap<String, Vec<&Row>> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.is_annual_report) {
        let name = r.unit_name.map(|n| {
            let t = n.trim_matches(|c: char| " \u{3000}\t\r\n".contains(c));
            t.strip_suffix("人民政府").unwrap_or(t).to_string()
        });
        let own_code = match (r.level, r.region_code) {
            (Some(l), Some(c)) => {
                let digits = match l {
                    "province" => 2,
                    "prefecture" => 4,
                    "county" => 6,
                    "township" => 9,
                    _ => 0,
                };
                c.chars().count() == digits
            }
            _ => false,
        };
        let key = match (r.region_code, r.level, name) {
            (Some(c), Some(l), _) if own_code => Some(format!("{c}|{l}|")),
            (Some(c), Some(l), Some(n)) if !n.is_empty() => Some(format!("{c}|{l}|{n}")),
            _ => None,
        };
        let group = match (key, r.year) {
            (Some(k), Some(y)) => format!("unit:{k}:{y}"),
            _ => format!("sha:{}", r.sha),
        };
        groups.entry(group).or_default().push(r);
    }
    let stated = |r: &Row| {
        [
            r.proactive_total.is_some(),
            r.apps_new.is_some(),
            r.apps_carried_over.is_some(),
            r.apps_carried_next.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count()
    };
    groups
        .into_values()
        .map(|g| {
            *g.iter()
                .min_by(|a, b| stated(b).cmp(&stated(a)).then(a.doc_id.cmp(&b.doc_id)))
                .unwrap()
        })
        .collect()
}

type VolumeKey = (Option<i32>, Option<String>);

#[derive(Debug, Default, PartialEq)]
struct Volume {
    reports: i64,
    with_pt: i64,
    pt_sum: i64,
    with_apps: i64,
    apps_sum: i64,
}

fn volume_by_plan(rows: &[Row]) -> BTreeMap<VolumeKey, Volume> {
    let df = aggregate::disclosure_volume_by_year(frame(rows))
        .collect()
        .unwrap();
    let year = df.column("year").unwrap().i32().unwrap().clone();
    let level = df.column("level").unwrap().str().unwrap().clone();
    let get = |c: &str| df.column(c).unwrap().i64().unwrap().clone();
    let (n, wpt, pts, wap, aps) = (
        get("reports"),
        get("reports_with_proactive_total"),
        get("proactive_total_sum"),
        get("reports_with_apps_new"),
        get("apps_new_sum"),
    );
    (0..df.height())
        .map(|i| {
            (
                (year.get(i), level.get(i).map(str::to_string)),
                Volume {
                    reports: n.get(i).unwrap(),
                    with_pt: wpt.get(i).unwrap(),
                    pt_sum: pts.get(i).unwrap_or(0),
                    with_apps: wap.get(i).unwrap(),
                    apps_sum: aps.get(i).unwrap_or(0),
                },
            )
        })
        .collect()
}

fn volume_by_fold(rows: &[Row]) -> BTreeMap<VolumeKey, Volume> {
    let mut out: BTreeMap<VolumeKey, Volume> = BTreeMap::new();
    for r in kept(rows) {
        let v = out
            .entry((r.year, r.level.map(str::to_string)))
            .or_default();
        v.reports += 1;
        v.with_pt += r.proactive_total.is_some() as i64;
        v.pt_sum += r.proactive_total.unwrap_or(0);
        v.with_apps += r.apps_new.is_some() as i64;
        v.apps_sum += r.apps_new.unwrap_or(0);
    }
    out
}

/// National zero-application rows: year → (reporting, zero).
fn zero_by_plan(rows: &[Row]) -> BTreeMap<Option<i32>, (i64, i64)> {
    let df = aggregate::zero_application_share(frame(rows))
        .unwrap()
        .filter(col("province").eq(lit(aggregate::NATIONAL)))
        .collect()
        .unwrap();
    let year = df.column("year").unwrap().i32().unwrap().clone();
    let n = df
        .column("townships_reporting")
        .unwrap()
        .i64()
        .unwrap()
        .clone();
    let z = df
        .column("townships_zero_applications")
        .unwrap()
        .i64()
        .unwrap()
        .clone();
    (0..df.height())
        .map(|i| (year.get(i), (n.get(i).unwrap(), z.get(i).unwrap())))
        .collect()
}

fn zero_by_fold(rows: &[Row]) -> BTreeMap<Option<i32>, (i64, i64)> {
    let mut out: BTreeMap<Option<i32>, (i64, i64)> = BTreeMap::new();
    for r in kept(rows) {
        if r.level == Some("township") {
            if let Some(a) = r.apps_new {
                let e = out.entry(r.year).or_default();
                e.0 += 1;
                e.1 += (a == 0) as i64;
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn volume_equals_the_fold_over_kept_rows(rows in rows()) {
        prop_assert_eq!(volume_by_plan(&rows), volume_by_fold(&rows));
    }

    #[test]
    fn zero_share_equals_the_fold_over_kept_rows(rows in rows()) {
        prop_assert_eq!(zero_by_plan(&rows), zero_by_fold(&rows));
    }

    /// Each year's provinces (an unknown one included) come before its
    /// national row, as the SQL sorts them.
    #[test]
    fn zero_share_national_row_ends_its_year(rows in rows()) {
        let df = aggregate::zero_application_share(frame(&rows)).unwrap().collect().unwrap();
        let years: Vec<Option<i32>> = df.column("year").unwrap().i32().unwrap().iter().collect();
        let provinces: Vec<Option<&str>> = df.column("province").unwrap().str().unwrap().iter().collect();
        for i in 1..df.height() {
            prop_assert!(
                !(years[i] == years[i - 1] && provinces[i - 1] == Some(aggregate::NATIONAL)),
                "row {} after the national row of {:?}\n{}", i, years[i], df
            );
        }
    }

    /// Republishing a report (same unit, year and figures on another page)
    /// changes no summary.
    #[test]
    fn a_republished_copy_never_counts_twice(rows in rows(), pick in any::<prop::sample::Index>()) {
        prop_assume!(!rows.is_empty());
        let mut more = rows.clone();
        let mut copy = pick.get(&rows).clone();
        copy.doc_id = format!("z{}", copy.doc_id);
        let keyed = copy.region_code.is_some()
            && copy.level.is_some()
            && copy.unit_name.is_some()
            && copy.year.is_some();
        if !keyed {
            // Without a unit key only identical bytes are the same report.
            copy.sha = pick.get(&rows).sha.clone();
        } else {
            copy.sha = "republished-elsewhere".into();
        }
        more.push(copy);
        prop_assert_eq!(volume_by_plan(&more), volume_by_plan(&rows));
        prop_assert_eq!(zero_by_plan(&more), zero_by_plan(&rows));
    }
}

#[test]
fn unit_panel_flags_carry_over_mismatches_between_consecutive_years() {
    let base = Row {
        doc_id: String::new(),
        sha: String::new(),
        is_annual_report: true,
        year: None,
        level: Some("township"),
        province: Some("湖南省"),
        unit_name: Some("高桥镇"),
        region_code: Some("430121"),
        proactive_total: Some(10),
        apps_new: Some(1),
        apps_carried_over: None,
        apps_carried_next: None,
    };
    let mk = |id: &str, year, over, next| Row {
        doc_id: id.into(),
        sha: id.into(),
        year: Some(year),
        apps_carried_over: over,
        apps_carried_next: next,
        ..base.clone()
    };
    let rows = vec![
        mk("a", 2020, Some(0), Some(2)),
        mk("b", 2021, Some(2), Some(1)),
        mk("c", 2022, Some(0), None),
        mk("d", 2024, Some(5), None),
    ];
    let df = aggregate::unit_panel(frame(&rows))
        .unwrap()
        .collect()
        .unwrap();
    let checks = df.column("carryover_check").unwrap().str().unwrap().clone();
    let checks: Vec<Option<String>> = (0..checks.len())
        .map(|i| checks.get(i).map(str::to_string))
        .collect();
    let want = ["no_previous_year", "ok", "mismatch", "no_previous_year"];
    assert_eq!(
        checks,
        want.iter().map(|s| Some(s.to_string())).collect::<Vec<_>>()
    );
    let change = df.column("apps_new_change").unwrap().i64().unwrap().clone();
    let change: Vec<Option<i64>> = (0..change.len()).map(|i| change.get(i)).collect();
    assert_eq!(change, vec![None, Some(0), Some(0), None]);
}
