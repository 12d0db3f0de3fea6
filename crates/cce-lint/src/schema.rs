//! JSON Schemas generated from the model, and the compiled "shape" the structural pass walks.
//!
//! The schema is the one description of the wire format: editors read it as JSON Schema, and
//! `Shapes` compiles it once into a compact tree with case-folded field names for the Go
//! decoder emulation in `crate::structure`.
//!
//! # Generation
//!
//! [`schema`] derives draft 2020-12 with schemars and then cleans the result up, generically:
//! - Defaults: schemars copies every `#[serde(default)]` into a `default` (Go zero values such
//!   as `""`, `0`, `false` and `null`, and whole default structs). Those say nothing about the
//!   server, so they are dropped. A documented server default is written in the model as
//!   `#[schemars(extend("x-cce-default" = …))]` ([`DEFAULT_EXTENSION`]); it replaces the derived
//!   `default` and the marker is removed. (schemars applies `extend` after the serde default and
//!   keeps the key's position, so a plain `extend("default" = false)` could not be told apart
//!   from a derived `false`.) An unmarked non-zero scalar default is kept.
//! - Descriptions (doc comments: English, then the Chinese term) are unwrapped: single line
//!   breaks of the source become spaces (none between two CJK characters); blank lines stay.
//! - The root gets `$schema`, `$id`, a title naming the API in English and Chinese (e.g.
//!   创建集群), the root type's description and `x-cce-endpoint`; `properties` gets `$schema`.
//!
//! # Editor support
//!
//! What VS Code's JSON language service (and JetBrains, which reads the same keywords) shows
//! is derived from the model too, generically:
//! - Every property's description "English sentence. 中文术语" is split at its last sentence
//!   end ([`split_description`]): the property gets `title` "中文术语 (key)" and a
//!   `markdownDescription` with both parts (and the documented default, and a deprecation
//!   note); enums get `markdownEnumDescriptions` beside the `enumDescriptions` of
//!   [`crate::string_enum!`].
//! - Definitions lose their `title` (the Go type name): VS Code resolves a `$ref` by copying
//!   the definition over the referring schema, which would replace the property's own title.
//!   For the same reason the Markdown goes on properties only.
//! - Numeric bounds that hold for every value the server accepts are `range` attributes on the
//!   model's fields; zero, Go's "unset", always stays in range.
//! - The create-cluster schema gets `if`/`then` conditions that mirror error rules of the
//!   linter (see `add_create_cluster_rules`) and `defaultSnippets` for the common shapes
//!   (see `add_snippets`).
//! - [`catalog`] is the SchemaStore-style catalog (`schemas/catalog.json`) with the
//!   `fileMatch` patterns of each kind ([`file_match`]).
//!
//! # Case variants and unknown keys
//!
//! Keys are spelt exactly as the SDK's `json` tags, but the Go server matches keys
//! case-insensitively, so a body with `"CPU"` for `cpu` (as the seed's custom-master example
//! has) is valid. Every object schema of a Go struct therefore has `additionalProperties: false`
//! beside one `patternProperties` regex that accepts every case variant of its declared keys
//! (see `forbid_unknown_keys`): an unknown key such as `clusterNmae`, which the server silently
//! drops, is flagged in the editor, while `"CPU"` validates. A case variant is not type-checked
//! by the schema; cce-lint reports it (checking it as the canonical field) and suggests the key
//! an unknown one was meant to be. Editors still complete and document the canonical spelling.
//! Go maps (`labels`, `pluginsConfig`, …) take any key. `required` (only `forbidDelete` of the
//! delete-protection body) is case-sensitive, so the schema wants the canonical spelling there.

use schemars::generate::SchemaSettings;
use serde_json::{json, Map, Value};

use crate::kind::DocumentKind;
use crate::model::other_apis::{
    CreateClusterResponse, DeleteClusterQuery, DeleteClusterResponse, ForbidDeleteRequest,
    ForbidDeleteResponse, GetClusterResponse, GetEventStepsResponse, ListClustersQuery,
    ListClustersResponse,
};
use crate::model::CreateClusterRequest;
use crate::rules::DOCS_BASE_URL;
// The structural pass's shapes live in `crate::shapes`; they are re-exported here, where they
// were first defined, for the modules that import them from the schema.
pub(crate) use crate::shapes::{compact, fold_key, Field, Shape, ShapeId, Shapes};

/// Where the generated schemas are published (their `$id`s live below it).
pub const SCHEMA_BASE_URL: &str = "https://cce-lint.github.io/cce-lint/schemas/";

