//! House rules: an office's own word list (`禁用词 → 规范词`) and patterns, written by the user
//! and shared as a file. The `house-rule` check (`checks/house_rule.rs`) reports what they match.
//!
//! A rules file is JSON (`{"rules": [{"word": "搞好", "replacement": "做好", "note": "…"},
//! {"pattern": "…", "replacement": "…", "note": "…"}]}`, or the bare array) or CSV with the
//! columns `禁用词,规范词,说明` ([`parse_file`]). [`RuleSet::new`] compiles the rules once; what
//! cannot be used (an invalid or too-broad pattern, an empty word, too many rules) is left out
//! and listed in [`RuleSet::errors`] with a Chinese message, so bad rules never stop the
//! analysis. Matching is linear in the text: patterns use `regex-lite` (no backtracking blow-up,
//! a compiled-size limit), words are found through an index of their first two characters,
//! and every rule, and all rules together, stop after a fixed number of matches and of
//! comparisons.
//!
//! Patterns need the `patterns` cargo feature (on by default: the CLI and the library have it).
//! The page's wasm is built without it, because regex-lite adds 19 KB gzipped to a wasm that
//! must stay under 250 KB; the page's worker loads a second build with it only when the user
//! has pattern rules. Without it a pattern rule is kept (and exported) but reported as
//! `pattern-unavailable` and matches nothing. Word rules work everywhere.

use serde::{Deserialize, Serialize};

use crate::model::Severity;
use crate::span::Span;

/// Rules beyond this many are left out (with one error saying so).
pub const MAX_RULES: usize = 2000;
/// Pattern rules beyond this many are left out: each pattern is one pass over the text.
pub const MAX_PATTERNS: usize = 200;
/// Longest word, in characters.
pub const MAX_WORD_CHARS: usize = 64;
/// Longest pattern, in bytes.
pub const MAX_PATTERN_BYTES: usize = 512;
/// Compiled size limit of one pattern (regex-lite's own measure), so that `a{1000}{1000}` is an
/// error instead of a big automaton.
#[cfg(feature = "patterns")]
const PATTERN_SIZE_LIMIT: usize = 64 * 1024;
/// Matches one rule may report; past this the rule is probably too broad.
pub const MAX_MATCHES_PER_RULE: usize = 200;
/// Matches all rules together may report.
pub const MAX_MATCHES: usize = 2000;

/// One rule as written in a rules file or by the page (all fields optional in the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleSpec {
    /// The page's id for the rule (kept through import/export; not used by the analysis).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// 禁用词: the word not to use. A rule has a word or a pattern.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub word: Option<String>,
    /// A regular expression (regex-lite syntax) for what not to write.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// 规范词 for a word; for a pattern, the replacement (`$1`, `${name}` refer to groups).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
    /// 说明: why, shown with each finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// How sure: `error` / `warning` (default) / `info` — shown as 错误 / 建议 / 提示.
    pub severity: Severity,
    /// Switched off rules stay in the file but match nothing.
    pub enabled: bool,
}

impl Default for RuleSpec {
    fn default() -> Self {
        RuleSpec {
            id: None,
            word: None,
            pattern: None,
            replacement: None,
            note: None,
            severity: Severity::Warning,
            enabled: true,
        }
    }
}

impl RuleSpec {
    pub fn word(word: &str, replacement: &str) -> Self {
        RuleSpec { word: Some(word.into()), replacement: Some(replacement.into()), ..Default::default() }
    }
    pub fn pattern(pattern: &str, replacement: Option<&str>, note: Option<&str>) -> Self {
        RuleSpec {
            pattern: Some(pattern.into()),
            replacement: replacement.map(Into::into),
            note: note.map(Into::into),
            ..Default::default()
        }
    }
}

impl RuleSpec {
    /// The rule as the page passes it through the wasm boundary: six strings `[word, pattern,
    /// replacement, note, severity, enabled ("1"/"0")]`, empty for absent. (A flat list of
    /// strings needs no serde code of its own in the wasm: it is ~4 KB gzipped smaller than
    /// deserializing this struct there.)
    pub fn from_wire(w: &[String]) -> RuleSpec {
        let get = |i: usize| w.get(i).filter(|s| !s.is_empty()).cloned();
        RuleSpec {
            id: None,
            word: get(0),
            pattern: get(1),
            replacement: get(2),
            note: get(3),
            severity: match w.get(4).map(String::as_str) {
                Some("error") => Severity::Error,
                Some("info") => Severity::Info,
                _ => Severity::Warning,
            },
            enabled: w.get(5).is_none_or(|e| e != "0"),
        }
    }

