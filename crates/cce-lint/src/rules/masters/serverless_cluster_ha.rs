use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::MasterType;
use crate::pointer::JsonPointer;
use crate::rules::masters::counting::is_custom;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `masterConfig.clusterHA: 2` when `masterType` is not `serverless`: 2 is the
    /// serverless replica value, not a master count for managed masters.
    ///
    /// Note: rules.md words this rule as "managed/managedPro with clusterHA ∉ {unset, 1, 3, 5}"
    /// and gives CCE106 a warning for "2 with masterType ≠ serverless". Values outside
    /// {1, 2, 3, 5} are already errors (CCE106) for every master type and, with custom masters,
    /// any clusterHA that differs from the masters listed is an error (CCE105, CCE104); what is
    /// left of both conditions is this one: clusterHA 2 without serverless or custom masters.
    ///
    /// ## Why is this bad?
    /// The SDK's `ClusterHA` values are 1, 3 and 5 master replicas, and 2 for serverless
    /// clusters only. Whether CCE validates `clusterHA` for managed masters is not documented
    /// (the Terraform documentation example uses 2 with `managed`), so the request may be
    /// accepted, but the value does not describe a managed control plane and is probably a
    /// mistake for 1 or 3.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterHA": 2}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterHA": 3}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `ClusterHAServerless = 2`
    /// - Terraform provider `website/docs/r/ccev2_cluster.html.markdown` example (`cluster_ha = 2` with `managed`)
    pub struct ServerlessClusterHa {
        code: "CCE107",
        name: "misused-serverless-cluster-ha",
        group: Masters,
        severity: Warning,
        fix: None,
        summary: ("`clusterHA` 2 (the serverless value) on a cluster whose masters are not serverless", "非 serverless Master 的集群使用了 serverless 专用的 `clusterHA` 2"),
        docs_zh: "## 作用\n当 `masterType` 不是 `serverless` 时报告 `masterConfig.clusterHA: 2`：2 是 serverless 的副本值，不是托管 Master 的数量。\n\n注：rules.md 将本规则写作“managed/managedPro 且 clusterHA ∉ {未设置, 1, 3, 5}”，并为 CCE106 列出“masterType ≠ serverless 时为 2 → 警告”。{1, 2, 3, 5} 以外的取值对所有 Master 类型都已是错误（CCE106）；自定义 Master 时与所列 Master 不一致的 clusterHA 也已是错误（CCE105、CCE104）。两个条件剩下的部分就是本规则：既非 serverless 也非自定义 Master 时 clusterHA 为 2。\n\n## 为什么有问题\nSDK 的 `ClusterHA` 取值为 1、3、5 个 Master 副本，2 仅用于 serverless 集群。文档没有说明 CCE 是否校验托管 Master 的 `clusterHA`（Terraform 文档示例在 `managed` 下使用了 2），因此请求可能被接受，但该值并不描述托管控制面，很可能是 1 或 3 的笔误。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterHA\": 2}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterHA\": 3}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `ClusterHAServerless = 2`\n- Terraform provider `website/docs/r/ccev2_cluster.html.markdown` 示例（`managed` 下 `cluster_ha = 2`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ServerlessClusterHa::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_config = &request.cluster.master_config;
    let master_type = master_config.master_type.as_ref();
    if master_config.cluster_ha != 2
        || matches!(master_type, Some(MasterType::Serverless))
        || is_custom(master_type)
    {
        return;
    }
    let master_type = master_type.map(|value| value.as_str()).unwrap_or_default();
    out.push(serverless_cluster_ha_diagnostic(master_type));
}

/// `clusterHA` is 2 but `master_type` (possibly empty) is not serverless.
fn serverless_cluster_ha_diagnostic(master_type: &str) -> Finding {
    let message = if master_type.is_empty() {
        Text::new(
            "`clusterHA` 2 is the serverless replica value, but masterType is not `serverless`",
            "`clusterHA` 2 是 serverless 专用的副本值，但 masterType 不是 `serverless`",
        )
    } else {
        Text::new(
            format!(
                "`clusterHA` 2 is the serverless replica value, not a master count for masterType `{master_type}`"
            ),
            format!(
                "`clusterHA` 2 是 serverless 专用的副本值，不是 masterType `{master_type}` 的 Master 数量"
            ),
        )
    };
    Finding::new(
        ServerlessClusterHa::META.code,
        JsonPointer::from_segments(["cluster", "masterConfig", "clusterHA"]),
        message,
        Text::new(
            "Set `clusterHA` to 1, 3 or 5 (the number of master replicas), or remove it",
            "将 `clusterHA` 设为 1、3 或 5（Master 副本数），或删除该字段",
        ),
    )
}
