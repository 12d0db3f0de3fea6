//! Facts about a node's deployment settings shared by the kubelet rules.

use crate::model::common::RuntimeType;
use crate::model::instance::{ContainerdConfig, DockerConfig};
use crate::model::CreateClusterRequest;
use crate::rules::facts::InstanceRef;

/// The container runtime a node will run: its own `runtimeType`, else the cluster's; `None`
/// when neither is set (the server then picks one) or the value is unknown.
pub(crate) fn effective_runtime<'a>(
    request: &'a CreateClusterRequest,
    instance: &InstanceRef<'a>,
) -> Option<&'a RuntimeType> {
    instance
        .spec
        .runtime_type
        .as_ref()
        .or(request.cluster.runtime_type.as_ref())
        .filter(|runtime| runtime.is_known())
}

fn non_empty(list: Option<&Vec<String>>) -> bool {
    list.is_some_and(|list| !list.is_empty())
}

/// Whether a `dockerConfig` says anything (the SDK always sends `{}`).
pub(crate) fn docker_config_is_set(config: &DockerConfig) -> bool {
    !config.docker_data_root.is_empty()
        || non_empty(config.registry_mirrors.as_ref())
        || non_empty(config.insecure_registries.as_ref())
        || !config.docker_log_max_size.is_empty()
        || !config.docker_log_max_file.is_empty()
        || !config.docker_bip.is_empty()
}

/// Whether a `containerdConfig` says anything (the SDK always sends `{}`).
pub(crate) fn containerd_config_is_set(config: &ContainerdConfig) -> bool {
    !config.data_root.is_empty()
        || non_empty(config.registry_mirrors.as_ref())
        || non_empty(config.insecure_registries.as_ref())
}
