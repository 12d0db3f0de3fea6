//! Decoding into the typed model the way Go's `encoding/json` decodes into its structs.
//!
//! The structural pass (`crate::structure`) walks the syntax tree against the shapes, reports
//! every deviation and, for what the server keeps, calls a [`Decode`] target: the typed model,
//! or a plain `serde_json::Value` for the documents the rules read as values. Like Go's decoder
//! it decodes *into what is already there*: a repeated key's object merges into the struct the
//! first one filled, a repeated array's elements decode into the earlier elements, a nil pointer
//! is allocated on first use. `#[derive(Decode)]` (crate `cce-lint-derive`) writes the struct
//! part: one `match` from canonical key to field. Nothing is built in between, so the model
//! costs one pass and no intermediate tree.

use std::collections::BTreeMap;

use serde_json::{Map, Number, Value};

pub(crate) use cce_lint_derive::Decode;

/// Go's zero value of a slice element or map value, as the shape describes it (only plain JSON
/// values need it: a typed value starts at its `Default`, which is the zero value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zero {
    Object,
    Null,
    String,
    Number,
    Boolean,
}

impl Zero {
    fn value(self) -> Value {
        match self {
            Zero::Object => Value::Object(Map::new()),
            Zero::Null => Value::Null,
            Zero::String => Value::String(String::new()),
            Zero::Number => Value::Number(0.into()),
            Zero::Boolean => Value::Bool(false),
        }
    }
}

/// A Go value that JSON decodes into. Every method is a no-op by default: the structural pass
/// only calls what the shape allows, so a type implements what its Go type can hold.
pub(crate) trait Decode {
    /// Whether this is Go's zero value (what `Default` gives): a cheap test where comparing with
    /// a default value would compare every field.
    fn is_zero(&self) -> bool;
    /// A string (already checked against the field's shape).
    fn string(&mut self, _value: &str) {}
    /// An integer (already checked against the field's range).
    fn integer(&mut self, _value: i64) {}
    /// A floating-point number.
    fn number(&mut self, _value: f64) {}
    /// `true` or `false`.
    fn boolean(&mut self, _value: bool) {}
    /// `null` on a Go pointer, slice, map or interface: back to nil.
    fn null(&mut self) {}
    /// An object is about to be decoded into this value (allocates a nil pointer or map).
    fn object(&mut self) {}
    /// The struct field with this canonical key, to decode a member into.
    fn field(&mut self, _key: &'static str) -> Option<&mut dyn Decode> {
        None
    }
    /// `null` in the struct field with this canonical key (a Go pointer, slice or map).
    fn null_field(&mut self, key: &'static str) {
        if let Some(field) = self.field(key) {
            field.null();
        }
    }
    /// An array of `length` elements is about to be decoded into this slice (room is made for
    /// them at once: a slice grown element by element would hold up to twice the memory).
    fn begin_array(&mut self, _length: usize) {}
    /// Element `index` of a slice: the element already there (Go decodes into it), else a new
    /// zero value.
    fn element(&mut self, _index: usize, _zero: Zero) -> Option<&mut dyn Decode> {
        None
    }
    /// An array of `length` elements was decoded: Go truncates the slice to it (an empty array
    /// gives an empty, non-nil slice).
    fn end_array(&mut self, _length: usize) {}
    /// The map value for `key`, reset to the zero value (Go replaces map values).
    fn entry(&mut self, _key: &str, _zero: Zero) -> Option<&mut dyn Decode> {
        None
    }
    /// A value of any shape (Go `interface{}`), as plain JSON.
    fn any(&mut self, _value: Value) {}
}

impl Decode for String {
    fn is_zero(&self) -> bool {
        self.is_empty()
    }
    fn string(&mut self, value: &str) {
        value.clone_into(self);
    }
}

impl Decode for bool {
    fn is_zero(&self) -> bool {
        !*self
    }
    fn boolean(&mut self, value: bool) {
        *self = value;
    }
}

