//! Properties of placement on small random clusters and requests: nothing is over-committed,
//! every constraint holds, spread balances, binpack packs, and the fast placer agrees with the
//! reference placer to the last tie-break and failure.
//!
//! The checks replay a plan on copies of the snapshot, applying each task as the control plane
//! would, so they judge the placer from the outside rather than with its own bookkeeping.

use std::collections::{BTreeMap, BTreeSet};

use ferry_scheduler::{
    BinpackResource, InstanceSnapshot, PlacementConstraint, PlacementFailureReason, PlacementPlan, PlacementRequest, PlacementStrategy,
    SpreadField, TaskRequirements, place, reference, why_not,
};
use proptest::prelude::*;
use proptest::sample::subsequence;

const GROUPS: [&str; 3] = ["service:web", "service:api", "family:batch"];
const ZONES: [&str; 3] = ["us-east-1a", "us-east-1b", "us-east-1c"];
const TYPES: [&str; 4] = ["t3.small", "t3.large", "m5.large", "c5.xlarge"];
const EXPRESSIONS: [&str; 7] = [
    "attribute:ecs.instance-type =~ t3.*",
    "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
    "not task:group == service:api",
    "task:group != service:web",
    "runningTasksCount < 4",
    "attribute:gpu exists or attribute:ecs.availability-zone == us-east-1c",
    "(attribute:ecs.instance-type == m5.large || task:group exists) && !(attribute:ecs.availability-zone == us-east-1b)",
];

fn instance_strategy() -> impl Strategy<Value = InstanceSnapshot> {
    (
        (0..9i32, 0..17i32),
        subsequence(vec![80u16, 443, 8080], 0..=3),
        subsequence(vec![53u16], 0..=1),
        (proptest::option::of(0..ZONES.len()), proptest::option::of(0..TYPES.len()), any::<bool>()),
        0..8usize,
        prop_oneof![8 => Just(None), 1 => Just(Some("DRAINING")), 1 => Just(Some("disconnected"))],
        proptest::collection::vec(0..3u32, GROUPS.len()),
    )
        .prop_map(|((cpu, memory), tcp, udp, (zone, instance_type, gpu), free_addresses, ineligible, group_counts)| {
            let mut attributes = BTreeMap::from([("ecs.os-type".to_owned(), Some("linux".to_owned()))]);
            if let Some(zone) = zone {
                attributes.insert("ecs.availability-zone".to_owned(), Some(ZONES[zone].to_owned()));
            }
            if let Some(instance_type) = instance_type {
                attributes.insert("ecs.instance-type".to_owned(), Some(TYPES[instance_type].to_owned()));
            }
            if gpu {
                attributes.insert("gpu".to_owned(), None);
            }
            InstanceSnapshot {
                registered_cpu: 2048,
                registered_memory: 4096,
                remaining_cpu: cpu * 256,
                remaining_memory: memory * 512,
                used_tcp_ports: tcp.into_iter().collect(),
                used_udp_ports: udp.into_iter().collect(),
                attributes,
                free_addresses,
                ineligible: ineligible.map(|status| match status {
                    "DRAINING" => PlacementFailureReason::NotActive { status: status.to_owned() },
                    _ => PlacementFailureReason::AgentDisconnected,
                }),
                task_groups: GROUPS.iter().zip(group_counts).map(|(group, count)| (group.to_string(), count)).collect(),
                ..InstanceSnapshot::default()
            }
        })
}

fn cluster_strategy() -> impl Strategy<Value = Vec<InstanceSnapshot>> {
    proptest::collection::vec(instance_strategy(), 0..=12).prop_map(|mut instances| {
        for (index, instance) in instances.iter_mut().enumerate() {
            instance.id = format!("instance-{index}");
            instance.arn = format!("arn:aws:ecs:us-east-1:000000000000:container-instance/default/instance-{index}");
        }
        instances
    })
}

fn placement_strategy_strategy() -> impl Strategy<Value = PlacementStrategy> {
    prop_oneof![
        Just(PlacementStrategy::Binpack(BinpackResource::Cpu)),
        Just(PlacementStrategy::Binpack(BinpackResource::Memory)),
        Just(PlacementStrategy::Spread(SpreadField::InstanceId)),
        Just(PlacementStrategy::Spread(SpreadField::Attribute("ecs.availability-zone".to_owned()))),
        Just(PlacementStrategy::Spread(SpreadField::Attribute("ecs.instance-type".to_owned()))),
        Just(PlacementStrategy::Random),
    ]
}

