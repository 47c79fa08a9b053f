//! Scoring a run against gold labels (GOLD_FORMAT.md, "How a pipeline run is
//! scored"): accuracy per field, overall field accuracy, numeric recall and
//! hallucinated numbers.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

/// The scored fields that are not numbers, in GOLD_FORMAT order.
const DESCRIPTIVE_FIELDS: &[&str] = &[
    "is_annual_report",
    "year",
    "unit_name",
    "level",
    "province",
    "prefecture",
    "county",
    "township",
    "publish_date",
    "template",
];

/// The scored fields, in GOLD_FORMAT order: the descriptive ones, then the
/// numbers. `is_annual_report` is scored for every document, the rest only
/// where gold says it is a report.
pub fn fields() -> impl Iterator<Item = &'static str> {
    DESCRIPTIVE_FIELDS.iter().chain(NUMERIC_FIELDS).copied()
}

/// Fields holding numbers (recall and hallucination are counted on these).
pub const NUMERIC_FIELDS: &[&str] = &crate::record::HEADLINE_FIELDS;

/// One wrong field of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub doc_id: String,
    pub field: String,
    pub gold: Value,
    pub got: Value,
}

#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub documents: usize,
    /// Documents in gold that the run has no row for.
    pub missing_rows: Vec<String>,
    /// field → (correct, scored)
    pub per_field: BTreeMap<String, (usize, usize)>,
    pub numeric_gold: usize,
    pub numeric_recalled: usize,
    pub hallucinated: Vec<Miss>,
    pub misses: Vec<Miss>,
}

impl Scores {
    pub fn overall(&self) -> (usize, usize) {
        self.per_field
            .values()
            .fold((0, 0), |(c, t), (c2, t2)| (c + c2, t + t2))
    }
}

fn as_f64(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// Does `got` match one gold value (not a list)?
fn matches_one(field: &str, gold: &Value, got: &Value) -> bool {
    match (gold, got) {
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        (Value::Number(_), _) => match (as_f64(gold), as_f64(got)) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-6,
            _ => false,
        },
        (Value::String(g), Value::String(p)) => {
            if field == "unit_name" {
                !p.is_empty() && (g.contains(p.as_str()) || p.contains(g.as_str()))
            } else {
                g == p
            }
        }
        (g, p) => g == p,
    }
}

/// Does `got` match gold, where a gold list accepts any of its items?
pub fn matches(field: &str, gold: &Value, got: &Value) -> bool {
    match gold {
        Value::Array(items) => items.iter().any(|g| matches_one(field, g, got)),
        g => matches_one(field, g, got),
    }
}

fn gold_is_number(v: &Value) -> bool {
    match v {
        Value::Number(_) => true,
        Value::Array(items) => items.iter().any(Value::is_number),
        _ => false,
    }
}

/// The predicted row a gold label is about: the document with its doc_id,
/// else the attachment named after it (`<doc_id>.pdf`, `<doc_id>.docx`:
/// an original file scored with the labels of its text version).
fn prediction<'a>(
    pred: &'a HashMap<String, Map<String, Value>>,
    doc_id: &str,
) -> Option<&'a Map<String, Value>> {
    pred.get(doc_id).or_else(|| {
        crate::corpus::DOCUMENT_EXTENSIONS
            .iter()
            .filter(|ext| !crate::corpus::PAGE_EXTENSIONS.contains(ext))
            .find_map(|ext| pred.get(&format!("{doc_id}.{ext}")))
    })
}

/// Score predicted rows (doc_id → field → value) against gold lines.
pub fn score(pred: &HashMap<String, Map<String, Value>>, gold: &[Map<String, Value>]) -> Scores {
    let mut s = Scores::default();
    let empty = Map::new();
    for g in gold {
        let Some(doc_id) = g.get("doc_id").and_then(Value::as_str) else {
            continue;
        };
        s.documents += 1;
        let p = match prediction(pred, doc_id) {
            Some(p) => p,
            None => {
                s.missing_rows.push(doc_id.to_string());
                &empty
            }
        };
        let is_report = g
            .get("is_annual_report")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        for field in fields() {
            if field != "is_annual_report" && !is_report {
                continue;
            }
            let gv = g.get(field).cloned().unwrap_or(Value::Null);
            let pv = p.get(field).cloned().unwrap_or(Value::Null);
            let ok = matches(field, &gv, &pv);
            let e = s.per_field.entry(field.to_string()).or_insert((0, 0));
            e.1 += 1;
            if ok {
                e.0 += 1;
            } else {
                s.misses.push(Miss {
                    doc_id: doc_id.to_string(),
                    field: field.to_string(),
                    gold: gv.clone(),
                    got: pv.clone(),
                });
            }
            if NUMERIC_FIELDS.contains(&field) {
                if gold_is_number(&gv) {
                    s.numeric_gold += 1;
                    if ok {
                        s.numeric_recalled += 1;
                    }
                } else if gv.is_null() && pv.is_number() {
                    s.hallucinated.push(Miss {
                        doc_id: doc_id.to_string(),
                        field: field.to_string(),
                        gold: gv,
                        got: pv,
                    });
                }
            }
        }
    }
    s
}

