//! The table scanning layer: a compact view of the normalised text in which
//! labels wrapped across lines read whole, cell tokenising for every
//! flattening style, label search driven by the template data, and the
//! row-sum split of glued digit runs.

use super::CellStatus;
use crate::record::Span;
use crate::text::{NormText, Runs};

/// The normalised text with page chrome (page-number lines, form feeds,
/// pinyin readings) removed and whitespace between two text characters
/// dropped, so `本年新\n制作数量` reads `本年新制作数量`. Whitespace next to a
/// digit, `|` or an empty-cell marker is kept: it separates cells.
#[derive(Debug, Clone)]
pub struct Compact {
    pub text: String,
    /// Where `text` comes from: runs `(start in text, start in the
    /// normalised text)`, sorted, each a verbatim copy of the normalised
    /// text from its start to the next run's (documents are under 4 GiB).
    /// One entry per run, not per byte.
    runs: Runs,
}

fn is_sep_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '|' | '/' | '—' | '-')
}

fn is_pinyin_char(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňḿ".contains(c)
}

fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// A line that is only a printed page number: `-3-`, `- 12 -`, `—3—`,
/// `第 3 页`, `第3页 共8页`, `第3页/共8页` (page ≤ pages).
fn is_page_number_line(line: &str) -> bool {
    let t = line.trim();
    // The longest form, `第 12 页 / 共 34 页` with wide spaces, is ~40 bytes.
    if t.len() > 64 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let small = |s: &str| -> Option<u32> {
        let s = s.trim();
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if let Some(inner) = t
        .strip_prefix(['-', '—'])
        .and_then(|s| s.strip_suffix(['-', '—']))
    {
        return small(inner.trim_matches(['-', '—'])).is_some();
    }
    // 第3页, optionally with 共8页 after or before it.
    let c: String = t
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ',' | '，' | '、'))
        .collect();
    let c = c.as_str();
    let page_of = |s: &str| small(s.strip_prefix('第')?.strip_suffix('页')?);
    let total_of = |s: &str| small(s.strip_prefix('共')?.strip_suffix('页')?);
    let split_at_page_end = |s: &'_ str| -> Option<(u32, u32)> {
        let cut = s.find('页')? + '页'.len_utf8();
        let (a, b) = s.split_at(cut);
        let b = b.strip_prefix('/').unwrap_or(b);
        match (page_of(a), total_of(b), total_of(a), page_of(b)) {
            (Some(p), Some(n), _, _) | (_, _, Some(n), Some(p)) => Some((p, n)),
            _ => None,
        }
    };
    if page_of(c).is_some() {
        return true;
    }
    // Not `3 / 8`: a layout row of two cells and an empty-cell mark reads
    // the same.
    matches!(split_at_page_end(c), Some((p, n)) if p <= n)
}

/// Pass 2 of [`Compact::new`], fed one kept character at a time: drops
/// whitespace between two text characters, keeps one separator otherwise
/// (a newline if the run had one).
struct Joiner {
    text: String,
    runs: Runs,
    /// Last non-whitespace character written.
    prev: Option<char>,
    /// A pending whitespace run: position of its first character, and of
    /// its first newline.
    run: Option<(usize, Option<usize>)>,
}

impl Joiner {
    #[inline]
    fn push(&mut self, c: char, p: usize) {
        if c.is_whitespace() {
            match &mut self.run {
                None => self.run = Some((p, (c == '\n').then_some(p))),
                Some((_, nl)) => {
                    if c == '\n' && nl.is_none() {
                        *nl = Some(p);
                    }
                }
            }
            return;
        }
        self.flush_run(Some(c));
        self.runs.mark(self.text.len(), p);
        self.text.push(c);
        self.prev = Some(c);
    }

