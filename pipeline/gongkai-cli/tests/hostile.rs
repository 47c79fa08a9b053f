//! Pages as crawlers save them: `normalize` over a folder of every kind of
//! bad file a crawl leaves behind. The run must finish, account for every
//! document name it saw (one row or one reject each), give each reject its
//! reason and each row the encoding it was decoded from.

use arrow::array::{Array, Int32Array, StringArray};
use arrow::ipc::reader::FileReader;
use encoding_rs::{BIG5, GB18030, GBK};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Command;

/// What one document should become.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    /// A row decoded from this encoding label.
    Row(&'static str),
    /// A reject with this reason code.
    Reject(&'static str),
}

const MAX_BYTES: usize = 2_000_000;

/// A plain 2021-style report in simplified Chinese.
fn report(unit: &str, year: u32) -> String {
    format!(
        "{unit}{year}年政府信息公开工作年度报告\n\
         一、总体情况\n\
         {year}年，{unit}认真贯彻落实《中华人民共和国政府信息公开条例》，\
         全年主动公开政府信息217条。\n\
         二、主动公开政府信息情况\n\
         三、收到和处理政府信息公开申请情况\n\
         本年新收政府信息公开申请12件，上年结转1件，其中予以公开8件。\n\
         四、政府信息公开行政复议、行政诉讼情况\n\
         行政复议0件，行政诉讼0件。\n\
         五、存在的主要问题及改进情况\n\
         六、其他需要报告的事项\n\
         本年度未收取信息处理费。\n"
    )
}

/// Deterministic pseudo-random bytes (xorshift64*).
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed >> 12;
            seed ^= seed << 25;
            seed ^= seed >> 27;
            (seed.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect()
}

fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
    }
    for u in s.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn write(root: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// Write `bytes` at `rel` under `root` and expect `w` of its doc_id.
fn put(want: &mut BTreeMap<String, Want>, root: &Path, rel: &str, bytes: Vec<u8>, w: Want) {
    write(root, rel, bytes);
    // Attachments keep their extension in the doc_id.
    want.insert(rel.to_string(), w);
}

/// Builds the hostile corpus under `root`; returns doc_id → expectation.
/// `unreadable_enforced` is false when permissions do not stop reads (root).
fn hostile_corpus(root: &Path) -> (BTreeMap<String, Want>, bool) {
    let mut want = BTreeMap::new();
    let mut add = |rel: &str, bytes: Vec<u8>, w: Want| {
        write(root, rel, bytes);
        let id = rel.rsplit_once('.').unwrap().0.to_string();
        want.insert(id, w);
    };

    add("empty.txt", vec![], Want::Reject("empty"));
    add(
        "blank.html",
        b"  \r\n\t \n   ".to_vec(),
        Want::Reject("empty"),
    );
    add(
        "ideographic_blank.txt",
        "\u{3000}\u{3000}\n\u{3000}".into(),
        Want::Reject("empty"),
    );
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(3000, 1));
    add("image.html", png, Want::Reject("binary"));
    let mut pdf =
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 2000 /Filter /FlateDecode >>\nstream\n"
            .to_vec();
    pdf.extend(noise(2000, 2));
    // Read as a PDF by its header (a broken one).
    add("scanned_report.txt", pdf, Want::Reject("pdf_malformed"));
    add("random.txt", noise(65_536, 3), Want::Reject("binary"));
    add(
        "markup_tags.html",
        b"<html><body><script>var a=1;</script><style>p{}</style></body></html>".to_vec(),
        Want::Reject("empty"),
    );

    add(
        "gbk.txt",
        GBK.encode(&report("某某县人民政府", 2020)).0.into_owned(),
        Want::Row("GBK"),
    );
    // 㐀 (CJK extension A) and 𠀀 (extension B) are four-byte sequences in GB18030.
    let gb4 = format!("{}㐀𠀀䶵", report("某某镇人民政府", 2021));
    add(
        "gb18030.txt",
        GB18030.encode(&gb4).0.into_owned(),
        Want::Row("gb18030"),
    );
    let big5 = "某某縣人民政府2020年政府信息公開工作年度報告\n一、總體情況\n\
                本機關全年主動公開政府信息二百一十七條，受理申請十二件，全部依法答覆。\n\
                二、行政復議及行政訴訟情況：行政復議零件，行政訴訟零件。\n";
    add(
        "big5.txt",
        BIG5.encode(big5).0.into_owned(),
        Want::Row("Big5"),
    );
    let r = report("某某市人民政府办公室", 2019);
    add(
        "utf16le_bom.txt",
        utf16(&r, true, true),
        Want::Row("UTF-16LE"),
    );
    add(
        "utf16be_bom.html",
        utf16(&r, false, true),
        Want::Row("UTF-16BE"),
    );
    add(
        "utf16le_no_bom.txt",
        utf16(&r, true, false),
        Want::Row("UTF-16LE"),
    );
    let mut bom8 = vec![0xEF, 0xBB, 0xBF];
    bom8.extend(
        format!(
            "<html><body><p>{}</p></body></html>",
            report("某某区教育局", 2022)
        )
        .bytes(),
    );
    add("utf8_bom.html", bom8, Want::Row("UTF-8"));

    // UTF-8 bytes read as Windows-1252 and saved again as UTF-8.
    let moji = encoding_rs::WINDOWS_1252
        .decode(report("某某县财政局", 2020).as_bytes())
        .0
        .into_owned();
    add(
        "mojibake_latin1.html",
        moji.into_bytes(),
        Want::Reject("undecodable"),
    );
    let high: Vec<u8> = noise(4096, 4).into_iter().map(|b| b | 0x80).collect();
    add("mojibake_high_bytes.txt", high, Want::Reject("undecodable"));
    let full = report("某某县水利局", 2020);
    let mut cut = full.as_bytes().to_vec();
    // Drop the final newline and the last byte of the final 。.
    cut.truncate(full.len() - 2);
    add("truncated_utf8.txt", cut, Want::Row("UTF-8"));

    let page = format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县2020年政府信息公开工作年度报告</title>
<meta name="PubDate" content="2021-01-25 09:30">
<style>.nav{{color:red}} td{{border:1px}}</style>
<script>var report = "主动公开政府信息99999条"; document.write("<p>行政复议88件</p>");</script>
</head><body><nav class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></nav>
<div class="article"><h1>某某县2020年政府信息公开工作年度报告</h1><p>{}</p>
<table border="1">
<tr><td rowspan="3">三、收到和处理政府信息公开申请情况</td><td colspan="2">本年新收政府信息公开申请数量</td><td>12</td></tr>
<tr><td rowspan="2">（一）予以公开</td><td>数量</td><td>8</td></tr>
<tr><td>其中</td><td>0</td></tr>
</table></div><noscript>请开启脚本</noscript><footer>版权所有</footer></body></html>"#,
        report("某某县人民政府", 2020).replace('\n', "</p><p>")
    );
    add(
        "page_with_table.html",
        page.into_bytes(),
        Want::Row("UTF-8"),
    );

    let mut broken =
        String::from("<html><body><div><p>未闭合段落<b>加粗<i>斜体<table><tr><td>单元格");
    broken.push_str(&report("某某乡人民政府", 2020));
    broken.push_str(&"<div>".repeat(100_000));
    broken.push_str("最深处的文字");
    broken.push_str("</span></td></p></table>");
    add("broken_deep.html", broken.into_bytes(), Want::Row("UTF-8"));

    let trad = "某某縣人民政府２０２０年政府資訊公開工作年度報告\n\
                一、總體情況\n２０２０年，本機關主動公開政府資訊２１７條。\n\
                本年新收政府資訊公開申請１２件。\n";
    add(
        "traditional_fullwidth.txt",
        trad.as_bytes().to_vec(),
        Want::Row("UTF-8"),
    );
    add(
        "too_large.txt",
        report("某某县", 2020)
            .repeat(MAX_BYTES / 500)
            .into_bytes()
            .into_iter()
            .chain(std::iter::repeat_n(b' ', MAX_BYTES))
            .take(MAX_BYTES + 1)
            .collect(),
        Want::Reject("too_large"),
    );
    add(
        "某市 人民政府/2020年 报告 (第1版).html",
        report("某市人民政府", 2020).into_bytes(),
        Want::Row("UTF-8"),
    );
    add(
        "a/b/c/d/e/f/深层目录的报告.txt",
        report("某某街道办事处", 2021).into_bytes(),
        Want::Row("UTF-8"),
    );
    add(
        "UPPER.HTM",
        report("某某县人民政府", 2018).into_bytes(),
        Want::Row("UTF-8"),
    );

    // A file name that is not UTF-8 (a GBK name saved by an old crawler).
    // Its doc_id is the name read as UTF-8 with replacement characters.
    let name = b"gbk_name_\xC4\xEA\xB1\xA8";
    let raw = root.join(OsStr::from_bytes(&[&name[..], b".txt"].concat()));
    std::fs::write(&raw, report("某某县", 2020)).unwrap();
    want.insert(
        String::from_utf8_lossy(name).into_owned(),
        Want::Row("UTF-8"),
    );

    // Not documents: ignored, never rows or rejects.
    write(root, "readme.md", "# crawl notes");
    write(root, "logo.png", b"\x89PNG\r\n\x1a\n");

    // A symlink loop: loop/up points back at INPUT.
    std::fs::create_dir_all(root.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", root.join("loop/up")).unwrap();

    // A file that vanished after the crawler listed it: a dangling symlink.
    std::os::unix::fs::symlink("missing.txt", root.join("gone.txt")).unwrap();
    want.insert("gone".into(), Want::Reject("unreadable"));

    // A FIFO named like a page: must not block the run.
    let fifo = root.join("pipe.txt");
    if Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        want.insert("pipe".into(), Want::Reject("unreadable"));
    }

    // Attachments. A Word report is a document read from its XML; the
    // formats not read are rejects naming the format, never ignored.
    let lines: Vec<gongkai::docx::Block> = report("某某县档案局", 2022)
        .lines()
        .map(|l| gongkai::docx::Block::Paragraph(l.to_string()))
        .collect();
    put(
        &mut want,
        root,
        "attach/report.docx",
        gongkai::docx::write_blocks(&lines),
        Want::Row("UTF-8"),
    );
    let docx = gongkai::docx::write_blocks(&lines);
    put(
        &mut want,
        root,
        "attach/cut.docx",
        docx[..docx.len() / 2].to_vec(),
        Want::Reject("docx_malformed"),
    );
    put(
        &mut want,
        root,
        "attach/noise.docx",
        noise(5000, 17),
        Want::Reject("docx_malformed"),
    );
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend(noise(2000, 3));
    put(
        &mut want,
        root,
        "attach/encrypted.docx",
        ole,
        Want::Reject("unsupported_format"),
    );
    // A zip bomb: a document part of 65 MiB deflates to a few hundred KB.
    let para = gongkai::docx::paragraph_xml("零零零零");
    let bomb = para.repeat((gongkai::docx::MAX_DOCUMENT_XML as usize) / para.len() + 2);
    put(
        &mut want,
        root,
        "attach/bomb.docx",
        gongkai::docx::write_docx(&bomb),
        Want::Reject("too_large"),
    );
    // PDFs: a report read from its text layer, and each kind of bad file.
    let blocks: Vec<gongkai::docx::Block> = report("某某县统计局", 2023)
        .lines()
        .map(|l| gongkai::docx::Block::Paragraph(l.to_string()))
        .collect();
    let pdf = gongkai::pdf_write::write_blocks(&blocks);
    let mut locked = gongkai::pdf_write::pdf_file(&blocks);
    // A standard security handler whose user password is not empty.
    locked.trailer_extra = "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 \
        /O <6A8B0C0D1E2F30415263748596A7B8C9DAEBFC0D1E2F30415263748596A7B8C9> \
        /U <1F2E3D4C5B6A79889766554433221100FFEEDDCCBBAA99887766554433221100> >> \
        /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
        .into();
    let lines_only = |pages: usize| {
        gongkai::pdf_write::write_pages(
            &vec!["0 0 m 500 500 l S\n".to_string(); pages],
            &Default::default(),
        )
        .bytes()
    };
    let mut pdf_noise = b"%PDF-1.4\n".to_vec();
    pdf_noise.extend(noise(4000, 21));
    for (rel, bytes, outcome) in [
        ("attach/report.pdf", pdf.clone(), Want::Row("UTF-8")),
        (
            "attach/cut.pdf",
            pdf[..pdf.len() / 2].to_vec(),
            Want::Reject("pdf_malformed"),
        ),
        ("attach/noise.pdf", pdf_noise, Want::Reject("pdf_malformed")),
        (
            "attach/header.pdf",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
            Want::Reject("pdf_malformed"),
        ),
        (
            "attach/locked.pdf",
            locked.bytes(),
            Want::Reject("pdf_encrypted"),
        ),
        (
            "attach/scan.pdf",
            lines_only(3),
            Want::Reject("pdf_no_text"),
        ),
        (
            "attach/pages.pdf",
            lines_only(gongkai::pdf::DEFAULT_MAX_PAGES + 1),
            Want::Reject("too_large"),
        ),
    ] {
        put(&mut want, root, rel, bytes, outcome);
    }
    // Saved by a crawler under a page's name: read as PDF by its header.
    write(root, "attach/download.html", pdf);
    want.insert("attach/download".into(), Want::Row("UTF-8"));
    for (rel, bytes) in [
        ("attach/table.xlsx", noise(300, 5)),
        ("attach/old.doc", noise(300, 6)),
        ("attach/scan.ofd", noise(300, 7)),
        ("attach/all.rar", noise(300, 8)),
    ] {
        put(
            &mut want,
            root,
            rel,
            bytes,
            Want::Reject("unsupported_format"),
        );
    }

    // No read permission. As root the read succeeds anyway; then only check
    // that it is accounted for.
    let locked = root.join("locked.txt");
    std::fs::write(&locked, report("某某县保密局", 2020)).unwrap();
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let enforced = std::fs::read(&locked).is_err();
    want.insert(
        "locked".into(),
        if enforced {
            Want::Reject("unreadable")
        } else {
            Want::Row("UTF-8")
        },
    );
    (want, enforced)
}

