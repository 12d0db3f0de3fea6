//! Helpers of the mode, NodePort and address rules (CCE401–CCE403, CCE425–CCE435): the
//! effective NodePort range and the CIDRs a request (and its `--context`) makes known.

use std::net::IpAddr;
use std::str::FromStr;

use ipnetwork::IpNetwork;

use crate::lint::Context;
use crate::model::cluster::ContainerNetworkConfig;
use crate::model::CreateClusterRequest;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_eni_mode};

/// Kubernetes' default `--service-node-port-range`, which CCE applies when a bound is unset.
pub(crate) const DEFAULT_NODE_PORT_MIN: i64 = 30000;
/// See [`DEFAULT_NODE_PORT_MIN`].
pub(crate) const DEFAULT_NODE_PORT_MAX: i64 = 32767;
/// The valid port numbers.
pub(crate) const PORTS: std::ops::RangeInclusive<i64> = 1..=65535;

/// Pointer to a `containerNetworkConfig` field.
pub(crate) fn network_pointer(field: &str) -> JsonPointer {
    JsonPointer::from_segments(["cluster", "containerNetworkConfig", field])
}

/// The NodePort range CCE will use, defaults filled in; `None` when a set bound is not a port
/// or the range is inverted (CCE428 and CCE429 report those).
pub(crate) fn effective_node_port_range(config: &ContainerNetworkConfig) -> Option<(i64, i64)> {
    let (min, max) = (config.node_port_range_min, config.node_port_range_max);
    let min = if min == 0 { DEFAULT_NODE_PORT_MIN } else { min };
    let max = if max == 0 { DEFAULT_NODE_PORT_MAX } else { max };
    (PORTS.contains(&min) && PORTS.contains(&max) && min <= max).then_some((min, max))
}

/// Where to point a finding about the whole NodePort range: the bound written in the request
/// (`prefer_max` picks the upper one when both are), else the lower bound's key.
pub(crate) fn node_port_range_pointer(
    config: &ContainerNetworkConfig,
    prefer_max: bool,
) -> JsonPointer {
    let (min_set, max_set) = (
        config.node_port_range_min != 0,
        config.node_port_range_max != 0,
    );
    if max_set && (prefer_max || !min_set) {
        network_pointer("nodePortRangeMax")
    } else {
        network_pointer("nodePortRangeMin")
    }
}

/// Formats a port interval: `6443` or `2379-2380`.
pub(crate) fn port_interval(low: i64, high: i64) -> String {
    if low == high {
        low.to_string()
    } else {
        format!("{low}-{high}")
    }
}

/// Parses a CIDR written `address/prefix` (host bits allowed, as in `dockerBIP`); `None` for
/// anything else (CCE404 reports unparsable CIDRs).
pub(crate) fn parse_cidr(text: &str) -> Option<IpNetwork> {
    let text = text.trim();
    if !text.contains('/') {
        return None;
    }
    IpNetwork::from_str(text).ok()
}

/// Parses an IP address.
pub(crate) fn parse_ip(text: &str) -> Option<IpAddr> {
    IpAddr::from_str(text.trim()).ok()
}

/// Whether two networks share an address.
pub(crate) fn overlaps(a: &IpNetwork, b: &IpNetwork) -> bool {
    a.is_ipv4() == b.is_ipv4() && (a.contains(b.network()) || b.contains(a.network()))
}

/// `text` with a space in front when it starts with a Latin letter or digit, for Chinese
/// sentences such as `位于{}内` that embed an English term (`Service 网段`).
pub(crate) fn zh_spaced(text: &str) -> String {
    if text.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        format!(" {text}")
    } else {
        text.to_owned()
    }
}

/// A CIDR the request or the network context makes known, with what it is.
#[derive(Debug, Clone)]
pub(crate) struct KnownCidr {
    /// What it is, in English (e.g. `clusterPodCIDR`, `the VPC CIDR`).
    pub(crate) what_en: String,
    /// What it is, in Chinese.
    pub(crate) what_zh: String,
    /// The CIDR as written.
    pub(crate) text: String,
    /// The parsed network.
    pub(crate) network: IpNetwork,
}

