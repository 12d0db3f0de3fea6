use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::cluster::versions;
use crate::rules::facts::k8s_minor;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.k8sVersion` that CCE has shipped but no longer offers for new
    /// clusters: every known version older than the cut-off in the version table (currently
    /// 1.28).
    ///
    /// ## Why is this bad?
    /// The SDK marks old versions as "不再支持" (1.6, 1.8) or "仅支持已有集群扩容节点" (1.11,
    /// 1.13: only for adding nodes to existing clusters), and CCE creates clusters only with
    /// the latest releases. An old version is likely refused, and if accepted it is out of
    /// upstream support. The exact cut-off is inferred, and the documentation's own examples
    /// still use 1.16.8, so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.16.8", "runtimeType": "docker"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.30.1", "runtimeType": "containerd"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SVersion` constants and comments
    /// - CCE international documentation, Kubernetes version policy ("latest three major versions")
    pub struct K8sVersionRetired {
        code: "CCE208",
        name: "k8s-version-retired",
        group: Cluster,
        severity: Warning,
        fix: None,
        summary: ("Kubernetes version no longer offered for new clusters", "该 Kubernetes 版本已不再用于新建集群"),
        docs_zh: "## 作用\n报告 CCE 曾经提供、但已不再用于新建集群的 `cluster.k8sVersion`：即版本表中早于截止版本（目前为 1.28）的所有已知版本。\n\n## 为什么有问题\nSDK 将旧版本标注为“不再支持”（1.6、1.8）或“仅支持已有集群扩容节点”（1.11、1.13），CCE 只用最新的几个版本创建集群。旧版本很可能被拒绝，即使被接受也已超出上游支持期。确切的截止版本是推断的，且文档自带的示例仍使用 1.16.8，因此仅作为警告。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.16.8\", \"runtimeType\": \"docker\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\", \"runtimeType\": \"containerd\"}}\n```\n\n## 参考\n- 官方 SDK `K8SVersion` 常量及注释\n- CCE 国际站文档 Kubernetes 版本策略（“最新三个主要版本”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &K8sVersionRetired::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let version = &request.cluster.k8s_version;
    if !versions::is_known(version) {
        return;
    }
    if k8s_minor(version).is_some_and(|minor| minor < versions::OFFERED_FROM) {
        out.push(k8s_version_retired_diagnostic(version));
    }
}

/// `version` is known but no longer offered for new clusters.
fn k8s_version_retired_diagnostic(version: &str) -> Finding {
    let offered = versions::offered_list();
    Finding::new(
        K8sVersionRetired::META.code,
        JsonPointer::from_segments(["cluster", "k8sVersion"]),
        Text::new(
            format!("Kubernetes {version} is no longer offered for new CCE clusters"),
            format!("CCE 已不再用 Kubernetes {version} 创建新集群"),
        ),
        Text::new(
            format!(
                "Use a current version: {offered} (from 1.24 on, set `runtimeType: containerd`)"
            ),
            format!("请使用当前版本：{offered}（1.24 起需设置 `runtimeType: containerd`）"),
        ),
    )
}
