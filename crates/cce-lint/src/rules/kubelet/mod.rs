//! Node deployment and kubelet settings, `deployCustomConfig` (CCE6xx).

use crate::rules::Rule;

pub(crate) mod encoding;
pub(crate) mod eviction;
pub(crate) mod hosts;
pub(crate) mod node_facts;
pub(crate) mod quantity;

pub mod container_log_max_files_too_small;
pub mod eviction_grace_period_invalid;
pub mod eviction_threshold_invalid;
pub mod grace_period_without_soft_eviction;
pub mod kubelet_burst_below_qps;
pub mod kubelet_policy_unknown;
pub mod kubelet_value_out_of_range;
pub mod max_pods_exceeds_node_cidr;
pub mod negative_kubelet_limit;
pub mod node_setting_malformed;
pub mod registry_address_malformed;
pub mod reserved_resource_invalid;
pub mod runtime_config_ignored;
pub mod soft_eviction_without_grace_period;
pub mod static_cpu_manager_without_reserved_cpu;
pub mod user_script_not_base64;
// (new rule modules above)

pub(crate) const RULES: &[Rule] = &[
    user_script_not_base64::RULE,
    runtime_config_ignored::RULE,
    reserved_resource_invalid::RULE,
    soft_eviction_without_grace_period::RULE,
    grace_period_without_soft_eviction::RULE,
    eviction_threshold_invalid::RULE,
    container_log_max_files_too_small::RULE,
    negative_kubelet_limit::RULE,
    kubelet_burst_below_qps::RULE,
    max_pods_exceeds_node_cidr::RULE,
    static_cpu_manager_without_reserved_cpu::RULE,
    kubelet_policy_unknown::RULE,
    kubelet_value_out_of_range::RULE,
    node_setting_malformed::RULE,
    registry_address_malformed::RULE,
    eviction_grace_period_invalid::RULE,
    // (new rules above)
];
