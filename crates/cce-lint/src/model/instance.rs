//! Instance sets (`masters`, `nodes`) and the instance specification (SDK `types.InstanceSpec`).

use std::collections::BTreeMap;

use crate::decode::Decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::cluster::{
    CpuManagerPolicy, KubeletBindAddressType, MasterType, TopologyManagerPolicy,
    TopologyManagerScope,
};
use crate::model::common::{ClusterRole, IamRole, RuntimeType, SecurityGroupV2, Tag};
use crate::model::Sparse;
use crate::string_enum;

/// Go's `omitempty` test for an `int`.
fn is_zero(value: &i64) -> bool {
    *value == 0
}

string_enum! {
    /// Kind of machine backing an instance. 机器类型
    pub enum MachineType {
        /// Baidu Cloud Compute virtual machine. 云服务器 BCC
        Bcc = "BCC",
        /// Baidu Baremetal Compute (bare-metal server). 弹性裸金属服务器 BBC
        Bbc = "BBC",
        /// Elastic bare-metal compute. EBC
        Ebc = "EBC",
        /// High-performance application service (AI training/inference). 高性能应用服务 HPAS
        Hpas = "HPAS",
        /// Baidu edge computing node. 边缘计算节点 BEC
        Bec = "BEC",
    }
}

string_enum! {
    allow_empty;
    /// BCC instance family (bcc `InstanceType`); numeric server-side codes such as `75` also
    /// exist. 机器规格
    pub enum InstanceType {
        /// General purpose I. 普通型Ⅰ
        N1 = "N1",
        /// General purpose II. 普通型Ⅱ
        N2 = "N2",
        /// General purpose III. 普通型Ⅲ
        N3 = "N3",
        /// Network-enhanced (g3ne, c3ne, m3ne). 网络增强型
        N4 = "N4",
        /// General purpose IV (g4, ic4, c4, m4). 普通型Ⅳ
        N5 = "N5",
        /// Compute optimised I. 计算优化型Ⅰ
        C1 = "C1",
        /// Compute optimised II. 计算优化型Ⅱ
        C2 = "C2",
        /// Storage optimised. 存储优化型
        S1 = "S1",
        /// GPU instance. GPU 型
        G1 = "G1",
        /// FPGA instance. FPGA 型
        F1 = "F1",
        /// Dedicated cloud host (CCE-defined). 专属服务器 DCC
        Dcc = "DCC",
        /// Bare-metal server (CCE-defined). BBC 类型
        Bbc = "BBC",
        /// Bare-metal GPU server (CCE-defined). BBC GPU 类型
        BbcGpu = "BBC_GPU",
        /// High-performance application service (CCE-defined). HPAS 类型
        Hpas = "HPAS",
    }
}

string_enum! {
    /// Disk type of a CDS data disk or of the system disk (bcc `StorageType`). 磁盘类型
    pub enum StorageType {
        /// Previous-generation cloud disk. 上一代云磁盘
        Std1 = "std1",
        /// High-performance cloud disk. 高性能云磁盘
        Hp1 = "hp1",
        /// General-purpose SSD cloud disk (alias `premium_ssd`). 通用型SSD
        CloudHp1 = "cloud_hp1",
        /// Local disk. 本地盘
        Local = "local",
        /// SATA disk. SATA 盘
        Sata = "sata",
        /// SSD disk. SSD 盘
        Ssd = "ssd",
        /// Throughput-optimised HDD cloud disk. 容量型 HDD
        HddThroughput = "HDD_Throughput",
        /// HDD disk. 普通型 HDD
        Hdd = "hdd",
        /// Local SSD disk. 本地 SSD 盘
        LocalSsd = "local-ssd",
        /// Local HDD disk. 本地 HDD 盘
        LocalHdd = "local-hdd",
        /// Local NVMe disk. 本地 NVMe 盘
        LocalNvme = "local-nvme",
        /// Enhanced SSD, performance level 1. 增强型SSD PL1
        EnhancedSsdPl1 = "enhanced_ssd_pl1",
        /// Enhanced SSD, performance level 2. 增强型SSD PL2
        EnhancedSsdPl2 = "enhanced_ssd_pl2",
        /// Elastic ephemeral disk. 弹性临时盘
        ElasticEphemeralDisk = "elastic_ephemeral_disk",
    }
}

string_enum! {
    /// Disk type of an ephemeral (temporary) data disk (CCE `types.StorageType`). 临时盘类型
    pub enum EphemeralStorageType {
        /// SATA disk (previous-generation cloud disk). 上一代云磁盘
        Sata = "sata",
        /// SSD disk (high performance). 高性能型
        Ssd = "ssd",
        /// Premium SSD. SSD 型
        PremiumSsd = "premium_ssd",
        /// NVMe disk. NVMe 盘
        Nvme = "nvme",
        /// HDD disk (not yet supported by CCE). 普通型
        Hdd = "hdd",
        /// Local disk (not yet supported by CCE). 本地盘
        Local = "local",
        /// SATA disk for DCC instances. Sata 盘, DCC 实例专用
        DccSata = "SATA",
        /// SSD disk for DCC instances. SSD 盘, DCC 实例专用
        DccSsd = "SSD",
        /// Enhanced SSD, performance level 1. 增强型SSD
        EnhancedSsdPl1 = "enhanced_ssd_pl1",
    }
}

string_enum! {
    /// Kind of OS image (bcc `ImageType`, plus CCE's `service`). 镜像类型
    pub enum ImageType {
        /// Public system image. 系统镜像/公共镜像
        System = "System",
        /// Custom image. 自定义镜像
        Custom = "Custom",
        /// Service-integration image. 服务集成镜像
        Integration = "Integration",
        /// Shared image. 共享镜像
        Sharing = "Sharing",
        /// Public GPU image. GPU 专用公共镜像
        GpuBccSystem = "GpuBccSystem",
        /// Custom GPU image. GPU 专用自定义镜像
        GpuBccCustom = "GpuBccCustom",
        /// Public BBC image. BBC 公有镜像
        BbcSystem = "BbcSystem",
        /// Custom BBC image. BBC 自定义镜像
        BbcCustom = "BbcCustom",
        /// EBC system image. EBC 系统镜像
        EbcSystem = "EbcSystem",
        /// EBC custom image. EBC 自定义镜像
        EbcCustom = "EbcCustom",
        /// All EBC images. EBC 全部镜像
        EbcTotal = "EbcTotal",
        /// All image types (a query filter, not meant for creation). 所有镜像类型
        All = "All",
        /// CCE service image. CCE 服务镜像
        Service = "service",
    }
}

