//! Crash test of the SQLite store: a child process writes numbered keys and reports each
//! acknowledged write; the test SIGKILLs it mid-stream, reopens the file, and checks that every
//! acknowledged write survived and that revisions have no gaps.
//!
//! The child is this test binary itself, re-executed with `CHILD_DATABASE_VARIABLE` set.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

use ferry_store::{KeyValueStore, KeyValueStoreExt, ListOptions, Revision, SqliteStore, StoreError};

/// Names the database file when this binary runs as the crashing writer.
const CHILD_DATABASE_VARIABLE: &str = "FERRY_STORE_CRASH_CHILD_DATABASE";
/// Lines of the child's stdout that report an acknowledged write: `ACK <key> <revision>`.
const ACK_PREFIX: &str = "ACK ";
const CONCURRENT_WRITERS: usize = 8;
/// The parent kills the child after this many acknowledgements.
const KILL_AFTER_ACKS: usize = 300;

#[test]
fn acknowledged_writes_survive_sigkill() {
    if let Some(database) = std::env::var_os(CHILD_DATABASE_VARIABLE) {
        write_until_killed(Path::new(&database));
        return;
    }

    let directory = tempfile::tempdir().unwrap();
    let database = directory.path().join("state.db");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["acknowledged_writes_survive_sigkill", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_DATABASE_VARIABLE, &database)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();

    let mut acknowledged: BTreeMap<String, Revision> = BTreeMap::new();
    let mut killed = false;
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        let Some(ack) = line.strip_prefix(ACK_PREFIX) else { continue };
        let (key, revision) = ack.split_once(' ').unwrap();
        acknowledged.insert(key.to_owned(), revision.parse().unwrap());
        if acknowledged.len() == KILL_AFTER_ACKS && !killed {
            // SIGKILL: no destructor, no flush, no clean close of SQLite.
            child.kill().unwrap();
            killed = true;
        }
        // Acknowledgements already in the pipe when the child died are read too.
    }
    let status = child.wait().unwrap();
    assert!(killed && !status.success(), "the child must have been killed mid-stream, ended with {status}");

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = SqliteStore::open(&database).unwrap();
        let revision = store.current_revision().await.unwrap();
        for (key, acknowledged_revision) in &acknowledged {
            let kv = store.get(key).await.unwrap().unwrap_or_else(|| panic!("acknowledged key {key} is missing"));
            assert_eq!(kv.mod_revision, *acknowledged_revision, "{key}");
        }

        // Every write was one txn writing one fresh key, so the stored keys' revisions must be
        // exactly 1..=revision: nothing lost in the middle, nothing half-applied.
        let mut stored_revisions: Vec<Revision> = Vec::new();
        let mut start_after = None;
        loop {
            let page = store.list("crash/", ListOptions { start_after: start_after.take(), limit: Some(500) }).await.unwrap();
            stored_revisions.extend(page.items.iter().map(|kv| kv.mod_revision));
            if !page.more {
                break;
            }
            start_after = page.items.last().map(|kv| kv.key.clone());
        }
        stored_revisions.sort_unstable();
        assert_eq!(stored_revisions, (1..=revision).collect::<Vec<_>>(), "stored revisions have a gap or a duplicate");
        assert!(revision >= acknowledged.values().copied().max().unwrap());

        // History agrees, and the store accepts writes after the crash.
        let mut watch = store.watch("", Some(1)).await.unwrap();
        for expected in 1..=revision {
            assert_eq!(watch.next().await.unwrap().unwrap().revision(), expected);
        }
        assert_eq!(store.put("after-crash", "v").await.unwrap(), revision + 1);
        store.close();
    });
}

/// The child: writes fresh keys from several tasks until it is killed, printing each
/// acknowledgement only after `put` returned.
fn write_until_killed(database: &Path) {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let store = Arc::new(SqliteStore::open(database).unwrap());
        let writers: Vec<_> = (0..CONCURRENT_WRITERS)
            .map(|writer| {
                let store = Arc::clone(&store);
                tokio::spawn(async move {
                    // Bounded in case the parent never kills us; a vanished parent also stops us,
                    // as writing to its closed pipe fails.
                    for number in 0..100_000 {
                        let key = format!("crash/{writer}/{number:08}");
                        let revision = match store.put(key.clone(), vec![b'v'; 256]).await {
                            Ok(revision) => revision,
                            Err(StoreError::Closed) => return,
                            Err(error) => panic!("write failed: {error}"),
                        };
                        // Straight to the descriptor, past the test harness's output capture.
                        let mut stdout = std::io::stdout().lock();
                        writeln!(stdout, "{ACK_PREFIX}{key} {revision}").unwrap();
                        stdout.flush().unwrap();
                    }
                })
            })
            .collect();
        for writer in writers {
            writer.await.unwrap();
        }
    });
}
