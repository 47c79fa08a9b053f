//! Region resolution against the whole shipped gazetteer.
//!
//! The unit's own name names the deepest place (长沙县高桥镇 → 高桥镇 under
//! 长沙县). Where that name fits several places (there are ten 高桥镇) or
//! the unit names no place at all (文教局, 县教育局), the rest of the page
//! decides: the gazetteer names in the title, the page head and the
//! signature, the short forms of the candidates' parents, and the portal
//! host's pinyin (syyh.gov.cn = 沈阳 + 于洪). A wrong region is worse than
//! none: when the candidates disagree the fields stay null and a flag says
//! why (`region_ambiguous`, `region_conflict`, `region_unresolved`).

use crate::doc::Doc;
use crate::gazetteer::{gazetteer, word_part, GLevel, Gazetteer, NameKind};
use crate::meta::Meta;
use crate::record::{Level, Region};
use crate::text::{first_chars, fold};
use std::borrow::Cow;
use std::cell::OnceCell;

/// Characters of the page head and tail read as strong clues.
const HEAD_CHARS: usize = 700;
const TAIL_CHARS: usize = 300;

/// The places a page names, as candidate sets (one per mention).
struct Evidence<'d> {
    /// Title, page head, signature, url path and portal host.
    strong: Vec<Cow<'static, [usize]>>,
    /// The weight of each strong mention (2: title, signature, address; 1: head).
    weights: Vec<u32>,
    /// The whole text, read only when candidates are scored.
    body: OnceCell<Vec<&'static [usize]>>,
    text: &'d str,
    /// The zones of `strong` as text (for the candidates' short forms).
    strong_text: String,
    /// The portal host spells a county and no wider place (yyx.gov.cn =
    /// 岳阳县; not yueyang.gov.cn, which is 岳阳市's as well as 岳阳县's).
    county_portal: bool,
    /// The places the page's own portal host spells.
    portal: Vec<usize>,
}

/// How far into the text the page's fields (索引号) are read.
const CODE_CHARS: usize = 1500;

/// The division where the unit is registered, read from the unified social
/// credit code of a government body (机关 11, public institution 12, others
/// under the establishment offices 13, 19) that a page's index number
/// (索引号) or credit-code field opens with (on its line or, a cell a line,
/// the next): its third to eighth characters
/// are the code of the county, prefecture or province that registered it
/// (11410402…: 410402, 平顶山市新华区). A code the gazetteer lacks (a
/// division renamed or merged since) or a placeholder (市辖区) gives none.
fn credit_code_place(g: &Gazetteer, head: &str) -> Option<usize> {
    let c = regex!(
        r"(?:索引号|信用代码|机构代码)[^0-9A-Za-z。]{0,12}?1[1239](\d{6})[0-9A-Z]{10}(?:[^0-9A-Za-z]|$)"
    )
    .captures(head)?;
    let code = &c[1];
    let code = if let Some(province) = code.strip_suffix("0000") {
        province
    } else if let Some(prefecture) = code.strip_suffix("00") {
        prefecture
    } else {
        code
    };
    let i = g.index_of_code(code)?;
    (!g.divisions[i].placeholder).then_some(i)
}

/// The zones a page names itself in, as (zone text, weight): what the
/// page says of itself weighs 2 (title, signature, address, the portals it
/// names), its first paragraphs 1.
fn zones(doc: &Doc, meta: &Meta, portals: &[&str]) -> Vec<(String, u32)> {
    let text = &doc.norm.text;
    let mut zones: Vec<(String, u32)> = Vec::new();
    zones.extend(meta.title.iter().map(|t| (fold(t), 2)));
    zones.push((first_chars(text, HEAD_CHARS).to_string(), 1));
    if let Some(tail) = signature_block(text) {
        zones.push((tail.to_string(), 2));
    }
    zones.extend(publishers(first_chars(text, HEAD_CHARS)).map(|p| (fold(p), 2)));
    if let Some(p) = doc.url.as_deref().and_then(crate::url::decoded_path) {
        zones.push((fold(&p), 2));
    }
    zones.extend(portals.iter().map(|p| (p.to_string(), 2)));
    zones
}

/// The kind of place a department names itself by, its place left out
/// (市人力资源社会保障局: a 市's).
fn own_kind(meta: &Meta) -> Option<&'static str> {
    meta.unit_name
        .as_deref()
        .filter(|_| meta.level == Some(Level::Department))
        .and_then(|u| {
            ["市", "县", "区", "旗"]
                .into_iter()
                .find(|k| u.starts_with(k))
        })
}

impl<'d> Evidence<'d> {
    fn collect(g: &'static Gazetteer, doc: &'d Doc, meta: &Meta) -> Evidence<'d> {
        let text = &doc.norm.text;
        let portals: Vec<&str> = portals_named(text).collect();
        let zones = zones(doc, meta, &portals);
        // A unit named like another place's division after words that are
        // no place (碧海湾滨海新区): its name in the page names no place.
        let own_zone = meta
            .unit_name
            .as_deref()
            .map(fold)
            .filter(|u| g.mentions(u).count() != g.unit_mentions(u).count());
        let mut strong = Vec::new();
        let mut weights = Vec::new();
        for (z, w) in &zones {
            let z = match &own_zone {
                Some(u) => Cow::Owned(z.replace(u.as_str(), "\u{3000}")),
                None => Cow::Borrowed(z.as_str()),
            };
            for ids in named(g, &z) {
                strong.push(Cow::Borrowed(ids));
                weights.push(*w);
            }
        }
        let labels = doc
            .url
            .as_deref()
            .map(crate::url::host_labels)
            .unwrap_or_default();
        // The portal the head says the report is published on (本报告电子版
        // 可从本区政府网站(http://www.shbsq.gov.cn)下载) spells its place as
        // the page's own address does.
        let written = crate::url::hosts_in(first_chars(text, HEAD_CHARS));
        // A county's portal named in words is one as its address is.
        let mut county_portal = portals.iter().any(|p| {
            named(g, p)
                .iter()
                .any(|ids| ids.iter().all(|&d| g.divisions[d].level == GLevel::County))
        });
        let strong_text = zones
            .iter()
            .map(|z| z.0.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let own_kind = own_kind(meta);
        let spelled: Vec<Vec<usize>> = labels
            .iter()
            .chain(&written)
            .map(|l| stem_written(g, g.host_spellings(l), &strong_text, own_kind))
            .collect();
        // The places the page's own host spells (not a portal it writes).
        let portal: Vec<usize> = spelled[..labels.len()].concat();
        for ids in spelled {
            if !ids.is_empty() {
                county_portal |= ids.iter().all(|&d| g.divisions[d].level == GLevel::County);
                strong.push(Cow::Owned(ids));
                weights.push(2);
            }
        }
        // The division whose code the unit's credit code holds (索引号:
        // 11410402…/2031-00005).
        if let Some(d) = credit_code_place(g, first_chars(text, CODE_CHARS)) {
            strong.push(Cow::Owned(vec![d]));
            weights.push(2);
        }
        // A province portal's abbreviation right before .gov.cn.
        if let Some(&(_, province)) = labels
            .last()
            .and_then(|l| crate::gazetteer::PROVINCE_PORTALS.iter().find(|p| p.0 == l))
        {
            let ids = g.lookup(province);
            if !ids.is_empty() {
                strong.push(Cow::Borrowed(ids));
                weights.push(2);
            }
        }
        Evidence {
            strong,
            weights,
            body: OnceCell::new(),
            text,
            strong_text,
            county_portal,
            portal,
        }
    }

    /// The evidence less the mentions that may name one of `own` (the
    /// unit's namesakes): they vote for whichever namesake is unique at a
    /// level, not for where the page is.
    fn without(&self, own: &[usize]) -> Evidence<'d> {
        let (strong, weights) = self
            .strong
            .iter()
            .zip(&self.weights)
            .filter(|(m, _)| !m.iter().any(|d| own.contains(d)))
            .map(|(m, &w)| (m.clone(), w))
            .unzip();
        Evidence {
            strong,
            weights,
            body: OnceCell::new(),
            text: self.text,
            strong_text: self.strong_text.clone(),
            county_portal: self.county_portal,
            portal: self.portal.clone(),
        }
    }

    fn body(&self, g: &'static Gazetteer) -> &[&'static [usize]] {
        self.body.get_or_init(|| named(g, self.text))
    }
}

