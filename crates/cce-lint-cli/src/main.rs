//! `cce-lint`: pre-flight checks for Baidu Cloud CCE cluster API requests.

use std::path::PathBuf;
use std::process::ExitCode;

use cce_lint::{DocumentKind, Lang};
use clap::{Parser, Subcommand, ValueEnum};

/// Linting allocates many small, short-lived values on both cores; glibc's allocator was a
/// sixth of a 10,000-file run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod baseline;
mod check;
mod commands;
mod configs;
mod formats;
mod inputs;

/// Catch mistakes in Baidu Cloud CCE cluster requests (POST /v2/cluster and friends) before
/// CCE does, minutes into provisioning.
#[derive(Debug, Parser)]
#[command(name = "cce-lint", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lint request files (`-` reads standard input).
    ///
    /// Exit status: 0 when no error-severity finding, 1 when at least one (unparsable input
    /// included), 2 on a usage error or an unreadable file.
    Check(CheckArgs),
    /// Print the JSON Schema of a document kind.
    Schema {
        /// Document kind.
        #[arg(long, default_value = "create-cluster", value_parser = parse_kind)]
        kind: DocumentKind,
        /// Print the schema of the configuration file (.cce-lint.json) instead.
        #[arg(long, conflicts_with = "kind")]
        config: bool,
    },
    /// List the rule catalogue.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
        format: RulesFormat,
        /// Language of the summaries (default: from the locale).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Print a rule's documentation.
    Explain {
        /// Rule code, e.g. CCE005.
        code: String,
        /// Language of the documentation (default: from the locale).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Print a request as CCE will interpret it: server defaults filled in, each value marked
    /// user / default / derived.
    ///
    /// Exit status: 0 when printed, 1 when the file is not a JSON object (run `check` on it),
    /// 2 on a usage error or an unreadable file.
    Effective {
        /// The request file; `-` reads standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = EffectiveFormat::Text)]
        format: EffectiveFormat,
        /// Document kind; detected from the document's shape when omitted.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<DocumentKind>,
    },
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Files, directories (searched recursively for `*.json`) or glob patterns to lint; `-`
    /// reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Document kind; detected from each document's shape when omitted.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<DocumentKind>,

    /// Language of messages (default: from LC_ALL/LC_MESSAGES/LANG, else English).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,

    /// Network facts the request lacks, as JSON (VPC and subnet CIDRs, other clusters' pod
    /// CIDRs), so the CIDR rules run offline: {"vpcCIDR": "192.168.0.0/16", "subnets":
    /// {"sbn-…": {"cidr": "192.168.1.0/24"}}, "otherClusterPodCIDRs": ["10.0.0.0/16"]}.
    #[arg(long, value_name = "FILE")]
    context: Option<PathBuf>,

    /// Configuration file to use for every input, instead of the `.cce-lint.json` found by
    /// walking up from each file.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,

    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,

    /// Report only findings that are not in this baseline file (written by --write-baseline).
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,

    /// Write the current findings to this baseline file (and exit 0 unless an input is
    /// unreadable or unparsable).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,

    /// Apply the safe fixes and write the files back (changing only the bytes each fix must),
    /// then report what is left.
    #[arg(long)]
    fix: bool,

    /// With --fix: print the changes as a unified diff instead of writing the files.
    #[arg(long, requires = "fix")]
    dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Graphical report with source snippets (colours unless NO_COLOR is set or not a terminal).
    Human,
    /// One JSON document: {"version":1,"files":[…],"summary":{…}}.
    Json,
    /// SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, …).
    Sarif,
    /// GitHub Actions workflow commands (::error file=…,line=…::message), shown as annotations.
    Github,
    /// JUnit XML, one test case per file.
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RulesFormat {
    /// An aligned table.
    Table,
    /// A JSON array of the rules' metadata.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EffectiveFormat {
    /// One line per value: pointer, value, origin.
    Text,
    /// {"kind": …, "request": {…}, "values": [{"pointer", "value", "origin"}]}.
    Json,
}

fn parse_kind(text: &str) -> Result<DocumentKind, String> {
    text.parse()
        .map_err(|error: cce_lint::kind::ParseKindError| error.to_string())
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
}

/// The language from `--lang`, else from the locale (LC_ALL, LC_MESSAGES, LANG), else English.
fn language(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale))
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Schema { kind, config } => commands::schema(kind, config),
        Command::Rules { format, lang } => commands::rules(format, language(lang)),
        Command::Explain { code, lang } => commands::explain(&code, language(lang)),
        Command::Effective { file, format, kind } => commands::effective(&file, format, kind),
    }
}
