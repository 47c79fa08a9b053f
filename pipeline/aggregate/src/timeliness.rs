//! Who published on time: each counted report's publication date against
//! the legal deadline for its year, level and province.
//!
//! The deadlines are data (`data/publication_deadlines.csv`, shipped in the
//! binary; `aggregate --deadlines FILE` reads another): one rule per row,
//! `year_from`–`year_to` (either open) × `level` (empty: every level) ×
//! `province` (empty: every province) → `deadline`, a month-day of the year
//! after the report's year. The most specific matching rule wins (province
//! and level, then province, then level, then neither). A report whose
//! level is unknown has no deadline in a year where the rules tell levels
//! apart (2019 on: departments by 31 January, governments by 31 March); it
//! is counted, not judged.

use gongkai::gazetteer::GLevel;
use gongkai::meta::{days_from_civil, PUBLISH_DATE_MAX_YEARS_AFTER};
use polars::prelude::*;
use std::path::Path;

/// The rules this release ships: the 2007 and 2019 条例.
pub const SHIPPED: &str = include_str!("../data/publication_deadlines.csv");

/// `level` of the row that counts every level of a year.
pub const ALL_LEVELS: &str = "全部";

/// The report levels a rule may name (the reports dataset's `level`).
pub const LEVELS: &[&str] = &["province", "prefecture", "county", "township", "department"];

/// Why a deadlines file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum DeadlinesError {
    #[error("{source_name}: {source}")]
    Csv {
        source_name: String,
        source: csv::Error,
    },
    #[error("{source_name} line {line}: {what}")]
    Rule {
        source_name: String,
        line: u64,
        what: String,
    },
    #[error("{source_name}: {what}")]
    Overlap { source_name: String, what: String },
}

/// One row of the deadlines table.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Rule {
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub level: Option<String>,
    pub province: Option<String>,
    /// `MM-DD` of the year after the report's year.
    pub deadline: String,
    #[serde(default)]
    pub basis: Option<String>,
    #[serde(skip)]
    month: u32,
    #[serde(skip)]
    day: u32,
}

impl Rule {
    fn specificity(&self) -> u8 {
        2 * u8::from(self.province.is_some()) + u8::from(self.level.is_some())
    }

    fn covers_year(&self, year: i32) -> bool {
        self.year_from.is_none_or(|f| year >= f) && self.year_to.is_none_or(|t| year <= t)
    }

    fn covers_province(&self, province: Option<&str>) -> bool {
        self.province.as_deref().is_none_or(|p| province == Some(p))
    }

    /// The rule's year and province conditions as an expression (null
    /// comparisons read as false).
    fn year_province_expr(&self) -> Expr {
        let mut cond = lit(true);
        if let Some(f) = self.year_from {
            cond = cond.and(col("year").gt_eq(lit(f)));
        }
        if let Some(t) = self.year_to {
            cond = cond.and(col("year").lt_eq(lit(t)));
        }
        if let Some(p) = &self.province {
            cond = cond.and(col("province").eq(lit(p.as_str())));
        }
        cond.fill_null(lit(false))
    }

    fn matches_expr(&self) -> Expr {
        let cond = self.year_province_expr();
        match &self.level {
            Some(l) => cond.and(col("level").eq(lit(l.as_str())).fill_null(lit(false))),
            None => cond,
        }
    }
}

/// The deadlines table, checked: valid month-days, known levels and
/// provinces, and no two rules of the same level and province over the same
/// year.
#[derive(Debug, Clone)]
pub struct Deadlines {
    rules: Vec<Rule>,
    text: String,
}

impl Deadlines {
    /// The shipped rules.
    pub fn shipped() -> Self {
        Self::parse(SHIPPED, "publication_deadlines.csv (shipped)")
            .expect("the shipped deadlines table is valid (tested)")
    }

