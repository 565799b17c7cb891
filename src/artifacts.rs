//! Site artefacts (spec §5): text that is not part of the report. Takes the source, gives
//! sorted, non-overlapping byte spans. Patterns live in the tables below; the code only knows
//! three shapes: a token anywhere, a notice that owns its whole line, and a pinyin gloss.
//!
//! Collection headers and site title lines (`…(精选3篇)`, a shorter copy of the title) are
//! decided in `structure`, which knows where the title is, and added there.

use crate::blocks::{self, is_space};
use crate::span::Span;
use crate::tables::{any_digit, concat, is_han, total_len, word_index, TailSet, WordIndex, DISCLOSURE_LABELS};

/// Markers that are artefacts wherever they stand (after the `##…##` / `$$…$$` shapes).
const TOKENS: &[&str] = &["本资料权属文秘公文第一站严禁复制剽窃"];
const TOKEN_INDEX: WordIndex = word_index!(TOKENS);

/// Three-byte characters that can start an inline artefact: the shapes `inline` dispatches on
/// and the first character of each token.
const INLINE_STARTS: &[char] = &['【', '（', '…', '第'];

/// [`INLINE_STARTS`] and the first characters of the tokens: `inline` decodes a Han character
/// only when it may be one of these, so most are skipped after one bit test.
const INLINE_SET: TailSet = TailSet::new(INLINE_STARTS).with_first_chars(TOKENS);

/// A line containing all the words of one entry is a site notice; the whole line goes.
const NOTICE_LINES: &[&[&str]] = &[
    &["全文共", "字", "显示"],
    &["全文共", "字", "顯示"],
    &["请认真阅读下面的提示信息"],
    &["预览结束"],
    &["本文档由", "上传"],
    &["下载后可编辑"],
    &["仅展示", "字"],
    &["内容发布更新时间"],
    &["下面是文章的全部内容"],
    &["下面是小编", "供大家参考"],
    &["小编为大家"],
    &["精心挑选", "供您"],
    &["范文", "仅供参考"],
    &["範文", "僅供參考"],
    &["范文", "僅供參考"],
    &["省略", "会员"],
    &["省略", "會員"],
    &["更多", "请访问"],
    &["如有侵权"],
    &["版权归", "所有"],
    &["免责声明"],
    &["扫一扫", "关注"],
    &["关注", "公众号"],
    &["点击", "下载"],
    &["文档", "免费下载"],
    &["此处省略", "字"],
    &["本文由", "整理"],
    &["转载", "注明出处"],
    &["简体", "繁体"],
    &["簡體", "繁體"],
    // A blog's comment form (`發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *`).
    &["电子邮件地址不会被公开"],
    &["电子邮箱地址不会被公开"],
    &["電子郵件地址不會公開"],
    &["必填欄位標示為"],
    &["必填项已用"],
    // A row of share buttons (`分享到Facebook   分享到google+   分享到微博`).
    &["分享到Facebook"],
    &["分享到facebook"],
    &["分享到微博", "分享到微信"],
    // `因篇幅问题不能全部显示,请点此查看更多更全内容`, `用手机扫描二维码 在手机上继续观看`.
    &["不能全部显示"],
    &["手机上继续观看"],
    &["网站支持IPv6"],
    // A paywall's and a tip jar's lines (`(想阅读完全部图文内容,您需要先登陆!)`, `…请赞赏鼓励哦!`).
    &["阅读完全部", "登陆"],
    &["阅读完全部", "登录"],
    &["赞赏鼓励"],
    &["有人赏赞"],
    // A blog's post row (`2018年8月17日23:55:20…研究报告已关闭评论`).
    &["已关闭评论"],
    &["评论已关闭"],
    &["已關閉評論"],
    &["評論已關閉"],
    // A hacked page's keyword spam.
    &["一区二区"],
    &["国产精品"],
];

/// Lines that are artefacts when they are exactly this (after trimming).
/// `:::` is a government site's access key for its main block (Taiwan's accessibility rules).
const WHOLE_LINES: &[&str] = &[
    "资源描述",
    "資源描述",
    "| |",
    "||",
    "|",
    "×",
    "目录",
    "目錄",
    "PAGE",
    ":::",
    "手机查看",
    "手機查看",
    "logo",
    "LOGO",
    // A page's footer blocks after the text (`阅读全文`, `关于本文`, `相关内容`, `热门推荐`).
    "阅读全文",
    "閱讀全文",
    "关于本文",
    "關於本文",
    "相关内容",
    "相關內容",
    "热门推荐",
    "熱門推薦",
    "二维码",
    "二維碼",
    "分享:",
    "分享：",
];

/// Prefixes that are artefacts at the start of a line.
const LINE_PREFIXES: &[&str] =
    &["标题:", "标题：", "標題:", "標題：", "•", "●", "【正文】", "【概述】", "【文案】", "【导读】", "【導讀】"];

/// A row of a government site's disclosure table (`索引号 | /2025-0000 | 公开目录: | 工作报告 |`,
/// `发文机关最高人民法院`, `施行日期2017年11月01日`): it opens with a field name, or names two, and
/// holds no sentence.
fn is_disclosure_row(t: &str) -> bool {
    if t.chars().nth(80).is_some() || t.contains(&['。', '，', ',', '；'][..]) {
        return false;
    }
    let t = t.trim_start_matches(['[', '【', '|', ' ', '\u{3000}']);
    let opens = DISCLOSURE_LABELS.iter().any(|w| t.starts_with(w));
    let named = DISCLOSURE_LABELS.iter().filter(|w| t.contains(**w)).count();
    named >= 2 || opens && t.chars().nth(40).is_none()
}

/// News agencies whose dateline opens a report they carry (`新华社北京3月15日电`).
const AGENCIES: &[&str] = &["新华社", "新華社", "中新社", "中新网", "中新網", "人民网", "人民網", "央视网", "央視網"];

/// `名称: | 某县2023年工作总结 | 文号: | |`: a metadata row whose one value is a report's name,
/// the rest its labels (`名称:`) and empty cells: (end of the bar before the value, start of the
/// bar after it). The labels and bars are the site's; the name stays for the title.
fn title_cell(t: &str) -> Option<(usize, usize)> {
    if !t.contains('|') {
        return None;
    }
    // The value and the label cell right before it.
    let mut value = None;
    let mut last_label = None;
    let mut at = 0;
    for cell in t.split('|') {
        let (a, c) = (at, cell.trim_matches(is_space));
        at += cell.len() + 1;
        if c.is_empty() {
            continue;
        }
        if c.ends_with(&[':', '：'][..]) && c.chars().count() <= 8 {
            last_label = Some(c);
        } else if value.is_none()
            && crate::tables::contains_any(c, crate::tables::TITLE_WORDS)
            && !c.contains(&['。', '，', ',', ':', '：'][..])
        {
            value = Some((a, a + cell.len(), last_label));
        } else {
            return None;
        }
    }
    let (a, b, label) = value?;
    // Only a name field's: a `标 题:` row copies a title the page has below it, whole.
    let label: String = label?.trim_end_matches(&[':', '：'][..]).chars().filter(|c| !is_space(*c)).collect();
    if !crate::tables::NAME_FIELDS.contains(&label.as_str()) {
        return None;
    }
    // The bars go with the labels: `名称: |` and `| 文号: | |`.
    (a > 0 && b < t.len()).then_some((a, b))
}

/// `新华社北京3月15日电`, `新華社北京3月11日電(记者 某某)`: a news agency's dateline at the start of
/// a line, its length (with a reporter's name in brackets after it).
fn dateline_len(t: &str) -> Option<usize> {
    let a = AGENCIES.iter().find(|a| t.starts_with(**a))?;
    let rest = &t[a.len()..];
    let head = &rest[..rest.char_indices().nth(20).map_or(rest.len(), |x| x.0)];
    let p = head.find(&['电', '電'][..])?;
    let dated = head[..p].ends_with('日') && head[..p].contains('月');
    if !dated {
        return None;
    }
    let mut n = a.len() + p + '电'.len_utf8();
    let after = &t[n..];
    if let Some(r) = after.strip_prefix(['(', '（']) {
        if let Some(k) = r.char_indices().take(16).find(|x| matches!(x.1, ')' | '）')).map(|x| x.0) {
            if r.starts_with(&['记', '記'][..]) {
                n += after.len() - r.len() + k + r[k..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    Some(n)
}

/// Suffixes that are artefacts at the end of a line.
const LINE_SUFFIXES: &[&str] = &["| |", "||"];

/// Site vocabulary, weighted: words that mark a line as the site's own (metadata rows, editors'
/// lead-ins, download notices) rather than the report's. Weight 3: words a report itself almost
/// never uses (小编, 下载, 上传, 范文); 2: words common on sites and rare in reports (客服, QQ,
/// 字数); 1: words reports use too (阅读, 发布, 举报, 分享), which count only together with others.
/// Each entry counts once per line. Simplified and traditional forms.
const SITE_WORDS: &[(&str, u32)] = &[
    ("小编", 3),
    ("小編", 3),
    ("下载", 3),
    ("下載", 3),
    ("上传", 3),
    ("上傳", 3),
    ("范文", 3),
    ("範文", 3),
    ("本站", 3),
    ("侵权", 3),
    ("侵權", 3),
    ("网友评论", 3),
    ("网友", 2),
    ("網友", 2),
    ("客服", 3),
    // `1、部分资料下载需要金币…`, `3、资料包下载后请先用软件解压…`: a site's download notice.
    ("金币", 3),
    ("金幣", 3),
    ("解压", 2),
    ("解壓", 2),
    ("压缩包", 2),
    ("壓縮包", 2),
    // `论文部分内容阅读`: a periodical site's label over the excerpt it shows.
    ("内容阅读", 3),
    ("內容閱讀", 3),
    ("QQ", 2),
    ("字数", 2),
    ("字數", 2),
    ("页数", 2),
    ("頁數", 2),
    ("人气", 2),
    ("人氣", 2),
    ("栏目", 2),
    ("欄目", 2),
    ("关键词", 3),
    ("關鍵詞", 3),
    ("关键字", 2),
    ("關鍵字", 2),
    ("导语", 2),
    ("導語", 2),
    ("本文档", 3),
    ("文档", 2),
    ("文檔", 2),
    ("浏览", 2),
    ("瀏覽", 2),
    ("收藏", 2),
    ("会员", 2),
    ("會員", 2),
    // `一般公告 / 張貼者 教務主任`, `點閱:1452`: a school site's post header.
    ("張貼者", 5),
    ("张贴者", 5),
    ("點閱", 3),
    ("点阅", 3),
    // `區長的話各位敬愛的鄉...(恕刪)`: a forum's quote of the post, cut short.
    ("恕刪", 5),
    ("恕删", 5),
    // `3分钟在线开通会员查看此文章!`: a paywall's offer.
    ("开通会员", 3),
    ("開通會員", 3),
    ("首页", 3),
    ("首頁", 3),
    ("当前位置", 3),
    ("當前位置", 3),
    ("您的位置", 3),
    ("欢迎访问", 3),
    ("歡迎訪問", 3),
    ("购物车", 3),
    ("購物車", 3),
    ("温馨提示", 3),
    ("溫馨提示", 3),
    ("预览", 3),
    ("預覽", 3),
    ("VIP", 3),
    ("vip", 3),
    ("Vip", 3),
    ("退款", 3),
    ("上一篇", 3),
    ("下一篇", 3),
    // `上一則公告 下一則公告`: a bulletin board's links to the posts around this one.
    ("上一則", 3),
    ("下一則", 3),
    ("上一则", 3),
    ("下一则", 3),
    ("公网安备", 5),
    ("ICP", 3),
    ("文库", 3),
    ("文庫", 3),
    ("作文网", 3),
    ("文秘网", 3),
    ("公文网", 3),
    ("珍藏版", 3),
    ("投稿", 2),
    ("足迹", 3),
    ("足跡", 3),
    ("字号", 2),
    ("字號", 2),
    ("权限", 2),
    ("權限", 2),
    ("备案", 2),
    // The metadata table of a government site's disclosure page (`索引号 | 发布机构 | …`).
    ("索引号", 3),
    ("索引號", 3),
    ("发布机构", 3),
    ("發布機構", 3),
    ("发文字号", 2),
    ("發文字號", 2),
    ("公开方式", 3),
    ("公開方式", 3),
    ("公开类别", 3),
    ("公开范围", 3),
    ("公开形式", 3),
    ("公开时限", 3),
    // Government sites pad their labels to one width.
    ("索 引 号", 3),
    ("扫一扫", 3),
    ("掃一掃", 3),
    ("点此", 3),
    ("點此", 3),
    ("登陆", 2),
    ("登陸", 2),
    ("ID:", 3),
    ("ID：", 3),
    ("标签", 2),
    ("標籤", 2),
    ("在线", 1),
    ("在線", 1),
    ("查看", 1),
    ("复制", 1),
    ("複製", 1),
    ("正文", 1),
    ("相关", 1),
    ("相關", 1),
    ("返回", 1),
    ("搜索", 1),
    ("访问", 1),
    ("訪問", 1),
    ("平台", 1),
    ("www.", 3),
    ("http", 3),
    (".com", 3),
    ("举报", 1),
    ("舉報", 1),
    ("阅读", 1),
    ("閱讀", 1),
    ("发布", 1),
    ("發布", 1),
    ("發佈", 1),
    ("分享", 1),
    // `• 通過AA2.1等級無障礙網頁檢測`, `• 手機掃描QR Code,可取得此頁連結。`: an accessible site's badges.
    ("無障礙網頁", 5),
    ("无障碍网页", 5),
    ("QR Code", 2),
    ("此頁連結", 5),
    ("此页链接", 5),
    // `此页面上的内容需要较新版本的 Adobe Flash Player。`: an old page's plug-in notice.
    ("Flash Player", 3),
    // `联系客服提示-某某资料网`: a document site's name.
    ("资料网", 2),
    ("資料網", 2),
    // `登录 注冊 长者版 | 无障碍 I 繁体中文`: a government site's header.
    ("长者版", 3),
    ("長者版", 3),
    ("繁体中文", 2),
    ("繁體中文", 2),
    ("简体中文", 2),
    ("簡體中文", 2),
    ("登录", 1),
    ("登錄", 1),
    ("注册", 1),
    ("註冊", 1),
    ("注冊", 1),
    ("整理", 1),
    ("参考", 1),
    ("參考", 1),
    ("希望", 1),
    ("帮助", 1),
    ("幫助", 1),
    ("大家", 1),
    ("为您", 1),
    ("為您", 1),
    ("欢迎", 1),
    ("歡迎", 1),
    ("来源", 1),
    ("來源", 1),
    ("作者", 1),
    ("点击", 1),
    ("點擊", 1),
    ("免费", 1),
    ("免費", 1),
    ("评论", 1),
    ("評論", 1),
    ("版权", 1),
    ("版權", 1),
    ("网站", 1),
    ("網站", 1),
    ("格式", 1),
    ("打印", 1),
    ("字体", 1),
    ("字體", 1),
    ("序言", 1),
    ("下面", 1),
    ("以下", 1),
    ("精选", 1),
    ("精選", 1),
];

/// Labels of a site's metadata row (`上传时间：`, `栏目：`, `大小：`): each `label:` adds 2.
const SITE_LABELS: &[&str] = &[
    "时间",
    "時間",
    "日期",
    "大小",
    "格式",
    "类别",
    "類別",
    "分类",
    "分類",
    "来源",
    "來源",
    "作者",
    "编辑",
    "編輯",
    "责编",
    "栏目",
    "欄目",
    "人气",
    "人氣",
    "关键词",
    "關鍵詞",
    "标签",
    "標籤",
    "字数",
    "字數",
    "页数",
    "頁數",
    "浏览",
    "瀏覽",
    "阅读",
    "閱讀",
    "热度",
    "熱度",
    "导语",
    "導語",
    "序言",
    "前言",
    "所属",
    "點擊",
    "点击",
    "下载",
    "下載",
    "序論",
    "序论",
    "字号",
    "字號",
    "温馨提示",
    "溫馨提示",
    "内容预览",
    "內容預覽",
    "上一篇",
    "下一篇",
    "客服",
];

/// Who speaks in an editor's lead-in (`以下是`, `小编`, `为大家`; see [`is_lead_in`]).
const LEAD_WHO: &[&str] = &[
    "以下是",
    "下面是",
    "以下為",
    "下面為",
    "为大家",
    "為大家",
    "为您",
    "為您",
    "小编",
    "小編",
    "整理了",
    "整理的",
    "精心收集",
    "收集整理",
];

/// Why an editor's lead-in says it is there (`供参考`, `欢迎阅读`; see [`is_lead_in`]).
const LEAD_WHY: &[&str] = &[
    "参考", "參考", "阅读", "閱讀", "借鉴", "借鑒", "帮助", "幫助", "分享", "欢迎", "歡迎", "希望", "范文", "範文",
    "写作", "寫作", "灵感", "靈感",
];

/// The words of [`SITE_WORDS`] without their weights.
const fn site_word_texts<const N: usize>() -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = SITE_WORDS[i].0;
        i += 1;
    }
    out
}
const SITE_WORD_TEXTS: [&str; SITE_WORDS.len()] = site_word_texts();

/// The weights of [`SITE_WORDS`], and the number of words of each entry of [`NOTICE_LINES`]:
/// what the line tests read at run time (the words themselves are in [`VOCAB`]).
const SITE_WEIGHTS: [u8; SITE_WORDS.len()] = {
    let mut w = [0u8; SITE_WORDS.len()];
    let mut i = 0;
    while i < w.len() {
        assert!(SITE_WORDS[i].1 < 256);
        w[i] = SITE_WORDS[i].1 as u8;
        i += 1;
    }
    w
};
const NOTICE_SIZES: [u8; NOTICE_LINES.len()] = {
    let mut n = [0u8; NOTICE_LINES.len()];
    let mut i = 0;
    while i < n.len() {
        n[i] = NOTICE_LINES[i].len() as u8;
        i += 1;
    }
    n
};
const NOTICE_WORDS: [&str; total_len(NOTICE_LINES)] = concat(NOTICE_LINES);

/// Every word a whole-line decision looks for, in one index so that one pass over a line finds
/// them all: the site words, the labels, the lead-in words and the notice words, in that order
/// (the `*_AT` constants say where each list starts).
const VOCAB_PARTS: &[&[&str]] = &[&SITE_WORD_TEXTS, SITE_LABELS, LEAD_WHO, LEAD_WHY, &NOTICE_WORDS, SPAM_WORDS];
const VOCAB_N: usize = total_len(VOCAB_PARTS);
const VOCAB_WORDS: [&str; VOCAB_N] = concat(VOCAB_PARTS);
const VOCAB: WordIndex = word_index!(&VOCAB_WORDS);
const LABELS_AT: usize = SITE_WORDS.len();
const WHO_AT: usize = LABELS_AT + SITE_LABELS.len();
const WHY_AT: usize = WHO_AT + LEAD_WHO.len();
const NOTICE_AT: usize = WHY_AT + LEAD_WHY.len();
const SPAM_AT: usize = NOTICE_AT + NOTICE_WORDS.len();

/// The Han characters [`Found::new`] looks at: the first characters of [`VOCAB`] and those of
/// its `match` (`页頁字大小`).
const FOUND_SET: TailSet = TailSet::new(&['页', '頁', '字', '大', '小']).with_first_chars(&VOCAB_WORDS);

/// What one pass over a line found: which words of [`VOCAB`] occur, the score of its
/// `label:` pairs (2 each), and the character facts the site-line tests read.
struct Found {
    bits: [u64; VOCAB_N.div_ceil(64)],
    labels: u32,
    /// Characters, white-space characters, breadcrumb arrows (`>`, `》`).
    chars: usize,
    spaces: usize,
    arrows: usize,
    /// Does the line have `页`/`頁`, `字`, both `大` and `小`, an ASCII digit, a table's `|`
    /// or `[`?
    page: bool,
    zi: bool,
    da_xiao: bool,
    digit: bool,
    table: bool,
}

impl Found {
    fn new(t: &str) -> Found {
        let mut f = Found {
            bits: [0; VOCAB_N.div_ceil(64)],
            labels: 0,
            chars: 0,
            spaces: 0,
            arrows: 0,
            page: false,
            zi: false,
            da_xiao: false,
            digit: false,
            table: false,
        };
        let (mut da, mut xiao) = (false, false);
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // A Han character (lead byte E4–E9: no space, no arrow) that starts no word and
            // is none of the characters matched below is only counted, undecoded.
            if (0xE4..=0xE9).contains(&b[i]) && i + 2 < b.len() && !FOUND_SET.has_tail(b[i + 1], b[i + 2]) {
                f.chars += 1;
                i += 3;
                continue;
            }
            let Some(c) = t[i..].chars().next() else { break };
            f.chars += 1;
            f.spaces += usize::from(blocks::is_space(c));
            match c {
                '>' | '》' => f.arrows += 1,
                '页' | '頁' => f.page = true,
                '字' => f.zi = true,
                '大' => da = true,
                '小' => xiao = true,
                '0'..='9' => f.digit = true,
                '|' | '[' => f.table = true,
                _ => {}
            }
            VOCAB.each_at(t, i, c, |k| {
                f.bits[k / 64] |= 1 << (k % 64);
                if (LABELS_AT..WHO_AT).contains(&k) && t[i + VOCAB.word(k).len()..].starts_with(&[':', '：'][..]) {
                    f.labels += 2;
                }
            });
            i += c.len_utf8();
        }
        f.da_xiao = da && xiao;
        f
    }

    fn has(&self, k: usize) -> bool {
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }

    fn any(&self, ks: std::ops::Range<usize>) -> bool {
        ks.into_iter().any(|k| self.has(k))
    }

    /// Does the line hold every word of one entry of [`NOTICE_LINES`]?
    fn notice(&self) -> bool {
        let mut k = NOTICE_AT;
        NOTICE_SIZES.iter().any(|&n| {
            let all = (k..k + usize::from(n)).all(|j| self.has(j));
            k += usize::from(n);
            all
        })
    }
}

/// `2023-05-12 10:23`, `2023年5月12日10:23:45`, `2023/5/12`: (end, weight as a site signal).
fn timestamp_at(s: &str, i: usize) -> Option<(usize, u32)> {
    let b = s.as_bytes();
    let digits = |j: usize, max: usize| {
        let mut k = j;
        while k < b.len() && b[k].is_ascii_digit() && k - j < max {
            k += 1;
        }
        k
    };
    if i > 0 && b[i - 1].is_ascii_digit() {
        return None;
    }
    let y = digits(i, 4);
    if y - i != 4 || !(s[i..].starts_with("19") || s[i..].starts_with("20")) {
        return None;
    }
    let sep = |j: usize, seps: &[&str]| seps.iter().find(|x| s[j..].starts_with(**x)).map(|x| j + x.len());
    let (m0, han) = match sep(y, &["-", "/", ".", "年"]) {
        Some(k) => (k, s[y..].starts_with('年')),
        None => return None,
    };
    let m = digits(m0, 2);
    if m == m0 {
        return None;
    }
    let d0 = sep(m, if han { &["月"] } else { &["-", "/", "."] })?;
    let d = digits(d0, 2);
    if d == d0 {
        return None;
    }
    let mut end = if han { sep(d, &["日"]).unwrap_or(d) } else { d };
    // A clock time after it, with or without a space.
    let t0 = end + s[end..].len() - s[end..].trim_start_matches(&[' ', '\u{3000}', '\u{a0}'][..]).len();
    let h = digits(t0, 2);
    let mut clock = false;
    if h > t0 {
        if let Some(m0) = sep(h, &[":", "："]) {
            let mm = digits(m0, 2);
            if mm - m0 == 2 {
                end = mm;
                clock = true;
                if let Some(s0) = sep(mm, &[":", "："]) {
                    let ss = digits(s0, 2);
                    if ss - s0 == 2 {
                        end = ss;
                    }
                }
            }
        }
    }
    if b.get(end).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // `2023年5月12日` alone is the report's own date: weight 0. `2023-05-12` is a site's: 2;
    // with a clock time 3, with seconds 5 (no report times its text to the second).
    let seconds = clock && s[i..end].matches(&[':', '：'][..]).count() == 2;
    let weight = if seconds {
        5
    } else if clock {
        3
    } else if han {
        0
    } else {
        2
    };
    Some((end, weight))
}

/// `12.5KB`, `356 K`, `1.2MB`: a file size.
fn file_size_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    if i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.') {
        return None;
    }
    let mut j = i;
    while j < b.len() && (b[j].is_ascii_digit() || (b[j] == b'.' && j > i)) {
        j += 1;
    }
    if j == i {
        return None;
    }
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    let unit = ["KB", "kb", "Kb", "MB", "mb", "M", "K", "k"].into_iter().find(|u| s[j..].starts_with(u))?;
    let e = j + unit.len();
    (!b.get(e).is_some_and(u8::is_ascii_alphanumeric)).then_some(e)
}

