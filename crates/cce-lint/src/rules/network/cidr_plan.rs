//! Shared CIDR helpers of the network rules (not a rule): parsing CIDRs the way Go's
//! `net.ParseCIDR` does, address families, canonical networks, overlap and private-range tests,
//! every CIDR-valued field of a request, the pod and Service CIDRs CCE will actually use, the
//! VPC and node CIDRs known from the request and the `--context` file, and per-node capacity of
//! the route modes.
//!
//! Other network rules may use these helpers; only the CIDR-plan rules (CCE404–CCE424,
//! CCE436–CCE439) change them.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnetwork::{IpNetwork, Ipv4Network, Ipv6Network};

use crate::context::NetworkContext;
use crate::diagnostic::Text;
use crate::model::cluster::IpVersion;
use crate::model::CreateClusterRequest;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_ip_version, effective_mode, is_eni_mode, InstanceRef};

/// The address family a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// IPv4 only.
    V4,
    /// IPv6 only.
    V6,
    /// Either family.
    Either,
}

impl Family {
    /// The family's name in messages (`IPv4`, `IPv6`, `IPv4 or IPv6`).
    pub fn name(self) -> &'static str {
        match self {
            Family::V4 => "IPv4",
            Family::V6 => "IPv6",
            Family::Either => "IPv4 or IPv6",
        }
    }

    /// The family of a parsed network.
    pub fn of(network: &IpNetwork) -> Family {
        match network {
            IpNetwork::V4(_) => Family::V4,
            IpNetwork::V6(_) => Family::V6,
        }
    }

    /// Whether a network of family `found` fits this field.
    pub fn accepts(self, found: Family) -> bool {
        self == Family::Either || self == found
    }
}

/// Why a text is not a CIDR of the wanted family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CidrError {
    /// No `/prefix` part (Go's `net.ParseCIDR` requires one).
    NoPrefix,
    /// The address part is not an IPv4 or IPv6 address.
    BadAddress,
    /// The prefix is not a decimal number within the family's bit length.
    BadPrefix,
    /// A valid CIDR of the other family.
    WrongFamily(Family),
}

impl CidrError {
    /// A short explanation, in English and Chinese.
    pub fn reason(self) -> Text {
        match self {
            CidrError::NoPrefix => Text::new("it has no `/prefix` length", "缺少 `/前缀长度`"),
            CidrError::BadAddress => Text::new(
                "the part before `/` is not an IP address",
                "`/` 之前的部分不是 IP 地址",
            ),
            CidrError::BadPrefix => Text::new(
                "the prefix length is not a number within the address length",
                "前缀长度不是地址位数范围内的数字",
            ),
            CidrError::WrongFamily(found) => Text::new(
                format!("it is an {} CIDR", found.name()),
                format!("它是 {} 网段", found.name()),
            ),
        }
    }
}

/// Parses `address/prefix` like Go's `net.ParseCIDR`: a `/` and a decimal prefix are required,
/// no spaces, no netmask notation. The result keeps the address as written (host bits and all).
pub fn parse_cidr(text: &str) -> Result<IpNetwork, CidrError> {
    let Some((address, prefix)) = text.split_once('/') else {
        return Err(CidrError::NoPrefix);
    };
    let address: IpAddr = address.parse().map_err(|_| CidrError::BadAddress)?;
    if prefix.is_empty() || prefix.len() > 3 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CidrError::BadPrefix);
    }
    let prefix: u8 = prefix.parse().map_err(|_| CidrError::BadPrefix)?;
    IpNetwork::new(address, prefix).map_err(|_| CidrError::BadPrefix)
}

/// Parses a CIDR and checks its family.
pub fn parse_cidr_as(text: &str, family: Family) -> Result<IpNetwork, CidrError> {
    let network = parse_cidr(text)?;
    let found = Family::of(&network);
    if family.accepts(found) {
        Ok(network)
    } else {
        Err(CidrError::WrongFamily(found))
    }
}

