use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports instances in `masters`, `nodes` or node-group templates that set both
    /// `deploySetID` and a non-empty `deploySetIDs`.
    ///
    /// ## Why is this bad?
    /// The SDK has a single deployment set (`deploySetID`) and a newer list (`deploySetIDs`)
    /// to spread instances over several sets. Which one CCE uses when both are given is not
    /// documented, so the placement you get may not be the one you planned.
    ///
    /// ## Example
    /// ```json
    /// {"deploySetID": "dset-a", "deploySetIDs": ["dset-b", "dset-c"]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"deploySetIDs": ["dset-a", "dset-b", "dset-c"]}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `InstanceSpec.DeploySetID`, `DeploySetIDs`
    pub struct DeploySetIdConflict {
        code: "CCE549",
        name: "deploy-set-id-conflict",
        group: Instance,
        severity: Warning,
        fix: None,
        summary: ("Both deploySetID and deploySetIDs set", "同时设置了 deploySetID 和 deploySetIDs"),
        docs_zh: r#"## 作用
报告 `masters`、`nodes` 或节点组模板中同时设置了 `deploySetID` 和非空 `deploySetIDs` 的实例。

## 为什么有问题
SDK 既有单个部署集（`deploySetID`），也有较新的部署集列表（`deploySetIDs`），用于把实例分散到多个部署集。两者都给出时 CCE 使用哪一个没有文档说明，实际的放置可能与计划不同。

## 示例
```json
{"deploySetID": "dset-a", "deploySetIDs": ["dset-b", "dset-c"]}
```

应改为：
```json
{"deploySetIDs": ["dset-a", "dset-b", "dset-c"]}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `InstanceSpec.DeploySetID`、`DeploySetIDs`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &DeploySetIdConflict::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        let has_list = spec
            .deploy_set_ids
            .as_ref()
            .is_some_and(|ids| !ids.is_empty());
        if !spec.deploy_set_id.is_empty() && has_list {
            out.push(deploy_set_id_conflict_diagnostic(
                instance.at(&["deploySetID"]),
            ));
        }
    }
}

/// The `deploySetID` at `pointer` competes with `deploySetIDs`.
fn deploy_set_id_conflict_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        DeploySetIdConflict::META.code,
        pointer,
        Text::new(
            "Both deploySetID and deploySetIDs are set; which one CCE uses is undocumented",
            "同时设置了 deploySetID 和 deploySetIDs；CCE 使用哪一个没有文档说明",
        ),
        Text::new(
            "Keep only `deploySetIDs` (put this ID into the list), or only `deploySetID`",
            "只保留 `deploySetIDs`（把该 ID 放入列表），或只保留 `deploySetID`",
        ),
    )
}
