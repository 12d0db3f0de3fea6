use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::eviction::{is_eviction_signal, EVICTION_SIGNALS};
use crate::rules::kubelet::quantity::{parse_percentage, parse_quantity};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports, in `deployCustomConfig.evictionHard`, `evictionSoft` and
    /// `evictionSoftGracePeriod`, a key that is not a kubelet eviction signal
    /// (`memory.available`, `nodefs.available`, `nodefs.inodesFree`, `imagefs.available`,
    /// `imagefs.inodesFree`, `containerfs.available`, `containerfs.inodesFree`,
    /// `pid.available`, `allocatableMemory.available`), and in `evictionHard` and
    /// `evictionSoft` a threshold that is neither a percentage from 0% to 100% nor a positive
    /// Kubernetes quantity. Grace-period values are checked by CCE616.
    ///
    /// Note: the catalogue's signal list lacks `allocatableMemory.available`, which kubelet
    /// accepts; it is allowed here. `containerfs.*` signals need Kubernetes 1.29 or later.
    ///
    /// ## Why is this bad?
    /// kubelet parses the thresholds at start-up and refuses unknown signals ("unsupported
    /// eviction signal"), thresholds that do not parse, negative or zero quantities ("must be
    /// positive") and percentages outside 0–100%. The node's kubelet does not start.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"evictionHard": {"memory.avaliable": "100Mi", "nodefs.available": "10 percent"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"evictionHard": {"memory.available": "100Mi", "nodefs.available": "10%"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.EvictionHard` / `EvictionSoft`
    /// - Kubernetes `pkg/kubelet/eviction/api/types.go` (signals); `pkg/kubelet/eviction/helpers.go` `parseThresholdStatement`
    pub struct EvictionThresholdInvalid {
        code: "CCE606",
        name: "eviction-threshold-invalid",
        group: Kubelet,
        severity: Error,
        fix: None,
        summary: ("Unknown eviction signal or malformed eviction threshold", "驱逐信号未知或驱逐阈值格式错误"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig.evictionHard`、`evictionSoft` 和 `evictionSoftGracePeriod` 中不是 kubelet 驱逐信号（`memory.available`、`nodefs.available`、`nodefs.inodesFree`、`imagefs.available`、`imagefs.inodesFree`、`containerfs.available`、`containerfs.inodesFree`、`pid.available`、`allocatableMemory.available`）的键，以及 `evictionHard` 和 `evictionSoft` 中既不是 0%–100% 的百分比、也不是正的 Kubernetes 数量的阈值。宽限期的值由 CCE616 检查。

注意：规则目录的信号列表缺少 kubelet 接受的 `allocatableMemory.available`，此处允许它。`containerfs.*` 信号需要 Kubernetes 1.29 及以上。

## 为什么有问题
kubelet 启动时解析这些阈值，拒绝未知信号（“unsupported eviction signal”）、无法解析的阈值、负数或零（“must be positive”）以及 0–100% 之外的百分比。节点上的 kubelet 无法启动。

## 示例
```json
{"deployCustomConfig": {"evictionHard": {"memory.avaliable": "100Mi", "nodefs.available": "10 percent"}}}
```

应改为：
```json
{"deployCustomConfig": {"evictionHard": {"memory.available": "100Mi", "nodefs.available": "10%"}}}
```

## 参考
- 官方 SDK `DeployCustomConfig.EvictionHard` / `EvictionSoft`
- Kubernetes `pkg/kubelet/eviction/api/types.go`（信号）；`pkg/kubelet/eviction/helpers.go` `parseThresholdStatement`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EvictionThresholdInvalid::META,
    check: Some(check),
};

/// What is wrong with one entry.
enum Problem {
    UnknownSignal,
    Malformed,
    NotPositive,
    PercentageOutOfRange,
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        for (field, map, thresholds) in [
            ("evictionHard", &config.eviction_hard, true),
            ("evictionSoft", &config.eviction_soft, true),
            (
                "evictionSoftGracePeriod",
                &config.eviction_soft_grace_period,
                false,
            ),
        ] {
            for (signal, value) in map.iter().flatten() {
                let problem = if !is_eviction_signal(signal) {
                    Problem::UnknownSignal
                } else if !thresholds {
                    continue;
                } else if let Some(percent) = parse_percentage(value) {
                    if (0.0..=100.0).contains(&percent) {
                        continue;
                    }
                    Problem::PercentageOutOfRange
                } else {
                    match parse_quantity(value) {
                        None => Problem::Malformed,
                        Some(quantity) if quantity <= 0.0 => Problem::NotPositive,
                        Some(_) => continue,
                    }
                };
                let pointer = instance.at(&["deployCustomConfig", field, signal]);
                out.push(eviction_threshold_invalid_diagnostic(
                    pointer, field, signal, value, &problem,
                ));
            }
        }
    }
}

/// The entry `signal: value` of `field` at `pointer` has `problem`.
fn eviction_threshold_invalid_diagnostic(
    pointer: JsonPointer,
    field: &str,
    signal: &str,
    value: &str,
    problem: &Problem,
) -> Finding {
    let (message, help) = match problem {
        Problem::UnknownSignal => (
            Text::new(
                format!("`{signal}` in `{field}` is not a kubelet eviction signal"),
                format!("`{field}` 中的 `{signal}` 不是 kubelet 驱逐信号"),
            ),
            Text::new(
                format!("Use one of: {}", EVICTION_SIGNALS.join(", ")),
                format!("请使用以下之一：{}", EVICTION_SIGNALS.join(", ")),
            ),
        ),
        Problem::Malformed => (
            Text::new(
                format!(
                    "`{field}.{signal}` threshold `{value}` is neither a quantity nor a percentage"
                ),
                format!("`{field}.{signal}` 的阈值 `{value}` 既不是数量也不是百分比"),
            ),
            Text::new(
                "Write a quantity such as `500Mi` or a percentage such as `10%`",
                "请写成 `500Mi` 这样的数量或 `10%` 这样的百分比",
            ),
        ),
        Problem::NotPositive => (
            Text::new(
                format!("`{field}.{signal}` threshold `{value}` must be positive"),
                format!("`{field}.{signal}` 的阈值 `{value}` 必须为正数"),
            ),
            Text::new(
                "Write a positive quantity, or remove the entry to drop the threshold",
                "请写正数，或删除该条目以取消此阈值",
            ),
        ),
        Problem::PercentageOutOfRange => (
            Text::new(
                format!("`{field}.{signal}` threshold `{value}` is outside 0%–100%"),
                format!("`{field}.{signal}` 的阈值 `{value}` 不在 0%–100% 之间"),
            ),
            Text::new(
                "Write a percentage from 0% to 100%",
                "请写 0% 到 100% 之间的百分比",
            ),
        ),
    };
    Finding::new(EvictionThresholdInvalid::META.code, pointer, message, help)
}
