//! The behaviour every backend must show, as async checks that take a store factory; the crate's
//! tests run them against `MemoryStore` and `SqliteStore`, and a new backend (etcd) runs them too
//! through `conformance_tests!`.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;

use crate::error::StoreError;
use crate::key_value_store::{KeyValueStore, KeyValueStoreExt};
use crate::types::{Compare, KeyValue, ListOptions, Operation, Revision, Txn, TxnOutcome, WatchEvent};
use crate::watch::WatchStream;

/// What a check needs the factory to configure in a fresh store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreSettings {
    /// How many revisions of history the store keeps for watch replay; history beyond that may be
    /// compacted once it has grown by up to min(retention, 1000) more revisions.
    pub history_retention_revisions: u64,
}

impl Default for StoreSettings {
    fn default() -> StoreSettings {
        StoreSettings { history_retention_revisions: 100_000 }
    }
}

/// Makes a fresh, empty store for one check. Any `Fn(StoreSettings) -> impl Future<Output =
/// Arc<dyn KeyValueStore>>` is one.
pub trait StoreFactory: Sync {
    fn create_store(&self, settings: StoreSettings) -> BoxFuture<'_, Arc<dyn KeyValueStore>>;
}

impl<Factory, StoreFuture> StoreFactory for Factory
where
    Factory: Fn(StoreSettings) -> StoreFuture + Sync,
    StoreFuture: Future<Output = Arc<dyn KeyValueStore>> + Send + 'static,
{
    fn create_store(&self, settings: StoreSettings) -> BoxFuture<'_, Arc<dyn KeyValueStore>> {
        Box::pin(self(settings))
    }
}

/// Generates one `#[tokio::test]` per conformance check, calling `$factory` (a `StoreFactory`
/// expression) for stores. Use it inside a `#[cfg(test)]` module.
#[macro_export]
macro_rules! conformance_tests {
    ($factory:expr) => {
        $crate::conformance_tests!(
            $factory;
            get_put_delete,
            revisions_advance_by_one_per_writing_txn,
            key_metadata_follows_etcd,
            compare_and_swap,
            multi_operation_txn_is_atomic_at_one_revision,
            delete_prefix,
            list_pages_by_prefix,
            convenience_functions,
            watch_replays_history_then_streams_live,
            watch_without_start_revision_only_gets_new_events,
            watch_filters_by_prefix,
            watch_of_compacted_history_fails,
            watch_during_concurrent_writes_has_no_gap_or_duplicate,
            slow_watcher_catches_up_from_history,
            watch_ends_when_the_store_is_dropped,
            concurrent_compare_and_swap_increments,
        );
    };
    ($factory:expr; $($check:ident),+ $(,)?) => {
        $(
            #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $check() {
                $crate::conformance::$check(&$factory).await;
            }
        )+
    };
}

/// How long a check waits for an event it expects before failing instead of hanging.
const EVENT_TIMEOUT: Duration = Duration::from_secs(20);
/// How long a check waits to be reasonably sure that no further event is coming.
const QUIET_PERIOD: Duration = Duration::from_millis(150);

async fn fresh_store(factory: &impl StoreFactory) -> Arc<dyn KeyValueStore> {
    factory.create_store(StoreSettings::default()).await
}

async fn next_event(watch: &mut WatchStream) -> WatchEvent {
    match tokio::time::timeout(EVENT_TIMEOUT, watch.next()).await {
        Ok(Some(Ok(event))) => event,
        Ok(Some(Err(error))) => panic!("the watch failed: {error}"),
        Ok(None) => panic!("the watch ended"),
        Err(_) => panic!("no watch event within {EVENT_TIMEOUT:?}"),
    }
}

async fn assert_quiet(watch: &mut WatchStream) {
    if let Ok(item) = tokio::time::timeout(QUIET_PERIOD, watch.next()).await {
        panic!("expected no further watch event, got {item:?}");
    }
}

fn put_event(key: &str, value: &str, create_revision: Revision, mod_revision: Revision, version: i64) -> WatchEvent {
    WatchEvent::Put { kv: key_value(key, value, create_revision, mod_revision, version) }
}

