//! Turns an assigned ECS task (its `Task` and `TaskDefinition`) into a `TaskPlan`: one engine
//! `ContainerSpec` per container definition, with the task's overrides applied, plus what the
//! runner needs to order and report them. Pure: no engine, no clock, no files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ferry_ecs::agent_channel::AssignedTask;
use ferry_ecs::generated::{
    ContainerCondition, ContainerDefinition, ContainerOverride, KeyValuePair, NetworkMode, Scope, TransportProtocol,
};
use ferry_engine::{ContainerSpec, HealthCheck, Mount, MountSource, NetworkAttachment, PortBinding, PortProtocol, Ulimit};

use crate::labels;

/// ECS's defaults for a container health check.
const HEALTH_CHECK_INTERVAL: Duration = Duration::from_secs(30);
const HEALTH_CHECK_TIMEOUT: Duration = Duration::from_secs(5);
const HEALTH_CHECK_RETRIES: u32 = 3;
/// `ECS_CONTAINER_STOP_TIMEOUT`'s default.
pub const DEFAULT_STOP_TIMEOUT: Duration = Duration::from_secs(30);
/// Docker's smallest CPU weight; ECS gives it to containers with no `cpu` (or `cpu` 0 or 1).
const MIN_CPU_SHARES: u64 = 2;
const MIB: i64 = 1024 * 1024;

/// Everything about the agent and the machine that the translation needs besides the task.
#[derive(Clone)]
pub struct PlanContext<'a> {
    /// The cluster as the agent was told it (the `com.amazonaws.ecs.cluster` label).
    pub cluster: &'a str,
    pub container_instance_arn: &'a str,
    /// Where published ports bind on the host.
    pub host_port_address: &'a str,
    /// The agent's data directory, absolute: task scratch volumes live under it.
    pub data_dir: &'a Path,
    /// The agent's `awsvpc` network.
    pub awsvpc_network: &'a str,
    /// The task metadata endpoint as containers of each network mode reach it (`http://IP:PORT`).
    pub metadata_endpoints: &'a MetadataEndpoints,
    /// The metadata token of one container (task ARN, container name).
    pub token: &'a dyn Fn(&str, &str) -> String,
}

impl std::fmt::Debug for PlanContext<'_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("PlanContext").field("cluster", &self.cluster).field("data_dir", &self.data_dir).finish_non_exhaustive()
    }
}

/// The task metadata endpoint's base URL per network mode, without a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataEndpoints {
    pub bridge: String,
    pub awsvpc: String,
    pub host: String,
}

/// One task, ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskPlan {
    pub task_arn: String,
    pub task_id: String,
    pub family: String,
    pub revision: i32,
    pub network_mode: NetworkMode,
    /// The address of an `awsvpc` task, from its network interface attachment.
    pub awsvpc_address: Option<String>,
    /// Task-level limits (CPU units, MiB), after overrides.
    pub cpu_units: Option<i32>,
    pub memory_mib: Option<i32>,
    pub containers: Vec<ContainerPlan>,
    /// Host directories to create before any container starts (scratch volumes).
    pub scratch_directories: Vec<PathBuf>,
    /// Named engine volumes to make before any container starts: the task-scoped ones, and the
    /// shared ones with `autoprovision`.
    pub engine_volumes: Vec<EngineVolume>,
    /// The task's directory under the data directory, removed when the task is cleaned up.
    pub task_directory: PathBuf,
}

