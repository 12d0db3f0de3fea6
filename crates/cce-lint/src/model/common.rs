//! Types shared by several API objects: security groups, tags, IAM roles and small enums.

use crate::decode::Decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::string_enum;

string_enum! {
    allow_empty;
    /// Kind of security group. 安全组类型
    pub enum SecurityGroupType {
        /// Normal security group, IDs `g-…`. 普通安全组
        Normal = "normal",
        /// Enterprise security group, IDs `esg-…`. 企业安全组
        Enterprise = "enterprise",
    }
}

string_enum! {
    /// Container runtime. 容器运行时
    pub enum RuntimeType {
        /// Docker (dockershim; not available from Kubernetes 1.24). Docker
        Docker = "docker",
        /// containerd. Containerd
        Containerd = "containerd",
    }
}

string_enum! {
    /// Role of an instance in the cluster. 节点角色
    pub enum ClusterRole {
        /// Control-plane node. Master 节点
        Master = "master",
        /// Worker node. Worker 节点
        Node = "node",
    }
}

/// A security group reference. 安全组 (SecurityGroupV2)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "SecurityGroupV2")]
pub struct SecurityGroupV2 {
    /// Security group name. 安全组名称
    #[serde(default)]
    pub name: String,

    /// Security group kind: `normal` (`g-…`) or `enterprise` (`esg-…`). 安全组类型
    #[serde(rename = "type", default)]
    #[schemars(extend("x-cce-rule" = "CCE216"))]
    pub kind: Option<SecurityGroupType>,

    /// Security group ID. 安全组 ID
    #[serde(default)]
    pub id: String,
}

/// A resource tag. 标签 (Tag)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "Tag")]
pub struct Tag {
    /// Tag key, 1–65 characters. 标签键
    #[serde(rename = "tagKey", default)]
    pub tag_key: String,

    /// Tag value, up to 65 characters. 标签值
    #[serde(rename = "tagValue", default)]
    pub tag_value: String,
}

/// An IAM role bound to instances. IAM 角色 (IAMRole)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "IAMRole")]
pub struct IamRole {
    /// IAM role name. IAM 角色名称
    #[serde(rename = "roleName", default, skip_serializing_if = "String::is_empty")]
    pub role_name: String,

    /// IAM role ID. IAM 角色 ID
    #[serde(rename = "roleID", default, skip_serializing_if = "String::is_empty")]
    pub role_id: String,
}
