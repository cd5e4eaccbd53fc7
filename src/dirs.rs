//! Where casus reads and writes: the platform's folders for casus
//! (`directories::ProjectDirs`) and the folders named by flags or the
//! environment (`--data-dir`/`CASUS_DATA_DIR`, `--library`/`CASUS_LIBRARY`).

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

/// The flag's values, else the environment variable split on the platform's path separator.
pub fn paths_or_env(flag: &[PathBuf], var: &str) -> Vec<PathBuf> {
    if !flag.is_empty() {
        return flag.to_vec();
    }
    std::env::var_os(var)
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The extra library folders: `--library` values, else `CASUS_LIBRARY`.
pub fn library_dirs(flag: &[PathBuf]) -> Vec<PathBuf> {
    paths_or_env(flag, "CASUS_LIBRARY")
}

/// The data folders to review: `--data-dir` values, else `CASUS_DATA_DIR`
/// (split on the platform's path separator), else the platform's data folder.
pub fn data_dirs(flag: &[PathBuf]) -> Vec<PathBuf> {
    let dirs = paths_or_env(flag, "CASUS_DATA_DIR");
    if dirs.is_empty() {
        data_dir().into_iter().collect()
    } else {
        dirs
    }
}

/// The folder new sessions are written to: the first `--data-dir`, else
/// the first of `CASUS_DATA_DIR`, else the platform's data folder.
pub fn primary_data_dir(flag: &[PathBuf]) -> Option<PathBuf> {
    paths_or_env(flag, "CASUS_DATA_DIR")
        .into_iter()
        .next()
        .or_else(data_dir)
}
