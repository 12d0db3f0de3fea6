//! Facts derived from a create-cluster request that many rules share: where each instance
//! spec is, how many machines it stands for, the effective network mode and node count.
//! Rules ask these questions here so that they all answer them the same way.

use crate::model::cluster::{ContainerNetworkMode, IpVersion, MasterType};
use crate::model::instance::InstanceSpec;
use crate::model::CreateClusterRequest;
use crate::pointer::JsonPointer;
use crate::rules::instance::spec_facts::is_blank;

/// Where an instance spec sits in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// An element of `masters`.
    Master,
    /// An element of `nodes`.
    Node,
    /// A node group's `instanceTemplate` or one of its `instanceTemplates`.
    NodeGroup,
}

/// One instance spec of the request, with its location and weight.
#[derive(Debug, Clone)]
pub struct InstanceRef<'a> {
    /// The spec.
    pub spec: &'a InstanceSpec,
    /// Where it is.
    pub placement: Placement,
    /// The `count` of its set (node groups: their `replicas` on the first template, else 0).
    pub count: i64,
    /// Index of the owning set (in `masters` or `nodes`) or node group.
    pub owner_index: usize,
    /// Which template of a node group: `None` for `instanceTemplate`.
    pub template_index: Option<usize>,
    /// Whether the spec is blank: absent, `null` or `{}` (computed once: many rules ask).
    pub blank: bool,
}

impl InstanceRef<'_> {
    /// How many machines the entry stands for: an existing instance is one machine whatever its
    /// `count` (the seed omits `count` on such entries); a new set is `count` machines.
    pub fn machines(&self) -> i64 {
        if self.spec.existed {
            1
        } else {
            self.count.max(0)
        }
    }

    /// Pointer to the owning `InstanceSet` (for `count`) or node group. Built on demand:
    /// pointers are only needed for what is reported.
    pub fn owner(&self) -> JsonPointer {
        let list = match self.placement {
            Placement::Master => "masters",
            Placement::Node => "nodes",
            Placement::NodeGroup => "nodeGroups",
        };
        let mut pointer = JsonPointer::from_segments([list]);
        pointer.push_index(self.owner_index);
        pointer
    }

    /// Pointer to the `instanceSpec` (or template) object.
    pub fn pointer(&self) -> JsonPointer {
        let mut pointer = self.owner();
        match (self.placement, self.template_index) {
            (Placement::NodeGroup, Some(index)) => {
                pointer.push("instanceTemplates");
                pointer.push_index(index);
            }
            (Placement::NodeGroup, None) => pointer.push("instanceTemplate"),
            _ => pointer.push("instanceSpec"),
        }
        pointer
    }

    /// A pointer below the spec.
    pub fn at(&self, segments: &[&str]) -> JsonPointer {
        let mut pointer = self.pointer();
        for segment in segments {
            pointer.push(segment);
        }
        pointer
    }
}

/// Every instance spec of the request: masters, nodes, then node-group templates.
pub fn instances(request: &CreateClusterRequest) -> Vec<InstanceRef<'_>> {
    let mut out = Vec::new();
    for (placement, sets) in [
        (Placement::Master, &request.masters),
        (Placement::Node, &request.nodes),
    ] {
        for (index, set) in sets.iter().flatten().enumerate() {
            out.push(InstanceRef {
                spec: &set.instance_spec,
                placement,
                count: set.count,
                owner_index: index,
                template_index: None,
                blank: is_blank(&set.instance_spec),
            });
        }
    }
    for (index, group) in request.node_groups.iter().flatten().enumerate() {
        let templates = group.instance_templates.as_deref().unwrap_or_default();
        let blank = is_blank(&group.instance_template);
        if templates.is_empty() || !blank {
            out.push(InstanceRef {
                spec: &group.instance_template,
                placement: Placement::NodeGroup,
                count: group.replicas,
                owner_index: index,
                template_index: None,
                blank,
            });
        }
        for (template_index, template) in templates.iter().enumerate() {
            out.push(InstanceRef {
                spec: template,
                placement: Placement::NodeGroup,
                count: 0,
                owner_index: index,
                template_index: Some(template_index),
                blank: is_blank(template),
            });
        }
    }
    out
}

/// Whether CCE runs the masters (no `masters` list wanted).
pub fn is_managed(master_type: Option<&MasterType>) -> bool {
    matches!(
        master_type,
        Some(MasterType::Managed | MasterType::ManagedPro | MasterType::Serverless)
    )
}

