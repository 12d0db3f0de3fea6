use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::network::cidr_plan::{CidrError, CidrField, Family};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a CIDR field that is not a CIDR of the family it takes: `clusterPodCIDR`,
    /// `clusterIPServiceCIDR`, `cluster.vpcCIDR`, `networkInfo.vpcCIDR`, `networkInfo.podCIDR`,
    /// `networkInfo.secondaryCidrs`, `vpcConfig.vpcSubnetCIDR` and `dockerBIP` take IPv4; the
    /// `…IPv6` fields take IPv6; `nonMasqueradeCIDR` takes either. A CIDR is parsed as Go's
    /// `net.ParseCIDR` does: `address/prefix`, with the prefix as a decimal number (no netmask,
    /// no spaces, no bare address).
    ///
    /// ## Why is this bad?
    /// CCE plans the cluster network from these values. One that does not parse, or an IPv6
    /// network in an IPv4 field, makes the request fail or leaves the network unplanned.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0", "clusterIPServiceCIDR": "fd00::/108"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"clusterPodCIDR": "172.28.0.0/16", "clusterIPServiceCIDR": "172.31.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `ContainerNetworkConfig` (`clusterPodCIDR`, `clusterIPServiceCIDR`, IPv6 variants)
    /// - Go `net.ParseCIDR`; Kubernetes `--cluster-cidr`, `--service-cluster-ip-range`
    pub struct InvalidCidr {
        code: "CCE404",
        name: "invalid-cidr",
        group: Network,
        severity: Error,
        fix: None,
        summary: ("A CIDR field is not a valid CIDR of its address family", "网段字段不是合法的对应地址族 CIDR"),
        docs_zh: "## 作用\n报告不是对应地址族 CIDR 的网段字段：`clusterPodCIDR`、`clusterIPServiceCIDR`、`cluster.vpcCIDR`、`networkInfo.vpcCIDR`、`networkInfo.podCIDR`、`networkInfo.secondaryCidrs`、`vpcConfig.vpcSubnetCIDR` 和 `dockerBIP` 只接受 IPv4；`…IPv6` 字段只接受 IPv6；`nonMasqueradeCIDR` 两者皆可。按 Go `net.ParseCIDR` 的规则解析：`地址/前缀长度`，前缀为十进制数字（不接受掩码写法、空格或不带前缀的地址）。\n\n## 为什么有问题\nCCE 依据这些值规划集群网络。无法解析的值，或在 IPv4 字段中填写 IPv6 网段，会导致请求失败或网络无法规划。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0\", \"clusterIPServiceCIDR\": \"fd00::/108\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"clusterPodCIDR\": \"172.28.0.0/16\", \"clusterIPServiceCIDR\": \"172.31.0.0/16\"}}}\n```\n\n## 参考\n- CCE API 创建集群 `ContainerNetworkConfig`（`clusterPodCIDR`、`clusterIPServiceCIDR` 及其 IPv6 字段）\n- Go `net.ParseCIDR`；Kubernetes `--cluster-cidr`、`--service-cluster-ip-range`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidCidr::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for field in ctx.cidr_fields() {
        if let Err(error) = field.parse() {
            out.push(invalid_cidr_diagnostic(field, error));
        }
    }
}

/// The value of `field` is not a CIDR of its family, for `error`.
fn invalid_cidr_diagnostic(field: &CidrField<'_>, error: CidrError) -> Finding {
    let family = field.family.name();
    let value = field.value;
    let reason = error.reason();
    let help = match (error, field.family) {
        (CidrError::WrongFamily(_), Family::V4) => Text::new(
            "This field takes IPv4; put IPv6 networks in the matching `…IPv6` field",
            "该字段只接受 IPv4；IPv6 网段请填写在对应的 `…IPv6` 字段",
        ),
        (CidrError::WrongFamily(_), _) => Text::new(
            "This field takes IPv6; put IPv4 networks in the field without the `IPv6` suffix",
            "该字段只接受 IPv6；IPv4 网段请填写在不带 `IPv6` 后缀的字段",
        ),
        (_, Family::V6) => Text::new(
            "Write an IPv6 network with its prefix length, e.g. `fd00::/108`",
            "请写带前缀长度的 IPv6 网段，例如 `fd00::/108`",
        ),
        _ => Text::new(
            "Write an IPv4 network with its prefix length, e.g. `172.28.0.0/16`",
            "请写带前缀长度的 IPv4 网段，例如 `172.28.0.0/16`",
        ),
    };
    Finding::new(
        InvalidCidr::META.code,
        JsonPointer::clone(&field.pointer),
        Text::new(
            format!("`{value}` is not a valid {family} CIDR: {}", reason.en),
            format!("`{value}` 不是合法的 {family} 网段：{}", reason.zh),
        ),
        help,
    )
}