/// The network address with the same prefix (`172.28.1.0/16` → `172.28.0.0/16`).
pub fn canonical(network: IpNetwork) -> IpNetwork {
    IpNetwork::new(network.network(), network.prefix()).unwrap_or(network)
}

/// Whether the address has bits set below the prefix.
pub fn has_host_bits(network: IpNetwork) -> bool {
    network.ip() != network.network()
}

/// Whether two networks share an address (always false across families).
pub fn overlaps(a: IpNetwork, b: IpNetwork) -> bool {
    match (canonical(a), canonical(b)) {
        (IpNetwork::V4(a), IpNetwork::V4(b)) => a.overlaps(b),
        (IpNetwork::V6(a), IpNetwork::V6(b)) => a.overlaps(b),
        _ => false,
    }
}

/// Whether `inner` lies entirely inside `outer` (same family).
pub fn is_within(inner: IpNetwork, outer: IpNetwork) -> bool {
    match (canonical(inner), canonical(outer)) {
        (IpNetwork::V4(inner), IpNetwork::V4(outer)) => inner.is_subnet_of(outer),
        (IpNetwork::V6(inner), IpNetwork::V6(outer)) => inner.is_subnet_of(outer),
        _ => false,
    }
}

/// The RFC 1918 private IPv4 ranges CCE lets container networks use.
pub fn private_v4_ranges() -> Vec<IpNetwork> {
    [
        (Ipv4Addr::new(10, 0, 0, 0), 8),
        (Ipv4Addr::new(172, 16, 0, 0), 12),
        (Ipv4Addr::new(192, 168, 0, 0), 16),
    ]
    .into_iter()
    .filter_map(|(address, prefix)| Ipv4Network::new(address, prefix).ok())
    .map(IpNetwork::V4)
    .collect()
}

/// The IPv6 unique-local range `fc00::/7`, the only one CCE's recommender offers.
pub fn unique_local_v6() -> Option<IpNetwork> {
    Ipv6Network::new(Ipv6Addr::new(0xfc00, 0, 0, 0, 0, 0, 0, 0), 7)
        .ok()
        .map(IpNetwork::V6)
}

/// Whether an IPv4 network lies inside 10/8, 172.16/12 or 192.168/16.
pub fn is_private_v4(network: IpNetwork) -> bool {
    private_v4_ranges()
        .into_iter()
        .any(|range| is_within(network, range))
}

/// Whether an IPv6 network lies inside `fc00::/7`.
pub fn is_unique_local_v6(network: IpNetwork) -> bool {
    unique_local_v6().is_some_and(|range| is_within(network, range))
}

/// How many addresses a network holds (saturating at `u128::MAX`).
pub fn address_count(network: IpNetwork) -> u128 {
    let bits = match network {
        IpNetwork::V4(_) => 32,
        IpNetwork::V6(_) => 128,
    };
    1u128
        .checked_shl(u32::from(bits - network.prefix()))
        .unwrap_or(u128::MAX)
}

/// What a CIDR field of the request is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `containerNetworkConfig.clusterPodCIDR` / `clusterPodCIDRIPv6`.
    Pod,
    /// `containerNetworkConfig.clusterIPServiceCIDR` / `clusterIPServiceCIDRIPv6`.
    Service,
    /// A VPC CIDR: `cluster.vpcCIDR(IPv6)`, `networkInfo.vpcCIDR(IPv6)`.
    Vpc,
    /// `networkInfo.secondaryCidrs[i]`.
    VpcSecondary,
    /// An instance's `vpcConfig.vpcSubnetCIDR(IPv6)`.
    Subnet,
    /// `networkInfo.podCIDR(IPv6)`.
    NetworkInfoPod,
    /// `k8sCustomConfig.nonMasqueradeCIDR`.
    NonMasquerade,
    /// `dockerConfig.dockerBIP`: the docker0 bridge address with its prefix (host bits expected).
    DockerBridge,
}

