//! Rule data shared by the passes and checks: measure words and units, approximation words,
//! Chinese numerals, the words that find a report's outline and frame. Tables, not branches:
//! adding a unit is adding a string.

/// Measure words (量词) and units, simplified and traditional. Matched longest first, so
/// `人次` wins over `人` and `个百分点` over `个`.
pub const UNITS: &[&str] = &[
    // two characters and more
    "个百分点",
    "個百分點",
    "百分点",
    "百分點",
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "公里",
    "公裡",
    "千米",
    // `降雨64毫米`, `厚3厘米`: rainfall and sizes.
    "毫米",
    "厘米",
    "千瓦时",
    "千瓦時",
    "公顷",
    "公頃",
    "公斤",
    "千克",
    "千瓦",
    "人次",
    "家次",
    "批次",
    "频次",
    "頻次",
    "人天",
    "户次",
    "戶次",
    "件次",
    "台次",
    "車次",
    "车次",
    "架次",
    "场次",
    "場次",
    "班次",
    "小时",
    "小時",
    "分钟",
    "分鐘",
    "周年",
    "週年",
    "个月",
    "個月",
    "余人",
    "多人",
    "美元",
    "港元",
    "标准箱",
    "千瓦时",
    "微克/立方米",
    "毫克/立方米",
    // Latin unit symbols as engineering reports write them (`1353m`, `200m3`, `70m2`); a
    // letter right after rules them out (`5mm` is not `5m`).
    "km",
    "kg",
    "m2",
    "m3",
    "m",
    "㎡",
    "㎥",
    // one character
    "个",
    "個",
    "人",
    "次",
    "件",
    "户",
    "戶",
    "元",
    "斤",
    "亩",
    "畝",
    "篇",
    "份",
    "场",
    "場",
    "期",
    "本",
    "册",
    "冊",
    "盏",
    "盞",
    "台",
    "臺",
    "栋",
    "棟",
    "堂",
    "项",
    "項",
    "条",
    "條",
    "名",
    "年",
    "家",
    "所",
    "处",
    "處",
    "座",
    "间",
    "間",
    "套",
    "辆",
    "輛",
    "艘",
    "架",
    "部",
    "批",
    "轮",
    "輪",
    "组",
    "組",
    "支",
    "位",
    "岁",
    "歲",
    "天",
    "周",
    "倍",
    "起",
    "宗",
    "例",
    "株",
    "棵",
    "头",
    "頭",
    "只",
    "匹",
    "羽",
    "张",
    "張",
    "块",
    "塊",
    "根",
    "片",
    "段",
    "节",
    "節",
    "种",
    "種",
    "类",
    "類",
    "院",
    "吨",
    "噸",
    "米",
    "床",
    "票",
    "首",
    "幅",
    "科",
    "点",
    "點",
    "级",
    "級",
    "届",
    "屆",
    "字",
    // rarer measure words of farm, fishery and office counts
    "担",
    "擔",
    "尾",
    "枚",
    "颗",
    "顆",
    "粒",
    "箱",
    "袋",
    "桶",
    "瓶",
    "双",
    "雙",
    "副",
    "顶",
    "頂",
    "幢",
    "层",
    "層",
    "封",
    "章",
    "款",
    "面",
    "方",
    "%",
    "‰",
];

/// Units that are not counts on their own when nothing else says so (kept out of metrics
/// unless a prefix/suffix or decimal makes them quantities).
pub const WEAK_UNITS: &[&str] = &["点", "點", "级", "級", "届", "屆", "科"];

/// Multipliers after Arabic digits.
pub fn multiplier(c: char) -> Option<f64> {
    match c {
        '十' => Some(10.0),
        '百' => Some(100.0),
        '千' => Some(1_000.0),
        '万' | '萬' => Some(10_000.0),
        '亿' | '億' => Some(100_000_000.0),
        _ => None,
    }
}

const UNIT_INDEX: WordIndex = word_index!(UNITS);

/// The longest unit at the start of `s` (of equally long ones, the last in [`UNITS`]).
pub fn unit_at(s: &str) -> Option<&'static str> {
    UNIT_INDEX.at_start(s).map(|k| UNITS[k]).max_by_key(|u| u.len())
}

/// Value of a Chinese numeral digit.
pub fn han_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// An ASCII digit, as a `char` pattern every caller shares (one copy of each `str` search in
/// the wasm instead of one per closure).
pub fn ascii_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// An Arabic or a Han digit (`0`–`9`, `〇`–`九`, `两`): an item's or a count's number.
pub fn any_digit(c: char) -> bool {
    c.is_ascii_digit() || han_digit(c).is_some()
}

/// Parse a Chinese numeral up to 99 (`十二`, `二十`, `二十三`, `五`), as ordinals in headings use.
pub fn han_number(s: &str) -> Option<u32> {
    // At most three characters: the first four read in place (no vector per call).
    let mut cs = s.chars();
    match [cs.next(), cs.next(), cs.next(), cs.next()] {
        [Some('十'), None, ..] => Some(10),
        [Some(a), None, ..] => han_digit(a).filter(|&d| d > 0),
        [Some('十'), Some(b), None, _] => han_digit(b).filter(|&d| d > 0).map(|d| 10 + d),
        [Some(a), Some('十'), None, _] => han_digit(a).filter(|&d| d > 1).map(|d| d * 10),
        [Some(a), Some('十'), Some(b), None] => {
            Some(han_digit(a).filter(|&d| d > 1)? * 10 + han_digit(b).filter(|&d| d > 0)?)
        }
        _ => None,
    }
}

/// Is `c` a Han character (CJK unified ideographs, extensions, compatibility)?
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Traditional characters and their simplified forms, in pairs (simplified, traditional): the
/// characters of the word lists that compare single characters — the fixed expressions
/// (`data/fixed_expressions.tsv`) and the reduplications of `repeated-char` — whose traditional
/// form differs. Traditional text (`“三個代表”重要思想`, `緊緊依靠`) is the same words, not a
/// wrong character. Variant forms (`爲`, `衆`, `説`) are listed too.
const SIMPLIFIED_TRADITIONAL: &str = "万萬与與专專业業东東两兩严嚴个個为為为爲举舉义義乐樂习習乡鄉书書争爭\
    产產亲親从從众眾众衆优優会會伟偉体體侧側价價关關兴興农農决決净淨准準减減创創则則刚剛办辦务務动動\
    劳勞势勢区區华華协協卫衛卫衞历歷历曆发發员員国國场場坚堅复復复複头頭奋奮宁寧宝寶实實对對导導寻尋\
    尽盡层層届屆岁歲岗崗巩鞏帮幫干幹干乾库庫应應开開当當录錄彻徹怀懷态態总總战戰户戶执執扫掃护護担擔\
    挥揮摇搖数數无無时時晒曬机機权權条條来來构構枫楓标標样樣桥橋梦夢检檢气氣泽澤洁潔济濟浅淺渐漸\
    满滿滚滾热熱点點爱愛爷爺牺犧环環现現监監确確礼禮种種积積称稱稳穩简簡类類粮糧紧緊红紅纪紀约約级級\
    纲綱纷紛线線练練组組细細织織经經结結给給统統维維绿綠编編缓緩职職联聯胧朧艰艱节節范範荡蕩获獲营營\
    莹瑩蓝藍虚虛补補规規观觀认認讲講议議记記论論设設试試诚誠说說说説课課谁誰调調谆諄谈談谋謀谐諧谢謝\
    谦謙谨謹谱譜读讀负負责責败敗质質贫貧贯貫贸貿资資贝貝践踐转轉轰轟轻輕达達过過运運进進远遠连連邓鄧\
    郑鄭银銀铸鑄链鏈锐銳锐鋭镇鎮长長闪閃闹鬧问問队隊际際险險隐隱难難静靜项項须須预預领領题題频頻风風\
    飘飄驱驅验驗马馬齐齊团團圆圓弯彎声聲写寫听聽学學尝嘗屡屢桩樁仅僅处處";