/// A `dockerVolumeConfiguration` volume as the engine makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineVolume {
    pub name: String,
    /// `None`: the engine's default (`local`).
    pub driver: Option<String>,
    pub driver_opts: BTreeMap<String, String>,
    /// The user's labels; a task-scoped volume also carries the task's identity and the agent's
    /// instance label, so it can be found (and told apart from other agents') on a shared engine.
    pub labels: BTreeMap<String, String>,
    /// Scope `task`: made for this task alone, and removed with its containers at cleanup.
    pub task_scoped: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContainerPlan {
    pub name: String,
    pub essential: bool,
    pub depends_on: Vec<Dependency>,
    pub stop_timeout: Duration,
    pub spec: ContainerSpec,
    /// For the other containers of an `awsvpc` task: the index of the container whose network
    /// namespace they join; `spec.network` is filled with its engine id at create time.
    pub joins_network_of: Option<usize>,
    /// The container's declared ports, for host mode, where the engine publishes nothing.
    pub port_mappings: Vec<(u16, PortProtocol)>,
    pub cpu_units: i32,
    pub memory_mib: Option<i32>,
    pub metadata_token: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dependency {
    /// Index into `TaskPlan::containers`.
    pub container: usize,
    pub condition: ContainerCondition,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("the task has no {0}")]
    Missing(&'static str),
    #[error("container {container}: {detail}")]
    Container { container: String, detail: String },
}

impl TaskPlan {
    pub fn from_assigned(assigned: &AssignedTask, context: &PlanContext<'_>) -> Result<TaskPlan, PlanError> {
        let task = &assigned.task;
        let definition = &assigned.task_definition;
        let task_arn = task.task_arn.clone().ok_or(PlanError::Missing("taskArn"))?;
        let task_id = task_id_of(&task_arn).to_owned();
        let family = definition.family.clone().ok_or(PlanError::Missing("task definition family"))?;
        let revision = definition.revision.ok_or(PlanError::Missing("task definition revision"))?;
        let definitions = definition.container_definitions.as_deref().unwrap_or_default();
        if definitions.is_empty() {
            return Err(PlanError::Missing("container definitions"));
        }
        let network_mode = definition.network_mode.unwrap_or(NetworkMode::Bridge);
        let overrides = task.overrides.as_ref();
        let cpu_units = overrides
            .and_then(|overrides| overrides.cpu.as_deref())
            .or(task.cpu.as_deref())
            .or(definition.cpu.as_deref())
            .and_then(parse_cpu_units);
        let memory_mib = overrides
            .and_then(|overrides| overrides.memory.as_deref())
            .or(task.memory.as_deref())
            .or(definition.memory.as_deref())
            .and_then(parse_memory_mib);
        let awsvpc_address = if network_mode == NetworkMode::Awsvpc {
            Some(eni_address(assigned).ok_or(PlanError::Missing("ElasticNetworkInterface attachment with a privateIPv4Address"))?)
        } else {
            None
        };

        let names: Vec<String> = definitions.iter().map(|definition| definition.name.clone().unwrap_or_default()).collect();
        if let Some(position) = names.iter().position(String::is_empty) {
            return Err(PlanError::Container { container: format!("#{position}"), detail: "it has no name".into() });
        }
        let task_directory =
            task_directory(context.data_dir, &task_id).ok_or(PlanError::Missing("task id that is usable as a directory name"))?;
        let volume_identity = BTreeMap::from([
            (labels::TASK_ARN.to_owned(), task_arn.clone()),
            (labels::CLUSTER.to_owned(), context.cluster.to_owned()),
            (labels::CONTAINER_INSTANCE_ARN.to_owned(), context.container_instance_arn.to_owned()),
        ]);
        let volumes = VolumeResolver::new(
            definition.volumes.as_deref().unwrap_or_default(),
            &VolumeNaming { family: &family, revision, task_id: &task_id, task_directory: &task_directory, labels: &volume_identity },
        );
        let network_owner = (network_mode == NetworkMode::Awsvpc).then(|| awsvpc_network_owner(definitions));
        let metadata_base = match network_mode {
            NetworkMode::Bridge => &context.metadata_endpoints.bridge,
            NetworkMode::Awsvpc => &context.metadata_endpoints.awsvpc,
            NetworkMode::Host | NetworkMode::None => &context.metadata_endpoints.host,
        };

        let mut containers = Vec::with_capacity(definitions.len());
        for (index, container_definition) in definitions.iter().enumerate() {
            let name = &names[index];
            let fail = |detail: String| PlanError::Container { container: name.clone(), detail };
            let container_override = overrides
                .and_then(|overrides| overrides.container_overrides.as_deref())
                .and_then(|list| list.iter().find(|candidate| candidate.name.as_deref() == Some(name)));
            let mut depends_on = Vec::new();
            for dependency in container_definition.depends_on.as_deref().unwrap_or_default() {
                let container = names
                    .iter()
                    .position(|candidate| *candidate == dependency.container_name)
                    .ok_or_else(|| fail(format!("it depends on {}, which is not in the task", dependency.container_name)))?;
                depends_on.push(Dependency { container, condition: dependency.condition });
            }
            let joins_network_of = network_owner.filter(|owner| *owner != index);
            if let Some(owner) = joins_network_of {
                // A namespace can only be joined once its owner runs.
                if !depends_on.iter().any(|dependency| dependency.container == owner) {
                    depends_on.push(Dependency { container: owner, condition: ContainerCondition::Start });
                }
            }
            let token = (context.token)(&task_arn, name);
            let metadata_uri = format!("{metadata_base}/v4/{token}");
            let metadata_uri_v3 = format!("{metadata_base}/v3/{token}");
            let network = match network_mode {
                NetworkMode::Bridge => NetworkAttachment::DefaultBridge,
                NetworkMode::Host => NetworkAttachment::Host,
                NetworkMode::None => NetworkAttachment::None,
                NetworkMode::Awsvpc if joins_network_of.is_some() => NetworkAttachment::Container { id: String::new() },
                NetworkMode::Awsvpc => {
                    NetworkAttachment::Network { name: context.awsvpc_network.to_owned(), ipv4_address: awsvpc_address.clone() }
                }
            };
            let identity = Identity { task_arn: &task_arn, task_id: &task_id, family: &family, revision, cluster: context.cluster };
            let translated = translate_container(
                container_definition,
                container_override,
                &identity,
                context,
                &volumes,
                TranslationNetwork { mode: network_mode, attachment: network, memory_mib },
                [("ECS_CONTAINER_METADATA_URI_V4", metadata_uri), ("ECS_CONTAINER_METADATA_URI", metadata_uri_v3)],
            )
            .map_err(fail)?;
            containers.push(ContainerPlan {
                name: name.clone(),
                essential: container_definition.essential.unwrap_or(true),
                depends_on,
                stop_timeout: container_definition
                    .stop_timeout
                    .filter(|seconds| *seconds > 0)
                    .map_or(DEFAULT_STOP_TIMEOUT, |seconds| Duration::from_secs(seconds as u64)),
                spec: translated.spec,
                joins_network_of,
                port_mappings: translated.port_mappings,
                cpu_units: translated.cpu_units,
                memory_mib: translated.memory_mib,
                metadata_token: token,
            });
        }
        if let Some(cycle_member) = find_dependency_cycle(&containers) {
            return Err(PlanError::Container {
                container: containers[cycle_member].name.clone(),
                detail: "its dependsOn forms a cycle".into(),
            });
        }
        Ok(TaskPlan {
            task_arn,
            task_id,
            family,
            revision,
            network_mode,
            awsvpc_address,
            cpu_units,
            memory_mib,
            containers,
            scratch_directories: volumes.scratch_directories(),
            engine_volumes: volumes.engine_volumes(),
            task_directory,
        })
    }
}

/// The last path segment of a task ARN (`arn:...:task/CLUSTER/ID` → `ID`).
pub fn task_id_of(task_arn: &str) -> &str {
    task_arn.rsplit('/').next().unwrap_or(task_arn)
}

/// A task's directory under the agent's data directory, where its scratch volumes live. `None`
/// for an id that is not a plain name, so no task ARN (nor a container label naming one) can point
/// the cleanup's recursive removal outside `tasks/`.
pub fn task_directory(data_dir: &Path, task_id: &str) -> Option<PathBuf> {
    let plain = !task_id.is_empty() && task_id.chars().all(|character| character.is_ascii_alphanumeric() || "-_".contains(character));
    plain.then(|| data_dir.join("tasks").join(task_id))
}

/// The engine name of a task's container, the same every time it is computed, so that creating
/// it again after a crash conflicts with the first one instead of making a second.
pub fn engine_container_name(family: &str, revision: i32, container: &str, task_id: &str) -> String {
    let task_id_part: String = task_id.chars().filter(char::is_ascii_alphanumeric).take(20).collect();
    sanitize_engine_name(&format!("ecs-{family}-{revision}-{container}-{task_id_part}"))
}

fn sanitize_engine_name(name: &str) -> String {
    name.chars().map(|character| if character.is_ascii_alphanumeric() || "_.-".contains(character) { character } else { '-' }).collect()
}

/// ECS task CPU: units (`"256"`) or vCPUs (`"0.25 vCPU"`, `"1 vcpu"`).
pub fn parse_cpu_units(text: &str) -> Option<i32> {
    let text = text.trim();
    if let Ok(units) = text.parse::<i32>() {
        return Some(units);
    }
    let lower = text.to_ascii_lowercase();
    let number = lower.strip_suffix("vcpu")?.trim();
    let vcpus: f64 = number.parse().ok()?;
    Some((vcpus * 1024.0).round() as i32)
}

/// ECS task memory: MiB (`"512"`) or GB (`"1GB"`, `"0.5 GB"`).
pub fn parse_memory_mib(text: &str) -> Option<i32> {
    let text = text.trim();
    if let Ok(mib) = text.parse::<i32>() {
        return Some(mib);
    }
    let lower = text.to_ascii_lowercase();
    let number = lower.strip_suffix("gb")?.trim();
    let gigabytes: f64 = number.parse().ok()?;
    Some((gigabytes * 1024.0).round() as i32)
}

/// The address the control plane gave an `awsvpc` task, from its ENI attachment's details.
fn eni_address(assigned: &AssignedTask) -> Option<String> {
    assigned
        .task
        .attachments
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|attachment| attachment.r#type.as_deref() == Some("ElasticNetworkInterface"))
        .flat_map(|attachment| attachment.details.as_deref().unwrap_or_default())
        .find(|detail| detail.name.as_deref() == Some("privateIPv4Address"))
        .and_then(|detail| detail.value.clone())
}

/// The container whose network namespace the rest of an `awsvpc` task joins. It must start
/// first and keep running, so: an essential container with no dependencies, else any container
/// with none, else the first.
fn awsvpc_network_owner(definitions: &[ContainerDefinition]) -> usize {
    let independent = |definition: &ContainerDefinition| definition.depends_on.as_deref().unwrap_or_default().is_empty();
    definitions
        .iter()
        .position(|definition| independent(definition) && definition.essential.unwrap_or(true))
        .or_else(|| definitions.iter().position(independent))
        .unwrap_or(0)
}

fn find_dependency_cycle(containers: &[ContainerPlan]) -> Option<usize> {
    // Kahn's algorithm: whatever cannot be ordered is on (or behind) a cycle.
    let mut remaining: Vec<usize> = containers.iter().map(|container| container.depends_on.len()).collect();
    let mut ordered = vec![false; containers.len()];
    while let Some(next) = (0..containers.len()).find(|index| !ordered[*index] && remaining[*index] == 0) {
        ordered[next] = true;
        for (index, container) in containers.iter().enumerate() {
            remaining[index] -= container.depends_on.iter().filter(|dependency| dependency.container == next).count();
        }
    }
    ordered.iter().position(|done| !done)
}

struct Identity<'a> {
    task_arn: &'a str,
    task_id: &'a str,
    family: &'a str,
    revision: i32,
    cluster: &'a str,
}

