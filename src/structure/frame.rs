//! The frame of a report (spec §1): takes the source, the lines of the clean view, the clean
//! view and the headings already found; gives the title, salutation, closing and signature
//! lines, and the site header lines that copy the title (artefacts).
//!
//! The title is the best-scoring candidate (`title.rs`): a linear score over features of every
//! candidate, with weights fitted out of pool by `eval/title/fit.py` (`title_weights.rs`). The
//! rules' cascade below still runs: it decides the salutation, its helpers make the candidates
//! and their features, and its own choice (`rules_title`) is the fit's baseline. Its signals: a
//! report word ending the line, its place next to the salutation, an item label that copies
//! the page title (`…报告 篇1`), count headers and `第N篇` labels as the site's, a decorated page
//! title (`…范文`) yielding to the report's plain copy, a copy padded with a site field, and a
//! conjunction (`…总结和…计划`) carrying the title on. Word lists live in `tables.rs`.
//!
//! The salutation: a short line ending in a colon with an addressee word, a list of addressees
//! between commas (a last one after `以及`) or a notice's units (`…人民政府,…管委会,…总队:`), else a
//! host script's address after the speaker's label (`男:尊敬的…。`), else one inside a head
//! line after a space, a bracket or a title word (with its item number); a greeting after a
//! comma (`,大家好!`) is not part of it (eval/TITLE-CONVENTIONS.md S2). A title candidate loses
//! a copied page's note mark (`[1]`) and a file name's extension (`.docx`).

mod title;
mod title_weights;

pub use title::FEATURES;

use super::{RawHeading, Structure};
use crate::blocks::{self, CleanLine};
use crate::clean::Clean;
use crate::span::{CleanSpan, Span};
use crate::tables::{
    any_digit, contains_any, ends_with_any, han_digit, is_han, starts_with_any, ADDRESSEE_CONJUNCTIONS, ADDRESSEE_ENDS,
    ADDRESSEE_OFFICES, ADDRESSEE_UNIT_ENDS, ADDRESS_OPENERS, BYLINE_LABELS, BYLINE_OFFICES, CAPTION_WORDS,
    CHAIR_ADDRESSES, CITING_VERBS, CLOSING_WORDS, COLLECTION_WORDS, COLUMN_ENDS, DASH_SUBTITLE_WORDS, FIELD_NAME_ENDS,
    FILE_EXTENSIONS, FOREWORD_LABELS, GLUED_BANNERS, JOINER_WORDS, LABEL_ENDS, LEAD_IN_WORDS, PART_OPENINGS,
    PURPOSE_OPENINGS, QUALITY_TAGS, REPORTING_WORDS, SALUTATION_STARTS, SALUTATION_WORDS, SIGNATURE_ORG_ENDS,
    SITE_CHROME_WORDS, SITE_FIELD_LABELS, SPEAKER_LABELS, SPEECH_OPENINGS, STRONG_TITLE_WORDS, SUBJECT_PREDICATES,
    TITLE_DECORATIONS, TITLE_JOINERS, TITLE_PREFIX_LABELS, TITLE_WORDS, TITLE_WORD_RUNS,
};

fn has_title_word(t: &str) -> bool {
    let core = t.trim_end_matches(|c: char| !is_han(c) || c == '篇' || han_digit(c).is_some());
    let core = match core.find(['(', '（']) {
        Some(p) if p > 0 => &core[..p],
        _ => core,
    };
    contains_any(core, TITLE_WORDS) || contains_any(t, TITLE_WORDS) || spaced_title(t)
}

/// A row of the site around a report, whatever its words: a breadcrumb (`首页 > 范文 > …`), a
/// bulleted related-article entry (`- …总结 推荐度:`), a row with a word only site chrome uses
/// (`内容页`, `当前位置`), or one opened by the site's name (`某某网 栏目名`).
fn site_line(t: &str) -> bool {
    let t = t.trim();
    let breadcrumb = [" > ", ">>", "»", "＞", " >"].iter().any(|p| t.contains(p));
    let bullet = t.starts_with("- ") || t.starts_with("• ") || t.starts_with("· ");
    // `某某网 首页`, `公務員期刊網 精選范文 …`, `某某个人网站 某某个人网站`: a site's name before a space.
    let site_name = t.split(&[' ', '\u{3000}'][..]).next().is_some_and(|w| {
        w.len() < t.len()
            && (w.ends_with(&['网', '網'][..]) || w.ends_with("网站") || w.ends_with("網站"))
            && (2..=8).contains(&w.chars().count())
            && w.chars().all(is_han)
    });
    // `總監月報 4 月號 03`: a periodical's masthead with the issue's month.
    // (Despaced only when the line has 號 at all: most lines are not copied.)
    let issue = t.len() <= 90 && t.contains(&['號', '号'][..]) && {
        let d = despaced(t);
        (d.contains("月號") || d.contains("月号")) && d.contains(|c: char| c.is_ascii_digit())
    };
    breadcrumb || bullet || site_name || issue || contains_any(t, SITE_CHROME_WORDS)
}

/// An editor's lead-in (`下面是小编为大家整理的…`): a long line of the site, not the report's.
fn lead_in(t: &str) -> bool {
    contains_any(t, LEAD_IN_WORDS)
}

/// The byte after `某某:` when a line opens with a short name and a colon (`常某某:农村…发展`).
fn author_prefix(t: &str) -> Option<usize> {
    let (k, c) = t.char_indices().take(6).find(|&(_, c)| matches!(c, '：' | ':'))?;
    let name = &t[..k];
    let n = name.chars().count();
    let rest = &t[k + c.len_utf8()..];
    ((2..=4).contains(&n)
        && name.chars().all(is_han)
        && !SITE_FIELD_LABELS.contains(&name)
        && rest.chars().filter(|c| is_han(*c)).count() >= 6)
        .then_some(k + c.len_utf8())
}

/// `…心得体会:学深还需笃行`: a title and its short subtitle after a colon, not a `label:` line.
fn titled_subtitle(t: &str) -> bool {
    let Some(p) = t.find(&['：', ':'][..]) else {
        return false;
    };
    let (a, b) = (&t[..p], &t[p + t[p..].chars().next().map_or(1, char::len_utf8)..]);
    let a = a.trim_end_matches(&['”', '’', '"', '》', '」'][..]);
    let n = b.chars().count();
    // `…主持稿:庆祝教师灵魂,共筑教育梦想`: a slogan of two short phrases may have a comma.
    let phrases: Vec<&str> = b.split(&['，', ','][..]).collect();
    ends_with_any(a, TITLE_WORDS)
        && (2..=20).contains(&n)
        && phrases.len() <= 2
        && phrases.iter().all(|p| (2..=10).contains(&p.chars().count()))
        && b.chars().all(|c| is_han(c) || matches!(c, '“' | '”' | '、' | '，' | ','))
}

/// `驻某村工作队:遍访筑起防返贫“拦水坝”`, `某某:用双脚丈量责任`, `征文:我的扶贫故事`: a feature
/// story's headline, a subject and what is said of it around one colon. Not a site's field
/// (`来源:…`, `关键词:…`), an editor's label, an address, a numbered heading or a sentence.
fn headline(t: &str) -> bool {
    let Some((a, b)) = t.trim().split_once(['：', ':']) else {
        return false;
    };
    let (a, b) = (a.trim(), b.trim());
    // A form's fields (`活动名称:…`, `名  称:…`) and a column before a report's full title
    // (`政策解读:某市…方案`, `典型案例五篇:…案例分析`) are not a headline either.
    (2..=24).contains(&a.chars().count())
        && (4..=30).contains(&b.chars().count())
        && han(a) >= 2
        && !a.contains(['，', ',', '。', '；', ';', '！', '？', '?', '|', ' ', '\u{3000}'])
        && !b.contains(['。', '；', ';', '：', ':', '？', '?', '|'])
        && b.matches(['，', ',']).count() <= 1
        && b.starts_with(|c: char| is_han(c) || "“「《\"".contains(c))
        && !a.starts_with(|c: char| c.is_ascii_digit() || han_digit(c).is_some() || "(（第《".contains(c))
        && !ends_with_any(a, SITE_FIELD_LABELS)
        && !ends_with_any(a, FIELD_NAME_ENDS)
        && !ends_with_any(a, FOREWORD_LABELS)
        && !has_title_word(b)
        && !collection_label(a).0
        && salutation_len(&format!("{a}：")).is_none()
}

/// A title line whose colon is its own: a title and its slogan, or a feature story's headline.
fn colon_title(t: &str) -> bool {
    titled_subtitle(t) || headline(t)
}

/// A title spaced out one character at a time (`政 府 工 作 报 告`) that names a report.
fn spaced_title(t: &str) -> bool {
    let cs: Vec<char> = t.trim().chars().collect();
    let n = cs.len();
    n >= 7
        && cs.iter().enumerate().all(|(k, &c)| if k % 2 == 0 { is_han(c) } else { blocks::is_space(c) })
        && ends_with_any(&cs.iter().step_by(2).collect::<String>(), TITLE_WORDS)
}

/// A title line as one slice with the lines of the same title the layout broke off above it:
/// when the line names only the kind (`督查报告`, `工 作 报 告`), the lines right before it with
/// no punctuation, no report word and nothing of the site.
fn wrapped_start(s: &str, before: &[CleanSpan], line: CleanSpan) -> CleanSpan {
    let mut start = line.start;
    let x = &s[line.start..line.end];
    // Only a line that names a kind (`正文内容` under a title is the site's label, not its end).
    if x.chars().filter(|c| is_han(*c)).count() > 8 || !has_title_word(x) {
        return line;
    }
    for l in before.iter().rev().take(3) {
        // `无障碍版 长者助手 登录`: three words set apart by spaces are a site's menu, not a broken
        // title (a PDF's `2023 年` or a slogan's two halves have fewer gaps between Han words).
        let x = &s[l.start..l.end];
        if !title_fragment(x) || menu_row(x) {
            break;
        }
        start = l.start;
    }
    CleanSpan::new(start, line.end)
}

/// Three or more Han words set apart by spaces (`无障碍版 长者助手 登录`): a site's menu.
fn menu_row(t: &str) -> bool {
    let words: Vec<&str> = t.split(blocks::is_space).filter(|w| !w.is_empty()).collect();
    words.len() >= 3 && words.iter().all(|w| w.chars().all(is_han))
}

/// A piece of a title the layout broke off: 8 to 30 characters, mostly Han, with no
/// punctuation, no report word and nothing of the site or the title block's front matter.
fn title_fragment(t: &str) -> bool {
    title_piece(t, 8)
}

/// [`title_fragment`] with a shorter least length (`least` characters).
fn title_piece(t: &str, least: usize) -> bool {
    let n = t.chars().count();
    (least..=30).contains(&n)
        && !t.contains(['，', ',', '。', '：', ':', '；', ';', '！', '？', '?', '|', '(', '（', '【', '['])
        && !t.starts_with(&['—', '-'][..])
        && !t.ends_with('网')
        && !has_title_word(t)
        && !site_line(t)
        && !front_matter(t)
        && !title::speaker_byline(t)
        && t.chars().filter(|c| is_han(*c)).count() * 3 > n * 2
}

/// The chosen title without what a site or the title block put around it on its line: a date
/// stamp before it (`2025.03.04 …`), a quality tag before it (`(经典)…`, T4), and a subtitle
/// after a dash (`——记…`, `——在…上`, `--…`; T6: a title block gives its main title), each only
/// when four Han characters of title stay.
fn without_site_marks(s: &str, t: CleanSpan) -> CleanSpan {
    let (mut a, mut b) = (t.start, t.end);
    // `·区政府办公室工作·`: a yearbook's entry title between middle dots.
    if let Some(r) = s[a..b].strip_prefix('·').and_then(|r| r.strip_suffix('·')).filter(|r| han(r) >= 4) {
        a += '·'.len_utf8();
        b = a + r.len();
    }
    let x = &s[a..b];
    // `2025.03.04 `, `2025-03-04 `, `2025/3/4 `.
    let stamp = x.find(blocks::is_space).filter(|&p| {
        let d = &x[..p];
        // A day: year, month and day (`2016-2017 年度…` is a school year, the title's).
        d.len() >= 8
            && d.starts_with(crate::tables::ascii_digit)
            && d.chars().all(|c| c.is_ascii_digit() || ".-/".contains(c))
            && d.matches(&['.', '-', '/'][..]).count() >= 2
    });
    if let Some(p) = stamp {
        let rest = x[p..].trim_start_matches(blocks::is_space);
        if han(rest) >= 4 {
            a = b - rest.len();
        }
    }
    // `-精品合同推荐- X`: a site's tag between dashes before it.
    let x = &s[a..b];
    if let Some(r) = x.strip_prefix(&['-', '—'][..]) {
        if let Some(k) =
            r.find(&['-', '—'][..]).filter(|&k| k > 0 && han(&r[..k]) >= 2 && !r[..k].contains(blocks::is_space))
        {
            let rest = r[k..].trim_start_matches(&['-', '—'][..]);
            if rest.starts_with(blocks::is_space) && han(rest) >= 4 {
                a = b - rest.trim_start_matches(blocks::is_space).len();
            }
        }
    }
    // `1.某某的重要性 篇一`: a collection's list number before an item label.
    let x = &s[a..b];
    let num = x.trim_start_matches(crate::tables::ascii_digit);
    if num.len() < x.len() && x.len() - num.len() <= 2 {
        if let Some(rest) = num.strip_prefix(&['.', '、', '．'][..]) {
            if han(rest) >= 4 && collection_label(rest).1 && rest.trim_end().contains('篇') {
                a = b - rest.len();
            }
        }
    }
    // `内容概述 X`, `附件X`, `附件1:X`: a site's field or a notice's attachment label before it.
    let x = &s[a..b];
    if let Some(w) = TITLE_PREFIX_LABELS.iter().find(|w| x.starts_with(**w)) {
        // `附件2023年…`: a year after the label is the title's, an attachment's number is short.
        let after = &x[w.len()..];
        let digits = after.len() - after.trim_start_matches(crate::tables::ascii_digit).len();
        let year = digits > 2 || after[digits..].starts_with('年');
        let rest = if year { after } else { &after[digits..] };
        let rest = rest.trim_start_matches(|c: char| blocks::is_space(c) || matches!(c, ':' | '：'));
        if han(rest) >= 4 {
            a = b - rest.len();
        }
    }
    // `精选优质文档-----倾情为你奉上X`: a document library's banner glued before it.
    for w in GLUED_BANNERS {
        if let Some((_, rest)) = s[a..b].split_once(w).filter(|r| han(r.1) >= 4) {
            a = b - rest.len();
        }
    }
    // `…自查报告_自查报告`, `…事迹素材_优秀党员事迹`: a site's category after `_`.
    let x = &s[a..b];
    if let Some(p) = x.rfind('_').filter(|&p| han(&x[..p]) >= 4 && x[p + 1..].chars().count() <= 12) {
        b = a + x[..p].trim_end_matches(blocks::is_space).len();
    }
    let x = &s[a..b];
    if let Some(close) =
        x.strip_prefix(['(', '（', '【', '[']).and_then(|r| r.find([')', '）', '】', ']']).map(|k| (r, k)))
    {
        let (r, k) = close;
        let rest = r[k + r[k..].chars().next().map_or(1, char::len_utf8)..].trim_start_matches(blocks::is_space);
        // `[实用发言稿] X`, `[2019主持词]X`: a site's category tag (T4), square brackets only.
        let square = !x.starts_with(['(', '（']);
        // `【工作落实】X`: a column's name, short and with no report word of its own.
        let tag = &r[..k];
        let column = tag.chars().count() <= 10 && ends_with_any(tag, COLUMN_ENDS);
        // …or a feature story's headline after it (`【扶贫人物】某某:用双脚丈量责任`).
        let tagged = square && (site_tag(tag) || column) && (has_title_word(rest) || column && headline(rest));
        if (quality_tag(&r[..k]) || tagged) && han(rest) >= 4 {
            a = b - rest.len();
        }
    }
    // `[2020年某区人大常委会工作报告] 2020年是…`: a bracket opened before the title and closed after it.
    let x = &s[a..b];
    for (o, c) in [('[', ']'), ('【', '】'), ('(', ')'), ('（', '）')] {
        if x.starts_with(o) && !x.contains(c) && han(x) >= 4 {
            a += o.len_utf8();
        }
    }
    // `…情况的报告 2019年4月21日在…会议上…`: the title block's date and occasion after a space.
    let x = &s[a..b];
    let dated = x.char_indices().filter(|x| blocks::is_space(x.1)).map(|x| x.0).find(|&p| {
        let rest = x[p..].trim_start_matches(blocks::is_space);
        rest.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '（') && front_matter(rest)
    });
    if let Some(p) = dated.filter(|&p| han(&x[..p]) >= 4 && has_title_word(&x[..p])) {
        b = a + p;
    }
    let x = &s[a..b];
    if let Some(p) = x.find("——").or_else(|| x.find("--")) {
        // A headline's second half (`聚焦重点抓排查 紧盯问题强整治——市交通运输局深入推进…专项行动`)
        // stays; an occasion (`——在…会议上`), a date or a `——记…` feature line goes.
        let after = x[p..].trim_start_matches(['—', '-']);
        let headline = han(after) >= 8
            && !after.starts_with(['在', '记', '記', '(', '（'])
            && !after.starts_with(crate::tables::ascii_digit)
            && !contains_any(after, DASH_SUBTITLE_WORDS);
        if han(&x[..p]) >= 4 && !headline {
            b = a + x[..p].trim_end_matches(blocks::is_space).len();
        }
    }
    // `“永远在路上”观后感—刘伟`: the author's name after one dash.
    if let Some((l, r)) = s[a..b].rsplit_once('—') {
        if (2..=3).contains(&r.chars().count()) && r.chars().all(is_han) && han(l) >= 4 {
            b = a + l.len();
        }
    }
    // `…问题及对策 西苑街道党工委书记`, `執行長感言(上) 松村有格 2004年年報`: the author's office, or a
    // name and a date, after a space.
    let x = &s[a..b];
    if let Some(p) = x.find(blocks::is_space).filter(|&p| han(&x[..p]) >= 4) {
        let by = x[p..].trim_start_matches(blocks::is_space);
        let office = by.chars().count() <= 16 && by.chars().all(is_han) && ends_with_any(by, BYLINE_OFFICES);
        let dated = by.split_once(blocks::is_space).is_some_and(|(name, rest)| {
            (2..=4).contains(&name.chars().count())
                && name.chars().all(is_han)
                && rest.starts_with(crate::tables::ascii_digit)
        });
        if office || dated {
            b = a + p;
        }
    }
    CleanSpan::new(a, b)
}

/// A title the layout broke over lines, continued from the chosen line (T6 in
/// eval/TITLE-CONVENTIONS.md): down while it is unfinished (`关于印发…预案的` / `通 知`, an open
/// `《`); up while it starts mid-phrase (`和其他…报告` under `关于…预算执行`, a closing `》`,
/// `年政府工作报告` under `2023`); then up over the issuer above a `关于…` line (`某市人民政府`).
/// At most two lines down and three up (the issuer aside), each a short line with no clause
/// mark that is not the site's.
fn continued_title(s: &str, head: &[CleanSpan], t: CleanSpan) -> CleanSpan {
    let Some(first) = head.iter().position(|h| h.end > t.start) else {
        return t;
    };
    let last = head.iter().rposition(|h| h.start < t.end).unwrap_or(first);
    let fragment = |h: &CleanSpan| {
        let x = &s[h.start..h.end];
        x.chars().nth(40).is_none() && !x.contains(&['。', '，', ',', '：', ':', '；', '！', '？'][..]) && !site_line(x)
    };
    let opened = |x: &str| x.matches('《').count() > x.matches('》').count();
    let (mut a, mut b) = (t.start, t.end);
    let mut k = last;
    while t.end == head[last].end && k + 1 < head.len() && k < last + 2 {
        let x = &s[a..b];
        // `某区政务服务中心` / `工作简报`: a masthead's body over the bare kind of its paper.
        // (`主 持 詞`: spaced out under a heading line.)
        let kind_below = |h: &CleanSpan| {
            let y = &despaced(&s[h.start..h.end]);
            y.chars().count() <= 6 && y.chars().all(is_han) && ends_with_any(y, TITLE_WORDS) && !has_title_word(x)
        };
        // `…调研报` / `告`: the report word itself broken at the line's end.
        let word_cut = |h: &CleanSpan| {
            let y = &s[h.start..h.end];
            (1..=2).contains(&y.chars().count())
                && y.chars().all(is_han)
                && !ends_with_any(x, TITLE_WORDS)
                && TITLE_WORDS.iter().any(|w| w.strip_suffix(y).is_some_and(|h| !h.is_empty() && x.ends_with(h)))
        };
        let unfinished = x.ends_with(&['的', '和', '及', '与', '、'][..])
            || x.ends_with("关于")
            || opened(x)
            || kind_below(&head[k + 1])
            || word_cut(&head[k + 1]);
        if !unfinished || !fragment(&head[k + 1]) {
            break;
        }
        k += 1;
        b = head[k].end;
    }
    let mut k = first;
    let mut pieces = false;
    while t.start == head[first].start && k > 0 && k + 3 > first {
        let x = &s[a..b];
        let prev = &head[k - 1];
        let p = &s[prev.start..prev.end];
        // `某市人民政府研究室关于开展…优秀调研` / `成果评选活动的通知`: `关于` opened above.
        let opened_above = p.contains("关于") && !x.contains("关于") && !ends_with_any(p, TITLE_WORDS);
        // `在区六届人大六次会议第三次全体会议上` / `某区长的发言`: the occasion over the speech.
        let occasion = p.starts_with('在')
            && (p.ends_with('上') || p.ends_with("上的"))
            && contains_any(p, &["会", "會", "典礼", "典禮", "仪式", "儀式", "活动", "活動", "论坛", "論壇"])
            && ends_with_any(x, &["讲话", "講話", "发言", "發言", "致辞", "致辭", "报告", "報告"]);
        // `中国人民政治协商会议` / `第七届某县委员会常务委员会工作报告`: the body over its session.
        let session = x.starts_with('第')
            && x.chars().nth(1).is_some_and(|c| han_digit(c).is_some())
            && x.contains('届')
            && (p.ends_with("会议") || ends_with_any(p, SIGNATURE_ORG_ENDS));
        // `市委督导组长某某同志在县委班子` / `专题民主生活会上点评时的讲话`: `在` opened above, `上` closes it.
        // Also `在全市…总结表彰暨全国` / `文明城市推进工作会议上的发言`: the whole occasion opened above.
        let open_at = p.rfind('在').is_some_and(|i| !p[i..].contains('上'))
            && (!p.starts_with('在') || !p.contains('上'))
            && x.contains('上')
            && ends_with_any(x, &["讲话", "講話", "发言", "發言", "致辞", "致辭", "点评", "點評"]);
        // `某街道办事处2023年度政府` / `信息公开工作年度报告`, `…2023年度` / `政府信息公开…`: a
        // disclosure report's name, or a year's modifier, broken at the line's end.
        let disclosure = (p.ends_with("政府") && x.starts_with("信息公开"))
            || (p.ends_with("政府") && x.starts_with("信息公開"))
            || p.ends_with("年度") && x.starts_with(is_han);
        // `浙江乡镇企业` / `发展考察报告` under the page's `浙江乡镇企业 发展考察报告`: the page shows the title whole.
        // (Read last, and only when nothing cheaper continued the title.)
        let halves = || {
            let (dp, dx) = (despaced(p), despaced(x));
            head[..k - 1].iter().any(|h| {
                let y = despaced(&s[h.start..h.end]);
                y.len() == dp.len() + dx.len() && y.starts_with(&dp) && y.ends_with(&dx)
            })
        };
        let conj = p.ends_with(&['和', '及', '与', '與'][..]);
        // A slogan broken after its conjunction may have commas on both lines.
        let slogan_piece = conj && p.chars().count() <= 30 && !p.contains(&['。', '：', ':'][..]) && !site_line(p);
        let mid_phrase = opened_above
            || occasion
            || open_at
            || disclosure
            || session
            || x.starts_with(TITLE_JOINERS) && !starts_with_any(x, JOINER_WORDS)
            || x.matches('》').count() > x.matches('《').count()
            || x.starts_with(&['的', '之'][..])
            // `…以饱满的工作激情和` / `必胜的信心,迎评“三甲”`: a conjunction left the line above open.
            || conj
            || x.starts_with('年') && p.ends_with(crate::tables::ascii_digit)
            || pieces && p.chars().count() <= 4
            || halves();
        if !mid_phrase || !(fragment(prev) || slogan_piece) || opened(p) && !x.contains('》') {
            break;
        }
        pieces |= p.chars().count() <= 4;
        k -= 1;
        a = prev.start;
    }
    // `深入学习贯彻…大会精神` / `以美丽中国建设全面推进…现代化` over `——在…会议上的工作报告`: a
    // slogan title in two halves over its subtitle, neither naming the kind, is one slice (T6).
    // The same over the salutation (`狠抓安全管理` / `构建和谐环境` / `尊敬的各位领导:`), halves
    // from five characters.
    let subtitle_at = |k: usize| head.get(k).is_some_and(|h| s[h.start..h.end].starts_with(&['—', '－'][..]));
    let address_at = |k: usize| {
        head.get(k).is_some_and(|h| salutation_len(&s[h.start..h.end]).is_some_and(|n| n + h.start == h.end))
    };
    let half = |h: &CleanSpan, short: bool| {
        let t = &s[h.start..h.end];
        title_piece(t, if short { 5 } else { 8 })
    };
    // Two different halves: not a page title over its own copy with an item number (`…闭幕词` / `…闭幕词1`).
    let differ = |x: &CleanSpan, y: &CleanSpan| {
        let (p, q) = (&s[x.start..x.end], &s[y.start..y.end]);
        p.chars().take(3).collect::<String>() != q.chars().take(3).collect::<String>()
            && !p.ends_with(any_digit)
            && !q.ends_with(any_digit)
    };
    if a == head[first].start && b == head[last].end && first == last {
        let (sub1, sub2) = (subtitle_at(last + 1), subtitle_at(last + 2));
        let (adr1, adr2) = (address_at(last + 1), address_at(last + 2));
        let (x, up, down) = (&head[first], first.checked_sub(1).map(|k| &head[k]), head.get(last + 1));
        if let Some(p) = up.filter(|p| (sub1 || adr1) && half(x, adr1) && half(p, adr1) && differ(p, x)) {
            a = p.start;
        } else if let Some(n) = down.filter(|n| (sub2 || adr2) && half(x, adr2) && half(n, adr2) && differ(x, n)) {
            b = n.end;
        }
    }
    if k > 0 && a == head[k].start && s[a..b].starts_with("关于") {
        let prev = &head[k - 1];
        let p = &s[prev.start..prev.end];
        if fragment(prev) && p.chars().count() <= 25 && ends_with_any(p, SIGNATURE_ORG_ENDS) {
            a = prev.start;
        }
    }
    CleanSpan::new(a, b)
}

/// `t` without its white space (`工作 汇 报` → `工作汇报`, `2021 年 2 月` → `2021年2月`): a PDF's or
/// a layout's spacing inside words and figures.
fn despaced(t: &str) -> String {
    t.chars().filter(|c| !blocks::is_space(*c)).collect()
}

/// An author line under a title: names (and an office) ending in a short name set off by a
/// space (`某研究中心  张某  李某`, `某镇镇长 刘某某`), or a name alone.
fn byline(t: &str) -> bool {
    let t = t.trim();
    let last = t.rsplit(blocks::is_space).next().unwrap_or(t);
    let name = |w: &str, least: usize| (least..=4).contains(&w.chars().count()) && w.chars().all(is_han);
    // A two-character name may be spaced out (`赵 海`).
    t.chars().count() <= 40
        && !t.contains(&['，', ',', '。', '：', ':', '；', '！', '？'][..])
        && !spaced_title(t)
        && if last.len() < t.len() { name(last, 1) } else { name(t, 2) }
}

/// What stands under a title in its title block: a `——在…上` subtitle or a date line
/// (`(2024年1月15日)`, `2019年2月26日在…会议`).
fn front_matter(t: &str) -> bool {
    // `2021 年 2 月 4 日在…`: a PDF's spaces around the figures.
    let joined = despaced(t);
    let t = joined.trim_start_matches(['(', '（']);
    let date = t.chars().take(4).all(|c| c.is_ascii_digit())
        && t.get(4..).is_some_and(|r| r.starts_with('年'))
        && t.chars().take(12).any(|c| c == '日');
    // `二〇一一年六月`, `2011年6月`: a date alone on its line under a report's cover title.
    let year = t.chars().take(4).all(|c| c.is_ascii_digit() || han_digit(c).is_some() || c == '〇' || c == 'O');
    let cover_date = year
        && t.chars().nth(4) == Some('年')
        && t.chars().count() <= 12
        && t.ends_with(&['月', '日'][..])
        && t.chars().all(|c| c.is_ascii_digit() || han_digit(c).is_some() || "〇O年月日十".contains(c));
    // `人民代表大会第四次会议上`: the occasion's end, broken off a date line above it.
    let occasion = t.ends_with('上') && t.contains(&['会', '會'][..]) && !has_title_word(t) && t.chars().count() <= 30;
    t.starts_with(&['—', '－'][..]) || t.starts_with("--") || date || cover_date || doc_number(t) || occasion
}

/// `沪奉府办发〔2024〕3号`, `某政办函[2017]103号`: a document's number alone on its line under
/// the title, the issuer's short name, the year in brackets and the serial number.
fn doc_number(t: &str) -> bool {
    let t = t.trim();
    let Some(p) = t.find(['〔', '[', '［', '【']) else {
        return false;
    };
    let rest = &t[p + t[p..].chars().next().map_or(1, char::len_utf8)..];
    let year = rest.chars().take(4).filter(char::is_ascii_digit).count() == 4;
    let serial = rest.get(4..).is_some_and(|r| {
        let r = r.trim_start_matches(['〕', ']', '］', '】']);
        r.len() < rest.len() - 4 && r.trim_end_matches('号').len() < r.len() && r.chars().any(|c| c.is_ascii_digit())
    });
    (2..=12).contains(&t[..p].chars().count()) && t.chars().count() <= 24 && year && serial
}

/// The title after a `第一篇` / `第1篇:` prefix, without a site's word count after it
/// (`第一篇 某镇镇长述职报告2150字` → `某镇镇长述职报告`).
fn prefixed_title(s: &str, line: CleanSpan) -> Option<CleanSpan> {
    let a = after_first_label(s, line)?.start;
    let x = &s[a..line.end];
    let count = x.strip_suffix('字').map_or(0, |r| {
        let d = r.len() - r.trim_end_matches(crate::tables::ascii_digit).len();
        if d > 0 {
            d + '字'.len_utf8()
        } else {
            0
        }
    });
    let b = line.end - count;
    let x = &s[a..b];
    (has_title_word(x) && x.chars().filter(|c| is_han(*c)).count() >= 4 && !x.contains(&['，', '。'][..]))
        .then_some(CleanSpan::new(a, b))
}

/// A character that counts texts before `篇` (`3篇`, `多篇`, `几篇`).
fn counted(c: Option<char>) -> bool {
    c.is_some_and(|c| any_digit(c) || "多几數数".contains(c))
}

/// What follows the line's first `篇` label (`第一篇:`, `【第1篇】`, `[推荐5篇]`), its colon or
/// closing bracket skipped.
fn after_first_label(s: &str, line: CleanSpan) -> Option<CleanSpan> {
    let t = &s[line.start..line.end];
    let p = t.find('篇')? + '篇'.len_utf8();
    let rest = &t[p..];
    // `【第1篇】X`: the label's closing bracket too.
    let lead = rest.len()
        - rest.trim_start_matches(|c: char| blocks::is_space(c) || matches!(c, ':' | '：' | '】' | ']')).len();
    Some(CleanSpan::new(line.start + p + lead, line.end))
}

/// `X(通用28篇)X篇1…`, `X3篇   X一:`, `X报告3篇X报告第1篇为…`: what follows a count header
/// that a page ran on into its item label (its closing bracket and spaces skipped), when it
/// has words of its own.
fn after_count_header(s: &str, sp: CleanSpan) -> Option<CleanSpan> {
    let t = &s[sp.start..sp.end];
    // `…参考 5 篇 2021 …参考 1`: PDF text spaces the count out.
    let (k, _) = t
        .match_indices('篇')
        .find(|&(k, _)| counted(t[..k].trim_end().chars().last()) && !t[..k].trim_end().ends_with("第1"))?;
    let rest = &t[k + '篇'.len_utf8()..];
    let rest = rest.trim_start_matches(|c: char| blocks::is_space(c) || matches!(c, ')' | '）' | '】' | ']'));
    let a = sp.start + t.len() - rest.len();
    // `…6篇 【篇1】 根据…`: a bare label after the header carries no title (T3).
    let bare = rest.starts_with(['【', '[', '篇', '第']);
    (han(rest) >= 4 && !bare).then(|| CleanSpan::new(a, sp.end))
}

/// `…X报告X报告`: where a title ends in the same words twice (at least four characters with a
/// report word), the end of the first copy. Only a short line is read.
fn doubled_tail(t: &str) -> Option<usize> {
    if t.len() > 300 {
        return None;
    }
    t.char_indices().map(|x| x.0).filter(|&m| m > 0).find(|&m| {
        let tail = &t[m..];
        // Only a longer title before the short copy: `X X X` pasted whole is the lead copy's case.
        let first = t[..m].strip_suffix(tail);
        tail.chars().nth(3).is_some()
            && first.is_some_and(|f| !f.is_empty() && !f.ends_with(tail))
            && has_title_word(tail)
    })
}

/// `X X 某某X`: how many bytes of two or more copies of a short title (at least four characters with a report
/// word) open a title that ends in the same words. 0 when none.
fn leading_copies(t: &str) -> usize {
    if t.len() > 300 {
        return 0;
    }
    t.char_indices()
        .map(|x| x.0)
        .skip(4)
        .find_map(|m| {
            let copy = &t[..m];
            if !has_title_word(copy) {
                return None;
            }
            let mut rest = &t[m..];
            let mut n = 1;
            while let Some(r) = rest.strip_prefix(copy) {
                rest = r;
                n += 1;
            }
            // Two copies at least: one before a title is often the page's title with its tags.
            (n >= 2 && rest.len() > copy.len() && rest.ends_with(copy)).then(|| t.len() - rest.len())
        })
        .unwrap_or(0)
}