/// The simplified form of a traditional character of [`SIMPLIFIED_TRADITIONAL`]; any other
/// character as it is. (Called only where a single character is compared: a scan is enough.)
pub fn simplified(c: char) -> char {
    let mut pairs = SIMPLIFIED_TRADITIONAL.chars();
    while let (Some(s), Some(t)) = (pairs.next(), pairs.next()) {
        if t == c {
            return s;
        }
    }
    c
}

/// Words that start with a measure-word character but are not a measure word after a blank
/// or number (`XX人民政府`, `X家庭`, `X项目`).
pub const NOT_UNIT_WORDS: &[&str] = &[
    "年代", "年级", "年龄", "月份", "人民", "人员", "人才", "人大", "家庭", "家乡", "部门", "部署", "部分", "期间",
    "名称", "名单", "条件", "条例", "台账", "项目", "场所", "所在", "处理", "处置", "级别", "本部", "本级", "头雁",
    "支部", "片区", "座谈", "院校", "天然", "米粮", "组织", "种植", "类型", "起来", "种类", "位于", "点位", "起步",
    "面积", "面向", "面对", "面貌", "面临", "面上", "方面", "方式", "方案", "方向", "方针", "方法", "层面", "层级",
    "双向", "双方", "章程", "款项", "封闭", "顶层", "部长", "部委", "根据", "根本", "根源",
];

const NOT_UNIT_INDEX: WordIndex = word_index!(NOT_UNIT_WORDS);

/// The unit at the start of `s`, unless `s` starts a word from [`NOT_UNIT_WORDS`].
pub fn measure_at(s: &str) -> Option<&'static str> {
    let u = unit_at(s)?;
    if NOT_UNIT_INDEX.at_start(s).next().is_some() && !s.starts_with("人次") {
        return None;
    }
    Some(u)
}

/// What a name blank usually stands before: places and bodies (`xxx镇`, `*社区`, `XX公司`).
/// A blank before one of these groups with the others of its form; a blank before anything
/// else (`xx作为` — a person) is its own form.
pub const NAME_SUFFIXES: &[&str] = &[
    "社区",
    "街道",
    "公司",
    "集团",
    "学校",
    "小学",
    "中学",
    "大学",
    "医院",
    "书院",
    "园区",
    "小区",
    "公路",
    "高速",
    "旧址",
    "会议",
    "司令部",
    "项目",
    "工程",
    "基地",
    "景区",
    "广场",
    "镇",
    "乡",
    "村",
    "县",
    "市",
    "区",
    "省",
    "州",
    "局",
    "委",
    "办",
    "厂",
    "站",
    "所",
    "部",
    "院",
    "馆",
    "园",
    "路",
    "街",
    "队",
    "组",
    "室",
    "中心",
    "协会",
    "银行",
    "同志",
    "书记",
    "主任",
    "县长",
    "镇长",
    "乡长",
    "村长",
    "局长",
    "思路",
    "模式",
    "品牌",
    "工作法",
    "行动",
    "活动",
    "精神",
    "战略",
];

const NAME_SUFFIX_INDEX: WordIndex = word_index!(NAME_SUFFIXES);

/// The longest name suffix at the start of `s` (of equally long ones, the last listed).
pub fn name_suffix_at(s: &str) -> Option<&'static str> {
    NAME_SUFFIX_INDEX.at_start(s).map(|k| NAME_SUFFIXES[k]).max_by_key(|w| w.len())
}

/// A set of non-ASCII characters keyed by the low nine bits of their code point, which the
/// last two bytes of their UTF-8 hold: a scan that looks for a few such characters tests each
/// character's last two bytes against it and decodes only those that pass (4 in 100 Han
/// characters of a report for a set of 18). Built at compile time by [`TailSet::new`].
#[derive(Clone, Copy)]
pub struct TailSet([u64; 8]);

impl TailSet {
    pub const fn new(chars: &[char]) -> TailSet {
        let mut m = [0u64; 8];
        let mut i = 0;
        while i < chars.len() {
            let k = chars[i] as usize & 0x1FF;
            m[k / 64] |= 1 << (k % 64);
            i += 1;
        }
        TailSet(m)
    }

    /// The set with the first characters of `words` added.
    pub const fn with_first_chars(self, words: &[&str]) -> TailSet {
        let mut m = self.0;
        let mut i = 0;
        while i < words.len() {
            let k = first_char(words[i]) as usize & 0x1FF;
            m[k / 64] |= 1 << (k % 64);
            i += 1;
        }
        TailSet(m)
    }

    /// Could the non-ASCII character `c` be in the set?
    #[inline]
    pub fn may_contain(&self, c: char) -> bool {
        // The low nine bits of the code point are the ones `has_tail` reads from the bytes.
        let k = c as usize & 0x1FF;
        self.0[k / 64] & (1 << (k % 64)) != 0
    }

    /// Could a character whose UTF-8 ends in bytes `p`, `l` be in the set?
    #[inline]
    pub fn has_tail(&self, p: u8, l: u8) -> bool {
        // Low six bits of the last byte, low three of the one before (the lead byte of a
        // two-byte character carries the same bits).
        let k = usize::from(l & 0x3F) | (usize::from(p & 0x07) << 6);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }

    /// Could the character at byte `i` of `b` (a non-ASCII lead byte of valid UTF-8) be in the
    /// set? Also gives the character's width.
    #[inline]
    pub fn may_hold(&self, b: &[u8], i: usize) -> (bool, usize) {
        let w = match b[i] {
            0xF0.. => 4,
            0xE0.. => 3,
            _ => 2,
        };
        match (b.get(i + w - 2), b.get(i + w - 1)) {
            (Some(&p), Some(&l)) => (self.has_tail(p, l), w),
            _ => (true, 1),
        }
    }

    /// The first byte at or after `i` where a character of the set may stand: an ASCII byte,
    /// the end, or a non-ASCII character the set may hold. Runs of Han text are passed in a
    /// tight loop without decoding them.
    #[inline]
    pub fn skip(&self, b: &[u8], i: usize) -> usize {
        self.skip_widths(b, i, false)
    }

    /// [`TailSet::skip`] for a set of three-byte characters only: two- and four-byte
    /// characters are passed without a test.
    #[inline]
    pub fn skip_to_three_byte(&self, b: &[u8], i: usize) -> usize {
        self.skip_widths(b, i, true)
    }

    #[inline]
    fn skip_widths(&self, b: &[u8], mut i: usize, only_three_byte: bool) -> usize {
        loop {
            // (One bounds check for the three bytes.)
            while let Some(&[x, y, z]) = b.get(i..i + 3) {
                if x & 0xF0 != 0xE0 || self.has_tail(y, z) {
                    break;
                }
                i += 3;
            }
            if i >= b.len() || b[i] < 0x80 {
                return i;
            }
            let (maybe, w) = self.may_hold(b, i);
            if maybe && (w == 3 || !only_three_byte) {
                return i;
            }
            i += w;
        }
    }
}

/// A [`WordIndex`] of `n` words has `2^bits` buckets, about one per word (2 to 256): few
/// enough to keep the wasm small, enough that most characters find an empty bucket.
pub const fn bucket_bits(n: usize) -> u32 {
    let mut bits = 1;
    while bits < 8 && (1usize << (bits + 1)) <= n {
        bits += 1;
    }
    bits
}

/// Bucket of a first character (a multiplicative hash: Han code points share their high bits).
const fn bucket_of(c: u32, bits: u32) -> usize {
    (c.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

/// The code point and width of the UTF-8 character at byte `i` of `b`, decoded by hand so that
/// compile-time tables can read their words (`str::chars` is not `const`).
pub const fn utf8_at(b: &[u8], i: usize) -> (u32, usize) {
    let b0 = b[i] as u32;
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F), 3)
    } else {
        let c = ((b0 & 0x07) << 18)
            | ((b[i + 1] as u32 & 0x3F) << 12)
            | ((b[i + 2] as u32 & 0x3F) << 6)
            | (b[i + 3] as u32 & 0x3F);
        (c, 4)
    }
}

