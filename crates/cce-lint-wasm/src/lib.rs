//! cce-lint for JavaScript: the core compiled to WebAssembly, exported with wasm-bindgen.
//!
//! The exports (`lint`, `schema`, `rules`, `explain`, `applyFixes`) are thin: they convert
//! between JavaScript values and the plain Rust of [`api`], whose types also generate the
//! package's TypeScript declarations (tsify). Values cross the boundary as JSON text
//! (`JSON.parse` on the JavaScript side), which keeps the module small and the calls few.
//! Every failure is thrown as an `Error` named `CceLintError` with a `kind`; findings about the
//! input are diagnostics, never errors.

pub mod api;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::api::{CceLintError, ErrorKind, Kind, Language};

#[wasm_bindgen]
extern "C" {
    /// A string; anything else is an `invalid-argument` error.
    #[wasm_bindgen(typescript_type = "string")]
    pub type TextArgument;
    /// A document: its text, or its bytes (encoding problems are then reported, as the CLI does).
    #[wasm_bindgen(typescript_type = "string | Uint8Array")]
    pub type DocumentArgument;
    /// `LintOptions`, read through its JSON form.
    #[wasm_bindgen(typescript_type = "LintOptions")]
    pub type OptionsArgument;
    /// A `Kind`.
    #[wasm_bindgen(typescript_type = "Kind")]
    pub type KindArgument;
    /// A `Language`.
    #[wasm_bindgen(typescript_type = "Language")]
    pub type LanguageArgument;
}

/// Lints a document (a JSON request body, or query parameters as a JSON object), given as text
/// or as bytes.
///
/// Returns the same findings as `cce-lint check --format json`, with columns in UTF-16 code
/// units. Throws a `CceLintError` only for bad arguments.
#[wasm_bindgen(js_name = lint, unchecked_return_type = "LintReport")]
pub fn lint_js(
    document: DocumentArgument,
    options: Option<OptionsArgument>,
) -> Result<JsValue, JsValue> {
    let document: JsValue = document.into();
    let document = match document.dyn_ref::<js_sys::Uint8Array>() {
        Some(bytes) => api::Document::Bytes(bytes.to_vec()),
        None => api::Document::Text(text_argument(&document)?),
    };
    let options = options_argument(options.map(JsValue::from))?;
    to_js(&api::lint(&document, options))
}

/// The JSON Schema (draft 2020-12) of a document kind (default `create-cluster`).
#[wasm_bindgen(js_name = schema, unchecked_return_type = "Record<string, unknown>")]
pub fn schema_js(kind: Option<KindArgument>) -> Result<JsValue, JsValue> {
    let kind: Option<Kind> =
        optional_argument(kind.map(JsValue::from), ErrorKind::InvalidArgument)?;
    to_js(&api::schema(kind))
}

/// Every rule of the catalogue, sorted by code.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules_js() -> Result<JsValue, JsValue> {
    to_js(&api::rules())
}

/// The documentation of the rule with this code, in English (default) or Chinese.
#[wasm_bindgen(js_name = explain, unchecked_return_type = "RuleExplanation")]
pub fn explain_js(code: TextArgument, lang: Option<LanguageArgument>) -> Result<JsValue, JsValue> {
    let code = text_argument(&code.into())?;
    let lang: Option<Language> =
        optional_argument(lang.map(JsValue::from), ErrorKind::InvalidArgument)?;
    let explanation = api::explain(&code, lang.unwrap_or_default()).map_err(to_js_error)?;
    to_js(&explanation)
}

/// Applies every safe fix of the document's findings with minimal text edits; returns the
/// new text, the fixes applied and the report of what is left.
#[wasm_bindgen(js_name = applyFixes, unchecked_return_type = "FixResult")]
pub fn apply_fixes_js(
    text: TextArgument,
    options: Option<OptionsArgument>,
) -> Result<JsValue, JsValue> {
    let text = text_argument(&text.into())?;
    let options = options_argument(options.map(JsValue::from))?;
    to_js(&api::apply_fixes(&text, options))
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