    /// The inverse of [`RuleSpec::from_wire`].
    pub fn to_wire(&self) -> Vec<String> {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        vec![
            s(&self.word),
            s(&self.pattern),
            s(&self.replacement),
            s(&self.note),
            sev.into(),
            if self.enabled { "1" } else { "0" }.into(),
        ]
    }
}

/// A rules file: `{"version": 1, "rules": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RulesFile {
    #[serde(default = "one")]
    pub version: u32,
    #[serde(default)]
    pub rules: Vec<RuleSpec>,
}

fn one() -> u32 {
    1
}

/// A rule that could not be used, or a problem with the whole file. `rule` is the 1-based
/// number of the rule in the list (the CSV line for a CSV file), 0 for the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleError {
    pub rule: usize,
    /// Stable kind: `bad-file`, `empty-word`, `same-word`, `word-too-long`, `duplicate`,
    /// `no-word-or-pattern`, `both-word-and-pattern`, `bad-pattern`, `pattern-too-long`,
    /// `pattern-empty-match`, `pattern-too-broad`, `too-many-rules`, `too-many-patterns`.
    pub kind: String,
    pub message: String,
}

impl RuleError {
    fn new(rule: usize, kind: &str, message: impl Into<String>) -> Self {
        RuleError { rule, kind: kind.into(), message: message.into() }
    }
}

/// Read a rules file: JSON (an object with `rules`, or an array of rules) or CSV
/// (`禁用词,规范词,说明`, header optional). Returns the rules it could read and the errors of
/// the lines it could not; a file that is neither gives one `bad-file` error.
pub fn parse_file(text: &str) -> (Vec<RuleSpec>, Vec<RuleError>) {
    let t = text.trim_start_matches('\u{feff}').trim();
    if t.starts_with('{') || t.starts_with('[') {
        let parsed = if t.starts_with('[') {
            serde_json::from_str::<Vec<RuleSpec>>(t).map(|rules| RulesFile { version: 1, rules })
        } else {
            serde_json::from_str::<RulesFile>(t)
        };
        return match parsed {
            Ok(f) => from_file(f),
            Err(e) => (
                Vec::new(),
                vec![RuleError::new(
                    0,
                    "bad-file",
                    format!("规则文件不是有效的 JSON（第 {} 行第 {} 列）：{}", e.line(), e.column(), json_reason(&e)),
                )],
            ),
        };
    }
    parse_csv(t)
}

/// The rules of a parsed JSON rules file (the page parses JSON with the browser's own parser
/// and hands the object over, so that the wasm does not carry a JSON parser).
pub fn from_file(f: RulesFile) -> (Vec<RuleSpec>, Vec<RuleError>) {
    if f.version > 1 {
        let e =
            RuleError::new(0, "bad-file", format!("规则文件版本为 {}，比本程序新，部分设置可能不被识别", f.version));
        return (f.rules, vec![e]);
    }
    (f.rules, Vec::new())
}

fn json_reason(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax => "语法错误",
        Category::Eof => "文件不完整",
        Category::Data => "字段类型不对（word、pattern、replacement、note 应为文字，enabled 为 true/false，severity 为 error/warning/info）",
        Category::Io => "读取失败",
    }
}

/// CSV rows `禁用词,规范词,说明` (RFC 4180 quoting; `,` `，` or tab between cells). A first row
/// whose first cell is a column name (`禁用词`, `word`) is a header.
pub fn parse_csv(text: &str) -> (Vec<RuleSpec>, Vec<RuleError>) {
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let cells = match csv_cells(line) {
            Some(c) => c,
            None => {
                errors.push(RuleError::new(line_no, "bad-file", format!("第 {line_no} 行的引号没有配对")));
                continue;
            }
        };
        let cell = |i: usize| cells.get(i).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        if n == 0 && matches!(cell(0).as_deref(), Some("禁用词" | "word" | "Word" | "不规范" | "错误写法")) {
            continue;
        }
        rules.push(RuleSpec {
            word: Some(cell(0).unwrap_or_default()),
            replacement: cell(1),
            note: cell(2),
            ..Default::default()
        });
    }
    if rules.is_empty() && errors.is_empty() {
        errors.push(RuleError::new(
            0,
            "bad-file",
            "规则文件是空的：CSV 每行应为“禁用词,规范词,说明”，或使用 JSON 格式",
        ));
    }
    (rules, errors)
}

