//! The shipped gazetteer, parsed once, and the reporting units drawn from it.

use super::rng::Rng;
use crate::record::Level;
use std::collections::HashMap;
use std::sync::OnceLock;

const PROVINCES: &str = include_str!("../../data/gazetteer/provinces.csv");
const CITIES: &str = include_str!("../../data/gazetteer/cities.csv");
const AREAS: &str = include_str!("../../data/gazetteer/areas.csv");
const STREETS: &str = include_str!("../../data/gazetteer/streets.csv");

/// One gazetteer entry: code, name and the index of its parent (if any).
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub code: &'static str,
    pub name: &'static str,
    pub parent: Option<usize>,
}

/// The four gazetteer levels; parents index into the level above
/// (a county's parent is its city, a township's its county).
#[derive(Debug)]
pub struct Gazetteer {
    pub provinces: Vec<Place>,
    pub cities: Vec<Place>,
    pub counties: Vec<Place>,
    pub townships: Vec<Place>,
    /// Cities that are real prefectures (not 市辖区 / 省直辖县级行政区划).
    pub prefectures: Vec<usize>,
    /// Counties whose name ends in 区/县/市/旗.
    pub proper_counties: Vec<usize>,
    /// How many counties share each county name (there are many 鼓楼区).
    pub county_name_count: HashMap<&'static str, u32>,
}

/// `code,"name",parent…` rows of the shipped CSVs (names hold no commas).
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(|f| f.trim().trim_matches('"')).collect())
}

fn index_of(places: &[Place]) -> HashMap<&'static str, usize> {
    places
        .iter()
        .enumerate()
        .map(|(i, p)| (p.code, i))
        .collect()
}

fn build() -> Gazetteer {
    let provinces: Vec<Place> = rows(PROVINCES)
        .map(|f| Place {
            code: f[0],
            name: f[1],
            parent: None,
        })
        .collect();
    let prov_idx = index_of(&provinces);
    let cities: Vec<Place> = rows(CITIES)
        .map(|f| Place {
            code: f[0],
            name: f[1],
            parent: prov_idx.get(f.get(2).copied().unwrap_or("")).copied(),
        })
        .collect();
    let city_idx = index_of(&cities);
    let counties: Vec<Place> = rows(AREAS)
        .map(|f| Place {
            code: f[0],
            name: f[1],
            parent: city_idx.get(f.get(2).copied().unwrap_or("")).copied(),
        })
        .collect();
    let county_idx = index_of(&counties);
    let townships: Vec<Place> = rows(STREETS)
        .filter(|f| {
            let n = f[1];
            n.ends_with('镇') || n.ends_with('乡') || n.ends_with("街道") || n.ends_with("苏木")
        })
        .filter_map(|f| {
            let parent = county_idx.get(f.get(2).copied().unwrap_or("")).copied()?;
            // Named as the extractor's gazetteer names it (四平市铁东区解放街道
            // is 解放街道).
            let county = &counties[parent];
            let city = county.parent.map(|c| &cities[c]);
            let province = city.and_then(|c| c.parent).map(|p| provinces[p].name);
            let parents: Vec<&str> = [province, city.map(|c| c.name), Some(county.name)]
                .into_iter()
                .flatten()
                .collect();
            Some(Place {
                code: f[0],
                name: crate::gazetteer::township_own_name(&parents, f[1]),
                parent: Some(parent),
            })
        })
        .collect();
    let prefectures = cities
        .iter()
        .enumerate()
        .filter(|(_, c)| is_prefecture_name(c.name) && c.parent.is_some())
        .map(|(i, _)| i)
        .collect();
    let proper_counties: Vec<usize> = counties
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            // 东莞市 under 东莞市 (a city without counties) is no county.
            c.parent.is_some_and(|p| cities[p].name != c.name)
                && ['区', '县', '市', '旗']
                    .iter()
                    .any(|s| c.name.ends_with(*s))
        })
        .map(|(i, _)| i)
        .collect();
    let mut county_name_count = HashMap::new();
    for c in &counties {
        *county_name_count.entry(c.name).or_insert(0) += 1;
    }
    Gazetteer {
        provinces,
        cities,
        counties,
        townships,
        prefectures,
        proper_counties,
        county_name_count,
    }
}

/// 市辖区, 县 (直辖市) and 省直辖县级行政区划 are gazetteer groupings, not prefectures.
fn is_prefecture_name(name: &str) -> bool {
    name != "市辖区" && name != "县" && !name.contains("直辖")
}

pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(build)
}

