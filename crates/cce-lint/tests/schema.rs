//! The JSON Schemas checked in under `schemas/`: drift from the model, meta checks, and
//! validation of the fixtures with the `jsonschema` crate.
//!
//! Regenerate the files with `UPDATE_SCHEMA=1 cargo test -p cce-lint --test schema`.

use std::fs;
use std::path::{Path, PathBuf};

use cce_lint::config::{config_schema_file, CONFIG_SCHEMA_FILE_NAME};
use cce_lint::schema::{
    catalog, catalog_file, file_match, schema, schema_file, shapes_file, split_description,
    CATALOG_FILE, DEFAULT_EXTENSION, SCHEMA_DIALECT,
};
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

/// A short summary of how `generated` differs from `checked_in`: the number of lines removed
/// and added (a longest-common-subsequence line diff) and the first changed lines.
fn diff_summary(checked_in: &str, generated: &str) -> String {
    const SHOWN: usize = 8;
    let old: Vec<&str> = checked_in.lines().collect();
    let new: Vec<&str> = generated.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (old_middle, new_middle) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    // `(sign, line number, text)` of each changed line, in order.
    let mut changes: Vec<(char, usize, &str)> = Vec::new();
    let (n, m) = (old_middle.len(), new_middle.len());
    if n.saturating_mul(m) <= 16_000_000 {
        // lcs[i * (m + 1) + j]: length of the LCS of old_middle[i..] and new_middle[j..].
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if old_middle[i] == new_middle[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && old_middle[i] == new_middle[j] {
                (i, j) = (i + 1, j + 1);
            } else if j == m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                changes.push(('-', prefix + i + 1, old_middle[i]));
                i += 1;
            } else {
                changes.push(('+', prefix + j + 1, new_middle[j]));
                j += 1;
            }
        }
    } else {
        changes.extend((0..n).map(|i| ('-', prefix + i + 1, old_middle[i])));
        changes.extend((0..m).map(|j| ('+', prefix + j + 1, new_middle[j])));
    }
    let removed = changes.iter().filter(|(sign, ..)| *sign == '-').count();
    let mut summary = format!(
        "  {removed} line(s) removed, {} added (- checked in, + generated)\n",
        changes.len() - removed
    );
    for (sign, line, text) in changes.iter().take(SHOWN) {
        summary.push_str(&format!("  {line:>5} {sign} {}\n", text.trim()));
    }
    if changes.len() > SHOWN {
        summary.push_str(&format!("        … {} more\n", changes.len() - SHOWN));
    }
    if changes.is_empty() {
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
    // The configuration file's schema (`.cce-lint.json`) drifts the same way.
    let path = repo_root().join("schemas").join(CONFIG_SCHEMA_FILE_NAME);
    let generated = config_schema_file();
    let checked_in = fs::read_to_string(&path).ok();
    if update && checked_in.as_deref() != Some(generated.as_str()) {
        fs::write(&path, &generated).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    } else if checked_in.as_deref() != Some(generated.as_str()) {
        let summary = match checked_in {
            Some(checked_in) => diff_summary(&checked_in, &generated),
            None => "  missing\n".to_owned(),
        };
        stale.push(format!("schemas/{CONFIG_SCHEMA_FILE_NAME}:\n{summary}"));
    }
    let catalog_path = repo_root().join("schemas").join(CATALOG_FILE);
    let checked_in = fs::read_to_string(&catalog_path).ok();
    if checked_in.as_deref() != Some(catalog_file().as_str()) {
        if update {
            fs::write(&catalog_path, catalog_file())
                .unwrap_or_else(|e| panic!("{}: {e}", catalog_path.display()));
        } else {
            let summary = match checked_in {
                Some(checked_in) => diff_summary(&checked_in, &catalog_file()),
                None => "  missing\n".to_owned(),
            };
            stale.push(format!("schemas/{CATALOG_FILE}:\n{summary}"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} schema file(s) out of date:\n{}{REGENERATE}",
        stale.len(),
        stale.concat()
    );
}

/// The compact schemas the structural pass compiles its shapes from
/// (`crates/cce-lint/shapes/<kind>.json`, embedded in the library) drift the same way.
#[test]
fn checked_in_shapes_match_the_model() {
    let update = std::env::var("UPDATE_SCHEMA").is_ok_and(|value| value == "1");
    let mut stale = Vec::new();
    for kind in DocumentKind::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("shapes")
            .join(format!("{}.json", kind.name()));
        let generated = shapes_file(kind);
        let checked_in = fs::read_to_string(&path).ok();
        if checked_in.as_deref() == Some(generated.as_str()) {
            continue;
        }
        if update {
            fs::write(&path, &generated).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            continue;
        }
        let summary = match checked_in {
            Some(checked_in) => diff_summary(&checked_in, &generated),
            None => "  missing\n".to_owned(),
        };
        stale.push(format!(
            "crates/cce-lint/shapes/{}.json:\n{summary}",
            kind.name()
        ));
    }
    assert!(
        stale.is_empty(),
        "{} shape file(s) out of date (rebuild the library after regenerating):\n{}{REGENERATE}",
        stale.len(),
        stale.concat()
    );
}

#[test]
fn every_schema_file_belongs_to_a_kind() {
    let mut names: Vec<String> = DocumentKind::ALL
        .iter()
        .map(|kind| kind.schema_file_name())
        .collect();
    names.push(CONFIG_SCHEMA_FILE_NAME.to_owned());
    let directory = repo_root().join("schemas");
    for entry in fs::read_dir(&directory).unwrap_or_else(|e| panic!("{directory:?}: {e}")) {
        let name = entry.expect("directory entry").file_name();
        let name = name.to_string_lossy();
        assert!(
            !name.ends_with(".json")
                || name == CATALOG_FILE
                || names.iter().any(|known| *known == name),
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
        let here = format!(
            "{pointer}/{}",
            keyword.replace('~', "~0").replace('/', "~1")
        );
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
                "additionalProperties"
                | "items"
                | "contains"
                | "not"
                | "if"
                | "then"
                | "else"
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
            // Declared properties: those of a typed schema (the `if`/`then` conditions that
            // mirror rules only constrain properties declared elsewhere).
            let (Some(Value::Object(properties)), Some(_)) =
                (sub.get("properties"), sub.get("type"))
            else {
                return;
            };
            for (name, property) in properties {
                let text = |keyword: &str| property[keyword].as_str().unwrap_or_default().trim();
                let (description, title, markdown) = (
                    text("description"),
                    text("title"),
                    text("markdownDescription"),
                );
                let split = split_description(description);
                let bilingual =
                    |text: &str| has_cjk(text) && text.chars().any(|c| c.is_ascii_alphabetic());
                let complete = bilingual(description)
                    && split.is_some_and(|(english, chinese)| {
                        has_cjk(chinese)
                            && english.chars().any(|c| c.is_ascii_alphabetic())
                            && title == format!("{chinese} ({name})")
                            && markdown.contains(english)
                            && markdown.contains(chinese)
                    });
                if !complete {
                    missing.push(format!(
                        "{kind}: {pointer}/properties/{name}: {description:?} / title {title:?} / markdown {markdown:?}"
                    ));
                }
            }
        });
    }
    assert!(
        missing.is_empty(),
        "{} properties lack an English + Chinese description, title or markdownDescription (fill the model's doc comment: \"English sentence. 中文术语\"):\n{}",
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
        assert_eq!(
            network[key]["default"], expected,
            "containerNetworkConfig.{key}"
        );
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
        (
            &managed,
            "/cluster/containerNetworkConfig/maxPodsPerNode",
            json!("64"),
            "type",
        ),
        (
            &managed,
            "/cluster/masterConfig/masterType",
            json!("Managed"),
            "enum",
        ),
        (&managed, "/nodes/0/count", json!(1.5), "type"),
        (&managed, "/cluster/forbidDelete", json!("false"), "type"),
        (&managed, "/nodes", json!({"count": 1}), "type"),
        (
            &custom,
            "/masters/0/instanceSpec/instanceResource",
            json!({"cpu": "4"}),
            "type",
        ),
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
    assert!(
        !list.is_valid(&json!({"order": "asc"})),
        "order is upper case"
    );

    let delete = validator(DocumentKind::DeleteClusterQuery);
    assert!(!delete.is_valid(&json!({"deleteResource": "true"})));
}

/// `document` with the key `from` of the object at `parent` renamed to `to` (value kept).
fn renamed(mut document: Value, parent: &str, from: &str, to: &str) -> Value {
    let object = document
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("{parent} is not an object in the fixture"));
    let value = object
        .shift_remove(from)
        .unwrap_or_else(|| panic!("no {parent}/{from} in the fixture"));
    object.insert(to.to_owned(), value);
    document
}

