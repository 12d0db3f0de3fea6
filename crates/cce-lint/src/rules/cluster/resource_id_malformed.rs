use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::common::SecurityGroupV2;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports resource IDs that do not have the form Baidu Cloud gives them: VPCs
    /// `vpc-[a-z0-9]+`, subnets `sbn-[a-z0-9]+`, security groups `g-[a-z0-9]+` (normal) or
    /// `esg-[a-z0-9]+` (enterprise), images `m-[A-Za-z0-9]+`, instances `i-[A-Za-z0-9]+` and
    /// SSH keys `k-[A-Za-z0-9]+`. It looks at the cluster's VPC, BLB and LB-Service subnets
    /// and ENI security group, and at every master, node and node-group template
    /// (`vpcConfig`, `imageID`, `existedOption.existedInstanceID`, `sshKeyID`) and security
    /// group list. Empty values are unset and not reported.
    ///
    /// The subnet IDs in `containerNetworkConfig.eniVPCSubnetIDs` are left to CCE415 (in the
    /// ENI modes, where they are used; in the route modes CCE437 reports the whole map as
    /// ignored), so that one value is not reported twice.
    ///
    /// ## Why is this bad?
    /// A value of the wrong form is usually a placeholder left in, a name pasted where an ID
    /// belongs, or an ID of another kind (a VPC ID in a subnet field). The server then fails to
    /// find the resource. The forms are inferred from the IDs in the documentation, SDK and
    /// Terraform examples, so this is a warning only (the SDK's own example uses placeholders
    /// such as `vpc-subnet-id`).
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w", "masterConfig": {"clusterBLBVPCSubnetID": "vpc-subnet-id"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w", "masterConfig": {"clusterBLBVPCSubnetID": "sbn-mnbvhnuupv1u"}}}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例 (IDs `vpc-…`, `sbn-…`, `g-…`, `m-…`, `i-…`)
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` (`SecurityGroupTypeEnterprise`, `esg-` IDs)
    pub struct ResourceIdMalformed {
        code: "CCE204",
        name: "resource-id-malformed",
        group: Cluster,
        severity: Warning,
        fix: None,
        summary: ("A resource ID does not have the form of its kind", "资源 ID 不符合该类资源的格式"),
        docs_zh: "## 作用\n报告不符合百度云 ID 格式的资源 ID：VPC `vpc-[a-z0-9]+`、子网 `sbn-[a-z0-9]+`、安全组 `g-[a-z0-9]+`（普通）或 `esg-[a-z0-9]+`（企业）、镜像 `m-[A-Za-z0-9]+`、实例 `i-[A-Za-z0-9]+`、SSH 密钥 `k-[A-Za-z0-9]+`。检查集群的 VPC、BLB 子网、LB Service 子网与 ENI 安全组，以及每个 Master、Node 和节点组模板（`vpcConfig`、`imageID`、`existedOption.existedInstanceID`、`sshKeyID`）与安全组列表。空值视为未设置，不报告。\n\n`containerNetworkConfig.eniVPCSubnetIDs` 中的子网 ID 由 CCE415 报告（在使用它们的 ENI 模式下；路由模式下整个映射由 CCE437 报告为被忽略），以免同一个值被报告两次。\n\n## 为什么有问题\n格式不对的值通常是遗留的占位符、把名称当成了 ID，或填了其他类型的 ID（例如在子网字段中填了 VPC ID），服务端将找不到该资源。格式是从文档、SDK 与 Terraform 示例中的 ID 推断的，因此只作为警告（SDK 自带示例就使用了 `vpc-subnet-id` 这样的占位符）。\n\n## 示例\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"masterConfig\": {\"clusterBLBVPCSubnetID\": \"vpc-subnet-id\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"vpcID\": \"vpc-mwbgygrjb72w\", \"masterConfig\": {\"clusterBLBVPCSubnetID\": \"sbn-mnbvhnuupv1u\"}}}\n```\n\n## 参考\n- CCE API 创建集群请求示例（ID 形如 `vpc-…`、`sbn-…`、`g-…`、`m-…`、`i-…`）\n- 官方 SDK（`SecurityGroupTypeEnterprise`，`esg-` ID）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ResourceIdMalformed::META,
    check: Some(check),
};

/// A kind of resource ID and its form.
#[derive(Clone, Copy)]
struct IdKind {
    /// Name in English and Chinese.
    name: (&'static str, &'static str),
    /// English indefinite article for the name.
    article: &'static str,
    /// Accepted prefixes, dash included.
    prefixes: &'static [&'static str],
    /// Whether upper-case letters may follow the prefix.
    mixed_case: bool,
}

const VPC: IdKind = IdKind {
    name: ("VPC", "VPC"),
    article: "a",
    prefixes: &["vpc-"],
    mixed_case: false,
};
const SUBNET: IdKind = IdKind {
    name: ("subnet", "子网"),
    article: "a",
    prefixes: &["sbn-"],
    mixed_case: false,
};
const SECURITY_GROUP: IdKind = IdKind {
    name: ("security group", "安全组"),
    article: "a",
    prefixes: &["g-", "esg-"],
    mixed_case: false,
};
const IMAGE: IdKind = IdKind {
    name: ("image", "镜像"),
    article: "an",
    prefixes: &["m-"],
    mixed_case: true,
};
const INSTANCE: IdKind = IdKind {
    name: ("instance", "实例"),
    article: "an",
    prefixes: &["i-"],
    mixed_case: true,
};
const SSH_KEY: IdKind = IdKind {
    name: ("SSH key", "SSH 密钥"),
    article: "an",
    prefixes: &["k-"],
    mixed_case: true,
};

