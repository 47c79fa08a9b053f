//! Where a sentence-grammar pattern can match, found by one scan of the text.
//!
//! Most patterns of the sentence grammar stay inside one sentence: no part
//! of them but their first or last character can be a full stop (。). And
//! every match holds certain literals: 主动公开, 信息 and one of 条/件/篇 in
//! `主动公开[^。]{0,100}?信息…NUM(?:条|件|篇)`. A [`Sieve`] reads both off
//! the syntax of each of its patterns, puts the literals of all of them in
//! one Aho-Corasick automaton (built once), and for a text notes in one
//! scan which literals each sentence holds ([`Sieve::sentences`]). A
//! pattern then runs only over the sentences that hold a literal of each of
//! its sets ([`Sentences::windows`]), and finds there the matches it finds
//! over the whole text (the test below compares both on random text).
//! Patterns that may cross a full stop, or need no literal, run over the
//! whole text as before.

use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa::DFA, Anchored};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

const STOP: &str = "。";
/// A class of at most this many characters is a literal set (条件篇).
const MAX_CLASS: u32 = 8;
/// A set of more literals than this is no use as a filter.
const MAX_SET: usize = 24;

/// The literals of many patterns, and what each pattern needs.
pub struct Sieve {
    /// All literals, one DFA, walked byte by byte (see [`Sieve::sentences`]).
    dfa: DFA,
    /// Bit words per sentence (one bit per literal).
    words: usize,
    /// Per pattern: its literal sets as bit masks (a sentence must hold a
    /// literal of each), or None when it runs over the whole text.
    needs: Vec<Option<Vec<Vec<u64>>>>,
    /// Per sieved pattern: the literals every match starts with, by
    /// mask, when there are few (公开, 公布, 发布).
    starts: Vec<Option<Vec<usize>>>,
    /// Per pattern with starts: a part at a bounded distance after the
    /// start that matches one of a few literals (see [`Follow`]).
    follows: Vec<Option<Follow>>,
    /// The literals whose places are noted: those that start some
    /// pattern's matches, and those that follow the start.
    any_start: Vec<u64>,
}

/// A part of a pattern that matches one of a few literals, at a bounded
/// distance after the start of every match: in `(?:公开|发布)了?[^。]{0,50}?
/// 政府信息…`, 政府信息 begins 6 to 6 + 3 + 200 bytes after the start. A
/// start with no such literal there begins no match.
struct Follow {
    /// The literals, by number, and their lengths in bytes.
    lits: Vec<usize>,
    lens: Vec<usize>,
    /// The [`WALLS`] no part before it can hold: none lies between the
    /// start and the part.
    walls: Vec<char>,
    /// The characters the rest of the pattern can start with, where it
    /// must start with one (None: it may match nothing).
    next: Option<ClassUnicode>,
    /// Bytes from the match's start to the part's start, at least and at
    /// most.
    min: usize,
    max: usize,
}

/// The sentences of one text and the literals each holds.
pub struct Sentences {
    /// Byte offset of every full stop.
    stops: Vec<usize>,
    /// `words` bit words per sentence; sentence k ends at `stops[k]` (the
    /// last one at the end of the text).
    bits: Vec<u64>,
    /// The union of every sentence's bits.
    any: Vec<u64>,
    /// Where each literal that starts some pattern's matches, or follows
    /// their start, starts: literal l's offsets, in order, are
    /// `at[at_lit[l]..at_lit[l + 1]]`.
    at: Vec<usize>,
    at_lit: Vec<usize>,
    words: usize,
    len: usize,
}

/// A search window: run the regex over `text[..hay_end]` from `from`, and
/// keep a match only if it starts before `starts_before`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub from: usize,
    pub hay_end: usize,
    pub starts_before: usize,
}

