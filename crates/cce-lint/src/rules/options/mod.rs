//! Creation options (CCE9xx).

use crate::rules::Rule;

pub(crate) const RULES: &[Rule] = &[];
