//! A fast path for ordinary pages: a small tokenizer and tree builder for
//! the part of HTML in which the HTML parsing algorithm (html5ever) builds
//! a tree a few rules describe, and which real portal pages stay inside:
//! implied `<html>`, `<head>` and `<body>` (`<p>…` alone is a page),
//! `</p>` implied by a block start tag, `<li>`, `<td>` and `<tr>` closing
//! their open siblings, implied `<tbody>`, elements left open at the end,
//! unknown elements (`<o:p>`, `<ucapcontent>`) as ordinary inline ones,
//! `<meta>` and `<title>` inside the body. Each rule follows the tree
//! construction rules of the HTML standard as html5ever implements them.
//!
//! What it does not model returns None and the page goes through
//! html5ever: formatting elements closed out of order (`<b><p>x</b>`, the
//! adoption agency) or left open where the parser would reopen them
//! (`<p><b>x<p>`), text or tags where a table moves them out (foster
//! parenting), foreign content (`<svg>`), forms and selects beyond the
//! plain case, character references outside a short table. Inside the
//! subset, the text rendered is the same as html5ever's tree rendered by
//! [`crate::html`].

use std::borrow::Cow;

/// What the tree builder does with an element (the HTML standard's groups
/// of start and end tag rules in the "in body" insertion mode).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Cat {
    Html,
    Head,
    Body,
    /// `<meta>`, `<link>`, `<base>`: void, kept in the head when written
    /// after it.
    HeadVoid,
    /// Raw text or RCDATA content (`<script>…</script>`): the tokenizer
    /// reads up to the matching end tag.
    Raw,
    /// `<b>`, `<font>`, `<strong>`…: on the list of active formatting
    /// elements, so never closed implicitly here.
    Formatting,
    /// `<a>`: formatting, and closes an open `<a>` (not modelled).
    A,
    /// No rule of its own (`<span>`, unknown names).
    Ordinary,
    /// Start tag closes a `<p>` in button scope (`<div>`, `<p>`, `<ul>`).
    Block,
    Heading,
    /// `<li>`, `<dd>`, `<dt>`: close an open sibling item first.
    Item,
    /// `<br>`, `<img>`, `<input>`…: no content, no end tag.
    Void,
    /// `<hr>`: void, closes a `<p>`.
    Hr,
    Form,
    Table,
    /// `<tbody>`, `<thead>`, `<tfoot>`.
    Section,
    Tr,
    /// `<td>`, `<th>`.
    Cell,
}