/// The code point of the first character of a non-empty `w` (`const`).
const fn first_char(w: &str) -> u32 {
    let b = w.as_bytes();
    assert!(!b.is_empty(), "a word list holds an empty word");
    utf8_at(b, 0).0
}

/// A word list indexed by first character at compile time: one pass over a text finds every
/// listed word in it, where `words.iter().filter(|w| t.contains(w))` scans the text once per
/// word (the artefact pass did that ~130 times per line). Takes the words, gives for a text
/// each (word number, byte position) where a word starts. Made by [`word_index!`].
pub struct WordIndex {
    /// The list itself (not a copy: the index only adds the two arrays below).
    words: &'static [&'static str],
    /// Word numbers by bucket: bucket `b` holds `order[start[b]..start[b + 1]]`, ascending.
    bits: u32,
    start: &'static [u16],
    order: &'static [u16],
}

/// `word_index!(WORDS)`: the [`WordIndex`] of a `&'static [&'static str]` constant, built at
/// compile time (its two arrays are promoted to statics).
macro_rules! word_index {
    ($words:expr) => {
        $crate::tables::WordIndex::new(
            $words,
            &$crate::tables::bucket_starts::<{ (1 << $crate::tables::bucket_bits($words.len())) + 1 }>($words),
            &$crate::tables::bucket_order::<{ $words.len() }>($words),
        )
    };
}
pub(crate) use word_index;

/// Where each bucket's words start in [`bucket_order`] (`S` is the number of buckets + 1;
/// the last entry is the total).
pub const fn bucket_starts<const S: usize>(words: &[&str]) -> [u16; S] {
    let bits = bucket_bits(words.len());
    assert!(words.len() < u16::MAX as usize && S == (1 << bits) + 1);
    let mut start = [0u16; S];
    let mut i = 0;
    while i < words.len() {
        start[bucket_of(first_char(words[i]), bits) + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b + 1 < S {
        start[b + 1] += start[b];
        b += 1;
    }
    start
}

/// The word numbers `0..N` ordered by bucket (ascending within one).
pub const fn bucket_order<const N: usize>(words: &[&str]) -> [u16; N] {
    let bits = bucket_bits(words.len());
    // Running starts (at most 256 buckets).
    let mut next = [0u16; 257];
    let mut i = 0;
    while i < N {
        next[bucket_of(first_char(words[i]), bits) + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b < 256 {
        next[b + 1] += next[b];
        b += 1;
    }
    let mut order = [0u16; N];
    i = 0;
    while i < N {
        let b = bucket_of(first_char(words[i]), bits);
        order[next[b] as usize] = i as u16;
        next[b] += 1;
        i += 1;
    }
    order
}

impl WordIndex {
    /// Use [`word_index!`], which builds `start` and `order` from `words`.
    pub const fn new(words: &'static [&'static str], start: &'static [u16], order: &'static [u16]) -> Self {
        let bits = bucket_bits(words.len());
        assert!(order.len() == words.len() && start.len() == (1 << bits) + 1);
        WordIndex { words, bits, start, order }
    }

    /// Word number `k`.
    pub fn word(&self, k: usize) -> &'static str {
        self.words[k]
    }

    /// Calls `f(k, at)` for every byte position `at` of `t` where word `k` starts, in text
    /// order (overlapping occurrences included).
    #[cfg(test)]
    pub fn each_match(&self, t: &str, mut f: impl FnMut(usize, usize)) {
        for (i, c) in t.char_indices() {
            self.each_at(t, i, c, |k| f(k, i));
        }
    }

    /// The word numbers of bucket of `c`.
    fn bucket(&self, c: char) -> &'static [u16] {
        let h = bucket_of(c as u32, self.bits);
        &self.order[usize::from(self.start[h])..usize::from(self.start[h + 1])]
    }

    /// Calls `f(k)` for every word `k` that starts at byte `i` of `t`, where `c` stands (for a
    /// caller that walks the characters itself).
    #[inline]
    pub fn each_at(&self, t: &str, i: usize, c: char, mut f: impl FnMut(usize)) {
        for &k in self.bucket(c) {
            if prefix_at(t.as_bytes(), i, self.words[usize::from(k)].as_bytes()) {
                f(usize::from(k));
            }
        }
    }

    /// Can a word of the index start with `c`? (A cheap first test: false for most text.)
    pub fn may_start(&self, c: char) -> bool {
        !self.bucket(c).is_empty()
    }

    /// The words of the index that start exactly at the beginning of `t`, as word numbers.
    pub fn at_start<'s>(&'s self, t: &'s str) -> impl Iterator<Item = usize> + 's {
        let ks = t.chars().next().map_or(&[][..], |c| self.bucket(c));
        ks.iter().map(|&k| usize::from(k)).filter(move |&k| prefix_at(t.as_bytes(), 0, self.words[k].as_bytes()))
    }
}

/// Does `w` stand at byte `i` of `t`? Compared byte by byte in line: the words are short and
/// most differ in their first bytes, where a `memcmp` call would cost more than the compare.
#[inline]
fn prefix_at(t: &[u8], i: usize, w: &[u8]) -> bool {
    t.len() >= i + w.len() && t[i..i + w.len()].iter().zip(w).all(|(a, b)| a == b)
}

/// The words of `parts` one after another, as one array (for a [`WordIndex`] over several
/// lists; `N` must be their total length).
pub const fn concat<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut n = 0;
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[n] = parts[p][i];
            n += 1;
            i += 1;
        }
        p += 1;
    }
    assert!(n == N, "concat: N is not the total length");
    out
}

/// Total length of `parts` (the `N` of [`concat`]).
pub const fn total_len(parts: &[&[&'static str]]) -> usize {
    let mut n = 0;
    let mut p = 0;
    while p < parts.len() {
        n += parts[p].len();
        p += 1;
    }
    n
}

/// Does `t` contain any of `words`? Out of line on purpose: with the word lists constant, every
/// inlined `iter().any(contains)` is unrolled into its own string compares, which costs the
/// wasm kilobytes per call site.
#[inline(never)]
pub fn contains_any(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.contains(w))
}

/// Does `t` start with any of `words`? (Out of line: see [`contains_any`].)
#[inline(never)]
pub fn starts_with_any(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.starts_with(w))
}

/// Does `t` end with any of `words`? (Out of line: see [`contains_any`].)
#[inline(never)]
pub fn ends_with_any(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.ends_with(w))
}

/// The value of a number as [`crate::metrics`] reads it: ASCII digits, `,` thousands
/// separators (skipped) and at most one `.`; `None` for anything else. The same value as
/// `str::parse::<f64>` — correctly rounded — whenever the digits, without the point, make at
/// most 2^53 (15 significant digits) or it has no fraction (up to 38 digits); beyond that the
/// last bit may differ. Written by hand because `parse::<f64>` brings a 10 KB table of powers
/// of five and its algorithms into the page's wasm.
pub fn parse_number(t: &str) -> Option<f64> {
    // Exact powers of ten as f64 (10^22 is the largest).
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    let (mut m, mut approx, mut frac, mut point, mut any) = (0u128, 0f64, 0usize, false, false);
    for b in t.bytes() {
        match b {
            b'0'..=b'9' => {
                let d = b - b'0';
                match m.checked_mul(10).and_then(|x| x.checked_add(u128::from(d))) {
                    Some(x) if approx == 0.0 => m = x,
                    _ => {
                        // Past 38 digits: carry on in floating point.
                        if approx == 0.0 {
                            approx = m as f64;
                        }
                        approx = approx * 10.0 + f64::from(d);
                    }
                }
                frac += usize::from(point);
                any = true;
            }
            b'.' if !point => point = true,
            b',' => {}
            _ => return None,
        }
    }
    if !any {
        return None;
    }
    // Integer (`u128 as f64` rounds correctly), then one correctly rounded division when both
    // operands are exact.
    let int = if approx != 0.0 { approx } else { m as f64 };
    Some(match POW10.get(frac) {
        Some(&p) => int / p,
        None => int / 10f64.powi(frac as i32),
    })
}

