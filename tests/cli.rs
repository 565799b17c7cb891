//! The `report-lens` binary: JSON output, several files, stdin, and how failures are reported.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_report-lens"))
}

fn seeds() -> Vec<PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    assert!(v.len() >= 2, "need two seeds in {dir}");
    v
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory inside the target dir (tests must not write elsewhere).
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

const KEYS: [&str; 8] = ["title", "salutation", "outline", "placeholders", "metrics", "dates", "artifacts", "findings"];

/// Spec §8: the keys are there, and every `text` is the UTF-16 slice `[start, end)`.
fn check_contract(v: &serde_json::Value, text: &str) {
    let obj = v.as_object().expect("an object");
    for k in KEYS {
        assert!(obj.contains_key(k), "missing key {k}");
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |s: &serde_json::Value| {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        String::from_utf16(&units[a..b]).unwrap()
    };
    for k in ["placeholders", "metrics", "dates", "artifacts"] {
        for item in v[k].as_array().unwrap() {
            assert_eq!(item["text"].as_str().unwrap(), slice(item), "{k}");
        }
    }
    for k in ["title", "salutation"] {
        if !v[k].is_null() {
            assert_eq!(v[k]["text"].as_str().unwrap(), slice(&v[k]), "{k}");
        }
    }
    for f in v["findings"].as_array().unwrap() {
        for key in ["check", "severity", "message", "start", "end", "suggestion"] {
            assert!(f.get(key).is_some(), "finding without {key}");
        }
    }
}

#[test]
fn json_for_one_seed_is_one_object() {
    let seed = &seeds()[0];
    let o = run(bin().args(["analyse", "--json"]).arg(seed));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.trim_end().lines().count(), 1, "compact: one line");
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert!(v.get("file").is_none(), "one file: the Analysis object itself");
    check_contract(&v, &std::fs::read_to_string(seed).unwrap());

    let o = run(bin().args(["analyse", "--json", "--pretty"]).arg(seed));
    let pretty: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(pretty, v);
    assert!(stdout(&o).lines().count() > 1);
}

#[test]
fn two_files_give_two_json_lines() {
    let s = seeds();
    let o = run(bin().args(["analyse", "--json"]).arg(&s[0]).arg(&s[1]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    for (line, path) in lines.iter().zip(&s[..2]) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["file"].as_str().unwrap(), path.to_str().unwrap());
        check_contract(&v, &std::fs::read_to_string(path).unwrap());
    }
}

#[test]
fn stdin_dash() {
    let seed = &seeds()[0];
    let text = std::fs::read_to_string(seed).unwrap();
    let mut child = bin()
        .args(["analyse", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let from_stdin: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let from_file: serde_json::Value =
        serde_json::from_str(&stdout(&run(bin().args(["analyse", "--json"]).arg(seed)))).unwrap();
    assert_eq!(from_stdin, from_file);
}

#[test]
fn gbk_file_reads_like_utf8() {
    let seed = &seeds()[0];
    let text = std::fs::read_to_string(seed).unwrap();
    let gbk = scratch("gbk-seed.txt");
    std::fs::write(&gbk, encoding_rs::GB18030.encode(&text).0).unwrap();
    let a = stdout(&run(bin().args(["analyse", "--json"]).arg(&gbk)));
    let b = stdout(&run(bin().args(["analyse", "--json"]).arg(seed)));
    assert_eq!(a, b);
}

#[test]
fn missing_file_exits_1_with_message() {
    let o = run(bin().args(["analyse", "--json", "/nonexistent/汇报.txt"]));
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty(), "nothing on stdout for one failed file");
    let err = stderr(&o);
    assert!(err.contains("/nonexistent/汇报.txt") && err.contains("找不到"), "{err}");
}

#[test]
fn one_bad_file_among_several_is_a_json_line_and_exit_1() {
    let s = seeds();
    let o = run(bin().args(["analyse", "--json"]).arg(&s[0]).arg("/nonexistent.txt").arg(&s[1]));
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["file"], "/nonexistent.txt");
    assert_eq!(lines[1]["error"]["kind"], "not-found");
    assert!(lines[1]["error"]["message"].is_string());
    assert!(lines[2]["outline"].is_array(), "continues after the error");
}

#[cfg(feature = "legacy-doc")]
#[test]
fn damaged_legacy_doc_is_refused_in_chinese() {
    let path = scratch("旧版汇报.doc");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend_from_slice(&[0; 1024]);
    std::fs::write(&path, bytes).unwrap();
    for args in [&["analyse"][..], &["analyse", "--json"]] {
        let o = run(bin().args(args).arg(&path));
        assert_eq!(o.status.code(), Some(1));
        let err = stderr(&o);
        assert!(err.contains("这个 Word 文件（.doc/.wps）已损坏，无法读取"), "{err}");
    }
}

#[test]
fn text_report_and_notices() {
    let seed = &seeds()[0];
    let o = run(bin().args(["analyse", "--color", "never"]).arg(seed));
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("标题"), "{out}");
    assert!(out.contains("大纲") && out.contains("问题"), "{out}");
    assert!(!out.contains('\x1b'), "no colour with --color never");

    let colored = stdout(&run(bin().args(["analyse", "--color", "always"]).arg(seed)));
    assert!(colored.contains('\x1b'));

    // A decode notice goes to stderr, the report to stdout.
    let empty = scratch("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let o = run(bin().args(["analyse", "--json"]).arg(&empty));
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("文件是空的"));
    let _: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
}

#[test]
fn spans_view() {
    let o = run(bin().args(["analyse", "--spans"]).arg(&seeds()[0]));
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("1 | "), "{}", stdout(&o));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(bin().args(["analyse"])).status.code(), Some(2));
    assert_eq!(run(bin().args(["frobnicate"])).status.code(), Some(2));
    assert_eq!(run(bin().args(["analyse", "--color", "sometimes", "x"])).status.code(), Some(2));
    assert_eq!(run(bin().args(["--help"])).status.code(), Some(0));
}
