use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::masters::counting::{is_custom, total_masters};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster whose masters the user runs (`masterType` `custom` or
    /// `containerizedCustom`) while `masters` asks for no machine: it is absent, empty, or holds
    /// only new-instance sets with `count: 0`. An existing instance (`existed: true`) counts as
    /// one machine whatever its `count`.
    ///
    /// ## Why is this bad?
    /// With custom masters CCE neither provides nor buys a control plane of its own: the
    /// documentation's custom-master example says "设置 masters 参数". Without masters the
    /// cluster has no APIServer and cannot be created.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}}, "nodes": [{"count": 1, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}}, "masters": [{"count": 1, "instanceSpec": {}}], "nodes": [{"count": 1, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 自定义 Master 集群 ("设置 masters 参数")
    /// - Terraform provider example `examples/baiducloud-ccev2/main.tf` ("the total number of masters can only be 1,3 or 5")
    pub struct CustomWithoutMasters {
        code: "CCE103",
        name: "custom-without-masters",
        group: Masters,
        severity: Error,
        fix: None,
        summary: ("A cluster with custom masters lists no master machine", "自定义 Master 集群没有任何 Master 机器"),
        docs_zh: "## 作用\n报告由用户提供 Master（`masterType` 为 `custom` 或 `containerizedCustom`）但 `masters` 没有申请任何机器的集群：`masters` 缺失、为空，或只有 `count: 0` 的新建实例组。已有实例（`existed: true`）无论 `count` 为何都算一台机器。\n\n## 为什么有问题\n自定义 Master 时 CCE 不会提供或购买控制面：文档的自定义 Master 示例要求“设置 masters 参数”。没有 Master 的集群没有 APIServer，无法创建。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\"}}, \"nodes\": [{\"count\": 1, \"instanceSpec\": {}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\"}}, \"masters\": [{\"count\": 1, \"instanceSpec\": {}}], \"nodes\": [{\"count\": 1, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- CCE API 创建集群请求示例：自定义 Master 集群（“设置 masters 参数”）\n- Terraform provider 示例 `examples/baiducloud-ccev2/main.tf`（“the total number of masters can only be 1,3 or 5”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CustomWithoutMasters::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_type = request.cluster.master_config.master_type.as_ref();
    if !is_custom(master_type) || total_masters(ctx.instances()) > 0 {
        return;
    }
    let master_type = master_type.map(|value| value.as_str()).unwrap_or_default();
    let listed = request
        .masters
        .as_ref()
        .is_some_and(|sets| !sets.is_empty());
    out.push(custom_without_masters_diagnostic(master_type, listed));
}

/// `master_type` is custom but `masters` asks for no machine; `listed`: it has (count-0) entries.
fn custom_without_masters_diagnostic(master_type: &str, listed: bool) -> Finding {
    let message = if listed {
        Text::new(
            format!(
                "masterType `{master_type}` needs master machines, but every `masters` entry has `count: 0`"
            ),
            format!(
                "masterType 为 `{master_type}` 时需要 Master 机器，但 `masters` 的每个条目都是 `count: 0`"
            ),
        )
    } else {
        Text::new(
            format!("masterType `{master_type}` needs master machines, but `masters` lists none"),
            format!(
                "masterType 为 `{master_type}` 时需要 Master 机器，但 `masters` 没有列出任何机器"
            ),
        )
    };
    Finding::new(
        CustomWithoutMasters::META.code,
        JsonPointer::from_segments(["masters"]),
        message,
        Text::new(
            "List 1, 3 or 5 master machines in `masters`, or set masterType to `managed` to let CCE run the masters",
            "在 `masters` 中列出 1、3 或 5 台 Master 机器，或将 masterType 设为 `managed` 由 CCE 托管 Master",
        ),
    )
}
