//! Container engines behind one trait. The agent says what it wants in engine-neutral terms
//! (`ContainerSpec`) and reads back what the engine did (`ContainerStatus`); `DockerEngine` speaks
//! the Docker Engine API (dockerd, or Podman's compatible socket through `DOCKER_HOST`) and
//! `FakeEngine` keeps containers in memory for tests and scale benchmarks — never the default.
//!
//! Nothing here knows ECS: translating task definitions into specs is the agent's job.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use futures::stream::BoxStream;

mod docker;
mod fake;

pub use docker::DockerEngine;
pub use fake::{FakeEngine, FakeVolume};

/// What the engine is and what the machine under it offers.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineInfo {
    /// e.g. "Docker Engine 20.10.24"
    pub description: String,
    /// The API version negotiated with the engine, e.g. "1.41".
    pub api_version: String,
    pub cpus: u32,
    pub memory_bytes: u64,
    /// "linux"
    pub os: String,
    /// The engine's architecture as Go names it: "amd64", "arm64".
    pub architecture: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PortProtocol {
    Tcp,
    Udp,
}

impl PortProtocol {
    pub fn as_str(self) -> &'static str {
        match self {
            PortProtocol::Tcp => "tcp",
            PortProtocol::Udp => "udp",
        }
    }
}

/// A container port published on the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortBinding {
    pub container_port: u16,
    pub protocol: PortProtocol,
    /// `None` lets the engine choose a free host port (ECS's dynamic host port).
    pub host_port: Option<u16>,
    /// The host address to publish on; the agent passes 127.0.0.1 unless configured otherwise.
    pub host_ip: String,
}

/// A port as the engine actually published it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundPort {
    pub container_port: u16,
    pub protocol: PortProtocol,
    pub host_ip: String,
    pub host_port: u16,
}

/// Which network the container joins.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum NetworkAttachment {
    /// The engine's default bridge (`bridge` network mode).
    #[default]
    DefaultBridge,
    /// The host's network stack (`host` network mode).
    Host,
    /// A loopback interface only (`none` network mode).
    None,
    /// A named user-defined network, with a fixed IPv4 address when given (`awsvpc`).
    Network { name: String, ipv4_address: Option<String> },
    /// Share another container's network namespace (the other containers of an awsvpc task
    /// join the first one's), by container id.
    Container { id: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountSource {
    /// A path on the host.
    HostPath(String),
    /// A named engine volume, created if missing.
    Volume(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    pub source: MountSource,
    pub target: String,
    pub read_only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ulimit {
    pub name: String,
    pub soft: i64,
    pub hard: i64,
}

/// The engine's health check, in its own terms (`test` as Docker takes it: `["CMD-SHELL", "..."]`
/// or `["CMD", ...]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthCheck {
    pub test: Vec<String>,
    pub interval: Duration,
    pub timeout: Duration,
    pub retries: u32,
    pub start_period: Duration,
}

/// Everything needed to create one container.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerSpec {
    /// The engine's container name; unique on the engine.
    pub name: String,
    pub image: String,
    pub entry_point: Option<Vec<String>>,
    pub command: Option<Vec<String>>,
    pub environment: Vec<(String, String)>,
    pub working_directory: Option<String>,
    pub user: Option<String>,
    pub hostname: Option<String>,
    /// Ferry's identity labels (task, container, instance) plus the user's `dockerLabels`.
    pub labels: BTreeMap<String, String>,
    /// Relative CPU weight (Docker's `CpuShares`); `None` leaves the engine's default.
    pub cpu_shares: Option<u64>,
    /// Hard memory limit.
    pub memory_limit_bytes: Option<i64>,
    /// Soft memory limit (Docker's `MemoryReservation`).
    pub memory_reservation_bytes: Option<i64>,
    pub ulimits: Vec<Ulimit>,
    /// Run an init process as PID 1 (Docker's `--init`).
    pub init_process: bool,
    pub network: NetworkAttachment,
    pub port_bindings: Vec<PortBinding>,
    pub mounts: Vec<Mount>,
    pub health_check: Option<HealthCheck>,
    /// Extra `/etc/hosts` entries as `name:address`.
    pub extra_hosts: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContainerState {
    Created,
    Running,
    Paused,
    Restarting,
    Removing,
    Exited,
    Dead,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HealthState {
    Starting,
    Healthy,
    Unhealthy,
}

/// What the engine reports about one container.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerStatus {
    pub id: String,
    pub name: String,
    pub image: String,
    /// The image's content id (`sha256:...`), when known.
    pub image_id: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub state: ContainerState,
    /// Set once the container has exited.
    pub exit_code: Option<i64>,
    /// The engine's error text when it could not start or run the container.
    pub error: Option<String>,
    pub oom_killed: bool,
    pub created_at: Option<SystemTime>,
    pub started_at: Option<SystemTime>,
    pub finished_at: Option<SystemTime>,
    /// `None` when the container has no health check.
    pub health: Option<HealthState>,
    pub ports: Vec<BoundPort>,
    /// IPv4 address on each network the container joined, by network name.
    pub network_addresses: BTreeMap<String, String>,
}

/// Something that happened to a container, as the engine's event stream tells it. Consumers
/// re-inspect the container rather than trusting the event's details: events are wake-ups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineEvent {
    pub container_id: String,
    pub kind: EngineEventKind,
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineEventKind {
    Created,
    Started,
    Died,
    HealthChanged,
    OutOfMemory,
    Destroyed,
}

/// Registry credentials for one pull.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryAuth {
    pub username: String,
    pub password: String,
    pub server_address: String,
}

/// A user-defined bridge network, as the engine reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkInfo {
    pub name: String,
    pub id: String,
    pub subnet: String,
    pub gateway: String,
}

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The engine does not answer at all (no socket, refused, timed out).
    #[error("the container engine at {endpoint} does not answer: {detail}")]
    Unavailable { endpoint: String, detail: String },
    #[error("no such container: {id}")]
    ContainerNotFound { id: String },
    #[error("the image {image} is not on this machine and could not be pulled: {detail}")]
    ImageNotFound { image: String, detail: String },
    #[error("pulling {image} failed: {detail}")]
    PullFailed { image: String, detail: String },
    /// A name or address already taken.
    #[error("conflict: {detail}")]
    Conflict { detail: String },
    /// The engine refused the request (bad spec, port in use, ...): `detail` is its message.
    #[error("the container engine refused: {detail}")]
    Refused { detail: String },
}

