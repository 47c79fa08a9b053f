//! One document: body blocks (prose, tables), page chrome, encoding.

use super::gazetteer::{draw_unit, report_unit, Unit};
use super::grid::{self, fullwidth, Ctx, Grid};
use super::numbers::{self, Values, APPS_TABLE, REVIEW_TABLE};
use super::prose::{cn_date, cn_num, distractor, filler_para};
use super::rng::Rng;
use super::{
    Flattening, Noise, PageBreak, SynthConfig, SynthDoc, SynthEncoding, Truth, TruthCell,
    TruthHeadline,
};
use crate::record::{Level, SourceFormat, Template};
use crate::template;

enum Block {
    Heading(String),
    Para(String),
    Table(Grid),
}

/// A date as (year, month, day).
type Ymd = (i32, u32, u32);

fn iso(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.0, d.1, d.2)
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// Everything one report is built from.
struct Plan<'a> {
    rng: &'a mut Rng,
    unit: Unit,
    year: i32,
    template: Template,
    noise: Noise,
}

impl Plan<'_> {
    /// A number in prose, full-width when the page uses full-width digits.
    fn num(&self, n: i64) -> String {
        if self.noise.fullwidth_digits {
            fullwidth(&n.to_string())
        } else {
            n.to_string()
        }
    }

    fn filler(&mut self, blocks: &mut Vec<Block>, max: usize) {
        let n = 1 + self.rng.skewed(max as i64) as usize;
        for _ in 0..n {
            let mut p = filler_para(self.rng, self.unit.we, self.year);
            if self.rng.chance(0.15) {
                p.push_str(&distractor(self.rng, self.unit.we));
            }
            blocks.push(Block::Para(p));
        }
    }

    fn proactive_count(&mut self) -> i64 {
        let (lo, hi) = match self.unit.level {
            Level::Township => (15, 600),
            Level::County => (150, 6000),
            Level::Prefecture => (800, 30000),
            Level::Province => (3000, 80000),
            Level::Department => (20, 2500),
        };
        lo + self.rng.skewed(hi - lo)
    }

    /// Narrative report body (report-formats.md §1).
    fn narrative(&mut self, h: &mut TruthHeadline) -> Vec<Block> {
        let (y, we) = (self.year, self.unit.we);
        let mut b = Vec::new();
        let period = if self.rng.chance(0.1) {
            format!("本报告数据统计时限为{y}11日至1231日。")
        } else {
            format!("本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
        };
        b.push(Block::Para(format!(
            "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，特向社会公布{}{y}年度政府信息公开工作年度报告。{period}如对本报告有任何疑问，请与{}政务公开办公室联系。",
            self.unit.name, self.unit.short
        )));
        let mut k = 0;
        let mut head = |b: &mut Vec<Block>, title: &str| {
            k += 1;
            b.push(Block::Heading(format!("{}、{title}", cn_num(k, false))));
        };

        head(&mut b, "概述");
        self.filler(&mut b, 6);

        head(&mut b, "主动公开政府信息情况");
        let n = self.proactive_count();
        let ns = self.num(n);
        let total = match self.rng.below(5) {
            0 => Some(format!("{y}年，{we}主动公开政府信息{ns}条。")),
            1 => Some(format!("全年累计公开政府信息{ns}条。")),
            2 => Some(format!("{y}年{we}主动公开各类政府信息{ns}余条。")),
            3 => Some(format!("{y}年{we}主动公开信息数量达{ns}条。")),
            _ => None,
        };
        let mut p = String::new();
        match total {
            Some(t) => {
                h.proactive_total = Some(n);
                p.push_str(&t);
                if self.rng.chance(0.5) {
                    let a = n / 20;
                    let c = n / 2;
                    p.push_str(&format!(
                        "其中，概况类信息{}条，政策法规类信息{}条，工作动态类信息{}条。",
                        self.num(a),
                        self.num(a / 2),
                        self.num(c)
                    ));
                }
            }
            None => {
                p.push_str(&format!(
                    "{we}通过门户网站发布工作动态{}条，通知公告{}条。",
                    self.num(n / 3),
                    self.num(n / 7)
                ));
            }
        }
        p.push_str(&filler_para(self.rng, we, y));
        b.push(Block::Para(p));

        head(&mut b, "依申请公开政府信息情况");
        let zero_p = if self.unit.level == Level::Township {
            0.8
        } else {
            0.5
        };
        let apps = if self.rng.chance(zero_p) {
            0
        } else {
            1 + self.rng.skewed(60)
        };
        h.apps_new = Some(apps);
        let s = if apps == 0 {
            match self.rng.below(4) {
                0 => format!("{y}年，{we}没有收到公众公开政府信息的申请。"),
                1 => format!("{y}年度{we}未收到依申请公开请求。"),
                2 => format!("本年度{we}依申请公开{}件。", self.num(0)),
                _ => format!("{y}年{we}未收到政府信息公开申请。"),
            }
        } else if apps <= 10 && self.rng.chance(0.5) {
            format!(
                "{y}年，{we}收到依申请公开案件{}件，均已按时答复。",
                cn_num(apps, true)
            )
        } else if self.rng.chance(0.5) {
            format!(
                "{y}年，{we}共收到依申请公开案件{}件，均已在规定时限内予以答复。",
                self.num(apps)
            )
        } else {
            format!(
                "全年共受理政府信息公开申请{}件，全部按时办结。",
                self.num(apps)
            )
        };
        b.push(Block::Para(s));

        if self.rng.chance(0.75) {
            head(&mut b, "政府信息公开的收费及减免情况");
            h.fees_collected = Some(0.0);
            b.push(Block::Para(if self.rng.chance(0.5) {
                format!("{y}年，{we}在政府信息公开工作中未收取任何费用。")
            } else {
                "依申请提供政府信息不收取任何费用，无减免情况。".to_string()
            }));
        }
        if self.rng.chance(0.75) {
            head(&mut b, "因政府信息公开申请行政复议和提起行政诉讼的情况");
            let (r, l) = if apps > 0 && self.rng.chance(0.2) {
                (self.rng.range(0, 3), self.rng.range(0, 2))
            } else {
                (0, 0)
            };
            h.review_total = Some(r);
            h.litigation_total = Some(l);
            b.push(Block::Para(if r > 0 || l > 0 {
                format!(
                    "{y}年，因政府信息公开申请行政复议{}件，提起行政诉讼{}件。",
                    self.num(r),
                    self.num(l)
                )
            } else if self.rng.chance(0.5) {
                format!("{y}年，{we}无因政府信息公开提起的行政复议和行政诉讼。")
            } else {
                "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。".to_string()
            }));
        }
        head(&mut b, "存在的主要问题和改进措施");
        self.filler(&mut b, 5);
        head(&mut b, "其他需要报告的事项");
        b.push(Block::Para(format!("{y}年，{we}无其他需要报告的事项。")));
        b
    }

    /// Standard-table report body (report-formats.md §2–3).
    fn tables(&mut self, h: &mut TruthHeadline, values: &Values) -> Vec<Block> {
        let (y, we) = (self.year, self.unit.we);
        let mut b = Vec::new();
        let mut ctx = Ctx {
            rng: self.rng,
            noise: &self.noise,
        };
        let art20: Vec<Grid> = template::article20_tables(self.template)
            .iter()
            .zip(&values.art20)
            .map(|(t, v)| grid::art20_grid(&mut ctx, t, v))
            .collect();
        let apps = grid::apps_grid(&mut ctx, values);
        let review = grid::review_grid(&mut ctx, values);

        b.push(Block::Heading("一、总体情况".into()));
        self.filler(&mut b, 4);
        if self.rng.chance(0.6) {
            let n = self.proactive_count();
            h.proactive_total = Some(n);
            let p = format!(
                "（一）主动公开。{y}年，{we}通过政府网站、政务新媒体等渠道共主动公开政府信息{}条。{}",
                self.num(n),
                filler_para(self.rng, we, y)
            );
            b.push(Block::Para(p));
        }
        self.filler(&mut b, 8);
        b.push(Block::Heading("二、主动公开政府信息情况".into()));
        b.extend(art20.into_iter().map(Block::Table));
        b.push(Block::Heading("三、收到和处理政府信息公开申请情况".into()));
        b.push(Block::Table(apps));
        b.push(Block::Heading(
            "四、政府信息公开行政复议、行政诉讼情况".into(),
        ));
        b.push(Block::Table(review));
        b.push(Block::Heading("五、存在的主要问题及改进情况".into()));
        self.filler(&mut b, 6);
        b.push(Block::Heading("六、其他需要报告的事项".into()));
        if self.rng.chance(0.4) {
            h.fees_collected = Some(0.0);
            b.push(Block::Para(format!("本年度{we}未收取信息处理费。")));
        } else {
            b.push(Block::Para(format!("{we}无其他需要报告的事项。")));
        }
        b
    }
}

