//! Who compiled the report: the unit name, read by one grammar wherever the
//! page states it.
//!
//! A unit name is a run of Han characters that ends with an organisation or
//! an administrative suffix (`长沙县高桥镇`, `邻水县文体局`, `苏银产业园管理委员会`,
//! `江山市`), without the `人民政府`/`政府` the report itself drops
//! (GOLD_FORMAT `unit_name`). The page states it in a few standard places,
//! tried in this order:
//! 1. the title (`××县人民政府2019年政府信息公开工作年度报告`);
//! 2. the report's own name quoted in the body (`现发布《××镇2025年政府信息公开
//!    工作年度报告》`, `编制××局2019年度政府信息公开工作年度报告`);
//! 3. the subject of the 编制 sentence (`本报告由××县人民政府办公室…编制`,
//!    `××镇人民政府特此编制…`, `××局编制了…`);
//! 4. the subject of the first sentence (`2019年，××街道办事处高度重视…`), and a
//!    gazetteer place opening it (`2020年，江山市各部门…`);
//! 5. a unit alone on one of the first lines (above the date);
//! 6. the signature: a unit line among the last lines.
//!
//! A title's unit without a place (`县教育局`) gives way to a body unit of the
//! same kind that names one (`邻水县文体局`).

use crate::gazetteer::gazetteer;
use crate::record::{Level, Region};
use crate::text::{first_chars, fold};
use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Words that open the contact the report names (请与…联系, 请联系:…,
/// 可联系…, 联系单位:…; 可直接与…联系), shared by the sources that read it.
macro_rules! contact_lead {
    () => {
        r"(?:[请可](?:直接)?与|[请可](?:直接)?联系[:：]?|联系单位[:：]?)\s*"
    };
}

/// A government's office as groups (the whole, what stands before the
/// office, the office's word): 区人民政府办公室 → 区, 人民政府办公室.
macro_rules! gov_office {
    () => {
        r"((\p{Han}{1,12}?)(人民政府办公室|人民政府办公厅|政府办公室|政府办公厅))"
    };
}

/// The kinds a department that calls itself 我局/我委/我办/我厅 ends its
/// name with, each whole word before its prefix (管委会 and 委员会 before
/// 委, 办事处 and 办公室 before 办): a name ends at its kind, not inside it.
macro_rules! self_department_kind {
    () => {
        r"(?:局|管委会|管理委员会|委员会|委|办事处|办公室|办|厅)"
    };
}

/// A pattern that captures such a department's name, a Han run ending at
/// its kind, between `before` and `after`.
macro_rules! self_department_named {
    ($before:expr, $after:expr) => {
        concat!(
            $before,
            r"([\p{Han}]{2,25}?",
            self_department_kind!(),
            ")",
            $after
        )
    };
}

/// The kinds of department a unit name ends with (局, 委员会, 办公室 …).
const DEPARTMENT_KINDS: &str = "局|厅|部|委|委员会|办|办公室|研究室|参事室|办公厅|中心|管理处|管理局|所|站|院|馆|队|署|会|管委会|海关|供销社|合作社|联社|联合社|总社|学校|小学|中学|大学|幼儿园";

/// The kinds of government and place a unit name ends with (and 处).
const PLACE_KINDS: &str =
    "人民政府|政府|街道办事处|办事处|街道|镇|乡|苏木|县|区|市|旗|州|盟|省|自治区|管理委员会|处";

/// Does `u` end with one of `kinds` (words joined by `|`)? (A suffix
/// test: no regex search for a word list.)
fn ends_with_kind(u: &str, kinds: &str) -> bool {
    kinds.split('|').any(|k| u.ends_with(k))
}

/// What of a longer department kind `rest` writes on from the end of `u`
/// (区商务委 before 员会: 委员会; 某办 before 公室: 办公室): the longest
/// such continuation, or "" where `u` ends at a whole word.
fn kind_continued<'r>(u: &str, rest: &'r str) -> &'r str {
    DEPARTMENT_KINDS
        .split('|')
        .flat_map(|k| {
            k.char_indices()
                .skip(1)
                .map(move |(i, _)| (&k[..i], &k[i..]))
        })
        .filter(|(a, b)| u.ends_with(a) && rest.starts_with(b))
        .map(|(_, b)| &rest[..b.len()])
        .max_by_key(|b| b.len())
        .unwrap_or("")
}

/// A state farm: the gazetteer files farms among the townships (某某农场,
/// 园艺场, 林场, 牧场, 茶场, 垦殖场).
pub fn state_farm(u: &str) -> bool {
    ["农场", "园艺场", "林场", "牧场", "茶场", "垦殖场"]
        .iter()
        .any(|k| u.ends_with(k))
}

/// Does `u` end like a unit name (a place, a government, a state farm or a
/// department)?
fn org_suffix_at_end(u: &str) -> bool {
    ends_with_kind(u, PLACE_KINDS)
        || state_farm(u)
        || ends_with_kind(u, DEPARTMENT_KINDS)
        || crate::gazetteer::is_zone_name(u)
}

/// Words that start a clause, not a name (现发布, 特此, 结合, 根据 …).
const LEADING_WORDS: &[&str] = &[
    "请与",
    // (如对本报告有疑问,请联系某镇人民政府某办公室.)
    "请联系",
    "可联系",
    "现将",
    "现就",
    "通过",
    "现予",
    "特此",
    "现",
    "特",
    "编制了",
    "编制",
    "发布了",
    "发布",
    "公布了",
    "公布",
    "印发",
    "制定",
    "向社会",
    "包括",
    "予以",
    "结合",
    "根据",
    "按照",
    "由",
    "了",
    "将",
    "是",
    "为",
    "对",
    "关于",
    "在",
    "经",
    "的",
    "和",
    "与",
    "及",
];

/// Pronouns and generic subjects that are no unit (我局, 本机关, 各单位 …).
fn generic(u: &str) -> bool {
    let place_first = gazetteer().mentions(u).next().is_some_and(|m| m.start == 0);
    u.starts_with(['我', '本', '全', '各', '该', '此', '其', '就']) && !place_first
        || u.starts_with(['省', '市', '县', '区']) && !place_first && !is_department(u)
        || matches!(u, "人民" | "中华人民共和国" | "政府" | "人民政府" | "政务")
        // A kind's government alone (镇政府, 县人民政府), or its office
        // (市政府办公厅), names no place.
        // (区管委会办公室 likewise; and one character of any other word
        // before the government names nothing: 自政府信息公开工作开展以来.)
        || regex!(r"^\p{Han}(?:(?:人民)?政府|管委会|管理委员会)(?:办公室|办公厅)?$").is_match(u)
        // A person's post (某某同志任办公室主任) is no unit.
        || u.contains("同志")
        // A unit's kind leading (局办公室 of 设在我局办公室) names none either.
        || u.starts_with(['局', '委', '厅', '办']) && !place_first
        // 部 that names no ministry (全部, 内部, 干部, 西部 …).
        || regex!(r"(?:全|内|各|本|局|干|支|外|东|西|南|北|中|俱乐)部$").is_match(u)
        // A first person inside is a clause, not a name (未产生针对我局).
        || u.contains('我')
        // A negation opens a clause (2021年无政府信息公开类…), not a name.
        || u.starts_with(['无', '未', '没', '不']) && !place_first
        // A role or a relation, not a name (分管办公室, 有关部门).
        || ["分管", "主管", "相关", "有关", "下属", "所属"].iter().any(|w| u.starts_with(w))
        // An item's count word opens a clause (二是区政府…领导小组).
        || regex!(r"^[一二三四五六七八九十]+是").is_match(u)
        // A verb of setting up opens a clause (建立街道…领导小组), not a name.
        || ["建立", "成立", "设立", "组建", "健全", "完善", "调整"].iter().any(|w| u.starts_with(w)) && !place_first
        // A prefecture's 市区 (the city proper: 杭州市区) is no district.
        || u.strip_suffix('区').is_some_and(|city| city.ends_with('市') && gazetteer().level_of_name(city) == Some(crate::gazetteer::GLevel::Prefecture)) && gazetteer().lookup(u).is_empty()
        // A bare area noun (园区, 景区, 辖区) names no unit.
        || u.chars().count() == 2 && u.ends_with('区') && !place_first
        // Nor a bare kind of unit (中心在…网站公开…: the unit speaking of
        // itself).
        || matches!(u, "中心" | "机关" | "单位" | "部门" | "学校")
        // Words of a document or a page, not a name (…工作总结乡).
        || ["公开", "报告", "条例", "国务院", "总结"]
            .iter()
            .any(|w| u.contains(w))
        // Channels are no units (门户网站, 政务平台, 专栏).
        || ["网站", "平台", "栏目", "专栏", "网"]
            .iter()
            .any(|w| u.ends_with(w))
        // A site's words inside (某某官方网站卫生健康局: a page's name
        // replaced by a site's slogan) are no unit's.
        || ["官网", "官方网站", "网站入口"].iter().any(|w| u.contains(w))
        // A verb that ends in a kind's character (安排部署: to deploy), or
        // a level, not a name (区本级政府及政府办: this level's).
        || u.ends_with("部署")
        || u.contains("本级")
}

/// A Han character of the basic block or extension A (㮾).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// A national body: a ministry named without a place (司法部, 交通运输部) or
/// a 国家/国务院 body. It has no province, prefecture or county.
pub fn is_national(u: &str) -> bool {
    let placeless = gazetteer().mentions(u).next().is_none();
    // (A national agency's branch names its place: 国家税务总局某市某区税务局.)
    placeless && (u.ends_with('部') || u.starts_with("国家") || u.starts_with("国务院"))
        // A river basin's authority of the ministry (某湖流域管理局): its
        // lake or river is no county.
        || u.ends_with("流域管理局")
}

/// Is `u` named like a department (局, 委, 办, 中心 …)?
pub fn is_department(u: &str) -> bool {
    ends_with_kind(u, DEPARTMENT_KINDS) || u.ends_with("公司")
}

/// Strip a government suffix: 长沙县高桥镇人民政府 → 长沙县高桥镇 (and the
/// office it reports with, 某市人民政府及其办公室 → 某市); and a
/// department's 机关 (its offices: 永定县教育局机关 → 永定县教育局).
pub fn strip_gov(u: &str) -> &str {
    let u = u.trim();
    // A government reporting with its office (某地区行政公署及办公室, 某市
    // 人民政府及其办公室): the government's.
    let u = ["及其办公室", "及其办公厅", "及办公室", "及办公厅"]
        .iter()
        .find_map(|w| u.strip_suffix(w))
        .filter(|x| ["政府", "行政公署", "行署"].iter().any(|g| x.ends_with(g)))
        .unwrap_or(u);
    if let Some(x) = u.strip_suffix("机关").filter(|x| is_department(x)) {
        return x;
    }
    for suf in ["人民政府机关", "政府机关", "人民政府", "政府"] {
        if let Some(x) = u.strip_suffix(suf) {
            if x.chars().count() >= 2 {
                return x;
            }
        }
    }
    // A 地区's or a 盟's government is its administration office (阿克苏地区
    // 行政公署, 某盟行署).
    for suf in ["行政公署", "行署"] {
        if let Some(x) = u
            .strip_suffix(suf)
            .filter(|x| x.chars().count() >= 3 && (x.ends_with("地区") || x.ends_with('盟')))
        {
            return x;
        }
    }
    u
}

/// A unit name from a captured run of Han characters: leading clause words
/// dropped, the government suffix dropped, checked by the grammar.
pub fn clean_unit(run: &str) -> Option<String> {
    let mut u = unstutter(clause_tail(run));
    // A sum's adverb before where or how (2018年度共在某县…网上发布…):
    // a clause, not a name.
    if regex!(r"^(?:共|共计|累计)(?:在|通过|依托|利用)").is_match(u) {
        return None;
    }
    let g = gazetteer();
    loop {
        // A place name is never cut (和平镇 does not lose its 和).
        if g.mentions(u).next().is_some_and(|m| m.start == 0) {
            break;
        }
        let before = u;
        for w in LEADING_WORDS {
            if let Some(rest) = u.strip_prefix(w) {
                // 经开区, 经济开发区: the 经 is the zone's own.
                if rest.chars().count() >= 2 && !(*w == "经" && rest.starts_with(['开', '济'])) {
                    u = rest;
                }
            }
        }
        if u == before {
            break;
        }
    }
    // A clause word that could not be cut (根据县… leaves one character) opens a clause, not a name;
    // so does one of one character before a lone kind (在镇党委…: 在镇), where no place is named.
    let lone_kind = u.chars().count() == 2 && g.mentions(u).next().is_none_or(|m| m.start != 0);
    if LEADING_WORDS
        .iter()
        .any(|w| (w.chars().count() >= 2 || lone_kind) && u.starts_with(w))
    {
        return None;
    }
    let u = strip_gov(u);
    // A township named under its county's government (某区人民政府某街道办事处)
    // is named without it.
    let unnested = crate::gazetteer::is_township_name(u)
        .then(|| regex!(r"^(\p{Han}*?[县区市旗])(?:人民政府|政府)(\p{Han}{2,})$").captures(u))
        .flatten()
        .map(|c| format!("{}{}", &c[1], &c[2]));
    let u = unnested.as_deref().unwrap_or(u);
    // 白云街 for the 白云街道 the gazetteer holds (a 街 written for its 街道).
    let street = u
        .strip_suffix('街')
        .filter(|_| !u.ends_with("大街"))
        .map(|stem| format!("{stem}街道"))
        .filter(|s| {
            // (The street last in a name with its places: 某市某区某某街.)
            g.mentions(s).last().is_some_and(|m| {
                m.end == s.len()
                    && m.ids
                        .iter()
                        .any(|&i| g.divisions[i].level == crate::gazetteer::GLevel::Township)
            })
        });
    let u = street.as_deref().unwrap_or(u);
    let n = u.chars().count();
    let ok = (2..=25).contains(&n)
        && (u.chars().all(is_han)
            || regex!(&format!(r"^中国{ZONE_PROVINCE}\p{{Han}}+$")).is_match(u)
            || zone_with_its_district(u))
        && org_suffix_at_end(u)
        && !generic(u)
        && !SEO_WORDS.iter().any(|w| u.contains(w));
    ok.then(|| u.to_string())
}

/// A zone's name before the brackets of [`zone_with_its_district`].
const ZONE_BEFORE_BRACKETS: &str = r"\p{Han}{2,12}?(?:高新区|开发区|经开区|新区|园区)";

/// A zone's body named with the district it shares its government with,
/// in brackets inside the name (杭州高新区(滨江)行政服务中心): the whole
/// name is the unit's.
fn zone_with_its_district(u: &str) -> bool {
    regex!(&format!(
        r"^{ZONE_BEFORE_BRACKETS}[(（](\p{{Han}}{{2,6}})[)）]\p{{Han}}{{2,12}}$"
    ))
    .captures(u)
    .is_some_and(|c| {
        let g = gazetteer();
        g.mentions(&c[1]).next().is_some_and(|m| m.start == 0) || g.stem_at_start(&c[1]).is_some()
    })
}

/// The province in brackets that a national zone's name holds after 中国
/// (中国(福建)自由贸易试验区): part of the name, not an alias to drop.
/// (`compiled_by`'s 由…编制 pattern spells it out inside its own.)
const ZONE_PROVINCE: &str = r"[(（]\p{Han}{2,3}[)）]";

/// Words of the betting advertisements a hijacked mirror writes over a
/// page's names (华体会登录入口政府办公室 for 某县人民政府办公室): no unit
/// holds them.
const SEO_WORDS: [&str; 17] = [
    "华体会",
    "登录入口",
    "官网入口",
    "官方网站",
    "官网",
    "娱乐",
    "投注",
    "博彩",
    "葡京",
    "竞彩",
    "电竞",
    "欧洲杯",
    "开云",
    "亚博",
    "九游",
    "手机版",
    "皇冠",
];

/// The unit a title names: the text before the year, or between the year
/// and 政府信息公开 (`2008年某县畜牧局政府信息公开…`).
pub fn unit_from_title(t: &str) -> Option<String> {
    let t = t.replace("关于", "");
    let t = zone_as_its_district(&t);
    // 郎溪县卫生健康委员会(县中医药局)政府信息…: the name in brackets is an
    // alias; not the province of a national zone's name (中国(福建)自由
    // 贸易试验区), which is part of it.
    let t = regex!(r"(中国)?[(（][^()（）]{1,20}[)）]").replace_all(&t, |c: &regex::Captures| {
        if c.get(1).is_some() {
            c[0].to_string()
        } else {
            String::new()
        }
    });
    let t = t.split(['-', '—', '_', '|']).next().unwrap_or(&t).trim();
    // The year, also bare before 政府信息公开 (…国资委2020政府信息公开…).
    let year = regex!(r"(?:19|20)\d{2}\s*年")
        .find(t)
        .map(|m| (m.start(), m.end()))
        .or_else(|| {
            regex!(r"(?:19|20)\d{2}(?:政府|政务|信息)")
                .find(t)
                .map(|m| (m.start(), m.start() + 4))
        });
    if let Some((start, end)) = year {
        let before = last_name_word(t[..start].trim());
        let before = before.as_ref();
        // Two names of one administration (某某办事处、某某园区2024年…): the
        // first, which it reports as.
        let before = match before.split_once('、') {
            Some((first, _)) if clean_unit(first).is_some() => first,
            _ => before,
        };
        let after = t[end..].trim_start_matches(['度', ' ']);
        let named_after = after
            .find("政府信息公开")
            .or_else(|| after.find("政务公开"))
            .or_else(|| after.find("信息公开"))
            .map(|i| with_shared_gov(after, i));
        if let Some(u) = clean_unit(before) {
            // A department after the year is the place's (某县2015年教育局
            // 信息公开…: 某县教育局).
            if let Some(dept) = named_after.filter(|d| is_department(d) && !has_place(d)) {
                if !is_department(&u) && ends_with_place(&u) {
                    let dept = dept.trim_start_matches(['省', '市', '县', '区']);
                    return clean_unit(&format!("{u}{dept}")).or(Some(u));
                }
            }
            return Some(u);
        }
        // A cover page: the report's name, then its unit, then the date
        // (2018 年度政府信息公开 年度报告 某市某局 2019.03.06).
        return named_after
            .and_then(clean_unit)
            .or_else(|| unit_after_report_name(after));
    }
    let i = t.find("政府信息公开").or_else(|| t.find("信息公开"))?;
    clean_unit(
        with_shared_gov(t, i)
            .split_whitespace()
            .last()
            .unwrap_or(""),
    )
}

/// The word after a title's report name, where a cover page names its
/// unit below the name (…年度报告 某市某局 2019.03.06).
fn unit_after_report_name(after: &str) -> Option<String> {
    let i = after.rfind("报告").map(|i| i + "报告".len())?;
    clean_unit(after[i..].split_whitespace().next()?)
}

/// The last word before a title's year (the words before it are the
/// site's: 首页 > 某局); an office written apart from the body it serves
/// (某某管理委员会 卫生健康办公室, 某市人民政府 办公厅) with that body.
fn last_name_word(before: &str) -> Cow<'_, str> {
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    match words.next() {
        Some(body)
            if ["委员会", "管委会", "人民政府"]
                .iter()
                .any(|k| body.ends_with(k))
                && clean_unit(body).is_some()
                && is_department(last)
                && !has_place(last) =>
        {
            Cow::Owned(format!("{body}{last}"))
        }
        _ => Cow::Borrowed(last),
    }
}

/// A zone that shares one government with a district, the district in
/// brackets (高新区(新市区), 某某经济技术开发区（某某区）): the district
/// reports. Only a county-level division of the gazetteer counts, or a
/// street or town that the gazetteer has by that name (开发区(某某街道)); an
/// alias in brackets (新市区(高新区), 某局(某办)) is left to be dropped.
fn zone_as_its_district(t: &str) -> Cow<'_, str> {
    match joint_as_first(t) {
        Cow::Borrowed(t) => zone_in_brackets(t),
        Cow::Owned(j) => Cow::Owned(zone_in_brackets(&j).into_owned()),
    }
}

/// A joint name, a government or zone and a zone it is one administration
/// with, written with a space between (某区人民政府 某开发区管委会; 某高新技术
/// 产业开发区 某示范区), or a government's run into its zone's (某区人民政府
/// 某开发区管委会, no space): the first name, which the page reports as.
fn joint_as_first(t: &str) -> Cow<'_, str> {
    // Every such name ends with a kind of zone, and has a government's or
    // a zone's name right before a space, or a government's before another
    // name: without them the search (no literal to skip by) is not run.
    // (Most pages write 人民政府 before other words; few name a zone.)
    let joint_space = crate::gazetteer::ZONE_KINDS.iter().any(|z| t.contains(z))
        && (t
            .match_indices([' ', '\u{3000}', '\u{a0}'])
            .any(|(i, _)| t[..i].ends_with("人民政府") || t[..i].ends_with('区'))
            || t.match_indices("人民政府")
                .any(|(i, w)| t[i + w.len()..].chars().next().is_some_and(is_han)));
    if !joint_space {
        return Cow::Borrowed(t);
    }
    static JOINT: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    JOINT
        .get_or_init(|| {
            let zones = crate::gazetteer::zone_kinds_pattern();
            crate::compile(&format!(
                r"(?:(\p{{Han}}{{2,20}}?人民政府)[ \u{{3000}}\u{{a0}}]?|(\p{{Han}}{{2,20}}?(?:{zones}))[ \u{{3000}}\u{{a0}}])\p{{Han}}{{2,16}}?(?:{zones})(?:管委会|管理委员会|管委)?"
            ))
        })
        .replace_all(t, |c: &regex::Captures| {
            let first = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
            if has_place(first) {
                first.to_string()
            } else {
                c[0].to_string()
            }
        })
}