impl Sieve {
    /// The sieve of `patterns` (regex syntax, as the `regex` crate reads
    /// it). A pattern that does not parse runs over the whole text.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Sieve {
        let hirs: Vec<Option<Hir>> = patterns
            .iter()
            .map(|p| regex_syntax::parse(p.as_ref()).ok())
            .collect();
        let wanted: Vec<Option<Vec<Vec<String>>>> =
            hirs.iter().map(|h| h.as_ref().and_then(needs)).collect();
        let openers: Vec<Option<Vec<String>>> = hirs
            .iter()
            .zip(&wanted)
            .map(|(h, w)| w.as_ref().and(h.as_ref()).and_then(openers))
            .collect();
        let followers: Vec<Option<Follower>> = hirs
            .iter()
            .zip(&openers)
            .map(|(h, o)| o.as_ref().and(h.as_ref()).and_then(follower))
            .collect();
        let mut literals: Vec<String> = wanted
            .iter()
            .flatten()
            .flatten()
            .chain(openers.iter().flatten())
            .flatten()
            .chain(followers.iter().flatten().flat_map(|f| &f.lits))
            .cloned()
            .collect();
        literals.sort();
        literals.dedup();
        let words = literals.len().div_ceil(64).max(1);
        let mask = |set: &[String]| {
            let mut mask = vec![0u64; words];
            for lit in set {
                let i = literals.binary_search(lit).expect("collected above");
                mask[i / 64] |= 1 << (i % 64);
            }
            mask
        };
        let needs = wanted
            .iter()
            .map(|sets| {
                sets.as_ref()
                    .map(|sets| sets.iter().map(|s| mask(s)).collect())
            })
            .collect();
        let number = |set: &[String]| -> Vec<usize> {
            set.iter()
                .map(|l| literals.binary_search(l).expect("collected above"))
                .collect()
        };
        let starts: Vec<Option<Vec<usize>>> =
            openers.iter().map(|o| o.as_deref().map(number)).collect();
        let follows: Vec<Option<Follow>> = followers
            .iter()
            .map(|f| {
                f.as_ref().map(|f| Follow {
                    lits: number(&f.lits),
                    lens: f.lits.iter().map(String::len).collect(),
                    walls: f.walls.clone(),
                    next: f.next.clone(),
                    min: f.min,
                    max: f.max,
                })
            })
            .collect();
        let mut any_start = vec![0u64; words];
        for &l in starts
            .iter()
            .flatten()
            .chain(follows.iter().flatten().map(|f| &f.lits))
            .flatten()
        {
            any_start[l / 64] |= 1 << (l % 64);
        }
        // A full DFA: a few hundred literals make a small one, and it is
        // the fastest to scan with.
        let dfa = DFA::new(&literals).expect("literals of a few hundred patterns");
        Sieve {
            dfa,
            words,
            needs,
            starts,
            follows,
            any_start,
        }
    }

    /// Whether pattern `i`'s matches all start with one of a few literals
    /// (see [`Sentences::starts`]).
    pub fn has_starts(&self, i: usize) -> bool {
        self.starts.get(i).is_some_and(Option::is_some)
    }

    /// Whether pattern `i` is run sentence by sentence.
    pub fn sieves(&self, i: usize) -> bool {
        self.needs.get(i).is_some_and(Option::is_some)
    }

    /// The sentences of `t` with the literals each holds: one scan.
    pub fn sentences(&self, t: &str) -> Sentences {
        let stops: Vec<usize> = memchr::memmem::find_iter(t.as_bytes(), STOP).collect();
        let mut bits = vec![0u64; (stops.len() + 1) * self.words];
        let mut any = vec![0u64; self.words];
        let mut marks = Vec::new();
        // Every match, overlapping ones too, in order of their ends: the
        // DFA walked byte by byte (the crate's overlapping iterator adds a
        // dynamic call and a state copy per match).
        let dfa = &self.dfa;
        let mut sid = dfa.start_state(Anchored::No).expect("an unanchored DFA");
        // The sentence: the stops before the match (no literal holds a
        // full stop, so those before its end are those before its start).
        let mut k = 0;
        for (at, &b) in t.as_bytes().iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if !dfa.is_special(sid) || !dfa.is_match(sid) {
                continue;
            }
            let end = at + 1;
            while k < stops.len() && stops[k] < end {
                k += 1;
            }
            for n in 0..dfa.match_len(sid) {
                let pid = dfa.match_pattern(sid, n);
                let i = pid.as_usize();
                bits[k * self.words + i / 64] |= 1 << (i % 64);
                any[i / 64] |= 1 << (i % 64);
                if has(&self.any_start, i) {
                    marks.push((i, end - dfa.pattern_len(pid)));
                }
            }
        }
        // By literal, each literal's offsets in order (a counting sort: the
        // scan reports one literal's matches in order).
        let mut at_lit = vec![0usize; self.dfa.patterns_len() + 1];
        for &(i, _) in &marks {
            at_lit[i + 1] += 1;
        }
        for l in 1..at_lit.len() {
            at_lit[l] += at_lit[l - 1];
        }
        let mut at = vec![0usize; marks.len()];
        let mut next = at_lit.clone();
        for &(i, p) in &marks {
            at[next[i]] = p;
            next[i] += 1;
        }
        Sentences {
            stops,
            bits,
            any,
            at,
            at_lit,
            words: self.words,
            len: t.len(),
        }
    }
}

