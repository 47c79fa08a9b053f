//! HTML pages → article text, with tables rendered as `| a | b |` rows.
//!
//! A real HTML parser (html5ever via `scraper`) reads the page, so broken
//! markup is repaired the way browsers repair it. Script, style and other
//! non-text elements are dropped; block elements become line breaks; each
//! `<tr>` becomes one line `| c1 | c2 | … |` with rowspan/colspan cells
//! repeated, so HTML tables reach the same table parser as text tables.
//! Page metadata (`<title>`, `<meta name="PubDate">`, `SiteName` …) is kept
//! as labelled header lines at the top of the text.

use scraper::{ElementRef, Html, Node};

/// What the page gives besides its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlPage {
    /// Rendered text: metadata header lines, then the body.
    pub text: String,
    pub title: Option<String>,
}

/// `<meta name=…>` fields worth keeping, with the label they get in the text.
const META_FIELDS: &[(&str, &str)] = &[
    ("articletitle", "标题"),
    ("pubdate", "发布时间"),
    ("publishdate", "发布时间"),
    ("contentsource", "来源"),
    ("sitename", "网站名称"),
];

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "object", "head", "select",
    "button", "input", "textarea", "canvas",
];

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "dd",
    "dt",
    "dl",
    "pre",
    "blockquote",
    "form",
    "hr",
    "main",
    "aside",
    "center",
    "caption",
    "tbody",
    "thead",
    "tfoot",
];

/// Deeper nesting than this is rendered as plain text (hostile pages).
const MAX_DEPTH: usize = 200;

/// Open elements kept when parsing. The HTML tree builder scans its stack of
/// open elements for many start tags, so 100 000 nested `<div>`s cost
/// 10^10 steps; tags nested deeper than this are dropped (their text stays).
const MAX_PARSE_DEPTH: usize = 512;

/// Elements that never hold children (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements a later sibling start tag closes (`<p>a<p>b`), so they do not
/// nest when left open.
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "colgroup",
];

/// Elements whose content is raw text: no tags inside.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Looks like HTML markup (for files whose extension does not say).
pub fn looks_like_html(text: &str) -> bool {
    // Every mark below starts with `<`: without one in the first 2048
    // characters (8 KiB at most) there is nothing to find.
    let bound = text.len().min(2048 * 4);
    let bound = (0..=bound)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    if memchr::memchr(b'<', &text.as_bytes()[..bound]).is_none() {
        return false;
    }
    let head: String = text
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<body")
        || (head.contains("<p") && head.contains("</p>"))
        || head.contains("<div")
}

pub fn render(html: &str) -> HtmlPage {
    // Ordinary pages: a small parser that builds the same tree.
    render_fast(html).unwrap_or_else(|| render_html5ever(html))
}

/// The fast path alone: None for pages outside its subset (for tests and
/// differential checks against [`render_html5ever`]).
#[doc(hidden)]
pub fn render_fast(html: &str) -> Option<HtmlPage> {
    // html5ever reads every `\r\n` and lone `\r` as `\n` first.
    let lf = normalize_newlines(html);
    let dom = crate::html_fast::parse(&lf)?;
    // Pages whose tags html5ever's path would cut (see `limit_nesting`).
    if let std::borrow::Cow::Owned(_) = limit_nesting(html, MAX_PARSE_DEPTH) {
        return None;
    }
    Some(render_dom(&dom, html.len()))
}

/// `html` with each `\r\n` and lone `\r` as `\n`, as the HTML input
/// stream reads it (`a\r\nb` → `a\nb`).
fn normalize_newlines(html: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'\r', html.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(html);
    }
    std::borrow::Cow::Owned(html.replace("\r\n", "\n").replace('\r', "\n"))
}

