//! The other cluster APIs of the seed document: list, get, delete, delete protection, events.
//!
//! Query parameters are modelled as JSON objects (one key per parameter, with its JSON type);
//! responses follow the SDK's `v2` types. The response `spec` of a cluster is the SDK's smaller
//! `v2.ClusterSpec`, not the request's `types.ClusterSpec`, but its nested configuration objects
//! are the request's types.

use crate::decode::Decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::cluster::{
    ClusterType, ContainerNetworkConfig, K8sCustomConfig, MasterConfig, ResourceChargingOption,
};
use crate::model::common::{ClusterRole, RuntimeType, SecurityGroupV2, Tag};
use crate::model::instance::InstanceChargingType;
use crate::string_enum;

/// Go `omitempty` for an `int`: zero is not sent.
fn is_zero(value: &i64) -> bool {
    *value == 0
}

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

string_enum! {
    /// Field the keyword of a cluster list is matched against (fuzzy). 集群模糊查询字段
    /// (ClusterKeywordType)
    pub enum KeywordType {
        /// Match the cluster name. 集群名称
        ClusterName = "clusterName",
        /// Match the cluster ID. 集群 ID
        ClusterId = "clusterID",
    }
}

string_enum! {
    /// Field a cluster list is sorted by. 集群查询排序字段 (ClusterOrderBy)
    pub enum OrderBy {
        /// Sort by cluster name. 集群名称
        ClusterName = "clusterName",
        /// Sort by cluster ID. 集群 ID
        ClusterId = "clusterID",
        /// Sort by creation time. 创建时间
        CreatedAt = "createdAt",
    }
}

string_enum! {
    /// Sort direction; documented in upper case (a lower-case `asc` appears in another list
    /// API's example, so the server probably ignores case). 排序方式 (Order)
    pub enum Order {
        /// Ascending. 升序
        Asc = "ASC",
        /// Descending. 降序
        Desc = "DESC",
    }
}

string_enum! {
    /// Lifecycle phase of a cluster. 集群状态 (ClusterPhase)
    pub enum ClusterPhase {
        /// Just created (default on create). 创建集群时默认状态
        Pending = "pending",
        /// IaaS resources are being created. IaaS 相关资源正在创建中
        Provisioning = "provisioning",
        /// IaaS resources are ready. IaaS 相关资源已经 Ready
        Provisioned = "provisioned",
        /// Running normally. 集群运行正常
        Running = "running",
        /// Creation failed. 集群创建失败
        CreateFailed = "create_failed",
        /// Being deleted. 集群正在删除
        Deleting = "deleting",
        /// Deleted. 集群删除完成
        Deleted = "deleted",
        /// Deletion failed. 集群删除失败
        DeleteFailed = "delete_failed",
        /// Being upgraded. 集群升级中
        Upgrading = "upgrading",
        /// Upgrade failed. 集群更新失败
        UpgradeFailed = "upgrade_failed",
        /// Opening Internet access to the APIServer. 集群 APIServer 公网访问开启中
        EipOpening = "eip_opening",
        /// Opening Internet access to the APIServer failed. 集群 APIServer 公网访问开启失败
        EipOpenFailed = "eip_open_failed",
        /// Closing Internet access to the APIServer. 集群 APIServer 公网访问关闭中
        EipClosing = "eip_closing",
        /// Closing Internet access to the APIServer failed. 集群 APIServer 公网访问关闭失败
        EipCloseFailed = "eip_close_failed",
        /// Updating the SANs of the APIServer certificate. 集群 APIServer 证书 SAN 更新中
        ApiServerSanUpdating = "apiserver_san_updating",
        /// Updating the SANs of the APIServer certificate failed. 集群 APIServer 证书 SAN 更新失败
        ApiServerSanUpdateFailed = "apiserver_san_update_failed",
        /// Starting. 集群启动中
        Starting = "starting",
        /// Being released. 集群释放中
        Releasing = "releasing",
        /// Stopping (spelt `stoping` by the server). 集群停止中
        Stopping = "stoping",
        /// Stopped (spelt `stoped` by the server). 集群已停止
        Stopped = "stoped",
        /// Enabling KMS encryption at rest. 集群 KMS 落盘加密开启中
        KmsEncryptionEnabling = "kms_encryption_enabling",
        /// Enabling KMS encryption at rest failed. 集群 KMS 落盘加密开启失败
        KmsEncryptionEnableFailed = "kms_encryption_enable_failed",
        /// Disabling KMS encryption at rest. 集群 KMS 落盘加密关闭中
        KmsEncryptionDisabling = "kms_encryption_disabling",
        /// Disabling KMS encryption at rest failed. 集群 KMS 落盘加密关闭失败
        KmsEncryptionDisableFailed = "kms_encryption_disable_failed",
    }
}

