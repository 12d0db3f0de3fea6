use ipnetwork::IpNetwork;

use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::{canonical, has_host_bits, Role};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a CIDR whose address has bits set below its prefix, such as `172.28.1.0/16`,
    /// and offers the network address (`172.28.0.0/16`) as a fix. `dockerBIP` is not checked:
    /// it is the docker0 bridge's own address with its prefix (`169.254.30.1/28`), so host bits
    /// are expected there.
    ///
    /// ## Why is this bad?
    /// Tools disagree on such values: some silently use the network, some reject them, and a
    /// reader may think `172.28.1.0/16` starts at `172.28.1.0`. It usually is a typo in the
    /// address or in the prefix.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.1.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - Go `net.ParseCIDR` (returns the address and the network separately); Kubernetes
    ///   `--service-cluster-ip-range` validation
    pub struct CidrHostBits {
        code: "CCE405",
        name: "cidr-host-bits-set",
        group: Network,
        severity: Warning,
        fix: Always,
        summary: ("A CIDR is not a network address (host bits set)", "网段不是网络地址（主机位不为零）"),
        docs_zh: "## 作用\n报告地址在前缀之后仍有非零位的网段，如 `172.28.1.0/16`，并提供网络地址（`172.28.0.0/16`）作为修复。`dockerBIP` 不检查：它是 docker0 网桥自身的地址加前缀（`169.254.30.1/28`），主机位不为零是正常的。\n\n## 为什么有问题\n各工具对这种值的处理不一致：有的静默取网络地址，有的直接拒绝；读者也可能以为 `172.28.1.0/16` 从 `172.28.1.0` 开始。通常是地址或前缀写错了。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.1.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n## 参考\n- Go `net.ParseCIDR`（分别返回地址与网络）；Kubernetes `--service-cluster-ip-range` 校验\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &CidrHostBits::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for field in ctx.cidr_fields() {
        if field.role == Role::DockerBridge {
            continue;
        }
        if let Ok(written) = field.parse() {
            if has_host_bits(written) {
                out.push(cidr_host_bits_diagnostic(
                    field.pointer.clone(),
                    field.value,
                    canonical(written),
                ));
            }
        }
    }
}

/// `value` at `pointer` has host bits set; `network` is what it probably means.
fn cidr_host_bits_diagnostic(pointer: JsonPointer, value: &str, network: IpNetwork) -> Finding {
    Finding::new(
        CidrHostBits::META.code,
        pointer.clone(),
        Text::new(
            format!("`{value}` is not a network address; did you mean `{network}`?"),
            format!("`{value}` 不是网络地址；是否应为 `{network}`？"),
        ),
        Text::new(
            format!("Write the network address `{network}`, or fix the prefix length if the address is right"),
            format!("请写网络地址 `{network}`；若地址正确，请修正前缀长度"),
        ),
    )
    .fix(
        Text::new(
            format!("Replace with `{network}`"),
            format!("替换为 `{network}`"),
        ),
        vec![PatchOperation::Replace {
            path: pointer,
            value: serde_json::Value::String(network.to_string()),
        }],
    )
}