/// [`render`] through html5ever, for every page.
#[doc(hidden)]
pub fn render_html5ever(html: &str) -> HtmlPage {
    let html = limit_nesting(html, MAX_PARSE_DEPTH);
    let doc = Html::parse_document(&html);
    let mut out = String::with_capacity(html.len() / 3);
    let mut title = None;

    let root = doc.root_element();
    for el in root.descendants().filter_map(ElementRef::wrap) {
        let name = el.value().name();
        if name == "title" && title.is_none() {
            let t = collapse(&el.text().collect::<String>());
            if !t.is_empty() {
                title = Some(t);
            }
        } else if name == "meta" {
            push_meta(
                &mut out,
                el.value().attr("name"),
                el.value().attr("content"),
            );
        }
    }
    push_title(&mut out, title.as_deref());
    render_children(root, &mut out, 0);
    HtmlPage {
        text: tidy_lines(&out),
        title,
    }
}

/// A `<meta name content>` the text keeps (publish date, site name…), as a
/// `label：value` line.
fn push_meta(out: &mut String, name: Option<&str>, content: Option<&str>) {
    let key = name.unwrap_or("").to_ascii_lowercase();
    let Some((_, label)) = META_FIELDS.iter().find(|(k, _)| *k == key) else {
        return;
    };
    let v = collapse(content.unwrap_or(""));
    if !v.is_empty() {
        out.push_str(label);
        out.push('：');
        out.push_str(&v);
        out.push('\n');
    }
}

/// The page's `<title>` as a `页面标题：` line.
fn push_title(out: &mut String, title: Option<&str>) {
    if let Some(t) = title {
        out.push_str("页面标题：");
        out.push_str(t);
        out.push('\n');
    }
}

pub(crate) fn is_skipped(name: &str) -> bool {
    SKIP.contains(&name)
}

pub(crate) fn is_block(name: &str) -> bool {
    BLOCK.contains(&name) || name == "tr" || name == "td" || name == "th"
}

/// (skipped, block) of element `el` of the fast path's tree, from a table
/// over the tags it knows, built once.
fn dom_flags(dom: &crate::html_fast::Dom, el: usize) -> (bool, bool) {
    static FLAGS: std::sync::OnceLock<Vec<(bool, bool)>> = std::sync::OnceLock::new();
    let flags = FLAGS.get_or_init(|| {
        crate::html_fast::ELEMENTS
            .iter()
            .map(|(n, _, _)| (is_skipped(n), is_block(n)))
            .collect()
    });
    dom.tag(el).map_or((false, false), |t| flags[t])
}

/// [`render`] over the tree of the fast path (same steps, same text).
pub(crate) fn render_dom(dom: &crate::html_fast::Dom, len: usize) -> HtmlPage {
    let mut out = String::with_capacity(len / 3);
    let mut title = None;
    // Pre-order walk from the root element (node 0).
    let mut stack = vec![0usize];
    while let Some(i) = stack.pop() {
        if let Some(name) = dom.name(i) {
            let at = stack.len();
            stack.extend(dom.children(i));
            stack[at..].reverse();
            if name == "title" && title.is_none() {
                let t = collapse(&dom_text(dom, i));
                if !t.is_empty() {
                    title = Some(t);
                }
            } else if name == "meta" {
                push_meta(&mut out, dom.attr(i, "name"), dom.attr(i, "content"));
            }
        }
    }
    push_title(&mut out, title.as_deref());
    dom_render_children(dom, 0, &mut out, 0);
    HtmlPage {
        text: tidy_lines(&out),
        title,
    }
}

/// All text under node `i`, in document order.
fn dom_text(dom: &crate::html_fast::Dom, i: usize) -> String {
    use crate::html_fast::Kind;
    fn walk(dom: &crate::html_fast::Dom, n: usize, s: &mut String) {
        match &dom.nodes[n].kind {
            Kind::Text(t) => s.push_str(t),
            Kind::Element { .. } => {
                for c in dom.children(n) {
                    walk(dom, c, s);
                }
            }
        }
    }
    let mut s = String::new();
    walk(dom, i, &mut s);
    s
}

