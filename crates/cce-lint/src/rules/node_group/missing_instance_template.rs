use super::node_groups;
use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a node group with neither a non-empty `instanceTemplate` nor any
    /// `instanceTemplates`.
    ///
    /// ## Why is this bad?
    /// The template says what machines the group creates; the API reference marks
    /// `instanceTemplate` as required (是). Without one CCE has nothing to scale out.
    ///
    /// ## Example
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 2}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodeGroups": [{"instanceGroupName": "workers", "replicas": 2, "instanceTemplate": {"machineType": "BCC", "instanceResource": {"machineSpec": "bcc.g5.c2m8"}}}]}
    /// ```
    ///
    /// ## References
    /// - CCE API reference, 创建节点组: `instanceTemplate` 是否必须: 是
    /// - Vendor SDK `v2.InstanceGroupSpec` (`instanceTemplate`, `instanceTemplates`)
    pub struct MissingInstanceTemplate {
        code: "CCE803",
        name: "missing-instance-template",
        group: NodeGroup,
        severity: Error,
        fix: None,
        summary: ("A node group has no instance template", "节点组缺少节点模板"),
        docs_zh: "## 作用\n报告既没有非空 `instanceTemplate` 也没有任何 `instanceTemplates` 的节点组。\n\n## 为什么有问题\n模板决定节点组创建什么机器；API 参考将 `instanceTemplate` 标为必填。没有模板，CCE 无法扩容。\n\n## 示例\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 2}]}\n```\n\n应改为：\n```json\n{\"nodeGroups\": [{\"instanceGroupName\": \"workers\", \"replicas\": 2, \"instanceTemplate\": {\"machineType\": \"BCC\", \"instanceResource\": {\"machineSpec\": \"bcc.g5.c2m8\"}}}]}\n```\n\n## 参考\n- CCE API 参考，创建节点组：`instanceTemplate` 是否必须：是\n- 官方 SDK `v2.InstanceGroupSpec`\n",
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &MissingInstanceTemplate::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    for (pointer, group) in node_groups(request) {
        let has_template = !crate::rules::instance::spec_facts::is_blank(&group.instance_template);
        let has_templates = group
            .instance_templates
            .as_ref()
            .is_some_and(|templates| !templates.is_empty());
        if !has_template && !has_templates {
            out.push(missing_instance_template_diagnostic(
                pointer.child("instanceTemplate"),
            ));
        }
    }
}

fn missing_instance_template_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        MissingInstanceTemplate::META.code,
        pointer,
        Text::new(
            "The node group has no `instanceTemplate` or `instanceTemplates`",
            "节点组没有 `instanceTemplate` 或 `instanceTemplates`",
        ),
        Text::new(
            "Describe the group's machines in `instanceTemplate` (machine type, resources, image, subnet)",
            "在 `instanceTemplate` 中描述节点组的机器（机器类型、资源、镜像、子网）",
        ),
    )
}
