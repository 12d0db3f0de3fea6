use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::quantity::parse_quantity;
use crate::rules::Rule;

/// The resources kubelet lets `--kube-reserved` and `--system-reserved` reserve.
pub(crate) const RESERVABLE: [&str; 4] = ["cpu", "memory", "ephemeral-storage", "pid"];

declare_rule! {
    /// ## What it does
    /// Reports a `deployCustomConfig.kubeReserved` or `systemReserved` entry whose key is not
    /// `cpu`, `memory`, `ephemeral-storage` or `pid`, or whose value is not a non-negative
    /// Kubernetes quantity (`500m`, `1Gi`, `100`).
    ///
    /// ## Why is this bad?
    /// kubelet parses these maps at start-up and refuses anything else: "cannot reserve
    /// \"gpu\" resource", a quantity that does not parse, or "resource quantity … cannot be
    /// negative". The node's kubelet does not start and the node never becomes ready. Units
    /// are case-sensitive: `1GB`, `1K` and `100 Mi` are not quantities (`1G`, `1k`, `100Mi` are).
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"kubeReserved": {"cpu": "0.5 core", "mem": "1GB"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"kubeReserved": {"cpu": "500m", "memory": "1Gi"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.KubeReserved` ("k8s 进程资源预留配额", e.g. `cpu: 50m, memory: 100Mi`)
    /// - Kubernetes `cmd/kubelet/app/server.go` `parseResourceList`; `resource.ParseQuantity`
    pub struct ReservedResourceInvalid {
        code: "CCE603",
        name: "reserved-resource-invalid",
        group: Kubelet,
        severity: Error,
        fix: None,
        summary: ("Reserved resource with an unknown name or a malformed quantity", "资源预留的资源名未知或数量格式错误"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig.kubeReserved` 或 `systemReserved` 中键不是 `cpu`、`memory`、`ephemeral-storage` 或 `pid`，或值不是非负 Kubernetes 数量（`500m`、`1Gi`、`100`）的条目。

## 为什么有问题
kubelet 启动时解析这两个映射并拒绝其他内容：“cannot reserve "gpu" resource”、无法解析的数量，或 “resource quantity … cannot be negative”。节点上的 kubelet 无法启动，节点永远不会就绪。单位区分大小写：`1GB`、`1K`、`100 Mi` 都不是数量（`1G`、`1k`、`100Mi` 才是）。

## 示例
```json
{"deployCustomConfig": {"kubeReserved": {"cpu": "0.5 core", "mem": "1GB"}}}
```

应改为：
```json
{"deployCustomConfig": {"kubeReserved": {"cpu": "500m", "memory": "1Gi"}}}
```

## 参考
- 官方 SDK `DeployCustomConfig.KubeReserved`（“k8s 进程资源预留配额”，如 `cpu: 50m, memory: 100Mi`）
- Kubernetes `cmd/kubelet/app/server.go` `parseResourceList`；`resource.ParseQuantity`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ReservedResourceInvalid::META,
    check: Some(check),
};

/// What is wrong with one entry.
enum Problem {
    UnknownResource,
    NotAQuantity,
    Negative,
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        for (field, map) in [
            ("kubeReserved", &config.kube_reserved),
            ("systemReserved", &config.system_reserved),
        ] {
            for (key, value) in map.iter().flatten() {
                let problem = if !RESERVABLE.contains(&key.as_str()) {
                    Problem::UnknownResource
                } else {
                    match parse_quantity(value) {
                        None => Problem::NotAQuantity,
                        Some(quantity) if quantity < 0.0 => Problem::Negative,
                        Some(_) => continue,
                    }
                };
                let pointer = instance.at(&["deployCustomConfig", field, key]);
                out.push(reserved_resource_invalid_diagnostic(
                    pointer, field, key, value, &problem,
                ));
            }
        }
    }
}

/// The entry `key: value` of `field` at `pointer` has `problem`.
fn reserved_resource_invalid_diagnostic(
    pointer: JsonPointer,
    field: &str,
    key: &str,
    value: &str,
    problem: &Problem,
) -> Finding {
    let (message, help) = match problem {
        Problem::UnknownResource => (
            Text::new(
                format!("kubelet cannot reserve resource `{key}` in `{field}`"),
                format!("kubelet 无法在 `{field}` 中预留资源 `{key}`"),
            ),
            Text::new(
                "Reserve only `cpu`, `memory`, `ephemeral-storage` or `pid`",
                "只能预留 `cpu`、`memory`、`ephemeral-storage` 或 `pid`",
            ),
        ),
        Problem::NotAQuantity => (
            Text::new(
                format!("`{field}.{key}` value `{value}` is not a Kubernetes quantity"),
                format!("`{field}.{key}` 的值 `{value}` 不是 Kubernetes 数量"),
            ),
            Text::new(
                "Write a quantity such as `500m` (CPU), `1Gi` (memory) or `1000` (pid); units are case-sensitive",
                "请写成 `500m`（CPU）、`1Gi`（内存）或 `1000`（pid）这样的数量；单位区分大小写",
            ),
        ),
        Problem::Negative => (
            Text::new(
                format!("`{field}.{key}` value `{value}` is negative"),
                format!("`{field}.{key}` 的值 `{value}` 为负数"),
            ),
            Text::new("Reserve zero or a positive amount", "请预留零或正数的资源"),
        ),
    };
    Finding::new(ReservedResourceInvalid::META.code, pointer, message, help)
}
