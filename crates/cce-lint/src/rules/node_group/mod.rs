//! Node groups (CCE8xx).

use crate::model::node_group::InstanceGroupSpec;
use crate::model::CreateClusterRequest;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

pub mod autoscaler_range_invalid;
pub mod clean_policy_unset;
pub mod missing_instance_template;
pub mod missing_node_group_name;
pub mod negative_replicas;
pub mod node_group_master_role;
pub mod replicas_outside_autoscaler_range;
pub mod unknown_node_group_policy;

pub(crate) const RULES: &[Rule] = &[
    missing_node_group_name::RULE,
    negative_replicas::RULE,
    missing_instance_template::RULE,
    node_group_master_role::RULE,
    unknown_node_group_policy::RULE,
    clean_policy_unset::RULE,
    autoscaler_range_invalid::RULE,
    replicas_outside_autoscaler_range::RULE,
];

/// Every node group of the request with its pointer.
fn node_groups(
    request: &CreateClusterRequest,
) -> impl Iterator<Item = (JsonPointer, &InstanceGroupSpec)> {
    request
        .node_groups
        .iter()
        .flatten()
        .enumerate()
        .map(|(index, group)| {
            (
                JsonPointer::from_segments(["nodeGroups".to_owned(), index.to_string()]),
                group,
            )
        })
}