/// Elements the fast path builds: name, rule group, and whether the
/// standard lists it as special (special elements stop the search for an
/// open element of the same name on an end tag, `<div><span></div>`).
/// `""` stands for every element without a rule of its own; rendering
/// treats it as inline.
pub(crate) const ELEMENTS: &[(&str, Cat, bool)] = &[
    ("html", Cat::Html, true),
    ("head", Cat::Head, true),
    ("body", Cat::Body, true),
    ("", Cat::Ordinary, false),
    ("p", Cat::Block, true),
    ("li", Cat::Item, true),
    ("dd", Cat::Item, true),
    ("dt", Cat::Item, true),
    ("table", Cat::Table, true),
    ("tbody", Cat::Section, true),
    ("thead", Cat::Section, true),
    ("tfoot", Cat::Section, true),
    ("tr", Cat::Tr, true),
    ("td", Cat::Cell, true),
    ("th", Cat::Cell, true),
    ("form", Cat::Form, true),
    ("a", Cat::A, false),
    ("title", Cat::Raw, true),
    ("script", Cat::Raw, true),
    ("style", Cat::Raw, true),
    ("noscript", Cat::Raw, true),
    ("iframe", Cat::Raw, true),
    ("meta", Cat::HeadVoid, true),
    ("link", Cat::HeadVoid, true),
    ("base", Cat::HeadVoid, true),
    ("b", Cat::Formatting, false),
    ("big", Cat::Formatting, false),
    ("code", Cat::Formatting, false),
    ("em", Cat::Formatting, false),
    ("font", Cat::Formatting, false),
    ("i", Cat::Formatting, false),
    ("s", Cat::Formatting, false),
    ("small", Cat::Formatting, false),
    ("strike", Cat::Formatting, false),
    ("strong", Cat::Formatting, false),
    ("tt", Cat::Formatting, false),
    ("u", Cat::Formatting, false),
    ("canvas", Cat::Ordinary, false),
    ("div", Cat::Block, true),
    ("ul", Cat::Block, true),
    ("ol", Cat::Block, true),
    ("dl", Cat::Block, true),
    ("section", Cat::Block, true),
    ("article", Cat::Block, true),
    ("header", Cat::Block, true),
    ("footer", Cat::Block, true),
    ("nav", Cat::Block, true),
    ("aside", Cat::Block, true),
    ("main", Cat::Block, true),
    ("center", Cat::Block, true),
    ("blockquote", Cat::Block, true),
    ("address", Cat::Block, true),
    ("fieldset", Cat::Block, true),
    ("figure", Cat::Block, true),
    ("figcaption", Cat::Block, true),
    ("details", Cat::Block, true),
    ("summary", Cat::Block, true),
    ("dir", Cat::Block, true),
    ("hgroup", Cat::Block, true),
    ("menu", Cat::Block, true),
    ("dialog", Cat::Block, false),
    ("h1", Cat::Heading, true),
    ("h2", Cat::Heading, true),
    ("h3", Cat::Heading, true),
    ("h4", Cat::Heading, true),
    ("h5", Cat::Heading, true),
    ("h6", Cat::Heading, true),
    ("br", Cat::Void, true),
    ("img", Cat::Void, true),
    ("input", Cat::Void, true),
    ("area", Cat::Void, true),
    ("embed", Cat::Void, true),
    ("wbr", Cat::Void, true),
    ("param", Cat::Void, true),
    ("source", Cat::Void, true),
    ("track", Cat::Void, true),
    ("hr", Cat::Hr, true),
];

/// The index of `name` in [`ELEMENTS`], found when the crate is built (a
/// name the table lacks fails the build), so the table may be reordered.
const fn element(name: &str) -> u8 {
    let mut i = 0;
    while i < ELEMENTS.len() {
        let (a, b) = (ELEMENTS[i].0.as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i as u8;
            }
        }
        i += 1;
    }
    panic!("an element the table lacks")
}

const HTML: u8 = element("html");
/// An element without rules of its own (its name is kept as written).
const OTHER: u8 = element("");
const P: u8 = element("p");
const LI: u8 = element("li");
const TBODY: u8 = element("tbody");
const TR: u8 = element("tr");
const FORM: u8 = element("form");

/// Names with rules of their own in html5ever's tree builder that the fast
/// path does not model: a page using one goes through html5ever.
const UNMODELLED: &[&str] = &[
    "annotation-xml",
    "applet",
    "basefont",
    "bgsound",
    "button",
    "caption",
    "col",
    "colgroup",
    "desc",
    "foreignobject",
    "frame",
    "frameset",
    "image",
    "isindex",
    "keygen",
    "listing",
    "malignmark",
    "marquee",
    "math",
    "menuitem",
    "mglyph",
    "mi",
    "mn",
    "mo",
    "ms",
    "mtext",
    "nobr",
    "noembed",
    "noframes",
    "object",
    "optgroup",
    "option",
    "plaintext",
    "pre",
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "search",
    "select",
    "svg",
    "template",
    "textarea",
    "xmp",
];

/// Deeper than this: fall back (html5ever and the depth limits decide).
const MAX_DEPTH: usize = 100;

pub(crate) enum Kind<'a> {
    Element {
        /// Index into [`ELEMENTS`].
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
        self.tag(i).map(|t| ELEMENTS[t].0)
    }

    /// The index in [`ELEMENTS`] of element `i`'s tag.
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

