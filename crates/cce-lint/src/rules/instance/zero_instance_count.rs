use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::{is_instance_set, is_new};
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an element of `masters` or `nodes` that asks for new machines (`existed` not
    /// true) with `count` 0 or without `count`. Entries for existing machines (`existed: true`)
    /// stand for one machine each and may omit `count`, as the API's own existing-instance
    /// example does; they are not reported.
    ///
    /// ## Why is this bad?
    /// A new-instance set creates `count` machines, so with 0 it creates nothing: the whole
    /// entry is a no-op. The Terraform example sends such entries to switch master sets off;
    /// more often a forgotten `count` means the cluster gets fewer machines than intended.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 2, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `InstanceSet`: `count` (实例数量); 请求示例: 已有实例 (no `count`)
    /// - terraform-provider-baiducloud `examples/baiducloud-ccev2/main.tf` (master sets with `count = 0`)
    pub struct ZeroInstanceCount {
        code: "CCE503",
        name: "zero-instance-count",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("A new-instance set with `count` 0 creates nothing", "新建实例组的 `count` 为 0，不会创建任何机器"),
        docs_zh: r#"## 作用
报告 `masters` 或 `nodes` 中申请新机器（`existed` 不为 true）但 `count` 为 0 或未设置的元素。已有实例的条目（`existed: true`）各代表一台机器，可以不写 `count`（API 文档的已有实例示例即如此），不会报告。

## 为什么有问题
新建实例组创建 `count` 台机器，为 0 时什么也不创建，整个条目不起作用。Terraform 示例用这种条目关闭 Master 实例组；但更常见的是漏写了 `count`，集群得到的机器比预期少。

## 示例
```json
{"nodes": [{"instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
```

应改为：
```json
{"nodes": [{"count": 2, "instanceSpec": {"machineType": "BCC", "instanceType": "N3"}}]}
```

## 参考
- CCE API 创建集群，`InstanceSet`：`count`（实例数量）；请求示例：已有实例（未写 `count`）
- terraform-provider-baiducloud `examples/baiducloud-ccev2/main.tf`（`count = 0` 的 Master 实例组）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ZeroInstanceCount::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if is_instance_set(instance) && is_new(instance.spec) && instance.count == 0 {
            let pointer = instance.owner().child("count");
            let written = ctx.is_present(&pointer);
            out.push(zero_instance_count_diagnostic(pointer, written));
        }
    }
}

/// The new-instance set's `count` at `pointer` is 0 (`written`) or absent.
fn zero_instance_count_diagnostic(pointer: JsonPointer, written: bool) -> Finding {
    let message = if written {
        Text::new(
            "`count` is 0: this set of new instances creates no machine",
            "`count` 为 0：该新建实例组不会创建任何机器",
        )
    } else {
        Text::new(
            "`count` is missing (0): this set of new instances creates no machine",
            "未设置 `count`（即 0）：该新建实例组不会创建任何机器",
        )
    };
    Finding::new(
        ZeroInstanceCount::META.code,
        pointer,
        message,
        Text::new(
            "Set `count` to the number of machines to create, or remove the set if it is not wanted",
            "将 `count` 设为要创建的机器数量；如不需要该实例组，请删除它",
        ),
    )
}
