//! A fast path for plain, well-formed pages: a small tokenizer and tree
//! builder for the subset of HTML in which the HTML parsing algorithm
//! (html5ever) keeps the document as written — every element closed
//! explicitly and in order, tables written out in full, no character
//! references beyond a handful, no foster parenting, no implied elements
//! in the body. Anything outside that subset returns None and the page
//! goes through html5ever; inside it, the text rendered is the same as
//! html5ever's tree rendered by [`crate::html`].

use std::borrow::Cow;

/// Elements the fast path knows. Anything else: fall back.
pub(crate) const KNOWN: &[&str] = &[
    "html", "head", "body", "title", "meta", "link", "script", "style", "div", "p", "span", "a",
    "strong", "b", "em", "i", "u", "font", "br", "img", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
    "ol", "li", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "section", "article",
    "header", "footer", "nav", "label", "sup", "sub", "small",
];

const VOID: &[&str] = &["meta", "link", "br", "img"];

/// Start tags that close an open `<p>` (or need a scope check) in the
/// HTML tree builder: never taken while a `<p>` is open.
const CLOSES_P: &[&str] = &[
    "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "section",
    "article", "header", "footer", "nav",
];

/// Elements with special start-tag handling in the body that the fast path
/// only takes when no element of the same family is open.
const FAMILY: &[(&str, &[&str])] = &[
    ("li", &["li"]),
    ("a", &["a"]),
    ("h1", &["h1", "h2", "h3", "h4", "h5", "h6"]),
    ("h2", &["h1", "h2", "h3", "h4", "h5", "h6"]),
    ("h3", &["h1", "h2", "h3", "h4", "h5", "h6"]),
    ("h4", &["h1", "h2", "h3", "h4", "h5", "h6"]),
    ("h5", &["h1", "h2", "h3", "h4", "h5", "h6"]),
    ("h6", &["h1", "h2", "h3", "h4", "h5", "h6"]),
];

/// Deeper than this: fall back (html5ever and the depth limits decide).
const MAX_DEPTH: usize = 100;

pub(crate) enum Kind<'a> {
    Element {
        /// Index into [`KNOWN`].
        tag: u8,
        /// name, content, rowspan, colspan (the attributes rendering reads),
        /// as written (values with references are not taken).
        attrs: [Option<&'a str>; 4],
    },
    Text(Cow<'a, str>),
}

const NONE: u32 = u32::MAX;

pub(crate) struct Node<'a> {
    pub kind: Kind<'a>,
    first: u32,
    last: u32,
    next: u32,
}

pub(crate) struct Dom<'a> {
    pub nodes: Vec<Node<'a>>,
}

impl<'a> Dom<'a> {
    pub fn name(&self, i: usize) -> Option<&'static str> {
        match &self.nodes[i].kind {
            Kind::Element { tag, .. } => Some(KNOWN[*tag as usize]),
            Kind::Text(_) => None,
        }
    }

    /// The index in [`KNOWN`] of element `i`'s tag.
    pub fn tag(&self, i: usize) -> Option<usize> {
        match &self.nodes[i].kind {
            Kind::Element { tag, .. } => Some(*tag as usize),
            Kind::Text(_) => None,
        }
    }

    pub fn attr(&self, i: usize, which: &str) -> Option<&'a str> {
        let k = ATTRS.iter().position(|a| *a == which)?;
        match &self.nodes[i].kind {
            Kind::Element { attrs, .. } => attrs[k],
            Kind::Text(_) => None,
        }
    }

    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut c = self.nodes[i].first;
        std::iter::from_fn(move || {
            if c == NONE {
                return None;
            }
            let r = c as usize;
            c = self.nodes[r].next;
            Some(r)
        })
    }
}

const ATTRS: [&str; 4] = ["name", "content", "rowspan", "colspan"];

fn is_ws(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b' ')
}

fn all_ws(s: &str) -> bool {
    s.bytes().all(is_ws)
}

