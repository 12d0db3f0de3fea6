//! The request as CCE will interpret it: keys matched the way the Go server matches them,
//! unknown keys dropped, duplicates resolved, and the server's defaults filled in, each value
//! marked as written by the user, a default, or derived from another value.
//!
//! The defaults are the `default`s of the kind's JSON Schema (written once, in the model), so
//! `effective` and the schema cannot disagree. Two values depend on others and are derived:
//! an instance's `runtimeType` (the cluster's), and `existedOption.rebuild` of an existing
//! instance (`true`: CCE reinstalls the machine unless told otherwise). Docker settings get
//! their defaults only on an instance whose runtime is Docker.
//!
//! ```
//! use cce_lint::effective::{effective, Origin};
//! use cce_lint::LintOptions;
//!
//! let view = effective(r#"{"cluster": {"clusterName": "demo"}}"#, &LintOptions::default()).unwrap();
//! let mode = view.values.iter().find(|v| v.pointer.as_str() == "/cluster/containerNetworkConfig/mode").unwrap();
//! assert_eq!((mode.value.as_str(), mode.origin), (Some("kubenet"), Origin::Default));
//! ```

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::kind::DocumentKind;
use crate::lint::LintOptions;
use crate::pointer::JsonPointer;
use crate::schema::{schema, Shapes};
use crate::structure;
use crate::tree::{Kind, StringQuirks, Tree};

/// What secret values are shown as.
pub const MASKED_SECRET: &str = "********";

/// Where an effective value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Written in the request.
    User,
    /// A server default (the schema's `default`).
    Default,
    /// Computed from another value of the request.
    Derived,
}

impl Origin {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::User => "user",
            Origin::Default => "default",
            Origin::Derived => "derived",
        }
    }
}

/// One scalar of the effective request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EffectiveValue {
    /// Where it is (canonical key names).
    pub pointer: JsonPointer,
    /// The value (secrets masked).
    pub value: Value,
    /// Where it comes from.
    pub origin: Origin,
}

/// The request as CCE will interpret it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Effective {
    /// The kind it was read as.
    #[serde(serialize_with = "serialize_kind")]
    pub kind: DocumentKind,
    /// The whole effective document (secrets masked).
    pub request: Value,
    /// Every scalar of `request`, in document order, with its origin.
    pub values: Vec<EffectiveValue>,
}

fn serialize_kind<S: serde::Serializer>(
    kind: &DocumentKind,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(kind.name())
}

/// Why there is no effective request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EffectiveError {
    /// The text is not a JSON object (run `check` for the details).
    #[error("the document is not a JSON object that CCE can read; run `cce-lint check` on it")]
    NotAnObject,
}

/// Reads `text` the way CCE does and fills in the server defaults.
pub fn effective(text: &str, options: &LintOptions) -> Result<Effective, EffectiveError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let tree = match Tree::parse(text, &mut StringQuirks::default()) {
        Ok(Some(tree)) if tree.kind(tree.root()) == Kind::Object => tree,
        _ => return Err(EffectiveError::NotAnObject),
    };
    let root = tree.root();
    let kind = options.kind.unwrap_or_else(|| {
        DocumentKind::detect(tree.members(root).map(|member| tree.str(member.key)))
    });
    let mut request = Value::Null;
    structure::decode(&tree, Shapes::of(kind), &mut request, &mut Vec::new());
    let schema = schema(kind);
    let mut filler = Filler {
        definitions: schema.get("$defs"),
        values: Vec::new(),
        cluster_runtime: request
            .pointer("/cluster/runtimeType")
            .and_then(Value::as_str)
            .map(str::to_owned),
    };
    filler.fill(&schema, &mut request, &mut JsonPointer::root(), None);
    Ok(Effective {
        kind,
        request,
        values: filler.values,
    })
}

struct Filler<'s> {
    definitions: Option<&'s Value>,
    values: Vec<EffectiveValue>,
    cluster_runtime: Option<String>,
}

