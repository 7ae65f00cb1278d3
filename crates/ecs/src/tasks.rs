//! Tasks: `RunTask`, `StartTask`, `StopTask`, `DescribeTasks`, `ListTasks`, and the agent's
//! reports (`SubmitTaskStateChange`, `SubmitContainerStateChange`).
//!
//! A task is placed by one transaction that writes the task record and its instance's record
//! (the allocation, compared by revision so nothing over-commits); every later change to what
//! the agent must do (`StopTask`, the task stopping) rewrites the instance record too, which is
//! what wakes the agent's poll. Timestamps and status moves follow ECS: PENDING → RUNNING →
//! STOPPED, never backwards, `stoppingAt`/`stoppedAt`/`executionStoppedAt`, `stopCode`.

use std::collections::BTreeMap;
use std::time::Duration;

use ferry_api::shape::Timestamp;
use ferry_store::{Compare, Operation, Txn};

use crate::EcsService;
use crate::error::EcsError;
use crate::generated::{
    Attachment, Connectivity, Container, ContainerOverride, ContainerStateChange, DescribeTasksRequest, DescribeTasksResponse,
    DesiredStatus, Failure, HealthStatus, KeyValuePair, LaunchType, ListTasksRequest, ListTasksResponse, NetworkInterface, NetworkMode,
    RunTaskRequest, RunTaskResponse, StartTaskRequest, StartTaskResponse, StopTaskRequest, StopTaskResponse,
    SubmitContainerStateChangeRequest, SubmitContainerStateChangeResponse, SubmitTaskStateChangeRequest, SubmitTaskStateChangeResponse,
    Tag, Task, TaskDefinition, TaskDefinitionStatus, TaskField, TaskOverride, TaskStopCode, TransportProtocol,
};
use crate::keys;
use crate::paging::{encode_token, page_request};
use crate::records::{
    Allocation, ContainerInstanceRecord, ContainerInstanceStatusValue, RunTaskTokenRecord, TaskDefinitionRecord, TaskRecord, decode, encode,
};
use crate::store_access::{Attempt, Versioned, list_all, read, retry_on_conflict, scan_page};
use crate::tags::check_new_tags;
use crate::task_definition_rules::{parse_task_cpu, parse_task_memory};
use ferry_scheduler::{InstanceSnapshot, PlacementConstraint, PlacementPlan, PlacementRequest, PlacementStrategy, TaskRequirements};

/// ECS starts at most 10 tasks per `RunTask`/`StartTask` call.
const MAX_TASKS_PER_CALL: i32 = 10;
/// ECS describes at most 100 tasks per call.
const MAX_TASKS_PER_DESCRIBE: usize = 100;
/// Stopped tasks stay describable for at least this long, then are purged.
pub const STOPPED_TASK_RETENTION: Duration = Duration::from_secs(3600);

/// The order of ECS's task statuses; a task only ever moves forward through it.
fn status_rank(status: &str) -> u8 {
    match status {
        "PROVISIONING" => 0,
        "PENDING" => 1,
        "ACTIVATING" => 2,
        "RUNNING" => 3,
        "DEACTIVATING" => 4,
        "STOPPING" => 5,
        "DEPROVISIONING" => 6,
        "STOPPED" => 7,
        _ => 0,
    }
}

fn is_stopped(task: &Task) -> bool {
    task.last_status.as_deref() == Some("STOPPED")
}

/// Everything about a launch that does not depend on where the task goes.
pub(crate) struct LaunchRequest {
    pub(crate) task_definition: TaskDefinition,
    pub(crate) overrides: TaskOverride,
    pub(crate) started_by: Option<String>,
    pub(crate) group: String,
    pub(crate) tags: Vec<Tag>,
    pub(crate) enable_execute_command: bool,
    pub(crate) requirements: TaskRequirements,
    pub(crate) constraints: Vec<PlacementConstraint>,
    pub(crate) strategies: Vec<PlacementStrategy>,
}

/// What a task definition and overrides need from an instance.
pub fn task_requirements(definition: &TaskDefinition, overrides: &TaskOverride) -> Result<TaskRequirements, EcsError> {
    let containers = definition.container_definitions.as_deref().unwrap_or(&[]);
    let container_override = |name: &Option<String>| -> Option<&ContainerOverride> {
        overrides.container_overrides.as_deref().unwrap_or(&[]).iter().find(|candidate| candidate.name == *name)
    };
    let task_cpu = overrides.cpu.as_deref().or(definition.cpu.as_deref()).map(parse_task_cpu).transpose()?;
    let task_memory = overrides.memory.as_deref().or(definition.memory.as_deref()).map(parse_task_memory).transpose()?;
    let cpu = match task_cpu {
        Some(cpu) => cpu as i32,
        None => {
            containers.iter().map(|container| container_override(&container.name).and_then(|o| o.cpu).or(container.cpu).unwrap_or(0)).sum()
        }
    };
    let memory = match task_memory {
        Some(memory) => memory as i32,
        None => containers
            .iter()
            .map(|container| {
                let overridden = container_override(&container.name);
                overridden
                    .and_then(|o| o.memory)
                    .or(container.memory)
                    .or(overridden.and_then(|o| o.memory_reservation))
                    .or(container.memory_reservation)
                    .unwrap_or(0)
            })
            .sum(),
    };
    let network_mode = definition.network_mode.unwrap_or(NetworkMode::Bridge);
    let mut requirements = TaskRequirements { cpu, memory, needs_address: network_mode == NetworkMode::Awsvpc, ..Default::default() };
    if matches!(network_mode, NetworkMode::Bridge | NetworkMode::Host) {
        for mapping in containers.iter().flat_map(|container| container.port_mappings.as_deref().unwrap_or(&[])) {
            let host_port = match network_mode {
                NetworkMode::Host => mapping.host_port.or(mapping.container_port),
                _ => mapping.host_port,
            };
            if let Some(port) = host_port.filter(|port| *port > 0).and_then(|port| u16::try_from(port).ok()) {
                match mapping.protocol {
                    Some(TransportProtocol::Udp) => requirements.udp_ports.push(port),
                    _ => requirements.tcp_ports.push(port),
                }
            }
        }
    }
    for attribute in definition.requires_attributes.as_deref().unwrap_or(&[]) {
        requirements.required_attributes.push((attribute.name.clone(), attribute.value.clone()));
    }
    Ok(requirements)
}

