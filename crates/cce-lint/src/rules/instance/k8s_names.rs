//! Kubernetes name syntax shared by the label, annotation and taint rules (CCE546, CCE547):
//! the checks of `k8s.io/apimachinery/pkg/util/validation` (`IsQualifiedName`,
//! `IsValidLabelValue`, `IsDNS1123Subdomain`), written without regular expressions.

/// Longest name part of a qualified name, and longest label value.
pub(crate) const MAX_NAME_LENGTH: usize = 63;

/// Longest prefix (a DNS-1123 subdomain) of a qualified name.
pub(crate) const MAX_PREFIX_LENGTH: usize = 253;

/// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`, non-empty.
fn is_name_part(text: &str) -> bool {
    let bytes = text.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) => {
            first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && bytes
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        }
        _ => false,
    }
}

/// A DNS-1123 subdomain: lower-case labels `[a-z0-9]([-a-z0-9]*[a-z0-9])?` joined by dots,
/// at most 253 characters.
fn is_dns1123_subdomain(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_PREFIX_LENGTH
        && text.split('.').all(|label| {
            let bytes = label.as_bytes();
            match (bytes.first(), bytes.last()) {
                (Some(first), Some(last)) => {
                    (first.is_ascii_lowercase() || first.is_ascii_digit())
                        && (last.is_ascii_lowercase() || last.is_ascii_digit())
                        && bytes
                            .iter()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
                }
                _ => false,
            }
        })
}

/// Why `key` is not a Kubernetes qualified name (`[prefix/]name`), or `None` when it is one.
/// The reasons are (English, Chinese).
pub(crate) fn qualified_name_problem(key: &str) -> Option<(&'static str, &'static str)> {
    let (prefix, name) = match key.split_once('/') {
        Some((prefix, name)) => (Some(prefix), name),
        None => (None, key),
    };
    if let Some(prefix) = prefix {
        if name.contains('/') {
            return Some(("it contains more than one `/`", "包含多个 `/`"));
        }
        if !is_dns1123_subdomain(prefix) {
            return Some((
                "its prefix before `/` must be a lower-case DNS subdomain of at most 253 characters",
                "`/` 前的前缀必须是不超过 253 个字符的小写 DNS 子域名",
            ));
        }
    }
    if name.is_empty() {
        return Some(("its name part is empty", "名称部分为空"));
    }
    if name.len() > MAX_NAME_LENGTH {
        return Some((
            "its name part is longer than 63 characters",
            "名称部分超过 63 个字符",
        ));
    }
    if !is_name_part(name) {
        return Some((
            "its name part must consist of letters, digits, `-`, `_` and `.`, and start and end with a letter or digit",
            "名称部分只能包含字母、数字、`-`、`_` 和 `.`，且必须以字母或数字开头和结尾",
        ));
    }
    None
}

/// Why `value` is not a Kubernetes label value, or `None` when it is one (empty is allowed).
pub(crate) fn label_value_problem(value: &str) -> Option<(&'static str, &'static str)> {
    if value.is_empty() {
        return None;
    }
    if value.len() > MAX_NAME_LENGTH {
        return Some(("it is longer than 63 characters", "超过 63 个字符"));
    }
    if !is_name_part(value) {
        return Some((
            "it must consist of letters, digits, `-`, `_` and `.`, and start and end with a letter or digit",
            "只能包含字母、数字、`-`、`_` 和 `.`，且必须以字母或数字开头和结尾",
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualified_names() {
        for good in ["app", "node.kubernetes.io/role", "a_b.c-d", "x/y", "A1"] {
            assert_eq!(qualified_name_problem(good), None, "{good}");
        }
        let long = "a".repeat(64);
        for bad in [
            "",
            "-a",
            "a-",
            "Example.com/x",
            "a/b/c",
            "/x",
            "x/",
            "a b",
            long.as_str(),
        ] {
            assert!(qualified_name_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn label_values() {
        assert_eq!(label_value_problem(""), None);
        assert_eq!(label_value_problem("v1.2_x-y"), None);
        assert_eq!(label_value_problem(&"a".repeat(63)), None);
        assert!(label_value_problem(&"a".repeat(64)).is_some());
        assert!(label_value_problem("a/b").is_some());
        assert!(label_value_problem("_a").is_some());
    }
}
