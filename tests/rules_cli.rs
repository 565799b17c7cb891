//! House rules and check switches on the command line: `--rules FILE` (JSON or CSV),
//! `--disable ID`, `report-lens checks`, and how bad rules files are reported.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_report-lens"))
}

fn scratch(name: &str, content: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rules-cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const REPORT: &str = "城关镇工作汇报\n今年以来，我镇搞好服务，截止目前走访老百姓300户。\n";

fn house(v: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "house-rule")
        .map(|f| (f["message"].as_str().unwrap().to_string(), f["suggestion"].clone()))
        .collect()
}

#[cfg(feature = "patterns")]
#[test]
fn json_rules_flag_and_name_their_rule() {
    let report = scratch("r1.txt", REPORT.as_bytes());
    let rules = scratch(
        "rules.json",
        r#"{"version":1,"rules":[{"word":"搞好","replacement":"做好","note":"本局行文规范"},{"pattern":"走访(\\S{2,3}?)(\\d+)户","replacement":"走访群众$2户"}]}"#.as_bytes(),
    );
    let o = run(bin().args(["analyse", "--json", "--rules"]).arg(&rules).arg(&report));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let h = house(&v);
    assert_eq!(h.len(), 2, "{h:?}");
    assert!(h[0].0.contains("本单位规则第 1 条") && h[0].0.contains("本局行文规范"), "{}", h[0].0);
    assert_eq!(h[0].1, "做好");
    assert_eq!(h[1].1, "走访群众300户");
    assert!(v.get("rule_errors").is_none(), "no rule errors: the key is absent");
    // Without --rules: nothing from house-rule.
    let plain: serde_json::Value =
        serde_json::from_str(&stdout(&run(bin().args(["analyse", "--json"]).arg(&report)))).unwrap();
    assert!(house(&plain).is_empty());
}

#[test]
fn csv_rules_in_gbk_as_excel_saves_them() {
    let report = scratch("r2.txt", REPORT.as_bytes());
    let csv = "禁用词,规范词,说明\r\n老百姓,群众,统一用语\r\n";
    let rules = scratch("rules.csv", &encoding_rs::GB18030.encode(csv).0);
    let o = run(bin().args(["analyse", "--json", "--rules"]).arg(&rules).arg(&report));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let h = house(&v);
    assert_eq!(h.len(), 1);
    assert!(h[0].0.contains("统一用语"));
}

#[cfg(feature = "patterns")]
#[test]
fn bad_rules_are_reported_and_the_rest_used() {
    let report = scratch("r3.txt", REPORT.as_bytes());
    let rules = scratch(
        "bad.json",
        r#"[{"word":""},{"pattern":"(未闭合"},{"pattern":".*"},{"word":"搞好","replacement":"做好"}]"#.as_bytes(),
    );
    let o = run(bin().args(["analyse", "--json", "--rules"]).arg(&rules).arg(&report));
    assert_eq!(o.status.code(), Some(0), "bad single rules do not stop the analysis");
    let err = stderr(&o);
    assert!(err.contains("第 1 条规则没有禁用词"), "{err}");
    assert!(err.contains("第 2 条规则的模式“(未闭合”写法有误"), "{err}");
    assert!(err.contains("第 3 条规则的模式“.*”能匹配空字符串"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["rule_errors"].as_array().unwrap().len(), 3);
    assert_eq!(house(&v).len(), 1);

    // A file that is not a rules file at all: exit 2 and say why, nothing analysed.
    let broken = scratch("broken.json", b"{\"rules\": [");
    let o = run(bin().args(["analyse", "--json", "--rules"]).arg(&broken).arg(&report));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("不是有效的 JSON"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let o = run(bin().args(["analyse", "--rules", "/nonexistent/rules.json"]).arg(&report));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("找不到"), "{}", stderr(&o));
}

#[test]
fn disable_switches_checks_off_and_unknown_ids_are_refused() {
    let report = scratch("r4.txt", REPORT.as_bytes());
    let all: serde_json::Value =
        serde_json::from_str(&stdout(&run(bin().args(["analyse", "--json"]).arg(&report)))).unwrap();
    assert!(all["findings"].as_array().unwrap().iter().any(|f| f["check"] == "usage"));
    let o = run(bin().args(["analyse", "--json", "--disable", "usage"]).arg(&report));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["findings"].as_array().unwrap().iter().all(|f| f["check"] != "usage"));
    let o = run(bin().args(["analyse", "--disable", "no-such-check"]).arg(&report));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("没有这个检查项"), "{}", stderr(&o));
}

#[test]
fn checks_lists_the_registry() {
    let o = run(bin().args(["checks"]));
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.lines().any(|l| l.starts_with("house-rule") && l.contains("本单位规则")), "{out}");
    assert!(out.contains("建议") && out.contains("错误"), "{out}");
    let v: serde_json::Value = serde_json::from_str(&stdout(&run(bin().args(["checks", "--json"])))).unwrap();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"usage") && ids.contains(&"house-rule"));
    for c in v.as_array().unwrap() {
        for k in ["id", "label", "severity", "description"] {
            assert!(c.get(k).is_some(), "{k}");
        }
    }
}

#[test]
fn fix_applies_house_rules() {
    let report = scratch("r5.txt", REPORT.as_bytes());
    let rules = scratch("fix.csv", "搞好,做好\n".as_bytes());
    let o = run(bin().args(["fix", "--check", "house-rule", "--rules"]).arg(&rules).arg(&report));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), REPORT.replace("搞好", "做好"));
    // --disable usage leaves 截止目前 alone in a full fix.
    let o = run(bin().args(["fix", "--disable", "usage", "--rules"]).arg(&rules).arg(&report));
    assert_eq!(stdout(&o), REPORT.replace("搞好", "做好"));
}
