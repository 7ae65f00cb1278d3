//! The in-memory index of current key-values that every backend serves reads from, and the one
//! implementation of transaction semantics (compares, operations, revisions) that both backends
//! use, so the memory and SQLite stores cannot drift apart.

use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::Arc;

use tokio::sync::broadcast;

use crate::types::{Compare, KeyValue, ListOptions, ListPage, Operation, Revision, Txn, TxnOutcome, WatchEvent};

/// Committed events, one message per commit, in revision order then key order.
pub(crate) type CommittedEvents = Arc<Vec<WatchEvent>>;

/// How many commits a watcher may fall behind before it is told it lagged and has to catch up
/// from history. Messages are dropped as soon as every watcher has seen them, so this bounds
/// memory only while a watcher is slow.
const LIVE_EVENT_CAPACITY: usize = 512;

/// The current state: every live key, the revision it is at, and the publisher of live events.
pub(crate) struct Index {
    entries: BTreeMap<String, KeyValue>,
    revision: Revision,
    /// Events at or before this revision are no longer kept in history.
    compacted_revision: Revision,
    /// `None` once the store is closed, which ends every watch.
    live_events: Option<broadcast::Sender<CommittedEvents>>,
}

/// The result of evaluating a batch of transactions against the index, not yet applied.
pub(crate) struct BatchPlan {
    /// One per transaction, in the order given.
    pub(crate) outcomes: Vec<TxnOutcome>,
    /// Every change the batch makes, in revision order then key order.
    pub(crate) events: Vec<WatchEvent>,
    /// The store revision after the batch.
    pub(crate) revision: Revision,
}

impl Index {
    pub(crate) fn new(entries: BTreeMap<String, KeyValue>, revision: Revision, compacted_revision: Revision) -> Index {
        let (sender, _) = broadcast::channel(LIVE_EVENT_CAPACITY);
        Index { entries, revision, compacted_revision, live_events: Some(sender) }
    }

    pub(crate) fn revision(&self) -> Revision {
        self.revision
    }

    pub(crate) fn compacted_revision(&self) -> Revision {
        self.compacted_revision
    }

    pub(crate) fn set_compacted_revision(&mut self, compacted_revision: Revision) {
        self.compacted_revision = self.compacted_revision.max(compacted_revision);
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn get(&self, key: &str) -> Option<KeyValue> {
        self.entries.get(key).cloned()
    }

    pub(crate) fn list(&self, prefix: &str, options: &ListOptions) -> ListPage {
        let lower = match &options.start_after {
            Some(after) if after.as_str() >= prefix => Bound::Excluded(after.as_str()),
            _ => Bound::Included(prefix),
        };
        let limit = options.limit.filter(|&limit| limit > 0).unwrap_or(usize::MAX);
        let mut items = Vec::with_capacity(limit.min(64));
        let mut more = false;
        for (key, kv) in self.entries.range::<str, _>((lower, Bound::Unbounded)) {
            if !key.starts_with(prefix) {
                break;
            }
            if items.len() == limit {
                more = true;
                break;
            }
            items.push(kv.clone());
        }
        ListPage { items, more, revision: self.revision }
    }

    /// A receiver of every commit after the current revision. Taken under the same lock that
    /// commits hold while publishing, so the caller knows exactly where history ends and live
    /// events begin. `None` once the store is closed.
    pub(crate) fn subscribe(&self) -> Option<broadcast::Receiver<CommittedEvents>> {
        self.live_events.as_ref().map(broadcast::Sender::subscribe)
    }

    /// Ends every watch: their receivers see the channel close.
    pub(crate) fn close_live_events(&mut self) {
        self.live_events = None;
    }

    /// Evaluates transactions one after another, each seeing the effects of the ones before it,
    /// exactly as if they had run one by one, without changing the index.
    pub(crate) fn plan<'txn>(&self, txns: impl IntoIterator<Item = &'txn Txn>) -> BatchPlan {
        let mut overlay = Overlay { base: &self.entries, changes: BTreeMap::new(), revision: self.revision };
        let mut events = Vec::new();
        let outcomes = txns.into_iter().map(|txn| overlay.run(txn, &mut events)).collect();
        BatchPlan { outcomes, events, revision: overlay.revision }
    }