/// A collection label: `(count, item, prefix)`. A count header names how many texts a page
/// lists (`(精选3篇)`, `…多篇`, also with a label glued after it); an item label ends a title
/// with its number on the page (`篇1`, `篇一`, `…报告1`); a prefix label opens the line
/// (`第一篇 …`, `第一篇:…`) and is the site's, not the report's.
fn collection_label(t: &str) -> (bool, bool, bool) {
    let t = t.trim_end();
    let bracket_count = t.split(['(', '（', '【', '[']).skip(1).any(|inner| {
        let inner = inner.split([')', '）', '】', ']']).next().unwrap_or("");
        // `【第一篇】` numbers one item; it counts nothing.
        let ordinal = |k: usize| inner[..k].trim_end_matches(any_digit).ends_with('第');
        inner.char_indices().any(|(k, c)| c == '篇' && counted(inner[..k].chars().last()) && !ordinal(k))
    });
    // `…总结范文第1篇`: an ordinal names the item, it does not count the texts.
    let ordinal = t.strip_suffix('篇').is_some_and(|r| {
        let before = r.trim_end_matches(any_digit);
        before.len() < r.len() && before.strip_suffix('第').is_some_and(|x| han(x) >= 2)
    });
    // `…工作总结 1篇`: one text after a space labels an item; a page does not count one.
    let one = t.strip_suffix("1篇").is_some_and(|x| x.ends_with(blocks::is_space));
    let count = !ordinal
        && !one
        && (bracket_count
            || (t.ends_with('篇') && counted(t.chars().rev().nth(1)))
            || ends_with_any(t, COLLECTION_WORDS));
    let core = t.trim_end_matches(any_digit);
    let item = ordinal
        || one
        || core.len() < t.len() && (core.trim_end().ends_with('篇') || TITLE_WORDS.iter().any(|w| core.ends_with(w)))
        || bracketed_item(t).is_some_and(|core| TITLE_WORDS.iter().any(|w| core.ends_with(w)));
    // `【第1篇】X` as well as `第一篇:X`.
    let prefix = ordinal_label_len(t.trim_start_matches(&['【', '['][..])).is_some();
    (count, item && !count, prefix)
}

/// `第1篇`, `第一篇` at the start of `t`: an item's ordinal label; its length in bytes.
fn ordinal_label_len(t: &str) -> Option<usize> {
    let r = t.strip_prefix('第')?;
    let n = r.len() - r.trim_start_matches(any_digit).len();
    (n > 0 && r[n..].starts_with('篇')).then(|| '第'.len_utf8() + n + '篇'.len_utf8())
}

/// `…述职报告1在院团委…`: the first line before `first_heading` that starts with a copy of `t`
/// and the page's item label glued to the body's first words; gives the copy with its label.
fn glued_label(s: &str, lines: &[CleanLine], first_heading: usize, t: CleanSpan) -> Option<CleanSpan> {
    let tt = &s[t.start..t.end];
    lines.iter().map(|l| l.trimmed).take_while(|l| l.start < first_heading).find_map(|l| {
        let rest = s[l.start..l.end].strip_prefix(tt)?;
        let r = rest.trim_start_matches(blocks::is_space);
        let n = item_label_len(r)?;
        let next = r[n..].chars().next()?;
        (is_han(next) && han_digit(next).is_none())
            .then(|| CleanSpan::new(l.start, l.start + tt.len() + rest.len() - r.len() + n))
    })
}

/// The first line after `t` that is not the site's, when it opens with a proper part of `t`
/// (six Han characters or more, with a report word) glued to a sentence's first character:
/// that part.
fn glued_copy(s: &str, lines: &[CleanLine], first_heading: usize, t: CleanSpan) -> Option<CleanSpan> {
    let tt = &s[t.start..t.end];
    let l = lines
        .iter()
        .map(|l| l.trimmed)
        .filter(|l| l.start >= t.end && l.start < first_heading && !l.is_empty())
        .find(|l| !site_line(&s[l.start..l.end]))?;
    let line = &s[l.start..l.end];
    let n =
        line.char_indices().map(|(i, c)| i + c.len_utf8()).take(80).take_while(|&e| tt.contains(&line[..e])).last()?;
    let p = &line[..n];
    let next = line[n..].chars().next()?;
    // `…工作总结如下,`, `…工作总结的…`: the sentence goes on with the title's words in it.
    let goes_on = "如的是了和及与中在为将等".contains(next);
    (p.len() < tt.len() && han(p) >= 6 && has_title_word(p) && is_han(next) && han_digit(next).is_none() && !goes_on)
        .then(|| CleanSpan::new(l.start, l.start + n))
}

/// The length of an item label at the start of `r` (`篇1`, `篇一`, `1`), if there is one.
fn item_label_len(r: &str) -> Option<usize> {
    let (body, extra) = match r.strip_prefix('篇') {
        Some(b) => (b, '篇'.len_utf8()),
        None => (r, 0),
    };
    let digits: usize = body
        .chars()
        .take_while(|c| c.is_ascii_digit() || (extra > 0 && han_digit(*c).is_some()))
        .map(char::len_utf8)
        .sum();
    let after = body[digits..].chars().next();
    let ok = digits > 0
        && body[..digits].chars().count() <= 2
        && !after.is_some_and(|c| "年月日个项名人次、.．%".contains(c));
    ok.then_some(extra + digits)
}

/// Where an item label inside a line ends (`…方案 (篇1) 德育目标…`, `…总结篇一 今年…`), when more
/// words run on after it: `篇` and a one- or two-character number after a report word, in
/// brackets or not.
fn item_label_end(t: &str) -> Option<usize> {
    t.match_indices('篇').find_map(|(p, _)| {
        let before = t[..p].trim_end_matches(['(', '（']).trim_end();
        if !TITLE_WORDS.iter().any(|w| before.ends_with(w)) {
            return None;
        }
        let after = &t[p + '篇'.len_utf8()..];
        let n: usize = after.chars().take_while(|&c| any_digit(c)).take(2).map(char::len_utf8).sum();
        let bracketed = t[..p].ends_with(['(', '（']);
        let close =
            if bracketed { after[n..].chars().next().filter(|c| matches!(c, ')' | '）'))?.len_utf8() } else { 0 };
        let e = p + '篇'.len_utf8() + n + close;
        let rest = &t[e..];
        // Two Han characters run on (counted no further: a long line has many `篇`).
        let runs_on = rest.trim_start().chars().take(2).filter(|c| is_han(*c)).count() == 2;
        (n > 0 && rest.starts_with(|c: char| !any_digit(c)) && runs_on).then_some(e)
    })
}

/// A title without its item label (`…报告 篇1`, `…总结(一)` → `…报告`, `…总结`).
fn label_core(t: &str) -> &str {
    let t = t.trim_end();
    if let Some(core) = bracketed_item(t) {
        return core;
    }
    let core = t.trim_end_matches(any_digit);
    core.strip_suffix('篇').unwrap_or(core).trim_end()
}

/// `…总结(一)`, `…方案(2)`, `…方案 (篇1)`, `…汇报(精选篇1)`, `…总结范文 『范文1』`: the text before
/// a bracketed item number at the end (a site's word before the number aside).
fn bracketed_item(t: &str) -> Option<&str> {
    let (before, inner) = end_group(t.trim_end(), &['(', '（', '『'], &[')', '）', '』'])?;
    let inner = TITLE_DECORATIONS.iter().find_map(|w| inner.strip_prefix(w)).unwrap_or(inner);
    let inner = inner.strip_prefix('篇').unwrap_or(inner);
    let core = before.trim_end();
    (!inner.is_empty() && inner.chars().count() <= 3 && inner.chars().all(any_digit) && !core.is_empty())
        .then_some(core)
}

/// `【…】` opening `t` (`【扶贫人物】某某:…` → `扶贫人物`, `某某:…`): what is inside and what follows.
fn lead_bracket(t: &str) -> Option<(&str, &str)> {
    // `[市民呼声] 某某的事迹`: a forum's square brackets, with a space after them.
    if let Some(r) = t.strip_prefix(&['[', '［'][..]) {
        let p = r.find(&[']', '］'][..])?;
        let close = r[p..].chars().next().map_or(1, char::len_utf8);
        let rest = &r[p + close..];
        return rest.starts_with(blocks::is_space).then(|| (&r[..p], rest.trim_start_matches(blocks::is_space)));
    }
    let r = t.strip_prefix('【')?;
    let p = r.find('】')?;
    Some((&r[..p], &r[p + '】'.len_utf8()..]))
}

/// A bracketed group at the end of `t` (`…总结(一)` → `…总结`, `一`): what stands before its
/// opening bracket (the last of `opens`) and what is inside, when `t` ends in one of `closes`.
fn end_group<'a>(t: &'a str, opens: &[char], closes: &[char]) -> Option<(&'a str, &'a str)> {
    let r = t.strip_suffix(closes)?;
    let k = r.rfind(opens)?;
    let open = r[k..].chars().next()?;
    Some((&r[..k], &r[k + open.len_utf8()..]))
}

/// A count header without its count (`林业工作总结范文(4篇)` → `林业工作总结范文`).
fn count_header_core(t: &str) -> String {
    let t = t.trim();
    let cut = t.rfind(['(', '（', '【', '[']).filter(|&p| t[p..].contains('篇')).unwrap_or(t.len());
    let core = t[..cut].trim_end_matches('篇');
    core.trim_end_matches(|c: char| any_digit(c) || "多几數数".contains(c)).trim_end().to_string()
}

/// Where a heading run on after a title starts (`…工作计划一、2023年工作总结…`, `…汇报（一）…`),
/// at least four characters in.
fn run_on_heading(t: &str) -> Option<usize> {
    let cs: Vec<(usize, char)> = t.char_indices().collect();
    let at = |k: usize| cs.get(k).map(|x| x.1);
    (4..cs.len())
        .find(|&k| {
            let c = cs[k].1;
            // A marker with a heading after it; `…报告(一)` at the end is an item label.
            han_digit(c).is_some()
                && at(k + 1) == Some('、')
                && at(k - 1).is_some_and(|p| han_digit(p).is_none())
                && k + 3 < cs.len()
                || matches!(c, '(' | '（')
                    && at(k + 1).is_some_and(|x| han_digit(x).is_some())
                    && at(k + 2).is_some_and(|x| matches!(x, ')' | '）'))
                    && k + 4 < cs.len()
        })
        .map(|k| cs[k].0)
}

/// `long` is `short` and, after a space, something else (a site's field after a title copy).
fn padded(long: &str, short: &str) -> bool {
    long.strip_prefix(short).is_some_and(|r| {
        // `X(全文) 政府工作报告` pads `X` too: the site's tag goes with the copy.
        let r = match r.find(blocks::is_space) {
            Some(p) if p > 0 && without_end_mark(&format!("{short}{}", &r[..p])) == short => &r[p..],
            _ => r,
        };
        r.starts_with(blocks::is_space) && !r.trim().is_empty()
    })
}

/// `long` is `short` with a site's decoration after it (`…范文`, `…(全文1896字)`).
fn decorated(long: &str, short: &str) -> bool {
    let Some(rest) = long.strip_prefix(short) else {
        return false;
    };
    let rest: String = rest
        .chars()
        .filter(|c| !(blocks::is_space(*c) || c.is_ascii_digit() || "()（）【】[]字".contains(*c)))
        .collect();
    !rest.is_empty() && TITLE_DECORATIONS.iter().any(|d| rest == *d)
}

/// The end of a site slogan with its address before a title pasted on the same line
/// (`秘书之家—全网资源每日更新 www.mishuzj.com县…发言`): the byte after the address.
fn after_site_address(t: &str) -> Option<usize> {
    let head = &t[..t.char_indices().nth(60).map_or(t.len(), |x| x.0)];
    let p = head.find("www.").or_else(|| head.find("http"))?;
    let end =
        p + head[p..].find(|c: char| !(c.is_ascii_alphanumeric() || "./:-_".contains(c))).unwrap_or(head.len() - p);
    let addr = &head[p..end];
    if ![".com", ".cn", ".net", ".org", ".html"].iter().any(|d| addr.contains(d)) {
        return None;
    }
    // `三一文库(www.31doc.com)〔人大 5 年工作报告 7000 字〕20xx 年…`: the address's bracket, then
    // the site's summary of the text ending in its length.
    let rest = t[end..].trim_start_matches([')', '）', ' ', '\u{3000}']);
    let mut at = t.len() - rest.len();
    if let Some(r) = rest.strip_prefix(['〔', '【', '[']) {
        if let Some(k) = r.char_indices().take(40).find(|x| matches!(x.1, '〕' | '】' | ']')).map(|x| x.0) {
            let inner = r[..k].trim_end();
            if inner.ends_with('字') && inner.trim_end_matches('字').trim_end().ends_with(crate::tables::ascii_digit)
            {
                at = t.len() - r.len() + k + r[k..].chars().next().map_or(0, char::len_utf8);
            }
        }
    }
    Some(at)
}

/// `编号:230656405乡镇…报告…`: a document site's serial number before a title: its length (0 when none).
fn serial_len(t: &str) -> usize {
    match t.strip_prefix("编号").and_then(|r| r.strip_prefix([':', '：'])) {
        Some(r) => t.len() - r.trim_start_matches(crate::tables::ascii_digit).len(),
        None => 0,
    }
}

/// The title at the start of a one-line report.
fn one_line_title(s: &str, line: CleanSpan) -> Option<CleanSpan> {
    let line = match after_site_address(&s[line.start..line.end]) {
        Some(p) => CleanSpan::new(line.start + p, line.end),
        None => line,
    };
    let line = CleanSpan::new(line.start + serial_len(&s[line.start..line.end]), line.end);
    let txt = &s[line.start..line.end];
    // `【…工作计划】随着…`: a bracketed title opening the paste.
    if let Some(inner) = txt.strip_prefix('【') {
        if let Some(p) = inner.char_indices().take(60).find(|x| x.1 == '】').map(|x| x.0) {
            if has_title_word(&inner[..p]) {
                let a = line.start + '【'.len_utf8();
                return Some(CleanSpan::new(a, a + p));
            }
        }
    }
    let mut window_end = txt
        .char_indices()
        .take(80)
        .find(|&(_, c)| matches!(c, '，' | ',' | '。' | '：' | ':' | '；' | ';' | '！' | '？'))
        .map_or(txt.len().min(240), |(k, _)| k);
    while !txt.is_char_boundary(window_end) {
        window_end -= 1;
    }
    if let Some(p) = run_on_heading(&txt[..window_end]) {
        window_end = p;
    }
    let window = &txt[..window_end];
    // `为贯彻落实…的安排,加大…`: a clause of purpose or basis opens a sentence, never a title.
    if starts_with_any(window, PURPOSE_OPENINGS) {
        return None;
    }
    // A space after a few characters ends the title (`…工作汇报 各位领导`).
    if let Some(p) = window.char_indices().skip(4).find(|&(_, c)| c == ' ' || c == '\u{3000}').map(|x| x.0) {
        let t = &window[..p];
        if has_title_word(t) {
            return Some(CleanSpan::new(line.start, line.start + p));
        }
    }
    // A report word inside a cited document's name (`根据《关于…的通报》`) names that document.
    let quoted = |p: usize| window[..p].matches('《').count() > window[..p].matches('》').count();
    let last = |words: &[&str]| {
        words
            .iter()
            .flat_map(|w| window.match_indices(w).map(move |(p, _)| (p, p + w.len())))
            .filter(|&(p, e)| !quoted(p) && !starts_with_any(&window[e..], TITLE_WORD_RUNS))
            .map(|x| x.1)
            .max()
    };
    let mut end = last(STRONG_TITLE_WORDS).or_else(|| last(TITLE_WORDS))?;
    // `…2022年工作总结和2023年工作要点`: a second document joined on names the paste too.
    if window[end..].starts_with(TITLE_JOINERS) {
        end = end.max(last(TITLE_WORDS).unwrap_or(end));
    }
    // `…讲话体会精选…`: further report words and a site's decoration right after it belong to it.
    while let Some(w) = TITLE_WORDS.iter().chain(TITLE_DECORATIONS).find(|w| window[end..].starts_with(**w)) {
        end += w.len();
    }
    // `…排查与整改报告表一、报告说明`: a form's title ends in 表 where the window ends.
    if window[end..].trim_end() == "表" {
        end = window.trim_end().len();
    }
    // `党的十九大报告首次提出…`: a document the sentence cites as its subject, not a title.
    // `…整体罪案情况保持平稳,…`: the report word is a sentence's subject.
    if starts_with_any(&window[end..], CITING_VERBS) || starts_with_any(&window[end..], SUBJECT_PREDICATES) {
        return None;
    }
    // `2025年是“十四五”规划收官之年,`, `听了大家的述职报告,`: a copula or an aspect particle makes
    // the clause a sentence (no title in the gold pools has either).
    if window[..end].contains(&['是', '了'][..]) {
        return None;
    }
    (window[..end].chars().count() >= 4).then(|| CleanSpan::new(line.start, line.start + end))
}

/// `各位领导、同志们：` at `at` (the start of a one-line report, or right after its title).
fn leading_salutation(s: &str, at: usize, end: usize) -> Option<CleanSpan> {
    let rest = s.get(at..end)?;
    let mut skip = rest.len() - rest.trim_start_matches(blocks::is_space).len();
    // `…致辞2025篇1市人大社会建设委员会:`: the rest of the title's item label is not the address.
    let label = rest[skip..].trim_start_matches(crate::tables::ascii_digit);
    if let Some(n) = label.starts_with('篇').then(|| item_label_len(label)).flatten() {
        skip = rest.len() - label.len() + n;
    }
    let rest = &rest[skip..];
    let (k, c) = rest.char_indices().take(24).find(|&(_, c)| matches!(c, '：' | ':'))?;
    let sal = &rest[..k];
    let plain = !sal.contains(&['，', ',', '。', '；'][..]);
    let reporting = contains_any(sal, REPORTING_WORDS);
    (plain && !reporting && contains_any(sal, SALUTATION_WORDS) && k + c.len_utf8() < rest.len())
        .then(|| CleanSpan::new(at + skip, at + skip + k + c.len_utf8()))
}

/// Where a salutation may start inside a line: its start, after a space, after a title word.
fn inner_salutation(s: &str, h: CleanSpan) -> Option<CleanSpan> {
    let txt = &s[h.start..h.end];
    let mut prev: Option<char> = None;
    for (k, c) in txt.char_indices() {
        let start = k == 0
            || prev.is_some_and(|p| blocks::is_space(p) || matches!(p, ')' | '）' | '】' | ']')) && k < 600
            || k < 1800 && ends_with_any(txt[..k].trim_end_matches(crate::tables::ascii_digit), TITLE_WORDS)
            // `国旗下的讲话:教师节快乐同学们:`: an address glued after a title-like opening.
            || k < 180
                && starts_with_any(&txt[k..], SALUTATION_STARTS)
                && has_title_word(&txt[..k])
                && !txt[..k].contains(&['。', '，', ',', '！', '？', '；'][..]);
        prev = Some(c);
        if !start || blocks::is_space(c) {
            continue;
        }
        if let Some(n) = salutation_len(&txt[k..]) {
            // `…复审汇报材料尊敬的各位领导:`: a further title word before the address is the title's.
            let later = txt[k..k + n].char_indices().skip(1).take(3).any(|(p, _)| {
                starts_with_any(&txt[k + p..], SALUTATION_STARTS) && ends_with_any(&txt[..k + p], TITLE_WORDS)
            });
            if later {
                continue;
            }
            return Some(CleanSpan::new(h.start + k, h.start + k + n));
        }
    }
    None
}

/// The length of a salutation at the start of `t`: an addressee list ending in a colon, or in
/// `大家好！`; no sentence inside it, no figures, no verbs of reporting.
fn salutation_len(t: &str) -> Option<usize> {
    let mut end = None;
    for (i, (k, c)) in t.char_indices().take(LONG_ADDRESS).enumerate() {
        // Past 40 characters only a list of addressees goes on (checked whole below).
        if i == 40 && !t[..k].contains(&['、', '，', ','][..]) {
            return None;
        }
        match c {
            '：' | ':' => {
                end = Some(k + c.len_utf8());
                break;
            }
            '！' | '!' => {
                // `各位老师,各位家长,亲爱的同学们!` alone on its line: an address with an exclamation.
                let alone = t[k + c.len_utf8()..].split('\n').next().is_some_and(|r| r.trim().is_empty());
                if t[..k].ends_with('好') || alone && t[..k].ends_with(&['们', '們'][..]) {
                    end = Some(k + c.len_utf8());
                }
                break;
            }
            // `各位学员朋友 大家好 我今天…`: a one-line paste's greeting set off by spaces.
            ' ' | '\u{3000}' if k > "大家好".len() && t[..k].ends_with("大家好") => {
                end = Some(k);
                break;
            }
            // `同志們。今天,…`: a short address ended with a full stop where the colon belongs.
            // `各位家長好。`: the same with the greeting glued on (cut from it below).
            '。' if k <= 18 && starts_with_any(t, SALUTATION_STARTS) && t[..k].ends_with(&['们', '們', '好'][..]) =>
            {
                end = Some(k + c.len_utf8());
                break;
            }
            '。' | '；' | ';' | '？' | '?' | '\n' => return None,
            _ => {}
        }
    }
    let e = end?;
    let body = t[..e].trim_end_matches(&['：', ':', '！', '!', '。'][..]);
    let long = body.chars().nth(40).is_some();
    if long && !long_address(body, &t[e..]) {
        return None;
    }
    // A greeting set off by a space is not part of the address (`各位学员朋友 大家好`).
    let body = match body.strip_suffix("大家好") {
        Some(a) if a.ends_with(blocks::is_space) => a.trim_end_matches(blocks::is_space),
        _ => body,
    };
    // A class's year is not a figure (`亲爱的2022届毕业生同学们`).
    let figures = body.char_indices().any(|(k, c)| {
        let year = c.is_ascii_digit()
            && body[k..].trim_start_matches(crate::tables::ascii_digit).starts_with(&['届', '屆', '级', '級'][..]);
        // `尊敬的Richard Elam厅长`: a foreign name's space is no figure.
        let latin = blocks::is_space(c)
            && body[..k].ends_with(|c: char| c.is_ascii_alphabetic())
            && body[k + c.len_utf8()..].starts_with(|c: char| c.is_ascii_alphabetic());
        // `各位领导、 同志们`: a paste's space after a list's mark is no figure either.
        let listed = blocks::is_space(c) && body[..k].ends_with(['、', '，', ',']);
        !year && !latin && !listed && (c.is_ascii_digit() || blocks::is_space(c))
    });
    let chair = CHAIR_ADDRESSES.contains(&body);
    // `会员们大家好:`: a short plural greeted at once is an address of any group.
    // `县长好:`, `书记您好:` (a letter's): an office greeted at once is its address too.
    let greeted = body.strip_suffix("大家好").is_some_and(|x| {
        (3..=6).contains(&x.chars().count()) && x.chars().all(is_han) && x.ends_with(&['们', '們'][..])
    }) || body
        .strip_suffix('好')
        .map(|x| x.strip_suffix('您').unwrap_or(x))
        .is_some_and(|x| x.chars().count() <= 4 && office_addressee(x));
    // `各科室,各站所,各村:` before the text on its line: a notice's units.
    let units = body.starts_with('各') && addressee_list(body);
    let opens = opens_address(body) || long || greeted || units;
    let body_addressed = body.chars().count() <= 20 && ends_with_any(body, ADDRESSEE_ENDS);
    let words = contains_any(body, SALUTATION_WORDS) || body_addressed || chair || long || greeted || units;
    let reporting = contains_any(body, REPORTING_WORDS);
    // `…负责人xxx(二○一八年十二月二十九日)同志们:`: a title block's byline and date before the address.
    let dated = ['年', '月', '日'].iter().all(|c| body.contains(*c));
    ((opens || body_addressed) && words && !reporting && !figures && !dated).then_some(e)
}

/// Whether an address opens as one: `尊敬的…`, `可爱的同学们`, a unit's leaders (`市教育局领导、…`),
/// a chair or an office named first (`胡主席、陳副主席、…`, `主任、各位副主任、…`), a chair alone.
fn opens_address(body: &str) -> bool {
    // `市教育局领导、各位老师`: a unit's leaders named first.
    let first = body.split(&['、', '，', ','][..]).next().unwrap_or("");
    let leaders = ends_with_any(first, &["领导", "領導"]) && first.chars().count() <= 10 && first.chars().all(is_han);
    // `胡主席、陳副主席、各位代表…`: a chair addressed by name and office first.
    // (Not a byline's offices: `新县纪委副书记、县监委副主任:`.)
    // `侯(金林)主席、…`: a name's given part in brackets (Hong Kong's style) aside.
    let plain_first: std::borrow::Cow<str> =
        if first.contains(['(', '（']) { unbracketed(first).into() } else { first.into() };
    let office = first.len() < body.len() && plain_first.chars().count() <= 4 && office_addressee(&plain_first);
    // `主席:`, `代理主席,…`: the chair of a legislature addressed alone (Hong Kong, Taiwan, Macau).
    let chair = CHAIR_ADDRESSES.contains(&body);
    starts_with_any(body, SALUTATION_STARTS) || adjective_addressee(body) || leaders || office || chair
}

/// `劉延東副主席`, `林金城主席、趙偉校長`: guests of honour by name and office, each up to eight
/// characters of Han ending in an office.
fn offices_line(p: &str) -> bool {
    p.split(['、', '，', ','])
        .all(|x| x.chars().count() <= 8 && han(x) >= 2 && x.chars().all(is_han) && ends_with_any(x, ADDRESSEE_OFFICES))
}

/// How far an address may run: a ceremony's list of guests by office (`吳縣長、黃副縣長、…、議員同仁,
/// 以及所有媒體朋友們大家好:`) takes up to this many characters.
const LONG_ADDRESS: usize = 120;

/// An address over 40 characters is a list on a line of its own: four or more parts between
/// enumeration commas, each a short run of Han, three or more of them (and two in three at
/// least) naming an addressee; not a sentence that lists offices before its verb.
fn long_address(body: &str, after: &str) -> bool {
    let alone = after.split('\n').next().is_some_and(|r| r.trim().is_empty());
    let (mut parts, mut named, mut unnamed) = (0, 0, 0);
    for p in body.split(&['、', '，', ','][..]).map(|p| strip_conjunction(p.trim())) {
        let n = p.chars().count();
        // (A class's year is checked as a figure by the caller: `主角25届全体毕业生`.)
        if !(1..=18).contains(&n) || !p.chars().all(|c| is_han(c) || c.is_ascii_digit()) {
            return false;
        }
        parts += 1;
        // A greeting after the list (`大家好`) is neither.
        if p.starts_with("大家") && n <= 4 {
            continue;
        }
        if contains_any(p, SALUTATION_WORDS)
            || ends_with_any(p, ADDRESSEE_OFFICES)
            || addressed_unit(p)
            || p.ends_with(['们', '們'])
        {
            named += 1;
        } else {
            unnamed += 1;
        }
    }
    alone && parts >= 4 && named >= 3 && unnamed * 3 <= named + unnamed
}

