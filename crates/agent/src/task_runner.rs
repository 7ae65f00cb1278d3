//! Drives one ECS task through its life on the engine: pull, create and start its containers in
//! `dependsOn` order, report it `RUNNING`, watch its containers, stop it (on request, or when an
//! essential container exits), report it `STOPPED`. One tokio task per ECS task, woken by
//! commands from the supervisor (stop, engine events, re-listings); it never polls.

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use ferry_api::shape::Timestamp;
use ferry_ecs::agent_channel::{AssignedTask, ContainerHealth, SubmitTaskHealthRequest};
use ferry_ecs::generated::{ContainerStateChange, NetworkBinding, NetworkMode, SubmitTaskStateChangeRequest, TransportProtocol};
use ferry_engine::{
    ContainerEngine, ContainerSpec, ContainerState, ContainerStatus, EngineError, EngineEventKind, HealthState, NetworkAttachment,
    NetworkInfo, PortProtocol,
};
use tokio::sync::mpsc;

use crate::backoff::Backoff;
use crate::container_spec::{
    ContainerPlan, DEFAULT_STOP_TIMEOUT, MetadataEndpoints, PlanContext, TaskPlan, task_directory, task_id_of, wire_name,
};
use crate::labels;
use crate::metadata::{AwsvpcView, ContainerView, MetadataRegistry, MetadataTokens, TaskView};
use crate::options::{AgentOptions, ImagePullBehavior};
use crate::ordering::{Phase, Progress, Readiness, next_stop_layer, readiness};
use crate::reconcile::Desired;
use crate::reporter::{Report, Reporter};

pub const ESSENTIAL_CONTAINER_EXITED: &str = "Essential container in task exited";
const OUT_OF_MEMORY: &str = "OutOfMemoryError: Container killed due to memory usage";
const ENGINE_RESTARTED: &str = "ContainerEngineRestarted: the container stopped while its container engine restarted or was unreachable";
const REMOVED_FROM_ENGINE: &str = "The container was removed from the container engine";
const UNASSIGNED: &str = "Task is no longer assigned to this container instance";
const DEREGISTERED: &str = "Container instance deregistered";
/// How often a failing engine stop is tried before the container is given up as stopped.
const STOP_ATTEMPTS: u32 = 5;
/// ECS keeps reasons short; the ECS agent trims them to these lengths before submitting.
const MAX_TASK_REASON_CHARS: usize = 1024;
const MAX_CONTAINER_REASON_CHARS: usize = 255;

/// What every runner shares: the engine, the reporter, and the agent's facts.
pub struct AgentContext {
    pub engine: Arc<dyn ContainerEngine>,
    pub reporter: Reporter,
    pub metadata: Arc<MetadataRegistry>,
    pub tokens: MetadataTokens,
    /// With `data_dir` absolute, as bind mounts need.
    pub options: AgentOptions,
    pub container_instance_arn: String,
    pub metadata_endpoints: MetadataEndpoints,
    /// The agent's `awsvpc` network, when it could be made.
    pub awsvpc_network: Option<NetworkInfo>,
    /// Images this agent has pulled, for `ImagePullBehavior::Once`.
    pub pulled_images: parking_lot::Mutex<HashSet<String>>,
}

impl std::fmt::Debug for AgentContext {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("AgentContext").field("container_instance_arn", &self.container_instance_arn).finish_non_exhaustive()
    }
}

/// Why a task stops, other than by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopCause {
    /// The control plane wants it stopped (`StopTask`, a service scaling in).
    Desired,
    /// The control plane no longer lists it.
    Unassigned,
    /// The container instance was deregistered.
    Deregistered,
}

#[derive(Debug)]
pub enum RunnerCommand {
    Stop(StopCause),
    /// Something happened to one of the task's containers.
    Engine {
        container_id: String,
        container_name: Option<String>,
        kind: EngineEventKind,
    },
    /// A fresh listing of the task's containers; `engine_restarted` when the engine was away since
    /// the last one, so containers found dead died with it.
    Resync {
        containers: Vec<ContainerStatus>,
        engine_restarted: bool,
    },
}

/// How a runner begins.
#[derive(Debug)]
pub enum Launch {
    /// An assigned task with no containers yet.
    Fresh(Box<AssignedTask>),
    /// An assigned task whose containers are already on the engine (agent restart).
    Adopt(Box<AssignedTask>, Vec<ContainerStatus>),
    /// Containers of a task nobody assigns any more: stop and report them.
    Orphan(Vec<ContainerStatus>),
}

/// What is left of a finished task, for cleanup.
#[derive(Debug, Clone, PartialEq)]
pub struct RunnerOutcome {
    pub task_arn: String,
    pub container_ids: Vec<String>,
    /// Its task-scoped engine volumes, removed after its containers (which hold them until then).
    pub task_volumes: Vec<String>,
    pub task_directory: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KnownStatus {
    Pending,
    Running,
    Stopped,
}

impl KnownStatus {
    fn as_str(self) -> &'static str {
        match self {
            KnownStatus::Pending => "PENDING",
            KnownStatus::Running => "RUNNING",
            KnownStatus::Stopped => "STOPPED",
        }
    }
}

