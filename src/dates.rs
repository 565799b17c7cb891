//! Dates (spec §4): takes the clean view, gives source byte spans of `2023年`, `2023年度`,
//! `9月14日`, `1-6月`, `20xx年8月`, `XX 年 XX 月 XX 日`, `二〇二三年十一月`, `二月`. A year is four
//! digits (or a blank standing for them) before 年; `2年` is a duration, not a date.

use crate::clean::Clean;
use crate::span::Span;
use crate::tables::{han_digit, TailSet};

/// A cursor over the clean text.
struct Cur<'a> {
    s: &'a str,
    i: usize,
}

impl Cur<'_> {
    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += c.len_utf8();
            true
        } else {
            false
        }
    }
    fn eat_any(&mut self, cs: &[char]) -> bool {
        cs.iter().any(|&c| self.eat(c))
    }
    /// ASCII spaces between the parts of a blank date (`XX 年 XX 月`).
    fn spaces(&mut self) {
        while self.eat(' ') {}
    }
    /// A run of ASCII digits or blank characters (`x X × _ *`), at most `max` characters, as
    /// (text, all digits?).
    fn digits_or_x(&mut self, max: usize) -> Option<(&str, bool)> {
        let st = self.i;
        let mut n = 0;
        while let Some(c) = self.peek().filter(|c| c.is_ascii_digit() || is_blank(*c)) {
            // A run of underscores is one blank however long it is (`______年`).
            if n == max && !(c == '_' && self.s[..self.i].ends_with('_')) {
                break;
            }
            self.i += c.len_utf8();
            n += 1;
        }
        (self.i > st).then(|| {
            let t = &self.s[st..self.i];
            (t, t.bytes().all(|c| c.is_ascii_digit()))
        })
    }
}

/// Characters that stand for a digit in a template date (`20XX年`, `20__年`, `××××年度`).
fn is_blank(c: char) -> bool {
    matches!(c, 'x' | 'X' | '×' | '_' | '*')
}

/// Characters in `t`.
fn nchars(t: &str) -> usize {
    t.chars().count()
}

const DASHES: &[char] = &['-', '—', '–', '―', '~', '～', '至'];

fn num_ok(t: &str, digits: bool, max: u32) -> bool {
    if digits {
        t.parse::<u32>().is_ok_and(|n| n >= 1 && n <= max)
    } else {
        nchars(t) <= 2 || t.chars().all(|c| c == '_')
    }
}

/// `M月` (with an optional range `1-6月`, optional `份`) and an optional `D日`.
fn month_day(c: &mut Cur) -> bool {
    let save = c.i;
    let Some((m, d)) = c.digits_or_x(2) else {
        return han_month(c);
    };
    if !num_ok(m, d, 12) {
        c.i = save;
        return false;
    }
    let after_m = c.i;
    if c.eat_any(DASHES) {
        match c.digits_or_x(2) {
            Some((m2, d2)) if num_ok(m2, d2, 12) => {}
            _ => c.i = after_m,
        }
    }
    c.spaces();
    if !c.eat('月') {
        c.i = save;
        return false;
    }
    c.eat('份');
    let after = c.i;
    c.spaces();
    match c.digits_or_x(2) {
        Some((dd, d)) if num_ok(dd, d, 31) => {
            // A range of days: `3月27—29日`.
            let after_d = c.i;
            if c.eat_any(DASHES) && !c.digits_or_x(2).is_some_and(|(d2, dg)| num_ok(d2, dg, 31)) {
                c.i = after_d;
            }
            c.spaces();
            if !(c.eat('日') || c.eat('号')) {
                c.i = after;
            }
        }
        _ => c.i = after,
    }
    true
}