fn dom_render_children(dom: &crate::html_fast::Dom, el: usize, out: &mut String, depth: usize) {
    use crate::html_fast::Kind;
    for c in dom.children(el) {
        match &dom.nodes[c].kind {
            Kind::Text(t) => out.push_str(t),
            Kind::Element { .. } => dom_render_element(dom, c, out, depth + 1),
        }
    }
}

fn dom_render_element(dom: &crate::html_fast::Dom, el: usize, out: &mut String, depth: usize) {
    let name = dom.name(el).unwrap_or("");
    let (skip, block) = dom_flags(dom, el);
    if skip {
        return;
    }
    if depth > MAX_DEPTH {
        out.push_str(&dom_text(dom, el));
        return;
    }
    if name == "table" && !dom_is_layout_table(dom, el) {
        out.push('\n');
        dom_render_table(dom, el, out, depth);
        out.push('\n');
        return;
    }
    if block {
        out.push('\n');
    }
    dom_render_children(dom, el, out, depth);
    if block {
        out.push('\n');
    }
}

fn dom_render_table(dom: &crate::html_fast::Dom, table: usize, out: &mut String, depth: usize) {
    // Rows of this table only (not of tables nested in its cells): a
    // pre-order walk that does not enter nested tables.
    fn walk(dom: &crate::html_fast::Dom, n: usize, rows: &mut Vec<usize>) {
        for c in dom.children(n) {
            match dom.name(c) {
                Some("table") | None => {}
                Some(name) => {
                    if name == "tr" {
                        rows.push(c);
                    }
                    walk(dom, c, rows);
                }
            }
        }
    }
    let mut rows = Vec::new();
    walk(dom, table, &mut rows);
    let mut carry: Vec<Option<Pending>> = Vec::new();
    for tr in rows {
        let cells = dom
            .children(tr)
            .filter(|&c| matches!(dom.name(c), Some("td" | "th")))
            .map(|cell| {
                let mut text = String::new();
                dom_render_children(dom, cell, &mut text, depth + 2);
                (text, dom.attr(cell, "rowspan"), dom.attr(cell, "colspan"))
            });
        push_table_row(out, &mut carry, cells);
    }
}

fn render_children(el: ElementRef, out: &mut String, depth: usize) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                if let Some(ce) = ElementRef::wrap(child) {
                    render_element(ce, out, depth + 1);
                }
            }
            _ => {}
        }
    }
}

fn render_element(el: ElementRef, out: &mut String, depth: usize) {
    let name = el.value().name();
    if SKIP.contains(&name) {
        return;
    }
    if depth > MAX_DEPTH {
        out.push_str(&el.text().collect::<String>());
        return;
    }
    if name == "table" && !is_layout_table(el) {
        out.push('\n');
        render_table(el, out, depth);
        out.push('\n');
        return;
    }
    let block = is_block(name);
    if block {
        out.push('\n');
    }
    render_children(el, out, depth);
    if block {
        out.push('\n');
    }
}

