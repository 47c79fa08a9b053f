//! The report templates as data: rows, aliases, columns and the arithmetic
//! (勾稽关系) between them, for the 2019 and 2021 table layouts
//! (report-formats.md §2–3).
//!
//! The parser ([`crate::tables`]), the validator and the synthetic generator
//! ([`crate::synth`]) all read these tables; none repeats them. A new alias
//! of a label is one more string in an `aliases` list.

use crate::record::Template;

/// A column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColDef {
    pub key: &'static str,
    pub label: &'static str,
    /// Other spellings seen in reports (matched on the folded text).
    pub aliases: &'static [&'static str],
}

/// A row of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowDef {
    pub key: &'static str,
    pub label: &'static str,
    pub aliases: &'static [&'static str],
    /// Key of the heading row this row sits under, if any.
    pub parent: Option<&'static str>,
    /// A heading row (三、本年度办理结果, （三）不予公开 …) carries no numbers
    /// of its own in the layout; its children do.
    pub heading: bool,
}

/// One table of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableDef {
    /// `二`, `三` or `四`.
    pub section: &'static str,
    pub key: &'static str,
    /// Title as printed (the 第二十条 item for section 二).
    pub title: &'static str,
    pub columns: &'static [ColDef],
    pub rows: &'static [RowDef],
}

macro_rules! col {
    ($key:expr, $label:expr) => {
        ColDef { key: $key, label: $label, aliases: &[] }
    };
    ($key:expr, $label:expr, [$($a:expr),*]) => {
        ColDef { key: $key, label: $label, aliases: &[$($a),*] }
    };
}

macro_rules! row {
    ($key:expr, $label:expr) => {
        RowDef { key: $key, label: $label, aliases: &[], parent: None, heading: false }
    };
    ($key:expr, $label:expr, [$($a:expr),*]) => {
        RowDef { key: $key, label: $label, aliases: &[$($a),*], parent: None, heading: false }
    };
    ($key:expr, $label:expr, [$($a:expr),*], parent = $p:expr) => {
        RowDef { key: $key, label: $label, aliases: &[$($a),*], parent: Some($p), heading: false }
    };
    (heading $key:expr, $label:expr, [$($a:expr),*]) => {
        RowDef { key: $key, label: $label, aliases: &[$($a),*], parent: None, heading: true }
    };
    (heading $key:expr, $label:expr, [$($a:expr),*], parent = $p:expr) => {
        RowDef { key: $key, label: $label, aliases: &[$($a),*], parent: Some($p), heading: true }
    };
}

// ---------------------------------------------------------------- section 三

/// Applicant columns of section 三, left to right (7 numbers a row; some
/// reports add a 小计 of the 法人或其他组织 columns, see [`APPLICANT_SUBTOTAL`]).
pub const APPLICANT_COLUMNS: &[ColDef] = &[
    col!("natural_person", "自然人"),
    col!("commercial", "商业企业"),
    col!("research", "科研机构"),
    col!("social_welfare", "社会公益组织"),
    col!("legal_service", "法律服务机构"),
    col!("other_org", "其他"),
    col!("total", "总计", ["合计"]),
];

/// The optional 法人或其他组织 小计 column some reports print before 其他/总计.
pub const APPLICANT_SUBTOTAL: ColDef = col!("org_subtotal", "小计");

/// Columns whose sum is the 总计 column.
pub const APPLICANT_PARTS: &[&str] = &[
    "natural_person",
    "commercial",
    "research",
    "social_welfare",
    "legal_service",
    "other_org",
];

