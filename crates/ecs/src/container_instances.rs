//! Container instances: `RegisterContainerInstance`, `DeregisterContainerInstance`,
//! `DescribeContainerInstances`, `ListContainerInstances`, `UpdateContainerInstancesState` and
//! the attribute operations (`PutAttributes`, `ListAttributes`, `DeleteAttributes`).
//!
//! An instance's remaining resources are its registered ones less what the tasks placed on it
//! hold (`allocations`, kept in the instance record by the same transactions that place and stop
//! tasks), so placement can never over-commit an instance: two placements racing for it
//! compare the same record revision and one of them retries.

use std::collections::{BTreeMap, BTreeSet};

use ferry_api::shape::Timestamp;
use ferry_core::Arn;
use ferry_store::{Compare, Operation, Txn};

use crate::EcsService;
use crate::clusters::DEFAULT_CLUSTER_NAME;
use crate::error::EcsError;
use crate::generated::{
    Attribute, ContainerInstance, ContainerInstanceField, ContainerInstanceStatus, CreateClusterRequest, DeleteAttributesRequest,
    DeleteAttributesResponse, DeregisterContainerInstanceRequest, DeregisterContainerInstanceResponse, DescribeContainerInstancesRequest,
    DescribeContainerInstancesResponse, Failure, ListAttributesRequest, ListAttributesResponse, ListContainerInstancesRequest,
    ListContainerInstancesResponse, PutAttributesRequest, PutAttributesResponse, RegisterContainerInstanceRequest,
    RegisterContainerInstanceResponse, Resource, TargetType, UpdateContainerInstancesStateRequest, UpdateContainerInstancesStateResponse,
};
use crate::keys;
use crate::paging::{encode_token, page_request};
use crate::records::{ContainerInstanceRecord, ContainerInstanceStatusValue, decode, encode};
use crate::store_access::{Attempt, Versioned, list_all, put_if_unchanged, read, retry_on_conflict, scan_page};
use crate::tags::check_new_tags;
use ferry_scheduler::{InstanceSnapshot, PlacementFailureReason};

/// ECS answers at most 100 instances per `DescribeContainerInstances` / `UpdateContainerInstancesState`.
const MAX_INSTANCES_PER_CALL: usize = 100;
/// ECS takes at most 10 attributes per `PutAttributes`/`DeleteAttributes` call, and keeps at most
/// 10 custom attributes on one resource.
const MAX_ATTRIBUTES_PER_CALL: usize = 10;
const MAX_CUSTOM_ATTRIBUTES: usize = 10;

/// The attribute an agent advertises its awsvpc subnet with (a CIDR block); the control plane
/// hands each awsvpc task an address from it.
pub const AWSVPC_SUBNET_ATTRIBUTE: &str = "ferry.awsvpc-subnet";

pub fn integer_resource(resources: &[Resource], name: &str) -> i32 {
    resources.iter().find(|resource| resource.name.as_deref() == Some(name)).and_then(|resource| resource.integer_value).unwrap_or(0)
}

pub fn port_set_resource(resources: &[Resource], name: &str) -> BTreeSet<u16> {
    resources
        .iter()
        .find(|resource| resource.name.as_deref() == Some(name))
        .and_then(|resource| resource.string_set_value.as_ref())
        .map(|ports| ports.iter().filter_map(|port| port.parse().ok()).collect())
        .unwrap_or_default()
}

