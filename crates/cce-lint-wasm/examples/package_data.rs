//! Prints, as JSON, the data the npm package bundles beside its WebAssembly module: every
//! kind's JSON Schema (as JSON text, keyed by the `$ref` the module's `schema` returns) and
//! every rule's summary and documentation in English and Chinese (keyed by code). Both come
//! from the same functions as the module's own answers (`api::schema`, `api::explain`), run
//! natively with the `docs` feature; `scripts/build.sh` turns the output into the package's
//! data modules.
//!
//! `cargo run -p cce-lint-wasm --features docs --example package-data`

use cce_lint_wasm::api::{self, Kind, Language};
use serde_json::{json, Map, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut schemas = Map::new();
    for kind in Kind::ALL {
        let key = api::schema_reference(Some(kind))["$ref"].clone();
        let text = serde_json::to_string(&api::schema(Some(kind)))?;
        schemas.insert(
            key.as_str().unwrap_or_default().to_owned(),
            Value::from(text),
        );
    }
    let mut docs = Map::new();
    for rule in api::rules() {
        let en = api::explain(&rule.code, Language::En)?;
        let zh = api::explain(&rule.code, Language::Zh)?;
        docs.insert(
            rule.code,
            json!({
                "en": {"summary": en.summary, "docs": en.docs},
                "zh": {"summary": zh.summary, "docs": zh.docs},
            }),
        );
    }
    println!(
        "{}",
        serde_json::to_string(&json!({"schemas": schemas, "docs": docs}))?
    );
    Ok(())
}
