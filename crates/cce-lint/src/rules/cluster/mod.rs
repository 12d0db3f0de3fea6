//! The cluster spec (CCE2xx).

use crate::rules::Rule;

pub(crate) const RULES: &[Rule] = &[];
