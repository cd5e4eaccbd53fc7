//! The platform's folders for casus (`directories::ProjectDirs`).

use std::path::PathBuf;

fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("nl", "casus", "casus")
}

/// `<config dir>`: the user's own cases/, themes/ and methods/.
pub fn config_dir() -> Option<PathBuf> {
    project().map(|p| p.config_dir().to_path_buf())
}

/// `<data dir>`: where sessions/ lives unless `--data-dir` says otherwise.
pub fn data_dir() -> Option<PathBuf> {
    project().map(|p| p.data_dir().to_path_buf())
}

/// `<cache dir>`: what casus can always rebuild (the review index).
pub fn cache_dir() -> Option<PathBuf> {
    project().map(|p| p.cache_dir().to_path_buf())
}
