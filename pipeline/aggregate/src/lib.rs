//! Cross-region statistics over the reports dataset, as polars lazy plans.
//!
//! Each summary is a function from lazy inputs (report rows, table cells,
//! rejects, gazetteer) to a `LazyFrame` of results: declared once, printable
//! with `explain`, run by the `aggregate` binary over `scan_parquet` of the
//! Hive-partitioned datasets. Definitions are in README ("Summary
//! definitions"); each of them reads as SQL in `notebooks/sql/`, checked
//! against these on DuckDB and Spark by `make sql-check`.
//!
//! Every summary counts [`counted`] rows: annual reports that are not
//! duplicates (the dataset's `is_duplicate`, marked by write-parquet; see
//! [`gongkai::dedup`]).

pub mod charts;
pub mod timeliness;
pub mod xlsx;

use gongkai::gazetteer::GLevel;
use gongkai::record::Template;
use gongkai::template::{result_leaf_keys, APPLICANT_PARTS, REVIEW_COLUMNS, REVIEW_ROWS};
use polars::prelude::*;
use std::path::{Path, PathBuf};

/// Name of the national row's `province` in zero_application_share and
/// coverage_by_province_year.
pub const NATIONAL: &str = "全国";

/// Headline columns of the reports dataset (data_quality null shares).
pub const HEADLINE: &[&str] = &gongkai::record::HEADLINE_FIELDS;

/// Reject reason codes (gongkai::decode::REJECT_CODES); anything else is
/// counted in `rejects_other`.
pub const REJECT_REASONS: &[&str] = &gongkai::decode::REJECT_CODES;

/// Headline figures carried into unit_panel, with their change from the
/// unit's previous year.
pub const PANEL_FIGURES: &[&str] = &[
    "proactive_total",
    "apps_new",
    "apps_total_handled",
    "review_total",
    "litigation_total",
];

fn hive_scan(output: &Path, dataset: &str) -> PolarsResult<LazyFrame> {
    let pattern = output.join(dataset).join("**").join("*.parquet");
    let args = ScanArgsParquet {
        hive_options: HiveOptions::new_enabled(),
        ..Default::default()
    };
    let lf = LazyFrame::scan_parquet(PlRefPath::from(pattern.to_string_lossy().as_ref()), args)?;
    Ok(lf.with_column(col("year").cast(DataType::Int32)))
}

/// Lazy scan of `OUTPUT/reports/year=*/part-*.parquet` (year from the path).
pub fn scan_reports(output: &Path) -> PolarsResult<LazyFrame> {
    hive_scan(output, "reports")
}

/// Columns of the cells dataset the summaries read.
fn cells_schema() -> Schema {
    Schema::from_iter(
        [
            ("doc_id", DataType::String),
            ("year", DataType::Int32),
            ("section", DataType::String),
            ("table", DataType::String),
            ("row_key", DataType::String),
            ("col_key", DataType::String),
            ("value", DataType::Float64),
            ("status", DataType::String),
        ]
        .map(|(n, t)| (PlSmallStr::from(n), t)),
    )
}

/// Lazy scan of `OUTPUT/cells/year=*/*.parquet`; an empty frame with the
/// cells columns when the run wrote no cells dataset (the cell summaries
/// then have a header and no rows).
pub fn scan_cells(output: &Path) -> PolarsResult<LazyFrame> {
    let dir = output.join("cells");
    let has_parquet = dir.is_dir()
        && std::fs::read_dir(&dir)?.flatten().any(|e| {
            e.path().is_dir()
                && std::fs::read_dir(e.path())
                    .map(|mut d| {
                        d.any(|f| {
                            f.map(|f| f.path().extension().is_some_and(|x| x == "parquet"))
                                .unwrap_or(false)
                        })
                    })
                    .unwrap_or(false)
        });
    if has_parquet {
        hive_scan(output, "cells")
    } else {
        Ok(DataFrame::empty_with_schema(&cells_schema()).lazy())
    }
}

/// `OUTPUT/rejects.csv` (doc_id,path,reason_code,detail); empty when absent.
pub fn scan_rejects(output: &Path) -> PolarsResult<LazyFrame> {
    let path = output.join("rejects.csv");
    if path.exists() {
        LazyCsvReader::new(PlRefPath::from(path.to_string_lossy().as_ref()))
            .with_has_header(true)
            .with_infer_schema_length(Some(0))
            .finish()
    } else {
        let schema = Schema::from_iter([(PlSmallStr::from("reason_code"), DataType::String)]);
        Ok(DataFrame::empty_with_schema(&schema).lazy())
    }
}

/// County- and township-level units of the shipped gazetteer (统计用区划代码
/// 2023): `province_code`, `province`, `level` (county | township), `code`.
/// Placeholder rows (市辖区 …) are not units.
pub fn gazetteer_units() -> PolarsResult<LazyFrame> {
    let g = gongkai::gazetteer::gazetteer();
    let province_name = |code: &str| {
        g.by_code(&code[..2.min(code.len())])
            .map(|d| d.name.clone())
            .unwrap_or_default()
    };
    let (mut pc, mut pn, mut lv, mut cd) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for d in &g.divisions {
        let level = match d.level {
            GLevel::County => "county",
            GLevel::Township => "township",
            _ => continue,
        };
        if d.placeholder || d.code.len() < 2 {
            continue;
        }
        pc.push(d.code[..2].to_string());
        pn.push(province_name(&d.code));
        lv.push(level);
        cd.push(d.code.clone());
    }
    Ok(df!("province_code" => pc, "province" => pn, "level" => lv, "code" => cd)?.lazy())
}