/// GOLD_FORMAT table fields from the printed cells.
fn headline_from_cells(h: &mut TruthHeadline, cells: &[TruthCell]) {
    let get = |t: &str, r: &str, c: &str| {
        cells
            .iter()
            .find(|x| x.table == t && x.row_key == r && x.col_key == c)
            .and_then(|x| x.value)
            .map(|v| v as i64)
    };
    for (field, row, col) in crate::template::HEADLINE_APPS_CELLS {
        if let Some(slot) = h.int_field_mut(field) {
            *slot = get(APPS_TABLE, row, col);
        }
    }
    h.review_total = get(
        REVIEW_TABLE,
        crate::template::HEADLINE_REVIEW_GROUP,
        "total",
    );
    let [direct, after] =
        crate::template::HEADLINE_LITIGATION_GROUPS.map(|g| get(REVIEW_TABLE, g, "total"));
    h.litigation_total = match (direct, after) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
    };
}

fn draw_noise(rng: &mut Rng, style: Flattening) -> Noise {
    let marks: &[&'static str] = if style == Flattening::CellPerLine {
        &["/", "—", "——", "-"]
    } else {
        &["", "", "/", "—", "——"]
    };
    Noise {
        fullwidth_digits: rng.chance(0.05),
        stray_spaces: rng.chance(0.3),
        split_headers: rng.chance(0.35),
        ascii_parens: rng.chance(0.3),
        label_aliases: rng.chance(0.15),
        arabic_ordinals: false,
        label_year: None,
        empty_mark: marks[rng.below(marks.len())],
        amount_suffix: rng.chance(0.3),
        cell_paragraphs: rng.chance(0.5),
        indent_cells: rng.chance(0.5),
        blank_line_between_cells: rng.chance(0.5),
        org_subtotal: false,
        page_break: None,
        column_blocks: None,
    }
}