/// The container network mode CCE will use (`kubenet` when unset).
pub fn effective_mode(request: &CreateClusterRequest) -> ContainerNetworkMode {
    request
        .cluster
        .container_network_config
        .mode
        .clone()
        .unwrap_or(ContainerNetworkMode::Kubenet)
}

/// Route modes give each node a slice of `clusterPodCIDR` and a VPC route.
pub fn is_route_mode(mode: &ContainerNetworkMode) -> bool {
    matches!(
        mode,
        ContainerNetworkMode::Kubenet
            | ContainerNetworkMode::VpcRouteVeth
            | ContainerNetworkMode::VpcRouteIpvlan
            | ContainerNetworkMode::VpcRouteAutoDetect
    )
}

/// ENI modes give pods VPC addresses from `eniVPCSubnetIDs`.
pub fn is_eni_mode(mode: &ContainerNetworkMode) -> bool {
    matches!(
        mode,
        ContainerNetworkMode::VpcCni
            | ContainerNetworkMode::VpcSecondaryIpVeth
            | ContainerNetworkMode::VpcSecondaryIpIpvlan
            | ContainerNetworkMode::VpcSecondaryIpAutoDetect
            | ContainerNetworkMode::VpcEni
    )
}

/// The IP version CCE will use (`ipv4` when unset).
pub fn effective_ip_version(request: &CreateClusterRequest) -> IpVersion {
    request
        .cluster
        .container_network_config
        .ip_version
        .clone()
        .unwrap_or(IpVersion::Ipv4)
}

/// The pods per node CCE will plan for (128 when unset or zero).
pub fn effective_max_pods_per_node(request: &CreateClusterRequest) -> i64 {
    match request.cluster.container_network_config.max_pods_per_node {
        value if value > 0 => value,
        _ => 128,
    }
}

/// The number of machines the request asks for: custom masters, every node set and every
/// node group's replicas.
pub fn total_nodes(request: &CreateClusterRequest, instances: &[InstanceRef<'_>]) -> i64 {
    let custom_masters = !is_managed(request.cluster.master_config.master_type.as_ref());
    let sets: i64 = instances
        .iter()
        .filter(|instance| match instance.placement {
            Placement::Master => custom_masters,
            Placement::Node => true,
            Placement::NodeGroup => false,
        })
        .map(InstanceRef::machines)
        .fold(0, i64::saturating_add);
    let groups: i64 = request
        .node_groups
        .iter()
        .flatten()
        .map(|group| group.replicas.max(0))
        .fold(0, i64::saturating_add);
    sets.saturating_add(groups)
}

/// A Kubernetes version's (major, minor), when it looks like `1.28.8`.
pub fn k8s_minor(version: &str) -> Option<(u32, u32)> {
    // The first two of the parts between `.` and `-`, found by a byte scan (several rules ask,
    // and a `split` on two chars is slow in the size-optimised WebAssembly build).
    let is_separator = |byte: &u8| matches!(byte, b'.' | b'-');
    let version = version.trim_start_matches('v');
    let major_end = version.bytes().position(|byte| is_separator(&byte))?;
    let rest = &version[major_end + 1..];
    let minor_end = rest
        .bytes()
        .position(|byte| is_separator(&byte))
        .unwrap_or(rest.len());
    let major = version[..major_end].parse().ok()?;
    let minor = rest[..minor_end].parse().ok()?;
    Some((major, minor))
}

#[cfg(test)]
mod tests {
    use super::k8s_minor;

    /// The definition: the first two parts between `.` and `-`, after any leading `v`.
    fn by_split(version: &str) -> Option<(u32, u32)> {
        let mut parts = version.trim_start_matches('v').split(['.', '-']);
        Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
    }

    #[test]
    fn k8s_minor_reads_the_first_two_parts() {
        assert_eq!(k8s_minor("1.28.8"), Some((1, 28)));
        assert_eq!(k8s_minor("v1.20.8-arm64"), Some((1, 20)));
        assert_eq!(k8s_minor("1.18.9-bilibili-mixprotocols"), Some((1, 18)));
        let cases = [
            "",
            "1",
            "1.",
            ".28",
            "1.28",
            "1-28",
            "vv1.2",
            "1..2",
            "1.x.3",
            "1.2-",
            "+1.2",
            "1.99999999999",
            "集群.1",
            "1.集群",
            "v",
            "-1.2",
            "1.2.3.4",
        ];
        for version in cases {
            assert_eq!(k8s_minor(version), by_split(version), "{version:?}");
        }
    }
}
