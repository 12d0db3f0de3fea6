use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.k8sCustomConfig.kmsKeyID` while `enableKMSProvider` is not `true`.
    ///
    /// Note: the catalogue lists this under CCE704 together with KMS on unsupported clusters;
    /// it is a different problem (an ignored setting) and has its own code.
    ///
    /// ## Why is this bad?
    /// The key is only used when KMS encryption is enabled; on its own it is silently ignored
    /// and the cluster's Secrets are stored unencrypted. Usually `enableKMSProvider: true` was
    /// forgotten.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"kmsKeyID": "a1b2c3d4"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API (doc26), KMS 加密
    /// - Terraform provider `baiducloud_ccev2_cluster` `k8s_custom_config.kms_encryption` (`enabled`, `kms_key_id`)
    pub struct KmsKeyWithoutKms {
        code: "CCE711",
        name: "kms-key-without-kms",
        group: K8sConfig,
        severity: Warning,
        fix: None,
        summary: ("`kmsKeyID` without `enableKMSProvider` is ignored", "未开启 `enableKMSProvider` 时 `kmsKeyID` 会被忽略"),
        docs_zh: r#"## 作用
报告 `enableKMSProvider` 不为 `true` 时设置的 `cluster.k8sCustomConfig.kmsKeyID`。

注意：规则目录把这一情况与“在不支持的集群上开启 KMS”一起列在 CCE704 下；它是另一个问题（被忽略的设置），因此使用单独的代码。

## 为什么有问题
密钥只在开启 KMS 加密时使用；单独设置会被静默忽略，集群的 Secret 仍以未加密形式存储。通常是忘了写 `enableKMSProvider: true`。

## 示例
```json
{"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"kmsKeyID": "a1b2c3d4"}}}
```

应改为：
```json
{"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4"}}}
```

## 参考
- CCE API（doc26）KMS 加密
- Terraform provider `baiducloud_ccev2_cluster` `k8s_custom_config.kms_encryption`（`enabled`、`kms_key_id`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &KmsKeyWithoutKms::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.k8s_custom_config;
    if !config.kms_key_id.is_empty() && !config.enable_kms_provider {
        out.push(kms_key_without_kms_diagnostic());
    }
}

/// `kmsKeyID` is set but KMS encryption is not enabled.
fn kms_key_without_kms_diagnostic() -> Finding {
    Finding::new(
        KmsKeyWithoutKms::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", "kmsKeyID"]),
        Text::new(
            "`kmsKeyID` is ignored: `enableKMSProvider` is not true, so Secrets are not encrypted with KMS",
            "`kmsKeyID` 会被忽略：`enableKMSProvider` 不为 true，Secret 不会用 KMS 加密",
        ),
        Text::new(
            "Add `enableKMSProvider: true` to encrypt Secrets with this key, or remove `kmsKeyID`",
            "添加 `enableKMSProvider: true` 以用该密钥加密 Secret，或删除 `kmsKeyID`",
        ),
    )
}