/// The pod (except in ENI modes) and Service CIDRs of the request (IPv4 and IPv6), then every
/// VPC or node CIDR the request or `--context` gives: `cluster.vpcCIDR`,
/// `options.createSecurityGroups.networkInfo` `vpcCIDR` and `secondaryCidrs`, each
/// `vpcConfig.vpcSubnetCIDR`, and the context's VPC, secondary and subnet CIDRs. Unparsable
/// values are skipped.
pub(crate) fn known_cidrs(ctx: &Context<'_>, request: &CreateClusterRequest) -> Vec<KnownCidr> {
    let mut out: Vec<KnownCidr> = Vec::new();
    let mut add = |what_en: &str, what_zh: &str, text: &str| {
        if let Some(network) = parse_cidr(text) {
            if !out.iter().any(|known| known.network == network) {
                out.push(KnownCidr {
                    what_en: what_en.to_owned(),
                    what_zh: what_zh.to_owned(),
                    text: text.trim().to_owned(),
                    network,
                });
            }
        }
    };
    let config = &request.cluster.container_network_config;
    // ENI modes ignore the pod CIDRs (pods take VPC addresses, covered by the VPC CIDRs).
    if !is_eni_mode(&effective_mode(request)) {
        add(
            "the pod CIDR `clusterPodCIDR`",
            "Pod 网段 `clusterPodCIDR`",
            &config.cluster_pod_cidr,
        );
        add(
            "the pod CIDR `clusterPodCIDRIPv6`",
            "Pod 网段 `clusterPodCIDRIPv6`",
            &config.cluster_pod_cidr_ipv6,
        );
    }
    add(
        "the Service CIDR `clusterIPServiceCIDR`",
        "Service 网段 `clusterIPServiceCIDR`",
        &config.cluster_ip_service_cidr,
    );
    add(
        "the Service CIDR `clusterIPServiceCIDRIPv6`",
        "Service 网段 `clusterIPServiceCIDRIPv6`",
        &config.cluster_ip_service_cidr_ipv6,
    );
    add(
        "the VPC CIDR `cluster.vpcCIDR`",
        "VPC 网段 `cluster.vpcCIDR`",
        &request.cluster.vpc_cidr,
    );
    if let Some(groups) = &request.options.create_security_groups {
        let info = &groups.network_info;
        add(
            "the VPC CIDR of `networkInfo`",
            "`networkInfo` 中的 VPC 网段",
            &info.vpc_cidr,
        );
        add(
            "the VPC IPv6 CIDR of `networkInfo`",
            "`networkInfo` 中的 VPC IPv6 网段",
            &info.vpc_cidr_ipv6,
        );
        for cidr in info.secondary_cidrs.iter().flatten() {
            add("a secondary VPC CIDR", "VPC 辅助网段", cidr);
        }
    }
    for instance in ctx.instances() {
        add(
            "a node subnet CIDR",
            "节点子网网段",
            &instance.spec.vpc_config.vpc_subnet_cidr,
        );
    }
    if let Some(network) = ctx.network {
        add(
            "the VPC CIDR",
            "VPC 网段",
            network.vpc_cidr.as_deref().unwrap_or_default(),
        );
        add(
            "the VPC IPv6 CIDR",
            "VPC IPv6 网段",
            network.vpc_cidr_ipv6.as_deref().unwrap_or_default(),
        );
        for cidr in &network.secondary_cidrs {
            add("a secondary VPC CIDR", "VPC 辅助网段", cidr);
        }
        for subnet in network.subnets.values() {
            add(
                "a node subnet CIDR",
                "节点子网网段",
                subnet.cidr.as_deref().unwrap_or_default(),
            );
        }
    }
    out
}
