//! The cluster spec (CCE2xx).

use crate::rules::Rule;

pub(crate) mod naming;
pub(crate) mod plugins;
pub(crate) mod runtime;
pub(crate) mod versions;

pub mod authenticate_mode_unknown;
pub mod charging_option_inconsistent;
pub mod cluster_name_invalid;
pub mod cluster_name_missing;
pub mod cluster_type_unknown;
pub mod deletion_protection_enabled;
pub mod docker_runtime_unsupported;
pub mod k8s_version_malformed;
pub mod k8s_version_missing;
pub mod k8s_version_retired;
pub mod k8s_version_unknown;
pub mod node_runtime_mismatch;
pub mod plugin_unknown;
pub mod prepaid_purchase_time_missing;
pub mod resource_id_malformed;
pub mod runtime_type_defaults_to_docker;
pub mod runtime_type_invalid;
pub mod security_group_inconsistent;
pub mod tag_invalid;
pub mod vpc_id_missing;
// (new rule modules above)

pub(crate) const RULES: &[Rule] = &[
    cluster_name_missing::RULE,
    cluster_name_invalid::RULE,
    vpc_id_missing::RULE,
    resource_id_malformed::RULE,
    k8s_version_missing::RULE,
    k8s_version_malformed::RULE,
    k8s_version_unknown::RULE,
    k8s_version_retired::RULE,
    runtime_type_invalid::RULE,
    docker_runtime_unsupported::RULE,
    runtime_type_defaults_to_docker::RULE,
    node_runtime_mismatch::RULE,
    cluster_type_unknown::RULE,
    authenticate_mode_unknown::RULE,
    tag_invalid::RULE,
    security_group_inconsistent::RULE,
    plugin_unknown::RULE,
    prepaid_purchase_time_missing::RULE,
    charging_option_inconsistent::RULE,
    deletion_protection_enabled::RULE,
    // (new rules above)
];
