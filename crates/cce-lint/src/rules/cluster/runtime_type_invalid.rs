use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `runtimeType` other than `docker` or `containerd`, on the cluster
    /// (`cluster.runtimeType`) and on every master, node and node-group template
    /// (`instanceSpec.runtimeType`). The structural pass detects it and suggests the closest
    /// value (`Containerd` → `containerd`).
    ///
    /// ## Why is this bad?
    /// CCE installs only these two container runtimes (the historical `bci` runtime is gone
    /// from the SDK). Any other value, including a different capitalisation, makes node
    /// deployment fail or is refused.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.30.1", "runtimeType": "cri-o"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.30.1", "runtimeType": "containerd"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `RuntimeType` (`RuntimeTypeDocker`, `RuntimeTypeContainerd`)
    /// - Terraform provider `baiducloud_ccev2_cluster` `runtime_type` validation
    pub struct RuntimeTypeInvalid {
        code: "CCE209",
        name: "runtime-type-invalid",
        group: Cluster,
        severity: Error,
        fix: Sometimes,
        summary: ("`runtimeType` is neither `docker` nor `containerd`", "`runtimeType` 既不是 `docker` 也不是 `containerd`"),
        docs_zh: "## 作用\n报告集群（`cluster.runtimeType`）以及每个 Master、Node 和节点组模板（`instanceSpec.runtimeType`）上不是 `docker` 或 `containerd` 的 `runtimeType`。由结构检查发现，并给出最接近的取值（`Containerd` → `containerd`）。\n\n## 为什么有问题\nCCE 只安装这两种容器运行时（历史上的 `bci` 已从 SDK 中移除）。其他取值（包括大小写不同）会导致节点部署失败或请求被拒。\n\n## 示例\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\", \"runtimeType\": \"cri-o\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"k8sVersion\": \"1.30.1\", \"runtimeType\": \"containerd\"}}\n```\n\n## 参考\n- 官方 SDK `RuntimeType`（`RuntimeTypeDocker`、`RuntimeTypeContainerd`）\n- Terraform provider `baiducloud_ccev2_cluster` `runtime_type` 校验\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on the `runtimeType` fields).
pub(crate) const RULE: Rule = Rule {
    meta: &RuntimeTypeInvalid::META,
    check: None,
};
