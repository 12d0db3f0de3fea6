//! `nodeGroups` of the create-cluster request (SDK `v2.InstanceGroupSpec`).

use crate::decode::Decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::common::{ClusterRole, IamRole, SecurityGroupV2};
use crate::model::instance::InstanceSpec;
use crate::string_enum;

string_enum! {
    /// Which nodes a node group removes first when it shrinks. 缩容策略
    pub enum ShrinkPolicy {
        /// By `cceInstancePriority`, lowest first (SDK default). 按优先级缩容
        Priority = "Priority",
        /// Random nodes (SDK value). 随机缩容
        Random = "Random",
        /// Evenly across the subnets (API doc value). 多子网平均缩容
        Uniform = "Uniform",
    }
}

string_enum! {
    /// How a node group applies changes to its nodes (not yet in effect). 更新策略
    pub enum UpdatePolicy {
        /// One node after another. 滚动更新
        Rolling = "Rolling",
        /// All nodes concurrently (default). 并发更新
        Concurrency = "Concurrency",
    }
}

string_enum! {
    /// What happens to a removed node's machine. 节点清理策略
    pub enum CleanPolicy {
        /// Keep the machine (SDK default). 保留
        Remain = "Remain",
        /// Delete the machine (API doc default; sent by Terraform). 删除
        Delete = "Delete",
    }
}

/// A node group created with the cluster. 节点组 (InstanceGroupSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "InstanceGroupSpec")]
pub struct InstanceGroupSpec {
    /// ID of the node group (`cce-ig-…`), filled by the server. 节点组 ID
    #[serde(
        rename = "cceInstanceGroupID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub cce_instance_group_id: String,

    /// Node group name; required, must not be empty. 节点组名称
    #[serde(rename = "instanceGroupName", default)]
    pub instance_group_name: String,

    /// Cluster of the node group, filled by the server. 集群 ID
    #[serde(
        rename = "clusterID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub cluster_id: String,

    /// Role of the group's nodes; only `node` is supported (default node). 节点角色
    #[serde(
        rename = "clusterRole",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = "node", "x-cce-rule" = "CCE111"))]
    pub cluster_role: Option<ClusterRole>,

    /// Which nodes are removed first on shrink (default Priority). 缩容策略
    #[serde(
        rename = "shrinkPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = "Priority", "x-cce-rule" = "CCE805"))]
    pub shrink_policy: Option<ShrinkPolicy>,

    /// How changes are rolled out (default Concurrency; not yet in effect). 更新策略
    #[serde(
        rename = "updatePolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = "Concurrency", "x-cce-rule" = "CCE805"))]
    pub update_policy: Option<UpdatePolicy>,

    /// Keep or delete removed machines; default undecided (API doc: Delete, SDK: Remain).
    /// 节点清理策略
    #[serde(
        rename = "cleanPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE805"))]
    pub clean_policy: Option<CleanPolicy>,

    /// Template of the group's nodes, its fields inlined (required; deprecated in favour of
    /// `instanceTemplates`). 节点模板
    #[serde(rename = "instanceTemplate", default)]
    #[schemars(extend("deprecated" = true))]
    pub instance_template: InstanceSpec,

    /// Several node templates (multi-template groups, see `instanceTemplateID`); the SDK
    /// always sends it (`null` = unset). 节点模板列表
    #[serde(rename = "instanceTemplates", default)]
    pub instance_templates: Option<Vec<InstanceSpec>>,

    /// Desired number of nodes, a natural number (required). 期望节点数
    #[serde(default)]
    #[schemars(range(min = 0))]
    pub replicas: i64,

    /// Autoscaling settings of the group. 自动伸缩配置
    #[serde(
        rename = "clusterAutoscalerSpec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_autoscaler_spec: Option<ClusterAutoscalerSpec>,

    /// IAM role bound to the group's nodes. IAM 角色
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<IamRole>,

    /// Fault-remedy rule bound to the group. 故障自愈规则绑定
    #[serde(
        rename = "remedyRulesBinding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remedy_rules_binding: Option<RemedyRulesBinding>,

    /// Security groups of the group's nodes. 安全组列表
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_groups: Option<Vec<SecurityGroupV2>>,

    /// Kind of the security groups: `normal` or `enterprise`. 安全组类型
    #[serde(
        rename = "securityGroupType",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub security_group_type: String,

    /// Name nodes by `customNodeNameRule` (default false). 是否开启自定义节点名称
    #[serde(
        rename = "customNodeNameEnabled",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub custom_node_name_enabled: bool,

    /// Rule for custom node names. 自定义节点名称规则
    #[serde(
        rename = "customNodeNameRule",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub custom_node_name_rule: String,
}

/// Autoscaling settings of a node group. 节点组自动伸缩配置 (ClusterAutoscalerSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ClusterAutoscalerSpec")]
pub struct ClusterAutoscalerSpec {
    /// Enable autoscaling of the group. 是否开启自动伸缩
    #[serde(default)]
    pub enabled: bool,

    /// Minimum number of nodes, a natural number. 最小节点数
    #[serde(rename = "minReplicas", default)]
    pub min_replicas: i64,

    /// Maximum number of nodes; must be greater than `minReplicas`. 最大节点数
    #[serde(rename = "maxReplicas", default)]
    pub max_replicas: i64,

    /// Priority of the group when scaling out, a natural number. 伸缩组优先级
    #[serde(rename = "scalingGroupPriority", default)]
    pub scaling_group_priority: i64,
}

/// Fault-remedy rule bound to a node group. 故障自愈规则绑定 (RemedyRulesBinding)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "RemedyRulesBinding")]
pub struct RemedyRulesBinding {
    /// ID of the remedy rule. 自愈规则 ID
    #[serde(
        rename = "remedyRuleID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub remedy_rule_id: String,

    /// Enable fault checking and remedy. 是否开启故障检测与自愈
    #[serde(
        rename = "enableCheckANDRemedy",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_check_and_remedy: bool,
}
