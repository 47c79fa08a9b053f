//! A static regex that first looks for a literal every match holds.
//!
//! The regex crate finds matches fast when each starts with one of a few
//! literals: its prefilter skips to them. A pattern that starts with a
//! class (`[\p{Han}]{2,25}?(?:局|委)…领导小组`, `(?:^|[,，])\s*[\p{Han}]{2,30}?
//! 结合…编制`) runs its automaton over every byte of the text instead,
//! which over a page's head costs microseconds though it almost never
//! matches. Most such patterns hold a rarer literal further on (领导小组,
//! 结合 and 编制, 日电 or 日讯): a [`Gated`] regex looks for one of them
//! first, with one substring search, and runs only where one is present.
//! A pattern anchored at the end of the text (`…(?:政府|门户)$`) checks how
//! the text ends. The literals are read off the pattern's syntax by
//! [`crate::sieve::gate`], the analysis that sieves the sentence grammar.

use crate::sieve::Gate;
use aho_corasick::AhoCorasick;
use regex::{Captures, Match, Regex, Replacer};
use std::borrow::Cow;

/// A regex and, when it has one worth checking, the literals one of which
/// every match holds. Its search methods check them first; everything else
/// of [`Regex`] is reached through `Deref`.
pub struct Gated {
    re: Regex,
    gate: Option<Check>,
}

/// A gate, built.
enum Check {
    Holds(AhoCorasick),
    EndsWith(Vec<String>),
}

impl Gated {
    /// `pat` compiled as [`crate::compile`] does, with its gate.
    pub fn new(pat: &str) -> Gated {
        let gate = crate::sieve::gate(pat).map(|g| match g {
            Gate::Holds(lits) => {
                Check::Holds(AhoCorasick::new(lits).expect("a few literals of a pattern"))
            }
            Gate::EndsWith(lits) => Check::EndsWith(lits),
        });
        Gated {
            re: crate::compile(pat),
            gate,
        }
    }

    /// Whether it checks a literal before it searches.
    pub fn is_gated(&self) -> bool {
        self.gate.is_some()
    }

    /// Whether a match may be in `h`: no gate, or a gate literal in it.
    fn open(&self, h: &str) -> bool {
        match &self.gate {
            None => true,
            Some(Check::Holds(ac)) => ac.is_match(h),
            Some(Check::EndsWith(lits)) => lits.iter().any(|l| h.ends_with(l.as_str())),
        }
    }

    pub fn is_match(&self, h: &str) -> bool {
        self.open(h) && self.re.is_match(h)
    }

    pub fn find<'h>(&self, h: &'h str) -> Option<Match<'h>> {
        self.open(h).then(|| self.re.find(h)).flatten()
    }

    pub fn captures<'h>(&self, h: &'h str) -> Option<Captures<'h>> {
        self.open(h).then(|| self.re.captures(h)).flatten()
    }

    /// (Over an empty end of `h` when the gate is shut: no match.)
    pub fn find_iter<'r, 'h>(&'r self, h: &'h str) -> regex::Matches<'r, 'h> {
        self.re.find_iter(self.hay(h))
    }

    pub fn captures_iter<'r, 'h>(&'r self, h: &'h str) -> regex::CaptureMatches<'r, 'h> {
        self.re.captures_iter(self.hay(h))
    }

    pub fn replace<'h, R: Replacer>(&self, h: &'h str, rep: R) -> Cow<'h, str> {
        if self.open(h) {
            self.re.replace(h, rep)
        } else {
            Cow::Borrowed(h)
        }
    }

    pub fn replace_all<'h, R: Replacer>(&self, h: &'h str, rep: R) -> Cow<'h, str> {
        if self.open(h) {
            self.re.replace_all(h, rep)
        } else {
            Cow::Borrowed(h)
        }
    }

    /// `h`, or its empty end when no match can be in it (a pattern with a
    /// gate matches no empty string).
    fn hay<'h>(&self, h: &'h str) -> &'h str {
        if self.open(h) {
            h
        } else {
            &h[h.len()..]
        }
    }
}

