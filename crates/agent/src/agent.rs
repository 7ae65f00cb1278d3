//! The agent's top level: start-up (lock, engine, metadata endpoint, registration), the three
//! long-lived loops (the channel to the control plane, the engine's event stream, the supervisor
//! that reconciles), and shutdown. Tasks themselves are driven by `task_runner`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::future::Future;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use ferry_ecs::agent_channel::{AssignedTask, PollTasksRequest, PollTasksResponse};
use ferry_engine::{ContainerEngine, ContainerStatus, EngineError, EngineEvent, EngineEventKind};
use futures::StreamExt;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::AgentError;
use crate::backoff::Backoff;
use crate::container_spec::MetadataEndpoints;
use crate::control_plane::ControlPlane;
use crate::labels;
use crate::metadata::{MetadataRegistry, MetadataServer, MetadataTokens};
use crate::options::AgentOptions;
use crate::reconcile::{self, Action, Desired, LocalTask};
use crate::registration::{self, MachineFacts};
use crate::reporter::Reporter;
use crate::state_file::{AgentState, DataDirLock, load_or_create_metadata_secret};
use crate::task_runner::{AgentContext, Launch, RunnerCommand, RunnerOutcome, StopCause, TaskRunner};

/// How long the control plane may hold a poll.
const POLL_WAIT_SECONDS: u32 = 20;
/// The engine is re-listed this often even when its event stream is quiet, in case an event was
/// lost; events do the real work.
const SAFETY_NET_INTERVAL: Duration = Duration::from_secs(60);
/// How long shutdown waits for queued reports to go out.
const SHUTDOWN_REPORT_GRACE: Duration = Duration::from_secs(2);
/// An event stream that lived this long was healthy: the next reconnect starts from a short delay.
const HEALTHY_STREAM: Duration = Duration::from_secs(10);

