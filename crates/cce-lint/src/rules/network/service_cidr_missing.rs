use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::uses_v4;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a request without `clusterIPServiceCIDR` when the cluster uses IPv4
    /// (`ipVersion` `ipv4`, the default, or `dualStack`), whatever the network mode.
    ///
    /// ## Why is this bad?
    /// Every documented example and every SDK and Terraform example sets it: it is the range
    /// the cluster's Services take their addresses from. Left out, the request depends on an
    /// undocumented server default (or is refused), and a range you did not plan may collide
    /// with the VPC, peered networks or other clusters.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例 (all three set `clusterIPServiceCIDR`)
    /// - Vendor SDK and Terraform provider examples
    pub struct ServiceCidrMissing {
        code: "CCE424",
        name: "service-cidr-missing",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("No Service CIDR given", "未设置 Service 网段"),
        docs_zh: "## 作用\n集群使用 IPv4（`ipVersion` 为默认的 `ipv4` 或 `dualStack`）时，报告没有设置 `clusterIPServiceCIDR` 的请求，与网络模式无关。\n\n## 为什么有问题\n所有文档示例以及 SDK、Terraform 示例都设置了它：集群的 Service 从该网段获取地址。不设置时请求依赖未写入文档的服务端默认值（或被拒绝），未经规划的网段可能与 VPC、对等网络或其他集群冲突。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- CCE API 创建集群请求示例（三个示例都设置了 `clusterIPServiceCIDR`）\n- 官方 SDK 与 Terraform Provider 示例\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ServiceCidrMissing::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if uses_v4(request)
        && request
            .cluster
            .container_network_config
            .cluster_ip_service_cidr
            .is_empty()
    {
        out.push(service_cidr_missing_diagnostic());
    }
}

/// `clusterIPServiceCIDR` is not set.
fn service_cidr_missing_diagnostic() -> Finding {
    Finding::new(
        ServiceCidrMissing::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "clusterIPServiceCIDR"]),
        Text::new(
            "No Service CIDR given: `clusterIPServiceCIDR` is not set",
            "未设置 Service 网段：缺少 `clusterIPServiceCIDR`",
        ),
        Text::new(
            "Set `clusterIPServiceCIDR` to a private range that overlaps neither the VPC nor the pod CIDR, e.g. `172.31.0.0/16`",
            "请将 `clusterIPServiceCIDR` 设为不与 VPC 和容器网段重叠的私有网段，例如 `172.31.0.0/16`",
        ),
    )
}
