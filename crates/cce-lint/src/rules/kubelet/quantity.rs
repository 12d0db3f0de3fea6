//! Small parsers for the value syntaxes of kubelet settings: Kubernetes resource quantities
//! (`resource.ParseQuantity`), eviction percentages and Go durations (`time.ParseDuration`).

/// Parses a Kubernetes resource quantity (`100Mi`, `50m`, `1.5`, `1e3`) into its value.
///
/// Follows `k8s.io/apimachinery/pkg/api/resource.ParseQuantity`: an optionally signed decimal
/// number followed by at most one suffix — binary SI (`Ki` … `Ei`), decimal SI (`n`, `u`, `m`,
/// `k`, `M`, `G`, `T`, `P`, `E`) or a decimal exponent (`e3`, `E-2`). The value is approximate
/// (`f64`), which is enough to compare with zero or with another quantity.
pub(crate) fn parse_quantity(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut end = 0;
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        end = 1;
    }
    let mut digits = 0;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
        digits += 1;
    }
    if end < bytes.len() && bytes[end] == b'.' {
        end += 1;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    let number: f64 = text[..end].parse().ok()?;
    let multiplier = suffix_multiplier(&text[end..])?;
    Some(number * multiplier)
}

/// The factor a quantity suffix stands for.
fn suffix_multiplier(suffix: &str) -> Option<f64> {
    let binary = |power: i32| Some(1024f64.powi(power));
    let decimal = |power: i32| Some(10f64.powi(power));
    match suffix {
        "" => decimal(0),
        "Ki" => binary(1),
        "Mi" => binary(2),
        "Gi" => binary(3),
        "Ti" => binary(4),
        "Pi" => binary(5),
        "Ei" => binary(6),
        "n" => decimal(-9),
        "u" => decimal(-6),
        "m" => decimal(-3),
        "k" => decimal(3),
        "M" => decimal(6),
        "G" => decimal(9),
        "T" => decimal(12),
        "P" => decimal(15),
        "E" => decimal(18),
        exponent => {
            let rest = exponent.strip_prefix(['e', 'E'])?;
            let digits = rest.strip_prefix(['+', '-']).unwrap_or(rest);
            if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
                return None;
            }
            decimal(rest.parse().ok()?)
        }
    }
}

/// Parses an eviction percentage such as `10%` into its number (`10.0`).
pub(crate) fn parse_percentage(text: &str) -> Option<f64> {
    let number = text.strip_suffix('%')?;
    if number.is_empty() || number.contains(['e', 'E', 'n', 'N', 'i', 'I']) {
        return None;
    }
    number.parse().ok()
}

/// Parses a Go duration (`1m30s`, `90s`, `-1h`, `0`) into seconds.
pub(crate) fn parse_go_duration(text: &str) -> Option<f64> {
    let (negative, mut rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if rest == "0" {
        return Some(0.0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total = 0.0;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let number = &rest[..number_len];
        if number.is_empty() || number == "." || number.matches('.').count() > 1 {
            return None;
        }
        let value: f64 = number.parse().ok()?;
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let seconds = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * seconds;
        rest = &rest[unit_len..];
    }
    Some(if negative { -total } else { total })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities() {
        assert_eq!(parse_quantity("100Mi"), Some(100.0 * 1024.0 * 1024.0));
        assert_eq!(parse_quantity("50m"), Some(0.05));
        assert_eq!(parse_quantity("1.5"), Some(1.5));
        assert_eq!(parse_quantity("1e3"), Some(1000.0));
        assert_eq!(parse_quantity(".5"), Some(0.5));
        assert_eq!(parse_quantity("-1"), Some(-1.0));
        assert_eq!(parse_quantity("1000"), Some(1000.0));
        for bad in ["", "Mi", "100MB", "1K", "1 Gi", "one", "1e", "1.2.3", "10%"] {
            assert_eq!(parse_quantity(bad), None, "{bad}");
        }
    }

    #[test]
    fn percentages() {
        assert_eq!(parse_percentage("10%"), Some(10.0));
        assert_eq!(parse_percentage("7.5%"), Some(7.5));
        assert_eq!(parse_percentage("10"), None);
        assert_eq!(parse_percentage("%"), None);
    }

    #[test]
    fn durations() {
        assert_eq!(parse_go_duration("1m30s"), Some(90.0));
        assert_eq!(parse_go_duration("0"), Some(0.0));
        assert_eq!(parse_go_duration("-1h"), Some(-3600.0));
        assert_eq!(parse_go_duration("1.5s"), Some(1.5));
        for bad in ["", "90", "1 m", "1d", "s", "1m30"] {
            assert_eq!(parse_go_duration(bad), None, "{bad}");
        }
    }
}