impl IdKind {
    /// Whether `id` has this kind's form.
    fn matches(self, id: &str) -> bool {
        self.prefixes.iter().any(|prefix| {
            id.strip_prefix(prefix).is_some_and(|rest| {
                !rest.is_empty()
                    && rest.chars().all(|c| {
                        c.is_ascii_digit()
                            || c.is_ascii_lowercase()
                            || (self.mixed_case && c.is_ascii_uppercase())
                    })
            })
        })
    }
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    // Pointers are built only for the IDs reported.
    let mut report = |pointer: &dyn Fn() -> JsonPointer, id: &str, kind: IdKind| {
        if !id.is_empty() && !kind.matches(id) {
            out.push(resource_id_malformed_diagnostic(pointer(), id, kind));
        }
    };
    let cluster = &request.cluster;
    let at = |segments: &[&str]| {
        JsonPointer::from_segments(std::iter::once("cluster").chain(segments.iter().copied()))
    };
    report(&|| at(&["vpcID"]), &cluster.vpc_id, VPC);
    report(
        &|| at(&["masterConfig", "clusterBLBVPCSubnetID"]),
        &cluster.master_config.cluster_blb_vpc_subnet_id,
        SUBNET,
    );
    let network = &cluster.container_network_config;
    report(
        &|| at(&["containerNetworkConfig", "lbServiceVPCSubnetID"]),
        &network.lb_service_vpc_subnet_id,
        SUBNET,
    );
    report(
        &|| at(&["containerNetworkConfig", "eniSecurityGroupID"]),
        &network.eni_security_group_id,
        SECURITY_GROUP,
    );
    for (key, groups) in [
        (
            "masterDefaultSecurityGroups",
            &cluster.master_default_security_groups,
        ),
        (
            "nodeDefaultSecurityGroups",
            &cluster.node_default_security_groups,
        ),
        (
            "eniDefaultSecurityGroups",
            &cluster.eni_default_security_groups,
        ),
    ] {
        security_groups(&|| at(&[key]), groups.as_deref(), &mut report);
    }
    for instance in ctx.instances() {
        let spec = instance.spec;
        let vpc = &spec.vpc_config;
        report(&|| instance.at(&["vpcConfig", "vpcID"]), &vpc.vpc_id, VPC);
        report(
            &|| instance.at(&["vpcConfig", "vpcSubnetID"]),
            &vpc.vpc_subnet_id,
            SUBNET,
        );
        report(
            &|| instance.at(&["vpcConfig", "securityGroupID"]),
            &vpc.security_group_id,
            SECURITY_GROUP,
        );
        for (index, subnet) in vpc.optional_subnet_ids.iter().flatten().enumerate() {
            let pointer = || {
                instance
                    .at(&["vpcConfig", "optionalSubnetIDs"])
                    .child(index)
            };
            report(&pointer, subnet, SUBNET);
        }
        let custom = vpc.security_group.custom_security_groups.iter().flatten();
        for (index, group) in custom.enumerate() {
            let pointer = || {
                instance
                    .at(&["vpcConfig", "securityGroup", "customSecurityGroups"])
                    .child(index)
            };
            report(&pointer, group, SECURITY_GROUP);
        }
        security_groups(
            &|| instance.at(&["vpcConfig", "securityGroups"]),
            vpc.security_groups.as_deref(),
            &mut report,
        );
        report(&|| instance.at(&["imageID"]), &spec.image_id, IMAGE);
        report(
            &|| instance.at(&["existedOption", "existedInstanceID"]),
            &spec.existed_option.existed_instance_id,
            INSTANCE,
        );
        report(&|| instance.at(&["sshKeyID"]), &spec.ssh_key_id, SSH_KEY);
    }
    for (index, group) in request.node_groups.iter().flatten().enumerate() {
        let pointer =
            || JsonPointer::from_segments(["nodeGroups", &index.to_string(), "securityGroups"]);
        security_groups(&pointer, group.security_groups.as_deref(), &mut report);
    }
}

/// Checks the `id` of each entry of a `SecurityGroupV2` list (an empty `id` is CCE216's).
fn security_groups(
    list: &dyn Fn() -> JsonPointer,
    groups: Option<&[SecurityGroupV2]>,
    report: &mut impl FnMut(&dyn Fn() -> JsonPointer, &str, IdKind),
) {
    for (index, group) in groups.unwrap_or_default().iter().enumerate() {
        report(
            &|| list().child(index).child("id"),
            &group.id,
            SECURITY_GROUP,
        );
    }
}

/// `id` at `pointer` does not have the form of a `kind` ID.
fn resource_id_malformed_diagnostic(pointer: JsonPointer, id: &str, kind: IdKind) -> Finding {
    let (en, zh) = kind.name;
    // Space a Latin name from the Chinese around it (`不像是 VPC ID`, `不像是子网 ID`).
    let zh_spaced = if zh.starts_with(|c: char| c.is_ascii()) {
        format!(" {zh}")
    } else {
        zh.to_owned()
    };
    let forms = kind
        .prefixes
        .iter()
        .map(|prefix| format!("`{prefix}…`"))
        .collect::<Vec<_>>()
        .join(" / ");
    let case = if kind.mixed_case {
        ("letters and digits", "字母和数字")
    } else {
        ("lower-case letters and digits", "小写字母和数字")
    };
    Finding::new(
        ResourceIdMalformed::META.code,
        pointer,
        Text::new(
            format!(
                "`{id}` does not look like {} {en} ID ({forms})",
                kind.article
            ),
            format!("`{id}` 不像是{zh_spaced} ID（{forms}）"),
        ),
        Text::new(
            format!(
                "Use the {en} ID shown in the Baidu Cloud console: {forms} followed by {}",
                case.0
            ),
            format!(
                "请使用百度云控制台中显示的{zh_spaced} ID：{forms} 后接{}",
                case.1
            ),
        ),
    )
}
