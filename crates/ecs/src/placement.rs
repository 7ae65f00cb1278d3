//! Where a new task goes. The control plane gathers a snapshot of the cluster's instances and
//! what a task needs, and a `Placer` — a pure function, no I/O — answers which instance takes
//! each task or why none can. `FirstFitPlacer` is the simple placer of the agent issue; the
//! scheduler issue brings strategies and constraints behind the same trait.

use std::collections::{BTreeMap, BTreeSet};

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

/// One instance as placement sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceCapacity {
    pub arn: String,
    pub remaining_cpu: i32,
    pub remaining_memory: i32,
    pub used_tcp_ports: BTreeSet<u16>,
    pub used_udp_ports: BTreeSet<u16>,
    pub attributes: BTreeMap<String, Option<String>>,
    /// How many more awsvpc addresses the instance can hand out.
    pub free_addresses: usize,
    /// ACTIVE with its agent connected; otherwise why not.
    pub ineligible: Option<PlacementFailureReason>,
}

/// Why an instance cannot take a task, as ECS names it in `failures[].reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlacementFailureReason {
    Cpu { needed: i32, remaining: i32 },
    Memory { needed: i32, remaining: i32 },
    Ports { taken: Vec<u16> },
    UdpPorts { taken: Vec<u16> },
    MissingAttribute { name: String },
    NoAddress,
    AgentDisconnected,
    NotActive { status: String },
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
        }
    }

    /// Ferry's explanation, for `failures[].detail`.
    pub fn detail(&self) -> String {
        match self {
            PlacementFailureReason::Cpu { needed, remaining } => {
                format!("The task needs {needed} CPU units; the instance has {remaining} left.")
            }
            PlacementFailureReason::Memory { needed, remaining } => {
                format!("The task needs {needed} MiB of memory; the instance has {remaining} MiB left.")
            }
            PlacementFailureReason::Ports { taken } => format!("Host TCP ports already in use on the instance: {}.", join(taken)),
            PlacementFailureReason::UdpPorts { taken } => format!("Host UDP ports already in use on the instance: {}.", join(taken)),
            PlacementFailureReason::MissingAttribute { name } => {
                format!("The task definition requires the attribute '{name}', which the instance does not have.")
            }
            PlacementFailureReason::NoAddress => "The instance has no free address left in its awsvpc subnet.".to_owned(),
            PlacementFailureReason::AgentDisconnected => "The instance's agent is not connected.".to_owned(),
            PlacementFailureReason::NotActive { status } => format!("The instance is {status}, not ACTIVE."),
        }
    }
}

fn join(ports: &[u16]) -> String {
    ports.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
}

/// Why an instance cannot take the task now, or `None` when it can.
pub fn why_not(requirements: &TaskRequirements, instance: &InstanceCapacity) -> Option<PlacementFailureReason> {
    if let Some(reason) = &instance.ineligible {
        return Some(reason.clone());
    }
    for (name, value) in &requirements.required_attributes {
        let present = match (instance.attributes.get(name), value) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(have), Some(wanted)) => have.as_deref() == Some(wanted.as_str()),
        };
        if !present {
            return Some(PlacementFailureReason::MissingAttribute { name: name.clone() });
        }
    }
    if requirements.cpu > instance.remaining_cpu {
        return Some(PlacementFailureReason::Cpu { needed: requirements.cpu, remaining: instance.remaining_cpu });
    }
    if requirements.memory > instance.remaining_memory {
        return Some(PlacementFailureReason::Memory { needed: requirements.memory, remaining: instance.remaining_memory });
    }
    let taken: Vec<u16> = requirements.tcp_ports.iter().copied().filter(|port| instance.used_tcp_ports.contains(port)).collect();
    if !taken.is_empty() {
        return Some(PlacementFailureReason::Ports { taken });
    }
    let taken: Vec<u16> = requirements.udp_ports.iter().copied().filter(|port| instance.used_udp_ports.contains(port)).collect();
    if !taken.is_empty() {
        return Some(PlacementFailureReason::UdpPorts { taken });
    }
    if requirements.needs_address && instance.free_addresses == 0 {
        return Some(PlacementFailureReason::NoAddress);
    }
    None
}

