//! `report-lens fill`, `fix` and `export`: the editing half of the CLI, over
//! [`report_lens::edit`] and [`report_lens::export`].
//!
//! `fill` and `fix` print the new text to stdout and list every change on stderr. With
//! `--in-place` the file is rewritten atomically (a temporary file in the same folder, then a
//! rename), and only when that loses nothing: the file must be UTF-8 (a BOM is kept) and read
//! without replacing any byte. A GB18030/UTF-16 text or a `.docx` is refused with a message;
//! `--output NEW` writes the result to another file instead (UTF-8 text, or a `.docx` when NEW
//! ends in `.docx`). Exit status: 0 done (also when nothing needed changing), 1 a file could not
//! be read or written, 2 a usage error (bad `--set`, unknown blank, refused `--in-place`).
//!
//! `--docx-out OUT.docx` (FILE a `.docx`) writes the changes into a copy of the original
//! ([`report_lens::docx`]): tracked changes and comments by default, plain with `--apply`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use report_lens::decode::{self, Decoded};
use report_lens::docx::{self, DocxOptions};
use report_lens::edit::{self, Applied, Edit, Fill};
use report_lens::{analyse, export, Analysis, Options, PlaceholderKind};

use super::{read, shown_name, CheckArgs};

#[derive(Args)]
pub struct FillArgs {
    /// A value for a blank: `FORM=VALUE` fills every occurrence of a form (`xxx镇=城关镇`, or
    /// `xxx镇=城关` — a value may include the form's context or not); `FORM#K=VALUE` fills the
    /// K-th occurrence only (`X次#3=5`), and wins over a value for the whole form. Repeatable.
    #[arg(long = "set", value_name = "FORM[#K]=VALUE", value_parser = parse_fill, required_unless_present = "list")]
    sets: Vec<Fill>,
    /// List the blanks to fill (one field per name form, one per number or date blank) and exit.
    #[arg(long, conflicts_with_all = ["sets", "in_place", "output"])]
    list: bool,
    #[command(flatten)]
    out: OutArgs,
    /// The report (`-` reads stdin).
    #[arg(value_name = "FILE")]
    file: String,
}

#[derive(Args)]
pub struct FixArgs {
    /// Only fix findings of this check (repeatable); default: every safe check.
    #[arg(long = "check", value_name = "ID", value_parser = clap::builder::PossibleValuesParser::new(report_lens::checks::safe_ids()))]
    checks: Vec<String>,
    #[command(flatten)]
    rules: CheckArgs,
    #[command(flatten)]
    out: OutArgs,
    /// The report (`-` reads stdin).
    #[arg(value_name = "FILE")]
    file: String,
}

#[derive(Args)]
struct OutArgs {
    /// Rewrite FILE (UTF-8 text files only) instead of printing the new text.
    #[arg(long, short = 'i')]
    in_place: bool,
    /// Write the new text to this file instead of stdout (a `.docx` when it ends in `.docx`).
    #[arg(long, short = 'o', value_name = "NEW", conflicts_with = "in_place")]
    output: Option<PathBuf>,
    /// FILE is a .docx: write the changes into a copy of it, keeping its fonts, styles, tables,
    /// headers and footers — as tracked changes (修订, author report-lens) with the findings
    /// that have no fix as comments (批注), or plainly with --apply.
    #[arg(long, value_name = "OUT.docx", conflicts_with_all = ["in_place", "output"])]
    docx_out: Option<PathBuf>,
    /// With --docx-out: apply the changes directly (no tracked changes, no comments).
    #[arg(long, requires = "docx_out")]
    apply: bool,
}

#[derive(Args)]
pub struct ExportArgs {
    /// What to export: the text as `.docx` or UTF-8 `.txt`, the outline as Markdown (`md`),
    /// the metrics as CSV (Excel-ready: BOM, CRLF) or the findings as a Markdown checklist.
    #[arg(long, short = 'f', value_enum)]
    format: Format,
    /// Where to write (`-` or absent: stdout; a `.docx` needs a file).
    #[arg(long, short = 'o', value_name = "OUT")]
    output: Option<PathBuf>,
    #[command(flatten)]
    rules: CheckArgs,
    /// The report (`-` reads stdin).
    #[arg(value_name = "FILE")]
    file: String,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Docx,
    Txt,
    Md,
    Csv,
    Checklist,
}

