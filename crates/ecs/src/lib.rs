//! The Amazon ECS control-plane API: clusters, task definitions, container instances, tasks and
//! tags, kept in Ferry's store, and the channel agents learn their tasks on.
//!
//! A call is parsed into the generated `Operation` enum (botocore's shapes, `generated.rs`), its
//! model constraints are checked, and only then does a handler run. Handlers keep their state in
//! the `ferry_store::KeyValueStore` under the keys of `keys.rs`, as versioned records
//! (`records.rs`), and change it only by compare-and-swap transactions.

pub mod agent_channel;
mod agent_channel_service;
mod agent_presence;
mod clusters;
mod container_instances;
mod error;
pub mod generated;
mod keys;
mod paging;
mod records;
mod resource_tags;
pub mod service_controller;
pub mod service_decisions;
mod services;
mod store_access;
mod tags;
mod task_definition_rules;
mod task_definitions;
mod tasks;

use std::sync::Arc;

use bytes::Bytes;
use ferry_api::{AwsError, JsonService, JsonServiceDescription, Protocol, RequestContext};
use ferry_core::{Clock, PlatformIdentity};
use ferry_store::KeyValueStore;
use serde::Serialize;

pub use agent_channel_service::AgentChannelService;
pub use error::EcsError;
use generated::Operation;

/// The ECS API over one store.
#[derive(Debug)]
pub struct EcsService {
    store: Arc<dyn KeyValueStore>,
    identity: PlatformIdentity,
    clock: Arc<dyn Clock>,
    agent_presence: Arc<agent_presence::AgentPresence>,
}

/// The ECS operations Ferry implements; every other operation of the model answers
/// `UnsupportedFeatureException`. docs/compatibility.md is checked against this list by a test.
pub const IMPLEMENTED_OPERATIONS: &[&str] = &[
    "CreateCluster",
    "DescribeClusters",
    "ListClusters",
    "UpdateCluster",
    "UpdateClusterSettings",
    "DeleteCluster",
    "RegisterTaskDefinition",
    "DescribeTaskDefinition",
    "ListTaskDefinitions",
    "ListTaskDefinitionFamilies",
    "DeregisterTaskDefinition",
    "DeleteTaskDefinitions",
    "TagResource",
    "UntagResource",
    "ListTagsForResource",
    "RegisterContainerInstance",
    "DeregisterContainerInstance",
    "DescribeContainerInstances",
    "ListContainerInstances",
    "UpdateContainerInstancesState",
    "PutAttributes",
    "ListAttributes",
    "DeleteAttributes",
    "RunTask",
    "StartTask",
    "StopTask",
    "DescribeTasks",
    "ListTasks",
    "SubmitTaskStateChange",
    "SubmitContainerStateChange",
    "CreateService",
    "UpdateService",
    "DeleteService",
    "DescribeServices",
    "ListServices",
];

pub(crate) fn to_json<T: Serialize>(value: &T) -> Result<Bytes, EcsError> {
    serde_json::to_vec(value)
        .map(Bytes::from)
        .map_err(|error| EcsError::CorruptRecord { key: "response".to_owned(), detail: error.to_string() })
}

impl EcsService {
    pub fn new(store: Arc<dyn KeyValueStore>, identity: PlatformIdentity, clock: Arc<dyn Clock>) -> EcsService {
        EcsService {
            store,
            identity,
            clock,
            agent_presence: Arc::new(agent_presence::AgentPresence::new(agent_channel::AGENT_DISCONNECTED_AFTER)),
        }
    }

