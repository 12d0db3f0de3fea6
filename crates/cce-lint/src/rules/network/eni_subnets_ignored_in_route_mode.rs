use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_route_mode};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `eniVPCSubnetIDs` listing subnets in a route mode (`kubenet`, the default, or
    /// `vpc-route-*`). An empty map is not reported.
    ///
    /// Note: rules.md lists this under CCE415 (bad `eniVPCSubnetIDs` entries); being a
    /// different problem (a mode mix-up, not a malformed entry), it has its own code.
    ///
    /// ## Why is this bad?
    /// Route modes give pods addresses from `clusterPodCIDR`; the ENI subnets are only used by
    /// the ENI modes ("ENI 网络模式子网"). The value is ignored, and its presence suggests the
    /// author meant an ENI mode.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ContainerNetworkConfig.ENIVPCSubnetIDs`: "ENI 网络模式子网"
    pub struct EniSubnetsIgnoredInRouteMode {
        code: "CCE437",
        name: "eni-subnets-ignored-in-route-mode",
        group: Network,
        severity: Warning,
        fix: None,
        summary: ("`eniVPCSubnetIDs` set in a route mode, where it is ignored", "路由模式下设置了 `eniVPCSubnetIDs`，该值会被忽略"),
        docs_zh: "## 作用\n报告在路由模式（`kubenet`，即默认值，或 `vpc-route-*`）下列出了子网的 `eniVPCSubnetIDs`。空映射不报告。\n\n注：rules.md 把它列在 CCE415（`eniVPCSubnetIDs` 条目有误）之下；这是另一个问题（网络模式混淆而非条目格式错误），因此使用单独的编号。\n\n## 为什么有问题\n路由模式下 Pod 从 `clusterPodCIDR` 获取地址；ENI 子网只在 ENI 模式下使用（“ENI 网络模式子网”）。该值会被忽略，它的存在说明编写者可能想用 ENI 模式。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n## 参考\n- 官方 SDK `types.ContainerNetworkConfig.ENIVPCSubnetIDs`：“ENI 网络模式子网”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EniSubnetsIgnoredInRouteMode::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let mode = effective_mode(request);
    if !is_route_mode(&mode) {
        return;
    }
    let listed = request
        .cluster
        .container_network_config
        .eni_vpc_subnet_ids
        .as_ref()
        .is_some_and(|map| map.values().flatten().any(|id| !id.is_empty()));
    if listed {
        out.push(eni_subnets_ignored_in_route_mode_diagnostic(mode.as_str()));
    }
}

/// `eniVPCSubnetIDs` lists subnets although `mode` is a route mode.
fn eni_subnets_ignored_in_route_mode_diagnostic(mode: &str) -> Finding {
    Finding::new(
        EniSubnetsIgnoredInRouteMode::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "eniVPCSubnetIDs"]),
        Text::new(
            format!(
                "`eniVPCSubnetIDs` is ignored in route mode `{mode}`: pods get addresses from `clusterPodCIDR`"
            ),
            format!(
                "路由模式 `{mode}` 下会忽略 `eniVPCSubnetIDs`：Pod 从 `clusterPodCIDR` 获取地址"
            ),
        ),
        Text::new(
            "Remove `eniVPCSubnetIDs`, or choose an ENI mode (`vpc-eni`, `vpc-secondary-ip-*`) if pods should take VPC addresses",
            "删除 `eniVPCSubnetIDs`；如需 Pod 使用 VPC 地址，请选择 ENI 模式（`vpc-eni`、`vpc-secondary-ip-*`）",
        ),
    )
}
