//! What the agent tells the control plane about its machine when it registers: resources,
//! versions and attributes, as the Amazon ECS container agent reports them. The request is built
//! by a pure function; `register` makes the call with retries.

use std::sync::Arc;

use ferry_ecs::generated::{Attribute, RegisterContainerInstanceRequest, Resource, VersionInfo};
use ferry_engine::EngineInfo;

use crate::backoff::Backoff;
use crate::control_plane::{ControlPlane, ControlPlaneError};
use crate::options::AgentOptions;

/// Ports ECS reserves on every instance: SSH, the Docker daemon's, the ECS agent's introspection.
const ALWAYS_RESERVED_PORTS: [u16; 4] = [22, 2375, 2376, 51678];
/// The oldest Docker Remote API the ECS agent advertises.
const OLDEST_DOCKER_API_MINOR: u32 = 17;
pub const AWSVPC_SUBNET_ATTRIBUTE: &str = "ferry.awsvpc-subnet";

/// What the agent found out about the machine before registering.
#[derive(Debug, Clone)]
pub struct MachineFacts<'a> {
    pub engine: &'a EngineInfo,
    /// The port the task metadata endpoint actually listens on.
    pub metadata_port: u16,
    /// Whether the `awsvpc` network exists, so `awsvpc` tasks can run here.
    pub awsvpc_available: bool,
}

