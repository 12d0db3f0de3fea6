//! Instance sets (`masters`, `nodes`) and the instance specification (SDK `types.InstanceSpec`).
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A group of identical instances. 实例组 (InstanceSet)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "InstanceSet")]
pub struct InstanceSet {
    /// Instance specification. 实例配置
    #[serde(rename = "instanceSpec", default)]
    pub instance_spec: InstanceSpec,

    /// Number of instances to create. 实例数量
    #[serde(default)]
    pub count: i64,
}

/// Instance specification. 实例配置 (InstanceSpec)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "InstanceSpec")]
pub struct InstanceSpec {
    /// Administrator password (secret, never echoed). 管理员密码
    #[serde(
        rename = "adminPassword",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    #[schemars(extend("x-cce-secret" = true, "writeOnly" = true))]
    pub admin_password: String,
}
