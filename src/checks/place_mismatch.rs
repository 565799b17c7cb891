//! `place-mismatch`: another place's name left over from the report it was copied from. The
//! report is about one 镇/乡/街道 (or 县): the one in its title or signature, else the one
//! that opens most of its clauses. Flagged is a different place of the same rank that opens a
//! clause the way the report speaks of itself (`天尾镇坚持…`, `天尾镇党委高度重视…`), in a
//! sentence that does not name it as a partner (`与天尾镇结对`, `赴天尾镇学习`) — probable,
//! so info.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "place-mismatch",
        label: "地名混用",
        severity: crate::model::Severity::Info,
        description: "自称的镇、乡、街道或县与全文所写的不一致，可能是套用模板留下的。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::scan::CharSet;
use crate::span::Span;
use crate::tables::{is_han, TailSet};
use crate::Doc;

/// Place suffixes by rank: township level and county level.
const RANKS: &[&[&str]] = &[&["街道", "镇", "乡"], &["县"]];
/// The first characters of the suffixes in [`RANKS`].
const SUFFIX_STARTS: TailSet = TailSet::new(&['街', '镇', '乡', '县']);
/// What follows a place's name when the report speaks of itself: its organs or a verb of
/// action. (`天尾镇的村民` or `天尾镇、石门乡` are not self-reference.)
const SELF_NEXT: &[&str] = &[
    "党委",
    "政府",
    "人民政府",
    "坚持",
    "深入",
    "积极",
    "全面",
    "扎实",
    "持续",
    "不断",
    "始终",
    "围绕",
    "聚焦",
    "通过",
    "把",
    "将",
    "共",
    "累计",
    "先后",
    "召开",
    "组织",
    "开展",
    "成立",
    "建立",
    "要求",
    "认真",
    "严格",
    "大力",
    "着力",
    "立足",
    "按照",
    "结合",
    "紧扣",
    "紧紧",
    "牢牢",
    "高度",
    "近年来",
    "今年",
    "多措并举",
    "以",
    "在",
];
/// Words in the clause after a place's name that make it a partner or a visitor
/// (`天尾镇与我镇结对`, `天尾镇党委书记来我镇交流`).
const PARTNER_WORDS: &[&str] = &[
    "与", "和", "同", "协助", "帮助", "联合", "对接", "来", "结对", "对口", "兄弟", "考察", "交流", "邻", "、", "以及",
    "帮扶", "共建", "携手", "合作",
];
/// The report's own voice: a sentence with one of these speaks of the other place from outside.
const SELF_WORDS: &[&str] = &["我镇", "我乡", "我县", "我街道", "本镇", "本乡", "本县", "本街道", "我们"];
/// Characters that make a "name" a common word (`全镇`, `乡镇`, `各乡镇`, `城乡`, `我县`) or a
/// phrase (`会议由镇党委书记主持`, `首次对县人民政府…进行审查`: function words no place name has).
const NOT_NAME: &[char] = &[
    '全', '我', '本', '该', '各', '每', '乡', '镇', '村', '县', '市', '区', '省', '某', '邻', '附', '这', '那', '由',
    '的', '了', '被', '是', '对',
];

/// A place name at byte `at` (a clause start): (name, suffix, rank, end) when 2–4 Han
/// characters or a blank (`xxx`) are followed by a place suffix.
fn place_at(t: &str, at: usize) -> Option<(&str, &'static str, usize, usize)> {
    // A suffix would start within 16 bytes (four characters before it): passing the Han text
    // there unread tells most clauses have none. (Cut where a character at byte 16 ends.)
    let near = &t.as_bytes()[..t.len().min(at + 20)];
    if SUFFIX_STARTS.skip(near, at) > at + 16 {
        return None;
    }
    let rest = &t[at..];
    let mut end = at;
    for (n, c) in rest.chars().take(5).enumerate() {
        // Every suffix starts with one of these: the others are not compared.
        let suffix = matches!(c, '街' | '镇' | '乡' | '县');
        for (rank, sufs) in RANKS.iter().enumerate().filter(|_| suffix) {
            if let Some(suf) = sufs.iter().find(|s| t[end..].starts_with(**s)) {
                if n >= 2 || (n >= 1 && is_blank(&t[at..end])) {
                    let name = &t[at..end];
                    if name.chars().any(|c| NOT_NAME.contains(&c)) && !is_blank(name) {
                        return None;
                    }
                    // `推动城乡共兴`: 城乡 (town and country) is a word; no township's name ends in 城.
                    if *suf == "乡" && name.ends_with('城') {
                        return None;
                    }
                    return Some((name, suf, rank, end + suf.len()));
                }
            }
        }
        if !(is_han(c) || matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ' | '*' | '×')) {
            return None;
        }
        end += c.len_utf8();
    }
    None
}

