use crate::declare_rule;
use crate::diagnostic::{Finding, Text};
use crate::lint::Context;
use crate::pointer::JsonPointer;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `cluster.k8sCustomConfig.etcdDataPath` that is not an absolute path.
    ///
    /// Note: the catalogue's CCE706 also gives information when the masters are managed; that
    /// has another severity and is CCE710.
    ///
    /// ## Why is this bad?
    /// etcd stores the cluster's whole state in this directory on each master. A relative
    /// path has no defined meaning there: the data lands wherever etcd's working directory
    /// happens to be, or the deployment fails.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"etcdDataPath": "home/cce/etcd"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"k8sCustomConfig": {"etcdDataPath": "/home/cce/etcd"}}}
    /// ```
    ///
    /// ## References
    /// - Vendor SDK `bce-sdk-go/services/cce/v2/types` `K8SCustomConfig.EtcdDataPath` ("自定义 etcd 数据目录")
    /// - Terraform provider `baiducloud_ccev2_cluster` acceptance test (`etcd_data_path = "/home/cce/etcd"`)
    pub struct EtcdDataPathNotAbsolute {
        code: "CCE706",
        name: "etcd-data-path-not-absolute",
        group: K8sConfig,
        severity: Warning,
        fix: None,
        summary: ("`etcdDataPath` is not an absolute path", "`etcdDataPath` 不是绝对路径"),
        docs_zh: r#"## 作用
报告不是绝对路径的 `cluster.k8sCustomConfig.etcdDataPath`。

注意：规则目录中的 CCE706 还会在 Master 为托管时给出提示；那是另一种严重级别，由 CCE710 报告。

## 为什么有问题
etcd 在每个 Master 的这个目录中保存集群的全部状态。相对路径在那里没有确定的含义：数据会落在 etcd 恰好所在的工作目录下，或部署失败。

## 示例
```json
{"cluster": {"k8sCustomConfig": {"etcdDataPath": "home/cce/etcd"}}}
```

应改为：
```json
{"cluster": {"k8sCustomConfig": {"etcdDataPath": "/home/cce/etcd"}}}
```

## 参考
- 官方 SDK `K8SCustomConfig.EtcdDataPath`（“自定义 etcd 数据目录”）
- Terraform provider `baiducloud_ccev2_cluster` 验收测试（`etcd_data_path = "/home/cce/etcd"`）
"#,
    }
}

pub(crate) const RULE: Rule = Rule {
    meta: &EtcdDataPathNotAbsolute::META,
    check: Some(check),
};

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(request) = ctx.create_cluster() else {
        return;
    };
    let path = &request.cluster.k8s_custom_config.etcd_data_path;
    if !path.is_empty() && !path.starts_with('/') {
        out.push(etcd_data_path_not_absolute_diagnostic(path));
    }
}

/// `etcdDataPath` is the relative `path`.
fn etcd_data_path_not_absolute_diagnostic(path: &str) -> Finding {
    Finding::new(
        EtcdDataPathNotAbsolute::META.code,
        JsonPointer::from_segments(["cluster", "k8sCustomConfig", "etcdDataPath"]),
        Text::new(
            format!("etcdDataPath must be an absolute path, got `{path}`"),
            format!("etcdDataPath 必须是绝对路径，当前为 `{path}`"),
        ),
        Text::new(
            "Start the directory with `/`, e.g. `/home/cce/etcd`",
            "目录请以 `/` 开头，例如 `/home/cce/etcd`",
        ),
    )
}