fn key_value(key: &str, value: &str, create_revision: Revision, mod_revision: Revision, version: i64) -> KeyValue {
    KeyValue { key: key.to_owned(), value: Bytes::copy_from_slice(value.as_bytes()), create_revision, mod_revision, version }
}

fn delete_event(key: &str, revision: Revision) -> WatchEvent {
    WatchEvent::Delete { key: key.to_owned(), revision }
}

fn put(key: &str, value: &str) -> Operation {
    Operation::put(key, Bytes::copy_from_slice(value.as_bytes()))
}

async fn value_of(store: &dyn KeyValueStore, key: &str) -> Option<String> {
    store.get(key).await.unwrap().map(|kv| String::from_utf8(kv.value.to_vec()).unwrap())
}

async fn keys_under(store: &dyn KeyValueStore, prefix: &str) -> Vec<String> {
    let page = store.list(prefix, ListOptions::default()).await.unwrap();
    page.items.into_iter().map(|kv| kv.key).collect()
}

/// Runs every check against fresh stores from `factory`.
pub async fn run_all(factory: &impl StoreFactory) {
    get_put_delete(factory).await;
    revisions_advance_by_one_per_writing_txn(factory).await;
    key_metadata_follows_etcd(factory).await;
    compare_and_swap(factory).await;
    multi_operation_txn_is_atomic_at_one_revision(factory).await;
    delete_prefix(factory).await;
    list_pages_by_prefix(factory).await;
    convenience_functions(factory).await;
    watch_replays_history_then_streams_live(factory).await;
    watch_without_start_revision_only_gets_new_events(factory).await;
    watch_filters_by_prefix(factory).await;
    watch_of_compacted_history_fails(factory).await;
    watch_during_concurrent_writes_has_no_gap_or_duplicate(factory).await;
    slow_watcher_catches_up_from_history(factory).await;
    watch_ends_when_the_store_is_dropped(factory).await;
    concurrent_compare_and_swap_increments(factory).await;
}

pub async fn get_put_delete(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    assert_eq!(store.get("a").await.unwrap(), None);
    assert_eq!(store.current_revision().await.unwrap(), 0);

    assert_eq!(store.put("a", "one").await.unwrap(), 1);
    assert_eq!(store.get("a").await.unwrap(), Some(key_value("a", "one", 1, 1, 1)));
    assert_eq!(store.get("b").await.unwrap(), None, "only the key written exists");

    assert!(store.delete("a").await.unwrap());
    assert_eq!(store.get("a").await.unwrap(), None);
    assert!(!store.delete("a").await.unwrap(), "a second delete finds nothing");
    assert_eq!(store.current_revision().await.unwrap(), 2);

    // Empty values and keys needing more than one byte per character round-trip.
    store.put("ключ/é", Bytes::new()).await.unwrap();
    assert_eq!(store.get("ключ/é").await.unwrap().unwrap().value, Bytes::new());
}

pub async fn revisions_advance_by_one_per_writing_txn(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    for expected in 1..=5 {
        assert_eq!(store.put(format!("key/{expected}"), "v").await.unwrap(), expected);
    }

    let failed = store.txn(Txn::new().when([Compare::absent("key/1")]).and_then([put("never", "v")])).await.unwrap();
    assert_eq!(failed, TxnOutcome { succeeded: false, revision: 5 }, "a failed compare writes nothing");
    assert_eq!(store.get("never").await.unwrap(), None);

    let no_op = store.txn(Txn::new().and_then([Operation::delete("absent"), Operation::delete_prefix("nothing/")])).await.unwrap();
    assert_eq!(no_op, TxnOutcome { succeeded: true, revision: 5 }, "a txn that changes nothing consumes no revision");
    let empty = store.txn(Txn::new()).await.unwrap();
    assert_eq!(empty, TxnOutcome { succeeded: true, revision: 5 });

    let several = store.txn(Txn::new().and_then([put("x", "1"), put("y", "1"), Operation::delete("key/1")])).await.unwrap();
    assert_eq!(several, TxnOutcome { succeeded: true, revision: 6 }, "several writes share one revision");

    assert_eq!(store.current_revision().await.unwrap(), 6);
    assert_eq!(store.list("", ListOptions::default()).await.unwrap().revision, 6);
}

