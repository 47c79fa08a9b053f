//! Title, is-it-a-report, year, publish date, unit name and level.

use crate::doc::Doc;
use crate::gazetteer::{gazetteer, GLevel};
use crate::numerals::parse_int;
use crate::record::Level;
use crate::template;
use crate::text::first_chars;
use regex::Regex;
use std::sync::OnceLock;

/// Document-level facts read from the page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub is_annual_report: bool,
    pub year: Option<i32>,
    /// Days since 1970-01-01.
    pub publish_date: Option<i32>,
    pub unit_name: Option<String>,
    pub level: Option<Level>,
    pub flags: Vec<String>,
}

/// A title-like line: names a disclosure report.
fn is_title_line(l: &str) -> bool {
    // The cheap tests first: most lines fail one of them.
    let n = l.chars().count();
    (4..=90).contains(&n)
        && (l.contains("报告") || l.contains("总结") || l.contains("年报") || l.ends_with("通知"))
        && !l.starts_with("根据")
        && !l.starts_with("按照")
        && !l.contains("如下")
        && !l.contains("。")
        // A clause list is body text (…制度1条,2020年政府信息公开年报1条,…).
        && !l.contains(['，', ','])
        && !l.contains('>')
        && !l.contains("位置")
        // An item of a list (5.市政府工作报告、政府信息公开年度报告;).
        && !l.ends_with([';', '；'])
        && !regex!(r"^\s*(?:\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）])").is_match(l)
        // Nor a numbered heading or item that opens a list (三、…应包括以下
        // 内容:).
        && !regex!(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（][一二三四五六七八九十]{1,3}[)）])").is_match(l)
        && !l.trim_end().ends_with([':', '：'])
        // A paper's field ([关键词] 政府信息公开;年度报告).
        && paper_field(l).is_none()
        && (l.contains("信息公开")
            || l.contains("政务公开")
            || regex!(r"信息[^，,。]{1,3}公开").is_match(l))
        // A column or menu name alone (政府信息公开年报) names no report,
        // nor as a list item after a bullet (l政府信息公开年度报告).
        && !regex!(r"^(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)(?:专栏)?$")
            .is_match(l.trim_start_matches(|c: char| !crate::unit::is_han(c)))
        // Nor a row of a menu, each item a column (信息公开指南 信息公开年报).
        && !is_menu_row(l)
}

/// A line of two or more menu items apart, each a column of disclosure
/// (信息公开指南 信息公开年报, 政务公开 依申请公开).
/// (Or three such items or more among others, the menu's report column
/// the only item that names a report: 首页 信息公开指南 信息公开目录 信息
/// 公开年度报告 依申请公开 返回首页.)
fn is_menu_row(l: &str) -> bool {
    let item = regex!(r"^(?:政府|政务)?(?:信息公开|依申请公开|政务公开)\p{Han}{0,4}$");
    let items: Vec<&str> = l.split_whitespace().collect();
    let columns = items.iter().filter(|i| item.is_match(i)).count();
    items.len() >= 2 && columns == items.len()
        || columns >= 3
            && items
                .iter()
                .filter(|i| i.contains("报告") || i.contains("年报"))
                .all(|i| item.is_match(i))
}

/// A line of two fields or more of a page head, each a label and a colon
/// (索  引 号: …  信息分类: …, 名  称: … 信息来源: …): Some with the value
/// that names a report, where a field other than a category holds one.
/// None where the line is no such row.
fn field_row_title(l: &str) -> Option<Option<&str>> {
    let labels: Vec<regex::Match> = regex!(r"\p{Han}(?:[ \t\u{3000}]*\p{Han}){1,5}\s*[:：]")
        .find_iter(l)
        .collect();
    // (The row opens with its first label.)
    if labels.len() < 2 || labels[0].start() > 0 {
        return None;
    }
    let category = ["分类", "栏目", "主题", "关键词", "来源"];
    Some(labels.iter().enumerate().find_map(|(k, m)| {
        let label: String = m
            .as_str()
            .chars()
            .filter(|c| crate::unit::is_han(*c))
            .collect();
        let end = labels.get(k + 1).map_or(l.len(), |n| n.start());
        let value = l[m.end()..end].trim();
        (!category.iter().any(|c| label.ends_with(c)) && is_title_line(value)).then_some(value)
    }))
}

/// The field of a paper a line opens with (摘要, 关键词; spaced out or in
/// brackets: [摘  要], 【关键词】).
fn paper_field(l: &str) -> Option<&'static str> {
    let c = regex!(r"^\s*[\[【〔]?\s*(?:(关\s*键\s*词)|摘\s*要)").captures(l)?;
    Some(if c.get(1).is_some() {
        "关键词"
    } else {
        "摘要"
    })
}

/// The page's title ([`title_line`]), less the label of an encyclopedia's
/// field it may stand in (- 中文名:某市2010年度…年度报告).
fn find_title(doc: &Doc) -> Option<String> {
    let t = run_on_title(title_line(doc)?)?;
    // (Spaced out to line up with the labels below it: 名  称:.)
    let label = regex!(r"^[-•·*\s]*(?:中\s*文\s*名|名\s*称|标\s*题|题\s*名)\s*[:：]\s*");
    Some(match label.find(&t) {
        Some(m) if m.end() < t.len() => t[m.end()..].to_string(),
        _ => t,
    })
}

/// A title the page runs on into its fields and text (a scrape that
/// joined the lines: 标题: 某县2019年度政府信息公开工作年度报告 发布时间:
/// 2020-01-20 …): up to the end of the report's name in its first 120
/// characters, else up to its first space there; none where neither is.
fn run_on_title(t: String) -> Option<String> {
    const LONGEST: usize = 120;
    if t.chars().count() <= LONGEST {
        return Some(t);
    }
    let head = crate::text::first_chars(&t, LONGEST);
    let name = regex!(r"(?:信息公开|政务公开)[^。\s]{0,12}?(?:报告|年报)");
    let end = name
        .find(head)
        .map(|m| m.end())
        .or_else(|| head.find(char::is_whitespace))?;
    Some(t[..end].trim().to_string())
}

/// A title broken inside the report's name, anywhere in it (某县某办2022年
/// 政府信息 / 公开年度报告): the two lines joined, where the name runs
/// across the break and the whole is a title.
fn split_in_name(l: &str, next: &str) -> Option<String> {
    if l.chars().count() > 40 || next.is_empty() {
        return None;
    }
    let joined = format!("{l}{next}");
    let name = regex!(r"(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)");
    let crosses = name
        .find_iter(&joined)
        .any(|m| m.start() < l.len() && m.end() > l.len());
    (crosses && is_title_line(&joined)).then_some(joined)
}

fn title_line(doc: &Doc) -> Option<String> {
    if let Some(t) = &doc.html_title {
        let t = crate::text::fold(&crate::text::drop_pinyin_readings(t));
        if is_title_line(t.trim()) {
            return Some(t.trim().to_string());
        }
    }
    let text = &doc.norm.text;
    let lines: Vec<&str> = text.lines().map(str::trim).take(60).collect();
    field_title(text, &lines)
        .or_else(|| title_among_lines(&lines))
        .or_else(|| run_in_title(text, &lines))
        // The address of a wiki-style mirror holds the title.
        // (wiki/<title>/<id>: the last segment that reads as a title).
        .or_else(|| {
            let path = doc.url.as_deref().and_then(crate::url::decoded_path)?;
            path.rsplit('/')
                .take(3)
                .map(|seg| crate::text::fold(&crate::text::drop_pinyin_readings(seg)))
                .find(|seg| is_title_line(seg))
        })
}

/// A field of the page head that holds the title: 标 题 | …, 信息名称 | … |,
/// - 标题: … (a list item).
fn field_title(text: &str, lines: &[&str]) -> Option<String> {
    // (The regex runs only on a page that has such a line: it has no
    // literal to search for first.)
    let field_line = text.contains("信息名称")
        || text.lines().any(|l| {
            l.trim_start_matches(['-', '•', '·', '*', ' '])
                .starts_with(['标', '名'])
        });
    if !field_line {
        return None;
    }
    if let Some(c) = regex!(
        r"(?m)(?:^\s*(?:[-•·*]\s*)?标\s*题|信息名称)(?:\s*[:：|]\s*|[ \t\u{3000}]+)([^|\n]+)"
    )
    .captures(text)
    {
        return Some(c[1].trim().to_string());
    }
    // A page's field of its name (• 名称 某镇2022年…报告), where the value
    // is a title.
    if let Some(t) =
        regex!(r"(?m)^\s*(?:[-•·*]\s*)?名\s*称(?:\s*[:：|]\s*|[ \t\u{3000}]+)([^|\n]+)")
            .captures_iter(text)
            .filter_map(|c| {
                // (In a row of fields, … 信息来源: 某办, the field that names
                // a report: see field_row_title.)
                let line = c.get(0)?.as_str().trim_start_matches(['-', '•', '·', '*']);
                match field_row_title(line.trim()) {
                    Some(v) => v.map(str::to_string),
                    None => Some(c[1].trim().to_string()),
                }
            })
            .find(|t| is_title_line(t))
    {
        return Some(t);
    }
    // The label glued to its value (标题某乡2022年…年度报告): a title only
    // where the rest is one.
    lines
        .iter()
        .filter_map(|l| l.strip_prefix("标题"))
        .find(|t| is_title_line(t))
        .map(|t| t.to_string())
}

/// What one line of the page head gives the title (see [`line_title`]).
enum TitleStep {
    /// No title on this line.
    Skip,
    /// The title, whatever came before.
    Title(String),
    /// A bare title (2019年度政府信息公开年度报告) with no unit above it,
    /// kept while a later one may have its unit on the line above.
    Bare(String),
    /// A title, unless a bare one came before.
    Found(String),
}

/// The title on the page head's lines.
fn title_among_lines(lines: &[&str]) -> Option<String> {
    let mut bare = None;
    for i in 0..lines.len() {
        match line_title(lines, i) {
            TitleStep::Skip => {}
            TitleStep::Title(t) => return Some(t),
            TitleStep::Bare(t) => {
                bare.get_or_insert(t);
            }
            TitleStep::Found(t) => return Some(bare.unwrap_or(t)),
        }
    }
    bare
}

/// What line `i` of the page head gives the title.
fn line_title(lines: &[&str], i: usize) -> TitleStep {
    let l = lines[i].trim_start_matches(['•', '·', '|', ' ']).trim();
    // A category of the portal's head (组配分类: …年度报告汇总) names
    // the column, not the page.
    if regex!(r"^[-*]?\s*(?:组配分类|主题分类|信息分类|所属分类|分类|栏目)\s*[:：|]").is_match(l)
    {
        return TitleStep::Skip;
    }
    // A row of the head's fields (名  称: …年度报告(2015年) 信息来源: …):
    // the value of the field that names the report, if any.
    let l = match field_row_title(l) {
        Some(Some(v)) => v,
        Some(None) => return TitleStep::Skip,
        None => l,
    };
    if !is_title_line(l) {
        // Title split over two lines: 某某镇2023年政府信息公开工作 / 年度报告
        // (or 某局2020年政府信息公开 / 工作年度报告).
        let next = lines.get(i + 1).map(|s| s.trim()).unwrap_or("");
        let rest = match next.strip_prefix("工作") {
            Some(r) if l.ends_with("信息公开") => r,
            _ => next,
        };
        if (l.ends_with("工作") || l.ends_with("信息公开"))
            && l.chars().count() <= 40
            && (rest.starts_with("年度报告") || rest.starts_with("报告"))
        {
            return TitleStep::Title(format!("{l}{next}"));
        }
        return split_in_name(l, next).map_or(TitleStep::Skip, TitleStep::Title);
    }
    // A row of cells (| 索引号 | … | 名称 | …年度报告 |): the cell that
    // names the report, else no title on this line.
    let Some(l) = l.split('|').map(str::trim).find(|c| is_title_line(c)) else {
        return TitleStep::Skip;
    };
    let starts_bare = l.starts_with("政府信息公开") || regex!(r"^\d{4}\s*年").is_match(l);
    if starts_bare && i > 0 {
        return unit_above(lines, i, l)
            .map_or_else(|| TitleStep::Bare(l.to_string()), TitleStep::Title);
    }
    TitleStep::Found(l.to_string())
}

/// A bare title `l` on line `i` with its unit on the line before:
/// 乌海市工业和信息化局 / 政府信息公开工作年度报告 (某区人民政府办公室 /
/// 2020年政府信息公开工作年度报告).
fn unit_above(lines: &[&str], i: usize, l: &str) -> Option<String> {
    // The line above, over blank ones.
    let prev = lines[..i]
        .iter()
        .rev()
        .find(|p| !p.is_empty())
        .map_or("", |p| p.trim());
    let pn = prev.chars().count();
    // 某市人民政府 / 2016年政府信息…, or 某市人民政府2016年 / 政府信息….
    let unit = (2..=30).contains(&pn)
        && regex!(r"(人民政府|政府|局|委|办|办公室|厅|中心|镇|乡|苏木|街道|办事处|管委会|县|区|市|旗|州|盟|省|(?:19|20)\d{2}\s*年度?)$")
            .is_match(prev)
        && !prev.contains(['。', ',', '，', ':', '：', '>'])
        && !l.contains(prev);
    (unit
        && (regex!(r"^\d{4}\s*年\s*(度)?\s*(政府)?信息公开").is_match(l)
            || l.starts_with("政府信息公开")))
    .then(|| format!("{prev}{l}"))
}

/// A title run into the text after it (北京市2018年…年度报告北京市2018年…).
fn run_in_title(text: &str, lines: &[&str]) -> Option<String> {
    let head = crate::text::first_chars(text, 200);
    if let Some(m) = regex!(
        r"^\s*[\p{Han}]{2,30}?(?:19|20)\d{2}\s*年度?[\p{Han}]{0,12}?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)"
    )
    .find(head)
    {
        return Some(m.as_str().trim().to_string());
    }
    // Or on a line of its own after the head's fields, run into the text
    // after it (某乡文〔2018〕3号 / 某县某乡人民政府 关于2017年度政府信息公开
    // 工作的报告 根据…): the unit before it as a unit is named, not a
    // sentence's words (现将我乡…).
    let run_in = regex!(
        r"^([\p{Han}]{2,30}?(?:人民政府|政府|办公室|局|委员会|委|办|厅|中心|镇|乡|街道|办事处|管委会|县|区|市|旗))\s*(?:关于)?\s*(?:19|20)\d{2}\s*年度?[\p{Han}]{0,12}?(?:政府|政务)?信息公开(?:工作)?(?:的)?(?:年度)?(?:工作)?(?:报告|年报)"
    );
    lines.iter().take(8).find_map(|l| {
        run_in
            .captures(l)
            .filter(|c| !regex!(r"[我本将据照]").is_match(&c[1]))
            .and_then(|c| c.get(0))
            .map(|m| m.as_str().trim().to_string())
    })
}

/// Year of a title: 2017年度 → 2017; or written on without 年 into the
/// report's name (某厅2022政府信息公开工作年度报告).
fn year_in(s: &str) -> Option<i32> {
    [
        regex!(r"((?:19|20)\d{2})\s*年"),
        regex!(r"(?:^|\D)((?:19|20)\d{2})\s*(?:政府|政务)(?:信息)?公开"),
    ]
    .iter()
    .find_map(|r| {
        r.captures(s)
            .and_then(|c| c[1].parse().ok())
            .filter(|y| (2000..=2035).contains(y))
    })
}

fn find_year(title: Option<&str>, text: &str, flags: &mut Vec<String>) -> Option<i32> {
    if let Some(t) = title {
        if t.contains("20**") || t.contains("20XX") || t.contains("20xx") {
            flags.push("year_masked".into());
            return None;
        }
        if let Some(y) = year_in(t) {
            return Some(y);
        }
    }
    let head = first_chars(text, 3000);
    let pats = year_patterns();
    const PERIOD: usize = 0;
    if let Some(period) = year_by(&pats[PERIOD], head) {
        return Some(period_year(pats, head, period));
    }
    if let Some(y) = pats[PERIOD + 1..].iter().find_map(|r| year_by(r, head)) {
        return Some(y);
    }
    if head.contains("20**") {
        flags.push("year_masked".into());
    }
    None
}

/// A heading of a part of the report (一、总体情况, (一)主动公开情况,
/// (一)概况) and the space or colon after it: where a scrape runs the
/// lines into one, or the heading runs on into its first sentence
/// ((一)概况:2020年,…), a line of the account opens after it, not at a
/// line's start.
const HEADING_THEN_SPACE: &str = r"(?:[一二三四五六七八九十]\s*[、.．]|[(（][一二三四五六七八九十][)）])\s*\p{Han}{0,14}?(?:情况|概况|概述)(?:[。.]?[ \t\u{3000}]+|\s*[:：]\s*)";

/// The patterns of the year, in order (see [`find_year`]).
fn year_patterns() -> &'static [Regex] {
    // The statistics period first: the year a report covers (its own name
    // may be last year's, copied forward: 《某镇2020年…年度报告》 whose data
    // run from 2021年1月1日); then the report's own name.
    static PATS: OnceLock<Vec<Regex>> = OnceLock::new();
    PATS.get_or_init(|| {
        // A line or sentence opening with the year (a bullet or a stray mark
        // before it): 2021年,县卫生健康局…; (一)主动公开情况。2020年以来,….
        // Or with the year and its subject, a unit and the verbs a unit's
        // work opens with (2020年某镇严格按照…, 2019年我局…; 在2024年,某局…).
        let opening = format!(
            r"(?m)(?:^|。|{})\s*[^\p{{Han}}\p{{N}}\s]{{0,3}}\s*(?:在\s*)?((?:19|20)\d{{2}})\s*年\s*(?:度|以来)?\s*(?:[,，]|[我本全]|\p{{Han}}{{1,12}}?(?:镇|乡|街道|办事处|县|区|市|旗|局|委|办|厅)(?:人民政府|政府)?(?:{}))",
            HEADING_THEN_SPACE,
            crate::unit::UNIT_VERBS
        );
        [
        // (A period of years ends in the report's: 自2003年1月1日起至2008年
        // 12月31日止 in the report of 2008. The 年 may be lost: 20231月1日.)
        // (Or from the day a new unit was set up: 自2024年5月28日起至2024年
        // 12月31日止.)
        r"统计(?:数据)?(?:期限|时限|时间)[^。]{0,6}?((?:19|20)\d{2})\s*(?:年\s*)?(?:1\s*月\s*1\s*日(?:\s*起?\s*(?:至|到)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日\s*起?\s*(?:至|到)\s*(?:19|20)\d{2}\s*年\s*12\s*月\s*31\s*日)",
        r"((?:19|20)\d{2})\s*年\s*(?:度)?[^,，。;；]{0,20}?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)",
        // A line opening with the report's short name (2009年年报根据…).
        r"(?m)^\s*((?:19|20)\d{2})\s*年\s*(?:度)?(?:年报|年度报告)",
        // A year's disclosure work, after the period (巩固2015年政府信息公开
        //工作成果 in a report of 2016).
        // (Not a month's date: 2008年6月起…开展政府信息公开工作 is when the
        // work began.)
        // (现将我局2020年政府信息公开的工作概况…公布: 的 between.)
        r"((?:19|20)\d{2})\s*年\s*(?:度)?(?:[^,，。;；\d月][^,，。;；]{0,19}?)?(?:政府|政务)?信息公开(?:的)?(?:工作)?(?:年度)?(?:情况|工作)",
        // (2021年城中区政务公开工作: a place between.)
        r"((?:19|20)\d{2})\s*年\s*(?:度)?[^,，。;；]{0,8}?(?:政府|政务)公开",
        opening.as_str(),
        // A year's work stated in the body: 2020年度我街办未接到…申请,
        // 2021年市财政局共受理….
        r"((?:19|20)\d{2})\s*年度?[^,，。;；]{0,8}?(?:主动公开|依申请公开|受理|接到|收到)",
        // (Or the unit after a comma: 2022年,我局在某县政府网站主动公开….)
        r"((?:19|20)\d{2})\s*年度?\s*[,，]\s*[我本]\p{Han}{1,2}?[^,，。;；]{0,16}?(?:主动公开|依申请公开|受理|接到|收到)",
        // The period itself: 2020年1月1日至2020年12月31日.
        // (Or to 12月31日 of the same year, not written again.)
        r"((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*[,，]?\s*(?:至|到|—|-)\s*(?:(?:19|20)\d{2}\s*年\s*)?12\s*月\s*31\s*日",
        // The year's work told as what follows (2008年主要工作情况如下).
        r"((?:19|20)\d{2})\s*年度?(?:的)?(?:主要)?工作(?:情况)?(?:报告)?如下",
        // The period with its 年 and 月 lost (201911日至20191231日, a scrape
        // that drops them): its end's year.
        r"(?:19|20)\d{2}\s*1\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-)\s*((?:19|20)\d{2})\s*12\s*31\s*日",
        // The end of the period: 截止2023年12月31日 (截至2010年底).
        r"截[止至]\s*((?:19|20)\d{2})\s*年\s*(?:12\s*月\s*31\s*日|底|末)",
        ]
        .iter()
        .map(|p| crate::compile(p))
        .collect()
    })
}