/// `html` with start tags nested deeper than `max_depth` removed, with
/// their end tags (text is kept). A light tag scanner, not a parser: it
/// skips comments and raw-text elements, does not count void elements or
/// elements a sibling closes, and matches end tags to open ones by name.
fn limit_nesting(html: &str, max_depth: usize) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    // Cannot nest deeper than the number of tags.
    if b.iter().filter(|&&c| c == b'<').count() <= max_depth {
        return std::borrow::Cow::Borrowed(html);
    }
    let find = |from: usize, pat: &[u8]| {
        b.get(from..)
            .and_then(|rest| {
                rest.windows(pat.len())
                    .position(|w| w.eq_ignore_ascii_case(pat))
            })
            .map(|p| from + p)
    };
    let mut out = String::with_capacity(html.len());
    let mut open: Vec<String> = Vec::new();
    let mut dropped: std::collections::HashMap<String, usize> = Default::default();
    let (mut i, mut copied) = (0usize, 0usize);
    while let Some(lt) = find(i, b"<") {
        if b[lt..].starts_with(b"<!--") {
            i = find(lt + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let closing = b.get(lt + 1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            // `<!DOCTYPE`, `<?xml`, a lone `<` in text.
            i = lt + 1;
            continue;
        }
        let Some(gt) = find(name_start + name_len, b">") else {
            break;
        };
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let mut next = gt + 1;
        let counted = !VOID.contains(&name.as_str())
            && !SELF_CLOSING_SIBLINGS.contains(&name.as_str())
            && b[gt - 1] != b'/';
        let mut drop_tag = false;
        if closing {
            if let Some(n) = dropped.get_mut(&name).filter(|n| **n > 0) {
                *n -= 1;
                drop_tag = true;
            } else if let Some(pos) = open.iter().rposition(|o| *o == name) {
                open.truncate(pos);
            }
        } else if RAW_TEXT.contains(&name.as_str()) {
            // Its content is text up to the matching end tag.
            let end_tag = format!("</{name}");
            next = find(next, end_tag.as_bytes()).unwrap_or(b.len());
        } else if counted {
            if open.len() >= max_depth {
                *dropped.entry(name).or_default() += 1;
                drop_tag = true;
            } else {
                open.push(name);
            }
        }
        if drop_tag {
            out.push_str(&html[copied..lt]);
            copied = gt + 1;
        }
        i = next;
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

/// One grid cell while expanding row/col spans.
struct Pending {
    text: String,
    rows_left: usize,
}

fn render_table(table: ElementRef, out: &mut String, depth: usize) {
    // Rows of this table only (not of tables nested in its cells).
    let rows: Vec<ElementRef> = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr" && nearest_table(*e) == Some(table.id()))
        .collect();
    // Column index → cell still spanning down from an earlier row.
    let mut carry: Vec<Option<Pending>> = Vec::new();
    for tr in rows {
        let cells = tr
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .map(|cell| {
                let mut text = String::new();
                render_children(cell, &mut text, depth + 2);
                (
                    text,
                    cell.value().attr("rowspan"),
                    cell.value().attr("colspan"),
                )
            });
        push_table_row(out, &mut carry, cells);
    }
}

/// One table row as a `| a | b |` line from its cells (rendered text,
/// rowspan and colspan attributes), with the cells of rows above that span
/// down into it (`carry`), for both HTML trees.
fn push_table_row<'a>(
    out: &mut String,
    carry: &mut Vec<Option<Pending>>,
    cells: impl Iterator<Item = (String, Option<&'a str>, Option<&'a str>)>,
) {
    let mut line: Vec<String> = Vec::new();
    let mut col = 0usize;
    for (text, rowspan, colspan) in cells {
        take_carried(&mut line, &mut col, carry);
        let text = collapse(&text).replace('|', "｜");
        let span = |v: Option<&str>| {
            v.and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 64)
        };
        place_cell(
            &mut line,
            &mut col,
            carry,
            text,
            span(rowspan),
            span(colspan),
        );
    }
    take_carried(&mut line, &mut col, carry);
    push_row(out, &line);
}

/// Put a cell spanning `cs` columns and `rs` rows at `col` of `line`; the
/// rows below get it through `carry`.
fn place_cell(
    line: &mut Vec<String>,
    col: &mut usize,
    carry: &mut Vec<Option<Pending>>,
    text: String,
    rs: usize,
    cs: usize,
) {
    for _ in 0..cs {
        if rs > 1 {
            if carry.len() <= *col {
                carry.resize_with(*col + 1, || None);
            }
            carry[*col] = Some(Pending {
                text: text.clone(),
                rows_left: rs - 1,
            });
        }
        line.push(text.clone());
        *col += 1;
    }
}

/// A table row as a `| a | b |` line. A row of several empty cells is a
/// data row whose cells are all blank (section 四 of a unit with no
/// cases); keep it. A lone empty cell is a spacer.
fn push_row(out: &mut String, line: &[String]) {
    if line.iter().any(|c| !c.is_empty()) || line.len() > 1 {
        out.push('|');
        for c in line {
            out.push(' ');
            out.push_str(c);
            out.push_str(" |");
        }
        out.push('\n');
    }
}

/// Copy into `line` the cells spanning down into this row at `col`.
fn take_carried(line: &mut Vec<String>, col: &mut usize, carry: &mut [Option<Pending>]) {
    while let Some(Some(p)) = carry.get_mut(*col) {
        line.push(p.text.clone());
        p.rows_left -= 1;
        if p.rows_left == 0 {
            carry[*col] = None;
        }
        *col += 1;
    }
}

/// Longer than any label or number of a form's cell: a cell holding this
/// much text holds an article.
const LAYOUT_CELL_CHARS: usize = 150;

/// A page's frame, not data: a table with another table in its cells (the
/// article's tables in the frame's main cell) or a cell holding an article
/// (a menu beside the text). Its cells are rendered as blocks, not as one
/// `| … |` line each, so the article keeps its lines.
fn is_layout_table(table: ElementRef) -> bool {
    table
        .descendants()
        .filter_map(ElementRef::wrap)
        .skip(1)
        .any(|e| match e.value().name() {
            "table" => true,
            "td" | "th" => nearest_table(e) == Some(table.id()) && long_cell(e.text()),
            _ => false,
        })
}

/// [`is_layout_table`] over the fast path's tree.
fn dom_is_layout_table(dom: &crate::html_fast::Dom, table: usize) -> bool {
    dom.children(table).any(|c| match dom.name(c) {
        Some("table") => true,
        Some("td" | "th") => {
            long_cell(std::iter::once(dom_text(dom, c).as_str())) || dom_is_layout_table(dom, c)
        }
        Some(_) => dom_is_layout_table(dom, c),
        None => false,
    })
}

fn long_cell<'a>(text: impl Iterator<Item = &'a str>) -> bool {
    text.flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .nth(LAYOUT_CELL_CHARS)
        .is_some()
}

