//! The agent channel's wire shapes. An agent learns what to run by long-polling `PollTasks`
//! (AWS JSON 1.1, `X-Amz-Target: FerryAgentV20261127.PollTasks`, SigV4-signed with the `ecs`
//! service like every ECS call) and reports what happened with ECS's own
//! `SubmitTaskStateChange`, retrying until acknowledged.
//!
//! A poll names the store revision of the previous answer. The control plane answers at once
//! when anything about the instance's tasks changed after that revision, or after `waitSeconds`
//! with the same state (the heartbeat). Every answer is the complete desired state of the
//! instance, so an answer lost with a dropped connection costs nothing: the next poll carries it
//! again. Each poll counts as a heartbeat; an instance with no poll in flight and none for
//! `AGENT_DISCONNECTED_AFTER` is reported with `agentConnected: false`.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::generated::{Task, TaskDefinition};

pub const AGENT_TARGET_PREFIX: &str = "FerryAgentV20261127";

/// The operations of the agent channel, as `X-Amz-Target` suffixes.
pub const AGENT_OPERATION_NAMES: &[&str] = &["PollTasks", "SubmitTaskHealth"];

/// The longest a poll waits before answering with unchanged state. Well under the listener's
/// 60 s idle timeout, so a healthy channel never looks idle.
pub const MAX_POLL_WAIT: Duration = Duration::from_secs(20);

/// An agent that has not polled for this long, with no poll in flight, is disconnected.
pub const AGENT_DISCONNECTED_AFTER: Duration = Duration::from_secs(45);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PollTasksRequest {
    /// The cluster's name or ARN.
    pub cluster: String,
    /// The ARN `RegisterContainerInstance` returned.
    pub container_instance: String,
    /// The `revision` of the previous answer; 0 for the first poll, which answers at once.
    #[serde(default)]
    pub after_revision: u64,
    /// How long to wait for a change; at most `MAX_POLL_WAIT` (the default).
    #[serde(default)]
    pub wait_seconds: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PollTasksResponse {
    /// The store revision this answer reflects: send it back as `afterRevision`.
    pub revision: u64,
    /// `ACTIVE`, `DRAINING`, or `INACTIVE` once the instance has been deregistered (the agent
    /// then stops whatever it still runs and stops polling).
    pub container_instance_status: String,
    /// Every task placed on this instance that has not yet been reported `STOPPED`: the agent
    /// runs those whose `desiredStatus` is `RUNNING` and stops those whose `desiredStatus` is
    /// `STOPPED`.
    pub tasks: Vec<AssignedTask>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignedTask {
    /// The task as `DescribeTasks` shows it (ARN, desiredStatus, lastStatus, overrides,
    /// containers, attachments, timestamps).
    pub task: Task,
    /// The task's definition, as `DescribeTaskDefinition` shows it.
    pub task_definition: TaskDefinition,
}

/// Container health as the engine's health check reports it; ECS's `SubmitTaskStateChange`
/// has no field for it, so it travels on the channel.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitTaskHealthRequest {
    pub cluster: String,
    /// The task's ARN.
    pub task: String,
    pub containers: Vec<ContainerHealth>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContainerHealth {
    pub container_name: String,
    /// `HEALTHY`, `UNHEALTHY` or `UNKNOWN`.
    pub health_status: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitTaskHealthResponse {
    pub acknowledgment: String,
}
