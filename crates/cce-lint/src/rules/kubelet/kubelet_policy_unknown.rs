use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `deployCustomConfig.cpuManagerPolicy` other than `none` or `static`, a
    /// `topologyManagerScope` other than `pod` or `container`, a `topologyManagerPolicy`
    /// other than `none`, `best-effort`, `restricted` or `single-numa-node`, and a
    /// `kubeletBindAddressType` other than `all`, `local` or `hostip`, on every master, node
    /// and node-group template. The structural pass detects it and suggests the closest value
    /// (`Static` → `static`). The same fields of `cluster.k8sCustomConfig` are CCE707.
    ///
    /// ## Why is this bad?
    /// kubelet accepts only these policy names (they are case-sensitive) and CCE maps the bind
    /// address type to an address; any other value makes kubelet refuse its configuration or
    /// CCE refuse the request, and the node does not join.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"cpuManagerPolicy": "Static", "topologyManagerPolicy": "best_effort"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"cpuManagerPolicy": "static", "topologyManagerPolicy": "best-effort"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SCPUManagerPolicy`, `K8STopologyManagerScope`, `K8STopologyManagerPolicy`, `KubeletBindAddressType`
    /// - Terraform provider `baiducloud_ccev2_cluster` `deploy_custom_config` validation
    pub struct KubeletPolicyUnknown {
        code: "CCE612",
        name: "kubelet-policy-unknown",
        group: Kubelet,
        severity: Error,
        fix: Sometimes,
        summary: ("Unknown kubelet CPU/topology manager policy or bind address type", "未知的 kubelet CPU/拓扑管理策略或监听地址类型"),
        docs_zh: r#"## 作用
报告每个 Master、Node 和节点组模板中不是 `none` 或 `static` 的 `deployCustomConfig.cpuManagerPolicy`、不是 `pod` 或 `container` 的 `topologyManagerScope`、不是 `none`、`best-effort`、`restricted` 或 `single-numa-node` 的 `topologyManagerPolicy`，以及不是 `all`、`local` 或 `hostip` 的 `kubeletBindAddressType`。由结构检查发现，并给出最接近的取值（`Static` → `static`）。`cluster.k8sCustomConfig` 中的同名字段由 CCE707 报告。

## 为什么有问题
kubelet 只接受这些策略名（区分大小写），CCE 会把监听地址类型映射为具体地址；其他取值会让 kubelet 拒绝配置或 CCE 拒绝请求，节点无法加入集群。

## 示例
```json
{"deployCustomConfig": {"cpuManagerPolicy": "Static", "topologyManagerPolicy": "best_effort"}}
```

应改为：
```json
{"deployCustomConfig": {"cpuManagerPolicy": "static", "topologyManagerPolicy": "best-effort"}}
```

## 参考
- 官方 SDK `K8SCPUManagerPolicy`、`K8STopologyManagerScope`、`K8STopologyManagerPolicy`、`KubeletBindAddressType`
- Terraform provider `baiducloud_ccev2_cluster` `deploy_custom_config` 校验
"#,
    }
}

/// Detected by the structural pass (`x-cce-rule` on the `deployCustomConfig` enum fields).
pub(crate) const RULE: Rule = Rule {
    meta: &KubeletPolicyUnknown::META,
    check: None,
};
