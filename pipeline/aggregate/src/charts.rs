//! PNG charts of the headline summaries (`OUTPUT/charts/`), drawn with
//! plotters' bitmap backend. Chinese labels use the Noto Sans CJK SC subset
//! shipped in `fonts/` (OFL, see fonts/OFL.txt), compiled into the binary,
//! so no system font is needed.

use plotters::prelude::*;
use plotters::style::FontStyle;
use polars::prelude::*;
use std::path::{Path, PathBuf};

static FONT: &[u8] = include_bytes!("../fonts/NotoSansSC-GB2312.otf");
const FAMILY: &str = "sans-serif";

const COLOURS: [RGBColor; 8] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
];

/// Why a chart could not be drawn.
#[derive(Debug)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "chart: {}", self.0)
    }
}

impl std::error::Error for ChartError {}

impl From<PolarsError> for ChartError {
    fn from(e: PolarsError) -> Self {
        ChartError(e.to_string())
    }
}

fn err<E: std::fmt::Display>(e: E) -> ChartError {
    ChartError(e.to_string())
}

/// Register the shipped CJK font as plotters' sans-serif (once per process).
pub fn register_font() -> Result<(), ChartError> {
    plotters::style::register_font(FAMILY, FontStyle::Normal, FONT)
        .map_err(|_| ChartError("the shipped CJK font does not parse".into()))
}

/// One line of a chart: a legend label and (year, value) points.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub label: String,
    pub points: Vec<(i32, f64)>,
}

/// Chinese label of a `level` value. Labels use ASCII parentheses: without
/// OpenType layout, full-width ones draw with a gap.
pub fn level_label(level: Option<&str>) -> &'static str {
    match level {
        Some("province") => "省级",
        Some("prefecture") => "地市级",
        Some("county") => "县级",
        Some("township") => "乡镇(街道)",
        Some("department") => "部门",
        Some(_) => "其他",
        None => "层级未知",
    }
}

/// A line chart over years: title, y-axis description, lines with points
/// and a legend. Years without data are left out of a line.
pub fn line_chart(
    path: &Path,
    title: &str,
    y_desc: &str,
    lines: &[Line],
    percent: bool,
) -> Result<(), ChartError> {
    let years: Vec<i32> = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .collect();
    let (x0, x1) = match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) => (*a, *b),
        _ => (2020, 2020),
    };
    let y_max = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .fold(0.0f64, f64::max);
    let y_top = if percent {
        100.0
    } else if y_max > 0.0 {
        (y_max * 1.15).ceil()
    } else {
        1.0
    };
    let root = BitMapBackend::new(path, (1000, 620)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, (FAMILY, 30))
        .margin(20)
        .x_label_area_size(55)
        .y_label_area_size(90)
        .build_cartesian_2d((x0 - 1)..(x1 + 1), 0f64..y_top)
        .map_err(err)?;
    let x_fmt = move |x: &i32| {
        if *x < x0 || *x > x1 {
            String::new()
        } else {
            x.to_string()
        }
    };
    let y_fmt = move |y: &f64| {
        if percent {
            format!("{y:.0}%")
        } else if y_top >= 10.0 {
            format!("{y:.0}")
        } else {
            format!("{y:.1}")
        }
    };
    chart
        .configure_mesh()
        .x_desc("年度 (报告所属统计年度)")
        .y_desc(y_desc)
        .x_labels(((x1 - x0 + 3) as usize).min(20))
        .x_label_formatter(&x_fmt)
        .y_labels(if percent {
            11
        } else {
            (y_top as usize + 1).min(11)
        })
        .y_label_formatter(&y_fmt)
        .label_style((FAMILY, 17))
        .axis_desc_style((FAMILY, 19))
        .light_line_style(RGBColor(235, 235, 235))
        .draw()
        .map_err(err)?;
    for (i, line) in lines.iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        let mut pts = line.points.clone();
        pts.sort_by_key(|p| p.0);
        chart
            .draw_series(LineSeries::new(pts.clone(), colour.stroke_width(3)))
            .map_err(err)?
            .label(line.label.as_str())
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 24, y)], colour.stroke_width(3))
            });
        chart
            .draw_series(pts.iter().map(|p| Circle::new(*p, 5, colour.filled())))
            .map_err(err)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FAMILY, 17))
        .draw()
        .map_err(err)?;
    root.present().map_err(err)?;
    Ok(())
}

/// Lines from a frame with a `year` column: one line per value of `by`
/// (labelled by `label`), y = `value` × `scale`; rows with a null year or
/// value are skipped.
pub fn lines_from(
    df: &DataFrame,
    by: Option<&str>,
    value: &str,
    scale: f64,
    label: &dyn Fn(Option<&str>) -> String,
) -> Result<Vec<Line>, ChartError> {
    let years = df.column("year")?.cast(&DataType::Int32)?;
    let years = years.i32()?;
    let values = df.column(value)?.cast(&DataType::Float64)?;
    let values = values.f64()?;
    let groups = match by {
        Some(b) => Some(df.column(b)?.cast(&DataType::String)?),
        None => None,
    };
    let mut lines: Vec<Line> = Vec::new();
    for i in 0..df.height() {
        let (Some(y), Some(v)) = (years.get(i), values.get(i)) else {
            continue;
        };
        if !v.is_finite() {
            continue;
        }
        let g = match &groups {
            Some(g) => g.str()?.get(i),
            None => None,
        };
        let name = label(g);
        match lines.iter_mut().find(|l| l.label == name) {
            Some(l) => l.points.push((y, v * scale)),
            None => lines.push(Line {
                label: name,
                points: vec![(y, v * scale)],
            }),
        }
    }
    Ok(lines)
}