/// A container engine. Every call is one request to the engine; nothing is cached here.
#[async_trait::async_trait]
pub trait ContainerEngine: Send + Sync + 'static {
    async fn info(&self) -> Result<EngineInfo, EngineError>;
    async fn image_present(&self, image: &str) -> Result<bool, EngineError>;
    /// Pulls `image`; returns when the pull has completed.
    async fn pull_image(&self, image: &str, auth: Option<&RegistryAuth>) -> Result<(), EngineError>;
    /// Creates (does not start) a container; returns its id.
    async fn create_container(&self, spec: &ContainerSpec) -> Result<String, EngineError>;
    async fn start_container(&self, id: &str) -> Result<(), EngineError>;
    /// Sends SIGTERM, then SIGKILL after `timeout`; returns once the container has stopped.
    /// Stopping a container that is not running is not an error.
    async fn stop_container(&self, id: &str, timeout: Duration) -> Result<(), EngineError>;
    /// Removes a stopped container (and its anonymous volumes). Removing one that is gone is not
    /// an error.
    async fn remove_container(&self, id: &str) -> Result<(), EngineError>;
    /// `None` when the container does not exist.
    async fn inspect_container(&self, id: &str) -> Result<Option<ContainerStatus>, EngineError>;
    /// Every container, running or not, carrying all of `labels` (`key=value` each). This is the
    /// engine's summary: start and finish times, `error` and `oom_killed` are only filled by
    /// `inspect_container`, and Docker shows health only while a container runs.
    async fn list_containers(&self, labels: &[(String, String)]) -> Result<Vec<ContainerStatus>, EngineError>;
    /// One sample of the engine's statistics for a container, as the Docker Engine API's
    /// `/containers/{id}/stats?stream=false` returns it (the task metadata endpoint serves it).
    async fn container_stats(&self, id: &str) -> Result<Option<serde_json::Value>, EngineError>;
    /// A network by name (`bridge` is the engine's default one); `None` when it does not exist.
    async fn network_info(&self, name: &str) -> Result<Option<NetworkInfo>, EngineError>;
    /// Makes sure a user-defined bridge network `name` with `subnet` exists; returns it.
    async fn ensure_network(&self, name: &str, subnet: &str) -> Result<NetworkInfo, EngineError>;
    /// Makes sure the named volume `name` exists, creating it with `driver` (the engine's default,
    /// `local`, when `None`), `driver_opts` and `labels` when it does not. An existing volume is
    /// left as it is, as `docker volume create` does: its options and labels are not compared, but
    /// a `driver` other than the one it was made with is refused (`Conflict` on dockerd), as is a
    /// driver the engine does not have. (Mounting a missing volume creates it too, with the
    /// default driver and no labels.)
    async fn ensure_volume(
        &self,
        name: &str,
        driver: Option<&str>,
        driver_opts: &BTreeMap<String, String>,
        labels: &BTreeMap<String, String>,
    ) -> Result<(), EngineError>;
    /// Removes the named volume `name` and its data. A missing volume is not an error; one that a
    /// container still uses, running or not, is a `Conflict`.
    async fn remove_volume(&self, name: &str) -> Result<(), EngineError>;
    /// Container events for containers carrying all of `labels`, from now on. The stream ends
    /// (or yields an error) when the engine goes away; callers reconnect and re-list.
    fn events(&self, labels: &[(String, String)]) -> BoxStream<'static, Result<EngineEvent, EngineError>>;
}
