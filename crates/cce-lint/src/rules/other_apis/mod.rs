//! The other cluster APIs: list, delete, delete protection, events (CCEAxx).

use crate::rules::Rule;

pub mod invalid_cluster_id;
pub mod invalid_delete_flag;
pub mod invalid_forbid_delete;
pub mod invalid_page;
pub mod move_out_with_resource_deletion;
pub mod unknown_event_status;
pub mod unknown_list_field;
pub mod unknown_sort_order;

pub(crate) const RULES: &[Rule] = &[
    unknown_list_field::RULE,
    unknown_sort_order::RULE,
    invalid_page::RULE,
    invalid_cluster_id::RULE,
    invalid_delete_flag::RULE,
    move_out_with_resource_deletion::RULE,
    invalid_forbid_delete::RULE,
    unknown_event_status::RULE,
];
