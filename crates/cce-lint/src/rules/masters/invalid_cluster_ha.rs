use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

/// The `clusterHA` values the SDK defines (2 only for serverless masters).
const KNOWN_CLUSTER_HA: [i64; 4] = [1, 2, 3, 5];

declare_rule! {
    /// ## What it does
    /// Reports `masterConfig.clusterHA` set to a number other than 1, 2, 3 or 5 (any master
    /// type). Unset (absent or `0`, Go's zero value) is fine.
    ///
    /// Note: rules.md gives this rule a second, warning-level condition (2 on a cluster whose
    /// masters are not serverless). One code has one severity, so that condition is reported
    /// by CCE107 (for custom masters, CCE104/CCE105 already report the mismatch as errors).
    ///
    /// ## Why is this bad?
    /// `clusterHA` is the number of master replicas. The SDK defines only `ClusterHA` 1, 3, 5
    /// and 2 (serverless), and the Terraform provider validates it with
    /// `IntInSlice(ClusterHAPermitted)` ("Available Value: [1, 3, 5, 2(for serverless)]"); any
    /// other value is refused.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterHA": 4}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "clusterHA": 3}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `ClusterHA` constants (`ClusterHALow` 1, `ClusterHAServerless` 2, `ClusterHAMedium` 3, `ClusterHAHigh` 5)
    /// - Terraform provider `baiducloud/service_baiducloud_ccev2.go`, `master_config.cluster_ha` (`IntInSlice(ClusterHAPermitted)`)
    pub struct InvalidClusterHa {
        code: "CCE106",
        name: "invalid-cluster-ha",
        group: Masters,
        severity: Error,
        fix: None,
        summary: ("`clusterHA` is not 1, 2, 3 or 5", "`clusterHA` 不是 1、2、3 或 5"),
        docs_zh: "## 作用\n报告 `masterConfig.clusterHA` 取值不是 1、2、3 或 5（任何 Master 类型）。未设置（缺失或为 Go 零值 `0`）不报告。\n\n注：rules.md 为本规则还列了一个警告级条件（非 serverless Master 使用 2）。一个编码只有一个级别，因此该条件由 CCE107 报告（自定义 Master 的不一致已由 CCE104/CCE105 以错误报告）。\n\n## 为什么有问题\n`clusterHA` 是 Master 副本数。SDK 只定义了 `ClusterHA` 1、3、5 和 2（serverless），Terraform provider 也以 `IntInSlice(ClusterHAPermitted)`（“Available Value: [1, 3, 5, 2(for serverless)]”）校验；其他取值会被拒绝。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterHA\": 4}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"clusterHA\": 3}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `ClusterHA` 常量（1、serverless 的 2、3、5）\n- Terraform provider `baiducloud/service_baiducloud_ccev2.go` 中的 `master_config.cluster_ha`（`IntInSlice(ClusterHAPermitted)`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidClusterHa::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let cluster_ha = request.cluster.master_config.cluster_ha;
    if cluster_ha != 0 && !KNOWN_CLUSTER_HA.contains(&cluster_ha) {
        out.push(invalid_cluster_ha_diagnostic(cluster_ha));
    }
}

/// `clusterHA` is `cluster_ha`, not a known replica count.
fn invalid_cluster_ha_diagnostic(cluster_ha: i64) -> Finding {
    Finding::new(
        InvalidClusterHa::META.code,
        JsonPointer::from_segments(["cluster", "masterConfig", "clusterHA"]),
        Text::new(
            format!(
                "`clusterHA` {cluster_ha} is not a master replica count: it must be 1, 3 or 5 (2 only for serverless)"
            ),
            format!(
                "`clusterHA` {cluster_ha} 不是有效的 Master 副本数：只能是 1、3 或 5（serverless 为 2）"
            ),
        ),
        Text::new(
            "Set `clusterHA` to 1, 3 or 5, or remove it",
            "将 `clusterHA` 设为 1、3 或 5，或删除该字段",
        ),
    )
}