fn nearest_table(el: ElementRef) -> Option<ego_tree::NodeId> {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "table")
        .map(|a| a.id())
}

/// Collapse runs of whitespace (including ideographic space) to one space.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    collapse_into(&mut out, s);
    out
}

/// [`collapse`] appended to `out` (whose text before is left alone).
fn collapse_into(out: &mut String, s: &str) {
    let start = out.len();
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && out.len() > start {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
}

/// Trim each line, drop empty lines.
fn tidy_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let before = out.len();
        collapse_into(&mut out, line);
        if out.len() > before {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_renders_as_html5ever_or_steps_aside() {
        let page = "<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"PubDate\" content=\" 2020-01-31 \">\n\
            <title>某镇 年报</title>\n<script>var a = 1 < 2;</script>\n</head>\n<body>\n\
            <div class=\"c\"><p>一、总体情况&nbsp;&gt;<br/>共 3 件</p><!-- x -->\n\
            <table border=1><tbody><tr><td rowspan=\"2\">甲|乙</td><td><span>1</span></td></tr>\n\
            <tr><td colspan=2>2</td></tr></tbody></table>\n<ul><li><a href=\"?a=1&b=2\">链接</a></li></ul></div>\n\
            </body>\n</html>\n";
        let fast = render_fast(page).expect("a plain page takes the fast path");
        assert_eq!(fast, render_html5ever(page));
        assert_eq!(fast.title.as_deref(), Some("某镇 年报"));
        // Outside the subset: misnesting, formatting elements reopened,
        // foster parenting, unmodelled elements and references, a second
        // form, other doctypes.
        for odd in [
            "<html><head></head><body><b><i>x</b></i></body></html>",
            "<p><b>x<p>y",
            "<a>x<a>y</a></a>",
            "<html><head></head><body><table><tbody>x<tr><td>1</td></tr></tbody></table></body></html>",
            "<table><tr><td>1</td></tr><p>x</p></table>",
            "<html><head></head><body><marquee>x</marquee></body></html>",
            "<p><svg><p>x</p></svg>",
            "<p>&notit;</p>",
            "<form><form>x</form>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p>x",
            "<p>a\0b</p>",
        ] {
            assert!(render_fast(odd).is_none(), "{odd}");
        }
    }

    #[test]
    fn fast_path_takes_the_constructs_of_portal_pages() {
        // Constructs of real portal pages, each with the tree html5ever
        // builds for it.
        for page in [
        // Implied html, head and body; text and blanks before, between, after.
        "<p>a</p>",
        "  \n<html> <head> <title>t</title> </head> \n <body>x</body> </html> \n y",
        "<html><body>a</body>b</html>c",
        "",
        // Comments, the doctype, bogus comments.
        "<!-- c --><!DOCTYPE html><!-- d -->\n<p>x</p><!-- g -->",
        "<?xml version='1.0'?><p>a<!x>b</ >c</p>",
        // Implied end tags: a block closes a `<p>`, `</p>` alone is an empty paragraph.
        "<!DOCTYPE html><body><p>a<div>b</div></p>c",
        "<p>a<p>b<ul><li>c</ul>",
        "<div></p>x</div>",
        "<span><p>a</span>b</p>",
        // Items close their open siblings, not across a nested list.
        "<ul><li>a<li>b<ul><li>c</ul><li>d</ul>",
        "<dl><dt>a<dd>b<dt>c</dl>",
        "<h1>a<h2>b</h2><h3>c</h4>d",
        // Tables: implied tbody and tr, cells and rows closing siblings.
        "<table><tr><td>a<td>b<tr><td>c</table>",
        "<table><thead><tr><th rowspan=2>a<th>b<tbody><tr><td>c</table>",
        "<table><td>a</td></table>",
        "<table><tr><td><b>x</td><td><span>y</td></tr></table>",
        // A table inside an open `<p>` without a doctype (quirks mode), and with one.
        "<p>x<table><tr><td>1</td></tr></table>y</p>",
        "<!DOCTYPE html><p>x<table><tr><td>1</table>y",
        // Unknown elements are ordinary inline ones; `/>` is ignored on them.
        "<p><o:p>x</o:p><ucapcontent>y</ucapcontent><div/>z<o:p/>w</p>",
        "<div><x-a><span>t</x-a>u</div>",
        // Voids, raw text elements, head elements in the body.
        "<p>a<br>b<hr>c<input type=text>d<img src=x></p>",
        "<p>a<iframe src=x><p>not</p></iframe>b<noscript><p>n</p></noscript></p>",
        "<html><head></head><body><title>t2</title><meta name=sitename content=s><p>x</p></body></html>",
        "<head></head><meta name=PubDate content=2020><title>t</title><body>x",
        // Forms.
        "<div><form action=x><input name=q></form></div><form><p>a</form>b",
        // Character references and a `<` that starts no tag.
        "<p>&copy; &mdash; &#20013; &#x4E2D; a & b &，</p>",
        "<p>a < b <3 </p>",
        // Odd attribute quoting.
        "<table><tr><td rowspan='2'colspan=\"2\">a<td rowspan=2 / >b</table>",
        "<html><head><meta name=PubDate content = '2020-01-31'x=\"1\"/ ></head><body>x</body></html>",
        // Carriage returns; elements left open at the end.
        "<p>a\r\nb</p>\r<div><span>x",
        ] {
            let fast = render_fast(page).unwrap_or_else(|| panic!("fast path for {page:?}"));
            assert_eq!(fast, render_html5ever(page), "{page:?}");
        }
        // Every named reference the fast path reads means what it means to
        // html5ever.
        for (name, _) in crate::html_fast::NAMED_REFS {
            let page = format!("<p>&{name};</p>");
            assert_eq!(render_fast(&page), Some(render_html5ever(&page)), "{page}");
        }
        // A script's text counts towards a long (layout) cell, as html5ever
        // keeps it in the tree.
        let script = "<table><tr><td><script>".to_string()
            + &"var a = 1;".repeat(30)
            + "</script>a</td><td>b</td></tr></table>";
        assert_eq!(render_fast(&script), Some(render_html5ever(&script)));
    }

    /// Markup pieces the fast path reads, and some it does not: random
    /// sequences nest, close out of order, leave elements open.
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<span>",
        "</span>",
        "<b>",
        "</b>",
        "<strong>",
        "</strong>",
        "<font>",
        "</font>",
        "<a href=x>",
        "</a>",
        "<table>",
        "</table>",
        "<tbody>",
        "</tbody>",
        "<thead>",
        "<tr>",
        "</tr>",
        "<td>",
        "<td rowspan=2>",
        "<td colspan='2'>",
        "</td>",
        "<th>",
        "</th>",
        "<ul>",
        "</ul>",
        "<ol>",
        "<li>",
        "</li>",
        "<dl>",
        "<dt>",
        "<dd>",
        "</dl>",
        "<h1>",
        "</h1>",
        "<h2>",
        "</h2>",
        "<center>",
        "</center>",
        "<br>",
        "<br/>",
        "<hr>",
        "<input type=text>",
        "<img src=a>",
        "<o:p>",
        "</o:p>",
        "<x-y>",
        "</x-y>",
        "<form>",
        "</form>",
        "<title>t</title>",
        "<meta name=PubDate content=2020-01-31>",
        "<script>var a = 1 < 2;</script>",
        "<style>p{}</style>",
        "<iframe>x</iframe>",
        "<noscript><p>n</p></noscript>",
        "<!-- c -->",
        "<html>",
        "</html>",
        "<head>",
        "</head>",
        "<body>",
        "</body>",
        "<!DOCTYPE html>",
        "甲",
        "一、总体情况",
        " ",
        "\n",
        "&nbsp;",
        "&amp;",
        "&lt;",
        "&#20013;",
        "a < b",
        "&",
        "&copy;",
        "&zz;",
        "\r\n",
        "<marquee>",
        "<svg>",
        "<select>",
        "<caption>",
        "<pre>",
        "<textarea>x</textarea>",
        "<a x='1'y=2 / >",
        "本局认真贯彻条例，主动公开政府信息。本局认真贯彻条例，主动公开政府信息。\
         本局认真贯彻条例，主动公开政府信息。本局认真贯彻条例，主动公开政府信息。\
         本局认真贯彻条例，主动公开政府信息。本局认真贯彻条例，主动公开政府信息。",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Whatever the fast path accepts, it renders as html5ever does.
        #[test]
        fn fast_path_accepts_only_what_it_renders_as_html5ever(
            picks in proptest::collection::vec(0..PIECES.len(), 0..48)
        ) {
            let page: String = picks.iter().map(|&i| PIECES[i]).collect();
            if let Some(fast) = render_fast(&page) {
                proptest::prop_assert_eq!(fast, render_html5ever(&page), "{:?}", page);
            }
        }
    }

    #[test]
    fn a_layout_table_keeps_the_article_lines() {
        // A portal frame: a menu cell beside the article, whose own table
        // is data. Both parsers render the frame's cells as blocks.
        let page = "<!DOCTYPE html>\n<html>\n<head>\n<title>某局年报</title>\n</head>\n<body>\n\
            <table><tbody><tr><td><ul><li><a href=\"/a\">信息公开指南</a></li></ul></td>\n\
            <td><p>一、总体情况</p><p>本局主动公开信息12条。</p>\n\
            <table><tbody><tr><td>（一）予以公开</td><td>3</td></tr></tbody></table>\n\
            <p>某市某局</p><p>2021年1月20日</p></td></tr></tbody></table>\n</body>\n</html>\n";
        let fast = render_fast(page).expect("a plain page takes the fast path");
        assert_eq!(fast, render_html5ever(page));
        let lines: Vec<&str> = fast.text.lines().collect();
        for l in [
            "信息公开指南",
            "本局主动公开信息12条。",
            "| （一）予以公开 | 3 |",
            "2021年1月20日",
        ] {
            assert!(lines.contains(&l), "{l} in {lines:?}");
        }
        // A frame cell holding an article's text, no table in it.
        let long = "本局认真贯彻条例,主动公开政府信息。".repeat(12);
        let page =
            format!("<table><tr><td>导航</td><td><p>{long}</p><p>某市某局</p></td></tr></table>");
        assert!(render(&page).text.lines().any(|l| l == "某市某局"));
        // A form's table stays rows of cells.
        let form = render("<table><tr><td>（一）予以公开</td><td>3</td></tr></table>");
        assert_eq!(form.text.trim(), "| （一）予以公开 | 3 |");
    }

    #[test]
    fn drops_script_keeps_paragraphs_and_title() {
        let p = render(
            "<html><head><title>某镇年报</title><script>var x=1;</script></head>\
             <body><p>一、总体情况</p><p>共 3 件</p></body></html>",
        );
        assert_eq!(p.title.as_deref(), Some("某镇年报"));
        assert!(!p.text.contains("var x"));
        assert!(p.text.contains("一、总体情况\n共 3 件\n"));
    }

    #[test]
    fn table_rows_become_pipe_lines_with_spans_repeated() {
        let p = render(
            "<table><tr><td rowspan=2>三、结果</td><td>（一）予以公开</td><td>1</td></tr>\
             <tr><td>（二）部分公开</td><td>2</td></tr>\
             <tr><td colspan=2>四、结转</td><td>0</td></tr></table>",
        );
        let lines: Vec<&str> = p.text.lines().collect();
        assert_eq!(
            lines,
            vec![
                "| 三、结果 | （一）予以公开 | 1 |",
                "| 三、结果 | （二）部分公开 | 2 |",
                "| 四、结转 | 四、结转 | 0 |",
            ]
        );
    }

    #[test]
    fn meta_pubdate_becomes_a_header_line() {
        let p = render(
            r#"<html><head><meta name="PubDate" content="2020-01-31 10:00"></head><body>x</body></html>"#,
        );
        assert!(p.text.starts_with("发布时间：2020-01-31 10:00\n"));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        let p = render("<table><tr><td rowspan=999999>a<td>b</tr><tr><td>c</table></div></p><p>");
        assert!(p.text.contains("| a | b |"));
    }

    #[test]
    fn deep_nesting_is_cut_and_parses_fast() {
        let mut page = String::from("<html><body><p>开头</p>");
        page.push_str(&"<div>".repeat(100_000));
        page.push_str("<p>最深处</p>");
        page.push_str(&"</div>".repeat(100_000));
        page.push_str("<p>结尾</p></body></html>");
        let t0 = std::time::Instant::now();
        let p = render(&page);
        assert!(t0.elapsed().as_secs() < 20, "took {:?}", t0.elapsed());
        assert_eq!(p.text, "开头\n最深处\n结尾\n");
    }

    #[test]
    fn limit_nesting_keeps_text_scripts_and_shallow_pages() {
        let shallow = "<div><p>a<p>b</div>";
        assert_eq!(limit_nesting(shallow, 2), shallow);
        let s = limit_nesting(
            "<div><span><b>x</b></span><!-- <i> --><script>if(a<b){}</script></div>",
            2,
        );
        assert_eq!(
            s,
            "<div><span>x</span><!-- <i> --><script>if(a<b){}</script></div>"
        );
        // Unclosed <p> and void elements do not count as nesting.
        let ps = "<div>".to_string() + &"<p>x<br>".repeat(10) + "</div>";
        assert_eq!(limit_nesting(&ps, 2), ps);
    }
}
