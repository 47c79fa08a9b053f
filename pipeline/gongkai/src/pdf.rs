//! PDF documents: the glyphs of each page with their positions and the
//! ruling lines drawn on it, read in-process (`lopdf` parses the file,
//! `pdf-extract` interprets the content streams: fonts, ToUnicode maps,
//! text and graphics state). Tables are rebuilt from the page geometry
//! ([`crate::pdf_layout`]): the ruling lines give each table's rows and
//! columns, merged cells where a line is missing, and every glyph goes to
//! the cell it sits in — a number is read from its cell, never from where a
//! text dump happened to print it. The rest of the page becomes paragraphs
//! in reading order. The result is minimal HTML (`<p>`, `<table>` with
//! rowspan/colspan), which the one table renderer (`html.rs`) turns into
//! the document text as it does for a web page or a Word file.
//!
//! Hostile files end as rejects with their reason, never as a panic:
//! not a PDF or unparseable (`pdf_malformed`), a password needed to read it
//! (`pdf_encrypted`; files encrypted with only an owner password — copy
//! protection — open with the empty user password and are read), no text
//! layer (`pdf_no_text`: a scan), more pages than the limit (`too_large`).

use crate::decode::{DecodeError, RejectReason};
use crate::pdf_layout::{Glyph, Page, Segment};
use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};

/// Pages read at most by default (`normalize --max-pages`): an annual
/// report has 3–30; past this a file is rejected `too_large`.
pub const DEFAULT_MAX_PAGES: usize = 200;

/// Glyphs kept at most per document (a 200-page report has ~200k; a file
/// drawing millions of glyphs is rejected `too_large` rather than read).
pub const MAX_GLYPHS: usize = 2_000_000;

fn reject(reason: RejectReason, detail: impl Into<String>) -> DecodeError {
    DecodeError {
        reason,
        detail: detail.into(),
    }
}

/// The message of a caught panic.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

/// The pages of a PDF file: glyphs and ruling lines.
pub fn read_pages(bytes: &[u8], max_pages: usize) -> Result<Vec<Page>, DecodeError> {
    // The header may follow a few bytes of junk (readers look in the
    // first kilobyte).
    if !bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        return Err(reject(RejectReason::PdfMalformed, "no %PDF- header"));
    }
    // The parser and the interpreter assume well-formed files in places
    // (unwrap on a missing operand or object): a panic there is this
    // file's fault, not the run's, and the file is rejected as malformed.
    let result = std::panic::catch_unwind(|| read_unchecked(bytes, max_pages));
    match result {
        Ok(r) => r,
        Err(panic) => Err(reject(
            RejectReason::PdfMalformed,
            format!("the PDF reader failed: {}", panic_message(panic.as_ref())),
        )),
    }
}