/// A reporting unit with its full region (GOLD_FORMAT names).
#[derive(Debug, Clone)]
pub struct Unit {
    pub level: Level,
    /// Name of the unit as the title prints it, without 人民政府.
    pub name: String,
    /// Short name (`平东镇`, `凤县`, `教育局` …) used in "我镇"-style prose.
    pub short: String,
    /// The government that owns the portal the page sits on.
    pub portal: String,
    pub province: &'static str,
    pub province_code: &'static str,
    pub prefecture: Option<&'static str>,
    pub county: Option<&'static str>,
    pub township: Option<&'static str>,
    pub region_code: &'static str,
    /// Full chain of the portal owner (`湖南省长沙市长沙县`), printed in the
    /// page footer so the region is determinable from the page alone.
    pub portal_chain: String,
    /// 我镇 / 我县 / 我局 …
    pub we: &'static str,
}

const DEPTS_LOCAL: &[(&str, &str)] = &[
    ("教育局", "我局"),
    ("财政局", "我局"),
    ("民政局", "我局"),
    ("人力资源和社会保障局", "我局"),
    ("自然资源局", "我局"),
    ("住房和城乡建设局", "我局"),
    ("交通运输局", "我局"),
    ("农业农村局", "我局"),
    ("水利局", "我局"),
    ("卫生健康委员会", "我委"),
    ("发展和改革局", "我局"),
    ("市场监督管理局", "我局"),
    ("统计局", "我局"),
    ("司法局", "我局"),
    ("应急管理局", "我局"),
    ("文化广电旅游体育局", "我局"),
];

const DEPTS_PROVINCE: &[(&str, &str)] = &[
    ("教育厅", "我厅"),
    ("财政厅", "我厅"),
    ("民政厅", "我厅"),
    ("自然资源厅", "我厅"),
    ("交通运输厅", "我厅"),
    ("农业农村厅", "我厅"),
    ("水利厅", "我厅"),
    ("发展和改革委员会", "我委"),
    ("卫生健康委员会", "我委"),
    ("市场监督管理局", "我局"),
    ("统计局", "我局"),
    ("人民政府办公厅", "我厅"),
];

fn pref_of(g: &Gazetteer, city: usize) -> Option<&'static str> {
    let c = &g.cities[city];
    is_prefecture_name(c.name).then_some(c.name)
}

/// Level mix of a corpus (many townships and departments, few provinces),
/// as long as each level has enough units for it (see [`report_unit`]).
const LEVEL_WEIGHTS: [(Level, f64); 5] = [
    (Level::Township, 30.0),
    (Level::County, 28.0),
    (Level::Prefecture, 10.0),
    (Level::Province, 2.0),
    (Level::Department, 30.0),
];

/// Years reports are found for, and in eighths the share of units whose
/// report of that year is still online (older ones have often vanished).
const YEARS: std::ops::RangeInclusive<i32> = 2008..=2024;
fn year_eighths(y: i32) -> usize {
    if y < 2019 {
        3
    } else {
        8
    }
}

/// Units of a level, each with an index (departments: every county,
/// prefecture and province with each of its departments).
fn level_units(g: &Gazetteer, level: Level) -> usize {
    match level {
        Level::Township => g.townships.len(),
        Level::County => g.proper_counties.len(),
        Level::Prefecture => g.prefectures.len(),
        Level::Province => g.provinces.len(),
        Level::Department => {
            (g.proper_counties.len() + g.prefectures.len()) * DEPTS_LOCAL.len()
                + g.provinces.len() * DEPTS_PROVINCE.len()
        }
    }
}

/// Unit-year slots of a level with `units` units: per year, the units
/// whose report of that year is online.
fn year_slots(units: usize, y: i32) -> usize {
    units * year_eighths(y) / 8
}