pub async fn key_metadata_follows_etcd(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    store.put("x", "1").await.unwrap();
    store.put("other", "1").await.unwrap();
    store.put("x", "2").await.unwrap();
    store.put("x", "3").await.unwrap();
    assert_eq!(store.get("x").await.unwrap(), Some(key_value("x", "3", 1, 4, 3)));
    assert_eq!(store.get("other").await.unwrap(), Some(key_value("other", "1", 2, 2, 1)), "other keys keep their revisions");

    store.delete("x").await.unwrap();
    store.put("x", "again").await.unwrap();
    assert_eq!(store.get("x").await.unwrap(), Some(key_value("x", "again", 6, 6, 1)), "a recreated key starts over");
}

pub async fn compare_and_swap(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    store.put("k", "v1").await.unwrap();

    let swapped = store.txn(Txn::new().when([Compare::mod_revision("k", 1)]).and_then([put("k", "v2")])).await.unwrap();
    assert_eq!(swapped, TxnOutcome { succeeded: true, revision: 2 });

    let stale = store.txn(Txn::new().when([Compare::mod_revision("k", 1)]).and_then([put("k", "v3")])).await.unwrap();
    assert_eq!(stale, TxnOutcome { succeeded: false, revision: 2 });
    assert_eq!(value_of(store.as_ref(), "k").await.as_deref(), Some("v2"), "a failed compare-and-swap writes nothing");

    let with_failure_branch =
        store.txn(Txn::new().when([Compare::mod_revision("k", 1)]).and_then([put("k", "v3")]).or_else([put("lost", "yes")])).await.unwrap();
    assert_eq!(with_failure_branch, TxnOutcome { succeeded: false, revision: 3 }, "the failure branch runs and writes");
    assert_eq!(value_of(store.as_ref(), "lost").await.as_deref(), Some("yes"));
    assert_eq!(value_of(store.as_ref(), "k").await.as_deref(), Some("v2"));

    let absent_by_revision = store.txn(Txn::new().when([Compare::mod_revision("new", 0)]).and_then([put("new", "1")])).await.unwrap();
    assert!(absent_by_revision.succeeded, "mod_revision 0 means absent");
    let not_absent = store.txn(Txn::new().when([Compare::mod_revision("k", 0)]).and_then([put("k", "x")])).await.unwrap();
    assert!(!not_absent.succeeded);

    let checks = [
        (Compare::exists("k"), true),
        (Compare::exists("missing"), false),
        (Compare::absent("missing"), true),
        (Compare::absent("k"), false),
        (Compare::value("k", "v2"), true),
        (Compare::value("k", "v1"), false),
        (Compare::value("missing", ""), false),
    ];
    for (compare, expected) in checks {
        let outcome = store.txn(Txn::new().when([compare.clone()])).await.unwrap();
        assert_eq!(outcome.succeeded, expected, "{compare:?}");
    }

    let all_must_hold = Txn::new().when([Compare::exists("k"), Compare::exists("missing")]).and_then([put("k", "both")]);
    assert!(!store.txn(all_must_hold).await.unwrap().succeeded, "every compare must hold");
    assert_eq!(value_of(store.as_ref(), "k").await.as_deref(), Some("v2"));
}

pub async fn multi_operation_txn_is_atomic_at_one_revision(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    store.put("c", "old").await.unwrap();
    let mut watch = store.watch("", None).await.unwrap();

    let outcome = store.txn(Txn::new().and_then([put("a", "1"), put("b", "1"), Operation::delete("c")])).await.unwrap();
    assert_eq!(outcome, TxnOutcome { succeeded: true, revision: 2 });
    assert_eq!(store.get("a").await.unwrap().unwrap().mod_revision, 2);
    assert_eq!(store.get("b").await.unwrap().unwrap().mod_revision, 2);
    assert_eq!(store.get("c").await.unwrap(), None);

    assert_eq!(next_event(&mut watch).await, put_event("a", "1", 2, 2, 1));
    assert_eq!(next_event(&mut watch).await, put_event("b", "1", 2, 2, 1));
    assert_eq!(next_event(&mut watch).await, delete_event("c", 2));
    assert_quiet(&mut watch).await;
}

