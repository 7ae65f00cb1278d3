//! Services: `CreateService`, `UpdateService`, `DeleteService`, `DescribeServices`,
//! `ListServices`. These calls only change what the service should be; the service controller
//! (`service_controller.rs`) makes the tasks follow.
//!
//! A service's record holds the ECS `Service` shape as `DescribeServices` answers it — the
//! controller refreshes its deployments, counts and events — and a little bookkeeping the shape
//! has no room for (see `ServiceRecord`).

use ferry_api::RequestContext;
use ferry_api::shape::Timestamp;
use ferry_scheduler::{PlacementConstraint as SchedulerConstraint, PlacementStrategy as SchedulerStrategy};
use ferry_store::{Compare, Operation, Txn};
use rand::Rng;

use crate::EcsService;
use crate::error::EcsError;
use crate::generated::{
    CreateServiceRequest, CreateServiceResponse, DeleteServiceRequest, DeleteServiceResponse, Deployment, DeploymentCircuitBreaker,
    DeploymentConfiguration, DeploymentController, DeploymentControllerType, DeploymentRolloutState, DescribeServicesRequest,
    DescribeServicesResponse, Failure, LaunchType, ListServicesRequest, ListServicesResponse, NetworkMode, PlacementConstraint,
    PlacementStrategy, SchedulingStrategy, Service, ServiceEvent, ServiceField, UpdateServiceRequest, UpdateServiceResponse,
};
use crate::keys;
use crate::paging::{encode_token, page_request};
use crate::records::{ServiceRecord, decode, encode};
use crate::store_access::{Attempt, Versioned, put_if_unchanged, read, retry_on_conflict, scan_page};
use crate::tags::check_new_tags;

/// ECS accepts at most 10 placement constraints and 5 placement strategy rules per service.
const MAX_PLACEMENT_CONSTRAINTS: usize = 10;
const MAX_PLACEMENT_STRATEGIES: usize = 5;
/// ECS describes at most 10 services per call.
const MAX_SERVICES_PER_DESCRIBE: usize = 10;
/// DescribeServices shows a service's newest 100 events.
pub const MAX_SERVICE_EVENTS: usize = 100;

/// A deployment id as ECS writes them: `ecs-svc/` and 19 digits.
pub fn new_deployment_id() -> String {
    let number: u64 = rand::rng().random_range(1_000_000_000_000_000_000..10_000_000_000_000_000_000);
    format!("ecs-svc/{number}")
}