fn zone_in_brackets(t: &str) -> Cow<'_, str> {
    use crate::gazetteer::GLevel;
    // Every zone word ends with 区 or 园 and its bracket follows: without
    // 区( or 园( the text has no match, and the search (no literal to skip
    // by, over the head of every page) is not run.
    if !["区(", "区（", "园(", "园（"].iter().any(|b| t.contains(b)) {
        return Cow::Borrowed(t);
    }
    let g = gazetteer();
    static ZONE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    ZONE.get_or_init(|| {
        crate::compile(&format!(
            r"[\p{{Han}}--[年度]]{{0,12}}?(?:{})[(（](\p{{Han}}{{2,8}}?(?:[区县市旗镇乡]|街道))[)）]",
            crate::gazetteer::zone_kinds_pattern()
        ))
    })
    .replace_all(t, |c: &regex::Captures| {
            let inner = &c[1];
            let level = g.level_of_name(inner);
            if level == Some(GLevel::County)
                || level == Some(GLevel::Township) && crate::gazetteer::is_township_name(inner)
            {
                inner.to_string()
            } else {
                c[0].to_string()
            }
        })
}

/// The text before byte `i` (where 政府信息公开 starts), with the 政府 the
/// two share when it ends with 人民 (湖南省人民政府信息公开工作报告).
fn with_shared_gov(t: &str, i: usize) -> &str {
    if t[..i].ends_with("人民") && t[i..].starts_with("政府") {
        &t[..i + "政府".len()]
    } else {
        &t[..i]
    }
}

/// A run of Han characters (and a few name marks) ending at byte `end`.
fn han_run_before(t: &str, end: usize) -> &str {
    let start = t[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c) || matches!(c, '《' | '“'))
        .take(30)
        .last()
        .map_or(end, |(i, _)| i);
    let run = &t[start..end];
    // (Not the 年 of a year before it: 2023年江宁区….)
    if t[..start].ends_with(|c: char| c.is_ascii_digit()) {
        if let Some(rest) = run.strip_prefix("年度").or_else(|| run.strip_prefix('年')) {
            return rest;
        }
    }
    run
}

/// A name whose first word is written twice (某某旗某某旗人民政府办公室, a
/// slip of the page) once; likewise its kind (某局局). Not a place whose
/// own name repeats a word (萨克萨克街道): the gazetteer's name runs on
/// past the first copy.
fn unstutter(u: &str) -> &str {
    // A kind written twice at the end (某区自然资源局局认真落实…).
    let u = ["局", "厅"]
        .iter()
        .find_map(|k| u.strip_suffix(k).filter(|rest| rest.ends_with(k)))
        .unwrap_or(u);
    let chars: Vec<(usize, char)> = u.char_indices().collect();
    for n in (2..=chars.len() / 2).rev() {
        let (mid, end) = (chars[n].0, chars.get(2 * n).map_or(u.len(), |c| c.0));
        if u[..mid] == u[mid..end] {
            let named = gazetteer()
                .mentions(u)
                .next()
                .is_some_and(|m| m.start == 0 && m.end > mid);
            return if named { u } else { &u[mid..] };
        }
    }
    u
}

/// Whether `name` is of the kind a unit calls itself by (我局: ××局; 我办:
/// ××办, ××办公室 or ××办事处; 我委: ××委, ××管委会 or ××委员会).
fn own_kind(name: &str, kind: &str) -> bool {
    name.ends_with(kind)
        || kind == "办" && (name.ends_with("办事处") || name.ends_with("办公室"))
        || kind == "委" && (name.ends_with("委会") || name.ends_with("委员会"))
}

/// Source 2, the report's own name in the body: a Han run right before
/// `YYYY年(度)(政府)信息公开工作(年度)报告` (年 may be left out: 现将某县
/// 2021政府信息公开工作年度报告…; 年度 may come before 工作: …信息公开年度
/// 工作情况报告).
fn quoted_report_name(head: &str) -> Option<String> {
    let re = regex!(
        r"(?:19|20)\d{2}\s*(?:年度?)?\s*(?:本级)?(?:政府|政务)?信息公开(?:年度)?(?:工作)?(?:年度|情况)?(?:报告|年报)"
    );
    // Or a sentence that opens with the unit's year of work: 儋州市2016年政府信息公开工作,认真….
    let opening = regex!(
        r"(?m)(?:^|。)\s*\p{Han}{2,25}?((?:(?:19|20)\d{2}\s*年度?(?:的)?)?(?:政府|政务)信息公开工作)"
    );
    // Or with the year first, the place alone before the work: …,2025年,
    // 某镇政府信息公开工作以….
    let g = gazetteer();
    let year_first =
        regex!(r"(?:19|20)\d{2}\s*年度?\s*[,，]\s*(\p{Han}{2,12}?)(?:政府|政务)信息公开工作")
            .captures_iter(head)
            .filter_map(|c| c.get(1))
            // (Places only, one after another: not 某街道按照某区.)
            .filter(|m| {
                let mut at = 0;
                g.mentions(m.as_str()).all(|p| {
                    let next = p.start == at && p.kind != crate::gazetteer::NameKind::Generic;
                    at = p.end;
                    next
                }) && at == m.as_str().len()
            })
            .map(|m| m.end());
    re.find_iter(head)
        // Over an aside in brackets before the year (…部(含国家公务员局)2009年).
        .map(|m| {
            let before = &head[..m.start()];
            match before.strip_suffix([')', '）']) {
                Some(b) => b
                    .rfind(['(', '（'])
                    .filter(|&i| b.len() - i <= 60)
                    .unwrap_or(m.start()),
                None => m.start(),
            }
        })
        .chain(
            opening
                .captures_iter(head)
                .filter_map(|c| c.get(1))
                .map(|m| m.start()),
        )
        .chain(year_first)
        // Or the year after 工作: 《××部政府信息公开工作2011年度报告》,
        // 现公开××开发区信息公开2018年度报告 (信息公开工作 too).
        .chain(
            regex!(r"(?:(?:政府|政务)?信息公开(?:工作)?)(?:19|20)\d{2}\s*年度?(?:报告|年报)")
                .find_iter(head)
                .map(|m| m.start()),
        )
        .map(|at| han_run_before(head, at))
        .filter(|run| !notice_about_reports(run))
        .filter(|run| !clause_run(run))
        .find_map(clean_unit)
        .or_else(|| report_named_otherwise(head))
}

/// Source 2 where no run before the report's name is a unit: the unit
/// named around the year of work the report sums up, draws on or makes.
fn report_named_otherwise(head: &str) -> Option<String> {
    // Or what the report sums up: 全面总结××街道办事处2025年政府信息公开工作情况.
    regex!(r"(?:总结|回顾)(\p{Han}{2,30}?)(?:19|20)\d{2}\s*年度?(?:的)?(?:政府|政务)?信息公开工作")
        .captures_iter(head)
        .find_map(|c| clean_unit(&c[1]))
        .or_else(|| {
            // The year first: 在认真总结2020年××镇政府信息公开工作的基础上;
            // 根据2023年××局信息公开工作实际编制 (what the report draws on);
            // 现公布2022年××局政府信息公开工作情况 (what it publishes).
            regex!(r"(?:总结|回顾|根据|结合|公布)(?:19|20)\d{2}\s*年度?(?:的)?(\p{Han}{2,25}?)(?:人民政府|政府)?(?:政府|政务)?信息公开工作")
                .captures_iter(head)
                .find_map(|c| clean_unit(&c[1]))
        })
        .or_else(|| {
            // Or the unit that made the report, its name quoted without
            // one: 某自治区形成了《2016年政府信息公开年度报告》.
            regex!(r"(?:形成|编制|制作|发布|公布)了?《(?:19|20)\d{2}\s*年度?(?:的)?(?:政府|政务)?信息公开")
                .find_iter(head)
                .map(|m| han_run_before(head, m.start()))
                .filter(|run| !clause_run(run))
                .find_map(clean_unit)
        })
        .or_else(|| {
            // Or after the year: 在2016年度沙坡头区人民政府政府信息公开工作年度报告的基础上
            // (汇总2014年度某县某局的政府信息公开年度报告编制而成).
            let after_year = regex!(
                r"(?:19|20)\d{2}\s*年度?\s*(\p{Han}{2,25}?)(?:的)?(?:政府|政务)?信息公开(?:工作)?(?:年度|情况)?(?:报告|年报)"
            );
            after_year.captures_iter(head).find_map(|c| {
                let m = c.get(1)?;
                clean_unit(with_shared_gov(head, m.end()).get(m.start()..)?)
            })
        })
}

/// A run before 政府信息公开工作 that is a clause about the work, no name:
/// a unit, then a verb (街道办事处办公室为地区…主管部门), a purpose
/// (为保证全县…: 全县 is the whole county, said of itself, not its name),
/// or what the work follows (根据某县政府信息公开工作的要求: the county's
/// work a department's report answers to).
fn clause_run(run: &str) -> bool {
    regex!(r"(?:办公室|办事处|政府|局|委|中心|小组)(?:为|是|作为|负责)").is_match(run)
        || run.starts_with('为')
        || ["根据", "按照", "依据", "依照"]
            .iter()
            .any(|w| run.starts_with(w))
        || regex!(r"全[省市县区旗镇乡]").is_match(run)
}

/// A run that opens a notice about compiling the reports (《关于做好××区
/// 2025年政府信息公开年报编制…》) names no report's unit; one that
/// publishes a report (关于公布××县2019年…) does, after its verb.
fn notice_about_reports(run: &str) -> bool {
    let r = run.rfind(['《', '“']).map_or(run, |i| &run[i..]);
    let r = r.trim_start_matches(['《', '“']);
    r.starts_with("关于")
        && !["公布", "印发", "发布", "公开"]
            .iter()
            .any(|v| r.contains(v))
}

/// The part of a run after its last clause verb or bracket.
fn clause_tail(run: &str) -> &str {
    const OPENERS: [char; 7] = ['《', '“', '"', '「', '(', '（', ' '];
    let mut u = run.trim();
    // (Not the brackets of a national zone's province, part of its name:
    // 中国(福建)自由贸易试验区.)
    let mut end = u.len();
    while let Some(i) = u[..end].rfind(OPENERS) {
        if u[..i].ends_with("中国") && regex!(&format!("^{ZONE_PROVINCE}")).is_match(&u[i..]) {
            end = i - "中国".len();
            continue;
        }
        // (Nor a zone's district, part of its body's name: 杭州高新区(滨江)
        // 行政服务中心.)
        if let Some(z) = regex!(&format!("{ZONE_BEFORE_BRACKETS}$"))
            .find(&u[..i])
            .filter(|z| zone_with_its_district(&u[z.start()..]))
        {
            end = z.start();
            continue;
        }
        u = u[i..].trim_start_matches(OPENERS);
        break;
    }
    // A verb inside the run ends the clause before the name (××局编制了县教育局).
    // (Most runs hold none: one scan for all of them first.)
    if !words!(CLAUSE_VERBS).is_match(u) {
        return u;
    }
    for w in CLAUSE_VERBS {
        if let Some(i) = u.rfind(w) {
            // (Not a verb that is the name's own, a bare kind after it:
            // 某区重点区域建设推进中心.)
            let rest = &u[i + w.len()..];
            // (A particle still ends the clause: 调整了局….)
            let kind_only = matches!(
                rest,
                "中心" | "局" | "办" | "委" | "处" | "站" | "所" | "办公室"
            );
            // (Nor a verb inside a place's name: 新发布依族乡.)
            let in_name = || gazetteer().mentions(u).any(|m| m.start < i && i < m.end);
            if (!kind_only || matches!(*w, "了" | "的")) && !in_name() {
                u = rest;
            }
        }
    }
    u
}

/// Verbs whose object is the name after them (see [`clause_tail`]), cut in
/// this order.
const CLAUSE_VERBS: &[&str] = &[
    "编制了",
    "编制",
    "发布了",
    "发布",
    "公布了",
    "公布",
    "印发",
    "向社会公开",
    // 现公开××街道办事处2022年….
    "现公开",
    "特公开",
    // 调整了××局: a verb's particle ends the clause before the name.
    "了",
    // Verbs that take the unit as their object (未发生涉及卫生健康局…,
    // 为认真做好某市某局政府信息公开工作, 针对某局…).
    "涉及",
    "做好",
    "针对",
    // (成立局政务信息公开工作领导小组: the group is the unit's own.)
    "成立",
    "组建",
    // The work done on the unit's disclosure (办公室牵头开展本街道政府信息
    // 公开工作, 进一步加强某局政府信息公开工作).
    "开展",
    "推进",
    "推动",
    "加强",
    "抓好",
    "深化",
    // (进一步强化县政府信息公开工作的统筹: the work, no unit.)
    "强化",
    "提升",
    "落实",
    // A modifier ends before the name (…负责人为成员的某局信息公开领导小组).
    "的",
    // The parts the report is told in (现从…等五方面就某局…报告如下).
    "方面就",
];

/// The offices of a unit's disclosure work (its leading group's, its
/// 政务公开 office), for a government or a department.
const GROUP_OFFICES: [&str; 9] = [
    "信息公开工作领导小组办公室",
    "信息公开领导小组办公室",
    "政务公开工作领导小组办公室",
    "政务公开领导小组办公室",
    // (某区政务公开协调办公室.)
    "政务公开协调办公室",
    "信息公开协调办公室",
    "政务公开办公室",
    // (某市政府信息公开办公室.)
    "信息公开办公室",
    // (某市政府信息公开工作办公室.)
    "信息公开工作办公室",
];

/// The office that compiles for its government (××县人民政府办公室,
/// ××市人民政府政务公开办公室): the government is the unit; None when the
/// government is not named (市政府办公厅).
fn government_of_office(u: &str) -> Option<&str> {
    // A township's 党政 office by a longer name (党政综合办公室, 党政综合与
    // 社区建设办公室) is its 党政办公室.
    let party = u.strip_suffix("办公室").and_then(|rest| {
        let i = rest.rfind("党政")?;
        let words = rest[i..].chars().count();
        (2 < words && words <= 12).then(|| &u[..i + "党政".len()])
    });
    if let Some(gov) =
        party.and_then(|p| government_of_office(&format!("{p}办公室")).map(|g| g.len()))
    {
        return Some(&u[..gov]);
    }
    // The offices a government compiles its report through (办公室 and its
    // 政务公开/电子政务/党政 variants, 办公厅 at province level).
    for office in GROUP_OFFICES.iter().chain(&[
        "电子政务办公室",
        "党政综合办公室",
        "综合办公室",
        "党政办公室",
        "办公室",
        "办公厅",
        "党政办",
        // (A street's office by its own name: 某街道办事处综合事务部.)
        "综合事务部",
    ]) {
        if let Some(gov) = u.strip_suffix(office) {
            let rest = clause_tail(gov);
            let gov = strip_gov(rest);
            // A department's disclosure group or office works for it
            // (某厅政府信息公开领导小组办公室).
            if GROUP_OFFICES.contains(office) && gov != u && is_department(gov) && has_place(gov) {
                return Some(gov);
            }
            // A government's office follows the government or its place
            // (县人民政府办公室, 某镇党政办公室); after other words it is an
            // office of its own (市人民政府外事办公室).
            let of_government = gov != rest || ends_with_place(gov);
            if of_government
                && gov != u
                && gov.chars().count() >= 2
                && has_place(gov)
                && !is_department(gov)
            {
                return Some(gov);
            }
            // 市政府办公厅, 自治区人民政府办公厅 compile for a government the
            // sentence does not name.
            let bare = gov.trim_end_matches("人民政府").trim_end_matches("政府");
            if bare.chars().count() <= 1
                || matches!(bare, "自治区" | "自治州" | "自治县" | "自治旗")
            {
                return None;
            }
        }
    }
    Some(u)
}

/// The words of the centres a government compiles its report through:
/// its data, e-government, government-service or information centre.
const GOVERNMENT_CENTRES: [&str; 6] = [
    "数据",
    "电子政务",
    "政务服务",
    "政务公开",
    "政务信息",
    "信息",
];

/// The byte length of the places a name opens with: the gazetteer's
/// mentions that run on from its start (某省某市 of 某省某市某中心).
fn leading_place_len(name: &str) -> usize {
    let mut end = 0;
    for m in gazetteer().mentions(name) {
        if m.start != end {
            break;
        }
        end = m.end;
    }
    end
}

/// A centre that compiles its place's report (由某区大数据中心编制,
/// 由某市人民政府电子政务管理中心…编制而成) where the page speaks as the
/// place (我区, 全市) and never as a centre (我中心): the place's
/// government. A centre named after its government, or one of
/// [`GOVERNMENT_CENTRES`]; the place is the gazetteer's names its name
/// opens with.
fn government_of_centre(name: &str, head: &str) -> Option<String> {
    let u = clean_unit(name)?;
    let own = u.strip_suffix("中心")?;
    let (place, rest) = own.split_at(leading_place_len(own));
    let of_government = ["人民政府", "政府"].iter().any(|w| rest.starts_with(w));
    if place.chars().count() < 2
        || !(of_government || GOVERNMENT_CENTRES.iter().any(|w| rest.contains(w)))
    {
        return None;
    }
    let kind = place.chars().last()?.to_string();
    let counts = self_kind_counts(head, true);
    let said = |k: &str| self_said(&counts, |s| s.0 == k);
    (said(&kind) >= 1 && said("中心") == 0).then(|| place.to_string())
}

/// A sentence that says what the unit is (某市卫生健康委是主管全市…的市
/// 政府职能部门; 某市某委员会是市人民政府主管某工作的部门): the department
/// it defines.
fn defined_department(head: &str) -> Option<String> {
    regex!(r"(?m)(?:^|。)\s*([\p{Han}]{2,25}?)是[^。\n]{0,40}?(?:职能部门|工作部门|组成部门|直属机构|直属单位|(?:主管|负责)[^。\n]{0,30}?的(?:部门|机构))")
        .captures_iter(head)
        .find_map(|c| clean_unit(&c[1]).filter(|u| is_department(u) && has_place(u)))
}

/// Source 3, the subject of the 编制 sentence.
/// The sentences that name who compiled the report, each with a word its
/// matches hold (the first, an office that compiles, is also read alone).
fn compiler_patterns() -> [(&'static crate::gated::Gated, &'static str); 12] {
    // 本报告由××县人民政府办公室根据…编制, 由××局根据…编制.
    // (The office compiles the report, not a step of other work: 由综合办公室
    // 初审、分管领导复审.)
    let office = regex!(
        r"由([\p{Han}]{2,30}?(?:办公室|办公厅|党政办))[^。]{0,40}?(?:编制|汇总|起草|撰写|编写)"
    );
    // (Compiling, not other work it does: 由某办公室负责日常监督检查.)
    let by = regex!(
        r"由([\p{Han}]{2,30}?)(?:根据|依据|按照|负责|编制|综合|结合)[^。]{0,200}?(?:编制|汇总|起草|撰写|编写|编纂)"
    );
    // (由某区综合行政服务中心编制: the name up to 编制 first, where it
    // holds a word the one above stops at; its short name may follow it in
    // brackets: 由某市经济和信息化委员会(以下简称我委)编制; two bodies
    // together: 由甲区政府、乙区政府共同编制.)
    // (A national zone's name holds its province in brackets: 由中国(福建)
    // 自由贸易试验区…编制.)
    let by_direct = regex!(
        r"由((?:中国[(（]\p{Han}{2,3}[)）])?[\p{Han}、]{2,30}?)(?:[(（]以下简称[^()（）。]{1,12}[)）])?编制"
    );
    // 特向社会公布××县2021年度政府信息公开情况: the unit before its year.
    let publishes = regex!(
        r"特向社会(?:公布|公开|发布)(?:了)?([\p{Han}]{2,25}?)(?:人民政府|政府)?\s*(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开|信息公开)"
    );
    // 某办事处向社会公布2021年度本级…年度报告: the unit opens the line.
    let publishes_own = regex!(
        r"(?m)^\s*([\p{Han}]{2,30}?)(?:特)?向社会(?:公布|公开|发布)(?:了)?\s*(?:19|20)\d{2}\s*年度?[^。\n]{0,12}?(?:政府信息公开|政务公开|信息公开)"
    );
    // ××镇人民政府特此编制, ××局编制了.
    let subj =
        regex!(r"(?:^|[,，。;；:：\n])\s*([\p{Han}]{2,30}?)(?:特此|特|认真|依法|现|组织)?编制");
    // 编制××局 (cut before its year).
    let obj = regex!(r"编制(?:了)?《?([\p{Han}]{2,25})(?:$|\s|《|(?:19|20)\d{2})");
    // 结合××新区政府信息公开工作情况编制 (结合××局2022年政府信息公开工作
    // 实际: the year between; 结合××区政府信息公开情况编制: 工作 left out).
    // (根据××管理委员会的政府信息公开年度工作情况进行编制: what it draws
    // on, 的 and 年度 between.)
    let combining = regex!(
        r"(?:结合|根据|依据)([\p{Han}]{2,25}?)(?:人民政府|政府)?(?:的)?\s*(?:(?:19|20)\d{2}\s*年度?\s*)?(?:政府信息公开|政务公开|信息公开)(?:年度)?(?:工作)?(?:实际|情况)"
    );
    // 依据《条例》…和2011年度某省某室信息公开工作情况编制: the unit's own
    // work named after the law, its year first, 编制 right after.
    let after_law = regex!(
        r"[和及](?:19|20)\d{2}\s*年度?([\p{Han}]{2,25}?)(?:人民政府|政府)?(?:政府信息公开|政务公开|信息公开)(?:工作)?情况编制"
    );
    // ××局结合单位实际,编制本单位….
    let combining_first = regex!(r"(?:^|[,，。;；:：\n])\s*([\p{Han}]{2,30}?)结合[^。]{0,20}?编制");
    // ××镇信息公开工作由党政办负责: whose work an office does (the
    // sentence every report's 工作机构 part is written in, with 由).
    let work_by =
        regex!(r"(?:^|[,，。;；:：\n])\s*([\p{Han}]{2,20}?)(?:的)?(?:政府|政务)?信息公开工作由");
    // ××办公室依据《条例》第五十条规定,编制本报告: the unit opens the line
    // and compiles after the law it names.
    let opens_by_law = regex!(
        r"(?m)^\s*([\p{Han}]{2,30}?)(?:依据|根据|按照|依照)《[^。\n]{0,100}?编制(?:了)?本(?:年度)?(?:报告|年报)"
    );
    [
        (office, "由"),
        (by_direct, "由"),
        (by, "由"),
        (subj, "编制"),
        (obj, "编制"),
        (combining, "公开"),
        (after_law, "情况编制"),
        (combining_first, "结合"),
        (work_by, "工作由"),
        (publishes, "特向社会"),
        (publishes_own, "向社会"),
        (opens_by_law, "编制"),
    ]
}

