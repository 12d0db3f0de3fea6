use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{is_managed, Placement};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `masters` entries on a cluster whose masters CCE runs itself (`masterType`
    /// `managed`, `managedPro` or `serverless`). Entries with `count: 0` that are not existing
    /// instances ask for no machine and are not reported.
    ///
    /// ## Why is this bad?
    /// The API documentation says managed clusters need no `masters` ("当集群类型为托管型时无需设置该
    /// 参数"). The listed machines are at best ignored and at worst bought, or the request is
    /// refused; either way the request does not say what it means.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}}, "masters": [{"count": 3, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `masters`; 请求示例: 托管 Master 集群 ("无需设置 masters 参数")
    pub struct ManagedWithMasters {
        code: "CCE102",
        name: "managed-with-masters",
        group: Masters,
        severity: Error,
        fix: Always,
        summary: ("`masters` listed for a cluster with managed masters", "托管 Master 集群设置了 `masters`"),
        docs_zh: "## 作用\n报告由 CCE 托管 Master（`masterType` 为 `managed`、`managedPro` 或 `serverless`）的集群上的 `masters` 条目。`count: 0` 且不是已有实例的条目不申请机器，不会报告。\n\n## 为什么有问题\nAPI 文档说明托管集群无需设置 `masters`（“当集群类型为托管型时无需设置该参数”）。列出的机器轻则被忽略，重则被购买或导致请求被拒。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}}, \"masters\": [{\"count\": 3, \"instanceSpec\": {}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}}}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `masters`；请求示例：托管 Master 集群（“无需设置 masters 参数”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ManagedWithMasters::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let Some(master_type) = request.cluster.master_config.master_type.as_ref() else {
        return;
    };
    if !is_managed(Some(master_type)) {
        return;
    }
    let asked: i64 = ctx
        .instances()
        .iter()
        .filter(|instance| instance.placement == Placement::Master)
        .map(|instance| instance.machines())
        .fold(0, i64::saturating_add);
    if asked > 0 {
        out.push(managed_with_masters_diagnostic(master_type.as_str(), asked));
    }
}

/// `masters` asks for `machines` machines although `master_type` is managed.
fn managed_with_masters_diagnostic(master_type: &str, machines: i64) -> Finding {
    let pointer = JsonPointer::from_segments(["masters"]);
    Finding::new(
        ManagedWithMasters::META.code,
        pointer.clone(),
        Text::new(
            format!("`masters` asks for {machines} machine(s), but masterType `{master_type}` means CCE provides the masters"),
            format!("`masters` 申请了 {machines} 台机器，但 masterType 为 `{master_type}` 时 Master 由 CCE 提供"),
        ),
        Text::new(
            "Remove `masters`, or set masterType to `custom` to run your own masters",
            "删除 `masters`，或将 masterType 设为 `custom` 以使用自己的 Master",
        ),
    )
    .fix(
        Text::new("Remove `masters`", "删除 `masters`"),
        vec![PatchOperation::Remove { path: pointer }],
    )
}
