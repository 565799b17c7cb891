//! `count-mismatch`: the same count stated twice with different values — `全镇共有20个党支部`
//! and later `全镇22个党支部`. Two statements are "the same count" when both are whole-scope
//! statements (`全镇`, `全县` … right before them in the clause) of the same scope, the same
//! counted subject and the same kind of unit, each an exact figure. Sentences that speak of a
//! change or a moment (`新增`, `增至`, `今年`, a date) are left out: `全镇现有22个党支部` after
//! `今年新增2个` is not a contradiction. The finding spans the later figure and names the
//! earlier one with its line.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[super::Id {
        id: "count-mismatch",
        label: "数量前后不一",
        severity: crate::model::Severity::Warning,
        description: "同一对象的数量在文中两处写得不一样。",
    }],
    fix: super::Fix::None,
    run: check,
};

use super::sum_mismatch::same_kind;
use super::RawFinding;
use crate::metrics::RawMetric;
use crate::model::{Approx, Severity};
use crate::Doc;

/// At most this many different counts are compared in one text.
const MAX_KEYS: usize = 256;
/// Whole-scope words: the count is about all of the place.
pub(super) const SCOPES: &[&str] =
    &["全镇", "全乡", "全县", "全区", "全市", "全村", "全街道", "全社区", "全州", "全旗", "全省"];
/// Place suffixes that make `…镇共有` a whole-scope statement.
const PLACES: &[&str] = &["街道", "社区", "镇", "乡", "县", "区", "市", "村", "州", "旗", "省"];
/// A sentence with one of these speaks of a change or a moment, not of the standing count.
const CHANGE_WORDS: &[&str] = &[
    "新增",
    "增加",
    "增长",
    "增至",
    "增到",
    "减少",
    "减至",
    "下降",
    "提高",
    "提升",
    "达到",
    "累计",
    "新建",
    "新发展",
    "发展了",
    "培育",
    "今年",
    "去年",
    "上年",
    "明年",
    "年底",
    "年末",
    "年初",
    "届时",
    "计划",
    "力争",
    "预计",
    "目标",
    "由",
    "从",
    "到",
    "比",
    "较",
    "原有",
    "原来",
    "曾",
    "以前",
    "之前",
    "调整",
    "合并",
    "撤并",
    "整合",
];

/// The clause before byte `at` (back to the previous ，、：or sentence end): what
/// [`ClauseWalk`] reads, asked afresh (tests compare the two).
#[cfg(test)]
fn clause_before(t: &str, at: usize) -> &str {
    let start = t[..at].rfind(CLAUSE_ENDS).map_or(0, |p| p + t[p..].chars().next().map_or(1, char::len_utf8));
    &t[start..at]
}

/// The rank of the place a standing count is about: `全镇…` or `xxx镇共有…` → `镇`; what
/// [`ClauseWalk`] gives, asked afresh (tests compare the two).
#[cfg(test)]
fn scope_of(clause: &str) -> Option<&'static str> {
    // The clause is read once (a substring search per word costs more than the clause): which
    // scopes occur (each starts with 全), and which places occur before a verb of having; the
    // first of each list, in list order, is the answer.
    let (mut scopes, mut places) = (0u32, 0u32);
    for (i, c) in clause.char_indices() {
        let rest = &clause[i..];
        if c == '全' {
            for (k, s) in SCOPES.iter().enumerate() {
                if rest.starts_with(s) {
                    scopes |= 1 << k;
                }
            }
        } else if i > 0 && matches!(c, '街' | '社' | '镇' | '乡' | '县' | '区' | '市' | '村' | '州' | '旗' | '省')
        {
            for (k, p) in PLACES.iter().enumerate() {
                if rest.starts_with(p) && HAVE.iter().any(|v| rest[p.len()..].starts_with(v)) {
                    places |= 1 << k;
                }
            }
        }
    }
    if scopes != 0 {
        let s = SCOPES[scopes.trailing_zeros() as usize];
        return Some(&s['全'.len_utf8()..]);
    }
    (places != 0).then(|| PLACES[places.trailing_zeros() as usize])
}