impl<'s> Filler<'s> {
    /// The schema itself, with `$ref`s followed and `T | null` unwrapped; and the name of the
    /// definition it came from.
    fn resolve(&self, mut schema: &'s Value) -> (&'s Value, Option<&'s str>) {
        let mut name = None;
        for _ in 0..16 {
            if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
                let Some(definition) = reference
                    .strip_prefix("#/$defs/")
                    .and_then(|key| self.definitions?.get(key).map(|found| (key, found)))
                else {
                    break;
                };
                (name, schema) = (Some(definition.0), definition.1);
            } else if let Some(alternatives) = schema.get("anyOf").and_then(Value::as_array) {
                let Some(inner) = alternatives
                    .iter()
                    .find(|alternative| alternative.get("type") != Some(&Value::from("null")))
                else {
                    break;
                };
                schema = inner;
            } else {
                break;
            }
        }
        (schema, name)
    }

    fn is_nullable(schema: &Value) -> bool {
        let null = Value::from("null");
        match schema.get("type") {
            Some(Value::Array(types)) => types.contains(&null),
            _ => schema
                .get("anyOf")
                .and_then(Value::as_array)
                .is_some_and(|alternatives| {
                    alternatives.iter().any(|a| a.get("type") == Some(&null))
                }),
        }
    }

    fn record(&mut self, pointer: &JsonPointer, value: &Value, origin: Origin) {
        match value {
            Value::Object(object) if !object.is_empty() => {
                for (key, child) in object {
                    self.record(&pointer.child(key), child, origin);
                }
            }
            Value::Array(array) if !array.is_empty() => {
                for (index, child) in array.iter().enumerate() {
                    self.record(&pointer.child(index), child, origin);
                }
            }
            _ => self.values.push(EffectiveValue {
                pointer: pointer.clone(),
                value: value.clone(),
                origin,
            }),
        }
    }

    /// Fills the defaults of `schema` into `value` (at `pointer`), recording every scalar.
    fn fill(
        &mut self,
        schema: &'s Value,
        value: &mut Value,
        pointer: &mut JsonPointer,
        runtime: Option<&str>,
    ) {
        let (schema, definition) = self.resolve(schema);
        if let (Some(properties), Value::Object(object)) = (
            schema.get("properties").and_then(Value::as_object),
            &mut *value,
        ) {
            self.fill_object(properties, definition, object, pointer, runtime);
            if let Some(values) = schema.get("additionalProperties").filter(|s| s.is_object()) {
                for (key, child) in object.iter_mut() {
                    if !properties.contains_key(key) {
                        self.fill(values, child, &mut pointer.child(key), runtime);
                    }
                }
            }
        } else if let (Some(values), Value::Object(object)) = (
            schema.get("additionalProperties").filter(|s| s.is_object()),
            &mut *value,
        ) {
            for (key, child) in object.iter_mut() {
                self.fill(values, child, &mut pointer.child(key), runtime);
            }
        } else if let (Some(items), Value::Array(array)) = (schema.get("items"), &mut *value) {
            for (index, element) in array.iter_mut().enumerate() {
                self.fill(items, element, &mut pointer.child(index), runtime);
            }
        } else {
            self.record(pointer, value, Origin::User);
        }
    }

    fn fill_object(
        &mut self,
        properties: &'s Map<String, Value>,
        definition: Option<&str>,
        object: &mut Map<String, Value>,
        pointer: &mut JsonPointer,
        runtime: Option<&str>,
    ) {
        let is_instance = definition == Some("InstanceSpec");
        let existed = is_instance && object.get("existed") == Some(&Value::Bool(true));
        // An instance's runtime: its own, else the cluster's (derived).
        let mut runtime = runtime.map(str::to_owned);
        let mut derived_runtime = false;
        if is_instance {
            match object.get("runtimeType").and_then(Value::as_str) {
                Some(own) => runtime = Some(own.to_owned()),
                None => {
                    runtime.clone_from(&self.cluster_runtime);
                    if let Some(cluster) = &runtime {
                        object.insert("runtimeType".into(), Value::from(cluster.clone()));
                        derived_runtime = true;
                    }
                }
            }
        }
        for (name, property) in properties {
            let child_pointer = pointer.child(name);
            if property.get("x-cce-secret") == Some(&Value::Bool(true)) {
                if let Some(secret) = object.get_mut(name) {
                    *secret = Value::from(MASKED_SECRET);
                    self.record(&child_pointer, secret, Origin::User);
                }
                continue;
            }
            if is_instance && name == "runtimeType" && derived_runtime {
                if let Some(value) = object.get(name) {
                    let value = value.clone();
                    self.record(&child_pointer, &value, Origin::Derived);
                }
                continue;
            }
            if is_instance && name == "existedOption" {
                if existed {
                    let option = object
                        .entry(name.clone())
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(option) = option {
                        if option.get("rebuild").is_none_or(Value::is_null) {
                            option.insert("rebuild".into(), Value::Bool(true));
                            self.record(
                                &child_pointer.child("rebuild"),
                                &Value::Bool(true),
                                Origin::Derived,
                            );
                            let rest: Map<String, Value> = option
                                .iter()
                                .filter(|(key, _)| key.as_str() != "rebuild")
                                .map(|(key, value)| (key.clone(), value.clone()))
                                .collect();
                            for (key, value) in rest {
                                self.record(&child_pointer.child(&key), &value, Origin::User);
                            }
                            continue;
                        }
                    }
                }
                if let Some(child) = object.get_mut(name) {
                    self.fill(
                        property,
                        child,
                        &mut child_pointer.clone(),
                        runtime.as_deref(),
                    );
                }
                continue;
            }
            let docker_only = name == "dockerConfig" && runtime.as_deref() != Some("docker");
            match object.get_mut(name) {
                Some(child) if !child.is_null() => {
                    self.fill(
                        property,
                        child,
                        &mut child_pointer.clone(),
                        runtime.as_deref(),
                    );
                }
                _ => {
                    if let Some(default) = property.get("default") {
                        object.insert(name.clone(), default.clone());
                        self.record(&child_pointer, default, Origin::Default);
                    } else if !docker_only && !Self::is_nullable(property) {
                        let (inner, _) = self.resolve(property);
                        if inner.get("properties").is_some() {
                            let mut created = Value::Object(Map::new());
                            self.fill(
                                property,
                                &mut created,
                                &mut child_pointer.clone(),
                                runtime.as_deref(),
                            );
                            if created
                                .as_object()
                                .is_some_and(|created| !created.is_empty())
                            {
                                object.insert(name.clone(), created);
                            }
                        }
                    }
                }
            }
        }
    }
}

