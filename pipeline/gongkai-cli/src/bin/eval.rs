//! eval: score a run's reports against a gold.jsonl (GOLD_FORMAT.md).
//!
//! Reads OUTPUT/arrow/reports.arrow (as normalize wrote it), turns each row
//! into the gold fields and prints per-field accuracy, overall accuracy,
//! numeric recall and hallucinated numbers.

use anyhow::{bail, Context, Result};
use arrow::array::{Array, AsArray, RecordBatch};
use arrow::datatypes::{DataType, Date32Type, Float64Type, Int32Type, Int64Type};
use arrow::ipc::reader::FileReader;
use clap::Parser;
use gongkai::eval;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::fs::File;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(version, about = "Score a normalize run against gold labels")]
struct Args {
    /// Output folder of a run over the gold corpus.
    #[arg(long)]
    output: PathBuf,
    /// gold.jsonl of that corpus.
    #[arg(long)]
    gold: PathBuf,
    /// Name printed in the heading.
    #[arg(long, default_value = "corpus")]
    name: String,
    /// Print every wrong field.
    #[arg(long)]
    misses: bool,
    /// Exit non-zero below this overall accuracy (percent).
    #[arg(long)]
    min_accuracy: Option<f64>,
    /// Exit non-zero when any number is hallucinated.
    #[arg(long)]
    no_hallucinations: bool,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let gold_text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let gold = eval::load_gold(&gold_text)?;
    let path = args.output.join("arrow").join("reports.arrow");
    let reader = FileReader::try_new(
        File::open(&path).with_context(|| format!("opening {}", path.display()))?,
        None,
    )?;
    let mut pred: HashMap<String, Map<String, Value>> = HashMap::new();
    for batch in reader {
        rows_as_json(&batch?, &mut pred);
    }
    let s = eval::score(&pred, &gold);
    print!("{}", eval::render(&s, &args.name, args.misses));
    let (c, t) = s.overall();
    let acc = if t == 0 {
        100.0
    } else {
        100.0 * c as f64 / t as f64
    };
    if let Some(min) = args.min_accuracy {
        if acc < min {
            bail!("{}: overall accuracy {acc:.2}% is below {min}%", args.name);
        }
    }
    if args.no_hallucinations && !s.hallucinated.is_empty() {
        bail!(
            "{}: {} hallucinated numbers",
            args.name,
            s.hallucinated.len()
        );
    }
    Ok(())
}

/// Gold fields of each row, as JSON values (dates as YYYY-MM-DD).
fn rows_as_json(b: &RecordBatch, out: &mut HashMap<String, Map<String, Value>>) {
    let Some(ids) = b
        .column_by_name("doc_id")
        .map(|c| c.as_string::<i32>().clone())
    else {
        return;
    };
    for i in 0..b.num_rows() {
        let mut m = Map::new();
        for f in eval::fields() {
            let Some(col) = b.column_by_name(f) else {
                continue;
            };
            let v = if col.is_null(i) {
                Value::Null
            } else {
                match col.data_type() {
                    DataType::Utf8 => json!(col.as_string::<i32>().value(i)),
                    DataType::Boolean => json!(col.as_boolean().value(i)),
                    DataType::Int32 => json!(col.as_primitive::<Int32Type>().value(i)),
                    DataType::Int64 => json!(col.as_primitive::<Int64Type>().value(i)),
                    DataType::Float64 => json!(col.as_primitive::<Float64Type>().value(i)),
                    DataType::Date32 => {
                        let d = col.as_primitive::<Date32Type>().value(i);
                        json!(gongkai::record::date_string(d))
                    }
                    _ => Value::Null,
                }
            };
            m.insert(f.to_string(), v);
        }
        out.insert(ids.value(i).to_string(), m);
    }
}
