//! The timeliness summaries on report rows written by hand (the deadline
//! day, the day after, 31 December of the year itself, no date, an
//! implausible date, a department before and after the 2019 条例) and on
//! random rows against a plain fold with the Rust rule
//! (`Deadlines::deadline`).

use aggregate::timeliness::{self, Deadlines, ALL_LEVELS};
use gongkai::meta::{days_from_civil, last_plausible_publish_date};
use polars::prelude::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Row {
    year: Option<i32>,
    level: Option<&'static str>,
    province: Option<&'static str>,
    /// (year, month, day)
    date: Option<(i32, u32, u32)>,
    duplicate: bool,
}

fn row(year: i32, level: Option<&'static str>, date: Option<(i32, u32, u32)>) -> Row {
    Row {
        year: Some(year),
        level,
        province: Some("湖北省"),
        date,
        duplicate: false,
    }
}

fn frame(rows: &[Row]) -> LazyFrame {
    let dates: Vec<Option<i32>> = rows
        .iter()
        .map(|r| r.date.and_then(|(y, m, d)| days_from_civil(y, m, d)))
        .collect();
    df!(
        "year" => rows.iter().map(|r| r.year).collect::<Vec<_>>(),
        "level" => rows.iter().map(|r| r.level).collect::<Vec<_>>(),
        "province" => rows.iter().map(|r| r.province).collect::<Vec<_>>(),
        "publish_date" => Series::new("publish_date".into(), dates).cast(&DataType::Date).unwrap(),
        "is_annual_report" => vec![true; rows.len()],
        "is_duplicate" => rows.iter().map(|r| r.duplicate).collect::<Vec<_>>(),
    )
    .unwrap()
    .lazy()
}

/// (reports, with_date, on_time, late, median_days_late, max_days_late)
type Counts = (i64, i64, i64, i64, Option<f64>, Option<i64>);

/// (year, level or province)
type Key = (Option<i32>, Option<String>);

fn table(df: &DataFrame, key: &str) -> BTreeMap<Key, Counts> {
    let s = |c: &str| df.column(c).unwrap().as_materialized_series().clone();
    let (year, k) = (s("year"), s(key));
    let int = |c: &str| s(c).i64().unwrap().clone();
    let (reports, dated, on_time, late, max) = (
        int("reports"),
        int("reports_with_publish_date"),
        int("on_time"),
        int("late"),
        int("max_days_late"),
    );
    let median = s("median_days_late");
    let median = median.f64().unwrap();
    let share = s("on_time_share");
    let share = share.f64().unwrap();
    let mut out = BTreeMap::new();
    for i in 0..df.height() {
        let dated_i = dated.get(i).unwrap();
        match share.get(i) {
            Some(v) => assert!((v - on_time.get(i).unwrap() as f64 / dated_i as f64).abs() < 1e-12),
            None => assert_eq!(dated_i, 0),
        }
        out.insert(
            (
                year.i32().unwrap().get(i),
                k.str().unwrap().get(i).map(str::to_string),
            ),
            (
                reports.get(i).unwrap(),
                dated_i,
                on_time.get(i).unwrap(),
                late.get(i).unwrap(),
                median.get(i),
                max.get(i),
            ),
        );
    }
    out
}

fn days(a: (i32, u32, u32), b: (i32, u32, u32)) -> i64 {
    i64::from(days_from_civil(b.0, b.1, b.2).unwrap() - days_from_civil(a.0, a.1, a.2).unwrap())
}

