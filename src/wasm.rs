//! The WebAssembly boundary: a thin adapter over [`crate::analyse`] and [`crate::decode::decode`]
//! that hands JavaScript plain data (objects, arrays, strings, numbers, `null`), never classes.
//! Every `start`/`end` is in UTF-16 code units, so `text.slice(start, end) === item.text`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export interface TextSpan { text: string; start: number; end: number; }
export interface Heading {
  level: number; marker: string; ordinal: number; title: string;
  family: "han-dun" | "paren-han" | "arabic-dot" | "paren-arabic" | "yi-shi" | "di-yi" | "dash" | "unnumbered" | "part";
  run_in: boolean; start: number; end: number; children: Heading[];
}
export interface Placeholder { text: string; kind: "number" | "date" | "name"; form: string; start: number; end: number; }
export interface Metric {
  text: string; value: number | null; upper: number | null; unit: string;
  approx: "exact" | "more" | "nearly" | "about" | "less"; subject: string | null;
  start: number; end: number;
}
export interface Finding {
  check: string; severity: "error" | "warning" | "info"; message: string;
  start: number; end: number; suggestion: string | null;
}
export interface Stats { chars: number; utf16_len: number; lines: number; paragraphs: number; }
export interface Analysis {
  title: TextSpan | null; salutation: TextSpan | null; closing: TextSpan[]; signature: TextSpan[];
  outline: Heading[]; placeholders: Placeholder[]; metrics: Metric[]; dates: TextSpan[];
  artifacts: TextSpan[]; findings: Finding[]; stats: Stats; rule_errors?: RuleError[];
}
/** A house rule at the boundary: [word, pattern, replacement, note, severity, enabled "1"/"0"]. */
export type WireRule = [string, string, string, string, string, string];
/** Rules packed in one string: each rule's six fields joined by U+0001, rules by U+0002. */
export type PackedRules = string;
export interface RuleError { rule: number; kind: string; message: string; }
export interface ParsedRules { rules: WireRule[]; errors: RuleError[]; }
export interface CheckInfo {
  id: string; label: string; severity: "error" | "warning" | "info"; description: string;
  /** safe: applied by the one-click fixes; unsafe: suggested, to be read first; none: no suggestion. */
  fix: "safe" | "unsafe" | "none";
}
export interface AnalyseOptions { disabledChecks?: string[]; rules?: PackedRules; }
/** A zip as the page's JavaScript read it (www/zip.js): every entry, the bytes of those unpacked. */
export interface UnpackedZip {
  entries: { name: string; size: number; compressedSize: number; data?: Uint8Array; error?: string }[];
  /** Entries the end-of-directory record declares. */
  declared?: number;
  /** Why the zip itself could not be read. */
  problem?: string;
}
export type DecodeResult =
  | { ok: true; text: string; encoding: string; notices: string[] }
  | { ok: false; error: EngineError };
/** Why a call failed (src/error.rs): a stable kind and a message in Chinese. */
export interface EngineError { kind: string; message: string; }
export interface Edit { start: number; end: number; replacement: string; reason: string; }
export interface Applied {
  start: number; end: number; orig_start: number; orig_end: number;
  before: string; after: string; reason: string; line: number; column: number;
}
export interface Occurrence { id: string; text: string; start: number; end: number; line: number; context: string; }
export interface Field { id: string; form: string; kind: "number" | "date" | "name"; suffix: string; occurrences: Occurrence[]; }
export interface Fill { field: string; value: string; }
export type FieldsResult = { ok: true; fields: Field[] } | { ok: false; error: EngineError };
export type EditsResult = { ok: true; edits: Edit[] } | { ok: false; error: EngineError };
export type ApplyResult = { ok: true; text: string; applied: Applied[] } | { ok: false; error: EngineError };
export type UndoResult = { ok: true; text: string } | { ok: false; error: EngineError };
export type DocxResult =
  | { ok: true; bytes: Uint8Array; changed: number; comments: number; asComments: Edit[] }
  | { ok: false; error: EngineError };
"#;