    /// Parses, validates and executes one ECS operation, returning its JSON output.
    pub async fn execute(&self, operation_name: &str, body: &[u8], context: &RequestContext) -> Result<Bytes, EcsError> {
        let operation = Operation::parse(operation_name, body)?;
        operation.validate()?;
        match operation {
            Operation::CreateCluster(request) => to_json(&self.create_cluster(request).await?),
            Operation::DescribeClusters(request) => to_json(&self.describe_clusters(request).await?),
            Operation::ListClusters(request) => to_json(&self.list_clusters(request).await?),
            Operation::UpdateCluster(request) => to_json(&self.update_cluster(request).await?),
            Operation::UpdateClusterSettings(request) => to_json(&self.update_cluster_settings(request).await?),
            Operation::DeleteCluster(request) => to_json(&self.delete_cluster(request).await?),
            Operation::RegisterTaskDefinition(request) => {
                if body.len() > task_definitions::MAX_TASK_DEFINITION_BYTES {
                    return Err(EcsError::client(format!(
                        "The task definition is {} bytes; ECS accepts at most {} bytes.",
                        body.len(),
                        task_definitions::MAX_TASK_DEFINITION_BYTES
                    )));
                }
                to_json(&self.register_task_definition(request, context).await?)
            }
            Operation::DescribeTaskDefinition(request) => self.describe_task_definition(request).await,
            Operation::ListTaskDefinitions(request) => to_json(&self.list_task_definitions(request).await?),
            Operation::ListTaskDefinitionFamilies(request) => to_json(&self.list_task_definition_families(request).await?),
            Operation::DeregisterTaskDefinition(request) => to_json(&self.deregister_task_definition(request).await?),
            Operation::DeleteTaskDefinitions(request) => to_json(&self.delete_task_definitions(request).await?),
            Operation::TagResource(request) => to_json(&self.tag_resource(request).await?),
            Operation::UntagResource(request) => to_json(&self.untag_resource(request).await?),
            Operation::ListTagsForResource(request) => to_json(&self.list_tags_for_resource(request).await?),
            Operation::RegisterContainerInstance(request) => to_json(&self.register_container_instance(request).await?),
            Operation::DeregisterContainerInstance(request) => to_json(&self.deregister_container_instance(request).await?),
            Operation::DescribeContainerInstances(request) => to_json(&self.describe_container_instances(request).await?),
            Operation::ListContainerInstances(request) => to_json(&self.list_container_instances(request).await?),
            Operation::UpdateContainerInstancesState(request) => to_json(&self.update_container_instances_state(request).await?),
            Operation::PutAttributes(request) => to_json(&self.put_attributes(request).await?),
            Operation::ListAttributes(request) => to_json(&self.list_attributes(request).await?),
            Operation::DeleteAttributes(request) => to_json(&self.delete_attributes(request).await?),
            Operation::RunTask(request) => to_json(&self.run_task(request).await?),
            Operation::StartTask(request) => to_json(&self.start_task(request).await?),
            Operation::StopTask(request) => to_json(&self.stop_task(request).await?),
            Operation::DescribeTasks(request) => to_json(&self.describe_tasks(request).await?),
            Operation::ListTasks(request) => to_json(&self.list_tasks(request).await?),
            Operation::SubmitTaskStateChange(request) => to_json(&self.submit_task_state_change(request).await?),
            Operation::SubmitContainerStateChange(request) => to_json(&self.submit_container_state_change(request).await?),
            Operation::CreateService(request) => to_json(&self.create_service(request, context).await?),
            Operation::UpdateService(request) => to_json(&self.update_service(request).await?),
            Operation::DeleteService(request) => to_json(&self.delete_service(request).await?),
            Operation::DescribeServices(request) => to_json(&self.describe_services(request).await?),
            Operation::ListServices(request) => to_json(&self.list_services(request).await?),
            other => Err(EcsError::NotImplemented { operation: other.name() }),
        }
    }
}

#[async_trait::async_trait]
impl JsonService for EcsService {
    fn description(&self) -> JsonServiceDescription {
        JsonServiceDescription {
            target_prefix: generated::TARGET_PREFIX,
            signing_name: generated::SIGNING_NAME,
            protocol: Protocol::AwsJson1_1,
            operation_names: Operation::NAMES,
        }
    }

    async fn call(&self, operation: &'static str, body: Bytes, context: &RequestContext) -> Result<Bytes, AwsError> {
        self.execute(operation, &body, context).await.map_err(AwsError::from)
    }
}