/// What ends a clause.
const CLAUSE_ENDS: [char; 8] = ['，', '。', '；', '：', '！', '？', '\n', ','];
/// Verbs of having after a place name that make `xxx镇共有…` a whole-scope statement.
const HAVE: &[&str] = &["共有", "现有", "下辖", "辖", "共"];

/// The clause before each of many offsets in increasing order and its scope, read forward once:
/// takes the text and a list of extra words, gives for each offset the clause's scope and
/// whether one of the extra words occurs in the clause. Asking afresh at every figure costs the
/// clause each time, so a long clause full of figures would cost (figures)²; this carries the
/// clause start and what it holds forward, so the whole text costs one reading.
pub(super) struct ClauseWalk<'t> {
    t: &'t str,
    extra: &'static [&'static str],
    /// The first characters of the extra words.
    extra_first: Vec<char>,
    /// Read up to here (the last offset asked about).
    pos: usize,
    /// Where the clause that reaches `pos` starts.
    start: usize,
    /// What lies wholly in `start..pos`: scopes and places (bits in list order, as in
    /// `scope_of`) and whether an extra word does.
    scopes: u32,
    places: u32,
    has_extra: bool,
    /// Words that start before `pos` but end after it: (end, what) — 0.. a scope, 32.. a
    /// place, 64 an extra word. A word counts only once the clause reaches its end.
    pending: Vec<(usize, u8)>,
    /// Bytes read so far (tests check that it stays within the text).
    #[cfg(test)]
    read: usize,
}

