use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::cluster::k8s_version_malformed::is_well_formed;
use crate::rules::cluster::versions;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a well-formed `cluster.k8sVersion` that is not one of the versions CCE has
    /// shipped (the SDK's `K8SVersion` constants, kept in a data table refreshed from the SDK).
    ///
    /// ## Why is this bad?
    /// CCE installs only its own builds of Kubernetes, each a fixed patch version (`1.28.8`,
    /// not `1.28.0`). Any other version is refused. A version newer than the table may be
    /// genuine, so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.28.0"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.28.8"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SVersion` constants (`cce_supported.go`)
    /// - Terraform provider `baiducloud_ccev2_cluster` `K8SVersionPermitted`
    pub struct K8sVersionUnknown {
        code: "CCE207",
        name: "k8s-version-unknown",
        group: Cluster,
        severity: Warning,
        fix: None,
        summary: ("`k8sVersion` is not a version CCE ships", "`k8sVersion` 不是 CCE 提供的版本"),
        docs_zh: "## 作用\n报告格式正确、但不在 CCE 已发布版本（SDK 的 `K8SVersion` 常量，保存在可从 SDK 更新的数据表中）之列的 `cluster.k8sVersion`。\n\n## 为什么有问题\nCCE 只安装自己构建的 Kubernetes，每个版本都是固定的补丁版本（`1.28.8`，而不是 `1.28.0`），其他版本会被拒绝。比数据表更新的版本也可能是真实存在的，因此仅作为警告。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.28.0\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.28.8\"}}\n```\n\n## 参考\n- 官方 SDK `K8SVersion` 常量（`cce_supported.go`）\n- Terraform provider `baiducloud_ccev2_cluster` `K8SVersionPermitted`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &K8sVersionUnknown::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let version = &request.cluster.k8s_version;
    if version.is_empty() || !is_well_formed(version) || versions::is_known(version) {
        return;
    }
    out.push(k8s_version_unknown_diagnostic(
        version,
        versions::same_minor(version),
    ));
}

/// `version` is not known; `nearest` is the known version of the same minor, if any.
fn k8s_version_unknown_diagnostic(version: &str, nearest: Option<&str>) -> Finding {
    let offered = versions::offered_list();
    Finding::new(
        K8sVersionUnknown::META.code,
        JsonPointer::from_segments(["cluster", "k8sVersion"]),
        Text::new(
            format!("Unknown CCE Kubernetes version `{version}`"),
            format!("未知的 CCE Kubernetes 版本 `{version}`"),
        ),
        match nearest {
            Some(nearest) => Text::new(
                format!(
                    "CCE's build of this minor version is `{nearest}`; versions offered for new clusters: {offered}"
                ),
                format!("CCE 提供的该次版本为 `{nearest}`；新建集群可用版本：{offered}"),
            ),
            None => Text::new(
                format!("Use a version CCE offers for new clusters: {offered}"),
                format!("请使用 CCE 为新集群提供的版本：{offered}"),
            ),
        },
    )
}
