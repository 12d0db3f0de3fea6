use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Notes an event-steps response whose `status` is not one of the SDK's `EventStatus`
    /// values (`creating`, `created`, `create_failed`, `deleting`, `deleted`, `delete_failed`,
    /// `upgrading`, `upgraded`, `upgrade_failed`), or a step whose `stepStatus` is neither
    /// `done` nor `failed`. Informational: the server may know more values than the SDK.
    ///
    /// ## Why is this bad?
    /// It is not necessarily bad. Code that polls the events API usually waits for a terminal
    /// status; a value it does not know may make it wait forever or treat a failure as
    /// success. Handle unknown values explicitly.
    ///
    /// ## Example
    /// ```json
    /// {"status": "Created", "steps": [{"stepName": "创建 BLB", "stepStatus": "success"}], "requestID": "d2ce8f50-529a-4663-9265-ad08c94633c8"}
    /// ```
    ///
    /// Use instead (what the API documents):
    /// ```json
    /// {"status": "created", "steps": [{"stepName": "创建 BLB", "stepStatus": "done"}], "requestID": "d2ce8f50-529a-4663-9265-ad08c94633c8"}
    /// ```
    ///
    /// ## References
    /// - CCE API, 获取集群事件步骤 `GET /v2/event/cluster/{clusterID}`: response example (`created`, `done`)
    /// - bce-sdk-go `services/cce/v2`: `EventStatus` constants, `Step`
    pub struct UnknownEventStatus {
        code: "CCEA08",
        name: "unknown-event-status",
        group: OtherApis,
        severity: Info,
        fix: Sometimes,
        summary: ("Event or step status not known to the SDK", "SDK 未列出的事件或步骤状态"),
        docs_zh: "## 作用\n提示事件步骤返回中的 `status` 不是 SDK `EventStatus` 的取值（`creating`、`created`、`create_failed`、`deleting`、`deleted`、`delete_failed`、`upgrading`、`upgraded`、`upgrade_failed`），或某个步骤的 `stepStatus` 既不是 `done` 也不是 `failed`。仅作提示：服务端可能有 SDK 之外的取值。\n\n## 为什么有问题\n不一定有问题。轮询事件接口的代码通常等待终态；不认识的取值可能让它永远等待，或把失败当作成功。请显式处理未知取值。\n\n## 示例\n```json\n{\"status\": \"Created\", \"steps\": [{\"stepName\": \"创建 BLB\", \"stepStatus\": \"success\"}], \"requestID\": \"d2ce8f50-529a-4663-9265-ad08c94633c8\"}\n```\n\n应改为（API 文档中的取值）：\n```json\n{\"status\": \"created\", \"steps\": [{\"stepName\": \"创建 BLB\", \"stepStatus\": \"done\"}], \"requestID\": \"d2ce8f50-529a-4663-9265-ad08c94633c8\"}\n```\n\n## 参考\n- CCE API 获取集群事件步骤 `GET /v2/event/cluster/{clusterID}`：返回示例（`created`、`done`）\n- bce-sdk-go `services/cce/v2`：`EventStatus` 常量、`Step`\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on the response's `status` and `stepStatus`).
pub(crate) const RULE: Rule = Rule {
    meta: &UnknownEventStatus::META,
    check: None,
};