/// Read a gold.jsonl file.
pub fn load_gold(text: &str) -> Result<Vec<Map<String, Value>>, crate::error::Error> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str::<Map<String, Value>>(l).map_err(|e| crate::error::Error::Gold {
                line: i + 1,
                detail: e.to_string(),
            })
        })
        .collect()
}

fn pct(c: usize, t: usize) -> f64 {
    if t == 0 {
        100.0
    } else {
        100.0 * c as f64 / t as f64
    }
}

/// Human-readable report of the scores.
pub fn render(s: &Scores, name: &str, show_misses: bool) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "== {name}: {} documents", s.documents);
    if !s.missing_rows.is_empty() {
        let _ = writeln!(out, "no row for: {}", s.missing_rows.join(", "));
    }
    let _ = writeln!(out, "{:<26} {:>8} {:>8}", "field", "correct", "accuracy");
    for f in fields() {
        if let Some((c, t)) = s.per_field.get(f) {
            let _ = writeln!(
                out,
                "{f:<26} {:>8} {:>7.1}%",
                format!("{c}/{t}"),
                pct(*c, *t)
            );
        }
    }
    let (c, t) = s.overall();
    let _ = writeln!(out, "overall field accuracy: {c}/{t} = {:.2}%", pct(c, t));
    let _ = writeln!(
        out,
        "numeric recall: {}/{} = {:.2}%",
        s.numeric_recalled,
        s.numeric_gold,
        pct(s.numeric_recalled, s.numeric_gold)
    );
    let _ = writeln!(out, "hallucinated numbers: {}", s.hallucinated.len());
    for h in &s.hallucinated {
        let _ = writeln!(out, "  HALLUCINATED {} {} = {}", h.doc_id, h.field, h.got);
    }
    if show_misses {
        for m in &s.misses {
            let _ = writeln!(
                out,
                "  miss {} {}: gold {} got {}",
                m.doc_id, m.field, m.gold, m.got
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn row(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn lists_accept_any_item_and_unit_names_match_by_containment() {
        assert!(matches(
            "publish_date",
            &json!(["2018-01-17", "2024-01-24"]),
            &json!("2024-01-24")
        ));
        assert!(matches(
            "unit_name",
            &json!("长沙县高桥镇"),
            &json!("高桥镇")
        ));
        assert!(!matches(
            "province",
            &json!("宁夏回族自治区"),
            &json!("宁夏")
        ));
        assert!(matches("fees_collected", &json!(0), &json!(0.0)));
    }

    #[test]
    fn hallucination_is_counted_and_non_reports_score_only_the_flag() {
        let gold = vec![
            row(
                json!({"doc_id": "a", "is_annual_report": true, "year": 2019, "apps_new": null, "review_total": 0}),
            ),
            row(json!({"doc_id": "b", "is_annual_report": false, "year": 2017})),
        ];
        let mut pred = HashMap::new();
        pred.insert(
            "a".to_string(),
            row(json!({"is_annual_report": true, "year": 2019, "apps_new": 4, "review_total": 0})),
        );
        pred.insert(
            "b".to_string(),
            row(json!({"is_annual_report": false, "year": null})),
        );
        let s = score(&pred, &gold);
        assert_eq!(s.hallucinated.len(), 1);
        assert_eq!(s.per_field["is_annual_report"], (2, 2));
        assert_eq!(s.per_field["year"], (1, 1));
        assert_eq!((s.numeric_recalled, s.numeric_gold), (1, 1));
    }
}
