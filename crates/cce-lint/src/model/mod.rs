//! Typed model of the CCE v2 cluster APIs, as the server's Go types decode them.
//!
//! Conventions (the structural pass and the JSON Schema are both derived from these types, so
//! they are the single source of truth):
//! - JSON keys are spelled exactly as the vendor SDK's `json` tags (`#[serde(rename = "…")]`).
//! - A Go non-pointer field becomes a plain Rust type with `#[serde(default)]`: absent and zero
//!   are the same to the server. A Go pointer, slice or map becomes an `Option`, so that absent
//!   (or `null`) stays distinguishable where the server treats it differently (model §0.2).
//! - Go `int` is `i64`; Go `*int32` is `Option<i32>` (the schema's `format` tells them apart).
//! - Enumerations are [`string_enum!`] types that keep unknown values (`Unknown(String)`).
//! - `readOnly` marks server-filled fields; `x-cce-secret` marks values never to be echoed.
//! - A documented server default is written `#[schemars(extend("x-cce-default" = …))]`: the
//!   schema post-processing ([`crate::schema`]) turns it into `default` and drops the `default`
//!   schemars derives from `#[serde(default)]` (Go zero values, whole default structs).
//! - Every field's doc comment is its schema description: English, then the Chinese term.
//! - Memory: a large Go struct that requests rarely write is [`Sparse`] (a non-pointer field)
//!   or `Option<Box<…>>` (a pointer), so that an instance spec costs what its request writes.

use std::ops::Deref;
use std::sync::LazyLock;

pub mod cluster;
pub mod common;
pub mod instance;
pub mod node_group;
pub mod options;
pub mod other_apis;
pub mod request;

pub use request::CreateClusterRequest;

/// A Go struct field that is a value, not a pointer, and that requests usually leave out: it is
/// stored only once something is decoded into it, and otherwise reads as the struct's zero value
/// (its `Default`). It derefs to the struct, compares and serialises as the struct, and has the
/// struct's JSON Schema, so rules, schemas and serde see no difference.
#[derive(Clone, Default)]
pub struct Sparse<T>(Option<Box<T>>);

/// A model type's zero value, built once (what an absent [`Sparse`] field reads as).
pub trait ZeroValue: Default + Sync + Send + 'static {
    /// The shared zero value.
    fn zero() -> &'static Self;
}

macro_rules! zero_value {
    ($($type:ty),+ $(,)?) => {
        $(impl ZeroValue for $type {
            fn zero() -> &'static Self {
                static ZERO: LazyLock<$type> = LazyLock::new(<$type>::default);
                &ZERO
            }
        })+
    };
}
zero_value!(
    instance::DeployCustomConfig,
    instance::BidOption,
    instance::InstancePreChargingOption,
    cluster::K8sCustomConfig,
);

impl<T> Sparse<T> {
    /// The struct, if anything was decoded into it.
    pub fn written(&self) -> Option<&T> {
        self.0.as_deref()
    }
}

impl<T: ZeroValue> From<T> for Sparse<T> {
    fn from(value: T) -> Self {
        Sparse(Some(Box::new(value)))
    }
}

impl<T: ZeroValue> Deref for Sparse<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.0.as_deref().unwrap_or_else(|| T::zero())
    }
}

impl<T: ZeroValue + PartialEq> PartialEq for Sparse<T> {
    /// Go compares the values: an absent field equals one written as `{}`.
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: ZeroValue + std::fmt::Debug> std::fmt::Debug for Sparse<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ZeroValue + serde::Serialize> serde::Serialize for Sparse<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de, T: ZeroValue + serde::Deserialize<'de>> serde::Deserialize<'de> for Sparse<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Sparse::from)
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Sparse<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

impl<T: ZeroValue + crate::decode::Decode> crate::decode::Decode for Sparse<T> {
    fn is_zero(&self) -> bool {
        self.0.as_deref().is_none_or(crate::decode::Decode::is_zero)
    }
    fn object(&mut self) {
        self.0.get_or_insert_with(Box::default).object();
    }

    fn field(&mut self, key: &'static str) -> Option<&mut dyn crate::decode::Decode> {
        self.0.get_or_insert_with(Box::default).field(key)
    }
}

/// Declares a string enumeration that keeps values it does not know.
///
/// The server's Go types are plain strings, so an unknown value decodes fine there: here it
/// becomes `Unknown(value)` and is reported by a rule, never a decoding failure. The empty string
/// is Go's zero value (unset): the structural pass does not decode it, and types
/// declared with a leading `allow_empty;` (the SDK always sends `""` for them) also list it in
/// their schema.
#[macro_export]
macro_rules! string_enum {
    (
        $($allow_empty:ident;)?
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[doc = $vdoc:literal])* $variant:ident = $value:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[doc = $vdoc])* $variant, )+
            /// A value not documented when this linter was written (kept verbatim).
            Unknown(String),
        }

        impl $name {
            /// The documented values, in declaration order.
            pub const KNOWN: &'static [&'static str] = &[$($value),+];

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)+
                    Self::Unknown(value) => value,
                }
            }

            /// Whether the value is one of [`Self::KNOWN`].
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)+
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }

        /// An unknown empty value: what a Go string holds before anything is decoded into it.
        impl ::std::default::Default for $name {
            fn default() -> Self {
                Self::Unknown(String::new())
            }
        }

        impl $crate::decode::Decode for $name {
            fn is_zero(&self) -> bool {
                matches!(self, Self::Unknown(value) if value.is_empty())
            }
            fn string(&mut self, value: &str) {
                *self = Self::from(value);
            }
        }

        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                let mut values: Vec<&str> = Vec::new();
                let mut descriptions: Vec<String> = Vec::new();
                $(
                    let _ = stringify!($allow_empty);
                    values.push("");
                    descriptions.push("Unset (Go zero value). 未设置".to_owned());
                )?
                $(
                    values.push($value);
                    descriptions.push([$($vdoc.trim()),*].join(" "));
                )+
                ::schemars::json_schema!({
                    "type": "string",
                    "enum": values,
                    "enumDescriptions": descriptions,
                })
            }
        }
    };
}
