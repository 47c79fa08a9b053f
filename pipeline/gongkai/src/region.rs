//! Region resolution against the shipped gazetteer.
//!
//! The unit's own name (and the title) names the deepest place; the county,
//! city and province named elsewhere on the page (source line, breadcrumb,
//! portal name, signature, body) and the portal host decide between places
//! that share a name (there are ten 高桥镇). A wrong region is worse than
//! none: ties give None and a flag.

use crate::extract::Doc;
use crate::meta::Meta;
use crate::record::{Level, Region};
use crate::text::fold;
use aho_corasick::{AhoCorasick, MatchKind};
use std::cell::OnceCell;
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

/// The gazetteer indexed by (folded) name and alias.
pub struct Gazetteer {
    pub divisions: Vec<Division>,
    by_code: HashMap<String, usize>,
    /// Folded key → divisions it may name.
    by_key: HashMap<String, Vec<usize>>,
    /// Divisions of each automaton pattern, by pattern id.
    by_pattern: Vec<Vec<usize>>,
    matcher: AhoCorasick,
    /// Short aliases (stems: 福州 for 福州市, 平潭 for 平潭县) → divisions;
    /// used only at the start of a unit name.
    stems: HashMap<String, Vec<usize>>,
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
fn province_short(name: &str) -> Option<String> {
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

/// Stem of a prefecture or county name: 福州市 → 福州, 大理白族自治州 → 大理.
fn stem(name: &str) -> Option<String> {
    let s = if let Some(i) = name.find("自治") {
        let base = &name[..i];
        // Drop the ethnic-group part (大理白族 → 大理): keep the first two chars.
        base.chars().take(2).collect::<String>()
    } else {
        let mut s = name.to_string();
        for suf in ["市", "县", "区", "旗", "地区", "盟", "州"] {
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
        let mut divisions: Vec<Division> = Vec::new();
        let mut by_code: HashMap<String, usize> = HashMap::new();
        let mut staged: Vec<(String, String, GLevel, String)> = Vec::new();
        for r in csv_rows(PROVINCES) {
            if r.len() >= 2 {
                staged.push((r[0].clone(), r[1].clone(), GLevel::Province, String::new()));
            }
        }
        for r in csv_rows(CITIES) {
            if r.len() >= 3 {
                staged.push((r[0].clone(), r[1].clone(), GLevel::Prefecture, r[2].clone()));
            }
        }
        for r in csv_rows(AREAS) {
            if r.len() >= 3 {
                staged.push((r[0].clone(), r[1].clone(), GLevel::County, r[2].clone()));
            }
        }
        for r in csv_rows(STREETS) {
            if r.len() >= 3 {
                staged.push((r[0].clone(), r[1].clone(), GLevel::Township, r[2].clone()));
            }
        }
        for (code, name, level, parent) in staged {
            let p = by_code.get(&parent).copied();
            let placeholder = matches!(name.as_str(), "市辖区" | "县" | "省直辖县级行政区划")
                || name.ends_with("直辖县级行政区划");
            by_code.insert(code.clone(), divisions.len());
            divisions.push(Division {
                code,
                name,
                level,
                parent: p,
                placeholder,
            });
        }
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let mut stems: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            if d.placeholder {
                continue;
            }
            by_key.entry(fold(&d.name)).or_default().push(i);
            match d.level {
                GLevel::Province => {
                    if let Some(s) = province_short(&d.name) {
                        by_key.entry(fold(&s)).or_default().push(i);
                    }
                }
                GLevel::Prefecture => {
                    if let Some(s) = stem(&d.name) {
                        if d.name.contains("自治州") {
                            by_key.entry(fold(&format!("{s}州"))).or_default().push(i);
                        }
                        stems.entry(fold(&s)).or_default().push(i);
                    }
                }
                GLevel::County => {
                    if let Some(s) = stem(&d.name) {
                        stems.entry(fold(&s)).or_default().push(i);
                    }
                }
                GLevel::Township => {}
            }
        }
        for v in by_key.values_mut() {
            v.dedup();
        }
        let mut keys: Vec<String> = by_key.keys().cloned().collect();
        keys.sort();
        let by_pattern: Vec<Vec<usize>> = keys.iter().map(|k| by_key[k].clone()).collect();
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&keys)
            .expect("gazetteer names build an automaton");
        Gazetteer {
            divisions,
            by_code,
            by_key,
            by_pattern,
            matcher,
            stems,
        }
    }

    /// Divisions named exactly `name` (full name or a known alias).
    pub fn lookup(&self, name: &str) -> &[usize] {
        self.by_key.get(&fold(name)).map_or(&[], |v| v.as_slice())
    }

    pub fn by_code(&self, code: &str) -> Option<&Division> {
        self.by_code.get(code).map(|&i| &self.divisions[i])
    }

    /// Every gazetteer name found in `text`: (byte start, byte end, divisions).
    pub fn mentions<'a>(&'a self, text: &str) -> Vec<(usize, usize, &'a [usize])> {
        self.matcher
            .find_iter(text)
            .map(|m| {
                let divisions = &self.by_pattern[m.pattern().as_usize()];
                (m.start(), m.end(), divisions.as_slice())
            })
            .collect()
    }

