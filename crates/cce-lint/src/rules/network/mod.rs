//! Container network and the CIDR plan (CCE4xx).

use crate::rules::Rule;

// CIDR plan rules (CCE404–CCE424): `pub mod` lines here.
pub mod cidr_host_bits;
pub mod cidr_overlaps_vpc;
pub mod cidr_plan;
pub mod eni_subnets_ignored_in_route_mode;
pub mod eni_subnets_missing;
pub mod invalid_cidr;
pub mod invalid_eni_subnet_ids;
pub mod many_route_entries;
pub mod max_pods_per_node_not_power_of_two;
pub mod max_pods_per_node_out_of_range;
pub mod network_check_skipped;
pub mod pod_cidr_ignored_in_eni_mode;
pub mod pod_cidr_little_room_to_scale;
pub mod pod_cidr_missing;
pub mod pod_cidr_not_private;
pub mod pod_cidr_overlaps_other_cluster;
pub mod pod_cidr_too_small_for_nodes;
pub mod pod_service_cidr_overlap;
pub mod service_cidr_above_service_limit;
pub mod service_cidr_missing;
pub mod service_cidr_not_private;
pub mod service_cidr_too_large;
pub mod service_cidr_too_small;
pub mod vpc_cidr_unknown;
// end of CIDR plan modules

// Mode, IP version, NodePort and proxy rules (CCE401–CCE403, CCE425–CCE435): `pub mod` lines here.
pub mod docker_bip_overlap;
pub mod half_node_port_range;
pub mod invalid_node_port_range;
pub mod ipv6_cidr_on_ipv4_cluster;
pub mod misconfigured_node_local_dns_addr;
pub mod missing_ip_version_cidr;
pub mod missing_lb_service_subnet;
pub(crate) mod network_facts;
pub mod network_info_mismatch;
pub mod node_port_range_ephemeral_overlap;
pub mod node_port_range_host_port_collision;
pub mod unknown_ip_version;
pub mod unknown_network_mode;
pub mod unknown_proxy_mode_or_policy_type;
pub mod vpc_eni_mode_not_in_sdk;
// end of mode modules

pub(crate) const RULES: &[Rule] = &[
    // CIDR plan rules: `name::RULE,` lines here.
    invalid_cidr::RULE,
    cidr_host_bits::RULE,
    pod_cidr_not_private::RULE,
    service_cidr_not_private::RULE,
    pod_service_cidr_overlap::RULE,
    cidr_overlaps_vpc::RULE,
    vpc_cidr_unknown::RULE,
    network_check_skipped::RULE,
    pod_cidr_missing::RULE,
    pod_cidr_ignored_in_eni_mode::RULE,
    eni_subnets_missing::RULE,
    invalid_eni_subnet_ids::RULE,
    max_pods_per_node_out_of_range::RULE,
    max_pods_per_node_not_power_of_two::RULE,
    pod_cidr_too_small_for_nodes::RULE,
    pod_cidr_little_room_to_scale::RULE,
    many_route_entries::RULE,
    service_cidr_too_large::RULE,
    service_cidr_above_service_limit::RULE,
    service_cidr_too_small::RULE,
    service_cidr_missing::RULE,
    pod_cidr_overlaps_other_cluster::RULE,
    eni_subnets_ignored_in_route_mode::RULE,
    // end of CIDR plan rules
    // Mode rules: `name::RULE,` lines here.
    unknown_network_mode::RULE,
    vpc_eni_mode_not_in_sdk::RULE,
    missing_lb_service_subnet::RULE,
    unknown_ip_version::RULE,
    missing_ip_version_cidr::RULE,
    ipv6_cidr_on_ipv4_cluster::RULE,
    invalid_node_port_range::RULE,
    half_node_port_range::RULE,
    node_port_range_host_port_collision::RULE,
    node_port_range_ephemeral_overlap::RULE,
    network_info_mismatch::RULE,
    unknown_proxy_mode_or_policy_type::RULE,
    misconfigured_node_local_dns_addr::RULE,
    docker_bip_overlap::RULE,
    // end of mode rules
];