/// One CIDR-valued field written in the request (non-empty).
#[derive(Debug, Clone)]
pub struct CidrField<'a> {
    /// Where it is.
    pub pointer: JsonPointer,
    /// What is written.
    pub value: &'a str,
    /// The family it takes.
    pub family: Family,
    /// What it is.
    pub role: Role,
    /// The value parsed with the field's family (once: several rules read it).
    parsed: Result<IpNetwork, CidrError>,
}

impl CidrField<'_> {
    /// The value parsed with the field's family.
    pub fn parse(&self) -> Result<IpNetwork, CidrError> {
        self.parsed
    }
}

/// Every non-empty CIDR-valued field of the request, in document order of its parts.
pub fn cidr_fields<'a>(
    request: &'a CreateClusterRequest,
    instances: &[InstanceRef<'a>],
) -> Vec<CidrField<'a>> {
    let mut fields = Vec::new();
    let cluster = &request.cluster;
    let network = &cluster.container_network_config;
    let net = JsonPointer::from_segments(["cluster", "containerNetworkConfig"]);
    for (key, value, family, role) in [
        (
            "clusterPodCIDR",
            &network.cluster_pod_cidr,
            Family::V4,
            Role::Pod,
        ),
        (
            "clusterPodCIDRIPv6",
            &network.cluster_pod_cidr_ipv6,
            Family::V6,
            Role::Pod,
        ),
        (
            "clusterIPServiceCIDR",
            &network.cluster_ip_service_cidr,
            Family::V4,
            Role::Service,
        ),
        (
            "clusterIPServiceCIDRIPv6",
            &network.cluster_ip_service_cidr_ipv6,
            Family::V6,
            Role::Service,
        ),
    ] {
        push_field(&mut fields, || net.child(key), value, family, role);
    }
    let spec = JsonPointer::from_segments(["cluster"]);
    push_field(
        &mut fields,
        || spec.child("vpcCIDR"),
        &cluster.vpc_cidr,
        Family::V4,
        Role::Vpc,
    );
    push_field(
        &mut fields,
        || spec.child("vpcCIDRIPv6"),
        &cluster.vpc_cidr_ipv6,
        Family::V6,
        Role::Vpc,
    );
    push_field(
        &mut fields,
        || spec.child("k8sCustomConfig").child("nonMasqueradeCIDR"),
        &cluster.k8s_custom_config.non_masquerade_cidr,
        Family::Either,
        Role::NonMasquerade,
    );
    if let Some(groups) = &request.options.create_security_groups {
        let info = &groups.network_info;
        let at = JsonPointer::from_segments(["options", "createSecurityGroups", "networkInfo"]);
        push_field(
            &mut fields,
            || at.child("vpcCIDR"),
            &info.vpc_cidr,
            Family::V4,
            Role::Vpc,
        );
        push_field(
            &mut fields,
            || at.child("vpcCIDRIPv6"),
            &info.vpc_cidr_ipv6,
            Family::V6,
            Role::Vpc,
        );
        for (index, value) in info.secondary_cidrs.iter().flatten().enumerate() {
            push_field(
                &mut fields,
                || at.child("secondaryCidrs").child(index),
                value,
                Family::V4,
                Role::VpcSecondary,
            );
        }
        push_field(
            &mut fields,
            || at.child("podCIDR"),
            &info.pod_cidr,
            Family::V4,
            Role::NetworkInfoPod,
        );
        push_field(
            &mut fields,
            || at.child("podCIDRIPv6"),
            &info.pod_cidr_ipv6,
            Family::V6,
            Role::NetworkInfoPod,
        );
    }
    for instance in instances {
        let vpc = &instance.spec.vpc_config;
        push_field(
            &mut fields,
            || instance.at(&["vpcConfig", "vpcSubnetCIDR"]),
            &vpc.vpc_subnet_cidr,
            Family::V4,
            Role::Subnet,
        );
        push_field(
            &mut fields,
            || instance.at(&["vpcConfig", "vpcSubnetCIDRIPv6"]),
            &vpc.vpc_subnet_cidr_ipv6,
            Family::V6,
            Role::Subnet,
        );
        push_field(
            &mut fields,
            || instance.at(&["deployCustomConfig", "dockerConfig", "dockerBIP"]),
            &instance.spec.deploy_custom_config.docker_config.docker_bip,
            Family::V4,
            Role::DockerBridge,
        );
    }
    fields
}

