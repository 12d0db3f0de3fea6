use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::hosts::is_registry_address;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an entry of `registryMirrors` or `insecureRegistries` in
    /// `deployCustomConfig.dockerConfig` or `containerdConfig` that is neither `host[:port]`
    /// nor an `http://` or `https://` URL (a path after the host is allowed). The host is a DNS
    /// name or an IP address (IPv6 in brackets); insecure registries may also be a CIDR such
    /// as `10.0.0.0/8`, which Docker accepts.
    ///
    /// ## Why is this bad?
    /// The entries are written into the Docker daemon or containerd registry configuration.
    /// Docker refuses to start with a malformed mirror or insecure registry, and containerd
    /// silently ignores a host it cannot parse, so images are pulled from the wrong place or
    /// not at all. Typical mistakes are other schemes, spaces, a missing host or a bad port.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"containerdConfig": {"registryMirrors": ["mirror example com"], "insecureRegistries": ["harbor.local:port"]}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"containerdConfig": {"registryMirrors": ["https://mirror.example.com"], "insecureRegistries": ["harbor.local:5000"]}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DockerConfig` / `ContainerdConfig` (`RegistryMirrors`, `InsecureRegistries`)
    /// - Docker daemon configuration `registry-mirrors`, `insecure-registries`; containerd registry host configuration
    pub struct RegistryAddressMalformed {
        code: "CCE615",
        name: "registry-address-malformed",
        group: Kubelet,
        severity: Warning,
        fix: None,
        summary: ("Registry mirror or insecure registry is not a host or URL", "镜像加速地址或非安全仓库不是主机或 URL"),
        docs_zh: r#"## 作用
报告 `deployCustomConfig.dockerConfig` 或 `containerdConfig` 中 `registryMirrors` 或 `insecureRegistries` 里既不是 `host[:port]`、也不是 `http://` 或 `https://` URL 的条目（主机后可以带路径）。主机是 DNS 名称或 IP 地址（IPv6 需加方括号）；非安全仓库还可以是 Docker 接受的 CIDR，例如 `10.0.0.0/8`。

## 为什么有问题
这些条目会写入 Docker 守护进程或 containerd 的镜像仓库配置。Docker 遇到格式错误的加速地址或非安全仓库会拒绝启动，containerd 则静默忽略无法解析的主机，镜像会从错误的位置拉取或无法拉取。常见错误是其他协议、空格、缺少主机或端口错误。

## 示例
```json
{"deployCustomConfig": {"containerdConfig": {"registryMirrors": ["mirror example com"], "insecureRegistries": ["harbor.local:port"]}}}
```

应改为：
```json
{"deployCustomConfig": {"containerdConfig": {"registryMirrors": ["https://mirror.example.com"], "insecureRegistries": ["harbor.local:5000"]}}}
```

## 参考
- 官方 SDK `DockerConfig` / `ContainerdConfig`（`RegistryMirrors`、`InsecureRegistries`）
- Docker 守护进程配置 `registry-mirrors`、`insecure-registries`；containerd 镜像仓库主机配置
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &RegistryAddressMalformed::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        let docker = &config.docker_config;
        let containerd = &config.containerd_config;
        for (block, key, list, allow_cidr) in [
            (
                "dockerConfig",
                "registryMirrors",
                &docker.registry_mirrors,
                false,
            ),
            (
                "dockerConfig",
                "insecureRegistries",
                &docker.insecure_registries,
                true,
            ),
            (
                "containerdConfig",
                "registryMirrors",
                &containerd.registry_mirrors,
                false,
            ),
            (
                "containerdConfig",
                "insecureRegistries",
                &containerd.insecure_registries,
                true,
            ),
        ] {
            for (index, entry) in list.iter().flatten().enumerate() {
                if !is_registry_address(entry, allow_cidr) {
                    let pointer =
                        instance.at(&["deployCustomConfig", block, key, &index.to_string()]);
                    out.push(registry_address_malformed_diagnostic(pointer, key, entry));
                }
            }
        }
    }
}

/// The `key` entry `entry` at `pointer` is not a registry address.
fn registry_address_malformed_diagnostic(pointer: JsonPointer, key: &str, entry: &str) -> Finding {
    Finding::new(
        RegistryAddressMalformed::META.code,
        pointer,
        Text::new(
            format!("`{key}` entry `{entry}` is neither host[:port] nor an http(s) URL"),
            format!("`{key}` 条目 `{entry}` 既不是 host[:port] 也不是 http(s) URL"),
        ),
        Text::new(
            "Write `registry.example.com:5000` or `https://mirror.example.com`",
            "请写成 `registry.example.com:5000` 或 `https://mirror.example.com`",
        ),
    )
}
