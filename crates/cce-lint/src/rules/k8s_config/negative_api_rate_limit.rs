use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a negative `cluster.k8sCustomConfig.kubeAPIQPS` or `kubeAPIBurst`.
    ///
    /// ## Why is this bad?
    /// These set the client-side rate limit of the Kubernetes components' requests to the
    /// APIServer. A negative rate or burst is meaningless: the components refuse it or the
    /// token-bucket limiter blocks every request, and the cluster does not come up.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"kubeAPIQPS": -1000, "kubeAPIBurst": 2000}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"kubeAPIQPS": 1000, "kubeAPIBurst": 2000}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `K8SCustomConfig.kubeAPIQPS` / `kubeAPIBurst` (请求示例: 1000 / 2000)
    /// - Kubernetes client-go `rest.Config` `QPS`, `Burst`; kubelet configuration validation
    pub struct NegativeApiRateLimit {
        code: "CCE701",
        name: "negative-api-rate-limit",
        group: K8sConfig,
        severity: Error,
        fix: None,
        summary: ("Negative `kubeAPIQPS` or `kubeAPIBurst`", "`kubeAPIQPS` 或 `kubeAPIBurst` 为负数"),
        docs_zh: r#"## 作用
报告为负数的 `cluster.k8sCustomConfig.kubeAPIQPS` 或 `kubeAPIBurst`。

## 为什么有问题
这两个字段设置 Kubernetes 组件访问 APIServer 的客户端限流。负的速率或突发没有意义：组件会拒绝该配置，或令牌桶限流器阻塞所有请求，集群无法正常启动。

## 示例
```json
{"cluster": {"k8sCustomConfig": {"kubeAPIQPS": -1000, "kubeAPIBurst": 2000}}}
```

应改为：
```json
{"cluster": {"k8sCustomConfig": {"kubeAPIQPS": 1000, "kubeAPIBurst": 2000}}}
```

## 参考
- CCE API 创建集群 `K8SCustomConfig.kubeAPIQPS` / `kubeAPIBurst`（请求示例：1000 / 2000）
- Kubernetes client-go `rest.Config` `QPS`、`Burst`；kubelet 配置校验
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NegativeApiRateLimit::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.k8s_custom_config;
    for (key, value) in [
        ("kubeAPIQPS", config.kube_api_qps),
        ("kubeAPIBurst", config.kube_api_burst),
    ] {
        if value < 0 {
            out.push(negative_api_rate_limit_diagnostic(key, value));
        }
    }
}

/// `k8sCustomConfig.key` is the negative `value`.
fn negative_api_rate_limit_diagnostic(key: &str, value: i64) -> Finding {
    Finding::new(
        NegativeApiRateLimit::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", key]),
        Text::new(
            format!("`{key}` must not be negative, got {value}"),
            format!("`{key}` 不能为负数，当前为 {value}"),
        ),
        Text::new(
            format!(
                "Set `{key}` to a positive number (the API example uses 1000 QPS and burst 2000), or remove it"
            ),
            format!("请将 `{key}` 设为正数（API 示例为 QPS 1000、突发 2000），或删除它"),
        ),
    )
}
