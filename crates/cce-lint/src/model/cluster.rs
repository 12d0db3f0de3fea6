//! `cluster` of the create-cluster request (SDK `types.ClusterSpec`) and its parts.
//!
//! Also home of the kubelet enumerations ([`CpuManagerPolicy`], [`TopologyManagerScope`],
//! [`TopologyManagerPolicy`], [`KubeletBindAddressType`]) that the instance model's
//! `deployCustomConfig` shares with `k8sCustomConfig`.

use std::collections::BTreeMap;

use crate::decode::Decode;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::common::{RuntimeType, SecurityGroupV2, Tag};
use crate::model::Sparse;
use crate::string_enum;

/// Go `omitempty` for an `int`: zero is not sent.
fn is_zero(value: &i64) -> bool {
    *value == 0
}

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

string_enum! {
    /// Kind of cluster; decides the IaaS provider behind it. 集群类型 (ClusterType)
    pub enum ClusterType {
        /// Normal cluster (the default). 普通类型集群
        Normal = "normal",
        /// Cross-VPC ENI cluster (meaning inferred from the name). 跨 VPC ENI 集群
        CrossVpcEni = "crossvpceni",
        /// Serverless cluster. Serverless 集群
        Serverless = "serverless",
        /// GPU-sharing cluster (meaning inferred from the name). GPU 共享集群
        GpuShare = "gpuShare",
        /// Edge cluster. 边缘集群
        Edge = "edge",
        /// Cloud-edge cluster. 云边集群
        CloudEdge = "cloudEdge",
        /// AI high-performance-computing cluster. AI HPC 集群
        AiHpc = "aihpc",
        /// ARM cluster. ARM 集群
        Arm = "arm",
    }
}

string_enum! {
    /// Where the master machines come from. Master 机器来源 (MasterType)
    pub enum MasterType {
        /// Masters hosted and operated by CCE; `masters` must not be set. 托管 Master
        Managed = "managed",
        /// Managed masters, Pro edition (sized with `masterFlavor`). 托管 Master（Pro 版）
        ManagedPro = "managedPro",
        /// User masters: new BCC, existing BCC or existing BBC, listed in `masters`. 自定义 Master
        Custom = "custom",
        /// Masters of a serverless cluster. Serverless 集群 Master
        Serverless = "serverless",
        /// User masters deployed as containers. 容器化部署 Master
        ContainerizedCustom = "containerizedCustom",
    }
}

string_enum! {
    /// Scale class of managed masters. 托管 Master 规格 (MasterFlavor)
    pub enum MasterFlavor {
        /// Scale L50 (about 50 nodes, inferred from the name). 集群规模 L50
        L50 = "l50",
        /// Scale L200 (about 200 nodes, inferred from the name). 集群规模 L200
        L200 = "l200",
        /// Scale L500 (about 500 nodes, inferred from the name). 集群规模 L500
        L500 = "l500",
        /// Scale L1000 (about 1000 nodes, inferred from the name). 集群规模 L1000
        L1000 = "l1000",
        /// Scale L3000 (about 3000 nodes, inferred from the name). 集群规模 L3000
        L3000 = "l3000",
        /// Scale L5000 (about 5000 nodes, inferred from the name). 集群规模 L5000
        L5000 = "l5000",
    }
}

string_enum! {
    /// Who provides the APIServer BLB. 集群 BLB 来源 (BLBSource)
    pub enum BlbSource {
        /// CCE creates the BLB. CCE 创建
        Cce = "CCE",
        /// The user's existing BLB, given in `clusterBLBID`. 用户已有 BLB
        User = "USER",
    }
}