fn draw_year(rng: &mut Rng) -> i32 {
    // 2008–2018 weight 3 each, 2019–2024 weight 8 each.
    let w: Vec<u32> = (2008..=2024)
        .map(|y| if y < 2019 { 3 } else { 8 })
        .collect();
    2008 + rng.weighted(&w) as i32
}

fn draw_dates(rng: &mut Rng, year: i32) -> (Ymd, Ymd) {
    let m = 1 + rng.weighted(&[45, 35, 15, 5]) as u32;
    let d = 1 + rng.below(28) as u32;
    let back = rng.below(8) as u32;
    let sig = (year + 1, m, if d > back { d - back } else { d });
    ((year + 1, m, d), sig)
}

/// Page chrome pieces shared by text and HTML pages.
struct Chrome {
    title: String,
    site: String,
    breadcrumb: String,
    info: Vec<String>,
    signature: Vec<String>,
    footer: Vec<String>,
}

fn chrome(
    rng: &mut Rng,
    unit: &Unit,
    title: &str,
    publish: Option<Ymd>,
    sig: Option<Ymd>,
) -> Chrome {
    let site = format!("{}人民政府门户网站", unit.portal);
    let breadcrumb = match rng.below(3) {
        0 => format!("您现在所在的位置：首页 > {site} > 政务公开 > 政府信息公开年报"),
        1 => "您现在所在的位置 : 首页 > 政府信息公开 > 政府信息公开年度报告".to_string(),
        _ => "当前位置：首页 > 信息公开 > 年度报告".to_string(),
    };
    let source = if unit.level == Level::Department {
        unit.name.clone()
    } else {
        format!("{}人民政府", unit.name)
    };
    let mut info = Vec::new();
    if let Some(p) = publish {
        let hm = format!("{:02}:{:02}", 8 + rng.below(10), rng.below(60));
        info.push(match rng.below(4) {
            0 => format!("发布时间：{} {hm}", iso(p)),
            1 => format!("日期:{}", iso(p)),
            2 => format!("发布日期：{}年{:02}月{:02}日", p.0, p.1, p.2),
            _ => format!("  • {} {hm}", iso(p)),
        });
    }
    info.push(format!("来源：{source}"));
    info.push("字体大小：【大 中 小】".to_string());
    let mut signature = vec![source.clone()];
    if let Some(s) = sig {
        signature.push(match rng.below(3) {
            0 => format!("{}年{}月{}日", s.0, s.1, s.2),
            1 => iso(s),
            _ => cn_date(s.0, s.1, s.2),
        });
    }
    let phone = format!(
        "0{}-{}",
        rng.range(100, 999),
        rng.range(2_000_000, 8_999_999)
    );
    let footer = vec![
        "相关附件下载：".to_string(),
        "扫一扫在手机打开当前页".to_string(),
        format!(
            "主办：{}人民政府办公室  联系电话：{phone}",
            unit.portal_chain
        ),
        format!(
            "网站标识码：{:0<6}{:04}  ICP备{:08}号",
            unit.region_code.get(..6).unwrap_or(unit.region_code),
            rng.below(10_000),
            rng.below(100_000_000)
        ),
    ];
    Chrome {
        title: title.to_string(),
        site,
        breadcrumb,
        info,
        signature,
        footer,
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn render_text(c: &Chrome, blocks: &[Block], style: Flattening, noise: &Noise) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("头部\n");
    out.push_str(&c.site);
    out.push_str("\n首页 | 政务公开 | 政务服务 | 互动交流\n");
    out.push_str(&c.breadcrumb);
    out.push_str("\n分享到：\n");
    out.push_str(&c.title);
    out.push('\n');
    for l in &c.info {
        out.push_str(l);
        out.push('\n');
    }
    out.push('\n');
    for b in blocks {
        match b {
            Block::Heading(t) | Block::Para(t) => {
                out.push_str("  ");
                out.push_str(t);
                out.push_str("\n\n");
            }
            Block::Table(g) => match style {
                Flattening::PipeRows => grid::render_pipes(&mut out, g, noise),
                _ => grid::render_lines(&mut out, g, noise),
            },
        }
    }
    out.push('\n');
    for l in c.signature.iter().chain(&c.footer) {
        out.push_str(l);
        out.push_str("\n\n");
    }
    out
}

/// The report as its unit wrote it before the portal put it in a page
/// (title, date line, paragraphs, tables, signature), saved as a Word
/// document or printed to PDF.
fn render_attachment(c: &Chrome, blocks: &[Block], format: SourceFormat) -> Vec<u8> {
    use crate::docx::Block as D;
    let mut out = vec![D::Paragraph(c.title.clone())];
    out.extend(c.info.iter().map(|l| D::Paragraph(l.trim().to_string())));
    for b in blocks {
        out.push(match b {
            Block::Heading(t) | Block::Para(t) => D::Paragraph(t.clone()),
            Block::Table(g) => D::Table(grid::docx_rows(g)),
        });
    }
    out.extend(c.signature.iter().map(|l| D::Paragraph(l.clone())));
    match format {
        SourceFormat::Pdf => crate::pdf_write::write_blocks(&out),
        _ => crate::docx::write_blocks(&out),
    }
}

/// How a portal's template wraps the article, drawn from the document's key
/// (no draw of the generator's stream: the other documents stay the same).
/// Real portals put the article in a layout table beside a menu, mark it
/// with comments, style every paragraph (`<span style=…>&nbsp;…`) and often
/// leave `<p>` unclosed, which only the full HTML parser reads.
struct Portal {
    layout_table: bool,
    styled_paragraphs: bool,
    unclosed_paragraphs: bool,
}

impl Portal {
    fn from_key(key: u64) -> Self {
        Portal {
            layout_table: key & 1 == 1,
            styled_paragraphs: key >> 1 & 1 == 1,
            unclosed_paragraphs: key >> 2 & 3 == 0,
        }
    }
}

fn render_html(c: &Chrome, blocks: &[Block], noise: &Noise, charset: &str, key: u64) -> String {
    let portal = Portal::from_key(key);
    let mut out = String::with_capacity(24 * 1024);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\" />\n<title>{}_{}</title>\n",
        esc(&c.title),
        esc(&c.site)
    ));
    out.push_str(&format!(
        "<script type=\"text/javascript\">var _hmt = _hmt || [];(function() {{var hm = document.createElement(\"script\");hm.src = \"https://hm.example.cn/hm.js?{key:016x}\";var s = document.getElementsByTagName(\"script\")[0];s.parentNode.insertBefore(hm, s);}})();</script>\n"
    ));
    out.push_str("<link rel=\"stylesheet\" href=\"/css/common.css\" />\n</head>\n<body>\n");
    out.push_str(&format!(
        "<div class=\"header\"><div class=\"logo\">{}</div><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li></ul></div>\n",
        esc(&c.site)
    ));
    out.push_str(&format!(
        "<div class=\"crumb\">{}</div>\n",
        esc(&c.breadcrumb)
    ));
    if portal.layout_table {
        out.push_str("<table width=\"1000\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr>\n<td width=\"220\" valign=\"top\" class=\"left\"><!-- 左侧栏目 --><ul class=\"menu\"><li><a href=\"../zn/\">政府信息公开指南</a></li><li><a href=\"../zd/\">政府信息公开制度</a></li><li><a href=\"../nb/\">政府信息公开年报</a></li></ul></td>\n<td valign=\"top\" class=\"main\"><!-- 正文开始 -->\n");
    }
    out.push_str(&format!(
        "<div class=\"article\">\n<h1 class=\"title\">{}</h1>\n<div class=\"info\">",
        esc(&c.title)
    ));
    for l in &c.info {
        out.push_str(&format!("<span>{}</span> ", esc(l.trim())));
    }
    out.push_str("</div>\n<div class=\"content\" id=\"zoom\">\n");
    let end_p = if portal.unclosed_paragraphs {
        "\n"
    } else {
        "</p>\n"
    };
    for b in blocks {
        match b {
            Block::Heading(t) => out.push_str(&format!("<p><strong>{}</strong>{end_p}", esc(t))),
            Block::Para(t) if portal.styled_paragraphs => out.push_str(&format!(
                "<p style=\"text-indent:2em;line-height:2\"><span style=\"font-family:仿宋_GB2312;font-size:16pt\">&nbsp;&nbsp;{}</span>{end_p}",
                esc(t)
            )),
            Block::Para(t) => {
                out.push_str(&format!("<p style=\"text-indent:2em\">{}{end_p}", esc(t)))
            }
            Block::Table(g) => grid::render_html(&mut out, g, noise),
        }
    }
    for l in &c.signature {
        out.push_str(&format!("<p style=\"text-align:right\">{}{end_p}", esc(l)));
    }
    out.push_str("</div>\n<div class=\"share\">分享到：<a href=\"javascript:;\">微信</a> <a href=\"javascript:;\">微博</a> <a href=\"javascript:;\">QQ空间</a></div>\n</div>\n");
    if portal.layout_table {
        out.push_str("<!-- 正文结束 --></td>\n</tr></table>\n");
    }
    out.push_str("<div class=\"footer\">\n");
    for l in &c.footer {
        out.push_str(&format!("<p>{}</p>\n", esc(l)));
    }
    out.push_str("</div>\n<script type=\"text/javascript\">function setFontSize(n){document.getElementById('zoom').style.fontSize=n+'px';}</script>\n</body>\n</html>\n");
    out
}

