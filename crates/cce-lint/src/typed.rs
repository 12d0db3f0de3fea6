//! Reads the typed model out of the structural pass's normalised value.
//!
//! The normalised value already has the model's canonical keys and types (the structural pass
//! dropped or reported everything else), so reading a struct is taking each field's key out of
//! its object: `#[derive(FromNormalised)]` (crate `cce-lint-derive`) writes that per struct.
//! `serde_json::from_value` would give the same model (a test checks), but its general visitors
//! are about a third of the WebAssembly module.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

pub(crate) use cce_lint_derive::FromNormalised;

/// Why a normalised value did not fit the model (a cce-lint bug, never a user mistake).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected {expected}, found {found}")]
pub(crate) struct DecodeError {
    expected: &'static str,
    found: &'static str,
}

/// A model type read out of a normalised value.
///
/// Reading never stops early: a mismatch is recorded in `error` and the value read as its
/// default, so a struct is one straight sequence of field reads (early returns would each need
/// their own clean-up of the fields read so far, which is most of the code serde generates).
pub(crate) trait FromNormalised: Sized {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self;
}

/// Reads a model type out of a normalised value.
pub(crate) fn from_normalised<T: FromNormalised>(value: Value) -> Result<T, DecodeError> {
    let mut error = None;
    let read = T::read(value, &mut error);
    match error {
        None => Ok(read),
        Some(error) => Err(error),
    }
}

/// Records the first mismatch.
#[inline(never)]
fn mismatch(expected: &'static str, value: &Value, error: &mut Option<DecodeError>) {
    let found = match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    error.get_or_insert(DecodeError { expected, found });
}

/// The members of an object, for the derive (none if it is not an object).
#[inline(never)]
pub(crate) fn object_members(value: Value, error: &mut Option<DecodeError>) -> Map<String, Value> {
    match value {
        Value::Object(members) => members,
        other => {
            mismatch("an object", &other, error);
            Map::new()
        }
    }
}

/// A field's value taken out of its object's members.
#[inline(never)]
fn take_value(members: &mut Map<String, Value>, key: &str) -> Option<Value> {
    members.swap_remove(key)
}

/// A field read out of its object's members: absent is the field's default (Go's zero value
/// or a nil pointer), which is what every model field declares with `#[serde(default)]`.
pub(crate) fn take_member<T: FromNormalised + Default>(
    members: &mut Map<String, Value>,
    key: &str,
    error: &mut Option<DecodeError>,
) -> T {
    match take_value(members, key) {
        Some(value) => T::read(value, error),
        None => T::default(),
    }
}

impl FromNormalised for String {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self {
        match value {
            Value::String(text) => text,
            other => {
                mismatch("a string", &other, error);
                String::new()
            }
        }
    }
}

impl FromNormalised for bool {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self {
        value.as_bool().unwrap_or_else(|| {
            mismatch("a boolean", &value, error);
            false
        })
    }
}

impl FromNormalised for i64 {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self {
        value.as_i64().unwrap_or_else(|| {
            mismatch("a 64-bit integer", &value, error);
            0
        })
    }
}

impl FromNormalised for i32 {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self {
        let number = value.as_i64().and_then(|number| i32::try_from(number).ok());
        number.unwrap_or_else(|| {
            mismatch("a 32-bit integer", &value, error);
            0
        })
    }
}

impl<T: FromNormalised> FromNormalised for Option<T> {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self {
        match value {
            Value::Null => None,
            other => Some(T::read(other, error)),
        }
    }
}

impl<T: FromNormalised> FromNormalised for Vec<T> {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self {
        match value {
            Value::Array(items) => items.into_iter().map(|item| T::read(item, error)).collect(),
            other => {
                mismatch("an array", &other, error);
                Vec::new()
            }
        }
    }
}

impl<T: FromNormalised> FromNormalised for BTreeMap<String, T> {
    fn read(value: Value, error: &mut Option<DecodeError>) -> Self {
        object_members(value, error)
            .into_iter()
            .map(|(key, member)| (key, T::read(member, error)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::CreateClusterRequest;

    #[test]
    fn reads_the_same_model_as_serde_json() {
        for seed in [
            include_str!("../../../tests/fixtures/seed/01-create-managed-master.json"),
            include_str!("../../../tests/fixtures/seed/02-create-custom-master.json"),
            include_str!("../../../tests/fixtures/seed/03-create-existed-instances.json"),
        ] {
            let value: Value = serde_json::from_str(seed).expect("seed parses");
            let expected: CreateClusterRequest =
                serde_json::from_value(value.clone()).expect("serde_json decodes the seed");
            let decoded: CreateClusterRequest = from_normalised(value).expect("decodes the seed");
            assert_eq!(decoded, expected);
        }
    }

    #[test]
    fn maps_options_and_numbers_decode() {
        let labels: Option<BTreeMap<String, String>> =
            from_normalised(json!({"a": "1", "b": "2"})).expect("map");
        assert_eq!(labels.map(|map| map.len()), Some(2));
        let none: Option<i64> = from_normalised(Value::Null).expect("null");
        assert_eq!(none, None);
        let count: i32 = from_normalised(json!(-3)).expect("integer");
        assert_eq!(count, -3);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_an_error_not_a_guess() {
        let error = from_normalised::<i64>(json!("3")).expect_err("string is no integer");
        assert_eq!(
            error.to_string(),
            "expected a 64-bit integer, found a string"
        );
        let error = from_normalised::<Vec<String>>(json!({})).expect_err("object is no array");
        assert_eq!(error.to_string(), "expected an array, found an object");
        assert!(from_normalised::<i32>(json!(1.5)).is_err());
        assert!(from_normalised::<i32>(json!(i64::MAX)).is_err());
        assert!(from_normalised::<bool>(json!(1)).is_err());
        assert!(from_normalised::<CreateClusterRequest>(json!([])).is_err());
    }
}
