//! Request structure and masters (CCE1xx).

use crate::rules::Rule;

pub mod managed_with_masters;

pub(crate) const RULES: &[Rule] = &[managed_with_masters::RULE];