/// Text with character references decoded; None for any reference outside
/// the few handled here.
fn decode_text(s: &str) -> Option<Cow<'_, str>> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return Some(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let r = &rest[p + 1..];
        let next = r.bytes().next();
        if next.is_none_or(|b| is_ws(b) || b == b'<' || b == b'&') {
            out.push('&');
            rest = r;
            continue;
        }
        let semi = r.find(';')?;
        let name = &r[..semi];
        let ch = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "nbsp" => '\u{A0}',
            _ => {
                let n = if let Some(h) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                    if h.is_empty() || h.len() > 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
                        return None;
                    }
                    u32::from_str_radix(h, 16).ok()?
                } else if let Some(d) = name.strip_prefix('#') {
                    if d.is_empty() || d.len() > 7 || !d.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    d.parse::<u32>().ok()?
                } else {
                    return None;
                };
                let plain = (0x20..0x7F).contains(&n)
                    || (0xA0..0xD800).contains(&n)
                    || (0xE000..0xFDD0).contains(&n)
                    || (0xFDF0..0xFFFE).contains(&n);
                if !plain {
                    return None;
                }
                char::from_u32(n)?
            }
        };
        out.push(ch);
        rest = &r[semi + 1..];
    }
    out.push_str(rest);
    Some(Cow::Owned(out))
}

/// Tree-builder phase.
#[derive(PartialEq, Clone, Copy)]
enum Phase {
    /// Before `<html>`.
    Start,
    /// After `<html>`, before `<head>`.
    BeforeHead,
    InHead,
    /// After `</head>`, before `<body>`.
    AfterHead,
    InBody,
    /// After `</body>` (or `</html>`).
    AfterBody,
}

struct Builder<'a> {
    nodes: Vec<Node<'a>>,
    /// Open elements (node indices); [0] is html.
    open: Vec<usize>,
    phase: Phase,
}

impl<'a> Builder<'a> {
    fn top(&self) -> usize {
        *self.open.last().unwrap_or(&0)
    }

