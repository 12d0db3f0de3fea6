//! The other cluster APIs of the seed document: list, get, delete, delete protection, events.
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Body of `PUT /v2/cluster/{clusterID}/forbiddelete`. 集群删除保护请求
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "UpdateClusterForbidDeleteRequest")]
pub struct ForbidDeleteRequest {
    /// Whether deleting the cluster is forbidden (required). 是否开启删除保护
    #[serde(rename = "forbidDelete", default)]
    pub forbid_delete: bool,
}

/// TODO(helper): ListClustersQuery.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "ListClustersQuery")]
pub struct ListClustersQuery {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// TODO(helper): DeleteClusterQuery.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "DeleteClusterQuery")]
pub struct DeleteClusterQuery {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// TODO(helper): CreateClusterResponse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "CreateClusterResponse")]
pub struct CreateClusterResponse {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// TODO(helper): ListClustersResponse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "ListClustersResponse")]
pub struct ListClustersResponse {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// TODO(helper): GetClusterResponse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "GetClusterResponse")]
pub struct GetClusterResponse {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// TODO(helper): DeleteClusterResponse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "DeleteClusterResponse")]
pub struct DeleteClusterResponse {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// TODO(helper): ForbidDeleteResponse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "ForbidDeleteResponse")]
pub struct ForbidDeleteResponse {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// TODO(helper): GetEventStepsResponse.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "GetEventStepsResponse")]
pub struct GetEventStepsResponse {
    /// Request ID. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}
