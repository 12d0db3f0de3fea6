use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `options.createSecurityGroups` whose `networkInfo` lacks `vpcID` or `vpcCIDR`,
    /// once per missing key. When the request's `cluster.vpcID` is set, the fix copies it into
    /// `networkInfo.vpcID`; the VPC CIDR is filled in only from a network context
    /// (`--context`, `vpcCIDR`), never guessed.
    ///
    /// ## Why is this bad?
    /// CCE generates the rules of the default security groups from `networkInfo`: without the
    /// VPC and its CIDR it cannot write the rules that let the nodes, masters and pods of the
    /// VPC talk to each other. The Terraform provider makes both keys Required and the Go SDK
    /// always sends them.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "options": {"createSecurityGroups": {"networkInfo": {}, "node": "normal"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-mwbgygrjb72w", "vpcCIDR": "192.168.0.0/16"}, "node": "normal"}}}
    /// ```
    ///
    /// ## References
    /// - Terraform provider `baiducloud_ccev2_cluster` schema, `create_security_groups.network_info` (`vpc_id`, `vpc_cidr` Required)
    /// - bce-sdk-go `services/cce/v2` `ClusterNetworkInfo` (`vpcID`, `vpcCIDR` without omitempty)
    pub struct MissingNetworkInfo {
        code: "CCE901",
        name: "missing-network-info",
        group: Options,
        severity: Error,
        fix: Sometimes,
        summary: ("`createSecurityGroups.networkInfo` lacks `vpcID` or `vpcCIDR`", "`createSecurityGroups.networkInfo` 缺少 `vpcID` 或 `vpcCIDR`"),
        docs_zh: "## 作用\n当 `options.createSecurityGroups` 的 `networkInfo` 缺少 `vpcID` 或 `vpcCIDR` 时报告，每缺一个键报告一次。若请求设置了 `cluster.vpcID`，修复会把它复制到 `networkInfo.vpcID`；VPC 网段只会取自网络上下文（`--context` 的 `vpcCIDR`），不会被猜测。\n\n## 为什么有问题\nCCE 根据 `networkInfo` 生成默认安全组规则：没有 VPC 及其网段，就无法写出让 VPC 内节点、Master 和 Pod 互通的规则。Terraform provider 将这两个键设为必填，Go SDK 也总是发送它们。\n\n## 示例\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\"}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {}, \"node\": \"normal\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\"}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"vpcCIDR\": \"192.168.0.0/16\"}, \"node\": \"normal\"}}}\n```\n\n## 参考\n- Terraform provider `baiducloud_ccev2_cluster` schema 中的 `create_security_groups.network_info`（`vpc_id`、`vpc_cidr` 必填）\n- bce-sdk-go `services/cce/v2` `ClusterNetworkInfo`（`vpcID`、`vpcCIDR` 无 omitempty）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingNetworkInfo::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let Some(groups) = request.options.create_security_groups.as_ref() else {
        return;
    };
    let info = &groups.network_info;
    // A fix adds a member, which needs the `networkInfo` object to exist.
    let fixable = ctx.is_present(&network_info());
    if info.vpc_id.is_empty() {
        let cluster_vpc =
            Some(request.cluster.vpc_id.as_str()).filter(|id| fixable && !id.is_empty());
        out.push(missing_vpc_id_diagnostic(cluster_vpc));
    }
    if info.vpc_cidr.is_empty() {
        let context_cidr = ctx
            .network
            .and_then(|network| network.vpc_cidr.as_deref())
            .filter(|cidr| fixable && !cidr.is_empty());
        out.push(missing_vpc_cidr_diagnostic(context_cidr));
    }
}

fn network_info() -> JsonPointer {
    JsonPointer::from_segments(["options", "createSecurityGroups", "networkInfo"])
}

/// `networkInfo.vpcID` is unset; `cluster_vpc` is the request's `cluster.vpcID`, if any.
fn missing_vpc_id_diagnostic(cluster_vpc: Option<&str>) -> Finding {
    let pointer = network_info().child("vpcID");
    let finding = Finding::new(
        MissingNetworkInfo::META.code,
        pointer.clone(),
        Text::new(
            "`createSecurityGroups.networkInfo.vpcID` is missing: CCE cannot generate the default security-group rules without the VPC",
            "缺少 `createSecurityGroups.networkInfo.vpcID`：没有 VPC，CCE 无法生成默认安全组规则",
        ),
        Text::new(
            "Set `networkInfo.vpcID` to the cluster's VPC (`cluster.vpcID`)",
            "将 `networkInfo.vpcID` 设为集群所在 VPC（`cluster.vpcID`）",
        ),
    );
    match cluster_vpc {
        Some(vpc) => finding.fix(
            Text::new(
                format!("Set `networkInfo.vpcID` to `{vpc}`"),
                format!("将 `networkInfo.vpcID` 设为 `{vpc}`"),
            ),
            vec![PatchOperation::Add {
                path: pointer,
                value: serde_json::Value::String(vpc.to_owned()),
            }],
        ),
        None => finding,
    }
}

/// `networkInfo.vpcCIDR` is unset; `context_cidr` is the VPC CIDR given with `--context`.
fn missing_vpc_cidr_diagnostic(context_cidr: Option<&str>) -> Finding {
    let pointer = network_info().child("vpcCIDR");
    let finding = Finding::new(
        MissingNetworkInfo::META.code,
        pointer.clone(),
        Text::new(
            "`createSecurityGroups.networkInfo.vpcCIDR` is missing: CCE cannot generate the default security-group rules without the VPC's CIDR",
            "缺少 `createSecurityGroups.networkInfo.vpcCIDR`：没有 VPC 网段，CCE 无法生成默认安全组规则",
        ),
        Text::new(
            "Set `networkInfo.vpcCIDR` to the IPv4 CIDR of the cluster's VPC, e.g. `192.168.0.0/16`",
            "将 `networkInfo.vpcCIDR` 设为集群 VPC 的 IPv4 网段，例如 `192.168.0.0/16`",
        ),
    );
    match context_cidr {
        Some(cidr) => finding.fix(
            Text::new(
                format!(
                    "Set `networkInfo.vpcCIDR` to `{cidr}` (the VPC CIDR of the network context)"
                ),
                format!("将 `networkInfo.vpcCIDR` 设为 `{cidr}`（网络上下文中的 VPC 网段）"),
            ),
            vec![PatchOperation::Add {
                path: pointer,
                value: serde_json::Value::String(cidr.to_owned()),
            }],
        ),
        None => finding,
    }
}
