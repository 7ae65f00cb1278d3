//! Every way a store call can fail.

use std::path::PathBuf;
use std::sync::Arc;

use crate::types::Revision;

/// Errors of every backend. It is `Clone` because one failed group commit answers every
/// transaction of the batch with the same error; the underlying library errors are shared
/// through an `Arc` for that reason.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// The history a watch needs is gone: events at and before `compacted` were discarded.
    #[error("revision {requested} has been compacted; history is only kept after revision {compacted}")]
    Compacted { requested: Revision, compacted: Revision },
    /// The store has been closed (or its writer stopped); nothing more can be read or written.
    #[error("the store is closed")]
    Closed,
    #[error("sqlite: {0}")]
    Sqlite(Arc<rusqlite::Error>),
    /// The stored data breaks an invariant the store relies on.
    #[error("the stored state is corrupt: {0}")]
    Corrupt(String),
    /// The file was written by a newer Ferry whose format this one does not understand.
    #[error("the state file has schema version {found}, newer than the {supported} this Ferry supports")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("i/o: {0}")]
    Io(Arc<std::io::Error>),
    /// Another store (in this or another process) has the file open; two writers would each keep
    /// their own idea of the current state and corrupt it.
    #[error("the state file {} is already open in another store", .path.display())]
    InUse { path: PathBuf },
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        StoreError::Sqlite(Arc::new(error))
    }
}

impl From<std::io::Error> for StoreError {
    fn from(error: std::io::Error) -> StoreError {
        StoreError::Io(Arc::new(error))
    }
}