string_enum! {
    /// Container network mode. 容器网络模式 (ContainerNetworkMode)
    pub enum ContainerNetworkMode {
        /// Kubenet: per-node pod CIDRs routed by VPC routes (the default). Kubenet 模式
        Kubenet = "kubenet",
        /// VPC-CNI: pods take IPs from ENIs in the VPC. VPC-CNI 模式
        VpcCni = "vpc-cni",
        /// VPC route with veth pairs. VPC 路由模式（veth）
        VpcRouteVeth = "vpc-route-veth",
        /// VPC route with ipvlan. VPC 路由模式（ipvlan）
        VpcRouteIpvlan = "vpc-route-ipvlan",
        /// VPC route, veth or ipvlan chosen by kernel version. VPC 路由模式（自动选择）
        VpcRouteAutoDetect = "vpc-route-auto-detect",
        /// VPC-ENI secondary IPs with veth pairs. VPC-ENI 辅助 IP 模式（veth）
        VpcSecondaryIpVeth = "vpc-secondary-ip-veth",
        /// VPC-ENI secondary IPs with ipvlan. VPC-ENI 辅助 IP 模式（ipvlan）
        VpcSecondaryIpIpvlan = "vpc-secondary-ip-ipvlan",
        /// VPC-ENI secondary IPs, veth or ipvlan chosen by kernel version. VPC-ENI 辅助 IP 模式（自动选择）
        VpcSecondaryIpAutoDetect = "vpc-secondary-ip-auto-detect",
        /// VPC-ENI (the only value the Terraform provider accepts; not in the SDK enum). VPC-ENI 模式
        VpcEni = "vpc-eni",
    }
}

string_enum! {
    /// IP families of the container network. 容器 IP 类型 (ContainerNetworkIPType)
    pub enum IpVersion {
        /// IPv4 only (the default). 容器网段 IPv4
        Ipv4 = "ipv4",
        /// IPv6 only. 容器网段 IPv6
        Ipv6 = "ipv6",
        /// IPv4 and IPv6 dual stack. 容器网段双栈
        DualStack = "dualStack",
    }
}

string_enum! {
    /// kube-proxy `--proxy-mode`. KubeProxy 模式 (KubeProxyMode)
    pub enum KubeProxyMode {
        /// IPVS (the default). IPVS 模式
        Ipvs = "ipvs",
        /// iptables. iptables 模式
        Iptables = "iptables",
        /// Cilium replaces kube-proxy. Cilium 模式
        Cilium = "cilium",
        /// eBPF replaces kube-proxy. eBPF 模式
        Ebpf = "ebpf",
    }
}

string_enum! {
    /// Network policy implementation. 网络策略类型 (NetworkPolicyType)
    pub enum NetworkPolicyType {
        /// No network policy support. 不启用网络策略
        None = "none",
        /// Calico Felix. Felix 网络策略
        Felix = "felix",
        /// eBPF-based network policy. eBPF 网络策略
        Ebpf = "eBPF",
    }
}

string_enum! {
    /// APIServer authentication mode. APIServer 认证模式 (AuthenticateMode)
    pub enum AuthenticateMode {
        /// X.509 client certificates. X509 证书认证
        X509 = "x509",
        /// OpenID Connect tokens. OIDC 认证
        Oidc = "oidc",
    }
}

string_enum! {
    /// Payment timing of IaaS resources. 付费方式 (PaymentTiming)
    pub enum PaymentTiming {
        /// Paid in advance for a purchase period. 预付费
        Prepaid = "Prepaid",
        /// Pay as you go. 后付费
        Postpaid = "Postpaid",
    }
}

string_enum! {
    /// Kubelet CPU manager policy. CPU 管理策略 (K8SCPUManagerPolicy)
    pub enum CpuManagerPolicy {
        /// No exclusive CPUs (kubelet default). none 策略
        None = "none",
        /// Exclusive CPUs for Guaranteed pods with integer CPU requests. static 策略
        Static = "static",
    }
}

string_enum! {
    /// Kubelet topology manager scope. 拓扑管理作用域 (K8STopologyManagerScope)
    pub enum TopologyManagerScope {
        /// Align resources per pod. Pod 级别
        Pod = "pod",
        /// Align resources per container (kubelet default). 容器级别
        Container = "container",
    }
}

