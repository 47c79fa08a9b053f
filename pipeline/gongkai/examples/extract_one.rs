//! Print what extraction reads from one file: `cargo run --release -p gongkai
//! --example extract_one -- FILE [URL]` (the record's fields and flags, the
//! region evidence's outcome). A debugging aid for rules, not a stage.

use gongkai::doc::Doc;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: extract_one FILE [URL]");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let doc = Doc::new(path.clone(), text, args.next());
    let x = gongkai::extract::extract(&doc);
    let r = &x.report;
    println!("title      {:?}", r.title);
    println!("report     {}", r.is_annual_report);
    println!("year       {:?}", r.year);
    println!("unit       {:?} ({:?})", r.unit_name, r.level);
    println!("region     {:?}", r.region);
    println!("template   {:?}", r.template);
    println!("headline   {:?}", r.headline);
    println!("flags      {:?}", r.flags);
}