/// Every input a summary may read.
#[derive(Clone)]
pub struct Inputs {
    /// Report rows, with `unit_key`, `kept_doc_id` and `is_duplicate` as
    /// the dataset carries them ([`gongkai::dedup`]).
    pub reports: LazyFrame,
    pub cells: LazyFrame,
    pub rejects: LazyFrame,
    pub gazetteer: LazyFrame,
    /// Publication deadlines by year, level and province.
    pub deadlines: timeliness::Deadlines,
    /// The output folder scanned (None for inputs built in memory): lets
    /// the cell summaries run one year partition at a time.
    pub output: Option<PathBuf>,
}

impl Inputs {
    /// Scan a run's output folder.
    pub fn scan(output: &Path) -> PolarsResult<Self> {
        Ok(Inputs {
            reports: scan_reports(output)?,
            cells: scan_cells(output)?,
            rejects: scan_rejects(output)?,
            gazetteer: gazetteer_units()?,
            deadlines: timeliness::Deadlines::shipped(),
            output: Some(output.to_path_buf()),
        })
    }
}

/// One year partition of a dataset, with its `year` column (from the folder
/// name, as the Hive scan gives it).
fn partition_scan(output: &Path, dataset: &str, partition: &str) -> PolarsResult<LazyFrame> {
    let dir = output.join(dataset).join(partition);
    let year = partition
        .strip_prefix("year=")
        .and_then(|y| y.parse::<i32>().ok());
    let year = match year {
        Some(y) => lit(y),
        None => lit(NULL).cast(DataType::Int32),
    };
    if !has_parquet(&dir) {
        // Callers list partitions with files (year_partitions); a cells
        // folder emptied since reads as no cells, anything else is an error.
        if dataset == "cells" {
            return Ok(DataFrame::empty_with_schema(&cells_schema()).lazy());
        }
        return Err(PolarsError::NoData(
            format!("{} has no Parquet file", dir.display()).into(),
        ));
    }
    let pattern = dir.join("*.parquet");
    let lf = LazyFrame::scan_parquet(
        PlRefPath::from(pattern.to_string_lossy().as_ref()),
        ScanArgsParquet::default(),
    )?;
    Ok(lf.with_column(year.alias("year")))
}

fn has_parquet(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .any(|f| f.path().extension().is_some_and(|x| x == "parquet"))
        })
        .unwrap_or(false)
}

/// The `year=…` partition folders of a dataset that hold Parquet files,
/// sorted (Hive's default partition, for an unknown year, last). An empty
/// folder (a copy in progress, a user's mkdir) is no partition: the SQL
/// engines skip it too.
fn year_partitions(output: &Path, dataset: &str) -> Vec<String> {
    let root = output.join(dataset);
    let mut partitions: Vec<String> = std::fs::read_dir(&root)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("year=") && has_parquet(&root.join(n)))
                .collect()
        })
        .unwrap_or_default();
    partitions.sort();
    partitions
}

fn by_names(names: &[&str]) -> Selector {
    Selector::ByName {
        names: names.iter().map(|n| PlSmallStr::from(*n)).collect(),
        strict: true,
    }
}

/// The rows every summary counts: annual reports that are not duplicates.
pub fn counted(reports: LazyFrame) -> LazyFrame {
    reports.filter(col("is_annual_report").and(col("is_duplicate").not()))
}

fn count_true(e: Expr) -> Expr {
    e.sum().cast(DataType::Int64)
}

/// num / den as a float; null when den is 0 or null (no 0/0 = NaN in CSVs).
pub(crate) fn ratio(num: &str, den: Expr) -> Expr {
    let den = den.cast(DataType::Float64);
    when(den.clone().eq(lit(0.0)))
        .then(lit(NULL).cast(DataType::Float64))
        .otherwise(col(num).cast(DataType::Float64) / den)
}

fn sorted(lf: LazyFrame, by: &[&str]) -> LazyFrame {
    lf.sort_by_exprs(
        by.iter().map(|c| col(*c)).collect::<Vec<_>>(),
        SortMultipleOptions::default().with_nulls_last(true),
    )
}

/// disclosure_volume_by_year: year × level — reports, reports stating a
/// proactive total, sum and median of proactive_total, reports stating
/// apps_new and the sum of apps_new.
pub fn disclosure_volume_by_year(reports: LazyFrame) -> LazyFrame {
    let lf = counted(reports).group_by([col("year"), col("level")]).agg([
        len().cast(DataType::Int64).alias("reports"),
        count_true(col("proactive_total").is_not_null()).alias("reports_with_proactive_total"),
        col("proactive_total").sum().alias("proactive_total_sum"),
        col("proactive_total")
            .median()
            .alias("proactive_total_median"),
        count_true(col("apps_new").is_not_null()).alias("reports_with_apps_new"),
        col("apps_new").sum().alias("apps_new_sum"),
    ]);
    sorted(lf, &["year", "level"])
}

