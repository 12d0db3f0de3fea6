use std::collections::HashMap;

use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an existing machine (`existed: true` with `existedOption.existedInstanceID`)
    /// listed more than once across `masters`, `nodes` and node-group templates. Every listing
    /// after the first is reported.
    ///
    /// ## Why is this bad?
    /// One machine can join a cluster only once, with one role. Listing it twice (for example
    /// both as a master and as a worker) makes CCE try to take over, reinstall and deploy the
    /// same machine twice; the cluster creation fails or the machine ends up in only one of
    /// the roles.
    ///
    /// ## Example
    /// ```json
    /// {"masters": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN"}}}],
    ///  "nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN"}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"masters": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-SxeBLkcN"}}}],
    ///  "nodes": [{"instanceSpec": {"existed": true, "existedOption": {"existedInstanceID": "i-M56Un1DO"}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, 请求示例: 已有实例 ("设置 instanceSpec.existed为true并设置instanceSpec.existedOption.existedInstanceID为希望使用的已有节点 ID")
    pub struct DuplicateExistedInstance {
        code: "CCE113",
        name: "duplicate-existed-instance",
        group: Masters,
        severity: Error,
        fix: None,
        summary: ("The same existing machine is listed twice", "同一台已有机器被列出了两次"),
        docs_zh: "## 作用\n报告在 `masters`、`nodes` 和节点组模板中被列出多次的已有机器（`existed: true` 且设置了 `existedOption.existedInstanceID`）。第一次之后的每次列出都会报告。\n\n## 为什么有问题\n一台机器只能以一种角色加入集群一次。重复列出（例如既作为 Master 又作为 Worker）会让 CCE 对同一台机器接管、重装和部署两次；集群创建会失败，或机器最终只担任其中一种角色。\n\n## 示例\n```json\n{\"masters\": [{\"instanceSpec\": {\"existed\": true, \"existedOption\": {\"existedInstanceID\": \"i-SxeBLkcN\"}}}],\n \"nodes\": [{\"instanceSpec\": {\"existed\": true, \"existedOption\": {\"existedInstanceID\": \"i-SxeBLkcN\"}}}]}\n```\n\n应改为：\n```json\n{\"masters\": [{\"instanceSpec\": {\"existed\": true, \"existedOption\": {\"existedInstanceID\": \"i-SxeBLkcN\"}}}],\n \"nodes\": [{\"instanceSpec\": {\"existed\": true, \"existedOption\": {\"existedInstanceID\": \"i-M56Un1DO\"}}}]}\n```\n\n## 参考\n- CCE API 创建集群请求示例：已有实例（“设置 instanceSpec.existed为true并设置instanceSpec.existedOption.existedInstanceID为希望使用的已有节点 ID”）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DuplicateExistedInstance::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut first: HashMap<&str, JsonPointer> = HashMap::new();
    for instance in ctx.instances() {
        let id = instance.spec.existed_option.existed_instance_id.trim();
        if !instance.spec.existed || id.is_empty() {
            continue;
        }
        let pointer = instance.at(&["existedOption", "existedInstanceID"]);
        match first.get(id) {
            Some(earlier) => out.push(duplicate_existed_instance_diagnostic(pointer, id, earlier)),
            None => {
                first.insert(id, pointer);
            }
        }
    }
}

/// Machine `id` at `pointer` was already listed at `earlier`.
fn duplicate_existed_instance_diagnostic(
    pointer: JsonPointer,
    id: &str,
    earlier: &JsonPointer,
) -> Finding {
    Finding::new(
        DuplicateExistedInstance::META.code,
        pointer,
        Text::new(
            format!("Machine `{id}` is listed twice: it is already used at `{earlier}`"),
            format!("机器 `{id}` 被列出了两次：`{earlier}` 已使用该机器"),
        ),
        Text::new(
            "List each existing machine once, in `masters` or in `nodes`/`nodeGroups`",
            "每台已有机器只列出一次，放在 `masters` 或 `nodes`/`nodeGroups` 中",
        ),
    )
}
