use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `options.createSecurityGroups.networkInfo.vpcID` differing from
    /// `cluster.vpcID` when both are set. The fix copies `cluster.vpcID`, the VPC the cluster
    /// is really created in.
    ///
    /// ## Why is this bad?
    /// `networkInfo` describes the cluster so that CCE can generate the rules of the default
    /// security groups it creates. With another VPC the groups are created for, or their rules
    /// written against, a network the cluster is not in: the nodes end up without working
    /// security-group rules.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-43zsdm46t9rp", "vpcCIDR": "192.168.0.0/16"}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-mwbgygrjb72w", "vpcCIDR": "192.168.0.0/16"}}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2` `ClusterNetworkInfo.VPCID` and `types.ClusterSpec.VPCID`
    /// - Terraform provider `baiducloud_ccev2_cluster` schema, `create_security_groups.network_info.vpc_id`
    pub struct NetworkInfoVpcMismatch {
        code: "CCE902",
        name: "network-info-vpc-mismatch",
        group: Options,
        severity: Warning,
        fix: Always,
        summary: ("`networkInfo.vpcID` is not the cluster's VPC", "`networkInfo.vpcID` 不是集群所在 VPC"),
        docs_zh: "## 作用\n当 `options.createSecurityGroups.networkInfo.vpcID` 与 `cluster.vpcID` 都已设置且不同时报告。修复会复制 `cluster.vpcID`，即集群实际创建所在的 VPC。\n\n## 为什么有问题\n`networkInfo` 向 CCE 描述集群，以便为其创建的默认安全组生成规则。换成另一个 VPC，安全组会建在或规则会针对集群不在的网络：节点最终没有可用的安全组规则。\n\n## 示例\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\"}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-43zsdm46t9rp\", \"vpcCIDR\": \"192.168.0.0/16\"}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\"}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"vpcCIDR\": \"192.168.0.0/16\"}}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2` `ClusterNetworkInfo.VPCID` 及 `types.ClusterSpec.VPCID`\n- Terraform provider `baiducloud_ccev2_cluster` schema 中的 `create_security_groups.network_info.vpc_id`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NetworkInfoVpcMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let Some(groups) = request.options.create_security_groups.as_ref() else {
        return;
    };
    let info_vpc = &groups.network_info.vpc_id;
    let cluster_vpc = &request.cluster.vpc_id;
    if !info_vpc.is_empty() && !cluster_vpc.is_empty() && info_vpc != cluster_vpc {
        out.push(network_info_vpc_mismatch_diagnostic(info_vpc, cluster_vpc));
    }
}

/// `networkInfo.vpcID` is `info_vpc`, the cluster's VPC is `cluster_vpc`.
fn network_info_vpc_mismatch_diagnostic(info_vpc: &str, cluster_vpc: &str) -> Finding {
    let pointer =
        JsonPointer::from_segments(["options", "createSecurityGroups", "networkInfo", "vpcID"]);
    Finding::new(
        NetworkInfoVpcMismatch::META.code,
        pointer.clone(),
        Text::new(
            format!(
                "`networkInfo.vpcID` is `{info_vpc}`, but the cluster is created in `{cluster_vpc}`"
            ),
            format!("`networkInfo.vpcID` 为 `{info_vpc}`，但集群创建在 `{cluster_vpc}` 中"),
        ),
        Text::new(
            format!("Set `networkInfo.vpcID` to `{cluster_vpc}`, the value of `cluster.vpcID`"),
            format!("将 `networkInfo.vpcID` 设为 `cluster.vpcID` 的值 `{cluster_vpc}`"),
        ),
    )
    .fix(
        Text::new(
            format!("Set `networkInfo.vpcID` to `{cluster_vpc}`"),
            format!("将 `networkInfo.vpcID` 设为 `{cluster_vpc}`"),
        ),
        vec![PatchOperation::Replace {
            path: pointer,
            value: serde_json::Value::String(cluster_vpc.to_owned()),
        }],
    )
}
