//! CCE plugin names, for CCE217 (unknown plugin).
//!
//! Source: plugin names in the CCE API documentation's cluster responses (`plugins` of
//! `GET /v2/cluster/{id}`: `core-dns`, `kube-proxy`, `ip-masq-agent`, `metrics-server`,
//! `nvidia-gpu`) and the Terraform provider example (`["core-dns", "kube-proxy"]`). Table as of
//! 2026-08-04; extend it when CCE documents more plugins.

/// Plugin names CCE is known to accept in `cluster.plugins`.
pub(crate) const KNOWN_PLUGINS: &[&str] = &[
    "core-dns",
    "kube-proxy",
    "ip-masq-agent",
    "metrics-server",
    "nvidia-gpu",
];