    /// Applies planned, already durable events and publishes them to watchers. The caller holds
    /// the write lock, so a watcher subscribing under the read lock sees either all of the batch
    /// in the index (and so in history) or none of it (and so on its receiver).
    pub(crate) fn apply(&mut self, events: Vec<WatchEvent>, revision: Revision) {
        for event in &events {
            match event {
                WatchEvent::Put { kv } => {
                    self.entries.insert(kv.key.clone(), kv.clone());
                }
                WatchEvent::Delete { key, .. } => {
                    self.entries.remove(key);
                }
            }
        }
        self.revision = revision;
        if let Some(sender) = &self.live_events
            && sender.receiver_count() > 0
            && !events.is_empty()
        {
            // An error only means every watcher went away meanwhile; nobody is left to tell.
            let _ = sender.send(Arc::new(events));
        }
    }
}

/// When history should be trimmed, and to which revision: once it holds more than `retention`
/// revisions plus some slack, drop everything but the last `retention` revisions. The slack makes
/// compaction an occasional bulk delete rather than a small one on every commit.
pub(crate) fn compaction_target(revision: Revision, compacted_revision: Revision, retention_revisions: u64) -> Option<Revision> {
    let retention = Revision::try_from(retention_revisions).unwrap_or(Revision::MAX);
    let slack = retention.clamp(1, 1000);
    if revision.saturating_sub(compacted_revision) > retention.saturating_add(slack) { Some(revision - retention) } else { None }
}

/// The committed index with the changes of the batch so far layered over it.
struct Overlay<'index> {
    base: &'index BTreeMap<String, KeyValue>,
    /// `None` marks a key deleted by an earlier transaction of the batch.
    changes: BTreeMap<String, Option<KeyValue>>,
    revision: Revision,
}

impl Overlay<'_> {
    fn lookup(&self, key: &str) -> Option<&KeyValue> {
        match self.changes.get(key) {
            Some(change) => change.as_ref(),
            None => self.base.get(key),
        }
    }

    fn compare_holds(&self, compare: &Compare) -> bool {
        match compare {
            Compare::ModRevision { key, revision } => self.lookup(key).map_or(0, |kv| kv.mod_revision) == *revision,
            Compare::Exists { key } => self.lookup(key).is_some(),
            Compare::Absent { key } => self.lookup(key).is_none(),
            Compare::Value { key, value } => self.lookup(key).is_some_and(|kv| kv.value == *value),
        }
    }

    /// Runs one transaction on top of the batch so far, appending its events.
    fn run(&mut self, txn: &Txn, events: &mut Vec<WatchEvent>) -> TxnOutcome {
        let succeeded = txn.compares.iter().all(|compare| self.compare_holds(compare));
        let operations = if succeeded { &txn.success } else { &txn.failure };
        let revision = self.revision + 1;

        // The transaction's own changes, so later operations see earlier ones and a failed
        // transaction never touches the batch.
        let mut txn_changes: BTreeMap<String, Option<KeyValue>> = BTreeMap::new();
        for operation in operations {
            match operation {
                Operation::Put { key, value } => {
                    let (create_revision, version) = match txn_changes.get(key) {
                        // Written earlier in this transaction: still one write at one revision.
                        Some(Some(written)) => (written.create_revision, written.version),
                        // Deleted earlier in this transaction: created afresh.
                        Some(None) => (revision, 1),
                        None => match self.lookup(key) {
                            Some(prior) => (prior.create_revision, prior.version + 1),
                            None => (revision, 1),
                        },
                    };
                    let kv = KeyValue { key: key.clone(), value: value.clone(), create_revision, mod_revision: revision, version };
                    txn_changes.insert(key.clone(), Some(kv));
                }
                Operation::Delete { key } => {
                    if self.exists_within(&txn_changes, key) {
                        txn_changes.insert(key.clone(), None);
                    }
                }
                Operation::DeletePrefix { prefix } => {
                    // A key may turn up in several layers; deleting it twice is harmless.
                    let doomed: Vec<String> = keys_with_prefix(self.base, prefix)
                        .chain(keys_with_prefix(&self.changes, prefix))
                        .chain(keys_with_prefix(&txn_changes, prefix))
                        .filter(|key| self.exists_within(&txn_changes, key))
                        .cloned()
                        .collect();
                    for key in doomed {
                        txn_changes.insert(key, None);
                    }
                }
            }
        }

        let events_before = events.len();
        for (key, change) in txn_changes {
            match change {
                Some(kv) => {
                    events.push(WatchEvent::Put { kv: kv.clone() });
                    self.changes.insert(key, Some(kv));
                }
                // Deleting a key that did not exist before the transaction (or that the
                // transaction itself created) changes nothing the world can see.
                None if self.lookup(&key).is_some() => {
                    events.push(WatchEvent::Delete { key: key.clone(), revision });
                    self.changes.insert(key, None);
                }
                None => {}
            }
        }
        if events.len() > events_before {
            self.revision = revision;
        }
        TxnOutcome { succeeded, revision: self.revision }
    }

    fn exists_within(&self, txn_changes: &BTreeMap<String, Option<KeyValue>>, key: &str) -> bool {
        match txn_changes.get(key) {
            Some(change) => change.is_some(),
            None => self.lookup(key).is_some(),
        }
    }
}

