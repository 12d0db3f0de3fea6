use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it does
    /// Reports a `containerNetworkConfig.mode` that is not one of the container network modes
    /// CCE knows: `kubenet`, `vpc-cni`, `vpc-route-veth`, `vpc-route-ipvlan`,
    /// `vpc-route-auto-detect`, `vpc-secondary-ip-veth`, `vpc-secondary-ip-ipvlan`,
    /// `vpc-secondary-ip-auto-detect` and `vpc-eni`. The structural pass detects it and suggests
    /// the closest known mode; a change of case only (`Kubenet`) comes with a safe fix.
    ///
    /// ## Why is this bad?
    /// The mode decides the whole container network: which CNI plugin is installed, whether
    /// pods take addresses from `clusterPodCIDR` or from ENI subnets, and whether VPC routes are
    /// created. The server's Go type is a plain string, so an unknown mode is not refused while
    /// decoding; the cluster then fails while its network is deployed.
    ///
    /// ## Example
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-route", "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// Use instead:
    /// ```json
    /// {"cluster": {"containerNetworkConfig": {"mode": "vpc-route-veth", "clusterPodCIDR": "172.28.0.0/16"}}}
    /// ```
    ///
    /// ## References
    /// - bce-sdk-go `services/cce/v2/types`: `ContainerNetworkMode` constants
    /// - terraform-provider-baiducloud `baiducloud_ccev2_cluster`: `mode` validation (`vpc-eni`, commit cb098df)
    pub struct UnknownNetworkMode {
        code: "CCE401",
        name: "unknown-network-mode",
        group: Network,
        severity: Error,
        fix: Sometimes,
        summary: ("Unknown container network mode", "未知的容器网络模式"),
        docs_zh: "## 作用\n报告不属于 CCE 已知容器网络模式的 `containerNetworkConfig.mode`：`kubenet`、`vpc-cni`、`vpc-route-veth`、`vpc-route-ipvlan`、`vpc-route-auto-detect`、`vpc-secondary-ip-veth`、`vpc-secondary-ip-ipvlan`、`vpc-secondary-ip-auto-detect` 和 `vpc-eni`。由结构检查发现并给出最接近的已知模式；仅大小写不同（如 `Kubenet`）时附带安全修复。\n\n## 为什么有问题\n网络模式决定整个容器网络：安装哪个 CNI 插件、Pod 地址取自 `clusterPodCIDR` 还是 ENI 子网、是否创建 VPC 路由。服务端的 Go 类型是普通字符串，解码时不会拒绝未知模式，集群会在部署网络时失败。\n\n## 示例\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-route\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n应改为：\n```json\n{\"cluster\": {\"containerNetworkConfig\": {\"mode\": \"vpc-route-veth\", \"clusterPodCIDR\": \"172.28.0.0/16\"}}}\n```\n\n## 参考\n- bce-sdk-go `services/cce/v2/types`：`ContainerNetworkMode` 常量\n- terraform-provider-baiducloud `baiducloud_ccev2_cluster`：`mode` 校验（`vpc-eni`，提交 cb098df）\n",
    }
}

/// Detected by the structural pass (`x-cce-rule` on `containerNetworkConfig.mode`).
pub(crate) const RULE: Rule = Rule {
    meta: &UnknownNetworkMode::META,
    check: None,
};