/// zero_application_share: year × province, plus one national row per year
/// (province = 全国): townships whose report states apps_new, those with
/// apps_new = 0, and the share.
pub fn zero_application_share(reports: LazyFrame) -> PolarsResult<LazyFrame> {
    let townships = counted(reports)
        .filter(col("level").eq(lit("township")))
        .filter(col("apps_new").is_not_null());
    let aggs = || {
        [
            len().cast(DataType::Int64).alias("townships_reporting"),
            count_true(col("apps_new").eq(lit(0))).alias("townships_zero_applications"),
        ]
    };
    let by_province = townships
        .clone()
        .group_by([col("year"), col("province")])
        .agg(aggs());
    let national = townships
        .group_by([col("year")])
        .agg(aggs())
        .with_column(lit(NATIONAL).alias("province"))
        .select([
            col("year"),
            col("province"),
            col("townships_reporting"),
            col("townships_zero_applications"),
        ]);
    let all = concat([by_province, national], UnionArgs::default())?;
    Ok(all
        .with_column(
            ratio("townships_zero_applications", col("townships_reporting")).alias("zero_share"),
        )
        // A township whose province is unknown sorts with the provinces
        // (null == 全国 is null, which would sort after the national row).
        .with_column(
            col("province")
                .eq(lit(NATIONAL))
                .fill_null(lit(false))
                .alias("is_national"),
        )
        .sort_by_exprs(
            [col("year"), col("is_national"), col("province")],
            SortMultipleOptions::default().with_nulls_last(true),
        )
        .drop(by_names(&["is_national"])))
}

/// A summary over the number cells (status = number) of one table of the
/// counted reports: grouped by `keys`, `reports` = the distinct reports in
/// a group, one sum of `value` per [`CellSum`], then `finish`.
///
/// [`CellSummary::per_report`] sums each report's cells (one row per group
/// and report). Over cells held whole, [`CellSummary::combine`] counts the
/// reports and sums over them ([`CellSummary::whole`]); a part file at a
/// time ([`cell_summaries`]), each file's rows are summed per group
/// ([`CellSummary::group_sums`]) and the reports counted from a bitset per
/// group ([`ReportMarks`]), then [`CellSummary::total`] adds them up. Sums
/// are additive and a report is counted once whichever files hold its
/// cells, so both give the same frame (tested).
pub struct CellSummary {
    pub name: &'static str,
    section: &'static str,
    table: &'static str,
    /// Which cells of the table count (on row_key / col_key).
    filter: Expr,
    /// Output name and expression of each group key (over the cells joined
    /// with their report's year and level).
    keys: Vec<(&'static str, Expr)>,
    sums: Vec<CellSum>,
    finish: fn(LazyFrame) -> LazyFrame,
}

/// One summed column: `value` of the cells whose `key_col` is `key`.
struct CellSum {
    name: String,
    key_col: &'static str,
    key: String,
}

impl CellSum {
    fn new(name: &str, key_col: &'static str, key: &str) -> Self {
        CellSum {
            name: name.to_string(),
            key_col,
            key: key.to_string(),
        }
    }
}

impl CellSummary {
    fn key_names(&self) -> Vec<&'static str> {
        self.keys.iter().map(|(n, _)| *n).collect()
    }

    /// The group key columns (as named in the output).
    fn key_cols(&self) -> Vec<Expr> {
        self.keys.iter().map(|(n, _)| col(*n)).collect()
    }

    /// `finish`, then rows in key order.
    fn finished(&self, grouped: LazyFrame) -> LazyFrame {
        sorted((self.finish)(grouped), &self.key_names())
    }

    /// The summed cells of `cells` (doc_id, section, table, row_key,
    /// col_key, value, status) whose report is in `reports` (doc_id, year,
    /// level, and `rid`, a number unique to the report within its year —
    /// [`counted_report_keys`]): one row per group and report, sums as
    /// floats. Reports are told apart by `rid` (every summary groups by year)
    /// rather than doc_id: it indexes the bitsets of [`ReportMarks`].
    pub fn per_report(&self, cells: LazyFrame, reports: LazyFrame) -> LazyFrame {
        let mut by: Vec<Expr> = self.keys.iter().map(|(n, e)| e.clone().alias(*n)).collect();
        by.push(col("rid"));
        cells
            .filter(
                col("section")
                    .eq(lit(self.section))
                    .and(col("table").eq(lit(self.table)))
                    .and(col("status").eq(lit("number")))
                    .and(self.filter.clone()),
            )
            .select([col("doc_id"), col("row_key"), col("col_key"), col("value")])
            .join(
                reports,
                [col("doc_id")],
                [col("doc_id")],
                JoinArgs::new(JoinType::Inner),
            )
            .group_by(by)
            .agg(
                self.sums
                    .iter()
                    .map(|s| {
                        col("value")
                            .filter(col(s.key_col).eq(lit(s.key.as_str())))
                            .sum()
                            .alias(s.name.as_str())
                    })
                    .collect::<Vec<_>>(),
            )
    }

    /// The summary from [`Self::per_report`] rows of all cells in one pass.
    pub fn combine(&self, per_report: LazyFrame) -> LazyFrame {
        let keys = self.key_cols();
        let mut by_report = keys.clone();
        by_report.push(col("rid"));
        let sum = |cast: bool| -> Vec<Expr> {
            self.sums
                .iter()
                .map(|s| {
                    let e = col(s.name.as_str()).sum();
                    if cast {
                        e.cast(DataType::Int64)
                    } else {
                        e
                    }
                })
                .collect()
        };
        let mut aggs = vec![col("rid").n_unique().cast(DataType::Int64).alias("reports")];
        aggs.extend(sum(true));
        let lf = per_report
            .group_by(by_report)
            .agg(sum(false))
            .group_by(keys)
            .agg(aggs);
        self.finished(lf)
    }

    /// One file's sums per group (`reports` 0: counted by [`ReportMarks`]),
    /// from its [`Self::per_report`] rows.
    fn group_sums(&self, per_report: LazyFrame) -> LazyFrame {
        let keys = self.key_cols();
        let mut aggs = vec![lit(0i64).cast(DataType::Int64).alias("reports")];
        aggs.extend(self.sums.iter().map(|s| col(s.name.as_str()).sum()));
        per_report.group_by(keys).agg(aggs)
    }