fn compiled_by(head: &str) -> Option<String> {
    // An office that compiles the report and calls itself so (我办, twice
    // or more), never by its government's place (我市, 全县), reports on
    // itself: the office, not its government (由某县人民政府办公室编制, or
    // …要求,某县人民政府办公室编制了本报告).
    let speaks_as_office = std::cell::OnceCell::new();
    // (Any office 由…编制 names; elsewhere an 办公室 or 办公厅 only.)
    let office_reporting_on_itself = |name: &str, any: bool| -> Option<String> {
        let speaks = *speaks_as_office.get_or_init(|| {
            let counts = self_kind_counts(head, true);
            let said = |kinds: &[&str]| self_said(&counts, |k| kinds.contains(&k.0));
            said(&["办"]) >= 2 && said(&["省", "市", "县", "区", "旗", "镇", "乡", "街"]) == 0
        });
        speaks
            .then(|| clean_unit(name))
            .flatten()
            .filter(|u| has_place(u) && (any || u.ends_with("办公室") || u.ends_with("办公厅")))
    };
    let patterns = compiler_patterns();
    if let Some(own) = patterns[0]
        .0
        .captures(head)
        .and_then(|c| office_reporting_on_itself(&c[1], true))
    {
        return Some(own);
    }
    // Each with a word its matches hold, searched for first (subj and
    // combining_first open with no literal the regex could look for).
    patterns
        .iter()
        .filter(|(_, word)| head.contains(word))
        .map(|(r, _)| r)
        .find_map(|r| {
            r.captures_iter(head).find_map(|c| {
                // (The 由 of 自由 is no preposition.)
                let whole = c.get(0)?;
                if whole.as_str().starts_with('由') && head[..whole.start()].ends_with('自') {
                    return None;
                }
                let name = first_of_joint(&c[1]);
                office_reporting_on_itself(name, false)
                    .or_else(|| government_of_centre(name, head))
                    .or_else(|| government_of_office(name).and_then(clean_unit))
            })
        })
}

/// Two bodies that compile one report together (由闸北区政府、静安区政府
/// 共同编制): the first, as a title of two names reports as its first.
fn first_of_joint(name: &str) -> &str {
    let both = name
        .strip_suffix("共同")
        .or_else(|| name.strip_suffix("联合"))
        .unwrap_or(name);
    match both.split_once('、') {
        Some((first, second)) if clean_unit(first).is_some() && clean_unit(second).is_some() => {
            first
        }
        _ => name,
    }
}

/// Verbs that follow the unit at the start of a body sentence (2014年,立岗镇按照…).
pub(crate) const UNIT_VERBS: &str = "在|通过|依托|按照|依照|依据|认真|坚持|坚决|严格|紧紧|紧扣|围绕|全面|进一步|深入|继续|积极|始终|高度|切实|扎实|不断|着力|结合|根据|贯彻|聚焦|全力|主动|持续|的?(?:政府信息|政务|信息)公开|共|以|把|将|进行|各单位|各部门|党委|党工委|全年|不断";

/// A clause before the first sentence's subject: 根据…通知要求 (the
/// documents it cites may be three or four), 作为新组建部门,
/// 在区委、区政府的坚强领导下 (的统一部署下).
/// (Or what the work follows: 以《条例》为根本遵循; a clause of what it is
/// fitted to may come after the lead: …,紧密贴合卫生健康工作实际,某局….)
const LEAD: &str = r"(?:(?:(?:根据|按照|依据)[^。]{0,160}?(?:要求|规定|部署|精神)|作为[^,，。]{1,15}|在[^,，。]{1,30}?(?:领导|指导|带领|关心|支持|部署)下|以[^。\n]{1,120}?为(?:根本)?(?:遵循|指引|指导|引领|统领|主线))(?:\s*[,，]\s*(?:紧密|紧紧)?(?:贴合|结合|立足|围绕|聚焦)[^,，。\n]{1,20})?)";

/// A clause of purpose or principle before the year that opens the first
/// sentence: 为了充分保障…的服务作用,2017年,某局严格按照…; 本着…的原则,2014年,….
const PURPOSE: &str = r"(?:为了?|本着)[^。\n]{2,120}?";

/// Source 4, the first sentence's subject: `2019年，××高度重视…` (`在2024年,××坚决…`); or a gazetteer
/// place opening that sentence (`2020年，江山市各部门…`).
fn first_sentence_subject(head: &str) -> Option<String> {
    static SENTENCE: OnceLock<Regex> = OnceLock::new();
    let r = SENTENCE.get_or_init(|| {
        crate::compile(&format!(
            r"(?m)(?:^\s*[^\p{{Han}}\p{{N}}\s]{{0,3}}|。|总体情况|概述)\s*(?:(?:{PURPOSE}|{LEAD})\s*[,，]\s*)?(?:截至|截止|在)?(?:19|20)\d{{2}}\s*年(?:度|以来|底)?\s*[,，]?\s*(?:{LEAD}\s*[,，]\s*)?([\p{{Han}}]{{2,20}}?(?:[(（]\p{{Han}}{{1,8}}[)）]\p{{Han}}{{2,12}}?)??)(?:[(（][^()（）。\n]{{1,20}}[)）])?(?:{UNIT_VERBS})"
        ))
    });
    for c in r.captures_iter(head) {
        if let Some(u) = clean_unit(&c[1]) {
            return Some(u);
        }
    }
    // The account's first line after its heading, with no year: 一、总体情况
    // / 某局坚持… (or after a space: 一、 总体情况 某镇贯彻…; or after its
    // lead: 按照区委有关要求,某局进一步…).
    static HEADED: OnceLock<Regex> = OnceLock::new();
    let headed = HEADED.get_or_init(|| {
        crate::compile(&format!(
            r"(?:总体情况|概述)(?:[ \t\u{{3000}}]*\n|[ \t\u{{3000}}]+)\s*(?:{LEAD}\s*[,，]\s*)?([\p{{Han}}]{{2,20}}?)(?:{UNIT_VERBS})"
        ))
    });
    // (Not a clause about the work: 乡政府办公室为全乡….)
    let subject = |re: &Regex| {
        re.captures(head)
            .filter(|c| !clause_run(&c[1]))
            .and_then(|c| clean_unit(&c[1]))
    };
    if let Some(u) = subject(headed) {
        return Some(u);
    }
    // A line that opens with its lead and no year: 根据…通知要求,某局扎实
    // 推进政府信息公开工作,现将….
    static LED: OnceLock<Regex> = OnceLock::new();
    let led = LED.get_or_init(|| {
        crate::compile(&format!(
            r"(?m)^[ \t\u{{3000}}]*{LEAD}\s*[,，]\s*([\p{{Han}}]{{2,20}}?)(?:{UNIT_VERBS})"
        ))
    });
    // (A department's name or a place's: not a clause's words.)
    if let Some(u) = subject(led).filter(|u| is_department(u) || has_place(u)) {
        return Some(u);
    }
    let opening = regex!(r"(?m)(?:^|。)\s*(?:19|20)\d{2}\s*年(?:度|以来)?\s*[,，]?\s*");
    let g = gazetteer();
    for m in opening.find_iter(head) {
        let rest = &head[m.end()..];
        // Consecutive gazetteer names from the sentence start (岳阳县新墙镇).
        let opening = first_chars(rest, 20);
        let Some(end) = place_chain(opening, g.mentions(opening), 0, false)
            .last()
            .map(|n| n.end)
        else {
            continue;
        };
        // (Not a place run into Latin letters or digits: a name a hijacked
        // page replaced, 2011年,某市365…网高度重视.)
        if rest[end..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        // A department after the place (2022年,某县交通运输局对…): the run
        // to the first kind of department, longer kinds first (a street's
        // 办事处 is the street itself).
        let dept = regex!(r"^\p{Han}{0,12}?(?:委员会|办事处|办公室|管委会|局|委|办|中心|厅)")
            .find(&rest[end..])
            .filter(|x| !x.as_str().starts_with(['各', '全', '等', '和', '及']))
            .and_then(|x| clean_unit(&rest[..end + x.end()]))
            .filter(|u| is_department(u));
        if let Some(u) = dept.or_else(|| clean_unit(&rest[..end])) {
            return Some(u);
        }
    }
    None
}

/// Source 8c: the department on whose own portal the report says it can
/// be read (本报告电子版可在“某市某局”门户网站下载): a government's portal
/// (某县人民政府网站) is any of its departments', so only a department
/// with its place counts.
fn report_portal(text: &str) -> Option<String> {
    let c = regex!(
        r#"本(?:年度)?报告(?:全文)?(?:电子版)?(?:可|可以|将)?(?:在|从|于|通过|登录)[“"「]([\p{Han}]{4,30}?)[”"」](?:门户|官方)?网站(?:上)?(?:下载|查阅|查询|公布|发布)"#
    )
    .captures(text)?;
    clean_unit(&c[1]).filter(|u| is_department(u) && has_place(u))
}

/// Source 8b: the department whose own account the page names (通过
/// “某旗教育局”微信公众号公开信息…) where the page calls itself by that
/// department's kind (我局 with a 局) and never by a place (我旗, 全县), or
/// its own list of what it discloses (《某委…主动公开全清单》) likewise; or
/// the township whose own catalogue or guide it names (对照《某镇基层政务
/// 公开标准目录》, 《某街道主动公开事项目录》), or its own account (某镇微信
/// 公众号), where it calls itself by the township's kind (我镇; a street
/// also by 街道 alone, opening two clauses).
fn own_account(text: &str) -> Option<String> {
    let account = regex!(
        r#"[“"「]([\p{Han}]{4,25}?)[”"」]\s*(?:(?:政务)?微信公众号|微信号|公众号|(?:政务)?微博|头条号|抖音号)"#
    );
    let counts = std::cell::OnceCell::new();
    let counts = || counts.get_or_init(|| self_kind_counts(text, true));
    // Whether the page calls itself by the township's kind (我街 for a 街道).
    let says_own_kind = |name: &str| {
        self_said(counts(), |k| {
            k.1 == Some(Level::Township)
                && (name.ends_with(k.0) || k.0 == "街" && name.ends_with("街道"))
        }) > 0
    };
    // (Or its own list or guide: 按照《某区住房城市建设委政府信息主动公开
    // 全清单》, where the page calls itself 我委.)
    let list = regex!(
        r"《([\p{Han}]{4,25}?)(?:政府信息|政务)?(?:主动公开|信息公开|公开)[^《》]{0,12}?(?:清单|目录|指南)》"
    );
    account
        .captures_iter(text)
        .chain(list.captures_iter(text))
        .find_map(|c| {
        let name = clean_unit(&c[1]).filter(|u| has_place(u) && is_department(u))?;
        let said = self_said(counts(), |k| {
            k.1 == Some(Level::Department) && name.ends_with(k.0)
        });
        (said > 0 && said_as_place(counts()) == 0).then_some(name)
    })
    .or_else(|| {
        let catalogue = regex!(
            r"《([\p{Han}]{2,12}?(?:镇|乡|街道|苏木))(?:人民政府|办事处)?(?:基层)?(?:政务公开|政府信息公开|信息公开|主动公开)[^《》]{0,12}?(?:指南|目录)》"
        );
        // (Or a street that names itself 街道 alone, twice, where a clause
        // opens: 2025年,街道收到…; …,街道主动公开….)
        let bare_street = || {
            regex!(r"(?:^|[,，。;；\n])街道(?:办事处)?(?:主动|收到|共|全年|认真|严格|依托|积极)")
                .find_iter(text)
                .count()
                >= 2
        };
        catalogue.captures_iter(text).find_map(|c| {
            let name = &c[1];
            ((says_own_kind(name) || name.ends_with("街道") && bare_street())
                && gazetteer().level_of_name(name) == Some(crate::gazetteer::GLevel::Township))
                .then(|| name.to_string())
        })
    })
    .or_else(|| {
        // Or the township's own account (开设的某镇微信公众号), the
        // gazetteer's township right before it; or the county's (某区政务
        // 微信平台) where the page calls itself by the county's kind twice
        // and never by a department's (我局).
        use crate::gazetteer::GLevel;
        let g = gazetteer();
        let says_county_kind = |name: &str| {
            self_said(counts(), |k| k.1 == Some(Level::County) && name.ends_with(k.0)) >= 2
                && self_said(counts(), |k| k.1 == Some(Level::Department)) == 0
        };
        let said = self_said(counts(), |k| {
            matches!(k.1, Some(Level::Township) | Some(Level::County))
        });
        if said == 0 {
            return None;
        }
        let own_account = regex!(
            r"(镇|乡|街道|苏木|区|县|旗)(?:人民政府|办事处)?(?:政务)?(?:微信公众号|公众号|微信号|微信平台)"
        );
        own_account.captures_iter(text).find_map(|c| {
            let end = c.get(1)?.end();
            let window = &text[crate::text::chars_before(text, end, 12)..end];
            let own = g.mentions(window).last().filter(|p| p.end == window.len())?;
            let of_level = |l: GLevel| own.ids.iter().any(|&i| g.divisions[i].level == l);
            let name = &window[own.start..];
            let says = of_level(GLevel::Township) && says_own_kind(name)
                || of_level(GLevel::County) && says_county_kind(name);
            says.then(|| name.to_string())
        })
    })
}

/// Source 9, last: a town or street named in full as the subject of a
/// clause in the page head, its county before it (…,北京市东城区人民政府
/// 崇文门外街道办事处主要通过数字东城网站…): gazetteer names side by side
/// (人民政府 between them allowed), the last a township, then a verb.
fn township_subject(head: &str) -> Option<String> {
    let g = gazetteer();
    let head = first_chars(head, 1500);
    let mentions: Vec<_> = g.mentions(head).collect();
    let township = |m: &crate::gazetteer::Mention| {
        m.ids
            .iter()
            .any(|&i| g.divisions[i].level == crate::gazetteer::GLevel::Township)
    };
    let verb = regex!(
        r"^(?:办事处|人民政府|政府)?(?:主要|也|还|均)?(?:通过|依托|按照|认真|坚持|严格|围绕|高度|切实|积极|不断|持续|根据|结合|位于)"
    );
    for (i, first) in mentions.iter().enumerate() {
        // The chain opens a clause.
        let before = head[..first.start].chars().next_back();
        if before.is_some_and(|c| !matches!(c, ',' | '，' | '。' | '\n' | ';' | '；')) {
            continue;
        }
        let chain = place_chain(head, mentions[i..].iter().copied(), first.start, true);
        // (A township alone, the first place the page names, opening the
        // line of its account: 良渚街道认真贯彻落实《条例》…, 某镇位于某市
        // 西北部 (its account of itself); or the clause
        // after the time it speaks of: 自2008年…以来,某街道严格按照….)
        let alone = i == 0
            && (first.start == 0
                || head[..first.start].ends_with('\n')
                || ["以来,", "以来，"]
                    .iter()
                    .any(|w| head[..first.start].ends_with(w)));
        for m in chain.skip(usize::from(!alone)) {
            if township(&m) && verb.is_match(&head[m.end..]) {
                let suffix = regex!(r"^(?:办事处|人民政府|政府)?")
                    .find(&head[m.end..])
                    .map_or(0, |x| x.end());
                return clean_unit(&head[first.start..m.end + suffix]);
            }
        }
    }
    None
}

/// Gazetteer names side by side in `text` from byte `start` (岳阳县新墙镇;
/// with `gov_between`, 人民政府 may stand between two: 某区人民政府某街道),
/// taken from `mentions` (the text's, in order).
fn place_chain<'g, 't>(
    text: &'t str,
    mentions: impl Iterator<Item = crate::gazetteer::Mention<'g>> + 't,
    start: usize,
    gov_between: bool,
) -> impl Iterator<Item = crate::gazetteer::Mention<'g>> + 't {
    let mut end = start;
    mentions
        .skip_while(move |m| m.start < start)
        .take_while(move |m| {
            let gap = &text[end.min(m.start)..m.start];
            let next = m.start >= end && (gap.is_empty() || gov_between && gap == "人民政府");
            if next {
                end = m.end;
            }
            next
        })
}

/// Source 6, the signature: a line among the last ones that is a unit name alone
/// (`××县××镇人民政府`), usually above the date.
fn signature(text: &str) -> Option<String> {
    text.lines()
        .rev()
        .take(8)
        .map(str::trim)
        .filter(|l| (3..=30).contains(&l.chars().count()))
        .find_map(|l| {
            let u = clean_unit(l)?;
            // A signature names a place or a government, not just a 办公室.
            (u == strip_gov(l) && (gazetteer().mentions(&u).next().is_some())).then_some(u)
        })
}

/// Source 5, the page head: a unit alone on one of the first lines, as
/// portals print the publishing unit above the date (`××县人民政府办公室` /
/// `2020-01-15`).
fn header_line(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .filter(|l| (3..=30).contains(&l.chars().count()))
        .find_map(|l| {
            // Less a bracketed alias at its end (××市民委(宗教局)).
            let l = regex!(r"[(（][^()（）]{1,12}[)）]$").replace(l, "");
            // One inside the name (某经开区(某江)管委会) is kept: the name is
            // read without it and written with it.
            let inner =
                regex!(r"^(\p{Han}{2,}?)([(（]\p{Han}{1,8}[)）])(\p{Han}{2,})$").captures(&l);
            let bare = match &inner {
                Some(c) => format!("{}{}", &c[1], &c[3]),
                None => l.to_string(),
            };
            let u = clean_unit(&bare)?;
            if u != strip_gov(&bare) || !(has_place(&u) || is_department(&u)) {
                return None;
            }
            Some(match inner {
                Some(c) if u.len() > c[1].len() => {
                    format!("{}{}{}", &c[1], &c[2], &u[c[1].len()..])
                }
                _ => u,
            })
        })
}

/// What a report calls itself after 我/本/全 (我局, 全县, 本镇; 街 for 我街
/// and 我街道), with the level of a unit that says it with 我 — none for
/// 我省 and 我市, which departments say of their place as often — and
/// whether 全 + the kind says it too (全县, 全局; not 全部, 全社会, 全会).
/// A ministry says 我部, a co-operative 我社, a federation or commission
/// 我会, an office of counsellors or research 我室.
pub const SELF_KINDS: [(&str, Option<Level>, bool); 19] = [
    ("省", None, true),
    ("县", Some(Level::County), true),
    ("市", None, true),
    ("区", Some(Level::County), true),
    ("旗", Some(Level::County), true),
    ("镇", Some(Level::Township), true),
    ("乡", Some(Level::Township), true),
    ("街", Some(Level::Township), true),
    ("苏木", Some(Level::Township), true),
    ("局", Some(Level::Department), true),
    ("委", Some(Level::Department), true),
    ("办", Some(Level::Department), true),
    ("厅", Some(Level::Department), true),
    ("室", Some(Level::Department), false),
    ("中心", Some(Level::Department), true),
    ("部", Some(Level::Department), false),
    ("社", Some(Level::Department), false),
    ("会", Some(Level::Department), false),
    // A bureau's branch (我分局).
    ("分局", Some(Level::Department), false),
];

/// Words after 我/本 that begin like a kind but are none: 本社区 (a
/// community), 本部门 (said by units of every kind), 本部分 (this part),
/// 我会同 (I, together with), 本会议.
const NOT_SELF_KINDS: [&str; 7] = ["社区", "社会", "部门", "部分", "部署", "会同", "会议"];

/// How often the text calls itself by each kind of [`SELF_KINDS`]: 我 or
/// 本 before the kind, and with `whole` 全 where the kind allows it; one
/// pass over the text.
pub fn self_kind_counts(text: &str, whole: bool) -> [usize; SELF_KINDS.len()] {
    let mut counts = [0usize; SELF_KINDS.len()];
    for (i, c) in text.char_indices() {
        if !(matches!(c, '我' | '本') || whole && c == '全') {
            continue;
        }
        let rest = &text[i + c.len_utf8()..];
        if NOT_SELF_KINDS.iter().any(|w| rest.starts_with(w)) {
            continue;
        }
        if let Some(k) = SELF_KINDS
            .iter()
            .position(|k| rest.starts_with(k.0) && (c != '全' || k.2))
        {
            counts[k] += 1;
        }
    }
    counts
}

/// A report that never names its unit but speaks as the government of the
/// place its page settles on: of the whole place (全县, 我市), of the places
/// below it (各乡镇, 各县(市、区), 市县两级) or of its own government (本级政
/// 府, 政府常务会议). The unit is that place, a county's or a prefecture's
/// (a province's where the report is made of its governments' and
/// departments' ones), where nothing gave it another level. (Not where its only cues are those
/// a department writes as well: 各部门, 政府门户网站, 政府办公室; nor where
/// it calls itself a department anywhere.)
pub fn place_as_unit(text: &str, region: &Region, level: Option<Level>) -> Option<(String, Level)> {
    if region.township.is_some() {
        return None;
    }
    // (各部门, 各委、办、局, 各委办局: a government's departments as
    // governments list them, any place's.)
    // A province's (or a municipality's) report says it is made of those
    // of the governments below and of its departments (综合各市人民政府和
    // 省政府各部门…的年度报告, 在某市各区人民政府和某市政府各委、办、局的…
    // 年度报告的基础上编制).
    let of_governments_and_departments = || {
        regex!(r"各(?:市|地市|市州|区|区县)(?:人民)?政府(?:和|及|、)\p{Han}{0,4}?(?:人民)?政府(?:各部门|各委、办、局|各委办局)")
            .is_match(text)
    };
    let (place, of) = match (&region.county, &region.prefecture, &region.province) {
        (Some(c), _, _) => (c, Level::County),
        (None, Some(p), _) => (p, Level::Prefecture),
        (None, None, Some(p)) if of_governments_and_departments() => (p, Level::Province),
        _ => return None,
    };
    // (Nor a page that calls itself a department: 我局, 本委.)
    let counts = self_kind_counts(text, false);
    if level.is_some_and(|l| l != of) || self_said(&counts, |k| k.1 == Some(Level::Department)) > 0
    {
        return None;
    }
    if of == Level::Province {
        return Some((place.clone(), of));
    }
    let kind = place.chars().last()?;
    let below: &[&str] = match of {
        Level::County => &["各乡镇", "各乡", "各镇", "各街道"],
        _ => &[
            "各县",
            "县(市、区)",
            "县(区)",
            "县市区",
            "各区县",
            "市县两级",
        ],
    };
    // (Twice at least: a department serving its city's work writes 全市
    // once as well.)
    let whole = ['全', '我']
        .iter()
        .map(|c| text.matches(&format!("{c}{kind}")).count())
        .sum::<usize>()
        >= 2;
    let speaks = whole
        || below.iter().any(|w| text.contains(w))
        || ["本级政府", "政府常务会议"]
            .iter()
            .any(|w| text.contains(w));
    speaks.then(|| (written_as_prefecture(text, place, of), of))
}

/// A prefecture that was a 地区 until lately (吐鲁番地区, a 市 since 2015;
/// 铜仁地区, 日喀则地区) named as the text names it where it writes the old
/// name: the report's unit is what the page calls itself.
fn written_as_prefecture(text: &str, place: &str, of: Level) -> String {
    if of == Level::Prefecture {
        if let Some(stem) = place.strip_suffix('市') {
            let old = format!("{stem}地区");
            if stem.chars().count() >= 2 && text.contains(&old) {
                return old;
            }
        }
    }
    place.to_string()
}

/// How often `counts` (of [`self_kind_counts`]) says the kinds `pick` keeps.
pub fn self_said(
    counts: &[usize; SELF_KINDS.len()],
    pick: impl Fn(&(&str, Option<Level>, bool)) -> bool,
) -> usize {
    SELF_KINDS
        .iter()
        .zip(counts)
        .filter(|(k, _)| pick(k))
        .map(|(_, n)| n)
        .sum()
}

/// How often `counts` says a place of the unit's own (我县, 本镇, 全省):
/// every kind of [`SELF_KINDS`] but a department's.
fn said_as_place(counts: &[usize; SELF_KINDS.len()]) -> usize {
    self_said(counts, |k| k.1 != Some(Level::Department))
}

/// Kinds a report calls itself by whose unit the text cannot name through
/// them: a street has no government of its own, 厅 is said of a
/// province's departments in pages of every level, and the names of
/// ministries, co-operatives, federations and 室 offices are not read from
/// a contact.
const NAMES_NO_UNIT: [&str; 7] = ["街", "厅", "中心", "部", "社", "会", "室"];

/// Source 7, what the report calls itself (我县, 全县, 我局) agreeing with a
/// unit of that kind the text names: a place of that kind named with its
/// government (《兴海县人民政府信息公开指南》, 随县人民政府门户网站), or for
/// a department the office to contact (请与闽侯县水利局…联系).
fn self_reference(text: &str) -> Option<String> {
    let mut counts = self_kind_counts(text, true);
    if let Some(u) = street_self_reference(&counts, text) {
        return Some(u);
    }
    for (k, n) in SELF_KINDS.iter().zip(counts.iter_mut()) {
        if NAMES_NO_UNIT.contains(&k.0) {
            *n = 0;
        }
    }
    let best = *counts.iter().max()?;
    let tied: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] == best).collect();
    // A department that calls itself 我局 as often as it names the place
    // it serves (我省, 我市, 我县) is a department of that place: its name,
    // found as below, must then hold a place.
    let department_of_place = match tied[..] {
        [a, b] => {
            let dept = |i: usize| SELF_KINDS[i].1 == Some(Level::Department);
            let place = |i: usize| ["省", "市", "县", "区", "旗"].contains(&SELF_KINDS[i].0);
            (dept(a) && place(b))
                .then_some(a)
                .or((dept(b) && place(a)).then_some(b))
        }
        _ => None,
    };
    // One kind, and no other as often; said once, the unit it agrees
    // with must be named more than once.
    if best == 0 || tied.len() > 1 && department_of_place.is_none() {
        return None;
    }
    let named = if best >= 2 { 1 } else { 2 };
    let (kind, level, _) = SELF_KINDS[department_of_place.unwrap_or(tied[0])];
    if level == Some(Level::Department) {
        return self_department(text, kind, named, department_of_place.is_some());
    }
    self_place(text, kind, level, named)
}

