use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::common::RuntimeType;
use crate::pointer::JsonPointer;
use crate::rules::cluster::runtime::without_dockershim;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a master, node or node-group template whose `runtimeType` differs from the
    /// cluster's `runtimeType`. Nothing is reported when either is unset or not a known
    /// runtime (CCE209), nor for `docker` on Kubernetes 1.24 or later (CCE210's error).
    ///
    /// ## Why is this bad?
    /// A cluster normally runs one container runtime: runtime-specific settings
    /// (`deployCustomConfig.dockerConfig` / `containerdConfig`), images and debugging tools
    /// then apply everywhere. A node with another runtime is usually a copy-paste leftover.
    /// Mixed runtimes may be intended during a migration, so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.20.8", "runtimeType": "containerd"}, "nodes": [{"count": 1, "instanceSpec": {"runtimeType": "docker"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.20.8", "runtimeType": "containerd"}, "nodes": [{"count": 1, "instanceSpec": {"runtimeType": "containerd"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `instanceSpec.runtimeType` (defaults to the cluster's)
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `InstanceSpec.RuntimeType`
    pub struct NodeRuntimeMismatch {
        code: "CCE212",
        name: "node-runtime-mismatch",
        group: Cluster,
        severity: Warning,
        fix: None,
        summary: ("Node runtime differs from the cluster runtime", "节点运行时与集群运行时不同"),
        docs_zh: "## 作用\n报告 `runtimeType` 与集群 `runtimeType` 不同的 Master、Node 或节点组模板。任一方未设置或不是已知运行时（CCE209）时不报告；Kubernetes 1.24 及以上使用 `docker` 的情况由 CCE210 以错误报告，这里也不重复。\n\n## 为什么有问题\n一个集群通常只使用一种容器运行时：与运行时相关的配置（`deployCustomConfig.dockerConfig` / `containerdConfig`）、镜像和排障工具才能处处适用。运行时不同的节点多半是复制粘贴的遗留。迁移期间可能有意混用，因此仅作为警告。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.20.8\", \"runtimeType\": \"containerd\"}, \"nodes\": [{\"count\": 1, \"instanceSpec\": {\"runtimeType\": \"docker\"}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.20.8\", \"runtimeType\": \"containerd\"}, \"nodes\": [{\"count\": 1, \"instanceSpec\": {\"runtimeType\": \"containerd\"}}]}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `instanceSpec.runtimeType`（默认与集群相同）\n- 官方 SDK `InstanceSpec.RuntimeType`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NodeRuntimeMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let Some(cluster) = request
        .cluster
        .runtime_type
        .as_ref()
        .filter(|r| r.is_known())
    else {
        return;
    };
    let no_dockershim = without_dockershim(request);
    for instance in ctx.instances() {
        let Some(node) = instance.spec.runtime_type.as_ref().filter(|r| r.is_known()) else {
            continue;
        };
        if node == cluster || (no_dockershim && *node == RuntimeType::Docker) {
            continue;
        }
        out.push(node_runtime_mismatch_diagnostic(
            instance.at(&["runtimeType"]),
            node.as_str(),
            cluster.as_str(),
        ));
    }
}

/// The instance runtime `node` at `pointer` differs from the cluster runtime `cluster`.
fn node_runtime_mismatch_diagnostic(pointer: JsonPointer, node: &str, cluster: &str) -> Finding {
    Finding::new(
        NodeRuntimeMismatch::META.code,
        pointer,
        Text::new(
            format!("Node runtime `{node}` differs from cluster runtime `{cluster}`"),
            format!("节点运行时 `{node}` 与集群运行时 `{cluster}` 不同"),
        ),
        Text::new(
            format!("Use `{cluster}` here too, or remove `runtimeType` to inherit the cluster's"),
            format!("此处也请使用 `{cluster}`，或删除 `runtimeType` 以继承集群的设置"),
        ),
    )
}
