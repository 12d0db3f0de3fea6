//! JSON syntax and the server's Go decoder (CCE0xx). These rules are detected by the
//! structural pass ([`crate::structure`]), which walks the source once against the model.

use crate::rules::Rule;

pub mod case_insensitive_key;
pub mod duplicate_key;
pub mod invalid_integer;
pub mod invalid_json;
pub mod invalid_root;
pub mod invalid_utf8;
pub mod null_value;
pub mod read_only_field;
pub mod type_mismatch;
pub mod undocumented_key;
pub mod unknown_enum_value;
pub mod unknown_key;

pub(crate) const RULES: &[Rule] = &[
    invalid_json::RULE,
    invalid_root::RULE,
    type_mismatch::RULE,
    invalid_integer::RULE,
    unknown_key::RULE,
    case_insensitive_key::RULE,
    duplicate_key::RULE,
    null_value::RULE,
    read_only_field::RULE,
    undocumented_key::RULE,
    unknown_enum_value::RULE,
    invalid_utf8::RULE,
];
