//! `numbering-gap` / `numbering-duplicate` / `numbering-order`: the ordinals of sibling
//! headings must run 1, 2, 3 … (`一、二、四、` skips 三; `二、二、` repeats; `三` before `二`).
//! A sequence that restarts at 1 is a new list, not an error; a document that starts in the
//! middle (a fragment starting at `五、`) is not flagged.

/// What this check is, as the registry ([`super::CHECKS`]) lists it.
pub(super) const CHECK: super::Check = super::Check {
    ids: &[
        super::Id {
            id: "numbering-gap",
            label: "序号跳号",
            severity: crate::model::Severity::Warning,
            description: "同一级标题的序号跳了号（一、二、四、）。",
        },
        super::Id {
            id: "numbering-duplicate",
            label: "序号重复",
            severity: crate::model::Severity::Warning,
            description: "同一级标题的序号重复（二、二、）。",
        },
        super::Id {
            id: "numbering-order",
            label: "序号倒序",
            severity: crate::model::Severity::Warning,
            description: "同一级标题的序号顺序颠倒。",
        },
    ],
    fix: super::Fix::None,
    run: check,
};

use super::RawFinding;
use crate::model::Severity;
use crate::Doc;

pub fn check(doc: &Doc) -> Vec<RawFinding> {
    let mut out = Vec::new();
    // Last ordinal seen at each level, reset when a shallower heading appears.
    let mut last: Vec<Option<u32>> = vec![None; 10];
    let mut seen_any = [false; 10];
    let mut prev: Option<&crate::structure::RawHeading> = None;
    let mut families: Vec<crate::model::Family> = Vec::new();
    // Levels with a heading open above the current one (a parent in the text, not above a cut).
    // (family, end of its marker in the source) of the heading open at each level.
    let mut open: [Option<(crate::model::Family, usize)>; 10] = [None; 10];
    for h in &doc.structure.headings {
        let l = (h.level as usize).min(9);
        for x in last.iter_mut().skip(l + 1) {
            *x = None;
        }
        for x in open.iter_mut().skip(l + 1) {
            *x = None;
        }
        // `（一）…` then `2、…` under it: the parent is in the text, so its list starts here
        // (when the nesting follows GB/T 9704's order: `二、` under `（二）` is the outline's
        // guess at a paste that began inside a section).
        let rank = |f: crate::model::Family| f.gb_rank().unwrap_or(0);
        // An earlier number written in another form (`村级组织建设1,村两委。` before `2、`) is
        // there, only not read as a heading: no number is missing.
        let written = |from: usize| {
            let between = doc.text.get(from..h.marker_span.start).unwrap_or("");
            let k = h.ordinal.saturating_sub(1);
            [",", "，", ".", "、", "．", " "].iter().any(|p| between.contains(&format!("{k}{p}")))
        };
        let parent_in_text = l > 1
            && open[l - 1]
                .is_some_and(|(p, end)| rank(p) > 0 && rank(h.family) > rank(p) && h.ordinal > 1 && !written(end));
        open[l] = Some((h.family, h.marker_span.end));
        // `一、甲` then `一、乙` one level down (the outline reads the second as the first item of
        // a list inside the first): the author still wrote the same number twice in a row.
        let reused =
            prev.replace(h).is_some_and(|p| p.family == h.family && p.ordinal == h.ordinal && p.level < h.level);
        if h.ordinal == 0 {
            continue;
        }
        let n = h.ordinal;
        // The first `二、` of a paste that starts at `（一）…（三）` continues section 一 above
        // the cut: a family's first item is no gap, whatever level it was placed at.
        let first_of_family = !families.contains(&h.family);
        if first_of_family {
            families.push(h.family);
        }
        if reused {
            out.push(RawFinding::new(
                "numbering-duplicate",
                Severity::Warning,
                h.marker_span,
                format!("序号“{}”与上一个标题重复", h.marker),
            ));
        }
        match last[l] {
            Some(p) if n == p => out.push(RawFinding::new(
                "numbering-duplicate",
                Severity::Warning,
                h.marker_span,
                format!("序号“{}”与上一个同级标题重复", h.marker),
            )),
            Some(p) if n > p + 1 => out.push(RawFinding::new(
                "numbering-gap",
                Severity::Warning,
                h.marker_span,
                format!("序号不连续：上一个同级标题是第 {p} 项，这里是第 {n} 项，中间缺少 {} 项", n - p - 1),
            )),
            Some(p) if n < p && n != 1 => out.push(RawFinding::new(
                "numbering-order",
                Severity::Warning,
                h.marker_span,
                format!("序号顺序颠倒：第 {n} 项出现在第 {p} 项之后"),
            )),
            None if n > 1 && (seen_any[l] && !first_of_family || parent_in_text) => out.push(RawFinding::new(
                "numbering-gap",
                Severity::Warning,
                h.marker_span,
                format!("这一组标题从第 {n} 项开始，缺少前面的序号"),
            )),
            _ => {}
        }
        last[l] = Some(n);
        seen_any[l] = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::checks::flags;

    #[test]
    fn gaps_duplicates_order() {
        let t = "一、甲\n正文。\n二、乙\n正文。\n四、丁\n正文。";
        assert_eq!(flags(t, "numbering-gap"), [("四、".into(), None)]);
        let t = "一、甲\n正文。\n二、乙\n正文。\n二、丙\n正文。";
        assert_eq!(flags(t, "numbering-duplicate"), [("二、".into(), None)]);
        let t = "一、甲\n正文。\n三、丙\n正文。\n二、乙\n正文。";
        assert_eq!(flags(t, "numbering-order"), [("二、".into(), None)]);
    }

    #[test]
    fn a_number_reused_one_level_down_is_a_duplicate() {
        // The outline nests `一、乙` under `一、甲`; the repeated number is still flagged.
        let t = "一、甲\n一、乙\n正文。\n二、丙\n正文。";
        assert_eq!(flags(t, "numbering-duplicate"), [("一、".into(), None)]);
    }

    #[test]
    fn a_list_that_starts_at_two_under_its_heading_is_a_gap() {
        // `1、` lost its number: the parent `（一）` is in the text, so its list starts here.
        let t = "（一）经济发展综合目标完成情况\n国内生产总值实现17973万元。\n2、农民人均收入比上年增加200元。\n3、粮食总产稳定。\n（二）农村经济发展";
        assert_eq!(flags(t, "numbering-gap"), [("2、".into(), None)]);
        // The first number written in another form (`1,` run on after the title) is there.
        let t = "（一）村级组织建设1,村两委。班子成员7人。\n2、党员队伍建设。党员93人。\n（二）基础设施";
        assert!(flags(t, "numbering-gap").is_empty());
    }

    #[test]
    fn a_paste_that_starts_inside_a_section_is_no_gap() {
        // `（一）…（三）` then `二、`: the text began inside section 一, above the cut.
        let t = "（一）职能职责\n1、负责规划。\n2、负责审批。\n（二）机构设置\n正文。\n二、决算情况\n（一）总体情况\n1. 收入\n正文。";
        assert!(flags(t, "numbering-gap").is_empty(), "{:?}", flags(t, "numbering-gap"));
    }

    #[test]
    fn restart_under_a_new_parent_is_fine() {
        let t = "一、甲\n一是学习。二是落实。\n二、乙\n一是学习。二是落实。";
        assert!(flags(t, "numbering-duplicate").is_empty());
        assert!(flags(t, "numbering-order").is_empty());
    }
}
