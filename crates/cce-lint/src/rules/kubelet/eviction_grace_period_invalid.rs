use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::quantity::parse_go_duration;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `deployCustomConfig.evictionSoftGracePeriod` value that is not a
    /// non-negative Go duration (`90s`, `1m30s`, `2h`).
    ///
    /// Note: the catalogue's CCE606 checks the signal names and the threshold values but not
    /// the grace periods' own syntax; this rule covers it under a new code.
    ///
    /// ## Why is this bad?
    /// kubelet parses each grace period with Go's `time.ParseDuration` and refuses the whole
    /// eviction configuration when one fails or is negative ("must be a positive value"). A
    /// bare number such as `90` has no unit and is refused too. The node's kubelet does not start.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "90"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "90s"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.EvictionSoftGracePeriod`
    /// - Kubernetes `pkg/kubelet/eviction/helpers.go` `parseGracePeriods`; Go `time.ParseDuration`
    pub struct EvictionGracePeriodInvalid {
        code: "CCE616",
        name: "eviction-grace-period-invalid",
        group: Kubelet,
        severity: Error,
        fix: None,
        summary: ("Eviction grace period is not a Go duration", "驱逐宽限期不是 Go 时长格式"),
        docs_zh: r#"## 作用
报告不是非负 Go 时长（`90s`、`1m30s`、`2h`）的 `deployCustomConfig.evictionSoftGracePeriod` 取值。

注意：规则目录中的 CCE606 检查信号名称和阈值，但不检查宽限期本身的格式；本规则以新代码覆盖这一点。

## 为什么有问题
kubelet 用 Go 的 `time.ParseDuration` 解析每个宽限期，只要有一个解析失败或为负数（“must be a positive value”）就拒绝整个驱逐配置。`90` 这样没有单位的数字同样会被拒绝。节点上的 kubelet 无法启动。

## 示例
```json
{"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "90"}}}
```

应改为：
```json
{"deployCustomConfig": {"evictionSoft": {"memory.available": "500Mi"}, "evictionSoftGracePeriod": {"memory.available": "90s"}}}
```

## 参考
- 官方 SDK `DeployCustomConfig.EvictionSoftGracePeriod`
- Kubernetes `pkg/kubelet/eviction/helpers.go` `parseGracePeriods`；Go `time.ParseDuration`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EvictionGracePeriodInvalid::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        for (signal, value) in config.eviction_soft_grace_period.iter().flatten() {
            let parsed = parse_go_duration(value);
            if parsed.is_none_or(|seconds| seconds < 0.0) {
                let pointer =
                    instance.at(&["deployCustomConfig", "evictionSoftGracePeriod", signal]);
                out.push(eviction_grace_period_invalid_diagnostic(
                    pointer,
                    signal,
                    value,
                    parsed.is_some(),
                ));
            }
        }
    }
}

/// The grace period `value` of `signal` at `pointer` is malformed (or `negative`).
fn eviction_grace_period_invalid_diagnostic(
    pointer: JsonPointer,
    signal: &str,
    value: &str,
    negative: bool,
) -> Finding {
    let message = if negative {
        Text::new(
            format!("Grace period `{value}` for `{signal}` is negative"),
            format!("`{signal}` 的宽限期 `{value}` 为负数"),
        )
    } else {
        Text::new(
            format!("Grace period `{value}` for `{signal}` is not a Go duration"),
            format!("`{signal}` 的宽限期 `{value}` 不是 Go 时长格式"),
        )
    };
    Finding::new(
        EvictionGracePeriodInvalid::META.code,
        pointer,
        message,
        Text::new(
            "Write a non-negative duration with units, such as `90s` or `1m30s`",
            "请写带单位的非负时长，例如 `90s` 或 `1m30s`",
        ),
    )
}