/// An unknown key (which the server drops silently) is rejected at its object, at every
/// depth, while every case variant of a declared key validates, as the Go decoder matches keys
/// case-insensitively (with its folds `ſ` ≡ `s` and the Kelvin sign ≡ `k`). Go maps take any
/// key. See `cce_lint::schema`.
#[test]
fn unknown_keys_are_rejected_and_case_variants_accepted() {
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
    assert_eq!(errors(&create, &custom), Vec::<String>::new());

    let managed = seed("01-create-managed-master.json");
    let group = json!([{"instanceGroupName": "g", "replicas": 1, "clusterAutoscalerSpec": {"enabled": false}}]);
    let managed = with(managed, "/nodeGroups", group);
    assert_eq!(errors(&create, &managed), Vec::<String>::new());
    for (parent, key) in [
        ("", "clsuter"),
        ("/cluster", "clusterNmae"),
        ("/cluster/masterConfig", "exposedPubic"),
        ("/cluster/containerNetworkConfig", "maxPodPerNode"),
        ("/nodes/0", "cuont"),
        ("/nodes/0/instanceSpec/instanceResource", "cpus"),
        (
            "/nodes/0/instanceSpec/vpcConfig/securityGroup",
            "enableCCERequiredSecurityGroups",
        ),
        // A nullable struct (`anyOf` with `null`).
        ("/nodeGroups/0/clusterAutoscalerSpec", "maxReplica"),
    ] {
        let body = with(managed.clone(), &format!("{parent}/{key}"), json!(1));
        let errors = errors(&create, &body);
        assert!(
            !errors.is_empty()
                && errors
                    .iter()
                    .all(|error| error.starts_with(&format!("{parent}: "))),
            "{parent}/{key} should be rejected at {parent:?}; errors: {errors:?}"
        );
        if parent != "/nodeGroups/0/clusterAutoscalerSpec" {
            assert!(
                errors
                    .iter()
                    .any(|error| error.contains(&format!("'{key}'"))),
                "{parent}/{key}: the error names the key: {errors:?}"
            );
        }
    }
    for (parent, canonical, variant) in [
        ("", "cluster", "CLUSTER"),
        ("", "nodes", "Nodes"),
        ("/cluster", "clusterName", "ClusterName"),
        // The Kelvin sign (U+212A) folds to k, `ſ` (U+017F) to s.
        ("/cluster", "k8sVersion", "\u{212A}8SVERSION"),
        ("/cluster/masterConfig", "masterType", "maſterType"),
        (
            "/cluster/containerNetworkConfig",
            "clusterPodCIDR",
            "clusterpodcidr",
        ),
        ("/nodes/0/instanceSpec/instanceResource", "cpu", "CPU"),
        ("/nodes/0/instanceSpec/instanceResource", "mem", "Mem"),
        ("/nodeGroups/0/clusterAutoscalerSpec", "enabled", "ENABLED"),
    ] {
        let body = renamed(managed.clone(), parent, canonical, variant);
        assert_eq!(
            errors(&create, &body),
            Vec::<String>::new(),
            "{parent}/{variant} is {canonical} for the server"
        );
        // A near miss of the variant is still unknown.
        let body = renamed(managed.clone(), parent, canonical, &format!("{variant}x"));
        assert!(!create.is_valid(&body), "{parent}/{variant}x is unknown");
    }
    // Go maps take any key; the struct values of a map are closed.
    let labels = with(
        managed.clone(),
        "/nodes/0/instanceSpec/labels",
        json!({"team": "a", "Team": "b", "x/y": "c"}),
    );
    assert_eq!(errors(&create, &labels), Vec::<String>::new());
    let plugins = "/cluster/pluginsConfig";
    let open = with(managed.clone(), plugins, json!({"any-plugin": {}}));
    assert_eq!(errors(&create, &open), Vec::<String>::new());
    let typo = with(managed, plugins, json!({"any-plugin": {"unknwon": 1}}));
    assert!(!create.is_valid(&typo));
}

