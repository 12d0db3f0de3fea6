use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::pointer::JsonPointer;
use crate::rules::Rule;
use crate::source::Span;

declare_rule! {
    /// ## What it does
    /// Reports a key that no field of the object has, even case-insensitively, and suggests
    /// the closest known key.
    ///
    /// ## Why is this bad?
    /// CCE's Go decoder silently drops unknown keys: a misspelt `exposedPubic` leaves the
    /// APIServer private, a misplaced `maxPodsPerNode` leaves the default of 128 — and nothing
    /// tells you.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "exposedPubic": true}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed", "exposedPublic": true}}}
    /// ```
    ///
    /// ## References
    /// - Go `encoding/json`: unknown fields are ignored unless `DisallowUnknownFields` is set
    /// - Vendor SDK types (`bce-sdk-go/services/cce/v2`)
    pub struct UnknownKey {
        code: "CCE005",
        name: "unknown-key",
        group: Structure,
        severity: Warning,
        fix: Sometimes,
        summary: ("Unknown key, silently ignored by CCE", "未知字段，CCE 会静默忽略"),
        docs_zh: "## 作用\n报告对象中任何字段（即使忽略大小写）都不匹配的键，并给出最接近的已知键。\n\n## 为什么有问题\nCCE 的 Go 解码器会静默丢弃未知键：拼错的 `exposedPubic` 会让 APIServer 不暴露公网，放错位置的 `maxPodsPerNode` 会使用默认值 128，而且没有任何提示。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"exposedPubic\": true}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\", \"exposedPublic\": true}}}\n```\n\n## 参考\n- Go `encoding/json`：未设置 `DisallowUnknownFields` 时忽略未知字段\n- 官方 SDK 类型定义\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownKey::META,
    check: None,
};

/// Keys people write for another field, beyond what edit distance finds.
pub(crate) const KNOWN_ALIASES: &[(&str, &str)] = &[
    ("eipChargingType", "eipChargeType"),
    ("customSecurityGroupIDs", "customSecurityGroups"),
    ("customSecurityGroupIds", "customSecurityGroups"),
    ("sshKeyName", "sshKeyID"),
    ("zone", "availableZone"),
    ("subnetID", "vpcSubnetID"),
    ("podCIDR", "clusterPodCIDR"),
    ("serviceCIDR", "clusterIPServiceCIDR"),
    ("password", "adminPassword"),
];

/// `key` (written at `key_span`, parent at `parent`) is unknown; `suggestion` is the closest
/// known key of the same object, if any is close enough.
pub(crate) fn unknown_key_diagnostic(
    parent: &JsonPointer,
    key: &str,
    key_span: Span,
    suggestion: Option<&str>,
) -> Finding {
    let pointer = parent.child(key);
    let (help, fix) = match suggestion {
        Some(known) => (
            Text::new(
                format!("Did you mean `{known}`? CCE ignores `{key}` silently"),
                format!("是否应为 `{known}`？CCE 会静默忽略 `{key}`"),
            ),
            Some((
                Text::new(
                    format!("Rename `{key}` to `{known}`"),
                    format!("将 `{key}` 重命名为 `{known}`"),
                ),
                vec![PatchOperation::Move {
                    from: pointer.clone(),
                    path: parent.child(known),
                }],
            )),
        ),
        None => (
            Text::new(
                "Remove the key, or move it to the object that defines it",
                "删除该键，或把它移到定义它的对象中",
            ),
            None,
        ),
    };
    let location = if parent.as_str().is_empty() {
        "the top level".to_owned()
    } else {
        format!("`{parent}`")
    };
    let location_zh = if parent.as_str().is_empty() {
        "顶层".to_owned()
    } else {
        format!("`{parent}`")
    };
    let finding = Finding::new(
        UnknownKey::META.code,
        pointer,
        Text::new(
            format!("Unknown key `{key}` in {location} is ignored by CCE"),
            format!("{location_zh} 中的未知键 `{key}` 会被 CCE 忽略"),
        ),
        help,
    )
    .at(key_span);
    match fix {
        Some((title, patch)) => finding.fix(title, patch),
        None => finding,
    }
}
