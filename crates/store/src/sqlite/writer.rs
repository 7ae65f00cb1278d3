//! The single writer thread of a `SqliteStore`: it drains every queued transaction, evaluates the
//! batch against the in-memory index, makes it durable with one SQLite commit (one fsync for many
//! callers), then applies it to the index, publishes it to watchers and answers the callers.

use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::thread::JoinHandle;

use parking_lot::RwLock;
use rusqlite::{Connection, TransactionBehavior};
use tokio::sync::oneshot;

use crate::error::StoreError;
use crate::index::{Index, compaction_target};
use crate::types::{Revision, Txn, TxnOutcome, WatchEvent};

/// The most transactions one group commit takes, so one commit's latency and memory stay bounded
/// however many callers pile up.
const MAX_BATCH_TXNS: usize = 1024;

pub(crate) enum WriterMessage {
    Txn {
        txn: Txn,
        reply: oneshot::Sender<Result<TxnOutcome, StoreError>>,
    },
    /// Finish what was queued before this, refuse what comes after, close the connection and
    /// end the thread (which the closing side joins).
    Close,
}

struct EndWatchesOnExit {
    index: Arc<RwLock<Index>>,
}

impl Drop for EndWatchesOnExit {
    fn drop(&mut self) {
        self.index.write().close_live_events();
    }
}

struct PendingTxn {
    txn: Txn,
    reply: oneshot::Sender<Result<TxnOutcome, StoreError>>,
}

struct Writer {
    connection: Connection,
    index: Arc<RwLock<Index>>,
    history_retention_revisions: u64,
}

pub(crate) fn spawn(
    connection: Connection,
    index: Arc<RwLock<Index>>,
    history_retention_revisions: u64,
    messages: Receiver<WriterMessage>,
) -> Result<JoinHandle<()>, StoreError> {
    let writer = Writer { connection, index, history_retention_revisions };
    let thread = std::thread::Builder::new().name("ferry-store-writer".to_owned()).spawn(move || writer.run(messages))?;
    Ok(thread)
}

impl Writer {
    fn run(mut self, messages: Receiver<WriterMessage>) {
        // Should this thread ever panic, watchers must still see their streams end (callers see
        // Closed through their dropped replies and the dropped receiver).
        let _end_watches = EndWatchesOnExit { index: Arc::clone(&self.index) };
        let mut batch = Vec::new();
        // Ends when the store sends Close, or when every handle is gone.
        while let Ok(first) = messages.recv() {
            let mut closing = false;
            let mut next = Some(first);
            while let Some(message) = next.take() {
                match message {
                    WriterMessage::Txn { txn, reply } => batch.push(PendingTxn { txn, reply }),
                    WriterMessage::Close => {
                        closing = true;
                        break;
                    }
                }
                if batch.len() < MAX_BATCH_TXNS {
                    // Empty or disconnected both end the batch; a disconnect then ends the loop.
                    next = messages.try_recv().ok();
                }
            }
            if !batch.is_empty() {
                self.commit(std::mem::take(&mut batch));
            }
            if closing {
                self.shut_down(messages);
                return;
            }
        }
        self.shut_down(messages);
    }

    /// Commits one batch. Each transaction is evaluated as if it ran alone, after the ones
    /// before it; nothing becomes visible until the whole batch is on disk.
    fn commit(&mut self, batch: Vec<PendingTxn>) {
        let (plan, compaction) = {
            let index = self.index.read();
            let plan = index.plan(batch.iter().map(|pending| &pending.txn));
            let compaction = if plan.events.is_empty() {
                None
            } else {
                compaction_target(plan.revision, index.compacted_revision(), self.history_retention_revisions)
            };
            (plan, compaction)
        };

        let written = if plan.events.is_empty() { Ok(()) } else { self.write(&plan.events, plan.revision, compaction) };
        match written {
            Ok(()) => {
                if !plan.events.is_empty() {
                    let mut index = self.index.write();
                    index.apply(plan.events, plan.revision);
                    if let Some(compacted) = compaction {
                        index.set_compacted_revision(compacted);
                    }
                }
                for (pending, outcome) in batch.into_iter().zip(plan.outcomes) {
                    // A caller that stopped waiting still had its transaction committed, as in etcd.
                    let _ = pending.reply.send(Ok(outcome));
                }
            }
            Err(error) => {
                tracing::error!(%error, txns = batch.len(), "committing a batch of store writes failed; none of them took effect");
                for pending in batch {
                    let _ = pending.reply.send(Err(error.clone()));
                }
            }
        }
    }

    /// Writes a batch's events to the tables and commits. A failure rolls the whole batch back.
    fn write(&mut self, events: &[WatchEvent], revision: Revision, compaction: Option<Revision>) -> Result<(), StoreError> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut upsert = transaction.prepare_cached(
                "INSERT INTO kv (key, value, create_revision, mod_revision, version) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, create_revision = excluded.create_revision,
                     mod_revision = excluded.mod_revision, version = excluded.version",
            )?;
            let mut remove = transaction.prepare_cached("DELETE FROM kv WHERE key = ?1")?;
            let mut record = transaction
                .prepare_cached("INSERT INTO kv_history (revision, key, value, create_revision, version) VALUES (?1, ?2, ?3, ?4, ?5)")?;
            for event in events {
                match event {
                    WatchEvent::Put { kv } => {
                        upsert.execute((&kv.key, kv.value.as_ref(), kv.create_revision, kv.mod_revision, kv.version))?;
                        record.execute((kv.mod_revision, &kv.key, Some(kv.value.as_ref()), kv.create_revision, kv.version))?;
                    }
                    WatchEvent::Delete { key, revision } => {
                        remove.execute([key])?;
                        record.execute((revision, key, None::<&[u8]>, 0, 0))?;
                    }
                }
            }
            transaction.prepare_cached("UPDATE meta SET value = ?1 WHERE name = 'current_revision'")?.execute([revision])?;
            if let Some(compacted) = compaction {
                transaction.prepare_cached("DELETE FROM kv_history WHERE revision <= ?1")?.execute([compacted])?;
                transaction.prepare_cached("UPDATE meta SET value = ?1 WHERE name = 'compacted_revision'")?.execute([compacted])?;
            }
        }
        transaction.commit()?;
        Ok(())
    }

    fn shut_down(self, messages: Receiver<WriterMessage>) {
        // Watchers see their streams end; anything already published still reaches them.
        self.index.write().close_live_events();
        for message in messages.try_iter() {
            if let WriterMessage::Txn { reply, .. } = message {
                let _ = reply.send(Err(StoreError::Closed));
            }
        }
        // Later sends fail, and the store reports them as Closed.
        drop(messages);
        if let Err((_, error)) = self.connection.close() {
            tracing::warn!(%error, "closing the store's SQLite writer connection failed");
        }
    }
}
