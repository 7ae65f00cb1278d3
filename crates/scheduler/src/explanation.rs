//! Turns the per-instance failures of a plan into one summary a person can act on: the
//! instances counted by reason, the most common first, with the figures that say what to change.

use std::collections::{BTreeMap, BTreeSet};

use crate::instance::{PlacementFailureReason, join_ports};
use crate::request::PlacementRequest;

/// The reasons as grouped for people: instances short of memory form one group whatever each
/// has left. Declared in the order `refusal` checks, which breaks ties between equal counts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum ReasonGroup {
    NotActive(String),
    AgentDisconnected,
    MissingAttribute(String),
    MemberOf(String),
    DistinctInstance,
    Cpu,
    Memory,
    Ports,
    UdpPorts,
    NoAddress,
}

#[derive(Debug, Default)]
struct GroupFigures {
    instances: usize,
    /// The most CPU or memory any instance of the group has left.
    largest_remaining: Option<i32>,
    ports: BTreeSet<u16>,
}

/// For example: "3 instances: insufficient memory (needs 2048 MiB, largest free 1024 MiB);
/// 1 instance: DRAINING".
pub(crate) fn explain(request: &PlacementRequest, failures: &[(usize, PlacementFailureReason)]) -> String {
    if failures.is_empty() {
        return "no container instances are registered in the cluster".to_owned();
    }
    let mut groups: BTreeMap<ReasonGroup, GroupFigures> = BTreeMap::new();
    for (_, reason) in failures {
        let (group, remaining, ports): (ReasonGroup, Option<i32>, &[u16]) = match reason {
            PlacementFailureReason::NotActive { status } => (ReasonGroup::NotActive(status.clone()), None, &[]),
            PlacementFailureReason::AgentDisconnected => (ReasonGroup::AgentDisconnected, None, &[]),
            PlacementFailureReason::MissingAttribute { name } => (ReasonGroup::MissingAttribute(name.clone()), None, &[]),
            PlacementFailureReason::MemberOf { expression } => (ReasonGroup::MemberOf(expression.clone()), None, &[]),
            PlacementFailureReason::DistinctInstance => (ReasonGroup::DistinctInstance, None, &[]),
            PlacementFailureReason::Cpu { remaining, .. } => (ReasonGroup::Cpu, Some(*remaining), &[]),
            PlacementFailureReason::Memory { remaining, .. } => (ReasonGroup::Memory, Some(*remaining), &[]),
            PlacementFailureReason::Ports { taken } => (ReasonGroup::Ports, None, taken),
            PlacementFailureReason::UdpPorts { taken } => (ReasonGroup::UdpPorts, None, taken),
            PlacementFailureReason::NoAddress => (ReasonGroup::NoAddress, None, &[]),
        };
        let figures = groups.entry(group).or_default();
        figures.instances += 1;
        figures.largest_remaining = figures.largest_remaining.max(remaining);
        figures.ports.extend(ports);
    }
    let mut groups: Vec<(ReasonGroup, GroupFigures)> = groups.into_iter().collect();
    // Stable: equal counts keep the order of the checks.
    groups.sort_by_key(|(_, figures)| std::cmp::Reverse(figures.instances));
    groups
        .iter()
        .map(|(group, figures)| {
            let noun = if figures.instances == 1 { "instance" } else { "instances" };
            format!("{} {noun}: {}", figures.instances, describe(group, figures, request))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn describe(group: &ReasonGroup, figures: &GroupFigures, request: &PlacementRequest) -> String {
    let largest = figures.largest_remaining.unwrap_or(0);
    let ports = figures.ports.iter().copied().collect::<Vec<_>>();
    let plural = if ports.len() == 1 { "" } else { "s" };
    match group {
        ReasonGroup::NotActive(status) => status.clone(),
        ReasonGroup::AgentDisconnected => "agent disconnected".to_owned(),
        ReasonGroup::MissingAttribute(name) => format!("missing attribute {name} required by the task definition"),
        ReasonGroup::MemberOf(expression) => format!("not matching memberOf({expression})"),
        ReasonGroup::DistinctInstance => format!("already running a task of {} (distinctInstance)", request.task_group),
        ReasonGroup::Cpu => format!("insufficient CPU (needs {} units, largest free {largest} units)", request.requirements.cpu),
        ReasonGroup::Memory => format!("insufficient memory (needs {} MiB, largest free {largest} MiB)", request.requirements.memory),
        ReasonGroup::Ports => format!("host TCP port{plural} {} already in use", join_ports(&ports)),
        ReasonGroup::UdpPorts => format!("host UDP port{plural} {} already in use", join_ports(&ports)),
        ReasonGroup::NoAddress => "no free awsvpc address".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instance::TaskRequirements;

    #[test]
    fn groups_by_reason_most_common_first_with_the_figures_to_act_on() {
        let request = PlacementRequest {
            requirements: TaskRequirements { cpu: 512, memory: 2048, ..Default::default() },
            task_group: "service:web".to_owned(),
            count: 4,
            ..Default::default()
        };
        let memory = |remaining| PlacementFailureReason::Memory { needed: 2048, remaining };
        let failures = vec![
            (0, PlacementFailureReason::NotActive { status: "DRAINING".to_owned() }),
            (1, memory(512)),
            (2, PlacementFailureReason::MemberOf { expression: "attribute:ecs.instance-type =~ t3.*".to_owned() }),
            (3, memory(1024)),
            (4, PlacementFailureReason::MemberOf { expression: "attribute:ecs.instance-type =~ t3.*".to_owned() }),
            (5, memory(0)),
            (6, PlacementFailureReason::Ports { taken: vec![443] }),
            (7, PlacementFailureReason::Ports { taken: vec![80, 443] }),
            (8, PlacementFailureReason::DistinctInstance),
            (9, PlacementFailureReason::Cpu { needed: 512, remaining: 256 }),
        ];
        assert_eq!(
            explain(&request, &failures),
            "3 instances: insufficient memory (needs 2048 MiB, largest free 1024 MiB); \
             2 instances: not matching memberOf(attribute:ecs.instance-type =~ t3.*); \
             2 instances: host TCP ports 80, 443 already in use; \
             1 instance: DRAINING; \
             1 instance: already running a task of service:web (distinctInstance); \
             1 instance: insufficient CPU (needs 512 units, largest free 256 units)"
        );
    }

    #[test]
    fn every_reason_has_words() {
        let request = PlacementRequest { task_group: "family:hello".to_owned(), ..Default::default() };
        let failures = vec![
            (0, PlacementFailureReason::AgentDisconnected),
            (1, PlacementFailureReason::MissingAttribute { name: "ecs.capability.task-eni".to_owned() }),
            (2, PlacementFailureReason::UdpPorts { taken: vec![53] }),
            (3, PlacementFailureReason::NoAddress),
        ];
        assert_eq!(
            explain(&request, &failures),
            "1 instance: agent disconnected; 1 instance: missing attribute ecs.capability.task-eni required by the task definition; \
             1 instance: host UDP port 53 already in use; 1 instance: no free awsvpc address"
        );
        assert_eq!(explain(&request, &[]), "no container instances are registered in the cluster");
    }
}
