//! Word documents (`.docx`: a zip archive of WordprocessingML). The body's
//! paragraphs in order and its tables as real rows and cells — `w:gridSpan`
//! as colspan, `w:vMerge` runs as rowspan, nested tables inside their cell —
//! written as minimal HTML, so the one table renderer (`html.rs`) turns each
//! row into a `| … |` line as it does for a web page: numbers come from
//! their cells, not from positions on a page.
//!
//! Hostile archives end as rejects, never as a panic or a memory blow-up:
//! not a zip or no `word/document.xml` (`docx_malformed`), an OLE compound
//! file named `.docx` — a legacy `.doc` or an encrypted document
//! (`unsupported_format`), a document part that inflates past
//! [`MAX_DOCUMENT_XML`] (a zip bomb) or an archive of more than
//! [`MAX_ENTRIES`] entries (`too_large`).

use crate::decode::{DecodeError, RejectReason};
use quick_xml::events::{BytesStart, Event};
use std::io::Read;

/// Most bytes of `word/document.xml` inflated; past it the file is
/// rejected `too_large` (a 100 MB zip bomb stops after this much).
pub const MAX_DOCUMENT_XML: u64 = 64 << 20;

/// Most entries an archive may list.
pub const MAX_ENTRIES: usize = 20_000;

/// Deepest nesting of tables followed (deeper ones keep their text only).
const MAX_TABLE_DEPTH: usize = 16;

fn reject(reason: RejectReason, detail: impl Into<String>) -> DecodeError {
    DecodeError {
        reason,
        detail: detail.into(),
    }
}

/// The document body of a `.docx` file as HTML (`<p>` paragraphs, `<table>`
/// tables with rowspan/colspan).
pub fn to_html(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(reject(
            RejectReason::UnsupportedFormat,
            "doc: an OLE compound file named .docx (a legacy Word document, or an encrypted one)",
        ));
    }
    let malformed = |what: String| reject(RejectReason::DocxMalformed, what);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| malformed(format!("not a zip archive: {e}")))?;
    if zip.len() > MAX_ENTRIES {
        return Err(reject(
            RejectReason::TooLarge,
            format!("{} entries in the archive > {MAX_ENTRIES}", zip.len()),
        ));
    }
    let entry = zip
        .by_name("word/document.xml")
        .map_err(|e| malformed(format!("no word/document.xml: {e}")))?;
    let mut xml = Vec::new();
    entry
        .take(MAX_DOCUMENT_XML + 1)
        .read_to_end(&mut xml)
        .map_err(|e| malformed(format!("word/document.xml does not inflate: {e}")))?;
    if xml.len() as u64 > MAX_DOCUMENT_XML {
        return Err(reject(
            RejectReason::TooLarge,
            format!("word/document.xml inflates past {MAX_DOCUMENT_XML} bytes"),
        ));
    }
    let xml = String::from_utf8(xml)
        .map_err(|e| malformed(format!("word/document.xml is not UTF-8: {e}")))?;
    body_html(&xml).map_err(|e| malformed(format!("word/document.xml: {e}")))
}

/// Vertical merge state of a cell (`w:vMerge`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum VMerge {
    None,
    Restart,
    Continue,
}

#[derive(Debug)]
struct Cell {
    html: String,
    span: usize,
    vmerge: VMerge,
    /// Paragraphs written so far (a `<br>` goes between two).
    paragraphs: usize,
}

#[derive(Debug, Default)]
struct Row {
    cells: Vec<Cell>,
    /// Grid columns skipped before the first cell (`w:gridBefore`).
    grid_before: usize,
}

#[derive(Debug, Default)]
struct Table {
    rows: Vec<Row>,
}

/// Where the parser is: the tables open (innermost last), the paragraph
/// being read and whether text is inside `w:t`.
#[derive(Default)]
struct Body {
    out: String,
    tables: Vec<Table>,
    /// Text of the open paragraphs (a text box's paragraphs sit inside a
    /// paragraph of the body).
    paragraphs: Vec<String>,
    in_text: bool,
    /// Tables nested deeper than MAX_TABLE_DEPTH, still open.
    too_deep: usize,
    /// Inside `w:tabs` (tab stops of a paragraph's properties, not text).
    in_tab_stops: bool,
    /// Depth inside `mc:Fallback`: the copy of a text box for old readers,
    /// whose text the `mc:Choice` beside it already gave.
    fallback: usize,
}

fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|&b| b == b':').next().unwrap_or(name)
}

fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == key)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Text as HTML content: `& < >` escaped, a line break as `<br>` (the
/// minimal HTML that Word and PDF documents become).
pub(crate) fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
}