string_enum! {
    /// Lifecycle phase of an instance. 节点状态 (InstancePhase)
    pub enum InstancePhase {
        /// Just created (default on create). 创建节点时默认状态
        Pending = "pending",
        /// IaaS resources are being created. IaaS 相关资源正在创建中
        Provisioning = "provisioning",
        /// IaaS resources are ready. IaaS 相关资源已经 Ready
        Provisioned = "provisioned",
        /// Running normally. 节点运行正常
        Running = "running",
        /// Creation failed. 节点异常
        CreateFailed = "create_failed",
        /// Being deleted. 节点正在删除
        Deleting = "deleting",
        /// Deleted. 节点删除完成
        Deleted = "deleted",
        /// Deletion failed. 节点删除失败
        DeleteFailed = "delete_failed",
    }
}

string_enum! {
    /// Kind and outcome of the cluster operation the event steps describe. 事件类型 (EventStatus)
    pub enum EventStatus {
        /// Being created. 创建中
        Creating = "creating",
        /// Created. 创建完成
        Created = "created",
        /// Creation failed. 创建失败
        CreateFailed = "create_failed",
        /// Being deleted. 删除中
        Deleting = "deleting",
        /// Deleted. 删除完成
        Deleted = "deleted",
        /// Deletion failed. 删除失败
        DeleteFailed = "delete_failed",
        /// Being upgraded. 升级中
        Upgrading = "upgrading",
        /// Upgraded. 升级完成
        Upgraded = "upgraded",
        /// Upgrade failed. 升级失败
        UpgradeFailed = "upgrade_failed",
    }
}

string_enum! {
    /// Status of one step of a cluster operation: the values of the examples and the SDK (the
    /// server may send others). 步骤状态 (StepStatus)
    pub enum StepStatus {
        /// The step is complete. 已完成
        Done = "done",
        /// The step failed. 失败
        Failed = "failed",
    }
}

// ---------------------------------------------------------------------------------------------
// Requests: query parameters and the delete-protection body
// ---------------------------------------------------------------------------------------------

/// Query parameters of `GET /v2/clusters`, written as a JSON object (every parameter optional).
/// 集群列表查询参数
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ListClustersQuery")]
pub struct ListClustersQuery {
    /// Field the keyword is fuzzy-matched against: `clusterName` or `clusterID` (default
    /// `clusterName`). 集群模糊查询字段
    #[serde(
        rename = "keywordType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(
        with = "KeywordType",
        extend("x-cce-default" = "clusterName", "x-cce-rule" = "CCEA01")
    )]
    pub keyword_type: Option<KeywordType>,

    /// Search keyword (default empty: every cluster). 查询关键词
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", extend("x-cce-default" = ""))]
    pub keyword: Option<String>,

    /// Sort field: `clusterName`, `clusterID` or `createdAt` (default `clusterName`).
    /// 集群查询排序字段
    #[serde(rename = "orderBy", default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        with = "OrderBy",
        extend("x-cce-default" = "clusterName", "x-cce-rule" = "CCEA01")
    )]
    pub order_by: Option<OrderBy>,

    /// Sort direction: `ASC` ascending or `DESC` descending (default `ASC`). 排序方式
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Order", extend("x-cce-default" = "ASC", "x-cce-rule" = "CCEA02"))]
    pub order: Option<Order>,

    /// Page number, from 1 (default 1; the SDK refuses values below 1). 页码
    #[serde(rename = "pageNo", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i64", extend("x-cce-default" = 1, "minimum" = 1))]
    pub page_no: Option<i64>,

    /// Clusters per page, at least 1 (default 10; the SDK refuses values below 1). 单页结果数
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i64", extend("x-cce-default" = 10, "minimum" = 1))]
    pub page_size: Option<i64>,
}