pub async fn delete_prefix(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    for key in ["ap", "app/1", "app/2", "app/x/3", "apple", "b"] {
        store.put(key, "v").await.unwrap();
    }
    let mut watch = store.watch("", None).await.unwrap();

    let outcome = store.txn(Txn::new().and_then([Operation::delete_prefix("app/")])).await.unwrap();
    assert_eq!(outcome, TxnOutcome { succeeded: true, revision: 7 }, "one revision for the whole prefix");
    assert_eq!(keys_under(store.as_ref(), "").await, vec!["ap", "apple", "b"]);
    for key in ["app/1", "app/2", "app/x/3"] {
        assert_eq!(next_event(&mut watch).await, delete_event(key, 7));
    }

    let nothing = store.txn(Txn::new().and_then([Operation::delete_prefix("app/")])).await.unwrap();
    assert_eq!(nothing, TxnOutcome { succeeded: true, revision: 7 }, "deleting nothing consumes no revision");

    store.txn(Txn::new().and_then([Operation::delete_prefix("")])).await.unwrap();
    assert!(keys_under(store.as_ref(), "").await.is_empty(), "the empty prefix deletes everything");
}

pub async fn list_pages_by_prefix(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    for key in ["p/b", "p/a", "p/é", "p/B", "p/ab", "o/9", "q/1", "p"] {
        store.put(key, key).await.unwrap();
    }
    let revision = store.current_revision().await.unwrap();

    let everything = store.list("p/", ListOptions::default()).await.unwrap();
    let keys: Vec<&str> = everything.items.iter().map(|kv| kv.key.as_str()).collect();
    assert_eq!(keys, vec!["p/B", "p/a", "p/ab", "p/b", "p/é"], "sorted by key bytes, only under the prefix");
    assert!(!everything.more);
    assert_eq!(everything.revision, revision);
    assert_eq!(everything.items[0], key_value("p/B", "p/B", 4, 4, 1));

    let page = |start_after: Option<&str>, limit: Option<usize>| {
        let store = Arc::clone(&store);
        let options = ListOptions { start_after: start_after.map(str::to_owned), limit };
        async move {
            let page = store.list("p/", options).await.unwrap();
            (page.items.into_iter().map(|kv| kv.key).collect::<Vec<_>>(), page.more)
        }
    };
    assert_eq!(page(None, Some(2)).await, (vec!["p/B".to_owned(), "p/a".to_owned()], true));
    assert_eq!(page(Some("p/a"), Some(2)).await, (vec!["p/ab".to_owned(), "p/b".to_owned()], true));
    assert_eq!(page(Some("p/b"), Some(2)).await, (vec!["p/é".to_owned()], false));
    assert_eq!(page(Some("p/é"), Some(2)).await, (vec![], false));
    assert_eq!(page(Some("p/b"), Some(1)).await, (vec!["p/é".to_owned()], false), "an exactly full last page has no more");
    assert_eq!(page(Some("a"), Some(1)).await, (vec!["p/B".to_owned()], true), "start_after before the prefix starts at the prefix");
    assert_eq!(page(Some("z"), None).await, (vec![], false));
    assert_eq!(page(None, Some(0)).await.0.len(), 5, "a zero limit means no limit, as in etcd");

    assert_eq!(keys_under(store.as_ref(), "").await.len(), 8, "the empty prefix lists everything");
    assert!(keys_under(store.as_ref(), "nothing").await.is_empty());
}

pub async fn convenience_functions(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    assert!(store.create("k", "1").await.unwrap());
    assert!(!store.create("k", "2").await.unwrap(), "create does not overwrite");
    assert_eq!(value_of(store.as_ref(), "k").await.as_deref(), Some("1"));

    assert!(!store.put_if_mod_revision("k", "2", 7).await.unwrap());
    assert!(store.put_if_mod_revision("k", "2", 1).await.unwrap());
    assert_eq!(store.get("k").await.unwrap(), Some(key_value("k", "2", 1, 2, 2)));
    assert!(store.put_if_mod_revision("fresh", "1", 0).await.unwrap(), "expected revision 0 creates");
    assert!(!store.put_if_mod_revision("fresh", "2", 0).await.unwrap());

    assert!(store.delete("k").await.unwrap());
    assert!(!store.delete("k").await.unwrap());
    assert_eq!(store.current_revision().await.unwrap(), 4);
}