/// Named character references taken (with their `;`): each is a whole
/// name of the standard's table, so no longer name can match instead.
pub(crate) const NAMED_REFS: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("middot", '·'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("hellip", '…'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("deg", '°'),
    ("permil", '‰'),
    ("copy", '©'),
    ("reg", '®'),
    ("yen", '¥'),
    ("sect", '§'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
];

/// The character a reference `&name;` (`name` without `&` and `;`) stands
/// for, if it is one the fast path reads: a named one of [`NAMED_REFS`] or
/// a numeric one (`&#160;`, `&#xA0;`) of a plain character.
fn char_ref(name: &str) -> Option<char> {
    if let Some(&(_, c)) = NAMED_REFS.iter().find(|(n, _)| *n == name) {
        return Some(c);
    }
    let n = if let Some(h) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
        if h.is_empty() || h.len() > 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(h, 16).ok()?
    } else {
        let d = name.strip_prefix('#')?;
        if d.is_empty() || d.len() > 7 || !d.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        d.parse::<u32>().ok()?
    };
    let plain = (0x20..0x7F).contains(&n)
        || (0xA0..0xD800).contains(&n)
        || (0xE000..0xFDD0).contains(&n)
        || (0xFDF0..0xFFFE).contains(&n);
    if !plain {
        return None;
    }
    char::from_u32(n)
}

/// Text with character references decoded; None for any reference outside
/// [`char_ref`]'s. An `&` followed by neither a letter, a digit nor `#`
/// is no reference (`a & b`, `&，`) and stays.
fn decode_text(s: &str) -> Option<Cow<'_, str>> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return Some(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let r = &rest[p + 1..];
        if !r
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'#')
        {
            out.push('&');
            rest = r;
            continue;
        }
        let semi = r.find(';')?;
        out.push(char_ref(&r[..semi])?);
        rest = &r[semi + 1..];
    }
    out.push_str(rest);
    Some(Cow::Owned(out))
}

/// Tree-builder phase (the insertion modes before "in body").
#[derive(PartialEq, Clone, Copy)]
enum Phase {
    /// Before `<html>` (and before the doctype).
    Start,
    /// After `<html>`, before `<head>`.
    BeforeHead,
    InHead,
    /// After `</head>`, before `<body>`.
    AfterHead,
    /// In the body, and in its tables (the mode follows from the open
    /// elements: see [`Builder::table_context`]).
    InBody,
}

/// A start or end tag as the tokenizer read it.
#[derive(Clone, Copy)]
struct Tag<'a> {
    /// Index into [`ELEMENTS`].
    tag: u8,
    /// As written (the name of an element of [`OTHER`]).
    name: &'a str,
    attrs: [Option<&'a str>; 4],
}

/// An open element: its node, tag and name as written.
struct Open<'a> {
    node: usize,
    tag: u8,
    name: &'a str,
}

struct Builder<'a> {
    nodes: Vec<Node<'a>>,
    /// The stack of open elements; [0] is html once it exists.
    open: Vec<Open<'a>>,
    phase: Phase,
    /// No `<!DOCTYPE html>`: a `<table>` does not close an open `<p>`.
    quirks: bool,
    head: usize,
    /// The form element pointer is set (a `<form>` not yet ended).
    form: bool,
}

fn cat(tag: u8) -> Cat {
    ELEMENTS[tag as usize].1
}

fn elname(tag: u8) -> &'static str {
    ELEMENTS[tag as usize].0
}

fn special(tag: u8) -> bool {
    ELEMENTS[tag as usize].2
}

