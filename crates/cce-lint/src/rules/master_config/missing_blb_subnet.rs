use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a create-cluster request without `cluster.masterConfig.clusterBLBVPCSubnetID`,
    /// the subnet of the BLB in front of the APIServer.
    ///
    /// ## Why is this bad?
    /// Every request example of the API documentation, of the Go SDK and of the Terraform
    /// provider sets it. The SDK does not mark it required, so CCE may choose a subnet itself,
    /// but where the APIServer endpoint lives (and which security-group and route rules apply
    /// to it) is then left to chance.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterBLBVPCSubnetID": "sbn-mnbvhnuupv1u"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, request examples (`clusterBLBVPCSubnetID` in all three)
    /// - bce-sdk-go `services/cce/v2/types` `MasterConfig.ClusterBLBVPCSubnetID`
    pub struct MissingBlbSubnet {
        code: "CCE301",
        name: "missing-blb-subnet",
        group: MasterConfig,
        severity: Warning,
        fix: None,
        summary: ("No subnet for the APIServer BLB (`clusterBLBVPCSubnetID`)", "未指定 APIServer BLB 所在子网（`clusterBLBVPCSubnetID`）"),
        docs_zh: "## 作用\n报告缺少 `cluster.masterConfig.clusterBLBVPCSubnetID`（APIServer 前端 BLB 所在子网）的创建集群请求。\n\n## 为什么有问题\nAPI 文档、Go SDK 和 Terraform provider 的所有请求示例都设置了该字段。SDK 没有将其标为必填，CCE 可能自行选择子网，但 APIServer 入口所在位置（以及适用的安全组和路由规则）就变得不可控。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterBLBVPCSubnetID\": \"sbn-mnbvhnuupv1u\"}}}\n```\n\n## 参考\n- CCE API 创建集群请求示例（三个示例都设置了 `clusterBLBVPCSubnetID`）\n- bce-sdk-go `services/cce/v2/types` `MasterConfig.ClusterBLBVPCSubnetID`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingBlbSubnet::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if !ctx.has_cluster() {
        return;
    }
    if request
        .cluster
        .master_config
        .cluster_blb_vpc_subnet_id
        .is_empty()
    {
        out.push(missing_blb_subnet_diagnostic());
    }
}

/// `clusterBLBVPCSubnetID` is unset.
fn missing_blb_subnet_diagnostic() -> Finding {
    Finding::new(
        MissingBlbSubnet::META.code,
        JsonPointer::from_segments(["cluster", "masterConfig", "clusterBLBVPCSubnetID"]),
        Text::new(
            "No subnet for the APIServer BLB: `clusterBLBVPCSubnetID` is not set",
            "未指定 APIServer BLB 所在子网：缺少 `clusterBLBVPCSubnetID`",
        ),
        Text::new(
            "Set `cluster.masterConfig.clusterBLBVPCSubnetID` to a subnet (`sbn-…`) of the cluster's VPC",
            "将 `cluster.masterConfig.clusterBLBVPCSubnetID` 设为集群 VPC 中的子网（`sbn-…`）",
        ),
    )
}
