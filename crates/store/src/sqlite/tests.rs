//! Tests of the SQLite backend: the conformance suite, and what only a file can show —
//! reopening, schema versions, locking, closing and failed commits.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::*;
use crate::conformance::StoreSettings;
use crate::key_value_store::KeyValueStoreExt;
use crate::types::{Compare, Operation};

/// A store in a temporary directory that is removed after the store is dropped.
#[derive(Debug)]
struct TemporarySqliteStore {
    store: SqliteStore,
    _directory: TempDir,
}

#[async_trait::async_trait]
impl KeyValueStore for TemporarySqliteStore {
    async fn get(&self, key: &str) -> Result<Option<KeyValue>, StoreError> {
        self.store.get(key).await
    }

    async fn list(&self, prefix: &str, options: ListOptions) -> Result<ListPage, StoreError> {
        self.store.list(prefix, options).await
    }

    async fn txn(&self, txn: Txn) -> Result<TxnOutcome, StoreError> {
        self.store.txn(txn).await
    }

    async fn watch(&self, prefix: &str, start_revision: Option<Revision>) -> Result<WatchStream, StoreError> {
        self.store.watch(prefix, start_revision).await
    }

    async fn current_revision(&self) -> Result<Revision, StoreError> {
        self.store.current_revision().await
    }
}

async fn sqlite_store(settings: StoreSettings) -> Arc<dyn KeyValueStore> {
    let directory = tempfile::tempdir().unwrap();
    let options = SqliteOptions { history_retention_revisions: settings.history_retention_revisions };
    let store = SqliteStore::open_with(&directory.path().join("state.db"), options).unwrap();
    Arc::new(TemporarySqliteStore { store, _directory: directory })
}

crate::conformance_tests!(sqlite_store);

fn state_file() -> (TempDir, PathBuf) {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("state.db");
    (directory, path)
}

async fn all_key_values(store: &dyn KeyValueStore) -> Vec<KeyValue> {
    store.list("", ListOptions::default()).await.unwrap().items
}