impl EcsService {
    fn task_arn(&self, cluster: &str, id: &str) -> String {
        self.identity.arn("ecs", &format!("task/{cluster}/{id}"))
    }

    /// The id a `task` parameter (an id or an ARN) names.
    pub(crate) fn task_id(&self, cluster: &str, reference: &str) -> Result<String, EcsError> {
        self.id_in_cluster(cluster, reference, "task", "task")
    }

    pub(crate) async fn read_task(&self, cluster: &str, id: &str) -> Result<Option<Versioned<TaskRecord>>, EcsError> {
        read::<TaskRecord>(self.store.as_ref(), &keys::task(cluster, id)).await
    }

    /// The ACTIVE task definition a launch names, or ECS's `ClientException`.
    pub(crate) async fn task_definition_for_launch(&self, text: &str) -> Result<TaskDefinition, EcsError> {
        let reference = self.parse_task_definition_reference(text)?;
        let not_found = || EcsError::client(format!("TaskDefinition not found: '{text}' names no registered task definition."));
        let Some((revision, _)) = self.resolve_revision(&reference).await? else { return Err(not_found()) };
        let Some(stored) = read::<TaskDefinitionRecord>(self.store.as_ref(), &keys::task_definition(&reference.family, revision)).await?
        else {
            return Err(not_found());
        };
        let definition = stored.record.task_definition;
        if definition.status != Some(TaskDefinitionStatus::Active) {
            return Err(EcsError::client(format!(
                "TaskDefinition is inactive: {}:{revision} was deregistered; new tasks need an ACTIVE revision.",
                reference.family
            )));
        }
        Ok(definition)
    }

    /// The task definition a task was started from, whatever its status now.
    pub(crate) async fn task_definition_of_task(&self, task: &Task) -> Result<Option<TaskDefinition>, EcsError> {
        let Some(arn) = &task.task_definition_arn else { return Ok(None) };
        let reference = self.parse_task_definition_reference(arn)?;
        let Some(revision) = reference.revision else { return Ok(None) };
        Ok(read::<TaskDefinitionRecord>(self.store.as_ref(), &keys::task_definition(&reference.family, revision))
            .await?
            .map(|stored| stored.record.task_definition))
    }

    #[allow(clippy::too_many_arguments)]
    fn check_launch(
        &self,
        definition: TaskDefinition,
        overrides: Option<TaskOverride>,
        network_configuration_given: bool,
        started_by: Option<String>,
        group: Option<String>,
        tags: Option<Vec<Tag>>,
        enable_execute_command: Option<bool>,
        placement: (Vec<PlacementConstraint>, Vec<PlacementStrategy>),
    ) -> Result<LaunchRequest, EcsError> {
        let overrides = overrides.unwrap_or_default();
        let container_names: Vec<&str> =
            definition.container_definitions.as_deref().unwrap_or(&[]).iter().filter_map(|container| container.name.as_deref()).collect();
        for container_override in overrides.container_overrides.as_deref().unwrap_or(&[]) {
            let name = container_override.name.as_deref().unwrap_or("");
            if !container_names.contains(&name) {
                return Err(EcsError::invalid_parameter(format!(
                    "Override for container named {name} is not a container in the TaskDefinition (it has {}).",
                    container_names.join(", ")
                )));
            }
        }
        let awsvpc = definition.network_mode == Some(NetworkMode::Awsvpc);
        if awsvpc && !network_configuration_given {
            return Err(EcsError::invalid_parameter("Network Configuration must be provided when networkMode 'awsvpc' is specified."));
        }
        if !awsvpc && network_configuration_given {
            return Err(EcsError::invalid_parameter(
                "Network Configuration is not valid for the given networkMode of this task definition.",
            ));
        }
        if let Some(started_by) = &started_by
            && started_by.len() > 128
        {
            return Err(EcsError::invalid_parameter("startedBy may be at most 128 characters."));
        }
        let tags = tags.unwrap_or_default();
        check_new_tags(&tags)?;
        let requirements = task_requirements(&definition, &overrides)?;
        let family = definition.family.clone().unwrap_or_default();
        Ok(LaunchRequest {
            group: group.unwrap_or_else(|| format!("family:{family}")),
            task_definition: definition,
            overrides,
            started_by,
            tags,
            enable_execute_command: enable_execute_command.unwrap_or(false),
            requirements,
            constraints: placement.0,
            strategies: placement.1,
        })
    }