    #[inline]
    fn flush_run(&mut self, next: Option<char>) {
        if let Some((first, nl)) = self.run.take() {
            let glue = matches!((self.prev, next), (Some(a), Some(b)) if !is_sep_char(a) && !is_sep_char(b));
            if !glue {
                let (sc, sp) = match nl {
                    Some(n) => ('\n', n),
                    None => (' ', first),
                };
                self.runs.mark(self.text.len(), sp);
                self.text.push(sc);
            }
        }
    }
}

impl Compact {
    pub fn new(norm: &str) -> Self {
        // Pass 1: keep characters, minus page-number lines and pinyin;
        // every kept character goes straight to pass 2.
        let mut j = Joiner {
            text: String::with_capacity(norm.len()),
            runs: Runs::default(),
            prev: None,
            run: None,
        };
        // Last character kept by pass 1.
        let mut last: Option<char> = None;
        let mut line_start = 0;
        for line in norm.split_inclusive(['\n', '\u{c}']) {
            let body = line.trim_end_matches(['\n', '\u{c}', '\r']);
            if is_page_number_line(body) {
                j.push('\n', line_start);
                last = Some('\n');
            } else {
                let mut off = 0;
                while let Some(c) = line[off..].chars().next() {
                    if !c.is_whitespace() && c != '(' {
                        // A run of text characters goes through in one piece.
                        j.flush_run(Some(c));
                        let mut end = off;
                        let mut lastc = c;
                        for (k, ch) in line[off..].char_indices() {
                            if ch.is_whitespace() || ch == '(' {
                                break;
                            }
                            lastc = ch;
                            end = off + k + ch.len_utf8();
                        }
                        j.runs.mark(j.text.len(), line_start + off);
                        j.text.push_str(&line[off..end]);
                        j.prev = Some(lastc);
                        last = Some(lastc);
                        off = end;
                        continue;
                    }
                    // Pinyin reading after a character: 开(kāi).
                    if c == '(' && last.is_some_and(is_cjk) {
                        let mut n = 0;
                        let mut close = None;
                        for (k, d) in line[off + 1..].char_indices() {
                            if is_pinyin_char(d) {
                                n += 1;
                            } else {
                                if d == ')' {
                                    close = Some(off + 1 + k);
                                }
                                break;
                            }
                        }
                        if let Some(cp) = close.filter(|_| (1..=6).contains(&n)) {
                            off = cp + 1;
                            continue;
                        }
                    }
                    let k = match c {
                        '\u{c}' | '\r' => '\n',
                        '\t' => ' ',
                        c => c,
                    };
                    j.push(k, line_start + off);
                    last = Some(k);
                    off += c.len_utf8();
                }
            }
            line_start += line.len();
        }
        j.flush_run(None);
        Compact {
            text: j.text,
            runs: j.runs,
        }
    }

    /// The byte offset in the normalised text of the character that byte
    /// `i` of `text` belongs to.
    fn pos(&self, i: usize) -> usize {
        self.runs.source(&self.text, i)
    }

    /// Span in the decoded text of the compact byte range `start..end`.
    /// Whether the normalised text between compact offsets `a` (a token's
    /// end) and `b` (the next token's start) holds a blank line.
    pub fn blank_line_between(&self, norm: &str, a: usize, b: usize) -> bool {
        let Some(gap) = self.norm_gap(norm, a, b) else {
            return false;
        };
        let mut lines = gap.split('\n');
        lines.next();
        // A line between two newlines with nothing but spaces on it.
        let mut inner: Vec<&str> = lines.collect();
        inner.pop();
        inner.iter().any(|l| l.trim().is_empty())
    }