/// Query parameters of `DELETE /v2/cluster/{clusterID}`, written as a JSON object (every
/// parameter optional, each `true` or `false`; the SDK always sends all four). 删除集群查询参数
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "DeleteClusterQuery")]
pub struct DeleteClusterQuery {
    /// Also delete the related resources: postpaid EIPs and CDS disks (default false).
    /// 是否删除相关资源（后付费公网IP和云磁盘）
    #[serde(
        rename = "deleteResource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "bool", extend("x-cce-default" = false))]
    pub delete_resource: Option<bool>,

    /// Also delete the snapshots of the CDS disks (default false). 是否删除云磁盘快照
    #[serde(
        rename = "deleteCDSSnapshot",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "bool", extend("x-cce-default" = false))]
    pub delete_cds_snapshot: Option<bool>,

    /// Keep the machines: move them out of the cluster instead of releasing them (default
    /// false); contradicts deleting their disks and EIPs. 集群删除是否保留节点
    #[serde(rename = "moveOut", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool", extend("x-cce-default" = false))]
    pub move_out: Option<bool>,

    /// Refund the prepaid resources in one batch (SDK and Terraform only, not in the API
    /// document; default false). 是否批量退订资源
    #[serde(
        rename = "batchRefundResource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "bool", extend("x-cce-default" = false))]
    pub batch_refund_resource: Option<bool>,
}

/// Body of `PUT /v2/cluster/{clusterID}/forbiddelete`. The Go SDK's type has no JSON tag, so it
/// sends `{"ForbidDelete": …}` with a capital F; the server accepts that only because Go matches
/// object keys case-insensitively. 更新集群删除保护开关请求
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(
    title = "UpdateClusterForbidDeleteRequest",
    extend("required" = ["forbidDelete"])
)]
pub struct ForbidDeleteRequest {
    /// Turn delete protection on (`true`) or off (`false`); required: a missing key decodes as
    /// `false` and silently turns protection off. 是否打开或关闭集群删除保护
    #[serde(rename = "forbidDelete", default)]
    #[schemars(with = "bool")]
    pub forbid_delete: Option<bool>,
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// Response of `POST /v2/cluster`. 创建集群返回
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "CreateClusterResponse")]
pub struct CreateClusterResponse {
    /// ID of the new cluster, `cce-…`. 集群 ID
    #[serde(rename = "clusterID", default)]
    pub cluster_id: String,

    /// Billing order of the prepaid resources, if any. 订单 ID
    #[serde(rename = "orderID", default, skip_serializing_if = "String::is_empty")]
    pub order_id: String,

    /// Request ID, for troubleshooting. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// Response of `GET /v2/clusters`. 集群列表返回
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ListClustersResponse")]
pub struct ListClustersResponse {
    /// The requested page of clusters. 集群分页查询返回结果
    #[serde(rename = "clusterPage", default)]
    pub cluster_page: Option<ClusterPage>,

    /// Request ID, for troubleshooting. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// One page of a cluster list, echoing the query. 集群分页查询返回结果 (ClusterPage)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ClusterPage")]
pub struct ClusterPage {
    /// Field the keyword was matched against. 集群模糊查询字段
    #[serde(rename = "keywordType", default)]
    pub keyword_type: Option<KeywordType>,

    /// Search keyword. 查询关键词
    #[serde(default)]
    pub keyword: String,