/// A metric value as people write it: `20`, `84.71`, `-4.7`, at most six decimals. Written by
/// hand rather than with `{}` so the wasm build carries no float-formatting machinery.
pub fn fmt_number(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let a = x.abs();
    if a >= 9.0e12 || a.fract() == 0.0 {
        return format!("{sign}{}", a.round() as u64);
    }
    let scaled = (a * 1e6).round() as u64;
    let (int, frac) = (scaled / 1_000_000, scaled % 1_000_000);
    let digits = format!("{frac:06}");
    let digits = digits.trim_end_matches('0');
    if digits.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{digits}")
    }
}

// Report structure: the outline (`structure/outline.rs`) and the frame (`structure/frame.rs`).

/// Ordinal words that open an item, with their ordinal (0: one more than the item before).
pub const ORDINAL_WORDS: &[(&str, u32)] = &[("首先", 1), ("其次", 2), ("再次", 3), ("最后", 0)];

/// The first characters of [`ORDINAL_WORDS`], for a marker's cheap first test (comparing
/// `char`s, where `starts_with(c)` encodes `c` again for every word).
pub const ORDINAL_FIRSTS: [char; ORDINAL_WORDS.len()] = {
    let mut out = ['\0'; ORDINAL_WORDS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = match char::from_u32(first_char(ORDINAL_WORDS[i].0)) {
            Some(c) => c,
            None => panic!("ORDINAL_WORDS: not UTF-8"),
        };
        i += 1;
    }
    out
};

/// Labels of a site's summary line (`导读：…`), which quotes the text's headings.
pub const SUMMARY_LABELS: &[&str] = &["导读", "导语", "摘要", "内容摘要", "内容提要"];

/// How a line that leads into a list ends before its colon (`主要职能是：` `措施有：`
/// `安排如下：`): a lead-in, not a label heading what follows.
pub const LEAD_IN_ENDS: &[&str] = &["是", "为", "有", "如下", "以下", "包括"];

/// Words of a sentence that announces a list (`下面我讲几点意见。` `提几点希望：`): a lone
/// `第一，` after it opens the list.
pub const LIST_CUES: &[&str] = &["几点", "几个方面", "如下", "以下", "点意见", "点希望", "点要求", "点体会"];

/// What follows `第一` in the marker of a part (`第一部分` `第一章` `第一板块`): a level above
/// `一、`. Not `篇` (site headers: `第一篇 …`), not `条` (articles of a rule, not headings).
pub const PART_UNITS: &[&str] = &["部分", "章", "板块"];

/// Time phrases among [`BODY_OPENINGS`]: no title ends in a verb taking them as object.
pub const TIME_OPENINGS: &[&str] = BODY_OPENINGS.split_at(21).0;

/// Verbs a sentence puts after a document it cites (`党的十九大报告首次提出…`, `…报告指出,`): the
/// report word before them names that document, not the text's title.
pub const CITING_VERBS: &[&str] =
    &["首次提出", "提出", "指出", "强调", "強調", "要求", "明确", "明確", "中指出", "中提出", "中强调", "深刻阐述"];

/// Predicates a sentence puts right after its subject (`二零零七年整体罪案情况保持平稳,…`): a
/// report word before them is the subject's noun, not the end of a title run into its text.
pub const SUBJECT_PREDICATES: &[&str] = &[
    "保持",
    "持续",
    "持續",
    "总体",
    "總體",
    "良好",
    "明显",
    "明顯",
    "有所",
    "不断",
    "不斷",
    "进一步",
    "進一步",
    "得到",
    "呈现",
    "呈現",
    "显著",
    "顯著",
    "稳步",
    "穩步",
    "逐步",
    "较好",
    "較好",
    "平稳",
    "平穩",
    "稳定",
    "穩定",
];

/// How an office held by the speaker of a byline ends (`某区审计局局长 郑某某`).
pub const OFFICE_ENDS: &[&str] = &[
    "长", "長", "书记", "書記", "主任", "主席", "委员", "委員", "经理", "經理", "干部", "幹部", "代表", "教师", "老师",
    "助理", "村官",
];

/// Words of a photo's caption on a page (`Self Photos / Files - …`, `图为…`): a long line with one
/// is the page's, and does not end the part of the text where the title and salutation are.
pub const CAPTION_WORDS: &[&str] = &["Photos", "图片来源", "圖片來源", "摄影", "攝影", "图为", "圖為"];

/// A person's place in a photo, in its caption (`张某某(中)颁发证书`, `（左二）`).
pub const PHOTO_POSITIONS: &[&str] = &[
    "(中)",
    "（中）",
    "( 中 )",
    "(左)",
    "（左）",
    "(右)",
    "（右）",
    "(左一)",
    "（左一）",
    "(左二)",
    "（左二）",
    "(左三)",
    "（左三）",
    "(右一)",
    "（右一）",
    "(右二)",
    "（右二）",
    "(右三)",
    "（右三）",
    "(前排左一)",
    "（前排左一）",
];

/// How a speech to a congress opens once the address is over (`现在,我代表区人民政府…`,
/// `我受…常委会的委托`): the report's body has begun.
pub const SPEECH_OPENINGS: &[&str] = &["现在，我代表", "现在,我代表", "現在，我代表", "現在,我代表", "我代表", "我受"];

/// Words that open a report's body paragraph: time phrases and the reporting unit.
pub const BODY_OPENINGS: &[&str] = &[
    "今年以来",
    "近年来",
    "近几年来",
    "一年来",
    "多年来",
    // `一、充分肯定前阶段的工作两年来,…`: the body after a run-in title, traditional forms too.
    "两年来",
    "兩年來",
    "三年来",
    "三年來",
    "五年来",
    "五年來",
    "几年来",
    "幾年來",
    "一年來",
    "多年來",
    "今年以來",
    "近年來",
    "上半年",
    "下半年",
    "今年",
    "去年",
    // The time phrases above are [`TIME_OPENINGS`] (the first 21).
    "目前",
    "截至",
    "截止",
    "我镇",
    "我县",
    "我市",
    "我区",
    "我乡",
    "我局",
    "我校",
    "我院",
    "我村",
    "我们",
    "我公司",
    "本人",
    "按照",
    "根据",
    "为进一步",
    "为了", // the last six only after a long title:
    "全镇",
    "全县",
    "全市",
    "全区",
    "全乡",
    "全村",
];

/// A body opening right after one of these belongs to the title (`推动我镇…`, `对我县…`).
pub const TITLE_VERB_ENDS: &str = "动进力为把让使将对在与和及的是推促助从向于";

/// Sentences that open a function word never head a section.
pub const NOT_HEADING_START: &[&str] = &[
    "这",
    "该",
    "此",
    "我",
    "他",
    "她",
    "其",
    "但",
    "而",
    "并",
    "同时",
    "目前",
    "截至",
    "截止",
    "通过",
    "如",
    "因",
    "由于",
    "对",
    "在",
    "将",
    "把",
    "从",
    "以",
    "让",
    "使",
    "据",
    "经过",
    "经初步",
    "共",
    "已",
    "还",
    "也",
    "又",
    "都",
    "现将",
    "现在",
    "今",
    "下一步",
    "下面",
    "发言完毕",
    "谢谢",
    "特此",
    "以上",
    "主要",
    "各位",
    "同志们",
    "相信",
    "一",
    "二",
    "三",
];

