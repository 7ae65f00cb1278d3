//! ECS's rules for task definitions, applied to a `RegisterTaskDefinition` request before anything
//! is stored: what it refuses (with `ClientException`, as ECS does), the defaults it fills in, and
//! what it derives (`compatibilities`, `requiresAttributes`). Pure: no I/O, no clock.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::EcsError;
use crate::generated::{
    Attribute, Compatibility, ContainerCondition, ContainerDefinition, HealthCheck, LogDriver, NetworkMode, PortMapping,
    RegisterTaskDefinitionRequest, TaskDefinition, TransportProtocol,
};

/// ECS allows at most 10 containers in a task definition.
pub const MAX_CONTAINERS: usize = 10;
/// Docker refuses containers with less memory than this.
pub const MIN_CONTAINER_MEMORY_MIB: i32 = 6;
/// Task-level CPU bounds for the EC2 launch type: 0.125 to 192 vCPU.
pub const MIN_TASK_CPU_UNITS: u32 = 128;
pub const MAX_TASK_CPU_UNITS: u32 = 196_608;

/// The task sizes Fargate offers: CPU units, and for each the memory sizes in MiB.
fn fargate_memory_choices(cpu: u32) -> Vec<u32> {
    let gib = |n: u32| n * 1024;
    match cpu {
        256 => vec![512, 1024, 2048],
        512 => (1..=4).map(gib).collect(),
        1024 => (2..=8).map(gib).collect(),
        2048 => (4..=16).map(gib).collect(),
        4096 => (8..=30).map(gib).collect(),
        8192 => (16..=60).step_by(4).map(gib).collect(),
        16384 => (32..=120).step_by(8).map(gib).collect(),
        _ => Vec::new(),
    }
}

fn client(message: impl Into<String>) -> EcsError {
    EcsError::client(message)
}

/// Checks a name of the kind ECS uses for families, containers and volumes.
fn is_valid_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 255 && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// Reads a whole number of base units (`"1024"`), or a number followed by `unit` (any case,
/// spaces allowed) that is worth `per_unit` base units and comes out whole (`"0.25 vCPU"`).
fn parse_with_unit(text: &str, unit: &str, per_unit: f64) -> Option<f64> {
    let trimmed = text.trim();
    match trimmed.to_ascii_lowercase().strip_suffix(unit) {
        Some(number) => {
            let amount = number.trim().parse::<f64>().ok()? * per_unit;
            (amount.fract() == 0.0).then_some(amount)
        }
        None => trimmed.parse::<u32>().ok().map(f64::from),
    }
}

/// Task-level `cpu`: CPU units (`"1024"`) or vCPUs (`"1 vCPU"`, `"0.25 vcpu"`); ECS stores units.
pub fn parse_task_cpu(text: &str) -> Result<u32, EcsError> {
    let units = parse_with_unit(text, "vcpu", 1024.0).ok_or_else(|| {
        client(format!("Invalid 'cpu' setting for task: '{text}'. Give CPU units as an integer (\"1024\") or vCPUs (\"1 vCPU\")."))
    })?;
    if !(MIN_TASK_CPU_UNITS as f64..=MAX_TASK_CPU_UNITS as f64).contains(&units) {
        return Err(client(format!(
            "Invalid 'cpu' setting for task: {units} CPU units is outside {MIN_TASK_CPU_UNITS}..{MAX_TASK_CPU_UNITS}."
        )));
    }
    Ok(units as u32)
}

/// Task-level `memory`: MiB (`"2048"`) or GB (`"2 GB"`, `"0.5GB"`); ECS stores MiB.
pub fn parse_task_memory(text: &str) -> Result<u32, EcsError> {
    let mib = parse_with_unit(text, "gb", 1024.0).ok_or_else(|| {
        client(format!("Invalid 'memory' setting for task: '{text}'. Give MiB as an integer (\"2048\") or GB (\"2 GB\")."))
    })?;
    if mib < MIN_CONTAINER_MEMORY_MIB as f64 {
        return Err(client(format!(
            "Invalid 'memory' setting for task: {mib} MiB is too small; a task needs at least {MIN_CONTAINER_MEMORY_MIB} MiB."
        )));
    }
    if mib > u32::MAX as f64 {
        return Err(client(format!("Invalid 'memory' setting for task: {mib} MiB is more than any machine has.")));
    }
    Ok(mib as u32)
}