/// How strongly a line reads as the site's own: weighted vocabulary, `label:` pairs, time
/// stamps, file sizes, page and word counts.
/// (total, strong): the strong part leaves out weight-1 words, which alone never make a line
/// the site's.
fn site_score(t: &str, found: &Found) -> (u32, u32) {
    let (mut score, weak) = weigh(found);
    score += found.labels;
    let mut stamps = 0;
    let mut sizes = 0;
    // An ASCII digit is always a whole character: no need to decode. (Most lines have none:
    // `found` says so, and then the line is not read again.)
    if found.digit {
        for (i, d) in t.bytes().enumerate() {
            if d.is_ascii_digit() {
                if let Some((_, w)) = timestamp_at(t, i) {
                    stamps += w;
                }
                if file_size_at(t, i).is_some() {
                    sizes += 3;
                }
            }
        }
    }
    // A stamp to the second in a row of space-separated fields (`某网 2021-07-28 08:33:25 讲话`)
    // is a metadata row; glued to a title it is only itself (cut inline).
    let fields = found.spaces >= 2;
    score += stamps.min(if fields { 5 } else { 3 }) + sizes.min(3);
    // `共5页`, `约3千字`, `1200字`, font-size controls `大 中 小` (read without spaces; the
    // squeezed copy is made only for a line that could match).
    if found.da_xiao || (found.digit && (found.page || found.zi)) {
        let squeezed: String = t.chars().filter(|c| !blocks::is_space(*c)).collect();
        if squeezed.contains("大中小") {
            score += 3;
        }
        if has_count_before(&squeezed, "页") || has_count_before(&squeezed, "頁") {
            score += 1;
        }
        if has_count_before(&squeezed, "千字") || has_count_before(&squeezed, "字") {
            score += 1;
        }
    }
    // The labels of a disclosure table that start with common characters (主, 体, 成 …) are
    // read only in a table row (a `|` or `[` in the line), not in the one-pass vocabulary.
    if found.table {
        score += TABLE_LABELS.iter().filter(|(w, _)| t.contains(w)).map(|(_, n)| n).sum::<u32>();
    }
    (score, score - weak)
}

/// Labels of a government disclosure table read in table rows only ([`site_score`]).
const TABLE_LABELS: &[(&str, u32)] = &[
    ("主题分类", 3),
    ("主題分類", 3),
    ("体裁分类", 3),
    ("體裁分類", 3),
    ("组配分类", 3),
    ("成文日期", 2),
    ("生成日期", 2),
    ("主 题 词", 2),
    ("主题词", 2),
    ("有 效 性", 2),
    ("有效性", 2),
];

/// (sum of the weights of the [`SITE_WORDS`] the line contains, how many of those weigh 1).
fn weigh(found: &Found) -> (u32, u32) {
    let mut sum = 0;
    let mut weak = 0;
    // Only the words found are visited (their bits, lowest first): most lines have few or none.
    for (w, &bits) in found.bits.iter().enumerate() {
        let mut m = bits;
        while m != 0 {
            let k = w * 64 + m.trailing_zeros() as usize;
            m &= m - 1;
            if let Some(&n) = SITE_WEIGHTS.get(k) {
                sum += u32::from(n);
                weak += u32::from(n == 1);
            }
        }
    }
    (sum, weak)
}

/// `5页`, `3千字`: a digit right before `unit`.
fn has_count_before(t: &str, unit: &str) -> bool {
    t.match_indices(unit).any(|(p, _)| t[..p].ends_with(crate::tables::ascii_digit))
}

/// A line the site wrote: enough site signals for its length (a long paragraph needs more, so
/// a report that mentions 举报 and 发布 in passing keeps its text).
fn is_site_line(t: &str, found: &Found) -> bool {
    let n = found.chars;
    if n > 240 {
        return false;
    }
    if sample_label(t) {
        return false;
    }
    let (score, strong) = site_score(t, found);
    // `校园安全隐患排查方案范文` alone: a site's page title, but the only title the text has; the
    // frame decides whether a plain copy below makes it the site's.
    // (Also glossed, or after a site's first chunk number: `1.某社區(qū)調(diào)研報(bào)告范文`.)
    let decorated = || {
        let plain = without_glosses(t).0;
        decorated_title(plain.strip_prefix("1.").or_else(|| plain.strip_prefix("1、")).unwrap_or(&plain))
    };
    if strong == 3 && decorated() {
        return false;
    }
    // A breadcrumb: `首页 > 范文大全 > 公文`, `当前位置:自查报告 > …`, `报告大全 > 社会报告 > 政府报告`.
    let crumbs = (found.arrows >= 2 && found.page) || is_breadcrumb(t);
    // A short line (a site's name, a button) needs one strong word; a longer one more.
    let need = if n <= 12 { 3 } else { 5 + (n as u32) / 50 };
    crumbs
        || (strong >= 3 && score >= need)
        || is_lead_in(t, found)
        || is_offer(t, found)
        || is_link_row(t)
        || is_menu_row(t)
}

/// `首页 灌排中心 水利资讯 领导之声 政策法规 技术标准 …`: a site's menu, six or more Han words of 2 to 6
/// characters between spaces, at least half of them four long or more (a list of names in a
/// report is of two- and three-character words).
fn is_menu_row(t: &str) -> bool {
    let (mut words, mut long) = (0, 0);
    for w in t.split(is_space).filter(|w| !w.is_empty()) {
        let n = w.chars().count();
        if !(2..=6).contains(&n) || !w.chars().all(is_han) {
            return false;
        }
        words += 1;
        long += usize::from(n >= 4);
    }
    words >= 6 && long * 2 >= words
}

/// `2009年工作要点 / 2010年工作要点 / 2011年工作要点 /`: a site's row of links to other texts,
/// three or more short titles between spaced slashes or bars, no sentence among them.
fn is_link_row(t: &str) -> bool {
    if t.contains(&['。', '，', ',', '；', '：', ':'][..]) {
        return false;
    }
    let spaced = [" / ", " | ", " ｜ "].iter().map(|x| t.matches(x).count()).sum::<usize>();
    let parts: Vec<&str> = t.split(&['/', '|', '｜'][..]).map(str::trim).collect();
    let titles = parts.iter().filter(|p| !p.is_empty()).count();
    spaced >= 2
        && titles >= 3
        && parts.iter().filter(|p| !p.is_empty()).all(|p| {
            let n = p.chars().count();
            // Titles of texts, not a table's short column heads (`年度计划 | 中央资金 | …`).
            (6..=30).contains(&n) && p.chars().filter(|c| is_han(*c)).count() * 2 > n
        })
}

/// `某村委会工作报告范文1`: a page's label over one of the texts it lists, the title words, 范文
/// and the item's number. The frame reads it: the title when no own title follows (T3), the
/// site's copy when one does.
fn sample_label(t: &str) -> bool {
    let t = t.trim();
    let digits = t.trim_end_matches(any_digit);
    // One or two digits, Arabic or Han (`范文1`, `范文二`): counted in characters.
    let n = t[digits.len()..].chars().count();
    // `…范文篇1`: the label's `篇` between the word and the number.
    let core = digits.strip_suffix('篇').unwrap_or(digits);
    (1..=2).contains(&n)
        && ["范文", "範文"]
            .iter()
            .any(|w| core.strip_suffix(w).is_some_and(|x| x.chars().filter(|c| crate::tables::is_han(*c)).count() >= 4))
        && !t.contains(&['，', ',', '。', '：', ':', '|'][..])
        && t.chars().count() <= 40
}

/// `某方案范文`: a title (at least six Han characters ending in a report word) and the site's
/// `范文` after it, nothing else.
fn decorated_title(t: &str) -> bool {
    let t = t.trim();
    ["范文", "範文"].iter().any(|w| {
        t.strip_suffix(w).is_some_and(|x| {
            x.chars().count() >= 6
                && x.chars().all(is_han)
                && crate::tables::TITLE_WORDS.iter().any(|tw| x.ends_with(tw))
        })
    })
}

/// A breadcrumb of ASCII `>`: after the site's `当前位置`/`首页`, or two or more short steps
/// with no sentence in them, three when it has digits (a report compares with `>` one number at
/// a time, if at all).
fn is_breadcrumb(t: &str) -> bool {
    let steps = t.matches('>').count();
    if steps == 0 || t.chars().count() > 80 || t.contains(&['。', '，', '；', ','][..]) {
        return false;
    }
    let here = ["当前位置", "當前位置", "您的位置", "首页", "首頁"].iter().any(|w| t.contains(w));
    let short = t.split('>').all(|x| x.trim().chars().count() <= 24);
    short && (here || steps >= 3 || steps == 2 && !t.contains(crate::tables::ascii_digit))
}

/// An editor's lead-in (`以下是…整理的…，供大家参考`): a site speaking to its readers. A report
/// speaking of itself says 我/本人 and is kept.
fn is_lead_in(t: &str, found: &Found) -> bool {
    if !(found.any(WHO_AT..WHY_AT) && found.any(WHY_AT..NOTICE_AT)) {
        return false;
    }
    // `自我` (self-) and `我国` (the country) are no speaker.
    let speaker =
        t.match_indices('我').any(|(p, _)| !t[..p].ends_with('自') && !t[p + 3..].starts_with(&['国', '國'][..]))
            || t.contains(&['咱'][..])
            || t.contains("本人");
    found.chars <= 300 && !speaker
}

