use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::IpVersion;
use crate::rules::facts::{effective_ip_version, effective_mode, is_route_mode};
use crate::rules::network::network_facts::network_pointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster whose `ipVersion` is `ipv6` or `dualStack` but lacks a CIDR that IP
    /// version needs: `clusterIPServiceCIDRIPv6` always, `clusterPodCIDRIPv6` in the route
    /// modes (kubenet, `vpc-route-*`; ENI modes give pods VPC addresses), and for `dualStack`
    /// also the IPv4 `clusterIPServiceCIDR`.
    ///
    /// Note: a dual-stack route-mode cluster also needs the IPv4 `clusterPodCIDR`; CCE412
    /// reports that for every route mode, so this rule does not report it again.
    ///
    /// ## Why is this bad?
    /// Pods and Services of an IPv6 or dual-stack cluster need addresses of each family. CCE's
    /// network APIs mark the IPv6 CIDRs as required for IPv6 ("IP 版本为 IPv6 时必填"); without
    /// them the cluster cannot be planned and its creation fails.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "ipVersion": "dualStack", "clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "ipVersion": "dualStack", "clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.31.0.0/16", "clusterPodCIDRIPv6": "fd00:28::/56", "clusterIPServiceCIDRIPv6": "fd00:31::/112"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API (2026 compilation), 网络相关接口: check/recommend container and ClusterIP CIDRs ("IP 版本为 IPv6 时必填")
    /// - bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`: `ClusterPodCIDRIPv6`, `ClusterIPServiceCIDRIPv6`
    pub struct MissingIpv6Cidr {
        code: "CCE426",
        name: "missing-ip-version-cidr",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("An IPv6 or dual-stack cluster lacks a CIDR its IP version needs", "IPv6 或双栈集群缺少所需的网段"),
        docs_zh: "## 作用\n报告 `ipVersion` 为 `ipv6` 或 `dualStack` 但缺少该 IP 类型所需网段的集群：总是需要 `clusterIPServiceCIDRIPv6`；路由模式（kubenet、`vpc-route-*`）还需要 `clusterPodCIDRIPv6`（ENI 模式下 Pod 使用 VPC 地址）；`dualStack` 还需要 IPv4 的 `clusterIPServiceCIDR`。\n\n注意：双栈路由模式集群也需要 IPv4 的 `clusterPodCIDR`；CCE412 对所有路由模式报告这一点，本规则不重复报告。\n\n## 为什么有问题\nIPv6 或双栈集群的 Pod 和 Service 需要每个地址族的地址。CCE 网络接口将 IPv6 网段标为 IPv6 时必填（“IP 版本为 IPv6 时必填”）；缺少时无法规划集群网络，创建失败。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"ipVersion\": \"dualStack\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"ipVersion\": \"dualStack\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\", \"clusterPodCIDRIPv6\": \"fd00:28::/56\", \"clusterIPServiceCIDRIPv6\": \"fd00:31::/112\"}}}\n```\n\n## 参考\n- CCE API（2026 汇编）网络相关接口：检查/推荐容器网段与 ClusterIP 网段（“IP 版本为 IPv6 时必填”）\n- bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`：`ClusterPodCIDRIPv6`、`ClusterIPServiceCIDRIPv6`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingIpv6Cidr::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let version = effective_ip_version(request);
    if !matches!(version, IpVersion::Ipv6 | IpVersion::DualStack) {
        return;
    }
    let config = &request.cluster.container_network_config;
    let route_mode = is_route_mode(&effective_mode(request));
    let unset = |value: &str| value.trim().is_empty();
    if route_mode && unset(&config.cluster_pod_cidr_ipv6) {
        out.push(missing_ip_version_cidr_diagnostic(
            version.as_str(),
            "clusterPodCIDRIPv6",
            "IPv6 pod",
            "IPv6 Pod",
        ));
    }
    if unset(&config.cluster_ip_service_cidr_ipv6) {
        out.push(missing_ip_version_cidr_diagnostic(
            version.as_str(),
            "clusterIPServiceCIDRIPv6",
            "IPv6 Service",
            "IPv6 Service",
        ));
    }
    if version == IpVersion::DualStack && unset(&config.cluster_ip_service_cidr) {
        out.push(missing_ip_version_cidr_diagnostic(
            version.as_str(),
            "clusterIPServiceCIDR",
            "IPv4 Service",
            "IPv4 Service",
        ));
    }
}

/// `ipVersion` `version` needs `field`, the `what` CIDR.
fn missing_ip_version_cidr_diagnostic(
    version: &str,
    field: &str,
    what_en: &str,
    what_zh: &str,
) -> Finding {
    Finding::new(
        MissingIpv6Cidr::META.code,
        network_pointer(field),
        Text::new(
            format!("ipVersion `{version}` needs `{field}` (the {what_en} CIDR)"),
            format!("ipVersion 为 `{version}` 时需要 `{field}`（{what_zh} 网段）"),
        ),
        Text::new(
            format!("Set `{field}`, or set ipVersion to the families you actually plan for"),
            format!("请设置 `{field}`，或将 ipVersion 改为实际规划的地址族"),
        ),
    )
}
