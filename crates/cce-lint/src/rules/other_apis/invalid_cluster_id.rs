//! CCEA04: cluster IDs in response documents.

use serde_json::Value;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::kind::DocumentKind;
use crate::lint::{Context, TypedDocument};
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster ID in a response document that is empty or does not look like
    /// `cce-` followed by eight letters or digits (`cce-NqYwWEhu`): the create response's
    /// `clusterID`, the `spec.clusterID` of the get and list responses, and the `clusterID` of
    /// the instances they list.
    ///
    /// Note: the catalogue gives this rule error severity for the cluster ID of the get,
    /// delete, delete-protection and events calls, but those take the ID in the URL path,
    /// which no linted document contains. In a response a malformed ID does not make the API
    /// refuse anything; it means the document was edited by hand or is not a CCE response,
    /// and follow-up calls built from it will fail. Hence a warning.
    ///
    /// ## Why is this bad?
    /// Every CCE cluster ID has this form (`cce-` and eight characters); the get, delete,
    /// delete-protection and events calls put it in their URL. An ID of another shape is
    /// refused by those calls, usually with an unhelpful "not found".
    ///
    /// ## Example
    /// ```json
    /// {"clusterID": "NqYwWEhu", "requestID": "d2ce8f50-529a-4663-9265-ad08c94633c8"}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"clusterID": "cce-NqYwWEhu", "requestID": "d2ce8f50-529a-4663-9265-ad08c94633c8"}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群 (response `cce-NqYwWEhu`), 集群详情/集群列表 (`cce-shpdaa9l`), 删除集群 (`cce-uqc4lju1`), 更新集群删除保护开关 (`cce-5gw06fjs`), 获取集群事件步骤 (`cce-j8pb3dm0`)
    pub struct InvalidClusterId {
        code: "CCEA04",
        name: "invalid-cluster-id",
        group: OtherApis,
        severity: Warning,
        fix: None,
        summary: ("Cluster ID is not of the form `cce-xxxxxxxx`", "集群 ID 不符合 `cce-xxxxxxxx` 格式"),
        docs_zh: "## 作用\n报告返回文档中为空或不符合 `cce-` 加八个字母或数字（如 `cce-NqYwWEhu`）格式的集群 ID：创建集群返回的 `clusterID`、集群详情和集群列表返回中的 `spec.clusterID`，以及其中列出的节点的 `clusterID`。\n\n注意：规则目录对集群详情、删除、删除保护和事件接口的集群 ID 给出 error 级别，但这些接口把 ID 放在 URL 路径中，被检查的文档里没有它。返回中的 ID 格式不对并不会让 API 拒绝什么，而是说明文档被手工修改过或不是 CCE 的返回，基于它的后续调用会失败。因此定为 warning。\n\n## 为什么有问题\n所有 CCE 集群 ID 都是这种格式（`cce-` 加八个字符）；集群详情、删除、删除保护和事件接口把它放在 URL 中。其他形式的 ID 会被这些接口拒绝，通常只返回含糊的“not found”。\n\n## 示例\n```json\n{\"clusterID\": \"NqYwWEhu\", \"requestID\": \"d2ce8f50-529a-4663-9265-ad08c94633c8\"}\n```\n\n应改为：\n```json\n{\"clusterID\": \"cce-NqYwWEhu\", \"requestID\": \"d2ce8f50-529a-4663-9265-ad08c94633c8\"}\n```\n\n## 参考\n- CCE API：创建集群（返回 `cce-NqYwWEhu`）、集群详情/集群列表（`cce-shpdaa9l`）、删除集群（`cce-uqc4lju1`）、更新集群删除保护开关（`cce-5gw06fjs`）、获取集群事件步骤（`cce-j8pb3dm0`）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidClusterId::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    if let TypedDocument::Response(value) = ctx.document {
        out.extend(cluster_id_findings(ctx.kind, value));
    }
}

