//! Finding and loading the configuration file: `--config FILE` for every input, otherwise the
//! nearest `.cce-lint.json` walking up from each input's directory (cached per directory).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cce_lint::config::{Config, ConfigError, CONFIG_FILE_NAME};

use crate::inputs::Input;

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ConfigLoadError {
    #[error("cannot read configuration {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("invalid configuration {path}: {source}")]
    Invalid { path: String, source: ConfigError },
}

fn load(path: &Path) -> Result<Arc<Config>, ConfigLoadError> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigLoadError::Read {
        path: display.clone(),
        source,
    })?;
    let config = Config::from_json(&text).map_err(|source| ConfigLoadError::Invalid {
        path: display,
        source,
    })?;
    Ok(Arc::new(config))
}

/// The configuration of each input, in input order (`None`: no configuration file applies).
pub(crate) fn for_inputs(
    inputs: &[Input],
    explicit: Option<&Path>,
) -> Result<Vec<Option<Arc<Config>>>, ConfigLoadError> {
    if let Some(path) = explicit {
        let loaded = load(path)?;
        return Ok(inputs.iter().map(|_| Some(Arc::clone(&loaded))).collect());
    }
    let mut by_directory: HashMap<PathBuf, Option<Arc<Config>>> = HashMap::new();
    let mut by_file: HashMap<PathBuf, Arc<Config>> = HashMap::new();
    let mut configs = Vec::with_capacity(inputs.len());
    for input in inputs {
        let start = std::path::absolute(input.directory()).unwrap_or_else(|_| input.directory());
        if let Some(found) = by_directory.get(&start) {
            configs.push(found.clone());
            continue;
        }
        let mut found = None;
        for directory in start.ancestors() {
            let candidate = directory.join(CONFIG_FILE_NAME);
            if candidate.is_file() {
                let loaded = match by_file.get(&candidate) {
                    Some(loaded) => Arc::clone(loaded),
                    None => {
                        let loaded = load(&candidate)?;
                        by_file.insert(candidate, Arc::clone(&loaded));
                        loaded
                    }
                };
                found = Some(loaded);
                break;
            }
        }
        by_directory.insert(start, found.clone());
        configs.push(found);
    }
    Ok(configs)
}