    /// The normalised text between compact offsets `a` (a token's end)
    /// and `b` (the next token's start), where the two are tokens' bounds.
    pub fn norm_gap<'n>(&self, norm: &'n str, a: usize, b: usize) -> Option<&'n str> {
        if a == 0 || a > b || b >= self.text.len() {
            return None;
        }
        // (The last character before `a` ends where its copy does.)
        let l = self.text[..a].chars().next_back().map_or(1, char::len_utf8);
        let (from, to) = (self.pos(a - l) + l, self.pos(b));
        norm.get(from.min(to)..to)
    }

    pub fn span(&self, norm: &NormText, start: usize, end: usize) -> Span {
        if start >= end || end > self.text.len() {
            return norm.orig_span(0, 0);
        }
        let ns = self.pos(start);
        let last = self.text[..end]
            .chars()
            .next_back()
            .map_or(0, |c| c.len_utf8());
        let ne = self.pos(end - last) + last;
        norm.orig_span(ns, ne)
    }

    pub fn find_from(&self, pat: &str, from: usize) -> Option<usize> {
        crate::text::find(self.text.get(from..)?, pat).map(|i| i + from)
    }
}

/// One token of a table region.
#[derive(Debug, Clone, PartialEq)]
pub enum TokKind {
    /// Arabic digits (commas and a decimal point allowed).
    Num,
    /// An empty-cell marker or a blank `| |` cell.
    Empty(CellStatus),
    /// Anything else: label continuations, header words.
    Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    pub kind: TokKind,
    /// Compact byte range.
    pub start: usize,
    pub end: usize,
}

impl Tok {
    pub fn is_value(&self) -> bool {
        !matches!(self.kind, TokKind::Text)
    }
}

/// Classify one cell's trimmed text (pipe cells, whitespace tokens).
/// Drops blank cells from a row's values while it has more than `n`: the
/// trailing ones first (colspan or `| |` pieces past the row), then the
/// leading ones (blank label or header cells before the numbers: a label
/// cell drawn as two, the second empty). A row of `n` or fewer values is
/// left as it is: a blank there is a cell.
pub fn trim_blanks<T>(vals: &mut Vec<T>, n: usize, blank: impl Fn(&T) -> bool) {
    while vals.len() > n && vals.last().is_some_and(&blank) {
        vals.pop();
    }
    let leading = vals.iter().take_while(|v| blank(v)).count();
    let extra = vals.len().saturating_sub(n);
    vals.drain(..leading.min(extra));
}

pub fn classify(s: &str) -> TokKind {
    let t = s.trim();
    if t.is_empty() {
        return TokKind::Empty(CellStatus::Blank);
    }
    if t.chars().all(|c| c == '/' || c == '\\') {
        return TokKind::Empty(CellStatus::Slash);
    }
    if t.chars().all(|c| c == '—' || c == '-' || c == '_') {
        return TokKind::Empty(CellStatus::Dash);
    }
    if t == "无" {
        return TokKind::Empty(CellStatus::None);
    }
    if is_number(t) {
        return TokKind::Num;
    }
    TokKind::Text
}

pub fn is_number(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_digit()
        && b[b.len() - 1].is_ascii_digit()
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
        && b.iter().filter(|c| **c == b'.').count() <= 1
}

/// Whether a region is written as `| a | b |` cells.
pub fn is_piped(s: &str) -> bool {
    s.contains('|')
}

/// Cells of a pipe region: the pieces between `|`, without the piece before
/// the first `|` (the rest of the label cell) and after the last one. A
/// piece that is only a line break is a row boundary, not a cell (unless
/// the region writes one cell a line, [`line_cells`]).
pub fn pipe_cells(c: &Compact, start: usize, end: usize) -> Vec<Tok> {
    if let Some(cells) = line_cells(c, start, end) {
        return cells;
    }
    let region = &c.text[start..end];
    let bars: Vec<usize> = region.match_indices('|').map(|(i, _)| i).collect();
    let mut out = Vec::new();
    for w in bars.windows(2) {
        let (a, b) = (w[0] + 1, w[1]);
        let piece = &region[a..b];
        let trimmed = piece.trim();
        if trimmed.is_empty() && piece.contains('\n') {
            continue;
        }
        let lead = piece.len() - piece.trim_start().len();
        let (s, e) = if trimmed.is_empty() {
            (start + a, start + b)
        } else {
            (start + a + lead, start + a + lead + trimmed.len())
        };
        out.push(Tok {
            kind: classify(trimmed),
            start: s,
            end: e,
        });
    }
    out
}