struct ContainerRun {
    name: String,
    /// `None` for orphans and tasks whose definition could not be translated.
    plan: Option<ContainerPlan>,
    id: Option<String>,
    phase: Phase,
    started: bool,
    exit_code: Option<i64>,
    reason: Option<String>,
    /// The error that kept it from running (pull, create, start), which becomes the task's
    /// stopped reason when the container is essential.
    failure: Option<String>,
    status: Option<ContainerStatus>,
}

impl ContainerRun {
    fn new(name: String, plan: Option<ContainerPlan>) -> ContainerRun {
        ContainerRun {
            name,
            plan,
            id: None,
            phase: Phase::Pending,
            started: false,
            exit_code: None,
            reason: None,
            failure: None,
            status: None,
        }
    }

    fn essential(&self) -> bool {
        self.plan.as_ref().is_none_or(|plan| plan.essential)
    }

    fn stop_timeout(&self) -> Duration {
        self.plan.as_ref().map_or(DEFAULT_STOP_TIMEOUT, |plan| plan.stop_timeout)
    }

    fn progress(&self) -> Progress {
        Progress {
            phase: self.phase,
            started: self.started,
            exit_code: self.exit_code,
            health: self.status.as_ref().and_then(|status| status.health),
        }
    }

    fn give_up(&mut self, reason: String, failure: bool) {
        self.phase = Phase::Stopped;
        if failure {
            self.failure = Some(reason.clone());
        }
        self.reason.get_or_insert(reason);
    }
}

pub struct TaskRunner {
    context: Arc<AgentContext>,
    task_arn: String,
    assigned: Option<Box<AssignedTask>>,
    plan: Option<TaskPlan>,
    containers: Vec<ContainerRun>,
    commands: mpsc::UnboundedReceiver<RunnerCommand>,
    desired: Desired,
    /// Set once the task must stop; the text is the `reason` reported with `STOPPED`.
    stopping: Option<Option<String>>,
    known: KnownStatus,
    pull_started_at: Option<SystemTime>,
    pull_stopped_at: Option<SystemTime>,
    execution_stopped_at: Option<SystemTime>,
    last_state_change: Option<SubmitTaskStateChangeRequest>,
    last_health: Vec<ContainerHealth>,
    abandoned: bool,
    orphan: bool,
}

impl std::fmt::Debug for TaskRunner {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("TaskRunner").field("task_arn", &self.task_arn).field("known", &self.known).finish_non_exhaustive()
    }
}

impl TaskRunner {
    pub fn new(
        context: Arc<AgentContext>,
        task_arn: String,
        launch: Launch,
        desired: Desired,
        commands: mpsc::UnboundedReceiver<RunnerCommand>,
    ) -> (TaskRunner, Vec<ContainerStatus>) {
        let mut runner = TaskRunner {
            context,
            task_arn,
            assigned: None,
            plan: None,
            containers: Vec::new(),
            commands,
            desired,
            stopping: None,
            known: KnownStatus::Pending,
            pull_started_at: None,
            pull_stopped_at: None,
            execution_stopped_at: None,
            last_state_change: None,
            last_health: Vec::new(),
            abandoned: false,
            orphan: false,
        };
        let existing = match launch {
            Launch::Fresh(assigned) => {
                runner.set_up(assigned);
                Vec::new()
            }
            Launch::Adopt(assigned, existing) => {
                runner.set_up(assigned);
                existing
            }
            Launch::Orphan(existing) => {
                let names: BTreeSet<String> = existing
                    .iter()
                    .map(|status| status.labels.get(labels::CONTAINER_NAME).cloned().unwrap_or_else(|| status.name.clone()))
                    .collect();
                runner.containers = names.into_iter().map(|name| ContainerRun::new(name, None)).collect();
                runner.stopping = Some(Some(UNASSIGNED.to_owned()));
                runner.orphan = true;
                existing
            }
        };
        (runner, existing)
    }

    fn set_up(&mut self, assigned: Box<AssignedTask>) {
        let context = self.context.clone();
        let tokens = context.tokens.clone();
        let token = move |task_arn: &str, container: &str| tokens.token(task_arn, container);
        let awsvpc_network = context.options.awsvpc_network_name();
        let plan_context = PlanContext {
            cluster: &context.options.cluster,
            container_instance_arn: &context.container_instance_arn,
            host_port_address: &context.options.host_port_address,
            data_dir: &context.options.data_dir,
            awsvpc_network: &awsvpc_network,
            metadata_endpoints: &context.metadata_endpoints,
            token: &token,
        };
        match TaskPlan::from_assigned(&assigned, &plan_context) {
            Ok(plan) => {
                self.containers =
                    plan.containers.iter().map(|container| ContainerRun::new(container.name.clone(), Some(container.clone()))).collect();
                self.plan = Some(plan);
            }
            Err(error) => {
                let reason = format!("CannotCreateContainerError: {error}");
                tracing::warn!(task = %self.task_arn, %error, "the task cannot be run");
                let definitions = assigned.task_definition.container_definitions.as_deref().unwrap_or_default();
                self.containers =
                    definitions.iter().filter_map(|definition| definition.name.clone()).map(|name| ContainerRun::new(name, None)).collect();
                for container in &mut self.containers {
                    container.give_up(reason.clone(), true);
                }
                self.stopping = Some(Some(reason));
            }
        }
        self.assigned = Some(assigned);
    }

