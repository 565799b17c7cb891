//! `report-lens fill`, `fix` and `export`, end to end on the seeds: filling every blank leaves
//! none, the safe fixes change their spans and nothing else, undo gives the original byte for
//! byte, and a `.docx` export reads back (through the project's own decoder) to the same text.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use report_lens::edit::{self, Fill};
use report_lens::{analyse, decode, Analysis, Options};

const SEED_001: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/001_a0d3de621385972c.txt");
const SEED_004: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/004_8bafe1297a820ad0.txt");

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_report-lens"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("edit-cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn read(p: impl AsRef<Path>) -> String {
    std::fs::read_to_string(p).unwrap()
}

fn analysis(t: &str) -> Analysis {
    analyse(t, &Options::default())
}

/// A value for every field `fill --list` prints: a name for name forms, a digit per blank
/// character for numbers and dates.
fn values_for_all(list: &str) -> Vec<String> {
    list.lines()
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert!(cols.len() >= 5, "a field line: {l:?}");
            let (id, kind) = (cols[0], cols[1]);
            let value = match kind {
                "名称" => "城关".to_string(),
                "数字" => "3".to_string(),
                "日期" => "1".repeat(id.chars().filter(|c| c.is_ascii_alphabetic()).count().max(1)),
                other => panic!("kind {other}"),
            };
            format!("{id}={value}")
        })
        .collect()
}

#[test]
fn fill_every_blank_of_seed_001_leaves_none() {
    let original = read(SEED_001);
    let before = analysis(&original);
    assert!(before.placeholders.len() > 10, "seed 001 is a template");

    let list = run(&["fill", "--list", SEED_001]);
    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    let sets = values_for_all(&stdout(&list));
    assert!(sets.iter().any(|s| s == "xxx镇=城关"), "{sets:?}");

    let mut args: Vec<&str> = vec!["fill"];
    for s in &sets {
        args.extend(["--set", s]);
    }
    args.push(SEED_001);
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let filled = stdout(&o);
    assert!(filled.starts_with("城关镇学习贯彻2023年主题教育工作汇报"), "{}", &filled[..80]);
    let after = analysis(&filled);
    assert!(after.placeholders.is_empty(), "left: {:?}", after.placeholders);
    assert!(!after.findings.iter().any(|f| f.check == "unfilled-placeholder"));
    // Every fill is listed on stderr, and the counter says none is left.
    let err = stderr(&o);
    assert!(err.contains(&format!("填写 {} 处", before.placeholders.len())), "{err}");
    assert!(err.contains("已无待填空白"), "{err}");
    assert!(err.contains("1:1 fill:xxx镇：xxx → 城关"), "{err}");

    // The same through the library, and undo gives the original byte for byte.
    let fills: Vec<Fill> = sets.iter().map(|s| s.parse().unwrap()).collect();
    let edits = edit::fill_edits(&original, &before, &fills).unwrap();
    let (lib_text, applied) = edit::apply(&original, &edits).unwrap();
    assert_eq!(lib_text, filled);
    assert_eq!(applied.len(), before.placeholders.len());
    assert_eq!(edit::undo(&lib_text, &applied).unwrap().as_bytes(), original.as_bytes());
}

