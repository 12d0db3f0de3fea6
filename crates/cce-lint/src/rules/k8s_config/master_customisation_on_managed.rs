use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::is_managed;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Points out non-empty `masterFeatureGates`, `admissionPlugins`, `schedulerPredicates`
    /// or `schedulerPriorities` in `cluster.k8sCustomConfig` on a cluster whose masters CCE
    /// runs (`masterType` `managed`, `managedPro` or `serverless`).
    ///
    /// ## Why is this bad?
    /// These settings change the APIServer, controller manager and scheduler. On a managed
    /// control plane CCE runs those components with its own configuration, and the API
    /// documentation does not say that these customisations apply there; they may be ignored
    /// silently. It is only information: check the result after creation.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}, "k8sCustomConfig": {"admissionPlugins": ["PodNodeSelector"]}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}, "k8sCustomConfig": {"admissionPlugins": ["PodNodeSelector"]}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `K8SCustomConfig` (`masterFeatureGates`, `admissionPlugins`, `schedulerPredicates`, `schedulerPriorities`)
    /// - CCE API, 创建集群, `MasterConfig.masterType` (托管 Master)
    pub struct MasterCustomisationOnManaged {
        code: "CCE709",
        name: "master-customisation-on-managed",
        group: K8sConfig,
        severity: Info,
        fix: None,
        summary: ("Master-side customisation may not apply to managed control planes", "Master 侧自定义配置可能不适用于托管控制面"),
        docs_zh: r#"## 作用
指出由 CCE 运行 Master（`masterType` 为 `managed`、`managedPro` 或 `serverless`）的集群上，`cluster.k8sCustomConfig` 中非空的 `masterFeatureGates`、`admissionPlugins`、`schedulerPredicates` 或 `schedulerPriorities`。

## 为什么有问题
这些设置改变 APIServer、controller manager 和 scheduler。托管控制面上这些组件由 CCE 以自己的配置运行，API 文档没有说明这些自定义在那里生效；它们可能被静默忽略。这里只作提示：创建后请检查结果。

## 示例
```json
{"cluster": {"masterConfig": {"masterType": "managed"}, "k8sCustomConfig": {"admissionPlugins": ["PodNodeSelector"]}}}
```

应改为：
```json
{"cluster": {"masterConfig": {"masterType": "custom"}, "k8sCustomConfig": {"admissionPlugins": ["PodNodeSelector"]}}}
```

## 参考
- CCE API 创建集群 `K8SCustomConfig`（`masterFeatureGates`、`admissionPlugins`、`schedulerPredicates`、`schedulerPriorities`）
- CCE API 创建集群 `MasterConfig.masterType`（托管 Master）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MasterCustomisationOnManaged::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_type = request.cluster.master_config.master_type.as_ref();
    if !is_managed(master_type) {
        return;
    }
    let master_type = master_type.map(|t| t.as_str()).unwrap_or_default();
    let config = &request.cluster.k8s_custom_config;
    for (key, set) in [
        (
            "masterFeatureGates",
            config
                .master_feature_gates
                .as_ref()
                .is_some_and(|m| !m.is_empty()),
        ),
        (
            "admissionPlugins",
            config
                .admission_plugins
                .as_ref()
                .is_some_and(|l| !l.is_empty()),
        ),
        (
            "schedulerPredicates",
            config
                .scheduler_predicates
                .as_ref()
                .is_some_and(|l| !l.is_empty()),
        ),
        (
            "schedulerPriorities",
            config
                .scheduler_priorities
                .as_ref()
                .is_some_and(|m| !m.is_empty()),
        ),
    ] {
        if set {
            out.push(master_customisation_on_managed_diagnostic(key, master_type));
        }
    }
}

/// `key` customises the masters although `master_type` is managed.
fn master_customisation_on_managed_diagnostic(key: &str, master_type: &str) -> Finding {
    Finding::new(
        MasterCustomisationOnManaged::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", key]),
        Text::new(
            format!(
                "`{key}` customises the control plane, which CCE runs with masterType `{master_type}`: it may not apply"
            ),
            format!(
                "`{key}` 定制控制面组件，而 masterType 为 `{master_type}` 时控制面由 CCE 运行：该设置可能不生效"
            ),
        ),
        Text::new(
            "Check after creation that the setting took effect, or ask CCE support",
            "请在创建后确认设置已生效，或咨询 CCE 技术支持",
        ),
    )
}