pub async fn watch_replays_history_then_streams_live(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    store.put("a", "1").await.unwrap();
    store.put("b", "1").await.unwrap();
    store.delete("a").await.unwrap();

    let mut from_two = store.watch("", Some(2)).await.unwrap();
    let mut from_start = store.watch("", Some(0)).await.unwrap();
    store.put("c", "1").await.unwrap();

    assert_eq!(next_event(&mut from_two).await, put_event("b", "1", 2, 2, 1));
    assert_eq!(next_event(&mut from_two).await, delete_event("a", 3));
    assert_eq!(next_event(&mut from_two).await, put_event("c", "1", 4, 4, 1));
    assert_quiet(&mut from_two).await;

    assert_eq!(next_event(&mut from_start).await, put_event("a", "1", 1, 1, 1));
    assert_eq!(next_event(&mut from_start).await, put_event("b", "1", 2, 2, 1));
    assert_eq!(next_event(&mut from_start).await, delete_event("a", 3));
    assert_eq!(next_event(&mut from_start).await, put_event("c", "1", 4, 4, 1));

    store.put("b", "2").await.unwrap();
    assert_eq!(next_event(&mut from_two).await, put_event("b", "2", 2, 5, 2));
    assert_eq!(next_event(&mut from_start).await, put_event("b", "2", 2, 5, 2));
    assert_quiet(&mut from_start).await;

    // A start revision in the future waits for it.
    let mut from_future = store.watch("", Some(7)).await.unwrap();
    store.put("six", "6").await.unwrap();
    store.put("seven", "7").await.unwrap();
    assert_eq!(next_event(&mut from_future).await, put_event("seven", "7", 7, 7, 1));
}

pub async fn watch_without_start_revision_only_gets_new_events(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    store.put("old", "1").await.unwrap();
    let mut watch = store.watch("", None).await.unwrap();
    assert_quiet(&mut watch).await;
    store.put("new", "1").await.unwrap();
    assert_eq!(next_event(&mut watch).await, put_event("new", "1", 2, 2, 1));
    assert_quiet(&mut watch).await;
}

pub async fn watch_filters_by_prefix(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    store.put("a/1", "1").await.unwrap();
    store.put("b/1", "1").await.unwrap();
    store.put("a", "1").await.unwrap();
    let mut replaying = store.watch("a/", Some(1)).await.unwrap();
    let mut live = store.watch("a/", None).await.unwrap();
    store.txn(Txn::new().and_then([put("a/2", "2"), put("b/2", "2"), put("ab", "2")])).await.unwrap();
    store.delete("a/1").await.unwrap();

    assert_eq!(next_event(&mut replaying).await, put_event("a/1", "1", 1, 1, 1));
    for watch in [&mut replaying, &mut live] {
        assert_eq!(next_event(watch).await, put_event("a/2", "2", 4, 4, 1));
        assert_eq!(next_event(watch).await, delete_event("a/1", 5));
        assert_quiet(watch).await;
    }
}

pub async fn watch_of_compacted_history_fails(factory: &impl StoreFactory) {
    let store = factory.create_store(StoreSettings { history_retention_revisions: 10 }).await;
    for number in 0..50 {
        store.put(format!("key/{}", number % 7), number.to_string()).await.unwrap();
    }
    match store.watch("", Some(1)).await {
        Err(StoreError::Compacted { requested: 1, compacted }) => {
            assert!((30..50).contains(&compacted), "compacted to {compacted}: history of the last 10 to 20 revisions is kept");
        }
        other => panic!("expected Compacted, got {other:?}"),
    }
    assert!(matches!(store.watch("", Some(0)).await, Err(StoreError::Compacted { .. })));

    // The most recent revisions are still there.
    let mut recent = store.watch("", Some(45)).await.unwrap();
    for revision in 45..=50 {
        assert_eq!(next_event(&mut recent).await.revision(), revision);
    }
    assert_quiet(&mut recent).await;
}