const APPLICATION_ROWS_COMMON_HEAD: &[RowDef] = &[
    row!(
        "new_received",
        "一、本年新收政府信息公开申请数量",
        // 本年(2021)新收…: a year may stand in the label.
        [
            "本年新收政府信息公开申请数量",
            "本年新收",
            "新收政府信息公开申请数量"
        ]
    ),
    row!(
        "carried_over",
        "二、上年结转政府信息公开申请数量",
        [
            "上年结转政府信息公开申请数量",
            "上年结转",
            "结转政府信息公开申请数量",
            // 转结: a common slip.
            "上年转结政府信息公开申请数量",
            "上年转结"
        ]
    ),
    row!(heading "results", "三、本年度办理结果", ["本年度办理结果"]),
    row!(
        "granted",
        "（一）予以公开",
        ["予以公开"],
        parent = "results"
    ),
    row!(
        "partial",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        ["部分公开"],
        parent = "results"
    ),
    row!(heading "refused", "（三）不予公开", ["不予公开"], parent = "results"),
    row!(
        "refused_state_secret",
        "1.属于国家秘密",
        ["属于国家秘密"],
        parent = "refused"
    ),
    row!(
        "refused_law_prohibited",
        "2.其他法律行政法规禁止公开",
        ["其他法律行政法规禁止公开"],
        parent = "refused"
    ),
    row!(
        "refused_three_security",
        "3.危及“三安全一稳定”",
        ["危及\"三安全一稳定\"", "三安全一稳定"],
        parent = "refused"
    ),
    row!(
        "refused_third_party",
        "4.保护第三方合法权益",
        ["保护第三方合法权益"],
        parent = "refused"
    ),
    row!(
        "refused_internal_affairs",
        "5.属于三类内部事务信息",
        ["属于三类内部事务信息", "三类内部事务信息"],
        parent = "refused"
    ),
    row!(
        "refused_process_info",
        "6.属于四类过程性信息",
        ["属于四类过程性信息", "四类过程性信息"],
        parent = "refused"
    ),
    row!(
        "refused_enforcement_file",
        "7.属于行政执法案卷",
        ["属于行政执法案卷"],
        parent = "refused"
    ),
    row!(
        "refused_query_matter",
        "8.属于行政查询事项",
        ["属于行政查询事项"],
        parent = "refused"
    ),
    row!(heading "unable", "（四）无法提供", ["无法提供"], parent = "results"),
    row!(
        "unable_not_held",
        "1.本机关不掌握相关政府信息",
        ["本机关不掌握相关政府信息"],
        parent = "unable"
    ),
    row!(
        "unable_needs_creation",
        "2.没有现成信息需要另行制作",
        ["没有现成信息需要另行制作"],
        parent = "unable"
    ),
    row!(
        "unable_unclear",
        "3.补正后申请内容仍不明确",
        ["补正后申请内容仍不明确"],
        parent = "unable"
    ),
    row!(heading "not_processed", "（五）不予处理", ["不予处理"], parent = "results"),
    row!(
        "not_processed_petition",
        "1.信访举报投诉类申请",
        ["信访举报投诉类申请"],
        parent = "not_processed"
    ),
    row!(
        "not_processed_repeat",
        "2.重复申请",
        ["重复申请"],
        parent = "not_processed"
    ),
    row!(
        "not_processed_publication",
        "3.要求提供公开出版物",
        ["要求提供公开出版物"],
        parent = "not_processed"
    ),
    row!(
        "not_processed_mass_repeat",
        "4.无正当理由大量反复申请",
        ["无正当理由大量反复申请"],
        parent = "not_processed"
    ),
    row!(
        "not_processed_confirm",
        "5.要求行政机关确认或重新出具已获取信息",
        ["要求行政机关确认或重新出具已获取信息"],
        parent = "not_processed"
    ),
];

const APPLICATION_ROWS_COMMON_TAIL: &[RowDef] = &[
    row!("total_handled", "（七）总计", ["总计"], parent = "results"),
    row!(
        "carried_next",
        "四、结转下年度继续办理",
        ["结转下年度继续办理"]
    ),
];

/// 2019 layout: （六）其他处理 is one row.
const OTHER_2019: &[RowDef] = &[row!(
    "other_handling",
    "（六）其他处理",
    ["其他处理"],
    parent = "results"
)];

/// 2021 layout: （六）其他处理 has three rows.
const OTHER_2021: &[RowDef] = &[
    row!(heading "other_handling", "（六）其他处理", ["其他处理"], parent = "results"),
    row!(
        "other_no_correction",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ["申请人无正当理由逾期不补正", "逾期不补正"],
        parent = "other_handling"
    ),
    row!(
        "other_no_fee",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        [
            "申请人逾期未按收费通知要求缴纳费用",
            "逾期未按收费通知要求缴纳费用"
        ],
        parent = "other_handling"
    ),
    row!("other_other", "3.其他", ["其他"], parent = "other_handling"),
];