    /// A new task record for `launch` on `instance`, with the awsvpc address when it has one.
    fn new_task(&self, launch: &LaunchRequest, instance: &ContainerInstanceRecord, address: Option<&str>) -> TaskRecord {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let cluster = &instance.cluster;
        let task_arn = self.task_arn(cluster, &id);
        let now = Timestamp::from_system_time(self.clock.now());
        let attachment = address.map(|address| {
            let attachment_id = uuid::Uuid::new_v4().to_string();
            let detail = |name: &str, value: String| KeyValuePair { name: Some(name.to_owned()), value: Some(value) };
            Attachment {
                id: Some(attachment_id),
                r#type: Some("ElasticNetworkInterface".to_owned()),
                status: Some("ATTACHED".to_owned()),
                details: Some(vec![
                    detail("subnetId", instance.awsvpc_subnet().unwrap_or_default()),
                    detail("networkInterfaceId", format!("eni-{}", &id[..17])),
                    detail("macAddress", format!("02:fe:{}:{}:{}:{}", &id[0..2], &id[2..4], &id[4..6], &id[6..8])),
                    detail("privateDnsName", format!("ip-{}.ferry.internal", address.replace('.', "-"))),
                    detail("privateIPv4Address", address.to_owned()),
                ]),
            }
        });
        let containers = launch
            .task_definition
            .container_definitions
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .map(|definition| Container {
                container_arn: Some(self.identity.arn("ecs", &format!("container/{cluster}/{id}/{}", uuid::Uuid::new_v4()))),
                task_arn: Some(task_arn.clone()),
                name: definition.name.clone(),
                image: definition.image.clone(),
                last_status: Some("PENDING".to_owned()),
                cpu: Some(definition.cpu.unwrap_or(0).to_string()),
                memory: definition.memory.map(|memory| memory.to_string()),
                memory_reservation: definition.memory_reservation.map(|memory| memory.to_string()),
                network_bindings: Some(Vec::new()),
                network_interfaces: Some(match (&attachment, address) {
                    (Some(attachment), Some(address)) => vec![NetworkInterface {
                        attachment_id: attachment.id.clone(),
                        private_ipv4_address: Some(address.to_owned()),
                        ipv6_address: None,
                    }],
                    _ => Vec::new(),
                }),
                health_status: definition.health_check.as_ref().map(|_| HealthStatus::Unknown),
                ..Default::default()
            })
            .collect();
        let mut overrides = launch.overrides.clone();
        overrides.container_overrides.get_or_insert_with(Vec::new);
        overrides.inference_accelerator_overrides.get_or_insert_with(Vec::new);
        let task = Task {
            attachments: Some(attachment.into_iter().collect()),
            attributes: Some(Vec::new()),
            availability_zone: instance.attribute_map().get("ecs.availability-zone").cloned().flatten(),
            cluster_arn: Some(self.cluster_arn(cluster)),
            container_instance_arn: Some(instance.arn.clone()),
            containers: Some(containers),
            cpu: launch.overrides.cpu.clone().or(launch.task_definition.cpu.clone()),
            memory: launch.overrides.memory.clone().or(launch.task_definition.memory.clone()),
            created_at: Some(now),
            desired_status: Some("RUNNING".to_owned()),
            enable_execute_command: Some(launch.enable_execute_command),
            group: Some(launch.group.clone()),
            health_status: Some(HealthStatus::Unknown),
            last_status: Some("PENDING".to_owned()),
            launch_type: Some(LaunchType::Ec2),
            overrides: Some(overrides),
            started_by: launch.started_by.clone(),
            tags: Some(launch.tags.clone()),
            task_arn: Some(task_arn),
            task_definition_arn: launch.task_definition.task_definition_arn.clone(),
            version: Some(1),
            ..Default::default()
        };
        TaskRecord { id, cluster: cluster.clone(), container_instance_id: instance.id.clone(), task, client_token: None }
    }

    /// Places `count` tasks of `launch` on the instances `choose_instances` picks out of the
    /// cluster's and writes them in one transaction; retries from a fresh read when an instance
    /// changed meanwhile. Returns the tasks, the placement failures and, when not every task
    /// found a place, the scheduler's explanation.
    pub(crate) async fn launch_tasks(
        &self,
        cluster: &str,
        launch: &LaunchRequest,
        count: usize,
        choose_instances: impl Fn(&[Versioned<ContainerInstanceRecord>]) -> Result<Vec<usize>, EcsError>,
        client_token: Option<(&str, &str)>,
    ) -> Result<(Vec<TaskRecord>, Vec<Failure>, Option<String>), EcsError> {
        retry_on_conflict(&keys::cluster(cluster), || async {
            let all_instances = self.cluster_instances(cluster).await?;
            let chosen = choose_instances(&all_instances)?;
            let instances: Vec<&Versioned<ContainerInstanceRecord>> = chosen.iter().map(|index| &all_instances[*index]).collect();
            let snapshots: Vec<InstanceSnapshot> = instances
                .iter()
                .map(|versioned| versioned.record.snapshot(self.agent_presence.is_connected(&versioned.record.arn)))
                .collect();
            let request = PlacementRequest {
                requirements: launch.requirements.clone(),
                task_group: launch.group.clone(),
                count,
                constraints: launch.constraints.clone(),
                strategies: launch.strategies.clone(),
                random_seed: rand::random(),
            };
            let PlacementPlan { placements, failures, explanation } = ferry_scheduler::place(&snapshots, &request);

            let mut changed: BTreeMap<usize, ContainerInstanceRecord> = BTreeMap::new();
            let mut tasks = Vec::new();
            for instance_index in placements {
                let instance = changed.entry(instance_index).or_insert_with(|| instances[instance_index].record.clone());
                let address = if launch.requirements.needs_address { instance.free_addresses().into_iter().next() } else { None };
                let mut task = self.new_task(launch, instance, address.as_deref());
                task.client_token = client_token.map(|(token, _)| token.to_owned());
                instance.allocations.insert(
                    task.id.clone(),
                    Allocation {
                        cpu: launch.requirements.cpu,
                        memory: launch.requirements.memory,
                        tcp_ports: launch.requirements.tcp_ports.clone(),
                        udp_ports: launch.requirements.udp_ports.clone(),
                        ipv4_address: address,
                        last_status: "PENDING".to_owned(),
                        desired_status: "RUNNING".to_owned(),
                        group: Some(launch.group.clone()),
                    },
                );
                instance.version += 1;
                tasks.push(task);
            }
            let failures: Vec<Failure> = failures
                .into_iter()
                .map(|(index, reason)| Failure {
                    arn: Some(instances[index].record.arn.clone()),
                    reason: Some(reason.code()),
                    detail: Some(reason.detail()),
                })
                .collect();

            let mut compares = Vec::new();
            let mut writes = Vec::new();
            for (index, record) in &changed {
                let key = keys::container_instance(cluster, &record.id);
                compares.push(Compare::ModRevision { key: key.clone(), revision: instances[*index].mod_revision });
                writes.push(Operation::Put { key, value: encode(record) });
            }
            for task in &tasks {
                writes.push(Operation::Put { key: keys::task(cluster, &task.id), value: encode(task) });
            }
            if let Some((token, fingerprint)) = client_token {
                let key = keys::run_task_token(cluster, token);
                compares.push(Compare::Absent { key: key.clone() });
                let record = RunTaskTokenRecord {
                    request_fingerprint: fingerprint.to_owned(),
                    task_ids: tasks.iter().map(|task| task.id.clone()).collect(),
                    failures: failures.clone(),
                    created_at: Timestamp::from_system_time(self.clock.now()),
                };
                writes.push(Operation::Put { key, value: encode(&record) });
            }
            if writes.is_empty() {
                return Ok(Attempt::Done((tasks, failures, explanation)));
            }
            let outcome = self.store.txn(Txn { compares, success: writes, failure: vec![] }).await?;
            Ok(if outcome.succeeded { Attempt::Done((tasks, failures, explanation)) } else { Attempt::Conflict })
        })
        .await
    }

