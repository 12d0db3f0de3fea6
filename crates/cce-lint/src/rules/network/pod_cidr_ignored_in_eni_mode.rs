use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_eni_mode};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `clusterPodCIDR` or `clusterPodCIDRIPv6` set in an ENI mode (`vpc-cni`,
    /// `vpc-secondary-ip-*`, `vpc-eni`).
    ///
    /// Note: rules.md names only `clusterPodCIDR`; the IPv6 pod CIDR is ignored the same way
    /// in these modes and is reported too.
    ///
    /// ## Why is this bad?
    /// In the ENI modes pods take addresses from the VPC subnets in `eniVPCSubnetIDs`; the pod
    /// CIDR is only used by the route modes ("在 kubenet 网络模式下有效"). The value is ignored,
    /// and its presence suggests the author expected a route-mode cluster.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-secondary-ip-veth", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}, "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-secondary-ip-veth", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ContainerNetworkConfig.ClusterPodCIDR`: "集群 PodIP CIDR, 在 kubenet 网络模式下有效"
    /// - Terraform provider: the pod CIDR was removed from the examples when the mode became `vpc-eni`
    pub struct PodCidrIgnoredInEniMode {
        code: "CCE413",
        name: "pod-cidr-ignored-in-eni-mode",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("Pod CIDR set in an ENI mode, where it is ignored", "ENI 模式下设置了容器网段，该值会被忽略"),
        docs_zh: "## 作用\n报告在 ENI 模式（`vpc-cni`、`vpc-secondary-ip-*`、`vpc-eni`）下设置的 `clusterPodCIDR` 或 `clusterPodCIDRIPv6`。\n\n注：rules.md 只提到 `clusterPodCIDR`；IPv6 容器网段在这些模式下同样被忽略，也一并报告。\n\n## 为什么有问题\nENI 模式下 Pod 从 `eniVPCSubnetIDs` 中的 VPC 子网获取地址，容器网段只在路由模式下使用（“在 kubenet 网络模式下有效”）。该值会被忽略，它的存在说明编写者可能以为这是路由模式集群。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-secondary-ip-veth\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}, \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-secondary-ip-veth\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}}}}\n```\n\n## 参考\n- 官方 SDK `types.ContainerNetworkConfig.ClusterPodCIDR`：“集群 PodIP CIDR, 在 kubenet 网络模式下有效”\n- Terraform Provider：模式改为 `vpc-eni` 时示例中删除了容器网段\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &PodCidrIgnoredInEniMode::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let mode = effective_mode(request);
    if !is_eni_mode(&mode) {
        return;
    }
    let network = &request.cluster.container_network_config;
    for (key, value) in [
        ("clusterPodCIDR", &network.cluster_pod_cidr),
        ("clusterPodCIDRIPv6", &network.cluster_pod_cidr_ipv6),
    ] {
        if !value.is_empty() {
            out.push(pod_cidr_ignored_in_eni_mode_diagnostic(key, mode.as_str()));
        }
    }
}

/// The pod CIDR field `key` is set although `mode` is an ENI mode.
fn pod_cidr_ignored_in_eni_mode_diagnostic(key: &str, mode: &str) -> Finding {
    Finding::new(
        PodCidrIgnoredInEniMode::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", key]),
        Text::new(
            format!(
                "`{key}` is ignored in ENI mode `{mode}`: pods get VPC addresses from `eniVPCSubnetIDs`"
            ),
            format!("ENI 模式 `{mode}` 下会忽略 `{key}`：Pod 从 `eniVPCSubnetIDs` 获取 VPC 地址"),
        ),
        Text::new(
            format!(
                "Remove `{key}`, or choose a route mode (`kubenet`, `vpc-route-*`) if you want a pod CIDR"
            ),
            format!("删除 `{key}`；如需容器网段，请选择路由模式（`kubenet`、`vpc-route-*`）"),
        ),
    )
}
