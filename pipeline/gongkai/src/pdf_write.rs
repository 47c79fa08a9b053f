//! Writes paragraphs and tables as a PDF the way an office suite prints a
//! report: A4 pages, wrapped and indented paragraphs, tables with a ruling
//! line around every cell (merged cells drawn as one), rows that do not fit
//! continued on the next page (a merged label cell cut by the break, its
//! text on the first part only), page numbers in the footer, compressed
//! content streams. The synthetic corpus publishes some reports this way,
//! and the tests read them back ([`crate::pdf`]).
//!
//! Text is set in one CID font addressed by Unicode code point (Identity-H,
//! a ToUnicode map, widths: 1 em for CJK, ½ em for ASCII); the font itself
//! is not embedded — readers of the text layer do not need it.

use crate::docx::Block;
use std::io::Write;

const PAGE_W: f64 = 595.3;
const PAGE_H: f64 = 841.9;
const MARGIN: f64 = 72.0;
const BODY_SIZE: f64 = 12.0;
const TITLE_SIZE: f64 = 16.0;
const TABLE_SIZE: f64 = 10.5;
const LEADING: f64 = 1.6;
const CELL_PAD: f64 = 3.0;

/// Advance of a character in ems.
fn em(c: char) -> f64 {
    if c.is_ascii() {
        0.5
    } else {
        1.0
    }
}

fn advance(s: &str, size: f64) -> f64 {
    s.chars().map(em).sum::<f64>() * size
}

/// Lines of `text` at most `width` points wide (characters are kept
/// whole; a line breaks anywhere, as CJK text does). The first line may be
/// indented.
fn wrap(text: &str, size: f64, width: f64, indent: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = indent;
    for c in text.chars() {
        let w = em(c) * size;
        if used + w > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        line.push(c);
        used += w;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A page's content stream being written.
#[derive(Default)]
struct Canvas {
    pages: Vec<String>,
    y: f64,
    /// Codes used, for the ToUnicode map.
    used: std::collections::BTreeSet<u16>,
}

impl Canvas {
    fn new() -> Canvas {
        let mut c = Canvas::default();
        c.new_page();
        c
    }

    fn new_page(&mut self) {
        self.pages.push(String::new());
        self.y = PAGE_H - MARGIN;
    }

    fn page(&mut self) -> &mut String {
        self.pages.last_mut().expect("a page is open")
    }

    /// Room for `height` more points on this page, or a new page.
    fn ensure(&mut self, height: f64) -> bool {
        if self.y - height < MARGIN {
            self.new_page();
            return true;
        }
        false
    }

    fn text(&mut self, x: f64, baseline: f64, size: f64, s: &str) {
        let op = self.text_op(x, baseline, size, s);
        self.page().push_str(&op);
    }

    /// The operators drawing `s` at (x, baseline).
    fn text_op(&mut self, x: f64, baseline: f64, size: f64, s: &str) -> String {
        let mut hex = String::with_capacity(s.len() * 4);
        for c in s.chars() {
            let code = u16::try_from(u32::from(c)).unwrap_or(u16::from(b'?'));
            self.used.insert(code);
            hex.push_str(&format!("{code:04X}"));
        }
        format!("BT /F1 {size} Tf 1 0 0 1 {x:.2} {baseline:.2} Tm <{hex}> Tj ET\n")
    }

    fn line(&mut self, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) {
        let op = format!("{x0:.2} {y0:.2} m {x1:.2} {y1:.2} l S\n");
        self.page().push_str(&op);
    }

    fn paragraph(&mut self, text: &str, size: f64, indent: bool, center: bool) {
        let width = PAGE_W - 2.0 * MARGIN;
        let first = if indent { 2.0 * size } else { 0.0 };
        for (i, line) in wrap(text, size, width, first).iter().enumerate() {
            self.ensure(size * LEADING);
            self.y -= size * LEADING;
            let x = if center {
                (PAGE_W - advance(line, size)) / 2.0
            } else if i == 0 {
                MARGIN + first
            } else {
                MARGIN
            };
            self.text(x, self.y, size, line);
        }
    }
}

/// A table cell placed on the grid.
struct Placed<'a> {
    text: &'a str,
    row: usize,
    col: usize,
    rows: usize,
    cols: usize,
}

/// Cells of `(text, colspan, rowspan)` rows placed on a grid as HTML does:
/// each cell takes the next column not covered by a cell spanning down.
fn place(rows: &[Vec<(String, usize, usize)>]) -> (Vec<Placed<'_>>, usize) {
    let mut taken: Vec<Vec<bool>> = vec![Vec::new(); rows.len()];
    let mut out = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let mut col = 0;
        for (text, cs, rs) in row {
            let (cs, rs) = ((*cs).max(1), (*rs).clamp(1, rows.len() - r));
            while taken[r].get(col).copied().unwrap_or(false) {
                col += 1;
            }
            for line in taken.iter_mut().skip(r).take(rs) {
                if line.len() < col + cs {
                    line.resize(col + cs, false);
                }
                line[col..col + cs].iter_mut().for_each(|t| *t = true);
            }
            out.push(Placed {
                text,
                row: r,
                col,
                rows: rs,
                cols: cs,
            });
            col += cs;
        }
    }
    let ncols = taken.iter().map(Vec::len).max().unwrap_or(0);
    (out, ncols)
}

