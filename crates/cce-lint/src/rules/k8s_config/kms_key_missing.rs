use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `cluster.k8sCustomConfig.enableKMSProvider: true` without a `kmsKeyID`.
    ///
    /// ## Why is this bad?
    /// KMS encryption of Secrets in etcd encrypts with a key of Baidu Cloud KMS; the KMS
    /// encryption API takes the key ID and the Terraform provider's `kms_encryption` block
    /// requires `kms_key_id` when enabled. Without a key the encryption cannot be configured:
    /// the request is refused or the cluster comes up without the encryption it asked for.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"enableKMSProvider": true}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4-0000-0000-0000-000000000000"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API (doc26), KMS 加密: 开启 KMS 加密 (`kmsKeyID`)
    /// - Terraform provider `baiducloud_ccev2_cluster` `k8s_custom_config.kms_encryption` (`enabled`, `kms_key_id`)
    pub struct KmsKeyMissing {
        code: "CCE703",
        name: "kms-key-missing",
        group: K8sConfig,
        severity: Error,
        fix: None,
        summary: ("KMS encryption enabled without `kmsKeyID`", "开启了 KMS 加密但未设置 `kmsKeyID`"),
        docs_zh: r#"## 作用
报告设置了 `cluster.k8sCustomConfig.enableKMSProvider: true` 却没有 `kmsKeyID` 的请求。

## 为什么有问题
etcd 中 Secret 的 KMS 加密使用百度智能云 KMS 的密钥；KMS 加密 API 需要传入密钥 ID，Terraform provider 的 `kms_encryption` 块在开启时也要求 `kms_key_id`。没有密钥就无法配置加密：请求被拒，或集群在没有所需加密的情况下创建。

## 示例
```json
{"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"enableKMSProvider": true}}}
```

应改为：
```json
{"cluster": {"k8sVersion": "1.31.1", "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4-0000-0000-0000-000000000000"}}}
```

## 参考
- CCE API（doc26）KMS 加密：开启 KMS 加密（`kmsKeyID`）
- Terraform provider `baiducloud_ccev2_cluster` `k8s_custom_config.kms_encryption`（`enabled`、`kms_key_id`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &KmsKeyMissing::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let config = &request.cluster.k8s_custom_config;
    if config.enable_kms_provider && config.kms_key_id.trim().is_empty() {
        out.push(kms_key_missing_diagnostic());
    }
}

/// `enableKMSProvider` is true and `kmsKeyID` is missing.
fn kms_key_missing_diagnostic() -> Finding {
    Finding::new(
        KmsKeyMissing::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", "kmsKeyID"]),
        Text::new(
            "KMS encryption needs kmsKeyID: `enableKMSProvider` is true but no key is given",
            "KMS 加密需要 kmsKeyID：`enableKMSProvider` 为 true，但未指定密钥",
        ),
        Text::new(
            "Set `kmsKeyID` to the ID of a KMS key in the cluster's region, or remove `enableKMSProvider`",
            "请将 `kmsKeyID` 设为集群所在地域的 KMS 密钥 ID，或删除 `enableKMSProvider`",
        ),
    )
}