/// A region that writes one cell a line, each closed by its bar (`56 |`),
/// an empty cell as a bar alone and the row's end as two (`|`, `||`): its
/// cells, the lines after the label's own, each line one cell (the empty
/// ones too). None when any whole line after the label's is of another
/// form (`| 1 | 2 |`), or no line holds a value.
fn line_cells(c: &Compact, start: usize, end: usize) -> Option<Vec<Tok>> {
    let region = &c.text[start..end];
    let mut off = region.find('\n')? + 1;
    let (mut out, mut valued) = (Vec::new(), false);
    for line in region[off..].split_inclusive('\n') {
        let at = start + off;
        off += line.len();
        // (The last piece without its line break: the next label's line.)
        if !line.ends_with('\n') {
            break;
        }
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        if t.chars().all(|ch| ch == '|') {
            if t.len() > 2 {
                return None;
            }
            out.push(Tok {
                kind: TokKind::Empty(CellStatus::Blank),
                start: at + lead,
                end: at + lead + t.len(),
            });
            continue;
        }
        // (Not empty: a line of bars alone was taken above.)
        let cell = t.strip_suffix('|')?.trim_end();
        if cell.contains('|') {
            return None;
        }
        valued = true;
        out.push(Tok {
            kind: classify(cell),
            start: at + lead,
            end: at + lead + cell.len(),
        });
    }
    valued.then_some(out)
}

/// Tokens of a text region: digit runs, empty markers and text runs;
/// a digit run glued to a label (`数量230`) is split from it.
pub fn text_tokens(c: &Compact, start: usize, end: usize) -> Vec<Tok> {
    let region = &c.text[start..end];
    let chars: Vec<(usize, char)> = region.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |k: usize| chars.get(k).map_or(region.len(), |x| x.0);
    while i < chars.len() {
        let ch = chars[i].1;
        if ch.is_whitespace() || ch == '|' {
            i += 1;
            continue;
        }
        let j0 = i;
        let kind = if ch.is_ascii_digit() {
            i += 1;
            while i < chars.len() {
                let d = chars[i].1;
                let next_digit = chars.get(i + 1).is_some_and(|x| x.1.is_ascii_digit());
                if d.is_ascii_digit() || ((d == ',' || d == '.') && next_digit) {
                    i += 1;
                } else {
                    break;
                }
            }
            // `1、申请人…`, `2.其他…`: a row ordinal, not a cell.
            let ordinal = matches!(chars.get(i).map(|x| x.1), Some('.' | '、'))
                && chars
                    .get(i + 1)
                    .is_some_and(|x| !x.1.is_ascii_digit() && !x.1.is_whitespace());
            // 42.86%: a rate in prose, never a count's cell.
            let rate = matches!(chars.get(i).map(|x| x.1), Some('%' | '％'));
            if rate {
                i += 1;
            }
            if ordinal || rate {
                TokKind::Text
            } else {
                TokKind::Num
            }
        } else if matches!(ch, '/' | '—' | '-') {
            while i < chars.len() && chars[i].1 == ch {
                i += 1;
            }
            classify(&region[at(j0)..at(i)])
        } else {
            while i < chars.len() {
                let d = chars[i].1;
                if d.is_whitespace() || d == '|' || d.is_ascii_digit() {
                    break;
                }
                i += 1;
            }
            let s = &region[at(j0)..at(i)];
            if !s.is_empty() && s.chars().all(|x| x == '无') {
                // `无` cells written one per line read as one run.
                for k in j0..i {
                    out.push(Tok {
                        kind: TokKind::Empty(CellStatus::None),
                        start: start + at(k),
                        end: start + at(k + 1),
                    });
                }
                continue;
            }
            TokKind::Text
        };
        out.push(Tok {
            kind,
            start: start + at(j0),
            end: start + at(i),
        });
    }
    out
}