string_enum! {
    /// Kubelet topology manager policy. 拓扑管理策略 (K8STopologyManagerPolicy)
    pub enum TopologyManagerPolicy {
        /// No topology alignment (kubelet default). none 策略
        None = "none",
        /// Prefer NUMA-aligned resources, admit the pod anyway. best-effort 策略
        BestEffort = "best-effort",
        /// Reject pods whose resources cannot be NUMA-aligned. restricted 策略
        Restricted = "restricted",
        /// Reject pods that do not fit on a single NUMA node. single-numa-node 策略
        SingleNumaNode = "single-numa-node",
    }
}

string_enum! {
    /// Address the kubelet listens on. Kubelet 监听地址类型 (KubeletBindAddressType)
    pub enum KubeletBindAddressType {
        /// All addresses, 0.0.0.0. 所有地址 0.0.0.0
        All = "all",
        /// Loopback only, 127.0.0.1. 本地回环 127.0.0.1
        Local = "local",
        /// The primary NIC's IP. 主网卡 IP
        HostIp = "hostip",
    }
}

// ---------------------------------------------------------------------------------------------
// ClusterSpec
// ---------------------------------------------------------------------------------------------

/// Cluster configuration. 集群配置 (ClusterSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ClusterSpec")]
pub struct ClusterSpec {
    /// Cluster ID, generated by CCE (`cce-…`); not to be sent when creating. 集群 ID（创建时无需传入）
    #[serde(
        rename = "clusterID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub cluster_id: String,

    /// Cluster name (required; can be changed later). 集群名称
    #[serde(rename = "clusterName", default)]
    #[schemars(extend("examples" = ["test-open-types", "sdk-ccev2-test"]))]
    pub cluster_name: String,

    /// Kind of cluster (default `normal`; cannot be changed after creation). 集群类型
    #[serde(
        rename = "clusterType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = "normal", "x-cce-rule" = "CCE213"))]
    pub cluster_type: Option<ClusterType>,

    /// Free-text description of the cluster. 集群描述
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["集群描述"]))]
    pub description: String,

    /// Kubernetes version, e.g. `1.28.8` (server default when omitted — pin it). K8S 版本
    #[serde(
        rename = "k8sVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["1.34.2", "1.32.7", "1.30.1", "1.28.8"]))]
    pub k8s_version: String,

    /// Container runtime of the cluster (SDK default `docker`, impossible from Kubernetes 1.24:
    /// set `containerd`). 容器运行时
    #[serde(
        rename = "runtimeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE209"))]
    pub runtime_type: Option<RuntimeType>,

    /// Container runtime version (server default when omitted). 容器运行时版本
    #[serde(
        rename = "runtimeVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["2.1.2", "18.9.2"]))]
    pub runtime_version: String,

    /// VPC of the cluster, `vpc-…` (required; cannot be changed after creation). 集群 VPC ID
    #[serde(rename = "vpcID", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("examples" = ["vpc-mwbgygrjb72w"]))]
    pub vpc_id: String,

    /// UUID of the VPC, filled by CCE. VPC UUID（无需用户设置）
    #[serde(rename = "vpcUUID", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("readOnly" = true))]
    pub vpc_uuid: String,

    /// IPv4 CIDR of the VPC, filled by CCE (a sent value is overwritten). VPC 网段（无需用户设置）
    #[serde(rename = "vpcCIDR", default, skip_serializing_if = "String::is_empty")]
    #[schemars(extend("readOnly" = true, "examples" = ["192.168.0.0/16"]))]
    pub vpc_cidr: String,

    /// IPv6 CIDR of the VPC, filled by CCE. VPC IPv6 网段（无需用户设置）
    #[serde(
        rename = "vpcCIDRIPv6",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("readOnly" = true))]
    pub vpc_cidr_ipv6: String,

    /// Names of the CCE plugins to install (server default set when omitted). CCE 插件列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = [["core-dns", "kube-proxy"]]))]
    pub plugins: Option<Vec<String>>,

    /// Helm install configuration per plugin, keyed by plugin name. 插件 Helm 安装配置
    #[serde(
        rename = "pluginsConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub plugins_config: Option<BTreeMap<String, PluginHelmConfig>>,

    /// Master configuration (required). Master 配置
    #[serde(rename = "masterConfig", default)]
    pub master_config: MasterConfig,

    /// Container network configuration (required). 容器网络配置
    #[serde(rename = "containerNetworkConfig", default)]
    pub container_network_config: ContainerNetworkConfig,

    /// Deletion protection: `true` refuses deleting the cluster (default `false`). 集群删除保护
    #[serde(rename = "forbidDelete", default)]
    #[schemars(extend("x-cce-default" = false))]
    pub forbid_delete: bool,

    /// Payment options of the cluster's IaaS resources. IaaS 资源付费选项
    #[serde(rename = "resourceChargingOption", default)]
    pub resource_charging_option: ResourceChargingOption,

    /// Custom Kubernetes component settings. K8S 自定义配置
    #[serde(rename = "k8sCustomConfig", default)]
    pub k8s_custom_config: Sparse<K8sCustomConfig>,

    /// APIServer authentication mode (server default when omitted). APIServer 认证模式
    #[serde(
        rename = "authenticateMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE214"))]
    pub authenticate_mode: Option<AuthenticateMode>,

    /// Tags of the cluster (cannot be changed after creation). 集群标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,

    /// Resource group the cluster belongs to. 资源分组 ID
    #[serde(
        rename = "resourceGroupID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub resource_group_id: String,

    /// Default security groups of the masters. Master 默认安全组
    #[serde(
        rename = "masterDefaultSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_default_security_groups: Option<Vec<SecurityGroupV2>>,

    /// Default security groups of the worker nodes. Node 默认安全组
    #[serde(
        rename = "nodeDefaultSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_default_security_groups: Option<Vec<SecurityGroupV2>>,

    /// Default security groups of the ENIs (VPC-ENI network modes). ENI 默认安全组
    #[serde(
        rename = "eniDefaultSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eni_default_security_groups: Option<Vec<SecurityGroupV2>>,
}