/// `documents in = N = rows R + rejects J` from normalize's stdout.
fn accounting(stdout: &str) -> (usize, usize, usize) {
    let line = stdout
        .lines()
        .find(|l| l.contains("documents in = "))
        .unwrap_or_else(|| panic!("no accounting line in:\n{stdout}"));
    let nums: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(3)
        .map(|s| s.parse().unwrap())
        .collect();
    (nums[0], nums[1], nums[2])
}

struct Rows {
    encoding: BTreeMap<String, String>,
    year: BTreeMap<String, Option<i32>>,
}

fn read_reports(path: &Path) -> Rows {
    let reader = FileReader::try_new(std::fs::File::open(path).unwrap(), None).unwrap();
    let mut rows = Rows {
        encoding: BTreeMap::new(),
        year: BTreeMap::new(),
    };
    for batch in reader {
        let batch = batch.unwrap();
        let col = |name: &str| batch.column(batch.schema().index_of(name).unwrap()).clone();
        let ids = col("doc_id");
        let ids = ids.as_any().downcast_ref::<StringArray>().unwrap();
        let enc = col("encoding");
        let enc = enc.as_any().downcast_ref::<StringArray>().unwrap();
        let year = col("year");
        let year = year.as_any().downcast_ref::<Int32Array>().unwrap();
        for i in 0..batch.num_rows() {
            let id = ids.value(i).to_string();
            assert!(
                rows.encoding
                    .insert(id.clone(), enc.value(i).to_string())
                    .is_none(),
                "doc_id {id} appears twice in reports"
            );
            rows.year
                .insert(id, (!year.is_null(i)).then(|| year.value(i)));
        }
    }
    rows
}