impl Sentences {
    /// The windows of pattern `i` of `sieve` within `from..to`, in order:
    /// the sentences that hold what it needs, or `from..to` whole when the
    /// sieve does not sieve it. Every match of the pattern over
    /// `text[..to]` that starts in `from..` is found in exactly one window,
    /// as it is over `text[..to]`.
    pub fn windows<'s>(
        &'s self,
        sieve: &'s Sieve,
        i: usize,
        from: usize,
        to: usize,
    ) -> Windows<'s> {
        let whole = Window {
            from,
            hay_end: to,
            starts_before: to,
        };
        let Some(sets) = sieve.needs.get(i).and_then(Option::as_ref) else {
            return Windows {
                s: self,
                sets: &[],
                k: 0..0,
                from,
                to,
                whole: Some(whole),
            };
        };
        let none = !holds(sets, &self.any);
        let first = self.stops.partition_point(|&s| s < from);
        let last = self.stops.partition_point(|&s| s < to);
        Windows {
            s: self,
            sets,
            k: if none { 0..0 } else { first..last + 1 },
            from,
            to,
            whole: None,
        }
    }
}

impl Sentences {
    /// Whether pattern `i` may match in the text: it runs over the whole
    /// text, or some sentence holds a literal of each of its sets.
    pub fn may_match(&self, sieve: &Sieve, i: usize) -> bool {
        sieve
            .needs
            .get(i)
            .and_then(Option::as_ref)
            .is_none_or(|sets| holds(sets, &self.any))
    }

    /// The offsets in `from..before`, in order, where one of the literals
    /// that start pattern `i`'s matches starts (every match of it starts
    /// at one) and, where the pattern has a [`Follow`], one of its literals
    /// follows within its distance; or None when its matches may start
    /// anywhere.
    pub fn starts<'s>(
        &'s self,
        sieve: &'s Sieve,
        i: usize,
        from: usize,
        before: usize,
        t: &'s str,
    ) -> Option<impl Iterator<Item = usize> + 's> {
        let lits = sieve.starts.get(i)?.as_ref()?;
        let follow = sieve.follows.get(i).and_then(Option::as_ref);
        let mut found: Vec<usize> = Vec::new();
        for &l in lits {
            let at = self.offsets(l);
            let first = at.partition_point(|&p| p < from);
            found.extend(at[first..].iter().take_while(|&&p| p < before));
        }
        found.sort_unstable();
        found.dedup();
        found.retain(|&p| follow.is_none_or(|f| self.followed(f, t, p)));
        Some(found.into_iter())
    }

    /// Where literal `l` starts, in order (a literal that starts or
    /// follows some pattern's matches).
    fn offsets(&self, l: usize) -> &[usize] {
        &self.at[self.at_lit[l]..self.at_lit[l + 1]]
    }

    /// Whether a literal of `f` starts within its distance after `p`, with
    /// none of its walls between.
    fn followed(&self, f: &Follow, t: &str, p: usize) -> bool {
        let near = |q: usize| q <= p + f.max && !t[p..q].contains(f.walls.as_slice());
        // The character right after the literal (`len` bytes on from `q`).
        let then = |q: usize, len: usize| {
            f.next.as_ref().is_none_or(|next| {
                t[q + len..]
                    .chars()
                    .next()
                    .is_some_and(|c| next.ranges().iter().any(|r| r.start() <= c && c <= r.end()))
            })
        };
        f.lits.iter().zip(&f.lens).any(|(&l, &len)| {
            let at = self.offsets(l);
            let first = at.partition_point(|&q| q < p + f.min);
            at[first..]
                .iter()
                .take_while(|&&q| near(q))
                .any(|&q| then(q, len))
        })
    }
}