    fn top_name(&self) -> &'static str {
        match &self.nodes[self.top()].kind {
            Kind::Element { tag, .. } => KNOWN[*tag as usize],
            Kind::Text(_) => "",
        }
    }

    fn is_open(&self, names: &[&str]) -> bool {
        self.open.iter().any(|&i| match &self.nodes[i].kind {
            Kind::Element { tag, .. } => names.contains(&KNOWN[*tag as usize]),
            Kind::Text(_) => false,
        })
    }

    fn append(&mut self, parent: usize, kind: Kind<'a>) -> usize {
        let i = self.nodes.len();
        self.nodes.push(Node {
            kind,
            first: NONE,
            last: NONE,
            next: NONE,
        });
        let p = &mut self.nodes[parent];
        let prev = p.last;
        p.last = i as u32;
        if prev == NONE {
            p.first = i as u32;
        } else {
            self.nodes[prev as usize].next = i as u32;
        }
        i
    }

    fn text(&mut self, t: &'a str) -> Option<()> {
        if t.is_empty() {
            return Some(());
        }
        let ws = all_ws(t);
        match self.phase {
            Phase::Start | Phase::BeforeHead => ws.then_some(()),
            Phase::InHead => {
                if !ws {
                    return None;
                }
                let head = self.top();
                self.append(head, Kind::Text(Cow::Borrowed(t)));
                Some(())
            }
            Phase::AfterHead => {
                if !ws {
                    return None;
                }
                self.append(0, Kind::Text(Cow::Borrowed(t)));
                Some(())
            }
            Phase::InBody | Phase::AfterBody => {
                if self.phase == Phase::AfterBody && !ws {
                    return None;
                }
                let top = self.top_name();
                // Text in table context is foster-parented unless blank.
                if matches!(top, "table" | "tbody" | "thead" | "tfoot" | "tr") {
                    if !ws {
                        return None;
                    }
                } else if self.phase == Phase::AfterBody && top != "body" {
                    return None;
                }
                let t = decode_text(t)?;
                let parent = self.top();
                // Adjacent text merges into one node.
                let last = self.nodes[parent].last;
                if last != NONE {
                    if let Kind::Text(s) = &mut self.nodes[last as usize].kind {
                        s.to_mut().push_str(&t);
                        return Some(());
                    }
                }
                self.append(parent, Kind::Text(t));
                Some(())
            }
        }
    }

    fn start(&mut self, tag: u8, attrs: [Option<&'a str>; 4]) -> Option<()> {
        let name = KNOWN[tag as usize];
        let el = Kind::Element { tag, attrs };
        match (self.phase, name) {
            (Phase::Start, "html") => {
                self.nodes.push(Node {
                    kind: el,
                    first: NONE,
                    last: NONE,
                    next: NONE,
                });
                self.open.push(0);
                self.phase = Phase::BeforeHead;
            }
            (Phase::BeforeHead, "head") => {
                let h = self.append(0, el);
                self.open.push(h);
                self.phase = Phase::InHead;
            }
            (Phase::InHead, "meta" | "link") => {
                let h = self.top();
                self.append(h, el);
            }
            (Phase::InHead, "title" | "script" | "style") => {
                let h = self.top();
                let e = self.append(h, el);
                self.open.push(e);
            }
            (Phase::AfterHead, "body") => {
                let b = self.append(0, el);
                self.open.push(b);
                self.phase = Phase::InBody;
            }
            (Phase::InBody, _) => {
                if self.open.len() >= MAX_DEPTH {
                    return None;
                }
                let top = self.top_name();
                let in_table = matches!(top, "table" | "tbody" | "thead" | "tfoot" | "tr");
                // Table structure written out in full, nothing else in it.
                let fits = match name {
                    "tbody" | "thead" | "tfoot" => top == "table",
                    "tr" => matches!(top, "tbody" | "thead" | "tfoot"),
                    "td" | "th" => top == "tr",
                    "html" | "head" | "body" | "title" | "meta" | "link" | "style" => false,
                    _ => !in_table,
                };
                if !fits {
                    return None;
                }
                if CLOSES_P.contains(&name) && self.is_open(&["p"]) {
                    return None;
                }
                if let Some((_, fam)) = FAMILY.iter().find(|f| f.0 == name) {
                    if self.is_open(fam) {
                        return None;
                    }
                }
                let parent = self.top();
                let e = self.append(parent, el);
                if !VOID.contains(&name) {
                    self.open.push(e);
                }
            }
            _ => return None,
        }
        Some(())
    }

    fn end(&mut self, name: &str) -> Option<()> {
        match (self.phase, name) {
            (Phase::InHead, "head") => {
                if self.top_name() != "head" {
                    return None;
                }
                self.open.pop();
                self.phase = Phase::AfterHead;
            }
            (Phase::InHead, "title" | "script" | "style") => {
                if self.top_name() != name {
                    return None;
                }
                self.open.pop();
            }
            (Phase::InBody, "body") => {
                if self.open.len() != 2 {
                    return None;
                }
                self.phase = Phase::AfterBody;
            }
            (Phase::AfterBody, "html") => {}
            (Phase::InBody, _) => {
                if self.open.len() <= 2 || self.top_name() != name || VOID.contains(&name) {
                    return None;
                }
                self.open.pop();
            }
            _ => return None,
        }
        Some(())
    }
}

/// Byte offset of the end of a raw-text element's content: the first
/// `</name` followed by a tag-name terminator.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    loop {
        let p = i + memchr::memmem::find(&b[i..], b"</")?;
        let n = p + 2;
        if b.len() >= n + name.len()
            && b[n..n + name.len()].eq_ignore_ascii_case(name.as_bytes())
            && b.get(n + name.len())
                .is_some_and(|&c| is_ws(c) || c == b'/' || c == b'>')
        {
            return Some(p);
        }
        i = n;
    }
}