/// Tokens of a region in whichever style it is written.
pub fn region_tokens(c: &Compact, start: usize, end: usize) -> Vec<Tok> {
    if is_piped(&c.text[start..end]) {
        pipe_cells(c, start, end)
    } else {
        text_tokens(c, start, end)
    }
}

/// One digit of a glued run, with its compact byte offset.
pub type Digit = (u8, usize);

/// Every way to cut `digits` into `parts` numbers (no leading zeros, at most
/// 7 digits each) that `ok` accepts; stops after `limit` solutions.
pub fn glued_splits(
    digits: &[Digit],
    parts: usize,
    ok: &dyn Fn(&[i64]) -> bool,
    limit: usize,
) -> Vec<Vec<(usize, usize)>> {
    #[allow(clippy::too_many_arguments)]
    fn rec(
        d: &[Digit],
        at: usize,
        parts: usize,
        cur: &mut Vec<(usize, usize)>,
        vals: &mut Vec<i64>,
        ok: &dyn Fn(&[i64]) -> bool,
        out: &mut Vec<Vec<(usize, usize)>>,
        limit: usize,
    ) {
        if out.len() >= limit {
            return;
        }
        let left = parts - cur.len();
        let rest = d.len() - at;
        if left == 0 {
            if rest == 0 && ok(vals) {
                out.push(cur.clone());
            }
            return;
        }
        if rest < left || rest > left * 7 {
            return;
        }
        let max_len = if d[at].0 == 0 { 1 } else { 7.min(rest) };
        for len in 1..=max_len {
            let v = d[at..at + len]
                .iter()
                .fold(0i64, |a, x| a * 10 + i64::from(x.0));
            cur.push((at, at + len));
            vals.push(v);
            rec(d, at + len, parts, cur, vals, ok, out, limit);
            cur.pop();
            vals.pop();
        }
    }
    let mut out = Vec::new();
    if parts == 0 {
        return out;
    }
    rec(
        digits,
        0,
        parts,
        &mut Vec::new(),
        &mut Vec::new(),
        ok,
        &mut out,
        limit,
    );
    out
}

/// The digits of a run of number tokens, spaces between them ignored.
pub fn digits_of(c: &Compact, toks: &[Tok]) -> Vec<Digit> {
    let mut out = Vec::new();
    for t in toks {
        for (i, ch) in c.text[t.start..t.end].char_indices() {
            if let Some(d) = ch.to_digit(10) {
                out.push((d as u8, t.start + i));
            }
        }
    }
    out
}

/// The ordinal a template label starts with: `一、`, `(七)`, `3.`.
pub fn label_ordinal(label: &str) -> Option<String> {
    let l = crate::text::fold(label);
    if let Some(rest) = l.strip_prefix('(') {
        let end = rest.find(')')?;
        return Some(rest[..end].to_string());
    }
    let head: String = l
        .chars()
        .take_while(|c| c.is_ascii_digit() || crate::numerals::cn_digit(*c).is_some() || *c == '十')
        .collect();
    let after = l[head.len()..].chars().next();
    if !head.is_empty() && matches!(after, Some('.') | Some('、')) {
        return Some(head);
    }
    None
}

/// The label text without its ordinal.
pub fn strip_ordinal(label: &str) -> String {
    let l = crate::text::fold(label);
    match label_ordinal(label) {
        Some(o) => {
            if l.starts_with('(') {
                l[o.len() + 2..].to_string()
            } else {
                l[o.len()..].trim_start_matches(['.', '、']).to_string()
            }
        }
        None => l,
    }
}

/// If `text[..pos]` ends with ordinal `ord` (`(七)`, `七、`, `3.`, `3、`),
/// the byte offset where that ordinal starts.
pub fn ordinal_before(text: &str, pos: usize, ord: &str) -> Option<usize> {
    let head = &text[..pos];
    let head = head.trim_end_matches(' ');
    // The forms `(ord)`, `ord、`, `ord.`, `ord,` (they differ in their
    // last character, so at most one fits).
    let (open, close) = if let Some(h) = head.strip_suffix(')') {
        (true, h)
    } else if let Some(h) = head
        .strip_suffix('、')
        .or_else(|| head.strip_suffix('.'))
        .or_else(|| head.strip_suffix(','))
    {
        (false, h)
    } else {
        return None;
    };
    let h = close.strip_suffix(ord)?;
    let h = if open { h.strip_suffix('(')? } else { h };
    Some(h.len())
}