/// Words a report title ends in (ignoring labels and brackets after them).
pub const TITLE_WORDS: &[&str] = &[
    "报告",
    "汇报",
    "总结",
    "讲话",
    "发言",
    "通报",
    "计划",
    "情况",
    "材料",
    "述职",
    "致辞",
    "致词",
    "讲稿",
    "方案",
    "報告",
    "匯報",
    "總結",
    "講話",
    "計劃",
    "情況",
    "意见",
    "意見",
    "纪要",
    "紀要",
    "说明",
    "說明",
    "要点",
    "要點",
    "规划",
    "規劃",
    "安排",
    "打算",
    "提纲",
    "提綱",
    "体会",
    "體會",
    "回顾",
    "回顧",
    "演讲",
    "演講",
    "主持词",
    "主持詞",
    "主持稿",
    // `党支部书记培训教案`: a Party lecture's notes.
    "教案",
    "串词",
    "串詞",
    "發言",
    "述職",
    "致詞",
    "講稿",
    // A bulletin's (`…工作简报`, `防汛工作簡報`).
    "简报",
    // A township's monthly bulletin (`…2022年三月份工作要情`).
    "要情",
    // A reflection on a film or a book (`“永远在路上”观后感`).
    "观后感",
    "觀後感",
    "读后感",
    "讀後感",
    "簡報",
    // A notice's or a plan's own title (`关于印发…的通知`, `…应急预案`, `…管理办法`).
    "通知",
    "办法",
    "辦法",
    "预案",
    "預案",
    "事迹",
    "事跡",
    "决算",
    "決算",
    // A Party lecture and the set speeches of a ceremony (`七一党课:…`, `…运动会开幕词`).
    "党课",
    "黨課",
    "开幕词",
    "開幕詞",
    "闭幕词",
    "閉幕詞",
    "欢迎词",
    "歡迎詞",
    "贺词",
    "賀詞",
    "祝词",
    "祝詞",
    "献词",
    "獻詞",
    "解说词",
    "解說詞",
    // `新春贺信`, `致全县人民的慰问信`: letters read out or printed as addresses.
    "贺信",
    "賀信",
    "慰问信",
    "慰問信",
    // The same speeches written with 辭 (Hong Kong, Taiwan): `新年致辭`, `畢業典禮歡迎辭`.
    "致辭",
    "欢迎辞",
    "歡迎辭",
    // A head's message on a school's or a district's page: `校長的話`, `區長的話`, `主席的話`.
    "长的话",
    "長的話",
    "主席的话",
    "主席的話",
    // `…护林员工作小结`; a speech in Hong Kong and Macau (`畢業典禮演辭`).
    "小结",
    "小結",
    "演辞",
    "演辭",
    // A request to the level above (`关于…的请示`), a 公文 kind as the 报告 is.
    "请示",
    "請示",
];

/// What a document site puts after a title it lists (`…范文`, `…(全文1896字)`): a copy with it
/// is the site's page title, the plain copy below is the report's own.
pub const TITLE_DECORATIONS: &[&str] = &["范文", "例文", "模板", "精选", "精選", "大全", "全文", "汇编"];

/// Labels a site or a notice puts right before a title on its line (`内容概述 …`, `附件1:…`).
pub const TITLE_PREFIX_LABELS: &[&str] =
    &["内容概述", "內容概述", "文档介绍", "文檔介紹", "附件", "标题", "標題", "文章标题", "文章標題"];

/// A document library's banner glued before a title (`精选优质文档-----倾情为你奉上X`,
/// `下载后可任意编辑X`): the title starts after it.
pub const GLUED_BANNERS: &[&str] = &["为你奉上", "可任意编辑"];

/// A document site's quality tag in brackets after a title it lists (`(精编)`, `【精选】`,
/// `(通用8篇)`, `(全文)`; a count or length around the word aside): not part of the title (T4).
pub const QUALITY_TAGS: &[&str] = &[
    "精",
    "精编",
    "精編",
    "精选",
    "精選",
    "精华",
    "精華",
    "全文",
    "通用",
    "优秀",
    "優秀",
    "推荐",
    "推薦",
    "热门",
    "熱門",
    "最新",
    "完整版",
    "完整",
    "经典",
    "經典",
    "实用",
    "實用",
    "范文",
    "荐",
    "薦",
    "共",
    "本文共",
    "全文共",
    "优选",
    "優選",
    // A Hong Kong government page's language note (`…致辭全文(只有中文)`).
    "只有中文",
    "只有英文",
    "精品",
    // …and its photo note (`…致辞(附图/短片)`).
    "附图/短片",
    "附圖/短片",
    "附图",
    "附圖",
];

/// The fields of a meeting's minutes (`主持人:李某(村主任)`, `会议地点:村委会会议室`): a head line
/// that opens with one is never the title.
pub const MINUTES_LABELS: &[&str] =
    &["主持人", "主持", "记录人", "记录", "参会人员", "出席人员", "列席人员", "会议时间", "会议地点"];

/// Field names of a document site's metadata rows (`时间:`, `来源:`); with
/// [`DISCLOSURE_LABELS`] they make [`SITE_FIELD_LABELS`].
const SITE_ROW_LABELS: &[&str] = &[
    "今天是",
    "时间",
    "時間",
    "日期",
    "来源",
    "來源",
    "作者",
    "栏目",
    "欄目",
    "标签",
    "標籤",
    "关键词",
    "關鍵詞",
    "摘要",
    "简介",
    "導語",
    "导语",
    "导读",
    "目录",
    "目錄",
    "前言",
    "正文",
    "字号",
    "字號",
    // `【字体:大 中 小】` cut after its colon.
    "字体",
    "字體",
    "资源描述",
    "資源描述",
    "文档简介",
    "文檔簡介",
    "问题描述",
    "問題描述",
    "发文文号",
    "發文文號",
    "文号",
    "文號",
    "发布",
    "更新",
    "浏览",
    "阅读",
    "次数",
    "次數",
    "字数",
    "大小",
    "页数",
    "格式",
    "编号",
    "分类",
    "人气",
    "人氣",
    "热度",
    "推荐",
    "相关",
    // A page's share widget and an English preview label (`字体+ | 字体- 分享:`, `Preview:`).
    "分享",
    "Preview",
];

/// A page's field labels for a document's name (`名称: | 某县2023年工作总结 |`).
/// Ends of a form's or a page's field names (`活动名称:`, `负责人:`, `驻村地点:`, `政策解读:`): a
/// `field:value` row is no feature story's `subject:headline`.
pub const FIELD_NAME_ENDS: &[&str] = &[
    "名称",
    "名稱",
    "负责人",
    "負責人",
    "联系人",
    "地点",
    "地點",
    "单位",
    "單位",
    "地址",
    "类别",
    "類別",
    "主题",
    "主題",
    "解读",
    "解讀",
    "标题",
    "標題",
    "题",
    "題",
    "附件",
    "注",
    "说明",
    "說明",
];

/// Ends of a page's or a notice's label over its text (`信箱说明:`, `院長提示:`, `投稿须知:`): a
/// label, not an addressee.
pub const LABEL_ENDS: &[&str] = &[
    "说明", "說明", "提示", "须知", "須知", "简况", "簡況", "概况", "概況", "情况", "情況", "回复", "回復", "提纲",
    "提綱", "大纲", "大綱", "稿件",
];

pub const NAME_FIELDS: &[&str] =
    &["名称", "名稱", "文件名称", "文件名稱", "文章名称", "文章名稱", "信息名称", "信息名稱"];

/// The field names of a government site's disclosure table over a document (`索引号`, `发文字号`,
/// `成文日期`, `公开形式`, `时效性`).
pub const DISCLOSURE_LABELS: &[&str] = &[
    "文件名称",
    "文件名稱",
    "信息名称",
    "信息名稱",
    "索引号",
    "索引號",
    "公开目录",
    "公開目錄",
    "公开责任部门",
    "公開責任部門",
    "公开形式",
    "公開形式",
    "公开方式",
    "公開方式",
    "公开范围",
    "文号",
    "文號",
    "发文字号",
    "發文字號",
    "成文日期",
    "公开日期",
    "公開日期",
    "发布日期",
    "發布日期",
    "发布机构",
    "發布機構",
    "发文机关",
    "發文機關",
    "主题分类",
    "主題分類",
    "体裁分类",
    "體裁分類",
    "有效性",
    "效力状况",
    "效力狀況",
    "时效性",
    "時效性",
    "施行日期",
    "发文日期",
    "發文日期",
    "文件编号",
    "文件編號",
    "生成日期",
    "所属机构",
    "所屬機構",
];

