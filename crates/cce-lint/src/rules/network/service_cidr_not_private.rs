use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::{is_private_v4, is_unique_local_v6};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an IPv4 `clusterIPServiceCIDR` outside 10.0.0.0/8, 172.16.0.0/12 and
    /// 192.168.0.0/16, and an IPv6 `clusterPodCIDRIPv6` or `clusterIPServiceCIDRIPv6` outside
    /// the unique-local range fc00::/7. Only CIDRs CCE uses are checked (the IPv6 ones with
    /// `ipVersion` `ipv6` or `dualStack`; the pod CIDR not in the ENI modes).
    ///
    /// Note: the IPv4 pod CIDR has its own error, CCE406; the IPv6 pod CIDR is reported here as a
    /// warning because the fc00::/7 limit is only documented for CCE's CIDR recommender.
    ///
    /// ## Why is this bad?
    /// CCE's CIDR recommenders only offer private ranges ("IPv6 目前仅支持 [ fc00::/7 ]"). A
    /// Service or pod range made of public addresses hides the real hosts that own them: the
    /// cluster can no longer reach them.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "100.100.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API `recommend_clusterip_cidr`: IPv4 candidates 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16; "IPv6 目前仅支持 [ fc00::/7 ]"
    pub struct ServiceCidrNotPrivate {
        code: "CCE407",
        name: "service-cidr-not-private",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("Service CIDR (or IPv6 pod CIDR) is not a private range", "Service 网段（或 IPv6 容器网段）不是私有网段"),
        docs_zh: "## 作用\n报告不在 10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 内的 IPv4 `clusterIPServiceCIDR`，以及不在唯一本地地址段 fc00::/7 内的 IPv6 `clusterPodCIDRIPv6` 或 `clusterIPServiceCIDRIPv6`。只检查 CCE 实际使用的网段（IPv6 网段仅在 `ipVersion` 为 `ipv6` 或 `dualStack` 时；容器网段在 ENI 模式下不检查）。\n\n注：IPv4 容器网段由 CCE406 以错误报告；IPv6 容器网段在此以警告报告，因为 fc00::/7 的限制只在 CCE 网段推荐接口中有说明。\n\n## 为什么有问题\nCCE 的网段推荐接口只提供私有网段（“IPv6 目前仅支持 [ fc00::/7 ]”）。由公网地址组成的 Service 或容器网段会遮蔽拥有这些地址的真实主机，集群将无法访问它们。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"100.100.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- CCE API `recommend_clusterip_cidr`：IPv4 可选 10.0.0.0/8、172.16.0.0/12、192.168.0.0/16；“IPv6 目前仅支持 [ fc00::/7 ]”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ServiceCidrNotPrivate::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let plan = ctx.cidr_plan();
    if let Some(service) = &plan.service_v4 {
        if !is_private_v4(service.network) {
            out.push(service_cidr_not_private_diagnostic(
                service.pointer.clone(),
                service.network,
            ));
        }
    }
    for cidr in plan.pod_v6.iter().chain(plan.service_v6.iter()) {
        if !is_unique_local_v6(cidr.network) {
            out.push(service_cidr_not_private_diagnostic(
                cidr.pointer.clone(),
                cidr.network,
            ));
        }
    }
}

/// The Service or IPv6 pod CIDR `network` at `pointer` is not a private range.
fn service_cidr_not_private_diagnostic(pointer: JsonPointer, network: IpNetwork) -> Finding {
    let (ranges, example) = match network {
        IpNetwork::V4(_) => (
            "10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16",
            "172.31.0.0/16",
        ),
        IpNetwork::V6(_) => ("fc00::/7", "fd00::/108"),
    };
    let what = if pointer.as_str().ends_with("clusterPodCIDRIPv6") {
        ("Pod", "容器")
    } else {
        ("Service", "Service ")
    };
    Finding::new(
        ServiceCidrNotPrivate::META.code,
        pointer,
        Text::new(
            format!(
                "{} CIDR `{network}` is not a private range ({ranges})",
                what.0
            ),
            format!("{}网段 `{network}` 不是私有网段（{ranges}）", what.1),
        ),
        Text::new(
            format!("Pick a range inside {ranges} that overlaps nothing else, e.g. `{example}`"),
            format!("请在 {ranges} 内选择不与其他网段重叠的网段，例如 `{example}`"),
        ),
    )
}