/// A `<td>` with its spans (written when over 1) around `inner` HTML.
pub(crate) fn push_td(out: &mut String, colspan: usize, rowspan: usize, inner: &str) {
    out.push_str("<td");
    if colspan > 1 {
        out.push_str(&format!(" colspan=\"{colspan}\""));
    }
    if rowspan > 1 {
        out.push_str(&format!(" rowspan=\"{rowspan}\""));
    }
    out.push('>');
    out.push_str(inner);
    out.push_str("</td>");
}

impl Body {
    fn open(&mut self, e: &BytesStart, empty: bool) {
        let name = e.name();
        let name = local(name.as_ref());
        if name == b"Fallback" && !empty {
            self.fallback += 1;
        }
        if self.fallback > 0 {
            return;
        }
        match name {
            b"p" if !empty => self.paragraphs.push(String::new()),
            b"t" if !empty => self.in_text = true,
            b"tabs" if !empty => self.in_tab_stops = true,
            b"tab" if !self.in_tab_stops => self.push_text("\t"),
            b"br" | b"cr" => self.push_text("\n"),
            b"tbl" if !empty => {
                if self.tables.len() >= MAX_TABLE_DEPTH || self.too_deep > 0 {
                    self.too_deep += 1;
                } else {
                    self.tables.push(Table::default());
                }
            }
            b"tr" if !empty && self.too_deep == 0 => {
                if let Some(t) = self.tables.last_mut() {
                    t.rows.push(Row::default());
                }
            }
            b"tc" if !empty && self.too_deep == 0 => {
                if let Some(r) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    r.cells.push(Cell {
                        html: String::new(),
                        span: 1,
                        vmerge: VMerge::None,
                        paragraphs: 0,
                    });
                }
            }
            b"gridSpan" if self.too_deep == 0 => {
                let span = attr(e, b"val").and_then(|v| v.parse::<usize>().ok());
                if let Some(c) = self.cell() {
                    c.span = span.unwrap_or(1).clamp(1, 1000);
                }
            }
            b"vMerge" if self.too_deep == 0 => {
                let restart = attr(e, b"val").is_some_and(|v| v == "restart");
                if let Some(c) = self.cell() {
                    c.vmerge = if restart {
                        VMerge::Restart
                    } else {
                        VMerge::Continue
                    };
                }
            }
            b"gridBefore" if self.too_deep == 0 => {
                let n = attr(e, b"val").and_then(|v| v.parse::<usize>().ok());
                if let Some(r) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    r.grid_before = n.unwrap_or(0).min(1000);
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &[u8]) {
        let name = local(name);
        if self.fallback > 0 {
            if name == b"Fallback" {
                self.fallback -= 1;
            }
            return;
        }
        match name {
            b"t" => self.in_text = false,
            b"tabs" => self.in_tab_stops = false,
            b"p" => {
                let Some(text) = self.paragraphs.pop() else {
                    return;
                };
                if let Some(outer) = self.paragraphs.last_mut() {
                    // A text box's paragraph: its text joins the paragraph
                    // around it, on a line of its own.
                    outer.push('\n');
                    outer.push_str(&text);
                } else if let Some(c) = self.cell() {
                    if c.paragraphs > 0 {
                        c.html.push_str("<br>");
                    }
                    escape_into(&mut c.html, &text);
                    c.paragraphs += 1;
                } else if !self.tables.is_empty() {
                    // Text in a table outside any cell (malformed): keep it.
                    escape_into(&mut self.out, &text);
                } else {
                    self.out.push_str("<p>");
                    escape_into(&mut self.out, &text);
                    self.out.push_str("</p>\n");
                }
            }
            b"tbl" => {
                if self.too_deep > 0 {
                    self.too_deep -= 1;
                    return;
                }
                let Some(t) = self.tables.pop() else {
                    return;
                };
                let html = table_html(&t);
                match self.cell() {
                    Some(c) => {
                        c.html.push_str(&html);
                        c.paragraphs += 1;
                    }
                    None => self.out.push_str(&html),
                }
            }
            _ => {}
        }
    }

    /// The innermost open cell.
    fn cell(&mut self) -> Option<&mut Cell> {
        self.tables
            .last_mut()
            .and_then(|t| t.rows.last_mut())
            .and_then(|r| r.cells.last_mut())
    }

    fn push_text(&mut self, s: &str) {
        if let Some(p) = self.paragraphs.last_mut() {
            p.push_str(s);
        }
    }
}

/// A table as HTML: a `w:vMerge` restart cell spans down over the
/// continuation cells below it in the same grid column.
fn table_html(t: &Table) -> String {
    // Grid column where each cell starts.
    let starts: Vec<Vec<usize>> = t
        .rows
        .iter()
        .map(|r| {
            let mut col = r.grid_before;
            r.cells
                .iter()
                .map(|c| {
                    let s = col;
                    col += c.span;
                    s
                })
                .collect()
        })
        .collect();
    let continues_at = |row: usize, col: usize| {
        t.rows[row]
            .cells
            .iter()
            .zip(&starts[row])
            .any(|(c, &s)| s == col && c.vmerge == VMerge::Continue)
    };
    let mut html = String::from("<table>\n");
    for (i, row) in t.rows.iter().enumerate() {
        html.push_str("<tr>");
        if row.grid_before > 0 {
            html.push_str(&format!("<td colspan=\"{}\"></td>", row.grid_before));
        }
        for (cell, &start) in row.cells.iter().zip(&starts[i]) {
            if cell.vmerge == VMerge::Continue {
                // Covered by the restart cell above (or, with none above,
                // an empty cell keeps the columns in place).
                let covered = (0..i).rev().any(|above| {
                    t.rows[above]
                        .cells
                        .iter()
                        .zip(&starts[above])
                        .any(|(c, &s)| s == start && c.vmerge == VMerge::Restart)
                });
                if covered {
                    continue;
                }
            }
            let rowspan = match cell.vmerge {
                VMerge::Restart => {
                    1 + (i + 1..t.rows.len())
                        .take_while(|&below| continues_at(below, start))
                        .count()
                }
                _ => 1,
            };
            push_td(&mut html, cell.span, rowspan, &cell.html);
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</table>\n");
    html
}

/// The `w:body` of a document part as HTML.
fn body_html(xml: &str) -> Result<String, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut body = Body::default();
    loop {
        match reader.read_event()? {
            Event::Start(e) => body.open(&e, false),
            Event::Empty(e) => body.open(&e, true),
            Event::End(e) => body.close(e.name().as_ref()),
            Event::Text(t) if body.in_text => {
                body.push_text(&t.decode().map_err(quick_xml::Error::from)?);
            }
            // Entities come as events of their own: &amp; &lt; … and &#…;.
            Event::GeneralRef(r) if body.in_text => {
                if let Some(c) = r.resolve_char_ref()? {
                    body.push_text(c.encode_utf8(&mut [0; 4]));
                } else {
                    let name = r.decode().map_err(quick_xml::Error::from)?;
                    if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
                        body.push_text(s);
                    }
                }
            }
            Event::CData(t) if body.in_text => {
                body.push_text(&String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // A truncated part: close what is open, keeping what was read.
    body.fallback = 0;
    while !body.paragraphs.is_empty() {
        body.close(b"w:p");
    }
    while !body.tables.is_empty() || body.too_deep > 0 {
        body.close(b"w:tbl");
    }
    Ok(format!("<html><body>\n{}</body></html>\n", body.out))
}

/// One block of a document to write: a paragraph, or a table whose cells
/// are (text, grid columns spanned, rows spanned).
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Table(Vec<Vec<(String, usize, usize)>>),
}

fn xml_escape(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// A WordprocessingML paragraph of `text` (lines split by `w:br`).
pub fn paragraph_xml(text: &str) -> String {
    let runs: Vec<String> = text
        .split('\n')
        .map(|l| format!("<w:t xml:space=\"preserve\">{}</w:t>", xml_escape(l)))
        .collect();
    format!("<w:p><w:r>{}</w:r></w:p>", runs.join("<w:br/>"))
}

/// A table as WordprocessingML: a cell spanning rows is a `w:vMerge`
/// restart with continuation cells below it, as Word writes them.
pub fn table_xml(rows: &[Vec<(String, usize, usize)>]) -> String {
    // Grid columns still covered by a cell above: (first column, span, rows left).
    let mut carried: Vec<(usize, usize, usize)> = Vec::new();
    let mut xml = String::from("<w:tbl>");
    for row in rows {
        xml.push_str("<w:tr>");
        let mut col = 0;
        let mut cells = row.iter();
        let mut next_carried = Vec::new();
        loop {
            if let Some(&(c, span, left)) = carried.iter().find(|(c, _, _)| *c == col) {
                xml.push_str(&cell_xml("", span, Some(false)));
                if left > 1 {
                    next_carried.push((c, span, left - 1));
                }
                col += span;
                continue;
            }
            let Some((text, span, rowspan)) = cells.next() else {
                break;
            };
            let span = (*span).max(1);
            let vmerge = (*rowspan > 1).then_some(true);
            xml.push_str(&cell_xml(text, span, vmerge));
            if *rowspan > 1 {
                next_carried.push((col, span, rowspan - 1));
            }
            col += span;
        }
        carried = next_carried;
        xml.push_str("</w:tr>");
    }
    xml.push_str("</w:tbl>");
    xml
}

/// A cell; `vmerge`: Some(true) starts a vertical merge, Some(false)
/// continues one.
fn cell_xml(text: &str, span: usize, vmerge: Option<bool>) -> String {
    let mut pr = String::new();
    if span > 1 {
        pr.push_str(&format!("<w:gridSpan w:val=\"{span}\"/>"));
    }
    match vmerge {
        Some(true) => pr.push_str("<w:vMerge w:val=\"restart\"/>"),
        Some(false) => pr.push_str("<w:vMerge/>"),
        None => {}
    }
    format!("<w:tc><w:tcPr>{pr}</w:tcPr>{}</w:tc>", paragraph_xml(text))
}

/// A `.docx` archive whose body is `body_xml` (WordprocessingML content of
/// `w:body`), with the parts Word needs to open it.
pub fn write_docx(body_xml: &str) -> Vec<u8> {
    use std::io::Write;
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"{W}\"><w:body>{body_xml}<w:sectPr/></w:body></w:document>"
    );
    let parts: [(&str, &str); 3] = [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
             </Types>",
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
             <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
             </Relationships>",
        ),
        ("word/document.xml", &document),
    ];
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        for (name, content) in parts {
            // Writing to memory cannot fail.
            zip.start_file(name, opts).expect("zip entry in memory");
            zip.write_all(content.as_bytes())
                .expect("zip write in memory");
        }
        zip.finish().expect("zip finish in memory");
    }
    buf.into_inner()
}

/// A `.docx` of paragraphs and tables.
pub fn write_blocks(blocks: &[Block]) -> Vec<u8> {
    let body: String = blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(t) => paragraph_xml(t),
            Block::Table(rows) => table_xml(rows),
        })
        .collect();
    write_docx(&body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(body: &str) -> Vec<u8> {
        write_docx(body)
    }

    fn p(text: &str) -> String {
        paragraph_xml(text)
    }

    fn tc(text: &str, props: &str) -> String {
        format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", p(text))
    }

    fn text_of(bytes: &[u8]) -> String {
        crate::html::render(&to_html(bytes).unwrap()).text
    }

    #[test]
    fn paragraphs_in_order_with_runs_joined_and_entities_read() {
        let body = format!(
            "{}<w:p><w:r><w:t>一、总体</w:t></w:r><w:r><w:t>情况 &amp; 概述&#x3002;</w:t></w:r></w:p>{}",
            p("某县2023年政府信息公开工作年度报告"),
            p("主动公开 12 条")
        );
        let text = text_of(&docx(&body));
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            lines,
            [
                "某县2023年政府信息公开工作年度报告",
                "一、总体情况 & 概述。",
                "主动公开 12 条"
            ]
        );
    }

