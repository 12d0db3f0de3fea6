use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::{Context, TypedDocument};
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a delete-cluster query whose `deleteResource`, `deleteCDSSnapshot`, `moveOut`
    /// or `batchRefundResource` is written but is not `true` or `false` (for example `null`,
    /// `"yes"` or `1`).
    ///
    /// Note: a value of the wrong JSON type is also reported by the structural pass (CCE003);
    /// this rule says what the delete API needs.
    ///
    /// ## Why is this bad?
    /// The parameters are Boolean query parameters. A value the server cannot read as a
    /// Boolean is refused or taken as `false`, so disks, snapshots and EIPs that were meant to
    /// be deleted are kept (and billed), or machines meant to be kept are released.
    ///
    /// ## Example
    /// ```json
    /// {"deleteResource": "yes", "deleteCDSSnapshot": true}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deleteResource": true, "deleteCDSSnapshot": true}
    /// ```
    ///
    /// ## References
    /// - CCE API, 删除集群 `DELETE /v2/cluster/{clusterID}`: `deleteResource`, `deleteCDSSnapshot`, `moveOut` (Boolean, Query 参数)
    /// - bce-sdk-go `services/cce/v2.DeleteClusterArgs`; terraform-provider-baiducloud `cluster_delete_option` (`batch_refund_resource`)
    pub struct InvalidDeleteFlag {
        code: "CCEA05",
        name: "invalid-delete-flag",
        group: OtherApis,
        severity: Error,
        fix: None,
        summary: ("A delete-cluster query parameter is not `true` or `false`", "删除集群的查询参数不是 `true` 或 `false`"),
        docs_zh: "## 作用\n报告删除集群查询中写了但不是 `true` 或 `false` 的 `deleteResource`、`deleteCDSSnapshot`、`moveOut` 或 `batchRefundResource`（例如 `null`、`\"yes\"` 或 `1`）。\n\n注意：JSON 类型错误的取值也会由结构检查报告（CCE003）；本规则说明删除接口的要求。\n\n## 为什么有问题\n这些参数是 Boolean 类型的查询参数。服务端无法读作布尔值的取值会被拒绝或当作 `false`：本应删除的磁盘、快照和 EIP 被保留（并继续计费），或本应保留的机器被释放。\n\n## 示例\n```json\n{\"deleteResource\": \"yes\", \"deleteCDSSnapshot\": true}\n```\n\n应改为：\n```json\n{\"deleteResource\": true, \"deleteCDSSnapshot\": true}\n```\n\n## 参考\n- CCE API 删除集群 `DELETE /v2/cluster/{clusterID}`：`deleteResource`、`deleteCDSSnapshot`、`moveOut`（Boolean，Query 参数）\n- bce-sdk-go `services/cce/v2.DeleteClusterArgs`；terraform-provider-baiducloud `cluster_delete_option`（`batch_refund_resource`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidDeleteFlag::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let TypedDocument::DeleteClusterQuery(query) = ctx.document else {
        return;
    };
    for (field, value) in [
        ("deleteResource", query.delete_resource),
        ("deleteCDSSnapshot", query.delete_cds_snapshot),
        ("moveOut", query.move_out),
        ("batchRefundResource", query.batch_refund_resource),
    ] {
        let pointer = JsonPointer::from_segments([field]);
        if value.is_none() && ctx.is_present(&pointer) {
            out.push(invalid_delete_flag_diagnostic(pointer, field));
        }
    }
}

/// `field` is written but is not a Boolean.
fn invalid_delete_flag_diagnostic(pointer: JsonPointer, field: &str) -> Finding {
    Finding::new(
        InvalidDeleteFlag::META.code,
        pointer,
        Text::new(
            format!("`{field}` must be `true` or `false`"),
            format!("`{field}` 必须为 `true` 或 `false`"),
        ),
        Text::new(
            format!(
                "Write `{field}` as the JSON Boolean `true` or `false` (`{field}=true` in the query string), or leave it out for `false`"
            ),
            format!(
                "请将 `{field}` 写成 JSON 布尔值 `true` 或 `false`（查询字符串中为 `{field}=true`），或省略它表示 `false`"
            ),
        ),
    )
}
