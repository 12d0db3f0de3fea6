//! Findings: what rules produce (a pointer and bilingual text) and what front ends render
//! (a [`Diagnostic`] with its span resolved and its text in the chosen language).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::pointer::JsonPointer;
use crate::source::Span;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The server rejects the request, or the cluster is known or very likely to fail.
    Error,
    /// Accepted, but probably wrong, silently ignored or risky.
    Warning,
    /// Worth knowing: normalisation, defaults that will apply.
    Info,
}

impl Severity {
    /// The lowercase name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Picks the language from a POSIX locale such as `zh_CN.UTF-8` (English otherwise).
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "zh" => Ok(Lang::Zh),
            other => Err(format!("unknown language `{other}`; expected `en` or `zh`")),
        }
    }
}

/// A text in English and Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Text {
    /// English.
    pub en: Cow<'static, str>,
    /// Simplified Chinese.
    pub zh: Cow<'static, str>,
}

impl Text {
    /// A text from its two translations (fixed texts are borrowed, not copied: most findings
    /// are worded by literals, and only one of the two languages is ever shown).
    pub fn new(en: impl Into<Cow<'static, str>>, zh: impl Into<Cow<'static, str>>) -> Self {
        Text {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The translation for `lang`, taken out of the text.
    pub fn into_lang(self, lang: Lang) -> Cow<'static, str> {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }

    /// The translation for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// Builds a [`Text`] from two format strings: `text!("en {x}", "中文 {x}")`.
#[macro_export]
macro_rules! text {
    ($en:expr, $zh:expr $(,)?) => {
        $crate::diagnostic::Text::new(format!($en), format!($zh))
    };
}

/// One RFC 6902 JSON Patch operation of a fix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum PatchOperation {
    /// Add or replace a value.
    Add {
        /// Where.
        path: JsonPointer,
        /// What.
        value: serde_json::Value,
    },
    /// Remove a value.
    Remove {
        /// Where.
        path: JsonPointer,
    },
    /// Replace a value.
    Replace {
        /// Where.
        path: JsonPointer,
        /// What.
        value: serde_json::Value,
    },
    /// Move a value (renames a key).
    Move {
        /// From where.
        from: JsonPointer,
        /// To where.
        path: JsonPointer,
    },
}

/// A safe fix: an RFC 6902 JSON Patch and what it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fix {
    /// What applying it does, for a human.
    pub title: Cow<'static, str>,
    /// The patch.
    pub patch: Vec<PatchOperation>,
}

/// A secondary location of a finding (for example the first of two duplicate keys).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there.
    pub message: Cow<'static, str>,
}

/// A finding as a rule reports it, before its span is resolved and its language chosen.
#[derive(Debug, Clone)]
pub struct Finding {
    pub(crate) code: &'static str,
    pub(crate) pointer: JsonPointer,
    pub(crate) span: Option<Span>,
    pub(crate) message: Text,
    pub(crate) help: Text,
    pub(crate) labels: Vec<(Span, Text)>,
    pub(crate) fix: Option<(Text, Vec<PatchOperation>)>,
}

impl Finding {
    /// A finding of rule `code` at `pointer`.
    pub fn new(code: &'static str, pointer: JsonPointer, message: Text, help: Text) -> Self {
        Finding {
            code,
            pointer,
            span: None,
            message,
            help,
            labels: Vec::new(),
            fix: None,
        }
    }

    /// Underlines this exact span instead of the one the pointer resolves to.
    #[must_use]
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Adds a secondary location.
    #[must_use]
    pub fn label(mut self, span: Span, message: Text) -> Self {
        self.labels.push((span, message));
        self
    }

    /// Attaches a safe fix.
    #[must_use]
    pub fn fix(mut self, title: Text, patch: Vec<PatchOperation>) -> Self {
        self.fix = Some((title, patch));
        self
    }
}

/// A finding ready to render: located, worded in one language, with its rule's metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Stable rule code, e.g. `CCE005`.
    pub code: Cow<'static, str>,
    /// Kebab-case rule name, e.g. `unknown-key`.
    pub name: Cow<'static, str>,
    /// Severity after configuration.
    pub severity: Severity,
    /// What is wrong.
    pub message: Cow<'static, str>,
    /// What to do.
    pub help: Cow<'static, str>,
    /// RFC 6901 pointer (canonical key names).
    pub pointer: JsonPointer,
    /// Byte range in the input.
    pub span: Span,
    /// The rule's documentation page.
    pub url: Cow<'static, str>,
    /// Secondary locations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<Label>,
    /// A safe fix, when the rule has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// An operational failure of the library (findings about the input are never errors).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LintError {
    /// A rule code that the catalogue does not have.
    #[error("unknown rule code `{0}`")]
    UnknownRule(String),
}
