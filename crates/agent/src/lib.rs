//! The Ferry agent: registers its machine as an ECS container instance of a cluster, learns the
//! tasks placed on it over the agent channel (`PollTasks`), runs them through a container engine,
//! reports what happens to them (`SubmitTaskStateChange`, `SubmitTaskHealth`) and serves the task
//! metadata endpoint to their containers — the job of the Amazon ECS container agent.
//!
//! The decisions are pure and tested on their own: `container_spec` (task definition → engine
//! specs), `reconcile` (desired vs. known tasks → actions), `ordering` (`dependsOn`). The effects
//! sit behind traits: the engine (`ferry_engine::ContainerEngine`) and the control plane
//! (`ControlPlane`).

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

use ferry_engine::ContainerEngine;

mod agent;
mod backoff;
pub mod container_spec;
pub mod control_plane;
pub mod labels;
pub mod metadata;
pub mod options;
pub mod ordering;
pub mod reconcile;
pub mod registration;
mod reporter;
pub mod state_file;
mod task_runner;

pub use control_plane::{ControlPlane, ControlPlaneError, HttpControlPlane, ServerUrlError};
pub use options::{AgentOptions, ImagePullBehavior};
pub use state_file::registered_container_instance_arn;
pub use task_runner::ESSENTIAL_CONTAINER_EXITED;

#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error(transparent)]
    StateFile(#[from] state_file::StateFileError),
    #[error("the data directory {path} is not usable: {detail}")]
    DataDir { path: PathBuf, detail: String },
    #[error("the task metadata endpoint cannot listen: {0}")]
    MetadataEndpoint(std::io::Error),
    #[error("registering the container instance failed: {0}")]
    Registration(ControlPlaneError),
    /// The control plane reports the instance `INACTIVE`: its tasks were stopped and the agent
    /// ended. The saved registration is removed, so the next start registers a new instance.
    #[error("the container instance {container_instance_arn} was deregistered")]
    Deregistered { container_instance_arn: String },
}

/// Runs the agent until `shutdown` completes (or the instance is deregistered). Running tasks are
/// left running at shutdown; the next agent on the same data directory adopts them.
pub async fn run_agent(
    options: AgentOptions,
    engine: Arc<dyn ContainerEngine>,
    control_plane: Arc<dyn ControlPlane>,
    shutdown: impl Future<Output = ()>,
) -> Result<(), AgentError> {
    agent::run(options, engine, control_plane, shutdown, None).await
}

/// `run_agent`, sending the container instance ARN on `registered` once registration succeeded.
pub async fn run_agent_with_registration(
    options: AgentOptions,
    engine: Arc<dyn ContainerEngine>,
    control_plane: Arc<dyn ControlPlane>,
    shutdown: impl Future<Output = ()>,
    registered: tokio::sync::oneshot::Sender<String>,
) -> Result<(), AgentError> {
    agent::run(options, engine, control_plane, shutdown, Some(registered)).await
}
