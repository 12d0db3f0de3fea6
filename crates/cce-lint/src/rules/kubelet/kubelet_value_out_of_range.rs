use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `deployCustomConfig.readOnlyPort` outside 0–65535 (`0` disables the port) and
    /// a `podPidsLimit` below -1 (`-1` means unlimited).
    ///
    /// Note: the catalogue also flags `podPidsLimit: 0`. The field is a plain Go `int`, so `0`
    /// cannot be told apart from an absent field: CCE applies its default (-1). It is not
    /// reported.
    ///
    /// ## Why is this bad?
    /// A port outside 0–65535 does not exist; kubelet refuses it ("readOnlyPort … must be
    /// between 0 and 65535") and does not start. A PID limit below -1 has no meaning in
    /// kubelet: write `-1` for unlimited or a positive limit.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"readOnlyPort": 102550, "podPidsLimit": -2}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"readOnlyPort": 0, "podPidsLimit": 4096}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.ReadOnlyPort`, `PodPidsLimit` (default -1)
    /// - Kubernetes `pkg/kubelet/apis/config/validation/validation.go`; kubelet configuration `podPidsLimit`
    pub struct KubeletValueOutOfRange {
        code: "CCE613",
        name: "kubelet-value-out-of-range",
        group: Kubelet,
        severity: Warning,
        fix: None,
        summary: ("kubelet `readOnlyPort` or `podPidsLimit` out of range", "kubelet `readOnlyPort` 或 `podPidsLimit` 超出范围"),
        docs_zh: r#"## 作用
报告不在 0–65535 之间的 `deployCustomConfig.readOnlyPort`（`0` 表示关闭该端口），以及小于 -1 的 `podPidsLimit`（`-1` 表示不限制）。

注意：规则目录还会报告 `podPidsLimit: 0`。该字段是普通的 Go `int`，`0` 与未设置无法区分，CCE 会使用默认值（-1），因此不报告。

## 为什么有问题
0–65535 之外的端口并不存在，kubelet 会拒绝（“readOnlyPort … must be between 0 and 65535”）并无法启动。小于 -1 的 PID 上限在 kubelet 中没有意义：不限制请写 `-1`，否则写正数。

## 示例
```json
{"deployCustomConfig": {"readOnlyPort": 102550, "podPidsLimit": -2}}
```

应改为：
```json
{"deployCustomConfig": {"readOnlyPort": 0, "podPidsLimit": 4096}}
```

## 参考
- 官方 SDK `DeployCustomConfig.ReadOnlyPort`、`PodPidsLimit`（默认 -1）
- Kubernetes `pkg/kubelet/apis/config/validation/validation.go`；kubelet 配置 `podPidsLimit`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &KubeletValueOutOfRange::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        if let Some(port) = config
            .read_only_port
            .filter(|port| !(0..=65535).contains(port))
        {
            let pointer = instance.at(&["deployCustomConfig", "readOnlyPort"]);
            out.push(kubelet_value_out_of_range_diagnostic(
                pointer,
                "readOnlyPort",
                i64::from(port),
            ));
        }
        if config.pod_pids_limit < -1 {
            let pointer = instance.at(&["deployCustomConfig", "podPidsLimit"]);
            out.push(kubelet_value_out_of_range_diagnostic(
                pointer,
                "podPidsLimit",
                config.pod_pids_limit,
            ));
        }
    }
}

/// `key` at `pointer` has the out-of-range `value`.
fn kubelet_value_out_of_range_diagnostic(pointer: JsonPointer, key: &str, value: i64) -> Finding {
    let (message, help) = if key == "readOnlyPort" {
        (
            Text::new(
                format!("readOnlyPort {value} is not a port: it must be 0 (disabled) to 65535"),
                format!("readOnlyPort {value} 不是有效端口：必须在 0（关闭）到 65535 之间"),
            ),
            Text::new(
                "Use 0 to disable the unauthenticated read-only port, or a port such as 10255",
                "用 0 关闭无认证的只读端口，或使用 10255 这样的端口",
            ),
        )
    } else {
        (
            Text::new(
                format!("podPidsLimit {value} is below -1"),
                format!("podPidsLimit {value} 小于 -1"),
            ),
            Text::new(
                "Use -1 for no limit, or a positive number of PIDs per pod",
                "不限制请用 -1，否则写每个 Pod 的正数 PID 上限",
            ),
        )
    };
    Finding::new(KubeletValueOutOfRange::META.code, pointer, message, help)
}
