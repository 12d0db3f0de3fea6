use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::{is_bcc_or_unset, is_new, is_windows};
use crate::rules::Rule;

/// BCC system disk size range for Linux images, in GB.
const LINUX_ROOT_DISK_GB: (i64, i64) = (10, 2048);
/// BCC system disk size range for Windows images, in GB.
const WINDOWS_ROOT_DISK_GB: (i64, i64) = (40, 2048);

declare_rule! {
    /// ## What it does
    /// Reports an `instanceResource.rootDiskSize` outside 10–2048 GB, or 40–2048 GB when the
    /// instance runs Windows (`instanceOS.osType: windows` or `osName: Windows Server`). Only for
    /// new BCC machines (`machineType` `BCC` or unset): existing machines keep their disk, and
    /// BBC servers size their system disk with `bbcOption.sysDiskSize`. `0` (unset) means the
    /// default size and is not reported.
    ///
    /// ## Why is this bad?
    /// The system disk is created by BCC, which accepts only these sizes (BCC
    /// `CreateInstanceBySpec` `rootDiskSizeInGb`: Linux 10–2048, Windows 40–2048). Any other
    /// size fails the purchase.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8, "rootDiskSize": 4096}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8, "rootDiskSize": 100}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-openapi-meta `bcc/CreateInstanceBySpec.json` `rootDiskSizeInGb` (Linux [10, 2048], Windows [40, 2048] GB)
    /// - bce-sdk-go `types.InstanceResource.RootDiskSize`
    pub struct RootDiskSizeOutOfRange {
        code: "CCE522",
        name: "root-disk-size-out-of-range",
        group: Instance,
        severity: Error,
        fix: None,
        summary: ("`rootDiskSize` outside 10–2048 GB (Windows 40–2048)", "`rootDiskSize` 超出 10–2048 GB（Windows 为 40–2048）"),
        docs_zh: r#"## 作用
报告超出 10–2048 GB 的 `instanceResource.rootDiskSize`，实例运行 Windows（`instanceOS.osType: windows` 或 `osName: Windows Server`）时范围为 40–2048 GB。只检查新建 BCC 机器（`machineType` 为 `BCC` 或未设置）：已有机器保留原有系统盘，BBC 服务器用 `bbcOption.sysDiskSize` 指定系统盘大小。`0`（未设置）表示默认大小，不报告。

## 为什么有问题
系统盘由 BCC 创建，只接受这些大小（BCC `CreateInstanceBySpec` 的 `rootDiskSizeInGb`：Linux 10–2048，Windows 40–2048）。其他大小会导致购买失败。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8, "rootDiskSize": 4096}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"machineType": "BCC", "instanceType": "N3", "instanceResource": {"cpu": 4, "mem": 8, "rootDiskSize": 100}}}]}
```

## 参考
- bce-openapi-meta `bcc/CreateInstanceBySpec.json` 的 `rootDiskSizeInGb`（Linux [10, 2048]，Windows [40, 2048] GB）
- bce-sdk-go `types.InstanceResource.RootDiskSize`
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &RootDiskSizeOutOfRange::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for instance in ctx.instances() {
        let spec = instance.spec;
        let size = spec.instance_resource.root_disk_size;
        if size == 0 || !is_new(spec) || !is_bcc_or_unset(spec) {
            continue;
        }
        let windows = is_windows(spec);
        let (min, max) = if windows {
            WINDOWS_ROOT_DISK_GB
        } else {
            LINUX_ROOT_DISK_GB
        };
        if !(min..=max).contains(&size) {
            out.push(root_disk_size_out_of_range_diagnostic(
                instance.at(&["instanceResource", "rootDiskSize"]),
                size,
                windows,
            ));
        }
    }
}

/// `rootDiskSize` `size` at `pointer` is outside the BCC range for the OS family.
fn root_disk_size_out_of_range_diagnostic(
    pointer: JsonPointer,
    size: i64,
    windows: bool,
) -> Finding {
    let ((min, max), os) = if windows {
        (WINDOWS_ROOT_DISK_GB, "Windows")
    } else {
        (LINUX_ROOT_DISK_GB, "Linux")
    };
    Finding::new(
        RootDiskSizeOutOfRange::META.code,
        pointer,
        Text::new(
            format!(
                "`rootDiskSize` {size} GB is outside {min}–{max} GB, the BCC system disk range for {os}"
            ),
            format!("`rootDiskSize` 为 {size} GB，超出 {os} 系统盘的 BCC 取值范围 {min}–{max} GB"),
        ),
        Text::new(
            format!(
                "Set `rootDiskSize` between {min} and {max} (GB), or remove it for the default size"
            ),
            format!("将 `rootDiskSize` 设为 {min} 到 {max} 之间（GB），或删除以使用默认大小"),
        ),
    )
}