// ---------------------------------------------------------------------------------------------
// MasterConfig
// ---------------------------------------------------------------------------------------------

/// Master configuration. Master 配置 (MasterConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "MasterConfig")]
pub struct MasterConfig {
    /// Where the masters come from: managed by CCE or user machines. Master 机器来源
    #[serde(
        rename = "masterType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE108"))]
    pub master_type: Option<MasterType>,

    /// Number of master replicas: 1, 3 or 5 (2 for serverless); for custom masters it must
    /// equal the number of masters listed. Master 副本数
    #[serde(rename = "clusterHA", default, skip_serializing_if = "is_zero")]
    #[schemars(extend(
        "examples" = [1, 3, 5],
        "enum" = [0, 1, 2, 3, 5],
        "enumDescriptions" = [
            "Unset: the server's default. 未设置",
            "One master replica. 单副本",
            "Two replicas, for serverless masters only. 双副本（仅 Serverless）",
            "Three master replicas. 三副本",
            "Five master replicas. 五副本"
        ]
    ))]
    pub cluster_ha: i64,

    /// Expose the APIServer to the Internet through an EIP on its BLB (default `false`).
    /// APIServer 是否暴露公网
    #[serde(
        rename = "exposedPublic",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    #[schemars(extend("x-cce-default" = false))]
    pub exposed_public: bool,

    /// Subnet of the APIServer BLB, `sbn-…`. 集群 APIServer BLB 所在子网
    #[serde(
        rename = "clusterBLBVPCSubnetID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["sbn-mnbvhnuupv1u"]))]
    pub cluster_blb_vpc_subnet_id: String,

    /// Existing BLB to use for the APIServer (with `clusterBLBSource: USER`). 已有 BLB ID
    #[serde(
        rename = "clusterBLBID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub cluster_blb_id: String,

    /// Existing EIP to bind to the APIServer BLB. 集群 BLB 绑定的 EIP
    #[serde(
        rename = "clusterBLBEIP",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub cluster_blb_eip: String,

    /// Options of managed masters (ignored for custom masters). 托管集群 Master 配置
    #[serde(rename = "managedClusterMasterOption", default)]
    pub managed_cluster_master_option: ManagedClusterMasterOption,
}

