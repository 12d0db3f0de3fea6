use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_route_mode};
use crate::rules::network::cidr_plan::uses_v4;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a route-mode cluster (`kubenet`, the default, or `vpc-route-*`) with IPv4 pods
    /// (`ipVersion` `ipv4`, the default, or `dualStack`) but no `clusterPodCIDR`.
    ///
    /// ## Why is this bad?
    /// In the route modes every node gets a slice of `clusterPodCIDR` and a VPC route to it;
    /// the SDK documents the field as "集群 PodIP CIDR, 在 kubenet 网络模式下有效". Without it
    /// there is nothing to slice, and the request fails or the nodes get no pod network.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ContainerNetworkConfig.ClusterPodCIDR`: "集群 PodIP CIDR, 在 kubenet 网络模式下有效"
    /// - CCE API, 创建集群, 请求示例 (every route-mode example sets `clusterPodCIDR`)
    pub struct PodCidrMissing {
        code: "CCE412",
        name: "pod-cidr-missing",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("Route network mode without `clusterPodCIDR`", "路由网络模式未设置 `clusterPodCIDR`"),
        docs_zh: "## 作用\n报告使用路由模式（`kubenet`，即默认值，或 `vpc-route-*`）且容器使用 IPv4（`ipVersion` 为默认的 `ipv4` 或 `dualStack`）、却没有设置 `clusterPodCIDR` 的集群。\n\n## 为什么有问题\n路由模式下每个节点分到 `clusterPodCIDR` 的一段并获得一条指向它的 VPC 路由；SDK 对该字段的说明是“集群 PodIP CIDR, 在 kubenet 网络模式下有效”。没有它就无从划分，请求会失败或节点没有容器网络。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- 官方 SDK `types.ContainerNetworkConfig.ClusterPodCIDR`：“集群 PodIP CIDR, 在 kubenet 网络模式下有效”\n- CCE API 创建集群请求示例（所有路由模式示例都设置了 `clusterPodCIDR`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PodCidrMissing::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let mode = effective_mode(request);
    if is_route_mode(&mode)
        && uses_v4(request)
        && request
            .cluster
            .container_network_config
            .cluster_pod_cidr
            .is_empty()
    {
        out.push(pod_cidr_missing_diagnostic(mode.as_str()));
    }
}

/// Route mode `mode` has no `clusterPodCIDR`.
fn pod_cidr_missing_diagnostic(mode: &str) -> Finding {
    Finding::new(
        PodCidrMissing::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "clusterPodCIDR"]),
        Text::new(
            format!("Network mode `{mode}` needs `clusterPodCIDR`: each node gets a slice of it"),
            format!("网络模式 `{mode}` 需要 `clusterPodCIDR`：每个节点会分到其中一段"),
        ),
        Text::new(
            "Set `clusterPodCIDR` to a private range that overlaps neither the VPC nor the Service CIDR, e.g. `172.28.0.0/16`",
            "请将 `clusterPodCIDR` 设为不与 VPC 和 Service 网段重叠的私有网段，例如 `172.28.0.0/16`",
        ),
    )
}
