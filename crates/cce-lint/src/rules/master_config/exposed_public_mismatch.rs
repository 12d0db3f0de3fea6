use crate::declare_rule;
use crate::diagnostic::{Finding, PatchOperation, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `options.createSecurityGroups.networkInfo.exposedPublic` differing from
    /// `cluster.masterConfig.exposedPublic` (both default to `false`). The fix copies the
    /// `masterConfig` value, which is the one that decides whether the APIServer gets an EIP.
    ///
    /// ## Why is this bad?
    /// `networkInfo` only describes the cluster so that CCE can generate the rules of the
    /// default security groups it creates; `masterConfig.exposedPublic` decides the actual
    /// exposure. When they disagree, the generated rules are made for another cluster: either
    /// the public APIServer is unreachable through its security group, or rules for public
    /// access are opened on a private cluster.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"exposedPublic": true}}, "options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-mwbgygrjb72w", "vpcCIDR": "192.168.0.0/16", "exposedPublic": false}}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"exposedPublic": true}}, "options": {"createSecurityGroups": {"networkInfo": {"vpcID": "vpc-mwbgygrjb72w", "vpcCIDR": "192.168.0.0/16", "exposedPublic": true}}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2` `CreateSecurityGroups.NetworkInfo` (`ClusterNetworkInfo.ExposedPublic`) and `types.MasterConfig.ExposedPublic`
    /// - Terraform provider `baiducloud_ccev2_cluster` schema, `create_security_groups.network_info.exposed_public` (Required)
    pub struct ExposedPublicMismatch {
        code: "CCE306",
        name: "exposed-public-mismatch",
        group: MasterConfig,
        severity: Warning,
        fix: Always,
        summary: ("`networkInfo.exposedPublic` disagrees with `masterConfig.exposedPublic`", "`networkInfo.exposedPublic` 与 `masterConfig.exposedPublic` 不一致"),
        docs_zh: "## 作用\n报告 `options.createSecurityGroups.networkInfo.exposedPublic` 与 `cluster.masterConfig.exposedPublic` 不一致（二者默认都是 `false`）。修复会复制 `masterConfig` 的取值，因为由它决定 APIServer 是否绑定 EIP。\n\n## 为什么有问题\n`networkInfo` 只是向 CCE 描述集群，以便为其创建的默认安全组生成规则；实际是否公网暴露由 `masterConfig.exposedPublic` 决定。二者不一致时生成的规则与集群不符：要么公网 APIServer 被安全组挡住，要么在私有集群上开放了公网访问规则。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"exposedPublic\": true}}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"vpcCIDR\": \"192.168.0.0/16\", \"exposedPublic\": false}}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"exposedPublic\": true}}, \"options\": {\"createSecurityGroups\": {\"networkInfo\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"vpcCIDR\": \"192.168.0.0/16\", \"exposedPublic\": true}}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2` `CreateSecurityGroups.NetworkInfo`（`ClusterNetworkInfo.ExposedPublic`）及 `types.MasterConfig.ExposedPublic`\n- Terraform provider `baiducloud_ccev2_cluster` schema 中的 `create_security_groups.network_info.exposed_public`（必填）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ExposedPublicMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let Some(groups) = request.options.create_security_groups.as_ref() else {
        return;
    };
    let cluster = request.cluster.master_config.exposed_public;
    if groups.network_info.exposed_public != cluster {
        out.push(exposed_public_mismatch_diagnostic(cluster));
    }
}

/// `networkInfo.exposedPublic` is the opposite of `masterConfig.exposedPublic` (`cluster`).
fn exposed_public_mismatch_diagnostic(cluster: bool) -> Finding {
    let pointer = JsonPointer::from_segments([
        "options",
        "createSecurityGroups",
        "networkInfo",
        "exposedPublic",
    ]);
    let info = !cluster;
    Finding::new(
        ExposedPublicMismatch::META.code,
        pointer.clone(),
        Text::new(
            format!("`networkInfo.exposedPublic` is {info}, but `masterConfig.exposedPublic` is {cluster}: the default security groups would be made for another exposure"),
            format!("`networkInfo.exposedPublic` 为 {info}，但 `masterConfig.exposedPublic` 为 {cluster}：默认安全组规则将与实际暴露方式不符"),
        ),
        Text::new(
            format!("Set `networkInfo.exposedPublic` to {cluster}, like `masterConfig.exposedPublic`"),
            format!("将 `networkInfo.exposedPublic` 设为 {cluster}，与 `masterConfig.exposedPublic` 一致"),
        ),
    )
    .fix(
        Text::new(
            format!("Set `networkInfo.exposedPublic` to {cluster}"),
            format!("将 `networkInfo.exposedPublic` 设为 {cluster}"),
        ),
        vec![PatchOperation::Add {
            path: pointer,
            value: serde_json::Value::Bool(cluster),
        }],
    )
}
