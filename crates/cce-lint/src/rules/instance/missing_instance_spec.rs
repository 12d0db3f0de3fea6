use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_instance_set;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports an element of `masters` or `nodes` whose `instanceSpec` is missing, `null` or
    /// empty (`{}`). Node-group templates are checked by the node-group rules (CCE803).
    ///
    /// ## Why is this bad?
    /// `instanceSpec` is required ("是") in the API documentation: it says which machine to buy
    /// or reuse, its subnet, image and credentials. Without it the set describes no machine and
    /// the server refuses it or fails to create the node.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u"}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API, 创建集群, `InstanceSet`: `instanceSpec` (InstanceSpec, 是)
    pub struct MissingInstanceSpec {
        code: "CCE501",
        name: "missing-instance-spec",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("An instance set without `instanceSpec`", "实例组缺少 `instanceSpec`"),
        docs_zh: r#"## 作用
报告 `masters` 或 `nodes` 中 `instanceSpec` 缺失、为 `null` 或为空对象（`{}`）的元素。节点组模板由节点组规则（CCE803）检查。

## 为什么有问题
API 文档中 `instanceSpec` 为必填（“是”）：它说明购买或复用哪台机器、子网、镜像和登录凭据。缺少它，实例组不描述任何机器，服务端会拒绝请求或节点创建失败。

## 示例
```json
{"nodes": [{"count": 1}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "vpcConfig": {"vpcSubnetID": "sbn-mnbvhnuupv1u"}}}]}
```

## 参考
- CCE API 创建集群，`InstanceSet`：`instanceSpec`（InstanceSpec，是）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingInstanceSpec::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        if is_instance_set(instance) && instance.blank {
            let present = ctx.is_present(&instance.pointer());
            out.push(missing_instance_spec_diagnostic(
                instance.pointer(),
                present,
            ));
        }
    }
}

/// The set at `pointer`'s parent has no `instanceSpec` (`present`: written but empty or null).
fn missing_instance_spec_diagnostic(pointer: JsonPointer, present: bool) -> Finding {
    let message = if present {
        Text::new(
            "`instanceSpec` is empty: the set describes no machine",
            "`instanceSpec` 为空：该实例组未描述任何机器",
        )
    } else {
        Text::new(
            "`instanceSpec` is missing: the set describes no machine",
            "缺少 `instanceSpec`：该实例组未描述任何机器",
        )
    };
    Finding::new(
        MissingInstanceSpec::META.code,
        pointer,
        message,
        Text::new(
            "Add an `instanceSpec` with at least machineType, instanceType, vpcConfig.vpcSubnetID and an image, or remove the set",
            "添加 `instanceSpec`（至少包含 machineType、instanceType、vpcConfig.vpcSubnetID 和镜像），或删除该实例组",
        ),
    )
}