/// A ToUnicode CMap mapping each of `codes` (two-byte codes, ascending)
/// to the same code point: runs of consecutive codes as `bfrange` lines,
/// each run within one high byte as the CMap syntax requires.
pub fn identity_to_unicode(codes: impl IntoIterator<Item = u16>) -> String {
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for c in codes {
        match runs.last_mut() {
            Some((_, hi)) if c == hi.wrapping_add(1) && c >> 8 == *hi >> 8 => *hi = c,
            _ => runs.push((c, c)),
        }
    }
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in runs.chunks(100) {
        out.push_str(&format!("{} beginbfrange\n", chunk.len()));
        for (lo, hi) in chunk {
            out.push_str(&format!("<{lo:04X}> <{hi:04X}> <{lo:04X}>\n"));
        }
        out.push_str("endbfrange\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}

/// Predefined Unicode CMaps (`UniGB-UCS2-H`, `UniGB-UTF16-H`, their CNS,
/// JIS and KSC twins): the codes are UTF-16 code units, which the
/// interpreter reads as `Identity-H` codes with an identity ToUnicode map
/// (it knows neither encoding by name and would give up on the file).
/// Chinese PDFs written with non-embedded system fonts use them.
fn unicode_cmaps_as_identity(doc: &mut lopdf::Document) {
    use lopdf::{Object, Stream};
    let is_unicode_cmap = |name: &[u8]| {
        name.starts_with(b"Uni") && (name.ends_with(b"-UCS2-H") || name.ends_with(b"-UTF16-H"))
    };
    let mut need_map = Vec::new();
    for (&id, obj) in doc.objects.iter_mut() {
        let Ok(dict) = obj.as_dict_mut() else {
            continue;
        };
        let unicode = dict
            .get(b"Encoding")
            .and_then(Object::as_name)
            .is_ok_and(is_unicode_cmap);
        if unicode {
            dict.set("Encoding", Object::Name(b"Identity-H".to_vec()));
            if !dict.has(b"ToUnicode") {
                need_map.push(id);
            }
        }
    }
    if need_map.is_empty() {
        return;
    }
    // Every code of the Basic Multilingual Plane but the surrogates to
    // itself.
    let bmp = (0..=0xFFFFu16).filter(|c| !(0xD800..=0xDFFF).contains(c));
    let cmap = identity_to_unicode(bmp);
    let map = doc.add_object(Stream::new(lopdf::Dictionary::new(), cmap.into_bytes()));
    for id in need_map {
        if let Ok(dict) = doc.get_object_mut(id).and_then(Object::as_dict_mut) {
            dict.set("ToUnicode", Object::Reference(map));
        }
    }
}

fn read_unchecked(bytes: &[u8], max_pages: usize) -> Result<Vec<Page>, DecodeError> {
    let mut doc = lopdf::Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => {
            reject(RejectReason::PdfEncrypted, format!("cannot decrypt: {e}"))
        }
        e => reject(
            RejectReason::PdfMalformed,
            format!("not a readable PDF: {e}"),
        ),
    })?;
    // Loading opens files that need no user password (copy protection)
    // and drops their /Encrypt entry; one that needs a password keeps it.
    if doc.is_encrypted() || doc.trailer.has(b"Encrypt") {
        return Err(reject(
            RejectReason::PdfEncrypted,
            "encrypted: a password is needed to read it",
        ));
    }
    unicode_cmaps_as_identity(&mut doc);
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(reject(RejectReason::PdfMalformed, "no pages"));
    }
    if pages.len() > max_pages {
        return Err(reject(
            RejectReason::TooLarge,
            format!("{} pages > limit {max_pages}", pages.len()),
        ));
    }
    let mut collector = Collector::default();
    let result = pdf_extract::output_doc(&doc, &mut collector);
    if let Err(e) = result {
        if collector.glyphs_total > MAX_GLYPHS {
            return Err(reject(
                RejectReason::TooLarge,
                format!("more than {MAX_GLYPHS} glyphs"),
            ));
        }
        return Err(reject(
            RejectReason::PdfMalformed,
            format!("content stream: {e:?}"),
        ));
    }
    if collector.pages.iter().all(|p| p.glyphs.is_empty()) {
        return Err(reject(
            RejectReason::PdfNoText,
            format!(
                "{} pages and no text layer (a scan, or text drawn as curves)",
                collector.pages.len()
            ),
        ));
    }
    Ok(collector.pages)
}

/// The document as HTML: paragraphs and tables in reading order.
pub fn to_html(bytes: &[u8], max_pages: usize) -> Result<String, DecodeError> {
    let pages = read_pages(bytes, max_pages)?;
    Ok(crate::pdf_layout::to_html(&pages))
}

/// Receives what the content streams draw.
#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
    glyphs_total: usize,
}

impl Collector {
    fn page(&mut self) -> Result<&mut Page, OutputError> {
        self.pages
            .last_mut()
            .ok_or(OutputError::FormatError(std::fmt::Error))
    }