    /// Sort field. 集群查询排序字段
    #[serde(rename = "orderBy", default)]
    pub order_by: Option<OrderBy>,

    /// Sort direction. 排序方式
    #[serde(default)]
    pub order: Option<Order>,

    /// Page number. 页码
    #[serde(rename = "pageNo", default)]
    pub page_no: i64,

    /// Clusters per page. 单页结果数
    #[serde(rename = "pageSize", default)]
    pub page_size: i64,

    /// Number of matching clusters on all pages. 集群总数
    #[serde(rename = "totalCount", default)]
    pub total_count: i64,

    /// The clusters of this page. 集群列表
    #[serde(rename = "clusterList", default)]
    pub cluster_list: Option<Vec<Cluster>>,
}

/// Response of `GET /v2/cluster/{clusterID}`. 集群详情返回
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "GetClusterResponse")]
pub struct GetClusterResponse {
    /// The cluster. 集群详情查询结果
    #[serde(default)]
    pub cluster: Option<Cluster>,

    /// Request ID, for troubleshooting. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// A cluster as the list and get APIs return it. 集群 (Cluster)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "Cluster")]
pub struct Cluster {
    /// Cluster configuration. 集群配置
    #[serde(default)]
    pub spec: Option<ClusterSpecResponse>,

    /// Cluster status. 集群状态
    #[serde(default)]
    pub status: Option<ClusterStatus>,

    /// Creation time, RFC 3339 (always sent; `0001-01-01T00:00:00Z` when unknown). 创建时间
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub created_at: String,

    /// Time of the last update, RFC 3339 (always sent). 更新时间
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub updated_at: String,

    /// Instances of the cluster, when the server includes them. 集群节点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<SimpleInstance>>,
}

/// Cluster configuration as returned by the list and get APIs (SDK `v2.ClusterSpec`, smaller
/// than the request's `types.ClusterSpec`). 集群配置 (ClusterSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ClusterSpec")]
pub struct ClusterSpecResponse {
    /// Cluster ID, `cce-…`. 集群 ID
    #[serde(rename = "clusterID", default)]
    pub cluster_id: String,

    /// Cluster name. 集群名称
    #[serde(rename = "clusterName", default)]
    pub cluster_name: String,

    /// Cluster type. 集群类型
    #[serde(rename = "clusterType", default)]
    pub cluster_type: Option<ClusterType>,

    /// Cluster description. 集群描述
    #[serde(default)]
    pub description: String,

    /// Kubernetes version, e.g. `1.16.8`. K8S 版本
    #[serde(rename = "k8sVersion", default)]
    pub k8s_version: String,

    /// Container runtime. 容器运行时
    #[serde(rename = "runtimeType", default)]
    pub runtime_type: Option<RuntimeType>,

    /// Container runtime version. 容器运行时版本
    #[serde(rename = "runtimeVersion", default)]
    pub runtime_version: String,

    /// VPC of the cluster, `vpc-…`. 集群 VPC ID
    #[serde(rename = "vpcID", default)]
    pub vpc_id: String,

    /// IPv4 CIDR of the VPC. VPC 网段
    #[serde(rename = "vpcCIDR", default)]
    pub vpc_cidr: String,

    /// UUID of the VPC. VPC 唯一标识（UUID）
    #[serde(rename = "vpcUUID", default)]
    pub vpc_uuid: String,

    /// Name of the VPC. VPC 名称
    #[serde(rename = "vpcName", default)]
    pub vpc_name: String,

    /// Installed plugins, e.g. `core-dns`, `kube-proxy`. 集群插件
    #[serde(default)]
    pub plugins: Option<Vec<String>>,

    /// Whether delete protection is on (deleting the cluster is refused). 集群删除保护
    #[serde(rename = "forbidDelete", default)]
    pub forbid_delete: bool,

    /// Master configuration. Master 配置
    #[serde(rename = "masterConfig", default)]
    pub master_config: MasterConfig,