fn summed_by_year(df: &DataFrame, cols: &[&str]) -> PolarsResult<DataFrame> {
    df.clone()
        .lazy()
        .filter(col("year").is_not_null())
        .group_by([col("year")])
        .agg(cols.iter().map(|c| col(*c).sum()).collect::<Vec<_>>())
        .sort(["year"], SortMultipleOptions::default())
        .collect()
}

/// Draw the headline charts from the collected summaries (by file stem);
/// returns the files written.
pub fn headline_charts(
    summaries: &[(&str, DataFrame)],
    dir: &Path,
) -> Result<Vec<PathBuf>, ChartError> {
    let get = |name: &str| summaries.iter().find(|(n, _)| *n == name).map(|(_, d)| d);
    let mut written = Vec::new();
    let mut out = |file: &str| {
        let p = dir.join(file);
        written.push(p.clone());
        p
    };
    if let Some(df) = get("disclosure_volume_by_year") {
        let lines = lines_from(df, Some("level"), "reports", 1.0, &|g| {
            level_label(g).to_string()
        })?;
        line_chart(
            &out("disclosure_volume_by_year.png"),
            "各级政府信息公开工作年度报告数量",
            "报告数 (去重后)",
            &lines,
            false,
        )?;
    }
    if let Some(df) = get("zero_application_share") {
        let national = df
            .clone()
            .lazy()
            .filter(col("province").eq(lit(crate::NATIONAL)))
            .collect()?;
        let lines = lines_from(&national, None, "zero_share", 100.0, &|_| {
            "全国乡镇(街道)".to_string()
        })?;
        line_chart(
            &out("zero_application_share.png"),
            "全年未收到政府信息公开申请的乡镇(街道)占比",
            "零申请占比 (占报告了新收申请数的乡镇)",
            &lines,
            true,
        )?;
    }
    if let Some(df) = get("application_outcomes_by_year") {
        let parts = [
            ("granted", "予以公开"),
            ("partial", "部分公开"),
            ("refused", "不予公开"),
            ("unable", "无法提供"),
            ("not_processed", "不予处理"),
            ("other", "其他处理"),
        ];
        let cols: Vec<&str> = parts.iter().map(|p| p.0).collect();
        let by_year = summed_by_year(df, &cols)?
            .lazy()
            .with_column(
                cols.iter()
                    .map(|c| col(*c).cast(DataType::Float64))
                    .reduce(|a, b| a + b)
                    .unwrap_or(lit(0.0))
                    .alias("_all"),
            )
            .with_columns(
                cols.iter()
                    .map(|c| (col(*c).cast(DataType::Float64) / col("_all")).alias(*c))
                    .collect::<Vec<_>>(),
            )
            .collect()?;
        let mut lines = Vec::new();
        for (c, label) in parts {
            let mut l = lines_from(&by_year, None, c, 100.0, &|_| label.to_string())?;
            lines.append(&mut l);
        }
        line_chart(
            &out("application_outcomes_by_year.png"),
            "政府信息公开申请办理结果构成",
            "占办理结果合计的比例",
            &lines,
            true,
        )?;
    }
    if let Some(df) = get("review_litigation_by_year") {
        let by_group = df
            .clone()
            .lazy()
            .filter(col("year").is_not_null())
            .group_by([col("year"), col("group")])
            .agg([
                col("upheld").sum(),
                col("corrected").sum(),
                col("other").sum(),
            ])
            .with_column(
                (col("corrected").cast(DataType::Float64)
                    / (col("upheld") + col("corrected") + col("other")).cast(DataType::Float64))
                .alias("correction_rate"),
                // 0 / 0 is NaN and skipped by lines_from.
            )
            .sort(["group", "year"], SortMultipleOptions::default())
            .collect()?;
        let lines = lines_from(&by_group, Some("group"), "correction_rate", 100.0, &|g| {
            match g {
                Some("review") => "行政复议",
                Some("litigation_direct") => "行政诉讼 (未经复议直接起诉)",
                Some("litigation_after_review") => "行政诉讼 (复议后起诉)",
                _ => "其他",
            }
            .to_string()
        })?;
        line_chart(
            &out("review_litigation_by_year.png"),
            "行政复议、行政诉讼结果纠正率",
            "纠正率 (结果纠正 / 已审结)",
            &lines,
            true,
        )?;
    }
    if let Some(df) = get("publication_timeliness_by_year") {
        let lines = lines_from(df, Some("level"), "on_time_share", 100.0, &|g| match g {
            Some(crate::timeliness::ALL_LEVELS) => "全部".to_string(),
            g => level_label(g).to_string(),
        })?;
        line_chart(
            &out("publication_timeliness.png"),
            "按期公布年度报告的比例",
            "按期占比 (占发布日期可用的报告)",
            &lines,
            true,
        )?;
    }
    Ok(written)
}