fn parse_fill(s: &str) -> Result<Fill, String> {
    s.parse::<Fill>().map_err(|e| e.message)
}

/// A failure with its exit status; the message is printed once, by [`finish`].
struct Fail(i32, String);

fn finish(r: Result<(), Fail>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(Fail(code, msg)) => {
            eprintln!("report-lens: {msg}");
            code
        }
    }
}

fn out_err(e: io::Error) -> Fail {
    Fail(1, format!("无法输出：{e}"))
}

/// The file's bytes and text; decode notices go to stderr.
fn load(file: &str) -> Result<(Vec<u8>, Decoded), Fail> {
    let name = shown_name(file);
    let bytes = read(file).map_err(|e| Fail(1, format!("{name}: {}", e.message)))?;
    let decoded =
        decode::decode(&bytes, (file != "-").then_some(file)).map_err(|e| Fail(1, format!("{name}: {}", e.message)))?;
    for n in &decoded.notices {
        eprintln!("report-lens: {name}: {n}");
    }
    Ok((bytes, decoded))
}

pub fn fill(a: FillArgs) -> i32 {
    finish(run_fill(a))
}

/// `--in-place` on stdin is refused before stdin is read.
fn check_in_place(file: &str, out: &OutArgs) -> Result<(), Fail> {
    if out.in_place && file == "-" {
        return Err(Fail(2, "--in-place 需要一个文件，不能用于标准输入".into()));
    }
    Ok(())
}

fn run_fill(a: FillArgs) -> Result<(), Fail> {
    check_in_place(&a.file, &a.out)?;
    let (bytes, decoded) = load(&a.file)?;
    let text = decoded.text.as_str();
    let analysis = analyse(text, &Options::default());
    let name = shown_name(&a.file);
    if a.list {
        return list_fields(text, &analysis).map_err(out_err);
    }
    let edits = edit::fill_edits(text, &analysis, &a.sets).map_err(|e| Fail(2, format!("{name}: {}", e.message)))?;
    let (new_text, applied) = apply(text, &edits)?;
    let after = analyse(&new_text, &Options::default());
    let mut summary = changes(name, "填写", &applied);
    let left = after.placeholders.len();
    if left == 0 {
        summary.push_str("  已无待填空白\n");
    } else {
        let mut forms: Vec<(String, usize)> = Vec::new();
        for p in &after.placeholders {
            match forms.iter_mut().find(|(f, _)| *f == p.form) {
                Some(x) => x.1 += 1,
                None => forms.push((p.form.clone(), 1)),
            }
        }
        let shown: Vec<String> = forms.iter().map(|(f, n)| format!("{f}（{n}处）")).collect();
        summary.push_str(&format!("  还有 {left} 处空白未填：{}\n", shown.join("、")));
    }
    if let Some(path) = &a.out.docx_out {
        return write_docx(&a.file, path, a.out.apply, &bytes, &decoded, &analysis, &edits, &summary);
    }
    write_result(&a.file, &a.out, &bytes, &decoded, &new_text, &after, applied.is_empty(), &summary)
}

pub fn fix(a: FixArgs) -> i32 {
    finish(run_fix(a))
}

fn run_fix(a: FixArgs) -> Result<(), Fail> {
    check_in_place(&a.file, &a.out)?;
    let options = a.rules.options().map_err(|(code, msg)| Fail(code, msg))?;
    let (bytes, decoded) = load(&a.file)?;
    let text = decoded.text.as_str();
    let analysis = analyse(text, &options);
    let name = shown_name(&a.file);
    let checks = (!a.checks.is_empty()).then_some(a.checks.as_slice());
    let edits = edit::fix_edits(text, &analysis, checks);
    let (new_text, applied) = apply(text, &edits)?;
    let after = analyse(&new_text, &options);
    let mut summary = changes(name, "修改", &applied);
    let more = edit::fix_edits(&new_text, &after, checks).len();
    if more > 0 {
        summary.push_str(&format!("  另有 {more} 处可修改（与已改处重叠或因修改而出现），可再运行一次 fix\n"));
    }
    if let Some(path) = &a.out.docx_out {
        return write_docx(&a.file, path, a.out.apply, &bytes, &decoded, &analysis, &edits, &summary);
    }
    write_result(&a.file, &a.out, &bytes, &decoded, &new_text, &after, applied.is_empty(), &summary)
}

