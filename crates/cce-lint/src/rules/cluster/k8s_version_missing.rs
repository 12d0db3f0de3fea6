use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::cluster::versions;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a create-cluster request without `cluster.k8sVersion`.
    ///
    /// ## Why is this bad?
    /// The field is optional in the SDK (`omitempty`, no `Required`), so CCE picks a default
    /// version. Which one is not documented and changes over time, so the same request creates
    /// different clusters; the runtime rules (docker is impossible from Kubernetes 1.24) cannot
    /// be checked either. Pin the version.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterName": "demo", "runtimeType": "containerd"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo", "k8sVersion": "1.30.1", "runtimeType": "containerd"}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求参数 `cluster.k8sVersion`
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `ClusterSpec.K8SVersion` (`json:"k8sVersion,omitempty"`)
    pub struct K8sVersionMissing {
        code: "CCE205",
        name: "k8s-version-missing",
        group: Cluster,
        severity: Warning,
        fix: None,
        summary: ("No `k8sVersion`: CCE picks a default version", "未设置 `k8sVersion`：CCE 将使用默认版本"),
        docs_zh: "## 作用\n报告未设置 `cluster.k8sVersion` 的创建集群请求。\n\n## 为什么有问题\n该字段在 SDK 中是可选的（`omitempty`，无 `Required`），CCE 会选择默认版本。默认版本未见文档说明且会随时间变化，同一请求会创建出不同的集群；运行时相关规则（Kubernetes 1.24 起不能使用 docker）也无法检查。请固定版本。\n\n## 示例\n```json\n{\"cluster\": {\"clusterName\": \"demo\", \"runtimeType\": \"containerd\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\", \"k8sVersion\": \"1.30.1\", \"runtimeType\": \"containerd\"}}\n```\n\n## 参考\n- CCE API 创建集群请求参数 `cluster.k8sVersion`\n- 官方 SDK `ClusterSpec.K8SVersion`（`json:\"k8sVersion,omitempty\"`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &K8sVersionMissing::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    // A missing `cluster` is reported by CCE002 already.
    if !ctx.has_cluster() {
        return;
    }
    if request.cluster.k8s_version.is_empty() {
        out.push(k8s_version_missing_diagnostic());
    }
}

/// `cluster.k8sVersion` is not set.
fn k8s_version_missing_diagnostic() -> Finding {
    let offered = versions::offered_list();
    Finding::new(
        K8sVersionMissing::META.code,
        JsonPointer::from_segments(["cluster", "k8sVersion"]),
        Text::new(
            "No `cluster.k8sVersion`: CCE will pick a default Kubernetes version",
            "未设置 `cluster.k8sVersion`：CCE 将选择默认的 Kubernetes 版本",
        ),
        Text::new(
            format!("Pin a version; CCE offers {offered}"),
            format!("请固定版本；CCE 提供 {offered}"),
        ),
    )
}
