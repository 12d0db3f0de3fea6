//! Shared facts of the masters rules: whether the user runs the masters and how many machines
//! `masters` asks for.

use crate::model::cluster::MasterType;
use crate::rules::facts::{InstanceRef, Placement};

/// Whether the user provides the master machines (`custom` or `containerizedCustom`).
pub(crate) fn is_custom(master_type: Option<&MasterType>) -> bool {
    matches!(
        master_type,
        Some(MasterType::Custom | MasterType::ContainerizedCustom)
    )
}

/// How many master machines `masters` asks for: `count` per new set, one per existing
/// instance (whatever its `count`).
pub(crate) fn total_masters(instances: &[InstanceRef<'_>]) -> i64 {
    instances
        .iter()
        .filter(|instance| instance.placement == Placement::Master)
        .map(|instance| instance.machines())
        .fold(0, i64::saturating_add)
}

/// The replica counts a master set may have.
pub(crate) const MASTER_REPLICAS: [i64; 3] = [1, 3, 5];