/// Options as JavaScript passes them (`{ disabledChecks: ["usage"], rules: "…" }`); every
/// field optional (other fields, such as the worker's `patterns`, are ignored).
#[derive(Debug, Default, PartialEq)]
struct JsOptions {
    disabled_checks: Vec<String>,
    /// The rules packed in one string (see `specs`).
    rules: String,
}

thread_local! {
    /// The last options compiled, with what they were compiled from: the page sends the same
    /// rules with every keystroke's analysis, so they are compiled once per change of the rule
    /// set (or of the switches), not once per call. One entry; the core stays pure.
    static COMPILED: std::cell::RefCell<Option<(JsOptions, std::rc::Rc<crate::Options>)>> =
        const { std::cell::RefCell::new(None) };
}

impl JsOptions {
    fn parse(value: JsValue) -> Result<std::rc::Rc<crate::Options>, JsError> {
        let o: JsOptions = from_js(value, "options")?;
        if let Some(hit) = COMPILED.with_borrow(|c| c.as_ref().filter(|(k, _)| *k == o).map(|(_, v)| v.clone())) {
            return Ok(hit);
        }
        let rules = crate::rules::RuleSet::new(&specs(&o.rules));
        let compiled = std::rc::Rc::new(crate::Options { disabled_checks: o.disabled_checks.clone(), rules });
        COMPILED.set(Some((o, compiled.clone())));
        Ok(compiled)
    }
}

#[derive(Serialize)]
struct DecodeOk<'a> {
    ok: bool,
    text: &'a str,
    encoding: &'a str,
    notices: &'a [String],
}

#[derive(Serialize)]
struct DecodeErr<'a> {
    ok: bool,
    error: &'a crate::Error,
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// A panic's message goes to the console before the trap (the analyser never panics by design;
/// if it does, the message is what a bug report needs). One line of glue instead of
/// `console_error_panic_hook`, whose stack capture cost the page 432 bytes gzipped.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| console_error(&info.to_string())));
}

/// Plain JS data through the JSON-compatible serializer (maps become objects, `None` → `null`).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// Analyse `text` with the default options. Returns an `Analysis`.
#[wasm_bindgen(js_name = analyse, unchecked_return_type = "Analysis")]
pub fn analyse(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::analyse(text, &crate::Options::default()))
}

/// Analyse `text` with `options` (`AnalyseOptions`; `undefined`/`null` means the defaults).
#[wasm_bindgen(js_name = analyseWith, unchecked_return_type = "Analysis")]
pub fn analyse_with(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnalyseOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    to_js(&crate::analyse(text, JsOptions::parse(options)?.as_ref()))
}

/// Every check id with its Chinese label, usual severity, why it fires and whether its fix is
/// safe (`CheckInfo[]`), in registry order: what the page lists as switches and names checks by.
#[wasm_bindgen(js_name = checks, unchecked_return_type = "CheckInfo[]")]
pub fn checks() -> Result<JsValue, JsError> {
    to_js(&crate::checks::registry())
}

/// Rules packed by the page in one string: fields joined by U+0001, rules by U+0002. One string
/// crosses the boundary in one copy; 1,000 rules as 6,000 separate strings cost ~6 ms a call.
fn specs(packed: &str) -> Vec<crate::rules::RuleSpec> {
    packed
        .split('\u{2}')
        .filter(|r| !r.is_empty())
        .map(|r| crate::rules::RuleSpec::from_wire(&r.split('\u{1}').map(String::from).collect::<Vec<_>>()))
        .collect()
}

#[derive(Serialize)]
struct Parsed<'a> {
    rules: Vec<Vec<String>>,
    errors: &'a [crate::rules::RuleError],
}

/// A rules file for the page: with `csv`, the text of a CSV file (`禁用词,规范词,说明`); else
/// packed rules (`PackedRules`) — those of a JSON rules file, which the browser parses itself
/// (`JSON.parse`: the wasm carries no JSON parser). Returns the rules (six strings each) and
/// every problem: lines that could not be read and rules that could not be used.
#[wasm_bindgen(js_name = parseRules, unchecked_return_type = "ParsedRules")]
pub fn parse_rules(input: &str, csv: bool) -> Result<JsValue, JsError> {
    let (rules, mut errors) = if csv { crate::rules::parse_csv(input) } else { (specs(input), Vec::new()) };
    errors.extend(crate::rules::RuleSet::new(&rules).errors);
    to_js(&Parsed { rules: rules.iter().map(|r| r.to_wire()).collect(), errors: &errors })
}