pub(crate) async fn run(
    options: AgentOptions,
    engine: Arc<dyn ContainerEngine>,
    control_plane: Arc<dyn ControlPlane>,
    shutdown: impl Future<Output = ()>,
    registered: Option<oneshot::Sender<String>>,
) -> Result<(), AgentError> {
    tokio::pin!(shutdown);
    let _lock = DataDirLock::acquire(&options.data_dir)?;
    let mut options = options;
    options.data_dir = std::path::absolute(&options.data_dir)
        .map_err(|source| AgentError::DataDir { path: options.data_dir.clone(), detail: source.to_string() })?;
    let tokens = MetadataTokens::new(load_or_create_metadata_secret(&options.data_dir)?);

    let mut backoff = Backoff::channel();
    let engine_info = loop {
        tokio::select! {
            _ = &mut shutdown => return Ok(()),
            info = engine.info() => match info {
                Ok(info) => break info,
                Err(error) => {
                    let delay = backoff.next_delay();
                    tracing::warn!(%error, retry_in = ?delay, "the container engine is not available yet");
                    tokio::time::sleep(delay).await;
                }
            },
        }
    };
    let awsvpc_network_name = options.awsvpc_network_name();
    let awsvpc_network = match engine.ensure_network(&awsvpc_network_name, &options.awsvpc_subnet).await {
        Ok(network) => Some(network),
        Err(error) => {
            tracing::warn!(network = %awsvpc_network_name, subnet = %options.awsvpc_subnet, %error, "no awsvpc network: awsvpc tasks cannot run here");
            None
        }
    };
    let bridge = engine.network_info("bridge").await.ok().flatten();
    let gateway = |network: Option<&ferry_engine::NetworkInfo>| network.and_then(|network| network.gateway.parse::<IpAddr>().ok());
    let bridge_gateway = gateway(bridge.as_ref());
    let awsvpc_gateway = gateway(awsvpc_network.as_ref());
    let addresses: Vec<IpAddr> = [bridge_gateway, awsvpc_gateway].into_iter().flatten().collect();
    let metadata_server = MetadataServer::bind(&addresses, options.metadata_port).await.map_err(AgentError::MetadataEndpoint)?;
    let metadata_port = metadata_server.port();
    let loopback = IpAddr::from([127, 0, 0, 1]);
    let endpoint = |address: Option<IpAddr>| format!("http://{}:{metadata_port}", address.unwrap_or(loopback));
    let metadata_endpoints =
        MetadataEndpoints { bridge: endpoint(bridge_gateway), awsvpc: endpoint(awsvpc_gateway), host: endpoint(Some(loopback)) };
    tracing::info!(addresses = ?metadata_server.local_addresses(), "task metadata endpoint listening");

    let previous = AgentState::load(&options.data_dir)?.filter(|state| state.cluster == options.cluster);
    let facts = MachineFacts { engine: &engine_info, metadata_port, awsvpc_available: awsvpc_network.is_some() };
    let registration = tokio::select! {
        _ = &mut shutdown => return Ok(()),
        registration = registration::register(&control_plane, &options, &facts, previous.as_ref().map(|state| state.container_instance_arn.as_str())) => {
            registration.map_err(AgentError::Registration)?
        }
    };
    let container_instance_arn = registration.container_instance_arn;
    AgentState::new(&options.cluster, &container_instance_arn).save(&options.data_dir)?;
    tracing::info!(container_instance = %container_instance_arn, cluster = %options.cluster, "agent registered");
    if let Some(registered) = registered {
        let _ = registered.send(container_instance_arn.clone());
    }
    if let Some(abandoned) = registration.abandoned_arn {
        tokio::spawn(remove_abandoned_containers(engine.clone(), abandoned));
    }

    let (reporter, reporter_task) = Reporter::spawn(control_plane.clone());
    let registry = Arc::new(MetadataRegistry::default());
    let metadata_task = tokio::spawn(metadata_server.serve(registry.clone(), engine.clone()));
    let context = Arc::new(AgentContext {
        engine: engine.clone(),
        reporter: reporter.clone(),
        metadata: registry,
        tokens,
        options,
        container_instance_arn: container_instance_arn.clone(),
        metadata_endpoints,
        awsvpc_network,
        pulled_images: parking_lot::Mutex::new(HashSet::new()),
    });

    let (answers_sender, answers) = mpsc::channel(1);
    let poller = tokio::spawn(poll_tasks(control_plane, context.options.cluster.clone(), container_instance_arn.clone(), answers_sender));
    let (engine_sender, engine_messages) = mpsc::unbounded_channel();
    let watcher = tokio::spawn(watch_engine(engine, container_instance_arn.clone(), engine_sender));

    let data_dir = context.options.data_dir.clone();
    let mut supervisor = Supervisor::new(context.clone());
    let outcome = supervisor.run(&mut shutdown, answers, engine_messages).await;

    poller.abort();
    watcher.abort();
    // Dropping the runners leaves their containers running for the next agent to adopt.
    drop(supervisor);
    drop(context);
    if tokio::time::timeout(SHUTDOWN_REPORT_GRACE, reporter.idle()).await.is_err() {
        tracing::warn!("shutting down with reports still undelivered; the next agent reports those tasks again");
    }
    drop(reporter);
    reporter_task.abort();
    metadata_task.abort();
    if let Err(AgentError::Deregistered { .. }) = &outcome {
        // A deregistered instance cannot come back; the next start registers a new one.
        AgentState::remove(&data_dir)?;
    }
    outcome
}