impl<'a> Builder<'a> {
    fn top(&self) -> &Open<'a> {
        &self.open[self.open.len() - 1]
    }

    fn append(&mut self, parent: usize, kind: Kind<'a>) -> usize {
        let i = self.nodes.len();
        self.nodes.push(Node {
            kind,
            first: NONE,
            last: NONE,
            next: NONE,
        });
        if i == 0 {
            return 0;
        }
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

    /// Text appended to node `parent`, merged with a text node before it.
    fn append_text(&mut self, parent: usize, t: Cow<'a, str>) {
        if t.is_empty() {
            return;
        }
        let last = self.nodes[parent].last;
        if last != NONE {
            if let Kind::Text(s) = &mut self.nodes[last as usize].kind {
                s.to_mut().push_str(&t);
                return;
            }
        }
        self.append(parent, Kind::Text(t));
    }

    /// Element `t` appended to `parent`, and opened unless `void`.
    fn insert_into(&mut self, parent: usize, t: &Tag<'a>, void: bool) -> Option<usize> {
        let el = Kind::Element {
            tag: t.tag,
            attrs: t.attrs,
        };
        let e = self.append(parent, el);
        if !void {
            if self.open.len() >= MAX_DEPTH {
                return None;
            }
            self.open.push(Open {
                node: e,
                tag: t.tag,
                name: t.name,
            });
        }
        Some(e)
    }

    /// Element `t` appended to the current node.
    fn insert(&mut self, t: &Tag<'a>, void: bool) -> Option<usize> {
        let parent = self.top().node;
        self.insert_into(parent, t, void)
    }

    /// The element a phase implies when a token does not fit it: `<p>` as
    /// the first tag makes html, head and body (each step is the
    /// "anything else" rule of its insertion mode).
    fn advance(&mut self) -> Option<()> {
        let implied = |tag: u8| Tag {
            tag,
            name: ELEMENTS[tag as usize].0,
            attrs: [None; 4],
        };
        match self.phase {
            Phase::Start => {
                self.insert_into(0, &implied(HTML), false)?;
                self.phase = Phase::BeforeHead;
            }
            Phase::BeforeHead => {
                self.head = self.insert(&implied(1), false)?;
                self.phase = Phase::InHead;
            }
            Phase::InHead => {
                self.open.pop();
                self.phase = Phase::AfterHead;
            }
            Phase::AfterHead => {
                self.insert(&implied(2), false)?;
                self.phase = Phase::InBody;
            }
            Phase::InBody => {}
        }
        Some(())
    }

    /// Text: blank text before the body is dropped or kept where the
    /// standard puts it; other text implies the body.
    fn text(&mut self, mut t: &'a str) -> Option<()> {
        loop {
            if t.is_empty() {
                return Some(());
            }
            let ws = t.bytes().take_while(|&b| is_ws(b)).count();
            let (blank, rest) = t.split_at(ws);
            match self.phase {
                Phase::InBody => return self.body_text(t),
                Phase::Start | Phase::BeforeHead => {}
                Phase::InHead | Phase::AfterHead => {
                    let parent = self.top().node;
                    self.append_text(parent, Cow::Borrowed(blank));
                }
            }
            t = rest;
            if !t.is_empty() {
                self.advance()?;
            }
        }
    }

    /// Text in the body: in a table (not in a cell) only blank text stays
    /// where it is written; other text is moved before the table.
    fn body_text(&mut self, t: &'a str) -> Option<()> {
        let parent = self.top().node;
        if self.table_context() {
            if !all_ws(t) {
                return None;
            }
            self.append_text(parent, Cow::Borrowed(t));
            return Some(());
        }
        let t = decode_text(t)?;
        self.append_text(parent, t);
        Some(())
    }

    /// A start tag; for [`Cat::Raw`] the element is left open for its text.
    fn start(&mut self, t: &Tag<'a>) -> Option<()> {
        loop {
            let c = cat(t.tag);
            let name = ELEMENTS[t.tag as usize].0;
            match (self.phase, c) {
                (Phase::InBody, _) => return self.body_start(t),
                (Phase::Start, Cat::Html) => {
                    self.insert_into(0, t, false)?;
                    self.phase = Phase::BeforeHead;
                    return Some(());
                }
                (Phase::BeforeHead, Cat::Head) => {
                    self.head = self.insert(t, false)?;
                    self.phase = Phase::InHead;
                    return Some(());
                }
                (Phase::InHead, Cat::HeadVoid) => return self.insert(t, true).map(drop),
                (Phase::InHead, Cat::Raw) if name != "iframe" => {
                    return self.insert(t, false).map(drop)
                }
                (Phase::AfterHead, Cat::Body) => {
                    self.insert(t, false)?;
                    self.phase = Phase::InBody;
                    return Some(());
                }
                // Head elements after the head go into it.
                (Phase::AfterHead, Cat::HeadVoid | Cat::Raw)
                    if !matches!(name, "iframe" | "noscript") =>
                {
                    let void = c == Cat::HeadVoid;
                    return self.insert_into(self.head, t, void).map(drop);
                }
                (Phase::Start, _) => self.advance()?,
                (_, Cat::Html | Cat::Head) => return None,
                _ => self.advance()?,
            }
        }
    }

    /// An end tag before or in the body.
    fn end(&mut self, t: &Tag<'a>) -> Option<()> {
        let c = cat(t.tag);
        match (self.phase, c) {
            (Phase::InBody, _) => self.body_end(t),
            (Phase::InHead, Cat::Head) => {
                self.open.pop();
                self.phase = Phase::AfterHead;
                Some(())
            }
            // `</body>` and `</html>` imply what is missing and change
            // nothing in the tree: what follows still goes into the body.
            (_, Cat::Body | Cat::Html) => {
                while self.phase != Phase::InBody {
                    self.advance()?;
                }
                Some(())
            }
            _ => None,
        }
    }

    /// The current node is a table, a table section or a row: the
    /// "in table" modes, where only table structure is written as is.
    fn table_context(&self) -> bool {
        matches!(cat(self.top().tag), Cat::Table | Cat::Section | Cat::Tr)
    }

    /// Position in the stack of the open element matching `hit`, searched
    /// from the current node down to the first `stop` element.
    fn find(&self, hit: impl Fn(&Open) -> bool, stop: impl Fn(&Open) -> bool) -> Option<usize> {
        for (j, o) in self.open.iter().enumerate().rev() {
            if hit(o) {
                return Some(j);
            }
            if stop(o) {
                return None;
            }
        }
        None
    }

    /// The standard's default scope, as far as the fast path's elements go
    /// (html, table, td, th).
    fn in_scope(&self, hit: impl Fn(&Open) -> bool) -> Option<usize> {
        self.find(hit, |o| {
            matches!(cat(o.tag), Cat::Html | Cat::Table | Cat::Cell)
        })
    }

    /// Table scope: up to the nearest table.
    fn in_table_scope(&self, hit: impl Fn(&Open) -> bool) -> Option<usize> {
        self.find(hit, |o| matches!(cat(o.tag), Cat::Html | Cat::Table))
    }

    /// Close the open elements from the current node down to position `j`.
    /// A formatting element closed this way stays on the list of active
    /// formatting elements and would be reopened by the next text (not
    /// modelled) unless it is in a table cell being closed (`cell`), whose
    /// marker clears it. A form closed this way leaves the form pointer set.
    fn pop_to(&mut self, j: usize, cell: bool) -> Option<()> {
        for o in &self.open[j..] {
            match cat(o.tag) {
                Cat::Form => return None,
                Cat::Formatting | Cat::A if !cell => return None,
                _ => {}
            }
        }
        self.open.truncate(j);
        Some(())
    }

    /// "Close a p element" if one is in button scope.
    fn close_p(&mut self) -> Option<()> {
        match self.in_scope(|o| o.tag == P) {
            Some(j) => self.pop_to(j, false),
            None => Some(()),
        }
    }

    /// A `<li>` closes an open `<li>` (a `<dd>` or `<dt>` an open `<dd>` or
    /// `<dt>`) unless a special element other than address, div or p lies
    /// between (`<li><ul><li>` nests).
    fn close_item(&mut self, tag: u8) -> Option<()> {
        let same = |o: &Open| {
            if tag == LI {
                o.tag == LI
            } else {
                cat(o.tag) == Cat::Item && o.tag != LI
            }
        };
        let stop = |o: &Open| special(o.tag) && !matches!(elname(o.tag), "address" | "div" | "p");
        match self.find(same, stop) {
            Some(j) => self.pop_to(j, false),
            None => Some(()),
        }
    }
}