/// The year of the statistics period `period`, against the report's own
/// name where the two differ.
fn period_year(pats: &[Regex], head: &str, period: i32) -> i32 {
    // The period against the report's own name where the two differ (one
    // of them mistyped, or the name copied forward): the year the account
    // opens with decides for the name; else the period.
    // The patterns read apart below, by their place in `pats`.
    const NAME: usize = 1;
    const OPENING: usize = 5;
    // (The name is read only where the head writes another year: the
    // period's alone is the common case, and the name's pattern opens
    // with no literal to look for.)
    let other_year = head.match_indices('年').any(|(i, _)| {
        let d = head[..i].trim_end().as_bytes();
        d.len() >= 4
            && d[d.len() - 4..].iter().all(u8::is_ascii_digit)
            && std::str::from_utf8(&d[d.len() - 4..])
                .ok()
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| y != period)
    });
    if !other_year {
        return period;
    }
    let name = year_by(&pats[NAME], head);
    if name.is_some_and(|n| n != period) && year_by(&pats[OPENING], head) == name {
        return name.unwrap_or(period);
    }
    period
}

/// The year of the first match of `r` in `head` that names the report's
/// year (not a year of last year's report, of a cited notice, compared
/// with, built on or planned for); None where that match holds no year.
fn year_by(r: &Regex, head: &str) -> Option<i32> {
    for c in r.captures_iter(head) {
        let Some(m) = c.get(0) else { continue };
        // Last year's report published on time is a work item, not this
        // report's name (按时公布2010年…年度报告 in the report of 2011,
        // 按时完成2024年度…年度报告发布 in that of 2025).
        // (Or published as one item of a list of the year's work: 更新了
        // 公开指南,发布2019年…年度报告 in the report of 2020.)
        if regex!(r"(?:按时|及时|按期|如期)(?:公布|发布|完成|编制|报送|上报)$|[,，、;；]\s*(?:并)?(?:公布|发布)(?:了)?$")
            .is_match(&head[..m.start()])
            // Nor one counted among the items disclosed (…部门决算1条,
            // 2024年的信息公开年报1条 in the report of 2025).
            // (The match may end inside the report's name: 某局2021年度
            // 政府信息公开工作年度报告1条, the year's work read first.)
            || regex!(r"^\s*(?:\p{Han}{0,8}?(?:报告|年报))?\s*\d+\s*(?:条|件|篇|份)")
                .is_match(&head[m.end()..])
        {
            continue;
        }
        // A year in the name of a cited notice (《关于2022年度政务公开
        // 第三方评估…》) is not the report's.
        // (《福州市人民政府办公厅关于做好2021年…的通知》: a sender first.)
        if let Some(open) = head[..m.start()].rfind('《') {
            if !head[open..m.start()].contains('》') && head[open..m.start()].contains("关于") {
                continue;
            }
        }
        // Nor a year something was done by already (2011年就成立了…信息公开
        // 工作领导小组, 早在2009年…): a past step, not the year reported.
        if regex!(r"^\s*年\s*(?:就|便|即已|已经|就已)")
            .is_match(&head[c.get(1).map_or(m.end(), |g| g.end())..])
            || head[..m.start()].ends_with("早在")
        {
            continue;
        }
        // A year compared with (较2019年收到的…) is not the report's.
        if ["较", "比", "同比", "与", "相比"]
            .iter()
            .any(|w| head[..m.start()].ends_with(w))
        {
            continue;
        }
        // Nor the year built on (在2012年…工作的基础上 in the report of
        // 2013).
        if head[..m.start()].ends_with('在')
            && first_chars(&head[m.start()..], 40).contains("基础上")
        {
            continue;
        }
        // A year of plans (2015年政府信息公开工作我们将…) is the next one.
        let rest = first_chars(&head[m.end()..], 12);
        let clause = &rest[..rest.find(['。', '\n', ',', '，']).unwrap_or(rest.len())];
        if regex!(r"将|计划|拟|打算|下一步|明年").is_match(clause) {
            continue;
        }
        // (The end of a period where a pattern gives it.)
        let g = c.get(2).or_else(|| c.get(1)).map_or("", |g| g.as_str());
        if let Ok(y) = g.parse::<i32>() {
            if (2000..=2035).contains(&y) {
                return Some(y);
            }
        }
        break;
    }
    None
}

/// Days since 1970-01-01 of a valid calendar date.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> Option<i32> {
    if !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let dim = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d > dim[(m - 1) as usize] {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146097 + doe - 719468) as i32)
}

/// Years after the end of its statistical year within which a report's
/// publish date is believable; a later date (a page re-dated by a portal
/// migration, a typo) is kept but flagged `publish_date_implausible`, and
/// the timeliness summaries leave it out.
pub const PUBLISH_DATE_MAX_YEARS_AFTER: i32 = 3;

/// The last believable publish date of a report on `year`: 31 December of
/// `year` + [`PUBLISH_DATE_MAX_YEARS_AFTER`] (days since 1970-01-01).
pub fn last_plausible_publish_date(year: i32) -> i32 {
    days_from_civil(year + PUBLISH_DATE_MAX_YEARS_AFTER, 12, 31).unwrap_or(i32::MAX)
}

/// Parse a date at the start of `s`: 2018-01-29, 2010年04月16日, 2015/7/27,
/// 二○一四年十一月十九日.
fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim_start_matches(['(', '（', ' ', '•', '·', '|', '【']);
    // Both forms start with a digit: most positions fail here, before a regex.
    let first = s.chars().next()?;
    if !first.is_ascii_digit() && !"〇零一二三四五六七八九".contains(first) {
        return None;
    }
    if let Some(c) = regex!(r"^(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})").captures(s) {
        return Some((c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?));
    }
    let c = regex!(r"^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
        .captures(s)?;
    Some((
        parse_int(&c[1])? as i32,
        parse_int(&c[2])? as u32,
        parse_int(&c[3])? as u32,
    ))
}

/// A date whose year is written in two digits (17-03-08: 2017-03-08), read
/// only as a page field's value.
fn short_year_date(s: &str) -> Option<(i32, u32, u32)> {
    // (Or in words: 发布时间:21年01月29日.)
    let c = regex!(r"^\s*(\d{2})(?:-(\d{1,2})-(\d{1,2})(?:\D|$)|年(\d{1,2})月(\d{1,2})日)")
        .captures(s)?;
    let (m, d) = match (c.get(2), c.get(3)) {
        (Some(m), Some(d)) => (m, d),
        _ => (c.get(4)?, c.get(5)?),
    };
    Some((
        2000 + c[1].parse::<i32>().ok()?,
        m.as_str().parse().ok()?,
        d.as_str().parse().ok()?,
    ))
}

/// A date as the page head writes it (2020-01-20, 2020年1月20日, 2020.1.20).
const DATE: &str = r"\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?";

/// What follows a period's first day (…起至…, …到…, …—…): a date before it
/// dates no page.
const PERIOD_TO: &str = r"\s*(?:起)?\s*(?:至|到|—|－|~|～)";

fn plausible(date: (i32, u32, u32), year: Option<i32>) -> Option<i32> {
    let (y, m, d) = date;
    if !(2000..=2035).contains(&y) {
        return None;
    }
    if let Some(ry) = year {
        if y < ry {
            return None;
        }
    }
    days_from_civil(y, m, d)
}

fn find_publish_date(text: &str, year: Option<i32>, flags: &mut Vec<String>) -> Option<i32> {
    let (field, garbled) = field_date(text, year);
    let found = field
        .or_else(|| head_line_date(text, year))
        .or_else(|| date_after_report_name(text, year))
        .or_else(|| byline_date(text, year))
        .or_else(|| signature_date(text, year));
    if found.is_none() && garbled {
        flags.push("publish_date_garbled".into());
    }
    found
}

/// The date of a page field, and whether a field's value was digits that
/// read as no date.
fn field_date(text: &str, year: Option<i32>) -> (Option<i32>, bool) {
    // 1. An explicit page field (采集时间 and 页面生成时间 are the crawler's,
    // 归档/更新/修改时间 the archive's); a publish field (发布日期) before
    // the others (成文日期 is when it was written). A label may share its
    // cell with another (生成日期/有效期: | 2022-01-29 |). Its value may
    // stand in brackets (发布日期:[2021-01-28]).
    let label = regex!(
        r"(采集|页面生成|统计|办理|答复|归档|更新|修改)?(发布时间|发布日期|公开日期|发文日期|成文日期|生成日期|印发日期|日期|时间)\s*(?:/\s*\p{Han}{2,4}\s*)?[\]】]?\s*[:：]?[\s|]*(?:[\[【]\s*)?"
    );
    // Each field a label opens, not the crawler's or the archive's: (kind,
    // where its value starts).
    fn fields<'t>(
        label: &'static Regex,
        s: &'t str,
    ) -> impl Iterator<Item = (&'t str, usize)> + 't {
        label
            .captures_iter(s)
            .filter(|c| c.get(1).is_none())
            .map(|c| {
                let end = c.get(0).map_or(0, |m| m.end());
                (c.get(2).map_or("", |m| m.as_str()), end)
            })
    }
    let publish_field = |kind: &str| matches!(kind, "发布时间" | "发布日期" | "公开日期");
    // When it was written or made (成文日期, 公文生成日期) comes after any
    // other date field of the head (时间:2013-03-10).
    let written_field = |kind: &str| matches!(kind, "成文日期" | "生成日期" | "印发日期");
    // (Page fields stand in the page head: the first passes read only that.)
    let head: Vec<(&str, usize)> = fields(label, first_chars(text, 3000)).collect();
    let ordered = head
        .iter()
        .filter(|f| publish_field(f.0))
        .chain(head.iter().filter(|f| !written_field(f.0)))
        .map(|f| f.1)
        .chain(fields(label, text).map(|f| f.1));
    let mut garbled = false;
    // (A field whose value is a period, 报告时间:2014年1月1日至12月31日, dates
    // no page.)
    let period = regex!(&format!(r"^\s*{DATE}{PERIOD_TO}"));
    for end in ordered {
        let rest = &text[end..];
        if period.is_match(rest) {
            continue;
        }
        // (A field's value may write its year in two digits: 发布时间:17-03-08.)
        if let Some(d) = parse_date(rest).or_else(|| short_year_date(rest)) {
            if let Some(days) = plausible(d, year) {
                return (Some(days), garbled);
            }
        } else if regex!(r"^\d{5,8}").is_match(rest) {
            garbled = true;
        }
    }
    (None, garbled)
}

/// A date on a line of the page head.
fn head_line_date(text: &str, year: Option<i32>) -> Option<i32> {
    // 2. A bare date line in the page head (• 2020-02-18 10:58, (2024年1月18日),
    // 2012年04月18日17:36 | 来源…), or a date and its source opening a line
    // the text runs on in (2025年01月22日 来源: 某区本年度报告根据…), or a
    // date in brackets opening it ((2017年12月15日) 某乡…办公室 根据…).
    for l in text.lines().take(30) {
        let t = l.trim();
        let timed = regex!(
            r"^[(（•·|【\s]*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?\s*(?:\d{1,2}:\d{2}|来源|[)）])"
        )
        .is_match(t);
        // (Not a period's first day: 2023年1月1日至2023年12月31日,我镇….)
        let period = regex!(&format!(r"^\D{{0,6}}{DATE}\s*[)）]?{PERIOD_TO}"));
        if (t.chars().count() <= 45 || timed) && !period.is_match(t) {
            if let Some(d) = parse_date(t) {
                if let Some(days) = plausible(d, year) {
                    return Some(days);
                }
            }
        }
        // Or the date closing the title's line, in brackets or after a
        // space (…年度报告 (2025.01.13 ), …年度报告 2020-01-22).
        if let Some(c) = regex!(
            r"(?:[(（]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?)\s*[)）]|[ \t\u{3000}]+(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?))$"
        )
        .captures(t)
        .filter(|_| t.chars().count() <= 80 && (t.contains("报告") || t.contains("年报")))
        {
            let date = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
            if let Some(days) = parse_date(date).and_then(|d| plausible(d, year)) {
                return Some(days);
            }
        }
    }
    None
}

/// A date right after the report's name in the page head, where a scrape
/// ran the head's lines on into one (…2018年政府信息公开工作年度报告
/// 2019-03-28 18:26 来源:…; …年度报告 (2024年1月18日) 编制说明…; …工作
/// 报告/全文 2012年04月18日17:36; …年度报告 某街道办事处 2022年01月18日
/// 来源…, its unit between): the date is followed by its time, its source,
/// a closing bracket or a space, and opens no period (2023年1月1日至…).
/// Each name in the head is tried (a breadcrumb may name the column first).
fn date_after_report_name(text: &str, year: Option<i32>) -> Option<i32> {
    let head = first_chars(text, 300);
    let name = regex!(r"(?:信息公开|政务公开)[^。]{0,14}?(?:报告|年报)(?:/全文)?");
    let date = regex!(&format!(
        r"^[ \t\u{{3000}}]*(?:\p{{Han}}{{2,20}}[ \t\u{{3000}}]+)?[(（]?\s*({DATE})\s*(?:\d{{1,2}}:\d{{2}}|[)）]|(?:文章|信息)?来源|[ \t\u{{3000}}])"
    ));
    let period = regex!(&format!("^{PERIOD_TO}"));
    name.find_iter(head).find_map(|m| {
        let c = date.captures(&text[m.end()..])?;
        let after = &text[m.end() + c.get(0)?.end()..];
        if period.is_match(after) {
            return None;
        }
        parse_date(&c[1]).and_then(|d| plausible(d, year))
    })
}

/// A date in the page head's byline.
fn byline_date(text: &str, year: Option<i32>) -> Option<i32> {
    // 3. A byline in the page head: the site or source, then the date
    // (www.gov.cn   2010年04月06日   来源:…; ××门户网站 www.×.gov.cn 2023-01-28).
    for l in text.lines().take(30) {
        let t = l.trim();
        if t.chars().count() > 80
            || !regex!(r"www\.|\.gov\.cn|来源|作者|浏览|点击|字号").is_match(t)
        {
            continue;
        }
        let dates = regex!(r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}");
        if let Some(days) = dates
            .find_iter(t)
            .filter_map(|m| parse_date(m.as_str()))
            .find_map(|d| plausible(d, year))
        {
            return Some(days);
        }
    }
    None
}

/// The signature's date.
fn signature_date(text: &str, year: Option<i32>) -> Option<i32> {
    // 4. The signature date at the end; on a page flattened into long
    // lines, the words after the line's last sentence (…升级改造。 某街道
    // 办事处 二○○九年三月二十日 |).
    let lines: Vec<&str> = text.lines().collect();
    for l in lines.iter().rev().take(25) {
        let mut t = l.trim();
        if t.chars().count() > 40 {
            let Some(i) = t.rfind('。') else { continue };
            t = t[i + '。'.len_utf8()..]
                .trim_end_matches(['|', ' ', '\u{3000}'])
                .trim();
            if t.chars().count() > 40 {
                continue;
            }
        }
        for (i, _) in t.char_indices() {
            let rest = &t[i..];
            if let Some(d) = parse_date(rest) {
                let tail = regex!(r"^[\d〇零一二三四五六七八九十年月日\s/.-]+").replace(rest, "");
                if !tail.trim_matches([')', '）', ' ']).is_empty() {
                    break;
                }
                if let Some(days) = plausible(d, year) {
                    return Some(days);
                }
                break;
            }
        }
    }
    None
}

/// Level of a unit from its name (GOLD_FORMAT `level`).
pub fn level_of_unit(u: &str) -> Option<Level> {
    if let Some(level) = level_of_division(u) {
        return level;
    }
    let g = gazetteer();
    // 某某街办, 某某街道办: a street office cut short, not a department's 办.
    // (A township's 党政办 speaks for the township: 某某街道党政办.)
    let party_office = ["党政办公室", "党政办"]
        .iter()
        .find_map(|o| u.strip_suffix(o))
        .is_some_and(|t| {
            t.ends_with(['镇', '乡']) || t.ends_with("街道") || crate::unit::state_farm(t)
        });
    if u.ends_with("街办") || u.ends_with("街道办") || party_office {
        return Some(Level::Township);
    }
    // A state farm (某农场, 某园艺场, 某林场) stands among townships.
    if crate::unit::state_farm(u) {
        return Some(Level::Township);
    }
    if crate::unit::is_department(u) || crate::gazetteer::is_zone_name(u) {
        return Some(Level::Department);
    }
    if crate::gazetteer::is_township_name(u) {
        return Some(Level::Township);
    }
    if regex!(r"(省|自治区)$").is_match(u) {
        return Some(Level::Province);
    }
    // A management zone named under a county-level place (某市人民政府某某
    // 管理区, not one the gazetteer holds) is below the county.
    if let Some(stem) = u.strip_suffix("管理区") {
        let f = crate::text::fold(stem);
        let under_county = g.mentions(&f).last().is_some_and(|m| {
            m.kind == crate::gazetteer::NameKind::Full
                && m.ids
                    .iter()
                    .all(|&i| g.divisions[i].level == GLevel::County)
        });
        if under_county {
            return Some(Level::Township);
        }
    }
    if regex!(r"(县|旗|区)$").is_match(u) {
        return Some(Level::County);
    }
    if regex!(r"(州|盟|地区)$").is_match(u) {
        return Some(Level::Prefecture);
    }
    if u.ends_with('市') {
        // The last place in the name decides: 长沙市 vs 开平市 vs 上海市.
        let g = gazetteer();
        let last = g
            .mentions(&crate::text::fold(u))
            .last()
            .map(|m| (m.start, m.end));
        let name = last.map_or(u.to_string(), |(s, e)| {
            crate::text::fold(u)[s..e].to_string()
        });
        return match g.level_of_name(&name) {
            Some(GLevel::Province) => Some(Level::Province),
            Some(GLevel::County) => Some(Level::County),
            _ => Some(Level::Prefecture),
        };
    }
    None
}

