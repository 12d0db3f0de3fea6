use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::cluster::MasterType;
use crate::pointer::JsonPointer;
use crate::rules::facts::k8s_minor;
use crate::rules::Rule;

/// The first Kubernetes version with CCE KMS encryption (doc26).
const KMS_FROM: (u32, u32) = (1, 29);

declare_rule! {
    /// ## What it does
    /// Reports `cluster.k8sCustomConfig.enableKMSProvider: true` on a cluster whose
    /// `masterType` is set and is neither `managed` nor `managedPro`, or whose `k8sVersion` is
    /// below 1.29.
    ///
    /// Note: the catalogue's CCE704 also covers a `kmsKeyID` without `enableKMSProvider`; that
    /// is a different problem and is reported as CCE711.
    ///
    /// ## Why is this bad?
    /// The KMS encryption documentation says "此功能仅支持托管集群且 Kubernetes 版本需为 v1.29 及以上":
    /// CCE configures the APIServer's KMS provider only on managed control planes of 1.29 or
    /// later. Elsewhere the request is refused or the Secrets stay unencrypted.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sVersion": "1.28.8", "masterConfig": {"masterType": "custom"}, "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sVersion": "1.31.1", "masterConfig": {"masterType": "managedPro"}, "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API (doc26), KMS 加密 ("此功能仅支持托管集群且 Kubernetes 版本需为 v1.29 及以上")
    pub struct KmsUnsupportedCluster {
        code: "CCE704",
        name: "kms-unsupported-cluster",
        group: K8sConfig,
        severity: Warning,
        fix: None,
        summary: ("KMS encryption on a cluster that does not support it", "在不支持的集群上开启 KMS 加密"),
        docs_zh: r#"## 作用
报告 `masterType` 已设置且既不是 `managed` 也不是 `managedPro`，或 `k8sVersion` 低于 1.29 的集群上的 `cluster.k8sCustomConfig.enableKMSProvider: true`。

注意：规则目录中的 CCE704 还包括“设置了 `kmsKeyID` 但未开启 `enableKMSProvider`”；那是另一个问题，由 CCE711 报告。

## 为什么有问题
KMS 加密文档说明“此功能仅支持托管集群且 Kubernetes 版本需为 v1.29 及以上”：CCE 只在 1.29 及以上的托管控制面上配置 APIServer 的 KMS provider。其他情况下请求会被拒绝，或 Secret 仍未加密。

## 示例
```json
{"cluster": {"k8sVersion": "1.28.8", "masterConfig": {"masterType": "custom"}, "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4"}}}
```

应改为：
```json
{"cluster": {"k8sVersion": "1.31.1", "masterConfig": {"masterType": "managedPro"}, "k8sCustomConfig": {"enableKMSProvider": true, "kmsKeyID": "a1b2c3d4"}}}
```

## 参考
- CCE API（doc26）KMS 加密（“此功能仅支持托管集群且 Kubernetes 版本需为 v1.29 及以上”）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &KmsUnsupportedCluster::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if !request.cluster.k8s_custom_config.enable_kms_provider {
        return;
    }
    let master_type = request
        .cluster
        .master_config
        .master_type
        .as_ref()
        // An unknown masterType is CCE108's: it may well be a misspelt managed type.
        .filter(|master_type| {
            master_type.is_known()
                && !matches!(master_type, MasterType::Managed | MasterType::ManagedPro)
        });
    let version = &request.cluster.k8s_version;
    let too_old = k8s_minor(version).is_some_and(|minor| minor < KMS_FROM);
    if master_type.is_some() || too_old {
        out.push(kms_unsupported_cluster_diagnostic(
            master_type.map(MasterType::as_str),
            too_old.then_some(version.as_str()),
        ));
    }
}

/// KMS is enabled on an unsupported `master_type` and/or an old `version`.
fn kms_unsupported_cluster_diagnostic(master_type: Option<&str>, version: Option<&str>) -> Finding {
    let (reason_en, reason_zh) = match (master_type, version) {
        (Some(master_type), Some(version)) => (
            format!("masterType is `{master_type}` and Kubernetes is {version}"),
            format!("masterType 为 `{master_type}` 且 Kubernetes 为 {version}"),
        ),
        (Some(master_type), None) => (
            format!("masterType is `{master_type}`"),
            format!("masterType 为 `{master_type}`"),
        ),
        (None, version) => {
            let version = version.unwrap_or_default();
            (
                format!("Kubernetes is {version}"),
                format!("Kubernetes 为 {version}"),
            )
        }
    };
    Finding::new(
        KmsUnsupportedCluster::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", "enableKMSProvider"]),
        Text::new(
            format!(
                "KMS encryption is supported only on managed clusters with Kubernetes ≥ 1.29, but {reason_en}"
            ),
            format!("KMS 加密仅支持 Kubernetes ≥ 1.29 的托管集群，但 {reason_zh}"),
        ),
        Text::new(
            "Use masterType `managed` or `managedPro` with k8sVersion 1.29 or later, or remove `enableKMSProvider`",
            "请使用 masterType `managed` 或 `managedPro` 且 k8sVersion 为 1.29 及以上，或删除 `enableKMSProvider`",
        ),
    )
}
