use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a negative `registryPullQPS`, `registryBurst`, `eventRecordQPS`, `eventBurst`,
    /// `kubeAPIQPS`, `kubeAPIBurst` or `maxPods` in `deployCustomConfig`.
    ///
    /// ## Why is this bad?
    /// kubelet validates its configuration at start-up and refuses each of these when it is
    /// below zero ("registryPullQPS … must not be a negative number", …). The node's kubelet
    /// does not start and the node never becomes ready.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"registryPullQPS": -1, "maxPods": -10}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"registryPullQPS": 5, "maxPods": 110}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig`
    /// - Kubernetes `pkg/kubelet/apis/config/validation/validation.go` `ValidateKubeletConfiguration`
    pub struct NegativeKubeletLimit {
        code: "CCE608",
        name: "negative-kubelet-limit",
        group: Kubelet,
        severity: Error,
        fix: None,
        summary: ("Negative kubelet QPS, burst or maxPods", "kubelet 的 QPS、突发上限或 maxPods 为负数"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig` 中为负数的 `registryPullQPS`、`registryBurst`、`eventRecordQPS`、`eventBurst`、`kubeAPIQPS`、`kubeAPIBurst` 或 `maxPods`。

## 为什么有问题
kubelet 启动时校验配置，这些字段小于零都会被拒绝（“registryPullQPS … must not be a negative number” 等）。节点上的 kubelet 无法启动，节点永远不会就绪。

## 示例
```json
{"deployCustomConfig": {"registryPullQPS": -1, "maxPods": -10}}
```

应改为：
```json
{"deployCustomConfig": {"registryPullQPS": 5, "maxPods": 110}}
```

## 参考
- 官方 SDK `DeployCustomConfig`
- Kubernetes `pkg/kubelet/apis/config/validation/validation.go` `ValidateKubeletConfiguration`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NegativeKubeletLimit::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        let optional = |value: Option<i32>| value.map(i64::from);
        for (key, value) in [
            ("registryPullQPS", Some(config.registry_pull_qps)),
            ("registryBurst", Some(config.registry_burst)),
            ("eventRecordQPS", optional(config.event_record_qps)),
            ("eventBurst", optional(config.event_burst)),
            ("kubeAPIQPS", optional(config.kube_api_qps)),
            ("kubeAPIBurst", optional(config.kube_api_burst)),
            ("maxPods", optional(config.max_pods)),
        ] {
            if let Some(value) = value.filter(|value| *value < 0) {
                let pointer = instance.at(&["deployCustomConfig", key]);
                out.push(negative_kubelet_limit_diagnostic(pointer, key, value));
            }
        }
    }
}

/// `key` at `pointer` is the negative `value`.
fn negative_kubelet_limit_diagnostic(pointer: JsonPointer, key: &str, value: i64) -> Finding {
    Finding::new(
        NegativeKubeletLimit::META.code,
        pointer,
        Text::new(
            format!("`{key}` must not be negative, got {value}"),
            format!("`{key}` 不能为负数，当前为 {value}"),
        ),
        Text::new(
            format!("Set `{key}` to zero or a positive number, or remove it to keep the default"),
            format!("请将 `{key}` 设为零或正数，或删除它以使用默认值"),
        ),
    )
}
