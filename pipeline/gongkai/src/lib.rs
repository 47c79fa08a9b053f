//! gongkai: turn 政府信息公开工作年度报告 pages into typed records.
//!
//! Every capability of the pipeline lives here; the stage binaries in
//! `gongkai-cli` only parse flags and wire these modules together.
//!
//! Data path: [`corpus`] walks the input → [`decode`] bytes to text →
//! [`html`] turns pages into article text → [`text`] builds the normalised
//! matching view, held with the page's address ([`url`]) in a [`doc::Doc`] →
//! [`extract`] runs [`meta`] (title, report or not, year, dates; the unit by
//! the grammar of [`mod@unit`]), [`region`] (over the [`gazetteer`] index),
//! [`narrative`] and [`tables`] (driven by [`template`]) →
//! [`record::Report`] → [`schema`] builds Arrow record batches defined by
//! `schemas/*.json`. Errors at the boundaries are [`error::Error`].

/// A regex compiled once where it is used: `regex!(r"…")` is a
/// `&'static Gated`, a `Regex` that looks for a rare literal of the pattern
/// before it searches (see [`gated`]).
macro_rules! regex {
    ($pat:expr) => {{
        static R: std::sync::OnceLock<$crate::gated::Gated> = std::sync::OnceLock::new();
        R.get_or_init(|| $crate::gated::Gated::new($pat))
    }};
}

/// An Aho-Corasick automaton of a static word list, built once where it is
/// used: `words!(LIST)` is a `&'static AhoCorasick` (all matches, overlapping
/// ones too, with `find_overlapping_iter`).
macro_rules! words {
    ($list:expr) => {{
        static A: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
        A.get_or_init(|| aho_corasick::AhoCorasick::new($list).expect("a static word list"))
    }};
}

/// Every static pattern of the extractor, compiled with one lazy-DFA cache
/// size: the bounded gaps of the sentence grammar (`[^。]{0,50}?`) make many
/// DFA states, and a cache too small for them is cleared and rebuilt over and
/// over within one page.
pub(crate) fn compile(pat: &str) -> regex::Regex {
    regex::RegexBuilder::new(pat)
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .expect("static pattern")
}

const DFA_CACHE_BYTES: usize = 16 << 20;

/// A pattern of [`compile`] as regex-automata's meta regex, which searches
/// anchored (at the starts [`sieve::Sentences::starts`] finds) as well as
/// unanchored, with its groups: the same syntax and cache size.
pub(crate) fn compile_meta(pat: &str) -> regex_automata::meta::Regex {
    regex_automata::meta::Regex::builder()
        .configure(regex_automata::meta::Config::new().hybrid_cache_capacity(DFA_CACHE_BYTES))
        .build(pat)
        .expect("static pattern")
}

pub mod corpus;
pub mod decode;
pub mod dedup;
pub mod doc;
pub mod docx;
pub mod error;
pub mod eval;
pub mod extract;
pub mod fsutil;
pub mod gated;
pub mod gazetteer;
pub mod hanzi;
pub mod html;
mod html_fast;
pub mod manifest;
pub mod meta;
pub mod names;
pub mod narrative;
pub mod numerals;
pub mod pdf;
pub mod pdf_layout;
pub mod pdf_write;
pub mod record;
pub mod region;
pub mod schema;
pub mod shard;
pub mod sieve;
pub mod synth;
pub mod tables;
pub mod template;
pub mod text;
pub mod unit;
pub mod url;
