//! The shipped gazetteer (统计用区划代码 2023, `data/gazetteer/`), parsed once
//! into one index: every division with its parent chain, every name and the
//! short forms people write, compiled into one automaton that finds them all
//! in a text in one pass, and the pinyin spellings of portal host names.
//!
//! Short forms (GOLD_FORMAT region fields use the full names):
//! - provinces: 湖南 (湖南省), 宁夏 (宁夏回族自治区), 北京 (北京市);
//! - prefectures: 长沙 (长沙市), 恩施州 and 恩施 (恩施土家族苗族自治州),
//!   阿克苏 (阿克苏地区), 阿拉善 (阿拉善盟);
//! - counties: 长阳县 (长阳土家族自治县), 鄂温克旗 (鄂温克族自治旗); a county's
//!   bare stem (大竹 for 大竹县) is too common a word to search for in prose
//!   and is only read at the start of a unit name ([`Gazetteer::stem_at_start`]).

use crate::names::NameSet;
use crate::text::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

const PROVINCES: &str = include_str!("../data/gazetteer/provinces.csv");
const CITIES: &str = include_str!("../data/gazetteer/cities.csv");
const AREAS: &str = include_str!("../data/gazetteer/areas.csv");
const STREETS: &str = include_str!("../data/gazetteer/streets.csv");

/// Gazetteer level of one division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GLevel {
    Province,
    Prefecture,
    County,
    Township,
}

/// One division of the gazetteer.
#[derive(Debug, Clone)]
pub struct Division {
    pub code: String,
    pub name: String,
    pub level: GLevel,
    pub parent: Option<usize>,
    /// Placeholder rows (市辖区, 县, 省直辖县级行政区划) name no real prefecture.
    pub placeholder: bool,
}

impl Division {
    /// A functional zone the statistical codes list among counties (codes
    /// ××××71–79: 郑州高新技术产业开发区, 北戴河新区, 察北管理区): a
    /// prefecture's zone, not a county of its own.
    pub fn is_zone(&self) -> bool {
        self.level == GLevel::County && self.code.as_bytes().get(4) == Some(&b'7')
    }

    /// The name as a report writes the place: for a township, without what
    /// the list writes around a few of them: the office after a street
    /// (保康街道办事处), the government before it (某旗人民政府新州街道) or
    /// the zone it lies in, in brackets ((工业园区)城南街道) or before a
    /// dash (港口物流产业园-永安洲镇).
    pub fn written_name(&self) -> &str {
        let name = self.name.as_str();
        if self.level != GLevel::Township {
            return name;
        }
        let name =
            name.split_once("人民政府")
                .map_or(name, |(_, rest)| if rest.is_empty() { name } else { rest });
        let name = match name.strip_prefix('（').and_then(|r| r.split_once('）')) {
            Some((_, rest)) if !rest.is_empty() => rest,
            _ => name,
        };
        let name = name
            .rsplit_once('-')
            .filter(|(_, place)| TOWNSHIP_SUFFIXES.iter().any(|s| place.ends_with(s)))
            .map_or(name, |(_, place)| place);
        name.strip_suffix("办事处")
            .filter(|street| street.ends_with("街道"))
            .unwrap_or(name)
    }
}

/// The kinds of functional zone a unit's name may end with (经济技术开发区,
/// 高新区, 新区, 保税区, …), longer first: one list for unit, meta and region.
pub const ZONE_KINDS: &[&str] = &[
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "工业园区",
    "产业园区",
    "高新区",
    "开发区",
    "经开区",
    "实验区",
    "试验区",
    "示范区",
    "保税区",
    "新区",
    "园区",
    // (A park without 区: 冶金工业园, 某某产业园管理委员会.)
    "工业园",
    "产业园",
    // (A city of science: 某某科技城, 某某科学城.)
    "科技城",
    "科学城",
];

/// Does a unit's name end with a kind of zone ([`ZONE_KINDS`])?
pub fn is_zone_name(u: &str) -> bool {
    ZONE_KINDS.iter().any(|k| u.ends_with(k))
}

/// [`ZONE_KINDS`] as a regex alternation (no group of its own).
pub fn zone_kinds_pattern() -> String {
    ZONE_KINDS.join("|")
}

/// How a name found in a text names its divisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// The full official name (or an 自治州/自治县 short form with its suffix).
    Full,
    /// A province or prefecture without its suffix (湖南, 长沙, 恩施).
    Short,
    /// A full name that is also an everyday word (城区, 郊区, 矿区): counts
    /// only inside a unit name.
    Generic,
}

/// One name found in a text.
#[derive(Debug, Clone, Copy)]
pub struct Mention<'g> {
    pub start: usize,
    pub end: usize,
    pub kind: NameKind,
    /// The divisions the name may stand for.
    pub ids: &'g [usize],
}

