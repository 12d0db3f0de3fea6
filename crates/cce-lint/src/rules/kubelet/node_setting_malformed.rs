use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::quantity::parse_quantity;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports, in `deployCustomConfig`: a `kubeletRootDir`, `dockerConfig.dockerDataRoot` or
    /// `containerdConfig.dataRoot` that is not an absolute path; a `containerLogMaxSize` that
    /// is not a positive Kubernetes quantity (`10Mi`); a `dockerConfig.dockerLogMaxSize` that is
    /// not a Docker size (`20m`, `100k`, `1g`); a `dockerConfig.dockerLogMaxFile` that is not a
    /// positive whole number.
    ///
    /// ## Why is this bad?
    /// These values are written into the kubelet, Docker and containerd configuration files on
    /// the node. A relative directory has no defined meaning there, and a size or count that
    /// does not parse makes the runtime or kubelet refuse its configuration; the node
    /// deployment fails or the setting is lost. The two log sizes use different syntaxes:
    /// kubelet wants `10Mi`, Docker wants `10m`.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"kubeletRootDir": "var/lib/kubelet", "containerLogMaxSize": "10MB", "dockerConfig": {"dockerLogMaxFile": "ten"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"kubeletRootDir": "/var/lib/kubelet", "containerLogMaxSize": "10Mi", "dockerConfig": {"dockerLogMaxFile": "10"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig`, `DockerConfig` (`dockerLogMaxSize` default `20m`, `dockerLogMaxFile` default `10`), `ContainerdConfig`
    /// - Kubernetes kubelet configuration `containerLogMaxSize`; Docker `json-file` logging driver `max-size`, `max-file`
    pub struct NodeSettingMalformed {
        code: "CCE614",
        name: "node-setting-malformed",
        group: Kubelet,
        severity: Warning,
        fix: None,
        summary: ("Node directory not absolute, or log size/count malformed", "节点目录不是绝对路径，或日志大小/个数格式错误"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig` 中：不是绝对路径的 `kubeletRootDir`、`dockerConfig.dockerDataRoot` 或 `containerdConfig.dataRoot`；不是正的 Kubernetes 数量（`10Mi`）的 `containerLogMaxSize`；不是 Docker 大小（`20m`、`100k`、`1g`）的 `dockerConfig.dockerLogMaxSize`；不是正整数的 `dockerConfig.dockerLogMaxFile`。

## 为什么有问题
这些值会写入节点上 kubelet、Docker 和 containerd 的配置文件。相对目录在那里没有确定的含义，无法解析的大小或个数会让运行时或 kubelet 拒绝配置；节点部署失败或设置丢失。两个日志大小的语法不同：kubelet 用 `10Mi`，Docker 用 `10m`。

## 示例
```json
{"deployCustomConfig": {"kubeletRootDir": "var/lib/kubelet", "containerLogMaxSize": "10MB", "dockerConfig": {"dockerLogMaxFile": "ten"}}}
```

应改为：
```json
{"deployCustomConfig": {"kubeletRootDir": "/var/lib/kubelet", "containerLogMaxSize": "10Mi", "dockerConfig": {"dockerLogMaxFile": "10"}}}
```

## 参考
- 官方 SDK `DeployCustomConfig`、`DockerConfig`（`dockerLogMaxSize` 默认 `20m`，`dockerLogMaxFile` 默认 `10`）、`ContainerdConfig`
- Kubernetes kubelet 配置 `containerLogMaxSize`；Docker `json-file` 日志驱动 `max-size`、`max-file`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NodeSettingMalformed::META,
    check: Some(check),
};

/// The kind of value a setting holds.
#[derive(Clone, Copy)]
enum Kind {
    Directory,
    KubeletSize,
    DockerSize,
    Count,
}

/// Whether Docker's `units.RAMInBytes` accepts `text` (`20m`, `1.5g`, `100kb`, `10 MiB`).
fn is_docker_size(text: &str) -> bool {
    let number_len = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(number_len);
    let number_ok = !number.is_empty()
        && number
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    let unit = unit.strip_prefix(' ').unwrap_or(unit).to_ascii_lowercase();
    let unit = unit.strip_suffix('b').unwrap_or(&unit);
    let unit = unit.strip_suffix('i').unwrap_or(unit);
    number_ok && matches!(unit, "" | "k" | "m" | "g" | "t" | "p")
}

fn is_valid(kind: Kind, value: &str) -> bool {
    match kind {
        Kind::Directory => value.starts_with('/'),
        Kind::KubeletSize => parse_quantity(value).is_some_and(|size| size > 0.0),
        Kind::DockerSize => is_docker_size(value),
        Kind::Count => value.parse::<u32>().is_ok_and(|count| count > 0),
    }
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        let docker = &config.docker_config;
        for (path, value, kind) in [
            (
                &["kubeletRootDir"][..],
                &config.kubelet_root_dir,
                Kind::Directory,
            ),
            (
                &["dockerConfig", "dockerDataRoot"][..],
                &docker.docker_data_root,
                Kind::Directory,
            ),
            (
                &["containerdConfig", "dataRoot"][..],
                &config.containerd_config.data_root,
                Kind::Directory,
            ),
            (
                &["containerLogMaxSize"][..],
                &config.container_log_max_size,
                Kind::KubeletSize,
            ),
            (
                &["dockerConfig", "dockerLogMaxSize"][..],
                &docker.docker_log_max_size,
                Kind::DockerSize,
            ),
            (
                &["dockerConfig", "dockerLogMaxFile"][..],
                &docker.docker_log_max_file,
                Kind::Count,
            ),
        ] {
            if value.is_empty() || is_valid(kind, value) {
                continue;
            }
            let mut segments = vec!["deployCustomConfig"];
            segments.extend_from_slice(path);
            let key = path.last().copied().unwrap_or_default();
            out.push(node_setting_malformed_diagnostic(
                instance.at(&segments),
                key,
                value,
                kind,
            ));
        }
    }
}

/// The setting `key` at `pointer` holds `value`, which is not a valid `kind`.
fn node_setting_malformed_diagnostic(
    pointer: JsonPointer,
    key: &str,
    value: &str,
    kind: Kind,
) -> Finding {
    let (message, help) = match kind {
        Kind::Directory => {
            let absolute = format!("/{}", value.trim_start_matches("./"));
            (
                Text::new(
                    format!("`{key}` must be an absolute path, got `{value}`"),
                    format!("`{key}` 必须是绝对路径，当前为 `{value}`"),
                ),
                Text::new(
                    format!("Start the directory with `/`, e.g. `{absolute}`"),
                    format!("目录请以 `/` 开头，例如 `{absolute}`"),
                ),
            )
        }
        Kind::KubeletSize => (
            Text::new(
                format!("`{key}` `{value}` is not a Kubernetes size"),
                format!("`{key}` 的值 `{value}` 不是 Kubernetes 大小"),
            ),
            Text::new(
                "Write a positive quantity such as `10Mi` (units are case-sensitive)",
                "请写 `10Mi` 这样的正数量（单位区分大小写）",
            ),
        ),
        Kind::DockerSize => (
            Text::new(
                format!("`{key}` `{value}` is not a Docker size"),
                format!("`{key}` 的值 `{value}` 不是 Docker 大小"),
            ),
            Text::new(
                "Write a size such as `20m`, `100k` or `1g`",
                "请写 `20m`、`100k` 或 `1g` 这样的大小",
            ),
        ),
        Kind::Count => (
            Text::new(
                format!("`{key}` `{value}` is not a positive whole number"),
                format!("`{key}` 的值 `{value}` 不是正整数"),
            ),
            Text::new(
                "Write the number of files as digits in a string, e.g. `\"10\"`",
                "请用字符串形式的数字写文件个数，例如 `\"10\"`",
            ),
        ),
    };
    Finding::new(NodeSettingMalformed::META.code, pointer, message, help)
}

#[cfg(test)]
mod tests {
    use super::is_docker_size;

    #[test]
    fn docker_sizes() {
        for good in ["20m", "100k", "1g", "1.5g", "10MB", "10 MiB", "1024"] {
            assert!(is_docker_size(good), "{good}");
        }
        for bad in ["", "m", "10x", "1..5m", "ten"] {
            assert!(!is_docker_size(bad), "{bad}");
        }
    }
}
