//! The WebAssembly boundary: a thin adapter over [`crate::analyse`] and [`crate::decode::decode`]
//! that hands JavaScript plain data (objects, arrays, strings, numbers, `null`), never classes.
//! Every `start`/`end` is in UTF-16 code units, so `text.slice(start, end) === item.text`.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export interface TextSpan { text: string; start: number; end: number; }
export interface Heading {
  level: number; marker: string; ordinal: number; title: string; family: string;
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
  artifacts: TextSpan[]; findings: Finding[]; stats: Stats;
}
export interface AnalyseOptions { disabledChecks?: string[]; }
export type DecodeResult =
  | { ok: true; text: string; encoding: string; notices: string[] }
  | { ok: false; error: { kind: string; message: string } };
"#;

/// Options as JavaScript passes them (`{ disabledChecks: ["usage"] }`); every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct JsOptions {
    disabled_checks: Vec<String>,
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
    error: &'a crate::decode::DecodeError,
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
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
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&e.to_string()))?
    };
    let options = crate::Options { disabled_checks: opts.disabled_checks };
    to_js(&crate::analyse(text, &options))
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

/// The crate version, e.g. `0.1.0`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