string_enum! {
    /// Operating system family. 操作系统类型
    pub enum OsType {
        /// Linux. Linux
        Linux = "linux",
        /// Windows. Windows
        Windows = "windows",
    }
}

string_enum! {
    /// Operating system distribution. 操作系统名称
    pub enum OsName {
        /// CentOS. CentOS
        CentOs = "CentOS",
        /// Ubuntu. Ubuntu
        Ubuntu = "Ubuntu",
        /// Windows Server. Windows Server
        WindowsServer = "Windows Server",
        /// Debian. Debian
        Debian = "Debian",
        /// openSUSE. openSUSE
        OpenSuse = "opensuse",
    }
}

string_enum! {
    /// GPU card model. GPU 类型
    pub enum GpuType {
        /// NVIDIA Tesla V100 32 GB. NVIDIA Tesla V100-32G
        V100_32 = "V100-32",
        /// NVIDIA Tesla V100 16 GB. NVIDIA Tesla V100-16G
        V100_16 = "V100-16",
        /// NVIDIA Tesla P40. NVIDIA Tesla P40
        P40 = "P40",
        /// NVIDIA Tesla P4. NVIDIA Tesla P4
        P4 = "P4",
        /// NVIDIA Tesla K40. NVIDIA Tesla K40
        K40 = "K40",
        /// NVIDIA deep-learning development card. NVIDIA 深度学习开发卡
        DlCard = "DLCard",
    }
}

string_enum! {
    /// Billing of an instance (bcc `PaymentTimingType`). 付费方式
    pub enum InstanceChargingType {
        /// Pay in advance (monthly/yearly). 预付费
        Prepaid = "Prepaid",
        /// Pay as you go. 后付费
        Postpaid = "Postpaid",
        /// Spot instance by bidding. 竞价实例
        Bidding = "bidding",
        /// Spot instance (BCC v3). 抢占式实例
        Spotpaid = "Spotpaid",
    }
}

string_enum! {
    /// How a spot instance bids. 竞价模式
    pub enum BidMode {
        /// Follow the market price. 跟随市场价出价
        MarketPriceBid = "MARKET_PRICE_BID",
        /// Bid a custom price (`bidPrice`). 用户自定义出价
        CustomBid = "CUSTOM_BID",
    }
}

string_enum! {
    /// EIP billing method (CCE `BillingMethod`). EIP 计费方式
    pub enum EipChargeType {
        /// Billed by traffic. 按流量计费
        ByTraffic = "ByTraffic",
        /// Billed by bandwidth. 按带宽计费
        ByBandwidth = "ByBandwidth",
    }
}

string_enum! {
    /// EIP line type (CCE `PurchaseType`). EIP 线路类型
    pub enum EipPurchaseType {
        /// Standard BGP. 标准型BGP
        Bgp = "BGP",
        /// Enhanced BGP. 增强型BGP
        BgpS = "BGP_S",
        /// China Telecom single line. 电信单线
        ChinaTelcom = "ChinaTelcom",
        /// China Unicom single line. 联通单线
        ChinaUnicom = "ChinaUnicom",
        /// China Mobile single line. 移动单线
        ChinaMobile = "ChinaMobile",
    }
}

string_enum! {
    /// Subnet type (vpc `SubnetType`). 子网类型
    pub enum SubnetType {
        /// Subnet for BCC instances. BCC 子网
        Bcc = "BCC",
        /// BCC subnet behind a NAT gateway. BCC NAT 子网
        BccNat = "BCC_NAT",
        /// Subnet for (non smart-NIC) BBC servers. BBC 子网
        Bbc = "BBC",
    }
}

string_enum! {
    allow_empty;
    /// Effect of a node taint on pods that do not tolerate it. 污点效果
    pub enum TaintEffect {
        /// Do not schedule new pods. 不调度
        NoSchedule = "NoSchedule",
        /// Avoid scheduling new pods if possible. 尽量不调度
        PreferNoSchedule = "PreferNoSchedule",
        /// Evict running pods and do not schedule new ones. 驱逐
        NoExecute = "NoExecute",
    }
}

/// A group of identical instances (an element of `masters` or `nodes`). 实例组 (InstanceSet)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "InstanceSet")]
pub struct InstanceSet {
    /// Specification shared by the instances of the set (required). 实例配置
    #[serde(rename = "instanceSpec", default)]
    pub instance_spec: InstanceSpec,

    /// Number of identical instances to create; an existing-instance entry stands for one
    /// machine and may omit it. 实例数量
    #[serde(default)]
    #[schemars(extend("examples" = [1]))]
    #[schemars(range(min = 0))]
    pub count: i64,
}

/// Specification of a node: machine, network, image, billing and deployment settings.
/// 实例配置 (InstanceSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "InstanceSpec")]
pub struct InstanceSpec {
    /// CCE's unique ID of the instance, filled by the server. CCE 实例 ID
    #[serde(
        rename = "cceInstanceID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub cce_instance_id: String,

    /// Instance name; generated (`cce-…`) when empty. 实例名称
    #[serde(rename = "instanceName", default)]
    #[schemars(extend("examples" = ["instance-name"]))]
    pub instance_name: String,

    /// Multi-template marker, used together with `instanceTemplates`. 多模板标识
    #[serde(
        rename = "instanceTemplateID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub instance_template_id: String,