/// Options of managed masters. 托管集群 Master 配置 (ManagedClusterMasterOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ManagedClusterMasterOption")]
pub struct ManagedClusterMasterOption {
    /// Zone of the managed masters' subnet, `zone[A-Z]` (e.g. `zoneA`). 托管 Master 所在可用区
    #[serde(
        rename = "masterVPCSubnetZone",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["zoneA"]))]
    pub master_vpc_subnet_zone: String,

    /// Subnet of the managed masters. 托管 Master 子网
    #[serde(
        rename = "masterVPCSubnetUUID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub master_vpc_subnet_uuid: String,

    /// Security group of the managed masters. 托管 Master 安全组
    #[serde(
        rename = "masterSecurityGroupUUID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub master_security_group_uuid: String,

    /// Scale class of the managed masters, `l50`…`l5000`. 托管 Master 规格
    #[serde(
        rename = "masterFlavor",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE304"))]
    pub master_flavor: Option<MasterFlavor>,

    /// Who provides the APIServer BLB: `CCE` or `USER` (then set `clusterBLBID`). 集群 BLB 来源
    #[serde(
        rename = "clusterBLBSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE305"))]
    pub cluster_blb_source: Option<BlbSource>,
}

// ---------------------------------------------------------------------------------------------
// ContainerNetworkConfig
// ---------------------------------------------------------------------------------------------

/// Container network configuration. 容器网络配置 (ContainerNetworkConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ContainerNetworkConfig")]
pub struct ContainerNetworkConfig {
    /// Container network mode (default `kubenet`). 容器网络模式
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-default" = "kubenet", "x-cce-rule" = "CCE401"))]
    pub mode: Option<ContainerNetworkMode>,

    /// eBPF data-plane settings. eBPF 配置
    #[serde(rename = "ebpfConfig", default)]
    pub ebpf_config: EbpfConfiguration,

    /// ENI subnets per zone for the VPC-ENI modes, e.g. `{"zoneA": ["sbn-…"]}`. ENI 网络模式子网
    #[serde(
        rename = "eniVPCSubnetIDs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("examples" = [{"zoneA": ["sbn-mnbvhnuupv1u"]}]))]
    pub eni_vpc_subnet_ids: Option<BTreeMap<String, Vec<String>>>,

    /// Security group of the ENIs. ENI 安全组 ID
    #[serde(
        rename = "eniSecurityGroupID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub eni_security_group_id: String,

    /// IP families of the cluster network (default `ipv4`). 集群 IP 类型
    #[serde(rename = "ipVersion", default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-cce-default" = "ipv4", "x-cce-rule" = "CCE425"))]
    pub ip_version: Option<IpVersion>,