const FIELD_PARTS: &[&[&str]] = &[SITE_ROW_LABELS, DISCLOSURE_LABELS, COUNTER_LABELS];

/// A page's counters (`访问量:`, `浏览次数:`, `點擊數：`): site fields, and chrome lines of their own
/// when their value is lost.
pub const COUNTER_LABELS: &[&str] = &[
    "访问量",
    "訪問量",
    "浏览量",
    "瀏覽量",
    "浏览次数",
    "瀏覽次數",
    "阅读量",
    "閱讀量",
    "点击量",
    "點擊量",
    "点击数",
    "點擊數",
];

/// Field names of a site's metadata rows and of a disclosure table (`时间:`, `来源:`,
/// `文件名称:`): a line that is only one of them and a colon is not a salutation, nor a title.
pub const SITE_FIELD_LABELS: &[&str] = &concat::<{ total_len(FIELD_PARTS) }>(FIELD_PARTS);

/// Words only a site's own rows use (breadcrumbs, related-article lists, page types, toolbars):
/// a head line with one is neither the title nor the salutation.
pub const SITE_CHROME_WORDS: &[&str] = &[
    "当前位置",
    // A page's skip link, read out as text; a forum's sign-up prompts.
    "马上注册",
    // `已阅读5页,还剩18页未读`.
    "页未读",
    "頁未讀",
    "馬上註冊",
    "才可以下载或查看",
    // `安装后可以在桌面快捷访问`: an app's install prompt.
    "快捷访问",
    "快捷訪問",
    "跳至主要内容",
    "跳至主要內容",
    "跳到主要内容",
    "专题频道",
    "專題頻道",
    "當前位置",
    "现在的位置",
    "現在的位置",
    "内容页",
    "內容頁",
    "首页",
    "首頁",
    "推荐度",
    "推薦度",
    "相关推荐",
    "相關推薦",
    "文本内容",
    "打印本页",
    "快捷搜索",
    "投稿须知",
    "免费试读",
    "内容预览",
    "发文机关",
    "發文機關",
    "主题导航",
    "主題導航",
    "信息来源",
    "信息來源",
    "查看隐藏内容",
    "查看隱藏內容",
    "需先登录",
    "需先登錄",
];

/// Words of an editor's lead-in on a document site (`下面是小编整理的…范文`): a long head line
/// with one does not end the head, the title may still follow it.
pub const LEAD_IN_WORDS: &[&str] = &[
    "小编",
    "小編",
    "范文",
    "範文",
    "导语",
    "導語",
    "供大家",
    "供你",
    "供您",
    "整理了",
    "整理的",
    "欢迎参考",
    "歡迎參考",
    "供参考",
    "供參考",
    // `导读:…`, `下面给大家分享一些…,希望对大家有所帮助。`: an editor's words about the page.
    "导读",
    "導讀",
    "给大家分享",
    "給大家分享",
    "为大家分享",
    "為大家分享",
    "有所帮助",
    "有所幫助",
    "欢迎阅读",
    "歡迎閱讀",
];

/// What a page that collects many texts calls itself (`年终工作总结大全`).
pub const COLLECTION_WORDS: &[&str] = &["大全", "合集", "汇编", "彙編", "集锦", "集錦", "锦集", "錦集"];

/// Conjunctions that carry a title on past its first report word (`…工作总结和…工作计划`).
pub const TITLE_JOINERS: &[char] = &['和', '及', '暨', '与', '與', '并', '並'];

/// Words that open with a joiner of [`TITLE_JOINERS`] but are no conjunction (`和谐乡镇…`): a line
/// opening with one carries no title on from the line above.
pub const JOINER_WORDS: &[&str] = &["和谐", "和美", "和平", "及时"];

/// Words that make a line ending in ：a salutation.
pub const SALUTATION_WORDS: &[&str] = &[
    "各位",
    // A legislature's chair addressed in Hong Kong's and Taiwan's speeches (`主席女士:`).
    "主席女士",
    "主席先生",
    "同志们",
    "相信",
    "同志們",
    "尊敬的",
    "领导",
    "領導",
    "代表",
    "委员",
    "委員",
    "朋友们",
    "老师们",
    "老师",
    "同学们",
    "来宾",
    "党员",
    "主任",
    "书记",
    "大家好",
    "同事们",
    "同事們",
    "乡亲们",
    "鄉親們",
    "女士们",
    "先生们",
    "女士們",
    "先生們",
    "同學們",
    "老師們",
    // `亲爱的全院职工:`, `各位队友`, `尊敬的各位家长`: an address to the people in the room.
    "亲爱的",
    "親愛的",
    "敬爱的",
    "敬愛的",
    "职工",
    "職工",
    "员工",
    "員工",
    "家长",
    "家長",
    "家人们",
    "家人們",
    "队友",
    "隊友",
    "专家",
    "專家",
    "嘉宾",
    "嘉賓",
    "干部",
    "幹部",
    "同仁",
    "战友",
    "戰友",
    "村民们",
    "居民们",
    "小朋友",
];

/// Closing formulas.
pub const CLOSING_WORDS: &[&str] =
    &["发言完毕", "谢谢大家", "谢谢！", "以上汇报", "不妥之处", "特此报告", "请批评指正", "汇报完毕"];

/// Paragraph openings that start a "problems" / "next steps" part.
pub const PART_OPENINGS: &[&str] =
    &["下一步", "存在问题", "存在的问题", "今后工作", "今后打算", "我们也清醒", "同时也要看到"];

/// Strong title words first: a report's first clause may mention 情况 or 计划 in passing.
pub const STRONG_TITLE_WORDS: &[&str] = &[
    "汇报",
    "报告",
    "总结",
    "讲话",
    "发言",
    "通报",
    "述职",
    "匯報",
    "報告",
    "總結",
    "講話",
    "发言稿",
    "讲话稿",
    "發言稿",
    "講話稿",
];

/// A clause of purpose or basis opening a sentence (`为贯彻落实…,`, `根据…要求,`): the first
/// words of a body paragraph, not of a title.
pub const PURPOSE_OPENINGS: &[&str] = &[
    "为贯彻",
    "為貫徹",
    "为深入",
    "為深入",
    "为进一步",
    "為進一步",
    "為進壹步",
    "为了",
    "為了",
    "为深刻",
    "為深刻",
    "为切实",
    "為切實",
    "为全面",
    "為全面",
    "为加强",
    "為加強",
    "为认真",
    "為認真",
    "为推动",
    "為推動",
    "为做好",
    "為做好",
    "为确保",
    "為確保",
    "根据",
    "根據",
    "按照",
];

/// What continues a report word into a longer word (`计划生育`, `报告会`, `讲话精神`): a title
/// cut there would end mid-word.
pub const TITLE_WORD_RUNS: &[&str] =
    &["生育", "会", "會", "精神", "人", "下", "中", "时", "時", "期间", "單", "单", "表明", "显示", "指出", "要求"];

/// A how-to page's question about a kind of text (`…讲话稿如何写`, `…考察报告怎么写`): never a title.
pub const HOW_TO_WORDS: &[&str] = &["如何写", "怎么写", "怎样写", "如何寫", "怎麼寫", "怎么寫", "怎樣寫"];

/// The most common Chinese surnames (simplified and traditional): a line of two or three words
/// of two or three characters, each opening with one, is a list of authors (`周振宇 高敬东 陈剑琦`).
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蔣蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯";