/// Rows of section 三 for a layout, in printed order.
pub fn application_rows(template: Template) -> Vec<RowDef> {
    let other = match template {
        Template::Table2021 => OTHER_2021,
        _ => OTHER_2019,
    };
    APPLICATION_ROWS_COMMON_HEAD
        .iter()
        .chain(other)
        .chain(APPLICATION_ROWS_COMMON_TAIL)
        .copied()
        .collect()
}

/// Leaf rows of section 三 (those that carry numbers), in printed order.
pub fn application_leaf_rows(template: Template) -> Vec<RowDef> {
    application_rows(template)
        .into_iter()
        .filter(|r| !r.heading)
        .collect()
}

/// [`application_rows`], built once per layout.
fn application_rows_cached(template: Template) -> &'static [RowDef] {
    static R2021: std::sync::OnceLock<Vec<RowDef>> = std::sync::OnceLock::new();
    static R2019: std::sync::OnceLock<Vec<RowDef>> = std::sync::OnceLock::new();
    match template {
        Template::Table2021 => R2021.get_or_init(|| application_rows(Template::Table2021)),
        _ => R2019.get_or_init(|| application_rows(Template::Table2019)),
    }
}

/// The result rows whose sum is （七）总计 (every leaf under 三、本年度办理结果).
pub fn result_leaf_keys(template: Template) -> Vec<&'static str> {
    application_leaf_rows(template)
        .into_iter()
        .filter(|r| r.parent.is_some() && r.key != "total_handled")
        .map(|r| r.key)
        .collect()
}

// ---------------------------------------------------------------- section 四

/// Result columns of section 四, for each of its three groups.
pub const REVIEW_COLUMNS: &[ColDef] = &[
    col!("upheld", "结果维持"),
    col!("corrected", "结果纠正"),
    col!("other", "其他结果"),
    col!("pending", "尚未审结"),
    col!("total", "总计", ["合计"]),
];

/// The three groups of section 四, left to right, as rows of one table.
pub const REVIEW_ROWS: &[RowDef] = &[
    row!("review", "行政复议", ["行政复议"]),
    row!(
        "litigation_direct",
        "行政诉讼（未经复议直接起诉）",
        ["未经复议直接起诉"]
    ),
    row!(
        "litigation_after_review",
        "行政诉讼（复议后起诉）",
        ["复议后起诉"]
    ),
];

// ---------------------------------------------------------------- section 二

const T2019_ART20_1: TableDef = TableDef {
    section: "二",
    key: "art20_1",
    title: "第二十条第（一）项",
    columns: &[
        col!("new_made", "本年新制作数量", ["本年新"]),
        col!("new_published", "本年新公开数量"),
        col!("published_total", "对外公开总数量"),
    ],
    rows: &[row!("rules", "规章"), row!("normative_docs", "规范性文件")],
};

const T2019_ART20_5: TableDef = TableDef {
    section: "二",
    key: "art20_5",
    title: "第二十条第（五）项",
    columns: &[
        col!("prev_year_items", "上一年项目数量"),
        col!("change", "本年增/减", ["本年增减"]),
        col!("decisions", "处理决定数量"),
    ],
    rows: &[
        row!("licensing", "行政许可"),
        row!("other_services", "其他对外管理服务事项"),
    ],
};

const T2019_ART20_6: TableDef = TableDef {
    section: "二",
    key: "art20_6",
    title: "第二十条第（六）项",
    columns: &[
        col!("prev_year_items", "上一年项目数量"),
        col!("change", "本年增/减", ["本年增减"]),
        col!("decisions", "处理决定数量"),
    ],
    rows: &[row!("penalty", "行政处罚"), row!("enforcement", "行政强制")],
};

const T2019_ART20_8: TableDef = TableDef {
    section: "二",
    key: "art20_8",
    title: "第二十条第（八）项",
    columns: &[
        col!("prev_year_items", "上一年项目数量"),
        col!("change", "本年增/减", ["本年增减"]),
    ],
    rows: &[row!("admin_fees", "行政事业性收费")],
};

