use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::facts::{effective_mode, is_route_mode, total_nodes};
use crate::rules::Rule;

/// Default number of entries of a VPC route table, per the CCE CNI documentation.
const DEFAULT_ROUTE_QUOTA: i64 = 50;

declare_rule! {
    /// ## What it does
    /// In the route modes (`kubenet`, the default, or `vpc-route-*`), notes a request for more
    /// than 50 nodes (node sets' `count`, node groups' `replicas`, custom masters).
    ///
    /// ## Why is this bad?
    /// Each node of a route-mode cluster adds one entry to the VPC route table. The CNI
    /// documentation gives a default quota of 50 entries per route table ("默认每个VPC的路由表条目
    /// 最多50条"; the international planning page mentions 200). Past the quota new nodes get no
    /// pod route until the quota is raised; CCE's inspection lists "VPC路由规则数".
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}, "containerNetworkConfig": {"mode": "kubenet", "clusterPodCIDR": "172.28.0.0/16"}}, "nodes": [{"count": 60, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead (or raise the route quota first):
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "managed"}, "containerNetworkConfig": {"mode": "vpc-eni", "eniVPCSubnetIDs": {"zoneA": ["sbn-mnbvhnuupv1u"]}}}, "nodes": [{"count": 60, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - `baidubce/baiducloud-cce-cni-driver` docs/vpc-route/vpc-route.md: "默认每个VPC的路由表条目最多50条"
    /// - CCE network planning guide (intl): route-table quota
    pub struct ManyRouteEntries {
        code: "CCE420",
        name: "many-route-entries",
        group: Network,
        severity: Info,
        fix: None,
        summary: ("Many nodes in a route mode: each uses a VPC route entry", "路由模式下节点较多：每个节点占用一条 VPC 路由"),
        docs_zh: "## 作用\n路由模式（`kubenet`，即默认值，或 `vpc-route-*`）下，提示请求的节点超过 50 个（节点集合的 `count`、节点组的 `replicas`、自定义 Master）。\n\n## 为什么有问题\n路由模式集群的每个节点在 VPC 路由表中占用一条路由。CNI 文档给出的默认配额是每个路由表 50 条（“默认每个VPC的路由表条目最多50条”；国际站规划文档提到 200 条）。超出配额后新节点没有容器路由，需先提升配额；CCE 巡检项也包含“VPC路由规则数”。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}, \"containerNetworkConfig\": {\"mode\": \"kubenet\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}, \"nodes\": [{\"count\": 60, \"instanceSpec\": {}}]}\n```\n\n应改为（或先提升路由配额）：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"managed\"}, \"containerNetworkConfig\": {\"mode\": \"vpc-eni\", \"eniVPCSubnetIDs\": {\"zoneA\": [\"sbn-mnbvhnuupv1u\"]}}}, \"nodes\": [{\"count\": 60, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- `baidubce/baiducloud-cce-cni-driver` docs/vpc-route/vpc-route.md：“默认每个VPC的路由表条目最多50条”\n- CCE 网络规划文档（国际站）：路由表配额\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ManyRouteEntries::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let mode = effective_mode(request);
    if !is_route_mode(&mode) {
        return;
    }
    let nodes = total_nodes(request, ctx.instances());
    if nodes > DEFAULT_ROUTE_QUOTA {
        out.push(many_route_entries_diagnostic(mode.as_str(), nodes));
    }
}

/// `nodes` nodes in route mode `mode` need as many VPC route entries.
fn many_route_entries_diagnostic(mode: &str, nodes: i64) -> Finding {
    Finding::new(
        ManyRouteEntries::META.code,
        JsonPointer::from_segments(["cluster", "containerNetworkConfig", "mode"]),
        Text::new(
            format!(
                "{nodes} nodes in route mode `{mode}` need {nodes} VPC route entries; the default route-table quota is small (50 per the CNI docs)"
            ),
            format!(
                "路由模式 `{mode}` 下 {nodes} 个节点需要 {nodes} 条 VPC 路由；路由表默认配额较小（CNI 文档为 50 条）"
            ),
        ),
        Text::new(
            "Check the VPC route-table quota and raise it before creating, or use an ENI mode, which needs no VPC routes",
            "创建前请确认并提升 VPC 路由表配额，或使用不需要 VPC 路由的 ENI 模式",
        ),
    )
}