/// The level of a unit that is a gazetteer division (喀什地区, 岳阳县新墙镇):
/// the division's (Some(None) where its ids have none); None where the
/// unit is no division.
fn level_of_division(u: &str) -> Option<Option<Level>> {
    let g = gazetteer();
    let f = crate::text::fold(u);
    let m = g.unit_mentions(&f).last()?;
    let whole = f.strip_suffix("办事处").unwrap_or(&f);
    if m.end != whole.len() || m.kind != crate::gazetteer::NameKind::Full {
        return None;
    }
    let level = m.ids.iter().map(|&i| g.divisions[i].level).min();
    // A development zone the codes list among counties (长春经济技术
    // 开发区) is run by its committee, a department, as well (not a
    // management area, 屈原管理区, a county's government of its own).
    let zone = crate::gazetteer::is_zone_name(&f[m.start..m.end])
        && m.ids.iter().all(|&i| g.divisions[i].is_zone());
    Some(level.map(|l| match l {
        GLevel::Province => Level::Province,
        GLevel::Prefecture => Level::Prefecture,
        GLevel::County if zone => Level::Department,
        GLevel::County => Level::County,
        // A zone the gazetteer files among townships (亳州高新区) is
        // run by its committee, a department.
        GLevel::Township if crate::gazetteer::is_zone_name(&f) => Level::Department,
        GLevel::Township => Level::Township,
    }))
}

/// Level from how the text refers to itself (我局, 我镇) when no name is given.
fn level_from_self_reference(text: &str) -> Option<Level> {
    // 我/本 + each kind of crate::unit::SELF_KINDS, summed by its level.
    let counts = crate::unit::self_kind_counts(text, false);
    let count = |level: Level| crate::unit::self_said(&counts, |k| k.1 == Some(level));
    let dept = count(Level::Department);
    let town = count(Level::Township);
    let county = count(Level::County);
    let best = dept.max(town).max(county);
    // Said once, only when no other kind is said at all.
    if best == 0 || best == 1 && dept + town + county > 1 {
        return None;
    }
    if dept == best && town < best && county < best {
        Some(Level::Department)
    } else if town == best && dept < best && county < best {
        Some(Level::Township)
    } else if county == best && dept < best && town < best {
        Some(Level::County)
    } else {
        None
    }
}

/// A notice that publishes a year's report, which follows it (关于公布
/// ××市2009年度政府信息公开工作年度报告的通知): the page is that report.
/// Where the words that open an instruction's name (关于做好, 关于开展,
/// 关于加强, 关于转发) start in `s`: a notice's name, never a report's.
fn instruction_at(s: &str) -> Option<usize> {
    regex!(r"关于(?:做好|开展|加强|进一步做好|进一步加强|转发)")
        .find(s)
        .map(|m| m.start())
}

fn publishes_report(s: &str) -> bool {
    regex!(r"关于(?:公布|印发|发布)[^。]{0,40}?(?:19|20)\d{2}\s*年[^。]{0,30}?(?:年度报告|年报)")
        .is_match(s)
}

/// A letter that sends a year's report (关于报送××市2020年度政府信息公开工作
/// 年度报告的函), with the report after it on the page: a line that opens
/// with the name the letter gives it (现将《××市2020年度…年度报告》报来),
/// the excerpt maybe cut inside that line.
fn sends_report_that_follows(title: &str, head: &str) -> bool {
    if !regex!(
        r"关于(?:报送|呈报|上报|报请)[^。]{0,40}?(?:19|20)\d{2}\s*年[^。]{0,30}?(?:年度报告|年报)"
    )
    .is_match(title)
    {
        return false;
    }
    // (Or the report's own name on a line of its own below the letter, as
    // its attachment: 附件: / 某厅2020年政府信息公开工作年度报告.)
    let attached = head.lines().skip(3).map(str::trim).any(|l| {
        let l = l
            .trim_start_matches("附件")
            .trim_start_matches([':', '：', ' ']);
        !l.contains("关于")
            && is_title_line(l)
            && regex!(r"(?:19|20)\d{2}\s*年度?[^。]{0,30}?(?:年度报告|年报)$").is_match(l)
    });
    if attached {
        return true;
    }
    let Some(name) = regex!(r"《([^《》\n]{6,60}?(?:年度报告|年报))》")
        .captures(head)
        .and_then(|c| c.get(1))
    else {
        return false;
    };
    let after = &head[name.end()..];
    let name: Vec<char> = name.as_str().chars().collect();
    let want = name.len().min(12);
    after.lines().map(str::trim).any(|l| {
        !l.contains("关于") && l.chars().zip(&name).take_while(|(a, b)| a == *b).count() >= want
    })
}

/// Common surnames: before 某某 they mask a person (张某某), not a place.
/// (Not 于 or 向, which before 某某 are prepositions: 关于某某….)
const MASKED_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤";

/// A form's blank left to fill ((填写单位)): not one whose writer filled it
/// in and left the instruction ((填写:www.某.gov.cn链接), an address, a
/// number or a code written in it).
fn blank_left(head: &str) -> bool {
    regex!(r"[(（]\s*填写([^()（）]{0,40})")
        .captures_iter(head)
        .any(|c| {
            let filled = c[1]
                .as_bytes()
                .windows(3)
                .any(|w| w.iter().all(u8::is_ascii_alphanumeric));
            !filled
        })
}

/// Not a report of one unit: essay templates with placeholders, notices
/// and rules about compiling the reports, evaluations and summaries of
/// other units' reports, pages that are not about disclosure at all.
/// Is the page head a table of contents (一 评估概况 2 / (一)评估原则 2 /
/// 1.依法评估原则 3 …): of its first 20 lines, two in three a heading and
/// its page number, the numbers never falling and rising at least thrice
/// (a table's rows, 予以公开 3 / 部分公开 0, rise and fall)?
fn table_of_contents(head: &str) -> bool {
    let lines: Vec<&str> = head
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(20)
        .collect();
    let pages: Vec<u32> = lines
        .iter()
        .filter_map(|l| {
            regex!(r"^\S[^。]{1,40}?\p{Han}\s*(\d{1,3})$")
                .captures(l)
                .and_then(|c| c[1].parse().ok())
        })
        .collect();
    lines.len() >= 8
        && pages.len() * 3 >= lines.len() * 2
        && pages.windows(2).all(|w| w[0] <= w[1])
        && pages.windows(2).filter(|w| w[0] < w[1]).count() >= 3
}

/// Whether a head speaks as a report of itself (本报告, 本年度报告) or
/// opens its account under the report's first heading (一、总体情况): a
/// report's account of the guide or catalogue it improved (明确受理机构、
/// …邮政编码; 依据《某街道政务公开标准目录》…公开时限…主体责任) is no guide.
fn speaks_as_report(head: &str) -> bool {
    head.contains("本报告")
        || head.contains("本年度报告")
        || regex!(r"(?m)^\s*一\s*[、.．]\s*(?:政府信息公开|政务公开)?(?:工作)?总体情况\s*$")
            .is_match(head)
}

fn non_report_reason(title: Option<&str>, head: &str) -> Option<&'static str> {
    let opening = first_chars(head, 300);
    masked_or_model(head)
        .or_else(|| foreign_language(head))
        .or_else(|| title.and_then(|t| title_reason(t, head)))
        .or_else(|| dateline_news(opening))
        .or_else(|| {
            let titled = titled_by(title, opening);
            // (What only a page under no report's title can be.)
            let untitled = || {
                untitled_kind(head, opening)
                    .or_else(|| guide_or_rule(head))
                    .or_else(|| guide_page(head, opening))
                    .or_else(|| form_or_sample(opening))
            };
            (!titled)
                .then(untitled)
                .flatten()
                .or_else(|| opening_reason(opening))
                .or_else(|| (!titled).then(|| paper(head)).flatten())
                .or_else(|| part_year(head))
                .or_else(|| addressed_notice(title, head, titled))
                .or_else(|| articles_or_unrelated(title, head))
        })
}

/// A model essay or a form with its blanks, not a unit's report.
fn masked_or_model(head: &str) -> Option<&'static str> {
    // A masked year or placeholder names (20**, 20XX, ××, 某某, XX县, **市) or a
    // form's blanks ((填写…)): literals first, one scan; the two patterns
    // only where their literal is. (One regex of all of them ran its
    // prefilter on every "20" and "(" of the head.)
    // (Not a person's name masked in a report: 申请人张某某; but a place
    // after a word that ends like a surname is one: 浙江某某县.)
    let placeholder = || {
        head.match_indices("某某").any(|(i, w)| {
            let person = head[..i]
                .chars()
                .next_back()
                .is_some_and(|c| MASKED_SURNAMES.contains(c));
            let place = head[i + w.len()..]
                .chars()
                .next()
                .is_some_and(|c| "省市县区旗镇乡村街局委办厅".contains(c));
            !person || place
        })
    };
    let masked = || {
        words!(&["20**", "20XX", "20Xx", "20xX", "20xx", "××"]).is_match(head)
            || placeholder()
            || (head.contains("XX") || head.contains("xx") || head.contains("**"))
                && regex!(r"(?:XX|xx|\*\*)\s?(?:省|县|市|区|镇|乡|局)").is_match(head)
            || head.contains("填写") && blank_left(head)
            // A year left blank where the report names its own (现将 年某区
            // …年度报告予以公布; 统计期限自 年1月1日).
            || regex!(r"(?:现将|统计期限[自从至为]?|截[至止]|自)[ \t\u{3000}]+年").is_match(head)
    };
    // 范文 (a model essay), not the 范文 of 规范文件 or 示范文本; or a
    // summary offered for others to borrow from (…工作总结供借鉴).
    if head.contains("范文") && regex!(r"(?:^|[^规示模防])范文").is_match(head)
        || masked()
        || regex!(r"(?:总结|报告|年报)(?:供借鉴|供参考)").is_match(first_chars(head, 80))
    {
        return Some("essay_template");
    }
    None
}

/// A page in another language.
fn foreign_language(head: &str) -> Option<&'static str> {
    // A page in another language (an English summary under a report's
    // Chinese title): Latin letters outnumber Chinese characters threefold,
    // and the Chinese is no more than a title (a bilingual report gives its
    // Chinese text in full first).
    let (han, latin) = head.chars().fold((0usize, 0usize), |(h, l), c| {
        if c.is_ascii_alphabetic() {
            (h, l + 1)
        } else if crate::unit::is_han(c) {
            (h + 1, l)
        } else {
            (h, l)
        }
    });
    if latin >= 300 && latin > 3 * han && han < 100 {
        return Some("foreign_language");
    }
    None
}

/// What the page's title says it is, where that is no report.
fn title_reason(t: &str, head: &str) -> Option<&'static str> {
    // (A document's file name ends with its extension: …制度.docx.)
    let t = regex!(r"(?i)\.(?:docx?|pdf|wps|txt|xlsx?)$").replace(t.trim(), "");
    let t = t.trim_end_matches(['》', '"', '”', ' ', ')', '）']);
    // A report's full name with a stray ? after it (a character the
    // page's encoding lost) asks nothing.
    let t = t
        .strip_suffix(['?', '？'])
        .filter(|n| n.trim_end().ends_with("报告") || n.trim_end().ends_with("年报"))
        .map_or(t, str::trim_end);
    // A site's name after the report's (…年度报告-某某平台, …年报_某某网)
    // is the page's, not the report's.
    let t = t
        .split(['-', '—', '_', '|'])
        .next()
        .map(str::trim_end)
        .filter(|n| n.ends_with("报告") || n.ends_with("年报"))
        .unwrap_or(t);
    if regex!(r"(通知|意见|办法|方案|函|通报|公告|规定|细则|制度|要点|决定)(\(试行\)|（试行）)?$")
        .is_match(t)
        || (t.contains("关于") && regex!(r"的(通知|通报|意见|函|批复)").is_match(t))
    {
        // 关于公布…年度报告的通知 publishes the report that follows;
        // 关于报送…年度报告的函 sends it, and the page may go on with it.
        if !publishes_report(&format!("{t}\n{}", first_chars(head, 300)))
            && !sends_report_that_follows(t, head)
        {
            return Some("notice");
        }
    }
    // A notice's title cut before its end (…关于做好2013年政府信息公开工):
    // 关于做好/开展/加强 opens an instruction, never a report's name.
    // (Not a report on that work: …关于开展政府信息公开工作年度报告
    // 编制和发布工作情况报告.)
    if instruction_at(t).is_some()
        && !regex!(r"(?:情况|工作)(?:的)?报告$").is_match(t)
        && !publishes_report(&format!("{t}\n{}", first_chars(head, 300)))
        && !sends_report_that_follows(t, head)
    {
        return Some("notice");
    }
    // …; a question (…收费标准是怎样的?) is a page of questions and answers.
    // (…工作总结汇编(20篇): many units' summaries.)
    // (…年度报告公布情况: how many units published theirs; …年度工作
    // 报告说明: a note on them.)
    if regex!(r"评估|测评|考核|排名|评议|汇总|汇编|综述|解读|问答|优秀|评选|出炉|[?？]$|报告(?:的)?(?:公布|发布|编制|报送)情况$|报告(?:的)?说明$")
        .is_match(t)
    {
        return Some("aggregate");
    }
    // News of an event about the reports (召开…年报编制部署会, 培训会;
    // 某省发布2016年政府信息公开工作年度报告).
    // (…政务公开日”活动总结: a summary of the event.)
    if regex!(r"召开|举办|举行|(?:会|会议|培训班?|座谈|活动)(?:总结)?$").is_match(t)
        || !t.contains("关于")
            && regex!(r"^\p{Han}{2,20}?(?:发布|公布)了?(?:19|20)\d{2}\s*年").is_match(t)
            // (某办事处向社会公布2021年度…报告: a report's own opening.)
            && !t.contains("向社会")
        // (Or the report's name quoted, then that it is out:
        // 《某省…2023年政府信息公开工作年度报告》公布.)
        || regex!(r"^《[^《》]{4,60}(?:年度报告|年报)》\s*(?:公布|发布|出炉|亮相)$").is_match(t)
    {
        return Some("news");
    }
    // A column or platform that shows reports (…年度报告展示平台).
    if regex!(r"(?:平台|专栏|栏目|专题|指南|目录)(?:\s|$)").is_match(t) {
        return Some("column");
    }
    None
}

/// News by its dateline or its first line.
fn dateline_news(opening: &str) -> Option<&'static str> {
    // News: a dateline (某某网福州7月6日电, 本报4月9日讯), or a first line
    // telling that a unit published its report (3月31日,某省政府办公厅对外
    // 公布了2018年…年度报告).
    if regex!(r"(?m)^[^\n]{0,20}?\d{1,2}月\d{1,2}日(?:电|讯)").is_match(opening)
        || regex!(r"(?m)^\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[,，]?[^。\n]{0,30}?(?:对外)?(?:发布|公布)了?[^。\n]{0,20}?(?:19|20)\d{2}\s*年[^。\n]{0,20}?年度报告").is_match(opening)
    {
        return Some("news");
    }
    None
}

/// Whether the page shows a report's title or speaks as a report.
fn titled_by(title: Option<&str>, opening: &str) -> bool {
    // The page of a guide or catalogue: its name alone on a first line
    // (not a menu's 信息公开目录 above a report's title).
    // (Or the page opens by naming itself a report and its author, as a
    // title would: 本报告是根据…由某委编制的2008年度政府信息公开年度报告 —
    // not 本报告所列数据…, which a notice quotes. Its account may then say
    // that the unit compiled its guide, 编制了《…政府信息公开指南》.)
    // (Or publishes itself: 特向社会公开2012年度…年度报告, 现将某局2018年…
    // 年度报告如下, 现将2008年度政府信息公开工作情况报告如下, 现将某局2013
    // 年度政府信息公开工作报告公布如下, 现将我局2021年度政府信息公开工作
    // 予以报告 — not a notice's 现将…年度报告编制工作有关事项通知如下.)
    // (Or names its sources and then its author: 本年报以《…条例》…为依据,由某县
    // 人民政府办公室编制.)
    // (Or tells where its electronic copy is and whom to ask about it, the
    // early form's own sentences: 本年报的电子版可在…查询, 如对本报告有任何
    // 疑问.)
    let titled = title.is_some_and(is_title_line)
        || regex!(r"本(?:年度)?(?:报告|年报)(?:的)?电子版|如对本(?:年度)?(?:报告|年报)有(?:任何)?疑问|本(?:年度)?(?:报告|年报)(?:是|由)|本(?:年度)?(?:报告|年报)(?:以|根据|依据)[^。\n]{0,160}?[,，]\s*由[^。\n,，]{2,30}?编制|编制本(?:年度)?(?:报告|年报)|编制本(?:单位|机关|部门)(?:19|20)\d{2}\s*年度?[^。\n]{0,12}?(?:报告|年报)|特向社会(?:公开|公布|发布)[^。\n]{0,40}?(?:年度报告|年报)|现将[^。\n]{0,40}?(?:年度报告|年报)(?:全文)?(?:予以)?(?:公布|发布)?如下|现将[^。\n]{0,40}?(?:信息公开|政务公开)工作(?:情况)?报告(?:全文)?(?:予以)?(?:公布|发布)?如下|现将[^。\n]{0,40}?(?:信息公开|政务公开)工作(?:情况)?予以报告")
            .is_match(opening);
    titled
}

