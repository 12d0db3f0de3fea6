//! The planted-defect corpus (`tests/fixtures/planted/`): realistic create-cluster requests that
//! must lint without errors, and copies of them with exactly one realistic mistake each, which
//! must be reported with the expected code at the expected pointer — and with no other error.
//!
//! `manifest.json` lists every file: `valid` entries (`file`, optional `context`) and `defects`
//! entries (`file`, `base` — the valid file it was made from, `defect` — what was planted, `code`
//! and `pointer` of the expected finding, optional `also` — errors the defect necessarily
//! causes as well, optional `context` — the network context file).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cce_lint::{lint_bytes, Diagnostic, LintOptions, LintResult, NetworkContext, Severity};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    valid: Vec<ValidEntry>,
    defects: Vec<DefectEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ValidEntry {
    file: String,
    context: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DefectEntry {
    file: String,
    base: String,
    defect: String,
    code: String,
    pointer: String,
    #[serde(default)]
    also: Vec<Expected>,
    context: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    code: String,
    pointer: String,
}

/// A finding's identity: `(code, pointer)`.
type Key = (String, String);

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/planted")
}

fn manifest() -> Manifest {
    let path = corpus_root().join("manifest.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn lint_file(file: &str, context: Option<&str>) -> LintResult {
    let root = corpus_root();
    let path = root.join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let network = context.map(|name| {
        let context_path = root.join(name);
        let text = std::fs::read_to_string(&context_path)
            .unwrap_or_else(|error| panic!("{}: {error}", context_path.display()));
        NetworkContext::from_json(&text)
            .unwrap_or_else(|error| panic!("{}: {error}", context_path.display()))
    });
    lint_bytes(&bytes, &LintOptions::default().with_network(network))
}

fn key(diagnostic: &Diagnostic) -> Key {
    (diagnostic.code.to_string(), diagnostic.pointer.to_string())
}

fn error_keys(result: &LintResult) -> BTreeSet<Key> {
    result
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Error)
        .map(key)
        .collect()
}

fn listing(result: &LintResult) -> String {
    let mut text = String::new();
    for diagnostic in &result.diagnostics {
        let _ = writeln!(
            text,
            "    {:?} {} {}: {}",
            diagnostic.severity, diagnostic.code, diagnostic.pointer, diagnostic.message
        );
    }
    text
}

/// Every `adminPassword` value of the document, to check that none is echoed.
fn admin_passwords(value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (name, child) in map {
                match child {
                    serde_json::Value::String(secret)
                        if name == "adminPassword" && !secret.is_empty() =>
                    {
                        found.push(secret.clone());
                    }
                    _ => admin_passwords(child, found),
                }
            }
        }
        serde_json::Value::Array(items) => {
            items.iter().for_each(|item| admin_passwords(item, found))
        }
        _ => {}
    }
}

fn echoed_secrets(file: &str, result: &LintResult) -> Vec<String> {
    let text = std::fs::read_to_string(corpus_root().join(file)).unwrap_or_default();
    let document: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    let mut secrets = Vec::new();
    admin_passwords(&document, &mut secrets);
    result
        .diagnostics
        .iter()
        .filter(|diagnostic| {
            secrets.iter().any(|secret| {
                diagnostic.message.contains(secret) || diagnostic.help.contains(secret)
            })
        })
        .map(|diagnostic| format!("{} {}", diagnostic.code, diagnostic.pointer))
        .collect()
}

#[test]
fn manifest_lists_every_file_and_enough_cases() {
    let manifest = manifest();
    let listed: BTreeSet<String> = manifest
        .valid
        .iter()
        .map(|entry| entry.file.clone())
        .chain(manifest.defects.iter().map(|entry| entry.file.clone()))
        .collect();
    assert_eq!(
        listed.len(),
        manifest.valid.len() + manifest.defects.len(),
        "a file is listed twice"
    );
    let contexts: BTreeSet<String> = manifest
        .valid
        .iter()
        .filter_map(|entry| entry.context.clone())
        .chain(
            manifest
                .defects
                .iter()
                .filter_map(|entry| entry.context.clone()),
        )
        .collect();
    let on_disk: BTreeSet<String> = std::fs::read_dir(corpus_root())
        .expect("the planted corpus directory")
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| {
            name.ends_with(".json") && name != "manifest.json" && !contexts.contains(name)
        })
        .collect();
    assert_eq!(
        listed, on_disk,
        "manifest.json and the files on disk differ"
    );
    let valid: BTreeSet<&str> = manifest
        .valid
        .iter()
        .map(|entry| entry.file.as_str())
        .collect();
    for defect in &manifest.defects {
        assert!(
            valid.contains(defect.base.as_str()),
            "{}: base {} is not a valid file",
            defect.file,
            defect.base
        );
        assert!(
            !defect.defect.is_empty(),
            "{}: describe the planted defect",
            defect.file
        );
    }
    assert!(
        manifest.valid.len() >= 12,
        "only {} valid requests",
        manifest.valid.len()
    );
    assert!(
        manifest.defects.len() >= 40,
        "only {} defect requests",
        manifest.defects.len()
    );
}

#[test]
fn valid_requests_have_no_errors() {
    let mut failures = String::new();
    for entry in manifest().valid {
        let result = lint_file(&entry.file, entry.context.as_deref());
        if result.has_errors() {
            let _ = writeln!(failures, "{} has errors:\n{}", entry.file, listing(&result));
        }
        let echoed = echoed_secrets(&entry.file, &result);
        if !echoed.is_empty() {
            let _ = writeln!(
                failures,
                "{} echoes adminPassword in {echoed:?}",
                entry.file
            );
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn each_planted_defect_is_the_only_new_error_at_its_pointer() {
    let manifest = manifest();
    let mut failures = String::new();
    for defect in &manifest.defects {
        let base_context = manifest
            .valid
            .iter()
            .find(|entry| entry.file == defect.base)
            .and_then(|entry| entry.context.as_deref());
        let base_errors = error_keys(&lint_file(&defect.base, base_context));
        let result = lint_file(&defect.file, defect.context.as_deref());
        let reported: BTreeSet<Key> = result.diagnostics.iter().map(key).collect();
        let planted = (defect.code.clone(), defect.pointer.clone());
        let also: BTreeSet<Key> = defect
            .also
            .iter()
            .map(|expected| (expected.code.clone(), expected.pointer.clone()))
            .collect();
        let mut problems = Vec::new();
        if !reported.contains(&planted) {
            problems.push(format!("missed {} at {}", planted.0, planted.1));
        }
        for (code, pointer) in also.difference(&reported) {
            problems.push(format!("missed the accompanying {code} at {pointer}"));
        }
        for (code, pointer) in error_keys(&result) {
            let explained = base_errors.contains(&(code.clone(), pointer.clone()))
                || also.contains(&(code.clone(), pointer.clone()))
                || (code == planted.0 && pointer == planted.1);
            if !explained {
                problems.push(format!("unexpected error {code} at {pointer}"));
            }
        }
        let echoed = echoed_secrets(&defect.file, &result);
        if !echoed.is_empty() {
            problems.push(format!("adminPassword echoed in {echoed:?}"));
        }
        if !problems.is_empty() {
            let _ = writeln!(
                failures,
                "{} ({}): {}\n{}",
                defect.file,
                defect.defect,
                problems.join("; "),
                listing(&result)
            );
        }
    }
    assert!(failures.is_empty(), "{failures}");
}
