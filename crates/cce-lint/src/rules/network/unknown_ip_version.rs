use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `containerNetworkConfig.ipVersion` other than `ipv4`, `ipv6` or `dualStack`.
    /// The structural pass detects it and suggests the closest value; a change of case only
    /// (`IPv4`, `dualstack`) comes with a safe fix.
    ///
    /// ## Why is this bad?
    /// The IP version decides which CIDRs the cluster needs and which address families pods and
    /// Services get. The value is case-sensitive and the server's Go type is a plain string, so
    /// a misspelt version is not refused while decoding but fails or misbehaves later.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"ipVersion": "IPv4"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"ipVersion": "ipv4"}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types`: `ContainerNetworkIPType` constants
    /// - terraform-provider-baiducloud `baiducloud_ccev2_cluster`: `ip_version` validation
    pub struct UnknownIpVersion {
        code: "CCE425",
        name: "unknown-ip-version",
        group: Network,
        severity: Error,
        fix: Sometimes,
        summary: ("Unknown container network IP version", "未知的容器网络 IP 类型"),
        docs_zh: "## 作用\n报告不是 `ipv4`、`ipv6` 或 `dualStack` 的 `containerNetworkConfig.ipVersion`。由结构检查发现并给出最接近的取值；仅大小写不同（如 `IPv4`、`dualstack`）时附带安全修复。\n\n## 为什么有问题\nIP 类型决定集群需要哪些网段、Pod 和 Service 使用哪些地址族。取值区分大小写，服务端的 Go 类型是普通字符串，拼写错误的取值在解码时不会被拒绝，而是之后失败或行为异常。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"ipVersion\": \"IPv4\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"ipVersion\": \"ipv4\"}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types`：`ContainerNetworkIPType` 常量\n- terraform-provider-baiducloud `baiducloud_ccev2_cluster`：`ip_version` 校验\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on `containerNetworkConfig.ipVersion`).
pub(crate) const RULE: Rule = Rule {
    meta: &UnknownIpVersion::META,
    check: None,
};
