use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a CDS `instanceResource.cdsList[].storageType` that is not a BCC storage type
    /// (`std1`, `hp1`, `cloud_hp1`, `local`, `sata`, `ssd`, `HDD_Throughput`, `hdd`,
    /// `local-ssd`, `local-hdd`, `local-nvme`, `enhanced_ssd_pl1`, `enhanced_ssd_pl2`,
    /// `elastic_ephemeral_disk`), and suggests the value it most likely means. The structural
    /// pass detects it: the model field carries this rule's code.
    ///
    /// Note: rules.md gives this rule two severities. This code keeps the error (not a BCC
    /// storage type at all); a BCC storage type that CCE does not support for data disks is the
    /// warning CCE551.
    ///
    /// ## Why is this bad?
    /// CCE creates the disk through BCC, which knows only these types: any other value fails the
    /// purchase of the node.
    ///
    /// ## Example
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_ssd", "cdsSize": 200}]}}}]}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}]}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `bcc/api.StorageType` (the 14 values above)
    /// - terraform-provider-baiducloud `cds_list.storage_type` validation
    pub struct UnknownCdsStorageType {
        code: "CCE524",
        name: "unknown-cds-storage-type",
        group: Instance,
        severity: Error,
        fix: Sometimes,
        summary: ("CDS `storageType` is not a BCC storage type", "CDS 的 `storageType` 不是 BCC 磁盘类型"),
        docs_zh: r#"## 作用
报告不是 BCC 磁盘类型（`std1`、`hp1`、`cloud_hp1`、`local`、`sata`、`ssd`、`HDD_Throughput`、`hdd`、`local-ssd`、`local-hdd`、`local-nvme`、`enhanced_ssd_pl1`、`enhanced_ssd_pl2`、`elastic_ephemeral_disk`）的 CDS `instanceResource.cdsList[].storageType`，并给出最可能的取值。由结构检查发现：模型字段带有本规则的编码。

注意：rules.md 为本规则给出了两种严重级别。本编码保留错误（根本不是 BCC 磁盘类型）；是 BCC 磁盘类型但 CCE 不支持作为数据盘的情况为警告 CCE551。

## 为什么有问题
CCE 通过 BCC 创建磁盘，BCC 只认识这些类型：其他值会导致节点购买失败。

## 示例
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_ssd", "cdsSize": 200}]}}}]}
```

应改为：
```json
{"nodes": [{"count": 1, "instanceSpec": {"instanceResource": {"cdsList": [{"diskPath": "/data", "storageType": "cloud_hp1", "cdsSize": 200}]}}}]}
```

## 参考
- bce-sdk-go `bcc/api.StorageType`（上述 14 个取值）
- terraform-provider-baiducloud `cds_list.storage_type` 校验
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &UnknownCdsStorageType::META,
    check: None,
};
