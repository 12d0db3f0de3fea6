//! cce-lint: catches mistakes in Baidu Cloud CCE cluster API requests before they are sent.
//!
//! The server behind `POST /v2/cluster` is written in Go: it matches keys case-insensitively,
//! silently drops unknown keys, keeps the last of duplicate keys and rejects many mistakes only
//! minutes into provisioning. This crate parses the request losslessly (with spans), emulates
//! the Go decoder, runs the documented rules and reports each finding with a JSON pointer and a
//! byte span. It does no IO and compiles to `wasm32-unknown-unknown`.

pub mod kind;
pub mod model;
pub mod schema;

pub use kind::DocumentKind;