/// Why a task definition cannot run on Fargate, or `None` if it can.
fn fargate_incompatibility(
    network_mode: NetworkMode,
    task_cpu: Option<u32>,
    task_memory: Option<u32>,
    request: &RegisterTaskDefinitionRequest,
) -> Option<String> {
    if network_mode != NetworkMode::Awsvpc {
        return Some("Fargate only supports network mode 'awsvpc'.".to_owned());
    }
    let (Some(cpu), Some(memory)) = (task_cpu, task_memory) else {
        return Some("Fargate requires task definition to have 'cpu' and 'memory' set at the task level.".to_owned());
    };
    if !fargate_memory_choices(cpu).contains(&memory) {
        return Some(format!(
            "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. Valid memory values for {cpu} CPU units are: {}.",
            match fargate_memory_choices(cpu) {
                choices if choices.is_empty() => "none (Fargate offers 256, 512, 1024, 2048, 4096, 8192 and 16384 CPU units)".to_owned(),
                choices => choices.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
            }
        ));
    }
    for container in &request.container_definitions {
        let name = container.name.as_deref().unwrap_or("");
        if container.privileged == Some(true) {
            return Some(format!("Container '{name}': privileged containers are not supported on Fargate."));
        }
        if container.links.as_ref().is_some_and(|links| !links.is_empty()) {
            return Some(format!("Container '{name}': links are not supported on Fargate."));
        }
    }
    for volume in request.volumes.iter().flatten() {
        if volume.host.as_ref().is_some_and(|host| host.source_path.is_some()) {
            return Some(format!("Volume '{}': host paths are not supported on Fargate.", volume.name.as_deref().unwrap_or("")));
        }
    }
    if request.placement_constraints.as_ref().is_some_and(|constraints| !constraints.is_empty()) {
        return Some("Task placement constraints are not supported on Fargate.".to_owned());
    }
    None
}

fn check_health_check(container_name: &str, health_check: &HealthCheck) -> Result<HealthCheck, EcsError> {
    let prefix = format!("Invalid 'healthCheck' setting for container '{container_name}'");
    match health_check.command.first().map(String::as_str) {
        Some("CMD") | Some("CMD-SHELL") if health_check.command.len() > 1 => {}
        Some("NONE") if health_check.command.len() == 1 => {}
        _ => {
            return Err(client(format!(
                "{prefix}: command must start with \"CMD\" or \"CMD-SHELL\" followed by the command, e.g. [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]."
            )));
        }
    }
    let in_range = |value: Option<i32>, name: &str, default: i32, min: i32, max: i32| -> Result<i32, EcsError> {
        let value = value.unwrap_or(default);
        if (min..=max).contains(&value) {
            Ok(value)
        } else {
            Err(client(format!("{prefix}: {name} must be between {min} and {max} seconds; {value} was given.")))
        }
    };
    let interval = in_range(health_check.interval, "interval", 30, 5, 300)?;
    let timeout = in_range(health_check.timeout, "timeout", 5, 2, 120)?;
    let retries = in_range(health_check.retries, "retries", 3, 1, 10)?;
    if let Some(start_period) = health_check.start_period {
        in_range(Some(start_period), "startPeriod", 0, 0, 300)?;
    }
    if timeout >= interval {
        return Err(client(format!("{prefix}: timeout ({timeout}s) must be shorter than interval ({interval}s).")));
    }
    Ok(HealthCheck {
        command: health_check.command.clone(),
        interval: Some(interval),
        timeout: Some(timeout),
        retries: Some(retries),
        start_period: health_check.start_period,
    })
}

fn check_port_mappings(container_name: &str, mappings: &[PortMapping], network_mode: NetworkMode) -> Result<Vec<PortMapping>, EcsError> {
    let mut normalized = Vec::with_capacity(mappings.len());
    for mapping in mappings {
        let prefix = format!("Invalid 'portMappings' setting for container '{container_name}'");
        if mapping.container_port.is_none() && mapping.container_port_range.is_none() {
            return Err(client(format!("{prefix}: each port mapping needs a containerPort or a containerPortRange.")));
        }
        for (name, port) in [("containerPort", mapping.container_port), ("hostPort", mapping.host_port)] {
            if let Some(port) = port
                && !(0..=65535).contains(&port)
            {
                return Err(client(format!("{prefix}: {name} {port} is not a port number (0-65535).")));
            }
        }
        let mut mapping = mapping.clone();
        if mapping.protocol.is_none() {
            mapping.protocol = Some(TransportProtocol::Tcp);
        }
        if let Some(container_port) = mapping.container_port {
            match network_mode {
                NetworkMode::Awsvpc | NetworkMode::Host => match mapping.host_port {
                    None => mapping.host_port = Some(container_port),
                    Some(host_port) if host_port == container_port => {}
                    Some(host_port) => {
                        return Err(client(format!(
                            "{prefix}: when networkMode={}, the host port ({host_port}) and the container port ({container_port}) must match.",
                            network_mode.as_str()
                        )));
                    }
                },
                // Zero asks for a host port chosen at launch, which is what an absent one means.
                NetworkMode::Bridge => mapping.host_port = Some(mapping.host_port.unwrap_or(0)),
                NetworkMode::None => {
                    return Err(client(format!("{prefix}: a task with networkMode=none cannot map ports.")));
                }
            }
        }
        normalized.push(mapping);
    }
    Ok(normalized)
}

