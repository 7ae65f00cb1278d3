//! What placement knows about a container instance and about a task, and why an instance may
//! refuse a task, in ECS's own words.

use std::collections::{BTreeMap, BTreeSet};

/// One container instance as placement sees it: a copy taken by the control plane, never
/// changed by the scheduler (a plan's own reservations live beside it, see `feasibility`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InstanceSnapshot {
    /// The container instance id, the last segment of its ARN.
    pub id: String,
    pub arn: String,
    pub registered_cpu: i32,
    pub registered_memory: i32,
    pub remaining_cpu: i32,
    pub remaining_memory: i32,
    pub used_tcp_ports: BTreeSet<u16>,
    pub used_udp_ports: BTreeSet<u16>,
    /// Built-in (`ecs.instance-type`, `ecs.availability-zone`, `ecs.os-type`, ...) and custom
    /// attributes; capabilities carry no value.
    pub attributes: BTreeMap<String, Option<String>>,
    /// How many more awsvpc addresses the instance can hand out.
    pub free_addresses: usize,
    /// `None` when the instance may take tasks; otherwise why not (not ACTIVE, agent gone).
    pub ineligible: Option<PlacementFailureReason>,
    /// Live tasks on the instance per task group (`service:web`, `family:hello`, a user's group).
    pub task_groups: BTreeMap<String, u32>,
    /// The agent's version (`agentVersion` in cluster queries), e.g. `1.82.0`.
    pub agent_version: Option<String>,
    /// The EC2 instance id or its equivalent (`ec2InstanceId` in cluster queries).
    pub ec2_instance_id: Option<String>,
    /// When the instance registered, in seconds since the Unix epoch (`registeredAt`).
    pub registered_at_epoch_seconds: Option<i64>,
}

impl InstanceSnapshot {
    /// Live tasks of one group on the instance, before this plan adds any.
    pub fn tasks_in_group(&self, task_group: &str) -> u32 {
        self.task_groups.get(task_group).copied().unwrap_or(0)
    }

    /// Live tasks of every group: what `runningTasksCount` reads.
    pub fn running_tasks_count(&self) -> u64 {
        self.task_groups.values().map(|count| u64::from(*count)).sum()
    }

    /// `agentConnected` in cluster queries. A disconnected agent is the one ineligibility that
    /// says so; an instance that is, say, DRAINING may still have its agent connected.
    pub fn agent_connected(&self) -> bool {
        !matches!(self.ineligible, Some(PlacementFailureReason::AgentDisconnected))
    }
}

/// What one task needs from an instance.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TaskRequirements {
    /// CPU units.
    pub cpu: i32,
    /// MiB.
    pub memory: i32,
    /// Static host ports (bridge `hostPort`s, or every `containerPort` in host mode).
    pub tcp_ports: Vec<u16>,
    pub udp_ports: Vec<u16>,
    /// The task definition's `requiresAttributes`: present, and equal to the value when one is given.
    pub required_attributes: Vec<(String, Option<String>)>,
    /// An awsvpc task needs a free address in the instance's subnet.
    pub needs_address: bool,
}

/// Why an instance cannot take a task, as ECS names it in `failures[].reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlacementFailureReason {
    Cpu {
        needed: i32,
        remaining: i32,
    },
    Memory {
        needed: i32,
        remaining: i32,
    },
    Ports {
        taken: Vec<u16>,
    },
    UdpPorts {
        taken: Vec<u16>,
    },
    MissingAttribute {
        name: String,
    },
    NoAddress,
    AgentDisconnected,
    NotActive {
        status: String,
    },
    /// The instance already runs a task of the request's task group.
    DistinctInstance,
    /// The instance does not match a `memberOf` expression.
    MemberOf {
        expression: String,
    },
}

impl PlacementFailureReason {
    /// ECS's `reason` string.
    pub fn code(&self) -> String {
        match self {
            PlacementFailureReason::Cpu { .. } => "RESOURCE:CPU".to_owned(),
            PlacementFailureReason::Memory { .. } => "RESOURCE:MEMORY".to_owned(),
            PlacementFailureReason::Ports { .. } => "RESOURCE:PORTS".to_owned(),
            PlacementFailureReason::UdpPorts { .. } => "RESOURCE:PORTS_UDP".to_owned(),
            PlacementFailureReason::MissingAttribute { name } => format!("MISSING_ATTRIBUTE:{name}"),
            PlacementFailureReason::NoAddress => "RESOURCE:ENI".to_owned(),
            PlacementFailureReason::AgentDisconnected => "AGENT".to_owned(),
            PlacementFailureReason::NotActive { .. } => "INACTIVE".to_owned(),
            PlacementFailureReason::DistinctInstance => "DistinctInstance placement constraint unsatisfied.".to_owned(),
            PlacementFailureReason::MemberOf { .. } => "MemberOf placement constraint unsatisfied.".to_owned(),
        }
    }

    /// Ferry's explanation, for `failures[].detail`: a sentence a person can act on.
    pub fn detail(&self) -> String {
        match self {
            PlacementFailureReason::Cpu { needed, remaining } => {
                format!("The task needs {needed} CPU units; the instance has {remaining} left.")
            }
            PlacementFailureReason::Memory { needed, remaining } => {
                format!("The task needs {needed} MiB of memory; the instance has {remaining} MiB left.")
            }
            PlacementFailureReason::Ports { taken } => format!("Host TCP ports already in use on the instance: {}.", join_ports(taken)),
            PlacementFailureReason::UdpPorts { taken } => format!("Host UDP ports already in use on the instance: {}.", join_ports(taken)),
            PlacementFailureReason::MissingAttribute { name } => {
                format!("The task definition requires the attribute '{name}', which the instance does not have.")
            }
            PlacementFailureReason::NoAddress => "The instance has no free address left in its awsvpc subnet.".to_owned(),
            PlacementFailureReason::AgentDisconnected => "The instance's agent is not connected.".to_owned(),
            PlacementFailureReason::NotActive { status } => format!("The instance is {status}, not ACTIVE."),
            PlacementFailureReason::DistinctInstance => {
                "The instance already runs a task of this task group, and the distinctInstance constraint allows one per instance."
                    .to_owned()
            }
            PlacementFailureReason::MemberOf { expression } => {
                format!("The instance does not match the memberOf constraint's expression '{expression}'.")
            }
        }
    }
}

pub(crate) fn join_ports(ports: &[u16]) -> String {
    ports.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
}
