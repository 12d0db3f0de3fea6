//! The JSON Schemas checked in under `schemas/`: drift from the model, meta checks, and
//! validation of the fixtures with the `jsonschema` crate.
//!
//! Regenerate the files with `UPDATE_SCHEMA=1 cargo test -p cce-lint --test schema`.

use std::fs;
use std::path::{Path, PathBuf};

use cce_lint::schema::{schema, schema_file, DEFAULT_EXTENSION, SCHEMA_DIALECT};
use cce_lint::DocumentKind;
use serde_json::{json, Map, Value};

const REGENERATE: &str = "run `UPDATE_SCHEMA=1 cargo test -p cce-lint --test schema` to regenerate";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema_path(kind: DocumentKind) -> PathBuf {
    repo_root().join("schemas").join(kind.schema_file_name())
}

// ---------------------------------------------------------------------------------------------
// Drift
// ---------------------------------------------------------------------------------------------

/// A short summary of how `generated` differs from `checked_in`: the changed line range and its
/// first lines.
fn diff_summary(checked_in: &str, generated: &str) -> String {
    const SHOWN: usize = 6;
    let old: Vec<&str> = checked_in.lines().collect();
    let new: Vec<&str> = generated.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = &old[prefix..old.len() - suffix];
    let added = &new[prefix..new.len() - suffix];
    let mut summary = format!(
        "  from line {}: {} line(s) checked in, {} line(s) generated\n",
        prefix + 1,
        removed.len(),
        added.len()
    );
    for (sign, lines) in [('-', removed), ('+', added)] {
        for line in lines.iter().take(SHOWN) {
            summary.push_str(&format!("  {sign} {line}\n"));
        }
        if lines.len() > SHOWN {
            summary.push_str(&format!("  {sign} … ({} more)\n", lines.len() - SHOWN));
        }
    }
    if removed.is_empty() && added.is_empty() {
        summary.push_str("  (only line endings or the final newline differ)\n");
    }
    summary
}

#[test]
fn checked_in_schemas_match_the_model() {
    let update = std::env::var("UPDATE_SCHEMA").is_ok_and(|value| value == "1");
    let mut stale = Vec::new();
    for kind in DocumentKind::ALL {
        let path = schema_path(kind);
        let generated = schema_file(kind);
        let checked_in = fs::read_to_string(&path).ok();
        if checked_in.as_deref() == Some(generated.as_str()) {
            continue;
        }
        if update {
            fs::create_dir_all(path.parent().expect("schemas/ has a parent"))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            fs::write(&path, &generated).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            continue;
        }
        let summary = match checked_in {
            Some(checked_in) => diff_summary(&checked_in, &generated),
            None => "  missing\n".to_owned(),
        };
        stale.push(format!("schemas/{}:\n{summary}", kind.schema_file_name()));
    }
    assert!(
        stale.is_empty(),
        "{} schema file(s) out of date:\n{}{REGENERATE}",
        stale.len(),
        stale.concat()
    );
}

#[test]
fn every_schema_file_belongs_to_a_kind() {
    let names: Vec<String> = DocumentKind::ALL
        .iter()
        .map(|kind| kind.schema_file_name())
        .collect();
    let directory = repo_root().join("schemas");
    for entry in fs::read_dir(&directory).unwrap_or_else(|e| panic!("{directory:?}: {e}")) {
        let name = entry.expect("directory entry").file_name();
        let name = name.to_string_lossy();
        assert!(
            !name.ends_with(".json") || names.iter().any(|known| *known == name),
            "schemas/{name} is not generated from any document kind; delete it"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Meta checks
// ---------------------------------------------------------------------------------------------

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
    })
}