/// Whether `id` is `cce-` followed by eight ASCII letters or digits.
pub fn is_cluster_id(id: &str) -> bool {
    id.strip_prefix("cce-")
        .is_some_and(|rest| rest.len() == 8 && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The CCEA04 findings of a response document, given its normalised value (canonical keys).
pub fn cluster_id_findings(kind: DocumentKind, document: &Value) -> Vec<Finding> {
    let mut out = Vec::new();
    let check_cluster = |cluster: &Value, at: JsonPointer, out: &mut Vec<Finding>| {
        if let Some(id) = cluster.pointer("/spec/clusterID").and_then(Value::as_str) {
            if !is_cluster_id(id) {
                out.push(invalid_cluster_id_diagnostic(
                    at.child("spec").child("clusterID"),
                    id,
                ));
            }
        }
        for (index, instance) in cluster
            .get("instances")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let Some(id) = instance.get("clusterID").and_then(Value::as_str) {
                if !is_cluster_id(id) {
                    let pointer = at.child("instances").child(index).child("clusterID");
                    out.push(invalid_cluster_id_diagnostic(pointer, id));
                }
            }
        }
    };
    match kind {
        DocumentKind::CreateClusterResponse => {
            let id = document
                .get("clusterID")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !is_cluster_id(id) {
                out.push(invalid_cluster_id_diagnostic(
                    JsonPointer::from_segments(["clusterID"]),
                    id,
                ));
            }
        }
        DocumentKind::GetClusterResponse => {
            if let Some(cluster) = document.get("cluster") {
                check_cluster(cluster, JsonPointer::from_segments(["cluster"]), &mut out);
            }
        }
        DocumentKind::ListClustersResponse => {
            let list = document
                .pointer("/clusterPage/clusterList")
                .and_then(Value::as_array);
            for (index, cluster) in list.into_iter().flatten().enumerate() {
                let at =
                    JsonPointer::from_segments(["clusterPage", "clusterList", &index.to_string()]);
                check_cluster(cluster, at, &mut out);
            }
        }
        _ => {}
    }
    out
}

/// The cluster ID `id` at `pointer` is malformed.
fn invalid_cluster_id_diagnostic(pointer: JsonPointer, id: &str) -> Finding {
    let message = if id.is_empty() {
        Text::new("The cluster ID is empty", "集群 ID 为空")
    } else {
        Text::new(
            format!("`{id}` is not a CCE cluster ID (`cce-` followed by 8 letters or digits)"),
            format!("`{id}` 不是 CCE 集群 ID（`cce-` 加 8 个字母或数字）"),
        )
    };
    Finding::new(
        InvalidClusterId::META.code,
        pointer,
        message,
        Text::new(
            "Use the ID exactly as CCE returned it, e.g. `cce-NqYwWEhu`",
            "请使用 CCE 返回的原始 ID，例如 `cce-NqYwWEhu`",
        ),
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn pointers(kind: DocumentKind, document: &Value) -> Vec<String> {
        cluster_id_findings(kind, document)
            .into_iter()
            .map(|finding| finding.pointer.to_string())
            .collect()
    }

    #[test]
    fn seed_ids_are_valid() {
        for id in [
            "cce-NqYwWEhu",
            "cce-shpdaa9l",
            "cce-uqc4lju1",
            "cce-5gw06fjs",
            "cce-j8pb3dm0",
        ] {
            assert!(is_cluster_id(id), "{id}");
        }
        for id in [
            "",
            "cce-",
            "NqYwWEhu",
            "cce-NqYwWEh",
            "cce-NqYwWEhu1",
            "CCE-NqYwWEhu",
            "cce-NqYw-Ehu",
        ] {
            assert!(!is_cluster_id(id), "{id}");
        }
    }

    #[test]
    fn response_ids_are_found() {
        let create = json!({"clusterID": "NqYwWEhu", "requestID": "r"});
        assert_eq!(
            pointers(DocumentKind::CreateClusterResponse, &create),
            ["/clusterID"]
        );
        let get = json!({"cluster": {"spec": {"clusterID": "cce-shpdaa9l"}, "instances": [{"clusterID": "x"}]}});
        assert_eq!(
            pointers(DocumentKind::GetClusterResponse, &get),
            ["/cluster/instances/0/clusterID"]
        );
        let list = json!({"clusterPage": {"clusterList": [{"spec": {"clusterID": "cce-shpdaa9l"}}, {"spec": {"clusterID": ""}}]}});
        assert_eq!(
            pointers(DocumentKind::ListClustersResponse, &list),
            ["/clusterPage/clusterList/1/spec/clusterID"]
        );
        let fine = json!({"clusterID": "cce-NqYwWEhu", "requestID": "r"});
        assert!(pointers(DocumentKind::CreateClusterResponse, &fine).is_empty());
    }
}