/// Column widths filling the text width, by the widest single-column text
/// (a label column wide, a number column narrow).
fn column_widths(cells: &[Placed], ncols: usize) -> Vec<f64> {
    let mut natural = vec![2.0 * TABLE_SIZE; ncols];
    for c in cells.iter().filter(|c| c.cols == 1) {
        let w = advance(c.text, TABLE_SIZE).min(10.0 * TABLE_SIZE) + 2.0 * CELL_PAD;
        natural[c.col] = natural[c.col].max(w);
    }
    let total: f64 = natural.iter().sum();
    let scale = (PAGE_W - 2.0 * MARGIN) / total;
    natural.iter().map(|w| w * scale).collect()
}

fn table(canvas: &mut Canvas, rows: &[Vec<(String, usize, usize)>]) {
    let (cells, ncols) = place(rows);
    if ncols == 0 {
        return;
    }
    let widths = column_widths(&cells, ncols);
    let mut xs = vec![MARGIN];
    for w in &widths {
        xs.push(xs[xs.len() - 1] + w);
    }
    let lines_of = |c: &Placed| {
        let w = xs[c.col + c.cols] - xs[c.col] - 2.0 * CELL_PAD;
        wrap(c.text, TABLE_SIZE, w.max(TABLE_SIZE), 0.0)
    };
    // A row is as tall as the wrapped text of the cells starting in it (a
    // merged cell's text stays in its first row, so a page break under
    // that row never cuts it).
    let line_h = TABLE_SIZE * 1.3;
    let mut heights = vec![line_h + 2.0 * CELL_PAD; rows.len()];
    for c in &cells {
        let h = lines_of(c).len() as f64 * line_h + 2.0 * CELL_PAD;
        heights[c.row] = heights[c.row].max(h);
    }
    let owner = |r: usize, k: usize| {
        cells
            .iter()
            .find(|c| c.row <= r && r < c.row + c.rows && c.col <= k && k < c.col + c.cols)
    };
    canvas.y -= 6.0;
    for (r, &h) in heights.iter().enumerate() {
        let broke = canvas.ensure(h);
        let (top, bottom) = (canvas.y, canvas.y - h);
        let last_on_page = r + 1 == rows.len() || canvas.y - h - heights[r + 1] < MARGIN;
        for k in 0..ncols {
            let cell = owner(r, k);
            let starts_here = cell.is_none_or(|c| c.row == r);
            let ends_here = cell.is_none_or(|c| c.row + c.rows == r + 1);
            if cell.is_none_or(|c| c.col == k) {
                canvas.line((xs[k], top), (xs[k], bottom));
            }
            if k + 1 == ncols {
                canvas.line((xs[k + 1], top), (xs[k + 1], bottom));
            }
            if starts_here || broke || r == 0 {
                canvas.line((xs[k], top), (xs[k + 1], top));
            }
            if ends_here || last_on_page {
                canvas.line((xs[k], bottom), (xs[k + 1], bottom));
            }
        }
        for c in cells.iter().filter(|c| c.row == r) {
            for (i, line) in lines_of(c).iter().enumerate() {
                let baseline = top - CELL_PAD - (i as f64 + 1.0) * line_h + 0.25 * line_h;
                canvas.text(xs[c.col] + CELL_PAD, baseline, TABLE_SIZE, line);
            }
        }
        canvas.y = bottom;
    }
    canvas.y -= 6.0;
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data).expect("deflate in memory");
    z.finish().expect("deflate in memory")
}