    /// A deadlines CSV of the shipped format.
    pub fn read(path: &Path) -> Result<Self, DeadlinesError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| DeadlinesError::Csv {
            source_name: name.clone(),
            source: e.into(),
        })?;
        Self::parse(&text, &name)
    }

    /// Parse and check a deadlines table (`source_name` names it in errors).
    pub fn parse(text: &str, source_name: &str) -> Result<Self, DeadlinesError> {
        let csv_err = |e| DeadlinesError::Csv {
            source_name: source_name.to_string(),
            source: e,
        };
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let provinces: Vec<&str> = gongkai::gazetteer::gazetteer()
            .divisions
            .iter()
            .filter(|d| d.level == GLevel::Province)
            .map(|d| d.name.as_str())
            .collect();
        let mut rules = Vec::new();
        for row in reader.deserialize::<Rule>() {
            let mut rule = row.map_err(csv_err)?;
            let line = rules.len() as u64 + 2;
            let bad = |what: String| DeadlinesError::Rule {
                source_name: source_name.to_string(),
                line,
                what,
            };
            let md = rule
                .deadline
                .split_once('-')
                .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                // A deadline every year has: 29 February is not one.
                .filter(|&(m, d)| days_from_civil(2001, m, d).is_some());
            let Some((month, day)) = md else {
                return Err(bad(format!(
                    "deadline {:?} is not a month-day (MM-DD) every year has",
                    rule.deadline
                )));
            };
            (rule.month, rule.day) = (month, day);
            if let (Some(f), Some(t)) = (rule.year_from, rule.year_to) {
                if f > t {
                    return Err(bad(format!("year_from {f} is after year_to {t}")));
                }
            }
            if let Some(l) = &rule.level {
                if !LEVELS.contains(&l.as_str()) {
                    return Err(bad(format!("level {l:?} is not one of {LEVELS:?}")));
                }
            }
            if let Some(p) = &rule.province {
                if !provinces.contains(&p.as_str()) {
                    return Err(bad(format!(
                        "province {p:?} is not a province name of the gazetteer (e.g. 湖北省, 广西壮族自治区)"
                    )));
                }
            }
            rules.push(rule);
        }
        for (i, a) in rules.iter().enumerate() {
            for b in &rules[i + 1..] {
                let overlap = a.year_from.max(b.year_from).unwrap_or(i32::MIN)
                    <= min_open(a.year_to, b.year_to);
                if overlap && a.level == b.level && a.province == b.province {
                    return Err(DeadlinesError::Overlap {
                        source_name: source_name.to_string(),
                        what: format!(
                            "two rules for level {:?}, province {:?} cover the same years ({} and {})",
                            a.level.as_deref().unwrap_or("any"),
                            a.province.as_deref().unwrap_or("any"),
                            a.deadline,
                            b.deadline
                        ),
                    });
                }
            }
        }
        // Most specific first, then in file order.
        rules.sort_by_key(|r| std::cmp::Reverse(r.specificity()));
        Ok(Deadlines {
            rules,
            text: text.to_string(),
        })
    }

    /// The table as it was read (written beside the summaries, so a run
    /// records the rules it used).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The deadline (year, month, day) of a report, or None when no rule
    /// applies or the level is unknown and the rules tell levels apart.
    pub fn deadline(
        &self,
        year: i32,
        level: Option<&str>,
        province: Option<&str>,
    ) -> Option<(i32, u32, u32)> {
        let applies = |r: &&Rule| r.covers_year(year) && r.covers_province(province);
        if level.is_none() && self.rules.iter().filter(applies).any(|r| r.level.is_some()) {
            return None;
        }
        self.rules
            .iter()
            .filter(applies)
            .find(|r| r.level.is_none() || r.level.as_deref() == level)
            .map(|r| (year + 1, r.month, r.day))
    }

    /// [`Deadlines::deadline`] as an expression over `year`, `level` and
    /// `province`: days since 1970-01-01 (Int64), null without a deadline.
    pub fn deadline_expr(&self) -> Expr {
        let null = || lit(NULL).cast(DataType::Int64);
        // Least specific first, each more specific rule wrapped around it.
        let mut expr = null();
        for r in self.rules.iter().rev() {
            expr = when(r.matches_expr())
                .then(civil_days(col("year") + lit(1), r.month, r.day))
                .otherwise(expr);
        }
        let split_by_level = self
            .rules
            .iter()
            .filter(|r| r.level.is_some())
            .map(Rule::year_province_expr)
            .reduce(Expr::or)
            .unwrap_or(lit(false));
        when(col("level").is_null().and(split_by_level))
            .then(null())
            .otherwise(expr)
    }
}