    /// Container network configuration. 容器网络配置
    #[serde(rename = "containerNetworkConfig", default)]
    pub container_network_config: ContainerNetworkConfig,

    /// Custom Kubernetes configuration. K8S 自定义配置
    #[serde(rename = "k8sCustomConfig", default)]
    pub k8s_custom_config: K8sCustomConfig,

    /// Billing of the cluster's own resources (BLB, EIP). 集群资源付费选项
    #[serde(rename = "resourceChargingOption", default)]
    pub resource_charging_option: ResourceChargingOption,

    /// Default security groups of the masters. Master 默认安全组
    #[serde(
        rename = "masterDefaultSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_default_security_groups: Option<Vec<SecurityGroupV2>>,

    /// Default security groups of the nodes. Node 默认安全组
    #[serde(
        rename = "nodeDefaultSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_default_security_groups: Option<Vec<SecurityGroupV2>>,

    /// Default security groups of the ENIs. ENI 默认安全组
    #[serde(
        rename = "eniDefaultSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eni_default_security_groups: Option<Vec<SecurityGroupV2>>,

    /// Tags of the cluster. 集群标签
    #[serde(default)]
    pub tags: Option<Vec<Tag>>,
}

/// Status of a cluster. 集群状态 (ClusterStatus)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ClusterStatus")]
pub struct ClusterStatus {
    /// Load balancer in front of the APIServer. 集群 BLB
    #[serde(rename = "clusterBLB", default)]
    pub cluster_blb: ClusterBlb,

    /// Whether the IaaS resources are ready. 基础设施是否就绪
    #[serde(rename = "infrastructureReady", default)]
    pub infrastructure_ready: bool,

    /// Whether the APIServer could be reached. APIServer 是否连通
    #[serde(rename = "apiServerAccessSuccess", default)]
    pub api_server_access_success: bool,

    /// Whether the Kubernetes plugins were deployed. K8S 插件是否部署成功
    #[serde(rename = "k8sPluginDeploySuccess", default)]
    pub k8s_plugin_deploy_success: bool,

    /// Lifecycle phase of the cluster. 集群状态
    #[serde(rename = "clusterPhase", default)]
    pub cluster_phase: Option<ClusterPhase>,

    /// Number of nodes. 节点数量
    #[serde(rename = "nodeNum", default)]
    pub node_num: i64,

    /// Workflow of the running upgrade. 升级工作流 ID
    #[serde(
        rename = "upgradeWorkflowID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub upgrade_workflow_id: String,

    /// Message of the running workflow. 工作流信息
    #[serde(
        rename = "workflowMessage",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub workflow_message: String,

    /// Whether the problem-detector service takes its data from BCM (Cloud Monitor); meaning
    /// inferred from the name. 故障检测数据来源为 BCM
    #[serde(rename = "problemDetectorServiceSourceBCM", default)]
    pub problem_detector_service_source_bcm: bool,
}

/// Load balancer (BLB) of the APIServer. 集群 BLB (BLB)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "BLB")]
pub struct ClusterBlb {
    /// BLB ID, `lb-…`. 负载均衡 BLB ID
    #[serde(default)]
    pub id: String,

    /// Address of the BLB inside the VPC. BLB VPC 内网地址
    #[serde(rename = "vpcIP", default)]
    pub vpc_ip: String,

    /// Public address (EIP) of the BLB; empty when the APIServer is not exposed. BLB 公网 IP
    #[serde(default)]
    pub eip: String,
}

/// An instance of the cluster, in brief. 集群节点摘要 (SimpleInstance)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "SimpleInstance")]
pub struct SimpleInstance {
    /// CCE instance ID, `cce-<cluster>-…`. CCE 节点 ID
    #[serde(rename = "cceInstanceID", default)]
    pub cce_instance_id: String,

    /// Instance name. 节点名称
    #[serde(rename = "instanceName", default)]
    pub instance_name: String,

    /// Cluster of the instance. 集群 ID
    #[serde(rename = "clusterID", default)]
    pub cluster_id: String,

