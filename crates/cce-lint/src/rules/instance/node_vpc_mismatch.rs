use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an instance whose `vpcConfig.vpcID` differs from `cluster.vpcID`. Only when both
    /// are set: an instance without `vpcID` (as in the API's custom-master and
    /// existing-instance examples) gets the cluster's VPC, and a missing cluster VPC is
    /// reported by the cluster rules.
    ///
    /// ## Why is this bad?
    /// A cluster lives in one VPC, fixed at creation; its nodes must be in that VPC to reach the
    /// masters, the pod routes and the load balancers. The API's examples repeat the cluster
    /// VPC on every node. A node in another VPC is refused or cannot join.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcID": "vpc-43zsdm46t9rp", "vpcSubnetID": "sbn-vvqsb9b57f24"}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcID": "vpc-mwbgygrjb72w", "vpcSubnetID": "sbn-mnbvhnuupv1u"}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 托管 Master 集群 (node `vpcConfig.vpcID` repeats `cluster.vpcID`)
    /// - bce-sdk-go `types.ClusterSpec.VPCID` (`validate:"readonly"` after creation)
    pub struct NodeVpcMismatch {
        code: "CCE516",
        name: "node-vpc-differs-from-cluster",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("An instance's VPC differs from the cluster VPC", "实例的 VPC 与集群 VPC 不同"),
        docs_zh: r#"## 作用
报告 `vpcConfig.vpcID` 与 `cluster.vpcID` 不同的实例。仅在两者都设置时检查：未设置 `vpcID` 的实例（如 API 的自定义 Master 和已有实例示例）使用集群的 VPC，集群 VPC 缺失由集群规则报告。

## 为什么有问题
集群位于创建时确定的一个 VPC 中；节点必须在该 VPC 内才能访问 Master、Pod 路由和负载均衡。API 示例在每个节点上重复集群 VPC。位于其他 VPC 的节点会被拒绝或无法加入集群。

## 示例
```json
{"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcID": "vpc-43zsdm46t9rp", "vpcSubnetID": "sbn-vvqsb9b57f24"}}}]}
```

应改为：
```json
{"cluster": {"vpcID": "vpc-mwbgygrjb72w"}, "nodes": [{"count": 1, "instanceSpec": {"vpcConfig": {"vpcID": "vpc-mwbgygrjb72w", "vpcSubnetID": "sbn-mnbvhnuupv1u"}}}]}
```

## 参考
- CCE API 创建集群，请求示例：托管 Master 集群（节点 `vpcConfig.vpcID` 与 `cluster.vpcID` 相同）
- bce-sdk-go `types.ClusterSpec.VPCID`（创建后 `validate:"readonly"`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &NodeVpcMismatch::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let cluster_vpc = request.cluster.vpc_id.trim();
    if cluster_vpc.is_empty() {
        return;
    }
    for instance in ctx.instances() {
        let node_vpc = instance.spec.vpc_config.vpc_id.trim();
        if !node_vpc.is_empty() && node_vpc != cluster_vpc {
            out.push(node_vpc_mismatch_diagnostic(
                instance.at(&["vpcConfig", "vpcID"]),
                node_vpc,
                cluster_vpc,
            ));
        }
    }
}

/// The instance's VPC `node_vpc` at `pointer` is not the cluster's `cluster_vpc`.
fn node_vpc_mismatch_diagnostic(
    pointer: JsonPointer,
    node_vpc: &str,
    cluster_vpc: &str,
) -> Finding {
    Finding::new(
        NodeVpcMismatch::META.code,
        pointer,
        Text::new(
            format!("Node VPC `{node_vpc}` differs from cluster VPC `{cluster_vpc}`"),
            format!("节点 VPC `{node_vpc}` 与集群 VPC `{cluster_vpc}` 不同"),
        ),
        Text::new(
            format!(
                "Place the node in `{cluster_vpc}` (with a subnet of that VPC), or remove `vpcConfig.vpcID` to use the cluster VPC"
            ),
            format!(
                "将节点放在 `{cluster_vpc}` 中（并使用该 VPC 的子网），或删除 `vpcConfig.vpcID` 以使用集群 VPC"
            ),
        ),
    )
}
