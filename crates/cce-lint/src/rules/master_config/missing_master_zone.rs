use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::MasterType;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster with `masterType: managed` whose
    /// `managedClusterMasterOption.masterVPCSubnetZone` is unset.
    ///
    /// Note: only `managed` is checked. The Terraform provider's `managedPro` acceptance test
    /// omits the zone (it sizes the masters with `masterFlavor` instead) and is a valid body,
    /// and serverless masters have no zone to choose.
    ///
    /// ## Why is this bad?
    /// The managed masters are placed in the zone given here; every managed example (API
    /// documentation, Go SDK, Terraform) sets it. Without it CCE picks a zone that need not be
    /// the one of the BLB subnet or of the nodes.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterBLBVPCSubnetID": "sbn-mnbvhnuupv1u"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterBLBVPCSubnetID": "sbn-mnbvhnuupv1u", "managedClusterMasterOption": {"masterVPCSubnetZone": "zoneA"}}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 托管 Master 集群 (`managedClusterMasterOption.masterVPCSubnetZone`)
    /// - bce-sdk-go `services/cce/v2/types` `ManagedClusterMasterOption.MasterVPCSubnetZone`
    pub struct MissingMasterZone {
        code: "CCE302",
        name: "missing-master-zone",
        group: MasterConfig,
        severity: Warning,
        fix: None,
        summary: ("Managed masters without `masterVPCSubnetZone`", "托管 Master 未设置 `masterVPCSubnetZone`"),
        docs_zh: "## 作用\n报告 `masterType: managed` 且未设置 `managedClusterMasterOption.masterVPCSubnetZone` 的集群。\n\n注：只检查 `managed`。Terraform provider 的 `managedPro` 验收测试没有设置可用区（改用 `masterFlavor` 指定规格），且是有效请求；serverless Master 没有可用区可选。\n\n## 为什么有问题\n托管 Master 部署在此处指定的可用区；所有托管示例（API 文档、Go SDK、Terraform）都设置了它。不设置时 CCE 会自行选择可用区，不一定与 BLB 子网或节点所在可用区一致。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterBLBVPCSubnetID\": \"sbn-mnbvhnuupv1u\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterBLBVPCSubnetID\": \"sbn-mnbvhnuupv1u\", \"managedClusterMasterOption\": {\"masterVPCSubnetZone\": \"zoneA\"}}}}\n```\n\n## 参考\n- CCE API 创建集群请求示例：托管 Master 集群（`managedClusterMasterOption.masterVPCSubnetZone`）\n- bce-sdk-go `services/cce/v2/types` `ManagedClusterMasterOption.MasterVPCSubnetZone`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingMasterZone::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_config = &request.cluster.master_config;
    if master_config.master_type == Some(MasterType::Managed)
        && master_config
            .managed_cluster_master_option
            .master_vpc_subnet_zone
            .is_empty()
    {
        out.push(missing_master_zone_diagnostic());
    }
}

/// `masterVPCSubnetZone` is unset on managed masters.
fn missing_master_zone_diagnostic() -> Finding {
    Finding::new(
        MissingMasterZone::META.code,
        JsonPointer::from_segments([
            "cluster",
            "masterConfig",
            "managedClusterMasterOption",
            "masterVPCSubnetZone",
        ]),
        Text::new(
            "Managed masters without a zone: `managedClusterMasterOption.masterVPCSubnetZone` is not set",
            "托管 Master 未指定可用区：缺少 `managedClusterMasterOption.masterVPCSubnetZone`",
        ),
        Text::new(
            "Set `masterVPCSubnetZone` to the zone of the masters' subnet, e.g. `zoneA`",
            "将 `masterVPCSubnetZone` 设为 Master 子网所在可用区，例如 `zoneA`",
        ),
    )
}
