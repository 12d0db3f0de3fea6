use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a Service CIDR with more than 2^20 addresses: `clusterIPServiceCIDR` shorter
    /// than /12, `clusterIPServiceCIDRIPv6` shorter than /108.
    ///
    /// ## Why is this bad?
    /// kube-apiserver refuses a `--service-cluster-ip-range` with more than 20 host bits
    /// (`maxCIDRBits = 20`): the control plane does not start and the cluster is never ready.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "10.0.0.0/8"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - Kubernetes `pkg/controlplane/.../servicecidr`: `--service-cluster-ip-range` is limited to 20 host bits (`maxCIDRBits = 20`)
    pub struct ServiceCidrTooLarge {
        code: "CCE421",
        name: "service-cidr-too-large",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("Service CIDR larger than kube-apiserver allows (2^20 addresses)", "Service 网段超过 kube-apiserver 允许的大小（2^20 个地址）"),
        docs_zh: "## 作用\n报告地址数超过 2^20 的 Service 网段：`clusterIPServiceCIDR` 前缀短于 /12，`clusterIPServiceCIDRIPv6` 前缀短于 /108。\n\n## 为什么有问题\nkube-apiserver 拒绝主机位超过 20 位的 `--service-cluster-ip-range`（`maxCIDRBits = 20`）：控制面无法启动，集群永远不会就绪。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"10.0.0.0/8\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- Kubernetes：`--service-cluster-ip-range` 最多 20 个主机位（`maxCIDRBits = 20`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ServiceCidrTooLarge::META,
    check: Some(check),
};

/// The smallest prefix kube-apiserver accepts for a Service CIDR of each family.
pub(crate) fn min_service_prefix(network: IpNetwork) -> u8 {
    match network {
        IpNetwork::V4(_) => 12,
        IpNetwork::V6(_) => 108,
    }
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for service in ctx.cidr_plan().services() {
        if service.network.prefix() < min_service_prefix(service.network) {
            out.push(service_cidr_too_large_diagnostic(
                service.pointer.clone(),
                service.network,
            ));
        }
    }
}

/// The Service CIDR `network` at `pointer` has more than 20 host bits.
fn service_cidr_too_large_diagnostic(pointer: JsonPointer, network: IpNetwork) -> Finding {
    let minimum = min_service_prefix(network);
    Finding::new(
        ServiceCidrTooLarge::META.code,
        pointer,
        Text::new(
            format!(
                "Service CIDR `{network}` is too large: kube-apiserver allows at most 2^20 addresses (/{minimum} or longer)"
            ),
            format!(
                "Service 网段 `{network}` 过大：kube-apiserver 最多允许 2^20 个地址（/{minimum} 或更长的前缀）"
            ),
        ),
        match network {
            IpNetwork::V4(_) => Text::new(
                "Use a /16 Service CIDR (65 536 Services is CCE's limit anyway)",
                "请使用 /16 的 Service 网段（CCE 本身最多支持 65 536 个 Service）",
            ),
            IpNetwork::V6(_) => Text::new(
                "Use a /108 to /112 IPv6 Service CIDR, e.g. `fd00:2::/112`",
                "请使用 /108 到 /112 的 IPv6 Service 网段，例如 `fd00:2::/112`",
            ),
        },
    )
}
