//! Node deployment and kubelet settings, `deployCustomConfig` (CCE6xx).

use crate::rules::Rule;

pub(crate) const RULES: &[Rule] = &[];