/// `[某某]`, `【某某】`: a transcript's speaker label (up to 12 characters) opening a line; its length
/// in bytes, 0 when none.
fn speaker_label_len(t: &str) -> usize {
    let Some(close) = (match t.chars().next() {
        Some('[') => Some(']'),
        Some('【') => Some('】'),
        _ => None,
    }) else {
        return 0;
    };
    t.char_indices()
        .take(14)
        .find(|x| x.1 == close)
        .filter(|&(k, _)| k > close.len_utf8() && han(&t[..k]) >= 2)
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// The first of the first 80 non-empty lines that is an address ending in a colon and nothing
/// more, or with only a greeting after it (`尊敬的各位来宾,亲爱的朋友们:大家早上好!`), over a
/// sentence or a speech's opening words.
fn deep_salutation(s: &str, lines: &[CleanLine]) -> Option<CleanSpan> {
    let ls: Vec<CleanSpan> = lines.iter().map(|l| l.trimmed).filter(|l| l.start < l.end).take(80).collect();
    ls.iter().enumerate().find_map(|(k, l)| {
        let t = &s[l.start..l.end];
        // `各镇人民政府、街道办事处,…,有关单位`: a notice's units, with or without the colon.
        let units = t.starts_with('各') && addressee_list(t.trim_end_matches(['：', ':']));
        let n = if units { t.len() } else { salutation_len(t).filter(|&n| t[..n].ends_with(&['：', ':'][..]))? };
        let rest = t[n..].trim();
        let line = |i: usize| ls.get(i).map_or("", |x| &s[x.start..x.end]);
        // `大家中午好!` on its own line between the address and the body.
        // `大家晚安,晚上好!` too.
        let greeted = |t: &str| {
            let t = t.trim_end_matches(['!', '！', '。']);
            t.starts_with("大家") && t.chars().count() <= 9 && t.ends_with(['好', '安'])
        };
        let next = if greeted(line(k + 1)) { line(k + 2) } else { line(k + 1) };
        let over_body = sentence_line(next) || starts_with_any(next, SPEECH_OPENINGS);
        let opens = units || opens_address(t[..n].trim_end_matches(['：', ':']));
        (opens && (rest.is_empty() || greeted(rest)) && over_body).then(|| CleanSpan::new(l.start, l.start + n))
    })
}

/// The length of an address opening a paragraph before its first comma (`各位同志,今天…`):
/// at most ten characters that would be a salutation on their own, not `领导重视,…` or `大家好,…`.
fn comma_address(t: &str) -> Option<usize> {
    // `敬爱的老师,亲爱的同学们,今日…`: the whole list, not its first addressee.
    comma_address_list(t).or_else(|| comma_address_one(t))
}

/// `尊敬的各位家长、孩子的爸爸妈妈,亲爱的某小学的家人们,欢迎你们…`: several addressees between
/// commas, each one a salutation on its own and the first opening like one, before the body's
/// first clause.
fn comma_address_list(t: &str) -> Option<usize> {
    if !starts_with_any(t, SALUTATION_STARTS) {
        return None;
    }
    let (mut start, mut end, mut parts) = (0, 0, 0);
    for (p, c) in t.char_indices().take(80).filter(|x| matches!(x.1, '，' | ',')) {
        let part = t[start..p].trim();
        if part.chars().count() > 30 || salutation_len(&format!("{part}：")).is_none() {
            break;
        }
        (start, end, parts) = (p + c.len_utf8(), p, parts + 1);
    }
    (parts >= 2 && t[end..].chars().nth(8).is_some()).then_some(end)
}

fn comma_address_one(t: &str) -> Option<usize> {
    let p = t.char_indices().take(11).find(|x| matches!(x.1, '，' | ','))?.0;
    let a = &t[..p];
    // `各位队友大家好,我是…`: a greeting glued on is dropped later (`without_greeting`).
    let greeted = a.ends_with('好') && a.find("大家").is_some_and(|k| k > 0);
    let lone = !starts_with_any(a, &["领导", "領導", "大家", "相信"]) && (!a.ends_with('好') || greeted);
    (lone && t[p..].chars().nth(8).is_some() && salutation_len(&format!("{a}：")).is_some()).then_some(p)
}

/// `各位领导、各位老师,大家好!` without its greeting (eval/TITLE-CONVENTIONS.md S2): the
/// address before the comma.
fn without_greeting(s: &str, sal: CleanSpan) -> CleanSpan {
    let t = s[sal.start..sal.end].trim_end_matches(&['：', ':', '！', '!', '。'][..]);
    // `老师们、同学们大家早上好!`: the greeting glued on without a comma.
    if let Some(p) = t.rfind("大家").filter(|&p| p > 0 && t.ends_with('好') && t[p..].chars().count() <= 5) {
        let address = t[..p].trim_end_matches(|c: char| blocks::is_space(c) || matches!(c, '，' | ','));
        if han(address) >= 2 {
            return CleanSpan::new(sal.start, sal.start + address.len());
        }
    }
    // `各位领导老师好!`, `同志们下午好`: the greeting glued to the last addressee.
    for g in ["早上好", "上午好", "中午好", "下午好", "晚上好", "您好", "好"] {
        if let Some(x) = t.strip_suffix(g) {
            if han(x) >= 2
                && !x.ends_with("大家")
                && (x.ends_with(|c: char| "们們师師导導长長宾賓友志学學仁士生".contains(c)) || office_addressee(x))
            {
                return CleanSpan::new(sal.start, sal.start + x.len());
            }
        }
    }
    let Some(p) = t.rfind(&['，', ','][..]) else {
        return sal;
    };
    let greeting = &t[p..];
    let address = t[..p].trim_end();
    // `,大家好!`, `,大家晚安:`: a greeting after the last comma.
    let greeting_words =
        greeting.ends_with('好') || greeting.trim_start_matches(['，', ',']).trim_start().starts_with("大家");
    if greeting_words && greeting.chars().count() <= 6 && han(address) >= 2 {
        CleanSpan::new(sal.start, sal.start + address.len())
    } else {
        sal
    }
}

/// Han characters in `t`.
fn han(t: &str) -> usize {
    t.chars().filter(|c| is_han(*c)).count()
}

/// `可爱的同学们`, `敬爱的老师们`: a short `…的` before an addressee word opens a salutation too.
fn adjective_addressee(t: &str) -> bool {
    t.char_indices().take(4).take_while(|x| is_han(x.1)).any(|(k, c)| {
        let rest = &t[k + c.len_utf8()..];
        c == '的' && k > 0 && (starts_with_any(rest, SALUTATION_STARTS) || starts_with_any(rest, SALUTATION_WORDS))
    })
}

/// A salutation line listing several addressees between commas (`可亲的老师们,可爱的同学们`)
/// or a notice's addressed units (`各县区人民政府,市政府各部门、单位`): every part is one.
fn addressee_list(t: &str) -> bool {
    // `各乡镇(场、片区、街道)人民政府`: a bracketed alternative's commas split no list.
    let plain = if t.contains(['(', '（']) { unbracketed(t) } else { t.to_string() };
    let t = plain.as_str();
    let units: Vec<&str> = t.split('、').map(str::trim).collect();
    if units.len() >= 2 && t.chars().count() <= 60 && units.iter().all(|p| addressed_unit(p)) {
        return true;
    }
    let parts: Vec<&str> = t.split(&['，', ','][..]).map(str::trim).map(strip_conjunction).collect();
    // A notice to a federation's or a province's units may name a dozen of them.
    let units = parts.iter().all(|p| addressed_unit(p) || p.split('、').all(addressed_unit));
    parts.len() >= 2
        && t.chars().count() <= if units { 140 } else { 80 }
        && parts.iter().all(|p| {
            !p.is_empty()
                && (addressed_unit(p)
                    || p.split('、').all(addressed_unit)
                    || p.split('、').all(office_addressee)
                    || p.chars().count() <= 20 && salutation_len(&format!("{p}：")).is_some())
        })
}

/// One office addressed by its title (`县人大常委会主任`, `各位副主任`, `委员`): a report to a
/// standing committee or a session names its members so.
fn office_addressee(p: &str) -> bool {
    let p = p.trim();
    p.chars().count() <= 10 && p.chars().all(is_han) && ends_with_any(p, ADDRESSEE_OFFICES)
}

/// One unit a notice is addressed to (`市直各单位`, `各镇(街道)`, `八届政协委员`): its name ends
/// in a unit word, a bracketed alternative after it (`(街道)`) aside.
fn addressed_unit(p: &str) -> bool {
    ends_with_any(unbracketed_end(p.trim()), ADDRESSEE_UNIT_ENDS)
}

/// `t` without a bracketed group at its end (`各镇(街道)` → `各镇`, `…讲话(一)` → `…讲话`).
fn unbracketed_end(t: &str) -> &str {
    match end_group(t, &['(', '（'], &[')', '）']) {
        Some((before, _)) if !before.is_empty() => before,
        _ => t,
    }
}

/// `男:尊敬的各位领导、各位来宾。`: a host script's address after the speaker's label, without
/// the label and the full stop.
fn scripted_salutation(s: &str, h: CleanSpan) -> Option<CleanSpan> {
    let t = &s[h.start..h.end];
    let p = t.find(&[':', '：'][..])?;
    if !SPEAKER_LABELS.contains(&t[..p].trim()) {
        return None;
    }
    let k = p + t[p..].chars().next().map_or(1, char::len_utf8);
    let after = &t[k..];
    let k = k + after.len() - after.trim_start_matches(blocks::is_space).len();
    let rest = t[k..].trim_end_matches(&['。', '！', '!', '，', ',', '：', ':'][..]);
    let n = salutation_len(&format!("{rest}："))?;
    (n == rest.len() + '：'.len_utf8()).then(|| CleanSpan::new(h.start + k, h.start + k + rest.len()))
}

/// `以及各位家长` -> `各位家长`: the conjunction before a list's last addressee.
fn strip_conjunction(p: &str) -> &str {
    ADDRESSEE_CONJUNCTIONS.iter().find_map(|c| p.strip_prefix(c)).unwrap_or(p)
}

/// A title may run to 60 characters, or to 100 when it ends in a report word (a government
/// reply naming the report it answers).
fn title_len_ok(t: &str) -> bool {
    let n = t.chars().count();
    n <= 60 || (n <= 100 && ends_with_any(t, STRONG_TITLE_WORDS))
}

/// What a site put before the title on its line: the first copy of a title pasted twice, a site's
/// name with its address (`三一文库(www.31doc.com)`), a column in brackets (`【工作落实】`).
fn site_prefix(p: &str, title: &str) -> bool {
    let column = p.starts_with('【') && p.ends_with('】') && p.chars().count() <= 12;
    is_subsequence(p, title) || after_site_address(p).is_some() || column || site_name(p)
}

/// `某某网`, `某某(中国)官方网站`: a site's own name, short and naming no report.
fn site_name(p: &str) -> bool {
    let p = p.trim();
    ends_with_any(p, &["网站", "網站", "官网", "官網"])
        && (2..=12).contains(&han(p))
        && !has_title_word(p)
        && !p.contains(&['，', ',', '。', '：', ':'][..])
}

/// `12/22/2017.`: a page's date stamp glued before a title line's Han; its length in bytes with
/// the mark after it, 0 when none. (One set off by a space is an artefact of its own.)
fn date_stamp_len(t: &str) -> usize {
    let stamp = t.find(|c: char| !(c.is_ascii_digit() || matches!(c, '/' | '-' | '.'))).unwrap_or(t.len());
    if numeric_date(t[..stamp].trim_end_matches('.')) && t[stamp..].chars().next().is_some_and(is_han) {
        stamp
    } else if stamp == 8 && t[..2] == *"20" && t[8..].starts_with([':', '：']) {
        // `20210630:县…工作总结`: a site's date code and its colon (T4).
        stamp + t[8..].chars().next().map_or(1, char::len_utf8)
    } else {
        0
    }
}

/// `12/22/2017`, `2021.07.14`: three groups of up to four ASCII digits between `.`, `-` or `/`,
/// one of them a year.
fn numeric_date(t: &str) -> bool {
    let (mut groups, mut len, mut year) = (1, 0, false);
    for b in t.bytes() {
        if b.is_ascii_digit() {
            len += 1;
        } else if matches!(b, b'.' | b'-' | b'/') && len > 0 {
            (groups, year, len) = (groups + 1, year || len == 4, 0);
        } else {
            return false;
        }
    }
    groups == 3 && (1..=4).contains(&len) && (year || len == 4)
}

/// A head line as a title: cut at a site's `|` category, from the last copy of a title pasted
/// twice in a row, and before a slogan or date after the last report word; `None` for a
/// question, a `label:` line or fewer than four Han characters.
fn shape_title(s: &str, h: CleanSpan) -> Option<CleanSpan> {
    let mut a = h.start + after_site_address(&s[h.start..h.end]).unwrap_or(0);
    // `?遵义市…应急预案`: a lost bullet or mark before the title, left as a question mark.
    if s[a..h.end].starts_with(&['?', '？'][..]) && s[a..h.end].chars().nth(1).is_some_and(is_han) {
        a += s[a..].chars().next().map_or(1, char::len_utf8);
    }
    a += date_stamp_len(&s[a..h.end]);
    a += serial_len(&s[a..h.end]);
    // `12023年街道…规划`: a PDF's page number glued before the year (five or six figures before 年).
    let digits = s[a..h.end].bytes().take_while(u8::is_ascii_digit).count();
    if (5..=6).contains(&digits)
        && s[a + digits..h.end].starts_with('年')
        && s[a + digits - 4..].starts_with(['1', '2'])
    {
        a += digits - 4;
    }
    // `【衛水文化】副鎮長…上的講話`: a site's column in brackets before a report title (T4).
    if let Some((column, rest)) = lead_bracket(&s[a..h.end]) {
        if column.chars().count() <= 10 && !has_title_word(column) && has_title_word(rest) && han(rest) >= 8 {
            a = h.end - rest.len();
        }
    }
    // `99某某会(中国)官方网站 某局2024年工作总结`: a spam site's name before a space.
    if let Some(p) = s[a..h.end].find(blocks::is_space).filter(|&p| site_name(&s[a..a + p])) {
        let rest = s[a + p..h.end].trim_start_matches(blocks::is_space);
        if has_title_word(rest) && han(rest) >= 8 {
            a = h.end - rest.len();
        }
    }
    let mut b = h.end;
    if let Some(p) = s[a..b].find('|').filter(|&p| p > 0) {
        let left = blocks::trim(s, CleanSpan::new(a, a + p));
        let right = blocks::trim(s, CleanSpan::new(a + p + 1, b));
        let (l, r) = (&s[left.start..left.end], &s[right.start..right.end]);
        // `乡镇政府工作总结|乡镇人民政府五年工作总结`: the site's short name before its bar, the
        // title in full after it.
        if r.len() > l.len() && !r.contains('|') && has_title_word(r) && is_subsequence(l, r) {
            a = right.start;
        }
        // `扶贫手记|某某为你讲述扶贫故事`: a news column's name before its bar, the headline after it.
        let column = l.chars().count() <= 8 && ends_with_any(l, COLUMN_ENDS) && !has_title_word(l);
        if column && !r.contains('|') && han(r) >= 6 && !site_line(r) {
            a = right.start;
        }
        b = if a == right.start { right.end } else { left.end };
    }
    // `…问题及对策 某街道党工委书记`: the author's office after a space is a byline.
    if let Some(p) = s[a..b].trim_end().rfind(blocks::is_space).filter(|&p| {
        let r = s[a + p..b].trim();
        han(&s[a..a + p]) >= 6 && r.chars().count() <= 12 && r.chars().all(is_han) && ends_with_any(r, BYLINE_OFFICES)
    }) {
        b = a + s[a..a + p].trim_end().len();
    }
    // `某縣政府施政報告/報告人縣長某某`: the speaker after a slash is a byline.
    if let Some(p) = s[a..b].find(&['/', '／'][..]).filter(|&p| {
        let r = s[a + p..b].trim_start_matches(&['/', '／'][..]).trim_start();
        han(&s[a..a + p]) >= 4 && starts_with_any(r, BYLINE_LABELS)
    }) {
        b = a + s[a..a + p].trim_end().len();
    }
    b = a + without_end_mark(&s[a..b]).len();
    let t = &s[a..b];
    // `20220726:乡村振兴…工作汇报:镇…工作汇报材料`: a site's code and category before the title.
    if let Some(p) = t.trim_end_matches(&['：', ':'][..]).rfind(&['：', ':'][..]) {
        let after = &t[p + t[p..].chars().next().map_or(1, char::len_utf8)..];
        let han_start = after.chars().next().is_some_and(is_han);
        if han_start
            && has_title_word(after)
            && after.chars().filter(|c| is_han(*c)).count() >= 6
            && !after.contains(&['：', ':'][..])
        {
            a += t.len() - after.len();
        }
    }
    let t = &s[a..b];
    if t.contains(&['?', '？'][..])
        || t.trim_end_matches(&['：', ':'][..]).contains(&['：', ':'][..]) && !colon_title(t)
    {
        return None;
    }
    // `X X`, `X 在X的讲话`: copies of the title pasted with spaces between (again below, after
    // the cuts that end the title).
    let (x, y) = nearest_copy(&s[a..b]);
    (a, b) = (a + x, a + y);
    let t = &s[a..b];
    // `在…会上讲话在…会上的讲话`: a title pasted twice; the last copy is the title.
    let lead = &t[..t.char_indices().nth(6).map_or(t.len(), |x| x.0)];
    if lead.chars().count() == 6 && lead.chars().all(is_han) {
        if let Some(p) = t[lead.len()..].match_indices(lead).last().map(|x| x.0) {
            // Only a copy: the first part reappears, in order, in the second (but for up to four
            // characters at its end: `…工作计划…工作打算`, `…半年总结-总结…半年工作总结`).
            let q = lead.len() + p;
            // …less a date or mark between the copies (`…汇报201X/X/XX…汇报`, `…报告.…报告`).
            let first = t[..q].trim_end_matches(|c: char| !is_han(c));
            let near = (0..=4).any(|k| {
                first
                    .char_indices()
                    .rev()
                    .nth(k)
                    .is_some_and(|(e, _)| e > lead.len() && is_subsequence(&first[..e], &t[q..]))
            });
            if is_subsequence(first, &t[q..]) || near && has_title_word(&t[q..]) {
                a += q;
            }
        }
    }
    // `2023年度区社区矫正工作调研报告社区矫正工作调研报告`: the site glued the title's short
    // form after it; one copy goes.
    if let Some(m) = doubled_tail(&s[a..b]) {
        b = a + m;
    }
    // `会议主持词会议主持词农村发展工作会议主持词`: the short form glued before the title, once or more.
    a += leading_copies(&s[a..b]);
    if let Some(p) = run_on_heading(&s[a..b]) {
        b = a + p;
    }
    // `…实施方案 (篇1) 德育目标 (一)…`: an item label ends the title; what runs on is the text's.
    if let Some(p) = item_label_end(&s[a..b]) {
        b = a + p;
    }
    let t = &s[a..b];
    let last = |words: &[&str]| words.iter().filter_map(|w| t.rfind(w).map(|p| p + w.len())).max();
    if let Some(e) = last(STRONG_TITLE_WORDS) {
        let rest = &t[e..];
        if starts_with_any(rest, CITING_VERBS) {
            return None;
        }
        let inner = rest.strip_prefix(['(', '（']);
        let bracket_only = inner.is_some_and(|x| x.ends_with([')', '）']) && !x.contains(['(', '（']));
        // `…工作总结和2024年重点工作安排`: a conjunction carries the title on.
        let joined = rest.starts_with(TITLE_JOINERS);
        let slogan = colon_title(t);
        // `…总结范文 『范文1』`: a site's item label after the report word stays (T3).
        let labelled = bracketed_item(t).is_some() && rest.chars().count() <= 12;
        if rest.chars().count() > 6
            && !bracket_only
            && !joined
            && !slogan
            && !labelled
            && !contains_any(rest, TITLE_WORDS)
            // `…工作总结开头结尾模板范文`: a site's words run into the title stay (T4).
            && !ends_with_any(rest, TITLE_DECORATIONS)
        {
            b = a + e;
        } else if joined {
            // …and runs to a site's separator (`…工作安排-某某官网`).
            // Not at a space a PDF's extraction put around a figure (`…总结和 2022 年工作计划`):
            // a run of spaces is one gap, looked at once (a long run stays linear).
            let sep = joined_separator(rest);
            if let Some(p) = sep {
                // …and ends at the last report word before it (`…2022 年工作计划 2021 年以来,…`).
                let joined = &rest[..p];
                let end = TITLE_WORDS.iter().filter_map(|w| joined.rfind(w).map(|k| k + w.len())).max();
                b = a + e + end.unwrap_or(p);
            }
        }
    }
    // `A与B汇编A`: a site's compilation header glued before the item it opens with.
    if let Some((_, r)) = s[a..b].split_once("汇编").filter(|(l, r)| han(r) >= 4 && l.contains(r)) {
        a = b - r.len();
    }
    let (x, y) = nearest_copy(&s[a..b]);
    (a, b) = (a + x, a + y);
    // `关于小学校长的述职报告.关于学校校长的述职报告`: a copy with a few words changed glued
    // before the title (the site's page title); the copy nearest the body is the title (T2).
    // (What runs on after the last copy, with no report word, is a byline: `…主持词县政府负责人xxx`.)
    let t = &s[a..b];
    let ends = TITLE_WORDS.iter().filter_map(|w| t.rfind(w).map(|p| (p, p + w.len()))).max_by_key(|x| x.1);
    if let Some((p, end)) = ends {
        let w = &t[p..end];
        if let Some(e) = t[..p].rfind(w).map(|q| q + w.len()) {
            let r = t[e..end].trim_start_matches(|c: char| !is_han(c));
            // (Or the same words with the speaker put before them: `县政府负责人X201X/X/XXX`.)
            // (Not a year's figures: `…计划(2020年…计划)` is one title.)
            if han(r) >= 6 && !r.starts_with('年') && (near_copy(&t[..e], r) || t[..e].ends_with(r)) {
                (a, b) = (a + end - r.len(), a + end);
            }
        }
    }
    let t = &s[a..b];
    (t.chars().filter(|c| is_han(*c)).count() >= 4).then_some(CleanSpan::new(a, b))
}

/// `x` and `y` are one title with a few words changed: their longest common subsequence is at
/// least 85% of the longer (titles only: both under 60 characters).
fn near_copy(x: &str, y: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
    if x.len() > 60 || y.len() > 60 {
        return false;
    }
    let mut row = vec![0u8; y.len() + 1];
    for c in &x {
        let mut diag = 0;
        for (j, d) in y.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if c == d { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    usize::from(row[y.len()]) * 100 >= 85 * x.len().max(y.len())
}

/// `X X`, `X 在X的讲话`: copies of a title pasted with spaces between, the site's first; the copy
/// nearest the body is the report's own (T2, T5). The title's span in `t`: the first copy when all
/// are the same words (where the line starts), else the last.
fn nearest_copy(t: &str) -> (usize, usize) {
    let whole = (0, t.len());
    let Some(p) = t.rfind(blocks::is_space) else {
        return whole;
    };
    let last = t[p..].trim_start_matches(blocks::is_space);
    // A near copy: the one's words in order in the other, a few characters apart at most.
    let n = last.chars().count();
    let near = |c: &str| {
        let m = c.chars().count();
        m.abs_diff(n) <= 4 && if m <= n { is_subsequence(c, last) } else { is_subsequence(last, c) }
    };
    let mut copies = t[..p].split(blocks::is_space).filter(|c| !c.is_empty()).peekable();
    let first = copies.peek().copied();
    match first {
        Some(f) if has_title_word(last) && copies.clone().all(|c| c == last) => (0, f.len()),
        Some(_) if has_title_word(last) && copies.all(near) => (t.len() - last.len(), t.len()),
        _ => whole,
    }
}

/// Where a joined title's words stop in `rest` (after its conjunction): at a site's separator
/// (`-`, `—`, `_`, `|`) or at a gap of spaces that is not a figure's padding (`和 2022 年`).
fn joined_separator(rest: &str) -> Option<usize> {
    let mut prev_digit = false;
    let mut it = rest.char_indices().peekable();
    while let Some((p, c)) = it.next() {
        if matches!(c, '-' | '—' | '_' | '|') {
            return Some(p);
        }
        if !blocks::is_space(c) {
            prev_digit = c.is_ascii_digit();
            continue;
        }
        // The gap's second space is a separator after a digit, its first one otherwise,
        // unless a digit follows the gap.
        let second = it.peek().filter(|x| blocks::is_space(x.1)).map(|x| x.0);
        while it.next_if(|x| blocks::is_space(x.1)).is_some() {}
        if it.peek().is_some_and(|x| x.1.is_ascii_digit()) {
            continue;
        }
        match (prev_digit, second) {
            (false, _) => return Some(p),
            (true, Some(q)) => return Some(q),
            (true, None) => {}
        }
    }
    None
}

/// `《X.docx》由会员分享…`, `《X》由會員上傳分享`, `X.docx`: the name a document site gives the file, X.
fn site_file_name(t: &str) -> Option<&str> {
    let p = match FILE_EXTENSIONS.iter().filter_map(|e| t.find(e)).min() {
        Some(p) => p,
        // A sharing notice names the file in `《》` without its extension.
        None if crate::artifacts::sharing_row(t) => t.find('》')?,
        None => return None,
    };
    let name = t[..p].rsplit('《').next().unwrap_or_default().trim();
    (han(name) >= 4).then_some(name)
}

/// `水利局防汛抗旱工作總結(jié)` → `水利局防汛抗旱工作總結`: a name without its pinyin glosses (the
/// clean view has cut them as artefacts).
fn without_glosses(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    // `open`: the first `(` with no Han character after it so far.
    let mut open: Option<usize> = None;
    let mut kept = 0;
    for (p, c) in name.char_indices() {
        match c {
            '(' => {
                open.get_or_insert(p);
            }
            ')' => {
                if let Some(o) = open.take() {
                    out.push_str(&name[kept..o]);
                    kept = p + 1;
                }
            }
            _ if is_han(c) => open = None,
            _ => {}
        }
    }
    out.push_str(&name[kept..]);
    out
}

/// The first head line after the site's rows that opens with the file's name `name` (after a
/// chunk number `1、`): the name, or its words up to their last report word when the name
/// carries a site's decoration (`…发言材料参考范文2篇`) or the line runs on into the body.
fn named_by_file(s: &str, head: &[CleanSpan], name: &str) -> Option<CleanSpan> {
    head.iter().find_map(|h| {
        let t = &s[h.start..h.end];
        if FILE_EXTENSIONS.iter().any(|e| t.contains(e)) {
            return None;
        }
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let skip =
            if (1..=2).contains(&digits) && t[digits..].starts_with('、') { digits + '、'.len_utf8() } else { 0 };
        let rest = &t[skip..];
        // `XX区教育局…计划.docx` over `1、区教育局…计划`: the name's blank (or a leading word) aside.
        let name = name
            .char_indices()
            .take(3)
            .map(|x| &name[x.0..])
            .find(|n| n.chars().next().is_some_and(|c| rest.starts_with(c)))?;
        let p: usize = rest.chars().zip(name.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
        let common = &rest[..p];
        let e = if p == name.len() {
            p
        } else {
            TITLE_WORDS.iter().filter_map(|w| common.rfind(w).map(|k| k + w.len())).max()?
        };
        (han(&rest[..e]) >= 4).then(|| CleanSpan::new(h.start + skip, h.start + skip + e))
    })
}

/// `文化站述职报告 [1]` -> `文化站述职报告`, `行政管理制度.docx` -> `行政管理制度`,
/// `…致辞(精编)` -> `…致辞`: a copied page's note mark, a file name's extension and a site's
/// quality tag are not the title's.
fn without_end_mark(t: &str) -> &str {
    let t = t.trim_end_matches(blocks::is_space);
    // `修路工作总结 -工作总结`: the site's category after a spaced dash.
    if let Some((l, r)) = t.rsplit_once(" -").filter(|(l, r)| han(l) >= 4 && r.chars().count() <= 12) {
        if has_title_word(r) && !r.contains(blocks::is_space) {
            return l.trim_end_matches(blocks::is_space);
        }
    }
    // (`…報告(65頁).doc`: the tags before the extension go too.)
    let t = FILE_EXTENSIONS.iter().find_map(|e| t.strip_suffix(e)).map_or(t, |x| x.trim_end_matches(blocks::is_space));
    // `(精编)`, `【精选】`, `(通用8篇)`, `(全文1896字)`: a site's quality tag (T4).
    if let Some((before, tag)) = end_group(t, &['(', '（', '【', '[', '「'], &[')', '）', '】', ']', '」']) {
        let words = tag.trim_matches(|c: char| any_digit(c) || "篇字".contains(c));
        // `(精选篇1)` is an item label (T3), not a tag.
        let item = tag.trim_end_matches(any_digit).ends_with('篇') && !tag.ends_with('篇');
        // `【第一篇】`: the site's number of the item on its page, in its brackets (T3, T4).
        let numbered = ordinal_label_len(tag) == Some(tag.len()) && t.ends_with(&['】', ']'][..]);
        // `(7442字)`, `(65頁)`: the text's length alone.
        let length = tag.starts_with(any_digit) && matches!(tag.trim_start_matches(any_digit), "字" | "页" | "頁");
        // `【 - 县民政局工作总结】`: the site's category after a dash, in brackets.
        let category = tag.trim_start().starts_with(['-', '－']);
        if (quality_tag(words) && !item || numbered || length || category) && han(before) >= 4 {
            return before.trim_end_matches(blocks::is_space);
        }
    }
    // `…致辭全文(十月四日)`, `…發言 (2021.07.14)`: the page's date of the day after the title.
    if let Some((before, tag)) = end_group(t, &['(', '（'], &[')', '）']) {
        if day_date(tag.trim()) && han(before) >= 4 {
            return before.trim_end_matches(blocks::is_space);
        }
    }
    if let Some((before, n)) = end_group(t, &['[', '［'], &[']', '］']) {
        if (1..=3).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit()) {
            return before.trim_end_matches(blocks::is_space);
        }
    }
    // `…工作講話(?。?/h1>`: a bracket of mangled marks and markup after the title, no words.
    if let Some(p) = t.rfind(['(', '（']) {
        let tail = &t[p..];
        if !tail.chars().any(is_han) && tail.contains(&['?', '？', '/', '<', '>'][..]) && han(&t[..p]) >= 4 {
            return t[..p].trim_end_matches(blocks::is_space);
        }
    }
    // `建长效机制 促生产安全(安全生产工作汇报材料),`: a stray comma after a line with no clause
    // of its own ends no sentence.
    if let Some(x) = t.strip_suffix(&[',', '，'][..]) {
        if has_title_word(x) && han(x) >= 6 && !unbracketed(x).contains(&['，', ',', '。', '；', ';'][..]) {
            return x.trim_end_matches(blocks::is_space);
        }
    }
    t
}

/// `2021.07.14`, `十月四日`, `2009年10月4日`: one day's date (not a year, not a period).
fn day_date(t: &str) -> bool {
    let written = t.ends_with('日')
        && t.contains('月')
        && t.chars().all(|c| any_digit(c) || han_digit(c).is_some() || matches!(c, '十' | '年' | '月' | '日'));
    numeric_date(t) || written
}

/// `精选`, `全文完整`, `最新完整版`: a site's quality tag, one word of `QUALITY_TAGS` or several run together.
fn quality_tag(t: &str) -> bool {
    !t.is_empty() && without_quality_tags(t).is_empty()
}

/// `t` after the quality tags that open it, each the longest of `QUALITY_TAGS` that fits.
fn without_quality_tags(t: &str) -> &str {
    let mut rest = t;
    while let Some(w) = QUALITY_TAGS.iter().filter(|w| rest.starts_with(**w)).max_by_key(|w| w.len()) {
        rest = &rest[w.len()..];
    }
    rest
}

/// `实用发言稿`, `2019主持词`, `精选`: a site's category tag in brackets before a title: a year or a
/// quality tag, then at most a genre word of five characters (`发言稿`), nothing else.
fn site_tag(t: &str) -> bool {
    let undated = t.trim_start_matches(crate::tables::ascii_digit).trim_start_matches('年');
    let genre =
        |g: &str| g.chars().count() <= 5 && (contains_any(g, TITLE_WORDS) || contains_any(g, STRONG_TITLE_WORDS));
    let rest = without_quality_tags(undated);
    // (A run of quality tags alone leaves nothing: that is `quality_tag`.)
    rest.len() < t.len() && (rest.is_empty() || genre(rest))
}

/// `t` without its bracketed parts (`…报告(分管党务,纪检监察)` → `…报告`).
fn unbracketed(t: &str) -> String {
    let mut depth = 0usize;
    t.chars()
        .filter(|&c| match c {
            '(' | '（' | '“' | '「' => {
                depth += 1;
                false
            }
            ')' | '）' | '”' | '」' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

fn is_subsequence(short: &str, long: &str) -> bool {
    let mut it = long.chars();
    short.chars().filter(|c| !blocks::is_space(*c)).all(|c| it.any(|d| d == c))
}

/// The head: non-empty lines before the first heading (`first_heading`, a clean byte) and the
/// first body paragraph.
/// A line that is the body, not the head: more than 60 characters (told without counting all
/// of a long paragraph's), with sentence punctuation.
fn body_line(t: &str) -> bool {
    t.chars().nth(60).is_some() && t.contains(&['，', ',', '。'][..])
}

/// A line of 21 characters or more with a comma or a full stop: a sentence, if not a paragraph.
fn sentence_line(t: &str) -> bool {
    t.chars().nth(20).is_some() && t.contains(&['，', ',', '。'][..])
}

/// The first non-empty line (trimmed) that starts at byte `from` or later.
fn next_line(lines: &[CleanLine], from: usize) -> Option<CleanSpan> {
    let k = lines.partition_point(|l| l.trimmed.start < from);
    lines[k..].iter().map(|l| l.trimmed).find(|l| !l.is_empty())
}

fn head_lines(s: &str, lines: &[CleanLine], first_heading: usize) -> Vec<CleanSpan> {
    let mut head: Vec<CleanSpan> = Vec::new();
    // Lines that use up the head: a page repeating the title over each page's caption
    // (`X _第1页`, `X _第2页`, …) does not, nor does site junk split one word a line
    // (`乡党` / `书记` / `致辞`); `all` bounds the head whatever the page repeats.
    let (mut long, mut counted, mut all) = (0, 0, 0);
    // Paragraphs left under an editor's label (`前言`, `编者按`) are the page's, not the body.
    let mut foreword = 0;
    for l in lines {
        let t = l.trimmed;
        if t.is_empty() {
            continue;
        }
        if t.start >= first_heading || long >= 8 || counted >= 16 || all >= 40 {
            break;
        }
        let txt = &s[t.start..t.end];
        // A site's metadata rows (`- [ 发文字号 ] …`, `发布时间:…`) do not use up the head either:
        // a government page lists eight or more of them over the title.
        // Nor do lines with no Han at all: a contents page's page numbers (`10 12 13`), `P. 3`.
        if !head.iter().any(|h| &s[h.start..h.end] == txt) && !site_line(txt) && han(txt) > 0 {
            counted += 1;
            long += usize::from(t.len() > 12);
        }
        all += 1;
        head.push(t);
        // An editor's lead-in does not end the head, nor a site's intro paragraph opening the
        // text: a title line may follow it (`…分享了5篇学校学期工作总结。` / `学校学期工作总结 篇一`).
        let opening = head.len() == 1 && next_line(lines, t.end + 1).is_some_and(|l| !body_line(&s[l.start..l.end]));
        // A photo's caption (`Self Photos / Files - …在致辞时表示,…`) is the page's, not the body.
        let caption = contains_any(txt, CAPTION_WORDS);
        if FOREWORD_LABELS.contains(&txt.trim_end_matches(&['：', ':'][..]).trim()) {
            foreword = 3;
            continue;
        }
        if body_line(txt) && !lead_in(txt) && !opening && !caption {
            if foreword == 0 {
                break;
            }
            foreword -= 1;
        }
    }
    head
}

/// How many lines a site's outline of the text takes at its top (`一、主要做法` / `(一)突出政治统领`
/// / `二、下一步计划`, then the title and the text under the same headings): at least three lines in
/// a row that are each one heading and nothing more, whose first comes again later. 0 when none.
fn leading_outline(s: &str, lines: &[CleanLine], clean: &Clean, headings: &[RawHeading]) -> usize {
    // Headings are in text order: one cursor walks them with the lines (linear on a text of
    // thousands of one-heading lines).
    let mut cur = 0;
    let mut n = 0;
    let mut matched: Vec<usize> = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        let t = l.trimmed;
        if t.is_empty() {
            continue;
        }
        while headings.get(cur).is_some_and(|h| clean.from_src(h.span.start) < t.start) {
            cur += 1;
        }
        // A heading opening a short line with no sentence in it (`一、前期工作复盘:主要成效与存在不足`).
        let short = t.len() <= 120 && !s[t.start..t.end].contains(&['。', '；', ';'][..]);
        if !short || headings.get(cur).is_none_or(|h| clean.from_src(h.span.start) != t.start) {
            break;
        }
        matched.push(cur);
        n = k + 1;
    }
    let (Some(&f), Some(&last)) = (matched.first(), matched.last()) else {
        return 0;
    };
    let h0 = &headings[f];
    // The body's heading may run on past the outline's words (`一、回望“耕耘路”` over
    // `一、回望“耕耘路”,在服务大局中淬炼硬核担当`).
    let again = headings
        .get(last + 1..)
        .unwrap_or_default()
        .iter()
        .any(|h| h.marker == h0.marker && h.title.starts_with(h0.title.as_str()));
    if matched.len() >= 3 && again {
        n
    } else {
        0
    }
}

pub(super) fn parts(text: &str, s: &str, lines: &[CleanLine], clean: &Clean, st: &mut Structure) {
    parts_with(text, s, lines, clean, st, Pick::Model);
}

/// Who chooses the title: the fitted score, the rules' cascade alone (what the fit compares
/// against), or the fit's question "what ships if candidate N is chosen".
#[derive(Clone, Copy, PartialEq)]
enum Pick {
    Model,
    Rules,
    Nth(usize),
}

/// Where the frame starts (after a site's outline of the text above its title: that many
/// lines are the site's), where the first heading after it starts, and the head lines between.
fn frame_head(s: &str, lines: &[CleanLine], clean: &Clean, headings: &[RawHeading]) -> (usize, usize, Vec<CleanSpan>) {
    let skip = leading_outline(s, lines, clean, headings);
    let toc_end = lines[..skip].last().map_or(0, |l| l.trimmed.end);
    let first_heading =
        headings.iter().map(|h| clean.from_src(h.span.start)).find(|&p| p >= toc_end).unwrap_or(s.len());
    (skip, first_heading, head_lines(s, &lines[skip..], first_heading))
}

/// The frame with the title chosen as `pick` says.
fn parts_with(text: &str, s: &str, lines: &[CleanLine], clean: &Clean, st: &mut Structure, pick: Pick) {
    let model = pick != Pick::Rules;
    let (skip, first_heading, head) = frame_head(s, lines, clean, &st.headings);
    for l in lines[..skip].iter().filter(|l| !l.trimmed.is_empty()) {
        st.site_headers.push(clean.to_src(l.trimmed));
    }
    let mut sal: Option<CleanSpan> = None;
    // Salutation: a short line ending in a colon, with a salutation word or alone in the head.
    for (k, h) in head.iter().enumerate() {
        let txt = &s[h.start..h.end];
        if !(txt.ends_with('：') || txt.ends_with(':')) || site_line(txt) {
            continue;
        }
        // `2012年1月4日在…会议上 各位代表:`: the salutation is the last part after a space.
        let mut tail_start =
            txt.rfind(&[' ', '\u{3000}'][..]).map_or(0, |p| p + txt[p..].chars().next().map_or(1, char::len_utf8));
        // `!各社区、政府有关部门:`: a stray mark left before the address.
        tail_start = txt.len() - txt[tail_start..].trim_start_matches(['!', '！']).len();
        // `…述职报告 篇1尊敬的各位领导:`: the page's item label glued before the address is the title's.
        if let Some(n) = item_label_len(&txt[tail_start..]).filter(|&n| {
            let rest = &txt[tail_start + n..];
            tail_start > 0
                && (starts_with_any(rest, SALUTATION_STARTS)
                    || adjective_addressee(rest)
                    || salutation_len(rest).is_some_and(|m| m == rest.len()))
        }) {
            tail_start += n;
        }
        // `…自查报告1商南县教体局:` over the first paragraph: a title (and its item number) glued
        // before the unit it is sent to.
        if tail_start == 0 && head.get(k + 1).is_some_and(|x| sentence_line(&s[x.start..x.end])) {
            let unit_from = |q: usize| {
                let r = txt[q..].trim_end_matches(&['：', ':'][..]);
                (3..=12).contains(&r.chars().count()) && r.chars().all(is_han) && ends_with_any(r, ADDRESSEE_UNIT_ENDS)
            };
            // The unit is 3 to 12 characters: only the line's last ones are looked at.
            let glued = txt.char_indices().rev().take(13).map(|(q, _)| q).find(|&q| {
                unit_from(q) && ends_with_any(txt[..q].trim_end_matches(crate::tables::ascii_digit), TITLE_WORDS)
            });
            if let Some(q) = glued {
                tail_start = q;
            }
        }
        // `…述职报告1尊敬的各位院领导:`: a title (and its item number) glued before the address.
        if tail_start == 0 {
            let glued = txt.char_indices().skip(4).map(|x| x.0).find(|&q| {
                starts_with_any(&txt[q..], ADDRESS_OPENERS)
                    && ends_with_any(txt[..q].trim_end_matches(crate::tables::ascii_digit), TITLE_WORDS)
            });
            if let Some(q) = glued {
                tail_start = q;
            }
        }
        // `【某园长致辞】各位家长:`: a bracketed title glued before the address is the title's.
        if let Some((_, rest)) = lead_bracket(&txt[tail_start..]) {
            if rest.chars().nth(1).is_some() {
                tail_start = txt.len() - rest.len();
            }
        }
        // `黎某某各位委员、同志们:`: the speaker's name glued before the address.
        if let Some((p, _)) = txt[tail_start..].char_indices().skip(2).take(2).find(|&(p, _)| {
            let name = &txt[tail_start..tail_start + p];
            let unit = name.ends_with(|c: char| "局委会院校部处厅办镇县市区村乡组".contains(c));
            name.chars().all(is_han) && !unit && starts_with_any(&txt[tail_start + p..], ADDRESS_OPENERS)
        }) {
            if !starts_with_any(&txt[tail_start..], SALUTATION_STARTS) && !adjective_addressee(&txt[tail_start..]) {
                tail_start += p;
            }
        }
        let tail = &txt[tail_start..];
        let n = tail.chars().count();
        let words = contains_any(tail, SALUTATION_WORDS);
        let inner = tail.trim_end_matches(&['：', ':'][..]);
        // `、主持人出场:`: a line opening with a list mark is a script's stage note, not an address.
        // `…领导讲话(一):` is an item label naming a speech, not an address.
        // `发布时间:`, `本文目录导读:`: a field name of the site's rows, whatever is before it.
        // `…讲话稿开头 篇一:`: the page's item label after the title, not an address.
        if ends_with_any(inner.trim(), SITE_FIELD_LABELS)
            || ends_with_any(inner.trim(), LABEL_ENDS)
            || item_label_len(inner.trim()).is_some_and(|n| n == inner.trim().len())
            || inner.starts_with(&['、', '，', ','][..])
            || ends_with_any(label_core(unbracketed_end(inner)), STRONG_TITLE_WORDS)
        {
            continue;
        }
        let listed = addressee_list(inner);
        // `周某副主席(香港某会董事局副主席)、各位嘉宾、各位朋友:`: an office glossed in brackets.
        let short = n <= 20 || words && inner.contains('、') && unbracketed(inner).chars().count() <= 30;
        let plain = !inner.contains(&['，', ',', '。', '：', ':'][..]) && short || listed;
        // Without a salutation word only a short addressee near the top, not `…汇报如下：`.
        // `县政府:` over the reply's first paragraph, however deep in the head: a notice's addressee.
        let next = head.get(k + 1).map_or("", |x| &s[x.start..x.end]);
        // Up to 16 characters (`县全域无垃圾专项治理办公室:`), over a paragraph or its first line of
        // a hard-wrapped reply (`针对 10 月 9 日市…督查出的问`).
        let wrapped_body = next.chars().nth(20).is_some() && han(next) >= 12 && !next.contains(['：', ':']);
        // `中共某县委办公室:` / `现将…报告如下:`: a report's covering sentence under its addressee.
        // (`自接到…专报后,…现将调查情况如下:`: the covering clause may close the first sentence.)
        let covering = starts_with_any(next, &["现将", "現將"])
            || ends_with_any(next, &["如下:", "如下："]) && contains_any(next, &["现将", "現將"]);
        let organ = n <= 16
            && inner.chars().all(is_han)
            && ends_with_any(inner, ADDRESSEE_UNIT_ENDS)
            && (body_line(next) || wrapped_body || covering);
        // `:::` (a site's access key) is no address: an address names someone in Han.
        let named = han(inner) >= 2;
        let reporting = contains_any(inner, REPORTING_WORDS);
        if named && plain && !reporting && (words || listed || organ || k <= 3 && n <= 12) {
            sal = Some(CleanSpan::new(h.start + tail_start, h.end));
            break;
        }
    }
    // `各位代表` alone on its line over the first paragraph: an address whose colon was lost.
    if sal.is_none() {
        sal = head.iter().enumerate().find_map(|(k, h)| {
            let txt = &s[h.start..h.end];
            let next = head.get(k + 1).map_or("", |n| &s[n.start..n.end]);
            let alone = txt.chars().count() <= 12
                && starts_with_any(txt, SALUTATION_STARTS)
                && !txt.contains(|c: char| !is_han(c) && c != '、')
                && salutation_len(&format!("{txt}：")).is_some();
            // `各镇人民政府、街道办事处,区政府相关工作部门,有关单位`: a notice's units, colon lost.
            let units = txt.starts_with('各') && addressee_list(txt);
            // `致 親愛的扶輪社員 ,`: a letter's address alone on its line, ended with a comma.
            let core = txt.trim_end_matches(|c: char| blocks::is_space(c) || matches!(c, ',' | '，'));
            let core = core.strip_prefix('致').map_or(core, |r| r.trim_start_matches(blocks::is_space));
            let letter = core.len() < txt.len()
                && (4..=16).contains(&han(core))
                && starts_with_any(core, SALUTATION_STARTS)
                && salutation_len(&format!("{core}：")).is_some();
            if letter {
                return Some(*h);
            }
            ((alone || units) && (body_line(next) || starts_with_any(next, SPEECH_OPENINGS))).then_some(*h)
        });
    }
    // Not on a line of its own: inside a head line, after the title or a space
    // (`…的讲话 同志们：今天…`), or ending in `大家好！`.
    if sal.is_none() {
        sal = head.iter().find_map(|h| scripted_salutation(s, *h));
    }
    if sal.is_none() {
        // A one-line paste is one long line with the site's chrome in it: not a site row.
        sal = head
            .iter()
            .filter(|h| !site_line(&s[h.start..h.end]) || s[h.start..h.end].chars().nth(300).is_some())
            .find_map(|h| inner_salutation(s, *h));
    }
    // `…的讲话。在这秋高气爽的时节,…` / `各位老师:大家好!…`: an address opening the line after a
    // head that ended in a paragraph.
    // A transcript's speaker label before it is not the address (`[某某]各位委员:我代表…`).
    if let Some(h) = head.last().filter(|h| sal.is_none() && body_line(&s[h.start..h.end])) {
        if let Some(l) = next_line(lines, h.end + 1) {
            let t = &s[l.start..l.end];
            let label = speaker_label_len(t);
            sal = salutation_len(&t[label..]).map(|n| CleanSpan::new(l.start + label, l.start + label + n));
        }
    }
    // `各位同志,今天,我在这里…`: a short address glued to the first paragraph with a comma, or
    // to a short line of its own before it (`各位队友大家好,我是…校长。`).
    if let Some(h) = head.last().filter(|h| sal.is_none() && body_line(&s[h.start..h.end])) {
        sal = comma_address(&s[h.start..h.end]).map(|n| CleanSpan::new(h.start, h.start + n));
    }
    if sal.is_none() {
        sal = head.iter().find_map(|h| comma_address(&s[h.start..h.end]).map(|n| CleanSpan::new(h.start, h.start + n)));
    }
    // `敬愛的扶輪社友們: 今年…` under a magazine's contents page longer than the head: the first
    // paragraph of the text, wherever it is, opening with an address.
    if sal.is_none() {
        let first_body = lines[skip..].iter().take(80).map(|l| l.trimmed).find(|l| body_line(&s[l.start..l.end]));
        sal = first_body.and_then(|l| {
            let t = &s[l.start..l.end];
            let n = salutation_len(t).filter(|&n| t[..n].ends_with(&['：', ':'][..]))?;
            starts_with_any(t, SALUTATION_STARTS).then(|| CleanSpan::new(l.start, l.start + n))
        });
    }
    // `同志们:` on a line of its own under a contents list, a site's outline or a script's stage
    // notes, deeper than the head: the first line of the text's first 80 that is an address and
    // nothing more (a greeting may follow it), over the body's first paragraph.
    // `大家好!` alone addresses no one by name: a greeting, no salutation (S2).
    let greeting_only = |x: CleanSpan| {
        let t = s[x.start..x.end].trim_end_matches(&['：', ':', '！', '!', '。', '，', ','][..]);
        t.ends_with('好') && t.chars().count() <= 6 && (t.starts_with("大家") || t.chars().count() <= 3)
    };
    if sal.is_none_or(greeting_only) {
        sal = deep_salutation(s, &lines[skip..]).or(sal);
    }
    // `尊敬的各位人大代表、政协委员、` / `同志们：` over two lines is one salutation, or over three
    // (`某某主席、某某校長,` / `各位嘉賓、…各位同學,` / `女士們、先生們:`).
    while let Some(found) = sal {
        let Some(prev) = lines.iter().map(|l| l.trimmed).rev().find(|l| !l.is_empty() && l.end < found.start) else {
            break;
        };
        let p = &s[prev.start..prev.end];
        let between = &s[prev.end..found.start];
        // `尊敬的…各位校董、各位` / `家長、各位老師、各位同學:`: one address wrapped mid-list.
        let joined = format!("{p}{}", &s[found.start..found.end]);
        let wrapped =
            !p.ends_with(['：', ':']) && opens_address(p) && salutation_len(&joined).is_some_and(|n| n == joined.len());
        // `王村镇书画培训班各位老师、学友,广大书画同道、爱好者,` / `同志们、朋友们!`: short parts
        // with `各位` among them.
        let core = p.trim_end_matches(['、', '，', ',']);
        let parts_short =
            core.split(['、', '，', ',']).all(|x| (1..=14).contains(&x.chars().count()) && x.chars().all(is_han));
        let room = core.contains("各位") && parts_short && !contains_any(core, REPORTING_WORDS);
        let listed = p.ends_with(&['、', '，', ','][..])
            && (salutation_len(&format!("{p}：")).is_some() || offices_line(core) || room);
        // `劉延東副主席` / `各位嘉賓,各位朋友:`: the guest of honour on a line of their own.
        let honoured = offices_line(p) && starts_with_any(&s[found.start..found.end], SALUTATION_STARTS);
        // (`…在中秋節上的賀詞` over `尊敬的…:` is the title, not a guest.)
        if !(between.trim().is_empty() && (listed || wrapped || honoured)) || has_title_word(p) {
            break;
        }
        sal = Some(CleanSpan::new(prev.start, found.end));
    }
    st.salutation = sal.map(|x| without_greeting(s, x)).filter(|x| !greeting_only(*x)).map(|x| clean.to_src(x));
    let sal_start = st.salutation.map(|x| clean.from_src(x.start));
    // Title candidates: short head lines with no sentence punctuation and a title word.
    // (title span, is it an item label, the whole head line it came from).
    let mut count_cores: Vec<String> = Vec::new();
    // `第一篇:X` labels: (the whole line, X) — X is the title when nothing else is.
    let mut prefixed: Vec<(CleanSpan, CleanSpan)> = Vec::new();
    let mut cands: Vec<(CleanSpan, bool, CleanSpan)> = Vec::new();
    for (hk, h) in head.iter().enumerate() {
        if sal_start.is_some_and(|p| h.start >= p || (p > h.start && p < h.end)) {
            // A title line may carry the salutation after a space (one-line pastes).
            if let Some(p) = sal_start.filter(|&p| p > h.start && p < h.end) {
                let pre = CleanSpan::new(h.start, p);
                if let Some(pre) = shape_title(s, blocks::trim(s, pre)) {
                    let t = &s[pre.start..pre.end];
                    if has_title_word(t) && title_len_ok(t) && !t.contains(&['，', '。'][..]) {
                        cands.push((pre, false, pre));
                    }
                }
            }
            break;
        }
        let line = *h;
        // A count header or a `第一篇:` label on the line is the site's, whatever is cut from it.
        let src = clean.to_src(line);
        let (count, _, prefix) = collection_label(&text[src.start..src.end]);
        if count || prefix {
            if count {
                count_cores.push(count_header_core(&s[line.start..line.end]));
            } else if let Some(x) = prefixed_title(s, line) {
                prefixed.push((line, x));
            }
            st.site_headers.push(clean.to_src(line));
            continue;
        }
        if site_line(&s[line.start..line.end]) {
            continue;
        }
        // `政 府 工 作 报 告` over its `——在…会议上` subtitle: the report's own title, spaced out.
        if spaced_title(&s[line.start..line.end]) {
            let ext = wrapped_start(s, &head[..hk], line);
            cands.push((ext, false, ext));
            continue;
        }
        let Some(h) = shape_title(s, *h) else {
            continue;
        };
        let h = &h;
        let t = &s[h.start..h.end];
        if !title_len_ok(t)
            || t.ends_with(&['。', '！', '？', '；', '：', ':', '，', ','][..])
            || unbracketed(t).contains(&['。', '，', ','][..])
        {
            continue;
        }
        // `——在…会议上的讲话` is the subtitle under the title, not the title.
        if !has_title_word(t) || t.starts_with(&['—', '-'][..]) {
            continue;
        }
        let (count, item, prefix) = collection_label(t);
        if count {
            count_cores.push(count_header_core(t));
        }
        if count || prefix {
            st.site_headers.push(clean.to_src(*h));
            continue;
        }
        // `2022年上半年…重点工作` / `督查报告`: a title the layout broke over lines is one slice.
        let ext = if h.start == line.start { wrapped_start(s, &head[..hk], *h) } else { *h };
        cands.push((ext, item, CleanSpan::new(ext.start.min(line.start), line.end)));
    }
    // A page that lists several texts labels each (`…报告 篇1`): the label is the title when its
    // text copies the page's title or count header and no other title follows it.
    let copies: Vec<String> =
        cands.iter().filter(|c| !c.1).map(|c| s[c.0.start..c.0.end].trim().to_string()).chain(count_cores).collect();
    let chosen_label = cands.iter().enumerate().find_map(|(k, (c, item, _))| {
        let core = label_core(&s[c.start..c.end]);
        let copied = *item && copies.iter().any(|p| p == core);
        let followed = cands[k + 1..].iter().any(|(d, di, _)| !di && s[d.start..d.end].trim() != core);
        (copied && !followed).then_some(k)
    });
    let unlabelled = cands.iter().any(|c| !c.1);
    let mut title = None;
    for (k, (c, item, _)) in cands.iter().enumerate() {
        if chosen_label.is_some_and(|l| l != k) || chosen_label.is_none() && *item && unlabelled {
            continue;
        }
        let t = &s[c.start..c.end];
        let later = cands[k + 1..].iter().any(|(d, _, _)| {
            let dt = &s[d.start..d.end];
            is_subsequence(t, dt) && d.len() > c.len() && !padded(dt, t) || decorated(t, dt)
        });
        // A site row that repeats the title and adds a field (`…报告(全文) 政府工作报告`).
        if cands.iter().any(|(d, _, _)| padded(t, &s[d.start..d.end])) {
            continue;
        }
        // A shorter copy of an earlier title (a site header, a title re-broken over lines);
        // not the report's own copy under the site's decorated page title.
        // The report's own title block (spaced out or wrapped, over its subtitle or date) wins
        // over a longer site copy above it.
        let own_block = spaced_title(t) || t.contains('\n');
        let over_front_matter =
            own_block && head.iter().find(|l| l.start >= c.end).is_some_and(|l| front_matter(&s[l.start..l.end]));
        let earlier = !over_front_matter
            && cands[..k].iter().any(|(d, _, _)| {
                let dt = &s[d.start..d.end];
                is_subsequence(t, dt) && d.len() > c.len() && !decorated(dt, t)
            });
        // The report's own title block further down (wrapped or spaced out) wins over a copy here.
        let own_below = cands[k + 1..].iter().any(|(d, _, _)| {
            let dt = &s[d.start..d.end];
            spaced_title(dt) || dt.contains('\n')
        });
        if later || earlier || own_below {
            continue;
        }
        title = Some(*c);
        // With a salutation below, the title is the candidate nearest to it: site junk and
        // headers come first (`致辞` split over lines, `镇人代会政府工作报告` over the real one).
        if sal_start.is_none() {
            break;
        }
    }
    // The site headers so far (count headers, `第N篇` lines) do not depend on the title chosen.
    // The line-level headers, before the rules' title choice edits them (the model decides again).
    let line_headers = st.site_headers.clone();
    // Only a `第一篇:X` label names the text: X is the title, the label and a count after X the site's.
    if title.is_none() {
        if let Some(&(line, x)) = prefixed.first() {
            let whole = clean.to_src(line);
            st.site_headers.retain(|h| *h != whole);
            st.site_headers.push(clean.to_src(blocks::trim(s, CleanSpan::new(line.start, x.start))));
            if x.end < line.end {
                st.site_headers.push(clean.to_src(CleanSpan::new(x.end, line.end)));
            }
            title = Some(x);
        }
    }
    // A whole report pasted as one line: the title is the text before the first clause when
    // it ends in a title word (`…工作汇报xxx镇共有…，`), or before the first space.
    if title.is_none() && st.salutation.is_none() {
        let first = head.iter().find(|h| !site_line(&s[h.start..h.end]));
        if let Some(h) = first.filter(|h| s[h.start..h.end].chars().count() > 60) {
            title = one_line_title(s, *h).and_then(|t| shape_title(s, t));
            // `在…会上讲话在…会上的讲话…`: the first copy of a doubled title is a site header.
            if let Some(t) = title.filter(|t| t.start > h.start) {
                let pre = blocks::trim(s, CleanSpan::new(h.start, t.start));
                // So is a site's name with its address (`三一文库(www.31doc.com)`) cut before it.
                let p = &s[pre.start..pre.end];
                if !pre.is_empty() && site_prefix(p, &s[t.start..t.end]) {
                    st.site_headers.push(clean.to_src(pre));
                }
            }
        }
    }
    if st.salutation.is_none() {
        if let Some(h) = head.first() {
            // A title wrapped over several lines ends past this one: no salutation after it here.
            let at = title.filter(|t| t.start == h.start).map_or(h.start, |t| t.end);
            if at <= h.end {
                st.salutation = leading_salutation(s, at, h.end).map(|sp| clean.to_src(sp));
            }
        }
    }
    // The rest of the cascade only chooses the title (and the site headers that follow from
    // it): with the fitted score (`model`) its choice would be thrown away, so it is not run.
    if !model {
        // No line names itself a report (`凝心聚力 实干担当 奋力谱写新篇章` over `——在…会议上的讲话`):
        // the first head line, when it is short and not a dateline, a note in brackets or a blank.
        if title.is_none()
            && st.salutation.is_none_or(|sal| head.first().is_some_and(|h| clean.to_src(*h).start < sal.start))
        {
            let firsts: Vec<&CleanSpan> = head
                .iter()
                .take_while(|h| sal_start.is_none_or(|p| h.start < p))
                .filter(|h| !site_line(&s[h.start..h.end]))
                .collect();
            // The page's item label under its page title (`…的必要性(2)` / `…的必要性篇3`) names the text.
            let label = firsts.iter().skip(1).take(4).find(|h| {
                let t = &s[h.start..h.end];
                let first = firsts.first().map_or("", |f| &s[f.start..f.end]);
                let core = label_core(t);
                collection_label(t).1
                    && core.chars().count() >= 4
                    && first.starts_with(core)
                    && t.len() <= first.len() + 6
            });
            title = label.copied().copied().or_else(|| {
                firsts
                    .into_iter()
                    .take(1)
                    .find(|h| {
                        let t = &s[h.start..h.end];
                        let n = t.chars().count();
                        // `作者名:标题` — a short name before the colon is the site's byline style.
                        let t = author_prefix(t).map_or(t, |p| &t[p..]);
                        (6..=40).contains(&n)
                            && !t.contains(&['。', '！', '？', '；', '：', ':', '，', ',', '?', '|'][..])
                            && !t.starts_with(['—', '-', '（', '(', '【', '['])
                            && t.chars().filter(|c| is_han(*c)).count() * 2 > n
                            && !st.headings.iter().any(|hd| clean.to_src(**h).contains(&hd.span))
                            && !st.site_headers.contains(&clean.to_src(**h))
                    })
                    .copied()
            });
            title = title.map(|t| CleanSpan::new(t.start, t.start + without_end_mark(&s[t.start..t.end]).len()));
        }
        // `中国…体系专题调研报告` / `加快构建…体系` / `某研究中心  张某  李某`: a shorter line inside the
        // chosen copy that stands over a byline or a date is the report's own title (the site's
        // page title names it at more length).
        if let Some(t) = title {
            let tt = &s[t.start..t.end];
            let own = head.windows(2).find_map(|w| {
                let x = &s[w[0].start..w[0].end];
                let n = x.chars().count();
                let under = &s[w[1].start..w[1].end];
                (w[0].start >= t.end
                    && sal_start.is_none_or(|p| w[1].start < p)
                    && (6..=40).contains(&n)
                    && !x.contains(&['，', ',', '。', '：', ':', '；', '！', '？', '|'][..])
                    && !site_line(x)
                    && !has_title_word(x)
                    && tt.contains(x)
                    && x.len() < tt.len()
                    && (byline(under) || front_matter(under)))
                .then_some(w[0])
            });
            if let Some(o) = own {
                st.site_headers.push(clean.to_src(t));
                title = Some(o);
            }
        }
        // `…述职报告1在院团委…`: the page's item label glued to the title's copy at the body's start.
        if let Some(g) = title.and_then(|t| glued_label(s, lines, first_heading, t)) {
            title = Some(g);
        }
    }
    if model {
        // The title is the best-scoring candidate (issue 9); the rules above still decide the
        // salutation, and the site headers that follow from their choice are decided again.
        st.site_headers = line_headers;
        let sal_start = st.salutation.map(|x| clean.from_src(x.start));
        let cands = title::candidates(s, lines, &head, sal_start, first_heading);
        title = match pick {
            Pick::Nth(i) => title::resolve(s, &cands, i),
            _ => title::best(s, &cands, &title_weights::WEIGHTS),
        };
        if let Some(t) = title {
            // (Or a shaped form inside X, its glosses or tags cut.)
            if let Some(&(line, x)) = prefixed.iter().find(|p| p.1.start <= t.start && t.end <= p.1.end) {
                // `第一篇:X`: the label and a count after X are the site's, X is not.
                let whole = clean.to_src(line);
                st.site_headers.retain(|h| *h != whole);
                st.site_headers.push(clean.to_src(blocks::trim(s, CleanSpan::new(line.start, x.start))));
                if x.end < line.end {
                    st.site_headers.push(clean.to_src(CleanSpan::new(x.end, line.end)));
                }
            } else if let Some(h) = head.iter().find(|h| h.start < t.start && t.start < h.end) {
                // `在…会上讲话在…会上的讲话`: the first copy of a title pasted twice.
                let pre = blocks::trim(s, CleanSpan::new(h.start, t.start));
                // So is a site's name with its address (`三一文库(www.31doc.com)`) cut before it.
                let p = &s[pre.start..pre.end];
                if !pre.is_empty() && site_prefix(p, &s[t.start..t.end]) {
                    st.site_headers.push(clean.to_src(pre));
                }
            }
        }
    }
    // `热爱敬老事业,扎扎实实做好为老服务工作` / `——某中心敬老院院长` / `各位领导:`: the line over the
    // title block's dash subtitle is the report's own title (T6), whatever the page put above it.
    // (A date line or the speaker's byline may stand between the title and its subtitle.)
    let between = |y: &str| !y.starts_with(&['—', '―', '-', '－'][..]) && (front_matter(y) || title::speaker_byline(y));
    let block = head.iter().enumerate().find_map(|(k, h)| {
        let j = (k + 1..head.len().min(k + 3)).find(|&j| !between(&s[head[j].start..head[j].end]))?;
        let w = [*h, head[j]];
        let (x, sub) = (&s[w[0].start..w[0].end], &s[w[1].start..w[1].end]);
        // `-台灣總工會…大會致詞`: one hyphen before a subtitle that names the speech.
        let hyphen = sub.strip_prefix(&['-', '－'][..]).is_some_and(|r| r.starts_with(is_han) && has_title_word(r));
        let dash = sub.starts_with("——") || sub.starts_with("――") || sub.starts_with("--") || hyphen;
        (dash
            && sal_start.is_none_or(|p| w[1].end <= p)
            && han(x) >= 4
            && x.chars().count() <= 40
            && !x.contains(&['。', '：', ':', '|'][..])
            && !x.starts_with(&['—', '―', '-'][..])
            && !site_line(x)
            && !lead_in(x)
            // `某县某镇党委书记 张某某` over the subtitle: the speaker's byline, not the title.
            && !title::speaker_byline(x)
            && !collection_label(x).0)
            .then_some(w[0])
    });
    if let Some(b) = block.filter(|b| title.is_none_or(|t| t.end <= b.start || t.start > b.end)) {
        title = Some(b);
    }
    // `卫健局2022年…总结[市级]` / site rows / `卫健局 2022 年…总结(市级)`: the same title again
    // further down, before the salutation, is the report's own (T2); the first is the page's.
    if let Some(t) = title {
        let key = |x: &str| -> String {
            x.chars()
                .filter(|c| !blocks::is_space(*c))
                .map(|c| match c {
                    '[' | '【' | '（' => '(',
                    ']' | '】' | '）' => ')',
                    c => c,
                })
                .collect()
        };
        let k = key(&s[t.start..t.end]);
        let own = head
            .iter()
            .filter(|h| h.start > t.end && sal_start.is_none_or(|p| h.end <= p))
            .filter_map(|h| shape_title(s, *h).filter(|x| x.start == h.start && x.end == h.end))
            .rfind(|x| key(&s[x.start..x.end]) == k);
        if let Some(o) = own {
            title = Some(o);
        }
    }
    // `学校七一党课:初心易得 始终难守9500字` / `七一党课:初心易得 始终难守按照市委…`: the body opens with
    // part of the page's title glued to its first words; that part is the report's own title.
    if let Some(t) = title {
        if let Some(g) = glued_copy(s, lines, first_heading, t) {
            title = Some(g);
        }
    }
    // A document site names the file (`《X.docx》由会员分享…`): the report's own line that opens
    // with that name is its title, whatever the score chose. (The site's row is read in the
    // source: the clean view has blanked it as an artefact.)
    let file_row = head.last().and_then(|h| {
        let top = clean.to_src(CleanSpan::new(0, h.end)).end;
        text[..top]
            .split_inclusive('\n')
            .scan(0, |at, l| {
                *at += l.len();
                Some((*at, l))
            })
            .find_map(|(end, l)| site_file_name(l).map(|n| (without_glosses(n), end)))
    });
    // Only the lines after the site's row: a page title above it is the site's copy.
    let after_row: Vec<CleanSpan> = file_row
        .as_ref()
        .map_or(Vec::new(), |r| head.iter().filter(|h| clean.to_src(**h).start >= r.1).copied().collect());
    // (Not a collection's header with its bracketed count (T3): `…范文(四篇).docx` names the page,
    // not the item; `…参考范文2篇` still names the report's own line by its first words.)
    let header = |n: &str| collection_label(n).0 && n.ends_with([')', '）', '】', ']']);
    let named = file_row.filter(|(n, _)| !header(n)).and_then(|(n, _)| named_by_file(s, &after_row, &n));
    if let Some(t) = named {
        // `1、X 在X的讲话 同志们:`: the copy nearest the address on the named line is the report's (T2).
        let to_sal = sal_start.filter(|&p| p > t.end && !s[t.end..p].contains('\n'));
        let nearest = to_sal.and_then(|p| shape_title(s, blocks::trim(s, CleanSpan::new(t.start, p))));
        title = Some(nearest.filter(|x| x.start > t.start).unwrap_or(t));
        // The file's name on a line of its own above it is the site's row, extension and all.
        for h in head.iter().filter(|h| h.end <= t.start) {
            let line = &s[h.start..h.end];
            if ends_with_any(line, FILE_EXTENSIONS) && !line.contains('《') {
                st.site_headers.push(clean.to_src(*h));
            }
        }
    }
    let marked = title;
    let title = title.map(|t| without_site_marks(s, t));
    // The date stamp, tag or field label cut from before the title is the site's; a notice's
    // `附件` label is the document's own, the opening mark of `·X·` a decoration.
    if let (Some(m), Some(t)) = (marked, title) {
        if t.start > m.start && !s[m.start..t.start].starts_with("附件") && &s[m.start..t.start] != "·" {
            st.site_headers.push(clean.to_src(blocks::trim(s, CleanSpan::new(m.start, t.start))));
        }
    }
    let chosen = title;
    let title = title.map(|t| continued_title(s, &head, t));
    if let Some(t) = title {
        // Other candidates are site headers when they copy the title (shorter or longer); a
        // table cell such as `完成情况` further down is not.
        fn label(x: &str) -> &str {
            x.trim_end_matches(|c: char| any_digit(c) || matches!(c, '篇' | '十' | ' '))
        }
        let tt = label(&s[t.start..t.end]);
        for (c, _, line) in &cands {
            let ct = label(&s[c.start..c.end]);
            // A line the title was continued over is the title's, not a copy of it.
            let inside = title != chosen && c.start >= t.start && c.end <= t.end
                || marked != chosen && line.start <= t.start && t.end <= line.end
                // `【X】` around the title X chosen from inside it: the title's own brackets.
                || c.start < t.start && t.end < c.end && c.len() <= t.len() + 8;
            if *c != t && !inside && (is_subsequence(ct, tt) || is_subsequence(tt, ct)) {
                // The whole line goes, with what the site put after the copy (`…讲话|会议`);
                // not a text pasted whole, its title glued to its first sentences (a chunk
                // line `1、…工作总结2020年开年,一场…`): that line is the report's.
                let rest = &s[c.end..line.end];
                if rest.chars().count() > 30 && rest.contains(&['，', ',', '。'][..]) {
                    continue;
                }
                st.site_headers.push(clean.to_src(*line));
            } else if *c == t && line.start < c.start {
                // `在…会上讲话在…会上的讲话`: the first copy of a title pasted twice.
                let pre = blocks::trim(s, CleanSpan::new(line.start, c.start));
                if !pre.is_empty() && is_subsequence(&s[pre.start..pre.end], tt) {
                    st.site_headers.push(clean.to_src(pre));
                }
            }
        }
        st.title = Some(clean.to_src(t));
    }
    // Closing and signature.
    for l in lines {
        let t = l.trimmed;
        if t.is_empty() {
            continue;
        }
        let txt = &s[t.start..t.end];
        let short = txt.chars().count() <= 40;
        if (short && contains_any(txt, CLOSING_WORDS)) || starts_with_any(txt, PART_OPENINGS) {
            st.closing.push(clean.to_src(t));
        }
    }
    let mut tail: Vec<Span> = Vec::new();
    for l in lines.iter().rev() {
        let t = l.trimmed;
        if t.is_empty() {
            continue;
        }
        let txt = &s[t.start..t.end];
        let n = txt.chars().count();
        let org = n <= 25 && !txt.contains(&['，', '。', ',', '：', ':'][..]) && ends_with_any(txt, SIGNATURE_ORG_ENDS);
        let date = n <= 20
            && txt.contains('年')
            && txt.contains('日')
            && txt.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || han_digit(c).is_some()
                    || matches!(c, '年' | '月' | '日' | '十' | ' ' | '（' | '）' | '(' | ')')
            });
        if (org || date) && tail.len() < 3 {
            tail.push(clean.to_src(t));
        } else {
            break;
        }
    }
    tail.reverse();
    st.signature = tail;
}

/// A title candidate as the fit reads it: its text (`None`: no title), the text the frame
/// ships when it is chosen (the frame run with it) and its features.
pub type TitleCandidate = (Option<String>, Option<String>, Vec<i32>);

/// The title candidates of `text` (source slices; `None`: no title) with their features
/// ([`FEATURES`]): what `eval/title/fit.py` learns from.
pub fn title_candidates(text: &str) -> Vec<TitleCandidate> {
    title_candidates_and_rules(text).0
}

/// The rules' title (the cascade alone, before the fitted score chooses), for the fit's
/// comparison.
pub fn rules_title(text: &str) -> Option<String> {
    title_candidates_and_rules(text).1
}

fn title_candidates_and_rules(text: &str) -> (Vec<TitleCandidate>, Option<String>) {
    let d = crate::parse(text);
    let s = d.clean.text.as_str();
    let st = &d.structure;
    let (_, first, head) = frame_head(s, &d.clean_lines, &d.clean, &st.headings);
    let sal = st.salutation.map(|x| d.clean.from_src(x.start));
    let slice = |x: CleanSpan| {
        let x = d.clean.to_src(x);
        text[x.start..x.end].to_string()
    };
    // What ships is what the frame makes of the chosen candidate: continued over lines, site
    // marks cut, overruled by a title block or the report's own copy further down.
    let run = |pick: Pick| {
        let mut frame = Structure { headings: st.headings.clone(), ..Structure::default() };
        parts_with(text, s, &d.clean_lines, &d.clean, &mut frame, pick);
        frame.title.map(|x| text[x.start..x.end].to_string())
    };
    let cands = title::candidates(s, &d.clean_lines, &head, sal, first)
        .into_iter()
        .enumerate()
        .map(|(i, c)| (c.span.map(slice), run(Pick::Nth(i)), c.f.to_vec()))
        .collect();
    (cands, run(Pick::Rules))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{h, outline};
    use super::{
        blocks, collection_label, continued_title, doc_number, has_title_word, head_lines, item_label_end, label_core,
        quality_tag, site_tag, without_end_mark, CleanSpan,
    };

    /// The rules' title alone (the cascade before the fitted score chooses).
    fn rules(t: &str) -> Option<String> {
        crate::structure::rules_title(t)
    }

    fn parts(t: &str) -> (Option<String>, Option<String>) {
        let d = crate::parse(t);
        let g = |s: Option<crate::Span>| s.map(|s| t[s.start..s.end].to_string());
        (g(d.structure.title), g(d.structure.salutation))
    }

    #[test]
    fn a_page_pasted_with_its_html_tags_has_lines() {
        // `</p><p>` ended the page's lines: the title is the item label between them, and the
        // kicker above a title line is no title.
        let t = "某园后勤工作计划(17篇)\n<p>光阴迅速,下面是小编为大家带来的计划书范文。</p><h3 class='h3_title'>某园后勤工作计划篇一</h3><p>本学期我园后勤工作以安全为重点。</p>";
        assert_eq!(parts(t).0.as_deref(), Some("某园后勤工作计划篇一"));
        let t = "<p class=\"ql-block\">赓续红色血脉,弘扬红色精神</p><p class=\"ql-block\">争当群众满意的“奋斗者”</p><p class=\"ql-block\">--某镇“加强能力作风建设”党课</p><p class=\"ql-block\">县纪委副书记:某某</p><p class=\"ql-block\">开篇话</p><p>同志们,今天我们一起学习。</p>";
        assert_eq!(parts(t).0.as_deref(), Some("争当群众满意的“奋斗者”"));
    }

    #[test]
    fn a_table_of_contents_has_no_title() {
        // Before: the first entry without a heading's reading was the title.
        let t = "一、基本情况……………………1\n二、治理方案……………………3\n三、水土保持生态修复实施情况……………………4\n";
        assert_eq!(parts(t).0, None);
    }

    #[test]
    fn a_title_glued_to_the_body_is_not_a_site_header() {
        // The page's title over a text pasted whole, which starts with its own title: the
        // second line is the report's first paragraph, not a copy of the title to cut.
        let t = "2020年市人民医院工作总结\n\n2020年市人民医院工作总结2020年开年,一场突如其来的疫情,打破了本该满心欢喜迎接新年到来的欢乐祥和,一场没有硝烟的阻击战迅速打响。\n";
        let d = crate::parse(t);
        assert!(d.structure.site_headers.is_empty(), "{:?}", d.structure.site_headers);
        assert_eq!(parts(t).0.as_deref(), Some("2020年市人民医院工作总结"));
        // A copy with a short site tail still goes, whole line.
        let t = "区政府工作报告|会议\n\n区政府工作报告\n\n各位代表：\n现在，我代表区人民政府作报告。\n";
        let d = crate::parse(t);
        assert_eq!(
            d.structure.site_headers.iter().map(|s| &t[s.start..s.end]).collect::<Vec<_>>(),
            ["区政府工作报告|会议"]
        );
    }

    #[test]
    fn title_and_salutation() {
        assert_eq!(
            parts("xxx镇主题教育工作汇报\n各位领导、同志们：\n现将工作汇报如下。"),
            (Some("xxx镇主题教育工作汇报".into()), Some("各位领导、同志们：".into()))
        );
        assert_eq!(parts("各位领导、同志们：\n按照会议安排，现将情况汇报如下。").0, None);
        // A site header before the real title, and a collection label.
        let t = "小学党支部党建工作汇报\n明德小学党支部党建工作汇报\n根据要求，现将情况报告如下：";
        assert_eq!(parts(t).0.as_deref(), Some("明德小学党支部党建工作汇报"));
    }

    #[test]
    fn salutation_inside_a_line_or_over_two_lines() {
        let t = "在全县春耕生产工作会议上的讲话 同志们：今天召开会议，主要任务是部署春耕。";
        assert_eq!(parts(t), (Some("在全县春耕生产工作会议上的讲话".into()), Some("同志们：".into())));
        let t = "在全区教育工作会议上的讲话同志们:今天我们召开会议,研究部署工作。";
        assert_eq!(parts(t).1.as_deref(), Some("同志们:"));
        let t = "学校党支部工作汇报\n各位领导、各位老师,大家好!\n一年来，我们认真落实上级部署。";
        // The greeting after a comma is not part of it (S2).
        assert_eq!(parts(t).1.as_deref(), Some("各位领导、各位老师"));
        let t = "在青年座谈会上的讲话\n尊敬的各位人大代表、政协委员、\n同志们：\n大家好。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的各位人大代表、政协委员、\n同志们："));
        let t = "关于全年工作情况的报告\n县人大常委会：\n现将全年工作情况报告如下。";
        assert_eq!(parts(t).1.as_deref(), Some("县人大常委会："));
        // Addressing colleagues or villagers, glued after the title.
        let t = "在村民代表大会上的讲话乡亲们：今天，我们召开村民代表大会，研究村里的几件大事。";
        assert_eq!(parts(t).1.as_deref(), Some("乡亲们："));
        let t = "办公室主任述职报告同事们，大家好！一年来，我在领导的关心下认真履职。";
        assert_eq!(parts(t).1.as_deref(), Some("同事们"));
        // A notice's office addressed over the first line of a hard-wrapped reply.
        let t = "关于督查情况通报的整改报告\n县全域无垃圾专项治理办公室:\n针对 10 月 9 日市全域无垃圾专项治理办公室督查出的问\n题,镇党委、政府高度重视,立即组织安排整改。\n";
        assert_eq!(parts(t).1.as_deref(), Some("县全域无垃圾专项治理办公室:"));
        // Reporting lines are not salutations.
        assert_eq!(parts("按照会议安排，向各位领导汇报如下：\n一、基本情况").1, None);
    }

    #[test]
    fn a_legislatures_chair_and_a_transcripts_speaker_label() {
        let t = "立法会:某局局长就中止待续议案发言全文\n以下是某局局长今日在立法会会议上就某议员动议辩论中止待续议案的发言全文:\n主席:\n我首先对各位议员的发言及意见,表示感谢。议员提出中止待续议案,其中一个理由是局长今日没有出席会议。\n";
        assert_eq!(parts(t).1.as_deref(), Some("主席:"));
        let t = "就动议修订《议事规则》的拟议决议案发言\n代理主席,我发言支持根据第七十五条动议修订《议事规则》的拟议决议案,并想谈谈数个重点。\n";
        assert_eq!(parts(t).1.as_deref(), Some("代理主席"));
        let t = "新华网消息:某年3月3日15时,全国政协会议在人民大会堂举行开幕会,审议通过会议议程,听取常务委员会工作报告和提案工作情况的报告。\n[某某某]各位委员:我代表政协全国委员会常务委员会,向大会报告工作,请予审议。\n";
        assert_eq!(parts(t).1.as_deref(), Some("各位委员:"));
        // The chair's office in a sentence is no address.
        assert_eq!(super::salutation_len("主席团成员:"), None);
        // A given name in brackets after the surname (Hong Kong's style) is the address's.
        let t = "民政事务局局长出席开幕典礼致辞全文\n侯(金林)主席、苏(西智)主席、各位嘉宾、各位朋友:\n今天我很高兴出席开幕典礼,与各位一同庆祝回归纪念园落成,并借此机会感谢各位的支持。\n";
        assert_eq!(parts(t).1.as_deref(), Some("侯(金林)主席、苏(西智)主席、各位嘉宾、各位朋友:"));
    }

    #[test]
    fn a_salutation_deeper_than_the_head() {
        // Under a script's stage notes and a blogger's story: the address alone on its line, a
        // greeting after it on the same line or the next, over the body.
        let t = "重阳节活动主持词\n1、主持人上场\n主持人吟唱歌曲登台亮相。\n2、开场白\n尊敬的各位来宾,亲爱的老朋友们:大家早上好!\n“金秋十月爽,九九话重阳。”秋风送爽,果实飘香。金秋十月,我们又迎来了一年一度的老人节,在这里欢聚一堂,共同庆祝这个节日。\n";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的各位来宾,亲爱的老朋友们:"));
        let t = "团拜会致辞\n虎年上班第一天。\n正在参加全县经济工作会呢,接到短信通知:午间团拜会上,发表新春祝词。太意外了,实在没有高招了,只好硬着头皮上场。\n各位同事们:\n大家中午好!\n春风送暖,转瞬又是一年。在此,仅代表院党组,给同事们,并通过大家给您的家人拜年,祝大家新春快乐,阖家幸福,工作顺利。\n";
        assert_eq!(parts(t).1.as_deref(), Some("各位同事们:"));
        // An address quoted inside a paragraph, or over a short line, is none.
        let t = "某镇工作总结\n一、基本情况\n各位领导:\n详见附件。\n";
        assert_eq!(parts(t).1, None);
    }

    #[test]
    fn salutations_listed_bracketed_or_after_a_lead_in() {
        // A short address ended with a full stop where the colon belongs.
        let t = "局长在全市水务工作会议上的讲话\n同志们。今天,我们齐聚一堂,召开全市水务工作会议,总结过往工作。";
        assert_eq!(parts(t).1.as_deref(), Some("同志们。"));
        assert_eq!(super::salutation_len("同志们的努力有目共睹。"), None);
        // A greeting glued to the last addressee is not the address (S2).
        let t = "某支部工作汇报\n各位领导老师好!2021年,某支部以党的创新理论为指导,扎实开展各项工作。";
        assert_eq!(parts(t).1.as_deref(), Some("各位领导老师"));
        // A page's share widget and preview label are no address; a lost bullet is not the title's.
        let t = "字体+ | 字体- 分享:\n?某市水旱灾害防御应急预案\n为做好水旱灾害防御工作,制定本预案。";
        assert_eq!(parts(t), (Some("某市水旱灾害防御应急预案".into()), None));
        // An item label glued before an address is the title's (T3), whoever is addressed.
        let t = "某校长述职报告 篇1全国人民代表大会常务委员会:\n现将我的履职情况报告如下。";
        assert_eq!(parts(t).1.as_deref(), Some("全国人民代表大会常务委员会:"));
        let t = "开学典礼校长致辞2025(通用28篇)开学典礼校长致辞2025篇1市人大社会建设委员会:大家好!在某学院,一年之中有两个仪式格外重要。一个是丁香盛开的6月。";
        assert_eq!(parts(t), (Some("开学典礼校长致辞2025篇1".into()), Some("市人大社会建设委员会:".into())));
        // A unit's leaders named first; several addressees between commas, all of them.
        let t = "【春节联欢晚会串词】市教育局领导、各位老师,大家好!\n在这辞旧迎新的美好时刻,我们迎来了春节。";
        assert_eq!(parts(t).1.as_deref(), Some("市教育局领导、各位老师"));
        let t = "区长讲话稿 篇1\n敬爱的老师,亲爱的同学们,今日,我在这里举办绿色生态创建工作大会,即是一次工作例会。";
        assert_eq!(parts(t).1.as_deref(), Some("敬爱的老师,亲爱的同学们"));
        // A bracketed title glued before the address is not part of it.
        let t =
            "【庆六一幼儿园园长致辞】各位户代表:\n今天是六一儿童节,我代表幼儿园全体教职工向小朋友们致以节日的祝贺。";
        assert_eq!(parts(t), (Some("庆六一幼儿园园长致辞".into()), Some("各位户代表:".into())));
        // A greeting alone names no addressee (S2).
        let t = "某大学校长开学致辞\n大家好!\n今天,我们在这里隆重举行新生开学典礼,迎接来自全国各地的新同学。";
        assert_eq!(parts(t), (Some("某大学校长开学致辞".into()), None));
        // A disclosure page's field label is no address; the field's value is the title.
        let t = "• 文件名称:\n某区文化和旅游体育局党组关于巡察整改情况的通报\n• 发布机构:\n根据区委统一部署,区委第二巡察组对区文旅体局党组进行了巡察。";
        assert_eq!(parts(t), (Some("某区文化和旅游体育局党组关于巡察整改情况的通报".into()), None));
        // Several addressees between commas, each with its own adjective (tune4 v04).
        let t = "开学典礼校长致辞\n可亲的老师们,可爱的同学们:\n大家好!新学期开始了。";
        assert_eq!(parts(t).1.as_deref(), Some("可亲的老师们,可爱的同学们:"));
        // A notice's addressed units after its metadata rows (v41).
        let t = "标 题 | 某市人民政府关于印发实施方案的通知 |\n各县区人民政府,市政府各部门、单位:\n现印发给你们,请认真贯彻落实。";
        assert_eq!(parts(t).1.as_deref(), Some("各县区人民政府,市政府各部门、单位:"));
        // After a title in `【】` on the same line, not the greeting below (v45).
        let t = "【工会代表大会选举主持词】尊敬的各位代表、同志们:\n大家好!\n今天我们隆重召开工会代表大会。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的各位代表、同志们:"));
        // An addressee glued after a title with its item number (tune5 w12); units between 、 (w42).
        let t = "幼儿园开学典礼园长演讲稿1尊敬的校长、亲爱的老师、可爱的小朋友们:\n新学期开始了。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的校长、亲爱的老师、可爱的小朋友们:"));
        let t = "关于实行管理制度的通知\n机关各处室、局属各单位:\n现将制度印发给你们。";
        assert_eq!(parts(t).1.as_deref(), Some("机关各处室、局属各单位:"));
        // A notice's units ending in 管委会 / 总队 (tune6 x26, x41); `以及` before the last
        // addressee (x11), after a Q&A site's `问题描述:` field, which is none.
        let t = "某市人民政府关于印发实施方案的通知\n某政〔2024〕11号\n各县(区)人民政府,经开区、示范区管委会,市直有关单位:\n现将方案印发给你们。";
        assert_eq!(parts(t).1.as_deref(), Some("各县(区)人民政府,经开区、示范区管委会,市直有关单位:"));
        let t = "某局关于发布配置规范的通知\n各区(县)城管执法部门,市城管执法总队:\n现发给你们,请遵照执行。";
        assert_eq!(parts(t).1.as_deref(), Some("各区(县)城管执法部门,市城管执法总队:"));
        let t = "开学典礼园长致辞\n问题描述:\n求致辞。\n亲爱的老师们、可爱的小朋友们,以及各位家长朋友们:\n大家早上好!";
        assert_eq!(parts(t).1.as_deref(), Some("亲爱的老师们、可爱的小朋友们,以及各位家长朋友们:"));
        // A host script's address after the speaker's label, not a stage note (tune6 x06, x23).
        let t = "新年晚会主持词\n、主持人出场:\n男:尊敬的各位领导、各位来宾。\n女:亲爱的朋友们。\n各位晚上好!\n男:新年到了。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的各位领导、各位来宾"));
        // A site's date row is no salutation (w43).
        assert_eq!(parts("政协机关管理制度\n今天是:\n2024年1月1日 星期一\n为加强管理。").1, None);
        // `敬爱的` before a bare 老师; an address glued after a title-like opening on one line.
        let t = "开学典礼发言\n敬爱的老师,亲爱的同学们:\n早上好!\n新学期开始了,我们又回到了校园。";
        assert_eq!(parts(t).1.as_deref(), Some("敬爱的老师,亲爱的同学们:"));
        let t = "国旗下的讲话:珍惜时间同学们: 新的一周开始了,我们要学会珍惜时间。时间是最宝贵的财富。";
        assert_eq!(parts(t).1.as_deref(), Some("同学们:"));
        // A notice's units with a bracketed alternative, 办事处 and 委员 (tune7 y09, y17).
        let t = "各镇(街道)、各镇(街道)联络组、市直各单位、政协委员:\n经研究决定,召开全体会议。现将有关事项通知如下:";
        assert_eq!(parts(t).1.as_deref(), Some("各镇(街道)、各镇(街道)联络组、市直各单位、政协委员:"));
        let t = "关于印发某预案的通知\n各乡镇人民政府,各街道办事处,各有关单位:\n现印发给你们,请认真贯彻执行。";
        assert_eq!(parts(t).1.as_deref(), Some("各乡镇人民政府,各街道办事处,各有关单位:"));
        // An address opening the line after a head that ended in a paragraph (a news item's
        // description above a speech).
        let t = "新华社北京10月1日电\n在某某仪式上的致辞\n(2010年10月1日)\n10月1日,某某仪式在某中心隆重举行。某某领导出席仪式并致辞,全场嘉宾起立鼓掌,仪式持续了一个小时。\n尊敬的各位来宾,女士们,先生们:\n今天我们欢聚一堂。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的各位来宾,女士们,先生们:"));
        // Offices ending in 局/委/办 (`市政府各委、办、局`); a site's `发文文号:` field is none.
        let t = "关于开展评选活动的通知\n各区(县、市)农业农村局,某新区社会事业发展局、某高新区经济发展局:\n现将有关事项通知如下。";
        assert_eq!(parts(t).1.as_deref(), Some("各区(县、市)农业农村局,某新区社会事业发展局、某高新区经济发展局:"));
        let t = "某市人民政府关于印发实施意见的通知\n各区人民政府,市政府各委、办、局:\n现将实施意见印发给你们。";
        assert_eq!(parts(t).1.as_deref(), Some("各区人民政府,市政府各委、办、局:"));
        assert_eq!(parts("索引号: 123\n发文文号:\n某局关于开展评选活动的通知\n现将有关事项通知如下。").1, None);
        // A greeting glued to the address without a comma is cut off too (S2).
        let t = "运动会开幕式校长致辞\n老师们、同学们大家早上好!\n今天我们在这里隆重举行运动会。";
        assert_eq!(parts(t).1.as_deref(), Some("老师们、同学们"));
        // A speech's item label ending in a colon is no address, even with 领导 in it (y38).
        assert_eq!(parts("下面是整理的讲话。\n表彰会领导讲话(一):\n在节日到来之际,我代表县委向大家致以问候!").1, None);
        // Still no salutation: a sentence ending in a colon, a list of tasks.
        assert_eq!(parts("某镇工作总结\n主要做法是,一抓学习,二抓落实:\n全年完成任务。").1, None);
        assert_eq!(parts("某镇工作总结\n各部门、各单位要做好以下工作:\n全年完成任务。").1, None);
        assert_eq!(parts("某镇工作总结\n可见的成效,可喜的变化:\n全年完成任务。").1, None);
    }

    #[test]
    fn title_chosen_among_candidates() {
        // Site junk split one word a line before the real title, which stands over the salutation.
        let t = "乡党\n书记\n建镇\n座谈\n致辞\n乡党委书记在建镇座谈会上的讲话\n同志们：\n今天开会。";
        assert_eq!(parts(t).0.as_deref(), Some("乡党委书记在建镇座谈会上的讲话"));
        // A site's category after a bar; a title pasted twice; a slogan subtitle run on.
        assert_eq!(
            parts("在全县防汛工作会议上的讲话|会议讲话\n同志们：\n今年汛期。").0.as_deref(),
            Some("在全县防汛工作会议上的讲话")
        );
        let t = "在全县干部大会上讲话在全县干部大会上的讲话刚才，各单位作了汇报，总体情况较好，大家的工作都有进步，体现出步调一致、思想统一的特点。";
        assert_eq!(parts(t).0.as_deref(), Some("在全县干部大会上的讲话"));
        let d = crate::parse(t);
        assert_eq!(d.artifacts.iter().map(|a| &t[a.start..a.end]).collect::<Vec<_>>(), ["在全县干部大会上讲话"]);
        let t = "在全县研讨班结业仪式上的讲话凝心聚力开拓进取奋力开创发展新局面 同志们：今天结业。";
        assert_eq!(parts(t).0.as_deref(), Some("在全县研讨班结业仪式上的讲话"));
        // Not cut short: 暨…计划, 和…计划.
        let t = "某市人民政府关于《某市人大常委会对〈某市人民政府关于环境保护工作情况的报告〉的审议意见》研究处理情况的报告\n市人大常委会：";
        assert!(parts(t).0.is_some_and(|x| x.starts_with("某市人民政府关于《")));
        let t = "某局2023年工作总结暨2024年工作计划\n一年来，我局认真履行职责。";
        assert_eq!(parts(t).0.as_deref(), Some("某局2023年工作总结暨2024年工作计划"));
        let t = "某镇上半年工作总结和下半年工作计划\n上半年，我镇认真履行职责。";
        assert_eq!(parts(t).0.as_deref(), Some("某镇上半年工作总结和下半年工作计划"));
        // A shorter copy under the title is a site header; a question is not a title.
        let t = "2021年某镇重点工作汇报\n某镇重点工作汇报\n各位领导：\n现将情况汇报如下。";
        assert_eq!(parts(t).0.as_deref(), Some("2021年某镇重点工作汇报"));
        assert_eq!(parts("述职报告怎么写?\n一是认真学习。二是扎实工作。").0, None);
    }

    #[test]
    fn a_title_broken_over_lines_is_one_slice() {
        // The issuer above `关于…的`, and `通 知` below it (T6).
        let t = "某市人民政府办公室\n关于印发某市应急预案的\n通 知\n某政办〔2024〕6号\n各乡镇人民政府:\n现印发给你们。";
        assert_eq!(parts(t).0.as_deref(), Some("某市人民政府办公室\n关于印发某市应急预案的\n通 知"));
        // A title wrapped before `和…`, with a blank line between; a `《…》` split over lines.
        let t = "关于某省2023年度省级预算执行\n\n和其他财政收支的审计工作报告\n——在省人大常委会会议上\n主任、各位副主任:\n现在报告工作。";
        assert_eq!(parts(t).0.as_deref(), Some("关于某省2023年度省级预算执行\n\n和其他财政收支的审计工作报告"));
        let t = "某区统计局\n关于印发《某区统计调查\n质量管理办法》的通知\n各镇人民政府:\n现印发给你们。";
        let clean = crate::clean::Clean::new(t, &[]);
        let head = head_lines(t, &blocks::clean_lines(&clean), t.len());
        let from = |piece: &str| {
            let a = t.find(piece).unwrap();
            let c = continued_title(t, &head, CleanSpan::new(a, a + piece.len()));
            &t[c.start..c.end]
        };
        let whole = "某区统计局\n关于印发《某区统计调查\n质量管理办法》的通知";
        assert_eq!(from("质量管理办法》的通知"), whole);
        assert_eq!(from("关于印发《某区统计调查"), whole);
        // `关于` opened on the line above the end of the title.
        let t = "发布日期: 2019-11-28\n某市人民政府研究室关于开展2019年度优秀调研\n成果评选活动的通知\n各区县人民政府:\n现将有关事项通知如下。";
        assert_eq!(parts(t).0.as_deref(), Some("某市人民政府研究室关于开展2019年度优秀调研\n成果评选活动的通知"));
        // A site's date stamp or quality tag before the title, a `——记…` subtitle after it.
        let t = "某某文库\n2025.03.04 某社区儿童友好建设的行动研究报告\n某社区党委副书记\n本研究以某社区为例,分析了党建联建模式在社区建设中的作用,提出了若干对策建议。";
        assert_eq!(parts(t).0.as_deref(), Some("某社区儿童友好建设的行动研究报告"));
        let t =
            "(经典)校长年度工作总结\n承蒙上级抬爱和教职工的信任,本人接任校长,现将这一学年的学校工作作一个简要总结。";
        assert_eq!(parts(t).0.as_deref(), Some("校长年度工作总结"));
        let d = crate::parse(t);
        assert_eq!(d.artifacts.iter().map(|a| &t[a.start..a.end]).collect::<Vec<_>>(), ["(经典)"]);
        let t = "-精品合同推荐- 2008年某街道办工作总结\n2008年,在区委区政府的正确领导下,街道办紧紧围绕年初确定的目标任务,扎实工作,圆满完成了全年任务。";
        assert_eq!(parts(t).0.as_deref(), Some("2008年某街道办工作总结"));
        let t = "加强建设规范管理——记某镇党委村级活动场所规范化建设工作汇报\n近年来,某镇党委把村级组织活动场所建设作为基层党建的重要抓手,取得了明显成效。";
        assert_eq!(parts(t).0.as_deref(), Some("加强建设规范管理"));
        // A site's field or a notice's attachment label before the title; a site's category after `_`.
        let t = "内容概述 某街道2022年工作总结\n2022年,某街道在区委区政府的坚强领导下,全面完成了各项目标任务,经济社会发展取得新成效。";
        assert_eq!(parts(t).0.as_deref(), Some("某街道2022年工作总结"));
        let t = "附件2023年某镇政府工作报告\n同志们:\n今天召开全镇工作会议。";
        assert_eq!(parts(t).0.as_deref(), Some("2023年某镇政府工作报告"));
        let t = "附件2:某镇政府工作报告\n同志们:\n今天召开全镇工作会议。";
        assert_eq!(parts(t).0.as_deref(), Some("某镇政府工作报告"));
        let t = "附件在全市教育工作座谈会上的讲话\n同志们:\n今天召开全市教育工作座谈会。";
        assert_eq!(parts(t).0.as_deref(), Some("在全市教育工作座谈会上的讲话"));
        assert!(crate::parse(t).artifacts.is_empty(), "a notice's 附件 label is the document's own");
        let t =
            "某乡镇换届选举工作自查报告_自查报告\n根据上级要求,我乡对换届选举工作进行了全面自查,现将自查情况报告如下。";
        assert_eq!(parts(t).0.as_deref(), Some("某乡镇换届选举工作自查报告"));
        // 事迹 and 决算 name a report too; a title is continued down over the line with its report word.
        let t = "文档介绍:村党支部书记的先进事迹\n村党支部书记的先进事迹\n从教书育人的人民教师,到一村之长,他在改变着自身人生轨迹的同时,也改变着一个村庄。";
        assert_eq!(parts(t).0.as_deref(), Some("村党支部书记的先进事迹"));
        // A PDF's title cut into pieces before `年`.
        let t = "XX\n镇\n2023\n年政府工作报告\n各位代表:\n现在,我代表镇人民政府向大会报告工作。";
        assert_eq!(parts(t).0.as_deref(), Some("XX\n镇\n2023\n年政府工作报告"));
        // Not continued: a finished title under a site's row, `年度…` under a date.
        let t = "某某网 首页\n社区文明创建工作总结\n2025-12-17\n年度工作总结\n今年以来,社区围绕文明创建做了大量工作,取得了明显成效。";
        assert_ne!(parts(t).0.as_deref(), Some("2025-12-17\n年度工作总结"));
        let t = "某镇人民政府\n2023年工作总结\n今年以来,我镇在县委县政府的正确领导下,各项工作取得了新成效。";
        assert_eq!(parts(t).0.as_deref(), Some("2023年工作总结"));
    }

    #[test]
    fn a_sites_intro_paragraph_opening_the_text_does_not_end_the_head() {
        // The site's intro paragraph, then the item label over the text: the label is the title.
        let t = "中等职业学校是实施全日制中等学历教育的学校,包括普通中专、成人中专和职业高中等。为了帮助大家写好总结,这里分享了5篇学校学期工作总结。\n学校学期工作总结 篇一\n本学期,我校坚持以立德树人为根本任务,认真落实教学计划,各项工作取得了新进展,得到了家长的好评。";
        assert_eq!(parts(t).0.as_deref(), Some("学校学期工作总结 篇一"));
        // A report opening with two paragraphs has no title in its second one.
        let t = "过去的一年,街道在城市管理工作中始终坚持常态化管理、规范化运行,全年投入专项资金225万元,开展清洁行动42次。\n2月15日上午,街道办事处召开2014年度工作总结表彰大会,对先进单位进行了表彰,各单位负责人参加了会议并作了交流发言。";
        assert_eq!(parts(t).0, None);
    }

    #[test]
    fn speech_title_without_a_report_word() {
        let t = "凝心聚力 实干担当 奋力谱写高质量发展新篇章\n——在全县2024年经济工作会议上的讲话\n（2024年1月15日）\n同志们：\n这次会议很重要。\n一、2023年工作取得明显成效";
        assert_eq!(parts(t), (Some("凝心聚力 实干担当 奋力谱写高质量发展新篇章".into()), Some("同志们：".into())));
        assert_eq!(outline(t), [h(1, "一、", "2023年工作取得明显成效")]);
    }

    #[test]
    fn one_line_paste() {
        // A report word followed by a predicate is a sentence's subject, not a title's end.
        let t = "二零零七年整体罪案情况保持平稳,罪案数字轻微下降0.4%。整体罪案数字下降主要是因为行劫及爆窃案有明显跌幅所致。";
        let s = CleanSpan::new(0, t.len());
        assert_eq!(super::one_line_title(t, s), None);
        // A copula or an aspect particle before the report word: a sentence, not a title.
        for t in [
            "2025年是“十四五”规划收官之年,也是谋篇布局之年。一年来,全省各部门认真学习贯彻会议精神,聚焦重大使命。",
            "听了大家的述职报告,真切地感受到大家一年来在基层岗位上所付出的辛劳,工作的任务是繁重的。",
        ] {
            assert_eq!(super::one_line_title(t, CleanSpan::new(0, t.len())), None, "{t}");
        }
        let t = "xxx镇主题教育工作汇报各位领导、同志们：xxx镇共有20个党支部，其中机关党支部8个。一、聚焦主题主线，在理论学习中打下坚实基础。";
        assert_eq!(parts(t), (Some("xxx镇主题教育工作汇报".into()), Some("各位领导、同志们：".into())));
        let t = "2023年XX乡第二批主题教育工作开展情况的工作总结 第二批主题教育开展以来，XX乡准确把握总要求。一、“谋”字为先打基础 坚持高站位谋划、高标准要求，有力有序深入开展主题教育。";
        assert_eq!(parts(t).0.as_deref(), Some("2023年XX乡第二批主题教育工作开展情况的工作总结"));
        assert_eq!(outline(t), [h(1, "一、", "“谋”字为先打基础")]);
        // A dump whose count header and `第一篇:` label run on into the body: the title is cut after the labels.
        let t = "某局专项整治工作汇报[推荐5篇]第一篇:某局专项整治工作汇报近年来,随着城市管理执法力度的不断加大,城市环境面貌得到了明显改善,市民满意度逐年提高。";
        assert_eq!(parts(t).0.as_deref(), Some("某局专项整治工作汇报"));
    }
    #[test]
    fn stop25_open_pool_classes() {
        // Before: the address after a site's preview label was cut with it, and a government
        // site's header buttons used up the head above a title broken over five lines.
        let t = "在某县合作医疗试点工作推进会上的讲话\n\n  • 点击查看:3分钟在线开通会员查看此文章!\n  • 范文预览:同志们:在全年各项工作进入冲刺的关键阶段,县委、县政府决定今天召开这次会议,充分体现了对这项工作的高度重视。\n";
        assert_eq!(parts(t), (Some("在某县合作医疗试点工作推进会上的讲话".into()), Some("同志们:".into())));
        let t = "• EN\n  • 扫一扫\n    打开 · 手机版\n  • 扫一扫\n    关注 · 政务微博\n  • 扫一扫\n    关注 · 政务微信\n\n关于2024年度县级预算执行和其他财政收支的\n审计工作报告\n—2025年9月2日在某县第十二届\n人民代表大会常务委员会第三十九次会议上\n某县审计局局长 某某\n\n  县人大常委会主任、各位副主任,委员:\n\n  我受县人民政府委托,向县人大常委会报告2024年度县级预算执行和其他财政收支的审计情况,请审议。\n";
        assert_eq!(parts(t).1.as_deref(), Some("县人大常委会主任、各位副主任,委员:"));
        // Before: the page's title with its count (`9500字`) was the title, not the body's own
        // copy of it glued to the first sentence.
        let t = "首页 > WORD文档 > 党政机关 > 学校七一党课:勇担使命 砥砺前行9500字.DOCX\n学校七一党课:勇担使命 砥砺前行9500字\n七一党课:勇担使命 砥砺前行按照市委统一要求,每名市委常委都要在七一前夕到高校讲一次党课,今天我来到这里,和大家一起交流学习。\n";
        assert_eq!(parts(t).0.as_deref(), Some("七一党课:勇担使命 砥砺前行"));
        // A body that opens with words of the title and a comma is not a copy of it.
        // Before: a school year before the title was cut as a date stamp; a head's message
        // (`校長的話`) had no title word.
        let t = "2016-2017 年度畢業典禮歡迎辭\n\n尊敬的各位嘉賓、各位家長、各位老師、各位同學:\n下午好!今天,我們在這裏隆重舉行畢業典禮,我謹代表學校,向各位畢業同學致以熱烈的祝賀。\n";
        assert_eq!(parts(t).0.as_deref(), Some("2016-2017 年度畢業典禮歡迎辭"));
        let t = "校長的話\n各位家長和同學:\n大家好!新學年又開始了。大家的暑期過得充實嗎?過得愉快嗎?希望同學們在新學年裏努力學習,健康成長。\n";
        assert_eq!(parts(t), (Some("校長的話".into()), Some("各位家長和同學:".into())));
        let t = "第二十六屆畢業典禮-歡迎辭\n\n校監 某某\n\n魏教授、李校長、各位來賓、家長、各位老師、各位應屆畢業生:\n\n午安﹗歡迎出席本校第二十六屆畢業禮,本屆畢業生在持續兩年多的疫情下,線上學習、實體課不斷交替,今天能共聚禮堂。\n";
        assert_eq!(parts(t).1.as_deref(), Some("魏教授、李校長、各位來賓、家長、各位老師、各位應屆畢業生:"));
        // Before: a clause saying what was done (`…审议了…`) was a title candidate.
        let t = "1、大会听取和审议了政府工作报告、人大 主席团工作报告及财政收支状况报告,全体人大代表在大会上用心行使职权,并提出了推荐,通过了各项决议。\n";
        assert_eq!(parts(t).0, None);
        // Before: a school site's post header was continued into the title over it.
        let t = "上一則公告 下一則公告\n\n一般公告 / 張貼者 教務主任\n\n\n張貼日期: 2020-06-15 09:34:43  點閱:1452\n\n\n108 學年度縣長給國小畢業生祝福詞\n\n親愛的畢業生:\n\n時序進入夏天,校園裡火紅盛開的鳳凰花,意味著畢業季節的來臨,細細回味校園生活的日常。\n";
        assert_eq!(parts(t), (Some("108 學年度縣長給國小畢業生祝福詞".into()), Some("親愛的畢業生:".into())));
        // Before: a unit addressed right after the title and its item number was none.
        let t = "规范学校办学行为自查报告1某县教体局:\n为了进一步规范学校办学行为,根据县教体局的通知要求,我校认真开展了自查工作,对照文件逐条检查,查找问题,落实整改,现将自查情况报告如下。\n";
        assert_eq!(parts(t), (Some("规范学校办学行为自查报告1".into()), Some("某县教体局:".into())));
        // Before: an address opening with a chair's name and office was none.
        let t = "某市公所施政總報告\n林主席、王副主席、各位代表先進女士、先生、媒體記者朋友:\n大家好!欣逢貴會第十一屆第二次定期大會開議,謹代表市公所全體同仁致上最誠摯的祝賀之意。\n";
        assert_eq!(parts(t).1.as_deref(), Some("林主席、王副主席、各位代表先進女士、先生、媒體記者朋友:"));
        // A speaker's offices over the speech are not an address.
        let t = "在全县警示教育大会上的讲话\n某县纪委副书记、县监委副主任:某某\n同志们,今天召开全县警示教育大会,主要任务是通报近期查处的典型案件,深刻汲取教训。\n";
        assert_ne!(parts(t).1.as_deref(), Some("某县纪委副书记、县监委副主任:"));
        let t = "某镇党委书记抓基层党建工作述职报告\n抓基层党建工作述职报告的主要内容包括以下三个方面,现报告如下。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某镇党委书记抓基层党建工作述职报告"));
    }

    #[test]
    fn stop24_open_pool_classes() {
        // Before: eight metadata rows used up the head and the title under them was never a candidate.
        let rows = "- [ 索引号 ] 11500229768895163R/2026-00004\n- [ 发文字号 ] 某委文〔2026〕3号\n- [ 发布机构 ] 某乡人民政府\n- [ 主题分类 ] 其他\n- [ 成文日期 ] 2026-02-12\n- [ 发布日期 ] 2026-02-12\n- [ 体裁分类 ] 其他\n- [ 有效性 ] 有效\n";
        let t = format!("{rows}某乡人民政府2025年法治政府建设情况报告\n2025年,某乡在县委、县政府的坚强领导下,深入推进法治政府建设,现将有关情况报告如下。\n一、主要工作及成效\n");
        assert_eq!(parts(&t).0.as_deref(), Some("某乡人民政府2025年法治政府建设情况报告"));
        // Before: `材料尊敬的各位领导…:` — the second title word went to the address.
        let t = "某县人民医院复审汇报材料尊敬的各位领导、各位专家:今天,复审专家组莅临我院,对我院的工作进行检查指导,我代表全院职工表示热烈欢迎。";
        assert_eq!(parts(t), (Some("某县人民医院复审汇报材料".into()), Some("尊敬的各位领导、各位专家:".into())));
        // Before: a list's lead-in and a cut font widget were salutations.
        let t = "校园安全隐患排查方案\n本方案分为以下几个部分:\n一、排查范围\n";
        assert_eq!(parts(t).1, None);
        let t = "某村2021年工作总结\n  • 发布时间:2022-05-31\n  • 【字体:\n\n2021年,我村在镇党委的正确领导下,各项工作取得了较好的成绩。\n";
        assert_eq!(parts(t), (Some("某村2021年工作总结".into()), None));
        // Before: a site's name, address and summary bracket stayed on a one-line paste's title.
        let t = "某某文库(www.example.com)〔人大 5 年工作报告 7000 字〕20xx 年乡镇人大主席团 5 年工作报告各位代表:值此镇人民代表大会隆重召开之际,我谨代表镇人大主席团向全体代表致以崇高的敬意!现在,我向大会报告五年来的主要工作,请予审议,并请列席会议的同志提出意见。五年来,镇人大主席团在镇党委的坚强领导下,紧紧围绕全镇工作大局,依法履行职责,为全镇经济社会发展作出了积极贡献。一是坚持党的领导,确保人大工作正确方向。二是依法开展监督,推动重点工作落实。三是加强代表工作,充分发挥代表作用。";
        assert_eq!(parts(t).0.as_deref(), Some("20xx 年乡镇人大主席团 5 年工作报告"));
        // Before: only the second half of a title broken inside a term or an open `在…上` was the title.
        let t = "某街道办事处2023年度政府\n信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》的要求,编制本报告。\n一、总体情况\n";
        assert_eq!(parts(t).0.as_deref(), Some("某街道办事处2023年度政府\n信息公开工作年度报告"));
        let t = "市委督导组长某某同志在县委班子\n\n专题民主生活会上点评时的讲话\n\n同志们:\n根据市委的安排,我们参加了县委常委班子专题民主生活会。\n";
        assert_eq!(parts(t).0.as_deref(), Some("市委督导组长某某同志在县委班子\n\n专题民主生活会上点评时的讲话"));
        // Before: a reply's addressee under the site's rows was missed (it was not near the top).
        let t = "关于创建县医院为二级甲等医院的建议\n出处:某县人民政府 更新时间:2015-09-17\n提案标题 关于创建县医院为二级甲等医院的建议\n提案委员 县政府\n承办单位 卫生局\n协办单位\n办理状态 已办结\n办理结果\n县政府:\n    县政协第八届委员会第4号提案已收悉,现就我局办理情况答复如下。首先,感谢委员对我县医疗卫生事业的关心和支持,我局高度重视,组织专人认真研究办理。\n";
        assert_eq!(parts(t).1.as_deref(), Some("县政府:"));
        // Before: a section's name after the report's first paragraph was the title.
        let t = "过去的五年,市工商联坚持以习近平新时代中国特色社会主义思想为指导,牢牢把握工作主题,坚持政治建会、团结立会、服务兴会、改革强会,各项工作取得了明显成效。\n凝聚奋进共识谱写新篇章\n五年来,我们坚持把思想政治建设摆在首位,引导广大会员听党话、跟党走,凝聚起团结奋斗的强大力量。\n";
        assert_eq!(parts(t).0, None);
        // Still the title: a line under a foreword's paragraph.
        let t = "以学促干 不断推动乡域发展\n前言\n为拓宽干部实践锻炼渠道,县委县政府选派19名党员干部和业务骨干开展为期45天的跟班学习,着力提升干部专业素能,激励干部担当作为。\n见贤思齐,学有所获。\n";
        assert_eq!(parts(t).0.as_deref(), Some("以学促干 不断推动乡域发展"));
        // Before: an address ending in `!` kept only its first addressee, a class's year was a
        // figure, and the short form's copies stayed before the title.
        let t = "高三毕业典礼校长讲话稿\n  各位老师,各位家长,亲爱的同学们!\n  今天是个特殊的日子,今年的毕业典礼又如期而至,在这样庄严的时刻,作为校长,我代表学校向同学们表示祝贺。\n";
        assert_eq!(parts(t).1.as_deref(), Some("各位老师,各位家长,亲爱的同学们!"));
        let t = "高校校长在2022届毕业典礼上的讲话 亲爱的2022届毕业生同学们: 大家上午好! 六月的校园,繁花似锦,绿草如茵,带着离愁别绪,满怀憧憬期望,我们又迎来一年一度的毕业季。今天,有9407名同学顺利毕业。";
        assert_eq!(parts(t).1.as_deref(), Some("亲爱的2022届毕业生同学们:"));
        let t = "会议主持词会议主持词农村发展工作会议主持词同志们:现在开会。\n为了认真贯彻落实全市农村工作会议精神,加快农村发展,今天召开这次会议,主要任务是总结工作、部署任务。\n";
        assert_eq!(parts(t).0.as_deref(), Some("农村发展工作会议主持词"));
        assert_eq!(super::leading_copies("乡镇换届工作报告乡镇换届工作报告"), 0);
        // Before: a standing committee's members addressed by office, with a comma, were no address.
        let t = "关于2023年财政决算草案的报告\n县人大常委会主任、各位副主任,委员:\n我受县人民政府委托,向县人大常委会报告2023年度县级预算执行和其他财政收支的审计情况,请予审议。\n";
        assert_eq!(parts(t).1.as_deref(), Some("县人大常委会主任、各位副主任,委员:"));
        // Before: the speaker after a slash stayed in the title.
        let t = "某縣政府施政報告/報告人縣長某某某\n  • 2010-11-14\n(續昨)2、99年7月19日組成本縣土地問題專案小組,並於11月2日召開第一次會議,針對土地問題廣泛討論,釐訂方案積極辦理。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某縣政府施政報告"));
        // Before: a legislature's chair addressed alone on a line deep in the head was no address.
        let t = "Jump to the beginning of content\n演講詞\n局長在立法會會議動議決議案的致辭全文\n以下是局長今日在立法會會議動議的決議案的開場發言全文:\n主席女士:\n 我謹動議通過政府根據《釋義及通則條例》提出的決議案,內容已載於議程內,決議案的目的是落實重組計劃。\n";
        assert_eq!(parts(t).1.as_deref(), Some("主席女士:"));
        // The author's office after a space is cut from a shaped title; a slogan's `长` is not an office.
        let shaped = |t: &str| super::shape_title(t, CleanSpan::new(0, t.len())).map(|x| t[x.start..x.end].to_string());
        assert_eq!(
            shaped("某街道基层党建工作中存在的问题及对策 某街道党工委书记").as_deref(),
            Some("某街道基层党建工作中存在的问题及对策")
        );
        assert_eq!(shaped("携手共进谱写新篇章 师生共同成长").as_deref(), Some("携手共进谱写新篇章 师生共同成长"));
        // Before: a body's name alone over the text was its title.
        let t = "李某 罗某某 张某\n某某省电力公司某某供电公司\n公司依托新时代文明实践中心,以要素保障单位工作协同、党组织结对共建为抓手,创新文明实践工作机制,取得明显成效。\n";
        assert_eq!(parts(t).0, None);
        let t = "某县统计局\n某县第五次全国经济普查领导小组办公室\n(2025年6月16日)\n根据《全国经济普查条例》规定,我县进行了第五次全国经济普查,现将主要数据公布如下。\n";
        assert_eq!(parts(t).0, None);
        // An office's name under its holder's (a byline) is not a title either.
        let t = "某某某牧師\n社會服務委員會主席\n\n全是神的恩典,回顧這年,本會社會服務回應市民的需要,特別在長者及幼兒的工作。\n";
        assert_eq!(parts(t).0, None);
        // Still apart: a unit's name over its own report's title.
        let t = "某镇人民政府\n2023年工作总结\n今年以来,我镇在县委、县政府的坚强领导下,各项工作取得新成效。\n";
        assert_eq!(parts(t).0.as_deref(), Some("2023年工作总结"));
    }

    #[test]
    fn a_page_title_with_its_short_form_glued_on() {
        assert_eq!(
            super::doubled_tail("2023年度区社区矫正工作调研报告社区矫正工作调研报告"),
            Some("2023年度区社区矫正工作调研报告".len())
        );
        // A title pasted whole two or three times is the lead copy's case; a title is not doubled.
        assert_eq!(super::doubled_tail("乡镇换届工作报告乡镇换届工作报告乡镇换届工作报告"), None);
        assert_eq!(super::doubled_tail("某镇2023年工作总结"), None);
        // The dated page title over the undated item label: the label is the title (T3).
        let t = "当前位置:首页 > 范文大全 >\n2023年度区社区矫正工作调研报告社区矫正工作调研报告\n时间:2023-04-12 15:00:05 来源:网友投稿\n区社区矫正工作调研报告第1篇\n为深入推进我区社区矫正工作,近日我们组织专人开展了调查研究,有关情况如下:";
        assert_eq!(parts(t).0.as_deref(), Some("区社区矫正工作调研报告第1篇"));
    }

    #[test]
    fn a_count_header_run_on_into_its_item_label() {
        // The header's count ends it; the item label after it is the title (T3), its colon dropped.
        let t = "某校开学典礼校长致辞(通用28篇)某校开学典礼校长致辞篇1同学们、老师们:大家好!在某学院,一年之中有两个仪式格外重要。";
        assert_eq!(parts(t).0.as_deref(), Some("某校开学典礼校长致辞篇1"));
        let t = "网站首页 > 讲话致辞\n卫生院落成典礼乡镇领导讲话稿3篇   卫生院落成典礼乡镇领导讲话稿一:\n尊敬的各位领导、各位来宾:\n今天,我们在这里隆重举行卫生院落成典礼。";
        assert_eq!(parts(t).0.as_deref(), Some("卫生院落成典礼乡镇领导讲话稿一"));
        // A bare label after the header carries no title.
        let t = "养老服务调研报告6篇 【篇1】 根据人大常委会工作要点安排,市人大常委会组成调查组,深入到有关部门调研。";
        let s = CleanSpan::new(0, t.len());
        assert_eq!(super::after_count_header(t, s), None);
        let t = "2021 年村庄美化总结汇报参考 5 篇 2021 村庄美化总结汇报参考 1";
        let x = super::after_count_header(t, CleanSpan::new(0, t.len())).map(|x| &t[x.start..x.end]);
        assert_eq!(x, Some("2021 村庄美化总结汇报参考 1"));
        assert!(super::after_count_header("某镇工作总结第1篇", CleanSpan::new(0, "某镇工作总结第1篇".len())).is_none());
    }

    #[test]
    fn item_labels_count_headers_and_prefix_labels() {
        // The page title over its own item label: the label is the title.
        let t = "某镇安全生产工作总结\n某镇安全生产工作总结篇一\n今年以来，我镇认真落实安全生产责任。";
        assert_eq!(parts(t).0.as_deref(), Some("某镇安全生产工作总结篇一"));
        // A count header (`多篇`, `(精选N篇)`) is the site's; the label under it is the title.
        let t = "2023年某医院护理工作总结多篇\n2023年某医院护理工作总结1\n一年来，我院护理部认真履职。";
        assert_eq!(parts(t).0.as_deref(), Some("2023年某医院护理工作总结1"));
        let t = "村级工作计划(精选5篇)\n村级工作计划篇1\n一、工作目标";
        assert_eq!(parts(t).0.as_deref(), Some("村级工作计划篇1"));
        // A bracketed item number (`(一)`, `(篇2)`) labels an item too (T3).
        let t = "某网 首页 > 工作总结 >\n2024团委工作总结\n20xx团委工作总结(一)\nXX年,我矿团组织在矿党委的正确领导下,在党群工作部的指导和帮助下,团结带领全矿团员青年紧紧围绕中心工作,发挥了生力军和突击队作用。";
        assert_eq!(parts(t).0.as_deref(), Some("20xx团委工作总结(一)"));
        assert!(collection_label("社区工作计划(篇2)").1 && collection_label("社区工作计划（2）").1);
        assert_eq!(label_core("社区工作计划（二）"), "社区工作计划");
        // A site's quality tag after the title is not part of it (T4); an item label is (T3).
        assert_eq!(without_end_mark("某幼儿园开学典礼园长致辞(精编)"), "某幼儿园开学典礼园长致辞");
        assert_eq!(without_end_mark("某镇工作总结【精选】"), "某镇工作总结");
        assert_eq!(without_end_mark("某镇工作总结(通用8篇)"), "某镇工作总结");
        assert_eq!(without_end_mark("公司发言稿(精选篇1)"), "公司发言稿(精选篇1)");
        assert_eq!(without_end_mark("某镇工作总结(区县)"), "某镇工作总结(区县)");
        assert_eq!(without_end_mark("某县治理超载车辆工作讲话(?。?/h1>"), "某县治理超载车辆工作讲话");
        // A stray comma after a title line is no clause; a comma inside one is.
        assert_eq!(
            without_end_mark("建长效机制 促生产安全(某镇安全生产工作汇报材料),"),
            "建长效机制 促生产安全(某镇安全生产工作汇报材料)"
        );
        assert_eq!(without_end_mark("今年以来,某镇工作总结,"), "今年以来,某镇工作总结,");
        let t = "建长效机制 促生产安全(某镇安全生产工作汇报材料),\n我镇地处山区,面积105平方公里,下辖7个村。改革开放以来,我镇积极实施发展战略。";
        assert_eq!(parts(t).0.as_deref(), Some("建长效机制 促生产安全(某镇安全生产工作汇报材料)"));
        // An item label with the text's first words run on after it ends the title.
        assert_eq!(
            item_label_end("某校德育工作方案 (篇1) 德育目标 (一)总体目标"),
            Some("某校德育工作方案 (篇1)".len())
        );
        assert_eq!(item_label_end("某镇工作总结篇一 今年以来"), Some("某镇工作总结篇一".len()));
        assert_eq!(item_label_end("某镇工作总结篇1"), None);
        assert_eq!(item_label_end("共收集诗篇12首"), None);
        // A title spaced out character by character has its title word.
        assert!(has_title_word("政 府 工 作 报 告") && !has_title_word("欢 迎 光 临 本 站"));
        // Not an item: a bracketed note that is not a number.
        assert!(!collection_label("社区工作计划(草案)").1);
        // A label glued to the body, under the page title.
        let t = "某社区年度工作计划\n某社区年度工作计划 篇1今年，某社区在街道的领导下开展工作。";
        assert_eq!(parts(t).0.as_deref(), Some("某社区年度工作计划 篇1"));
        // A label with another title after it is the site's; so is a count header with a label glued on.
        let t = "某局副局长述职报告\n某局副局长述职报告篇1\n2023年某区某局副局长述职述廉报告\n一年来，本人认真履职。";
        assert_eq!(parts(t).0.as_deref(), Some("2023年某区某局副局长述职述廉报告"));
        assert_eq!(parts("某乡生态工作总结(热门9篇)篇一\n20xx年，全乡环保工作有序开展。").0, None);
        // `第一篇 …` opens an item on a site: not the report's title.
        let t = "某镇镇长述职报告\n第一篇 某镇镇长述职报告2000字\n尊敬的各位领导、同志们：\n本人任镇长以来。";
        assert_eq!(parts(t), (Some("某镇镇长述职报告".into()), Some("尊敬的各位领导、同志们：".into())));
    }

    #[test]
    fn decorated_page_titles_and_joined_titles() {
        // The site's page title carries `范文`/`(全文…字)`; the report's own copy below is the title.
        let t = "某街道年度工作总结范文\n【正文】\n某街道年度工作总结\n一、主要工作";
        assert_eq!(parts(t).0.as_deref(), Some("某街道年度工作总结"));
        let t = "张某:在区人大会议上当选区长后的讲话(全文1500字)\n在区人大会议上当选区长后的讲话\n各位代表、同志们：\n今天。";
        assert_eq!(parts(t).0.as_deref(), Some("在区人大会议上当选区长后的讲话"));
        // A conjunction carries the title past its first report word, up to a site's separator.
        let t = "2023年某局工作总结和2024年工作安排-某某网站欢迎您\n2023年，某局坚持稳中求进。";
        assert_eq!(parts(t).0.as_deref(), Some("2023年某局工作总结和2024年工作安排"));
        let t = "某市五年来林业工作总结和工作要点(林业局)\n撤地设市以来，全市林业建设成效显著。";
        assert_eq!(parts(t).0.as_deref(), Some("某市五年来林业工作总结和工作要点(林业局)"));
        // A site's code and category before a colon; a blank after the colon is not a title.
        let t = "20240101:乡村振兴工作汇报:某镇乡村振兴工作汇报材料\n现将有关情况汇报如下。";
        // The score fitted with tune4 (issue 9) keeps the whole line (tune2 t50 is its one
        // example); the rules cut it so.
        assert_eq!(rules(t).as_deref(), Some("某镇乡村振兴工作汇报材料"));
        let t = "某局局长述职报告\n述职述廉:______某局局长述职报告\n一年来，本人认真履职。";
        assert_eq!(parts(t).0.as_deref(), Some("某局局长述职报告"));
        // A copied page's note mark and a file name's extension are cut off (tune6 x21, x42).
        let t = "文化站述职报告 [1]\n城关乡文化站在上级的指导下，积极开展工作。";
        assert_eq!(parts(t).0.as_deref(), Some("文化站述职报告"));
        assert_eq!(rules("行政管理制度.docx\n为规范公司管理，特制定本制度。").as_deref(), Some("行政管理制度"));
        // The site's short name before its bar, the title in full after it (tune6 x02); a bar
        // before a category keeps the part before it.
        assert_eq!(
            rules("某镇政府工作总结|某镇人民政府五年工作总结\n五年来，镇政府认真履职。").as_deref(),
            Some("某镇人民政府五年工作总结")
        );
        assert_eq!(
            rules("某区政府工作报告|会议\n各位代表：\n现在，我代表区人民政府作报告。").as_deref(),
            Some("某区政府工作报告")
        );
        // Not a number in brackets: `[试行]` stays.
        assert!(rules("某局车辆管理办法[试行]\n为加强管理，制定本办法。").is_some_and(|x| x.ends_with("[试行]")));
    }

    #[test]
    fn a_site_row_repeating_the_title_and_plan_words() {
        // A row that repeats the title and adds a site field is not the title.
        let t = "(某省)2021年某县人民政府工作报告(全文)\n(某省)2021年某县人民政府工作报告(全文) 政府工作报告\n各位代表：\n现在，我代表县人民政府报告工作。";
        // The fitted score (issue 9) reads this rare layout otherwise; the rules' cascade, which
        // still decides the salutation and is the fit's baseline, reads it so.
        assert_eq!(rules(t).as_deref(), Some("(某省)2021年某县人民政府工作报告"));
        // Plans and outlines end in 要点/安排/提纲 rather than 报告.
        assert_eq!(parts("某镇2024年工作要点\n一、总体要求").0.as_deref(), Some("某镇2024年工作要点"));
        assert_eq!(
            parts("在全镇干部大会上的发言提纲\n同志们：\n今天开会。").0.as_deref(),
            Some("在全镇干部大会上的发言提纲")
        );
    }

    #[test]
    fn a_heading_run_on_after_the_title_and_collection_pages() {
        let t = "某镇2023年工作总结及2024年工作计划一、2023年工作总结2023年，在县委县政府的坚强领导下，我镇紧紧围绕年初目标任务，扎实推进各项工作，取得了明显成效。";
        assert_eq!(parts(t).0.as_deref(), Some("某镇2023年工作总结及2024年工作计划"));
        // `(一)` at the end is the page's item label, kept.
        let t = "乡镇年终工作总结报告(一)\n2023年，我镇在县委县政府领导下稳步推进各项工作。";
        assert_eq!(parts(t).0.as_deref(), Some("乡镇年终工作总结报告(一)"));
        // A page that calls itself a collection is not a report's title.
        assert_eq!(parts("工作总结怎么写？\n年终工作总结大全\n一、基本情况").0, None);
    }

    #[test]
    fn site_rows_are_skipped_by_their_shape() {
        // A breadcrumb, a bulleted related entry and a page-type row are the site's, not the title.
        let t = "当前位置:范文 > 某镇安全生产工作总结\n某镇安全生产工作总结\n一年来，我镇认真落实安全责任。";
        assert_eq!(parts(t).0.as_deref(), Some("某镇安全生产工作总结"));
        let t = "- 某局办公室工作总结 推荐度:\n- 相关推荐\n关于某局2023年工作的总结\n同志们:\n今年以来，我们认真履职。";
        assert_eq!(parts(t), (Some("关于某局2023年工作的总结".into()), Some("同志们:".into())));
        let t = "某某网工作总结内容页\n某社区文明创建工作总结\n一年来，社区认真开展创建活动。";
        assert_eq!(parts(t).0.as_deref(), Some("某社区文明创建工作总结"));
        // A site's name opening a row; a short `label:` row of the site is no salutation.
        let t = "某某网 先锋文汇\n党员教育要入脑入心\n某镇 张某\n近日，某部召开座谈会。";
        assert_eq!(parts(t).0.as_deref(), Some("党员教育要入脑入心"));
        let t = "文本内容:\n某乡2023年工作总结\n2023年，我乡认真落实县委部署。";
        assert_eq!(parts(t).1, None);
        // `…汇 报如下:` broken after a space is the report's own sentence.
        let t = "某社区创建工作总结\n一年来我们开展创建活动，现总结汇 报如下:\n一、加强领导";
        assert_eq!(parts(t).1, None);
    }

    #[test]
    fn an_editors_lead_in_does_not_hide_the_title_below() {
        let t = concat!(
            "乡镇安全生产工作汇报材料大全(13篇)\n",
            "在工作中，汇报是一项重要的任务，它能够向领导展示工作进展和成果。通过阅读一些成功的工作汇报范文，我们可以学习到写作技巧和思路。\n",
            "某镇安全生产工作情况汇报材料\n一、组织机构建设情况"
        );
        assert_eq!(parts(t).0.as_deref(), Some("某镇安全生产工作情况汇报材料"));
    }

    #[test]
    fn titles_with_a_colon_labels_and_brackets() {
        // A title and its short subtitle after a colon; a byline name before a colon.
        let t = "“两学一做”心得体会:学深还需笃行\n学习教育开展以来，各支部认真组织学习。";
        assert_eq!(parts(t).0.as_deref(), Some("“两学一做”心得体会:学深还需笃行"));
        let t = "您现在的位置: 首页 > 文章\n张某某:农村机制创新与统筹发展\n关于村民小组的探讨 通常认为，村民小组是乡村社会的生活单位。";
        // The fitted score (issue 9) reads this rare layout otherwise; the rules' cascade, which
        // still decides the salutation and is the fit's baseline, reads it so.
        assert_eq!(rules(t).as_deref(), Some("张某某:农村机制创新与统筹发展"));
        // A page title with its page number over the item label.
        let t =
            "党员干部学习的必要性(2)\n时间:\n党员干部学习的必要性篇3\n在深入开展学习活动以来，笔者体会到学习贵在坚持。";
        assert_eq!(parts(t).0.as_deref(), Some("党员干部学习的必要性篇3"));
        // One-line pastes: a bracketed title; report words and a decoration after the first one.
        let t = "【关于社区年度工作计划】随着新一年的到来，为了更好地推动社区的和谐发展，提升居民的生活质量，结合本社区实际制定本计划，全面提升社区管理水平和服务能力，现将计划内容列明如下。";
        assert_eq!(parts(t).0.as_deref(), Some("关于社区年度工作计划"));
        // A 回顾 (review) names its kind too, glued to the body after a site's `label:` row.
        let t = "文本内容:\n某科年度工作回顾2023年已经过去了,我们回顾一下某科在过去一年的工作,某科作为社区事务的执行机构,主要负责管理社区事务,为居民提供服务";
        assert_eq!(parts(t), (Some("某科年度工作回顾".into()), None));
        let t = "乡镇干部学习讲话体会精选在新时代新征程的背景下，乡镇干部肩负的职责越来越多元、任务越来越繁重，深入学习重要论述，转化为具体工作中的行动自觉，既是政治要求也是能力提升的必经之路。";
        assert_eq!(parts(t).0.as_deref(), Some("乡镇干部学习讲话体会精选"));
    }

    #[test]
    fn the_reports_own_title_block_over_a_site_copy() {
        // A spaced-out title over its subtitle, under the site's page title.
        let t = "某镇2021年政府工作报告\n政 府 工 作 报 告\n——2021年2月27日在某镇人民代表大会上\n各位代表:\n现在，我代表镇政府报告工作。";
        assert_eq!(parts(t), (Some("政 府 工 作 报 告".into()), Some("各位代表:".into())));
        // A title broken over lines is one slice when its last line names only the kind.
        let t = "某市政协网\n某市政治协商会议\n第十一届委员会常务委员会\n工 作 报 告\n—在某市政协全体会议上\n各位委员、同志们:\n现在，我代表常委会报告工作。";
        assert_eq!(parts(t).0.as_deref(), Some("某市政治协商会议\n第十一届委员会常务委员会\n工 作 报 告"));
        let t = "2024年上半年某街道重点工作督查报告\n2022年上半年某街道重点工作\n督查报告\n根据区委部署，现将督查情况报告如下。";
        // The fitted score (issue 9) reads this rare layout otherwise; the rules' cascade, which
        // still decides the salutation and is the fit's baseline, reads it so.
        assert_eq!(rules(t).as_deref(), Some("2022年上半年某街道重点工作\n督查报告"));
        // A shorter own title over its byline, under the site's longer page title.
        let t = "首页 > 调查研究\n某省加快构建新型农业经营体系专题调研报告\n时间: 2017-07-26\n加快构建新型农业经营体系\n某某研究中心  张某某  李 某\n直面新挑战的客观需要\n党的十八大提出，培育新型经营主体。";
        // The fitted score (issue 9) reads this rare layout otherwise; the rules' cascade, which
        // still decides the salutation and is the fit's baseline, reads it so.
        assert_eq!(rules(t).as_deref(), Some("加快构建新型农业经营体系"));
        // A wrapped title opening the text, with no salutation: no salutation is looked for past it.
        let t = "某市政治协商会议第十一届委员会\n督查报告\n根据区委部署，现将督查情况报告如下。";
        assert_eq!(parts(t), (Some("某市政治协商会议第十一届委员会\n督查报告".into()), None));
        // A long title line does not take the short lines above it.
        let t = "推荐文章\n2023年某乡镇年度工作计划\n一、经济发展";
        assert_eq!(parts(t).0.as_deref(), Some("2023年某乡镇年度工作计划"));
    }

    #[test]
    fn the_words_after_a_numbered_item_prefix() {
        // `第1篇 X` with nothing else: X is the title, the prefix the site's.
        let t = "- 目录\n第1篇 2023年某社区文明创建工作总结\n在上级领导的关心下，我们开展了文明社区创建活动。";
        assert_eq!(parts(t).0.as_deref(), Some("2023年某社区文明创建工作总结"));
        let d = crate::parse(t);
        assert!(d.artifacts.iter().any(|a| &t[a.start..a.end] == "第1篇"));
        // With a plain title line above it, that line stays the title.
        let t = "某镇镇长述职报告\n第一篇 某镇镇长述职报告2000字\n尊敬的各位领导：\n本人任镇长以来。";
        assert_eq!(parts(t).0.as_deref(), Some("某镇镇长述职报告"));
    }

    #[test]
    fn the_file_name_a_document_site_gives_names_the_title() {
        let art = |t: &str| crate::parse(t).artifacts.iter().map(|a| t[a.start..a.end].to_string()).collect::<Vec<_>>();
        // The report's first line opens with the file's name (after a chunk number) and runs on into the body.
        let name = super::site_file_name(
            "《某社区换届选举工作方案.docx》由会员分享,更多相关《某社区换届选举工作方案.docx(3页珍藏版)》",
        );
        assert_eq!(name, Some("某社区换届选举工作方案"));
        let s = "1、某社区换届选举工作方案为认真贯彻落实上级部署,特制定本方案。";
        let head = [CleanSpan::new(0, s.len())];
        let t = super::named_by_file(s, &head, "某社区换届选举工作方案").map(|x| &s[x.start..x.end]);
        assert_eq!(t, Some("某社区换届选举工作方案"));
        // The name carries the site's decoration; the file's name on its own line is the site's.
        let t = "某局研讨交流会发言材料参考范文2篇.docx\n《某局研讨交流会发言材料参考范文2篇.docx》由会员分享,可在线阅读。\n某局研讨交流会发言材料在学习贯彻主题教育工作会议上,总书记强调要突出问题导向,把问题整改贯穿始终,这为我们指明了方向。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某局研讨交流会发言材料"));
        assert!(art(t).contains(&"某局研讨交流会发言材料参考范文2篇.docx".to_string()), "{:?}", art(t));
        // A name no line opens with changes nothing.
        let t = "《某镇年度工作总结.docx》由会员分享,可在线阅读。\n2023年某镇工作总结\n今年以来,我镇在县委县政府的坚强领导下,紧紧围绕年初目标任务,扎实推进各项工作,取得了明显成效。\n";
        assert_eq!(parts(t).0.as_deref(), Some("2023年某镇工作总结"));
    }

    #[test]
    fn notices_addressees_speeches_in_brackets_and_shared_files() {
        // A notice to schools, offices and bodies: each unit with its bracketed note.
        let t = "关于印发《某市教育局2024年工作要点》的通知\n各县区教育局(社会事业局),各直属学校(含民办)、高校附校,机关各科室,二级机构:\n现将《某市教育局2024年工作要点》印发给你们,请结合实际认真贯彻落实。\n";
        let (title, sal) = parts(t);
        assert_eq!(title.as_deref(), Some("关于印发《某市教育局2024年工作要点》的通知"));
        assert!(sal.is_some_and(|x| x.starts_with("各县区教育局") && x.ends_with("二级机构:")));
        // `【…致词】` glued before the address: the title, and its brackets are no site row.
        let t = "【元旦活动园长致词】亲爱的家长朋友们、可爱的小朋友们:\n大家好!\n在这辞旧迎新的美好时刻,我们迎来了新年的第一个节日。\n";
        assert_eq!(parts(t).0.as_deref(), Some("元旦活动园长致词"));
        assert!(crate::parse(t).artifacts.is_empty());
        // A sharing notice names the file in `《》` without an extension; its pinyin glosses aside.
        assert_eq!(
            super::site_file_name("《水利局防汛工作總結(jié)》由會(huì)員上傳分享,免費(fèi)在線閱讀。"),
            Some("水利局防汛工作總結(jié)")
        );
        assert_eq!(super::without_glosses("水利局防汛工作總結(jié)(一)"), "水利局防汛工作總結(一)");
        assert_eq!(super::without_glosses("工作總結((jié)(汉(zǒng)"), "工作總結(汉");
    }

    #[test]
    fn a_joined_title_ends_at_a_gap_that_is_no_figures_padding() {
        use super::joined_separator as sep;
        // `和 2022 年`: the spaces a PDF put around a figure are the title's.
        assert_eq!(sep("和 2022 年工作计划 今年以来"), Some("和 2022 年工作计划".len()));
        assert_eq!(sep("和 2022 年工作计划 2021 年以来"), None);
        assert_eq!(sep("和下半年工作计划-某某网"), Some("和下半年工作计划".len()));
        assert_eq!(sep("和下半年工作计划"), None);
        // After a figure the gap's second space ends the title.
        assert_eq!(sep("和2023  年"), Some("和2023 ".len()));
        assert_eq!(sep("和2023 "), None);
    }

    #[test]
    fn a_photos_caption_does_not_end_the_head() {
        let t = "返回\n某主席关于答谢与会代表的致辞\n2015年12月15日\nSelf Photos / Files - 某商会主席在致辞时表示,商会旨在凝聚全球合作新共识,铸造利益、责任和命运共同体,推动各方务实合作。\n某主席关于答谢与会代表的致辞\n尊敬的各位商会成员:\n大家好!\n";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的各位商会成员:"));
    }

    #[test]
    fn the_line_over_a_dash_subtitle_is_the_title() {
        // The page's title above; the report's own slogan title over its `——` byline.
        let t = "乡镇敬老院管理经验交流发言材料\n热爱敬老事业,扎扎实实做好为老服务工作\n――某中心敬老院院长 某某\n各位领导、同事们:\n大家好,我是某某。\n";
        assert_eq!(parts(t).0.as_deref(), Some("热爱敬老事业,扎扎实实做好为老服务工作"));
        // Broken after its conjunction, commas on both lines.
        let t = "官方公众号\n讲团结、讲奉献,以饱满的工作激情和\n必胜的信心,迎评“三甲”\n——某主任在全院动员会上的发言\n尊敬的各位领导、同事们:\n大家下午好!\n";
        assert_eq!(parts(t).0.as_deref(), Some("讲团结、讲奉献,以饱满的工作激情和\n必胜的信心,迎评“三甲”"));
    }

    #[test]
    fn stop_33_title_and_salutation_cases() {
        let body = "一、2022年工作完成情况(一)社会救助精准高效行动实现新突破一是提标扩面兜住底。当前某区低保标准每人每月X元,特困人员基本生活标准每人每月X元。";
        // A second document joined on by a conjunction in a one-line paste.
        let t = format!("某区民政局2022年工作总结和2023年工作要点{body}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("某区民政局2022年工作总结和2023年工作要点"));
        // A PDF library's banner glued before the title.
        let t = format!("精选优质文档-----倾情为你奉上乡村建设调研报告{body}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("乡村建设调研报告"));
        // A Hong Kong page's language note, and its skip link above.
        let t = "跳至主要内容\n局长出席世博展览开幕礼致辞全文(只有中文)\n各位嘉宾、各位朋友:\n今天我非常高兴出席开幕礼,与大家一同见证这个重要时刻,展览汇集了许多精彩的作品。\n";
        assert_eq!(parts(t).0.as_deref(), Some("局长出席世博展览开幕礼致辞全文"));
        // A site's words run into the title stay (T4).
        let t = "镇林业管理站工作总结开头结尾模板范文\n*年,我站在镇党委、政府的正确领导和上级业务主管部门的指导下,充分发挥职能作用,大力开展植树造林。\n";
        assert_eq!(parts(t).0.as_deref(), Some("镇林业管理站工作总结开头结尾模板范文"));
        // A document site's serial number before a one-line paste.
        let t = "编号:230656405乡镇2017年脱贫攻坚工作整改情况报告201X/X/XX为认真贯彻落实《国务院扶贫办关于反馈2017年考核情况的通报》(中办发电〔2018〕16号),我镇高度重视,立即召开专题会议研究部署整改工作,逐条逐项抓好落实。\n";
        assert_eq!(parts(t).0.as_deref(), Some("乡镇2017年脱贫攻坚工作整改情况报告"));
        // An address whose first office is glossed in brackets.
        let t = "行政长官出席花卉展览开幕典礼致辞全文\n周某副主席(香港某会董事局副主席)、各位嘉宾、各位朋友:\n  大家早晨!今早我非常高兴能够到维多利亚公园和大家一起出席香港花卉展览,这是一年一度的盛事。\n";
        assert_eq!(parts(t).1.as_deref(), Some("周某副主席(香港某会董事局副主席)、各位嘉宾、各位朋友:"));
        // A length tag and a quality tag in corner brackets after the title (T4).
        let para =
            "党的二十大吹响了全面建设社会主义现代化国家的奋斗号角,开启了充满光荣和梦想的新征程,伟大时代呼唤伟大精神。";
        let t = format!("2024年庆祝七一建党103周年大会上的专题党课(7442字)\n{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("2024年庆祝七一建党103周年大会上的专题党课"));
        let t = format!("2020校長在國小畢業典禮上的講話「精選」\n{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("2020校長在國小畢業典禮上的講話"));
        // A compilation header glued before the item it opens with; a library's banner before it.
        let t = format!("下载后可任意编辑民政局工作总结和工作计划与民政局总结思路汇编民政局工作总结和工作计划一、上半年工作总结{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("民政局工作总结和工作计划"));
        // A forum's sign-up prompt is the site's, not the title.
        let t = format!("马上注册,知更多事,识更多人,玩转大深圳!\n民新社区关于召开第一次居民议事会\n{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("民新社区关于召开第一次居民议事会"));
        // A stray mark before an address.
        let t = format!("关于做好防汛工作的通知\n!各社区、政府有关部门:\n{para}\n");
        assert_eq!(parts(&t).1.as_deref(), Some("各社区、政府有关部门:"));
        // The title pasted twice with a space between is one title.
        let t = format!("XX镇秸秆禁烧工作调研报告 XX镇秸秆禁烧工作调研报告 {para}");
        let x = super::shape_title(&t, CleanSpan::new(0, t.len())).map(|x| &t[x.start..x.end]);
        assert_eq!(x, Some("XX镇秸秆禁烧工作调研报告"));
        // A site's copy, a few words short, before the report's own: the copy nearest the body.
        let t = "全区环境整治会议上讲话 在全区环境整治会议上的讲话 在全区环境整治会议上的讲话";
        let x = super::shape_title(t, CleanSpan::new(0, t.len())).map(|x| &t[x.start..x.end]);
        assert_eq!(x, Some("在全区环境整治会议上的讲话"));
        // A copy with a few words changed glued before the title, a mark or a date between.
        let shaped = |t: &str| super::shape_title(t, CleanSpan::new(0, t.len())).map(|x| t[x.start..x.end].to_string());
        assert_eq!(shaped("关于小学校长的述职报告.关于学校校长的述职报告").as_deref(), Some("关于学校校长的述职报告"));
        assert_eq!(
            shaped("关于村道公路建设情况的自查报告关于村道大路建设状况的自查报告").as_deref(),
            Some("关于村道大路建设状况的自查报告")
        );
        assert_eq!(
            shaped("县教育局安全工作开展情况汇报201X/X/XX县教育局安全工作开展情况汇报").as_deref(),
            Some("县教育局安全工作开展情况汇报")
        );
        // A document site's serial number before it.
        assert_eq!(shaped("编号:376444859在全县秸秆禁烧大会上的讲话").as_deref(), Some("在全县秸秆禁烧大会上的讲话"));
        // Two different reports joined are no copies.
        assert_eq!(
            shaped("关于村道建设情况的自查报告关于学校安全工作的调研报告").as_deref(),
            Some("关于村道建设情况的自查报告关于学校安全工作的调研报告")
        );
        // A paste's space after a list's mark inside an address.
        let t = "镇农技推广服务中心交流发言 各位领导、 同志们: 新春伊始,我们满怀豪情地迈入了开局之年,取得较好的成绩。";
        assert_eq!(parts(t).1.as_deref(), Some("各位领导、 同志们:"));
        // A notice's units before its text on one line.
        let t = "关于印发应急预案的通知\n各科室,各站所,各村: 为提高政府保障公共安全和处置突发公共事件的能力,经研究,制定本预案。\n";
        assert_eq!(parts(t).1.as_deref(), Some("各科室,各站所,各村:"));
        // A speaker's byline under the title is no piece of a title, nor the title over a subtitle.
        let t = "深化改革创新 奋力笃行实干\n某县某镇党委书记 张某某\n尊敬的各位领导:\n今年以来,我镇坚持改革创新,各项工作取得了新成效。\n";
        assert_eq!(parts(t).0.as_deref(), Some("深化改革创新 奋力笃行实干"));
        let t = "最高人民检察院工作报告\n某县某镇党委书记 张某某\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n各位代表:\n现在,我代表最高人民检察院向大会报告工作。\n";
        assert_eq!(parts(t).0.as_deref(), Some("最高人民检察院工作报告"));
        // A site's date code and its colon before the title (T4).
        let t = "20210630:县协作中心2021年度工作总结及明年工作思路\n2021年,县协作中心在县委、县政府坚强领导下,真抓实干,全县招商引资工作取得新成效。\n";
        assert_eq!(parts(t).0.as_deref(), Some("县协作中心2021年度工作总结及明年工作思路"));
        // A site's quality tag or photo note after the title; a page number glued before its year.
        assert_eq!(shaped("在某镇安全生产工作会议上的讲话(精品)").as_deref(), Some("在某镇安全生产工作会议上的讲话"));
        assert_eq!(
            shaped("行政长官出席新春国际汇演之夜致辞(附图/短片)").as_deref(),
            Some("行政长官出席新春国际汇演之夜致辞")
        );
        assert_eq!(shaped("12023年街道2023年工作规划").as_deref(), Some("2023年街道2023年工作规划"));
        // A date line between a slogan title and its dash subtitle.
        let t = "真抓实干 奋进跨越\n(2023年5月12日)\n——在全镇经济工作会议上的讲话\n同志们:\n今天召开全镇经济工作会议,主要任务是总结去年工作。\n";
        assert_eq!(parts(t).0.as_deref(), Some("真抓实干 奋进跨越"));
        // A site's copy with its decoration glued before the title and the address (the raw line
        // is no candidate); the speaker's office before the first copy, a byline and date after.
        let t = "在全县工会工作会议上讲话范文在全县工会工作会议上讲话同志们:刚才,大会对年度工会工作模范单位进行了表彰,在此表示诚心的庆贺!";
        assert_eq!(parts(t).0.as_deref(), Some("在全县工会工作会议上讲话"));
        let t = "编号:136929198县政府负责人全县秋冬季创森工作会议上的主持词201X/X/XX全县秋冬季创森工作会议上的主持词县政府负责人xxx(二○一八年十二月二十九日)同志们:现在开会,这次会议是经县委、县政府决定召开的。";
        assert_eq!(parts(t), (Some("全县秋冬季创森工作会议上的主持词".into()), Some("同志们:".into())));
        // A year's figures after a bracket start no copy.
        assert_eq!(
            shaped("幼儿园工作计划(2020年幼儿园工作计划)").as_deref(),
            Some("幼儿园工作计划(2020年幼儿园工作计划)")
        );
        // A site's category after a spaced dash or in brackets after one; a page's title field
        // label; a title pasted twice with a space on a line of its own; an app's install prompt.
        assert_eq!(shaped("修路工作总结 -工作总结").as_deref(), Some("修路工作总结"));
        assert_eq!(shaped("2020年县民政局工作总结 【 - 县民政局工作总结】").as_deref(), Some("2020年县民政局工作总结"));
        let t =
            "文章标题:市教育局局长的述职报告\n各位领导:\n我于2020年任局长以来,在市委、市政府的领导下,认真履行职责。\n";
        assert_eq!(parts(t).0.as_deref(), Some("市教育局局长的述职报告"));
        let t = "××镇年度村镇建设工作总结 ××镇年度村镇建设工作总结\n今年以来,我镇村镇建设工作在县委、县政府的正确领导下,取得了明显成效。\n";
        assert_eq!(parts(t).0.as_deref(), Some("××镇年度村镇建设工作总结"));
        let t = "安装后可以在桌面快捷访问\n\n换届选举工作动员会上的讲话\n同志们:\n今天召开换届选举工作动员会,主要任务是部署换届工作。\n";
        assert_eq!(parts(t).0.as_deref(), Some("换届选举工作动员会上的讲话"));
        // A quotation's speaker is no address.
        let t = "习近平总书记庄严宣告:我国脱贫攻坚战取得全面胜利,乡村振兴也已拉开序章。今天观看了专题片,很受教育。";
        assert_eq!(parts(t).1, None);
        // A site's address in brackets is no title; nor is a meeting's minutes field.
        let t = "【628568.com--心得體會】\n鄉村振興戰略是黨的十九大報告中提出的戰略,我們要深入學習,認真貫徹落實。\n";
        assert_eq!(parts(t).0, None);
        let t = "会议时间:2025年4月5日\n主持人:李建国(村主任)\n记录人:王秀兰\n一、会议议程说明\n会议由村主任李建国主持,首先对本次会议的议程进行了简要说明。\n";
        assert_eq!(parts(t).0, None);
        // A document site's file name that is a collection's header names no item (T3).
        let t = "《2023年主题教育党课发言稿范文(四篇).docx》由会员分享,可在线阅读。\n1、2023年主题教育党课发言稿范文(四篇)2023年主题教育党课发言稿篇一同志们:党的二十大报告指出,要办好人民满意的教育。\n";
        assert_eq!(parts(t).0.as_deref(), Some("2023年主题教育党课发言稿篇一"));
        // A date and a meeting before the title are no copy of it, though its words are in them.
        let t = "国务院关于乡村产业发展情况的报告 2019年4月21日在第十三届全国人大常委会会议上务院关于乡村产业发展情况的报告";
        let x = super::shape_title(t, CleanSpan::new(0, t.len())).map(|x| &t[x.start..x.end]);
        assert_ne!(x, Some("2019年4月21日在第十三届全国人大常委会会议上务院关于乡村产业发展情况的报告"));
        // A long address naming the graduating class by its year.
        let t = format!("毕业典礼校长讲话\n尊敬的各位来宾、敬爱的老师们、亲爱的家长朋友,以及今天最闪亮的主角25届全体毕业生:\n{para}\n");
        assert_eq!(
            parts(&t).1.as_deref(),
            Some("尊敬的各位来宾、敬爱的老师们、亲爱的家长朋友,以及今天最闪亮的主角25届全体毕业生:")
        );
        // `和谐…` opens a word: no conjunction carries the line above on.
        let t = format!("文明乡镇申报材料\n和谐乡镇申报材料\n{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("和谐乡镇申报材料"));
        // A site's sentence ends before a title glued to the address; a kind spaced out under its line.
        let t = format!("公众号:笔杆子星域。整理汇总。XX镇2023年政府工作报告各位代表:现在,我代表镇人民政府,向大会报告政府工作,请予审议。{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("XX镇2023年政府工作报告"));
        let t = format!("開學典禮暨教師節慶祝表彰大會\n主 持 詞\n各位領導、各位老師、全體同學們:\n{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("開學典禮暨教師節慶祝表彰大會\n主 持 詞"));
        // `祝詞` and `解说词` name speeches.
        let t = "【國龍·2018】 銀川國龍醫院2018年新年祝詞\n時間:2018-01-01\n銀川國龍醫院2018年新年祝詞\n朋友們、女士們、先生們:\n大家好!2018年已經到來,這是新一年的開始,也是我們回顧過去一年工作的時候。\n";
        assert_eq!(parts(t).0.as_deref(), Some("銀川國龍醫院2018年新年祝詞"));
        // A page count after a file's title; a doc site's reading prompt; a title over the address.
        let t = format!("婁底市行政中心整體搬遷工程項目可行性研究報告(65頁).doc\n{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("婁底市行政中心整體搬遷工程項目可行性研究報告"));
        assert!(super::site_line("已閱讀5頁,還剩18頁未讀, 繼續免費閱讀"));
        let t = format!("領導在中秋節上的賀詞\n尊敬的省、市各界領導、和在座的各位臺灣朋友們:\n{para}\n");
        assert_eq!(
            parts(&t),
            (Some("領導在中秋節上的賀詞".into()), Some("尊敬的省、市各界領導、和在座的各位臺灣朋友們:".into()))
        );
        // The page shows the title whole above its own copy broken over two lines.
        let t = format!(
            "浙江乡镇企业 发展考察报告\n编辑:某某 发布时间: 2024-07-31\n浙江乡镇企业\n\n发展考察报告\n叶某某\n{para}\n"
        );
        assert_eq!(parts(&t).0.as_deref(), Some("浙江乡镇企业\n\n发展考察报告"));
        // `观后感` names a reflection; the author's name after one dash is not the title's.
        let t = format!("“永远在路上”观后感—刘伟\n{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("“永远在路上”观后感"));
        // A near copy of the title glued before it (its last words differ): the last copy is the title.
        let t = format!("乡镇委员会上半年主要工作情况与下一步工作计划乡镇委员会上半年主要工作情况与下一步工作打算一、上半年工作{para}\n");
        assert_eq!(parts(&t).0.as_deref(), Some("乡镇委员会上半年主要工作情况与下一步工作打算"));
        // Traditional forms of report words: `意見`, `紀要`, `說明`.
        for t in ["美麗鄉村先進鎮創建活動實施意見", "鎮黨委會議紀要", "關於預算調整的說明"]
        {
            assert!(super::has_title_word(t), "{t}");
        }
        // An outline's label, or a page's related-articles label, is no addressee.
        let t = format!("某县2024年工作要点\n关联稿件:\n{para}\n");
        assert_eq!(parts(&t).1, None);
        let t = "提纲:\n一、巩固提升农业产业发展\n二、做好良种繁育工作\n区农业农村局2024年工作计划\n一、巩固提升农业产业发展。大力发展农产品加工业。\n";
        assert_eq!(parts(t).1, None);
    }

    #[test]
    fn item_labels_with_a_sites_word_in_brackets() {
        assert_eq!(super::label_core("寒假防溺水安全工作计划汇报(精选篇1)"), "寒假防溺水安全工作计划汇报");
        assert_eq!(super::label_core("民政年度工作总结范文 『范文1』"), "民政年度工作总结范文");
        let t = "民政年度工作总结范文 『范文1』\n今年以来我局牢牢把握市局提出的重点工作思路,紧扣县委县政府中心工作,各项工作有序推进,现就一年来的工作进行全面总结。\n";
        assert_eq!(parts(t).0.as_deref(), Some("民政年度工作总结范文 『范文1』"));
    }

    #[test]
    fn the_same_title_again_below_the_sites_rows_is_the_reports_own() {
        let t = "卫健局2022年上半年工作总结[市级]\nVIP专免\n15.34KB\n7 页\n卫健局 2022 年上半年工作总结(市级)\n2022年,市卫生健康工作在上级相关部门的精心指导下,统筹推进疫情防控、公立医院改革等各方面工作。\n";
        let d = crate::parse(t);
        let title = d.structure.title.map(|x| &t[x.start..x.end]);
        assert_eq!(title, Some("卫健局 2022 年上半年工作总结(市级)"));
    }

    #[test]
    fn a_title_with_a_slogan_of_two_phrases() {
        let t = "教师节活动主持稿:庆祝教师节日,共筑教育梦想\n尊敬的各位领导、亲爱的老师们、亲爱的同学们,大家下午好!今天,我们汇聚一堂,庆祝每年一次的教师节。作为本次活动的主持人,我倍感荣幸。\n";
        assert_eq!(parts(t).0.as_deref(), Some("教师节活动主持稿:庆祝教师节日,共筑教育梦想"));
        let t = "在庆祝“三八”妇女节座谈会上的讲话:让女性为城市添彩\n同志们:\n今天我们在这里召开座谈会。\n";
        assert_eq!(parts(t).0.as_deref(), Some("在庆祝“三八”妇女节座谈会上的讲话:让女性为城市添彩"));
        // `发言稿` ends the title with its item label in brackets after it.
        let t = "工作汇报公司发言稿(精选篇1)\n尊敬的各位领导:\n大家好!\n";
        assert_eq!(parts(t).0.as_deref(), Some("工作汇报公司发言稿(精选篇1)"));
        // A field with a sentence after its colon is not one.
        assert!(!super::titled_subtitle("工作总结:今年以来,我们认真开展了各项工作并取得成效"));
    }

    #[test]
    fn a_feature_storys_headline_around_a_colon() {
        use super::headline;
        // A subject and what is said of it: the whole line is the title.
        let t = "驻某村工作队:遍访筑起防返贫“拦水坝”\n发布时间:2021年12月07日\n巩固拓展脱贫攻坚成果,关键点是守住不发生规模性返贫的底线。工作队逐户走访,摸清底数,建立台账,落实帮扶措施。\n";
        assert_eq!(parts(t).0.as_deref(), Some("驻某村工作队:遍访筑起防返贫“拦水坝”"));
        let t = "大学生村官工作总结:让青春飘洒在这片热土上\n时光荏苒,转眼间当村官将近两年了。从象牙塔到农村基层,从大学生到小村官,这是一个华丽的转身,我将满怀热情地在农村这片广阔的土地上有所作为。\n";
        assert_eq!(parts(t).0.as_deref(), Some("大学生村官工作总结:让青春飘洒在这片热土上"));
        // A news column's name before a bar is the site's.
        let t = "扶贫手记|某大学驻村干部为你讲述暖心扶贫故事\n发布时间:2020-06-18\n自定点帮扶某县以来,某大学先后遴选多名工作人员到贫困村开展脱贫攻坚帮扶工作,他们克服种种困难,沉下心、弯下腰开展工作。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某大学驻村干部为你讲述暖心扶贫故事"));
        assert!(headline("某某:用双脚丈量责任"));
        assert!(headline("征文:我的扶贫故事"));
        // Fields, labels, addresses, numbered headings and a column before a full report title: not.
        for t in [
            "活动名称:稳定辅导与培力社区组织计划",
            "名  称: 关于完善全县应急体系建设的思考",
            "负责人:某国中、某中心学校",
            "政策解读:某市安全生产治本攻坚三年行动方案",
            "来源:某某日报社",
            "各位领导:今天由我来汇报",
            "一、指导思想:坚持人民至上",
            "关键词:乡村振兴 基层治理",
            "《某社区工作总结:点亮文明之光》",
            "会议指出:要坚决守住底线。",
        ] {
            assert!(!headline(t), "{t}");
        }
    }

    #[test]
    fn a_cited_document_is_no_title() {
        let t = "党的十九大报告首次提出“两个机关”建设,强调要使人大及其常委会成为全面担负起宪法法律赋予的各项职责的工作机关,成为同人民群众保持密切联系的代表机关。\n";
        assert_eq!(parts(t).0, None);
        let t =
            "10月16日上午,党的第二十次全国代表大会在北京隆重开幕。\n总书记在党的二十大报告中指出,必须坚持人民至上。\n";
        assert_eq!(parts(t).0, None);
    }

    #[test]
    fn a_sites_label_under_the_title_does_not_end_it() {
        let t = "总有一种感动 让我心潮澎湃\n\n来源:商会自媒体 发布日期:2014-09-17\n\n正文内容\n\n        刚刚走过的2013年,是我担任商会会长的第五个年头,这五年中有曲折、有磨难、有收获、有喜悦。\n";
        assert_eq!(parts(t).0.as_deref(), Some("总有一种感动 让我心潮澎湃"));
    }

    #[test]
    fn a_joined_title_with_spaces_around_its_figures() {
        let s =
            "XX 县科学技术协会 2021 年工作总结和 2022 年工作计划 2021 年以来,XX 县科协在县委县政府的领导下开展工作。";
        let t = super::shape_title(s, CleanSpan::new(0, s.len())).map(|x| &s[x.start..x.end]);
        assert_eq!(t, Some("XX 县科学技术协会 2021 年工作总结和 2022 年工作计划"));
    }

    #[test]
    fn an_occasion_or_a_body_over_the_title_line() {
        let t = "在区人大六次会议第三次全体会议上\n\n某区长的发言\n\n尊敬的各位代表,同志们:\n刚才,你们用手中神圣的选票选举我担任区长。\n";
        assert_eq!(parts(t).0.as_deref(), Some("在区人大六次会议第三次全体会议上\n\n某区长的发言"));
        let t = "中国人民政治协商会议\n第七届某县委员会常务委员会工作报告\n(2011年3月7日在政协第七届某县委员会第五次会议上)\n各位委员:\n我受常务委员会的委托,向大会报告工作。\n";
        assert_eq!(parts(t).0.as_deref(), Some("中国人民政治协商会议\n第七届某县委员会常务委员会工作报告"));
        // A line that only opens with `在` is no occasion.
        let t = "在希望的田野上\n某村党支部书记的发言\n同志们:\n今天开会。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某村党支部书记的发言"));
    }

    #[test]
    fn speeches_to_a_congress_open_after_the_address() {
        // The address lost its colon; the body opens with `我受…委托`; the section line after
        // it is no title; the bracket opened before the title is the site's.
        let t = "[2020年某区人大常委会工作报告] 2020年是几中全会\n各位代表\n我受区人大常委会的委托,向大会作常委会工作报告,请予审议。\n2019年的工作回顾\n2019年是我区经济社会发展取得新进展的一年,人大工作跃上新台阶。\n";
        assert_eq!(parts(t), (Some("2020年某区人大常委会工作报告".into()), Some("各位代表".into())));
        let t = "现在,我代表区人民政府,向大会作政府工作报告,请予审议,并请区政协委员提出意见。\n2009年工作回顾\n2009年是我区实现稳步发展不寻常的一年。\n";
        assert_eq!(parts(t).0, None);
        // A standing committee's members; the speaker's name glued before the address.
        let t = "主任、各位副主任、秘书长,各位委员:\n我受区人民政府委托,向常委会报告工作,请予审议。\n";
        assert_eq!(parts(t).1.as_deref(), Some("主任、各位副主任、秘书长,各位委员:"));
        let t = "某区政协常委会工作报告\n黎某某各位委员、同志们:\n我代表政协常委会向大会报告工作。\n";
        assert_eq!(parts(t).1.as_deref(), Some("各位委员、同志们:"));
        // An office's address before the same words stays whole.
        let t = "某校教师述职报告\n市教育局领导、各位老师:\n我于2019年调入本校任教。\n";
        assert_eq!(parts(t).1.as_deref(), Some("市教育局领导、各位老师:"));
    }

    #[test]
    fn a_sites_outline_above_the_title() {
        let t = "一、前期工作复盘:主要成效与存在不足\n(一)主要经验与成效\n二、下一步计划\nXX镇关于村级党组织换届工作情况的汇报\n根据上级工作部署,我镇于第三季度全面完成了村级党组织换届选举工作。\n一、前期工作复盘:主要成效与存在不足\n";
        assert_eq!(parts(t).0.as_deref(), Some("XX镇关于村级党组织换届工作情况的汇报"));
        let t = "一、主要做法\n(一)突出政治统领\n(二)压实主体责任\n二、下一步计划\n某局党组2025年抓基层党建工作述职报告\n2025年,局党组坚持把抓基层打基础作为长远之计和固本之举,推动基层党组织全面进步、全面过硬。\n一、主要做法\n(一)突出政治统领\n局党组始终把政治建设摆在首位。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某局党组2025年抓基层党建工作述职报告"));
        let d = crate::parse(t);
        assert!(d.artifacts.iter().any(|a| &t[a.start..a.end] == "(二)压实主体责任"));
        // The body's heading runs on past the outline's words.
        let t = "一、回望耕耘路\n二、对镜正衣冠\n三、擘画新蓝图\n在办公室年度总结会议上的讲话\n同志们:\n今天我们召开年度总结会议,主要任务是盘点成绩、查摆不足、谋划新篇。\n一、回望耕耘路,在服务大局中淬炼硬核担当。过去一年,全办上下勠力同心。\n";
        assert_eq!(parts(t).0.as_deref(), Some("在办公室年度总结会议上的讲话"));
        // The text's own headings at the top, not repeated below, are no outline of the site's.
        let t = "一、主要做法\n(一)突出政治统领\n(二)压实主体责任\n局党组始终把政治建设摆在首位,推动基层党组织全面进步、全面过硬,取得了较好成效。\n二、下一步计划\n";
        assert!(crate::parse(t).artifacts.is_empty());
    }

    #[test]
    fn traditional_letters_and_magazine_pages() {
        // `:::` (a site's access key) over the head's own title is no salutation.
        let t = ":::\n\n董事長的話\n\n2006年文化節即將開始,心理總覺得特別欣喜與感謝,因為我們要向大家報告本基金會這一年的努力成果,與大家共同歡慶。\n";
        assert_eq!(parts(t), (Some("董事長的話".into()), None));
        // A letter's address ended with a comma, after `致`.
        let t = "總監的話\n致 親愛的扶輪社員 ,\n每位社友親身的服務\n是扶輪改善世界的原動力\n";
        assert_eq!(parts(t).1.as_deref(), Some("致 親愛的扶輪社員 ,"));
        // `各位家長好。`: the address without its greeting.
        let t = "某校週記\n\n各位家長好。\n\n秋分過後,晚上比白天長,天氣也漸漸變涼。晴空讓氣溫回暖,不過終究是短暫現象,孩子們都很開心。\n";
        assert_eq!(parts(t).1.as_deref(), Some("各位家長"));
        // A contents page's page-number rows do not use up the head: the address under it is found.
        let mut t = String::from("某地區月報 11\n目錄\n");
        for k in 0..14 {
            if k % 3 == 0 {
                t.push_str("社長文告 活動紀實\n");
            }
            t.push_str(&format!("{} {}\n", k * 2 + 3, k * 2 + 4));
        }
        t.push_str(
            "敬愛的扶輪社友們: 今年努力光耀扶輪已有四個月,我對於扶輪的感覺比以往任何時候都更興奮,我到過許多國家。\n",
        );
        assert_eq!(parts(&t).1.as_deref(), Some("敬愛的扶輪社友們:"));
        // The author's office, or a name and a date, after a space on the title's line.
        let t = "某街道城市基层党建工作的调研报告 某街道党工委书记\n\n近年来,某街道坚持以党建引领基层治理,在实践中探索形成了一些做法,取得了一定成效,也存在一些问题。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某街道城市基层党建工作的调研报告"));
        let t = "執行長感言(上) 松村有格 2004年年報\n\n時光荏苒,一眨眼之間又過了一年,本會也正式邁入第14個年頭,首先在此感謝董事長及各位董事的鼎力相助。\n";
        assert_eq!(parts(t).0.as_deref(), Some("執行長感言(上)"));
        // A periodical's masthead with the issue's month is no title.
        let t = "3520地區總監月報3 月 號\n\nMarch 2015\n\n敬愛的扶輪社友們:\n\n在扶輪,我們有機會與世界各地的扶輪社員建立友誼,分享新的構想,規劃新的服務,及單純一起開心歡樂。\n";
        assert_eq!(parts(t), (None, Some("敬愛的扶輪社友們:".into())));
        // The line over a subtitle opened by one hyphen is the title.
        let t = "本會圖片新聞\n\n  建構一個「可信賴」的工會\n-某總工會第1次代表大會致詞\n【本會理事長 某某/2010.04.07\n\n本會走過一甲子,見證了政治、經濟與社會的轉型,也深度參與了勞工運動,在迎接挑戰中經歷多次自我蛻變。\n";
        assert_eq!(parts(t).0.as_deref(), Some("建構一個「可信賴」的工會"));
    }

    #[test]
    fn site_chrome_is_neither_title_nor_salutation() {
        // A slogan with the site's address glued before a one-line paste; the salutation after a date in brackets.
        let t = concat!(
            "某某文库—资料每日更新 www.example.com县人大会议表态发言某县县长(2025 年 1 月 6 日)",
            "各位代表,同志们:今天,大会选举我担任县长。我深知,每一张选票都凝结着各位代表的信任与托付,",
            "承载着全县人民的期盼与厚望,我深感责任重大。半年多来,我调研部门、企业,深入乡镇,与基层干部、",
            "企业家、老百姓进行广泛交流。我将倍加珍惜党和人民赋予的神圣职责,团结带领县政府一班人,",
            "坚持为人民出政绩、以实干出政绩,在县人大、县政协以及社会各界的监督支持下,全力推动全县高质量发展。"
        );
        assert_eq!(parts(t), (Some("县人大会议表态发言".into()), Some("各位代表,同志们:".into())));
        // `时间:` alone on a line is a site field, not a salutation.
        assert_eq!(parts("2023年某乡镇年度工作计划\n时间:\n推荐文章\n一、经济发展").1, None);
        // Nor a field name with words before it (`发布时间:`, `本文目录导读:`); the label under it names the text.
        let t = "县长讲话稿(精选3篇)\n发布时间:\n县长讲话稿(精选3篇)\n县长讲话稿 篇1\n各位同志,今天召开全县生态创建工作大会,既是一次工作例会,也是一次再部署、再落实的动员会。刚才,几位同志分别作了发言,讲得很好,我完全同意。\n";
        assert_eq!(parts(t), (Some("县长讲话稿 篇1".into()), Some("各位同志".into())));
        let t = "本文目录导读:\n《某社区上半年工作总结:凝心聚力,共建家园》\n半年来,社区认真开展各项工作。\n";
        assert_eq!(parts(t), (Some("某社区上半年工作总结:凝心聚力,共建家园".into()), None));
        // An item label glued before the address belongs to the title.
        let t = "某校校长述职报告8篇\n某校校长述职报告 篇1尊敬的各位领导、各位老师:\n大家好!\n";
        assert_eq!(parts(t), (Some("某校校长述职报告 篇1".into()), Some("尊敬的各位领导、各位老师:".into())));
        // A report word inside a cited document's name does not make a title.
        let t = "根据《关于某某活动督查存在问题的情况通报》和《关于报送自查情况报告的通知》文件要求，我局立即组织开展自查，现将自查情况汇报如下：\n一、自查工作情况\n由局长带队开展检查。";
        assert_eq!(parts(t).0, None);
    }

    #[test]
    fn a_column_tag_a_page_number_and_an_author_line_are_not_the_title() {
        // Before: `【工作落实】` stayed in the title; `1、` under a document site's row was a
        // heading and the text had no title; the author's office and name were the title.
        let t = "【工作落实】某镇2023年三季度民政工作落实情况\n来源:某镇发布时间:2023-10-19\n某镇民政办切实履行社会事务管理职能,推动民政工作全面协调发展。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某镇2023年三季度民政工作落实情况"));
        let t = "《河長(zhǎng)制工作總結(jié) (2)》由會(huì)員分享,可在線閱讀,更多相關(guān)《河長(zhǎng)制工作總結(jié) (2)(4頁(yè)珍藏版)》請(qǐng)?jiān)谏纤阉鳌\n1、河長(zhǎng)制工作總結(jié)\n我鎮(zhèn)位于綠水河主河道上,上游為永樂(lè)鎮(zhèn),下游為文星鎮(zhèn)。\n";
        assert_eq!(parts(t).0.as_deref(), Some("河長(zhǎng)制工作總結"));
        assert!(outline(t).is_empty());
        let t = "某省某市某镇某村党支部书记助理 王某某\n在大三的那一年,我就坚定了考取“大学生村官”的信念,身边有好多同学问我为什么。\n";
        assert_eq!(parts(t).0, None);
        // A headline in two halves on one line keeps both; an occasion or a paper's case
        // after the dash goes.
        let t = "聚焦重点抓排查 紧盯问题强整治——市交通运输局深入推进安全生产隐患排查整治专项行动\n自专项行动开展以来,市交通运输局严格按照行动方案,强化源头安全监管。\n";
        assert_eq!(
            parts(t).0.as_deref(),
            Some("聚焦重点抓排查 紧盯问题强整治——市交通运输局深入推进安全生产隐患排查整治专项行动")
        );
        let t = "农商银行以党建激发经营管理活力的思考 ——以四川某农商银行为例\n作为服务“三农”的地方性金融机构,农商银行在支持乡村振兴中扮演着重要角色。\n";
        assert_eq!(parts(t).0.as_deref(), Some("农商银行以党建激发经营管理活力的思考"));
        // Still the title: a tag that is a report's name of its own.
        let t = "【春节联欢晚会串词】各位观众朋友们,大家好!\n在这辞旧迎新的美好时刻,我们迎来了春节。";
        assert_eq!(parts(t).0.as_deref(), Some("春节联欢晚会串词"));
    }

    #[test]
    fn site_tags_around_a_title_and_addresses_to_the_people_in_the_room() {
        // A site's category tag in square brackets before the title, a run of quality tags after it.
        let t = "某某演讲稿\n[实用发言稿] 2022年秋季开学工作会议讲话稿\n同志们:\n今天召开秋季开学工作会议。";
        assert_eq!(parts(t).0.as_deref(), Some("2022年秋季开学工作会议讲话稿"));
        assert_eq!(
            parts("[2019主持词]某村村民代表会主持词\n各位户代表,今天召集大家开会,主要任务是换届选举。").0.as_deref(),
            Some("某村村民代表会主持词")
        );
        assert_eq!(
            parts("某局工作总结及工作计划(全文完整)\n今年以来,我局认真落实各项工作。").0.as_deref(),
            Some("某局工作总结及工作计划")
        );
        // Round brackets before a title are its own words, not a tag.
        assert!(site_tag("实用发言稿") && site_tag("2019主持词") && site_tag("精选") && !site_tag("县委书记"));
        assert!(quality_tag("全文完整") && quality_tag("精选") && !quality_tag("区县") && !quality_tag(""));
        // An address to staff, parents or team-mates; a greeting glued on without a comma is dropped.
        let t = "某院领导演讲致辞篇1\n亲爱的全院职工:\n伴着新春的气息,我们走过了硕果累累的一年。";
        assert_eq!(parts(t).1.as_deref(), Some("亲爱的全院职工:"));
        let t = "某校长开学讲话(精选7篇)\n某校长开学讲话 篇一:\n各位队友大家好,我是某某艺术高中部校长,胥某某。\n首先,欢迎大家回到学校,为什么我没有讲各位老师好呢?我想这里是大家成为老师的开始,未来我们一起成长。";
        assert_eq!(parts(t), (Some("某校长开学讲话 篇一".into()), Some("各位队友".into())));
        // An editor's `导读:` paragraph does not end the head: the notice's own title and addressees follow.
        let t = concat!(
            "某市人民政府办公厅关于促进开发区发展的通知\n",
            "导读:加强新形势下开发区的改革和创新发展,对于我市抓住重要历史性窗口期、全面建成高质量小康社会具有重要意义。\n",
            "某政办函〔2017〕103号\n某市人民政府办公厅关于促进开发区发展的通知\n各区人民政府,各委、局,各直属单位:\n现将方案印发给你们。"
        );
        assert_eq!(parts(t).1.as_deref(), Some("各区人民政府,各委、局,各直属单位:"));
    }

    #[test]
    fn a_slogan_title_over_its_subtitle_and_a_body_clause_that_is_no_title() {
        // Two halves of a slogan over the `——在…上` subtitle, neither naming the kind: one slice.
        let t = "某部部长在工作会议上的工作报告\n发布日期:2024-01-27\n深入学习贯彻全国生态环境保护大会精神\n以美丽中国建设全面推进和谐共生的现代化\n——在2024年全国工作会议上的工作报告\n同志们:\n这次会议的主要任务是总结工作。";
        assert_eq!(
            parts(t).0.as_deref(),
            Some("深入学习贯彻全国生态环境保护大会精神\n以美丽中国建设全面推进和谐共生的现代化")
        );
        // Two short halves over the salutation; not a page title over its numbered copy.
        let t = "狠抓安全管理\n构建和谐环境\n尊敬的各位领导:\n大家好!下面我代表某镇政府,就我镇安全生产的情况向各位领导作简要汇报,不妥之处请批评指正。";
        assert_eq!(parts(t).0.as_deref(), Some("狠抓安全管理\n构建和谐环境"));
        let t = "政协大会闭幕词\n政协大会闭幕词1\n各位委员、各位同志:\n市政协十届四次会议顺利完成了预定议程,现在就要闭幕了,几天来各族各界委员集聚一堂。";
        assert!(!parts(t).0.unwrap_or_default().contains('\n'));
        // A first paragraph opening with a clause of purpose gives no title, however it ends.
        let t = "为贯彻落实市、区禁毒委关于春节期间开展禁毒宣传活动的安排,加大我局禁毒宣传教育力度,进一步增强居民的防毒意识,我局开展了系列活动。\n一、活动重点\n本次宣传的重点对象是青少年。";
        assert_eq!(parts(t).0, None);
        // `计划` run on into `计划生育` is no title's end.
        let t = "2006年某区计划生育协会在区委、区政府的正确领导下,紧紧围绕稳定低生育水平的目标,做了大量有效的工作。\n一、进一步健全协会组织\n区计生协会今年健全了组织。";
        assert_eq!(parts(t).0, None);
    }

    #[test]
    fn the_own_title_with_a_spaced_report_word_and_a_foreword_over_the_title() {
        // The report's own line, its report word spaced out and the address glued on, over the page's copy.
        let t = "某镇2021年度乡村振兴及集镇建设工作汇报\n来源:三支一扶 发布时间:2021-02-24\nXX镇2021年度乡村振兴及集镇建设工作 汇 报 尊敬的A组长,各位领导,同志们:\n首先,我代表镇党委、政府对各位领导于百忙之中抽出宝贵时间到XX镇开展走访调研表示热烈的欢迎,对各位领导心系XX、关注XX的发展表示衷心的感谢。";
        assert_eq!(
            parts(t),
            (Some("XX镇2021年度乡村振兴及集镇建设工作 汇 报".into()), Some("尊敬的A组长,各位领导,同志们:".into()))
        );
        // An editor's `前言` and its paragraphs stand over the article's own title and byline.
        let t = concat!(
            "前言\n",
            "为拓宽干部实践锻炼渠道,某县委县政府选派乡镇、县直单位的19名党员干部和业务骨干赴某区跟班学习,为期一个月。\n",
            "见贤思齐,奋辑笃行。现开设跟班学习心得体会专栏,组织跟班干部围绕工作实际谈感想、说体会、话发展,供全县党员干部学习借鉴。\n",
            "以学促干 不断推动乡域发展\n某县某乡党委副书记、乡长 张某\n",
            "来到某区,第一站就与当地的年轻干部一同参加中青班学习。一周集中学习下来,感受到当地交通、经济、文化的飞速发展。"
        );
        assert_eq!(parts(t).0.as_deref(), Some("以学促干 不断推动乡域发展"));
    }

    #[test]
    fn an_ordinal_item_label_is_the_title_under_the_page_title() {
        assert_eq!(collection_label("银行存款工作总结范文第1篇"), (false, true, false));
        assert_eq!(collection_label("银行存款工作总结范文5篇"), (true, false, false));
        assert_eq!(collection_label("乡镇残联工作总结 1篇"), (false, true, false));
        let t = "银行存款工作总结范文\n2023-09-19\n银行存款工作总结范文第1篇\n存款始终是市场难解之题,存款人运作它、银行竞争它、监管者调控它、整个社会都关注它,银行的经营离不开存款。\n存款养育造就了银行经营\n一家大银行,九成以上的账户是存款结算类账户,九成以上的客户是存款结算类客户。";
        assert_eq!(parts(t).0.as_deref(), Some("银行存款工作总结范文第1篇"));
        // A list number before the item label is the site's; the label line is no heading.
        let t = "基层社区治理的重要性\n2024-09-14\n基层社区治理的重要性(精选7篇)\n1.基层社区治理的重要性 篇一\n为加速推进全国文明城市创建工作,加强我区环境卫生管理、全面提升城区环境卫生工作质量,特制定本实施方案。\n一、指导思想\n二、整治要求";
        assert_eq!(parts(t).0.as_deref(), Some("基层社区治理的重要性 篇一"));
        assert_eq!(outline(t).iter().map(|x| x.0).collect::<Vec<_>>(), [1, 1]);
    }

    #[test]
    fn a_document_number_under_the_title_is_its_front_matter() {
        assert!(doc_number("沪奉府办发〔2024〕3号") && doc_number("某政办函[2017]103号"));
        // A form's title ends in 表 before a run-on heading.
        let t = "校园安全隐患排查与整改报告表一、报告说明为贯彻落实上级关于做好学校安全工作的通知精神,全面排查校园安全隐患,确保师生安全,特开展本次排查工作。二、排查范围包括教学楼、宿舍和食堂。";
        assert_eq!(parts(t).0.as_deref(), Some("校园安全隐患排查与整改报告表"));
        // A one-line paste's address with its greeting set off by spaces; a bare greeting is none.
        assert_eq!(
            super::salutation_len("各位学员朋友 大家好 我今天向大家汇报的题目是"),
            Some("各位学员朋友 大家好".len())
        );
        assert_eq!(super::salutation_len("大家好 我今天向大家汇报的题目是"), None);
        // Several addressees between commas glued to the first paragraph.
        let t = "校长在家长会上的讲话\n尊敬的各位家长、孩子的爸爸妈妈,亲爱的某小学的家人们,欢迎你们再次来到某小学,参加学校的家长会。经历了三年的疫情,我们终于又在校园里相见了,大家辛苦了。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的各位家长、孩子的爸爸妈妈,亲爱的某小学的家人们"));
        // A notice's units alone on their line with the colon lost, over the first paragraph.
        let t = "关于印发《某区统计调查质量管理办法》的通知\n各镇人民政府、街道办事处,区政府相关工作部门,有关单位\n为全面提升统计数据质量,切实防范和惩治统计造假、弄虚作假,根据有关法律法规,结合我区实际,制定本办法,现印发给你们,请认真贯彻执行。";
        assert_eq!(parts(t).1.as_deref(), Some("各镇人民政府、街道办事处,区政府相关工作部门,有关单位"));
        // A federation's or a province's notice to a dozen kinds of unit.
        let t = "关于开展社科普及周活动的通知\n各市、县(市、区)社科联,高校(党校)社科联,业务主管社会组织,省级科研平台,省级社科普及基地,机关各处室、《某某社会科学》杂志社:\n为深入贯彻落实有关精神,进一步推动社会科学普及工作,经研究,决定开展社科普及周活动。";
        assert_eq!(parts(t).1.as_deref(), Some("各市、县(市、区)社科联,高校(党校)社科联,业务主管社会组织,省级科研平台,省级社科普及基地,机关各处室、《某某社会科学》杂志社:"));
        // One addressee and then the body is no list.
        assert_eq!(super::comma_address_list("尊敬的各位家长,欢迎你们再次来到某小学参加家长会。"), None);
        assert!(!doc_number("2024年3号文件") && !doc_number("〔2024〕3号") && !doc_number("某政办函〔2017〕"));
        // The date and occasion under a title, broken over lines and spaced by a PDF, are no title.
        assert!(
            super::front_matter("2021 年 2 月 4 日在某县第十六届人民代表")
                && super::front_matter("人民代表大会第四次会议上")
        );
        assert!(!super::front_matter("在全县经济工作会议上的讲话"));
        assert!(
            super::menu_row("无障碍版 长者助手 登录")
                && !super::menu_row("关于2023 年度")
                && !super::menu_row("紧抓改革机遇 深入推进发展")
        );
        assert!(
            super::front_matter("二〇一一年六月")
                && super::front_matter("2011年6月")
                && !super::front_matter("2011年工作总结")
        );
        // A title line with its date and occasion run on after a space.
        let t = "国务院关于乡村产业发展情况的报告 2019年4月21日在第十三届全国人民代表大会常务委员会第十次会议上\n乡村振兴,产业兴旺是基础。党中央、国务院高度重视乡村产业发展,习近平总书记指出,产业兴旺是解决农村一切问题的前提。";
        assert_eq!(parts(t).0.as_deref(), Some("国务院关于乡村产业发展情况的报告"));
        let t = "文件名称 | 某区2025年政府工作报告 | |\n2025年3月21日在某区第十九届\n人民代表大会第四次会议上\n某区人民政府代区长 某某某\n各位代表:\n现在,我代表区人民政府,向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。";
        assert_eq!(parts(t), (None, Some("各位代表:".into())));
        // The notice's own title over its number wins over the page's copy with the issuer glued on.
        let t = "某区人民政府办公室关于印发《某区优化营商环境行动方案》的通知\n字号:\n关于印发《某区优化营商环境行动方案》的通知\n某府办发〔2024〕3号\n各镇人民政府,街道办事处,区政府各部门:\n现将《某区优化营商环境行动方案》印发给你们,请认真按照执行。";
        assert_eq!(parts(t).0.as_deref(), Some("关于印发《某区优化营商环境行动方案》的通知"));
    }

    #[test]
    fn long_lists_of_guests_wrapped_and_honoured_addresses_are_one_salutation() {
        // Over 40 characters: a list of guests by office on a line of its own; the greeting goes.
        let t = "县议会定期大会开幕致词\n王县长、李副县长、张副县长、陈秘书长、县府一级主管、议员同仁,以及所有媒体朋友们大家好:\n欣逢本届议会定期大会开幕,首先恭喜县长在城市幸福大调查中排名进步。";
        assert_eq!(
            parts(t).1.as_deref(),
            Some("王县长、李副县长、张副县长、陈秘书长、县府一级主管、议员同仁,以及所有媒体朋友们")
        );
        let t = "毕业典礼致词稿\n各位与会长官贵宾、各位辛苦的毕业班导师、各位家长及本校同仁,以及我最亲爱的六年级毕业生、五年级在校生,大家晚安:\n首先要感谢各位贵宾及家长莅临本校,参加本学年度毕业典礼。";
        assert_eq!(
            parts(t).1.as_deref(),
            Some("各位与会长官贵宾、各位辛苦的毕业班导师、各位家长及本校同仁,以及我最亲爱的六年级毕业生、五年级在校生")
        );
        // Small-form punctuation (`﹑﹐﹕`) reads as the usual marks.
        let t = "年会开幕致词全文\n侨务委员会王副委员长﹑侨联总会李理事长﹑教育部侨教会张主任委员﹑以及各位侨界先进﹑侨联各位朋友﹐大家好﹕\n今天我非常荣幸能够来参加年会。";
        assert_eq!(
            parts(t).1.as_deref(),
            Some("侨务委员会王副委员长﹑侨联总会李理事长﹑教育部侨教会张主任委员﹑以及各位侨界先进﹑侨联各位朋友")
        );
        // A sentence that lists offices before its verb is no address, however long.
        assert_eq!(super::salutation_len("县委书记、县长、副县长、县委副书记、县人大常委会主任、县政协主席等领导同志出席了今天的会议并作了讲话:\n"), None);
        // Not alone on its line: no long address.
        assert_eq!(
            super::salutation_len(
                "王县长、李副县长、张副县长、陈秘书长、县府一级主管、议员同仁,以及所有媒体朋友们大家好:欣逢大会"
            ),
            None
        );
        // An address the layout wrapped mid-list is one slice across the break.
        let t = "毕业典礼欢迎辞\n尊敬的王教授、各位嘉宾、各位校董、各位\n家长、各位老师、各位同学:\n下午好!今天,我们在这里隆重举行毕业典礼,欢送本届毕业生。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的王教授、各位嘉宾、各位校董、各位\n家长、各位老师、各位同学:"));
        // The guest of honour on a line of their own over the address.
        let t = "行政长官在开幕式的演辞\n刘某某副主席\n各位嘉宾,各位朋友:\n今天,来自世界各地的朋友相聚一堂,共商发展大计,我谨代表特区政府表示热烈欢迎。";
        assert_eq!(parts(t).1.as_deref(), Some("刘某某副主席\n各位嘉宾,各位朋友:"));
        // A page's or a notice's label is no addressee.
        let t = "信箱说明:\n1、欢迎您通过市长信箱对政府工作提出意见与建议;\n2、您的信件提交后,我们将尽快转给相关职能部门处理。";
        assert_eq!(parts(t).1, None);
    }

    #[test]
    fn a_date_stamp_glued_before_the_title_is_not_the_title() {
        assert_eq!(super::date_stamp_len("12/22/2017.圣诞餐会校长致辞全文"), "12/22/2017.".len());
        assert_eq!(super::date_stamp_len("2023-05-08某镇工作总结"), "2023-05-08".len());
        assert_eq!(super::date_stamp_len("2023年某镇工作总结"), 0);
        assert_eq!(super::date_stamp_len("2025.03.04 某镇工作总结"), 0);
        let t = "12/22/2017.圣诞共融餐会 校长致辞全文\n发布日期 2017-12-22\n再次衷心感谢各位伙伴的辛劳,也谢谢各位家属来到现场与我们共欢。";
        assert_eq!(parts(t).0.as_deref(), Some("圣诞共融餐会 校长致辞全文"));
    }

    #[test]
    fn a_day_date_a_quoted_slogan_and_a_glued_unit_around_the_title() {
        // The page's date of the day after a title is the page's; a period stays.
        assert_eq!(super::without_end_mark("局长出席开幕典礼致辞全文(十月四日)"), "局长出席开幕典礼致辞全文");
        assert_eq!(super::without_end_mark("某议案发言 (2021.07.14)"), "某议案发言");
        assert_eq!(
            super::without_end_mark("高标准农田建设行动方案(2023—2025年)"),
            "高标准农田建设行动方案(2023—2025年)"
        );
        // A comma inside a quoted slogan makes no sentence of the title line.
        let t = "在教育募捐晚会上的致词\n时间:2022-06-07 07:05:00\n在教育募捐晚会上的致词\n在“心系教育,爱满校园”募捐文艺晚会上致词\n尊敬的各位领导,各位来宾,朋友们:\n今晚,我们在这里隆重举行募捐文艺晚会。";
        assert_eq!(parts(t).0.as_deref(), Some("在“心系教育,爱满校园”募捐文艺晚会上致词"));
        // The unit a report is sent to, glued after its title, over a first sentence under 60 characters.
        let t = "山区乡镇有关情况调研报告区新农办:\n根据有关通知要求,我们对全镇的发展情况进行了调研,现将调研情况汇报如下:\n一、某镇的基本情况\n";
        assert_eq!(parts(t), (Some("山区乡镇有关情况调研报告".into()), Some("区新农办:".into())));
        // A news column in brackets before a feature story's `subject:headline`.
        let t = "【脱贫攻坚 扶贫人物】某某某:用双脚丈量责任\n文章来源:某集团 发布时间:2021-08-21\n清秀的面庞晒得黝黑,标准的普通话添了河南味,这是他两年来的改变。";
        assert_eq!(parts(t).0.as_deref(), Some("某某某:用双脚丈量责任"));
    }

    #[test]
    fn an_address_over_three_lines_and_a_bracketed_column_before_the_title() {
        // Guests of honour by name and office, then the room, then the ladies and gentlemen.
        let t = "大学2017年毕业典礼演辞\n2017年5月27日\n林某某主席、赵某校长,\n各位嘉宾、各位家长、各位老师、各位同学,\n女士們、先生們:\n今天,大学在这里隆重举行毕业典礼,这是应届毕业生和他们的家长的盛大节日。";
        assert_eq!(
            parts(t).1.as_deref(),
            Some("林某某主席、赵某校长,\n各位嘉宾、各位家长、各位老师、各位同学,\n女士們、先生們:")
        );
        // A site's column in brackets before a report title is not the title's (T4); a title
        // word inside the brackets makes them the title's own (`【某园长致辞】`).
        let t = "【卫水文化】副镇长某某同志在主题笔会开幕式上的讲话\n同志们、朋友们!\n今天,我们在这里隆重举行主题笔会开幕式,我代表镇党委、镇政府表示祝贺。";
        assert_eq!(parts(t).0.as_deref(), Some("副镇长某某同志在主题笔会开幕式上的讲话"));
        let d = crate::parse(t);
        assert!(d.artifacts.iter().any(|a| &t[a.start..a.end] == "【卫水文化】"));
        // A title and its item number glued before the address on one line.
        let t = "口腔医生个人述职报告1尊敬的各位院领导:\n我于2019年7月毕业后进入医院口腔科工作,现将一年来的工作情况述职如下。";
        assert_eq!(parts(t), (Some("口腔医生个人述职报告1".into()), Some("尊敬的各位院领导:".into())));
        // With a site header found, two glosses glued together stay two artefacts.
        let t = "【卫水文化】副镇长某某同志在主题笔会开幕式上的讲话\n同志们:\n清秀的(de)(de)面庞晒得黝黑,标准的普通话添了河南味,这是他两年来的改变。";
        let d = crate::parse(t);
        assert_eq!(d.artifacts.iter().filter(|a| &t[a.start..a.end] == "(de)").count(), 2, "{:?}", d.artifacts);
    }

    #[test]
    fn addresses_with_offices_first_bracketed_units_and_foreign_names() {
        // A long greeting on its own line between the address and the body.
        let t = "以下为致辞全文:\n尊敬的某某荣誉主席,\n各位好朋友:\n大家晚安,晚上好!\n第八届论坛已经圆满闭幕,今晚,我们再次略备薄酒为大家送行,并向大家表示感谢。";
        assert_eq!(parts(t).1.as_deref(), Some("尊敬的某某荣誉主席,\n各位好朋友:"));
        // A bracketed alternative's commas inside a notice's units.
        assert!(super::addressee_list("某区各相关单位、各乡镇(场、片区、街道)人民政府"));
        assert!(super::salutation_len("县委副书记、县长:").is_none());
        // The room's parts over the address's last line.
        let t = "副镇长在主题笔会开幕式上的讲话\n某镇书画培训班各位老师、学友,广大书画同道、爱好者,\n同志们、朋友们!\n今天,我们在这里隆重举行主题笔会开幕式,我代表镇党委、镇政府表示热烈祝贺。";
        assert_eq!(parts(t).1.as_deref(), Some("某镇书画培训班各位老师、学友,广大书画同道、爱好者,\n同志们、朋友们!"));
        // A letter read out as an address names its kind (`贺信`, `慰问信`).
        let t = "您当前的位置:新闻网 -> 新闻 -> 正文\n新春贺信\n发布时间:2023年01月21日 来源:新闻网\n各位父老乡亲、同志们、朋友们:\n天地春晖近,日月开新年。在这辞旧迎新的美好时刻,我们向全县人民致以新年的祝福。";
        assert_eq!(parts(t).0.as_deref(), Some("新春贺信"));
        // A foreign name's space is no figure.
        assert!(super::salutation_len("尊敬的Richard Elam厅长:").is_some());
        // A title line with the page's date after it: the title without it.
        let t = "某某主委在经贸圆桌会议的致辞稿(2014.8.28)\n尊敬的某某副主席,\n各位领导,各位来宾:\n非常高兴今天我们迎来了各位尊贵的客人,首先请让我代表主办方表示热烈欢迎。";
        assert_eq!(parts(t).0.as_deref(), Some("某某主委在经贸圆桌会议的致辞稿"));
    }

    #[test]
    fn a_speakers_offices_a_yearbook_entry_and_a_login_prompt_are_no_title() {
        // The speaker's offices under the title, listed with `、` or in brackets, name no text.
        let t = "人民选我当代表 当好代表为人民\n某县第十六届人大代表、某乡某村党支部书记\n王某某\n密切联系选民,当好人民群众的代言人。我当人大代表后,每次人代会召开前都要收集选民的意见。\n";
        assert_eq!(parts(t).0.as_deref(), Some("人民选我当代表 当好代表为人民"));
        let t = "熟知党员的条件做一名合格共产党员\n发布时间:2014-11-25\n(学院党委委员、某学院党总支书记罗某)\n同学们大家好,今天我就党员的条件、义务和权利和大家一起来学习。\n";
        assert_eq!(parts(t).0.as_deref(), Some("熟知党员的条件做一名合格共产党员"));
        // A yearbook's entry between middle dots; its marks are no site junk.
        let t = "·区政府办公室工作·\n\n【概况】区政府办公室作为全区政府系统工作运转的枢纽,是领导进行决策的参谋助手。\n";
        let d = crate::parse(t);
        assert_eq!(parts(t).0.as_deref(), Some("区政府办公室工作"));
        assert!(d.artifacts.iter().all(|a| &t[a.start..a.end] != "·"), "{:?}", d.artifacts);
        // A login prompt and a government page's field row are the site's; `小结` names a report.
        let t = "某市国土局组织各乡镇开展地质灾害排查工作\n查看隐藏内容(*)需先登录\n某市国土局组织各乡镇开展地质灾害排查工作,根据省厅的通报精神,市国土局会同各镇开展了排查。\n";
        assert_ne!(parts(t).0.as_deref(), Some("查看隐藏内容(*)需先登录"));
        let t = "发布机构 某乡人民政府 发文日期 2022-03-30\n信息来源 某乡人民政府 主题导航 综合政务\n\n【林长制】某乡2022年1季度护林员工作小结\n\n某国家森林公园(某区块)\n\n1、开展巡林,重点巡查森林防火。\n";
        assert_eq!(parts(t).0.as_deref(), Some("某乡2022年1季度护林员工作小结"));
    }

    #[test]
    fn headlines_of_short_phrases_and_a_title_with_a_colon() {
        // A news headline's commas are a slogan's: it is the title over the story's body.
        let t = "多措并举,群防群控!某镇抓好社区疫情防控常态化工作\n为打赢疫情防控阻击战,某镇某社区将坚持做好返乡人员登记工作作为严防疫情输入的有力抓手,努力守好人民群众生命健康安全。\n";
        assert_eq!(parts(t).0.as_deref(), Some("多措并举,群防群控!某镇抓好社区疫情防控常态化工作"));
        // The same phrases after a paragraph of the body are a heading of it, not the title.
        let t = "会议即将结束。下面我重点就贯彻落实这次会议精神,提出三点要求,请大家认真抓好落实,确保各项任务不折不扣完成:\n统一思想,坚定实现全年目标任务的信心和决心\n要充分认清发展的有利条件,进一步增强做好工作的紧迫感和责任感,这是全体干部职工的共同心声。\n";
        assert_eq!(parts(t).0, None);
        // A page's counter with its value lost is the site's, not an address.
        for label in ["访问量:", "浏览次数:", "點擊數："] {
            let t = format!("某乡2023年政府信息公开工作年度报告\n\n{label}\n\n根据条例规定,编制2023年度本乡政府信息公开年度报告,现予公布。\n");
            let d = crate::parse(&t);
            assert_eq!(parts(&t).1, None, "{label}");
            assert!(d.artifacts.iter().any(|a| &t[a.start..a.end] == label), "{label}");
        }
        // A spam site's name before the title on its line is the site's.
        let t = "99某某会(中国)官方网站 农业农村局2024年工作总结和2025年工作安排\n一、2024年工作总结\n今年以来,在区委、区政府坚强领导下,区农业农村局全面完成各项工作任务。\n";
        let d = crate::parse(t);
        assert_eq!(parts(t).0.as_deref(), Some("农业农村局2024年工作总结和2025年工作安排"));
        assert!(d.artifacts.iter().any(|a| t[a.start..a.end].ends_with("官方网站")), "{:?}", d.artifacts);
        // A unit addressed over the report's covering sentence (`现将…报告如下:`), also one that
        // closes the first sentence; a reply's `回复:` label over the title addresses no one.
        let t = "某县水利局2022年工作总结及2023工作安排情况报告\n某水字〔2022〕152号\n中共某县委办公室:\n现将水利局工作总结及下一步工作安排报告如下:\n一、基本情况\n";
        assert_eq!(parts(t).1.as_deref(), Some("中共某县委办公室:"));
        let t = "回复:\n某镇人民政府\n关于某村村民反映道路坍塌风险\n的调查报告\n某县人民政府办公室:\n自接到专报后,某镇高度重视,立即成立调查组,现将调查情况如下:\n一、基本情况\n";
        assert_eq!(parts(t).1.as_deref(), Some("某县人民政府办公室:"));
        // A site's first item number before a `…范文` title line alone over the text.
        for mark in ["1.", "1、"] {
            let t = format!("{mark}街道社区调研报告范文\n社区是城市社会的基本构成单位,是三个文明建设的重要阵地,也是构建社会主义和谐社会的基础。大力加强社区建设,推动城区经济社会的健康快速发展。\n");
            let d = crate::parse(&t);
            assert_eq!(parts(&t).0.as_deref(), Some("街道社区调研报告范文"), "{mark}");
            assert!(d.artifacts.iter().any(|a| t[a.start..a.end] == *mark), "{mark}");
        }
        // A forum's column in square brackets before the title, set off by a space.
        let t = "[市民呼声] 一个村长改变一个落后村庄的事迹\n他上任以来,带领村民修路架桥、发展产业,村里的面貌发生了翻天覆地的变化,群众交口称赞。\n";
        assert_eq!(parts(t).0.as_deref(), Some("一个村长改变一个落后村庄的事迹"));
        // A section's label (`…简况:`) over its text is no address.
        let t = "某小学劳动教育工作总结\n校内外劳动基地简况:\n学校现有校内劳动基地2处,面积约1200平方米,校外合作基地3处,可满足全校学生劳动实践需要。\n";
        assert_eq!(parts(t).1, None);
        // A short plural greeted at once (`会员们大家好:`) addresses a group; a pronoun does not.
        let t = "某某会长短言\n\n会员们大家好:我是会长,今天我想和大家说说心里话,我当会长有十来年了。\n";
        assert_eq!(parts(t).1.as_deref(), Some("会员们"));
        let t = "某某会长短言\n\n他们大家好:我是会长,今天我想和大家说说心里话。\n";
        assert_eq!(parts(t).1, None);
        // A letter's office greeted at once (`县长好:`, `书记您好:`): the office is the address.
        for (t, want) in [
            ("县长好:我是某镇某村人,从某村通往某村的水泥路前两年还能看见有人维护。", "县长"),
            ("书记您好:我是某镇某村人,村里的路多年没有维护。", "书记"),
        ] {
            assert_eq!(parts(&format!("信件标题:乡道维护问题\n{t}\n")).1.as_deref(), Some(want));
        }
        // A headline's first phrase may run to 24 characters.
        let t = "某村八任书记荣登“中国好人榜”敬业奉献好人!为他们点赞!\n\n2020-10-14 17:11\n\n近日,中央文明办发布2020年1月“中国好人榜”,某村八任书记光荣上榜,被评为敬业奉献好人。\n";
        assert_eq!(
            parts(t).0.as_deref().map(|x| x.trim_end_matches('!')),
            Some("某村八任书记荣登“中国好人榜”敬业奉献好人!为他们点赞")
        );
        // A forum reply's talk over the text it passes on is no headline.
        let t = "从网上找的一个,你看看~~\n尊敬的家长、亲爱的小朋友们:\n大家好!今天是一个特殊的日子,我们齐聚在这里参加学前班孩子们的毕业典礼。\n";
        assert_eq!(parts(t).0, None);
        // A colon after a report word opens the text, as a title does (`…讲话:` over its slogan).
        let t = "校长在2025年秋季开学教师大会上的讲话:\n以师者之名,为点灯人\n亲爱的老师们:\n大家上午好!\n不知道大家有没有这样的感受,每次开学前一晚都会忍不住想明天的课。\n";
        assert_eq!(
            parts(t).0.as_deref().map(|x| x.trim_end_matches(':')),
            Some("校长在2025年秋季开学教师大会上的讲话")
        );
        assert_eq!(parts(t).1.as_deref(), Some("亲爱的老师们:"));
    }

    #[test]
    fn titles_broken_over_lines_and_bracketed_item_numbers() {
        // The report word itself broken at the line's end: one title over both lines.
        let t = "软弱涣散基层党组织现状及存在问题调研报\n告\n党的基层组织是党全部工作的基础,农村基层党组织肩负着落实党的各项方针政策的重大任务。\n";
        assert_eq!(parts(t).0.as_deref(), Some("软弱涣散基层党组织现状及存在问题调研报\n告"));
        // The occasion opened with `在` on the line above and closed by `上的发言` below.
        let t = "在全市创建国家卫生城市总结表彰暨全国\n文明城市推进工作会议上的发言\n尊敬的各位领导:\n大家好。非常荣幸在这里和大家交流创卫心得,分享成功喜悦。\n";
        assert_eq!(parts(t).0.as_deref(), Some("在全市创建国家卫生城市总结表彰暨全国\n文明城市推进工作会议上的发言"));
        // `【第一篇】` after the title numbers the page's item: a tag, not a count header.
        let t = "实用教师节校长代表发言稿(样稿)【精选8篇】\n教师节校长代表发言稿【第一篇】\n尊敬的各位领导、老师们:\n我们又迎来了教师节。今天,全镇教师欢聚一堂,共同庆祝我们自己的节日。\n";
        assert_eq!(parts(t).0.as_deref(), Some("教师节校长代表发言稿"));
        // `【第1篇】X怎么写`: the label opens the line, and a how-to page's question is no title.
        let t = "【第1篇】旅游考察报告怎么写2850字\n某年5月,某某文化旅游考察团一行29人赴某地考察,历时9天,收获很大。\n";
        let d = crate::parse(t);
        assert_eq!(parts(t).0, None);
        assert!(
            d.artifacts.iter().any(|a| &t[a.start..a.end] == "【第1篇】旅游考察报告怎么写2850字"),
            "{:?}",
            d.artifacts
        );
    }
}
