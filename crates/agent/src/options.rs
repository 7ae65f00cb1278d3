//! The agent's configuration: what the `ferry agent` command line and `ferry up` set, with the
//! defaults the Amazon ECS container agent uses where it has one.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// The default port of the task metadata endpoint (the ECS agent's, too).
pub const DEFAULT_METADATA_PORT: u16 = 51679;
/// The memory kept back for the machine and the agent, in MiB.
pub const DEFAULT_MEMORY_RESERVE_MIB: i32 = 256;
pub const DEFAULT_INSTANCE_TYPE: &str = "ferry.local";
pub const DEFAULT_HOST_PORT_ADDRESS: &str = "127.0.0.1";
pub const DEFAULT_AWSVPC_SUBNET: &str = "10.213.0.0/24";
/// ECS's `ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION` is three hours; Ferry runs on developer machines
/// too, where stopped containers should not pile up for that long.
pub const DEFAULT_TASK_CLEANUP_WAIT: Duration = Duration::from_secs(10 * 60);

#[derive(Debug, Clone, PartialEq)]
pub struct AgentOptions {
    /// The cluster's name or ARN.
    pub cluster: String,
    /// Where the agent keeps its state: `agent-state.json` (the container instance ARN), the lock
    /// file, the metadata secret, and task scratch volumes under `tasks/`.
    pub data_dir: PathBuf,
    /// CPU units to register; `None`: the engine's CPUs × 1024.
    pub cpu_units: Option<i32>,
    /// Memory to register in MiB; `None`: the engine's memory less `memory_reserve_mib`.
    pub memory_mib: Option<i32>,
    pub memory_reserve_mib: i32,
    /// User attributes (`--attribute key=value`), registered beside the agent's own.
    pub attributes: Vec<(String, String)>,
    pub instance_type: String,
    pub availability_zone: String,
    pub image_pull_behavior: ImagePullBehavior,
    /// The host address published container ports bind to.
    pub host_port_address: String,
    /// The subnet of the agent's `awsvpc` bridge network, advertised as `ferry.awsvpc-subnet` so
    /// the control plane can hand out addresses from it.
    pub awsvpc_subnet: String,
    /// The task metadata endpoint's port; 0 picks any free port.
    pub metadata_port: u16,
    /// How long the containers of a stopped task stay on the engine before they are removed.
    pub task_cleanup_wait: Duration,
    /// The agent's own port, reserved on the instance when set.
    pub agent_port: Option<u16>,
}

impl AgentOptions {
    /// Options with every default filled in; the availability zone is `<region>a`, as a single
    /// machine would be placed in the first zone of its region.
    pub fn new(cluster: impl Into<String>, data_dir: impl Into<PathBuf>, region: &str) -> AgentOptions {
        AgentOptions {
            cluster: cluster.into(),
            data_dir: data_dir.into(),
            cpu_units: None,
            memory_mib: None,
            memory_reserve_mib: DEFAULT_MEMORY_RESERVE_MIB,
            attributes: Vec::new(),
            instance_type: DEFAULT_INSTANCE_TYPE.to_owned(),
            availability_zone: format!("{region}a"),
            image_pull_behavior: ImagePullBehavior::Default,
            host_port_address: DEFAULT_HOST_PORT_ADDRESS.to_owned(),
            awsvpc_subnet: DEFAULT_AWSVPC_SUBNET.to_owned(),
            metadata_port: DEFAULT_METADATA_PORT,
            task_cleanup_wait: DEFAULT_TASK_CLEANUP_WAIT,
            agent_port: None,
        }
    }

    /// The name of the agent's `awsvpc` bridge network: `ferry-awsvpc-10.213.0.0-24` for the
    /// default subnet (engines refuse `/` in names).
    pub fn awsvpc_network_name(&self) -> String {
        format!("ferry-awsvpc-{}", self.awsvpc_subnet.replace('/', "-"))
    }
}

/// When images are pulled, as `ECS_IMAGE_PULL_BEHAVIOR` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImagePullBehavior {
    /// Pull; when the pull fails, use the cached image if there is one.
    #[default]
    Default,
    /// Pull; a failed pull fails the task even when the image is cached.
    Always,
    /// Pull only if this agent has not pulled the image before (or it is gone from the engine).
    Once,
    /// Use the cached image when present; pull only when it is missing.
    PreferCached,
}

impl ImagePullBehavior {
    /// The `ECS_IMAGE_PULL_BEHAVIOR` spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ImagePullBehavior::Default => "default",
            ImagePullBehavior::Always => "always",
            ImagePullBehavior::Once => "once",
            ImagePullBehavior::PreferCached => "prefer-cached",
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown image pull behavior {0:?}: expected default, always, once or prefer-cached")]
pub struct ImagePullBehaviorParseError(String);

impl FromStr for ImagePullBehavior {
    type Err = ImagePullBehaviorParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.to_ascii_lowercase().as_str() {
            "default" => Ok(ImagePullBehavior::Default),
            "always" => Ok(ImagePullBehavior::Always),
            "once" => Ok(ImagePullBehavior::Once),
            "prefer-cached" | "prefer_cached" => Ok(ImagePullBehavior::PreferCached),
            _ => Err(ImagePullBehaviorParseError(text.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_region() {
        let options = AgentOptions::new("default", "/tmp/agent", "eu-west-1");
        assert_eq!(options.availability_zone, "eu-west-1a");
        assert_eq!(options.metadata_port, 51679);
        assert_eq!(options.memory_reserve_mib, 256);
        assert_eq!(options.awsvpc_network_name(), "ferry-awsvpc-10.213.0.0-24");
    }

    #[test]
    fn pull_behavior_parses_the_ecs_spellings() {
        for behavior in [ImagePullBehavior::Default, ImagePullBehavior::Always, ImagePullBehavior::Once, ImagePullBehavior::PreferCached] {
            assert_eq!(behavior.as_str().parse::<ImagePullBehavior>().unwrap(), behavior);
        }
        assert!("sometimes".parse::<ImagePullBehavior>().is_err());
    }
}