    /// Runs the task to its end. `None` when the agent shut down first (the containers are left
    /// as they are, for the next agent to adopt).
    pub async fn run(mut self, existing: Vec<ContainerStatus>) -> Option<RunnerOutcome> {
        if !existing.is_empty() {
            self.adopt(existing).await;
        }
        if self.orphan && self.containers.iter().all(|container| container.status.is_none()) {
            // Gone before we got to them (a listing older than a cleanup): nothing to stop or tell.
            return Some(RunnerOutcome {
                task_arn: self.task_arn.clone(),
                container_ids: Vec::new(),
                task_volumes: Vec::new(),
                task_directory: None,
            });
        }
        if self.desired == Desired::Stopped && self.stopping.is_none() {
            self.stopping = Some(None);
        }
        self.publish();
        if self.stopping.is_none() {
            self.prepare().await;
        }
        while self.stopping.is_none() && !self.abandoned {
            self.advance().await;
            self.report_progress();
            if self.stopping.is_some() {
                break;
            }
            match self.commands.recv().await {
                Some(command) => self.handle(command).await,
                None => self.abandoned = true,
            }
        }
        if self.abandoned {
            return None;
        }
        self.stop_all().await;
        self.known = KnownStatus::Stopped;
        self.report_stopped();
        self.publish();
        // An orphan has no plan, but its scratch directories, if any, are where every task's are.
        let task_directory = match &self.plan {
            Some(plan) => Some(plan.task_directory.clone()),
            None if self.orphan => task_directory(&self.context.options.data_dir, task_id_of(&self.task_arn)),
            None => None,
        };
        Some(RunnerOutcome {
            task_arn: self.task_arn.clone(),
            container_ids: self.containers.iter().filter_map(|container| container.id.clone()).collect(),
            task_volumes: self
                .plan
                .iter()
                .flat_map(|plan| &plan.engine_volumes)
                .filter(|volume| volume.task_scoped)
                .map(|volume| volume.name.clone())
                .collect(),
            task_directory,
        })
    }

    /// Takes over containers an earlier agent made: running ones keep running, exited ones are
    /// reported, none is made again.
    async fn adopt(&mut self, existing: Vec<ContainerStatus>) {
        for listed in existing {
            let name = listed.labels.get(labels::CONTAINER_NAME).cloned().unwrap_or_default();
            let Some(index) = self.containers.iter().position(|container| container.name == name) else {
                tracing::warn!(task = %self.task_arn, container = %name, "a container of this task is not in its definition; leaving it alone");
                continue;
            };
            if self.containers[index].id.is_some() {
                continue;
            }
            self.containers[index].id = Some(listed.id.clone());
            let status = match self.context.engine.inspect_container(&listed.id).await {
                Ok(status) => status,
                Err(_) => Some(listed),
            };
            self.apply_status(index, status, false);
        }
        let adopted = self.containers.iter().filter(|container| container.id.is_some()).count();
        tracing::info!(task = %self.task_arn, containers = adopted, "adopted the task's existing containers");
    }

    async fn handle(&mut self, command: RunnerCommand) {
        match command {
            RunnerCommand::Stop(cause) => self.request_stop(cause),
            RunnerCommand::Engine { container_id, container_name, kind } => {
                let index = self
                    .containers
                    .iter()
                    .position(|container| container.id.as_deref() == Some(&container_id))
                    .or_else(|| container_name.and_then(|name| self.containers.iter().position(|container| container.name == name)));
                let Some(index) = index else { return };
                if kind == EngineEventKind::Created || self.containers[index].id.as_deref() != Some(&container_id) {
                    // Our own create call tells us about it; a stranger with our labels is not ours.
                    return;
                }
                if let Ok(status) = self.context.engine.inspect_container(&container_id).await {
                    self.apply_status(index, status, false);
                }
            }
            RunnerCommand::Resync { containers, engine_restarted } => self.resync(containers, engine_restarted).await,
        }
    }

    fn request_stop(&mut self, cause: StopCause) {
        if self.stopping.is_some() {
            return;
        }
        self.desired = Desired::Stopped;
        self.stopping = Some(match cause {
            StopCause::Desired => None,
            StopCause::Unassigned => Some(UNASSIGNED.to_owned()),
            StopCause::Deregistered => Some(DEREGISTERED.to_owned()),
        });
    }

