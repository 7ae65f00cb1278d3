//! The values the store speaks in: key-values with their revisions, transactions of compares and
//! operations, list pages and watch events — the shape of etcd v3's KV and Watch APIs.

use bytes::Bytes;

/// A store-wide revision. An empty store is at revision 0; every committed transaction that
/// changes something moves it forward by exactly one.
pub type Revision = i64;

/// One stored key and its value, with etcd's bookkeeping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValue {
    pub key: String,
    pub value: Bytes,
    /// The revision of the transaction that created this key (since it was last absent).
    pub create_revision: Revision,
    /// The revision of the transaction that last wrote this key.
    pub mod_revision: Revision,
    /// How many writes the key has had since it was created: 1 on create, as in etcd.
    pub version: i64,
}

/// A condition a transaction checks, against the state just before it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compare {
    /// The key's `mod_revision` equals `revision`; revision 0 means "the key is absent".
    ModRevision {
        key: String,
        revision: Revision,
    },
    Exists {
        key: String,
    },
    Absent {
        key: String,
    },
    /// The key exists and holds exactly this value.
    Value {
        key: String,
        value: Bytes,
    },
}

impl Compare {
    pub fn mod_revision(key: impl Into<String>, revision: Revision) -> Compare {
        Compare::ModRevision { key: key.into(), revision }
    }

    pub fn exists(key: impl Into<String>) -> Compare {
        Compare::Exists { key: key.into() }
    }

    pub fn absent(key: impl Into<String>) -> Compare {
        Compare::Absent { key: key.into() }
    }

    pub fn value(key: impl Into<String>, value: impl Into<Bytes>) -> Compare {
        Compare::Value { key: key.into(), value: value.into() }
    }
}

/// A write a transaction performs. Operations run in order, each seeing the ones before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operation {
    Put {
        key: String,
        value: Bytes,
    },
    /// Deleting an absent key changes nothing.
    Delete {
        key: String,
    },
    /// Deletes every key that starts with `prefix` (all keys if it is empty).
    DeletePrefix {
        prefix: String,
    },
}

impl Operation {
    pub fn put(key: impl Into<String>, value: impl Into<Bytes>) -> Operation {
        Operation::Put { key: key.into(), value: value.into() }
    }

    pub fn delete(key: impl Into<String>) -> Operation {
        Operation::Delete { key: key.into() }
    }

    pub fn delete_prefix(prefix: impl Into<String>) -> Operation {
        Operation::DeletePrefix { prefix: prefix.into() }
    }
}

/// An etcd-style transaction: if every compare holds, run `success`, otherwise run `failure`.
///
/// All the writes of one transaction share one revision and become visible together. A
/// transaction whose chosen operations change nothing (say, deleting an absent key) does not
/// consume a revision.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Txn {
    pub compares: Vec<Compare>,
    pub success: Vec<Operation>,
    pub failure: Vec<Operation>,
}

impl Txn {
    /// An empty transaction, to be filled with [`Txn::when`], [`Txn::and_then`] and [`Txn::or_else`].
    pub fn new() -> Txn {
        Txn::default()
    }

    /// Adds conditions that must all hold for `success` to run.
    pub fn when(mut self, compares: impl IntoIterator<Item = Compare>) -> Txn {
        self.compares.extend(compares);
        self
    }

    /// Adds operations to run when every compare holds.
    pub fn and_then(mut self, operations: impl IntoIterator<Item = Operation>) -> Txn {
        self.success.extend(operations);
        self
    }

    /// Adds operations to run when some compare does not hold.
    pub fn or_else(mut self, operations: impl IntoIterator<Item = Operation>) -> Txn {
        self.failure.extend(operations);
        self
    }
}

/// What a transaction did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TxnOutcome {
    /// Whether every compare held (and so `success` ran rather than `failure`).
    pub succeeded: bool,
    /// The revision of this transaction's writes, or the store's current revision when it wrote
    /// nothing.
    pub revision: Revision,
}

/// Paging for [`crate::KeyValueStore::list`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOptions {
    /// Only keys strictly after this one (pass the last key of the previous page).
    pub start_after: Option<String>,
    /// At most this many items; `None` (or `Some(0)`, as in etcd) means no limit.
    pub limit: Option<usize>,
}

/// One page of a prefix listing, taken from one consistent snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListPage {
    /// Sorted by key bytes.
    pub items: Vec<KeyValue>,
    /// Whether more keys under the prefix follow the last item.
    pub more: bool,
    /// The store revision of the snapshot the page was read from.
    pub revision: Revision,
}

/// A committed change to one key, as a watcher sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchEvent {
    /// The key was created or overwritten; `kv.mod_revision` is the revision of the write.
    Put {
        kv: KeyValue,
    },
    Delete {
        key: String,
        revision: Revision,
    },
}

impl WatchEvent {
    pub fn key(&self) -> &str {
        match self {
            WatchEvent::Put { kv } => &kv.key,
            WatchEvent::Delete { key, .. } => key,
        }
    }

    pub fn revision(&self) -> Revision {
        match self {
            WatchEvent::Put { kv } => kv.mod_revision,
            WatchEvent::Delete { revision, .. } => *revision,
        }
    }
}
