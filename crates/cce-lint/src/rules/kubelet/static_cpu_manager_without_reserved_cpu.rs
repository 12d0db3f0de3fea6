use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::CpuManagerPolicy;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::quantity::parse_quantity;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `deployCustomConfig.cpuManagerPolicy: static` on a node that reserves no CPU:
    /// neither `kubeReserved.cpu` nor `systemReserved.cpu` is a quantity above zero, and
    /// `EnableResourceReserved` (which lets CCE apply its own reservations) is not `true`.
    ///
    /// ## Why is this bad?
    /// The static CPU manager hands whole CPUs to Guaranteed pods and needs a reserved CPU
    /// pool for everything else; kubelet refuses to start with the static policy when the
    /// reservation is zero ("the static policy requires systemreserved.cpu + kubereserved.cpu
    /// to be greater than zero"). The node never becomes ready.
    ///
    /// ## Example
    /// ```json
    /// {"deployCustomConfig": {"cpuManagerPolicy": "static"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deployCustomConfig": {"cpuManagerPolicy": "static", "kubeReserved": {"cpu": "500m", "memory": "512Mi"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `DeployCustomConfig.CPUManagerPolicy`, `KubeReserved`, `SystemReserved`
    /// - Kubernetes documentation, "Control CPU Management Policies on the Node" (static policy); `pkg/kubelet/cm/cpumanager/policy_static.go`
    pub struct StaticCpuManagerWithoutReservedCpu {
        code: "CCE611",
        name: "static-cpu-manager-without-reserved-cpu",
        group: Kubelet,
        severity: Warning,
        fix: None,
        summary: ("Static CPU manager without reserved CPU", "static CPU 管理策略未预留 CPU"),
        docs_zh: r#"## 作用
报告不预留 CPU 的节点上的 `deployCustomConfig.cpuManagerPolicy: static`：`kubeReserved.cpu` 和 `systemReserved.cpu` 都不是大于零的数量，且 `EnableResourceReserved`（让 CCE 使用自己的预留）不为 `true`。

## 为什么有问题
static CPU 管理策略把整颗 CPU 分给 Guaranteed Pod，其余进程需要一个预留的 CPU 池；预留为零时 kubelet 拒绝以 static 策略启动（“the static policy requires systemreserved.cpu + kubereserved.cpu to be greater than zero”）。节点永远不会就绪。

## 示例
```json
{"deployCustomConfig": {"cpuManagerPolicy": "static"}}
```

应改为：
```json
{"deployCustomConfig": {"cpuManagerPolicy": "static", "kubeReserved": {"cpu": "500m", "memory": "512Mi"}}}
```

## 参考
- 官方 SDK `DeployCustomConfig.CPUManagerPolicy`、`KubeReserved`、`SystemReserved`
- Kubernetes 文档“控制节点上的 CPU 管理策略”（static 策略）；`pkg/kubelet/cm/cpumanager/policy_static.go`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &StaticCpuManagerWithoutReservedCpu::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let config = &instance.spec.deploy_custom_config;
        if config.cpu_manager_policy != Some(CpuManagerPolicy::Static)
            || config.enable_resource_reserved
        {
            continue;
        }
        let reserved: f64 = [&config.kube_reserved, &config.system_reserved]
            .into_iter()
            .filter_map(|map| map.as_ref()?.get("cpu"))
            .filter_map(|value| parse_quantity(value))
            .filter(|cpu| *cpu > 0.0)
            .sum();
        if reserved <= 0.0 {
            let pointer = instance.at(&["deployCustomConfig", "cpuManagerPolicy"]);
            out.push(static_cpu_manager_without_reserved_cpu_diagnostic(pointer));
        }
    }
}

/// The static CPU manager at `pointer` has no reserved CPU.
fn static_cpu_manager_without_reserved_cpu_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        StaticCpuManagerWithoutReservedCpu::META.code,
        pointer,
        Text::new(
            "The static CPU manager needs reserved CPU, but neither `kubeReserved.cpu` nor `systemReserved.cpu` is above zero",
            "static CPU 管理策略需要预留 CPU，但 `kubeReserved.cpu` 和 `systemReserved.cpu` 都不大于零",
        ),
        Text::new(
            "Reserve CPU, e.g. `\"kubeReserved\": {\"cpu\": \"500m\"}`, or set `EnableResourceReserved: true`",
            "请预留 CPU，例如 `\"kubeReserved\": {\"cpu\": \"500m\"}`，或设置 `EnableResourceReserved: true`",
        ),
    )
}