fn integer(name: &str, value: i32) -> Resource {
    Resource { name: Some(name.to_owned()), r#type: Some("INTEGER".to_owned()), integer_value: Some(value), ..Default::default() }
}

fn port_set(name: &str, ports: &BTreeSet<u16>) -> Resource {
    Resource {
        name: Some(name.to_owned()),
        r#type: Some("STRINGSET".to_owned()),
        string_set_value: Some(ports.iter().map(u16::to_string).collect()),
        ..Default::default()
    }
}

/// The addresses of a CIDR block an awsvpc task may take: all but the network address, the
/// gateway (the first host address, which the agent's bridge takes) and broadcast.
pub fn subnet_task_addresses(cidr: &str) -> Option<Vec<String>> {
    let (address, prefix) = cidr.split_once('/')?;
    let address: std::net::Ipv4Addr = address.parse().ok()?;
    let prefix: u32 = prefix.parse().ok()?;
    if !(16..=29).contains(&prefix) {
        return None;
    }
    let size = 1u32 << (32 - prefix);
    let network = u32::from(address) & !(size - 1);
    Some((network + 2..network + size - 1).map(|host| std::net::Ipv4Addr::from(host).to_string()).collect())
}

impl ContainerInstanceRecord {
    pub fn attributes(&self) -> Vec<Attribute> {
        let mut merged: BTreeMap<String, Option<String>> = BTreeMap::new();
        for attribute in self.agent_attributes.iter().chain(&self.custom_attributes) {
            merged.insert(attribute.name.clone(), attribute.value.clone());
        }
        merged.into_iter().map(|(name, value)| Attribute { name, value, target_type: None, target_id: None }).collect()
    }

    pub fn attribute_map(&self) -> BTreeMap<String, Option<String>> {
        self.attributes().into_iter().map(|attribute| (attribute.name, attribute.value)).collect()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.attributes().into_iter().find(|attribute| attribute.name == name).and_then(|attribute| attribute.value)
    }

    pub fn remaining_cpu(&self) -> i32 {
        integer_resource(&self.registered_resources, "CPU") - self.allocations.values().map(|allocation| allocation.cpu).sum::<i32>()
    }

    pub fn remaining_memory(&self) -> i32 {
        integer_resource(&self.registered_resources, "MEMORY") - self.allocations.values().map(|allocation| allocation.memory).sum::<i32>()
    }

    pub fn used_ports(&self, udp: bool) -> BTreeSet<u16> {
        let mut ports = port_set_resource(&self.registered_resources, if udp { "PORTS_UDP" } else { "PORTS" });
        for allocation in self.allocations.values() {
            ports.extend(if udp { &allocation.udp_ports } else { &allocation.tcp_ports });
        }
        ports
    }

    /// The addresses of the instance's awsvpc subnet no task holds.
    pub fn free_addresses(&self) -> Vec<String> {
        let Some(subnet) = self.attribute(AWSVPC_SUBNET_ATTRIBUTE) else { return Vec::new() };
        let taken: BTreeSet<&str> = self.allocations.values().filter_map(|allocation| allocation.ipv4_address.as_deref()).collect();
        subnet_task_addresses(&subnet).unwrap_or_default().into_iter().filter(|address| !taken.contains(address.as_str())).collect()
    }

    pub fn awsvpc_subnet(&self) -> Option<String> {
        self.attribute(AWSVPC_SUBNET_ATTRIBUTE)
    }

    pub fn running_and_pending(&self) -> (i32, i32) {
        let running = self.allocations.values().filter(|allocation| allocation.last_status == "RUNNING").count();
        (running as i32, (self.allocations.len() - running) as i32)
    }

    /// The instance as the scheduler sees it.
    pub fn snapshot(&self, agent_connected: bool) -> InstanceSnapshot {
        let ineligible = match self.status {
            ContainerInstanceStatusValue::Active if !agent_connected => Some(PlacementFailureReason::AgentDisconnected),
            ContainerInstanceStatusValue::Active => None,
            other => Some(PlacementFailureReason::NotActive { status: other.as_str().to_owned() }),
        };
        let mut task_groups: BTreeMap<String, u32> = BTreeMap::new();
        for allocation in self.allocations.values() {
            // A task asked to stop no longer counts for spread or distinctInstance.
            if allocation.desired_status == "RUNNING"
                && let Some(group) = &allocation.group
            {
                *task_groups.entry(group.clone()).or_default() += 1;
            }
        }
        let attributes = self.attribute_map();
        InstanceSnapshot {
            id: self.id.clone(),
            arn: self.arn.clone(),
            registered_cpu: integer_resource(&self.registered_resources, "CPU"),
            registered_memory: integer_resource(&self.registered_resources, "MEMORY"),
            remaining_cpu: self.remaining_cpu(),
            remaining_memory: self.remaining_memory(),
            used_tcp_ports: self.used_ports(false),
            used_udp_ports: self.used_ports(true),
            free_addresses: self.free_addresses().len(),
            ineligible,
            task_groups,
            agent_version: self.version_info.as_ref().and_then(|info| info.agent_version.clone()),
            ec2_instance_id: None,
            registered_at_epoch_seconds: Some(self.registered_at.epoch_seconds() as i64),
            attributes,
        }
    }
}

fn check_attribute(attribute: &Attribute, index: usize) -> Result<(), EcsError> {
    let name_ok = !attribute.name.is_empty()
        && attribute.name.len() <= 128
        && attribute.name.chars().all(|character| character.is_ascii_alphanumeric() || "-_/\\.".contains(character));
    if !name_ok {
        return Err(EcsError::invalid_parameter(format!(
            "attributes[{index}].name '{}' is invalid: up to 128 letters, numbers, hyphens, underscores, slashes, back slashes or periods.",
            attribute.name
        )));
    }
    if let Some(value) = &attribute.value {
        let value_ok = !value.is_empty()
            && value.len() <= 128
            && !value.starts_with(' ')
            && !value.ends_with(' ')
            && value.chars().all(|character| character.is_ascii_alphanumeric() || "-_.@/\\: ".contains(character));
        if !value_ok {
            return Err(EcsError::invalid_parameter(format!(
                "attributes[{index}].value '{value}' is invalid: up to 128 letters, numbers, hyphens, underscores, periods, at signs, slashes, back slashes, colons or inner spaces."
            )));
        }
    }
    Ok(())
}

impl EcsService {
    fn container_instance_arn(&self, cluster: &str, id: &str) -> String {
        self.identity.arn("ecs", &format!("container-instance/{cluster}/{id}"))
    }

    /// The id a `containerInstance` parameter (an id or an ARN) names, checking that an ARN
    /// belongs to `cluster`.
    pub(crate) fn container_instance_id(&self, cluster: &str, reference: &str) -> Result<String, EcsError> {
        self.id_in_cluster(cluster, reference, "container-instance", "container instance")
    }

    /// The id of a cluster's child resource (`RESOURCE_TYPE/CLUSTER/ID` ARNs, the older
    /// `RESOURCE_TYPE/ID` ones, or the bare id: 32 hexadecimal digits, as Ferry makes them).
    pub(crate) fn id_in_cluster(&self, cluster: &str, reference: &str, resource_type: &str, what: &str) -> Result<String, EcsError> {
        let id = if reference.starts_with("arn:") {
            let arn = Arn::parse(reference).map_err(|error| EcsError::invalid_parameter(error.to_string()))?;
            self.check_arn_is_ours(&arn)?;
            match arn.resource_type_and_id() {
                Some((kind, rest)) if kind == resource_type && arn.service == "ecs" => match rest.split_once('/') {
                    Some((arn_cluster, id)) if arn_cluster == cluster => id.to_owned(),
                    Some((arn_cluster, _)) => {
                        return Err(EcsError::invalid_parameter(format!(
                            "The {what} '{reference}' belongs to cluster '{arn_cluster}', not '{cluster}'."
                        )));
                    }
                    None => rest.to_owned(),
                },
                _ => return Err(EcsError::invalid_parameter(format!("'{reference}' is not the ARN of an ECS {what}."))),
            }
        } else {
            reference.to_owned()
        };
        if id.len() == 32 && id.bytes().all(|byte| byte.is_ascii_hexdigit()) {
            Ok(id)
        } else {
            Err(EcsError::invalid_parameter(format!("'{reference}' is not a {what} id or ARN.")))
        }
    }

    pub(crate) async fn read_container_instance(
        &self,
        cluster: &str,
        id: &str,
    ) -> Result<Option<Versioned<ContainerInstanceRecord>>, EcsError> {
        read::<ContainerInstanceRecord>(self.store.as_ref(), &keys::container_instance(cluster, id)).await
    }

    pub(crate) fn render_container_instance(&self, record: &ContainerInstanceRecord, with_tags: bool) -> ContainerInstance {
        let registered = &record.registered_resources;
        let (running, pending) = record.running_and_pending();
        ContainerInstance {
            container_instance_arn: Some(record.arn.clone()),
            version: Some(record.version),
            version_info: record.version_info.clone(),
            registered_resources: Some(registered.clone()),
            remaining_resources: Some(vec![
                integer("CPU", record.remaining_cpu()),
                integer("MEMORY", record.remaining_memory()),
                port_set("PORTS", &record.used_ports(false)),
                port_set("PORTS_UDP", &record.used_ports(true)),
            ]),
            status: Some(record.status.as_str().to_owned()),
            agent_connected: Some(record.status != ContainerInstanceStatusValue::Inactive && self.agent_presence.is_connected(&record.arn)),
            running_tasks_count: Some(running),
            pending_tasks_count: Some(pending),
            attributes: Some(record.attributes()),
            registered_at: Some(record.registered_at),
            attachments: Some(Vec::new()),
            tags: Some(if with_tags { record.tags.clone() } else { Vec::new() }),
            ..Default::default()
        }
    }

    pub(crate) async fn register_container_instance(
        &self,
        request: RegisterContainerInstanceRequest,
    ) -> Result<RegisterContainerInstanceResponse, EcsError> {
        let cluster_reference = request.cluster.clone().unwrap_or_else(|| DEFAULT_CLUSTER_NAME.to_owned());
        let cluster = self.cluster_name_from_reference(&cluster_reference)?;
        let resources = request.total_resources.clone().unwrap_or_default();
        for name in ["CPU", "MEMORY"] {
            if integer_resource(&resources, name) <= 0 {
                return Err(EcsError::invalid_parameter(format!("totalResources must include {name} as a positive INTEGER resource.")));
            }
        }
        let attributes = request.attributes.clone().unwrap_or_default();
        for (index, attribute) in attributes.iter().enumerate() {
            check_attribute(attribute, index)?;
        }
        let tags = request.tags.clone().unwrap_or_default();
        check_new_tags(&tags)?;
        // The ECS agent creates the `default` cluster when it is told to join it and it is
        // missing; Ferry's control plane does that for it.
        if cluster == DEFAULT_CLUSTER_NAME && self.active_cluster(Some(&cluster)).await.is_err() {
            self.create_cluster(CreateClusterRequest { cluster_name: Some(cluster.clone()), ..Default::default() }).await?;
        }
        let existing_id = match &request.container_instance_arn {
            Some(reference) => Some(self.container_instance_id(&cluster, reference)?),
            None => None,
        };
        let store = self.store.as_ref();
        let record = retry_on_conflict(&keys::cluster(&cluster), || async {
            let cluster_record = self.active_cluster(Some(&cluster)).await?;
            let now = Timestamp::from_system_time(self.clock.now());
            let existing = match &existing_id {
                Some(id) => self.read_container_instance(&cluster, id).await?,
                None => None,
            };
            let (record, expected_revision) = match existing {
                Some(versioned) if versioned.record.status != ContainerInstanceStatusValue::Inactive => {
                    // The same machine registering again (its agent restarted): new resources and
                    // agent attributes, the same tasks and custom attributes.
                    let mut record = versioned.record;
                    record.registered_resources = resources.clone();
                    record.agent_attributes = attributes.clone();
                    record.version_info = request.version_info.clone();
                    record.version += 1;
                    if !tags.is_empty() {
                        record.tags = tags.clone();
                    }
                    (record, versioned.mod_revision)
                }
                _ => {
                    let id = uuid::Uuid::new_v4().simple().to_string();
                    let record = ContainerInstanceRecord {
                        arn: self.container_instance_arn(&cluster, &id),
                        id,
                        cluster: cluster.clone(),
                        status: ContainerInstanceStatusValue::Active,
                        registered_resources: resources.clone(),
                        agent_attributes: attributes.clone(),
                        custom_attributes: Vec::new(),
                        version_info: request.version_info.clone(),
                        registered_at: now,
                        version: 1,
                        tags: tags.clone(),
                        allocations: BTreeMap::new(),
                    };
                    (record, 0)
                }
            };
            let instance_key = keys::container_instance(&cluster, &record.id);
            let cluster_key = keys::cluster(&cluster);
            // Rewriting the cluster record makes a concurrent DeleteCluster's compare fail (see
            // DeleteCluster).
            let outcome = store
                .txn(Txn {
                    compares: vec![
                        Compare::ModRevision { key: cluster_key.clone(), revision: cluster_record.mod_revision },
                        Compare::ModRevision { key: instance_key.clone(), revision: expected_revision },
                    ],
                    success: vec![
                        Operation::Put { key: cluster_key, value: encode(&cluster_record.record) },
                        Operation::Put { key: instance_key, value: encode(&record) },
                    ],
                    failure: vec![],
                })
                .await?;
            Ok(if outcome.succeeded { Attempt::Done(record) } else { Attempt::Conflict })
        })
        .await?;
        self.agent_presence.heard_from(&record.arn);
        Ok(RegisterContainerInstanceResponse { container_instance: Some(self.render_container_instance(&record, true)) })
    }

    pub(crate) async fn deregister_container_instance(
        &self,
        request: DeregisterContainerInstanceRequest,
    ) -> Result<DeregisterContainerInstanceResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let id = self.container_instance_id(&cluster, &request.container_instance)?;
        let force = request.force.unwrap_or(false);
        let key = keys::container_instance(&cluster, &id);
        let record = retry_on_conflict(&key, || async {
            let Some(versioned) = self.read_container_instance(&cluster, &id).await? else {
                return Err(EcsError::invalid_parameter("The referenced container instance was not found."));
            };
            let mut record = versioned.record;
            if record.status == ContainerInstanceStatusValue::Inactive {
                return Ok(Attempt::Done(record));
            }
            if !record.allocations.is_empty() && !force {
                return Err(EcsError::invalid_parameter(format!(
                    "The container instance has {} task(s) that have not stopped. Stop them first, or deregister with force to have them stopped.",
                    record.allocations.len()
                )));
            }
            record.status = ContainerInstanceStatusValue::Inactive;
            record.version += 1;
            let agent_connected = self.agent_presence.is_connected(&record.arn);
            // The instance's tasks are told to stop; a connected agent stops them and reports.
            // With no agent to report, they are recorded as stopped now, or they would hold the
            // cluster forever.
            let mut writes = Vec::new();
            let mut compares = vec![Compare::ModRevision { key: key.clone(), revision: versioned.mod_revision }];
            let reason = format!("Container instance {id} was deregistered.");
            for task_id in record.allocations.keys() {
                if let Some(task) = self.read_task(&cluster, task_id).await? {
                    let mut task_record = task.record;
                    self.mark_task_stopping(&mut task_record, &reason, crate::generated::TaskStopCode::UserInitiated);
                    if !agent_connected {
                        self.mark_task_stopped(&mut task_record, None);
                    }
                    compares.push(Compare::ModRevision { key: keys::task(&cluster, task_id), revision: task.mod_revision });
                    writes.push(Operation::Put { key: keys::task(&cluster, task_id), value: encode(&task_record) });
                }
            }
            if !agent_connected {
                record.allocations.clear();
            } else {
                for allocation in record.allocations.values_mut() {
                    allocation.desired_status = "STOPPED".to_owned();
                }
            }
            writes.push(Operation::Put { key: key.clone(), value: encode(&record) });
            let outcome = self.store.txn(Txn { compares, success: writes, failure: vec![] }).await?;
            Ok(if outcome.succeeded { Attempt::Done(record) } else { Attempt::Conflict })
        })
        .await?;
        Ok(DeregisterContainerInstanceResponse { container_instance: Some(self.render_container_instance(&record, true)) })
    }

    pub(crate) async fn describe_container_instances(
        &self,
        request: DescribeContainerInstancesRequest,
    ) -> Result<DescribeContainerInstancesResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        if request.container_instances.is_empty() || request.container_instances.len() > MAX_INSTANCES_PER_CALL {
            return Err(EcsError::invalid_parameter(format!(
                "containerInstances must name between 1 and {MAX_INSTANCES_PER_CALL} container instances."
            )));
        }
        let with_tags = request.include.as_deref().unwrap_or(&[]).contains(&ContainerInstanceField::Tags);
        let mut instances = Vec::new();
        let mut failures = Vec::new();
        for reference in &request.container_instances {
            let id = self.container_instance_id(&cluster, reference)?;
            match self.read_container_instance(&cluster, &id).await? {
                Some(versioned) => instances.push(self.render_container_instance(&versioned.record, with_tags)),
                None => failures.push(Failure {
                    arn: Some(self.container_instance_arn(&cluster, &id)),
                    reason: Some("MISSING".to_owned()),
                    detail: None,
                }),
            }
        }
        Ok(DescribeContainerInstancesResponse { container_instances: Some(instances), failures: Some(failures) })
    }

    pub(crate) async fn list_container_instances(
        &self,
        request: ListContainerInstancesRequest,
    ) -> Result<ListContainerInstancesResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let page_request = page_request("ListContainerInstances", request.next_token.as_deref(), request.max_results)?;
        let query = request
            .filter
            .as_deref()
            .map(ferry_scheduler::ClusterQuery::parse)
            .transpose()
            .map_err(|error| EcsError::invalid_parameter(format!("filter: {}", error.message)))?;
        let wanted_status = match request.status {
            None => None,
            Some(ContainerInstanceStatus::Active) => Some(ContainerInstanceStatusValue::Active),
            Some(ContainerInstanceStatus::Draining) => Some(ContainerInstanceStatusValue::Draining),
            // Ferry registers in one step: nothing is ever REGISTERING, DEREGISTERING or failed.
            Some(_) => return Ok(ListContainerInstancesResponse { container_instance_arns: Some(Vec::new()), next_token: None }),
        };
        let (arns, last_key) = scan_page(
            self.store.as_ref(),
            &keys::container_instances_of_cluster(&cluster),
            page_request.after_key,
            page_request.limit,
            |entry| {
                let record: ContainerInstanceRecord = decode(&entry.key, &entry.value)?;
                let status_matches = match wanted_status {
                    Some(status) => record.status == status,
                    None => record.status != ContainerInstanceStatusValue::Inactive,
                };
                let query_matches =
                    query.as_ref().is_none_or(|query| query.matches(&record.snapshot(self.agent_presence.is_connected(&record.arn))));
                Ok((status_matches && query_matches).then_some(record.arn))
            },
        )
        .await?;
        let next_token = last_key.map(|key| encode_token("ListContainerInstances", &key));
        Ok(ListContainerInstancesResponse { container_instance_arns: Some(arns), next_token })
    }

    pub(crate) async fn update_container_instances_state(
        &self,
        request: UpdateContainerInstancesStateRequest,
    ) -> Result<UpdateContainerInstancesStateResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        let status = match request.status {
            ContainerInstanceStatus::Active => ContainerInstanceStatusValue::Active,
            ContainerInstanceStatus::Draining => ContainerInstanceStatusValue::Draining,
            other => {
                return Err(EcsError::invalid_parameter(format!(
                    "A container instance's status can be set to ACTIVE or DRAINING, not {}.",
                    other.as_str()
                )));
            }
        };
        if request.container_instances.is_empty() || request.container_instances.len() > MAX_INSTANCES_PER_CALL {
            return Err(EcsError::invalid_parameter(format!(
                "containerInstances must name between 1 and {MAX_INSTANCES_PER_CALL} container instances."
            )));
        }
        let mut instances = Vec::new();
        let mut failures = Vec::new();
        for reference in &request.container_instances {
            let id = self.container_instance_id(&cluster, reference)?;
            let key = keys::container_instance(&cluster, &id);
            let outcome = retry_on_conflict(&key, || async {
                let Some(versioned) = self.read_container_instance(&cluster, &id).await? else { return Ok(Attempt::Done(None)) };
                let mut record = versioned.record;
                if record.status == ContainerInstanceStatusValue::Inactive {
                    return Ok(Attempt::Done(None));
                }
                if record.status != status {
                    record.status = status;
                    record.version += 1;
                    if let Attempt::Conflict = put_if_unchanged(self.store.as_ref(), &key, versioned.mod_revision, encode(&record)).await? {
                        return Ok(Attempt::Conflict);
                    }
                }
                Ok(Attempt::Done(Some(record)))
            })
            .await?;
            match outcome {
                Some(record) => instances.push(self.render_container_instance(&record, false)),
                None => failures.push(Failure {
                    arn: Some(self.container_instance_arn(&cluster, &id)),
                    reason: Some("MISSING".to_owned()),
                    detail: None,
                }),
            }
        }
        Ok(UpdateContainerInstancesStateResponse { container_instances: Some(instances), failures: Some(failures) })
    }

    /// The instance an attribute targets, checking the target type.
    fn attribute_target(&self, cluster: &str, attribute: &Attribute, index: usize) -> Result<String, EcsError> {
        if attribute.target_type.is_some_and(|target_type| target_type != TargetType::ContainerInstance) {
            return Err(EcsError::invalid_parameter(format!("attributes[{index}].targetType must be container-instance.")));
        }
        let Some(target) = &attribute.target_id else {
            return Err(EcsError::invalid_parameter(format!(
                "attributes[{index}].targetId is required: the container instance's id or ARN."
            )));
        };
        self.container_instance_id(cluster, target)
    }

    /// Applies `change` to the custom attributes of each instance the attributes target.
    async fn change_attributes(
        &self,
        cluster_reference: Option<&str>,
        attributes: &[Attribute],
        change: impl Fn(&mut Vec<Attribute>, &Attribute),
    ) -> Result<Vec<Attribute>, EcsError> {
        let cluster = self.active_cluster(cluster_reference).await?.record.name;
        if attributes.is_empty() || attributes.len() > MAX_ATTRIBUTES_PER_CALL {
            return Err(EcsError::invalid_parameter(format!("attributes must hold between 1 and {MAX_ATTRIBUTES_PER_CALL} attributes.")));
        }
        let mut by_instance: BTreeMap<String, Vec<&Attribute>> = BTreeMap::new();
        for (index, attribute) in attributes.iter().enumerate() {
            check_attribute(attribute, index)?;
            by_instance.entry(self.attribute_target(&cluster, attribute, index)?).or_default().push(attribute);
        }
        // Every target must exist before anything changes.
        for id in by_instance.keys() {
            match self.read_container_instance(&cluster, id).await? {
                Some(versioned) if versioned.record.status != ContainerInstanceStatusValue::Inactive => {}
                _ => return Err(EcsError::TargetNotFound { message: format!("Could not find the container instance '{id}'.") }),
            }
        }
        let mut answered = Vec::new();
        for (id, targeted) in &by_instance {
            let key = keys::container_instance(&cluster, id);
            let record = retry_on_conflict(&key, || async {
                let Some(versioned) = self.read_container_instance(&cluster, id).await? else {
                    return Err(EcsError::TargetNotFound { message: format!("Could not find the container instance '{id}'.") });
                };
                let mut record = versioned.record;
                for attribute in targeted {
                    change(&mut record.custom_attributes, attribute);
                }
                if record.custom_attributes.len() > MAX_CUSTOM_ATTRIBUTES {
                    return Err(EcsError::AttributeLimitExceeded {
                        message: format!("A container instance can have at most {MAX_CUSTOM_ATTRIBUTES} custom attributes."),
                    });
                }
                record.version += 1;
                Ok(match put_if_unchanged(self.store.as_ref(), &key, versioned.mod_revision, encode(&record)).await? {
                    Attempt::Done(()) => Attempt::Done(record),
                    Attempt::Conflict => Attempt::Conflict,
                })
            })
            .await?;
            for attribute in targeted {
                answered.push(Attribute {
                    name: attribute.name.clone(),
                    value: attribute.value.clone(),
                    target_type: Some(TargetType::ContainerInstance),
                    target_id: Some(record.arn.clone()),
                });
            }
        }
        Ok(answered)
    }

    pub(crate) async fn put_attributes(&self, request: PutAttributesRequest) -> Result<PutAttributesResponse, EcsError> {
        let attributes = self
            .change_attributes(request.cluster.as_deref(), &request.attributes, |custom, attribute| {
                custom.retain(|existing| existing.name != attribute.name);
                custom.push(Attribute { name: attribute.name.clone(), value: attribute.value.clone(), target_type: None, target_id: None });
            })
            .await?;
        Ok(PutAttributesResponse { attributes: Some(attributes) })
    }

    pub(crate) async fn delete_attributes(&self, request: DeleteAttributesRequest) -> Result<DeleteAttributesResponse, EcsError> {
        let attributes = self
            .change_attributes(request.cluster.as_deref(), &request.attributes, |custom, attribute| {
                custom.retain(|existing| existing.name != attribute.name);
            })
            .await?;
        Ok(DeleteAttributesResponse { attributes: Some(attributes) })
    }

    pub(crate) async fn list_attributes(&self, request: ListAttributesRequest) -> Result<ListAttributesResponse, EcsError> {
        let cluster = self.active_cluster(request.cluster.as_deref()).await?.record.name;
        if request.attribute_value.is_some() && request.attribute_name.is_none() {
            return Err(EcsError::invalid_parameter("attributeValue can only be given together with attributeName."));
        }
        let page_request = page_request("ListAttributes", request.next_token.as_deref(), request.max_results)?;
        let mut all = Vec::new();
        for (_, versioned) in
            list_all::<ContainerInstanceRecord>(self.store.as_ref(), &keys::container_instances_of_cluster(&cluster)).await?
        {
            let record = versioned.record;
            if record.status == ContainerInstanceStatusValue::Inactive {
                continue;
            }
            for attribute in record.attributes() {
                let name_matches = request.attribute_name.as_ref().is_none_or(|name| *name == attribute.name);
                let value_matches = request.attribute_value.as_ref().is_none_or(|value| Some(value) == attribute.value.as_ref());
                if name_matches && value_matches {
                    let position = format!("{}/{}", record.id, attribute.name);
                    all.push((
                        position,
                        Attribute { target_type: Some(TargetType::ContainerInstance), target_id: Some(record.arn.clone()), ..attribute },
                    ));
                }
            }
        }
        let (attributes, next_token) = crate::paging::paginate("ListAttributes", all, &page_request, false);
        Ok(ListAttributesResponse { attributes: Some(attributes), next_token })
    }

    /// Every instance of a cluster with its store revision, for placement.
    pub(crate) async fn cluster_instances(&self, cluster: &str) -> Result<Vec<Versioned<ContainerInstanceRecord>>, EcsError> {
        Ok(list_all::<ContainerInstanceRecord>(self.store.as_ref(), &keys::container_instances_of_cluster(cluster))
            .await?
            .into_iter()
            .map(|(_, versioned)| versioned)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn awsvpc_addresses_skip_network_gateway_and_broadcast() {
        let addresses = subnet_task_addresses("10.213.0.0/29").unwrap();
        assert_eq!(addresses, ["10.213.0.2", "10.213.0.3", "10.213.0.4", "10.213.0.5", "10.213.0.6"]);
        assert!(subnet_task_addresses("10.0.0.0/8").is_none());
        assert!(subnet_task_addresses("nonsense").is_none());
    }
}
