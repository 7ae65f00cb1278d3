//! Ferry state: a key-value store with revisions, compare-and-swap, prefix listing and watch.
//!
//! The interface is [`KeyValueStore`], shaped like etcd v3 (and like k3s's kine on SQL) so that an
//! etcd backend can be added without touching the handlers that use it. Two backends implement
//! it:
//!
//! - [`SqliteStore`], the embedded default: current key-values are held in memory and serve every
//!   read; every write goes through one writer thread that group-commits batches to a SQLite file
//!   (WAL, `synchronous=FULL`) before anyone sees them, so an acknowledged write survives a crash.
//! - [`MemoryStore`], the same semantics without a file, for handler tests and scale benchmarks.
//!
//! Both share one implementation of the index and of transaction semantics (`index`), and one of
//! watch streams (`watch`); the `conformance` suite (feature `conformance`) checks any backend.

mod error;
mod index;
mod key_value_store;
mod memory;
mod sqlite;
mod types;
mod watch;

#[cfg(any(test, feature = "conformance"))]
pub mod conformance;

pub use error::StoreError;
pub use key_value_store::{KeyValueStore, KeyValueStoreExt};
pub use memory::{DEFAULT_MEMORY_HISTORY_RETENTION_REVISIONS, MemoryStore};
pub use sqlite::{SCHEMA_VERSION, SqliteOptions, SqliteStore};
pub use types::{Compare, KeyValue, ListOptions, ListPage, Operation, Revision, Txn, TxnOutcome, WatchEvent};
pub use watch::WatchStream;
