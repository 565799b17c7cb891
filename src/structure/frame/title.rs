//! Title candidates and their features (issue 9). Takes the clean view, its head lines, the
//! salutation and the first heading; gives every span the frame's rules could call the title
//! (whole head lines, their shaped, wrapped and spaced forms, `第N篇:` labels, the title of a
//! one-line paste, a label glued to the body, the value of a `标 题 |` metadata field, the words
//! inside `【…】`/`《…》`; a table row's cell bars trimmed off) plus "no title", each with a
//! vector of small integer features. `eval/title/fit.py` fits a linear score over them out of
//! pool.

use super::{
    after_count_header, after_first_label, after_site_address, author_prefix, body_line, byline, collection_label,
    colon_title, continued_title, decorated, despaced, front_matter, glued_label, han, has_title_word, label_core,
    lead_in, leading_copies, next_line, one_line_title, padded, prefixed_title, sentence_line, shape_title, site_line,
    spaced_title, unbracketed, wrapped_start,
};
use crate::blocks;
use crate::span::CleanSpan;
use crate::tables::{
    any_digit, contains_any, ends_with_any, is_han, starts_with_any, BODY_OPENINGS, BYLINE_OFFICES, FOREWORD_LABELS,
    HOW_TO_WORDS, ISSUER_ENDS, MINUTES_LABELS, OFFICE_ENDS, SECTION_NAME_WORDS, SITE_FIELD_LABELS, SPEECH_OPENINGS,
    STRONG_TITLE_WORDS, SURNAMES, TITLE_DECORATIONS, TITLE_JOINERS, TITLE_WORDS,
};

macro_rules! features {
    ($($name:ident = $id:literal,)*) => {
        /// Feature indexes.
        #[allow(non_upper_case_globals, dead_code)]
        pub(crate) mod f {
            features!(@idx 0usize, $($name,)*);
        }
        /// The features' names, in index order (the dump's and the fit's column names).
        pub const FEATURES: &[&str] = &[$($id),*];
    };
    (@idx $n:expr, $head:ident, $($rest:ident,)*) => {
        pub const $head: usize = $n;
        features!(@idx $n + 1usize, $($rest,)*);
    };
    (@idx $n:expr,) => {};
}

features! {
    NONE = "none",
    NONE_SAL_FIRST = "none:salutation-first",
    NONE_NO_TITLE_WORD = "none:no-title-word",
    NONE_HEAD_EMPTY = "none:head-empty",
    NONE_ONE_LINE = "none:one-line",
    NONE_SUBTITLE_FIRST = "none:subtitle-first",
    FIRST = "first-line",
    SECOND = "second-line",
    LATER = "later-line",
    LAST = "last-before-front",
    SAL_NEXT = "salutation-next",
    SAL_SAME_LINE = "salutation-same-line",
    HEADING_NEXT = "heading-next",
    BODY_NEXT = "body-next",
    FRONT_BELOW = "front-matter-below",
    BYLINE_BELOW = "byline-below",
    LEN_SHORT = "len<6",
    LEN_MID = "len6-12",
    LEN_LONG = "len13-30",
    LEN_XLONG = "len31-60",
    LEN_HUGE = "len>60",
    ENDS_STRONG = "ends-strong-word",
    ENDS_TITLE = "ends-title-word",
    HAS_TITLE = "has-title-word",
    COUNT = "count-header",
    ITEM = "item-label",
    PREFIX_LINE = "prefix-label-line",
    DECORATION = "decoration-word",
    ADDRESS = "site-address",
    SENTENCE = "sentence-punct",
    ENDS_PUNCT = "ends-punct",
    COLON = "colon",
    QUESTION = "question",
    BAR = "bar",
    DASH_START = "dash-start",
    BRACKET_START = "bracket-start",
    DIGIT_START = "digit-start",
    FEW_HAN = "few-han",
    COPY_EARLIER = "shorter-copy-of-earlier",
    COPY_LATER = "shorter-copy-of-later",
    COPIED_BELOW = "copied-shorter-below",
    SAME_ELSEWHERE = "same-text-elsewhere",
    DECORATED_FORM = "decorated-form",
    PLAIN_FORM = "plain-of-decorated",
    PADDED = "padded-copy",
    ITEM_COPIES = "item-copies-title",
    SHAPED = "shaped",
    WRAPPED = "wrapped",
    SPACED = "spaced",
    PRE_SAL = "before-salutation-in-line",
    ONE_LINE = "one-line-title",
    PREFIX_X = "after-prefix-label",
    GLUED = "glued-item-label",
    PARTIAL = "part-of-line",
    NEAREST = "nearest-title-line",
    WRAPPED_BARE = "wrapped-without-title-word",
    UNSHAPED = "rules-reject-line",
    UNBALANCED = "unbalanced-brackets",
    OWN_UNDER = "own-title-under-page-title",
    ITEM_FOLLOWED = "item-label-followed",
    IN_SITE_ROW = "inside-site-row",
    SITE = "site-line",
    LEAD_IN = "lead-in",
    COUNT_LINE = "count-header-line",
    SUFFIX_OF_EARLIER = "suffix-of-earlier",
    AUTHOR_COLON = "author-colon",
    CELLS = "table-cells",
    ITEM_UNDER_PAGE = "item-under-page-title",
    PAGE_OVER_ITEM = "page-title-over-item",
    YEAR_DROPPED = "copy-without-year",
    CLAUSE_AFTER = "clause-after",
    CONTINUED = "continued-over-lines",
    PHRASES = "headline-phrases",
}

/// Number of features.
pub const NF: usize = FEATURES.len();

/// One candidate: a span of the clean view (`None`: no title) and its features.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub span: Option<CleanSpan>,
    pub f: [i32; NF],
}

/// Which length bucket `t` falls in.
fn len_feature(t: &str) -> usize {
    match han(t) {
        0..=5 => f::LEN_SHORT,
        6..=12 => f::LEN_MID,
        13..=30 => f::LEN_LONG,
        31..=60 => f::LEN_XLONG,
        _ => f::LEN_HUGE,
    }
}

/// `——在…会议上的讲话`: the subtitle under a title.
fn subtitle(t: &str) -> bool {
    t.starts_with(&['—', '－'][..]) || t.starts_with("--")
}

/// `t` has a report word, spaced out or not (`…工作 汇 报`).
fn spaced_or_titled(t: &str) -> bool {
    has_title_word(t) || has_title_word(&despaced(t))
}