    async fn resync(&mut self, listed: Vec<ContainerStatus>, engine_restarted: bool) {
        for index in 0..self.containers.len() {
            let Some(id) = self.containers[index].id.clone() else { continue };
            let known_state = self.containers[index].status.as_ref().map(|status| status.state);
            let listed_state = listed.iter().find(|status| status.id == id).map(|status| status.state);
            // Only what changed is worth a closer look.
            if listed_state.is_some() && listed_state == known_state {
                continue;
            }
            if let Ok(status) = self.context.engine.inspect_container(&id).await {
                self.apply_status(index, status, engine_restarted);
            }
        }
    }

    /// Brings a container's record up to what the engine says (`None`: it is gone).
    fn apply_status(&mut self, index: usize, status: Option<ContainerStatus>, engine_restarted: bool) {
        let container = &mut self.containers[index];
        let Some(status) = status else {
            if matches!(container.phase, Phase::Created | Phase::Running) {
                container.phase = Phase::Stopped;
                container.reason.get_or_insert_with(|| REMOVED_FROM_ENGINE.to_owned());
            }
            container.status = None;
            return;
        };
        match status.state {
            ContainerState::Running | ContainerState::Paused | ContainerState::Restarting => {
                if container.phase != Phase::Stopped {
                    container.phase = Phase::Running;
                    container.started = true;
                }
            }
            ContainerState::Created => {
                if container.phase == Phase::Pending {
                    container.phase = Phase::Created;
                }
            }
            ContainerState::Exited | ContainerState::Dead | ContainerState::Removing => {
                if container.phase != Phase::Stopped {
                    let was_running = container.phase == Phase::Running;
                    container.phase = Phase::Stopped;
                    container.started = true;
                    container.exit_code = status.exit_code;
                    let reason = if status.oom_killed {
                        Some(OUT_OF_MEMORY.to_owned())
                    } else if engine_restarted && was_running {
                        Some(ENGINE_RESTARTED.to_owned())
                    } else {
                        status.error.clone().filter(|error| !error.is_empty())
                    };
                    if let Some(reason) = reason {
                        container.reason.get_or_insert(reason);
                    }
                    tracing::info!(task = %self.task_arn, container = %container.name, exit_code = ?status.exit_code, "container exited");
                }
            }
        }
        container.status = Some(status);
    }

    /// Everything before the first container: scratch directories, engine volumes, the `awsvpc`
    /// network, images.
    async fn prepare(&mut self) {
        let Some(plan) = &self.plan else { return };
        for directory in &plan.scratch_directories {
            if let Err(error) = std::fs::create_dir_all(directory) {
                self.fail_task(format!("CannotCreateContainerError: creating the volume directory {}: {error}", directory.display()));
                return;
            }
        }
        // Made here rather than by the first mount, which would ignore the driver, its options
        // and the labels. Ensuring is idempotent, so an adopted task's volumes are left as they are.
        for volume in &plan.engine_volumes {
            let ensured =
                self.context.engine.ensure_volume(&volume.name, volume.driver.as_deref(), &volume.driver_opts, &volume.labels).await;
            if let Err(error) = ensured {
                self.fail_task(format!("CannotCreateContainerError: creating the volume {}: {}", volume.name, engine_message(&error)));
                return;
            }
        }
        if plan.network_mode == NetworkMode::Awsvpc {
            let name = self.context.options.awsvpc_network_name();
            if let Err(error) = self.context.engine.ensure_network(&name, &self.context.options.awsvpc_subnet).await {
                self.fail_task(format!(
                    "CannotCreateContainerError: the awsvpc network {name} is not available: {}",
                    engine_message(&error)
                ));
                return;
            }
        }

        let mut images: Vec<String> = Vec::new();
        for container in self.containers.iter().filter(|container| container.id.is_none() && container.phase == Phase::Pending) {
            if let Some(plan) = &container.plan
                && !images.contains(&plan.spec.image)
            {
                images.push(plan.spec.image.clone());
            }
        }
        if images.is_empty() {
            return;
        }
        let context = self.context.clone();
        let pulls = futures::future::join_all(images.iter().map(|image| pull_image(&context, image)));
        tokio::pin!(pulls);
        let started_at = SystemTime::now();
        let results = loop {
            tokio::select! {
                results = &mut pulls => break results,
                command = self.commands.recv() => match command {
                    Some(command) => {
                        self.handle(command).await;
                        if self.stopping.is_some() {
                            return;
                        }
                    }
                    None => {
                        self.abandoned = true;
                        return;
                    }
                },
            }
        };
        if results.iter().any(|(_, attempted)| *attempted) {
            self.pull_started_at = Some(started_at);
            self.pull_stopped_at = Some(SystemTime::now());
        }
        for (image, (result, _)) in images.iter().zip(results) {
            let Err(message) = result else { continue };
            tracing::warn!(task = %self.task_arn, %image, %message, "image pull failed");
            for container in &mut self.containers {
                if container.phase == Phase::Pending && container.plan.as_ref().is_some_and(|plan| &plan.spec.image == image) {
                    container.give_up(format!("CannotPullContainerError: {message}"), true);
                }
            }
        }
    }

