//! The master configuration (CCE3xx).

use crate::rules::Rule;

pub mod blb_source;
pub mod exposed_public_mismatch;
pub mod invalid_master_flavor;
pub mod malformed_zone;
pub mod missing_blb_subnet;
pub mod missing_master_zone;

pub(crate) const RULES: &[Rule] = &[
    missing_blb_subnet::RULE,
    missing_master_zone::RULE,
    malformed_zone::RULE,
    invalid_master_flavor::RULE,
    blb_source::RULE,
    exposed_public_mismatch::RULE,
];