/// County-level names that are also everyday words.
const GENERIC_NAMES: &[&str] = &["城区", "郊区", "矿区", "东区", "西区"];

/// The suffixes of township-level place names (a 街道 may add 办事处).
pub const TOWNSHIP_SUFFIXES: [&str; 4] = ["镇", "乡", "街道", "苏木"];

/// Is a unit named like a township (镇, 乡, 街道, 苏木, or its 办事处)?
pub fn is_township_name(name: &str) -> bool {
    name.ends_with("办事处") || TOWNSHIP_SUFFIXES.iter().any(|s| name.ends_with(s))
}

/// The name a division is written by in a text: a 街道办事处 row as its
/// 街道 (新华街道办事处 in a page may be any 新华街道), others as they are.
fn text_name(d: &Division) -> &str {
    match d.name.strip_suffix("办事处") {
        Some(street) if d.level == GLevel::Township && street.ends_with("街道") => street,
        _ => &d.name,
    }
}

/// Township-level rows that are farms, prisons, companies or parks (国营农场,
/// 林业局, 经济开发区) are not place names a report's unit is called by; nor
/// is a row named by its suffix alone (街道).
fn is_place_name(d: &Division) -> bool {
    d.level != GLevel::Township
        || TOWNSHIP_SUFFIXES.iter().any(|s| {
            text_name(d)
                .strip_suffix(s)
                .is_some_and(|stem| !stem.is_empty())
        })
        // The 地区办事处 of Beijing's districts (三间房地区): a place, not a
        // zone's or a street's area (综合保税区地区, 和平街道地区).
        || d.name.strip_suffix("地区").is_some_and(|stem| {
            stem.chars().count() >= 2 && !["区", "园", "库", "街道"].iter().any(|z| stem.ends_with(z))
        })
}

/// Province portals spelled by abbreviation (gd.gov.cn, drc.gd.gov.cn): the
/// label right before `.gov.cn` names the province. Portals spelled in full
/// pinyin (hunan.gov.cn) are found by [`Gazetteer::host_spellings`].
pub const PROVINCE_PORTALS: &[(&str, &str)] = &[
    ("bj", "北京市"),
    ("tj", "天津市"),
    ("nmg", "内蒙古自治区"),
    ("ln", "辽宁省"),
    ("jl", "吉林省"),
    ("hlj", "黑龙江省"),
    ("sh", "上海市"),
    ("js", "江苏省"),
    ("zj", "浙江省"),
    ("ah", "安徽省"),
    ("fj", "福建省"),
    ("sd", "山东省"),
    ("gd", "广东省"),
    ("gxzf", "广西壮族自治区"),
    ("cq", "重庆市"),
    ("sc", "四川省"),
    ("yn", "云南省"),
    ("nx", "宁夏回族自治区"),
];

/// The gazetteer indexed by (folded) name and alias.
pub struct Gazetteer {
    pub divisions: Vec<Division>,
    by_code: HashMap<String, usize>,
    /// Divisions and kind of each name (folded name or alias), by its id
    /// in `names`.
    patterns: Vec<(Vec<usize>, NameKind)>,
    names: NameSet,
    /// County and prefecture stems (大竹 for 大竹县, 福州 for 福州市).
    stems: HashMap<String, Vec<usize>>,
    /// The folded stem of each county and prefecture of `stems`, by division.
    stem_of: Vec<Option<Box<str>>>,
    /// Pinyin spellings of provinces, prefectures and counties (host labels).
    hosts: OnceLock<HostIndex>,
}

/// Pinyin spellings of divisions, for portal host labels: whole spellings,
/// and the two halves of a parent's initials followed by a child's
/// spelling, joined when a label is looked up (their every pairing would
/// be half a million keys).
struct HostIndex {
    whole: HashMap<String, Vec<usize>>,
    parents: HashMap<String, Vec<usize>>,
    children: HashMap<String, Vec<usize>>,
}

fn csv_rows(data: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    data.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            l.split(',')
                .map(|f| f.trim().trim_matches('"').to_string())
                .collect()
        })
}

/// Province short names: 宁夏回族自治区 → 宁夏, 湖南省 → 湖南, 上海市 → 上海.
pub fn province_short(name: &str) -> Option<String> {
    for suf in [
        "壮族自治区",
        "回族自治区",
        "维吾尔自治区",
        "特别行政区",
        "自治区",
        "省",
        "市",
    ] {
        if let Some(s) = name.strip_suffix(suf) {
            if s.chars().count() >= 2 {
                return Some(s.to_string());
            }
        }
    }
    None
}

/// The ethnic groups that name autonomous places, with and without 族
/// (克孜勒苏柯尔克孜自治州, 博尔塔拉蒙古自治州).
const ETHNIC_GROUPS: &[&str] = &[
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
    "各",
];