/// Encode as planned; GBK falls back to UTF-8 when a name has no GBK code.
fn encode(text: String, enc: SynthEncoding) -> (Vec<u8>, SynthEncoding) {
    match enc {
        SynthEncoding::Gbk => {
            let (bytes, _, had_errors) = encoding_rs::GBK.encode(&text);
            if had_errors {
                let text = text.replacen("charset=gbk", "charset=utf-8", 1);
                (text.into_bytes(), SynthEncoding::Utf8)
            } else {
                (bytes.into_owned(), SynthEncoding::Gbk)
            }
        }
        SynthEncoding::Utf8Bom => {
            let mut b = Vec::with_capacity(text.len() + 3);
            b.extend_from_slice(b"\xEF\xBB\xBF");
            b.extend_from_slice(text.as_bytes());
            (b, enc)
        }
        _ => (text.into_bytes(), SynthEncoding::Utf8),
    }
}

fn url_for(unit_chain: &str, publish: Ymd, hash: u64) -> String {
    format!(
        "http://www.zf{:08x}.gov.cn/zwgk/xxgknb/{:04}{:02}/t{:04}{:02}{:02}_{}.shtml",
        fnv(unit_chain) as u32,
        publish.0,
        publish.1,
        publish.0,
        publish.1,
        publish.2,
        hash % 10_000_000
    )
}