/// Whether literal `l` is in `mask`.
fn has(mask: &[u64], l: usize) -> bool {
    mask[l / 64] & 1 << (l % 64) != 0
}

/// Whether `bits` hold a literal of each set.
fn holds(sets: &[Vec<u64>], bits: &[u64]) -> bool {
    sets.iter()
        .all(|m| m.iter().zip(bits).any(|(a, b)| a & b != 0))
}

/// See [`Sentences::windows`].
pub struct Windows<'s> {
    s: &'s Sentences,
    sets: &'s [Vec<u64>],
    k: std::ops::Range<usize>,
    from: usize,
    to: usize,
    whole: Option<Window>,
}

impl Iterator for Windows<'_> {
    type Item = Window;

    fn next(&mut self) -> Option<Window> {
        if let Some(w) = self.whole.take() {
            return Some(w);
        }
        let s = self.s;
        let k = self
            .k
            .by_ref()
            .find(|&k| holds(self.sets, &s.bits[k * s.words..(k + 1) * s.words]))?;
        let start = if k == 0 { 0 } else { s.stops[k - 1] };
        let stop = s.stops.get(k).copied().unwrap_or(s.len);
        let end = (stop + STOP.len()).min(s.len);
        // A match starting in this sentence ends by the stop after it (the
        // pattern holds no stop but at its ends); one starting at that stop
        // is the next sentence's.
        Some(if self.to <= end {
            Window {
                from: start.max(self.from),
                hay_end: self.to,
                starts_before: self.to,
            }
        } else {
            Window {
                from: start.max(self.from),
                hay_end: end,
                starts_before: stop,
            }
        })
    }
}

/// The literal sets of a pattern that keeps to one sentence, or None when
/// it may hold a full stop inside, or needs no literal.
fn needs(h: &Hir) -> Option<Vec<Vec<String>>> {
    let parts: &[Hir] = match h.kind() {
        HirKind::Concat(parts) => parts,
        _ => std::slice::from_ref(h),
    };
    // A first or last part may be the stop itself, alone ((?:^|[。;；]),
    // (?:案件|[。,，]|$)).
    let edge = |p: &Hir| holds_stop(p) && stop_alone(p);
    let mut inner = parts;
    if let [first, rest @ ..] = inner {
        if edge(first) {
            inner = rest;
        }
    }
    if let [rest @ .., last] = inner {
        if edge(last) {
            inner = rest;
        }
    }
    if inner.is_empty() || inner.iter().any(holds_stop) {
        return None;
    }
    let sets = concat_sets(inner);
    (!sets.is_empty()).then_some(sets)
}

/// The literals every match of `h` starts with, when they are few and none
/// is empty.
fn openers(h: &Hir) -> Option<Vec<String>> {
    let seq = regex_syntax::hir::literal::Extractor::new()
        .kind(regex_syntax::hir::literal::ExtractKind::Prefix)
        .extract(h);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.len() > MAX_SET {
        return None;
    }
    lits.iter()
        .map(|l| {
            std::str::from_utf8(l.as_bytes())
                .ok()
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        })
        .collect()
}

/// See [`follower`].
#[derive(Debug, PartialEq, Eq)]
struct Follower {
    lits: Vec<String>,
    min: usize,
    max: usize,
    walls: Vec<char>,
    next: Option<ClassUnicode>,
}

