use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.k8sCustomConfig.nonMasqueradeCIDR` that is not a CIDR
    /// (`address/prefix`), or that does not contain the cluster's `clusterPodCIDR` (when that
    /// is set and of the same IP family).
    ///
    /// ## Why is this bad?
    /// ip-masq-agent leaves traffic to this range unmasqueraded and SNATs everything else to
    /// the node's address. If the pod CIDR is outside it, pod-to-pod traffic across nodes is
    /// masqueraded: network policies and services that rely on the pod's source IP break. A
    /// value that is not a CIDR is refused by the agent, which then masquerades with its
    /// defaults.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}, "k8sCustomConfig": {"nonMasqueradeCIDR": "10.0.0.0/8"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}, "k8sCustomConfig": {"nonMasqueradeCIDR": "172.16.0.0/12"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SCustomConfig.NonMasqueradeCIDR`
    /// - Kubernetes ip-masq-agent (`nonMasqueradeCIDRs`); kubelet `--non-masquerade-cidr`
    pub struct NonMasqueradeCidrProblem {
        code: "CCE708",
        name: "non-masquerade-cidr-problem",
        group: K8sConfig,
        severity: Warning,
        fix: None,
        summary: ("`nonMasqueradeCIDR` is invalid or does not cover the pod CIDR", "`nonMasqueradeCIDR` 无效或未覆盖 Pod 网段"),
        docs_zh: r#"## 作用
报告不是 CIDR（`地址/前缀`）的 `cluster.k8sCustomConfig.nonMasqueradeCIDR`，或不包含集群 `clusterPodCIDR`（已设置且 IP 协议族相同时）的 `nonMasqueradeCIDR`。

## 为什么有问题
ip-masq-agent 对发往该网段的流量不做 SNAT，其余流量都转换为节点地址。若 Pod 网段不在其中，跨节点的 Pod 间流量会被 SNAT：依赖 Pod 源 IP 的网络策略和服务会失效。不是 CIDR 的取值会被 agent 拒绝，之后按默认设置做 SNAT。

## 示例
```json
{"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}, "k8sCustomConfig": {"nonMasqueradeCIDR": "10.0.0.0/8"}}}
```

应改为：
```json
{"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}, "k8sCustomConfig": {"nonMasqueradeCIDR": "172.16.0.0/12"}}}
```

## 参考
- 官方 SDK `K8SCustomConfig.NonMasqueradeCIDR`
- Kubernetes ip-masq-agent（`nonMasqueradeCIDRs`）；kubelet `--non-masquerade-cidr`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NonMasqueradeCidrProblem::META,
    check: Some(check),
};

/// Parses `address/prefix` (a bare address is not a CIDR).
fn parse_cidr(text: &str) -> Option<IpNetwork> {
    if !text.contains('/') {
        return None;
    }
    text.parse().ok()
}

/// Whether `outer` contains all of `inner`.
fn covers(outer: IpNetwork, inner: IpNetwork) -> bool {
    outer.is_ipv4() == inner.is_ipv4()
        && outer.prefix() <= inner.prefix()
        && outer.contains(inner.network())
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let value = &request.cluster.k8s_custom_config.non_masquerade_cidr;
    if value.is_empty() {
        return;
    }
    let Some(range) = parse_cidr(value) else {
        out.push(non_masquerade_cidr_problem_diagnostic(value, None));
        return;
    };
    let pod_cidr = &request.cluster.container_network_config.cluster_pod_cidr;
    if let Some(pods) = parse_cidr(pod_cidr) {
        if pods.is_ipv4() == range.is_ipv4() && !covers(range, pods) {
            out.push(non_masquerade_cidr_problem_diagnostic(
                value,
                Some(pod_cidr),
            ));
        }
    }
}

/// `nonMasqueradeCIDR` `value` is not a CIDR (`pod_cidr` None) or misses `pod_cidr`.
fn non_masquerade_cidr_problem_diagnostic(value: &str, pod_cidr: Option<&str>) -> Finding {
    let (message, help) = match pod_cidr {
        None => (
            Text::new(
                format!("nonMasqueradeCIDR `{value}` is not a CIDR"),
                format!("nonMasqueradeCIDR `{value}` 不是 CIDR"),
            ),
            Text::new(
                "Write an address range such as `172.16.0.0/12`",
                "请写 `172.16.0.0/12` 这样的地址段",
            ),
        ),
        Some(pod_cidr) => (
            Text::new(
                format!(
                    "nonMasqueradeCIDR `{value}` does not cover clusterPodCIDR `{pod_cidr}`: pod-to-pod traffic would be masqueraded"
                ),
                format!(
                    "nonMasqueradeCIDR `{value}` 未覆盖 clusterPodCIDR `{pod_cidr}`：Pod 间流量会被 SNAT"
                ),
            ),
            Text::new(
                "Use a range that contains the pod CIDR (and usually the VPC CIDR)",
                "请使用包含 Pod 网段（通常也包含 VPC 网段）的地址段",
            ),
        ),
    };
    Finding::new(
        NonMasqueradeCidrProblem::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", "nonMasqueradeCIDR"]),
        message,
        help,
    )
}
