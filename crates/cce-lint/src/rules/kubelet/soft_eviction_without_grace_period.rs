use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports each `deployCustomConfig.evictionSoft` signal that has no entry of the same
    /// name in `evictionSoftGracePeriod`.
    ///
    /// ## Why is this bad?
    /// A soft eviction threshold only evicts after the signal has stayed past it for its grace
    /// period, so kubelet requires one per soft threshold and refuses to start otherwise
    /// ("grace period must be specified for the soft eviction threshold"). The node never
    /// becomes ready.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "1m30s"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.EvictionSoftGracePeriod` ("驱逐宽限期，需已设置 evictionSoft")
    /// - Kubernetes `pkg/kubelet/eviction/helpers.go` `ParseThresholdConfig`; kubelet documentation, "Node-pressure Eviction: soft eviction thresholds"
    pub struct SoftEvictionWithoutGracePeriod {
        code: "CCE604",
        name: "soft-eviction-without-grace-period",
        group: Kubelet,
        severity: Error,
        fix: None,
        summary: ("Soft eviction threshold without a grace period", "软性驱逐阈值缺少宽限期"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig.evictionSoft` 中在 `evictionSoftGracePeriod` 里没有同名条目的每个信号。

## 为什么有问题
软性驱逐阈值只在信号越过阈值并持续宽限期之后才驱逐，因此 kubelet 要求每个软性阈值都有宽限期，否则拒绝启动（“grace period must be specified for the soft eviction threshold”）。节点永远不会就绪。

## 示例
```json
{"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}}}
```

应改为：
```json
{"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "1m30s"}}}
```

## 参考
- 官方 SDK `DeployCustomConfig.EvictionSoftGracePeriod`（“驱逐宽限期，需已设置 evictionSoft”）
- Kubernetes `pkg/kubelet/eviction/helpers.go` `ParseThresholdConfig`；kubelet 文档“节点压力驱逐：软驱逐阈值”
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &SoftEvictionWithoutGracePeriod::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        let grace = config.eviction_soft_grace_period.as_ref();
        for signal in config
            .eviction_soft
            .iter()
            .flatten()
            .map(|(signal, _)| signal)
        {
            if grace.is_none_or(|grace| !grace.contains_key(signal)) {
                let pointer = instance.at(&["deployCustomConfig", "evictionSoft", signal]);
                out.push(soft_eviction_without_grace_period_diagnostic(
                    pointer, signal,
                ));
            }
        }
    }
}

/// The soft threshold of `signal` at `pointer` has no grace period.
fn soft_eviction_without_grace_period_diagnostic(pointer: JsonPointer, signal: &str) -> Finding {
    Finding::new(
        SoftEvictionWithoutGracePeriod::META.code,
        pointer,
        Text::new(
            format!(
                "Soft eviction `{signal}` needs a grace period: `evictionSoftGracePeriod` has no `{signal}` entry"
            ),
            format!(
                "软性驱逐 `{signal}` 需要宽限期：`evictionSoftGracePeriod` 中没有 `{signal}` 条目"
            ),
        ),
        Text::new(
            format!(
                "Add `\"{signal}\": \"1m30s\"` (a Go duration) to `evictionSoftGracePeriod`, or make the threshold hard"
            ),
            format!(
                "请在 `evictionSoftGracePeriod` 中添加 `\"{signal}\": \"1m30s\"`（Go 时长格式），或改为硬性驱逐阈值"
            ),
        ),
    )
}