const T2019_ART20_9: TableDef = TableDef {
    section: "二",
    key: "art20_9",
    title: "第二十条第（九）项",
    columns: &[
        col!("procurement_items", "采购项目数量"),
        col!("procurement_amount", "采购总金额"),
    ],
    rows: &[row!("central_procurement", "政府集中采购")],
};

const T2021_ART20_1: TableDef = TableDef {
    section: "二",
    key: "art20_1",
    title: "第二十条第（一）项",
    columns: &[
        col!("issued", "本年制发件数"),
        col!("repealed", "本年废止件数"),
        col!("in_force", "现行有效件数"),
    ],
    rows: &[
        row!("rules", "规章"),
        row!("normative_docs", "行政规范性文件", ["规范性文件"]),
    ],
};

const T2021_ART20_5: TableDef = TableDef {
    section: "二",
    key: "art20_5",
    title: "第二十条第（五）项",
    columns: &[col!("decisions", "本年处理决定数量")],
    rows: &[row!("licensing", "行政许可")],
};

const T2021_ART20_6: TableDef = TableDef {
    section: "二",
    key: "art20_6",
    title: "第二十条第（六）项",
    columns: &[col!("decisions", "本年处理决定数量")],
    rows: &[row!("penalty", "行政处罚"), row!("enforcement", "行政强制")],
};

const T2021_ART20_8: TableDef = TableDef {
    section: "二",
    key: "art20_8",
    title: "第二十条第（八）项",
    columns: &[col!(
        "fee_amount",
        "本年收费金额（单位：万元）",
        ["本年收费金额"]
    )],
    rows: &[row!("admin_fees", "行政事业性收费")],
};

/// Section 二 columns that hold money: printed in 万元 on the form, stored
/// in yuan by the parser.
pub const AMOUNT_COLUMNS: &[&str] = &["procurement_amount", "fee_amount"];

/// The section 二 sub-tables of a layout, in printed order.
pub fn article20_tables(template: Template) -> &'static [TableDef] {
    const T2019: &[TableDef] = &[
        T2019_ART20_1,
        T2019_ART20_5,
        T2019_ART20_6,
        T2019_ART20_8,
        T2019_ART20_9,
    ];
    const T2021: &[TableDef] = &[T2021_ART20_1, T2021_ART20_5, T2021_ART20_6, T2021_ART20_8];
    match template {
        Template::Table2021 => T2021,
        _ => T2019,
    }
}

/// The printed labels `(row, column)` of a cell, looked up in the layout
/// the report was told to have first, then in the other (mixed layouts).
pub fn labels(
    template: Option<Template>,
    section: &str,
    table: &str,
    row_key: &str,
    col_key: &str,
) -> (Option<&'static str>, Option<&'static str>) {
    let order = match template {
        Some(Template::Table2021) => [Template::Table2021, Template::Table2019],
        _ => [Template::Table2019, Template::Table2021],
    };
    let find_row = |rows: &[RowDef]| rows.iter().find(|r| r.key == row_key).map(|r| r.label);
    let find_col = |cols: &[ColDef]| cols.iter().find(|c| c.key == col_key).map(|c| c.label);
    match section {
        "三" => {
            let row = order
                .iter()
                .find_map(|&t| find_row(application_rows_cached(t)));
            let col = find_col(APPLICANT_COLUMNS)
                .or((col_key == APPLICANT_SUBTOTAL.key).then_some(APPLICANT_SUBTOTAL.label));
            (row, col)
        }
        "四" => (find_row(REVIEW_ROWS), find_col(REVIEW_COLUMNS)),
        _ => {
            let defs = order
                .iter()
                .flat_map(|&t| article20_tables(t))
                .filter(|d| d.key == table);
            let mut row = None;
            let mut col = None;
            for d in defs {
                row = row.or_else(|| find_row(d.rows));
                col = col.or_else(|| find_col(d.columns));
            }
            (row, col)
        }
    }
}

/// Header words that tell the layouts apart (report-formats.md: detect the
/// layout from the headers, never from the year).
pub const MARKERS_2019: &[&str] = &["本年新制作数量", "本年新公开数量", "对外公开总数量"];
pub const MARKERS_2021: &[&str] = &["本年制发件数", "本年废止件数", "现行有效件数"];
/// Words of the same headers written another way (本年新制发数量, 废止数量,
/// 现行有效数量): each layout's header, right after its first cell
/// (信息内容), holds all of its words.
pub const HEADER_WORDS_2019: &[&str] = &["新制作", "新公开"];
pub const HEADER_WORDS_2021: &[&str] = &["废止", "现行有效"];
/// How far after 信息内容 the header's words lie, in characters (three
/// headers of up to 8 characters, and what a scrape leaves between).
pub const HEADER_SPAN: usize = 30;