    /// Container runtime of this node; defaults to the cluster's. 容器运行时
    #[serde(
        rename = "runtimeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE209"))]
    pub runtime_type: Option<RuntimeType>,

    /// Container runtime version, e.g. `2.1.2` for containerd. 容器运行时版本
    #[serde(
        rename = "runtimeVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub runtime_version: String,

    /// Kata containers type (no values documented). Kata 容器类型
    #[serde(rename = "kataType", default, skip_serializing_if = "String::is_empty")]
    pub kata_type: String,

    /// Kata containers version. Kata 容器版本
    #[serde(
        rename = "kataVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub kata_version: String,

    /// Cluster the instance belongs to, filled by the server. 集群 ID
    #[serde(
        rename = "clusterID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub cluster_id: String,

    /// Role in the cluster: `master` or `node`; follows from the list the set is in. 节点角色
    #[serde(
        rename = "clusterRole",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE111"))]
    pub cluster_role: Option<ClusterRole>,

    /// Node group of the instance, filled by the server. 节点组 ID
    #[serde(
        rename = "instanceGroupID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub instance_group_id: String,

    /// Name of the instance's node group, filled by the server. 节点组名称
    #[serde(
        rename = "instanceGroupName",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub instance_group_name: String,

    /// IAM role bound to the instance. IAM 角色
    #[serde(rename = "iamRole", default, skip_serializing_if = "Option::is_none")]
    pub iam_role: Option<IamRole>,

    /// Master type, set by the server for its delete provider. Master 类型
    #[serde(
        rename = "masterType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("readOnly" = true))]
    pub master_type: Option<MasterType>,

    /// Use an existing machine instead of buying one (default false). 是否为已有实例
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub existed: bool,

    /// Existing machine to use and whether to reinstall it; needed when `existed` is true.
    /// 已有实例相关配置
    #[serde(rename = "existedOption", default)]
    pub existed_option: ExistedOption,

    /// Deployment set the instance is placed in. 部署集 ID
    #[serde(
        rename = "deploySetID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub deploy_set_id: String,

    /// Deployment sets the instances are spread over. 部署集 ID 列表
    #[serde(
        rename = "deploySetIDs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deploy_set_ids: Option<Vec<String>>,

    /// Kind of machine: BCC, BBC, EBC, HPAS or BEC; not needed for an existing machine kept
    /// without reinstall. 机器类型
    #[serde(
        rename = "machineType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE512"))]
    pub machine_type: Option<MachineType>,

    /// BCC instance family (e.g. `N3`); always sent by the SDK, `""` means unset. 机器规格
    #[serde(rename = "instanceType", default)]
    #[schemars(extend("examples" = ["N3"], "x-cce-rule" = "CCE514"))]
    pub instance_type: Option<InstanceType>,

    /// Options for BBC (bare-metal) machines. BBC 选项
    #[serde(rename = "bbcOption", default, skip_serializing_if = "Option::is_none")]
    pub bbc_option: Option<Box<BbcOption>>,

    /// Buy a spot (bidding) instance (default false). 是否为竞价实例
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bid: bool,

    /// Bidding options of a spot instance. 竞价选项
    #[serde(rename = "bidOption", default)]
    pub bid_option: Sparse<BidOption>,

    /// VPC, subnet and security groups of the instance. VPC 相关配置
    #[serde(rename = "vpcConfig", default)]
    pub vpc_config: VpcConfig,

    /// Options for HPAS machines. HPAS 选项
    #[serde(
        rename = "hpasOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hpas_option: Option<Box<HpasOption>>,

    /// Options for BEC edge machines. BEC 选项
    #[serde(rename = "becOption", default, skip_serializing_if = "Option::is_none")]
    pub bec_option: Option<Box<BecOption>>,

    /// AI infrastructure options. AI 基础设施选项
    #[serde(
        rename = "aiInfraOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ai_infra_option: Option<Box<AiInfraOption>>,

    /// Ultra-server options. 超级服务器选项
    #[serde(
        rename = "ultraServerOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ultra_server_option: Option<Box<UltraServerOption>>,

    /// CPU, memory, disks and GPUs of the instance. 机器配置
    #[serde(rename = "instanceResource", default)]
    pub instance_resource: InstanceResource,

    /// Image ID (`m-…`); wins over `instanceOS`, from which the server otherwise derives it.
    /// 镜像 ID
    #[serde(rename = "imageID", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["m-gTpZ1k6n"]))]
    pub image_id: String,

    /// Operating system used to pick the image when `imageID` is not set. 操作系统信息
    #[serde(rename = "instanceOS", default)]
    pub instance_os: InstanceOs,

    /// Custom instance data, e.g. for installing drivers. 实例自定义数据
    #[serde(rename = "userData", default, skip_serializing_if = "String::is_empty")]
    pub user_data: String,

    /// Check the GPU driver (default false). 是否开启 GPU 驱动检查
    #[serde(
        rename = "checkGPUDriver",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub check_gpu_driver: bool,

    /// Bind an elastic public IP to the node (default false); see `eipOption`. 是否绑定 EIP
    #[serde(
        rename = "needEIP",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub need_eip: bool,

    /// Elastic public IP to buy when `needEIP` is true. EIP 选项
    #[serde(rename = "eipOption", default, skip_serializing_if = "Option::is_none")]
    pub eip_option: Option<Box<EipOption>>,

    /// Administrator (root) password (secret, never echoed); BCC policy: 8–32 characters,
    /// three of upper, lower, digit, special. 管理员密码
    #[serde(
        rename = "adminPassword",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("x-cce-secret" = true, "writeOnly" = true))]
    pub admin_password: String,

    /// SSH key pair ID (`k-…`). 密钥对 ID
    #[serde(rename = "sshKeyID", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["k-3uvrdvVq"]))]
    pub ssh_key_id: String,

    /// Billing of the instance; usually only postpaid is supported (default Postpaid).
    /// 付费方式
    #[serde(
        rename = "instanceChargingType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = "Postpaid"))]
    #[schemars(extend("x-cce-rule" = "CCE539"))]
    pub instance_charging_type: Option<InstanceChargingType>,

    /// Prepaid purchase and renewal options (only for `Prepaid`). 预付费选项
    #[serde(rename = "instancePreChargingOption", default)]
    pub instance_pre_charging_option: Sparse<InstancePreChargingOption>,

    /// Bind the instance's tags to its attached resources as well (default false). 标签关联资源
    #[serde(
        rename = "relationTag",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub relation_tag: bool,

    /// What to do with the node's resources when it is deleted. 删除节点选项
    #[serde(
        rename = "deleteOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_option: Option<Box<DeleteOption>>,

    /// Advanced deployment settings: container runtime, kubelet, scripts. 部署相关高级配置
    #[serde(rename = "deployCustomConfig", default)]
    pub deploy_custom_config: Sparse<DeployCustomConfig>,

    /// Tags of the instance. 标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,

    /// Kubernetes labels of the node; CCE itself sets `cluster-id`, `cluster-role`,
    /// `instance-group-id`. 节点标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,

    /// Kubernetes taints of the node. 节点污点
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<Taint>>,

    /// Kubernetes annotations of the node. 节点注解
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,

    /// Scale-down priority in a node group: lower values are removed first (default 5).
    /// 节点优先级
    #[serde(
        rename = "cceInstancePriority",
        default,
        skip_serializing_if = "is_zero"
    )]
    #[schemars(extend("x-cce-default" = 5))]
    pub cce_instance_priority: i64,

    /// Automatic snapshot policy ID. 自动快照策略 ID
    #[serde(
        rename = "autoSnapshotID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub auto_snapshot_id: String,

    /// Enable the hostname domain of the node (default false). 是否开启 hostname 域名
    #[serde(
        rename = "isOpenHostnameDomain",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub is_open_hostname_domain: bool,

    /// Resource group of the instance. 资源分组 ID
    #[serde(
        rename = "resourceGroupID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub resource_group_id: String,

    /// EHC cluster the instance joins (note the lowercase `Id`). EHC 集群 ID
    #[serde(
        rename = "ehcClusterId",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub ehc_cluster_id: String,

    /// Version of the NVIDIA Container Toolkit component. NVIDIA Container Toolkit 组件版本
    #[serde(
        rename = "nvidiaContainerToolkitVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub nvidia_container_toolkit_version: String,

    /// Version of the XPU Container Toolkit component. XPU Container Toolkit 组件版本
    #[serde(
        rename = "xpuContainerToolkitVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub xpu_container_toolkit_version: String,

    /// Protect the node from scale-down (default false). 节点缩容保护
    #[serde(
        rename = "scaleDownDisabled",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub scale_down_disabled: bool,
}