impl fmt::Display for Effective {
    /// A readable view: one line per value, `pointer  value  origin`, aligned.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "# {} as CCE will read it (user / default / derived)",
            self.kind.name()
        )?;
        let width = self
            .values
            .iter()
            .map(|value| value.pointer.as_str().chars().count())
            .max()
            .unwrap_or(0);
        let rendered: Vec<String> = self
            .values
            .iter()
            .map(|value| value.value.to_string())
            .collect();
        let value_width = rendered
            .iter()
            .map(|text| text.chars().count())
            .max()
            .unwrap_or(0);
        for (value, text) in self.values.iter().zip(&rendered) {
            writeln!(
                f,
                "{:<width$}  {:<value_width$}  {}",
                value.pointer.as_str(),
                text,
                value.origin.as_str()
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin_of(view: &Effective, pointer: &str) -> Option<(Value, Origin)> {
        view.values
            .iter()
            .find(|value| value.pointer.as_str() == pointer)
            .map(|value| (value.value.clone(), value.origin))
    }

    #[test]
    fn fills_the_documented_defaults() {
        let text = r#"{"cluster": {"clusterName": "demo", "containerNetworkConfig": {"mode": "vpc-eni"}}}"#;
        let view = effective(text, &LintOptions::default()).expect("an object");
        let network = "/cluster/containerNetworkConfig";
        assert_eq!(
            origin_of(&view, "/cluster/clusterName"),
            Some(("demo".into(), Origin::User))
        );
        assert_eq!(
            origin_of(&view, &format!("{network}/mode")),
            Some(("vpc-eni".into(), Origin::User))
        );
        for (key, value) in [
            ("ipVersion", Value::from("ipv4")),
            ("maxPodsPerNode", Value::from(128)),
            ("kubeProxyMode", Value::from("ipvs")),
            ("nodePortRangeMin", Value::from(30000)),
            ("nodePortRangeMax", Value::from(32767)),
        ] {
            assert_eq!(
                origin_of(&view, &format!("{network}/{key}")),
                Some((value, Origin::Default)),
                "{key}"
            );
        }
        assert_eq!(
            origin_of(&view, "/cluster/clusterType"),
            Some(("normal".into(), Origin::Default))
        );
        assert_eq!(
            view.request["cluster"]["containerNetworkConfig"]["maxPodsPerNode"],
            128
        );
    }

    #[test]
    fn derives_rebuild_and_runtime_and_masks_secrets() {
        let text = r#"{"cluster": {"clusterName": "demo", "runtimeType": "containerd"},
            "nodes": [{"instanceSpec": {"existed": true, "ADMINPASSWORD": "Canary-1"}},
                      {"instanceSpec": {"runtimeType": "docker"}}]}"#;
        let view = effective(text, &LintOptions::default()).expect("an object");
        assert_eq!(
            origin_of(&view, "/nodes/0/instanceSpec/existedOption/rebuild"),
            Some((true.into(), Origin::Derived))
        );
        assert_eq!(
            origin_of(&view, "/nodes/0/instanceSpec/runtimeType"),
            Some(("containerd".into(), Origin::Derived))
        );
        assert_eq!(
            origin_of(&view, "/nodes/1/instanceSpec/runtimeType"),
            Some(("docker".into(), Origin::User))
        );
        assert_eq!(
            origin_of(&view, "/nodes/1/instanceSpec/existedOption/rebuild"),
            None
        );
        assert!(origin_of(
            &view,
            "/nodes/0/instanceSpec/deployCustomConfig/dockerConfig/dockerLogMaxSize"
        )
        .is_none());
        assert!(origin_of(
            &view,
            "/nodes/1/instanceSpec/deployCustomConfig/dockerConfig/dockerLogMaxSize"
        )
        .is_some());
        assert_eq!(
            origin_of(&view, "/nodes/0/instanceSpec/adminPassword"),
            Some((MASKED_SECRET.into(), Origin::User))
        );
        let everything = format!(
            "{} {view}",
            serde_json::to_string(&view).unwrap_or_default()
        );
        assert!(!everything.contains("Canary-1"));
    }

    #[test]
    fn refuses_what_is_not_an_object() {
        for text in ["", "[1]", "{\"cluster\": "] {
            assert_eq!(
                effective(text, &LintOptions::default()),
                Err(EffectiveError::NotAnObject)
            );
        }
    }
}
