//! cce-lint for JavaScript: the core compiled to WebAssembly, exported with wasm-bindgen.
//!
//! The exports (`lint`, `schema`, `rules`, `explain`, `applyFixes`) are thin: they convert
//! between JavaScript values and the plain Rust of [`api`], whose types also generate the
//! package's TypeScript declarations (tsify). Values cross the boundary as JSON text
//! (`JSON.parse` on the JavaScript side), which keeps the module small and the calls few.
//! Every failure is thrown as an `Error` named `CceLintError` with a `kind`; findings about the
//! input are diagnostics, never errors.

pub mod api;
pub mod fixes;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::api::{CceLintError, ErrorKind, Kind, Language};

/// Lints a document (the text of a JSON request body, or query parameters as a JSON object).
///
/// Returns the same findings as `cce-lint check --format json`, with columns in UTF-16 code
/// units. Throws a `CceLintError` only for bad arguments.
#[wasm_bindgen(js_name = lint, unchecked_return_type = "LintReport")]
pub fn lint_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LintOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let text = text_argument(&text)?;
    let options = options_argument(options)?;
    to_js(&api::lint(&text, options))
}

/// The JSON Schema (draft 2020-12) of a document kind (default `create-cluster`).
#[wasm_bindgen(js_name = schema, unchecked_return_type = "Record<string, unknown>")]
pub fn schema_js(
    #[wasm_bindgen(unchecked_param_type = "Kind")] kind: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let kind: Option<Kind> = optional_argument(kind, ErrorKind::InvalidArgument)?;
    to_js(&api::schema(kind))
}

/// Every rule of the catalogue, sorted by code.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules_js() -> Result<JsValue, JsValue> {
    to_js(&api::rules())
}

/// The documentation of the rule with this code, in English (default) or Chinese.
#[wasm_bindgen(js_name = explain, unchecked_return_type = "RuleExplanation")]
pub fn explain_js(
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Language")] lang: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let code = text_argument(&code)?;
    let lang: Option<Language> = optional_argument(lang, ErrorKind::InvalidArgument)?;
    let explanation = api::explain(&code, lang.unwrap_or_default()).map_err(to_js_error)?;
    to_js(&explanation)
}

/// Applies every safe fix of the document's findings, with minimal text edits, and returns
/// the new text and the codes applied.
#[wasm_bindgen(js_name = applyFixes, unchecked_return_type = "FixResult")]
pub fn apply_fixes_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LintOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let text = text_argument(&text)?;
    let options = options_argument(options)?;
    to_js(&fixes::apply_fixes(&text, options))
}

fn text_argument(value: &JsValue) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        to_js_error(CceLintError::new(
            ErrorKind::InvalidArgument,
            format!("expected a string, got {}", type_name(value)),
        ))
    })
}

fn options_argument(options: Option<JsValue>) -> Result<api::LintOptions, JsValue> {
    let json = json_argument(options, ErrorKind::InvalidOptions)?;
    api::parse_options(json.as_deref().unwrap_or("null")).map_err(to_js_error)
}

/// Reads an optional argument through its JSON form (`undefined` and `null` are absent).
fn optional_argument<T: serde::de::DeserializeOwned>(
    value: Option<JsValue>,
    kind: ErrorKind,
) -> Result<Option<T>, JsValue> {
    json_argument(value, kind)?
        .map(|json| serde_json::from_str(&json))
        .transpose()
        .map_err(|error| to_js_error(CceLintError::new(kind, error.to_string())))
}

/// The JSON text of an optional argument; `None` for `undefined` and `null`.
fn json_argument(value: Option<JsValue>, kind: ErrorKind) -> Result<Option<String>, JsValue> {
    let Some(value) = value.filter(|value| !value.is_undefined() && !value.is_null()) else {
        return Ok(None);
    };
    js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|json| json.as_string())
        .map(Some)
        .ok_or_else(|| {
            to_js_error(CceLintError::new(
                kind,
                format!("cannot read {} as JSON", type_name(&value)),
            ))
        })
}

fn type_name(value: &JsValue) -> String {
    value.js_typeof().as_string().unwrap_or_default()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value).map_err(|error| {
        to_js_error(CceLintError::new(
            ErrorKind::InvalidArgument,
            error.to_string(),
        ))
    })?;
    js_sys::JSON::parse(&json)
}

fn to_js_error(error: CceLintError) -> JsValue {
    let thrown = js_sys::Error::new(&error.message);
    thrown.set_name("CceLintError");
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&thrown, &"kind".into(), &error.kind.as_str().into());
    thrown.into()
}
