use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a create-cluster request without `containerNetworkConfig.lbServiceVPCSubnetID`
    /// (absent or `""`).
    ///
    /// ## Why is this bad?
    /// The SDK marks the field `valid:"Required"`: CCE places the BLBs of `LoadBalancer`
    /// Services in this subnet and refuses to create a cluster without it. It must be an
    /// ordinary subnet (not a BBC or NAT-only subnet) of the cluster's VPC.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "kubenet", "lbServiceVPCSubnetID": "sbn-mnbvhnuupv1u", "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`: `LBServiceVPCSubnetID` (`valid:"Required"`, "LB Service 关联 BLB 所在子网, 必须是普通子网")
    /// - CCE API, 创建集群: every request example sets `lbServiceVPCSubnetID`
    pub struct MissingLbServiceSubnet {
        code: "CCE403",
        name: "missing-lb-service-subnet",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("`lbServiceVPCSubnetID` is missing", "缺少 `lbServiceVPCSubnetID`"),
        docs_zh: "## 作用\n报告创建集群请求中缺少 `containerNetworkConfig.lbServiceVPCSubnetID`（不存在或为 `\"\"`）。\n\n## 为什么有问题\nSDK 将该字段标为 `valid:\"Required\"`：CCE 把 `LoadBalancer` 类型 Service 的 BLB 放在此子网中，缺少它时拒绝创建集群。它必须是集群 VPC 中的普通子网（不能是 BBC 子网或 NAT 专用子网）。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"kubenet\", \"lbServiceVPCSubnetID\": \"sbn-mnbvhnuupv1u\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types.ContainerNetworkConfig`：`LBServiceVPCSubnetID`（`valid:\"Required\"`，“LB Service 关联 BLB 所在子网, 必须是普通子网”）\n- CCE API 创建集群：所有请求示例都设置了 `lbServiceVPCSubnetID`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingLbServiceSubnet::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    // Without `cluster` at all, CCE002 already says the request is missing its core.
    if !ctx.has_cluster() {
        return;
    }
    if request
        .cluster
        .container_network_config
        .lb_service_vpc_subnet_id
        .trim()
        .is_empty()
    {
        out.push(missing_lb_service_subnet_diagnostic());
    }
}

/// `lbServiceVPCSubnetID` is absent or empty.
fn missing_lb_service_subnet_diagnostic() -> Finding {
    Finding::new(
        MissingLbServiceSubnet::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "lbServiceVPCSubnetID"]),
        Text::new(
            "`containerNetworkConfig.lbServiceVPCSubnetID` is required: CCE puts the BLBs of LoadBalancer Services in this subnet",
            "`containerNetworkConfig.lbServiceVPCSubnetID` 为必填：CCE 将 LoadBalancer 类型 Service 的 BLB 放在此子网",
        ),
        Text::new(
            "Set it to an ordinary subnet (`sbn-…`) of the cluster's VPC, e.g. the subnet of `clusterBLBVPCSubnetID`",
            "请设置为集群 VPC 中的普通子网（`sbn-…`），例如与 `clusterBLBVPCSubnetID` 相同的子网",
        ),
    )
}