/// `s` less the ethnic groups at its end, while two characters stay
/// (黔东南苗族侗族 → 黔东南, 某某苗族布依族 → 某某).
fn strip_ethnic_groups(mut s: &str) -> &str {
    'strip: loop {
        for e in ETHNIC_GROUPS {
            // The group with 族 first, then without.
            let with_zu = s.strip_suffix('族').and_then(|r| r.strip_suffix(e));
            for rest in [with_zu, s.strip_suffix(e)].into_iter().flatten() {
                if rest.chars().count() >= 2 {
                    s = rest;
                    continue 'strip;
                }
            }
        }
        return s;
    }
}

/// Stem of a prefecture or county name: 福州市 → 福州, 大理白族自治州 → 大理,
/// 长阳土家族自治县 → 长阳, 黔东南苗族侗族自治州 → 黔东南, 张家川回族自治县 →
/// 张家川, 鄂温克族自治旗 → 鄂温克.
pub fn stem(name: &str) -> Option<String> {
    let s = if let Some(i) = name.find("自治") {
        // Drop the ethnic groups from the end, while two characters stay
        // (黔东南苗族侗族 → 黔东南); a group that is the whole name keeps
        // its name less 族 (鄂温克族 → 鄂温克).
        let s = strip_ethnic_groups(&name[..i]);
        s.strip_suffix('族').unwrap_or(s).to_string()
    } else {
        let mut s = name.to_string();
        for suf in ["地区", "市", "县", "区", "旗", "盟", "州"] {
            if let Some(x) = name.strip_suffix(suf) {
                s = x.to_string();
                break;
            }
        }
        s
    };
    (s.chars().count() >= 2 && s != name).then_some(s)
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let (divisions, by_code) = read_divisions();
        let (names, stems) = index_names(&divisions);
        let mut keys: Vec<String> = names.keys().cloned().collect();
        keys.sort();
        let patterns = keys.iter().map(|k| names[k].clone()).collect();
        let names = NameSet::new(&keys);
        let mut stem_of = vec![None; divisions.len()];
        for (s, ids) in &stems {
            for &i in ids {
                stem_of[i] = Some(s.as_str().into());
            }
        }
        Gazetteer {
            divisions,
            by_code,
            patterns,
            names,
            stems,
            stem_of,
            hosts: OnceLock::new(),
        }
    }

    /// The folded stem of a county or prefecture that is a place (大竹 of
    /// 大竹县; none for a placeholder or a township).
    pub fn stem_of(&self, d: usize) -> Option<&str> {
        self.stem_of[d].as_deref()
    }

    /// Divisions named exactly `name` (full name or a known alias).
    pub fn lookup(&self, name: &str) -> &[usize] {
        self.names
            .get(&fold(name))
            .map_or(&[], |p| self.patterns[p as usize].0.as_slice())
    }

    /// The division of a code (2, 4, 6 or 9 digits), by its index.
    pub fn index_of_code(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    pub fn by_code(&self, code: &str) -> Option<&Division> {
        self.index_of_code(code).map(|i| &self.divisions[i])
    }

    /// Every gazetteer name in `text` (already folded), leftmost-longest.
    pub fn mentions<'g: 't, 't>(&'g self, text: &'t str) -> impl Iterator<Item = Mention<'g>> + 't {
        self.names.find_iter(text).map(move |(start, end, p)| {
            let (ids, kind) = &self.patterns[p as usize];
            Mention {
                start,
                end,
                kind: *kind,
                ids,
            }
        })
    }

    /// The [`Gazetteer::mentions`] of a unit's name that name its place: not
    /// a zone's name after words that are no place (银湖湾滨海新区, a city's
    /// zone named like 天津's district), which is the zone's own.
    pub fn unit_mentions<'g: 't, 't>(
        &'g self,
        unit: &'t str,
    ) -> impl Iterator<Item = Mention<'g>> + 't {
        let mut last_end = 0;
        self.mentions(unit).filter(move |m| {
            let after_words = m.start > 0 && m.start != last_end;
            last_end = m.end;
            !(after_words && is_zone_name(&unit[m.start..m.end]))
        })
    }

    /// The longest county or prefecture stem that `text` starts with
    /// (福州高新区 → 福州市, 平潭综合实验区 → 平潭县): (byte length, divisions).
    pub fn stem_at_start(&self, text: &str) -> Option<(usize, &[usize])> {
        let ends: Vec<usize> = text
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(4)
            .collect();
        ends.iter()
            .rev()
            .filter(|&&e| text[..e].chars().count() >= 2)
            .find_map(|&e| self.stems.get(&text[..e]).map(|ids| (e, ids.as_slice())))
    }

    /// The division and its ancestors, deepest first.
    pub fn chain(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(i), move |&c| self.divisions[c].parent)
    }

    /// Is `a` the division `d` itself or one of its ancestors?
    pub fn is_ancestor_or_self(&self, a: usize, d: usize) -> bool {
        self.chain(d).any(|c| c == a)
    }

    /// The ancestor of `d` (or `d` itself) at `level`, skipping placeholders.
    pub fn ancestor_at(&self, d: usize, level: GLevel) -> Option<usize> {
        self.chain(d)
            .find(|&c| self.divisions[c].level == level && !self.divisions[c].placeholder)
    }

    /// Level of a unit named exactly `name` (地级市 vs 县级市 vs 直辖市).
    pub fn level_of_name(&self, name: &str) -> Option<GLevel> {
        self.lookup(name)
            .iter()
            .filter(|&&i| fold(&self.divisions[i].name) == fold(name))
            .map(|&i| self.divisions[i].level)
            .min()
    }

    /// Provinces, prefectures and counties a portal host label spells
    /// (changchun → 长春市, bjmy → 北京 + 密云 → 密云区, huoqiu → 霍邱县).
    pub fn host_spellings(&self, label: &str) -> Vec<usize> {
        // An institution's domain that spells a place by chance is that
        // institution's place (see [`INSTITUTION_HOSTS`]).
        if let Some((_, place)) = INSTITUTION_HOSTS.iter().find(|(h, _)| *h == label) {
            return self
                .lookup(place)
                .iter()
                .copied()
                .filter(|&i| self.divisions[i].name == *place)
                .collect();
        }
        let idx = self.hosts.get_or_init(|| host_index(self));
        let mut ids = idx.whole.get(label).cloned().unwrap_or_default();
        for (i, _) in label.char_indices().skip(1) {
            let (Some(ps), Some(cs)) =
                (idx.parents.get(&label[..i]), idx.children.get(&label[i..]))
            else {
                continue;
            };
            ids.extend(
                cs.iter()
                    .filter(|&&c| ps.iter().any(|&p| p != c && self.is_ancestor_or_self(p, c))),
            );
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// Every division of the four files with its parent, by code.
fn read_divisions() -> (Vec<Division>, HashMap<String, usize>) {
    let mut divisions: Vec<Division> = Vec::new();
    let mut by_code: HashMap<String, usize> = HashMap::new();
    let files = [
        (PROVINCES, GLevel::Province),
        (CITIES, GLevel::Prefecture),
        (AREAS, GLevel::County),
        (STREETS, GLevel::Township),
    ];
    for (data, level) in files {
        for r in csv_rows(data) {
            if r.len() < 2 {
                continue;
            }
            let parent = r.get(2).and_then(|p| by_code.get(p)).copied();
            let mut name = r[1].clone();
            if level == GLevel::Township {
                let mut parents: Vec<&str> =
                    std::iter::successors(parent, |&p| divisions[p].parent)
                        .map(|p| divisions[p].name.as_str())
                        .collect();
                parents.reverse();
                name = township_own_name(&parents, &name).to_string();
            }
            // A county row named as its prefecture (东莞市, 中山市, 儋州市,
            // 嘉峪关市: cities without counties) is a grouping too.
            let placeholder = matches!(name.as_str(), "市辖区" | "县")
                || name.ends_with("直辖县级行政区划")
                || level == GLevel::County
                    && parent.is_some_and(|p: usize| divisions[p].name == name);
            by_code.insert(r[0].clone(), divisions.len());
            divisions.push(Division {
                code: r[0].clone(),
                name,
                level,
                parent,
                placeholder,
            });
        }
    }
    (divisions, by_code)
}

/// A township row named with its prefecture and county before it (四平市
/// 铁东区解放街道, 高阳县锦华街道: 400 rows of the 2023 list) is the township
/// those names hold (解放街道), where what is left is named like one.
/// `parents` from the province down. (The generator names its townships
/// so too.)
pub(crate) fn township_own_name<'a>(parents: &[&str], name: &'a str) -> &'a str {
    let mut rest = name;
    for p in parents {
        rest = rest.strip_prefix(p).unwrap_or(rest);
    }
    let place_like = TOWNSHIP_SUFFIXES.iter().any(|s| {
        rest.strip_suffix(s)
            .is_some_and(|stem| stem.chars().count() >= 2)
    });
    if place_like {
        rest
    } else {
        name
    }
}