/// The part of `h` that follows the start of every match at a bounded
/// distance and matches one of a few literals (the part whose shortest
/// literal is longest, as the rarest): its literals, the least and most
/// bytes from the match's start to it, and the walls no part before it
/// holds.
fn follower(h: &Hir) -> Option<Follower> {
    let parts: &[Hir] = match h.kind() {
        HirKind::Concat(parts) => parts,
        HirKind::Capture(c) => match c.sub.kind() {
            HirKind::Concat(parts) => parts,
            _ => return None,
        },
        _ => return None,
    };
    let (mut min, mut max) = (0usize, 0usize);
    let mut walls: Vec<char> = WALLS.to_vec();
    let mut found: Option<Follower> = None;
    let shortest = |s: &[String]| s.iter().map(|l| l.len()).min().unwrap_or(0);
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            if let Some(set) = exact(p) {
                if found
                    .as_ref()
                    .is_none_or(|f| shortest(&set) > shortest(&f.lits))
                {
                    found = Some(Follower {
                        lits: set,
                        min,
                        max,
                        walls: walls.clone(),
                        next: match first_of(&parts[k + 1..]) {
                            Some((set, false)) => Some(set),
                            _ => None,
                        },
                    });
                }
            }
        }
        walls.retain(|&w| !holds_char(p, w));
        let props = p.properties();
        min += props.minimum_len().unwrap_or(0);
        match props.maximum_len() {
            Some(n) => max += n,
            None => break,
        }
    }
    found
}

/// The characters a match of `hs`, one after another, can start with, and
/// whether it can be empty; None where it may start with anything (an
/// anchor or a boundary, bytes).
fn first_of(hs: &[Hir]) -> Option<(ClassUnicode, bool)> {
    let mut set = ClassUnicode::empty();
    for h in hs {
        let (s, empty) = first(h)?;
        set.union(&s);
        if !empty {
            return Some((set, false));
        }
    }
    Some((set, true))
}

/// See [`first_of`].
fn first(h: &Hir) -> Option<(ClassUnicode, bool)> {
    match h.kind() {
        HirKind::Empty => Some((ClassUnicode::empty(), true)),
        HirKind::Look(_) | HirKind::Class(Class::Bytes(_)) => None,
        HirKind::Literal(l) => {
            let c = std::str::from_utf8(&l.0).ok()?.chars().next()?;
            Some((ClassUnicode::new([ClassUnicodeRange::new(c, c)]), false))
        }
        HirKind::Class(Class::Unicode(c)) => Some((c.clone(), false)),
        HirKind::Repetition(r) => {
            let (s, empty) = first(&r.sub)?;
            Some((s, empty || r.min == 0))
        }
        HirKind::Capture(c) => first(&c.sub),
        HirKind::Concat(hs) => first_of(hs),
        HirKind::Alternation(hs) => {
            let mut set = ClassUnicode::empty();
            let mut empty = false;
            for h in hs {
                let (s, e) = first(h)?;
                set.union(&s);
                empty |= e;
            }
            Some((set, empty))
        }
    }
}

/// Whether every match of `h` that holds a full stop is that one character.
fn stop_alone(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Alternation(hs) => hs.iter().all(|h| !holds_stop(h) || stop_alone(h)),
        HirKind::Capture(c) => stop_alone(&c.sub),
        _ => h.properties().maximum_len().is_some_and(|n| n <= 4),
    }
}

/// Whether a match of `h` can hold a full stop.
fn holds_stop(h: &Hir) -> bool {
    holds_char(h, '。')
}

/// Whether a match of `h` can hold `ch`.
fn holds_char(h: &Hir, ch: char) -> bool {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(l) => std::str::from_utf8(&l.0).map_or(true, |s| s.contains(ch)),
        HirKind::Class(Class::Unicode(c)) => {
            c.ranges().iter().any(|r| r.start() <= ch && ch <= r.end())
        }
        HirKind::Class(Class::Bytes(_)) => true,
        HirKind::Repetition(r) => r.max != Some(0) && holds_char(&r.sub, ch),
        HirKind::Capture(c) => holds_char(&c.sub, ch),
        HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().any(|h| holds_char(h, ch)),
    }
}

/// Characters a clause ends at, which the gaps of most patterns do not
/// cross ([^。;；,，\n]).
const WALLS: [char; 8] = ['。', ';', '；', ',', '，', '\n', ':', '：'];

