//! The compiled "shape" the structural pass walks: what the server's Go types expect at each
//! place of a document, with case-folded field names for the Go decoder emulation in
//! `crate::structure`.
//!
//! The shapes are compiled at run time from a compact JSON Schema per kind, checked in under
//! `crates/cce-lint/shapes/` and embedded: the schema schemars derives from the model
//! (`crate::schema::generated`), reduced by [`compact`] to the keywords the compiler reads.
//! Deriving it with schemars at run time instead would put schemars and every description of
//! the model on the lint path (a slower cold start, and most of the WebAssembly module).
//! `UPDATE_SCHEMA=1 cargo test -p cce-lint --test schema` regenerates the files; the tests
//! check they are current and compile to the same shapes as the derived schema.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{json, Map, Value};

use crate::kind::DocumentKind;

/// Index of a [`Shape`] in [`Shapes`].
pub(crate) type ShapeId = usize;

/// What the server's Go type expects at one place of the document.
#[derive(Debug, PartialEq)]
pub(crate) enum Shape {
    /// Anything goes (for example `$schema`).
    Any,
    /// A Go struct: fixed, case-insensitively matched keys.
    Struct(Vec<Field>),
    /// A Go map: any key, each value of one shape.
    Map(ShapeId),
    /// A Go slice.
    Array(ShapeId),
    /// A string, possibly one of a documented set of values.
    String(Option<StringEnum>),
    /// An integer of this many bits (Go `int` is 64, `int32` 32).
    Integer(u8),
    /// A floating-point number.
    Number,
    /// A boolean.
    Boolean,
}

/// The documented values of a string field.
#[derive(Debug, PartialEq)]
pub(crate) struct StringEnum {
    pub(crate) values: Vec<String>,
}

/// One field of a Go struct.
#[derive(Debug, PartialEq)]
pub(crate) struct Field {
    /// The canonical key (the SDK's `json` tag).
    pub(crate) name: String,
    /// The key case-folded as Go's decoder compares keys.
    pub(crate) folded: String,
    pub(crate) shape: ShapeId,
    /// Go pointer, slice or map: `null` is a normal value.
    pub(crate) nullable: bool,
    /// Filled by the server; what the user sends is ignored.
    pub(crate) read_only: bool,
    /// Never echo the value.
    pub(crate) secret: bool,
    /// Read by editors, ignored by CCE (`$schema`): checked, never decoded.
    pub(crate) editor_only: bool,
    /// The rule that reports values outside the field's enumeration (`x-cce-rule`), when it
    /// is not the generic CCE011.
    pub(crate) enum_rule: Option<String>,
}

/// The compiled shapes of one document kind; the root is [`Shapes::ROOT`].
#[derive(Debug, PartialEq)]
pub(crate) struct Shapes {
    nodes: Vec<Shape>,
}

impl Shapes {
    pub(crate) const ROOT: ShapeId = 0;

    /// The compiled shapes of a kind, built once per process.
    pub(crate) fn of(kind: DocumentKind) -> &'static Shapes {
        // One cache per kind: linting a request never pays for the other kinds' shapes, nor for
        // the editor-oriented post-processing of `schema()`.
        static CACHE: [OnceLock<Shapes>; DocumentKind::ALL.len()] =
            [const { OnceLock::new() }; DocumentKind::ALL.len()];
        let index = DocumentKind::ALL
            .iter()
            .position(|candidate| *candidate == kind)
            .unwrap_or(0);
        CACHE[index].get_or_init(|| {
            // The files are generated and drift-tested, so they parse; `Null` would compile
            // to `Any`, which accepts everything, rather than panic.
            let mut root: Value = serde_json::from_str(shapes_source(kind)).unwrap_or_default();
            add_schema_key(&mut root);
            Shapes::compile(&root)
        })
    }

    pub(crate) fn get(&self, id: ShapeId) -> &Shape {
        &self.nodes[id]
    }

    pub(crate) fn compile(root: &Value) -> Shapes {
        let mut compiler = Compiler {
            defs: root.get("$defs").and_then(Value::as_object),
            nodes: vec![Shape::Any],
            by_ref: HashMap::new(),
        };
        let shape = compiler.shape_of(root);
        compiler.nodes[Self::ROOT] = shape;
        Shapes {
            nodes: compiler.nodes,
        }
    }
}

struct Compiler<'s> {
    defs: Option<&'s Map<String, Value>>,
    nodes: Vec<Shape>,
    by_ref: HashMap<&'s str, ShapeId>,
}