#[tokio::test]
async fn reopening_after_close_keeps_everything() {
    let (_directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();
    store.put("a", "1").await.unwrap();
    store.put("b", "1").await.unwrap();
    store.put("a", "2").await.unwrap();
    store.txn(Txn::new().and_then([Operation::put("c", "1"), Operation::delete("b")])).await.unwrap();
    let before = all_key_values(&store).await;
    store.close();

    let reopened = SqliteStore::open(&path).unwrap();
    assert_eq!(all_key_values(&reopened).await, before);
    assert_eq!(reopened.current_revision().await.unwrap(), 4);
    assert_eq!(reopened.get("a").await.unwrap().unwrap().version, 2);

    // History survives too, and revisions continue where they stopped.
    let mut watch = reopened.watch("", Some(1)).await.unwrap();
    let mut replayed = Vec::new();
    for _ in 0..5 {
        let event = watch.next().await.unwrap().unwrap();
        replayed.push((event.revision(), event.key().to_owned(), matches!(event, WatchEvent::Delete { .. })));
    }
    let expected = [(1, "a", false), (2, "b", false), (3, "a", false), (4, "b", true), (4, "c", false)];
    assert_eq!(replayed, expected.map(|(revision, key, deleted)| (revision, key.to_owned(), deleted)));
    assert_eq!(reopened.put("d", "1").await.unwrap(), 5);
    assert_eq!(watch.next().await.unwrap().unwrap().key(), "d");
}

#[tokio::test]
async fn reopening_after_drop_keeps_everything() {
    let (_directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();
    let writes: Vec<_> = (0..20)
        .map(|number| {
            let store = store.clone();
            tokio::spawn(async move { store.put(format!("k/{number:02}"), "v").await.unwrap() })
        })
        .collect();
    for write in writes {
        write.await.unwrap();
    }
    drop(store);
    let reopened = SqliteStore::open(&path).unwrap();
    assert_eq!(all_key_values(&reopened).await.len(), 20);
    assert_eq!(reopened.current_revision().await.unwrap(), 20);
}

#[tokio::test]
async fn compaction_survives_reopening() {
    let (_directory, path) = state_file();
    let options = SqliteOptions { history_retention_revisions: 10 };
    let store = SqliteStore::open_with(&path, options).unwrap();
    for number in 0..50 {
        store.put("k", number.to_string()).await.unwrap();
    }
    store.close();

    let reopened = SqliteStore::open_with(&path, options).unwrap();
    assert!(matches!(reopened.watch("", Some(1)).await, Err(StoreError::Compacted { requested: 1, compacted: 33 })));
    let mut recent = reopened.watch("", Some(34)).await.unwrap();
    assert_eq!(recent.next().await.unwrap().unwrap().revision(), 34);
    let rows: i64 = Connection::open(&path).unwrap().query_row("SELECT count(*) FROM kv_history", [], |row| row.get(0)).unwrap();
    assert_eq!(rows, 50 - 33, "compacted rows are deleted from the file");
}

#[tokio::test]
async fn a_newer_schema_is_refused() {
    let (_directory, path) = state_file();
    SqliteStore::open(&path).unwrap().close();
    Connection::open(&path).unwrap().execute("UPDATE meta SET value = 2 WHERE name = 'schema_version'", []).unwrap();
    match SqliteStore::open(&path) {
        Err(StoreError::SchemaTooNew { found: 2, supported: 1 }) => {}
        other => panic!("expected SchemaTooNew, got {other:?}"),
    }
}

#[tokio::test]
async fn a_file_that_is_not_a_store_is_refused() {
    let (_directory, path) = state_file();
    std::fs::write(&path, b"this is not a SQLite database, not even close to one....................................").unwrap();
    assert!(matches!(SqliteStore::open(&path), Err(StoreError::Sqlite(_))));
}

#[tokio::test]
async fn a_file_cannot_be_opened_twice() {
    let (_directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();
    assert!(matches!(SqliteStore::open(&path), Err(StoreError::InUse { .. })));
    store.close();
    let reopened = SqliteStore::open(&path).unwrap();
    drop(reopened);
    SqliteStore::open(&path).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_finishes_queued_writes_and_refuses_later_ones() {
    let (_directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();
    let mut watch = store.watch("", None).await.unwrap();
    let writes: Vec<_> = (0..200)
        .map(|number| {
            let store = store.clone();
            tokio::spawn(async move { (number, store.put(format!("k/{number:03}"), "v").await) })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(2)).await;
    // Closing one handle closes the store for every clone.
    store.clone().close();

    let mut acknowledged = Vec::new();
    for write in writes {
        match write.await.unwrap() {
            (number, Ok(_)) => acknowledged.push(format!("k/{number:03}")),
            (_, Err(StoreError::Closed)) => {}
            (_, Err(error)) => panic!("unexpected error {error}"),
        }
    }
    assert!(matches!(store.put("late", "v").await, Err(StoreError::Closed)));
    assert!(matches!(store.get("k/000").await, Err(StoreError::Closed)));
    // The watch delivers what was committed, then ends.
    let mut watched = 0;
    loop {
        match tokio::time::timeout(Duration::from_secs(10), watch.next()).await.unwrap() {
            Some(Ok(_)) => watched += 1,
            Some(Err(StoreError::Closed)) | None => break,
            Some(Err(error)) => panic!("unexpected watch error {error}"),
        }
    }
    assert_eq!(watched, acknowledged.len());

    let reopened = SqliteStore::open(&path).unwrap();
    let stored: Vec<String> = all_key_values(&reopened).await.into_iter().map(|kv| kv.key).collect();
    acknowledged.sort();
    assert_eq!(stored, acknowledged, "exactly the acknowledged writes are stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_commit_fails_the_whole_batch_and_changes_nothing() {
    let (_directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();
    store.put("kept", "1").await.unwrap();
    // A trigger makes SQLite refuse one particular write, as a full disk would refuse any.
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TRIGGER poison BEFORE INSERT ON kv WHEN NEW.key = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;")
        .unwrap();
    let mut watch = store.watch("", None).await.unwrap();

    assert!(matches!(store.put("poison", "x").await, Err(StoreError::Sqlite(_))));
    assert_eq!(store.get("poison").await.unwrap(), None);
    assert_eq!(store.current_revision().await.unwrap(), 1, "a failed commit consumes no revision");

    // The store keeps working, and revisions continue without a gap.
    assert_eq!(store.put("after", "1").await.unwrap(), 2);
    assert_eq!(watch.next().await.unwrap().unwrap().key(), "after");

    // Whatever shared a batch with the poisoned write failed with it; the rest succeeded, and
    // memory agrees with the file.
    let writes: Vec<_> = (0..40)
        .map(|number| {
            let store = store.clone();
            tokio::spawn(async move {
                let key = if number == 20 { "poison".to_owned() } else { format!("k/{number:02}") };
                (key.clone(), store.put(key, "v").await)
            })
        })
        .collect();
    let mut failed = 0;
    for write in writes {
        let (key, result) = write.await.unwrap();
        match result {
            Ok(_) => assert!(store.get(&key).await.unwrap().is_some()),
            Err(StoreError::Sqlite(_)) => {
                failed += 1;
                assert_eq!(store.get(&key).await.unwrap(), None);
            }
            Err(error) => panic!("unexpected error {error}"),
        }
    }
    assert!(failed >= 1);
    let in_memory = all_key_values(&store).await;
    let revision = store.current_revision().await.unwrap();
    store.close();
    let reopened = SqliteStore::open(&path).unwrap();
    assert_eq!(all_key_values(&reopened).await, in_memory);
    assert_eq!(reopened.current_revision().await.unwrap(), revision);
}

#[tokio::test]
async fn the_file_has_the_documented_schema() {
    let (_directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();
    store.put("k", "v").await.unwrap();
    store.delete("k").await.unwrap();
    store.close();

    let connection = Connection::open(&path).unwrap();
    let meta = |name: &str| schema::read_meta(&connection, name).unwrap();
    assert_eq!((meta("schema_version"), meta("current_revision"), meta("compacted_revision")), (SCHEMA_VERSION, 2, 0));
    let history: Vec<(i64, String, Option<Vec<u8>>)> = connection
        .prepare("SELECT revision, key, value FROM kv_history ORDER BY revision")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(history, vec![(1, "k".to_owned(), Some(b"v".to_vec())), (2, "k".to_owned(), None)]);
    let journal_mode: String = connection.query_row("PRAGMA journal_mode", [], |row| row.get(0)).unwrap();
    assert_eq!(journal_mode, "wal");
}

/// Throughput and latency on this machine; run with
/// `cargo test -p ferry-store --release -- --ignored --nocapture measure`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement, not a check"]
async fn measure_group_commit_and_reads() {
    const WRITERS: usize = 64;
    const WRITES_EACH: usize = 200;
    let (_directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();

    let started = Instant::now();
    let writers: Vec<_> = (0..WRITERS)
        .map(|writer| {
            let store = store.clone();
            tokio::spawn(async move {
                for number in 0..WRITES_EACH {
                    let key = format!("bench/{writer:02}/{number:04}");
                    let txn = Txn::new().when([Compare::absent(key.clone())]).and_then([Operation::put(key, vec![b'x'; 512])]);
                    store.txn(txn).await.unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.unwrap();
    }
    let elapsed = started.elapsed();
    let txns = WRITERS * WRITES_EACH;
    println!("{txns} txns from {WRITERS} concurrent writers in {elapsed:?}: {:.0} txns/s", txns as f64 / elapsed.as_secs_f64());

    let started = Instant::now();
    for _ in 0..200 {
        store.put("single", "v").await.unwrap();
    }
    println!("one writer at a time: {:?} per committed txn", started.elapsed() / 200);

    let reads = 1_000_000;
    let started = Instant::now();
    for number in 0..reads {
        let key = format!("bench/{:02}/{:04}", number % WRITERS, number % WRITES_EACH);
        assert!(store.get(&key).await.unwrap().is_some());
    }
    println!("get: {:?} each", started.elapsed() / reads as u32);

    let started = Instant::now();
    for number in 0..10_000 {
        let page =
            store.list(&format!("bench/{:02}/", number % WRITERS), ListOptions { start_after: None, limit: Some(100) }).await.unwrap();
        assert_eq!(page.items.len(), 100);
    }
    println!("list of 100: {:?} each", started.elapsed() / 10_000);
    store.close();
}

/// Resident memory an open, idle store adds to the process; run like the measurement above.
#[tokio::test(flavor = "current_thread")]
#[ignore = "a measurement, not a check"]
async fn measure_idle_memory() {
    fn resident_kib() -> i64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status.lines().find(|line| line.starts_with("VmRSS:")).unwrap();
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }
    let (_directory, path) = state_file();
    let before = resident_kib();
    let store = SqliteStore::open(&path).unwrap();
    store.put("warm-up", "v").await.unwrap();
    let mut watch = store.watch("", Some(1)).await.unwrap();
    watch.next().await.unwrap().unwrap();
    println!("an open, idle, empty store: {} KiB resident", resident_kib() - before);
    for number in 0..10_000 {
        store.put(format!("key/{number:05}"), vec![b'x'; 1024]).await.unwrap();
    }
    store.close();
    let before = resident_kib();
    let store = SqliteStore::open(&path).unwrap();
    println!("reopened with 10,000 keys of 1 KiB: {} KiB resident", resident_kib() - before);
    drop(store);
}

#[tokio::test]
async fn close_checkpoints_and_removes_the_log() {
    let (directory, path) = state_file();
    let store = SqliteStore::open(&path).unwrap();
    store.put("k", "v").await.unwrap();
    store.close();
    let mut files: Vec<String> =
        std::fs::read_dir(directory.path()).unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(files, vec!["state.db", "state.db.lock"], "a cleanly closed store leaves no write-ahead log behind");
}
