//! `SqliteStore`: the embedded default backend. Current key-values live in memory and serve every
//! read; SQLite in one file is the durable log every write goes to first, through one writer
//! thread that group-commits, and the history that watches replay.

mod schema;
mod writer;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread::JoinHandle;

use bytes::Bytes;
use futures::future::BoxFuture;
use parking_lot::{Mutex, RwLock};
use rusqlite::Connection;
use tokio::sync::oneshot;

use crate::error::StoreError;
use crate::index::Index;
use crate::key_value_store::KeyValueStore;
use crate::types::{KeyValue, ListOptions, ListPage, Revision, Txn, TxnOutcome, WatchEvent};
use crate::watch::{HistoryPage, HistoryPosition, HistorySource, WatchStream};

pub use schema::SCHEMA_VERSION;
use writer::WriterMessage;

/// SQLite page cache of the writer connection: it only appends, so a little suffices.
const WRITER_CACHE_KIB: i64 = 1024;
/// SQLite page cache of the history reader: replays read sequentially and rarely.
const READER_CACHE_KIB: i64 = 256;

/// Tuning of a [`SqliteStore`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SqliteOptions {
    /// How many revisions of history to keep for watch replay. Older history is deleted once it
    /// has grown past this by min(retention, 1000) revisions.
    pub history_retention_revisions: u64,
}

impl Default for SqliteOptions {
    fn default() -> SqliteOptions {
        SqliteOptions { history_retention_revisions: 100_000 }
    }
}

/// The store in one SQLite file. Cloning gives another handle to the same store; dropping the
/// last handle (or calling [`SqliteStore::close`] on any) finishes queued writes and closes the
/// file, blocking the calling thread for about one group commit while the writer finishes.
#[derive(Clone)]
pub struct SqliteStore {
    shared: Arc<SqliteShared>,
}

struct SqliteShared {
    path: PathBuf,
    index: Arc<RwLock<Index>>,
    history: Arc<SqliteHistory>,
    writer_messages: mpsc::Sender<WriterMessage>,
    writer_thread: Mutex<Option<JoinHandle<()>>>,
    closed: AtomicBool,
    /// Held while the store is open so that no second store, in this process or another, opens
    /// the same file: each would keep its own idea of the current state in memory.
    lock_file: Mutex<Option<File>>,
}

