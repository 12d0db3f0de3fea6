//! The configuration file (`.cce-lint.json`): per-rule levels and reasoned suppressions.
//!
//! ```json
//! {
//!   "$schema": "https://cce-lint.github.io/cce-lint/schemas/cce-lint-config.schema.json",
//!   "rules": {"CCE006": "off", "CCE005": "error"},
//!   "suppressions": [
//!     {"code": "CCE005", "pointer": "/cluster/x-team", "reason": "read by our deploy tool",
//!      "expires": "2027-06-30"}
//!   ]
//! }
//! ```
//!
//! One format (JSON), with its own JSON Schema ([`config_schema_file`], checked in as
//! `schemas/cce-lint-config.schema.json`). The file is found by the front end (the CLI walks up
//! from each linted file); this module only parses, validates and applies it, without IO.

use std::collections::BTreeMap;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::diagnostic::{Diagnostic, Severity};
use crate::pointer::JsonPointer;
use crate::rules;
use crate::schema::{SCHEMA_BASE_URL, SCHEMA_DIALECT};

/// The file name the CLI looks for, walking up from each linted file.
pub const CONFIG_FILE_NAME: &str = ".cce-lint.json";

/// The name of the configuration file's schema under `schemas/`.
pub const CONFIG_SCHEMA_FILE_NAME: &str = "cce-lint-config.schema.json";

/// Rules whose findings mean the input is not a JSON object at all: their level cannot be
/// lowered and they cannot be suppressed, so broken input always fails.
const UNPARSABLE_INPUT_RULES: [&str; 2] = ["CCE001", "CCE002"];

/// The level of a rule: its severity, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// Do not report the rule.
    Off,
    /// Report as an error (fails the run).
    Error,
    /// Report as a warning.
    Warning,
    /// Report as information.
    Info,
}

impl RuleLevel {
    /// The severity to report with; `None` when the rule is off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Off => None,
            RuleLevel::Error => Some(Severity::Error),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Info => Some(Severity::Info),
        }
    }
}

/// One suppressed finding: a rule code at a JSON pointer, with the reason it is accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// The rule code, e.g. `CCE005`.
    #[schemars(regex(pattern = r"^CCE[0-9A-Z]{3}$"))]
    pub code: String,
    /// The RFC 6901 JSON pointer of the finding, with canonical key names (as reported in the
    /// `pointer` of `--format json`).
    #[schemars(regex(pattern = r"^(/.*)?$"))]
    pub pointer: String,
    /// Why the finding is accepted (required, not empty).
    #[schemars(length(min = 1))]
    pub reason: String,
    /// Last day (`YYYY-MM-DD`, UTC) the suppression applies; from the next day the finding is
    /// reported again, with a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub expires: Option<String>,
}

/// The configuration file of cce-lint.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "cce-lint configuration (.cce-lint.json)")]
pub struct Config {
    /// The JSON Schema this file follows (ignored by cce-lint).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Level per rule code: `off`, `error`, `warning` or `info` (the rule's default otherwise).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rules: BTreeMap<String, RuleLevel>,
    /// Findings accepted on purpose, each with a reason and optionally an expiry date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<Suppression>,
}

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// Not JSON, or not the shape of a configuration file.
    #[error("not a valid configuration: {0}")]
    Invalid(#[from] serde_json::Error),
    /// A rule code the catalogue does not have.
    #[error("unknown rule code `{0}`")]
    UnknownRule(String),
    /// A suppression without a reason.
    #[error("the suppression of {code} at `{pointer}` has no reason; say why it is accepted")]
    MissingReason {
        /// Its rule code.
        code: String,
        /// Its pointer.
        pointer: String,
    },
    /// A pointer that is not an RFC 6901 pointer.
    #[error("`{0}` is not a JSON pointer (it must be empty or start with `/`)")]
    InvalidPointer(String),
    /// An expiry that is not a `YYYY-MM-DD` date.
    #[error("`{0}` is not a date (expected YYYY-MM-DD)")]
    InvalidDate(String),
    /// An attempt to lower or suppress the rule that reports unparsable input.
    #[error("{0} reports unparsable input: it cannot be lowered, disabled or suppressed")]
    ProtectedRule(String),
}

/// What applying the suppressions did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SuppressionOutcome {
    /// How many findings were suppressed.
    pub suppressed: usize,
    /// How many findings were reported again because their suppression expired.
    pub expired: usize,
}