impl<'t> ClauseWalk<'t> {
    pub(super) fn new(t: &'t str, extra: &'static [&'static str]) -> Self {
        ClauseWalk {
            t,
            extra,
            extra_first: extra.iter().filter_map(|w| w.chars().next()).collect(),
            pos: 0,
            start: 0,
            scopes: 0,
            places: 0,
            has_extra: false,
            pending: Vec::new(),
            #[cfg(test)]
            read: 0,
        }
    }

    fn add(&mut self, what: u8) {
        match what {
            0..32 => self.scopes |= 1 << what,
            32..64 => self.places |= 1 << (what - 32),
            _ => self.has_extra = true,
        }
    }

    /// The scope of the clause before byte `at` and whether an extra word occurs in it.
    pub(super) fn at(&mut self, at: usize) -> (Option<&'static str>, bool) {
        let t = self.t;
        if at < self.pos || at > t.len() {
            // Out of order: read that clause afresh (a fresh walk reads back to its start only).
            return ClauseWalk::new(t, self.extra).at(at.min(t.len()));
        }
        #[cfg(test)]
        {
            self.read += at - self.pos;
        }
        let from = match t[self.pos..at].rfind(CLAUSE_ENDS) {
            Some(p) => {
                let p = self.pos + p;
                self.start = p + t[p..].chars().next().map_or(1, char::len_utf8);
                (self.scopes, self.places, self.has_extra) = (0, 0, false);
                self.pending.clear();
                self.start
            }
            None => self.pos,
        };
        let pending = std::mem::take(&mut self.pending);
        for &(end, what) in &pending {
            if end <= at {
                self.add(what);
            } else {
                self.pending.push((end, what));
            }
        }
        let found = |w: &mut Self, end: usize, what: u8| {
            if end <= at {
                w.add(what);
            } else {
                w.pending.push((end, what));
            }
        };
        for (j, c) in t[from..at].char_indices() {
            let i = from + j;
            let rest = &t[i..];
            if c == '全' {
                for (k, s) in SCOPES.iter().enumerate() {
                    if rest.starts_with(s) {
                        found(self, i + s.len(), k as u8);
                    }
                }
            } else if i > self.start
                && matches!(c, '街' | '社' | '镇' | '乡' | '县' | '区' | '市' | '村' | '州' | '旗' | '省')
            {
                for (k, p) in PLACES.iter().enumerate() {
                    if !rest.starts_with(p) {
                        continue;
                    }
                    let verb = HAVE.iter().filter(|v| rest[p.len()..].starts_with(*v)).map(|v| v.len()).min();
                    if let Some(v) = verb {
                        found(self, i + p.len() + v, 32 + k as u8);
                    }
                }
            }
            // Most characters start no extra word: their first characters are compared first.
            if self.extra_first.contains(&c) {
                for w in self.extra {
                    if rest.starts_with(w) {
                        found(self, i + w.len(), 64);
                    }
                }
            }
        }
        self.pos = at;
        let scope = if self.scopes != 0 {
            let s = SCOPES[self.scopes.trailing_zeros() as usize];
            Some(&s['全'.len_utf8()..])
        } else {
            (self.places != 0).then(|| PLACES[self.places.trailing_zeros() as usize])
        };
        (scope, self.has_extra)
    }
}

/// What is counted, without the scope and verb the metrics pass may leave on it
/// (`全镇共有党员` → `党员`) and cut before an adverb (`党支部全部完成换届` → `党支部`).
pub(super) fn plain_subject(subject: &str) -> &str {
    let subject = SCOPES.iter().find_map(|s| subject.strip_prefix(s)).unwrap_or(subject);
    // A blank place name before it (`xxx镇党员`).
    let subject = match subject.find(|c: char| !matches!(c, 'x' | 'X' | '*' | '×')) {
        Some(k) if k > 0 => {
            let rest = &subject[k..];
            PLACES.iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(subject)
        }
        _ => subject,
    };
    let subject = subject.strip_prefix("共有").or_else(|| subject.strip_prefix("现有")).unwrap_or(subject);
    ["全部", "全面", "均", "都", "已", "正在", "共", "分别", "各"]
        .iter()
        .filter_map(|w| subject.find(w))
        .min()
        .map_or(subject, |p| &subject[..p])
}

/// (scope, subject) of a standing whole-scope count, or `None`. `walk` gives the clause before
/// each figure; `sentence` keeps the last sentence read and whether it speaks of a change, so
/// that many figures in one sentence read it once.
fn key<'a>(
    doc: &'a Doc,
    m: &'a RawMetric,
    walk: &mut ClauseWalk,
    sentence: &mut Option<(crate::span::Span, bool)>,
) -> Option<(&'static str, &'a str)> {
    let t = doc.text;
    if m.approx != Approx::Exact || m.upper.is_some() || m.value.is_none() || m.unit == "%" {
        return None;
    }
    let scope = walk.at(m.span.start).0?;
    let subject = plain_subject(m.subject.as_deref()?);
    if subject.chars().count() < 2 {
        return None;
    }
    let b = m.span.start;
    let changed = match *sentence {
        Some((sent, changed)) if sent.start <= b && b < sent.end => changed,
        _ => {
            let sent = super::clean_view(doc).sentence_at(b);
            let s = &t[sent.start..sent.end];
            let changed = CHANGE_WORDS.iter().any(|w| s.contains(w))
                || super::year_drift::dates_in(&doc.dates, sent).next().is_some();
            *sentence = Some((sent, changed));
            changed
        }
    };
    (!changed).then_some((scope, subject))
}

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let t = doc.text;
    // The first statement of each (scope, subject, kind of unit).
    // A plain list (a map would add its code to the wasm build), capped so that a hostile text
    // with endless different subjects stays linear.
    let mut seen: Vec<((&str, &str, &str), &RawMetric)> = Vec::new();
    let mut out = Vec::new();
    let (mut walk, mut sentence) = (ClauseWalk::new(t, &[]), None);
    for m in &doc.metrics {
        let Some(k) = key(doc, m, &mut walk, &mut sentence) else { continue };
        let kind = if same_kind(&m.unit, "人") { "人" } else { m.unit.as_str() };
        match seen.iter().find(|s| s.0 == (k.0, k.1, kind)).map(|s| s.1) {
            Some(f) if f.value != m.value => {
                out.push(RawFinding::new(
                    "count-mismatch",
                    Severity::Warning,
                    m.span,
                    format!(
                        "前后数字不一致：全{}{}在第{}行是“{}”，这里是“{}”，请核对哪一个对",
                        k.0,
                        k.1,
                        doc.line_of(f.span.start),
                        &t[f.span.start..f.span.end],
                        &t[m.span.start..m.span.end],
                    ),
                ));
            }
            Some(_) => {}
            None if seen.len() < MAX_KEYS => seen.push(((k.0, k.1, kind), m)),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    fn cm(t: &str) -> Vec<String> {
        flags(t, "count-mismatch").into_iter().map(|f| f.0).collect::<Vec<_>>()
    }

    #[test]
    fn the_same_count_twice_with_different_values() {
        assert_eq!(cm("全镇共有20个党支部，党员695人。\n一是……全镇22个党支部全部完成换届。"), ["22个"]);
        assert_eq!(cm("全镇有党员695人。\n全镇党员700人参加了学习。"), ["700人"]);
        // The place's own name with 共有 is the whole place too.
        assert_eq!(cm("xxx镇共有20个党支部，共有党员695人。\n全镇22个党支部全部完成换届。"), ["22个"]);
        let doc = crate::parse("全镇共有20个党支部。\n全镇22个党支部全部完成换届。");
        let f = crate::checks::run(&doc, &Default::default());
        let f = f.iter().find(|f| f.check == "count-mismatch").map(|f| f.message.clone()).unwrap_or_default();
        assert!(f.contains("第1行") && f.contains("20个"), "{f}");
    }

    #[test]
    fn different_subjects_scopes_or_moments_are_fine() {
        // Different subjects with different counts.
        assert!(cm("全镇共有20个党支部。全镇共有12个村。全镇共有党员695人。").is_empty());
        // The same subject in different scopes.
        assert!(cm("全镇共有20个党支部。全县共有300个党支部。").is_empty());
        // A change: the count after it differs on purpose.
        assert!(cm("全镇共有20个党支部。今年新增2个，全镇现有22个党支部。").is_empty());
        // The same value twice, and approximate figures.
        assert!(cm("全镇共有20个党支部。全镇20个党支部全部达标。全镇近700名党员。").is_empty());
        // Counts with no whole-scope word are different groups.
        assert!(cm("机关支部有党员30人。村支部有党员50人。").is_empty());
    }

    #[test]
    fn the_walk_gives_what_reading_each_clause_afresh_gives() {
        use super::{clause_before, scope_of, ClauseWalk};
        let texts = [
            "xxx镇共有20个党支部，全县共有3个、全街道5个。全镇共",
            "镇共有3个村，xx乡下辖12个村，xx区辖5个,市共2个；全省全州",
            "全镇1个党支部、全镇1个党支部、总计2个：现有1个\n全",
        ];
        let extra: &[&str] = &["共有", "现有", "总计", "共"];
        for t in texts {
            let mut walk = ClauseWalk::new(t, extra);
            for at in (0..=t.len()).filter(|&b| t.is_char_boundary(b)) {
                let c = clause_before(t, at);
                assert_eq!(walk.at(at), (scope_of(c), extra.iter().any(|w| c.contains(w))), "{t} at {at}");
            }
        }
        // Asked out of order, it reads that clause afresh.
        let t = texts[0];
        let mut walk = ClauseWalk::new(t, extra);
        walk.at(t.len());
        assert_eq!(walk.at(9).0, scope_of(clause_before(t, 9)));
    }

    #[test]
    fn a_sentence_full_of_figures_is_read_once() {
        // 20,000 figures in one clause: asked at every figure, the walk reads the text once
        // (reading each clause afresh read it 20,000 times).
        let t = format!("全镇共有{}。", "1个党支部、".repeat(20_000));
        let mut walk = super::ClauseWalk::new(&t, super::super::share_mismatch::TOTAL_WORDS);
        let mut asked = 0;
        for (at, _) in t.match_indices('1') {
            assert_eq!(walk.at(at), (Some("镇"), true));
            asked += 1;
        }
        assert_eq!(asked, 20_000);
        assert!(walk.read <= t.len(), "{} bytes read of {}", walk.read, t.len());
        // Both checks over 2,000 figures in one sentence (each was 2,000² clause reads): a
        // guard that finishes at once in a debug build.
        for unit in ["个党支部、", "个、"] {
            let t = format!(
                "全镇共有党员200人。全镇共有{}。\n女党员50人，占党员总数的30%。",
                format!("1{unit}").repeat(2_000)
            );
            assert!(flags(&t, "count-mismatch").len() <= 2_000);
            assert_eq!(flags(&t, "share-mismatch").len(), 1);
        }
    }
}