/// The JSON Schema dialect of the generated schemas (draft 2020-12).
pub const SCHEMA_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Extension key of a documented server default in the model:
/// `#[schemars(extend("x-cce-default" = …))]` becomes the schema's `default`.
pub const DEFAULT_EXTENSION: &str = "x-cce-default";

/// The JSON Schema (draft 2020-12) of a document kind, as checked in under `schemas/`.
pub fn schema(kind: DocumentKind) -> Value {
    let mut value = generated(kind);
    clean_up(&mut value);
    if let Some(Value::Object(defs)) = value.get_mut("$defs") {
        // A `$ref` is resolved in VS Code by copying the definition over the referring schema:
        // a definition's title would replace the property's own.
        for definition in defs.values_mut().filter_map(Value::as_object_mut) {
            definition.shift_remove("title");
        }
    }
    if kind == DocumentKind::CreateCluster {
        add_create_cluster_rules(&mut value);
        add_snippets(&mut value);
    }
    if let Value::Object(object) = &mut value {
        let title = root_title(kind);
        let description = object
            .shift_remove("description")
            .unwrap_or_else(|| json!(title));
        let mut ordered = Map::new();
        ordered.insert("$schema".into(), json!(SCHEMA_DIALECT));
        ordered.insert(
            "$id".into(),
            json!(format!("{SCHEMA_BASE_URL}{}", kind.schema_file_name())),
        );
        ordered.insert("title".into(), json!(title));
        ordered.insert("description".into(), description);
        ordered.insert("x-cce-endpoint".into(), json!(kind.endpoint()));
        for (key, entry) in std::mem::take(object) {
            ordered.entry(key).or_insert(entry);
        }
        // Editors add `$schema` to a file to associate it: the key itself must stay valid.
        if let Some(Value::Object(properties)) = ordered.get_mut("properties") {
            let mut dollar_schema = json!({
                "type": "string",
                "description": "The JSON Schema this file follows (ignored by CCE). 本文件遵循的 JSON Schema",
                "examples": [format!("{SCHEMA_BASE_URL}{}", kind.schema_file_name())],
            });
            describe_property("$schema", &mut dollar_schema);
            properties.insert("$schema".into(), dollar_schema);
        }
        *object = ordered;
    }
    forbid_unknown_keys(&mut value);
    value
}

/// The rendered schema file: pretty JSON with a trailing newline.
pub fn schema_file(kind: DocumentKind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    text.push('\n');
    text
}

/// File name of the SchemaStore-style catalog under `schemas/`, which associates file names
/// with the schemas (`fileMatch`).
pub const CATALOG_FILE: &str = "catalog.json";

/// The file-name patterns (`fileMatch`, globs on the file name) that associate a file with the
/// schema of a kind: `*.cce-KIND.json` for every kind, and the short `*.cce-cluster.json` and
/// `cce-cluster*.json` for the create-cluster request.
pub fn file_match(kind: DocumentKind) -> Vec<String> {
    let mut patterns = Vec::new();
    if kind == DocumentKind::CreateCluster {
        patterns.extend([
            "*.cce-cluster.json".to_owned(),
            "cce-cluster*.json".to_owned(),
        ]);
    }
    patterns.push(format!("*.cce-{}.json", kind.name()));
    patterns
}