impl std::ops::Deref for Gated {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        &self.re
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PATTERNS: &[&str] = &[
        r"([\p{Han}]{2,25}?(?:局|委|办|厅))(?:政府|政务)?信息公开(?:工作)?领导小组",
        r"(?:^|[,，。;；:：\n])\s*([\p{Han}]{2,30}?)结合[^。]{0,20}?编制",
        r"(?m)^\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[,，]?[^。\n]{0,30}?(?:发布|公布)了?[^。\n]{0,20}?年度报告",
        r"[^某]{0,3}局",
        r"(?:甲|乙)[^。]{0,4}?(?:丙丁|丁丙)",
        r"(?m)^[^\n]{0,20}?\d{1,2}月\d{1,2}日(?:电|讯)",
        r"(?:以|通过)(\p{Han}{2,10}?)(?:(?:人民)?政府|门户)$",
        r"(?:甲乙|乙甲)[^。]{0,4}?(?:丙丁|丁丙)",
    ];

    #[test]
    fn gated_where_the_regex_has_no_literal_to_start_from() {
        let gated = |p: &str| Gated::new(p).is_gated();
        assert!(gated(PATTERNS[0]));
        assert!(gated(PATTERNS[1]));
        assert!(gated(PATTERNS[2]));
        // A literal of one character is no better than the regex.
        assert!(!gated(PATTERNS[3]));
        // Matches that start with a literal of two characters or more, or
        // at the text's start: the regex skips to them itself.
        assert!(!gated(r"领导小组[\p{Han}]{2,8}"));
        assert!(!gated(PATTERNS[7]));
        // Not with a literal of one character: it stops at each 甲 and 乙.
        assert!(gated(PATTERNS[4]));
        assert!(!gated(r"^\s*(?:分类|栏目)\s*[:：]"));
        // Two parts of one character each make a literal of two.
        assert!(gated(PATTERNS[5]));
        // Anchored at the end: how the text ends.
        assert!(gated(PATTERNS[6]));
        assert!(!Gated::new(PATTERNS[6]).is_match("以某县人民政府门户网站"));
        assert!(Gated::new(PATTERNS[6]).is_match("以某县人民政府"));
        let g = Gated::new(PATTERNS[0]);
        assert!(!g.is_match("某县民政局信息公开工作小组"));
        let c = g.captures("成立某县民政局信息公开领导小组").unwrap();
        assert_eq!(&c[1], "成立某县民政局");
        assert_eq!(g.replace_all("无此词", "x"), "无此词");
    }

    proptest! {
        /// Gated or not, every method finds what the regex finds.
        #[test]
        fn finds_what_the_regex_finds(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "甲", "乙", "丙丁", "丁丙", "局", "某", "。", "\n", "领导小组", "信息公开",
                    "县民政", "结合", "编制", "12月3日", "发布", "年度报告", ",", "2019年",
                    "电", "讯", "以", "门户", "人民政府", "甲乙", "乙甲",
                ]),
                0..24,
            ),
            which in 0..PATTERNS.len(),
        ) {
            let h: String = parts.concat();
            let p = PATTERNS[which];
            let (g, re) = (Gated::new(p), Regex::new(p).unwrap());
            prop_assert_eq!(g.is_match(&h), re.is_match(&h));
            prop_assert_eq!(g.find(&h).map(|m| m.range()), re.find(&h).map(|m| m.range()));
            let spans = |it: regex::Matches| it.map(|m| m.range()).collect::<Vec<_>>();
            prop_assert_eq!(spans(g.find_iter(&h)), spans(re.find_iter(&h)));
            let caps = |it: regex::CaptureMatches| {
                it.map(|c| c.get(0).map(|m| m.range())).collect::<Vec<_>>()
            };
            prop_assert_eq!(caps(g.captures_iter(&h)), caps(re.captures_iter(&h)));
            prop_assert_eq!(g.replace_all(&h, "<$0>"), re.replace_all(&h, "<$0>"));
        }
    }
}
