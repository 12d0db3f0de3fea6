use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `containerNetworkConfig.kubeProxyMode` other than `ipvs`, `iptables`, `cilium`
    /// or `ebpf`, and a `containerNetworkConfig.networkPolicyType` other than `none`, `felix`
    /// or `eBPF`. The structural pass detects both and suggests the closest value; a change of
    /// case only (`IPVS`, `ebpf` for the policy type) comes with a safe fix.
    ///
    /// ## Why is this bad?
    /// kube-proxy refuses to start with an unknown `--proxy-mode`, and an unknown network policy
    /// type leaves the cluster without the policy engine that was meant. Both values are
    /// case-sensitive (the policy type is spelt `eBPF`, the proxy mode `ebpf`), and the server's
    /// Go types are plain strings, so the mistake is not caught while decoding.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"kubeProxyMode": "IPVS", "networkPolicyType": "calico"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"kubeProxyMode": "ipvs", "networkPolicyType": "felix"}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types`: `KubeProxyMode` and `NetworkPolicyType` constants
    /// - terraform-provider-baiducloud `baiducloud_ccev2_cluster`: `kube_proxy_mode` validation
    /// - Kubernetes: kube-proxy `--proxy-mode`
    pub struct UnknownProxyOrPolicy {
        code: "CCE433",
        name: "unknown-proxy-mode-or-policy-type",
        group: Network,
        severity: Error,
        fix: Sometimes,
        summary: ("Unknown kube-proxy mode or network policy type", "未知的 kube-proxy 模式或网络策略类型"),
        docs_zh: "## 作用\n报告不是 `ipvs`、`iptables`、`cilium` 或 `ebpf` 的 `containerNetworkConfig.kubeProxyMode`，以及不是 `none`、`felix` 或 `eBPF` 的 `containerNetworkConfig.networkPolicyType`。两者都由结构检查发现并给出最接近的取值；仅大小写不同（如 `IPVS`，或策略类型写成 `ebpf`）时附带安全修复。\n\n## 为什么有问题\nkube-proxy 遇到未知的 `--proxy-mode` 会拒绝启动；未知的网络策略类型会让集群缺少预期的策略引擎。两个取值都区分大小写（策略类型写作 `eBPF`，代理模式写作 `ebpf`），服务端的 Go 类型是普通字符串，解码时不会发现错误。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"kubeProxyMode\": \"IPVS\", \"networkPolicyType\": \"calico\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"kubeProxyMode\": \"ipvs\", \"networkPolicyType\": \"felix\"}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types`：`KubeProxyMode` 与 `NetworkPolicyType` 常量\n- terraform-provider-baiducloud `baiducloud_ccev2_cluster`：`kube_proxy_mode` 校验\n- Kubernetes：kube-proxy `--proxy-mode`\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on `kubeProxyMode` and `networkPolicyType`).
pub(crate) const RULE: Rule = Rule {
    meta: &UnknownProxyOrPolicy::META,
    check: None,
};
