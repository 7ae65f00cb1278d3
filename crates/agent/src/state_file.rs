//! What the agent keeps on disk between runs: the data directory's lock, the registered container
//! instance (`agent-state.json`), and the secret the task metadata tokens are derived from. Task
//! state is deliberately not here: the engine's containers and their labels are the record.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub const STATE_FILE_NAME: &str = "agent-state.json";
pub const LOCK_FILE_NAME: &str = "agent.lock";
pub const METADATA_SECRET_FILE_NAME: &str = "metadata-secret";
const STATE_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum StateFileError {
    #[error("another agent is using the data directory {0} (its lock file is held)")]
    Locked(PathBuf),
    #[error("{action} {path}: {source}")]
    Io { action: &'static str, path: PathBuf, source: io::Error },
    #[error("{path} is not a Ferry agent state file: {detail}")]
    Corrupt { path: PathBuf, detail: String },
}

fn io_error<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> StateFileError + 'a {
    move |source| StateFileError::Io { action, path: path.to_owned(), source }
}

/// The exclusive lock on a data directory, held for the agent's lifetime; the operating system
/// drops it when the process dies, so a crashed agent never leaves a stale lock behind.
#[derive(Debug)]
pub struct DataDirLock {
    _file: File,
}

impl DataDirLock {
    pub fn acquire(data_dir: &Path) -> Result<DataDirLock, StateFileError> {
        std::fs::create_dir_all(data_dir).map_err(io_error("creating", data_dir))?;
        let path = data_dir.join(LOCK_FILE_NAME);
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(io_error("opening", &path))?;
        match file.try_lock() {
            Ok(()) => Ok(DataDirLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StateFileError::Locked(data_dir.to_owned())),
            Err(std::fs::TryLockError::Error(source)) => Err(StateFileError::Io { action: "locking", path, source }),
        }
    }
}

/// `agent-state.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentState {
    pub schema_version: u32,
    /// The cluster the instance was registered in, as the options named it: an instance is only
    /// re-registered into the same cluster.
    pub cluster: String,
    pub container_instance_arn: String,
}

impl AgentState {
    pub fn new(cluster: &str, container_instance_arn: &str) -> AgentState {
        AgentState {
            schema_version: STATE_SCHEMA_VERSION,
            cluster: cluster.to_owned(),
            container_instance_arn: container_instance_arn.to_owned(),
        }
    }

    pub fn load(data_dir: &Path) -> Result<Option<AgentState>, StateFileError> {
        let path = data_dir.join(STATE_FILE_NAME);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(StateFileError::Io { action: "reading", path, source: error }),
        };
        let state: AgentState =
            serde_json::from_slice(&bytes).map_err(|error| StateFileError::Corrupt { path: path.clone(), detail: error.to_string() })?;
        if state.schema_version > STATE_SCHEMA_VERSION {
            return Err(StateFileError::Corrupt {
                path,
                detail: format!("schema version {} is newer than this agent knows ({STATE_SCHEMA_VERSION})", state.schema_version),
            });
        }
        Ok(Some(state))
    }

    /// Writes the state so that a crash at any point leaves either the old or the new file.
    pub fn save(&self, data_dir: &Path) -> Result<(), StateFileError> {
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|error| StateFileError::Corrupt { path: data_dir.join(STATE_FILE_NAME), detail: error.to_string() })?;
        write_atomically(&data_dir.join(STATE_FILE_NAME), &bytes, 0o644)
    }

    pub fn remove(data_dir: &Path) -> Result<(), StateFileError> {
        let path = data_dir.join(STATE_FILE_NAME);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(StateFileError::Io { action: "removing", path, source: error }),
        }
    }
}

/// The container instance ARN the agent using `data_dir` registered, if it has.
pub fn registered_container_instance_arn(data_dir: &Path) -> Option<String> {
    AgentState::load(data_dir).ok().flatten().map(|state| state.container_instance_arn)
}

/// The secret that task metadata tokens are derived from: created once (mode 0600) and kept, so
/// tokens handed to running containers stay valid across agent restarts.
pub fn load_or_create_metadata_secret(data_dir: &Path) -> Result<Vec<u8>, StateFileError> {
    let path = data_dir.join(METADATA_SECRET_FILE_NAME);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            return hex::decode(text.trim())
                .ok()
                .filter(|secret| secret.len() >= 16)
                .ok_or_else(|| StateFileError::Corrupt { path, detail: "the metadata secret is not hex of at least 16 bytes".into() });
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(StateFileError::Io { action: "reading", path, source: error }),
    }
    let secret: [u8; 32] = rand::random();
    write_atomically(&path, hex::encode(secret).as_bytes(), 0o600)?;
    Ok(secret.to_vec())
}

fn write_atomically(path: &Path, bytes: &[u8], mode: u32) -> Result<(), StateFileError> {
    let temporary = path.with_extension("tmp");
    let mut file =
        OpenOptions::new().create(true).truncate(true).write(true).mode(mode).open(&temporary).map_err(io_error("creating", &temporary))?;
    file.write_all(bytes).map_err(io_error("writing", &temporary))?;
    file.sync_all().map_err(io_error("syncing", &temporary))?;
    drop(file);
    std::fs::rename(&temporary, path).map_err(io_error("renaming into place", path))?;
    if let Some(parent) = path.parent() {
        // The rename is only durable once the directory entry is.
        if let Ok(directory) = File::open(parent) {
            let _ = directory.sync_all();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn state_round_trips_and_missing_is_none() {
        let directory = tempfile::tempdir().unwrap();
        assert_eq!(AgentState::load(directory.path()).unwrap(), None);
        let state = AgentState::new("default", "arn:aws:ecs:us-east-1:000000000000:container-instance/default/abc");
        state.save(directory.path()).unwrap();
        assert_eq!(AgentState::load(directory.path()).unwrap(), Some(state.clone()));
        assert_eq!(registered_container_instance_arn(directory.path()).as_deref(), Some(state.container_instance_arn.as_str()));
        AgentState::remove(directory.path()).unwrap();
        assert_eq!(AgentState::load(directory.path()).unwrap(), None);
    }

    #[test]
    fn a_second_lock_on_the_same_directory_fails() {
        let directory = tempfile::tempdir().unwrap();
        let first = DataDirLock::acquire(directory.path()).unwrap();
        assert!(matches!(DataDirLock::acquire(directory.path()), Err(StateFileError::Locked(_))));
        drop(first);
        DataDirLock::acquire(directory.path()).unwrap();
    }

    #[test]
    fn metadata_secret_is_private_and_stable() {
        let directory = tempfile::tempdir().unwrap();
        let secret = load_or_create_metadata_secret(directory.path()).unwrap();
        assert_eq!(secret.len(), 32);
        assert_eq!(load_or_create_metadata_secret(directory.path()).unwrap(), secret);
        let mode = std::fs::metadata(directory.path().join(METADATA_SECRET_FILE_NAME)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
