//! Host-name syntax shared by the kubelet and k8s-config rules: DNS names (RFC 1123 as
//! Kubernetes checks them), IP addresses and `host[:port]` registry addresses.

use std::net::{IpAddr, Ipv6Addr};

/// Whether `name` is a lowercase RFC 1123 subdomain (`IsDNS1123Subdomain`): at most 253
/// characters, dot-separated labels of 1–63 `[a-z0-9-]` that start and end alphanumeric.
pub(crate) fn is_dns1123_subdomain(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// Whether `host` is a DNS name (any case) or an IP address; IPv6 in brackets.
fn is_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return inner.parse::<Ipv6Addr>().is_ok();
    }
    host.parse::<IpAddr>().is_ok() || is_dns1123_subdomain(&host.to_ascii_lowercase())
}

/// Whether `text` is a registry address: `host[:port][/path]`, optionally with an `http://`
/// or `https://` scheme; `allow_cidr` also accepts a CIDR (Docker's insecure registries).
pub(crate) fn is_registry_address(text: &str, allow_cidr: bool) -> bool {
    if allow_cidr && text.contains('/') && text.parse::<ipnetwork::IpNetwork>().is_ok() {
        return true;
    }
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or(text);
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.is_empty() || rest.contains(char::is_whitespace) || rest.contains(['?', '#', '@'])
    {
        return false;
    }
    let (host, port) = if authority.starts_with('[') {
        let Some(close) = authority.find(']') else {
            return false;
        };
        match &authority[close + 1..] {
            "" => (&authority[..=close], None),
            after => (
                &authority[..=close],
                Some(after.strip_prefix(':').unwrap_or("x")),
            ),
        }
    } else if authority.matches(':').count() > 1 {
        (authority, None)
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let port_ok = port.is_none_or(|port| {
        !port.is_empty()
            && port.bytes().all(|b| b.is_ascii_digit())
            && port
                .parse::<u32>()
                .is_ok_and(|port| (1..=65535).contains(&port))
    });
    port_ok && is_host(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_names() {
        assert!(is_dns1123_subdomain("api.example.com"));
        assert!(is_dns1123_subdomain("localhost"));
        assert!(!is_dns1123_subdomain("API.example.com"));
        assert!(!is_dns1123_subdomain("-a.com"));
        assert!(!is_dns1123_subdomain("a..com"));
        assert!(!is_dns1123_subdomain("a_b.com"));
    }

    #[test]
    fn registries() {
        for good in [
            "registry.baidubce.com",
            "https://mirror.ccs.tencentyun.com",
            "http://10.0.0.1:5000",
            "10.0.0.1:5000",
            "hub.example.com/v2",
            "[fd00::1]:5000",
            "localhost:5000",
        ] {
            assert!(is_registry_address(good, false), "{good}");
        }
        assert!(is_registry_address("10.0.0.0/8", true));
        for bad in [
            "",
            "ftp://x.com",
            "x.com:0",
            "x.com:port",
            "a b",
            "https://",
            "x_y.com",
        ] {
            assert!(!is_registry_address(bad, false), "{bad}");
        }
    }
}