/// Where a year in brackets after 本年/上年 begins, when the text before
/// `pos` ends with one: 一、本年(2021)新收… prints the year in the label.
pub fn year_in_label_before(text: &str, pos: usize) -> Option<usize> {
    let head = text[..pos].trim_end_matches(' ');
    if !head.ends_with(')') {
        return None;
    }
    // The last few characters only: an anchored search still reads all it is given.
    let from = (0..=head.len().saturating_sub(40))
        .rev()
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(0);
    let m =
        regex!(r"(?:本年度?|上年度?)\s*\(\s*(?:19|20)\d{2}\s*年?度?\s*\)$").find(&head[from..])?;
    Some(from + m.start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_number_lines_in_their_printed_forms() {
        for l in [
            "-3-",
            "- 12 -",
            "—3—",
            "— 3 —",
            "第 3 页",
            "第3页 共8页",
            "第3页/共8页",
            "共8页 第3页",
        ] {
            assert!(is_page_number_line(l), "{l}");
        }
        // Cells and table text are not page numbers.
        for l in [
            "3",
            "0 / 0",
            "3 / 8",
            "第9页 共3页",
            "-",
            "—",
            "1 2",
            "第三项",
            "第二十条第(一)项",
            "3 / 8 / 9",
            "12345 / 99999",
        ] {
            assert!(!is_page_number_line(l), "{l}");
        }
    }

    #[test]
    fn compact_joins_wrapped_labels_and_drops_page_numbers() {
        let c = Compact::new("本年新\n制作数量\n-3-\n\u{c}总计  21   0\n开(kāi)放");
        assert_eq!(c.text, "本年新制作数量总计 21 0\n开放");
    }

    #[test]
    fn pipe_cells_keep_blanks_and_skip_row_breaks() {
        let c = Compact::new("| 甲 | 1 |  | / |\n| 乙 |");
        let start = c.text.find("甲").unwrap() + "甲".len();
        let toks = pipe_cells(&c, start, c.text.len());
        let kinds: Vec<_> = toks.iter().map(|t| t.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                TokKind::Num,
                TokKind::Empty(CellStatus::Blank),
                TokKind::Empty(CellStatus::Slash),
                TokKind::Text
            ]
        );
    }

    #[test]
    fn glued_split_is_unique_by_row_sum() {
        let c = Compact::new("640020470");
        let toks = text_tokens(&c, 0, c.text.len());
        let d = digits_of(&c, &toks);
        let ok = |v: &[i64]| v[..6].iter().sum::<i64>() == v[6];
        let s = glued_splits(&d, 7, &ok, 2);
        assert_eq!(s.len(), 1);
        let vals: Vec<&str> = s[0].iter().map(|&(a, b)| &c.text[a..b]).collect();
        assert_eq!(vals, vec!["64", "0", "0", "2", "0", "4", "70"]);
    }

    #[test]
    fn ordinals() {
        assert_eq!(label_ordinal("（七）总计").as_deref(), Some("七"));
        assert_eq!(label_ordinal("3.其他").as_deref(), Some("3"));
        assert_eq!(label_ordinal("一、本年新收").as_deref(), Some("一"));
        assert_eq!(strip_ordinal("（七）总计"), "总计");
        assert_eq!(strip_ordinal("3.其他"), "其他");
        assert_eq!(ordinal_before("0003.其他", 5, "3"), Some(3));
        let t = "0 二、上年(2020)结转";
        assert_eq!(
            year_in_label_before(t, t.find("结转").unwrap()),
            t.find("上年")
        );
        assert_eq!(year_in_label_before("上年结转", 6), None);
    }
}