/// Network placement of an instance. 实例 VPC 配置 (VPCConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "VPCConfig")]
pub struct VpcConfig {
    /// VPC of the instance (`vpc-…`); must be the cluster's VPC. 节点所在 VPC ID
    #[serde(rename = "vpcID", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["vpc-mwbgygrjb72w"]))]
    pub vpc_id: String,

    /// Subnet of the node (`sbn-…`). 子网 ID
    #[serde(
        rename = "vpcSubnetID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["sbn-mnbvhnuupv1u"]))]
    pub vpc_subnet_id: String,

    /// Single (legacy) security group of the node (`g-…`). 安全组 ID
    #[serde(
        rename = "securityGroupID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["g-k4tsm0id2g1n"]))]
    pub security_group_id: String,

    /// Type of the subnet: BCC, BCC_NAT or BBC (mostly filled by the server). 子网类型
    #[serde(
        rename = "vpcSubnetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE550"))]
    pub vpc_subnet_type: Option<SubnetType>,

    /// IPv4 CIDR of the subnet (filled by the server in responses). 子网网段
    #[serde(
        rename = "vpcSubnetCIDR",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub vpc_subnet_cidr: String,

    /// IPv6 CIDR of the subnet (filled by the server in responses). 子网 IPv6 网段
    #[serde(
        rename = "vpcSubnetCIDRIPv6",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub vpc_subnet_cidr_ipv6: String,

    /// Availability zone, `zoneA`…`zoneZ`. 可用区
    #[serde(
        rename = "availableZone",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["zoneA"]))]
    pub available_zone: String,

    /// CCE-managed and custom security groups; the all-false object is the SDK default.
    /// 安全组配置
    #[serde(rename = "securityGroup", default)]
    pub security_group: SecurityGroup,

    /// Kind of the security groups in `securityGroups`: `normal` or `enterprise`; the SDK
    /// always sends it (`""` = unset). 安全组类型
    #[serde(rename = "securityGroupType", default)]
    pub security_group_type: String,

    /// Security groups of the node; the SDK always sends it (`null` = unset). 安全组列表
    #[serde(rename = "securityGroups", default)]
    pub security_groups: Option<Vec<SecurityGroupV2>>,

    /// Optional subnets (`sbn-…`) for creating nodes across several subnets. 可选子网 ID 列表
    #[serde(
        rename = "optionalSubnetIDs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub optional_subnet_ids: Option<Vec<String>>,
}

/// Security-group settings of an instance. 实例安全组配置 (SecurityGroup)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "SecurityGroup")]
pub struct SecurityGroup {
    /// Attach the CCE-required security group. 是否附加 CCE 必须安全组
    #[serde(rename = "enableCCERequiredSecurityGroup", default)]
    pub enable_cce_required_security_group: bool,

    /// Attach the CCE-optional security group. 是否附加 CCE 可选安全组
    #[serde(rename = "enableCCEOptionalSecurityGroup", default)]
    pub enable_cce_optional_security_group: bool,

    /// IDs of user-defined security groups (key `customSecurityGroups`). 用户自定义安全组 ID 列表
    #[serde(
        rename = "customSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_security_groups: Option<Vec<String>>,
}