/// Whom a site's offer addresses (`为您`, `给大家`, `本文将`), see [`is_offer`].
const OFFER_TO: &[&str] = &[
    "为您",
    "為您",
    "给大家",
    "給大家",
    "为大家",
    "為大家",
    "帮助大家",
    "幫助大家",
    "本文将",
    "本文將",
    "小编",
    "小編",
];
/// What a site's offer says it did (`整理`, `呈现`), see [`is_offer`].
const OFFER_DOES: &[&str] =
    &["呈现", "呈現", "带来", "帶來", "分享", "整理", "推荐", "推薦", "精选", "精選", "收集", "汇总", "匯總"];

/// A site offering its collection (`小编今天就为您带来了镇长2023工作总结5篇`, `本文将呈现数篇…范文`):
/// it addresses the reader, says what it did, and counts the pieces (`5篇`, `五篇`, `数篇`). A
/// report that counts its articles (`报送信息12篇`) addresses no reader.
fn is_offer(t: &str, found: &Found) -> bool {
    if found.chars > 300 || !t.contains('篇') {
        return false;
    }
    let pieces = t.match_indices('篇').any(|(p, _)| {
        t[..p].chars().next_back().is_some_and(|c| any_digit(c) || matches!(c, '十' | '数' | '數' | '几' | '幾'))
    });
    // A speaker (`我代表…`, the excerpt of a report before the offer) keeps the line; `我们`
    // is the site's reader too.
    let speaker = t.match_indices('我').any(|(p, _)| !t[p + 3..].starts_with(&['们', '們', '国', '國'][..]))
        || t.contains("本人");
    pieces && !speaker && OFFER_TO.iter().any(|w| t.contains(w)) && OFFER_DOES.iter().any(|w| t.contains(w))
}

/// A line that begins with an editor's lead-in sentence and goes on with the report (a one-line
/// paste: `下面是小编为大家整理的…,供大家参考。同志们:…`): the lead-in sentence, if any.
fn leading_lead_in(t: &str) -> Option<usize> {
    let end = t.find('。')? + '。'.len_utf8();
    let first = &t[..end];
    let strong = ["小编", "小編", "以下是", "下面是"].iter().any(|w| first.contains(w));
    if !strong || first.chars().count() > 150 || !is_lead_in(first, &Found::new(first)) {
        return None;
    }
    // The sentence after it is the report's: no lead-in word in it (a two-sentence lead-in
    // `…供大家参考。希望对您有帮助。` goes whole).
    let rest = &t[end..];
    let next = &rest[..rest.find('。').map_or(rest.len(), |p| p + '。'.len_utf8())];
    let f = Found::new(next);
    (next.chars().count() >= 8 && !f.any(WHO_AT..NOTICE_AT)).then_some(end)
}

/// A one-line paste that opens with the site's fields and goes on with the report after a space
/// (`下载本文档 阅读:1234 上传时间:2023-05-06 某街道…工作汇报 同志们:今年以来,…。`): where the
/// site's part ends, the first space after which the rest is prose with no site line in it.
fn site_fields_then_prose(t: &str) -> Option<usize> {
    t.char_indices().filter(|&(_, c)| is_space(c)).map(|(p, _)| p).find(|&p| {
        let rest = t[p..].trim_start_matches(is_space);
        let head = &t[..p];
        rest.chars().filter(|c| is_han(*c)).count() >= 30
            && rest.contains(&['。', '！', '!'][..])
            && !is_site_line(rest, &Found::new(rest))
            && is_site_line(head, &Found::new(head))
    })
}

/// `引用本文:某某.在…上的讲话[J].某市人民政府公报,2006(10).`: a journal page's citation of the
/// text it shows, by its label or by a reference's type mark after the title (`[J].`, `[N].`).
fn is_citation_line(t: &str) -> bool {
    let labelled = ["引用本文", "引用格式", "引文格式", "本文引用格式"].iter().any(|w| t.starts_with(w));
    let marked = ["[J].", "[N].", "[J]．", "[N]．"].iter().any(|m| t.contains(m))
        && t.chars().nth(200).is_none()
        && t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    labelled && t.chars().nth(300).is_none() || marked
}

/// A line that is only a time stamp (`2023-05-12 10:23:45`), or a short label and one, or a
/// stamp and the site's column name after it (`2024-05-16 10:09:44工作报告`, `2021-06-18 总结`):
/// up to twelve characters after a clock time, up to four after a bare date, no punctuation (a
/// report's own chronology says more than a word a line).
fn is_stamp_line(t: &str) -> bool {
    let Some(p) = t.bytes().position(|b| b.is_ascii_digit()) else {
        return false;
    };
    match timestamp_at(t, p) {
        Some((e, w)) => {
            let pre = t[..p].trim_end();
            let rest = t[e..].trim();
            let column = !rest.contains(&['，', '。', '；', '：', ',', ';', ':'][..])
                && rest.chars().count() <= if w >= 3 { 12 } else { 4 }
                && pre.is_empty();
            w > 0
                && (rest.is_empty() || column)
                && (pre.is_empty() || (pre.ends_with(&[':', '：'][..]) && pre.chars().count() <= 12))
        }
        None => false,
    }
}

/// Site navigation that stands alone on a line (after a bullet or a dash, before a colon):
/// headers of link lists, buttons, the site's notices' headers.
const NAV_LINES: &[&str] = &[
    // A site's language switch, share buttons and reading modes.
    "EN",
    "English",
    "繁体字",
    "繁體字",
    "简体字",
    "微信",
    "微博",
    "分享到",
    "打印",
    "长者版",
    "長者版",
    "相关推荐",
    "相關推薦",
    "猜你喜欢",
    "猜你喜歡",
    "大家正在看",
    "换一换",
    "換一換",
    "推荐文章",
    "推薦文章",
    "推荐阅读",
    "推薦閱讀",
    "相关文章",
    "相關文章",
    "推荐访问",
    "推薦訪問",
    "用户评论",
    "用戶評論",
    "网友评论",
    "網友評論",
    "版权声明",
    "版權聲明",
    "微信订阅号",
    "保存到桌面",
    "我要投稿",
    "返回",
    "返回顶部",
    "返回首页",
    "文章导读",
    "今天是",
    "打印本页",
    "关闭窗口",
    "字号",
    "字號",
    "编辑",
    "編輯",
    "责任编辑",
    "責任編輯",
    "顶部",
    "頂部",
    "免费试读",
    "免費試讀",
    "文本内容",
    // An accessible site's skip link and its navigation block's name.
    "跳到主要內容區塊",
    "跳到主要内容区块",
    "跳到主要內容",
    "跳到主要内容",
    "导航栏",
    "導覽列",
    "導航欄",
    // A post's comment form and attachment header.
    "發佈留言",
    "发表评论",
    "發表評論",
    "檔案連結",
    "附件下載",
    // A document host's English page chrome (`• Upload`, `Embed Size (px)`, `Citation preview`).
    "Upload",
    "View",
    "Download",
    "Embed Size (px)",
    "DESCRIPTION",
    "Citation preview",
    // A question-and-answer site's page.
    "问题描述",
    "問題描述",
    "最佳答案",
    "推荐答案",
    "推薦答案",
];

/// The longest entry of [`NAV_LINES`], in bytes.
const NAV_MAX: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < NAV_LINES.len() {
        if NAV_LINES[i].len() > n {
            n = NAV_LINES[i].len();
        }
        i += 1;
    }
    n
};

/// Labels of a site's metadata row whose value did not paste (`时间:` alone on its line).
const EMPTY_LABELS: &[&str] =
    &["时间", "時間", "作者", "来源", "來源", "热度", "熱度", "人气", "人氣", "浏览", "瀏覽", "原创", "原創"];

/// Site chrome that owns its line: navigation ([`NAV_LINES`]), an empty metadata label, a
/// collection's bare item label (`篇1`, `第二篇`), a line of HTML tags (`<s id="ppnor"></s>`).
/// (A file name, `…制度.docx`, is left to the title, which cuts its extension.)
fn is_chrome_line(t: &str) -> bool {
    let core = t
        .trim_start_matches(&['•', '·', '-', '－', '—', '–', ' ', '\u{3000}'][..])
        .trim_end_matches(&[':', '：', ' '][..]);
    // Every entry is a few characters: a longer line is compared with none.
    if core.len() <= NAV_MAX && NAV_LINES.contains(&core) {
        return true;
    }
    if t.ends_with(&[':', '：'][..]) && (EMPTY_LABELS.contains(&core) || crate::tables::COUNTER_LABELS.contains(&core))
    {
        return true;
    }
    // `篇1`, `篇一`, `第3篇`: the item label of a collection, without the item's title.
    let num = |x: &str| !x.is_empty() && x.chars().all(|c| any_digit(c) || c == '十');
    if core.strip_prefix('篇').is_some_and(num)
        || core.strip_prefix('第').and_then(|x| x.strip_suffix('篇')).is_some_and(num)
    {
        return true;
    }
    is_tag_line(t)
        || is_menu_line(t)
        || is_english_page_caption(t)
        || is_related_list(t)
        || is_site_name_row(t)
        || is_bracket_menu(t)
        || is_button_row(t)
        || is_quote_header(t)
        || is_image_path(t)
}

/// `/001/Upload/334/relpic/…/458fffa1-….jpg`: an image's address left where the picture was.
fn is_image_path(t: &str) -> bool {
    let lower = t.get(t.len().saturating_sub(5)..).unwrap_or("").to_ascii_lowercase();
    t.contains('/')
        && !t.contains(|c: char| is_space(c) || !c.is_ascii())
        && [".jpg", ".jpeg", ".png", ".gif"].iter().any(|e| lower.ends_with(e))
}

/// `AndreXan wrote:`, `某某 寫道:`: a forum's header over a quoted post.
fn is_quote_header(t: &str) -> bool {
    let core = t.trim_end_matches(&[':', '：'][..]).trim_end();
    t.ends_with(&[':', '：'][..])
        && t.chars().nth(40).is_none()
        && [" wrote", "寫道", "写道"].iter().any(|w| core.ends_with(w) && core.len() > w.len())
}

/// What a government site's header buttons lead to (`打开 · 手机版`, `关注 · 政务微博`).
const BUTTON_TARGETS: &[&str] = &[
    "手机版",
    "手機版",
    "政务微博",
    "政務微博",
    "政务微信",
    "政務微信",
    "微博",
    "微信",
    "公众号",
    "公眾號",
    "无障碍",
    "無障礙",
];

/// `打开 · 手机版`, `关注 · 政务微信`: a header button, a short verb and where it leads, and nothing else.
fn is_button_row(t: &str) -> bool {
    let Some((verb, target)) = t.split_once('·') else {
        return false;
    };
    let verb = verb.trim_matches(&[' ', '\u{3000}', '•'][..]);
    (1..=3).contains(&verb.chars().count())
        && verb.chars().all(is_han)
        && BUTTON_TARGETS.contains(&target.trim_matches(&[' ', '\u{3000}'][..]))
}

/// `[序言] [行動] [總區指揮官滙報] [人事及訓練]`: a site's menu of three or more bracketed links
/// and nothing else on the line.
fn is_bracket_menu(t: &str) -> bool {
    let mut rest = t.trim();
    let mut n = 0;
    while !rest.is_empty() {
        let close = match rest.chars().next() {
            Some('[') => ']',
            Some('【') => '】',
            _ => return false,
        };
        let Some(p) = rest.find(close) else {
            return false;
        };
        // A link names a page, it is no sentence.
        if rest[..p].contains(&['。', '；', '！', '？'][..]) {
            return false;
        }
        rest = rest[p + close.len_utf8()..].trim_start_matches(is_space);
        n += 1;
    }
    n >= 3
}

/// `公务员期刊网 精选范文 …`, `某某个人网站 某某个人网站`: a short row opening with a site's
/// name (3–8 Han characters ending in 网/網/网站, pinyin glosses inside it skipped) and a space,
/// no sentence in it. A network is no site: `互联网 +`, `物联网`, `电网`, `管网` (the character
/// before 网 tells them).
fn is_site_name_row(t: &str) -> bool {
    let Some((name, rest)) = t.split_once(is_space) else {
        return false;
    };
    if rest.trim().is_empty() || t.chars().nth(60).is_some() || t.contains(&['，', ',', '。', '；', '！'][..]) {
        return false;
    }
    let (mut n, mut gloss, mut last) = (0, false, [' '; 2]);
    for c in name.chars() {
        match c {
            '(' if !gloss => gloss = true,
            ')' if gloss => gloss = false,
            _ if gloss && is_han(c) => return false,
            _ if gloss => {}
            _ if is_han(c) => (n, last) = (n + 1, [last[1], c]),
            _ => return false,
        }
    }
    let net = matches!(last[1], '网' | '網');
    let site = net || matches!(last, ['网' | '網', '站']);
    site && (3..=8).contains(&n) && !(net && "联聯特域电電管".contains(last[0]))
}

/// Genres a site's link list names its items by.
const GENRES: &[&str] = &[
    "报告", "報告", "总结", "總結", "计划", "計劃", "方案", "讲话", "講話", "心得", "体会", "體會", "范文", "範文",
    "文章", "发言", "發言", "材料",
];

/// A site's list of related links: `相关自查报告: 畜牧局…自查报告、镇机关…自查报告、…`, with
/// three or more items that end in a genre ([`GENRES`]). `相关部门：发改委、财政局、…` names no genre.
fn is_related_list(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("相关").or_else(|| t.strip_prefix("相關")) else {
        return false;
    };
    let Some(colon) = rest.find(&[':', '：'][..]) else {
        return false;
    };
    if rest[..colon].chars().count() > 8 {
        return false;
    }
    let items = rest[colon..].trim_start_matches(&[':', '：'][..]).split(&['、', ',', '，', ' '][..]);
    items.filter(|x| GENRES.iter().any(|g| x.trim().ends_with(g))).count() >= 3
}

/// A site's menu: four or more short items apart by spaces (`作文周小学作文 初中作文 高中作文`,
/// `網站首頁 工作範例 辦公範例 …`), with no punctuation, whose items share a two-character
/// prefix or suffix three times (`…作文`, `高考…`) — a list of names or keywords does not.
fn is_menu_line(t: &str) -> bool {
    // Most lines end a sentence or have no space at all.
    if t.len() > 360
        || t.ends_with(&['。', '；', '，', '：', '！', '？'][..])
        || !(t.as_bytes().contains(&b' ') || t.contains('\u{3000}'))
    {
        return false;
    }
    if t.contains(|c: char| "，。；、：,;:！？!?（）()“”《》".contains(c)) {
        return false;
    }
    let items: Vec<&str> = t.split(is_space).filter(|x| !x.is_empty()).collect();
    if items.len() < 4 || items.iter().any(|x| x.chars().count() > 8 || !x.chars().all(is_han)) {
        return false;
    }
    let ends = |x: &&str| -> [String; 2] {
        let c: Vec<char> = x.chars().collect();
        let n = c.len();
        if n < 2 {
            return [String::new(), String::new()];
        }
        [c[..2].iter().collect(), c[n - 2..].iter().collect()]
    };
    let keys: Vec<[String; 2]> = items.iter().map(ends).collect();
    (0..2)
        .any(|side| keys.iter().any(|k| !k[side].is_empty() && keys.iter().filter(|m| m[side] == k[side]).count() >= 3))
}

/// A PDF's page caption in English: `Page 38`, `P. 38`, `Page 38 - 青羊年鉴2008`.
fn is_english_page_caption(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("Page ").or_else(|| t.strip_prefix("P. ")).or_else(|| t.strip_prefix("P.")) else {
        return false;
    };
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[n..].trim_start();
    (1..=4).contains(&n)
        && (after.is_empty() || (after.starts_with(&['-', '—', '|', ':'][..]) && t.chars().count() <= 40))
}

/// `?同志们:`, `?经县委研究决定,…`: a paragraph's full-width indent that a lossy re-encoding
/// turned into `?` (no sentence opens with a question mark): its length.
fn lost_indent(t: &str) -> Option<usize> {
    let n = t.len() - t.trim_start_matches('?').len();
    let next = t[n..].chars().next()?;
    ((1..=4).contains(&n) && (is_han(next) || matches!(next, '“' | '（' | '《'))).then_some(n)
}