    /// The division and its ancestors, deepest first.
    pub fn chain(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut cur = self.divisions[i].parent;
        while let Some(p) = cur {
            out.push(p);
            cur = self.divisions[p].parent;
        }
        out
    }

    /// Level of a unit named exactly `name` (地级市 vs 县级市 vs 直辖市).
    pub fn level_of_name(&self, name: &str) -> Option<GLevel> {
        let ids = self.lookup(name);
        let levels: Vec<GLevel> = ids
            .iter()
            .filter(|&&i| fold(&self.divisions[i].name) == fold(name))
            .map(|&i| self.divisions[i].level)
            .collect();
        levels.iter().min().copied()
    }
}

/// The gazetteer, parsed once.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::load)
}

/// All initials/full-pinyin spellings of a name (polyphones expanded, capped).
fn pinyin_forms(name: &str) -> Vec<String> {
    use pinyin::ToPinyinMulti;
    let mut initials = vec![String::new()];
    let mut fulls = vec![String::new()];
    for p in name.to_pinyin_multi() {
        let Some(multi) = p else {
            return Vec::new();
        };
        let mut ni = Vec::new();
        let mut nf = Vec::new();
        for k in 0..multi.count().min(3) {
            let py = multi.get(k);
            for s in &initials {
                ni.push(format!("{s}{}", py.first_letter()));
            }
            for s in &fulls {
                nf.push(format!("{s}{}", py.plain()));
            }
        }
        ni.sort();
        ni.dedup();
        nf.sort();
        nf.dedup();
        ni.truncate(8);
        nf.truncate(8);
        initials = ni;
        fulls = nf;
    }
    initials.extend(fulls);
    initials
}

