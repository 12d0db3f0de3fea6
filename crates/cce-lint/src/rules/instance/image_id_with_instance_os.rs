use crate::declare_rule;
use crate::decode::Decode as _;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Notes instances in `masters`, `nodes` or node-group templates that set both `imageID`
    /// and a non-empty `instanceOS`.
    ///
    /// ## Why is this bad?
    /// It is allowed — the API documentation's own managed-master example does it — but only
    /// `imageID` counts: the SDK comment says the image comes from `imageID` first and is only
    /// computed from `instanceOS` when `imageID` is empty. If the two disagree, the `instanceOS`
    /// you read is not the system you get.
    ///
    /// ## Example
    /// ```json
    /// {"imageID": "m-gTpZ1k6n", "instanceOS": {"imageType": "System", "osName": "CentOS", "osVersion": "7.5"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"imageID": "m-gTpZ1k6n"}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `InstanceSpec.ImageID` comment
    /// - CCE API, 创建集群, 请求示例: 托管 Master 集群 (sets both)
    pub struct ImageIdWithInstanceOs {
        code: "CCE534",
        name: "image-id-with-instance-os",
        group: Instance,
        severity: Info,
        fix: None,
        summary: ("Both imageID and instanceOS set; imageID wins", "同时设置了 imageID 和 instanceOS，以 imageID 为准"),
        docs_zh: r#"## 作用
提示 `masters`、`nodes` 或节点组模板中同时设置了 `imageID` 和非空 `instanceOS` 的实例。

## 为什么有问题
这是允许的（API 文档自己的托管 Master 示例就这样写），但只有 `imageID` 生效：SDK 注释说明优先使用 `imageID`，只有 `imageID` 为空时才根据 `instanceOS` 计算镜像。两者不一致时，`instanceOS` 中写的并不是实际安装的系统。

## 示例
```json
{"imageID": "m-gTpZ1k6n", "instanceOS": {"imageType": "System", "osName": "CentOS", "osVersion": "7.5"}}
```

应改为：
```json
{"imageID": "m-gTpZ1k6n"}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中 `InstanceSpec.ImageID` 的注释
- CCE API 创建集群请求示例：托管 Master 集群（两者都设置了）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &ImageIdWithInstanceOs::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        if !spec.image_id.is_empty() && !spec.instance_os.is_zero() {
            out.push(image_id_with_instance_os_diagnostic(
                instance.at(&["instanceOS"]),
            ));
        }
    }
}

/// The `instanceOS` at `pointer` is overridden by `imageID`.
fn image_id_with_instance_os_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        ImageIdWithInstanceOs::META.code,
        pointer,
        Text::new(
            "imageID takes precedence over instanceOS: the image is chosen by `imageID` alone",
            "imageID 优先于 instanceOS：镜像只由 `imageID` 决定",
        ),
        Text::new(
            "Make sure `instanceOS` describes the same image, or remove one of the two",
            "请确认 `instanceOS` 描述的是同一镜像，或删除两者之一",
        ),
    )
}