pub fn registration_request(
    options: &AgentOptions,
    facts: &MachineFacts<'_>,
    existing_arn: Option<&str>,
) -> RegisterContainerInstanceRequest {
    let cpu = options.cpu_units.unwrap_or_else(|| i32::try_from(facts.engine.cpus.saturating_mul(1024)).unwrap_or(i32::MAX));
    let memory = options.memory_mib.unwrap_or_else(|| {
        let total_mib = i64::try_from(facts.engine.memory_bytes / (1024 * 1024)).unwrap_or(i64::MAX);
        i32::try_from((total_mib - i64::from(options.memory_reserve_mib)).max(0)).unwrap_or(i32::MAX)
    });
    let mut ports: Vec<u16> = ALWAYS_RESERVED_PORTS.to_vec();
    ports.push(facts.metadata_port);
    ports.extend(options.agent_port);
    ports.sort_unstable();
    ports.dedup();
    let total_resources = vec![
        Resource { name: Some("CPU".into()), r#type: Some("INTEGER".into()), integer_value: Some(cpu), ..Default::default() },
        Resource { name: Some("MEMORY".into()), r#type: Some("INTEGER".into()), integer_value: Some(memory), ..Default::default() },
        Resource {
            name: Some("PORTS".into()),
            r#type: Some("STRINGSET".into()),
            string_set_value: Some(ports.iter().map(u16::to_string).collect()),
            ..Default::default()
        },
        Resource {
            name: Some("PORTS_UDP".into()),
            r#type: Some("STRINGSET".into()),
            string_set_value: Some(Vec::new()),
            ..Default::default()
        },
    ];

    let mut attributes: Vec<(String, Option<String>)> = vec![
        ("ecs.os-type".into(), Some("linux".into())),
        ("ecs.os-family".into(), Some("LINUX".into())),
        ("ecs.cpu-architecture".into(), Some(cpu_architecture(&facts.engine.architecture))),
        ("ecs.instance-type".into(), Some(options.instance_type.clone())),
        ("ecs.availability-zone".into(), Some(options.availability_zone.clone())),
    ];
    for minor in OLDEST_DOCKER_API_MINOR..=docker_api_minor(&facts.engine.api_version).unwrap_or(OLDEST_DOCKER_API_MINOR) {
        attributes.push((format!("com.amazonaws.ecs.capability.docker-remote-api.1.{minor}"), None));
    }
    for capability in [
        "com.amazonaws.ecs.capability.logging-driver.json-file",
        "com.amazonaws.ecs.capability.logging-driver.none",
        "ecs.capability.container-health-check",
        "ecs.capability.container-ordering",
        "ecs.capability.task-cpu-mem-limit",
    ] {
        attributes.push((capability.into(), None));
    }
    if facts.awsvpc_available {
        attributes.push(("ecs.capability.task-eni".into(), None));
        attributes.push((AWSVPC_SUBNET_ATTRIBUTE.into(), Some(options.awsvpc_subnet.clone())));
    }
    for (name, value) in &options.attributes {
        // The user's value wins over the agent's for the same name, as ECS_INSTANCE_ATTRIBUTES does.
        attributes.retain(|(existing, _)| existing != name);
        attributes.push((name.clone(), Some(value.clone())));
    }

    RegisterContainerInstanceRequest {
        cluster: Some(options.cluster.clone()),
        total_resources: Some(total_resources),
        version_info: Some(VersionInfo {
            agent_version: Some(env!("CARGO_PKG_VERSION").into()),
            agent_hash: None,
            docker_version: Some(facts.engine.description.clone()),
        }),
        container_instance_arn: existing_arn.map(str::to_owned),
        attributes: Some(
            attributes.into_iter().map(|(name, value)| Attribute { name, value, target_type: None, target_id: None }).collect(),
        ),
        ..Default::default()
    }
}

/// ECS spells architectures as the kernel does, engines as Go does.
fn cpu_architecture(engine_architecture: &str) -> String {
    match engine_architecture {
        "amd64" | "x86_64" => "x86_64".into(),
        "arm64" | "aarch64" => "arm64".into(),
        other => other.into(),
    }
}

fn docker_api_minor(api_version: &str) -> Option<u32> {
    let (major, minor) = api_version.trim().split_once('.')?;
    (major == "1").then_some(())?;
    minor.parse().ok()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Registration {
    pub container_instance_arn: String,
    /// The instance the agent was registered as before, when the control plane no longer knew it
    /// and a new one had to be registered.
    pub abandoned_arn: Option<String>,
}

/// Registers, re-registering the known instance when there is one. Waits out an unreachable or
/// failing control plane; a refused re-registration (the control plane forgot the instance)
/// falls back to a new registration.
pub async fn register(
    control_plane: &Arc<dyn ControlPlane>,
    options: &AgentOptions,
    facts: &MachineFacts<'_>,
    existing_arn: Option<&str>,
) -> Result<Registration, ControlPlaneError> {
    let mut backoff = Backoff::channel();
    let mut existing_arn = existing_arn.map(str::to_owned);
    let mut abandoned_arn = None;
    loop {
        let request = registration_request(options, facts, existing_arn.as_deref());
        match control_plane.register_container_instance(request).await {
            Ok(response) => {
                let arn = response
                    .container_instance
                    .and_then(|instance| instance.container_instance_arn)
                    .ok_or_else(|| ControlPlaneError::Decode("RegisterContainerInstance answered without a containerInstanceArn".into()))?;
                return Ok(Registration { container_instance_arn: arn, abandoned_arn });
            }
            Err(error) if error.is_retryable() => {
                let delay = backoff.next_delay();
                tracing::warn!(%error, retry_in = ?delay, "registration failed; retrying");
                tokio::time::sleep(delay).await;
            }
            Err(error) => match existing_arn.take() {
                Some(previous) => {
                    tracing::warn!(%error, container_instance = %previous, "the control plane refused to re-register this instance; registering a new one");
                    abandoned_arn = Some(previous);
                }
                None => return Err(error),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> EngineInfo {
        EngineInfo {
            description: "Docker Engine 20.10.24".into(),
            api_version: "1.41".into(),
            cpus: 4,
            memory_bytes: 8 << 30,
            os: "linux".into(),
            architecture: "amd64".into(),
        }
    }

    fn attribute<'a>(request: &'a RegisterContainerInstanceRequest, name: &str) -> Option<&'a Attribute> {
        request.attributes.as_deref().unwrap().iter().find(|attribute| attribute.name == name)
    }

    #[test]
    fn resources_versions_and_attributes_follow_the_ecs_agent() {
        let mut options = AgentOptions::new("default", "/tmp/x", "us-east-1");
        options.agent_port = Some(4600);
        options.attributes = vec![("stack".into(), "blue".into()), ("ecs.instance-type".into(), "big".into())];
        let engine = engine();
        let request = registration_request(&options, &MachineFacts { engine: &engine, metadata_port: 51679, awsvpc_available: true }, None);
        let resources = request.total_resources.as_deref().unwrap();
        assert_eq!(resources[0].integer_value, Some(4096));
        assert_eq!(resources[1].integer_value, Some(8192 - 256));
        assert_eq!(resources[2].string_set_value.as_deref().unwrap(), ["22", "2375", "2376", "4600", "51678", "51679"].map(String::from));
        assert_eq!(resources[3].string_set_value.as_deref(), Some(&[][..]));
        assert_eq!(request.version_info.as_ref().unwrap().docker_version.as_deref(), Some("Docker Engine 20.10.24"));
        assert_eq!(attribute(&request, "ecs.cpu-architecture").unwrap().value.as_deref(), Some("x86_64"));
        assert_eq!(attribute(&request, "ecs.availability-zone").unwrap().value.as_deref(), Some("us-east-1a"));
        assert_eq!(attribute(&request, "ecs.instance-type").unwrap().value.as_deref(), Some("big"));
        assert_eq!(attribute(&request, "stack").unwrap().value.as_deref(), Some("blue"));
        assert_eq!(attribute(&request, "ferry.awsvpc-subnet").unwrap().value.as_deref(), Some("10.213.0.0/24"));
        assert!(attribute(&request, "com.amazonaws.ecs.capability.docker-remote-api.1.17").is_some());
        assert!(attribute(&request, "com.amazonaws.ecs.capability.docker-remote-api.1.41").is_some());
        assert!(attribute(&request, "com.amazonaws.ecs.capability.docker-remote-api.1.42").is_none());
        assert!(attribute(&request, "ecs.capability.task-eni").is_some());
        assert!(attribute(&request, "ecs.capability.task-iam-role").is_none());
        assert_eq!(request.container_instance_arn, None);
    }

    #[test]
    fn without_the_awsvpc_network_neither_eni_nor_subnet_is_advertised_and_sizes_can_be_forced() {
        let mut options = AgentOptions::new("default", "/tmp/x", "us-east-1");
        options.cpu_units = Some(1000);
        options.memory_mib = Some(2000);
        let engine = engine();
        let request = registration_request(
            &options,
            &MachineFacts { engine: &engine, metadata_port: 40000, awsvpc_available: false },
            Some("arn:old"),
        );
        assert!(attribute(&request, "ecs.capability.task-eni").is_none());
        assert!(attribute(&request, "ferry.awsvpc-subnet").is_none());
        let resources = request.total_resources.as_deref().unwrap();
        assert_eq!((resources[0].integer_value, resources[1].integer_value), (Some(1000), Some(2000)));
        assert!(resources[2].string_set_value.as_deref().unwrap().contains(&"40000".to_string()));
        assert_eq!(request.container_instance_arn.as_deref(), Some("arn:old"));
    }
}