    fn render_task(&self, record: &TaskRecord, with_tags: bool) -> Task {
        let mut task = record.task.clone();
        if !with_tags {
            task.tags = None;
        }
        task
    }

    /// A retried `RunTask` with a `clientToken` already used: the same tasks, or an error when
    /// the token came with a different request.
    async fn replay_run_task(&self, cluster: &str, token: &str, fingerprint: &str) -> Result<Option<RunTaskResponse>, EcsError> {
        let Some(stored) = read::<RunTaskTokenRecord>(self.store.as_ref(), &keys::run_task_token(cluster, token)).await? else {
            return Ok(None);
        };
        if stored.record.request_fingerprint != fingerprint {
            return Err(EcsError::invalid_parameter(format!(
                "The clientToken '{token}' was already used with different RunTask parameters; use a new token for a new request."
            )));
        }
        let mut tasks = Vec::new();
        for id in &stored.record.task_ids {
            if let Some(task) = self.read_task(cluster, id).await? {
                tasks.push(self.render_task(&task.record, true));
            }
        }
        Ok(Some(RunTaskResponse { tasks: Some(tasks), failures: Some(stored.record.failures) }))
    }

    pub(crate) async fn run_task(&self, request: RunTaskRequest) -> Result<RunTaskResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let count = request.count.unwrap_or(1);
        if !(1..=MAX_TASKS_PER_CALL).contains(&count) {
            return Err(EcsError::invalid_parameter(format!(
                "count must be between 1 and {MAX_TASKS_PER_CALL}; {count} was given. Start more tasks with several calls or a service."
            )));
        }
        if matches!(request.launch_type, Some(LaunchType::Fargate))
            || request.capacity_provider_strategy.as_ref().is_some_and(|s| !s.is_empty())
        {
            return Err(EcsError::invalid_parameter(
                "Ferry runs tasks with the EC2 launch type on registered container instances; FARGATE and capacity provider strategies are not available yet.",
            ));
        }
        let fingerprint = serde_json::to_string(&request).unwrap_or_default();
        if let Some(token) = &request.client_token
            && let Some(answer) = self.replay_run_task(&cluster, token, &fingerprint).await?
        {
            return Ok(answer);
        }
        let definition = self.task_definition_for_launch(&request.task_definition).await?;
        let launch = self.check_launch(
            definition,
            request.overrides.clone(),
            request.network_configuration.as_ref().is_some_and(|configuration| configuration.awsvpc_configuration.is_some()),
            request.started_by.clone(),
            request.group.clone(),
            request.tags.clone(),
            request.enable_execute_command,
            crate::services::parse_placement(request.placement_constraints.as_deref(), request.placement_strategy.as_deref())?,
        )?;
        let token = request.client_token.as_deref().map(|token| (token, fingerprint.as_str()));
        let launched = self
            .launch_tasks(
                &cluster,
                &launch,
                count as usize,
                |instances| {
                    let usable: Vec<usize> = instances
                        .iter()
                        .enumerate()
                        .filter(|(_, versioned)| versioned.record.status != ContainerInstanceStatusValue::Inactive)
                        .map(|(index, _)| index)
                        .collect();
                    if usable.is_empty() {
                        return Err(EcsError::invalid_parameter(
                            "No Container Instances were found in your cluster. Start `ferry agent --cluster NAME` on a machine to add one.",
                        ));
                    }
                    Ok(usable)
                },
                token,
            )
            .await;
        let (tasks, failures) = match (launched, &request.client_token) {
            // Another call with the same token won the race: answer what it wrote.
            (Err(EcsError::WriteContention { .. }), Some(token)) => {
                return self.replay_run_task(&cluster, token, &fingerprint).await?.ok_or(EcsError::WriteContention { key: token.clone() });
            }
            (result, _) => {
                let (tasks, failures, _) = result?;
                (tasks, failures)
            }
        };
        Ok(RunTaskResponse { tasks: Some(tasks.iter().map(|task| self.render_task(task, true)).collect()), failures: Some(failures) })
    }

    pub(crate) async fn start_task(&self, request: StartTaskRequest) -> Result<StartTaskResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        if request.container_instances.is_empty() || request.container_instances.len() > MAX_TASKS_PER_CALL as usize {
            return Err(EcsError::invalid_parameter(format!(
                "containerInstances must name between 1 and {MAX_TASKS_PER_CALL} container instances."
            )));
        }
        let wanted: Vec<String> = request
            .container_instances
            .iter()
            .map(|reference| self.container_instance_id(&cluster, reference))
            .collect::<Result<_, _>>()?;
        let definition = self.task_definition_for_launch(&request.task_definition).await?;
        let launch = self.check_launch(
            definition,
            request.overrides.clone(),
            request.network_configuration.as_ref().is_some_and(|configuration| configuration.awsvpc_configuration.is_some()),
            request.started_by.clone(),
            request.group.clone(),
            request.tags.clone(),
            request.enable_execute_command,
            (Vec::new(), Vec::new()),
        )?;
        let mut tasks = Vec::new();
        let mut failures = Vec::new();
        // One task per named instance, as ECS does: each instance takes it or says why not.
        for id in &wanted {
            let (placed, refused, _) = self
                .launch_tasks(
                    &cluster,
                    &launch,
                    1,
                    |instances| {
                        let found: Vec<usize> = instances
                            .iter()
                            .enumerate()
                            .filter(|(_, versioned)| versioned.record.id == *id)
                            .map(|(index, _)| index)
                            .collect();
                        Ok(found)
                    },
                    None,
                )
                .await?;
            if placed.is_empty() && refused.is_empty() {
                failures.push(Failure {
                    arn: Some(self.identity.arn("ecs", &format!("container-instance/{cluster}/{id}"))),
                    reason: Some("MISSING".to_owned()),
                    detail: None,
                });
            }
            tasks.extend(placed);
            failures.extend(refused);
        }
        Ok(StartTaskResponse { tasks: Some(tasks.iter().map(|task| self.render_task(task, true)).collect()), failures: Some(failures) })
    }

    /// Asks a task to stop (ECS's desired status STOPPED), keeping the first reason given.
    pub(crate) fn mark_task_stopping(&self, record: &mut TaskRecord, reason: &str, code: TaskStopCode) {
        let task = &mut record.task;
        if task.desired_status.as_deref() == Some("STOPPED") {
            return;
        }
        task.desired_status = Some("STOPPED".to_owned());
        task.stopping_at.get_or_insert(Timestamp::from_system_time(self.clock.now()));
        task.stopped_reason.get_or_insert_with(|| reason.to_owned());
        task.stop_code.get_or_insert(code);
        task.version = Some(task.version.unwrap_or(0) + 1);
    }

    /// Records that a task has stopped. `reason` is the agent's, used when nothing asked the
    /// task to stop (an essential container exited, or it never started).
    pub(crate) fn mark_task_stopped(&self, record: &mut TaskRecord, reason: Option<&str>) {
        let now = Timestamp::from_system_time(self.clock.now());
        let task = &mut record.task;
        if task.stop_code.is_none() {
            task.stop_code =
                Some(if task.started_at.is_some() { TaskStopCode::EssentialContainerExited } else { TaskStopCode::TaskFailedToStart });
        }
        if task.stopped_reason.is_none() {
            task.stopped_reason = Some(reason.unwrap_or("Task stopped").to_owned());
        }
        task.desired_status = Some("STOPPED".to_owned());
        task.last_status = Some("STOPPED".to_owned());
        task.stopping_at.get_or_insert(now);
        task.execution_stopped_at.get_or_insert(now);
        task.stopped_at.get_or_insert(now);
        if task.connectivity.is_some() {
            task.connectivity = Some(Connectivity::Disconnected);
        }
        for container in task.containers.iter_mut().flatten() {
            if container.last_status.as_deref() != Some("STOPPED") {
                container.last_status = Some("STOPPED".to_owned());
            }
        }
        task.version = Some(task.version.unwrap_or(0) + 1);
    }

    pub(crate) async fn stop_task(&self, request: StopTaskRequest) -> Result<StopTaskResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let id = self.task_id(&cluster, &request.task)?;
        let reason = request.reason.clone().unwrap_or_else(|| "Task stopped by user".to_owned());
        if reason.len() > 255 {
            return Err(EcsError::invalid_parameter("reason may be at most 255 characters."));
        }
        let Some(record) = self.stop_task_record(&cluster, &id, &reason, TaskStopCode::UserInitiated).await? else {
            return Err(EcsError::invalid_parameter("The referenced task was not found."));
        };
        Ok(StopTaskResponse { task: Some(self.render_task(&record, true)) })
    }

    /// Asks a task to stop (the service controller's way); false when it was already stopping
    /// or does not exist.
    pub(crate) async fn request_task_stop(&self, cluster: &str, id: &str, reason: &str, code: TaskStopCode) -> Result<bool, EcsError> {
        let before = self.read_task(cluster, id).await?;
        let Some(before) = before else { return Ok(false) };
        if before.record.task.desired_status.as_deref() == Some("STOPPED") {
            return Ok(false);
        }
        Ok(self.stop_task_record(cluster, id, reason, code).await?.is_some())
    }

    /// Sets a task's desired status to STOPPED, together with its allocation's so the agent
    /// learns of it; a task no agent will report on is stopped at once. `None` when the task
    /// does not exist.
    async fn stop_task_record(&self, cluster: &str, id: &str, reason: &str, code: TaskStopCode) -> Result<Option<TaskRecord>, EcsError> {
        let key = keys::task(cluster, id);
        retry_on_conflict(&key, || async {
            let Some(task) = self.read_task(cluster, id).await? else {
                return Ok(Attempt::Done(None));
            };
            let mut record = task.record;
            if record.task.desired_status.as_deref() == Some("STOPPED") {
                return Ok(Attempt::Done(Some(record)));
            }
            self.mark_task_stopping(&mut record, reason, code);
            let instance = self.read_container_instance(cluster, &record.container_instance_id).await?;
            let mut compares = vec![Compare::ModRevision { key: key.clone(), revision: task.mod_revision }];
            let mut writes = Vec::new();
            match instance {
                Some(versioned)
                    if versioned.record.status != ContainerInstanceStatusValue::Inactive
                        && versioned.record.allocations.contains_key(id) =>
                {
                    // The agent learns of the stop from its instance record changing.
                    let mut instance = versioned.record;
                    if let Some(allocation) = instance.allocations.get_mut(id) {
                        allocation.desired_status = "STOPPED".to_owned();
                    }
                    instance.version += 1;
                    let instance_key = keys::container_instance(cluster, &instance.id);
                    compares.push(Compare::ModRevision { key: instance_key.clone(), revision: versioned.mod_revision });
                    writes.push(Operation::Put { key: instance_key, value: encode(&instance) });
                }
                // No agent will ever report this task: it is stopped now.
                _ => self.mark_task_stopped(&mut record, None),
            }
            writes.push(Operation::Put { key: key.clone(), value: encode(&record) });
            let outcome = self.store.txn(Txn { compares, success: writes, failure: vec![] }).await?;
            Ok(if outcome.succeeded { Attempt::Done(Some(record)) } else { Attempt::Conflict })
        })
        .await
    }

    /// A task definition revision by ARN, whatever its status (a service keeps running a
    /// revision that was deregistered after it was deployed).
    pub(crate) async fn task_definition_by_arn(&self, arn: &str) -> Result<Option<TaskDefinition>, EcsError> {
        let reference = self.parse_task_definition_reference(arn)?;
        let Some(revision) = reference.revision else { return Ok(None) };
        Ok(read::<TaskDefinitionRecord>(self.store.as_ref(), &keys::task_definition(&reference.family, revision))
            .await?
            .map(|stored| stored.record.task_definition))
    }

    pub(crate) async fn describe_tasks(&self, request: DescribeTasksRequest) -> Result<DescribeTasksResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        if request.tasks.is_empty() || request.tasks.len() > MAX_TASKS_PER_DESCRIBE {
            return Err(EcsError::invalid_parameter(format!("tasks must name between 1 and {MAX_TASKS_PER_DESCRIBE} tasks.")));
        }
        let with_tags = request.include.as_deref().unwrap_or(&[]).contains(&TaskField::Tags);
        let mut tasks = Vec::new();
        let mut failures = Vec::new();
        for reference in &request.tasks {
            let id = self.task_id(&cluster, reference)?;
            match self.read_task(&cluster, &id).await? {
                Some(task) => tasks.push(self.render_task(&task.record, with_tags)),
                None => {
                    failures.push(Failure { arn: Some(self.task_arn(&cluster, &id)), reason: Some("MISSING".to_owned()), detail: None })
                }
            }
        }
        Ok(DescribeTasksResponse { tasks: Some(tasks), failures: Some(failures) })
    }

    pub(crate) async fn list_tasks(&self, request: ListTasksRequest) -> Result<ListTasksResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let page_request = page_request("ListTasks", request.next_token.as_deref(), request.max_results)?;
        let instance_id =
            request.container_instance.as_deref().map(|reference| self.container_instance_id(&cluster, reference)).transpose()?;
        let family_prefix = request.family.as_ref().map(|family| self.identity.arn("ecs", &format!("task-definition/{family}:")));
        let service_group = request.service_name.as_ref().map(|name| format!("service:{name}"));
        let desired = match request.desired_status {
            None | Some(DesiredStatus::Running) => "RUNNING",
            Some(DesiredStatus::Pending) => "PENDING",
            Some(DesiredStatus::Stopped) => "STOPPED",
        };
        if matches!(request.launch_type, Some(LaunchType::Fargate | LaunchType::External | LaunchType::ManagedInstances)) {
            return Ok(ListTasksResponse { task_arns: Some(Vec::new()), next_token: None });
        }
        let (arns, last_key) =
            scan_page(self.store.as_ref(), &keys::tasks_of_cluster(&cluster), page_request.after_key, page_request.limit, |entry| {
                let record: TaskRecord = decode(&entry.key, &entry.value)?;
                let task = &record.task;
                // ECS lists PENDING tasks under desiredStatus PENDING and RUNNING alike.
                let status_matches = match desired {
                    "PENDING" => task.last_status.as_deref() == Some("PENDING") && task.desired_status.as_deref() == Some("RUNNING"),
                    wanted => task.desired_status.as_deref() == Some(wanted),
                };
                let matches = status_matches
                    && instance_id.as_ref().is_none_or(|id| *id == record.container_instance_id)
                    && family_prefix
                        .as_ref()
                        .is_none_or(|prefix| task.task_definition_arn.as_deref().is_some_and(|arn| arn.starts_with(prefix.as_str())))
                    && request.started_by.as_ref().is_none_or(|started_by| task.started_by.as_ref() == Some(started_by))
                    && service_group.as_ref().is_none_or(|group| task.group.as_ref() == Some(group));
                Ok(matches.then(|| task.task_arn.clone().unwrap_or_default()))
            })
            .await?;
        let next_token = last_key.map(|key| encode_token("ListTasks", &key));
        Ok(ListTasksResponse { task_arns: Some(arns), next_token })
    }

    /// Applies one container's reported state to a task.
    fn apply_container_change(&self, task: &mut Task, change: &ContainerStateChange) {
        let Some(container) =
            task.containers.iter_mut().flatten().find(|container| container.name.is_some() && container.name == change.container_name)
        else {
            return;
        };
        if let Some(runtime_id) = &change.runtime_id {
            container.runtime_id = Some(runtime_id.clone());
        }
        if let Some(digest) = &change.image_digest {
            container.image_digest = Some(digest.clone());
        }
        if let Some(status) = &change.status
            && status_rank(status) > status_rank(container.last_status.as_deref().unwrap_or("PENDING"))
        {
            container.last_status = Some(status.clone());
        }
        if change.exit_code.is_some() {
            container.exit_code = change.exit_code;
        }
        if let Some(reason) = &change.reason {
            container.reason = Some(reason.clone());
        }
        if let Some(bindings) = &change.network_bindings
            && !bindings.is_empty()
        {
            container.network_bindings = Some(bindings.clone());
        }
    }

    /// Applies an agent's report to a task and its instance, in one transaction.
    async fn apply_state_change(
        &self,
        cluster: &str,
        task_reference: &str,
        change: impl Fn(&EcsService, &mut TaskRecord) -> Option<StatusMove>,
    ) -> Result<(), EcsError> {
        let id = self.task_id(cluster, task_reference)?;
        let key = keys::task(cluster, &id);
        retry_on_conflict(&key, || async {
            let Some(task) = self.read_task(cluster, &id).await? else {
                return Err(EcsError::invalid_parameter(format!("The referenced task was not found: {task_reference}.")));
            };
            let before = task.record.clone();
            let mut record = task.record;
            let status_move = change(self, &mut record);
            if record == before {
                return Ok(Attempt::Done(()));
            }
            let mut compares = vec![Compare::ModRevision { key: key.clone(), revision: task.mod_revision }];
            let mut writes = vec![Operation::Put { key: key.clone(), value: encode(&record) }];
            if let Some(status_move) = status_move
                && let Some(instance) = self.read_container_instance(cluster, &record.container_instance_id).await?
            {
                self.agent_presence.heard_from(&instance.record.arn);
                let mut instance_record = instance.record;
                let changed = match status_move {
                    StatusMove::Running => match instance_record.allocations.get_mut(&id) {
                        Some(allocation) if allocation.last_status != "RUNNING" => {
                            allocation.last_status = "RUNNING".to_owned();
                            true
                        }
                        _ => false,
                    },
                    StatusMove::Stopped => instance_record.allocations.remove(&id).is_some(),
                };
                if changed {
                    instance_record.version += 1;
                    let instance_key = keys::container_instance(cluster, &instance_record.id);
                    compares.push(Compare::ModRevision { key: instance_key.clone(), revision: instance.mod_revision });
                    writes.push(Operation::Put { key: instance_key, value: encode(&instance_record) });
                }
            }
            let outcome = self.store.txn(Txn { compares, success: writes, failure: vec![] }).await?;
            Ok(if outcome.succeeded { Attempt::Done(()) } else { Attempt::Conflict })
        })
        .await
    }

    pub(crate) async fn submit_task_state_change(
        &self,
        request: SubmitTaskStateChangeRequest,
    ) -> Result<SubmitTaskStateChangeResponse, EcsError> {
        let cluster = self.cluster_name_from_reference(request.cluster.as_deref().unwrap_or(crate::clusters::DEFAULT_CLUSTER_NAME))?;
        let Some(task_reference) = request.task.clone() else {
            return Err(EcsError::invalid_parameter("task is required: the ARN of the task whose state changed."));
        };
        self.apply_state_change(&cluster, &task_reference, |service, record| {
            let now = Timestamp::from_system_time(service.clock.now());
            for change in request.containers.iter().flatten() {
                service.apply_container_change(&mut record.task, change);
            }
            let task = &mut record.task;
            if task.pull_started_at.is_none() {
                task.pull_started_at = request.pull_started_at;
            }
            if task.pull_stopped_at.is_none() {
                task.pull_stopped_at = request.pull_stopped_at;
            }
            let current = task.last_status.clone().unwrap_or_else(|| "PENDING".to_owned());
            let reported = request.status.as_deref().unwrap_or(&current);
            if status_rank(reported) <= status_rank(&current) {
                return None;
            }
            match reported {
                "STOPPED" => {
                    if let Some(at) = request.execution_stopped_at {
                        task.execution_stopped_at.get_or_insert(at);
                    }
                    service.mark_task_stopped(record, request.reason.as_deref());
                    Some(StatusMove::Stopped)
                }
                "RUNNING" => {
                    task.last_status = Some("RUNNING".to_owned());
                    task.started_at.get_or_insert(now);
                    task.connectivity = Some(Connectivity::Connected);
                    task.connectivity_at.get_or_insert(now);
                    task.version = Some(task.version.unwrap_or(0) + 1);
                    Some(StatusMove::Running)
                }
                other => {
                    task.last_status = Some(other.to_owned());
                    task.version = Some(task.version.unwrap_or(0) + 1);
                    None
                }
            }
        })
        .await?;
        Ok(SubmitTaskStateChangeResponse { acknowledgment: Some("ACK".to_owned()) })
    }

    pub(crate) async fn submit_container_state_change(
        &self,
        request: SubmitContainerStateChangeRequest,
    ) -> Result<SubmitContainerStateChangeResponse, EcsError> {
        let cluster = self.cluster_name_from_reference(request.cluster.as_deref().unwrap_or(crate::clusters::DEFAULT_CLUSTER_NAME))?;
        let Some(task_reference) = request.task.clone() else {
            return Err(EcsError::invalid_parameter("task is required: the ARN of the task whose container changed."));
        };
        let change = ContainerStateChange {
            container_name: request.container_name.clone(),
            runtime_id: request.runtime_id.clone(),
            status: request.status.clone(),
            exit_code: request.exit_code,
            reason: request.reason.clone(),
            network_bindings: request.network_bindings.clone(),
            image_digest: None,
        };
        self.apply_state_change(&cluster, &task_reference, |service, record| {
            service.apply_container_change(&mut record.task, &change);
            None
        })
        .await?;
        Ok(SubmitContainerStateChangeResponse { acknowledgment: Some("ACK".to_owned()) })
    }

    /// Records the containers' health checks and the task's health that follows from them: the
    /// task is UNHEALTHY when an essential container is, HEALTHY when every essential container
    /// with a health check is, UNKNOWN otherwise.
    pub(crate) async fn submit_task_health(
        &self,
        cluster: &str,
        task_reference: &str,
        health: &[(String, HealthStatus)],
    ) -> Result<(), EcsError> {
        let cluster = self.cluster_name_from_reference(cluster)?;
        let task = self.read_task(&cluster, &self.task_id(&cluster, task_reference)?).await?;
        let definition = match &task {
            Some(task) => self.task_definition_of_task(&task.record.task).await?,
            None => None,
        };
        let essential: Vec<String> = definition
            .iter()
            .flat_map(|definition| definition.container_definitions.iter().flatten())
            .filter(|container| container.essential.unwrap_or(true) && container.health_check.is_some())
            .filter_map(|container| container.name.clone())
            .collect();
        self.apply_state_change(&cluster, task_reference, |_, record| {
            for container in record.task.containers.iter_mut().flatten() {
                if let Some((_, status)) = health.iter().find(|(name, _)| Some(name) == container.name.as_ref()) {
                    container.health_status = Some(*status);
                }
            }
            let essential_health: Vec<HealthStatus> = record
                .task
                .containers
                .iter()
                .flatten()
                .filter(|container| container.name.as_ref().is_some_and(|name| essential.contains(name)))
                .map(|container| container.health_status.unwrap_or(HealthStatus::Unknown))
                .collect();
            record.task.health_status = Some(if essential_health.contains(&HealthStatus::Unhealthy) {
                HealthStatus::Unhealthy
            } else if !essential_health.is_empty() && essential_health.iter().all(|status| *status == HealthStatus::Healthy) {
                HealthStatus::Healthy
            } else {
                HealthStatus::Unknown
            });
            None
        })
        .await
    }

    /// Deletes tasks that stopped more than `STOPPED_TASK_RETENTION` ago, in every cluster.
    /// Returns how many it purged.
    pub async fn purge_stopped_tasks(&self) -> Result<usize, EcsError> {
        let now = self.clock.now();
        let mut purged = 0;
        for (key, versioned) in list_all::<TaskRecord>(self.store.as_ref(), "ecs/tasks/").await? {
            let stopped_long_ago =
                versioned.record.task.stopped_at.is_some_and(|stopped| {
                    now.duration_since(stopped.to_system_time()).is_ok_and(|elapsed| elapsed >= STOPPED_TASK_RETENTION)
                });
            if stopped_long_ago && is_stopped(&versioned.record.task) {
                let outcome = self
                    .store
                    .txn(Txn {
                        compares: vec![Compare::ModRevision { key: key.clone(), revision: versioned.mod_revision }],
                        success: vec![Operation::Delete { key }],
                        failure: vec![],
                    })
                    .await?;
                purged += usize::from(outcome.succeeded);
            }
        }
        Ok(purged)
    }

    /// What the agent must know about its instance's tasks: those not yet reported STOPPED,
    /// each with its task definition.
    pub(crate) async fn assigned_tasks(
        &self,
        instance: &ContainerInstanceRecord,
    ) -> Result<Vec<crate::agent_channel::AssignedTask>, EcsError> {
        let mut assigned = Vec::new();
        for id in instance.allocations.keys() {
            let Some(task) = self.read_task(&instance.cluster, id).await? else { continue };
            if is_stopped(&task.record.task) {
                continue;
            }
            let Some(task_definition) = self.task_definition_of_task(&task.record.task).await? else { continue };
            assigned.push(crate::agent_channel::AssignedTask { task: self.render_task(&task.record, false), task_definition });
        }
        Ok(assigned)
    }
}