    /// Role of the instance: `master` or `node`. 节点角色
    #[serde(rename = "clusterRole", default)]
    pub cluster_role: Option<ClusterRole>,

    /// Billing method of the instance. 节点付费类型
    #[serde(rename = "instanceChargingType", default)]
    pub instance_charging_type: Option<InstanceChargingType>,

    /// BCC instance ID, `i-…`. 实例 ID
    #[serde(rename = "instanceID", default)]
    pub instance_id: String,

    /// UUID of the BCC instance. 实例 UUID
    #[serde(rename = "instanceUUID", default)]
    pub instance_uuid: String,

    /// Lifecycle phase of the instance. 节点状态
    #[serde(rename = "instancePhase", default)]
    pub instance_phase: Option<InstancePhase>,
}

/// Response of `DELETE /v2/cluster/{clusterID}`. 删除集群返回
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "DeleteClusterResponse")]
pub struct DeleteClusterResponse {
    /// Request ID, for troubleshooting. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// Response of `PUT /v2/cluster/{clusterID}/forbiddelete` (it carries no request ID).
/// 更新集群删除保护开关返回
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "UpdateClusterForbidDeleteResponse")]
pub struct ForbidDeleteResponse {
    /// Whether the request succeeded. 请求是否成功
    #[serde(default)]
    pub success: bool,

    /// Delete protection now in force: `true` on, `false` off. 集群删除保护状态
    #[serde(rename = "forbidDelete", default)]
    pub forbid_delete: bool,
}

/// Response of `GET /v2/event/cluster/{clusterID}`: the steps of the cluster's creation or
/// deletion. 获取集群事件步骤返回
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "GetEventStepsResponse")]
pub struct GetEventStepsResponse {
    /// Operation and its outcome, e.g. `created`. 事件类型
    #[serde(default)]
    #[schemars(extend("x-cce-rule" = "CCEA08"))]
    pub status: Option<EventStatus>,

    /// Steps of the operation, in order. 集群操作步骤
    #[serde(default)]
    pub steps: Option<Vec<Step>>,

    /// Request ID, for troubleshooting. 请求 ID
    #[serde(rename = "requestID", default)]
    pub request_id: String,
}

/// One step of a cluster operation (with the fields of the SDK's embedded `StepInfo`).
/// 集群操作步骤 (Step)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "Step")]
pub struct Step {
    /// Step name, e.g. `创建 BLB`, `部署 K8S 插件`. 步骤名称
    #[serde(rename = "stepName", default)]
    pub step_name: String,

    /// Step status: `done` seen in examples, `failed` on failure (other values are possible).
    /// 步骤状态
    #[serde(rename = "stepStatus", default)]
    #[schemars(with = "StepStatus", extend("x-cce-rule" = "CCEA08"))]
    pub step_status: Option<StepStatus>,

    /// Sub-steps, in order. 子步骤
    #[serde(rename = "subSteps", default, skip_serializing_if = "Option::is_none")]
    pub sub_steps: Option<Vec<OrderedSubStep>>,

    /// Whether the step is complete. 是否就绪
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ready: bool,

    /// Whether the step was skipped. 是否跳过
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skipped: bool,

    /// First start, RFC 3339 (always sent). 第一次开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub start_time: String,

    /// Last successful finish, RFC 3339 (always sent). 最后一次成功时间
    #[serde(
        rename = "finishedTime",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub finished_time: String,

    /// Duration in seconds. 花费时间（秒）
    #[serde(rename = "costSeconds", default, skip_serializing_if = "is_zero")]
    pub cost_seconds: i64,

    /// Number of attempts. 重试次数
    #[serde(rename = "retryCount", default, skip_serializing_if = "is_zero")]
    pub retry_count: i64,

    /// CCE-side request ID of the step (superseded by `errInfo.traceID`). CCE 侧请求 ID
    #[serde(rename = "traceID", default, skip_serializing_if = "String::is_empty")]
    pub trace_id: String,

