//! Properties that must hold on any input: `analyse` never panics, and every span slices the
//! text (in UTF-16 units, as JavaScript does) to exactly its `text`, on boundaries that do not
//! split a surrogate pair.

#[path = "../fuzz/checks.rs"]
mod checks;

use checks::check_analysis;
use proptest::prelude::*;
use report_lens::offsets::LineIndex;
use report_lens::{analyse, Options};

/// Pieces reports are made of, so random strings hit the interesting paths.
const PIECES: &[&str] = &[
    "一、",
    "二、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "（1）",
    "⑴",
    "①",
    "一是",
    "二是",
    "第一，",
    "——",
    "xxx镇",
    "X次",
    "XX",
    "*社区",
    "20XX年",
    "X月X日",
    "__",
    "××",
    "某某",
    "【单位名称】",
    "（  ）",
    "20个",
    "60余万元",
    "6万余斤",
    "近400件",
    "约16200件",
    "84.71%",
    "4—5个",
    "2年多",
    "3次／378人",
    "１,２００人",
    "-4.7%",
    "9月14日",
    "2023年度",
    "二〇二三年",
    "##paidbegin##",
    "##paidend##",
    "(tǒng)",
    "- 1 -",
    "[本文共1710字]",
    "截止目前",
    "17各社区",
    "始始终",
    "“",
    "”",
    "《",
    "）",
    "(",
    "。",
    "，",
    ",",
    "：",
    ":",
    "；",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\u{feff}",
    "\u{3000}",
    "\u{a0}",
    " ",
    "𠮷",
    "😀",
    "👨‍👩‍👧",
    "各位领导、同志们：",
    "发言完毕。",
    "下一步，",
    "共有20个党支部，其中机关党支部8个，农村党支部12个",
    "化解率108%",
    "近百人左右",
    "三、五天",
    "9～16亿",
    "抓好部署开好局。",
    "党建",
    "工作",
    "汇报",
    "总结",
    "镇",
    "\u{0}",
    "\u{fffd}",
    "a",
    "Z",
    "0",
    "9",
    ".",
    "x",
];

fn report() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_cleanly_on_report_like_text(text in report()) {
        let a = analyse(&text, &Options::default());
        check_analysis(&text, &a);
    }

    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        let a = analyse(&text, &Options::default());
        check_analysis(&text, &a);
    }

    #[test]
    fn line_index_agrees_with_counting(text in prop_oneof![report(), any::<String>()]) {
        // Walk the text once, counting as a person would: a line ends at \n, a column is a char.
        let li = LineIndex::new(&text);
        let (mut line, mut col, mut u) = (1, 1, 0);
        for (b, c) in text.char_indices().chain([(text.len(), '\0')]) {
            prop_assert_eq!(li.line_col(b), (line, col));
            prop_assert_eq!(li.line_col_utf16(u), (line, col));
            prop_assert_eq!(li.to_byte(u), b);
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
            u += c.len_utf16();
        }
        prop_assert_eq!(li.line_count(), line);
    }

    #[test]
    fn any_cut_of_a_seed(seed in 0usize..5, a in any::<prop::sample::Index>(), b in any::<prop::sample::Index>()) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let text = std::fs::read_to_string(&files[seed % files.len()]).unwrap();
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let (x, y) = (a.get(&bounds), b.get(&bounds));
        let cut = &text[*x.min(y)..*x.max(y)];
        let an = analyse(cut, &Options::default());
        check_analysis(cut, &an);
    }
}

#[test]
fn astral_crlf_bom_next_to_chinese() {
    let text = "\u{feff}𠮷镇工作汇报\r\n各位领导：\r\n一、😀总体情况。xxx镇共有20个党支部，𠮷X次。\r\n（一）学习\u{3000}９月１４日";
    let a = analyse(text, &Options::default());
    let units: Vec<u16> = text.encode_utf16().collect();
    for p in &a.placeholders {
        assert_eq!(String::from_utf16(&units[p.start..p.end]).unwrap(), p.text);
    }
    assert_eq!(a.placeholders.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["xxx", "X"]);
    assert_eq!(a.metrics.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["20个", "X次"]);
    assert_eq!(a.dates.iter().map(|d| d.text.as_str()).collect::<Vec<_>>(), ["９月１４日"]);
    assert_eq!(a.outline.len(), 1);
    assert_eq!(a.outline[0].children[0].title, "学习\u{3000}９月１４日");
    // The heading after the emoji starts where JavaScript would find it.
    let h = &a.outline[0];
    assert_eq!(String::from_utf16(&units[h.start..h.start + 2]).unwrap(), "一、");
}

#[test]
fn huge_single_line_and_many_lines_finish() {
    let line = "一、总体情况。xxx镇共有20个党支部，其中机关党支部8个。".repeat(20_000);
    let a = analyse(&line, &Options::default());
    assert!(!a.metrics.is_empty());
    let many = "甲\n".repeat(200_000);
    let a = analyse(&many, &Options::default());
    assert_eq!(a.stats.lines, 200_000);
}