    /// The summary from [`Self::group_sums`] of every file and the
    /// [`ReportMarks`] counts of every year.
    fn total(&self, parts: LazyFrame) -> LazyFrame {
        let keys = self.key_cols();
        let mut aggs = vec![col("reports").sum().cast(DataType::Int64)];
        aggs.extend(
            self.sums
                .iter()
                .map(|s| col(s.name.as_str()).sum().cast(DataType::Int64)),
        );
        self.finished(parts.group_by(keys).agg(aggs))
    }

    /// The summary over all of `inputs` in one plan.
    pub fn whole(&self, inputs: &Inputs) -> LazyFrame {
        self.combine(self.per_report(
            inputs.cells.clone(),
            counted_report_keys(inputs.reports.clone()),
        ))
    }
}

/// doc_id, year and level of the counted reports (what cells join to),
/// and `rid`, the report's row number.
fn counted_report_keys(reports: LazyFrame) -> LazyFrame {
    counted(reports)
        .select([col("doc_id"), col("year"), col("level")])
        .with_row_index("rid", None)
}

fn year_level() -> Vec<(&'static str, Expr)> {
    vec![("year", col("year")), ("level", col("level"))]
}

fn add_up(cols: &[String]) -> Expr {
    cols.iter()
        .map(|c| col(c.as_str()))
        .reduce(|a, b| a + b)
        .unwrap_or_else(|| lit(0i64))
}

/// Outcome rows of section 三 (every leaf under 三、本年度办理结果 of both
/// layouts), in printed order.
pub fn outcome_keys() -> Vec<&'static str> {
    let mut keys = result_leaf_keys(Template::Table2019);
    for k in result_leaf_keys(Template::Table2021) {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys
}

/// application_outcomes_by_year: year × level — the 总计 column of every
/// outcome row of section 三 summed, the subtotals refused / unable /
/// not_processed / other, and （七）总计.
pub fn application_outcomes() -> CellSummary {
    let mut sums: Vec<CellSum> = outcome_keys()
        .iter()
        .map(|k| CellSum::new(k, "row_key", k))
        .collect();
    sums.push(CellSum::new("total_handled", "row_key", "total_handled"));
    fn finish(lf: LazyFrame) -> LazyFrame {
        let keys = outcome_keys();
        let group = |prefix: &str| -> Vec<String> {
            keys.iter()
                .filter(|k| k.starts_with(prefix))
                .map(|k| k.to_string())
                .collect()
        };
        lf.with_columns([
            add_up(&group("refused_")).alias("refused"),
            add_up(&group("unable_")).alias("unable"),
            add_up(&group("not_processed_")).alias("not_processed"),
            add_up(&group("other_")).alias("other"),
        ])
    }
    CellSummary {
        name: "application_outcomes_by_year",
        section: "三",
        table: "applications",
        filter: col("col_key").eq(lit("total")),
        keys: year_level(),
        sums,
        finish,
    }
}

/// applicants_by_year: year × level — the cells of row 一、本年新收 by
/// applicant: natural persons, each kind of organisation, organisations
/// (the five summed), 总计, and the natural persons' share of persons +
/// organisations.
pub fn applicants() -> CellSummary {
    let mut sums: Vec<CellSum> = APPLICANT_PARTS
        .iter()
        .map(|k| CellSum::new(k, "col_key", k))
        .collect();
    sums.push(CellSum::new("total", "col_key", "total"));
    fn finish(lf: LazyFrame) -> LazyFrame {
        let orgs: Vec<String> = APPLICANT_PARTS
            .iter()
            .filter(|k| **k != "natural_person")
            .map(|k| k.to_string())
            .collect();
        lf.with_column(add_up(&orgs).alias("organisations"))
            .with_column(
                ratio(
                    "natural_person",
                    col("natural_person") + col("organisations"),
                )
                .alias("natural_person_share"),
            )
    }
    CellSummary {
        name: "applicants_by_year",
        section: "三",
        table: "applications",
        filter: col("row_key").eq(lit("new_received")),
        keys: year_level(),
        sums,
        finish,
    }
}

/// review_litigation_by_year: year × level × group (review = 行政复议,
/// litigation_direct, litigation_after_review) — upheld, corrected, other,
/// pending, total, and correction_rate = corrected / (upheld + corrected +
/// other), the share of concluded cases whose result was corrected.
pub fn review_litigation() -> CellSummary {
    let groups: Vec<&str> = REVIEW_ROWS.iter().map(|r| r.key).collect();
    fn finish(lf: LazyFrame) -> LazyFrame {
        lf.with_column(
            ratio("corrected", col("upheld") + col("corrected") + col("other"))
                .alias("correction_rate"),
        )
    }
    let mut keys = year_level();
    keys.push(("group", col("row_key")));
    CellSummary {
        name: "review_litigation_by_year",
        section: "四",
        table: "review",
        filter: one_of("row_key", &groups),
        keys,
        sums: REVIEW_COLUMNS
            .iter()
            .map(|c| CellSum::new(c.key, "col_key", c.key))
            .collect(),
        finish,
    }
}

/// The cell summaries, in the workbook's order.
pub fn cell_summary_specs() -> Vec<CellSummary> {
    vec![application_outcomes(), applicants(), review_litigation()]
}

/// `column` equals one of `values` (an OR of equalities).
fn one_of(column: &str, values: &[&str]) -> Expr {
    values
        .iter()
        .map(|v| col(column).eq(lit(*v)))
        .reduce(|a, b| a.or(b))
        .unwrap_or(lit(false))
}