/// Markdown a chat tool or an editor left: a heading's `####` at the start of a line (the
/// heading after it stays one), and the `**` around a bold run-in label at the start of an item
/// (`1. **品德养成**:`) — `**` inside a sentence is a mask (`**镇`), kept.
fn markdown_marks(t: &str, line: Span, out: &mut Vec<Span>) {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') && t[hashes..].trim().chars().count() >= 2 {
        out.push(Span::new(line.start, line.start + hashes));
        return;
    }
    // `1. 壹、內政`, `1. (一)…`: a web page's list number over the report's own mark.
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) && t[digits..].starts_with(". ") && own_mark(t[digits + 2..].trim_start()) {
        out.push(Span::new(line.start, line.start + digits + 1));
        return;
    }
    // After a list mark (`1. `, `- `, `一、`), if any.
    let lead =
        t.len() - t.trim_start_matches(|c: char| any_digit(c) || matches!(c, '十' | '.' | '-' | ' ' | '、')).len();
    let Some(body) = t[lead..].strip_prefix("**") else {
        return;
    };
    let Some(end) = body.find("**") else {
        return;
    };
    let label = &body[..end];
    let after = &body[end + 2..];
    let plain = !label.contains(|c: char| "，。；、,;*".contains(c)) && (2..=20).contains(&label.chars().count());
    if plain && (after.is_empty() || after.starts_with(&[':', '：'][..])) {
        let open = line.start + lead;
        out.push(Span::new(open, open + 2));
        out.push(Span::new(open + 2 + end, open + 4 + end));
    }
}

/// `壹、`, `一、`, `(一)`, `第一章`: a report's own section mark at the start of `r`.
fn own_mark(r: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾貳參陸";
    let r = r.strip_prefix(['(', '（']).unwrap_or(r);
    let r = r.strip_prefix('第').unwrap_or(r);
    let n: usize = r.chars().take_while(|c| NUMERALS.contains(*c)).map(char::len_utf8).sum();
    n > 0 && r[n..].starts_with(['、', ')', '）', '章', '节', '節', '部'])
}

/// A line of HTML tags a scraper left (`<sup id="ppnor"><input id="ppnor"></input></sup>`),
/// perhaps after a list number (`1. <legend id="x"></legend>`).
fn is_tag_line(t: &str) -> bool {
    if !t.ends_with('>') {
        return false;
    }
    let mut rest = String::new();
    let mut tags = 0;
    let mut r = t;
    while let Some(p) = r.find('<') {
        rest.push_str(&r[..p]);
        let after = &r[p + 1..];
        let Some(q) = after.find('>') else {
            return false;
        };
        let inner = &after[..q];
        // `<p>`, `</div>`, `<a href="…">`: an ASCII name first.
        if !inner.trim_start_matches('/').starts_with(|c: char| c.is_ascii_alphabetic()) || inner.contains('<') {
            return false;
        }
        tags += 1;
        r = &after[q + 1..];
    }
    rest.push_str(r);
    tags > 0 && rest.chars().all(|c| c.is_ascii_digit() || c == '.' || is_space(c))
}

/// Words of the spam that hacked pages inject (film and adult-site keywords): first those no
/// report uses ([`SPAM_STRONG`] of them), then those a report may (亚洲, 精品, 久久 as in
/// 久久为功). A line is spam with [`SPAM_MIN`] words, two of them strong. Words that start with
/// common characters (国产, 视频, 一区) are left out: each first character is looked up on every
/// line.
const SPAM_WORDS: &[&str] =
    &["日韩", "乱码", "毛片", "人妻", "在线观看", "午夜", "免费看", "夜夜", "日日", "亚洲", "欧美", "久久", "精品"];
const SPAM_STRONG: usize = 9;
const SPAM_MIN: usize = 4;

fn is_spam_line(found: &Found) -> bool {
    let strong = (SPAM_AT..SPAM_AT + SPAM_STRONG).filter(|&k| found.has(k)).count();
    found.chars <= 300 && strong >= 2 && (SPAM_AT..VOCAB_N).filter(|&k| found.has(k)).count() >= SPAM_MIN
}

fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".contains(c)
}

/// `(tǒng)` right after a Han character: a pinyin gloss pasted in by a reading-aid site. Some
/// sites gloss a character more than once (`的(de)(de)(de)`): `after_gloss` says that a gloss
/// ends at `i`, and then it stands for the Han character.
fn pinyin_at(s: &str, i: usize, after_gloss: bool) -> Option<usize> {
    let rest = &s[i..];
    let open = rest.chars().next()?;
    if open != '(' && open != '（' {
        return None;
    }
    if !(after_gloss || s[..i].chars().next_back().is_some_and(is_han)) {
        return None;
    }
    let body = &rest[open.len_utf8()..];
    let mut word = String::new();
    let mut tone = false;
    for (j, c) in body.char_indices() {
        if c == ')' || c == '）' {
            // Toneless glosses (`(de)`, `(nian)`) must spell a syllable: `(app)` is a word.
            let ok = !word.is_empty() && (tone || is_pinyin_syllable(&word));
            return ok.then(|| i + open.len_utf8() + j + c.len_utf8());
        }
        if c.is_ascii_lowercase() || is_tone_vowel(c) {
            tone |= is_tone_vowel(c);
            word.push(toneless(c));
            if word.len() > 7 {
                return None;
            }
        } else {
            return None;
        }
    }
    None
}

/// `ǎ` → `a`, `ü`/`ǚ` → `v` (as pinyin is typed).
fn toneless(c: char) -> char {
    match c {
        'ā' | 'á' | 'ǎ' | 'à' => 'a',
        'ē' | 'é' | 'ě' | 'è' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' => 'u',
        'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ü' => 'v',
        'ń' | 'ň' | 'ǹ' => 'n',
        'ḿ' => 'm',
        c => c,
    }
}

/// Pinyin initials, two-letter ones first.
const PINYIN_INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y",
    "w",
];
/// Pinyin finals (after an initial, or alone).
const PINYIN_FINALS: &[&str] = &[
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie", "iao", "iu", "ian",
    "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "v", "ve", "ue", "van",
    "vn",
];

/// `nian`, `zhuang`, `de`: one syllable of toneless pinyin.
fn is_pinyin_syllable(w: &str) -> bool {
    let rest = PINYIN_INITIALS.iter().find(|x| w.starts_with(**x)).map_or(w, |x| &w[x.len()..]);
    PINYIN_FINALS.contains(&rest)
}

/// `##paidbegin##`, `$$paidend$$` and the like: two sigils, ASCII letters, two sigils.
fn sigil_token_at(b: &[u8], i: usize) -> Option<usize> {
    let sig = b[i];
    if !(sig == b'#' || sig == b'$') || b.get(i + 1) != Some(&sig) {
        return None;
    }
    let mut j = i + 2;
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    (j > i + 2 && j - i <= 24 && b.get(j) == Some(&sig) && b.get(j + 1) == Some(&sig)).then_some(j + 2)
}

/// Page captions on their own line: `- 3 -`, `— 3 —`, `第3页 共5页`, `第 3 页`, a bare page
/// number (`3`, `3-`) and Word's `PAGE` field code.
fn is_page_line(t: &str) -> bool {
    // Every shape below starts with one of these (`t` is trimmed, so its first character is
    // the first of `inner`): most lines are rejected without building `inner`.
    if !t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'P' | '-' | '—' | '－' | '–' | '第')) {
        return false;
    }
    let inner: String = t.chars().filter(|c| !is_space(*c)).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let bare = inner.trim_end_matches(&['-', '—'][..]).trim_start_matches(&['-', '—'][..]);
    if inner == "PAGE" || (bare.len() < inner.len() && digits(bare) && bare.len() <= 3) {
        return true;
    }
    for dash in ["-", "—", "－", "–"] {
        if let Some(x) = inner.strip_prefix(dash).and_then(|x| x.strip_suffix(dash)) {
            if digits(x) {
                return true;
            }
        }
    }
    if let Some(x) = inner.strip_prefix('第') {
        if let Some((n, rest)) = x.split_once('页') {
            return digits(n) && (rest.is_empty() || (rest.starts_with('共') && rest.ends_with('页')));
        }
    }
    false
}

/// `| 标题:在…讲话 |`: (end of the opening bar and label, start of the closing bar). A short
/// framed word (`| 报告 |`) goes whole.
fn pipe_frame(t: &str) -> Option<(usize, usize)> {
    let inner = t.strip_prefix('|')?;
    let lead = inner.len() - inner.trim_start_matches(is_space).len();
    let mut open = 1 + lead;
    for label in ["标题:", "标题：", "標題:", "標題："] {
        if t[open..].starts_with(label) {
            open += label.len();
        }
    }
    let close = match t[open..].strip_suffix('|') {
        Some(body) => open + body.trim_end_matches(is_space).len(),
        None => t.len(),
    };
    if close <= open || t[open..close].chars().count() <= 6 {
        return Some((t.len(), t.len()));
    }
    Some((open, close))
}

/// `1全面推行河长制工作总结…`: a site's chunk number glued to the first words of the text (not
/// a count: no measure word, date or list mark follows).
fn leading_chunk_number(text: &str, first: Span) -> Option<Span> {
    let t = &text[first.start..first.end];
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    let next = t[n..].chars().next()?;
    let counted = crate::tables::measure_at(&t[n..]).is_some()
        || crate::tables::multiplier(next).is_some()
        || matches!(next, '年' | '月' | '日' | '号' | '號' | '季' | '届' | '期' | '版');
    (is_han(next) && !counted).then(|| Span::new(first.start, first.start + n))
}

/// A bare number on its own line (`3`) is a page number when prose runs past it; in a table
/// pasted one cell per line it is a row number, kept.
fn is_bare_page_number(text: &str, lines: &[blocks::Line], k: usize) -> bool {
    let l = lines[k].trimmed;
    let t = &text[l.start..l.end];
    if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let long = |m: &blocks::Line| text[m.trimmed.start..m.trimmed.end].chars().count() >= 40;
    let next = lines[k + 1..].iter().find(|m| !m.trimmed.is_empty());
    let prev = lines[..k].iter().rev().find(|m| !m.trimmed.is_empty());
    next.is_some_and(long) || prev.is_some_and(long)
}

/// `…报告(精选3篇)`, `…总结三篇`, `…大全(13篇)`: a site's collection header, not a title.
fn is_collection_header(t: &str) -> bool {
    let core = t.trim_end_matches([')', '）', '】', ']']);
    let Some(before) = core.strip_suffix('篇') else {
        return false;
    };
    if t.chars().count() > 60 || t.contains(&['。', '，', '；'][..]) {
        return false;
    }
    let bracketed = core.len() < t.len();
    let n = before.chars().rev().take_while(|&c| any_digit(c) || c == '十').count();
    // `…总结范文第1篇`: an ordinal labels one item (T3), it counts nothing; nor does `… 1篇`.
    let ordinal = before.chars().rev().nth(n) == Some('第') || !bracketed && before.ends_with(" 1");
    n > 0 && !ordinal && (bracketed || before.chars().rev().nth(n).is_some_and(is_han))
}

/// `• 范文预览:同志们:…`, `内容预覽：`: a site's label over the excerpt it shows, at the start
/// of a line (after a bullet) and before the text itself; its length.
fn preview_label(t: &str) -> Option<usize> {
    let r = t.trim_start_matches(&['•', '●', ' ', '\u{3000}'][..]);
    let colon = r.find(&[':', '：'][..])?;
    let label = &r[..colon];
    let n = label.chars().count();
    let ok = (3..=6).contains(&n)
        && (label.ends_with("预览") || label.ends_with("預覽"))
        && label.chars().all(is_han)
        && r[colon..].chars().nth(1).is_some();
    ok.then(|| t.len() - r.len() + colon + r[colon..].chars().next().map_or(0, char::len_utf8))
}

/// `篇一：` / `篇2:` / `第三篇：` at the start of a line: a collection site's item label.
fn item_label(t: &str) -> Option<usize> {
    // `【篇一】X`, `[篇二]X`: the label in brackets.
    if let Some(r) = t.strip_prefix(['【', '[']) {
        let inner = r.strip_prefix('篇')?;
        let n = inner.chars().take_while(|&c| any_digit(c) || c == '十').count();
        let after = &inner[inner.char_indices().nth(n).map_or(inner.len(), |x| x.0)..];
        let close = after.chars().next().filter(|c| matches!(c, '】' | ']'))?;
        let rest = &after[close.len_utf8()..];
        return (n > 0 && rest.chars().filter(|c| is_han(*c)).count() >= 4).then(|| t.len() - rest.len());
    }
    let rest = t.strip_prefix('篇').or_else(|| t.strip_prefix('第'))?;
    let n = rest.chars().take_while(|&c| any_digit(c) || c == '十').count();
    if n == 0 {
        return None;
    }
    let mut after: &str = &rest[rest.char_indices().nth(n).map_or(rest.len(), |x| x.0)..];
    if t.starts_with('第') {
        after = after.strip_prefix('篇')?;
    }
    // `篇一 关于…考察报告`: a space instead of the colon, before a title.
    let spaced = after.len() - after.trim_start_matches(&[' ', '\u{3000}'][..]).len();
    if spaced > 0 && t.starts_with('篇') {
        let title = &after[spaced..];
        // A title, not a sentence: no clause mark, a few Han characters (glosses may split its report word).
        let titled = title.chars().filter(|c| is_han(*c)).count() >= 6
            && title.chars().nth(80).is_none()
            && !title.contains(&['。', '，', ',', '；'][..]);
        return titled.then(|| t.len() - title.len());
    }
    let colon = after.chars().next().filter(|c| matches!(c, '：' | ':'))?;
    Some(t.len() - after.len() + colon.len_utf8())
}

/// The licence footer of a public-domain source: from a line starting `本作品` that speaks of
/// 公有领域 to where the site's tail ends ([`tail_end`]).
fn licence_footer(text: &str, lines: &[blocks::Line], k: usize) -> Option<Span> {
    let line = lines[k].trimmed;
    let t = &text[line.start..line.end];
    if !t.starts_with("本作品") {
        return None;
    }
    let tail = &text[line.start..];
    let mut cut = tail.len().min(2000);
    while !tail.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &tail[..cut];
    (window.contains("公有领域") || window.contains("Public domain"))
        .then(|| Span::new(line.start, tail_end(text, lines, k)))
}

/// Words of a licence notice and of the link fragments a wiki page leaves around it: a tail
/// line that has one is the site's.
const LICENCE_WORDS: &[&str] = &[
    "作品",
    "著作权",
    "著作權",
    "版权",
    "版權",
    "公有领域",
    "公有領域",
    "维基",
    "維基",
    "管辖",
    "管轄",
    "许可",
    "許可",
    "授权",
    "授權",
    "译文",
    "譯文",
    "Public domain",
    "License",
    "license",
];

/// The end of a site's tail that starts at line `k`: the text's end, unless report text
/// resumes after it (two reports pasted one after the other; a benchmark that repeats a report
/// with its notice). Report text resumes at a long line of sentences that is not the site's;
/// the title, salutation and headings above that line are the next report's too, so the tail
/// ends after its last line that is the site's own (a licence word, an ASCII-only line such as
/// `false`, a site line, a fragment that starts with punctuation).
fn tail_end(text: &str, lines: &[blocks::Line], k: usize) -> usize {
    let mut end = lines[k].trimmed.end;
    for l in &lines[k + 1..] {
        let t = &text[l.trimmed.start..l.trimmed.end];
        if t.is_empty() {
            continue;
        }
        let site = LICENCE_WORDS.iter().any(|w| t.contains(w))
            || t.is_ascii()
            || t.starts_with(|c: char| !(is_han(c) || c.is_ascii_alphanumeric() || "“\"《（(【".contains(c)))
            || (t.len() <= 960 && is_site_line(t, &Found::new(t)));
        if site {
            end = l.trimmed.end;
        } else if is_body_line(t) {
            return end;
        }
    }
    blocks::trim::<crate::span::Src>(text, Span::new(lines[k].trimmed.start, text.len())).end
}

/// A line of report prose: over 30 Han characters, ending a sentence (or a closing mark, or a
/// colon).
fn is_body_line(t: &str) -> bool {
    t.chars().filter(|c| is_han(*c)).nth(30).is_some()
        && t.chars().next_back().is_some_and(|c| blocks::is_sentence_end(c) || blocks::is_closer(c) || c == '：')
}

/// `目录/提纲:……` blocks: from that line to the next line that is only `……`.
fn outline_block(text: &str, lines: &[blocks::Line], k: usize) -> Option<(Span, usize)> {
    let l = lines[k].trimmed;
    let t = &text[l.start..l.end];
    if !matches!(t.get(..6), Some("目录" | "目錄" | "提纲" | "提綱")) {
        return None;
    }
    for (j, m) in lines.iter().enumerate().skip(k + 1).take(60) {
        let u = &text[m.trimmed.start..m.trimmed.end];
        if !u.is_empty() && u.chars().all(|c| c == '…' || c == '.' || c == '。') {
            return Some((Span::new(l.start, m.trimmed.end), j));
        }
    }
    // A table of contents: entries that end in a page number (`…的讲话 11`, `…总结……3`).
    let mut last = None;
    for (j, m) in lines.iter().enumerate().skip(k + 1).take(60) {
        let u = &text[m.trimmed.start..m.trimmed.end];
        if u.is_empty() {
            continue;
        }
        let body = u.trim_end_matches(crate::tables::ascii_digit);
        let entry = body.len() < u.len()
            && u.len() - body.len() <= 3
            && body.ends_with(|c: char| is_space(c) || matches!(c, '…' | '.' | '·'));
        if !entry {
            break;
        }
        last = Some((Span::new(l.start, m.trimmed.end), j));
    }
    last
}