impl Decode for i64 {
    fn is_zero(&self) -> bool {
        *self == 0
    }
    fn integer(&mut self, value: i64) {
        *self = value;
    }
}

impl Decode for i32 {
    fn is_zero(&self) -> bool {
        *self == 0
    }
    fn integer(&mut self, value: i64) {
        // The structural pass reports integers outside `int32` and never passes them.
        *self = i32::try_from(value).unwrap_or_default();
    }
}

/// A Go pointer: allocated on first use, nil again on `null`.
impl<T: Decode + Default> Decode for Option<T> {
    fn is_zero(&self) -> bool {
        self.is_none()
    }
    fn string(&mut self, value: &str) {
        self.get_or_insert_with(T::default).string(value);
    }
    fn integer(&mut self, value: i64) {
        self.get_or_insert_with(T::default).integer(value);
    }
    fn number(&mut self, value: f64) {
        self.get_or_insert_with(T::default).number(value);
    }
    fn boolean(&mut self, value: bool) {
        self.get_or_insert_with(T::default).boolean(value);
    }
    fn null(&mut self) {
        *self = None;
    }
    fn object(&mut self) {
        self.get_or_insert_with(T::default).object();
    }
    fn field(&mut self, key: &'static str) -> Option<&mut dyn Decode> {
        self.get_or_insert_with(T::default).field(key)
    }
    fn begin_array(&mut self, length: usize) {
        self.get_or_insert_with(T::default).begin_array(length);
    }
    fn element(&mut self, index: usize, zero: Zero) -> Option<&mut dyn Decode> {
        self.get_or_insert_with(T::default).element(index, zero)
    }
    fn end_array(&mut self, length: usize) {
        self.get_or_insert_with(T::default).end_array(length);
    }
    fn entry(&mut self, key: &str, zero: Zero) -> Option<&mut dyn Decode> {
        self.get_or_insert_with(T::default).entry(key, zero)
    }
    fn any(&mut self, value: Value) {
        self.get_or_insert_with(T::default).any(value);
    }
}

/// A boxed Go value (a large struct behind a pointer): decoded in place.
impl<T: Decode> Decode for Box<T> {
    fn is_zero(&self) -> bool {
        (**self).is_zero()
    }
    fn string(&mut self, value: &str) {
        (**self).string(value);
    }
    fn integer(&mut self, value: i64) {
        (**self).integer(value);
    }
    fn number(&mut self, value: f64) {
        (**self).number(value);
    }
    fn boolean(&mut self, value: bool) {
        (**self).boolean(value);
    }
    fn null(&mut self) {
        (**self).null();
    }
    fn object(&mut self) {
        (**self).object();
    }
    fn field(&mut self, key: &'static str) -> Option<&mut dyn Decode> {
        (**self).field(key)
    }
    fn begin_array(&mut self, length: usize) {
        (**self).begin_array(length);
    }
    fn element(&mut self, index: usize, zero: Zero) -> Option<&mut dyn Decode> {
        (**self).element(index, zero)
    }
    fn end_array(&mut self, length: usize) {
        (**self).end_array(length);
    }
    fn entry(&mut self, key: &str, zero: Zero) -> Option<&mut dyn Decode> {
        (**self).entry(key, zero)
    }
    fn any(&mut self, value: Value) {
        (**self).any(value);
    }
}

impl<T: Decode + Default> Decode for Vec<T> {
    fn is_zero(&self) -> bool {
        self.is_empty()
    }
    fn null(&mut self) {
        self.clear();
    }
    fn begin_array(&mut self, length: usize) {
        self.reserve_exact(length.saturating_sub(self.len()));
    }
    fn element(&mut self, index: usize, _zero: Zero) -> Option<&mut dyn Decode> {
        if index >= self.len() {
            self.resize_with(index + 1, T::default);
        }
        self.get_mut(index)
            .map(|element| element as &mut dyn Decode)
    }
    fn end_array(&mut self, length: usize) {
        self.truncate(length);
    }
}