impl<'s> Compiler<'s> {
    fn add(&mut self, shape: Shape) -> ShapeId {
        self.nodes.push(shape);
        self.nodes.len() - 1
    }

    /// Compiles a sub-schema into a new node, sharing nodes of the same `$ref`.
    fn compile(&mut self, schema: &'s Value) -> ShapeId {
        if let Some(name) = Self::ref_name(schema) {
            if let Some(id) = self.by_ref.get(name) {
                return *id;
            }
            let id = self.add(Shape::Any);
            self.by_ref.insert(name, id);
            if let Some(target) = self.defs.and_then(|defs| defs.get(name)) {
                self.nodes[id] = self.shape_of(target);
            }
            return id;
        }
        let shape = self.shape_of(schema);
        self.add(shape)
    }

    fn ref_name(schema: &'s Value) -> Option<&'s str> {
        schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix("#/$defs/"))
    }

    /// The non-null alternative of a schema (`anyOf: [X, {type: null}]`, `type: [X, "null"]`).
    fn non_null(schema: &'s Value) -> &'s Value {
        for keyword in ["anyOf", "oneOf"] {
            if let Some(Value::Array(alternatives)) = schema.get(keyword) {
                if let Some(first) = alternatives
                    .iter()
                    .find(|alternative| alternative.get("type") != Some(&json!("null")))
                {
                    return first;
                }
            }
        }
        schema
    }

    fn shape_of(&mut self, schema: &'s Value) -> Shape {
        let schema = Self::non_null(schema);
        match Self::main_type(schema) {
            Some("object") => {
                if let Some(Value::Object(properties)) = schema.get("properties") {
                    let mut fields = Vec::with_capacity(properties.len());
                    for (name, property) in properties {
                        fields.push(self.field(name, property));
                    }
                    Shape::Struct(fields)
                } else if let Some(values) = schema.get("additionalProperties") {
                    let values = self.compile(values);
                    Shape::Map(values)
                } else {
                    Shape::Struct(Vec::new())
                }
            }
            Some("array") => {
                let items = match schema.get("items") {
                    Some(items) => self.compile(items),
                    None => self.add(Shape::Any),
                };
                Shape::Array(items)
            }
            Some("string") => {
                Shape::String(schema.get("enum").and_then(Value::as_array).map(|values| {
                    StringEnum {
                        values: values
                            .iter()
                            .filter_map(Value::as_str)
                            .filter(|value| !value.is_empty())
                            .map(str::to_owned)
                            .collect(),
                    }
                }))
            }
            Some("integer") => Shape::Integer(match schema.get("format").and_then(Value::as_str) {
                Some("int32") => 32,
                _ => 64,
            }),
            Some("number") => Shape::Number,
            Some("boolean") => Shape::Boolean,
            _ => Shape::Any,
        }
    }

    fn main_type(schema: &Value) -> Option<&str> {
        match schema.get("type") {
            Some(Value::String(name)) => Some(name),
            Some(Value::Array(names)) => names
                .iter()
                .filter_map(Value::as_str)
                .find(|name| *name != "null"),
            _ => None,
        }
    }

    fn is_nullable(schema: &Value) -> bool {
        let null = json!("null");
        match schema.get("type") {
            Some(Value::Array(names)) if names.contains(&null) => return true,
            _ => {}
        }
        ["anyOf", "oneOf"].iter().any(|keyword| {
            schema
                .get(*keyword)
                .and_then(Value::as_array)
                .is_some_and(|alternatives| {
                    alternatives.iter().any(|a| a.get("type") == Some(&null))
                })
        })
    }

    fn field(&mut self, name: &str, property: &'s Value) -> Field {
        let flag = |key: &str| property.get(key) == Some(&Value::Bool(true));
        let inner = Self::non_null(property);
        let shape = self.compile(inner);
        Field {
            name: name.to_owned(),
            folded: fold_key(name),
            shape,
            nullable: Self::is_nullable(property),
            read_only: flag("readOnly"),
            secret: flag("x-cce-secret"),
            editor_only: flag("x-cce-editor-only"),
            enum_rule: property
                .get("x-cce-rule")
                .and_then(Value::as_str)
                .map(str::to_owned),
        }
    }
}

/// Adds the root's `$schema` key: it associates a file with its schema in editors, must be a
/// string there, and CCE ignores it (it is checked, never decoded).
fn add_schema_key(root: &mut Value) {
    if let Some(Value::Object(properties)) = root.get_mut("properties") {
        properties.insert(
            "$schema".into(),
            json!({"type": "string", "x-cce-editor-only": true}),
        );
    }
}

/// Folds a key the way Go's `encoding/json` compares object keys with struct fields: simple
/// case folding, including `ſ` (U+017F) ≡ `s` and the Kelvin sign (U+212A) ≡ `k`.
pub(crate) fn fold_key(key: &str) -> String {
    key.chars()
        .flat_map(|c| match c {
            'ſ' => 's'.to_lowercase(),
            other => other.to_lowercase(),
        })
        .collect()
}

/// The checked-in compact schema of a kind (`shapes/<kind>.json`).
fn shapes_source(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::CreateCluster => include_str!("../shapes/create-cluster.json"),
        DocumentKind::ListClustersQuery => include_str!("../shapes/list-clusters-query.json"),
        DocumentKind::DeleteClusterQuery => include_str!("../shapes/delete-cluster-query.json"),
        DocumentKind::ForbidDeleteRequest => include_str!("../shapes/forbid-delete-request.json"),
        DocumentKind::CreateClusterResponse => {
            include_str!("../shapes/create-cluster-response.json")
        }
        DocumentKind::ListClustersResponse => {
            include_str!("../shapes/list-clusters-response.json")
        }
        DocumentKind::GetClusterResponse => include_str!("../shapes/get-cluster-response.json"),
        DocumentKind::DeleteClusterResponse => {
            include_str!("../shapes/delete-cluster-response.json")
        }
        DocumentKind::ForbidDeleteResponse => {
            include_str!("../shapes/forbid-delete-response.json")
        }
        DocumentKind::GetEventStepsResponse => {
            include_str!("../shapes/get-event-steps-response.json")
        }
    }
}