/// `二月`, `十一月`, `十二月` (and a day `十四日` after it).
fn han_month(c: &mut Cur) -> bool {
    let save = c.i;
    let st = c.i;
    while c.peek().is_some_and(|ch| han_digit(ch).is_some() || ch == '十') && c.i - st < 9 {
        c.i += 3;
    }
    let n = crate::tables::han_number(&c.s[st..c.i]);
    let first = c.i == st && (c.s[st..].starts_with("元月") || c.s[st..].starts_with("正月"));
    if first {
        c.i += '元'.len_utf8();
    }
    if !((first || n.is_some_and(|n| (1..=12).contains(&n))) && c.eat('月')) {
        c.i = save;
        return false;
    }
    c.eat('份');
    let after = c.i;
    let ds = c.i;
    while c.peek().is_some_and(|ch| han_digit(ch).is_some() || ch == '十') && c.i - ds < 9 {
        c.i += 3;
    }
    let d = crate::tables::han_number(&c.s[ds..c.i]);
    if !(d.is_some_and(|d| (1..=31).contains(&d)) && (c.eat('日') || c.eat('号'))) {
        c.i = after;
        // `元月16日`: a Han month with an Arabic day.
        if let Some((dd, dg)) = c.digits_or_x(2) {
            if !(dg && num_ok(dd, dg, 31) && (c.eat('日') || c.eat('号'))) {
                c.i = after;
            }
        }
    }
    true
}

/// A year: four digits/blanks (`2023`, `20xx`, `201x`), a two-letter blank (`XX`), or four
/// Chinese digits (`二〇二三`), then 年, optionally 度, and a range `20xx-20xx年`.
fn year(c: &mut Cur) -> bool {
    let save = c.i;
    // (`國際扶輪第 110 年`: an ordinal across a space too.)
    let counted_before = c.s[..save].trim_end_matches(' ').ends_with(&['近', '约', '第', '续', '满'][..]);
    // `民國九十四年`: after the era's name a year in Chinese numerals counts from 1912.
    let era = era_before(&c.s[..save]) > 0;
    let src = c.s;
    let ok = match c.digits_or_x(4) {
        Some((y, d)) => {
            let n = nchars(y);
            let underscores = y.chars().all(|c| c == '_');
            // A one-character blank (`X年`, `*年度`) is a year unless it counts years
            // (`X年来`, `X年多`, `近X年`).
            let single = !d && n == 1 && !counted_before;
            let blank_ok = !d && (n == 4 || (n == 2 && y.chars().all(is_blank)) || (underscores && n >= 2) || single);
            // `07年`, `98年`: a two-digit year (a leading zero, or the 1980s–90s); `10年` and
            // `20年` stay durations.
            // `从20年12月份起`: any two-digit year is one when a month follows it.
            let month_after = {
                let r = src[save + y.len()..].strip_prefix('年').unwrap_or("");
                let m = r.bytes().take_while(u8::is_ascii_digit).count();
                (1..=2).contains(&m)
                    && r[m..].starts_with('月')
                    && r[..m].parse::<u32>().is_ok_and(|x| (1..=12).contains(&x))
            };
            let short = d && n == 2 && (y.starts_with('0') || y >= "80" || month_after);
            // `103年`, `111年度`: a Taiwan (Minguo) year, 101 to 115 (2012–2026); `100年` only
            // with a month (`建党100年` is a count).
            // A school year (`106學年度`) is left as the gold pools leave it.
            let rest = &src[save + y.len()..];
            let school = rest.starts_with("學年") || rest.starts_with("学年");
            let minguo = d
                && n == 3
                && !counted_before
                && !school
                && (("101"..="115").contains(&y) || y == "100" && month_after);
            // `20_年`: a century and one underscore blank for the rest of the year.
            let century = (y.starts_with("20") || y.starts_with("19"))
                && n > 2
                && (y[2..].bytes().all(|b| b == b'_') || n == 3 && y.ends_with(&['*', 'x', 'X'][..]));
            let era_year = era && d && n <= 3;
            (d && n == 4 && (y.starts_with("19") || y.starts_with("20")))
                || blank_ok
                || short
                || century
                || minguo
                || era_year
        }
        None => {
            // `二〇二三`, also typed with a letter O or a zero (`二OO四`, `二00六`).
            let mut n = 0;
            let mut han = 0;
            while let Some(ch) = c.peek().filter(|ch| {
                han_digit(*ch).is_some() || matches!(ch, 'O' | 'o' | '0') || era && matches!(ch, '十' | '百')
            }) {
                if n == 5 || n == 4 && !era {
                    break;
                }
                han += usize::from(han_digit(ch).is_some() || matches!(ch, '十' | '百'));
                c.i += ch.len_utf8();
                n += 1;
            }
            n == 4 && han >= 2 || era && han == n && n >= 1
        }
    };
    if !ok {
        c.i = save;
        return false;
    }
    let after_y = c.i;
    if c.eat_any(DASHES) {
        let first = &src[save..after_y];
        match c.digits_or_x(4) {
            // `20_~20_年度`: the second year blanked the same way as the first.
            Some((y2, _)) if nchars(y2) == 4 || y2 == first => {}
            // `2014-15 年度`: a financial or school year over two calendar years.
            Some((y2, true))
                if nchars(y2) == 2
                    && first.len() == 4
                    && first[2..].parse::<u32>().is_ok_and(|a| y2.parse::<u32>().is_ok_and(|b| b == (a + 1) % 100)) => {
            }
            _ => c.i = after_y,
        }
    }
    c.spaces();
    // `2004学年`, `二OO四學年度`.
    if !(c.eat('学') || c.eat('學')) {
        c.spaces();
    }
    if !c.eat('年') {
        c.i = save;
        return false;
    }
    if nchars(&c.s[save..c.i]) == 2
        && c.peek().is_some_and(|x| matches!(x, '来' | '多' | '以' | '内' | '间' | '左' | '半' | '的'))
    {
        c.i = save;
        return false;
    }
    c.eat('度');
    true
}