/// Parse `html` into a [`Dom`] if it is in the subset; None otherwise.
pub(crate) fn parse(html: &str) -> Option<Dom<'_>> {
    let b = html.as_bytes();
    if memchr::memchr2(b'\r', b'\0', b).is_some() {
        return None;
    }
    let mut t = Builder {
        nodes: Vec::with_capacity(html.len() / 16),
        open: Vec::new(),
        phase: Phase::Start,
    };
    let mut i = 0;
    let mut seen_doctype = false;
    while i < b.len() {
        let Some(lt) = memchr::memchr(b'<', &b[i..]).map(|p| p + i) else {
            t.text(&html[i..])?;
            break;
        };
        t.text(&html[i..lt])?;
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            let body = lt + 4;
            let end = body + memchr::memmem::find(&b[body..], b"-->")?;
            let c = &b[body..end];
            if c.starts_with(b">")
                || c.starts_with(b"->")
                || memchr::memmem::find(c, b"--!").is_some()
                || c.ends_with(b"-")
            {
                return None;
            }
            i = end + 3;
            continue;
        }
        if rest.len() >= 15 && rest[..15].eq_ignore_ascii_case(b"<!doctype html>") {
            if seen_doctype || t.phase != Phase::Start || !t.nodes.is_empty() {
                return None;
            }
            seen_doctype = true;
            i = lt + 15;
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let ns = lt + 1 + usize::from(closing);
        let nl = b[ns..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if nl == 0 || !b[ns].is_ascii_alphabetic() {
            return None;
        }
        let raw = &b[ns..ns + nl];
        let tag = KNOWN
            .iter()
            .position(|k| k.as_bytes().eq_ignore_ascii_case(raw))?;
        let name: &'static str = KNOWN[tag];
        let mut j = ns + nl;
        // The tag name ends here (html5ever reads `<p:x>` as one name).
        if !b
            .get(j)
            .is_some_and(|&c| is_ws(c) || c == b'/' || c == b'>')
        {
            return None;
        }
        if closing {
            while j < b.len() && is_ws(b[j]) {
                j += 1;
            }
            if b.get(j) != Some(&b'>') {
                return None;
            }
            t.end(name)?;
            i = j + 1;
            continue;
        }
        // Attributes.
        let mut attrs: [Option<&str>; 4] = Default::default();
        let mut self_closing = false;
        loop {
            while j < b.len() && is_ws(b[j]) {
                j += 1;
            }
            match b.get(j) {
                None => return None,
                Some(b'>') => {
                    j += 1;
                    break;
                }
                Some(b'/') => {
                    if b.get(j + 1) != Some(&b'>') {
                        return None;
                    }
                    self_closing = true;
                    j += 2;
                    break;
                }
                _ => {}
            }
            let an = j;
            while j < b.len() && !is_ws(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
                if matches!(b[j], b'"' | b'\'' | b'<') {
                    return None;
                }
                j += 1;
            }
            if j == an {
                return None;
            }
            let aname = &b[an..j];
            while j < b.len() && is_ws(b[j]) {
                j += 1;
            }
            let mut value: Option<&str> = None;
            if b.get(j) == Some(&b'=') {
                j += 1;
                while j < b.len() && is_ws(b[j]) {
                    j += 1;
                }
                match b.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let vs = j + 1;
                        let ve = vs + memchr::memchr(q, &b[vs..])?;
                        value = Some(&html[vs..ve]);
                        j = ve + 1;
                        // A quoted value must be followed by a separator.
                        if !b
                            .get(j)
                            .is_some_and(|&c| is_ws(c) || c == b'>' || c == b'/')
                        {
                            return None;
                        }
                    }
                    Some(_) => {
                        let vs = j;
                        while j < b.len() && !is_ws(b[j]) && b[j] != b'>' {
                            if matches!(b[j], b'"' | b'\'' | b'<' | b'=' | b'`') {
                                return None;
                            }
                            j += 1;
                        }
                        value = Some(&html[vs..j]);
                    }
                    None => return None,
                }
            }
            if let Some(k) = ATTRS
                .iter()
                .position(|a| a.as_bytes().eq_ignore_ascii_case(aname))
            {
                let v = value.unwrap_or("");
                if v.contains('&') {
                    return None;
                }
                // The first of duplicate attributes wins.
                if attrs[k].is_none() {
                    attrs[k] = Some(v);
                }
            }
        }
        if self_closing && !VOID.contains(&name) {
            return None;
        }
        t.start(tag as u8, attrs)?;
        i = j;
        if matches!(name, "script" | "style" | "title") {
            let end = raw_text_end(b, i, name)?;
            let content = &html[i..end];
            if name == "script" && memchr::memmem::find(content.as_bytes(), b"<!--").is_some() {
                return None;
            }
            if name == "title" {
                if content.contains('&') {
                    return None;
                }
                if !content.is_empty() {
                    let top = t.top();
                    t.append(top, Kind::Text(Cow::Borrowed(content)));
                }
            }
            // The end tag itself goes through the tokenizer as usual.
            i = end;
        }
    }
    // Every element closed but html and body.
    let done = match t.phase {
        Phase::InBody => t.open.len() == 2,
        Phase::AfterBody => true,
        _ => false,
    };
    if !done || t.nodes.is_empty() {
        return None;
    }
    Some(Dom { nodes: t.nodes })
}