impl Config {
    /// Parses and validates a configuration file.
    pub fn from_json(text: &str) -> Result<Config, ConfigError> {
        let mut config: Config = serde_json::from_str(text)?;
        let mut rules = BTreeMap::new();
        for (code, level) in std::mem::take(&mut config.rules) {
            let code = canonical_code(&code)?;
            if UNPARSABLE_INPUT_RULES.contains(&code.as_str()) && level != RuleLevel::Error {
                return Err(ConfigError::ProtectedRule(code));
            }
            rules.insert(code, level);
        }
        config.rules = rules;
        for suppression in &mut config.suppressions {
            suppression.code = canonical_code(&suppression.code)?;
            if UNPARSABLE_INPUT_RULES.contains(&suppression.code.as_str()) {
                return Err(ConfigError::ProtectedRule(suppression.code.clone()));
            }
            if suppression.reason.trim().is_empty() {
                return Err(ConfigError::MissingReason {
                    code: suppression.code.clone(),
                    pointer: suppression.pointer.clone(),
                });
            }
            if JsonPointer::parse(&suppression.pointer).is_none() {
                return Err(ConfigError::InvalidPointer(suppression.pointer.clone()));
            }
            if let Some(expires) = &suppression.expires {
                jiff::civil::Date::from_str(expires)
                    .map_err(|_| ConfigError::InvalidDate(expires.clone()))?;
            }
        }
        Ok(config)
    }

    /// Removes the suppressed findings; a finding whose suppression expired before `today`
    /// stays, with a note in its help.
    pub fn apply_suppressions(
        &self,
        diagnostics: &mut Vec<Diagnostic>,
        today: jiff::civil::Date,
    ) -> SuppressionOutcome {
        let mut outcome = SuppressionOutcome::default();
        diagnostics.retain_mut(|diagnostic| {
            let Some(suppression) = self.suppressions.iter().find(|suppression| {
                suppression.code == diagnostic.code
                    && suppression.pointer == diagnostic.pointer.as_str()
            }) else {
                return true;
            };
            let expired = suppression
                .expires
                .as_deref()
                .and_then(|expires| jiff::civil::Date::from_str(expires).ok())
                .filter(|expires| *expires < today);
            match expired {
                Some(expires) => {
                    outcome.expired += 1;
                    diagnostic.help = format!(
                        "{} (note: the suppression of this finding expired on {expires}; its \
                         reason was: {})",
                        diagnostic.help, suppression.reason
                    )
                    .into();
                    true
                }
                None => {
                    outcome.suppressed += 1;
                    false
                }
            }
        });
        outcome
    }
}

fn canonical_code(code: &str) -> Result<String, ConfigError> {
    rules::by_code(code)
        .map(|rule| rule.meta.code.to_owned())
        .ok_or_else(|| ConfigError::UnknownRule(code.to_owned()))
}

/// The JSON Schema (draft 2020-12) of the configuration file.
pub fn config_schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let mut value = generator.into_root_schema_for::<Config>().to_value();
    if let Value::Object(object) = &mut value {
        let mut ordered = serde_json::Map::new();
        ordered.insert("$schema".into(), json!(SCHEMA_DIALECT));
        ordered.insert(
            "$id".into(),
            json!(format!("{SCHEMA_BASE_URL}{CONFIG_SCHEMA_FILE_NAME}")),
        );
        ordered.extend(std::mem::take(object));
        *object = ordered;
        if let Some(Value::Object(rules)) = object
            .get_mut("properties")
            .and_then(|properties| properties.get_mut("rules"))
        {
            rules.insert(
                "propertyNames".into(),
                json!({"enum": rules::all().iter().map(|rule| rule.meta.code).collect::<Vec<_>>()}),
            );
        }
    }
    value
}

/// The rendered configuration schema file: pretty JSON with a trailing newline.
pub fn config_schema_file() -> String {
    let mut text = serde_json::to_string_pretty(&config_schema()).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_a_suppression_without_reason() {
        let error = Config::from_json(
            r#"{"suppressions": [{"code": "CCE005", "pointer": "/a", "reason": " "}]}"#,
        )
        .expect_err("a blank reason is refused");
        assert!(
            matches!(error, ConfigError::MissingReason { .. }),
            "{error}"
        );
        let error = Config::from_json(r#"{"suppressions": [{"code": "CCE005", "pointer": "/a"}]}"#)
            .expect_err("a missing reason is refused");
        assert!(matches!(error, ConfigError::Invalid(_)), "{error}");
    }

    #[test]
    fn rejects_unknown_codes_dates_and_protected_rules() {
        for (text, expected) in [
            (r#"{"rules": {"CCE999": "off"}}"#, "unknown rule code"),
            (r#"{"rules": {"CCE001": "off"}}"#, "cannot be lowered"),
            (
                r#"{"suppressions": [{"code": "CCE005", "pointer": "/a", "reason": "r", "expires": "2026-13-01"}]}"#,
                "not a date",
            ),
            (
                r#"{"suppressions": [{"code": "CCE005", "pointer": "a", "reason": "r"}]}"#,
                "not a JSON pointer",
            ),
            (r#"{"rule": {}}"#, "unknown field"),
        ] {
            let error = Config::from_json(text).expect_err(text);
            assert!(error.to_string().contains(expected), "{text}: {error}");
        }
    }

    #[test]
    fn codes_are_case_insensitive() {
        let config = Config::from_json(r#"{"rules": {"cce005": "error"}}"#).expect("valid");
        assert_eq!(config.rules.get("CCE005"), Some(&RuleLevel::Error));
    }
}