/// The features of `t` alone: words, punctuation, shape.
fn text_features(t: &str, f: &mut [i32; NF]) {
    let on = |b: bool| i32::from(b);
    f[len_feature(t)] = 1;
    // `…开学教师大会上的讲话:` over its slogan line: a colon after a strong report word introduces
    // the text, as a title does, not a field or a sentence.
    let t = t.strip_suffix(&[':', '：'][..]).filter(|x| ends_with_any(&despaced(x), STRONG_TITLE_WORDS)).unwrap_or(t);
    // `…建设工作 汇 报`: a report word spaced out is still the report word.
    let joined = despaced(t);
    f[f::ENDS_STRONG] = on(ends_with_any(&joined, STRONG_TITLE_WORDS));
    f[f::ENDS_TITLE] = on(ends_with_any(&joined, TITLE_WORDS));
    f[f::HAS_TITLE] = on(has_title_word(t) || has_title_word(&joined));
    let (count, item, _) = collection_label(t);
    // `X3篇   X一`: a count header run on into an item label is a count header still.
    f[f::COUNT] = on(count || after_count_header(t, CleanSpan::new(0, t.len())).is_some());
    f[f::ITEM] = on(item);
    f[f::DECORATION] = on(contains_any(t, TITLE_DECORATIONS));
    // `…主持稿:庆祝教师灵魂,共筑教育梦想`: a title and its slogan are not a sentence or a field.
    let slogan = colon_title(t);
    f[f::SENTENCE] = on(!slogan && unbracketed(t).contains(&['。', '，', ','][..]));
    f[f::ENDS_PUNCT] = on(t.ends_with(&['。', '！', '？', '；', '：', ':', '，', ','][..]));
    f[f::COLON] = on(!slogan && t.contains(&['：', ':'][..]));
    f[f::QUESTION] = on(t.contains(&['?', '？'][..]));
    f[f::DASH_START] = on(t.starts_with(&['—', '-', '－'][..]));
    f[f::BRACKET_START] = on(t.starts_with(['（', '(', '【', '[']));
    f[f::DIGIT_START] = on(t.starts_with(crate::tables::ascii_digit));
    f[f::FEW_HAN] = on(han(t) * 2 <= t.chars().count());
    f[f::SPACED] = on(spaced_title(t) || t.contains('\n') && t.lines().any(spaced_title));
    f[f::WRAPPED] = on(t.contains('\n'));
    f[f::AUTHOR_COLON] = on(author_prefix(t).is_some());
    f[f::WRAPPED_BARE] = on(t.contains('\n') && !has_title_word(t));
    // Always 0 since candidates with inner bars are dropped (`add`); kept so the fitted weights keep their indexes.
    f[f::CELLS] = on(t.contains('|'));
    let pairs = [('《', '》'), ('〈', '〉'), ('（', '）'), ('(', ')'), ('“', '”'), ('「', '」'), ('『', '』')];
    f[f::UNBALANCED] = on(pairs.iter().any(|&(a, b)| t.matches(a).count() != t.matches(b).count()));
}

/// `多措并举,群防群控!某镇抓好社区疫情防控工作`, `不辱使命,开拓奋进二十载——庆祝…`: a news or
/// feature headline of a few short phrases. Its commas are a slogan's, not a sentence's: no
/// sentence end anywhere, none at its own end, and no phrase longer than a headline's.
fn headline_phrases(t: &str) -> bool {
    let t = t.trim();
    // One walk: the phrases between commas, `!`, dashes and spaces (Han counted in each), and
    // no mark of a sentence, a field or talk (`从网上找的一个,你看看~~` is a forum reply).
    let (mut phrases, mut open, mut short, mut total, mut commas) = (0, 0usize, false, 0, false);
    for c in t.chars().chain([' ']) {
        if "，,！!—　 ".contains(c) {
            commas |= "，,！!".contains(c);
            if open > 0 {
                phrases += 1;
                short |= !(2..=24).contains(&open);
            }
            open = 0;
        } else if "。；;？?：:|、~～你吗吧呢啊".contains(c) {
            return false;
        } else if is_han(c) {
            open += 1;
            total += 1;
        }
    }
    (12..=40).contains(&total)
        && (2..=4).contains(&phrases)
        && !short
        && commas
        && !t.ends_with(&['，', ',', '—'][..])
        && !t.starts_with(|c: char| c.is_ascii_digit() || "(（【[".contains(c))
        && !has_title_word(t)
        && !t.contains("各位")
}

/// Labels of a page's title field (a name's, `crate::tables::NAME_FIELDS`, gives a title only with
/// a report word).
const TITLE_FIELDS: &[&str] = &["标题", "標題", "文件标题", "文件標題", "文章标题", "文章標題"];

/// `标 题 | X |`, `标题: X`, `名称: | X报告 |`: the title field of a page's metadata rows, X.
fn title_field(s: &str, h: CleanSpan) -> Option<CleanSpan> {
    let t = &s[h.start..h.end];
    let label: String = t.chars().take(6).take_while(|c| is_han(*c) || blocks::is_space(*c)).collect();
    let bare: String = label.chars().filter(|c| !blocks::is_space(*c)).collect();
    let named = crate::tables::NAME_FIELDS.contains(&bare.as_str());
    if !named && !TITLE_FIELDS.contains(&bare.as_str()) {
        return None;
    }
    let rest = &t[label.len()..];
    let x = rest.trim_start_matches(|c: char| blocks::is_space(c) || matches!(c, ':' | '：' | '|'));
    let a = h.start + t.len() - x.len();
    let b = a + super::without_end_mark(&x[..x.find('|').unwrap_or(x.len())]).len();
    let named_ok = |x: &CleanSpan| has_title_word(&s[x.start..x.end]) && !later_section_below(&s[h.end..]);
    Some(blocks::trim(s, CleanSpan::new(a, b))).filter(|x| han(&s[x.start..x.end]) >= 4 && (!named || named_ok(x)))
}

/// The text under a page's metadata rows opens with a sub-section's mark (`(1)自然地理`): it is a
/// later part of the named document, which the excerpt does not title (T7).
fn later_section_below(rest: &str) -> bool {
    let first =
        rest.lines().map(str::trim).find(|l| !l.is_empty() && !l.contains('|') && !l.ends_with(&[':', '：'][..]));
    first.is_some_and(|l| {
        let inner = l.trim_start_matches(&['(', '（'][..]);
        inner.len() < l.len()
            && inner.chars().next().is_some_and(|c| any_digit(c) || crate::tables::han_digit(c).is_some())
    })
}

/// `【X】`, `《X》`: a candidate wrapped whole in brackets, X.
fn unwrapped(t: &str) -> Option<(usize, usize)> {
    let pairs = [('【', '】'), ('《', '》'), ('[', ']'), ('〔', '〕')];
    let (a, b) = pairs.iter().find(|&&(a, b)| t.starts_with(a) && t.ends_with(b))?;
    let inner = &t[a.len_utf8()..t.len() - b.len_utf8()];
    (!inner.contains(&[*a, *b][..])).then_some((a.len_utf8(), t.len() - b.len_utf8()))
}

/// An item label (`…报告1`, `篇一`) or a numbered sample (`…范文一`, `…范文1`).
fn numbered(t: &str) -> bool {
    let core = super::label_core(t);
    collection_label(t).1 || core.len() < t.trim_end().len() && ends_with_any(core, TITLE_DECORATIONS)
}

/// `…工作總結范文一` under `…工作總結`, `…精選范文`: an item label and a page title that open
/// with the same words (at least four, and half of the shorter).
fn same_opening(item: &str, page: &str) -> bool {
    // `2023年度…` before the page's copy of an undated label: a site dates the title it copies.
    let core = super::label_core(item);
    let page = if without_leading_year(core) == core { without_leading_year(page) } else { page };
    let common = core.chars().zip(page.chars()).take_while(|(a, b)| a == b).count();
    common >= 4 && common * 2 >= core.chars().count().min(page.chars().count())
}

/// `t` without a leading year (`2021年`, `2023年度`, `20xx年`).
fn without_leading_year(t: &str) -> &str {
    let digits = t.trim_start_matches(|c: char| any_digit(c) || matches!(c, 'x' | 'X'));
    let n = t.len() - digits.len();
    match digits.trim_start().strip_prefix('年').map(|r| r.strip_prefix('度').unwrap_or(r)) {
        Some(r) if (4..=12).contains(&n) => r.trim_start(),
        _ => t,
    }
}

/// `某镇重点工作汇报` under `2021年某镇重点工作汇报`: `t` is `longer` without its leading year
/// (`2021年`, `二〇二一年度`, `20xx年`), the way a site shortens the title it copies.
fn without_year(t: &str, longer: &str) -> bool {
    let rest = without_leading_year(longer);
    rest.len() < longer.len() && !t.trim().is_empty() && rest.trim() == t.trim()
}