/// Host labels of a government portal address that may spell a place
/// (xjnlk.gov.cn → ["xjnlk"]); only .gov.cn hosts are trusted.
fn host_labels(url: &str) -> Vec<String> {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest
        .split(['/', ':', '?'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    if !host.ends_with(".gov.cn") {
        return Vec::new();
    }
    host.trim_end_matches(".gov.cn")
        .split('.')
        .filter(|l| !matches!(*l, "www" | "xxgk" | "zwgk" | "m" | "wap" | "gk"))
        .filter(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_lowercase()))
        .map(str::to_string)
        .collect()
}

/// Does a portal host label spell this division (alone, or after its
/// parent's spelling: syyh = 沈阳 + 于洪)?
fn host_spells(g: &Gazetteer, label: &str, i: usize) -> bool {
    let d = &g.divisions[i];
    let mut own = pinyin_forms(&d.name);
    if let Some(s) = stem(&d.name) {
        own.extend(pinyin_forms(&s));
    }
    if own
        .iter()
        .any(|f| f == label || label.ends_with(f.as_str()) && f.len() >= 3)
    {
        return true;
    }
    false
}

/// Mentions per clue tier: 0 = unit name and title, 1 = page header and
/// signature, 2 = whole text.
fn tier_mentions(g: &Gazetteer, doc: &Doc, meta: &Meta) -> [Vec<usize>; 3] {
    let mut t0 = Vec::new();
    for s in [meta.unit_name.as_deref(), meta.title.as_deref()]
        .into_iter()
        .flatten()
    {
        for (_, _, ids) in g.mentions(&fold(s)) {
            t0.extend_from_slice(ids);
        }
    }
    let text = &doc.norm.text;
    let lines: Vec<&str> = text.lines().collect();
    let head: String = lines
        .iter()
        .take(30)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    let tail: String = lines
        .iter()
        .rev()
        .take(15)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    let mut t1 = Vec::new();
    for s in [head.as_str(), tail.as_str()] {
        for (_, _, ids) in g.mentions(s) {
            t1.extend_from_slice(ids);
        }
    }
    let mut t2 = Vec::new();
    for (_, _, ids) in g.mentions(text) {
        t2.extend_from_slice(ids);
    }
    [t0, t1, t2]
}

/// Split a unit name into the gazetteer divisions it names, in order.
fn unit_divisions(g: &Gazetteer, unit: &str) -> Vec<(usize, usize, Vec<usize>)> {
    let u = fold(unit);
    let mut out: Vec<(usize, usize, Vec<usize>)> = g
        .mentions(&u)
        .into_iter()
        .map(|(s, e, ids)| (s, e, ids.to_vec()))
        .collect();
    if out.first().is_none_or(|f| f.0 > 0) {
        // A stem at the very start: 福州高新区 → 福州市, 平潭综合实验区 → 平潭县.
        let chars: Vec<(usize, char)> = u.char_indices().collect();
        for n in (2..=4.min(chars.len())).rev() {
            let end = chars.get(n).map_or(u.len(), |c| c.0);
            if let Some(ids) = g.stems.get(&u[..end]) {
                if out.first().is_none_or(|f| f.0 >= end) {
                    out.insert(0, (0, end, ids.clone()));
                }
                break;
            }
        }
    }
    out
}

/// Resolve province/prefecture/county/township and the region code.
/// Returns the region and flags explaining nulls.
pub fn resolve(doc: &Doc, meta: &Meta) -> (Region, Vec<String>) {
    let g = gazetteer();
    let mut flags = Vec::new();
    // The page's mentions matter only when several places remain (scoring)
    // or for a province-level agency; most pages never need the full-text scan.
    let tiers_cell: OnceCell<[Vec<usize>; 3]> = OnceCell::new();
    let tiers = || tiers_cell.get_or_init(|| tier_mentions(g, doc, meta));
    let labels = doc.url.as_deref().map(host_labels).unwrap_or_default();

    // The deepest place the unit's own name gives.
    let unit = meta.unit_name.clone().unwrap_or_default();
    let parts = unit_divisions(g, &unit);
    let mut candidates: Vec<usize> = match parts.last() {
        Some((_, _, ids)) => {
            // Keep only candidates consistent with earlier parts of the name.
            let earlier: Vec<usize> = parts[..parts.len() - 1]
                .iter()
                .flat_map(|p| p.2.iter().copied())
                .collect();
            ids.iter()
                .copied()
                .filter(|&c| earlier.is_empty() || g.chain(c).iter().any(|a| earlier.contains(a)))
                .collect()
        }
        None => Vec::new(),
    };
    // A unit named like a township keeps only township candidates, and so on.
    let want = match meta.level {
        Some(Level::Township) => Some(GLevel::Township),
        _ => None,
    };
    if let Some(w) = want {
        let same: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&c| g.divisions[c].level == w)
            .collect();
        if !same.is_empty() {
            candidates = same;
        }
    }

    if candidates.is_empty() {
        // No place in the unit name: a province-level agency (自治区北部湾办,
        // 省审计厅) takes the one province its page names.
        let prov_unit = unit.starts_with("自治区") || unit.starts_with("省");
        if prov_unit {
            let t = tiers();
            let mut provs: Vec<usize> = t[1]
                .iter()
                .chain(t[2].iter())
                .map(|&i| *g.chain(i).last().unwrap_or(&i))
                .collect();
            provs.sort();
            provs.dedup();
            if provs.len() == 1 {
                candidates = provs;
            }
        }
        if candidates.is_empty() {
            flags.push("region_unresolved".to_string());
            return (Region::default(), flags);
        }
    }

    if candidates.len() == 1 {
        // One place: nothing to score against.
        let mut region = Region::default();
        fill(g, candidates[0], &mut region);
        return (region, flags);
    }
    // Score each candidate by how its ancestors are named around the page.
    let tiers = tiers();
    let score = |c: usize| -> i64 {
        let chain = g.chain(c);
        let mut s = 0;
        for a in &chain[1..] {
            if tiers[0].contains(a) {
                s += 100;
            }
            if tiers[1].contains(a) {
                s += 10;
            }
            if tiers[2].contains(a) {
                s += 1;
            }
        }
        if labels
            .iter()
            .any(|l| chain.iter().any(|&a| host_spells(g, l, a)))
        {
            s += 5;
        }
        s
    };
    let mut scored: Vec<(i64, usize)> = candidates.iter().map(|&c| (score(c), c)).collect();
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    let best = scored[0];
    let tie = scored.len() > 1 && scored[1].0 == best.0;
    if tie {
        // Several places share the name and nothing on the page tells which.
        // Keep the levels they share (ten 高桥镇 may still sit in one province).
        flags.push("region_ambiguous".to_string());
        let tied: Vec<usize> = scored
            .iter()
            .filter(|s| s.0 == best.0)
            .map(|s| s.1)
            .collect();
        let mut region = Region::default();
        let mut common: Option<usize> = None;
        let first_chain = g.chain(tied[0]);
        for &a in first_chain.iter().skip(1) {
            if tied.iter().all(|&t| g.chain(t).contains(&a)) {
                common = Some(a);
                break;
            }
        }
        if let Some(c) = common {
            fill(g, c, &mut region);
        }
        // The township's own name is known even when its county is not.
        let first = &g.divisions[tied[0]];
        if first.level == GLevel::Township
            && tied.iter().all(|&t| g.divisions[t].name == first.name)
        {
            region.township = Some(first.name.clone());
        }
        return (region, flags);
    }
    let mut region = Region::default();
    fill(g, best.1, &mut region);
    (region, flags)
}

