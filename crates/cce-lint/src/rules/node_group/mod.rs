//! Node groups (CCE8xx).

use crate::rules::Rule;

pub(crate) const RULES: &[Rule] = &[];
