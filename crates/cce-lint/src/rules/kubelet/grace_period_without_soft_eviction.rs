use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports each `deployCustomConfig.evictionSoftGracePeriod` entry whose signal has no
    /// soft threshold in `evictionSoft`.
    ///
    /// ## Why is this bad?
    /// A grace period only delays a soft eviction threshold of the same signal; on its own it
    /// does nothing, and the SDK documents it as "需已设置 evictionSoft". Usually the soft
    /// threshold was forgotten or written under `evictionHard`, or the signal names differ.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"evictionHard": {"memory.available": "100Mi"}, "evictionSoftGracePeriod": {"memory.available": "1m"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"evictionHard": {"memory.available": "100Mi"}, "evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "1m"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.EvictionSoftGracePeriod` ("驱逐宽限期，需已设置 evictionSoft")
    /// - Kubernetes documentation, "Node-pressure Eviction: soft eviction thresholds"
    pub struct GracePeriodWithoutSoftEviction {
        code: "CCE605",
        name: "grace-period-without-soft-eviction",
        group: Kubelet,
        severity: Warning,
        fix: None,
        summary: ("Eviction grace period without a soft threshold", "驱逐宽限期没有对应的软性阈值"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig.evictionSoftGracePeriod` 中其信号在 `evictionSoft` 里没有软性阈值的每个条目。

## 为什么有问题
宽限期只用于延迟同一信号的软性驱逐阈值；单独设置没有任何作用，SDK 也注明“需已设置 evictionSoft”。通常是忘了写软性阈值、把它写到了 `evictionHard` 中，或信号名称不一致。

## 示例
```json
{"deployCustomConfig": {"evictionHard": {"memory.available": "100Mi"}, "evictionSoftGracePeriod": {"memory.available": "1m"}}}
```

应改为：
```json
{"deployCustomConfig": {"evictionHard": {"memory.available": "100Mi"}, "evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "1m"}}}
```

## 参考
- 官方 SDK `DeployCustomConfig.EvictionSoftGracePeriod`（“驱逐宽限期，需已设置 evictionSoft”）
- Kubernetes 文档“节点压力驱逐：软驱逐阈值”
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &GracePeriodWithoutSoftEviction::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        let soft = config.eviction_soft.as_ref();
        for signal in config
            .eviction_soft_grace_period
            .iter()
            .flatten()
            .map(|(signal, _)| signal)
        {
            if soft.is_none_or(|soft| !soft.contains_key(signal)) {
                let pointer =
                    instance.at(&["deployCustomConfig", "evictionSoftGracePeriod", signal]);
                out.push(grace_period_without_soft_eviction_diagnostic(
                    pointer, signal,
                ));
            }
        }
    }
}

/// The grace period of `signal` at `pointer` has no soft threshold.
fn grace_period_without_soft_eviction_diagnostic(pointer: JsonPointer, signal: &str) -> Finding {
    Finding::new(
        GracePeriodWithoutSoftEviction::META.code,
        pointer,
        Text::new(
            format!(
                "Grace period for `{signal}` without a soft threshold: `evictionSoft` has no `{signal}` entry"
            ),
            format!("`{signal}` 的宽限期没有对应的软性阈值：`evictionSoft` 中没有 `{signal}` 条目"),
        ),
        Text::new(
            format!("Add a `{signal}` threshold to `evictionSoft`, or remove this grace period"),
            format!("请在 `evictionSoft` 中添加 `{signal}` 阈值，或删除该宽限期"),
        ),
    )
}