/// Folded names and short forms → (divisions, kind); county and prefecture
/// stems → divisions.
type NameIndex = HashMap<String, (Vec<usize>, NameKind)>;

fn index_names(divisions: &[Division]) -> (NameIndex, HashMap<String, Vec<usize>>) {
    let mut names: NameIndex = HashMap::new();
    let mut add = |key: String, i: usize, kind: NameKind| {
        let e = names.entry(fold(&key)).or_insert((Vec::new(), kind));
        if !e.0.contains(&i) {
            e.0.push(i);
        }
        // A key that is somewhere a full name stays one.
        if kind == NameKind::Full {
            e.1 = kind;
        }
    };
    let mut stems: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, d) in divisions.iter().enumerate() {
        if d.placeholder || !is_place_name(d) {
            continue;
        }
        let kind = if GENERIC_NAMES.contains(&d.name.as_str()) {
            NameKind::Generic
        } else {
            NameKind::Full
        };
        add(text_name(d).to_string(), i, kind);
        match d.level {
            GLevel::Province => {
                if let Some(s) = province_short(&d.name) {
                    add(s, i, NameKind::Short);
                }
            }
            GLevel::Prefecture | GLevel::County => {
                let Some(s) = stem(&d.name) else { continue };
                if d.name.contains("自治") {
                    // 恩施州, 长阳县, 鄂温克旗: the stem with the last suffix.
                    let suffix = d.name.chars().last().map(String::from).unwrap_or_default();
                    add(format!("{s}{suffix}"), i, NameKind::Full);
                }
                if d.level == GLevel::Prefecture {
                    add(s.clone(), i, NameKind::Short);
                }
                stems.entry(fold(&s)).or_default().push(i);
            }
            GLevel::Township => {}
        }
    }
    // Usual short names, then former names, each where it is one place's
    // and no place's own.
    for (a, ids) in short_names(divisions)
        .into_iter()
        .chain(former_names(divisions))
    {
        if let ([i], false) = (ids.as_slice(), names.contains_key(&a)) {
            names.insert(a, (vec![*i], NameKind::Full));
        }
    }
    // An ethnic township's short name where it is one place's: that place,
    // beside the townships whose own name it is (杨梅乡 of 德化县, and 杨梅
    // 彝族苗族回族乡 of 水城区, written 水城区杨梅乡): the county named with
    // it decides.
    for (a, ids) in ethnic_township_shorts(divisions) {
        let [i] = ids.as_slice() else { continue };
        match names.get_mut(&a) {
            None => {
                names.insert(a, (vec![*i], NameKind::Full));
            }
            Some((own, NameKind::Full))
                if own.iter().all(|&o| divisions[o].level == GLevel::Township) =>
            {
                own.push(*i);
            }
            Some(_) => {}
        }
    }
    (names, stems)
}