impl<T: Decode + Default> Decode for BTreeMap<String, T> {
    fn is_zero(&self) -> bool {
        self.is_empty()
    }
    fn null(&mut self) {
        self.clear();
    }
    fn entry(&mut self, key: &str, _zero: Zero) -> Option<&mut dyn Decode> {
        let slot = self.entry(key.to_owned()).or_default();
        *slot = T::default();
        Some(slot)
    }
}

/// The normalised document as plain JSON: canonical keys only, what the server keeps.
impl Decode for Value {
    fn is_zero(&self) -> bool {
        self.is_null()
    }
    fn string(&mut self, value: &str) {
        *self = Value::String(value.to_owned());
    }
    fn integer(&mut self, value: i64) {
        *self = Value::Number(value.into());
    }
    fn number(&mut self, value: f64) {
        *self = Number::from_f64(value).map_or(Value::Null, Value::Number);
    }
    fn boolean(&mut self, value: bool) {
        *self = Value::Bool(value);
    }
    fn null(&mut self) {
        *self = Value::Null;
    }
    fn object(&mut self) {
        if !self.is_object() {
            *self = Value::Object(Map::new());
        }
    }
    fn field(&mut self, key: &'static str) -> Option<&mut dyn Decode> {
        self.object();
        let members = self.as_object_mut()?;
        Some(members.entry(key).or_insert(Value::Null))
    }
    fn null_field(&mut self, key: &'static str) {
        if let Some(members) = self.as_object_mut() {
            members.shift_remove(key);
        }
    }
    fn begin_array(&mut self, length: usize) {
        if !self.is_array() {
            *self = Value::Array(Vec::with_capacity(length));
        }
    }
    fn element(&mut self, index: usize, zero: Zero) -> Option<&mut dyn Decode> {
        if !self.is_array() {
            *self = Value::Array(Vec::new());
        }
        let items = self.as_array_mut()?;
        while items.len() <= index {
            items.push(zero.value());
        }
        items.get_mut(index).map(|item| item as &mut dyn Decode)
    }
    fn end_array(&mut self, length: usize) {
        if !self.is_array() {
            *self = Value::Array(Vec::new());
        }
        if let Some(items) = self.as_array_mut() {
            items.truncate(length);
        }
    }
    fn entry(&mut self, key: &str, zero: Zero) -> Option<&mut dyn Decode> {
        self.object();
        let members = self.as_object_mut()?;
        members.insert(key.to_owned(), zero.value());
        members.get_mut(key).map(|value| value as &mut dyn Decode)
    }
    fn any(&mut self, value: Value) {
        *self = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::DocumentKind;
    use crate::model::CreateClusterRequest;
    use crate::schema::Shapes;
    use crate::tree::{StringQuirks, Tree};

    /// The document decoded into `T`, and the codes of the structural findings.
    fn decoded<T: Decode + Default>(kind: DocumentKind, text: &str) -> (T, Vec<&'static str>) {
        let tree = Tree::parse(text, &mut StringQuirks::default())
            .expect("parses")
            .expect("not empty");
        let mut findings = Vec::new();
        let mut document = T::default();
        crate::structure::decode(&tree, Shapes::of(kind), &mut document, &mut findings);
        (
            document,
            findings.iter().map(|finding| finding.code).collect(),
        )
    }

    #[test]
    fn decodes_the_same_model_as_serde_json() {
        for seed in [
            include_str!("../../../tests/fixtures/seed/01-create-managed-master.json"),
            include_str!("../../../tests/fixtures/seed/02-create-custom-master.json"),
            include_str!("../../../tests/fixtures/seed/03-create-existed-instances.json"),
        ] {
            let (typed, codes) = decoded::<CreateClusterRequest>(DocumentKind::CreateCluster, seed);
            let (value, _) = decoded::<Value>(DocumentKind::CreateCluster, seed);
            let from_value: CreateClusterRequest =
                serde_json::from_value(value).expect("the normalised value decodes");
            assert_eq!(typed, from_value);
            if codes.is_empty() {
                // serde matches keys exactly: comparable where every key is canonical.
                let expected: CreateClusterRequest =
                    serde_json::from_str(seed).expect("serde_json decodes the seed");
                assert_eq!(typed, expected);
            } else {
                assert!(codes.iter().all(|code| *code == "CCE006"), "{codes:?}");
            }
        }
    }

    #[test]
    fn repeated_keys_decode_into_what_is_there_as_in_go() {
        let text = r#"{
            "cluster": {"clusterName": "a", "k8sVersion": "1.30.1"},
            "cluster": {"clusterName": "b"},
            "nodes": [{"count": 1, "instanceSpec": {"instanceName": "n1"}}, {"count": 5}],
            "nodes": [{"count": 2}],
            "metadata": {"labels": {"a": "1"}},
            "metadata": {"labels": {"b": "2"}}
        }"#;
        let (request, _) = decoded::<CreateClusterRequest>(DocumentKind::CreateCluster, text);
        assert_eq!(request.cluster.cluster_name, "b");
        assert_eq!(request.cluster.k8s_version, "1.30.1");
        let nodes = request.nodes.expect("nodes");
        assert_eq!(
            nodes.len(),
            1,
            "the slice is cut to the last array's length"
        );
        assert_eq!(nodes[0].count, 2);
        assert_eq!(nodes[0].instance_spec.instance_name, "n1", "elements merge");
        let labels = request
            .metadata
            .and_then(|metadata| metadata.labels)
            .expect("labels");
        assert_eq!(labels.len(), 2, "a repeated map merges its keys");
    }