fn keys_with_prefix<'map, Value>(map: &'map BTreeMap<String, Value>, prefix: &'map str) -> impl Iterator<Item = &'map String> + 'map {
    map.range::<str, _>((Bound::Included(prefix), Bound::Unbounded)).map(|(key, _)| key).take_while(move |key| key.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;

    fn put(key: &str, value: &str) -> Operation {
        Operation::put(key, value.to_owned())
    }

    /// Runs each transaction as its own batch, applying it, and returns the outcomes.
    fn run_one_by_one(index: &mut Index, txns: &[Txn]) -> Vec<TxnOutcome> {
        txns.iter()
            .map(|txn| {
                let plan = index.plan([txn]);
                index.apply(plan.events, plan.revision);
                plan.outcomes[0]
            })
            .collect()
    }

    #[test]
    fn a_batch_gives_the_same_results_as_running_one_by_one() {
        let txns = vec![
            Txn::new().and_then([put("a", "1")]),
            Txn::new().when([Compare::absent("a")]).and_then([put("a", "2")]).or_else([put("b", "x")]),
            Txn::new().when([Compare::mod_revision("a", 1)]).and_then([put("a", "3"), Operation::delete("b")]),
            Txn::new().and_then([Operation::delete("nothing")]),
            Txn::new().and_then([Operation::delete_prefix("")]),
            Txn::new().when([Compare::value("a", "3".to_owned())]).and_then([put("c", "never")]),
            Txn::new().and_then([put("d", "1"), put("d", "2"), Operation::delete("d"), put("d", "3")]),
        ];
        let mut one_by_one = Index::new(BTreeMap::new(), 0, 0);
        let expected = run_one_by_one(&mut one_by_one, &txns);

        let mut batched = Index::new(BTreeMap::new(), 0, 0);
        let plan = batched.plan(&txns);
        batched.apply(plan.events, plan.revision);

        assert_eq!(plan.outcomes, expected);
        assert_eq!(batched.entries, one_by_one.entries);
        assert_eq!(batched.revision(), one_by_one.revision());
        let revisions: Vec<Revision> = expected.iter().map(|outcome| outcome.revision).collect();
        assert_eq!(revisions, vec![1, 2, 3, 3, 4, 4, 5]);
    }

    #[test]
    fn repeated_writes_of_one_key_in_one_txn_are_one_write() {
        let mut index = Index::new(BTreeMap::new(), 0, 0);
        run_one_by_one(&mut index, &[Txn::new().and_then([put("k", "1")])]);
        run_one_by_one(&mut index, &[Txn::new().and_then([put("k", "2"), put("k", "3")])]);
        let kv = index.get("k").unwrap();
        assert_eq!((kv.create_revision, kv.mod_revision, kv.version, kv.value.as_ref()), (1, 2, 2, b"3".as_ref()));

        // Deleted and recreated in one transaction: a fresh key.
        run_one_by_one(&mut index, &[Txn::new().and_then([Operation::delete("k"), put("k", "4")])]);
        let kv = index.get("k").unwrap();
        assert_eq!((kv.create_revision, kv.mod_revision, kv.version), (3, 3, 1));
    }

    #[test]
    fn a_key_created_and_deleted_in_one_txn_writes_nothing() {
        let mut index = Index::new(BTreeMap::new(), 0, 0);
        let outcomes = run_one_by_one(&mut index, &[Txn::new().and_then([put("k", "1"), Operation::delete_prefix("k")])]);
        assert_eq!(outcomes[0], TxnOutcome { succeeded: true, revision: 0 });
        assert_eq!(index.len(), 0);
    }

    fn arbitrary_txn() -> impl proptest::strategy::Strategy<Value = Txn> {
        use proptest::prelude::*;
        // Few keys and values, so that compares hit and miss and operations collide.
        let key = prop::sample::select(vec!["a", "a/1", "a/2", "b", "b/1"]).prop_map(str::to_owned);
        let value = prop::sample::select(vec!["x", "y"]).prop_map(|value| Bytes::from_static(value.as_bytes()));
        let compare = prop_oneof![
            (key.clone(), 0..6i64).prop_map(|(key, revision)| Compare::ModRevision { key, revision }),
            key.clone().prop_map(|key| Compare::Exists { key }),
            key.clone().prop_map(|key| Compare::Absent { key }),
            (key.clone(), value.clone()).prop_map(|(key, value)| Compare::Value { key, value }),
        ];
        let operation = prop_oneof![
            3 => (key.clone(), value).prop_map(|(key, value)| Operation::Put { key, value }),
            1 => key.clone().prop_map(|key| Operation::Delete { key }),
            1 => prop::sample::select(vec!["", "a", "a/", "b/"]).prop_map(|prefix| Operation::DeletePrefix { prefix: prefix.to_owned() }),
        ];
        (prop::collection::vec(compare, 0..3), prop::collection::vec(operation.clone(), 0..4), prop::collection::vec(operation, 0..3))
            .prop_map(|(compares, success, failure)| Txn { compares, success, failure })
    }

    proptest::proptest! {
        /// Group commit is only correct if evaluating a batch against the overlay gives exactly
        /// what running the transactions one at a time gives.
        #[test]
        fn any_batch_gives_the_same_results_as_running_one_by_one(
            setup in proptest::collection::vec(arbitrary_txn(), 0..6),
            batch in proptest::collection::vec(arbitrary_txn(), 1..12),
        ) {
            let mut one_by_one = Index::new(BTreeMap::new(), 0, 0);
            run_one_by_one(&mut one_by_one, &setup);
            let mut batched = Index::new(one_by_one.entries.clone(), one_by_one.revision(), 0);
            let expected = run_one_by_one(&mut one_by_one, &batch);

            let plan = batched.plan(&batch);
            let events_in_order = plan.events.windows(2).all(|pair| {
                (pair[0].revision(), pair[0].key()) < (pair[1].revision(), pair[1].key())
            });
            batched.apply(plan.events, plan.revision);
            proptest::prop_assert_eq!(plan.outcomes, expected);
            proptest::prop_assert_eq!(&batched.entries, &one_by_one.entries);
            proptest::prop_assert_eq!(batched.revision(), one_by_one.revision());
            proptest::prop_assert!(events_in_order, "events are in (revision, key) order");
        }
    }

    #[test]
    fn compaction_waits_for_slack_then_keeps_the_retention() {
        assert_eq!(compaction_target(100, 0, 100_000), None);
        assert_eq!(compaction_target(101_000, 0, 100_000), None);
        assert_eq!(compaction_target(101_001, 0, 100_000), Some(1_001));
        assert_eq!(compaction_target(20, 0, 10), None);
        assert_eq!(compaction_target(21, 0, 10), Some(11));
        assert_eq!(compaction_target(5, 0, 0), Some(5));
        assert_eq!(compaction_target(5, 0, u64::MAX), None);
    }
}