    fn fail_task(&mut self, reason: String) {
        tracing::warn!(task = %self.task_arn, %reason, "the task cannot be run");
        for container in &mut self.containers {
            if container.phase == Phase::Pending {
                container.give_up(reason.clone(), true);
            }
        }
        self.stopping = Some(Some(reason));
    }

    /// Starts whatever may start now, gives up on what never will, and decides whether the task
    /// must stop because an essential container is done.
    async fn advance(&mut self) {
        loop {
            let names: Vec<&str> = self.containers.iter().map(|container| container.name.as_str()).collect();
            let progress: Vec<Progress> = self.containers.iter().map(ContainerRun::progress).collect();
            let mut ready = Vec::new();
            let mut never = Vec::new();
            for (index, container) in self.containers.iter().enumerate() {
                if !matches!(container.phase, Phase::Pending | Phase::Created) {
                    continue;
                }
                let depends_on = container.plan.as_ref().map(|plan| plan.depends_on.as_slice()).unwrap_or_default();
                match readiness(depends_on, &progress, &names) {
                    Readiness::Ready => ready.push(index),
                    Readiness::Waiting => {}
                    Readiness::Never(reason) => never.push((index, reason)),
                }
            }
            for (index, reason) in never {
                tracing::info!(task = %self.task_arn, container = %self.containers[index].name, %reason, "container will not start");
                self.containers[index].give_up(reason, false);
            }
            if let Some(reason) = self.essential_stop_reason() {
                self.stopping = Some(Some(reason));
                return;
            }
            if ready.is_empty() {
                if self.containers.iter().all(|container| container.phase == Phase::Stopped) {
                    self.stopping = Some(Some(ESSENTIAL_CONTAINER_EXITED.to_owned()));
                }
                return;
            }
            let starts: Vec<_> = ready
                .iter()
                .filter_map(|index| {
                    let container = &self.containers[*index];
                    let mut spec = container.plan.as_ref()?.spec.clone();
                    if let Some(owner) = container.plan.as_ref().and_then(|plan| plan.joins_network_of) {
                        spec.network = NetworkAttachment::Container { id: self.containers[owner].id.clone().unwrap_or_default() };
                    }
                    Some((*index, spec, container.id.clone()))
                })
                .collect();
            if starts.is_empty() {
                return;
            }
            let context = self.context.clone();
            let task_arn = self.task_arn.clone();
            let results = futures::future::join_all(
                starts.iter().map(|(_, spec, existing_id)| create_and_start(&context, &task_arn, spec, existing_id.clone())),
            )
            .await;
            for ((index, _, _), result) in starts.into_iter().zip(results) {
                match result {
                    Ok((id, status)) => {
                        // Started (or found started): it runs unless the engine says it already
                        // exited. Never left Created, which would start it again.
                        let container = &mut self.containers[index];
                        container.id = Some(id);
                        container.phase = Phase::Running;
                        container.started = true;
                        self.apply_status(index, status, false);
                    }
                    Err((id, reason)) => {
                        tracing::warn!(task = %self.task_arn, container = %self.containers[index].name, %reason, "container could not be started");
                        if id.is_some() {
                            self.containers[index].id = id;
                        }
                        self.containers[index].give_up(reason, true);
                    }
                }
            }
        }
    }

    /// The task's stopped reason when an essential container is done for.
    fn essential_stop_reason(&self) -> Option<String> {
        let container = self.containers.iter().find(|container| container.essential() && container.phase == Phase::Stopped)?;
        Some(match (&container.failure, container.started) {
            (Some(failure), false) => failure.clone(),
            _ => ESSENTIAL_CONTAINER_EXITED.to_owned(),
        })
    }

