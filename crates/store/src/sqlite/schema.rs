//! The SQLite file format — tables, schema version and connection settings — and loading the
//! current state from it at open.

use std::collections::BTreeMap;
use std::time::Duration;

use bytes::Bytes;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::error::StoreError;
use crate::types::{KeyValue, Revision};

/// The schema version this code writes and understands. Bump it (and add a migration from every
/// older version) whenever the tables change; a newer file is refused rather than misread.
pub const SCHEMA_VERSION: i64 = 1;

const CREATE_SCHEMA: &str = "
    CREATE TABLE meta (
        name TEXT PRIMARY KEY NOT NULL,
        value ANY
    ) STRICT;
    CREATE TABLE kv (
        key TEXT PRIMARY KEY NOT NULL,
        value BLOB NOT NULL,
        create_revision INTEGER NOT NULL,
        mod_revision INTEGER NOT NULL,
        version INTEGER NOT NULL
    ) STRICT;
    -- One row per changed key per revision, for watch replay. A NULL value is a delete.
    CREATE TABLE kv_history (
        revision INTEGER NOT NULL,
        key TEXT NOT NULL,
        value BLOB,
        create_revision INTEGER NOT NULL,
        version INTEGER NOT NULL,
        PRIMARY KEY (revision, key)
    ) STRICT;
";

/// Settings for one connection. The page cache is kept small because reads are served from the
/// in-memory index; SQLite only sees appends and history replays.
pub(crate) fn configure(connection: &Connection, cache_kib: i64) -> Result<(), StoreError> {
    // Write-ahead logging with a full sync on every commit: a committed transaction survives
    // power loss and SIGKILL, and one fsync covers a whole group commit.
    let journal_mode: String = connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !journal_mode.eq_ignore_ascii_case("wal") {
        tracing::warn!(journal_mode, "SQLite refused write-ahead logging; commits stay durable but are slower");
    }
    connection.pragma_update(None, "synchronous", "FULL")?;
    // A negative cache size is in KiB rather than pages.
    connection.pragma_update(None, "cache_size", -cache_kib)?;
    connection.pragma_update(None, "mmap_size", 0)?;
    // After a burst of writes, shrink the log back to this size at the next checkpoint rather than
    // keeping its high-water mark on disk for ever.
    connection.pragma_update(None, "journal_size_limit", 4 * 1024 * 1024)?;
    connection.busy_timeout(Duration::from_secs(5))?;
    Ok(())
}

/// The state found in the file at open.
pub(crate) struct LoadedState {
    pub(crate) entries: BTreeMap<String, KeyValue>,
    pub(crate) revision: Revision,
    pub(crate) compacted_revision: Revision,
}

/// Creates the schema in an empty file, checks the schema version of an existing one, and loads
/// every current key-value.
pub(crate) fn create_or_load(connection: &mut Connection) -> Result<LoadedState, StoreError> {
    // Immediate: take the write lock up front, so creating the schema cannot race anything.
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let has_meta: bool =
        transaction
            .query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta')", [], |row| row.get(0))?;
    if !has_meta {
        transaction.execute_batch(CREATE_SCHEMA)?;
        let mut insert = transaction.prepare("INSERT INTO meta (name, value) VALUES (?1, ?2)")?;
        for (name, value) in [("schema_version", SCHEMA_VERSION), ("current_revision", 0), ("compacted_revision", 0)] {
            insert.execute((name, value))?;
        }
    }

    let schema_version = read_meta(&transaction, "schema_version")?;
    if schema_version > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew { found: schema_version, supported: SCHEMA_VERSION });
    }
    if schema_version < 1 {
        return Err(StoreError::Corrupt(format!("schema version {schema_version} never existed")));
    }
    let revision = read_meta(&transaction, "current_revision")?;
    let compacted_revision = read_meta(&transaction, "compacted_revision")?;
    if !(0..=revision).contains(&compacted_revision) {
        return Err(StoreError::Corrupt(format!("compacted revision {compacted_revision} is outside 0..={revision}")));
    }

    let mut entries = BTreeMap::new();
    {
        let mut select = transaction.prepare("SELECT key, value, create_revision, mod_revision, version FROM kv")?;
        let mut rows = select.query([])?;
        while let Some(row) = rows.next()? {
            let kv = KeyValue {
                key: row.get(0)?,
                value: Bytes::from(row.get::<_, Vec<u8>>(1)?),
                create_revision: row.get(2)?,
                mod_revision: row.get(3)?,
                version: row.get(4)?,
            };
            if !(1..=kv.mod_revision).contains(&kv.create_revision) || kv.mod_revision > revision || kv.version < 1 {
                return Err(StoreError::Corrupt(format!(
                    "key {:?} has create revision {}, mod revision {} and version {} in a store at revision {revision}",
                    kv.key, kv.create_revision, kv.mod_revision, kv.version
                )));
            }
            entries.insert(kv.key.clone(), kv);
        }
    }
    transaction.commit()?;
    Ok(LoadedState { entries, revision, compacted_revision })
}

pub(crate) fn read_meta(connection: &Connection, name: &str) -> Result<i64, StoreError> {
    connection
        .query_row("SELECT value FROM meta WHERE name = ?1", [name], |row| row.get(0))
        .optional()?
        .ok_or_else(|| StoreError::Corrupt(format!("the meta table has no {name}")))
}