/// Every object schema of a Go struct, in every kind, forbids additional properties beside
/// exactly one `patternProperties` regex, and that regex (as the `jsonschema` crate runs
/// ECMA-262) accepts each declared key in every case and nothing else; map schemas stay open.
#[test]
fn struct_schemas_accept_exactly_the_case_variants_of_their_keys() {
    let mut structs = 0;
    for kind in DocumentKind::ALL {
        let root = schema(kind);
        walk_schemas(&root, "", &mut |pointer, sub| {
            let declared = sub.get("properties").and_then(Value::as_object);
            let is_object =
                sub["type"] == json!("object") || sub["type"] == json!(["object", "null"]);
            if !is_object {
                return;
            }
            let Some(declared) = declared else {
                assert!(
                    sub.get("additionalProperties")
                        .is_some_and(Value::is_object),
                    "{kind}: {pointer}: a map is open: {sub}"
                );
                return;
            };
            structs += 1;
            assert_eq!(
                sub["additionalProperties"],
                json!(false),
                "{kind}: {pointer}"
            );
            let patterns = sub["patternProperties"]
                .as_object()
                .unwrap_or_else(|| panic!("{kind}: {pointer}: no patternProperties"));
            assert_eq!(patterns.len(), 1, "{kind}: {pointer}");
            let keys_only = jsonschema::draft202012::new(&json!({
                "type": "object",
                "patternProperties": patterns,
                "additionalProperties": false,
            }))
            .unwrap_or_else(|e| panic!("{kind}: {pointer}: {e}"));
            for key in declared.keys() {
                let swapped: String = key
                    .chars()
                    .map(|c| {
                        if c.is_lowercase() {
                            c.to_ascii_uppercase()
                        } else {
                            c.to_ascii_lowercase()
                        }
                    })
                    .collect();
                let folded: String = key
                    .chars()
                    .map(|c| match c {
                        's' | 'S' => 'ſ',
                        'k' | 'K' => '\u{212A}',
                        other => other,
                    })
                    .collect();
                for variant in [
                    key.clone(),
                    key.to_uppercase(),
                    key.to_lowercase(),
                    swapped,
                    folded,
                ] {
                    assert!(
                        keys_only.is_valid(&json!({ variant.clone(): 1 })),
                        "{kind}: {pointer}: `{variant}` is `{key}` for the server"
                    );
                }
                for near_miss in [format!("{key}_"), format!(" {key}"), key[1..].to_owned()] {
                    assert!(
                        declared
                            .keys()
                            .any(|other| other.eq_ignore_ascii_case(&near_miss))
                            || !keys_only.is_valid(&json!({ near_miss.clone(): 1 })),
                        "{kind}: {pointer}: `{near_miss}` is unknown"
                    );
                }
            }
        });
    }
    assert!(structs >= 70, "{structs} struct schemas");
}