#[test]
fn deadline_day_day_after_own_year_missing_implausible_and_2019_departments() {
    let shipped = Deadlines::shipped();
    let rows = vec![
        // 2007 条例: everyone by 31 March.
        row(2018, Some("county"), Some((2019, 3, 31))),
        row(2018, Some("county"), Some((2019, 4, 1))),
        row(2018, Some("department"), Some((2019, 3, 15))),
        // 2019 条例: departments by 31 January.
        row(2019, Some("department"), Some((2020, 1, 31))),
        row(2019, Some("department"), Some((2020, 2, 1))),
        // Published within its own year: on time.
        row(2019, Some("county"), Some((2019, 12, 31))),
        // No date: counted, not judged.
        row(2019, Some("county"), None),
        // The last plausible day, and the day after it (left out).
        row(2019, Some("county"), Some((2022, 12, 31))),
        row(2019, Some("county"), Some((2023, 1, 1))),
        // Townships count with governments.
        row(2019, Some("township"), Some((2020, 3, 31))),
        // Level unknown when the level decides: counted, not judged.
        row(2019, None, Some((2020, 3, 1))),
        // A duplicate is not counted at all.
        Row {
            duplicate: true,
            ..row(2019, Some("county"), Some((2021, 6, 1)))
        },
    ];
    let lf = frame(&rows);
    let by_year = timeliness::by_year(aggregate::counted(lf.clone()), &shipped)
        .unwrap()
        .collect()
        .unwrap();
    let t = table(&by_year, "level");
    let far = days((2020, 3, 31), (2022, 12, 31));
    let key = |y: i32, l: &str| (Some(y), Some(l.to_string()));
    let want: Vec<(Key, Counts)> = vec![
        (key(2018, "county"), (2, 2, 1, 1, Some(1.0), Some(1))),
        (key(2018, "department"), (1, 1, 1, 0, None, None)),
        (key(2018, ALL_LEVELS), (3, 3, 2, 1, Some(1.0), Some(1))),
        (
            key(2019, "county"),
            (4, 2, 1, 1, Some(far as f64), Some(far)),
        ),
        (key(2019, "department"), (2, 2, 1, 1, Some(1.0), Some(1))),
        (key(2019, "township"), (1, 1, 1, 0, None, None)),
        ((Some(2019), None), (1, 0, 0, 0, None, None)),
        (
            key(2019, ALL_LEVELS),
            (8, 5, 3, 2, Some((1 + far) as f64 / 2.0), Some(far)),
        ),
    ];
    assert_eq!(t, want.into_iter().collect(), "\n{by_year}");
    // Rows: each year's levels (unknown last), then the whole year.
    let levels: Vec<Option<&str>> = by_year
        .column("level")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(
        levels,
        [
            Some("county"),
            Some("department"),
            Some(ALL_LEVELS),
            Some("county"),
            Some("department"),
            Some("township"),
            None,
            Some(ALL_LEVELS)
        ]
    );

    // The implausible date is the one flagged, by the same rule as normalize.
    assert_eq!(
        last_plausible_publish_date(2019),
        days_from_civil(2022, 12, 31).unwrap()
    );
    let implausible = aggregate::counted(lf)
        .select([timeliness::implausible_publish_date().sum().alias("n")])
        .collect()
        .unwrap();
    assert_eq!(
        implausible
            .column("n")
            .unwrap()
            .cast(&DataType::Int64)
            .unwrap()
            .i64()
            .unwrap()
            .get(0),
        Some(1)
    );
}

#[test]
fn national_row_is_the_whole_year_and_provinces_add_up() {
    let mut rows = Vec::new();
    for (i, p) in [Some("湖北省"), Some("浙江省"), None]
        .into_iter()
        .enumerate()
    {
        for d in 0..4u32 {
            rows.push(Row {
                province: p,
                ..row(
                    2020 + (d % 2) as i32,
                    Some("county"),
                    Some((2021 + (d % 2) as i32, 3, 28 + d + i as u32)),
                )
            });
        }
    }
    let lf = aggregate::counted(frame(&rows));
    let shipped = Deadlines::shipped();
    let by_year = table(
        &timeliness::by_year(lf.clone(), &shipped)
            .unwrap()
            .collect()
            .unwrap(),
        "level",
    );
    let by_province = table(
        &timeliness::by_province(lf, &shipped)
            .unwrap()
            .collect()
            .unwrap(),
        "province",
    );
    for year in [2020, 2021] {
        let national = by_province[&(Some(year), Some(aggregate::NATIONAL.to_string()))];
        assert_eq!(
            national,
            by_year[&(Some(year), Some(ALL_LEVELS.to_string()))]
        );
        let parts: Vec<&Counts> = by_province
            .iter()
            .filter(|((y, p), _)| *y == Some(year) && p.as_deref() != Some(aggregate::NATIONAL))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(parts.len(), 3, "湖北省, 浙江省 and the unknown province");
        assert_eq!(parts.iter().map(|c| c.0).sum::<i64>(), national.0);
        assert_eq!(parts.iter().map(|c| c.2).sum::<i64>(), national.2);
        assert_eq!(parts.iter().map(|c| c.3).sum::<i64>(), national.3);
    }
}

