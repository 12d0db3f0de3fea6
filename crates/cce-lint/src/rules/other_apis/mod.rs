//! The other cluster APIs: list, delete, delete protection, events (CCEAxx).

use crate::rules::Rule;

pub(crate) const RULES: &[Rule] = &[];