    /// Subnet of the BLBs of LoadBalancer Services, `sbn-…` (required; must be an ordinary
    /// subnet). LB Service 关联 BLB 所在子网
    #[serde(
        rename = "lbServiceVPCSubnetID",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["sbn-mnbvhnuupv1u"]))]
    pub lb_service_vpc_subnet_id: String,

    /// First port of the NodePort Service range (default 30000). NodePort 端口范围起点
    #[serde(rename = "nodePortRangeMin", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("x-cce-default" = 30000, "examples" = [30000]))]
    #[schemars(range(min = 0, max = 65535))]
    pub node_port_range_min: i64,

    /// Last port of the NodePort Service range (default 32767). NodePort 端口范围终点
    #[serde(rename = "nodePortRangeMax", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("x-cce-default" = 32767, "examples" = [32767]))]
    #[schemars(range(min = 0, max = 65535))]
    pub node_port_range_max: i64,

    /// IPv4 pod CIDR of the cluster, for kubenet and VPC-route modes. 集群 PodIP CIDR
    #[serde(
        rename = "clusterPodCIDR",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["172.28.0.0/16", "10.0.0.0/16"]))]
    pub cluster_pod_cidr: String,

    /// IPv6 pod CIDR of the cluster, for `ipv6` and `dualStack`. 集群 PodIP IPv6 CIDR
    #[serde(
        rename = "clusterPodCIDRIPv6",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub cluster_pod_cidr_ipv6: String,

    /// IPv4 CIDR of Service ClusterIPs; must not overlap the VPC or pod CIDRs. Service ClusterIP 网段
    #[serde(
        rename = "clusterIPServiceCIDR",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["172.31.0.0/16", "172.16.0.0/16"]))]
    pub cluster_ip_service_cidr: String,

    /// IPv6 CIDR of Service ClusterIPs, for `ipv6` and `dualStack`. Service ClusterIP IPv6 网段
    #[serde(
        rename = "clusterIPServiceCIDRIPv6",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub cluster_ip_service_cidr_ipv6: String,

    /// Maximum pods per node; sizes each node's pod CIDR (default 128). 每个 Node 上最大的 Pod 数
    #[serde(rename = "maxPodsPerNode", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("x-cce-default" = 128, "examples" = [64, 128, 256]))]
    #[schemars(range(min = 0))]
    pub max_pods_per_node: i64,

    /// kube-proxy mode (default `ipvs`). KubeProxy 模式
    #[serde(
        rename = "kubeProxyMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-default" = "ipvs", "x-cce-rule" = "CCE433"))]
    pub kube_proxy_mode: Option<KubeProxyMode>,

    /// Network policy implementation. 网络策略类型
    #[serde(
        rename = "networkPolicyType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE433"))]
    pub network_policy_type: Option<NetworkPolicyType>,

    /// Enable NodeLocal DNSCache (default `false`). 是否开启 NodeLocal DNSCache
    #[serde(
        rename = "enableNodeLocalDNS",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_node_local_dns: bool,

    /// Listen address of NodeLocal DNSCache (usually a link-local IP). NodeLocal DNS 监听地址
    #[serde(
        rename = "nodeLocalDNSAddr",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["169.254.20.10"]))]
    pub node_local_dns_addr: String,

    /// Network device driver of pods. 容器网卡驱动
    #[serde(
        rename = "netDeviceDriver",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["veth-pair"]))]
    pub net_device_driver: String,

    /// Enable RDMA networking (default `false`). 是否开启 RDMA
    #[serde(
        rename = "enableRDMA",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_rdma: bool,

    /// Enable CV-ENI (default `false`; meaning not documented). 是否开启 CV ENI
    #[serde(
        rename = "enableCVEni",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_cv_eni: bool,
}

/// eBPF data-plane settings. eBPF 配置 (EBPFConfiguration)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "EBPFConfiguration")]
pub struct EbpfConfiguration {
    /// Enable the eBPF data plane. 是否开启 eBPF
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub enabled: bool,

    /// Enable the eBPF datapath v2. 是否开启 eBPF Datapath V2
    #[serde(
        rename = "datapathV2Enabled",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub datapath_v2_enabled: bool,

    /// kube-proxy replacement mode (values not documented). kube-proxy 替换模式
    #[serde(
        rename = "kubeProxyReplacementMode",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub kube_proxy_replacement_mode: String,

    /// Service load-balancing mode (values not documented). Service 负载均衡模式
    #[serde(
        rename = "serviceLBMode",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub service_lb_mode: String,

    /// CNI chaining mode (values not documented). CNI 链式模式
    #[serde(
        rename = "cniChainingMode",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub cni_chaining_mode: String,
}

// ---------------------------------------------------------------------------------------------
// ResourceChargingOption
// ---------------------------------------------------------------------------------------------