/// The cell summaries of a run's output, a part file at a time. Each file
/// of a year's cells is read once (number cells of sections 三 and 四),
/// joined with the year's counted reports and reduced, for every summary,
/// to per-report sums (bounded by the file); from those, the file's sums
/// per group are kept (a few rows) and each report is marked in a bitset
/// per group (one bit a report of the year), so that a report whose cells
/// straddle two files counts once. Memory holds one part file's cells
/// (write-parquet's `--rows-per-file`), the year's counted report keys and
/// the bitsets, not a row per report. Without an output folder (inputs built
/// in memory), one pass over all cells ([`CellSummary::whole`]).
pub fn cell_summaries(inputs: &Inputs) -> PolarsResult<Vec<(&'static str, LazyFrame)>> {
    let specs = cell_summary_specs();
    let Some(output) = &inputs.output else {
        return Ok(specs.iter().map(|s| (s.name, s.whole(inputs))).collect());
    };
    let mut parts: Vec<Vec<LazyFrame>> = specs.iter().map(|_| Vec::new()).collect();
    for p in year_partitions(output, "cells") {
        if !has_parquet(&output.join("reports").join(&p)) {
            // Cells of a year without report rows belong to no counted report.
            continue;
        }
        let reports = counted_report_keys(partition_scan(output, "reports", &p)?).collect()?;
        let mut marks: Vec<ReportMarks> = specs
            .iter()
            .map(|_| ReportMarks::new(reports.height()))
            .collect();
        for file in part_files(&output.join("cells").join(&p)) {
            let cells = LazyFrame::scan_parquet(
                PlRefPath::from(file.to_string_lossy().as_ref()),
                ScanArgsParquet::default(),
            )?
            .filter(
                col("status")
                    .eq(lit("number"))
                    .and(one_of("section", &["三", "四"])),
            )
            .select([
                col("doc_id"),
                col("section"),
                col("table"),
                col("row_key"),
                col("col_key"),
                col("value"),
                col("status"),
            ])
            .collect()?;
            for ((spec, done), marks) in specs.iter().zip(&mut parts).zip(&mut marks) {
                let per_report = spec
                    .per_report(cells.clone().lazy(), reports.clone().lazy())
                    .collect()?;
                marks.add(&per_report, &spec.key_names())?;
                done.push(owned(spec.group_sums(per_report.lazy()).collect()?)?.lazy());
            }
        }
        for ((spec, done), marks) in specs.iter().zip(&mut parts).zip(marks) {
            if let Some(counts) = marks.counts(spec)? {
                done.push(counts.lazy());
            }
        }
    }
    specs
        .iter()
        .zip(parts)
        .map(|(spec, done)| {
            let lf = if done.is_empty() {
                spec.whole(inputs)
            } else {
                spec.total(concat(done, UnionArgs::default())?)
            };
            Ok((spec.name, lf))
        })
        .collect()
}

/// `df` with its text columns copied into buffers of their own: polars'
/// string columns are views that keep the buffers they were cut from alive,
/// and a file's few group sums would otherwise hold its million cells' row
/// keys.
fn owned(df: DataFrame) -> PolarsResult<DataFrame> {
    let columns = df
        .columns()
        .iter()
        .map(|c| {
            Ok(match c.dtype() {
                DataType::String => Column::new(
                    c.name().clone(),
                    c.str()?
                        .iter()
                        .map(|v| v.map(str::to_string))
                        .collect::<Vec<_>>(),
                ),
                _ => c.clone(),
            })
        })
        .collect::<PolarsResult<Vec<_>>>()?;
    DataFrame::new_infer_height(columns)
}

/// The reports of one year partition seen in each group of a cell summary:
/// a bitset over the reports' `rid` per distinct group key.
struct ReportMarks {
    reports: usize,
    /// Group key values (rendered, for lookup), the values, the bitset.
    groups: Vec<(String, Vec<AnyValue<'static>>, Vec<u64>)>,
    dtypes: Vec<(PlSmallStr, DataType)>,
}

impl ReportMarks {
    fn new(reports: usize) -> Self {
        ReportMarks {
            reports,
            groups: Vec::new(),
            dtypes: Vec::new(),
        }
    }

    /// Mark the reports of `per_report` rows (keys + rid) in their groups.
    fn add(&mut self, per_report: &DataFrame, keys: &[&str]) -> PolarsResult<()> {
        let cols: Vec<&Column> = keys
            .iter()
            .map(|k| per_report.column(k))
            .collect::<PolarsResult<_>>()?;
        if self.dtypes.is_empty() {
            self.dtypes = cols
                .iter()
                .map(|c| (c.name().clone(), c.dtype().clone()))
                .collect();
        }
        let rid = per_report.column("rid")?.u32()?;
        for i in 0..per_report.height() {
            let Some(r) = rid.get(i) else { continue };
            let values: Vec<AnyValue<'static>> = cols
                .iter()
                .map(|c| c.get(i).map(|v| v.into_static()))
                .collect::<PolarsResult<_>>()?;
            let key = format!("{values:?}");
            let at = match self.groups.iter().position(|g| g.0 == key) {
                Some(at) => at,
                None => {
                    let words = self.reports.div_ceil(64).max(1);
                    self.groups.push((key, values, vec![0u64; words]));
                    self.groups.len() - 1
                }
            };
            let bits = &mut self.groups[at].2;
            let (w, b) = (r as usize / 64, r as usize % 64);
            if w >= bits.len() {
                bits.resize(w + 1, 0);
            }
            bits[w] |= 1 << b;
        }
        Ok(())
    }

