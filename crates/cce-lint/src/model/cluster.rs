//! `cluster` of the create-cluster request (SDK `types.ClusterSpec`) and its parts.
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Cluster configuration. 集群配置 (ClusterSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "ClusterSpec")]
pub struct ClusterSpec {
    /// Cluster name (required). 集群名称
    #[serde(rename = "clusterName", default)]
    pub cluster_name: String,
}
