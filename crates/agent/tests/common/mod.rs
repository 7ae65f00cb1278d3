//! Test support: a control plane kept in memory that long-polls like the real one, records
//! everything the agent submits, and can be made to fail; plus builders for assigned tasks and a
//! harness that runs an agent against a `FakeEngine`.

#![allow(dead_code)]

use std::future::Future;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ferry_agent::{AgentError, AgentOptions, ControlPlane, ControlPlaneError, run_agent_with_registration};
use ferry_ecs::agent_channel::{AssignedTask, PollTasksRequest, PollTasksResponse, SubmitTaskHealthRequest, SubmitTaskHealthResponse};
use ferry_ecs::generated::{
    ContainerDefinition, ContainerInstance, RegisterContainerInstanceRequest, RegisterContainerInstanceResponse,
    SubmitTaskStateChangeRequest, SubmitTaskStateChangeResponse, Task, TaskDefinition,
};
use ferry_engine::{ContainerEngine, ContainerStatus, FakeEngine};
use tokio::sync::{oneshot, watch};

pub const IMAGE: &str = "ferry-test/busybox:latest";
pub const CLUSTER_ARN: &str = "arn:aws:ecs:us-east-1:000000000000:cluster/default";

#[derive(Default)]
struct State {
    revision: u64,
    next_instance: u32,
    instance_status: String,
    tasks: Vec<AssignedTask>,
    registrations: Vec<RegisterContainerInstanceRequest>,
    state_changes: Vec<SubmitTaskStateChangeRequest>,
    health: Vec<SubmitTaskHealthRequest>,
    /// State changes to answer with a 500 before accepting any.
    failing_state_changes: u32,
    /// Attempts made, failed or not.
    state_change_attempts: u32,
    unreachable: bool,
    polls: u32,
}

/// The control plane, as far as the agent can tell.
#[derive(Clone)]
pub struct FakeControlPlane {
    state: Arc<Mutex<State>>,
    revision: watch::Sender<u64>,
}

impl FakeControlPlane {
    pub fn new() -> FakeControlPlane {
        FakeControlPlane {
            state: Arc::new(Mutex::new(State { revision: 1, instance_status: "ACTIVE".into(), ..Default::default() })),
            revision: watch::channel(1).0,
        }
    }

    /// A control plane whose instance ARNs do not collide with another fake's.
    pub fn numbering_instances_from(first: u32) -> FakeControlPlane {
        let control_plane = FakeControlPlane::new();
        control_plane.state.lock().unwrap().next_instance = first - 1;
        control_plane
    }

    fn change(&self, change: impl FnOnce(&mut State)) {
        let revision = {
            let mut state = self.state.lock().unwrap();
            change(&mut state);
            state.revision += 1;
            state.revision
        };
        self.revision.send_replace(revision);
    }

    pub fn assign(&self, task: AssignedTask) {
        self.change(|state| state.tasks.push(task));
    }

    /// StopTask: the task's desired status becomes STOPPED.
    pub fn stop_task(&self, task_arn: &str) {
        self.change(|state| {
            for assigned in &mut state.tasks {
                if assigned.task.task_arn.as_deref() == Some(task_arn) {
                    assigned.task.desired_status = Some("STOPPED".into());
                    assigned.task.stopped_reason = Some("Task stopped by user".into());
                }
            }
        });
    }

    pub fn deregister(&self) {
        self.change(|state| state.instance_status = "INACTIVE".into());
    }

    pub fn fail_state_changes(&self, count: u32) {
        self.state.lock().unwrap().failing_state_changes = count;
    }

    pub fn set_unreachable(&self, unreachable: bool) {
        self.state.lock().unwrap().unreachable = unreachable;
    }

    pub fn registrations(&self) -> Vec<RegisterContainerInstanceRequest> {
        self.state.lock().unwrap().registrations.clone()
    }

    pub fn state_changes(&self) -> Vec<SubmitTaskStateChangeRequest> {
        self.state.lock().unwrap().state_changes.clone()
    }

    pub fn state_change_attempts(&self) -> u32 {
        self.state.lock().unwrap().state_change_attempts
    }

    pub fn polls(&self) -> u32 {
        self.state.lock().unwrap().polls
    }

    pub fn health(&self) -> Vec<SubmitTaskHealthRequest> {
        self.state.lock().unwrap().health.clone()
    }