/// The cells of one CSV line, or `None` when a quote is not closed.
fn csv_cells(line: &str) -> Option<Vec<String>> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let cur = cells.last_mut()?;
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if cur.trim().is_empty() => {
                cur.clear();
                quoted = true;
            }
            ',' | '，' | '\t' if !quoted => cells.push(String::new()),
            _ => cur.push(c),
        }
    }
    (!quoted).then_some(cells)
}

/// The rules as a JSON rules file (the page writes the same shape with `JSON.stringify`).
pub fn to_json(rules: &[RuleSpec]) -> String {
    serde_json::to_string_pretty(&RulesFile { version: 1, rules: rules.to_vec() }).unwrap_or_default()
}

#[derive(Debug, Clone)]
struct Word {
    word: String,
    replacement: Option<String>,
    note: Option<String>,
    severity: Severity,
    /// Where `word` sits inside `replacement`, when it does (`国务院` → `中华人民共和国国务院`):
    /// a match that is already part of the replacement is not reported.
    inside: Option<usize>,
    rule: usize,
}

#[cfg(feature = "patterns")]
use regex_lite::Regex;

/// Without the `patterns` feature no pattern compiles, so there is never a value of this type.
#[cfg(not(feature = "patterns"))]
#[derive(Debug, Clone)]
enum Regex {}

#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "patterns"), allow(dead_code))]
struct Pattern {
    re: Regex,
    replacement: Option<String>,
    note: Option<String>,
    severity: Severity,
    rule: usize,
}

/// The compiled rules: what [`crate::Options`] carries and the `house-rule` check runs.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    words: Vec<Word>,
    /// The words in use as a trie of characters ([`Node`]; node 0 is the root): the text is
    /// read once, each position following the trie as far as the text goes, so the work per
    /// position is bounded by the longest word, not by how many words share a first character.
    trie: Vec<Node>,
    /// The root's children again, hashed (open addressing over a power of two at least twice
    /// their number; `'\0'` marks an empty slot): the first step is taken at every position of
    /// the text, and most positions end there.
    root: Vec<(char, u32)>,
    /// Words in use (a duplicate word stays in `words` but is not in the trie).
    in_use: usize,
    patterns: Vec<Pattern>,
    /// The rules that could not be used, and why.
    pub errors: Vec<RuleError>,
}

/// A node of the word trie: its children by character (sorted: binary search, smaller in the
/// wasm than a hash map) and the word (index into `words`) that ends here, if any.
#[derive(Debug, Clone, Default)]
struct Node {
    children: Vec<(char, u32)>,
    word: Option<usize>,
}

/// Where character `c` starts probing in a hashed root of `size` slots (a power of two).
fn root_slot(c: char, size: usize) -> usize {
    (u32::from(c).wrapping_mul(0x9E37_79B1) as usize >> 8) & (size - 1)
}

/// One place a rule matched (byte span of the text).
#[derive(Debug, Clone, PartialEq)]
pub struct RuleMatch {
    pub span: Span,
    pub severity: Severity,
    pub message: String,
    pub suggestion: Option<String>,
}

/// A sample of report prose: a pattern that matches most of it would flag every sentence.
#[cfg(feature = "patterns")]
const PROBE: &str = "关于2024年上半年工作情况的汇报。今年以来，我镇坚持以习近平新时代中国特色社会主义思想为指导，\
全面完成各项目标任务，完成投资3.5亿元，同比增长12.6%，共走访群众1200余户（次）。ABC abc 123";