    /// One row per group: the keys, `reports` = reports marked, every sum 0.
    fn counts(&self, spec: &CellSummary) -> PolarsResult<Option<DataFrame>> {
        if self.groups.is_empty() {
            return Ok(None);
        }
        let mut columns: Vec<Column> = Vec::new();
        for (k, (name, dtype)) in self.dtypes.iter().enumerate() {
            let values: Vec<AnyValue> = self.groups.iter().map(|g| g.1[k].clone()).collect();
            columns.push(
                Series::from_any_values_and_dtype(name.clone(), &values, dtype, true)?.into(),
            );
        }
        let counts: Vec<i64> = self
            .groups
            .iter()
            .map(|g| g.2.iter().map(|w| w.count_ones() as i64).sum())
            .collect();
        columns.push(Column::new("reports".into(), counts));
        let zeros = vec![0f64; self.groups.len()];
        for s in &spec.sums {
            columns.push(Column::new(s.name.as_str().into(), zeros.clone()));
        }
        DataFrame::new_infer_height(columns).map(Some)
    }
}

/// The `.parquet` files of a folder, sorted.
fn part_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "parquet"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// data_quality_by_year: one row per year, and one with an empty year for
/// what has no year — reports whose year is unknown and every reject.
/// documents (report rows + rejects), rejects by reason, annual_reports,
/// duplicates, counted reports, reports with arithmetic checks and those
/// failing them, and the null share of each headline field among counted
/// reports.
pub fn data_quality_by_year(inputs: &Inputs) -> PolarsResult<LazyFrame> {
    let mut reports = inputs.reports.clone();
    let has_arith = reports.collect_schema()?.contains("arith_ok");
    let is_counted = col("is_annual_report").and(col("is_duplicate").not());
    let n_counted = count_true(is_counted.clone());
    let mut aggs = vec![
        len().cast(DataType::Int64).alias("documents"),
        count_true(col("is_annual_report")).alias("annual_reports"),
        count_true(col("is_duplicate")).alias("duplicates"),
        n_counted.clone().alias("counted_reports"),
    ];
    if has_arith {
        aggs.push(
            count_true(is_counted.clone().and(col("arith_ok").is_not_null()))
                .alias("reports_arith_checked"),
        );
        aggs.push(
            count_true(is_counted.clone().and(col("arith_ok").eq(lit(false))))
                .alias("reports_arith_failing"),
        );
    } else {
        aggs.push(
            lit(NULL)
                .cast(DataType::Int64)
                .alias("reports_arith_checked"),
        );
        aggs.push(
            lit(NULL)
                .cast(DataType::Int64)
                .alias("reports_arith_failing"),
        );
    }
    aggs.push(
        count_true(
            is_counted
                .clone()
                .and(timeliness::implausible_publish_date()),
        )
        .alias("publish_date_implausible"),
    );
    for f in HEADLINE {
        aggs.push(
            when(n_counted.clone().eq(lit(0i64)))
                .then(lit(NULL).cast(DataType::Float64))
                .otherwise(
                    count_true(is_counted.clone().and(col(*f).is_null())).cast(DataType::Float64)
                        / n_counted.clone().cast(DataType::Float64),
                )
                .alias(format!("null_share_{f}")),
        );
    }
    // One year partition at a time when reading a run's output: the
    // headline columns of every report of the corpus are never held at once.
    let by_year = match &inputs.output {
        Some(output) => {
            let mut years = Vec::new();
            for p in year_partitions(output, "reports") {
                let year = partition_scan(output, "reports", &p)?
                    .group_by([col("year")])
                    .agg(aggs.clone())
                    .collect()?;
                years.push(year.lazy());
            }
            if years.is_empty() {
                reports.group_by([col("year")]).agg(aggs)
            } else {
                concat(years, UnionArgs::default())?
            }
        }
        None => reports.group_by([col("year")]).agg(aggs),
    };

    let mut reject_aggs = vec![
        lit(NULL).cast(DataType::Int32).first().alias("year"),
        len().cast(DataType::Int64).alias("documents"),
        len().cast(DataType::Int64).alias("rejects"),
    ];
    for r in REJECT_REASONS {
        reject_aggs.push(count_true(col("reason_code").eq(lit(*r))).alias(format!("rejects_{r}")));
    }
    reject_aggs
        .push(count_true(one_of("reason_code", REJECT_REASONS).not()).alias("rejects_other"));
    let rejects = inputs.rejects.clone().select(reject_aggs);

    let both = concat(
        [by_year, rejects],
        UnionArgs {
            diagonal: true,
            ..Default::default()
        },
    )?;
    // Counts add up over the two parts; shares and arithmetic counts come
    // from the reports part only (max ignores the rejects row's nulls).
    let mut merged = vec![
        col("documents").sum().alias("documents"),
        col("rejects").sum().alias("rejects"),
    ];
    for r in REJECT_REASONS.iter().copied().chain(["other"]) {
        let c = format!("rejects_{r}");
        merged.push(col(c.as_str()).sum().alias(c));
    }
    for c in [
        "annual_reports",
        "duplicates",
        "counted_reports",
        "publish_date_implausible",
    ] {
        merged.push(col(c).sum().alias(c));
    }
    for c in ["reports_arith_checked", "reports_arith_failing"] {
        merged.push(col(c).max().alias(c));
    }
    for f in HEADLINE {
        let c = format!("null_share_{f}");
        merged.push(col(c.as_str()).max().alias(c));
    }
    Ok(sorted(both.group_by([col("year")]).agg(merged), &["year"]))
}

/// coverage_by_province_year: year × province (and 全国) — county- and
/// township-level units of the gazetteer, those with a counted report whose
/// region_code is that unit's code, and the coverage share.
pub fn coverage_by_province_year(inputs: &Inputs) -> PolarsResult<LazyFrame> {
    let gaz = inputs.gazetteer.clone();
    let published = counted(inputs.reports.clone())
        .filter(col("year").is_not_null())
        .select([col("year"), col("level"), col("region_code").alias("code")])
        .join(
            gaz.clone(),
            [col("code"), col("level")],
            [col("code"), col("level")],
            JoinArgs::new(JoinType::Inner),
        )
        .group_by([col("year"), col("province_code"), col("level")])
        .agg([col("code")
            .n_unique()
            .cast(DataType::Int64)
            .alias("published")]);
    let years = counted(inputs.reports.clone())
        .filter(col("year").is_not_null())
        .select([col("year")])
        .unique(None, UniqueKeepStrategy::Any)
        .with_column(lit(1i32).alias("_k"));
    // Every (year, province, level) of the gazetteer, joined on a constant
    // key (a cross join without the cross_join feature).
    let frame = gaz
        .group_by([col("province_code"), col("province"), col("level")])
        .agg([len().cast(DataType::Int64).alias("units")])
        .with_column(lit(1i32).alias("_k"))
        .join(
            years,
            [col("_k")],
            [col("_k")],
            JoinArgs::new(JoinType::Inner),
        )
        .join(
            published,
            [col("year"), col("province_code"), col("level")],
            [col("year"), col("province_code"), col("level")],
            JoinArgs::new(JoinType::Left),
        )
        .with_column(col("published").fill_null(lit(0i64)));
    let wide = |lf: LazyFrame, by: Vec<Expr>| {
        lf.group_by(by).agg([
            sum_units("county", "units").alias("counties_in_gazetteer"),
            sum_units("county", "published").alias("counties_published"),
            sum_units("township", "units").alias("townships_in_gazetteer"),
            sum_units("township", "published").alias("townships_published"),
        ])
    };
    let by_province = wide(
        frame.clone(),
        vec![col("year"), col("province_code"), col("province")],
    );
    let national = wide(frame, vec![col("year")]).with_columns([
        lit("00").alias("province_code"),
        lit(NATIONAL).alias("province"),
    ]);
    let cols = [
        "year",
        "province_code",
        "province",
        "counties_in_gazetteer",
        "counties_published",
        "townships_in_gazetteer",
        "townships_published",
    ];
    let all = concat(
        [
            by_province.select(cols.map(col)),
            national.select(cols.map(col)),
        ],
        UnionArgs::default(),
    )?
    .with_columns([
        ratio("counties_published", col("counties_in_gazetteer")).alias("county_coverage"),
        ratio("townships_published", col("townships_in_gazetteer")).alias("township_coverage"),
    ]);
    Ok(sorted(all, &["year", "province_code"]))
}

fn sum_units(level: &str, what: &str) -> Expr {
    col(what)
        .filter(col("level").eq(lit(level)))
        .sum()
        .cast(DataType::Int64)
}

/// unit_panel: one row per unit_key × year (counted reports with a known
/// unit_key and year), the headline figures, `previous_year` (the unit's
/// latest earlier year in the panel), each figure's change from the previous
/// year when that year is year − 1, and `carryover_check`: ok / mismatch
/// (this year's 二、上年结转 vs last year's 四、结转下年度), unknown (one of
/// them not stated) or no_previous_year.
pub fn unit_panel(reports: LazyFrame) -> PolarsResult<LazyFrame> {
    let prev = |c: &str| col(c).shift(lit(1)).over([col("unit_key")]);
    let consecutive = col("previous_year")
        .eq(col("year") - lit(1))
        .fill_null(lit(false));
    let mut changes = Vec::new();
    for f in PANEL_FIGURES {
        changes.push(
            when(consecutive.clone())
                .then(col(*f) - prev(f)?)
                .otherwise(lit(NULL).cast(DataType::Int64))
                .alias(format!("{f}_change")),
        );
    }
    let prev_next = prev("apps_carried_next")?;
    changes.push(
        when(consecutive.clone().not())
            .then(lit("no_previous_year"))
            .when(
                col("apps_carried_over")
                    .is_null()
                    .or(prev_next.clone().is_null()),
            )
            .then(lit("unknown"))
            .when(col("apps_carried_over").eq(prev_next.clone()))
            .then(lit("ok"))
            .otherwise(lit("mismatch"))
            .alias("carryover_check"),
    );
    changes.push(
        when(consecutive)
            .then(prev_next)
            .otherwise(lit(NULL).cast(DataType::Int64))
            .alias("previous_apps_carried_next"),
    );
    let mut select = vec![
        col("unit_key"),
        col("year"),
        col("region_code"),
        col("level"),
        col("unit_name"),
        col("province"),
        col("prefecture"),
        col("county"),
        col("township"),
        col("doc_id"),
    ];
    select.extend(PANEL_FIGURES.iter().map(|c| col(*c)));
    select.extend([col("apps_carried_over"), col("apps_carried_next")]);
    Ok(counted(reports)
        .filter(col("unit_key").is_not_null().and(col("year").is_not_null()))
        .select(select)
        .sort_by_exprs(
            [col("unit_key"), col("year")],
            SortMultipleOptions::default(),
        )
        .with_column(
            col("year")
                .shift(lit(1))
                .over([col("unit_key")])?
                .alias("previous_year"),
        )
        .with_columns(changes))
}

/// duplicates: every duplicate report row and the row kept in its place.
pub fn duplicates(reports: LazyFrame) -> LazyFrame {
    let lf = reports.filter(col("is_duplicate")).select([
        col("doc_id"),
        col("kept_doc_id"),
        col("year"),
        col("unit_key"),
        col("unit_name"),
        col("source_sha256"),
    ]);
    sorted(lf, &["year", "doc_id"])
}

/// How a summary's rows are computed: one plan, or plans whose results, one
/// after another, are the summary's rows in order. The summaries with a row
/// per report (unit_panel, duplicates) come in parts, so that no more than
/// one part is in memory however large the corpus.
pub enum Plan {
    Whole(Box<LazyFrame>),
    Parts(Vec<LazyFrame>),
}

impl Plan {
    pub fn whole(lf: LazyFrame) -> Self {
        Plan::Whole(Box::new(lf))
    }