impl<'a> Builder<'a> {
    /// A start tag in the body ("in body" mode, or a table's modes).
    fn body_start(&mut self, t: &Tag<'a>) -> Option<()> {
        let c = cat(t.tag);
        if self.table_context() {
            return self.table_start(t);
        }
        match c {
            // In a cell these close it; elsewhere they are ignored.
            Cat::Section | Cat::Tr | Cat::Cell => {
                let j = self.in_table_scope(|o| cat(o.tag) == Cat::Cell)?;
                self.pop_to(j, true)?;
                self.table_start(t)
            }
            Cat::Html | Cat::Head | Cat::Body => None,
            Cat::Ordinary | Cat::Formatting | Cat::Raw => self.insert(t, false).map(drop),
            // An open `<a>` would be closed first (not modelled).
            Cat::A => match self.open.iter().any(|o| o.tag == t.tag) {
                true => None,
                false => self.insert(t, false).map(drop),
            },
            Cat::Void | Cat::HeadVoid => self.insert(t, true).map(drop),
            Cat::Block | Cat::Hr | Cat::Heading | Cat::Item | Cat::Form | Cat::Table => {
                self.block_start(t)
            }
        }
    }

    /// Start tags that close an open `<p>` first (a `<table>` only outside
    /// quirks mode).
    fn block_start(&mut self, t: &Tag<'a>) -> Option<()> {
        let c = cat(t.tag);
        if c == Cat::Form && self.form {
            return None;
        }
        if c == Cat::Item {
            self.close_item(t.tag)?;
        }
        if c != Cat::Table || !self.quirks {
            self.close_p()?;
        }
        if c == Cat::Heading && cat(self.top().tag) == Cat::Heading {
            self.open.pop();
        }
        self.form |= c == Cat::Form;
        self.insert(t, c == Cat::Hr).map(drop)
    }