/// Objects of a PDF file, numbered from 1 in the order added.
#[derive(Default)]
pub struct PdfFile {
    objects: Vec<Vec<u8>>,
    /// Extra trailer entries (a test's `/Encrypt`).
    pub trailer_extra: String,
}

impl PdfFile {
    /// Adds an object, returns its number.
    pub fn add(&mut self, body: impl Into<Vec<u8>>) -> usize {
        self.objects.push(body.into());
        self.objects.len()
    }

    /// Sets object `n`'s body (reserved earlier with an empty one).
    pub fn set(&mut self, n: usize, body: impl Into<Vec<u8>>) {
        self.objects[n - 1] = body.into();
    }

    /// A Flate-compressed stream object.
    pub fn add_stream(&mut self, data: &[u8]) -> usize {
        let z = deflate(data);
        let mut body =
            format!("<< /Length {} /Filter /FlateDecode >>\nstream\n", z.len()).into_bytes();
        body.extend_from_slice(&z);
        body.extend_from_slice(b"\nendstream");
        self.add(body)
    }

    /// The file: header, objects, cross-reference table, trailer (`/Root`
    /// is object 1).
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
        let mut offsets = Vec::with_capacity(self.objects.len());
        for (i, body) in self.objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        out.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", self.objects.len() + 1).as_bytes(),
        );
        for o in offsets {
            out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R {} >>\nstartxref\n{xref}\n%%EOF\n",
                self.objects.len() + 1,
                self.trailer_extra
            )
            .as_bytes(),
        );
        out
    }
}

/// A PDF of the given page content streams (drawn with font `/F1`, the
/// CID font above, whose ToUnicode map lists the codes `used`).
pub fn write_pages(pages: &[String], used: &std::collections::BTreeSet<u16>) -> PdfFile {
    let mut f = PdfFile::default();
    let catalog = f.add(Vec::new());
    let tree = f.add(Vec::new());
    let descriptor = f.add(
        "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] \
         /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
    );
    let ascii: String = (0x20..0x7F).map(|_| " 500").collect();
    let cid = f.add(format!(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun \
         /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
         /FontDescriptor {descriptor} 0 R /DW 1000 /W [32 [{ascii} ]] /CIDToGIDMap /Identity >>"
    ));
    // The codes used, as an office suite writes it for a subset font.
    let cmap = f.add_stream(crate::pdf::identity_to_unicode(used.iter().copied()).as_bytes());
    let font = f.add(format!(
        "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H \
         /DescendantFonts [{cid} 0 R] /ToUnicode {cmap} 0 R >>"
    ));
    let mut kids = Vec::new();
    for content in pages {
        let stream = f.add_stream(content.as_bytes());
        kids.push(f.add(format!(
            "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
             /Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>"
        )));
    }
    let kids_list: String = kids.iter().map(|k| format!("{k} 0 R ")).collect();
    f.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    f.set(
        tree,
        format!(
            "<< /Type /Pages /Kids [{kids_list}] /Count {} >>",
            kids.len()
        ),
    );
    f
}

/// The blocks as a PDF document: the first paragraph as a centred title,
/// the others indented, tables ruled; page numbers `- n -` in the footer.
pub fn write_blocks(blocks: &[Block]) -> Vec<u8> {
    pdf_file(blocks).bytes()
}

/// [`write_blocks`] as a [`PdfFile`] (tests add to its trailer).
pub fn pdf_file(blocks: &[Block]) -> PdfFile {
    let mut canvas = Canvas::new();
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Paragraph(t) if i == 0 => canvas.paragraph(t, TITLE_SIZE, false, true),
            Block::Paragraph(t) => canvas.paragraph(t, BODY_SIZE, true, false),
            Block::Table(rows) => table(&mut canvas, rows),
        }
    }
    for n in 0..canvas.pages.len() {
        let footer = format!("- {} -", n + 1);
        let x = (PAGE_W - advance(&footer, TABLE_SIZE)) / 2.0;
        let op = canvas.text_op(x, 40.0, TABLE_SIZE, &footer);
        canvas.pages[n].push_str(&op);
    }
    write_pages(&canvas.pages, &canvas.used)
}