    #[test]
    fn grid_span_and_vertical_merge_become_cells_of_their_rows() {
        let span = "<w:gridSpan w:val=\"2\"/>";
        let body = format!(
            "<w:tbl>\
             <w:tr>{}{}</w:tr>\
             <w:tr>{}{}{}</w:tr>\
             <w:tr>{}{}{}</w:tr>\
             </w:tbl>",
            tc("项目", span),
            tc("数量", ""),
            tc("三、结果", "<w:vMerge w:val=\"restart\"/>"),
            tc("（一）予以公开", ""),
            tc("7", ""),
            tc("", "<w:vMerge/>"),
            tc("（二）部分公开", ""),
            tc("2", ""),
        );
        let html = to_html(&docx(&body)).unwrap();
        assert!(html.contains("<td colspan=\"2\">项目</td>"), "{html}");
        assert!(html.contains("<td rowspan=\"2\">三、结果</td>"), "{html}");
        let text = crate::html::render(&html).text;
        let rows: Vec<&str> = text.lines().filter(|l| l.contains('|')).collect();
        assert_eq!(rows.len(), 3, "{text}");
        assert!(
            rows[1].contains("（一）予以公开") && rows[1].contains('7'),
            "{text}"
        );
        assert!(
            rows[2].contains("（二）部分公开") && rows[2].contains('2'),
            "{text}"
        );
    }

