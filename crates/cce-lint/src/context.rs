//! Network facts the request itself lacks (its VPC's CIDRs, subnets, other clusters' container
//! CIDRs), given as a small JSON file so the CIDR rules can run offline and in CI.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Facts about the VPC a request creates its cluster in. 集群所在 VPC 的网络信息
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "cce-lint network context")]
pub struct NetworkContext {
    /// The VPC's IPv4 CIDR, e.g. `192.168.0.0/16`. VPC 网段
    #[serde(default, rename = "vpcCIDR", skip_serializing_if = "Option::is_none")]
    pub vpc_cidr: Option<String>,
    /// The VPC's IPv6 CIDR. VPC IPv6 网段
    #[serde(
        default,
        rename = "vpcCIDRIPv6",
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_cidr_ipv6: Option<String>,
    /// Secondary CIDRs of the VPC. VPC 辅助网段
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secondary_cidrs: Vec<String>,
    /// Subnets by ID (`sbn-…`). 子网
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub subnets: BTreeMap<String, SubnetFacts>,
    /// Container CIDRs of other clusters in the same VPC. 同 VPC 其他集群的容器网段
    #[serde(
        default,
        rename = "otherClusterPodCIDRs",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub other_cluster_pod_cidrs: Vec<String>,
}

/// Facts about one subnet. 子网信息
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubnetFacts {
    /// The subnet's IPv4 CIDR. 子网网段
    #[serde(default, rename = "cidr", skip_serializing_if = "Option::is_none")]
    pub cidr: Option<String>,
    /// Its zone, e.g. `zoneA`. 可用区
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

impl NetworkContext {
    /// Parses a context file.
    ///
    /// # Errors
    /// When the text is not a JSON object of this shape.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}
