use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::cluster::runtime::without_dockershim;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Points out a cluster with `k8sVersion` 1.24 or later and no `cluster.runtimeType`.
    ///
    /// ## Why is this bad?
    /// The SDK documents `docker` as the default runtime (`DefaultRuntime = "docker"`), which
    /// Kubernetes 1.24 and later cannot use. The server evidently picks a working runtime for
    /// new versions (the Terraform provider's acceptance test creates 1.31.1 without one), so
    /// this is only information; setting `containerd` explicitly removes the doubt and keeps
    /// the request independent of server defaults.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.31.1"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.31.1", "runtimeType": "containerd"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DefaultRuntime`
    /// - Kubernetes 1.24 release notes: dockershim removed
    pub struct RuntimeTypeDefaultsToDocker {
        code: "CCE211",
        name: "runtime-type-defaults-to-docker",
        group: Cluster,
        severity: Info,
        fix: Always,
        summary: ("No `runtimeType` on Kubernetes 1.24+: the documented default is docker", "Kubernetes 1.24+ 未设置 `runtimeType`：文档记载的默认值是 docker"),
        docs_zh: "## 作用\n指出 `k8sVersion` 为 1.24 及以上、但未设置 `cluster.runtimeType` 的集群。\n\n## 为什么有问题\nSDK 记载的默认运行时是 `docker`（`DefaultRuntime = \"docker\"`），而 Kubernetes 1.24 及以上无法使用它。服务端显然会为新版本选择可用的运行时（Terraform provider 的验收测试就在不设置该字段的情况下创建 1.31.1 集群），因此这里仅作提示；显式设置 `containerd` 可以消除疑问，并让请求不依赖服务端默认值。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.31.1\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.31.1\", \"runtimeType\": \"containerd\"}}\n```\n\n## 参考\n- 官方 SDK `DefaultRuntime`\n- Kubernetes 1.24 发布说明：移除 dockershim\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &RuntimeTypeDefaultsToDocker::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if request.cluster.runtime_type.is_none() && without_dockershim(request) {
        out.push(runtime_type_defaults_to_docker_diagnostic(
            &request.cluster.k8s_version,
        ));
    }
}

/// No `cluster.runtimeType` on Kubernetes `version` (≥ 1.24).
fn runtime_type_defaults_to_docker_diagnostic(version: &str) -> Finding {
    let pointer = JsonPointer::from_segments(["cluster", "runtimeType"]);
    Finding::new(
        RuntimeTypeDefaultsToDocker::META.code,
        pointer.clone(),
        Text::new(
            format!("No `runtimeType`: the SDK's documented default is `docker`, which Kubernetes {version} cannot use"),
            format!("未设置 `runtimeType`：SDK 记载的默认值是 `docker`，而 Kubernetes {version} 无法使用它"),
        ),
        Text::new(
            "Set `runtimeType: containerd` explicitly",
            "请显式设置 `runtimeType: containerd`",
        ),
    )
    .fix(
        Text::new("Add `runtimeType: containerd`", "添加 `runtimeType: containerd`"),
        vec![PatchOperation::Add {
            path: pointer,
            value: "containerd".into(),
        }],
    )
}