/// The words of a generic section name (`调查背景与目的`, `总体目标和要求`, `指导思想`): a line
/// made of these and `与`/`和`/`及` alone names a part of a report, never the report, so an
/// excerpt that opens with it has no title line. Longer words first; traditional forms too.
pub const SECTION_NAME_WORDS: &[&str] = &[
    "指导思想",
    "指導思想",
    "基本情况",
    "基本情況",
    "基本概况",
    "基本概況",
    "存在的问题",
    "存在的問題",
    "下一步打算",
    "下步打算",
    "组织领导",
    "組織領導",
    "主要做法",
    "存在问题",
    "存在問題",
    "背景",
    "目的",
    "目标",
    "目標",
    "要求",
    "意义",
    "意義",
    "原则",
    "原則",
    "任务",
    "任務",
    "做法",
    "措施",
    "步骤",
    "步驟",
    "安排",
    "成效",
    "成绩",
    "成績",
    "不足",
    "建议",
    "建議",
    "对策",
    "對策",
    "内容",
    "內容",
    "对象",
    "對象",
    "范围",
    "範圍",
    "方法",
    "概况",
    "概況",
    "情况",
    "情況",
    "思路",
    "重点",
    "重點",
    "保障",
    "总体",
    "總體",
    "主要",
    "具体",
    "具體",
    "工作",
    "调查",
    "調查",
    "实施",
    "實施",
    "活动",
    "活動",
    "与",
    "與",
    "和",
    "及",
    "的",
    "、",
];

/// An editor's label alone on its line over the page's own paragraphs about the text.
pub const FOREWORD_LABELS: &[&str] =
    &["前言", "编者按", "編者按", "编者的话", "編者的話", "按语", "按語", "导读", "導讀"];

/// Openings of a salutation (an addressee list).
pub const SALUTATION_STARTS: &[&str] = &[
    "尊敬的",
    // `主任、各位副主任、秘书长,各位委员:` (a report to a standing committee).
    "主任、",
    "敬爱的",
    "敬愛的",
    "亲爱的",
    "親愛的",
    "各位",
    "同志们",
    "相信",
    "同志們",
    "全体",
    "全體",
    "在座的",
    "大家",
    "领导",
    "領導",
    "老师们",
    "朋友们",
    "同事们",
    "同事們",
    "乡亲们",
    "鄉親們",
    "父老乡亲",
    "女士们",
    "女士們",
    "先生们",
    "先生們",
    "朋友們",
    "同学们",
    "同學們",
    "老師們",
];

/// The bodies addressed in a report to a people's congress (`市人大常委会：`).
pub const ADDRESSEE_ENDS: &[&str] = &["常委会", "常委會", "常务委员会", "常務委員會", "委员会", "委員會"];

/// Labels naming who gives a speech or writes a text (`報告人縣長某某`, `主讲人:某某`).
pub const BYLINE_LABELS: &[&str] =
    &["报告人", "報告人", "主讲人", "主講人", "发言人", "發言人", "演讲人", "演講人", "作者", "撰稿"];

/// How a news column's name ends (`【工作落实】`, `【驻村扶贫故事】`, `【质监典型】`): a tag before a
/// title. Not a place or a body (`【某镇】`), which can be the title's own first word.
pub const COLUMN_ENDS: &[&str] = &[
    "动态", "動態", "落实", "落實", "故事", "典型", "要闻", "要聞", "快讯", "快訊", "聚焦", "关注", "關注", "视点",
    "視點", "亮点", "亮點", "纪实", "紀實", "简讯", "簡訊", "速递", "速遞", "播报", "播報", "一线", "一線", "报道",
    "報道", "人物", "风采", "風采", "手记", "手記",
];

/// Words of a subtitle after `——` on the title's line that is not the title's (an occasion, a
/// speech, a paper's case: `——在…会议上的讲话`, `——以某银行为例`); a headline's second half has none.
pub const DASH_SUBTITLE_WORDS: &[&str] =
    &["上的", "会上", "會上", "讲话", "講話", "发言", "發言", "致辞", "致詞", "报告", "報告", "为例", "為例"];

/// Offices that end an author's line after a title (`…问题及对策 某街道党工委书记`); not a bare
/// `长`, which ends slogans too (`共同成长`).
pub const BYLINE_OFFICES: &[&str] = &[
    "书记",
    "書記",
    "主任",
    "局长",
    "局長",
    "县长",
    "縣長",
    "镇长",
    "鎮長",
    "乡长",
    "鄉長",
    "市长",
    "市長",
    "区长",
    "區長",
    "校长",
    "校長",
    "院长",
    "院長",
    "部长",
    "部長",
    "厅长",
    "廳長",
    "处长",
    "處長",
    "科长",
    "科長",
    "行长",
    "行長",
    "经理",
    "經理",
    "主席",
    "会长",
    "會長",
    "理事长",
    "理事長",
    "董事长",
    "董事長",
    "总干事",
    "總幹事",
    "牧师",
    "牧師",
];

/// How a body's name ends when it stands alone over a text as its issuer (`某某供电公司`); not
/// `部`, `村` or `中心`, which end slogans too (`好干部`, `新农村`, `以人民为中心`).
pub const ISSUER_ENDS: &[&str] = &[
    "公司",
    "办公室",
    "辦公室",
    "人民政府",
    "委员会",
    "委員會",
    "领导小组",
    "領導小組",
    "党支部",
    "黨支部",
    "统计局",
    "統計局",
];

/// Office titles a salutation addresses its listeners by (`主任、各位副主任,委员:`).
pub const ADDRESSEE_OFFICES: &[&str] = &[
    "主任",
    "委员",
    "委員",
    "秘书长",
    "秘書長",
    "主席",
    "代表",
    "书记",
    "書記",
    "常委",
    "议员",
    "議員",
    // A guest of honour and the heads addressed first at a school's ceremony (`魏教授、李校長、…`).
    "教授",
    "校长",
    "校長",
    "院长",
    "院長",
    "会长",
    "會長",
    // A county's or a city's heads addressed by name at a council's opening (`吳縣長、黃副縣長`).
    "县长",
    "縣長",
    "市长",
    "市長",
    "镇长",
    "鎮長",
    "局长",
    "局長",
];

/// How an address opens right after a title or a speaker's name glued before it
/// (`…述职报告1尊敬的各位院领导:`, `黎某某各位委员、同志们:`).
pub const ADDRESS_OPENERS: &[&str] = &["各位", "尊敬的", "敬爱的", "亲爱的", "敬愛的", "親愛的"];

/// A legislature's or a council's chair addressed alone (`主席:`, `代理主席,…`), as Hong Kong's,
/// Taiwan's and Macau's speeches open.
pub const CHAIR_ADDRESSES: &[&str] = &["主席", "代理主席", "主席女士", "主席先生", "議長", "议长"];

/// How the units a notice is addressed to end (`…人民政府,市政府各部门、单位,…有关单位:`,
/// `…示范区管委会`, `市城管执法总队`).
pub const ADDRESSEE_UNIT_ENDS: &[&str] = &[
    "单位",
    "單位",
    "部门",
    "部門",
    "政府",
    "机关",
    "機關",
    "委员会",
    "委員會",
    "管委会",
    "管委會",
    "总队",
    "總隊",
    "支队",
    "支隊",
    "直属机构",
    // `街道办事处`, `机关各处室`, `各人民团体`.
    "团体",
    "團體",
    "办事处",
    "辦事處",
    "处室",
    "處室",
    // `…农业农村局`, `市政府各委、办、局`: the offices a notice is sent to.
    "局",
    "委",
    "办",
    "辦",
    "厅",
    "廳",
    "各处室",
    "科室",
    "学校",
    "學校",
    "附校",
    "机构",
    "機構",
    "办事处",
    "辦事處",
    "办公室",
    "辦公室",
    "联络组",
    "聯絡組",
    "各镇",
    "各鎮",
    "各乡镇",
    "各鄉鎮",
    "委员",
    "委員",
    // `各全国学会、协会,各省、自治区、直辖市科协,…杂志社:`: the societies, federations and
    // places a notice of a federation or a province is sent to.
    "会",
    "會",
    "科协",
    "科協",
    "联",
    "聯",
    "社",
    "组织",
    "組織",
    "平台",
    "基地",
    "区",
    "區",
    "市",
    "县",
    "縣",
    "省",
    "港",
    // `各科室,各站所,各村:`: a township's stations and villages.
    "站所",
    "各村",
];

