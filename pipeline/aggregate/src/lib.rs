//! Cross-region statistics over the reports dataset, as polars lazy plans.
//!
//! Each summary is a function from a `LazyFrame` of report rows to a
//! `LazyFrame` of results: declared once, printable with `explain`, run by
//! the `aggregate` binary over `scan_parquet` of the Hive-partitioned
//! dataset. The same definitions read as SQL in `notebooks/sql/`.

use polars::prelude::*;
use std::path::Path;

/// Name of the national row's `province` in zero_application_share.
pub const NATIONAL: &str = "全国";

/// Lazy scan of `OUTPUT/reports/year=*/part-*.parquet` (year from the path).
pub fn scan_reports(output: &Path) -> PolarsResult<LazyFrame> {
    let pattern = output.join("reports").join("**").join("*.parquet");
    let args = ScanArgsParquet {
        hive_options: HiveOptions::new_enabled(),
        ..Default::default()
    };
    let lf = LazyFrame::scan_parquet(PlRefPath::from(pattern.to_string_lossy().as_ref()), args)?;
    Ok(lf.with_column(col("year").cast(DataType::Int32)))
}

/// Reports only (non-report pages are rows of the dataset too).
fn annual_reports(reports: LazyFrame) -> LazyFrame {
    reports.filter(col("is_annual_report"))
}

/// disclosure_volume_by_year: year × level — reports, reports stating a
/// proactive total, sum and median of proactive_total, sum of apps_new and
/// the number of reports stating apps_new.
pub fn disclosure_volume_by_year(reports: LazyFrame) -> LazyFrame {
    annual_reports(reports)
        .group_by([col("year"), col("level")])
        .agg([
            len().cast(DataType::Int64).alias("reports"),
            col("proactive_total")
                .is_not_null()
                .sum()
                .cast(DataType::Int64)
                .alias("reports_with_proactive_total"),
            col("proactive_total").sum().alias("proactive_total_sum"),
            col("proactive_total")
                .median()
                .alias("proactive_total_median"),
            col("apps_new")
                .is_not_null()
                .sum()
                .cast(DataType::Int64)
                .alias("reports_with_apps_new"),
            col("apps_new").sum().alias("apps_new_sum"),
        ])
        .sort_by_exprs(
            [col("year"), col("level")],
            SortMultipleOptions::default().with_nulls_last(true),
        )
}

/// zero_application_share: year × province, plus one national row per year
/// (province = 全国): townships whose report states apps_new, those with
/// apps_new = 0, and the share.
pub fn zero_application_share(reports: LazyFrame) -> PolarsResult<LazyFrame> {
    let townships = annual_reports(reports)
        .filter(col("level").eq(lit("township")))
        .filter(col("apps_new").is_not_null());
    let aggs = || {
        [
            len().cast(DataType::Int64).alias("townships_reporting"),
            col("apps_new")
                .eq(lit(0))
                .sum()
                .cast(DataType::Int64)
                .alias("townships_zero_applications"),
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
            (col("townships_zero_applications").cast(DataType::Float64)
                / col("townships_reporting").cast(DataType::Float64))
            .alias("zero_share"),
        )
        .with_column(col("province").eq(lit(NATIONAL)).alias("is_national"))
        .sort_by_exprs(
            [col("year"), col("is_national"), col("province")],
            SortMultipleOptions::default().with_nulls_last(true),
        )
        .drop(Selector::ByName {
            names: Arc::new([PlSmallStr::from("is_national")]),
            strict: true,
        }))
}

/// Every summary by its file stem.
pub fn summaries(reports: LazyFrame) -> PolarsResult<Vec<(&'static str, LazyFrame)>> {
    Ok(vec![
        (
            "disclosure_volume_by_year",
            disclosure_volume_by_year(reports.clone()),
        ),
        ("zero_application_share", zero_application_share(reports)?),
    ])
}

/// Write a frame as CSV with a UTF-8 BOM (Excel opens Chinese text right;
/// polars, DuckDB and pandas skip the BOM), via a temporary file.
pub fn write_csv(df: &mut DataFrame, path: &Path) -> PolarsResult<()> {
    let tmp = path.with_extension("csv.tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        CsvWriter::new(&mut f).include_bom(true).finish(df)?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}