    #[test]
    fn tab_stops_and_text_box_fallbacks_add_no_text() {
        let body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>\
             <w:r><w:t>主动公开</w:t></w:r><w:r><w:tab/><w:t>12</w:t></w:r>\
             <w:r><mc:AlternateContent xmlns:mc=\"mc\"><mc:Choice Requires=\"wps\">\
             <w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></mc:Choice>\
             <mc:Fallback><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent>\
             </mc:Fallback></mc:AlternateContent></w:r></w:p>";
        let html = to_html(&docx(body)).unwrap();
        assert!(html.contains("<p>主动公开\t12<br>框内</p>"), "{html}");
        assert_eq!(html.matches("框内").count(), 1, "{html}");
    }

    #[test]
    fn nested_table_stays_in_its_cell() {
        let inner = format!(
            "<w:tbl><w:tr>{}{}</w:tr></w:tbl>",
            tc("甲", ""),
            tc("3", "")
        );
        let body = format!(
            "<w:tbl><w:tr><w:tc>{}{inner}</w:tc>{}</w:tr></w:tbl>",
            p("外"),
            tc("乙", "")
        );
        let html = to_html(&docx(&body)).unwrap();
        assert_eq!(html.matches("<table>").count(), 2, "{html}");
        let inner_at = html.rfind("<table>").unwrap();
        assert!(html[..inner_at].contains("外"));
        assert!(html.find("乙").unwrap() > html.find("</table>").unwrap());
    }