impl SqliteStore {
    /// Opens (creating if needed) the store in the file at `path`, with default options. This
    /// reads every current key into memory, so call it at startup, not on an async hot path.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        SqliteStore::open_with(path, SqliteOptions::default())
    }

    pub fn open_with(path: &Path, options: SqliteOptions) -> Result<SqliteStore, StoreError> {
        let lock_file = lock(path)?;
        let mut writer_connection = Connection::open(path)?;
        schema::configure(&writer_connection, WRITER_CACHE_KIB)?;
        let loaded = schema::create_or_load(&mut writer_connection)?;
        sync_directory_of(path)?;

        let reader_connection = Connection::open(path)?;
        schema::configure(&reader_connection, READER_CACHE_KIB)?;
        reader_connection.pragma_update(None, "query_only", true)?;

        tracing::debug!(path = %path.display(), keys = loaded.entries.len(), revision = loaded.revision, "opened the SQLite store");
        let index = Arc::new(RwLock::new(Index::new(loaded.entries, loaded.revision, loaded.compacted_revision)));
        let (writer_messages, received_messages) = mpsc::channel();
        let writer_thread = writer::spawn(writer_connection, Arc::clone(&index), options.history_retention_revisions, received_messages)?;
        let history = Arc::new(SqliteHistory { index: Arc::clone(&index), reader: Mutex::new(Some(reader_connection)) });
        Ok(SqliteStore {
            shared: Arc::new(SqliteShared {
                path: path.to_owned(),
                index,
                history,
                writer_messages,
                writer_thread: Mutex::new(Some(writer_thread)),
                closed: AtomicBool::new(false),
                lock_file: Mutex::new(Some(lock_file)),
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.shared.path
    }

    /// Stops the store: transactions queued before the call complete, later calls on any handle
    /// get [`StoreError::Closed`], watches end, and the file is closed and unlocked when this
    /// returns. It blocks for about one group commit while the writer finishes, so call it at
    /// shutdown, not on a hot path. Dropping the last handle does the same.
    pub fn close(self) {
        self.shared.shut_down();
    }

    fn ensure_open(&self) -> Result<(), StoreError> {
        if self.shared.closed.load(Ordering::Relaxed) { Err(StoreError::Closed) } else { Ok(()) }
    }
}

impl SqliteShared {
    fn shut_down(&self) {
        self.closed.store(true, Ordering::SeqCst);
        let writer_thread = self.writer_thread.lock().take();
        if let Some(writer_thread) = writer_thread {
            // An error means the writer is gone already, which is what we wait for.
            let _ = self.writer_messages.send(WriterMessage::Close);
            if writer_thread.join().is_err() {
                tracing::error!("the store's writer thread panicked");
            }
        }
        // The reader is the last connection, so closing it checkpoints and removes the WAL.
        let reader = self.history.reader.lock().take();
        if let Some(reader) = reader
            && let Err((_, error)) = reader.close()
        {
            tracing::warn!(%error, "closing the store's SQLite reader connection failed");
        }
        self.lock_file.lock().take();
    }
}

impl Drop for SqliteShared {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// Makes the directory entries of a newly created database (and its lock file) durable; SQLite
/// syncs its own journal's entry, not the database's.
fn sync_directory_of(path: &Path) -> Result<(), StoreError> {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if cfg!(unix) {
        File::open(directory)?.sync_all()?;
    }
    Ok(())
}

/// Takes an exclusive lock on `<path>.lock`. A lock file beside the database rather than the
/// database itself, because SQLite's own POSIX locks on the database would be dropped when any
/// other descriptor of it in this process is closed.
fn lock(path: &Path) -> Result<File, StoreError> {
    let mut lock_path = path.as_os_str().to_owned();
    lock_path.push(".lock");
    let lock_file = File::options().create(true).truncate(false).write(true).open(&lock_path)?;
    match lock_file.try_lock() {
        Ok(()) => Ok(lock_file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse { path: path.to_owned() }),
        Err(std::fs::TryLockError::Error(error)) => Err(error.into()),
    }
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let index = self.shared.index.read();
        formatter
            .debug_struct("SqliteStore")
            .field("path", &self.shared.path)
            .field("keys", &index.len())
            .field("revision", &index.revision())
            .field("compacted_revision", &index.compacted_revision())
            .field("closed", &self.shared.closed.load(Ordering::Relaxed))
            .finish()
    }
}

#[async_trait::async_trait]
impl KeyValueStore for SqliteStore {
    async fn get(&self, key: &str) -> Result<Option<KeyValue>, StoreError> {
        self.ensure_open()?;
        Ok(self.shared.index.read().get(key))
    }

    async fn list(&self, prefix: &str, options: ListOptions) -> Result<ListPage, StoreError> {
        self.ensure_open()?;
        Ok(self.shared.index.read().list(prefix, &options))
    }

    async fn txn(&self, txn: Txn) -> Result<TxnOutcome, StoreError> {
        self.ensure_open()?;
        let (reply, answer) = oneshot::channel();
        self.shared.writer_messages.send(WriterMessage::Txn { txn, reply }).map_err(|_| StoreError::Closed)?;
        // The writer drops the reply only if it stopped, having refused or never seen the txn.
        answer.await.map_err(|_| StoreError::Closed)?
    }

    async fn watch(&self, prefix: &str, start_revision: Option<Revision>) -> Result<WatchStream, StoreError> {
        self.ensure_open()?;
        let index = self.shared.index.read();
        if let Some(start_revision) = start_revision
            && start_revision.max(1) <= index.compacted_revision()
        {
            return Err(StoreError::Compacted { requested: start_revision, compacted: index.compacted_revision() });
        }
        let receiver = index.subscribe().ok_or(StoreError::Closed)?;
        let source: Arc<dyn HistorySource> = Arc::clone(&self.shared.history) as Arc<dyn HistorySource>;
        Ok(WatchStream::start(source, prefix, receiver, index.revision(), start_revision))
    }

    async fn current_revision(&self) -> Result<Revision, StoreError> {
        self.ensure_open()?;
        Ok(self.shared.index.read().revision())
    }
}

/// Watch replay from the `kv_history` table, through a connection of its own so replays never
/// wait for the writer.
struct SqliteHistory {
    index: Arc<RwLock<Index>>,
    /// `None` once the store is closed.
    reader: Mutex<Option<Connection>>,
}

impl SqliteHistory {
    fn read_page(&self, prefix: &str, after: &HistoryPosition, through: Revision, page_rows: usize) -> Result<HistoryPage, StoreError> {
        let reader = self.reader.lock();
        let connection = reader.as_ref().ok_or(StoreError::Closed)?;
        // One read transaction, so the compaction check and the rows come from one snapshot:
        // a compaction committed in between cannot silently remove rows we then miss.
        let snapshot = connection.unchecked_transaction()?;
        let compacted = schema::read_meta(&snapshot, "compacted_revision")?;
        let first_needed = after.first_needed_revision();
        if first_needed <= compacted {
            return Err(StoreError::Compacted { requested: first_needed, compacted });
        }
        let mut select = snapshot.prepare_cached(
            // With no position key, `key > NULL` is never true and only later revisions qualify.
            "SELECT revision, key, value, create_revision, version FROM kv_history
             WHERE revision >= ?1 AND revision <= ?2 AND (revision > ?1 OR key > ?3)
               AND substr(key, 1, length(?4)) = ?4
             ORDER BY revision, key LIMIT ?5",
        )?;
        let limit = i64::try_from(page_rows).unwrap_or(i64::MAX);
        let mut rows = select.query((after.revision, through, after.key.as_deref(), prefix, limit))?;
        let mut events = Vec::new();
        while let Some(row) = rows.next()? {
            let revision: Revision = row.get(0)?;
            let key: String = row.get(1)?;
            let event = match row.get::<_, Option<Vec<u8>>>(2)? {
                Some(value) => WatchEvent::Put {
                    kv: KeyValue {
                        key,
                        value: Bytes::from(value),
                        create_revision: row.get(3)?,
                        mod_revision: revision,
                        version: row.get(4)?,
                    },
                },
                None => WatchEvent::Delete { key, revision },
            };
            events.push(event);
        }
        let exhausted = events.len() < page_rows;
        let next = match events.last() {
            Some(last) => HistoryPosition { revision: last.revision(), key: Some(last.key().to_owned()) },
            None => after.clone(),
        };
        Ok(HistoryPage { events, next, exhausted })
    }
}

impl HistorySource for SqliteHistory {
    fn read_history(
        self: Arc<Self>,
        prefix: String,
        after: HistoryPosition,
        through: Revision,
        page_rows: usize,
    ) -> BoxFuture<'static, Result<HistoryPage, StoreError>> {
        Box::pin(async move {
            // SQLite blocks; keep it off the async workers.
            tokio::task::spawn_blocking(move || self.read_page(&prefix, &after, through, page_rows))
                .await
                .map_err(|_| StoreError::Closed)?
        })
    }

    fn current_revision(&self) -> Result<Revision, StoreError> {
        Ok(self.index.read().revision())
    }
}

#[cfg(test)]
mod tests;
