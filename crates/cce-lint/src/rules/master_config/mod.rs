//! The master configuration (CCE3xx).

use crate::rules::Rule;

pub(crate) const RULES: &[Rule] = &[];