impl RuleSet {
    /// Compile `specs`. Never fails: unusable rules are left out and listed in `errors`.
    pub fn new(specs: &[RuleSpec]) -> RuleSet {
        let mut set = RuleSet::default();
        if specs.len() > MAX_RULES {
            set.errors.push(RuleError::new(
                0,
                "too-many-rules",
                format!("规则太多：共 {} 条，只使用前 {MAX_RULES} 条；请删去不用的规则或分成几个文件", specs.len()),
            ));
        }
        let mut patterns_skipped = 0;
        for (i, spec) in specs.iter().take(MAX_RULES).enumerate() {
            let n = i + 1;
            if !spec.enabled {
                continue;
            }
            let replacement = spec.replacement.as_deref().map(str::trim).filter(|s| !s.is_empty());
            let note = spec.note.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
            match (spec.word.as_deref(), spec.pattern.as_deref().filter(|p| !p.is_empty())) {
                (Some(w), Some(_)) if !w.trim().is_empty() => set.errors.push(RuleError::new(
                    n,
                    "both-word-and-pattern",
                    format!("第 {n} 条规则同时写了禁用词和模式，请分成两条"),
                )),
                (_, Some(p)) => {
                    if set.patterns.len() >= MAX_PATTERNS {
                        patterns_skipped += 1;
                        continue;
                    }
                    match compile(p) {
                        Ok(re) => set.patterns.push(Pattern {
                            re,
                            replacement: spec.replacement.clone().filter(|s| !s.is_empty()),
                            note,
                            severity: spec.severity,
                            rule: n,
                        }),
                        Err((kind, why)) => {
                            set.errors.push(RuleError::new(n, kind, format!("第 {n} 条规则的模式“{}”{why}", shown(p))))
                        }
                    }
                }
                (w, None) => {
                    let w = w.unwrap_or("").trim();
                    if w.is_empty() {
                        set.errors.push(RuleError::new(
                            n,
                            if spec.word.is_some() { "empty-word" } else { "no-word-or-pattern" },
                            format!("第 {n} 条规则没有禁用词（也没有模式），无法使用"),
                        ));
                    } else if w.chars().count() > MAX_WORD_CHARS {
                        set.errors.push(RuleError::new(
                            n,
                            "word-too-long",
                            format!("第 {n} 条规则的禁用词超过 {MAX_WORD_CHARS} 个字，请写成词语或短语"),
                        ));
                    } else if replacement == Some(w) {
                        set.errors.push(RuleError::new(
                            n,
                            "same-word",
                            format!("第 {n} 条规则的规范词与禁用词“{w}”相同，不会有任何效果"),
                        ));
                    } else {
                        set.words.push(Word {
                            word: w.to_string(),
                            replacement: replacement.map(String::from),
                            note,
                            severity: spec.severity,
                            inside: replacement.and_then(|r| r.find(w)),
                            rule: n,
                        });
                    }
                }
            }
        }
        if patterns_skipped > 0 {
            set.errors.push(RuleError::new(
                0,
                "too-many-patterns",
                format!("模式规则太多：只使用前 {MAX_PATTERNS} 条，另有 {patterns_skipped} 条未使用（每条模式都要把全文读一遍）"),
            ));
        }
        // One sort of the words by (first character, longest first, word, rule): the same word
        // twice ends up adjacent (the first rule wins, the later one is reported), and each
        // first character's words come out longest first (at one position the longest word
        // wins: `搞好了` over `搞好`). The index is in the key, so the order is total
        // (through the crate's shared sort, the least code in the wasm).
        let key = |w: &Word| (w.word.chars().next(), std::cmp::Reverse(w.word.len()));
        let mut order: Vec<usize> = (0..set.words.len()).collect();
        crate::sort::sort_by(&mut order, |&a, &b| {
            let (x, y) = (&set.words[a], &set.words[b]);
            key(x).cmp(&key(y)).then_with(|| x.word.cmp(&y.word)).then(a.cmp(&b))
        });
        let mut first = 0;
        let mut prev: Option<usize> = None;
        for &k in &order {
            let w = &set.words[k];
            if prev.is_some_and(|p| set.words[p].word == w.word) {
                set.errors.push(RuleError::new(
                    w.rule,
                    "duplicate",
                    format!("第 {} 条规则的禁用词“{}”与第 {first} 条重复，只使用第 {first} 条", w.rule, w.word),
                ));
                continue;
            }
            first = w.rule;
            prev = Some(k);
            set.in_use += 1;
            if set.trie.is_empty() {
                set.trie.push(Node::default());
            }
            let mut node = 0;
            for c in set.words[k].word.chars() {
                node = match set.trie[node].children.binary_search_by_key(&c, |e| e.0) {
                    Ok(at) => set.trie[node].children[at].1 as usize,
                    Err(at) => {
                        let child = set.trie.len();
                        set.trie[node].children.insert(at, (c, child as u32));
                        set.trie.push(Node::default());
                        child
                    }
                };
            }
            set.trie[node].word = Some(k);
        }
        if let Some(top) = set.trie.first() {
            let size = (top.children.len() * 2).next_power_of_two();
            set.root = vec![('\0', 0); size];
            for &(c, child) in &top.children {
                let mut h = root_slot(c, size);
                while set.root[h].0 != '\0' {
                    h = (h + 1) & (size - 1);
                }
                set.root[h] = (c, child);
            }
        }
        set
    }