/// `20201-6月`: a year glued to a month range (a typo worth flagging, still a date).
fn glued_year_month(c: &mut Cur) -> bool {
    let save = c.i;
    let b = c.s.as_bytes();
    let st = c.i;
    let mut j = st;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    if !(5..=6).contains(&(j - st)) || !(c.s[st..].starts_with("19") || c.s[st..].starts_with("20")) {
        return false;
    }
    c.i = st + 4;
    if month_day(c) && c.s[st + 4..c.i].contains(DASHES) {
        return true;
    }
    c.i = save;
    false
}

/// The length in bytes of the era's name `民國` right before a date (0 when there is none).
fn era_before(t: &str) -> usize {
    ["民國", "民国"].iter().find(|e| t.ends_with(*e)).map_or(0, |e| e.len())
}

/// Can a date start with `ch` (before the checks of what stands around it)?
fn may_start(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || han_digit(ch).is_some() || is_blank(ch) || matches!(ch, '十' | '元' | '正')
}

/// The non-ASCII characters [`may_start`] accepts (a test checks the list is complete), for
/// the scan's first test.
const NON_ASCII_STARTS: &[char] =
    &['〇', '零', '○', '一', '二', '两', '兩', '三', '四', '五', '六', '七', '八', '九', '十', '元', '正', '×'];
const NON_ASCII_STARTS_SET: TailSet = TailSet::new(NON_ASCII_STARTS);

