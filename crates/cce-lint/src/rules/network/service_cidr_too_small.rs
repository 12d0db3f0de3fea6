use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::address_count;
use crate::rules::Rule;

/// The fewest Service addresses a cluster should have (CCE's recommender returns a /29 for 8).
const MIN_SERVICE_ADDRESSES: u128 = 8;

declare_rule! {
    /// ## What it does
    /// Reports a Service CIDR with fewer than 8 addresses: `clusterIPServiceCIDR` longer than
    /// /29, `clusterIPServiceCIDRIPv6` longer than /125.
    ///
    /// Note: rules.md states the IPv4 bound (/29); the IPv6 field gets the same 8-address bound.
    ///
    /// ## Why is this bad?
    /// The cluster's own Services take addresses from this range before any workload does:
    /// `kubernetes` (the first address), the DNS Service, metrics and the CCE plugins. With
    /// fewer than 8 addresses there is no room left for applications.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.31.0.0/30"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API `recommend_clusterip_cidr` example (8 Services → /29)
    /// - Kubernetes: the first Service address is the `kubernetes` Service
    pub struct ServiceCidrTooSmall {
        code: "CCE423",
        name: "service-cidr-too-small",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("Service CIDR too small for the cluster's own Services", "Service 网段太小，容纳不下集群自身的 Service"),
        docs_zh: "## 作用\n报告地址少于 8 个的 Service 网段：`clusterIPServiceCIDR` 前缀长于 /29，`clusterIPServiceCIDRIPv6` 前缀长于 /125。\n\n注：rules.md 给出的是 IPv4 界限（/29）；IPv6 字段使用同样的 8 个地址界限。\n\n## 为什么有问题\n集群自身的 Service 先于任何业务占用该网段的地址：`kubernetes`（第一个地址）、DNS Service、监控和 CCE 插件。少于 8 个地址时，应用已无地址可用。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.31.0.0/30\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- CCE API `recommend_clusterip_cidr` 示例（8 个 Service → /29）\n- Kubernetes：Service 网段的第一个地址属于 `kubernetes` Service\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ServiceCidrTooSmall::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for service in ctx.cidr_plan().services() {
        let addresses = address_count(service.network);
        if addresses < MIN_SERVICE_ADDRESSES {
            out.push(service_cidr_too_small_diagnostic(
                service.pointer.clone(),
                service.network,
                addresses,
            ));
        }
    }
}

/// The Service CIDR `network` at `pointer` has only `addresses` addresses.
fn service_cidr_too_small_diagnostic(
    pointer: JsonPointer,
    network: IpNetwork,
    addresses: u128,
) -> Finding {
    Finding::new(
        ServiceCidrTooSmall::META.code,
        pointer,
        Text::new(
            format!(
                "Service CIDR `{network}` has only {addresses} address(es): too few for the cluster's own Services (kubernetes, DNS, …)"
            ),
            format!(
                "Service 网段 `{network}` 只有 {addresses} 个地址：容纳不下集群自身的 Service（kubernetes、DNS 等）"
            ),
        ),
        match network {
            IpNetwork::V4(_) => Text::new(
                "Use a larger Service CIDR; a /16 is the usual choice",
                "请使用更大的 Service 网段；通常使用 /16",
            ),
            IpNetwork::V6(_) => Text::new(
                "Use a larger IPv6 Service CIDR, e.g. a /112",
                "请使用更大的 IPv6 Service 网段，例如 /112",
            ),
        },
    )
}
