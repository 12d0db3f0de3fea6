//! Eviction signals kubelet knows (`pkg/kubelet/eviction/api/types.go`, Kubernetes 1.31).

/// The signals accepted in `evictionHard`, `evictionSoft` and `evictionSoftGracePeriod`.
pub(crate) const EVICTION_SIGNALS: [&str; 9] = [
    "memory.available",
    "nodefs.available",
    "nodefs.inodesFree",
    "imagefs.available",
    "imagefs.inodesFree",
    "containerfs.available",
    "containerfs.inodesFree",
    "pid.available",
    "allocatableMemory.available",
];

/// Whether `signal` is an eviction signal.
pub(crate) fn is_eviction_signal(signal: &str) -> bool {
    EVICTION_SIGNALS.contains(&signal)
}
