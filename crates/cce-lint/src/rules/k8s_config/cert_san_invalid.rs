use std::net::IpAddr;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::kubelet::hosts::is_dns1123_subdomain;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports each `cluster.k8sCustomConfig.apiServerCertSAN` entry that is neither an IP
    /// address nor a DNS name: a lowercase RFC 1123 subdomain (`api.example.com`), optionally
    /// a wildcard `*.example.com`. URLs, ports, CIDRs, spaces and capitals are reported.
    ///
    /// ## Why is this bad?
    /// The entries become subject alternative names of the APIServer's serving certificate,
    /// which has only IP and DNS names ("自定义的 IP 或域名"). An entry such as
    /// `https://api.example.com:6443` or `10.0.0.0/24` cannot be put into a certificate: the
    /// certificate cannot be issued, or clients reaching the APIServer under that name fail
    /// TLS verification.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"apiServerCertSAN": ["https://k8s.example.com:6443", "10.0.0.0/24"]}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"apiServerCertSAN": ["k8s.example.com", "10.0.0.10"]}}}
    /// ```
    ///
    /// ## References
    /// - CCE API (doc26), 更新集群证书 SAN ("自定义的 IP 或域名")
    /// - Kubernetes kubeadm `ValidateCertSANs` (IP address or DNS-1123 subdomain, optional `*.` wildcard)
    pub struct CertSanInvalid {
        code: "CCE705",
        name: "cert-san-invalid",
        group: K8sConfig,
        severity: Error,
        fix: None,
        summary: ("APIServer certificate SAN is neither an IP nor a DNS name", "APIServer 证书 SAN 既不是 IP 也不是域名"),
        docs_zh: r#"## 作用
报告 `cluster.k8sCustomConfig.apiServerCertSAN` 中既不是 IP 地址也不是域名（小写的 RFC 1123 子域名 `api.example.com`，可带通配符 `*.example.com`）的每个条目。URL、端口、CIDR、空格和大写字母都会报告。

## 为什么有问题
这些条目会成为 APIServer 服务证书的主题备用名称，而证书中只能有 IP 和域名（“自定义的 IP 或域名”）。`https://api.example.com:6443` 或 `10.0.0.0/24` 这样的条目无法写入证书：证书无法签发，或客户端通过该名称访问 APIServer 时 TLS 校验失败。

## 示例
```json
{"cluster": {"k8sCustomConfig": {"apiServerCertSAN": ["https://k8s.example.com:6443", "10.0.0.0/24"]}}}
```

应改为：
```json
{"cluster": {"k8sCustomConfig": {"apiServerCertSAN": ["k8s.example.com", "10.0.0.10"]}}}
```

## 参考
- CCE API（doc26）更新集群证书 SAN（“自定义的 IP 或域名”）
- Kubernetes kubeadm `ValidateCertSANs`（IP 地址或 DNS-1123 子域名，可带 `*.` 通配符）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CertSanInvalid::META,
    check: Some(check),
};

/// Whether `entry` can be a subject alternative name: an IP address or a (wildcard) DNS name.
fn is_san(entry: &str) -> bool {
    entry.parse::<IpAddr>().is_ok()
        || is_dns1123_subdomain(entry.strip_prefix("*.").unwrap_or(entry))
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let sans = request
        .cluster
        .k8s_custom_config
        .api_server_cert_san
        .iter()
        .flatten();
    for (index, entry) in sans.enumerate() {
        if !is_san(entry) {
            out.push(cert_san_invalid_diagnostic(index, entry));
        }
    }
}

/// SAN number `index`, `entry`, is neither an IP nor a DNS name.
fn cert_san_invalid_diagnostic(index: usize, entry: &str) -> Finding {
    let lowercase = entry.to_ascii_lowercase();
    let help = if lowercase != entry && is_san(&lowercase) {
        Text::new(
            format!("Write the name in lowercase: `{lowercase}`"),
            format!("请用小写书写域名：`{lowercase}`"),
        )
    } else {
        Text::new(
            "Write a bare IP address or DNS name, without scheme, port, path or prefix length",
            "请只写 IP 地址或域名，不要带协议、端口、路径或前缀长度",
        )
    };
    Finding::new(
        CertSanInvalid::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", "apiServerCertSAN"]).child(index),
        if entry.is_empty() {
            Text::new(
                "apiServerCertSAN entry is empty: it is neither an IP address nor a DNS name",
                "apiServerCertSAN 条目为空：既不是 IP 地址也不是域名",
            )
        } else {
            Text::new(
                format!("apiServerCertSAN entry `{entry}` is neither an IP address nor a DNS name"),
                format!("apiServerCertSAN 条目 `{entry}` 既不是 IP 地址也不是域名"),
            )
        },
        help,
    )
}