/// Calls `visit` with the JSON pointer of every sub-schema of `schema` (itself included), the
/// `$defs` too.
fn walk_schemas<'s>(schema: &'s Value, pointer: &str, visit: &mut impl FnMut(&str, &'s Value)) {
    visit(pointer, schema);
    let Value::Object(object) = schema else {
        return;
    };
    for (keyword, child) in object {
        let here = format!("{pointer}/{}", keyword.replace('~', "~0").replace('/', "~1"));
        match (keyword.as_str(), child) {
            ("properties" | "patternProperties" | "$defs", Value::Object(schemas)) => {
                for (name, schema) in schemas {
                    let name = name.replace('~', "~0").replace('/', "~1");
                    walk_schemas(schema, &format!("{here}/{name}"), visit);
                }
            }
            ("anyOf" | "oneOf" | "allOf" | "prefixItems", Value::Array(schemas)) => {
                for (index, schema) in schemas.iter().enumerate() {
                    walk_schemas(schema, &format!("{here}/{index}"), visit);
                }
            }
            (
                "additionalProperties" | "items" | "contains" | "not" | "if" | "then" | "else"
                | "propertyNames",
                schema,
            ) => walk_schemas(schema, &here, visit),
            _ => {}
        }
    }
}

/// The Chinese name of each API: its section title in the seed API document.
fn api_name_zh(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::CreateCluster | DocumentKind::CreateClusterResponse => "创建集群",
        DocumentKind::ListClustersQuery | DocumentKind::ListClustersResponse => "集群列表",
        DocumentKind::GetClusterResponse => "集群详情",
        DocumentKind::DeleteClusterQuery | DocumentKind::DeleteClusterResponse => "删除集群",
        DocumentKind::ForbidDeleteRequest | DocumentKind::ForbidDeleteResponse => {
            "更新集群删除保护开关"
        }
        DocumentKind::GetEventStepsResponse => "获取集群事件步骤",
        other => panic!("no Chinese API name for {other}"),
    }
}

#[test]
fn roots_name_the_dialect_the_file_and_the_api() {
    for kind in DocumentKind::ALL {
        let schema = schema(kind);
        assert_eq!(schema["$schema"], json!(SCHEMA_DIALECT), "{kind}");
        assert_eq!(
            SCHEMA_DIALECT, "https://json-schema.org/draft/2020-12/schema",
            "{kind}"
        );
        let id = schema["$id"].as_str().unwrap_or_default();
        assert!(
            id.starts_with("https://") && id.ends_with(&format!("/{}", kind.schema_file_name())),
            "{kind}: $id `{id}`"
        );
        assert_eq!(schema["x-cce-endpoint"], json!(kind.endpoint()), "{kind}");
        for keyword in ["title", "description"] {
            let text = schema[keyword].as_str().unwrap_or_default();
            assert!(
                text.chars().any(|c| c.is_ascii_alphabetic()),
                "{kind}: the root {keyword} has no English: {text:?}"
            );
            assert!(
                text.contains(api_name_zh(kind)),
                "{kind}: the root {keyword} does not name the API {}: {text:?}",
                api_name_zh(kind)
            );
        }
    }
}