/// CPU, memory, disk and GPU configuration of an instance. 实例资源配置 (InstanceResource)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "InstanceResource")]
pub struct InstanceResource {
    /// Machine specification, e.g. `bcc.g5.c2m8`. 机器规格
    #[serde(
        rename = "machineSpec",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["bcc.g5.c2m8"]))]
    pub machine_spec: String,

    /// Number of CPU cores. CPU 核数
    #[serde(default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [4]))]
    #[schemars(range(min = 0))]
    pub cpu: i64,

    /// Memory in GB. 内存大小 (GB)
    #[serde(default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [8]))]
    #[schemars(range(min = 0))]
    pub mem: i64,

    /// CPU quota of the node in cores. 节点 CPU 配额
    #[serde(rename = "nodeCPUQuota", default, skip_serializing_if = "is_zero")]
    pub node_cpu_quota: i64,

    /// Memory quota of the node in GB. 节点内存配额 (GB)
    #[serde(rename = "nodeMEMQuota", default, skip_serializing_if = "is_zero")]
    pub node_mem_quota: i64,

    /// System disk type; CCE supports `hp1` and `cloud_hp1`. 系统盘类型
    #[serde(
        rename = "rootDiskType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE523"))]
    pub root_disk_type: Option<StorageType>,

    /// System disk size in GB (BCC: Linux 10–2048, default 20; Windows 40–2048). 系统盘大小 (GB)
    #[serde(rename = "rootDiskSize", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [40]))]
    pub root_disk_size: i64,

    /// Ephemeral (temporary) data disks. 临时数据盘列表
    #[serde(
        rename = "ephemeralDiskList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_disk_list: Option<Vec<EphemeralDiskConfig>>,

    /// Local disk size in GB; required for GPU machines only. 本地盘大小 (GB)
    #[serde(rename = "localDiskSize", default, skip_serializing_if = "is_zero")]
    #[schemars(range(min = 0))]
    pub local_disk_size: i64,

    /// CDS data disks; the first one becomes the docker/kubelet data disk. CDS 列表
    #[serde(rename = "cdsList", default, skip_serializing_if = "Option::is_none")]
    pub cds_list: Option<Vec<CdsConfig>>,

    /// GPU card model; only needed for GPU instance types. GPU 类型
    #[serde(rename = "gpuType", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE532"))]
    pub gpu_type: Option<GpuType>,

    /// Number of GPU cards. GPU 卡数
    #[serde(rename = "gpuCount", default, skip_serializing_if = "is_zero")]
    #[schemars(range(min = 0))]
    pub gpu_count: i64,

    /// Threads per physical core (vCPU): `1` or `2` (default 2). 每物理核线程数
    #[serde(
        rename = "cpuThreadConfig",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub cpu_thread_config: String,

    /// NUMA configuration of the CPU (BCC: Intel 0/1; AMD 0, 1, 2, 4, auto). CPU NUMA 配置
    #[serde(
        rename = "numaConfig",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub numa_config: String,
}

/// A CDS cloud data disk to create (or, on existing machines, to mount). CDS 配置 (CDSConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "CDSConfig")]
pub struct CdsConfig {
    /// Mount path of the disk; one CDS per path, sub-paths allowed. 挂载路径
    #[serde(rename = "diskPath", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["/data"]))]
    pub disk_path: String,

    /// Disk type; CCE supports `std1`, `hp1`, `cloud_hp1`. 磁盘类型
    #[serde(
        rename = "storageType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE524"))]
    pub storage_type: Option<StorageType>,

    /// Disk size in GB (BCC: 1–5120); ignored when `snapshotID` is set. 磁盘大小 (GB)
    #[serde(rename = "cdsSize", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [200]))]
    pub cds_size: i64,

    /// Snapshot to create the disk from. 快照 ID
    #[serde(
        rename = "snapshotID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub snapshot_id: String,

    /// Device of the disk, e.g. `/dev/vdb`. 设备名
    #[serde(
        rename = "dataDevice",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub data_device: String,

    /// Format the disk before mounting it. 是否格式化
    #[serde(
        rename = "needFormat",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub need_format: bool,
}

/// An ephemeral (temporary) data disk. 临时数据盘配置 (EphemeralDiskConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "EphemeralDiskConfig")]
pub struct EphemeralDiskConfig {
    /// Mount path of the disk. 挂载路径
    #[serde(rename = "diskPath", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["/data"]))]
    pub disk_path: String,

    /// Disk type (required by Terraform). 临时盘类型
    #[serde(
        rename = "storageType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_type: Option<EphemeralStorageType>,

    /// Disk size in GB (required by Terraform). 磁盘大小 (GB)
    #[serde(rename = "sizeInGB", default, skip_serializing_if = "is_zero")]
    pub size_in_gb: i64,

    /// Device of the disk, e.g. `/dev/vdb`. 设备名
    #[serde(
        rename = "dataDevice",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub data_device: String,

    /// Format the disk before mounting it. 是否格式化
    #[serde(
        rename = "needFormat",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub need_format: bool,
}

/// Operating system the image is chosen by. 操作系统信息 (InstanceOS)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "InstanceOS")]
pub struct InstanceOs {
    /// Kind of image, e.g. `System`. 镜像类型
    #[serde(rename = "imageType", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE535"))]
    pub image_type: Option<ImageType>,

    /// Image name. 镜像名称
    #[serde(
        rename = "imageName",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["7.5 x86_64 (64bit)", "centos-7u5-x86_64-20200601203742"]))]
    pub image_name: String,

    /// Operating system family: `linux` or `windows`. 操作系统类型
    #[serde(rename = "osType", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE535"))]
    pub os_type: Option<OsType>,

    /// Operating system distribution, e.g. `CentOS`. 操作系统名称
    #[serde(rename = "osName", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE535"))]
    pub os_name: Option<OsName>,

    /// Operating system version. 操作系统版本
    #[serde(
        rename = "osVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["7.5", "14.04.1 LTS"]))]
    pub os_version: String,

    /// Operating system architecture. 操作系统架构
    #[serde(rename = "osArch", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["x86_64 (64bit)"]))]
    pub os_arch: String,

    /// Operating system build. 操作系统构建号
    #[serde(rename = "osBuild", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["2015061700"]))]
    pub os_build: String,
}

