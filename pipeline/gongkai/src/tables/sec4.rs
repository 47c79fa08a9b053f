//! Section 四: 15 numbers, 行政复议 then the two 行政诉讼 groups, each
//! 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.

use super::scan::{digits_of, glued_splits, region_tokens, Tok, TokKind};
use super::sec3::{int_of, Raw};
use super::{CellStatus, Ctx};
use crate::template::{REVIEW_COLUMNS, REVIEW_ROWS};

pub const SECTION: &str = "四";
pub const TABLE: &str = "review";

/// Per group: 总计 = the four results.
pub fn sums_ok(v: &[i64]) -> bool {
    let w = REVIEW_COLUMNS.len();
    v.len() == w * REVIEW_ROWS.len()
        && v.chunks(w)
            .all(|g| g[..w - 1].iter().sum::<i64>() == g[w - 1])
}

pub fn extract(ctx: &mut Ctx, from: usize) {
    let c = ctx.c;
    let n = REVIEW_COLUMNS.len() * REVIEW_ROWS.len();
    // The table header names the lawsuit groups; the numbers follow it.
    let Some(direct) = c.find_from(REVIEW_ROWS[1].aliases[0], from) else {
        return;
    };
    let start = c.text[from..direct]
        .rfind(REVIEW_ROWS[0].aliases[0])
        .map_or(direct, |i| from + i);
    let end = c.find_from("五、", direct).unwrap_or(c.text.len());
    let toks = region_tokens(c, start, end);
    let piped = c.text[start..end].contains('|');
    // Stop at prose: a text token that is a sentence.
    let mut vals: Vec<(usize, &Tok)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Text {
            let s = &c.text[t.start..t.end];
            if !vals.is_empty() && (s.contains('。') || s.contains(',')) {
                break;
            }
            continue;
        }
        vals.push((i, t));
    }
    while vals.len() > n
        && vals
            .last()
            .is_some_and(|(_, t)| t.kind == TokKind::Empty(CellStatus::Blank))
    {
        vals.pop();
    }
    if vals.is_empty() {
        return;
    }
    let interleaved = !piped && vals.windows(2).any(|w| w[1].0 != w[0].0 + 1);
    let raws: Vec<Raw> = vals
        .iter()
        .map(|(_, t)| Raw {
            start: t.start,
            end: t.end,
            status: match &t.kind {
                TokKind::Num => CellStatus::Number,
                TokKind::Empty(s) => *s,
                TokKind::Text => CellStatus::Missing,
            },
        })
        .collect();
    let ints: Option<Vec<i64>> = raws.iter().map(|r| int_of(c, r)).collect();
    let text_end = c.text.trim_end().len();
    let chosen: Option<Vec<Raw>> = if raws.len() == n {
        // Header words between the numbers mean cells were detached from
        // their columns: only a reading that passes every sum is certain.
        if !interleaved || ints.as_deref().is_some_and(sums_ok) {
            Some(raws)
        } else {
            ctx.flag("tables:review_unmapped".to_string());
            None
        }
    } else if raws.len() < n && ints.is_some() && !piped && {
        let d: usize = raws.iter().map(|r| r.end - r.start).sum();
        d > raws.len() && d >= n
    } {
        let toks: Vec<Tok> = raws
            .iter()
            .map(|r| Tok {
                kind: TokKind::Num,
                start: r.start,
                end: r.end,
            })
            .collect();
        let digits = digits_of(c, &toks);
        let sols = glued_splits(&digits, n, &sums_ok, 2);
        if sols.len() == 1 {
            Some(
                sols[0]
                    .iter()
                    .map(|&(a, b)| Raw {
                        start: digits[a].1,
                        end: digits[b - 1].1 + 1,
                        status: CellStatus::Number,
                    })
                    .collect(),
            )
        } else {
            ctx.flag("tables:glued_ambiguous:review".to_string());
            None
        }
    } else if raws.len() < n && !interleaved && end >= text_end {
        ctx.flag("tables:cut_off:review".to_string());
        Some(raws)
    } else {
        ctx.flag("tables:review_unmapped".to_string());
        None
    };
    let Some(raws) = chosen else { return };
    for (i, raw) in raws.iter().enumerate() {
        let row = REVIEW_ROWS[i / REVIEW_COLUMNS.len()].key;
        let col = REVIEW_COLUMNS[i % REVIEW_COLUMNS.len()].key;
        let cell = ctx.cell(SECTION, TABLE, row, col, raw, None);
        ctx.cells.push(cell);
    }
}