#[test]
fn every_property_has_an_english_and_chinese_description() {
    let mut missing = Vec::new();
    for kind in DocumentKind::ALL {
        let schema = schema(kind);
        walk_schemas(&schema, "", &mut |pointer, sub| {
            let Some(Value::Object(properties)) = sub.get("properties") else {
                return;
            };
            for (name, property) in properties {
                let description = property["description"].as_str().unwrap_or_default().trim();
                if description.is_empty()
                    || !has_cjk(description)
                    || !description.chars().any(|c| c.is_ascii_alphabetic())
                {
                    missing.push(format!("{kind}: {pointer}/properties/{name}: {description:?}"));
                }
            }
        });
    }
    assert!(
        missing.is_empty(),
        "{} properties lack an English + Chinese description (fill the model's doc comment):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn enums_are_non_empty_and_described() {
    for kind in DocumentKind::ALL {
        let schema = schema(kind);
        walk_schemas(&schema, "", &mut |pointer, sub| {
            if let Some(values) = sub.get("enum") {
                let values = values.as_array().expect("`enum` is an array");
                assert!(!values.is_empty(), "{kind}: empty enum at {pointer}");
                if let Some(descriptions) = sub.get("enumDescriptions") {
                    assert_eq!(
                        descriptions.as_array().map(Vec::len),
                        Some(values.len()),
                        "{kind}: enumDescriptions at {pointer}"
                    );
                }
            }
        });
    }
}

#[test]
fn only_documented_defaults_remain_and_they_are_valid() {
    for kind in DocumentKind::ALL {
        let schema = schema(kind);
        let defs = schema.get("$defs").cloned().unwrap_or_else(|| json!({}));
        walk_schemas(&schema, "", &mut |pointer, sub| {
            assert!(
                sub.get(DEFAULT_EXTENSION).is_none(),
                "{kind}: {DEFAULT_EXTENSION} left at {pointer}"
            );
            let Some(default) = sub.get("default") else {
                return;
            };
            assert!(
                !default.is_null() && !default.is_object() && !default.is_array(),
                "{kind}: derived default {default} at {pointer}"
            );
            // The default is a value the property accepts (with the document's `$defs`).
            let mut standalone: Map<String, Value> = sub.as_object().cloned().unwrap_or_default();
            standalone.insert("$schema".into(), json!(SCHEMA_DIALECT));
            standalone.insert("$defs".into(), defs.clone());
            let validator = jsonschema::validator_for(&Value::Object(standalone))
                .unwrap_or_else(|e| panic!("{kind}: {pointer}: {e}"));
            assert!(
                validator.is_valid(default),
                "{kind}: default {default} at {pointer} is not a valid value"
            );
        });
    }
}

#[test]
fn documented_server_defaults_are_kept() {
    let create = schema(DocumentKind::CreateCluster);
    let network = &create["$defs"]["ContainerNetworkConfig"]["properties"];
    for (key, expected) in [
        ("mode", json!("kubenet")),
        ("ipVersion", json!("ipv4")),
        ("maxPodsPerNode", json!(128)),
        ("kubeProxyMode", json!("ipvs")),
        ("nodePortRangeMin", json!(30000)),
        ("nodePortRangeMax", json!(32767)),
    ] {
        assert_eq!(network[key]["default"], expected, "containerNetworkConfig.{key}");
    }
    // Hand-written zero values stay; Go zero values and default structs go.
    let cluster = &create["$defs"]["ClusterSpec"]["properties"];
    assert_eq!(cluster["forbidDelete"]["default"], json!(false));
    assert_eq!(cluster["clusterName"].get("default"), None);
    assert_eq!(create["properties"]["cluster"].get("default"), None);
    let query = schema(DocumentKind::ListClustersQuery);
    assert_eq!(query["properties"]["keyword"]["default"], json!(""));
    assert_eq!(query["properties"]["pageSize"]["default"], json!(10));
}

#[test]
fn schemas_are_valid_draft_2020_12() {
    for kind in DocumentKind::ALL {
        let schema = schema(kind);
        if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
            panic!(
                "{kind}: not a valid draft 2020-12 schema: {error} at {}",
                error.instance_path()
            );
        }
        jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{kind}: {e}"));
    }
}

// ---------------------------------------------------------------------------------------------
// Validation of the fixtures
// ---------------------------------------------------------------------------------------------

fn validator(kind: DocumentKind) -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema(kind)).unwrap_or_else(|e| panic!("{kind}: {e}"))
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every valid fixture with the kind whose schema must accept it.
fn valid_fixtures() -> Vec<(PathBuf, DocumentKind)> {
    let fixtures = repo_root().join("tests/fixtures");
    let mut out = Vec::new();
    for (directory, seed) in [("seed", true), ("realworld", false)] {
        let directory = fixtures.join(directory);
        let mut entries: Vec<PathBuf> = fs::read_dir(&directory)
            .unwrap_or_else(|e| panic!("{}: {e}", directory.display()))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        entries.sort();
        for path in entries {
            let stem = path
                .file_stem()
                .and_then(|stem| stem.to_str())
                .unwrap_or_default()
                .to_owned();
            let kind = if !seed || stem.starts_with(['0', '1', '2', '3']) {
                DocumentKind::CreateCluster
            } else if stem == "cds-fragment" {
                continue; // not JSON: the seed's `......` excerpt
            } else {
                stem.parse()
                    .unwrap_or_else(|_| panic!("seed fixture {stem}.json: no kind of that name"))
            };
            out.push((path, kind));
        }
    }
    out
}

