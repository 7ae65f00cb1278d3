//! The service controller's side effects: reads every service with its tasks and instances,
//! asks `service_decisions::decide` what to do, then stops and places tasks and records the
//! service's deployments, counts and events.
//!
//! It runs as one loop per control plane (`run_service_controller`): a pass whenever the ECS
//! part of the store changes (a task stopped, an instance drained, a service updated) and at
//! least every second, for the rules that depend on time alone (grace periods, back-off, lost
//! agents). A pass that changes nothing writes nothing, so its own writes settle after one more
//! pass instead of waking it forever.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use ferry_api::shape::Timestamp;
use ferry_scheduler::{PlacementRequest, PlacementStrategy as SchedulerStrategy, SpreadField};
use ferry_store::{Compare, Operation, Txn};

use crate::EcsService;
use crate::error::EcsError;
use crate::generated::{
    DeploymentRolloutState, HealthStatus, PropagateTags, SchedulingStrategy, Service, ServiceEvent, Tag, TaskOverride, TaskStopCode,
};
use crate::keys;
use crate::records::{
    ClusterRecord, ClusterStatus, ContainerInstanceRecord, ContainerInstanceStatusValue, ServiceRecord, TaskDefinitionRecord, TaskRecord,
    encode,
};
use crate::service_decisions::{
    ControllerSettings, DaemonInstance, Decision, DeploymentState, FAILED_HEALTH_CHECK_REASON, InstanceStanding, Rollout, Scheduling,
    ServiceState, ServiceTask, StartOrder, StopCause, TaskHealth, TaskPhase, decide,
};
use crate::services::{MAX_SERVICE_EVENTS, new_deployment_id, parse_placement};
use crate::store_access::{Versioned, list_all, put_if_unchanged, read};
use crate::tasks::LaunchRequest;

/// How often the controller looks even when nothing in the store changed.
const RESYNC_INTERVAL: Duration = Duration::from_secs(1);
/// Changes arriving together are handled by one pass.
const DEBOUNCE: Duration = Duration::from_millis(50);
/// The same event is not repeated within this time (ECS does the same for placement failures).
const EVENT_REPEAT_INTERVAL: Duration = Duration::from_secs(300);

fn to_system_time(timestamp: Option<Timestamp>) -> Option<SystemTime> {
    timestamp.map(Timestamp::to_system_time)
}

fn rollout_of(state: Option<&DeploymentRolloutState>) -> Rollout {
    match state {
        Some(DeploymentRolloutState::Completed) => Rollout::Completed,
        Some(DeploymentRolloutState::Failed) => Rollout::Failed,
        _ => Rollout::InProgress,
    }
}

fn rollout_state(rollout: Rollout) -> DeploymentRolloutState {
    match rollout {
        Rollout::Completed => DeploymentRolloutState::Completed,
        Rollout::Failed => DeploymentRolloutState::Failed,
        Rollout::InProgress => DeploymentRolloutState::InProgress,
    }
}

/// How the controller sees one task of a service.
fn service_task(record: &TaskRecord, standing: InstanceStanding) -> ServiceTask {
    let task = &record.task;
    let last_status = task.last_status.as_deref().unwrap_or("PENDING");
    let phase = if last_status == "STOPPED" {
        TaskPhase::Stopped
    } else if task.desired_status.as_deref() == Some("STOPPED") {
        TaskPhase::Stopping
    } else if last_status == "RUNNING" {
        TaskPhase::Running
    } else {
        TaskPhase::Pending
    };
    let health = match task.health_status {
        Some(HealthStatus::Healthy) => TaskHealth::Healthy,
        Some(HealthStatus::Unhealthy) => TaskHealth::Unhealthy,
        _ => TaskHealth::Unknown,
    };
    let has_health_check = task.containers.iter().flatten().any(|container| container.health_status.is_some());
    let stop_cause = match (phase, task.stop_code.as_ref()) {
        (TaskPhase::Stopped | TaskPhase::Stopping, _) if task.stopped_reason.as_deref() == Some(FAILED_HEALTH_CHECK_REASON) => {
            Some(StopCause::FailedHealthCheck)
        }
        (TaskPhase::Stopped | TaskPhase::Stopping, Some(TaskStopCode::UserInitiated | TaskStopCode::ServiceSchedulerInitiated)) => {
            Some(StopCause::Requested)
        }
        (TaskPhase::Stopped, _) => Some(StopCause::Exited),
        _ => None,
    };
    ServiceTask {
        id: record.id.clone(),
        deployment_id: task.started_by.clone().unwrap_or_default(),
        instance_id: record.container_instance_id.clone(),
        standing,
        phase,
        health,
        has_health_check,
        started_at: to_system_time(task.started_at),
        stopped_at: to_system_time(task.stopped_at),
        stop_cause,
    }
}

