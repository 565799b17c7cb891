//! `report-lens analyse [--json [--pretty] | --spans] [--color auto|always|never] [--rules FILE]
//! [--disable ID]... FILE...`
//! `report-lens checks [--json]`
//! `report-lens fill (--set FORM[#K]=VALUE)... | --list [-i | -o NEW] FILE`
//! `report-lens fix [--check ID]... [-i | -o NEW] FILE`
//! `report-lens export -f docx|txt|md|csv|checklist [-o OUT] FILE`
//! (the editing commands are in [`edit`]).
//!
//! Reads each file (`-` is stdin), decodes it ([`report_lens::decode`]), analyses it and prints
//! the report (or JSON). Decode notices and read errors go to stderr. Exit status: 0 when every
//! file could be read, 1 when any could not, 2 for usage errors (clap) — never the findings.

mod edit;

use std::io::{self, IsTerminal, Read, Write};

use clap::{Args, Parser, Subcommand, ValueEnum};
use report_lens::decode::{self, MAX_INPUT};
use report_lens::render::{render_report, render_spans, RenderOptions};
use report_lens::{analyse, rules, Analysis, Error, Options};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "report-lens",
    version,
    about = "读中文工作汇报：大纲、占位符、指标与问题 (outline, placeholders, metrics, findings)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse reports (.txt in UTF-8/UTF-16/GB18030, or .docx); `-` reads stdin.
    Analyse {
        /// Print the analysis as JSON (one object; JSON Lines with a "file" field for several files).
        #[arg(long)]
        json: bool,
        /// Indent the JSON (one file only; several files are always JSON Lines).
        #[arg(long, requires = "json")]
        pretty: bool,
        /// Print the source with span markers (P placeholder, M metric, D date, A artefact,
        /// H1… heading) instead of the report — the snapshot-test view.
        #[arg(long, conflicts_with = "json")]
        spans: bool,
        /// Colour the text report.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        #[command(flatten)]
        checks: CheckArgs,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// List the checks: id, name, usual severity (错误/建议/提示) and why each fires.
    Checks {
        /// Print the list as JSON (id, label, severity, description).
        #[arg(long)]
        json: bool,
    },
    /// Fill template blanks (`xxx镇=城关镇`, `X次#3=5`) and print the new text; changes on stderr.
    Fill(edit::FillArgs),
    /// Apply the safe fixes (wording, measure words, site artefacts, broken lines …) and print
    /// the new text; changes on stderr.
    Fix(edit::FixArgs),
    /// Export the report as .docx or .txt, the outline as Markdown, the metrics as CSV or the
    /// findings as a checklist.
    Export(edit::ExportArgs),
}

/// Which checks run: the user's house rules and the checks switched off.
#[derive(Args, Clone, Default)]
pub struct CheckArgs {
    /// House rules: a JSON rules file or a CSV word list (`禁用词,规范词,说明`); see README.
    /// Rules that cannot be used are listed on stderr and left out.
    #[arg(long, value_name = "FILE")]
    rules: Option<String>,
    /// Switch a check off (repeatable); `report-lens checks` lists the ids.
    #[arg(long = "disable", value_name = "ID", value_parser = check_id)]
    disable: Vec<String>,
}

fn check_id(s: &str) -> Result<String, String> {
    let ids: Vec<&str> = report_lens::checks::registry().iter().map(|c| c.id).collect();
    if ids.contains(&s) {
        Ok(s.to_string())
    } else {
        Err(format!("没有这个检查项；可用的有：{}（report-lens checks 列出说明）", ids.join(", ")))
    }
}

impl CheckArgs {
    /// The analysis options: the rules file read and compiled once. A rules file that cannot
    /// be read at all is an error (exit 2: the user asked for rules we cannot give); single
    /// bad rules are reported on stderr and the rest are used.
    pub fn options(&self) -> Result<Options, (i32, String)> {
        let mut options = Options { disabled_checks: self.disable.clone(), ..Options::default() };
        let Some(file) = &self.rules else { return Ok(options) };
        let bytes = read(file).map_err(|e| (2, format!("规则文件 {}: {}", shown_name(file), e.message)))?;
        let text = decode::decode(&bytes, None)
            .map_err(|e| (2, format!("规则文件 {}: {}", shown_name(file), e.message)))?
            .text;
        let (specs, mut errors) = rules::parse_file(&text);
        if specs.is_empty() && !errors.is_empty() {
            let why: Vec<String> = errors.iter().map(|e| e.message.clone()).collect();
            return Err((2, format!("规则文件 {}: {}", shown_name(file), why.join("；"))));
        }
        options.rules = rules::RuleSet::new(&specs);
        errors.extend(options.rules.errors.iter().cloned());
        for e in &errors {
            eprintln!("report-lens: 规则文件 {}: {}", shown_name(file), e.message);
        }
        // Reported here once; the JSON output still carries them in `rule_errors`.
        Ok(options)
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy)]
enum Mode {
    Report { color: bool },
    Spans,
    Json { pretty: bool },
}

