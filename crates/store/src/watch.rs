//! Watch streams: replay from a backend's history, then live events from the broadcast of
//! commits, stitched together with no gap and no duplicate, and caught up again from history when
//! a slow watcher falls behind the broadcast.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::{Stream, StreamExt};
use tokio::sync::broadcast;

use crate::error::StoreError;
use crate::index::CommittedEvents;
use crate::types::{Revision, WatchEvent};

/// How many history rows one replay step reads, bounding the memory a replay holds at once.
const HISTORY_PAGE_ROWS: usize = 256;

/// A position in history, ordered by (revision, key) like the history itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HistoryPosition {
    pub(crate) revision: Revision,
    /// `None`: every event of `revision` is behind this position. `Some(key)`: the events of
    /// `revision` up to and including `key` are.
    pub(crate) key: Option<String>,
}

impl HistoryPosition {
    /// The oldest revision a read after this position needs, for the compaction check.
    pub(crate) fn first_needed_revision(&self) -> Revision {
        if self.key.is_some() { self.revision } else { self.revision + 1 }
    }

    /// Whether an event at (revision, key) lies after this position.
    pub(crate) fn comes_before(&self, revision: Revision, key: &str) -> bool {
        match &self.key {
            None => revision > self.revision,
            Some(position_key) => (revision, key) > (self.revision, position_key.as_str()),
        }
    }
}

/// One step of a history replay.
pub(crate) struct HistoryPage {
    /// Events under the watched prefix, in (revision, key) order.
    pub(crate) events: Vec<WatchEvent>,
    /// Where the next step continues.
    pub(crate) next: HistoryPosition,
    /// Whether history up to the requested revision has been read completely.
    pub(crate) exhausted: bool,
}

/// Where a backend keeps the committed events a watch replays.
pub(crate) trait HistorySource: Send + Sync + 'static {
    /// Events after `after`, at or before `through`, whose key starts with `prefix`, a page at a
    /// time. Gives [`StoreError::Compacted`] if any of that history has been discarded.
    fn read_history(
        self: Arc<Self>,
        prefix: String,
        after: HistoryPosition,
        through: Revision,
        page_rows: usize,
    ) -> BoxFuture<'static, Result<HistoryPage, StoreError>>;

    /// The last revision whose events history is sure to hold.
    fn current_revision(&self) -> Result<Revision, StoreError>;
}

/// Changes to keys under a prefix, as a [`Stream`] or through [`WatchStream::next`].
///
/// The stream ends after yielding an error: [`StoreError::Compacted`] when history it needed is
/// gone, [`StoreError::Closed`] when the store is closed.
pub struct WatchStream {
    events: Pin<Box<dyn Stream<Item = Result<WatchEvent, StoreError>> + Send>>,
}

impl std::fmt::Debug for WatchStream {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("WatchStream").finish_non_exhaustive()
    }
}

impl WatchStream {
    /// Starts a watch. `receiver` must have been subscribed at `current_revision`, under the lock
    /// commits publish under, so that history holds everything up to `current_revision` and the
    /// receiver everything after it.
    pub(crate) fn start(
        source: Arc<dyn HistorySource>,
        prefix: &str,
        receiver: broadcast::Receiver<CommittedEvents>,
        current_revision: Revision,
        start_revision: Option<Revision>,
    ) -> WatchStream {
        let (phase, delivered_through) = match start_revision {
            None => (Phase::Live, current_revision),
            Some(start_revision) => {
                // No event has a revision below 1, so asking for 0 means "from the beginning".
                let start_revision = start_revision.max(1);
                let phase = if start_revision <= current_revision {
                    Phase::Replaying { after: HistoryPosition { revision: start_revision - 1, key: None }, through: current_revision }
                } else {
                    Phase::Live
                };
                // Live events before a future start revision are skipped like duplicates.
                (phase, current_revision.max(start_revision - 1))
            }
        };
        let state = WatchState { source, prefix: prefix.to_owned(), receiver, pending: VecDeque::new(), phase, delivered_through };
        let events = futures::stream::unfold(state, |mut state| async move {
            let item = state.next_event().await?;
            Some((item, state))
        });
        WatchStream { events: Box::pin(events) }
    }

    /// The next event, or `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Result<WatchEvent, StoreError>> {
        self.events.next().await
    }
}

impl Stream for WatchStream {
    type Item = Result<WatchEvent, StoreError>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.events.as_mut().poll_next(context)
    }
}

enum Phase {
    /// Reading history after `after` up to and including revision `through`.
    Replaying {
        after: HistoryPosition,
        through: Revision,
    },
    /// Taking events from the broadcast of commits.
    Live,
    Finished,
}

struct WatchState {
    source: Arc<dyn HistorySource>,
    prefix: String,
    receiver: broadcast::Receiver<CommittedEvents>,
    /// Events read but not yet handed out.
    pending: VecDeque<WatchEvent>,
    phase: Phase,
    /// Every event at or before this revision has been queued (or was never wanted); live events
    /// at or before it are duplicates of what history gave.
    delivered_through: Revision,
}

impl WatchState {
    async fn next_event(&mut self) -> Option<Result<WatchEvent, StoreError>> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Some(Ok(event));
            }
            match &self.phase {
                Phase::Finished => return None,
                Phase::Replaying { after, through } => {
                    let through = *through;
                    let read = Arc::clone(&self.source).read_history(self.prefix.clone(), after.clone(), through, HISTORY_PAGE_ROWS);
                    match read.await {
                        Ok(page) => {
                            self.pending.extend(page.events);
                            if page.exhausted {
                                self.delivered_through = self.delivered_through.max(through);
                                self.phase = Phase::Live;
                            } else {
                                self.phase = Phase::Replaying { after: page.next, through };
                            }
                        }
                        Err(error) => return Some(self.finish(error)),
                    }
                }
                Phase::Live => match self.receiver.recv().await {
                    Ok(committed) => {
                        for event in committed.iter() {
                            if event.revision() > self.delivered_through && event.key().starts_with(&self.prefix) {
                                self.pending.push_back(event.clone());
                            }
                        }
                        if let Some(last) = committed.last() {
                            self.delivered_through = self.delivered_through.max(last.revision());
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(skipped)) => {
                        // The receiver now continues at the oldest commit still buffered; the ones
                        // it skipped are in history, so catch up from there. Anything the receiver
                        // still holds at or before the catch-up point is skipped as a duplicate.
                        tracing::debug!(skipped, prefix = %self.prefix, "watcher lagged; catching up from history");
                        match self.source.current_revision() {
                            Ok(through) if through > self.delivered_through => {
                                self.phase =
                                    Phase::Replaying { after: HistoryPosition { revision: self.delivered_through, key: None }, through };
                            }
                            Ok(_) => {}
                            Err(error) => return Some(self.finish(error)),
                        }
                    }
                    Err(broadcast::error::RecvError::Closed) => return Some(self.finish(StoreError::Closed)),
                },
            }
        }
    }

    fn finish(&mut self, error: StoreError) -> Result<WatchEvent, StoreError> {
        self.phase = Phase::Finished;
        Err(error)
    }
}
