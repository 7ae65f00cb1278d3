//! Delivers the agent's reports — task state changes and container health — to the control plane:
//! in order per task, each retried until acknowledged, without ever making the caller wait. One
//! tokio task serves every ECS task; each ECS task has at most one report in flight.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use ferry_ecs::agent_channel::SubmitTaskHealthRequest;
use ferry_ecs::generated::SubmitTaskStateChangeRequest;
use futures::StreamExt;
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use tokio::sync::{mpsc, oneshot};

use crate::backoff::Backoff;
use crate::control_plane::{ControlPlane, ControlPlaneError};

#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    StateChange(SubmitTaskStateChangeRequest),
    Health(SubmitTaskHealthRequest),
}

impl Report {
    fn describe(&self) -> String {
        match self {
            Report::StateChange(change) => format!("state change to {}", change.status.as_deref().unwrap_or("?")),
            Report::Health(_) => "health".to_owned(),
        }
    }
}

enum Message {
    Submit {
        task_arn: String,
        report: Box<Report>,
    },
    /// Answered once nothing is queued or in flight.
    Idle(oneshot::Sender<()>),
}

/// A handle to the reporting task; cheap to clone.
#[derive(Clone)]
pub struct Reporter {
    sender: mpsc::UnboundedSender<Message>,
}

impl std::fmt::Debug for Reporter {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Reporter").finish_non_exhaustive()
    }
}

impl Reporter {
    /// Starts the reporting task; it ends when every `Reporter` handle is dropped and its queues
    /// are empty.
    pub fn spawn(control_plane: Arc<dyn ControlPlane>) -> (Reporter, tokio::task::JoinHandle<()>) {
        let (sender, receiver) = mpsc::unbounded_channel();
        let handle = tokio::spawn(deliver(control_plane, receiver));
        (Reporter { sender }, handle)
    }

    /// Queues `report` behind the task's earlier ones. Never waits.
    pub fn submit(&self, task_arn: &str, report: Report) {
        let _ = self.sender.send(Message::Submit { task_arn: task_arn.to_owned(), report: Box::new(report) });
    }

    /// Waits until every queued report has been delivered (or dropped as refused).
    pub async fn idle(&self) {
        let (sender, receiver) = oneshot::channel();
        if self.sender.send(Message::Idle(sender)).is_ok() {
            let _ = receiver.await;
        }
    }
}

type Delivery = BoxFuture<'static, (String, Result<(), ControlPlaneError>)>;

struct Queue {
    reports: VecDeque<Report>,
    /// The front report is being sent.
    in_flight: bool,
    backoff: Backoff,
}

async fn deliver(control_plane: Arc<dyn ControlPlane>, mut receiver: mpsc::UnboundedReceiver<Message>) {
    let mut queues: HashMap<String, Queue> = HashMap::new();
    let mut deliveries: FuturesUnordered<Delivery> = FuturesUnordered::new();
    let mut idle_waiters: Vec<oneshot::Sender<()>> = Vec::new();
    let mut open = true;
    loop {
        if queues.is_empty() {
            for waiter in idle_waiters.drain(..) {
                let _ = waiter.send(());
            }
            if !open {
                return;
            }
        }
        tokio::select! {
            message = receiver.recv(), if open => match message {
                Some(Message::Submit { task_arn, report }) => {
                    let queue = queues.entry(task_arn.clone()).or_insert_with(|| Queue {
                        reports: VecDeque::new(),
                        in_flight: false,
                        backoff: Backoff::reporting(),
                    });
                    // A newer health report makes a queued (not yet sent) one pointless.
                    if matches!(*report, Report::Health(_))
                        && queue.reports.len() > usize::from(queue.in_flight)
                        && matches!(queue.reports.back(), Some(Report::Health(_)))
                    {
                        queue.reports.pop_back();
                    }
                    queue.reports.push_back(*report);
                    if !queue.in_flight {
                        queue.in_flight = true;
                        deliveries.push(send(control_plane.clone(), task_arn, queue.reports[0].clone(), Duration::ZERO));
                    }
                }
                Some(Message::Idle(waiter)) => idle_waiters.push(waiter),
                None => open = false,
            },
            Some((task_arn, result)) = deliveries.next(), if !deliveries.is_empty() => {
                let Some(queue) = queues.get_mut(&task_arn) else { continue };
                let delay = match result {
                    Ok(()) => {
                        queue.reports.pop_front();
                        queue.backoff.reset();
                        Duration::ZERO
                    }
                    Err(error) if error.is_retryable() => {
                        let delay = queue.backoff.next_delay();
                        tracing::debug!(task = %task_arn, %error, retry_in = ?delay, "report not delivered yet");
                        delay
                    }
                    Err(error) => {
                        let report = queue.reports.pop_front();
                        tracing::warn!(
                            task = %task_arn,
                            %error,
                            report = report.as_ref().map(Report::describe).unwrap_or_default(),
                            "the control plane refused a report; dropping it"
                        );
                        queue.backoff.reset();
                        Duration::ZERO
                    }
                };
                match queue.reports.front() {
                    Some(next) => deliveries.push(send(control_plane.clone(), task_arn, next.clone(), delay)),
                    None => {
                        queues.remove(&task_arn);
                    }
                }
            }
        }
    }
}

fn send(control_plane: Arc<dyn ControlPlane>, task_arn: String, report: Report, delay: Duration) -> Delivery {
    Box::pin(async move {
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        let result = match report {
            Report::StateChange(change) => control_plane.submit_task_state_change(change).await.map(drop),
            Report::Health(health) => control_plane.submit_task_health(health).await.map(drop),
        };
        (task_arn, result)
    })
}