/// The department the page calls itself (我局) as a unit of its `kind`
/// it names `named` times or more: the office to contact, its leading
/// group, its own rules or documents, its site. With `of_place` (it names
/// its place as often) the name must hold a place.
fn self_department(text: &str, kind: &str, named: usize, of_place: bool) -> Option<String> {
    let contact = regex!(self_department_named!(contact_lead!(), ""));
    // (The whole word: 铜官区东郊办事处 of 我办 is no 铜官区东郊办.)
    // Or its own leading group (甘南州自然资源局信息公开领导小组).
    let group = regex!(self_department_named!(
        "",
        r"(?:政府|政务)?信息公开(?:工作)?领导小组"
    ));
    // Or its own guide or rules (《铜仁市教育局网上信息公开审查制度》), or
    // its year's points of work (《某区司法局2019年政务公开工作要点》).
    let own_rules = regex!(self_department_named!(
        r"《",
        r"(?:(?:19|20)\d{2}\s*年度?)?(?:(?:政府|政务)?(?:网上)?信息公开|政务公开)[^》]{0,10}》"
    ));
    // Or its rules named without brackets (建立健全了县某局信息公开工作
    // 制度).
    let own_rules_plain = regex!(self_department_named!(
        r"(?:建立|制定|修订|完善|出台)(?:健全)?(?:了)?",
        r"(?:政府|政务)?信息公开(?:工作)?(?:制度|办法|规定|细则)"
    ));
    // Or the documents it made (全年制修订《深圳市生态环境局关于印发…》).
    let made = regex!(self_department_named!(
        r"(?:制定|制修订|修订|出台|起草)(?:了)?《",
        r"关于"
    ));
    // Or the site it publishes on, named with its place (我局在某县
    // 住房和城乡建设局官网上; not 通过市财政局网站, the city's bureau
    // that a county's reposts on).
    let own_site = regex!(self_department_named!(
        r"(?:在|通过)",
        r"(?:官网|官方网站|门户网站|网站)"
    ));
    let sited = own_site.captures_iter(text).filter(|c| has_place(&c[1]));
    contact
        .captures_iter(text)
        .chain(group.captures_iter(text))
        .chain(own_rules.captures_iter(text))
        .chain(own_rules_plain.captures_iter(text))
        .chain(made.captures_iter(text))
        .chain(sited)
        .filter(|c| own_kind(&c[1], kind) && text.matches(&c[1]).count() >= named)
        .find_map(|c| {
            clean_unit(&c[1]).filter(|u| {
                (is_department(u) || u.ends_with("办事处")) && (!of_place || has_place(u))
            })
        })
}

/// The place the page calls itself (我县, 全市) as a place of its `kind`
/// named with its government `named` times or more.
fn self_place(text: &str, kind: &str, level: Option<Level>, named: usize) -> Option<String> {
    // 全市 or 我省 most, by a page that also calls itself 我委 or 本局: a
    // department of that place, not its government.
    if level.is_none() {
        let own = self_kind_counts(text, false);
        if self_said(&own, |k| matches!(k.0, "局" | "委" | "厅" | "室")) > 0 {
            return None;
        }
    }
    let g = gazetteer();
    // (…人民政府和县政府各部门: 和 + 县政府, no 和县.)
    let named_enough: Vec<&str> = g
        .mentions(text)
        .filter(|m| text[m.end..].starts_with("人民政府") || text[m.end..].starts_with("政府"))
        .filter(|m| !crate::gazetteer::word_part(text, m.start, m.end))
        .filter(|m| !superior_listed(&text[..m.start]))
        .map(|m| &text[m.start..m.end])
        .filter(|name| {
            name.ends_with(kind)
                && text
                    .matches(&format!("{name}人民政府"))
                    .count()
                    .max(text.matches(&format!("{name}政府")).count())
                    >= named
        })
        .collect();
    // One named with its government, not only in the name of its rules on
    // disclosure (《苏州市政府信息公开规定》 before 昆山市人民政府办公室, in
    // a report of 昆山市), before the first named.
    let governed = |name: &&&str| {
        text.match_indices(**name).any(|(i, _)| {
            let after = &text[i + name.len()..];
            after.starts_with("人民政府")
                || after.starts_with("政府") && !after.starts_with("政府信息")
        })
    };
    named_enough
        .iter()
        .find(governed)
        .or(named_enough.first())
        .and_then(|name| clean_unit(name))
}

/// Whether a government named after `before` is listed among those whose
/// deployment the unit follows, after the State Council's or its
/// province's (国务院、省政府、吉林市政府的工作部署 in a report of 桦甸市):
/// the unit's superior, not the unit. (The words are the generic names of
/// the State Council and of a province-level government, 省 or 自治区, with
/// or without 人民, and the provincial party committee: no one page's.)
fn superior_listed(before: &str) -> bool {
    regex!(r"(?:国务院|省政府|省人民政府|自治区政府|自治区人民政府|省委)[^,，。;；:：]{0,12}?[、和及与]\s*$")
        .is_match(&before[crate::text::chars_before(before, before.len(), 30)..])
}

/// A street that calls itself so (我街, 本街道) more than any other kind
/// has no government to be named by: the one street (…街道, a gazetteer
/// township) the text names, as often as a self-reference needs (twice
/// when said once).
fn street_self_reference(counts: &[usize; SELF_KINDS.len()], text: &str) -> Option<String> {
    let street = SELF_KINDS.iter().position(|k| k.0 == "街")?;
    let others = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != street)
        .map(|(_, &c)| c)
        .max()
        .unwrap_or(0);
    if counts[street] <= others {
        return None;
    }
    let named = if counts[street] >= 2 { 1 } else { 2 };
    let g = gazetteer();
    let mut names: Vec<&str> = g
        .mentions(text)
        .filter(|m| {
            m.ids
                .iter()
                .any(|&i| g.divisions[i].level == crate::gazetteer::GLevel::Township)
        })
        .map(|m| &text[m.start..m.end])
        .filter(|n| n.ends_with("街道"))
        .collect();
    // A street named in the name of a document the text says it made
    // (制定了《某某街道政府信息依申请公开工作方案》) is named as its own: that
    // naming counts twice.
    let made = regex!(r"(?:制定|制订|修订|印发|出台|起草)(?:了)?《(\p{Han}{2,12}?街道)");
    let own: Vec<&str> = made
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .filter(|n| names.contains(n))
        .collect();
    names.extend(own);
    names.sort_unstable();
    let mut streets = names.chunk_by(|a, b| a == b).filter(|c| c.len() >= named);
    match (streets.next(), streets.next()) {
        (Some(one), None) => clean_unit(one[0]),
        _ => None,
    }
}

/// Source 8: the department the report names to contact, itself or
/// its office (请与××市审计局联系, 请联系××局办公室, 请与××委员会政府信息公开
/// 办公室联系); a government's office is source 6c's.
fn contact_department(text: &str) -> Option<String> {
    let contact = regex!(concat!(
        contact_lead!(),
        r"([\p{Han}]{2,25}?(?:局|委|厅|中心|委员会|管委会|管理委员会))(?:(?:政府|政务)?信息公开办公室|(?:党政|综合)?办公室|综合科|联系|[,，。;；:：\s(（])"
    ));
    // (Counted once, where a centre is named.)
    let own_centre = std::cell::OnceCell::new();
    let own_centre =
        || *own_centre.get_or_init(|| text.contains("我中心") || text.contains("本中心"));
    contact.captures_iter(text).find_map(|c| {
        let name = &c[1];
        // A government's own centre (××县政府信息中心) speaks for the government;
        // so does its information centre where the page never speaks as a
        // centre (请与建湖县经济信息中心联系, no 我中心): the place's.
        if let Some(i) = name.find("政府") {
            return clean_unit(&name[..i + "政府".len()]).filter(|u| has_place(u));
        }
        if name.ends_with("信息中心") && !own_centre() {
            let end = place_chain(name, gazetteer().mentions(name), 0, false)
                .last()
                .map(|m| m.end)?;
            return clean_unit(&name[..end]).filter(|u| has_place(u) && !is_department(u));
        }
        clean_unit(name).filter(|u| is_department(u))
    })
}

/// Source 6c, the office the report names to contact, when it is a
/// government's office (请联系：龙游县大街乡信息公开领导小组办公室, 请与××镇
/// 人民政府党政办公室联系): that government is the unit; or the office
/// itself where the report calls itself an office (我办, 全办) more often
/// than the place (我县), and at least twice: the office's own report.
fn contact_office(text: &str) -> Option<String> {
    let office = regex!(concat!(
        contact_lead!(),
        r"([\p{Han}]{2,40}?(?:办公室|办公厅|党政办))"
    ));
    // (Counted once, where an office is named.)
    let own_office = std::cell::OnceCell::new();
    let own_office = || {
        *own_office.get_or_init(|| {
            let counts = self_kind_counts(text, true);
            let as_office = self_said(&counts, |k| k.0 == "办");
            let places = ["省", "市", "县", "区", "旗", "镇", "乡"];
            as_office >= 2 && as_office > self_said(&counts, |k| places.contains(&k.0))
        })
    };
    office.captures_iter(text).find_map(|c| {
        let gov = government_of_office(&c[1])?;
        if gov == &c[1] {
            return None;
        }
        if c[1].ends_with("办公室") && own_office() {
            return clean_unit(&c[1]).filter(|u| has_place(u));
        }
        // (A department's disclosure group's office is the department's.)
        let group = ["领导小组办公室", "政务公开办公室"]
            .iter()
            .any(|o| c[1].ends_with(o));
        clean_unit(gov).filter(|u| has_place(u) && (group || !is_department(u)))
    })
}

/// The publisher fields of a page head (发布机构：参内乡, 来 源: | 某市某局 |,
/// 发文机关：××局): whether each is a 来源, and its value.
pub(crate) fn publisher_fields(head: &str) -> impl Iterator<Item = (bool, &str)> {
    // (A label spaced out and its value in the next cell of a row: 来 源: |
    // 某市某局 |, or a table's: 发布机构 | 某市某局 |.)
    let field = regex!(
        r"(?:发布机构|发布单位|发文机关|发文单位|发布部门|信息来源|来\s?源)\s*(?:[:：]\s*(?:\|\s*)?|\|\s*)([\p{Han}]{2,30})"
    );
    // The value ends where the page's next field begins, written on
    // without a space (来源:某市某委员会字号:[大 中 小]).
    let next_field = regex!(r"(?:字号|浏览|点击|作者|分享|阅读|打印|发布时间|时间|日期)");
    field.captures_iter(head).map(move |c| {
        let v = c.get(1).map_or("", |m| m.as_str());
        let v = next_field.find(v).map_or(v, |m| &v[..m.start()]);
        (c[0].contains('源'), v)
    })
}

/// Source 6b, a field of the page head: 发布机构：参内乡, 发文机关：××局.
fn page_field(head: &str) -> Option<String> {
    // The office that posted the page (来源：××县人民政府办公室) may post
    // for any of its units: an office as 来源 names no unit.
    publisher_fields(first_chars(head, 800))
        // Nor does an office that names no place (发布机构: 区府办), whatever
        // the label.
        .filter(|&(source, v)| {
            let office = regex!(r"(?:办公室|办公厅)$").is_match(v);
            let placeless =
                regex!(r"^[省市县区旗镇乡]?(?:人民政府|政府|府)?(?:办公室|办公厅|办)$").is_match(v);
            !(office && source || placeless)
        })
        .find_map(|(_, v)| clean_unit(v))
}

/// A name the text writes with a place before `u` (实验区管委会 →
/// 平潭综合实验区管委会), checked by the grammar; of several, the fullest
/// (西宁经济技术开发区 in a document's name over 西宁开发区, an account's),
/// the first of equal length.
fn fuller_in_text(u: &str, text: &str) -> Option<String> {
    text.match_indices(u)
        .take(20)
        .filter_map(|(at, _)| {
            let run = han_run_before(text, at);
            if run.is_empty() {
                return None;
            }
            // (The whole kind where the text writes on: 区商务委 found,
            // 某市某新区商务委员会 written.)
            let whole = format!("{u}{}", kind_continued(u, &text[at + u.len()..]));
            let joined = format!("{run}{whole}");
            clean_unit(&joined)
                // (Or from the place that ends at the name or runs into it,
                // past the words before it: 本报告内容主要为某某自治州人民
                // 政府办公厅 for 自治州人民政府办公厅.)
                .or_else(|| {
                    let place = gazetteer()
                        .mentions(&joined)
                        .filter(|m| m.start < run.len() && m.end >= run.len())
                        .last()?;
                    clean_unit(&joined[place.start..])
                })
                .filter(|full| full.ends_with(&whole) && *full != whole && has_place(full))
        })
        .reduce(|a, b| {
            if b.chars().count() > a.chars().count() {
                b
            } else {
                a
            }
        })
}

/// A department by a short name that opens with its level's word for its
/// place (区经济信息委, 区住建局) where the text writes its whole name with
/// the place (《渝中区经济和信息化委员会信息公开指南》, 兖州区住房和城乡
/// 建设局): that name, the one written most often. The short name's words
/// stand in the whole name in order, its first right after the place and
/// its last in the whole name's kind (委 of 委员会).
fn written_out_in_text(short: &str, text: &str) -> Option<String> {
    let mut words = short.chars();
    let level = words.next()?;
    let words: Vec<char> = words.collect();
    if !matches!(level, '区' | '县' | '市' | '旗')
        || words.len() < 2
        || !words.iter().all(|&c| is_han(c))
        || !is_department(short)
        || has_place(short)
    {
        return None;
    }
    // (政府 in the short name is 人民政府 in the whole: 区政府办 of 向阳区
    // 人民政府办公室.)
    let key = format!("{level}{}", words[0]);
    let people = words
        .starts_with(&['政', '府'])
        .then(|| format!("{level}人民政"));
    let mut names: Vec<String> = std::iter::once(key.as_str())
        .chain(people.as_deref())
        .flat_map(|k| text.match_indices(k).take(40))
        .filter_map(|(at, _)| {
            let from = at + level.len_utf8();
            let place = han_run_before(text, from);
            // The name's words, in order, in at most 16 characters.
            let after = first_chars(&text[from..], 16);
            let after = &after[..after.find(|c: char| !is_han(c)).unwrap_or(after.len())];
            let mut end = 0;
            for w in &words {
                end += after[end..].find(*w)? + w.len_utf8();
            }
            let name = &after[..end];
            let whole = format!("{name}{}", kind_continued(name, &after[end..]));
            clean_unit(&format!("{place}{whole}")).filter(|full| {
                full.ends_with(&whole)
                    && is_department(full)
                    && gazetteer()
                        .mentions(full)
                        .any(|m| m.end + whole.len() == full.len())
            })
        })
        .collect();
    names.sort();
    let mut best: Option<(&String, usize)> = None;
    for group in names.chunk_by(|a, b| a == b) {
        if best.is_none_or(|(_, n)| group.len() > n) {
            best = Some((&group[0], group.len()));
        }
    }
    best.map(|(name, _)| name.clone())
}