    /// Stops every container, dependents before their dependencies, and records how each ended.
    async fn stop_all(&mut self) {
        for container in &mut self.containers {
            if container.phase == Phase::Pending {
                container.phase = Phase::Stopped;
            }
        }
        let dependencies: Vec<_> = self
            .containers
            .iter()
            .map(|container| container.plan.as_ref().map(|plan| plan.depends_on.clone()).unwrap_or_default())
            .collect();
        loop {
            let to_stop: Vec<bool> =
                self.containers.iter().map(|container| container.id.is_some() && container.phase != Phase::Stopped).collect();
            let layer = next_stop_layer(&dependencies, &to_stop);
            if layer.is_empty() {
                break;
            }
            let engine = self.context.engine.clone();
            let stops = layer.iter().map(|index| {
                let container = &self.containers[*index];
                stop_container(engine.clone(), container.id.clone().unwrap_or_default(), container.stop_timeout())
            });
            let results = futures::future::join_all(stops).await;
            for (index, result) in layer.into_iter().zip(results) {
                match result {
                    Ok(status) => self.apply_status(index, status, false),
                    Err(error) => {
                        tracing::warn!(task = %self.task_arn, container = %self.containers[index].name, %error, "container could not be stopped");
                        self.containers[index].reason.get_or_insert_with(|| format!("The container could not be stopped: {error}"));
                    }
                }
                let container = &mut self.containers[index];
                // A created container that never ran stops by not being started.
                container.phase = Phase::Stopped;
            }
        }
        let last_finish =
            self.containers.iter().filter_map(|container| container.status.as_ref().and_then(|status| status.finished_at)).max();
        self.execution_stopped_at = Some(last_finish.unwrap_or_else(SystemTime::now));
    }

    fn report_progress(&mut self) {
        if self.known == KnownStatus::Pending
            && self
                .containers
                .iter()
                .filter(|container| container.essential())
                .all(|container| container.started && container.phase == Phase::Running)
        {
            self.known = KnownStatus::Running;
            tracing::info!(task = %self.task_arn, "task running");
        }
        if self.known == KnownStatus::Running {
            let change = self.state_change("RUNNING", None);
            self.submit_if_new(change);
        }
        self.report_health();
        self.publish();
    }

    fn report_stopped(&mut self) {
        let reason = self.stopping.clone().flatten();
        tracing::info!(task = %self.task_arn, reason = reason.as_deref().unwrap_or("stop requested"), "task stopped");
        let change = self.state_change("STOPPED", reason);
        self.submit_if_new(change);
    }

    fn submit_if_new(&mut self, change: SubmitTaskStateChangeRequest) {
        if self.last_state_change.as_ref() == Some(&change) {
            return;
        }
        self.last_state_change = Some(change.clone());
        self.context.reporter.submit(&self.task_arn, Report::StateChange(change));
    }

    fn state_change(&self, status: &str, reason: Option<String>) -> SubmitTaskStateChangeRequest {
        let task_stopped = status == "STOPPED";
        let network_mode = self.plan.as_ref().map_or(NetworkMode::Bridge, |plan| plan.network_mode);
        let containers = self
            .containers
            .iter()
            .filter(|container| task_stopped || container.started || container.phase == Phase::Stopped)
            .map(|container| {
                let container_status = if task_stopped || container.phase == Phase::Stopped { "STOPPED" } else { "RUNNING" };
                ContainerStateChange {
                    container_name: Some(container.name.clone()),
                    image_digest: None,
                    runtime_id: container.id.clone(),
                    exit_code: container.exit_code.and_then(|code| i32::try_from(code).ok()),
                    network_bindings: (container.phase == Phase::Running)
                        .then(|| network_bindings(network_mode, container))
                        .filter(|b| !b.is_empty()),
                    reason: container.reason.as_deref().map(|reason| truncated(reason, MAX_CONTAINER_REASON_CHARS)),
                    status: Some(container_status.to_owned()),
                }
            })
            .collect();
        SubmitTaskStateChangeRequest {
            cluster: Some(self.context.options.cluster.clone()),
            task: Some(self.task_arn.clone()),
            status: Some(status.to_owned()),
            reason: reason.map(|reason| truncated(&reason, MAX_TASK_REASON_CHARS)),
            containers: Some(containers),
            attachments: None,
            managed_agents: None,
            pull_started_at: self.pull_started_at.map(Timestamp::from_system_time),
            pull_stopped_at: self.pull_stopped_at.map(Timestamp::from_system_time),
            execution_stopped_at: if task_stopped { self.execution_stopped_at.map(Timestamp::from_system_time) } else { None },
        }
    }

    fn report_health(&mut self) {
        let health: Vec<ContainerHealth> = self
            .containers
            .iter()
            .filter(|container| container.plan.as_ref().is_some_and(|plan| plan.spec.health_check.is_some()) && container.started)
            .map(|container| ContainerHealth {
                container_name: container.name.clone(),
                health_status: match container.status.as_ref().and_then(|status| status.health) {
                    Some(HealthState::Healthy) => "HEALTHY",
                    Some(HealthState::Unhealthy) => "UNHEALTHY",
                    _ => "UNKNOWN",
                }
                .to_owned(),
            })
            .collect();
        if health.is_empty() || health == self.last_health {
            return;
        }
        self.last_health = health.clone();
        self.context.reporter.submit(
            &self.task_arn,
            Report::Health(SubmitTaskHealthRequest {
                cluster: self.context.options.cluster.clone(),
                task: self.task_arn.clone(),
                containers: health,
            }),
        );
    }