/// Adds a non-empty field; its pointer is only built then.
fn push_field<'a>(
    fields: &mut Vec<CidrField<'a>>,
    pointer: impl FnOnce() -> JsonPointer,
    value: &'a str,
    family: Family,
    role: Role,
) {
    if !value.is_empty() {
        fields.push(CidrField {
            pointer: pointer(),
            value,
            family,
            role,
            parsed: parse_cidr_as(value, family),
        });
    }
}

/// A pod or Service CIDR CCE will use, parsed.
#[derive(Debug, Clone)]
pub struct PlannedCidr {
    /// Where it is written.
    pub pointer: JsonPointer,
    /// As written.
    pub written: IpNetwork,
    /// Its network (host bits cleared).
    pub network: IpNetwork,
}

/// The pod and Service CIDRs CCE will use: each parsed with its field's family, only for the
/// families `ipVersion` enables, and pod CIDRs only outside ENI modes (ENI pods take VPC IPs).
#[derive(Debug, Clone, Default)]
pub struct CidrPlan {
    /// `clusterPodCIDR`.
    pub pod_v4: Option<PlannedCidr>,
    /// `clusterPodCIDRIPv6`.
    pub pod_v6: Option<PlannedCidr>,
    /// `clusterIPServiceCIDR`.
    pub service_v4: Option<PlannedCidr>,
    /// `clusterIPServiceCIDRIPv6`.
    pub service_v6: Option<PlannedCidr>,
}

impl CidrPlan {
    /// The pod CIDRs in use.
    pub fn pods(&self) -> impl Iterator<Item = &PlannedCidr> {
        self.pod_v4.iter().chain(self.pod_v6.iter())
    }

    /// The Service CIDRs in use.
    pub fn services(&self) -> impl Iterator<Item = &PlannedCidr> {
        self.service_v4.iter().chain(self.service_v6.iter())
    }
}

/// Whether `ipVersion` enables IPv4 (`ipv4`, `dualStack`; the default is `ipv4`).
pub fn uses_v4(request: &CreateClusterRequest) -> bool {
    matches!(
        effective_ip_version(request),
        IpVersion::Ipv4 | IpVersion::DualStack
    )
}

/// Whether `ipVersion` enables IPv6 (`ipv6`, `dualStack`).
pub fn uses_v6(request: &CreateClusterRequest) -> bool {
    matches!(
        effective_ip_version(request),
        IpVersion::Ipv6 | IpVersion::DualStack
    )
}

/// The pod and Service CIDRs CCE will use (see [`CidrPlan`]).
pub fn cidr_plan(request: &CreateClusterRequest) -> CidrPlan {
    let network = &request.cluster.container_network_config;
    let at = JsonPointer::from_segments(["cluster", "containerNetworkConfig"]);
    let pods = !is_eni_mode(&effective_mode(request));
    let (v4, v6) = (uses_v4(request), uses_v6(request));
    let planned = |used: bool, key: &str, value: &str, family: Family| {
        if !used || value.is_empty() {
            return None;
        }
        let written = parse_cidr_as(value, family).ok()?;
        Some(PlannedCidr {
            pointer: at.child(key),
            written,
            network: canonical(written),
        })
    };
    CidrPlan {
        pod_v4: planned(
            pods && v4,
            "clusterPodCIDR",
            &network.cluster_pod_cidr,
            Family::V4,
        ),
        pod_v6: planned(
            pods && v6,
            "clusterPodCIDRIPv6",
            &network.cluster_pod_cidr_ipv6,
            Family::V6,
        ),
        service_v4: planned(
            v4,
            "clusterIPServiceCIDR",
            &network.cluster_ip_service_cidr,
            Family::V4,
        ),
        service_v6: planned(
            v6,
            "clusterIPServiceCIDRIPv6",
            &network.cluster_ip_service_cidr_ipv6,
            Family::V6,
        ),
    }
}