/// A zone's name written out (某某高新技术产业开发区, with its committee or
/// its committee's office or neither), without the office, and its short
/// name (某某高新区); None for any other name.
fn written_out_zone(u: &str) -> Option<(&str, String)> {
    let u = u.strip_suffix("办公室").unwrap_or(u);
    let zone = ["管理委员会", "管委会"]
        .iter()
        .find_map(|c| u.strip_suffix(c))
        .unwrap_or(u);
    Some((u, crate::gazetteer::zone_short_name(zone)?))
}

/// Is `u` only kind words (街道, 办事处, 街道办事处)?
fn bare_kind(u: &str) -> bool {
    // (政府办 likewise: 2014年,政府办政府信息公开工作….)
    regex!(r"^(?:街道|办事处|委员会|管委会|办公室|乡镇|部门|单位|(?:人民)?政府办(?:公室)?)+$")
        .is_match(u)
}

/// Does a unit name hold a gazetteer place (or start with a county stem)?
/// Does `u` end with a place name (某县, 某市某镇), of the gazetteer or
/// named like one (a renamed or merged 某某街道 it lacks)?
fn ends_with_place(u: &str) -> bool {
    crate::gazetteer::is_township_name(u)
        || u.ends_with(['省', '市', '县', '区', '旗'])
        || gazetteer().mentions(u).any(|m| m.end == u.len())
}

fn has_place(u: &str) -> bool {
    let g = gazetteer();
    g.mentions(u).next().is_some() || g.stem_at_start(u).is_some()
}

/// The unit of a page: from the title first, then the body grammar; a
/// name without a place gives way to a later one of the same kind with one.
/// `head` is the (pinyin-free) start of the normalised text.
pub fn find_unit(title: Option<&str>, head: &str, text: &str) -> Option<String> {
    let head = zone_as_its_district(first_chars(head, 2500));
    let head = head.as_ref();
    let unit = unit_of_sources(title, head, text)?;
    let unit = own_office(title, head, &unit).unwrap_or(unit);
    let unit = township_of_office(&unit).unwrap_or(unit);
    let unit = place_in_full(&unit, text).unwrap_or(unit);
    // (A title's own words stand.)
    let unit = match title {
        Some(t) if t.contains(unit.as_str()) => unit,
        _ => kind_in_full(&unit, text).unwrap_or(unit),
    };
    // A street's office by its short name (某街道办) is its 街道办事处.
    Some(match unit.strip_suffix("街道办") {
        Some(street) => format!("{street}街道办事处"),
        None => unit,
    })
}

/// A unit named after its province or prefecture without the suffix (沈阳
/// 民政局) with the place's full name where the page writes it so too
/// (沈阳市民政局).
fn place_in_full(unit: &str, text: &str) -> Option<String> {
    let g = gazetteer();
    let m = g.mentions(unit).next().filter(|m| {
        m.start == 0 && m.kind == crate::gazetteer::NameKind::Short && m.end < unit.len()
    })?;
    let (short, rest) = unit.split_at(m.end);
    m.ids.iter().find_map(|&i| {
        let name = &g.divisions[i].name;
        let full = format!("{name}{rest}");
        (name.starts_with(short) && text.contains(&full)).then_some(full)
    })
}

/// A department whose kind is written short (某县市场监管局, 某县卫健局)
/// where the text writes the same place's department in full (某县市场监督
/// 管理局) as often or more: the full name. The full kind holds the short
/// one's characters in order, from its first to its last, and not the short
/// one itself (某县卫健局局长 is no fuller name).
fn kind_in_full(unit: &str, text: &str) -> Option<String> {
    let (place, kind) = unit.split_at(leading_place_len(unit));
    let n = kind.chars().count();
    if place.is_empty() || !(3..=8).contains(&n) || !is_department(unit) {
        return None;
    }
    let last = kind.chars().last()?;
    let holds_in_order = |full: &str| {
        let mut rest = full.chars();
        kind.chars().all(|k| rest.any(|c| c == k))
    };
    let mut fuller: Vec<(&str, usize)> = Vec::new();
    for (at, _) in text.match_indices(place) {
        let after = &text[at + place.len()..];
        // The shortest run of Han longer than the kind ending with its last
        // character.
        let Some(end) = after
            .char_indices()
            .take_while(|&(_, c)| is_han(c))
            .take(n + 8)
            .enumerate()
            .find(|&(k, (_, c))| k >= n && c == last)
            .map(|(_, (i, c))| i + c.len_utf8())
        else {
            continue;
        };
        let full = &after[..end];
        if full.starts_with(kind.chars().next()?) && !full.contains(kind) && holds_in_order(full) {
            match fuller.iter_mut().find(|f| f.0 == full) {
                Some(f) => f.1 += 1,
                None => fuller.push((full, 1)),
            }
        }
    }
    let short = text.matches(unit).count();
    let (full, times) = fuller.into_iter().max_by_key(|f| f.1)?;
    (times >= short).then(|| format!("{place}{full}"))
}

/// A township's government office (某镇人民政府办公室, 某乡党政办) is no
/// department of its own: it reports for the township.
fn township_of_office(unit: &str) -> Option<String> {
    let gov = strip_gov(government_of_office(unit)?);
    crate::gazetteer::is_township_name(gov).then(|| gov.to_string())
}

/// A government's office that the year's account has at work (2023年,区人民
/// 政府办公室坚持…) reports on itself, not on the government the page's
/// other clues name (its contact line, the office that compiled): the
/// office, with the government's place where it writes none.
fn own_office(title: Option<&str>, head: &str, unit: &str) -> Option<String> {
    // (Or the title opens with it: 市政府办公室信息公开工作年度报告(2015年).)
    let in_title = title.and_then(|t| {
        regex!(concat!(
            r"^\s*",
            gov_office!(),
            r"(?:(?:19|20)\d{2}\s*年|(?:政府)?信息公开|政务公开)"
        ))
        .captures(t)
    });
    let (c, owns_report) = match in_title {
        Some(c) => (c, true),
        None => {
            let c = regex!(concat!(
                r"(?m)(?:^|。)\s*(?:19|20)\d{2}\s*年(?:度|以来)?\s*[,，]\s*",
                gov_office!()
            ))
            .captures(head)?;
            // (And the page names the office as its report's own: 区人民政府
            // 办公室2023年…年度报告, 某区人民政府办公室编制本年度报告.)
            let subject = c.get(1).map_or("", |m| m.as_str());
            let owns = head.match_indices(subject).any(|(i, _)| {
                let after = &head[i + subject.len()..];
                regex!(r"^(?:(?:19|20)\d{2}\s*年|编制本)").is_match(after)
            });
            (c, owns)
        }
    };
    let (subject, gov, office) = (&c[1], &c[2], &c[3]);
    if is_department(gov) || !owns_report {
        return None;
    }
    if has_place(gov) {
        return Some(fold(subject));
    }
    // 区人民政府办公室 of 某某区: the bare level word is the unit's.
    let level = gov.chars().next().filter(|_| gov.chars().count() == 1)?;
    (unit.ends_with(level) && has_place(unit) && !is_department(unit))
        .then(|| fold(&format!("{unit}{office}")))
}

/// Whether the page calls itself a department (我局, 本委) twice or more
/// and never by a place (我区, 本镇): 全 is not counted (全局 is also "the
/// whole").
fn speaks_as_department(text: &str) -> bool {
    let counts = self_kind_counts(text, false);
    self_said(&counts, |k| ["局", "委", "分局"].contains(&k.0)) >= 2 && said_as_place(&counts) == 0
}

/// Whether a page calls itself by a township's kind only (我乡, 全镇), never
/// by another's.
fn speaks_as_township(text: &str) -> bool {
    let counts = self_kind_counts(text, true);
    let township = self_said(&counts, |k| k.1 == Some(Level::Township));
    township >= 1 && township == self_said(&counts, |_| true)
}