/// Existing machine to turn into a node. 已有实例相关配置 (ExistedOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ExistedOption")]
pub struct ExistedOption {
    /// ID of the existing BCC/BBC machine (`i-…`); required when `existed` is true.
    /// 已有实例 ID
    #[serde(
        rename = "existedInstanceID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["i-SxeBLkcN"]))]
    pub existed_instance_id: String,

    /// Reinstall the OS; absent or null means reinstall. With `false` the current password
    /// must be correct. 是否重装系统
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-default" = true))]
    pub rebuild: Option<bool>,
}

/// Options of a BBC bare-metal machine. BBC 选项 (BBCOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "BBCOption")]
pub struct BbcOption {
    /// BBC flavor. BBC 套餐
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["BBC-G4-02S"]))]
    pub flavor: String,

    /// Disk layout. 磁盘信息
    #[serde(rename = "diskInfo", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["NoRaid"]))]
    pub disk_info: String,

    /// Keep the data on the machine. 是否保留数据
    #[serde(
        rename = "reserveData",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub reserve_data: bool,

    /// RAID type ID. 磁盘阵列类型 ID
    #[serde(rename = "raidID", default, skip_serializing_if = "String::is_empty")]
    pub raid_id: String,

    /// System disk size in GB. 系统盘分配大小
    #[serde(rename = "sysDiskSize", default, skip_serializing_if = "is_zero")]
    pub sys_disk_size: i64,
}

/// Bidding options of a spot instance. 竞价选项 (BidOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "BidOption")]
pub struct BidOption {
    /// Bidding mode. 竞价模式
    #[serde(rename = "bidMode", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-rule" = "CCE542"))]
    pub bid_mode: Option<BidMode>,

    /// Bid price; only with `CUSTOM_BID`. 用户出价
    #[serde(rename = "bidPrice", default, skip_serializing_if = "String::is_empty")]
    pub bid_price: String,

    /// Bid timeout in minutes; the order is cancelled on timeout. 竞价超时时间 (分钟)
    #[serde(rename = "bidTimeout", default, skip_serializing_if = "is_zero")]
    pub bid_timeout: i64,

    /// Release the instance's EIP when the spot instance is reclaimed. 竞价实例释放时联动释放 EIP
    #[serde(
        rename = "bidReleaseEIP",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub bid_release_eip: bool,

    /// Release the instance's CDS when the spot instance is reclaimed. 竞价实例释放时联动释放 CDS
    #[serde(
        rename = "bidReleaseCDS",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub bid_release_cds: bool,
}

/// Elastic public IP bought for the node. EIP 选项 (EIPOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "EIPOption")]
pub struct EipOption {
    /// EIP name: 1–65 characters, starting with a letter. EIP 名称
    #[serde(rename = "eipName", default, skip_serializing_if = "String::is_empty")]
    pub eip_name: String,

    /// EIP billing method (key `eipChargeType`). EIP 计费方式
    #[serde(
        rename = "eipChargeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE545"))]
    pub eip_charge_type: Option<EipChargeType>,

    /// EIP line type. EIP 线路类型
    #[serde(
        rename = "eipPurchaseType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE545"))]
    pub eip_purchase_type: Option<EipPurchaseType>,

    /// Bandwidth in Mbps (ByTraffic BGP 1–200; ByBandwidth BGP 1–500, BGP_S 100–5000).
    /// EIP 带宽 (Mbps)
    #[serde(rename = "eipBandwidth", default, skip_serializing_if = "is_zero")]
    pub eip_bandwidth: i64,
}

/// Prepaid purchase and renewal options. 预付费选项 (InstancePreChargingOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "InstancePreChargingOption")]
pub struct InstancePreChargingOption {
    /// Purchase length, in months by default; only for prepaid instances. 购买时长
    #[serde(rename = "purchaseTime", default, skip_serializing_if = "is_zero")]
    pub purchase_time: i64,

    /// Unit of `purchaseTime` (values not documented; month by default). 购买时长单位
    #[serde(
        rename = "purchaseTimeUnit",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub purchase_time_unit: String,

    /// Renew automatically. 是否自动续费
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub auto_renew: bool,

    /// Unit of `autoRenewTime` (month by default). 续费单位
    #[serde(
        rename = "autoRenewTimeUnit",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub auto_renew_time_unit: String,

    /// Renewal length (BCC: month 1–9, year 1–5). 续费时长
    #[serde(rename = "autoRenewTime", default, skip_serializing_if = "is_zero")]
    pub auto_renew_time: i64,
}

/// What happens to the node's resources when it is deleted. 删除节点选项 (DeleteOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "DeleteOption")]
pub struct DeleteOption {
    /// Keep the machine, only move it out of the cluster. 是否移出节点 (保留机器)
    #[serde(
        rename = "moveOut",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub move_out: bool,

    /// Delete the attached postpaid resources (EIP, CDS). 是否删除相关资源
    #[serde(
        rename = "deleteResource",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub delete_resource: bool,

    /// Delete the CDS snapshots. 是否删除云磁盘快照
    #[serde(
        rename = "deleteCDSSnapshot",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub delete_cds_snapshot: bool,

    /// Drain the node before removing it. 是否排空节点
    #[serde(
        rename = "drainNode",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub drain_node: bool,

    /// Reinstall the machine's OS when it is removed (meaning inferred from the name). 是否重装系统
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rebuild: bool,

    /// Refund the prepaid resources in one batch (meaning inferred from the name). 是否批量退订资源
    #[serde(
        rename = "batchRefundResource",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub batch_refund_resource: bool,
}

/// Advanced deployment settings of a node (runtime, kubelet, scripts). 部署自定义配置
/// (DeployCustomConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "DeployCustomConfig")]
pub struct DeployCustomConfig {
    /// Docker settings (used with the docker runtime). Docker 相关配置
    #[serde(rename = "dockerConfig", default)]
    pub docker_config: DockerConfig,

    /// containerd settings (used with the containerd runtime). containerd 相关配置
    #[serde(rename = "containerdConfig", default)]
    pub containerd_config: ContainerdConfig,

