//! cce-lint: catches mistakes in Baidu Cloud CCE cluster API requests before they are sent.
//!
//! The server behind `POST /v2/cluster` is written in Go: it matches keys case-insensitively,
//! silently drops unknown keys, keeps the last of duplicate keys and rejects many mistakes only
//! minutes into provisioning. This crate parses the request losslessly (with spans), emulates
//! the Go decoder, runs the documented rules and reports each finding with a JSON pointer and a
//! byte span. It does no IO and compiles to `wasm32-unknown-unknown`.
//!
//! ```
//! use cce_lint::{lint, LintOptions, Severity};
//!
//! let result = lint(r#"{"cluster": {"clusterName": "demo", "exposedPubic": true}}"#, &LintOptions::default());
//! let unknown = result.diagnostics.iter().find(|d| d.code == "CCE005").expect("reported");
//! assert_eq!(unknown.pointer.as_str(), "/cluster/exposedPubic");
//! assert_eq!(unknown.severity, Severity::Warning);
//! ```

pub mod config;
pub mod context;
mod decode;
pub mod diagnostic;
pub mod effective;
pub mod fix;
pub mod kind;
pub mod lint;
pub mod model;
pub mod pointer;
pub mod report;
pub mod rules;
pub mod schema;
mod shapes;
pub mod source;
mod structure;
mod tree;

pub use config::{Config, RuleLevel};
pub use context::NetworkContext;
pub use diagnostic::{Diagnostic, Fix, Label, Lang, LintError, PatchOperation, Severity, Text};
pub use fix::{apply_fixes, FixOutcome};
pub use kind::DocumentKind;
pub use lint::{lint, lint_bytes, LintOptions, LintResult};
pub use pointer::JsonPointer;
pub use source::{ColumnUnit, LineColumn, LineIndex, Span};
