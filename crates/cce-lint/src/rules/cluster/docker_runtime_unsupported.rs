use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::model::common::RuntimeType;
use crate::pointer::JsonPointer;
use crate::rules::cluster::runtime::without_dockershim;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `runtimeType: docker` on a cluster whose `k8sVersion` is 1.24 or later: on the
    /// cluster itself and on every master, node and node-group template that sets it. An
    /// instance without `runtimeType` inherits the cluster's value and is covered by the
    /// cluster's finding.
    ///
    /// Note: a cluster without `runtimeType` is not reported here even though the SDK
    /// documents `docker` as the default: CCE picks a working runtime for new versions (the
    /// Terraform provider's acceptance test creates 1.31.1 without one). CCE211 points it out
    /// as information.
    ///
    /// ## Why is this bad?
    /// Kubernetes 1.24 removed dockershim, so the kubelet cannot use Docker Engine: the nodes
    /// never become ready. Users of the Terraform provider had to switch to containerd for
    /// 1.24.4.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.30.1", "runtimeType": "docker"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.30.1", "runtimeType": "containerd"}}
    /// ```
    ///
    /// ## References
    /// - Kubernetes 1.24 release notes: dockershim removed
    /// - Terraform provider `baidubce/terraform-provider-baiducloud` issue #20 (containerd needed for 1.24.4)
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `RuntimeType`
    pub struct DockerRuntimeUnsupported {
        code: "CCE210",
        name: "docker-runtime-unsupported",
        group: Cluster,
        severity: Error,
        fix: Always,
        summary: ("`docker` runtime with Kubernetes 1.24 or later", "Kubernetes 1.24 及以上版本使用了 `docker` 运行时"),
        docs_zh: "## 作用\n报告 `k8sVersion` 为 1.24 及以上的集群中的 `runtimeType: docker`：包括集群本身，以及设置了该字段的每个 Master、Node 和节点组模板。未设置 `runtimeType` 的实例继承集群的取值，由集群上的报告覆盖。\n\n注意：未设置 `runtimeType` 的集群不在此报告，尽管 SDK 记载的默认值是 `docker`：CCE 会为新版本选择可用的运行时（Terraform provider 的验收测试就在不设置该字段的情况下创建 1.31.1 集群）。CCE211 会以提示级别指出这一点。\n\n## 为什么有问题\nKubernetes 1.24 移除了 dockershim，kubelet 无法使用 Docker Engine：节点永远不会就绪。Terraform provider 的用户在 1.24.4 上就不得不改用 containerd。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\", \"runtimeType\": \"docker\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\", \"runtimeType\": \"containerd\"}}\n```\n\n## 参考\n- Kubernetes 1.24 发布说明：移除 dockershim\n- Terraform provider `baidubce/terraform-provider-baiducloud` issue #20（1.24.4 需使用 containerd）\n- 官方 SDK `RuntimeType`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DockerRuntimeUnsupported::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if !without_dockershim(request) {
        return;
    }
    let version = &request.cluster.k8s_version;
    if request.cluster.runtime_type == Some(RuntimeType::Docker) {
        let pointer = JsonPointer::from_segments(["cluster", "runtimeType"]);
        out.push(docker_runtime_unsupported_diagnostic(pointer, version));
    }
    for instance in ctx.instances() {
        if instance.spec.runtime_type == Some(RuntimeType::Docker) {
            let pointer = instance.at(&["runtimeType"]);
            out.push(docker_runtime_unsupported_diagnostic(pointer, version));
        }
    }
}

/// `runtimeType: docker` at `pointer` on Kubernetes `version` (≥ 1.24).
fn docker_runtime_unsupported_diagnostic(pointer: JsonPointer, version: &str) -> Finding {
    Finding::new(
        DockerRuntimeUnsupported::META.code,
        pointer.clone(),
        Text::new(
            format!(
                "Kubernetes {version} has no dockershim: the `docker` runtime cannot run its nodes"
            ),
            format!("Kubernetes {version} 已移除 dockershim：节点无法使用 `docker` 运行时"),
        ),
        Text::new(
            "Use `runtimeType: containerd` (Kubernetes 1.24 and later)",
            "请使用 `runtimeType: containerd`（Kubernetes 1.24 及以上）",
        ),
    )
    .fix(
        Text::new("Replace with `containerd`", "替换为 `containerd`"),
        vec![PatchOperation::Replace {
            path: pointer,
            value: "containerd".into(),
        }],
    )
}