    /// kubelet data directory. kubelet 数据目录
    #[serde(
        rename = "kubeletRootDir",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["/var/lib/kubelet"]))]
    pub kubelet_root_dir: String,

    /// Enable resource reservation (the key is capitalised: `EnableResourceReserved`).
    /// 是否开启资源预留
    #[serde(
        rename = "EnableResourceReserved",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_resource_reserved: bool,

    /// Resources reserved for Kubernetes processes, e.g. `cpu: 50m, memory: 100Mi`.
    /// k8s 进程资源预留配额
    #[serde(
        rename = "kubeReserved",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("examples" = [{"cpu": "50m", "memory": "100Mi"}]))]
    pub kube_reserved: Option<BTreeMap<String, String>>,

    /// Resources reserved for system processes, e.g. `cpu: 50m, memory: 100Mi`.
    /// 系统进程资源预留配额
    #[serde(
        rename = "systemReserved",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("examples" = [{"cpu": "50m", "memory": "100Mi"}]))]
    pub system_reserved: Option<BTreeMap<String, String>>,

    /// kubelet image-pull QPS (default 5). 镜像拉取 QPS
    #[serde(rename = "registryPullQPS", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("x-cce-default" = 5))]
    #[schemars(range(min = 0))]
    pub registry_pull_qps: i64,

    /// kubelet image-pull burst (default 10). 镜像拉取突发上限
    #[serde(rename = "registryBurst", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("x-cce-default" = 10))]
    #[schemars(range(min = 0))]
    pub registry_burst: i64,

    /// Maximum number of PIDs per pod (default -1, unlimited). Pod PID 数上限
    #[serde(rename = "podPidsLimit", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("x-cce-default" = -1))]
    pub pod_pids_limit: i64,

    /// kubelet event record QPS (absent: kubelet default). 事件记录 QPS
    #[serde(
        rename = "eventRecordQPS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(min = 0))]
    pub event_record_qps: Option<i32>,

    /// kubelet event burst (absent: kubelet default). 事件突发上限
    #[serde(
        rename = "eventBurst",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(min = 0))]
    pub event_burst: Option<i32>,

    /// kubelet QPS towards the API server (absent: kubelet default). 自定义 KubeAPIQPS
    #[serde(
        rename = "kubeAPIQPS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(min = 0))]
    pub kube_api_qps: Option<i32>,

    /// kubelet burst towards the API server (absent: kubelet default). 自定义 KubeAPIBurst
    #[serde(
        rename = "kubeAPIBurst",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(min = 0))]
    pub kube_api_burst: Option<i32>,

    /// Maximum number of pods on the node (absent: kubelet default). 自定义 MaxPods
    #[serde(rename = "maxPods", default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub max_pods: Option<i32>,

    /// kubelet CPU manager policy: `none` or `static`. CPU 管理策略
    #[serde(
        rename = "cpuManagerPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE612"))]
    pub cpu_manager_policy: Option<CpuManagerPolicy>,

    /// kubelet topology manager scope: `pod` or `container`. 拓扑管理范围
    #[serde(
        rename = "topologyManagerScope",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE612"))]
    pub topology_manager_scope: Option<TopologyManagerScope>,

    /// kubelet topology manager policy. 拓扑管理策略
    #[serde(
        rename = "topologyManagerPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE612"))]
    pub topology_manager_policy: Option<TopologyManagerPolicy>,

    /// Enforce CPU CFS quota for containers with CPU limits (absent: kubelet default true).
    /// 是否开启 CPU CFS 配额
    #[serde(
        rename = "cpuCFSQuota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = true))]
    pub cpu_cfs_quota: Option<bool>,

    /// Cordon the node after it joins. 是否封锁节点
    #[serde(
        rename = "enableCordon",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_cordon: bool,

    /// Script run before deployment, base64-encoded (the SDK encodes it). 部署前执行脚本
    #[serde(
        rename = "preUserScript",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("contentEncoding" = "base64"))]
    pub pre_user_script: String,

    /// Script run after deployment, base64-encoded (the SDK encodes it). 部署后执行脚本
    #[serde(
        rename = "postUserScript",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("contentEncoding" = "base64"))]
    pub post_user_script: String,

    /// Address kubelet binds to: `all`, `local` or `hostip`. kubelet 监听地址类型
    #[serde(
        rename = "kubeletBindAddressType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE612"))]
    pub kubelet_bind_address_type: Option<KubeletBindAddressType>,

    /// Cordon the node when the post-deployment script fails. 部署后执行脚本失败自动封锁节点
    #[serde(
        rename = "postUserScriptFailedAutoCordon",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub post_user_script_failed_auto_cordon: bool,

    /// Kata containers settings. Kata 容器配置
    #[serde(
        rename = "kataConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kata_config: Option<KataConfig>,

    /// DNS resolver file used by containers (default `/etc/resolv.conf`). 容器 DNS 解析配置文件
    #[serde(
        rename = "resolvConf",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = "/etc/resolv.conf"))]
    pub resolv_conf: Option<String>,

    /// Unsafe sysctls or sysctl patterns allowed on the node. 允许使用的非安全 sysctl
    #[serde(
        rename = "allowedUnsafeSysctls",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub allowed_unsafe_sysctls: String,

    /// Pull images one at a time (default true). 串行拉取镜像
    #[serde(
        rename = "serializeImagePulls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = true))]
    pub serialize_image_pulls: Option<bool>,

    /// Hard eviction thresholds, signal → quantity or percentage. 硬性驱逐门限
    #[serde(
        rename = "evictionHard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eviction_hard: Option<BTreeMap<String, String>>,

    /// Soft eviction thresholds, signal → quantity or percentage. 软性驱逐阈值
    #[serde(
        rename = "evictionSoft",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eviction_soft: Option<BTreeMap<String, String>>,

    /// Grace periods of the soft eviction thresholds; needs `evictionSoft`. 驱逐宽限期
    #[serde(
        rename = "evictionSoftGracePeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eviction_soft_grace_period: Option<BTreeMap<String, String>>,

    /// Maximum number of log files per container (default 5). 容器日志文件个数上限
    #[serde(
        rename = "containerLogMaxFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = 5))]
    #[schemars(range(min = 2))]
    pub container_log_max_files: Option<i32>,

    /// Size at which a container log file is rotated, e.g. `10Mi`. 容器日志文件轮换阈值
    #[serde(
        rename = "containerLogMaxSize",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["10Mi"]))]
    pub container_log_max_size: String,

    /// kubelet feature gates, name → enabled. 特性开关组
    #[serde(
        rename = "featureGates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub feature_gates: Option<BTreeMap<String, bool>>,

    /// kubelet read-only port without authentication; `0` disables it. kubelet 只读端口
    #[serde(
        rename = "readOnlyPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub read_only_port: Option<i32>,

    /// CPU CFS quota period (default 100ms; unit of the integer not documented). CPU CFS 配额周期
    #[serde(
        rename = "cpuCFSQuotaPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_cfs_quota_period: Option<i32>,
}