    #[test]
    fn hostile_archives_are_rejects_with_reasons() {
        let reason = |bytes: &[u8]| to_html(bytes).unwrap_err().reason;
        assert_eq!(
            reason(b"plain text, not a zip"),
            RejectReason::DocxMalformed
        );
        assert_eq!(reason(b""), RejectReason::DocxMalformed);
        let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        ole.extend([0u8; 504]);
        assert_eq!(reason(&ole), RejectReason::UnsupportedFormat);
        // A zip without the document part.
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buf);
            zip.start_file("a.txt", zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(b"x").unwrap();
            zip.finish().unwrap();
        }
        assert_eq!(reason(buf.get_ref()), RejectReason::DocxMalformed);
        // Truncated archives: every cut is a reject or a row, never a panic.
        let whole = docx(&p("某县2023年政府信息公开工作年度报告"));
        for cut in (0..whole.len()).step_by(7) {
            let _ = to_html(&whole[..cut]);
        }
    }

    #[test]
    fn a_zip_bomb_stops_at_the_limit() {
        // 80 MB of one repeated paragraph deflates to well under 1 MB.
        let para = p("零");
        let mut body = String::with_capacity(81 << 20);
        while (body.len() as u64) <= MAX_DOCUMENT_XML + 1024 {
            body.push_str(&para);
        }
        let bytes = docx(&body);
        assert!(bytes.len() < 4 << 20, "{} bytes", bytes.len());
        assert_eq!(to_html(&bytes).unwrap_err().reason, RejectReason::TooLarge);
    }

    #[test]
    fn a_truncated_document_part_keeps_what_was_read() {
        let html = body_html(
            "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>主动公开</w:t></w:r></w:p>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>5</w:t>",
        )
        .unwrap();
        assert!(
            html.contains("主动公开") && html.contains("<td>5</td>"),
            "{html}"
        );
        // Cut inside a text box's fallback copy.
        let html = body_html(
            "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>主动公开</w:t></w:r>\
             <mc:Fallback><w:p><w:r><w:t>框",
        )
        .unwrap();
        assert!(html.contains("<p>主动公开</p>"), "{html}");
    }
}

#[cfg(test)]
mod writer_tests {
    use super::*;

    #[test]
    fn written_tables_read_back_with_their_spans() {
        let c = |t: &str, span: usize, rows: usize| (t.to_string(), span, rows);
        let rows = vec![
            vec![c("甲", 1, 2), c("乙", 2, 1)],
            vec![c("1", 1, 1), c("2", 1, 1)],
            vec![c("丙", 1, 1), c("3", 1, 1), c("4", 1, 1)],
        ];
        let bytes = write_blocks(&[
            Block::Paragraph("标题 <一> & 二".into()),
            Block::Table(rows),
        ]);
        let html = to_html(&bytes).unwrap();
        assert!(html.contains("<p>标题 &lt;一&gt; &amp; 二</p>"), "{html}");
        assert!(
            html.contains("<td rowspan=\"2\">甲</td><td colspan=\"2\">乙</td>"),
            "{html}"
        );
        assert!(html.contains("<tr><td>1</td><td>2</td></tr>"), "{html}");
        assert!(
            html.contains("<tr><td>丙</td><td>3</td><td>4</td></tr>"),
            "{html}"
        );
    }
}
