//! What a page address says: the portal host's labels (a government portal
//! spells its place: xjnlk.gov.cn, zwgk.changchun.gov.cn) and the path,
//! percent-decoded (wiki-style mirrors put the title there).

/// Host labels of a government portal address that may spell a place
/// (www.xjnlk.gov.cn → ["xjnlk"]); only .gov.cn hosts are trusted, mirrors
/// and hijacked domains spell nothing.
pub fn host_labels(url: &str) -> Vec<String> {
    let host = host(url);
    let Some(rest) = host.strip_suffix(".gov.cn") else {
        return Vec::new();
    };
    rest.split('.')
        .filter(|l| !matches!(*l, "www" | "xxgk" | "zwgk" | "m" | "wap" | "gk"))
        .filter(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_lowercase()))
        .map(str::to_string)
        .collect()
}

/// The host labels of the government portals whose addresses `text`
/// writes (…网站(www.shbsq.gov.cn)…), as [`host_labels`] reads them.
/// (ASCII word boundaries: a Unicode one stops the lazy DFA at the first
/// Chinese character, and the slower engines took ~8% of a run.)
pub fn hosts_in(text: &str) -> Vec<String> {
    // (Most pages write no address: one substring scan for gov.cn, in any
    // case, before the pattern, which has no literal to start from.)
    static GOV: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let gov = GOV.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["gov.cn"])
            .expect("one literal")
    });
    if !gov.is_match(text) {
        return Vec::new();
    }
    regex!(r"(?i)(?-u:\b)(?:[a-z0-9-]+\.)+gov\.cn(?-u:\b)")
        .find_iter(text)
        .flat_map(|m| host_labels(&format!("http://{}", m.as_str())))
        .collect()
}

fn host(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    rest.split(['/', ':', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The path and query of an address, percent-decoded as UTF-8, when that
/// decodes to text holding CJK characters (…/wiki/2009上海市政府信息公開…).
pub fn decoded_path(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let path = &rest[rest.find('/')?..];
    if !path.contains('%') {
        return None;
    }
    let b = path.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    let s = String::from_utf8(out).ok()?;
    s.chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        .then_some(s)
}

/// The report's year a portal's folder of yearly reports names: a path
/// segment `2020nb`, `nb_2021`, `2019ndbg` (年报, 年度报告).
pub fn report_year(url: &str) -> Option<i32> {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let path = rest.split(['?', '#']).next()?;
    path.split('/').skip(1).find_map(|seg| {
        let c = regex!(
            r"^(?:((?:19|20)\d{2})(?:nb|ndbg|nianbao)|(?:nb|ndbg|nianbao)_?((?:19|20)\d{2}))$"
        )
        .captures(seg)?;
        c.get(1).or(c.get(2))?.as_str().parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_government_hosts_spell_places() {
        assert_eq!(host_labels("http://www.xjnlk.gov.cn/a.html"), ["xjnlk"]);
        assert_eq!(
            host_labels("http://zwgk.changchun.gov.cn/jk/x.html"),
            ["changchun"]
        );
        assert!(host_labels("http://mirror.example.com/a").is_empty());
    }

    #[test]
    fn portals_written_in_text() {
        assert_eq!(
            hosts_in(
                "可在县门户网站(http://www.xjnlk.gov.cn/xxgk)查看,或登录Zwgk.Changchun.gov.cn。"
            ),
            ["xjnlk", "changchun"]
        );
        assert!(hosts_in("见www.example.com.cn或gov.cn.example.org").is_empty());
        // Written against Chinese text, no space or bracket between.
        assert_eq!(hosts_in("登录门户网站www.yyx.gov.cn查看"), ["yyx"]);
    }

    #[test]
    fn a_folder_of_yearly_reports_names_the_year() {
        assert_eq!(
            report_year("http://a.gov.cn/gknb/2017nb/t1.html"),
            Some(2017)
        );
        assert_eq!(
            report_year("http://a.gov.cn/x/nb_2016/t1.shtml"),
            Some(2016)
        );
        assert_eq!(report_year("http://a.gov.cn/x/2015ndbg/"), Some(2015));
        // A date stamp, a report's number or the host are no folder's year.
        assert_eq!(
            report_year("http://a.gov.cn/x/201703/t20170328_1.html"),
            None
        );
        assert_eq!(report_year("http://a.gov.cn/zfxxgknb_2017x/1.html"), None);
        assert_eq!(report_year("http://2017nb.example/1.html"), None);
    }

    #[test]
    fn paths_decode_to_titles() {
        assert_eq!(
            decoded_path("https://w.example/wiki/2009%E4%B8%8A%E6%B5%B7").as_deref(),
            Some("/wiki/2009上海")
        );
        assert_eq!(decoded_path("http://a.gov.cn/x/1.html"), None);
        // Broken escapes stay as they are; invalid UTF-8 gives nothing.
        assert_eq!(decoded_path("http://a/%E4%B8"), None);
        assert_eq!(decoded_path("http://a/%zz%"), None);
    }
}