    /// Shows the task's current state on the metadata endpoint.
    fn publish(&self) {
        let (Some(plan), Some(assigned)) = (&self.plan, &self.assigned) else { return };
        let task = &assigned.task;
        let desired_status = if self.desired == Desired::Stopped { "STOPPED" } else { "RUNNING" };
        let network_mode = wire_name(&plan.network_mode);
        let awsvpc = match (&plan.awsvpc_address, &self.context.awsvpc_network) {
            (Some(address), Some(network)) => {
                Some(AwsvpcView { address: address.clone(), subnet: network.subnet.clone(), gateway: network.gateway.clone() })
            }
            _ => None,
        };
        let containers = self
            .containers
            .iter()
            .filter_map(|container| {
                let container_plan = container.plan.as_ref()?;
                let status = container.status.as_ref();
                let known_status = match container.phase {
                    Phase::Pending => "PENDING",
                    Phase::Created => "CREATED",
                    Phase::Running => "RUNNING",
                    Phase::Stopped => "STOPPED",
                };
                let ports = match plan.network_mode {
                    NetworkMode::Host => container_plan
                        .port_mappings
                        .iter()
                        .map(|(port, protocol)| (*port, protocol.as_str(), "0.0.0.0".to_owned(), *port))
                        .collect(),
                    _ => status
                        .map(|status| {
                            status
                                .ports
                                .iter()
                                .map(|port| (port.container_port, port.protocol.as_str(), port.host_ip.clone(), port.host_port))
                                .collect()
                        })
                        .unwrap_or_default(),
                };
                let ipv4_addresses = match (&plan.awsvpc_address, status) {
                    (Some(address), _) => vec![address.clone()],
                    (None, Some(status)) => status.network_addresses.values().cloned().collect(),
                    (None, None) => Vec::new(),
                };
                Some(ContainerView {
                    name: container.name.clone(),
                    token: container_plan.metadata_token.clone(),
                    container_arn: task
                        .containers
                        .as_deref()
                        .unwrap_or_default()
                        .iter()
                        .find(|candidate| candidate.name.as_deref() == Some(&container.name))
                        .and_then(|candidate| candidate.container_arn.clone()),
                    docker_id: container.id.clone(),
                    docker_name: container_plan.spec.name.clone(),
                    image: container_plan.spec.image.clone(),
                    image_id: status.and_then(|status| status.image_id.clone()),
                    labels: container_plan.spec.labels.clone(),
                    desired_status: desired_status.to_owned(),
                    known_status: known_status.to_owned(),
                    exit_code: container.exit_code,
                    cpu_units: container_plan.cpu_units,
                    memory_mib: container_plan.memory_mib,
                    created_at: status.and_then(|status| status.created_at),
                    started_at: status.and_then(|status| status.started_at),
                    finished_at: status.and_then(|status| status.finished_at),
                    ports,
                    ipv4_addresses,
                    health: status.and_then(|status| status.health),
                })
            })
            .collect();
        self.context.metadata.publish(TaskView {
            cluster: task.cluster_arn.clone().unwrap_or_else(|| self.context.options.cluster.clone()),
            task_arn: self.task_arn.clone(),
            family: plan.family.clone(),
            revision: plan.revision.to_string(),
            desired_status: desired_status.to_owned(),
            known_status: self.known.as_str().to_owned(),
            cpu_units: plan.cpu_units,
            memory_mib: plan.memory_mib,
            pull_started_at: self.pull_started_at,
            pull_stopped_at: self.pull_stopped_at,
            execution_stopped_at: self.execution_stopped_at,
            availability_zone: self.context.options.availability_zone.clone(),
            service_name: task.group.as_deref().and_then(|group| group.strip_prefix("service:")).map(str::to_owned),
            network_mode,
            awsvpc,
            containers,
        });
    }
}

fn truncated(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => text[..end].to_owned(),
        None => text.to_owned(),
    }
}

/// How ECS reports a running container's ports: as the engine published them in bridge mode, as
/// declared in host mode; `awsvpc` tasks are reached at their own address instead.
fn network_bindings(network_mode: NetworkMode, container: &ContainerRun) -> Vec<NetworkBinding> {
    let protocol = |protocol: PortProtocol| match protocol {
        PortProtocol::Tcp => TransportProtocol::Tcp,
        PortProtocol::Udp => TransportProtocol::Udp,
    };
    match network_mode {
        NetworkMode::Bridge => container
            .status
            .as_ref()
            .map(|status| {
                status
                    .ports
                    .iter()
                    .map(|port| NetworkBinding {
                        bind_ip: Some(port.host_ip.clone()),
                        container_port: Some(i32::from(port.container_port)),
                        host_port: Some(i32::from(port.host_port)),
                        protocol: Some(protocol(port.protocol)),
                        ..Default::default()
                    })
                    .collect()
            })
            .unwrap_or_default(),
        NetworkMode::Host => container
            .plan
            .as_ref()
            .map(|plan| {
                plan.port_mappings
                    .iter()
                    .map(|(port, port_protocol)| NetworkBinding {
                        bind_ip: Some("0.0.0.0".into()),
                        container_port: Some(i32::from(*port)),
                        host_port: Some(i32::from(*port)),
                        protocol: Some(protocol(*port_protocol)),
                        ..Default::default()
                    })
                    .collect()
            })
            .unwrap_or_default(),
        NetworkMode::Awsvpc | NetworkMode::None => Vec::new(),
    }
}

