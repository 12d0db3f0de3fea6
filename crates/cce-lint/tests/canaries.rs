//! Secret canaries: the value of every secret field (`x-cce-secret` in the create-cluster
//! schema) never appears in any output — diagnostics (message, help, labels, fix),
//! `result.source`, the JSON report and the miette-rendered report — including findings about
//! that very field: a weak value, a wrong type, a duplicate, a case variant, a misspelling and
//! a syntax error after it.

use cce_lint::report::{JsonFile, JsonReport, MietteView};
use cce_lint::{lint, ColumnUnit, Lang, LintOptions, LintResult};
use serde_json::Value;

const SCHEMA: &str = include_str!("../../../schemas/create-cluster.schema.json");
const SEED: &str = include_str!("../../../tests/fixtures/seed/01-create-managed-master.json");

/// A secret field: its path of keys inside an `instanceSpec`.
#[derive(Debug, Clone)]
struct SecretField {
    path: Vec<String>,
}

impl SecretField {
    fn name(&self) -> &str {
        self.path.last().expect("a secret field has a name")
    }
}

fn definition<'s>(schema: &'s Value, reference: &str) -> &'s Value {
    let name = reference.trim_start_matches("#/$defs/");
    &schema["$defs"][name]
}

/// The `$ref` of a property, directly or inside `anyOf` (nullable references).
fn referenced<'s>(schema: &'s Value, property: &'s Value) -> Option<&'s Value> {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()?
            .iter()
            .find_map(|branch| branch["$ref"].as_str())
    })?;
    Some(definition(schema, reference))
}

/// Secret fields under a schema object, as key paths (following references two levels deep).
fn secret_paths(
    schema: &Value,
    object: &Value,
    prefix: &[String],
    depth: usize,
) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let Some(properties) = object["properties"].as_object() else {
        return out;
    };
    for (name, property) in properties {
        let mut path = prefix.to_vec();
        path.push(name.clone());
        if property["x-cce-secret"] == Value::Bool(true) {
            out.push(path);
        } else if depth > 0 {
            if let Some(child) = referenced(schema, property) {
                out.extend(secret_paths(schema, child, &path, depth - 1));
            }
        }
    }
    out
}

fn count_secret_flags(value: &Value) -> usize {
    match value {
        Value::Object(members) => {
            usize::from(members.get("x-cce-secret") == Some(&Value::Bool(true)))
                + members.values().map(count_secret_flags).sum::<usize>()
        }
        Value::Array(items) => items.iter().map(count_secret_flags).sum(),
        _ => 0,
    }
}

fn secret_fields() -> Vec<SecretField> {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let instance_spec = definition(&schema, "InstanceSpec");
    let fields: Vec<SecretField> = secret_paths(&schema, instance_spec, &[], 2)
        .into_iter()
        .map(|path| SecretField { path })
        .collect();
    assert_eq!(
        fields.len(),
        count_secret_flags(&schema),
        "every x-cce-secret field of the schema is reachable from InstanceSpec: {fields:?}"
    );
    fields
}