// ---------------------------------------------------------------------------------------------
// Editor support: rules expressed in the schema, snippets, catalog
// ---------------------------------------------------------------------------------------------

/// A lint-clean managed-cluster body (the bundled example) to vary.
fn managed_example() -> Value {
    read_json(&repo_root().join("tests/fixtures/examples/managed-cluster.json"))
}

/// The codes cce-lint reports as errors for `body`.
fn lint_errors(body: &Value) -> Vec<String> {
    let result = cce_lint::lint(&body.to_string(), &cce_lint::LintOptions::default());
    result
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == cce_lint::Severity::Error)
        .map(|diagnostic| format!("{} {}", diagnostic.code, diagnostic.pointer.as_str()))
        .collect()
}

/// Values set at JSON pointers of a body.
type Changes = Vec<(String, Value)>;

/// The schema's conditions and bounds mirror cce-lint's error rules: on each variation of a
/// lint-clean body, the schema rejects it exactly when cce-lint reports the rule as an error.
#[test]
fn schema_rules_agree_with_the_linter() {
    let create = validator(DocumentKind::CreateCluster);
    let base = managed_example();
    assert!(create.is_valid(&base), "{:?}", errors(&create, &base));
    assert_eq!(lint_errors(&base), Vec::<String>::new());
    let node = "/nodes/0/instanceSpec";
    let existed = json!({"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN", "rebuild": true}});
    let cases: Vec<(&str, Changes, bool)> = vec![
        (
            "CCE102",
            vec![(
                "/masters".to_owned(),
                json!([{"count": 3, "instanceSpec": {"machineType": "BCC"}}]),
            )],
            true,
        ),
        (
            "CCE102",
            vec![("/masters".to_owned(), json!([{"count": 0}]))],
            false,
        ),
        (
            "CCE102",
            vec![(
                "/masters".to_owned(),
                json!([{"instanceSpec": existed.clone()}]),
            )],
            true,
        ),
        (
            "CCE102",
            vec![
                (
                    "/cluster/masterConfig/masterType".to_owned(),
                    json!("managedPro"),
                ),
                ("/masters".to_owned(), json!([{"count": 1}])),
            ],
            true,
        ),
        (
            "CCE703",
            vec![(
                "/cluster/k8sCustomConfig".to_owned(),
                json!({"enableKMSProvider": true}),
            )],
            true,
        ),
        (
            "CCE703",
            vec![(
                "/cluster/k8sCustomConfig".to_owned(),
                json!({"enableKMSProvider": true, "kmsKeyID": " "}),
            )],
            true,
        ),
        (
            "CCE703",
            vec![(
                "/cluster/k8sCustomConfig".to_owned(),
                json!({"enableKMSProvider": false}),
            )],
            false,
        ),
        (
            "CCE505",
            vec![(
                node.to_owned(),
                json!({"existed": true, "machineType": "BCC", "sshKeyID": "k-3uvrdvVq"}),
            )],
            true,
        ),
        (
            "CCE505",
            vec![(
                node.to_owned(),
                json!({"existed": true, "existedOption": {"existedInstanceID": ""}}),
            )],
            true,
        ),
        ("CCE505", vec![(node.to_owned(), existed.clone())], false),
        (
            "CCE218",
            vec![(
                "/cluster/resourceChargingOption".to_owned(),
                json!({"chargingType": "Prepaid"}),
            )],
            true,
        ),
        (
            "CCE218",
            vec![(
                "/cluster/resourceChargingOption".to_owned(),
                json!({"chargingType": "Prepaid", "purchaseTime": 1}),
            )],
            false,
        ),
        (
            "CCE540",
            vec![(format!("{node}/instanceChargingType"), json!("Prepaid"))],
            true,
        ),
        (
            "CCE540",
            vec![
                (format!("{node}/instanceChargingType"), json!("Prepaid")),
                (
                    format!("{node}/instancePreChargingOption"),
                    json!({"purchaseTime": 0}),
                ),
            ],
            true,
        ),
        (
            "CCE540",
            vec![
                (format!("{node}/instanceChargingType"), json!("Prepaid")),
                (
                    format!("{node}/instancePreChargingOption"),
                    json!({"purchaseTime": 1}),
                ),
            ],
            false,
        ),
        (
            "CCE525",
            vec![(
                format!("{node}/instanceResource/cdsList/0/cdsSize"),
                json!(0),
            )],
            true,
        ),
        (
            "CCE525",
            vec![(
                format!("{node}/instanceResource/cdsList/0/cdsSize"),
                json!(-5),
            )],
            true,
        ),
        (
            "CCE525",
            vec![(
                format!("{node}/instanceResource/cdsList/0"),
                json!({"diskPath": "/data", "storageType": "cloud_hp1", "snapshotID": "s-1"}),
            )],
            false,
        ),
        (
            "CCE522",
            vec![(format!("{node}/instanceResource/rootDiskSize"), json!(4096))],
            true,
        ),
        (
            "CCE522",
            vec![(format!("{node}/instanceResource/rootDiskSize"), json!(5))],
            true,
        ),
        (
            "CCE522",
            vec![(format!("{node}/instanceResource/rootDiskSize"), json!(0))],
            false,
        ),
        (
            "CCE522",
            vec![(format!("{node}/instanceResource/rootDiskSize"), json!(2048))],
            false,
        ),
        (
            "CCE522",
            vec![
                (format!("{node}/instanceResource/rootDiskSize"), json!(4096)),
                (format!("{node}/machineType"), json!("BBC")),
            ],
            false,
        ),
        (
            "CCE531",
            vec![(
                format!("{node}/instanceResource/ephemeralDiskList"),
                json!([{"diskPath": "/mnt"}]),
            )],
            true,
        ),
        (
            "CCE531",
            vec![(
                format!("{node}/instanceResource/ephemeralDiskList"),
                json!([{"storageType": "nvme", "sizeInGB": 0}]),
            )],
            true,
        ),
        (
            "CCE531",
            vec![(
                format!("{node}/instanceResource/ephemeralDiskList"),
                json!([{"storageType": "nvme", "sizeInGB": 100}]),
            )],
            false,
        ),
        (
            "CCE807",
            vec![(
                "/nodeGroups".to_owned(),
                json!([{"instanceGroupName": "g", "replicas": 1, "cleanPolicy": "Remain", "instanceTemplate": base["nodes"][0]["instanceSpec"].clone(), "clusterAutoscalerSpec": {"enabled": true, "minReplicas": -1, "maxReplicas": 3}}]),
            )],
            true,
        ),
        (
            "CCE807",
            vec![(
                "/nodeGroups".to_owned(),
                json!([{"instanceGroupName": "g", "replicas": 1, "cleanPolicy": "Remain", "instanceTemplate": base["nodes"][0]["instanceSpec"].clone(), "clusterAutoscalerSpec": {"enabled": false, "minReplicas": -1}}]),
            )],
            false,
        ),
        (
            "CCE106",
            vec![("/cluster/masterConfig/clusterHA".to_owned(), json!(4))],
            true,
        ),
        (
            "CCE106",
            vec![("/cluster/masterConfig/clusterHA".to_owned(), json!(0))],
            false,
        ),
        (
            "CCE416",
            vec![(
                "/cluster/containerNetworkConfig/maxPodsPerNode".to_owned(),
                json!(-1),
            )],
            true,
        ),
        (
            "CCE416",
            vec![(
                "/cluster/containerNetworkConfig/maxPodsPerNode".to_owned(),
                json!(0),
            )],
            false,
        ),
        (
            "CCE428",
            vec![(
                "/cluster/containerNetworkConfig/nodePortRangeMin".to_owned(),
                json!(70000),
            )],
            true,
        ),
        (
            "CCE428",
            vec![(
                "/cluster/containerNetworkConfig/nodePortRangeMax".to_owned(),
                json!(-1),
            )],
            true,
        ),
        (
            "CCE428",
            vec![(
                "/cluster/containerNetworkConfig/nodePortRangeMax".to_owned(),
                json!(65535),
            )],
            false,
        ),
        (
            "CCE502",
            vec![("/nodes/0/count".to_owned(), json!(-1))],
            true,
        ),
        (
            "CCE502",
            vec![("/nodes/0/count".to_owned(), json!(0))],
            false,
        ),
        (
            "CCE521",
            vec![(format!("{node}/instanceResource/mem"), json!(-8))],
            true,
        ),
        (
            "CCE521",
            vec![(format!("{node}/instanceResource/gpuCount"), json!(-1))],
            true,
        ),
        (
            "CCE701",
            vec![(
                "/cluster/k8sCustomConfig".to_owned(),
                json!({"kubeAPIQPS": -1}),
            )],
            true,
        ),
        (
            "CCE607",
            vec![(
                format!("{node}/deployCustomConfig"),
                json!({"containerLogMaxFiles": 1}),
            )],
            true,
        ),
        (
            "CCE607",
            vec![(
                format!("{node}/deployCustomConfig"),
                json!({"containerLogMaxFiles": 2}),
            )],
            false,
        ),
        (
            "CCE608",
            vec![(format!("{node}/deployCustomConfig"), json!({"maxPods": -1}))],
            true,
        ),
        (
            "CCE608",
            vec![(
                format!("{node}/deployCustomConfig"),
                json!({"registryBurst": -1}),
            )],
            true,
        ),
        (
            "CCE802",
            vec![(
                "/nodeGroups".to_owned(),
                json!([{"instanceGroupName": "g", "replicas": -1, "cleanPolicy": "Remain", "instanceTemplate": base["nodes"][0]["instanceSpec"].clone()}]),
            )],
            true,
        ),
    ];
    let mut disagreements = Vec::new();
    for (code, changes, expected) in cases {
        let mut body = base.clone();
        for (pointer, value) in &changes {
            body = with(body, pointer, value.clone());
        }
        let linted = lint_errors(&body);
        let reported = linted.iter().any(|error| error.starts_with(code));
        let rejected = !create.is_valid(&body);
        if reported != expected || rejected != expected {
            disagreements.push(format!(
                "{code} {changes:?}: expected {expected}, cce-lint reported {reported} ({linted:?}), schema rejected {rejected} ({:?})",
                errors(&create, &body)
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "the schema and cce-lint disagree:\n{}",
        disagreements.join("\n")
    );
}

/// The conditions added to the create-cluster schema name the rule they mirror (`$comment`),
/// an error-severity rule of cce-lint.
#[test]
fn schema_conditions_name_error_rules() {
    let create = schema(DocumentKind::CreateCluster);
    let mut named = Vec::new();
    walk_schemas(&create, "", &mut |pointer, sub| {
        if let Some(comment) = sub.get("$comment").and_then(Value::as_str) {
            let code = comment.split(':').next().unwrap_or_default();
            let rule = cce_lint::rules::by_code(code)
                .unwrap_or_else(|| panic!("{pointer}: `$comment` names no rule: {comment}"));
            assert_eq!(
                rule.meta.severity,
                cce_lint::Severity::Error,
                "{pointer}: {code}"
            );
            named.push(code.to_owned());
        }
    });
    assert!(named.len() >= 9, "{named:?}");
}

/// `snippet` with every `${n:default}` placeholder replaced by its default, as accepting a
/// completion without typing inserts it.
fn fill_placeholders(snippet: &Value) -> Value {
    match snippet {
        Value::String(text) => {
            let mut out = String::new();
            let mut rest = text.as_str();
            while let Some(start) = rest.find("${") {
                out.push_str(&rest[..start]);
                let placeholder = &rest[start + 2..];
                let end = placeholder.find('}').expect("a closed placeholder");
                let (_, default) = placeholder[..end].split_once(':').unwrap_or(("", ""));
                out.push_str(default);
                rest = &placeholder[end + 1..];
            }
            out.push_str(rest);
            Value::String(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(fill_placeholders).collect()),
        Value::Object(object) => Value::Object(
            object
                .iter()
                .map(|(key, value)| (key.clone(), fill_placeholders(value)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The filled bodies of the `defaultSnippets` at `pointer` of the create-cluster schema.
fn snippet_bodies(pointer: &str) -> Vec<(String, Value)> {
    let create = schema(DocumentKind::CreateCluster);
    let snippets = create
        .pointer(&format!("{pointer}/defaultSnippets"))
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no defaultSnippets at {pointer}"))
        .clone();
    snippets
        .iter()
        .map(|snippet| {
            let label = snippet["label"].as_str().unwrap_or_default().to_owned();
            assert!(
                has_cjk(&label) && snippet["description"].as_str().is_some_and(has_cjk),
                "{pointer}: {label}: bilingual label and description"
            );
            (label, fill_placeholders(&snippet["body"]))
        })
        .collect()
}

/// Every snippet, filled in and placed where it is offered, is a body the schema accepts and
/// cce-lint reports no error in.
#[test]
fn snippets_insert_valid_requests() {
    let create = validator(DocumentKind::CreateCluster);
    let mut bodies = Vec::new();
    for (label, body) in snippet_bodies("") {
        bodies.push((label, body));
    }
    let base = managed_example();
    for (label, set) in snippet_bodies("/$defs/InstanceSet") {
        bodies.push((label, with(base.clone(), "/nodes", json!([set]))));
    }
    for (label, disk) in snippet_bodies("/$defs/CdsConfig") {
        let pointer = "/nodes/0/instanceSpec/instanceResource/cdsList";
        bodies.push((label, with(base.clone(), pointer, json!([disk]))));
    }
    for (label, group) in snippet_bodies("/$defs/InstanceGroupSpec") {
        bodies.push((label, with(base.clone(), "/nodeGroups", json!([group]))));
    }
    let labels: Vec<&str> = bodies.iter().map(|(label, _)| label.as_str()).collect();
    for shape in [
        "managed cluster",
        "custom cluster with masters",
        "existed node",
        "CDS disk",
        "node group",
    ] {
        assert!(
            labels.iter().any(|label| label.starts_with(shape)),
            "no `{shape}` snippet in {labels:?}"
        );
    }
    for (label, body) in &bodies {
        assert_eq!(errors(&create, body), Vec::<String>::new(), "{label}");
        assert_eq!(lint_errors(body), Vec::<String>::new(), "{label}: {body}");
    }
    let custom = &bodies
        .iter()
        .find(|(label, _)| label.starts_with("custom cluster"))
        .expect("custom cluster snippet")
        .1;
    assert!(
        custom["masters"][0]["count"].as_i64() > Some(0),
        "the custom snippet has masters"
    );
}

#[test]
fn legacy_fields_are_deprecated() {
    let create = schema(DocumentKind::CreateCluster);
    let template = &create["$defs"]["InstanceGroupSpec"]["properties"]["instanceTemplate"];
    assert_eq!(template["deprecated"], json!(true));
    let markdown = template["markdownDescription"].as_str().unwrap_or_default();
    assert!(markdown.starts_with("**Deprecated"), "{markdown}");
    assert_eq!(
        create["$defs"]["InstanceGroupSpec"]["properties"]["instanceTemplates"].get("deprecated"),
        None
    );
}

#[test]
fn enum_descriptions_have_markdown_twins() {
    for kind in DocumentKind::ALL {
        walk_schemas(&schema(kind), "", &mut |pointer, sub| {
            let Some(Value::Array(plain)) = sub.get("enumDescriptions") else {
                return;
            };
            let markdown = sub["markdownEnumDescriptions"]
                .as_array()
                .unwrap_or_else(|| panic!("{kind}: no markdownEnumDescriptions at {pointer}"));
            assert_eq!(markdown.len(), plain.len(), "{kind}: {pointer}");
            for (plain, markdown) in plain.iter().zip(markdown) {
                let (english, term) = split_description(plain.as_str().unwrap_or_default())
                    .unwrap_or_else(|| panic!("{kind}: {pointer}: {plain} is not bilingual"));
                let markdown = markdown.as_str().unwrap_or_default();
                assert!(
                    markdown.contains(english) && markdown.contains(term),
                    "{markdown}"
                );
            }
        });
    }
}

#[test]
fn catalog_points_every_kind_at_its_schema_by_file_name() {
    let catalog = catalog();
    let entries = catalog["schemas"].as_array().expect("schemas");
    assert_eq!(entries.len(), DocumentKind::ALL.len());
    for (kind, entry) in DocumentKind::ALL.iter().zip(entries) {
        assert_eq!(entry["url"], schema(*kind)["$id"], "{kind}");
        assert_eq!(entry["fileMatch"], json!(file_match(*kind)), "{kind}");
    }
    let create = file_match(DocumentKind::CreateCluster);
    for pattern in ["*.cce-cluster.json", "cce-cluster*.json"] {
        assert!(create.iter().any(|p| p == pattern), "{pattern}");
    }
    // No file name pattern is claimed by two kinds.
    let mut all: Vec<String> = DocumentKind::ALL
        .iter()
        .flat_map(|k| file_match(*k))
        .collect();
    let count = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), count);
}
