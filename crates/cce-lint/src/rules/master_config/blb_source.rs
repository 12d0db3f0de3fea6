use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::BlbSource;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `managedClusterMasterOption.clusterBLBSource` set to a value other than `CCE`
    /// or `USER` (found by the structural pass, which reports it under this code; a value
    /// that differs only in case gets a fix), and `clusterBLBSource: USER` without
    /// `masterConfig.clusterBLBID`.
    ///
    /// ## Why is this bad?
    /// `clusterBLBSource` says who provides the BLB in front of the APIServer: CCE creates
    /// one (`CCE`), or the user brings an existing one (`USER`), which then has to be named in
    /// `clusterBLBID`. An unknown value, or `USER` without a BLB, leaves CCE without a load
    /// balancer to use.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "managedClusterMasterOption": {"clusterBLBSource": "USER"}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterBLBID": "lb-8d3f7c1a", "managedClusterMasterOption": {"clusterBLBSource": "USER"}}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `BLBSource` constants (`CCE`, `USER`) and `MasterConfig.ClusterBLBID`
    pub struct BlbSourceProblem {
        code: "CCE305",
        name: "unusable-blb-source",
        group: MasterConfig,
        severity: Warning,
        fix: Sometimes,
        summary: ("`clusterBLBSource` is unknown, or `USER` without `clusterBLBID`", "`clusterBLBSource` 取值未知，或为 `USER` 却未设置 `clusterBLBID`"),
        docs_zh: "## 作用\n报告 `managedClusterMasterOption.clusterBLBSource` 取值不是 `CCE` 或 `USER`（由结构检查发现并以本编码报告；仅大小写不同的取值会附带修复），以及 `clusterBLBSource: USER` 但未设置 `masterConfig.clusterBLBID`。\n\n## 为什么有问题\n`clusterBLBSource` 表示 APIServer 前端 BLB 由谁提供：CCE 新建（`CCE`），或使用用户已有的 BLB（`USER`），此时需要在 `clusterBLBID` 中指明。未知取值或 `USER` 却不指定 BLB，CCE 就没有可用的负载均衡。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"managedClusterMasterOption\": {\"clusterBLBSource\": \"USER\"}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterBLBID\": \"lb-8d3f7c1a\", \"managedClusterMasterOption\": {\"clusterBLBSource\": \"USER\"}}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `BLBSource` 常量（`CCE`、`USER`）及 `MasterConfig.ClusterBLBID`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &BlbSourceProblem::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_config = &request.cluster.master_config;
    if master_config
        .managed_cluster_master_option
        .cluster_blb_source
        == Some(BlbSource::User)
        && master_config.cluster_blb_id.is_empty()
    {
        out.push(user_blb_without_id_diagnostic());
    }
}

/// `clusterBLBSource` is `USER` but `clusterBLBID` is unset.
fn user_blb_without_id_diagnostic() -> Finding {
    Finding::new(
        BlbSourceProblem::META.code,
        JsonPointer::from_segments([
            "cluster",
            "masterConfig",
            "managedClusterMasterOption",
            "clusterBLBSource",
        ]),
        Text::new(
            "`clusterBLBSource` is `USER`, but `masterConfig.clusterBLBID` names no BLB",
            "`clusterBLBSource` 为 `USER`，但 `masterConfig.clusterBLBID` 未指定 BLB",
        ),
        Text::new(
            "Set `cluster.masterConfig.clusterBLBID` to your BLB, or set `clusterBLBSource` to `CCE` to let CCE create one",
            "将 `cluster.masterConfig.clusterBLBID` 设为您的 BLB，或将 `clusterBLBSource` 设为 `CCE` 由 CCE 创建",
        ),
    )
}
