use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::is_managed;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Points out a `cluster.k8sCustomConfig.etcdDataPath` on a cluster whose masters CCE runs
    /// (`masterType` `managed`, `managedPro` or `serverless`).
    ///
    /// Note: the catalogue gives this as the informational half of CCE706; one code has one
    /// severity, so it has its own code.
    ///
    /// ## Why is this bad?
    /// On managed clusters etcd runs on CCE's side, not on your machines, so the directory
    /// probably has no effect. It is harmless (the Terraform provider's own acceptance test
    /// sets it on a `managedPro` cluster), hence only information.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managedPro"}, "k8sCustomConfig": {"etcdDataPath": "/home/cce/etcd"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managedPro"}, "k8sCustomConfig": {}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SCustomConfig.EtcdDataPath`
    /// - CCE API, 创建集群, `MasterConfig.masterType` (托管 Master)
    pub struct EtcdDataPathOnManagedMasters {
        code: "CCE710",
        name: "etcd-data-path-on-managed-masters",
        group: K8sConfig,
        severity: Info,
        fix: None,
        summary: ("`etcdDataPath` on managed masters probably has no effect", "托管 Master 上的 `etcdDataPath` 可能不生效"),
        docs_zh: r#"## 作用
指出由 CCE 运行 Master（`masterType` 为 `managed`、`managedPro` 或 `serverless`）的集群上设置的 `cluster.k8sCustomConfig.etcdDataPath`。

注意：规则目录把这作为 CCE706 的提示部分；一个代码只有一种严重级别，因此使用单独的代码。

## 为什么有问题
托管集群的 etcd 运行在 CCE 一侧，而不是你的机器上，因此该目录多半不起作用。它无害（Terraform provider 自己的验收测试就在 `managedPro` 集群上设置了它），所以只作提示。

## 示例
```json
{"cluster": {"masterConfig": {"masterType": "managedPro"}, "k8sCustomConfig": {"etcdDataPath": "/home/cce/etcd"}}}
```

应改为：
```json
{"cluster": {"masterConfig": {"masterType": "managedPro"}, "k8sCustomConfig": {}}}
```

## 参考
- 官方 SDK `K8SCustomConfig.EtcdDataPath`
- CCE API 创建集群 `MasterConfig.masterType`（托管 Master）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EtcdDataPathOnManagedMasters::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_type = request.cluster.master_config.master_type.as_ref();
    if !request.cluster.k8s_custom_config.etcd_data_path.is_empty() && is_managed(master_type) {
        let master_type = master_type.map(|t| t.as_str()).unwrap_or_default();
        out.push(etcd_data_path_on_managed_masters_diagnostic(master_type));
    }
}

/// `etcdDataPath` is set although `master_type` is managed.
fn etcd_data_path_on_managed_masters_diagnostic(master_type: &str) -> Finding {
    Finding::new(
        EtcdDataPathOnManagedMasters::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", "etcdDataPath"]),
        Text::new(
            format!(
                "etcdDataPath probably has no effect: with masterType `{master_type}` etcd is run by CCE"
            ),
            format!("etcdDataPath 多半不生效：masterType 为 `{master_type}` 时 etcd 由 CCE 运行"),
        ),
        Text::new(
            "Remove `etcdDataPath` unless CCE support asked for it",
            "除非 CCE 技术支持要求，否则请删除 `etcdDataPath`",
        ),
    )
}