// ---------------------------------------------------------------- arithmetic

/// One 勾稽 rule between cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Per applicant column of 三: 一 + 二 = （七）总计 + 四.
    Balance,
    /// Per applicant column of 三: （七）总计 = sum of the result leaf rows.
    ResultSum,
    /// Per row of 三: 总计 = 自然人 + the five 法人或其他组织 columns.
    ApplicantSum,
    /// Per group of 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    ReviewSum,
}

impl Rule {
    pub const ALL: [Rule; 4] = [
        Rule::Balance,
        Rule::ResultSum,
        Rule::ApplicantSum,
        Rule::ReviewSum,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Rule::Balance => "balance",
            Rule::ResultSum => "result_sum",
            Rule::ApplicantSum => "applicant_sum",
            Rule::ReviewSum => "review_sum",
        }
    }
}

/// Section headings of the narrative layout (2008–2018), as pages write
/// them (report-formats.md §1).
pub const NARRATIVE_HEADINGS: &[&str] = &[
    "概述",
    "依申请公开政府信息",
    "收费及减免",
    "收费和减免",
    "存在的主要问题和改进措施",
    "主动公开政府信息情况",
    "主动公开政府信息的情况",
];

/// Section headings of the standard layouts (2019, 2021).
pub const STANDARD_HEADINGS: &[&str] = &[
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
];

/// The GOLD_FORMAT table fields that are one section 三 cell: (field, row,
/// column). The parser's headline and the generator's truth read these.
pub const HEADLINE_APPS_CELLS: [(&str, &str, &str); 7] = [
    ("apps_new", "new_received", "total"),
    ("apps_carried_over", "carried_over", "total"),
    ("apps_granted", "granted", "total"),
    ("apps_partial", "partial", "total"),
    ("apps_total_handled", "total_handled", "total"),
    ("apps_carried_next", "carried_next", "total"),
    ("apps_natural_person_new", "new_received", "natural_person"),
];
/// `review_total`: the 总计 of this section 四 group.
pub const HEADLINE_REVIEW_GROUP: &str = "review";
/// `litigation_total`: the sum of the 总计 of these two section 四 groups.
pub const HEADLINE_LITIGATION_GROUPS: [&str; 2] = ["litigation_direct", "litigation_after_review"];

/// Rule::Balance: 一 + 二 (these rows) = …
pub const BALANCE_IN: [&str; 2] = ["new_received", "carried_over"];
/// … （七）总计 + 四 (these rows); （七）总计 is also what the result leaves add up to.
pub const BALANCE_OUT: [&str; 2] = ["total_handled", "carried_next"];

/// One 勾稽 check that fails: where (a column, a row, `row/小计`, a group),
/// the sum of the parts and the printed total.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleFailure {
    pub rule: Rule,
    pub at: String,
    pub expected: i64,
    pub found: i64,
}

