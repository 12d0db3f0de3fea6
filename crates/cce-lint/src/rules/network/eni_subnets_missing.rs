use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_eni_mode};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an ENI-mode cluster (`vpc-cni`, `vpc-secondary-ip-*`, `vpc-eni`) whose
    /// `eniVPCSubnetIDs` is absent, empty, or lists no subnet ID in any zone.
    ///
    /// ## Why is this bad?
    /// In the ENI modes pods take their addresses from the VPC subnets listed per zone in
    /// `eniVPCSubnetIDs` ("ENI 网络模式子网"). Without any subnet the nodes' pods get no
    /// address and the cluster cannot run workloads.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-eni"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-eni", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ContainerNetworkConfig.ENIVPCSubnetIDs`: "ENI 网络模式子网"
    /// - Terraform provider `eni_vpc_subnet_ids` examples and documentation
    pub struct EniSubnetsMissing {
        code: "CCE414",
        name: "eni-subnets-missing",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("ENI network mode without `eniVPCSubnetIDs`", "ENI 网络模式未设置 `eniVPCSubnetIDs`"),
        docs_zh: "## 作用\n报告使用 ENI 模式（`vpc-cni`、`vpc-secondary-ip-*`、`vpc-eni`）但 `eniVPCSubnetIDs` 缺失、为空或没有任何可用区列出子网 ID 的集群。\n\n## 为什么有问题\nENI 模式下 Pod 从 `eniVPCSubnetIDs` 中按可用区列出的 VPC 子网获取地址（“ENI 网络模式子网”）。没有子网，节点上的 Pod 拿不到地址，集群无法运行工作负载。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-eni\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-eni\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}}}}\n```\n\n## 参考\n- 官方 SDK `types.ContainerNetworkConfig.ENIVPCSubnetIDs`：“ENI 网络模式子网”\n- Terraform Provider `eni_vpc_subnet_ids` 示例与文档\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EniSubnetsMissing::META,
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
    let subnets = request
        .cluster
        .container_network_config
        .eni_vpc_subnet_ids
        .iter()
        .flatten()
        .flat_map(|(_, ids)| ids)
        .filter(|id| !id.is_empty())
        .count();
    if subnets == 0 {
        out.push(eni_subnets_missing_diagnostic(mode.as_str()));
    }
}

/// ENI mode `mode` lists no ENI subnet.
fn eni_subnets_missing_diagnostic(mode: &str) -> Finding {
    Finding::new(
        EniSubnetsMissing::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "eniVPCSubnetIDs"]),
        Text::new(
            format!(
                "ENI mode `{mode}` needs `eniVPCSubnetIDs` (zone → subnet IDs): pods take their addresses from these subnets"
            ),
            format!(
                "ENI 模式 `{mode}` 需要 `eniVPCSubnetIDs`（可用区 → 子网 ID）：Pod 从这些子网获取地址"
            ),
        ),
        Text::new(
            "List at least one subnet per zone the nodes run in, e.g. `\"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-…\"]}`",
            "请为节点所在的每个可用区至少列出一个子网，例如 `\"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-…\"]}`",
        ),
    )
}
