//! The kinds of document cce-lint understands, and how a document's kind is recognised.

use std::fmt;
use std::str::FromStr;

/// A JSON document of one of the CCE cluster APIs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DocumentKind {
    /// Body of `POST /v2/cluster`.
    CreateCluster,
    /// Query parameters of `GET /v2/clusters`, as a JSON object.
    ListClustersQuery,
    /// Query parameters of `DELETE /v2/cluster/{clusterID}`, as a JSON object.
    DeleteClusterQuery,
    /// Body of `PUT /v2/cluster/{clusterID}/forbiddelete`.
    ForbidDeleteRequest,
    /// Response of `POST /v2/cluster`.
    CreateClusterResponse,
    /// Response of `GET /v2/clusters`.
    ListClustersResponse,
    /// Response of `GET /v2/cluster/{clusterID}`.
    GetClusterResponse,
    /// Response of `DELETE /v2/cluster/{clusterID}`.
    DeleteClusterResponse,
    /// Response of `PUT /v2/cluster/{clusterID}/forbiddelete`.
    ForbidDeleteResponse,
    /// Response of `GET /v2/event/cluster/{clusterID}`.
    GetEventStepsResponse,
}

impl DocumentKind {
    /// Every kind, in a stable order.
    pub const ALL: [DocumentKind; 10] = [
        Self::CreateCluster,
        Self::ListClustersQuery,
        Self::DeleteClusterQuery,
        Self::ForbidDeleteRequest,
        Self::CreateClusterResponse,
        Self::ListClustersResponse,
        Self::GetClusterResponse,
        Self::DeleteClusterResponse,
        Self::ForbidDeleteResponse,
        Self::GetEventStepsResponse,
    ];

    /// The kebab-case name used on the command line and in schema file names.
    pub fn name(self) -> &'static str {
        match self {
            Self::CreateCluster => "create-cluster",
            Self::ListClustersQuery => "list-clusters-query",
            Self::DeleteClusterQuery => "delete-cluster-query",
            Self::ForbidDeleteRequest => "forbid-delete-request",
            Self::CreateClusterResponse => "create-cluster-response",
            Self::ListClustersResponse => "list-clusters-response",
            Self::GetClusterResponse => "get-cluster-response",
            Self::DeleteClusterResponse => "delete-cluster-response",
            Self::ForbidDeleteResponse => "forbid-delete-response",
            Self::GetEventStepsResponse => "get-event-steps-response",
        }
    }

    /// The API call the document belongs to.
    pub fn endpoint(self) -> &'static str {
        match self {
            Self::CreateCluster | Self::CreateClusterResponse => "POST /v2/cluster",
            Self::ListClustersQuery | Self::ListClustersResponse => "GET /v2/clusters",
            Self::GetClusterResponse => "GET /v2/cluster/{clusterID}",
            Self::DeleteClusterQuery | Self::DeleteClusterResponse => {
                "DELETE /v2/cluster/{clusterID}"
            }
            Self::ForbidDeleteRequest | Self::ForbidDeleteResponse => {
                "PUT /v2/cluster/{clusterID}/forbiddelete"
            }
            Self::GetEventStepsResponse => "GET /v2/event/cluster/{clusterID}",
        }
    }

    /// File name of the kind's JSON Schema under `schemas/`.
    pub fn schema_file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// Recognises a document's kind from its top-level keys (case-insensitively, as the server
    /// matches them). Anything unrecognised is taken for a create-cluster request, the main job.
    pub fn detect<'k>(top_level_keys: impl IntoIterator<Item = &'k str>) -> DocumentKind {
        let keys: Vec<String> = top_level_keys
            .into_iter()
            .map(str::to_ascii_lowercase)
            .collect();
        let has = |key: &str| keys.iter().any(|k| k == key);
        let only = |allowed: &[&str]| {
            !keys.is_empty() && keys.iter().all(|k| allowed.contains(&k.as_str()))
        };
        if has("cluster") || has("masters") || has("nodes") || has("nodegroups") {
            if !has("masters")
                && !has("nodes")
                && only(&["cluster", "requestid"])
                && has("requestid")
            {
                return Self::GetClusterResponse;
            }
            return Self::CreateCluster;
        }
        if has("clusterpage") {
            return Self::ListClustersResponse;
        }
        if has("steps") || (has("status") && has("requestid")) {
            return Self::GetEventStepsResponse;
        }
        if has("success") {
            return Self::ForbidDeleteResponse;
        }
        if only(&["forbiddelete"]) {
            return Self::ForbidDeleteRequest;
        }
        if has("clusterid") && has("requestid") {
            return Self::CreateClusterResponse;
        }
        if only(&["requestid"]) {
            return Self::DeleteClusterResponse;
        }
        if only(&[
            "keywordtype",
            "keyword",
            "orderby",
            "order",
            "pageno",
            "pagesize",
        ]) {
            return Self::ListClustersQuery;
        }
        if only(&[
            "deleteresource",
            "deletecdssnapshot",
            "moveout",
            "batchrefundresource",
        ]) {
            return Self::DeleteClusterQuery;
        }
        Self::CreateCluster
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for a kind name that [`DocumentKind::from_str`] does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown document kind `{0}`; expected one of: {list}", list = DocumentKind::ALL.map(DocumentKind::name).join(", "))]
pub struct ParseKindError(pub String);

impl FromStr for DocumentKind {
    type Err = ParseKindError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.name() == name)
            .ok_or_else(|| ParseKindError(name.to_owned()))
    }
}
