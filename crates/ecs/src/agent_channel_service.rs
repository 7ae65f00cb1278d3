//! The control plane's side of the agent channel: `PollTasks` (long-poll on the instance record's
//! revision) and `SubmitTaskHealth`, served on the gateway under `AGENT_TARGET_PREFIX`.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use ferry_api::{AwsError, JsonService, JsonServiceDescription, Protocol, RequestContext};

use crate::EcsService;
use crate::agent_channel::{
    AGENT_OPERATION_NAMES, AGENT_TARGET_PREFIX, MAX_POLL_WAIT, PollTasksRequest, PollTasksResponse, SubmitTaskHealthRequest,
    SubmitTaskHealthResponse,
};
use crate::error::EcsError;
use crate::generated::HealthStatus;
use crate::keys;
use crate::records::ContainerInstanceRecord;
use crate::store_access::read;

impl EcsService {
    pub(crate) async fn poll_tasks(&self, request: PollTasksRequest) -> Result<PollTasksResponse, EcsError> {
        let cluster = self.cluster_name_from_reference(&request.cluster)?;
        let id = self.container_instance_id(&cluster, &request.container_instance)?;
        let key = keys::container_instance(&cluster, &id);
        let wait = Duration::from_secs(u64::from(request.wait_seconds.unwrap_or(u32::MAX))).min(MAX_POLL_WAIT);
        let deadline = tokio::time::Instant::now() + wait;
        // Store revisions are i64; a larger number from a client is simply "later than anything".
        let after_revision = request.after_revision.min(i64::MAX as u64 - 1);
        let mut answer_now = after_revision == 0;
        let mut guard = None;
        loop {
            let Some(versioned) = read::<ContainerInstanceRecord>(self.store.as_ref(), &key).await? else {
                return Err(EcsError::invalid_parameter(format!(
                    "The container instance '{}' is not registered in cluster '{cluster}'; register it first.",
                    request.container_instance
                )));
            };
            if guard.is_none() {
                guard = Some(self.agent_presence.poll_started(&versioned.record.arn));
            }
            let revision = versioned.mod_revision as u64;
            if answer_now || revision > after_revision || tokio::time::Instant::now() >= deadline {
                let tasks = self.assigned_tasks(&versioned.record).await?;
                return Ok(PollTasksResponse { revision, container_instance_status: versioned.record.status.as_str().to_owned(), tasks });
            }
            // Watching from the revision after the one the agent has seen replays any change made
            // between the read above and now, so none is missed. If the watch ends or fails (the
            // store is closing), answer with what there is rather than spin.
            let mut changes = self.store.watch(&key, Some(after_revision as i64 + 1)).await?;
            match tokio::time::timeout_at(deadline, changes.next()).await {
                Ok(Some(Ok(_))) | Err(_) => {}
                Ok(None) | Ok(Some(Err(_))) => answer_now = true,
            }
        }
    }
}

/// The agent channel as a JSON service of the gateway.
#[derive(Debug)]
pub struct AgentChannelService {
    ecs: Arc<EcsService>,
}

impl AgentChannelService {
    pub fn new(ecs: Arc<EcsService>) -> AgentChannelService {
        AgentChannelService { ecs }
    }

    async fn execute(&self, operation: &str, body: &[u8]) -> Result<Bytes, EcsError> {
        let parse_error = |error: serde_json::Error| EcsError::Serialization { message: error.to_string() };
        match operation {
            "PollTasks" => {
                let request: PollTasksRequest = serde_json::from_slice(body).map_err(parse_error)?;
                crate::to_json(&self.ecs.poll_tasks(request).await?)
            }
            "SubmitTaskHealth" => {
                let request: SubmitTaskHealthRequest = serde_json::from_slice(body).map_err(parse_error)?;
                let mut health = Vec::new();
                for container in &request.containers {
                    let status = match container.health_status.as_str() {
                        "HEALTHY" => HealthStatus::Healthy,
                        "UNHEALTHY" => HealthStatus::Unhealthy,
                        "UNKNOWN" => HealthStatus::Unknown,
                        other => {
                            return Err(EcsError::invalid_parameter(format!(
                                "healthStatus must be HEALTHY, UNHEALTHY or UNKNOWN, not '{other}'."
                            )));
                        }
                    };
                    health.push((container.container_name.clone(), status));
                }
                self.ecs.submit_task_health(&request.cluster, &request.task, &health).await?;
                crate::to_json(&SubmitTaskHealthResponse { acknowledgment: "ACK".to_owned() })
            }
            other => Err(EcsError::invalid_parameter(format!("Unknown operation {other}."))),
        }
    }
}

#[async_trait::async_trait]
impl JsonService for AgentChannelService {
    fn description(&self) -> JsonServiceDescription {
        JsonServiceDescription {
            target_prefix: AGENT_TARGET_PREFIX,
            signing_name: crate::generated::SIGNING_NAME,
            protocol: Protocol::AwsJson1_1,
            operation_names: AGENT_OPERATION_NAMES,
        }
    }

    async fn call(&self, operation: &'static str, body: Bytes, _context: &RequestContext) -> Result<Bytes, AwsError> {
        self.execute(operation, &body).await.map_err(AwsError::from)
    }
}
