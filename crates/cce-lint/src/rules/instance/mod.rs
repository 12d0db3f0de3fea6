//! Instances: masters, nodes and node-group templates (CCE5xx).

use crate::rules::Rule;

// CCE501–CCE525: `pub mod` lines here.
pub mod conflicting_security_groups;
pub mod existed_instance_count;
pub mod existed_instance_id_ignored;
pub mod existed_instance_reinstalled;
pub mod existed_instance_without_password;
pub mod ignored_without_reinstall;
pub mod incomplete_machine_options;
pub mod invalid_cds_size;
pub mod invalid_security_group_type;
pub mod missing_existed_instance_id;
pub mod missing_instance_spec;
pub mod missing_instance_type;
pub mod missing_machine_type;
pub mod missing_node_subnet;
pub mod missing_security_group;
pub mod negative_instance_count;
pub mod negative_instance_resource;
pub mod node_vpc_mismatch;
pub mod reinstall_without_image;
pub mod root_disk_size_out_of_range;
pub(crate) mod spec_facts;
pub mod unknown_cds_storage_type;
pub mod unknown_instance_type;
pub mod unknown_machine_type;
pub mod unsupported_cds_storage_type;
pub mod unsupported_root_disk_type;
pub mod zero_instance_count;
// end of first-half modules

// CCE526–CCE550: `pub mod` lines here.
pub mod bid_settings_mismatch;
pub mod cce_label_overwritten;
pub mod cds_on_existed_instance;
pub mod cds_size_too_large;
pub mod cds_without_disk_path;
pub mod custom_bid_without_price;
pub mod deploy_set_id_conflict;
pub(crate) mod disk_path;
pub mod duplicate_cds_disk_path;
pub mod eip_option_problem;
pub mod eip_settings_mismatch;
pub mod gpu_type_problem;
pub mod image_id_with_instance_os;
pub mod incomplete_ephemeral_disk;
pub mod instance_os_problem;
pub mod invalid_cds_disk_path;
pub mod invalid_instance_name;
pub mod invalid_label_or_annotation;
pub mod invalid_taint;
pub(crate) mod k8s_names;
pub(crate) mod limits;
pub mod missing_image;
pub mod missing_login_credential;
pub mod pre_charging_option_problem;
pub mod prepaid_without_purchase_time;
pub mod unknown_instance_charging_type;
pub mod unknown_vpc_subnet_type;
pub mod weak_admin_password;
// end of second-half modules

pub(crate) const RULES: &[Rule] = &[
    // CCE501–CCE525: `name::RULE,` lines here.
    missing_instance_spec::RULE,
    negative_instance_count::RULE,
    zero_instance_count::RULE,
    existed_instance_count::RULE,
    missing_existed_instance_id::RULE,
    existed_instance_id_ignored::RULE,
    existed_instance_reinstalled::RULE,
    existed_instance_without_password::RULE,
    ignored_without_reinstall::RULE,
    reinstall_without_image::RULE,
    missing_machine_type::RULE,
    unknown_machine_type::RULE,
    missing_instance_type::RULE,
    unknown_instance_type::RULE,
    incomplete_machine_options::RULE,
    node_vpc_mismatch::RULE,
    missing_node_subnet::RULE,
    missing_security_group::RULE,
    conflicting_security_groups::RULE,
    invalid_security_group_type::RULE,
    negative_instance_resource::RULE,
    root_disk_size_out_of_range::RULE,
    unsupported_root_disk_type::RULE,
    unknown_cds_storage_type::RULE,
    invalid_cds_size::RULE,
    unsupported_cds_storage_type::RULE,
    // end of first-half rules
    // CCE526–CCE550: `name::RULE,` lines here.
    cds_size_too_large::RULE,
    duplicate_cds_disk_path::RULE,
    invalid_cds_disk_path::RULE,
    cds_without_disk_path::RULE,
    cds_on_existed_instance::RULE,
    incomplete_ephemeral_disk::RULE,
    gpu_type_problem::RULE,
    missing_image::RULE,
    image_id_with_instance_os::RULE,
    instance_os_problem::RULE,
    weak_admin_password::RULE,
    missing_login_credential::RULE,
    invalid_instance_name::RULE,
    unknown_instance_charging_type::RULE,
    prepaid_without_purchase_time::RULE,
    pre_charging_option_problem::RULE,
    bid_settings_mismatch::RULE,
    custom_bid_without_price::RULE,
    eip_settings_mismatch::RULE,
    eip_option_problem::RULE,
    invalid_taint::RULE,
    invalid_label_or_annotation::RULE,
    cce_label_overwritten::RULE,
    deploy_set_id_conflict::RULE,
    unknown_vpc_subnet_type::RULE,
    // end of second-half rules
];
