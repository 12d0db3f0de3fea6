//! Baselines: the findings accepted when a project adopts cce-lint, so that only new ones
//! fail. Entries are keyed on path + rule code + JSON pointer (never on lines, which move).

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The version of the baseline file's shape.
const BASELINE_VERSION: u32 = 1;

/// The baseline file: `{"version": 1, "findings": [{"path", "code", "pointer"}, …]}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Baseline {
    version: u32,
    findings: Vec<BaselineEntry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BaselineEntry {
    pub(crate) path: String,
    pub(crate) code: String,
    pub(crate) pointer: String,
}

/// A baseline file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub(crate) enum BaselineError {
    #[error("cannot read baseline {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("invalid baseline {path}: {source}")]
    Invalid {
        path: String,
        source: serde_json::Error,
    },
    #[error(
        "baseline {path} has version {version}; this cce-lint reads version {BASELINE_VERSION}"
    )]
    Version { path: String, version: u32 },
    #[error("cannot write baseline {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// A path as a baseline key: `/` separators, without a leading `./`.
pub(crate) fn normalise_path(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut path = path.as_str();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    path.to_owned()
}

impl Baseline {
    /// A baseline of these findings, sorted.
    pub(crate) fn new(mut findings: Vec<BaselineEntry>) -> Self {
        findings.sort();
        Baseline {
            version: BASELINE_VERSION,
            findings,
        }
    }

    pub(crate) fn read(path: &Path) -> Result<Self, BaselineError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: display.clone(),
            source,
        })?;
        let baseline: Baseline =
            serde_json::from_str(&text).map_err(|source| BaselineError::Invalid {
                path: display.clone(),
                source,
            })?;
        if baseline.version != BASELINE_VERSION {
            return Err(BaselineError::Version {
                path: display,
                version: baseline.version,
            });
        }
        Ok(baseline)
    }

    pub(crate) fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        std::fs::write(path, text).map_err(|source| BaselineError::Write {
            path: path.display().to_string(),
            source,
        })
    }

    /// How many times each finding is accepted (the same finding may occur more than once).
    pub(crate) fn allowance(&self) -> HashMap<BaselineEntry, usize> {
        let mut counts = HashMap::new();
        for entry in &self.findings {
            *counts.entry(entry.clone()).or_insert(0) += 1;
        }
        counts
    }
}
