//! `options` of the create-cluster request (SDK `v2.CreateClusterOptions`).

use crate::decode::Decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::common::SecurityGroupType;

/// Options for cluster creation. 集群创建选项 (CreateClusterOptions).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "CreateClusterOptions")]
pub struct CreateClusterOptions {
    /// Skip the server's check of the pod and Service CIDRs against the VPC, its routes and other
    /// clusters (absent/null: the check runs). 跳过网段冲突检查
    #[serde(rename = "skipNetworkCheck", default)]
    pub skip_network_check: Option<bool>,

    /// Create the default security groups together with the cluster. 创建默认安全组
    #[serde(
        rename = "createSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_security_groups: Option<CreateSecurityGroups>,

    /// Check the default security groups before creation. 检查默认安全组
    #[serde(
        rename = "checkDefaultSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub check_default_security_groups: Option<bool>,
}

/// Default security groups to create with the cluster. 创建集群默认安全组
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "CreateSecurityGroups")]
pub struct CreateSecurityGroups {
    /// Network facts the security-group rules are generated from. 安全组规则所需的集群网络信息
    #[serde(rename = "networkInfo", default)]
    pub network_info: ClusterNetworkInfo,

    /// Kind of security group to create for masters. Master 安全组类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE903"))]
    pub master: Option<SecurityGroupType>,

    /// Kind of security group to create for nodes. Node 安全组类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE903"))]
    pub node: Option<SecurityGroupType>,

    /// Kind of security group to create for ENIs. ENI 安全组类型
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE903"))]
    pub eni: Option<SecurityGroupType>,
}

/// Cluster network facts for generating security-group rules. 集群网络信息 (ClusterNetworkInfo)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ClusterNetworkInfo")]
pub struct ClusterNetworkInfo {
    /// VPC of the cluster, `vpc-…`. 集群 VPC ID
    #[serde(rename = "vpcID", default)]
    pub vpc_id: String,

    /// IPv4 CIDR of the VPC. VPC 网段
    #[serde(rename = "vpcCIDR", default)]
    pub vpc_cidr: String,

    /// IPv6 CIDR of the VPC. VPC IPv6 网段
    #[serde(
        rename = "vpcCIDRIPv6",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub vpc_cidr_ipv6: String,

    /// Secondary CIDRs of the VPC. VPC 辅助网段
    #[serde(
        rename = "secondaryCidrs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub secondary_cidrs: Option<Vec<String>>,

    /// Pod CIDR of the cluster. 容器网段
    #[serde(rename = "podCIDR", default, skip_serializing_if = "String::is_empty")]
    pub pod_cidr: String,

    /// IPv6 pod CIDR of the cluster. 容器 IPv6 网段
    #[serde(
        rename = "podCIDRIPv6",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub pod_cidr_ipv6: String,

    /// First port of the NodePort range. NodePort 端口范围起点
    #[serde(rename = "nodePortRangeMin", default)]
    pub node_port_range_min: i64,

    /// Last port of the NodePort range. NodePort 端口范围终点
    #[serde(rename = "nodePortRangeMax", default)]
    pub node_port_range_max: i64,

    /// Whether the APIServer is exposed to the Internet. 是否暴露公网
    #[serde(rename = "exposedPublic", default)]
    pub exposed_public: bool,
}
