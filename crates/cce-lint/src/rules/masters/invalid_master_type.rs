use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a missing or empty `cluster.masterConfig.masterType`, and a value other than
    /// `managed`, `managedPro`, `custom`, `serverless` or `containerizedCustom` (values are
    /// case-sensitive; a value differing only in case gets a fix). Unknown values are found by
    /// the structural pass, which reports them under this code.
    ///
    /// ## Why is this bad?
    /// `masterType` decides who runs the control plane and whether `masters` is needed; it has
    /// no default. The API examples always set it, the SDK lists exactly these values and the
    /// Terraform provider validates it with `StringInSlice(MasterTypePermitted)`. Without a
    /// valid value the request is refused.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "Managed"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例 ("设置 cluster.masterConfig的masterType设为managed/custom")
    /// - bce-sdk-go `services/cce/v2/types` `MasterType` constants
    /// - Terraform provider `baiducloud/service_baiducloud_ccev2.go`, `master_config.master_type` (`StringInSlice(MasterTypePermitted)`)
    pub struct InvalidMasterType {
        code: "CCE108",
        name: "invalid-master-type",
        group: Masters,
        severity: Error,
        fix: Sometimes,
        summary: ("`masterType` is missing or not a known master type", "`masterType` 缺失或不是已知的 Master 类型"),
        docs_zh: "## 作用\n报告缺失或为空的 `cluster.masterConfig.masterType`，以及 `managed`、`managedPro`、`custom`、`serverless`、`containerizedCustom` 以外的取值（区分大小写；仅大小写不同的取值会附带修复）。未知取值由结构检查发现并以本编码报告。\n\n## 为什么有问题\n`masterType` 决定由谁运行控制面以及是否需要 `masters`，且没有默认值。API 示例总是设置它，SDK 只列出这些取值，Terraform provider 以 `StringInSlice(MasterTypePermitted)` 校验。没有有效取值时请求会被拒绝。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"Managed\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}}}\n```\n\n## 参考\n- CCE API 创建集群请求示例（“设置 cluster.masterConfig的masterType设为managed/custom”）\n- bce-sdk-go `services/cce/v2/types` `MasterType` 常量\n- Terraform provider `baiducloud/service_baiducloud_ccev2.go` 中的 `master_config.master_type`（`StringInSlice(MasterTypePermitted)`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidMasterType::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    // Without `cluster` at all, CCE002 says what is missing.
    if !ctx.has_cluster() {
        return;
    }
    if request.cluster.master_config.master_type.is_none() {
        out.push(missing_master_type_diagnostic());
    }
}

/// `masterType` is absent, `null` or empty (unknown values are worded by the structural pass).
fn missing_master_type_diagnostic() -> Finding {
    Finding::new(
        InvalidMasterType::META.code,
        JsonPointer::from_segments(["cluster", "masterConfig", "masterType"]),
        Text::new(
            "`cluster.masterConfig.masterType` is missing: CCE needs to know who runs the masters",
            "缺少 `cluster.masterConfig.masterType`：CCE 需要知道由谁运行 Master",
        ),
        Text::new(
            "Set `masterType` to `managed` (CCE runs the masters) or `custom` (your machines, listed in `masters`); also known: `managedPro`, `serverless`, `containerizedCustom`",
            "将 `masterType` 设为 `managed`（由 CCE 托管 Master）或 `custom`（使用 `masters` 中列出的自有机器）；其他取值：`managedPro`、`serverless`、`containerizedCustom`",
        ),
    )
}