/// Read a file's bytes as the CLI does (UTF-8/UTF-16/GBK text, `.docx`). Returns a
/// `DecodeResult`: `{ok: true, text, encoding, notices}` or `{ok: false, error: {kind, message}}`.
#[wasm_bindgen(js_name = decode, unchecked_return_type = "DecodeResult")]
pub fn decode(bytes: &[u8], name: &str) -> Result<JsValue, JsError> {
    let name = (!name.is_empty()).then_some(name);
    match crate::decode::decode(bytes, name) {
        Ok(d) => to_js(&DecodeOk { ok: true, text: &d.text, encoding: &d.encoding, notices: &d.notices }),
        Err(error) => to_js(&DecodeErr { ok: false, error: &error }),
    }
}

/// A `.docx` whose zip JavaScript read (`UnpackedZip`: the page's wasm carries no zip reader or
/// inflater; the browser has `DecompressionStream`). The same text, limits and messages as
/// `decode` of the file's bytes. Returns a `DecodeResult`.
#[wasm_bindgen(js_name = decodeDocx, unchecked_return_type = "DecodeResult")]
pub fn decode_docx(#[wasm_bindgen(unchecked_param_type = "UnpackedZip")] zip: JsValue) -> Result<JsValue, JsError> {
    let mut zip: crate::decode::Unpacked = from_js(zip, "zip")?;
    match crate::decode::decode_unpacked(&mut zip) {
        Ok(d) => to_js(&DecodeOk { ok: true, text: &d.text, encoding: &d.encoding, notices: &d.notices }),
        Err(error) => to_js(&DecodeErr { ok: false, error: &error }),
    }
}

// ---------------------------------------------------------------------------------------------
// Editing and export (`crate::edit`, `crate::export`). Each function analyses the text itself,
// so JavaScript never hands an analysis back. Expected failures (an edit off the text, an undo
// of a text that changed since) come back as `{ok: false, error: {kind, message}}` like
// `decode`; a thrown `JsError` means the arguments were not of the documented shape.

#[derive(Serialize)]
#[serde(untagged)]
enum EditResult<'a> {
    Fields { ok: bool, fields: &'a [crate::edit::Field] },
    Edits { ok: bool, edits: &'a [crate::edit::Edit] },
    Applied { ok: bool, text: &'a str, applied: &'a [crate::edit::Applied] },
    Text { ok: bool, text: &'a str },
    Err { ok: bool, error: &'a crate::Error },
}

/// The page's arguments (`Fill[]`, `Edit[]`, `Applied[]`, options) are read field by field
/// through `js_sys`, not by serde_wasm_bindgen's deserializer: the messages of serde's
/// `invalid_type` print floats, which alone pulled Rust's float formatting (≈ 8 KB gzipped)
/// into the page. A value of the wrong shape is an error naming where it is
/// (`参数 edits[3].start 应为非负整数`, `参数 edits[0].end 缺少`).
trait FromJs: Sized {
    /// The value, or what is wrong with it after the path to it (`.start 应为非负整数`).
    fn from_js(v: &JsValue) -> Result<Self, String>;
}

fn from_js<T: FromJs>(value: JsValue, name: &str) -> Result<T, JsError> {
    T::from_js(&value).map_err(|e| JsError::new(&format!("参数 {name}{e}")))
}

/// Field `key` of `obj` (`undefined` when absent).
fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Field `key` of `obj` read as a `T`; an error says which field. Out of line: one copy per
/// field type, not one per field of every object.
#[inline(never)]
fn field<T: FromJs>(obj: &JsValue, key: &str) -> Result<T, String> {
    let v = get(obj, key);
    T::from_js(&v).map_err(|e| if v.is_undefined() { format!(".{key} 缺少") } else { format!(".{key}{e}") })
}

impl FromJs for String {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        v.as_string().ok_or_else(|| " 应为字符串".into())
    }
}

impl FromJs for usize {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        // Integers JavaScript holds exactly (up to 2^53 - 1).
        match v.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => Ok(n as usize),
            _ => Err(" 应为非负整数".into()),
        }
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        if !js_sys::Array::is_array(v) {
            return Err(" 应为数组".into());
        }
        js_sys::Array::from(v)
            .iter()
            .enumerate()
            .map(|(i, x)| T::from_js(&x).map_err(|e| format!("[{i}]{e}")))
            .collect()
    }
}

