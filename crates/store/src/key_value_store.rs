//! The interface every backend implements, and the conveniences built on it that every backend
//! gets for free.

use std::future::Future;

use bytes::Bytes;

use crate::error::StoreError;
use crate::types::{Compare, KeyValue, ListOptions, ListPage, Operation, Revision, Txn, TxnOutcome};
use crate::watch::WatchStream;

/// Ferry's state: keys with revisions, compare-and-swap transactions, prefix listing and watch,
/// shaped like etcd v3 so that an etcd backend can replace the embedded one without touching the
/// code that uses it.
#[async_trait::async_trait]
pub trait KeyValueStore: Send + Sync + std::fmt::Debug + 'static {
    /// The key's current value, if it exists.
    async fn get(&self, key: &str) -> Result<Option<KeyValue>, StoreError>;

    /// Keys starting with `prefix`, in key order, from one consistent snapshot.
    async fn list(&self, prefix: &str, options: ListOptions) -> Result<ListPage, StoreError>;

    /// Runs a transaction atomically. When this returns, its writes are durable and visible to
    /// every later read.
    async fn txn(&self, txn: Txn) -> Result<TxnOutcome, StoreError>;

    /// Changes to keys starting with `prefix`.
    ///
    /// With `Some(revision)` the stream first replays every event at or after `revision` from
    /// history, then continues with live events, with no gap and no duplicate. With `None` it only
    /// carries events after the current revision. A revision at or before the compacted revision
    /// gives [`StoreError::Compacted`]; a revision below 1 means "from the first revision".
    async fn watch(&self, prefix: &str, start_revision: Option<Revision>) -> Result<WatchStream, StoreError>;

    /// The revision of the last committed write.
    async fn current_revision(&self) -> Result<Revision, StoreError>;
}

/// Single-key writes expressed as transactions, for every backend (including `dyn KeyValueStore`).
pub trait KeyValueStoreExt: KeyValueStore {
    /// Writes the key unconditionally; returns the revision of the write.
    fn put(
        &self,
        key: impl Into<String> + Send,
        value: impl Into<Bytes> + Send,
    ) -> impl Future<Output = Result<Revision, StoreError>> + Send {
        async move {
            let outcome = self.txn(Txn::new().and_then([Operation::put(key, value)])).await?;
            Ok(outcome.revision)
        }
    }

    /// Writes the key only if it is absent; returns whether it did.
    fn create(
        &self,
        key: impl Into<String> + Send,
        value: impl Into<Bytes> + Send,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send {
        async move {
            let key = key.into();
            let txn = Txn::new().when([Compare::absent(key.clone())]).and_then([Operation::put(key, value)]);
            Ok(self.txn(txn).await?.succeeded)
        }
    }

    /// Writes the key only if its `mod_revision` is `expected_revision` (0: only if absent);
    /// returns whether it did.
    fn put_if_mod_revision(
        &self,
        key: impl Into<String> + Send,
        value: impl Into<Bytes> + Send,
        expected_revision: Revision,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send {
        async move {
            let key = key.into();
            let txn = Txn::new().when([Compare::mod_revision(key.clone(), expected_revision)]).and_then([Operation::put(key, value)]);
            Ok(self.txn(txn).await?.succeeded)
        }
    }

    /// Deletes the key; returns whether it existed.
    fn delete(&self, key: impl Into<String> + Send) -> impl Future<Output = Result<bool, StoreError>> + Send {
        async move {
            let key = key.into();
            // The compare makes "did it exist" part of the same atomic step as the delete.
            let txn = Txn::new().when([Compare::exists(key.clone())]).and_then([Operation::delete(key)]);
            Ok(self.txn(txn).await?.succeeded)
        }
    }
}

impl<Store: KeyValueStore + ?Sized> KeyValueStoreExt for Store {}