    /// Rules in use (after leaving out the bad and switched-off ones).
    pub fn len(&self) -> usize {
        self.in_use + self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every match in `text`, in text order. Bounded: at most [`MAX_MATCHES_PER_RULE`] per rule
    /// and [`MAX_MATCHES`] in all; a rule that reaches its cap says so in its last match.
    pub fn find(&self, text: &str) -> Vec<RuleMatch> {
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        self.find_words(text, &mut out);
        #[cfg(feature = "patterns")]
        for p in &self.patterns {
            if out.len() >= MAX_MATCHES {
                break;
            }
            let mut n = 0;
            // Find first, groups only where it matched: the search without capture slots is
            // the cheaper one, and matches are rare.
            for m in p.re.find_iter(text) {
                if m.is_empty() {
                    continue;
                }
                let suggestion = p.replacement.as_ref().map(|r| {
                    let mut s = String::new();
                    match p.re.captures_at(text, m.start()) {
                        Some(caps) => caps.expand(r, &mut s),
                        None => s.push_str(r),
                    }
                    s
                });
                let why = p.note.clone().unwrap_or_else(|| "与本单位的行文规则不符".into());
                let mut message = format!("本单位规则第 {} 条（模式 {}）：{why}", p.rule, shown(p.re.as_str()));
                if let Some(s) = suggestion.as_deref().filter(|s| *s != m.as_str()) {
                    message.push_str(&format!("；建议改为“{s}”"));
                }
                n += 1;
                let capped = n >= MAX_MATCHES_PER_RULE || out.len() + 1 >= MAX_MATCHES;
                if capped {
                    message.push_str(&cap_note(p.rule));
                }
                out.push(RuleMatch { span: Span::new(m.start(), m.end()), severity: p.severity, message, suggestion });
                if capped {
                    break;
                }
            }
        }
        #[cfg(feature = "patterns")]
        out.sort_unstable_by_key(|m| (m.span, m.message.len()));
        out
    }

    /// Words, leftmost-longest and non-overlapping, in one pass over the text through the trie.
    /// The work is bounded however the words are chosen: at most [`MAX_WORD_CHARS`] trie steps
    /// and as many candidate words per character of the text.
    fn find_words(&self, text: &str, out: &mut Vec<RuleMatch>) {
        if self.in_use == 0 {
            return;
        }
        let mut counts = vec![0usize; self.words.len()];
        let mut skip_to = 0;
        // The words that match at one position, shortest first.
        let mut here: Vec<usize> = Vec::new();
        for (i, _) in text.char_indices() {
            if i < skip_to {
                continue;
            }
            let mut rest = text[i..].chars();
            let Some(first) = rest.next() else { break };
            let size = self.root.len();
            let mut h = root_slot(first, size);
            let mut node = loop {
                match self.root[h] {
                    (c, child) if c == first => break child as usize,
                    ('\0', _) => break 0,
                    _ => h = (h + 1) & (size - 1),
                }
            };
            if node == 0 {
                continue;
            }
            here.clear();
            here.extend(self.trie[node].word);
            for c in rest {
                let children = &self.trie[node].children;
                let Ok(at) = children.binary_search_by_key(&c, |e| e.0) else { break };
                node = children[at].1 as usize;
                if let Some(k) = self.trie[node].word {
                    here.push(k);
                }
            }
            // Longest first: at one position the longest word wins (`搞好了` over `搞好`).
            for &k in here.iter().rev() {
                if out.len() >= MAX_MATCHES {
                    return;
                }
                let w = &self.words[k];
                let count = &mut counts[k];
                if *count >= MAX_MATCHES_PER_RULE {
                    continue;
                }
                // Already written the right way: the word is part of its own replacement here.
                if let (Some(r), Some(at)) = (&w.replacement, w.inside) {
                    if i >= at && text.is_char_boundary(i - at) && text[i - at..].starts_with(r.as_str()) {
                        skip_to = i - at + r.len();
                        break;
                    }
                }
                *count += 1;
                let end = i + w.word.len();
                let mut message = match &w.replacement {
                    Some(r) => format!("本单位规则第 {} 条：“{}”应写作“{r}”", w.rule, w.word),
                    None => format!("本单位规则第 {} 条：不用“{}”", w.rule, w.word),
                };
                if let Some(note) = &w.note {
                    message.push_str(&format!("（{note}）"));
                }
                if *count == MAX_MATCHES_PER_RULE || out.len() + 1 == MAX_MATCHES {
                    message.push_str(&cap_note(w.rule));
                }
                out.push(RuleMatch {
                    span: Span::new(i, end),
                    severity: w.severity,
                    message,
                    suggestion: w.replacement.clone(),
                });
                skip_to = end;
                break;
            }
        }
    }
}

fn cap_note(rule: usize) -> String {
    format!("。第 {rule} 条规则匹配太多，此后不再标出（上限每条 {MAX_MATCHES_PER_RULE} 处、共 {MAX_MATCHES} 处），请检查规则是否写得太宽")
}

/// A pattern for a message: at most 40 characters.
fn shown(p: &str) -> String {
    let mut s: String = p.chars().take(40).collect();
    if p.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Without the `patterns` feature (the page's wasm): patterns are kept but not used.
#[cfg(not(feature = "patterns"))]
fn compile(_: &str) -> Result<Regex, (&'static str, String)> {
    Err((
        "pattern-unavailable",
        "在此版本中不生效（模式引擎未能加载，只用词语规则；命令行 report-lens --rules 支持模式），规则已保留".into(),
    ))
}

/// Compile one pattern, or say why it cannot be used.
#[cfg(feature = "patterns")]
fn compile(p: &str) -> Result<Regex, (&'static str, String)> {
    if p.len() > MAX_PATTERN_BYTES {
        return Err(("pattern-too-long", format!("超过 {MAX_PATTERN_BYTES} 字节，请拆成几条")));
    }
    let re = regex_lite::RegexBuilder::new(p).size_limit(PATTERN_SIZE_LIMIT).nest_limit(32).build().map_err(|e| {
        let e = e.to_string();
        let why = if e.contains("size limit") || e.contains("exceeds") {
            "太复杂（重复次数或嵌套太多）".to_string()
        } else {
            format!("写法有误：{}", e.lines().last().unwrap_or(&e).trim())
        };
        ("bad-pattern", why)
    })?;
    if re.is_match("") || re.find_iter(PROBE).any(|m| m.is_empty()) {
        return Err(("pattern-empty-match", "能匹配空字符串（如 a*、^），会在每个位置报告；请至少要求一个字".into()));
    }
    let covered: usize = re.find_iter(PROBE).map(|m| m.as_str().chars().count()).sum();
    if covered * 2 > PROBE.chars().count() {
        return Err((
            "pattern-too-broad",
            "几乎匹配任何文字（在一段普通的汇报文字中匹配了一半以上），会把每句话都标出".into(),
        ));
    }
    Ok(re)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(specs: &[RuleSpec], text: &str) -> Vec<(String, Option<String>)> {
        RuleSet::new(specs)
            .find(text)
            .into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.suggestion))
            .collect()
    }
    fn kinds(specs: &[RuleSpec]) -> Vec<String> {
        RuleSet::new(specs).errors.into_iter().map(|e| e.kind).collect()
    }
    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn word_rules_before_after() {
        let rules = [RuleSpec::word("搞好", "做好"), RuleSpec::word("老百姓", "群众")];
        assert_eq!(
            hits(&rules, "要搞好服务，让老百姓满意。"),
            vec![("搞好".into(), s("做好")), ("老百姓".into(), s("群众"))]
        );
        assert_eq!(hits(&rules, "要做好服务，让群众满意。"), vec![]);
    }

    #[test]
    fn longest_word_wins_and_matches_do_not_overlap() {
        let rules = [RuleSpec::word("搞好", "做好"), RuleSpec::word("搞好了", "已做好")];
        assert_eq!(hits(&rules, "工作搞好了。"), vec![("搞好了".into(), s("已做好"))]);
    }

    #[test]
    fn a_word_already_inside_its_replacement_is_silent() {
        let rules = [RuleSpec::word("国务院", "中华人民共和国国务院")];
        assert_eq!(hits(&rules, "中华人民共和国国务院印发"), vec![]);
        assert_eq!(hits(&rules, "国务院印发"), vec![("国务院".into(), s("中华人民共和国国务院"))]);
    }

    /// The page's own wasm has no pattern engine: a pattern rule is kept, said to be not in
    /// effect, and matches nothing; word rules still work.
    #[cfg(not(feature = "patterns"))]
    #[test]
    fn without_the_pattern_engine_patterns_are_kept_but_unavailable() {
        let rules = [RuleSpec::pattern(r"(\d+)多个", Some("${1}余个"), None), RuleSpec::word("搞好", "做好")];
        assert_eq!(kinds(&rules), vec!["pattern-unavailable"]);
        assert_eq!(hits(&rules, "建成30多个站点，要搞好"), vec![("搞好".into(), s("做好"))]);
    }

    #[cfg(feature = "patterns")]
    #[test]
    fn pattern_rules_with_groups() {
        let rules = [RuleSpec::pattern(r"(\d+)多个", Some("${1}余个"), Some("本单位写“余”"))];
        assert_eq!(hits(&rules, "建成30多个站点"), vec![("30多个".into(), s("30余个"))]);
        let m = &RuleSet::new(&rules).find("建成30多个站点")[0];
        assert!(m.message.contains("本单位写“余”"), "{}", m.message);
        assert_eq!(hits(&rules, "建成30余个站点"), vec![]);
        // A pattern with no replacement still flags, with its note as the message.
        let note_only = [RuleSpec::pattern("进一步进一步", None, Some("重复"))];
        assert_eq!(hits(&note_only, "要进一步进一步加强"), vec![("进一步进一步".into(), None)]);
    }

    #[test]
    fn switched_off_rules_match_nothing() {
        let mut r = RuleSpec::word("搞好", "做好");
        r.enabled = false;
        assert_eq!(hits(&[r], "搞好服务"), vec![]);
    }

    #[cfg(feature = "patterns")]
    #[test]
    fn bad_rules_are_listed_not_fatal() {
        let rules = vec![
            RuleSpec::word("", "做好"),
            RuleSpec::word("  ", "做好"),
            RuleSpec::word("做好", "做好"),
            RuleSpec::pattern("(未闭合", None, None),
            RuleSpec::pattern("a*", None, None),
            RuleSpec::pattern("^", None, None),
            RuleSpec::pattern(r"\b", None, None),
            RuleSpec::pattern(".", None, None),
            RuleSpec::pattern(r"[\s\S]+", None, None),
            RuleSpec::pattern("a{1000}{1000}", None, None),
            RuleSpec::pattern(&"x".repeat(600), None, None),
            RuleSpec::word(&"长".repeat(100), "短"),
            RuleSpec { word: Some("的".into()), pattern: Some("的".into()), ..Default::default() },
            RuleSpec::default(),
            RuleSpec::word("搞好", "做好"),
            RuleSpec::word("搞好", "办好"),
        ];
        assert_eq!(
            kinds(&rules),
            vec![
                "empty-word",
                "empty-word",
                "same-word",
                "bad-pattern",
                "pattern-empty-match",
                "pattern-empty-match",
                "pattern-empty-match",
                "pattern-too-broad",
                "pattern-too-broad",
                "bad-pattern",
                "pattern-too-long",
                "word-too-long",
                "both-word-and-pattern",
                "no-word-or-pattern",
                "duplicate",
            ]
        );
        let set = RuleSet::new(&rules);
        assert_eq!(set.len(), 1, "only 搞好 → 做好 is usable");
        assert!(set.errors.iter().all(|e| !e.message.is_empty() && e.rule > 0));
        assert!(set.errors[3].message.starts_with("第 4 条规则的模式“(未闭合”写法有误"), "{}", set.errors[3].message);
        assert_eq!(hits(&rules, "搞好服务"), vec![("搞好".into(), s("做好"))]);
    }

    #[cfg(feature = "patterns")]
    #[test]
    fn ten_thousand_rules_are_cut_with_a_message() {
        let rules: Vec<RuleSpec> = (0..10_000).map(|i| RuleSpec::word(&format!("词{i}"), "字")).collect();
        let set = RuleSet::new(&rules);
        assert_eq!(set.len(), MAX_RULES);
        assert_eq!(set.errors[0].kind, "too-many-rules");
        assert!(set.errors[0].message.contains("10000"));
        let many: Vec<RuleSpec> = (0..300).map(|i| RuleSpec::pattern(&format!("模{i}式"), None, None)).collect();
        let set = RuleSet::new(&many);
        assert_eq!(set.len(), MAX_PATTERNS);
        assert_eq!(set.errors[0].kind, "too-many-patterns");
    }

    #[cfg(feature = "patterns")]
    #[test]
    fn matches_are_capped_per_rule_and_in_all() {
        let text = "搞好".repeat(1000);
        let found = RuleSet::new(&[RuleSpec::word("搞好", "做好")]).find(&text);
        assert_eq!(found.len(), MAX_MATCHES_PER_RULE);
        assert!(found.last().unwrap().message.contains("匹配太多"));
        let text = "甲乙丙丁".repeat(2000);
        let found = RuleSet::new(&[RuleSpec::pattern("乙丙", None, None)]).find(&text);
        assert_eq!(found.len(), MAX_MATCHES_PER_RULE);
        let rules: Vec<RuleSpec> = (0..20).map(|i| RuleSpec::word(&format!("{i}号"), "号")).collect();
        let text: String = (0..5000).map(|i| format!("{}号，", i % 20)).collect();
        assert_eq!(RuleSet::new(&rules).find(&text).len(), MAX_MATCHES);
    }

    #[test]
    fn words_sharing_a_first_character_stay_bounded() {
        // 2000 words all starting with 的 and never matching: the work budget stops the scan.
        let rules: Vec<RuleSpec> = (0..2000).map(|i| RuleSpec::word(&format!("的{i}x"), "y")).collect();
        let text = "的".repeat(100_000);
        assert!(RuleSet::new(&rules).find(&text).is_empty());
    }

    #[test]
    fn files_json_array_and_csv() {
        let json = r#"{"version":1,"rules":[{"word":"搞好","replacement":"做好","note":"规范"},{"pattern":"(\\d+)多个","replacement":"$1余个","enabled":false,"severity":"info"}]}"#;
        let (rules, errors) = parse_file(json);
        assert!(errors.is_empty());
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].note.as_deref(), Some("规范"));
        assert!(!rules[1].enabled);
        assert_eq!(rules[1].severity, Severity::Info);
        // Round trip through the exported form.
        assert_eq!(parse_file(&to_json(&rules)).0, rules);
        let (arr, errors) = parse_file(r#"[{"word":"老百姓","replacement":"群众"}]"#);
        assert!(errors.is_empty());
        assert_eq!(arr[0].word.as_deref(), Some("老百姓"));

        let csv = "\u{feff}禁用词,规范词,说明\n搞好,做好,本单位规范\n\"老百姓\",\"群众\",\"“人民群众”亦可，含逗号,也行\"\n截止目前，截至目前\n\n# 注释\n不规范,,\n";
        let (rules, errors) = parse_file(csv);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rules.len(), 4);
        assert_eq!(rules[1].note.as_deref(), Some("“人民群众”亦可，含逗号,也行"));
        assert_eq!(rules[2].replacement.as_deref(), Some("截至目前"));
        assert_eq!(rules[3].replacement, None);
    }

    #[test]
    fn wire_form_round_trips() {
        let mut r = RuleSpec::pattern("(\\d+)多个", Some("$1余个"), Some("说明"));
        r.severity = Severity::Info;
        r.enabled = false;
        assert_eq!(RuleSpec::from_wire(&r.to_wire()), r);
        let w = RuleSpec::word("搞好", "做好");
        assert_eq!(RuleSpec::from_wire(&w.to_wire()), w);
        assert_eq!(RuleSpec::from_wire(&["搞好".into()]), RuleSpec { word: Some("搞好".into()), ..Default::default() });
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let (rules, errors) = parse_file("{\"rules\": [");
        assert!(rules.is_empty());
        assert_eq!(errors[0].kind, "bad-file");
        assert!(errors[0].message.contains("不是有效的 JSON"), "{}", errors[0].message);
        let (_, errors) = parse_file(r#"{"rules":[{"word": 3}]}"#);
        assert!(errors[0].message.contains("字段类型不对"), "{}", errors[0].message);
        let (rules, errors) = parse_file("搞好,做好\n\"老百姓,群众\n");
        assert_eq!(rules.len(), 1);
        assert_eq!(errors[0].rule, 2);
        assert!(errors[0].message.contains("引号没有配对"));
        assert_eq!(parse_file("   ").1[0].kind, "bad-file");
    }

    /// Hostile rule sets and texts (splitmix-generated): compiling and matching never panic,
    /// every span is on char boundaries, and the caps hold.
    #[test]
    fn random_rule_sets_never_panic() {
        let alphabet: Vec<char> = "的搞好a*+?()[]{}|^$.\\dwsb0123,，\"xX中国镇\n-".chars().collect();
        let state = std::cell::Cell::new(0x9e37_79b9_7f4a_7c15u64);
        let next = || {
            state.set(state.get().wrapping_add(0x9e37_79b9_7f4a_7c15));
            let mut z = state.get();
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            (z ^ (z >> 31)) as usize
        };
        let pick = |n: usize| -> String { (0..(next() % n)).map(|_| alphabet[next() % alphabet.len()]).collect() };
        for _ in 0..300 {
            let specs: Vec<RuleSpec> = (0..(next() % 30))
                .map(|_| {
                    if next() % 2 == 0 {
                        RuleSpec::word(&pick(6), &pick(4))
                    } else {
                        RuleSpec::pattern(&pick(12), Some(&pick(6)), None)
                    }
                })
                .collect();
            let text = pick(400);
            let set = RuleSet::new(&specs);
            let found = set.find(&text);
            assert!(found.len() <= MAX_MATCHES);
            for m in found {
                assert!(m.span.start < m.span.end && m.span.end <= text.len());
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            }
            let _ = parse_file(&pick(200));
        }
    }
}