    pub fn parts(self) -> Vec<LazyFrame> {
        match self {
            Plan::Whole(lf) => vec![*lf],
            Plan::Parts(parts) => parts,
        }
    }
}

/// Characters of `unit_key` that split unit_panel into parts: the province
/// digits of the region code the key starts with. Every row of a unit is in
/// one part, and parts in the order of their prefix, each sorted, are the
/// panel sorted by unit_key.
const PANEL_PART_CHARS: i64 = 2;

/// unit_panel in parts, one per `unit_key` prefix ([`PANEL_PART_CHARS`]).
fn unit_panel_parts(inputs: &Inputs) -> PolarsResult<Plan> {
    if inputs.output.is_none() {
        return Ok(Plan::whole(unit_panel(inputs.reports.clone())?));
    }
    let prefix = || {
        col("unit_key")
            .str()
            .slice(lit(0), lit(PANEL_PART_CHARS))
            .alias("prefix")
    };
    let prefixes = counted(inputs.reports.clone())
        .filter(col("unit_key").is_not_null().and(col("year").is_not_null()))
        .group_by([prefix()])
        .agg([len()])
        .sort(["prefix"], SortMultipleOptions::default())
        .collect()?;
    let prefixes: Vec<String> = prefixes
        .column("prefix")?
        .str()?
        .iter()
        .flatten()
        .map(str::to_string)
        .collect();
    if prefixes.is_empty() {
        return Ok(Plan::whole(unit_panel(inputs.reports.clone())?));
    }
    let parts = prefixes
        .iter()
        .map(|p| unit_panel(inputs.reports.clone().filter(prefix().eq(lit(p.as_str())))))
        .collect::<PolarsResult<Vec<_>>>()?;
    Ok(Plan::Parts(parts))
}

/// duplicates in parts, one per year partition (the summary is sorted by
/// year first; the unknown year's partition sorts last, as its nulls do).
fn duplicates_parts(inputs: &Inputs) -> PolarsResult<Plan> {
    let Some(output) = &inputs.output else {
        return Ok(Plan::whole(duplicates(inputs.reports.clone())));
    };
    let partitions = year_partitions(output, "reports");
    if partitions.is_empty() {
        return Ok(Plan::whole(duplicates(inputs.reports.clone())));
    }
    let parts = partitions
        .iter()
        .map(|p| Ok(duplicates(partition_scan(output, "reports", p)?)))
        .collect::<PolarsResult<Vec<_>>>()?;
    Ok(Plan::Parts(parts))
}

/// Every summary by its file stem, in the order of the workbook's sheets.
pub fn summaries(inputs: &Inputs) -> PolarsResult<Vec<(&'static str, Plan)>> {
    let whole = Plan::whole;
    let mut cells = cell_summaries(inputs)?
        .into_iter()
        .map(|(name, lf)| (name, whole(lf)));
    Ok(vec![
        (
            "disclosure_volume_by_year",
            whole(disclosure_volume_by_year(inputs.reports.clone())),
        ),
        (
            "zero_application_share",
            whole(zero_application_share(inputs.reports.clone())?),
        ),
        cells.next().expect("three cell summaries"),
        cells.next().expect("three cell summaries"),
        cells.next().expect("three cell summaries"),
        ("data_quality_by_year", whole(data_quality_by_year(inputs)?)),
        (
            "coverage_by_province_year",
            whole(coverage_by_province_year(inputs)?),
        ),
        (
            "publication_timeliness_by_year",
            whole(timeliness::by_year(
                counted(inputs.reports.clone()),
                &inputs.deadlines,
            )?),
        ),
        (
            "publication_timeliness_by_province",
            whole(timeliness::by_province(
                counted(inputs.reports.clone()),
                &inputs.deadlines,
            )?),
        ),
        ("unit_panel", unit_panel_parts(inputs)?),
        ("duplicates", duplicates_parts(inputs)?),
    ])
}

/// A summary's CSV, written a part at a time: UTF-8 BOM (Excel opens Chinese
/// text right; polars, DuckDB and pandas skip the BOM) and header first.
pub struct CsvParts {
    file: std::io::BufWriter<std::fs::File>,
    started: bool,
}

impl CsvParts {
    pub fn create(path: &Path) -> PolarsResult<Self> {
        Ok(CsvParts {
            file: std::io::BufWriter::new(std::fs::File::create(path)?),
            started: false,
        })
    }

    pub fn append(&mut self, df: &mut DataFrame) -> PolarsResult<()> {
        CsvWriter::new(&mut self.file)
            .include_bom(!self.started)
            .include_header(!self.started)
            .finish(df)?;
        self.started = true;
        Ok(())
    }

    pub fn finish(mut self) -> PolarsResult<()> {
        use std::io::Write;
        self.file.flush()?;
        Ok(())
    }
}