/// Checks one container and fills in ECS's defaults.
fn normalize_container(
    container: &ContainerDefinition,
    network_mode: NetworkMode,
    task_memory: Option<u32>,
) -> Result<ContainerDefinition, EcsError> {
    let name = match container.name.as_deref() {
        None | Some("") => return Err(client("Container.name should not be null or empty.")),
        Some(name) if !is_valid_name(name) => {
            return Err(client(format!(
                "Container name '{name}' is invalid: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed."
            )));
        }
        Some(name) => name,
    };
    if container.image.as_deref().is_none_or(str::is_empty) {
        return Err(client(format!("Container '{name}': Container.image should not be null or empty.")));
    }
    for (field, value) in [("memory", container.memory), ("memoryReservation", container.memory_reservation)] {
        if let Some(value) = value
            && value < MIN_CONTAINER_MEMORY_MIB
        {
            return Err(client(format!(
                "Invalid '{field}' setting for container '{name}': {value} MiB is below the minimum of {MIN_CONTAINER_MEMORY_MIB} MiB."
            )));
        }
    }
    if container.memory.is_none() && container.memory_reservation.is_none() && task_memory.is_none() {
        return Err(client(format!(
            "Invalid setting for container '{name}'. At least one of 'memory' or 'memoryReservation' must be specified (or set 'memory' for the whole task)."
        )));
    }
    if let (Some(memory), Some(reservation)) = (container.memory, container.memory_reservation)
        && memory < reservation
    {
        return Err(client(format!(
            "Invalid setting for container '{name}'. 'memory' ({memory} MiB) must be greater than or equal to 'memoryReservation' ({reservation} MiB)."
        )));
    }
    if let (Some(memory), Some(task_memory)) = (container.memory, task_memory)
        && memory as u32 > task_memory
    {
        return Err(client(format!(
            "Invalid 'memory' setting for container '{name}': {memory} MiB is more than the task's memory of {task_memory} MiB."
        )));
    }
    if let Some(cpu) = container.cpu
        && cpu < 0
    {
        return Err(client(format!("Invalid 'cpu' setting for container '{name}': {cpu} is negative.")));
    }
    for (index, ulimit) in container.ulimits.iter().flatten().enumerate() {
        if ulimit.soft_limit > ulimit.hard_limit {
            return Err(client(format!(
                "Invalid 'ulimits' setting for container '{name}': ulimits[{index}] ({}) has a softLimit above its hardLimit.",
                ulimit.name.as_str()
            )));
        }
    }
    if network_mode == NetworkMode::Awsvpc && container.links.as_ref().is_some_and(|links| !links.is_empty()) {
        return Err(client(format!("Container '{name}': links are not supported when networkMode=awsvpc.")));
    }
    if let Some(stop_timeout) = container.stop_timeout
        && !(0..=120).contains(&stop_timeout)
    {
        return Err(client(format!("Invalid 'stopTimeout' setting for container '{name}': it must be between 0 and 120 seconds.")));
    }
    if let Some(start_timeout) = container.start_timeout
        && start_timeout < 0
    {
        return Err(client(format!("Invalid 'startTimeout' setting for container '{name}': it must not be negative.")));
    }

    let mut normalized = container.clone();
    normalized.cpu = Some(container.cpu.unwrap_or(0));
    normalized.essential = Some(container.essential.unwrap_or(true));
    normalized.environment = Some(container.environment.clone().unwrap_or_default());
    normalized.mount_points = Some(container.mount_points.clone().unwrap_or_default());
    normalized.volumes_from = Some(container.volumes_from.clone().unwrap_or_default());
    normalized.port_mappings = Some(check_port_mappings(name, container.port_mappings.as_deref().unwrap_or(&[]), network_mode)?);
    if let Some(health_check) = &container.health_check {
        normalized.health_check = Some(check_health_check(name, health_check)?);
    }
    Ok(normalized)
}