/// `k` of `0..n` through a fixed affine bijection of `0..n` (spreads
/// consecutive ranks over units and years).
fn scatter(k: usize, n: usize, salt: u64) -> usize {
    if n <= 1 {
        return 0;
    }
    let n64 = n as u64;
    let mut a = (0x9E37_79B9_7F4A_7C15u64 ^ salt) % n64;
    while a == 0 || gcd(a, n64) != 1 {
        a = (a + 1) % n64;
    }
    ((k as u64 % n64) as u128 * a as u128 % n64 as u128) as usize
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// How many of a corpus of `n` documents are reports of each level: the
/// [`LEVEL_WEIGHTS`] mix, except that a level gets at most 90% of its
/// unit-year slots (a million pages cannot have 280,000 county reports:
/// there are ~2,800 counties); the rest goes to the other levels.
fn level_counts(g: &Gazetteer, n: usize) -> [f64; 5] {
    let caps: Vec<f64> = LEVEL_WEIGHTS
        .iter()
        .map(|(l, _)| {
            let units = level_units(g, *l);
            YEARS.map(|y| year_slots(units, y)).sum::<usize>() as f64 * 0.9
        })
        .collect();
    let mut counts = [0.0; 5];
    let mut fixed = [false; 5];
    loop {
        let left = n as f64 - (0..5).filter(|&i| fixed[i]).map(|i| counts[i]).sum::<f64>();
        let w: f64 = (0..5)
            .filter(|&i| !fixed[i])
            .map(|i| LEVEL_WEIGHTS[i].1)
            .sum();
        let mut capped = false;
        for i in (0..5).filter(|&i| !fixed[i]) {
            counts[i] = left * LEVEL_WEIGHTS[i].1 / w;
            // The last level takes what is left, slots or not.
            if counts[i] > caps[i] && fixed.iter().filter(|f| !**f).count() > 1 {
                counts[i] = caps[i];
                fixed[i] = true;
                capped = true;
                break;
            }
        }
        if !capped {
            return counts;
        }
    }
}

/// The unit and year of report `i` of a corpus of `n` documents. Each
/// document index falls to one level (in the proportions of
/// [`level_counts`]) with a rank among that level's documents; ranks map
/// one to one onto the level's unit-year slots, so two reports share a
/// unit and year only when a level has more reports than slots (or a
/// document is a repost). Deterministic for `(n, i)`; `rng` only varies
/// how names are printed.
pub fn report_unit(rng: &mut Rng, n: usize, i: usize) -> (Unit, i32) {
    let g = gazetteer();
    let n = n.max(i + 1);
    let counts = level_counts(g, n);
    let q = scatter(i, n, 1);
    let mut start = 0.0;
    let mut pick = (LEVEL_WEIGHTS.len() - 1, 0);
    for (li, c) in counts.iter().enumerate() {
        if (q as f64) < start + c {
            pick = (li, (q as f64 - start) as usize);
            break;
        }
        start += c;
    }
    let (li, rank) = pick;
    let level = LEVEL_WEIGHTS[li].0;
    let units = level_units(g, level);
    let slots: usize = YEARS.map(|y| year_slots(units, y)).sum();
    let mut s = scatter(rank, slots, 2 + li as u64);
    let mut year = *YEARS.end();
    for y in YEARS {
        let here = year_slots(units, y);
        if s < here {
            year = y;
            break;
        }
        s -= here;
    }
    (unit_at(g, rng, level, scatter(s, units, 7)), year)
}

/// Unit `idx` of a level (see [`level_units`]).
fn unit_at(g: &Gazetteer, rng: &mut Rng, level: Level, idx: usize) -> Unit {
    match level {
        Level::Township => township_unit(g, rng, idx),
        Level::County => county_unit(g, rng, g.proper_counties[idx]),
        Level::Prefecture => prefecture_unit(g, g.prefectures[idx]),
        Level::Province => province_unit(g, idx),
        Level::Department => {
            let local = (g.proper_counties.len() + g.prefectures.len()) * DEPTS_LOCAL.len();
            let (mut parent, (dept, we)) = if idx < local {
                let (p, d) = (idx / DEPTS_LOCAL.len(), idx % DEPTS_LOCAL.len());
                let parent = match p.checked_sub(g.proper_counties.len()) {
                    None => county_unit(g, rng, g.proper_counties[p]),
                    Some(c) => prefecture_unit(g, g.prefectures[c]),
                };
                (parent, DEPTS_LOCAL[d])
            } else {
                let k = idx - local;
                let (p, d) = (k / DEPTS_PROVINCE.len(), k % DEPTS_PROVINCE.len());
                (province_unit(g, p), DEPTS_PROVINCE[d])
            };
            // Departments print the full parent (长沙县教育局, 湖南省教育厅).
            let portal_parent = parent.name.clone();
            parent.name = format!("{portal_parent}{dept}");
            parent.short = dept.to_string();
            parent.level = Level::Department;
            parent.we = we;
            parent
        }
    }
}

/// Draw a reporting unit at random (pages that are not reports).
pub fn draw_unit(rng: &mut Rng) -> Unit {
    let g = gazetteer();
    let weights: Vec<u32> = LEVEL_WEIGHTS.iter().map(|(_, w)| *w as u32).collect();
    let level = LEVEL_WEIGHTS[rng.weighted(&weights)].0;
    let idx = rng.below(level_units(g, level));
    unit_at(g, rng, level, idx)
}

fn province_unit(g: &Gazetteer, p: usize) -> Unit {
    let prov = &g.provinces[p];
    Unit {
        level: Level::Province,
        name: prov.name.to_string(),
        short: prov.name.to_string(),
        portal: prov.name.to_string(),
        province: prov.name,
        province_code: prov.code,
        prefecture: None,
        county: None,
        township: None,
        region_code: prov.code,
        portal_chain: prov.name.to_string(),
        we: "我省",
    }
}

fn prefecture_unit(g: &Gazetteer, c: usize) -> Unit {
    let city = &g.cities[c];
    let prov = &g.provinces[city.parent.unwrap_or(0)];
    let we = if city.name.ends_with('州') {
        "我州"
    } else if city.name.ends_with('盟') {
        "我盟"
    } else {
        "我市"
    };
    Unit {
        level: Level::Prefecture,
        name: city.name.to_string(),
        short: city.name.to_string(),
        portal: city.name.to_string(),
        province: prov.name,
        province_code: prov.code,
        prefecture: Some(city.name),
        county: None,
        township: None,
        region_code: city.code,
        portal_chain: format!("{}{}", prov.name, city.name),
        we,
    }
}

fn county_unit(g: &Gazetteer, rng: &mut Rng, a: usize) -> Unit {
    let county = &g.counties[a];
    let city_i = county.parent.unwrap_or(0);
    let prov = &g.provinces[g.cities[city_i].parent.unwrap_or(0)];
    let pref = pref_of(g, city_i);
    let parent_name = pref.unwrap_or(prov.name);
    // A duplicated county name needs its prefecture in the title (a zone's
    // row, 某市某管理区, holds it already).
    let dup = g.county_name_count.get(county.name).copied().unwrap_or(1) > 1;
    let name = if (dup || rng.chance(0.2)) && !county.name.starts_with(parent_name) {
        format!("{parent_name}{}", county.name)
    } else {
        county.name.to_string()
    };
    let we = if county.name.ends_with('区') {
        "我区"
    } else if county.name.ends_with('市') {
        "我市"
    } else if county.name.ends_with('旗') {
        "我旗"
    } else {
        "我县"
    };
    Unit {
        level: Level::County,
        name,
        short: county.name.to_string(),
        portal: county.name.to_string(),
        province: prov.name,
        province_code: prov.code,
        prefecture: pref,
        county: Some(county.name),
        township: None,
        region_code: county.code,
        portal_chain: format!(
            "{}{}{}",
            prov.name,
            pref.filter(|p| !county.name.starts_with(p)).unwrap_or(""),
            county.name
        ),
        we,
    }
}

fn township_unit(g: &Gazetteer, rng: &mut Rng, idx: usize) -> Unit {
    let t = &g.townships[idx];
    let a = t.parent.unwrap_or(0);
    let mut u = county_unit(g, rng, a);
    let county = g.counties[a].name;
    u.level = Level::Township;
    u.name = if rng.chance(0.6) {
        format!("{county}{}", t.name)
    } else {
        t.name.to_string()
    };
    u.short = t.name.to_string();
    u.portal = county.to_string();
    u.township = Some(t.name);
    u.region_code = t.code;
    u.we = if t.name.ends_with("街道") {
        "我街道"
    } else if t.name.ends_with('乡') {
        "我乡"
    } else if t.name.ends_with("苏木") {
        "我苏木"
    } else {
        "我镇"
    };
    u
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_parses_every_level() {
        let g = gazetteer();
        assert_eq!(g.provinces.len(), 31);
        assert!(g.cities.len() > 300);
        assert!(g.counties.len() > 2900);
        assert!(g.townships.len() > 35_000);
        assert!(g.prefectures.iter().all(|&c| g.cities[c].name != "市辖区"));
    }

    /// Reports of a corpus get distinct units and years while the levels
    /// have slots: 20,000 reports, not one unit-year twice; a million
    /// documents are mostly townships and departments.
    #[test]
    fn report_units_and_years_do_not_repeat() {
        let n = 20_000;
        let mut seen = std::collections::HashSet::new();
        let mut levels = HashMap::new();
        for i in 0..n {
            let mut rng = Rng::for_doc(1, i);
            let (u, y) = report_unit(&mut rng, n, i);
            *levels.entry(u.level).or_insert(0) += 1;
            assert!(
                seen.insert((u.level, u.region_code, u.short.clone(), y)),
                "{} {y} twice",
                u.name
            );
        }
        // The small-corpus mix, (30, 28, 10, 2, 30)%, but no more province
        // reports than 90% of the 31 provinces' report-years online.
        assert!(
            (5_400..=5_800).contains(&levels[&Level::County]),
            "{levels:?}"
        );
        assert!(
            (250..=280).contains(&levels[&Level::Province]),
            "{levels:?}"
        );
        let c = level_counts(gazetteer(), 1_000_000);
        assert!(c[1] < 50_000.0 && c[3] < 400.0, "{c:?}");
        assert!((c.iter().sum::<f64>() - 1e6).abs() < 1.0);
    }
}