/// The extensions of a document file whose name heads a paste (`行政管理制度.docx`): the
/// title is the name without it.
pub const FILE_EXTENSIONS: &[&str] = &[".docx", ".doc", ".wps", ".pdf", ".txt", ".DOCX", ".DOC", ".PDF"];

/// A host script's speaker labels (`男:尊敬的各位领导、各位来宾。`): the address follows one.
pub const SPEAKER_LABELS: &[&str] =
    &["男", "女", "甲", "乙", "主持人", "主持", "男主持", "女主持", "男主持人", "女主持人", "男女合", "合"];

/// A conjunction before the last addressee of a list (`…,以及各位家长朋友们:`).
pub const ADDRESSEE_CONJUNCTIONS: &[&str] = &["以及", "还有", "還有", "及"];

/// Words that make a would-be salutation the start of the report itself (`现将…汇报如下：`).
/// (`习近平总书记庄严宣告:`, `…强调:`: a quotation's speaker, no address.)
pub const REPORTING_WORDS: &[&str] =
    &["如下", "以下", "汇报", "報告", "报告", "匯報", "现将", "下面", "宣告", "指出", "强调", "強調"];

/// How the name of an organisation signing a report ends (`XX镇人民政府`, `XX党支部`).
pub const SIGNATURE_ORG_ENDS: &[&str] = &[
    "委",
    "政府",
    "局",
    "镇",
    "乡",
    "办公室",
    "支部",
    "委员会",
    "中心",
    "村",
    "社区",
    "公司",
    "院",
    "厅",
    "部",
    "处",
    "科",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_openings_are_the_time_phrases_at_the_head_of_body_openings() {
        assert!(TIME_OPENINGS.iter().all(|w| w.ends_with(&['来', '來', '年'][..])), "{TIME_OPENINGS:?}");
        assert!(!BODY_OPENINGS[TIME_OPENINGS.len()].ends_with(&['来', '來', '年'][..]));
    }

    #[test]
    fn word_index_finds_what_contains_finds() {
        const W: &[&str] = &["小编", "下载", "下", "QQ", "字数", "𠮷人"];
        const IDX: WordIndex = word_index!(W);
        for t in ["小编为大家整理的下载", "客服QQ：123 字数:5", "𠮷人下下载", "", "无关的文字"]
        {
            let mut found = Vec::new();
            IDX.each_match(t, |k, at| found.push((k, at)));
            let mut want: Vec<(usize, usize)> =
                W.iter().enumerate().flat_map(|(k, w)| t.match_indices(w).map(move |(p, _)| (k, p))).collect();
            want.sort_by_key(|&(k, p)| (p, k));
            assert_eq!(found, want, "{t}");
        }
        assert_eq!(IDX.at_start("下载了").collect::<Vec<_>>(), [1, 2]);
        assert_eq!(IDX.word(3), "QQ");
        assert_eq!(concat::<3>(&[&["a"], &["b", "c"]]), ["a", "b", "c"]);
    }

    #[test]
    fn indexed_lookups_agree_with_the_plain_scans() {
        let texts = [
            "人次参加",
            "个百分点",
            "平方公里内",
            "m3水",
            "人民群众",
            "社区居委会",
            "镇长",
            "年代",
            "中心城区",
            "",
            "x",
        ];
        for t in texts {
            let plain_unit = UNITS.iter().copied().filter(|u| t.starts_with(u)).max_by_key(|u| u.len());
            assert_eq!(unit_at(t), plain_unit, "{t}");
            let plain_suffix = NAME_SUFFIXES.iter().copied().filter(|w| t.starts_with(w)).max_by_key(|w| w.len());
            assert_eq!(name_suffix_at(t), plain_suffix, "{t}");
            let not_unit = NOT_UNIT_WORDS.iter().any(|w| t.starts_with(w));
            assert_eq!(NOT_UNIT_INDEX.at_start(t).next().is_some(), not_unit, "{t}");
        }
    }

    #[test]
    fn traditional_pairs_are_well_formed() {
        let c: Vec<char> = SIMPLIFIED_TRADITIONAL.chars().collect();
        assert_eq!(c.len() % 2, 0);
        for p in c.chunks(2) {
            assert!(is_han(p[0]) && is_han(p[1]) && p[0] != p[1], "{p:?}");
            // One simplified form for each traditional character, and none is also simplified.
            assert!(c.chunks(2).all(|q| q[1] != p[1] || q[0] == p[0]), "{p:?}");
            assert!(c.chunks(2).all(|q| q[0] != p[1]), "{p:?}");
            assert_eq!(c.chunks(2).filter(|q| *q == p).count(), 1, "{p:?} listed twice");
        }
        assert_eq!((simplified('個'), simplified('緊'), simplified('个'), simplified('x')), ('个', '紧', '个', 'x'));
    }

    #[test]
    fn tail_sets_hold_their_characters() {
        let set = TailSet::new(&['×', '某', '（', '𠮷']);
        for c in ['×', '某', '（', '𠮷'] {
            let s = format!("甲{c}");
            assert_eq!(set.may_hold(s.as_bytes(), 3), (true, c.len_utf8()), "{c}");
            assert!(set.may_contain(c), "{c}");
        }
        let misses = "甲乙丙丁的是了工作".chars().filter(|c| set.may_hold(c.to_string().as_bytes(), 0).0).count();
        assert_eq!(misses, 0);
        assert!(!"甲乙丙丁的是了工作，。".chars().any(|c| set.may_contain(c)));
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit_at("人次参加"), Some("人次"));
        assert_eq!(unit_at("个百分点"), Some("个百分点"));
        assert_eq!(unit_at("个党支部"), Some("个"));
        assert_eq!(unit_at("党支部"), None);
    }

    #[test]
    fn numbers_parse_as_the_standard_library_does() {
        for t in [
            "0",
            "20",
            "84.71",
            "0.5",
            "1,234",
            "1,234.5",
            "60.25",
            "9007199254740993",
            "123456789012345678901234567890",
        ] {
            assert_eq!(parse_number(t), t.replace(',', "").parse::<f64>().ok(), "{t}");
        }
        for t in ["", ".", "1.2.3", "１２", "-1", "1e5"] {
            assert_eq!(parse_number(t), None, "{t}");
        }
        // Every number of up to 15 significant digits with up to 15 decimals.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 15 + 1) as u32;
            let m = (x >> 8) % 10u64.pow(digits);
            let s = m.to_string();
            let k = ((x >> 4) % (s.len() as u64 + 1)) as usize;
            let t = match k {
                0 => s,
                k if k == s.len() => format!("0.{s}"),
                k => format!("{}.{}", &s[..s.len() - k], &s[s.len() - k..]),
            };
            assert_eq!(parse_number(&t), t.parse::<f64>().ok(), "{t}");
        }
    }

    #[test]
    fn numbers_print_as_written() {
        assert_eq!(fmt_number(20.0), "20");
        assert_eq!(fmt_number(84.71), "84.71");
        assert_eq!(fmt_number(-4.7), "-4.7");
        assert_eq!(fmt_number(134_900_000_000_000.0), "134900000000000");
        assert_eq!(fmt_number(0.000_000_1), "0");
    }

    #[test]
    fn han_numbers() {
        assert_eq!(han_number("十二"), Some(12));
        assert_eq!(han_number("二十"), Some(20));
        assert_eq!(han_number("三"), Some(3));
        assert_eq!(han_number("二十三"), Some(23));
        assert_eq!(han_number("零"), None);
        // Exactly the shapes above: not longer, not empty, not 一十.
        assert_eq!(han_number("十"), Some(10));
        assert_eq!(han_number("二十三四"), None);
        assert_eq!(han_number("一十"), None);
        assert_eq!(han_number(""), None);
        assert_eq!(han_number("十十"), None);
        assert_eq!(ORDINAL_FIRSTS, ['首', '其', '再', '最']);
    }
}
