use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::Placement;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a create-cluster request that asks for no worker: `nodes` is absent, empty or
    /// holds only new-instance sets with `count: 0`, and there is no node group.
    ///
    /// ## Why is this bad?
    /// It is not an error: the documentation says "不设置此参数时将会创建仅有master的集群" (without
    /// `nodes` a master-only cluster is created), and Terraform always creates workers through
    /// separate node-group resources. But pods cannot run until workers are added, so a
    /// forgotten `nodes` list is worth noticing.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}}, "nodes": [{"count": 1, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `nodes` ("不设置此参数时将会创建仅有master的集群")
    pub struct MasterOnlyCluster {
        code: "CCE109",
        name: "master-only-cluster",
        group: Masters,
        severity: Info,
        fix: None,
        summary: ("No worker nodes requested: a master-only cluster will be created", "未申请 Worker 节点：将创建仅有 Master 的集群"),
        docs_zh: "## 作用\n报告没有申请任何 Worker 的创建集群请求：`nodes` 缺失、为空或只有 `count: 0` 的新建实例组，且没有节点组。\n\n## 为什么有问题\n这不是错误：文档写明“不设置此参数时将会创建仅有master的集群”，Terraform 也总是通过单独的节点组资源创建 Worker。但在添加 Worker 之前 Pod 无法运行，忘记写 `nodes` 值得留意。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}}, \"nodes\": [{\"count\": 1, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `nodes`（“不设置此参数时将会创建仅有master的集群”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MasterOnlyCluster::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if !ctx.has_cluster() {
        return;
    }
    let workers: i64 = ctx
        .instances()
        .iter()
        .filter(|instance| instance.placement == Placement::Node)
        .map(|instance| instance.machines())
        .fold(0, i64::saturating_add);
    let node_groups = request
        .node_groups
        .as_ref()
        .is_some_and(|groups| !groups.is_empty());
    if workers == 0 && !node_groups {
        out.push(master_only_cluster_diagnostic());
    }
}

/// Neither `nodes` nor `nodeGroups` asks for a worker.
fn master_only_cluster_diagnostic() -> Finding {
    Finding::new(
        MasterOnlyCluster::META.code,
        JsonPointer::from_segments(["nodes"]),
        Text::new(
            "No worker nodes requested (`nodes` and `nodeGroups` ask for none): a master-only cluster will be created",
            "未申请任何 Worker 节点（`nodes` 和 `nodeGroups` 均未申请）：将创建仅有 Master 的集群",
        ),
        Text::new(
            "Add `nodes` or `nodeGroups` if the cluster should run workloads right away; otherwise add workers later",
            "如需集群立即运行业务，请添加 `nodes` 或 `nodeGroups`；否则可稍后再添加 Worker",
        ),
    )
}