/// `FromJs` for a plain object with these fields (keys as the serde JSON of the type has them).
macro_rules! from_js_object {
    ($ty:path { $($field:ident: $key:literal),* $(,)? }) => {
        impl FromJs for $ty {
            fn from_js(v: &JsValue) -> Result<Self, String> {
                if !v.is_object() {
                    return Err(" 应为对象".into());
                }
                Ok(Self { $($field: field(v, $key)?),* })
            }
        }
    };
}

from_js_object!(crate::edit::Fill { field: "field", value: "value" });
from_js_object!(crate::edit::Edit { start: "start", end: "end", replacement: "replacement", reason: "reason" });
from_js_object!(crate::edit::Applied {
    start: "start",
    end: "end",
    orig_start: "orig_start",
    orig_end: "orig_end",
    before: "before",
    after: "after",
    reason: "reason",
    line: "line",
    column: "column",
});

/// Bytes: a `Uint8Array`.
struct Bytes(Vec<u8>);

impl FromJs for Bytes {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        v.dyn_ref::<js_sys::Uint8Array>().map(|a| Bytes(a.to_vec())).ok_or_else(|| " 应为 Uint8Array".into())
    }
}

impl FromJs for crate::decode::UnpackedEntry {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        if !v.is_object() {
            return Err(" 应为对象".into());
        }
        let data: Option<Bytes> = field(v, "data")?;
        Ok(Self {
            name: field(v, "name")?,
            size: field::<usize>(v, "size")? as u64,
            compressed: field::<usize>(v, "compressedSize")? as u64,
            data: data.map(|b| b.0),
            error: field(v, "error")?,
        })
    }
}

impl FromJs for crate::decode::Unpacked {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        if !v.is_object() {
            return Err(" 应为对象".into());
        }
        let entries: Vec<crate::decode::UnpackedEntry> = field(v, "entries")?;
        let declared: Option<usize> = field(v, "declared")?;
        Ok(Self { declared: declared.unwrap_or(entries.len()), entries, problem: field(v, "problem")? })
    }
}

/// Absent (`undefined`/`null`) is the default.
impl<T: FromJs> FromJs for Option<T> {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        if v.is_undefined() || v.is_null() {
            Ok(None)
        } else {
            T::from_js(v).map(Some)
        }
    }
}

impl FromJs for JsOptions {
    fn from_js(v: &JsValue) -> Result<Self, String> {
        if v.is_undefined() || v.is_null() {
            return Ok(JsOptions::default());
        }
        if !v.is_object() {
            return Err(" 应为对象".into());
        }
        let (disabled, rules): (Option<Vec<String>>, Option<String>) =
            (field(v, "disabledChecks")?, field(v, "rules")?);
        Ok(JsOptions { disabled_checks: disabled.unwrap_or_default(), rules: rules.unwrap_or_default() })
    }
}

fn analysed(text: &str) -> crate::Analysis {
    crate::analyse(text, &crate::Options::default())
}

/// The fields of the fill form: one per name form (`xxx镇`), one per number or date blank
/// (`X次#3`), each with its occurrences and their sentences. Returns a `FieldsResult`.
#[wasm_bindgen(js_name = fields, unchecked_return_type = "FieldsResult")]
pub fn fields(text: &str) -> Result<JsValue, JsError> {
    match crate::edit::fields(text, &analysed(text)) {
        Ok(fields) => to_js(&EditResult::Fields { ok: true, fields: &fields }),
        Err(error) => to_js(&EditResult::Err { ok: false, error: &error }),
    }
}

