//! `cce-lint`: pre-flight checks for Baidu Cloud CCE cluster API requests.

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use cce_lint::report::{JsonFile, JsonReport, MietteView};
use cce_lint::{ColumnUnit, DocumentKind, Lang, LintOptions, LintResult, NetworkContext, Severity};
use clap::{Parser, Subcommand, ValueEnum};

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
    },
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Files to lint; `-` reads standard input.
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Graphical report with source snippets (colours unless NO_COLOR is set or not a terminal).
    Human,
    /// One JSON document: {"version":1,"files":[…],"summary":{…}}.
    Json,
}

fn parse_kind(text: &str) -> Result<DocumentKind, String> {
    text.parse()
        .map_err(|error: cce_lint::kind::ParseKindError| error.to_string())
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
}

/// An input that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read {path}: {source}")]
struct ReadInputError {
    path: String,
    source: std::io::Error,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(&args),
        Command::Schema { kind } => {
            print!("{}", cce_lint::schema::schema_file(kind));
            ExitCode::SUCCESS
        }
    }
}

fn read_input(path: &PathBuf) -> Result<Vec<u8>, ReadInputError> {
    let display = path.display().to_string();
    let result = if display == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    result.map_err(|source| ReadInputError {
        path: display,
        source,
    })
}

fn check(args: &CheckArgs) -> ExitCode {
    let lang = args.lang.unwrap_or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale))
    });
    let network = match &args.context {
        None => None,
        Some(path) => match read_input(path).map(|bytes| NetworkContext::from_json(&String::from_utf8_lossy(&bytes))) {
            Ok(Ok(network)) => Some(network),
            Ok(Err(error)) => {
                eprintln!("cce-lint: invalid context file {}: {error}", path.display());
                return ExitCode::from(2);
            }
            Err(error) => {
                eprintln!("cce-lint: {error}");
                return ExitCode::from(2);
            }
        },
    };
    let options = LintOptions::default()
        .with_lang(lang)
        .with_kind(args.kind)
        .with_network(network);
    let mut unreadable = false;
    let mut results: Vec<(String, LintResult)> = Vec::new();
    for path in &args.files {
        match read_input(path) {
            Ok(bytes) => results.push((
                path.display().to_string(),
                cce_lint::lint_bytes(&bytes, &options),
            )),
            Err(error) => {
                eprintln!("cce-lint: {error}");
                unreadable = true;
            }
        }
    }
    let written = match args.format {
        Format::Human => write_human(&results),
        Format::Json => write_json(&results),
    };
    if let Err(error) = written {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("cce-lint: cannot write output: {error}");
            return ExitCode::from(2);
        }
    }
    if unreadable {
        ExitCode::from(2)
    } else if results.iter().any(|(_, result)| result.has_errors()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_json(results: &[(String, LintResult)]) -> std::io::Result<()> {
    let files = results
        .iter()
        .map(|(path, result)| JsonFile::new(path.clone(), result, ColumnUnit::Chars))
        .collect();
    let report = JsonReport::new(files);
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer(&mut stdout, &report)?;
    writeln!(stdout)
}

fn write_human(results: &[(String, LintResult)]) -> std::io::Result<()> {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    let theme = if colour {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_links(false);
    let mut stdout = std::io::stdout().lock();
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for (path, result) in results {
        let source = miette::NamedSource::new(path, result.source.clone());
        for diagnostic in &result.diagnostics {
            let mut rendered = String::new();
            if handler
                .render_report(&mut rendered, &MietteView::new(diagnostic, &source))
                .is_err()
            {
                rendered = format!("{}: {} {}\n", path, diagnostic.code, diagnostic.message);
            }
            writeln!(stdout, "{rendered}")?;
        }
        errors += result.count(Severity::Error);
        warnings += result.count(Severity::Warning);
        infos += result.count(Severity::Info);
    }
    writeln!(
        stdout,
        "{} file{} checked: {errors} error{}, {warnings} warning{}, {infos} info",
        results.len(),
        plural(results.len()),
        plural(errors),
        plural(warnings),
    )
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}
