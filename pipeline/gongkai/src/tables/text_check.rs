//! The text against the table: the count of applications received that
//! the prose states (一、总体情况 and the paragraphs before the tables)
//! must equal the table's 一 (new) or 一 + 二 (new + carried over), the two
//! ways reports count "received". A failure is listed, never corrected.

use crate::doc::Doc;
use crate::record::Headline;
use regex::Regex;

/// `收到/受理 … 申请 N 件` within one sentence; line breaks (pdftotext) and
/// spaces allowed inside it.
fn pattern() -> &'static Regex {
    regex!(
        r"(?:收到|受理|接到|接收)[^。;；！]{0,40}?申请\s*(?:共计|共|为)?\s*([0-9][0-9,]*)\s*(?:件|宗|个)"
    )
}

/// Where the prose before the tables ends: the section 三 heading or its
/// first row label, whichever comes first.
fn prose_end(t: &str) -> usize {
    [
        "收到和处理政府信息公开申请情况",
        "本年新收政府信息公开申请数量",
    ]
    .iter()
    .filter_map(|m| crate::text::find(t, m))
    .min()
    .unwrap_or(t.len())
}

/// `text_vs_table:apps_received:expected=<prose>:found=<一>+<二>` when the
/// prose count matches neither 一 nor 一 + 二.
pub fn check(doc: &Doc, table: &Headline) -> Option<String> {
    let new = table.apps_new?.value;
    let carried = table.apps_carried_over.map_or(0, |l| l.value);
    let t = &doc.norm.text;
    let caps = pattern().captures(&t[..prose_end(t)])?;
    let said: i64 = caps.get(1)?.as_str().replace(',', "").parse().ok()?;
    if said == new || said == new + carried {
        return None;
    }
    Some(format!(
        "text_vs_table:apps_received:expected={said}:found={new}+{carried}"
    ))
}

#[cfg(test)]
mod tests {
    use crate::doc::Doc;

    fn run(prose: &str) -> Vec<String> {
        let text = format!(
            "一、总体情况\n{prose}\n自然人 法人或其他组织 总计\n\
             一、本年新收政府信息公开申请数量 74 0 0 0 0 0 74\n\
             二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n"
        );
        super::super::extract_tables(&Doc::new("t", text, None)).arith_failures
    }

    #[test]
    fn prose_count_matches_new_or_new_plus_carried() {
        assert!(run("全区收到政府信息公开申请74件。").is_empty());
        assert!(run("全区收到政府信息公开申请75件，涉及自然人72件。").is_empty());
        // A line break from pdftotext inside the sentence.
        assert_eq!(
            run("区政府办代表区政府受理政府\n信息公开申请 17 件，均已答复。"),
            vec!["text_vs_table:apps_received:expected=17:found=74+1".to_string()]
        );
        assert!(run("依申请公开工作规范有序。").is_empty());
    }
}