fn is_blank(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ' | '*' | '×'))
}

/// Byte positions where a clause starts: the text start, after a line break or after
/// 。！？；，： (and a quotation mark or space).
fn clause_starts(t: &str) -> Vec<usize> {
    let mut out = vec![0];
    // The clause ends are found by a bit set that passes over Han characters unread.
    let ends = CharSet::new(['\n', '。', '！', '？', '；', '，', '：', ',', ':', ';']);
    for (i, c) in ends.find(t) {
        let mut j = i + c.len_utf8();
        for d in t[j..].chars().take_while(|d| matches!(d, ' ' | '\u{3000}' | '\t' | '\r' | '“')) {
            j += d.len_utf8();
        }
        out.push(j);
    }
    out
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    let mut out = Vec::new();
    // Clause-opening places: (start, name, suffix, rank, end).
    let opens: Vec<(usize, &str, &str, usize, usize)> =
        clause_starts(t).into_iter().filter_map(|p| place_at(t, p).map(|(n, s, r, e)| (p, n, s, r, e))).collect();
    // The report's own places, by rank: from the title and the signature (with `中共` before).
    let mut own: Vec<(usize, String, Span, &str)> = Vec::new();
    let heads = doc.structure.title.iter().chain(&doc.structure.signature);
    for s in heads {
        let line = &t[s.start..s.end];
        let skip = ["中共", "中国共产党"].iter().find(|p| line.starts_with(**p)).map_or(0, |p| p.len());
        // Title years come first in many titles: `2023年XX乡…`.
        let skip = match line[skip..].find('年') {
            Some(y) if line[skip..skip + y].chars().all(|c| c.is_ascii_digit() || c == 'x' || c == 'X') => skip + y + 3,
            _ => skip,
        };
        if let Some((n, suf, r, _)) = place_at(t, s.start + skip) {
            own.push((r, n.to_string(), *s, suf));
        }
    }
    let from_text = own.is_empty();
    if from_text {
        // Else the place that opens most clauses, if it opens at least three.
        for r in 0..RANKS.len() {
            let mut counts: Vec<(&str, usize)> = Vec::new();
            for o in opens.iter().filter(|o| o.3 == r) {
                match counts.iter_mut().find(|c| c.0 == o.1) {
                    Some(c) => c.1 += 1,
                    None => counts.push((o.1, 1)),
                }
            }
            if let Some(&(n, c)) = counts.iter().max_by_key(|c| c.1) {
                if c >= 3 {
                    let first =
                        opens.iter().find(|o| o.1 == n).map_or((Span::default(), ""), |o| (Span::new(o.0, o.4), o.2));
                    own.push((r, n.to_string(), first.0, first.1));
                }
            }
        }
    }
    // How often each name occurs, counted once per name.
    let mut counts: Vec<(String, usize)> = Vec::new();
    for &(p, name, suf, rank, end) in &opens {
        let Some((_, own_name, own_at, own_suf)) = own.iter().find(|o| o.0 == rank) else { continue };
        if name == own_name || is_blank(name) || own.iter().any(|o| o.1 == name) {
            continue;
        }
        if !SELF_NEXT.iter().any(|w| t[end..].starts_with(w)) {
            continue;
        }
        let sent = super::clean_view(doc).sentence_at(p);
        let sentence = &t[sent.start..sent.end];
        let clause_end = t[end..].find(&['，', '。', '；', ',', '\n'][..]).map_or(t.len(), |q| end + q);
        if PARTNER_WORDS.iter().any(|w| t[end..clause_end].contains(w))
            || SELF_WORDS.iter().any(|w| sentence.contains(w))
            || sentence.contains(own_name.as_str())
        {
            continue;
        }
        // A place the text names about as often as its own is a subject of the report, not
        // a leftover.
        if !from_text {
            let mut times = |n: &str| match counts.iter().find(|c| c.0 == n) {
                Some(c) => Some(c.1),
                None if counts.len() < 64 => {
                    counts.push((n.to_string(), t.matches(n).count()));
                    counts.last().map(|c| c.1)
                }
                // Past 64 different names the text is not one place's report.
                None => None,
            };
            let (Some(other), Some(mine)) = (times(name), times(own_name)) else { continue };
            if other * 2 > mine + 1 {
                continue;
            }
        }
        let whence = if from_text { "多数段落" } else { "标题或落款" };
        out.push(RawFinding::new(
            "place-mismatch",
            Severity::Info,
            Span::new(p, end),
            format!(
                "本文写的是“{own_name}{own_suf}”（见第{}行{whence}），这里却以“{name}{suf}”自称：可能是沿用其他材料未改，请核对",
                doc.line_of(own_at.start)
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    fn pm(t: &str) -> Vec<String> {
        flags(t, "place-mismatch").into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn another_town_speaking_as_this_one() {
        let t = "城关镇2023年工作总结\n今年以来，城关镇坚持党建引领。天尾镇党委高度重视安全生产，召开会议3次。\n";
        assert_eq!(pm(t), ["天尾镇"]);
        let t =
            "2023年XX乡第二批主题教育工作总结\n主题教育开展以来，XX乡准确把握要求。石门镇坚持把理论学习摆在首位。\n";
        assert_eq!(pm(t), ["石门镇"]);
    }

    #[test]
    fn names_up_to_four_characters_at_the_text_end() {
        use super::place_at;
        assert_eq!(place_at("今年，石门口镇", 9).map(|p| p.0), Some("石门口"));
        // Four four-byte characters: the suffix starts 16 bytes on.
        assert_eq!(place_at("𠮷𠮷𠮷𠮷镇坚持", 0).map(|p| p.0), Some("𠮷𠮷𠮷𠮷"));
        assert_eq!(place_at("天尾山下大镇", 0), None);
        assert_eq!(place_at("xx乡", 0).map(|p| p.1), Some("乡"));
    }

    #[test]
    fn partners_neighbours_and_other_ranks_are_fine() {
        let t = "城关镇2023年工作总结\n城关镇坚持党建引领，与天尾镇结对共建。组织干部赴石门镇学习。\n天尾镇、石门镇党委书记来我镇交流。全县坚持一盘棋。\n";
        assert!(pm(t).is_empty(), "{:?}", pm(t));
        // No own place known: nothing to compare with.
        assert!(pm("工作总结\n天尾镇坚持党建引领。\n").is_empty());
        // The own place from the text: most clause openings.
        let t = "工作总结\n城关镇坚持学习。城关镇扎实推进。城关镇召开会议。天尾镇坚持整改。\n";
        assert_eq!(pm(t), ["天尾镇"]);
    }
    #[test]
    fn a_phrase_before_the_towns_organs_is_not_a_place() {
        // Before: `会议由镇` was read as another town's name.
        let t = "郑集镇召开述职评议会。会议由镇党委书记王某主持，郑集镇党委高度重视。\n";
        assert!(pm(t).is_empty(), "{:?}", pm(t));
        // Still flagged: a real other town in the same place.
        let t =
            "郑集镇召开述职评议会。会议由镇党委书记主持。天长镇党委高度重视安全生产，召开会议3次。郑集镇坚持整改。\n";
        assert_eq!(pm(t), ["天长镇"]);
    }

    #[test]
    fn a_phrase_with_dui_before_the_county_is_not_a_place() {
        // Before: `首次对县` was read as another county's name.
        let t = "略阳县人大常委会工作报告\n先后审查批准了决算报告;首次对县人民政府年度重点项目建设计划进行审查批准。\n";
        assert!(pm(t).is_empty(), "{:?}", pm(t));
        // Still flagged: another county speaking as this one.
        let t = "略阳县人大常委会工作报告\n先后审查批准了决算报告;宁强县人民政府高度重视,召开会议3次。\n";
        assert_eq!(pm(t), ["宁强县"]);
    }

    #[test]
    fn town_and_country_is_not_a_township() {
        // Before: `推动城乡` was read as another township's name.
        let t = "昌硕街道2022年工作总结\n一是激发主体活力,推动城乡共兴。二是统筹城乡坚持融合发展。\n";
        assert!(pm(t).is_empty(), "{:?}", pm(t));
        // Still flagged: a township of that rank in the same place.
        let t = "石门乡2022年工作总结\n石门乡坚持党建引领,推动城乡共兴。天河乡坚持融合发展。\n";
        assert_eq!(pm(t), ["天河乡"]);
    }
}