/// One JSON line of a multi-file run.
#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    file: &'a str,
    error: &'a Error,
}

pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyse { json, pretty, spans, color, checks, files } => {
            let options = match checks.options() {
                Ok(o) => o,
                Err((code, msg)) => {
                    eprintln!("report-lens: {msg}");
                    return code;
                }
            };
            let color = match color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            };
            let mode = if json {
                Mode::Json { pretty }
            } else if spans {
                Mode::Spans
            } else {
                Mode::Report { color }
            };
            match run(&files, mode, &options) {
                Ok(code) => code,
                // stdout closed (`| head`): stop quietly.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
                Err(e) => {
                    eprintln!("report-lens: 无法输出：{e}");
                    1
                }
            }
        }
        Command::Checks { json } => list_checks(json),
        Command::Fill(a) => edit::fill(a),
        Command::Fix(a) => edit::fix(a),
        Command::Export(a) => edit::export(a),
    }
}

/// `report-lens checks`: one line per check id (those `fix` applies marked 可自动修正), or the
/// registry as JSON.
fn list_checks(json: bool) -> i32 {
    let reg = report_lens::checks::registry();
    let mut out = io::stdout().lock();
    let r = if json {
        serde_json::to_writer_pretty(&mut out, &reg).map_err(io::Error::from).and_then(|()| writeln!(out))
    } else {
        reg.iter().try_for_each(|c| {
            let fix = if c.fix.is_safe() { "（可自动修正）" } else { "" };
            writeln!(out, "{:<22} {}\t{}\t{}{fix}", c.id, c.label, c.severity.label(), c.description)
        })
    };
    match r {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("report-lens: 无法输出：{e}");
            1
        }
        _ => 0,
    }
}

fn run(files: &[String], mode: Mode, options: &Options) -> io::Result<i32> {
    let json = matches!(mode, Mode::Json { .. });
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let many = files.len() > 1;
    let mut failed = false;
    for (n, file) in files.iter().enumerate() {
        let decoded = read(file).and_then(|bytes| {
            let name = (file != "-").then_some(file.as_str());
            decode::decode(&bytes, name)
        });
        let decoded = match decoded {
            Ok(d) => d,
            Err(e) => {
                failed = true;
                eprintln!("report-lens: {}: {}", shown_name(file), e.message);
                if json && many {
                    serde_json::to_writer(&mut out, &ErrorLine { file, error: &e })?;
                    writeln!(out)?;
                }
                continue;
            }
        };
        for notice in &decoded.notices {
            eprintln!("report-lens: {}: {notice}", shown_name(file));
        }
        let analysis = analyse(&decoded.text, options);
        match mode {
            Mode::Json { pretty } => {
                if many {
                    serde_json::to_writer(&mut out, &Line { file, analysis: &analysis })?;
                } else if pretty {
                    serde_json::to_writer_pretty(&mut out, &analysis)?;
                } else {
                    serde_json::to_writer(&mut out, &analysis)?;
                }
                writeln!(out)?;
            }
            Mode::Report { .. } | Mode::Spans => {
                if many {
                    if n > 0 {
                        writeln!(out)?;
                    }
                    writeln!(out, "==> {} <==", shown_name(file))?;
                }
                let shown = match mode {
                    Mode::Report { color } => {
                        let opts = RenderOptions { color, ..RenderOptions::default() };
                        render_report(&decoded.text, &analysis, &opts)
                    }
                    _ => render_spans(&decoded.text, &analysis),
                };
                out.write_all(shown.as_bytes())?;
            }
        }
        // Keep the order of stdout and stderr readable when both go to a terminal.
        out.flush()?;
    }
    out.flush()?;
    Ok(i32::from(failed))
}

fn shown_name(file: &str) -> &str {
    if file == "-" {
        "(标准输入)"
    } else {
        file
    }
}

/// The file's bytes, reading at most one byte past the decode limit (larger files are refused
/// by `decode` without being read whole).
fn read(file: &str) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    let limit = MAX_INPUT as u64 + 1;
    let result = if file == "-" {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    match result {
        Ok(_) => Ok(bytes),
        Err(e) => Err(io_error(&e)),
    }
}

fn io_error(e: &io::Error) -> Error {
    let (kind, message) = match e.kind() {
        io::ErrorKind::NotFound => ("not-found", "找不到这个文件".to_string()),
        io::ErrorKind::PermissionDenied => ("permission-denied", "没有读取这个文件的权限".into()),
        io::ErrorKind::IsADirectory => ("is-directory", "这是一个文件夹，不是文件".into()),
        _ => ("io", format!("读取失败：{e}")),
    };
    Error::new(kind, message)
}
