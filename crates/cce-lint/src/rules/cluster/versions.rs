//! Kubernetes versions CCE knows, for CCE207 (unknown version) and CCE208 (version no longer
//! offered for new clusters).
//!
//! Source: vendor SDK `baidubce/bce-sdk-go`, `services/cce/v2/types/cce_supported.go` and the
//! `K8SVersion` constants next to it, at commit 6916310 (2026-08-04); the Terraform provider's
//! `K8SVersionPermitted` lists the same values. Retired constants (commented out in the SDK:
//! "不再支持" for 1.6/1.8, "仅支持已有集群扩容节点" for 1.11/1.13) are listed as known but not
//! offered. The cut-off for new clusters is inferred from the international documentation's
//! "latest three major versions" policy. Table as of 2026-08-04.
//!
//! To refresh: update [`KNOWN_K8S_VERSIONS`] and [`OFFERED_FROM`] from the SDK; no rule code
//! changes are needed.

use std::sync::OnceLock;

/// Every Kubernetes version string CCE has shipped (current and retired SDK constants).
pub(crate) const KNOWN_K8S_VERSIONS: &[&str] = &[
    // Retired: no longer supported (SDK comments).
    "1.6.2",
    "1.8.6",
    "1.8.12",
    // Retired: only scale-out of existing clusters (SDK comments).
    "1.11.1",
    "1.11.5",
    "1.13.4",
    "1.13.10",
    // SDK `K8SVersion` constants.
    "1.14.9",
    "1.16.3",
    "1.16.8",
    "1.17.17",
    "1.18.9",
    "1.18.9-bilibili-mixprotocols",
    "1.20.8",
    "1.20.8-arm64",
    "1.21.14",
    "1.22.5",
    "1.24.4",
    "1.26.9",
    "1.28.8",
    "1.30.1",
    "1.31.1",
    "1.32.7",
    "1.34.2",
];

/// The oldest (major, minor) CCE still offers for new clusters; older known versions only
/// serve existing clusters.
pub(crate) const OFFERED_FROM: (u32, u32) = (1, 28);

/// Whether `version` is one of [`KNOWN_K8S_VERSIONS`].
pub(crate) fn is_known(version: &str) -> bool {
    KNOWN_K8S_VERSIONS.contains(&version)
}

/// The known versions still offered for new clusters, oldest first.
pub(crate) fn offered() -> impl Iterator<Item = &'static str> {
    KNOWN_K8S_VERSIONS.iter().copied().filter(|version| {
        crate::rules::facts::k8s_minor(version).is_some_and(|m| m >= OFFERED_FROM)
    })
}

/// The offered versions as a comma-separated list (for messages).
pub(crate) fn offered_list() -> &'static str {
    static LIST: OnceLock<String> = OnceLock::new();
    LIST.get_or_init(|| offered().collect::<Vec<_>>().join(", "))
}

/// The newest known version with the same (major, minor) as `version`, if any.
pub(crate) fn same_minor(version: &str) -> Option<&'static str> {
    let minor = crate::rules::facts::k8s_minor(version)?;
    KNOWN_K8S_VERSIONS
        .iter()
        .copied()
        .rev()
        .find(|known| crate::rules::facts::k8s_minor(known) == Some(minor) && !known.contains('-'))
}