/// The placement rules of a service or a RunTask, checked and parsed for the scheduler.
pub(crate) fn parse_placement(
    constraints: Option<&[PlacementConstraint]>,
    strategies: Option<&[PlacementStrategy]>,
) -> Result<(Vec<SchedulerConstraint>, Vec<SchedulerStrategy>), EcsError> {
    let constraints = constraints.unwrap_or(&[]);
    let strategies = strategies.unwrap_or(&[]);
    if constraints.len() > MAX_PLACEMENT_CONSTRAINTS {
        return Err(EcsError::invalid_parameter(format!(
            "placementConstraints may hold at most {MAX_PLACEMENT_CONSTRAINTS} constraints; {} were given.",
            constraints.len()
        )));
    }
    if strategies.len() > MAX_PLACEMENT_STRATEGIES {
        return Err(EcsError::invalid_parameter(format!(
            "placementStrategy may hold at most {MAX_PLACEMENT_STRATEGIES} rules; {} were given.",
            strategies.len()
        )));
    }
    let parsed_constraints = constraints
        .iter()
        .enumerate()
        .map(|(index, constraint)| {
            let kind = constraint.r#type.as_ref().map(|kind| kind.as_str()).unwrap_or("");
            SchedulerConstraint::parse(kind, constraint.expression.as_deref())
                .map_err(|error| EcsError::invalid_parameter(format!("placementConstraints[{index}].{}: {}", error.field, error.message)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let parsed_strategies = strategies
        .iter()
        .enumerate()
        .map(|(index, strategy)| {
            let kind = strategy.r#type.as_ref().map(|kind| kind.as_str()).unwrap_or("");
            SchedulerStrategy::parse(kind, strategy.field.as_deref())
                .map_err(|error| EcsError::invalid_parameter(format!("placementStrategy[{index}].{}: {}", error.field, error.message)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((parsed_constraints, parsed_strategies))
}

/// The deployment configuration with ECS's defaults filled in, or why it is refused.
fn check_deployment_configuration(
    given: Option<&DeploymentConfiguration>,
    current: Option<&DeploymentConfiguration>,
    scheduling: SchedulingStrategy,
) -> Result<DeploymentConfiguration, EcsError> {
    let (default_minimum, default_maximum) = match scheduling {
        SchedulingStrategy::Replica => (100, 200),
        SchedulingStrategy::Daemon => (0, 100),
    };
    let mut configuration = current.cloned().unwrap_or_default();
    if let Some(given) = given {
        if given.maximum_percent.is_some() {
            configuration.maximum_percent = given.maximum_percent;
        }
        if given.minimum_healthy_percent.is_some() {
            configuration.minimum_healthy_percent = given.minimum_healthy_percent;
        }
        if given.deployment_circuit_breaker.is_some() {
            configuration.deployment_circuit_breaker = given.deployment_circuit_breaker.clone();
        }
        if given.alarms.is_some() {
            configuration.alarms = given.alarms.clone();
        }
        if given.strategy.is_some() || given.canary_configuration.is_some() || given.linear_configuration.is_some() {
            return Err(EcsError::invalid_parameter(
                "deploymentConfiguration.strategy: Ferry performs rolling deployments; blue/green, canary and linear strategies are not available.",
            ));
        }
    }
    let maximum = *configuration.maximum_percent.get_or_insert(default_maximum);
    let minimum = *configuration.minimum_healthy_percent.get_or_insert(default_minimum);
    configuration.deployment_circuit_breaker.get_or_insert(DeploymentCircuitBreaker {
        enable: false,
        rollback: false,
        ..Default::default()
    });
    if !(0..=100).contains(&minimum) {
        return Err(EcsError::invalid_parameter(format!(
            "deploymentConfiguration.minimumHealthyPercent must be between 0 and 100; {minimum} was given."
        )));
    }
    match scheduling {
        SchedulingStrategy::Replica if maximum < 100 => {
            return Err(EcsError::invalid_parameter(format!(
                "deploymentConfiguration.maximumPercent must be at least 100 for a REPLICA service; {maximum} was given. It is the share of the desired count that may run during a deployment."
            )));
        }
        SchedulingStrategy::Daemon if maximum != 100 => {
            return Err(EcsError::invalid_parameter(format!(
                "deploymentConfiguration.maximumPercent must be 100 for a DAEMON service (one task per instance); {maximum} was given."
            )));
        }
        _ => {}
    }
    if maximum > 2000 {
        return Err(EcsError::invalid_parameter(format!(
            "deploymentConfiguration.maximumPercent may be at most 2000; {maximum} was given."
        )));
    }
    Ok(configuration)
}

fn check_service_name(name: &str) -> Result<(), EcsError> {
    let valid = !name.is_empty()
        && name.len() <= 255
        && name.chars().all(|character| character.is_ascii_alphanumeric() || "-_".contains(character));
    if valid {
        Ok(())
    } else {
        Err(EcsError::invalid_parameter(format!(
            "serviceName '{name}' is invalid: up to 255 letters (uppercase and lowercase), numbers, hyphens and underscores."
        )))
    }
}

/// ECS's quota of tasks per service.
const MAX_TASKS_PER_SERVICE: i32 = 5000;

fn check_desired_count(desired_count: i32) -> Result<(), EcsError> {
    if !(0..=MAX_TASKS_PER_SERVICE).contains(&desired_count) {
        return Err(EcsError::invalid_parameter(format!(
            "desiredCount must be between 0 and {MAX_TASKS_PER_SERVICE} (ECS's tasks-per-service quota); {desired_count} was given."
        )));
    }
    Ok(())
}

fn check_grace_period(seconds: Option<i32>) -> Result<(), EcsError> {
    match seconds {
        Some(seconds) if seconds < 0 => {
            Err(EcsError::invalid_parameter(format!("healthCheckGracePeriodSeconds must be 0 or more; {seconds} was given.")))
        }
        _ => Ok(()),
    }
}

fn unsupported_service_features(
    load_balancers_given: bool,
    registries_given: bool,
    service_connect_given: bool,
    capacity_providers_given: bool,
    launch_type: Option<&LaunchType>,
) -> Result<(), EcsError> {
    if load_balancers_given {
        return Err(EcsError::invalid_parameter(
            "loadBalancers: Ferry's load balancer is not available yet; create the service without loadBalancers.",
        ));
    }
    if registries_given || service_connect_given {
        return Err(EcsError::invalid_parameter(
            "serviceRegistries and serviceConnectConfiguration need Cloud Map, which Ferry does not provide yet.",
        ));
    }
    if capacity_providers_given || matches!(launch_type, Some(LaunchType::Fargate | LaunchType::External | LaunchType::ManagedInstances)) {
        return Err(EcsError::invalid_parameter(
            "Ferry runs services with the EC2 launch type on registered container instances; FARGATE, EXTERNAL and capacity provider strategies are not available yet.",
        ));
    }
    Ok(())
}

impl EcsService {
    pub(crate) fn service_arn(&self, cluster: &str, name: &str) -> String {
        self.identity.arn("ecs", &format!("service/{cluster}/{name}"))
    }

    /// A service's name from its name or ARN (`service/CLUSTER/NAME`, or the old `service/NAME`).
    pub(crate) fn service_name_from_reference(&self, cluster: &str, reference: &str) -> Result<String, EcsError> {
        let name = match reference.strip_prefix("arn:") {
            None => reference.to_owned(),
            Some(_) => {
                let resource = reference.split_once(":service/").map(|(_, resource)| resource).ok_or_else(|| {
                    EcsError::invalid_parameter(format!(
                        "'{reference}' is not a service ARN (arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/NAME)."
                    ))
                })?;
                match resource.split_once('/') {
                    Some((arn_cluster, name)) if arn_cluster == cluster => name.to_owned(),
                    Some((arn_cluster, _)) => {
                        return Err(EcsError::invalid_parameter(format!(
                            "The service ARN '{reference}' names cluster {arn_cluster}, but the request is for cluster {cluster}."
                        )));
                    }
                    None => resource.to_owned(),
                }
            }
        };
        check_service_name(&name)?;
        Ok(name)
    }

    pub(crate) async fn read_service(&self, cluster: &str, name: &str) -> Result<Option<Versioned<ServiceRecord>>, EcsError> {
        read::<ServiceRecord>(self.store.as_ref(), &keys::service(cluster, name)).await
    }

    /// A new PRIMARY deployment of `task_definition`.
    pub(crate) fn new_deployment(&self, service: &Service, task_definition: &str, desired_count: i32) -> Deployment {
        let now = Timestamp::from_system_time(self.clock.now());
        let id = new_deployment_id();
        Deployment {
            rollout_state_reason: Some(format!("ECS deployment {id} in progress.")),
            id: Some(id),
            status: Some("PRIMARY".to_owned()),
            task_definition: Some(task_definition.to_owned()),
            desired_count: Some(desired_count),
            pending_count: Some(0),
            running_count: Some(0),
            failed_tasks: Some(0),
            created_at: Some(now),
            updated_at: Some(now),
            launch_type: Some(LaunchType::Ec2),
            network_configuration: service.network_configuration.clone(),
            rollout_state: Some(DeploymentRolloutState::InProgress),
            ..Default::default()
        }
    }

    pub(crate) fn service_event(&self, service_name: &str, message: &str) -> ServiceEvent {
        ServiceEvent {
            id: Some(uuid::Uuid::new_v4().to_string()),
            created_at: Some(Timestamp::from_system_time(self.clock.now())),
            message: Some(format!("(service {service_name}) {message}")),
        }
    }

    pub(crate) async fn create_service(
        &self,
        request: CreateServiceRequest,
        context: &RequestContext,
    ) -> Result<CreateServiceResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        check_service_name(&request.service_name)?;
        let name = request.service_name.clone();
        unsupported_service_features(
            request.load_balancers.as_ref().is_some_and(|balancers| !balancers.is_empty()),
            request.service_registries.as_ref().is_some_and(|registries| !registries.is_empty()),
            request.service_connect_configuration.is_some(),
            request.capacity_provider_strategy.as_ref().is_some_and(|strategy| !strategy.is_empty()),
            request.launch_type.as_ref(),
        )?;
        if let Some(DeploymentController { r#type: controller_type, .. }) = &request.deployment_controller
            && *controller_type != DeploymentControllerType::Ecs
        {
            return Err(EcsError::invalid_parameter(
                "deploymentController.type: Ferry's services use the ECS deployment controller (rolling updates).",
            ));
        }
        let scheduling = request.scheduling_strategy.unwrap_or(SchedulingStrategy::Replica);
        let desired_count = match (&scheduling, request.desired_count) {
            (SchedulingStrategy::Replica, Some(count)) => {
                check_desired_count(count)?;
                count
            }
            (SchedulingStrategy::Replica, None) => {
                return Err(EcsError::invalid_parameter("desiredCount is required for a service with the REPLICA scheduling strategy."));
            }
            (SchedulingStrategy::Daemon, Some(_)) => {
                return Err(EcsError::invalid_parameter(
                    "desiredCount: a DAEMON service runs one task on each eligible container instance; leave desiredCount out.",
                ));
            }
            (SchedulingStrategy::Daemon, None) => 0,
        };
        if scheduling == SchedulingStrategy::Daemon && request.placement_strategy.as_ref().is_some_and(|strategy| !strategy.is_empty()) {
            return Err(EcsError::invalid_parameter(
                "placementStrategy: a DAEMON service places one task per instance; strategies do not apply.",
            ));
        }
        parse_placement(request.placement_constraints.as_deref(), request.placement_strategy.as_deref())?;
        let deployment_configuration = check_deployment_configuration(request.deployment_configuration.as_ref(), None, scheduling)?;
        check_grace_period(request.health_check_grace_period_seconds)?;
        let tags = request.tags.clone().unwrap_or_default();
        check_new_tags(&tags)?;
        let Some(task_definition_text) = request.task_definition.as_deref() else {
            return Err(EcsError::invalid_parameter("taskDefinition is required for a service with the ECS deployment controller."));
        };
        let definition = self.task_definition_for_launch(task_definition_text).await?;
        let task_definition_arn = definition.task_definition_arn.clone().unwrap_or_default();
        let awsvpc = definition.network_mode == Some(NetworkMode::Awsvpc);
        let has_network_configuration =
            request.network_configuration.as_ref().is_some_and(|configuration| configuration.awsvpc_configuration.is_some());
        if awsvpc && !has_network_configuration {
            return Err(EcsError::invalid_parameter("Network Configuration must be provided when networkMode 'awsvpc' is specified."));
        }
        if !awsvpc && has_network_configuration {
            return Err(EcsError::invalid_parameter(
                "Network Configuration is not valid for the given networkMode of this task definition.",
            ));
        }
        let fingerprint = {
            let mut fingerprinted = request.clone();
            fingerprinted.client_token = None;
            serde_json::to_string(&fingerprinted).unwrap_or_default()
        };

        let now = Timestamp::from_system_time(self.clock.now());
        let mut service = Service {
            service_arn: Some(self.service_arn(&cluster, &name)),
            service_name: Some(name.clone()),
            cluster_arn: Some(self.cluster_arn(&cluster)),
            load_balancers: Some(Vec::new()),
            service_registries: Some(Vec::new()),
            status: Some("ACTIVE".to_owned()),
            desired_count: Some(desired_count),
            running_count: Some(0),
            pending_count: Some(0),
            launch_type: Some(LaunchType::Ec2),
            task_definition: Some(task_definition_arn.clone()),
            deployment_configuration: Some(deployment_configuration),
            events: Some(Vec::new()),
            created_at: Some(now),
            placement_constraints: Some(request.placement_constraints.clone().unwrap_or_default()),
            placement_strategy: Some(request.placement_strategy.clone().unwrap_or_default()),
            network_configuration: request.network_configuration.clone(),
            health_check_grace_period_seconds: request.health_check_grace_period_seconds,
            scheduling_strategy: Some(scheduling),
            deployment_controller: Some(DeploymentController { r#type: DeploymentControllerType::Ecs }),
            tags: Some(tags),
            created_by: Some(context.caller.principal_arn.clone()),
            enable_ecs_managed_tags: Some(request.enable_ecs_managed_tags.unwrap_or(false)),
            propagate_tags: request.propagate_tags,
            enable_execute_command: Some(request.enable_execute_command.unwrap_or(false)),
            ..Default::default()
        };
        let deployment = self.new_deployment(&service, &task_definition_arn, desired_count);
        service.deployments = Some(vec![deployment]);
        let record = ServiceRecord {
            name: name.clone(),
            cluster: cluster.clone(),
            service,
            adoptions: Default::default(),
            last_completed: None,
            steady: false,
            deleting: false,
            client_token: request.client_token.clone().map(|token| (token, fingerprint.clone())),
        };

        let key = keys::service(&cluster, &name);
        let stored = retry_on_conflict(&keys::cluster(&cluster), || async {
            let cluster_record = self.active_cluster(Some(&cluster)).await?;
            if let Some(existing) = self.read_service(&cluster, &name).await? {
                // A retry of the same request with the same token is answered with what it created.
                return match (&existing.record.client_token, &request.client_token) {
                    (Some((token, existing_fingerprint)), Some(given)) if token == given && *existing_fingerprint == fingerprint => {
                        Ok(Attempt::Done(existing.record))
                    }
                    _ => Err(EcsError::invalid_parameter("Creation of service was not idempotent.")),
                };
            }
            // Rewriting the cluster record makes a concurrent DeleteCluster's compare fail.
            let cluster_key = keys::cluster(&cluster);
            let outcome = self
                .store
                .txn(Txn {
                    compares: vec![
                        Compare::ModRevision { key: cluster_key.clone(), revision: cluster_record.mod_revision },
                        Compare::Absent { key: key.clone() },
                    ],
                    success: vec![
                        Operation::Put { key: cluster_key, value: encode(&cluster_record.record) },
                        Operation::Put { key: key.clone(), value: encode(&record) },
                        Operation::Delete { key: keys::inactive_service(&cluster, &name) },
                    ],
                    failure: vec![],
                })
                .await?;
            Ok(if outcome.succeeded { Attempt::Done(record.clone()) } else { Attempt::Conflict })
        })
        .await?;
        Ok(CreateServiceResponse { service: Some(render_service(&stored, false)) })
    }

    pub(crate) async fn update_service(&self, request: UpdateServiceRequest) -> Result<UpdateServiceResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let name = self.service_name_from_reference(&cluster, &request.service)?;
        unsupported_service_features(
            request.load_balancers.as_ref().is_some_and(|balancers| !balancers.is_empty()),
            request.service_registries.as_ref().is_some_and(|registries| !registries.is_empty()),
            request.service_connect_configuration.is_some(),
            request.capacity_provider_strategy.as_ref().is_some_and(|strategy| !strategy.is_empty()),
            None,
        )?;
        if let Some(count) = request.desired_count {
            check_desired_count(count)?;
        }
        check_grace_period(request.health_check_grace_period_seconds)?;
        parse_placement(request.placement_constraints.as_deref(), request.placement_strategy.as_deref())?;
        let new_definition = match request.task_definition.as_deref() {
            Some(text) => Some(self.task_definition_for_launch(text).await?),
            None => None,
        };
        let key = keys::service(&cluster, &name);
        let updated = retry_on_conflict(&key, || async {
            let Some(existing) = self.read_service(&cluster, &name).await? else {
                return Err(EcsError::ServiceNotFound { name: name.clone() });
            };
            let mut record = existing.record;
            if record.deleting {
                return Err(EcsError::ServiceNotActive { name: name.clone() });
            }
            let service = &mut record.service;
            let scheduling = service.scheduling_strategy.unwrap_or(SchedulingStrategy::Replica);
            if let Some(count) = request.desired_count {
                if scheduling == SchedulingStrategy::Daemon {
                    return Err(EcsError::invalid_parameter(
                        "desiredCount: a DAEMON service runs one task on each eligible container instance; its desired count cannot be set.",
                    ));
                }
                service.desired_count = Some(count);
            }
            if request.deployment_configuration.is_some() {
                service.deployment_configuration = Some(check_deployment_configuration(
                    request.deployment_configuration.as_ref(),
                    service.deployment_configuration.as_ref(),
                    scheduling,
                )?);
            }
            if let Some(constraints) = &request.placement_constraints {
                service.placement_constraints = Some(constraints.clone());
            }
            if let Some(strategies) = &request.placement_strategy {
                if scheduling == SchedulingStrategy::Daemon && !strategies.is_empty() {
                    return Err(EcsError::invalid_parameter(
                        "placementStrategy: a DAEMON service places one task per instance; strategies do not apply.",
                    ));
                }
                service.placement_strategy = Some(strategies.clone());
            }
            if let Some(seconds) = request.health_check_grace_period_seconds {
                service.health_check_grace_period_seconds = Some(seconds);
            }
            if let Some(enable) = request.enable_execute_command {
                service.enable_execute_command = Some(enable);
            }
            if let Some(enable) = request.enable_ecs_managed_tags {
                service.enable_ecs_managed_tags = Some(enable);
            }
            if let Some(propagate) = &request.propagate_tags {
                service.propagate_tags = Some(*propagate);
            }
            if let Some(configuration) = &request.network_configuration {
                service.network_configuration = Some(configuration.clone());
            }
            let current_definition = service.task_definition.clone().unwrap_or_default();
            let next_definition = new_definition
                .as_ref()
                .and_then(|definition| definition.task_definition_arn.clone())
                .unwrap_or_else(|| current_definition.clone());
            let definition_changed = next_definition != current_definition;
            if let Some(definition) = &new_definition {
                let awsvpc = definition.network_mode == Some(NetworkMode::Awsvpc);
                let has_network_configuration =
                    service.network_configuration.as_ref().is_some_and(|configuration| configuration.awsvpc_configuration.is_some());
                if awsvpc != has_network_configuration {
                    return Err(EcsError::invalid_parameter(if awsvpc {
                        "Network Configuration must be provided when networkMode 'awsvpc' is specified."
                    } else {
                        "Network Configuration is not valid for the given networkMode of this task definition."
                    }));
                }
            }
            if definition_changed || request.force_new_deployment == Some(true) {
                let desired = service.desired_count.unwrap_or(0);
                let mut deployment = self.new_deployment(service, &next_definition, desired);
                deployment.network_configuration = service.network_configuration.clone();
                let mut deployments = service.deployments.take().unwrap_or_default();
                for older in &mut deployments {
                    older.status = Some("ACTIVE".to_owned());
                }
                deployments.insert(0, deployment);
                service.deployments = Some(deployments);
                service.task_definition = Some(next_definition);
                record.steady = false;
            } else if let Some(primary) = service.deployments.as_mut().and_then(|deployments| deployments.first_mut()) {
                primary.desired_count = service.desired_count;
            }
            if request.desired_count.is_some() {
                record.steady = false;
            }
            Ok(match put_if_unchanged(self.store.as_ref(), &key, existing.mod_revision, encode(&record)).await? {
                Attempt::Done(()) => Attempt::Done(record),
                Attempt::Conflict => Attempt::Conflict,
            })
        })
        .await?;
        Ok(UpdateServiceResponse { service: Some(render_service(&updated, false)) })
    }

    pub(crate) async fn delete_service(&self, request: DeleteServiceRequest) -> Result<DeleteServiceResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let name = self.service_name_from_reference(&cluster, &request.service)?;
        let key = keys::service(&cluster, &name);
        let deleted = retry_on_conflict(&key, || async {
            let Some(existing) = self.read_service(&cluster, &name).await? else {
                return match read::<ServiceRecord>(self.store.as_ref(), &keys::inactive_service(&cluster, &name)).await? {
                    Some(_) => Err(EcsError::ServiceNotActive { name: name.clone() }),
                    None => Err(EcsError::ServiceNotFound { name: name.clone() }),
                };
            };
            let mut record = existing.record;
            if record.deleting {
                return Err(EcsError::ServiceNotActive { name: name.clone() });
            }
            let replica = record.service.scheduling_strategy != Some(SchedulingStrategy::Daemon);
            if replica && record.service.desired_count.unwrap_or(0) > 0 && request.force != Some(true) {
                return Err(EcsError::invalid_parameter(
                    "The service cannot be stopped while it is scaled above 0. Set desiredCount to 0 with UpdateService first, or pass force.",
                ));
            }
            record.deleting = true;
            record.steady = false;
            record.service.status = Some("DRAINING".to_owned());
            record.service.desired_count = Some(0);
            Ok(match put_if_unchanged(self.store.as_ref(), &key, existing.mod_revision, encode(&record)).await? {
                Attempt::Done(()) => Attempt::Done(record),
                Attempt::Conflict => Attempt::Conflict,
            })
        })
        .await?;
        Ok(DeleteServiceResponse { service: Some(render_service(&deleted, false)) })
    }

    pub(crate) async fn describe_services(&self, request: DescribeServicesRequest) -> Result<DescribeServicesResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        if request.services.is_empty() || request.services.len() > MAX_SERVICES_PER_DESCRIBE {
            return Err(EcsError::invalid_parameter(format!(
                "services must name between 1 and {MAX_SERVICES_PER_DESCRIBE} services; {} were given.",
                request.services.len()
            )));
        }
        let with_tags = request.include.as_deref().unwrap_or(&[]).contains(&ServiceField::Tags);
        let mut services = Vec::new();
        let mut failures = Vec::new();
        for reference in &request.services {
            let name = self.service_name_from_reference(&cluster, reference)?;
            let found = match self.read_service(&cluster, &name).await? {
                Some(versioned) => Some(versioned.record),
                None => read::<ServiceRecord>(self.store.as_ref(), &keys::inactive_service(&cluster, &name))
                    .await?
                    .map(|versioned| versioned.record),
            };
            match found {
                Some(record) => services.push(render_service(&record, with_tags)),
                None => failures.push(Failure {
                    arn: Some(self.service_arn(&cluster, &name)),
                    reason: Some("MISSING".to_owned()),
                    detail: None,
                }),
            }
        }
        Ok(DescribeServicesResponse { services: Some(services), failures: Some(failures) })
    }

    pub(crate) async fn list_services(&self, request: ListServicesRequest) -> Result<ListServicesResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let page_request = page_request("ListServices", request.next_token.as_deref(), request.max_results)?;
        if matches!(request.launch_type, Some(LaunchType::Fargate | LaunchType::External | LaunchType::ManagedInstances)) {
            return Ok(ListServicesResponse { service_arns: Some(Vec::new()), next_token: None });
        }
        let (arns, last_key) =
            scan_page(self.store.as_ref(), &keys::services_of_cluster(&cluster), page_request.after_key, page_request.limit, |entry| {
                let record: ServiceRecord = decode(&entry.key, &entry.value)?;
                let scheduling = record.service.scheduling_strategy.unwrap_or(SchedulingStrategy::Replica);
                let matches = request.scheduling_strategy.as_ref().is_none_or(|wanted| *wanted == scheduling);
                Ok(matches.then(|| record.service.service_arn.clone().unwrap_or_default()))
            })
            .await?;
        let next_token = last_key.map(|key| encode_token("ListServices", &key));
        Ok(ListServicesResponse { service_arns: Some(arns), next_token })
    }
}

/// The service as the API shows it.
pub(crate) fn render_service(record: &ServiceRecord, with_tags: bool) -> Service {
    let mut service = record.service.clone();
    if !with_tags {
        service.tags = None;
    }
    service
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deployment_configuration_defaults_and_limits_follow_ecs() {
        let replica = check_deployment_configuration(None, None, SchedulingStrategy::Replica).unwrap();
        assert_eq!((replica.minimum_healthy_percent, replica.maximum_percent), (Some(100), Some(200)));
        let daemon = check_deployment_configuration(None, None, SchedulingStrategy::Daemon).unwrap();
        assert_eq!((daemon.minimum_healthy_percent, daemon.maximum_percent), (Some(0), Some(100)));

        let under = DeploymentConfiguration { maximum_percent: Some(90), ..Default::default() };
        let error = check_deployment_configuration(Some(&under), None, SchedulingStrategy::Replica).unwrap_err();
        assert!(error.to_string().contains("maximumPercent"), "{error}");

        let kept = check_deployment_configuration(
            Some(&DeploymentConfiguration { minimum_healthy_percent: Some(50), ..Default::default() }),
            Some(&replica),
            SchedulingStrategy::Replica,
        )
        .unwrap();
        assert_eq!((kept.minimum_healthy_percent, kept.maximum_percent), (Some(50), Some(200)));
    }

    #[test]
    fn deployment_ids_look_like_ecs_ones() {
        let id = new_deployment_id();
        let digits = id.strip_prefix("ecs-svc/").unwrap();
        assert_eq!(digits.len(), 19);
        assert!(digits.chars().all(|character| character.is_ascii_digit()));
    }
}