/// Source spans of every date.
pub fn find(_text: &str, clean: &Clean) -> Vec<Span> {
    let s = clean.text.as_str();
    let mut out = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while i < s.len() {
        // Most characters cannot start a date: skip them without decoding.
        i = NON_ASCII_STARTS_SET.skip(b, i);
        if i >= b.len() {
            break;
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        let prev = s[..i].chars().next_back();
        let glued = prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.');
        // A month needs a boundary: not `个月`, not a digit or letter before it.
        let starts = !glued && may_start(ch);
        if starts && !matches!(prev, Some('个' | '個' | '第' | '每' | '近' | '约')) {
            let mut c = Cur { s, i };
            let hit = if glued_year_month(&mut c) {
                true
            } else if year(&mut c) {
                let after = c.i;
                c.spaces();
                if !month_day(&mut c) {
                    c.i = after;
                }
                true
            } else {
                month_day(&mut c)
            };
            if hit && c.i > i {
                // `民國92年12月8日`: the era's name is part of the date.
                out.push(clean.to_src(Span::new(i - era_before(&s[..i]), c.i)));
                i = c.i;
                continue;
            }
        }
        i += ch.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(t: &str) -> Vec<&str> {
        let c = Clean::new(t, &[]);
        find(t, &c).into_iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn years_months_days() {
        assert_eq!(dates("2023年11月20日"), ["2023年11月20日"]);
        assert_eq!(dates("2023年度，全镇"), ["2023年度"]);
        assert_eq!(dates("截至11月3日，化解"), ["11月3日"]);
        assert_eq!(dates("2022年9月16日至10月18日"), ["2022年9月16日", "10月18日"]);
        assert_eq!(dates("1-6月全市"), ["1-6月"]);
        assert_eq!(dates("今年二月中下旬"), ["二月"]);
        assert_eq!(dates("二〇二三年十一月"), ["二〇二三年十一月"]);
    }

    #[test]
    fn blanks_in_dates() {
        assert_eq!(dates("20xx年8月组成"), ["20xx年8月"]);
        assert_eq!(dates("从 XX 年 XX 月 XX 日开始"), ["XX 年 XX 月 XX 日"]);
        assert_eq!(dates("20xx-20xx年创先"), ["20xx-20xx年"]);
        assert_eq!(dates("20xx年1-6月份，本人"), ["20xx年1-6月份"]);
        assert_eq!(dates("20xx年xx月xx日"), ["20xx年xx月xx日"]);
    }

    #[test]
    fn template_years_two_digit_years_and_month_words() {
        assert_eq!(dates("20__年全村"), ["20__年"]);
        // One underscore for the two last digits (before: a metric `20_年`).
        assert_eq!(dates("关于切实做好20_年预防溺水工作"), ["20_年"]);
        assert_eq!(dates("某某学校20_~20_年度第二学期"), ["20_~20_年度"]);
        assert_eq!(dates("20*年,元月16日召开"), ["20*年", "元月16日"]);
        // A two-digit year before a month; `20年` alone is a duration.
        assert_eq!(dates("我乡从20年12月起开展宣传"), ["20年12月"]);
        assert!(dates("奋斗了20年,成绩斐然").is_empty());
        assert_eq!(dates("××××年度工作"), ["××××年度"]);
        assert_eq!(dates("××年×月×日"), ["××年×月×日"]);
        assert_eq!(dates("自07年起，到98年底"), ["07年", "98年"]);
        assert_eq!(dates("十一月份以来，元月份"), ["十一月份", "元月份"]);
        assert_eq!(dates("X月份召开"), ["X月份"]);
        assert!(dates("工作10年，20年来").is_empty());
    }

    #[test]
    fn year_ends_day_ranges_school_years_and_long_blanks() {
        // 年底/月末 stay outside the date (the gold answers disagree; the spec's dates end at 年/月/日).
        assert_eq!(dates("2023年末，到7月底"), ["2023年", "7月"]);
        assert_eq!(dates("2018年3月27—29日召开"), ["2018年3月27—29日"]);
        assert_eq!(dates("4月7―8日"), ["4月7―8日"]);
        assert_eq!(dates("二00六年四月二十日，二OO四学年度"), ["二00六年四月二十日", "二OO四学年度"]);
        assert_eq!(dates("日期：______年_____月_____日"), ["______年_____月_____日"]);
        assert_eq!(dates("召开*年度工作会，X年底全村"), ["*年度", "X年"]);
        assert!(dates("X年来，近X年，工作X年多").is_empty());
    }

    #[test]
    fn minguo_years_in_taiwan_reports() {
        // A Taiwan report counts years from 1912: `103年` is 2014.
        assert_eq!(dates("103年9月1日起，111年度預算"), ["103年9月1日", "111年度"]);
        assert_eq!(dates("民國100年3月"), ["民國100年3月"]);
        // The era's name with a year in Chinese numerals; an ordinal across a space is a count.
        assert_eq!(dates("民國九十四年成立,民國六十年創設,民國68年"), ["民國九十四年", "民國六十年", "民國68年"]);
        assert!(dates("作為國際扶輪第 110 年的社長").is_empty());
        // A financial year over two calendar years (Hong Kong); not any two figures.
        assert_eq!(dates("2014-15 年度衛星社,2017-18年度"), ["2014-15 年度", "2017-18年度"]);
        assert!(dates("2014-18年").is_empty());
        // A count of years, and a school year the gold answers leave out, are not dates.
        assert!(dates("建党100年，106學年度").is_empty());
    }

    #[test]
    fn the_list_of_non_ascii_starts_is_complete() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32).filter(|c| may_start(*c)) {
            assert!(NON_ASCII_STARTS.contains(&c), "{c}");
        }
    }

    #[test]
    fn durations_are_not_dates() {
        assert!(dates("2年多来").is_empty());
        assert!(dates("不到3个月").is_empty());
        assert!(dates("第3月").is_empty());
        assert_eq!(dates("比20201-6月前进"), ["20201-6月"]);
    }
}
