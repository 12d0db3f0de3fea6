use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::IpVersion;
use crate::rules::facts::effective_ip_version;
use crate::rules::network::network_facts::network_pointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `clusterPodCIDRIPv6` or `clusterIPServiceCIDRIPv6` on a cluster whose
    /// `ipVersion` is `ipv4` (explicitly or by default).
    ///
    /// ## Why is this bad?
    /// An IPv4 cluster gives pods and Services IPv4 addresses only, so the IPv6 CIDRs are
    /// ignored. Most likely `ipVersion: dualStack` (or `ipv6`) was meant and forgotten.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16", "clusterPodCIDRIPv6": "fd00:28::/56"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"ipVersion": "dualStack", "clusterPodCIDR": "172.28.0.0/16", "clusterPodCIDRIPv6": "fd00:28::/56"}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`: `IPVersion` (default `ipv4`), `ClusterPodCIDRIPv6`, `ClusterIPServiceCIDRIPv6`
    pub struct IgnoredIpv6Cidr {
        code: "CCE427",
        name: "ipv6-cidr-on-ipv4-cluster",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("IPv6 CIDRs are ignored on an IPv4 cluster", "IPv4 集群会忽略 IPv6 网段"),
        docs_zh: "## 作用\n报告 `ipVersion` 为 `ipv4`（显式设置或默认）的集群上设置的 `clusterPodCIDRIPv6` 或 `clusterIPServiceCIDRIPv6`。\n\n## 为什么有问题\nIPv4 集群只为 Pod 和 Service 分配 IPv4 地址，IPv6 网段会被忽略。很可能本意是 `ipVersion: dualStack`（或 `ipv6`）却忘了设置。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterPodCIDRIPv6\": \"fd00:28::/56\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"ipVersion\": \"dualStack\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterPodCIDRIPv6\": \"fd00:28::/56\"}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`：`IPVersion`（默认 `ipv4`）、`ClusterPodCIDRIPv6`、`ClusterIPServiceCIDRIPv6`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &IgnoredIpv6Cidr::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if effective_ip_version(request) != IpVersion::Ipv4 {
        return;
    }
    let config = &request.cluster.container_network_config;
    for (field, value) in [
        ("clusterPodCIDRIPv6", &config.cluster_pod_cidr_ipv6),
        (
            "clusterIPServiceCIDRIPv6",
            &config.cluster_ip_service_cidr_ipv6,
        ),
    ] {
        if !value.trim().is_empty() {
            out.push(ipv6_cidr_on_ipv4_cluster_diagnostic(field));
        }
    }
}

/// `field` is set although the cluster is IPv4 only.
fn ipv6_cidr_on_ipv4_cluster_diagnostic(field: &str) -> Finding {
    Finding::new(
        IgnoredIpv6Cidr::META.code,
        network_pointer(field),
        Text::new(
            format!("`{field}` is ignored: ipVersion is `ipv4` (explicitly or by default)"),
            format!("`{field}` 会被忽略：ipVersion 为 `ipv4`（显式设置或默认）"),
        ),
        Text::new(
            format!(
                "Set ipVersion to `dualStack` (or `ipv6`) if you want IPv6 addresses, otherwise remove `{field}`"
            ),
            format!(
                "如需 IPv6 地址，请将 ipVersion 设为 `dualStack`（或 `ipv6`），否则删除 `{field}`"
            ),
        ),
    )
}