struct TranslationNetwork {
    mode: NetworkMode,
    attachment: NetworkAttachment,
    /// The task's memory, the hard limit of containers that set none: without a task cgroup it
    /// is the closest the engine can come to ECS's task-level limit.
    memory_mib: Option<i32>,
}

struct TranslatedContainer {
    spec: ContainerSpec,
    port_mappings: Vec<(u16, PortProtocol)>,
    cpu_units: i32,
    memory_mib: Option<i32>,
}

fn translate_container(
    definition: &ContainerDefinition,
    container_override: Option<&ContainerOverride>,
    identity: &Identity<'_>,
    context: &PlanContext<'_>,
    volumes: &VolumeResolver,
    network: TranslationNetwork,
    metadata_environment: [(&str, String); 2],
) -> Result<TranslatedContainer, String> {
    let name = definition.name.as_deref().unwrap_or_default();
    let image = definition.image.clone().filter(|image| !image.is_empty()).ok_or("it has no image")?;
    let cpu_units = container_override.and_then(|o| o.cpu).or(definition.cpu).unwrap_or(0);
    let memory_mib = container_override.and_then(|o| o.memory).or(definition.memory).filter(|mib| *mib > 0);
    let memory_reservation_mib =
        container_override.and_then(|o| o.memory_reservation).or(definition.memory_reservation).filter(|mib| *mib > 0);
    let hard_limit_mib = memory_mib.or(if memory_reservation_mib.is_none() { network.memory_mib } else { None });

    let mut environment: Vec<(String, String)> = Vec::new();
    let mut set = |key: &str, value: &str| match environment.iter_mut().find(|(existing, _)| existing == key) {
        Some(entry) => entry.1 = value.to_owned(),
        None => environment.push((key.to_owned(), value.to_owned())),
    };
    let pairs = |list: Option<&Vec<KeyValuePair>>| -> Vec<(String, String)> {
        list.map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(|pair| Some((pair.name.clone()?, pair.value.clone().unwrap_or_default())))
            .collect()
    };
    for (key, value) in pairs(definition.environment.as_ref()) {
        set(&key, &value);
    }
    for (key, value) in pairs(container_override.and_then(|o| o.environment.as_ref())) {
        set(&key, &value);
    }
    for (key, value) in &metadata_environment {
        set(key, value);
    }
    set("AWS_EXECUTION_ENV", "AWS_ECS_EC2");

    let mut labels: BTreeMap<String, String> = definition.docker_labels.clone().unwrap_or_default();
    labels.insert(labels::TASK_ARN.into(), identity.task_arn.into());
    labels.insert(labels::CONTAINER_NAME.into(), name.into());
    labels.insert(labels::CLUSTER.into(), identity.cluster.into());
    labels.insert(labels::TASK_DEFINITION_FAMILY.into(), identity.family.into());
    labels.insert(labels::TASK_DEFINITION_VERSION.into(), identity.revision.to_string());
    labels.insert(labels::CONTAINER_INSTANCE_ARN.into(), context.container_instance_arn.into());

    let mut port_mappings = Vec::new();
    for mapping in definition.port_mappings.as_deref().unwrap_or_default() {
        if mapping.container_port_range.is_some() {
            return Err("containerPortRange is not supported by this agent".into());
        }
        let container_port = mapping
            .container_port
            .and_then(|port| u16::try_from(port).ok())
            .filter(|port| *port > 0)
            .ok_or("a portMapping has no valid containerPort")?;
        let protocol = match mapping.protocol {
            Some(TransportProtocol::Udp) => PortProtocol::Udp,
            _ => PortProtocol::Tcp,
        };
        let host_port = mapping
            .host_port
            .filter(|port| *port > 0)
            .map(|port| u16::try_from(port).map_err(|_| format!("hostPort {port} is out of range")))
            .transpose()?;
        port_mappings.push((container_port, protocol, host_port));
    }
    let port_bindings = if network.mode == NetworkMode::Bridge {
        port_mappings
            .iter()
            .map(|(container_port, protocol, host_port)| PortBinding {
                container_port: *container_port,
                protocol: *protocol,
                host_port: *host_port,
                host_ip: context.host_port_address.to_owned(),
            })
            .collect()
    } else {
        Vec::new()
    };

    let mut mounts = Vec::new();
    for mount_point in definition.mount_points.as_deref().unwrap_or_default() {
        let source_volume = mount_point.source_volume.as_deref().ok_or("a mountPoint has no sourceVolume")?;
        let target = mount_point.container_path.clone().ok_or("a mountPoint has no containerPath")?;
        let source = volumes.source(source_volume)?;
        mounts.push(Mount { source, target, read_only: mount_point.read_only.unwrap_or(false) });
    }

    let ulimits = definition
        .ulimits
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|ulimit| Ulimit { name: wire_name(&ulimit.name), soft: i64::from(ulimit.soft_limit), hard: i64::from(ulimit.hard_limit) })
        .collect();
    let health_check = definition.health_check.as_ref().map(|check| HealthCheck {
        test: check.command.clone(),
        interval: seconds_or(check.interval, HEALTH_CHECK_INTERVAL),
        timeout: seconds_or(check.timeout, HEALTH_CHECK_TIMEOUT),
        retries: check.retries.and_then(|retries| u32::try_from(retries).ok()).unwrap_or(HEALTH_CHECK_RETRIES),
        start_period: seconds_or(check.start_period, Duration::ZERO),
    });
    // A container in another's namespace shares its /etc/hosts and hostname; on the host's
    // network the hostname is the host's.
    let joins_namespace = matches!(network.attachment, NetworkAttachment::Container { .. });
    let keeps_hostname = !joins_namespace && network.attachment != NetworkAttachment::Host;
    let extra_hosts = if joins_namespace {
        Vec::new()
    } else {
        definition
            .extra_hosts
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|entry| format!("{}:{}", entry.hostname, entry.ip_address))
            .collect()
    };

    let spec = ContainerSpec {
        name: engine_container_name(identity.family, identity.revision, name, identity.task_id),
        image,
        entry_point: definition.entry_point.clone(),
        command: container_override.and_then(|o| o.command.clone()).or_else(|| definition.command.clone()),
        environment,
        working_directory: definition.working_directory.clone(),
        user: definition.user.clone(),
        hostname: if keeps_hostname { definition.hostname.clone() } else { None },
        labels,
        cpu_shares: Some(u64::try_from(cpu_units).unwrap_or(0).max(MIN_CPU_SHARES)),
        memory_limit_bytes: hard_limit_mib.map(|mib| i64::from(mib) * MIB),
        memory_reservation_bytes: memory_reservation_mib.map(|mib| i64::from(mib) * MIB),
        ulimits,
        init_process: definition.linux_parameters.as_ref().and_then(|parameters| parameters.init_process_enabled).unwrap_or(false),
        network: network.attachment,
        port_bindings,
        mounts,
        health_check,
        extra_hosts,
    };
    Ok(TranslatedContainer {
        spec,
        port_mappings: port_mappings.into_iter().map(|(port, protocol, _)| (port, protocol)).collect(),
        cpu_units,
        memory_mib: hard_limit_mib,
    })
}

