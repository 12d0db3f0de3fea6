use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `options.createSecurityGroups.master`, `.node` or `.eni` set to a value other
    /// than `normal` or `enterprise`. Values are case-sensitive; a value that differs only in
    /// case gets a fix. The structural pass finds these values and reports them under this
    /// code (an empty string is the SDK's zero value and means unset).
    ///
    /// ## Why is this bad?
    /// These fields choose the kind of default security group CCE creates for masters, nodes
    /// and ENIs: an ordinary security group (`normal`, IDs `g-…`) or an enterprise security
    /// group (`enterprise`, IDs `esg-…`). The SDK's `SecurityGroupType` and the Terraform
    /// provider know only these two; another value names no kind CCE can create.
    ///
    /// ## Example
    /// ```json
    /// {"options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-mwbgygrjb72w", "vpcCIDR": "192.168.0.0/16"}, "node": "esg"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-mwbgygrjb72w", "vpcCIDR": "192.168.0.0/16"}, "node": "enterprise"}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types` `SecurityGroupType` constants (`normal`, `enterprise`)
    /// - Terraform provider `baiducloud_ccev2_cluster` schema, `create_security_groups` (`master`, `node`, `eni`)
    pub struct InvalidSecurityGroupType {
        code: "CCE903",
        name: "invalid-security-group-type",
        group: Options,
        severity: Error,
        fix: Sometimes,
        summary: ("A default security-group kind other than `normal` or `enterprise`", "默认安全组类型不是 `normal` 或 `enterprise`"),
        docs_zh: "## 作用\n报告 `options.createSecurityGroups.master`、`.node` 或 `.eni` 取值不是 `normal` 或 `enterprise`。取值区分大小写；仅大小写不同的取值会附带修复。这些取值由结构检查发现并以本编码报告（空字符串是 SDK 的零值，表示未设置）。\n\n## 为什么有问题\n这些字段决定 CCE 为 Master、节点和 ENI 创建的默认安全组类型：普通安全组（`normal`，ID 为 `g-…`）或企业安全组（`enterprise`，ID 为 `esg-…`）。SDK 的 `SecurityGroupType` 和 Terraform provider 只认识这两种；其他取值不是 CCE 能创建的类型。\n\n## 示例\n```json\n{\"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"vpcCIDR\": \"192.168.0.0/16\"}, \"node\": \"esg\"}}}\n```\n\n应改为：\n```json\n{\"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"vpcCIDR\": \"192.168.0.0/16\"}, \"node\": \"enterprise\"}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types` `SecurityGroupType` 常量（`normal`、`enterprise`）\n- Terraform provider `baiducloud_ccev2_cluster` schema 中的 `create_security_groups`（`master`、`node`、`eni`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidSecurityGroupType::META,
    check: None,
};