/// Usual short names → the divisions that have them.
fn short_names(divisions: &[Division]) -> HashMap<String, Vec<usize>> {
    // Banners and counties of a wing, by their usual short names, where no
    // other place has them (科尔沁右翼前旗 → 科右前旗, 喀喇沁左翼蒙古族自治县
    // → 喀左县, 东乌珠穆沁旗 → 东乌旗).
    let mut short: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, d) in divisions.iter().enumerate() {
        if d.level == GLevel::County && !d.placeholder {
            if let Some(a) = wing_short_name(&d.name) {
                short.entry(fold(&a)).or_default().push(i);
            }
        }
    }
    // Zones by their usual short names, where no other place has them
    // (燕郊高新技术产业开发区 → 燕郊高新区, 某某经济技术开发区 → 某某经开区).
    for (i, d) in divisions.iter().enumerate() {
        if d.placeholder {
            continue;
        }
        if let Some(a) = zone_short_name(&d.name) {
            short.entry(fold(&a)).or_default().push(i);
        }
    }
    short
}

/// Townships of an ethnic group by their name less the group (岩腊苗族布依
/// 族乡 → 岩腊乡, 某某回族镇 → 某某镇).
fn ethnic_township_shorts(divisions: &[Division]) -> HashMap<String, Vec<usize>> {
    let mut short: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, d) in divisions.iter().enumerate() {
        if d.level == GLevel::Township && !d.placeholder {
            if let Some(a) = ethnic_township_short(&d.name) {
                short.entry(fold(&a)).or_default().push(i);
            }
        }
    }
    short
}

/// Former names → the divisions that had them.
fn former_names(divisions: &[Division]) -> HashMap<String, Vec<usize>> {
    // A district or county-level city by the county it was before (撤县设区,
    // 撤县设市: a report of 2016 still heads 某县教育局 where the codes now
    // list 某区), or a district by the city it was, where no place has that
    // name and one division that stem.
    let mut former: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, d) in divisions.iter().enumerate() {
        if d.level != GLevel::County || d.placeholder || d.is_zone() || d.name.contains("自治") {
            continue;
        }
        if !(d.name.ends_with('区') || d.name.ends_with('市')) {
            continue;
        }
        if let Some(s) = stem(&d.name) {
            former.entry(fold(&format!("{s}县"))).or_default().push(i);
            // (撤市设区: a district by the county-level city it was, 增城市
            // of 增城区.)
            if d.name.ends_with('区') {
                former.entry(fold(&format!("{s}市"))).or_default().push(i);
            }
        }
    }
    former
}

