//! Facts about one instance spec shared by the CCE501–CCE525 rules: whether it buys a machine,
//! whether an existing machine is reinstalled, which OS family it runs.

use crate::model::instance::{InstanceSpec, MachineType, OsName, OsType};
use crate::rules::facts::{InstanceRef, Placement};

/// Whether the spec describes a machine CCE buys (not an existing one).
pub(crate) fn is_new(spec: &InstanceSpec) -> bool {
    !spec.existed
}

/// Whether the spec is empty: absent, `null` or `{}` (CCE501 reports it; the other rules stay
/// silent rather than repeat it field by field).
pub(crate) fn is_blank(spec: &InstanceSpec) -> bool {
    crate::decode::Decode::is_zero(spec)
}

/// Whether the instance is a new machine with a spec worth checking field by field.
pub(crate) fn is_new_with_spec(instance: &InstanceRef<'_>) -> bool {
    is_new(instance.spec) && !instance.blank
}

/// Whether an existing machine keeps its OS (`existedOption.rebuild: false`).
pub(crate) fn keeps_os(spec: &InstanceSpec) -> bool {
    spec.existed && spec.existed_option.rebuild == Some(false)
}

/// Whether an existing machine is reinstalled (`rebuild` absent, `null` or `true`).
pub(crate) fn is_reinstalled(spec: &InstanceSpec) -> bool {
    spec.existed && spec.existed_option.rebuild != Some(false)
}

/// Whether the spec asks for a BCC virtual machine: `machineType` `BCC` or unset.
pub(crate) fn is_bcc_or_unset(spec: &InstanceSpec) -> bool {
    matches!(spec.machine_type, None | Some(MachineType::Bcc))
}

/// Whether the spec's OS is Windows (`osType: windows` or `osName: Windows Server`).
pub(crate) fn is_windows(spec: &InstanceSpec) -> bool {
    matches!(spec.instance_os.os_type, Some(OsType::Windows))
        || matches!(spec.instance_os.os_name, Some(OsName::WindowsServer))
}

/// Whether an optional list has at least one element.
pub(crate) fn non_empty<T>(list: Option<&Vec<T>>) -> bool {
    list.is_some_and(|items| !items.is_empty())
}

/// Whether the entry is an element of `masters` or `nodes` (not a node-group template).
pub(crate) fn is_instance_set(instance: &InstanceRef<'_>) -> bool {
    matches!(instance.placement, Placement::Master | Placement::Node)
}
