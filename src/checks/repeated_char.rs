//! `repeated-char`: an accidentally doubled character — `，始始终坚持`. A doubled character
//! at the start of a clause cannot be the end of one word and the start of the next
//! (`沿河路路灯`, `学习习近平` are fine), so it is a typo unless it is a reduplication people
//! write on purpose (`紧紧围绕`, `层层传导`, `人人参与`). `的的` is flagged anywhere.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "repeated-char",
        label: "重复字",
        severity: crate::model::Severity::Warning,
        description: "同一个字或词不小心写了两遍（“始始终”）。",
    }],
    fix: super::Fix::Safe,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::tables::is_han;
use crate::Doc;

/// Characters written doubled on purpose (also in words and names: `熠熠生辉`, `环环相扣`,
/// `啦啦操`, `“校校通”工程`, `“八八战略”`, `行行出状元`).
const REDUPLICATED: &str = "填抄剪行季周期次回镇组班熠环啦校八理散洗跑聊唱跳玩逛歇摸擦扫晒翻梳拍帮拉尝讲念泡溜转搞改动某〇○□×人村层紧大常天年处事家户个件步时刻默深牢稳实真切扎好慢渐久多高轻静满往仅刚明偏纷频匆悄滚蒸欣勃井兢业踏规矩条方点滴片声代世生统总岁月日夜星心连重节项样色种类谢看想试说走问听聊谈查找等读写学练比算量商转坐哈呵嘻笑冷热红绿白黑蓝小长短快早晚亲甜乐安平清楚干净兴开闹认细少整齐足宝贝哥姐弟妹爷奶叔一三两恰稍微屡暗通桩道级句字面风火熙攘密麻严谆殷孜娓源滔茫浩荡堂区草冉徐缓头津历栩泛洋郑轰烈团圆弯曲疏远近浅厚薄悠漫飘隐约朦胧闪亮晶莹";

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let view = super::clean_view(doc);
    let t = view.text;
    let b = t.as_bytes();
    let mut out = Vec::new();
    // Only two kinds of place can be flagged: a clause start (the text start or right after
    // punctuation, one of the document's marks) and `的的` anywhere. Those are looked at, each
    // once (their findings are put in text order by the check runner).
    let look = |i: usize, out: &mut Vec<RawFinding>| {
        let w = match b.get(i) {
            None => return,
            Some(0..=0x7F) => 1,
            Some(0xC0..=0xDF) => 2,
            Some(0xE0..=0xEF) => 3,
            Some(_) => 4,
        };
        // The same bytes twice: a doubled character. (Compared byte by byte: a slice
        // comparison calls memcmp, dearer than these few bytes.)
        if b.get(i + w..i + 2 * w).is_some_and(|x| x.iter().zip(&b[i..i + w]).all(|(p, q)| p == q)) {
            doubled(t, i, w, &view, out);
        }
    };
    doubled_phrases(t, &view, &mut out);
    look(0, &mut out);
    for &(p, c) in doc.marks() {
        look(p + c.len_utf8(), &mut out);
        doubled_mark(t, p, c, &view, &mut out);
    }
    // Each `的的`, found by the last byte of its UTF-8 (memchr) and then compared: cheaper than
    // a substring search over the whole text.
    let dede = "的的".as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr(dede[dede.len() - 1], &b[from..]) {
        let end = from + k + 1;
        from = end;
        let Some(at) = end.checked_sub(dede.len()).filter(|&a| &b[a..end] == dede) else { continue };
        // After a mark or at the start it was looked at already.
        if t[..at].chars().next_back().is_some_and(is_han) {
            look(at, &mut out);
        }
    }
    out
}

/// `用于发放用于发放`: a phrase of four to eight Han characters written twice in a row. (Two
/// characters twice, `研究研究`, is how people reduplicate a verb; three overlap words:
/// `工会委员会委员`.)
fn doubled_phrases(t: &str, view: &super::CleanView, out: &mut Vec<RawFinding>) {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Han characters are three bytes each: a phrase of n of them is 3n bytes.
        let found = (b[i] >> 4 == 0xE)
            .then(|| {
                (4..=8).map(|n| 3 * n).find(|&m| {
                    i + 2 * m <= b.len()
                        && b[i..i + m] == b[i + m..i + 2 * m]
                        && t.is_char_boundary(i + m)
                        && t[i..i + m].chars().all(is_han)
                        // `天天天天`, `好好好好好好`: one character over and over is no phrase.
                        && b[i..i + 3] != b[i + 3..i + 6]
                })
            })
            .flatten();
        let Some(m) = found else {
            i += 1;
            continue;
        };
        let phrase = &t[i..i + m];
        out.push(
            RawFinding::new(
                "repeated-char",
                Severity::Warning,
                view.src(crate::Span::new(i, i + 2 * m)),
                format!("“{phrase}”重复"),
            )
            .suggest(phrase.to_string()),
        );
        i += 2 * m;
    }
}

/// Sentence and clause marks that are never written twice (`。。`, `，，`); three or more in a
/// row (`。。。`) stand for an ellipsis and are left alone.
const MARKS: &[char] = &['。', '，', '、', '；', '：', '！', '？', ','];

/// `…工作。。下一步…`: a mark written twice.
fn doubled_mark(t: &str, p: usize, c: char, view: &super::CleanView, out: &mut Vec<RawFinding>) {
    let w = c.len_utf8();
    if !MARKS.contains(&c) || !t[p + w..].starts_with(c) || t[p + 2 * w..].starts_with(c) || t[..p].ends_with(c) {
        return;
    }
    let sp = view.src(crate::Span::new(p, p + 2 * w));
    out.push(RawFinding::new("repeated-char", Severity::Warning, sp, format!("标点“{c}”重复")).suggest(c.to_string()));
}

