//! The structural pass: decodes the source the way CCE's Go `encoding/json` does, reporting
//! every deviation in one walk, and produces the normalised value the typed model is read from.
//!
//! Go's decoder matches keys case-insensitively (exact match first), ignores unknown keys,
//! keeps the last of duplicate keys (objects merge), treats `null` on non-pointer fields as
//! absent and fails the request on type mismatches. The normalised value mirrors that outcome:
//! canonical keys, duplicates resolved, unknown keys and undecodable values dropped.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use jsonc_parser::ast::{ObjectProp, Value as Node};
use serde_json::{Map, Number, Value};

use crate::diagnostic::Finding;
use crate::pointer::JsonPointer;
use crate::rules::structure::{
    case_insensitive_key::case_insensitive_key_diagnostic,
    duplicate_key::duplicate_key_diagnostic,
    invalid_integer::{invalid_integer_diagnostic, IntegerProblem},
    null_value::null_value_diagnostic,
    read_only_field::read_only_field_diagnostic,
    type_mismatch::type_mismatch_diagnostic,
    undocumented_key::{undocumented_key_diagnostic, DOC_ONLY_KEYS},
    unknown_enum_value::{unknown_enum_value_diagnostic, UnknownEnumValue},
    unknown_key::{unknown_key_diagnostic, KNOWN_ALIASES},
};
use crate::schema::{fold_key, Field, Shape, ShapeId, Shapes};
use crate::source::{key_text, keys_match, node_span, Span};

/// What the structural pass produces besides findings.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The document as the server's Go types would hold it (canonical keys only).
    pub(crate) value: Value,
    /// Spans of secret string values (never to be shown).
    pub(crate) secrets: Vec<Span>,
}

/// Decodes `root` against the shapes of its document kind.
pub(crate) fn decode<'a>(
    root: &'a Node<'a>,
    shapes: &'static Shapes,
    findings: &mut Vec<Finding>,
) -> Decoded {
    let mut decoder = Decoder {
        shapes,
        findings,
        secrets: Vec::new(),
        path: Vec::new(),
    };
    let value = decoder
        .value(root, Shapes::ROOT, None)
        .unwrap_or(Value::Null);
    Decoded {
        value,
        secrets: decoder.secrets,
    }
}

#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

struct Decoder<'a, 'f> {
    shapes: &'static Shapes,
    findings: &'f mut Vec<Finding>,
    secrets: Vec<Span>,
    path: Vec<Segment<'a>>,
}