pub async fn watch_during_concurrent_writes_has_no_gap_or_duplicate(factory: &impl StoreFactory) {
    const WRITERS: usize = 8;
    const WRITES_EACH: usize = 60;
    let store = fresh_store(factory).await;
    let writers: Vec<_> = (0..WRITERS)
        .map(|writer| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                for number in 0..WRITES_EACH {
                    store.put(format!("w/{writer}/{number}"), "v").await.unwrap();
                }
            })
        })
        .collect();

    // Start watches while the writers are (most likely) busy, from the beginning and from "now".
    while store.current_revision().await.unwrap() < 20 {
        tokio::task::yield_now().await;
    }
    let mut from_start = store.watch("w/", Some(1)).await.unwrap();
    let mut from_now = store.watch("w/", None).await.unwrap();
    let started_by = store.current_revision().await.unwrap();
    for writer in writers {
        writer.await.unwrap();
    }
    // A last write, so that even a watch started after the writers finished sees something.
    let last = store.put("w/last", "v").await.unwrap();
    assert_eq!(last, Revision::try_from(WRITERS * WRITES_EACH).unwrap() + 1);

    let mut seen = Vec::new();
    while seen.last().copied() != Some(last) {
        seen.push(next_event(&mut from_start).await.revision());
    }
    assert_eq!(seen, (1..=last).collect::<Vec<_>>(), "every revision exactly once, in order");

    let mut live_seen = Vec::new();
    while live_seen.last().copied() != Some(last) {
        live_seen.push(next_event(&mut from_now).await.revision());
    }
    assert!(live_seen.windows(2).all(|pair| pair[1] == pair[0] + 1), "live events are consecutive: {live_seen:?}");
    assert!(live_seen[0] <= started_by + 1, "a live event was missed: the first is {} but the watch started by {started_by}", live_seen[0]);
    assert_quiet(&mut from_now).await;
}

pub async fn slow_watcher_catches_up_from_history(factory: &impl StoreFactory) {
    // More commits than the live-event buffer holds, while the watcher reads nothing.
    const WRITES: i64 = 1_200;
    let store = fresh_store(factory).await;
    let mut watch = store.watch("", None).await.unwrap();
    let mut from_start = store.watch("", Some(1)).await.unwrap();
    for number in 1..=WRITES {
        store.put(format!("key/{number:05}"), "v").await.unwrap();
    }
    for watch in [&mut watch, &mut from_start] {
        for expected in 1..=WRITES {
            let event = next_event(watch).await;
            assert_eq!((event.revision(), event.key()), (expected, format!("key/{expected:05}").as_str()));
        }
    }
    store.put("after", "v").await.unwrap();
    assert_eq!(next_event(&mut watch).await.key(), "after");
    assert_quiet(&mut watch).await;
}

pub async fn watch_ends_when_the_store_is_dropped(factory: &impl StoreFactory) {
    let store = fresh_store(factory).await;
    let mut watch = store.watch("", None).await.unwrap();
    store.put("k", "v").await.unwrap();
    drop(store);
    assert_eq!(next_event(&mut watch).await, put_event("k", "v", 1, 1, 1), "events before the drop still arrive");
    match tokio::time::timeout(EVENT_TIMEOUT, watch.next()).await {
        Ok(Some(Err(StoreError::Closed)) | None) => {}
        other => panic!("expected the watch to end, got {other:?}"),
    }
}

pub async fn concurrent_compare_and_swap_increments(factory: &impl StoreFactory) {
    const TASKS: usize = 32;
    const INCREMENTS_EACH: usize = 50;
    let store = fresh_store(factory).await;
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                for _ in 0..INCREMENTS_EACH {
                    loop {
                        let current = store.get("counter").await.unwrap();
                        let (count, mod_revision) = match &current {
                            Some(kv) => (std::str::from_utf8(&kv.value).unwrap().parse::<u64>().unwrap(), kv.mod_revision),
                            None => (0, 0),
                        };
                        if store.put_if_mod_revision("counter", (count + 1).to_string(), mod_revision).await.unwrap() {
                            break;
                        }
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let total = TASKS * INCREMENTS_EACH;
    let counter = store.get("counter").await.unwrap().unwrap();
    assert_eq!(counter.value, Bytes::from(total.to_string()));
    assert_eq!(counter.version, i64::try_from(total).unwrap());
    assert_eq!(store.current_revision().await.unwrap(), i64::try_from(total).unwrap(), "only successful swaps consume revisions");
}