/// `调查背景与目的`, `总体目标和要求`: a generic section name, all of it words of
/// `SECTION_NAME_WORDS` (up to 12 characters).
fn section_name(t: &str) -> bool {
    let mut rest = t.trim().trim_end_matches(&[':', '：'][..]);
    if rest.is_empty() || rest.chars().nth(12).is_some() {
        return false;
    }
    while !rest.is_empty() {
        match SECTION_NAME_WORDS.iter().find(|w| rest.starts_with(*w)) {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
    true
}

/// `周振宇 高敬东 陈剑琦`: the authors' names between spaces, each opening with a common surname
/// (different ones: `高起点 高标准` is a slogan).
fn names_line(t: &str) -> bool {
    let (mut firsts, mut n) = (['\0'; 8], 0);
    for w in t.split(blocks::is_space).filter(|w| !w.is_empty()) {
        let f = w.chars().next().unwrap_or(' ');
        let k = w.chars().count();
        if n == 8
            || !(2..=3).contains(&k)
            || !w.chars().all(is_han)
            || !SURNAMES.contains(f)
            || firsts[..n].contains(&f)
        {
            return false;
        }
        (firsts[n], n) = (f, n + 1);
    }
    n >= 2
}

/// `X(通用28篇)X篇1`, `X3篇   X一:`: the item label a count header runs on into, its colon
/// dropped, cut from the body when the paste goes on (T3).
#[inline(never)]
fn label_after_count(s: &str, sp: CleanSpan) -> Option<CleanSpan> {
    let r = after_count_header(s, sp)?;
    let x = match one_line_title(s, r) {
        Some(t) if s[r.start..r.end].chars().nth(60).is_some() => t,
        _ => r,
    };
    let x = shape_title(s, x)?;
    let t = &s[x.start..x.end];
    let t = t.strip_suffix(&['：', ':'][..]).unwrap_or(t);
    Some(CleanSpan::new(x.start, x.start + t.len()))
}

/// Candidates found so far: (span, head line index, kind features).
type Spans = Vec<(CleanSpan, usize, Vec<usize>)>;

/// Add `sp` (trimmed) to the candidates with feature `kind`, unless it cannot be a title. One
/// function for the many places that add (a closure there was copied into each of them).
#[inline(never)]
fn add_candidate(s: &str, spans: &mut Spans, sp: CleanSpan, hk: usize, kind: usize) {
    // A table row's cell bars around a candidate are not part of it (`…工作思路 |`).
    let sp = blocks::trim(s, sp);
    let t = &s[sp.start..sp.end];
    let inner = t.trim_matches(|c: char| c == '|' || blocks::is_space(c));
    let a = sp.start + (t.len() - t.trim_start_matches(|c: char| c == '|' || blocks::is_space(c)).len());
    let sp = CleanSpan::new(a, a + inner.len());
    // Spec §1: a title is a line of up to 60 characters; a plain report title may run a
    // little longer (T8), a paragraph may not.
    let x = &s[sp.start..sp.end];
    let paragraph = x.chars().nth(60).is_some() && unbracketed(x).contains(&['，', ',', '。', '；', ';'][..]);
    // A site's bar inside (`乡镇政府工作总结|乡镇人民政府五年工作总结`) or two colons
    // (`20220726:…工作汇报:镇…汇报材料`): rows of the site around a title, never a title
    // (the line's shaped part is a candidate of its own).
    // A site's address (`【628568.com--心得體會】`) likewise.
    let rows = x.contains(&['|', '｜'][..]) || x.matches(&['：', ':'][..]).nth(1).is_some() || x.contains(".com");
    // `…讲话稿如何写`, `…考察报告怎么写`: a how-to page's question, not a report's title.
    let how_to = contains_any(x, HOW_TO_WORDS);
    // Copies of its own short form before a title (`会议主持词会议主持词某某会议主持词`): the site's
    // (the shaped part is a candidate of its own).
    // A title pasted twice whole (`某某述职报告某某述职报告`): the site's copy glued to the report's
    // own (the second copy is a candidate of its own).
    // So is one pasted twice with a space between (`X X`).
    let halves = x.split_once(blocks::is_space).map(|(a, b)| (a, b.trim_start_matches(blocks::is_space)));
    let twice = x.len() % 2 == 0 && x.is_char_boundary(x.len() / 2) && {
        let (a, b) = x.split_at(x.len() / 2);
        a == b && a.chars().nth(3).is_some() && has_title_word(a)
    } || halves.is_some_and(|(a, b)| a == b && a.chars().nth(3).is_some() && has_title_word(a));
    // A page's date stamp before the title (`12/22/2017.…`): the shaped part is a candidate of its own.
    // So is a site's mark after it (`(2014.8.28)`, `(精编)`, `.docx`: T4).
    let marked = super::without_end_mark(x).len() < x.trim_end().len();
    let copies = leading_copies(x) > 0 || twice || super::date_stamp_len(x) > 0 || marked;
    if sp.is_empty()
        || copies
        || han(x) < 2
        || x.chars().nth(100).is_some()
        || paragraph
        || rows
        || how_to
        || section_name(x)
        || names_line(x)
        || issuer_name(x)
        || done_clause(x)
        || photo_caption(x)
    {
        return;
    }
    match spans.iter_mut().find(|x| x.0 == sp) {
        Some(x) => x.2.push(kind),
        None => spans.push((sp, hk, vec![kind])),
    }
}

/// `张某某(中)颁发证书予…`, `图为…`: a photo's caption, with a position in the picture
/// (`(中)`, `（左二）`, [`crate::tables::PHOTO_POSITIONS`]) or a caption word.
fn photo_caption(x: &str) -> bool {
    contains_any(x, crate::tables::CAPTION_WORDS) || contains_any(x, crate::tables::PHOTO_POSITIONS)
}

/// `大会听取和审议了政府工作报告`: an aspect particle makes a clause a sentence saying what was
/// done; no gold title has one (`为了`, `了解`, `除了`, `了不起` are other words).
fn done_clause(x: &str) -> bool {
    x.match_indices('了').any(|(i, _)| {
        let (before, after) = (&x[..i], &x[i + '了'.len_utf8()..]);
        !before.ends_with(&['为', '為', '除'][..]) && !after.starts_with(&['解', '不'][..])
    })
}

/// `某某供电公司`, `某县经济普查领导小组办公室`, `社會服務委員會主席`: a body's or an office's name
/// alone (no report word) issues or signs a text, it does not title it.
fn issuer_name(x: &str) -> bool {
    let x = x.trim();
    x.chars().count() <= 30
        && x.chars().all(is_han)
        && !has_title_word(x)
        && (ends_with_any(x, ISSUER_ENDS) || ends_with_any(x, BYLINE_OFFICES))
}

/// A head line that reads as a title: shaped, with a report word, no sentence, not the site's.
fn title_like(s: &str, h: CleanSpan) -> bool {
    let line = &s[h.start..h.end];
    !site_line(line)
        && shape_title(s, h).is_some_and(|x| {
            let t = &s[x.start..x.end];
            spaced_or_titled(t)
                && !unbracketed(t).contains(&['。', '，', ','][..])
                && !t.starts_with(&['—', '-', '－'][..])
        })
}

/// A line ending in an office and a name set off by a space (`某局局长 郑某某`), the name's two
/// characters maybe spaced out too (`某院院长 周 宏`).
fn office_byline(line: &str) -> bool {
    let words: Vec<&str> = line.split(blocks::is_space).filter(|w| !w.is_empty()).collect();
    let spaced_name = words.len() >= 3 && words[words.len() - 2..].iter().all(|w| w.chars().count() == 1);
    let name_words = if spaced_name { 2 } else { 1 };
    words.len() > name_words && ends_with_any(words[words.len() - name_words - 1], OFFICE_ENDS)
}

/// `某县某镇党委书记 张某某`: the speaker's byline, an office and a name (never a title, nor a
/// piece of one).
pub(super) fn speaker_byline(line: &str) -> bool {
    office_byline(line) && byline(line)
}

/// `某县人大代表、某村党支部书记`, `(学院党委委员、某学院党总支书记罗某)`: the speaker's offices
/// under a title, listed with `、` or in brackets, the last one maybe followed by the name.
fn office_list(line: &str) -> bool {
    let t = line.trim();
    let inner = t.strip_prefix(&['(', '（'][..]).and_then(|x| x.strip_suffix(&[')', '）'][..]));
    let bare = inner.unwrap_or(t);
    let named = |x: &str| {
        let n = x.chars().count();
        ends_with_any(x, OFFICE_ENDS)
            || (2..=3)
                .any(|k| k < n && ends_with_any(&x[..x.char_indices().nth(n - k).map_or(0, |c| c.0)], OFFICE_ENDS))
    };
    (inner.is_some() || bare.contains('、'))
        && bare.chars().count() <= 40
        && bare.chars().all(|c| is_han(c) || c == '、')
        && !has_title_word(bare)
        && named(bare)
}

/// Every title candidate of the head, with "no title" first. `sal` is the salutation's start
/// (clean bytes), `first_heading` the first heading's.
pub(crate) fn candidates(
    s: &str,
    lines: &[blocks::CleanLine],
    head: &[CleanSpan],
    sal: Option<usize>,
    first_heading: usize,
) -> Vec<Candidate> {
    let mut spans: Spans = Vec::new();
    let add = |spans: &mut Spans, sp: CleanSpan, hk: usize, kind: usize| add_candidate(s, spans, sp, hk, kind);
    let (mut after_paragraph, mut foreword, mut announced) = (false, false, false);
    for (hk, &h) in head.iter().enumerate() {
        if announced {
            break;
        }
        let inside = sal.filter(|&p| p > h.start && p < h.end);
        if sal.is_some_and(|p| h.start >= p) {
            break;
        }
        if let Some(p) = inside {
            let pre = blocks::trim(s, CleanSpan::new(h.start, p));
            if !pre.is_empty() {
                // The line before the address as it stands, unless its shape cut what a site put
                // before the title (`X范文X同志们:`: the site's copy is not the title's).
                let shaped = shape_title(s, pre);
                if shaped.is_none_or(|x| !(x.start > pre.start && x.end == pre.end)) {
                    add(&mut spans, pre, hk, f::PRE_SAL);
                }
                if let Some(x) = shaped {
                    add(&mut spans, x, hk, f::PRE_SAL);
                }
                if let Some(x) = label_after_count(s, pre) {
                    add(&mut spans, x, hk, f::PREFIX_X);
                }
                // `…整理汇总。某镇2023年政府工作报告各位代表:`: a site's sentence ends before the title.
                if let Some((_, r)) = s[pre.start..pre.end].rsplit_once(['。', '！', '？']) {
                    if let Some(x) = shape_title(s, CleanSpan::new(pre.end - r.len(), pre.end)) {
                        add(&mut spans, x, hk, f::PRE_SAL);
                    }
                }
            }
            break;
        }
        let line = &s[h.start..h.end];
        // `今年以来,某街道…。` / `矛盾纠纷排查化解工作扎实推进`: the report's own first paragraph has
        // begun, so a line after it is a section's, not the title.
        let opening = starts_with_any(line, BODY_OPENINGS) || starts_with_any(line, SPEECH_OPENINGS);
        let sentence = sentence_line(line);
        if opening && (body_line(line) || sentence) && !lead_in(line) {
            break;
        }
        // `1-10月,全县招商引资工作…取得了显著成效,情况如下:`: the report's own paragraph announces
        // what follows, so a line under it is a section's (T7: the text opens with body); a
        // bracketed title glued before it is still the title.
        let announces = ends_with_any(line.trim_end(), &["如下:", "如下："]);
        announced = announces && sentence && !lead_in(line) && !site_line(line);
        // `为深入贯彻…。` / `强化顶层设计`: after a paragraph of the report's own, a line with no
        // report word is a section's name (a site's intro paragraph is followed by a titled line).
        if after_paragraph && !has_title_word(line) {
            continue;
        }
        // The paragraph under an editor's label (`前言`) is the page's.
        foreword |= FOREWORD_LABELS.contains(&line.trim_end_matches(&['：', ':'][..]).trim());
        after_paragraph |=
            !foreword && body_line(line) && line.trim_end().ends_with('。') && !lead_in(line) && !site_line(line);
        // `某市某区审计局局长 郑某某`, `某区人民法院院长 周 宏`: a byline names the speaker, not the text.
        if speaker_byline(line) && !has_title_word(line) || office_list(line) {
            continue;
        }
        // `主持人:李某(村主任)`: a field of a meeting's minutes.
        if line.split_once([':', '：']).is_some_and(|(l, _)| MINUTES_LABELS.contains(&l.trim())) {
            continue;
        }
        // `投标截止时间-`, `发布时间`: a field of the site's rows with its value left empty.
        let field = line.trim_end_matches(&['-', '－', ':', '：', ' '][..]);
        if han(field) <= 8 && ends_with_any(field, SITE_FIELD_LABELS) && !has_title_word(field) {
            continue;
        }
        // A collection header is never the title, even without its count, nor a `第N篇 X`
        // label line (X is, below), nor a `——在…上` subtitle (T3, T6 in
        // eval/TITLE-CONVENTIONS.md).
        let (count, _, prefix) = collection_label(line);
        // `2025年3月21日在某区第十九届` / `(2024年1月23日)` / `某府办发〔2024〕3号`: the title
        // block's front matter, never the title.
        if front_matter(line) && !line.starts_with(&['—', '－', '-'][..]) {
            continue;
        }
        // `三、实施情况……………4`: an entry of a table of contents, by the outline's reading, with
        // leader dots (a page number glued to the words, `范文1`, is an item label's).
        let page = line.trim_end().trim_end_matches(crate::tables::ascii_digit);
        if ["……", "...", "··", "．．"].iter().any(|d| page.ends_with(d))
            && crate::structure::outline::is_contents_line(line)
        {
            continue;
        }
        if count || prefix || subtitle(line) {
            if let Some(x) = prefixed_title(s, h) {
                add(&mut spans, x, hk, f::PREFIX_X);
            }
            if let Some(x) = label_after_count(s, h) {
                add(&mut spans, x, hk, f::PREFIX_X);
            }
            // `…[推荐5篇]第一篇:X近年来,…`: a one-line paste goes on after its labels; the title
            // is cut from what follows the last one.
            let mut rest = Some(h).filter(|_| line.chars().nth(60).is_some());
            while let Some(r) = rest {
                if let Some(x) = one_line_title(s, r).and_then(|t| shape_title(s, t)).filter(|x| x.start > h.start) {
                    add(&mut spans, x, hk, f::ONE_LINE);
                }
                rest = after_first_label(s, r).filter(|x| x.start > r.start);
            }
            continue;
        }
        // `《…5篇》属于年度总结中比较优秀的内容,欢迎参考。`: the site's sentence about the text names
        // it, but no part of it is the title.
        if lead_in(line) && line.ends_with(&['。', '！', '!'][..]) && line.chars().nth(80).is_none() {
            continue;
        }
        // `某某(中国)官方网站 某局工作总结`: a site's name before a space is never the title's.
        let shaped = shape_title(s, h);
        let named_site = line.find(blocks::is_space).is_some_and(|p| super::site_name(&line[..p]));
        // `…整改措施一、自查自纠工作开展总体情况`: a title run on into a heading is no title whole.
        if (!named_site || shaped.is_none_or(|x| x.start == h.start)) && super::run_on_heading(line).is_none() {
            add(&mut spans, h, hk, f::FIRST);
        }
        // `【脱贫攻坚 扶贫人物】某某:用双脚丈量责任`: a news column in brackets before a feature
        // story's headline; the headline is a candidate of its own.
        if let Some((_, rest)) = super::lead_bracket(line).filter(|x| x.0.len() <= 42) {
            if super::headline(rest) {
                add(&mut spans, CleanSpan::new(h.end - rest.len(), h.end), hk, f::SHAPED);
            }
        }
        if let Some(x) = label_after_count(s, h) {
            add(&mut spans, x, hk, f::PREFIX_X);
        }
        // `…讲话稿开头 篇一:`: an item label's colon before its text is not the title's.
        if let Some(x) = line.strip_suffix(&['：', ':'][..]).filter(|x| label_core(x).len() < x.trim_end().len()) {
            add(&mut spans, CleanSpan::new(h.start, h.start + x.len()), hk, f::FIRST);
        }
        if let Some(x) = title_field(s, h) {
            // No feature of its own: as one, it moved no held-out pool (eval/SCORES.md).
            add(&mut spans, x, hk, f::FIRST);
        }
        if shaped.is_none() {
            add(&mut spans, h, hk, f::UNSHAPED);
        }
        if let Some(x) = shaped {
            add(&mut spans, x, hk, f::SHAPED);
            if x.start == h.start {
                let w = wrapped_start(s, &head[..hk], x);
                if w != x {
                    add(&mut spans, w, hk, f::WRAPPED);
                }
            }
        }
        if spaced_title(line) {
            add(&mut spans, wrapped_start(s, &head[..hk], h), hk, f::WRAPPED);
        }
        if let Some(x) = prefixed_title(s, h) {
            add(&mut spans, x, hk, f::PREFIX_X);
        }
        if line.chars().nth(60).is_some() {
            // Not when the line's own shape already cut that title (`…计划打算一、…`).
            if let Some(x) = one_line_title(s, h).and_then(|t| shape_title(s, t)).filter(|x| shaped != Some(*x)) {
                add(&mut spans, x, hk, f::ONE_LINE);
            }
        }
    }
    // `…述职报告1在院团委…`: an item label glued to a copy of a candidate at the body's start.
    let n = spans.len();
    for k in 0..n {
        let (sp, hk) = (spans[k].0, spans[k].1);
        if let Some(g) = glued_label(s, lines, first_heading, sp) {
            add(&mut spans, g, hk, f::GLUED);
        }
    }

    for k in 0..spans.len() {
        let (sp, hk) = (spans[k].0, spans[k].1);
        if let Some((a, b)) = unwrapped(&s[sp.start..sp.end]) {
            add(&mut spans, CleanSpan::new(sp.start + a, sp.start + b), hk, f::FIRST);
        }
    }

    // `…工作总结` cut from `…工作总结及…工作计划` on the same line: a conjunction carries the
    // title on (`shape_title` keeps it whole; a one-line paste's cut does not know it).
    let cut: Vec<CleanSpan> = spans
        .iter()
        .filter(|x| {
            spans
                .iter()
                .any(|d| d.0.start == x.0.start && d.0.end > x.0.end && s[x.0.end..d.0.end].starts_with(TITLE_JOINERS))
        })
        .map(|x| x.0)
        .collect();
    spans.retain(|x| !cut.contains(&x.0));
    // Non-site head lines before the salutation, for positions.
    let usable: Vec<usize> = head
        .iter()
        .enumerate()
        .take_while(|(_, h)| sal.is_none_or(|p| h.start < p))
        .filter(|(_, h)| !site_line(&s[h.start..h.end]))
        .map(|(k, _)| k)
        .collect();
    let texts: Vec<&str> = spans.iter().map(|x| &s[x.0.start..x.0.end]).collect();
    // A line carrying the salutation after its title is judged by the part before it.
    let before_sal = |h: CleanSpan| match sal {
        Some(p) if p > h.start && p < h.end => blocks::trim(s, CleanSpan::new(h.start, p)),
        _ => h,
    };
    let nearest = usable.iter().rev().copied().find(|&k| title_like(s, before_sal(head[k])));
    let site_rows: Vec<&str> = head.iter().map(|h| &s[h.start..h.end]).filter(|t| site_line(t) || lead_in(t)).collect();
    let mut out = Vec::with_capacity(spans.len() + 1);
    let mut none = [0; NF];
    none[f::NONE] = 1;
    let first_usable = usable.first().map(|&k| head[k]);
    none[f::NONE_SAL_FIRST] = i32::from(sal.is_some() && usable.is_empty());
    // A feature story's `subject:headline` is a title without a report word.
    none[f::NONE_NO_TITLE_WORD] = i32::from(!texts.iter().any(|t| has_title_word(t) || super::headline(t)));
    none[f::NONE_HEAD_EMPTY] = i32::from(head.is_empty() || first_usable.is_none());
    none[f::NONE_ONE_LINE] = i32::from(first_usable.is_some_and(|h| body_line(&s[h.start..h.end])));
    none[f::NONE_SUBTITLE_FIRST] = i32::from(
        first_usable
            .is_some_and(|h| s[h.start..h.end].starts_with(&['—', '－'][..]) || s[h.start..h.end].starts_with("--")),
    );
    out.push(Candidate { span: None, f: none });
    for (i, (sp, hk, kinds)) in spans.iter().enumerate() {
        let mut fv = [0; NF];
        let t = texts[i];
        let h = head[*hk];
        let line = &s[h.start..h.end];
        text_features(t, &mut fv);
        // `《…总结:点亮文明之光,共建和谐社区》` alone on its line: the marks name a work, and the
        // punctuation inside them is the name's, not a sentence's or a field's.
        if unwrapped(line.trim()).is_some() && line.trim().starts_with('《') && line.trim().len() == t.len() + 6 {
            fv[f::SENTENCE] = 0;
            fv[f::COLON] = 0;
        }
        for &k in kinds {
            if k != f::FIRST {
                fv[k] = 1;
            }
        }
        fv[f::PARTIAL] = i32::from(*sp != h);
        // `…决算报告;某县人民政府高度重视,…`: a cut before a clause mark is a sentence's words.
        let after = s[sp.end.min(h.end)..h.end].trim_start();
        fv[f::CLAUSE_AFTER] =
            i32::from(after.chars().nth(1).is_some() && after.starts_with(&['；', ';', '，', ',', '、'][..]));
        // A line pasted twice in a row (the page's title over its own copy) stands where the first stands.
        let at = usable.iter().position(|&k| k == *hk).map(|i| {
            let up = i.checked_sub(1).map(|j| head[usable[j]]);
            i - usize::from(up.is_some_and(|u| s[u.start..u.end] == *line))
        });
        match at {
            Some(0) => fv[f::FIRST] = 1,
            Some(1) => fv[f::SECOND] = 1,
            _ => fv[f::LATER] = 1,
        }
        // The next non-empty line after the candidate's end.
        let next = next_line(lines, sp.end);
        let next_t = next.map_or("", |l| &s[l.start..l.end]);
        // A date under the title is still its block: what the title heads comes after (a
        // salutation is still read right under the line, where an author's field stands over it).
        let past = match next {
            Some(l) if front_matter(next_t) && !front_matter(t) => next_line(lines, l.end),
            _ => next,
        };
        // Not when a title line of its own stands before the salutation on that line.
        fv[f::SAL_NEXT] = i32::from(sal.is_some_and(|p| {
            next.is_some_and(|l| l.start <= p && p < l.end.max(l.start + 1) && !spaced_or_titled(&s[l.start..p]))
        }));
        fv[f::SAL_SAME_LINE] = i32::from(sal.is_some_and(|p| p >= sp.end && p < h.end));
        fv[f::HEADING_NEXT] =
            i32::from(past.is_some_and(|l| l.start <= first_heading && first_heading < l.end.max(l.start + 1)));
        fv[f::BODY_NEXT] = i32::from(past.is_some_and(|l| body_line(&s[l.start..l.end])));
        fv[f::FRONT_BELOW] = i32::from(front_matter(next_t));
        fv[f::BYLINE_BELOW] = i32::from(!next_t.is_empty() && byline(next_t));
        // Nearest the report's front: no usable head line after it.
        fv[f::LAST] = i32::from(usable.last().is_some_and(|&k| head[k].end <= sp.end || k == *hk));
        fv[f::NEAREST] = i32::from(nearest == Some(*hk));
        fv[f::SITE] = i32::from(site_line(line));
        fv[f::LEAD_IN] = i32::from(lead_in(line));
        fv[f::IN_SITE_ROW] = i32::from(site_rows.iter().any(|r| *r != line && super::is_subsequence(t, r)));
        fv[f::PREFIX_LINE] = i32::from(collection_label(line).2);
        fv[f::ADDRESS] = i32::from(after_site_address(line).is_some());
        fv[f::BAR] = i32::from(line.contains('|'));
        fv[f::COUNT_LINE] = i32::from(collection_label(line).0);
        for (j, (d, _, dk)) in spans.iter().enumerate() {
            if j == i {
                continue;
            }
            let dt = texts[j];
            let other_line =
                head.iter().position(|x| x.start <= d.start && d.start < x.end.max(x.start + 1)) != Some(*hk);
            let earlier = d.start < sp.start;
            if super::is_subsequence(t, dt) && d.len() > sp.len() && !decorated(dt, t) && other_line {
                fv[if earlier { f::COPY_EARLIER } else { f::COPY_LATER }] = 1;
            }
            fv[f::YEAR_DROPPED] |= i32::from(earlier && other_line && without_year(t, dt));
            fv[f::SUFFIX_OF_EARLIER] |= i32::from(earlier && other_line && dt.len() > t.len() && dt.ends_with(t));
            if !earlier && other_line && d.len() < sp.len() && super::is_subsequence(dt, t) {
                fv[f::COPIED_BELOW] = 1;
            }
            fv[f::SAME_ELSEWHERE] |= i32::from(other_line && dt.trim() == t.trim());
            fv[f::ITEM_UNDER_PAGE] |= i32::from(numbered(t) && earlier && other_line && same_opening(t, dt));
            fv[f::PAGE_OVER_ITEM] |=
                i32::from(!earlier && other_line && numbered(dt) && !numbered(t) && same_opening(dt, t));
            fv[f::DECORATED_FORM] |= i32::from(decorated(t, dt));
            fv[f::PLAIN_FORM] |= i32::from(decorated(dt, t));
            fv[f::PADDED] |= i32::from(padded(t, dt));
            fv[f::ITEM_COPIES] |= i32::from(
                fv[f::ITEM] == 1 && !dk.contains(&f::GLUED) && super::label_core(t) == dt.trim() && d.start < sp.start,
            );
        }
        // A headline stands above the body, not after a paragraph of it.
        fv[f::PHRASES] = i32::from(
            headline_phrases(t)
                && !head.iter().take_while(|x| x.end <= sp.start).any(|x| sentence_line(&s[x.start..x.end])),
        );
        // Part of a title the layout broke over lines, which the frame ships whole when chosen.
        fv[f::CONTINUED] = i32::from(continued_title(s, head, *sp) != *sp);
        fv[f::OWN_UNDER] = fv[f::COPY_EARLIER] & (fv[f::BYLINE_BELOW] | fv[f::FRONT_BELOW]);
        fv[f::ITEM_FOLLOWED] = i32::from(
            fv[f::ITEM] == 1
                && usable
                    .iter()
                    .any(|&k| k > *hk && title_like(s, head[k]) && !collection_label(&s[head[k].start..head[k].end]).1),
        );
        out.push(Candidate { span: Some(*sp), f: fv });
    }
    out
}

/// The candidate with the highest score under `weights` (ties: the earlier), `None` for "no
/// title". The same words on a line of their own are the title line, the best one is then a
/// copy cut from a longer line (glued to the body, or with a site's `|栏目` after it): the fit
/// compares words, so it cannot tell them apart.
pub(crate) fn best(s: &str, cands: &[Candidate], weights: &[i32; NF]) -> Option<CleanSpan> {
    let score = |c: &Candidate| c.f.iter().zip(weights).map(|(a, b)| a * b).sum::<i32>();
    let mut top: Option<(usize, i32)> = None;
    for (i, c) in cands.iter().enumerate() {
        let v = score(c);
        if top.is_none_or(|(_, b)| v > b) {
            top = Some((i, v));
        }
    }
    resolve(s, cands, top?.0)
}

/// The span chosen with candidate `i`: a cut from a line stands for the same words on a line of
/// their own, when there is one.
pub(crate) fn resolve(s: &str, cands: &[Candidate], i: usize) -> Option<CleanSpan> {
    let c = cands.get(i)?;
    let t = c.span?;
    if c.f[f::PARTIAL] == 0 {
        return Some(t);
    }
    let whole = cands
        .iter()
        .filter_map(|d| d.span.filter(|_| d.f[f::PARTIAL] == 0))
        .find(|d| s[d.start..d.end] == s[t.start..t.end]);
    Some(whole.unwrap_or(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands(t: &str) -> Vec<(Option<String>, Vec<&'static str>)> {
        let d = crate::parse(t);
        let s = d.clean.text.as_str();
        let first = d.structure.headings.first().map_or(s.len(), |h| d.clean.from_src(h.span.start));
        let head = super::super::head_lines(s, &d.clean_lines, first);
        let sal = d.structure.salutation.map(|x| d.clean.from_src(x.start));
        candidates(s, &d.clean_lines, &head, sal, first)
            .into_iter()
            .map(|c| {
                let on = FEATURES.iter().zip(c.f).filter(|x| x.1 != 0).map(|x| *x.0).collect();
                (c.span.map(|x| s[x.start..x.end].to_string()), on)
            })
            .collect()
    }

    fn has(cs: &[(Option<String>, Vec<&'static str>)], t: &str, feature: &str) -> bool {
        cs.iter().any(|c| c.0.as_deref() == Some(t) && c.1.contains(&feature))
    }

    #[test]
    fn a_date_under_the_title_does_not_hide_the_body_after_it() {
        let body = "是的，在农行员工中，柜员是直接面对客户的群体，柜台是展示农行形象的窗口，柜员的日常工作也许是繁忙而单调的，然而面对各类客户。";
        let cs = cands(&format!("前台柜员工作总结篇(1)\n（2023年5月12日）\n{body}"));
        assert!(has(&cs, "前台柜员工作总结篇(1)", "body-next"));
        assert!(has(&cs, "前台柜员工作总结篇(1)", "front-matter-below"));
        let t = format!("前台柜员工作总结\n前台柜员工作总结篇(1)\n（2023年5月12日）\n{body}");
        let title = crate::parse(&t).structure.title.map(|x| &t[x.start..x.end]);
        assert_eq!(title, Some("前台柜员工作总结篇(1)"));
    }

    #[test]
    fn a_title_pasted_twice_in_a_row_stands_where_its_first_copy_stands() {
        let cs = cands("村民代表大会工作汇报\n村民代表大会工作汇报\n一、基本情况\n本村共有村民代表四十二名。");
        assert!(cs
            .iter()
            .filter(|c| c.0.as_deref() == Some("村民代表大会工作汇报"))
            .all(|c| c.1.contains(&"first-line")));
    }

    #[test]
    fn every_head_line_and_no_title() {
        let cs = cands("某镇安全生产工作总结汇编\n某镇安全生产工作汇报\n各位领导：\n现将工作汇报如下。");
        assert_eq!(cs[0].0, None);
        assert!(cs[0].1.contains(&"none"));
        // A collection header is no candidate (T3).
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("某镇安全生产工作总结汇编")));
        assert!(has(&cs, "某镇安全生产工作汇报", "second-line"));
        assert!(has(&cs, "某镇安全生产工作汇报", "salutation-next"));
        assert!(has(&cs, "某镇安全生产工作汇报", "ends-strong-word"));
        assert!(!has(&cs, "某镇安全生产工作总结汇编", "salutation-next"));
        // The salutation and what follows are no candidates.
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("各位领导：")));
    }

    #[test]
    fn a_line_of_authors_names_is_no_candidate() {
        assert!(names_line("周振宇 高敬东 陈剑琦") && names_line("王某某 李某"));
        // Slogans and spaced titles are not names.
        assert!(!names_line("高起点 高标准") && !names_line("抓党建 促发展") && !names_line("政 府 工 作 报 告"));
        let cs =
            cands("周振宇 高敬东 陈剑琦\n城市管理重心下移是建立城市长效管理机制的重要举措。近年来,城市规模快速扩张。");
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("周振宇 高敬东 陈剑琦")), "{cs:?}");
    }

    #[test]
    fn a_section_name_is_no_candidate() {
        // An excerpt that opens with a part of the report has no title line.
        let cs = cands("调查背景与目的\n随着乡村振兴战略的深入实施,农村面貌日新月异。");
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("调查背景与目的")));
        assert!(section_name("总体目标和要求") && section_name("指導思想:"));
        // A topic or a report word makes it a title.
        assert!(!section_name("安全生产工作目标") && !section_name("工作情况汇报") && !section_name("2023年工作要点"));
    }

    #[test]
    fn shaped_spaced_and_prefixed_forms() {
        let cs = cands("在全县防汛工作会议上的讲话|会议讲话\n同志们：\n今年汛期。");
        assert!(has(&cs, "在全县防汛工作会议上的讲话", "shaped"));
        assert!(has(&cs, "在全县防汛工作会议上的讲话", "bar"));
        // The whole line, with the site's bar or a code's and a category's colons, is no candidate.
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("在全县防汛工作会议上的讲话|会议讲话")));
        let cs = cands(
            "20220726:乡村振兴工作汇报:某镇乡村振兴工作汇报材料
自县委将某镇作为示范镇以来，镇党委牢牢把握镇情，补短板。",
        );
        assert!(has(&cs, "某镇乡村振兴工作汇报材料", "shaped"));
        assert!(!cs.iter().any(|c| c.0.as_deref().is_some_and(|t| t.starts_with("2022"))));
        // A how-to page's question is no candidate; a bracketed `【第1篇】` label's bracket is the site's.
        let cs =
            cands("【第1篇】旅游考察报告怎么写2850字\n某年5月,某某文化旅游考察团一行29人赴某地考察,历时9天,收获很大。");
        assert!(!cs.iter().any(|c| c.0.as_deref().is_some_and(|t| t.contains("怎么写") || t.contains('】'))));
        let cs = cands(
            "【第1篇】某县赴某地旅游考察报告2850字\n某年5月,某某文化旅游考察团一行29人赴某地考察,历时9天,收获很大。",
        );
        assert!(has(&cs, "某县赴某地旅游考察报告", "after-prefix-label"));
        let cs = cands("政 府 工 作 报 告\n——2021年2月27日在某镇人民代表大会上\n各位代表:\n现在报告工作。");
        assert!(has(&cs, "政 府 工 作 报 告", "spaced"));
        assert!(has(&cs, "政 府 工 作 报 告", "front-matter-below"));
        let cs =
            cands("- 热门专题1\n第1篇 2023年某社区文明创建工作总结\n在上级领导的关心下，我们开展了文明社区创建活动。");
        assert!(has(&cs, "2023年某社区文明创建工作总结", "after-prefix-label"));
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("第1篇 2023年某社区文明创建工作总结")));
        assert!(has(&cs, "- 热门专题1", "site-line"));
    }

    #[test]
    fn title_fields_brackets_and_numbered_items() {
        let cs = cands("标 题 | 某市人民政府关于印发实施方案的通知 |\n各县区人民政府:\n现印发给你们。");
        assert!(cs.iter().any(|c| c.0.as_deref() == Some("某市人民政府关于印发实施方案的通知")));
        let cs = cands("索引号: | 1134/2023-00052 |\n名称: | 县卫健委2023年工作总结 | 文号: | |\n2023年,县卫健委坚持以人民为中心。");
        assert!(cs.iter().any(|c| c.0.as_deref() == Some("县卫健委2023年工作总结")));
        // Under the report's own paragraph announcing what follows, a titled line is a section's.
        let cs = cands("1-10月,全县招商引资工作在县委、县政府的高度重视下取得了显著成效,情况如下:\n主要指标完成情况\n1、内联引资。");
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("主要指标完成情况")));
        // A photo's caption is no title.
        let cs = cands("张某某 ( 中 ) 颁发证书予第52届首长\n第51届会董会任期于2020年10月底届满。");
        assert!(!cs.iter().any(|c| c.0.as_deref().is_some_and(|t| t.contains("颁发"))));
        let cs = cands("图为县长在会上讲话\n会议强调。");
        assert!(!cs.iter().any(|c| c.0.as_deref().is_some_and(|t| t.contains("讲话"))));
        // Not over a later section of the named document (T7: a fragment has no title).
        let cs = cands(
            "名称: | 某镇防汛抗旱应急预案 | 文号: | 无 |\n生效日期: | 废止日期: |\n(1)自然地理\n某镇位于县东面。",
        );
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("某镇防汛抗旱应急预案")));
        // A name field's value with no report word (an office's name) is no title.
        let cs = cands("名称: | 某县卫生健康委员会 |\n2023年,县卫健委坚持以人民为中心。");
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("某县卫生健康委员会")));
        // `标题党` is no field label.
        assert!(!cands("标题党的危害与治理工作总结\n正文。")
            .iter()
            .any(|c| c.0.as_deref() == Some("党的危害与治理工作总结")));
        let cs = cands("【工会代表大会选举主持词】尊敬的各位代表、同志们:\n大家好!\n今天开会。");
        assert!(cs.iter().any(|c| c.0.as_deref() == Some("工会代表大会选举主持词")));
        let cs = cands("篇一:《生产车间工作总结》\n本年度,我车间完成了任务。");
        assert!(cs.iter().any(|c| c.0.as_deref() == Some("生产车间工作总结")));
        let cs = cands("乡镇政府年终工作总结\n乡镇政府年终工作总结范文一\n今年以来,我镇认真落实各项工作。");
        assert!(has(&cs, "乡镇政府年终工作总结范文一", "item-under-page-title"));
        assert!(has(&cs, "乡镇政府年终工作总结", "page-title-over-item"));
        // A table row's bars are no part of a candidate; a row of cells is none (its inner bars).
        let cs = cands("发文字号 | 某政发〔2025〕33号 | 制发机构\n东柳街道2023年工作总结和2024年工作思路 |\n一年来,街道认真落实各项工作。");
        assert!(cs.iter().any(|c| c.0.as_deref() == Some("东柳街道2023年工作总结和2024年工作思路")));
        assert!(!cs.iter().any(|c| c.0.as_deref().is_some_and(|t| t.ends_with('|'))));
        assert!(!cs.iter().any(|c| c.0.as_deref().is_some_and(|t| t.contains("33号"))));
        // Different words: no relation.
        let cs = cands("乡镇政府年终工作总结\n社区服务中心工作总结范文一\n今年以来,我们认真落实各项工作。");
        assert!(!has(&cs, "社区服务中心工作总结范文一", "item-under-page-title"));
    }

    #[test]
    fn a_paragraph_without_punctuation_is_no_candidate() {
        let long = "某镇工作总结汇报材料".repeat(11);
        let cs = cands(&format!("{long}\n某镇工作总结\n同志们：\n今天开会。"));
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some(long.as_str())));
        assert!(has(&cs, "某镇工作总结", "salutation-next"));
    }

    #[test]
    fn a_long_clause_with_sentence_punctuation_is_no_candidate() {
        // A news item's first sentence ending in a report word is a paragraph, not a title.
        let t = "3月11日下午,第十一届全国人民代表大会第五次会议在人民大会堂举行第四次全体会议,听取最高人民法院院长作最高人民法院工作报告;听取最高人民检察院检察长作工作报告,以下为实录部分内容。";
        assert!(cands(t).iter().all(|c| c.0.is_none() || c.0.as_deref().is_some_and(|x| x.chars().count() <= 60)));
        assert_eq!(crate::parse(t).structure.title, None);
    }

    #[test]
    fn a_sites_sentence_about_the_text_is_no_candidate() {
        let t = "某科室年度总结5篇\n《某科室年度总结5篇》属于年度总结中比较优秀的内容,欢迎参考。\n第1篇某科室年度总结\n  首先,科室就如何在服务上体现人性化展开了深入的调查,广泛听取病人的意见,找出存在的差距,制定了相应的措施。\n";
        assert!(!cands(t).iter().any(|c| c.0.as_deref().is_some_and(|x| x.contains("属于"))));
        let d = crate::parse(t);
        assert_eq!(d.structure.title.map(|x| &t[x.start..x.end]), Some("某科室年度总结"));
    }

    #[test]
    fn a_byline_or_a_sites_channel_is_no_candidate() {
        let t = "某市某区审计局局长 郑某某\n今年以来,我局在区委区政府的坚强领导下,紧紧围绕中心工作,认真履行审计监督职责,各项工作取得新成效。\n";
        assert!(!cands(t).iter().any(|c| c.0.as_deref().is_some_and(|x| x.contains("郑某某"))));
        // The name's two characters spaced out, over the salutation.
        let t = "某区人民法院院长 周 某\n各位代表:\n现在,我代表某区人民法院向大会报告工作,请予审议,并请列席会议的同志提出意见。\n";
        assert!(!cands(t).iter().any(|c| c.0.as_deref().is_some_and(|x| x.contains("院长"))));
        let t = "某某网专题频道村两委换届选举工作总结栏目\n一、基本情况\n";
        assert!(has(&cands(t), "某某网专题频道村两委换届选举工作总结栏目", "site-line"));
    }

    #[test]
    fn a_conjunction_carries_the_title_on() {
        let t = "某镇2023年工作总结及2024年工作计划一、2023年工作总结2023年，在县委县政府的坚强领导下，我镇紧紧围绕年初目标任务，扎实推进各项工作，取得了明显成效。";
        let cs = cands(t);
        assert!(cs.iter().any(|c| c.0.as_deref() == Some("某镇2023年工作总结及2024年工作计划")));
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("某镇2023年工作总结")));
    }

    #[test]
    fn one_line_paste_and_copies() {
        let t = "xxx镇主题教育工作汇报各位领导、同志们：xxx镇共有20个党支部，其中机关党支部8个。一、聚焦主题主线。";
        let cs = cands(t);
        assert!(has(&cs, "xxx镇主题教育工作汇报", "before-salutation-in-line"));
        // The title pasted twice before the salutation: one copy.
        let cs = cands(
            "某村党支部书记述职报告某村党支部书记述职报告各位领导、同志们:现在我将一年来的工作述职如下,请予评议。",
        );
        assert!(cs.iter().any(|c| c.0.as_deref() == Some("某村党支部书记述职报告")));
        assert!(!cs.iter().any(|c| c.0.as_deref() == Some("某村党支部书记述职报告某村党支部书记述职报告")));
        let cs = cands("2021年某镇重点工作汇报\n某镇重点工作汇报\n各位领导：\n现将情况汇报如下。");
        assert!(has(&cs, "某镇重点工作汇报", "shorter-copy-of-earlier"));
        assert!(has(&cs, "2021年某镇重点工作汇报", "copied-shorter-below"));
        assert!(has(&cs, "某镇重点工作汇报", "copy-without-year"));
        assert!(!has(&cs, "2021年某镇重点工作汇报", "copy-without-year"));
        // Other words than a year before the copy: no such relation.
        let cs = cands("某县某镇重点工作汇报\n某镇重点工作汇报\n各位领导：\n现将情况汇报如下。");
        assert!(!has(&cs, "某镇重点工作汇报", "copy-without-year"));
    }

    #[test]
    fn a_quote_left_open_is_unbalanced() {
        // Before: a clause cut inside `「…」` was as good as a whole title.
        let t = "積極穩健向前邁進推動鹿港發展\n昨(二十五日)在公所禮堂的「一一四年施政成果報告」,湧入超過六百位好朋友前來觀禮,心中既感動又溫暖,回顧上任以來的點點滴滴,感謝鄉親的支持。";
        let cs = cands(t);
        let cut: Vec<_> = cs.iter().filter(|c| c.0.as_deref().is_some_and(|x| x.ends_with("施政成果報告"))).collect();
        assert!(!cut.is_empty() && cut.iter().all(|c| c.1.contains(&"unbalanced-brackets")), "{cs:?}");
    }

    #[test]
    fn a_piece_of_a_title_broken_over_lines() {
        let cs = cands("关于某省2023年度省级预算执行\n和其他财政收支的审计工作报告\n主任、各位副主任:\n现在报告工作。");
        assert!(has(&cs, "和其他财政收支的审计工作报告", "continued-over-lines"));
        let cs = cands("某镇2023年工作总结\n一年来,我镇认真履行职责。");
        assert!(!has(&cs, "某镇2023年工作总结", "continued-over-lines"));
    }

    #[test]
    fn a_cut_before_a_clause_mark() {
        let cs = cands("某县人大常委会工作报告\n先后审查批准决算报告;某县人民政府高度重视,召开会议3次。\n");
        assert!(has(&cs, "先后审查批准决算报告", "clause-after"));
        assert!(!has(&cs, "某县人大常委会工作报告", "clause-after"));
        // A title glued to its salutation is cut before no clause mark.
        let cs = cands("某镇主题教育工作汇报各位领导、同志们：某镇共有20个党支部，其中机关党支部8个。");
        assert!(!cs.iter().any(|c| c.1.contains(&"clause-after") && c.0.as_deref() == Some("某镇主题教育工作汇报")));
    }

    #[test]
    fn best_takes_the_highest_score_and_none_when_it_leads() {
        let cs = vec![
            Candidate { span: None, f: [0; NF] },
            Candidate {
                span: Some(CleanSpan::new(0, 3)),
                f: {
                    let mut x = [0; NF];
                    x[f::FIRST] = 1;
                    x
                },
            },
        ];
        let mut w = [0; NF];
        w[f::FIRST] = 5;
        assert_eq!(best("某镇总", &cs, &w), Some(CleanSpan::new(0, 3)));
        w[f::FIRST] = -5;
        assert_eq!(best("某镇总", &cs, &w), None);
    }
}