#[test]
fn fill_whole_form_and_one_occurrence() {
    let o = run(&["fill", "--set", "xxx镇=城关镇", "--set", "X次#2=5", SEED_001]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(t.starts_with("城关镇学习"));
    assert!(t.contains("重要指示批示精神5次"), "the second X次");
    assert!(t.contains("召开党委会X次"), "the first X次 is left");
    assert!(stderr(&o).contains("还有"), "{}", stderr(&o));
}

#[test]
fn fill_usage_errors_exit_2() {
    let o = run(&["fill", "--set", "yyy村=张村", SEED_001]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("xxx镇"), "lists the forms: {}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert_eq!(run(&["fill", "--set", "X次#99=1", SEED_001]).status.code(), Some(2));
    assert_eq!(run(&["fill", "--set", "no-equals-sign", SEED_001]).status.code(), Some(2));
    assert_eq!(run(&["fill", SEED_001]).status.code(), Some(2));
    assert_eq!(run(&["fix", "--check", "numbering-mixed", SEED_004]).status.code(), Some(2));
    assert_eq!(run(&["fix", "/nonexistent/report.txt"]).status.code(), Some(1));
}

/// The changed regions between two texts: (char offset, old, new) hunks of a character-level
/// LCS diff. Independent of the library.
fn char_diff(a: &str, b: &str) -> Vec<(usize, String, String)> {
    let (cx, cy): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Common prefix and suffix first: the table is only for the middle.
    let p = cx.iter().zip(&cy).take_while(|(m, n)| m == n).count();
    let s = cx[p..].iter().rev().zip(cy[p..].iter().rev()).take_while(|(m, n)| m == n).count();
    let (cx, cy) = (&cx[p..cx.len() - s], &cy[p..cy.len() - s]);
    // lcs[i][j]: LCS length of cx[i..], cy[j..].
    let w = cy.len() + 1;
    let mut lcs = vec![0u32; (cx.len() + 1) * w];
    for i in (0..cx.len()).rev() {
        for j in (0..cy.len()).rev() {
            lcs[i * w + j] = if cx[i] == cy[j] {
                lcs[(i + 1) * w + j + 1] + 1
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    let (mut old, mut new) = (String::new(), String::new());
    let mut flush = |at: usize, old: &mut String, new: &mut String| {
        if !old.is_empty() || !new.is_empty() {
            out.push((p + at - old.chars().count(), std::mem::take(old), std::mem::take(new)));
        }
    };
    while i < cx.len() || j < cy.len() {
        if i < cx.len() && j < cy.len() && cx[i] == cy[j] {
            flush(i, &mut old, &mut new);
            i += 1;
            j += 1;
        } else if j < cy.len() && (i == cx.len() || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j]) {
            new.push(cy[j]);
            j += 1;
        } else {
            old.push(cx[i]);
            i += 1;
        }
    }
    flush(i, &mut old, &mut new);
    out
}

#[test]
fn fix_seed_004_changes_those_spans_and_nothing_else() {
    let original = read(SEED_004);
    let before = analysis(&original);
    let has = |a: &Analysis, check: &str, text: &str, t: &str| {
        a.findings.iter().any(|f| {
            f.check == check
                && t.encode_utf16().skip(f.start).take(f.end - f.start).collect::<Vec<u16>>()
                    == text.encode_utf16().collect::<Vec<u16>>()
        })
    };
    assert!(has(&before, "usage", "截止目前", &original));
    assert!(has(&before, "measure-word", "各", &original) && original.contains("17各社区"));

    let o = run(&["fix", SEED_004]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let fixed = stdout(&o);
    let err = stderr(&o);
    assert!(err.contains("usage：截止目前 → 截至目前"), "{err}");
    assert!(err.contains("measure-word：各 → 个"), "{err}");

    // Those findings are gone…
    let after = analysis(&fixed);
    assert!(!has(&after, "usage", "截止目前", &fixed));
    assert!(!after.findings.iter().any(|f| f.check == "measure-word"));
    assert!(fixed.contains("截至目前，创建创国卫老旧示范小区53个") && fixed.contains("我镇就17个社区党支部"));
    // …and the diff shows only them (plus, should the analyser learn more, only spans of
    // other safe fixes it suggested for this text).
    let diff = char_diff(&original, &fixed);
    assert!(diff.iter().any(|(_, a, b)| a == "止" && b == "至"), "{diff:?}");
    assert!(diff.iter().any(|(_, a, b)| a == "各" && b == "个"), "{diff:?}");
    let edits = edit::fix_edits(&original, &before, None);
    let chars: Vec<char> = original.chars().collect();
    let utf16_at = |c: usize| chars[..c].iter().map(|x| x.len_utf16()).sum::<usize>();
    for (at, a, b) in &diff {
        let (u0, u1) = (utf16_at(*at), utf16_at(at + a.chars().count()));
        assert!(
            edits.iter().any(|e| e.start <= u0 && u1 <= e.end && e.replacement.contains(b.as_str())),
            "{a:?} → {b:?} at char {at} is not inside one of the suggested fixes {edits:?}"
        );
    }
    // Findings of other checks are untouched.
    let count = |a: &Analysis, c: &str| a.findings.iter().filter(|f| f.check == c).count();
    assert_eq!(count(&before, "unfilled-placeholder"), count(&after, "unfilled-placeholder"));
    assert_eq!(before.placeholders.len(), after.placeholders.len());

    // Undo restores the original byte for byte.
    let (lib_text, applied) = edit::apply(&original, &edits).unwrap();
    assert_eq!(lib_text, fixed);
    assert_eq!(edit::undo(&fixed, &applied).unwrap().as_bytes(), original.as_bytes());
    // One fix at a time, undone separately.
    let only_usage = edit::fix_edits(&original, &before, Some(&["usage".to_string()]));
    assert!(only_usage.iter().all(|e| e.reason == "usage"));
    let (m, rest) = edit::undo_some(&fixed, &applied, &[0]).unwrap();
    assert_eq!(edit::undo(&m, &rest).unwrap(), original);
}

#[test]
fn fix_only_one_check() {
    let o = run(&["fix", "--check", "usage", SEED_004]);
    assert_eq!(o.status.code(), Some(0));
    let t = stdout(&o);
    assert!(t.contains("截至目前") && t.contains("17各社区"));
}

#[test]
fn fix_in_place_is_the_stdout_text_and_keeps_a_bom() {
    let p = scratch("in-place-004.txt");
    std::fs::copy(SEED_004, &p).unwrap();
    let expected = stdout(&run(&["fix", SEED_004]));
    let o = run(&["fix", "--in-place", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("修改 "));
    assert_eq!(read(&p), expected);
    // Again: nothing left to change, the file is not rewritten.
    let o = run(&["fix", "-i", p.to_str().unwrap()]);
    assert!(stderr(&o).contains("没有需要修改的地方"), "{}", stderr(&o));

    let b = scratch("bom.txt");
    std::fs::write(&b, "\u{feff}截止目前，我镇17各社区。\r\n".as_bytes()).unwrap();
    assert_eq!(run(&["fix", "-i", b.to_str().unwrap()]).status.code(), Some(0));
    assert_eq!(std::fs::read(&b).unwrap(), "\u{feff}截至目前，我镇17个社区。\r\n".as_bytes());
}

#[test]
fn in_place_refuses_what_it_cannot_write_back() {
    let text = "截止目前，全镇17各社区完成整改，涉及群众生活的方方面面。";
    let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    let p = scratch("gbk.txt");
    std::fs::write(&p, &gbk).unwrap();
    let o = run(&["fix", "-i", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--output"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&p).unwrap(), gbk.as_ref(), "untouched");
    // --output writes UTF-8 elsewhere.
    let out = scratch("gbk-fixed.txt");
    let o = run(&["fix", "-o", out.to_str().unwrap(), p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(read(&out), "截至目前，全镇17个社区完成整改，涉及群众生活的方方面面。");

    // A .docx is refused too; --output NEW.docx writes a .docx.
    let d = scratch("report.docx");
    assert_eq!(run(&["export", "-f", "docx", "-o", d.to_str().unwrap(), SEED_004]).status.code(), Some(0));
    let o = run(&["fix", "-i", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let d2 = scratch("report-fixed.docx");
    assert_eq!(run(&["fix", "-o", d2.to_str().unwrap(), d.to_str().unwrap()]).status.code(), Some(0));
    let back = decode::decode(&std::fs::read(&d2).unwrap(), Some("report-fixed.docx")).unwrap().text;
    assert_eq!(back, stdout(&run(&["fix", SEED_004])));
}

#[test]
fn export_docx_reads_back_to_the_same_text() {
    for seed in seeds() {
        let out = scratch(&format!("{}.docx", seed.file_stem().unwrap().to_string_lossy()));
        let o = run(&["export", "--format", "docx", "-o", out.to_str().unwrap(), seed.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let bytes = std::fs::read(&out).unwrap();
        let d = decode::decode(&bytes, Some("out.docx")).unwrap();
        assert_eq!(d.encoding, "docx");
        let text = read(&seed).replace("\r\n", "\n");
        assert_eq!(d.text, text, "{}", seed.display());
        // Its analysis is the analysis of the text.
        assert_eq!(analysis(&d.text).outline, analysis(&text).outline);
    }
    assert_eq!(run(&["export", "-f", "docx", SEED_004]).status.code(), Some(2), "a .docx needs -o");
}

#[test]
fn export_csv_markdown_checklist_txt() {
    let o = run(&["export", "-f", "csv", SEED_004]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.starts_with(b"\xEF\xBB\xBF\xE8\xA1\x8C,"), "BOM then 行,");
    let csv = stdout(&o);
    assert!(csv.lines().count() > 5 && csv.split("\r\n").all(|l| !l.contains('\n')));

    let md = stdout(&run(&["export", "-f", "md", SEED_004]));
    assert!(md.contains("- 一、扎实推进主题教育走深走实\n  - 一是认真学原著悟原理"), "{md}");

    let list = stdout(&run(&["export", "-f", "checklist", SEED_004]));
    assert!(list.contains("“截止目前”用词不当，应为“截至目前”（建议：截至目前）"), "{list}");
    assert!(list.lines().filter(|l| l.starts_with("- [ ] 第")).count() >= 2);

    let p = scratch("gbk-export.txt");
    std::fs::write(&p, encoding_rs::GB18030.encode("一、总体情况\n截至目前。").0).unwrap();
    let out = scratch("export.txt");
    assert_eq!(run(&["export", "-f", "txt", "-o", out.to_str().unwrap(), p.to_str().unwrap()]).status.code(), Some(0));
    assert_eq!(read(&out), "一、总体情况\n截至目前。");
}

#[test]
fn astral_characters_and_emoji_around_edits() {
    let p = scratch("astral.txt");
    let text = "𠮷野家😀截止目前👍🏽，我镇17各社区𠮷。\nxxx镇召开会议X次😀。";
    std::fs::write(&p, text).unwrap();
    let o = run(&["fix", p.to_str().unwrap()]);
    assert_eq!(stdout(&o), "𠮷野家😀截至目前👍🏽，我镇17个社区𠮷。\nxxx镇召开会议X次😀。");
    let o = run(&["fill", "--set", "xxx镇=城关镇", "--set", "X次=3次", p.to_str().unwrap()]);
    assert_eq!(stdout(&o), "𠮷野家😀截止目前👍🏽，我镇17各社区𠮷。\n城关镇召开会议3次😀。");
    // Fill, then fix, then undo both: the original again.
    let a = analysis(text);
    let fills = ["xxx镇=城关".parse().unwrap(), "X次#1=3".parse().unwrap()];
    let (t1, s1) = edit::apply(text, &edit::fill_edits(text, &a, &fills).unwrap()).unwrap();
    let (t2, s2) = edit::apply(&t1, &edit::fix_edits(&t1, &analysis(&t1), None)).unwrap();
    assert_eq!(t2, "𠮷野家😀截至目前👍🏽，我镇17个社区𠮷。\n城关镇召开会议3次😀。");
    assert_eq!(edit::undo(&edit::undo(&t2, &s2).unwrap(), &s1).unwrap(), text);
}

/// `fix --docx-out` / `fill --docx-out` on a .docx: the changes go into a copy of the original,
/// tracked (w:ins/w:del, comments) by default and plain with `--apply`; the copy reads back to
/// the same text as `fix` prints. A text file is refused with a usage error.
#[test]
fn docx_out_tracked_and_applied() {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/word/report.docx");
    let printed = run(&["fix", src]);
    assert!(printed.status.success(), "{}", stderr(&printed));
    let fixed = stdout(&printed);
    let part = |docx: &Path, name: &str| {
        let bytes = std::fs::read(docx).unwrap();
        let mut a = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        std::io::Read::read_to_string(&mut a.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    for apply in [false, true] {
        let out = scratch(if apply { "applied.docx" } else { "tracked.docx" });
        let mut args = vec!["fix", "--docx-out", out.to_str().unwrap(), src];
        if apply {
            args.insert(1, "--apply");
        }
        let o = run(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).is_empty());
        let err = stderr(&o);
        assert!(err.contains(if apply { "直接修改 3 处" } else { "修订 3 处，批注" }), "{err}");
        let back = decode::decode(&std::fs::read(&out).unwrap(), Some("x.docx")).unwrap().text;
        assert_eq!(back, fixed);
        let xml = part(&out, "word/document.xml");
        assert_eq!(xml.contains("<w:del "), !apply);
        assert_eq!(xml.contains(r#"w:author="report-lens""#), !apply);
        assert_eq!(part(&out, "word/header1.xml"), part(Path::new(src), "word/header1.xml"));
    }

    let out = scratch("filled.docx");
    let o = run(&["fill", "--set", "xxx镇=城关镇", "--docx-out", out.to_str().unwrap(), src]);
    assert!(o.status.success(), "{}", stderr(&o));
    let back = decode::decode(&std::fs::read(&out).unwrap(), Some("x.docx")).unwrap().text;
    assert!(back.starts_with("关于城关镇2023年") && !back.contains("xxx"), "{back}");

    let o = run(&["fix", "--docx-out", out.to_str().unwrap(), SEED_001]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--docx-out 需要 .docx 原文件"), "{}", stderr(&o));
}