/// The short name of an ethnic township: its name less the groups (and
/// 民族) before its kind, two characters at least (阿什里哈萨克民族乡 →
/// 阿什里乡); none for another name.
fn ethnic_township_short(name: &str) -> Option<String> {
    if !name.contains('族') {
        return None;
    }
    let kind = ['乡', '镇'].into_iter().find(|&k| name.ends_with(k))?;
    let mut s = name.strip_suffix(kind)?;
    s = s.strip_suffix("民族").unwrap_or(s);
    let before = s;
    let s = strip_ethnic_groups(s);
    (s != before).then(|| format!("{s}{kind}"))
}

/// The short name of a zone: its own name and 高新区 or 经开区 for the
/// kind written out (燕郊高新技术产业开发区 → 燕郊高新区); none for a name
/// of one character or none before the kind.
pub(crate) fn zone_short_name(name: &str) -> Option<String> {
    [
        ("高新技术产业开发区", "高新区"),
        ("经济技术开发区", "经开区"),
    ]
    .iter()
    .find_map(|(kind, short)| {
        let own = name.strip_suffix(kind)?;
        (own.chars().count() >= 2).then(|| format!("{own}{short}"))
    })
}

/// The short name of a banner or county of a wing: the first character of
/// its base, the side, the position and the suffix (科尔沁右翼前旗 → 科右前旗,
/// 土默特左旗 → 土左旗, 喀喇沁左翼蒙古族自治县 → 喀左县); a banner named by
/// its quarter keeps the next character (东乌珠穆沁旗 → 东乌旗).
fn wing_short_name(name: &str) -> Option<String> {
    let first = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    if let Some(c) =
        regex!(r"^(\p{Han}{2,4}?)(左翼|右翼|左|右)?(前|中|后)?(?:[^左右前中后]*自治)?(旗|县)$")
            .captures(name)
    {
        let side = c.get(2).map_or("", |m| m.as_str());
        let pos = c.get(3).map_or("", |m| m.as_str());
        return (!side.is_empty() || !pos.is_empty())
            .then(|| format!("{}{}{pos}{}", first(&c[1]), first(side), &c[4]));
    }
    regex!(r"^([东西]\p{Han})\p{Han}{2,}旗$")
        .captures(name)
        .map(|c| format!("{}旗", &c[1]))
}

/// Initials and full pinyin of a name (polyphones expanded, capped).
fn pinyin_forms(name: &str) -> (Vec<String>, Vec<String>) {
    use pinyin::ToPinyinMulti;
    // Initials as first letters, initials with each retroflex whole (通州
    // = tz or tzh; not every mix of the two), and full pinyin.
    let mut forms = [
        vec![String::new()],
        vec![String::new()],
        vec![String::new()],
    ];
    for p in name.to_pinyin_multi() {
        let Some(multi) = p else {
            return (Vec::new(), Vec::new());
        };
        let mut next: [Vec<String>; 3] = Default::default();
        for k in 0..multi.count().min(3) {
            let py = multi.get(k);
            let retroflex = ["zh", "ch", "sh"]
                .into_iter()
                .find(|r| py.plain().starts_with(r))
                .unwrap_or(py.first_letter());
            for (form, part) in [py.first_letter(), retroflex, py.plain()]
                .iter()
                .enumerate()
            {
                for s in &forms[form] {
                    next[form].push(format!("{s}{part}"));
                }
            }
        }
        for v in next.iter_mut() {
            v.sort();
            v.dedup();
            v.truncate(8);
        }
        forms = next;
    }
    let [mut initials, retro, fulls] = forms;
    initials.extend(retro);
    initials.sort();
    initials.dedup();
    (initials, fulls)
}

/// Host label → divisions: the full pinyin of a name or its stem (changchun,
/// baiyinqu), the initials of a name of three or more characters (xjnlk is
/// not one: 新疆 + 尼勒克 is below), and a parent's initials followed by the
/// child's initials or full pinyin (sy + yh = 沈阳于洪, bj + my = 北京密云,
/// sx + gp = 山西高平, dl + weishan = 大理巍山, tj + bh = 天津滨海新区).
/// Initials are first letters, or a retroflex initial whole (bj + tzh = 北京
/// 通州).
/// Host labels of institutions that are no place, with the place they
/// serve: xjbt is the Xinjiang Production and Construction Corps (新疆兵团,
/// xj + bingtuan) on every unit's site, not 新疆 + 北屯 (Beitun).
const INSTITUTION_HOSTS: &[(&str, &str)] = &[("xjbt", "新疆维吾尔自治区")];