    /// A start tag whose current node is a table, section or row: table
    /// structure, with a missing `<tbody>` or `<tr>` implied and an open
    /// row or section closed by the next one.
    fn table_start(&mut self, t: &Tag<'a>) -> Option<()> {
        let c = cat(t.tag);
        let implied = |tag: u8| Tag {
            tag,
            name: ELEMENTS[tag as usize].0,
            attrs: [None; 4],
        };
        let top = |b: &Self| cat(b.top().tag);
        match c {
            Cat::Section => {
                if top(self) == Cat::Tr {
                    self.open.pop();
                }
                if top(self) == Cat::Section {
                    self.open.pop();
                }
            }
            Cat::Tr => {
                if top(self) == Cat::Tr {
                    self.open.pop();
                }
                if top(self) == Cat::Table {
                    self.insert(&implied(TBODY), false)?;
                }
            }
            Cat::Cell => {
                if top(self) == Cat::Table {
                    self.insert(&implied(TBODY), false)?;
                }
                if top(self) == Cat::Section {
                    self.insert(&implied(TR), false)?;
                }
            }
            _ => return None,
        }
        self.insert(t, false).map(drop)
    }

    /// An end tag in the body.
    fn body_end(&mut self, t: &Tag<'a>) -> Option<()> {
        let c = cat(t.tag);
        match c {
            Cat::Html | Cat::Body => return Some(()),
            Cat::Table | Cat::Section | Cat::Tr | Cat::Cell => {
                // The innermost open element of that name up to the table:
                // a cell's content closes with it.
                let j = self.in_table_scope(|o| o.tag == t.tag)?;
                return self.pop_to(j, true);
            }
            _ if self.table_context() => return None,
            _ => {}
        }
        let found = match c {
            Cat::Block if t.tag == P => {
                let Some(j) = self.in_scope(|o| o.tag == P) else {
                    // `</p>` alone is an empty paragraph.
                    let p = Tag {
                        attrs: [None; 4],
                        ..*t
                    };
                    return self.insert(&p, true).map(drop);
                };
                Some(j)
            }
            Cat::Block => self.in_scope(|o| o.tag == t.tag),
            Cat::Item if t.tag == LI => self.find(
                |o| o.tag == LI,
                |o| {
                    matches!(cat(o.tag), Cat::Html | Cat::Table | Cat::Cell)
                        || matches!(elname(o.tag), "ol" | "ul")
                },
            ),
            Cat::Item => self.in_scope(|o| o.tag == t.tag),
            Cat::Heading => self.in_scope(|o| cat(o.tag) == Cat::Heading),
            Cat::Formatting | Cat::A => {
                // Closed in order; otherwise the adoption agency runs.
                if self.top().tag != t.tag {
                    return None;
                }
                self.open.pop();
                return Some(());
            }
            Cat::Form => return self.end_form(),
            Cat::Ordinary => return self.end_ordinary(t),
            _ => return None,
        };
        // Not open in scope: the end tag is ignored.
        match found {
            Some(j) => self.pop_to(j, false),
            None => Some(()),
        }
    }

