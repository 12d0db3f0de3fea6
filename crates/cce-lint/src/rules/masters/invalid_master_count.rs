use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::masters::counting::{is_custom, total_masters, MASTER_REPLICAS};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a cluster with custom masters (`masterType` `custom` or `containerizedCustom`)
    /// whose `masters` entries add up to a number of machines other than 1, 3 or 5. A new
    /// instance set counts `count` machines (so `count: 0` entries count nothing) and an existing
    /// instance counts one. No masters at all is reported by CCE103 instead.
    ///
    /// ## Why is this bad?
    /// CCE runs etcd on the masters and only supports the replica counts 1, 3 and 5 (the SDK's
    /// `ClusterHA` values; the Terraform example says "the total number of masters can only be
    /// 1,3 or 5"). An even number adds a machine without adding fault tolerance, and the request
    /// is refused.
    ///
    /// Note: rules.md names only `custom`; `containerizedCustom` masters are user machines as
    /// well and are held to the same counts.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}}, "masters": [{"count": 2, "instanceSpec": {}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"masterConfig": {"masterType": "custom"}}, "masters": [{"count": 3, "instanceSpec": {}}]}
    /// ```
    ///
    /// ## References
    /// - Terraform provider example `examples/baiducloud-ccev2/main.tf` ("the total number of masters can only be 1,3 or 5")
    /// - bce-sdk-go `services/cce/v2/types` `ClusterHA` constants (1, 2 for serverless, 3, 5)
    pub struct InvalidMasterCount {
        code: "CCE104",
        name: "invalid-master-count",
        group: Masters,
        severity: Error,
        fix: None,
        summary: ("Custom masters must number 1, 3 or 5", "自定义 Master 的总数必须是 1、3 或 5"),
        docs_zh: "## 作用\n报告自定义 Master（`masterType` 为 `custom` 或 `containerizedCustom`）集群中 `masters` 各条目合计的机器数不是 1、3 或 5 的情况。新建实例组按 `count` 计数（`count: 0` 的条目不计），已有实例计一台。完全没有 Master 时由 CCE103 报告。\n\n## 为什么有问题\nCCE 在 Master 上运行 etcd，只支持 1、3、5 个副本（SDK 的 `ClusterHA` 取值；Terraform 示例注明“the total number of masters can only be 1,3 or 5”）。偶数个 Master 多花一台机器却不增加容错能力，请求会被拒绝。\n\n注：rules.md 只提到 `custom`；`containerizedCustom` 的 Master 同样是用户机器，按相同数量要求检查。\n\n## 示例\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\"}}, \"masters\": [{\"count\": 2, \"instanceSpec\": {}}]}\n```\n\n应改为：\n```json\n{\"cluster\": {\"masterConfig\": {\"masterType\": \"custom\"}}, \"masters\": [{\"count\": 3, \"instanceSpec\": {}}]}\n```\n\n## 参考\n- Terraform provider 示例 `examples/baiducloud-ccev2/main.tf`（“the total number of masters can only be 1,3 or 5”）\n- bce-sdk-go `services/cce/v2/types` `ClusterHA` 常量（1、serverless 的 2、3、5）\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InvalidMasterCount::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    if !is_custom(request.cluster.master_config.master_type.as_ref()) {
        return;
    }
    let total = total_masters(ctx.instances());
    if total > 0 && !MASTER_REPLICAS.contains(&total) {
        out.push(invalid_master_count_diagnostic(total));
    }
}

/// `masters` asks for `total` machines, not 1, 3 or 5.
fn invalid_master_count_diagnostic(total: i64) -> Finding {
    Finding::new(
        InvalidMasterCount::META.code,
        JsonPointer::from_segments(["masters"]),
        Text::new(
            format!(
                "`masters` asks for {total} master machine(s); a custom cluster must have 1, 3 or 5"
            ),
            format!("`masters` 共申请了 {total} 台 Master 机器；自定义集群只能有 1、3 或 5 台"),
        ),
        Text::new(
            "Change the `count` values (and existing instances) so that they add up to 1, 3 or 5",
            "调整各条目的 `count`（及已有实例），使合计为 1、3 或 5",
        ),
    )
}