/// Rules that span containers: unique names, at least one essential container, references
/// (`links`, `volumesFrom`, `dependsOn`, `mountPoints`) that resolve, no dependency cycles, no
/// static host port used twice.
fn check_across_containers(containers: &[ContainerDefinition], volume_names: &BTreeSet<String>) -> Result<(), EcsError> {
    let mut names = BTreeSet::new();
    for container in containers {
        let name = container.name.as_deref().unwrap_or("");
        if !names.insert(name) {
            return Err(client(format!("Duplicate container name '{name}': container names must be unique within a task definition.")));
        }
    }
    if !containers.iter().any(|container| container.essential != Some(false)) {
        return Err(client("Task definition must have at least one essential container."));
    }

    let mut static_host_ports: BTreeMap<(i32, &'static str), &str> = BTreeMap::new();
    let mut dependencies: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for container in containers {
        let name = container.name.as_deref().unwrap_or("");
        for link in container.links.iter().flatten() {
            let target = link.split(':').next().unwrap_or("");
            if !names.contains(target) || target == name {
                return Err(client(format!(
                    "Container '{name}' links to '{target}', which is not another container of this task definition."
                )));
            }
        }
        for volume_from in container.volumes_from.iter().flatten() {
            let source = volume_from.source_container.as_deref().unwrap_or("");
            if !names.contains(source) || source == name {
                return Err(client(format!(
                    "Container '{name}' takes volumes from '{source}', which is not another container of this task definition."
                )));
            }
        }
        for mount_point in container.mount_points.iter().flatten() {
            let source = mount_point.source_volume.as_deref().unwrap_or("");
            if !volume_names.contains(source) {
                return Err(client(format!(
                    "Container '{name}' mounts the volume '{source}', which the task definition's volumes do not declare."
                )));
            }
            if mount_point.container_path.as_deref().is_none_or(str::is_empty) {
                return Err(client(format!("Container '{name}' mounts the volume '{source}' without a containerPath.")));
            }
        }
        for dependency in container.depends_on.iter().flatten() {
            let target = dependency.container_name.as_str();
            let Some(target_container) = containers.iter().find(|other| other.name.as_deref() == Some(target)) else {
                return Err(client(format!("Container '{name}' depends on '{target}', which is not a container of this task definition.")));
            };
            if target == name {
                return Err(client(format!("Container '{name}' cannot depend on itself.")));
            }
            if dependency.condition == ContainerCondition::Healthy && target_container.health_check.is_none() {
                return Err(client(format!("Container '{name}' waits for '{target}' to be HEALTHY, but '{target}' has no healthCheck.")));
            }
            if matches!(dependency.condition, ContainerCondition::Complete | ContainerCondition::Success)
                && target_container.essential != Some(false)
            {
                return Err(client(format!(
                    "Container '{name}' waits for '{target}' to {}, but '{target}' is essential; a container others wait on to finish must set essential=false.",
                    dependency.condition.as_str()
                )));
            }
            dependencies.entry(name).or_default().push(target);
        }
        for mapping in container.port_mappings.iter().flatten() {
            let (Some(host_port), Some(protocol)) = (mapping.host_port, mapping.protocol) else { continue };
            if host_port == 0 {
                continue;
            }
            if let Some(other) = static_host_ports.insert((host_port, protocol.as_str()), name) {
                return Err(client(format!(
                    "Host port {host_port}/{} is mapped by both '{other}' and '{name}'; a task can use each host port once.",
                    protocol.as_str()
                )));
            }
        }
    }
    if let Some(cycle_member) = find_dependency_cycle(&dependencies) {
        return Err(client(format!("The dependsOn settings form a cycle through container '{cycle_member}'.")));
    }
    Ok(())
}

/// A container on a cycle of `dependsOn` edges, if there is one (depth-first search).
fn find_dependency_cycle<'a>(dependencies: &BTreeMap<&'a str, Vec<&'a str>>) -> Option<&'a str> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit<'a>(node: &'a str, dependencies: &BTreeMap<&'a str, Vec<&'a str>>, marks: &mut BTreeMap<&'a str, Mark>) -> Option<&'a str> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Visiting) => return Some(node),
            None => {}
        }
        marks.insert(node, Mark::Visiting);
        for next in dependencies.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, dependencies, marks) {
                return Some(found);
            }
        }
        marks.insert(node, Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    dependencies.keys().find_map(|node| visit(node, dependencies, &mut marks))
}