fn host_index(g: &Gazetteer) -> HostIndex {
    let mut idx = HostIndex {
        whole: HashMap::new(),
        parents: HashMap::new(),
        children: HashMap::new(),
    };
    for (i, d) in g.divisions.iter().enumerate() {
        if d.placeholder || d.level == GLevel::Township {
            continue;
        }
        let short = match d.level {
            GLevel::Province => province_short(&d.name),
            _ => stem(&d.name),
        };
        let wing = (d.level == GLevel::County)
            .then(|| wing_short_name(&d.name))
            .flatten();
        // 喀左县 → kazuo: the short name less its suffix.
        let wing_stem = wing
            .as_deref()
            .and_then(|w| w.char_indices().last().map(|(i, _)| &w[..i]));
        // 滨海新区 → 滨海 (tjbh.gov.cn), 浦东新区 → 浦东: a new area by its
        // place.
        let new_area = d
            .name
            .strip_suffix("新区")
            .filter(|s| s.chars().count() >= 2);
        for n in std::iter::once(d.name.as_str())
            .chain(short.as_deref())
            .chain(wing_stem)
            .chain(new_area)
        {
            let (ini, full) = pinyin_forms(n);
            let whole_initials = n.chars().count() >= 3;
            for f in &full {
                idx.whole.entry(f.clone()).or_default().push(i);
                idx.children.entry(f.clone()).or_default().push(i);
            }
            for f in ini {
                if whole_initials {
                    idx.whole.entry(f.clone()).or_default().push(i);
                }
                idx.children.entry(f.clone()).or_default().push(i);
                idx.parents.entry(f).or_default().push(i);
            }
        }
    }
    for map in [&mut idx.whole, &mut idx.parents, &mut idx.children] {
        for v in map.values_mut() {
            v.sort_unstable();
            v.dedup();
        }
    }
    idx
}

/// Is a two-character name (和县, 新县) in prose really the end of one word
/// and the start of the next (《条例》和县委县政府, 市委和县政府)? Its suffix
/// then begins 县委, 县政府, 县级 …, and the name is no clue. Nor is a name
/// that opens a stock phrase ([`PLACE_PHRASES`]).
pub fn word_part(s: &str, start: usize, end: usize) -> bool {
    PLACE_PHRASES.iter().any(|p| s[start..].starts_with(p))
        || s[start..end].chars().count() == 2
            && s[end..]
                .chars()
                .next()
                .is_some_and(|c| "委政级直城域内属长".contains(c))
}

/// Stock phrases that open with a place's short name: 长治久安 (lasting
/// order, the aim every report of Xinjiang and Tibet names) is no clue to
/// 长治市.
const PLACE_PHRASES: [&str; 1] = ["长治久安"];