fn seconds_or(seconds: Option<i32>, default: Duration) -> Duration {
    seconds.and_then(|seconds| u64::try_from(seconds).ok()).filter(|seconds| *seconds > 0).map_or(default, Duration::from_secs)
}

/// The wire spelling of a generated enum (`UlimitName::Nofile` → `nofile`).
pub(crate) fn wire_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        _ => String::new(),
    }
}

/// Where each of a task's volumes comes from on the engine.
struct VolumeResolver {
    sources: BTreeMap<String, Result<VolumeSource, String>>,
}

enum VolumeSource {
    Mount(MountSource),
    Scratch(PathBuf),
    /// A named engine volume the runner makes before the containers.
    Engine(EngineVolume),
}

/// What names and labels a task's volumes.
struct VolumeNaming<'a> {
    family: &'a str,
    revision: i32,
    task_id: &'a str,
    task_directory: &'a Path,
    /// The labels that tie a task-scoped engine volume to its task and agent.
    labels: &'a BTreeMap<String, String>,
}

impl VolumeResolver {
    fn new(volumes: &[ferry_ecs::generated::Volume], naming: &VolumeNaming<'_>) -> VolumeResolver {
        let mut sources = BTreeMap::new();
        for volume in volumes {
            let Some(name) = volume.name.clone() else { continue };
            let source = if let Some(path) = volume.host.as_ref().and_then(|host| host.source_path.clone()) {
                Ok(VolumeSource::Mount(MountSource::HostPath(path)))
            } else if let Some(configuration) = &volume.docker_volume_configuration {
                let engine_volume = |engine_name: String, task_scoped: bool| {
                    let mut labels = configuration.labels.clone().unwrap_or_default();
                    if task_scoped {
                        labels.extend(naming.labels.iter().map(|(key, value)| (key.clone(), value.clone())));
                    }
                    EngineVolume {
                        name: engine_name,
                        driver: configuration.driver.clone().filter(|driver| !driver.is_empty()),
                        driver_opts: configuration.driver_opts.clone().unwrap_or_default(),
                        labels,
                        task_scoped,
                    }
                };
                match configuration.scope.unwrap_or(Scope::Task) {
                    // Named per task, as ECS does, so two tasks of one definition do not share it.
                    Scope::Task => {
                        let engine_name = engine_container_name(naming.family, naming.revision, &name, naming.task_id);
                        Ok(VolumeSource::Engine(engine_volume(engine_name, true)))
                    }
                    Scope::Shared if configuration.autoprovision == Some(true) => {
                        Ok(VolumeSource::Engine(engine_volume(name.clone(), false)))
                    }
                    // ECS expects a shared volume without `autoprovision` to exist already; the
                    // engine's mount makes a missing one (default driver) rather than failing.
                    Scope::Shared => Ok(VolumeSource::Mount(MountSource::Volume(name.clone()))),
                }
            } else if volume.efs_volume_configuration.is_some()
                || volume.fsx_windows_file_server_volume_configuration.is_some()
                || volume.s3files_volume_configuration.is_some()
                || volume.configured_at_launch == Some(true)
            {
                Err(format!("volume {name}: its type is not supported by this agent"))
            } else {
                Ok(VolumeSource::Scratch(naming.task_directory.join("volumes").join(sanitize_engine_name(&name))))
            };
            sources.insert(name, source);
        }
        VolumeResolver { sources }
    }

