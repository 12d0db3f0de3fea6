//! `--format sarif`: SARIF 2.1.0 (OASIS), for code scanning. One run; the driver lists the
//! whole rule catalogue (metadata, help text and help URI), each result refers to its rule by
//! id and index, locates itself by region and by JSON pointer (a logical location), and has a
//! fingerprint that does not depend on lines: a hash of path, rule code and pointer.

use std::io::Write;

use cce_lint::rules::{self, RuleMeta};
use cce_lint::{ColumnUnit, Lang, Severity};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::Checked;

/// The SARIF schema the output follows.
const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule_descriptor(meta: &RuleMeta) -> Value {
    let docs = rules::docs(meta, Lang::En);
    json!({
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": meta.summary_en},
        "fullDescription": {"text": meta.summary_en},
        "helpUri": meta.url(),
        "help": {"text": docs, "markdown": docs},
        "defaultConfiguration": {"level": level(meta.severity)},
        "properties": {"tags": [meta.group.name()]},
    })
}

/// A URI reference for a path: `/` separators, percent-encoding where a URI needs it.
fn artifact_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(byte));
            }
            other => uri.push_str(&format!("%{other:02X}")),
        }
    }
    if path.starts_with('/') {
        format!("file://{uri}")
    } else {
        uri
    }
}

/// A stable fingerprint of a finding: path, rule code and pointer (not lines, which move).
fn fingerprint(path: &str, code: &str, pointer: &str) -> String {
    let mut hasher = Sha256::new();
    for part in [path, code, pointer] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

pub(super) fn write(out: &mut impl Write, checked: &[Checked]) -> std::io::Result<()> {
    let catalogue = rules::all();
    let mut results = Vec::new();
    for file in checked {
        let result = &file.result;
        let uri = if file.path == "-" {
            "stdin".to_owned()
        } else {
            artifact_uri(&file.path)
        };
        for (diagnostic, start, end) in result.located(ColumnUnit::Chars) {
            let rule_index = catalogue
                .iter()
                .position(|rule| rule.meta.code == diagnostic.code);
            let mut entry = json!({
                "ruleId": diagnostic.code,
                "level": level(diagnostic.severity),
                "message": {"text": format!("{} {}", diagnostic.message, diagnostic.help).trim_end()},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {
                            "startLine": start.line,
                            "startColumn": start.column,
                            "endLine": end.line,
                            "endColumn": end.column,
                            "byteOffset": diagnostic.span.start,
                            "byteLength": diagnostic.span.len(),
                        },
                    },
                    "logicalLocations": [{
                        "fullyQualifiedName": diagnostic.pointer.to_string(),
                        "kind": "member",
                    }],
                }],
                "partialFingerprints": {
                    "cceLintFinding/v1": fingerprint(&uri, &diagnostic.code, diagnostic.pointer.as_str()),
                },
            });
            if let (Some(rule_index), Value::Object(object)) = (rule_index, &mut entry) {
                object.insert("ruleIndex".into(), json!(rule_index));
            }
            results.push(entry);
        }
    }
    let log = json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "cce-lint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": catalogue.iter().map(|rule| rule_descriptor(rule.meta)).collect::<Vec<_>>(),
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(artifact_uri("dir/a b%.json"), "dir/a%20b%25.json");
        assert_eq!(artifact_uri("/tmp/x.json"), "file:///tmp/x.json");
    }

    #[test]
    fn fingerprints_ignore_nothing_but_lines() {
        let a = fingerprint("a.json", "CCE005", "/cluster/x");
        assert_eq!(a, fingerprint("a.json", "CCE005", "/cluster/x"));
        assert_ne!(a, fingerprint("b.json", "CCE005", "/cluster/x"));
        assert_ne!(a, fingerprint("a.json", "CCE006", "/cluster/x"));
        assert_ne!(a, fingerprint("a.json", "CCE005", "/cluster/y"));
    }
}