/// Every [`Rule`] over the cells of a report, read through `apps(row, col)`
/// (section 三) and `review(group, col)` (section 四); a check whose cells
/// are not all there (None) is skipped. `subtotal`: the 法人或其他组织 小计
/// column is printed, so it is checked as a column and against its five
/// parts. The one implementation the parser's checks and the synthetic
/// generator share; failures come in a fixed order (columns, rows, groups).
pub fn check_rules(
    layout: Template,
    subtotal: bool,
    apps: impl Fn(&str, &str) -> Option<i64>,
    review: impl Fn(&str, &str) -> Option<i64>,
) -> Vec<RuleFailure> {
    let mut out = Vec::new();
    let mut fail = |rule: Rule, at: &str, expected: i64, found: i64| {
        if expected != found {
            out.push(RuleFailure {
                rule,
                at: at.to_string(),
                expected,
                found,
            });
        }
    };
    let sum = |rows: &[&str], col: &str| rows.iter().map(|r| apps(r, col)).sum::<Option<i64>>();
    let leaves = result_leaf_keys(layout);
    let mut cols: Vec<&str> = APPLICANT_COLUMNS.iter().map(|c| c.key).collect();
    if subtotal {
        cols.push(APPLICANT_SUBTOTAL.key);
    }
    for col in &cols {
        if let (Some(l), Some(r)) = (sum(&BALANCE_IN, col), sum(&BALANCE_OUT, col)) {
            fail(Rule::Balance, col, l, r);
        }
        if let (Some(s), Some(t)) = (sum(&leaves, col), apps(BALANCE_OUT[0], col)) {
            fail(Rule::ResultSum, col, s, t);
        }
    }
    for row in application_leaf_rows(layout) {
        let parts = APPLICANT_PARTS
            .iter()
            .map(|c| apps(row.key, c))
            .sum::<Option<i64>>();
        if let (Some(p), Some(t)) = (parts, apps(row.key, "total")) {
            fail(Rule::ApplicantSum, row.key, p, t);
        }
        if subtotal {
            let sub = APPLICANT_SUBTOTAL.key;
            let orgs = APPLICANT_PARTS[1..]
                .iter()
                .map(|c| apps(row.key, c))
                .sum::<Option<i64>>();
            if let (Some(o), Some(t)) = (orgs, apps(row.key, sub)) {
                fail(Rule::ApplicantSum, &format!("{}/{sub}", row.key), o, t);
            }
        }
    }
    let w = REVIEW_COLUMNS.len();
    for g in REVIEW_ROWS {
        let parts = REVIEW_COLUMNS[..w - 1]
            .iter()
            .map(|c| review(g.key, c.key))
            .sum::<Option<i64>>();
        if let (Some(p), Some(t)) = (parts, review(g.key, "total")) {
            fail(Rule::ReviewSum, g.key, p, t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_cells_are_cells_of_the_form() {
        let rows = application_rows(Template::Table2021);
        let row_keys: Vec<&str> = rows.iter().map(|r| r.key).collect();
        for (field, row, col) in HEADLINE_APPS_CELLS {
            assert!(crate::record::HEADLINE_FIELDS.contains(&field), "{field}");
            assert!(row_keys.contains(&row), "{row}");
            assert!(APPLICANT_COLUMNS.iter().any(|c| c.key == col), "{col}");
        }
        for g in std::iter::once(HEADLINE_REVIEW_GROUP).chain(HEADLINE_LITIGATION_GROUPS) {
            assert!(REVIEW_ROWS.iter().any(|r| r.key == g), "{g}");
        }
    }

    #[test]
    fn layouts_differ_only_in_other_handling() {
        let r19 = application_leaf_rows(Template::Table2019);
        let r21 = application_leaf_rows(Template::Table2021);
        assert_eq!(r19.len(), 23);
        assert_eq!(r21.len(), 25);
        assert_eq!(result_leaf_keys(Template::Table2019).len(), 19);
        assert_eq!(result_leaf_keys(Template::Table2021).len(), 21);
        assert!(result_leaf_keys(Template::Table2021).contains(&"other_other"));
    }

    #[test]
    fn every_cell_key_has_labels() {
        for t in [Template::Table2019, Template::Table2021] {
            for r in application_leaf_rows(t) {
                for c in APPLICANT_COLUMNS {
                    let l = labels(Some(t), "三", "applications", r.key, c.key);
                    assert_eq!(l, (Some(r.label), Some(c.label)));
                }
            }
            for d in article20_tables(t) {
                for r in d.rows {
                    for c in d.columns {
                        let l = labels(Some(t), "二", d.key, r.key, c.key);
                        assert_eq!(l, (Some(r.label), Some(c.label)));
                    }
                }
            }
        }
        assert_eq!(
            labels(None, "四", "review", "litigation_direct", "upheld"),
            (Some("行政诉讼（未经复议直接起诉）"), Some("结果维持"))
        );
    }

    #[test]
    fn row_keys_are_unique() {
        for t in [Template::Table2019, Template::Table2021] {
            let mut keys: Vec<_> = application_rows(t).iter().map(|r| r.key).collect();
            let n = keys.len();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), n);
        }
    }
}
