//! Whether one instance can take one more task of a request, given how many the plan under
//! construction has already put there, and the figures strategies rank instances by. Both
//! placers use these, so they cannot disagree on what fits.
//!
//! A plan never copies the snapshot: every task of a request is the same, so an instance's state
//! in the plan is its snapshot plus `planned` copies of the task's needs.

use crate::instance::{InstanceSnapshot, PlacementFailureReason};
use crate::query::PlannedTasks;
use crate::request::{PlacementConstraint, PlacementRequest};

/// Why the instance cannot take one more task, or `None` when it can. The order is the one
/// ECS reports in: the instance itself, then what the task definition and constraints require
/// of it, then resources.
pub(crate) fn refusal(instance: &InstanceSnapshot, request: &PlacementRequest, planned: u32) -> Option<PlacementFailureReason> {
    if let Some(reason) = &instance.ineligible {
        return Some(reason.clone());
    }
    let requirements = &request.requirements;
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
    let planned_tasks = PlannedTasks { task_group: &request.task_group, count: planned };
    for constraint in &request.constraints {
        if let PlacementConstraint::MemberOf(query) = constraint
            && !query.matches_with_plan(instance, planned_tasks)
        {
            return Some(PlacementFailureReason::MemberOf { expression: query.text().to_owned() });
        }
    }
    let distinct = request.constraints.iter().any(|constraint| matches!(constraint, PlacementConstraint::DistinctInstance));
    if distinct && tasks_in_group(instance, request, planned) > 0 {
        return Some(PlacementFailureReason::DistinctInstance);
    }
    let remaining_cpu = remaining_cpu(instance, request, planned);
    if i64::from(requirements.cpu) > remaining_cpu {
        return Some(PlacementFailureReason::Cpu { needed: requirements.cpu, remaining: saturate(remaining_cpu) });
    }
    let remaining_memory = remaining_memory(instance, request, planned);
    if i64::from(requirements.memory) > remaining_memory {
        return Some(PlacementFailureReason::Memory { needed: requirements.memory, remaining: saturate(remaining_memory) });
    }
    // A task placed earlier in the plan holds all of the task's ports.
    let taken: Vec<u16> =
        requirements.tcp_ports.iter().copied().filter(|port| planned > 0 || instance.used_tcp_ports.contains(port)).collect();
    if !taken.is_empty() {
        return Some(PlacementFailureReason::Ports { taken });
    }
    let taken: Vec<u16> =
        requirements.udp_ports.iter().copied().filter(|port| planned > 0 || instance.used_udp_ports.contains(port)).collect();
    if !taken.is_empty() {
        return Some(PlacementFailureReason::UdpPorts { taken });
    }
    if requirements.needs_address && instance.free_addresses as u64 <= u64::from(planned) {
        return Some(PlacementFailureReason::NoAddress);
    }
    None
}

fn saturate(value: i64) -> i32 {
    value.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

/// CPU units left once the plan's tasks are on the instance; `i64` so that no snapshot can
/// overflow it.
pub(crate) fn remaining_cpu(instance: &InstanceSnapshot, request: &PlacementRequest, planned: u32) -> i64 {
    i64::from(instance.remaining_cpu) - i64::from(planned) * i64::from(request.requirements.cpu)
}

/// MiB left once the plan's tasks are on the instance.
pub(crate) fn remaining_memory(instance: &InstanceSnapshot, request: &PlacementRequest, planned: u32) -> i64 {
    i64::from(instance.remaining_memory) - i64::from(planned) * i64::from(request.requirements.memory)
}

/// Tasks of the request's group on the instance, the plan's included.
pub(crate) fn tasks_in_group(instance: &InstanceSnapshot, request: &PlacementRequest, planned: u32) -> u64 {
    u64::from(instance.tasks_in_group(&request.task_group)) + u64::from(planned)
}

/// A small seeded generator (SplitMix64) for the `random` strategy. Written here rather than
/// taken from `rand` so that a seed gives the same plan whatever version of `rand` the
/// workspace moves to, and so that both placers draw exactly the same numbers.
#[derive(Debug, Clone)]
pub(crate) struct SeededRandom {
    state: u64,
}

impl SeededRandom {
    pub(crate) fn new(seed: u64) -> SeededRandom {
        SeededRandom { state: seed }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut mixed = self.state;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        mixed ^ (mixed >> 31)
    }

    /// A uniform index below `bound` (which must not be 0), without modulo bias (Lemire's method).
    pub(crate) fn below(&mut self, bound: usize) -> usize {
        let bound = bound as u64;
        let threshold = bound.wrapping_neg() % bound;
        loop {
            let product = u128::from(self.next_u64()) * u128::from(bound);
            if product as u64 >= threshold {
                return (product >> 64) as usize;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_random_is_uniform_enough_and_repeatable() {
        let mut random = SeededRandom::new(7);
        let mut counts = [0u32; 5];
        for _ in 0..50_000 {
            counts[random.below(5)] += 1;
        }
        assert!(counts.iter().all(|count| (9_000..11_000).contains(count)), "{counts:?}");
        let draws = |seed| {
            let mut random = SeededRandom::new(seed);
            (0..8).map(|_| random.below(1000)).collect::<Vec<_>>()
        };
        assert_eq!(draws(42), draws(42));
        assert_ne!(draws(42), draws(43));
    }
}
