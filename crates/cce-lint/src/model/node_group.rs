//! `nodeGroups` of the create-cluster request (SDK `v2.InstanceGroupSpec`).
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::instance::InstanceSpec;

/// A node group created with the cluster. 节点组 (InstanceGroupSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "InstanceGroupSpec")]
pub struct InstanceGroupSpec {
    /// Node group name (required). 节点组名称
    #[serde(rename = "instanceGroupName", default)]
    pub instance_group_name: String,

    /// Template of the group's instances. 节点模板
    #[serde(rename = "instanceTemplate", default)]
    pub instance_template: InstanceSpec,

    /// Desired number of nodes. 期望节点数
    #[serde(default)]
    pub replicas: i64,
}