    #[test]
    fn is_zero_is_equality_with_the_default() {
        use crate::model::instance::InstanceSpec;
        for (text, zero) in [
            ("{}", true),
            (r#"{"instanceName": "", "existed": false, "cpu": 0}"#, true),
            (r#"{"deployCustomConfig": {}}"#, true),
            (r#"{"deployCustomConfig": {"kubeletRootDir": "/k"}}"#, false),
            (r#"{"bbcOption": {}}"#, false),
            (r#"{"labels": {}}"#, false),
            (r#"{"machineType": "BCC"}"#, false),
            (r#"{"instanceResource": {"cdsList": []}}"#, false),
            (r#"{"existed": true}"#, false),
        ] {
            let document = format!(r#"{{"nodes": [{{"instanceSpec": {text}}}]}}"#);
            let (request, _) =
                decoded::<CreateClusterRequest>(DocumentKind::CreateCluster, &document);
            let spec = &request.nodes.expect("nodes")[0].instance_spec;
            assert_eq!(spec.is_zero(), zero, "{text}");
            assert_eq!(spec.is_zero(), *spec == InstanceSpec::default(), "{text}");
        }
    }

    #[test]
    fn null_resets_pointers_and_empty_arrays_are_not_nil() {
        let (request, _) = decoded::<CreateClusterRequest>(
            DocumentKind::CreateCluster,
            r#"{"metadata": {"labels": {}}, "metadata": null, "masters": [], "nodes": [{}], "nodes": null}"#,
        );
        assert_eq!(request.metadata, None);
        assert_eq!(request.masters, Some(Vec::new()));
        assert_eq!(request.nodes, None);
    }

    #[test]
    fn plain_values_hold_zero_values_for_undecodable_elements() {
        let (value, _) = decoded::<Value>(
            DocumentKind::CreateCluster,
            r#"{"nodes": [{"count": "x"}, "oops"], "cluster": {"plugins": ["a", 1]}}"#,
        );
        assert_eq!(
            value,
            serde_json::json!({"nodes": [{}, {}], "cluster": {"plugins": ["a", ""]}})
        );
    }
}