/// Literal sets every match of `h` holds a member of.
fn required(h: &Hir) -> Vec<Vec<String>> {
    match h.kind() {
        // A literal, or a class of a few characters: the strings it matches.
        HirKind::Literal(_) | HirKind::Class(Class::Unicode(_)) => exact(h).into_iter().collect(),
        HirKind::Class(Class::Bytes(_)) | HirKind::Empty | HirKind::Look(_) => Vec::new(),
        HirKind::Repetition(r) if r.min > 0 => required(&r.sub),
        HirKind::Repetition(_) => Vec::new(),
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Concat(hs) => concat_sets(hs),
        HirKind::Alternation(hs) => {
            let mut set = Vec::new();
            for h in hs {
                match best(required(h)) {
                    Some(s) => set.extend(s),
                    None => return Vec::new(),
                }
            }
            set.sort();
            set.dedup();
            if set.len() > MAX_SET {
                Vec::new()
            } else {
                vec![set]
            }
        }
    }
}

/// What a [`crate::gated::Gated`] regex checks before it searches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Gate {
    /// Every match holds one of these (the rarest set, as a guess).
    Holds(Vec<String>),
    /// The pattern ends at the end of the text, and every match ends with
    /// one of these.
    EndsWith(Vec<String>),
}

/// The gate of `pat`, where one beats the regex's own search: a pattern
/// anchored at the text's end checks how the text ends; one whose matches
/// start anywhere (no literal prefix of two characters or more for the
/// regex's prefilter to skip to, no anchor at the start) looks for a
/// literal of two characters or more that every match holds.
pub(crate) fn gate(pat: &str) -> Option<Gate> {
    use regex_syntax::hir::{
        literal::{ExtractKind, Extractor},
        Look,
    };
    let h = regex_syntax::parse(pat).ok()?;
    let props = h.properties();
    let finite = |kind| {
        let seq = Extractor::new().kind(kind).extract(&h);
        let lits: Vec<String> = seq
            .literals()?
            .iter()
            .map(|l| std::str::from_utf8(l.as_bytes()).ok().map(str::to_string))
            .collect::<Option<_>>()?;
        (!lits.is_empty() && lits.iter().all(|l| !l.is_empty())).then_some(lits)
    };
    if props.look_set_suffix().contains(Look::End) {
        if let Some(lits) = finite(ExtractKind::Suffix) {
            return Some(Gate::EndsWith(lits));
        }
    }
    // A prefix of one character (《, 由) is in most pages many times over:
    // the prefilter stops at each, so a rarer literal further on still pays.
    let strong_prefix =
        finite(ExtractKind::Prefix).is_some_and(|lits| lits.iter().any(|l| l.chars().count() >= 2));
    if props.look_set_prefix().contains(Look::Start) || strong_prefix {
        return None;
    }
    let set = best(required(&h))?;
    let shortest = set.iter().map(|l| l.chars().count()).min()?;
    (shortest >= 2).then_some(Gate::Holds(set))
}

/// The literal sets of a sequence of parts: a run of parts that each match
/// one of a few strings makes one set (日 then 电|讯: 日电 or 日讯, rarer
/// than either part), the other parts their own.
fn concat_sets(hs: &[Hir]) -> Vec<Vec<String>> {
    let mut sets = Vec::new();
    let mut run: Vec<&Hir> = Vec::new();
    let flush = |run: &mut Vec<&Hir>, sets: &mut Vec<Vec<String>>| {
        match product(run) {
            Some(set) if run.len() > 1 => sets.push(set),
            _ => sets.extend(run.iter().flat_map(|h| required(h))),
        }
        run.clear();
    };
    for h in hs {
        if exact(h).is_some() {
            run.push(h);
        } else {
            flush(&mut run, &mut sets);
            sets.extend(required(h));
        }
    }
    flush(&mut run, &mut sets);
    sets
}

