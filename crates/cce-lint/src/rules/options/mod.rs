//! Creation options (CCE9xx).

use crate::rules::Rule;

pub mod invalid_security_group_type;
pub mod missing_network_info;
pub mod network_check_enabled;
pub mod network_info_vpc_mismatch;

pub(crate) const RULES: &[Rule] = &[
    missing_network_info::RULE,
    network_info_vpc_mismatch::RULE,
    invalid_security_group_type::RULE,
    network_check_enabled::RULE,
];
