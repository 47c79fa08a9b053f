//! Prose of the generated pages: filler sentences, the narrative (2008–2018)
//! statements that carry numbers, and Chinese-numeral helpers. All wording
//! is the generator's own.

use super::rng::Rng;

/// Generic work-report sentences; `{we}` is 我镇/我县/我局…, `{y}` the year.
const FILLER: &[&str] = &[
    "{we}坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。",
    "{we}将政务公开工作纳入年度目标考核，明确分管领导和具体经办人员，形成一级抓一级的工作格局。",
    "对拟公开的信息严格执行先审查后公开制度，确保公开内容准确、规范、安全。",
    "围绕群众关心关注的民生事项，及时发布救助帮扶、就业创业、教育医疗等方面的信息。",
    "依托门户网站、政务新媒体和公开栏等渠道，拓宽信息发布途径，方便群众查询获取。",
    "进一步完善政府信息公开指南和公开目录，动态调整公开事项清单。",
    "组织工作人员参加政务公开业务培训，提升信息编写、审核和发布能力。",
    "加强政策解读工作，对出台的重要文件同步制作图文解读，增强政策知晓度。",
    "畅通依申请公开受理渠道，规范登记、审核、答复等办理环节，按时限作出答复。",
    "完善信息发布保密审查机制，全年未发生因信息公开引发的泄密事件。",
    "认真做好人大代表建议和政协委员提案办理结果公开工作。",
    "按要求公开财政预决算和“三公”经费信息，主动接受社会监督。",
    "加强政务公开专区建设，在便民服务中心设置查阅点，为群众提供查阅服务。",
    "对照上级政务公开工作要点，逐项细化任务分工，确保各项工作落到实处。",
    "及时更新重点领域信息，做好乡村振兴、生态环境、安全生产等领域的公开工作。",
    "定期对网站栏目进行巡查，及时清理空白栏目和过期信息，保障网站平稳运行。",
    "建立健全政府信息公开考核、社会评议和责任追究制度。",
    "加强与宣传部门的沟通协作，正确引导社会舆论，及时回应社会关切。",
    "推进基层政务公开标准化规范化建设，编制公开事项标准目录。",
    "工作人员业务能力还有待提升，信息更新的及时性还需加强。",
    "部分信息公开内容不够全面，公开形式较为单一，解读的针对性有待增强。",
    "下一步，{we}将继续加强组织领导，完善工作机制，推动政务公开工作再上新台阶。",
    "加大培训力度，提高工作人员的业务素质和责任意识。",
    "{y}年，{we}在上级的正确领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开各项工作。",
    "坚持问题导向，针对群众反映集中的事项加大公开力度，提升公开实效。",
    "通过政务微信公众号推送各类信息，浏览量较上年明显增长。",
    "结合实际制定年度政务公开工作方案，召开专题会议研究部署相关工作。",
    "进一步规范公文公开属性源头认定，做到应公开尽公开。",
];

fn fill(template: &str, we: &str, year: i32) -> String {
    template
        .replace("{we}", we)
        .replace("{y}", &year.to_string())
}

/// A paragraph of 2–6 filler sentences.
pub fn filler_para(rng: &mut Rng, we: &str, year: i32) -> String {
    let n = 2 + rng.below(5);
    let mut s = String::with_capacity(n * 120);
    for _ in 0..n {
        s.push_str(&fill(FILLER[rng.below(FILLER.len())], we, year));
    }
    s
}

/// Sentences with numbers that are not headline values (distractors).
pub fn distractor(rng: &mut Rng, we: &str) -> String {
    match rng.below(4) {
        0 => format!("门户网站全年访问量达{}余次。", rng.range(2, 90) * 1000),
        1 => format!(
            "{we}共组织政务公开业务培训{}场次，参训人员{}人次。",
            rng.range(1, 6),
            rng.range(10, 300)
        ),
        2 => format!(
            "全年受理处理领导信箱来信{}封，办结率100%。",
            rng.range(1, 60)
        ),
        _ => format!("更新政务公开栏{}期。", rng.range(2, 24)),
    }
}

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Chinese numeral of 0..=99 (`十三`, `二十`); `liang` writes 2 as 两.
pub fn cn_num(n: i64, liang: bool) -> String {
    match n {
        2 if liang => "两".to_string(),
        0..=9 => DIGITS[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", DIGITS[(n % 10) as usize]),
        20..=99 if n % 10 == 0 => format!("{}十", DIGITS[(n / 10) as usize]),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            DIGITS[(n % 10) as usize]
        ),
        _ => n.to_string(),
    }
}

/// `二〇二〇年二月十三日`.
pub fn cn_date(y: i32, m: u32, d: u32) -> String {
    let year: String = y
        .to_string()
        .chars()
        .map(|c| DIGITS[c.to_digit(10).unwrap_or(0) as usize])
        .collect();
    format!(
        "{year}年{}月{}日",
        cn_num(m as i64, false),
        cn_num(d as i64, false)
    )
}