fn request_strategy() -> impl Strategy<Value = PlacementRequest> {
    (
        (
            0..4i32,
            0..4i32,
            prop_oneof![3 => Just(vec![]), 1 => subsequence(vec![80u16, 9000], 1..=2)],
            prop_oneof![5 => Just(vec![]), 1 => Just(vec![53u16])],
            proptest::bool::weighted(0.3),
            prop_oneof![3 => Just(0usize), 1 => Just(1), 1 => Just(2)],
        ),
        0..GROUPS.len(),
        0..=20usize,
        (proptest::bool::weighted(0.3), subsequence(EXPRESSIONS.to_vec(), 0..=2)),
        proptest::collection::vec(placement_strategy_strategy(), 0..=4),
        any::<u64>(),
    )
        .prop_map(
            |(
                (cpu, memory, tcp_ports, udp_ports, needs_address, required),
                group,
                count,
                (distinct, expressions),
                strategies,
                random_seed,
            )| {
                let required_attributes = match required {
                    0 => vec![],
                    1 => vec![("gpu".to_owned(), None)],
                    _ => vec![("ecs.os-type".to_owned(), Some("linux".to_owned()))],
                };
                let mut constraints: Vec<PlacementConstraint> =
                    expressions.iter().map(|expression| PlacementConstraint::parse("memberOf", Some(expression)).unwrap()).collect();
                if distinct {
                    constraints.push(PlacementConstraint::DistinctInstance);
                }
                PlacementRequest {
                    requirements: TaskRequirements {
                        cpu: cpu * 128,
                        memory: memory * 256,
                        tcp_ports,
                        udp_ports,
                        required_attributes,
                        needs_address,
                    },
                    task_group: GROUPS[group].to_owned(),
                    count,
                    constraints,
                    strategies,
                    random_seed,
                }
            },
        )
}

/// What the control plane does to an instance when a task lands on it.
fn apply_task(instance: &mut InstanceSnapshot, request: &PlacementRequest) {
    let needs = &request.requirements;
    instance.remaining_cpu -= needs.cpu;
    instance.remaining_memory -= needs.memory;
    instance.used_tcp_ports.extend(&needs.tcp_ports);
    instance.used_udp_ports.extend(&needs.udp_ports);
    if needs.needs_address {
        instance.free_addresses -= 1;
    }
    *instance.task_groups.entry(request.task_group.clone()).or_default() += 1;
}

/// The cluster as it is before each placement of the plan, and after the last.
fn replay(instances: &[InstanceSnapshot], request: &PlacementRequest, plan: &PlacementPlan) -> Vec<Vec<InstanceSnapshot>> {
    let mut states = vec![instances.to_vec()];
    for &chosen in &plan.placements {
        let mut next = states.last().unwrap().clone();
        apply_task(&mut next[chosen], request);
        states.push(next);
    }
    states
}

