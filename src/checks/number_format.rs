//! `number-format`: numbers written against GB/T 15835-2011 — a unit dropped in a range
//! (`9～16亿` → `9亿～16亿`), redundant approximation (`近百人左右`), a 顿号 between adjacent
//! numerals (`三、五天` → `三五天`), a space before `%`, a year glued to a month (`20201-6月`).

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "number-format",
        label: "数字写法",
        severity: crate::model::Severity::Warning,
        description: "数字写法不合 GB/T 15835（范围省略单位、“近…左右”、相邻数字间加顿号等）。",
    }],
    fix: super::Fix::Safe,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::span::Span;
use crate::tables::{any_digit, han_digit};
use crate::Doc;

fn is_numeral(c: char) -> bool {
    any_digit(c) || matches!(c, '十' | '百' | '千' | '万')
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    let mut out = Vec::new();
    for m in &doc.metrics {
        let mt = &t[m.span.start..m.span.end];
        if m.unit == "%" {
            if let Some(p) = mt.find(" %").or_else(|| mt.find(" ％")) {
                let a = m.span.start + p;
                out.push(
                    RawFinding::new("number-format", Severity::Info, Span::new(a, a + 1), "数字与“%”之间不应有空格")
                        .suggest(""),
                );
            }
        }
    }
    for d in &doc.dates {
        let dt = &t[d.start..d.end];
        let digits = dt.bytes().take_while(u8::is_ascii_digit).count();
        if (5..=6).contains(&digits) {
            out.push(
                RawFinding::new("number-format", Severity::Warning, *d, "年份与月份连在一起，疑漏写“年”")
                    .suggest(format!("{}年{}", &dt[..4], &dt[4..])),
            );
        }
    }
    // The text rules read the clean view (artefacts cut, full-width digits folded).
    let view = super::clean_view(doc);
    let t = view.text;
    // 近…左右 / 约…左右 in one phrase. Both characters are found in one memchr pass by the last
    // bytes of their UTF-8 (`近` E8 BF 91, `约` E7 BA A6), then compared.
    let (jin, yue) = ("近".as_bytes(), "约".as_bytes());
    let bytes = t.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr2(jin[2], yue[2], &bytes[from..]) {
        let end = from + k + 1;
        from = end;
        let at = |w: &[u8]| end.checked_sub(3).filter(|&i| &bytes[i..end] == w);
        let (i, c) = match (at(jin), at(yue)) {
            (Some(i), _) => (i, '近'),
            (_, Some(i)) => (i, '约'),
            _ => continue,
        };
        let mut next = t[i + c.len_utf8()..].chars();
        if !next.next().is_some_and(is_numeral) {
            continue;
        }
        let window: String = t[i..].chars().take(10).collect();
        if let Some(p) = window.find("左右") {
            let phrase = &window[..p + "左右".len()];
            if !phrase.contains(&['，', '。', '、', ',', '；'][..]) {
                let sp = view.src(Span::new(i, i + phrase.len()));
                out.push(
                    RawFinding::new("number-format", Severity::Warning, sp, format!("“{c}”与“左右”语义重复，保留其一"))
                        .suggest(phrase.trim_start_matches(c).to_string()),
                );
            }
        }
    }
    // 三、五天: adjacent numerals joined by 顿号 (a mark: found once for several checks).
    let marks = doc.marks();
    for &(i, c) in marks {
        if c != '、' {
            continue;
        }
        let mut before = t[..i].chars().rev();
        let Some(a) = before.next() else { continue };
        let mut after = t[i + c.len_utf8()..].chars();
        let b = after.next();
        let unit = after.next();
        if let (Some(da), Some(db)) = (han_digit(a), b.and_then(han_digit)) {
            let before_ok = before.next().is_none_or(|p| !is_numeral(p) && p != '第');
            let counted = unit.is_some_and(|u| "天个人次年月日名件种项家户位".contains(u));
            if (db == da + 1 || db == da + 2) && before_ok && counted {
                out.push(
                    RawFinding::new(
                        "number-format",
                        Severity::Warning,
                        view.src(Span::new(i, i + c.len_utf8())),
                        "相邻数字连用表示概数时，中间不加顿号",
                    )
                    .suggest(""),
                );
            }
        }
    }
    // 9～16亿: the first number of a range lost its 万/亿. Runs of ASCII digits start at marks.
    let b = t.as_bytes();
    let mut skip_to = 0;
    for &(i, d) in marks {
        if i < skip_to || !d.is_ascii_digit() || i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.') {
            continue;
        }
        let mut j = i;
        while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') {
            j += 1;
        }
        let rest = &t[j..];
        if let Some(d) = rest.chars().next().filter(|c| matches!(c, '～' | '~' | '—' | '-' | '至')) {
            let r2 = &rest[d.len_utf8()..];
            let n = r2.bytes().take_while(|x| x.is_ascii_digit() || *x == b'.').count();
            if n > 0 {
                if let Some(mu) = r2[n..].chars().next().filter(|c| matches!(c, '万' | '亿')) {
                    let end = j + d.len_utf8() + n + mu.len_utf8();
                    // The fix keeps the source's own characters (`～`, full-width digits).
                    let src = |a: usize, b: usize| {
                        let sp = view.src(Span::new(a, b));
                        &doc.text[sp.start..sp.end]
                    };
                    let k = j + d.len_utf8();
                    let fix = format!("{}{mu}{}{}{mu}", src(i, j), src(j, k), src(k, k + n));
                    out.push(
                        RawFinding::new(
                            "number-format",
                            Severity::Warning,
                            view.src(Span::new(i, end)),
                            "范围的两个数值都应带上单位",
                        )
                        .suggest(fix),
                    );
                    skip_to = end;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn gb_15835_cases() {
        assert_eq!(flags("投资9～16亿元", "number-format"), [("9～16亿".into(), Some("9亿～16亿".into()))]);
        assert_eq!(flags("参加近百人左右", "number-format"), [("近百人左右".into(), Some("百人左右".into()))]);
        assert_eq!(flags("用三、五天时间", "number-format"), [("、".into(), Some(String::new()))]);
        assert_eq!(flags("同比增长35.49 %", "number-format"), [(" ".into(), Some(String::new()))]);
        assert_eq!(flags("排名比20201-6月前进", "number-format"), [("20201-6月".into(), Some("2020年1-6月".into()))]);
        assert!(flags("一、二、三等奖，2023年1-6月，约200人", "number-format").is_empty());
        // Both characters in one text, each found where it stands (the scan looks for the
        // last byte of their UTF-8, which other characters share: 丽 E4 B8 BD … 缘, 邀 …).
        assert_eq!(
            flags("约请群众近距离交流，约3天左右完成，𠮷近10人左右参加", "number-format"),
            [("约3天左右".into(), Some("3天左右".into())), ("近10人左右".into(), Some("10人左右".into()))]
        );
        assert_eq!(
            flags("投资9～##paidend##16亿元", "number-format"),
            [("9～##paidend##16亿".into(), Some("9亿～16亿".into()))]
        );
    }
}