    /// The straight, axis-parallel pieces of a path, in page space.
    fn segments(&mut self, ctm: &Transform, path: &Path, filled: bool) -> Result<(), OutputError> {
        let at = |x: f64, y: f64| {
            (
                ctm.m11 * x + ctm.m21 * y + ctm.m31,
                ctm.m12 * x + ctm.m22 * y + ctm.m32,
            )
        };
        let page = self.page()?;
        let mut current = (0.0, 0.0);
        let mut start = (0.0, 0.0);
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) => {
                    current = at(x, y);
                    start = current;
                }
                PathOp::LineTo(x, y) => {
                    let next = at(x, y);
                    page.add_line(current, next);
                    current = next;
                }
                PathOp::CurveTo(_, _, _, _, x, y) => current = at(x, y),
                PathOp::Close => {
                    page.add_line(current, start);
                    current = start;
                }
                PathOp::Rect(x, y, w, h) => {
                    let corners = [at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h)];
                    page.add_rect(corners, filled);
                }
            }
        }
        Ok(())
    }
}

/// White (a mask or a background), in the colour spaces fills use.
fn is_white(space: &ColorSpace, color: &[f64]) -> bool {
    match space {
        ColorSpace::DeviceGray | ColorSpace::CalGray(_) => color.first().is_some_and(|&g| g > 0.95),
        ColorSpace::DeviceRGB | ColorSpace::CalRGB(_) => {
            color.len() == 3 && color.iter().all(|&c| c > 0.95)
        }
        ColorSpace::DeviceCMYK => color.len() == 4 && color.iter().all(|&c| c < 0.05),
        _ => false,
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push(Page::new(
            media_box.urx - media_box.llx,
            media_box.ury - media_box.lly,
        ));
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The text rendering matrix without the font size: the glyph's
        // height is the font size scaled by its vertical axis.
        let size = font_size * (trm.m21 * trm.m21 + trm.m22 * trm.m22).sqrt();
        let x_scale = (trm.m11 * trm.m11 + trm.m12 * trm.m12).sqrt();
        // Rotated text (watermarks, stamps) is not part of the report's
        // reading order.
        let rotated = trm.m12.abs() > 0.1 * trm.m11.abs() || trm.m11 <= 0.0;
        if rotated || !size.is_finite() || size <= 0.0 || text.is_empty() {
            return Ok(());
        }
        self.glyphs_total += 1;
        if self.glyphs_total > MAX_GLYPHS {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        let advance = (width * font_size + spacing.max(0.0)) * x_scale;
        self.page()?.glyphs.push(Glyph {
            x: trm.m31,
            y: trm.m32,
            advance: if advance.is_finite() {
                advance.max(0.0)
            } else {
                0.0
            },
            size,
            text: text.into(),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn stroke(
        &mut self,
        ctm: &Transform,
        _space: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.segments(ctm, path, false)
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        space: &ColorSpace,
        color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        if is_white(space, color) {
            return Ok(());
        }
        self.segments(ctm, path, true)
    }
}

/// Whether a segment's two ends make a horizontal or vertical ruling line.
pub(crate) fn axis_segment(a: (f64, f64), b: (f64, f64)) -> Option<Segment> {
    const SLOPE: f64 = 1.0;
    if (a.1 - b.1).abs() <= SLOPE && (a.0 - b.0).abs() > SLOPE {
        Some(Segment::horizontal((a.1 + b.1) / 2.0, a.0, b.0))
    } else if (a.0 - b.0).abs() <= SLOPE && (a.1 - b.1).abs() > SLOPE {
        Some(Segment::vertical((a.0 + b.0) / 2.0, a.1, b.1))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docx::Block;
    use crate::pdf_write::{pdf_file, write_blocks, write_pages};

    fn report() -> Vec<Block> {
        let cell = |t: &str| (t.to_string(), 1, 1);
        vec![
            Block::Paragraph("某县2023年政府信息公开工作年度报告".into()),
            Block::Paragraph("一、总体情况".into()),
            Block::Paragraph("全年主动公开政府信息217条，受理申请12件。".repeat(4)),
            Block::Table(vec![
                vec![("信息内容".into(), 1, 1), ("数量".into(), 2, 1)],
                vec![cell("行政许可"), cell("12"), cell("3")],
            ]),
        ]
    }

    fn reason(bytes: &[u8], max_pages: usize) -> Option<&'static str> {
        to_html(bytes, max_pages).err().map(|e| e.reason.code())
    }

    #[test]
    fn a_written_report_reads_back_as_paragraphs_and_a_table() {
        let html = to_html(&write_blocks(&report()), DEFAULT_MAX_PAGES).unwrap();
        let text = crate::html::render(&html).text;
        assert!(
            text.contains("某县2023年政府信息公开工作年度报告"),
            "{text}"
        );
        // The wrapped paragraph is one line again.
        let para = "全年主动公开政府信息217条，受理申请12件。".repeat(4);
        assert!(text.lines().any(|l| l.trim() == para), "{text}");
        assert!(text.contains("| 信息内容 | 数量 | 数量 |"), "{text}");
        assert!(text.contains("| 行政许可 | 12 | 3 |"), "{text}");
        // Page numbers in the footer are not text of the report.
        assert!(!text.contains("- 1 -"), "{text}");
    }

    #[test]
    fn a_font_in_the_predefined_unicode_cmap_is_read() {
        // The same document with its font as a non-embedded system font
        // addresses it: /UniGB-UCS2-H, no ToUnicode map (edited in place,
        // same lengths, so the cross-reference offsets hold).
        let bytes = write_blocks(&report());
        let text = |b: &[u8]| crate::html::render(&to_html(b, 10).unwrap()).text;
        let mut raw = bytes.clone();
        let swap = |raw: &mut Vec<u8>, from: &str, to: &str| {
            assert_eq!(from.len(), to.len());
            let at = raw
                .windows(from.len())
                .position(|w| w == from.as_bytes())
                .unwrap_or_else(|| panic!("{from} not in the file"));
            raw[at..at + from.len()].copy_from_slice(to.as_bytes());
        };
        swap(
            &mut raw,
            "/BaseFont /SimSun /Encoding /Identity-H",
            "/BaseFont /SimS /Encoding /UniGB-UCS2-H",
        );
        let at = raw.windows(10).position(|w| w == b"/ToUnicode").unwrap();
        let len = raw[at..].windows(2).position(|w| w == b">>").unwrap();
        let entry = String::from_utf8(raw[at..at + len].to_vec()).unwrap();
        swap(&mut raw, &entry, &" ".repeat(len));
        assert_eq!(text(&raw), text(&bytes));
    }

    #[test]
    fn hostile_files_are_rejected_with_their_reason() {
        let good = write_blocks(&report());
        assert_eq!(reason(&good, DEFAULT_MAX_PAGES), None);
        assert_eq!(reason(b"", 10), Some("pdf_malformed"));
        assert_eq!(
            reason(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 10),
            Some("pdf_malformed")
        );
        assert_eq!(reason(&good[..good.len() / 2], 10), Some("pdf_malformed"));
        let mut noisy = b"%PDF-1.4\n".to_vec();
        noisy.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
        assert_eq!(reason(&noisy, 10), Some("pdf_malformed"));
        // Ruling lines and no glyph: a scan.
        let scan = write_pages(
            &vec!["0 0 m 500 500 l S\n".to_string(); 2],
            &Default::default(),
        );
        assert_eq!(reason(&scan.bytes(), 10), Some("pdf_no_text"));
        // A user password that is not empty.
        let mut locked = pdf_file(&report());
        locked.trailer_extra = ENCRYPT.into();
        assert_eq!(reason(&locked.bytes(), 10), Some("pdf_encrypted"));
        // More pages than the limit.
        let pages = vec!["0 0 m 9 9 l S\n".to_string(); 12];
        assert_eq!(
            reason(&write_pages(&pages, &Default::default()).bytes(), 10),
            Some("too_large")
        );
    }

    /// A standard security handler (RC4, 128 bits) whose user password is
    /// not the empty one: /O and /U of another file.
    const ENCRYPT: &str = "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 \
        /O <6A8B0C0D1E2F30415263748596A7B8C9DAEBFC0D1E2F30415263748596A7B8C9> \
        /U <1F2E3D4C5B6A79889766554433221100FFEEDDCCBBAA99887766554433221100> >> \
        /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]";
}
