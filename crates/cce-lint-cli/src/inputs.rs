//! What `check` lints: files, directories (recursively, `*.json`), glob patterns and standard
//! input (`-`), expanded in a deterministic order.

use std::io::Read;
use std::path::{Path, PathBuf};

use cce_lint::config::CONFIG_FILE_NAME;

/// One document to lint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// How reports name it: `-` for standard input, else the path as given or found.
    pub(crate) fn display(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File(path) => path.display().to_string(),
        }
    }

    /// The directory its configuration is searched from (the working directory for stdin).
    pub(crate) fn directory(&self) -> PathBuf {
        match self {
            Input::Stdin => PathBuf::from("."),
            Input::File(path) => match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                _ => PathBuf::from("."),
            },
        }
    }

    /// Reads the whole input.
    pub(crate) fn read(&self) -> Result<Vec<u8>, ReadInputError> {
        let result = match self {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
            }
            Input::File(path) => std::fs::read(path),
        };
        result.map_err(|source| ReadInputError {
            path: self.display(),
            source,
        })
    }
}

/// An input that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read {path}: {source}")]
pub(crate) struct ReadInputError {
    path: String,
    source: std::io::Error,
}

/// Expands the command-line arguments: a directory becomes its `*.json` files (recursively,
/// sorted, hidden directories and `.cce-lint.json` skipped); a pattern with `*`, `?` or `[`
/// that names no file becomes its matches, sorted; anything else is taken as a file (reading
/// it reports what is wrong).
pub(crate) fn expand(arguments: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if argument.is_dir() {
            inputs.extend(json_files_under(argument).into_iter().map(Input::File));
        } else if !argument.exists() && is_pattern(argument) {
            let matches = glob_matches(argument);
            if matches.is_empty() {
                inputs.push(Input::File(argument.clone()));
            }
            inputs.extend(matches.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(argument.clone()));
        }
    }
    inputs
}

fn is_pattern(path: &Path) -> bool {
    path.to_string_lossy().contains(['*', '?', '['])
}

fn is_json_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
        && path
            .file_name()
            .is_some_and(|name| name != CONFIG_FILE_NAME)
}

fn glob_matches(pattern: &Path) -> Vec<PathBuf> {
    let Ok(paths) = glob::glob(&pattern.to_string_lossy()) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for path in paths.flatten() {
        if path.is_dir() {
            files.extend(json_files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn json_files_under(directory: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(directory)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0
                || !entry.file_type().is_dir()
                || !entry.file_name().to_string_lossy().starts_with('.')
        })
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file() && is_json_file(entry.path()))
        .map(walkdir::DirEntry::into_path)
        .collect()
}