/// The engine's own words, without our wrapping, for the reasons ECS shows users.
fn engine_message(error: &EngineError) -> String {
    match error {
        EngineError::PullFailed { detail, .. } | EngineError::ImageNotFound { detail, .. } => detail.clone(),
        EngineError::Conflict { detail } | EngineError::Refused { detail } => detail.clone(),
        other => other.to_string(),
    }
}

/// Makes `image` available per the pull behaviour. Returns the failure message, if any, and
/// whether a pull was attempted.
async fn pull_image(context: &AgentContext, image: &str) -> (Result<(), String>, bool) {
    let engine = &context.engine;
    let present = || async { engine.image_present(image).await.unwrap_or(false) };
    let behavior = context.options.image_pull_behavior;
    match behavior {
        ImagePullBehavior::PreferCached if present().await => return (Ok(()), false),
        ImagePullBehavior::Once if context.pulled_images.lock().contains(image) && present().await => return (Ok(()), false),
        _ => {}
    }
    match engine.pull_image(image, None).await {
        Ok(()) => {
            context.pulled_images.lock().insert(image.to_owned());
            (Ok(()), true)
        }
        Err(error) if behavior == ImagePullBehavior::Default && present().await => {
            tracing::info!(%image, error = %engine_message(&error), "pull failed; using the cached image");
            (Ok(()), true)
        }
        Err(error) => (Err(engine_message(&error)), true),
    }
}

/// Creates (unless `existing_id`) and starts one container, and says how it is now. A name
/// conflict means an earlier agent made it: that container is taken over, and never started a
/// second time. Failures come with the id of whatever was created, for cleanup.
async fn create_and_start(
    context: &AgentContext,
    task_arn: &str,
    spec: &ContainerSpec,
    existing_id: Option<String>,
) -> Result<(String, Option<ContainerStatus>), (Option<String>, String)> {
    let engine = &context.engine;
    let id = match existing_id {
        Some(id) => id,
        None => match engine.create_container(spec).await {
            Ok(id) => id,
            Err(EngineError::Conflict { detail }) => {
                let container_name = spec.labels.get(labels::CONTAINER_NAME).cloned().unwrap_or_default();
                let selector = vec![
                    (labels::CONTAINER_INSTANCE_ARN.to_owned(), context.container_instance_arn.clone()),
                    (labels::TASK_ARN.to_owned(), task_arn.to_owned()),
                    (labels::CONTAINER_NAME.to_owned(), container_name),
                ];
                let found = engine
                    .list_containers(&selector)
                    .await
                    .ok()
                    .and_then(|list| list.into_iter().find(|status| status.name.trim_start_matches('/') == spec.name));
                let Some(existing) = found else {
                    return Err((None, format!("CannotCreateContainerError: {detail}")));
                };
                tracing::info!(task = %task_arn, container = %spec.name, "the container already exists; taking it over");
                if existing.state != ContainerState::Created {
                    let status = engine.inspect_container(&existing.id).await.ok().flatten().or(Some(existing.clone()));
                    return Ok((existing.id, status));
                }
                existing.id
            }
            Err(error) => return Err((None, format!("CannotCreateContainerError: {}", engine_message(&error)))),
        },
    };
    if let Err(error) = engine.start_container(&id).await {
        return Err((Some(id), format!("CannotStartContainerError: {}", engine_message(&error))));
    }
    let status = engine.inspect_container(&id).await.ok().flatten();
    Ok((id, status))
}

/// Stops one container (SIGTERM, SIGKILL after `timeout`), retrying while the engine is
/// unreachable, and reads back how it ended.
async fn stop_container(engine: Arc<dyn ContainerEngine>, id: String, timeout: Duration) -> Result<Option<ContainerStatus>, EngineError> {
    let mut backoff = Backoff::channel();
    let mut attempt = 1;
    loop {
        match engine.stop_container(&id, timeout).await {
            Ok(()) | Err(EngineError::ContainerNotFound { .. }) => break,
            Err(error) if attempt < STOP_ATTEMPTS => {
                tracing::debug!(container = %id, %error, "stopping failed; retrying");
                attempt += 1;
                tokio::time::sleep(backoff.next_delay()).await;
            }
            Err(error) => return Err(error),
        }
    }
    engine.inspect_container(&id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_trimmed_on_character_boundaries() {
        assert_eq!(truncated("short", 255), "short");
        assert_eq!(truncated("ééé", 2), "éé");
        assert_eq!(truncated(&"x".repeat(300), MAX_CONTAINER_REASON_CHARS).len(), 255);
    }
}
