//! The rule catalogue: one file per rule under `rules/<group>/`, one registry here.
//!
//! A rule file declares its metadata and documentation with [`declare_rule!`], builds its
//! findings with small constructors and, unless the structural pass detects it, provides a
//! `check` over the typed document.

use std::sync::OnceLock;

use serde::Serialize;

use crate::diagnostic::{Finding, Severity};
use crate::lint::Context;

pub mod cluster;
pub mod facts;
pub mod instance;
pub mod k8s_config;
pub mod kubelet;
pub mod master_config;
pub mod masters;
pub mod network;
pub mod node_group;
pub mod options;
pub mod other_apis;
pub mod structure;

/// Where the rule documentation is published, as a literal (each rule's URL is then one
/// literal too, built by `declare_rule!`, and a diagnostic borrows it).
#[doc(hidden)]
#[macro_export]
macro_rules! docs_base_url {
    () => {
        "https://cce-lint.github.io/cce-lint/"
    };
}

/// Where the rule documentation is published; each rule's page is `rules/<CODE>.html` below it.
pub const DOCS_BASE_URL: &str = docs_base_url!();

/// The part of the request a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// JSON syntax and the Go decoder's view of it (CCE0xx).
    Structure,
    /// Request structure and masters (CCE1xx).
    Masters,
    /// The cluster spec (CCE2xx).
    Cluster,
    /// The master configuration (CCE3xx).
    MasterConfig,
    /// Container network and CIDR plan (CCE4xx).
    Network,
    /// Instances: masters, nodes and node-group templates (CCE5xx).
    Instance,
    /// Node deployment and kubelet settings (CCE6xx).
    Kubelet,
    /// Cluster-wide Kubernetes settings (CCE7xx).
    K8sConfig,
    /// Node groups (CCE8xx).
    NodeGroup,
    /// Creation options (CCE9xx).
    Options,
    /// The other cluster APIs: list, delete, delete protection, events (CCEAxx).
    OtherApis,
}

impl Group {
    /// Every group, in code order.
    pub const ALL: [Group; 11] = [
        Group::Structure,
        Group::Masters,
        Group::Cluster,
        Group::MasterConfig,
        Group::Network,
        Group::Instance,
        Group::Kubelet,
        Group::K8sConfig,
        Group::NodeGroup,
        Group::Options,
        Group::OtherApis,
    ];

    /// The group's kebab-case name.
    pub fn name(self) -> &'static str {
        match self {
            Group::Structure => "structure",
            Group::Masters => "masters",
            Group::Cluster => "cluster",
            Group::MasterConfig => "master-config",
            Group::Network => "network",
            Group::Instance => "instance",
            Group::Kubelet => "kubelet",
            Group::K8sConfig => "k8s-config",
            Group::NodeGroup => "node-group",
            Group::Options => "options",
            Group::OtherApis => "other-apis",
        }
    }

    /// The code prefix of the group's rules (`CCE1` for masters, `CCEA` for the other APIs).
    pub fn code_prefix(self) -> &'static str {
        match self {
            Group::Structure => "CCE0",
            Group::Masters => "CCE1",
            Group::Cluster => "CCE2",
            Group::MasterConfig => "CCE3",
            Group::Network => "CCE4",
            Group::Instance => "CCE5",
            Group::Kubelet => "CCE6",
            Group::K8sConfig => "CCE7",
            Group::NodeGroup => "CCE8",
            Group::Options => "CCE9",
            Group::OtherApis => "CCEA",
        }
    }
}

/// Whether a rule can attach a safe fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FixAvailability {
    /// Never.
    None,
    /// For some findings.
    Sometimes,
    /// For every finding.
    Always,
}

/// What a rule is, independent of any input.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleMeta {
    /// Stable code: `CCE` and three characters; never reused.
    pub code: &'static str,
    /// Kebab-case name of the problem it flags.
    pub name: &'static str,
    /// The part of the request it is about.
    pub group: Group,
    /// Default severity.
    pub severity: Severity,
    /// Whether it can fix what it finds.
    pub fix: FixAvailability,
    /// One-line summary in English; empty without the `docs` feature.
    pub summary_en: &'static str,
    /// One-line summary in Chinese; empty without the `docs` feature.
    pub summary_zh: &'static str,
    /// Documentation in English (Markdown: What it does / Why is this bad? / Example / …);
    /// empty when the crate is built without its `docs` feature.
    pub docs_en: &'static str,
    /// Documentation in Chinese (Markdown, same sections); empty without the `docs` feature.
    pub docs_zh: &'static str,
    /// The URL of the rule's documentation page (see [`RuleMeta::url`]).
    #[serde(skip)]
    url: &'static str,
}