fn min_open(a: Option<i32>, b: Option<i32>) -> i32 {
    a.unwrap_or(i32::MAX).min(b.unwrap_or(i32::MAX))
}

/// Days since 1970-01-01 of (year, month, day) for an integer `year`
/// expression: [`gongkai::meta::days_from_civil`] in integer arithmetic.
pub fn civil_days(year: Expr, month: u32, day: u32) -> Expr {
    let y = year.cast(DataType::Int64) - lit(i64::from(month <= 2));
    let era = y.clone().floor_div(lit(400i64));
    let yoe = y - era.clone() * lit(400i64);
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe.clone() * lit(365i64) + yoe.clone().floor_div(lit(4i64))
        - yoe.floor_div(lit(100i64))
        + lit(doy);
    era * lit(146_097i64) + doe - lit(719_468i64)
}

/// A report's publish_date is implausible: after 31 December of year + 3
/// ([`gongkai::meta::last_plausible_publish_date`], as an expression).
pub fn implausible_publish_date() -> Expr {
    let last = civil_days(col("year") + lit(PUBLISH_DATE_MAX_YEARS_AFTER), 12, 31);
    col("publish_date")
        .cast(DataType::Int32)
        .cast(DataType::Int64)
        .gt(last)
        .fill_null(lit(false))
}

/// Counted reports with `days_late` (publish date − deadline, in days; null
/// without a plausible date or a deadline).
fn judged(counted: LazyFrame, deadlines: &Deadlines) -> LazyFrame {
    let days = col("publish_date")
        .cast(DataType::Int32)
        .cast(DataType::Int64);
    counted
        .select([
            col("year"),
            col("level"),
            col("province"),
            col("publish_date"),
        ])
        .with_columns([
            deadlines.deadline_expr().alias("deadline"),
            implausible_publish_date().alias("implausible"),
        ])
        .with_column(
            when(col("implausible").not())
                .then(days - col("deadline"))
                .otherwise(lit(NULL).cast(DataType::Int64))
                .alias("days_late"),
        )
}

fn aggs() -> Vec<Expr> {
    let late = || col("days_late").filter(col("days_late").gt(lit(0i64)));
    vec![
        len().cast(DataType::Int64).alias("reports"),
        col("days_late")
            .is_not_null()
            .sum()
            .cast(DataType::Int64)
            .alias("reports_with_publish_date"),
        col("days_late")
            .lt_eq(lit(0i64))
            .sum()
            .cast(DataType::Int64)
            .alias("on_time"),
        col("days_late")
            .gt(lit(0i64))
            .sum()
            .cast(DataType::Int64)
            .alias("late"),
        late()
            .median()
            .cast(DataType::Float64)
            .alias("median_days_late"),
        late().max().cast(DataType::Int64).alias("max_days_late"),
    ]
}

const COLUMNS: [&str; 7] = [
    "reports",
    "reports_with_publish_date",
    "on_time",
    "late",
    "on_time_share",
    "median_days_late",
    "max_days_late",
];

/// `key` groups plus a whole-year row (`key` = `all`), sorted by year, the
/// whole-year row last, then `key` (nulls last).
fn by_year_and(
    counted: LazyFrame,
    deadlines: &Deadlines,
    key: &str,
    all: &str,
) -> PolarsResult<LazyFrame> {
    let judged = judged(counted, deadlines);
    let groups = judged
        .clone()
        .group_by([col("year"), col(key)])
        .agg(aggs())
        .with_column(lit(0i32).alias("_whole"));
    let whole = judged
        .group_by([col("year")])
        .agg(aggs())
        .with_columns([lit(all).alias(key), lit(1i32).alias("_whole")]);
    let mut select = vec![col("year"), col(key)];
    select.extend(COLUMNS.iter().map(|c| col(*c)));
    Ok(concat(
        [
            groups.select(cols_with_whole(key)),
            whole.select(cols_with_whole(key)),
        ],
        UnionArgs::default(),
    )?
    .with_column(crate::ratio("on_time", col("reports_with_publish_date")).alias("on_time_share"))
    .sort_by_exprs(
        [col("year"), col("_whole"), col(key)],
        SortMultipleOptions::default().with_nulls_last(true),
    )
    .select(select))
}