/// Docker settings of a node. Docker 相关配置 (DockerConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "DockerConfig")]
pub struct DockerConfig {
    /// Docker data directory. 自定义 docker 数据目录
    #[serde(
        rename = "dockerDataRoot",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub docker_data_root: String,

    /// Registry mirrors. 自定义 RegistryMirrors
    #[serde(
        rename = "registryMirrors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registry_mirrors: Option<Vec<String>>,

    /// Registries reached without TLS verification. 自定义 InsecureRegistries
    #[serde(
        rename = "insecureRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub insecure_registries: Option<Vec<String>>,

    /// Maximum size of a docker log file (default `20m`). docker 日志大小
    #[serde(
        rename = "dockerLogMaxSize",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("x-cce-default" = "20m"))]
    pub docker_log_max_size: String,

    /// Number of docker log files kept, as a string (default `10`). docker 日志保留数
    #[serde(
        rename = "dockerLogMaxFile",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("x-cce-default" = "10"))]
    pub docker_log_max_file: String,

    /// CIDR of the docker0 bridge (default `169.254.30.1/28`). docker0 网桥网段
    #[serde(
        rename = "dockerBIP",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("x-cce-default" = "169.254.30.1/28"))]
    pub docker_bip: String,
}

/// containerd settings of a node. containerd 相关配置 (ContainerdConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ContainerdConfig")]
pub struct ContainerdConfig {
    /// containerd data directory. 自定义 containerd 数据目录
    #[serde(rename = "dataRoot", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["/home/cce/containerd"]))]
    pub data_root: String,

    /// Registry mirrors. 自定义 RegistryMirrors
    #[serde(
        rename = "registryMirrors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registry_mirrors: Option<Vec<String>>,

    /// Registries reached without TLS verification. 自定义 InsecureRegistries
    #[serde(
        rename = "insecureRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub insecure_registries: Option<Vec<String>>,
}

/// Kata containers settings. Kata 容器配置 (KataConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "KataConfig")]
pub struct KataConfig {
    /// Kata containers type (no values documented). Kata 容器类型
    #[serde(rename = "kataType", default, skip_serializing_if = "String::is_empty")]
    pub kata_type: String,

    /// Kata containers version. Kata 容器版本
    #[serde(
        rename = "kataVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub kata_version: String,
}

/// A Kubernetes taint of the node. 节点污点 (Taint)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "Taint")]
pub struct Taint {
    /// Taint key (required; a Kubernetes qualified name). 污点键
    #[serde(default)]
    pub key: String,

    /// Taint value (a Kubernetes label value, up to 63 characters). 污点值
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub value: String,

    /// Effect on pods that do not tolerate the taint (required). 污点效果
    #[serde(default)]
    #[schemars(extend("x-cce-rule" = "CCE546"))]
    pub effect: Option<TaintEffect>,

    /// Time the taint was added (RFC 3339); only written for `NoExecute` taints. 添加时间
    #[serde(rename = "timeAdded", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub time_added: Option<String>,
}

/// Options of an HPAS machine. HPAS 选项 (HPASOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "HPASOption")]
pub struct HpasOption {
    /// Application type (required by Terraform). 应用类型
    #[serde(rename = "appType", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["llama2_7B_train"]))]
    pub app_type: String,

    /// Application performance level (required by Terraform). 应用性能等级
    #[serde(
        rename = "appPerformanceLevel",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["10k"]))]
    pub app_performance_level: String,
}

/// Options of a BEC edge machine. BEC 选项 (BECOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "BECOption")]
pub struct BecOption {
    /// BEC region. BEC 区域
    #[serde(
        rename = "becRegion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub bec_region: String,

    /// BEC city. BEC 城市
    #[serde(rename = "becCity", default, skip_serializing_if = "String::is_empty")]
    pub bec_city: String,

    /// BEC network service provider. BEC 运营商
    #[serde(
        rename = "becServiceProvider",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub bec_service_provider: String,
}

/// AI infrastructure options. AI 基础设施选项 (AIInfraOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "AIInfraOption")]
pub struct AiInfraOption {
    /// IP of the serverless relay. Serverless 中继 IP
    #[serde(
        rename = "serverLessRelayIP",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub server_less_relay_ip: String,

    /// Password of the serverless relay (secret, never echoed). Serverless 中继密码
    #[serde(
        rename = "serverLessRelayPW",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("x-cce-secret" = true, "writeOnly" = true))]
    pub server_less_relay_pw: String,

    /// Hosts file content for the node. hosts 文件
    #[serde(
        rename = "hostsFile",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub hosts_file: String,

    /// Template ID. 模板 ID
    #[serde(
        rename = "templateID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub template_id: String,

    /// Name of the AI infrastructure cluster. 集群名称
    #[serde(
        rename = "clusterName",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub cluster_name: String,
}

/// Ultra-server options. 超级服务器选项 (UltraServerOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "UltraServerOption")]
pub struct UltraServerOption {
    /// Ultra-server ID. 超级服务器 ID
    #[serde(
        rename = "ultraServerID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub ultra_server_id: String,
}