/// A schema reduced to the keywords [`Shapes::compile`] reads (types, structure, `$ref`s,
/// string enums, integer formats and the `readOnly`/`x-cce-*` flags of properties): no
/// descriptions, titles, examples, defaults or bounds.
pub(crate) fn compact(schema: &Value) -> Value {
    let Value::Object(object) = schema else {
        return schema.clone();
    };
    let mut kept = Map::new();
    for (keyword, value) in object {
        let value = match (keyword.as_str(), value) {
            ("properties" | "$defs", Value::Object(schemas)) => Value::Object(
                schemas
                    .iter()
                    .map(|(name, schema)| (name.clone(), compact(schema)))
                    .collect(),
            ),
            ("anyOf" | "oneOf", Value::Array(schemas)) => {
                Value::Array(schemas.iter().map(compact).collect())
            }
            ("additionalProperties" | "items", schema) => compact(schema),
            (
                "$ref" | "type" | "enum" | "format" | "readOnly" | "x-cce-secret" | "x-cce-rule",
                _,
            ) => value.clone(),
            _ => continue,
        };
        kept.insert(keyword.clone(), value);
    }
    Value::Object(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::generated;

    #[test]
    fn checked_in_shapes_compile_like_the_derived_schema() {
        for kind in DocumentKind::ALL {
            let mut derived = generated(kind);
            add_schema_key(&mut derived);
            let expected = Shapes::compile(&derived);
            assert!(
                matches!(expected.get(Shapes::ROOT), Shape::Struct(fields) if !fields.is_empty()),
                "{kind}"
            );
            assert!(*Shapes::of(kind) == expected, "{kind}: the shapes differ; run `UPDATE_SCHEMA=1 cargo test -p cce-lint --test schema`");
        }
    }

    #[test]
    fn compact_keeps_what_the_compiler_reads_and_property_names() {
        let schema = json!({
            "type": "object",
            "title": "T",
            "properties": {
                "description": {"type": "string", "description": "a field named description", "enum": ["a"], "default": "a"},
                "n": {"anyOf": [{"$ref": "#/$defs/N"}, {"type": "null"}], "readOnly": true, "examples": [1]},
            },
            "$defs": {"N": {"type": "integer", "format": "int32", "minimum": 0, "x-cce-rule": "CCE011"}},
        });
        assert_eq!(
            compact(&schema),
            json!({
                "type": "object",
                "properties": {
                    "description": {"type": "string", "enum": ["a"]},
                    "n": {"anyOf": [{"$ref": "#/$defs/N"}, {"type": "null"}], "readOnly": true},
                },
                "$defs": {"N": {"type": "integer", "format": "int32", "x-cce-rule": "CCE011"}},
            })
        );
    }
}
