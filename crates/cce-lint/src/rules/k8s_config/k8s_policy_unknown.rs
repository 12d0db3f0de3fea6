use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.k8sCustomConfig.cpuManagerPolicy` other than `none` or `static`, a
    /// `topologyManagerScope` other than `pod` or `container`, a `topologyManagerPolicy`
    /// other than `none`, `best-effort`, `restricted` or `single-numa-node`, and a
    /// `kubeletBindAddressType` other than `all`, `local` or `hostip`. The structural pass
    /// detects it and suggests the closest value. The same fields of a node's
    /// `deployCustomConfig` are CCE612.
    ///
    /// ## Why is this bad?
    /// These cluster-wide kubelet defaults accept only these values (the policy names are
    /// kubelet's and case-sensitive); any other value makes CCE refuse the request or kubelet
    /// refuse its configuration on every node.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"cpuManagerPolicy": "Static", "kubeletBindAddressType": "0.0.0.0"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"cpuManagerPolicy": "static", "kubeletBindAddressType": "all"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SCustomConfig` (`K8SCPUManagerPolicy`, `K8STopologyManagerScope`, `K8STopologyManagerPolicy`, `KubeletBindAddressType`)
    /// - Terraform provider `baiducloud_ccev2_cluster` `k8s_custom_config` validation
    pub struct K8sPolicyUnknown {
        code: "CCE707",
        name: "k8s-policy-unknown",
        group: K8sConfig,
        severity: Error,
        fix: Sometimes,
        summary: ("Unknown cluster-wide CPU/topology manager policy or kubelet bind address type", "未知的集群级 CPU/拓扑管理策略或 kubelet 监听地址类型"),
        docs_zh: r#"## 作用
报告不是 `none` 或 `static` 的 `cluster.k8sCustomConfig.cpuManagerPolicy`、不是 `pod` 或 `container` 的 `topologyManagerScope`、不是 `none`、`best-effort`、`restricted` 或 `single-numa-node` 的 `topologyManagerPolicy`，以及不是 `all`、`local` 或 `hostip` 的 `kubeletBindAddressType`。由结构检查发现，并给出最接近的取值。节点 `deployCustomConfig` 中的同名字段由 CCE612 报告。

## 为什么有问题
这些集群级 kubelet 默认设置只接受这些取值（策略名来自 kubelet，区分大小写）；其他取值会让 CCE 拒绝请求，或让每个节点上的 kubelet 拒绝配置。

## 示例
```json
{"cluster": {"k8sCustomConfig": {"cpuManagerPolicy": "Static", "kubeletBindAddressType": "0.0.0.0"}}}
```

应改为：
```json
{"cluster": {"k8sCustomConfig": {"cpuManagerPolicy": "static", "kubeletBindAddressType": "all"}}}
```

## 参考
- 官方 SDK `K8SCustomConfig`（`K8SCPUManagerPolicy`、`K8STopologyManagerScope`、`K8STopologyManagerPolicy`、`KubeletBindAddressType`）
- Terraform provider `baiducloud_ccev2_cluster` `k8s_custom_config` 校验
"#,
    }
}

/// Detected by the structural pass (`x-cce-rule` on the `k8sCustomConfig` enum fields).
pub(crate) const RULE: Rule = Rule {
    meta: &K8sPolicyUnknown::META,
    check: None,
};