/// A VPC or node CIDR known from the request or the context.
#[derive(Debug, Clone)]
pub struct KnownCidr {
    /// Its network.
    pub network: IpNetwork,
    /// Where it comes from, for messages (e.g. "`/cluster/vpcCIDR`", "the context's `vpcCIDR`").
    pub origin: Text,
    /// Whether it is a whole-VPC CIDR (primary or secondary), not a subnet.
    pub is_vpc: bool,
}

/// Every VPC and node CIDR known: `cluster.vpcCIDR(IPv6)`, `networkInfo.vpcCIDR(IPv6)` and
/// `secondaryCidrs`, every instance's `vpcSubnetCIDR(IPv6)`, and from the context its
/// `vpcCIDR`, `vpcCIDRIPv6`, `secondaryCidrs` and subnet CIDRs. Unparsable values are skipped
/// (CCE404 reports those of the request); duplicates are kept once.
pub fn vpc_cidrs(fields: &[CidrField<'_>], context: Option<&NetworkContext>) -> Vec<KnownCidr> {
    let mut known: Vec<KnownCidr> = Vec::new();
    let mut add = |network: IpNetwork, origin: Text, is_vpc: bool| {
        let network = canonical(network);
        if !known.iter().any(|k| k.network == network) {
            known.push(KnownCidr {
                network,
                origin,
                is_vpc,
            });
        }
    };
    for field in fields {
        let is_vpc = match field.role {
            Role::Vpc | Role::VpcSecondary => true,
            Role::Subnet => false,
            _ => continue,
        };
        if let Ok(network) = field.parse() {
            add(
                network,
                Text::new(
                    format!("`{}`", field.pointer),
                    format!("`{}`", field.pointer),
                ),
                is_vpc,
            );
        }
    }
    if let Some(context) = context {
        for (value, family, key) in [
            (&context.vpc_cidr, Family::V4, "vpcCIDR"),
            (&context.vpc_cidr_ipv6, Family::V6, "vpcCIDRIPv6"),
        ] {
            if let Some(network) = value.as_deref().and_then(|v| parse_cidr_as(v, family).ok()) {
                add(
                    network,
                    Text::new(
                        format!("the context's `{key}`"),
                        format!("上下文中的 `{key}`"),
                    ),
                    true,
                );
            }
        }
        for value in &context.secondary_cidrs {
            if let Ok(network) = parse_cidr(value) {
                add(
                    network,
                    Text::new("a secondary CIDR of the context", "上下文中的 VPC 辅助网段"),
                    true,
                );
            }
        }
        for (id, subnet) in &context.subnets {
            if let Some(network) = subnet.cidr.as_deref().and_then(|v| parse_cidr(v).ok()) {
                add(
                    network,
                    Text::new(
                        format!("subnet `{id}` of the context"),
                        format!("上下文中的子网 `{id}`"),
                    ),
                    false,
                );
            }
        }
    }
    known
}

/// Container CIDRs of other clusters in the VPC, from the context (unparsable ones skipped).
pub fn other_cluster_pod_cidrs(context: Option<&NetworkContext>) -> Vec<IpNetwork> {
    context
        .map(|context| {
            context
                .other_cluster_pod_cidrs
                .iter()
                .filter_map(|value| parse_cidr(value).ok())
                .map(canonical)
                .collect()
        })
        .unwrap_or_default()
}

/// `ceil(log2(max_pods))`: the host bits of one node's pod CIDR in the route modes (each node
/// gets a block of the next power of two ≥ `max_pods` addresses). `None` when `max_pods` ≤ 0.
pub fn node_host_bits(max_pods: i64) -> Option<u32> {
    let pods = u64::try_from(max_pods).ok().filter(|&p| p > 0)?;
    Some(u64::BITS - (pods - 1).leading_zeros())
}

/// The prefix of one node's IPv4 pod CIDR: `32 − ceil(log2(max_pods))`; `None` when
/// `max_pods` ≤ 0 or above 2^32.
pub fn node_prefix_v4(max_pods: i64) -> Option<u8> {
    let bits = node_host_bits(max_pods)?;
    u8::try_from(32u32.checked_sub(bits)?).ok()
}

/// How many nodes an IPv4 pod CIDR of `pod_prefix` holds with `max_pods` per node:
/// `2^(nodePrefix − podPrefix)`; `None` when not even one node fits.
pub fn max_nodes_v4(pod_prefix: u8, max_pods: i64) -> Option<u64> {
    let node_prefix = node_prefix_v4(max_pods)?;
    let spare = node_prefix.checked_sub(pod_prefix)?;
    1u64.checked_shl(u32::from(spare))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(text: &str) -> IpNetwork {
        parse_cidr(text).unwrap_or_else(|error| panic!("{text}: {error:?}"))
    }

    #[test]
    fn parses_like_go() {
        assert!(parse_cidr("172.28.0.0/16").is_ok());
        assert!(parse_cidr("fd00::/108").is_ok());
        assert_eq!(parse_cidr("172.28.0.0"), Err(CidrError::NoPrefix));
        assert_eq!(parse_cidr("172.28.0/16"), Err(CidrError::BadAddress));
        assert_eq!(parse_cidr("172.28.0.0/33"), Err(CidrError::BadPrefix));
        assert_eq!(
            parse_cidr("172.28.0.0/255.255.0.0"),
            Err(CidrError::BadPrefix)
        );
        assert_eq!(parse_cidr("172.28.0.0/+16"), Err(CidrError::BadPrefix));
        assert_eq!(parse_cidr(" 172.28.0.0/16"), Err(CidrError::BadAddress));
        assert_eq!(
            parse_cidr_as("fd00::/64", Family::V4),
            Err(CidrError::WrongFamily(Family::V6))
        );
    }

    #[test]
    fn canonical_and_host_bits() {
        let written = net("172.28.1.0/16");
        assert!(has_host_bits(written));
        assert_eq!(canonical(written).to_string(), "172.28.0.0/16");
        assert!(!has_host_bits(net("172.28.0.0/16")));
    }

    #[test]
    fn ranges() {
        assert!(is_private_v4(net("172.28.0.0/16")));
        assert!(is_private_v4(net("10.0.0.0/8")));
        assert!(!is_private_v4(net("172.32.0.0/16")));
        assert!(!is_private_v4(net("10.0.0.0/7")));
        assert!(is_unique_local_v6(net("fd00::/108")));
        assert!(!is_unique_local_v6(net("2001:db8::/64")));
        assert!(overlaps(net("10.0.0.0/16"), net("10.0.128.0/17")));
        assert!(!overlaps(net("10.0.0.0/16"), net("10.1.0.0/16")));
        assert!(!overlaps(net("10.0.0.0/16"), net("fd00::/8")));
    }

    #[test]
    fn capacity_matches_the_documented_examples() {
        // Seeds: /16 with 128 → 512 nodes, 64 → 1024, 256 → 256 (doc26: /16 + 256 ⇒ 256).
        assert_eq!(max_nodes_v4(16, 128), Some(512));
        assert_eq!(max_nodes_v4(16, 64), Some(1024));
        assert_eq!(max_nodes_v4(16, 256), Some(256));
        assert_eq!(node_prefix_v4(100), Some(25));
        assert_eq!(node_prefix_v4(1), Some(32));
        assert_eq!(max_nodes_v4(24, 257), None);
        assert_eq!(max_nodes_v4(24, 256), Some(1));
        assert_eq!(node_host_bits(0), None);
    }
}
