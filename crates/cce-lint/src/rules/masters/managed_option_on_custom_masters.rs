use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::ManagedClusterMasterOption;
use crate::pointer::JsonPointer;
use crate::rules::masters::counting::is_custom;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `managedClusterMasterOption` with any field set on a cluster whose masters
    /// the user runs (`masterType` `custom` or `containerizedCustom`). An empty object (the
    /// Terraform provider always sends `{}`) is fine.
    ///
    /// ## Why is this bad?
    /// These options (`masterVPCSubnetZone`, `masterFlavor`, `clusterBLBSource`, …) describe
    /// masters that CCE hosts; the SDK documents them as the managed-master configuration.
    /// With custom masters they are ignored, so the request does not do what it says: the
    /// master zone, for example, is that of the machines in `masters`.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom", "managedClusterMasterOption": {"masterVPCSubnetZone": "zoneA"}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `MasterConfig.ManagedClusterMasterOption` ("托管集群 Master 配置")
    pub struct ManagedOptionOnCustomMasters {
        code: "CCE112",
        name: "managed-option-on-custom-masters",
        group: Masters,
        severity: Warning,
        fix: None,
        summary: ("`managedClusterMasterOption` is set although the masters are custom", "自定义 Master 集群设置了 `managedClusterMasterOption`"),
        docs_zh: "## 作用\n在由用户运行 Master（`masterType` 为 `custom` 或 `containerizedCustom`）的集群上，报告设置了任何字段的 `managedClusterMasterOption`。空对象（Terraform provider 总是发送 `{}`）没有问题。\n\n## 为什么有问题\n这些选项（`masterVPCSubnetZone`、`masterFlavor`、`clusterBLBSource` 等）描述由 CCE 托管的 Master，SDK 将其注释为托管集群 Master 配置。自定义 Master 时它们会被忽略，请求与实际效果不符：例如 Master 的可用区由 `masters` 中的机器决定。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\", \"managedClusterMasterOption\": {\"masterVPCSubnetZone\": \"zoneA\"}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\"}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `MasterConfig.ManagedClusterMasterOption`（“托管集群 Master 配置”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ManagedOptionOnCustomMasters::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let master_config = &request.cluster.master_config;
    let Some(master_type) = master_config.master_type.as_ref() else {
        return;
    };
    if !is_custom(Some(master_type)) {
        return;
    }
    let set = set_fields(&master_config.managed_cluster_master_option);
    if !set.is_empty() {
        out.push(managed_option_on_custom_masters_diagnostic(
            master_type.as_str(),
            &set,
        ));
    }
}

/// The keys of `option` that are set (not Go zero values).
fn set_fields(option: &ManagedClusterMasterOption) -> Vec<&'static str> {
    let mut set = Vec::new();
    if !option.master_vpc_subnet_zone.is_empty() {
        set.push("masterVPCSubnetZone");
    }
    if !option.master_vpc_subnet_uuid.is_empty() {
        set.push("masterVPCSubnetUUID");
    }
    if !option.master_security_group_uuid.is_empty() {
        set.push("masterSecurityGroupUUID");
    }
    if option.master_flavor.is_some() {
        set.push("masterFlavor");
    }
    if option.cluster_blb_source.is_some() {
        set.push("clusterBLBSource");
    }
    set
}

/// `managedClusterMasterOption` sets `fields` although `master_type` is custom.
fn managed_option_on_custom_masters_diagnostic(master_type: &str, fields: &[&str]) -> Finding {
    let list = fields
        .iter()
        .map(|field| format!("`{field}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Finding::new(
        ManagedOptionOnCustomMasters::META.code,
        JsonPointer::from_segments(["cluster", "masterConfig", "managedClusterMasterOption"]),
        Text::new(
            format!(
                "`managedClusterMasterOption` ({list}) only applies to managed masters; with masterType `{master_type}` it is ignored"
            ),
            format!(
                "`managedClusterMasterOption`（{list}）只对托管 Master 生效；masterType 为 `{master_type}` 时会被忽略"
            ),
        ),
        Text::new(
            "Remove `managedClusterMasterOption`, or set masterType to `managed` if CCE should run the masters",
            "删除 `managedClusterMasterOption`，或在需要 CCE 托管 Master 时将 masterType 设为 `managed`",
        ),
    )
}
