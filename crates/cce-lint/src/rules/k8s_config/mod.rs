//! Cluster-wide Kubernetes settings, `k8sCustomConfig` (CCE7xx).

use crate::rules::Rule;

pub mod api_burst_below_qps;
pub mod cert_san_invalid;
pub mod etcd_data_path_not_absolute;
pub mod etcd_data_path_on_managed_masters;
pub mod k8s_policy_unknown;
pub mod kms_key_missing;
pub mod kms_key_without_kms;
pub mod kms_unsupported_cluster;
pub mod master_customisation_on_managed;
pub mod negative_api_rate_limit;
pub mod non_masquerade_cidr_problem;
// (new rule modules above)

pub(crate) const RULES: &[Rule] = &[
    negative_api_rate_limit::RULE,
    api_burst_below_qps::RULE,
    kms_key_missing::RULE,
    kms_unsupported_cluster::RULE,
    cert_san_invalid::RULE,
    etcd_data_path_not_absolute::RULE,
    k8s_policy_unknown::RULE,
    non_masquerade_cidr_problem::RULE,
    master_customisation_on_managed::RULE,
    etcd_data_path_on_managed_masters::RULE,
    kms_key_without_kms::RULE,
    // (new rules above)
];