/// `1、` chunk numbers that document sites insert where they split a text: a number and `、`
/// between two Han characters in the middle of a sentence (`工作1、推进` ), never after 第.
fn chunk_marker_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
        return None;
    }
    let prev = s[..i].chars().next_back()?;
    if !is_han(prev) || "第约共近超达和与及或至到".contains(prev) {
        return None;
    }
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    if j - i > 2 || !s[j..].starts_with('、') {
        return None;
    }
    let after = j + '、'.len_utf8();
    let next = s[after..].chars().next()?;
    // `一、安全生产情况1、假期安全…`: a first sub-item glued to a section title.
    if &s[i..j] == "1" {
        let from = s[..i]
            .rfind(&['。', '！', '？', '；', '：', ':', '\n'][..])
            .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
        let sentence = s[from..i].trim_start();
        let heading = sentence.chars().take(4).any(|c| c == '、' || c == '）' || c == ')')
            && sentence.starts_with(|c: char| crate::tables::han_digit(c).is_some() || matches!(c, '十' | '（' | '('));
        if heading && sentence.chars().count() <= 30 {
            return None;
        }
    }
    // `1、2、3名` and `1、3季度` are lists of numbers, not chunk marks.
    (is_han(next) && !s[after..].starts_with(crate::tables::ascii_digit)).then_some(after)
}

/// `1、水利局防汛抗旱工作总结水利局…`, `1、某社区…情况说明一、社区基本概况…`: a document site's
/// first chunk number before the title of a one-line dump. The first long line opens with
/// `1、` and a report word, and no `2、` follows anywhere as a list item would (at a line's start
/// or after a sentence): a list of one is a site's mark, not the author's.
fn lone_first_chunk_mark(text: &str, lines: &[blocks::Line]) -> Option<Span> {
    // `1、` or `1.` before Han (not a decimal).
    let first_mark = |t: &str| {
        line_number_mark(t)
            .filter(|&(n, _)| n == 1)
            .map(|(_, len)| (len, "2、"))
            .or_else(|| t.strip_prefix("1.").filter(|r| r.starts_with(is_han)).map(|_| (2, "2.")))
    };
    let k = lines.iter().take(12).position(|l| first_mark(&text[l.trimmed.start..l.trimmed.end]).is_some())?;
    // Under an author's `一、` it is that section's first item (an excerpt cut before `2、`).
    let outlined = lines[..k].iter().any(|m| {
        let t = &text[m.trimmed.start..m.trimmed.end];
        let mut cs = t.chars();
        cs.next().is_some_and(|c| crate::tables::han_digit(c).is_some() || c == '十') && t.contains('、')
    });
    if outlined {
        return None;
    }
    let l = &lines[k];
    let t = &text[l.trimmed.start..l.trimmed.end];
    let (len, second) = first_mark(t)?;
    let head: String = t[len..].chars().take(40).collect();
    // Right under the site's own label (`文档简介`), the dump may open with a long slogan title.
    let labelled = lines[..k].iter().rev().find(|m| !m.trimmed.is_empty()).is_some_and(|m| {
        let label = without_glosses(&text[m.trimmed.start..m.trimmed.end]).0;
        crate::tables::SITE_FIELD_LABELS.contains(&label.trim_end_matches(&[':', '：'][..]))
    });
    // `1.某街道社区调研报告范文` alone on its line near the top, with no `2.` anywhere: the site's
    // first item, titled.
    // (Not over a further item: `1、防洪工作报告` / `1、天气情况分析` is the text's own list.)
    let next_item = lines[k + 1..]
        .iter()
        .find(|m| !m.trimmed.is_empty())
        .is_some_and(|m| first_mark(&text[m.trimmed.start..m.trimmed.end]).is_some());
    // (Nor a collection's item label, `1.…工作总结 篇一`: the page's line whole.)
    let titled_line = t.chars().nth(40).is_none()
        && !next_item
        && !t.contains('篇')
        && !t.contains(['。', '，', ',', '；'])
        && crate::tables::contains_any(&without_glosses(&t[len..]).0, crate::tables::TITLE_WORDS);
    let dump = t.chars().count() >= 80 && crate::tables::contains_any(&head, crate::tables::TITLE_WORDS);
    if !(dump || labelled && t.chars().count() >= 80 || titled_line) {
        return None;
    }
    let listed = text.match_indices(second).any(|(p, _)| {
        let before = text[..p].chars().next_back();
        !text[..p].ends_with(crate::tables::ascii_digit)
            && before.is_none_or(|c| {
                c == '\n' || blocks::is_space(c) || blocks::is_sentence_end(c) || matches!(c, '；' | ';' | '：' | ':')
            })
    });
    (!listed).then(|| Span::new(l.trimmed.start, l.trimmed.start + len))
}

/// `N、` at the start of a line, N one or two ASCII digits: its number and its length.
fn line_number_mark(t: &str) -> Option<(u32, usize)> {
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 || !t[n..].starts_with('、') {
        return None;
    }
    Some((t[..n].parse().ok()?, n + '、'.len_utf8()))
}

/// Does this line stop in the middle of a sentence, after a page-sized run of text: where a
/// document site cut a pasted text into chunks, not where a writer ended a paragraph.
fn is_cut_line(t: &str, min: usize) -> bool {
    let finished = |c: char| blocks::is_sentence_end(c) || blocks::is_closer(c) || matches!(c, '：' | ':' | '…' | '.');
    t.chars().next_back().is_some_and(|c| !finished(c)) && t.chars().count() >= min
}

/// A cut chunk is a few hundred characters (about 300 on the sites seen); a report's own
/// numbered paragraphs that long end their sentences.
const CHUNK_MIN_CHARS: usize = 200;

/// `1、` `2、` … at the start of lines, where a document site numbers the chunks it cut a text
/// into: a run numbered from 1 in which some `k、` follows a long line cut mid-sentence
/// (`…打响疫情防控阻击` / `2、战 闻令即动。`). All the run's marks go, the first one too, which
/// usually stands before the title; a report's own `1、` list ends its paragraphs. Under a
/// document site's own row (`《X》由会员分享…`) the text is known to be cut, and any line that
/// stops mid-sentence before `k、` shows it (`…并由黨委` / `2、書記任總河長`).
fn chunk_number_runs(text: &str, lines: &[blocks::Line], out: &mut Vec<Span>) {
    let hosted = lines.iter().take(8).any(|l| sharing_row(&text[l.trimmed.start..l.trimmed.end]));
    let min = if hosted { 10 } else { CHUNK_MIN_CHARS };
    let mut run: Vec<Span> = Vec::new();
    let mut cut = false;
    let mut prev: Option<&str> = None;
    for l in lines.iter().filter(|l| !l.trimmed.is_empty()) {
        let t = &text[l.trimmed.start..l.trimmed.end];
        if let Some((n, len)) = line_number_mark(t) {
            let mark = Span::new(l.trimmed.start, l.trimmed.start + len);
            if n == 1 || n as usize != run.len() + 1 {
                if cut {
                    out.append(&mut run);
                }
                run.clear();
                cut = false;
            }
            if n as usize == run.len() + 1 {
                cut |= n > 1 && prev.is_some_and(|p| is_cut_line(p, min));
                run.push(mark);
            }
        }
        prev = Some(t);
    }
    if cut {
        out.append(&mut run);
    }
}

/// A document site's row naming the file it shares (`《X.docx》由会员分享…`, `《X》由會員上傳分享`).
pub(crate) fn sharing_row(t: &str) -> bool {
    t.starts_with('《') && t.contains("分享")
}

/// `lines` are the source's lines (`blocks::lines(text)`).
pub fn find(text: &str, lines: &[blocks::Line]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    if let Some(first) = lines.iter().find(|l| !l.trimmed.is_empty()) {
        out.extend(leading_chunk_number(text, first.trimmed));
    }
    out.extend(lone_first_chunk_mark(text, lines));
    chunk_number_runs(text, lines, &mut out);
    let mut k = 0;
    while k < lines.len() {
        let l = lines[k];
        let t = &text[l.trimmed.start..l.trimmed.end];
        if t.is_empty() {
            k += 1;
            continue;
        }
        if let Some(f) = licence_footer(text, lines, k) {
            out.push(f);
            // Past the tail, report text resumes (or the text ends).
            k = lines.partition_point(|m| m.trimmed.start < f.end);
            continue;
        }
        if let Some((sp, last)) = outline_block(text, lines, k) {
            out.push(sp);
            k = last + 1;
            continue;
        }
        // Site notices are short lines; a long paragraph is report text. The site vocabulary
        // is looked up in one pass, and only for a line short enough to be a site line
        // (≤ 240 characters, so ≤ 960 bytes) or a notice (≤ 900 bytes).
        // A site line that opens with an editor's lead-in sentence and goes on with the
        // report: only the sentence goes (below).
        let mut lead_in_cut = None;
        let whole = WHOLE_LINES.contains(&t)
            || is_citation_line(t)
            || is_collection_header(t)
            || is_page_line(t)
            || is_bare_page_number(text, lines, k)
            || is_stamp_line(t)
            || is_chrome_line(t)
            || {
                // `歡(huan)迎訪(fang)問…官(guan)方網站`: a glossed line's site words are read
                // without its glosses (cut from it as artefacts of their own otherwise).
                // After a preview label (cut below) the site words are the rest's.
                let t = preview_label(t).map_or(t, |e| &t[e..]);
                let plain = deglossed(t);
                let words = plain.as_deref().unwrap_or(t);
                (words.len() <= 960).then(|| Found::new(words)).is_some_and(|found| {
                    // A paragraph with a truncation notice inside loses the notice only (its
                    // site words are the notice's).
                    let site = (is_site_line(words, &found) || (words.len() <= 900 && found.notice()))
                        && !inline_notice_in_prose(words);
                    if site && plain.is_none() {
                        lead_in_cut = leading_lead_in(t).or_else(|| site_fields_then_prose(t));
                    }
                    (site && lead_in_cut.is_none()) || is_spam_line(&found)
                })
            };
        if whole {
            out.push(l.trimmed);
            k += 1;
            continue;
        }
        if let Some(e) = item_label(t).or_else(|| preview_label(t)) {
            out.push(Span::new(l.trimmed.start, l.trimmed.start + e));
        }
        markdown_marks(t, l.trimmed, &mut out);
        if let Some(n) = lost_indent(t) {
            out.push(Span::new(l.trimmed.start, l.trimmed.start + n));
        }
        if let Some(e) = lead_in_cut {
            out.push(Span::new(l.trimmed.start, l.trimmed.start + e));
        }
        // A table frame around a line (`| 标题:…讲话 |`, `| 报告 |`): the bars and the label go.
        if let Some(e) = pipe_frame(t) {
            out.push(Span::new(l.trimmed.start, l.trimmed.start + e.0));
            if e.1 < t.len() {
                out.push(Span::new(l.trimmed.start + e.1, l.trimmed.end));
            }
        }
        for p in LINE_PREFIXES {
            if t.starts_with(p) {
                out.push(Span::new(l.trimmed.start, l.trimmed.start + p.len()));
            }
        }
        if let Some(n) = dateline_len(t) {
            out.push(Span::new(l.trimmed.start, l.trimmed.start + n));
        }
        if is_disclosure_row(t) {
            out.push(l.trimmed);
        }
        if let Some((a, b)) = title_cell(t) {
            out.push(Span::new(l.trimmed.start, l.trimmed.start + a));
            out.push(Span::new(l.trimmed.start + b, l.trimmed.end));
        }
        for p in LINE_SUFFIXES {
            if t.len() > p.len() && t.ends_with(p) {
                out.push(Span::new(l.trimmed.end - p.len(), l.trimmed.end));
            }
        }
        inline(text, l.span, &mut out);
        k += 1;
    }
    captioned_copies(text, lines, &mut out);
    crate::sort::sort(&mut out);
    merge(out)
}

/// `乡镇政府换届工作报告 _第2页` where the page also has the plain `乡镇政府换届工作报告`: a copy of
/// the title over each page's caption is the site's, the whole line (the plain line stays for the
/// frame to read).
fn captioned_copies(text: &str, lines: &[blocks::Line], out: &mut Vec<Span>) {
    // A site's page captions stand in its first pages: the first 400 lines bound the work.
    let top = &lines[..lines.len().min(400)];
    let line = |l: &blocks::Line| &text[l.trimmed.start..l.trimmed.end];
    // The captioned lines first: most texts have none, and then the plain lines are not gathered.
    let captioned: Vec<(Span, &str)> = top
        .iter()
        .filter_map(|l| {
            let t = line(l);
            let p = t.rfind("_第")?;
            let copy = t[..p].trim_end();
            let short = copy.chars().count() <= 40 && !copy.contains(&['。', '，', ','][..]) && copy.contains(is_han);
            (page_caption_at(t, p) == Some(t.len()) && short).then_some((l.trimmed, copy))
        })
        .collect();
    if captioned.is_empty() {
        return;
    }
    let plain: Vec<&str> = top.iter().map(line).filter(|t| !t.is_empty()).collect();
    out.extend(captioned.into_iter().filter(|(_, copy)| plain.contains(copy)).map(|(span, _)| span));
}

/// Artefacts inside a line: sigil tokens, listed tokens, `[本文共1710字]`, pinyin glosses,
/// chunk numbers.
pub fn inline(text: &str, line: Span, out: &mut Vec<Span>) {
    let s = &text[line.start..line.end];
    let b = s.as_bytes();
    let mut i = 0;
    let mut dot_run_end = 0;
    // Where the last bracketed artefact ended (a gloss may follow a gloss).
    let mut gloss_end = usize::MAX;
    while i < b.len() {
        // Skip, without decoding, the characters that can start no artefact (most of them):
        // of the non-ASCII ones only the three-byte characters of `INLINE_SET` can.
        i = INLINE_SET.skip_to_three_byte(b, i);
        if i >= b.len() {
            break;
        }
        let lead = b[i];
        if !s.is_char_boundary(i) {
            i += 1;
            continue;
        }
        // Dispatch on the first byte.
        let end = match lead {
            b'#' | b'$' => sigil_token_at(b, i),
            b'[' => word_count_tag_at(s, i).or_else(|| page_break_token_at(s, i)),
            b'(' => {
                pinyin_at(s, i, i == gloss_end).or_else(|| truncation_notice_at(s, i)).or_else(|| page_count_at(s, i))
            }
            b'.' => truncation_notice_in_walk(s, i, &mut dot_run_end),
            b'\'' => stray_quote_at(s, i),
            b'0'..=b'9' => stamp_at(s, i).or_else(|| chunk_marker_at(s, i)),
            b'_' => page_caption_at(s, i),
            b'&' => html_entity_at(s, i),
            b'<' => html_tag_at(s, i),
            b'-' => page_number_at(s, i),
            b'P' => field_code_at(s, i).or_else(|| mixed_token_at(s, i)),
            b'a'..=b'z' | b'A'..=b'Z' => mixed_token_at(s, i),
            0xE0..=0xEF if i + 2 < b.len() => {
                // A three-byte character, decoded by hand (the text is valid UTF-8).
                let cp =
                    (u32::from(lead & 0x0F) << 12) | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
                match char::from_u32(cp).unwrap_or(' ') {
                    '【' => word_count_tag_at(s, i),
                    '（' => pinyin_at(s, i, i == gloss_end)
                        .or_else(|| truncation_notice_at(s, i))
                        .or_else(|| page_count_at(s, i)),
                    '…' => truncation_notice_in_walk(s, i, &mut dot_run_end),
                    '第' => page_caption_at(s, i),
                    c if TOKEN_INDEX.may_start(c) => TOKEN_INDEX.at_start(&s[i..]).next().map(|k| i + TOKENS[k].len()),
                    _ => None,
                }
            }
            _ => None,
        };
        match end {
            Some(e) => {
                out.push(Span::new(line.start + i, line.start + e));
                if s[..e].ends_with([')', '）']) {
                    gloss_end = e;
                }
                i = e;
            }
            // On to the next character (its width from the lead byte).
            None => {
                i += match lead {
                    0xF0.. => 4,
                    0xE0.. => 3,
                    0xC0.. => 2,
                    _ => 1,
                }
            }
        }
    }
}

/// A PDF's page number flattened into the line (`…(此件公开发布) - 1 - 2023年…`): ` - N - `
/// between spaces.
fn page_number_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    if i > 0 && !b[i - 1].is_ascii_whitespace() {
        return None;
    }
    let r = b.get(i + 1..)?;
    let n = r.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
    let ok = r.first() == Some(&b' ') && (1..=3).contains(&n) && r.get(1 + n..3 + n) == Some(b" -");
    let end = i + 1 + 3 + n;
    (ok && b.get(end).is_none_or(|c| c.is_ascii_whitespace())).then_some(end)
}

