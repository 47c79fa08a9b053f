//! The text the extractor reads from a Word file or a PDF, as `normalize`
//! sees it: `cargo run --release --example document_text -- FILE [--html]`
//! (`--html`: the HTML the file becomes before rendering).

use gongkai::corpus::Limits;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: document_text FILE.pdf|FILE.docx [--html]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let html = if path.to_ascii_lowercase().ends_with(".docx") {
        gongkai::docx::to_html(&bytes)
    } else {
        gongkai::pdf::to_html(&bytes, Limits::default().max_pages)
    };
    match html {
        Ok(h) if args.iter().any(|a| a == "--html") => print!("{h}"),
        Ok(h) => print!("{}", gongkai::html::render(&h).text),
        Err(e) => {
            eprintln!("{path}: {} ({})", e.reason.code(), e.detail);
            std::process::exit(1);
        }
    }
}