    /// The state changes acknowledged for one task with `status`.
    pub fn changes_for(&self, task_arn: &str, status: &str) -> Vec<SubmitTaskStateChangeRequest> {
        self.state_changes()
            .into_iter()
            .filter(|change| change.task.as_deref() == Some(task_arn) && change.status.as_deref() == Some(status))
            .collect()
    }

    /// Still listed on the channel (not yet reported STOPPED).
    pub fn is_listed(&self, task_arn: &str) -> bool {
        self.state.lock().unwrap().tasks.iter().any(|assigned| assigned.task.task_arn.as_deref() == Some(task_arn))
    }
}

#[async_trait::async_trait]
impl ControlPlane for FakeControlPlane {
    async fn register_container_instance(
        &self,
        request: RegisterContainerInstanceRequest,
    ) -> Result<RegisterContainerInstanceResponse, ControlPlaneError> {
        let mut state = self.state.lock().unwrap();
        if state.unreachable {
            return Err(ControlPlaneError::Transport("connection refused".into()));
        }
        state.registrations.push(request.clone());
        let arn = match request.container_instance_arn {
            Some(arn) => arn,
            None => {
                state.next_instance += 1;
                format!("arn:aws:ecs:us-east-1:000000000000:container-instance/default/{:032x}", state.next_instance)
            }
        };
        state.instance_status = "ACTIVE".into();
        Ok(RegisterContainerInstanceResponse {
            container_instance: Some(ContainerInstance { container_instance_arn: Some(arn), ..Default::default() }),
        })
    }

    async fn poll_tasks(&self, request: PollTasksRequest) -> Result<PollTasksResponse, ControlPlaneError> {
        let mut revisions = self.revision.subscribe();
        {
            let mut state = self.state.lock().unwrap();
            if state.unreachable {
                return Err(ControlPlaneError::Transport("connection refused".into()));
            }
            state.polls += 1;
        }
        if request.after_revision == *revisions.borrow_and_update() {
            let wait = Duration::from_secs(u64::from(request.wait_seconds.unwrap_or(20)));
            let _ = tokio::time::timeout(wait, revisions.changed()).await;
        }
        let state = self.state.lock().unwrap();
        if state.unreachable {
            return Err(ControlPlaneError::Transport("connection reset".into()));
        }
        Ok(PollTasksResponse {
            revision: state.revision,
            container_instance_status: state.instance_status.clone(),
            tasks: state.tasks.clone(),
        })
    }

    async fn submit_task_state_change(
        &self,
        request: SubmitTaskStateChangeRequest,
    ) -> Result<SubmitTaskStateChangeResponse, ControlPlaneError> {
        {
            let mut state = self.state.lock().unwrap();
            state.state_change_attempts += 1;
            if state.unreachable {
                return Err(ControlPlaneError::Transport("connection refused".into()));
            }
            if state.failing_state_changes > 0 {
                state.failing_state_changes -= 1;
                return Err(ControlPlaneError::Service { status: 500, code: "ServerException".into(), message: "try again".into() });
            }
            let task_arn = request.task.clone().unwrap_or_default();
            if !state.tasks.iter().any(|assigned| assigned.task.task_arn.as_deref() == Some(&task_arn))
                && !state.state_changes.iter().any(|change| change.task.as_deref() == Some(&task_arn))
            {
                return Err(ControlPlaneError::Service {
                    status: 400,
                    code: "InvalidParameterException".into(),
                    message: "unknown task".into(),
                });
            }
            state.state_changes.push(request.clone());
        }
        if request.status.as_deref() == Some("STOPPED") {
            let task_arn = request.task.clone();
            self.change(|state| state.tasks.retain(|assigned| assigned.task.task_arn != task_arn));
        }
        Ok(SubmitTaskStateChangeResponse { acknowledgment: Some("ACK".into()) })
    }

    async fn submit_task_health(&self, request: SubmitTaskHealthRequest) -> Result<SubmitTaskHealthResponse, ControlPlaneError> {
        let mut state = self.state.lock().unwrap();
        if state.unreachable {
            return Err(ControlPlaneError::Transport("connection refused".into()));
        }
        state.health.push(request);
        Ok(SubmitTaskHealthResponse { acknowledgment: "ACK".into() })
    }
}

/// Task ids differ in their first 20 hex digits, as random ones do: engine names use those.
pub fn task_id(number: u32) -> String {
    format!("{number:020x}{number:012x}")
}

pub fn task_arn(number: u32) -> String {
    format!("arn:aws:ecs:us-east-1:000000000000:task/default/{}", task_id(number))
}