fn cols_with_whole(key: &str) -> Vec<Expr> {
    let mut v = vec![col("year"), col(key).cast(DataType::String), col("_whole")];
    v.extend(
        COLUMNS
            .iter()
            .filter(|c| **c != "on_time_share")
            .map(|c| col(*c)),
    );
    v
}

/// publication_timeliness_by_year: year × level, plus a row per year with
/// level = 全部.
pub fn by_year(counted: LazyFrame, deadlines: &Deadlines) -> PolarsResult<LazyFrame> {
    by_year_and(counted, deadlines, "level", ALL_LEVELS)
}

/// publication_timeliness_by_province: year × province, plus a row per year
/// with province = 全国.
pub fn by_province(counted: LazyFrame, deadlines: &Deadlines) -> PolarsResult<LazyFrame> {
    by_year_and(counted, deadlines, "province", crate::NATIONAL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_rules_follow_the_two_regulations() {
        let d = Deadlines::shipped();
        for level in LEVELS {
            assert_eq!(d.deadline(2018, Some(level), None), Some((2019, 3, 31)));
        }
        assert_eq!(d.deadline(2012, None, None), Some((2013, 3, 31)));
        assert_eq!(
            d.deadline(2019, Some("department"), Some("湖北省")),
            Some((2020, 1, 31))
        );
        for level in ["province", "prefecture", "county", "township"] {
            assert_eq!(d.deadline(2023, Some(level), None), Some((2024, 3, 31)));
        }
        // From 2019 the level decides the deadline.
        assert_eq!(d.deadline(2019, None, None), None);
    }

    #[test]
    fn a_province_rule_overrides_for_its_province_only() {
        let text = format!("{SHIPPED}2021,2022,township,浙江省,02-15,省规定\n");
        let d = Deadlines::parse(&text, "t").unwrap();
        assert_eq!(
            d.deadline(2021, Some("township"), Some("浙江省")),
            Some((2022, 2, 15))
        );
        assert_eq!(
            d.deadline(2021, Some("township"), Some("江苏省")),
            Some((2022, 3, 31))
        );
        assert_eq!(
            d.deadline(2023, Some("township"), Some("浙江省")),
            Some((2024, 3, 31))
        );
        assert_eq!(
            d.deadline(2021, Some("department"), Some("浙江省")),
            Some((2022, 1, 31))
        );
    }

    #[test]
    fn bad_tables_are_refused_with_their_line() {
        let head = "year_from,year_to,level,province,deadline,basis\n";
        for (body, needle) in [
            (",,,,02-30,x\n", "month-day"),
            (",,,,02-29,x\n", "month-day"),
            (",,,,March 31,x\n", "month-day"),
            ("2020,2019,,,03-31,x\n", "after year_to"),
            (",,city,,03-31,x\n", "level"),
            (",,,湖北,03-31,x\n", "province"),
            (",2019,,,03-31,x\n2019,,,,01-31,y\n", "same years"),
        ] {
            let e = Deadlines::parse(&format!("{head}{body}"), "t")
                .unwrap_err()
                .to_string();
            assert!(e.contains(needle), "{body:?}: {e}");
        }
        assert!(
            Deadlines::parse(&format!("{head}2019,,,,03-31,x\n,2018,,,03-31,y\n"), "t").is_ok()
        );
    }

    #[test]
    fn civil_days_expression_matches_the_calendar() {
        let years: Vec<i32> = (1896..2105).collect();
        let df = df!("year" => &years).unwrap();
        for (m, d) in [(1, 31), (2, 28), (3, 1), (3, 31), (12, 31)] {
            let out = df
                .clone()
                .lazy()
                .select([civil_days(col("year"), m, d).alias("days")])
                .collect()
                .unwrap();
            let got: Vec<Option<i64>> = out.column("days").unwrap().i64().unwrap().iter().collect();
            for (y, g) in years.iter().zip(got) {
                assert_eq!(g, days_from_civil(*y, m, d).map(i64::from), "{y}-{m}-{d}");
            }
        }
    }
}