impl RuleMeta {
    /// The URL of the rule's documentation page: `rules/<CODE>.html` below [`DOCS_BASE_URL`].
    pub fn url(&self) -> &'static str {
        self.url
    }
}

/// Checks a typed document and reports findings.
pub(crate) type CheckFn = fn(&Context<'_>, &mut Vec<Finding>);

/// A registered rule.
#[derive(Clone, Copy)]
pub struct Rule {
    /// Its metadata and docs.
    pub meta: &'static RuleMeta,
    /// Its check over the typed document; `None` when the structural pass detects it.
    pub(crate) check: Option<CheckFn>,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("code", &self.meta.code)
            .finish()
    }
}

/// Declares a rule: a unit struct whose doc comment is its English documentation.
/// Every file under `rules/` uses it, for example:
///
/// ```text
/// declare_rule! {
///     /// ## What it does
///     /// …
///     pub struct UnknownKey {
///         code: "CCE005",
///         name: "unknown-key",
///         group: Structure,
///         severity: Warning,
///         fix: Sometimes,
///         summary: ("Unknown key, silently ignored by CCE", "未知字段，CCE 会静默忽略"),
///         docs_zh: "## 作用\n…",
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            code: $code:literal,
            name: $rule_name:literal,
            group: $group:ident,
            severity: $severity:ident,
            fix: $fix:ident,
            summary: ($summary_en:literal, $summary_zh:literal),
            docs_zh: $docs_zh:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, Default)]
        $vis struct $name;

        impl $name {
            /// The rule's metadata and documentation.
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                code: $code,
                name: $rule_name,
                group: $crate::rules::Group::$group,
                severity: $crate::diagnostic::Severity::$severity,
                fix: $crate::rules::FixAvailability::$fix,
                #[cfg(feature = "docs")]
                summary_en: $summary_en,
                #[cfg(feature = "docs")]
                summary_zh: $summary_zh,
                #[cfg(feature = "docs")]
                docs_en: concat!($($doc, "\n"),*),
                #[cfg(feature = "docs")]
                docs_zh: $docs_zh,
                // Without the `docs` feature the summaries and the Markdown are left out of the
                // build (they were most of the WebAssembly module's data, and lint never shows
                // them; the npm package ships them as data instead).
                #[cfg(not(feature = "docs"))]
                summary_en: "",
                #[cfg(not(feature = "docs"))]
                summary_zh: "",
                #[cfg(not(feature = "docs"))]
                docs_en: "",
                #[cfg(not(feature = "docs"))]
                docs_zh: "",
                url: concat!($crate::docs_base_url!(), "rules/", $code, ".html"),
            };
        }
    };
}

/// Every rule, sorted by code.
pub fn all() -> &'static [Rule] {
    static ALL: OnceLock<Vec<Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut rules: Vec<Rule> = [
            structure::RULES,
            masters::RULES,
            cluster::RULES,
            master_config::RULES,
            network::RULES,
            instance::RULES,
            kubelet::RULES,
            k8s_config::RULES,
            node_group::RULES,
            options::RULES,
            other_apis::RULES,
        ]
        .concat();
        rules.sort_by_key(|rule| rule.meta.code);
        rules
    })
}

/// The rule with this code.
pub fn by_code(code: &str) -> Option<&'static Rule> {
    // Codes are at most eight ASCII bytes: exact codes (every finding's) are found by binary
    // search on the codes packed into integers, computed once; any other spelling by scan.
    static PACKED_CODES: OnceLock<Vec<u64>> = OnceLock::new();
    let rules = all();
    let packed = PACKED_CODES.get_or_init(|| {
        rules
            .iter()
            .map(|rule| packed_code(rule.meta.code))
            .collect()
    });
    packed
        .binary_search(&packed_code(code))
        .ok()
        .map(|index| &rules[index])
        .filter(|rule| rule.meta.code == code)
        .or_else(|| {
            rules
                .iter()
                .find(|rule| rule.meta.code.eq_ignore_ascii_case(code))
        })
}

/// The first eight bytes of a code, big-endian (so that integers order like the codes).
fn packed_code(code: &str) -> u64 {
    let mut bytes = [0; 8];
    for (slot, byte) in bytes.iter_mut().zip(code.bytes()) {
        *slot = byte;
    }
    u64::from_be_bytes(bytes)
}

/// The rule documentation with the leading space of each doc-comment line removed.
pub fn docs(meta: &RuleMeta, lang: crate::diagnostic::Lang) -> String {
    match lang {
        crate::diagnostic::Lang::En => meta
            .docs_en
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n"),
        crate::diagnostic::Lang::Zh => meta.docs_zh.to_owned(),
    }
}