/// A report page (any layout, any style).
pub fn report(cfg: &SynthConfig, rng: &mut Rng, i: usize, doc_id: String, hash: u64) -> SynthDoc {
    let (unit, year) = report_unit(rng, cfg.docs, i);
    let template = match year {
        ..=2018 => Template::Narrative,
        2019 | 2020 => Template::Table2019,
        _ if rng.chance(0.08) => Template::Table2019,
        _ => Template::Table2021,
    };
    let style = if template == Template::Narrative {
        Flattening::Prose
    } else {
        match rng.weighted(&[40, 25, 35]) {
            0 => Flattening::CellPerLine,
            1 => Flattening::PipeRows,
            _ => Flattening::HtmlTable,
        }
    };
    let html = match style {
        Flattening::HtmlTable => true,
        Flattening::Prose => rng.chance(0.4),
        _ => false,
    };
    let planned_enc = if rng.chance(cfg.gbk_share) {
        SynthEncoding::Gbk
    } else if rng.chance(0.02) {
        SynthEncoding::Utf8Bom
    } else {
        SynthEncoding::Utf8
    };
    let mut noise = draw_noise(rng, style);
    // From the hash, not the RNG: the rest of the document stays as it was.
    noise.org_subtotal = style != Flattening::Prose && (hash >> 8).is_multiple_of(8);
    noise.arabic_ordinals = (hash >> 36).is_multiple_of(6);
    noise.label_year = (hash >> 39).is_multiple_of(6).then_some(year);
    let pdf_text = matches!(style, Flattening::CellPerLine | Flattening::PipeRows) && !html;
    if pdf_text && (hash >> 12).is_multiple_of(3) {
        let bits = hash >> 20;
        noise.page_break = Some(PageBreak {
            at: (bits & 0xff) as f64 / 256.0,
            mid_row: style == Flattening::CellPerLine && (bits >> 8) & 1 == 1,
            repeat_header: (bits >> 9) & 1 == 1,
            page: 2 + ((bits >> 10) & 7) as u16,
            format: ((bits >> 13) & 7) as u8,
        });
    }
    let (publish, sig) = draw_dates(rng, year);
    let has_page_date = rng.chance(0.85);
    let has_sig_date = rng.chance(0.9);

    let mut headline = TruthHeadline::default();
    let mut cells = Vec::new();
    let mut arithmetic_errors = Vec::new();
    let mut plan = Plan {
        rng,
        unit,
        year,
        template,
        noise,
    };
    let blocks = if template == Template::Narrative {
        plan.narrative(&mut headline)
    } else {
        let mut values = numbers::draw(plan.rng, plan.unit.level, template);
        if plan.rng.chance(cfg.error_share) {
            numbers::inject_error(plan.rng, &mut values);
        }
        match plan.rng.below(10) {
            0 => numbers::blank_zeros(&mut values, true),
            1 => numbers::blank_zeros(&mut values, false),
            _ => {}
        }
        cells = numbers::cells(&values);
        if plan.noise.org_subtotal {
            cells.extend(numbers::subtotal_cells(&values));
        }
        arithmetic_errors = numbers::broken_rules(template, &cells);
        headline_from_cells(&mut headline, &cells);
        plan.tables(&mut headline, &values)
    };
    let Plan {
        rng,
        unit,
        mut noise,
        ..
    } = plan;
    let provable = arithmetic_errors.is_empty()
        && cells
            .iter()
            .filter(|c| c.section == "三")
            .all(|c| c.value.is_some());
    if style == Flattening::CellPerLine && !html && provable && (hash >> 44).is_multiple_of(3) {
        let b = (hash >> 48) as u8;
        noise.column_blocks = Some([1 + b % 10, 1 + (b / 10) % 6, 2 + (b / 60) % 3]);
        noise.page_break = None;
    }

    let gov = if unit.level == Level::Department {
        ""
    } else {
        "人民政府"
    };
    let title = match rng.below(3) {
        0 => format!("{}{gov}{year}年政府信息公开工作年度报告", unit.name),
        1 => format!("{}{year}年度政府信息公开工作年度报告", unit.name),
        _ => format!("{year}年{}政府信息公开工作年度报告", unit.name),
    };
    let c = chrome(
        rng,
        &unit,
        &title,
        has_page_date.then_some(publish),
        has_sig_date.then_some(sig),
    );
    let publish_date = if has_page_date {
        Some(iso(publish))
    } else if has_sig_date {
        Some(iso(sig))
    } else {
        None
    };
    let charset = if planned_enc == SynthEncoding::Gbk {
        "gbk"
    } else {
        "utf-8"
    };
    // From the hash: whether the report is a Word attachment changes how it
    // is written, not what it says.
    let share = |bits: u32, share: f64| ((hash >> bits) % 1000) as f64 <= share * 1000.0 - 1.0;
    let attachment = if style != Flattening::HtmlTable {
        None
    } else if share(52, cfg.docx_share) {
        Some(SourceFormat::Docx)
    } else if share(42, cfg.pdf_share) {
        Some(SourceFormat::Pdf)
    } else {
        None
    };
    let (bytes, encoding, ext) = if let Some(format) = attachment {
        (
            render_attachment(&c, &blocks, format),
            SynthEncoding::Utf8,
            format.as_str(),
        )
    } else {
        let text = if html {
            render_html(&c, &blocks, &noise, charset, hash)
        } else {
            render_text(&c, &blocks, style, &noise)
        };
        let (bytes, encoding) = encode(text, planned_enc);
        (bytes, encoding, if html { "html" } else { "txt" })
    };
    let rel_path = format!("{year}/{}0000/{doc_id}.{ext}", unit.province_code);
    let truth = Truth {
        url: url_for(&unit.portal_chain, publish, hash),
        doc_id,
        is_annual_report: true,
        title: Some(title),
        year: Some(year),
        unit_name: Some(unit.name.clone()),
        level: Some(unit.level),
        province: Some(unit.province.to_string()),
        prefecture: unit.prefecture.map(str::to_string),
        county: unit.county.map(str::to_string),
        township: unit.township.map(str::to_string),
        region_code: Some(unit.region_code.to_string()),
        publish_date,
        template: Some(template),
        style,
        html,
        attachment,
        encoding,
        noise,
        headline,
        cells,
        arithmetic_errors,
    };
    SynthDoc {
        rel_path,
        bytes,
        truth: Some(truth),
    }
}