impl<'a> Decoder<'a, '_> {
    fn pointer(&self) -> JsonPointer {
        let mut pointer = JsonPointer::root();
        for segment in &self.path {
            match segment {
                Segment::Key(key) => pointer.push(key),
                Segment::Index(index) => pointer.push(&index.to_string()),
            }
        }
        pointer
    }

    /// The key of the object being decoded (the last key segment), for doc-only key lookups.
    fn parent_key(&self) -> Option<&'a str> {
        self.path.iter().rev().find_map(|segment| match segment {
            Segment::Key(key) => Some(*key),
            Segment::Index(_) => None,
        })
    }

    /// Decodes one node; `None` means "leaves the Go value untouched" (null, a mismatch, or an
    /// enum's empty zero value).
    fn value(
        &mut self,
        node: &'a Node<'a>,
        shape: ShapeId,
        field: Option<&'static Field>,
    ) -> Option<Value> {
        let shape_ref = self.shapes.get(shape);
        if let Node::NullKeyword(null) = node {
            let report =
                field.is_some_and(|field| !field.nullable) && !matches!(shape_ref, Shape::Any);
            if report {
                let finding = null_value_diagnostic(self.pointer(), null.range.into());
                self.findings.push(finding);
            }
            return matches!(shape_ref, Shape::Any).then_some(Value::Null);
        }
        match (shape_ref, node) {
            (Shape::Any, _) => Some(plain_value(node)),
            (Shape::Struct(fields), Node::Object(object)) => {
                Some(self.object(&object.properties, fields))
            }
            (Shape::Map(values), Node::Object(object)) => {
                Some(self.map(&object.properties, *values))
            }
            (Shape::Array(items), Node::Array(array)) => {
                let mut out = Vec::with_capacity(array.elements.len());
                for (index, element) in array.elements.iter().enumerate() {
                    self.path.push(Segment::Index(index));
                    let decoded = self.value(element, *items, None);
                    self.path.pop();
                    out.push(decoded.unwrap_or_else(|| zero_value(self.shapes.get(*items))));
                }
                Some(Value::Array(out))
            }
            (Shape::String(values), Node::StringLit(literal)) => {
                if field.is_some_and(|field| field.secret) {
                    self.secrets.push(literal.range.into());
                }
                let text: &str = &literal.value;
                if let Some(values) = values {
                    if text.is_empty() {
                        return None;
                    }
                    if !values.values.iter().any(|known| known == text) {
                        let suggestion = closest(text, values.values.iter().map(String::as_str));
                        let code = field
                            .and_then(|field| field.enum_rule.as_deref())
                            .and_then(crate::rules::by_code)
                            .map_or(UnknownEnumValue::META.code, |rule| rule.meta.code);
                        let finding = unknown_enum_value_diagnostic(
                            code,
                            self.pointer(),
                            literal.range.into(),
                            text,
                            &values.values,
                            suggestion,
                        );
                        self.findings.push(finding);
                    }
                }
                Some(Value::String(text.to_owned()))
            }
            (Shape::Integer(bits), Node::NumberLit(number)) => {
                let raw = number.value;
                let problem = if raw.contains(['.', 'e', 'E']) {
                    Some(IntegerProblem::NotWhole)
                } else {
                    match raw.parse::<i64>() {
                        Ok(value) if *bits == 64 || i32::try_from(value).is_ok() => {
                            return Some(Value::Number(value.into()));
                        }
                        _ => Some(IntegerProblem::OutOfRange(*bits)),
                    }
                };
                if let Some(problem) = problem {
                    let finding =
                        invalid_integer_diagnostic(self.pointer(), number.range.into(), problem);
                    self.findings.push(finding);
                }
                None
            }
            (Shape::Number, Node::NumberLit(number)) => {
                match number.value.parse::<f64>().ok().and_then(Number::from_f64) {
                    Some(value) => Some(Value::Number(value)),
                    None => {
                        let finding = invalid_integer_diagnostic(
                            self.pointer(),
                            number.range.into(),
                            IntegerProblem::OutOfRange(64),
                        );
                        self.findings.push(finding);
                        None
                    }
                }
            }
            (Shape::Boolean, Node::BooleanLit(boolean)) => Some(Value::Bool(boolean.value)),
            (expected, found) => {
                if field.is_some_and(|field| field.secret) {
                    collect_strings(found, &mut self.secrets);
                }
                let finding = type_mismatch_diagnostic(
                    self.pointer(),
                    node_span(found),
                    expected_name(expected),
                    found_name(found),
                );
                self.findings.push(finding);
                None
            }
        }
    }

    fn object(&mut self, members: &'a [ObjectProp<'a>], fields: &'static [Field]) -> Value {
        let parent_key = self.parent_key();
        let mut out = Map::with_capacity(members.len());
        let mut seen: Vec<(&'static str, Span)> = Vec::new();
        for member in members {
            let key = key_text(&member.name);
            let key_span = name_span(member);
            let field = fields.iter().find(|field| field.name == key).or_else(|| {
                let field = fields.iter().find(|field| keys_match(&field.folded, key))?;
                let finding =
                    case_insensitive_key_diagnostic(&self.pointer(), key, &field.name, key_span);
                self.findings.push(finding);
                Some(field)
            });
            let Some(field) = field else {
                self.unknown_key(parent_key, key, member, fields);
                continue;
            };
            let name: &'static str = &field.name;
            self.path.push(Segment::Key(name));
            let decoded = self.value(&member.value, field.shape, Some(field));
            if field.read_only && decoded.as_ref().is_some_and(is_set) {
                let finding = read_only_field_diagnostic(self.pointer(), key_span);
                self.findings.push(finding);
            }
            let repeated = seen.iter().find(|(seen_name, _)| *seen_name == name);
            let repeated_key = repeated.is_some();
            if let Some((_, first)) = repeated {
                let merges = matches!(
                    self.shapes.get(field.shape),
                    Shape::Struct(_) | Shape::Map(_)
                ) && matches!(member.value, Node::Object(_))
                    && matches!(out.get(name), Some(Value::Object(_)));
                let finding =
                    duplicate_key_diagnostic(self.pointer(), key, key_span, *first, merges);
                self.findings.push(finding);
            } else {
                seen.push((name, key_span));
            }
            self.path.pop();
            match decoded {
                // A first occurrence needs no merge: skip the lookup `store` makes.
                Some(value) if !repeated_key => {
                    out.insert(name.to_owned(), value);
                }
                Some(value) => self.store(&mut out, name, field.shape, value),
                None if matches!(member.value, Node::NullKeyword(_)) && field.nullable => {
                    out.remove(name);
                }
                None => {}
            }
        }
        Value::Object(out)
    }

    /// Stores a decoded member the way Go does with repeated keys: objects decode into the
    /// struct already there (merge), everything else replaces it.
    fn store(&self, out: &mut Map<String, Value>, name: &str, shape: ShapeId, value: Value) {
        match (out.get_mut(name), value) {
            (Some(Value::Object(existing)), Value::Object(new)) => match self.shapes.get(shape) {
                Shape::Struct(fields) => {
                    for (key, value) in new {
                        let child = fields
                            .iter()
                            .find(|field| field.name == key)
                            .map_or(shape, |field| field.shape);
                        self.store(existing, &key, child, value);
                    }
                }
                _ => existing.extend(new),
            },
            (_, value) => {
                out.insert(name.to_owned(), value);
            }
        }
    }

    fn unknown_key(
        &mut self,
        parent_key: Option<&str>,
        key: &'a str,
        member: &'a ObjectProp<'a>,
        fields: &'static [Field],
    ) {
        let key_span = name_span(member);
        let doc_only = parent_key.is_some_and(|parent_key| {
            DOC_ONLY_KEYS
                .iter()
                .any(|(doc_parent, doc_key)| *doc_parent == parent_key && *doc_key == key)
        });
        let suggestion = if doc_only {
            None
        } else {
            suggest_key(key, fields)
        };
        let looks_secret = crate::source::is_secret_key(key)
            || suggestion.is_some_and(|known| {
                fields
                    .iter()
                    .any(|field| field.name == known && field.secret)
            });
        if looks_secret {
            collect_strings(&member.value, &mut self.secrets);
        }
        let parent = self.pointer();
        let finding = if doc_only {
            undocumented_key_diagnostic(&parent, key, key_span)
        } else {
            unknown_key_diagnostic(&parent, key, key_span, suggestion)
        };
        self.findings.push(finding);
    }

    fn map(&mut self, members: &'a [ObjectProp<'a>], values: ShapeId) -> Value {
        let mut out = Map::new();
        // A map may have any number of keys: look the first of each up by hash, not by scan.
        let mut first_spans: HashMap<&str, Span> = HashMap::with_capacity(members.len());
        for member in members {
            let key = key_text(&member.name);
            let key_span = name_span(member);
            self.path.push(Segment::Key(key));
            let decoded = self.value(&member.value, values, None);
            match first_spans.entry(key) {
                Entry::Occupied(first) => {
                    let first = *first.get();
                    let finding =
                        duplicate_key_diagnostic(self.pointer(), key, key_span, first, false);
                    self.findings.push(finding);
                }
                Entry::Vacant(slot) => {
                    slot.insert(key_span);
                }
            }
            self.path.pop();
            out.insert(
                key.to_owned(),
                decoded.unwrap_or_else(|| zero_value(self.shapes.get(values))),
            );
        }
        Value::Object(out)
    }
}