/// The edits that put `fills` (`Fill[]`: `{field: "xxx镇" | "X次#3", value}`) into the blanks of
/// `text`. Returns an `EditsResult` (`unknown-field` names a field that is not in the text).
#[wasm_bindgen(js_name = fillEdits, unchecked_return_type = "EditsResult")]
pub fn fill_edits(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Fill[]")] fills: JsValue,
) -> Result<JsValue, JsError> {
    let fills: Vec<crate::edit::Fill> = from_js(fills, "fills")?;
    match crate::edit::fill_edits(text, &analysed(text), &fills) {
        Ok(edits) => to_js(&EditResult::Edits { ok: true, edits: &edits }),
        Err(error) => to_js(&EditResult::Err { ok: false, error: &error }),
    }
}

/// The safe fixes of `text` (`Edit[]`, non-overlapping), only of `checks` when given
/// (`null`/`undefined`: every check in `safeChecks()`), analysed with `options` when given
/// (switched-off checks are not fixed; house rules are).
#[wasm_bindgen(js_name = fixEdits, unchecked_return_type = "Edit[]")]
pub fn fix_edits(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string[] | null | undefined")] checks: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyseOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let checks: Option<Vec<String>> = from_js(checks, "checks")?;
    let analysis = crate::analyse(text, JsOptions::parse(options)?.as_ref());
    to_js(&crate::edit::fix_edits(text, &analysis, checks.as_deref()))
}

/// The fix of one finding of the page's analysis of `text` (its `check`, `start`, `end` and
/// `suggestion`), or `null` when its check is not safe. It needs no index into an analysis, so
/// it works for an analysis made with options (house rules, checks switched off).
#[wasm_bindgen(js_name = fixFinding, unchecked_return_type = "Edit | null")]
pub fn fix_finding(text: &str, check: &str, start: usize, end: usize, suggestion: &str) -> Result<JsValue, JsError> {
    let finding = crate::Finding {
        check: check.to_string(),
        severity: crate::Severity::Warning,
        message: String::new(),
        start,
        end,
        suggestion: Some(suggestion.to_string()),
    };
    to_js(&crate::edit::fix_edit(text, &finding))
}

/// The checks whose suggestions `fixEdits` applies (those of `checks()` with `fix: "safe"`).
#[wasm_bindgen(js_name = safeChecks, unchecked_return_type = "string[]")]
pub fn safe_checks() -> Result<JsValue, JsError> {
    to_js(&crate::checks::safe_ids())
}

/// Apply `edits` (`Edit[]`, all relative to `text`, non-overlapping). Returns an `ApplyResult`:
/// the new text and one `Applied` per edit in text order (what `undoEdits` needs).
#[wasm_bindgen(js_name = applyEdits, unchecked_return_type = "ApplyResult")]
pub fn apply_edits(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Edit[]")] edits: JsValue,
) -> Result<JsValue, JsError> {
    let edits: Vec<crate::edit::Edit> = from_js(edits, "edits")?;
    match crate::edit::apply(text, &edits) {
        Ok((text, applied)) => to_js(&EditResult::Applied { ok: true, text: &text, applied: &applied }),
        Err(error) => to_js(&EditResult::Err { ok: false, error: &error }),
    }
}

/// Take back `applied` (from `applyEdits`, or some of them): the text as it was, byte for byte.
/// Returns an `UndoResult` (`mismatch` when a span no longer holds what was put there).
#[wasm_bindgen(js_name = undoEdits, unchecked_return_type = "UndoResult")]
pub fn undo_edits(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Applied[]")] applied: JsValue,
) -> Result<JsValue, JsError> {
    let applied: Vec<crate::edit::Applied> = from_js(applied, "applied")?;
    match crate::edit::undo(text, &applied) {
        Ok(text) => to_js(&EditResult::Text { ok: true, text: &text }),
        Err(error) => to_js(&EditResult::Err { ok: false, error: &error }),
    }
}

/// The text as a `.docx` (headings styled by level; reads back to the same text).
#[wasm_bindgen(js_name = exportDocx)]
pub fn export_docx(text: &str) -> Result<Vec<u8>, JsError> {
    crate::export::docx(text, &analysed(text)).map_err(|e| JsError::new(&e.message))
}

