use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a value for a field that CCE fills in itself: `cluster.clusterID`, `vpcUUID`,
    /// `vpcCIDR`, `vpcCIDRIPv6`, an instance's `cceInstanceID`, `clusterID`, `instanceGroupID`,
    /// `instanceGroupName` and `masterType`, a node group's `cceInstanceGroupID` and `clusterID`.
    ///
    /// ## Why is this bad?
    /// The server overwrites or ignores what you send (the SDK marks these fields
    /// `validate:"readonly"` or "无需用户设置"). A request copied from a GET response carries
    /// them, and they suggest a choice that is not yours to make. cce-lint still uses a given
    /// `vpcCIDR` for its CIDR checks.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"clusterID": "cce-shpdaa9l", "clusterName": "demo"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"clusterName": "demo"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `types.ClusterSpec`: "创建集群时无需传入ClusterID", "VPCUUID && VPCCIDR 无需用户设置"
    pub struct ReadOnlyField {
        code: "CCE009",
        name: "read-only-field",
        group: Structure,
        severity: Warning,
        fix: Always,
        summary: ("A server-filled field is set; the value is ignored", "设置了由服务端填写的字段，该值会被忽略"),
        docs_zh: "## 作用\n报告由 CCE 自行填写的字段上的值：`cluster.clusterID`、`vpcUUID`、`vpcCIDR`、`vpcCIDRIPv6`，实例的 `cceInstanceID`、`clusterID`、`instanceGroupID`、`instanceGroupName`、`masterType`，节点组的 `cceInstanceGroupID` 和 `clusterID`。\n\n## 为什么有问题\n服务端会覆盖或忽略这些值（SDK 标注为 `validate:\"readonly\"` 或“无需用户设置”）。从 GET 响应复制的请求常带有这些字段。cce-lint 仍会用给出的 `vpcCIDR` 做网段检查。\n\n## 示例\n```json\n{\"cluster\": {\"clusterID\": \"cce-shpdaa9l\", \"clusterName\": \"demo\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"clusterName\": \"demo\"}}\n```\n\n## 参考\n- 官方 SDK `types.ClusterSpec`：“创建集群时无需传入ClusterID”“VPCUUID && VPCCIDR 无需用户设置”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ReadOnlyField::META,
    check: None,
};

/// A value was given for the server-filled field at `pointer`.
pub(crate) fn read_only_field_diagnostic(pointer: JsonPointer, key_span: Span) -> Finding {
    Finding::new(
        ReadOnlyField::META.code,
        pointer.clone(),
        Text::new(
            format!("`{pointer}` is filled by CCE; the value you send is ignored or overwritten"),
            format!("`{pointer}` 由 CCE 填写；发送的值会被忽略或覆盖"),
        ),
        Text::new("Remove the key from the request", "从请求中删除该键"),
    )
    .at(key_span)
    .fix(
        Text::new("Remove the server-filled key", "删除由服务端填写的键"),
        vec![crate::diagnostic::PatchOperation::Remove { path: pointer }],
    )
}