/// Seed 01 with `edit` applied to its first node's `instanceSpec`, pretty-printed.
fn request_with(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> String {
    let mut request: Value = serde_json::from_str(SEED).expect("seed 01 is JSON");
    let spec = request["nodes"][0]["instanceSpec"]
        .as_object_mut()
        .expect("seed 01 has an instanceSpec");
    spec.remove("adminPassword");
    edit(spec);
    serde_json::to_string_pretty(&request).expect("a Value serialises")
}

/// Sets `path` (creating objects on the way) to `value` inside `spec`.
fn set(spec: &mut serde_json::Map<String, Value>, path: &[String], value: Value) {
    let (last, parents) = path.split_last().expect("a non-empty path");
    let mut object = spec;
    for key in parents {
        object = object
            .entry(key.clone())
            .or_insert_with(|| Value::Object(serde_json::Map::new()))
            .as_object_mut()
            .expect("an object on the way");
    }
    object.insert(last.clone(), value);
}

/// Everything a user can see of one result, in both languages and every surface.
fn every_output(text: &str) -> Vec<(String, String)> {
    let mut outputs = Vec::new();
    for lang in [Lang::En, Lang::Zh] {
        let result = lint(text, &LintOptions::default().with_lang(lang));
        outputs.push((format!("{lang:?} source"), result.source.clone()));
        outputs.push((
            format!("{lang:?} diagnostics"),
            serde_json::to_string(&result.diagnostics).expect("diagnostics serialise"),
        ));
        outputs.push((format!("{lang:?} JSON report"), json_report(&result)));
        outputs.push((format!("{lang:?} miette report"), miette_report(&result)));
    }
    outputs
}

fn json_report(result: &LintResult) -> String {
    let file = JsonFile::new("request.json", result, ColumnUnit::Chars);
    serde_json::to_string(&JsonReport::new(vec![file])).expect("the report serialises")
}

fn miette_report(result: &LintResult) -> String {
    let source = miette::NamedSource::new("request.json", result.source.clone());
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_context_lines(3);
    let mut out = String::new();
    for diagnostic in &result.diagnostics {
        handler
            .render_report(&mut out, &MietteView::new(diagnostic, &source))
            .expect("rendering to a String cannot fail");
    }
    out
}

/// Asserts that no canary appears in any output of `text`, and that the input had them.
#[track_caller]
fn assert_never_shown(case: &str, text: &str, canaries: &[&str]) {
    for canary in canaries {
        assert!(text.contains(canary), "{case}: the input carries {canary}");
    }
    for (surface, output) in every_output(text) {
        for canary in canaries {
            assert!(
                !output.contains(canary),
                "{case}: {canary} appears in the {surface}:\n{output}"
            );
        }
    }
}

/// Asserts that linting `text` reports `code` (so the case exercises a finding about the field).
#[track_caller]
fn assert_reports(case: &str, text: &str, code: &str) {
    let result = lint(text, &LintOptions::default());
    assert!(
        result
            .diagnostics
            .iter()
            .any(|diagnostic| diagnostic.code == code),
        "{case}: expected {code}, got {:#?}",
        result.diagnostics
    );
}

#[test]
fn the_schema_names_the_known_secret_fields() {
    let names: Vec<String> = secret_fields()
        .iter()
        .map(|field| field.path.join("."))
        .collect();
    assert!(names.contains(&"adminPassword".to_owned()), "{names:?}");
    assert!(
        names.contains(&"aiInfraOption.serverLessRelayPW".to_owned()),
        "{names:?}"
    );
}

#[test]
fn a_strong_secret_is_masked() {
    for field in secret_fields() {
        let canary = "Canary7Strong#Secret9";
        let text = request_with(|spec| set(spec, &field.path, Value::from(canary)));
        assert_never_shown(&format!("strong {}", field.name()), &text, &[canary]);
    }
}

#[test]
fn a_weak_secret_is_masked_in_the_finding_about_it() {
    let fields = secret_fields();
    let field = fields
        .iter()
        .find(|field| field.path == ["adminPassword"])
        .expect("adminPassword is a secret field");
    let canary = "canaryzz";
    let text = request_with(|spec| set(spec, &field.path, Value::from(canary)));
    assert_reports("weak adminPassword", &text, "CCE536");
    assert_never_shown("weak adminPassword", &text, &[canary]);
}

#[test]
fn a_secret_of_the_wrong_type_is_masked() {
    for field in secret_fields() {
        for (shape, value, canaries) in [
            ("number", Value::from(918_273_645_u64), vec!["918273645"]),
            (
                "array",
                serde_json::json!(["CanaryInArray1"]),
                vec!["CanaryInArray1"],
            ),
            (
                "object",
                serde_json::json!({"inner": "CanaryInObject2"}),
                vec!["CanaryInObject2"],
            ),
            ("boolean", Value::Bool(true), vec![]),
        ] {
            let text = request_with(|spec| set(spec, &field.path, value));
            let case = format!("{} as {shape}", field.name());
            assert_reports(&case, &text, "CCE003");
            assert_never_shown(&case, &text, &canaries);
        }
    }
}

#[test]
fn duplicate_secrets_are_all_masked() {
    for field in secret_fields() {
        let (first, second) = ("CanaryFirst#Dup1", "CanarySecond#Dup2");
        let text = request_with(|spec| set(spec, &field.path, Value::from(first)));
        let key = format!("\"{}\": \"{first}\"", field.name());
        let duplicated = format!("{key},\n\"{}\": \"{second}\"", field.name());
        assert!(text.contains(&key), "{text}");
        let text = text.replacen(&key, &duplicated, 1);
        let case = format!("duplicate {}", field.name());
        assert_reports(&case, &text, "CCE007");
        assert_never_shown(&case, &text, &[first, second]);
    }
}

#[test]
fn secrets_under_case_variant_keys_are_masked() {
    for field in secret_fields() {
        let canary = "CanaryCase#Variant3";
        let mut path = field.path.clone();
        let last = path.last_mut().expect("a name");
        *last = last.to_uppercase();
        let text = request_with(|spec| set(spec, &path, Value::from(canary)));
        let case = format!("upper-case {}", field.name());
        assert_reports(&case, &text, "CCE006");
        assert_never_shown(&case, &text, &[canary]);
    }
}

#[test]
fn secrets_under_misspelt_keys_are_masked() {
    for field in secret_fields() {
        let canary = "CanaryMisspelt#Key4";
        let mut path = field.path.clone();
        let last = path.last_mut().expect("a name");
        // Drop one letter from the middle: `adminPasword`, `serverLessRelyPW`.
        last.remove(last.len() / 2);
        let text = request_with(|spec| set(spec, &path, Value::from(canary)));
        let case = format!("misspelt {}", field.name());
        assert_reports(&case, &text, "CCE005");
        assert_never_shown(&case, &text, &[canary]);
    }
}

#[test]
fn a_secret_before_a_syntax_error_is_masked() {
    for field in secret_fields() {
        let canary = "CanaryBefore#Syntax5";
        let text = request_with(|spec| set(spec, &field.path, Value::from(canary)));
        // Cut the document right after the secret: an unterminated object.
        let end = text.find(canary).expect("present") + canary.len() + 1;
        let truncated = &text[..end];
        let case = format!("{} then end of input", field.name());
        assert_reports(&case, truncated, "CCE001");
        assert_never_shown(&case, truncated, &[canary]);
        // A trailing comma after it.
        let with_comma = text.replacen(&format!("\"{canary}\""), &format!("\"{canary}\",,"), 1);
        assert_reports(&case, &with_comma, "CCE001");
        assert_never_shown(&format!("{} then ,,", field.name()), &with_comma, &[canary]);
    }
}