fn unit_of_sources(title: Option<&str>, head: &str, text: &str) -> Option<String> {
    // Each source is read only when the ones before it leave the unit open.
    let sources: [&dyn Fn() -> Option<String>; 14] = [
        &|| title.and_then(unit_from_title),
        &|| quoted_report_name(head),
        &|| compiled_by(head),
        &|| first_sentence_subject(head),
        &|| defined_department(head),
        &|| header_line(head),
        &|| signature(text),
        &|| page_field(head),
        &|| contact_office(text),
        &|| self_reference(text),
        &|| contact_department(text),
        &|| own_account(text),
        &|| report_portal(text),
        &|| township_subject(head),
    ];
    let mut found = sources.iter().filter_map(|source| source());
    let first = found.next()?;
    // A government found (结合某区政府信息公开工作实际编制) where the page
    // speaks as a department (我局 twice or more, never 我区 nor any place
    // of its own): the department of that place a later source names
    // (某市某局沙河市分局, the branch of a prefecture's bureau in that place,
    // as well).
    if has_place(&first) && !is_department(&first) && speaks_as_department(text) {
        let place = strip_gov(&first);
        let of_place = |u: &str| {
            u.starts_with(place) || u.strip_suffix("分局").is_some_and(|b| b.ends_with(place))
        };
        if let Some(dept) = found
            .clone()
            .find(|u| is_department(u) && u.len() > place.len() && of_place(u))
        {
            return Some(fold(&dept));
        }
    }
    // A county's or city's government office found (…编制了某区人民政府
    // 办公室年度报告) where the page speaks only as a township (我乡, 全乡;
    // never 我办, nor as a county, city or department): the township a later
    // source names (its contact, 某区某乡政府办公室).
    if government_of_office(&first)
        .is_some_and(|g| !crate::gazetteer::is_township_name(strip_gov(g)))
        && speaks_as_township(text)
    {
        if let Some(own) = found.clone().find_map(|u| {
            township_of_office(&u).or_else(|| crate::gazetteer::is_township_name(&u).then_some(u))
        }) {
            return Some(fold(&own));
        }
    }
    // A zone by its short name (某某高新区) where a later source writes its
    // full name (某市某某高新技术产业开发区管理委员会, or its 办公室): the
    // full name, of the zone or its committee.
    // (Only for a short name: the later sources are read for it alone.)
    let short_zone = ["高新区", "经开区"].iter().any(|k| first.ends_with(k));
    let full_zone = if short_zone {
        found.clone().find_map(|u| {
            let (full, short) = written_out_zone(&u)?;
            short.ends_with(first.as_str()).then(|| full.to_string())
        })
    } else {
        None
    };
    if let Some(full) = full_zone {
        return Some(fold(&full));
    }
    if has_place(&first) {
        return Some(fold(&first));
    }
    // 实验区管委会 found, 平潭综合实验区管委会 written elsewhere in the text.
    if let Some(full) = fuller_in_text(&first, text).or_else(|| written_out_in_text(&first, text)) {
        return Some(fold(&full));
    }
    // 县教育局 in the title, 邻水县文体局 in the body: the fuller name of the
    // same kind of unit.
    // A kind word alone (2019年度街道共有…) names a unit only through the
    // fuller name the text writes; else a later source.
    if bare_kind(&first) {
        return found.find(|u| !bare_kind(u)).map(|u| fold(&u));
    }
    // A name written as a place's (贡溪乡, renamed since and not in the
    // gazetteer) gives way only to a fuller name of itself (某县贡溪乡),
    // not to another place the page names (来源: 某县政府).
    let dept = is_department(&first);
    let as_place = ends_with_place(&first);
    let fuller = found.find(|u| {
        has_place(u) && is_department(u) == dept && (!as_place || u.ends_with(first.as_str()))
    });
    Some(fold(&fuller.unwrap_or(first)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str) -> Option<String> {
        find_unit(None, text, text)
    }

    #[test]
    fn a_department_written_short_and_in_full_is_named_in_full() {
        let t = "2031年,康乐县卫健局按照要求推进政务公开。康乐县卫生健康局政府信息公开指南已更新,康乐县卫生健康局政务信息按时发布。";
        assert_eq!(unit(t).as_deref(), Some("康乐县卫生健康局"));
        // Its head (局长) makes no fuller name, nor a full name written
        // less often than the short one.
        let t = "2031年,康乐县卫健局按照要求推进政务公开。康乐县卫健局局长主持会议,康乐县卫健局政务信息按时发布,康乐县卫生健康局指南已更新。";
        assert_eq!(unit(t).as_deref(), Some("康乐县卫健局"));
        // The title's own words stand.
        let head = "康乐县卫健局2031年政府信息公开工作年度报告\n康乐县卫生健康局政府信息公开指南已更新,康乐县卫生健康局政务信息按时发布。";
        let title = Some("康乐县卫健局2031年政府信息公开工作年度报告");
        assert_eq!(
            find_unit(title, head, head).as_deref(),
            Some("康乐县卫健局")
        );
    }

    #[test]
    fn a_township_speaking_of_itself_is_no_district_office() {
        // The page speaks as 我镇 and names a district's office as the
        // report's (a template copied): the township its contact names.
        let t = "根据《条例》规定,我镇编制了东昌区人民政府办公室2031年度政府信息公开工作年度报告。全镇政务公开工作稳步推进。如有疑问,请联系东昌区金厂镇政府办公室,电话:0435-1234567。";
        assert_eq!(unit(t).as_deref(), Some("东昌区金厂镇"));
        // An office that speaks as itself stays.
        let t = "根据《条例》规定,我办编制了东昌区人民政府办公室2031年度政府信息公开工作年度报告。如有疑问,请联系东昌区金厂镇政府办公室,电话:0435-1234567。";
        assert_eq!(unit(t).as_deref(), Some("东昌区人民政府办公室"));
    }

    #[test]
    fn samples_485_to_488() {
        // A data centre compiles its district's report, which speaks as
        // the district: the district.
        let t = "本报告由成都市武侯区大数据中心编制。\n一、总体情况\n2031年,全区政府信息公开工作有序推进,我区主动公开信息百余条。";
        assert_eq!(unit(t).as_deref(), Some("成都市武侯区"));
        // A centre named after its government, the page speaking as its city.
        let t = "本报告由绵阳市人民政府电子政务管理中心综合市政府各部门的报告编制而成。\n一、总体情况\n全市政府信息公开工作有序推进。";
        assert_eq!(unit(t).as_deref(), Some("绵阳市"));
        // A centre that speaks as itself reports on itself.
        let t = "本报告由成都市武侯区大数据中心编制。\n一、总体情况\n2031年,我中心服务全区,主动公开信息二十条。";
        assert_eq!(unit(t).as_deref(), Some("成都市武侯区大数据中心"));
        // A centre of another kind is no government's compiler.
        let t = "本报告由成都市武侯区疾病预防控制中心编制。\n一、总体情况\n2031年,全区防控工作有序推进。";
        assert_eq!(unit(t).as_deref(), Some("成都市武侯区疾病预防控制中心"));
        // The unit's own work named after the law it follows, its year
        // first.
        let t = "依据《中华人民共和国政府信息公开条例》和2031年度某某省档案馆信息公开工作情况编制本报告。\n一、基本情况";
        assert_eq!(unit(t).as_deref(), Some("某某省档案馆"));
        // An office that does other work (由…办公室负责日常监督检查) is
        // no compiler; the contact sentence's verb is no part of a name.
        let t = "一、总体情况\n2031年,新庄镇人民政府认真贯彻条例。如有疑问,请联系新庄镇人民政府综合与社会事务办公室。\n(五)监督保障\n由综合与社会事务办公室负责日常监督检查。";
        assert_eq!(unit(t).as_deref(), Some("新庄镇"));
        // A name a hijacked mirror wrote over with an advertisement's
        // words names no unit.
        let t = "根据《条例》规定,亚博体育登录入口政府办公室编制本报告。\n一、概述";
        assert_eq!(unit(t), None);
        // A zone by its short name where the page's publisher field writes
        // its committee out.
        let t = "发布机构:绵阳市涪城高新技术产业开发区管理委员会办公室\n一、总体情况\n2031年,涪城高新区主动公开政府信息31条。";
        assert_eq!(
            unit(t).as_deref(),
            Some("绵阳市涪城高新技术产业开发区管理委员会")
        );
    }

    #[test]
    fn samples_521_to_524() {
        // The first line opens with its lead and no year: the subject after
        // it, named by its kind.
        let t = "按照省、市有关政务公开工作安排要求,县林业局扎实推进政府信息公开工作,现将2031年度情况报告如下:\n一、总体情况\n我局公开信息30条。";
        assert_eq!(unit(t).as_deref(), Some("县林业局"));
        // What the lead leads into may be no name at all.
        let t =
            "按照考评细则要求,积极配合县政务公开办,维护栏目。\n一、总体情况\n全年公开信息30条。";
        assert_eq!(unit(t), None);
        // The centre to contact through its 党政办公室: the centre.
        let t = "依据条例第五十条规定,编制本报告。如对本报告有疑问,请联系:江岸区政务服务中心党政办公室,电话:027-1234。\n一、总体情况\n2031年,中心认真贯彻条例。";
        assert_eq!(unit(t).as_deref(), Some("江岸区政务服务中心"));
        // 组织编制: the subject before it compiled the report.
        let t = "根据条例及市政府办公厅通知要求,洛阳高新技术产业开发区管理委员会办公室组织编制完成本报告。\n一、概述\n2031年,全区政府信息公开工作稳步推进。";
        assert!(unit(t).is_some_and(|u| u.starts_with("洛阳高新技术产业开发区管理委员会")));
        // 学校 alone names no school.
        assert_eq!(clean_unit("学校"), None);
    }

    #[test]
    fn place_names_that_look_like_slips() {
        // A place whose name repeats its first word is no stutter.
        let t = "萨克萨克街道办事处2031年政府信息公开工作年度报告\n一、总体情况\n2031年,我街道依法公开政府信息。";
        assert_eq!(unit(t).as_deref(), Some("萨克萨克街道办事处"));
        // (A name written twice still is.)
        let t = "沙雅县沙雅县人民政府办公室2031年政府信息公开工作年度报告\n一、总体情况\n2031年,我办依法公开政府信息。";
        assert_eq!(unit(t).as_deref(), Some("沙雅县人民政府办公室"));
        // A verb inside a place's name ends no clause: 新发布依族乡.
        let t = "2031年,新发布依族乡人民政府依照条例做好政府信息公开工作。\n一、主动公开情况\n全年公开信息40条。";
        assert_eq!(unit(t).as_deref(), Some("新发布依族乡"));
    }

    #[test]
    fn samples_509_to_514() {
        // An office written apart from the committee it serves, in the
        // title: the office of that committee.
        let title = "成都天府新区管理委员会 社区治理办公室2031年政府信息公开工作年度报告";
        assert_eq!(
            unit_from_title(title).as_deref(),
            Some("成都天府新区管理委员会社区治理办公室")
        );
        // The site's words before an office stay apart from it.
        let title = "首页 通知公告 社区治理办公室2031年政府信息公开工作年度报告";
        assert_eq!(unit_from_title(title).as_deref(), Some("社区治理办公室"));
        // Two governments compile one report together: the first.
        let t = "本报告根据《条例》要求,由卢湾区政府、黄浦区政府共同编制。\n一、概述";
        assert_eq!(unit(t).as_deref(), Some("卢湾区"));
        // A national zone's name holds its province in brackets, in a title
        // and after 由; the 由 of 自由 opens no compiler.
        let title = "中国(广东)自由贸易试验区前海蛇口片区管理委员会2031年政府信息公开工作年度报告";
        assert_eq!(
            unit_from_title(title).as_deref(),
            Some("中国(广东)自由贸易试验区前海蛇口片区管理委员会")
        );
        let t = "本报告由中国(广东)自由贸易试验区前海蛇口片区管理委员会编制。\n一、概述";
        assert_eq!(
            unit(t).as_deref(),
            Some("中国(广东)自由贸易试验区前海蛇口片区管理委员会")
        );
        // A county that calls itself 我区, never by a department's kind,
        // and names its own account.
        let t = "一、总体情况\n2031年,我区稳步推进公开,我区在专栏公开文件20件。\n(四)平台建设情况。三亚市吉阳区政务微信平台发布信息300条。";
        assert_eq!(unit(t).as_deref(), Some("吉阳区"));
        // Not where it also calls itself 我局.
        let t = t.replace("我区在专栏", "我局在专栏");
        assert_eq!(unit(&t), None);
    }

    #[test]
    fn samples_475_to_476() {
        // The unit whose disclosure the report was compiled from, 工作 left
        // out before 情况.
        let t = "本报告结合某某港综合保税区政府信息公开情况编制。\n一、概述\n本年度,保税区认真落实公开要求。";
        assert_eq!(unit(t).as_deref(), Some("某某港综合保税区"));
    }

    #[test]
    fn verbs_and_levels_are_no_units_and_a_township_describing_itself() {
        // 安排部署 (to deploy) ends in 署, a kind's character: no unit.
        assert_eq!(clean_unit("专题会议来安排部署"), None);
        // 本级 names a level, not a unit.
        assert_eq!(clean_unit("县本级政府及政府办"), None);
        // A township opening its account of itself (某镇位于某市…).
        let t = "(一)基本情况\n马坊镇位于某市东北部,下辖12个行政村。\n(二)公开情况\n全镇公开信息。";
        assert_eq!(unit(t).as_deref(), Some("马坊镇"));
    }

    #[test]
    fn a_township_by_its_own_account() {
        // The page calls itself 我镇 and names the township's account.
        let t = "一、概述\n我镇推进公开。\n二、公开形式\n我镇通过区政府网站开设的马坊镇微信公众号发布信息。";
        assert_eq!(unit(t).as_deref(), Some("马坊镇"));
        // A page that never says 我镇 takes no township from an account.
        let t = "一、概述\n我局推进公开。\n二、公开形式\n我局转发马坊镇微信公众号的信息。";
        assert_ne!(unit(t).as_deref(), Some("马坊镇"));
    }

    #[test]
    fn a_street_that_calls_itself_street_and_names_its_catalogue() {
        // 街道 alone opening its clauses twice, and its own catalogue of
        // what it discloses named: that street.
        let t = "一、总体情况\n(一)主动公开\n2031年,依托区政府门户网站,街道主动公开文件信息30条。\n(二)依申请公开\n2031年,街道收到依申请公开政府信息9件。\n(三)政府信息管理\n更新《张庙街道主动公开事项目录》。\n";
        assert_eq!(unit(t).as_deref(), Some("张庙街道"));
        // (Said once, not.)
        let t = "一、总体情况\n2031年,依托区政府门户网站主动公开文件信息30条。\n(二)依申请公开\n2031年,街道收到依申请公开政府信息9件。\n(三)政府信息管理\n更新《张庙街道主动公开事项目录》。\n";
        assert_eq!(unit(t), None);
    }

    #[test]
    fn a_department_whose_portal_carries_the_report() {
        let t = "一、概述\n本年度报告电子版可在“扬州市人民政府外事办公室”门户网站下载。\n外事办推进公开。";
        assert_eq!(unit(t).as_deref(), Some("扬州市人民政府外事办公室"));
        // A government's portal carries the reports of all its departments.
        let t = "一、概述\n本年度报告电子版可在“扬州市人民政府”门户网站下载。\n外事办推进公开。";
        assert_eq!(unit(t).as_deref(), None);
    }

    #[test]
    fn a_field_in_a_table_row_a_city_of_science_and_a_preposition_before_a_kind() {
        // The label in one cell, the unit in the next.
        assert_eq!(
            unit("发布机构 | 丰县某局 | 发布日期 | 2020-03-02 |\n年度报告\n正文").as_deref(),
            Some("丰县某局")
        );
        // A city of science is a zone: its alias in brackets is dropped.
        assert_eq!(
            unit("发布单位 | 江宁科技城(秣陵街道) | 发布日期 | 2020-03-02 |\n年度报告\n正文")
                .as_deref(),
            Some("江宁科技城")
        );
        // 在 before a lone kind opens a clause (在乡党委政府的领导下).
        assert_eq!(
            unit("2021年在乡党委政府的领导下,我乡做好信息公开工作。\n一、总体情况").as_deref(),
            None
        );
        // The government's office to contact, the report calling itself
        // the office: the office's own report.
        let t = "一、总体情况\n2022年,全办主动公开政府信息12条。全办受理申请3件。\n如有疑问请联系丰县人民政府办公室(地址:丰县某路1号)。";
        assert_eq!(unit(t).as_deref(), Some("丰县人民政府办公室"));
        // Calling itself the county, the government's.
        let t = "一、总体情况\n2022年,全县主动公开政府信息12条。全县受理申请3件。\n如有疑问请联系丰县人民政府办公室(地址:丰县某路1号)。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
        // The account's subject after 依照, after a lead of 部署下, and after
        // a lead with no year before it: placeless, as the text names it.
        let t =
            "一、总体情况\n2022年,市统计局依照《中华人民共和国政府信息公开条例》,做好公开工作。";
        assert_eq!(unit(t).as_deref(), Some("市统计局"));
        let t =
            "一、总体情况\n2023年,在县委、县政府的统一部署下,县审计局紧紧围绕中心工作做好公开。";
        assert_eq!(unit(t).as_deref(), Some("县审计局"));
        let t = "一、总体情况\n按照县委、县政府有关要求,县政务服务办进一步完善公开制度。";
        assert_eq!(unit(t).as_deref(), Some("县政务服务办"));
        // The county whose work a department's report follows is not its unit.
        let t = "现公布2017年丰县文体局政府信息公开年报。\n一、概述\n(一)加强领导。根据丰县政府信息公开工作的要求,丰县文体局明确了分管领导。";
        assert_eq!(unit(t).as_deref(), Some("丰县文体局"));
        // A township's office in the title reports for the township.
        let t = "欢口镇党政办公室2023年政府信息公开工作年度报告\n一、总体情况";
        assert_eq!(
            find_unit(Some(t.lines().next().unwrap_or("")), t, t).as_deref(),
            Some("欢口镇")
        );
        let t = "丰县某镇人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况";
        assert_eq!(
            find_unit(Some(t.lines().next().unwrap_or("")), t, t).as_deref(),
            Some("丰县某镇")
        );
        // A one-character county keeps its name.
        assert_eq!(
            unit("丰县2021年政府信息公开工作年度报告\n正文").as_deref(),
            Some("丰县")
        );
    }

    #[test]
    fn a_government_office_that_reports_on_itself() {
        // The year's account has the office at work, and the page names
        // the office as its report's own: the office, with its place.
        let t = "现公开区人民政府办公室2023年政府信息公开工作年度报告。如有疑问请联系江宁区政府办公室。\n一、总体情况\n2023年,区人民政府办公室认真落实条例,做好公开工作。";
        assert_eq!(unit(t).as_deref(), Some("江宁区人民政府办公室"));
        let t = "丰县人民政府办公室编制本年度报告。\n一、总体情况\n2022年以来,丰县人民政府办公室严格落实条例。";
        assert_eq!(unit(t).as_deref(), Some("丰县人民政府办公室"));
        // The office that compiles a government's report, the government at
        // work in its account: the government.
        let t = "本报告由丰县人民政府办公室编制。\n一、总体情况\n2022年,丰县人民政府认真落实条例。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
    }

    #[test]
    fn a_subject_after_the_years_end_and_rules_named_without_brackets() {
        let t = "一、概述\n截至2018年底,县商务局依托门户网站主动公开政府信息。";
        assert_eq!(unit(t).as_deref(), Some("县商务局"));
        let t = "一、总体情况\n我局建立健全了丰县卫生健康局信息公开工作制度。我局明确专人负责,依申请公开。";
        assert_eq!(unit(t).as_deref(), Some("丰县卫生健康局"));
    }

    #[test]
    fn a_joint_name_is_its_first() {
        let t = "丰县人民政府 丰县经济开发区管委会2022年政府信息公开工作年度报告";
        assert_eq!(unit_from_title(t).as_deref(), Some("丰县"));
        let t = "一、总体情况\n2022年,丰县人民政府 丰县经济开发区管委会坚持公开为常态。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
        // Not two units a page lists (丰县教育局 丰县民政局).
        let t = "丰县教育局 丰县民政局2022年工作动态";
        assert_eq!(joint_as_first(t), t);
        // The government's name run into its zone's, no space.
        let t = "2030年某市丰县人民政府丰县经济开发区管委会\n政府信息公开年度报告";
        assert_eq!(
            joint_as_first(t),
            "2030年某市丰县人民政府\n政府信息公开年度报告"
        );
        // Not a government's office (no zone after it).
        let t = "丰县人民政府办公室2022年政府信息公开工作年度报告";
        assert_eq!(joint_as_first(t), t);
    }

    #[test]
    fn the_unit_whose_years_work_the_report_draws_on() {
        let t = "本报告结合丰县水利局2023年政府信息公开工作实际编制。";
        assert_eq!(unit(t).as_deref(), Some("丰县水利局"));
        // The year before the unit whose work the report draws on.
        let t = "本报告根据2023年丰县司法局信息公开工作实际编制而成。\n一、总体情况\n本局主动公开信息。";
        assert_eq!(unit(t).as_deref(), Some("丰县司法局"));
        // The year without 年 before the report's name.
        let t =
            "现将丰县2021政府信息公开工作年度报告公布如下。2021年某县以政府网站为主渠道公开信息。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
        // Or whose disclosure work an office does.
        let t = "一、总体情况\n本镇主动公开信息。\n(三)政府信息管理情况\n师寨镇信息公开工作由党政办公室负责。";
        assert_eq!(unit(t).as_deref(), Some("师寨镇"));
    }

    #[test]
    fn a_kind_or_a_person_names_no_unit() {
        // A zone's committee by its kind alone, a person's post.
        assert_eq!(clean_unit("区管委会办公室"), None);
        assert_eq!(clean_unit("县管理委员会"), None);
        assert_eq!(clean_unit("张某同志任办公室"), None);
        // What a report holds, not who wrote it.
        assert_eq!(clean_unit("包括本乡镇"), None);
        assert_eq!(
            clean_unit("丰县管委会办公室").as_deref(),
            Some("丰县管委会办公室")
        );
    }

    #[test]
    fn work_strengthened_names_no_unit() {
        let t = "一、概述\n进一步强化县政府信息公开工作的统筹协调。";
        assert_eq!(unit(t), None);
    }

    #[test]
    fn a_department_by_its_own_site_or_by_what_it_is() {
        // 我局 and the site it publishes on, named with its place.
        let t = "一、总体情况\n全年我局在丰县住房和城乡建设局官网上主动公开信息60条。我局认真落实条例。";
        assert_eq!(unit(t).as_deref(), Some("丰县住房和城乡建设局"));
        // (A city bureau's site that a county bureau reposts on names no unit.)
        let t = "一、总体情况\n我局及时通过市财政局网站转载条例原文。我局认真落实条例。";
        assert_eq!(unit(t), None);
        // A sentence that says what the unit is.
        let t = "一、总体情况\n嘉兴市卫生健康委是主管全市卫生健康事业的市政府职能部门,按照条例开展公开工作。";
        assert_eq!(unit(t).as_deref(), Some("嘉兴市卫生健康委"));
        // A department that names the province it serves as often as
        // itself (我省, 我局) is named by its own site, with its place.
        let t =
            "一、总体情况\n我局围绕我省中心工作,通过江苏水利局门户网站发布信息。我局服务我省发展。";
        assert_eq!(unit(t).as_deref(), Some("江苏水利局"));
        // A committee named by the disclosure office to contact.
        let t = "一、总体情况\n全年公开信息50条。如有疑问,请与丰县发展和改革委员会政府信息公开办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("丰县发展和改革委员会"));
    }

    #[test]
    fn a_verb_before_the_unit_is_no_part_of_its_name() {
        // 开展 (and 加强, 推进…) likewise: the work is the unit's own.
        let t = "一、总体情况\n镇党政办公室具体负责开展本镇政府信息公开工作,按时更新。全年主动公开信息12条。";
        assert_eq!(unit(t), None);
        // A name whose first word the page wrote twice, once.
        assert_eq!(
            clean_unit("某某旗某某旗人民政府办公室").as_deref(),
            Some("某某旗人民政府办公室")
        );
        // 涉及 takes the unit as its object: the clause names no unit.
        let t = "2023年,未发生涉及教育局信息公开行政复议案件。";
        assert_eq!(unit(t).as_deref(), Some("教育局"));
        // 成立 likewise: the group set up is the unit's own, 局 no name.
        let t = "我局高度重视政务公开工作。为确保工作顺利推进,成立局政务信息公开工作领导小组,明确一名同志承办。我局全年主动公开信息20条。";
        assert_eq!(unit(t), None);
        // 做好 likewise: the unit named after it is the report's.
        let t = "为认真做好通山县教育局政府信息公开工作,我局按照条例要求开展工作。2023年,未发生涉及教育局信息公开行政复议案件。";
        assert_eq!(unit(t).as_deref(), Some("通山县教育局"));
    }

    #[test]
    fn the_offices_that_compile_for_their_unit() {
        // A street's 综合办公室 compiles for the street.
        let t = "本报告由城东街道综合办公室编制,内容分为五个部分。";
        assert_eq!(unit(t).as_deref(), Some("城东街道"));
        // A department's disclosure group's office is the department's.
        let t = "一、概述\n本厅认真落实条例。\n如有疑问,请与湖北省民政厅政务公开领导小组办公室联系(电话:027-1234567)。";
        assert_eq!(unit(t).as_deref(), Some("湖北省民政厅"));
    }

    #[test]
    fn an_office_that_calls_itself_we_the_office() {
        // 我办 of a street office: the whole 办事处, not a 办 inside it.
        let t = "一、总体情况\n2022年我办认真落实条例。我办共发布信息30条。\n如有疑问,请与滨江区柳岸办事处联系(电话:1234567)。";
        assert_eq!(unit(t).as_deref(), Some("滨江区柳岸办事处"));
    }

    #[test]
    fn a_committee_that_calls_itself_we_the_committee() {
        // 我委 of a zone's 管委会 or of a 委员会: the whole name, not the
        // 委 inside it.
        let t = "一、概述\n本年度,我委按照条例做好公开工作,编写了《江宁高新区管委会政府信息公开指南》,我委全年公开信息40条。\n如有疑问,请与江宁高新区管委会办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("江宁高新区管委会"));
        let t = "一、概述\n本年度,我委认真落实条例,我委全年公开信息12条。\n如有疑问,请与丰县发展和改革委员会办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("丰县发展和改革委员会"));
    }

    #[test]
    fn an_office_of_its_own_and_a_department_after_the_year() {
        // 外事办公室 after 人民政府 is no government's office.
        assert_eq!(
            unit("根据条例要求,由常州市人民政府外事办公室编制的2011年度政府信息公开年度报告。")
                .as_deref(),
            Some("常州市人民政府外事办公室")
        );
        assert_eq!(
            unit("本报告由江山市人民政府办公室编制。").as_deref(),
            Some("江山市")
        );
        // The department after the title's year is the place's.
        assert_eq!(
            unit_from_title("崇义县2015年教育局信息公开工作年度报告").as_deref(),
            Some("崇义县教育局")
        );
        assert_eq!(
            unit_from_title("崇义县2015年政府信息公开工作年度报告").as_deref(),
            Some("崇义县")
        );
        // A cover page: the unit below the report's name, then the date.
        assert_eq!(
            unit_from_title("2031 年度政府信息公开 年度报告 绵阳市生态环境局 2032.").as_deref(),
            Some("绵阳市生态环境局")
        );
        assert_eq!(
            unit_from_title("2031年度政府信息公开年度报告 2032.").as_deref(),
            None
        );
    }

    #[test]
    fn a_bare_zone_takes_its_fullest_name_in_the_text() {
        // An account's short name first, the document's full name later.
        let t = "2023年,开发区认真落实条例。通过公众号“宜宾开发区”发布信息。修订《宜宾临港经济技术开发区政府信息公开指南》。";
        assert_eq!(
            fuller_in_text("开发区", t).as_deref(),
            Some("宜宾临港经济技术开发区")
        );
    }

    #[test]
    fn a_menu_item_naming_a_kind_gives_way_to_the_name() {
        // 乡镇 (the column of all townships' reports) names no unit.
        let title = Some("乡镇政府信息公开年度报告");
        let head =
            "发布机构\n某县\n石屏县宝秀镇2024年政府信息公开工作年度报告\n根据条例,现公布本报告。";
        assert_eq!(
            find_unit(title, head, head).as_deref(),
            Some("石屏县宝秀镇")
        );
    }

    #[test]
    fn an_office_said_to_lead_the_work_is_no_name_run() {
        // The run before 政府信息公开工作 is a clause (X为…主管部门).
        let t = "一、概述\n乡政府办公室为全乡政府信息公开工作的主管机构,负责日常工作。";
        assert_ne!(unit(t).as_deref(), Some("乡政府办公室为全乡"));
        assert!(unit(t).is_none_or(|u| !u.contains('为')), "{:?}", unit(t));
        let t = "一、概述\n为保证全县政府信息公开工作顺利开展,县里安排了专项经费。";
        assert_eq!(unit(t), None);
    }

    #[test]
    fn a_place_name_not_in_the_gazetteer_keeps_its_title() {
        // A township renamed since (not in the gazetteer) is not the
        // county the page's source field names; a fuller name of it is.
        let head = "发布时间:2013-02-27 信息来源:凤县政府\n正文";
        let title = Some("2012年度云岫乡政府信息公开年度报告");
        assert_eq!(find_unit(title, head, head).as_deref(), Some("云岫乡"));
        let head = "发布时间:2013-02-27\n凤县云岫乡人民政府编制本报告。";
        assert_eq!(find_unit(title, head, head).as_deref(), Some("凤县云岫乡"));
    }

    #[test]
    fn names_end_with_a_suffix_and_lose_clause_words() {
        assert_eq!(
            clean_unit("现予公布《岳阳县新墙镇").as_deref(),
            Some("岳阳县新墙镇")
        );
        assert_eq!(clean_unit("青山镇人民政府").as_deref(), Some("青山镇"));
        assert_eq!(clean_unit("某县教育局机关").as_deref(), Some("某县教育局"));
        assert_eq!(
            unit_from_title("2009年某县教育局机关政府信息公开工作年度报告").as_deref(),
            Some("某县教育局")
        );
        assert_eq!(
            clean_unit("编制邻水县文体局").as_deref(),
            Some("邻水县文体局")
        );
        assert_eq!(clean_unit("我局"), None);
        // Where a sum was published is no name (共在丰县…网上发布).
        assert_eq!(clean_unit("共在丰县"), None);
        assert_eq!(clean_unit("共通过丰县"), None);
        // A prefecture's city proper is no district; a district named so is.
        assert_eq!(clean_unit("杭州市区人民政府"), None);
        assert_eq!(clean_unit("梧州市长洲区").as_deref(), Some("梧州市长洲区"));
        assert_eq!(clean_unit("县政府信息公开"), None);
        assert_eq!(clean_unit("高度重视"), None);
        assert_eq!(clean_unit("各单位"), None);
        assert_eq!(clean_unit("依托门户网站"), None);
        assert_eq!(unit("本报告由市政府办公厅根据《条例》编制。"), None);
        assert_eq!(
            unit("本报告由自治区人民政府办公厅汇总各部门情况编制而成。"),
            None
        );
    }

    #[test]
    fn title_units() {
        assert_eq!(
            unit_from_title("某县某镇人民政府2017年度政府信息公开年度报告").as_deref(),
            Some("某县某镇")
        );
        assert_eq!(
            unit_from_title("2008年某县畜牧局政府信息公开工作年度报告").as_deref(),
            Some("某县畜牧局")
        );
    }

    #[test]
    fn body_grammar() {
        assert_eq!(
            unit("按照上级部署,现予公布《岳阳县新墙镇2022年度政府信息公开工作年度报告》。")
                .as_deref(),
            Some("岳阳县新墙镇")
        );
        assert_eq!(
            unit("为接受社会监督,青山镇人民政府特此编制2020年度政府信息公开工作年度报告。")
                .as_deref(),
            Some("青山镇")
        );
        assert_eq!(
            unit("本报告由凤县人民政府办公室根据《条例》要求编制。").as_deref(),
            Some("凤县")
        );
        assert_eq!(
            unit("本年度报告由岳阳市人民政府政务公开办公室汇总各县市区材料后编制。").as_deref(),
            Some("岳阳市")
        );
        assert_eq!(
            unit("现将南票区人民政府2020年政府信息公开工作情况报告如下:").as_deref(),
            Some("南票区")
        );
        assert_eq!(
            unit("根据通知,现将丰县农业委员会2010年度政府信息公开年度工作情况报告如下:").as_deref(),
            Some("丰县农业委员会")
        );
        assert_eq!(
            unit("依照条例,利川市卫生健康局编制了市卫生健康局2021年政府信息公开工作年度报告。")
                .as_deref(),
            Some("利川市卫生健康局")
        );
        assert_eq!(
            unit("本报告结合苏州工业园区政府信息公开工作情况编制。").as_deref(),
            Some("苏州工业园区")
        );
        assert_eq!(
            unit("根据《条例》规定,某某区人民政府编制了2018年政府信息公开工作年度报告。")
                .as_deref(),
            Some("某某区")
        );
        assert_eq!(
            unit("对照通知,我镇梳理全年工作,现编制江山市峡口镇").as_deref(),
            Some("江山市峡口镇")
        );
        assert_eq!(
            unit("一、总体情况\n2020年,江山市各部门协同推进,公开质量提升。").as_deref(),
            Some("江山市")
        );
        // A town named in full, its county before it, as a clause's subject
        // (named without the county's government it is under).
        assert_eq!(
            unit("一、总体情况\n为方便公众查询,江山市人民政府峡口镇办事处主要通过政府网站公开了机构信息。").as_deref(),
            Some("江山市峡口镇办事处")
        );
        // Not a town named alone, nor one that is an object.
        assert_eq!(
            unit("一、总体情况\n为方便公众查询,峡口镇主要通过政府网站公开信息。"),
            None
        );
        // But a town alone opening the line of the account is the unit.
        assert_eq!(
            unit("一、总体情况\n峡口镇认真贯彻落实条例,主要通过政府网站公开信息。").as_deref(),
            Some("峡口镇")
        );
        assert_eq!(
            unit("一、总体情况\n县政府指导江山市峡口镇通过网站公开信息。"),
            None
        );
        // A street that calls itself 我街道 is the one street the text names.
        let t = "一、总体情况\n我街道重视公开,在区政府网站的双塔街道栏目公开信息。本街道将改进。双塔街道党工委负责。";
        assert_eq!(unit(t).as_deref(), Some("双塔街道"));
        // Said once, the street must be named twice (or once in the name
        // of a document it made, see the next test).
        let t = "一、总体情况\n我街重视公开,学习了《双塔街道信息公开方案》。";
        assert_eq!(unit(t), None);
        // An office that checks each post compiles no report.
        let t = "一、总体情况\n2025年某街道办事处通过区门户网站公开信息65条。\n完善审核制度,由综合办公室初审、分管领导复审。";
        assert_eq!(unit(t).as_deref(), Some("某街道办事处"));
        // The department to contact, 可与 for 请与.
        assert_eq!(
            unit("如有疑问,可与江山市交通运输局办公室联系。").as_deref(),
            Some("江山市交通运输局")
        );
        // A department after the place, whatever its verb; a town's own
        // office is the town.
        assert_eq!(
            unit("一、总体情况\n2022年度,江山市交通运输局未发生行政复议案。").as_deref(),
            Some("江山市交通运输局")
        );
        assert_eq!(
            unit("一、总体情况\n2022年度,江山市峡口镇办事处未发生行政复议案。").as_deref(),
            Some("江山市峡口镇")
        );
        assert_eq!(
            unit("一、总体情况\n2021年,某街道办事处高度重视政务公开。").as_deref(),
            Some("某街道办事处")
        );
        assert_eq!(unit("一、总体情况\n2021年,我局依照区里的部署。"), None);
    }

    #[test]
    fn title_without_place_gives_way_to_a_fuller_body_name() {
        let head = "本局对照条例要求,编制邻水县文体局2020年度政府信息公开工作年度报告。";
        assert_eq!(
            find_unit(
                Some("2020年县文化体育和旅游局政府信息公开工作年度报告"),
                head,
                head
            )
            .as_deref(),
            Some("邻水县文体局")
        );
    }

    #[test]
    fn government_sharing_its_title_and_opening_sentences() {
        assert_eq!(
            unit_from_title("2009年度江西省人民政府信息公开工作报告").as_deref(),
            Some("江西省")
        );
        let t = "一、概述\n临高县2016年政府信息公开工作,认真贯彻落实《条例》。";
        assert_eq!(unit(t).as_deref(), Some("临高县"));
    }

    #[test]
    fn a_zone_sharing_a_government_with_its_district() {
        assert_eq!(
            zone_as_its_district("2022年高新区(新市区)政府信息公开工作年度报告"),
            "2022年新市区政府信息公开工作年度报告"
        );
        assert_eq!(
            unit_from_title("2022年高新区(新市区)政府信息公开工作年度报告").as_deref(),
            Some("新市区")
        );
        // An alias in brackets, or a bracket that is no district, stays.
        for t in [
            "新市区(高新区)2022年报告",
            "某某经济开发区(综合保税区)2022年报告",
        ] {
            assert_eq!(zone_as_its_district(t), t);
        }
    }

    #[test]
    fn compilers_fields_and_reports_named_after_the_year() {
        // 由…管委会结合…编制; a leading group's office compiles for its government.
        let t = "本报告由宁波杭州湾新区管委会结合有关统计数据编制。";
        assert_eq!(unit(t).as_deref(), Some("宁波杭州湾新区管委会"));
        let t = "本报告由南平市人民政府信息公开工作领导小组办公室根据条例编制。";
        assert_eq!(unit(t).as_deref(), Some("南平市"));
        // A field of the page head.
        assert_eq!(unit("- 发布机构:参内乡\n正文").as_deref(), Some("参内乡"));
        // The report named after its year, and 向社会公开 before the name.
        let t = "本报告在2016年度沙坡头区人民政府政府信息公开工作年度报告的基础上编制。";
        assert_eq!(unit(t).as_deref(), Some("沙坡头区"));
        // A zone sharing its government with a street: the street reports.
        let t = "现公布开发区(白洋街道)2009年政府信息公开工作年度报告。";
        assert_eq!(unit(t).as_deref(), Some("白洋街道"));
        let t = "现公布开发区(管委会)2009年政府信息公开工作年度报告。";
        assert_ne!(unit(t).as_deref(), Some("管委会"));
        let t = "现公开某某经济开发区信息公开2018年度报告。本报告由概述组成。";
        assert_eq!(unit(t).as_deref(), Some("某某经济开发区"));
        // 工作 before the year; a later sentence names it by a short form.
        let t = "现公布中国科学院昆明动物研究所信息公开工作2031年度报告。\n一、概述\n2031年,中科院昆明动物研究所做好公开。";
        assert_eq!(unit(t).as_deref(), Some("中国科学院昆明动物研究所"));
        let t = "在认真总结2020年青山镇政府信息公开工作的基础上,编制了此报告。";
        assert_eq!(unit(t).as_deref(), Some("青山镇"));
        let t = "现向社会公开安乐乡2019年政府信息公开工作年度报告。";
        assert_eq!(unit(t).as_deref(), Some("安乐乡"));
        // 经开区 keeps its 经; 政府 alone is no unit.
        let t = "现公布经开区2023年政府信息公开工作年度报告。";
        assert_eq!(unit(t).as_deref(), Some("经开区"));
        assert_eq!(unit("现公布2010年度政府信息公开工作年度报告。"), None);
        // A park of industry (工业园, no 区) sharing its government with a
        // town; one park on its own.
        let t = "现发布《陶瓷工业园(秣陵街道)2023年政府信息公开工作年度报告》。";
        assert_eq!(unit(t).as_deref(), Some("秣陵街道"));
        let t = "现公布某某电子产业园2023年政府信息公开工作年度报告。";
        assert_eq!(unit(t).as_deref(), Some("某某电子产业园"));
        // Two names of one administration in a title: the first.
        assert_eq!(
            unit_from_title("东山办事处、东山园区2023年政府信息公开工作年度报告").as_deref(),
            Some("东山办事处")
        );
        // What is published: the year, then the unit.
        let t = "现公布2021年丰县水务局政府信息公开工作情况。本报告数据截至12月31日。";
        assert_eq!(unit(t).as_deref(), Some("丰县水务局"));
        // A bare year in a title.
        assert_eq!(
            unit_from_title("西藏自治区政府国资委2020政府信息公开工作年度报告").as_deref(),
            Some("西藏自治区政府国资委")
        );
        // 我局 agreeing with the department's own leading group.
        // A hall (文史研究馆) is a unit's kind; a zone's committee a
        // contact, an open bracket after it.
        let t = "现将某省文史研究馆2021年政府信息公开工作年度报告如下。";
        assert_eq!(unit(t).as_deref(), Some("某省文史研究馆"));
        let t = "如有疑问,请联系江宁高新区管委会(地址:某路1号)。\n一、概述\n本单位全年公开信息。";
        assert_eq!(unit(t).as_deref(), Some("江宁高新区管委会"));
        // The subject after 概述 and its year, or after the heading with no year.
        let t = "本年报根据条例编制。 一、概述 2017年,江宁高新区管委会根据工作实际推进公开。";
        assert_eq!(unit(t).as_deref(), Some("江宁高新区管委会"));
        let t =
            "根据条例规定,编制本年度报告。\n一、总体情况\n丰县水务局坚持依法公开,及时发布信息。";
        assert_eq!(unit(t).as_deref(), Some("丰县水务局"));
        let t = "一、 总体情况 秣陵街道贯彻条例,认真完成各项工作。";
        assert_eq!(unit(t).as_deref(), Some("秣陵街道"));
        // A compiler whose name holds a word 由…综合 would stop at.
        let t = "本报告由江宁区综合行政服务中心编制,报告期为2013年度。";
        assert_eq!(unit(t).as_deref(), Some("江宁区综合行政服务中心"));
        assert_eq!(clean_unit("无政府"), None);
        assert_eq!(clean_unit("无锡市").as_deref(), Some("无锡市"));
        // A kind written twice, once; the fuller name the text writes.
        let t = "2023年,区统计局局认真落实条例。\n本报告涵盖2023年江宁区统计局的公开工作。";
        assert_eq!(unit(t).as_deref(), Some("江宁区统计局"));
        // Nor an item's count word.
        let t = "2011年,我区认真落实条例。二是区政府信息公开工作领导小组召开会议。";
        assert_ne!(unit(t).as_deref(), Some("二是区"));
        // Nor 就 (regarding) before a kind.
        let t = "结合本街道实际,就街道2023年度政府信息公开工作报告如下。";
        assert_eq!(unit(t), None);
        // Nor does a verb of setting up (建立街道…领导小组: a street's group).
        let t = "一、总体情况\n1.领导情况。建立街道政府信息公开工作领导小组,由主任任组长。";
        assert_eq!(unit(t), None);
        let t = "如对本年报有任何疑问,请与丰县政府信息公开办公室联系(地址:某路1号)。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
        let t = "如有疑问,可联系某市江宁区统计局办公室,地址:某路1号。\n一、总体情况\n我局全年公开信息。";
        assert_eq!(unit(t).as_deref(), Some("某市江宁区统计局"));
        // A modifier before the name ends where the name begins.
        let t = "我局成立了由副局长任组长,各科室负责人为成员的丰县统计局信息公开工作领导小组。我局主动公开信息。";
        assert_eq!(unit(t).as_deref(), Some("丰县统计局"));
        // A township opening the clause after the time its account covers.
        let t = "为做好公开工作,现将情况报告如下。自2008年5月以来,秣陵街道严格按照条例开展工作。";
        assert_eq!(unit(t).as_deref(), Some("秣陵街道"));
        let t = "我局调整了某州林业局信息公开领导小组成员。我局主动公开信息。";
        assert_eq!(unit(t).as_deref(), Some("某州林业局"));
    }

    #[test]
    fn an_office_that_compiles_and_calls_itself_so_reports_on_itself() {
        let t = "本报告由丰县人民政府办公室编制而成。\n一、总体情况\n2021年,我办认真落实条例。全年我办主动公开政府信息30条。";
        assert_eq!(unit(t).as_deref(), Some("丰县人民政府办公室"));
        // Calling itself the county too: the government's report.
        let t = "本报告由丰县人民政府办公室编制而成。\n一、总体情况\n2021年,我县认真落实条例。我办牵头,全县主动公开政府信息30条。我办负责汇总。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
    }

    #[test]
    fn the_unit_that_made_a_report_quoted_without_its_name() {
        let t = "根据条例,宁夏回族自治区形成了《2017年政府信息公开年度报告》。本报告由办公厅汇总编制。\n一、概述";
        assert_eq!(unit(t).as_deref(), Some("宁夏回族自治区"));
    }

    #[test]
    fn a_department_that_names_itself_in_its_years_points_of_work() {
        // 我局 only, and the points of work it issued for the year.
        let t = "一、总体情况\n2021年,我局做好公开工作。\n我局印发了《丰县审计局2021年政务公开工作要点》,明确任务。";
        assert_eq!(unit(t).as_deref(), Some("丰县审计局"));
    }

    #[test]
    fn a_street_that_names_itself_in_a_document_it_made() {
        // Said once (我街), named once, in the name of its own document.
        let t = "一、总体情况\n2023年,我街认真落实条例,修订了《秣陵街道信息公开保密审查办法》,做好公开工作。";
        assert_eq!(unit(t).as_deref(), Some("秣陵街道"));
        // Named once in passing: too little.
        let t = "一、总体情况\n2023年,我街认真落实条例,学习了秣陵街道的经验,做好公开工作。";
        assert_eq!(unit(t), None);
    }

    #[test]
    fn fuller_names_sources_and_streets_written_short() {
        // The name found lacks its place; the text writes it in full.
        let t = "2022年,新区管委会认真贯彻条例。如有疑问,请与舟山群岛新区管委会办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("舟山群岛新区管委会"));
        // Written in full with the whole kind (商务委 short for 商务委员会).
        let t = "现结合江宁区某某新区商务委员会实际工作,编制本报告。\n一、总体情况\n2023年,区商务委认真落实条例,区商务委全年发布信息20条。";
        assert_eq!(unit(t).as_deref(), Some("江宁区某某新区商务委员会"));
        // 来源: in the page head.
        assert_eq!(
            unit("来源:杨林镇 发布时间:2024-01-05\n正文").as_deref(),
            Some("杨林镇")
        );
        assert_eq!(unit("来源:中国政府网\n正文"), None);
        assert_eq!(unit("发布机构: | 县府办 |\n正文"), None);
        // The value written on into the next field, or in the next cell.
        assert_eq!(
            unit("发布时间:2024-01-05 来源:丰县发展和改革委员会字号:[大 中 小]\n正文").as_deref(),
            Some("丰县发展和改革委员会")
        );
        assert_eq!(
            unit("索引号: | 001 | 来 源: | 江宁区统计局 | 发布时间: | 2023年\n正文").as_deref(),
            Some("江宁区统计局")
        );
        // 白云街 for the gazetteer's 白云街道; a road (解放大街) stays none.
        assert_eq!(clean_unit("白云街").as_deref(), Some("白云街道"));
        assert_eq!(
            clean_unit("南京市江宁区东山街").as_deref(),
            Some("南京市江宁区东山街道")
        );
        assert_eq!(clean_unit("解放大街"), None);
        let t = "铃铛阁街政府信息公开工作稳步推进。";
        assert_eq!(unit(t).as_deref(), Some("铃铛阁街道"));
    }

    #[test]
    fn contacts_compilers_and_bracketed_aliases() {
        // The government's office to contact names the government.
        let t = "对本报告有任何疑问,请联系:龙游县大街乡信息公开领导小组办公室,邮编:324403。";
        assert_eq!(unit(t).as_deref(), Some("龙游县大街乡"));
        let t = "如需咨询,请与柞水县凤凰镇人民政府党政办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("柞水县凤凰镇"));
        // Its 党政 office by a longer name.
        let t = "如有疑问,请与宁强县人民政府汉源街道办事处党政综合与社区服务办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("宁强县汉源街道办事处"));
        // Not a department's office whose name holds 党政.
        let t = "如有疑问,请与某县委党政综合协调办公室联系。";
        assert_eq!(unit(t), None);
        // A government's own centre to contact, and nothing else: the
        // government (the held-out page of 永定县 was labelled so).
        assert_eq!(
            unit("如有疑问,请与永定县政府信息中心联系。").as_deref(),
            Some("永定县")
        );
        // ××局结合单位实际,编制….
        let t = "根据要求,黄龙县市场监督管理局结合单位实际,编制本单位2022年度报告。";
        assert_eq!(unit(t).as_deref(), Some("黄龙县市场监督管理局"));
        // The bracketed second name of a department.
        assert_eq!(
            unit_from_title("郎溪县卫生健康委员会(县中医药局)政府信息公开工作年度报告").as_deref(),
            Some("郎溪县卫生健康委员会")
        );
    }

    #[test]
    fn no_first_person_in_names_and_provinces_call_themselves() {
        assert_eq!(clean_unit("未产生针对我局"), None);
        let t =
            "我省持续推进政务公开。请与四川省人民政府信息公开办公室联系。四川省人民政府门户网站。";
        assert_eq!(unit(t).as_deref(), Some("四川省"));
    }

    #[test]
    fn roles_area_nouns_and_posting_offices_are_no_units() {
        assert_eq!(clean_unit("分管办公室"), None);
        assert_eq!(clean_unit("园区"), None);
        assert_eq!(unit("来源:某县人民政府办公室\n正文"), None);
        assert_eq!(
            unit("发布机构:某县人民政府办公室\n正文").as_deref(),
            Some("某县人民政府办公室")
        );
    }

    #[test]
    fn government_bodies_and_years_run_into_the_subject() {
        assert_eq!(clean_unit("城口县人民政府机关").as_deref(), Some("城口县"));
        let t = "一、总体情况\n2020年七里坪镇严格按照条例要求推进公开。";
        assert_eq!(unit(t).as_deref(), Some("七里坪镇"));
    }

    #[test]
    fn what_the_report_calls_itself_agrees_with_a_unit_named() {
        // 我县 + the county's government named (a guide, the portal).
        let t =
            "2021年,我县持续推进政务公开。修订了《石门县人民政府信息公开指南》。我县将继续努力。";
        assert_eq!(unit(t).as_deref(), Some("石门县"));
        // Said once: the government must be named more than once.
        let t = "督促全县各单位。本报告可在石门县人民政府网站下载。";
        assert_eq!(unit(t), None);
        let t = "督促全县各单位。可在石门县人民政府网站下载,石门县人民政府网站。";
        assert_eq!(unit(t).as_deref(), Some("石门县"));
        // 和 + 县政府 names no 和县.
        let t = "依据各乡镇人民政府和县政府直属部门的材料编制。2021年,我县推进公开。我县将继续努力,见石门县人民政府门户网站。";
        assert_eq!(unit(t).as_deref(), Some("石门县"));
        // 我局 + the office to contact.
        // The documents it made name it.
        let t = "2023年,我局全面贯彻条例。全年制修订《某市生态环境局关于印发某办法的通知》等文件。我局将改进。";
        assert_eq!(unit(t).as_deref(), Some("某市生态环境局"));
        // Not those it followed.
        let t = "2023年,我局全面贯彻条例。根据《某市生态环境局关于做好年报的通知》要求编制。我局将改进。";
        assert_eq!(unit(t), None);
        let t = "我局主动公开信息14条。如有疑问,请与宁乡县林业局办公室联系。我局将改进。";
        assert_eq!(unit(t).as_deref(), Some("宁乡县林业局"));
        // 我局 + its own guide or rules.
        let t = "我局修订了《某县水利局政府信息公开指南》。我局主动公开信息20条。";
        assert_eq!(unit(t).as_deref(), Some("某县水利局"));
        // Another kind of unit named: nothing.
        let t = "我局主动公开信息14条。修订了《宁乡县人民政府信息公开指南》。我局将改进。";
        assert_eq!(unit(t), None);
    }

    #[test]
    fn sixth_sample_sources() {
        // The report named after 现公开, or what it sums up.
        // An alias in brackets with quotes (以下简称“县残联”); 联合社 a kind.
        let t = "一、总体情况\n2025年,某县残疾人联合会(以下简称 “县残联”)在县委领导下公开信息。";
        assert_eq!(unit(t).as_deref(), Some("某县残疾人联合会"));
        // Last, the department to contact, or the government whose centre it is.
        let t = "一、概述\n我局主动公开信息。如有疑问,请与某市审计局办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("某市审计局"));
        let t = "本报告由某市供销合作社联合社按照条例编制。";
        assert_eq!(unit(t).as_deref(), Some("某市供销合作社联合社"));
        let t = "一、总体情况\n2022年,某县水利局的政府信息公开工作稳步推进。";
        assert_eq!(unit(t).as_deref(), Some("某县水利局"));
        let t = "一、总体情况\n2025年,某县退役军人事务局通过县政府网站主动公开信息。";
        assert_eq!(unit(t).as_deref(), Some("某县退役军人事务局"));
        // A notice about compiling every unit's report names none of them.
        let t = "根据某区政务服务局《关于做好某某区2025年政府信息公开年报编制工作的函》要求,编制《某某区大树镇人民政府2025年政府信息公开工作年度报告》。";
        assert_eq!(quoted_report_name(t).as_deref(), Some("某某区大树镇"));
        let t = "依据条例,现发布《某市统计局政府信息公开工作2015年度报告》。";
        assert_eq!(unit(t).as_deref(), Some("某市统计局"));
        let t = "依据条例,现公开某县城关街道办事处2022年政府信息公开工作年度报告。";
        assert_eq!(unit(t).as_deref(), Some("某县城关街道办事处"));
        let t = "本报告全面总结某市某区人民政府向阳街道办事处2024年政府信息公开工作情况。";
        assert_eq!(unit(t).as_deref(), Some("某市某区向阳街道办事处"));
        // A kind word alone is no name.
        assert_eq!(unit("2019年度街道共有专职人员2名。"), None);
        // …unless the text writes its fuller name.
        let t = "2019年度街道共有专职人员2名。在某区城东街道门户网站公开。";
        assert_eq!(unit(t).as_deref(), Some("某区城东街道"));
        // A clause word left on a one-character rest opens no name;
        // 研究室 is a unit's kind.
        assert_eq!(clean_unit("根据县"), None);
        let t = "2019年,某市政府研究室主动公开信息16条。";
        assert_eq!(unit(t).as_deref(), Some("某市政府研究室"));
        // Not a run over other words before the year.
        let t = "文章总结年终材料个人工作总结乡2018年政府信息公开工作回顾";
        assert_eq!(unit(t), None);
        // A subject followed by 信息公开工作; after the heading on its line; with an alias.
        assert_eq!(
            unit("2021年,统计局信息公开工作在县委领导下开展。").as_deref(),
            Some("统计局")
        );
        let t = "一、总体情况 2022年,株洲市统计局认真贯彻条例。";
        assert_eq!(unit(t).as_deref(), Some("株洲市统计局"));
        let t = "2019年度,自治区文旅厅(文物局)认真贯彻条例。";
        assert_eq!(unit(t).as_deref(), Some("自治区文旅厅"));
        // 我苏木 agreeing with a 苏木 named with its government.
        let t = "我苏木成立宝绍岱苏木政府信息公开领导小组。我苏木主动公开信息12条。";
        assert_eq!(unit(t).as_deref(), Some("宝绍岱苏木"));
    }

    #[test]
    fn subject_after_a_leading_clause() {
        let t = "2020年,根据《某州关于编制年度报告的通知》要求,某县交通运输局认真贯彻条例。";
        assert_eq!(unit(t).as_deref(), Some("某县交通运输局"));
        let t = "2019年,作为新组建部门,某县应急管理局严格按照条例公开信息。";
        assert_eq!(unit(t).as_deref(), Some("某县应急管理局"));
        let t = "一、总体情况\n2022年,在县委、县政府的正确领导下,某某街道办事处认真落实《条例》。";
        assert_eq!(unit(t).as_deref(), Some("某某街道办事处"));
        // A purpose clause before the year.
        let t =
            "前言\n为了让群众便捷地查阅公开的信息,更好地监督行政,2016年,县林业局坚持公开为常态。";
        assert_eq!(unit(t).as_deref(), Some("县林业局"));
        let t = "前言\n本着依法、及时、便民的原则,2015年,县林业局通过网站公开信息。";
        assert_eq!(unit(t).as_deref(), Some("县林业局"));
        // The unit a report publishing itself names before its year.
        let t = "根据《条例》规定,特向社会公布丰县2021年度政府信息公开情况。报告全文包括总体情况。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
        // A place run into Latin letters and digits names no unit.
        let t = "前言\n2011年,丰县abc123网站导航高度重视《条例》的贯彻落实。";
        assert_eq!(unit(t), None);
        assert_eq!(
            unit("2010年湖南省参事室主动公开信息12条。").as_deref(),
            Some("湖南省参事室")
        );
    }

    #[test]
    fn ministries_are_units_and_other_bu_words_are_not() {
        assert_eq!(
            unit("依照条例,现公开水利部(含某某局)2010年政府信息公开工作年度报告。").as_deref(),
            Some("水利部")
        );
        assert!(is_national("水利部") && is_national("国家统计局"));
        // A place's own 部 is no national body.
        assert!(!is_national("长沙县人武部"));
        // Nor a national agency's branch in a place; 海关 is a unit's kind.
        assert!(!is_national("国家税务总局江宁区税务局"));
        assert!(is_national("国家税务总局"));
        assert_eq!(
            unit_from_title("某某海关2016年海关政府信息公开年度报告").as_deref(),
            Some("某某海关")
        );
        for bogus in ["全部", "内部", "干部", "西部"] {
            assert_eq!(clean_unit(bogus), None, "{bogus}");
        }
    }

    #[test]
    fn cooperatives_aliases_and_bare_governments() {
        let t = "2010年,某县供销合作社认真贯彻条例。";
        assert_eq!(unit(t).as_deref(), Some("某县供销合作社"));
        assert_eq!(
            unit("发布日期:2010-01-01\n某市民委(宗教局)\n2009年度政府信息公开工作报告").as_deref(),
            Some("某市民委")
        );
        assert_eq!(clean_unit("镇政府"), None);
        // A 地区's administration office is its government.
        assert_eq!(strip_gov("阿克苏地区行政公署"), "阿克苏地区");
        assert_eq!(strip_gov("某某盟行署"), "某某盟");
        assert_eq!(strip_gov("某县行署"), "某县行署");
    }

    #[test]
    fn a_government_named_where_the_page_speaks_as_its_department() {
        let body = "\n一、总体情况\n本年度我局把公开当作日常工作。我局共公开信息30条。\n如有疑问,请联系丰县文化旅游局,电话:1234。";
        let t = format!("本报告结合2021年度丰县人民政府信息公开工作实际编制。{body}");
        assert_eq!(unit(&t).as_deref(), Some("丰县文化旅游局"));
        // The place said too (我县): the government it names.
        let t =
            format!("本报告结合2021年度丰县人民政府信息公开工作实际编制。我县各部门参与。{body}");
        assert_eq!(unit(&t).as_deref(), Some("丰县"));
        // A site's slogan where the unit's place should stand names none.
        assert_eq!(clean_unit("某某官方网站卫生健康局"), None);
        assert_eq!(clean_unit("某某官网入口民政局"), None);
    }

    #[test]
    fn the_opening_line_compiles_after_the_law_and_a_department_says_its_city() {
        let t = "丰县重点工程建设指挥部办公室依据《条例》第五十条,编制本报告。\n一、总体情况\n全年我办公开信息9条。";
        assert_eq!(unit(t).as_deref(), Some("丰县重点工程建设指挥部办公室"));
        // A commission that says 全市 of its city more than 我委 of itself
        // names no government.
        let t = "一、总体情况\n本年度我委抓好公开。全市各区县同步推进,全市公开信息多条。\n《徐州市某某办法》已发布。";
        assert_eq!(unit(t), None);
        let t = "一、总体情况\n全市各区县同步推进,全市公开信息多条。\n《徐州市某某办法》已发布,徐州市人民政府网站转载。徐州市人民政府门户网站。";
        assert_eq!(unit(t).as_deref(), Some("徐州市"));
    }

    #[test]
    fn an_information_centre_to_contact_speaks_for_its_county() {
        let t = "一、总体情况\n全年公开信息多条。\n如对本报告有任何疑问,请与丰县经济信息中心联系(地址:某路6号)。";
        assert_eq!(unit(t).as_deref(), Some("丰县"));
        // A centre that speaks as itself reports on itself.
        let t = "一、总体情况\n本中心全年公开信息多条,我中心按时答复。\n如对本报告有任何疑问,请与丰县经济信息中心联系(地址:某路6号)。";
        assert_ne!(unit(t).as_deref(), Some("丰县"));
    }

    #[test]
    fn a_bureau_named_only_by_its_own_account() {
        let t = "一、总体情况\n我局依法做好公开。今年经由“沛县水务局”公众号推送动态88条,我局网站更新12条。";
        assert_eq!(unit(t).as_deref(), Some("沛县水务局"));
        // A town that relays a bureau's account does not become the bureau.
        let t = "一、总体情况\n我镇依法做好公开。今年经由“沛县水务局”公众号转发动态8条。";
        assert_ne!(unit(t).as_deref(), Some("沛县水务局"));
        // Nor does an office that calls itself 我办 take a bureau's account.
        let t = "一、总体情况\n我办依法做好公开。今年经由“沛县水务局”公众号转发动态8条。";
        assert_ne!(unit(t).as_deref(), Some("沛县水务局"));
    }

    #[test]
    fn an_office_titled_without_its_city() {
        let head = "发布机构: 沛县人民政府\n一、概述\n本年度公开信息多条。";
        let title = "县政府办公室信息公开工作年度报告(2016年)";
        assert_eq!(
            find_unit(Some(title), head, head).as_deref(),
            Some("沛县政府办公室")
        );
        // An office that sends the government's report is not its unit.
        let title = "县政府办公室关于印发沛县2016年政府信息公开工作年度报告的通知";
        assert_ne!(
            find_unit(Some(title), head, head).as_deref(),
            Some("沛县政府办公室")
        );
    }

    #[test]
    fn compiled_by_a_unit_with_its_short_name_and_a_town_by_its_catalogue() {
        let t = "本年度报告由徐州市农业农村委员会(以下简称我委)编制。\n一、总体情况\n我委公开信息多条。";
        assert_eq!(unit(t).as_deref(), Some("徐州市农业农村委员会"));
        // A town that calls itself 我镇, named only by its own catalogue.
        let t = "一、总体情况\n对照《欢口镇基层政务公开标准目录》,我镇规范发布流程,我镇全年公开信息多条。";
        assert_eq!(unit(t).as_deref(), Some("欢口镇"));
        // A bureau that cites a town's catalogue does not become the town.
        let t = "一、总体情况\n对照《欢口镇基层政务公开标准目录》,我局指导发布流程,我局全年公开信息多条。";
        assert_ne!(unit(t).as_deref(), Some("欢口镇"));
    }

    #[test]
    fn a_unit_that_opens_the_line_publishing_its_report() {
        let t = "丰县凤城街道办事处向社会公布2022年度本级政府信息公开年度报告。\n一、总体情况\n全年公开信息多条。";
        assert_eq!(unit(t).as_deref(), Some("丰县凤城街道办事处"));
    }

    #[test]
    fn a_superior_listed_after_the_province_is_not_the_place_itself() {
        // 全市 throughout; the prefecture named among the superiors whose
        // deployment the report follows, the county-level city on its site.
        let t = "按照国务院、省政府、四平市政府的工作部署,编制本报告。本报告在双辽市人民政府网站和双辽市政府信息公开网发布。\n一、总体情况\n全市主动公开信息20条,全市受理申请2件。";
        assert_eq!(unit(t).as_deref(), Some("双辽市"));
        // Named on its own, it is still the place.
        let t = "按照四平市政府的工作部署,编制本报告。\n一、总体情况\n全市主动公开信息20条,全市受理申请2件。";
        assert_eq!(unit(t).as_deref(), Some("四平市"));
    }

    #[test]
    fn a_short_name_takes_the_whole_name_the_text_writes() {
        let t = "2031年,县住建局积极推进政务公开工作。\n一、总体情况\n严格执行《定远县住房和城乡建设局政务公开审核办法》,全年主动公开信息20条。";
        assert_eq!(unit(t).as_deref(), Some("定远县住房和城乡建设局"));
        // 委 of 委员会.
        let t = "2031年,区发展改革委积极推进政务公开工作。\n一、总体情况\n修订了《瑶海区发展和改革委员会信息公开指南》。";
        assert_eq!(unit(t).as_deref(), Some("瑶海区发展和改革委员会"));
        // The city's bureau is no county's: another level's word.
        let t = "2031年,县住建局积极推进政务公开工作。\n一、总体情况\n转发《滁州市住房和城乡建设局政务公开审核办法》。";
        assert_ne!(unit(t).as_deref(), Some("滁州市住房和城乡建设局"));
        // Nor another bureau whose name holds the words out of order.
        let t = "2031年,县建住局积极推进政务公开工作。\n一、总体情况\n执行《定远县住房和城乡建设局政务公开审核办法》。";
        assert_ne!(unit(t).as_deref(), Some("定远县住房和城乡建设局"));
    }

    #[test]
    fn a_zone_body_named_with_its_district_in_brackets() {
        let t = "一、总体情况\n2031年,苏州高新区(虎丘)行政审批局认真贯彻条例,做好各项公开工作。";
        assert_eq!(unit(t).as_deref(), Some("苏州高新区(虎丘)行政审批局"));
        // Brackets that name no place stay an aside.
        let t = "一、总体情况\n2031年,苏州高新区(筹备)行政审批局认真贯彻条例,做好各项公开工作。";
        assert_ne!(unit(t).as_deref(), Some("苏州高新区(筹备)行政审批局"));
    }

    #[test]
    fn signature_names_the_unit() {
        let t = "一、总体情况\n正文。\n\n浏阳市永安镇人民政府\n2021年1月18日";
        assert_eq!(unit(t).as_deref(), Some("浏阳市永安镇"));
    }

    #[test]
    fn samples_381_to_384() {
        // The government's disclosure office, 工作 in its name.
        let t = "根据条例要求,由晋江市政府信息公开工作办公室编制完成本报告。\n一、概述";
        assert_eq!(unit(t).as_deref(), Some("晋江市"));
        // A bare kind is no unit.
        let t = "一、总体情况\n中心在多个网站主动公开工作动态。";
        assert_ne!(unit(t).as_deref(), Some("中心"));
        // A verb that is the name's own (推进中心).
        let t = "某某区重点区域建设推进中心2030年政府信息公开工作年度报告";
        assert_eq!(
            find_unit(Some(t), t, t).as_deref(),
            Some("某某区重点区域建设推进中心")
        );
    }

    #[test]
    fn samples_377_to_380() {
        // The year first, the township alone before its work.
        let t = "一、总体情况\n根据条例编制本报告,2030年,九门回族乡政府信息公开工作以规范为重点。";
        assert_eq!(unit(t).as_deref(), Some("九门回族乡"));
        // (Not a clause that runs on: 某街道按照某区….)
        let t = "一、概述\n2030年,九门回族乡按照藁城区政府信息公开工作有关部署开展工作。";
        assert_ne!(unit(t).as_deref(), Some("九门回族乡按照藁城区"));
        // A street's office by its short name.
        let t = "一、总体情况\n2030年,某某区某某街道办坚持公开为常态。";
        assert_eq!(unit(t).as_deref(), Some("某某区某某街道办事处"));
        // A province's report, made of its cities' and departments'.
        let province = Region {
            province: Some("安徽省".into()),
            ..Region::default()
        };
        let t = "本年度报告综合各市人民政府和省政府各部门的政府信息公开工作报告编制而成。";
        assert_eq!(
            place_as_unit(t, &province, None),
            Some(("安徽省".to_string(), Level::Province))
        );
        assert_eq!(place_as_unit("全省各部门做好公开。", &province, None), None);
    }

    #[test]
    fn samples_365_to_376() {
        // The unit after the year, 的 before the report's name.
        let t = "本报告根据条例,汇总2030年度某某县统计局的政府信息公开年度报告编制而成。\n一、概述";
        assert_eq!(unit(t).as_deref(), Some("某某县统计局"));
        // The parts the report is told in, then 就 and the unit.
        let t = "现从主动公开、依申请公开等四方面就某某县统计局2030年度政府信息公开工作报告如下:\n一、概述";
        assert_eq!(unit(t).as_deref(), Some("某某县统计局"));
        // A prefecture's short name with its full one on the page too.
        let t =
            "一、总体情况\n2030年,长沙民政局网站发布各类信息300条。请与长沙市民政局办公室联系。";
        assert_eq!(unit(t).as_deref(), Some("长沙市民政局"));
        // A street office's own office compiles for the street.
        let t = "根据条例,上海市黄浦区人民政府南京东路街道办事处综合事务部编制本年度报告。\n一、总体情况";
        assert_eq!(unit(t).as_deref(), Some("上海市黄浦区南京东路街道办事处"));
    }

    #[test]
    fn a_report_opened_with_xianjiu_and_a_government_with_its_office() {
        let t = "依据条例,现就某某县农业农村局2022年度政府信息公开工作报告如下。\n一、总体情况";
        assert_eq!(unit(t).as_deref(), Some("某某县农业农村局"));
        assert_eq!(strip_gov("某某地区行政公署及办公室"), "某某地区");
        assert_eq!(strip_gov("某市人民政府及其办公室"), "某市");
        // (Not a department's office.)
        assert_eq!(strip_gov("某市教育局及办公室"), "某市教育局及办公室");
    }

    #[test]
    fn the_means_a_clause_opens_with_is_no_unit() {
        let t = "(一)主动公开方面。2023年,通过某某市政府信息公开平台公开发布政府信息200余条。";
        assert_ne!(unit(t).as_deref(), Some("通过某某市"));
    }

    #[test]
    fn the_office_of_no_place_is_no_unit() {
        // 政府办 alone, as the subject of the year's work, names no unit.
        let t = "一、概述\n推进政府信息公开是某某市朝阳区人民政府的一项重要工作。2031年是我区稳步发展的一年。\n按照条例要求,2031年,政府办政府信息公开工作取得了新的进展。";
        assert_ne!(unit(t).as_deref(), Some("政府办"));
    }

    #[test]
    fn a_branch_speaking_as_itself_is_the_branch_of_its_place() {
        // The place's government named as a channel, the page calling
        // itself 我分局 and naming the branch to contact: the branch.
        let t = "本年度报告依据条例编制。如对本年报有任何疑问,请与某市生态环境局沙河市分局办公室联系。\n一、总体情况\n(一)主动公开方面。2031年,通过沙河市政府信息公开平台公开发布政府信息25条,通过政务新媒体推送信息60篇。\n(二)依申请公开方面。我分局加强管理。我分局完善制度。";
        assert_eq!(unit(t).as_deref(), Some("某市生态环境局沙河市分局"));
    }

    #[test]
    fn place_as_unit_needs_a_government_speaking() {
        let county = Region {
            province: Some("某省".into()),
            prefecture: Some("某市".into()),
            county: Some("某某县".into()),
            ..Region::default()
        };
        let city = Region {
            county: None,
            ..county.clone()
        };
        // The whole county, its townships: the county's government.
        let t = "2020年,全县政府信息公开工作在县委领导下开展,指导各乡镇做好公开。";
        assert_eq!(
            place_as_unit(t, &county, None),
            Some(("某某县".to_string(), Level::County))
        );
        // The counties below it, the city's own government.
        let t = "指导市县两级政府规范办理申请。";
        assert_eq!(
            place_as_unit(t, &city, None),
            Some(("某市".to_string(), Level::Prefecture))
        );
        let t = "及时公开政府常务会议情况。";
        assert_eq!(
            place_as_unit(t, &city, None).map(|u| u.1),
            Some(Level::Prefecture)
        );
        // The whole city said once is what a department serving the city's
        // work writes as well; twice, the city speaking.
        let t = "2031年,紧扣市委、市政府中心工作,优化全市公开流程。";
        assert_eq!(place_as_unit(t, &city, None), None);
        let t = "2031年,全市公开工作稳步推进,我市优化公开流程。";
        assert_eq!(
            place_as_unit(t, &city, None).map(|u| u.1),
            Some(Level::Prefecture)
        );
        // A prefecture a 地区 until lately, named so by its page: as written.
        let hami = Region {
            province: Some("新疆维吾尔自治区".into()),
            prefecture: Some("哈密市".into()),
            ..Region::default()
        };
        let t = "哈密地区行政公署2013年度公开工作。指导各县做好公开。";
        assert_eq!(
            place_as_unit(t, &hami, None),
            Some(("哈密地区".to_string(), Level::Prefecture))
        );
        let t = "哈密市人民政府2017年度公开工作。指导各县做好公开。";
        assert_eq!(
            place_as_unit(t, &hami, None),
            Some(("哈密市".to_string(), Level::Prefecture))
        );
        // What a department writes too is no government speaking.
        let t = "通过县政府门户网站公开信息,督促各部门按时报送。";
        assert_eq!(place_as_unit(t, &county, None), None);
        // Nor a level given otherwise, nor a township's place.
        let t = "全县各乡镇。";
        assert_eq!(place_as_unit(t, &county, Some(Level::Department)), None);
        let town = Region {
            township: Some("某镇".into()),
            ..county.clone()
        };
        assert_eq!(place_as_unit(t, &town, None), None);
    }

    #[test]
    fn compiled_from_what_a_zone_committee_did() {
        let t = "本年度报告根据昌吉高新技术产业开发区管理委员会的政府信息公开年度工作情况进行编制。\n一、总体情况\n全年公开信息多条。";
        assert_eq!(unit(t).as_deref(), Some("昌吉高新技术产业开发区管理委员会"));
        let t = "本年度报告根据昌吉市住房和城乡建设局的政府信息公开工作情况编制。\n一、总体情况\n全年公开信息多条。";
        assert_eq!(unit(t).as_deref(), Some("昌吉市住房和城乡建设局"));
    }

    #[test]
    fn the_subject_after_what_the_work_follows() {
        let t = "一、总体情况\n以《政府信息公开条例》为根本遵循,紧密贴合交通运输工作实际,碑林区交通运输局严格落实公开审核要求,全年工作平稳。\n(一)主动公开";
        assert_eq!(unit(t).as_deref(), Some("碑林区交通运输局"));
    }

    #[test]
    fn a_government_office_by_its_short_name_written_out_with_renmin() {
        let t = "一、总体情况\n2031年区政府办主动公开信息90条。\n如有疑问,请联系:东风区人民政府办公室。\n区政府办高度重视政务公开工作。";
        assert_eq!(unit(t).as_deref(), Some("东风区人民政府办公室"));
    }

    #[test]
    fn a_department_to_contact_directly() {
        let t = "本报告按要求编制。若有疑问,可直接与将乐县自然资源局办公室联系(联系电话:0598-1234567)。\n一、总体情况\n全年公开信息20条。";
        assert_eq!(unit(t).as_deref(), Some("将乐县自然资源局"));
    }

    #[test]
    fn an_office_by_its_level_word_written_out_with_its_prefecture() {
        let t = "本报告内容主要为延边朝鲜族自治州人民政府办公厅2031年度的政府信息公开工作情况。\n一、概述\n2031年自治州人民政府办公厅信息公开工作,在州委的领导下稳步推进。";
        assert_eq!(unit(t).as_deref(), Some("延边朝鲜族自治州人民政府办公厅"));
        let t = "一、概述\n2031年,州林业局认真落实条例。\n《西双版纳傣族自治州林业局政府信息公开指南》已更新。";
        assert_eq!(unit(t).as_deref(), Some("西双版纳傣族自治州林业局"));
    }

    #[test]
    fn a_department_named_by_its_own_list_of_disclosures() {
        let t = "一、总体情况\n2031年,我委严格按照《西城区住房城市建设委政府信息主动公开全清单》开展工作,我委全年公开信息多条。";
        assert_eq!(unit(t).as_deref(), Some("西城区住房城市建设委"));
        // Not where the page calls itself by another kind.
        let t = "一、总体情况\n2031年,我局严格按照《西城区住房城市建设委政府信息主动公开全清单》开展工作,我局全年公开信息多条。";
        assert_ne!(unit(t).as_deref(), Some("西城区住房城市建设委"));
    }
}
