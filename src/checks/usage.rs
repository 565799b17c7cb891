//! `usage`: curated misused words and common typos in official writing (`截止目前` →
//! `截至目前`, `作客` → `做客`, `布暑` → `部署`). The table is the rule; add a pair to add a rule.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "usage",
        label: "用词",
        severity: crate::model::Severity::Warning,
        description: "常见的误用词或错别字（“截止目前”应为“截至目前”）。",
    }],
    fix: super::Fix::Safe,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::scan::PairSet;
use crate::Doc;

/// (wrong, right). Longer entries are tried first where they overlap.
const PAIRS: &[(&str, &str)] = &[
    ("截止到目前", "截至目前"),
    ("截止目前", "截至目前"),
    ("截止今年", "截至今年"),
    ("截止去年", "截至去年"),
    ("截止年底", "截至年底"),
    ("截止当前", "截至当前"),
    ("截止上半年", "截至上半年"),
    ("截止本月", "截至本月"),
    ("作客", "做客"),
    ("挡风廉政", "党风廉政"),
    ("总党支", "党总支"),
    ("旗帜鲜亮", "旗帜鲜明"),
    ("特色鲜亮", "特色鲜明"),
    ("布暑", "部署"),
    ("布署", "部署"),
    ("社会网主义", "社会主义"),
    ("情况报如下", "情况报告如下"),
    ("峻工", "竣工"),
    ("堪验", "勘验"),
    ("途径我", "途经我"),
    ("比上年同比增长", "比上年增长"),
    ("综工程", "综合文化站工程"),
    ("为以维护", "以维护"),
    ("再接再励", "再接再厉"),
    ("既使", "即使"),
    ("必竟", "毕竟"),
    ("按装", "安装"),
    ("签定", "签订"),
    ("贯切落实", "贯彻落实"),
    ("凑效", "奏效"),
    ("振憾", "震撼"),
    ("一股作气", "一鼓作气"),
    ("迫不急待", "迫不及待"),
    ("融汇贯通", "融会贯通"),
    ("以身作责", "以身作则"),
    ("在所难勉", "在所难免"),
    ("默守成规", "墨守成规"),
    ("既往不究", "既往不咎"),
    ("出奇不意", "出其不意"),
    ("坐阵指挥", "坐镇指挥"),
    ("精兵减政", "精兵简政"),
    ("走头无路", "走投无路"),
    ("谈笑风声", "谈笑风生"),
    ("重迭", "重叠"),
    ("防碍", "妨碍"),
    ("松驰", "松弛"),
    ("修茸", "修葺"),
    ("暴光", "曝光"),
    ("幅射", "辐射"),
    ("做为", "作为"),
    ("一如继往", "一如既往"),
    ("按排", "安排"),
    ("帐户", "账户"),
    ("帐号", "账号"),
    ("帐目", "账目"),
    ("暂新", "崭新"),
    ("部份", "部分"),
    ("撤消", "撤销"),
    ("竟赛", "竞赛"),
    ("即然", "既然"),
    ("形式主意", "形式主义"),
    ("反应问题", "反映问题"),
    ("反应情况", "反映情况"),
    ("做出贡献", "作出贡献"),
    ("做出决定", "作出决定"),
    ("做出部署", "作出部署"),
    ("做出安排", "作出安排"),
    ("做出规定", "作出规定"),
    // 己 (oneself) written as 已 (already).
    ("为已任", "为己任"),
    ("為已任", "為己任"),
    ("严于律已", "严于律己"),
    ("克已奉公", "克己奉公"),
    ("舍已为人", "舍己为人"),
];

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let view = super::clean_view(doc);
    let t = view.text;
    let mut out = Vec::new();
    // Entries by first character, and a set of their first two characters: only the places
    // where such a pair may start are looked at (found without decoding the text), and then
    // only against the entries of their first character.
    let mut firsts: Vec<(char, usize)> =
        PAIRS.iter().enumerate().filter_map(|(k, (w, _))| w.chars().next().map(|c| (c, k))).collect();
    firsts.push(('截', usize::MAX));
    crate::sort::sort(&mut firsts);
    let starts = PairSet::new(PAIRS.iter().map(|p| p.0).chain(["截止"]).filter_map(|w| {
        let mut cs = w.chars();
        cs.next().zip(cs.next())
    }));
    // A match is not overlapped by the next one.
    let mut next = 0;
    for i in starts.find(t) {
        if i < next {
            continue;
        }
        let rest = &t[i..];
        let Some(c) = rest.chars().next() else { continue };
        let from = firsts.partition_point(|&(f, _)| f < c);
        let entries = firsts[from..].iter().take_while(|&&(f, _)| f == c).filter_map(|&(_, k)| PAIRS.get(k));
        let hit = entries.filter(|(w, _)| rest.starts_with(w)).max_by_key(|(w, _)| w.len()).copied().or_else(|| {
            // `截止6月10日`: 截止 before a date means 截至.
            (rest.starts_with("截止")
                && rest["截止".len()..].starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)))
            .then_some(("截止", "截至"))
        });
        if let Some((w, r)) = hit {
            let sp = view.src(crate::Span::new(i, i + w.len()));
            out.push(RawFinding::new("usage", Severity::Warning, sp, format!("“{w}”用词不当，应为“{r}”")).suggest(r));
            next = i + w.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn every_entry_starts_with_two_three_byte_characters() {
        // The scan finds an entry by its first two characters, read as three-byte UTF-8.
        for (w, _) in super::PAIRS {
            assert!(w.chars().take(2).filter(|c| c.len_utf8() == 3).count() == 2, "{w}");
        }
        // Every entry is found, at any place in a line.
        for (w, r) in super::PAIRS {
            assert_eq!(flags(&format!("全镇{w}。"), "usage"), [(w.to_string(), Some(r.to_string()))], "{w}");
        }
    }

    #[test]
    fn misused_words_and_their_fixes() {
        assert_eq!(flags("截止目前，创建示范小区53个。", "usage"), [("截止目前".into(), Some("截至目前".into()))]);
        assert_eq!(flags("以创造“铁军”为已任,紧紧围绕", "usage"), [("为已任".into(), Some("为己任".into()))]);
        assert_eq!(flags("截止6月10日，全乡", "usage"), [("截止".into(), Some("截至".into()))]);
        assert_eq!(flags("邀请群众到家中作客", "usage"), [("作客".into(), Some("做客".into()))]);
        assert!(flags("截至目前，报名截止日期为", "usage").is_empty());
        assert_eq!(flags("为全县发展做出贡献", "usage"), [("做出贡献".into(), Some("作出贡献".into()))]);
        assert_eq!(flags("群众反应问题", "usage"), [("反应问题".into(), Some("反映问题".into()))]);
        // Read through a site's paywall marker, reported on the source.
        assert_eq!(
            flags("截止##paidbegin##目前，全镇", "usage"),
            [("截止##paidbegin##目前".into(), Some("截至目前".into()))]
        );
    }
}