fn name_span(member: &ObjectProp<'_>) -> Span {
    match &member.name {
        jsonc_parser::ast::ObjectPropName::String(literal) => literal.range.into(),
        jsonc_parser::ast::ObjectPropName::Word(word) => word.range.into(),
    }
}

/// Whether a decoded value differs from Go's zero value.
fn is_set(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(flag) => *flag,
        Value::Number(number) => number.as_f64() != Some(0.0),
        Value::String(text) => !text.is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(members) => members.values().any(is_set),
    }
}

/// The value Go leaves in a slice element or map value it could not decode.
fn zero_value(shape: &Shape) -> Value {
    match shape {
        Shape::Struct(_) | Shape::Map(_) => Value::Object(Map::new()),
        Shape::Array(_) | Shape::Any => Value::Null,
        Shape::String(_) => Value::String(String::new()),
        Shape::Integer(_) | Shape::Number => Value::Number(0.into()),
        Shape::Boolean => Value::Bool(false),
    }
}

/// A node as a plain JSON value (for fields of any shape).
fn plain_value(node: &Node<'_>) -> Value {
    match node {
        Node::NullKeyword(_) => Value::Null,
        Node::BooleanLit(boolean) => Value::Bool(boolean.value),
        Node::StringLit(literal) => Value::String(literal.value.to_string()),
        Node::NumberLit(number) => serde_json::from_str(number.value).unwrap_or(Value::Null),
        Node::Array(array) => Value::Array(array.elements.iter().map(plain_value).collect()),
        Node::Object(object) => Value::Object(
            object
                .properties
                .iter()
                .map(|member| {
                    (
                        key_text(&member.name).to_owned(),
                        plain_value(&member.value),
                    )
                })
                .collect(),
        ),
    }
}

