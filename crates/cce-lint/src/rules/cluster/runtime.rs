//! Container-runtime facts shared by CCE210, CCE211 and CCE212.

use crate::model::CreateClusterRequest;
use crate::rules::facts::k8s_minor;

/// The first Kubernetes version without dockershim.
pub(crate) const NO_DOCKERSHIM_FROM: (u32, u32) = (1, 24);

/// Whether the cluster's Kubernetes version is known to be 1.24 or later.
pub(crate) fn without_dockershim(request: &CreateClusterRequest) -> bool {
    k8s_minor(&request.cluster.k8s_version).is_some_and(|minor| minor >= NO_DOCKERSHIM_FROM)
}
