//! The body of `POST /v2/cluster` (SDK `v2.CreateClusterRequest`).

use std::collections::BTreeMap;

use crate::decode::Decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::cluster::ClusterSpec;
use crate::model::instance::InstanceSet;
use crate::model::node_group::InstanceGroupSpec;
use crate::model::options::CreateClusterOptions;

/// Request body of the CCE create-cluster API (`POST /v2/cluster`). 创建集群请求
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "CCE create-cluster request (POST /v2/cluster)")]
pub struct CreateClusterRequest {
    /// Labels and annotations of the cluster object. 集群元数据
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<CreateClusterMetadata>,

    /// Cluster configuration (required). 集群配置
    #[serde(default)]
    pub cluster: ClusterSpec,

    /// Master instance sets; not needed for managed masters. 集群 Master 配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masters: Option<Vec<InstanceSet>>,

    /// Worker instance sets; absent means a master-only cluster. 集群 Worker 配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<InstanceSet>>,

    /// Node groups created with the cluster. 节点组
    #[serde(
        rename = "nodeGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_groups: Option<Vec<InstanceGroupSpec>>,

    /// Creation options, e.g. skipping the network conflict check. 集群创建选项
    #[serde(default)]
    pub options: CreateClusterOptions,
}

/// Metadata of the cluster object. 集群元数据 (CreateClusterMetadata)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "CreateClusterMetadata")]
pub struct CreateClusterMetadata {
    /// Labels of the cluster object. 集群标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,

    /// Annotations of the cluster object. 集群注解
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}
