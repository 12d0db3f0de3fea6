//! Cluster-wide Kubernetes settings, `k8sCustomConfig` (CCE7xx).

use crate::rules::Rule;

pub(crate) const RULES: &[Rule] = &[];