/// Junk a crawler picks up: empty files, binary bytes saved as `.html`, and
/// news pages that are not reports (`is_annual_report: false`).
pub fn junk(rng: &mut Rng, doc_id: String, hash: u64) -> SynthDoc {
    match rng.weighted(&[30, 30, 40]) {
        0 => SynthDoc {
            rel_path: format!("misc/{doc_id}.html"),
            bytes: Vec::new(),
            truth: None,
        },
        1 => {
            let n = 2048 + rng.below(16 * 1024);
            let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
            while bytes.len() < n {
                bytes.extend_from_slice(&rng.next_u64().to_le_bytes());
            }
            SynthDoc {
                rel_path: format!("misc/{doc_id}.html"),
                bytes,
                truth: None,
            }
        }
        _ => {
            let unit = draw_unit(rng);
            let year = draw_year(rng);
            let title = if rng.chance(0.5) {
                format!("{}召开{year}年度政务公开工作推进会", unit.portal)
            } else {
                format!("关于做好{year}年度政府信息公开工作年度报告编制和发布工作的通知")
            };
            let (publish, _) = draw_dates(rng, year - 1);
            let c = chrome(rng, &unit, &title, Some(publish), None);
            let mut blocks = Vec::new();
            for _ in 0..1 + rng.below(6) {
                blocks.push(Block::Para(filler_para(rng, "各单位", year)));
            }
            let noise = Noise::default();
            let text = render_html(&c, &blocks, &noise, "utf-8", hash);
            let truth = Truth {
                url: url_for(&unit.portal_chain, publish, hash),
                doc_id: doc_id.clone(),
                is_annual_report: false,
                title: Some(title),
                year: None,
                unit_name: None,
                level: None,
                province: None,
                prefecture: None,
                county: None,
                township: None,
                region_code: None,
                publish_date: Some(iso(publish)),
                template: None,
                style: Flattening::Prose,
                html: true,
                attachment: None,
                encoding: SynthEncoding::Utf8,
                noise,
                headline: TruthHeadline::default(),
                cells: Vec::new(),
                arithmetic_errors: Vec::new(),
            };
            SynthDoc {
                rel_path: format!("misc/{doc_id}.html"),
                bytes: text.into_bytes(),
                truth: Some(truth),
            }
        }
    }
}