/// Takes what one task needs out of an instance's capacity.
pub fn reserve(requirements: &TaskRequirements, instance: &mut InstanceCapacity) {
    instance.remaining_cpu -= requirements.cpu;
    instance.remaining_memory -= requirements.memory;
    instance.used_tcp_ports.extend(requirements.tcp_ports.iter().copied());
    instance.used_udp_ports.extend(requirements.udp_ports.iter().copied());
    if requirements.needs_address {
        instance.free_addresses -= 1;
    }
}

/// The answer for `count` copies of one task.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlacementPlan {
    /// For each placed task, the index of its instance in the snapshot.
    pub placements: Vec<usize>,
    /// When not every task could be placed: for each instance, why it refused the first task
    /// that found no place.
    pub failures: Vec<(usize, PlacementFailureReason)>,
}

/// Chooses instances for tasks. Implementations are pure: the same snapshot gives the same plan.
pub trait Placer: Send + Sync + std::fmt::Debug {
    fn place(&self, requirements: &TaskRequirements, count: usize, instances: &[InstanceCapacity]) -> PlacementPlan;
}

/// Each task on the first instance (in the snapshot's order) where it fits.
#[derive(Debug, Clone, Copy, Default)]
pub struct FirstFitPlacer;

impl Placer for FirstFitPlacer {
    fn place(&self, requirements: &TaskRequirements, count: usize, instances: &[InstanceCapacity]) -> PlacementPlan {
        let mut remaining: Vec<InstanceCapacity> = instances.to_vec();
        let mut plan = PlacementPlan::default();
        for _ in 0..count {
            match remaining.iter().position(|instance| why_not(requirements, instance).is_none()) {
                Some(index) => {
                    reserve(requirements, &mut remaining[index]);
                    plan.placements.push(index);
                }
                None => {
                    plan.failures = remaining
                        .iter()
                        .enumerate()
                        .filter_map(|(index, instance)| why_not(requirements, instance).map(|reason| (index, reason)))
                        .collect();
                    break;
                }
            }
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(arn: &str, cpu: i32, memory: i32) -> InstanceCapacity {
        InstanceCapacity {
            arn: arn.to_owned(),
            remaining_cpu: cpu,
            remaining_memory: memory,
            used_tcp_ports: [22].into(),
            used_udp_ports: BTreeSet::new(),
            attributes: BTreeMap::new(),
            free_addresses: 2,
            ineligible: None,
        }
    }

    #[test]
    fn first_fit_fills_the_first_instance_then_moves_on_and_explains_what_is_left() {
        let instances = [instance("a", 1024, 512), instance("b", 1024, 1024)];
        let needs = TaskRequirements { cpu: 256, memory: 256, ..Default::default() };
        let plan = FirstFitPlacer.place(&needs, 5, &instances);
        assert_eq!(plan.placements, [0, 0, 1, 1, 1]);
        assert!(plan.failures.is_empty());

        let plan = FirstFitPlacer.place(&needs, 7, &instances);
        assert_eq!(plan.placements.len(), 6);
        assert_eq!(plan.failures.len(), 2);
        let codes: Vec<String> = plan.failures.iter().map(|(_, reason)| reason.code()).collect();
        assert_eq!(codes, ["RESOURCE:MEMORY", "RESOURCE:CPU"]);
    }

    #[test]
    fn static_ports_attributes_and_addresses_are_honoured() {
        let mut with_attribute = instance("b", 4096, 4096);
        with_attribute.attributes.insert("ecs.capability.task-eni".to_owned(), None);
        let instances = [instance("a", 4096, 4096), with_attribute];
        let needs = TaskRequirements {
            cpu: 10,
            memory: 10,
            tcp_ports: vec![8080],
            required_attributes: vec![("ecs.capability.task-eni".to_owned(), None)],
            needs_address: true,
            ..Default::default()
        };
        let plan = FirstFitPlacer.place(&needs, 2, &instances);
        assert_eq!(plan.placements, [1]);
        let codes: Vec<String> = plan.failures.iter().map(|(index, reason)| format!("{index}:{}", reason.code())).collect();
        assert_eq!(codes, ["0:MISSING_ATTRIBUTE:ecs.capability.task-eni", "1:RESOURCE:PORTS"]);

        let reserved = TaskRequirements { tcp_ports: vec![22], ..Default::default() };
        assert_eq!(why_not(&reserved, &instances[0]), Some(PlacementFailureReason::Ports { taken: vec![22] }));
    }
}