/// A notice, an evaluation, an account of a report or a guide's page,
/// under no report's title.
fn untitled_kind(head: &str, opening: &str) -> Option<&'static str> {
    // Or a notice's name in a line of the page head, under no report's
    // title (当前位置:…>某办关于做好2013年政府信息公开工, cut).
    // (The line's own name, not a document it cites in a sentence:
    // …及时。根据《关于做好政府….)
    let notice_line = |l: &str| {
        l.chars().count() <= 60
            && instruction_at(l).is_some_and(|i| {
                let before = &l[..i];
                before.chars().count() <= 30 && !before.contains(['。', '《', '“'])
            })
            && !publishes_report(l)
    };
    if head.lines().take(6).map(str::trim).any(notice_line) {
        return Some("notice");
    }
    // An evaluation of units' disclosure (…进行了第三方评估; 一、评估概况,
    // (一)评估对象; 本次评估的依据…), under no report's title.
    if regex!(r"(?m)本次评估|^\s*(?:[一二三四五六七八九十]{1,2}\s*、|[(（][一二三四五六七八九十]{1,2}[)）])\s*评估(?:概况|对象|依据|方法|指标|结果)\s*$")
            .is_match(head)
    {
        return Some("aggregate");
    }
    // A page that tells what a report says (某镇2015年度信息公开工作报告显示,
    // 该镇…): an account of it, under no report's title.
    if regex!(r"(?:年度报告|工作报告|年报)(?:中)?显示").is_match(opening) {
        return Some("news");
    }
    if head
            .lines()
            .take(6)
            .map(str::trim)
            // (Less a bracket after it: …指南(2023年4月修订).)
            .map(|l| {
                regex!(r"\s*[(（][^()（）]{0,20}[)）]$")
                    .find(l)
                    .map_or(l, |m| &l[..m.start()])
            })
            .filter(|l| l.ends_with("指南") || l.ends_with("目录") || l.ends_with("须知"))
            .any(|l| {
                // The unit may carry a bracketed alias: ××市人民政府(市政府办公室)信息公开指南.
                // (主动公开事项目录: a catalogue of what is disclosed.)
                // (A year in it: 某某高新区2024年政府信息公开指南.)
                // (The basic catalogue of what is disclosed proactively:
                // 某镇政府信息主动公开基本目录.)
                regex!(r"^[\p{Han}\d()（）]{0,40}?(?:(?:(?:政府|政务)?信息(?:主动)?公开|依申请公开|主动公开事项|公开事项)(?:基本|标准)?(?:指南|目录)|申请须知)$")
                    .is_match(l)
            })
    {
        return Some("column");
    }
    None
}

/// A guide or a rule that names itself so, under no report's title.
fn guide_or_rule(head: &str) -> Option<&'static str> {
    // A guide that calls itself so (制定本指南, 修订本指南, 编制《…指南》(以下
    // 简称《指南》), 我们编制了“××信息公开指南”) under no report's title.
    // (制定本公开指南; 制定本《指南》.)
    if regex!(r"本《?(?:政府信息公开|信息公开|公开)?指南").is_match(head)
        // (Not a guide to writing the reports: 《…年度报告编制指南》(以下简称
        // 《指南》).)
        || regex!(r"《([^《》]{0,40})》\s*[(（]以下简称《指南》")
            .captures(head)
            .is_some_and(|c| !c[1].contains("报告"))
        || regex!(r#"编制了?[“《"][^”》"]{0,30}指南[”》"]"#).is_match(head)
    {
        return Some("column");
    }
    // A rule of the unit's own that says so (…,制定本制度; 特制定本办法).
    if regex!(r"(?:制定|制订|修订|印发)本(?:制度|办法|规定|细则|规则)").is_match(head)
    {
        return Some("regulation");
    }
    // Or a rule's name on a line of its own in the page head, under no
    // report's title (某省政府信息公开目录编制规范, 某局依申请公开办理制度;
    // or its first article run into it: 乡镇政府信息主动公开制度一、…).
    let rule_name = regex!(
        r"^[\p{Han}()（）]{2,30}?(?:政府信息公开|政务公开|信息公开|依申请公开|信息主动公开)\p{Han}{0,10}?(?:规范|办法|规定|细则|规则|制度)(?:$|一\s*[、.．])"
    );
    if head.lines().take(8).map(str::trim).any(|l| {
        let name = rule_name.find(l);
        name.is_some_and(|m| m.end() == l.len() && l.chars().count() <= 40 || m.end() < l.len())
    }) {
        return Some("regulation");
    }
    None
}

/// How to apply (怎样提出申请), a guide's or a catalogue's parts: no
/// report's title above them.
fn guide_page(head: &str, opening: &str) -> Option<&'static str> {
    if regex!(r"(?:怎样|如何)提出申请").is_match(opening) {
        return Some("column");
    }
    if table_of_contents(head) {
        return Some("column");
    }
    // Or a guide's own headings, three of them, each a line of its own
    // ((一)公开范围 / (二)公开形式 / (三)公开时限).
    let guide_heading = |l: &str| {
        regex!(r"^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*(?:公开范围|公开形式|公开方式|公开时限|受理机构|申请方式|申请程序|办理时限|收费标准|监督方式)\s*$")
            .is_match(l)
    };
    if head
        .lines()
        .map(str::trim)
        .filter(|l| guide_heading(l))
        .count()
        >= 3
    {
        return Some("column");
    }
    // Or a guide's parts on how to apply: who receives applications,
    // the steps, the form, the hours, the time limits, the answer on
    // the spot, where to write, the catalogue's data items (three of
    // them in its head, which never speaks of 本报告).
    let how_to_apply: [&[&str]; 8] = [
        &["受理机构"],
        &["申请步骤", "申请程序", "申请流程", "申请方式"],
        &["申请表"],
        &["受理时间"],
        &["办理时限", "答复时限"],
        &["当场答复", "当场予以答复"],
        &["邮政编码", "通信地址", "通讯地址"],
        &["数据项"],
    ];
    if how_to_apply
        .iter()
        .filter(|ws| ws.iter().any(|w| head.contains(w)))
        .count()
        >= 3
        && !speaks_as_report(head)
    {
        return Some("column");
    }
    // Or a catalogue of what is disclosed: its columns (一级目录, 公开
    // 内容, 公开时限, 公开主体, 责任单位), three of them in its head.
    // (Or three of them as one header row, the word 目录 left out:
    // 信息类别 | 内容描述 | 责任主体 | 公开方式 | 公开时限.)
    let catalogue_columns = [
        &["一级目录", "二级目录"][..],
        &["公开内容", "内容描述"],
        &["公开时限"],
        &["公开主体", "责任主体", "责任单位", "公开责任"],
        &["公开形式", "公开方式"],
    ];
    let columns_in = |s: &str| {
        catalogue_columns
            .iter()
            .filter(|ws| ws.iter().any(|w| s.contains(w)))
            .count()
    };
    let header_row = || {
        head.lines()
            .any(|l| l.chars().count() <= 80 && !l.contains('。') && columns_in(l) >= 3)
    };
    // (Three of them in the head first: one cheap pass before its
    // lines are read.)
    if columns_in(head) >= 3 && (head.contains("目录") || header_row()) && !speaks_as_report(head)
    {
        return Some("column");
    }
    None
}

/// A blank statistical form (填报人, 单位盖章, 报出日期), a plan's task
/// list, advice on writing (以下是一些基本的撰写指南): no report's title
/// above them.
fn form_or_sample(opening: &str) -> Option<&'static str> {
    let form = ["填报人", "单位盖章", "报出日期", "单位负责人:"]
        .iter()
        .filter(|w| opening.replace(' ', "").contains(*w))
        .count();
    if form >= 2 {
        return Some("form");
    }
    // A plan's task list: its table header (工作任务 | 具体要求 | 责任
    // 科室 | 时限要求).
    // (A header's cell, not a sentence that speaks of tasks, the units
    // leading them and their time limits.)
    let plan = opening
        .lines()
        .any(|l| l.contains("工作任务") && l.chars().count() <= 30 && !l.contains('。'))
        && regex!(r"责任(?:科室|单位|部门)|牵头(?:单位|科室|部门)").is_match(opening)
        && regex!(r"时限|完成时间").is_match(opening);
    if plan {
        return Some("notice");
    }
    // (Or a sample offered to adapt: 以下是一篇关于《…报告》的文章示例,你
    // 可以根据实际情况进行修改.)
    if regex!(r"以下是[^。\n]{0,20}?(?:指南|步骤|要点|建议|方法)|以下是[^。\n]{0,60}?(?:示例|范例|样例|模板|范本)|(?:你|您)可以根据(?:实际|自身|具体)情况(?:进行)?(?:修改|调整|补充)").is_match(opening)
    {
        return Some("essay_template");
    }
    None
}

/// A shared file, an issuing notice, a survey, news or an interpretation,
/// by the page's opening.
fn opening_reason(opening: &str) -> Option<&'static str> {
    // A file shared on a document site (《….docx》由会员分享,可在线阅读):
    // a model or a copy of unknown origin, not a unit's published report.
    // (Its name in brackets without the extension: 《…工作汇报》由会员分享.)
    if regex!(
        r"(?i)\.(?:docx?|pdf|wps|pptx?)》?\s*由[^。\n]{0,6}分享|》\s*由(?:会员|用户|网友)分享"
    )
    .is_match(opening)
    {
        return Some("essay_template");
    }
    // A notice that issues a document to those it addresses (…方案》已经
    // 省人民政府同意,现印发给你们,请认真贯彻执行).
    // (Not one that issues the report below it: 现将…年度报告印发给你们.)
    if regex!(r"(?:印发|转发|下发)给你们").is_match(opening)
        && !publishes_report(opening)
        && !opening.contains("年度报告印发")
    {
        return Some("notice");
    }
    // A survey of the public on the year's disclosure (广大网民朋友: …
    // 请您…填答问卷).
    if regex!(r"(?:填答|填写|参与|完成)(?:本|此|以下)?(?:调查)?问卷").is_match(opening)
    {
        return Some("aggregate");
    }
    // News about a report: 某委日前发布2016年度…工作报告。报告显示….
    // (日前,某省人民政府正式向社会发布….)
    if regex!(r"(?:日前|近日|近期|昨日|今天|今日)[,，]?[^。\n]{0,20}?(?:发布|公布)了?[^。\n]{0,30}?(?:年度报告|工作报告|年报)").is_match(opening)
        && opening.contains("报告显示")
    {
        return Some("news");
    }
    // News of a notice just issued (近日,某部办公厅印发《关于…的通知》。
    // 《通知》指出…).
    if regex!(r"(?:日前|近日|近期)[,，]?[^。\n]{0,20}?印发(?:了)?《[^《》]{4,80}通知》")
        .is_match(opening)
        && opening.contains("《通知》")
    {
        return Some("news");
    }
    // An interpretation of a report (《…年度报告》已经编制完成…, 现就年报
    // 内容进行如下解读), as its title would say (…解读).
    if regex!(r"(?:进行|作)(?:如下|以下)解读|解读如下").is_match(opening) {
        return Some("aggregate");
    }
    None
}

/// A paper about the reports.
fn paper(head: &str) -> Option<&'static str> {
    // A paper about the reports (摘要 … 本文通过…), under no report's title
    // (a report may call itself 本文 on a page whose fields have 关键词);
    // or one with both an abstract and keywords ([摘  要] …, 关键词:…).
    let has_field = |w: &str| head.lines().any(|l| paper_field(l) == Some(w));
    if head.contains("本文") && regex!(r"(?m)^\s*(?:摘\s*要|关键词)").is_match(head)
        || has_field("摘要") && has_field("关键词")
    {
        return Some("aggregate");
    }
    None
}

/// A review of part of a year.
fn part_year(head: &str) -> Option<&'static str> {
    // A title line for part of a year (2022年上半年政府信息公开数据统计).
    let part_year = head.lines().take(8).map(str::trim).any(|l| {
        l.chars().count() <= 40
            && (l.contains("信息公开") || l.contains("政务公开"))
            && regex!(r"上半年|下半年|第[一二三四]季度|[一二三四]季度").is_match(l)
    });
    // Or the page opens with such a title, the text run on after it
    // (2020年四季度政务公开工作自查报告某局2020年12月31日一、…).
    let first_line = head
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let opening_title: String = first_line
        .chars()
        .take_while(|&c| c != '。')
        .take(24)
        .collect();
    // Or the account under the page's first heading opens with part of a
    // year (一、总体情况 / 2025年一季度,全县各部门…): a quarter's review.
    let mut lines = head.lines().map(str::trim).filter(|l| !l.is_empty());
    let part_account = lines
        .next()
        .is_some_and(|l| regex!(r"^一\s*[、.．]").is_match(l))
        && lines.next().is_some_and(|l| {
            regex!(r"^(?:19|20)\d{2}\s*年(?:上半年|下半年|前三季度|第?[一二三四]季度)[,，]")
                .is_match(l)
        });
    if part_year
        || part_account
        || regex!(r"^(?:(?:19|20)\d{2}年)?(?:上半年|下半年|第?[一二三四]季度)\p{Han}{0,6}?(?:信息公开|政务公开)")
            .is_match(&opening_title)
        // (某镇 2018 年第一季度政务公开工作总结…: the unit first.)
        || regex!(r"(?:19|20)\d{2}\s*年\s*(?:上半年|下半年|第?[一二三四]季度)\p{Han}{0,6}?(?:信息公开|政务公开)")
            .is_match(&opening_title)
    {
        return Some("part_year");
    }
    None
}

/// A notice addressed to those it is sent to.
fn addressed_notice(title: Option<&str>, head: &str, titled: bool) -> Option<&'static str> {
    // A notice opens with whom it is sent to (各省、自治区…办公厅：) — unless
    // it publishes the report that follows (关于公布…年度报告的通知).
    // (Or names them after other words: 局机关各科(室)、局属事业单位：.)
    // (Read line by line, and only lines that end with a colon: over the
    // whole opening the pattern's bounded gaps make its automaton slow.)
    // (Nor the cover letter of a report whose name is the page's title:
    // 某市2011年…年度报告 above 各县(市、区)人民政府:…编制形成了….)
    let report_titled = titled
        && title.is_some_and(|t| {
            !t.contains("关于")
                && regex!(r"(?:19|20)\d{2}\s*年度?[^年]{0,30}?(?:年度报告|年报)$")
                    .is_match(t.trim())
        });
    if !publishes_report(first_chars(head, 300))
        && !report_titled
        && first_chars(head, 600)
            .lines()
            .filter(|l| l.trim_end().ends_with([':', '：']))
            .any(|l| {
                // (A list of them ending with a place or office: 区政府各委、
                // 办、局,各街道、某镇:.)
                regex!(r"^\s*(?:各[^。\n]{1,80}|[^。\n:：]{0,30}各[^。\n:：]{0,50}(?:单位|部门|科室|处室|机构)|[^。\n:：]{0,30}各[^。\n:：]{0,50}[、,，][^。\n:：]{0,50}(?:局|委|办|街道|镇|乡|政府|办公室|办公厅))[:：]\s*$")
                    .is_match(l)
            })
    {
        return Some("notice");
    }
    None
}

/// A rule's articles, or a page about something else than disclosure.
fn articles_or_unrelated(title: Option<&str>, head: &str) -> Option<&'static str> {
    // A rule's articles at line starts, each followed by its text
    // (`第一条 为了…`; a report's table rows say 第二十条第(一)项).
    // (Each line read alone: one scan of the head per line start is cheap,
    // a multi-line pattern over the whole head is not.)
    let articles = head
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with('第'))
        // (第二十条  第(一)项, the form's row, is no article.)
        .filter(|l| {
            regex!(r"^第[一二三四五六七八九十]{1,3}条[ \t\u{3000}]+(?:[^第 \t\u{3000}]|$)")
                .is_match(l)
        })
        .count();
    if articles >= 2 {
        return Some("regulation");
    }
    let about_disclosure = |s: &str| {
        ["信息公开", "政务公开", "主动公开", "依申请公开"]
            .iter()
            .any(|w| s.contains(w))
    };
    if !about_disclosure(head) && !title.is_some_and(about_disclosure) {
        return Some("unrelated");
    }
    None
}