/// The strings a run of parts matches, one after another, when they are
/// few and none is empty.
fn product(run: &[&Hir]) -> Option<Vec<String>> {
    let mut out = vec![String::new()];
    for h in run {
        let part = exact(h)?;
        if out.len() * part.len() > MAX_SET {
            return None;
        }
        out = out
            .iter()
            .flat_map(|a| part.iter().map(move |b| format!("{a}{b}")))
            .collect();
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// The strings `h` matches, when it matches one of a few non-empty ones.
fn exact(h: &Hir) -> Option<Vec<String>> {
    match h.kind() {
        HirKind::Literal(l) => std::str::from_utf8(&l.0)
            .ok()
            .filter(|s| !s.is_empty())
            .map(|s| vec![s.to_string()]),
        HirKind::Class(Class::Unicode(c)) => {
            let chars: Vec<String> = c
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .take(MAX_CLASS as usize + 1)
                .map(String::from)
                .collect();
            (chars.len() <= MAX_CLASS as usize).then_some(chars)
        }
        HirKind::Capture(c) => exact(&c.sub),
        HirKind::Alternation(hs) => {
            let mut set = Vec::new();
            for h in hs {
                set.extend(exact(h)?);
            }
            set.sort();
            set.dedup();
            (set.len() <= MAX_SET).then_some(set)
        }
        HirKind::Concat(hs) => product(&hs.iter().collect::<Vec<_>>()),
        _ => None,
    }
}

/// The set whose shortest literal is longest (the rarest, as a guess);
/// of those the smallest.
fn best(sets: Vec<Vec<String>>) -> Option<Vec<String>> {
    sets.into_iter().max_by_key(|s| {
        let shortest = s.iter().map(|l| l.chars().count()).min().unwrap_or(0);
        (shortest, std::cmp::Reverse(s.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn sets(p: &str) -> Option<Vec<Vec<String>>> {
        needs(&regex_syntax::parse(p).unwrap())
    }

    #[test]
    fn literal_sets_of_the_grammar() {
        assert_eq!(
            sets(r"主动公开[^。;；,，\n]{0,100}?信息(?:共)?\s*([0-9]+)\s*(?:条|件|篇)").unwrap(),
            vec![
                vec!["主动公开".to_string()],
                vec!["信息".to_string()],
                vec!["件".to_string(), "条".to_string(), "篇".to_string()],
            ]
        );
        // An optional part: no set from it. Parts of a few strings each,
        // one after another, make one set.
        assert_eq!(
            sets(r"(?:无|没有)申请(?:[0-9])?").unwrap(),
            vec![vec!["无申请".to_string(), "没有申请".to_string()]]
        );
        assert_eq!(
            sets(r"\d{1,2}月\d{1,2}日(?:电|讯)").unwrap(),
            vec![
                vec!["月".to_string()],
                vec!["日电".to_string(), "日讯".to_string()]
            ]
        );
        // The stop at either end is allowed, inside it is not.
        assert!(sets(r"(?:^|[。;；\n])[^。,，]{0,12}?(?:无|没有)申请\s*(?:[。;；\n]|$)").is_some());
        assert!(sets(r"办理[^\n]{0,60}?[。;；]\s*全部办结").is_none());
        assert!(sets(r"申请。办结").is_none());
        assert!(sets(r"有[0-9]件[^。,]{0,9}?诉讼(?:案件|[,。]|$|、[0-9]件)").is_some());
        assert!(sets(r"有[0-9]件(?:案件|。[0-9]件)").is_none());
        // No literal at all: the whole text.
        assert!(sets(r"[0-9]+").is_none());
        // Matches start with one of a few literals, or anywhere.
        let starts = |p: &str| openers(&regex_syntax::parse(p).unwrap());
        assert_eq!(
            starts(r"(?:公开|发布)[^。]{0,9}?信息").unwrap(),
            ["公开", "发布"]
        );
        assert!(starts(r"(?:^|[。;])[^。]{0,9}?无申请").is_none());
        assert!(starts(r"[^及和]部分公开").is_none());
        // What follows every start at a bounded distance: 政府信息, 6 to
        // 6 + 3 + 4 × 50 bytes on.
        let follows = |p: &str| follower(&regex_syntax::parse(p).unwrap());
        let f = follows(r"(?:公开|发布)(?:了)?[^。,]{0,50}?政府信息(?:共)?([0-9]+)条").unwrap();
        assert_eq!(
            (f.lits, f.min, f.max),
            (vec!["政府信息".to_string()], 6, 209)
        );
        // No full stop or comma before it (the other walls may be).
        assert_eq!(f.walls, ['。', ',']);
        // After it 共 or a digit.
        let next: Vec<(char, char)> = f
            .next
            .unwrap()
            .ranges()
            .iter()
            .map(|r| (r.start(), r.end()))
            .collect();
        assert_eq!(next, [('0', '9'), ('共', '共')]);
        // Or anything, where the rest may match nothing.
        let f = follows(r"公开[^。]{0,9}?信息(?:[。,]|$)").unwrap();
        assert_eq!(f.next, None);
        // Nothing at a bounded distance.
        assert_eq!(follows(r"公开[^。]*信息"), None);
    }

    /// Every match over the whole text (from `from`, up to `to`), and every
    /// match over the sieved windows, of each pattern.
    fn both(ps: &[&str], t: &str, from: usize, to: usize) {
        let sieve = Sieve::new(ps);
        let s = sieve.sentences(t);
        for (i, p) in ps.iter().enumerate() {
            let re = Regex::new(p).unwrap();
            let mut whole = Vec::new();
            let mut at = from;
            while let Some(m) = re.find_at(&t[..to], at) {
                whole.push(m.range());
                at = m.end().max(m.start() + 1);
                if at > to {
                    break;
                }
            }
            let windows = s.windows(&sieve, i, from, to);
            let anchored = sieve.has_starts(i).then(|| crate::compile_meta(p));
            let mut sieved = Vec::new();
            let mut at = from;
            for w in windows {
                at = at.max(w.from);
                while at <= w.hay_end {
                    let hay = &t[..w.hay_end];
                    let found = match (&anchored, s.starts(&sieve, i, at, w.starts_before, t)) {
                        (Some(a), Some(mut starts)) => starts
                            .find(|&q| {
                                a.is_match(
                                    regex_automata::Input::new(hay)
                                        .range(q..)
                                        .anchored(regex_automata::Anchored::Yes),
                                )
                            })
                            .and_then(|q| re.find_at(hay, q)),
                        _ => re.find_at(hay, at),
                    };
                    match found {
                        Some(m) if m.start() < w.starts_before => {
                            sieved.push(m.range());
                            at = m.end().max(m.start() + 1);
                        }
                        _ => break,
                    }
                }
            }
            assert_eq!(whole, sieved, "{p} over {t:?} from {from} to {to}");
        }
    }

    #[test]
    fn sieved_windows_find_what_the_whole_text_does() {
        let ps = [
            r"主动公开[^。;；,，\n]{0,10}?信息\s*([0-9]+)\s*(?:条|件)",
            r"(?:^|[。;；\n])[^。;；,，\n]{0,6}?(?:无|没有)申请\s*(?:[。;；\n]|$)",
            r"(?:无|没有)[^;；\n]{0,8}?复议",
            r"(?:[^及和]|^)部分公开\s*([0-9]+)件",
            r"收费\s*(?:[。,]|$)",
            r"件\s*(?:[。,]|$)",
            r"(?:无|和|及部分公开)\s*([0-9]+)件[^。,]{0,6}?复议(?:申请|[,。]|$|、\s*[0-9]+条)",
            r"(?:公开|发布)(?:了)?[^。;；,，\n]{0,5}?政府信息(?:共)?\s*([0-9]+)\s*条",
        ];
        // Text from the patterns' own pieces, stops and commas, at random
        // (a fixed-seed generator: the test is the same every run).
        let pieces = [
            "主动公开",
            "、",
            "信息",
            "政府",
            "3",
            "12",
            " ",
            "条",
            "件",
            "。",
            ",",
            "无",
            "没有",
            "申请",
            "\n",
            ";",
            "复议",
            "及",
            "部分公开",
            "收费",
            "和",
            "发布",
            "了",
            "共",
        ];
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut t = String::new();
            let n = (x >> 60) as usize + 2;
            for _ in 0..n * 3 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                t.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            let from = bounds[(x as usize >> 3) % bounds.len()];
            let to = bounds[(x as usize >> 9) % bounds.len()].max(from);
            both(&ps, &t, 0, t.len());
            both(&ps, &t, from, to);
        }
    }
}