#[test]
fn valid_fixtures_are_accepted() {
    let fixtures = valid_fixtures();
    for kind in DocumentKind::ALL {
        assert!(
            fixtures.iter().any(|(_, k)| *k == kind),
            "no valid fixture for {kind}"
        );
    }
    assert!(
        fixtures.len() >= 21,
        "only {} fixtures found",
        fixtures.len()
    );
    let mut rejected = Vec::new();
    for (path, kind) in &fixtures {
        let errors = errors(&validator(*kind), &read_json(path));
        if !errors.is_empty() {
            rejected.push(format!(
                "{} ({kind}):\n  {}",
                path.display(),
                errors.join("\n  ")
            ));
        }
    }
    assert!(
        rejected.is_empty(),
        "valid fixtures rejected by their schema:\n{}",
        rejected.join("\n")
    );
}

fn seed(name: &str) -> Value {
    read_json(&repo_root().join("tests/fixtures/seed").join(name))
}

/// `document` with `value` set at `pointer` (replaced, or added to the parent object).
fn with(mut document: Value, pointer: &str, value: Value) -> Value {
    if let Some(slot) = document.pointer_mut(pointer) {
        *slot = value;
        return document;
    }
    let (parent, key) = pointer.rsplit_once('/').expect("a non-root pointer");
    document
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("{parent} is not an object in the fixture"))
        .insert(key.to_owned(), value);
    document
}

#[test]
fn wrong_bodies_are_rejected() {
    let create = validator(DocumentKind::CreateCluster);
    let managed = seed("01-create-managed-master.json");
    let custom = seed("02-create-custom-master.json");
    assert!(create.is_valid(&managed) && create.is_valid(&custom));
    for (document, pointer, value, keyword) in [
        (&managed, "/cluster/containerNetworkConfig/maxPodsPerNode", json!("64"), "type"),
        (&managed, "/cluster/masterConfig/masterType", json!("Managed"), "enum"),
        (&managed, "/nodes/0/count", json!(1.5), "type"),
        (&managed, "/cluster/forbidDelete", json!("false"), "type"),
        (&managed, "/nodes", json!({"count": 1}), "type"),
        (&custom, "/masters/0/instanceSpec/instanceResource", json!({"cpu": "4"}), "type"),
    ] {
        let wrong = with(document.clone(), pointer, value.clone());
        let errors = errors(&create, &wrong);
        assert!(
            errors.iter().any(|error| error.starts_with(pointer)),
            "{pointer} = {value} should be rejected ({keyword}); errors: {errors:?}"
        );
    }

    let forbid = validator(DocumentKind::ForbidDeleteRequest);
    assert!(forbid.is_valid(&seed("forbid-delete-request.json")));
    assert!(!forbid.is_valid(&json!({})), "forbidDelete is required");
    assert!(!forbid.is_valid(&json!({"forbidDelete": "true"})));

    let list = validator(DocumentKind::ListClustersQuery);
    assert!(list.is_valid(&seed("list-clusters-query.json")));
    assert!(!list.is_valid(&json!({"pageNo": 0})), "pageNo below 1");
    assert!(!list.is_valid(&json!({"order": "asc"})), "order is upper case");

    let delete = validator(DocumentKind::DeleteClusterQuery);
    assert!(!delete.is_valid(&json!({"deleteResource": "true"})));
}

/// The documented decision (see `cce_lint::schema`): keys are matched case-sensitively and
/// unknown keys are allowed, so a case variant validates without being type-checked, and the
/// linter reports it instead.
#[test]
fn case_variants_and_unknown_keys_are_left_to_the_linter() {
    let create = validator(DocumentKind::CreateCluster);
    let custom = seed("02-create-custom-master.json");
    let resource = custom
        .pointer("/masters/0/instanceSpec/instanceResource")
        .and_then(Value::as_object)
        .expect("the custom-master seed has masters[0].instanceSpec.instanceResource");
    assert!(
        resource.contains_key("CPU") && resource.contains_key("MEM"),
        "the seed spells cpu/mem in upper case: {resource:?}"
    );
    assert!(create.is_valid(&custom));
    for root_schema in DocumentKind::ALL.map(schema) {
        walk_schemas(&root_schema, "", &mut |pointer, sub| {
            assert_ne!(
                sub.get("additionalProperties"),
                Some(&json!(false)),
                "additionalProperties: false at {pointer}"
            );
        });
    }
    let unknown = with(
        custom,
        "/cluster/containerNetworkConfig",
        json!({"MaxPodsPerNode": "64", "exposedPubic": true}),
    );
    assert!(create.is_valid(&unknown));
}