/// Fill the region fields from a division and its ancestors.
fn fill(g: &Gazetteer, i: usize, region: &mut Region) {
    for a in g.chain(i) {
        let d = &g.divisions[a];
        if d.placeholder {
            continue;
        }
        let name = Some(d.name.clone());
        match d.level {
            GLevel::Province => region.province = name,
            GLevel::Prefecture => region.prefecture = name,
            GLevel::County => region.county = name,
            GLevel::Township => region.township = name,
        }
    }
    region.region_code = Some(g.divisions[i].code.clone());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_province_names_resolve() {
        let g = gazetteer();
        let ids = g.lookup("宁夏");
        assert_eq!(ids.len(), 1);
        assert_eq!(g.divisions[ids[0]].name, "宁夏回族自治区");
    }

    #[test]
    fn county_level_city_vs_prefecture() {
        let g = gazetteer();
        assert_eq!(g.level_of_name("长沙市"), Some(GLevel::Prefecture));
        assert_eq!(g.level_of_name("开平市"), Some(GLevel::County));
        assert_eq!(g.level_of_name("上海市"), Some(GLevel::Province));
    }

    #[test]
    fn host_initials_spell_a_county() {
        let g = gazetteer();
        let ids = g.lookup("尼勒克县");
        assert!(ids.iter().any(|&i| host_spells(g, "xjnlk", i)));
        assert_eq!(host_labels("http://www.xjnlk.gov.cn/a.html"), vec!["xjnlk"]);
        assert!(host_labels("http://mirror.example.com/a").is_empty());
    }

    fn doc(text: &str) -> Doc {
        Doc::new("t", text.to_string(), None)
    }

    #[test]
    fn township_settled_by_county_in_name() {
        let meta = Meta {
            unit_name: Some("长沙县高桥镇".into()),
            level: Some(Level::Township),
            ..Meta::default()
        };
        let (r, _) = resolve(&doc("高桥镇年度报告"), &meta);
        assert_eq!(r.county.as_deref(), Some("长沙县"));
        assert_eq!(r.prefecture.as_deref(), Some("长沙市"));
        assert_eq!(r.township.as_deref(), Some("高桥镇"));
    }

    #[test]
    fn township_alone_is_not_guessed() {
        let meta = Meta {
            unit_name: Some("高桥镇".into()),
            level: Some(Level::Township),
            ..Meta::default()
        };
        let (r, flags) = resolve(&doc("我镇年度报告"), &meta);
        assert_eq!(r.county, None);
        assert_eq!(r.township.as_deref(), Some("高桥镇"));
        assert!(flags.contains(&"region_ambiguous".to_string()));
    }

    #[test]
    fn municipality_district_has_no_prefecture() {
        let meta = Meta {
            unit_name: Some("重庆市江北区".into()),
            level: Some(Level::County),
            ..Meta::default()
        };
        let (r, _) = resolve(&doc("江北区"), &meta);
        assert_eq!(r.province.as_deref(), Some("重庆市"));
        assert_eq!(r.prefecture, None);
        assert_eq!(r.county.as_deref(), Some("江北区"));
    }
}