/// The dropped `.docx` (`original`) with its text changed to `text`, every other part kept:
/// tracked changes and comments (`tracked`), or the changes applied plainly. `date` is the
/// changes' ISO 8601 time (the page passes `new Date().toISOString()`). Returns a `DocxResult`.
///
/// Only with the `page-docx-edit` feature (see Cargo.toml: it costs 17.5 KB gzipped);
/// `capabilities().docxEdit` tells the page.
#[cfg(feature = "page-docx-edit")]
#[wasm_bindgen(js_name = editDocx, unchecked_return_type = "DocxResult")]
pub fn edit_docx(original: &[u8], text: &str, tracked: bool, date: &str) -> Result<JsValue, JsError> {
    let opts = crate::docx::DocxOptions { tracked, date: date.to_string(), ..Default::default() };
    match crate::docx::edit_to_text(original, text, &opts) {
        Ok(out) => {
            let obj = js_sys::Object::new();
            let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&obj, &JsValue::from_str(k), v).map(|_| ());
            let fail = |_| JsError::new("editDocx: 无法返回结果");
            set("ok", &JsValue::TRUE).map_err(fail)?;
            set("bytes", &js_sys::Uint8Array::from(&out.bytes[..]).into()).map_err(fail)?;
            set("changed", &JsValue::from(out.changed as u32)).map_err(fail)?;
            set("comments", &JsValue::from(out.comments as u32)).map_err(fail)?;
            set("asComments", &to_js(&out.as_comments)?).map_err(fail)?;
            Ok(obj.into())
        }
        Err(error) => to_js(&EditResult::Err { ok: false, error: &error }),
    }
}

/// What this build can do: `{ docxEdit }` — whether `editDocx` is compiled in.
#[wasm_bindgen(js_name = capabilities, unchecked_return_type = "{ docxEdit: boolean }")]
pub fn capabilities() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Caps {
        docx_edit: bool,
    }
    to_js(&Caps { docx_edit: cfg!(feature = "page-docx-edit") })
}

/// The outline as Markdown.
#[wasm_bindgen(js_name = exportOutlineMarkdown)]
pub fn export_outline_markdown(text: &str) -> String {
    crate::export::outline_markdown(&analysed(text))
}

/// The metrics as CSV for Excel (UTF-8 BOM, CRLF, formulas neutralised): the same bytes as
/// `report-lens export -f csv`, which the page's CSV buttons download.
#[wasm_bindgen(js_name = exportMetricsCsv)]
pub fn export_metrics_csv(text: &str) -> String {
    crate::export::metrics_csv(text, &analysed(text))
}

/// 1-based line numbers of the UTF-16 offsets `offsets` in `text`, from the one line index
/// (`crate::offsets::LineIndex`): the page shows these instead of counting lines itself.
#[wasm_bindgen(js_name = lineNumbers)]
pub fn line_numbers(text: &str, offsets: &[u32]) -> Vec<u32> {
    let lines = crate::offsets::LineIndex::new(text);
    offsets.iter().map(|&u| u32::try_from(lines.line_utf16(u as usize)).unwrap_or(u32::MAX)).collect()
}

/// The findings as a Markdown checklist: those the page shows — analysed with `options` (house
/// rules, checks switched off; `undefined` = defaults), without the findings in `hidden` (those
/// the user ignored in this draft: `check`, `start`, `end` in UTF-16 units, packed like the
/// rules — fields joined by U+0001, findings by U+0002: serde for a list of tuples cost 1.2 KB
/// of the gzipped wasm).
#[wasm_bindgen(js_name = exportChecklist)]
pub fn export_checklist(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnalyseOptions | undefined")] options: JsValue,
    hidden: &str,
) -> Result<String, JsError> {
    let mut analysis = crate::analyse(text, JsOptions::parse(options)?.as_ref());
    analysis.findings.retain(|f| {
        let key = format!("{}\u{1}{}\u{1}{}", f.check, f.start, f.end);
        !hidden.split('\u{2}').any(|h| h == key)
    });
    Ok(crate::export::findings_checklist(text, &analysis))
}

/// The crate version, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