    /// `</form>`: the form pointer is cleared and the form leaves the stack
    /// of open elements (after the elements with implied end tags above it).
    fn end_form(&mut self) -> Option<()> {
        if !self.form {
            return Some(());
        }
        let j = self.in_scope(|o| o.tag == FORM)?;
        self.form = false;
        while matches!(cat(self.top().tag), Cat::Item) || self.top().tag == P {
            self.open.pop();
        }
        if j < self.open.len() {
            self.open.remove(j);
        }
        Some(())
    }

    /// The end tag of an element without rules of its own: closes the
    /// innermost open element of that name unless a special element lies
    /// between (then it is ignored).
    fn end_ordinary(&mut self, t: &Tag<'a>) -> Option<()> {
        let same =
            |o: &Open| o.tag == t.tag && (t.tag != OTHER || o.name.eq_ignore_ascii_case(t.name));
        match self.find(same, |o| special(o.tag)) {
            Some(j) => self.pop_to(j, false),
            None => Some(()),
        }
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

/// The element a tag name stands for: one of [`ELEMENTS`], [`OTHER`] for
/// a name without rules of its own, None for a name html5ever has rules
/// for that the fast path does not model, or an odd name.
fn lookup(name: &[u8]) -> Option<u8> {
    if !name
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'-' | b'_' | b'.'))
    {
        return None;
    }
    let eq = |k: &str| k.as_bytes().eq_ignore_ascii_case(name);
    if let Some(i) = ELEMENTS.iter().position(|e| eq(e.0)) {
        return Some(i as u8);
    }
    if UNMODELLED.iter().any(|k| eq(k)) {
        return None;
    }
    Some(OTHER)
}

/// Read a tag's attributes from `j` (after its name) to its `>`, with the
/// tokenizer's rules for odd quoting (`a="1"b=2`, `a=x"y`, `<br/ >`);
/// keeps the values of [`ATTRS`] (the first of duplicates). Returns the
/// offset after `>`; None at the end of input or for a kept value with a
/// character reference.
fn read_attrs<'a>(html: &'a str, mut j: usize, attrs: &mut [Option<&'a str>; 4]) -> Option<usize> {
    let b = html.as_bytes();
    let skip_ws = |mut j: usize| {
        while j < b.len() && is_ws(b[j]) {
            j += 1;
        }
        j
    };
    loop {
        j = skip_ws(j);
        match *b.get(j)? {
            b'>' => return Some(j + 1),
            b'/' => {
                j += 1;
                continue;
            }
            _ => {}
        }
        // A name's first character may be `=`, `"`, `'` or `<`.
        let an = j;
        j += 1;
        while j < b.len() && !is_ws(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let name = &b[an..j];
        j = skip_ws(j);
        let mut value = "";
        if b.get(j) == Some(&b'=') {
            j = skip_ws(j + 1);
            match *b.get(j)? {
                q @ (b'"' | b'\'') => {
                    let end = j + 1 + memchr::memchr(q, &b[j + 1..])?;
                    value = &html[j + 1..end];
                    j = end + 1;
                }
                b'>' => {}
                _ => {
                    let vs = j;
                    while j < b.len() && !is_ws(b[j]) && b[j] != b'>' {
                        j += 1;
                    }
                    value = &html[vs..j];
                }
            }
        }
        if let Some(k) = ATTRS
            .iter()
            .position(|a| a.as_bytes().eq_ignore_ascii_case(name))
        {
            if value.contains('&') {
                return None;
            }
            attrs[k] = attrs[k].or(Some(value));
        }
    }
}

/// A `<!…>` or `<?…>` at `lt`: a comment, the doctype (`<!DOCTYPE html>`
/// only, before anything else) or a bogus comment up to `>`. Returns the
/// offset after it.
fn markup_declaration(t: &mut Builder, b: &[u8], lt: usize) -> Option<usize> {
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
        return Some(end + 3);
    }
    if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<!doctype") {
        let ok = rest.len() >= 15 && rest[..15].eq_ignore_ascii_case(b"<!doctype html>");
        if !ok || t.phase != Phase::Start || !t.nodes.is_empty() || !t.quirks {
            return None;
        }
        t.quirks = false;
        return Some(lt + 15);
    }
    // `<!x>`, `<?xml …?>`: a bogus comment.
    memchr::memchr(b'>', rest).map(|p| lt + p + 1)
}