fn binpack_figure(instance: &InstanceSnapshot, resource: BinpackResource) -> i32 {
    match resource {
        BinpackResource::Cpu => instance.remaining_cpu,
        BinpackResource::Memory => instance.remaining_memory,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn fast_and_reference_placers_agree(instances in cluster_strategy(), request in request_strategy()) {
        let fast = place(&instances, &request);
        let reference = reference::place(&instances, &request);
        prop_assert_eq!(&fast, &reference);
        // A plan either places everything or says why each instance refused the next task.
        if fast.placements.len() < request.count {
            prop_assert_eq!(fast.failures.len(), instances.len());
            prop_assert!(fast.explanation.is_some());
        } else {
            prop_assert!(fast.failures.is_empty() && fast.explanation.is_none());
        }
    }

    #[test]
    fn resources_are_never_over_committed(instances in cluster_strategy(), request in request_strategy()) {
        let plan = place(&instances, &request);
        let needs = &request.requirements;
        for (index, instance) in instances.iter().enumerate() {
            let placed = plan.placements.iter().filter(|chosen| **chosen == index).count() as i64;
            if placed == 0 {
                continue;
            }
            prop_assert!(instance.ineligible.is_none());
            prop_assert!(placed * i64::from(needs.cpu) <= i64::from(instance.remaining_cpu));
            prop_assert!(placed * i64::from(needs.memory) <= i64::from(instance.remaining_memory));
            if needs.needs_address {
                prop_assert!(placed as usize <= instance.free_addresses);
            }
            if !needs.tcp_ports.is_empty() || !needs.udp_ports.is_empty() {
                prop_assert_eq!(placed, 1, "a static host port can be bound once");
                prop_assert!(needs.tcp_ports.iter().all(|port| !instance.used_tcp_ports.contains(port)));
                prop_assert!(needs.udp_ports.iter().all(|port| !instance.used_udp_ports.contains(port)));
            }
        }
    }

    #[test]
    fn every_constraint_holds_for_every_placement(instances in cluster_strategy(), request in request_strategy()) {
        let plan = place(&instances, &request);
        let states = replay(&instances, &request, &plan);
        for (step, &chosen) in plan.placements.iter().enumerate() {
            let before = &states[step][chosen];
            for constraint in &request.constraints {
                match constraint {
                    PlacementConstraint::DistinctInstance => prop_assert_eq!(before.tasks_in_group(&request.task_group), 0),
                    PlacementConstraint::MemberOf(query) => prop_assert!(query.matches(before), "{} on {:?}", query.text(), before),
                }
            }
            for (name, value) in &request.requirements.required_attributes {
                let have = before.attributes.get(name);
                prop_assert!(have.is_some() && (value.is_none() || have.unwrap() == value));
            }
            prop_assert_eq!(why_not(before, &request), None);
        }
        // When the plan stopped short, each failure is the reason that instance gives now.
        if plan.placements.len() < request.count {
            let last = states.last().unwrap();
            for (index, reason) in &plan.failures {
                prop_assert_eq!(why_not(&last[*index], &request), Some(reason.clone()));
            }
        }
    }

    #[test]
    fn binpack_never_passes_over_an_instance_with_less_left(instances in cluster_strategy(), mut request in request_strategy(), memory in any::<bool>()) {
        let resource = if memory { BinpackResource::Memory } else { BinpackResource::Cpu };
        request.strategies.insert(0, PlacementStrategy::Binpack(resource));
        let plan = place(&instances, &request);
        let states = replay(&instances, &request, &plan);
        for (step, &chosen) in plan.placements.iter().enumerate() {
            let chosen_figure = binpack_figure(&states[step][chosen], resource);
            for other in &states[step] {
                if why_not(other, &request).is_none() {
                    prop_assert!(binpack_figure(other, resource) >= chosen_figure);
                }
            }
        }
    }

    #[test]
    fn spread_keeps_counts_within_one_when_every_instance_can_take_tasks(
        zones in proptest::collection::vec(proptest::option::of(0..ZONES.len()), 1..=12),
        count in 0..=40usize,
        by_zone in any::<bool>(),
        tie_break in proptest::option::of(placement_strategy_strategy()),
        random_seed in any::<u64>(),
    ) {
        let instances: Vec<InstanceSnapshot> = zones
            .iter()
            .enumerate()
            .map(|(index, zone)| InstanceSnapshot {
                id: format!("instance-{index}"),
                remaining_cpu: 100_000,
                remaining_memory: 100_000,
                attributes: zone.map(|zone| ("ecs.availability-zone".to_owned(), Some(ZONES[zone].to_owned()))).into_iter().collect(),
                // Other groups' tasks must not matter.
                task_groups: BTreeMap::from([("service:other".to_owned(), index as u32 % 3)]),
                ..InstanceSnapshot::default()
            })
            .collect();
        let field = if by_zone { SpreadField::Attribute("ecs.availability-zone".to_owned()) } else { SpreadField::InstanceId };
        let request = PlacementRequest {
            requirements: TaskRequirements { cpu: 10, memory: 10, ..TaskRequirements::default() },
            task_group: "service:web".to_owned(),
            count,
            strategies: std::iter::once(PlacementStrategy::Spread(field)).chain(tie_break).collect(),
            random_seed,
            ..PlacementRequest::default()
        };
        let plan = place(&instances, &request);
        prop_assert_eq!(plan.placements.len(), count);
        let mut counts: BTreeMap<String, usize> = if by_zone {
            zones.iter().map(|zone| (format!("{zone:?}"), 0)).collect()
        } else {
            instances.iter().map(|instance| (instance.id.clone(), 0)).collect()
        };
        for &chosen in &plan.placements {
            let bucket = if by_zone { format!("{:?}", zones[chosen]) } else { instances[chosen].id.clone() };
            *counts.get_mut(&bucket).unwrap() += 1;
        }
        let (fewest, most) = (counts.values().min().unwrap(), counts.values().max().unwrap());
        prop_assert!(most - fewest <= 1, "{:?}", counts);
    }
}

#[test]
fn random_placement_follows_the_seed_and_uses_every_instance() {
    let instances: Vec<InstanceSnapshot> = (0..8)
        .map(|index| InstanceSnapshot {
            id: format!("i{index}"),
            remaining_cpu: 10_000,
            remaining_memory: 10_000,
            ..InstanceSnapshot::default()
        })
        .collect();
    let request = |random_seed| PlacementRequest {
        requirements: TaskRequirements { cpu: 1, memory: 1, ..TaskRequirements::default() },
        task_group: "family:hello".to_owned(),
        count: 400,
        strategies: vec![PlacementStrategy::Random],
        random_seed,
        ..PlacementRequest::default()
    };
    let first = place(&instances, &request(9));
    assert_eq!(first, place(&instances, &request(9)));
    assert_ne!(first.placements, place(&instances, &request(10)).placements);
    let used: BTreeSet<usize> = first.placements.iter().copied().collect();
    assert_eq!(used.len(), 8);
}