/// A Word field code left in a pasted table of contents: `PAGEREF _Toc25831 \h 3`.
fn field_code_at(s: &str, i: usize) -> Option<usize> {
    let r = s[i..].strip_prefix("PAGEREF _Toc")?;
    let digits = |t: &str| t.len() - t.trim_start_matches(crate::tables::ascii_digit).len();
    let n = digits(r);
    let rest = &r[n..];
    let after = rest.trim_start_matches(' ');
    let after = after.strip_prefix("\\h").or_else(|| after.strip_prefix('h'))?;
    let page = after.trim_start_matches(' ');
    let p = digits(page);
    (n > 0 && p > 0).then(|| s.len() - page.len() + p)
}

/// A time stamp inside a line (`…工作总结2023-05-12 10:23`): a date with a clock time, where a
/// report's own `2023年5月12日9:30` (a meeting time) needs the seconds or zero padding of a site's.
fn stamp_at(s: &str, i: usize) -> Option<usize> {
    let (end, w) = timestamp_at(s, i)?;
    if w < 3 {
        return None;
    }
    let t = &s[i..end];
    let han = t.contains('年');
    let seconds = t.matches(&[':', '：'][..]).count() == 2;
    let padded = t.contains("年0") || t.contains("月0");
    (!han || seconds || padded).then_some(end)
}

/// Page captions glued to text: `…工作总结_第1页`, `…第2页共5页`, `第2页/共5页`.
fn page_caption_at(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let (body, underscore) = match rest.strip_prefix('_') {
        Some(r) => (r, true),
        None => (rest, false),
    };
    // PDF footers space the parts out: `第1 页共 4页`.
    let sp = |x: &'_ str| -> usize { x.len() - x.trim_start_matches(&[' ', '\u{3000}'][..]).len() };
    let body = body.strip_prefix('第')?;
    let body = &body[sp(body)..];
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    // `第页共页`: a footer whose numbers a site's copy dropped.
    if n == 0 && !underscore {
        let r = ["第页共页", "第頁共頁"].iter().find_map(|w| rest.strip_prefix(w))?;
        return Some(s.len() - r.len());
    }
    if n == 0 || n > 4 {
        return None;
    }
    let num_end = &body[n..];
    let num_end = &num_end[sp(num_end)..];
    let after = num_end.strip_prefix('页').or_else(|| num_end.strip_prefix('頁'))?;
    // `共5页` after it, with an optional space or slash.
    let t = after.trim_start_matches(&[' ', '/', '\u{3000}', ',', '，'][..]);
    let total = t.strip_prefix('共').and_then(|x| {
        let x = &x[sp(x)..];
        let m = x.bytes().take_while(u8::is_ascii_digit).count();
        let y = &x[m..];
        let y = &y[sp(y)..];
        (m > 0).then(|| y.strip_prefix('页').or_else(|| y.strip_prefix('頁'))).flatten()
    });
    match total {
        Some(r) => Some(s.len() - r.len()),
        None if underscore => Some(s.len() - after.len()),
        None => None,
    }
}

/// HTML tags a scraper left in the text (`<p>`, `</p>`, `<br/>`, `<span style="…">`), and the
/// elements spam pages scatter to defeat copy filters (`<track id="az1te">`, `<bdo>`, `<nobr>`).
/// The first [`BLOCK_TAGS`] end a line of the page, so the clean view breaks the line there.
const HTML_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "section",
    "article",
    "td",
    "tr",
    "th",
    "table",
    "tbody",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "center",
    "blockquote",
    "dd",
    "dt",
    "dl",
    "span",
    "strong",
    "b",
    "i",
    "em",
    "u",
    "font",
    "a",
    "img",
    "sup",
    "sub",
    "o:p",
    "track",
    "bdo",
    "wbr",
    "nobr",
    "optgroup",
    "option",
    "source",
    "input",
    "label",
    "small",
    "big",
    "tt",
    "var",
    "dfn",
    "del",
    "ins",
    "kbd",
    "abbr",
    "address",
    "cite",
    "code",
    "time",
    "mark",
    "q",
    "s",
    "strike",
    "acronym",
    "legend",
    "fieldset",
    "thead",
    "tfoot",
    "caption",
    "col",
    "colgroup",
    "samp",
    "ruby",
    "rt",
    "rp",
    "pre",
    "noscript",
    "map",
    "area",
    "figure",
    "figcaption",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
];
const BLOCK_TAGS: usize = 25;

/// Whether `t`, an artefact, is an HTML tag that ends a line of the page (`</p>`, `<br/>`,
/// `<h3 class="…">`): the clean view puts a line break in its place when text stands on both sides.
pub(crate) fn is_block_tag(t: &str) -> bool {
    let Some(r) = t.strip_prefix('<') else { return false };
    let r = r.strip_prefix('/').unwrap_or(r);
    let n = r.bytes().take_while(|c| c.is_ascii_alphanumeric()).count();
    t.ends_with('>') && HTML_TAGS[..BLOCK_TAGS].iter().any(|b| b.eq_ignore_ascii_case(&r[..n]))
}

/// `<p>`, `</p>`, `<br />`, `<span style="…">`: an HTML tag left by a scraper, one of [`HTML_TAGS`],
/// its attributes on the same line and at most 200 bytes long.
fn html_tag_at(s: &str, i: usize) -> Option<usize> {
    let r = &s[i + 1..];
    let r = r.strip_prefix('/').unwrap_or(r);
    let n = r.bytes().take_while(|c| c.is_ascii_alphanumeric() || *c == b':').count();
    if n == 0 || !HTML_TAGS.iter().any(|t| t.eq_ignore_ascii_case(&r[..n])) {
        return None;
    }
    let rest = &r[n..];
    if !(rest.starts_with(&['>', ' ', '/'][..])) {
        return None;
    }
    let close = rest.bytes().take(200).position(|c| c == b'>' || c == b'<' || c == b'\n')?;
    // A scraper leaves layout tags (`class`, `style`); a tag with a link, a source or an event
    // handler is someone's markup, shown as the text it is, not hidden as the site's.
    let attrs = rest[..close].to_ascii_lowercase();
    let active = ["href", "src", "javascript:", "srcdoc", "action"].iter().any(|w| attrs.contains(w))
        || attrs.match_indices("on").any(|(k, _)| {
            let before = attrs[..k].chars().next_back();
            before.is_none_or(|c| !c.is_ascii_alphanumeric())
                && attrs[k + 2..].trim_start_matches(|c: char| c.is_ascii_alphabetic()).trim_start().starts_with('=')
        });
    (rest.as_bytes()[close] == b'>' && !active).then(|| s.len() - rest.len() + close + 1)
}

/// `t` without its pinyin glosses when it has two or more (`歡(huan)迎訪(fang)問` → `歡迎訪問`).
fn deglossed(t: &str) -> Option<String> {
    let (out, n) = without_glosses(t);
    (n >= 2).then_some(out)
}

/// `t` without its pinyin glosses, and how many there were.
fn without_glosses(t: &str) -> (String, usize) {
    if !t.contains('(') && !t.contains('（') {
        return (t.to_string(), 0);
    }
    let (mut out, mut from, mut n, mut last) = (String::new(), 0, 0, usize::MAX);
    for (i, c) in t.char_indices() {
        if i < from || !matches!(c, '(' | '（') {
            continue;
        }
        if let Some(e) = pinyin_at(t, i, i == last) {
            out.push_str(&t[from..i]);
            (from, last, n) = (e, e, n + 1);
        }
    }
    out.push_str(&t[from..]);
    (out, n)
}

/// `(5页)`, `（共12页）`: a document site's page count glued to the title it lists.
fn page_count_at(s: &str, i: usize) -> Option<usize> {
    let r = s[i..].strip_prefix(['(', '（'])?;
    let r = r.strip_prefix('共').unwrap_or(r);
    let d = r.bytes().take_while(u8::is_ascii_digit).count();
    let r = r[d..].strip_prefix('页')?;
    let r2 = r.strip_prefix([')', '）'])?;
    (1..=3).contains(&d).then(|| s.len() - r2.len())
}

/// `&nbsp;`, `&ensp;`, a cut `&ens`: an HTML entity left by a scraper.
fn html_entity_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let n = b[i + 1..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    if !(2..=6).contains(&n) || b.get(i + 1 + n).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let e = i + 1 + n;
    Some(if b.get(e) == Some(&b';') { e + 1 } else { e })
}

/// `v7R`: a short token mixing lower case, upper case and digits between Han text, a site's
/// watermark. Words, units and codes (`5G`, `COVID`, `iPad`, `H5N1`) lack one of the three.
fn mixed_token_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let n = b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    let t = &b[i..i + n];
    let mixed = t.iter().any(u8::is_ascii_lowercase)
        && t.iter().any(u8::is_ascii_uppercase)
        && t.iter().any(u8::is_ascii_digit);
    let han_side = s[..i].chars().next_back().is_none_or(|c| !c.is_ascii())
        || s[i + n..].chars().next().is_none_or(|c| !c.is_ascii());
    ((3..=6).contains(&n) && mixed && han_side).then_some(i + n)
}

/// A truncation notice inside a long paragraph of one-line paste: only the notice goes.
fn inline_notice_in_prose(t: &str) -> bool {
    t.chars().count() > 60
        && t.char_indices().any(|(i, c)| matches!(c, '…' | '.' | '(' | '（') && truncation_notice_at(t, i).is_some())
}

/// `……(某某网…省略883字,正式会员可完整阅读)……`: a site's truncation notice inside the text,
/// with the ellipses around it.
fn truncation_notice_at(s: &str, i: usize) -> Option<usize> {
    truncation_notice_after(s, i, dots_end(s, i))
}

/// The end of the run of `…` and `.` from `k`.
fn dots_end(s: &str, k: usize) -> usize {
    k + s[k..].len() - s[k..].trim_start_matches(&['…', '.'][..]).len()
}

/// [`truncation_notice_at`] inside `inline`'s walk: `run_end` keeps the end of the last run
/// of dots measured, so a long run is measured once and not again from each of its dots.
fn truncation_notice_in_walk(s: &str, i: usize, run_end: &mut usize) -> Option<usize> {
    if *run_end <= i {
        *run_end = dots_end(s, i);
    }
    truncation_notice_after(s, i, *run_end)
}