impl EcsService {
    /// Runs the controller until `shutdown` resolves.
    pub async fn run_service_controller(self: Arc<Self>, settings: ControllerSettings, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut changes = match self.store.watch("ecs/", None).await {
            Ok(stream) => Some(stream),
            Err(error) => {
                tracing::warn!(%error, "service controller: cannot watch the store; passes run every second only");
                None
            }
        };
        loop {
            if let Err(error) = self.reconcile_services(&settings).await {
                tracing::warn!(%error, "service controller pass failed; retrying");
            }
            let wait_for_change = async {
                match changes.as_mut() {
                    Some(stream) => {
                        if stream.next().await.is_none() {
                            std::future::pending::<()>().await;
                        }
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = &mut shutdown => return,
                _ = wait_for_change => tokio::time::sleep(DEBOUNCE).await,
                _ = tokio::time::sleep(RESYNC_INTERVAL) => {}
            }
        }
    }

    /// One pass over every service of every active cluster.
    pub async fn reconcile_services(&self, settings: &ControllerSettings) -> Result<(), EcsError> {
        let clusters: Vec<String> = list_all::<ClusterRecord>(self.store.as_ref(), keys::CLUSTERS_PREFIX)
            .await?
            .into_iter()
            .filter(|(_, versioned)| versioned.record.status == ClusterStatus::Active)
            .map(|(_, versioned)| versioned.record.name)
            .collect();
        for cluster in clusters {
            let services = list_all::<ServiceRecord>(self.store.as_ref(), &keys::services_of_cluster(&cluster)).await?;
            if services.is_empty() {
                continue;
            }
            // One read of the cluster's instances and tasks serves every service of the pass;
            // placement re-reads the instances it writes, so nothing over-commits on stale data.
            let instances: BTreeMap<String, ContainerInstanceRecord> = self
                .cluster_instances(&cluster)
                .await?
                .into_iter()
                .map(|versioned| (versioned.record.id.clone(), versioned.record))
                .collect();
            let mut tasks_by_group: BTreeMap<String, Vec<TaskRecord>> = BTreeMap::new();
            for (_, versioned) in list_all::<TaskRecord>(self.store.as_ref(), &keys::tasks_of_cluster(&cluster)).await? {
                if let Some(group) = versioned.record.task.group.clone() {
                    tasks_by_group.entry(group).or_default().push(versioned.record);
                }
            }
            for (_, service) in services {
                let name = service.record.name.clone();
                let tasks = tasks_by_group.remove(&format!("service:{name}")).unwrap_or_default();
                if let Err(error) = self.reconcile_service(&cluster, service, &instances, &tasks, settings).await {
                    tracing::warn!(%error, cluster = %cluster, service = %name, "service controller: pass for the service failed");
                }
            }
        }
        Ok(())
    }

    fn instance_standing(&self, instance: Option<&ContainerInstanceRecord>, settings: &ControllerSettings) -> InstanceStanding {
        match instance {
            None => InstanceStanding::Gone,
            Some(instance) => match instance.status {
                ContainerInstanceStatusValue::Inactive => InstanceStanding::Gone,
                ContainerInstanceStatusValue::Draining => InstanceStanding::Draining,
                ContainerInstanceStatusValue::Active => {
                    if self.agent_presence.disconnected_for(&instance.arn).is_some_and(|gone| gone >= settings.lost_instance_grace) {
                        InstanceStanding::Lost
                    } else {
                        InstanceStanding::Usable
                    }
                }
            },
        }
    }

    async fn reconcile_service(
        &self,
        cluster: &str,
        stored: Versioned<ServiceRecord>,
        instances: &BTreeMap<String, ContainerInstanceRecord>,
        tasks: &[TaskRecord],
        settings: &ControllerSettings,
    ) -> Result<(), EcsError> {
        let record = &stored.record;
        let group = format!("service:{}", record.name);
        let service_tasks: Vec<ServiceTask> = tasks
            .iter()
            .map(|task| service_task(task, self.instance_standing(instances.get(&task.container_instance_id), settings)))
            .collect();

        let service = &record.service;
        let scheduling = match service.scheduling_strategy {
            Some(SchedulingStrategy::Daemon) => Scheduling::Daemon,
            _ => Scheduling::Replica,
        };
        let (constraints, _) = parse_placement(service.placement_constraints.as_deref(), None)?;
        let daemon_instances: Vec<DaemonInstance> = match scheduling {
            Scheduling::Replica => Vec::new(),
            Scheduling::Daemon => {
                let primary_definition = service.task_definition.clone().unwrap_or_default();
                let requirements = match self.task_definition_by_arn(&primary_definition).await? {
                    Some(definition) => crate::tasks::task_requirements(&definition, &TaskOverride::default())?,
                    None => Default::default(),
                };
                instances
                    .values()
                    .filter(|instance| self.instance_standing(Some(instance), settings) == InstanceStanding::Usable)
                    .filter(|instance| {
                        // Eligible means meeting the constraints and attributes; resources are
                        // placement's business (a full instance gets an event, not a removal).
                        let mut snapshot = instance.snapshot(true);
                        snapshot.remaining_cpu = i32::MAX;
                        snapshot.remaining_memory = i32::MAX;
                        snapshot.used_tcp_ports.clear();
                        snapshot.used_udp_ports.clear();
                        snapshot.free_addresses = usize::MAX;
                        snapshot.task_groups.remove(&group);
                        let request = PlacementRequest {
                            requirements: requirements.clone(),
                            task_group: group.clone(),
                            count: 1,
                            constraints: constraints.clone(),
                            strategies: Vec::new(),
                            random_seed: 0,
                        };
                        ferry_scheduler::why_not(&snapshot, &request).is_none()
                    })
                    .map(|instance| DaemonInstance { id: instance.id.clone() })
                    .collect()
            }
        };
        let configuration = service.deployment_configuration.clone().unwrap_or_default();
        let deployments: Vec<DeploymentState> = service
            .deployments
            .iter()
            .flatten()
            .map(|deployment| {
                let id = deployment.id.clone().unwrap_or_default();
                DeploymentState {
                    adopts: record.adoptions.get(&id).cloned().unwrap_or_default(),
                    id,
                    task_definition: deployment.task_definition.clone().unwrap_or_default(),
                    rollout: rollout_of(deployment.rollout_state.as_ref()),
                    rollout_reason: deployment.rollout_state_reason.clone(),
                }
            })
            .collect();
        if deployments.is_empty() {
            return Ok(());
        }
        let state = ServiceState {
            name: record.name.clone(),
            scheduling,
            deleting: record.deleting,
            desired_count: match scheduling {
                Scheduling::Replica => service.desired_count.unwrap_or(0).max(0) as u32,
                Scheduling::Daemon => daemon_instances.len() as u32,
            },
            minimum_healthy_percent: configuration.minimum_healthy_percent.unwrap_or(100).max(0) as u32,
            maximum_percent: configuration.maximum_percent.unwrap_or(200).max(0) as u32,
            circuit_breaker: configuration
                .deployment_circuit_breaker
                .as_ref()
                .filter(|breaker| breaker.enable)
                .map(|breaker| breaker.rollback),
            health_check_grace: Duration::from_secs(service.health_check_grace_period_seconds.unwrap_or(0).max(0) as u64),
            deployments,
            last_completed: record.last_completed.clone(),
            was_steady: record.steady,
        };
        let now = self.clock.now();
        let decision = decide(&state, &service_tasks, &daemon_instances, settings, &new_deployment_id(), now);

        let mut messages: Vec<String> = decision.events.clone();
        // Stops first: they free what the starts may need.
        let mut stopped_by_reason: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for order in &decision.stop {
            if self.request_task_stop(cluster, &order.task_id, &order.reason, TaskStopCode::ServiceSchedulerInitiated).await? {
                stopped_by_reason.entry(order.reason.clone()).or_default().push(order.task_id.clone());
            }
        }
        for (reason, ids) in &stopped_by_reason {
            let listed: Vec<String> = ids.iter().map(|id| format!("(task {id})")).collect();
            messages.push(format!("has stopped {} running tasks: {}. Reason: {reason}.", ids.len(), listed.join(" ")));
        }
        if let Some(start) = &decision.start {
            messages.extend(self.start_service_tasks(cluster, record, &group, start, &constraints).await?);
        }
        self.record_decision(cluster, &stored, &decision, messages).await
    }

    /// Places the tasks `start` asks for and returns the events to record.
    async fn start_service_tasks(
        &self,
        cluster: &str,
        record: &ServiceRecord,
        group: &str,
        start: &StartOrder,
        constraints: &[ferry_scheduler::PlacementConstraint],
    ) -> Result<Vec<String>, EcsError> {
        let service = &record.service;
        let Some(definition) = self.task_definition_by_arn(&start.task_definition).await? else {
            return Ok(vec![format!("was unable to start tasks: its task definition {} no longer exists.", start.task_definition)]);
        };
        let tags = self.service_task_tags(cluster, record, &start.task_definition).await?;
        let (_, mut strategies) = parse_placement(None, service.placement_strategy.as_deref())?;
        if strategies.is_empty() {
            // ECS's default for services: spread over availability zones; Ferry then spreads
            // over the instances within one, which is what a single-zone fleet needs.
            strategies = vec![
                SchedulerStrategy::Spread(SpreadField::Attribute("ecs.availability-zone".to_owned())),
                SchedulerStrategy::Spread(SpreadField::InstanceId),
            ];
        }
        let launch = LaunchRequest {
            requirements: crate::tasks::task_requirements(&definition, &TaskOverride::default())?,
            task_definition: definition,
            overrides: TaskOverride::default(),
            started_by: Some(start.deployment_id.clone()),
            group: group.to_owned(),
            tags,
            enable_execute_command: service.enable_execute_command.unwrap_or(false),
            constraints: constraints.to_vec(),
            strategies,
        };
        let mut messages = Vec::new();
        let mut started = Vec::new();
        let mut explanation = None;
        if start.count > 0 {
            let (tasks, _, why) =
                self.launch_tasks(cluster, &launch, start.count as usize, |instances| Ok((0..instances.len()).collect()), None).await?;
            started.extend(tasks.into_iter().map(|task| task.id));
            explanation = why;
        }
        for instance_id in &start.on_instances {
            let wanted = instance_id.clone();
            let (tasks, _, why) = self
                .launch_tasks(
                    cluster,
                    &launch,
                    1,
                    move |instances| Ok(instances.iter().position(|instance| instance.record.id == wanted).into_iter().collect()),
                    None,
                )
                .await?;
            started.extend(tasks.into_iter().map(|task| task.id));
            if explanation.is_none() {
                explanation = why;
            }
        }
        if !started.is_empty() {
            let listed: Vec<String> = started.iter().map(|id| format!("(task {id})")).collect();
            messages.push(format!("has started {} tasks: {}.", started.len(), listed.join(" ")));
        }
        if let Some(explanation) = explanation {
            messages.push(format!("was unable to place a task because no container instance met all of its requirements. {explanation}"));
        }
        Ok(messages)
    }

    /// The tags a service's new task carries: propagated from the service or the task
    /// definition, and ECS's managed tags when enabled.
    async fn service_task_tags(&self, cluster: &str, record: &ServiceRecord, task_definition_arn: &str) -> Result<Vec<Tag>, EcsError> {
        let service = &record.service;
        let mut tags = match service.propagate_tags {
            Some(PropagateTags::Service) => service.tags.clone().unwrap_or_default(),
            Some(PropagateTags::TaskDefinition) => {
                let reference = self.parse_task_definition_reference(task_definition_arn)?;
                match reference.revision {
                    Some(revision) => {
                        read::<TaskDefinitionRecord>(self.store.as_ref(), &keys::task_definition(&reference.family, revision))
                            .await?
                            .map(|stored| stored.record.tags)
                            .unwrap_or_default()
                    }
                    None => Vec::new(),
                }
            }
            _ => Vec::new(),
        };
        if service.enable_ecs_managed_tags == Some(true) {
            tags.push(Tag { key: Some("aws:ecs:serviceName".to_owned()), value: Some(record.name.clone()) });
            tags.push(Tag { key: Some("aws:ecs:clusterName".to_owned()), value: Some(cluster.to_owned()) });
        }
        Ok(tags)
    }

    /// Writes what the pass decided into the service record, unless nothing changed or the
    /// service was changed meanwhile (the next pass decides again from what is there then).
    async fn record_decision(
        &self,
        cluster: &str,
        stored: &Versioned<ServiceRecord>,
        decision: &Decision,
        messages: Vec<String>,
    ) -> Result<(), EcsError> {
        let mut record = stored.record.clone();
        let now = self.clock.now();
        let service: &mut Service = &mut record.service;
        let previous: BTreeMap<String, crate::generated::Deployment> = service
            .deployments
            .iter()
            .flatten()
            .map(|deployment| (deployment.id.clone().unwrap_or_default(), deployment.clone()))
            .collect();
        let mut deployments = Vec::new();
        for report in &decision.deployments {
            let mut deployment = match previous.get(&report.state.id) {
                Some(existing) => existing.clone(),
                None => {
                    // A rollback deployment the decision created.
                    let mut created = self.new_deployment(service, &report.state.task_definition, report.desired as i32);
                    created.id = Some(report.state.id.clone());
                    record.adoptions.insert(report.state.id.clone(), report.state.adopts.clone());
                    created
                }
            };
            let before = deployment.clone();
            deployment.status = Some(if report.primary { "PRIMARY" } else { "ACTIVE" }.to_owned());
            deployment.desired_count = Some(report.desired as i32);
            deployment.running_count = Some(report.running as i32);
            deployment.pending_count = Some(report.pending as i32);
            deployment.failed_tasks = Some(report.failed as i32);
            deployment.rollout_state = Some(rollout_state(report.state.rollout));
            deployment.rollout_state_reason = report.state.rollout_reason.clone();
            if deployment != before {
                deployment.updated_at = Some(Timestamp::from_system_time(now));
            }
            deployments.push(deployment);
        }
        if let Some(primary) = deployments.first() {
            service.task_definition = primary.task_definition.clone();
            if service.scheduling_strategy == Some(SchedulingStrategy::Daemon) {
                // A daemon's desired count is the number of instances it covers.
                service.desired_count = primary.desired_count;
            }
        }
        record.adoptions.retain(|id, _| deployments.iter().any(|deployment| deployment.id.as_deref() == Some(id.as_str())));
        service.deployments = Some(deployments);
        service.running_count = Some(decision.running as i32);
        service.pending_count = Some(decision.pending as i32);
        record.last_completed = decision.last_completed.clone();
        record.steady = decision.steady;

        let mut events = service.events.take().unwrap_or_default();
        for message in messages {
            let full = format!("(service {}) {message}", record.name);
            let said_recently = events.iter().any(|event| {
                event.message.as_deref() == Some(full.as_str())
                    && to_system_time(event.created_at).is_some_and(|at| now.duration_since(at).unwrap_or_default() < EVENT_REPEAT_INTERVAL)
            });
            if !said_recently {
                events.insert(0, ServiceEvent { message: Some(full), ..self.service_event(&record.name, "") });
            }
        }
        events.truncate(MAX_SERVICE_EVENTS);
        service.events = Some(events);

        let key = keys::service(cluster, &record.name);
        if decision.finished_deleting {
            record.service.status = Some("INACTIVE".to_owned());
            let outcome = self
                .store
                .txn(Txn {
                    compares: vec![Compare::ModRevision { key: key.clone(), revision: stored.mod_revision }],
                    success: vec![
                        Operation::Delete { key: key.clone() },
                        Operation::Put { key: keys::inactive_service(cluster, &record.name), value: encode(&record) },
                    ],
                    failure: vec![],
                })
                .await?;
            let _ = outcome;
            return Ok(());
        }
        if record == stored.record {
            return Ok(());
        }
        // A lost race means the service changed meanwhile; the next pass decides again.
        put_if_unchanged(self.store.as_ref(), &key, stored.mod_revision, encode(&record)).await?;
        Ok(())
    }
}