/// Of the places a host spells in more than one way (taian: 泰安市 and
/// 台安县), those whose stem the page's own words write (泰安), when
/// some are and not all; else those whose prefecture the words name;
/// else those whose province the words name
/// (weishan: 微山县 on a page citing 《山东省…办法》, not 云南's 巍山县);
/// else those of the kind a department without its place names itself by
/// (jining: 济宁市 for a 市人力资源社会保障局, not 集宁区);
/// else all of them.
fn stem_written(g: &Gazetteer, ids: Vec<usize>, words: &str, own_kind: Option<&str>) -> Vec<usize> {
    if ids.len() < 2 {
        return ids;
    }
    // The ids a test keeps, where it keeps some and not all.
    let narrowed = |keep: &dyn Fn(usize) -> bool| {
        let kept: Vec<usize> = ids.iter().copied().filter(|&d| keep(d)).collect();
        (!kept.is_empty() && kept.len() < ids.len()).then_some(kept)
    };
    let by_stem = |d: usize| {
        crate::gazetteer::stem(&g.divisions[d].name)
            .is_some_and(|s| s.chars().count() >= 2 && words.contains(fold(&s).as_str()))
    };
    // (daan: 大安市 on a page that names 白城市, its prefecture; not
    // 四川's 大安区. Only among counties: shaoyang spells 邵阳市 too, whose
    // name is no clue to its 邵阳县.)
    let counties = ids.iter().all(|&d| g.divisions[d].level == GLevel::County);
    let by_prefecture = |d: usize| {
        counties
            && g.ancestor_at(d, GLevel::Prefecture)
                .is_some_and(|p| words.contains(g.divisions[p].name.as_str()))
    };
    let by_province = |d: usize| {
        g.ancestor_at(d, GLevel::Province).is_some_and(|p| {
            let name = &g.divisions[p].name;
            words.contains(name.as_str())
                || crate::gazetteer::province_short(name)
                    .is_some_and(|s| words.contains(s.as_str()))
        })
    };
    let by_kind = |d: usize| own_kind.is_some_and(|k| g.divisions[d].name.ends_with(k));
    narrowed(&by_stem)
        .or_else(|| narrowed(&by_prefecture))
        .or_else(|| narrowed(&by_province))
        .or_else(|| narrowed(&by_kind))
        .unwrap_or(ids)
}

/// The governments whose portals the text says its unit publishes on
/// (以滨江区政府信息公开网站为平台, 通过某县人民政府门户网站, 以某县门户
/// 网站为主要公开平台, 通过某市政务网, 在“中国·某县”政府网站, 在“某市某区”
/// 政府门户网站): the unit's
/// own government or one above it, anywhere in the text.
fn portals_named(text: &str) -> impl Iterator<Item = &str> {
    let sites = text.match_indices("网站").take(40).filter_map(move |(at, _)| {
        let before = &text[crate::text::chars_before(text, at, 24)..at];
        regex!(
            r#"(?:以|通过|依托|利用|在)[“"「]?(\p{Han}{2,10}?)[”"」]?(?:(?:人民)?政府(?:信息公开|门户|公众信息)?|门户)$"#
        )
        .captures(before)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
    });
    // A portal named by its place and 政务网 or 政府网 (not 政府网站, read
    // above), quoted or not (在“某市某某新技术开发区政务网”).
    let nets = ["政务网", "政府网"].into_iter().flat_map(move |w| {
        text.match_indices(w)
            .take(20)
            .filter(move |(at, _)| !text[at + w.len()..].starts_with('站'))
            .filter_map(move |(at, _)| {
                let before = &text[crate::text::chars_before(text, at, 16)..at];
                regex!(r#"(?:以|通过|依托|利用|在)[“"「]?(\p{Han}{2,12}?)$"#)
                    .captures(before)
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str())
            })
    });
    // A portal named 中国·某地 (“中国·乳山”政府信息公开网站).
    let china = regex!(r#"(?:以|通过|依托|利用|在)[“"「]?中国\s*[·•・]\s*(\p{Han}{2,6})[”"」]"#)
        .captures_iter(text)
        .take(10)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str());
    sites.chain(nets).chain(china)
}

/// The units the head's publisher fields name (来源: 某市某区教育局,
/// 发布机构 | 某县人民政府 |): the page's own word on who published it. A
/// source that is no government unit (来源: 某某日报) is left out.
fn publishers(head: &str) -> impl Iterator<Item = &str> {
    crate::unit::publisher_fields(head)
        .map(|(_, v)| v)
        .filter(|v| {
            regex!(r"(?:政府|办公室|办公厅|局|委员会|委|办|厅|中心|街道|办事处|镇|乡)$").is_match(v)
        })
}

/// The last lines of a page when they are a signature: a date among the
/// last six lines (an excerpt cut off mid-sentence has none, and its last
/// lines are body text that may name any place: 对口支援都江堰市).
fn signature_block(text: &str) -> Option<&str> {
    let start = text
        .char_indices()
        .rev()
        .nth(TAIL_CHARS)
        .map_or(0, |(i, _)| i);
    let tail = &text[start..];
    let dated = tail.lines().rev().take(6).any(|l| signature_date(l.trim()));
    dated.then_some(tail)
}

/// A date written as a signature writes it: 2020年1月20日, 2020-01-20, 二〇二〇年一月二十日.
fn signature_date(l: &str) -> bool {
    regex!(
        r"(?:19|20)\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}|[〇零一二]{4}年[一二三四五六七八九十]{1,2}月"
    )
    .is_match(l)
}

