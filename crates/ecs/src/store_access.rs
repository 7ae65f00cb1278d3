//! Reading and writing ECS records through the store: typed reads, full listings, and the
//! compare-and-swap retry loop every read-modify-write of ECS goes through.

use std::future::Future;
use std::time::{Duration, Instant};

use bytes::Bytes;
use ferry_store::{Compare, KeyValue, KeyValueStore, ListOptions, Operation, Revision, Txn};

use crate::error::EcsError;
use crate::records::{Record, decode};

/// A record and the store revision it was last written at, for compare-and-swap.
#[derive(Debug, Clone)]
pub struct Versioned<T> {
    pub record: T,
    pub mod_revision: Revision,
}

pub async fn read<T: Record>(store: &dyn KeyValueStore, key: &str) -> Result<Option<Versioned<T>>, EcsError> {
    match store.get(key).await? {
        None => Ok(None),
        Some(kv) => Ok(Some(Versioned { record: decode(key, &kv.value)?, mod_revision: kv.mod_revision })),
    }
}

/// Every record under `prefix`, in key order.
pub async fn list_all<T: Record>(store: &dyn KeyValueStore, prefix: &str) -> Result<Vec<(String, Versioned<T>)>, EcsError> {
    let mut records = Vec::new();
    let mut start_after = None;
    loop {
        let page = store.list(prefix, ListOptions { start_after: start_after.take(), limit: Some(1000) }).await?;
        for kv in &page.items {
            records.push((kv.key.clone(), Versioned { record: decode(&kv.key, &kv.value)?, mod_revision: kv.mod_revision }));
        }
        if !page.more {
            return Ok(records);
        }
        start_after = page.items.last().map(|kv| kv.key.clone());
    }
}

/// One page of a forward listing: scanning the keys under `prefix` after `after_key`, the items
/// `select` keeps, at most `limit` of them, and the key to continue after when more remain. Reads
/// only as far as the page needs, not the whole prefix.
pub async fn scan_page<T>(
    store: &dyn KeyValueStore,
    prefix: &str,
    after_key: Option<String>,
    limit: usize,
    mut select: impl FnMut(&KeyValue) -> Result<Option<T>, EcsError>,
) -> Result<(Vec<T>, Option<String>), EcsError> {
    let mut items = Vec::new();
    let mut last_key: Option<String> = None;
    let mut start_after = after_key;
    loop {
        let page = store
            .list(prefix, ListOptions { start_after: start_after.take(), limit: Some(limit.saturating_add(1).clamp(64, 1000)) })
            .await?;
        for kv in &page.items {
            if let Some(item) = select(kv)? {
                if items.len() == limit {
                    // One more match exists: the page is full and there is a next one.
                    return Ok((items, last_key));
                }
                items.push(item);
                last_key = Some(kv.key.clone());
            }
        }
        if !page.more {
            return Ok((items, None));
        }
        start_after = page.items.last().map(|kv| kv.key.clone());
    }
}

/// How many keys are stored under `prefix`.
pub async fn count_under(store: &dyn KeyValueStore, prefix: &str) -> Result<usize, EcsError> {
    let mut count = 0;
    let mut start_after = None;
    loop {
        let page = store.list(prefix, ListOptions { start_after: start_after.take(), limit: Some(1000) }).await?;
        count += page.items.len();
        if !page.more {
            return Ok(count);
        }
        start_after = page.items.last().map(|kv| kv.key.clone());
    }
}

/// What one attempt of a read-modify-write produced.
pub enum Attempt<T> {
    /// The write committed (or nothing needed writing); here is the answer.
    Done(T),
    /// Another writer got there first; read again and retry.
    Conflict,
}

/// Runs `attempt` until it does not conflict. Under heavy contention on one key (many clients
/// registering revisions of one family at once) every group commit lets one writer through, so
/// we retry for a bounded time rather than a bounded count.
pub async fn retry_on_conflict<T, F, Fut>(key: &str, mut attempt: F) -> Result<T, EcsError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Attempt<T>, EcsError>>,
{
    const GIVE_UP_AFTER: Duration = Duration::from_secs(30);
    let started = Instant::now();
    loop {
        match attempt().await? {
            Attempt::Done(value) => return Ok(value),
            Attempt::Conflict if started.elapsed() > GIVE_UP_AFTER => {
                return Err(EcsError::WriteContention { key: key.to_owned() });
            }
            Attempt::Conflict => tokio::task::yield_now().await,
        }
    }
}

/// Writes `value` at `key` if the key is still at `expected_revision` (0: still absent).
pub async fn put_if_unchanged(
    store: &dyn KeyValueStore,
    key: &str,
    expected_revision: Revision,
    value: Bytes,
) -> Result<Attempt<()>, EcsError> {
    put_if_unchanged_with(store, key, expected_revision, value, Vec::new()).await
}

/// Like `put_if_unchanged`, with more operations (index entries) in the same transaction.
pub async fn put_if_unchanged_with(
    store: &dyn KeyValueStore,
    key: &str,
    expected_revision: Revision,
    value: Bytes,
    also: Vec<Operation>,
) -> Result<Attempt<()>, EcsError> {
    let mut success = vec![Operation::Put { key: key.to_owned(), value }];
    success.extend(also);
    let outcome = store
        .txn(Txn { compares: vec![Compare::ModRevision { key: key.to_owned(), revision: expected_revision }], success, failure: vec![] })
        .await?;
    Ok(if outcome.succeeded { Attempt::Done(()) } else { Attempt::Conflict })
}
