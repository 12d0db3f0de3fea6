use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::masters::counting::{is_custom, total_masters};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `masterConfig.clusterHA` on a cluster with custom masters (`masterType` `custom`
    /// or `containerizedCustom`) when it differs from the number of master machines `masters`
    /// asks for (`count` per new set, one per existing instance). An absent `clusterHA` (the
    /// documentation's custom examples omit it) is not reported, nor is a cluster without any
    /// master (CCE103).
    ///
    /// ## Why is this bad?
    /// For custom and existing masters `clusterHA` is a check on, and the displayed value of,
    /// the masters you list (SDK: "ClusterHA 对 3 种集群都有效: 对于 Custom 和 Existed 作为校验和展示作用").
    /// A disagreement means one of the two is a mistake, and the server's check fails.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom", "clusterHA": 3}}, "masters": [{"count": 1, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom", "clusterHA": 1}}, "masters": [{"count": 1, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `MasterConfig.ClusterHA` comment ("对于 Custom 和 Existed 作为校验和展示作用")
    pub struct ClusterHaMismatch {
        code: "CCE105",
        name: "cluster-ha-mismatch",
        group: Masters,
        severity: Error,
        fix: None,
        summary: ("`clusterHA` differs from the number of custom masters listed", "`clusterHA` 与列出的自定义 Master 数量不一致"),
        docs_zh: "## 作用\n在自定义 Master（`masterType` 为 `custom` 或 `containerizedCustom`）集群中，当 `masterConfig.clusterHA` 与 `masters` 申请的 Master 机器数（新建实例组按 `count`，已有实例各计一台）不一致时报告。未设置 `clusterHA`（文档的自定义示例均未设置）不报告；完全没有 Master 时由 CCE103 报告。\n\n## 为什么有问题\n对自定义和已有实例 Master，`clusterHA` 用于校验和展示所列 Master 的数量（SDK：“ClusterHA 对 3 种集群都有效: 对于 Custom 和 Existed 作为校验和展示作用”）。二者不一致说明其中之一写错了，服务端校验会失败。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\", \"clusterHA\": 3}}, \"masters\": [{\"count\": 1, \"instanceSpec\": {}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\", \"clusterHA\": 1}}, \"masters\": [{\"count\": 1, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `MasterConfig.ClusterHA` 注释（“对于 Custom 和 Existed 作为校验和展示作用”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ClusterHaMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_config = &request.cluster.master_config;
    if !is_custom(master_config.master_type.as_ref()) || master_config.cluster_ha == 0 {
        return;
    }
    let total = total_masters(ctx.instances());
    if total > 0 && master_config.cluster_ha != total {
        out.push(cluster_ha_mismatch_diagnostic(
            master_config.cluster_ha,
            total,
        ));
    }
}

/// `clusterHA` is `cluster_ha` but `masters` asks for `total` machines.
fn cluster_ha_mismatch_diagnostic(cluster_ha: i64, total: i64) -> Finding {
    Finding::new(
        ClusterHaMismatch::META.code,
        JsonPointer::from_segments(["cluster", "masterConfig", "clusterHA"]),
        Text::new(
            format!(
                "`clusterHA` is {cluster_ha}, but `masters` asks for {total} master machine(s)"
            ),
            format!("`clusterHA` 为 {cluster_ha}，但 `masters` 申请了 {total} 台 Master 机器"),
        ),
        Text::new(
            "Make `clusterHA` equal the number of masters listed (or remove it), or change the `masters` counts",
            "使 `clusterHA` 等于所列 Master 的数量（或删除该字段），或调整 `masters` 的数量",
        ),
    )
}