/// The character at byte `i` (`w` bytes) is written twice: flagged unless a word ends with it
/// or it is doubled on purpose.
fn doubled(t: &str, i: usize, w: usize, view: &super::CleanView, out: &mut Vec<RawFinding>) {
    let mut rest = t[i + 2 * w..].chars();
    let (Some(a), Some(c)) = (t[i..].chars().next(), rest.next()) else { return };
    if !is_han(a) || !is_han(c) || c == a {
        return;
    }
    let prev = t[..i].chars().next_back();
    // A blank (`××市市长`, `*县县委`) stands for a name: the doubled character ends it.
    let word_before = |p: char| is_han(p) || p.is_ascii_alphanumeric() || "×*_＊○□".contains(p);
    let clause_start = prev.is_none_or(|p| !word_before(p));
    // `原原本本`, `认认真真`: AABB is written on purpose.
    let aabb = rest.next() == Some(c);
    let de = a == '的' && !t[i..].starts_with("的的确确");
    // Traditional text doubles the same words (`緊緊依靠`, `剛剛過去`).
    let on_purpose = REDUPLICATED.contains(a) || REDUPLICATED.contains(crate::tables::simplified(a));
    if (clause_start && !aabb && !on_purpose) || (de && !aabb) {
        let sp = view.src(crate::Span::new(i, i + 2 * w));
        out.push(
            RawFinding::new("repeated-char", Severity::Warning, sp, format!("“{a}”字重复，疑为多打了一个字"))
                .suggest(a.to_string()),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn doubled_at_clause_start() {
        assert_eq!(flags("传承优良传统，始始终坚持问题导向", "repeated-char"), [("始始".into(), Some("始".into()))]);
        assert_eq!(flags("我们的的工作", "repeated-char").len(), 1);
        // Each 的的 of a run is looked at (the last pair is the typo), 的的确确 is a word.
        assert_eq!(
            flags("我们的的的工作，确实的的确确，他的的书", "repeated-char"),
            [("的的".into(), Some("的".into())), ("的的".into(), Some("的".into()))]
        );
        assert_eq!(flags("，始##paidend##始终坚持", "repeated-char"), [("始##paidend##始".into(), Some("始".into()))]);
        assert!(flags("三百六十行，行行出状元", "repeated-char").is_empty());
    }

    #[test]
    fn a_phrase_written_twice() {
        assert_eq!(
            flags("工资总额中,用于发放用于发放员工岗级工资", "repeated-char"),
            [("用于发放用于发放".into(), Some("用于发放".into()))]
        );
        // A verb reduplicated, or one character over and over, is no doubled phrase.
        assert!(flags("大家再研究研究,讨论讨论", "repeated-char").is_empty());
        assert!(flags("选举产生新一届工会委员会委员", "repeated-char").is_empty());
        assert!(flags("“天天天天”是一个网名", "repeated-char").is_empty());
    }

    #[test]
    fn a_mark_written_twice() {
        assert_eq!(flags("全面完成了年度任务。。下一步,我们将", "repeated-char"), [("。。".into(), Some("。".into()))]);
        assert_eq!(flags("加强学习，，提高能力", "repeated-char").len(), 1);
        // An ellipsis typed as full stops, and a dash or ellipsis mark, are no typo.
        assert!(flags("我们还要做很多。。。总之", "repeated-char").is_empty());
        assert!(flags("——经济跨上新台阶……", "repeated-char").is_empty());
    }

    #[test]
    fn word_boundaries_and_reduplication_are_fine() {
        for t in [
            "沿河路路灯",
            "xxx村村集体经济",
            "学习习近平",
            "工作作风",
            "，紧紧围绕",
            "，层层传导压力",
            "确保人人学",
            "宣传传播",
            "，原原本本地学",
            "，认认真真做事",
            "周末看看书，理理发，散散步",
            "点点钞票,填填支票,跑跑银行",
            "××市市长",
            "*县县委书记",
            "x镇镇长",
        ] {
            assert!(flags(t, "repeated-char").is_empty(), "{t}");
        }
    }

    #[test]
    fn words_and_names_that_double_a_character() {
        // Before: each was flagged as a doubled character.
        for t in [
            "成绩犹如“苍穹星斗”，熠熠生辉",
            "坚定沿着“八八战略”指引方向",
            "加大“六有”工程和“校校通”工程的建设",
            "要在“环环相扣”中发力",
            "少年校园足球试点区、啦啦操示范区",
            // Periods and units counted one by one (`季季红`, `周周清`, `组组通`, `班班通`).
            "以“季季红”确保全年胜",
            "推行“周周清、月月结”",
            "实现组组通硬化路",
        ] {
            assert!(flags(t, "repeated-char").is_empty(), "{t}");
        }
        // Still flagged: the same place with a typo.
        assert_eq!(flags("，坚坚定沿着“八八战略”指引方向", "repeated-char").len(), 1);
    }

    #[test]
    fn reduplications_in_traditional_characters() {
        // Before: 緊/剛 were not in the (simplified) list and each was flagged.
        for t in [
            "鎮政府堅持以科學發展觀統領全局,緊緊依靠廣大幹部群眾",
            "剛剛過去的2004年,是很不尋常的一年",
            "，層層壓實責任",
        ] {
            assert!(flags(t, "repeated-char").is_empty(), "{t}");
        }
        // Still flagged: a doubled character in traditional text that no one doubles.
        assert_eq!(flags("，堅堅持以科學發展觀統領全局", "repeated-char"), [("堅堅".into(), Some("堅".into()))]);
    }
}