/// The tag at `lt` (`<name` or `</name`): built into the tree, and a raw
/// text element's content read with it. Returns the offset after it.
fn tag<'a>(t: &mut Builder<'a>, html: &'a str, lt: usize) -> Option<usize> {
    let b = html.as_bytes();
    let closing = b[lt + 1] == b'/';
    let ns = lt + 1 + usize::from(closing);
    let nl = b[ns..]
        .iter()
        .take_while(|&&c| !is_ws(c) && c != b'/' && c != b'>')
        .count();
    let id = lookup(&b[ns..ns + nl])?;
    let mut tag = Tag {
        tag: id,
        name: &html[ns..ns + nl],
        attrs: [None; 4],
    };
    let j = read_attrs(html, ns + nl, &mut tag.attrs)?;
    if closing {
        t.end(&tag)?;
        return Some(j);
    }
    t.start(&tag)?;
    if cat(id) != Cat::Raw {
        return Some(j);
    }
    let name = ELEMENTS[id as usize].0;
    let end = raw_text_end(b, j, name)?;
    let content = &html[j..end];
    if name == "script" && memchr::memmem::find(content.as_bytes(), b"<!--").is_some() {
        return None;
    }
    let text = match name {
        "title" => decode_text(content)?,
        _ => Cow::Borrowed(content),
    };
    let el = t.top().node;
    t.append_text(el, text);
    t.open.pop();
    read_attrs(html, end + 2 + name.len(), &mut [None; 4])
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
        quirks: true,
        head: 0,
        form: false,
    };
    let mut i = 0;
    while i < b.len() {
        let Some(lt) = memchr::memchr(b'<', &b[i..]).map(|p| p + i) else {
            t.text(&html[i..])?;
            break;
        };
        t.text(&html[i..lt])?;
        i = match b.get(lt + 1) {
            Some(b'!' | b'?') => markup_declaration(&mut t, b, lt)?,
            Some(c) if c.is_ascii_alphabetic() => tag(&mut t, html, lt)?,
            Some(b'/') => match b.get(lt + 2) {
                Some(c) if c.is_ascii_alphabetic() => tag(&mut t, html, lt)?,
                Some(b'>') => lt + 3,
                // `</ x>`: a bogus comment.
                _ => lt + 2 + memchr::memchr(b'>', &b[lt + 2..])? + 1,
            },
            // A `<` that starts no tag is text (`a < b`).
            _ => {
                t.text(&html[lt..lt + 1])?;
                lt + 1
            }
        };
    }
    // The end of input implies what is missing; open elements stay open.
    while t.phase != Phase::InBody {
        t.advance()?;
    }
    Some(Dom { nodes: t.nodes })
}
