//! Request structure and masters (CCE1xx).

use crate::rules::Rule;

pub mod cluster_ha_mismatch;
pub mod cluster_role_contradicts_placement;
pub(crate) mod counting;
pub mod custom_without_masters;
pub mod duplicate_existed_instance;
pub mod invalid_cluster_ha;
pub mod invalid_cluster_role;
pub mod invalid_master_count;
pub mod invalid_master_type;
pub mod managed_option_on_custom_masters;
pub mod managed_with_masters;
pub mod master_only_cluster;
pub mod missing_options;
pub mod serverless_cluster_ha;

pub(crate) const RULES: &[Rule] = &[
    missing_options::RULE,
    managed_with_masters::RULE,
    custom_without_masters::RULE,
    invalid_master_count::RULE,
    cluster_ha_mismatch::RULE,
    invalid_cluster_ha::RULE,
    serverless_cluster_ha::RULE,
    invalid_master_type::RULE,
    master_only_cluster::RULE,
    cluster_role_contradicts_placement::RULE,
    invalid_cluster_role::RULE,
    managed_option_on_custom_masters::RULE,
    duplicate_existed_instance::RULE,
];