/// Payment options of the cluster's IaaS resources. IaaS 资源付费选项 (ResourceChargingOption)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "ResourceChargingOption")]
pub struct ResourceChargingOption {
    /// Prepaid or postpaid. 后付费或预付费
    #[serde(
        rename = "chargingType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE219"))]
    pub charging_type: Option<PaymentTiming>,

    /// Purchase period, only for Prepaid; in months by default (12 = 12 months). 预付费时长
    #[serde(rename = "purchaseTime", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [1, 12]))]
    pub purchase_time: i64,

    /// Unit of `purchaseTime` (values not documented; BCC uses `month`/`year`). 预付费时间单位
    #[serde(
        rename = "purchaseTimeUnit",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["month", "year"]))]
    pub purchase_time_unit: String,

    /// Renew automatically when the period ends. 是否自动续费
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub auto_renew: bool,

    /// Auto-renew period (12 = 12 months; BCC: month 1–9, year 1–5). 自动续费时长
    #[serde(rename = "autoRenewTime", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [1, 12]))]
    pub auto_renew_time: i64,

    /// Unit of `autoRenewTime` (months; BCC uses `month`/`year`). 续费单位
    #[serde(
        rename = "autoRenewTimeUnit",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["month", "year"]))]
    pub auto_renew_time_unit: String,
}

// ---------------------------------------------------------------------------------------------
// K8sCustomConfig
// ---------------------------------------------------------------------------------------------

/// Custom Kubernetes component settings. K8S 自定义配置 (K8SCustomConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "K8SCustomConfig")]
pub struct K8sCustomConfig {
    /// Custom labels for the cluster components. 自定义标签
    #[serde(
        rename = "customLabels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_labels: Option<BTreeMap<String, String>>,

    /// Feature gates of the master components. 自定义 Master FeatureGates
    #[serde(
        rename = "masterFeatureGates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_feature_gates: Option<BTreeMap<String, bool>>,

    /// Feature gates of the node components. 自定义 Node FeatureGates
    #[serde(
        rename = "nodeFeatureGates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_feature_gates: Option<BTreeMap<String, bool>>,

    /// APIServer admission plugins. 自定义 AdmissionPlugins
    #[serde(
        rename = "admissionPlugins",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub admission_plugins: Option<Vec<String>>,

    /// Pause (sandbox) image. 自定义 PauseImage
    #[serde(
        rename = "pauseImage",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub pause_image: String,

    /// QPS of the components' requests to the APIServer. 自定义 KubeAPIQPS
    #[serde(rename = "kubeAPIQPS", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [1000]))]
    #[schemars(range(min = 0))]
    pub kube_api_qps: i64,

    /// Burst of the components' requests to the APIServer (should be ≥ `kubeAPIQPS`).
    /// 自定义 KubeAPIBurst
    #[serde(rename = "kubeAPIBurst", default, skip_serializing_if = "is_zero")]
    #[schemars(extend("examples" = [2000]))]
    #[schemars(range(min = 0))]
    pub kube_api_burst: i64,

    /// Scheduler predicates. 自定义 SchedulerPredicates
    #[serde(
        rename = "schedulerPredicates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduler_predicates: Option<Vec<String>>,

    /// Scheduler priorities and their weights. 自定义 SchedulerPriorities
    #[serde(
        rename = "schedulerPriorities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduler_priorities: Option<BTreeMap<String, i64>>,