/// What a report of one unit shows of itself: a report title, the standard
/// section headings (two of them), or the sentences about itself (本报告,
/// 统计期限, 报告如下).
fn looks_like_report(title: Option<&str>, head: &str) -> bool {
    if title.is_some_and(is_title_line) {
        return true;
    }
    // Two section headings of either layout, or the words they are made of
    // when an excerpt cuts them (主动公开情况, 依申请公开, 行政复议).
    let words = ["主动公开情况", "依申请公开", "行政复议", "存在的主要问题"];
    let mut headings: Vec<&str> = template::NARRATIVE_HEADINGS
        .iter()
        .chain(template::STANDARD_HEADINGS)
        .chain(&words)
        .copied()
        .collect();
    headings.sort_unstable();
    headings.dedup();
    // A unit speaking of its own disclosure work (我局…主动公开), as an
    // excerpt that starts below the title does.
    // (Not the regulations' words on every office, which any page may
    // quote: the 条例's article on the yearly report has each office
    // publish 本机关的政府信息公开工作年度报告 (年报 for short).)
    let own_work = regex!(r"[我本](?:局|镇|乡|县|区|市|委|办|厅|街道|单位|机关)")
        .find_iter(head)
        .any(|m| !head[m.end()..].starts_with("的政府信息公开工作年"))
        && (head.contains("主动公开") || head.contains("依申请公开"));
    // The form's own table header (本年制发件数 | 本年废止件数 …): a page
    // of the report's tables.
    let form = template::MARKERS_2019
        .iter()
        .chain(template::MARKERS_2021)
        .filter(|m| head.contains(*m))
        .count()
        >= 2;
    // One heading numbered on a line of its own (二、主动公开政府信息的情况),
    // as an excerpt that starts below the title and is cut after it shows.
    // Or the account of the year's disclosure work the report opens with
    // (一、政府信息公开总体工作情况, 一、政务公开工作基本情况).
    let numbered = head.lines().map(str::trim).any(|l| {
        l.strip_prefix(['一', '二', '三', '四', '五', '六', '七', '八'])
            .and_then(|r| r.strip_prefix(['、', '.', '．']))
            .is_some_and(|r| {
                let r = r.trim();
                headings.contains(&r)
                    || regex!(r"^\p{Han}{0,6}(?:政府信息公开|政务公开)\p{Han}{0,4}(?:工作情况|总体情况|基本情况|情况概述)$")
                        .is_match(r)
            })
    });
    // Or the year's count of what the unit disclosed, told as its own
    // account (2009年,某部主动公开政府信息1192条。其中…), as an excerpt
    // that starts inside the report shows.
    // (A pass over the head: read last, where nothing cheaper told.)
    let year_count = || {
        regex!(
            r"(?m)(?:^|。)\s*(?:19|20)\d{2}\s*年度?[,，]?\s*\p{Han}{2,20}?主动公开(?:政府信息|信息)\d+\s*条"
        )
        .is_match(head)
    };
    headings.iter().filter(|h| head.contains(*h)).count() >= 2
        || numbered
        || own_work
        || form
        // (Or the year's disclosure work told up as a report:
        // 现将我厅2017年政府信息公开工作情况汇报如下; 现将我局2021年度政府信息
        // 公开工作予以报告.)
        || regex!(r"本(?:年度)?(?:报告|年报)|统计(?:期限|时限|时间)|报告如下|信息公开工作情况汇报如下|公开工作(?:情况)?予以报告|工作年度报告|公开工作报告|公开工作总结")
            .is_match(head)
        || year_count()
}
pub fn extract_meta(doc: &Doc) -> Meta {
    let text = doc.norm.text.as_str();
    let mut flags = Vec::new();
    let title = find_title(doc);
    // The normalised view holds no pinyin readings (報(bào)告): see text.rs.
    let head = first_chars(text, 3000);
    let reason = non_report_reason(title.as_deref(), first_chars(head, 1500));
    let is_annual_report = reason.is_none() && looks_like_report(title.as_deref(), head);
    if let Some(r) = reason {
        flags.push(format!("not_report_{r}"));
    }
    // A title that opens with a bare year (2009上海市…, in addresses) reads as 2009年.
    let read_title = title.as_deref().map(|t| {
        regex!(r"^(\s*(?:19|20)\d{2})(\p{Han})")
            .replace(t, |c: &regex::Captures| {
                if &c[2] == "年" {
                    c[0].to_string()
                } else {
                    format!("{}年{}", &c[1], &c[2])
                }
            })
            .into_owned()
    });
    // (Else the folder of yearly reports the address names, where no year
    // is masked.)
    let mut year = find_year(read_title.as_deref(), text, &mut flags);
    if year.is_none() && !flags.iter().any(|f| f == "year_masked") {
        year = doc.url.as_deref().and_then(crate::url::report_year);
        if year.is_some() {
            flags.push("year_from_url".into());
        }
    }
    let publish_date = find_publish_date(text, year, &mut flags);
    match (publish_date, year) {
        (None, _) => flags.push("publish_date_missing".into()),
        (Some(d), Some(y)) if d > last_plausible_publish_date(y) => {
            flags.push("publish_date_implausible".into())
        }
        _ => {}
    }
    let unit_name = crate::unit::find_unit(read_title.as_deref(), head, text)
        .filter(|u| u.chars().count() >= 2 && !u.contains("通知"));
    let level = unit_name
        .as_deref()
        .and_then(level_of_unit)
        .or_else(|| level_from_self_reference(text));
    if unit_name.is_none() {
        flags.push("unit_unnamed".into());
    }
    Meta {
        title,
        is_annual_report,
        year,
        publish_date,
        unit_name,
        level,
        flags,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Meta {
        extract_meta(&Doc::new("t", text.to_string(), None))
    }

    #[test]
    fn samples_445_to_450() {
        // 自 (since) before 政府信息公开 is no unit's name.
        let t = "下面是2031年度本级政府信息公开工作年度报告。\n一、概述\n自政府信息公开工作开展以来,我镇做了以下工作。";
        assert_eq!(meta(t).unit_name, None);
        // A catalogue's header row, the word 目录 left out: no report.
        let t = "事项类别 | 内容描述 | 责任主体 | 公开方式 | 公开时限 |\n机构职能 | 本局内设科室及职责 | 办公室 | 县政府网站本局栏目 | 20个工作日内 |\n依申请公开 | 本局受理申请的方式 | 办公室 | 网站 | 即时 |";
        assert!(!meta(t).is_annual_report);
        // A school's report names the school, a department.
        let m = meta(
            "某县第三实验小学2031年度信息公开工作年度报告\n一、概述\n2031年,我校认真做好信息公开。",
        );
        assert_eq!(m.unit_name.as_deref(), Some("某县第三实验小学"));
        assert_eq!(m.level, Some(Level::Department));
    }

    #[test]
    fn samples_481_to_482() {
        // A township's basic catalogue of what it discloses proactively,
        // under no report's title: no report.
        let t = "某县某乡政府信息主动公开基本目录\n为做好公开工作,结合本乡实际,制定本目录。\n一、机构职能\n";
        assert!(!meta(t).is_annual_report);
    }

    #[test]
    fn samples_477_to_478() {
        // A unit set up in the year: its period runs from that day to the
        // year's end, and names the year; a plan for the next is no year.
        let m = meta("因本街道办事处于2031年6月1日成立,故本报告所列数据的统计期限自2031年6月1日起至2031年12月31日止。\n一、总体情况\n2032年,街道将进一步做好公开工作。");
        assert_eq!(m.year, Some(2031));
    }

    #[test]
    fn samples_471_to_472() {
        // A menu row whose only report item is the menu's column is no
        // title; the report's own title below it is.
        let m = meta("首  页 政务公开指南 公开目录 政府信息公开年度报告 依申请公开 联系我们\n当前位置:首页\n某县人民政府2031年政府信息公开工作年度报告\n一、总体情况\n2031年,我县主动公开信息20条。");
        assert_eq!(
            m.title.as_deref(),
            Some("某县人民政府2031年政府信息公开工作年度报告")
        );
        assert!(m.is_annual_report);
        // A unit's name on a line of its own above its bare title, spaced
        // apart, is still a title.
        assert!(is_title_line("某市某局 政府信息公开工作年度报告"));
    }

    #[test]
    fn samples_461_to_462() {
        // A state farm's report: the farm, at township level.
        let m =
            meta("红星农场2031年政府信息公开工作年度报告\n一、总体情况\n本场主动公开信息20条。");
        assert_eq!(m.unit_name.as_deref(), Some("红星农场"));
        assert_eq!(m.level, Some(Level::Township));
        // A page field's year in two digits, in words.
        let m = meta("某局政府信息公开工作年度报告(2030年度)\n发布时间:31年01月29日 信息来源:某局\n一、总体情况\n本局主动公开信息20条。");
        assert!(m.publish_date.is_some(), "{:?}", m.flags);
    }

    #[test]
    fn samples_423_to_426() {
        // A title broken inside the report's name, at any word of it.
        let m =
            meta("某县人民政府办公室2031年政府信息\n公开年度报告\n(2032年1月20日)\n一、总体情况");
        assert_eq!(m.unit_name.as_deref(), Some("某县人民政府办公室"));
        assert_eq!(m.year, Some(2031));
        let m = meta("某市某局2031年度政府\n信息公开工作年度报告\n一、总体情况");
        assert_eq!(m.unit_name.as_deref(), Some("某市某局"));
        // Not a sentence broken there, nor a menu's items on two lines.
        let m = meta("首页\n现将我局2031年政府信息\n公开年度报告如下。\n一、总体情况");
        assert_eq!(m.title, None);
        let m = meta("首页\n政府信息\n公开年报\n一、总体情况");
        assert_eq!(m.title, None);
        // A report that speaks of its catalogue's columns (公开内容, 公开时限,
        // 主体责任) is no catalogue.
        let t = "本年度报告根据《条例》编制。\n一、总体情况\n(一)主动公开情况\n按照公开时限要求,及时公开文件、其他法定主动公开内容。\n(三)政府信息管理情况\n压实信息公开主体责任。依据《某街道政务公开标准目录》动态更新。";
        assert!(meta(t).is_annual_report, "{:?}", meta(t).flags);
        let t = "某街道政务公开标准目录\n公开内容 公开时限 公开主体 公开方式\n财政预决算 20个工作日内 街道办事处 网站";
        assert!(!meta(t).is_annual_report);
        // A department defined as the one in charge of its work, in the
        // account's first sentence, with no title above.
        let m = meta("一、总体情况\n江山市卫生健康委员会是市人民政府主管卫生健康工作的部门。2031年,我委积极组织公开工作。");
        assert_eq!(m.unit_name.as_deref(), Some("江山市卫生健康委员会"));
        // Commentary on everyone's reports that quotes the regulations
        // (公布本机关的政府信息公开工作年报) speaks of no work of its own.
        let t = "发挥年报作用,助推工作\n\n条例要求行政机关年年公布本机关的政府信息公开工作年报,今年的年报又有新气象。\n\n首先,推动措施更加有力,主动公开更加及时,依申请公开更加规范。";
        assert!(!meta(t).is_annual_report, "{:?}", meta(t).flags);
        // An office that compiles the report and speaks of itself as 我办:
        // its own report, not its government's.
        let t = "依照条例,江山市人民政府办公室编制了本报告。\n一、总体情况\n本年度我办共收到依申请公开政府信息8件,我办均按时答复。";
        let m = meta(t);
        assert_eq!(m.unit_name.as_deref(), Some("江山市人民政府办公室"));
        assert_eq!(m.level, Some(Level::Department));
        // Speaking as the place, it compiles its government's.
        let t = "依照条例,江山市人民政府办公室编制了本报告。\n一、总体情况\n本年度我市共收到依申请公开政府信息8件,我办均按时答复。";
        assert_eq!(meta(t).unit_name.as_deref(), Some("江山市"));
        // The account's subject after the year, the law's lead before the
        // year.
        let m = meta("一、总体情况\n根据条例规定和省、市、县工作要求,2031年县地方志办在领导小组的正确指导下,全面做好公开工作。");
        assert_eq!(m.unit_name.as_deref(), Some("县地方志办"));
        // A zone the gazetteer files among townships reports as a
        // department.
        let m = meta("亳州高新区2031年政府信息公开工作年度报告\n一、总体情况");
        assert_eq!(m.level, Some(Level::Department));
        // A unit on the line under a bare title, a bracketed alias inside
        // its name: named with it.
        let m = meta("2031年政府信息公开工作年度报告\n某某经开区(某江)管委会\n \n一、总体情况");
        assert_eq!(m.unit_name.as_deref(), Some("某某经开区(某江)管委会"));
    }

    #[test]
    fn samples_377_to_380() {
        // A period to 12月31日 of its own year, not written again.
        let m = meta("一、总体情况\n报告涵盖2031年1月1日至12月31日期间本镇政府信息公开工作情况。");
        assert_eq!(m.year, Some(2031));
        // The year's work told as what follows.
        let m = meta("条例实施以来,我局认真做好公开工作。2009年主要工作情况如下。\n一、基础工作");
        assert_eq!(m.year, Some(2009));
    }

    #[test]
    fn samples_365_to_376() {
        // The period's 年 lost before 1月1日.
        let m = meta("一、总体情况\n本报告数据的统计期限:20241月1日至12月31日。\n我局做好公开。");
        assert_eq!(m.year, Some(2024));
        // The account opening 在2024年, with its subject.
        let m = meta("一、总体情况\n在2024年,某某市统计局坚决贯彻上级部署。\n(一)主动公开");
        assert_eq!(m.year, Some(2024));
        assert_eq!(m.unit_name.as_deref(), Some("某某市统计局"));
        // A note on the reports is none of them.
        let m = meta("某某局信息公开年度工作报告说明\n\n政府信息公开工作年度报告,是条例确立的法定制度。本局自今年成立以来认真做好政府信息公开各项工作。");
        assert!(!m.is_annual_report);
    }

    #[test]
    fn another_language_a_report_that_publishes_itself_and_news_of_a_notice() {
        let english = "The report outlines how the bureau disclosed government information during the year, covering voluntary disclosure, disclosure upon request, reviews and lawsuits. ".repeat(3);
        let m = meta(&format!(
            "某省某厅2017年政府信息公开工作年度报告\n{english}"
        ));
        assert!(!m.is_annual_report);
        assert!(m.flags.iter().any(|f| f == "not_report_foreign_language"));
        // A bilingual report gives its Chinese text first, in full.
        let chinese = "本报告根据条例编制,全文包括概述、主动公开政府信息情况、依申请公开情况、复议诉讼情况和存在的问题。".repeat(3);
        assert!(meta(&format!("{chinese}\n{english}")).is_annual_report);
        // A report that publishes itself, though it names the guide it made.
        let t = "我乡根据条例规定,特向社会公开2012年度政府信息公开年度报告。\n一、概述\n认真编制《乡人民政府信息公开指南》,并在网站公开。";
        assert!(meta(t).is_annual_report);
        // News of a notice just issued about the reports.
        let t = "教育新闻\n近日,某部办公厅印发《关于做好信息公开年度报告工作的通知》。《通知》指出,年度报告应于月底前在网站向社会公布,依申请公开情况应写明。";
        assert!(!meta(t).is_annual_report);
    }

    #[test]
    fn a_report_given_below_and_an_account_of_one() {
        // A page with no title that gives the report below it, though its
        // account names the guide the unit made.
        let t = "根据条例规定,现将某县水务局2017年政府信息公开年度报告如下: 一、概述 本局编制了《某县水务局政府信息公开指南》和公开目录,方便群众查阅。";
        assert!(meta(t).is_annual_report);
        // A page that tells what a report says.
        let t = "问答精选\n据某镇2016年政府信息公开工作年度报告显示,全镇主动公开信息百余条。";
        assert!(!meta(t).is_annual_report);
    }

    #[test]
    fn last_years_report_published_among_the_years_work_is_no_year() {
        let t = "一、总体情况\n本街道围绕区委中心工作,落实《2031年某区政务公开工作要点》。\n二是做好机构信息公开,更新了公开指南,发布2030年政府信息公开年度报告。\n";
        assert_eq!(find_year(None, t, &mut Vec::new()), Some(2031));
    }

    #[test]
    fn a_name_field_gives_the_title_over_a_catalogue_field() {
        // The page's fields: its catalogue names the reports' column, its
        // name field the report.
        let t = "  • 索引号 abc/2031-01\n  • 公开目录 各镇政府信息公开年度报告\n  • 名称 费县探沂镇2031年政府信息公开年度工作报告\n费县探沂镇2031年政府信息公开年度工作报告\n2031年,本镇认真开展政府信息公开工作,现报告如下。\n";
        let m = meta(t);
        assert_eq!(
            m.title.as_deref(),
            Some("费县探沂镇2031年政府信息公开年度工作报告")
        );
        assert!(m.is_annual_report);
        // A name field whose value is no title gives none.
        let t = "名称 费县探沂镇人民政府\n费县探沂镇2031年政府信息公开工作年度报告\n";
        assert_eq!(
            meta(t).title.as_deref(),
            Some("费县探沂镇2031年政府信息公开工作年度报告")
        );
    }

    #[test]
    fn a_street_office_cut_short_is_a_township() {
        assert_eq!(level_of_unit("某某路街办"), Some(Level::Township));
        assert_eq!(level_of_unit("某某街道办"), Some(Level::Township));
        assert_eq!(level_of_unit("某区某某街道党政办"), Some(Level::Township));
        assert_eq!(level_of_unit("某县财政局"), Some(Level::Department));
    }

    #[test]
    fn a_management_zone_under_a_county_is_below_it() {
        assert_eq!(
            level_of_unit("丰县人民政府某某管理区"),
            Some(Level::Township)
        );
        assert_eq!(level_of_unit("丰县某某管理区"), Some(Level::Township));
        // One the gazetteer holds has its own level; one under a city,
        // or under no place, is read by its 区.
        assert_eq!(level_of_unit("岳阳市屈原管理区"), Some(Level::County));
        assert_eq!(level_of_unit("徐州市某某管理区"), Some(Level::County));
    }

    #[test]
    fn a_development_zone_is_run_by_a_department() {
        // The codes file these zones among counties; their committees
        // report as departments.
        assert_eq!(level_of_unit("长春经济技术开发区"), Some(Level::Department));
        assert_eq!(
            level_of_unit("郑州高新技术产业开发区"),
            Some(Level::Department)
        );
        // A district named like a zone is a county's government.
        assert_eq!(level_of_unit("天津市滨海新区"), Some(Level::County));
        assert_eq!(level_of_unit("上海市浦东新区"), Some(Level::County));
        // A zone of a city named like another's district is its own zone.
        assert_eq!(level_of_unit("碧海湾滨海新区"), Some(Level::Department));
    }

    #[test]
    fn a_report_naming_itself_its_guide_and_pages_about_reports_or_rules() {
        // A numbered item that opens a list is no title: the rule's own
        // words say what the page is.
        let t = "为做好年报工作,根据条例,制定本制度。\n一、年度报告于每年3月31日前公布。\n二、政务公开工作年度报告应包括以下内容:\n(一)主动公开信息情况";
        let m = meta(t);
        assert_eq!(m.title, None);
        assert!(
            m.flags.contains(&"not_report_regulation".to_string()),
            "{:?}",
            m.flags
        );
        // A form with blanks to fill in is no unit's page.
        let m = meta("一、信息分类\n本机关编制了《(填写单位)政府信息公开目录》,主动公开政府信息。");
        assert!(!m.is_annual_report, "{:?}", m.flags);
        // But a blank its writer filled in, the instruction left, is a report's.
        let m = meta("2010年某区某街道办事处政府信息公开工作年度报告\n报告全文另见区政府网站(填写:www.example.gov.cn链接)。\n一、概述");
        assert!(m.is_annual_report, "{:?}", m.flags);
        let m = meta("2010年某区某街道办事处政府信息公开工作年度报告\n报告全文另见(填写:网站名称)。\n一、概述");
        assert!(!m.is_annual_report, "{:?}", m.flags);
        // No title line, but the page names itself a report: the guide it
        // says the unit compiled makes it no guide page.
        let t = "引言\n本报告由某县民政局编制。\n一、概述\n我局编制了《某县民政局政府信息公开指南》,主动公开政府信息20条。";
        let m = meta(t);
        assert!(m.is_annual_report, "{:?}", m.flags);
        // No title line: the early form's sentences on the report's
        // electronic copy and on whom to ask make it a report, and the
        // guide its account says the unit compiled no guide page.
        let t = "本年报的电子版可在某市政府门户网站查询。如对本年报有任何疑问,请与某局办公室联系。\n一、概述\n某局编制了《某市某局信息公开指南》和《目录》。";
        let m = meta(t);
        assert!(m.is_annual_report, "{:?}", m.flags);
        // Nor a title: the page says it reports the year's work.
        let t = "2030年我局扎实推进政府信息公开工作。现将我局2030年度政府信息公开工作予以报告。\n我局通过政府网等渠道对外公开。";
        let m = meta(t);
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A site's menu above the body (its guide among the items), the
        // body naming its sources and its author: a report.
        let t = "公开专栏\n政府信息公开指南\n政府信息公开年报\n依申请公开\n本年报依据《条例》及本县有关规定,由某县人民政府办公室编制。\n一、概述\n本年度我县做好公开工作。";
        let m = meta(t);
        assert!(m.is_annual_report, "{:?}", m.flags);
        let t = "公开专栏\n政府信息公开指南\n政府信息公开年报\n依申请公开\n本指南依据《条例》编制。\n一、受理机构";
        assert!(!meta(t).is_annual_report);
        // How many units published their reports.
        let m = meta("某市2024年政府信息公开工作年度报告公布情况\n我市应公布年度报告单位30个。");
        assert!(
            m.flags.contains(&"not_report_aggregate".to_string()),
            "{:?}",
            m.flags
        );
        // A unit's own rule on disclosure.
        let m = meta("为做好本乡信息公开统计工作,依据有关规定,制定本制度。\n一、统计范围\n主动公开政府信息的统计。");
        assert!(
            m.flags.contains(&"not_report_regulation".to_string()),
            "{:?}",
            m.flags
        );
    }

    #[test]
    fn title_unit_year_date() {
        let m = meta("某县某镇人民政府2017年度政府信息公开年度报告\n日期:2018-01-29\n正文");
        assert_eq!(m.unit_name.as_deref(), Some("某县某镇"));
        assert_eq!(m.year, Some(2017));
        assert_eq!(m.level, Some(Level::Township));
        assert_eq!(m.publish_date, days_from_civil(2018, 1, 29));
        assert!(m.is_annual_report);
    }

    #[test]
    fn year_of_the_data_and_not_of_plans() {
        // The year built on is the one before.
        let t = "一、概述\n2016年,某县审计局在2015年政府信息公开工作的基础上,各项工作稳步推进。";
        assert_eq!(meta(t).year, Some(2016));
        // The statistics period, before years of other statements.
        let t = "一、概述\n2013年度我镇收到申请2件。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。";
        assert_eq!(meta(t).year, Some(2014));
        // A year of plans is the next one.
        let t = "一、概述\n为此,2016年政府信息公开工作我们将采取以下措施。\n2015年,我镇主动公开政府信息40条。";
        assert_eq!(meta(t).year, Some(2015));
        // The end of the period.
        let t = "(一)主动公开。截止2023年12月31日我局主动公开信息34条。";
        assert_eq!(meta(t).year, Some(2023));
        // Or its end written as the year's end, where nothing else says it.
        let t = "一、概述\n配备了兼职人员。截至2011年底,本局信息公开各项工作运转正常。";
        assert_eq!(meta(t).year, Some(2011));
        // A year in a cited notice's name is not the report's.
        let t = "一、总体情况\n落实市政府办公厅《关于2022年度政务公开第三方评估反馈意见整改工作提示》要求。2023年,我局主动公开文件63件。";
        assert_eq!(meta(t).year, Some(2023));
        // Last year's reports completed on time are a work item.
        let t = "报告数据统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n按时完成2024年度县政府及各部门政府信息公开工作年度报告发布。";
        assert_eq!(meta(t).year, Some(2025));
    }

    #[test]
    fn year_opening_the_account_after_a_heading_on_the_same_line() {
        // A scrape that runs the lines into one: the account's first
        // sentence opens after the heading and a space, not at a line start.
        let m = meta("一、总体情况 2031年以来,沙河镇严格按照上级要求做好公开工作。二、主动公开政府信息情况 主动公开信息20条。");
        assert_eq!(m.year, Some(2031));
        let m = meta("一、总体情况 (一)主动公开情况 2031年江山市共主动公开信息共计80条。");
        assert_eq!(m.year, Some(2031));
        // Or the heading runs on into it after a colon.
        let m = meta("一、总体情况\n(一)概况:2031年,田头镇向社会发布政府信息72条。");
        assert_eq!(m.year, Some(2031));
        // A year inside the heading's sentence is no opening.
        let m = meta("一、总体情况 对照2031年工作要点逐项推进。");
        assert_eq!(m.year, None);
    }

    #[test]
    fn a_past_step_is_not_the_year_and_a_period_may_lose_its_words() {
        // The 年 and 月 of the period lost; the group set up years before.
        let m = meta("本年报数据统计时段为203111日至20311231日。\n一、总体情况\n我局2025年就成立了政府信息公开工作领导小组,全年主动公开信息20条。");
        assert_eq!(m.year, Some(2031));
        // A past step alone gives no year.
        let m = meta("一、总体情况\n我局早在2025年便建立了政府信息公开工作制度。");
        assert_eq!(m.year, None);
    }

    #[test]
    fn menu_names_bare_years_and_body_years() {
        // A menu item is no title; the year is read from the body.
        let m =
            meta("首页\n政府信息公开年报\n一、总体情况\n2020年度我街办未接到政府信息公开申请。");
        assert_eq!(m.title, None);
        assert_eq!(m.year, Some(2020));
        // 标 题 | … fields.
        let m = meta("标 题 | 某县发改局2021年政府信息公开工作年度报告\n正文");
        assert_eq!(m.year, Some(2021));
        assert_eq!(m.unit_name.as_deref(), Some("某县发改局"));
        // A bare title under a banner, then again under its unit (blank
        // lines between).
        let m = meta("某某体育官网\n\n2019年度政府信息公开年度报告\n发布时间:2020-01-19\n\n某市国资委\n\n2019年度政府信息公开年度报告\n编制说明:及时调整国资委政府信息公开工作领导小组。");
        assert_eq!(m.unit_name.as_deref(), Some("某市国资委"));
        // A list of head fields: the category is the column's, 标题 the page's.
        let m = meta("- 组配分类: 市政府部门信息公开工作年度报告汇总\n- 标题: 某市某局2021年政府信息公开工作年度报告\n正文");
        assert!(m.is_annual_report, "{:?}", m.flags);
        assert_eq!(m.unit_name.as_deref(), Some("某市某局"));
    }

    #[test]
    fn sentences_are_no_titles_and_odd_titles_are() {
        // 现将…报告如下 is a sentence that names a notice, not a title.
        let m = meta("按照县政府《关于做好2021年政府信息公开工作年度报告编制公布工作的通知》工作要求,现将我局2021年政府信息公开工作报告如下:\n一、总体情况\n2021年我局主动公开政务信息111条。");
        assert!(m.is_annual_report);
        // 信息年度公开报告: the words of a title, in another order.
        let m = meta("黄村镇2014年度信息年度公开报告\n正文");
        assert_eq!(m.title.as_deref(), Some("黄村镇2014年度信息年度公开报告"));
        assert_eq!(m.year, Some(2014));
    }

    #[test]
    fn fields_of_the_head_and_a_self_reference_said_once() {
        // 信息名称 | … | names the page: here a notice, no report.
        let m = meta("发布机构 | 某市某局 | 发文日期 | 2021-10-08 |\n信息名称 | 某办公室关于印发《政府信息公开工作年度报告格式》的通知 | 内容概述 |\n正文");
        assert!(!m.is_annual_report);
        // 我镇 said once, and no other kind: a township.
        let m =
            meta("2023年政府信息公开工作年度报告\n一、总体情况\n我镇一直把信息公开放在重要位置。");
        assert_eq!(m.level, Some(Level::Township));
        let m = meta("2023年政府信息公开工作年度报告\n一、总体情况\n我镇一直把信息公开放在重要位置,我县统一部署。");
        assert_eq!(m.level, None);
        // 我街 is a street's 我街道.
        let m =
            meta("2023年政府信息公开工作年度报告\n一、总体情况\n我街一直把信息公开放在重要位置。");
        assert_eq!(m.level, Some(Level::Township));
        // 我中心 and 本中心: a department's centre.
        let m = meta(
            "2023年政府信息公开工作年度报告\n一、总体情况\n我中心重视公开,本中心网站发布信息。",
        );
        assert_eq!(m.level, Some(Level::Department));
        // A ministry's 我部, a co-operative's 我社, a federation's 我会.
        for who in ["我部", "我社", "本会"] {
            let m = meta(&format!(
                "2012年政府信息公开工作年度报告\n一、概述\n2012年,{who}认真贯彻《条例》,{who}网站发布信息。"
            ));
            assert_eq!(m.level, Some(Level::Department), "{who}");
        }
        // 本部门, 本社区, 全社会, 我会同 name no kind: the street's 我街 decides.
        let m = meta("2023年政府信息公开工作年度报告\n一、总体情况\n我街会同本部门、本社区,面向全社会公开,本部门网站发布信息。");
        assert_eq!(m.level, Some(Level::Township));
    }

    #[test]
    fn form_tables_alone_guides_with_an_alias_and_questions() {
        // A page of the report's tables only: the form's own header.
        let m = meta("第二十条第(一)项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n");
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A guide whose unit carries a bracketed alias.
        let m = meta("政府信息公开\n某市人民政府(市政府办公室)信息公开指南\n为方便申请人,编制本指南。依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        // A report's name with a stray ? (an encoding's loss) is a report.
        let m = meta("某镇2023年政府信息公开工作年度报告?\n一、总体情况\n2023年,我镇认真实施条例,依申请公开,行政复议。");
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A question about the reports.
        let m =
            meta("某县政府信息公开工作年度报告在哪里查看?\n答:在县政府网站。依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        // A guide titled with its year; a quarter's report run on after
        // its title.
        let m =
            meta("某某高新区2024年政府信息公开指南\n为便于公民获取政府信息,依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        // The unit's name before the year of a quarter's summary, the text
        // run on after it.
        let m = meta("1、某镇 2030 年第二季度政务公开工作总结根据县政府办的通知要求,我镇落实各项内容。一、主动公开情况");
        assert!(!m.is_annual_report, "{:?}", m.flags);
        let m = meta("2020年四季度政务公开工作自查报告某局2020年12月31日一、基本情况我局主动公开信息,依申请公开。");
        assert!(!m.is_annual_report);
        // A plan's task list is none.
        let m = meta("工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n深化政策解读\n|\n做好主动公开和依申请公开\n|\n办公室\n|\n年底前");
        assert!(!m.is_annual_report);
        // A report that names its tasks, their leading units and time
        // limits in a sentence, under a first line that says it compiles
        // this report, is a report.
        let m = meta("根据条例规定编制本报告。\n一、总体情况\n(一)主动公开。全年分解工作任务8项,逐项落实牵头单位、责任单位,规定完成时限。依申请公开,行政复议。");
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A report that calls itself 本文, on a page whose fields hold 关键词.
        let m = meta("某区某局2017年度政府信息公开工作年度报告\n关键词 发布机构 某局\n本文是根据有关规定要求,由某局编制的年度报告。\n一、概述");
        assert!(m.is_annual_report, "{:?}", m.flags);
        // An interpretation of a report is none.
        let m = meta("《某镇2023年政府信息公开工作年度报告》已向社会公开,为便于理解,现就年报内容作如下解读。\n一、编制背景\n依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        // An excerpt below the title: one standard heading numbered on a
        // line of its own, the rest of the report cut off.
        let m = meta("发布日期:2022-01-20\n二、主动公开政府信息情况\n本年新制作规范性文件3件。");
        assert!(m.is_annual_report, "{:?}", m.flags);
    }

    #[test]
    fn a_head_run_on_into_one_line() {
        // A scrape that joined the head's lines into the text: the title up
        // to its report's name, the date right after it.
        let body = "根据条例要求,某局办公室编制本报告。一、总体情况 2031年,我局认真贯彻条例,理顺内部分工,增加发布频次,做好答复衔接,公众查询信息比以往更加便捷,各项工作按计划推进。二、主动公开政府信息情况 略。";
        let m = meta(&format!("标题: 某县某局2031年度政府信息公开工作年度报告 发布时间: 2032-01-20 15:22 文号: 发布机构: 栏目: 年报 正文 {body}"));
        assert!(m.is_annual_report, "{:?}", m.flags);
        assert_eq!(
            m.title.as_deref(),
            Some("某县某局2031年度政府信息公开工作年度报告")
        );
        let m = meta(&format!("某县某局2031年度政府信息公开工作年度报告 2032年01月18日 来源:某县某局 [字体: ] 打印 {body}"));
        assert_eq!(m.publish_date, days_from_civil(2032, 1, 18));
        // A breadcrumb naming the column first, the unit between the
        // report's name and its date.
        let m = meta(&format!("首页 > 政务公开 > 年报 > 2031 > 各街道年度报告 2031年景山街道政府信息公开工作年度报告 景山街道办事处 2032年01月18日来源:1 [字体: ] 打印 {body}"));
        assert_eq!(m.publish_date, days_from_civil(2032, 1, 18));
        // (Not a period's first day.)
        let m = meta(&format!(
            "某县某局2031年度政府信息公开工作年度报告 2031年1月1日至2031年12月31日 {body}"
        ));
        assert_eq!(m.publish_date, None);
    }

    #[test]
    fn a_field_whose_value_is_a_period() {
        // 报告时间: the period reported on, no date of the page.
        let m = meta("2031年度某省人民政府信息公开工作报告\n正文\n基本介绍\n• 报告时间:2031年1月1日至12月31日\n• 发布机构:某省人民政府\n二、主动公开政府信息情况");
        assert_eq!(m.publish_date, None);
    }

    #[test]
    fn a_field_value_in_square_brackets() {
        // 发布日期:[2032-01-20]: the value in brackets is the field's.
        let m =
            meta("某县某局2031年政府信息公开工作年度报告\n发布日期:[2032-01-20]\n[ 字体: ]\n正文");
        assert_eq!(m.publish_date, days_from_civil(2032, 1, 20));
    }

    #[test]
    fn a_bracketed_date_label_in_a_row_and_a_year_written_on_into_the_name() {
        // [ 公开日期 ] | 2020-04-07 |: the label's bracket closes before its cell.
        let m = meta("[ 索 引 号 ] | 1100/2020-0042 | [ 文 号 ] |\n[ 成文日期 ] | 2020-04-01 | [ 公开日期 ] | 2020-04-07 | [ 有 效 性 ] |\n丰县某局2019年政府信息公开工作年度报告\n正文");
        assert_eq!(m.publish_date, days_from_civil(2020, 4, 7));
        let m = meta("【发布时间】2021-02-26\n某乡2020年政府信息公开工作年度报告\n正文");
        assert_eq!(m.publish_date, days_from_civil(2021, 2, 26));
        // A title that runs the year on into the report's name, without 年.
        let m = meta("某市某局2023政府信息公开工作年度报告\n一、总体情况\n正文");
        assert_eq!(m.year, Some(2023));
        // (Not a longer number: no year.)
        let m = meta("某市某局12023政府信息公开工作年度报告\n一、总体情况\n正文");
        assert_eq!(m.year, None);
    }

    #[test]
    fn last_years_report_counted_among_the_items_is_no_name() {
        let t = "现将某街道2025年政府信息公开工作情况予以公布。\n一、总体情况\n2025年,某街道公开部门预算2条,2024年的信息公开年报1条。";
        assert_eq!(meta(t).year, Some(2025));
    }

    #[test]
    fn a_years_work_reported_up_with_no_title() {
        let t = "2017年,某厅认真贯彻条例,把公开做得更实。现将我厅2017年政府信息公开工作情况汇报如下:\n一、强化组织领导";
        assert!(meta(t).is_annual_report);
    }

    #[test]
    fn news_that_a_report_is_out_and_a_guide_to_applying() {
        let t = "首页 专题频道\n《某省人民政府办公厅2023年政府信息公开工作年度报告》公布\n某报讯 该报告近日公布,全年主动公开信息多条。";
        assert!(!meta(t).is_annual_report);
        let t = "首页 / 依申请公开\n某省某厅依申请公开指南\n发布日期:2015-09-14\n一、受理范围为公民的申请。";
        assert!(!meta(t).is_annual_report);
    }

    #[test]
    fn a_catalogue_of_what_is_disclosed_is_no_report() {
        let t = "一级目录 | 二级目录 | 公开内容 | 公开形式 | 公开时限 | 公开主体 |\n机构职能 | 领导信息 | 姓名、职务 | 网站 | 20个工作日 | 办公室 |";
        assert!(!meta(t).is_annual_report);
        let t = "第二部分 本镇公开事项目录\n序号 | 类别及事项 | 公开内容 | 责任单位 |\n二、公开时限:形成之日起20个工作日内";
        assert!(!meta(t).is_annual_report);
        // A report that tells how it revised its catalogue is one still.
        let t = "某镇2022年政府信息公开工作年度报告\n一、总体情况\n本年度修订了本镇的公开目录,明确公开内容、公开时限和公开主体。";
        assert!(meta(t).is_annual_report);
    }

    #[test]
    fn an_encyclopedia_field_holding_the_title() {
        let m = meta("现公布某市人民政府办公室2010年政府信息公开年度报告。\n基本介绍\n- 中文名:丰县2010年度政府信息公开年度报告\n- 类别:年度报告");
        assert_eq!(m.title.as_deref(), Some("丰县2010年度政府信息公开年度报告"));
        assert_eq!(m.unit_name.as_deref(), Some("丰县"));
    }

    #[test]
    fn a_row_of_the_site_menu_is_no_title() {
        let t = "网站首页\n政府信息公开指南 政府信息公开年报\n当前位置:首页 >> 乡镇\n丰县某乡2023年政府信息公开工作年度报告\n一、总体情况\n2023年,某乡认真落实条例。";
        let m = meta(t);
        assert!(m.is_annual_report, "{:?}", m.flags);
        assert_eq!(
            m.title.as_deref(),
            Some("丰县某乡2023年政府信息公开工作年度报告")
        );
        // One menu word beside a unit is a title still.
        assert!(is_title_line("丰县某乡 政府信息公开年报"));
    }

    #[test]
    fn an_office_that_calls_itself_we_of_the_office_is_a_department() {
        let m = meta("一、总体情况\n2022年,我室按时公开信息。我室网站运行平稳。\n二、主动公开政府信息情况\n略。");
        assert_eq!(m.level, Some(Level::Department));
    }

    #[test]
    fn a_date_in_brackets_opening_the_first_line_of_text() {
        // The date stands first, the office and its opening words run on.
        let m = meta("某乡2016年政府信息公开工作年度报告\n(2017年1月9日) 某乡政务公开办公室 依照条例,现将本乡去年的公开工作报告如下。\n一、概述");
        assert_eq!(m.publish_date, days_from_civil(2017, 1, 9));
        // (A period that opens the line is none.)
        let m = meta("某乡2016年政府信息公开工作年度报告\n(2016年1月1日)至12月31日,本乡的公开工作如下所述,并无其他事项。\n一、概述");
        assert_eq!(m.publish_date, None);
    }

    #[test]
    fn the_publish_field_before_other_dates_and_self_named_guides() {
        // 成文日期 is when it was written, 归档时间 when it was archived.
        let m = meta(
            "某县某局2021年政府信息公开工作年度报告\n成文日期 2022-01-05 发布日期 2022-03-02\n正文",
        );
        assert_eq!(m.publish_date, days_from_civil(2022, 3, 2));
        let m = meta(
            "归档时间:2025/3/9\n某县某局2021年政府信息公开工作年度报告\n发布时间:2022-01-20\n正文",
        );
        assert_eq!(m.publish_date, days_from_civil(2022, 1, 20));
        // A written date after the page's other date field.
        let m = meta("某县某局2012年政府信息公开工作年度报告\n公文生成日期:2013-03-01 来源:县政府办 时间:2013-03-04 10:00\n正文");
        assert_eq!(m.publish_date, days_from_civil(2013, 3, 4));
        // A label sharing its cell with another, the date in the next cell.
        let m = meta("| 发文机构: | 生成日期/有效期: | 2022-01-29 14:59:17 | |\n| 标 题: | 某省某厅2021年政府信息公开工作年度报告 | |\n正文");
        assert_eq!(m.publish_date, days_from_civil(2022, 1, 29));
        // A short line that opens with a period's first day is no date of
        // the page.
        let m = meta("某乡2022年政府信息公开工作年度报告\n(二)依申请公开情况\n2022年1月1日至2022年12月31日,本乡未收到公开申请。");
        assert_eq!(m.publish_date, None);
        // A guide that names itself only in its text.
        let m =
            meta("为方便公众获取信息,依据条例编写本指南。\n一、主动公开\n依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        let m = meta("为方便公众查找某局公开的信息,依据条例,制定本《指南》。\n一、信息分类\n本机关主动公开下列信息。依申请公开的受理。行政复议。");
        assert!(!m.is_annual_report);
        // A model essay with a masked place, spaced.
        let m = meta("某局2022年度政府信息公开工作报告\nxx 县农业局认真落实条例,主动公开信息。");
        assert!(!m.is_annual_report);
    }

    #[test]
    fn a_report_copied_with_its_years_left_blank_is_a_template() {
        let m = meta("依照《条例》,现将 年白沙区政府信息公开工作年度报告予以公布。本报告所列数据的统计期限自 年1月1日至12月31日。\n一、概述\n我区主动公开信息。");
        assert!(!m.is_annual_report);
        // A year spaced from its 年 (text from a PDF) is written.
        let m = meta("依照《条例》,现将2030 年白沙区政府信息公开工作年度报告予以公布。本报告所列数据的统计期限自2030 年1月1日至12月31日。\n一、概述\n我区主动公开信息。");
        assert!(m.is_annual_report);
    }

    #[test]
    fn a_menu_above_the_title_and_list_items() {
        // A portal menu's 信息公开目录 above the report's title.
        let m =
            meta("信息公开目录\n依申请公开\n某县某镇2013年度政府信息公开年度报告\n一、概述\n正文");
        assert!(m.is_annual_report);
        // An item of a list is no title.
        let m = meta(
            "某县政府信息公开指南\n3.县政府工作报告、政府信息公开年度报告;\n依申请公开,行政复议。",
        );
        assert!(!m.is_annual_report);
        assert_eq!(m.title, None);
        // A document's file name: rules, whatever its extension.
        let m = meta("县政府信息公开工作年度报告制度.docx\n《县政府信息公开工作年度报告制度.docx》可在线阅读。\n第一条为了全面掌握全县政府信息公开工作情况,制定本制度。");
        assert!(!m.is_annual_report);
        // A catalogue of what is disclosed, a report among its rows.
        let m = meta("某区卫生健康局主动公开事项目录\n公开事项 | 公开内容\n政府信息公开工作年度报告 | 依申请公开情况");
        assert!(!m.is_annual_report);
    }

    #[test]
    fn a_sentence_opening_with_the_year_and_years_compared() {
        // The year opens a sentence after a heading's 。, or is the year's
        // work with its unit between.
        let m = meta("某局工作报告\n(一)主动公开情况。2020年以来,坚持依法公开。主动公开信息。");
        assert_eq!(m.year, Some(2020));
        let m = meta("正文开始\n2021年市财政局共受理依申请公开10件。");
        assert_eq!(m.year, Some(2021));
        // A year compared with is not the report's.
        let m = meta("正文开始\n申请数量较2019年收到的申请有所下降。");
        assert_eq!(m.year, None);
        let m = meta("正文开始\n2021年某区政务公开工作在区委领导下推进。");
        assert_eq!(m.year, Some(2021));
        let m = meta("正文\n本年度报告统计数据时限为2023年1月1日至2023年12月31日。");
        assert_eq!(m.year, Some(2023));
    }

    #[test]
    fn a_title_field_set_off_by_spaces() {
        let m = meta("索引号 0001/2023-01 公开目录 信息公开年报\n标  题 某市教育局2022年政府信息公开工作年度报告\n正文");
        assert_eq!(
            m.title.as_deref(),
            Some("某市教育局2022年政府信息公开工作年度报告")
        );
        assert!(m.is_annual_report);
    }

    #[test]
    fn a_report_that_says_it_reports_on_its_work() {
        // (Its account says it compiled a guide: still the report.)
        let t = "为规范公开工作,现将2009年度政府信息公开工作情况报告如下:\n一、概述\n某街道编制了《某街道政府信息公开指南》。\n二、主动公开政府信息情况";
        let m = meta(t);
        assert!(m.is_annual_report);
        assert_eq!(m.year, Some(2009));
        // A summary offered to borrow from is an essay site's.
        let t = "2021年某局政务公开工作总结供参考2021年,我局持续推进公开工作。一、主要做法";
        assert!(!meta(t).is_annual_report);
        // A site's name after the title, a platform's, is the page's.
        let t = "江宁高新区2016年政府信息公开工作年度报告-凯达平台\n时间:2017-03-02\n本报告由高新区管委会办公室编制。\n一、概述\n2016年,江宁高新区推进公开工作。";
        assert!(meta(t).is_annual_report);
        let t = "一、总体情况 某园区按要求编制本单位2020年度信息公开报告。修订了《某园区信息公开指南》。\n二、主动公开政府信息情况\n全年主动公开信息20条。";
        assert!(meta(t).is_annual_report);
        // The month the work began is no year of the work.
        let m = meta(
            "正文\n2010年,某街道按照条例开展工作。\n1、2009年8月起本街道启动政府信息公开工作。",
        );
        assert_eq!(m.year, Some(2010));
    }

    #[test]
    fn a_title_run_into_its_text_after_a_document_number() {
        // The head's number on a line, then the title and the text after
        // it on one line, a space between.
        let m = meta("某府〔2031〕7号 签发人:某某\n某县白沙乡人民政府 关于2030年度政府信息公开工作的报告 依照《条例》要求,特向社会公开本报告。");
        assert_eq!(
            m.title.as_deref(),
            Some("某县白沙乡人民政府 关于2030年度政府信息公开工作的报告")
        );
        assert_eq!(m.unit_name.as_deref(), Some("某县白沙乡"));
        // A sentence saying the unit reports is no title.
        let m = meta("概述\n现将我乡2030年政府信息公开工作报告公开如下,请予监督。");
        assert_eq!(m.title, None);
    }

    #[test]
    fn a_title_broken_before_its_work() {
        let m = meta("某市水务局2021年政府信息公开\n工作年度报告\n一、总体情况\n本局公开信息。");
        assert_eq!(
            m.title.as_deref(),
            Some("某市水务局2021年政府信息公开工作年度报告")
        );
        assert_eq!(m.unit_name.as_deref(), Some("某市水务局"));
        // (Not a heading about the work after it.)
        let m = meta("关于信息公开\n工作开展情况\n正文");
        assert_eq!(m.title, None);
    }

    #[test]
    fn a_line_opening_with_the_year_and_its_unit() {
        let m = meta(
            "一、总体情况\n2020年峡口镇严格按照条例要求,由镇党政办负责,共计公开政府信息115条。",
        );
        assert_eq!(m.year, Some(2020));
        let m = meta("一、总体情况\n2019年我局坚持依法公开,主动公开信息30条。");
        assert_eq!(m.year, Some(2019));
        // A year of something else opening a line is not the report's.
        let m = meta("一、总体情况\n2019年下半年开展培训,主动公开信息30条。");
        assert_eq!(m.year, None);
    }

    #[test]
    fn a_compilation_of_summaries_is_no_report() {
        let m = meta("2020年政务公开工作总结汇编(20篇)\n目录1.某县公安局2020年政务工作总结 4\n2.某市2020年度政务公开工作总结 7");
        assert!(!m.is_annual_report);
    }

    #[test]
    fn a_letter_sending_the_report_that_follows() {
        let letter = "某市人民政府关于报送某市2020年度政府信息公开工作年度报告的函\n省政府信息公开办:\n现将《某市2020年度政府信息公开工作年度报告》报来,请审示。\n某市人民政府\n2021年3月3日\n";
        let m = meta(&format!("{letter}某市2020年度政府信息公开工作年度"));
        assert!(m.is_annual_report, "{:?}", m.flags);
        // The letter alone is no report.
        let m = meta(letter);
        assert!(!m.is_annual_report);
        // The report attached below the letter, its name on a line of its
        // own (the letter cut before any 《name》).
        let t = "某厅关于报送2020年政府信息公开工作年度报告的函\n省政府办公厅:\n根据有关通知要求,现报送某厅2020年政府信\n附件:某厅2020年政府信息公开工作年度报告\n某厅\n2021年1月20日\n附件:\n某厅2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我厅认真落实条例。";
        assert!(meta(t).is_annual_report);
    }

    #[test]
    fn an_excerpt_that_starts_inside_the_years_account() {
        let t = "(一)公开的内容\n2010年,某省农业厅主动公开政府信息530条。其中,政策法规类信息20条,其他信息510条。";
        assert!(meta(t).is_annual_report);
    }

    #[test]
    fn a_list_item_after_a_bullet_is_no_title() {
        let t = "某市人民政府信息公开指南\n一、主动公开的范围\n    l政府信息公开规定\n    l政府信息公开年度报告\n二、依申请公开";
        let m = meta(t);
        assert!(!m.is_annual_report, "{:?}", m.flags);
    }

    #[test]
    fn a_first_line_opening_with_the_year() {
        // No title: the year and the subject of the first line, after 年度
        // or a stray mark before the year.
        let m = meta("一、总体情况\n2021年度,市林业局认真落实条例,主动公开信息30条。");
        assert_eq!(m.year, Some(2021));
        let m = meta("一、总体情况\n■ 2022年,某省人民政府办公厅坚持依法公开,主动公开信息30条。");
        assert_eq!(m.year, Some(2022));
        assert_eq!(m.unit_name.as_deref(), Some("某省人民政府办公厅"));
    }

    #[test]
    fn a_rule_run_into_its_first_article_and_a_guides_own_headings() {
        let m = meta(
            "某乡政府信息主动公开制度一、总体要求。以公开为原则。二、公开的主体(一)本乡人民政府;",
        );
        assert!(
            m.flags.contains(&"not_report_regulation".to_string()),
            "{:?}",
            m.flags
        );
        let t = "一、主动公开\n(一)公开范围\n本局公开涉及群众切身利益的事项。\n(二)公开形式\n网上公开和现场查阅。\n(三)公开时限\n信息产生后及时公开。";
        assert!(meta(t).flags.contains(&"not_report_column".to_string()));
        // A report's own headings are none of those.
        let t = "一、总体情况\n(一)主动公开\n本局公开信息30条。\n(二)依申请公开\n全年收到申请2件。\n(三)政府信息管理\n及时更新。";
        assert!(meta(t).is_annual_report);
    }

    #[test]
    fn a_shared_document_named_without_its_extension() {
        let m = meta("县全年信息公开工作汇报\n上传人:会员甲 上传时间:2018-01-02\n《县全年信息公开工作汇报》由会员分享,可在线阅读。\n一、概述");
        assert!(
            m.flags.contains(&"not_report_essay_template".to_string()),
            "{:?}",
            m.flags
        );
    }

    #[test]
    fn a_sample_to_adapt_a_quarters_review_and_a_table_of_contents() {
        // A sample essay offered for adapting.
        let m = meta("以下是一篇关于《某县2025年政府信息公开年度报告》的写作示例,供参考: 总体概述 本报告总结全年工作。");
        assert!(
            m.flags.contains(&"not_report_essay_template".to_string()),
            "{:?}",
            m.flags
        );
        let m = meta("某县2025年政府信息公开年度报告\n您可以根据实际情况进行调整。\n一、总体情况");
        assert!(m.is_annual_report, "{:?}", m.flags);
        // The account under the first heading covers a quarter.
        let m = meta(
            "一、总体情况\n2025年二季度,全县各部门做好公开工作,取得以下成效:\n1.主动公开质效提升。",
        );
        assert!(
            m.flags.contains(&"not_report_part_year".to_string()),
            "{:?}",
            m.flags
        );
        let m = meta(
            "一、总体情况\n2025年,全县各部门做好公开工作。二季度起完善制度。\n1.主动公开质效提升。",
        );
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A book's contents, each heading with its page.
        let t = "一 概况 1\n(一)原则 1\n1.依法原则 2\n2.客观原则 2\n(二)对象 4\n(三)指标 5\n1.主动公开 5\n2.依申请公开 19\n二 结果 22\n(一)亮点 22";
        assert!(meta(t).flags.contains(&"not_report_column".to_string()));
        // A form's rows, one a line, rise and fall: no contents.
        let t = "(一)予以公开 5\n(二)部分公开 1\n(三)不予公开 0\n1.属于国家秘密 0\n2.其他法律 0\n3.危及安全 2\n4.保护第三方 3\n5.内部事务 1\n6.过程信息 4\n7.行政执法 6";
        assert!(!meta(t).flags.contains(&"not_report_column".to_string()));
    }

    #[test]
    fn guides_papers_and_model_words() {
        // A guide's name alone on a first line; a paper's abstract.
        let m = meta("某市某局\n政府信息公开指南\n根据条例,编制本指南。主动公开的范围。");
        assert!(!m.is_annual_report);
        let m = meta("摘要\n本文通过对各省2015年度政府信息公开工作年度报告的统计,分析依申请公开。");
        assert!(!m.is_annual_report);
        // Or an abstract and keywords, whatever the paper calls itself.
        let m = meta("某市党校学报\n[摘  要] 政府信息公开年度报告制度实施以来,各地逐年编制年报。\n[关键词] 政府信息公开;年度报告");
        assert!(!m.is_annual_report);
        // 规范文件 is no 范文 (model essay).
        let m = meta("某县某局2021年度政府信息公开工作年度报告\n一、总体情况\n规范文件发布,主动公开信息20条。");
        assert!(m.is_annual_report);
    }

    #[test]
    fn title_cell_of_a_field_row_and_prize_news() {
        // The cell that names the report, not the row's first cell.
        let m = meta("| 索引号 | 0001/2022-01 | 分类 | 信息公开年报 |\n| 名称 | 某县某镇2021年政府信息公开工作年度报告 |\n正文");
        assert_eq!(
            m.title.as_deref(),
            Some("某县某镇2021年政府信息公开工作年度报告")
        );
        // The label glued to the title.
        let m = meta(
            "索引号001/2023-01\n文号是否有效\n标题江宁区某乡2022年政府信息公开工作年度报告\n正文",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("江宁区某乡2022年政府信息公开工作年度报告")
        );
        // News of prized reports is no report.
        let m = meta("2016年度政府信息公开优秀年度报告出炉\n某网讯 近日,评选结果公布。");
        assert!(!m.is_annual_report);
        // A dateline, or a first line telling of the publication.
        for t in [
            "某某日报网长沙5月3日电 记者从省政务公开办获悉,全省主动公开政府信息120万条。依申请公开的答复率稳步提高。",
            "4月2日,某省人民政府办公厅公布了2020年政府信息公开工作年度报告。\n报告显示,全省主动公开信息30万条,依申请公开办结率达到98%。",
        ] {
            assert!(!meta(t).is_annual_report, "{t}");
        }
    }

    #[test]
    fn clause_lists_are_no_titles_and_how_to_apply_is_no_report() {
        let m = meta("某街道2021年政府信息公开工作年度报告\n正文\n公开制度1条,2020年政府信息公开年报1条,政策文件5条");
        assert_eq!(m.year, Some(2021));
        let m = meta("申请须知\n公民可以向本机关申请获取政府信息。依申请公开的程序如下。");
        assert!(!m.is_annual_report);
        for t in [
            "一、如何提出申请\n申请人填写依申请公开申请表,可以当面提交。二、申请的答复\n本机关在20个工作日内答复。",
            "政府信息公开情况统计表\n单位名称:\n填 报 人:\n单位盖章:\n报出日期: 年 月 日\n主动公开政府信息数 条\n依申请公开 件",
            "写好政府信息公开工作年度报告并不难,以下是几点实用的写作建议:\n一、总体情况要写全主动公开和依申请公开。",
            "一、依申请公开\n1.受理机构\n本机关办公室,受理时间为工作日。\n2.申请程序\n填写《申请表》后当面递交。",
        ] {
            assert!(!meta(t).is_annual_report, "{t}");
        }
        // A guide naming itself in quotes; a letter issuing rules to the
        // bureau's sections.
        let t = "信息公开\n本办事处编制了“某街道办事处信息公开指南”,供公众查阅。一、主动公开\n依申请公开。";
        assert!(!meta(t).is_annual_report);
        let t = "某自然资函〔2020〕1号\n局机关各科(室)、局属事业单位:\n现将《某局政府信息公开指南》等制度印发给你们。依申请公开。";
        assert!(!meta(t).is_annual_report);
        // A report excerpt opening with its account of the year's work.
        let t = "一、政府信息公开总体工作情况\n(一)机构。本市健全了工作机构,配备了人员。";
        assert!(meta(t).is_annual_report);
        // A report that names who receives applications and how stays one.
        let t = "一、依申请公开\n本机关的受理机构为办公室,申请流程已公布。全年收到申请3件。";
        assert!(meta(t).is_annual_report);
        // The cover letter of a report under the report's own title.
        let t = "某市2011年政府信息公开工作年度报告\n某信公办字[2012]5号\n各县(市、区)人民政府,市直有关单位:\n在汇总分析各地政府信息公开工作情况的基础上,编制形成了本年度报告。";
        assert!(meta(t).is_annual_report);
        // A guide's end, its how-to deep in the page (past its opening).
        let filler = "本机关依照条例做好政府信息公开工作,及时更新栏目内容。".repeat(12);
        let t = format!("{filler}\n申请人应填写《申请表》。可以当场答复的当场答复。\n通信地址:某县某路1号,邮政编码:100000。");
        assert!(!meta(&t).is_annual_report);
        // The same words in a report that speaks of itself stay a report.
        let t = format!("本报告由某县某局编制。{filler}\n申请人填写《申请表》,能当场答复的当场答复。通信地址:某路1号,邮政编码:100000。");
        let m = meta(&t);
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A guide's name with the date of its revision; a summary of an
        // open day's events.
        let t = "某镇人民政府\n某县某镇人民政府2023年度政府信息公开指南(2023年4月修订)\n时间:2023-05-10\n为进一步推动政务公开工作,依申请公开。";
        assert!(!meta(t).is_annual_report);
        let t = "某县卫生健康局“政务公开日”活动总结\n时间:2024-05-21\n5月15日,我局开展主动公开宣传活动。";
        assert!(!meta(t).is_annual_report);
        // A rule's name on its own line: a rule, not a report.
        let t = "某县人民政府\n政府信息公开\n某省政府信息公开目录编制规范\n发布时间:2015-09-22\n一、编制的基本要求\n目录包括政府信息的索引、名称等内容。";
        assert!(!meta(t).is_annual_report);
        // So do they under a report's first heading, in its account of the
        // guide it improved.
        let t = "\n一、总体情况\n2022年我镇做好政务公开。\n(二)依申请公开情况\n我镇修订公开指南,写明受理机构、通讯地址,严格按照办理时限答复。";
        let m = meta(t);
        assert!(m.is_annual_report, "{:?}", m.flags);
    }

    #[test]
    fn the_period_before_a_year_of_earlier_work() {
        let t = "一、概述\n本年度报告中所列数据的统计期限自2016年1月1日起至12月31日止。\n进一步巩固2015年政府信息公开工作成果。";
        assert_eq!(meta(t).year, Some(2016));
    }

    #[test]
    fn last_years_report_published_on_time_is_no_name() {
        let t = "一、概述\n按时公布2013年区政府信息公开工作年度报告。\n本报告统计期限自2014年1月1日至2014年12月31日。";
        assert_eq!(meta(t).year, Some(2014));
    }

    #[test]
    fn year_from_the_address_only_where_the_text_gives_none() {
        let at = |text: &str, url: &str| {
            extract_meta(&Doc::new("t", text.to_string(), Some(url.to_string())))
        };
        let body = "一、总体情况\n某街道办事处通过网站公开机构职能等信息。";
        let m = at(body, "http://www.a.gov.cn/zfxxgknb/2019nb/t1.html");
        assert_eq!(m.year, Some(2019));
        assert!(m.flags.contains(&"year_from_url".to_string()));
        // The text's year wins; a masked one stays masked.
        let m = at(
            "一、总体情况\n2018年,某街道办事处通过网站公开信息。",
            "http://www.a.gov.cn/zfxxgknb/2019nb/t1.html",
        );
        assert_eq!(m.year, Some(2018));
        let m = at(
            "某街道20**年政府信息公开工作年度报告\n一、总体情况",
            "http://www.a.gov.cn/zfxxgknb/2019nb/t1.html",
        );
        assert_eq!(m.year, None);
        assert_eq!(meta(body).year, None);
    }

    #[test]
    fn year_from_the_period_itself() {
        let t = "一、总体情况\n本报告所列数据为2020年1月1日至2020年12月31日的数据。";
        assert_eq!(meta(t).year, Some(2020));
        let t = "一、总体情况\n自2022年1月1日起,至2022年12月31日,我中心公开信息。";
        assert_eq!(meta(t).year, Some(2022));
        // The period over a name copied from last year's report.
        let t = "依据规定,我镇编制了《某镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。";
        assert_eq!(meta(t).year, Some(2021));
        // The name and the year the account opens with, over a period
        // mistyped; the period where the account opens with its year.
        let body = |y: u32| format!("\n一、总体情况\n{y}年,某镇坚持以公开为常态。");
        let t = format!("{t}{}", body(2020));
        assert_eq!(meta(&t).year, Some(2020));
        let t = format!("依据规定,我镇编制了《某镇2020年政府信息公开工作年度报告》。所列数据的统计期限自2021年1月1日起至12月31日止。{}", body(2021));
        assert_eq!(meta(&t).year, Some(2021));
        // A cited notice's year, its sender before 关于, is no report's.
        let t = "一、总体情况\n根据《某省人民政府办公厅关于做好2021年政务公开年报编制工作的通知》要求编制本报告。2022年,我县公开信息。";
        assert_eq!(meta(t).year, Some(2022));
    }

    #[test]
    fn byline_date_in_the_page_head() {
        let m = meta("2024年度某市某局政府信息公开工作年度报告 ( 2025.01.13 )\n正文");
        assert_eq!(m.publish_date, days_from_civil(2025, 1, 13));
        // (A body longer than the signature's lines.)
        let body = "本局依法公开政府信息。\n".repeat(30);
        let m = meta(&format!(
            "2020年度某区某局政府信息公开工作年度报告 2021-01-20\n\n{body}"
        ));
        assert_eq!(m.publish_date, days_from_civil(2021, 1, 20));
        let m = meta("某区人民政府2024年政府信息公开工作年度报告\n2025年01月22日 来源: 某区本年度报告根据《条例》的要求编制,全文包括总体情况、主动公开政府信息情况。");
        assert_eq!(m.publish_date, days_from_civil(2025, 1, 22));
        let m = meta("某市2009年政府信息公开年度报告\n中央政府门户网站 www.gov.cn   2010年04月06日   来源:某市政府网站\n正文");
        assert_eq!(m.publish_date, days_from_civil(2010, 4, 6));
        let m = meta("某局2022年政府信息公开工作年度报告\n某市人民政府门户网站 www.example.gov.cn 2023-01-28\n正文");
        assert_eq!(m.publish_date, days_from_civil(2023, 1, 28));
    }

    #[test]
    fn year_before_unit_and_department() {
        let m = meta("2008年某县畜牧局政府信息公开工作年度报告\n正文");
        assert_eq!(m.unit_name.as_deref(), Some("某县畜牧局"));
        assert_eq!(m.level, Some(Level::Department));
        // No title: the year of the unit's own work, after a comma.
        let m = meta("一、总体情况\n按照条例要求,做好公开工作。\n(一)主动公开方面。坚持依法公开,2022年,我局在县政府网站主动公开信息41条。");
        assert_eq!(m.year, Some(2022));
    }

    #[test]
    fn chinese_numeral_signature_date() {
        let m =
            meta("某镇2014年信息公开工作年度报告\n正文\n某镇人民政府\n二〇一四年十一月十九日\n");
        assert_eq!(m.publish_date, days_from_civil(2014, 11, 19));
        // A page flattened into one line: the words after its last sentence.
        let m = meta("某街道2008年政府信息公开工作年度报告 一、概述 我街道做好公开工作。今后将改进公开方式。 某区某街道办事处 二○○九年三月二十日 |");
        assert_eq!(m.publish_date, days_from_civil(2009, 3, 20));
    }

    #[test]
    fn lost_digits_give_no_date() {
        let m = meta("某县2017年度政府信息公开工作年度报告\n发布时间:201811\n");
        assert_eq!(m.publish_date, None);
        assert!(m.flags.contains(&"publish_date_garbled".to_string()));
    }

    #[test]
    fn a_date_years_after_the_report_is_kept_and_flagged() {
        let flagged = |date: &str| {
            let m = meta(&format!(
                "某县2017年度政府信息公开工作年度报告\n发布日期：{date}\n正文"
            ));
            assert!(m.publish_date.is_some(), "{date}");
            m.flags.iter().any(|f| f == "publish_date_implausible")
        };
        assert!(!flagged("2018-03-31"));
        assert!(!flagged("2020-12-31"));
        assert!(flagged("2021-01-01"));
        assert!(flagged("2025-06-01"));
    }

    #[test]
    fn masked_year_and_essay_site() {
        let m = meta("镇20**年政府信息公开工作总结范文\n现将我镇20**年政府信息公开工作总结如下");
        assert_eq!(m.year, None);
        assert!(!m.is_annual_report);
        // A placeholder place masks the page; a person's masked name (申请
        // 人张某某) is a report's care for privacy.
        let m = meta("某某县2021年政府信息公开工作年度报告\n一、总体情况\n依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        let m =
            meta("浙江某某县2021年政府信息公开工作年度报告\n一、总体情况\n依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        let m =
            meta("关于某某镇2021年政府信息公开工作年度报告\n一、总体情况\n依申请公开,行政复议。");
        assert!(!m.is_annual_report);
        let m = meta("现公布本局2021年度政府信息公开工作年度报告。\n一、总体情况\n(二)依申请公开\n申请人王某某要求公开一份项目批复。");
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A place masked with asterisks.
        let m = meta("**县审计局2016年政府信息公开工作年度报告\n本年报由**县审计局编制。");
        assert!(!m.is_annual_report);
    }

    #[test]
    fn notice_is_not_a_report() {
        let m = meta(
            "某州人民政府办公室关于做好2017年政府信息公开工作年度报告编制和公布工作的通知\n正文",
        );
        assert!(!m.is_annual_report);
        // A unit's report on that work to its government, its year's account
        // following: a report.
        let m = meta("某县水务局2016年度关于开展政府信息公开工作年度报告编制和发布工作情况报告\n县政府办公室:\n现将本局2016年政府信息公开工作情况汇报如下:\n一、概述");
        assert!(m.is_annual_report, "{:?}", m.flags);
        // A document number, then whom it is sent to, a list ending in a
        // town: a notice.
        let m = meta("丰政办发〔2023〕7号\n县政府各委、办、局,各街道、欢口镇:\n为规范依申请公开工作,现将有关要求通知如下:\n一、受理渠道");
        assert!(
            m.flags.contains(&"not_report_notice".to_string()),
            "{:?}",
            m.flags
        );
    }

    #[test]
    fn title_in_a_mirror_address() {
        let doc = Doc::new(
            "t",
            "一、概述\n2009年,本市各级政府部门认真贯彻落实《条例》。".to_string(),
            Some("https://wiki.example/wiki/2009%E4%B8%8A%E6%B5%B7%E5%B8%82%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A".to_string()),
        );
        let m = extract_meta(&doc);
        assert!(m.is_annual_report);
        assert_eq!(m.year, Some(2009));
        assert_eq!(m.unit_name.as_deref(), Some("上海市"));
        assert_eq!(m.level, Some(Level::Province));
    }

    #[test]
    fn shared_files_surveys_news_and_self_named_guides() {
        for t in [
            // A file on a document-sharing site.
            "某镇政府信息公开工作年度报告.docx\n《某镇政府信息公开工作年度报告.docx》由用户分享,可在线阅读。\n1、某镇政府信息公开工作年度报告 一、总体情况 本年度主动公开信息20条。",
            // A survey of the public.
            "各位市民:\n为了解我区各单位2020年政府信息公开工作的成效,现开展社会评议,请您认真填写本问卷。\n一是主动公开是否全面;二是依申请公开是否及时。",
            // News about a report.
            "某厅公开晒出年度账单\n本报记者 张三\n某厅近日发布2018年度政府信息公开工作报告。报告显示,该厅全年主动公开政府信息120条。",
            // A guide naming itself in its first sentence.
            "依据有关规定,编写本信息公开指南。\n一、主动公开的内容\n本镇按照条例主动公开政府信息。",
        ] {
            assert!(!meta(t).is_annual_report, "{t}");
        }
        // A notice whose title the page cuts before 通知.
        let t = "某州人民政府办公室关于做好2015年政府信息公开工\n发布时间:2016-01-05\n本报告所列数据的统计期限自2015年1月1日起至12月31日止,年度报告应写明主动公开政府信息的情况。";
        assert!(!meta(t).is_annual_report);
        // …or a line of the page head, under a breadcrumb.
        let t = "当前位置:首页 > 通知公告\n某市政务公开办关于进一步做好2018年度政府信息公开工\n时间:2019-01-03\n本报告所列数据的统计期限自2018年1月1日起至12月31日止,各单位年度报告应写明主动公开政府信息的情况。";
        assert!(!meta(t).is_annual_report);
        // A report citing the guide to writing reports, or opening with
        // what it publishes, stays a report.
        let t = "本年度报告根据《某市政府信息公开工作年度报告编制指南》(以下简称《指南》)编制。一、总体情况\n本年度主动公开政府信息30条。";
        assert!(meta(t).is_annual_report);
        let t = "青石街道办事处向社会公布2021年度本级政府信息公开年度报告。本报告由总体情况等部分组成。";
        assert!(meta(t).is_annual_report);
        // A report whose body line cites such a notice stays a report.
        let t = "根据条例,特向社会公布2016年度本级政府信息公开工作年度报告。\n一、概述\n(二)突出重点,确保解读及时。根据《关于做好政府";
        assert!(meta(t).is_annual_report);
        // A notice issuing a plan to those it addresses (its colon lost).
        let t = "各县区人民政府,市政府各部门\n《某市2023年政务公开工作要点》已经市政府同意,现印发给你们,请认真贯彻执行。";
        assert!(!meta(t).is_annual_report);
        // News whose dateline word stands before its subject.
        let t = "年度报告发布\n某省公开文件300件\n近日,某省人民政府向社会发布2021年政府信息公开工作年度报告。报告显示,全年主动公开信息5000条。";
        assert!(!meta(t).is_annual_report);
        // The form's rows (第二十条  第(一)项) are no articles of a rule.
        let t = "某区2024年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息50条。\n二、主动公开政府信息情况\n第二十条  第(一)项\n信息内容\n第二十条  第(五)项\n信息内容";
        assert!(meta(t).is_annual_report);
        // A report that says what its data show is still one.
        let t = "某县2018年政府信息公开工作年度报告\n一、概述\n统计显示,本年度主动公开信息30条,报告显示的数据截至12月31日。";
        assert!(meta(t).is_annual_report);
    }

    #[test]
    fn every_kind_of_zone_is_an_administration() {
        // A zone the gazetteer does not list is run by an administration,
        // whichever kind of zone its name ends with.
        for k in crate::gazetteer::ZONE_KINDS {
            assert_eq!(
                level_of_unit(&format!("青石岭{k}")),
                Some(Level::Department),
                "{k}"
            );
        }
        // A county-level district the gazetteer lists stays one.
        assert_eq!(level_of_unit("浦东新区"), Some(Level::County));
    }

    #[test]
    fn not_reports() {
        for t in [
            "某市政府信息公开工作年度报告制度(试行)\n第一条 为了规范年度报告工作,制定本制度。\n第二条 本制度适用于各单位。",
            "2016年度地方政府透明度第三方测评报告\n课题组对各地政务公开情况进行测评。",
            "信息公开制度\n信息公开是有关保障公民了解权的法律制度。",
            "××乡20××年度政务公开工作总结范本\n一、基本情况\n××乡按照要求做好政务公开。",
            "关于做好2020年政务公开年度报告编报工作的通知\n各乡镇,各部门:",
            "2019年度全省政府信息公开工作年度报告情况通报\n各市人民政府:现将有关情况通报如下。",
            "某市政府信息公开工作年度报告汇总\n全市共发布年度报告120份。",
            "新闻动态\n我市召开政务公开工作推进会\n会议强调,要做好政府信息公开。",
            // News of an event about the reports, its title a report title's words.
            "临澧县召开2023年度政府信息公开工作年报编制和发布部署会\n发布时间:2024-01-10\n会上对年报撰写要求进行了说明。",
            // A notice whose title the page splits over lines, and its salutation.
            "政务公开办公室\n关于政府信息公开工作年度报告\n有关事项的通知\n各省、自治区、直辖市人民政府办公厅,国务院各部委办公厅(室):\n修订后的条例已施行。",
            // A news item on the 政府工作报告 in a disclosure column.
            "政府信息公开\n市政府向人大代表述职\n代表们看到了2007年政府工作报告任务完成情况对照表。",
            // Placeholders in lower case, a platform, part of a year.
            "2022年政务公开工作总结\n参照《xx省2022年政务公开工作要点》,我县推进政务公开。",
            "2016年政府信息公开工作年度报告展示平台 来源:中国政府网\n今年是公布年报的第八年。",
            "2022年上半年政府信息公开数据统计\n一、公文类政府信息公开情况\n全区主动公开673件。",
            "某市政府信息公开指南\n一、主动公开\n(一)公开范围。",
        ] {
            assert!(!meta(t).is_annual_report, "{t}");
        }
        // A notice that publishes the year's report is that report.
        let m = meta("某市人民政府办公室关于公布\n某市2009年度政府信息公开工作年度报告的通知\n各县(区)人民政府:\n现将报告公布如下。\n一、概述\n2009年,我市主动公开政府信息120条。");
        assert!(m.is_annual_report);
        // A report without a title line still is one.
        assert!(
            meta("(一)主动公开情况\n2021年,我局通过门户网站主动公开政府信息120条。")
                .is_annual_report
        );
        assert!(
            meta("一、总体情况\n2022年,我局按照条例要求推进公开。\n二、主动公开政府信息情况\n")
                .is_annual_report
        );
    }

    #[test]
    fn split_titles_and_header_units() {
        let m = meta("某市人民政府2016年\n政府信息公开工作年度报告\n一、概述\n正文");
        assert_eq!(m.unit_name.as_deref(), Some("某市"));
        assert_eq!(m.year, Some(2016));
        let m = meta("眉县人民政府\n2021年政府信息公开工作年度报告\n一、总体情况\n正文");
        assert_eq!(m.unit_name.as_deref(), Some("眉县"));
        // The government's office above the title reports for itself, though
        // its text says it compiled the report.
        let m = meta(
            "眉县人民政府办公室\n2021年政府信息公开工作年度报告\n眉县人民政府办公室编制了本报告。",
        );
        assert_eq!(m.unit_name.as_deref(), Some("眉县人民政府办公室"));
        assert_eq!(m.level, Some(Level::Department));
        let m = meta("某旗某某苏木\n2025年政府信息公开工作年度报告\n本报告由某旗某某苏木党政综合办公室编制。");
        assert_eq!(m.unit_name.as_deref(), Some("某旗某某苏木"));
        assert_eq!(m.level, Some(Level::Township));
        // The unit alone on the first line, a date line under it, no title.
        let m = meta("眉县人民政府办公室\n2021-01-22\n一、总体情况\n2020年,我办按照条例推进公开。\n二、主动公开政府信息情况");
        assert_eq!(m.unit_name.as_deref(), Some("眉县人民政府办公室"));
        assert_eq!(m.level, Some(Level::Department));
    }

    #[test]
    fn a_row_of_head_fields_an_office_titled_without_its_city_and_a_period_of_years() {
        // The title is the field that names a report, not the category.
        let t = "索 引 号: 0001/2016 信息分类: 信息公开年报\n名    称: 市政府办公室信息公开工作年度报告(2016年) 信息来源: 市政府办公室\n发布机构: 沛县人民政府 生成日期: 2017-03-01\n一、概述\n2016年全县公开信息多条。";
        let m = meta(t);
        assert_eq!(
            m.title.as_deref(),
            Some("市政府办公室信息公开工作年度报告(2016年)")
        );
        // A row of fields none of which names a report gives no title.
        let m = meta("索 引 号: 0001/2016 信息分类: 信息公开年报\n正文从这里开始。");
        assert_eq!(m.title, None);
        // A single field spaced out to line up: its label goes.
        let m = meta("名  称: 某镇2016年政府信息公开工作年度报告\n一、概述\n正文。");
        assert_eq!(
            m.title.as_deref(),
            Some("某镇2016年政府信息公开工作年度报告")
        );
        // A period of several years ends in the report's year.
        let t = "一、概述\n本报告所列数据的统计期限自2004年1月1日起至2009年12月31日止。我县公开信息多条。";
        assert_eq!(meta(t).year, Some(2009));
    }

    #[test]
    fn a_report_published_below_though_it_made_rules() {
        let t = "按照条例要求,现将丰县水务局2014年度政府信息公开工作报告公布如下:\n一、基本情况\n我局结合实际,制定本制度并严格执行。";
        let m = meta(t);
        assert!(m.is_annual_report, "{:?}", m.flags);
    }

    #[test]
    fn a_publish_field_with_a_two_digit_year() {
        let m = meta("丰县某局2016年政府信息公开工作年度报告\n发布时间:17-03-08    来源:\n一、概述\n2016年,我局公开信息。");
        assert_eq!(m.publish_date, days_from_civil(2017, 3, 8));
    }

    #[test]
    fn an_evaluation_of_units_is_no_report() {
        let t = "为推进政务公开,某局委托评估机构对全省各市政务公开工作进行了检查,现将情况报告如下。\n一、评估概况\n(一)评估对象\n各市人民政府。";
        let m = meta(t);
        assert!(!m.is_annual_report, "{:?}", m.flags);
        // A report that mentions an evaluation of its work is one.
        let t =
            "丰县2020年政府信息公开工作年度报告\n一、总体情况\n我县在省里组织的评估中成绩良好。";
        assert!(meta(t).is_annual_report);
    }

    #[test]
    fn days_epoch() {
        assert_eq!(days_from_civil(1970, 1, 1), Some(0));
        assert_eq!(days_from_civil(2020, 2, 30), None);
    }

    #[test]
    fn the_years_work_with_de_between() {
        let t = "根据条例,现将本局2030年政府信息公开的工作概况、主动公开情况通过县政府网站公布。\n一、总体情况\n本局完善了制度。";
        assert_eq!(meta(t).year, Some(2030));
    }

    #[test]
    fn last_years_report_named_in_full_among_the_items() {
        let t = "一、总体情况\n2031年我局在专栏上主动公开政府信息50条。其中、人事任免信息8条、泉州市水利局2030年度政府信息公开工作年度报告1条。";
        assert_eq!(meta(t).year, Some(2031));
    }
}