/// A status move that changes what the instance holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StatusMove {
    Running,
    Stopped,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generated::{ContainerDefinition, PortMapping};

    #[test]
    fn requirements_sum_containers_unless_the_task_sets_them_and_overrides_win() {
        let definition = TaskDefinition {
            network_mode: Some(NetworkMode::Bridge),
            container_definitions: Some(vec![
                ContainerDefinition {
                    name: Some("web".into()),
                    cpu: Some(256),
                    memory: Some(512),
                    port_mappings: Some(vec![
                        PortMapping { container_port: Some(80), host_port: Some(8080), ..Default::default() },
                        PortMapping { container_port: Some(81), host_port: Some(0), ..Default::default() },
                    ]),
                    ..Default::default()
                },
                ContainerDefinition { name: Some("side".into()), memory_reservation: Some(64), ..Default::default() },
            ]),
            ..Default::default()
        };
        let needs = task_requirements(&definition, &TaskOverride::default()).unwrap();
        assert_eq!((needs.cpu, needs.memory, needs.tcp_ports.clone()), (256, 576, vec![8080]));

        let overrides = TaskOverride {
            container_overrides: Some(vec![ContainerOverride { name: Some("web".into()), memory: Some(1024), ..Default::default() }]),
            ..Default::default()
        };
        assert_eq!(task_requirements(&definition, &overrides).unwrap().memory, 1088);
        let task_level = TaskOverride { cpu: Some("1 vCPU".into()), memory: Some("2GB".into()), ..Default::default() };
        let needs = task_requirements(&definition, &task_level).unwrap();
        assert_eq!((needs.cpu, needs.memory), (1024, 2048));
    }

    #[tokio::test]
    async fn stopped_tasks_stay_describable_for_an_hour_then_are_purged() {
        use std::sync::Arc;
        use std::time::SystemTime;

        use ferry_core::{Clock, ManualClock, PlatformIdentity};
        use ferry_store::{KeyValueStoreExt, MemoryStore};

        let store = Arc::new(MemoryStore::new());
        let clock = Arc::new(ManualClock::new(SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000)));
        let service = EcsService::new(store.clone(), PlatformIdentity::default(), clock.clone());
        let stopped_at = Timestamp::from_system_time(clock.now());
        let task = |id: &str, last_status: &str| TaskRecord {
            id: id.to_owned(),
            cluster: "default".to_owned(),
            container_instance_id: "0".repeat(32),
            task: Task {
                last_status: Some(last_status.to_owned()),
                stopped_at: (last_status == "STOPPED").then_some(stopped_at),
                ..Default::default()
            },
            client_token: None,
        };
        store.put(keys::task("default", &"a".repeat(32)), encode(&task(&"a".repeat(32), "STOPPED"))).await.unwrap();
        store.put(keys::task("default", &"b".repeat(32)), encode(&task(&"b".repeat(32), "RUNNING"))).await.unwrap();

        clock.advance(Duration::from_secs(59 * 60));
        assert_eq!(service.purge_stopped_tasks().await.unwrap(), 0, "still within the hour");
        clock.advance(Duration::from_secs(2 * 60));
        assert_eq!(service.purge_stopped_tasks().await.unwrap(), 1);
        assert!(service.read_task("default", &"a".repeat(32)).await.unwrap().is_none());
        assert!(service.read_task("default", &"b".repeat(32)).await.unwrap().is_some(), "running tasks are never purged");
    }

    #[test]
    fn statuses_only_move_forward() {
        assert!(status_rank("RUNNING") > status_rank("PENDING"));
        assert!(status_rank("STOPPED") > status_rank("RUNNING"));
    }
}
