use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `deployCustomConfig.containerLogMaxFiles` below 2 (including an explicit `0`:
    /// the field is a Go pointer, so `0` is sent to kubelet as a value, not treated as unset).
    ///
    /// ## Why is this bad?
    /// kubelet keeps the current log file plus rotated ones and validates its configuration at
    /// start-up: "containerLogMaxFiles … must be greater than 1". With a smaller value the
    /// node's kubelet does not start.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"containerLogMaxFiles": 1}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"containerLogMaxFiles": 5}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.ContainerLogMaxFiles` (default 5)
    /// - Kubernetes `pkg/kubelet/apis/config/validation/validation.go` (`containerLogMaxFiles`)
    pub struct ContainerLogMaxFilesTooSmall {
        code: "CCE607",
        name: "container-log-max-files-too-small",
        group: Kubelet,
        severity: Error,
        fix: None,
        summary: ("`containerLogMaxFiles` is below 2", "`containerLogMaxFiles` 小于 2"),
        docs_zh: r#"## 作用
报告小于 2 的 `deployCustomConfig.containerLogMaxFiles`（包括显式的 `0`：该字段是 Go 指针，`0` 会作为取值传给 kubelet，而不是视为未设置）。

## 为什么有问题
kubelet 保留当前日志文件和轮换出的文件，并在启动时校验配置：“containerLogMaxFiles … must be greater than 1”。取值更小时节点上的 kubelet 无法启动。

## 示例
```json
{"deployCustomConfig": {"containerLogMaxFiles": 1}}
```

应改为：
```json
{"deployCustomConfig": {"containerLogMaxFiles": 5}}
```

## 参考
- 官方 SDK `DeployCustomConfig.ContainerLogMaxFiles`（默认 5）
- Kubernetes `pkg/kubelet/apis/config/validation/validation.go`（`containerLogMaxFiles`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ContainerLogMaxFilesTooSmall::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if let Some(files) = instance.spec.deploy_custom_config.container_log_max_files {
            if files < 2 {
                let pointer = instance.at(&["deployCustomConfig", "containerLogMaxFiles"]);
                out.push(container_log_max_files_too_small_diagnostic(pointer, files));
            }
        }
    }
}

/// `containerLogMaxFiles` at `pointer` is `files` (< 2).
fn container_log_max_files_too_small_diagnostic(pointer: JsonPointer, files: i32) -> Finding {
    Finding::new(
        ContainerLogMaxFilesTooSmall::META.code,
        pointer,
        Text::new(
            format!("containerLogMaxFiles must be ≥ 2, got {files}"),
            format!("containerLogMaxFiles 必须 ≥ 2，当前为 {files}"),
        ),
        Text::new(
            "Keep at least 2 log files per container (kubelet's default is 5), or remove the key",
            "每个容器至少保留 2 个日志文件（kubelet 默认 5 个），或删除该字段",
        ),
    )
}
