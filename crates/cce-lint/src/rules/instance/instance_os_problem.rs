use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::model::instance::{OsName, OsType};
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports `instanceOS` values CCE does not document: `imageType` outside the BCC image
    /// types plus CCE's `service`, `osType` outside `linux`/`windows`, `osName` outside
    /// `CentOS`, `Ubuntu`, `Windows Server`, `Debian`, `opensuse` (these three are reported by
    /// the structural pass under this code, with a did-you-mean); and a Windows system
    /// (`osType: windows`, or `osName: Windows Server`) for a Kubernetes node. Applies to
    /// `masters`, `nodes` and node-group templates.
    ///
    /// ## Why is this bad?
    /// When `imageID` is empty CCE computes the image from these fields; an unknown value
    /// finds no image. CCE deploys its node components (container runtime, kubelet, network
    /// plugin) on Linux images; a Windows image does not become a working node.
    ///
    /// ## Example
    /// ```json
    /// {"instanceOS": {"imageType": "System", "osType": "windows", "osName": "Windows Server"}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"instanceOS": {"imageType": "System", "osType": "linux", "osName": "CentOS", "osVersion": "7.5"}}
    /// ```
    ///
    /// ## References
    /// - Go SDK `bce-sdk-go/services/cce/v2/types`, `OSType`, `OSName` and `SupportedImageType`
    /// - Go SDK `bce-sdk-go/services/bcc/api`, `ImageType`
    pub struct InstanceOsProblem {
        code: "CCE535",
        name: "instance-os-problem",
        group: Instance,
        severity: Warning,
        fix: Sometimes,
        summary: ("Unknown instanceOS value, or a Windows image for a node", "instanceOS 取值未知，或节点使用 Windows 镜像"),
        docs_zh: r#"## 作用
报告 CCE 未记载的 `instanceOS` 取值：`imageType` 不在 BCC 镜像类型及 CCE 的 `service` 之中，`osType` 不是 `linux`/`windows`，`osName` 不是 `CentOS`、`Ubuntu`、`Windows Server`、`Debian`、`opensuse`（这三项由结构检查以本编码报告，并给出可能的取值）；以及 Kubernetes 节点使用 Windows 系统（`osType: windows` 或 `osName: Windows Server`）。适用于 `masters`、`nodes` 和节点组模板。

## 为什么有问题
`imageID` 为空时，CCE 根据这些字段计算镜像；未知取值找不到镜像。CCE 在 Linux 镜像上部署节点组件（容器运行时、kubelet、网络插件），Windows 镜像无法成为可用节点。

## 示例
```json
{"instanceOS": {"imageType": "System", "osType": "windows", "osName": "Windows Server"}}
```

应改为：
```json
{"instanceOS": {"imageType": "System", "osType": "linux", "osName": "CentOS", "osVersion": "7.5"}}
```

## 参考
- Go SDK `bce-sdk-go/services/cce/v2/types` 中的 `OSType`、`OSName` 和 `SupportedImageType`
- Go SDK `bce-sdk-go/services/bcc/api` 中的 `ImageType`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &InstanceOsProblem::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let os = &instance.spec.instance_os;
        let pointer = if os.os_type == Some(OsType::Windows) {
            instance.at(&["instanceOS", "osType"])
        } else if os.os_name == Some(OsName::WindowsServer) {
            instance.at(&["instanceOS", "osName"])
        } else {
            continue;
        };
        out.push(windows_node_diagnostic(pointer));
    }
}

/// The instance's OS at `pointer` is Windows.
fn windows_node_diagnostic(pointer: JsonPointer) -> Finding {
    Finding::new(
        InstanceOsProblem::META.code,
        pointer,
        Text::new(
            "A Windows image is asked for a Kubernetes node; CCE deploys its node components on Linux",
            "为 Kubernetes 节点指定了 Windows 镜像；CCE 在 Linux 上部署节点组件",
        ),
        Text::new(
            "Use a Linux image: `osType: linux` with e.g. `osName: CentOS` or `Ubuntu`",
            "请使用 Linux 镜像：`osType: linux`，`osName` 例如 `CentOS` 或 `Ubuntu`",
        ),
    )
}
