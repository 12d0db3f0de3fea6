use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

/// The defaults CCE documents for the image-pull limiter (`registryPullQPS`, `registryBurst`).
const REGISTRY_DEFAULTS: (i64, i64) = (5, 10);

declare_rule! {
    /// ## What it does
    /// Reports a kubelet rate limiter whose burst is below its QPS in `deployCustomConfig`:
    /// `registryBurst` < `registryPullQPS`, `eventBurst` < `eventRecordQPS`, `kubeAPIBurst` <
    /// `kubeAPIQPS`. For the image-pull pair an unset (zero) value stands for CCE's documented
    /// default (5 QPS, burst 10) as long as the other one is set; the other pairs are compared
    /// only when both are set. A burst of 0 (client default) or a QPS of 0 is not compared.
    /// When both values are written, the fix swaps them.
    ///
    /// Note: the catalogue says a low burst "caps the effective rate". In client-go's token
    /// bucket the sustained rate stays the QPS; what the burst limits is how many requests may
    /// go at once after a quiet period. The finding is kept, worded accordingly.
    ///
    /// ## Why is this bad?
    /// The burst is the bucket size of the token-bucket limiter: a burst below the QPS means
    /// that after an idle moment fewer requests may go at once than the limiter allows in a
    /// single second, which defeats the point of a burst. Every default pairs a burst at least
    /// as large as the QPS (5/10, 50/100), so a lower burst is nearly always a swapped pair.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"kubeAPIQPS": 100, "kubeAPIBurst": 50}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"kubeAPIQPS": 50, "kubeAPIBurst": 100}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig` (`RegistryPullQPS` default 5, `RegistryBurst` default 10)
    /// - Kubernetes kubelet configuration (`registryBurst`, `eventBurst`, `kubeAPIBurst`); client-go `flowcontrol.NewTokenBucketRateLimiter`
    pub struct KubeletBurstBelowQps {
        code: "CCE609",
        name: "kubelet-burst-below-qps",
        group: Kubelet,
        severity: Warning,
        fix: Sometimes,
        summary: ("kubelet burst below its QPS", "kubelet 突发上限低于 QPS"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig` 中突发上限低于 QPS 的 kubelet 限流器：`registryBurst` < `registryPullQPS`、`eventBurst` < `eventRecordQPS`、`kubeAPIBurst` < `kubeAPIQPS`。对镜像拉取这一对，只要另一个已设置，未设置（为零）的值按 CCE 记载的默认值（QPS 5、突发 10）计算；其余两对只在两者都设置时比较。突发为 0（客户端默认）或 QPS 为 0 时不比较。两个值都写出时，修复会交换它们。

注意：规则目录称突发过低会“限制实际速率”。在 client-go 的令牌桶中持续速率仍是 QPS；突发限制的是空闲后一次能发出多少请求。本规则保留该检查，并据此措辞。

## 为什么有问题
突发上限就是令牌桶的容量：突发低于 QPS 意味着空闲之后一次能发出的请求少于限流器一秒内允许的数量，突发失去了意义。所有默认值的突发都不小于 QPS（5/10、50/100），因此突发更低几乎总是两个值写反了。

## 示例
```json
{"deployCustomConfig": {"kubeAPIQPS": 100, "kubeAPIBurst": 50}}
```

应改为：
```json
{"deployCustomConfig": {"kubeAPIQPS": 50, "kubeAPIBurst": 100}}
```

## 参考
- 官方 SDK `DeployCustomConfig`（`RegistryPullQPS` 默认 5，`RegistryBurst` 默认 10）
- Kubernetes kubelet 配置（`registryBurst`、`eventBurst`、`kubeAPIBurst`）；client-go `flowcontrol.NewTokenBucketRateLimiter`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &KubeletBurstBelowQps::META,
    check: Some(check),
};

/// One limiter of a node: (QPS key, QPS as written, burst key, burst as written).
type Pair = (&'static str, Option<i64>, &'static str, Option<i64>);

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        let written = |value: i64| (value != 0).then_some(value);
        let pairs: [Pair; 3] = [
            (
                "registryPullQPS",
                written(config.registry_pull_qps),
                "registryBurst",
                written(config.registry_burst),
            ),
            (
                "eventRecordQPS",
                config.event_record_qps.map(i64::from),
                "eventBurst",
                config.event_burst.map(i64::from),
            ),
            (
                "kubeAPIQPS",
                config.kube_api_qps.map(i64::from),
                "kubeAPIBurst",
                config.kube_api_burst.map(i64::from),
            ),
        ];
        for (index, (qps_key, qps, burst_key, burst)) in pairs.into_iter().enumerate() {
            let (qps_value, burst_value) = if index == 0 {
                if qps.is_none() && burst.is_none() {
                    continue;
                }
                (
                    qps.unwrap_or(REGISTRY_DEFAULTS.0),
                    burst.unwrap_or(REGISTRY_DEFAULTS.1),
                )
            } else {
                let (Some(qps), Some(burst)) = (qps, burst) else {
                    continue;
                };
                (qps, burst)
            };
            if qps_value > 0 && burst_value > 0 && burst_value < qps_value {
                let base = instance.at(&["deployCustomConfig"]);
                out.push(kubelet_burst_below_qps_diagnostic(
                    &base,
                    (qps_key, qps_value, qps.is_some()),
                    (burst_key, burst_value, burst.is_some()),
                ));
            }
        }
    }
}

/// Burst `burst` is below QPS `qps` in the `deployCustomConfig` at `base`; each comes with
/// whether it is written (else it is CCE's default). Two written values get the swap fix.
fn kubelet_burst_below_qps_diagnostic(
    base: &JsonPointer,
    (qps_key, qps, qps_written): (&str, i64, bool),
    (burst_key, burst, burst_written): (&str, i64, bool),
) -> Finding {
    let shown = |value: i64, written: bool| {
        if written {
            (value.to_string(), value.to_string())
        } else {
            (format!("default {value}"), format!("默认 {value}"))
        }
    };
    let ((qps_en, qps_zh), (burst_en, burst_zh)) =
        (shown(qps, qps_written), shown(burst, burst_written));
    let both_written = qps_written && burst_written;
    let help = if both_written {
        Text::new(
            format!(
                "Set `{burst_key}` to at least `{qps_key}`; the two values are probably swapped"
            ),
            format!("请将 `{burst_key}` 设为不小于 `{qps_key}`；这两个值可能写反了"),
        )
    } else {
        Text::new(
            format!("Set `{burst_key}` to at least {qps} explicitly"),
            format!("请显式将 `{burst_key}` 设为不小于 {qps}"),
        )
    };
    let burst_pointer = base.child(burst_key);
    let finding = Finding::new(
        KubeletBurstBelowQps::META.code,
        burst_pointer.clone(),
        Text::new(
            format!(
                "`{burst_key}` ({burst_en}) is below `{qps_key}` ({qps_en}): bursts are smaller than one second of requests at that rate"
            ),
            format!(
                "`{burst_key}`（{burst_zh}）低于 `{qps_key}`（{qps_zh}）：突发小于该速率下一秒的请求数"
            ),
        ),
        help,
    );
    if !both_written {
        return finding;
    }
    finding.fix(
        Text::new(
            format!("Swap `{qps_key}` and `{burst_key}`"),
            format!("交换 `{qps_key}` 和 `{burst_key}`"),
        ),
        vec![
            PatchOperation::Replace {
                path: base.child(qps_key),
                value: burst.into(),
            },
            PatchOperation::Replace {
                path: burst_pointer,
                value: qps.into(),
            },
        ],
    )
}