fn apply(text: &str, edits: &[Edit]) -> Result<(String, Vec<Applied>), Fail> {
    // The edits come from the analysis of this very text: an error here is a bug, not a usage
    // error, but it is reported, never a panic.
    edit::apply(text, edits).map_err(|e| Fail(1, format!("内部错误：{}", e.message)))
}

/// `report-lens: FILE: 修改 2 处：` and one line per change.
fn changes(name: &str, verb: &str, applied: &[Applied]) -> String {
    if applied.is_empty() {
        return format!("report-lens: {name}: 没有需要{verb}的地方\n");
    }
    let mut s = format!("report-lens: {name}: {verb} {} 处：\n", applied.len());
    for a in applied {
        s.push_str("  ");
        s.push_str(&a.describe());
        s.push('\n');
    }
    s
}

fn list_fields(text: &str, analysis: &Analysis) -> io::Result<()> {
    let fields = match edit::fields(text, analysis) {
        Ok(f) => f,
        Err(e) => return Err(io::Error::other(e.message)),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    if fields.is_empty() {
        eprintln!("report-lens: 文中没有待填的空白");
    }
    for f in &fields {
        let kind = match f.kind {
            PlaceholderKind::Name => "名称",
            PlaceholderKind::Number => "数字",
            PlaceholderKind::Date => "日期",
        };
        let first = &f.occurrences[0];
        let n = f.occurrences.len();
        writeln!(
            out,
            "{}\t{kind}\t{n}处\t第{}行\t{}",
            f.id,
            first.line,
            first.context.replace(['\t', '\r', '\n'], " ")
        )?;
    }
    out.flush()
}

/// Where the new text goes: stdout, `--output`, or back into the file.
#[allow(clippy::too_many_arguments)]
fn write_result(
    file: &str,
    out: &OutArgs,
    bytes: &[u8],
    decoded: &Decoded,
    new_text: &str,
    analysis: &Analysis,
    unchanged: bool,
    summary: &str,
) -> Result<(), Fail> {
    let name = shown_name(file);
    if out.in_place {
        check_in_place(file, out)?;
        let bom = bytes.starts_with(b"\xEF\xBB\xBF");
        let body = if bom { &bytes[3..] } else { bytes };
        if body != decoded.text.as_bytes() {
            let what = if decoded.encoding == "docx" {
                "这是 .docx 文件（可用 --docx-out 新文件.docx 在原文件格式中修改）".to_string()
            } else if decoded.encoding == "doc" {
                "这是旧版 Word（.doc）文件".to_string()
            } else if decoded.encoding == "UTF-8" {
                "文件中有无法解读的字节（已替换为 �）".to_string()
            } else {
                format!("文件是 {} 编码", decoded.encoding)
            };
            return Err(Fail(
                2,
                format!(
                    "{name}: {what}，原样改写会丢失信息，--in-place 只改写 UTF-8 文本文件；请用 --output 新文件.txt（UTF-8）或 --output 新文件.docx 另存"
                ),
            ));
        }
        eprint!("{summary}");
        if unchanged {
            return Ok(());
        }
        let mut data = Vec::with_capacity(new_text.len() + 3);
        if bom {
            data.extend_from_slice(b"\xEF\xBB\xBF");
        }
        data.extend_from_slice(new_text.as_bytes());
        return write_atomic(Path::new(file), &data).map_err(|e| Fail(1, format!("{name}: 无法写回文件：{e}")));
    }
    if let Some(path) = &out.output {
        eprint!("{summary}");
        return write_file(path, new_text, analysis);
    }
    eprint!("{summary}");
    let mut o = io::stdout().lock();
    match o.write_all(new_text.as_bytes()).and_then(|()| o.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(out_err(e)),
        _ => Ok(()),
    }
}

/// `--docx-out`: the changes written into a copy of the original `.docx`.
#[allow(clippy::too_many_arguments)]
fn write_docx(
    file: &str,
    path: &Path,
    apply: bool,
    bytes: &[u8],
    decoded: &Decoded,
    analysis: &Analysis,
    edits: &[Edit],
    summary: &str,
) -> Result<(), Fail> {
    let name = shown_name(file);
    if decoded.encoding != "docx" {
        return Err(Fail(
            2,
            format!(
                "{name}: --docx-out 需要 .docx 原文件（这个文件是 {}）；请用 --output 新文件.docx 另存",
                decoded.encoding
            ),
        ));
    }
    let notes = if apply { Vec::new() } else { docx::finding_notes(analysis, edits) };
    let opts = DocxOptions { tracked: !apply, date: now_iso8601(), ..DocxOptions::default() };
    let out = docx::edit_docx(bytes, edits, &notes, &opts).map_err(|e| Fail(1, format!("{name}: {}", e.message)))?;
    eprint!("{summary}");
    let shown = path.display();
    let what = if apply { "直接修改" } else { "修订" };
    let mut line = format!("report-lens: {shown}: {what} {} 处", out.changed);
    if out.comments > 0 {
        line.push_str(&format!("，批注 {} 条", out.comments));
    }
    if !out.as_comments.is_empty() {
        line.push_str(&format!("（其中 {} 处跨段落，改为批注）", out.as_comments.len()));
    }
    eprintln!("{line}");
    write_atomic(path, &out.bytes).map_err(|e| Fail(1, format!("{shown}: 无法写入：{e}")))
}

/// The current time as ISO 8601 UTC (`2024-05-01T08:00:00Z`), the `w:date` of the changes.
fn now_iso8601() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    iso8601(secs)
}