/// Logs to the test's output when `FERRY_TEST_LOG` is set.
pub fn init_logging() {
    if let Ok(filter) = std::env::var("FERRY_TEST_LOG") {
        let _ = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::new(filter)).with_test_writer().try_init();
    }
}

pub fn container(name: &str) -> ContainerDefinition {
    ContainerDefinition { name: Some(name.into()), image: Some(IMAGE.into()), ..Default::default() }
}

pub fn assigned(number: u32, containers: Vec<ContainerDefinition>) -> AssignedTask {
    let task_arn = task_arn(number);
    AssignedTask {
        task: Task {
            task_arn: Some(task_arn),
            cluster_arn: Some(CLUSTER_ARN.into()),
            desired_status: Some("RUNNING".into()),
            last_status: Some("PENDING".into()),
            ..Default::default()
        },
        task_definition: TaskDefinition {
            family: Some("web".into()),
            revision: Some(1),
            container_definitions: Some(containers),
            ..Default::default()
        },
    }
}

pub fn options(data_dir: &Path) -> AgentOptions {
    let mut options = AgentOptions::new("default", data_dir, "us-east-1");
    options.metadata_port = 0;
    options
}

/// One agent running in the background.
pub struct RunningAgent {
    shutdown: Option<oneshot::Sender<()>>,
    handle: tokio::task::JoinHandle<Result<(), AgentError>>,
    pub container_instance_arn: String,
}

impl RunningAgent {
    pub async fn start(options: AgentOptions, engine: &FakeEngine, control_plane: &FakeControlPlane) -> RunningAgent {
        init_logging();
        let (shutdown_sender, shutdown) = oneshot::channel::<()>();
        let (registered_sender, registered) = oneshot::channel();
        let engine: Arc<dyn ContainerEngine> = Arc::new(engine.clone());
        let control_plane: Arc<dyn ControlPlane> = Arc::new(control_plane.clone());
        let handle = tokio::spawn(run_agent_with_registration(
            options,
            engine,
            control_plane,
            async move {
                let _ = shutdown.await;
            },
            registered_sender,
        ));
        let container_instance_arn = tokio::time::timeout(Duration::from_secs(10), registered)
            .await
            .expect("the agent registers within 10 s")
            .expect("the agent registers");
        RunningAgent { shutdown: Some(shutdown_sender), handle, container_instance_arn }
    }

    pub async fn stop(mut self) -> Result<(), AgentError> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        tokio::time::timeout(Duration::from_secs(10), &mut self.handle).await.expect("the agent stops within 10 s").expect("the agent task")
    }

    /// Waits for the agent to end by itself.
    pub async fn finished(mut self) -> Result<(), AgentError> {
        tokio::time::timeout(Duration::from_secs(10), &mut self.handle).await.expect("the agent ends within 10 s").expect("the agent task")
    }
}

/// Polls `condition` until it holds, failing the test after 10 s with `what`.
pub async fn eventually<T>(what: &str, mut condition: impl FnMut() -> Option<T>) -> T {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(value) = condition() {
            return value;
        }
        if tokio::time::Instant::now() > deadline {
            panic!("timed out waiting for: {what}");
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Like `eventually`, for conditions that need the (async) engine.
pub async fn eventually_async<T, F: Future<Output = Option<T>>>(what: &str, mut condition: impl FnMut() -> F) -> T {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(value) = condition().await {
            return value;
        }
        if tokio::time::Instant::now() > deadline {
            panic!("timed out waiting for: {what}");
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The engine's containers of one task, by ECS container name.
pub async fn containers_of(engine: &FakeEngine, task_arn: &str) -> std::collections::BTreeMap<String, ContainerStatus> {
    engine
        .list_containers(&[("com.amazonaws.ecs.task-arn".to_string(), task_arn.to_string())])
        .await
        .unwrap()
        .into_iter()
        .map(|status| (status.labels["com.amazonaws.ecs.container-name"].clone(), status))
        .collect()
}

/// Waits for the task's container `name` to exist (and run, if `running`), returning it.
pub async fn wait_for_container(engine: &FakeEngine, task_arn: &str, name: &str) -> ContainerStatus {
    eventually_async(&format!("container {name} of {task_arn} running"), || async {
        containers_of(engine, task_arn).await.remove(name).filter(|status| status.state == ferry_engine::ContainerState::Running)
    })
    .await
}

pub fn engine_with_image() -> FakeEngine {
    let engine = FakeEngine::new();
    engine.add_image(IMAGE);
    engine
}