/// Collects the spans of every string and number inside a node (for values that are or look
/// like secrets).
fn collect_strings(node: &Node<'_>, out: &mut Vec<Span>) {
    match node {
        Node::StringLit(literal) => out.push(literal.range.into()),
        Node::NumberLit(number) => out.push(number.range.into()),
        Node::Array(array) => array
            .elements
            .iter()
            .for_each(|element| collect_strings(element, out)),
        Node::Object(object) => object.properties.iter().for_each(|member| {
            out.push(name_span(member));
            collect_strings(&member.value, out);
        }),
        _ => {}
    }
}

fn expected_name(shape: &Shape) -> (&'static str, &'static str) {
    match shape {
        Shape::Struct(_) | Shape::Map(_) => ("an object", "对象"),
        Shape::Array(_) => ("an array", "数组"),
        Shape::String(_) => ("a string", "字符串"),
        Shape::Integer(_) => ("an integer", "整数"),
        Shape::Number => ("a number", "数字"),
        Shape::Boolean => ("true or false", "布尔值 true 或 false"),
        Shape::Any => ("any value", "任意值"),
    }
}

fn found_name(node: &Node<'_>) -> (&'static str, &'static str) {
    match node {
        Node::Object(_) => ("an object", "对象"),
        Node::Array(_) => ("an array", "数组"),
        Node::StringLit(_) => ("a string", "字符串"),
        Node::NumberLit(_) => ("a number", "数字"),
        Node::BooleanLit(_) => ("a boolean", "布尔值"),
        Node::NullKeyword(_) => ("null", "null"),
    }
}

/// The known key closest to an unknown one: a documented alias, else the smallest
/// case-insensitive edit distance within a third of the key's length.
fn suggest_key(key: &str, fields: &'static [Field]) -> Option<&'static str> {
    let alias = KNOWN_ALIASES
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(key))
        .and_then(|(_, target)| fields.iter().find(|field| field.name == *target));
    if let Some(field) = alias {
        return Some(&field.name);
    }
    closest(key, fields.iter().map(|field| field.name.as_str()))
}

/// The candidate closest to `value` (case-insensitive), if close enough to be a likely typo.
fn closest<'c>(value: &str, candidates: impl Iterator<Item = &'c str>) -> Option<&'c str> {
    let folded = fold_key(value);
    let limit = (folded.chars().count() / 3).max(1);
    candidates
        .map(|candidate| {
            (
                strsim::levenshtein(&folded, &fold_key(candidate)),
                candidate,
            )
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}