    /// Data directory of etcd (absolute path). 自定义 etcd 数据目录
    #[serde(
        rename = "etcdDataPath",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("examples" = ["/home/cce/etcd"]))]
    pub etcd_data_path: String,

    /// Encrypt Secrets in etcd with KMS (managed clusters, Kubernetes ≥ 1.29). 是否开启 KMS 加密
    #[serde(
        rename = "enableKMSProvider",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_kms_provider: bool,

    /// Use the hostname as the node name. 是否使用主机名作为节点名
    #[serde(
        rename = "enableHostname",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_hostname: bool,

    /// KMS key for etcd encryption (with `enableKMSProvider`). KMS 密钥 ID
    #[serde(rename = "kmsKeyID", default, skip_serializing_if = "String::is_empty")]
    pub kms_key_id: String,

    /// Enable the LoadBalancer Service controller. 是否开启 LB Service 控制器
    #[serde(
        rename = "enableLBServiceController",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_lb_service_controller: bool,

    /// Enable the cloud node controller. 是否开启 Cloud Node 控制器
    #[serde(
        rename = "enableCloudNodeController",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_cloud_node_controller: bool,

    /// Disable the cloud controller manager. 是否禁用 CCM
    #[serde(
        rename = "disableCCM",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub disable_ccm: bool,

    /// Enable EdgeHub (edge clusters). 是否开启 EdgeHub
    #[serde(
        rename = "enableEdgeHub",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_edge_hub: bool,

    /// Deploy the default plugins with Helm. 是否使用 Helm 部署默认插件
    #[serde(
        rename = "enableDefaultPluginDeployByHelm",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub enable_default_plugin_deploy_by_helm: bool,

    /// Disable the kubelet read-only port. 是否关闭 kubelet 只读端口
    #[serde(
        rename = "disableKubeletReadOnlyPort",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub disable_kubelet_read_only_port: bool,

    /// Extra subject alternative names (IPs or DNS names) of the APIServer certificate.
    /// APIServer 证书 SAN
    #[serde(
        rename = "apiServerCertSAN",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub api_server_cert_san: Option<Vec<String>>,

    /// Audiences accepted by the APIServer (`--api-audiences`). APIServer 受众（Audiences）
    #[serde(
        rename = "apiAudiences",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub api_audiences: Option<Vec<String>>,

    /// Service-account token issuers (`--service-account-issuer`). ServiceAccount Issuer 列表
    #[serde(
        rename = "serviceAccountIssuers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_account_issuers: Option<Vec<String>>,

    /// Destination CIDR not masqueraded by ip-masq-agent. 不做 SNAT 的网段
    #[serde(
        rename = "nonMasqueradeCIDR",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub non_masquerade_cidr: String,

    /// Registries reached without TLS verification. 非安全镜像仓库
    #[serde(
        rename = "insecureRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub insecure_registries: Option<Vec<String>>,

    /// Kubelet CPU manager policy. CPU 管理策略
    #[serde(
        rename = "cpuManagerPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE707"))]
    pub cpu_manager_policy: Option<CpuManagerPolicy>,

    /// Address the kubelet listens on. Kubelet 监听地址类型
    #[serde(
        rename = "kubeletBindAddressType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE707"))]
    pub kubelet_bind_address_type: Option<KubeletBindAddressType>,

    /// Kubelet topology manager scope. 拓扑管理作用域
    #[serde(
        rename = "topologyManagerScope",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE707"))]
    pub topology_manager_scope: Option<TopologyManagerScope>,

    /// Kubelet topology manager policy. 拓扑管理策略
    #[serde(
        rename = "topologyManagerPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(extend("x-cce-rule" = "CCE707"))]
    pub topology_manager_policy: Option<TopologyManagerPolicy>,
}

// ---------------------------------------------------------------------------------------------
// PluginHelmConfig
// ---------------------------------------------------------------------------------------------

/// Helm install configuration of a plugin. 插件 Helm 安装配置 (PluginHelmConfig)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[schemars(title = "PluginHelmConfig")]
pub struct PluginHelmConfig {
    /// Plugin to deploy (empty: same as `pluginName`). 插件类型
    #[serde(
        rename = "pluginType",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub plugin_type: String,

    /// Alias of the plugin, to deploy one plugin several times. 插件别名
    #[serde(
        rename = "pluginName",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub plugin_name: String,

    /// Chart name in CCE's repository; not to be sent by users. Chart 名称（用户无需传递）
    #[serde(
        rename = "chartName",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub chart_name: String,

    /// Chart version, only to pin one. Chart 版本
    #[serde(
        rename = "chartVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub chart_version: String,

    /// Namespace to deploy the plugin into. 部署命名空间
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespaces: String,

    /// Description of the plugin deployment. 描述
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,

    /// Helm values (plugin-specific; leave empty for system plugins). Helm 配置值（Values）
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub values: String,
}