fn arrow_rows(path: &Path) -> usize {
    FileReader::try_new(std::fs::File::open(path).unwrap(), None)
        .unwrap()
        .map(|b| b.unwrap().num_rows())
        .sum()
}

#[test]
fn every_hostile_file_is_a_row_or_a_reject_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input");
    let output = dir.path().join("out");
    std::fs::create_dir_all(&input).unwrap();
    let (want, unreadable_enforced) = hostile_corpus(&input);

    let run = || {
        Command::new(env!("CARGO_BIN_EXE_normalize"))
            .arg("--input")
            .arg(&input)
            .arg("--output")
            .arg(&output)
            .args(["--max-bytes", &MAX_BYTES.to_string()])
            .args(["--batch", "5", "--threads", "2"])
            .output()
            .unwrap()
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "normalize failed: {:?}\n{stdout}\n{stderr}",
        out.status
    );

    let (docs, rows, rejects) = accounting(&stdout);
    assert_eq!(docs, rows + rejects, "{stdout}");
    assert_eq!(docs, want.len(), "documents seen vs written\n{stdout}");

    let arrow = output.join("arrow");
    assert!(arrow.join("_SUCCESS").exists());
    let got_rows = read_reports(&arrow.join("reports.arrow"));
    assert_eq!(
        got_rows.encoding.len(),
        rows,
        "reports.arrow rows vs stdout"
    );
    assert_eq!(arrow_rows(&arrow.join("rejects.arrow")), rejects);

    let mut got_rejects: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut rdr = csv::Reader::from_path(output.join("rejects.csv")).unwrap();
    assert_eq!(
        rdr.headers().unwrap(),
        vec!["doc_id", "path", "reason_code", "detail"]
    );
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let prev = got_rejects.insert(rec[0].to_string(), (rec[2].to_string(), rec[3].to_string()));
        assert!(prev.is_none(), "doc_id {} rejected twice", &rec[0]);
    }
    assert_eq!(got_rejects.len(), rejects, "rejects.csv rows vs stdout");

    let mut wrong = Vec::new();
    for (id, w) in &want {
        let got = match (got_rows.encoding.get(id), got_rejects.get(id)) {
            (Some(enc), None) => format!("row {enc}"),
            (None, Some((code, detail))) => format!("reject {code} ({detail})"),
            (None, None) => "missing".into(),
            (Some(_), Some(_)) => "both a row and a reject".into(),
        };
        let ok = match w {
            Want::Row(enc) => got == format!("row {enc}"),
            Want::Reject(code) => got.starts_with(&format!("reject {code} (")),
        };
        if id == "locked" && !unreadable_enforced {
            // Running as root: chmod 000 does not stop the read; only the
            // accounting (checked above) applies.
            eprintln!("locked.txt: running as root, unreadable check skipped ({got})");
            continue;
        }
        if !ok {
            wrong.push(format!("{id}: want {w:?}, got {got}"));
        }
    }
    for id in got_rows.encoding.keys().chain(got_rejects.keys()) {
        if !want.contains_key(id) {
            wrong.push(format!("{id}: not a document of the corpus"));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));

    // Spot checks that the decoded text is the text, not only a label.
    for id in ["gbk", "big5", "utf16le_no_bom", "traditional_fullwidth"] {
        assert!(
            got_rows.year[id].is_some(),
            "{id}: no year read from the decoded text"
        );
    }
    assert_eq!(got_rows.year["traditional_fullwidth"], Some(2020));
    assert!(
        stderr.contains("loop"),
        "the symlink loop is reported on stderr:\n{stderr}"
    );

    // A rerun on the same input gives the same bytes.
    let first = std::fs::read(arrow.join("reports.arrow")).unwrap();
    let first_csv = std::fs::read(output.join("rejects.csv")).unwrap();
    let again = run();
    assert!(again.status.success());
    assert_eq!(std::fs::read(arrow.join("reports.arrow")).unwrap(), first);
    assert_eq!(
        std::fs::read(output.join("rejects.csv")).unwrap(),
        first_csv
    );
}