/// The SchemaStore-style catalog of the schemas (`schemas/catalog.json`): one entry per kind
/// with its name, description, `fileMatch` patterns and the `$id` URL.
pub fn catalog() -> Value {
    let entries: Vec<Value> = DocumentKind::ALL
        .iter()
        .map(|kind| {
            json!({
                "name": format!("cce-lint {kind}"),
                "description": root_title(*kind),
                "fileMatch": file_match(*kind),
                "url": format!("{SCHEMA_BASE_URL}{}", kind.schema_file_name()),
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/schema-catalog.json",
        "version": 1,
        "schemas": entries,
    })
}

/// The rendered catalog file: pretty JSON with a trailing newline.
pub fn catalog_file() -> String {
    let mut text = serde_json::to_string_pretty(&catalog()).unwrap_or_default();
    text.push('\n');
    text
}

/// The root title: the API in English and Chinese (the name of its section in the API
/// document), and which part of the call the document is.
fn root_title(kind: DocumentKind) -> String {
    let (api, api_zh) = match kind {
        DocumentKind::CreateCluster | DocumentKind::CreateClusterResponse => {
            ("create cluster", "创建集群")
        }
        DocumentKind::ListClustersQuery | DocumentKind::ListClustersResponse => {
            ("list clusters", "集群列表")
        }
        DocumentKind::GetClusterResponse => ("get cluster", "集群详情"),
        DocumentKind::DeleteClusterQuery | DocumentKind::DeleteClusterResponse => {
            ("delete cluster", "删除集群")
        }
        DocumentKind::ForbidDeleteRequest | DocumentKind::ForbidDeleteResponse => {
            ("update delete protection", "更新集群删除保护开关")
        }
        DocumentKind::GetEventStepsResponse => ("get cluster event steps", "获取集群事件步骤"),
    };
    let (part, part_zh) = match kind {
        DocumentKind::CreateCluster | DocumentKind::ForbidDeleteRequest => {
            ("request body", "请求体")
        }
        DocumentKind::ListClustersQuery | DocumentKind::DeleteClusterQuery => {
            ("query parameters as a JSON object", "查询参数")
        }
        _ => ("response body", "返回参数"),
    };
    format!(
        "CCE {api} ({endpoint}): {part} — {api_zh}：{part_zh}",
        endpoint = kind.endpoint()
    )
}

/// Splits a description written as the model's doc comments are, "English sentence. 中文术语",
/// at its last sentence end: `(English with its full stop, Chinese term)`. `None` when there is
/// no sentence end before a term.
pub fn split_description(text: &str) -> Option<(&str, &str)> {
    let end = text.rfind(". ")?;
    let (english, chinese) = (text[..=end].trim(), text[end + 2..].trim());
    (!english.is_empty() && !chinese.is_empty()).then_some((english, chinese))
}

/// Adds what editors show for one property, derived from its description: a `title` of the
/// Chinese term and the key, and a `markdownDescription` with the English, the Chinese term,
/// the documented default and the rule that checks the values (VS Code prefers it to
/// `description` in hovers and completions).
fn describe_property(name: &str, property: &mut Value) {
    let Value::Object(object) = property else {
        return;
    };
    let Some(description) = object.get("description").and_then(Value::as_str) else {
        return;
    };
    let Some((english, chinese)) =
        split_description(description).filter(|(_, chinese)| chinese.chars().any(is_cjk))
    else {
        return;
    };
    let mut markdown = String::new();
    if object.get("deprecated") == Some(&Value::Bool(true)) {
        markdown.push_str("**Deprecated 已弃用.** ");
    }
    markdown.push_str(english);
    markdown.push_str("\n\n");
    markdown.push_str(chinese);
    if let Some(default) = object.get("default") {
        markdown.push_str(&format!("\n\nDefault 默认值: `{default}`"));
    }
    if let Some(code) = object.get("x-cce-rule").and_then(Value::as_str) {
        markdown.push_str(&format!(
            "\n\nValues checked by cce-lint 取值由 cce-lint 检查: [{code}]({DOCS_BASE_URL}rules/{code}.html)"
        ));
    }
    let title = format!("{chinese} ({name})");
    object.insert("title".into(), json!(title));
    object.insert("markdownDescription".into(), json!(markdown));
}

/// The masterType values for which CCE runs the masters (`masters` asks for none).
const MANAGED_MASTER_TYPES: [&str; 3] = ["managed", "managedPro", "serverless"];

/// What JSON Schema can say of the create-cluster rules, so editors flag it while typing.
///
/// Each condition mirrors an error-severity rule of cce-lint and is never stricter: a body
/// cce-lint accepts without errors validates (tests/schema.rs checks every valid fixture).
/// - Managed masters (`masterType` `managed`, `managedPro`, `serverless`, CCE102): every
///   `masters` entry must ask for no machine — `count` absent or ≤ 0 and not an existing
///   instance. Entries with `count: 0` are legal for the linter, so `maxItems: 0` would be too
///   strict.
/// - Pairs the documents require are conditional on a value, not on the mere presence of a
///   key (Go cannot tell `false`, `0` or `""` from an absent key), so they are `if`/`then`
///   rather than `dependentRequired`: `enableKMSProvider: true` needs `kmsKeyID` (CCE703),
///   `existed: true` needs `existedOption.existedInstanceID` (CCE505), `chargingType:
///   Prepaid` needs a positive `purchaseTime` (cluster, CCE218; new instances, CCE540), an
///   ephemeral disk needs `storageType` and a positive `sizeInGB` (CCE531), and a new
///   instance's CDS disk without `snapshotID` a positive `cdsSize` (CCE525).
/// - Bounds that depend on other fields: the system disk of a new BCC instance is 0 (default)
///   or 10–2048 GB (CCE522); an enabled autoscaler has non-negative `minReplicas` and
///   `scalingGroupPriority` (CCE807). Unconditional bounds are on the model's fields.
///
/// `required` is case-sensitive: the schema wants the canonical spelling of a required key,
/// as it does for `forbidDelete`; cce-lint reports case variants.
fn add_create_cluster_rules(schema: &mut Value) {
    let not_existed = json!({"not": {"const": true}});
    let positive = json!({"type": "integer", "exclusiveMinimum": 0});
    let not_blank = json!({"type": "string", "pattern": "\\S"});
    let rules = [
        (
            None,
            json!({
                "$comment": "CCE102: managed masters need no `masters` machines",
                "if": {
                    "required": ["cluster"],
                    "properties": {"cluster": {
                        "required": ["masterConfig"],
                        "properties": {"masterConfig": {
                            "required": ["masterType"],
                            "properties": {"masterType": {"enum": MANAGED_MASTER_TYPES}},
                        }},
                    }},
                },
                "then": {"properties": {"masters": {"items": {
                    "not": {"anyOf": [
                        {"required": ["count"], "properties": {"count": {"exclusiveMinimum": 0}}},
                        {"required": ["instanceSpec"], "properties": {"instanceSpec": {
                            "required": ["existed"],
                            "properties": {"existed": {"const": true}},
                        }}},
                    ]},
                    "errorMessage": "CCE102: masterType managed, managedPro or serverless means CCE provides the masters: a `masters` entry must not ask for machines (remove `masters`, or set masterType to custom). 托管 Master 集群无需设置 masters",
                }}}},
            }),
        ),
        (
            Some("K8sCustomConfig"),
            json!({
                "$comment": "CCE703: KMS encryption needs a key",
                "if": {"required": ["enableKMSProvider"], "properties": {"enableKMSProvider": {"const": true}}},
                "then": {"required": ["kmsKeyID"], "properties": {"kmsKeyID": not_blank}},
            }),
        ),
        (
            Some("ResourceChargingOption"),
            json!({
                "$comment": "CCE218: prepaid needs a purchase time",
                "if": {"required": ["chargingType"], "properties": {"chargingType": {"const": "Prepaid"}}},
                "then": {"required": ["purchaseTime"], "properties": {"purchaseTime": positive}},
            }),
        ),
        (
            Some("InstanceSpec"),
            json!({
                "$comment": "CCE505: an existing instance needs its ID",
                "if": {"required": ["existed"], "properties": {"existed": {"const": true}}},
                "then": {
                    "required": ["existedOption"],
                    "properties": {"existedOption": {
                        "required": ["existedInstanceID"],
                        "properties": {"existedInstanceID": not_blank},
                    }},
                },
            }),
        ),
        (
            Some("InstanceSpec"),
            json!({
                "$comment": "CCE540: a new prepaid instance needs a purchase time",
                "if": {
                    "required": ["instanceChargingType"],
                    "properties": {"instanceChargingType": {"const": "Prepaid"}, "existed": not_existed},
                },
                "then": {
                    "required": ["instancePreChargingOption"],
                    "properties": {"instancePreChargingOption": {
                        "required": ["purchaseTime"],
                        "properties": {"purchaseTime": positive},
                    }},
                },
            }),
        ),
        (
            Some("InstanceSpec"),
            json!({
                "$comment": "CCE525: CDS disk sizes of new instances",
                "if": {"properties": {"existed": not_existed}},
                "then": {"properties": {"instanceResource": {"properties": {"cdsList": {"items": {
                    "if": {"not": {"required": ["snapshotID"], "properties": {"snapshotID": not_blank}}},
                    "then": {"required": ["cdsSize"], "properties": {"cdsSize": positive}},
                }}}}}},
            }),
        ),
        (
            Some("InstanceSpec"),
            json!({
                "$comment": "CCE522: the system disk of a new BCC instance is 10-2048 GB (0: default)",
                "if": {"properties": {"existed": not_existed, "machineType": {"enum": ["BCC", "", null]}}},
                "then": {"properties": {"instanceResource": {"properties": {"rootDiskSize": {
                    "anyOf": [{"const": 0}, {"minimum": 10, "maximum": 2048}],
                }}}}},
            }),
        ),
        (
            Some("EphemeralDiskConfig"),
            json!({
                "$comment": "CCE531: an ephemeral disk needs a storage type and a size",
                "required": ["storageType", "sizeInGB"],
                "properties": {"sizeInGB": positive},
            }),
        ),
        (
            Some("ClusterAutoscalerSpec"),
            json!({
                "$comment": "CCE807: bounds of an enabled autoscaler",
                "if": {"required": ["enabled"], "properties": {"enabled": {"const": true}}},
                "then": {"properties": {"minReplicas": {"minimum": 0}, "scalingGroupPriority": {"minimum": 0}}},
            }),
        ),
    ];
    for (definition, rule) in rules {
        let target = match definition {
            None => Some(&mut *schema),
            Some(name) => schema.get_mut("$defs").and_then(|defs| defs.get_mut(name)),
        };
        if let Some(Value::Object(target)) = target {
            if let Value::Array(all_of) = target.entry("allOf").or_insert_with(|| json!([])) {
                all_of.push(rule);
            }
        }
    }
}

/// `defaultSnippets` (VS Code's completion templates) for the common shapes of a create-cluster
/// request: whole bodies at the root, an instance set, a CDS disk and a node group. Each body
/// is valid JSON once its placeholders (`${n:default}`) are filled with their defaults, and
/// cce-lint reports no error in it (tests/schema.rs).
fn add_snippets(schema: &mut Value) {
    let new_node = |role: &str| {
        json!({
            "clusterRole": role,
            "machineType": "BCC",
            "instanceType": "N5",
            "vpcConfig": {
                "vpcID": "${3:vpc-mwbgygrjb72w}",
                "vpcSubnetID": "${4:sbn-mnbvhnuupv1u}",
                "availableZone": "${5:zoneA}",
                "securityGroup": {
                    "enableCCERequiredSecurityGroup": true,
                    "enableCCEOptionalSecurityGroup": true
                }
            },
            "instanceResource": {"cpu": 4, "mem": 16, "rootDiskSize": 100},
            "imageID": "${8:m-gTpZ1k6n}",
            "sshKeyID": "${9:k-3uvrdvVq}",
            "instanceChargingType": "Postpaid",
            "runtimeType": "containerd"
        })
    };
    let cluster = |master_type: &str| {
        let mut master_config = json!({
            "masterType": master_type,
            "clusterHA": 3,
            "exposedPublic": false,
            "clusterBLBVPCSubnetID": "${4:sbn-mnbvhnuupv1u}"
        });
        if master_type == "managed" {
            master_config["managedClusterMasterOption"] =
                json!({"masterVPCSubnetZone": "${5:zoneA}"});
        }
        json!({
            "clusterName": "${1:my-cluster}",
            "k8sVersion": "${2:1.30.1}",
            "runtimeType": "containerd",
            "vpcID": "${3:vpc-mwbgygrjb72w}",
            "masterConfig": master_config,
            "containerNetworkConfig": {
                "mode": "kubenet",
                "lbServiceVPCSubnetID": "${4:sbn-mnbvhnuupv1u}",
                "clusterPodCIDR": "${6:172.28.0.0/16}",
                "clusterIPServiceCIDR": "${7:172.31.0.0/16}",
                "maxPodsPerNode": 64,
                "kubeProxyMode": "ipvs"
            }
        })
    };
    let snippets = [
        (
            None,
            json!([
                {
                    "label": "managed cluster 托管 Master 集群",
                    "description": "A cluster whose masters CCE runs, with three BCC worker nodes. 托管 Master 集群，含 3 个 BCC Worker 节点",
                    "body": {"cluster": cluster("managed"), "nodes": [{"count": 3, "instanceSpec": new_node("node")}]}
                },
                {
                    "label": "custom cluster with masters 自定义 Master 集群",
                    "description": "A cluster with three BCC masters of your own and three worker nodes. 自定义 Master 集群，含 3 个 BCC Master 与 3 个 Worker 节点",
                    "body": {
                        "cluster": cluster("custom"),
                        "masters": [{"count": 3, "instanceSpec": new_node("master")}],
                        "nodes": [{"count": 3, "instanceSpec": new_node("node")}]
                    }
                }
            ]),
        ),
        (
            Some("InstanceSet"),
            json!([
                {
                    "label": "new BCC nodes 新建 BCC 节点",
                    "description": "New BCC machines. 新建 BCC 实例",
                    "body": {"count": 1, "instanceSpec": new_node("node")}
                },
                {
                    "label": "existed node 已有实例",
                    "description": "An existing BCC machine, reinstalled and added as a node. 将已有 BCC 实例重装后加入集群",
                    "body": {"count": 1, "instanceSpec": {
                        "clusterRole": "node",
                        "existed": true,
                        "existedOption": {"existedInstanceID": "${1:i-SxeBLkcN}", "rebuild": true},
                        "machineType": "BCC",
                        "imageID": "${2:m-gTpZ1k6n}",
                        "sshKeyID": "${3:k-3uvrdvVq}",
                        "runtimeType": "containerd"
                    }}
                }
            ]),
        ),
        (
            Some("CdsConfig"),
            json!([{
                "label": "CDS disk CDS 云磁盘",
                "description": "A CDS data disk mounted at a path. 挂载到指定路径的 CDS 数据盘",
                "body": {"diskPath": "${1:/data}", "storageType": "${2:cloud_hp1}", "cdsSize": 200}
            }]),
        ),
        (
            Some("InstanceGroupSpec"),
            json!([{
                "label": "node group 节点组",
                "description": "A node group of BCC machines with autoscaling. 含自动伸缩的 BCC 节点组",
                "body": {
                    "instanceGroupName": "${1:my-node-group}",
                    "clusterRole": "node",
                    "shrinkPolicy": "Priority",
                    "cleanPolicy": "Remain",
                    "replicas": 2,
                    "clusterAutoscalerSpec": {"enabled": true, "minReplicas": 1, "maxReplicas": 5, "scalingGroupPriority": 1},
                    "instanceTemplates": [new_node("node")]
                }
            }]),
        ),
    ];
    for (definition, snippets) in snippets {
        let target = match definition {
            None => Some(&mut *schema),
            Some(name) => schema.get_mut("$defs").and_then(|defs| defs.get_mut(name)),
        };
        if let Some(Value::Object(target)) = target {
            target.insert("defaultSnippets".into(), snippets);
        }
    }
}

/// Forbids unknown keys in every object schema of a Go struct while accepting every case
/// variant of its keys, as the Go decoder matches them: `additionalProperties: false` beside
/// one `patternProperties` entry whose regex spells the declared keys case-insensitively.
///
/// JSON Schema regexes are ECMA-262 (no `(?i)`), so each letter is a character class of its
/// case variants, with Go's extra folds `ſ` ≡ `s` and the Kelvin sign ≡ `k`. The entry's
/// schema is empty: a case variant is accepted but not type-checked (cce-lint reports it and
/// checks it as the canonical field). Only schemas with `properties` and an object `type` are
/// structs: Go maps (`additionalProperties` a schema) take any key, and the `if`/`then`
/// conditions of [`add_create_cluster_rules`] (no `type`) only constrain declared keys, so
/// plain `additionalProperties` needs no `unevaluatedProperties`. Read-only keys stay declared
/// (cce-lint reports them), and so does the root's `$schema`.
fn forbid_unknown_keys(schema: &mut Value) {
    let Value::Object(object) = schema else {
        return;
    };
    let is_object_type = match object.get("type") {
        Some(Value::String(name)) => name == "object",
        Some(Value::Array(names)) => names.contains(&json!("object")),
        _ => false,
    };
    if is_object_type && !object.contains_key("additionalProperties") {
        if let Some(Value::Object(properties)) = object.get("properties") {
            let mut pattern_properties =
                Some(json!({ case_insensitive_keys(properties.keys()): {} }));
            // The two keywords go right after `properties`, where a reader looks for them.
            for (key, value) in std::mem::take(object) {
                let after_properties = key == "properties";
                object.insert(key, value);
                if let Some(pattern_properties) = pattern_properties.take_if(|_| after_properties) {
                    object.insert("patternProperties".into(), pattern_properties);
                    object.insert("additionalProperties".into(), json!(false));
                }
            }
        }
    }
    for (keyword, child) in object.iter_mut() {
        match (keyword.as_str(), child) {
            ("properties" | "$defs" | "dependentSchemas", Value::Object(schemas)) => {
                schemas.values_mut().for_each(forbid_unknown_keys);
            }
            ("anyOf" | "oneOf" | "allOf" | "prefixItems", Value::Array(schemas)) => {
                schemas.iter_mut().for_each(forbid_unknown_keys);
            }
            // Not into `if`/`then`/`else` or `not`: a condition constrains some keys of an
            // object its sibling `properties` closes already.
            ("additionalProperties" | "items", child) => {
                forbid_unknown_keys(child);
            }
            _ => {}
        }
    }
}

/// An ECMA-262 regex matching exactly the case variants of `keys` that Go's decoder folds to
/// one of them: `^(?:[cC][pP][uU]|[mM][eE][mM])$`.
fn case_insensitive_keys<'k>(keys: impl Iterator<Item = &'k String>) -> String {
    let mut pattern = String::from("^(?:");
    for (index, key) in keys.enumerate() {
        if index > 0 {
            pattern.push('|');
        }
        for c in key.chars() {
            // A case mapping to several characters (`ß` → `SS`) is not a simple fold.
            fn single(mut chars: impl Iterator<Item = char>) -> Option<char> {
                let first = chars.next()?;
                chars.next().is_none().then_some(first)
            }
            let mut variants = Vec::with_capacity(3);
            for variant in [single(c.to_lowercase()), single(c.to_uppercase()), Some(c)]
                .into_iter()
                .flatten()
            {
                if !variants.contains(&variant) {
                    variants.push(variant);
                }
            }
            // Go's simple folding orbits beyond upper and lower case: s, S, ſ (U+017F) and
            // k, K, the Kelvin sign (U+212A).
            for orbit in [['s', 'S', 'ſ'], ['k', 'K', '\u{212A}']] {
                if variants.iter().any(|variant| orbit.contains(variant)) {
                    for member in orbit {
                        if !variants.contains(&member) {
                            variants.push(member);
                        }
                    }
                }
            }
            if variants.len() > 1 {
                pattern.push('[');
                pattern.extend(variants);
                pattern.push(']');
            } else {
                // Escape the syntax characters (and `/`): with the `u` flag, which VS Code's
                // JSON service sets, ECMA-262 rejects an escape of any other character.
                if "^$\\.*+?()[]{}|/".contains(c) {
                    pattern.push('\\');
                }
                pattern.push(c);
            }
        }
    }
    pattern.push_str(")$");
    pattern
}

/// Whether a character is CJK (ideographs, symbols and full-width forms).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Cleans up a generated schema in place: defaults and descriptions (see the module docs).
fn clean_up(schema: &mut Value) {
    let Value::Object(object) = schema else {
        return;
    };
    tidy_default(object);
    if let Some(Value::String(description)) = object.get_mut("description") {
        *description = unwrap_lines(description);
    }
    if let Some(Value::Array(descriptions)) = object.get_mut("enumDescriptions") {
        for description in descriptions.iter_mut() {
            if let Value::String(text) = description {
                *text = unwrap_lines(text);
            }
        }
        let markdown: Vec<Value> = descriptions
            .iter()
            .map(|description| {
                let text = description.as_str().unwrap_or_default();
                json!(match split_description(text) {
                    Some((english, chinese)) => format!("{english} — {chinese}"),
                    None => text.to_owned(),
                })
            })
            .collect();
        object.insert("markdownEnumDescriptions".into(), Value::Array(markdown));
    }
    for (keyword, child) in object.iter_mut() {
        match (keyword.as_str(), child) {
            ("properties", Value::Object(schemas)) => {
                for (name, property) in schemas.iter_mut() {
                    clean_up(property);
                    describe_property(name, property);
                }
            }
            (
                "patternProperties" | "$defs" | "definitions" | "dependentSchemas",
                Value::Object(schemas),
            ) => schemas.values_mut().for_each(clean_up),
            ("anyOf" | "oneOf" | "allOf" | "prefixItems", Value::Array(schemas)) => {
                schemas.iter_mut().for_each(clean_up);
            }
            (
                "additionalProperties"
                | "items"
                | "contains"
                | "not"
                | "if"
                | "then"
                | "else"
                | "propertyNames"
                | "unevaluatedItems"
                | "unevaluatedProperties",
                child,
            ) => clean_up(child),
            _ => {}
        }
    }
}

/// Keeps the documented default of one schema and drops the one derived from serde.
fn tidy_default(object: &mut Map<String, Value>) {
    if object.contains_key(DEFAULT_EXTENSION) {
        // The documented default takes the marker's place; the derived one goes.
        for (key, value) in std::mem::take(object) {
            match key.as_str() {
                "default" => {}
                DEFAULT_EXTENSION => {
                    object.insert("default".into(), value);
                }
                _ => {
                    object.insert(key, value);
                }
            }
        }
    } else if object.get("default").is_some_and(is_derived_default) {
        object.shift_remove("default");
    }
}

/// Whether a default is what `#[serde(default)]` produces for a Go type: `null`, an object, an
/// array, or a zero scalar (`""`, `0`, `false`).
fn is_derived_default(value: &Value) -> bool {
    match value {
        Value::Null | Value::Object(_) | Value::Array(_) => true,
        Value::Bool(flag) => !flag,
        Value::Number(number) => number.as_f64() == Some(0.0),
        Value::String(text) => text.is_empty(),
    }
}

/// Joins the hard-wrapped lines of a doc comment; blank lines (paragraphs) stay.
fn unwrap_lines(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            let mut joined = String::with_capacity(paragraph.len());
            for line in paragraph
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
            {
                let cjk_seam = joined.chars().next_back().is_some_and(is_cjk)
                    && line.chars().next().is_some_and(is_cjk);
                if !joined.is_empty() && !cjk_seam {
                    joined.push(' ');
                }
                joined.push_str(line);
            }
            joined
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The compact shape schema of a kind as checked in under `crates/cce-lint/shapes/` (see
/// [`crate::shapes`]): minified JSON (it is embedded in the WebAssembly module) with one line
/// per top-level member and per definition, so that diffs stay readable.
pub fn shapes_file(kind: DocumentKind) -> String {
    let schema = compact(&generated(kind));
    let line = |value: &Value| serde_json::to_string(value).unwrap_or_default();
    let Value::Object(members) = schema else {
        return line(&schema) + "\n";
    };
    let mut lines = Vec::new();
    for (key, value) in &members {
        match value {
            Value::Object(definitions) if key == "$defs" => {
                let entries: Vec<String> = definitions
                    .iter()
                    .map(|(name, definition)| {
                        format!("{}:{}", line(&json!(name)), line(definition))
                    })
                    .collect();
                lines.push(format!(
                    "{}:{{\n{}\n}}",
                    line(&json!(key)),
                    entries.join(",\n")
                ));
            }
            _ => lines.push(format!("{}:{}", line(&json!(key)), line(value))),
        }
    }
    format!("{{\n{}\n}}\n", lines.join(",\n"))
}

/// The schema exactly as schemars derives it from the model, before the editor-oriented
/// post-processing: what the structural pass's shapes are compiled from (through the
/// checked-in [`shapes_file`]).
pub(crate) fn generated(kind: DocumentKind) -> Value {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let root = match kind {
        DocumentKind::CreateCluster => generator.root_schema_for::<CreateClusterRequest>(),
        DocumentKind::ListClustersQuery => generator.root_schema_for::<ListClustersQuery>(),
        DocumentKind::DeleteClusterQuery => generator.root_schema_for::<DeleteClusterQuery>(),
        DocumentKind::ForbidDeleteRequest => generator.root_schema_for::<ForbidDeleteRequest>(),
        DocumentKind::CreateClusterResponse => generator.root_schema_for::<CreateClusterResponse>(),
        DocumentKind::ListClustersResponse => generator.root_schema_for::<ListClustersResponse>(),
        DocumentKind::GetClusterResponse => generator.root_schema_for::<GetClusterResponse>(),
        DocumentKind::DeleteClusterResponse => generator.root_schema_for::<DeleteClusterResponse>(),
        DocumentKind::ForbidDeleteResponse => generator.root_schema_for::<ForbidDeleteResponse>(),
        DocumentKind::GetEventStepsResponse => generator.root_schema_for::<GetEventStepsResponse>(),
    };
    root.to_value()
}

/// Every JSON path a schema describes, in the notation of the SDK field lists: `/*` for array
/// elements and `/{}` for map values.
pub fn schema_paths(schema: &Value) -> Vec<String> {
    fn walk(shapes: &Shapes, id: ShapeId, prefix: &mut String, out: &mut Vec<String>) {
        let mut visit = |segment: &str, child: ShapeId, out: &mut Vec<String>| {
            let length = prefix.len();
            prefix.push('/');
            prefix.push_str(segment);
            out.push(prefix.clone());
            walk(shapes, child, prefix, out);
            prefix.truncate(length);
        };
        match shapes.get(id) {
            Shape::Struct(fields) => {
                for field in fields {
                    visit(&field.name, field.shape, out);
                }
            }
            Shape::Map(values) => visit("{}", *values, out),
            Shape::Array(items) => visit("*", *items, out),
            _ => {}
        }
    }
    let shapes = Shapes::compile(schema);
    let mut out = Vec::new();
    walk(&shapes, Shapes::ROOT, &mut String::new(), &mut out);
    out
}