    fn source(&self, name: &str) -> Result<MountSource, String> {
        match self.sources.get(name) {
            None => Err(format!("its mountPoint names volume {name}, which the task definition does not declare")),
            Some(Err(error)) => Err(error.clone()),
            Some(Ok(VolumeSource::Mount(source))) => Ok(source.clone()),
            Some(Ok(VolumeSource::Scratch(path))) => Ok(MountSource::HostPath(path.to_string_lossy().into_owned())),
            Some(Ok(VolumeSource::Engine(volume))) => Ok(MountSource::Volume(volume.name.clone())),
        }
    }

    fn engine_volumes(&self) -> Vec<EngineVolume> {
        self.sources
            .values()
            .filter_map(|source| match source {
                Ok(VolumeSource::Engine(volume)) => Some(volume.clone()),
                _ => None,
            })
            .collect()
    }

    fn scratch_directories(&self) -> Vec<PathBuf> {
        self.sources
            .values()
            .filter_map(|source| match source {
                Ok(VolumeSource::Scratch(path)) => Some(path.clone()),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use ferry_ecs::generated::{
        Attachment, ContainerDependency, HostVolumeProperties, LinuxParameters, MountPoint, PortMapping, Task, TaskDefinition,
        TaskOverride, UlimitName, Volume,
    };

    use super::*;

    const TASK_ARN: &str = "arn:aws:ecs:us-east-1:000000000000:task/default/0123456789abcdef0123456789abcdef";
    const INSTANCE_ARN: &str = "arn:aws:ecs:us-east-1:000000000000:container-instance/default/aaaa";

    fn endpoints() -> MetadataEndpoints {
        MetadataEndpoints {
            bridge: "http://172.17.0.1:51679".into(),
            awsvpc: "http://10.213.0.1:51679".into(),
            host: "http://127.0.0.1:51679".into(),
        }
    }

    fn token(task_arn: &str, container: &str) -> String {
        format!("token-{}-{container}", task_id_of(task_arn))
    }

    fn plan(assigned: &AssignedTask) -> Result<TaskPlan, PlanError> {
        let endpoints = endpoints();
        let context = PlanContext {
            cluster: "default",
            container_instance_arn: INSTANCE_ARN,
            host_port_address: "127.0.0.1",
            data_dir: Path::new("/var/lib/ferry-agent"),
            awsvpc_network: "ferry-awsvpc-10.213.0.0-24",
            metadata_endpoints: &endpoints,
            token: &token,
        };
        TaskPlan::from_assigned(assigned, &context)
    }

    fn env(pairs: &[(&str, &str)]) -> Option<Vec<KeyValuePair>> {
        Some(pairs.iter().map(|(name, value)| KeyValuePair { name: Some((*name).into()), value: Some((*value).into()) }).collect())
    }

    fn container(name: &str) -> ContainerDefinition {
        ContainerDefinition { name: Some(name.into()), image: Some("busybox".into()), ..Default::default() }
    }

    fn assigned(containers: Vec<ContainerDefinition>) -> AssignedTask {
        AssignedTask {
            task: Task { task_arn: Some(TASK_ARN.into()), desired_status: Some("RUNNING".into()), ..Default::default() },
            task_definition: TaskDefinition {
                family: Some("web".into()),
                revision: Some(3),
                container_definitions: Some(containers),
                ..Default::default()
            },
        }
    }

    #[test]
    fn a_container_definition_becomes_a_spec_with_ecs_labels_and_defaults() {
        let mut definition = container("app");
        definition.entry_point = Some(vec!["/bin/sh".into(), "-c".into()]);
        definition.command = Some(vec!["sleep 100".into()]);
        definition.environment = env(&[("A", "1"), ("B", "2")]);
        definition.working_directory = Some("/srv".into());
        definition.user = Some("1000".into());
        definition.hostname = Some("app-host".into());
        definition.docker_labels = Some(BTreeMap::from([("team".into(), "blue".into())]));
        definition.memory = Some(128);
        definition.memory_reservation = Some(64);
        definition.ulimits = Some(vec![ferry_ecs::generated::Ulimit { name: UlimitName::Nofile, soft_limit: 1024, hard_limit: 2048 }]);
        definition.linux_parameters = Some(LinuxParameters { init_process_enabled: Some(true), ..Default::default() });
        definition.health_check =
            Some(ferry_ecs::generated::HealthCheck { command: vec!["CMD-SHELL".into(), "true".into()], ..Default::default() });
        definition.port_mappings = Some(vec![
            PortMapping { container_port: Some(80), host_port: Some(0), ..Default::default() },
            PortMapping { container_port: Some(53), host_port: Some(5353), protocol: Some(TransportProtocol::Udp), ..Default::default() },
        ]);
        let plan = plan(&assigned(vec![definition])).unwrap();
        assert_eq!(plan.task_id, "0123456789abcdef0123456789abcdef");
        let app = &plan.containers[0];
        assert!(app.essential);
        assert_eq!(app.stop_timeout, Duration::from_secs(30));
        let spec = &app.spec;
        assert_eq!(spec.name, "ecs-web-3-app-0123456789abcdef0123");
        assert_eq!(spec.image, "busybox");
        assert_eq!(spec.entry_point.as_deref(), Some(&["/bin/sh".to_string(), "-c".to_string()][..]));
        assert_eq!(spec.command.as_deref(), Some(&["sleep 100".to_string()][..]));
        assert_eq!(spec.working_directory.as_deref(), Some("/srv"));
        assert_eq!(spec.user.as_deref(), Some("1000"));
        assert_eq!(spec.hostname.as_deref(), Some("app-host"));
        assert_eq!(spec.cpu_shares, Some(2));
        assert_eq!(spec.memory_limit_bytes, Some(128 * MIB));
        assert_eq!(spec.memory_reservation_bytes, Some(64 * MIB));
        assert_eq!(spec.ulimits, vec![Ulimit { name: "nofile".into(), soft: 1024, hard: 2048 }]);
        assert!(spec.init_process);
        assert_eq!(spec.network, NetworkAttachment::DefaultBridge);
        assert_eq!(
            spec.port_bindings,
            vec![
                PortBinding { container_port: 80, protocol: PortProtocol::Tcp, host_port: None, host_ip: "127.0.0.1".into() },
                PortBinding { container_port: 53, protocol: PortProtocol::Udp, host_port: Some(5353), host_ip: "127.0.0.1".into() },
            ]
        );
        let check = spec.health_check.as_ref().unwrap();
        assert_eq!(
            (check.interval, check.timeout, check.retries, check.start_period),
            (Duration::from_secs(30), Duration::from_secs(5), 3, Duration::ZERO)
        );
        assert_eq!(spec.labels["team"], "blue");
        assert_eq!(spec.labels[labels::TASK_ARN], TASK_ARN);
        assert_eq!(spec.labels[labels::CONTAINER_NAME], "app");
        assert_eq!(spec.labels[labels::CLUSTER], "default");
        assert_eq!(spec.labels[labels::TASK_DEFINITION_FAMILY], "web");
        assert_eq!(spec.labels[labels::TASK_DEFINITION_VERSION], "3");
        assert_eq!(spec.labels[labels::CONTAINER_INSTANCE_ARN], INSTANCE_ARN);
        let environment: BTreeMap<_, _> = spec.environment.iter().cloned().collect();
        assert_eq!(environment["A"], "1");
        assert_eq!(environment["AWS_EXECUTION_ENV"], "AWS_ECS_EC2");
        assert_eq!(environment["ECS_CONTAINER_METADATA_URI_V4"], "http://172.17.0.1:51679/v4/token-0123456789abcdef0123456789abcdef-app");
        assert_eq!(environment["ECS_CONTAINER_METADATA_URI"], "http://172.17.0.1:51679/v3/token-0123456789abcdef0123456789abcdef-app");
        assert_eq!(app.metadata_token, "token-0123456789abcdef0123456789abcdef-app");
    }

    #[test]
    fn overrides_replace_command_and_resources_and_merge_environment() {
        let mut definition = container("app");
        definition.command = Some(vec!["old".into()]);
        definition.environment = env(&[("KEEP", "yes"), ("CHANGE", "before")]);
        definition.cpu = Some(256);
        definition.memory = Some(512);
        let mut task = assigned(vec![definition, container("other")]);
        task.task.overrides = Some(TaskOverride {
            container_overrides: Some(vec![ContainerOverride {
                name: Some("app".into()),
                command: Some(vec!["new".into()]),
                environment: env(&[("CHANGE", "after"), ("ADDED", "1")]),
                cpu: Some(512),
                memory: Some(1024),
                memory_reservation: Some(256),
                ..Default::default()
            }]),
            memory: Some("2048".into()),
            cpu: Some("1 vCPU".into()),
            ..Default::default()
        });
        let plan = plan(&task).unwrap();
        assert_eq!((plan.cpu_units, plan.memory_mib), (Some(1024), Some(2048)));
        let app = &plan.containers[0].spec;
        assert_eq!(app.command.as_deref(), Some(&["new".to_string()][..]));
        assert_eq!(app.cpu_shares, Some(512));
        assert_eq!(app.memory_limit_bytes, Some(1024 * MIB));
        assert_eq!(app.memory_reservation_bytes, Some(256 * MIB));
        let user_environment: Vec<_> =
            app.environment.iter().filter(|(key, _)| !key.starts_with("ECS_") && !key.starts_with("AWS_")).cloned().collect();
        assert_eq!(user_environment, vec![("KEEP".into(), "yes".into()), ("CHANGE".into(), "after".into()), ("ADDED".into(), "1".into())]);
        // The container with no memory of its own is bounded by the task's.
        let other = &plan.containers[1].spec;
        assert_eq!(other.memory_limit_bytes, Some(2048 * MIB));
        assert_eq!(other.command, None);
    }

    #[test]
    fn volumes_become_binds_named_volumes_and_scratch_directories() {
        let mut definition = container("app");
        definition.mount_points = Some(vec![
            MountPoint { source_volume: Some("host".into()), container_path: Some("/host".into()), read_only: Some(true) },
            MountPoint { source_volume: Some("per-task".into()), container_path: Some("/task".into()), read_only: None },
            MountPoint { source_volume: Some("shared".into()), container_path: Some("/shared".into()), read_only: None },
            MountPoint { source_volume: Some("provisioned".into()), container_path: Some("/provisioned".into()), read_only: None },
            MountPoint { source_volume: Some("scratch".into()), container_path: Some("/scratch".into()), read_only: None },
        ]);
        let mut task = assigned(vec![definition]);
        task.task_definition.volumes = Some(vec![
            Volume {
                name: Some("host".into()),
                host: Some(HostVolumeProperties { source_path: Some("/etc".into()) }),
                ..Default::default()
            },
            Volume {
                name: Some("per-task".into()),
                docker_volume_configuration: Some(ferry_ecs::generated::DockerVolumeConfiguration {
                    scope: Some(Scope::Task),
                    driver: Some("local".into()),
                    driver_opts: Some(BTreeMap::from([("type".into(), "tmpfs".into()), ("device".into(), "tmpfs".into())])),
                    // The user cannot pass a volume off as another task's.
                    labels: Some(BTreeMap::from([("team".into(), "blue".into()), (labels::TASK_ARN.into(), "forged".into())])),
                    ..Default::default()
                }),
                ..Default::default()
            },
            Volume {
                name: Some("shared".into()),
                docker_volume_configuration: Some(ferry_ecs::generated::DockerVolumeConfiguration {
                    scope: Some(Scope::Shared),
                    ..Default::default()
                }),
                ..Default::default()
            },
            Volume {
                name: Some("provisioned".into()),
                docker_volume_configuration: Some(ferry_ecs::generated::DockerVolumeConfiguration {
                    scope: Some(Scope::Shared),
                    autoprovision: Some(true),
                    driver: Some(String::new()),
                    labels: Some(BTreeMap::from([("team".into(), "green".into())])),
                    ..Default::default()
                }),
                ..Default::default()
            },
            Volume { name: Some("scratch".into()), ..Default::default() },
        ]);
        let plan = plan(&task).unwrap();
        // Task-scoped and autoprovisioned volumes are made by the agent, with what the definition
        // asks for; only the task-scoped one is the task's to remove.
        assert_eq!(
            plan.engine_volumes,
            vec![
                EngineVolume {
                    name: "ecs-web-3-per-task-0123456789abcdef0123".into(),
                    driver: Some("local".into()),
                    driver_opts: BTreeMap::from([("device".into(), "tmpfs".into()), ("type".into(), "tmpfs".into())]),
                    labels: BTreeMap::from([
                        ("team".into(), "blue".into()),
                        (labels::TASK_ARN.into(), TASK_ARN.into()),
                        (labels::CLUSTER.into(), "default".into()),
                        (labels::CONTAINER_INSTANCE_ARN.into(), INSTANCE_ARN.into()),
                    ]),
                    task_scoped: true,
                },
                EngineVolume {
                    name: "provisioned".into(),
                    driver: None,
                    driver_opts: BTreeMap::new(),
                    labels: BTreeMap::from([("team".into(), "green".into())]),
                    task_scoped: false,
                },
            ]
        );
        let scratch = "/var/lib/ferry-agent/tasks/0123456789abcdef0123456789abcdef/volumes/scratch";
        assert_eq!(
            plan.containers[0].spec.mounts,
            vec![
                Mount { source: MountSource::HostPath("/etc".into()), target: "/host".into(), read_only: true },
                Mount {
                    source: MountSource::Volume("ecs-web-3-per-task-0123456789abcdef0123".into()),
                    target: "/task".into(),
                    read_only: false
                },
                Mount { source: MountSource::Volume("shared".into()), target: "/shared".into(), read_only: false },
                Mount { source: MountSource::Volume("provisioned".into()), target: "/provisioned".into(), read_only: false },
                Mount { source: MountSource::HostPath(scratch.into()), target: "/scratch".into(), read_only: false },
            ]
        );
        assert_eq!(plan.scratch_directories, vec![PathBuf::from(scratch)]);
        assert_eq!(plan.task_directory, PathBuf::from("/var/lib/ferry-agent/tasks/0123456789abcdef0123456789abcdef"));

        let mut broken = container("app");
        broken.mount_points =
            Some(vec![MountPoint { source_volume: Some("nope".into()), container_path: Some("/x".into()), read_only: None }]);
        assert!(matches!(plan_of(vec![broken]), Err(PlanError::Container { .. })));
    }

    #[test]
    fn task_directories_stay_under_tasks() {
        let data_dir = Path::new("/var/lib/ferry-agent");
        assert_eq!(task_directory(data_dir, "0123abcd"), Some(PathBuf::from("/var/lib/ferry-agent/tasks/0123abcd")));
        for unsafe_id in ["", "..", ".", "a/b", "a b"] {
            assert_eq!(task_directory(data_dir, unsafe_id), None, "{unsafe_id:?}");
        }
        let mut task = assigned(vec![container("app")]);
        task.task.task_arn = Some("arn:aws:ecs:us-east-1:000000000000:task/default/..".into());
        assert!(matches!(plan(&task), Err(PlanError::Missing(_))));
    }

    fn plan_of(containers: Vec<ContainerDefinition>) -> Result<TaskPlan, PlanError> {
        plan(&assigned(containers))
    }

    #[test]
    fn awsvpc_puts_one_container_on_the_network_and_the_rest_in_its_namespace() {
        let mut sidecar = container("sidecar");
        sidecar.essential = Some(false);
        let mut app = container("app");
        app.depends_on = Some(vec![ContainerDependency { container_name: "init".into(), condition: ContainerCondition::Success }]);
        let mut init = container("init");
        init.essential = Some(false);
        let mut web = container("web");
        web.port_mappings = Some(vec![PortMapping { container_port: Some(8080), ..Default::default() }]);
        let mut task = assigned(vec![init, sidecar, app, web]);
        task.task_definition.network_mode = Some(NetworkMode::Awsvpc);
        assert_eq!(plan(&task), Err(PlanError::Missing("ElasticNetworkInterface attachment with a privateIPv4Address")));
        task.task.attachments = Some(vec![Attachment {
            r#type: Some("ElasticNetworkInterface".into()),
            details: env(&[("subnetId", "10.213.0.0/24"), ("privateIPv4Address", "10.213.0.7")]),
            ..Default::default()
        }]);
        let plan = plan(&task).unwrap();
        assert_eq!(plan.awsvpc_address.as_deref(), Some("10.213.0.7"));
        // "web" is the first essential container with no dependencies.
        let web = &plan.containers[3];
        assert_eq!(
            web.spec.network,
            NetworkAttachment::Network { name: "ferry-awsvpc-10.213.0.0-24".into(), ipv4_address: Some("10.213.0.7".into()) }
        );
        assert!(web.spec.port_bindings.is_empty());
        assert_eq!(web.port_mappings, vec![(8080, PortProtocol::Tcp)]);
        for joiner in &plan.containers[..3] {
            assert_eq!(joiner.joins_network_of, Some(3));
            assert_eq!(joiner.spec.network, NetworkAttachment::Container { id: String::new() });
            assert!(joiner.depends_on.contains(&Dependency { container: 3, condition: ContainerCondition::Start }));
        }
        let environment: BTreeMap<_, _> = web.spec.environment.iter().cloned().collect();
        assert!(environment["ECS_CONTAINER_METADATA_URI_V4"].starts_with("http://10.213.0.1:51679/v4/"));
    }

    #[test]
    fn host_and_none_modes_publish_nothing() {
        let mut web = container("web");
        web.port_mappings = Some(vec![PortMapping { container_port: Some(8080), host_port: Some(8080), ..Default::default() }]);
        for (mode, attachment) in [(NetworkMode::Host, NetworkAttachment::Host), (NetworkMode::None, NetworkAttachment::None)] {
            let mut task = assigned(vec![web.clone()]);
            task.task_definition.network_mode = Some(mode);
            let plan = plan(&task).unwrap();
            assert_eq!(plan.containers[0].spec.network, attachment);
            assert!(plan.containers[0].spec.port_bindings.is_empty());
            let environment: BTreeMap<_, _> = plan.containers[0].spec.environment.iter().cloned().collect();
            assert!(environment["ECS_CONTAINER_METADATA_URI_V4"].starts_with("http://127.0.0.1:51679/v4/"));
        }
    }

    #[test]
    fn dependencies_are_resolved_and_cycles_refused() {
        let mut first = container("first");
        first.depends_on = Some(vec![ContainerDependency { container_name: "second".into(), condition: ContainerCondition::Healthy }]);
        let plan = plan_of(vec![first.clone(), container("second")]).unwrap();
        assert_eq!(plan.containers[0].depends_on, vec![Dependency { container: 1, condition: ContainerCondition::Healthy }]);

        let mut second = container("second");
        second.depends_on = Some(vec![ContainerDependency { container_name: "first".into(), condition: ContainerCondition::Start }]);
        assert!(matches!(plan_of(vec![first.clone(), second]), Err(PlanError::Container { detail, .. }) if detail.contains("cycle")));
        assert!(matches!(plan_of(vec![first]), Err(PlanError::Container { detail, .. }) if detail.contains("not in the task")));
    }

    #[test]
    fn task_sizes_parse_in_both_notations() {
        assert_eq!(parse_cpu_units("256"), Some(256));
        assert_eq!(parse_cpu_units("0.25 vCPU"), Some(256));
        assert_eq!(parse_cpu_units("2 vcpu"), Some(2048));
        assert_eq!(parse_memory_mib("512"), Some(512));
        assert_eq!(parse_memory_mib("1GB"), Some(1024));
        assert_eq!(parse_memory_mib("0.5 GB"), Some(512));
        assert_eq!(parse_memory_mib("lots"), None);
    }

    #[test]
    fn engine_names_are_stable_and_engine_safe() {
        assert_eq!(
            engine_container_name("my_app", 12, "web", "abcdef0123456789abcdef0123456789"),
            "ecs-my_app-12-web-abcdef0123456789abcd"
        );
        assert_eq!(engine_container_name("f", 1, "c", "short"), "ecs-f-1-c-short");
    }
}