/// The notice at `i`, whose leading dots end at `open`.
fn truncation_notice_after(s: &str, i: usize, open: usize) -> Option<usize> {
    if open - i == 1 && s[i..].starts_with('.') {
        return None;
    }
    let rest = &s[open..];
    let close = match rest.chars().next()? {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    // The close within 240 bytes: only that window is searched (searching the whole rest
    // made a long line of unclosed brackets quadratic).
    let mut buf = [0u8; 4];
    let close_bytes = close.encode_utf8(&mut buf).as_bytes();
    let window = &rest.as_bytes()[..rest.len().min(240 + close_bytes.len())];
    let mut body_len = window.windows(close_bytes.len()).position(|w| w == close_bytes)?;
    // A bracket opened inside (a pinyin gloss, `快文網(wǎng)…省略264字…)`): the notice's close
    // is the one after 省略.
    let open_len = rest.chars().next().map_or(0, char::len_utf8);
    if rest.get(open_len..body_len).is_some_and(|b| b.contains(['(', '（'])) {
        if let Some(from) = window.windows("省略".len()).position(|w| w == "省略".as_bytes()) {
            body_len = from + window[from..].windows(close_bytes.len()).position(|w| w == close_bytes)?;
        }
    }
    let body = &rest[..body_len];
    let notice = body.contains("省略") && (body.contains('字') || body.contains("会员") || body.contains("會員"));
    notice.then(|| dots_end(s, open + body_len + close.len_utf8()))
}

/// A lone ASCII `'` between two Han characters (`市政府的'安排`): a scraping leftover.
fn stray_quote_at(s: &str, i: usize) -> Option<usize> {
    (s.as_bytes()[i] == b'\''
        && s[..i].chars().next_back().is_some_and(is_han)
        && s[i + 1..].chars().next().is_some_and(is_han))
    .then_some(i + 1)
}

/// `[本文共1710字]` / `【此文共405字】` / `[全文共900字]`.
fn word_count_tag_at(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let (open, close) = if rest.starts_with('[') {
        ('[', ']')
    } else if rest.starts_with('【') {
        ('【', '】')
    } else {
        return None;
    };
    let body = &rest[open.len_utf8()..];
    let inner = ["本文共", "此文共", "全文共"].iter().find_map(|p| body.strip_prefix(p))?;
    let n = inner.chars().take_while(|c| c.is_ascii_digit()).count();
    let after = inner[n..].strip_prefix('字')?;
    after.starts_with(close).then(|| s.len() - after.len() + close.len_utf8())
}

/// `[nextpage]`, `[page]`: a content system's page-break code, left in the text.
fn page_break_token_at(s: &str, i: usize) -> Option<usize> {
    ["[nextpage]", "[NextPage]", "[page]", "[/page]"].iter().find(|x| s[i..].starts_with(**x)).map(|x| i + x.len())
}

fn merge(v: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(v.len());
    for s in v {
        if s.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sample_label_is_left_to_the_frame() {
        // `X范文1` under the page title `X`: the label is the title (T3), the page title the site's.
        let t = "村委会工作报告范例6篇\n前言:某期刊网精心挑选了村委会工作报告范文供你参考和学习,欢迎阅读。\n村委会工作报告\n村委会工作报告范文1\n各位领导、同志们:\n下午好!";
        let d = crate::parse(t);
        let arts: Vec<&str> = d.artifacts.iter().map(|a| &t[a.start..a.end]).collect();
        assert!(!arts.contains(&"村委会工作报告范文1") && arts.contains(&"村委会工作报告"), "{arts:?}");
        assert_eq!(d.structure.title.map(|x| &t[x.start..x.end]), Some("村委会工作报告范文1"));
        assert!(sample_label("某镇工作总结范文2") && !sample_label("工作总结范文") && !sample_label("范文1"));
        assert!(sample_label("林业工作总结范文篇1") && !sample_label("范文篇1"));
        // A Han number is a number too (before, its three bytes were read as three digits).
        assert!(sample_label("某镇工作总结范文二") && !sample_label("某镇工作总结范文二三四"));
    }

    #[test]
    fn flattened_page_numbers_and_word_field_codes() {
        let arts = |t: &str| {
            let d = crate::parse(t);
            d.artifacts.iter().map(|a| t[a.start..a.end].to_string()).collect::<Vec<_>>()
        };
        // A PDF's page number between spaces in a one-line paste.
        assert_eq!(arts("现印发给你们,请认真执行。 某市教育局 (此件公开发布) - 1 - 2023年全市教育工作要点 今年全市教育系统将以新思想为指导。"), ["- 1 -"]);
        // Not a page number: a range or a minus sign in the report's figures.
        assert!(arts("气温在 -1 - 5 度之间,降幅 - 12 -以上。").is_empty());
        // A Word field code left in a pasted table of contents.
        assert_eq!(
            arts("第一部分 单位概况 PAGEREF _Toc25831 \\h 3\n一、主要职责 PAGEREF _Toc32310 h 3"),
            ["PAGEREF _Toc25831 \\h 3", "PAGEREF _Toc32310 h 3"]
        );
    }

    #[test]
    fn a_periodical_sites_excerpt_label() {
        let t = "论文部分内容阅读\n我们村共有村民350户,1350人。几年来,我们积极协助村委会开展各项工作。";
        let d = crate::parse(t);
        assert_eq!(d.artifacts.iter().map(|a| &t[a.start..a.end]).collect::<Vec<_>>(), ["论文部分内容阅读"]);
    }

    #[test]
    fn found_reads_the_han_it_passes_over_as_a_plain_walk_would() {
        for t in [
            "首页 > 范文大全 > 工作总结　第3页",
            "本文共1710字，大小不一，欢迎下载",
            "全面推进乡村振兴𠮷，扎实开展工作。",
        ] {
            let f = Found::new(t);
            assert_eq!(f.chars, t.chars().count(), "{t}");
            assert_eq!(f.spaces, t.chars().filter(|&c| blocks::is_space(c)).count(), "{t}");
            assert_eq!(f.arrows, t.matches(&['>', '》'][..]).count(), "{t}");
            assert_eq!(
                (f.page, f.zi, f.da_xiao),
                (t.contains(&['页', '頁'][..]), t.contains('字'), t.contains('大') && t.contains('小'))
            );
            for (k, w) in VOCAB_WORDS.iter().enumerate() {
                assert_eq!(f.has(k), t.contains(w), "{t}: {w}");
            }
        }
    }

    fn arts(t: &str) -> Vec<&str> {
        find(t, &blocks::lines(t)).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn header_buttons_paywalls_and_preview_labels() {
        // Before: a government site's header buttons and a paywall's offer were report text, and
        // a preview label stayed on the address after it.
        let t = "• EN\n打开 · 手机版\n关注 · 政务微博\n某县2024年工作总结\n• 点击查看:3分钟在线开通会员查看此文章!\n• 内容预览:同志们:今天召开全镇工作会议,总结去年工作,安排今年任务。\n";
        assert_eq!(
            arts(t),
            ["• EN", "打开 · 手机版", "关注 · 政务微博", "• 点击查看:3分钟在线开通会员查看此文章!", "• 内容预览:"]
        );
        // A forum's quote header and its cut-short quote; a school site's post header.
        let t = "AndreXan wrote:\n校長的話各位家長...(恕刪)\n一般公告 / 張貼者 教務主任\n張貼日期: 2020-06-15 09:34:43  點閱:1452\n校長的話\n";
        assert_eq!(
            arts(t),
            [
                "AndreXan wrote:",
                "校長的話各位家長...(恕刪)",
                "一般公告 / 張貼者 教務主任",
                "張貼日期: 2020-06-15 09:34:43  點閱:1452"
            ]
        );
        // A sentence naming the site's channels keeps them; a label without text after it is
        // not a preview's.
        let t = "全镇开通政务微博3个、政务微信公众号2个,及时发布政务信息。\n关注 · 重点工作\n";
        assert!(arts(t).is_empty(), "{:?}", arts(t));
    }

    #[test]
    fn a_row_opening_with_the_sites_name() {
        // The site's name, its column and its copy of the title: the whole row is the site's.
        assert_eq!(
            arts("公务员期刊网 精选范文 某镇工作总结范文\n某镇工作总结"),
            ["公务员期刊网 精选范文 某镇工作总结范文"]
        );
        assert_eq!(arts("某某个人网站 某某个人网站\n欢迎晚宴致辞"), ["某某个人网站 某某个人网站"]);
        assert_eq!(arts("公務員期刊網(wǎng) 精選范文 某鎮工作總結"), ["公務員期刊網(wǎng) 精選范文 某鎮工作總結"]);
        assert_eq!(
            arts("公務(wù)員期刊網(wǎng) 精選范文 某鎮工作總結"),
            ["公務(wù)員期刊網(wǎng) 精選范文 某鎮工作總結"]
        );
        // A network, or a sentence, is the report's.
        assert!(arts("互联网 +政务服务全面铺开").is_empty());
        assert!(arts("智慧电网 建设提速，全年投资3亿元。").is_empty());
    }

    #[test]
    fn a_menu_of_bracketed_links() {
        let t =
            "[序言] [行动] [总区指挥官汇报] [人事及训练]\n[财务、政务及策划] [环保报告] [查询 / 意见 ]\n提升服务质素";
        assert_eq!(
            arts(t),
            ["[序言] [行动] [总区指挥官汇报] [人事及训练]", "[财务、政务及策划] [环保报告] [查询 / 意见 ]"]
        );
        // Two brackets, or a bracketed label before text, are not a menu.
        assert!(arts("【篇一】 【篇二】").is_empty());
        assert!(arts("【要闻】 【通知】 某镇召开安全生产工作会议").is_empty());
    }

    #[test]
    fn paid_markers_anywhere() {
        assert_eq!(arts("学习网##paidbegin##络。\n##paidend##"), ["##paidbegin##", "##paidend##"]);
        assert_eq!(arts("$$paidbegin$$三、聚焦"), ["$$paidbegin$$"]);
        assert!(arts("共有20个##党支部").is_empty());
    }

    #[test]
    fn pinyin_glosses() {
        assert_eq!(arts("沅江市統(tǒng)計(jì)局"), ["(tǒng)", "(jì)"]);
        assert!(arts("地区生产总值(GDP)").is_empty());
        assert_eq!(arts("年(nian)度的(de)报告(gao)"), ["(nian)", "(de)", "(gao)"]);
        assert!(arts("手机(app)，平台(web)").is_empty());
        assert!(arts("村（社区）").is_empty());
        // A character glossed three times: three glosses (before, only the first).
        assert_eq!(arts("黨的(de)(de)(de)二十大"), ["(de)", "(de)", "(de)"]);
        assert!(arts("報告(gao)(GDP)").len() == 1);
    }

    #[test]
    fn notices_and_pages() {
        let t = "正文\n(未完,全文共1507字,当前显示476字)\n- 1 -\n第3页 共5页\n资源描述";
        assert_eq!(arts(t), ["(未完,全文共1507字,当前显示476字)", "- 1 -", "第3页 共5页", "资源描述"]);
        assert_eq!(arts("小学党支部党建工作汇报[本文共1710字]"), ["[本文共1710字]"]);
        assert_eq!(arts("特殊教育工作计划通用1[此文共1702字]"), ["[此文共1702字]"]);
        assert_eq!(arts("标题:长治市统计局工作总结 | |"), ["标题:", "| |"]);
        assert_eq!(arts("名称: | 某县2023年工作总结 | 文号: | |"), ["名称: |", "| 文号: | |"]);
        // A row of two values is a table's, not a title field.
        assert!(arts("项目: | 工作总结 | 年度报告 |").is_empty());
        assert_eq!(
            arts("2023年学校党支部换届工作报告(精选3篇)\n党支部工作年度总结三篇"),
            ["2023年学校党支部换届工作报告(精选3篇)", "党支部工作年度总结三篇"]
        );
        assert!(arts("2023年学校党支部换届工作报告 篇1").is_empty());
        // A lone `1、` before the title of a one-line dump is the site's first chunk number.
        let t = "1、某社区换届经济责任审计基本情况说明一、社区基本概况某社区位于城市中心区域,辖区面积约1.6平方公里,涵盖4个住宅小区、2个商业综合体和1个文创产业园区,常住人口约2.3万人,流动人口约0.8万人。";
        assert_eq!(arts(t), ["1、"]);
        // Not when a `2、` item follows, nor under an author's `一、`.
        assert!(arts(&format!("{t}\n2、社区财务收支情况")).iter().all(|a| *a != "1、"));
        assert!(arts(&format!("一、工作重点\n{t}")).iter().all(|a| *a != "1、"));
        // A journal page's citation of the text is the page's, whole; a report's own reference is not.
        let cite = "引用本文:某某.在二季度全市安全生产专题会议上的讲话[J].某市人民政府公报,2006(10).";
        assert_eq!(arts(&format!("{cite}\n同志们:今天召开专题会议。")), [cite]);
        assert!(arts("正如《某某研究》所说,基层治理要靠制度。").is_empty());
        // A paste that opens with the site's fields loses those only, not the report after them.
        let t = "下载本文档 阅读:1234 上传时间:2023-05-06 某街道2023年度平安建设工作汇报 同志们:今年以来,街道坚持以人民为中心,扎实推进平安建设各项工作。";
        assert_eq!(arts(t), ["下载本文档 阅读:1234 上传时间:2023-05-06"]);
        // Under the site's `文档简介` (glossed or not), a slogan title with its report word late.
        let t = "冲在一线 干在前面为创建全国文明城市再立新功——在市文化和旅游局创建全国文明城市推进大会上的讲话同志们:今天,我们召开这次推进大会,主要任务是深入学习贯彻全市推进会议精神。";
        for label in ["文档简介", "文檔簡(jiǎn)介"] {
            assert!(arts(&format!("{label}\n1、{t}")).contains(&"1、"), "{label}");
        }
        assert!(!arts(&format!("1、{t}")).contains(&"1、"));
        // A news agency's dateline before the report it carries; chrome words alone on a line.
        assert_eq!(arts("新华社北京3月15日电\n国务院总理作政府工作报告。"), ["新华社北京3月15日电"]);
        assert_eq!(
            arts("新華社北京3月11日電(记者 某某)最高人民法院院长向大会作报告。"),
            ["新華社北京3月11日電(记者 某某)"]
        );
        assert!(arts("新华社报道了我县的经验。").is_empty());
        assert_eq!(arts("字号\n编辑\n正文第一段。"), ["字号", "编辑"]);
        // A government site's disclosure table, in bars or not.
        let t = "文件名称 | 某区2025年政府工作报告 | ||\n索引号 | /2025-0000 | 公开目录: | 工作报告 |\n发文机关某某人民法院\n施行日期2017年11月01日\n文号为某政发〔2024〕3号的文件,已经印发,请遵照执行。";
        assert_eq!(
            arts(t),
            [
                "文件名称 | 某区2025年政府工作报告 | ||",
                "索引号 | /2025-0000 | 公开目录: | 工作报告 |",
                "发文机关某某人民法院",
                "施行日期2017年11月01日"
            ]
        );
        // A copy of the title over a page's caption, where the plain title is on the page too.
        assert_eq!(
            arts("某镇工作报告\n某镇工作报告 _第1页\n某镇工作报告_第2页\n正文。"),
            ["某镇工作报告 _第1页", "某镇工作报告_第2页"]
        );
        // HTML tags a scraper left in the text, each its own artefact; a comparison is no tag.
        assert_eq!(arts("<p>光阴的迅速。</p><p>二、主要工作目标</p><br/>"), ["<p>", "</p>", "<p>", "</p>", "<br/>"]);
        assert!(arts("增长率<5%,且 a<b 时").is_empty());
        // Markup with a link, a source or an event handler is shown as text, not hidden.
        assert!(arts("<img src=x onerror=alert(1)>工作<a href=\"javascript:x\">张三</a><b onmouseover=\"x\">")
            .iter()
            .all(|a| !a.contains("src") && !a.contains("href") && !a.contains("onmouse")));
        // A site's numbered download notices.
        let t =
            "1、部分资料下载需要金币,请确保您的账户上有足够的金币\n3、资料包下载后请先用软件解压,在使用对应软件打开";
        assert_eq!(arts(t).len(), 2, "{:?}", arts(t));
        // A row of links to other texts between spaced slashes.
        let t = "2003年团省委工作 / 2008年团省委工作情况 / 2009年工作要点 / 2010年工作要点 /\n2017年工作要点";
        assert_eq!(arts(t), ["2003年团省委工作 / 2008年团省委工作情况 / 2009年工作要点 / 2010年工作要点 /"]);
        assert!(arts("教育 / 卫生 / 文化").is_empty());
        assert!(arts("年度计划 | 中央资金 | 计划完成 | 中央完成").is_empty());
        assert!(arts("一是抓学习 / 二是抓落实,全面推进 / 三是抓作风").is_empty());
        // An ordinal labels one item, it counts nothing.
        assert!(arts("银行存款工作总结范文第1篇").is_empty());
        assert_eq!(arts("按照市政府的'安排部署"), ["'"]);
        assert_eq!(arts("篇一：乡镇党建工作总结\n第二篇:村级工作汇报"), ["篇一：", "第二篇:"]);
        assert_eq!(arts("【篇一】开展反诈宣传工作的总结报告\n篇二 关于某地生态博物馆考察报告"), ["【篇一】", "篇二 "]);
        assert!(arts("篇一 今年以来,我们认真开展工作。").is_empty());
        assert!(arts("第一，要正确认识形势").is_empty());
    }

    #[test]
    fn chunk_numbers_mid_sentence_only() {
        assert_eq!(arts("进一步推动工作2、落实到位"), ["2、"]);
        assert!(arts("1、低保工作。").is_empty());
        assert!(arts("第1、2名").is_empty());
        assert!(arts("荣获1、2、3等奖").is_empty());
        assert!(arts("如下：一、安全生产情况1、假期值守").is_empty());
    }

    #[test]
    fn chunk_numbers_at_line_starts_where_a_site_cut_the_text() {
        // Chunks of a few hundred characters, each numbered where the cut fell: mid-sentence.
        let body = "一年来，我们坚持以人民为中心，扎实推进各项工作，".repeat(10);
        let t =
            format!("1、2020年工作总结{body}全员动员，迅速打响阻击\n\n2、战，闻令即动。{body}认真落实\n3、各项措施。");
        assert_eq!(arts(&t), ["1、", "2、", "3、"]);
        // A report's own numbered paragraphs end their sentences, however long.
        let t = format!("1、低保工作。{body}确保应保尽保。\n2、五保工作。{body}\n");
        assert!(arts(&t).is_empty(), "{:?}", arts(&t));
        // Short items without full stops are a list, not cuts.
        assert!(arts("1、成立领导小组\n2、制定工作方案\n3、抓好督促落实").is_empty());
        // Numbers that do not run from 1 are not a chunk run.
        let t = format!("2、加强宣传{body}认真落实\n3、各项措施。");
        assert!(arts(&t).is_empty());
        // Under a document site's row a short cut line shows it too (before: only one of 200
        // characters or more did).
        let row = "《河长制工作总结》由会员分享,可在线阅读,更多相关《河长制工作总结(4页珍藏版)》请在装配图网上搜索。\n";
        let t = format!("{row}1、河长制工作总结\n我镇成立领导小组,并由党委\n2、书记任总河长,负责全镇河长制工作。\n");
        assert_eq!(&arts(&t)[1..], ["1、", "2、"], "{:?}", arts(&t));
        assert!(arts(&format!("{row}1、成立领导小组\n2、制定工作方案\n3、抓好督促落实"))[1..].is_empty());
        // A titled first chunk alone on its line over its own copy or its address, no `2、` anywhere.
        assert_eq!(arts("1、文化局局长述职报告\n文化局局长述职报告\n各位领导:\n我于2020年任局长。\n"), ["1、"]);
        assert_eq!(arts("1、文化局局长述职报告\n各位领导:\n我于2020年任局长。\n"), ["1、"]);
        // Over a further `1、` it is the text's own list.
        assert!(arts("1、防洪工作报告\n1、天气情况分析\n近期我区连续暴雨。\n").is_empty());
    }

    #[test]
    fn site_metadata_lines_by_weighted_vocabulary() {
        for line in [
            "上传时间：2022-03-08 14:20 文件大小：35KB 页数：4页",
            "上傳時間：2022-03-08 14:20 文件大小：35KB",
            "栏目：述职报告 人气：2381 发布于：2021-11-02",
            "欄目：工作匯報 人氣：1024",
            "【字体：大 中 小】【打印】【关闭】",
            "本文约3千字，共6页，下载后可编辑",
            "客服QQ：123456789 举报",
            "关键词：村委会 述职报告 个人总结",
            "导语：年终将至，小编为您分享了几篇村干部述职报告，供参考。",
            "下面是小编为大家整理的社区工作汇报范文，希望对大家有所帮助。",
            "1、本站文档均由网友上传，如有侵权请联系删除",
            "2022/08/15 09:12:33",
        ] {
            assert_eq!(arts(line), [line], "{line}");
        }
    }

    #[test]
    fn report_text_with_a_site_word_is_kept() {
        for line in [
            "全年受理群众举报12件，发布政务信息86条，网站浏览量明显上升。",
            "组织党员阅读学习材料，分享心得体会。",
            "（三）加强信息发布",
            "2023年11月20日",
            "建立QQ工作群，由专人答复群众咨询，全年累计回复群众留言300余条，满意率达到98%以上。",
            "定于2023年5月12日9:30召开全镇动员大会。",
        ] {
            assert!(arts(line).is_empty(), "{line}");
        }
    }

    #[test]
    fn stamps_and_page_captions_inside_a_line() {
        assert_eq!(arts("村委会工作报告2021-06-30 08:15"), ["2021-06-30 08:15"]);
        assert_eq!(arts("村委会工作报告2021年06月30日08:15:02"), ["2021年06月30日08:15:02"]);
        assert_eq!(arts("街道工作总结_第1页"), ["_第1页"]);
        assert_eq!(arts("街道工作总结 _第2页"), ["_第2页"]);
        assert_eq!(arts("做好防汛工作第2页共5页，确保安全"), ["第2页共5页"]);
        assert!(arts("详见附件第3页").is_empty());
        // A footer whose numbers the site dropped, glued before the title.
        assert_eq!(arts("第页共页科协年度工作总结一、工作概述本年度"), ["第页共页"]);
        // A decorated title alone is the text's title, not the site's row; a bare category is the site's.
        assert!(arts("校园安全隐患排查方案范文\n为了保障校园的安全稳定,本校制定本方案。").is_empty());
        assert_eq!(arts("工作总结范文\n为了保障校园的安全稳定,本校制定本方案。"), ["工作总结范文"]);
        assert_eq!(arts("提高护理质量和患者满意度。 第1 页共 4页 3. 加强培训"), ["第1 页共 4页"]);
    }

    #[test]
    fn site_chrome_lead_ins_and_page_numbers() {
        for line in [
            "首页 > 范文大全 > 工作总结",
            "当前位置:首页 > 公文 > 讲话稿",
            "某某公文网",
            "购物车",
            "温馨提示：",
            "- 3、成为VIP后可在线预览全文，不支持退款。",
            "为大家精心收集整理的村级工作汇报，欢迎阅读与借鉴。",
            "12-",
            "乡镇述职报告范文【精选5篇】",
        ] {
            assert_eq!(arts(line), [line], "{line}");
        }
        assert!(arts("以下是我一年来的工作情况，请各位领导参考。").is_empty());
        assert!(arts("（二）筑牢安全网").is_empty());
        assert_eq!(arts("工作总结v7R全镇&ens"), ["v7R", "&ens"]);
        assert_eq!(arts("| 标题:在全县工作会议上的讲话 |"), ["| 标题:", " |"]);
        assert_eq!(arts("| 报告 |"), ["| 报告 |"]);
        assert_eq!(arts("某某网 2021-07-28 08:33:25 讲话稿"), ["某某网 2021-07-28 08:33:25 讲话稿"]);
        assert!(arts("5G基站、COVID、iPad、H5N1").is_empty());
        assert_eq!(arts("1全面推行河长制工作总结按照要求"), ["1"]);
        assert!(arts("3个村完成任务").is_empty() && arts("2023年工作总结").is_empty());
        let t = "我市积极响应国家号召，创新青年工作机制，推动各项工作取得实效 ……(某某网省略883字,正式会员可完整阅读)…… （二）活动开展丰富多彩，青年参与热情高涨，形成了良好的工作氛围和社会反响。";
        assert_eq!(arts(t), ["……(某某网省略883字,正式会员可完整阅读)……"]);
        for line in [
            "上一篇:在全县会议上的讲话",
            "我的足迹",
            "网站客服:300000000",
            "字號:",
            "- 1、本文档共4页,可阅读全部内容。",
        ] {
            assert_eq!(arts(line), [line], "{line}");
        }
        let t = "自查报告是对工作进行自我检查的一种文体。以下是整理的学校自查报告，欢迎阅读！";
        assert_eq!(arts(t), [t]);
    }

    #[test]
    fn page_numbers_between_prose_and_tables_of_contents() {
        let prose = "全镇上下齐心协力，扎实推进各项重点工作，经济社会发展呈现稳中有进的良好态势，群众满意度持续提升。";
        assert_eq!(arts(&format!("{prose}\n3\n{prose}")), ["3"]);
        assert!(arts("序号\n1\n项目名称\n完成情况\n2\n道路硬化").is_empty());
        // Traditional: `目錄/提綱:……` to its closing `……`.
        let t = "目錄/提綱:……\n一、指導思想\n二、工作目標\n……\n美麗鄉村建設實施意見\n";
        assert_eq!(arts(t), ["目錄/提綱:……\n一、指導思想\n二、工作目標\n……"]);
        let toc = "目录\n镇长在全镇干部大会上的讲话 2\n乡长在人代会上的讲话 11\n同志们：";
        assert_eq!(arts(toc), ["目录\n镇长在全镇干部大会上的讲话 2\n乡长在人代会上的讲话 11"]);
    }

    #[test]
    fn long_runs_of_brackets_and_dots_stay_linear() {
        // Each `（` once searched the rest of the line for its `）`, each `…` the rest of its run.
        let t = "（《“【".repeat(20_000);
        assert!(arts(&t).is_empty());
        let t = format!("{}(某某网省略883字,正式会员可完整阅读)……下文", "…".repeat(50_000));
        assert_eq!(arts(&t), [&t[..t.find("下文").unwrap()]]);
    }

    #[test]
    fn labels_cannot_overlap_themselves() {
        // `Found` counts a `label:` at every position where the label starts; the old per-label
        // `match_indices` counted non-overlapping ones. The two agree while no label has a
        // proper prefix that is also its suffix.
        for l in SITE_LABELS {
            let cs: Vec<char> = l.chars().collect();
            assert!((1..cs.len()).all(|n| cs[..n] != cs[cs.len() - n..]), "{l}");
        }
    }

    #[test]
    fn one_pass_vocabulary_agrees_with_contains() {
        for t in ["客服QQ：123456789 举报", "上传时间：2022-03-08 文件大小：35KB", "以下是小编整理的范文，仅供参考", ""]
        {
            let f = Found::new(t);
            for (k, w) in concat::<VOCAB_N>(VOCAB_PARTS).iter().enumerate() {
                assert_eq!(f.has(k), t.contains(w), "{t} / {w}");
            }
        }
        assert_eq!(Found::new("时间：2023 时间: 作者 大小：").labels, 6);
    }

    #[test]
    fn licence_footer_to_the_end() {
        let t = "谢谢大家！\n\n本作品是中华人民共和国的\n法律\n，属于\n公有领域\n。\n\nPublic domain\n";
        assert_eq!(arts(t).len(), 1);
        assert!(arts(t)[0].starts_with("本作品") && arts(t)[0].ends_with("Public domain"));
    }

    #[test]
    fn site_navigation_and_empty_labels_own_their_line() {
        let t = "  • 相关推荐\n时间:\n版权声明\n篇1\n第二篇\n正文第一段。";
        assert_eq!(arts(t), ["• 相关推荐", "时间:", "版权声明", "篇1", "第二篇"]);
        // A heading, a label with its value, a sentence: report text.
        for t in ["一、返回式卫星", "时间：2023年5月", "相关推荐工作已完成。"] {
            assert!(arts(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_glossed_site_line() {
        let t = "歡(huan)迎訪(fang)問某某土地(di)評(ping)估有限公司官(guan)方網站\n各市、縣人民政府:";
        assert_eq!(arts(t), [t.lines().next().unwrap()]);
        assert_eq!(deglossed("歡(huan)迎訪(fang)問").as_deref(), Some("歡迎訪問"));
        assert_eq!(deglossed("工作總結(jié)"), None);
    }

    #[test]
    fn a_page_count_after_a_title() {
        assert_eq!(arts("【某县供水工程水费收缴工作方案(5页)】为进一步规范"), ["(5页)"]);
        assert_eq!(arts("某镇工作总结（共12页）"), ["（共12页）"]);
        assert!(arts("见附件(第5页)").is_empty());
    }

    #[test]
    fn a_sites_menu_row() {
        let menu = "饮水安全 农村水电 专题荟萃 图片集锦 会议报道 典型交流 培训课件 专业视频";
        assert_eq!(arts(menu), [menu]);
        // A report's list of names, or a slogan of three phrases, stays.
        assert!(arts("张三 李四 王小五 赵六 孙七 周八八").is_empty());
        assert!(arts("抓党建 促发展 惠民生").is_empty());
    }

    #[test]
    fn html_tag_lines() {
        let t = "1. <legend id=\"ppnor\"></legend>\n<sup id=\"ppnor\"><input id=\"ppnor\"></input></sup>\n收入<支出>";
        assert_eq!(
            arts(t),
            ["1. <legend id=\"ppnor\"></legend>", "<sup id=\"ppnor\"><input id=\"ppnor\"></input></sup>"]
        );
    }

    #[test]
    fn spam_lines_need_several_spam_words() {
        let spam = "亚洲免费乱码视频,日韩 欧美 国产 动漫 一区,97在线观看免费视频播国产";
        assert_eq!(arts(spam), [spam]);
        // A report's line with the words reports use stays.
        let t = "推进国产化替代，打造精品工程，开通视频会议系统，实现一区一策。";
        assert!(arts(t).is_empty());
    }

    #[test]
    fn disclosure_tables_breadcrumbs_and_stamped_columns() {
        for t in [
            "索引号 | 002482285/2019-22031 | 发布机构 | 省水利厅 | |",
            "[ 主题分类 ] 其他 [ 体裁分类 ] 行政规范性文件",
            "报告大全 > 社会报告 > 政府报告",
            "当前位置:自查报告 > 形象工程政绩工程专项整治行动自查报告例文",
            "2024-05-16 10:09:44工作报告",
            "2021-06-18 总结",
            "ID:10590117",
        ] {
            assert_eq!(arts(t), [t], "{t}");
        }
        for t in ["产值>100亿元的企业3家", "2023-03-15 召开全县动员大会，部署全年工作", "主动公开政府信息1200条。"]
        {
            assert!(arts(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_truncation_notice_with_a_gloss_inside_goes_alone() {
        // Before: the `)` of `(wǎng)` closed the notice, and the whole line went as a notice.
        let t = "會議的主要議題就是總結前段工作情況,研究部署今後我市社區建設的主要任務,進一步動員各級各部門積極參與 ......(快文網(wǎng)http://m.x.com省略264字,正式會員可完整閱讀)...... 成立了協調指導委員會。";
        assert_eq!(arts(t), ["......(快文網(wǎng)http://m.x.com省略264字,正式會員可完整閱讀)......"]);
    }

    #[test]
    fn a_lead_in_that_speaks_of_our_country_is_still_a_lead_in() {
        let t = "鄉鎮是我國最基層的行政機構。今天小編給大家整理了鄉鎮政府年終工作總結,希望對大家有所幫助。";
        assert_eq!(arts(t), [t]);
        // A report that says 我 keeps its text.
        assert!(arts("以下是我的述职报告，希望各位领导批评指正，供大家参考。").is_empty());
    }

    #[test]
    fn site_menus_and_english_page_captions() {
        for t in [
            "作文周小学作文 初中作文 高中作文 作文素材",
            "網站首頁 工作範例 辦公範例 個人範例 黨團範例",
            "Page 38 - 青羊年鉴2008",
            "P. 38",
        ] {
            assert_eq!(arts(t), [t], "{t}");
        }
        // Names, keywords: no shared affix.
        for t in ["张三 李四 王五 赵六 孙七", "党建引领 基层治理 乡村振兴 共同富裕", "Page views grew."]
        {
            assert!(arts(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_lost_indent_is_the_encodings() {
        assert_eq!(arts("?同志们:\n?经县委研究决定,今天召开全县工作会议。"), ["?", "?"]);
        assert_eq!(arts("??一、主要工作"), ["??"]);
        // A question mark after text, or before Latin text, is the writer's.
        assert!(arts("为什么?因为我们坚持了。\n?abc").is_empty());
    }

    #[test]
    fn markdown_marks_and_page_break_codes() {
        assert_eq!(arts("#### 一、指导思想"), ["####"]);
        // A web page's list number before the report's own mark; not before text.
        assert_eq!(arts("  1. 壹、內  政\n    1. 一、民  政\n(一)健全地方制度"), ["1.", "1."]);
        assert!(arts("1. 一年来,全镇完成投资3亿元。").is_empty());
        assert_eq!(arts("1. **品德养成**:培养学生诚实守信。"), ["**", "**"]);
        // After a Han list mark too, as after an Arabic one.
        assert_eq!(arts("一、**品德养成**:培养学生诚实守信。"), ["**", "**"]);
        // `**` masks a word: kept (placeholders read them).
        assert!(arts("1. 推进**员活动:组织开展各类**员活动。").is_empty());
        assert!(arts("**镇妇联紧紧围绕区妇联年初**工作要点。").is_empty());
        assert_eq!(arts("第一段。[nextpage]第二段。"), ["[nextpage]"]);
    }

    #[test]
    fn a_site_offering_its_pieces_and_a_lead_in_sentence_before_the_report() {
        let t =
            "新学期伊始,班主任肩负着重任。本文将精心呈现五篇风格各异的班主任新学期工作计划范文,为班主任们提供参考。";
        assert_eq!(arts(t), [t]);
        // A report counting its articles keeps its text.
        assert!(arts("全年报送信息12篇，推荐优秀稿件3篇在市级媒体刊发。").is_empty());
        // A report's opening before the offer: the line is kept.
        assert!(arts(
            "各位代表:现在,我代表镇人民政府向大会报告政府工作。 以下是为大家整理的工作汇报9篇, 欢迎大家参考!"
        )
        .is_empty());
        let t =
            "下面是小编为大家整理的在全县安全生产会议上讲话【优秀范文】,供大家参考。同志们:经县政府研究,召开这次会议。";
        assert_eq!(arts(t), ["下面是小编为大家整理的在全县安全生产会议上讲话【优秀范文】,供大家参考。"]);
    }

    #[test]
    fn related_lists_section_labels_and_login_prompts() {
        let t = "相关自查报告: 畜牧局工作自查报告、镇机关档案工作自查报告、高校个人党风廉政建设自查报告";
        assert_eq!(arts(t), [t]);
        assert!(arts("相关部门：发改委、财政局、自然资源局").is_empty());
        assert_eq!(arts("【文案】东西湖区人大常委会2023年工作"), ["【文案】"]);
        for t in ["新来的客人请【点此注册】加入会员", "无障碍 简体| 繁体", "最佳答案"] {
            assert_eq!(arts(t), [t], "{t}");
        }
    }

    /// The wiki's notice as it pastes: link words one a line, `Public domain` and `false`.
    const WIKI_NOTICE: &str = "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。根据《\n中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，属于\n公有领域\n。\n\n注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n具有立法、行政、司法性质的文件。\n\nPublic domain\nfalse\nfalse\n";

    /// A second report's first paragraph: long sentences of report prose.
    const BODY: &str = "过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，经济社会发展主要目标任务圆满完成。";

    #[test]
    fn two_reports_glued_the_tail_ends_where_the_second_begins() {
        // Before: everything after 本作品 was one artefact, the second report with it.
        let t = format!("{BODY}\n\n{WIKI_NOTICE}\n\n2025年政府工作报告\n各位代表：\n\n{BODY}\n\n{WIKI_NOTICE}");
        let a = arts(&t);
        assert_eq!(a.len(), 2, "{a:?}");
        for x in &a {
            assert!(x.starts_with("本作品") && x.ends_with("false"), "{x}");
        }
        // The title and the salutation of the second copy are report text.
        assert!(a.iter().all(|x| !x.contains("政府工作报告") && !x.contains("各位代表")));
    }

    #[test]
    fn a_footer_followed_by_a_second_report() {
        let t = format!("{WIKI_NOTICE}一、2024年工作回顾\n{BODY}");
        assert_eq!(arts(&t), vec![WIKI_NOTICE.trim_end()]);
    }

    #[test]
    fn a_true_tail_of_site_lines_stays_one_artefact() {
        let t = format!(
            "{BODY}\n\n{WIKI_NOTICE}\n上一篇：2024年政府工作报告\n下一篇：2023年政府工作报告\n分类\n政府工作报告\n"
        );
        let a = arts(&t);
        assert_eq!(a.len(), 1, "{a:?}");
        assert!(a[0].starts_with("本作品") && a[0].ends_with("政府工作报告"), "{}", a[0]);
    }

    #[test]
    fn accessible_and_document_host_chrome() {
        // A Taiwanese government page's access key, skip link, badges and a picture's address.
        let t = "跳到主要內容區塊\n  • 通過AA2.1等級無障礙網頁檢測\n  • 手機掃描QR Code,可取得此頁連結。\n:::\n/001/Upload/334/relpic/-1/334/458fffa1-09a6.jpg\n一、里長之定位及職務\n里長係依法選舉之公職人員。\n";
        assert_eq!(
            arts(t),
            [
                "跳到主要內容區塊",
                "• 通過AA2.1等級無障礙網頁檢測",
                "• 手機掃描QR Code,可取得此頁連結。",
                ":::",
                "/001/Upload/334/relpic/-1/334/458fffa1-09a6.jpg"
            ]
        );
        // A document host's English chrome and its page captions.
        let t = "  • Upload\n  • Download\nEmbed Size (px)\nCitation preview\nPage 1: 2015 三月份月報\n敬愛的社友們:\n在扶輪,我們有機會與世界各地的社員建立友誼。\n";
        assert_eq!(
            arts(t),
            ["• Upload", "• Download", "Embed Size (px)", "Citation preview", "Page 1: 2015 三月份月報"]
        );
        // Still report text: a sentence that names a link or a picture.
        let t = "請掃描QR Code報名參加本會活動,連結已於上週寄給各位會員。\n照片見附件 photo.jpg。\n";
        assert!(arts(t).is_empty(), "{:?}", arts(t));
    }

    #[test]
    fn a_blogs_comment_form_and_share_row() {
        let t = "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *\n分享到Facebook   分享到google+   分享到微博\n本會今年共舉辦活動十二場。\n";
        assert_eq!(
            arts(t),
            [
                "發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *",
                "分享到Facebook   分享到google+   分享到微博"
            ]
        );
    }

    #[test]
    fn a_cut_off_notice_a_phone_prompt_and_keyword_spam() {
        // Before: each of these lines was read as the report's text.
        let t = "手机查看\n用手机扫描二维码 在手机上继续观看\n99精品久久,国产精品在线,一区二区在线\n今年以来，我们扎实推进各项工作。\n因篇幅问题不能全部显示,请点此查看更多更全内容\n";
        assert_eq!(arts(t).len(), 4, "{:?}", arts(t));
        // Still the report's: a sentence about a QR code.
        assert!(arts("群众用手机扫描二维码即可办理业务，全年共办理1200件。\n").is_empty());
    }

    #[test]
    fn a_pages_footer_blocks_paywall_and_tip_jar() {
        let t = "全市流动儿童共有38189人。\n阅读全文\n(想阅读完全部图文内容,您需要先登陆!)\n如果喜欢本篇内容,请赞赏鼓励哦!\n分享:\n关于本文\n相关内容\n热门推荐\n二维码\n";
        assert_eq!(arts(t).len(), 8, "{:?}", arts(t));
        // In a sentence they are the report's words.
        assert!(arts("请群众扫描二维码阅读全文。\n").is_empty());
    }

    #[test]
    fn a_blog_posts_row_with_comments_closed() {
        let t = "乡镇职能定位研究报告\n2018年8月17日23:55:20乡镇职能定位研究报告已关闭评论\n乡镇政权是我国农村最基层的政权。\n";
        assert_eq!(arts(t), ["2018年8月17日23:55:20乡镇职能定位研究报告已关闭评论"]);
    }
}