/// The candidate sets of the place names in `s` that are clues.
fn named(g: &'static Gazetteer, s: &str) -> Vec<&'static [usize]> {
    g.mentions(s)
        .filter(|m| m.kind != NameKind::Generic && !word_part(s, m.start, m.end))
        .map(|m| m.ids)
        .collect()
}

/// Does a mention (candidate set) fit division `c`: names `c`, one of its
/// ancestors or one of its descendants?
fn fits(g: &Gazetteer, ids: &[usize], c: usize) -> bool {
    ids.iter()
        .any(|&d| g.is_ancestor_or_self(d, c) || g.is_ancestor_or_self(c, d))
}

/// The places the unit's own name gives: the deepest name in it, kept where
/// the names before it are its ancestors (岳阳县新墙镇 → 新墙镇 of 岳阳县).
fn own_place(g: &Gazetteer, unit: &str) -> Vec<usize> {
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut first_at = usize::MAX;
    let mut first_end = 0;
    for m in g.unit_mentions(unit) {
        if m.start < first_at {
            first_at = m.start;
            first_end = m.end;
        }
        parts.push(m.ids.to_vec());
    }
    // A zone named by the stem of its county after its province or city
    // (浙江省东阳经济开发区 → 东阳市, 广东从化经济开发区 → 从化区); not a
    // department (湖北省公安厅 is no 公安县's).
    if first_at == 0 {
        let rest = &unit[first_end..];
        if let Some((len, ids)) = g.stem_at_start(rest) {
            let after = &rest[len..];
            let zone = crate::gazetteer::ZONE_KINDS
                .iter()
                .any(|k| after.starts_with(k));
            if zone && !g.mentions(rest).any(|m| m.start < len) {
                parts.insert(1.min(parts.len()), ids.to_vec());
            }
        }
    }
    if first_at > 0 && !crate::gazetteer::is_township_name(unit) {
        // A stem at the very start: 福州高新区 → 福州市, 邻水文体局 → 邻水县
        // (not in a township's own name: 东城街街道 is no 东城区).
        if let Some((len, ids)) = g.stem_at_start(unit) {
            if len <= first_at {
                parts.insert(0, ids.to_vec());
            }
        }
    }
    // A branch named by its district, under the places before it (上海市
    // 公安局静安分局 → 静安区; a market regulator's 某某监管局 of its city's
    // bureau likewise).
    let branch = unit
        .strip_suffix("分局")
        .or_else(|| unit.strip_suffix("监管局").filter(|h| h.contains('局')));
    if let Some(head) = branch.filter(|_| !parts.is_empty()) {
        // The stem is the last 3 or 2 characters before 分局, longer first.
        let starts: Vec<usize> = head.char_indices().map(|(i, _)| i).rev().take(3).collect();
        if let Some(ids) = starts.iter().skip(1).rev().find_map(|&i| {
            g.stem_at_start(&head[i..])
                .filter(|&(len, _)| len == head.len() - i)
                .map(|(_, ids)| ids)
        }) {
            parts.push(ids.to_vec());
        }
    }
    // The deepest name that sits under all the names before it; when the
    // gazetteer has the last one only elsewhere (泰州市高港区…沿江街道, whose
    // 沿江街道 it files under another name), the one before it.
    (1..=parts.len())
        .rev()
        .map(|k| {
            let earlier = &parts[..k - 1];
            parts[k - 1]
                .iter()
                .copied()
                .filter(|&c| {
                    earlier
                        .iter()
                        .all(|ids| ids.iter().any(|&a| g.is_ancestor_or_self(a, c)))
                })
                .collect::<Vec<usize>>()
        })
        .find(|c| !c.is_empty())
        .unwrap_or_default()
}

/// The last administrative name in a unit's name: after the last
/// county-level suffix or the government it belongs to (…高港区人民政府沿江
/// 街道), without a government of its own.
fn last_name(u: &str) -> &str {
    let u = u
        .strip_suffix("人民政府")
        .or_else(|| u.strip_suffix("政府"))
        .unwrap_or(u);
    let after_place = u
        .char_indices()
        .rev()
        .find(|&(i, c)| matches!(c, '省' | '市' | '县' | '区' | '旗') && i + c.len_utf8() < u.len())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after_gov = u.rfind("政府").map_or(0, |i| i + "政府".len());
    &u[after_place.max(after_gov)..]
}

/// A 办事处 named by its place alone (某区东郊办事处) is the 街道 of that
/// name in the county the region found, where the gazetteer has one.
fn street_of_office(g: &Gazetteer, region: &Region, unit: &str) -> Option<usize> {
    region.county.as_ref()?;
    let county = region.region_code.as_deref()?;
    // (某某街办: 街道办事处 cut short.)
    let office = unit
        .strip_suffix("办事处")
        .or_else(|| unit.strip_suffix('办').filter(|u| u.ends_with('街')))?;
    let name = last_name(office);
    if name.chars().count() < 2 || crate::gazetteer::is_township_name(name) {
        return None;
    }
    // (某某街办事处: a 街道 whose 道 the name drops.)
    let street = match name.strip_suffix('街') {
        Some(stem) => format!("{stem}街道"),
        None => format!("{name}街道"),
    };
    let found = |n: &str| {
        g.lookup(n).iter().copied().find(|&c| {
            g.divisions[c].level == GLevel::Township
                && g.chain(c).any(|a| g.divisions[a].code == county)
        })
    };
    found(&street).or_else(|| found(&format!("{name}街道")))
}

/// How strongly the page supports candidate `c` over others of its name:
/// names of its ancestors and descendants in the strong zones (10 each), in
/// the body (1 each), and the short forms of its ancestors in the strong
/// zones (10: 中国永嘉 for 永嘉县).
fn support(g: &'static Gazetteer, ev: &Evidence, c: usize, clues: &str) -> i64 {
    let strong = ev.strong.iter().filter(|m| fits(g, m, c)).count() as i64;
    let body = ev.body(g).iter().filter(|m| fits(g, m, c)).count() as i64;
    let short = g
        .chain(c)
        .skip(1)
        .filter(|&a| {
            g.divisions[a].level != GLevel::Province
                && g.stem_of(a).is_some_and(|s| clues.contains(s))
        })
        .count() as i64;
    strong * 10 + body + short * 10
}

/// The strong clues as text less the candidate's own name: that holds no
/// clue to its parents (光明街道 does not name 光明区).
fn clues_less_own(ev: &Evidence, name: &str) -> String {
    let own = fold(name);
    let own = own.strip_suffix("办事处").unwrap_or(&own);
    ev.strong_text.replace(own, "\n")
}

/// Strong mentions that name a province other than `c`'s and nothing of
/// `c`'s chain: evidence that the page is about somewhere else. Not the
/// names the unit's own name writes after its place, read already (the
/// zone 滨海新区 of 奉化经济开发区滨海新区管委会 is no clue to Tianjin's).
fn against(g: &Gazetteer, ev: &Evidence, c: usize, unit: &str) -> usize {
    let province = g.ancestor_at(c, GLevel::Province);
    ev.strong
        .iter()
        .filter(|m| !fits(g, m, c))
        .filter(|m| {
            !m.iter()
                .all(|&d| unit.contains(g.divisions[d].name.as_str()))
        })
        .filter(|m| {
            let provs: Vec<Option<usize>> = m
                .iter()
                .map(|&d| g.ancestor_at(d, GLevel::Province))
                .collect();
            provs.iter().all(|p| *p == provs[0] && *p != province)
        })
        .count()
}

/// The deepest division that the strong clues agree on, down to `deepest`:
/// at each level the one division that the unambiguous mentions name (with
/// weight 2 at least), when no other division of that level is named by more
/// than a third as much.
fn page_place(g: &Gazetteer, ev: &Evidence, deepest: GLevel) -> Option<usize> {
    let mut chosen: Option<usize> = None;
    for level in [
        GLevel::Province,
        GLevel::Prefecture,
        GLevel::County,
        GLevel::Township,
    ] {
        if level > deepest {
            break;
        }
        let mut votes: Vec<(usize, u32)> = Vec::new();
        for (m, &w) in ev.strong.iter().zip(&ev.weights) {
            // The mention's candidates under the place chosen so far, at this level.
            // A candidate with no division at this level (a county under
            // 省直辖县级行政区划) keeps the mention from voting for a namesake.
            let mut at: Vec<Option<usize>> = m
                .iter()
                .filter(|&&d| chosen.is_none_or(|p| g.is_ancestor_or_self(p, d)))
                .filter(|&&d| g.divisions[d].level >= level)
                .map(|&d| g.ancestor_at(d, level))
                .collect();
            at.sort_unstable();
            at.dedup();
            if let [Some(one)] = at[..] {
                match votes.iter_mut().find(|v| v.0 == one) {
                    Some(v) => v.1 += w,
                    None => votes.push((one, w)),
                }
            }
        }
        votes.sort_by_key(|v| std::cmp::Reverse(v.1));
        match votes[..] {
            [] => {
                // Municipalities have no prefecture: look one level deeper.
                if level == GLevel::Prefecture && chosen.is_some() {
                    continue;
                }
                break;
            }
            // One passing mention of the page head is no evidence: weight 2
            // at least (the title, the signature, the address, or the head twice).
            [(_, n), ..] if n < 2 => break,
            [(best, _)] => chosen = Some(best),
            // A page that names many places of a level (a province's
            // summary: 阿里地区、林芝地区、山南地区、拉萨市…) is about the
            // place above them: one of them must outweigh them all.
            [(best, n), (_, second), ..]
                if n >= 3 * second && n > votes[1..].iter().map(|v| v.1).sum::<u32>() =>
            {
                chosen = Some(best)
            }
            _ => break,
        }
    }
    chosen
}

/// The deepest level a unit without a place in its name can sit at: a
/// 省审计厅 at province level, a 市自然资源局 or a 州… at prefecture level,
/// an unnamed unit that is no county or township down to a prefecture
/// unless a county's portal publishes it, anything else down to a county.
fn deepest_for(unit: &str, level: Option<Level>, county_portal: bool) -> GLevel {
    if unit.starts_with('省') || unit.starts_with("自治区") {
        GLevel::Province
    } else if unit.starts_with(['市', '州', '盟']) && level == Some(Level::Department) {
        GLevel::Prefecture
    } else if unit.is_empty()
        && !county_portal
        && !matches!(level, Some(Level::County | Level::Township))
    {
        // Nothing names who reports (at most 我局): a county named on the
        // page may be the reporter's, its government's or a neighbour's;
        // stop at the prefecture. A county's portal publishes its own
        // units' reports, not its prefecture's.
        GLevel::Prefecture
    } else {
        // A township's or department's government is at most a county.
        GLevel::County
    }
}

/// Resolve province/prefecture/county/township and the region code.
/// Returns the region and flags explaining nulls.
pub fn resolve(doc: &Doc, meta: &Meta) -> (Region, Vec<String>) {
    let g = gazetteer();
    let mut flags = Vec::new();
    let unit = meta.unit_name.as_deref().map(fold).unwrap_or_default();
    if crate::unit::is_national(&unit) {
        // A ministry's address (北京市…) is no region of its reports.
        return (Region::default(), vec!["region_national".to_string()]);
    }
    let ev = Evidence::collect(g, doc, meta);
    let mut region = resolve_place(g, &ev, &unit, meta.level, &mut flags);
    if meta.level == Some(Level::Township) && region.township.is_none() {
        match street_of_office(g, &region, &unit) {
            Some(street) => fill(g, street, &mut region),
            // A township the gazetteer lacks (renamed, merged) is still the
            // unit's own: 某县某镇 under a county it has, or under none.
            None => region.township = township_of_unit(&unit),
        }
    }
    // A township is named for a township's own report only (a zone the
    // gazetteer files among townships reports as a department).
    if meta.level.is_some_and(|l| l != Level::Township) {
        region.township = None;
    }
    (region, flags)
}

/// The region of the unit's own place, or of the page's when the unit
/// names none; flags say why fields stay null.
fn resolve_place(
    g: &'static Gazetteer,
    ev: &Evidence,
    unit: &str,
    level: Option<Level>,
    flags: &mut Vec<String>,
) -> Region {
    let mut region = Region::default();
    let mut candidates = own_place(g, unit);
    // A unit named like a township keeps only township candidates.
    if level == Some(Level::Township)
        && candidates
            .iter()
            .any(|&c| g.divisions[c].level == GLevel::Township)
    {
        candidates.retain(|&c| g.divisions[c].level == GLevel::Township);
    }
    if candidates.is_empty() {
        // No place in the unit's name: the place the page agrees on.
        // (A county-level city's own portal, its host spelling only such
        // cities: jingshan, 京山市, whose departments are 市… too.)
        let city_portal = !ev.portal.is_empty()
            && ev.portal.iter().all(|&d| {
                g.divisions[d].level == GLevel::County && g.divisions[d].name.ends_with('市')
            });
        let deepest = match deepest_for(unit, level, ev.county_portal) {
            GLevel::Prefecture if city_portal && unit.starts_with('市') => GLevel::County,
            deepest => deepest,
        };
        match page_place(g, ev, deepest) {
            Some(p) => fill(g, p, &mut region),
            None => flags.push("region_unresolved".to_string()),
        }
        return region;
    }
    // A township the text writes after a county that holds none of its
    // namesakes (仁寿县中岗镇, a town merged away whose name the gazetteer
    // keeps only in another province) is that county's.
    if level == Some(Level::Township) {
        if let Some(county) = county_written_before(g, ev.text, unit)
            .filter(|&k| !candidates.iter().any(|&c| g.is_ancestor_or_self(k, c)))
        {
            fill(g, county, &mut region);
            region.township = township_of_unit(unit);
            return region;
        }
    }
    // Likewise a township whose county the page's own clues settle on, less
    // the mentions of its namesakes (永安路街道 on a page of 青岛市, its host
    // 青岛李沧; the gazetteer keeps the name only in 莱州市 since the street
    // merged away).
    if level == Some(Level::Township) {
        if let Some(region) = township_in_page_county(g, ev, unit, &candidates) {
            return region;
        }
    }
    let mut scored = scored_places(g, ev, &candidates);
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    let best = scored[0];
    if scored.len() > 1 && scored[1].0 == best.0 {
        return tied_places(g, ev, unit, level, &scored, flags);
    }
    if against(g, ev, best.1, unit) > (best.0 / 10) as usize {
        // The page's strong clues name another province more often than
        // this one's chain: the name is a namesake (or renamed) elsewhere.
        // The page's own place stands, down to its prefecture (a county
        // there may be a neighbour's): 武汉东湖新技术开发区教育局 on a page of
        // 武汉市, whose 东湖 the gazetteer knows only as 南昌's 东湖区.
        flags.push("region_conflict".to_string());
        if let Some(p) = page_place(g, ev, GLevel::Prefecture) {
            fill(g, p, &mut region);
        }
        return region;
    }
    let place = portal_place_under(g, ev, unit, level, best.1).unwrap_or(best.1);
    fill(g, place, &mut region);
    region
}

/// Each candidate place with the support the page gives it.
fn scored_places(g: &'static Gazetteer, ev: &Evidence, candidates: &[usize]) -> Vec<(i64, usize)> {
    // (Namesakes share their name, and so the clues less it.)
    let mut clues: Option<(&str, String)> = None;
    candidates
        .iter()
        .map(|&c| {
            let name = g.divisions[c].name.as_str();
            if clues.as_ref().is_none_or(|(n, _)| *n != name) {
                clues = Some((name, clues_less_own(ev, name)));
            }
            let text = clues.as_ref().map_or("", |(_, t)| t.as_str());
            (support(g, ev, c, text), c)
        })
        .collect()
}

/// Several places share the name and nothing on the page tells which:
/// the region they share (ten 高桥镇 may still sit in one province) and the
/// township's own name.
fn tied_places(
    g: &'static Gazetteer,
    ev: &Evidence,
    unit: &str,
    level: Option<Level>,
    scored: &[(i64, usize)],
    flags: &mut Vec<String>,
) -> Region {
    let best = scored[0];
    let mut region = Region::default();
    let tied: Vec<usize> = scored
        .iter()
        .filter(|s| s.0 == best.0)
        .map(|s| s.1)
        .collect();
    // A township whose county the page names, holding none of the tied
    // namesakes, is that county's (a town merged away: 通江县 on the page
    // of a 大兴乡 the gazetteer keeps only elsewhere).
    if level == Some(Level::Township) {
        if let Some(region) = township_in_page_county(g, ev, unit, &tied) {
            return region;
        }
    }
    flags.push("region_ambiguous".to_string());
    if let Some(common) = g
        .chain(tied[0])
        .skip(1)
        .find(|&a| tied.iter().all(|&t| g.is_ancestor_or_self(a, t)))
    {
        fill(g, common, &mut region);
    }
    let first = &g.divisions[tied[0]];
    if first.level == GLevel::Township && tied.iter().all(|&t| g.divisions[t].name == first.name) {
        region.township = Some(first.written_name().to_string());
    }
    region
}

/// A department named with its province or city alone (湖南衡山萱洲
/// 国家湿地公园管理处) on the portal of one county or city under it
/// (hengshan.gov.cn): that place.
/// (Not where the host spells the named place as well: yndali.gov.cn is
/// 大理州's as much as 大理市's. Nor a province's 厅, a kind only a
/// province's departments take: ynmz.gov.cn is 云南民政厅's, not 蒙自's.)
fn portal_place_under(
    g: &'static Gazetteer,
    ev: &Evidence,
    unit: &str,
    level: Option<Level>,
    best: usize,
) -> Option<usize> {
    let provincial = g.divisions[best].level == GLevel::Province && unit.ends_with('厅');
    if level != Some(Level::Department)
        || g.divisions[best].level >= GLevel::County
        || provincial
        || ev.portal.contains(&best)
    {
        return None;
    }
    let under: Vec<usize> = ev
        .portal
        .iter()
        .copied()
        .filter(|&d| d != best && g.is_ancestor_or_self(best, d))
        .filter(|&d| matches!(g.divisions[d].level, GLevel::Prefecture | GLevel::County))
        .collect();
    match under[..] {
        [d] => Some(d),
        _ => None,
    }
}

/// The one county the text writes right before the unit's name (…地址:
/// 仁寿县中岗镇…), for a unit named without its county.
/// The county the page's own clues settle on, less the mentions of the
/// township's `namesakes`, where it holds none of them: that county, and
/// the township as the unit names it.
fn township_in_page_county(
    g: &'static Gazetteer,
    ev: &Evidence,
    unit: &str,
    namesakes: &[usize],
) -> Option<Region> {
    // (Not the prefecture's namesake county where a namesake township is
    // in that prefecture: the clues' 岳阳 names 岳阳市 as well as 岳阳县,
    // and the township is the prefecture's own 湖滨街道.)
    let in_prefecture = |k: usize| {
        g.ancestor_at(k, GLevel::Prefecture).is_some_and(|p| {
            crate::gazetteer::stem(&g.divisions[k].name)
                == crate::gazetteer::stem(&g.divisions[p].name)
                && namesakes.iter().any(|&c| g.is_ancestor_or_self(p, c))
        })
    };
    let county = page_place(g, &ev.without(namesakes), GLevel::County)
        .filter(|&k| g.divisions[k].level == GLevel::County)
        .filter(|&k| !namesakes.iter().any(|&c| g.is_ancestor_or_self(k, c)))
        .filter(|&k| !in_prefecture(k))?;
    let mut region = Region::default();
    fill(g, county, &mut region);
    region.township = township_of_unit(unit);
    Some(region)
}

fn county_written_before(g: &Gazetteer, text: &str, unit: &str) -> Option<usize> {
    if unit.chars().count() < 2
        || g.mentions(unit).any(|m| {
            m.ids
                .iter()
                .all(|&d| g.divisions[d].level <= GLevel::County)
        })
    {
        return None;
    }
    let mut found: Option<usize> = None;
    for (at, _) in text.match_indices(unit) {
        let before = &text[crate::text::chars_before(text, at, 12)..at];
        let Some(m) = g.mentions(before).last().filter(|m| m.end == before.len()) else {
            continue;
        };
        let counties: Vec<usize> = m
            .ids
            .iter()
            .copied()
            .filter(|&d| g.divisions[d].level == GLevel::County)
            .collect();
        match (counties.as_slice(), found) {
            (&[k], None) => found = Some(k),
            (&[k], Some(f)) if k == f => {}
            ([], _) => {}
            _ => return None,
        }
    }
    found
}

/// The township a unit name ends with (东城街街道办事处 → 东城街街道), for
/// townships the gazetteer does not have.
fn township_of_unit(unit: &str) -> Option<String> {
    let t = last_name(unit.strip_suffix("办事处").unwrap_or(unit));
    (t.chars().count() >= 2
        && crate::gazetteer::TOWNSHIP_SUFFIXES
            .iter()
            .any(|s| t.ends_with(s)))
    .then(|| t.to_string())
}

/// Fill the region fields from a division and its ancestors.
fn fill(g: &Gazetteer, i: usize, region: &mut Region) {
    for a in g.chain(i) {
        let d = &g.divisions[a];
        if d.placeholder {
            continue;
        }
        // A zone is no county (labels leave the county of its units
        // empty); the region code still says which zone.
        if d.is_zone() {
            continue;
        }
        let name = Some(d.written_name().to_string());
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

    fn doc(text: &str, url: Option<&str>) -> Doc {
        Doc::new("t", text.to_string(), url.map(str::to_string))
    }

    fn meta(unit: &str, level: Level) -> Meta {
        Meta {
            unit_name: Some(unit.into()),
            level: Some(level),
            ..Meta::default()
        }
    }

    #[test]
    fn an_ethnic_township_by_its_short_name_is_the_one_of_its_county() {
        // 汤泉乡 is 太湖县's own name and 遵化市's 汤泉满族乡 written short:
        // the county named with it decides.
        let text = "遵化市汤泉乡2031年政府信息公开工作年度报告\n一、总体情况\n2031年,我乡主动公开信息20条。";
        let (r, _) = resolve(&doc(text, None), &meta("遵化市汤泉乡", Level::Township));
        assert_eq!(r.county.as_deref(), Some("遵化市"));
        assert_eq!(r.township.as_deref(), Some("汤泉满族乡"));
        let text = "太湖县汤泉乡2031年政府信息公开工作年度报告\n一、总体情况\n2031年,我乡主动公开信息20条。";
        let (r, _) = resolve(&doc(text, None), &meta("太湖县汤泉乡", Level::Township));
        assert_eq!(r.county.as_deref(), Some("太湖县"));
        assert_eq!(r.township.as_deref(), Some("汤泉乡"));
    }

    #[test]
    fn the_publisher_field_places_a_unit_named_without_its_place() {
        // The head's 来源 field is the page's word on itself, as its title
        // is: 孝感 written once there places a zone's bureau.
        let text = "2031年高新区财政局政府信息公开工作年度报告\n来源: 孝感高新技术产业开发区财政局\n一、总体情况\n2031年,本局主动公开信息20条。";
        let (r, _) = resolve(&doc(text, None), &meta("高新区财政局", Level::Department));
        assert_eq!(r.province.as_deref(), Some("湖北省"));
        assert_eq!(r.prefecture.as_deref(), Some("孝感市"));
        // A source that is no unit (a newspaper) is no such word.
        let text = "2031年高新区财政局政府信息公开工作年度报告\n来源: 孝感日报\n一、总体情况\n2031年,本局主动公开信息20条。";
        let (r, _) = resolve(&doc(text, None), &meta("高新区财政局", Level::Department));
        assert_eq!(r.province, None);
    }

    #[test]
    fn a_zone_named_like_another_citys_district_is_not_there() {
        // 滨海新区 is 天津's district and the name of many cities' zones:
        // after words that are no place, the zone's own name.
        let text = "碧海湾滨海新区2031年政府信息公开工作年度报告\n一、总体情况\n2031年,碧海湾滨海新区主动公开信息20条。";
        let (r, _) = resolve(&doc(text, None), &meta("碧海湾滨海新区", Level::Department));
        assert_eq!(r.province, None);
        let text = "天津市滨海新区2031年政府信息公开工作年度报告\n一、总体情况\n2031年,滨海新区主动公开信息20条。";
        let (r, _) = resolve(&doc(text, None), &meta("天津市滨海新区", Level::County));
        assert_eq!(r.county.as_deref(), Some("滨海新区"));
    }

    #[test]
    fn a_township_named_only_elsewhere_is_where_the_page_places_it() {
        // The gazetteer keeps 秣陵街道 in 江宁区 alone; this page's host is
        // 青岛李沧's and its head names 青岛市: a street of the same name
        // there (merged away, renamed), not 江宁区's.
        let text = "2019年秣陵街道办事处政府信息公开工作年度报告\n根据青岛市有关要求,现将本街道2019年工作报告如下。";
        let url = Some("http://www.qdlc.gov.cn/zwgk/2020/1.html");
        let (r, _) = resolve(&doc(text, url), &meta("秣陵街道办事处", Level::Township));
        assert_eq!(r.prefecture.as_deref(), Some("青岛市"));
        assert_eq!(r.county.as_deref(), Some("李沧区"));
        assert_eq!(r.township.as_deref(), Some("秣陵街道"));
        // Without the host the head's one mention settles nothing: the
        // gazetteer's street stands.
        let (r, _) = resolve(&doc(text, None), &meta("秣陵街道办事处", Level::Township));
        assert_eq!(r.county.as_deref(), Some("江宁区"));
    }

    #[test]
    fn a_host_spelling_two_places_is_the_one_whose_stem_the_page_writes() {
        // taian spells 泰安市 and 台安县; the page writes 泰安 alone.
        let unnamed = Meta {
            level: Some(Level::Department),
            ..Meta::default()
        };
        let url = Some("http://fgw.taian.gov.cn/xxgk/1.html");
        let (r, _) = resolve(
            &doc("我委2020年度报告\n我委公开泰安年度计划。", url),
            &unnamed,
        );
        assert_eq!(r.prefecture.as_deref(), Some("泰安市"));
        assert_eq!(r.province.as_deref(), Some("山东省"));
        let (r, _) = resolve(
            &doc("我局2020年度报告\n我局公开台安年度计划。", url),
            &unnamed,
        );
        assert_eq!(r.prefecture.as_deref(), Some("鞍山市"));
        // Neither written: the host alone settles nothing.
        let (r, _) = resolve(&doc("我委2020年度报告\n我委公开年度计划。", url), &unnamed);
        assert_eq!(r.province, None);
        // No stem written, but one place's province: weishan spells 微山县
        // (山东) and 巍山县 (云南).
        let url = Some("http://www.weishan.gov.cn/xxgk/1.html");
        let (r, _) = resolve(
            &doc(
                "根据《山东省政府信息公开办法》,现公布本局年度报告。\n我局公开年度计划。",
                url,
            ),
            &unnamed,
        );
        assert_eq!(r.county.as_deref(), Some("微山县"));
        let (r, _) = resolve(
            &doc("现公布本局年度报告。\n我局公开年度计划。", url),
            &unnamed,
        );
        assert_eq!(r.province, None);
    }

    #[test]
    fn a_host_spelling_two_places_is_the_one_of_the_kind_a_department_names() {
        // jining spells 济宁市 and 集宁区; the page writes neither stem,
        // nor a prefecture or province: a 市…局 is a city's.
        let url = Some("http://www.jining.gov.cn/xxgk/1.html");
        let t = "2030年度报告\n市统计局按照要求公开统计信息。";
        let (r, _) = resolve(&doc(t, url), &meta("市统计局", Level::Department));
        assert_eq!(r.prefecture.as_deref(), Some("济宁市"));
        assert_eq!(r.province.as_deref(), Some("山东省"));
        // A 区…局 is the district's.
        let t = "2030年度报告\n区统计局按照要求公开统计信息。";
        let (r, _) = resolve(&doc(t, url), &meta("区统计局", Level::Department));
        assert_eq!(r.county.as_deref(), Some("集宁区"));
        // A unit named by no kind: nothing settled.
        let (r, _) = resolve(&doc(t, url), &meta("统计局", Level::Department));
        assert_eq!(r.province, None);
    }

    #[test]
    fn a_township_in_its_prefecture_is_not_moved_to_the_prefectures_namesake_county() {
        // changsha spells 长沙市 and 长沙县; 高桥街道 has namesakes in four
        // provinces, one in 长沙市 (雨花区), none in 长沙县: the page's 长沙
        // is the city's, and the street stays in its district.
        let url = Some("http://gqjd.changsha.gov.cn/xxgk/1.html");
        let t = "高桥街道2030年政府信息公开工作年度报告\n我街道在《长沙晚报》公开信息。";
        let (r, _) = resolve(&doc(t, url), &meta("高桥街道", Level::Township));
        assert_eq!(r.county.as_deref(), Some("雨花区"));
        assert_eq!(r.township.as_deref(), Some("高桥街道"));
    }

    #[test]
    fn a_host_spelling_two_counties_is_the_one_whose_prefecture_the_page_writes() {
        // tongshan spells 通山县 (咸宁市) and 铜山区 (徐州市); neither stem
        // is written, one prefecture is.
        let unnamed = Meta {
            level: Some(Level::Department),
            ..Meta::default()
        };
        let url = Some("http://jyj.tongshan.gov.cn/xxgk/1.html");
        let t = "县教育局年度报告\n按照省、咸宁市的部署,我局公开年度计划。";
        let (r, _) = resolve(&doc(t, url), &unnamed);
        assert_eq!(r.county.as_deref(), Some("通山县"));
        assert_eq!(r.prefecture.as_deref(), Some("咸宁市"));
        let t = "区教育局年度报告\n按照省、徐州市的部署,我局公开年度计划。";
        let (r, _) = resolve(&doc(t, url), &unnamed);
        assert_eq!(r.county.as_deref(), Some("铜山区"));
        // A host spelling a prefecture as well (shaoyang: 邵阳市, 邵阳县):
        // the prefecture's name is no clue to its namesake county.
        let url = Some("http://jyj.shaoyang.gov.cn/xxgk/1.html");
        let t = "教育局年度报告\n按照省、邵阳市的部署,我局公开年度计划。";
        let (r, _) = resolve(&doc(t, url), &unnamed);
        assert_eq!(r.county, None);
    }

    #[test]
    fn a_portal_named_by_its_place_places_a_unit_without_one() {
        // 某市政务网, 政府网 (not 政府网站, read as the site's name).
        let t = "市交通运输局年度报告\n本年度我局通过徐州政务网、局微信公众号公开各类信息。";
        let (r, _) = resolve(&doc(t, None), &meta("市交通运输局", Level::Department));
        assert_eq!(r.prefecture.as_deref(), Some("徐州市"));
        assert_eq!(r.province.as_deref(), Some("江苏省"));
        // 中国·某地, the portal's own name.
        let t = "县住建局年度报告\n本年度我局在“中国·丰县”政府门户网站公开各类信息。";
        let (r, _) = resolve(&doc(t, None), &meta("县住建局", Level::Department));
        assert_eq!(r.county.as_deref(), Some("丰县"));
        // The portal's place quoted: 在“某市某区”政府门户网站 (a district
        // name two prefectures share, settled by its own).
        let t = "区政府办年度报告\n本报告在“鹤岗市向阳区”政府门户网站发布。";
        let (r, _) = resolve(&doc(t, None), &meta("区政府办", Level::Department));
        assert_eq!(r.prefecture.as_deref(), Some("鹤岗市"));
        assert_eq!(r.county.as_deref(), Some("向阳区"));
        // A place in passing, not a portal's name, settles nothing.
        let t = "市交通运输局年度报告\n本年度我局公开徐州公路的各类信息。";
        let (r, _) = resolve(&doc(t, None), &meta("市交通运输局", Level::Department));
        assert_eq!(r.prefecture, None);
    }

    #[test]
    fn an_office_named_by_its_place_alone_is_the_street_of_its_county() {
        let (r, _) = resolve(
            &doc("东城区东华门办事处年度报告\n正文", None),
            &meta("东城区东华门办事处", Level::Township),
        );
        assert_eq!(r.township.as_deref(), Some("东华门街道"));
        assert_eq!(r.region_code.as_deref(), Some("110101001"));
        // Or by its 街 without 道 (和平里街办事处).
        let (r, _) = resolve(
            &doc("东城区和平里街办事处年度报告\n正文", None),
            &meta("东城区和平里街办事处", Level::Township),
        );
        assert_eq!(r.township.as_deref(), Some("和平里街道"));
        // No street of that name in the county: the name as written.
        let (r, _) = resolve(
            &doc("东城区某某办事处年度报告\n正文", None),
            &meta("东城区某某办事处", Level::Township),
        );
        assert_eq!(r.township, None);
        // A basin's authority is no county's (the lake 太湖 is no 太湖县).
        let (r, flags) = resolve(
            &doc("太湖流域管理局年度报告\n正文", None),
            &meta("太湖流域管理局", Level::Department),
        );
        assert_eq!((r.province, r.county), (None, None));
        assert!(flags.contains(&"region_national".to_string()));
    }

    #[test]
    fn a_township_merged_away_is_in_the_county_the_page_names() {
        // 大兴乡 is kept elsewhere only; the page names 通江县 twice.
        let (r, _) = resolve(
            &doc(
                "大兴乡政府信息公开工作年度报告(2018年)\n抄送:通江县人民政府,通江县政务公开办",
                None,
            ),
            &meta("大兴乡", Level::Township),
        );
        assert_eq!(
            (
                r.prefecture.as_deref(),
                r.county.as_deref(),
                r.township.as_deref()
            ),
            (Some("巴中市"), Some("通江县"), Some("大兴乡"))
        );
        // Named once in passing, it is no evidence: the namesakes stay tied.
        let (r, _) = resolve(
            &doc(
                "大兴乡人民政府2018年政府信息公开工作年度报告\n对口支援通江县。",
                None,
            ),
            &meta("大兴乡", Level::Township),
        );
        assert_eq!(r.county, None);
        // The page's own name votes for none of its namesakes: a county
        // portal's address settles a 兴华乡 (the gazetteer's namesakes all
        // in 黑龙江; 梅河口's is 兴华镇 now).
        let text = "兴华乡2010年政府信息公开报告\n兴华乡政府坚持公开,兴华乡主动公开信息65条。";
        let (r, _) = resolve(
            &doc(text, Some("http://mhk.gov.cn/zwgk/a.html")),
            &meta("兴华乡", Level::Township),
        );
        assert_eq!(
            (r.county.as_deref(), r.township.as_deref()),
            (Some("梅河口市"), Some("兴华乡"))
        );
    }

    #[test]
    fn a_summary_of_many_places_stays_above_them() {
        // An unnamed page on a province's disclosure that names its
        // prefectures, one of them more often: the province's.
        let text = "二、主动公开政府信息的情况\n各地主动公开政府信息。兰州市人民政府主动公开信息3000条,兰州市各部门1000条。\
            公开较多的地市有兰州市、天水市、白银市、酒泉市、张掖市、甘肃省各部门。";
        let (r, _) = resolve(&doc(text, None), &Meta::default());
        assert_eq!(r.province.as_deref(), Some("甘肃省"));
        assert_eq!(r.prefecture, None);
        // A page of one prefecture that names a neighbour once is its own.
        let text = "兰州市2015年政府信息公开工作年度报告\n兰州市人民政府主动公开信息3000条,\
            与天水市交流经验。\n兰州市人民政府办公室\n2016年3月1日";
        let (r, _) = resolve(&doc(text, None), &Meta::default());
        assert_eq!(r.prefecture.as_deref(), Some("兰州市"));
    }

    #[test]
    fn a_quoted_portal_named_by_its_city_and_a_long_zone_name() {
        // The portal a department publishes on, quoted, its city before a
        // zone's name of ten characters: the city.
        let (r, _) = resolve(
            &doc(
                "本报告在“荆门漳河新技术开发区政务网”发布,供公众查阅。",
                None,
            ),
            &meta("人社分局", Level::Department),
        );
        assert_eq!(r.prefecture.as_deref(), Some("荆门市"));
        assert_eq!(r.province.as_deref(), Some("湖北省"));
    }

    #[test]
    fn a_zone_is_no_county() {
        // 郑州高新技术产业开发区 is listed among counties (410172): its
        // units are the prefecture's, the code says which zone.
        let (r, _) = resolve(
            &doc("正文", None),
            &meta("郑州高新技术产业开发区管委会城市管理局", Level::Department),
        );
        assert_eq!(r.prefecture.as_deref(), Some("郑州市"));
        assert_eq!(r.county, None);
        assert_eq!(r.region_code.as_deref(), Some("410172"));
        // A district of the same city is one.
        let (r, _) = resolve(&doc("正文", None), &meta("郑州市金水区", Level::County));
        assert_eq!(r.county.as_deref(), Some("金水区"));
    }

    #[test]
    fn a_zone_named_by_its_county_stem_after_the_province() {
        let (r, _) = resolve(
            &doc("正文", None),
            &meta("浙江省东阳经济开发区管理委员会", Level::Department),
        );
        assert_eq!(r.county.as_deref(), Some("东阳市"));
        assert_eq!(r.prefecture.as_deref(), Some("金华市"));
        // A province's department whose kind starts like a county stem.
        let (r, _) = resolve(&doc("正文", None), &meta("湖北省公安厅", Level::Department));
        assert_eq!(r.county, None);
    }

    #[test]
    fn a_county_department_on_its_county_portal_named_without_government() {
        // 县 alone in the unit; the portal it publishes on names the county.
        let text =
            "一、总体情况\n2022年,县水利局以平武县门户网站为主要发布平台,全年主动公开信息40条。";
        let (r, _) = resolve(&doc(text, None), &meta("县水利局", Level::Department));
        assert_eq!(r.county.as_deref(), Some("平武县"));
        // Without the portal, the place is not known.
        let text = "一、总体情况\n2022年,县水利局全年主动公开信息40条。";
        let (r, _) = resolve(&doc(text, None), &meta("县水利局", Level::Department));
        assert_eq!(r.county.as_deref(), None);
    }

    #[test]
    fn a_department_named_with_its_province_on_a_county_portal() {
        let (r, _) = resolve(
            &doc("正文", Some("http://www.hengshan.gov.cn/zfxxgknb/1.html")),
            &meta("湖南衡山某某森林公园管理处", Level::Department),
        );
        assert_eq!(r.county.as_deref(), Some("衡山县"));
        // A prefecture's department on a host that spells the prefecture as
        // well as its seat city (chuxiong: 楚雄州, 楚雄市) stays the
        // prefecture's.
        let (r, _) = resolve(
            &doc("正文", Some("http://www.chuxiong.gov.cn/xxgk/1.html")),
            &meta("楚雄州林业和草原局", Level::Department),
        );
        assert_eq!(
            (r.prefecture.as_deref(), r.county.as_deref()),
            (Some("楚雄彝族自治州"), None)
        );
        // On the province's own portal it stays the province's.
        let (r, _) = resolve(
            &doc("正文", Some("http://jtt.hunan.gov.cn/1.html")),
            &meta("湖南省交通运输厅", Level::Department),
        );
        assert_eq!(
            (r.province.as_deref(), r.prefecture),
            (Some("湖南省"), None)
        );
        // A province's 厅 on a host that also spells a county under it
        // (yn + mz, its department's initials) stays the province's.
        let (r, _) = resolve(
            &doc("正文", Some("https://ynmz.yn.gov.cn/1.html")),
            &meta("云南省民政厅", Level::Department),
        );
        assert_eq!(
            (r.province.as_deref(), r.prefecture, r.county),
            (Some("云南省"), None, None)
        );
    }

    #[test]
    fn township_settled_by_county_in_name() {
        let (r, _) = resolve(
            &doc("高桥镇年度报告", None),
            &meta("新宁县高桥镇", Level::Township),
        );
        assert_eq!(r.county.as_deref(), Some("新宁县"));
        assert_eq!(r.prefecture.as_deref(), Some("邵阳市"));
        assert_eq!(r.township.as_deref(), Some("高桥镇"));
    }

    #[test]
    fn a_township_written_after_a_county_that_holds_none_of_its_namesakes() {
        // 中岗镇 is in the gazetteer only under 阜南县 (安徽); the text
        // writes 仁寿县中岗镇.
        let text = "中岗镇2016年政府信息公开工作年度报告\n请与中岗镇人民政府联系(地址:仁寿县中岗镇富兴街99号)。";
        let (r, _) = resolve(&doc(text, None), &meta("中岗镇", Level::Township));
        assert_eq!(r.province.as_deref(), Some("四川省"));
        assert_eq!(r.county.as_deref(), Some("仁寿县"));
        assert_eq!(r.township.as_deref(), Some("中岗镇"));
        // Where the county holds it, the gazetteer's own township stands.
        let (r, _) = resolve(
            &doc("地址:阜南县中岗镇。", None),
            &meta("中岗镇", Level::Township),
        );
        assert_eq!(r.region_code.as_deref().map(|c| c.len()), Some(9));
    }

    #[test]
    fn a_branch_named_by_its_district() {
        let (r, _) = resolve(
            &doc("正文", None),
            &meta("上海市公安局静安分局", Level::Department),
        );
        assert_eq!(r.county.as_deref(), Some("静安区"));
        // A stem of no county under the city names none.
        let (r, _) = resolve(
            &doc("正文", None),
            &meta("上海市公安局邻水分局", Level::Department),
        );
        assert_eq!(r.county, None);
        // A city regulator's district office (…管理局某某监管局).
        let (r, _) = resolve(
            &doc("正文", None),
            &meta("南京市市场监督管理局江宁监管局", Level::Department),
        );
        assert_eq!(r.county.as_deref(), Some("江宁区"));
        // Not a bureau of its own named so.
        let (r, _) = resolve(
            &doc("正文", None),
            &meta("南京市食品药品监管局", Level::Department),
        );
        assert_eq!(r.county, None);
    }

    #[test]
    fn a_beijing_area_office_is_a_township() {
        let (r, _) = resolve(
            &doc("正文", None),
            &meta("北京市朝阳区三间房地区办事处", Level::Township),
        );
        assert_eq!(r.county.as_deref(), Some("朝阳区"));
        assert_eq!(r.township.as_deref(), Some("三间房地区"));
    }

    #[test]
    fn township_alone_is_not_guessed() {
        let (r, flags) = resolve(&doc("我镇年度报告", None), &meta("高桥镇", Level::Township));
        assert_eq!(r.county, None);
        assert_eq!(r.township.as_deref(), Some("高桥镇"));
        assert!(flags.contains(&"region_ambiguous".to_string()));
    }

    #[test]
    fn township_alone_settled_by_the_page() {
        // The signature names the county; the portal host spells it too.
        let (r, _) = resolve(
            &doc(
                "高桥镇年度报告\n正文\n新宁县高桥镇人民政府\n2021年1月15日",
                None,
            ),
            &meta("高桥镇", Level::Township),
        );
        assert_eq!(r.county.as_deref(), Some("新宁县"));
        let (r, _) = resolve(
            &doc(
                "迎宾路街道年度报告",
                Some("http://www.syyh.gov.cn/zwgk/1.html"),
            ),
            &meta("迎宾路街道", Level::Township),
        );
        assert_eq!(r.county.as_deref(), Some("于洪区"));
        assert_eq!(r.prefecture.as_deref(), Some("沈阳市"));
    }

    #[test]
    fn a_zone_named_after_its_place_in_the_units_name_is_no_clue_against_it() {
        // 滨海新区 is Tianjin's district; written after 奉化 in the unit's
        // own name, it is the zone's name, not a clue to another province.
        let unit = "奉化经济开发区滨海新区管委会";
        let (r, flags) = resolve(
            &doc(
                &format!("{unit}\n\n{unit}\n\n政府信息公开工作2031年度报告\n2031年,{unit}依法做好公开工作。"),
                None,
            ),
            &meta(unit, Level::Department),
        );
        assert!(!flags.contains(&"region_conflict".to_string()), "{flags:?}");
        assert_eq!(r.province.as_deref(), Some("浙江省"));
        assert_eq!(r.prefecture.as_deref(), Some("宁波市"));
    }

    #[test]
    fn only_a_townships_report_names_a_township() {
        let unit = "亳州高新区";
        let (r, _) = resolve(
            &doc(&format!("{unit}2031年政府信息公开工作年度报告\n正文"), None),
            &meta(unit, Level::Department),
        );
        assert_eq!(r.prefecture.as_deref(), Some("亳州市"));
        assert_eq!(r.township, None);
    }

    #[test]
    fn a_namesake_elsewhere_leaves_the_page_place() {
        // 东湖 is 南昌's 东湖区 in the gazetteer; the page is of 武汉市.
        let (r, flags) = resolve(
            &doc(
                "东湖高新区教育局2021年政府信息公开工作年度报告\n来源:武汉市东湖高新区教育局\n正文\n湖北省武汉市东湖高新区教育局\n2022年1月20日",
                None,
            ),
            &meta("东湖高新区教育局", Level::Department),
        );
        assert!(flags.contains(&"region_conflict".to_string()), "{flags:?}");
        assert_eq!(r.province.as_deref(), Some("湖北省"));
        assert_eq!(r.prefecture.as_deref(), Some("武汉市"));
        assert_eq!(r.county, None);
    }

    #[test]
    fn a_township_filed_under_another_name_keeps_its_county() {
        // The gazetteer files 高港区's 沿江街道 under another name; the
        // county the unit names stands, and the township is the unit's own.
        let (r, _) = resolve(
            &doc("年度报告\n正文", None),
            &meta("泰州市高港区人民政府沿江街道办事处", Level::Township),
        );
        assert_eq!(r.prefecture.as_deref(), Some("泰州市"));
        assert_eq!(r.county.as_deref(), Some("高港区"));
        assert_eq!(r.township.as_deref(), Some("沿江街道"));
    }

    #[test]
    fn a_national_body_has_no_region() {
        // The ministry's address names 北京市: no region of its reports.
        let (r, flags) = resolve(
            &doc(
                "水利部2020年政府信息公开工作年度报告\n地址:北京市西城区某街2号",
                None,
            ),
            &meta("水利部", Level::Department),
        );
        assert_eq!(r.province, None);
        assert_eq!(flags, vec!["region_national".to_string()]);
    }

    #[test]
    fn province_portal_abbreviation() {
        let (r, _) = resolve(
            &doc(
                "发展改革委年度报告",
                Some("http://drc.gd.gov.cn/gkmlpt/1.html"),
            ),
            &meta("发展改革委", Level::Department),
        );
        assert_eq!(r.province.as_deref(), Some("广东省"));
        // Only the label before .gov.cn: a department's abbreviation elsewhere is none.
        let (r, _) = resolve(
            &doc("住建局年度报告", Some("http://gd.example.gov.cn/1.html")),
            &meta("住建局", Level::Department),
        );
        assert_eq!(r.province, None);
    }

    #[test]
    fn a_city_department_on_a_county_level_citys_portal_is_that_citys() {
        // 丹阳市 is a county-level city: its departments are 市… too.
        let text = "市卫生健康局2031年政府信息公开工作年度报告\n一、总体情况\n2031年,我局主动公开信息20条。";
        let unit = meta("市卫生健康局", Level::Department);
        let (r, _) = resolve(
            &doc(text, Some("https://www.danyang.gov.cn/art/c.html")),
            &unit,
        );
        assert_eq!(r.county.as_deref(), Some("丹阳市"));
        // On its prefecture's portal it is the prefecture's.
        let (r, _) = resolve(
            &doc(text, Some("https://www.zhenjiang.gov.cn/art/c.html")),
            &unit,
        );
        assert_eq!((r.prefecture.as_deref(), r.county), (Some("镇江市"), None));
    }

    #[test]
    fn a_city_department_sits_at_prefecture_level() {
        assert_eq!(
            deepest_for("市自然资源局", Some(Level::Department), false),
            GLevel::Prefecture
        );
        assert_eq!(
            deepest_for("教育局", Some(Level::Department), false),
            GLevel::County
        );
        // An unnamed reporter (我局) on a county's portal is the county's;
        // on a portal whose name is its prefecture's too, no deeper than that.
        let unnamed = Meta {
            level: Some(Level::Department),
            ..Meta::default()
        };
        let page = "2016年我局落实岳阳市政务公开要求,岳阳市各单位……";
        let (r, _) = resolve(&doc(page, Some("https://yyx.gov.cn/1/c.html")), &unnamed);
        assert_eq!(r.county.as_deref(), Some("岳阳县"));
        let (r, _) = resolve(
            &doc(page, Some("https://www.yueyang.gov.cn/c.html")),
            &unnamed,
        );
        assert_eq!((r.prefecture.as_deref(), r.county), (Some("岳阳市"), None));
        // The portal the head says the report is on counts as the page's own
        // address; without it the page names no place.
        let on =
            format!("本报告的电子文本在本县门户网站(https://yyx.gov.cn)的公开专栏中发布。\n{page}");
        let (r, _) = resolve(&doc(&on, Some("http://10.1.2.3/a.html")), &unnamed);
        assert_eq!(r.county.as_deref(), Some("岳阳县"));
        let (r, _) = resolve(&doc(page, Some("http://10.1.2.3/a.html")), &unnamed);
        assert_eq!((r.prefecture.as_deref(), r.county), (Some("岳阳市"), None));
        // So does a county's portal the body says the unit publishes on.
        let body = "一、概述\n我局高度重视公开工作。\n二、主动公开\n全年我局通过岳阳县人民政府门户网站公开各类信息,更新及时。";
        let (r, _) = resolve(&doc(body, Some("http://10.1.2.3/a.html")), &unnamed);
        assert_eq!(r.county.as_deref(), Some("岳阳县"));
        let body =
            "一、概述\n我局高度重视公开工作。\n二、主动公开\n全年我局学习岳阳县的做法,更新及时。";
        let (r, _) = resolve(&doc(body, Some("http://10.1.2.3/a.html")), &unnamed);
        assert_eq!(r.county, None);
        // A page naming a district: a 市 department is not placed in it.
        let (r, _) = resolve(
            &doc(
                "市自然资源局年度报告\n皇姑分局先行,皇姑区规划信息在栏目更新。",
                None,
            ),
            &meta("市自然资源局", Level::Department),
        );
        assert_eq!(r.county, None);
    }

    #[test]
    fn department_without_a_place_takes_the_page_place() {
        let (r, _) = resolve(
            &doc(
                "文教局年度报告",
                Some("http://zwgk.changchun.gov.cn/a.html"),
            ),
            &meta("文教局", Level::Department),
        );
        assert_eq!(r.prefecture.as_deref(), Some("长春市"));
        assert_eq!(r.province.as_deref(), Some("吉林省"));
        // Two provinces named as often: nothing.
        let (r, flags) = resolve(
            &doc("林业局年度报告\n湖南省 吉林省", None),
            &meta("林业局", Level::Department),
        );
        assert_eq!(r, Region::default(), "{flags:?}");
        assert!(flags.contains(&"region_unresolved".to_string()));
    }

    #[test]
    fn a_passing_mention_is_no_page_place() {
        // An excerpt cut off mid-sentence: its last lines are no signature.
        let cut =
            "一、概述\n本市认真贯彻《条例》。\n向社会公开对口支援都江堰市灾后恢复重建项目以及资";
        let (r, _) = resolve(&doc(cut, None), &Meta::default());
        assert_eq!(r, Region::default());
        // A dated signature is one.
        let signed = "一、概述\n本局认真贯彻《条例》。\n利川市教育局\n2022年1月10日";
        let (r, _) = resolve(&doc(signed, None), &meta("教育局", Level::Department));
        assert_eq!(r.county.as_deref(), Some("利川市"));
    }

    #[test]
    fn municipality_district_has_no_prefecture() {
        let (r, _) = resolve(&doc("江北区", None), &meta("重庆市江北区", Level::County));
        assert_eq!(r.province.as_deref(), Some("重庆市"));
        assert_eq!(r.prefecture, None);
        assert_eq!(r.county.as_deref(), Some("江北区"));
    }

    #[test]
    fn two_character_names_inside_words_are_no_clue() {
        assert!(word_part(
            "条例和县委县政府",
            "条例".len(),
            "条例和县".len()
        ));
        assert!(!word_part("眉县人民政府", 0, "眉县".len()));
        // A stock phrase that opens with a place's name is no clue either:
        // a province's own report stays that province's.
        assert!(word_part("维护长治久安", "维护".len(), "维护长治".len()));
        let t = "某自治区2031年政府信息公开年度报告\n全区围绕社会稳定和长治久安,推进公开。各部门着眼长治久安,做好工作。";
        let (r, flags) = resolve(&doc(t, None), &meta("新疆维吾尔自治区", Level::Province));
        assert_eq!(r.province.as_deref(), Some("新疆维吾尔自治区"), "{flags:?}");
        let (r, flags) = resolve(
            &doc("利川市教育局年度报告\n贯彻《条例》和县委县政府要求。", None),
            &meta("利川市教育局", Level::Department),
        );
        assert_eq!(r.county.as_deref(), Some("利川市"), "{flags:?}");
    }

    #[test]
    fn township_missing_from_the_gazetteer_under_a_known_county() {
        let (r, _) = resolve(&doc("正文", None), &meta("新宁县旧名镇", Level::Township));
        assert_eq!(r.county.as_deref(), Some("新宁县"));
        assert_eq!(r.township.as_deref(), Some("旧名镇"));
    }

    #[test]
    fn the_place_a_credit_code_was_issued_in() {
        // A district's office, the district named only by its credit code in
        // the index number: that district (410402, 新华区 of 平顶山市, one of
        // three of the name).
        let head = "索引号 | 11410402MB1234567X/2031-00005 | 主题分类 | 年度报告\n本报告结合我办工作编写。\n";
        let (r, _) = resolve(&doc(head, None), &meta("新华区", Level::County));
        assert_eq!(r.prefecture.as_deref(), Some("平顶山市"));
        assert_eq!(r.county.as_deref(), Some("新华区"));
        // A bureau whose page names no place: its prefecture's (3703).
        let head = "索引号:11370300MB0000000A/2031-00001\n本局依法公开信息。\n";
        let (r, _) = resolve(&doc(head, None), &meta("交通运输局", Level::Department));
        assert_eq!(r.prefecture.as_deref(), Some("淄博市"));
        assert_eq!(r.county, None);
        // (The field's value a cell a line, on the line after its label.)
        let head = "索引号\n11370300MB0000000A/2031-00001\n发布机构\n交通运输局\n";
        let (r, _) = resolve(&doc(head, None), &meta("交通运输局", Level::Department));
        assert_eq!(r.prefecture.as_deref(), Some("淄博市"));
        // No credit code (an organisation code alone), or one whose place
        // the gazetteer does not hold: no place.
        for head in [
            "索引号:004217709/2031-00001\n本局依法公开信息。\n",
            "索引号:11379999MB0000000A/2031-00001\n本局依法公开信息。\n",
            "索引号:11370301MB0000000A/2031-00001\n本局依法公开信息。\n",
        ] {
            let (r, _) = resolve(&doc(head, None), &meta("交通运输局", Level::Department));
            assert_eq!((r.province, r.prefecture), (None, None), "{head}");
        }
    }

    #[test]
    fn unknown_township_keeps_its_name() {
        assert_eq!(
            township_of_unit("红星区东风路街道办事处").as_deref(),
            Some("东风路街道")
        );
        assert_eq!(township_of_unit("教育局"), None);
    }
}
