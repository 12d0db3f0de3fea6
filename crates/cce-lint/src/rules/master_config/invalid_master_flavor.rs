use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `managedClusterMasterOption.masterFlavor` set to a value other than `l50`,
    /// `l200`, `l500`, `l1000`, `l3000` or `l5000`. Values are case-sensitive; a value that
    /// differs only in case (`L50`) gets a fix. The structural pass finds these values and
    /// reports them under this code.
    ///
    /// ## Why is this bad?
    /// `masterFlavor` is the scale class of managed (`managedPro`) masters. The SDK defines
    /// exactly these six `MasterFlavor` values (the SDK's own documentation shows
    /// `types.MasterFlavorSmall`, a constant that never existed); any other value is not a
    /// flavor CCE can provision.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managedPro", "managedClusterMasterOption": {"masterFlavor": "small"}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managedPro", "managedClusterMasterOption": {"masterFlavor": "l50"}}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `MasterFlavor` constants (`l50` … `l5000`)
    /// - Terraform provider acceptance test `resource_baiducloud_ccev2_cluster_test.go` (`master_flavor = "l50"`)
    pub struct InvalidMasterFlavor {
        code: "CCE304",
        name: "invalid-master-flavor",
        group: MasterConfig,
        severity: Error,
        fix: Sometimes,
        summary: ("`masterFlavor` is not a known managed-master scale", "`masterFlavor` 不是已知的托管 Master 规格"),
        docs_zh: "## 作用\n报告 `managedClusterMasterOption.masterFlavor` 取值不是 `l50`、`l200`、`l500`、`l1000`、`l3000`、`l5000` 之一。取值区分大小写；仅大小写不同的取值（`L50`）会附带修复。这些取值由结构检查发现并以本编码报告。\n\n## 为什么有问题\n`masterFlavor` 是托管（`managedPro`）Master 的规格。SDK 只定义了这六个 `MasterFlavor` 取值（SDK 自己的文档中出现的 `types.MasterFlavorSmall` 从未存在过）；其他取值不是 CCE 能提供的规格。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managedPro\", \"managedClusterMasterOption\": {\"masterFlavor\": \"small\"}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managedPro\", \"managedClusterMasterOption\": {\"masterFlavor\": \"l50\"}}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `MasterFlavor` 常量（`l50` … `l5000`）\n- Terraform provider 验收测试 `resource_baiducloud_ccev2_cluster_test.go`（`master_flavor = \"l50\"`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidMasterFlavor::META,
    check: None,
};
