use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::{Context, TypedDocument};
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a delete-cluster query with `moveOut: true` together with
    /// `deleteResource: true` or `deleteCDSSnapshot: true`.
    ///
    /// ## Why is this bad?
    /// `moveOut` keeps the machines: they are moved out of the cluster instead of released.
    /// `deleteResource` deletes their postpaid EIPs and CDS disks and `deleteCDSSnapshot` the
    /// disks' snapshots. Keeping a machine while deleting its disks and public IP is almost
    /// never intended: either the machines are meant to survive with their data, or they are
    /// meant to go.
    ///
    /// ## Example
    /// ```json
    /// {"moveOut": true, "deleteResource": true, "deleteCDSSnapshot": true}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"moveOut": true, "deleteResource": false, "deleteCDSSnapshot": false}
    /// ```
    ///
    /// ## References
    /// - CCE API, 删除集群 `DELETE /v2/cluster/{clusterID}`: `deleteResource` "是否删除相关资源(后付费公网IP和云磁盘)", `deleteCDSSnapshot` "是否删除云磁盘快照", `moveOut` "集群删除是否保留节点"
    pub struct MoveOutWithResourceDeletion {
        code: "CCEA06",
        name: "move-out-with-resource-deletion",
        group: OtherApis,
        severity: Warning,
        fix: None,
        summary: ("Machines are kept (`moveOut`) but their disks or EIPs deleted", "保留节点（`moveOut`）却删除其磁盘或 EIP"),
        docs_zh: "## 作用\n报告删除集群查询中 `moveOut: true` 与 `deleteResource: true` 或 `deleteCDSSnapshot: true` 同时出现。\n\n## 为什么有问题\n`moveOut` 保留机器：机器被移出集群而不是释放。`deleteResource` 删除其后付费公网 IP 和云磁盘，`deleteCDSSnapshot` 删除云磁盘快照。保留机器却删除其磁盘和公网 IP 几乎从来不是本意：要么机器连同数据保留，要么机器一起删除。\n\n## 示例\n```json\n{\"moveOut\": true, \"deleteResource\": true, \"deleteCDSSnapshot\": true}\n```\n\n应改为：\n```json\n{\"moveOut\": true, \"deleteResource\": false, \"deleteCDSSnapshot\": false}\n```\n\n## 参考\n- CCE API 删除集群 `DELETE /v2/cluster/{clusterID}`：`deleteResource`“是否删除相关资源(后付费公网IP和云磁盘)”，`deleteCDSSnapshot`“是否删除云磁盘快照”，`moveOut`“集群删除是否保留节点”\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MoveOutWithResourceDeletion::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let TypedDocument::DeleteClusterQuery(query) = ctx.document else {
        return;
    };
    if query.move_out != Some(true) {
        return;
    }
    let deleting: Vec<&str> = [
        ("deleteResource", query.delete_resource),
        ("deleteCDSSnapshot", query.delete_cds_snapshot),
    ]
    .into_iter()
    .filter(|(_, value)| *value == Some(true))
    .map(|(field, _)| field)
    .collect();
    if !deleting.is_empty() {
        out.push(move_out_with_resource_deletion_diagnostic(&deleting));
    }
}

/// `moveOut` is true while the `deleting` flags are true too.
fn move_out_with_resource_deletion_diagnostic(deleting: &[&str]) -> Finding {
    let flags = deleting
        .iter()
        .map(|field| format!("`{field}`"))
        .collect::<Vec<_>>()
        .join(" and ");
    let verb = if deleting.len() == 1 {
        "deletes"
    } else {
        "delete"
    };
    Finding::new(
        MoveOutWithResourceDeletion::META.code,
        JsonPointer::from_segments(["moveOut"]),
        Text::new(
            format!(
                "`moveOut: true` keeps the machines, but {flags} also {verb} their disks, snapshots or EIPs"
            ),
            format!(
                "`moveOut: true` 保留机器，但 {} 同时会删除其磁盘、快照或 EIP",
                flags.replace(" and ", "、")
            ),
        ),
        Text::new(
            format!(
                "To keep the machines with their data, set {flags} to false; to delete everything, set `moveOut` to false"
            ),
            format!(
                "若要连同数据保留机器，请将 {} 设为 false；若要全部删除，请将 `moveOut` 设为 false",
                flags.replace(" and ", "、")
            ),
        ),
    )
}
