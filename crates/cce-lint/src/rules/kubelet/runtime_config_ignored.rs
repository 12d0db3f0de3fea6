use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::common::RuntimeType;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::node_facts::{
    containerd_config_is_set, docker_config_is_set, effective_runtime,
};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a non-empty `deployCustomConfig.dockerConfig` on a node whose container runtime
    /// is containerd, and a non-empty `containerdConfig` on a node whose runtime is docker.
    /// The runtime is the instance's `runtimeType`, else the cluster's `runtimeType`; when
    /// neither is set the rule stays silent. The empty objects the SDK always sends
    /// (`"dockerConfig": {}`) are not reported.
    ///
    /// ## Why is this bad?
    /// Each block configures one runtime only; the other runtime's block is silently ignored,
    /// so the registry mirrors, data directory or log settings written there never apply.
    /// Usually the settings were written for the wrong runtime.
    ///
    /// ## Example
    /// ```json
    /// {"runtimeType": "containerd", "deployCustomConfig": {"dockerConfig": {"registryMirrors": ["https://mirror.example.com"]}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"runtimeType": "containerd", "deployCustomConfig": {"containerdConfig": {"registryMirrors": ["https://mirror.example.com"]}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig` (`DockerConfig`: "docker 相关配置", `ContainerdConfig`: "containerd 相关配置")
    /// - CCE API, 创建集群, `InstanceSpec.runtimeType`
    pub struct RuntimeConfigIgnored {
        code: "CCE602",
        name: "runtime-config-ignored",
        group: Kubelet,
        severity: Warning,
        fix: None,
        summary: ("Settings for the other container runtime are ignored", "为另一种容器运行时写的配置会被忽略"),
        docs_zh: r#"## 作用
报告容器运行时为 containerd 的节点上非空的 `deployCustomConfig.dockerConfig`，以及运行时为 docker 的节点上非空的 `containerdConfig`。运行时取实例的 `runtimeType`，否则取集群的 `runtimeType`；两者都未设置时不报告。SDK 总会发送的空对象（`"dockerConfig": {}`）不会报告。

## 为什么有问题
每个配置块只作用于一种运行时；另一种运行时的配置块会被静默忽略，其中的镜像加速地址、数据目录或日志设置都不会生效。通常是把配置写给了错误的运行时。

## 示例
```json
{"runtimeType": "containerd", "deployCustomConfig": {"dockerConfig": {"registryMirrors": ["https://mirror.example.com"]}}}
```

应改为：
```json
{"runtimeType": "containerd", "deployCustomConfig": {"containerdConfig": {"registryMirrors": ["https://mirror.example.com"]}}}
```

## 参考
- 官方 SDK `DeployCustomConfig`（`DockerConfig`：“docker 相关配置”，`ContainerdConfig`：“containerd 相关配置”）
- CCE API 创建集群 `InstanceSpec.runtimeType`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &RuntimeConfigIgnored::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        let ignored = match effective_runtime(request, instance) {
            Some(RuntimeType::Containerd) if docker_config_is_set(&config.docker_config) => {
                "dockerConfig"
            }
            Some(RuntimeType::Docker) if containerd_config_is_set(&config.containerd_config) => {
                "containerdConfig"
            }
            _ => continue,
        };
        let runtime = effective_runtime(request, instance).map_or("", RuntimeType::as_str);
        let pointer = instance.at(&["deployCustomConfig", ignored]);
        out.push(runtime_config_ignored_diagnostic(pointer, ignored, runtime));
    }
}

/// The block `ignored` at `pointer` does not apply to the node's `runtime`.
fn runtime_config_ignored_diagnostic(
    pointer: JsonPointer,
    ignored: &str,
    runtime: &str,
) -> Finding {
    let wanted = if runtime == "docker" {
        "dockerConfig"
    } else {
        "containerdConfig"
    };
    Finding::new(
        RuntimeConfigIgnored::META.code,
        pointer,
        Text::new(
            format!("`{ignored}` is ignored with runtime `{runtime}`"),
            format!("运行时为 `{runtime}` 时 `{ignored}` 会被忽略"),
        ),
        Text::new(
            format!("Move the settings to `{wanted}`, or change the node's `runtimeType`"),
            format!("请把这些设置移到 `{wanted}`，或修改节点的 `runtimeType`"),
        ),
    )
}