/// The gazetteer, parsed once.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(ids: &[usize]) -> Vec<&str> {
        let g = gazetteer();
        ids.iter().map(|&i| g.divisions[i].name.as_str()).collect()
    }

    #[test]
    fn townships_written_as_reports_write_them() {
        let g = gazetteer();
        let written = |code: &str| g.by_code(code).unwrap().written_name().to_string();
        // The list's office, government, zone in brackets or before a dash:
        // not part of the place's name.
        assert_eq!(written("150521403"), "保康街道");
        assert_eq!(written("150430404"), "新州街道");
        assert_eq!(written("220802012"), "官银号街道");
        assert_eq!(written("321203100"), "永安洲镇");
        // (A 办事处 that is no street keeps its name; a zone is no township
        // of a name.)
        assert_eq!(written("130273401"), "庆北办事处");
        assert_eq!(written("120116400"), "天津经济技术开发区（其他片区）");
    }

    #[test]
    fn township_rows_named_with_their_parents() {
        let g = gazetteer();
        let d = g.by_code("220303005").unwrap();
        assert_eq!(d.name, "解放街道");
        assert!(names(g.lookup("解放街道")).contains(&"解放街道"));
        // A zone row keeps its name (东丽区经济技术开发区 is no township name).
        assert_eq!(g.by_code("120110403").unwrap().name, "东丽区经济技术开发区");
    }

    #[test]
    fn districts_by_the_county_they_were() {
        let g = gazetteer();
        assert_eq!(names(g.lookup("江宁县")), ["江宁区"]);
        assert_eq!(names(g.lookup("萧山县")), ["萧山区"]);
        // A county of that name elsewhere keeps it: 丰县 is no district's.
        assert_eq!(names(g.lookup("丰县")), ["丰县"]);
        // Nor is a zone anything's former county.
        assert!(g.lookup("高新县").is_empty());
    }

    #[test]
    fn ethnic_townships_by_their_names_less_the_group() {
        let g = gazetteer();
        assert_eq!(names(g.lookup("长哨营乡")), ["长哨营满族乡"]);
        assert_eq!(names(g.lookup("禾木哈纳斯乡")), ["禾木哈纳斯蒙古族乡"]);
        assert_eq!(ethnic_township_short("某某镇"), None);
        // A short name that is another township's own: both.
        let mut both = names(g.lookup("汤泉乡"));
        both.sort();
        assert_eq!(both, ["汤泉乡", "汤泉满族乡"]);
    }

    #[test]
    fn short_forms_name_their_division() {
        let g = gazetteer();
        assert_eq!(names(g.lookup("宁夏")), ["宁夏回族自治区"]);
        assert_eq!(names(g.lookup("恩施州")), ["恩施土家族苗族自治州"]);
        assert_eq!(names(g.lookup("长阳县")), ["长阳土家族自治县"]);
        assert_eq!(names(g.lookup("黔东南州")), ["黔东南苗族侗族自治州"]);
        assert_eq!(names(g.lookup("张家川县")), ["张家川回族自治县"]);
        assert_eq!(names(g.lookup("鄂温克旗")), ["鄂温克族自治旗"]);
        assert_eq!(names(g.lookup("克孜勒苏州")), ["克孜勒苏柯尔克孜自治州"]);
        assert_eq!(stem("彭水苗族土家族自治县").as_deref(), Some("彭水"));
        assert_eq!(stem("东乡族自治县").as_deref(), Some("东乡"));
        assert!(names(g.lookup("长沙")).contains(&"长沙市"));
    }

    #[test]
    fn wings_by_their_short_names() {
        let g = gazetteer();
        // Zones by their short names (a development zone's kind shortened).
        assert_eq!(names(g.lookup("燕郊高新区")), ["燕郊高新技术产业开发区"]);
        assert_eq!(zone_short_name("高新技术产业开发区"), None);
        assert_eq!(
            zone_short_name("某某经济技术开发区").as_deref(),
            Some("某某经开区")
        );
        assert_eq!(names(g.lookup("科右前旗")), ["科尔沁右翼前旗"]);
        assert_eq!(names(g.lookup("喀左县")), ["喀喇沁左翼蒙古族自治县"]);
        assert_eq!(names(g.lookup("东乌旗")), ["东乌珠穆沁旗"]);
        assert_eq!(names(g.lookup("土左旗")), ["土默特左旗"]);
        // A name with neither side nor position has none; 左权县 is its own.
        assert_eq!(wing_short_name("陈巴尔虎旗"), None);
        assert_eq!(wing_short_name("左权县"), None);
        assert_eq!(names(g.lookup("左权县")), ["左权县"]);
    }

    #[test]
    fn county_level_city_vs_prefecture() {
        let g = gazetteer();
        assert_eq!(g.level_of_name("长沙市"), Some(GLevel::Prefecture));
        assert_eq!(g.level_of_name("开平市"), Some(GLevel::County));
        assert_eq!(g.level_of_name("上海市"), Some(GLevel::Province));
    }

    #[test]
    fn mentions_are_leftmost_longest_and_generic_names_marked() {
        let g = gazetteer();
        let t = fold("湖南省长沙县高桥镇城区");
        let found: Vec<(&str, NameKind)> = g
            .mentions(&t)
            .map(|m| (&t[m.start..m.end], m.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("湖南省", NameKind::Full),
                ("长沙县", NameKind::Full),
                ("高桥镇", NameKind::Full),
                ("城区", NameKind::Generic)
            ]
        );
    }

    #[test]
    fn host_labels_spell_places() {
        let g = gazetteer();
        assert!(names(&g.host_spellings("changchun")).contains(&"长春市"));
        assert!(names(&g.host_spellings("syyh")).contains(&"于洪区"));
        assert!(names(&g.host_spellings("bjtzh")).contains(&"通州区"));
        assert!(names(&g.host_spellings("dlweishan")).contains(&"巍山彝族回族自治县"));
        // A parent's initials only before its own children.
        assert!(names(&g.host_spellings("bjweishan")).is_empty());
        assert!(names(&g.host_spellings("bjmy")).contains(&"密云区"));
        assert!(names(&g.host_spellings("xjnlk")).contains(&"尼勒克县"));
        assert!(names(&g.host_spellings("huoqiu")).contains(&"霍邱县"));
        assert!(names(&g.host_spellings("kazuo")).contains(&"喀喇沁左翼蒙古族自治县"));
        // A new area by its place (滨海新区 of 天津, 浦东新区).
        assert!(names(&g.host_spellings("tjbh")).contains(&"滨海新区"));
        assert!(names(&g.host_spellings("pudong")).contains(&"浦东新区"));
        // The Corps' domain is no 新疆 + 北屯: the region alone.
        assert_eq!(names(&g.host_spellings("xjbt")), vec!["新疆维吾尔自治区"]);
    }

    #[test]
    fn stems_only_at_the_start() {
        let g = gazetteer();
        let (len, ids) = g.stem_at_start("平潭综合实验区").unwrap();
        assert_eq!(len, "平潭".len());
        assert_eq!(names(ids), ["平潭县"]);
    }
}
