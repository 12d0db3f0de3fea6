use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.authenticateMode` other than `x509` or `oidc`. The structural pass
    /// detects it and suggests the closest value.
    ///
    /// ## Why is this bad?
    /// The APIServer authentication mode is fixed at creation; the SDK knows only X.509 client
    /// certificates and OpenID Connect. Another value is refused or ignored, leaving the
    /// server default in place. Omit the field to get the default.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"authenticateMode": "X509"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"authenticateMode": "x509"}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `AuthenticateMode` (`x509`, `oidc`)
    pub struct AuthenticateModeUnknown {
        code: "CCE214",
        name: "authenticate-mode-unknown",
        group: Cluster,
        severity: Warning,
        fix: Sometimes,
        summary: ("`authenticateMode` is neither `x509` nor `oidc`", "`authenticateMode` 既不是 `x509` 也不是 `oidc`"),
        docs_zh: "## 作用\n报告不是 `x509` 或 `oidc` 的 `cluster.authenticateMode`。由结构检查发现，并给出最接近的取值。\n\n## 为什么有问题\nAPIServer 认证模式在创建时确定；SDK 只支持 X.509 客户端证书和 OpenID Connect。其他取值会被拒绝或忽略，仍使用服务端默认值。省略该字段即使用默认值。\n\n## 示例\n```json\n{\"cluster\": {\"authenticateMode\": \"X509\"}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"authenticateMode\": \"x509\"}}\n```\n\n## 参考\n- 官方 SDK `AuthenticateMode`（`x509`、`oidc`）\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on `cluster.authenticateMode`).
pub(crate) const RULE: Rule = Rule {
    meta: &AuthenticateModeUnknown::META,
    check: None,
};