/// Seconds since 1970 → ISO 8601 UTC (days → civil date after H. Hinnant's algorithm).
fn iso8601(secs: u64) -> String {
    let (days, rem) = ((secs / 86_400) as i64, secs % 86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

/// `--output`: a `.docx` for a `.docx` name, else UTF-8 text.
fn write_file(path: &Path, text: &str, analysis: &Analysis) -> Result<(), Fail> {
    let shown = path.display();
    let docx = path.extension().is_some_and(|x| x.eq_ignore_ascii_case("docx"));
    let data =
        if docx { export::docx(text, analysis).map_err(|e| Fail(1, e.message))? } else { text.as_bytes().to_vec() };
    write_atomic(path, &data).map_err(|e| Fail(1, format!("{shown}: 无法写入：{e}")))
}

/// Write `data` to `path` through a temporary file in the same folder and a rename, so that
/// `path` is never left half-written. An existing file keeps its permissions.
fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let base = path.file_name().map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{base}.report-lens-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        if let Ok(meta) = std::fs::metadata(path) {
            std::fs::set_permissions(&tmp, meta.permissions())?;
        }
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

pub fn export(a: ExportArgs) -> i32 {
    finish(run_export(a))
}

fn run_export(a: ExportArgs) -> Result<(), Fail> {
    let to_stdout = a.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    if a.format == Format::Docx && to_stdout {
        return Err(Fail(2, ".docx 需要用 -o 指定输出文件".into()));
    }
    let options = a.rules.options().map_err(|(code, msg)| Fail(code, msg))?;
    let (_, decoded) = load(&a.file)?;
    let text = decoded.text.as_str();
    let analysis = analyse(text, &options);
    let data: Vec<u8> = match a.format {
        Format::Docx => export::docx(text, &analysis).map_err(|e| Fail(1, e.message))?,
        Format::Txt => text.as_bytes().to_vec(),
        Format::Md => export::outline_markdown(&analysis).into_bytes(),
        Format::Csv => export::metrics_csv(text, &analysis).into_bytes(),
        Format::Checklist => export::findings_checklist(text, &analysis).into_bytes(),
    };
    match a.output.filter(|_| !to_stdout) {
        Some(path) => write_atomic(&path, &data).map_err(|e| Fail(1, format!("{}: 无法写入：{e}", path.display()))),
        None => {
            let mut o = io::stdout().lock();
            match o.write_all(&data).and_then(|()| o.flush()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(out_err(e)),
                _ => Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso8601_dates() {
        assert_eq!(super::iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::iso8601(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(super::iso8601(1_714_550_400 + 61), "2024-05-01T08:01:01Z");
    }
}