#[test]
fn a_province_rule_from_a_users_file_is_applied() {
    let text = format!(
        "{}2020,,county,浙江省,01-15,省里的规定\n",
        timeliness::SHIPPED
    );
    let deadlines = Deadlines::parse(&text, "test").unwrap();
    let rows = vec![
        Row {
            province: Some("浙江省"),
            ..row(2020, Some("county"), Some((2021, 1, 20)))
        },
        row(2020, Some("county"), Some((2021, 1, 20))),
    ];
    let df = timeliness::by_province(aggregate::counted(frame(&rows)), &deadlines)
        .unwrap()
        .collect()
        .unwrap();
    let t = table(&df, "province");
    assert_eq!(
        t[&(Some(2020), Some("浙江省".into()))].3,
        1,
        "late in 浙江\n{df}"
    );
    assert_eq!(
        t[&(Some(2020), Some("湖北省".into()))].2,
        1,
        "on time elsewhere\n{df}"
    );
}

fn random_row() -> impl Strategy<Value = Row> {
    (
        prop::option::weighted(0.9, 2008i32..2025),
        prop::option::weighted(
            0.9,
            prop::sample::select(vec![
                "province",
                "prefecture",
                "county",
                "township",
                "department",
            ]),
        ),
        prop::option::weighted(0.8, prop::sample::select(vec!["湖北省", "浙江省"])),
        prop::option::weighted(0.85, (0i32..6, 1u32..13, 1u32..29)),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(year, level, province, date, duplicate)| Row {
            year,
            level,
            province,
            // A date in the report's year or up to five years after it.
            date: date.map(|(dy, m, d)| (year.unwrap_or(2015) + dy, m, d)),
            duplicate,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn matches_a_plain_fold(rows in prop::collection::vec(random_row(), 0..60)) {
        let text = format!("{}2015,2020,township,浙江省,02-28,test\n", timeliness::SHIPPED);
        let deadlines = Deadlines::parse(&text, "test").unwrap();
        let got = table(
            &timeliness::by_year(aggregate::counted(frame(&rows)), &deadlines).unwrap().collect().unwrap(),
            "level",
        );
        // Fold: days late of each judged counted report, by (year, level)
        // and by (year, 全部).
        let mut want: BTreeMap<Key, (i64, Vec<i64>)> = BTreeMap::new();
        for r in rows.iter().filter(|r| !r.duplicate) {
            let late = match (r.year, r.date) {
                (Some(y), Some((py, pm, pd))) => {
                    let p = days_from_civil(py, pm, pd).unwrap();
                    match deadlines.deadline(y, r.level, r.province) {
                        Some((dy, dm, dd)) if p <= last_plausible_publish_date(y) => {
                            Some(i64::from(p - days_from_civil(dy, dm, dd).unwrap()))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            for k in [r.level.map(str::to_string), Some(ALL_LEVELS.to_string())] {
                let e = want.entry((r.year, k)).or_default();
                e.0 += 1;
                e.1.extend(late);
            }
        }
        let want: BTreeMap<_, Counts> = want
            .into_iter()
            .map(|(k, (n, days))| {
                let mut late: Vec<i64> = days.iter().copied().filter(|d| *d > 0).collect();
                late.sort();
                let median = match late.len() {
                    0 => None,
                    n if n % 2 == 1 => Some(late[n / 2] as f64),
                    n => Some((late[n / 2 - 1] + late[n / 2]) as f64 / 2.0),
                };
                let on_time = days.iter().filter(|d| **d <= 0).count() as i64;
                (k, (n, days.len() as i64, on_time, late.len() as i64, median, late.last().copied()))
            })
            .collect();
        prop_assert_eq!(got, want);
    }
}
