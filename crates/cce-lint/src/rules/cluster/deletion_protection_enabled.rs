use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Points out `cluster.forbidDelete: true` in a create-cluster request.
    ///
    /// ## Why is this bad?
    /// It is not wrong: it turns on deletion protection from the start. But `DELETE
    /// /v2/cluster/{clusterID}` is then refused until protection is turned off with `PUT
    /// /v2/cluster/{clusterID}/forbiddelete` and `{"forbidDelete": false}`, which surprises
    /// scripts and test pipelines that clean up after themselves.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterName": "ci-temp", "forbidDelete": true}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "ci-temp", "forbidDelete": false}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `cluster.forbidDelete` (集群删除保护)
    /// - CCE API, 集群删除保护 (`PUT /v2/cluster/{clusterID}/forbiddelete`)
    pub struct DeletionProtectionEnabled {
        code: "CCE220",
        name: "deletion-protection-enabled",
        group: Cluster,
        severity: Info,
        fix: None,
        summary: ("Deletion protection is on from creation", "创建时即开启删除保护"),
        docs_zh: "## 作用\n指出创建集群请求中的 `cluster.forbidDelete: true`。\n\n## 为什么有问题\n这并没有错：它从一开始就开启删除保护。但此后 `DELETE /v2/cluster/{clusterID}` 会被拒绝，直到用 `PUT /v2/cluster/{clusterID}/forbiddelete` 和 `{\"forbidDelete\": false}` 关闭保护，这会让自行清理的脚本和测试流水线出乎意料。\n\n## 示例\n```json\n{\"cluster\": {\"clusterName\": \"ci-temp\", \"forbidDelete\": true}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"ci-temp\", \"forbidDelete\": false}}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `cluster.forbidDelete`（集群删除保护）\n- CCE API 集群删除保护（`PUT /v2/cluster/{clusterID}/forbiddelete`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DeletionProtectionEnabled::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if request.cluster.forbid_delete {
        out.push(deletion_protection_enabled_diagnostic());
    }
}

/// `cluster.forbidDelete` is true.
fn deletion_protection_enabled_diagnostic() -> Finding {
    Finding::new(
        DeletionProtectionEnabled::META.code,
        JsonPointer::from_segments(["cluster", "forbidDelete"]),
        Text::new(
            "Deletion protection is on: deleting the cluster will be refused until it is turned off",
            "已开启删除保护：关闭保护之前，删除集群的请求会被拒绝",
        ),
        Text::new(
            "To delete the cluster later, first send `PUT /v2/cluster/{clusterID}/forbiddelete` with `{\"forbidDelete\": false}`",
            "之后如需删除集群，请先发送 `PUT /v2/cluster/{clusterID}/forbiddelete`，请求体为 `{\"forbidDelete\": false}`",
        ),
    )
}