    /// Failure message. 失败信息
    #[serde(rename = "errMsg", default, skip_serializing_if = "String::is_empty")]
    pub err_msg: String,

    /// Structured failure information (`{}` when none). 失败信息
    #[serde(rename = "errInfo", default)]
    pub err_info: ErrInfo,

    /// How the step decided to deploy (meaning not documented). 部署方式决策
    #[serde(
        rename = "decideDeployType",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub decide_deploy_type: String,

    /// Name of the action the step runs. 动作名称
    #[serde(
        rename = "actionName",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub action_name: String,

    /// Whether the step can be retried. 是否可重试
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retryable: bool,

    /// Whether the step can be skipped. 是否可跳过
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skippable: bool,

    /// Action taken by the user on the step (e.g. retry or skip). 用户操作
    #[serde(
        rename = "userAction",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub user_action: String,

    /// Time of the user's action, RFC 3339 (always sent). 用户操作时间
    #[serde(
        rename = "userActionTime",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub user_action_time: String,
}

/// One sub-step of a step (with the fields of the SDK's embedded `SubStepInfo`).
/// 子步骤 (OrderedSubStep)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "OrderedSubStep")]
pub struct OrderedSubStep {
    /// Sub-step name. 子步骤名称
    #[serde(rename = "subStepName", default)]
    pub sub_step_name: String,

    /// Sub-step status, e.g. `done`. 子步骤状态
    #[serde(rename = "subStepStatus", default)]
    pub sub_step_status: String,

    /// Whether the sub-step is complete. 是否就绪
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ready: bool,

    /// Whether the sub-step was skipped. 是否跳过
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skipped: bool,

    /// First start, RFC 3339 (always sent). 第一次开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub start_time: String,

    /// Last successful finish, RFC 3339 (always sent). 最后一次成功时间
    #[serde(
        rename = "finishedTime",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub finished_time: String,

    /// Duration in seconds. 花费时间（秒）
    #[serde(rename = "costSeconds", default, skip_serializing_if = "is_zero")]
    pub cost_seconds: i64,

    /// Number of attempts. 重试次数
    #[serde(rename = "retryCount", default, skip_serializing_if = "is_zero")]
    pub retry_count: i64,

    /// CCE-side request ID of the sub-step. CCE 侧请求 ID
    #[serde(rename = "traceID", default, skip_serializing_if = "String::is_empty")]
    pub trace_id: String,

    /// Failure message. 失败信息
    #[serde(rename = "errMsg", default, skip_serializing_if = "String::is_empty")]
    pub err_msg: String,

    /// Structured failure information (`{}` when none). 失败信息
    #[serde(rename = "errInfo", default)]
    pub err_info: ErrInfo,

    /// Name of the action the sub-step runs. 动作名称
    #[serde(
        rename = "actionName",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub action_name: String,

    /// Whether the sub-step can be retried. 是否可重试
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retryable: bool,

    /// Whether the sub-step can be skipped. 是否可跳过
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skippable: bool,

    /// Description of the sub-step. 子步骤描述
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,

    /// Action taken by the user on the sub-step. 用户操作
    #[serde(
        rename = "userAction",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub user_action: String,

    /// Time of the user's action, RFC 3339 (always sent). 用户操作时间
    #[serde(
        rename = "userActionTime",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("format" = "date-time"))]
    pub user_action_time: String,
}

/// Failure information of a step, as the server's reconcile loop exposes it. 失败信息
/// (ReconcileResponse)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ReconcileResponse")]
pub struct ErrInfo {
    /// Error code. 错误码
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,

    /// Error message. 错误信息
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,

    /// Request ID of the failure (distinct from request IDs of lower layers quoted in the
    /// message). 请求追踪 ID
    #[serde(rename = "traceID", default, skip_serializing_if = "String::is_empty")]
    pub trace_id: String,

    /// Suggested fix. 修复建议
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suggestion: String,
}