/// The agent capabilities a task definition needs, as ECS derives them; the scheduler places its
/// tasks only on instances that advertise all of them.
fn derive_requires_attributes(request: &RegisterTaskDefinitionRequest, network_mode: NetworkMode) -> Vec<Attribute> {
    let mut names = BTreeSet::new();
    if request.task_role_arn.as_deref().is_some_and(|arn| !arn.is_empty()) {
        names.insert("com.amazonaws.ecs.capability.task-iam-role".to_owned());
    }
    if network_mode == NetworkMode::Awsvpc {
        names.insert("ecs.capability.task-eni".to_owned());
    }
    let has_execution_role = request.execution_role_arn.as_deref().is_some_and(|arn| !arn.is_empty());
    for container in &request.container_definitions {
        if container.memory_reservation.is_some() {
            names.insert("com.amazonaws.ecs.capability.docker-remote-api.1.21".to_owned());
        }
        if container.docker_labels.as_ref().is_some_and(|labels| !labels.is_empty()) || container.ulimits.is_some() {
            names.insert("com.amazonaws.ecs.capability.docker-remote-api.1.18".to_owned());
        }
        if let Some(log_configuration) = &container.log_configuration {
            names.insert(format!("com.amazonaws.ecs.capability.logging-driver.{}", log_configuration.log_driver.as_str()));
            names.insert("com.amazonaws.ecs.capability.docker-remote-api.1.19".to_owned());
            if log_configuration.log_driver == LogDriver::Awslogs && has_execution_role {
                names.insert("ecs.capability.execution-role-awslogs".to_owned());
            }
        }
        if container.health_check.is_some() {
            names.insert("ecs.capability.container-health-check".to_owned());
        }
        if container.depends_on.as_ref().is_some_and(|dependencies| !dependencies.is_empty())
            || container.start_timeout.is_some()
            || container.stop_timeout.is_some()
        {
            names.insert("ecs.capability.container-ordering".to_owned());
        }
        for secret in container.secrets.iter().flatten() {
            if secret.value_from.contains(":secretsmanager:") {
                names.insert("ecs.capability.secrets.asm.environment-variables".to_owned());
            } else {
                names.insert("ecs.capability.secrets.ssm.environment-variables".to_owned());
            }
        }
        if container.environment_files.as_ref().is_some_and(|files| !files.is_empty()) {
            names.insert("ecs.capability.env-files.s3".to_owned());
        }
        if container.repository_credentials.is_some() {
            names.insert("com.amazonaws.ecs.capability.private-registry-authentication.secretsmanager".to_owned());
        }
        if container.linux_parameters.as_ref().is_some_and(|parameters| parameters.init_process_enabled == Some(true)) {
            names.insert("com.amazonaws.ecs.capability.docker-remote-api.1.25".to_owned());
        }
        if let Some(firelens) = &container.firelens_configuration {
            names.insert(format!("ecs.capability.firelens.{}", firelens.r#type.as_str()));
        }
    }
    for volume in request.volumes.iter().flatten() {
        if volume.docker_volume_configuration.is_some() {
            names.insert("com.amazonaws.ecs.capability.docker-remote-api.1.25".to_owned());
        }
        if volume.efs_volume_configuration.is_some() {
            names.insert("ecs.capability.efs".to_owned());
        }
    }
    names.into_iter().map(|name| Attribute { name, value: None, target_type: None, target_id: None }).collect()
}

/// Checks a registration request and returns the task definition ECS would store for it, without
/// the parts the registration itself assigns (ARN, revision, status, timestamps, registeredBy).
pub fn normalize_task_definition(request: &RegisterTaskDefinitionRequest) -> Result<TaskDefinition, EcsError> {
    if !is_valid_name(&request.family) {
        return Err(client(format!(
            "Family '{}' is invalid: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.",
            request.family
        )));
    }
    if request.container_definitions.is_empty() {
        return Err(client("Container list cannot be empty."));
    }
    if request.container_definitions.len() > MAX_CONTAINERS {
        return Err(client(format!(
            "A task definition can hold at most {MAX_CONTAINERS} containers; {} were given.",
            request.container_definitions.len()
        )));
    }
    let network_mode = request.network_mode.unwrap_or(NetworkMode::Bridge);
    let task_cpu = request.cpu.as_deref().map(parse_task_cpu).transpose()?;
    let task_memory = request.memory.as_deref().map(parse_task_memory).transpose()?;

    let mut volume_names = BTreeSet::new();
    for volume in request.volumes.iter().flatten() {
        let name = volume.name.clone().unwrap_or_default();
        if !is_valid_name(&name) {
            return Err(client(format!(
                "Volume name '{name}' is invalid: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed."
            )));
        }
        if !volume_names.insert(name.clone()) {
            return Err(client(format!("Duplicate volume name '{name}'.")));
        }
    }

    let containers = request
        .container_definitions
        .iter()
        .map(|container| normalize_container(container, network_mode, task_memory))
        .collect::<Result<Vec<_>, _>>()?;
    check_across_containers(&containers, &volume_names)?;
    if let Some(task_memory) = task_memory {
        let reserved: i64 = containers.iter().map(|container| container.memory_reservation.or(container.memory).unwrap_or(0) as i64).sum();
        if reserved > task_memory as i64 {
            return Err(client(format!("The containers reserve {reserved} MiB in all, more than the task's memory of {task_memory} MiB.")));
        }
    }
    if let Some(task_cpu) = task_cpu {
        let container_cpu: i64 = containers.iter().map(|container| container.cpu.unwrap_or(0) as i64).sum();
        if container_cpu > task_cpu as i64 {
            return Err(client(format!(
                "The containers ask for {container_cpu} CPU units in all, more than the task's cpu of {task_cpu} units."
            )));
        }
    }
    for (index, constraint) in request.placement_constraints.iter().flatten().enumerate() {
        if constraint.expression.as_deref().is_none_or(str::is_empty) {
            return Err(client(format!("placementConstraints[{index}]: a memberOf constraint needs an expression.")));
        }
    }
    if request.placement_constraints.as_ref().is_some_and(|constraints| constraints.len() > 10) {
        return Err(client("A task definition can have at most 10 placement constraints."));
    }

    let requires_compatibilities = request.requires_compatibilities.clone().unwrap_or_default();
    let fargate_problem = fargate_incompatibility(network_mode, task_cpu, task_memory, request);
    if requires_compatibilities.contains(&Compatibility::Fargate)
        && let Some(problem) = &fargate_problem
    {
        return Err(client(problem.clone()));
    }
    let mut compatibilities = vec![Compatibility::Ec2];
    if fargate_problem.is_none() {
        compatibilities.push(Compatibility::Fargate);
    }
    for requested in &requires_compatibilities {
        if !compatibilities.contains(requested) {
            compatibilities.push(*requested);
        }
    }

    Ok(TaskDefinition {
        family: Some(request.family.clone()),
        container_definitions: Some(containers),
        task_role_arn: request.task_role_arn.clone().filter(|arn| !arn.is_empty()),
        execution_role_arn: request.execution_role_arn.clone().filter(|arn| !arn.is_empty()),
        network_mode: request.network_mode,
        volumes: Some(request.volumes.clone().unwrap_or_default()),
        requires_attributes: Some(derive_requires_attributes(request, network_mode)),
        placement_constraints: Some(request.placement_constraints.clone().unwrap_or_default()),
        compatibilities: Some(compatibilities),
        runtime_platform: request.runtime_platform.clone(),
        requires_compatibilities: request.requires_compatibilities.clone(),
        cpu: task_cpu.map(|cpu| cpu.to_string()),
        memory: task_memory.map(|memory| memory.to_string()),
        inference_accelerators: request.inference_accelerators.clone(),
        pid_mode: request.pid_mode,
        ipc_mode: request.ipc_mode,
        proxy_configuration: request.proxy_configuration.clone(),
        ephemeral_storage: request.ephemeral_storage.clone(),
        enable_fault_injection: request.enable_fault_injection,
        trusted_execution_configuration: request.trusted_execution_configuration.clone(),
        ..TaskDefinition::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A request from JSON, as a client would send it.
    fn request(json: serde_json::Value) -> RegisterTaskDefinitionRequest {
        serde_json::from_value(json).unwrap()
    }

    /// Checks that `json` is refused with a message containing `expected`.
    fn check_refused(json: serde_json::Value, expected: &str) {
        match normalize_task_definition(&request(json.clone())) {
            Ok(_) => panic!("accepted: {json}"),
            Err(error) => {
                assert!(matches!(error, EcsError::Client { .. }), "{error:?}");
                assert!(error.to_string().contains(expected), "{json}\n  gave: {error}\n  expected to contain: {expected}");
            }
        }
    }

    fn container(extra: serde_json::Value) -> serde_json::Value {
        let mut base = serde_json::json!({"name": "app", "image": "busybox", "memory": 64});
        base.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        base
    }

    #[test]
    fn refusals() {
        use serde_json::json;
        let cases = [
            (json!({"family": "bad/family", "containerDefinitions": [container(json!({}))]}), "Family"),
            (json!({"family": "f", "containerDefinitions": []}), "cannot be empty"),
            (
                json!({"family": "f", "containerDefinitions": (0..11).map(|index| container(json!({"name": format!("c{index}")}))).collect::<Vec<_>>()}),
                "at most 10",
            ),
            (json!({"family": "f", "containerDefinitions": [{"name": "a", "image": "busybox"}]}), "memoryReservation"),
            (json!({"family": "f", "containerDefinitions": [container(json!({"image": ""}))]}), "image"),
            (json!({"family": "f", "containerDefinitions": [container(json!({"name": ""}))]}), "name"),
            (json!({"family": "f", "containerDefinitions": [container(json!({"memory": 4}))]}), "minimum of 6"),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"memory": 64, "memoryReservation": 128}))]}),
                "greater than or equal",
            ),
            (json!({"family": "f", "containerDefinitions": [container(json!({"essential": false}))]}), "essential"),
            (json!({"family": "f", "containerDefinitions": [container(json!({"links": ["ghost"]}))]}), "ghost"),
            (json!({"family": "f", "containerDefinitions": [container(json!({"volumesFrom": [{"sourceContainer": "ghost"}]}))]}), "ghost"),
            (
                json!({"family": "f", "containerDefinitions": [
                    container(json!({"name": "a", "dependsOn": [{"containerName": "b", "condition": "START"}]})),
                    container(json!({"name": "b", "dependsOn": [{"containerName": "a", "condition": "START"}]}))]}),
                "cycle",
            ),
            (
                json!({"family": "f", "containerDefinitions": [
                    container(json!({"name": "a", "dependsOn": [{"containerName": "b", "condition": "HEALTHY"}]})),
                    container(json!({"name": "b"}))]}),
                "no healthCheck",
            ),
            (
                json!({"family": "f", "containerDefinitions": [
                    container(json!({"name": "a", "dependsOn": [{"containerName": "b", "condition": "SUCCESS"}]})),
                    container(json!({"name": "b"}))]}),
                "essential=false",
            ),
            (
                json!({"family": "f", "containerDefinitions": [
                    container(json!({"name": "a", "portMappings": [{"containerPort": 80, "hostPort": 8080}]})),
                    container(json!({"name": "b", "portMappings": [{"containerPort": 81, "hostPort": 8080}]}))]}),
                "Host port 8080/tcp",
            ),
            (json!({"family": "f", "containerDefinitions": [container(json!({"portMappings": [{"hostPort": 80}]}))]}), "containerPort"),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"portMappings": [{"containerPort": 70000}]}))]}),
                "not a port number",
            ),
            (
                json!({"family": "f", "networkMode": "host", "containerDefinitions": [container(json!({"portMappings": [{"containerPort": 80, "hostPort": 81}]}))]}),
                "must match",
            ),
            (
                json!({"family": "f", "networkMode": "none", "containerDefinitions": [container(json!({"portMappings": [{"containerPort": 80}]}))]}),
                "cannot map ports",
            ),
            (
                json!({"family": "f", "networkMode": "awsvpc", "containerDefinitions": [container(json!({"links": ["x"]})), container(json!({"name": "x"}))]}),
                "links",
            ),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"healthCheck": {"command": ["curl", "localhost"]}}))]}),
                "CMD",
            ),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"healthCheck": {"command": ["CMD", "true"], "interval": 1}}))]}),
                "interval",
            ),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"healthCheck": {"command": ["CMD", "true"], "interval": 5, "timeout": 10}}))]}),
                "shorter than interval",
            ),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"healthCheck": {"command": ["CMD", "true"], "retries": 11}}))]}),
                "retries",
            ),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"ulimits": [{"name": "nofile", "softLimit": 10, "hardLimit": 5}]}))]}),
                "softLimit",
            ),
            (json!({"family": "f", "containerDefinitions": [container(json!({"stopTimeout": 500}))]}), "stopTimeout"),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({"mountPoints": [{"sourceVolume": "v"}]}))], "volumes": [{"name": "v"}]}),
                "containerPath",
            ),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({}))], "volumes": [{"name": "v"}, {"name": "v"}]}),
                "Duplicate volume",
            ),
            (json!({"family": "f", "cpu": "64", "containerDefinitions": [container(json!({}))]}), "cpu"),
            (json!({"family": "f", "cpu": "lots", "containerDefinitions": [container(json!({}))]}), "Invalid 'cpu'"),
            (json!({"family": "f", "memory": "2 TB", "containerDefinitions": [container(json!({}))]}), "Invalid 'memory'"),
            (json!({"family": "f", "cpu": "256", "containerDefinitions": [container(json!({"cpu": 512}))]}), "CPU units"),
            (
                json!({"family": "f", "memory": "100", "containerDefinitions": [container(json!({"memory": 64})), container(json!({"name": "b", "memory": 64}))]}),
                "reserve",
            ),
            (
                json!({"family": "f", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "containerDefinitions": [container(json!({}))]}),
                "'cpu' and 'memory'",
            ),
            (
                json!({"family": "f", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "300", "memory": "512", "containerDefinitions": [container(json!({}))]}),
                "No Fargate configuration",
            ),
            (
                json!({"family": "f", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [container(json!({"privileged": true}))]}),
                "privileged",
            ),
            (
                json!({"family": "f", "containerDefinitions": [container(json!({}))], "placementConstraints": [{"type": "memberOf"}]}),
                "expression",
            ),
        ];
        for (json, expected) in cases {
            check_refused(json, expected);
        }
    }

    #[test]
    fn units_are_normalized() {
        for (text, units) in [("256", 256), ("1 vCPU", 1024), ("0.25 vcpu", 256), ("2vCPU", 2048), (" 512 ", 512)] {
            assert_eq!(parse_task_cpu(text).unwrap(), units, "{text}");
        }
        for (text, mib) in [("512", 512), ("1GB", 1024), ("0.5 GB", 512), ("2 gb", 2048)] {
            assert_eq!(parse_task_memory(text).unwrap(), mib, "{text}");
        }
        for text in ["0.1 vCPU", "-1", "", "1.5"] {
            assert!(parse_task_cpu(text).is_err(), "{text}");
        }
    }

    #[test]
    fn fargate_sizes_follow_the_published_table() {
        assert_eq!(fargate_memory_choices(256), [512, 1024, 2048]);
        assert!(fargate_memory_choices(4096).contains(&30720));
        assert!(!fargate_memory_choices(4096).contains(&31744));
        assert!(fargate_memory_choices(8192).contains(&20480));
        assert!(!fargate_memory_choices(8192).contains(&17408), "8 vCPU sizes go up in 4 GB steps");
        assert!(fargate_memory_choices(384).is_empty());
    }

    #[test]
    fn defaults_and_derived_fields() {
        use serde_json::json;
        let definition = normalize_task_definition(&request(json!({
            "family": "web",
            "networkMode": "awsvpc",
            "cpu": "0.5 vCPU",
            "memory": "1 GB",
            "taskRoleArn": "",
            "containerDefinitions": [container(json!({"portMappings": [{"containerPort": 8080}], "healthCheck": {"command": ["CMD-SHELL", "true"]}}))]
        })))
        .unwrap();
        assert_eq!(definition.cpu.as_deref(), Some("512"));
        assert_eq!(definition.memory.as_deref(), Some("1024"));
        assert_eq!(definition.task_role_arn, None, "an empty role ARN is no role");
        assert_eq!(definition.compatibilities, Some(vec![Compatibility::Ec2, Compatibility::Fargate]));
        let container = &definition.container_definitions.as_ref().unwrap()[0];
        let mapping = &container.port_mappings.as_ref().unwrap()[0];
        assert_eq!((mapping.host_port, mapping.protocol), (Some(8080), Some(TransportProtocol::Tcp)));
        let health_check = container.health_check.as_ref().unwrap();
        assert_eq!((health_check.interval, health_check.timeout, health_check.retries), (Some(30), Some(5), Some(3)));
        let attributes: Vec<&str> =
            definition.requires_attributes.as_ref().unwrap().iter().map(|attribute| attribute.name.as_str()).collect();
        assert_eq!(attributes, ["ecs.capability.container-health-check", "ecs.capability.task-eni"]);
    }
}
