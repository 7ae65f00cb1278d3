//! `MemoryStore`: the whole store in memory, with the same semantics as the durable backends, for
//! handler unit tests and scale benchmarks.

use std::collections::VecDeque;
use std::sync::Arc;

use futures::future::BoxFuture;
use parking_lot::RwLock;

use crate::error::StoreError;
use crate::index::{Index, compaction_target};
use crate::key_value_store::KeyValueStore;
use crate::types::{KeyValue, ListOptions, ListPage, Revision, Txn, TxnOutcome, WatchEvent};
use crate::watch::{HistoryPage, HistoryPosition, HistorySource, WatchStream};

/// How many revisions of history a `MemoryStore` keeps for watch replay unless told otherwise.
pub const DEFAULT_MEMORY_HISTORY_RETENTION_REVISIONS: u64 = 10_000;

/// A store that keeps everything in memory and loses it when dropped. Cloning gives another
/// handle to the same store.
#[derive(Clone)]
pub struct MemoryStore {
    shared: Arc<MemoryShared>,
}

struct MemoryShared {
    state: Arc<RwLock<MemoryState>>,
    history_retention_revisions: u64,
}

struct MemoryState {
    index: Index,
    /// Every event after the compacted revision, in (revision, key) order.
    history: VecDeque<WatchEvent>,
}

impl Drop for MemoryShared {
    fn drop(&mut self) {
        // Watchers hold the state, not the store; end their streams with the last store handle.
        self.state.write().index.close_live_events();
    }
}

impl Default for MemoryStore {
    fn default() -> MemoryStore {
        MemoryStore::new()
    }
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::with_history_retention(DEFAULT_MEMORY_HISTORY_RETENTION_REVISIONS)
    }

    /// A store that keeps the last `history_retention_revisions` revisions of history for watch
    /// replay (and trims it once it grows past that by a little).
    pub fn with_history_retention(history_retention_revisions: u64) -> MemoryStore {
        let state = MemoryState { index: Index::new(Default::default(), 0, 0), history: VecDeque::new() };
        MemoryStore { shared: Arc::new(MemoryShared { state: Arc::new(RwLock::new(state)), history_retention_revisions }) }
    }

    /// How many keys the store holds.
    pub fn len(&self) -> usize {
        self.shared.state.read().index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl std::fmt::Debug for MemoryStore {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.shared.state.read();
        formatter
            .debug_struct("MemoryStore")
            .field("keys", &state.index.len())
            .field("revision", &state.index.revision())
            .field("compacted_revision", &state.index.compacted_revision())
            .finish()
    }
}

#[async_trait::async_trait]
impl KeyValueStore for MemoryStore {
    async fn get(&self, key: &str) -> Result<Option<KeyValue>, StoreError> {
        Ok(self.shared.state.read().index.get(key))
    }

    async fn list(&self, prefix: &str, options: ListOptions) -> Result<ListPage, StoreError> {
        Ok(self.shared.state.read().index.list(prefix, &options))
    }

    async fn txn(&self, txn: Txn) -> Result<TxnOutcome, StoreError> {
        let mut state = self.shared.state.write();
        let MemoryState { index, history } = &mut *state;
        let plan = index.plan([&txn]);
        history.extend(plan.events.iter().cloned());
        index.apply(plan.events, plan.revision);
        if let Some(compacted) = compaction_target(index.revision(), index.compacted_revision(), self.shared.history_retention_revisions) {
            while history.front().is_some_and(|event| event.revision() <= compacted) {
                history.pop_front();
            }
            index.set_compacted_revision(compacted);
        }
        Ok(plan.outcomes[0])
    }

    async fn watch(&self, prefix: &str, start_revision: Option<Revision>) -> Result<WatchStream, StoreError> {
        let state = self.shared.state.read();
        if let Some(start_revision) = start_revision
            && start_revision.max(1) <= state.index.compacted_revision()
        {
            return Err(StoreError::Compacted { requested: start_revision, compacted: state.index.compacted_revision() });
        }
        let receiver = state.index.subscribe().ok_or(StoreError::Closed)?;
        let source = Arc::new(MemoryHistory { state: Arc::clone(&self.shared.state) });
        Ok(WatchStream::start(source, prefix, receiver, state.index.revision(), start_revision))
    }

    async fn current_revision(&self) -> Result<Revision, StoreError> {
        Ok(self.shared.state.read().index.revision())
    }
}

/// Watch replay from the in-memory history.
struct MemoryHistory {
    state: Arc<RwLock<MemoryState>>,
}

impl HistorySource for MemoryHistory {
    fn read_history(
        self: Arc<Self>,
        prefix: String,
        after: HistoryPosition,
        through: Revision,
        page_rows: usize,
    ) -> BoxFuture<'static, Result<HistoryPage, StoreError>> {
        let state = self.state.read();
        let compacted = state.index.compacted_revision();
        let page = if after.first_needed_revision() <= compacted {
            Err(StoreError::Compacted { requested: after.first_needed_revision(), compacted })
        } else {
            let start = state.history.partition_point(|event| !after.comes_before(event.revision(), event.key()));
            let mut events = Vec::new();
            let mut next = after;
            let mut exhausted = true;
            for (rows, event) in state.history.range(start..).enumerate() {
                if event.revision() > through {
                    break;
                }
                if rows == page_rows {
                    exhausted = false;
                    break;
                }
                next = HistoryPosition { revision: event.revision(), key: Some(event.key().to_owned()) };
                if event.key().starts_with(&prefix) {
                    events.push(event.clone());
                }
            }
            Ok(HistoryPage { events, next, exhausted })
        };
        Box::pin(std::future::ready(page))
    }

    fn current_revision(&self) -> Result<Revision, StoreError> {
        Ok(self.state.read().index.revision())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conformance::StoreSettings;

    async fn memory_store(settings: StoreSettings) -> Arc<dyn KeyValueStore> {
        Arc::new(MemoryStore::with_history_retention(settings.history_retention_revisions))
    }

    crate::conformance_tests!(memory_store);
}
