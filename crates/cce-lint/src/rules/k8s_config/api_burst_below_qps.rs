use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.k8sCustomConfig.kubeAPIBurst` above zero but below `kubeAPIQPS`.
    /// An unset (zero) burst is left to CCE's default and not compared. The fix swaps the two.
    ///
    /// ## Why is this bad?
    /// The burst is the bucket size of the components' token-bucket limiter. A burst below the
    /// QPS means that after a quiet moment fewer requests may go at once than the limiter
    /// allows in one second, which defeats the point of a burst; every default and the API's
    /// own example (QPS 1000, burst 2000) pair a burst at least as large as the QPS, so a lower
    /// burst is nearly always a swapped pair.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"kubeAPIQPS": 2000, "kubeAPIBurst": 1000}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"kubeAPIQPS": 1000, "kubeAPIBurst": 2000}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `K8SCustomConfig.kubeAPIQPS` / `kubeAPIBurst` (请求示例: 1000 / 2000)
    /// - Kubernetes client-go `flowcontrol.NewTokenBucketRateLimiter`
    pub struct ApiBurstBelowQps {
        code: "CCE702",
        name: "api-burst-below-qps",
        group: K8sConfig,
        severity: Warning,
        fix: Always,
        summary: ("`kubeAPIBurst` below `kubeAPIQPS`", "`kubeAPIBurst` 低于 `kubeAPIQPS`"),
        docs_zh: r#"## 作用
报告大于零但低于 `kubeAPIQPS` 的 `cluster.k8sCustomConfig.kubeAPIBurst`。未设置（为零）的突发由 CCE 使用默认值，不做比较。修复会交换两个值。

## 为什么有问题
突发上限是组件令牌桶限流器的容量。突发低于 QPS 意味着空闲之后一次能发出的请求少于限流器一秒内允许的数量，突发失去了意义；所有默认值以及 API 自己的示例（QPS 1000、突发 2000）的突发都不小于 QPS，因此突发更低几乎总是两个值写反了。

## 示例
```json
{"cluster": {"k8sCustomConfig": {"kubeAPIQPS": 2000, "kubeAPIBurst": 1000}}}
```

应改为：
```json
{"cluster": {"k8sCustomConfig": {"kubeAPIQPS": 1000, "kubeAPIBurst": 2000}}}
```

## 参考
- CCE API 创建集群 `K8SCustomConfig.kubeAPIQPS` / `kubeAPIBurst`（请求示例：1000 / 2000）
- Kubernetes client-go `flowcontrol.NewTokenBucketRateLimiter`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ApiBurstBelowQps::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.k8s_custom_config;
    if config.kube_api_burst > 0 && config.kube_api_burst < config.kube_api_qps {
        out.push(api_burst_below_qps_diagnostic(
            config.kube_api_qps,
            config.kube_api_burst,
        ));
    }
}

/// `kubeAPIBurst` (`burst`) is below `kubeAPIQPS` (`qps`).
fn api_burst_below_qps_diagnostic(qps: i64, burst: i64) -> Finding {
    let base = JsonPointer::from_segments(["cluster", "k8sCustomConfig"]);
    Finding::new(
        ApiBurstBelowQps::META.code,
        base.child("kubeAPIBurst"),
        Text::new(
            format!("kubeAPIBurst ({burst}) should be ≥ kubeAPIQPS ({qps})"),
            format!("kubeAPIBurst（{burst}）应 ≥ kubeAPIQPS（{qps}）"),
        ),
        Text::new(
            "Set kubeAPIBurst to at least kubeAPIQPS; the two values are probably swapped",
            "请将 kubeAPIBurst 设为不小于 kubeAPIQPS；这两个值可能写反了",
        ),
    )
    .fix(
        Text::new(
            "Swap kubeAPIQPS and kubeAPIBurst",
            "交换 kubeAPIQPS 和 kubeAPIBurst",
        ),
        vec![
            PatchOperation::Replace {
                path: base.child("kubeAPIQPS"),
                value: burst.into(),
            },
            PatchOperation::Replace {
                path: base.child("kubeAPIBurst"),
                value: qps.into(),
            },
        ],
    )
}