/// The channel: long-polls `PollTasks` and hands every answer to the supervisor. While the
/// control plane is away it backs off and starts over from revision 0, so the first answer after
/// a reconnect is the full state at once.
async fn poll_tasks(
    control_plane: Arc<dyn ControlPlane>,
    cluster: String,
    container_instance: String,
    answers: mpsc::Sender<PollTasksResponse>,
) {
    let mut after_revision = 0;
    let mut backoff = Backoff::channel();
    let mut connected = true;
    loop {
        let request = PollTasksRequest {
            cluster: cluster.clone(),
            container_instance: container_instance.clone(),
            after_revision,
            wait_seconds: Some(POLL_WAIT_SECONDS),
        };
        let asked_at = Instant::now();
        match control_plane.poll_tasks(request).await {
            Ok(answer) => {
                if !connected {
                    tracing::info!("the control plane is reachable again");
                    connected = true;
                }
                backoff.reset();
                let unchanged = answer.revision == after_revision && after_revision != 0;
                after_revision = answer.revision;
                if answers.send(answer).await.is_err() {
                    return;
                }
                // A control plane that answers an unchanged state at once is not long-polling;
                // do not spin against it.
                if unchanged && asked_at.elapsed() < Duration::from_millis(100) {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
            Err(error) => {
                let delay = backoff.next_delay();
                if connected {
                    tracing::warn!(%error, "lost the channel to the control plane; running tasks keep running");
                    connected = false;
                } else {
                    tracing::debug!(%error, retry_in = ?delay, "the control plane is still unreachable");
                }
                after_revision = 0;
                tokio::time::sleep(delay).await;
            }
        }
    }
}

enum EngineMessage {
    Event(EngineEvent),
    /// Every container of this agent; `engine_restarted` after a lost event stream.
    Listing {
        containers: Vec<ContainerStatus>,
        engine_restarted: bool,
    },
}

/// Follows the engine's events for this agent's containers. Each (re)connection subscribes first
/// and lists second, so nothing that happens in between goes unseen; a lost stream means the
/// engine restarted or went away, and the listing after reconnecting tells what died meanwhile.
async fn watch_engine(engine: Arc<dyn ContainerEngine>, container_instance_arn: String, messages: mpsc::UnboundedSender<EngineMessage>) {
    let selector = labels::instance_selector(&container_instance_arn);
    let mut backoff = Backoff::channel();
    let mut first_connection = true;
    loop {
        let mut events = engine.events(&selector);
        match engine.list_containers(&selector).await {
            Ok(containers) => {
                if messages.send(EngineMessage::Listing { containers, engine_restarted: !first_connection }).is_err() {
                    return;
                }
                if !first_connection {
                    tracing::info!("reconnected to the container engine");
                }
                first_connection = false;
            }
            Err(error) => {
                let delay = backoff.next_delay();
                tracing::warn!(%error, retry_in = ?delay, "cannot list the engine's containers");
                tokio::time::sleep(delay).await;
                continue;
            }
        }
        let connected_at = Instant::now();
        let mut safety_net = tokio::time::interval_at(Instant::now() + SAFETY_NET_INTERVAL, SAFETY_NET_INTERVAL);
        loop {
            tokio::select! {
                event = events.next() => match event {
                    Some(Ok(event)) => {
                        if messages.send(EngineMessage::Event(event)).is_err() {
                            return;
                        }
                    }
                    Some(Err(error)) => {
                        tracing::warn!(%error, "the container engine's event stream failed");
                        break;
                    }
                    None => {
                        tracing::warn!("the container engine's event stream ended (engine restarted or gone)");
                        break;
                    }
                },
                _ = safety_net.tick() => match engine.list_containers(&selector).await {
                    Ok(containers) => {
                        if messages.send(EngineMessage::Listing { containers, engine_restarted: false }).is_err() {
                            return;
                        }
                    }
                    Err(error) => {
                        tracing::warn!(%error, "cannot list the engine's containers");
                        break;
                    }
                },
            }
        }
        if connected_at.elapsed() >= HEALTHY_STREAM {
            backoff.reset();
        }
        tokio::time::sleep(backoff.next_delay()).await;
    }
}

/// Containers left by an instance the control plane no longer knows: no one will ever ask for
/// them again.
async fn remove_abandoned_containers(engine: Arc<dyn ContainerEngine>, abandoned_arn: String) {
    let Ok(containers) = engine.list_containers(&labels::instance_selector(&abandoned_arn)).await else { return };
    for container in containers {
        tracing::warn!(container = %container.name, instance = %abandoned_arn, "removing a container of an abandoned container instance");
        let _ = engine.stop_container(&container.id, Duration::from_secs(10)).await;
        if let Err(error) = engine.remove_container(&container.id).await {
            tracing::warn!(container = %container.name, %error, "could not remove the container");
        }
    }
}

/// Owns the agent's view of its tasks and applies `reconcile::decide`.
struct Supervisor {
    context: Arc<AgentContext>,
    runners: HashMap<String, mpsc::UnboundedSender<RunnerCommand>>,
    runner_ids: HashMap<tokio::task::Id, String>,
    join_set: JoinSet<Option<RunnerOutcome>>,
    local: BTreeMap<String, LocalTask>,
    finished: HashMap<String, RunnerOutcome>,
    /// The latest answer's tasks, by ARN.
    assigned: BTreeMap<String, AssignedTask>,
    desired: Option<BTreeMap<String, Desired>>,
    /// The latest listing, grouped by task, until the next reconcile uses it.
    listing: Option<BTreeMap<String, Vec<ContainerStatus>>>,
    listed_once: bool,
}

impl Supervisor {
    fn new(context: Arc<AgentContext>) -> Supervisor {
        Supervisor {
            context,
            runners: HashMap::new(),
            runner_ids: HashMap::new(),
            join_set: JoinSet::new(),
            local: BTreeMap::new(),
            finished: HashMap::new(),
            assigned: BTreeMap::new(),
            desired: None,
            listing: None,
            listed_once: false,
        }
    }

    async fn run(
        &mut self,
        shutdown: &mut std::pin::Pin<&mut impl Future<Output = ()>>,
        mut answers: mpsc::Receiver<PollTasksResponse>,
        mut engine_messages: mpsc::UnboundedReceiver<EngineMessage>,
    ) -> Result<(), AgentError> {
        loop {
            let cleanup_at = reconcile::next_cleanup(&self.local, self.context.options.task_cleanup_wait);
            tokio::select! {
                _ = shutdown.as_mut() => return Ok(()),
                answer = answers.recv() => {
                    let Some(answer) = answer else { return Ok(()) };
                    if answer.container_instance_status == "INACTIVE" {
                        return self.deregistered(shutdown).await;
                    }
                    self.take_answer(answer);
                    self.reconcile();
                }
                message = engine_messages.recv() => match message {
                    Some(EngineMessage::Event(event)) => self.route_event(event),
                    Some(EngineMessage::Listing { containers, engine_restarted }) => {
                        self.take_listing(containers, engine_restarted);
                        self.reconcile();
                    }
                    None => return Ok(()),
                },
                Some(joined) = self.join_set.join_next_with_id(), if !self.join_set.is_empty() => self.runner_finished(joined),
                _ = tokio::time::sleep_until(cleanup_at.unwrap_or_else(Instant::now)), if cleanup_at.is_some() => self.clean_up_due(),
            }
        }
    }

    fn take_answer(&mut self, answer: PollTasksResponse) {
        let mut desired = BTreeMap::new();
        self.assigned.clear();
        for assigned in answer.tasks {
            let Some(task_arn) = assigned.task.task_arn.clone() else { continue };
            desired.insert(task_arn.clone(), Desired::from_status(assigned.task.desired_status.as_deref()));
            self.assigned.insert(task_arn, assigned);
        }
        self.desired = Some(desired);
    }

    fn take_listing(&mut self, containers: Vec<ContainerStatus>, engine_restarted: bool) {
        let mut by_task: BTreeMap<String, Vec<ContainerStatus>> = BTreeMap::new();
        for container in containers {
            // Only ever our own: the listing asked for our instance label, and this checks again.
            if container.labels.get(labels::CONTAINER_INSTANCE_ARN) != Some(&self.context.container_instance_arn) {
                continue;
            }
            if let Some(task_arn) = container.labels.get(labels::TASK_ARN).cloned() {
                by_task.entry(task_arn).or_default().push(container);
            }
        }
        for (task_arn, runner) in &self.runners {
            let containers = by_task.get(task_arn).cloned().unwrap_or_default();
            let _ = runner.send(RunnerCommand::Resync { containers, engine_restarted });
        }
        self.listing = Some(by_task);
        self.listed_once = true;
    }

    fn route_event(&self, event: EngineEvent) {
        // Creates and starts are the runners' own doing and they inspect after each; removals
        // are cleanup's. Only what happens to a container by itself needs a look.
        if !matches!(event.kind, EngineEventKind::Died | EngineEventKind::HealthChanged | EngineEventKind::OutOfMemory) {
            return;
        }
        let Some(task_arn) = event.labels.get(labels::TASK_ARN) else { return };
        if let Some(runner) = self.runners.get(task_arn) {
            let _ = runner.send(RunnerCommand::Engine {
                container_id: event.container_id,
                container_name: event.labels.get(labels::CONTAINER_NAME).cloned(),
                kind: event.kind,
            });
        }
    }

    fn reconcile(&mut self) {
        // Adoption needs to know what is on the engine: nothing happens before the first listing.
        let Some(desired) = &self.desired else { return };
        if !self.listed_once {
            return;
        }
        let listing = self.listing.take();
        let engine_tasks: Option<BTreeSet<String>> = listing.as_ref().map(|by_task| by_task.keys().cloned().collect());
        let actions = reconcile::decide(&reconcile::Inputs {
            desired,
            local: &self.local,
            engine_tasks: engine_tasks.as_ref(),
            now: Instant::now(),
            cleanup_wait: self.context.options.task_cleanup_wait,
        });
        let mut listing = listing.unwrap_or_default();
        for action in actions {
            match action {
                Action::Start { task_arn, desired } => {
                    if let Some(assigned) = self.assigned.get(&task_arn).cloned() {
                        self.spawn(task_arn, Launch::Fresh(Box::new(assigned)), desired);
                    }
                }
                Action::Adopt { task_arn, desired } => {
                    if let Some(assigned) = self.assigned.get(&task_arn).cloned() {
                        let existing = listing.remove(&task_arn).unwrap_or_default();
                        self.spawn(task_arn, Launch::Adopt(Box::new(assigned), existing), desired);
                    }
                }
                Action::Stop { task_arn } => self.tell(&task_arn, StopCause::Desired),
                Action::StopUnassigned { task_arn } => {
                    tracing::warn!(task = %task_arn, "the control plane no longer assigns this task here; stopping it");
                    self.tell(&task_arn, StopCause::Unassigned);
                }
                Action::StopOrphan { task_arn } => {
                    let existing = listing.remove(&task_arn).unwrap_or_default();
                    tracing::warn!(task = %task_arn, containers = existing.len(), "found containers of a task not assigned here; stopping them");
                    self.spawn(task_arn, Launch::Orphan(existing), Desired::Stopped);
                }
                Action::CleanUp { task_arn } => self.clean_up(&task_arn),
                Action::Forget { task_arn } => {
                    self.local.remove(&task_arn);
                }
            }
        }
    }

    fn tell(&self, task_arn: &str, cause: StopCause) {
        if let Some(runner) = self.runners.get(task_arn) {
            let _ = runner.send(RunnerCommand::Stop(cause));
        }
    }

    fn spawn(&mut self, task_arn: String, launch: Launch, desired: Desired) {
        let (sender, receiver) = mpsc::unbounded_channel();
        let (runner, existing) = TaskRunner::new(self.context.clone(), task_arn.clone(), launch, desired, receiver);
        let handle = self.join_set.spawn(runner.run(existing));
        self.runner_ids.insert(handle.id(), task_arn.clone());
        self.runners.insert(task_arn.clone(), sender);
        self.local.insert(task_arn, LocalTask::Active);
    }

    fn runner_finished(&mut self, joined: Result<(tokio::task::Id, Option<RunnerOutcome>), tokio::task::JoinError>) {
        let (id, outcome) = match joined {
            Ok((id, outcome)) => (id, outcome),
            Err(error) => {
                let task_arn = self.runner_ids.remove(&error.id());
                tracing::error!(task = ?task_arn, %error, "a task runner failed; the task will be picked up again");
                if let Some(task_arn) = task_arn {
                    self.runners.remove(&task_arn);
                    self.local.remove(&task_arn);
                }
                return;
            }
        };
        let Some(task_arn) = self.runner_ids.remove(&id) else { return };
        self.runners.remove(&task_arn);
        match outcome {
            Some(outcome) => {
                self.local.insert(task_arn.clone(), LocalTask::Finished { stopped_at: Instant::now(), cleaned: false });
                self.finished.insert(task_arn, outcome);
            }
            None => {
                self.local.remove(&task_arn);
            }
        }
    }

    fn clean_up_due(&mut self) {
        let now = Instant::now();
        let wait = self.context.options.task_cleanup_wait;
        let due: Vec<String> = self
            .local
            .iter()
            .filter_map(|(task_arn, task)| match task {
                LocalTask::Finished { stopped_at, cleaned: false } if now >= *stopped_at + wait => Some(task_arn.clone()),
                _ => None,
            })
            .collect();
        for task_arn in due {
            self.clean_up(&task_arn);
        }
        // Forget what the control plane has stopped listing, now that nothing is left of it.
        if let Some(desired) = &self.desired {
            self.local
                .retain(|task_arn, task| !matches!(task, LocalTask::Finished { cleaned: true, .. }) || desired.contains_key(task_arn));
        }
    }

    /// Removes a stopped task's containers, then its task-scoped volumes (which the containers
    /// hold until they are gone) and its scratch directory, in the background.
    fn clean_up(&mut self, task_arn: &str) {
        if let Some(LocalTask::Finished { cleaned, .. }) = self.local.get_mut(task_arn) {
            if *cleaned {
                return;
            }
            *cleaned = true;
        }
        self.context.metadata.remove(task_arn);
        let Some(outcome) = self.finished.remove(task_arn) else { return };
        let engine = self.context.engine.clone();
        tokio::spawn(async move {
            for id in &outcome.container_ids {
                match engine.remove_container(id).await {
                    Ok(()) | Err(EngineError::ContainerNotFound { .. }) => {}
                    Err(error) => tracing::warn!(task = %outcome.task_arn, container = %id, %error, "could not remove a stopped container"),
                }
            }
            for volume in &outcome.task_volumes {
                if let Err(error) = engine.remove_volume(volume).await {
                    // In use means a container of the task is still there (its removal failed
                    // above): the data stays rather than being forced away under it.
                    tracing::warn!(task = %outcome.task_arn, %volume, %error, "could not remove a task-scoped volume");
                }
            }
            if let Some(directory) = &outcome.task_directory
                && let Err(error) = tokio::fs::remove_dir_all(directory).await
                && error.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(task = %outcome.task_arn, directory = %directory.display(), %error, "could not remove the task's directory");
            }
            tracing::debug!(task = %outcome.task_arn, "cleaned up");
        });
    }

    /// The instance was deregistered: stop everything, report, and end.
    async fn deregistered(&mut self, shutdown: &mut std::pin::Pin<&mut impl Future<Output = ()>>) -> Result<(), AgentError> {
        tracing::warn!(container_instance = %self.context.container_instance_arn, "the container instance was deregistered; stopping its tasks");
        for runner in self.runners.values() {
            let _ = runner.send(RunnerCommand::Stop(StopCause::Deregistered));
        }
        while !self.join_set.is_empty() {
            tokio::select! {
                _ = shutdown.as_mut() => break,
                Some(joined) = self.join_set.join_next_with_id() => self.runner_finished(joined),
            }
        }
        Err(AgentError::Deregistered { container_instance_arn: self.context.container_instance_arn.clone() })
    }
}
