//! Numbers stated in prose (narrative layout, and prose in table-era reports).
//!
//! Patterns are data: one table per field. Each pattern has group 1 = the
//! number (or no group when the pattern states zero), and every pattern has a
//! unit test with the smallest text it must match and one it must not.

use crate::doc::Doc;
use crate::numerals::{parse_int, parse_yuan};
use crate::record::{Headline, Level, Located, Span, Template};
use crate::sieve::{Sentences, Sieve};
use regex::Regex;
use regex_automata::{Anchored, Input};
use std::sync::OnceLock;

#[derive(Debug, Clone, Default)]
pub struct NarrativeNumbers {
    pub headline: Headline,
    /// The text reads like a report in the pre-2019 narrative layout.
    pub looks_narrative: bool,
    pub flags: Vec<String>,
}

/// A number: Arabic (spaces allowed around; 万, 20余万), or Chinese numerals;
/// one given as about so many (近2.4万, 约300) is read as that number.
const NUM: &str = r"\s*(?:近|约|将近)?\s*([0-9][0-9,]*(?:\.[0-9]+)?\s*(?:[余多]?万)?|[零〇一二两三四五六七八九十百千]+)\s*";

/// A pattern of a field's table, with what refines its matches. Each
/// refinement stands beside the pattern it belongs to (see the methods).
#[derive(Clone, Copy)]
struct Rule {
    /// The regex (`NUM` for the number), less its gate's tail.
    head: &'static str,
    /// See [`gated`].
    gate: Option<(&'static str, usize)>,
    /// See [`Rule::anchor`].
    anchor: Option<(&'static str, usize)>,
    /// See [`Rule::need`].
    need: Option<&'static str>,
    /// See [`Rule::not_after`].
    not_after: &'static [&'static str],
    /// See [`Rule::not_before`].
    not_before: &'static [&'static str],
    /// See [`Rule::before`].
    before: &'static [&'static str],
    /// See [`Rule::after`].
    after: &'static [&'static str],
    /// See [`Rule::not_holding`].
    not_holding: &'static [&'static str],
    /// See [`Rule::not_with_carried`].
    not_with_carried: bool,
    /// See [`Rule::channel_part`].
    channel_part: bool,
    /// See [`Rule::result_part`].
    result_part: bool,
    /// See [`Rule::section_lead`].
    section_lead: bool,
    /// See [`Rule::not_beside_proactive`].
    not_beside_proactive: bool,
    /// See [`Rule::says_no_more`].
    says_no_more: bool,
    /// See [`Rule::of_listed_channels`].
    of_listed_channels: bool,
    /// See [`Rule::sum_of_parts`].
    sum_of_parts: bool,
}

/// A pattern with no refinement.
const fn rule(re: &'static str) -> Rule {
    Rule {
        head: re,
        gate: None,
        anchor: None,
        need: None,
        not_after: &[],
        not_before: &[],
        before: &[],
        after: &[],
        not_holding: &[],
        not_with_carried: false,
        channel_part: false,
        result_part: false,
        section_lead: false,
        not_beside_proactive: false,
        says_no_more: false,
        of_listed_channels: false,
        sum_of_parts: false,
    }
}

/// The pattern `head` + `tail`, whose tail is cheap to search, with the
/// most characters of a match before the tail: without a match of the
/// tail the pattern has none, and every match starts at most that many
/// characters before the tail's first match (each match holds a tail
/// match, which starts no earlier). (Patterns that open with a number,
/// `NUM件…`, hold no literal to search for before it; their gate counts
/// the number as at most 40 characters, its spaces included.)
const fn gated(head: &'static str, tail: &'static str, before: usize) -> Rule {
    Rule {
        gate: Some((tail, before)),
        ..rule(head)
    }
}

impl Rule {
    /// For patterns whose leading part is frequent in reports (公开, 无, 上):
    /// every match holds the literal `lit` with at most `before` characters
    /// of the match before it. The search starts that many characters
    /// before the literal's first occurrence (and not at all without it);
    /// the matches found are the same.
    const fn anchor(self, lit: &'static str, before: usize) -> Rule {
        Rule {
            anchor: Some((lit, before)),
            ..self
        }
    }

    /// A word the text around a match must hold (see [`speaks_of`]): a bare
    /// 办结N件 counts applications only where it speaks of 申请 (not of a
    /// mailbox's letters: 信箱受理信件3件,已办结3件).
    const fn need(self, w: &'static str) -> Rule {
        Rule {
            need: Some(w),
            ..self
        }
    }

    /// What the text right before a match must not end with: 行政复议、行政
    /// 诉讼案件743件 counts both kinds together, no litigation count.
    const fn not_after(self, words: &'static [&'static str]) -> Rule {
        Rule {
            not_after: words,
            ..self
        }
    }

    /// What the text right after a match must not start with: 未收到申
    /// of 未收到申请人不满意评价 speaks of what applicants said.
    const fn not_before(self, words: &'static [&'static str]) -> Rule {
        Rule {
            not_before: words,
            ..self
        }
    }

    /// What the text right after a match must start with, when the match
    /// has no measure word to end on (主动公开政府信息84,其中…: the count's
    /// breakdown follows it).
    const fn before(self, words: &'static [&'static str]) -> Rule {
        Rule {
            before: words,
            ..self
        }
    }

    /// Words one of which the match must follow: a sum that closes a list
    /// opens its own clause (…信息10条,共公开信息44条), the comma left out of
    /// the match so that its clause is its own.
    const fn after(self, words: &'static [&'static str]) -> Rule {
        Rule {
            after: words,
            ..self
        }
    }

    /// Words the match must not hold. 收到10件依申请公开请求,2021年结转…申请
    /// 2件: the count next to the noun is the carried-over one. 未接到公众关注
    /// 热点…回应的申请, 未接到…复议、诉讼和申诉: requests of another kind.
    const fn not_holding(self, words: &'static [&'static str]) -> Rule {
        Rule {
            not_holding: words,
            ..self
        }
    }

    /// The count is no longer what the pattern names when a bracket right
    /// after it says it includes the carried-over ones: 收到申请41件(含上年度
    /// 结转3件) received 38 new applications, which the text does not state
    /// (see [`includes_carried`]).
    const fn not_with_carried(self) -> Rule {
        Rule {
            not_with_carried: true,
            ..self
        }
    }

    /// The count may be one channel's in a list of channels (通过网站办理并
    /// 答复申请3件、纸质申请36件; see [`sibling_count_after`]). (Not the
    /// applicants' kinds: 自然人申请32件、企业申请2件 are each the count of
    /// their field.)
    const fn channel_part(self) -> Rule {
        Rule {
            channel_part: true,
            ..self
        }
    }

    /// The count may be one result among several (答复7件,不予受理4件; see
    /// [`result_count_after`]).
    const fn result_part(self) -> Rule {
        Rule {
            result_part: true,
            ..self
        }
    }

    /// The count must open the section on proactive disclosure: its
    /// sentence follows the section's heading ((一)主动公开情况。2022年,我镇
    /// …发布各类信息1023条). A site's 发布 elsewhere may be one topic's
    /// (全年共发布信息291条 closing a paragraph on one topic).
    const fn section_lead(self) -> Rule {
        Rule {
            section_lead: true,
            ..self
        }
    }

    /// Items disclosed on request, not applications, when the sentence
    /// counts the items disclosed proactively before, in 条 both
    /// (我局公开信息687条,其中主动公开668条,依申请公开19条).
    const fn not_beside_proactive(self) -> Rule {
        Rule {
            not_beside_proactive: true,
            ..self
        }
    }

    /// The count is all the paragraph says of what became of those it
    /// counts (see [`fate_told`]): 办理…申请13件 is the count handled where
    /// no count finished, answered or carried on follows it.
    const fn says_no_more(self) -> Rule {
        Rule {
            says_no_more: true,
            ..self
        }
    }

    /// The count of the channels it lists (通过…微信公众号、…APP等媒体发布
    /// …信息N条): not the whole where those are no site and its sentence
    /// counts a site's before (see [`accounts_beside_site`]).
    const fn of_listed_channels(self) -> Rule {
        Rule {
            of_listed_channels: true,
            ..self
        }
    }

    /// The count must be the sum of the last two or more counts before it
    /// in its sentence (…发布信息1887条,在…专栏发布信息514条,总计2401条;
    /// see [`sum_of_counts_before`]).
    const fn sum_of_parts(self) -> Rule {
        Rule {
            sum_of_parts: true,
            ..self
        }
    }

    /// The whole pattern.
    fn pattern(&self) -> String {
        format!("{}{}", self.head, self.gate.map_or("", |g| g.0))
    }
}

/// Proactive disclosure totals (GOLD_FORMAT `proactive_total`).
const PROACTIVE: &[Rule] = &[
    // A sentence opening with the year, the count of what was disclosed
    // (2022年度公开信息164条; 2023年度主动公开的60条政府信息).
    // (主动公开…信息N条 is the first rule's.)
    // (Or posted, what was posted named as disclosed: 2020年共发布政务公开
    // 信息106条.)
    rule(r"(?:^|[。\n])\s*(?:19|20)\d{2}\s*年度?\s*[,，]?\s*(?:共)?(?:公开(?:了)?(?:各类)?(?:政府|政务)?信息|发布(?:了)?(?:各类)?(?:政府|政务)公开信息)NUM(?:余|多)?\s*(?:条|件|篇)"),
    rule(r"(?:^|[。\n])\s*(?:19|20)\d{2}\s*年度?\s*[,，]?\s*(?:共)?主动公开(?:了|的)(?:各类)?NUM(?:余|多)?\s*(?:条|件|篇)(?:各类)?(?:政府|政务)?信息"),
    rule(r"(?:今年|本年度?|全年)新增(?:政府信息)?NUM条"),
    // The count as a total the unit gives (2008年,某街道公开信息总数为54条).
    // (Not applications: 依申请公开信息总数…)
    rule(r"公开(?:的)?(?:政府|政务)?信息(?:的)?总数(?:为|是|达|共)?NUM(?:余|多)?\s*(?:条|件|篇)")
        .not_after(&["申请", "不予"]),
    // The count with no unit, closing its sentence (2020年主动公开的各类
    // 政府信息数量12688。).
    rule(r"主动公开的?(?:各类)?(?:政府|政务)?信息(?:数量|总数|总量)(?:为|是|共|达)?NUM\s*(?:[。;；\n]|$)"),
    // 信息 may share its count with the kinds listed beside it (信息、动态755条;
    // 政务信息、文件、通知公告1012条).
    // …公示公告信息4类46条: the kinds counted before the items. (The
    // topics between may be a list of 80 characters and more: 主动公开各类
    // 规划、重大建设项目、…等领域信息共1777条.)
    // (Not what was made and obtained, after a heading run into it:
    // (一)主动公开2024年制作、获取政府信息284条.) (…信息(公文平台发文)113条:
    // an aside before the count; not one naming a kind, 信息(综合类)28条.)
    // (…财政预决算信息等内容139条.)
    rule(
        r"主动公开[^。;；,，\n]{0,100}?(?:信息(?:、\p{Han}{1,6}){0,4})(?:等内容)?(?:[(（][^()（）类。]{1,12}[)）])?(?:文件)?(?:\d{1,2}\s*类)?(?:数量|总数|件数|条数|数)?(?:已|发布)?(?:共计|共有|共|总数|数量达|达|为|数为|的有|有|累计|总计|合计)?NUMN?(?:余|多)?\s*(?:条|件|篇)",
    )
    .not_holding(&["制作、获取"]),
    // What was disclosed, its fields listed, closed by 等 (主动公开的政府信息
    // 主要包括机构职能、政策文件…等多个领域政府信息500余条): the whole,
    // however long the list.
    rule(
        r"主动公开的?(?:政府|政务)?信息(?:主要)?(?:包括|涵盖|涉及)[^。;；\n]{2,240}?等(?:多个|各个|各)?(?:领域|方面|类别)?的?(?:政府|政务)?信息NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    // Of all kinds, in 份 (主动公开各类政务信息N余份; not one channel's
    // documents, 主动公开政府信息文件N份).
    rule(r"主动公开(?:了)?(?:各类|各项|各种)(?:政府|政务)?信息(?:共计|共|达)?NUM(?:余|多)?\s*份"),
    // (?:公开|公布|发布)(?:了)?[^…]{0,50}?政府信息: 2 + 1 + 50.
    gated(
        r"(?:公开|公布|发布)(?:了)?[^。;；,，\n]{0,50}?",
        r"政府信息(?:共计|共有|共|达)?NUM(?:余|多)?\s*(?:条|件|篇)",
        53,
    )
    .anchor("政府信息", 53)
    .not_holding(&["制作、获取"]),
    // (…政府信息公开的数量有24件: 的 and a verb between.)
    rule(r"(?:政府|政务)信息公开(?:的)?(?:共计|共有|共|总数|数量)(?:有|为|是)?NUM(?:余|多)?\s*(?:条|件|篇)"),
    // A form's field of the total (政府信息公开发布总数量(非新闻类):2条;
    // 政府信息主动公开总数量:15条).
    rule(r"(?:政府|政务)信息(?:主动)?公开(?:发布)?总数量(?:[(（][^()（）\n]{0,20}[)）])?[ \t]*[:：][ \t]*NUM(?:余|多)?[ \t]*(?:条|件|篇)"),
    // Published through all channels: 通过多种渠道共发布信息376条, 通过网站、
    // 微信等有效途径对外公开信息1740条, 通过…、张贴公告公示等多种方式主动
    // 公开办事处信息851条 (a site's 发布 is one channel's; all of them are
    // the total).
    // (…和各类新媒体平台,发布…: the kind of platform named.)
    // (After a comma only the verb, its subject, the year or 共: …等多种
    // 形式,“某街道”微信公众号发布… names one channel, whose count it is.)
    rule(r"(?:通过|利用|依托)[^。;；,，\n]{0,60}?(?:等(?:有效)?|多种|各种|各类)\p{Han}{0,4}?(?:渠道|途径|方式|形式|载体|平台|媒体)[^。;；,，\n]{0,20}?(?:[,，]\s*(?:[我本]\p{Han}{1,2}?)?(?:全年|本年度?|今年|年内)?(?:共|共计|累计)?(?:及时)?(?:主动|对外|向社会)?)?(?:共|共计|累计)?(?:发布|公开|公布)(?:了)?[^。;；,，\n]{0,60}?信息(?:共计|共有|共|达)?NUM(?:余|多)?\s*(?:条|件|篇)").of_listed_channels(),
    // (The count before what it counts, all channels': 通过不同渠道公开了
    // 2123条政府信息. Not the 2008 form's heading 通过不同渠道和方式发布政府
    // 信息情况: a channel's count follows it.)
    rule(r"(?:通过|利用|依托)(?:不同|多种|各种|各类|多个)(?:渠道|途径|方式|形式|载体|平台)(?:共|共计|累计)?(?:主动)?(?:发布|公开|公布)(?:了)?NUM(?:余|多)?\s*(?:条|件|篇|项)(?:各类)?(?:政府|政务)?信息"),
    // Summed over every platform (全平台发布各类政务信息合计932条,其中网站
    // …98条,官方微博211条): the total, whatever the verb.
    rule(r"(?:全平台|各平台|所有平台|全渠道|各渠道|所有渠道)(?:共|累计)?(?:发布|公开|公布)(?:了)?[^。;；,，\n]{0,20}?信息(?:共计|合计|总计|共)NUM(?:余|多)?\s*(?:条|件|篇)"),
    // 公开各类信息236条 (发布各类信息 is what a site posted: no total).
    // (公布了各种公开信息共378篇: the information named as disclosed.)
    rule(
        r"(?:公开|公布)(?:了)?(?:各类|各项|各种)(?:政府|政务|公开)?信息(?:共计|共有|共|达)?NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    // All the information made, disclosed (全年累计产生政府信息16条,均已主动公开).
    rule(r"(?:产生|制作)(?:了)?(?:政府|政务)?信息NUM(?:余|多)?\s*(?:条|件|篇)\s*[,，]\s*(?:均|全部)(?:已)?(?:主动|予以)?公开"),
    // The early form's sentence: what was made or obtained, of which the
    // documents disclosed proactively (制作、获取政府信息2196条,其中主动公开
    // 文件753条,作为可依申请公开文件518条,…).
    rule(r"其中\s*[,，:：]?\s*(?:累计)?主动公开(?:政府信息)?文件NUM(?:余|多)?\s*(?:条|件)").need("制作"),
    // The government itself as the subject, or the unit as it calls itself,
    // summing (某镇人民政府共发布信息287条, 我办共计发布各类信息共408条):
    // its own disclosure, not one site's.
    rule(r"(?:人民政府|政府|[我本](?:局|委|办|镇|乡|街道|单位|机关|部门))(?:全年)?(?:共计|共|累计)(?:向社会)?(?:发布|公开)(?:了)?(?:各类)?(?:政府|政务)?信息(?:共计|共)?NUM(?:余|多)?\s*(?:条|件|篇)"),
    // Summed in so many words (总共公开信息28条).
    rule(r"(?:总共|总计|共计)(?:主动)?(?:公开|公布)(?:了)?(?:各类|各项|各种)?(?:政府|政务)?信息(?:共计|共|达)?NUM(?:余|多)?\s*(?:条|件|篇)"),
    // The sum closing a list of kinds (…疫情防控信息10条,共公开信息44条).
    rule(r"共(?:公开|公布)(?:了)?(?:各类|各项|各种)?(?:政府|政务)?信息NUM(?:余|多)?\s*(?:条|件|篇)")
        .after(&[",", "，"]),
    // Summed, the count before the information (累计公开186条信息,其中,
    // 网站…42条,…微信…144条), at a sentence's start.
    rule(r"(?:^|[。\n,，])\s*(?:共计|共|累计|合计|总计)(?:主动)?(?:公开|公布|发布)(?:了)?NUM(?:余|多)?\s*(?:条|件|篇)(?:各类)?(?:政府|政务)?信息"),
    // The sum of a list of kinds, no verb (…主动公开发布基础信息135条,…水利
    // 领域信息81条,合计共221条).
    rule(r"(?:合计|总计|共计)(?:共)?NUM(?:余|多)?\s*(?:条|件|篇)")
        .after(&[",", "，"])
        .need("主动公开"),
    // The sum of the channels' counts before it, no 主动公开: checked by
    // adding them (…官网发布信息1887条,在省政府网站…专栏发布信息514条,总计
    // 2401条).
    rule(r"(?:合计|总计|共计)(?:共)?NUM\s*条(?:[,，。;；]|$)")
        .after(&[",", "，"])
        .need("信息")
        .sum_of_parts(),
    // 主动公开907条, 累计公开政府信息2874项.
    // (政府信32条: a character lost.)
    rule(r"主动公开(?:政府信息?)?NUM(?:余|多)?\s*(?:条|件|篇|项)"),
    // The measure word lost before the breakdown (主动公开政府信息84,其中…;
    // 主动公开各类政府信息64,其中…).
    // (NUM takes the comma after the count: 84, then 其中.)
    rule(r"主动公开(?:各类)?(?:政府|政务)?信息NUM").before(&["其中", "，其中"]),
    // 主动发布各类信息9400条, 主动向群众公开…信息312条 (主动: the year's own disclosure).
    rule(
        r"主动(?:发布|向[^。;；,，\n]{1,10}?公开)[^。;；,，\n]{0,40}?信息(?:共计|共有|共|达)?NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    rule(r"(?:公开|公布)(?:了)?政府信息NUM(?:余|多)?\s*项"),
    // A list of fields: 主动公开政府信息的情况:81条. (主动公开总数146条: the
    // noun left out.)
    rule(
        r"主动公开(?:政府)?(?:信息)?(?:的)?(?:情况|数量|总数)\s*[:：]?\s*(?:为|是)?NUM(?:余|多)?\s*(?:条|件|篇|项)",
    ),
    // 主动公开…目录和专栏共188条: what was disclosed, then its total.
    rule(r"主动公开[^。;；,，\n]{0,60}?(?:共计|共有|共)NUM(?:余|多)?\s*(?:条|件|篇)"),
    // Published over the site and the new media both (全年累计在局官网、
    // 政务微信公众号、今日头条政务号发布政务信息928条): 发布 over more than
    // one channel is the whole, and so is 公布 or 公开 there (在网站和微信
    // 平台公布信息N条).
    rule(r"(?:通过|在|依托|利用)[^。;；,，\n]{0,30}?(?:网站|官网|网)[^。;；,，\n]{0,4}?[、和及与][^。;；,，\n]{0,40}?(?:微信|微博|公众号|新媒体|客户端|头条号|政务号|抖音)[^。;；,，\n]{0,20}?(?:发布|推送|公布|公开)(?:了)?(?:各类)?(?:政府|政务)?信息(?:共计|共)?NUM(?:余|多)?\s*(?:条|件|篇)"),
    // Over a list of channels, the site and others, closed by 等 (通过政府
    // 网站、信息查阅场所等公开信息35829条): the whole, 主动 left out.
    rule(r"(?:通过|依托|利用)[^。;；,，\n]{0,30}?(?:网站|官网|网)[^。;；,，\n]{0,4}?、[^。;；,，\n]{1,40}?等(?:多种|各类)?(?:方式|渠道|平台|载体|形式|途径)?(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?信息(?:共计|共)?NUM(?:余|多)?\s*(?:条|件|篇)"),
    // 公开政务信息共有465条 (公开 or 公布: a site's 发布 is no total).
    // (?:公开|公布)(?:了)?[^…]{0,50}?政务信息: 2 + 1 + 50.
    gated(
        r"(?:公开|公布)(?:了)?[^。;；,，\n]{0,50}?",
        r"政务信息(?:共计|共有|共|达)?NUM(?:余|多)?\s*(?:条|件|篇)",
        53,
    )
    .anchor("政务信息", 53),
    // The year's disclosure without 主动, right after the year and summed,
    // the sum word after 信息 (2024年公开信息共62条, 全年公开信息发布总计
    // 1407条) or before the verb (2024年,累计公开信息700余条). 全年公开信息
    // 10条 without a sum word may be one channel's, named in the clause
    // before; a site's 发布 is no total (全年共发布信息291条 closes one
    // topic's paragraph).
    rule(
        r"(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年)(?:(?:全年)?(?:公开|公布)(?:了)?(?:各类|各项|各种)?(?:政府|政务)?信息(?:发布|更新)?(?:共计|共有|共|总计|合计)|\s*[,，]?\s*(?:全年)?(?:共计|共|累计|总计)(?:公开|公布)(?:了)?(?:各类|各项|各种)?(?:政府|政务)?信息(?:共计|共|达)?)NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    // Or the information as the subject, summed before the verb (2023年,
    // 政务信息共计发布812条).
    rule(
        r"(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年)\s*[,，]?\s*(?:全年)?(?:各类|各项|各种)?(?:政府|政务)信息(?:共计|共|累计|总计|合计)(?:主动)?(?:公开|公布|发布)(?:了)?NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    // The count named as such (2021年,某镇公开政府信息数63条; 政府信息主动
    // 公开总数为100条).
    rule(r"(?:公开|公布)(?:政府|政务)信息(?:数|数量|总数|总量)\s*(?:为|是|共|共计|达)?NUM(?:余|多)?\s*(?:条|件|篇)")
        .not_after(&["依申请", "申请"]),
    rule(r"(?:政府|政务)信息主动公开(?:的)?(?:数|数量|总数|总量)\s*(?:为|是|共|共计|达)?NUM(?:余|多)?\s*(?:条|件|篇)"),
    // (Every kind's count named so: 发布各类信息数1002条.)
    rule(r"(?:公开|公布|发布)(?:了)?(?:各类|各项|各种)(?:政府|政务)?信息(?:数|数量|总数|总量)\s*(?:为|是|共|共计|达)?NUM(?:余|多)?\s*(?:条|件|篇)"),
    // Or every kind of it, right after the year (全年公开发布各类信息4800余
    // 条): all kinds is the whole. (各种 is 各类 wherever these rules
    // name every kind.)
    rule(
        r"(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年)\s*[,，]?\s*(?:全年)?(?:(?:公开|公布)(?:发布)?(?:了)?(?:各类|各项|各种)|(?:对外|向社会)(?:公开|公布)(?:发布)?(?:了)?(?:各类|各项|各种)?)(?:政府|政务)?信息NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    // The unit itself, after the year, as the subject (2018年,我局公开信息
    // 共计173条; 本年度,我县公开发布和更新信息共1200余条; 2021年,我署共公开
    // 信息121条): no channel between, a sum word after 信息 or before the
    // verb.
    // (Or after 据统计, the count's own opener: 据统计我镇共发布政府信息公开
    // 28条, 信息公开 for 信息.)
    rule(
        r"(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年|据统计)\s*[,，]?\s*[我本]\p{Han}{1,2}?\s*(?:全年)?(?:共计|共|累计|总计)(?:主动)?(?:公开|公布|发布|更新)(?:[和及、]?(?:公开|公布|发布|更新)){0,2}(?:了)?(?:各类|各项|各种)?(?:政府|政务)?信息(?:公开)?NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    rule(
        r"(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年)\s*[,，]?\s*[我本]\p{Han}{1,2}?\s*(?:全年)?(?:主动)?(?:公开|公布|发布|更新)(?:[和及、]?(?:公开|公布|发布|更新)){0,2}(?:了)?(?:各类|各项|各种)?(?:政府|政务)?信息(?:共计|共有|共|总计|合计)NUM(?:余|多)?\s*(?:条|件|篇)",
    ),
    // (The count before what it counts: 2021年合计共公开了35项政务信息.)
    rule(
        r"(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年)\s*[,，]?\s*(?:全年)?(?:合计)?(?:共计|共|总计)(?:公开|公布)(?:了)?NUM(?:余|多)?\s*(?:条|件|篇|项)(?:各类|各项|各种)?(?:政府|政务)?信息",
    ),
    // What was published, in the first sentence of the section on
    // proactive disclosure (2022年,我镇…发布各类信息1023条; 全年共发布信息
    // 146492条,其中…).
    // (Not what was made and obtained: (一)主动公开2024年制作、获取政府信息
    // 284条:其中,…主动公开…137条.)
    // (…发布的信息为54条.)
    rule(r"(?:发布|公开|公布)(?:了)?[^。;；,，\n]{0,90}?信息(?:内容)?(?:共计|共有|共|总计|合计|累计|为)?NUM(?:余|多)?\s*(?:条|件|篇|项)").section_lead().not_holding(&["制作、获取"]),
    // (The count before what it counts: 2025年全年公开401条信息,其中….)
    rule(r"(?:发布|公开|公布)(?:了)?(?:共计|共|累计)?NUM(?:余|多)?\s*(?:条|件|篇|项)(?:各类)?(?:政府|政务)?信息").section_lead(),
    // The unit's or the year's disclosure counted, 主动 left out (2022年,
    // 全镇政府信息公开566条,一是…).
    rule(r"(?:全年|全[镇乡县区市旗]|[我本][镇乡县区局委])(?:政府|政务)信息公开(?:共)?NUM(?:余|多)?\s*条"),
    // The whole, then its parts (在2022年度主动公开的29条政府信息中,机构
    // 职能类信息占12条,…).
    rule(r"主动公开的NUM(?:余|多)?\s*(?:条|件)(?:政府|政务)?信息中"),
    // The sum with no noun, in the heading's sentence (…交易信息、办事流程
    // 等共计发布437条).
    rule(r"(?:共计|共|合计|总计)(?:发布|公开|公布)(?:了)?NUM(?:余|多)?\s*(?:条|件|篇|项)").section_lead(),
];

/// New applications received.
const APPS_NEW: &[Rule] = &[
    // None handled at all is none received (共处理政府信息公开申请0件; not
    // those carried on, 继续办理…0件).
    rule(r"(?:处理|办理)(?:了)?[^。;；,，\n]{0,15}?申请(?:公开)?(?:政府信息)?(?:事项)?\s*(0)\s*(?:件|宗|项)")
        .not_after(&["继续", "未", "没有"]),
    // (未直接收受…: 直接 between; 未收到申请人不满意评价: what applicants
    // said, not applications; 未收到因政府信息公开申请(提起的)行政复议:
    // the cases an application gave rise to.)
    // (未接到群众主动要求信息公开事项.)
    // (未收到政府信息公开案件: a case of disclosure is an application.)
    // (未接受…申请; 未受到…申请, 收 miswritten.)
    // (未收到法人或者其他组织…的申请: one kind of applicant's none, not the
    // total; 未收到公民、法人或者其他组织…申请 names every kind.)
    // (未收到网络依申请公开: one way of applying's none, as 未收到网上申请.)
    rule(r"(?:没有|未有|未|无)(?:发生)?(?:直接)?(?:收到|受理|接到|接收|收受|接受|受到)[^。;；,，\n]{0,40}?(?:\n?申|要求(?:信息)?公开|公开(?:型|类)?案件)").not_holding(&[
            "舆情", "热点", "咨询", "建议", "提案", "投诉", "信访", "复议", "诉讼", "因",
            "到法人", "理法人", "收法人", "到其他组织", "理其他组织",
            "到网络", "到网上", "理网络", "理网上",
        ]).not_before(&["请人"]),
    // 未收到申请人提出的依申请公开 (申请人 itself is no application).
    rule(r"(?:没有|未有|未|无)(?:收到|受理|接到)申请人[^。;；,，\n]{0,20}?(?:公开申请|依申请公开|申请公开|信息申请|要求公开)").not_holding(&[
            "舆情", "热点", "咨询", "建议", "提案", "投诉", "信访", "复议", "诉讼", "评价",
        ]),
    // (无依法申请公开信息: 依法 slipped in; 未有依申请政府公开信息; 无依申请
    // 办理公开事项; 无依申请政府信息公开.)
    rule(r"(?:没有|无|未有)(?:政府信息)?依(?:法)?申请(?:办理)?(?:政府信息|政府|信息)?公开"),
    // The applications themselves none, the clause closed there (2023年度,
    // 无政府信息公开申请,无行政复议…; 无政府信息公开申请事项).
    rule(r"(?:没有|无|未有)(?:政府信息公开|信息公开|依申请公开)(?:的)?申请(?:事项|情况)?(?:[。;；,，\n]|$)"),
    rule(r"依申请公开[^。;；,，\n]{0,20}?(?:共)?(?:收到|受理|接到|接收)(?:了)?NUM(?:件|宗|个|条)").not_with_carried(),
    // 依申请公开2089条, 依申请公开数量为1条, 依申请信息公开0件, 依申请公开
    // 政务信息数3件 (依申请
    // before the form's own noun, (政府)信息公开, as before 公开政府信息;
    // 依申请公开政府信息申请4件).
    // 主动公开文件53件、依申请公开57件 (or 公开指南1条;依申请公开2条;
    // 工作动态54条): documents listed by how they are disclosed, not
    // applications.
    // (办理依申请公开政府信息183件 counts those handled, not received;
    // 制作依申请公开信息495条, documents made to be disclosed on request.)
    rule(r#"依申请(?:公开(?:政府信息|政务信息|信息)?|(?:政府)?信息公开)[”"」]?(?:请求|申请)?(?:数量|数)?(?:为|共)?NUM(?:件|条|例)"#).not_after(&["件、", "条、", "条;", "条；", "办理", "办结", "处理", "办理政府信息", "办结政府信息", "答复", "回复", "制作", "获取", "产生", "作为", "主动和", "主动及", "主动与", "主动、", "主动公开和", "主动公开及", "主动公开与", "主动公开、"]).not_with_carried().not_beside_proactive().channel_part(),
    // (依法 for 依: 全年依法申请公开件0件, 申请公开件 the noun.)
    rule(r"依法申请公开(?:件|申请)?(?:数量|数)?(?:为|共)?NUM件")
        .not_after(&["办理", "办结", "处理", "答复", "回复"])
        .not_with_carried(),
    // (接受 as received; 申请公开件 a noun: 收到…申请公开件658件; 受理依申请
    // 信息公开21件.)
    // 收到…申请引起的行政诉讼案件1件: a case, not an application.
    // (直接收受 holds no 接收: the verb is read from a word's start.)
    // (?:收到|…)[^…]{0,40}?: 2 + 40.
    // (收到…申请办理事项为0件: 办理 before the noun; 收到申请公开政府信息
    // 的要求3件.)
    gated(
        r"(?:收到|受理|接到|接收|接受|新收)[^。;；\n]{0,40}?",
        r"(?:申请|依申公开|案件|请求)(?:书)?》?(?:政府)?(?:信息)?(?:公开)?(?:信息)?(?:件)?(?:政府信息)?(?:办理)?(?:信件|来信|事项|业务|办理|总数|数量|数|情况)?(?:的)?(?:要求)?(?:共计|共|为)?NUM(?:件|宗|个|条|份|起|例|次|项)",
        42,
    // (Not the cases of a tribunal: 指导某仲裁委受理案件28件.)
    ).not_holding(&["结转", "复议", "诉讼", "应诉", "仲裁"]).not_after(&["直", "仲裁委", "仲裁院", "法院"]).channel_part().not_with_carried(),
    // The applications named first, the verb after (政府信息公开申请受理
    // 1条).
    rule(r"(?:政府信息公开|信息公开|依申请公开)申请(?:共)?(?:受理|收到|接收)(?:了)?NUM(?:件|条|宗)").not_with_carried().channel_part(),
    // 收 alone after the year's words (全年收政府信息公开申请464件).
    rule(r"(?:全年|本年度?|今年|年内)(?:共)?收(?:政府信息公开|信息公开|依申请公开)申请NUM(?:件|宗|个)").not_with_carried(),
    // (接到依申请公开方面的诉求3件: what applicants asked for.)
    rule(r"(?:收到|受理|接到|接收)(?:了)?依申请公开(?:方面)?的?诉求NUM件").not_with_carried(),
    // 收到依申请公开信息7条, 受理依申请公开件9件, 受理依申请政府信息公开事项17例.
    // (受理依申请公开件数为0。: no unit after the count.) (受理依申请公开
    // 来件29件: those that came in; 受理政府信息公开依申请公开函件4件, the
    // letters.)
    rule(r"(?:收到|受理|接到|接收)(?:了)?(?:政府信息(?:公开)?)?依申请(?:政府信息)?(?:公开)?(?:政府)?(?:办理|办|来)?(?:信息|件|事项|函件)(?:数量|总数|数)?(?:共计|共|为|是)?NUM(?:件|条|例|个|[。;；,，\n])").not_with_carried().channel_part(),
    // (The 2008 form's count in prose: 政府信息公开申请数为2,当面申请数为2条.)
    rule(r"(?:政府)?信息公开申请(?:总)?数为NUM(?:件|条)?(?:[。;；,，\n]|$)").not_with_carried(),
    // (依申请公开申请数为21件: the form's words, 依申请公开 and 申请数.)
    rule(r"依申请公开申请(?:总)?数(?:为|是)NUM件").not_with_carried(),
    // The count with no unit before its clause ends (共收到信息公开申请6,
    // 均已…办结).
    rule(r"(?:收到|受理|接到)(?:政府)?(?:信息公开)?申请(?:共)?NUM\s*[,，。;；]").not_with_carried(),
    // The count with no unit, closing its clause: “依申请公开政府信息”数为1。
    rule(r#"依申请公开(?:政府信息)?[”"」]?(?:数量|数)为NUM(?:[。;；,，\n]|$)"#).not_with_carried().not_beside_proactive(),
    // 依申请办理事项为零; 依申请公开信息数为零 (the count of them, none).
    rule(r"依申请(?:公开)?(?:办理)?事项(?:为零|为0)"),
    rule(r"依申请公开(?:的)?(?:政府|政务)?(?:信息|文件)(?:数量|件数|数)(?:为|是)?(?:零|0)\s*(?:件|条|个|份)?(?:[。;；,，\n]|$)")
        .not_after(&["作为"]),
    // The number of cases itself (某乡政府信息依申请公开的件数为0): 件数 counts
    // applications, not items.
    rule(r"依申请公开(?:的)?件数(?:为|是)NUM\s*(?:件)?(?:[。;；,，\n]|$)")
        .not_after(&["作为"]).not_with_carried(),
    // The count before what was received: 收到3件信息公开申请, 受理30件依申请公开.
    // (…12项依申请公开政府信息申请; not a rule's 每收到1件…申请.)
    // (收到并按时办结16件…申请: received and handled, one count.)
    // (Not the ways applications come in: 当面受理四个依申请公开渠道. 次
    // counts them too: 共收到33次政府信息公开申请; not a review asked for.)
    rule(r"(?:收到|受理|接到|接收|新收)(?:并(?:按时|依法)?(?:办结|答复|办理))?NUM(?:件|条|宗|个|份|起|项|次)[^。;；,，\n]{0,12}?申请").not_with_carried().not_holding(&["复议", "诉讼"]).not_after(&["每"]).not_before(&["公开渠道", "渠道", "公开途径", "途径", "公开方式", "方式", "公开窗口", "窗口"]),
    // Those both kinds of applicant handed in (公民、法人提交的政府信息公开
    // 申请17件): all received.
    // (Not those handled: 共办理公民、法人和其他组织提出的…申请71件.)
    rule(r"公民(?:、|和|及|与)法人(?:或其他组织|和其他组织|及其他组织)?(?:提交|提出)的(?:政府信息公开|信息公开)?申请(?:共)?NUM件").not_with_carried().not_after(&["办理", "处理"]),
    // 其中本机关新收5件 (where the part of the sentence speaks of 申请).
    // (本年度新接收91件, 新受理.)
    rule(r"新(?:收|接收|受理)(?:到)?NUM件").need("申请"),
    // What there was, the clause ending there: 全年共有2例依申请公开.
    rule(r"共有NUM(?:件|例|宗|起|项)(?:政府信息)?依申请公开(?:申请|事项)?(?:[。;；,，\n]|$)")
        .not_with_carried(),
    // The year's own beside last year's (其中当年收到3件,上年结转1件).
    rule(r"(?:当年|本年度?|今年)(?:新)?(?:收到|受理|接到|接收)NUM件").need("申请"),
    // A field answered with none: 受理信息公开申请:无.
    // (A space may close the field before its line ends: …情况:无 ⏎.)
    rule(r"(?:收到|受理|接到|接收)[^。;；,，\n:：]{0,20}?申请\s*[:：]\s*(?:无|没有)[ \t\u{3000}]*(?:[。;；,，\n]|$)"),
    rule(r"依申请公开[^。;；,，\n:：]{0,12}?(?:数量|情况)\s*[:：]\s*(?:无|没有)[ \t\u{3000}]*(?:[。;；,，\n]|$)"),
    // 未发生依申请公开信息。 (not …信息方面的行政复议: the clause must end there).
    // (未发生依申请政府信息。: 公开 left out.)
    // (没有发生依申请信息公开事件.)
    // (未发生依申请公开的政府信息; 没有发生政府信息依申请情况.)
    // (未发生过…: 过 after the verb.)
    // (未发生依申请公开信息受理事项: what was not received named.)
    rule(r"(?:未|没有)(?:发生|产生)(?:过)?(?:政府信息)?依申请(?:政府信息|信息)?(?:公开)?(?:的)?(?:政府)?(?:信息)?(?:(?:受理|办理)?(?:事例|事项|事件|案例)|的情况|情况)?(?:[。;；,，\n]|$)"),
    // (The 2008 form's section heading as a sentence: 未发生依申请和不予公开
    // 的政府信息.)
    // (未发生依申请和处理政府信息: the heading's words run together.)
    // (…依申请公开政府信息和不予公开政府信息的情况: each with its noun.)
    rule(r"(?:未|没有)(?:发生|产生)依申请(?:公开)?(?:政府信息)?(?:和|及|与|或)(?:不予公开|处理)的?(?:政府)?(?:信息)?(?:的情况)?(?:[。;；,，\n]|$)"),
    // None met, with the cases that follow from it (没有遇到依申请和行政
    // 复议、行政诉讼的情况).
    rule(r"(?:未|没有)(?:遇到|发生|出现)(?:过)?依申请(?:公开)?(?:[和及与、](?:行政复议|行政诉讼|复议|诉讼)){1,2}(?:等)?(?:的)?(?:情况|事项|案件)"),
    // Not concerned at all: 本年度…不涉及依申请公开、不予公开及咨询…情况.
    rule(r"(?:不涉及|未涉及)(?:政府信息)?依申请公开(?:政府信息)?(?:[、和及与][^。;；,，\n]{0,20}?)?(?:的)?(?:情况|事项)?(?:[。;；,，\n]|$)"),
    // 未发生针对本部门…事务的依申请公开情况.
    rule(r"(?:未|没有)(?:发生|产生)[^。;；,，\n]{0,25}?的依申请公开(?:政府信息)?(?:的)?(?:情况|事项|事件)"),
    // 未出现…向镇政府…申请公开信息的情况: no one applied, said of the
    // applicant.
    rule(r"(?:未|没有)(?:出现|发生)[^。;；,，\n]{0,30}?申请公开(?:政府)?信息的?(?:情况|事项|事件)"),
    // 全年无申请公开信息事项 (无申请公开政务信息情况).
    // (2008年某乡没有申请公开政府信息: the clause or the excerpt ends.)
    // (无书面申请要求公开政府信息.)
    // (目前尚无申请公开的政府信息.)
    rule(r"(?:无|没有|未有)(?:任何)?(?:书面)?申请(?:要求)?公开(?:的)?(?:政府|政务)?信息(?:的)?(?:事项|情况|[。;；,，\n]|$)"),
    // A clause that only says so: 我镇2016年度无申请。 (Or names what kind:
    // 某局无政府信息公开申请。)
    rule(r"(?:^|[。;；\n])[^。;；,，\n:：]{0,16}?(?:无|没有)(?:政府信息公开|信息公开|依申请公开)?申请\s*(?:[。;；\n]|$)"),
    // What the public submitted: 群众通过…提交政府信息公开申请55件.
    // (接收网络方式提交政府信息公开5件: 申请 left out.)
    rule(r"提交(?:了)?(?:政府)?信息公开(?:申请)?(?:共)?NUM件"),
    // Nobody applied: 无单位或个人申请政府信息公开, 没有公民提出信息公开申请
    // (无个人对本局提交公开政府信息的申请).
    // (无居民群众、企事业单位提出…申请.)
    // (没有群众提出…信息公开的请求: the request so named.)
    // (没有行政相对人向我单位提出…申请: whoever is party to the unit's acts.
    // Not an application for a review: 没有申请人对本局提出行政复议申请.)
    rule(r"(?:无|没有|未有)(?:任何)?(?:单位|个人|公民|法人|组织|群众|申请人|行政相对人|居民|市民|企业|企事业单位)[^。;；,，\n]{0,15}?(?:申请(?:政府)?(?:信息)?公开|(?:提出|提交)[^。;；,，\n]{0,10}?申请|(?:提出|提交)[^。;；,，\n]{0,16}?公开的?请求)").not_holding(&["复议", "诉讼"]),
];

/// Applications carried over from the previous year.
/// (转结 is a common slip for 结转.)
const APPS_CARRIED_OVER: &[Rule] = &[
    // (去年结转3件; 上年结转…申请事项1件; the form's row label in prose:
    // 上年结转政府信息公开申请数量办理4件; 2022年结转至本年度1件, brought
    // on into this year; 上年结转…申请办件5件, 申请 and 办件 both.)
    gated(
        r"(?:上一?年度?|去年|(?:19|20)\d{2}年度?)",
        r"(?:结转|转结|未办结)(?:(?:至|到)(?:本年度?|今年))?(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:办理件|办件|办理|受理)?(?:事项)?(?:数量|数)?(?:办理)?(?:共计|共|为)?NUM(?:件|条|宗|起)",
        6,
    ),
    gated(
        r"NUM",
        r"件(?:申请)?(?:为|是|系)(?:上一?年度?|去年|(?:19|20)\d{2}年度?)(?:结转|转结)",
        40,
    ),
    // 2023年转至今年办理的3件.
    rule(
        r"(?:上一?年度?|去年|(?:19|20)\d{2}\s*年度?)转(?:至|到|入)(?:今年|本年度?)(?:继续)?(?:办理)?(?:的)?NUM件",
    ),
    // 结转上年政府信息公开申请0件; 结转上年度继续办理1件.
    rule(r"(?:结转|转结)上一?年度?(?:的)?(?:政府信息公开|依申请公开)?(?:申请|(?:继续)?办理)?NUM件"),
    // 上一年度转办2件, 上年度转接政府信息公开申请0件 (after a year's
    // number 转办 is the year's own forwarding to another office).
    rule(
        r"(?:上一?年度?|去年)(?:转办|转接)(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共计|共|为)?NUM件",
    ),
    // None: 上年无结转申请 (无上年结转申请).
    rule(r"(?:上一?年度?|去年)(?:无|没有)(?:结转|转结)"),
    rule(r"(?:无|没有)(?:上一?年度?|去年)(?:结转|转结)"),
    // Both years' in one phrase: 无上年和下年结转件.
    rule(BOTH_YEARS_NONE),
];

/// Applications answered (（七）总计).
const APPS_TOTAL_HANDLED: &[Rule] = &[
    // None received and none handled, said at once (未收到和处理政府信息公开
    // 申请).
    rule(r"(?:没有|未)(?:收到|受理|接到)(?:和|及|并|或)(?:处理|办理)[^。;；,，\n]{0,30}?申请"),
    // The count received, all of it handled by the year's end (申请数为21件,
    // 截至12月31日已全部办结).
    rule(r"申请(?:总)?数(?:为|是)NUM件\s*[,，]\s*(?:截[至止]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:已)?(?:全部|均)(?:已)?(?:按时|按期|依法)?办结").not_with_carried(),
    // 上年度未办结3件 are the carried-over ones, not those answered.
    // (起 counts applications too: 依申请公开20起…,办结19起.)
    // (办结21条 after 收到申请公开21条.)
    // (宗 too: 新收…259宗,办结254宗.)
    // (One channel's: 受理网上…申请N件,依法办结M件,…,受理线下…申请K件.)
    // (申请办结数8件.)
    rule(r"办结(?:了)?(?:依申请公开|公开申请|申请)?(?:数|数量)?(?:为)?NUM(?:件|起|条|宗|份)")
        .need("申请")
        .not_after(&["未", "没有"])
        .channel_part()
        .result_part(),
    // 受理…19件,其中18件已在法定期限内予以答复: answered is handled.
    // (其中10件已经按时按规完成答复.)
    // (其中237件申请件已按规定在法定期限内予以答复.)
    rule(r"其中NUM件(?:申请件|申请)?(?:已经|已|均)?(?:按规定)?(?:在法定期限内|在规定时限内|在规定期限内|按时|按期|依法)?(?:按规)?(?:完成|予以)?(?:答复|办结)"),
    // (…办理依申请公开事项5件,均按时完成.)
    // (办理…申请41件(含上年度结转1件),均全部办结: what it holds in brackets.)
    // (…申请70件,全部依法依规按程序办结; 1334宗: how, and in what unit.)
    // (…申请公开信息68件,全部依法及时予以了回复.)
    // (处理…申请案件9件,均按时按程序完成办结.)
    rule(r"(?:办理|处理)(?:了)?[^。;；,，\n]{0,15}?申请(?:公开)?(?:政府)?(?:信息)?(?:公开)?(?:事项|案件)?NUM(?:件|宗|项)(?:[(（][^()（）。\n]{0,20}[)）])?\s*[,，]\s*(?:已)?(?:全部|均)(?:已)?(?:全部)?[^。;；,，\n未没]{0,8}?(?:办结|完成|答复|回复)"),
    // Handled, then what became of them: 办理…申请34件,其中,予以公开7件;
    // or all of them handled: 办理…事项2件,办结率100%. (Not after 收到并,
    // 收到和: those received, some carried on.)
    rule(r"(?:办理|处理)(?:了)?[^。;；,，\n]{0,15}?申请(?:公开)?(?:政府信息)?(?:事项)?NUM(?:件|宗|项)\s*[,，]\s*(?:其中\s*[,，:：]?\s*(?:予以公开|同意公开|部分公开|予以部分公开)|办结率(?:达|为)?\s*100\s*%)")
        .not_after(&["并", "和"]),
    // (…共办理政府信息公开申请1件,已按时依法办结: the clause ends there;
    // or 按规定办结, how without 已.)
    rule(r"(?:办理|处理)(?:了)?[^。;；,，\n]{0,15}?申请(?:公开)?(?:政府信息)?NUM件\s*[,，]\s*(?:已(?:按期|按时|依法|按规定){0,3}|(?:按期|按时|依法|按规定){1,3})(?:办结|答复完毕)(?:[,，。;；]|$)"),
    // …共办理…申请21件。其中,网络申请14件,书面申请7件。所有申请均按时办结:
    // all of them, a sentence or two on in the paragraph.
    rule(r"办理(?:了)?[^。;；,，\n]{0,15}?申请NUM件[^\n]{0,60}?[。;；]\s*(?:所有|全部|上述)申请(?:均|全部|都)?(?:已)?(?:按期|按时|依法)?办结"),
    // 本年度办理的24件信息公开申请中,予以公开9件.
    // (在办结的5件申请中.)
    rule(r"(?:办理|办结|答复)的NUM件[^。;；,，\n]{0,12}?申请中"),
    // Answered is handled: 答复政府信息公开申请98件, 予以答复306件, 办理完成
    // 108件, 已回复126件, 办结依申请公开件177件 (where the sentence speaks
    // of 申请; not 延期答复, 未答复).
    // (办结依申请政府信息公开事项23件.)
    // (受理答复…申请28件 is the count received, answered or not.)
    // (答复处理件3件.)
    // (办结政府信息依申请公开733件; 回复办理40件.)
    rule(r"(?:办结|答复|回复|办理完成|办理答复|答复办理|回复办理|答复处理|完成)(?:完成|了)?(?:政府信息)?(?:依申请)?(?:政府信息公开|依申请公开|信息公开)?(?:申请|事项)?(?:件)?(?:共)?NUM件").need("申请").not_after(&[
            "未",
            "受理",
            "受理并",
            "受理、",
            "没有",
            "延期",
            "逾期",
            "当场",
            "尚未",
            "下一年",
            "下年",
            "下年度",
            "次年",
            // How one part was answered: 电话回复2件.
            "电话",
            "书面",
            "当面",
            "网上",
            "邮寄",
            "现场",
            // What the answer was: 同意公开答复292件, 不予公开答复2件 (not
            // 公开答复274件 alone, all that were answered).
            "同意公开",
            "予以公开",
            "不予公开",
            "部分公开",
        ]).channel_part().result_part(),
    // The count before: 45件申请全部按期答复 (其中N件…答复 is pattern 1's).
    // (10件已经按时按规完成答复.)
    // (1646件已按规定在法定期限内予以答复.)
    // (14件政府信息公开申请已全部办结: what they are between.)
    // (Not the rest after others named: 撤销2件,…,其余4件已…予以答复.)
    gated(r"NUM", r"件(?:(?:政府信息公开|依申请公开|信息公开)?申请)?(?:均|全部|已全部|已经|已)(?:按期|按时|依法|按规定)?(?:按规)?(?:在法定期限内|在规定时限内|在规定期限内)?(?:完成|予以)?(?:答复|办结)", 40).not_after(&["其中", "其余", "剩余", "余下"]).result_part(),
    // Handled, then what is carried on: 全年办理1503件,结转2025年183件
    // (where the sentence speaks of 申请).
    // (Not an outcome before it: 告知通过其他途径办理11件,结转下年度….)
    // (下年度继续办理81件 likewise.)
    // (办理15项 likewise.)
    // (已处理54条,结转下年度…: 处理 after 已 or 共 as 办理, 条 as 件; not
    // one fate of several, 逾期未补正不再处理1件.)
    rule(r"(?:办理|(?:已|共|共计)处理)(?:了)?NUM(?:件|项|宗|条)\s*[,，;；]\s*(?:(?:结转|转结|转)(?:至|到)?(?:下一?年度?|次年|(?:19|20)\d{2}\s*年)|下一?年度?继续办理)")
        .need("申请")
        .not_after(&["途径", "继续"]),
    // (办理政府信息公开申请25件,结转下年度继续办理2件: the applications named
    // between; not after 收到并/和, 继续, 未.)
    rule(r"办理(?:了)?[^。;；,，\n\d]{0,15}?申请(?:公开)?(?:政府信息)?(?:事项)?NUM(?:件|项|宗)\s*[,，;；]\s*(?:(?:结转|转结|转)(?:至|到)?(?:下一?年度?|次年|(?:19|20)\d{2}\s*年)|下一?年度?继续办理)")
        .not_after(&["途径", "未", "没有", "继续", "并", "和"])
        .not_holding(&["收到", "受理", "接到", "接收"]),
    // The count handled right after the count received, in its measure
    // word (收到依申请公开…6条,办理6条; 受理…申请9件,已处理9件; 收到…申请
    // 事项0件,办理数量0件).
    rule(r"(?:收到|受理|接到)[^。;；,，\n]{0,20}?(?:\d+|[一二两三四五六七八九十百]+)\s*(?:件|条)\s*[,，]\s*(?:已|共)?(?:办理|处理)(?:了)?(?:数量|数)?(?:为)?NUM(?:件|条)(?:[,，。;；]|$)").need("申请"),
    // The count finished after the count taken on, its number first
    // (办理103件申请,99件办结,4件正在办理).
    rule(r"(?:办理|受理|收到)[^。;；,，\n]{0,12}?\d+\s*件(?:申请)?\s*[,，]\s*NUM件(?:已)?(?:办结|答复完毕)(?:[,，。;；]|$)").need("申请"),
    // Or answered, the sentence ending there (收到申请19条,及时回复19条; not
    // one end of several, 依法答复5件,主动撤销申请4件).
    rule(r"(?:收到|受理|接到)[^。;；,，\n]{0,20}?(?:\d+|[一二两三四五六七八九十百]+)\s*(?:件|条)\s*[,，]\s*(?:已|均已|及时|依法)?(?:回复|答复)(?:了)?NUM(?:件|条)\s*(?:[。;；\n]|$)").need("申请"),
    // Handled, and nothing more said of them: 全年办理…依申请公开13件.
    // (全年处理申请数量423件: 数量 before the count; 共办理公民、法人和其他
    // 组织提出的…申请71件: whose applications between; …申请4起, 起 as 件.)
    rule(r"(?:办理|处理)(?:了)?(?:公民、法人(?:和|或者?|及)其他组织(?:提出|提交)的)?[^。;；,，\n]{0,15}?申请(?:公开)?(?:政府信息)?(?:事项)?(?:数量|数)?(?:为)?NUM(?:件|宗|项|起)")
        // (继续办理…0件 are those carried on; 收到并处理…7项, 收到和处理…, those
        // received; a heading's 办理 run into the count received: 依申请公开
        // 办理全年共收到…申请70件; one outcome, 另处理重复申请1件.)
        // (收到依法处理…29件 as 收到并处理.)
        .not_after(&["未", "没有", "继续", "并", "和", "收到依法", "受理依法", "接到依法", "并依法", "和依法"])
        // (Nor a count inside what was handled: 办理1187件(含上年度结转申请
        // 57件…) names those carried over.)
        .not_holding(&["收到", "受理", "接到", "接收", "重复", "结转", "顺延"])
        .says_no_more(),
    // Handled, those carried over said to be among them (办理1187件(含上年度
    // 结转申请57件,…)).
    rule(r"(?:办理|处理)(?:了)?NUM件\s*[(（]\s*(?:其中)?(?:含|包括|包含)上一?年度?结转").need("申请"),
];

/// Granted / partly granted.
const APPS_GRANTED: &[Rule] = &[
    // (予以公开答复11件: the answer's kind; “予以公开”17件: quoted.)
    // (次 counts them too: 收到…3次,其中予以公开2次.)
    // (予以公开的有12件.)
    // (宗 counts them too: 予以公开2宗.)
    // (同意公开答复数4件: the answers counted, 数 after them.)
    // (Not 部分予以公开1件, a part. 其中予以公开申请1件: the noun between.)
    rule(r#"予以公开[”"」』]?(?:的)?(?:申请|答复)?(?:数|数量)?(?:有|为)?NUM(?:件|次|宗)"#)
        .not_after(&["部分"]),
    // The decision's category: 属于公开范围5件 (not 属于部分公开范围).
    rule(r"属于(?:予以)?公开范围(?:的)?NUM件").need("申请"),
    // The older word, quoted: "同意公开"的1件.
    // (同意公开答复1件: the answer's kind.)
    // (同意公开的有3件.)
    rule(r#"同意公开[”"]?(?:的)?(?:答复)?(?:数|数量)?(?:有|为)?NUM(?:件|条)"#),
    // The outcomes listed after those received, 予以 left out (收到依申请
    // 公开6件,公开4件,不予公开2件).
    rule(r"(?:收到|受理)[^。;；,，\n]{0,20}?\d+\s*件\s*[,，]\s*公开NUM件").need("申请"),
    // A list of answers, each count before its kind (答复口径分别为:5件予以
    // 公开,3件部分公开,…).
    rule(r"(?:[:：,，、]|分别为)\s*NUM件(?:予以|同意)公开(?:[,，;；。、]|$)").need("申请"),
    // Every one received granted: 收到…申请4件,全部予以公开.
    // (…申请3件,均已按规定及时予以公开.)
    // (…申请7件,经审核均属于可公开范围,全部准予公开: a clause on why
    // between, no count in it.)
    rule(r"申请NUM件\s*[,，]\s*(?:[^。;；,，\n\d]{2,16}[,，]\s*)?(?:全部|均)(?:已)?(?:按规定|依法|按时|按期)?(?:及时)?(?:予以|准予)公开(?:[,，;；。]|$)")
        .not_holding(&["其中", "部分", "不予", "不属于", "未"]),
    // Applications counted in 条, their answers too (收到依申请公开的信息
    // 5条,予以公开5条).
    // (…171条,其中:予以公开4条: a colon after 其中.)
    rule(r"(?:收到|受理)[^。;；\n]{0,30}?\d+\s*条\s*[,，]\s*(?:其中\s*[:：]?)?\s*(?:均)?予以公开NUM条").need("申请"),
    // The breakdown of applications: 收到…申请7条,其中3条已公开,3条….
    // (其中,对3件予以公开.)
    // (其中1件依法向申请人予以公开.)
    // (其中8件按申请事项全部予以公开.)
    rule(r"其中[,，]?\s*(?:对)?NUM(?:件|条)(?:申请)?(?:已|已经|均已)?(?:依法)?(?:向申请人)?(?:按申请事项|按申请内容)?(?:全部)?(?:予以)?公开(?:[,，;；。、]|$)").need("申请"),
];
/// (予以公开或部分公开59件 counts both: neither's.)
const APPS_PARTIAL: &[Rule] = &[
    // (…:5件予以公开,3件部分公开,…: the count before its kind.)
    rule(r"(?:[:：,，、;；]|分别为)\s*NUM件(?:予以|同意)?部分公开(?:[,，;；。、]|$)").need("申请"),
    // (?:[^及和与]|^)部分公开: 1.
    // (同意部分公开答复数1件; “部分公开”0件, quoted as 予以公开 is.)
    gated(
        r"(?:[^及和与或]|^)",
        r#"部分公开[”"」』]?(?:范围)?(?:的)?(?:答复数|答复)?(?:有|为)?NUM(?:件|次|宗)"#,
        1,
    )
    .anchor("部分公开", 1),
    // What the answer was: 答复…申请1件,为部分公开.
    gated(r"NUM", r"件\s*[,，]\s*(?:均)?(?:为|系)部分公开", 40),
    // The part disclosed named: …,1件公开部分内容.
    gated(r"NUM", r"件公开部分(?:内容|信息)", 40),
    // (部分予以公开1件: 予以 inside.)
    rule(r"部分予以公开(?:的)?(?:答复)?(?:数|数量)?(?:有|为)?NUM(?:件|次|宗)"),
    // Disclosed once told apart, the form's own word for a part (区分处理
    // 后公开的2件).
    rule(r"区分处理(?:后)?(?:予以)?公开(?:的)?(?:有|为|共)?NUM(?:件|次|宗)"),
];

/// Carried over to next year.
const APPS_CARRIED_NEXT: &[Rule] = &[
    // (结转下年度按期办理14件: how it will be handled; 继续办理1个: 个
    // counts them too.)
    rule(
        r"(?:结转|转结|顺延|转接|转)(?:至|到)?(?:下一?年度?|次年|(?:19|20)\d{2}年度?)(?:继续|再行|按期|按时|依法)?(?:办理|答复|转办)?(?:的)?(?:(?:政府)?信息公开)?(?:申请)?NUM(?:件|宗|份|项|个)",
    ),
    // (结转下年度继续办理4条, after applications counted in 条.)
    rule(r"(?:结转|转结)(?:至|到)?(?:下一?年度?|次年|(?:19|20)\d{2}年度?)(?:继续)?(?:办理|答复)?NUM条")
        .need("申请"),
    // (剩余4件转2023年办理: 转 before a year; 宗 and 份 count
    // applications too: 5份转下年度继续办理.)
    // (1件因于年底提交,按规定结转至下一年度: why, in a clause between.)
    gated(
        r"NUM",
        r"(?:件|宗|份)(?:申请)?(?:因[^。;；,，\n]{1,12}[,，])?(?:依法|按规定|按程序)?(?:结转|转结|顺延|转)(?:至|到)?(?:下一?年度?|(?:19|20)\d{2}年度?)",
        40,
    ),
    rule(r"(?:无|没有)(?:申请)?(?:结转|转结)(?:至|到)?(?:下一?年度?|(?:19|20)\d{2}年度?)"),
    // Those still in hand after the year's handled ones: 办理85件,下年度
    // 继续办理81件.
    rule(r"办理(?:了)?\d+件\s*[,，;；]\s*下一?年度?继续办理NUM件").need("申请"),
    // 无下年度结转.
    rule(r"(?:无|没有)(?:结转至|结转到)?下一?年度?(?:结转|转结)"),
    // The next year's word first (无上年结转件,下年结转件2件).
    rule(r"下一?年度?(?:结转|转结)(?:件|申请)?(?:数)?(?:为|有)?NUM件").need("申请"),
    rule(BOTH_YEARS_NONE),
];

/// None carried over from last year nor on to next: 无上年和下年结转件.
const BOTH_YEARS_NONE: &str = r"(?:无|没有)上一?年度?(?:和|及|与|、)下一?年度?(?:的)?(?:结转|转结)";

/// New applications from natural persons (其中自然人申请89件).
/// (自然人申请件12件; 26件为自然人申请.)
const APPS_NATURAL_PERSON: &[Rule] = &[
    // The new count, then whose it was (新收…申请1件,为自然人申请; 申请2宗,
    // 均为自然人通过网上提交).
    rule(r"(?:新收|收到|受理|接到)[^。;；,，\n]{0,20}?申请NUM(?:件|宗)\s*[,，]\s*(?:均|全部|都)?(?:为|是|系)自然人(?:通过[^。;；,，\n]{1,8}?)?(?:申请|提出|提交)").not_with_carried(),
    // (自然人申请公开政府信息数11件: the form's noun after the verb.)
    rule(r"自然人(?:提出|提交)?(?:的)?(?:政府信息公开)?(?:申请)?(?:公开政府信息)?(?:件|办件量|数量|数)?(?:共)?NUM件"),
    // (其中自然人申请件为608件; not 自然人办件量为…, services handled.)
    rule(r"自然人(?:提出|提交)?(?:的)?(?:政府信息公开)?申请(?:件|数量)?(?:为|是)NUM件"),
    // (1件属自然人申请.)
    // (3件均为自然人申请.)
    // (其中353项为自然人提交: 项 for 件, the verb for the noun.)
    rule(r"NUM(?:件|项)(?:均|全部|都)?(?:为|是|系|属|属于)自然人(?:(?:提出|提交)的?(?:申请)?|申请)"),
    // Received from natural persons, named after the verb (收到自然人申请的
    // 依申请办理事项0件; 收到来自公民的政府信息依申请公开的1件: from
    // citizens, said so, and the request named by its kind alone; 收到自然人
    // 申请政府信息公开申请5条, 条 for 件).
    rule(r"(?:新收|收到|受理|接到)(?:了)?(?:(?:来自)?自然人|来自公民(?:个人)?)(?:提出|提交)?(?:的)?(?:(?:政府信息公开|依申请公开)?申请|(?:政府信息)?依申请公开)(?:的)?[^。;；,，、\n]{0,12}?NUM(?:件|宗|项|条)").not_with_carried(),
    // A citizen is a natural person: 公民个人提出申请1030件 (其中公民个人
    // 申请2件, the verb left out).
    rule(r"公民(?:个人)?(?:(?:提出|提交)(?:的)?(?:政府信息公开)?申请|个人申请)NUM件"),
    // All of them: 收到依申请公开35件,均为自然人申请件.
    // (…5件(全部为自然人申请): in a bracket.)
    // (申请主体均为自然人: who applied, named.)
    // (…7件,均来自自然人: where they came from.)
    // (…21件,均为公民个人申请: a citizen is one.)
    // (…36件政府信息公开申请(均为自然人提交): the noun after the count.)
    rule(
        r"NUM件(?:政府信息公开|依申请公开|信息公开)?(?:申请)?\s*[,，(（]\s*(?:申请主体|申请人)?(?:均|全部|都|皆)(?:为|是|系|来自|来源于|由)(?:自然人|公民个人|公民)",
    ),
    // The count, then its applicants, no comma between (3件依申请公开申请人
    // 均为自然人).
    rule(r"NUM件(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:申请人|申请主体)(?:均|全部|都|皆)(?:为|是|系)(?:自然人|公民个人|公民)"),
    // (申请1件(自然人申请): the kind alone in the bracket, all of them.)
    rule(r"申请NUM件\s*[(（]\s*(?:为|系)?自然人(?:申请|提出|提交)?\s*[)）]").not_with_carried(),
    // (申请数量为12件,申请人类型为自然人; 申请人类型皆为自然人.)
    // (…申请1件,并已依法答复完毕,申请人为自然人申请: one clause between.)
    // (Not another kind's count before it: 申请人的类别为商业企业的1件,申请人
    // 的类别为自然人的49件.)
    rule(
        r"NUM件\s*[,，](?:[^。;；,，\n]{0,16}[,，])?\s*申请人(?:的)?(?:类型|身份|类别)?(?:均|全部|都|皆)?(?:为|是|系)自然人",
    )
    .not_after(&["的"]),
];

/// After 无…行政复议 or 无…行政诉讼: a count (行政诉讼2件, 行政诉讼两件:
/// how a count opens, right after what it counts), or the outcome the none is
/// of (没有出现被行政复议及行政诉讼纠错的情况: none overturned, not none
/// filed; 未发生行政诉讼败诉: none lost).
const NOT_NONE_OF_CASES: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "一",
    "二",
    "两",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "纠错",
    "败诉",
    // Outcomes within cases (在行政复议或者行政诉讼中被撤销, 行政复议和行政
    // 诉讼被撤销或败诉等情况): no word on how many there were.
    "被",
    "中",
    "和行政诉讼被",
    "及行政诉讼被",
    "、行政诉讼被",
    "或行政诉讼被",
    "或者行政诉讼被",
    "和行政诉讼中",
    "及行政诉讼中",
    "、行政诉讼中",
    "或行政诉讼中",
    "或者行政诉讼中",
    "及行政诉讼纠错",
    "和行政诉讼纠错",
    "、行政诉讼纠错",
    "及行政诉讼败诉",
    "和行政诉讼败诉",
    "、行政诉讼败诉",
    // (And suits first: 行政诉讼、行政复议败诉, none lost of either.)
    "及行政复议纠错",
    "和行政复议纠错",
    "、行政复议纠错",
    "及行政复议败诉",
    "和行政复议败诉",
    "、行政复议败诉",
];

/// Neither kind, 行政 left out: 未发生针对…的复议、诉讼和申诉 (review and
/// litigation alike).
/// (?:无|没有|未)(?:发生|出现)?[^…]{0,40}?: 2 + 2 + 40.
const BOTH_NONE: Rule = gated(
    r"(?:无|没有|未)(?:发生|出现)?[^。;；\n]{0,40}?",
    r"复议(?:、|和|与|及|或)(?:提起)?(?:诉讼|起诉)",
    44,
);
/// Neither kind, the suit named first (无诉讼复议情况, 没有行政诉讼和行政复议案件).
const BOTH_NONE_SUIT_FIRST: &str = r"(?:无|没有|未)(?:发生|出现)?(?:行政)?诉讼(?:、|和|与|及|或)?(?:行政)?复议(?:等)?(?:情况|事项|案件)";
/// One count of 0 for both kinds is each one's (743 of both is neither's):
/// 行政复议、提起行政诉讼的案件0件.
/// (…行政复议、行政诉讼和申诉案件0件: a third kind listed after them.)
const BOTH_ZERO: &str = r"行政复议[、和及与或,，]\s*(?:提起)?行政诉讼(?:[、和及与或](?:申诉|信访|投诉|举报))?(?:的)?(?:案件|案)?(?:数量|数)?(?:均为|都为|均是|均|为|是|共)?(?:0|零)\s*(?:件|起|条)";

/// Administrative reconsideration about disclosure.
/// Both kinds of case counted as one, none of either: 行政复议、诉讼0件
/// (行政 left out before 诉讼). A count above none is not split.
const BOTH_CASES_NONE: &str =
    r"行政复议(?:和|与|、|及)(?:行政)?诉讼(?:案件)?(?:数量)?(?:均为|都为|均|为)?(?:0|零)(?:件|起)";

/// Both kinds' cases said to be none in words (被申请行政复议及提起行政诉讼
/// 情况均为零).
const BOTH_CASES_TOLD_NONE: &str = r"行政复议(?:和|与|、|及)(?:提起)?(?:行政)?诉讼(?:的)?(?:情况|案件)(?:数量)?(?:均为|都为|均是|均)(?:0|零)(?:件|起)?(?:[。;；,，\n]|$)";

/// A field on both kinds of case answered none (…申请行政复议、提起行政诉讼
/// 情况:无; …被申请行政复议或被提起行政诉讼的情况:0件).
const BOTH_CASES_FIELD_NONE: &str = r"行政复议[^。;；\n:：]{0,12}?(?:行政)?诉讼(?:的)?情况\s*[:：]\s*(?:无|没有|0\s*件?|零)[ \t\u{3000}]*(?:[。;；,，\n]|$)";

/// A section's heading on both kinds of case, and its one sentence saying
/// there were none: …行政复议、提起行政诉讼情况。本年度无此类情况 (or,
/// with its subject and year, 我镇2016年度无申请; or 无 alone on its line).
const BOTH_CASES_HEADING_NONE: &str = r"行政复议[^。;；\n]{0,12}?(?:行政)?诉讼(?:的)?情况\s*[。\n]\s*(?:[我本]\p{Han}{1,2}?)?(?:(?:19|20)\d{2}\s*年度?|本年度|今年|全年|本年)?\s*[,，]?\s*(?:无|没有|未发生)(?:(?:此类|相关|上述)(?:情况|案件)|申请\s*(?:[。;；\n]|$)|[ \t\u{3000}]*[。.]?[ \t\u{3000}]*(?:\n|$))";

const REVIEW: &[Rule] = &[
    // (无被复议案件: 行政 left out, the unit the one reviewed.)
    rule(r"(?:无|没有|未)(?:发生|出现)?被(?:行政)?复议(?:的)?(?:情形|情况|案件)")
        .not_before(&["为", "共", "数", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    // (?:无|没有|未|不存在|不涉及)(?:发生|出现)?[^…]{0,30}?行政复议: 3 + 2 + 30.
    rule(r"(?:无|没有|未|不存在|不涉及)(?:发生|出现)?[^。;；\n]{0,30}?行政复议").anchor("行政复议", 35).not_before(NOT_NONE_OF_CASES),
    rule(r"行政复议(?:和|与|、)行政诉讼各NUM(?:件|起)"),
    rule(BOTH_CASES_NONE),
    rule(BOTH_CASES_TOLD_NONE),
    rule(BOTH_CASES_FIELD_NONE),
    rule(BOTH_CASES_HEADING_NONE),
    rule(r"行政复议(?:和|与|、|及)行政诉讼(?:案件)?(?:数量)?(?:均为|都为|均是|均|为)NUM(?:件|起)?"),
    // (行政 may be left out: 涉及复议0件,诉讼0件.)
    // (条 and 宗 count cases too: 行政复议0条, 行政复议21宗.)
    // (行政复议0次: a list of counts in 次.)
    // (行政复议有3件; 行政复议案件总计2件; 行政复议事项0项.)
    // (Not one count of either kind: 行政诉讼或行政复议1起.)
    // (Not the cases a whole area's government accepted as the review body:
    // 全县共受理行政复议4件; a street's own, accepted, count.)
    rule(r"(?:行政)?复议(?:案件|案|事项)?(?:数量|数)?(?:共计|总计|合计|共)?(?:有)?NUM(?:件|起|项|条|宗|次)")
        .not_after(&[
            "诉讼或行政", "诉讼或", "全县共受理", "全县受理", "全市共受理", "全市受理",
            "全区共受理", "全区受理", "全省共受理", "全省受理", "全州共受理", "全旗共受理",
        ]),
    // (Not the applications a review body accepted: 受理行政复议申请56件;
    // 受理行政复议案件2件 are the unit's own.)
    rule(r"(?:行政)?复议申请(?:数量|数)?(?:共)?(?:有)?NUM(?:件|起|项|条|宗|次)")
        .not_after(&["受理"]),
    BOTH_NONE,
    rule(BOTH_NONE_SUIT_FIRST),
    rule(BOTH_ZERO),
    // 行政 left out before a list (没有复议、行政诉讼及申诉).
    rule(r"(?:无|没有|未|不存在)(?:发生|出现)?复议(?:[、和及与]|案件|情况)"),
    // The count before the case: 发生1起有关政府信息公开的行政复议案件.
    // (or ending its clause, or before the next count: 收到1件行政复议、1件
    // 行政诉讼).
    // 1起…行政诉讼和行政复议案件: both kinds, neither's count.
    rule(r"(?:发生|收到|受理|有)NUM(?:起|件)[^。;；,，\n]{0,20}?行政复议(?:案件|案|申请|[,，。;；]|$|、\s*NUM(?:起|件))").not_holding(&["诉讼"]),
];

/// Administrative litigation about disclosure.
const LITIGATION: &[Rule] = &[
    rule(BOTH_CASES_NONE),
    rule(BOTH_CASES_TOLD_NONE),
    rule(BOTH_CASES_FIELD_NONE),
    rule(BOTH_CASES_HEADING_NONE),
    // 行政 left out in a list of what disclosure gave rise to (没有发生政府
    // 信息公开的收费、诉讼等情况).
    rule(
        r"(?:无|没有|未|不存在)(?:发生|出现)?[^。;；,，\n]{0,12}?信息公开的?[^。;；,，\n]{0,8}?[、和及与]诉讼(?:等)?(?:情况|事项|案件)",
    ),
    // (无有关政府信息公开事务的诉讼和申诉情况: the suits of the disclosure.)
    rule(
        r"(?:无|没有|未|不存在)(?:发生|出现)?[^。;；,，\n]{0,12}?信息公开[^。;；,，\n]{0,8}?的诉讼(?:[、和及与][^。;；,，\n]{1,4}?)?(?:等)?(?:情况|事项|案件)",
    ),
    // A suit the disclosure gave rise to, 行政 left out (未发生因依申请
    // 政府信息公开引起的相关诉讼).
    rule(
        r"(?:无|没有|未|不存在)(?:发生|出现)?[^。;；,，\n]{0,12}?信息公开[^。;；,，\n]{0,8}?(?:引起|引发|导致)的(?:相关)?诉讼",
    ),
    // (无信息公开诉讼: 行政 left out, right after the disclosure it is of.)
    rule(r"(?:无|没有|未有)(?:发生|出现)?(?:政府)?信息公开(?:的)?(?:相关)?诉讼(?:案件|情况)?(?:[。;；,，\n]|$)"),
    // (?:无|没有|未|不存在|不涉及)(?:发生|出现)?[^…]{0,40}?行政诉讼: 3 + 2 + 40.
    // (没有…行政复议情况,行政诉讼2件: the negation does not reach a count.)
    rule(r"(?:无|没有|未|不存在|不涉及)(?:发生|出现)?[^。;；\n]{0,40}?行政诉讼")
        .anchor("行政诉讼", 45)
        .not_before(NOT_NONE_OF_CASES),
    // (无提起行政复议诉讼情况: both in one word.)
    rule(r"(?:无|没有|未|不存在)(?:发生|出现)?[^。;；\n]{0,40}?行政复议诉讼")
        .anchor("行政复议诉讼", 47)
        .not_before(NOT_NONE_OF_CASES),
    rule(r"行政复议(?:和|与|、)行政诉讼各NUM(?:件|起)"),
    rule(r"行政复议(?:和|与|、|及)行政诉讼(?:案件)?(?:数量)?(?:均为|都为|均是|均|为)NUM(?:件|起)?"),
    // One kind of suit is no total: 经复议后起诉的行政诉讼0件, 直接起诉的行政诉讼.
    // (收到诉讼为3件.)
    // (被行政诉讼的案件共6件: 的 before the noun.)
    rule(r"诉讼(?:的)?(?:案件|申请|案)?(?:数量|数)?(?:共计|总计|合计|共)?(?:有|为)?NUM(?:件|起|条|宗|次)")
        .not_after(&[
            "起诉的行政",
            "起诉行政",
            "复议、行政",
            "复议和行政",
            "复议及行政",
            "复议与行政",
            "复议、",
            "复议和",
            "复议及",
            // (One count of either kind: 行政复议或行政诉讼1起.)
            "复议或行政",
            "复议或",
            // (One kind, the verb before the noun: 未经复议直接提起诉讼
            // 10件, 复议后提起诉讼.)
            "直接提起",
            "直接",
            "复议后提起",
        ]),
    // Suits as cases brought (起诉案件1件,正在审理中), not those carried
    // from the year before (结转起诉案件2件).
    rule(r"起诉案件(?:数量|数)?(?:共)?(?:有|为)?NUM(?:件|起)").not_after(&["结转", "上年"]),
    rule(BOTH_ZERO),
    BOTH_NONE,
    rule(BOTH_NONE_SUIT_FIRST),
    // 行政 shared by both: 未发生…行政复议和诉讼, 行政复议案、诉讼和申诉.
    rule(
        r"(?:无|没有|未)(?:发生|出现)?[^。;；\n]{0,40}?行政复议(?:案件|案)?(?:和|与|、|及|或)诉讼",
    ),
    rule(r"(?:无|没有|未)(?:发生|出现)?[^。;；\n]{0,40}?行政起诉"),
    // Sued, 行政 left out (未出现行政复议败诉和被诉讼情形; not where the
    // cases are counted: 无被复议案件,被诉讼案件为2件).
    rule(r"(?:无|没有|未)(?:发生|出现)?[^。;；\n]{0,40}?被(?:诉讼|起诉)(?:情形|情况|案件|的情况)")
        .not_before(&[
            "为", "共", "数", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
        ]),
    // A list of cases that the negation covers, suits last (未出现…行政复议、
    // 信访、诉讼); or the excerpt ends inside the word (无…行政诉).
    rule(
        r"(?:无|没有|未)(?:发生|出现)?[^。;；\n]{0,40}?行政复议(?:、[^。;；,，\n、]{1,6}){1,4}(?:、|和|与|及|或)诉讼",
    ),
    rule(r"(?:无|没有|未)(?:发生|出现)?[^。;；\n]{0,40}?行政诉\s*$"),
    // The count before the case, maybe after a review's (收到1件行政复议、1件
    // 行政诉讼): a review between is no part of it.
    rule(
        r"(?:发生|收到|受理|有|、|和|及|件行政复议案件[,，])NUM(?:起|件)[^。;；,，\n复]{0,20}?行政诉讼(?:案件|案|[,，。;；]|$|、\s*NUM(?:起|件))",
    ),
];

/// Fees for handling applications.
const FEES_ZERO: &[Rule] = &[
    rule(r"(?:不|未|没有|无)(?:收取|收)(?:任何|相关)?(?:费用|信息处理费|费)"),
    // (?:不|未|没有)[^…]{0,20}?收取任何: 2 + 20.
    gated(
        r"(?:不|未|没有)[^。;；,，\n]{0,20}?",
        r"收取任何[^。;；\n]{0,20}?费用",
        22,
    )
    .anchor("收取任何", 22),
    rule(r"(?:未|没有)发生[^。;；,，\n]{0,20}?收费"),
    // 没有[^…]{0,20}?收费的?情况: 2 + 20.
    gated(r"没有[^。;；\n]{0,20}?", r"收费的?情况", 22),
    // (?:没有|未|无)[^…]{0,20}?(?:产生|发生)…: 2 + 20.
    gated(
        r"(?:没有|未|无)[^。;；,，\n]{0,20}?",
        r"(?:产生|发生)[^。;；,，\n]{0,10}?(?:收费|费用)",
        22,
    ),
    // (?:不|未|没有)[^…]{0,10}?收取…: 2 + 10.
    // (暂未对依申请提供政府信息收取检索、复印、邮寄等费用.)
    gated(
        r"(?:不|未|没有)[^。;；,，\n]{0,10}?",
        r"收取(?:任何)?(?:费用|信息处理费|检索费|复制费|邮寄费|检索、[^。;；,，\n]{0,12}?等?费用)",
        12,
    ),
    // 无政府信息公开收费情况, 未有收取或减免相关费用, 收费和减免为零.
    // (无信息公开收费的事项; 没有涉及收费的公开项目.)
    rule(
        r"(?:无|没有|未有|[不未]存在)[^。;；,，\n]{0,12}?收费(?:及减免|和减免|或减免)?(?:等)?(?:的)?(?:情况|事项|(?:公开)?项目)",
    ),
    // (未出现公开收费及减免.)
    rule(r"(?:无|没有|未有|未涉及|未出现|未发生)[^。;；,，\n]{0,20}?收费(?:及|和)减免"),
    rule(r"(?:未有|没有|无)收取或减免"),
    // (未对依申请公开政府信息收取或减免费用.)
    rule(r"(?:不|未|没有)[^。;；,，\n]{0,20}?收取或减免(?:相关)?费用"),
    // No charging done (未进行过政府信息公开收费), closing its clause.
    rule(r"(?:未|没有)(?:进行|开展|实行)(?:过)?[^。;；,，\n]{0,12}?收费(?:[。;；,，\n]|$)"),
    // 无信息公开收费 closing its clause.
    // (没有政府信息公开方面的收费.)
    rule(
        r"(?:无|没有|未有|未发生)(?:政府)?(?:信息公开)?(?:方面)?(?:的)?(?:申请)?收费(?:[。;；,，\n]|$)",
    ),
    // 未收取检索、复印、邮寄等费用, 未收取政府信息公开申请费用.
    // (没有出现收取依申请公开信息相关费用的情况.)
    // (未收取依申请提供政府信息的检索、复印、邮递等费用.)
    // (未收取申请人信息处理费: whom between.)
    rule(r"(?:不|未|没有|无)收取[^。;；,，\n]{0,8}?(?:信息处理费|检索费|复制费|邮寄费)"),
    // (无收取…相关费用情况.)
    rule(r"(?:不|未|没有|无)(?:出现|发生)?收取[^。;；,，\n]{0,25}?费用"),
    // 未向任何公民、法人或者其他组织收取…费用 (or the excerpt ends there).
    rule(r"(?:不|未|没有)向[^。;；,，\n]{0,25}?收取[^。;；,，\n]{0,15}?(?:费用|$)"),
    // 无一事项收取费用.
    rule(r"(?:无一|没有一)(?:个|件|项)?(?:事项)?收取(?:任何)?费用"),
    // 未向申请人收费.
    rule(r"(?:不|未|没有)向[^。;；,，\n]{0,25}?收费"),
    // 未予收费, 暂免收费, 收费情况:无.
    rule(r"(?:不|未)予收(?:取)?(?:任何)?费"),
    rule(r"(?:暂免|免予|免于|一律免)收(?:取)?(?:任何)?费"),
    // 依申请公开件零收费 (none charged, said as zero).
    rule(r"依申请(?:公开)?[^。;；,，\n]{0,6}?零收费"),
    // (收费情况及减免情况:无.)
    rule(
        r"收费(?:及减免|和减免)?(?:情况)?(?:及减免情况|和减免情况)?\s*[:：]\s*(?:无|没有)[ \t\u{3000}]*(?:[。;；,，\n]|$)",
    ),
    rule(r"收费(?:和|及|与)?(?:减免)?(?:情况)?(?:均)?为(?:零|0)"),
    // The heading on fees, and 无 the line under it.
    rule(
        r"收费(?:和|及|与)?(?:减免)?(?:的)?情况\s*[。.]?[ \t\u{3000}]*\n\s*(?:无|没有)[ \t\u{3000}]*[。.]?[ \t\u{3000}]*(?:\n|$)",
    ),
    // 没有向申请人收取复印、传真等任何费用.
    rule(r"(?:不|未|没有)[^。;；,，\n]{0,20}?收取[^。;；,，\n]{1,12}?任何费用"),
];
const FEES_AMOUNT: &[Rule] = &[
    // (向…申请人收取费用为0元.)
    rule(r"收取(?:的)?(?:信息处理)?费用(?:为|共计|共)NUM元"),
    rule(r"收取[^。;；\n]{0,15}?(?:信息处理费|公开费用?)NUM元"),
    // 依申请提供政府信息共收取检索、复印、邮递等成本费用共计0元.
    rule(
        r"依申请(?:提供|公开)[^。;；\n]{0,20}?收取[^。;；\n]{0,25}?费用?(?:共计|共|合计|总计)?NUM元",
    ),
];

/// Every table, for the tests of their shortcuts.
/// Every table, in the order of [`T`].
const TABLES: &[&[Rule]] = &[
    PROACTIVE,
    APPS_NEW,
    APPS_CARRIED_OVER,
    APPS_TOTAL_HANDLED,
    APPS_GRANTED,
    APPS_PARTIAL,
    APPS_CARRIED_NEXT,
    APPS_NATURAL_PERSON,
    REVIEW,
    LITIGATION,
    FEES_ZERO,
    FEES_AMOUNT,
];

/// A table of [`TABLES`], by its place there.
#[derive(Clone, Copy)]
enum T {
    Proactive,
    AppsNew,
    CarriedOver,
    TotalHandled,
    Granted,
    Partial,
    CarriedNext,
    NaturalPerson,
    Review,
    Litigation,
    FeesZero,
    FeesAmount,
}

impl T {
    /// Whether the table counts disclosure applications (section 三).
    fn counts_applications(self) -> bool {
        matches!(
            self,
            T::AppsNew
                | T::CarriedOver
                | T::TotalHandled
                | T::Granted
                | T::Partial
                | T::CarriedNext
                | T::NaturalPerson
        )
    }
}

/// Services whose applications a unit also counts: 通过网审平台收到受理申请
/// 4364件 are applications for approvals, not for information; 受理法律援助
/// 案件, 调解案件, 投诉举报 the cases of a unit's own work.
const OTHER_SERVICES: &[&str] = &[
    "法律援助",
    "调解",
    "投诉",
    "举报",
    "公证",
    "审批",
    "网审",
    "政务服务",
    "便民服务",
    "办事服务",
    "服务事项",
    "许可",
    "热线",
    "信访",
];

/// Does the part of the sentence before the count speak of another service
/// (OTHER_SERVICES) and not of disclosure? (Not where the word is a
/// bureau's name, the unit's own: 某区行政审批局本年度未收到…申请, 某县信访局,
/// 政务服务和大数据管理局.)
fn other_service(t: &str, start: usize, end: usize) -> bool {
    let service = |p: &str| OTHER_SERVICES.iter().any(|w| p.contains(w));
    let of_service = |part: &str| {
        service(part)
            && !["公开", "政府信息"].iter().any(|w| part.contains(w))
            && service(
                &regex!(r"(?:审批|政务服务|信访)(?:和大数据)?(?:服务)?(?:管理)?局")
                    .replace_all(part, ""),
            )
    };
    // (Or its clause, where the sentence spoke of disclosure before:
    // 在…公示栏主动公开,…中心受理法律援助案件1213件.)
    let (from, _) = sentence_part_bounds(t, start, end);
    of_service(&t[from..end]) || of_service(&t[clause_boundary(&t[..end])..end])
}

/// Do last year's carried-over applications stand joined before `start`
/// (上年度结转和新收…申请共50件)? Then the count is of both, not the new ones.
fn with_carried_before(t: &str, start: usize) -> bool {
    ["结转和", "结转及", "结转与", "结转、", "结转加"]
        .iter()
        .any(|w| t[..start].ends_with(w))
}

/// Does the clause before `start` hand the work to another unit (委托县
/// 自然资源局办理…申请25件)? Then the count is that unit's.
fn delegated(t: &str, start: usize) -> bool {
    t[clause_boundary(&t[..start])..start].contains("委托")
}

/// Words that begin with a negation's character but negate nothing: a case
/// 未经复议直接起诉 (brought without a review first) is one case, no zero;
/// 未予公开 names a result (the contents of a report: 未予公开政府信息的情况,
/// 政府信息公开行政复议…), no case that did not happen.
const NOT_NEGATIONS: &[&str] = &["未经", "未予", "无论", "无法", "无需", "无偿"];

/// Does the text at `end` say the count before it includes carried-over applications?
/// (Not those carried on to next year: 385件,其中6件结转下一年度办理.)
fn includes_carried(t: &str, end: usize) -> bool {
    // (Not where none was carried: …34件(含2022年结转0件).)
    regex!(r"^\s*[(（,，]\s*(?:其中|含|包括|包含)[^)）。;；,，]{0,20}?(?:结转|转结)")
        .find(&t[end..])
        .is_some_and(|m| {
            let rest = &t[end + m.end()..];
            !carried_on(rest) && !regex!(r"^\s*(?:0|零)\s*(?:件|条)").is_match(rest)
        })
}

/// Whether a breakdown at `start` follows, in its sentence, a count that
/// holds those carried over (受理…申请25件(含2024年结转1件),其中自然人申请
/// 24件): its parts are of the whole, not of the new ones.
fn total_with_carried_before(t: &str, start: usize) -> bool {
    let (s0, _) = sentence_bounds(t, start);
    let before = &t[s0..start];
    before.contains("其中")
        && before
            .match_indices("件")
            .any(|(i, w)| includes_carried(t, s0 + i + w.len()))
}

/// Is the count at `start..end` the one count of its sentence? Counts of
/// its breakdown (其中…, 包括…) aside; a sentence of several counts (网站
/// 发布…226条,发布…文件66条) lists parts; so does one opening with an
/// ordinal (一是旗政府网站方面,…2968条: the first of its channels).
fn sole_count(t: &str, start: usize, end: usize) -> bool {
    let (s0, s1) = sentence_bounds(t, start);
    let s = &t[s0..s1];
    if regex!(r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])").is_match(s)
    {
        return false;
    }
    let breakdown = regex!("其中|包括|包含").find(s);
    let own = breakdown.map_or(s, |m| &s[..m.start()]);
    // (After the breakdown, another channel's clause past a semicolon is no
    // part of it: …网站…更新发布信息200余条,其中…;通过…新媒体平台累计发布
    // 信息260余条.)
    let channel_after = breakdown.is_some_and(|m| {
        s[m.end()..].split([';', '；']).skip(1).any(|part| {
            regex!(r"^\s*(?:通过|依托|利用|在)[^。]{0,60}?\d\s*万?\s*(?:余|多)?\s*(?:条|件|篇)")
                .is_match(part)
        })
    });
    end <= s0 + own.len()
        && !channel_after
        && regex!(r"\d\s*万?\s*(?:余|多)?\s*(?:条|件|篇|项|份)")
            .find_iter(own)
            .count()
            == 1
}

/// Is the count before `end` one of a list of counts of applications by
/// channel, the next after 、 (网上…申请3件、纸质申请36件): a part, whose
/// total the text leaves to the reader.
/// (Or after a semicolon, by the same verb: 网站受理…9件;当面受理…7件;
/// the last of them too, after such a count.)
fn sibling_count(t: &str, start: usize, end: usize) -> bool {
    let from = sentence_bounds(t, start).0;
    // (Not another verb's count after the semicolon: 受理…申请9件;按期答复
    // 9件 answers those received.)
    let received = regex!(r"受理|收到|接到|接收");
    sibling_count_after(t, end)
        || regex!(r"(?:受理|收到|接到|接收)[^。;；,，]{0,12}?\d+\s*件\s*[;；]\s*\p{Han}{0,8}?$")
            .is_match(&t[from..start])
            && received.is_match(&t[start..end])
        || other_channel_count(t, start, end)
}

/// Does the sentence count applications by channel, the count at
/// `start..end` one channel's (or an outcome of its), another channel's
/// received in the same sentence (受理网上…申请N件,办结M件,…,受理线下
/// …申请K件)?
fn other_channel_count(t: &str, start: usize, end: usize) -> bool {
    let (from, to) = sentence_bounds(t, start);
    let sentence = &t[from..to.max(end)];
    // (The channel before the verb too: 通过门户网站线上接收…申请4件,通过
    // 邮箱线下接收纸质申请7件.)
    // (One list of channels for both places.)
    macro_rules! channel {
        () => {
            "(线上|在线|网上|网络|线下|信函|来信|当面|现场|邮寄|电子邮件|传真)"
        };
    }
    let received = regex!(concat!(
        "(?:",
        channel!(),
        ")?(?:受理|收到|接到|接收)(?:了)?",
        channel!(),
        r"?[^。;；,，\n]{0,15}?申请[^。;；,，\n]{0,6}?\d+\s*件"
    ));
    let channels: Vec<(usize, &str)> = received
        .captures_iter(sentence)
        .filter_map(|c| {
            let channel = c.get(2).or_else(|| c.get(1))?;
            Some((from + c.get(0)?.end(), channel.as_str()))
        })
        .collect();
    let Some(&(_, own)) = channels.iter().rev().find(|(e, _)| *e <= end) else {
        return false;
    };
    channels.iter().any(|(_, c)| *c != own)
}

fn sibling_count_after(t: &str, end: usize) -> bool {
    let rest = &t[end..];
    rest.starts_with('、') && regex!(r"^、\s*\p{Han}{0,6}?申请\s*\d+\s*件").is_match(rest)
        || rest.starts_with([';', '；'])
            && regex!(r"^[;；]\s*\p{Han}{0,8}?(?:受理|收到|接到|接收)[^。;；,，]{0,12}?\d+\s*件")
                .is_match(rest)
            && !rest[rest.chars().next().map_or(0, char::len_utf8)..]
                .trim_start()
                .starts_with("其中")
}

/// Is the count before `end` one result of several (答复7件,不予受理4件;
/// 答复7件,主动撤销申请4件; 答复2件,不掌握相关信息3件)?
/// (Not before those carried on: 完成答复54件,转下一年度继续办理3件.)
fn result_count_after(t: &str, end: usize) -> bool {
    regex!(r"^\s*[,，、]\s*(?:主动|申请人)?(?:不予|无法|告知|转|补正|撤回|撤销|驳回|逾期未补正|不再处理|终止|不掌握|不属于)")
        .find(&t[end..])
        .is_some_and(|m| !carried_on(&t[end + m.end()..]))
}

/// Does the paragraph after `end` (its next 120 characters at most) tell
/// what became of the applications: a count finished, answered or carried
/// on, or some still in hand (see [`Rule::says_no_more`])? (Not 答复 with
/// no count: 进行了规范答复.)
fn fate_told(t: &str, end: usize) -> bool {
    let rest = &t[end..];
    let para = rest.find('\n').map_or(rest, |i| &rest[..i]);
    let para = crate::text::first_chars(para, 120);
    regex!(r"(?:办结|答复|回复|结转|转结)[^。;；,，\d]{0,12}?\d|继续办理|正在办理|未办结|尚在办理")
        .is_match(para)
}

/// Is the count at `start` one result after another of its sentence
/// (申请人自行撤销2件,依法依规答复处理24件; 主动撤回5件,各部门在规定期限
/// 内答复64件)?
fn result_count_before(t: &str, start: usize) -> bool {
    let from = sentence_bounds(t, start).0;
    let before = &t[from..start];
    regex!(r"(?:撤销|撤回|不予|无法提供|告知|驳回|补正)[^。;；,，\d]{0,10}?\d+\s*件\s*[,，、]\s*[^。;；,，\d]{0,12}$")
        .is_match(before)
        // (The outcome after its count: 14件由申请人撤回,39件已…答复.)
        || regex!(r"\d+\s*件[^。;；,，\d]{0,10}?(?:撤销|撤回|撤件|撤诉|不予|驳回)[^。;；,，\d]{0,6}?\s*[,，、]\s*$")
            .is_match(before)
}

/// Is the carried count at `start` (its match `m`) carried from a year
/// written before it to a year it names (2022年结转至2023年2件), and not
/// to the year after the report's? Which of the report's two ends that
/// is, the text alone does not say: into the report's year it is last
/// year's, not next year's; into the next one it is carried on (2025年结转
/// 至2026年继续办理1件 in the report on 2025). Without the report's year,
/// neither.
fn between_years(t: &str, start: usize, m: &str, year: Option<i32>) -> bool {
    let Some(to) = regex!(r"((?:19|20)\d{2})\s*年").captures(m) else {
        return false;
    };
    regex!(r"(?:19|20)\d{2}\s*年度?\s*$").is_match(&t[..start])
        && (year.is_none() || to[1].parse::<i32>().ok() != year.map(|y| y + 1))
}

/// The counts of items `re` finds in `s` (its first group, a number), in
/// order: what the sum rules add up.
fn counts_of(re: &Regex, s: &str) -> Vec<i64> {
    re.captures_iter(s)
        .filter_map(|c| c[1].parse().ok())
        .collect()
}

/// Is the count in `m` (at `start`) the sum of the last two or more
/// counts of items (条) before it in its sentence? (Not of an earlier year's
/// count before them: 由2013年的1128条增加到2014年的1887条,在…发布信息514
/// 条,总计2401条 sums the last two.)
fn sum_of_counts_before(t: &str, start: usize, m: &str) -> bool {
    let Some(total) = regex!(r"\d+")
        .find(m)
        .and_then(|d| d.as_str().parse::<i64>().ok())
    else {
        return false;
    };
    let from = sentence_bounds(t, start).0;
    let counts = counts_of(regex!(r"(\d+)\s*条"), &t[from..start]);
    let mut sum = 0;
    counts.iter().rev().enumerate().any(|(k, n)| {
        sum += n;
        k >= 1 && sum == total
    })
}

/// Does `s` open with where a count is carried on to (下一年度, 次年,
/// 2024年), after 结转 or 转?
fn carried_on(s: &str) -> bool {
    // (转结下年度: 转 read as the verb, 结 left; 转接下年, 接 left.)
    regex!(r"^[结接]?(?:至|到)?(?:下一?年|次年|明年|(?:19|20)\d{2}\s*年)").is_match(s)
}

/// Is the count at `start..end` in 条, after a count of items disclosed
/// proactively in its sentence, in whatever measure (主动公开…文件类信息271
/// 份,依申请公开401条; see [`Rule::not_beside_proactive`])?
fn beside_proactive(t: &str, start: usize, end: usize) -> bool {
    let from = sentence_bounds(t, start).0;
    t[..end].ends_with('条')
        && regex!(r"主动公开[^。;；]{0,80}?\d\s*(?:余|多)?\s*(?:条|份|篇|件)")
            .is_match(&t[from..start])
}

/// Is the count at `start..end` a new one (新收, 新收到, 新受理)?
fn is_new_count(t: &str, start: usize, end: usize) -> bool {
    t[..start].ends_with('新') || t[start..end].starts_with('新')
}

/// A count listed by channel and then summed, right after `end`:
/// 收到网上申请105件,快递17件,合计122件 — the sum is the count.
fn listed_total(doc: &Doc, end: usize) -> Option<Located<i64>> {
    let t = &doc.norm.text;
    let c = regex!(r"^(?:\s*[,，、]\s*\p{Han}{1,8}?\s*\d+\s*件){1,5}\s*[,，、]\s*(?:合计|共计|总计)\s*(\d+)\s*件")
        .captures(&t[end..])?;
    // A part carried over from last year makes the sum no new count
    // (收到申请58件,上年结转3件,共计61件).
    if regex!(r"结转|转结|上年|上一年").is_match(c.get(0)?.as_str()) {
        return None;
    }
    let g = c.get(1)?;
    let v = parse_int(g.as_str())?;
    Some(Located::new(
        v,
        doc.norm.orig_span(end + g.start(), end + g.end()),
    ))
}

/// The byte bounds of the part of a sentence around `start..end`, between
/// 。 ; ； and line ends.
fn sentence_part_bounds(t: &str, start: usize, end: usize) -> (usize, usize) {
    let from = t[..start]
        .rfind(['。', ';', '；', '\n'])
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    let to = t[end..]
        .find(['。', ';', '；', '\n'])
        .map_or(t.len(), |i| end + i);
    (from, to)
}

/// Does the part of the sentence around `start..end` speak of `w` (申请)?
/// Or the sentence, where the part names nothing else that is counted
/// (…申请57件,同比增长71.9%;完成答复54件: the answers are to them; not
/// 信箱受理信件3件,已办结3件).
fn speaks_of(t: &str, start: usize, end: usize, w: &str) -> bool {
    let part = sentence_part_bounds(t, start, end);
    // Where `w` is written in `from..to`, before the match's end (not an
    // application for a review or arbitration: a justice bureau's 受理行政
    // 复议申请56件,目前已办结38件,撤回申请13件 are its own cases).
    let holds = |(from, to): (usize, usize)| {
        t[from..to].match_indices(w).any(|(i, _)| {
            let at = from + i;
            at < end && !(t[..at].ends_with("复议") || t[..at].ends_with("仲裁"))
        })
    };
    let names_other = || counts_other(&t[part.0..part.1]);
    // (Or the one before it, past a short sentence that counts nothing
    // else: 收到申请15件。上年度结转3件。共按时办结10件.)
    let before = sentence_before(t, start);
    let second = || {
        let b = &t[before.0..before.1];
        (before.1 > before.0
            && b.chars().count() <= 20
            && !counts_other(b)
            && !b.contains("复议")
            && !b.contains("诉讼"))
        .then(|| sentence_before(t, before.0))
        .is_some_and(holds)
    };
    // (Or the paragraph before, where this one opens by summing what was
    // done with them, after its heading or none: …收到…申请30件。\n(二)答复
    // 情况。共答复30件,….)
    let paragraph_before = || {
        let line = t[..start].rfind('\n').map_or(0, |i| i + 1);
        let opens = regex!(r"^\s*(?:[^。\d\n]{1,12}。){0,2}\s*共?$").is_match(&t[line..start]);
        opens
            && line > 0
            && t[..line - 1].trim_end().ends_with('。')
            && holds(sentence_before(t, t[..line - 1].trim_end().len()))
    };
    holds(part)
        || !names_other()
            && (holds(sentence_bounds(t, start)) || holds(before) || second() || paragraph_before())
}

/// Does `s` name something counted other than applications (信件, 咨询,
/// 建议, 事项 …)?
fn counts_other(s: &str) -> bool {
    regex!(r"信件|来信|留言|咨询|投诉|建议|提案|诉求|工单|信访|事项").is_match(s)
}

/// The bounds of the sentence before the one at `at`, in the same paragraph
/// (…共收到申请132件,上年结转2件。目前依法办结122件: the applications go
/// on), or an empty range.
fn sentence_before(t: &str, at: usize) -> (usize, usize) {
    let Some(stop) = t[..at]
        .rfind(['。', '\n'])
        .filter(|&i| t[i..].starts_with('。'))
    else {
        return (0, 0);
    };
    let from = t[..stop]
        .rfind(['。', '\n'])
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    (from, stop)
}

/// Where each heading on proactive disclosure ends: a line of its own or
/// a sentence ended by 。 ((一)主动公开情况。, 二、主动公开政府信息的情况), as
/// the matches of `(?m)(?:^|。)PREFIX主动公开SUFFIX` would end, read at each
/// 主动公开 instead of by a search of the whole text (which has no literal
/// to skip by and cost ~2.5% of a run). The prefix holds no line end or 。
/// but the one it opens with, so it starts at the last of those before the
/// word; matches do not overlap.
fn proactive_headings(t: &str) -> impl Iterator<Item = usize> + '_ {
    const WORD: &str = "主动公开";
    let mut taken = 0;
    t.match_indices(WORD).filter_map(move |(i, _)| {
        let start = t[..i].rfind(['\n', '。']).map_or(0, |p| {
            if t[p..].starts_with('\n') {
                p + 1
            } else {
                p
            }
        });
        if start < taken {
            return None;
        }
        // (一是主动公开情况。: the enumerator of a list of the work;
        // (一)政府信息主动公开情况: the noun first.)
        let prefix = regex!(r"^(?:。)?[ \t\u{3000}]*(?:(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[一二三四五六七八九十]是)[ \t\u{3000}]*)?(?:本机关|本年度?|政府信息|政务信息)?$");
        let suffix = regex!(r"^(?:政府信息|政务信息|信息)?(?:工作)?(?:的)?(?:情况|方面|数量|总数)?[ \t\u{3000}]*(?:。|(?m:$))");
        if !prefix.is_match(&t[start..i]) {
            return None;
        }
        let end = i + WORD.len() + suffix.find(&t[i + WORD.len()..])?.end();
        taken = end;
        Some(end)
    })
}

/// A compiled pattern with its search shortcuts.
struct Pat {
    /// The pattern (regex-automata's meta engine: one regex searches
    /// anchored at a start and unanchored over a window, with captures).
    re: regex_automata::meta::Regex,
    gate: Option<(Regex, usize)>,
    rule: &'static Rule,
    /// Its number in the grammar's sieve.
    id: usize,
    /// Searched anchored at each start the sieve finds.
    anchored: bool,
}

/// Every table compiled, and the sieve of all their patterns.
struct Grammar {
    tables: Vec<Vec<Pat>>,
    sieve: Sieve,
}

/// One page as the grammar reads it: its text, its sentences (with the
/// literals each holds) and the sentence after each heading on proactive
/// disclosure, found once for every pattern.
struct Page<'t> {
    t: &'t str,
    s: Sentences,
    leads: Vec<(usize, usize)>,
    /// The unit is a township (its meta's level): a wider place's count
    /// in its text is not its own (see [`wider_place_count`]).
    township: bool,
    /// The unit's name (its meta's): its own field is no topic (see
    /// [`topic_count`]).
    unit: Option<&'t str>,
    /// The report's year (its meta's).
    year: Option<i32>,
}

impl<'t> Page<'t> {
    fn new(t: &'t str) -> Page<'t> {
        // A heading: a line of its own, or ended by 。 ((一)主动公开情况。,
        // 二、主动公开政府信息的情况); the window is the sentence after it.
        let sentence_at = |h: usize| {
            let start = h + (t[h..].len() - t[h..].trim_start().len());
            let end = t[start..].find(['。', '\n']).map_or(t.len(), |i| start + i);
            (start, end)
        };
        let leads = proactive_headings(t)
            .map(|h| {
                let (start, end) = sentence_at(h);
                // A sub-heading first (1.做好基础信息公开。, or on a line
                // of its own): the sentence after it; not under a kind of
                // information (1.规范性文件信息) nor a channel
                // (1.政府网站主动公开信息的情况), whose count is its own.
                let sub = regex!(r"^(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）])\s*(\p{Han}{2,16})$")
                    .captures(&t[start..end]);
                let own_count =
                    |h: &str| kind_of_information(h) || CHANNEL_WORDS.iter().any(|w| h.contains(w));
                if sub.is_some_and(|c| !own_count(&c[1])) && t[end..].starts_with(['。', '\n']) {
                    sentence_at(end + t[end..].chars().next().map_or(0, char::len_utf8))
                } else {
                    (start, end)
                }
            })
            .collect();
        Page {
            t,
            s: grammar().sieve.sentences(t),
            leads,
            township: false,
            unit: None,
            year: None,
        }
    }
}

/// Whether a sub-heading names a kind of information (规范性文件信息,
/// 行政权力信息), not the information disclosed as a whole (政府信息,
/// 基础信息, 公开信息).
fn kind_of_information(heading: &str) -> bool {
    heading.strip_suffix("信息").is_some_and(|kind| {
        kind.chars().count() >= 2
            && !["政府", "政务", "公开", "基本", "基础", "发布", "主动"]
                .iter()
                .any(|w| kind.ends_with(w))
    })
}

fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut tables: Vec<Vec<Pat>> = TABLES
            .iter()
            .map(|table| {
                table
                    .iter()
                    .map(|r| {
                        let p = with_num_str(&r.pattern());
                        let pat = Pat {
                            re: crate::compile_meta(&p),
                            gate: r.gate.map(|(tail, before)| (with_num(tail), before)),
                            rule: r,
                            id: patterns.len(),
                            anchored: false,
                        };
                        patterns.push(p);
                        pat
                    })
                    .collect()
            })
            .collect();
        let sieve = Sieve::new(&patterns);
        for p in tables.iter_mut().flatten() {
            p.anchored = sieve.has_starts(p.id);
        }
        Grammar { tables, sieve }
    })
}

fn pats(t: T) -> &'static [Pat] {
    &grammar().tables[t as usize]
}

fn with_num_str(p: &str) -> String {
    p.replace("NUMN?", NUM).replace("NUM", NUM)
}

fn with_num(p: &str) -> Regex {
    crate::compile(&with_num_str(p))
}

impl Pat {
    /// A byte offset no later than the start of the first match, or None
    /// when the pattern cannot match `t`.
    fn search_start(&self, t: &str) -> Option<usize> {
        let mut start = 0;
        if let Some((lit, before)) = self.rule.anchor {
            start = crate::text::chars_before(t, crate::text::find(t, lit)?, before);
        }
        if let Some((g, before)) = &self.gate {
            start = start.max(crate::text::chars_before(t, g.find(t)?.start(), *before));
        }
        Some(start)
    }

    /// Where the matches can be, as (start, end) windows in order: from
    /// the search start to the end (from the text start when the sieve
    /// finds the sentences), or for a [`Rule::section_lead`] the sentence
    /// after each heading on proactive disclosure (the page's `leads`).
    fn windows<'t>(&self, p: &'t Page<'t>) -> impl Iterator<Item = (usize, usize)> + 't {
        let lead = self.rule.section_lead;
        let t = p.t;
        let whole = if lead {
            None
        } else if grammar().sieve.sieves(self.id) {
            Some(0)
        } else {
            self.search_start(t)
        }
        .map(|s| (s, t.len()));
        let leads: &[(usize, usize)] = if lead { &p.leads } else { &[] };
        whole.into_iter().chain(leads.iter().copied())
    }

    /// Whether the pattern may match in the page: false where no sentence
    /// holds its literals, and [`Pat::captures_iter`] finds nothing.
    fn may_match(&self, p: &Page) -> bool {
        p.s.may_match(&grammar().sieve, self.id)
    }

    /// The matches of the pattern in `t` (whose sentences are `s`), in
    /// order, as `captures_iter` (within the pattern's windows, each cut
    /// to the sentences the sieve keeps). (No pattern matches the empty
    /// string.)
    // (Inlined: the iterator is built in its caller's frame, not copied there.)
    #[inline(always)]
    fn captures_iter<'t>(&'t self, p: &'t Page<'t>) -> impl Iterator<Item = Caps<'t>> + 't {
        let (t, s) = (p.t, &p.s);
        let sieve = &grammar().sieve;
        // (Nothing to set up where no sentence of the page holds the
        // pattern's literals: most patterns on most pages.)
        let live = self.may_match(p);
        let mut windows = self
            .windows(p)
            .enumerate()
            .flat_map(move |(n, (a, e))| s.windows(sieve, self.id, a, e).map(move |w| (n, w)));
        let mut cur = if live { windows.next() } else { None };
        let mut at = 0;
        let mut outer = usize::MAX;
        // Made at the first search (most patterns find no window in a
        // page, and a page's hundreds of patterns would each allocate).
        let mut slot: Option<regex_automata::util::captures::Captures> = None;
        std::iter::from_fn(move || loop {
            let (n, w) = cur?;
            if n != outer {
                // A window of its own: searched from its start.
                outer = n;
                at = 0;
            }
            let from = at.max(w.from);
            if from <= w.hay_end {
                let hay = &t[..w.hay_end];
                let caps = slot.get_or_insert_with(|| self.re.create_captures());
                // Where the sieve knows the starts: the first one where the
                // pattern matches (anchored) is where the search finds it,
                // and the anchored search gives its groups.
                match s
                    .starts(sieve, self.id, from, w.starts_before, t)
                    .filter(|_| self.anchored)
                {
                    Some(mut starts) => {
                        let _ = starts.any(|p| {
                            let input = Input::new(hay).range(p..).anchored(Anchored::Yes);
                            self.re.search_captures(&input, caps);
                            caps.is_match()
                        });
                    }
                    None => self
                        .re
                        .search_captures(&Input::new(hay).range(from..), caps),
                }
                if let Some(m) = caps.get_match() {
                    if m.start() < w.starts_before && m.end() > m.start() {
                        at = m.end();
                        let found = slot.take()?;
                        return Some(Caps {
                            hay: t,
                            caps: found,
                        });
                    }
                }
            }
            cur = windows.next();
        })
    }
}

/// A match of a [`Pat`] and its groups, read as `regex::Captures` is.
struct Caps<'t> {
    hay: &'t str,
    caps: regex_automata::util::captures::Captures,
}

impl<'t> Caps<'t> {
    fn get(&self, i: usize) -> Option<Group<'t>> {
        let span = self.caps.get_group(i)?;
        Some(Group {
            hay: self.hay,
            start: span.start,
            end: span.end,
        })
    }
}

/// A group of a [`Caps`]: where it is in the text, and its text.
#[derive(Debug, Clone, Copy)]
struct Group<'t> {
    hay: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    #[cfg(test)]
    fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
    fn as_str(&self) -> &'t str {
        &self.hay[self.start..self.end]
    }
}

/// Words that name a channel of disclosure (a site, an account, a column).
const CHANNEL_WORDS: &[&str] = &[
    "网站",
    "门户",
    "微信",
    "微博",
    "公众号",
    "平台",
    "专栏",
    "栏目",
    "客户端",
    "公开栏",
    "报纸",
    "新媒体",
    "政府网",
    "外网",
    "公开网",
    "政务网",
    // A department's site by its own name (某市统计信息网).
    "信息网",
    // A sub-site of the portal (部门子站点).
    "子站",
    // Places where the public reads them (档案馆, 图书馆, 查阅室, 查阅点,
    // 信息查阅场所, 公示栏, 宣传栏).
    "档案馆",
    "图书馆",
    "查阅室",
    "查阅点",
    "查阅中心",
    "查阅场所",
    "公示栏",
    "宣传栏",
    // The official site and account, short (官网, 官微).
    "官网",
    "官微",
    "APP",
    "App",
    "app",
];

/// How many channels `ctx` names (channel words side by side are one), or
/// None when it names all of them (等, 多种渠道, 各平台). A count of one
/// channel is not the overall total.
fn channel_count(ctx: &str) -> Option<usize> {
    // Words that make a channel many (网站等, 多种渠道, 各类政府公开载体); 等 only right after
    // a channel word (党建、人事等信息 lists topics, not channels).
    let many = ["渠道", "各种", "多种", "载体", "途径"];
    // A bracket is an aside on the channel before it (微信订阅号(微信号:…)).
    let ctx = if ctx.contains(['(', '（']) {
        regex!(r"[(（][^()（）]*[)）]").replace_all(ctx, "")
    } else {
        std::borrow::Cow::Borrowed(ctx)
    };
    // Channel words side by side (门户网站, 微信公众号) are one channel; so
    // is a site's column, a few words on (门户网站信息公开专栏, 网站 “法定主动
    // 公开内容”栏目, or its path: 网站“信息公开”-“部门”栏目): no list mark,
    // number or second verb between.
    let one_phrase = |gap: &str| {
        let words = gap.chars().filter(|&c| {
            !matches!(
                c,
                '“' | '”' | '"' | '「' | '」' | ' ' | '-' | '—' | '－' | '>' | '/'
            )
        });
        words.clone().count() <= 12
            && gap.chars().count() <= 16
            && words.into_iter().all(crate::unit::is_han)
            && !gap.contains(['和', '及', '与', '或', '并', '、'])
            && !gap.contains("通过")
    };
    // Every channel word where it stands, found in one scan.
    let mut spans: Vec<(usize, usize)> = words!(CHANNEL_WORDS)
        .find_overlapping_iter(ctx.as_ref())
        .map(|m| (m.start(), m.end()))
        .collect();
    // A site by its own name, 网 alone (在某省政府采购网公开, 在某党政网发布;
    // not 上网公开, going online).
    if ctx.contains('网') {
        spans.extend(
            regex!(r"\p{Han}(网)(?:上)?(?:发布|公开|公布|推送|刊登|刊发)")
                .captures_iter(&ctx)
                .filter(|c| !c[0].starts_with('上'))
                .filter_map(|c| c.get(1))
                .map(|m| (m.start(), m.end())),
        );
    }
    spans.sort_unstable();
    // (A site's word right before an account's is two channels run
    // together, not one: 通过网站政务新媒体发布….)
    let site = |w: &str| w.ends_with('网') || w.ends_with("网站") || w == "门户";
    let account = |w: &str| ["新媒体", "微信", "微博", "公众号", "客户端", "官微"].contains(&w);
    let mut channels = 0;
    let mut reach = None;
    let mut last_site = false;
    let mut and_others = false;
    for (s, e) in spans {
        and_others |= ctx[e..].starts_with('等');
        let word = &ctx[s..e];
        if reach.is_none_or(|r| s > r && !one_phrase(&ctx[r..s]))
            || last_site && account(word) && reach.is_some_and(|r| s >= r)
        {
            channels += 1;
        }
        last_site = site(word) || last_site && reach.is_some_and(|r| s < r);
        reach = Some(reach.map_or(e, |r: usize| r.max(e)));
    }
    // 网站和新媒体: two channels named are the whole; so are all portals
    // (依托各政府门户), and every platform (全平台发布…).
    // (Not 全县门户网站: the county's one portal.)
    let all = regex!(r"各\p{Han}{0,3}?(?:门户|网站|平台|新媒体)|(?:全|所有)(?:平台|渠道|媒体)")
        .is_match(&ctx);
    (!and_others && !all && !many.iter().any(|m| ctx.contains(m))).then_some(channels)
}

/// Does `ctx` name exactly one channel (a site, an account, a column)?
fn single_channel(ctx: &str) -> bool {
    channel_count(ctx) == Some(1)
}

/// Does `ctx` name its channels one by one (one or more; not 等, 多种
/// 渠道 or 各平台, which mean all of them)?
fn named_channels(ctx: &str) -> bool {
    channel_count(ctx).is_some_and(|n| n >= 1)
}

/// Byte offset just after the last clause separator of `s` (0 if none).
fn clause_boundary(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '。' | ';' | '；' | '\n' | ',' | '，'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The clause a match at `start..end` sits in, and the clause before it.
fn clauses(t: &str, start: usize, end: usize) -> (&str, &str) {
    let pre = &t[..start];
    let clause_start = clause_boundary(pre);
    let before_sep = pre[..clause_start]
        .char_indices()
        .next_back()
        .map_or(0, |(i, _)| i);
    let prev_start = clause_boundary(&pre[..before_sep]);
    (&t[clause_start..end], &t[prev_start..clause_start])
}

/// Where a count's own statement runs, around byte `at`: its sentence, and
/// the next one when that is its breakdown (共收到申请3件。其中,上年结转1件,
/// 本年新收2件).
fn count_scope(t: &str, at: usize) -> (usize, usize) {
    let (start, end) = sentence_bounds(t, at);
    let next = t[end..].strip_prefix('。').unwrap_or("");
    if next.trim_start().starts_with("其中") {
        let n = next.len() - next.trim_start().len();
        let f_end = sentence_bounds(t, end + '。'.len_utf8() + n).1;
        return (start, f_end.max(end));
    }
    (start, end)
}

/// Byte offset where the line holding `at` starts.
fn line_start(t: &str, at: usize) -> usize {
    t[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Byte offset where the line holding `at` ends (its line feed, or the
/// text's end).
fn line_end(t: &str, at: usize) -> usize {
    t[at..].find('\n').map_or(t.len(), |i| at + i)
}

/// The byte bounds of the sentence (between 。 marks or line ends) around
/// byte `at`.
fn sentence_bounds(t: &str, at: usize) -> (usize, usize) {
    let start = t[..at].rfind(['。', '\n']).map_or(0, |i| i + 1);
    let end = t[at..].find(['。', '\n']).map_or(t.len(), |i| at + i);
    // A match may start on the mark's continuation byte: floor to a char.
    let start = (0..=start)
        .rev()
        .find(|&i| t.is_char_boundary(i))
        .unwrap_or(0);
    (start, end)
}

/// Whether a count is a wider place's, its sentence opening on the whole
/// county or city (2019年,全县共主动公开信息数529条): in a township's report,
/// the county's figure copied into it, not its own.
fn wider_place_count(t: &str, start: usize, end: usize) -> bool {
    let (s0, _) = sentence_bounds(t, start);
    ["全县", "全市", "全区", "全旗"]
        .iter()
        .any(|w| t[s0..end].contains(w))
}

/// Whether the words of a count (from `start` to its number at `num`) are
/// written again before another number in a sibling clause of its sentence
/// (政府新收依申请公开数量为2件,…;部门新收依申请公开数量为4件): the counts
/// are parts, of the government and of its departments, neither the whole.
/// (Not the words inside another outcome's: 予以公开35件;部分予以公开1件.)
fn counted_again(t: &str, start: usize, num: usize) -> bool {
    let words = t[start..num].trim_end();
    if words.chars().count() < 4 {
        return false;
    }
    let (s0, s1) = sentence_bounds(t, start);
    t[s0..s1].match_indices(words).any(|(i, w)| {
        let at = s0 + i;
        let between = &t[at.min(start)..at.max(start)];
        at != start
            && !t[..at].ends_with("部分")
            && between.contains([';', '；'])
            && t[at + w.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Ways an application comes in (网络申请, 书面申请, 当面申请).
const WAYS_IN: &[&str] = &[
    "网络", "网上", "在线", "书面", "信函", "当面", "现场", "线下", "线上", "邮件", "邮寄", "传真",
];

/// Is a count one way in of several, the next clause counting another
/// (收到网络申请6件,线下书面申请2件): a part, not the whole. (One way
/// named alone, 接收网上依申请公开11件, stays the count; so do the ways
/// summed after them, 合计40件, which the count's own reading takes.)
/// `after` is the rest of the count's sentence.
fn one_way_in(matched: &str, after: &str) -> bool {
    WAYS_IN.iter().any(|w| matched.contains(w))
        && !regex!(r"(?:合计|共计|总计|共)\s*\d").is_match(after)
        && regex!(r"^\s*(?:件|份|条)?\s*[,，、;；]\s*(\p{Han}{0,6}?)申请\d+\s*(?:件|份|条)")
            .captures(after)
            .is_some_and(|c| WAYS_IN.iter().any(|w| c[1].contains(w)))
}

/// The sentence around byte `at` (see [`sentence_bounds`]).
fn sentence_at(t: &str, at: usize) -> &str {
    let (start, end) = sentence_bounds(t, at);
    &t[start..end]
}

/// A count of one topic's information (公开重点领域政府信息2424条, 公开督查
/// 督导信息24条): words between the verb and 信息 other than the ones that
/// name all of it (各类, 全部), its owner (本机关, 我局), the year or the
/// year's new items (新增), or the unit's own field (各类公安政府信息 in a
/// 公安局's report).
fn topic_count(m: &str, unit: Option<&str>) -> bool {
    // A count of one category (机构职能类信息116条), not of all of them
    // (各类信息500条).
    if let Some(c) = regex!(
        r"(\p{Han})类(?:公开)?(?:政府|政务)?(?:信息)?\s*\d[\d,]*\s*(?:余|多)?\s*(?:条|件|篇|项)$"
    )
    .captures(m)
    {
        if !"各多几诸全该此这等两二三四五六七八九十".contains(&c[1]) {
            return true;
        }
    }
    let Some(i) = m.rfind("信息") else {
        return false;
    };
    // What the last verb before 信息 discloses.
    let head = &m[..i];

    let Some(v) = ["公开", "公布", "发布"]
        .iter()
        .filter_map(|v| head.rfind(v).map(|p| p + v.len()))
        .max()
    else {
        return false;
    };
    let q = head[v..].strip_prefix('了').unwrap_or(&head[v..]);
    // Interpretations of policies are one kind (发布规范性文件等政策解读
    // 信息28条), not last in a list of kinds (…、通知公告、政策解读信息3类77条).
    if q.ends_with("解读") && !q.contains('、') {
        return true;
    }
    // Only a plain verb-object phrase is judged: a longer one names its
    // own total elsewhere in it (主动公开…目录和专栏共188条).
    if q.chars().count() > 10 || q.contains(['、', '和', '及', '等']) || q.contains("信息") {
        return false;
    }
    // (Nor its count written before it: 公开401条信息.)
    // (政府相关信息 is the government's, whatever it concerns; not 相关政府
    // 信息, related to a topic named before.)
    let rest = regex!(
        r"各类|各项|各种|各级|各部门|各单位|全部|所有|本机关|本单位|本部门|本级|本行政机关|我[局委办厅镇乡县区市省]|单位|部门|办事处|全年|本年度?|年度|新增|共计|累计|共|(?:政府|政务)相关|(?:人民)?政府|政务|工作|全文电子化|的|法定|\d[\d,]*\s*(?:余|多)?\s*(?:条|件|篇|项)"
    )
    .replace_all(q, "");
    // A place named as the owner (公开朋普镇政府信息, 公开长桥乡人民政府信息)
    // is no topic either.
    let g = crate::gazetteer::gazetteer();
    let mut named = vec![false; rest.len()];
    for m in g.mentions(&rest) {
        named[m.start..m.end].iter_mut().for_each(|b| *b = true);
    }
    let topic: String = rest
        .char_indices()
        .filter(|&(i, c)| !named[i] && crate::unit::is_han(c))
        .map(|(_, c)| c)
        .collect();
    // (Its field 相关 is its field: 政务服务相关信息 of a 政务服务办.)
    let field = topic.strip_suffix("相关").unwrap_or(&topic);
    !topic.is_empty() && !unit.is_some_and(|u| field.chars().count() >= 2 && u.contains(field))
}

/// Does a clause open with the channel it went through (本年通过…, 依托…)?
fn opens_with_channel(clause: &str) -> bool {
    regex!(r"^\s*(?:本年度?|今年|全年|(?:19|20)\d{2}\s*年度?)?\s*(?:同时)?(?:通过|利用|依托)")
        .is_match(clause)
}

/// Is a clause one item of an enumeration of the channels (一是通过政府网站
/// …2873条。二是通过微博、微信公开…267条; 二是,通过…), naming not all of
/// them (各种渠道)?
fn enumerated_channel(clause: &str, prev: &str) -> bool {
    let ordinal = regex!(
        r"^\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|其[一二三四五六七八九十])\s*是?\s*[,，、]?\s*"
    );
    let prev = prev.trim_end_matches([',', '，']);
    let item = match ordinal.find(clause) {
        Some(m) => &clause[m.end()..],
        None if ordinal.find(prev).is_some_and(|m| m.end() == prev.len()) => clause,
        None => return false,
    };
    opens_with_channel(item) && !["渠道", "多种", "各种"].iter().any(|w| clause.contains(w))
}

/// How a proactive count reads as the year's overall total: None when it
/// is a part (其中, one channel, one of several parallel counts split by
/// semicolons) or a running total over years (历年累计); otherwise a rank,
/// higher for overall words (各类, 全年, 共计) and lower for a topic's
/// count (相关政府信息).
/// Published through new media alone (依托微信公众号、视频号等平台…发布
/// 信息100余条): the count of one kind of channel, not the total.
fn new_media_only(m: &str) -> bool {
    // (Or the verb right after them: 通过官方微信、微博平台公开政府信息2809条.)
    let Some(c) =
        regex!(r"^(?:通过|利用|依托)([^。;；,，\n]{1,60}?)(?:等|(?:主动)?(?:公开|发布|推送|更新))")
            .captures(m)
    else {
        return false;
    };
    let media = [
        "微信",
        "微博",
        "公众号",
        "视频号",
        "抖音",
        "快手",
        "头条",
        "客户端",
        "新媒体",
        "APP",
        "App",
        "小程序",
    ];
    c[1].split(['、', '和', '及', '与'])
        .filter(|i| !i.is_empty())
        .all(|i| media.iter().any(|w| i.contains(w)))
}

/// Is the count at `start..end` one item of a list whose items stand
/// between semicolons, each with its own verb and count, an item on either
/// side of it (主动公开市级文件67份;公开会议…信息262条;…;主动公开金融…
/// 信息24条;公开人事任免等信息12条)? Unless its own item sums them (共,
/// 合计) or a neighbour counts applications (…信息100条;依申请公开0件).
fn semicolon_list_item(t: &str, start: usize, end: usize) -> bool {
    let line_start = line_start(t, start);
    let line_end = line_end(t, end);
    let Some(own_start) = t[line_start..start]
        .rfind([';', '；'])
        .map(|i| line_start + i)
    else {
        return false;
    };
    let Some(next_start) = t[end..line_end].find([';', '；']).map(|i| end + i) else {
        return false;
    };
    let prev_start = t[line_start..own_start]
        .rfind([';', '；', '。'])
        .map_or(line_start, |i| line_start + i);
    let next_end = t[next_start + 1..line_end]
        .find([';', '；', '。'])
        .map_or(line_end, |i| next_start + 1 + i);
    let item = |s: &str| {
        !s.contains("申请")
            && regex!(r"(?:公开|发布)[^。;；]{0,60}?\d\s*(?:余|多)?\s*(?:条|份|件|篇|项)")
                .is_match(s)
    };
    !regex!(r"共|合计|总计|累计").is_match(&t[own_start..end])
        && item(&t[prev_start..own_start])
        && item(&t[next_start..next_end])
}

/// A proactive count at `start..end` in its sentence: what ranking it reads.
struct Count<'t> {
    t: &'t str,
    start: usize,
    end: usize,
    /// The count's clause, up to its end, and the clause before it.
    clause: &'t str,
    prev: &'t str,
    /// Where the count's sentence starts, and its clause.
    from: usize,
    clause_start: usize,
}

fn proactive_rank(
    t: &str,
    start: usize,
    end: usize,
    parallel: usize,
    unit: Option<&str>,
) -> Option<i32> {
    let (clause, prev) = clauses(t, start, end);
    let c = Count {
        t,
        start,
        end,
        clause,
        prev,
        from: sentence_bounds(t, start).0,
        clause_start: end - clause.len(),
    };
    if c.not_disclosure(unit) || c.not_the_whole() {
        return None;
    }
    let own_part = c.own_part();
    if c.is_part(parallel, own_part) && !c.year_total() {
        return None;
    }
    if c.running_total() {
        return None;
    }
    c.rank(parallel, own_part)
}

impl Count<'_> {
    /// What the count is not: disclosures of the unit's own.
    fn not_disclosure(&self, unit: Option<&str>) -> bool {
        let Count {
            t,
            start,
            end,
            clause,
            ..
        } = *self;
        // (The channel opens the match or its clause: 通过微信、微博等政务新媒体
        // 发布各类政府信息5057条.)
        if new_media_only(&t[start..end]) || new_media_only(clause.trim_start()) {
            return true;
        }
        // (Nor what applications asked for: 收到政务公开申请11件,其中:主动公开
        // 1件,依申请公开4件.)
        if semicolon_list_item(t, start, end)
            || regex!(r"申请[^。;；]{0,12}?\d+\s*件[^。;；\d]{0,4}其中[^。;；\d]{0,20}$")
                .is_match(&t[self.from..start])
        {
            return true;
        }
        // What institutions under the unit disclosed, their clause opening with
        // them (辖区内三家医院、16家局属机构通过…公开各类信息8000余条): not the
        // unit's own count.
        if regex!(
            r"^\s*(?:辖区内|局属|所属|下属|直属)[^。;；,，]{0,30}?(?:医院|学校|机构|单位|企业)"
        )
        .is_match(clause)
        {
            return true;
        }
        // 依申请公开政府信息24件 counts applications, not disclosures; so does
        // any count in a clause about them (通过依申请公开渠道公开政府信息11项).
        // (Nor what was withheld: 不予公开…3条.)
        t[..start].ends_with("申请")
            || clause.contains("依申请")
            || topic_count(&t[start..end], unit)
            || ["不予", "不", "未"].iter().any(|w| t[..start].ends_with(w))
    }

    /// A sum over more than proactive disclosure, a part of the year's
    /// months, or a share of a whole.
    fn not_the_whole(&self) -> bool {
        let Count {
            t,
            start,
            end,
            clause,
            from,
            ..
        } = *self;
        // All the information disclosed, its proactive part named after it
        // (共公开的政府信息48条,其中,主动公开信息23条): a sum over more than
        // proactive disclosure. (A kind disclosed so, 其中主动公开公文信息2条,
        // only where the count is a channel's: 政府门户网站发布各类信息3659条,
        // 其中主动公开政策文件352条.)
        let proactive_part = || {
            let part = regex!(r"^\s*(?:余|多)?\s*(?:条|件|篇|项)?\s*[,，]?\s*其中\s*[,，:：]?\s*(?:本年度?|当年|今年)?主动公开(\p{Han}*?)\d")
                .captures(&t[end..]);
            part.is_some_and(|c| {
                regex!(r"^(?:政府|政务)?(?:信息)?(?:数|数量)?(?:为|共|有)?$").is_match(&c[1])
                    || named_channels(clause)
            })
        };
        if !t[start..end].contains("主动") && !clause.contains("主动") && proactive_part() {
            return true;
        }
        // A part of the year's months (2017年7-12月,…共计1945条; 上半年): not
        // the year's count.
        let months = regex!(r"(?:^|\D)(\d{1,2})\s*月?\s*(?:-|—|－|~|～|至|到)\s*(\d{1,2})\s*月|上半年|下半年|第[一二三四1-4]季度")
            .captures(&t[from..start])
            .is_some_and(|c| match (c.get(1), c.get(2)) {
                (Some(a), Some(b)) => (a.as_str(), b.as_str()) != ("1", "12"),
                _ => true,
            });
        if months {
            return true;
        }
        // What was published besides a channel named (除在某网及时公开外,
        // 还通过…等媒体发布信息60条): the other channels' part.
        if regex!(r"除[^。;；]{1,60}?外\s*[,，]?\s*(?:还|另|也|又|并)").is_match(&t[from..start])
        {
            return true;
        }
        // A count given with its share of a whole (…类信息共4条,占比12.5%;
        // 工作动态52条,占总数的61%) is a part of it; not the proactive part of
        // what was made (共制作信息18条,其中主动公开信息数16条,占比88.89%).
        regex!(r"^\s*(?:余|多)?\s*(?:条|件|篇|项)?\s*[,，]?\s*(?:约)?(?:所)?占[^。;；,，\n]{0,12}?\d+(?:\.\d+)?\s*[%％]")
            .is_match(&t[end..])
            && !(clause.contains("主动公开") && regex!(r"制作|获取").is_match(&t[from..start]))
    }

    /// 其中主动公开…, 其中2010年新增…: the part named is the year's own
    /// disclosure (of all information made, of a running total); other
    /// parts are not the total.
    /// (其中,当年新增…: the part after its own comma.) 主动公开 names the
    /// own part only of a count of something else: after 主动公开信息6467条,
    /// 其中法定主动公开3669条 is one kind of it.
    fn own_part(&self) -> bool {
        let Count {
            t, start, clause, ..
        } = *self;
        // What the sentence counted before its 其中 (read only for a 其中…
        // 主动公开 part).
        // (Less the section's heading run into it: (一)主动公开2024年制作….)
        let parent = || {
            let s0 = self.from;
            let sentence = sentence_at(t, start);
            let mut p = sentence.find("其中").map(|i| &sentence[..i])?;
            // (其中 opening its sentence: what the sentence before counted,
            // 在某网站主动公开…345条,在某局网站…335条。其中,主动公开重点领域
            // 信息172条.)
            if p.trim_matches(|c: char| c.is_whitespace() || c == '。')
                .is_empty()
                && s0 > 0
            {
                p = sentence_at(
                    t,
                    s0 - t[..s0].chars().next_back().map_or(1, char::len_utf8),
                );
            }
            let heading = regex!(
                r"^\s*[(（]?[一二三四五六七八九十0-9]{1,2}[)）、.．]?\s*主动公开(?:政府信息)?(?:情况|工作)?"
            );
            Some(heading.find(p).map_or(p, |h| &p[h.end()..]))
        };
        // (主动通过政府网站公开…68条,其中主动公开信息64条: the verb split.)
        // (Not a count made, the verb before it 制作: 推进主动公开与依申请公开工作
        // 全年共制作政府信息236条,其中主动公开信息数为158条.)
        let parent_proactive = |p: &str| {
            regex!(r"主动(?:[^。;；,，\n]{0,12}?)(?:公开|发布)").is_match(p)
                && !regex!(r"(?:制作|获取)(?:了)?(?:各类)?(?:政府信息|信息)?(?:共计|共)?\s*\d+\s*(?:条|件)\s*[,，]?\s*$")
                    .is_match(p)
        };
        // Nor of a count of documents made or reviewed (发文11条,其中…主动公开
        // 1条; 审核…公文16件,其中主动公开13件): those are the documents marked
        // for disclosure, not the information disclosed.
        let parent_documents = |p: &str| {
            regex!(r"(?:发文|公文|文件)[^,，。;；]{0,12}?\d+\s*(?:件|条|份)\s*[,，]?\s*$")
                .is_match(p)
        };
        // (其中法定主动公开176条 is one kind of what a channel published.)
        // (A running total's part of one year is the year's own, whatever its
        // verb: 到2014年底累计主动公开…1323条,其中2014年主动公开…130条.)
        let year_of_running = |m: &str, p: Option<&str>| {
            regex!(r"其中\s*[,，:：]?\s*(?:(?:19|20)\d{2}\s*年度?|本年度?|今年|当年)").is_match(m)
                && p.is_some_and(|p| p.contains("累计") || p.contains("历年"))
        };
        let own_word = |m: Option<regex::Match>| {
            m.is_some_and(|m| {
                let p = parent();
                (m.as_str().ends_with("新增")
                    || year_of_running(m.as_str(), p)
                    || !p.is_some_and(parent_proactive))
                    && !p.is_some_and(parent_documents)
                    && !m.as_str().contains("法定")
            })
        };
        own_word(regex!(r"其中\s*[,，:：]?[^,，]{0,8}?(?:新增|主动公开)").find(clause))
            || self.prev.trim().trim_end_matches([',', '，']) == "其中"
                && own_word(regex!(r"^[^,，]{0,8}?(?:新增|主动公开)").find(clause.trim_start()))
            // (其中全文电子化达100%,本年度新增…: after a 其中 clause that
            // counts nothing, the year's added items.)
            || self.prev.trim_start().starts_with("其中")
                && !regex!(r"\d\s*(?:余|多)?\s*(?:条|件|篇|项)").is_match(self.prev)
                && own_word(regex!(r"^[^,，]{0,8}?新增").find(clause.trim_start()))
    }

    /// …, 全年总计更新…500条 after its parts is their sum, not one of them.
    fn year_total(&self) -> bool {
        regex!(r"(?:全年|本年度?|今年)(?:共计|合计|总计)").is_match(self.clause)
    }

    /// The count is one part of several the page gives: the rest of a
    /// list, one channel's, one group of units', one item of a breakdown.
    fn is_part(&self, parallel: usize, own_part: bool) -> bool {
        let Count {
            t,
            start,
            clause,
            prev,
            clause_start,
            ..
        } = *self;
        // The rest of a list (其他主动公开1条) is a part too (not 其他渠道 in
        // the words before: 通过网站和其他渠道主动公开…).
        // So is what came through the other channels (通过其他渠道和平台公开…).
        // (A clause that opens with 其他 closes a list: …类0条,其他应当主动
        // 公开的政府信息3条.)
        let rest = ["其他", "其余"]
            .iter()
            .any(|w| t[..start].ends_with(w) || t[start..self.end].contains(w))
            || regex!(r"^\s*(?:同时)?通过其[他余]").is_match(clause)
            || regex!(r"^\s*其[他余]").is_match(clause) && prev.chars().any(|c| c.is_ascii_digit());
        // A later clause of a 其中 breakdown (…513条,其中…26条,…,主动公开招标
        // 采购和应急管理信息14条) is a part too.
        let in_breakdown = t[self.from..clause_start].contains("其中");
        (clause.contains("其中")
            // (A breakdown in the sentence before is another sentence's:
            // …其中包括…类。我办共计发布各类信息共408条.)
            || prev.trim_start().starts_with("其中") && !prev.ends_with(['。', '\n'])
            || rest
            || in_breakdown)
            && !own_part
            || single_channel(counted_after(clause, start - clause_start))
                && !self.sole_channel_sum(parallel)
                && !self.named_total(parallel)
                && !self.electronic_whole()
                && !self.channels_summed_after()
            // (其中主动公开…368条、依申请公开…4条: the list is of the ways
            // information was disclosed, the proactive one the year's own.)
            || self.listed() && !own_part
            || enumerated_channel(clause, prev)
            || self.channel_before()
            || self.next_channel()
            || self.next_sentence_channel()
            || self.sites_beside_new_media()
            || under_channel_item(t, start)
            // Each group of units with its own count (市政府及其部门主动公开…
            // 75656条,县(区)政府及其部门…98113条): parts of the area's, none the
            // total.
            || unit_group_parts(t, start, clause)
    }

    /// One of a list of disclosures joined by 、, each with its count (在网站
    /// 主动公开…217条、公众号主动公开…308条、…146条): a part, whose sum the
    /// text leaves to the reader (unless it is the year's sum after them).
    /// So is the next of counts listed one channel to a clause, after one
    /// channel's count (…通过政府门户网站…公开…信息2548条,宣传册、电子屏公开
    /// 政府信息1876条,…), with a verb of its own, unless it sums them (共,
    /// 合计, 全年) or is the year's part of a running total (今年新增94条).
    /// (A list of kinds, each with its count: 主动公开公文3份、工作目标信息1条、
    /// 人事信息1条.)
    fn listed(&self) -> bool {
        let Count {
            t,
            start,
            end,
            clause,
            prev,
            clause_start,
            ..
        } = *self;
        regex!(r"(?:公开|发布)[^、]{0,30}?\d\s*(?:余|多)?\s*(?:条|件|篇|项|份)\s*、")
            .is_match(&t[clause_start..start])
            || regex!(r"^\s*、[^。;；,，\n]{0,40}?(?:公开|发布)[^。;；,，\n]{0,30}?\d\s*(?:余|多)?\s*(?:条|件|篇|项)")
                .is_match(&t[end..])
            // (Not where the next item is other work done: …信息31852条、完成
            // 留言办理700条.)
            || regex!(r"^\s*、\s*(\p{Han}{1,12}?)\s*\d+\s*(?:余|多)?\s*(?:条|件|篇|项|份)")
                .captures(&t[end..])
                .is_some_and(|c| !OTHER_WORK.iter().any(|w| c[1].starts_with(w)))
            // (The first channel's verb may be another: 向市政府网站报送政务信息
            // 18条,通过镇微信公众号…发布…信息60余条.)
            || regex!(r"(?:公开|发布|报送|推送|更新|上传|刊发|刊登)[^,，]{0,40}?\d\s*(?:余|多)?\s*(?:条|件|篇|项)\s*[,，]?$").is_match(prev)
                && single_channel(prev)
                && (clause.contains("公开") || clause.contains("发布") || clause.contains("公布"))
                // (Not the form's own words for the total after the site's
                // count, no channel named, closing its sentence or broken down
                // after it: 在某市网站发布信息812条,主动公开政府信息779条,其中…;
                // but one item of a list: …,主动公开政府信息11条,建议提案办理
                // 情况1条,….)
                && !(clause.trim_start().starts_with("主动公开")
                    && channel_count(clause) == Some(0)
                    && !regex!(r"^\s*[,，、]\s*[^。;；,，、\n其]{1,20}?\d+\s*(?:余|多)?\s*(?:条|件|篇|项)")
                        .is_match(&t[end..]))
                // (Not where the clause names channels of its own first:
                // 利用主流媒体、微信平台等载体共发布信息1005条 sums those.)
                && (!["共", "合计", "总计", "累计", "全部", "全年", "新增"]
                    .iter()
                    .any(|w| clause.contains(w))
                    || regex!(r"^\s*(?:同时)?(?:利用|通过|依托|在)").is_match(clause))
    }

    /// Another channel's count earlier in the count's paragraph.
    fn earlier_channel(&self) -> bool {
        let line_start = line_start(self.t, self.start);
        let earlier = &self.t[line_start..self.from.max(line_start)];
        channel_count_re().is_match(earlier)
    }

    /// A channel's count in a sentence of its own after another channel's
    /// count in its paragraph (在某街道网站发布信息225条…。在某区政府网发布
    /// 政府信息327条): a part too, unless it sums (通过网站和新媒体公开各类
    /// 政府信息43873条).
    fn next_sentence_channel(&self) -> bool {
        regex!(r"^\s*(?:同时)?(?:在|通过|依托|利用)").is_match(self.clause)
            && !regex!(r"共|合计|总计|累计|各类|各项|各种").is_match(self.clause)
            && self.earlier_channel()
    }

    /// The sites' count (全县各政府网站共发布政府信息15002条), all of them
    /// but no other kind of channel, where its paragraph counts the new
    /// media's after it (政务新媒体公开政府信息8227条): one kind's part.
    fn sites_beside_new_media(&self) -> bool {
        let Count { t, end, clause, .. } = *self;
        // (The rest of its paragraph, three sentences at most.)
        let line_end = t[end..].find('\n').map_or(t.len(), |i| end + i);
        let line_end = t[end..line_end]
            .match_indices('。')
            .nth(2)
            .map_or(line_end, |(i, _)| end + i);
        // (The sites right before the verb: their subject.)
        regex!(r"(?:网站|门户网)[^。;；,，\s]{0,6}?(?:共|累计)?(?:主动)?(?:公开|发布|更新)").is_match(clause)
            && !regex!(r"新媒体|公众号|微信|微博|客户端|平台|等").is_match(clause)
            && regex!(r"(?:^|[。;；,，])\s*(?:同时)?(?:通过|在|依托|利用)?\s*(?:各类|各)?(?:政务)?(?:新媒体|微信公众号|公众号|微信|微博|客户端)(?:平台|账号)?[^。;；,，\d]{0,20}?(?:公开|发布|推送)[^。;；,，]{0,20}?\d+\s*(?:余|多)?\s*(?:条|件|篇)")
                .is_match(&t[end..line_end])
    }

    /// A channel named in a clause of its own before the count, as a place
    /// (在市政府门户网站,某局主动公开信息3626条): the count is that channel's.
    /// (Not the means the unit discloses by: 依托门户网站,本局主动公开…61条.)
    /// (Nor, by another channel named on the page, one it discloses by:
    /// …通过政府网站,主动公开各类政府信息3925条。…通过微信公众号推送信息736条;
    /// unless the count sums: …,公开各类政府信息共计161712条.)
    fn channel_before(&self) -> bool {
        let prev = self.prev;
        (regex!(r"^\s*(?:在|于)[^\d。;；,，\n]{1,30}[,，]$").is_match(prev.trim_start())
            || regex!(r"(?:通过|依托|利用)[^\d。;；,，\n]{1,30}[,，]$").is_match(prev)
                && !regex!(r"共|合计|总计").is_match(self.clause)
                && other_channels_named(self.t, self.start))
            && single_channel(prev)
    }

    /// A count of named channels, the next clause counting another channel
    /// (通过市政府门户网站及本部门门户网站主动公开信息共计794条,通过政务新
    /// 媒体发布信息251条): a part, even summed over its own channels.
    fn next_channel(&self) -> bool {
        regex!(r"通过|依托|利用").is_match(self.clause)
            && named_channels(self.clause)
            && regex!(r"^\s*(?:余|多)?\s*(?:条|件|篇)?\s*[,，;；]\s*(?:同时)?(?:通过|在|依托|利用)[^。;；,，\n]{1,40}?(?:公开|发布|推送|更新)[^。;；,，\n]{0,30}?\d\s*(?:余|多)?\s*(?:条|件|篇)")
                .is_match(&self.t[self.end..])
    }

    /// One channel's sum broken down by topic, no other channel in its
    /// sentence (依托某县门户网站共主动公开政府信息290条,其中政策文件7条…):
    /// the unit discloses there, the sum is its total. (Not where the
    /// breakdown counts another channel: …其中…微信公众号发布信息75条.)
    /// (Summed by 各类 as well: 在门户网站公开各类政府信息N条,其中…; the
    /// breakdown may be a sentence of its own: …累计主动公开…N条。其中….)
    /// (…703条,主要包括街道动态260条…: 主要 before.)
    fn sole_channel_sum(&self, parallel: usize) -> bool {
        let Count { t, end, clause, .. } = *self;
        // (…4条,含工作动态1条: 含 opens it too.)
        let breakdown_at =
            regex!(r"^\s*(?:余|多)?\s*[,，:：。]?\s*(?:主要|内容)?(其中|涉及|包括|包含|涵盖|含)")
                .captures(&t[end..])
                .and_then(|c| c.get(1))
                .map(|m| end + m.start());
        // (共新增主动公开…50条.)
        let summed = regex!(r"(?:共|共计|累计)(?:新增)?(?:主动)?(?:公开|发布)|(?:公开|发布)(?:了)?(?:各类|各项|各种)|(?:公开|发布)(?:了)?(?:政府|政务)?信息(?:共计|共|合计|总计)")
            .is_match(clause);
        // A plain proactive count (通过某区政府网站主动公开政府信息33件,其中…)
        // is the unit's total where the page names no other channel beside its
        // site (see [`other_channels_named`]).
        // (Not where the breakdown names the statutory part, 其中法定主动公开…,
        // or the proactive part, 其中主动公开信息35条: the site's count holds
        // more than disclosure.)
        let plain = || {
            (clause.contains("主动公开")
                || clause.contains("主动公布")
                || regex!(
                    r"公开(?:了)?(?:本年度?|全年)?(?:的)?(?:政府|政务)?信息\s*(?:共|共计)?\s*\d"
                )
                .is_match(clause))
                && !other_channels_named(t, self.start)
                && !breakdown_at.is_some_and(|from| {
                    let head = crate::text::first_chars(&t[from..], 12);
                    head.contains("法定") || head.contains("主动公开")
                })
        };
        parallel == 1
            && (summed || plain())
            && breakdown_at.is_some_and(|from| {
                let breakdown = &t[from..sentence_bounds(t, from).1];
                // (媒体: 新媒体, 微媒体, 政务媒体.)
                let others = [
                    "微信",
                    "微博",
                    "公众号",
                    "媒体",
                    "客户端",
                    "公开栏",
                    "报纸",
                    "报刊",
                ];
                // (Nor where the paragraph goes on with another channel's
                // count: …门户网站累计公开…105条,其中….通过…微信公众平台发布…185篇.)
                let line_end = line_end(t, from);
                let later = &t[sentence_bounds(t, from).1..line_end];
                let other_channel_count = later.split('。').any(|s| {
                    others.iter().any(|w| s.contains(w))
                        && regex!(r"\d\s*(?:余|多)?\s*(?:条|件|篇)").is_match(s)
                });
                // (Nor after another channel's count earlier in its paragraph:
                // 通过…门户网站…信息57条。通过部门子站点主动公开…120条,其中….)
                // (The site's own columns listed are topics of its count:
                // …内容涉及政府公开指南、领导分工、…等栏目.)
                let columns = regex!(r"等(?:栏目|专栏|板块|版块)").is_match(breakdown);
                (!single_channel(breakdown) || columns)
                    && !others.iter().any(|w| breakdown.contains(w))
                    && !other_channel_count
                    && !self.earlier_channel()
            })
    }

    /// The first sentence under a heading that names the total (1、主动公开
    /// 信息总数) gives it, on whichever channel the unit published.
    /// (Not where other channels' counts follow in its sentence: 在网站…9条,
    /// 在新媒体…52条.)
    /// (A running total after it is no other channel's: …20条,历年累计345条.)
    fn named_total(&self, parallel: usize) -> bool {
        let Count { t, start, end, .. } = *self;
        parallel == 1
            && under_total_heading(t, start)
            && !regex!(r"\d\s*(?:余|多)?\s*(?:条|件|篇|项)").is_match(
                &regex!(r"历年累计[^。;；,，\n]{0,20}?\d+\s*(?:条|件|篇|项)")
                    .replace_all(&t[end..sentence_bounds(t, end).1], ""),
            )
    }

    /// A count its breakdown (其中…) splits into the counts of two or more
    /// kinds of channel, adding up to it (…平台公开政府信息共计677条,其中,政府
    /// 网站…387条、…微信服务号发布信息290条): the sum over them, whatever
    /// one channel its own clause names.
    fn channels_summed_after(&self) -> bool {
        let Count { t, start, end, .. } = *self;
        let Some(total) = regex!(r"(\d+)\s*(?:余|多)?\s*(?:条|件|篇)?$")
            .captures(&t[start..end])
            .and_then(|c| c[1].parse::<i64>().ok())
        else {
            return false;
        };
        let rest = &t[end..sentence_bounds(t, end).1];
        let Some(b) = regex!(r"^\s*(?:条|件|篇)?\s*[,，]?\s*其中\s*[,，:：]?").find(rest)
        else {
            return false;
        };
        let breakdown = &rest[b.end()..];
        let counts = counts_of(regex!(r"(\d+)\s*(?:条|件|篇)"), breakdown);
        // (网 for a site of any name: 网站, 政府网, 门户网.)
        let kinds: [&[&str]; 5] = [
            &["网"],
            &["微信", "公众号"],
            &["微博"],
            &["客户端", "APP"],
            &["公开栏", "公示栏"],
        ];
        let named = kinds
            .iter()
            .filter(|k| k.iter().any(|w| breakdown.contains(w)))
            .count();
        counts.len() >= 2 && named >= 2 && counts.iter().sum::<i64>() == total
    }

    /// The early form's sentence of the total, however it names its site:
    /// …主动公开政府信息69条,(其中)全文电子化… (all of it in electronic
    /// full text). Not where the page counts another channel's items too
    /// (…门户网站主动公开信息N条,全文电子化率达100%。…依托微信公众号发布…M条):
    /// then the site's is one channel's.
    fn electronic_whole(&self) -> bool {
        self.clause.contains("主动公开")
            && regex!(r"^\s*(?:余|多)?\s*(?:条|件|篇|项)?\s*[,，]?\s*(?:其中)?\s*全文电子化")
                .is_match(&self.t[self.end..])
            && !other_channels_named(self.t, self.start)
    }

    /// A running total over years (历年), or to date (截至目前,…累计, the
    /// date anywhere in the sentence before; not 自…年1月至今累计, the year's
    /// own); or the items of one periodical.
    fn running_total(&self) -> bool {
        let Count {
            t,
            end,
            clause,
            prev,
            from,
            ..
        } = *self;
        // (到目前, 迄今 likewise, where the sentence names no year: 自2014年1月
        // 到目前 would be the year's own. And the 2008 form's 本地本单位到某年底
        // 累计主动公开…, 截至2016年底…累计: to the end of a year, from no start,
        // is since the first report.)
        let to_date = || {
            let before = &t[from..end];
            regex!(r"截[至止](?:目前|今|现在)").is_match(before)
                || regex!(r"(?:到|截至|截止)\s*(?:(?:19|20)\d{2}\s*)?年\s*(?:底|末)")
                    .is_match(before)
                    && !regex!(r"[自从]\s*(?:(?:19|20)\d{2}\s*年|本年|今年|年初)").is_match(before)
                || regex!(r"到(?:目前|现在)|迄今|目前为止").is_match(before)
                    && !regex!(r"(?:19|20)\d{2}\s*年").is_match(before)
        };
        // Or a running total followed by the year's own part (…累计公开政府信息
        // 846条,其中本年度…公开214条; another count between: …累计主动公开
        // 政府信息8344条,依申请公开信息97条。其中,2012年度…).
        let year_part_after = || {
            regex!(r"^\s*(?:余|多)?\s*(?:条|件|篇|项)?(?:\s*[,，]\s*[^。;；,，\n]{0,20}?\d+\s*(?:条|件|篇|项))?\s*[,，。]\s*其中[,，]?\s*(?:本年度?|今年|当年|(?:19|20)\d{2}\s*年度?)")
                .is_match(&t[end..])
        };
        // (Not the year's own information counted to its end: 截至2009年
        // 底,…累计主动公开2009年度政府信息28条.)
        let year_named = || {
            regex!(r"(?:19|20)\d{2}\s*年度?(?:的)?(?:政府|政务)?信息").is_match(&t[self.start..end])
        };
        // Or one broken down by years (…109条,其中2009年11条,2010年11条,…):
        // over years, whatever the clause says.
        let by_years_after = || {
            regex!(r"^\s*(?:余|多)?\s*(?:条|件|篇|项)?\s*[,，]\s*其中[,，:：]?\s*(?:19|20)\d{2}\s*年度?\s*\d+\s*(?:条|件|篇|项)\s*[,，、;；]\s*(?:19|20)\d{2}\s*年度?\s*\d+\s*(?:条|件|篇|项)")
                .is_match(&t[end..])
        };
        // Or one told under a span of years (2013年到2017年,…数据如下:
        // 截止2017年12月末,累计主动公开…457条): over those years.
        let span_of_years = || {
            let back = crate::text::chars_before(t, from, 80);
            regex!(r"((?:19|20)\d{2})\s*年\s*(?:到|至|—|－|-|~)\s*((?:19|20)\d{2})\s*年")
                .captures_iter(&t[back..end])
                .any(|c| c[1] < c[2])
        };
        clause.contains("历年")
            || by_years_after()
            || clause.contains("累计") && span_of_years()
            || clause.contains("累计") && (to_date() || year_part_after()) && !year_named()
            // The items of one periodical, its issues counted in the clause
            // before (共发行《某市政报》12期,发布政府信息662条).
            || regex!(r"《[^《》]{1,20}》\s*(?:共|计)?\s*\d+\s*期").is_match(prev)
    }

    /// The rank of a count that is no part: 1 the year's overall count, -1
    /// the year's own part of a larger one, -2 a running or related one.
    fn rank(&self, parallel: usize, own_part: bool) -> Option<i32> {
        let Count {
            t,
            clause,
            from,
            clause_start,
            ..
        } = *self;
        let total_word = ["共计", "合计", "总计", "总数", "共"]
            .iter()
            .any(|w| clause.contains(w));
        // A channel's own sum (通过各类新媒体共发布…;通过门户网站共发布…) is
        // still one of the parallel parts.
        if parallel >= 2 && (!total_word || opens_with_channel(clause)) {
            return None;
        }
        // (全省 and the like before the verb, as its subject: 全市共主动公开…;
        // not inside what was disclosed: 主动公开…全省教育系统…信息共18条.)
        let before_verb = ["公开", "发布", "公布"]
            .iter()
            .filter_map(|v| clause.find(v))
            .min()
            .map_or(clause, |i| &clause[..i]);
        let overall = [
            "各类", "全部", "全年", "本年", "今年", "共计", "合计", "总计",
        ]
        .iter()
        .any(|w| clause.contains(w))
            || ["全县", "全市", "全区", "全省", "全旗"]
                .iter()
                .any(|w| before_verb.contains(w))
            // A clause opening with 共 after two counts or more in its sentence
            // sums them (…医疗卫生信息8条,财政信息6条,共公开信息44条).
            || clause.trim_start().starts_with('共')
                && regex!(r"\d\s*(?:余|多)?\s*(?:条|件|篇|项)")
                    .find_iter(&t[from..clause_start])
                    .count()
                    >= 2;
        // 累计 without the year's words is a running total (累计主动公开…4002条.
        // 2019年新增…362条): below the year's own count. So is what a
        // platform holds, compiled over the years (在该平台共整理公开…3819
        // 条,…本年度新增…169条).
        // (But 累计 right after the year alone is the year's: 2021年,政府信息
        // 累计公开4366条.)
        let year_opened = regex!(r"^\s*(?:19|20)\d{2}\s*年度?\s*[,，]?\s*$").is_match(self.prev)
            || regex!(r"^\s*(?:19|20)\d{2}\s*年度?").is_match(clause);
        let running =
            (clause.contains("累计") || clause.contains("整理公开")) && !overall && !year_opened;
        // The year's own part (其中,当年新增231条) is above a running total.
        Some(if overall && !own_part {
            1
        } else if own_part {
            -1
        } else if running || clause.contains("相关") {
            -2
        } else {
            0
        })
    }
}

/// A channel's count of information (通过…门户网站…信息57条, 在市政府信息
/// 公开平台累计发布信息178条, 使用某镇官方微信公众号公开信息90条).
fn channel_count_re() -> &'static Regex {
    regex!(
        r"(?:通过|在|依托|利用|使用)[^。;；]{0,40}?(?:网站|平台|公众号|微信|微博|公开栏|子站|新媒体|客户端)[^。;；]{0,40}?\d\s*(?:余|多)?\s*(?:条|件|篇)"
    )
}

/// Whether the channels a count's match lists before 等 (`whole`, at
/// `start`: 利用“某某发布”微信公众号、“掌上某某”APP等媒体发布…) are
/// accounts, no site, while its sentence counts a site's items before
/// (通过政府门户网站发布信息70余件,…,并…): the accounts' part, not the
/// whole.
fn accounts_beside_site(t: &str, start: usize, whole: &str) -> bool {
    let Some(listed) = whole.split('等').next().filter(|l| l.len() < whole.len()) else {
        return false;
    };
    !regex!(r"网站|门户|政府网|信息网|公开网|平台").is_match(listed)
        && regex!(
            r"(?:网站|门户网|政府网|信息网|公开网)[^。;；]{0,20}?\d\s*(?:余|多)?\s*(?:条|件|篇)"
        )
        .is_match(&t[sentence_bounds(t, start).0..start])
}

/// Whether the page names another channel beside the one a count at
/// `start` is on: several listed before it in its paragraph (通过门户网站、
/// 微信公众号等多种途径…), or another channel's count anywhere else on the
/// page, its own sentence before it too (…在市政府信息公开平台累计发布信息
/// 178条; 在公众号推送信息30余条, a stop lost before the count).
fn other_channels_named(t: &str, start: usize) -> bool {
    let (s0, s1) = sentence_bounds(t, start);
    let line_start = line_start(t, start);
    let before = &t[line_start..s0.max(line_start)];
    regex!(r"(?:网站|网|平台)[^。;；\n]{0,12}?[、和及与][^。;；\n]{0,12}?(?:微信|微博|公众号|新媒体|客户端|报刊|公开栏)|等多种(?:途径|渠道|方式|形式|载体)")
        .is_match(before)
        || channel_count_re().is_match(&t[..start])
        || channel_count_re().is_match(&t[s1..])
}

/// Whether `clause` (the count's, at `start`) opens with a group of units
/// (市政府及其部门, 县(区)政府及其部门, 各乡镇, 市直单位) and another clause
/// of its sentence opens with one too and holds a count: the parts an
/// area's disclosure is told in.
fn unit_group_parts(t: &str, start: usize, clause: &str) -> bool {
    let group = regex!(
        r"^\s*(?:(?:19|20)\d{2}\s*年(?:度)?\s*[,，]?\s*)?[^,，。;；\d]{0,12}?(?:及其部门|及其所属部门|及所属部门|各部门|直单位|直部门|直各部门|各县(?:市|区)?|县\s*[(（]\s*(?:市|区)\s*[)）]|各区县|各乡镇|各街道)"
    );
    if !group.is_match(clause) {
        return false;
    }
    let (s0, s1) = sentence_bounds(t, start);
    t[s0..s1]
        .split([',', '，', ';', '；'])
        .map(|c| c.trim_start_matches('。'))
        .filter(|c| group.is_match(c))
        .filter(|c| regex!(r"\d\s*(?:余|多)?\s*(?:条|件|篇|项)").is_match(c))
        .count()
        >= 2
}

/// Verbs that open an item of other work done beside a count of
/// information (完成留言办理700条, 征集调查5期, 回复咨询12件).
const OTHER_WORK: [&str; 12] = [
    "完成", "办理", "回复", "答复", "开展", "举办", "举行", "征集", "受理", "处理", "接待", "组织",
];

/// The part of `clause` after the last count before byte `own` (where the
/// count's own match starts): a clause run on from another channel's count
/// (微信公众号更新信息40余条政府官方网站主动公开政府信息86条, a stop lost)
/// names its own channel after that count.
fn counted_after(clause: &str, own: usize) -> &str {
    regex!(r"\d\s*(?:余|多)?\s*(?:条|件|篇|项|个)")
        .find_iter(&clause[..own])
        .last()
        .map_or(clause, |m| &clause[m.end()..])
}

/// Whether the sentence around `at` is the first under a heading line that
/// names the count of proactive disclosure (1、主动公开信息总数; (二)主动公开
/// 政府信息数量:).
fn under_total_heading(t: &str, at: usize) -> bool {
    let heading = regex!(
        r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:本机关|本年度?)?主动公开(?:政府信息|政务信息|信息)?(?:的)?(?:总数|总量|数量)\s*[:：]?$"
    );
    let (sentence_start, _) = sentence_bounds(t, at);
    let before = t[..sentence_start].trim_end();
    let line = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    // (Or run in before the sentence, up to its colon: 1、主动公开政府信息
    // 的数量:2019年,我局…. The heading's own colon is optional.)
    let run_in = || {
        let head = &t[sentence_start..at];
        head.find([':', '：'])
            .is_some_and(|i| heading.is_match(&head[..i]))
    };
    heading.is_match(line) || run_in()
}

/// Whether the paragraph around `at` is an item of a list of channels: it
/// opens with its mark and a channel's name alone (（一）政府网站。…; 2.政务
/// 微博), or follows such a heading on a line of its own. Its count is that
/// channel's, not the year's total.
fn under_channel_item(t: &str, at: usize) -> bool {
    let item = regex!(
        r"^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、.．])\s*(\p{Han}{2,10}?)\s*(?:[。.:：]|$)"
    );
    let names_channel = |l: &str| {
        item.captures(l).is_some_and(|c| {
            let name = &c[1];
            CHANNEL_WORDS.iter().any(|w| name.ends_with(w)) && single_channel(name)
        })
    };
    let line_start = line_start(t, at);
    if names_channel(&t[line_start..at]) {
        return true;
    }
    // (The heading on the line before: （一）政府网站⏎2019年，在门户网站….)
    t[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            item.captures(l)
                .is_some_and(|c| c.get(0).is_some_and(|m| m.end() == l.len()))
                && names_channel(l)
        })
}

/// Where a proactive count sits, to tell parallel parts (see [`first_int`]).
struct Segment {
    /// Start of its sentence and of its line.
    sentence: usize,
    line: usize,
    /// Semicolons before it in its sentence, less those that open a
    /// breakdown (;其中).
    semi: usize,
    /// For a count in a clause that opens with its channel (通过…), the
    /// channel clauses before it in its sentence.
    channel: Option<usize>,
    /// Its sentence opens with 其中: a breakdown of the count before.
    breakdown: bool,
    /// 其中 stands before it in its sentence: a part of a count before.
    part: bool,
}

/// Does 其中 stand in `s` outside brackets (…26条,其中,…; not …1226条(其中
/// 原创317条);…136条, a part of the count in the brackets only)?
fn breakdown_before(s: &str) -> bool {
    let mut depth = 0usize;
    s.char_indices().any(|(i, c)| {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && s[i..].starts_with("其中")
    })
}

/// A match of a table's pattern: where it starts and ends, and its value
/// with its span.
type Found = (usize, usize, Located<i64>);

/// First match of a table: value (0 for zero-statements) and span. With
/// `check_ctx` (proactive totals) every match is ranked by
/// [`proactive_rank`] and the best, then the first, wins.
fn first_int(doc: &Doc, page: &Page, kind: T, check_ctx: bool) -> Option<Located<i64>> {
    let found = matches_of(doc, page, kind, check_ctx);
    if check_ctx {
        best_proactive(&doc.norm.text, page, found)
    } else {
        earliest(doc, &found)
    }
}

/// The matches of a table that its rules keep; without `check_ctx` only
/// the first match of each pattern, and its first match of a new count
/// (新收, see [`earliest`]).
fn matches_of(doc: &Doc, page: &Page, kind: T, check_ctx: bool) -> Vec<Found> {
    let t = &doc.norm.text;
    let mut found: Vec<Found> = Vec::new();
    // (A pattern no sentence can hold builds no iterator: most of them.)
    for r in pats(kind).iter().filter(|r| r.may_match(page)) {
        // Without `check_ctx`: after the first match, only the rest of its
        // sentence is read, for a new count.
        let mut sentence_end: Option<usize> = None;
        for c in r.captures_iter(page) {
            let Some(whole) = c.get(0) else { break };
            if !check_ctx && sentence_end.is_some_and(|e| whole.start() >= e) {
                break;
            }
            if refused(t, page, kind, r.rule, whole) {
                continue;
            }
            let (value, m) = match c.get(1) {
                Some(g) => (parse_int(g.as_str().trim()), g),
                None if NOT_NEGATIONS.iter().any(|w| whole.as_str().starts_with(w)) => continue,
                None => (Some(0), whole),
            };
            let Some(v) = value else { continue };
            if not_this_count(t, kind, whole, m) {
                continue;
            }
            let new = is_new_count(t, whole.start(), whole.end());
            if !check_ctx && sentence_end.is_some() && !new {
                continue;
            }
            let loc = Located::new(v, doc.norm.orig_span(m.start(), m.end()));
            found.push((whole.start(), whole.end(), loc));
            if !check_ctx && (new || sentence_end.is_some()) {
                break;
            }
            sentence_end = Some(count_scope(t, whole.start()).1);
        }
    }
    found
}

/// Whether the rule's conditions, or the table's, refuse a match.
fn refused(t: &str, page: &Page, kind: T, rule: &Rule, whole: Group) -> bool {
    let (start, end) = (whole.start(), whole.end());
    rule.need.is_some_and(|w| !speaks_of(t, start, end, w))
        || rule.section_lead && !sole_count(t, start, end)
        || rule.channel_part && sibling_count(t, start, end)
        || rule.result_part && (result_count_after(t, end) || result_count_before(t, start))
        || rule.not_with_carried && includes_carried(t, end)
        || rule.not_beside_proactive && beside_proactive(t, start, end)
        || rule.says_no_more && fate_told(t, end)
        || rule.of_listed_channels && accounts_beside_site(t, start, whole.as_str())
        || rule.sum_of_parts && !sum_of_counts_before(t, start, whole.as_str())
        || rule.not_after.iter().any(|w| t[..start].ends_with(w))
        || rule.not_before.iter().any(|w| t[end..].starts_with(w))
        || !rule.before.is_empty() && !rule.before.iter().any(|w| t[end..].starts_with(w))
        || !rule.after.is_empty() && !rule.after.iter().any(|w| t[..start].ends_with(w))
        || rule.not_holding.iter().any(|w| whole.as_str().contains(w))
        || kind.counts_applications() && other_service(t, start, end)
        || kind.counts_applications() && delegated(t, start)
        || matches!(kind, T::AppsNew) && with_carried_before(t, start)
        || matches!(kind, T::CarriedNext) && between_years(t, start, whole.as_str(), page.year)
        || matches!(kind, T::NaturalPerson) && total_with_carried_before(t, start)
        || matches!(kind, T::Proactive) && page.township && wider_place_count(t, start, end)
}

/// A number read (`m`, in the match `whole`) that counts something else.
fn not_this_count(t: &str, kind: T, whole: Group, m: Group) -> bool {
    // The report's parts counted (…收到和处理政府信息公开申请情况3个
    // 部分) count nothing it reports.
    t[m.end()..].trim_start().starts_with("个部分")
        || kind.counts_applications()
            && (counted_again(t, whole.start(), m.start())
                || one_way_in(whole.as_str(), &t[m.end()..sentence_bounds(t, m.end()).1]))
}

/// The earliest match; at one start the count nearest the verb
/// (受理…事项2件,其中:受理当面申请0件 received 2), then the first
/// pattern's. A new count in its sentence wins over it (受理…59件,
/// 结转上年后新收到…47件 received 47 new ones).
fn earliest(doc: &Doc, found: &[Found]) -> Option<Located<i64>> {
    let t = &doc.norm.text;
    let earliest = found.iter().min_by_key(|f| (f.0, f.1))?;
    let scope = count_scope(t, earliest.0);
    let chosen = found
        .iter()
        .filter(|f| (scope.0..scope.1).contains(&f.0) && is_new_count(t, f.0, f.1))
        .min_by_key(|f| (f.0, f.1))
        .unwrap_or(earliest);
    Some(listed_total(doc, chosen.1).unwrap_or(chosen.2))
}

/// The proactive count that ranks best (see [`proactive_rank`]), then the
/// first.
fn best_proactive(t: &str, page: &Page, mut found: Vec<Found>) -> Option<Located<i64>> {
    // One count matched by several patterns is one count (the first
    // pattern's match), not several parallel ones.
    let mut seen = std::collections::HashSet::new();
    found.retain(|f| seen.insert((f.2.span.start, f.2.span.end)));
    let segments = segments(t, &found);
    found
        .iter()
        .zip(&segments)
        .filter(|&(&(start, end, _), _)| proactive_rank(t, start, end, 1, page.unit).is_some())
        .filter_map(|(&(start, end, loc), seg)| {
            let parallel = parallel_parts(&segments, seg);
            proactive_rank(t, start, end, parallel, page.unit).map(|rank| (rank, start, loc))
        })
        .min_by_key(|&(rank, start, _)| (std::cmp::Reverse(rank), start))
        .map(|f| f.2)
}

/// Where each proactive count sits. Counts in one sentence split by
/// semicolons are parallel parts (省直单位…14.9万条;各市…39.9万条);
/// 其中-parts do not count. So are counts of channels, each in its own
/// clause (通过网站…43条,通过报刊…285条: no total), even where one is
/// refused as a single channel; a total before them (共公开442条,通过网站…)
/// is no channel clause.
fn segments(t: &str, found: &[Found]) -> Vec<Segment> {
    // The clause is the count's, where the match ends (a match may open
    // in a heading before it: 主动公开政府信息的形式:通过网站公开…20条).
    // After a heading's colon (…的形式:通过网站…), the clause opens there.
    let channel_clause = |end: usize| {
        let from = clause_boundary(&t[..end]);
        let from = t[from..end]
            .char_indices()
            .rfind(|&(_, c)| matches!(c, ':' | '：'))
            .map_or(from, |(i, c)| from + i + c.len_utf8());
        opens_with_channel(&t[from..end])
    };
    found
        .iter()
        .map(|&(start, end, _)| {
            let (s0, s1) = sentence_bounds(t, start);
            let s = &t[s0..s1];
            let channel = channel_clause(end).then(|| {
                regex!(r"[,，]\s*(?:同时)?(?:通过|利用|依托)")
                    .find_iter(&t[s0..start])
                    .count()
            });
            Segment {
                sentence: s0,
                line: line_start(t, s0),
                // (Not one that opens a breakdown, ;其中…, as a comma would.)
                semi: t[s0..start]
                    .match_indices([';', '；'])
                    .filter(|(i, c)| !t[s0 + i + c.len()..].trim_start().starts_with("其中"))
                    .count(),
                channel,
                breakdown: s
                    .trim_start_matches(|c: char| c == '。' || c.is_whitespace())
                    .starts_with("其中"),
                part: breakdown_before(&t[s0..start]),
            }
        })
        .collect()
}

/// How many parallel parts a count at `seg` is one of: parts of one
/// sentence, or a channel's clauses anywhere in its paragraph (通过网站…
/// 7191条。通过微信、微博等…5455条), but not those of a breakdown of the
/// count before (…等形式主动公开…8769条。其中,通过市政府网站公开…2100条,…),
/// nor for a count the parts after 其中 in its sentence (…26条,其中,…13条;
/// …;其他应主动公开的政府信息3条).
fn parallel_parts(segments: &[Segment], seg: &Segment) -> usize {
    let mut segs: Vec<(usize, usize, usize)> = segments
        .iter()
        .filter(|s| match seg.channel {
            None => s.sentence == seg.sentence && (seg.part || !s.part),
            Some(_) => {
                s.line == seg.line
                    && s.channel.is_some()
                    && (s.sentence == seg.sentence || !s.breakdown)
            }
        })
        .map(|s| match seg.channel {
            None => (0, s.semi, 0),
            Some(_) => (s.sentence, s.semi, s.channel.unwrap_or(0)),
        })
        .collect();
    segs.sort_unstable();
    segs.dedup();
    segs.len()
}

fn fees(doc: &Doc, page: &Page) -> Option<Located<f64>> {
    for r in pats(T::FeesAmount) {
        if let Some(c) = r.captures_iter(page).next() {
            let g = c.get(1)?;
            if let Some(v) = parse_yuan(&format!("{}元", g.as_str().trim())) {
                return Some(Located::new(v, doc.norm.orig_span(g.start(), g.end())));
            }
        }
    }
    for r in pats(T::FeesZero) {
        // 没有发生相关行政事业性收费情况 speaks of the unit's administrative
        // fees (a row of section 二), not of fees for disclosure.
        if let Some(m) = r
            .captures_iter(page)
            .filter_map(|c| c.get(0))
            .find(|m| !m.as_str().contains("行政事业"))
        {
            return Some(Located::new(0.0, doc.norm.orig_span(m.start(), m.end())));
        }
    }
    None
}

/// Words of the standard layouts' tables: the first table's first column
/// head of either form, section 三's first row.
const TABLE_WORDS: [&str; 3] = [
    "本年新制作数量",
    "本年制发件数",
    "本年新收政府信息公开申请数量",
];

/// Headings of the pre-2019 layout (概述, 依申请公开政府信息情况, 收费及减免).
fn looks_narrative(t: &str) -> bool {
    let n = crate::template::NARRATIVE_HEADINGS
        .iter()
        .filter(|m| t.contains(*m))
        .count();
    let table = TABLE_WORDS.iter().any(|w| t.contains(w));
    let modern = t.contains("总体情况") && !t.contains("概述");
    !table && (n >= 2 || (n >= 1 && !modern))
}

/// Are the numbered section headings of `t` the narrative layout's, one of
/// them one the standard layouts lack, with nothing of those layouts
/// showing? A later year's report written in the old layout (一、主动公开
/// 政府信息情况 … 三、政府信息公开的收费及减免情况 in a report on 2019).
pub fn old_layout(t: &str) -> bool {
    // (主动公开政府信息情况 heads a section of both layouts.)
    let standard = crate::template::STANDARD_HEADINGS
        .iter()
        .filter(|m| !crate::template::NARRATIVE_HEADINGS.contains(m))
        .chain(&TABLE_WORDS)
        .any(|m| t.contains(m));
    if standard {
        return false;
    }
    let headings: Vec<&str> = t
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let rest = l.trim_start_matches(['一', '二', '三', '四', '五', '六', '七', '八']);
            (rest.len() < l.len())
                .then(|| rest.strip_prefix(['、', '.', '．']))
                .flatten()
        })
        .filter(|h| {
            crate::template::NARRATIVE_HEADINGS
                .iter()
                .any(|m| h.contains(m))
        })
        .collect();
    let old_only = |h: &&str| !h.contains("主动公开政府信息");
    headings.len() >= 2 && headings.iter().any(old_only)
}

/// Every applicant a natural person, said in a clause of its own with no
/// count (收到申请2件,是上年的一半。申请人为自然人,…; 收到申请11件,其中
/// 网上9件、信函2件,全部属自然人申请件): the year's new applications, when
/// there were any. (Not one of them: 其中1件申请人为
/// 自然人 has its count before, 申请人为自然人的1件 after.)
fn all_natural_persons(t: &str, new: &Located<i64>) -> Option<Located<i64>> {
    if new.value == 0 {
        return None;
    }
    let m = regex!(
        r"(?:^|[。;；,，\n])\s*(?:(?:申请主体|申请人)(?:的)?(?:类型|身份|类别)?(?:均|全部|都|皆)?|均|全部|都|皆)(?:为|是|系|属|属于)自然人(?:提出(?:的)?申请|申请件|申请)?\s*(?:[。;；,，\n]|$)"
    )
    .find(t)?;
    Some(Located::new(new.value, Span::new(m.start(), m.end())))
}

pub fn extract_narrative(doc: &Doc, template: Option<Template>) -> NarrativeNumbers {
    extract_narrative_for(doc, template, &Headline::default(), Speaker::default())
}

/// [`extract_narrative`] for the fields `known` leaves empty (the rest are
/// not searched: the table figure wins over prose, see
/// [`crate::extract::extract`]); apps_new is always searched, for the
/// `narrative_apps_in_table_report` flag. `level` is the unit's, where
/// meta found it.
/// What meta read of the unit whose report it is: its level and name.
#[derive(Debug, Clone, Copy, Default)]
pub struct Speaker<'a> {
    pub level: Option<Level>,
    pub name: Option<&'a str>,
    /// The year the report covers, where meta read it: a count carried
    /// between two years written out goes to the next year only when the
    /// second is the one after it (see [`between_years`]).
    pub year: Option<i32>,
}

pub fn extract_narrative_for<'t>(
    doc: &'t Doc,
    template: Option<Template>,
    known: &Headline,
    speaker: Speaker<'t>,
) -> NarrativeNumbers {
    let t = &doc.norm.text;
    let mut page = Page::new(t);
    page.township = speaker.level == Some(Level::Township);
    page.unit = speaker.name;
    page.year = speaker.year;
    let page = &page;
    let int = |have: &Option<Located<i64>>, kind: T, ctx: bool| {
        if have.is_some() {
            None
        } else {
            first_int(doc, page, kind, ctx)
        }
    };
    let mut h = Headline {
        proactive_total: int(&known.proactive_total, T::Proactive, true),
        apps_new: first_int(doc, page, T::AppsNew, false),
        review_total: int(&known.review_total, T::Review, false),
        litigation_total: int(&known.litigation_total, T::Litigation, false),
        fees_collected: if known.fees_collected.is_some() {
            None
        } else {
            fees(doc, page)
        },
        ..Headline::default()
    };
    // Prose statements of the section 三 quantities (办理114件(含2019年结转18件),办结113件).
    h.apps_carried_over = int(&known.apps_carried_over, T::CarriedOver, false);
    h.apps_total_handled = int(&known.apps_total_handled, T::TotalHandled, false);
    h.apps_granted = int(&known.apps_granted, T::Granted, false);
    h.apps_natural_person_new = int(&known.apps_natural_person_new, T::NaturalPerson, false);
    if known.apps_natural_person_new.is_none() && known.apps_new.is_none() {
        h.apps_natural_person_new = h
            .apps_natural_person_new
            .or_else(|| all_natural_persons(t, h.apps_new.as_ref()?));
    }
    h.apps_partial = int(&known.apps_partial, T::Partial, false);
    h.apps_carried_next = int(&known.apps_carried_next, T::CarriedNext, false);
    let mut flags = Vec::new();
    // Natural persons' applications are some of the new ones: a prose count
    // above them holds those carried over too (自然人申请114件 of 办理118件,
    // 新受理110件).
    if let (Some(n), Some(new)) = (&h.apps_natural_person_new, &h.apps_new) {
        if n.value > new.value {
            h.apps_natural_person_new = None;
            flags.push("narrative_natural_exceeds_new".to_string());
        }
    }
    if template.is_some() && h.apps_new.is_some() {
        flags.push("narrative_apps_in_table_report".to_string());
    }
    NarrativeNumbers {
        headline: h,
        looks_narrative: template.is_none() && looks_narrative(t),
        flags,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Headline {
        extract_narrative(&Doc::new("t", text.to_string(), None), None).headline
    }
    /// As [`run`], told by meta who speaks: its level and name.
    fn run_as(text: &str, level: Level, name: Option<&str>) -> Headline {
        let doc = Doc::new("t", text.to_string(), None);
        let speaker = Speaker {
            level: Some(level),
            name,
            year: None,
        };
        extract_narrative_for(&doc, None, &Headline::default(), speaker).headline
    }
    fn v(x: Option<Located<i64>>) -> Option<i64> {
        x.map(|l| l.value)
    }

    #[test]
    fn carried_between_two_written_years_goes_on_when_the_second_follows_the_reports() {
        let t = "2023年共收到政府信息公开申请12件,办结10件,2023年结转至2024年继续办理2件。";
        let doc = Doc::new("t", t.to_string(), None);
        let on = |year| {
            let speaker = Speaker {
                year,
                ..Speaker::default()
            };
            extract_narrative_for(&doc, None, &Headline::default(), speaker).headline
        };
        assert_eq!(v(on(Some(2023)).apps_carried_next), Some(2));
        // Into the report's own year it came from the year before.
        assert_eq!(v(on(Some(2024)).apps_carried_next), None);
        assert_eq!(v(on(None).apps_carried_next), None);
    }

    #[test]
    fn the_units_field_related_is_no_topic() {
        let t = "(一)主动公开情况\n全年累计主动公开医疗保障相关信息86条。\n";
        let of = |name| v(run_as(t, Level::Department, Some(name)).proactive_total);
        assert_eq!(of("区医疗保障局"), Some(86));
        assert_eq!(of("区统计局"), None);
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn a_sum_after_the_channels_counts_checked_by_adding_them() {
        let t = "二、主动公开政府信息情况\n2031年,我局在门户网站发布信息1200条,在市政府网站信息公开专栏发布信息300条,总计1500条。";
        assert_eq!(v(run(t).proactive_total), Some(1500));
        // An earlier year's count before the parts is not one of them.
        let t = "二、主动公开政府信息情况\n信息发布量由2030年的900条增加到2031年的1200条,在市政府网站信息公开专栏发布信息300条,总计1500条。";
        assert_eq!(v(run(t).proactive_total), Some(1500));
        // A figure that is no sum of them is not read.
        let t = "二、主动公开政府信息情况\n2031年,我局在门户网站发布信息1200条,在市政府网站信息公开专栏发布信息300条,总计1600条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn a_platforms_count_split_into_two_channels_adding_up() {
        let t = "(一)主动公开情况。2031年,我局通过政务公开平台公开政府信息共计500条,其中,政府网站信息320条、微信公众号发布信息180条。";
        assert_eq!(v(run(t).proactive_total), Some(500));
        // Not where the parts do not add up to it.
        let t = "(一)主动公开情况。2031年,我局通过政务公开平台公开政府信息共计500条,其中,政府网站信息320条、微信公众号发布信息170条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Nor, with no breakdown, where the page's other channel counts
        // apart.
        let t = "(一)主动公开情况。2031年,我局通过政务公开平台公开政府信息共计500条。通过微信公众号发布信息180条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn every_one_granted_after_a_clause_on_why() {
        let h = run("全年共收到政府信息公开申请5件,经审查均属可以公开的信息,全部准予公开。");
        assert_eq!(v(h.apps_granted), Some(5));
        let h = run("全年共收到政府信息公开申请5件,均予以公开。");
        assert_eq!(v(h.apps_granted), Some(5));
        // Not where the clause between holds a part or a refusal.
        let h = run("全年共收到政府信息公开申请5件,除涉及部分内容外,全部予以公开。");
        assert_eq!(v(h.apps_granted), None);
        let h = run("全年共收到政府信息公开申请5件,其中1件不予公开,其余全部予以公开。");
        assert_eq!(v(h.apps_granted), None);
    }

    #[test]
    fn handled_before_a_count_passed_on_to_the_next_year() {
        let h = run("全年共受理政府信息公开申请40件。已经办结37件,转接下年继续办理3件。");
        assert_eq!(v(h.apps_total_handled), Some(37));
        assert_eq!(v(h.apps_carried_next), Some(3));
        // 转 to another body is still one result among several.
        let h = run("全年共受理政府信息公开申请40件。已经办结37件,转送其他机关办理3件。");
        assert_eq!(v(h.apps_total_handled), None);
    }

    #[test]
    fn a_sum_after_its_statistical_opener() {
        let t =
            "(一)主动公开情况\n我乡做好公开。据统计,我乡共发布政府信息公开41条,其中财政信息6条。";
        assert_eq!(v(run(t).proactive_total), Some(41));
        let t = "(一)主动公开情况\n我乡做好公开。据统计我乡共公开政府信息17条。";
        assert_eq!(v(run(t).proactive_total), Some(17));
    }

    #[test]
    fn search_shortcuts_fit_their_patterns() {
        for table in TABLES {
            for r in *table {
                if let Some((lit, _)) = r.anchor {
                    assert!(r.pattern().contains(lit), "{} does not hold {lit}", r.head);
                }
            }
        }
        // Shortcuts change nothing: found from the text start or not.
        let t = "今年无行政复议。2019年度结转3件,部分公开2件。不收取任何费用。发布政府信息12条。\
            主动公开政府信息共5条,公开了本机关政府信息6件;公布政府信息达7篇。\
            没有向申请人收费的情况。全年未产生任何政府信息公开收费,未发生费用。\
            对申请人不另行收取检索费。";
        // (A section's lead is searched only after the section's heading,
        // by design: see `twenty_sixth_sample_wordings`.)
        // The sieve's sentences change nothing either (sieve.rs tests the
        // windows on random text).
        let page = Page::new(t);
        let mut sieved = 0;
        for (table, fast) in TABLES.iter().zip(&grammar().tables) {
            for (r, fast) in table.iter().zip(fast) {
                sieved += usize::from(grammar().sieve.sieves(fast.id));
                if r.section_lead {
                    continue;
                }
                let p = r.pattern();
                let slow: Vec<_> = with_num(&p).find_iter(t).map(|m| m.range()).collect();
                let quick: Vec<_> = fast
                    .captures_iter(&page)
                    .map(|c| c.get(0).unwrap().range())
                    .collect();
                assert_eq!(slow, quick, "{p}");
                if let (Some(m), Some(start)) = (slow.first(), fast.search_start(t)) {
                    assert!(start <= m.start, "{p}");
                }
            }
        }
        // Most patterns keep to a sentence and need a literal.
        let all: usize = TABLES.iter().map(|t| t.len()).sum();
        assert!(sieved * 4 >= all * 3, "{sieved} of {all} sieved");
    }

    #[test]
    fn proactive_patterns() {
        assert_eq!(v(run("今年新增94条。").proactive_total), Some(94));
        // The year's added items named, after the platform's running count
        // and a 其中 that counts nothing.
        let t = "我局在政务网站设置了公开平台,在该平台共整理公开政府信息2400条,其中全文电子化达100%,本年度新增的主动公开信息95条,并清理了失效信息。";
        assert_eq!(v(run(t).proactive_total), Some(95));
        assert_eq!(
            v(run("本年主动公开政府信息共217条。").proactive_total),
            Some(217)
        );
        assert_eq!(
            v(run("主动公开各类政府信息58余条。").proactive_total),
            Some(58)
        );
        assert_eq!(v(run("共公布政府信息2599条。").proactive_total), Some(2599));
        // All channels' count before what it counts; not the 2008 form's
        // heading, a channel's count after it.
        let t = "2023年,某局通过不同渠道公开了1523条政府信息,具体为网站300条、公众号200条。";
        assert_eq!(v(run(t).proactive_total), Some(1523));
        // Every kind, right after the year; the unit's sum before its verb.
        let t = "2023年,某局认真做好公开。全年公开发布各类信息3100余条,其中目录更新90条。";
        assert_eq!(v(run(t).proactive_total), Some(3100));
        let t = "2022年,我办共公开信息87条,其中机构职能信息5条。";
        assert_eq!(v(run(t).proactive_total), Some(87));
        let t = "通过不同渠道和方式发布政府信息情况:通过政府公报发布信息7条,通过微博发布信息90条。";
        assert_eq!(v(run(t).proactive_total), None);
        assert_eq!(v(run("各类政府信息10.2万条。").proactive_total), None);
        // one channel, or a category breakdown, is not the total
        assert_eq!(
            v(run("通过门户网站主动公开政府信息88条。").proactive_total),
            None
        );
        assert_eq!(v(run("其中主动公开政策性文件16条。").proactive_total), None);
        assert_eq!(v(run("全年共发布133条。").proactive_total), None);
        assert_eq!(v(run("其中,发布政府信息共399条。").proactive_total), None);
        assert_eq!(
            v(run("我乡在县网站共主动公开政府信息615条,今年新增94条。").proactive_total),
            Some(94)
        );
    }

    #[test]
    fn proactive_parts_running_totals_and_overall_words() {
        // A running total over the years is not the year's.
        assert_eq!(
            v(
                run("全年政府信息公开共计612条。自建站以来历年累计主动公开政府信息5121条。")
                    .proactive_total
            ),
            Some(612)
        );
        // Parallel counts of parts, split by semicolons, give no total.
        assert_eq!(
            v(
                run("市本级部门主动公开政府信息2.1万条,同比增长5%;各区县主动公开政府信息6.3万条。")
                    .proactive_total
            ),
            None
        );
        // 各类 (all kinds, two channels) wins over a topic's 相关 count.
        assert_eq!(
            v(run("围绕重点领域公开相关政府信息812条。全年依托门户网站及政务微博公开各类政府信息9120条。")
                .proactive_total),
            Some(9120)
        );
        // A total followed by its 其中 parts.
        assert_eq!(
            v(
                run("主动公开政府信息260余条,其中网站发布政务信息31条;微信发布200余条。")
                    .proactive_total
            ),
            Some(260)
        );
    }

    #[test]
    fn parts_after_qizhong_and_answers_among_other_outcomes() {
        // Kinds listed after 其中 and split by semicolons, the last one
        // itself said as disclosed (其他应主动公开的…): parts of the total,
        // not counts parallel to it.
        let t = "本年度本镇主动公开政府信息40条,其中,规划类9条;财政类21条;其他应主动公开的政府信息10条。";
        assert_eq!(v(run(t).proactive_total), Some(40));
        // 其中 in brackets breaks down the count before the brackets only:
        // the two channels after it stay parallel, no total.
        let t = "在政务新媒体公开信息500条(其中原创120条,转载380条);在门户网站主动公开政府信息70条,其中法规类5条。";
        assert_eq!(v(run(t).proactive_total), None);
        // One answer among other outcomes is not all that were handled.
        let t = "全年收到政府信息公开申请9件,其中答复2件,不掌握相关政府信息7件,均按时办结。";
        let h = run(t);
        assert_eq!(v(h.apps_new), Some(9));
        assert_eq!(v(h.apps_total_handled), None);
    }

    #[test]
    fn new_items_withdrawals_before_answers_and_answers_after_a_semicolon() {
        // The year's new items are no topic: 主动公开新增信息N条 is the total.
        let t = "2030年本办主动公开新增信息58条(其中,网站公开58条)。";
        assert_eq!(v(run(t).proactive_total), Some(58));
        // The withdrawn before the answered, each after its count: the
        // answered are not all that were handled.
        let t = "全年受理申请20件。其中,3件由申请人撤回,17件已在法定期限内予以答复。";
        assert_eq!(v(run(t).apps_total_handled), None);
        // Answered after the count received and a semicolon: another verb,
        // no second channel.
        let t = "本年度受理政府信息公开申请6件;按期答复6件,按期答复率100%。";
        assert_eq!(v(run(t).apps_total_handled), Some(6));
        // None on request, 政府信息 between 依申请 and 公开.
        let t = "2030年,某镇无依申请政府信息公开。";
        assert_eq!(v(run(t).apps_new), Some(0));
    }

    #[test]
    fn the_forms_words_after_a_sites_count_and_cases_summed() {
        // 主动公开… after one site's count, no channel of its own, closing
        // its sentence or broken down after it: the total.
        let t = "2030年某乡在某县网站发布动态320条,主动公开政府信息95条。";
        assert_eq!(v(run(t).proactive_total), Some(95));
        let t = "2030年某乡在某县网站发布动态320条,主动公开政府信息95条,其中,规划类8条。";
        assert_eq!(v(run(t).proactive_total), Some(95));
        // One item of a list of counts: no total.
        let t = "2030年某乡在某县网站发布动态320条,主动公开政府信息95条,人大建议办理结果4条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Cases summed in words (总计, 合计).
        let h = run("行政复议方面,行政复议案件总计4件。行政诉讼方面,行政诉讼案件合计7件。");
        assert_eq!(v(h.review_total), Some(4));
        assert_eq!(v(h.litigation_total), Some(7));
        // 的 before the noun (被行政诉讼的案件共5件).
        let h = run("全年答复被申请行政复议共2件;被提起行政诉讼的案件共5件,均在审理中。");
        assert_eq!(v(h.litigation_total), Some(5));
    }

    #[test]
    fn a_heading_with_its_noun_first_and_an_ordinal_lead() {
        // (一)政务信息主动公开情况: a heading on proactive disclosure, the
        // sentence after it the section's lead.
        let t = "(一)政务信息主动公开情况\n2030年,本办网站共发布信息318条,其中通知公告41条,政务动态277条。";
        assert_eq!(v(run(t).proactive_total), Some(318));
        // A lead opening with an ordinal is the first of its channels.
        let t = "(一)政务信息主动公开情况\n一是县政府网站方面,年内共发布各类信息318条。二是公众号方面,年内发布信息90条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn no_fee_said_as_zero() {
        let t = "全年依申请公开件零收费,共受理申请0件。";
        assert_eq!(run(t).fees_collected.map(|l| l.value), Some(0.0));
    }

    #[test]
    fn proactive_all_channels_with_wan() {
        let h = run("通过网站、微信等多种渠道,主动公开各类政府信息10.2万条。");
        assert_eq!(v(h.proactive_total), Some(102_000));
    }

    #[test]
    fn a_channel_after_another_channels_count_and_a_split_verb() {
        // A stop lost between two channels' counts: the second count is its
        // own channel's, no total.
        let t = "本年度,全镇在公众号推送信息30余条街道网站主动公开政府信息52条其中通知12条。";
        assert_eq!(v(run(t).proactive_total), None);
        // A column given by its path on one site is one channel; another
        // column's count follows.
        let t = "我局以区政府网站为主要载体,在网站“信息公开”-“部门信息”栏目主动公开各类信息70条,在专题栏目发布信息20条。";
        assert_eq!(v(run(t).proactive_total), None);
        // 主动…公开 split by the channel: the 其中主动公开 part is no total.
        let t = "本年度,区某局主动在门户网站公开政府信息40条,其中主动公开信息35条,约稿信息5条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn a_sites_sum_broken_down_then_another_media_channels_count() {
        // The site's sum, broken down, then a count on 微媒体 after a
        // semicolon: two channels, no total.
        let t = "2030年,我镇通过网站平台主动公开信息300条,其中工作动态40条,公告公示260条;通过微媒体平台共发布各类信息120条。";
        assert_eq!(v(run(t).proactive_total), None);
        // The site's alone: the unit's total.
        let t = "2030年,我镇通过网站平台主动公开信息300条,其中工作动态40条,公告公示260条。";
        assert_eq!(v(run(t).proactive_total), Some(300));
    }

    #[test]
    fn applications_named_twice_and_none_received_nor_handled() {
        // 依申请公开政府信息申请 N件: the applications received.
        let h = run("2030年全年依申请公开政府信息申请 6件,申请人均为自然人。");
        assert_eq!(v(h.apps_new), Some(6));
        // Not received and not handled, said at once: none handled either.
        let h = run("(二)依申请公开。2030年度,某乡未收到和处理政府信息公开申请。");
        assert_eq!(v(h.apps_new), Some(0));
        assert_eq!(v(h.apps_total_handled), Some(0));
        // Not received alone says nothing of those handled (carried over).
        let h = run("(二)依申请公开。2030年度,某乡未收到政府信息公开申请。");
        assert_eq!(v(h.apps_total_handled), None);
    }

    #[test]
    fn applications_counted_in_tiao_handled_then_carried_on() {
        let h = run("2030年某局收到政府信息公开申请书31条,已处理29条,结转下年度继续办理2条。");
        assert_eq!(v(h.apps_total_handled), Some(29));
        assert_eq!(v(h.apps_carried_next), Some(2));
        // Not a count of something else carried on.
        let h = run("2030年某局收到人大建议31条,已处理29条,结转下年度继续办理2条。");
        assert_eq!(v(h.apps_total_handled), None);
        assert_eq!(v(h.apps_carried_next), None);
    }

    #[test]
    fn a_sum_over_a_site_and_every_kind_of_platform() {
        let t = "今年以来,本街道积极通过某区政府网和各类新媒体平台,发布政务动态等信息530条,在某区政府网上主动公开组织机构信息3条。";
        assert_eq!(v(run(t).proactive_total), Some(530));
    }

    #[test]
    fn counts_given_as_about_so_many_and_handled_written_as_a_number_of() {
        // 近 and 约 before a total: the number written.
        let h = run("2030年,全局共主动公开政府信息近1.5万条,供社会各界查阅。");
        assert_eq!(v(h.proactive_total), Some(15000));
        let h = run("2030年,全局共主动公开政府信息约360条。");
        assert_eq!(v(h.proactive_total), Some(360));
        // 办结数 is the count handled.
        let h = run("全年受理政府信息公开申请9件,申请办结数7件,结转下年度办理2件。");
        assert_eq!(v(h.apps_total_handled), Some(7));
        // Those carried on after the ones finished (转结 as 结转) leave
        // the finished count the total handled.
        let h = run("本年共受理公开申请27件,办结27件,转结下年度继续办理0件。");
        assert_eq!(v(h.apps_total_handled), Some(27));
    }

    #[test]
    fn applications_handled_with_nothing_more_said_of_them() {
        // 办理…N件 and no count of what became of them: the count handled.
        let h =
            run("三是规范依申请公开。某局全年办理政府信息依申请公开9件,按照规定的格式进行答复。");
        assert_eq!(v(h.apps_total_handled), Some(9));
        assert_eq!(v(h.apps_new), None);
        let h = run("2021年,某局共办理依申请公开2件,无因答复不当被复议的情况。");
        assert_eq!(v(h.apps_total_handled), Some(2));
        // Those finished said after it, in the sentence or the next.
        let h = run("本年度办理信息公开申请15件,办结14件。");
        assert_eq!(v(h.apps_total_handled), Some(14));
        let h = run("本年度共办理信息公开申请15件。截至年底已办结13件。");
        assert_eq!(v(h.apps_total_handled), Some(13));
        // Or some still in hand: no count handled.
        let h = run("本年度共办理信息公开申请15件,其余正在办理。");
        assert_eq!(v(h.apps_total_handled), None);
        // No fee taken for what was given on request, how it was given
        // between.
        let h = run("我镇暂未对依申请提供政府信息收取检索、复印、邮寄等费用。");
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
        // None handled is none received.
        let h = run("2018年共处理政府信息公开申请0件。");
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (Some(0), Some(0)));
        // Carried on, or received and handled: not this count.
        let h = run("全年继续办理政府信息公开申请4件。");
        assert_eq!(v(h.apps_total_handled), None);
        let h = run("2019年,某局收到并处理政府信息公开申请6项。");
        assert_eq!(v(h.apps_total_handled), None);
        // One answer of two kinds of end: no count of those handled.
        let h = run("全年收到网上申请9件,依法答复5件,主动撤销申请4件。");
        assert_eq!(v(h.apps_total_handled), None);
        let h = run("全年收到网上申请9件,其中申请人撤回4件,依法答复处理5件。");
        assert_eq!(v(h.apps_total_handled), None);
        // Those answered of all handled, after the count carried over.
        let h = run("2023年某区共受理申请150件,2022年结转2件,其中148件申请件已按规定在法定期限内予以答复,剩余4件结转至2024年。");
        assert_eq!(v(h.apps_total_handled), Some(148));
    }

    #[test]
    fn more_ways_to_say_what_applications_came_and_how_they_ended() {
        let h = run("全年新收到政府信息公开申请80宗,办结76宗。");
        assert_eq!(v(h.apps_total_handled), Some(76));
        assert_eq!(
            v(run("2016年没有发生依申请信息公开事件。").apps_new),
            Some(0)
        );
        let h = run("2021年,本镇未发生因政府信息公开引起的相关诉讼。本机关未收取依申请提供政府信息的检索、复印、邮寄等费用。");
        assert_eq!(v(h.litigation_total), Some(0));
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
        // One channel's count of several, by semicolons: no total.
        let t = "本年度,网上受理依申请公开6件;信函受理依申请公开2件;当面受理依申请公开3件。";
        assert_eq!(v(run(t).apps_new), None);
        // An answer of one kind is no count of all answered.
        let h = run("共受理申请30件,其中同意公开答复20件,不同意公开答复2件,信息不存在的8件。");
        assert_eq!(v(h.apps_total_handled), None);
        let h = run("共收到申请50件,上年结转2件,公开答复48件,转下年度办理4件。");
        assert_eq!(v(h.apps_total_handled), Some(48));
        // Summed with last year's carried-over ones: the new count stays.
        let h = run("本年度共收到政府信息公开申请40件,上年结转2件,共计42件。");
        assert_eq!(v(h.apps_new), Some(40));
        // Summed over channels: the sum is the count.
        let h = run("本年度收到网上申请30件,信函申请10件,合计40件。");
        assert_eq!(v(h.apps_new), Some(40));
        assert_eq!(v(run("本年度某局无政府信息公开申请。").apps_new), Some(0));
        assert_eq!(v(run("2031年,无政府信息公开申请事项。").apps_new), Some(0));
        // All of them from natural persons, the way they came in between.
        let h = run("全年共收到政府信息公开申请3宗,均为自然人通过信函提交申请。");
        assert_eq!(
            (v(h.apps_new), v(h.apps_natural_person_new)),
            (Some(3), Some(3))
        );
        // Handled, whose applications named between: handled, not received.
        let h = run(
            "二是规范办理。全年共办理公民、法人和其他组织提出的政府信息公开申请64件,依法予以答复。",
        );
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (None, Some(64)));
        // Answered and handled, one count.
        let h = run("依申请公开方面\n本年受理公开申请18件,答复办理18件,办结率为100%。");
        assert_eq!(v(h.apps_total_handled), Some(18));
        // Applications for another service are no disclosure applications.
        let h = run("全年通过政务服务平台受理审批申请1200件,办结1180件。");
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (None, None));
        // A bureau named for the service is the unit, not the service.
        let h = run("某县行政审批服务局本年度没有收到群众向本机关提出的申请。");
        assert_eq!(v(h.apps_new), Some(0));
        let h = run("某县行政审批局全年受理审批申请900件。");
        assert_eq!(v(h.apps_new), None);
        let h = run("全年受理政府信息公开申请12件,办结12件。");
        assert_eq!(
            (v(h.apps_new), v(h.apps_total_handled)),
            (Some(12), Some(12))
        );
        // Those handled (处理), all finished: no count received.
        let h = run("2022年,我区共处理依申请公开政府信息64件,已全部办结。");
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (None, Some(64)));
        // The sentence after the applications goes on about them.
        let h =
            run("全年共受理政府信息公开申请20件,上年结转1件。截至年底已办结18件,其中予以公开9件。");
        assert_eq!(v(h.apps_total_handled), Some(18));
        // Administrative fees (行政事业收费, 性 left out) are not fees for
        // information.
        assert_eq!(run("本年度未产生行政事业收费。").fees_collected, None);
        assert_eq!(v(run("全年共收到依申公开事项9件。").apps_new), Some(9));
        assert_eq!(
            v(run("全年收到政府信息公开申请事项3件。").apps_new),
            Some(3)
        );
        let h =
            run("本年度受理依申请公开12件,其中:属于公开范围6件,属于部分公开范围2件,不予公开4件。");
        assert_eq!((v(h.apps_granted), v(h.apps_partial)), (Some(6), Some(2)));
        let h = run("全年共受理政府信息公开申请8件,均来自自然人。在办结的6件申请中,予以公开6件。另2件申请按规定结转下年度继续办理。");
        assert_eq!(v(h.apps_natural_person_new), Some(8));
        assert_eq!(v(h.apps_total_handled), Some(6));
        assert_eq!(v(h.apps_carried_next), Some(2));
        let h = run("共收到政府信息公开申请900件,其中公民个人提出申请870件。");
        assert_eq!(v(h.apps_natural_person_new), Some(870));
        let h = run("本年度共办理依申请公开事项4件,均按时完成。");
        assert_eq!(v(h.apps_total_handled), Some(4));
        // All of them, however it says how; then what became of them; all
        // concluded; handled, the rest carried on (in 项).
        let h = run("2022年某局共办理政府信息依申请公开41件,全部依法依规按时办结。");
        assert_eq!(v(h.apps_total_handled), Some(41));
        let h = run("2022年某局共办理政府信息依申请公开41件,均未办结。");
        assert_eq!(v(h.apps_total_handled), None);
        let h = run("本年度共办理政府信息公开申请27件,其中,予以公开的9件。");
        assert_eq!(v(h.apps_total_handled), Some(27));
        let h = run("全年办理依申请公开事项3件,办结率100%。");
        assert_eq!(v(h.apps_total_handled), Some(3));
        let h = run("全年收到依申请公开12项,办理11项,结转下年度继续办理1项。");
        assert_eq!(v(h.apps_total_handled), Some(11));
        // (Those carried on counted in 项 as the year's are.)
        assert_eq!(v(h.apps_carried_next), Some(1));
        let h = run("因政府信息公开被申请行政复议有2件,行政诉讼有1件。全年无信息公开收费的事项。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(2), Some(1))
        );
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
    }

    #[test]
    fn a_heading_naming_the_total_makes_the_channel_count_it() {
        // One channel's count is no total by itself; under a heading that
        // names the total, the first sentence gives it.
        let body = "本年度,本街道在区政府门户网站发布各类政府信息58条。\n";
        assert_eq!(v(run(body).proactive_total), None);
        for heading in ["(二)主动公开政府信息数量\n", "  3、主动公开信息总数:\n\n"]
        {
            let h = run(&format!("一、总体情况\n{heading}{body}"));
            assert_eq!(v(h.proactive_total), Some(58), "{heading}");
        }
        // Nor does one where other channels' counts follow the first.
        let t = "一、总体情况\n1.主动公开政府信息数量。本年度,本镇在区政府门户网站发布政府信息9条,在政务新媒体发布信息50条。";
        assert_eq!(v(run(t).proactive_total), None);
        // A heading on something else does not.
        let h = run(&format!("一、总体情况\n(二)网站建设情况\n{body}"));
        assert_eq!(v(h.proactive_total), None);
    }

    #[test]
    fn proactive_headings_end_where_the_whole_text_search_does() {
        // The headings below are composed from the heading grammar's own
        // parts (numbering, 本机关/本年度, 主动公开, its nouns and endings).
        let whole = regex!(
            r"(?m)(?:^|。)[ \t\u{3000}]*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．][ \t\u{3000}]*)?(?:本机关|本年度?)?主动公开(?:政府信息|政务信息|信息)?(?:工作)?(?:的)?(?:情况|方面|数量|总数)?[ \t\u{3000}]*(?:。|$)"
        );
        let texts = [
            "一、总体情况\n(一)主动公开情况。2022年,我镇发布信息12条。\n二、主动公开政府信息的情况\n表",
            "主动公开。主动公开。主动公开\n本年度主动公开数量 \n",
            "。主动公开情况\r\n  3、主动公开工作方面\u{3000}。我局主动公开信息5条。主动公开",
            "二、主动公开政府信息情况\n主动公开的情况:\n(二)本机关主动公开政府信息的数量。下文",
            "",
        ];
        for t in texts {
            let want: Vec<usize> = whole.find_iter(t).map(|m| m.end()).collect();
            let got: Vec<usize> = proactive_headings(t).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    #[test]
    fn proactive_count_of_the_disclosure_and_of_two_channels() {
        let t = "全年共制作政府信息总数86条,其中主动公开政府信息80条、依申请公开政府信息6条。";
        assert_eq!(v(run(t).proactive_total), Some(80));
        let t = "我局梳理本年度工作,主动公开政府信息已达60余条。";
        assert_eq!(v(run(t).proactive_total), Some(60));
        let t = "全年主动公开信息发布2015条。";
        assert_eq!(v(run(t).proactive_total), Some(2015));
        let h = run("本年度收到政府信息公开申请6件,全部予以公开。依申请公开请求6件。未存在信息公开收费及减免情况。");
        assert_eq!(
            (
                v(h.apps_granted),
                v(h.apps_new),
                h.fees_collected.map(|l| l.value)
            ),
            (Some(6), Some(6), Some(0.0))
        );
        // Several channels and 等方式, a long list of topics before 信息.
        let t = "本年我镇通过区政府网、镇公众号、各级媒体等方式主动向社会公开政策文件、重点领域、财政预决算、工作动态、公共服务、行政处罚等信息412条。";
        assert_eq!(v(run(t).proactive_total), Some(412));
        let t = "本年我镇政府信息公开的数量有31件。";
        assert_eq!(v(run(t).proactive_total), Some(31));
        // Two channels (政务网 and a 公众号) make the whole; one is a part.
        let t = "全年通过政务网以及本委公众号主动公开各类信息共52条。";
        assert_eq!(v(run(t).proactive_total), Some(52));
        let t = "全年通过政务网主动公开各类信息共52条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn a_count_under_an_item_that_names_one_channel() {
        // The item's heading names one channel, on the count's line or on
        // the line before: the count is that channel's.
        let t = "二、主动公开情况\n本镇通过网站、公开栏、广播三种方式公开信息。\n(一)门户网站。本年度在县门户网站镇级专栏发布各类政府信息318条。其中通知公告40条,新闻动态278条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t =
            "二、主动公开情况\n2.政务微博\n全年在政务微博发布各类政府信息91条,其中图文消息60条。";
        assert_eq!(v(run(t).proactive_total), None);
        // A heading of the section, not of a channel, leaves the count whole.
        let t = "二、主动公开情况\n(一)主动公开信息。本年度在县门户网站镇级专栏发布各类政府信息318条。其中通知公告40条,新闻动态278条。";
        assert_eq!(v(run(t).proactive_total), Some(318));
    }

    #[test]
    fn apps_new_patterns() {
        // 信息公开 after 依申请 (依申请信息公开0件).
        assert_eq!(
            v(run("二、依申请公开情况\n依申请信息公开0件。").apps_new),
            Some(0)
        );
        assert_eq!(v(run("没有收到公众公开政府信息的申请。").apps_new), Some(0));
        assert_eq!(v(run("无依申请公开的政府信息。").apps_new), Some(0));
        assert_eq!(v(run("依申请公开0件。").apps_new), Some(0));
        assert_eq!(v(run("收到依申请公开案件两件。").apps_new), Some(2));
        assert_eq!(v(run("共受理政府信息公开申请61件。").apps_new), Some(61));
        assert_eq!(v(run("本年度办理信息公开申请37件。").apps_new), None);
        assert_eq!(v(run("本年度本乡没有依申请公开的事项。").apps_new), Some(0));
        assert_eq!(v(run("截至年底,本镇共有0例依申请公开。").apps_new), Some(0));
        // A sub-site is one channel, another's count before it.
        let t = "2020年,本街通过区门户网站公开招标信息57条。通过部门子站点主动公开政府信息120条,其中:机构类1条;动态类114条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Work handed to another unit is that unit's count.
        let h = run("全县共受理申请40件,委托县林业局办理林地类政府信息公开申请12件。");
        assert_eq!(v(h.apps_total_handled), None);
        // A province-wide topic inside what was disclosed is no sum.
        let t = "主动发布政府信息1942条。主动公开2021年全省教育系统重点项目进展信息共18条。";
        assert_eq!(v(run(t).proactive_total), Some(1942));
        assert_eq!(
            v(run("通过微博公开信息100条,发布了政策解读信息28条。").proactive_total),
            None
        );
        let h = run("全年办结申请7件,行政复议、诉讼0件。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        // (Two cases in all: how many of each is not said.)
        let h = run("全年办结申请7件,行政复议、诉讼2件。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        let h = run("(四)因政府信息公开申请行政复议、提起行政诉讼情况。今年无此类情况。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        // Groups of units, each with its count: no total.
        let t = "市政府及其部门主动公开政府信息5120条,县(区)政府及其部门主动公开政府信息8030条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "全市共主动公开政府信息13150条,市政府及其部门主动公开政府信息5120条,县(区)政府及其部门主动公开政府信息8030条。";
        assert_eq!(v(run(t).proactive_total), Some(13150));
        assert_eq!(
            v(run("2023年,本镇主动公开政府信息51,其中补贴信息30。").proactive_total),
            Some(51)
        );
        assert_eq!(
            v(run("2020年某乡人民政府共发布信息64条(其中会议9条)。").proactive_total),
            Some(64)
        );
        // (A site's sum is the site's: no subject of its own.)
        assert_eq!(
            v(run("2020年本乡网站共发布信息64条。").proactive_total),
            None
        );
        assert_eq!(
            v(run("本镇共有4件依申请公开,均按期答复。").apps_new),
            Some(4)
        );
        // (Not what was done with them: the clause goes on.)
        assert_eq!(v(run("本镇共有4件依申请公开事项均已答复。").apps_new), None);
        // The applicant named, the application after it; a cut excerpt.
        let t = "本年度本镇未收到申请人提出的政府信息公开申请。";
        assert_eq!(v(run(t).apps_new), Some(0));
        assert_eq!(v(run("本年度未收到申请人不满意评价。").apps_new), None);
        assert_eq!(
            v(run("全县共发生依申请公开政府信息4例。").apps_new),
            Some(4)
        );
        let t = "2016年,本镇没有收到申请人要求公开政府信息的情况。";
        assert_eq!(v(run(t).apps_new), Some(0));
        assert_eq!(
            v(run("(一)本年度某乡没有申请公开政府信息").apps_new),
            Some(0)
        );
        assert_eq!(v(run("依申请公开系统全年共受理3宗。").apps_new), Some(3));
        let t = "本年度本乡受理依申请公开件数为0。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // Applications handled (办理…依申请公开70件) are not those received.
        let t = "全年共办理政府信息依申请公开12件,均已办结。";
        assert_eq!(v(run(t).apps_new), None);
        // The cases applications gave rise to are no applications.
        let t = "本年度我镇未收到因政府信息公开申请行政复议、提起行政诉讼的情况。";
        assert_eq!(v(run(t).apps_new), None);
    }

    #[test]
    fn handled_and_carried() {
        let h = run("共受理申请24件,办结29件(含2021年度结转6件),结转2023年度继续办理1件。予以公开20件,部分公开6件。");
        assert_eq!(v(h.apps_carried_over), Some(6));
        assert_eq!(v(h.apps_total_handled), Some(29));
        assert_eq!(v(h.apps_carried_next), Some(1));
        assert_eq!(v(h.apps_granted), Some(20));
        assert_eq!(v(h.apps_partial), Some(6));
        let h = run("2022年办理政府信息公开申请17件,已全部依法办结。");
        assert_eq!(v(h.apps_total_handled), Some(17));
        let h = run("予以公开及部分公开258件。");
        assert_eq!(v(h.apps_granted), None);
        assert_eq!(v(h.apps_partial), None);
        // The next year's word before 结转; a citizen's requests.
        let h = run("2031年共收到申请9件,无上年结转件,下年结转件1件。");
        assert_eq!(v(h.apps_carried_next), Some(1));
        let h = run("2031年接收政府信息公开申请件共5件,其中公民个人申请3件,均已按期处理。");
        assert_eq!(v(h.apps_natural_person_new), Some(3));
        // The answers counted, 数 after their kind.
        let h = run("全年共受理依申请公开6件,按时办结6件,其中同意公开答复数2件,信息不存在4件。");
        assert_eq!(v(h.apps_granted), Some(2));
    }

    #[test]
    fn counts_said_other_ways() {
        // Proactive: 公开各类信息 is a total, a site's 发布各类信息 is not;
        // a 其中 part that is the year's own disclosure counts.
        assert_eq!(
            v(run("全年共计公开各类信息512条。").proactive_total),
            Some(512)
        );
        assert_eq!(
            v(run("镇网站全年发布各类信息300条。").proactive_total),
            None
        );
        let h = run("共制作政府信息900条,其中主动公开信息610条,依申请公开信息5条。");
        assert_eq!(v(h.proactive_total), Some(610));
        // The early form: documents made and obtained, of which those disclosed
        // proactively, after a comma or a colon, the heading run in before.
        let t = "2012年本局制作、获取政府信息412条,其中,主动公开文件305条,作为依申请公开文件60条,不予公开文件47条。";
        assert_eq!(v(run(t).proactive_total), Some(305));
        let t =
            "(一)主动公开2013年制作、获取政府信息88条:其中,累计主动公开文件70条,不予公开文件18条。";
        assert_eq!(v(run(t).proactive_total), Some(70));
        // Not what was made and obtained.
        let t = "(一)主动公开2013年制作、获取政府信息88条。";
        assert_eq!(v(run(t).proactive_total), None);
        // An aside between the information and its count.
        let t = "2018年度我镇共主动公开政府信息(含公文)96条。";
        assert_eq!(v(run(t).proactive_total), Some(96));
        let t = "2018年度我镇共主动公开政府信息(业务类)96条。";
        assert_eq!(v(run(t).proactive_total), None);
        // What the institutions under the unit disclosed.
        let t = "全年我局在网站公开信息12条、在微信公开信息30条。辖区内两家医院、8家局属卫生院通过展板、电子屏等渠道公开各类信息900余条。";
        assert_eq!(v(run(t).proactive_total), None);
        let h = run("我局主动公开政府信息历年累计80条,其中本年新增主动公开政府信息21条。");
        assert_eq!(v(h.proactive_total), Some(21));
        assert_eq!(
            v(run("主动公开政府信息、动态320多条。").proactive_total),
            Some(320)
        );
        // Applications: the count before what was received, 新收…数量.
        assert_eq!(v(run("我镇收到2件信息公开申请。").apps_new), Some(2));
        assert_eq!(v(run("全年共收到1条政府信息公开申请。").apps_new), Some(1));
        assert_eq!(v(run("共受理12件依申请公开。").apps_new), Some(12));
        let h = run("全年新收政府信息公开申请数量4件,上年结转政府信息公开申请数量1件。");
        assert_eq!(v(h.apps_new), Some(4));
        assert_eq!(v(h.apps_carried_over), Some(1));
        // Carried over and carried next, number first, 转结 for 结转, none.
        let h = run("办结9件(其中2件为2022年结转本年度办理),3件结转下年办理。");
        assert_eq!(v(h.apps_carried_over), Some(2));
        assert_eq!(v(h.apps_carried_next), Some(3));
        let h = run("答复申请10件(含上年度转结申请1件,另有2件申请转结下年度继续办理)。");
        assert_eq!(v(h.apps_carried_over), Some(1));
        assert_eq!(v(h.apps_carried_next), Some(2));
        assert_eq!(v(run("无结转下年度继续办理。").apps_carried_next), Some(0));
        assert_eq!(
            v(run("其中自然人申请7件,法人申请1件。").apps_natural_person_new),
            Some(7)
        );
        // Each kind of applicant with its count: the other kind's count is
        // not the natural persons'.
        assert_eq!(
            v(
                run("申请人的类型为社会组织的2件,申请人的类型为自然人的31件。")
                    .apps_natural_person_new
            ),
            Some(31)
        );
        // 办结 of a mailbox's letters is no application count.
        let h = run("“书记信箱”共受理有效信件5件,已办结5件,办结率100%。");
        assert_eq!(v(h.apps_total_handled), None);
        assert_eq!(
            v(run("受理申请6件,已办结6件。").apps_total_handled),
            Some(6)
        );
        // 行政 shared by 行政复议和诉讼.
        let h = run("本年度未发生因政府信息公开申请行政复议和诉讼的情况。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
    }

    #[test]
    fn more_counts_said_other_ways() {
        assert_eq!(
            v(run("通过门户网站及政务新媒体主动公开907条。").proactive_total),
            Some(907)
        );
        assert_eq!(
            v(run("全年累计公开政府信息2874项。").proactive_total),
            Some(2874)
        );
        let h = run("累计收到依申请公开信息7条,同意公开7条,上年度结转为0条。");
        assert_eq!(v(h.apps_new), Some(7));
        assert_eq!(v(h.apps_carried_over), Some(0));
        // A received count that includes the carried-over ones is not the new ones.
        let h = run("共收到政府信息公开申请41件(含上年度结转3件)。");
        assert_eq!(v(h.apps_new), None);
        assert_eq!(v(h.apps_carried_over), Some(3));
        let h = run("行政复议案0件;行政诉讼案0件。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
    }

    #[test]
    fn third_sample_wordings() {
        assert_eq!(
            v(run("全年共主动发布各类信息900条。").proactive_total),
            Some(900)
        );
        assert_eq!(
            v(run("主动向社会公开政府信息312条。").proactive_total),
            Some(312)
        );
        assert_eq!(v(run("受理政府信息公开申请总数1件。").apps_new), Some(1));
        assert_eq!(v(run("受理依申请公开件9件。").apps_new), Some(9));
        assert_eq!(
            v(run("受理依申请政府信息公开事项17例。").apps_new),
            Some(17)
        );
        assert_eq!(v(run("共收到9份依申请公开事项。").apps_new), Some(9));
        assert_eq!(v(run("依申请办理事项为零。").apps_new), Some(0));
        assert_eq!(
            v(run("本局依申请公开的信息数为0;全年未出现收费及减免。").apps_new),
            Some(0)
        );
        assert_eq!(
            run("本局依申请公开的信息数为零;全年未出现收费及减免。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        assert_eq!(v(run("全年某镇收到依申请公开业务0件。").apps_new), Some(0));
        assert_eq!(v(run("某站本年依申请公开文件数为0件。").apps_new), Some(0));
        assert_eq!(
            v(run("本年度本乡未发生依申请和不予公开的政府信息,也无收费。").apps_new),
            Some(0)
        );
        let h = run("依法答复全部申请,其中“予以公开”6件;“不予公开”2件。本年某站未接到群众要求信息公开事项。");
        assert_eq!(v(h.apps_granted), Some(6));
        // A rule's 每收到1件 is no count; 项 counts applications.
        assert_eq!(
            v(run("公开申请由综合科统一登记,每收到1件申请即转交承办科室。").apps_new),
            None
        );
        let h = run("本年度某站接到7项依申请公开政府信息申请。全年没有复议、行政诉讼。");
        assert_eq!(v(h.apps_new), Some(7));
        assert_eq!(v(h.review_total), Some(0));
        let h = run("全年未发生政府信息公开的收费、诉讼等情况。某局从未收取申请人信息处理费。");
        assert_eq!(v(h.litigation_total), Some(0));
        assert_eq!(h.fees_collected.map(|f| f.value), Some(0.0));
        assert_eq!(
            run("本年度无收取任何依申请公开相关费用的情况。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        assert_eq!(v(run("本年度未有受理信息公开申请。").apps_new), Some(0));
        // The count with the carried-over ones after a comma.
        assert_eq!(
            v(run("共收到政府信息公开申请4件,其中上年度结转2件。").apps_new),
            None
        );
        assert_eq!(v(run("顺延到2022年度申请2件。").apps_carried_next), Some(2));
        assert_eq!(v(run("涉及信息公开行政复议1项。").review_total), Some(1));
        assert_eq!(
            v(run("没有因此引起行政复议或者行政起诉。").litigation_total),
            Some(0)
        );
        for t in [
            "无政府信息公开收费情况。",
            "没有向依申请公开对象收取复印、传真等任何费用。",
            "2010年未收取相关费用。",
            "收费和减免为零。",
            "未有收取或减免相关费用的情况。",
        ] {
            assert_eq!(run(t).fees_collected.map(|l| l.value), Some(0.0), "{t}");
        }
    }

    #[test]
    fn fourth_sample_wordings() {
        // Applications disclosed on request are no proactive total.
        let h = run("2023年,共收到并办理依申请公开政府信息24件。");
        assert_eq!(v(h.proactive_total), None);
        // One count of both kinds is neither's.
        let h = run("涉行政复议、行政诉讼案件743件,结果维持461件。");
        assert_eq!(v(h.litigation_total), None);
        // The count next to 申请 after a 结转 is the carried-over one.
        let h = run("共收到10件依申请公开请求,2021年结转政府信息公开申请2件,共办结10件。");
        assert_eq!(v(h.apps_new), Some(10));
        assert_eq!(v(h.apps_carried_over), Some(2));
        let h = run("行政复议、行政诉讼数量为0件。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
        assert_eq!(v(run("结转至下一年度办理2件。").apps_carried_next), Some(2));
        assert_eq!(
            v(run("无结转2024年继续办理件。").apps_carried_next),
            Some(0)
        );
        let f = run("全年未涉及政府信息公开收费及减免。").fees_collected;
        assert_eq!(f.map(|l| l.value), Some(0.0));
    }

    #[test]
    fn sixth_sample_wordings() {
        // One count of 0 for both kinds is each one's (743 of both is neither's).
        let h = run("本年度被申请行政复议、提起行政诉讼的案件0件。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
        let h = run("涉及行政复议、行政诉讼的案件12件。");
        assert_eq!(v(h.review_total), None);
        assert_eq!(v(h.litigation_total), None);
        // 数 before the count; 条 and 起 as the unit of applications.
        let h = run("申请行政复议数2件、提起行政诉讼数1件。");
        assert_eq!(v(h.review_total), Some(2));
        assert_eq!(v(h.litigation_total), Some(1));
        assert_eq!(v(run("全年受理公开申请0条。").apps_new), Some(0));
        assert_eq!(
            v(run("本局接到5起依申请公开信息的申请。").apps_new),
            Some(5)
        );
        // A field answered with none; a request to disclose is an application.
        assert_eq!(v(run("受理政府信息公开申请:无\n").apps_new), Some(0));
        assert_eq!(v(run("今年未收到市民要求公开的文件。").apps_new), Some(0));
        let fee = |t: &str| run(t).fees_collected.map(|l| l.value);
        // The cost of what was provided on request, summed in yuan.
        let t = "2015年本机关依申请提供政府信息共收取复印、邮寄等成本费用共计0元。";
        assert_eq!(fee(t), Some(0.0));
        assert_eq!(fee("本年依申请公开收取复印费共计120元。"), Some(120.0));
        assert_eq!(fee("收费情况:无。"), Some(0.0));
        assert_eq!(fee("依申请公开一律免收费用。"), Some(0.0));
        assert_eq!(fee("对申请人未予收费。"), Some(0.0));
        assert_eq!(fee("收费情况:按标准收取。"), None);
        // 信息的有N条.
        assert_eq!(
            v(run("全年主动公开信息的有31条。").proactive_total),
            Some(31)
        );
        // A bracket is an aside on its channel: one channel still.
        let t = "微信公众号“某乡发布”(微信号:abc123)公开政府信息23条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Two sites are two channels: the total.
        let t = "在区政府网站和司法局网站主动公开信息27条。";
        assert_eq!(v(run(t).proactive_total), Some(27));
    }

    #[test]
    fn seventh_sample_wordings() {
        // At one start the count nearest the verb: the total, not a part.
        let t = "今年共受理依申请公开事项5件,其中:受理来信申请0件,网上申请5件。";
        assert_eq!(v(run(t).apps_new), Some(5));
        let t = "今年收到政府信息依申请公开办理事项3件。";
        assert_eq!(v(run(t).apps_new), Some(3));
        assert_eq!(v(run("其中主动公开信息有45条。").proactive_total), Some(45));
        assert_eq!(
            v(run("全部办结。无下年度结转。").apps_carried_next),
            Some(0)
        );
        let h = run("政府信息公开行政复议、行政诉讼0条。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
        // A list of fields answered by colons.
        let t =
            "1.主动公开政府信息的情况:64条\n2.依申请公开政府信息的数量:无\n3.收费及减免情况:无\n";
        let h = run(t);
        assert_eq!(v(h.proactive_total), Some(64));
        assert_eq!(v(h.apps_new), Some(0));
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
    }

    #[test]
    fn eighth_sample_wordings() {
        // 未办结 are carried over, not answered; 新收 where the sentence
        // speaks of applications; 次年 and 转下年度 as next year.
        let t =
            "今年共办理9件政府信息公开申请,其中本机关新收6件,上年度未办结3件。结转次年办理2件。";
        let h = run(t);
        assert_eq!(v(h.apps_new), Some(6));
        assert_eq!(v(h.apps_carried_over), Some(3));
        assert_eq!(v(h.apps_total_handled), None);
        assert_eq!(v(h.apps_carried_next), Some(2));
        assert_eq!(v(run("转下年度继续办理4件。").apps_carried_next), Some(4));
        assert_eq!(v(run("信箱新收8件。").apps_new), None);
        // The rest of a list is a part; 其他渠道 before the verb is not.
        let t = "主动公开文件20件,其中政策类信息9条,其他主动公开2条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "通过门户网站和其他公开渠道主动公开政府信息830条。";
        assert_eq!(v(run(t).proactive_total), Some(830));
        // More ways to say received, natural persons, none of both kinds.
        assert_eq!(v(run("今年收到依申请件0件。").apps_new), Some(0));
        assert_eq!(
            v(run("受理依申请公开政府信息数量共计3条。").apps_new),
            Some(3)
        );
        assert_eq!(v(run("共接收到申请书17份。").apps_new), Some(17));
        let t = "收到自然人提出的政府信息公开申请4件。";
        assert_eq!(v(run(t).apps_natural_person_new), Some(4));
        let h = run("全年未发生针对本机关的复议、诉讼和申诉。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
        let f = run("对申请人未收取复印、邮寄等费用。").fees_collected;
        assert_eq!(f.map(|l| l.value), Some(0.0));
    }

    #[test]
    fn ninth_sample_wordings() {
        // The count right after the noun, not one of a later sentence part.
        let t = "全年共收到申请政府信息公开15件(次),涉及行政复议申请3件。";
        assert_eq!(v(run(t).apps_new), Some(15));
        assert_eq!(
            v(run("2020年,本局未发生依申请公开信息。").apps_new),
            Some(0)
        );
        // What was not received named (受理事项).
        let t = "三、政府信息依申请公开情况\n本办事处2031年度未发生依申请公开信息受理事项。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // Posted, named as disclosure information, in a sentence opening
        // with the year.
        let t = "1.主动公开基本情况。2031年共发布政务公开信息96条,其中,主动公开部门文件21条,上级政策解读3条。";
        assert_eq!(v(run(t).proactive_total), Some(96));
        let t = "本局未发生依申请公开政府信息方面的行政复议。";
        assert_eq!(v(run(t).apps_new), None);
        let f = run("本年度未收取政府信息公开申请费用。").fees_collected;
        assert_eq!(f.map(|l| l.value), Some(0.0));
        let t = "办理答复6件(其中2件为去年结转)。";
        assert_eq!(v(run(t).apps_carried_over), Some(2));
    }

    #[test]
    fn new_counts_and_counts_summed_by_channel() {
        // A new count in the sentence wins over the one with last year's.
        let t = "全年共受理依申请公开事项30件,扣除上年结转后新收到依申请公开事项26件。";
        assert_eq!(v(run(t).apps_new), Some(26));
        // Counts listed by channel, then their sum.
        let t = "全年共收到群众来信申请12件,网上7件,合计19件。";
        assert_eq!(v(run(t).apps_new), Some(19));
        // A later sentence's new count does not reach back.
        let t = "全年共受理依申请公开事项30件。信箱新收到事项4件。";
        assert_eq!(v(run(t).apps_new), Some(30));
    }

    #[test]
    fn tenth_sample_wordings() {
        // A running total below the year's own count.
        let t = "通过目录系统累计主动公开政府信息5120条。2021年新增主动公开政府信息410条。";
        assert_eq!(v(run(t).proactive_total), Some(410));
        assert_eq!(
            v(run("本局主动公开政府信息的数量9条。").proactive_total),
            Some(9)
        );
        assert_eq!(v(run("全年无申请公开信息事项。").apps_new), Some(0));
        let h = run("本镇共收到申请公开政府信息4宗,上年结转政府信息公开申请2宗。");
        assert_eq!(v(h.apps_new), Some(4));
        assert_eq!(v(h.apps_carried_over), Some(2));
    }

    #[test]
    fn requests_of_another_kind_are_no_applications() {
        assert_eq!(
            v(run("本年度未接到有关信息公开的复议、诉讼和申诉。").apps_new),
            None
        );
        assert_eq!(v(run("今年未接到公众关注热点回应的申请。").apps_new), None);
        assert_eq!(v(run("今年未接到公开政府信息的申请。").apps_new), Some(0));
    }

    #[test]
    fn eleventh_sample_wordings() {
        let h = run("受理依申请公开政府信息是0件。被申请行政复议、提起行政诉讼数量是0件。");
        assert_eq!(v(h.apps_new), Some(0));
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
        assert_eq!(
            v(run("全年未产生依申请政府信息公开事例。").apps_new),
            Some(0)
        );
        // A county-wide total over a part of it.
        let t = "2022年,全县累计公开政府信息9120条。各部门和乡镇共公开各类政府信息6400条。";
        assert_eq!(v(run(t).proactive_total), Some(9120));
    }

    #[test]
    fn counts_of_channels_in_their_clauses_are_parts() {
        // Two channels, no total: neither count is the year's.
        let t =
            "本年度通过门户网站主动公开政府信息40条,通过报刊、电视等媒体主动公开政府信息260条。";
        assert_eq!(v(run(t).proactive_total), None);
        // A total, then its channels.
        let t =
            "本年主动公开政府信息400条,通过门户网站主动公开350条,同时通过政务微博主动公开120条。";
        assert_eq!(v(run(t).proactive_total), Some(400));
    }

    #[test]
    fn twelfth_sample_wordings() {
        assert_eq!(
            v(run("我局公开政务信息共有380条。").proactive_total),
            Some(380)
        );
        assert_eq!(v(run("全年发布各类政务信息90余条。").proactive_total), None);
        // A place's government owns the information: no topic.
        let t = "通过网站、公开栏等方式主动公开长乐镇政府信息共412条。";
        assert_eq!(v(run(t).proactive_total), Some(412));
        assert_eq!(v(run("全年收到申请总数为2起。").apps_new), Some(2));
        assert_eq!(v(run("全年收到信息公开申请8例。").apps_new), Some(8));
        assert_eq!(
            v(run("全区未发生依申请公开政府信息的情况。").apps_new),
            Some(0)
        );
        assert_eq!(
            v(run("其中自然人申请办件量3件。").apps_natural_person_new),
            Some(3)
        );
        let h = run("其中依法予以公开的11件,部分公开的2件。");
        assert_eq!(v(h.apps_granted), Some(11));
        assert_eq!(v(h.apps_partial), Some(2));
        // 依申请公开信息N条 is information made, not applications.
        assert_eq!(
            v(run("其中主动公开信息900条,依申请公开信息400条。").apps_new),
            None
        );
    }

    #[test]
    fn twenty_sixth_sample_wordings() {
        // Nobody applied: none received.
        let h = run("全年无单位或个人申请政府信息公开,行政复议0件。");
        assert_eq!(v(h.apps_new), Some(0));
        assert_eq!(
            v(run("今年没有公民提出政府信息公开申请。").apps_new),
            Some(0)
        );
        // (Information nobody asked for is no application.)
        assert_eq!(v(run("无个人隐私信息公开。").apps_new), None);
        assert_eq!(
            v(run("全年受理依申请信息公开21件,包括信函申请2件。").apps_new),
            Some(21)
        );
        // Carried on to next year is not in the count.
        let t = "共受理政府信息依申请公开385件,其中6件结转下一年度办理。";
        assert_eq!(v(run(t).apps_new), Some(385));
        let t = "收到申请41件(含上年度结转3件)。";
        assert_eq!(v(run(t).apps_new), None);
        assert_eq!(
            v(run("均已依法按期办结,上年无结转申请。").apps_carried_over),
            Some(0)
        );
        // 转办 and 转接 after the year before carry applications over;
        // after the report's own year 转办 forwards them.
        let h = run("本年收到申请9件,上年度转办3件,转下一年度转办1件。");
        assert_eq!(
            (v(h.apps_carried_over), v(h.apps_carried_next)),
            (Some(3), Some(1))
        );
        let t = "上一年度转接政府信息公开申请0件。";
        assert_eq!(v(run(t).apps_carried_over), Some(0));
        assert_eq!(v(run("2023年转办申请4件。").apps_carried_over), None);
        // Each case counted before its noun, the second after 、.
        let h = run("收到1件行政复议、2件行政诉讼。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(1), Some(2))
        );
        // One count of both kinds is neither's.
        let h = run("发生1起行政复议、行政诉讼案件。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        assert_eq!(
            v(run("群众通过网站提交政府信息公开申请55件。").apps_new),
            Some(55)
        );
        assert_eq!(v(run("向上级提交审查申请3件。").apps_new), None);
        // Answered after a semicolon, the applications named before it; a
        // count carried on after it is no other result.
        let t = "全年受理政府信息公开申请57件,同比增长71.9%;完成答复54件,转下一年度继续办理3件。";
        assert_eq!(v(run(t).apps_total_handled), Some(54));
        let t = "收到申请2件;信箱受理信件3件,已办结3件。";
        assert_eq!(v(run(t).apps_total_handled), None);
        // What was published, as the first and only count of the section
        // on proactive disclosure.
        let t = "(一)主动公开情况。2022年,我镇围绕工作重点发布各类信息1023条,其中政策文件12条。";
        assert_eq!(v(run(t).proactive_total), Some(1023));
        let t = "二、主动公开政府信息的情况\n今年来,全镇共发布各类信息内容46条。";
        assert_eq!(v(run(t).proactive_total), Some(46));
        // Not elsewhere (one topic's paragraph), nor one of several counts.
        let t = "(一)主动公开情况。我镇重视公开。\n(二)重点领域。全年共发布信息291条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "(一)主动公开方面\n2022年,在门户网站发布政务动态类信息226条,发布文件信息66条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Sample 28's wordings.
        assert_eq!(
            v(run("我镇共收到来自公民的政府信息依申请公开的1件,已按时公开。").apps_new),
            Some(1)
        );
        assert_eq!(
            v(run("上年结转办理1件,予以公开1件。").apps_carried_over),
            Some(1)
        );
        // The year's own part after a running total.
        let t = "截至2020年12月底,通过平台累计主动公开信息1805条,其中,当年新增主动公开信息231条。";
        assert_eq!(v(run(t).proactive_total), Some(231));
        // Sample 29's wordings: one kind of the proactive count is no own part.
        let t = "全年区政府门户网站主动公开信息6467条,其中法定主动公开3669条,重点领域1462条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "我局未收到任何通过受理电话、网络平台、来信等方式提出的相关政府信息依申请公开。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "共收到政府信息公开申请24件,办理答复完成24件。";
        assert_eq!(v(run(t).apps_total_handled), Some(24));
        let t = "全年接收政府信息公开申请1554件,2023年结转132件;全年办理1503件,结转2025年183件。";
        assert_eq!(v(run(t).apps_total_handled), Some(1503));
        assert_eq!(
            v(run("信箱来信全年办理15件,结转次年2件。").apps_total_handled),
            None
        );
        // Sample 31's units of applications carried on.
        assert_eq!(
            v(run("共收到申请23份,5份转下年度继续办理。").apps_carried_next),
            Some(5)
        );
        assert_eq!(
            v(run("办理申请96宗(结转下年度继续办理1宗)。").apps_carried_next),
            Some(1)
        );
        // Sample 30's wordings.
        let h = run("无转结下年度继续办理件。涉及复议0件,诉讼0件。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        let h = run("受理依申请公开20起(含上年度转结1起),办结19起。");
        assert_eq!(
            (v(h.apps_carried_over), v(h.apps_total_handled)),
            (Some(1), Some(19))
        );
        let t = "收到《政府信息公开申请书》共计10件,均已按时答复。";
        assert_eq!(v(run(t).apps_new), Some(10));
        let t = "全年共收到依申请公开35件,均为自然人申请件。";
        assert_eq!(v(run(t).apps_natural_person_new), Some(35));
        // What went out through applications is no proactive count.
        let t = "全年通过依申请公开渠道公开政府信息11项。全年主动公开政府信息2214条。";
        assert_eq!(v(run(t).proactive_total), Some(2214));
        // Channels listed after a heading's colon are parallel parts, the
        // first opening in the heading.
        let t = "(一)主动公开数量:2021年主动公开政务信息20条。\n(三)主动公开政府信息的形式:通过政府门户网站公开政府信息20条;利用电子屏、宣传栏等方式公开各类政府信息76条。";
        assert_eq!(v(run(t).proactive_total), Some(20));
        // Each channel's count in its own sentence of one paragraph: no total.
        let t = "通过区政府门户网站主动公开政府信息719条,公开规范性文件16件。通过微信公众号、微博等政务新媒体平台主动公开政府信息545条。";
        assert_eq!(v(run(t).proactive_total), None);
        // But a breakdown (其中, …) of the total before is no parallel part.
        let t = "2019年,通过门户网站、公开栏、新媒体平台等形式主动公开政府信息876条。其中,通过市政府网站公开信息210条,通过县政府门户网站发布政府信息546条。";
        assert_eq!(v(run(t).proactive_total), Some(876));
    }

    #[test]
    fn one_channel_sum_broken_down_by_topic_is_the_total() {
        let t =
            "本年度,本乡依托某县政府门户网站共主动公开政府信息150条,其中规划计划5条、财政信息9条。";
        assert_eq!(v(run(t).proactive_total), Some(150));
        // Another channel counted in the breakdown; no breakdown at all.
        let t = "县政府网站累计发布各类政务信息300条,其中政务动态12条,微信公众号发布信息75条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "2024年市政府网站共主动公开政府信息1200条,编辑公开《某政报》6期。";
        assert_eq!(v(run(t).proactive_total), None);
        // Another channel's count in the next sentence of the paragraph.
        let t = "本年度依托某县政府门户网站共主动公开政府信息150条,其中规划计划5条。通过某局微信公众号发布各类信息60篇。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn none_charged_and_none_applied_in_other_words() {
        assert_eq!(
            run("本年度本局无一事项收取费用。")
                .fees_collected
                .map(|l| l.value),
            Some(0.0)
        );
        assert_eq!(
            run("2012年,本局没有政府信息公开方面的收费。")
                .fees_collected
                .map(|l| l.value),
            Some(0.0)
        );
        // (The excerpt cut after 收取.)
        assert_eq!(
            run("本局实行免费公开,未向任何公民、法人或者其他组织收取")
                .fees_collected
                .map(|l| l.value),
            Some(0.0)
        );
        let t = "2012年,本局未发生针对本部门政府信息公开事务的依申请公开情况。";
        assert_eq!(v(run(t).apps_new), Some(0));
    }

    #[test]
    fn carried_over_last_year_and_none_reviewed_or_sued() {
        let h = run("本年度共受理申请20件,已答复15件(含去年结转2件),7件结转下年度继续办理。");
        assert_eq!(v(h.apps_carried_over), Some(2));
        let h = run("本年度新收申请事项5件,均已办理;上年结转政府信息公开申请事项2件,已办理。");
        assert_eq!(v(h.apps_carried_over), Some(2));
        let h = run("全年未发生因答复引发的投诉、复议或诉讼事项。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
    }

    #[test]
    fn a_running_total_before_the_years_part() {
        // Under a heading that names the total (the form of
        // `under_total_heading`: (一)[本机关]主动公开政府信息的数量), whose
        // first count would otherwise be taken whatever its channel.
        let t = "二、主动公开政府信息的情况\n\n(一)本机关主动公开政府信息的数量\n\n依照条例规定,截至2014年12月31日,在县政府网站累计公开政府信息900条,其中本年度在县政府网站及本单位网站公开200条\n\n(二)主动公开政府信息的类别";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn counts_before_their_noun_long_lists_and_those_still_in_hand() {
        let t = "(一)主动公开。本镇通过网站公开组织机构等。2021年合计共公开了40项政务信息。";
        assert_eq!(v(run(t).proactive_total), Some(40));
        // A long list of topics between the verb and its count.
        let t = "(一)主动公开情况\n2022年,本局公开城市建设、环境保护、安全生产、公共服务、财政预决算、人事任免、项目审批、工作动态等信息共52条。";
        assert_eq!(v(run(t).proactive_total), Some(52));
        // Handled, and those still in hand next year.
        let h = run("全年收到申请50件,结转上年3件;办理40件,下年度继续办理13件。");
        assert_eq!(
            (v(h.apps_total_handled), v(h.apps_carried_next)),
            (Some(40), Some(13))
        );
        // The statutory kind of what one channel published is no total.
        let t = "网站发布政务信息800条,其中法定主动公开120条,工作动态680条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn documents_marked_for_disclosure_none_involved_and_outcomes() {
        // The documents made or reviewed, of which some were marked for
        // disclosure: no count of information disclosed.
        let t = "本年度经审核的公文20件,其中主动公开15件。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "全年共发文9条,其中,文件类政府信息主动公开2条。";
        assert_eq!(v(run(t).proactive_total), None);
        // (Information, the year's own part of it, stays the total.)
        let t = "本局公开信息300条,其中主动公开290条,依申请公开10条。";
        assert_eq!(v(run(t).proactive_total), Some(290));
        // None involved in review or litigation.
        let h = run("受理申请5件,均已办结,均不涉及行政复议和行政诉讼。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        // No written application.
        assert_eq!(
            v(run("本年度我乡无书面申请要求公开政府信息。").apps_new),
            Some(0)
        );
        // Those told to go elsewhere are no count handled.
        let t = "收到申请30件,其中同意公开8件,告知申请人通过其他途径办理6件,结转下一年度16件。";
        assert_eq!(v(run(t).apps_total_handled), None);
    }

    #[test]
    fn new_media_alone_are_one_channel() {
        let t = "依托微博、视频号等平台,以短视频等形式全年发布各类政务信息80余条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "通过门户网站、微信公众号等渠道,全年发布各类政务信息300条。";
        assert_eq!(v(run(t).proactive_total), Some(300));
    }

    #[test]
    fn a_government_site_is_one_channel() {
        let t = "本年度我镇在县人民政府外网主动公开政府信息数13条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "通过某市政府网信息公开目录主动公开24件。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn topic_counts_are_no_total() {
        assert_eq!(
            v(run("2024年,我区及时公开重点领域政府信息2424条。").proactive_total),
            None
        );
        assert_eq!(v(run("全年公开督查督导信息24条。").proactive_total), None);
        // One category of a list of them, not all kinds.
        let t = "本年度主动公开政府信息的类别有:人事任免类信息12条;财政资金类信息30条。";
        assert_eq!(v(run(t).proactive_total), None);
        assert_eq!(
            v(run("全年主动公开各类信息500条。").proactive_total),
            Some(500)
        );
        // The owner, all kinds, the year: still the total.
        assert_eq!(
            v(run("本年度主动公开我县各部门政府信息1200条。").proactive_total),
            Some(1200)
        );
        assert_eq!(
            v(run("全乡主动公开政府信息中的非涉密信息36余条。").proactive_total),
            Some(36)
        );
        assert_eq!(
            v(run("主动公开政府工作信息、通知320多条。").proactive_total),
            Some(320)
        );
        // Other wordings of this round.
        // The year's disclosure without 主动; a sum after its channels; a
        // running total listed by kind.
        assert_eq!(
            v(run("本镇2023年公开信息共48条,群众满意。").proactive_total),
            Some(48)
        );
        assert_eq!(
            v(run("全年公开信息发布总计915条。其中工作动态300条。").proactive_total),
            Some(915)
        );
        let h = run(
            "其中,通过县政府网站发布信息12条,政务新媒体发布200条、全年总计更新主动公开信息212条。",
        );
        assert_eq!(v(h.proactive_total), Some(212));
        let h = run(
            "2023年,依托门户网站,本局主动公开规划信息、项目审批、财政预算等事项政府信息累计61条。",
        );
        assert_eq!(v(h.proactive_total), Some(61));
        assert_eq!(v(run("2023年依申请公开信息共3条。").proactive_total), None);
        let h = run("维护本街道的网上管理系统,全年公开信息7条。");
        assert_eq!(v(h.proactive_total), None);
        // Answered is handled; not one channel's, nor next year's.
        let h = run("本年收到信息公开申请40件,上年结转2件,法定期限内予以答复41件。");
        assert_eq!(v(h.apps_total_handled), Some(41));
        let h = run("收到申请12件,办理完成11件,结转下年度继续办理1件。");
        assert_eq!(v(h.apps_total_handled), Some(11));
        let h = run("通过网站共办理并答复信息公开申请5件、纸质申请20件,顺延至下一年答复1件。");
        assert_eq!(v(h.apps_total_handled), None);
        let h = run("本年收到申请12件,已到期的12件申请全部按期答复。");
        assert_eq!(v(h.apps_total_handled), Some(12));
        let h = run("共受理申请9件,其中新收到8件,结转上年度办理1件。");
        assert_eq!(v(h.apps_new), Some(8));
        assert_eq!(v(h.apps_carried_over), Some(1));
        let h = run("受理申请9件,当场答复4件,电话回复2件。");
        assert_eq!(v(h.apps_total_handled), None);
        let h = run("受理申请12件,答复7件,不予受理4件,撤回1件。");
        assert_eq!(v(h.apps_total_handled), None);
        let h = run("受理申请9件,延期答复2件。");
        assert_eq!(v(h.apps_total_handled), None);
        // Natural persons' applications in prose; granted-or-partial is
        // neither's; 全文电子化 is no topic.
        assert_eq!(
            v(run("受理申请9件,其中自然人申请件7件。").apps_natural_person_new),
            Some(7)
        );
        assert_eq!(
            v(run("受理申请9件,8件为自然人申请。").apps_natural_person_new),
            Some(8)
        );
        assert_eq!(v(run("其中予以公开或部分公开40件。").apps_partial), None);
        let h = run("2020年,共主动公开全文电子化政府信息170条。");
        assert_eq!(v(h.proactive_total), Some(170));
        // The breakdown after the count's sentence names the new ones; a
        // review counted before its noun.
        let h = run("共收到政府信息公开申请5件。其中,上年结转申请2件,本年新收申请3件。");
        assert_eq!(v(h.apps_new), Some(3));
        let h = run("本年度发生2起有关政府信息公开的行政复议案件。");
        assert_eq!(v(h.review_total), Some(2));
        let h = run("收到申请8件,其中自然人提交申请6件。");
        assert_eq!(v(h.apps_natural_person_new), Some(6));
        assert_eq!(
            v(run("2023年,累计公开信息120条。").proactive_total),
            Some(120)
        );
        // To date, no year named: a running total.
        assert_eq!(
            v(run("本机关到目前累计主动公开政府信息75条。").proactive_total),
            None
        );
        assert_eq!(
            v(run("2023年,累计公开信息120条。").proactive_total),
            Some(120)
        );
        // None received, 公开 left out; carried over written verb first.
        assert_eq!(v(run("2021年全年未发生依申请政府信息。").apps_new), Some(0));
        assert_eq!(
            v(run("结转上年政府信息公开申请2件。").apps_carried_over),
            Some(2)
        );
        // Fees not charged to anyone named; carried on before a year.
        let h = run("本年度未向任何申请人收取信息公开费用。");
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
        assert_eq!(
            v(run("受理申请9件,剩余3件转2024年办理。").apps_carried_next),
            Some(3)
        );
        // 等 after topics does not make one channel many.
        let h = run("全年局网站主动公开党建、人事等信息90条;公众号发布信息300条。");
        assert_eq!(v(h.proactive_total), None);
        // Each channel's own sum, in parallel clauses: no total.
        let h = run("全年通过政务新媒体共发布政府信息300条;通过门户网站共发布政府信息900条。");
        assert_eq!(v(h.proactive_total), None);
        // What came through the other channels is a part; 累计…达 a year's sum.
        let h = run("主动公开政府信息共620余条,通过其他渠道和平台公开政府信息共计90余条。");
        assert_eq!(v(h.proactive_total), Some(620));
        assert_eq!(
            v(run("2023年累计公开信息达88条。").proactive_total),
            Some(88)
        );
        // More wordings of the same counts.
        assert_eq!(v(run("本机关依申请公开数量为5条。").apps_new), Some(5));
        assert_eq!(v(run("全年共接受群众的公开申请12件。").apps_new), Some(12));
        assert_eq!(v(run("全年收到并办理信息公开申请4项。").apps_new), Some(4));
        let h = run("全县收到政府信息申请公开件31件,其中引起行政诉讼案件2件。");
        assert_eq!(v(h.apps_new), Some(31));
        let h = run("收到群众因政府信息公开申请提起的行政诉讼案件2件。");
        assert_eq!(v(h.apps_new), None);
        assert_eq!(v(run("上一年度结转受理3件。").apps_carried_over), Some(3));
        assert_eq!(
            v(run("当年办理的15件公开申请中,予以公开6件。").apps_total_handled),
            Some(15)
        );
        assert_eq!(
            v(run("本年度无任何因公开引发的行政复议和起诉案件。").litigation_total),
            Some(0)
        );
        assert_eq!(
            v(run("2023年累计公开信息410余条,比上年增加。").proactive_total),
            Some(410)
        );
        let h = run("主动公开工作动态、通知公告、政策解读信息3类77条。");
        assert_eq!(v(h.proactive_total), Some(77));
        // The count named as such (信息条数) or the items as documents (信息文件).
        assert_eq!(
            v(run("本年度某乡主动公开政府信息条数356条。").proactive_total),
            Some(356)
        );
        assert_eq!(
            v(run("全年累计主动公开政府信息文件64件,其中规划类9件。").proactive_total),
            Some(64)
        );
        let h = run("2022年,某乡通过政务信息公开网主动公开工作动态等信息18条。");
        assert_eq!(v(h.proactive_total), None);
        let h = run("利用本县APP主动公开信息35条,网站公开信息60条。");
        assert_eq!(v(h.proactive_total), None);
        // Documents by how they are disclosed; applications counted in 次;
        // none of either kind; answered is handled.
        let h = run("本年印发文件40件,其中主动公开文件30件、依申请公开10件。");
        assert_eq!(v(h.apps_new), None);
        let h = run("网站各栏目更新:机构概况3条;依申请公开4条;通知公告20条。");
        assert_eq!(v(h.apps_new), None);
        assert_eq!(
            v(run("全年共收到群众的信息公开申请6次。").apps_new),
            Some(6)
        );
        assert_eq!(
            v(run("今年本街道没有政府信息依申请公开情况。").apps_new),
            Some(0)
        );
        let h = run("本年受理信息公开申请9件,其中8件已在法定期限内予以答复,1件正在办理。");
        assert_eq!(v(h.apps_total_handled), Some(8));
        // 未经 negates nothing: one case, brought without a review first.
        let h = run("当年有一名申请人未经复议就对我办的答复提起了行政诉讼。");
        assert_eq!(v(h.litigation_total), None);
        let h = run("不存在因政府信息公开引起的行政复议和行政诉讼。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
        assert_eq!(v(run("顺延至下一年答复2件。").apps_carried_next), Some(2));
        assert_eq!(v(run("上年度结转办理件1件。").apps_carried_over), Some(1));
        assert_eq!(
            v(run("全年收到政府信息公开申请信件22件。").apps_new),
            Some(22)
        );
    }

    #[test]
    fn review_litigation_fees() {
        // None overturned or lost is no count of cases.
        let h = run("本年度本局没有出现被行政复议及行政诉讼纠错的情况。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        let h = run("全年未发生行政诉讼败诉案件。");
        assert_eq!(v(h.litigation_total), None);
        // Suits named first, the loss shared by both.
        let h = run("2022年,本乡没有因公开申请引起的行政诉讼、行政复议败诉。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        // Nor is none overturned within cases, however it is worded.
        let h = run("本年度未有在行政复议或者行政诉讼中被撤销决定的情形。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        let h = run("全年没有出现行政复议和行政诉讼被依法纠正的情况。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        let h = run("本局依法办理各项申请,未向申请人收费。");
        assert_eq!(h.fees_collected.map(|f| f.value), Some(0.0));
        let h = run("本县无因政府信息公开提起的行政复议。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), None);
        let h = run("行政复议和行政诉讼各1件。");
        assert_eq!(v(h.review_total), Some(1));
        assert_eq!(v(h.litigation_total), Some(1));
        let h = run("本年度行政复议、行政诉讼均为零。");
        assert_eq!(v(h.review_total), Some(0));
        assert_eq!(v(h.litigation_total), Some(0));
        let h = run("收到行政复议申请3件,行政诉讼案件共1件。");
        assert_eq!(v(h.review_total), Some(3));
        assert_eq!(v(h.litigation_total), Some(1));
        let h = run("行政复议案件2件、行政诉讼案件7件。");
        assert_eq!(v(h.review_total), Some(2));
        assert_eq!(v(h.litigation_total), Some(7));
        assert_eq!(
            run("未向公民收取任何与公开工作相关的费用。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        assert_eq!(
            run("对申请不收取任何费用。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        assert_eq!(
            run("全年收取信息处理费 3940 元。")
                .fees_collected
                .map(|f| f.value),
            Some(3940.0)
        );
        assert_eq!(run("行政事业性收费282.1万元。").fees_collected, None);
        assert_eq!(
            run("办理申请时未向申请人收取费用。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        assert_eq!(
            run("全年未产生任何政府信息公开收费。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        assert_eq!(
            run("本年度未发生政府信息公开收费及减免情况。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
    }

    #[test]
    fn thirty_second_sample_wordings() {
        // A verb is read from a word's start: 直接收受 holds no 接收 (a count
        // after it is one the unit helped answer); 未直接收受 is none.
        let h = run("本局未直接收受群众依申请公开事务,配合市审批局回复依申请公开1份。");
        assert_eq!(v(h.apps_new), Some(0));
        // A negation does not reach a count after it; a line broken before
        // 申请 still says none.
        let h = run("没有因政府信息公开引起的行政复议情况,行政诉讼2件,均为结果维持。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(2))
        );
        assert_eq!(
            v(run("全年未接收到受理政府信息公开\n申请。").apps_new),
            Some(0)
        );
        // 申请公开信息N条 received; 办结依申请…事项N件 handled.
        assert_eq!(
            v(run("2016年度,我局收到公民或社会组织提出申请公开信息2条,经审查可以公开。").apps_new),
            Some(2)
        );
        assert_eq!(
            v(run("本年度共办结依申请政府信息公开事项23件,其中予以公开7件。").apps_total_handled),
            Some(23)
        );
        // 依法 slipped into 依申请; 不存在…收费; 办结N条.
        assert_eq!(v(run("2021年无依法申请公开信息。").apps_new), Some(0));
        assert_eq!(
            run("不存在政府信息公开的收费及减免情况。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        assert_eq!(
            v(run("2022年,收到申请公开21条,办结21条。").apps_total_handled),
            Some(21)
        );
        // Channels listed one to a clause, the first a single channel's.
        let t = "我县通过政府门户网站主动公开政府文件等信息2548条,宣传册、电子屏公开政府信息1876条,政务新媒体发布信息465条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "通过门户网站公开信息500条,全年共公开政府信息800条。";
        assert_eq!(v(run(t).proactive_total), Some(800));
        // Disclosures listed with 、, each counted: no total.
        let t = "2025年,在旗政府网站主动公开各类信息217条、“某镇宣传”微信公众号主动公开各类信息308条、旗三务公开网站主动公开各类信息146条。";
        assert_eq!(v(run(t).proactive_total), None);
        // A periodical's items are its own.
        assert_eq!(
            v(run("2011年度,共发行《某市政报》12期,发布政府信息662条。").proactive_total),
            None
        );
        // An excerpt cut after 申 still says none.
        assert_eq!(v(run("本单位没有收到政府信息公开申").apps_new), Some(0));
        // What applicants said is no application.
        assert_eq!(
            v(run("全年回复信件30封,未收到申请人不满意评价。").apps_new),
            None
        );
        // Natural persons in a bracket after the count.
        let h = run("全县共受理依申请公开5件(全部为自然人申请),予以公开4件。");
        assert_eq!(v(h.apps_natural_person_new), Some(5));
        // The breakdown names those granted (not 部分公开).
        let h = run("收到政务信息公开申请7条,其中3条已公开,3条不予公开。");
        assert_eq!(v(h.apps_granted), Some(3));
        assert_eq!(v(run("收到申请7条,其中2条部分公开。").apps_granted), None);
        // A negated 收费 closing its clause.
        assert_eq!(
            run("五、收费及减免情况\n2018年我局无信息公开收费\n")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        // A long list of topics between 主动公开 and its total; a main
        // channel is no single one.
        let t = "2021年某县以政府网站为主渠道主动公开各类规划、重大建设项目、疫情防控、财政预决算、公共卫生、市场监管、征地补偿、食品安全、重大会议、调查处理、公共资源配置、社会公益、民生领域等领域信息共1777条。";
        assert_eq!(v(run(t).proactive_total), Some(1777));
    }

    #[test]
    fn fortieth_sample_wordings() {
        // Channels enumerated item by item, none summed: no total.
        let t = "3.公开载体。一是通过政府网站公开政策解读、重大项目等信息1520条。二是是通过微博、微信公开政府信息214条。\n(二)依申请公开";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "一是,通过政府网站公开信息1520条;二是,通过微信公开信息214条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Counts in 次, listed.
        let h = run("网站更新栏目两次;依申请公开2次,行政复议0次,行政诉讼1次;其他。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(1))
        );
        // A count of one kind of suit is no total.
        let h = run("本年度发生行政复议1件;经复议后起诉的行政诉讼0件。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (Some(1), None));
        assert_eq!(
            v(run("未经复议直接起诉的行政诉讼2件。").litigation_total),
            None
        );
        // Nor with the verb before the noun.
        let h = run("全年收到申请7件。因政府信息公开未经复议直接提起诉讼3件,");
        assert_eq!(v(h.litigation_total), None);
        // The received count's verb governs it: no handled count.
        let h = run("依法做好答复,受理答复政府信息公开申请17件,其中,行政复议1件。");
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (Some(17), None));
        // All of them handled, a sentence on.
        let h = run("2021年,某县共办理政府信息公开申请33件。其中,网络申请20件,书面申请13件。所有申请均按时办结。");
        assert_eq!(v(h.apps_total_handled), Some(33));
        // Carried on by 顺延.
        let h = run("全年共办理政府信息公开申请50件,已答复46件,其中4件顺延至下一年度办理。");
        assert_eq!(v(h.apps_carried_next), Some(4));
        // Who applied, named.
        let h = run("本年度,某局共受理政府信息公开申请6件,申请主体均为自然人。");
        assert_eq!(v(h.apps_natural_person_new), Some(6));
        let h = run("2023年,某县共收到依申请公开12件,均为公民个人申请,均在规定期限内答复。");
        assert_eq!(v(h.apps_natural_person_new), Some(12));
        // Neither year's carried, in one phrase; granted as 同意公开的有.
        // One kind of applicant's none is not the total.
        let t = "(二)依申请公开情况。2021年度,未收到法人或者其他组织对依申请公开政府信息的申请。";
        assert_eq!(v(run(t).apps_new), None);
        let t = "(二)依申请公开情况。2021年度,未收到公民、法人或者其他组织对政府信息公开的申请。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // Every kind's count named as a count, on two channels; those
        // finished named 公开申请.
        let t = "2. 主动公开政府信息情况。街道通过区政府网站、公示栏发布各类信息数120条,其中基层动态类信息100条。\n3. 依申请公开政府信息情况。本年度街道收到依申请公开申请2件,办结公开申请2件。";
        let h = run(t);
        assert_eq!(
            (v(h.proactive_total), v(h.apps_total_handled)),
            (Some(120), Some(2))
        );
        // The outcomes listed after those received, 予以 left out.
        let h = run("2022年我镇全年共收到依申请公开6件,公开4件,不予公开2件。");
        assert_eq!((v(h.apps_new), v(h.apps_granted)), (Some(6), Some(4)));
        // The year's own beside last year's, in brackets after those handled.
        let h =
            run("2021年,某街道共办理5件政府信息公开申请(其中当年收到4件,上年结转1件),均已办结。");
        assert_eq!((v(h.apps_new), v(h.apps_carried_over)), (Some(4), Some(1)));
        // 各种 is 各类; 信息主动公开总数 names the count.
        let t =
            "(一)主动公开信息情况\n某园管委会通过网站、微信公众号等媒介主动公开各种政府信息56条。";
        assert_eq!(v(run(t).proactive_total), Some(56));
        let t = "一、主动公开政府信息的情况\n2018年度政府信息主动公开总数为90条,涉及政府工作报告等内容。";
        assert_eq!(v(run(t).proactive_total), Some(90));
        let h = run("本年度共收到依申请公开9件,无上年和下年结转件。其中同意公开的有4件。");
        assert_eq!(
            (
                v(h.apps_carried_over),
                v(h.apps_carried_next),
                v(h.apps_granted)
            ),
            (Some(0), Some(0), Some(4))
        );
        // Neither kind of case, the suit named first.
        let h = run("2023年度某乡收到2条依申请公开信息,已依法处理。无诉讼复议情况。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        // The proactive count named as a count, not the applications'.
        let t = "2021年,某镇公开政府信息数45条(不含动态类信息)。其中政策文件类6条。";
        assert_eq!(v(run(t).proactive_total), Some(45));
        let t = "2021年,某镇依申请公开政府信息数3条。";
        assert_eq!(v(run(t).proactive_total), None);
        // None: 办件, 政务信息情况, a clause saying only 无申请.
        assert_eq!(
            v(run("2025年某街道收到依申请公开办件0条。").apps_new),
            Some(0)
        );
        assert_eq!(
            v(run("(二)依申请公开。本年度本乡无申请公开政务信息情况。").apps_new),
            Some(0)
        );
        assert_eq!(
            v(run("三、依申请公开政府信息情况\n本乡2018年度无申请。\n").apps_new),
            Some(0)
        );
        assert_eq!(v(run("行政复议:无申请。").apps_new), None);
        assert_eq!(v(run("全年无申请人投诉。").apps_new), None);
        // The new count of a breakdown (新接收).
        let h = run("全区累计处理政府信息依申请公开64件,其中,本年度新接收61件,2020年结转办理3件。");
        assert_eq!(v(h.apps_new), Some(61));
        // A round figure in 万 with 余.
        assert_eq!(
            v(run("2022年,主动公开政府信息30余万条。").proactive_total),
            Some(300_000)
        );
    }

    #[test]
    fn channels_before_the_verb_counts_named_between_and_suits_of_the_disclosure() {
        // The channel before the verb: each channel's received, no total.
        let h = run(
            "全年通过门户网站在线接收依申请公开事项6件,通过信箱线下接收书面申请2件,均按时答复。",
        );
        assert_eq!(v(h.apps_new), None);
        // Handled, the applications named between, and those carried on.
        let h = run("2023年,全镇共收到政府信息公开申请31件,依法办理政府信息公开申请29件,结转下年度继续办理2件。");
        assert_eq!(v(h.apps_total_handled), Some(29));
        let h = run("2023年,全镇共收到政府信息公开申请31件,收到并办理政府信息公开申请29件,结转下年度继续办理2件。");
        assert_eq!(v(h.apps_total_handled), None);
        // The part disclosed of all information made, the sentence having
        // named proactive disclosure before the count made.
        let t = "本局统筹推进主动公开与依申请公开工作全年共制作政府信息312条,其中主动公开信息数为270条,依申请公开信息数42条。";
        assert_eq!(v(run(t).proactive_total), Some(270));
        // Suits of the disclosure, 行政 left out, 的 before them.
        let h = run("本年度无有关政府信息公开事务的诉讼和申诉情况。");
        assert_eq!(v(h.litigation_total), Some(0));
    }

    #[test]
    fn a_headings_handling_run_into_the_count_received_and_none_that_happened() {
        let h = run("(二)依申请公开办理全年共收到政府信息公开申请70件,依法审慎处理。");
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (Some(70), None));
        let h = run("(二)依申请公开\n2021年,我镇未发生受理、答复依申请公开政府信息情况。");
        assert_eq!(v(h.apps_new), Some(0));
    }

    #[test]
    fn all_information_disclosed_with_its_proactive_part_after() {
        let t = "截至2017年12月31日,2017年度共公开的政府信息61条,其中,主动公开信息57条,依申请公开信息4条。";
        assert_eq!(v(run(t).proactive_total), Some(57));
    }

    #[test]
    fn the_kinds_disclosed_and_their_content_counted() {
        let t = "依托本局门户网站和省政府信息公开专栏,主动公开政策文件、通知公告、财政预决算信息等内容96条。";
        assert_eq!(v(run(t).proactive_total), Some(96));
    }

    #[test]
    fn sued_with_the_word_for_administrative_left_out() {
        let h = run("全年办结申请3件,未出现行政复议败诉和被诉讼情形。");
        assert_eq!(v(h.litigation_total), Some(0));
    }

    #[test]
    fn the_forms_row_label_in_prose() {
        let h = run("2024年,我委共受理信息公开申请30件。共答复31件,上年结转政府信息公开申请数量办理3件,结转下年度继续办理2件。");
        assert_eq!(v(h.apps_carried_over), Some(3));
    }

    #[test]
    fn a_total_named_without_its_noun_and_a_sole_sites_new_items() {
        // 主动公开总数N条, its channels' parts after.
        let t = "(一)主动公开情况。截至2023年12月31日,政务信息公开主动公开总数88条,其中在县政府网站公开政府信息60条,微信号推送政府信息28条。";
        assert_eq!(v(run(t).proactive_total), Some(88));
        // The one site's sum of new items, broken down by topic.
        let t = "(一)主动公开情况\n2023年度在县政府信息公开网站上共新增主动公开政府信息37条。其中机构类信息12条,工作动态25条。";
        assert_eq!(v(run(t).proactive_total), Some(37));
    }

    #[test]
    fn forty_second_sample_wordings() {
        // A site's column is the site: one channel, no total.
        let t = "本年全镇在县政府门户网站政务公开专栏主动公开信息45条,通过微信公众号发布信息70条。";
        assert_eq!(v(run(t).proactive_total), None);
        // All portals are no single channel.
        let t = "2023年,我局依托各政府门户共主动公开各类信息412条,其中政务动态信息79条。";
        assert_eq!(v(run(t).proactive_total), Some(412));
        // 约 before a figure in 万.
        let t = "通过政务网、政务微博和微信等多种渠道主动公开各类信息约2.5万条次,其中通过政务网公开1700余条。";
        assert_eq!(v(run(t).proactive_total), Some(25_000));
        // Cases counted in 条 and 宗; a suit count opening the clause after the review's.
        let h = run("全年无单位申请政府信息公开,行政复议0条、行政诉讼0条。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        let h = run("全年收到申请件300份,其中引起行政复议14宗、行政诉讼6宗。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(14), Some(6))
        );
        let h = run("全区本年度有8件行政复议案件,11件行政诉讼案件。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(8), Some(11))
        );
        // Carried on 依法; answered 按规定 within the legal time.
        let h = run("全区共受理依申请公开900件,已答复880件,另外20件申请依法顺延到下年度答复。");
        assert_eq!(v(h.apps_carried_next), Some(20));
        let h = run("全区共处理政府信息公开申请件1200件(包含上年结转50件),1150件已按规定在法定期限内予以答复,50件结转下年答复。");
        assert_eq!(v(h.apps_total_handled), Some(1150));
        // The rest, after a withdrawal and one carried on: not all handled.
        let h =
            run("本镇全年收到申请9件,其中,申请人撤回3件,转下年度办理1件,其余5件已按期予以答复。");
        assert_eq!(v(h.apps_total_handled), None);
    }

    #[test]
    fn forty_fourth_sample_wordings() {
        // Published through all channels.
        let t = "截至2020年12月31日,某乡全年通过多种渠道共发布信息212条,其中:政务公开平台发布信息150条;微信公众号发布信息62条。";
        assert_eq!(v(run(t).proactive_total), Some(212));
        // Items disclosed on request beside those disclosed proactively.
        let h = run("2020年,我局公开信息500条,其中主动公开488条(包括规划信息等),依申请公开12条。");
        assert_eq!(v(h.apps_new), None);
        assert_eq!(v(run("全年依申请公开12条。").apps_new), Some(12));
        // 未予公开 in the report's contents is no case that did not happen.
        let h = run("本报告包括:同意公开、部分公开和未予公开政府信息的情况,因政府信息公开申请行政复议、行政诉讼的情况等。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        // 申请 left out after 提交; the answer was partial.
        assert_eq!(
            v(run("本年我局收到群众通过网络提交政府信息公开3件。").apps_new),
            Some(3)
        );
        let h = run("本年度某街道受理信息公开申请2件;答复申请2件,为部分公开。");
        assert_eq!(v(h.apps_partial), Some(2));
    }

    #[test]
    fn forty_seventh_sample_wordings() {
        // All channels named by 等…途径 or 多种方式, the unit's own 办事处 no topic.
        let t = "2020年,某海事局通过局门户网站、微信等有效途径对外公开信息920条。";
        assert_eq!(v(run(t).proactive_total), Some(920));
        let t = "2023年通过区政府网、手机台、张贴公告公示等多种方式主动公开办事处信息431条,其中,公告公示信息数28条,工作动态信息数403条。";
        assert_eq!(v(run(t).proactive_total), Some(431));
        // All channels' count, the channel clause after it its part. (One
        // count matched by two patterns being one count is what the 26th
        // sample's wordings test: its 通过…等形式 count matches both.)
        let t = "2024年,某区依托门户网站、政务新媒体等形式主动公开政府信息1.5万条。通过区门户网站公开政府信息3100条,发布解读信息12条。";
        assert_eq!(v(run(t).proactive_total), Some(15_000));
        // 皆为自然人申请.
        let h = run("今年来,某区政府办公室共收到依申请公开9件,皆为自然人申请,答复9件。");
        assert_eq!(v(h.apps_natural_person_new), Some(9));
    }

    #[test]
    fn forty_sixth_sample_wordings() {
        // A column of a site, quoted, is the site's; columns listed are parts.
        let t = "全年通过某县政府网站 “法定公开内容”栏目公开政府信息812条,“乡村振兴”栏目公开96条,“意见征集”栏目发布草案12条。";
        assert_eq!(v(run(t).proactive_total), None);
        // A running total to date is no year's total (the year's own 至今 is).
        assert_eq!(
            v(
                run("(一)主动公开情况\n截至目前,本局累计主动公开信息1204条,其中动态信息990条。")
                    .proactive_total
            ),
            None
        );
        assert_eq!(
            v(
                run("(一)公开情况\n本镇自2016年1月至今累计主动公开信息318条,其中工作动态类301条。")
                    .proactive_total
            ),
            Some(318)
        );
        // The 2008 form's running total to the end of the year; from the
        // year's first day to its end, the year's own.
        let p = |t: &str| v(run(t).proactive_total);
        assert_eq!(
            p("二、主动公开政府信息情况\n某局到2012年底累计主动公开政府信息430条。"),
            None
        );
        assert_eq!(
            p("二、主动公开政府信息情况\n某局到年底累计主动公开政府信息52条。"),
            None
        );
        assert_eq!(
            p("二、主动公开政府信息情况\n我镇自2012年1月1日到年底累计主动公开政府信息430条。"),
            Some(430)
        );
        // The unit the subject after the year, the sum after 信息.
        assert_eq!(
            p("本年度,我所公开信息共计88条。其中,业务类信息70条。"),
            Some(88)
        );
        assert_eq!(p("2019年,我县公开发布和更新信息共900余条。"), Some(900));
        // A part of the year's months is no year's count.
        assert_eq!(p("2017年7-12月,某局主动公开各类信息共计300条。"), None);
        assert_eq!(p("2017年1-12月,某局主动公开各类信息共计300条。"), Some(300));
        // A count with its share of the whole is a part of it; the whole
        // with a character lost is still the total.
        assert_eq!(
            p("本年主动公开政府信45条。按类别分,机构设置类共5条,占比11%;动态类共40条,占比89%。"),
            Some(45)
        );
        assert_eq!(
            p("主动公开的内容有:人事类信息共5条,占比11%;动态类信息共40条,占比89%。"),
            None
        );
        // The last of a list of kinds, opened by 其他: a part.
        assert_eq!(p("本年度公开的信息分为三类:机构设置类信息2条,公文类0条,其他应当主动公开的政府信息5条。"), None);
        // The unit's administrative fees are no disclosure fees.
        assert_eq!(
            run("全年未发生任何行政事业性收费的情况。")
                .fees_collected
                .map(|f| f.value),
            None
        );
        assert_eq!(
            run("本年度没有出现收取相关费用的情况。")
                .fees_collected
                .map(|f| f.value),
            Some(0.0)
        );
        // 再行办理; the applicants' kind named.
        assert_eq!(
            v(run("作出答复300件,结转至下一年再行办理12件。").apps_carried_next),
            Some(12)
        );
        let h = run("全年收到申请数量为5件,申请人类型为自然人,均为网上申请。");
        assert_eq!(v(h.apps_natural_person_new), Some(5));
    }

    #[test]
    fn fiftieth_sample_wordings() {
        // Handled, not received.
        assert_eq!(
            v(run("我县本年办理依申请公开政府信息75件。").apps_new),
            None
        );
        // The older word for granted.
        let t = "本年共受理申请3件,其中“同意公开”的3件。";
        assert_eq!(v(run(t).apps_granted), Some(3));
    }

    #[test]
    fn channels_named_by_their_clause_and_counts_before_their_noun() {
        // New media named at the clause's start, the site's topics counted
        // in the sentence before: one channel's count, no total.
        let t = "(一)主动公开\n本年度在局网站发布项目信息120条、通知公告35条。通过微博、抖音等政务新媒体发布各类政府信息900条。";
        assert_eq!(v(run(t).proactive_total), None);
        // The first channel's verb is 报送: the next channel's count is a part too.
        let t = "2024年,累计向区政府网站报送政务信息25条,通过社区公众号、宣传栏等载体发布各类民生信息70余条。";
        assert_eq!(v(run(t).proactive_total), None);
        // The count before its noun, opening the section.
        let t = "二、主动公开情况\n2024年全年公开215条信息,其中行政许可信息30项。";
        assert_eq!(v(run(t).proactive_total), Some(215));
    }

    #[test]
    fn handled_all_with_a_bracket_kind_of_applicant_and_no_fee_items() {
        let h = run("本年度办理政府信息公开申请12件(含上年度结转2件),均全部办结。");
        assert_eq!(v(h.apps_total_handled), Some(12));
        assert_eq!(v(h.apps_carried_over), Some(2));
        let h = run("全年共收到依申请公开信件6件,申请人类型皆为自然人。");
        assert_eq!(v(h.apps_natural_person_new), Some(6));
        let h = run("本单位严格执行有关规定,没有涉及收费的公开项目。");
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
    }

    #[test]
    fn every_platform_summed_a_listed_heading_and_applicants_by_kind() {
        // A sum over every platform, broken down by channel: the total.
        let t = "某局发布各类消息。全平台发布各类政务信息合计500条,其中网站发布80条,官方微博120条,公众号300条。";
        assert_eq!(v(run(t).proactive_total), Some(500));
        // One county's portal is one channel still.
        let t = "本年度在全县门户网站发布各类政务信息合计50条。";
        assert_eq!(v(run(t).proactive_total), None);
        // 一是 opens a heading of the list of the work.
        let t = "一是主动公开情况。本局全年公开127条信息。\n二是依申请公开情况。";
        assert_eq!(v(run(t).proactive_total), Some(127));
        // Applications by kind: 属, a clause between, 申请情况N件.
        let h = run("本年度共收到政府信息公开申请情况3件(2件属自然人申请,1件属企业申请)。");
        assert_eq!(
            (v(h.apps_new), v(h.apps_natural_person_new)),
            (Some(3), Some(2))
        );
        let h = run("本年度共收到政府信息公开申请4件,均已依法答复完毕,申请人均为自然人。");
        assert_eq!(v(h.apps_natural_person_new), Some(4));
        let h = run("全镇共收到公开申请件5件,申请人的类别均为自然人。经审查,其中2件依法向申请人予以公开,3件为不予公开。");
        assert_eq!(v(h.apps_natural_person_new), Some(5));
        assert_eq!(v(h.apps_granted), Some(2));
        let h = run("共受理申请30件,其中予以公开答复9件,告知信息不存在21件。");
        assert_eq!(v(h.apps_granted), Some(9));
        // A quoted kind and its count with no unit; nobody of a list of
        // kinds applied; a zero shared by a list of three kinds of case.
        let t = "某街道本年度“依申请公开政府信息”数为2\n(三)政府信息管理";
        assert_eq!(v(run(t).apps_new), Some(2));
        let t = "本年度某中心未有依申请政府公开信息,也无复议。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "2023年,某乡全年无依申请办理公开事项,公开工作平稳。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "截至年底,秣陵街道未接受公民提出的政府信息公开申请。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "2019年度,某局未受到公民、法人或其他组织的公开申请。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "本年度某镇未发生过政府信息依申请公开的情况。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "某街道2020年度未发生依申请公开政府信息和不予公开政府信息的情况。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "2022年度,某街道收到和处理政府信息公开申请办理事项为0件。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "2021年,丰县某镇收到申请公开政府信息的要求3件。";
        assert_eq!(v(run(t).apps_new), Some(3));
        let t = "某局全年没有发生政府信息依申请情况。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "某乡全年未发生依申请公开的政府信息。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "全年某镇无居民、企业提出政府信息公开申请。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let h = run("某局全年涉及公开工作的行政复议、行政诉讼和申诉案件0件。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        let h = run("某局全年涉及公开工作的行政复议、行政诉讼和申诉案件3件。");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        // Every applicant a natural person, in a sentence of its own: all
        // the year's new ones; not one applicant of several, nor of none.
        let h = run("2022年收到2件公开申请,比上年少一件。申请人为自然人,均已答复。");
        assert_eq!(v(h.apps_natural_person_new), Some(2));
        let h = run("2022年共收到公开申请7件,其中网上申请5件、信函申请2件,全部属自然人申请件。");
        assert_eq!(v(h.apps_natural_person_new), Some(7));
        let h = run("本年度某局收到并按时办结6件政府信息公开申请。");
        assert_eq!(v(h.apps_new), Some(6));
        let h = run("2022年收到2件公开申请。其中1件申请人为自然人。");
        assert_eq!(v(h.apps_natural_person_new), None);
        let h = run("2022年收到3件公开申请。申请人为自然人的2件。");
        assert_eq!(v(h.apps_natural_person_new), Some(2));
        let h = run("2022年未收到公开申请。申请人为自然人。");
        assert_eq!(v(h.apps_natural_person_new), None);
        // 办件 for an application; 为 before the count.
        let h = run("全县共收到依申请公开办件52件,其中自然人申请件为50件,法人申请件为2件;上一年结转办件3件。");
        assert_eq!(
            (
                v(h.apps_new),
                v(h.apps_natural_person_new),
                v(h.apps_carried_over)
            ),
            (Some(52), Some(50), Some(3))
        );
        let t = "(二)依申请公开情况\n本年度某中心全年未收到政府信息公开案件。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "本年度某中心未收到因政府信息公开引起的行政复议案件。";
        assert_eq!(v(run(t).apps_new), None);
        // The official site's counts, then the official account's: parts.
        let t = "(一)主动公开\n2023年某厅官网主动公开文件9件,公开政府信息86条,官微推送信息30条。";
        assert_eq!(v(run(t).proactive_total), None);
        let h = run("本年度某镇收到公开申请3件,无上年结转申请。");
        assert_eq!(v(h.apps_carried_over), Some(0));
        // A second channel's sum after the first's count is a part still.
        let t = "(一)主动公开\n2016年,某局利用本局网站主动发布信息60条,利用报刊、微信平台等载体共发布信息90条。";
        assert_eq!(v(run(t).proactive_total), None);
        // 有/为 before the count of an outcome; 信息公开 carried over.
        let h = run("某镇全年新收信息公开申请20件,上年结转信息公开申请0件;予以公开的有10件,部分公开为4件,其余6件另行处理。");
        assert_eq!(
            (v(h.apps_carried_over), v(h.apps_granted), v(h.apps_partial)),
            (Some(0), Some(10), Some(4))
        );
        // The 2008 form's counts written out.
        let h = run("三、依申请公开政府信息情况\n政府信息公开申请数为3,当面申请数为3条。同意公开答复2条,否决公开答复1条。");
        assert_eq!((v(h.apps_new), v(h.apps_granted)), (Some(3), Some(2)));
        // Received for handling; handled of a kind named before 依申请;
        // partly granted as the answer's count; carried on, 转接.
        let h = run("全年某局共接到依申请公开办理4件,均已按时办结,其中同意部分公开答复数2件。");
        assert_eq!((v(h.apps_new), v(h.apps_partial)), (Some(4), Some(2)));
        let h =
            run("本年度某县共办结政府信息依申请公开90件,其中予以公开30件,另转接下年度办理5件。");
        assert_eq!(
            (v(h.apps_total_handled), v(h.apps_carried_next)),
            (Some(90), Some(5))
        );
        // Counted in 次, all from natural persons who applied.
        let h = run("全年某街收到依申请公开4次,均为自然人提出申请,经审查予以公开3次,部分公开1次。");
        assert_eq!(
            (
                v(h.apps_new),
                v(h.apps_natural_person_new),
                v(h.apps_granted),
                v(h.apps_partial)
            ),
            (Some(4), Some(4), Some(3), Some(1))
        );
        // Granted and partly granted in other words.
        let h = run("某局全年收到公开申请6件。其中5件按申请事项全部予以公开,另1件公开部分内容。");
        assert_eq!((v(h.apps_granted), v(h.apps_partial)), (Some(5), Some(1)));
        let h = run("本年度共办结依申请公开事项2件,同意公开答复2件。");
        assert_eq!(v(h.apps_granted), Some(2));
        let h = run("全年收到公开申请3件。政务服务自然人办件量为1081件,法人办件量为10件。");
        assert_eq!(v(h.apps_natural_person_new), None);
        let t = "(二)依申请公开情况\n全年未发生依申请和处理政府信息,未发生其他情况。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // One channel's sum stated after what it counts, its kinds after.
        let t = "(一)主动公开\n本年度某乡依托县政府网站主动公开政府信息共9条。其中机构信息5条,政策文件4条。";
        assert_eq!(v(run(t).proactive_total), Some(9));
        // One kind of a list, each kind with its count.
        let t = "二、主动公开情况\n2012年主动公开规范性文件2份、会议信息3条、财政信息1条、新闻动态15条。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "二、主动公开情况\n2012年主动公开会议信息4条、财政信息1条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Handled: answered and dealt with; the one handled, closed.
        let h = run("本局受理公开申请6件,答复处理件4件,另2件转入下年办理。");
        assert_eq!(v(h.apps_total_handled), Some(4));
        let h = run("全年某所办理公开申请2件,已按时依法办结。");
        assert_eq!(v(h.apps_total_handled), Some(2));
        let h = run("全年某所办理公开申请5件,已办结3件。");
        assert_eq!(v(h.apps_total_handled), Some(3));
        // A second channel's count after the first's, its verb 公布.
        let h = run("本年度某乡通过区政府网站公开信息40条,通过村务公示栏公布政务信息9条。");
        assert_eq!(v(h.proactive_total), None);
        // Handled, two sentences after the applications.
        let h = run("全年收到公开申请12件。另有上年结转2件。本年共按时办结9件。");
        assert_eq!(v(h.apps_total_handled), Some(9));
    }

    #[test]
    fn a_review_bodys_own_cases_and_more_wordings() {
        // A justice bureau's own caseload: reviews it accepted, cases of a
        // tribunal it guided; no disclosure applications, no review of it.
        let h = run("截至11月底,受理行政复议申请40件,目前已办结30件,撤回申请5件。指导某仲裁委受理案件20件。");
        assert_eq!(
            (v(h.apps_new), v(h.apps_total_handled), v(h.review_total)),
            (None, None, None)
        );
        // Answered, not received.
        assert_eq!(v(run("2022年,某办共计答复依申请公开41件。").apps_new), None);
        // Review cases of its own, accepted, still count.
        let h = run("2018年,某街道共受理行政复议案件3件,当事人均已撤销复议。");
        assert_eq!(v(h.review_total), Some(3));
        // Handled after the applications counted in the sentence still.
        let h = run("全年收到政府信息公开申请12件,办结12件。");
        assert_eq!(v(h.apps_total_handled), Some(12));
        // 来信 counted in 件次; a sum in so many words.
        assert_eq!(v(run("2024年收到依申请公开来信2件次。").apps_new), Some(2));
        let t = "及时公开了机构职能、政策信息等信息,总共公开信息31条。";
        assert_eq!(v(run(t).proactive_total), Some(31));
    }

    #[test]
    fn a_channel_in_the_clause_before_and_another_channel_after() {
        // The channel in a clause of its own before the count.
        let t = "(1)主动公开。\n在区政府门户网站,区民政局主动公开信息260条,包括通知公告12件。";
        assert_eq!(v(run(t).proactive_total), None);
        // Two sites summed, then the new media counted apart: no total.
        let t = "2021年区民政局通过区政府门户网站及本局网站主动公开信息共计420条,通过政务新媒体发布信息130条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Every channel summed first: the total stays.
        let t = "2021年区民政局通过网站、微信等多种渠道主动公开信息共计420条,通过政务新媒体发布信息130条。";
        assert_eq!(v(run(t).proactive_total), Some(420));
    }

    #[test]
    fn all_carriers_named_by_kind_and_the_information_the_law_requires() {
        let t =
            "2014年,我局通过区政府网、宣传栏等各类政府公开载体主动公开信息52条,其中网站公开30条。";
        assert_eq!(v(run(t).proactive_total), Some(52));
        let t = "2023年,市统计局主动公开法定信息81条,在公开的法定信息中,工作动态占56%。";
        assert_eq!(v(run(t).proactive_total), Some(81));
    }

    #[test]
    fn new_media_before_their_verb_a_joined_review_word_and_all_made_disclosed() {
        let t = "通过门户网站公开各类信息120条。通过官方微信、微博平台公开政府信息900条。";
        assert_ne!(v(run(t).proactive_total), Some(900));
        let h = run("2022年收到信息公开申请3件,均已按时答复,无提起行政复议诉讼情况。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        let t = "全年累计产生政府信息25条,均已主动公开。";
        assert_eq!(v(run(t).proactive_total), Some(25));
        // The later clauses of a breakdown are parts, whatever they say.
        let t = "2022年,某局在市政府信息公开网上主动公开信息300条,其中主动公开涉农补贴信息26条,主动公开招标采购和应急管理信息14条。";
        assert_ne!(v(run(t).proactive_total), Some(14));
    }

    #[test]
    fn channel_sums_by_kind_channels_of_applications_and_plain_negations() {
        // One channel's sum of all kinds, broken down by kind: the total,
        // the breakdown in the same sentence or the next.
        let t = "2020年,某局在县政府网站公开各类政府信息64条,其中机构信息3条,政策文件9条。";
        assert_eq!(v(run(t).proactive_total), Some(64));
        let t = "截至2020年12月底,某乡在政务公开专栏上累计主动公开政府信息41条。其中政策文件30条,工作动态11条。";
        assert_eq!(v(run(t).proactive_total), Some(41));
        // Not where the breakdown names another channel.
        let t = "某局在县政府网站公开各类政府信息64条,其中通过微信公众号发布12条。";
        assert_eq!(v(run(t).proactive_total), None);
        // All kinds in 份, but not one channel's documents.
        let t = "2016年全县主动公开各类政务信息1200余份,其中政府文件40份。";
        assert_eq!(v(run(t).proactive_total), Some(1200));
        let t = "线下主要在村务公开栏张贴,主动公开政府信息文件35份。";
        assert_eq!(v(run(t).proactive_total), None);
        // Applications counted channel by channel: neither is the total,
        // nor what one channel finished.
        let h = run("2022年,本县受理网上提交的公开申请20件,办结18件,另有2件结转下年度办理;受理线下提交的公开申请4件,均已办结。");
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (None, None));
        assert_eq!(v(h.apps_carried_next), Some(2));
        let h = run("2022年,本县受理网上提交的公开申请20件,办结18件。");
        assert_eq!(
            (v(h.apps_new), v(h.apps_total_handled)),
            (Some(20), Some(18))
        );
        // Nobody handed in an application; a suit counted with 为.
        let h = run("今年没有法人向我办提交过政府信息公开的申请。");
        assert_eq!(v(h.apps_new), Some(0));
        let h = run("截至年底暂无申请公开的政务信息,也无相关复议。");
        assert_eq!(v(h.apps_new), Some(0));
        let h = run("本年度被提起诉讼为2件。");
        assert_eq!(v(h.litigation_total), Some(2));
        // A negated list of cases with suits last; an excerpt cut inside
        // the word; no fee of any kind (等情况).
        let h = run("本年度未出现针对本局的行政复议、信访、举报或诉讼。");
        assert_eq!(v(h.litigation_total), Some(0));
        let h = run("一、概述\n本年度工作正常。\n五、本年度没有行政复议、行政诉");
        assert_eq!(v(h.litigation_total), Some(0));
        let h = run("本局不存在依申请公开的收费或减免等情况。");
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
        // One channel's count, its breakdown, then another channel's.
        let t = "全年共通过门户网站公开各类政府信息300篇,其中专栏40篇;通过微博发布信息100条。";
        assert_eq!(v(run(t).proactive_total), None);
        // A department's site by its own name is one channel, though the
        // year's sum word is in its clause.
        let t = "二、主动公开政府信息情况\n《某市统计信息网》本年共更新、发布信息120条,其中动态60条;另经微信公众号推送信息9条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Suits counted as cases brought; those carried from last year are not.
        let h = run("本年共发生复议案件0件;起诉案件2件,法院尚未判决;结转起诉案件3件,均已审结。");
        assert_eq!(v(h.litigation_total), Some(2));
        let h = run("本年共发生复议案件0件;结转起诉案件3件,均已审结。");
        assert_eq!(v(h.litigation_total), None);
        // A sum that closes a list of kinds.
        let t = "本局主动公开工作信息12条,财政信息5条,应急信息3条,共公开信息20条。";
        assert_eq!(v(run(t).proactive_total), Some(20));
        // Handled: all answered (回复), the noun 申请公开信息.
        let h = run("办理依申请公开信息31件,均依法及时予以了回复。");
        assert_eq!(v(h.apps_total_handled), Some(31));
        // Carried on, how it will be handled said before the count.
        let h = run("全年办理申请40件,办结33件,结转下年度按时办理7件。");
        assert_eq!(v(h.apps_carried_next), Some(7));
        // Carried on, counted in 个.
        let h = run("本年度共收到政府信息公开申请2个,结转下年度继续办理1个。");
        assert_eq!(v(h.apps_carried_next), Some(1));
        // One site's plain count broken down by kind, no other channel on
        // the page: the unit's total. Another channel's count elsewhere on
        // the page, or channels listed before it, leave it a part.
        let t = "一、总体情况\n2023年,通过丰县人民政府网站主动公开政府信息41件,其中政策文件6件,工作动态35件。";
        assert_eq!(v(run(t).proactive_total), Some(41));
        let t = "一、总体情况\n截至目前,我局在市政府信息公开平台累计发布信息90条。\n2023年,局网站主动公开政府信息41件,其中政策文件6件,工作动态35件。";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "一、总体情况\n通过门户网站、微信公众号等多种途径公开信息。2023年,通过门户网站主动公开政府信息41件,其中政策文件6件,工作动态35件。";
        assert_eq!(v(run(t).proactive_total), None);
        // A list's sum with no verb, after proactive counts.
        let t = "通过政务网主动公开基础信息70条,主动公开民生信息9条,水务信息40条,合计共119条。";
        assert_eq!(v(run(t).proactive_total), Some(119));
        // All the applications from natural persons, said in brackets after
        // the noun.
        let h = run("本年度共受理12件政府信息公开申请(均为自然人提交),均已办结。");
        assert_eq!(v(h.apps_natural_person_new), Some(12));
        // The proactive part of what was made, with its share: the total.
        let t =
            "本年度我单位共制作信息30条,其中主动公开信息数27条,占比90%;不予公开信息数3条,占比10%。";
        assert_eq!(v(run(t).proactive_total), Some(27));
        // All granted, how said before the verb; a list of answers, each
        // count before its kind.
        let h = run("全年共受理政府信息公开申请4件,均已按规定及时予以公开。");
        assert_eq!(v(h.apps_granted), Some(4));
        let h = run("全年共收到政府信息公开申请90件。答复结果分别为:6件予以公开,2件部分公开,82件本机关不掌握相关政府信息。");
        assert_eq!((v(h.apps_granted), v(h.apps_partial)), (Some(6), Some(2)));
        // A running total to the end of the year (截至…年底…累计).
        let t = "截至2016年底,本局累计主动公开政府信息35条,均在本局网站发布。";
        assert_eq!(v(run(t).proactive_total), None);
        // New ones joined with last year's carried over: neither's count.
        let h = run("2021年全年,本局上年度结转和新收政府信息公开申请共8件。");
        assert_eq!(v(h.apps_new), None);
        // Counted in 宗; all from natural persons (均 before the kind); both
        // kinds of case none in words; both kinds of applicant's applications.
        let h = run("全年受理申请4宗。其中,予以公开2宗,部分公开1宗,无法提供1宗。");
        assert_eq!((v(h.apps_granted), v(h.apps_partial)), (Some(2), Some(1)));
        let h = run("全年收到政府信息公开申请共5件,其中5件均为自然人申请。");
        assert_eq!(v(h.apps_natural_person_new), Some(5));
        let h = run("因信息公开工作被申请行政复议及提起行政诉讼情况均为零。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        let h = run("2022年,公民、法人提交的政府信息公开申请9件,当年办结9件。");
        assert_eq!(v(h.apps_new), Some(9));
        // Fields answered none, a space before the line ends.
        let t = "2、依申请公开政府信息情况:无 \n3、政府信息公开申请行政复议、提起行政诉讼情况:无 \n4、政府信息公开的收费情况及减免情况:无 \n";
        let h = run(t);
        assert_eq!(v(h.apps_new), Some(0));
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
        // Carried on to a year named, what was carried written out.
        let h = run("受理的申请中,尚有结转至2024年的信息公开申请4件。");
        assert_eq!(v(h.apps_carried_next), Some(4));
    }

    #[test]
    fn samples_423_to_428() {
        // A site named by its own name ending in 网 is one channel: its count
        // is not the unit's total.
        let t = "(一)主动公开情况。某镇聚焦重点工作,全年在某省政府采购网公开信息7条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "(一)主动公开情况。全年在某市党政网发布信息15条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // Going online (上网公开) names no site.
        let t = "(一)主动公开情况。2031年,我镇及时上网公开信息27条。\n";
        assert_eq!(v(run(t).proactive_total), Some(27));
        // No charging done, said in a clause of its own.
        let h = run("四、收费和减免\n全年我镇未进行过政府信息公开收费。\n");
        assert_eq!(h.fees_collected.map(|l| l.value), Some(0.0));
        let h = run("四、收费情况\n我镇未开展收费标准调研,收费目录另行公布。\n");
        assert_eq!(h.fees_collected, None);
        // A heading on both kinds of case, and 无 alone on its line.
        for none in ["无", "无。"] {
            let h = run(&format!(
                "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n{none}\n五、其他\n"
            ));
            assert_eq!(
                (v(h.review_total), v(h.litigation_total)),
                (Some(0), Some(0))
            );
        }
        // Not where the line goes on (无其他情况需要说明 is no answer here:
        // its words after 无 name something else).
        let h = run("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n无论复议还是诉讼,均依法应诉。\n");
        assert_eq!(v(h.review_total), None);
        // The same words counting in sibling clauses: parts (the
        // government's, its departments'), neither the whole.
        let h = run("(二)依申请公开情况\n2031年政府新收依申请公开数量为2件,办理结果为予以公开2件;部门新收依申请公开数量为4件,办理结果为予以公开1件,不予处理1件。\n");
        assert_eq!((v(h.apps_new), v(h.apps_granted)), (None, None));
        // One count, and another kind of count after it: the count.
        let h = run("(二)依申请公开情况\n2031年新收依申请公开数量为2件;办理结果为予以公开2件。\n");
        assert_eq!((v(h.apps_new), v(h.apps_granted)), (Some(2), Some(2)));
        // A site and the reading rooms of the archive and library: every
        // channel, the count the whole.
        let t = "二、主动公开政府信息情况\n2031年通过某区政府网站、区档案馆和图书馆的政府信息查阅室主动公开政府信息16条。\n";
        assert_eq!(v(run(t).proactive_total), Some(16));
        // Handled, and how: 按规定办结 closing its clause.
        let h = run(
            "(二)依申请公开情况\n今年以来,累计办理政府信息公开申请2件,按规定办结,办结率100%。\n",
        );
        assert_eq!(v(h.apps_total_handled), Some(2));
        // The whole, then its parts.
        let t = "(一)主动公开情况\n在2031年度主动公开的29条政府信息中,机构职能类信息占12条,其他类信息4条。\n";
        assert_eq!(v(run(t).proactive_total), Some(29));
        // The county's count copied into a township's report is not the
        // township's; a county's own report keeps it.
        let t = "(一)主动公开情况\n2031年,全县共主动公开信息数529条。\n";
        let of = |level| v(run_as(t, level, None).proactive_total);
        assert_eq!(of(Level::Township), None);
        assert_eq!(of(Level::County), Some(529));
        // Natural persons among a whole that holds those carried over: no
        // count of the new ones; among the new ones alone, their count.
        let h = run("(二)依申请公开情况\n2031年,全年受理政府信息公开申请25件(含2030年结转1件),其中自然人申请24件,其它1件。\n");
        assert_eq!(v(h.apps_natural_person_new), None);
        let h = run("(二)依申请公开情况\n2031年,全年受理政府信息公开申请25件,其中自然人申请24件,其它1件。\n");
        assert_eq!(v(h.apps_natural_person_new), Some(24));
        // The unit's disclosure counted with 主动 left out.
        let t = "(一)主动公开情况\n2031年,全镇政府信息公开566条,一是利用网站公开38条;二是通过公众号公开528条。\n";
        assert_eq!(v(run(t).proactive_total), Some(566));
        // The report's parts counted are no count of applications.
        let t =
            "本报告包括总体情况、主动公开政府信息情况和收到和处理政府信息公开申请情况3个部分。\n";
        assert_eq!(v(run(t).apps_new), None);
        // A sub-heading after the section's heading: its sentence is the
        // section's lead.
        for sep in ["。", "\n"] {
            let t = format!("二、主动公开政府信息情况\n1.做好基础信息公开{sep}今年共发布信息600余条。其中领域信息353条,部门文件3条。\n");
            assert_eq!(v(run(&t).proactive_total), Some(600), "{sep:?}");
        }
        // Over the site and the reading places, and more (等): the whole,
        // in the middle of a paragraph, 主动 left out.
        let t = "(一)做好主动公开。持续推进公开。2031年通过政府网站、信息查阅场所等公开信息2760条。其中,通过门户网站公开政府信息980条。\n";
        assert_eq!(v(run(t).proactive_total), Some(2760));
        // Not under a sub-heading that names a kind of information: its
        // count is that kind's.
        let t = "二、主动公开政府信息情况\n1.行政许可信息\n全年发布许可决定等信息85条。\n2.预算执行信息\n发布预决算信息12条。\n";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn samples_521_to_532() {
        // Not under a sub-heading that names a channel (the portal, an
        // account): its count is that channel's.
        let t = "(一)主动公开\n1.政府网站主动公开信息的情况。2031年我镇在县政府网,截至2031年12月31日共发布信息45条,其中工作动态30条。\n2.官方微信主动公开政府信息情况。全年推送信息210条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // A sub-heading of the work itself keeps its sentence the lead.
        let t = "(一)主动公开\n1.强化主动公开工作。本年度共主动公开信息45条。\n";
        assert_eq!(v(run(t).proactive_total), Some(45));
        // The lead's count on the portal, its breakdown, then another
        // channel's count past a semicolon: one channel's, no total.
        let t = "(一)主动公开情况\n2031年,我局依托区政府门户网站作为发布平台,发布信息120余条,其中通知公告80条、要闻40条;通过微信公众号等新媒体平台发布信息300余条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // (A breakdown listed with semicolons is still the lead's.)
        let t = "(一)主动公开情况\n2031年,我局发布各类信息120条,其中通知公告80条;工作动态40条。\n";
        assert_eq!(v(run(t).proactive_total), Some(120));
        // Published besides the site: the other channels' part, no total.
        let t = "一、主动公开政府信息情况。\n(一)公开的内容。\n2031年度共在县政府信息公开网上发布各类主动公开信息26条。除在县政府信息公开网及时公开外,还通过省审计厅、市审计局、县审计局、中国文明网、省文明网及县文明网等媒体主动向社会发布信息60条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // The applications named first, the verb after.
        let h = run("(二)依申请公开情况\n2031年以来,某某街道办事处政府信息公开申请受理3条,与上年相比增加1条。");
        assert_eq!(v(h.apps_new), Some(3));
        // Received and handled (收到并办理), then its results: no count
        // handled.
        let h = run("(二)依申请公开情况\n2031年收到并办理依申请公开40件,其中,予以公开8件,无法提供25件,结转下年度9件。");
        assert_eq!(v(h.apps_total_handled), None);
        // What was disclosed, its fields listed at length, closed by 等:
        // the whole.
        let t = "(一)主动公开。2031年,我镇主动公开的政府信息主要包括领导分工、内设机构、规划计划、财政预决算、项目建设、安全生产、乡村振兴、社会救助、医疗保障、就业创业、教育文化、生态环境、农业农村、自然资源、城乡建设、民政服务、退役军人服务等多个领域政府信息320余条。\n";
        assert_eq!(v(run(t).proactive_total), Some(320));
        // Carried over, 申请 and 办件 both.
        let h = run("(二)依申请公开情况\n2031年本机关共受理依申请公开件40件,上年结转政府信息公开申请办件3件。");
        assert_eq!(v(h.apps_carried_over), Some(3));
        // Received from natural persons, named after the verb.
        let h = run("(二)依申请公开情况\n2031年我乡共受理自然人申请的依申请办理事项3件。");
        assert_eq!(v(h.apps_natural_person_new), Some(3));
        // (Not a count shared with another kind of applicant.)
        let h = run("(二)依申请公开情况\n2031年我乡共受理自然人、法人申请的事项3件。");
        assert_eq!(v(h.apps_natural_person_new), None);
        // 收 alone after 全年: the count received.
        let h = run(
            "(二)依申请公开情况\n全年收政府信息公开申请57件,结转上年度申请2件,本年度办结55件。",
        );
        assert_eq!(v(h.apps_new), Some(57));
        // The count handled as a 数量 right after the count received.
        let h = run("(二)依申请公开情况\n2031年我局收到依申请公开申请事项0件,办理数量0件。");
        assert_eq!(v(h.apps_total_handled), Some(0));
        // A running total, another count, then the year's own part in the
        // next sentence: the running total is no total of the year.
        let t = "(一)主动公开情况\n2031年,我县加大公开力度。截止到2031年12月底全县累计主动公开政府信息5120条,依申请公开信息31条。其中,2031年度全县主动公开政府信息860条,依申请公开信息4条。";
        assert_ne!(v(run(t).proactive_total), Some(5120));
    }

    #[test]
    fn samples_535_on() {
        // From citizens, said so, the request named by its kind alone.
        let h = run(
            "(二)依申请公开情况\n2031年本街道共接到来自公民的政府信息依申请公开的4件,均按时答复。",
        );
        assert_eq!(v(h.apps_natural_person_new), Some(4));
        // (Not from citizens and others together.)
        let h = run("(二)依申请公开情况\n2031年本街道共接到来自公民、法人的依申请公开的4件。");
        assert_eq!(v(h.apps_natural_person_new), None);
        // Handled, counted in 起 (as in 件), nothing more said.
        let t = "一、总体情况\n2031年,本局主动公开政府信息85条,办理政府信息公开申请6起,群众满意度较高。";
        assert_eq!(v(run(t).apps_total_handled), Some(6));
        // The count as the total the unit gives.
        let t = "二、主动公开情况\n(一)公开的数量。2031年,城南街道公开信息总数为38条。\n";
        assert_eq!(v(run(t).proactive_total), Some(38));
        // A running total, then past a semicolon the year's own part: the
        // year's.
        let t = "二、主动公开情况\n截至2031年底,累计主动公开政府信息240条,均已按目录归档;其中2031年全年主动公开政府信息31条。";
        assert_eq!(v(run(t).proactive_total), Some(31));
        // The site and the accounts run together (网站政务新媒体): two
        // channels, the whole, though the breakdown names the accounts'.
        let t = "(一)主动公开。全年通过网站政务新媒体共主动发布信息612条,其中机构概况信息20条,工作动态信息300条,政务新媒体发布信息80条。";
        assert_eq!(v(run(t).proactive_total), Some(612));
        // Partly granted, quoted; the applicants of a count named right
        // after it.
        let t = "(二)依申请公开情况\n2031年我局共受理政府信息公开申请4件,4件依申请公开申请人均为自然人。“予以公开”3件,“部分公开”1件。";
        let h = run(t);
        assert_eq!(
            (v(h.apps_natural_person_new), v(h.apps_partial)),
            (Some(4), Some(1))
        );
        // None met, with the cases that follow from it.
        let t = "五、存在的问题\n本中心全年没有遇到依申请和行政复议、行政诉讼的情况,经验不足。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // No application at all, said as not concerned.
        let t = "三、依申请公开情况\n本年度本街道不涉及依申请公开、不予公开的情况;无行政复议。";
        assert_eq!(v(run(t).apps_new), Some(0));
    }

    #[test]
    fn samples_335_to_340() {
        // Published to the public, after the year: the whole.
        let h = run("一是加大公开力度。2021年,对外公布信息58条,便于群众查阅。");
        assert_eq!(v(h.proactive_total), Some(58));
        // One site's plain count, what it covered named after it, and no
        // other channel on the page: the unit's total.
        let t = "(一)主动公开情况\n我委按要求通过县政府网站信息公开专栏主动公开信息317条,涉及工作动态、通知公告等方面。\n";
        assert_eq!(v(run(t).proactive_total), Some(317));
        // Those finished beside another fate: no total handled.
        let h = run(
            "本年度我委收到政府信息公开申请25件,办结22件,逾期未补正不再处理1件,结转下年办理2件。",
        );
        assert_eq!(v(h.apps_new), Some(25));
        assert_eq!(v(h.apps_total_handled), None);
        // A section on both kinds of case, its one line saying none.
        let t = "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n我乡2015年度无申请。\n";
        let h = run(t);
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
        // One kind of a list whose items stand between semicolons.
        let t = "(一)主动公开。2022年某县教育局坚持以公开为常态,积极主动公开本机关的政府信息。主动公开县级规范性文件12份;公开工作动态等信息140条;主动公开教育惠民政策、助学资金等信息31条;公开人事任免等信息9条。\n";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn samples_338_to_346() {
        // Those that came in, as the count received.
        let h = run("本年度受理依申请公开来件17件,续办上年度结转办件2件。");
        assert_eq!(v(h.apps_new), Some(17));
        // Answered after another outcome, the office that answered between.
        let h = run("全年共收到政府信息公开申请40件,申请人撤回3件,有关单位在规定期限内答复37件。");
        assert_eq!(v(h.apps_total_handled), None);
        // What the applications asked for is no count disclosed.
        let t = "(一)主动公开情况\n全年收到申请9件,其中:主动公开2件,依申请公开4件,咨询3件。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // The early form's sentence of the total, a site named in it.
        let t = "二、主动公开政府信息情况\n2012年全年,我镇在区政府网站主动公开政府信息52条,全文电子化比例100%。\n";
        assert_eq!(v(run(t).proactive_total), Some(52));
        // One kind disclosed proactively is no sign of a larger sum.
        let t = "(一)主动公开\n全年本镇公开政府信息61条,其中主动公开文件信息5条。\n";
        assert_eq!(v(run(t).proactive_total), Some(61));
        // But a site's count still is not the total.
        let t = "(一)主动公开\n全年区政府门户网站发布各类信息900条,其中主动公开政策文件30条,动态信息870条。\n";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn samples_345_to_356() {
        // A repeated application is one outcome, not all handled.
        let t = "共受理政府信息公开申请18件(含上年结转2件)。经依法办理,予以公开5件,无法提供12件,另处理重复申请1件,所有申请均按期答复。";
        assert_eq!(v(run(t).apps_total_handled), None);
        // 依申请 before the information and its count; then answered, all.
        let h = run("全年共办理依申请政府信息公开7件,均按时办结。");
        assert_eq!(v(h.apps_total_handled), Some(7));
        let h = run("2023年1-12月,某镇依申请公开信息0条。");
        assert_eq!(v(h.apps_new), Some(0));
        // (Documents made to be disclosed on request are no applications.)
        let h = run("制作依申请公开信息230条,收到申请12例,均依法办理。");
        assert_ne!(v(h.apps_new), Some(230));
        // The applications none, in a clause of their own.
        let h = run("2022年度,无政府信息公开申请,无行政复议、行政诉讼情况发生。");
        assert_eq!(v(h.apps_new), Some(0));
        // The site it disclosed by, in a clause before the count, and another
        // channel's count on the page: one channel's.
        let t = "(一)主动公开\n2021年,全县各部门通过政府网站,主动公开各类政府信息2100条。通过某某发布微信公众号推送信息400条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // One site's count of information disclosed, broken down, no other
        // channel on the page: the total.
        let t = "(一)主动公开情况\n2016年,我乡在县政府网站公开本年度信息58条,其中,乡文件10条,工作动态48条。\n";
        assert_eq!(v(run(t).proactive_total), Some(58));
    }

    #[test]
    fn samples_385_to_386() {
        // Natural persons counted above the new applications: carried ones
        // among them, no count of the new.
        let t = "2030年共新收政府信息公开申请55件,上年结转5件。按申请人分类:自然人申请58件。";
        let d = Doc::new("t", t.to_string(), None);
        let n = extract_narrative(&d, None);
        assert_eq!(v(n.headline.apps_natural_person_new), None);
        assert!(n.flags.iter().any(|f| f == "narrative_natural_exceeds_new"));
        // Fees charged, 0 yuan.
        let t = "本年度收到并处理政府信息公开申请2项,向申请人收取费用为0元。";
        assert_eq!(run(t).fees_collected.map(|l| l.value), Some(0.0));
        // 其中 opening the sentence after two sites' counts: a part of
        // theirs, no total.
        let t = "(一)主动公开情况。2030年,在中国某某门户网站主动公开工作动态、政策文件及解读等各类政府信息300条,在某某局网站主动公开各类信息280条。其中,主动公开食品安全等重点领域信息150条。主动公开政策性文件2件。";
        assert_eq!(v(run(t).proactive_total), None);
        // Handled in 份.
        let t = "2030年新收政府信息公开申请6份,本年度办结4份,结转下年度继续办理2份。";
        assert_eq!(v(run(t).apps_total_handled), Some(4));
    }

    #[test]
    fn samples_381_to_384() {
        // None carried in: the count received is the new ones.
        let t = "(二)依申请公开情况。共受理答复依申请公开件12件(含2029年结转0件),其中予以公开5件。";
        assert_eq!(v(run(t).apps_new), Some(12));
        // The count received, all handled by the year's end.
        let h =
            run("(三)依申请公开情况。我局2030年度依申请公开申请数为15件,截至12月31日已全部办结。");
        assert_eq!(
            (v(h.apps_new), v(h.apps_total_handled)),
            (Some(15), Some(15))
        );
        // The count with its unit left out.
        let t = "(二)依申请公开情况\n2030年共收到信息公开申请4,我局均已按规定回复办结。";
        assert_eq!(v(run(t).apps_new), Some(4));
        // Neither charged nor waived.
        let t = "本局未对依申请公开政府信息收取或减免费用。";
        assert_eq!(run(t).fees_collected.map(|l| l.value), Some(0.0));
        // The new count, then whose.
        let t = "本年度新收政府信息公开申请2件,为自然人申请,均依法答复。";
        assert_eq!(v(run(t).apps_natural_person_new), Some(2));
        // A sentence opening with the year and the count disclosed.
        let t = "一、总体情况\n本局做好公开。2030年度,公开信息210条。加强监督保障。";
        assert_eq!(v(run(t).proactive_total), Some(210));
        let t = "主动公开\n2030年度主动公开的45条政府信息。其中发布动态40条。";
        assert_eq!(v(run(t).proactive_total), Some(45));
        // To society, between the sum and its verb.
        let t = "(一)、主动公开政府信息的数量\n公开平台发布信息情况。截至2030年12月31日,我乡共向社会发布信息33条。";
        assert_eq!(v(run(t).proactive_total), Some(33));
        // The sum with no noun, in the heading's sentence.
        let t = "(一)主动公开情况\n中心在多个网站公开交易信息、办事流程等共计发布120条。其中,招标公告100条。";
        assert_eq!(v(run(t).proactive_total), Some(120));
        // What applicants asked, called 诉求.
        let t = "(二)依申请公开\n2030年,本单位接到依申请公开方面的诉求3件,均依法答复。";
        assert_eq!(v(run(t).apps_new), Some(3));
    }

    #[test]
    fn samples_377_to_380() {
        // No case reviewed, the suits counted after it.
        let h = run("(三)行政复议、行政诉讼情况\n本局信息公开无被复议案件,被诉讼案件为3件。");
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(3))
        );
        // Natural persons' applications in 项, by the verb.
        let t = "本年度受理依申请公开事项40件,其中37项为自然人提交,3项为法人提交。";
        assert_eq!(v(run(t).apps_natural_person_new), Some(37));
        // Handled, the applications called cases, all completed.
        let t = "2030年某街道共处理政府信息公开申请案件6件,均按时按程序完成办结。";
        assert_eq!(v(run(t).apps_total_handled), Some(6));
        // One site's sum, its breakdown opened by 主要包括.
        let t = "(一)主动公开政府信息情况\n2030年,街道通过区政府网站主动公开政府信息共计512条,主要包括街道动态200条、社会救助40条。";
        assert_eq!(v(run(t).proactive_total), Some(512));
    }

    #[test]
    fn samples_365_to_376() {
        // A running total's part of the year, named by its year.
        let t =
            "一、主动公开情况\n到2030年底我办累计主动公开信息900条,其中2030年主动公开信息70条。";
        assert_eq!(v(run(t).proactive_total), Some(70));
        // Nobody asked, the request so named.
        let t = "(二)依申请公开\n本年度没有公民提出本单位信息公开的请求。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // 政务信息 for 政府信息, with 数.
        let t = "(二)依申请公开情况\n本年度某局依申请公开政务信息数7件,均按时答复。";
        assert_eq!(v(run(t).apps_new), Some(7));
        // The fees heading with 无 on the line below.
        let t = "五、信息公开的收费和减免情况。\n无。\n六、存在的问题";
        assert_eq!(run(t).fees_collected.map(|l| l.value), Some(0.0));
        // Cases of another service after a clause on disclosure.
        let t = "在服务大厅公示栏主动公开,某中心全年受理法律援助案件350件,办结案件340件。";
        assert_eq!(v(run(t).apps_new), None);
        // A second channel's count, in a sentence after the first's.
        let t = "二、主动公开政府信息情况\n(一)网站公开情况。在某街道政府网站发布信息120条,处理咨询9条。在某区政府线上、某区网发布政府信息88条。";
        assert_eq!(v(run(t).proactive_total), None);
        // …unless it sums them.
        let t =
            "二、主动公开情况\n在公开平台发布信息120条。通过网站和新媒体公开各类政府信息3000条。";
        assert_eq!(v(run(t).proactive_total), Some(3000));
        // The count closing its sentence with no unit.
        let t = "(二)政府信息公开情况\n按时公开,本年主动公开的各类政府信息数量4321。区档案馆设查阅中心。";
        assert_eq!(v(run(t).proactive_total), Some(4321));
    }

    #[test]
    fn samples_363_to_364() {
        // Carried from one year into the next, both named: not the count
        // carried on from the report's year; that one follows.
        let t = "2023年结转至2024年4件,2024年共受理120件,已办结118件,结转下年度办理6件。";
        assert_eq!(v(run(t).apps_carried_next), Some(6));
    }

    #[test]
    fn samples_357_to_360() {
        // What was withheld is no count disclosed.
        let t = "二、依申请公开情况\n2017年,我局未收到申请。依法不予公开的政府信息4条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // Both kinds of case as a field, answered 0件.
        let t = "(三)行政复议、行政诉讼情况。\n2022年,某局因政府信息公开工作而被申请行政复议或被提起行政诉讼的情况:0件。\n";
        let h = run(t);
        assert_eq!(
            (v(h.review_total), v(h.litigation_total)),
            (Some(0), Some(0))
        );
    }

    #[test]
    fn samples_445_to_450() {
        // The early form's heading run in before its sentence, the count a
        // site's, a running total after it: the year's. (主动公开政府信息的
        // 数量 is the 2008 form's own item heading, not one page's words.)
        let t = "二、主动公开政府信息情况\n1、主动公开政府信息的数量:2031年,本所在某区政府网站主动公开信息31条,历年累计402条;2、主动公开政府信息的主要类别。\n";
        assert_eq!(v(run(t).proactive_total), Some(31));
        // On a line of its own above the sentence, likewise.
        let t = "二、主动公开政府信息情况\n(一)主动公开政府信息的数量\n2031年,本所在某区政府网站主动公开信息31条,历年累计402条。\n";
        assert_eq!(v(run(t).proactive_total), Some(31));
        // Another channel's count after it is still a part.
        let t = "二、主动公开政府信息情况\n1、主动公开信息总数:2031年,本所在某区政府网站公开信息31条,在官方微博公开信息12条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // The unit's own field before 信息 is no topic of it; another field is.
        let t =
            "(一)主动公开情况\n2031年,通过网站、微博和微信等平台主动公开各类公安政府信息3300条。\n";
        let of = |name| v(run_as(t, Level::Department, Some(name)).proactive_total);
        assert_eq!(of("某市公安局某区分局"), Some(3300));
        assert_eq!(of("某市统计局"), None);
        // The ways applications come in, counted, are no applications.
        let h = run("一是规范办理流程。开放了网上、信函、传真、当面受理四个依申请公开渠道。\n");
        assert_eq!(v(h.apps_new), None);
        let h = run("全年受理3件依申请公开事项,均已按期答复。\n");
        assert_eq!(v(h.apps_new), Some(3));
    }

    #[test]
    fn samples_453_to_454() {
        // A form's field of the year's total, an aside before its colon.
        let t = "一、总体情况\n2031年本部门政府信息公开发布总数量(不含新闻类):12条 |\n";
        assert_eq!(v(run(t).proactive_total), Some(12));
        // Received and handled by law: the count received, not handled.
        let h = run("(二)依申请公开情况\n2031年,我办收到依法处理依申请公开16件。\n");
        assert_eq!((v(h.apps_new), v(h.apps_total_handled)), (Some(16), None));
        let h = run("(二)依申请公开情况\n2031年,我办依法办理依申请公开16件。\n");
        assert_eq!(v(h.apps_total_handled), Some(16));
    }

    #[test]
    fn samples_457_to_460() {
        // Kinds listed after 信息 share the count, its channels after 其中.
        let t = "(一)主动公开情况\n2031年,本局主动公开政务信息、规划、会议纪要、工作动态640条,其中门户网站200条,官方微博440条。\n";
        assert_eq!(v(run(t).proactive_total), Some(640));
    }

    #[test]
    fn samples_463_to_464() {
        // One way in of several, each counted: parts, no count of the new.
        let h = run("(二)依申请公开情况\n本年度共收到在线申请9件,信函申请3件,均已按时答复。\n");
        assert_eq!(v(h.apps_new), None);
        // One way named alone stays the count.
        let h = run("(二)依申请公开情况\n本年度共收到在线申请9件,均已按时答复。\n");
        assert_eq!(v(h.apps_new), Some(9));
    }

    #[test]
    fn samples_467_to_468() {
        // Applications counted in 条, and their answers: granted.
        let h = run("(二)依申请公开情况\n本年度本街道收到依申请公开的信息6条,予以公开6条。\n");
        assert_eq!(v(h.apps_granted), Some(6));
        // Not information disclosed in 条 after a count of another thing.
        let h = run("(一)主动公开情况\n本年度受理群众来信9条,予以公开14条。\n");
        assert_eq!(v(h.apps_granted), None);
    }

    #[test]
    fn samples_469_to_470() {
        // 公开 naming the kind of information, after 各种: the total.
        let t = "(一)主动公开情况\n抓好网上公开。全年在本办网站公开了各种公开信息共215篇。\n";
        assert_eq!(v(run(t).proactive_total), Some(215));
    }

    #[test]
    fn samples_471_to_472() {
        // Information classed for disclosure on request (the 2008 form's
        // 作为依申请公开) is no application.
        let t = "(一)主动公开情况\n2031年,本镇制作政府信息共90条,其中主动公开信息数为85条,作为依申请公开信息数为0条,不予公开信息数为5条。\n";
        let h = run(t);
        assert_eq!((v(h.proactive_total), v(h.apps_new)), (Some(85), None));
        // The natural persons' count with the form's noun after the verb.
        let h = run("(二)依申请公开情况\n本年度本局收到并办理自然人申请公开政府信息数7件。\n");
        assert_eq!(v(h.apps_natural_person_new), Some(7));
        // All kinds of media are every channel.
        let t = "一、概述\n2031年,全县通过各类公开媒体共公开信息2万余条。\n";
        assert_eq!(v(run(t).proactive_total), Some(20000));
        // One site's count broken down by the site's own columns: the total;
        // not where another channel's count follows.
        let t = "(一)主动公开情况。2031年,本街道通过区门户网站主动公开各类政务信息45条,内容涉及机构职能、通知公告、财政预决算等栏目。\n";
        assert_eq!(v(run(t).proactive_total), Some(45));
        let t = "(一)主动公开情况。2031年,本街道通过区门户网站主动公开各类政务信息45条,其中通知公告12条,在微信公众号发布信息30条。\n";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn samples_473_to_474() {
        // The year's own information counted to the year's end: the
        // year's count, not a running total; without the year it is one.
        let t = "一、概述\n截至2031 年底,我乡人民政府累计主动公开2031年度政府信息16条,均已上网。\n";
        assert_eq!(v(run(t).proactive_total), Some(16));
        let t = "一、概述\n截至2031年底,我乡累计主动公开政府信息160条。\n";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn samples_475_to_476() {
        // Disclosed proactively and on request together: no applications.
        let h = run("一、概述\n2031年,本局全年主动和依申请公开信息860条,在线答复群众来信12件。\n");
        assert_eq!(v(h.apps_new), None);
        // Disclosed on request alone stays the count.
        let h = run("一、概述\n2031年,本局全年依申请公开信息6条。\n");
        assert_eq!(v(h.apps_new), Some(6));
    }

    #[test]
    fn samples_477_to_478() {
        // 各类 before 信息, the measure word lost before the breakdown.
        let t = "(一)主动公开情况\n2031年度本局主动公开各类政府信息58,其中,机构职能5条;部门文件20条。\n";
        assert_eq!(v(run(t).proactive_total), Some(58));
        // Every channel named, then one channel's count after the comma: that
        // channel's, no total; the sum after the comma stays one.
        let t = "(一)主动公开情况\n2031年本街道通过政府网站、宣传栏、微信公众号等多种形式,“某某街道”微信公众号发布信息210条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        let t = "(一)主动公开情况\n2031年本街道通过政府网站、宣传栏、微信公众号等多种渠道,共发布信息376条。\n";
        assert_eq!(v(run(t).proactive_total), Some(376));
    }

    #[test]
    fn samples_483_to_484() {
        // Last year's brought on into this year, named by its year.
        let h = run("(二)依申请公开情况\n2031年,本区共办理依申请公开18件(含2030年结转至本年度2件),均已答复。\n");
        assert_eq!(v(h.apps_carried_over), Some(2));
        // Carried on to next year is no carried-over count.
        let h = run("(二)依申请公开情况\n2031年,共收到申请20件,2031年结转至下年度2件。\n");
        assert_eq!(v(h.apps_carried_over), None);
    }

    #[test]
    fn samples_485_to_488() {
        // Handled right after received, in the same measure word.
        let h = run("(二)依申请公开情况\n2031年本街道共收到公开申请9条,办理9条。\n");
        assert_eq!(v(h.apps_new), Some(9));
        assert_eq!(v(h.apps_total_handled), Some(9));
        let h = run("(二)依申请公开情况\n2031年,全镇受理政府信息公开申请四件,已处理四件。\n");
        assert_eq!(v(h.apps_total_handled), Some(4));
        // Answered, as many, right after.
        let h = run("(二)依申请公开情况\n2031年本街道共收到公开申请8条,及时回复8条。\n");
        assert_eq!(v(h.apps_total_handled), Some(8));
        // The count handled, what they were between it and 已全部办结.
        let h = run("(二)依申请公开情况\n2031年共收到申请23件。23件依申请公开申请已全部办结。\n");
        assert_eq!(v(h.apps_total_handled), Some(23));
        // Finished, the number first, after those taken on.
        let h = run("(二)依申请公开\n全年办理61件申请,58件办结,3件正在办理。\n");
        assert_eq!(v(h.apps_total_handled), Some(58));
        // On proactive disclosure in 份, 依申请公开 in 条 is a kind of
        // information, not applications.
        let h = run("(一)主动公开\n2031年主动公开文件类信息52份,依申请公开77条。\n");
        assert_eq!(v(h.apps_new), None);
        // Published over the site and the new media both: the whole.
        let t = "(一)主动公开\n本局高度重视公开工作。全年累计在局门户网站、政务微信公众号发布政务信息512条。\n";
        assert_eq!(v(run(t).proactive_total), Some(512));
        // On the site alone, 发布 stays no total.
        let t = "(一)主动公开\n本局高度重视公开工作。全年累计在局门户网站发布政务信息512条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // No one applied, said of the applicant.
        let h =
            run("(三)依申请公开\n截至2031年12月31日,未出现公民向本镇申请公开政府信息的情况。\n");
        assert_eq!(v(h.apps_new), Some(0));
        // One count of either kind is neither's.
        let h = run("(四)复议诉讼\n因公开产生的行政诉讼或行政复议2起。\n");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        let h = run("(四)复议诉讼\n因公开产生的行政复议或行政诉讼2起。\n");
        assert_eq!((v(h.review_total), v(h.litigation_total)), (None, None));
        // No suit over disclosure, 行政 left out.
        let h = run("(四)复议诉讼\n信息公开行政复议1件,已审结。无信息公开诉讼。\n");
        assert_eq!(v(h.litigation_total), Some(0));
        // Handled, 数量 before the count.
        let h = run("(二)依申请公开\n全年处理申请数量37件。\n");
        assert_eq!(v(h.apps_total_handled), Some(37));
        // Summed, the count before the information, a sentence of its own.
        let t = "(一)主动公开\n本办工作有序开展。累计公开73条信息,其中,网站主动公开21条,同时在微信平台公开信息52条。\n";
        assert_eq!(v(run(t).proactive_total), Some(73));
        // Not where what was received is no application.
        let h = run("(二)其他情况\n2031年收到群众来信9件,办理9件。\n");
        assert_eq!(v(h.apps_total_handled), None);
        // A count broken down by the years it spans is over years.
        let t = "(一)主动公开情况\n截至2031年底,本园区主动公开的政府信息数为64条,其中2029年20条,2030年26条,2031年18条。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // A breakdown by kinds stays the year's.
        let t =
            "(一)主动公开情况\n2031年,本园区主动公开政府信息64条,其中政策文件20条,工作动态44条。\n";
        assert_eq!(v(run(t).proactive_total), Some(64));
    }

    #[test]
    fn accounts_listed_beside_a_site_count_are_a_part() {
        // The site's count first, then the accounts' (…等媒体…): a part.
        let t = "一、总体情况\n(一)深入推进政府信息主动公开\n2031年,我局通过政府门户网站发布信息40余件,向省、市报送稿件共计26篇,并利用“沙河发布”微信公众号、“沙河通”APP等媒体发布各类信息90余件。\n";
        assert_eq!(v(run(t).proactive_total), None);
        // The site among the channels listed: the whole.
        let t = "(一)主动公开\n2031年,本局利用政府门户网站、微信公众号等媒体发布各类信息90余条。\n";
        assert_eq!(v(run(t).proactive_total), Some(90));
    }

    #[test]
    fn the_old_layout_in_a_later_year() {
        let old = "某局2031年政府信息公开工作年度报告\n一、主动公开政府信息情况\n本年主动公开信息20条。\n二、依申请公开政府信息情况\n本年未收到申请。\n三、政府信息公开的收费及减免情况\n未收取费用。\n";
        assert!(old_layout(old));
        // Not the standard layout, which heads a section 主动公开政府信息情况
        // as well; nor one old heading alone.
        let standard =
            "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n";
        assert!(!old_layout(standard));
        assert!(!old_layout(
            "二、主动公开政府信息情况\n本年主动公开信息20条。\n"
        ));
        // Under its template's year it is the narrative layout.
        let doc = crate::doc::Doc::new("t", old.to_string(), None);
        let r = crate::extract::extract(&doc).report;
        assert_eq!(r.template, Some(Template::Narrative));
    }

    #[test]
    fn narrative_layout_detection() {
        assert!(looks_narrative(
            "一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况"
        ));
        assert!(!looks_narrative("一、总体情况\n本年新制作数量"));
    }

    #[test]
    fn a_sites_count_in_full_text_beside_a_later_channels_count() {
        // The site's count, all of it in electronic full text, is the whole
        // where no other channel is counted…
        let t =
            "2031年,本镇在县政府门户网站主动公开政府信息58条,全文电子化比例为100%。其中政策文件3条。";
        assert_eq!(v(run(t).proactive_total), Some(58));
        // …and one channel's where a public account's count follows.
        let t = "2031年,本镇在县政府门户网站主动公开政府信息58条,全文电子化比例为100%。其中政策文件3条。2031年,本镇通过微信公众号发布工作动态共240条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn published_over_the_site_and_the_public_account_with_gongbu() {
        let t = "2031年,本局在网站和微信公众号公布信息75条,其中网站公布60条,微信公众号公布15条。";
        assert_eq!(v(run(t).proactive_total), Some(75));
    }

    #[test]
    fn nones_of_one_way_of_applying_or_of_anyone_applying() {
        // None online is not none at all.
        let t = "2031年度,本镇未收到网络依申请公开,全年无行政复议。";
        assert_eq!(v(run(t).apps_new), None);
        let t = "2031年度,本镇未收到网上政府信息公开申请。";
        assert_eq!(v(run(t).apps_new), None);
        // No one who applied is none received.
        let t = "2031年,没有行政相对人向本局提出政府信息公开申请。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // Not none who applied for a review.
        let t = "2031年,没有申请人对本局提出行政复议申请。";
        assert_eq!(v(run(t).apps_new), None);
    }

    #[test]
    fn carried_on_with_its_reason_between() {
        let t = "2031年本局受理政府信息公开申请9件,其中2件因临近年末收到,依法结转至下一年度办理。";
        assert_eq!(v(run(t).apps_carried_next), Some(2));
    }

    #[test]
    fn a_sites_sum_broken_down_after_han() {
        let t = "2031年,本局通过县政府网站公开政府信息6条,含工作动态2条,财政信息4条。";
        assert_eq!(v(run(t).proactive_total), Some(6));
    }

    #[test]
    fn a_running_total_under_a_span_of_years() {
        let t = "2026年到2031年,本局公开数据如下:\n截止2031年12月末,累计主动公开政府信息的数量为880条。其中,网上公开信息的数量为700条。";
        assert_eq!(v(run(t).proactive_total), None);
        // The year's own, to its end, stays the year's.
        let t = "截止2031年12月末,本局累计主动公开政府信息的数量为88条。其中,网上公开信息的数量为70条。";
        assert_eq!(v(run(t).proactive_total), Some(88));
    }

    #[test]
    fn disclosed_once_told_apart_is_partial() {
        let t = "2031年,本局办理政府信息公开申请20件,其中同意公开答复数6件、区分处理后公开的3件、无法提供的11件。";
        assert_eq!(v(run(t).apps_partial), Some(3));
    }

    #[test]
    fn the_governments_related_information_is_no_topic() {
        let t = "2031年,本乡通过公开栏、门户网站、微信等渠道主动公开政府相关信息共420余条。";
        assert_eq!(v(run(t).proactive_total), Some(420));
        // Information related to a topic named before is one topic's.
        let t = "2031年,本乡围绕乡村振兴公开相关政府信息42条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn outcomes_and_counts_of_samples_578_579() {
        // Natural persons' applications counted in 条.
        let t = "2031年,本委收到依申请公开8条。其中,商业企业申请1条,收到自然人申请政府信息公开申请7条。";
        assert_eq!(v(run(t).apps_natural_person_new), Some(7));
        // Handled, those carried over among them: not the carried count.
        let t = "2031年,本委新收到政府信息公开申请640件,办理655件(含上年度结转申请30件,另有15件申请顺延到下年度答复)。";
        let h = run(t);
        assert_eq!(v(h.apps_total_handled), Some(655));
        // A part granted, 予以 inside: the granted count stays.
        let t = "2031年本局收到申请44件。办理结果如下:予以公开20件;部分予以公开3件;不予公开1件。";
        let h = run(t);
        assert_eq!((v(h.apps_granted), v(h.apps_partial)), (Some(20), Some(3)));
        // Answers in 条 after 其中 and a colon.
        let t = "本局收到公开申请60条,其中:予以公开9条,不予处理51条。";
        assert_eq!(v(run(t).apps_granted), Some(9));
    }

    #[test]
    fn counts_of_samples_580_581() {
        // 依法 for 依, 申请公开件 the noun.
        let t = "2031年全年依法申请公开件0件,上年度结转办理件0件。";
        assert_eq!(v(run(t).apps_new), Some(0));
        // The owner named with 人民政府 is no topic.
        let t = "2031年本乡通过县人民政府网站主动公开沙溪乡人民政府信息48条:其中部门公告5条,工作动态43条。";
        assert_eq!(v(run(t).proactive_total), Some(48));
    }

    #[test]
    fn counts_of_sample_583() {
        // 次 counts applications; a review asked for is none of them.
        let t = "2031年全年共收到12次政府信息公开申请,均在规定时限内回复。";
        assert_eq!(v(run(t).apps_new), Some(12));
        let t = "2031年本局收到2次行政复议申请。";
        assert_eq!(v(run(t).apps_new), None);
        // A part after a semicolon.
        let t = "2031年,本委共收到政府信息公开申请20件。其中11件已公开;7件部分公开;2件本机关不掌握相关政府信息。";
        assert_eq!(v(run(t).apps_partial), Some(7));
    }

    #[test]
    fn granted_with_the_noun_between() {
        let t = "2031年共受理政府信息公开申请3件。其中予以公开申请2件,部分公开1件,不予公开0件。";
        assert_eq!(v(run(t).apps_granted), Some(2));
    }

    #[test]
    fn a_running_word_right_after_the_year_alone_is_the_years_count() {
        // The year alone opens the sentence: 累计 sums the year, and the
        // notice boards enumerated after it are one channel.
        let t = "(一)主动公开情况。2031年,政务信息累计公开2210条。一是各村公示栏公开信息930条,其中财务信息300条。二是网站公开1280条。";
        assert_eq!(v(run(t).proactive_total), Some(2210));
        // Still a running total where the date before it is the year's end.
        let t = "(一)主动公开情况。截至2031年底,政务信息累计公开2210条。";
        assert_ne!(v(run(t).proactive_total), Some(2210));
    }

    #[test]
    fn one_categorys_disclosed_information_is_no_total() {
        let t = "2031年,我局通过门户网站、微信公众号等渠道发布教育类公开信息321条。";
        assert_eq!(v(run(t).proactive_total), None);
    }

    #[test]
    fn applications_counted_in_cases_letters_and_a_bracketed_kind() {
        let t = "(二)依申请公开情况\n2031年本乡政府信息依申请公开的件数为0,历年累计为0。";
        assert_eq!(v(run(t).apps_new), Some(0));
        let t = "本单位2031年度共受理政府信息公开依申请公开函件6件,均已按期答复。";
        assert_eq!(v(run(t).apps_new), Some(6));
        let t = "2031年,县政府办公室共收到政府信息公开申请2件(自然人申请),均已按期答复。";
        let h = run(t);
        assert_eq!(v(h.apps_new), Some(2));
        assert_eq!(v(h.apps_natural_person_new), Some(2));
        // A count inside the bracket is a part, not the whole.
        let t = "2031年,共收到政府信息公开申请5件(自然人申请3件),均已按期答复。";
        assert_eq!(v(run(t).apps_natural_person_new), Some(3));
    }

    #[test]
    fn reviews_counted_as_matters() {
        let t = "(五)行政复议和行政诉讼情况\n2031年度,本镇发生行政复议事项0项,行政诉讼事项1项。";
        assert_eq!(v(run(t).review_total), Some(0));
    }

    #[test]
    fn a_notice_boards_count_beside_an_accounts_is_a_channels() {
        // The account's count (使用…公众号…) names another channel: the
        // boards' count after 利用…公示栏, is theirs, not the year's.
        let t = "一、总体情况\n2031年,金厂镇主动公开政务信息96条,其中机构职能2条,工作动态94条。2031年使用金厂镇官方微信公众号“金厂发布”公开信息530条。利用镇、村公示栏,积极向群众公开各类信息300余条,打开了交流平台。";
        assert_eq!(v(run(t).proactive_total), Some(96));
    }

    #[test]
    fn answers_summed_in_the_paragraph_after_the_applications() {
        // The paragraph opens with its heading and the sum of the answers
        // to the applications the paragraph before counted.
        let t = "三、依申请公开政府信息情况\n(一)申请情况。2031年度本局共收到政府信息公开申请件12件,其中网络形式申请5件,信函形式申请7件。\n(二)答复情况。共答复12件,同意公开4件,同意部分公开3件,信息不存在5件。";
        assert_eq!(v(run(t).apps_total_handled), Some(12));
        // Not after a paragraph of other requests.
        let t = "(一)咨询情况。2031年度本局共收到群众来信12件。\n(二)答复情况。共答复12件。";
        assert_eq!(v(run(t).apps_total_handled), None);
    }

    #[test]
    fn reviews_a_government_accepted_as_the_review_body_are_not_its_own() {
        let t = "(五)行政复议和行政诉讼情况\n2031年全县共受理行政复议6件,其中维持具体行政行为4件。";
        assert_eq!(v(run(t).review_total), None);
    }

    #[test]
    fn the_sites_count_beside_the_new_medias_is_a_part() {
        let t = "(一)主动公开情况。2031年全县各政府网站共发布政府信息9120条。其中,概况类信息300条,政务动态类信息8820条。政务新媒体公开政府信息4410条。";
        assert_eq!(v(run(t).proactive_total), None);
        // Alone, the sites' count broken down stands.
        let t = "(一)主动公开情况。2031年全县各政府网站共发布政府信息9120条。其中,概况类信息300条,政务动态类信息8820条。";
        assert_eq!(v(run(t).proactive_total), Some(9120));
        // Nor where the new media's count comes sentences later (a page's
        // lines run on into one).
        let t = "(一)主动公开情况。2031年全县各政府网站共发布政府信息9120条。其中,概况类信息300条,政务动态类信息8820条。网站运行平稳。栏目调整及时。(二)政务新媒体。政务新媒体公开政府信息4410条。";
        assert_eq!(v(run(t).proactive_total), Some(9120));
    }

    #[test]
    fn carried_over_from_the_year_before_worded_back_to_front() {
        let t = "(二)依申请公开情况。2031年,结转上年度继续办理2件,收到本年度依申请公开事项40件。";
        let h = run(t);
        assert_eq!(v(h.apps_carried_over), Some(2));
        assert_eq!(v(h.apps_new), Some(40));
    }
}
