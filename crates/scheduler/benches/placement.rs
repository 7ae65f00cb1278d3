//! Placement throughput on a large cluster: 10,000 instances of varied sizes (t3, m5 and c5
//! types across 3 Availability Zones) already running 100,000 tasks in 2,000 groups. Measures
//! one request of 1,000 tasks and many small requests with binpack(memory) and the two
//! constraints, spread across zones then instances, and the reference placer for comparison.

use std::collections::{BTreeMap, BTreeSet};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use ferry_scheduler::{InstanceSnapshot, PlacementConstraint, PlacementRequest, PlacementStrategy, TaskRequirements, place, reference};

const INSTANCES: usize = 10_000;
const EXISTING_TASKS: usize = 100_000;
const GROUPS: u64 = 2_000;

/// (type, CPU units, MiB)
const INSTANCE_TYPES: [(&str, i32, i32); 9] = [
    ("t3.medium", 2048, 3943),
    ("t3.large", 2048, 7943),
    ("t3.xlarge", 4096, 15_814),
    ("m5.large", 2048, 7680),
    ("m5.xlarge", 4096, 15_618),
    ("m5.2xlarge", 8192, 31_635),
    ("c5.large", 2048, 3704),
    ("c5.xlarge", 4096, 7461),
    ("c5.2xlarge", 8192, 15_329),
];
const ZONES: [&str; 3] = ["us-east-1a", "us-east-1b", "us-east-1c"];

/// A fixed sequence (SplitMix64), so every run measures the same cluster.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, bound: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut mixed = self.0;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (mixed ^ (mixed >> 31)) % bound
    }
}

fn cluster() -> Vec<InstanceSnapshot> {
    let mut sequence = Sequence(2026);
    let mut instances: Vec<InstanceSnapshot> = (0..INSTANCES)
        .map(|index| {
            let (instance_type, cpu, memory) = INSTANCE_TYPES[sequence.next(INSTANCE_TYPES.len() as u64) as usize];
            let id = format!("{index:032x}");
            InstanceSnapshot {
                arn: format!("arn:aws:ecs:us-east-1:000000000000:container-instance/bench/{id}"),
                id,
                registered_cpu: cpu,
                registered_memory: memory,
                remaining_cpu: cpu,
                remaining_memory: memory,
                used_tcp_ports: BTreeSet::from([22, 2375, 2376, 51678, 51679]),
                attributes: BTreeMap::from([
                    ("ecs.instance-type".to_owned(), Some(instance_type.to_owned())),
                    ("ecs.availability-zone".to_owned(), Some(ZONES[index % ZONES.len()].to_owned())),
                    ("ecs.os-type".to_owned(), Some("linux".to_owned())),
                    ("ecs.cpu-architecture".to_owned(), Some("x86_64".to_owned())),
                    ("ecs.ami-id".to_owned(), Some("ami-0123456789abcdef0".to_owned())),
                    ("ecs.capability.task-eni".to_owned(), None),
                ]),
                free_addresses: 3,
                agent_version: Some("1.82.0".to_owned()),
                ec2_instance_id: Some(format!("i-{index:017x}")),
                ..InstanceSnapshot::default()
            }
        })
        .collect();
    // The existing tasks: small ones (64 to 256 units, 128 to 512 MiB) in one of the groups,
    // each on a random instance that still has room, so remaining capacity varies widely.
    let mut placed = 0;
    while placed < EXISTING_TASKS {
        let instance = &mut instances[sequence.next(INSTANCES as u64) as usize];
        let (cpu, memory) = (64 * (1 + sequence.next(4) as i32), 128 * (1 + sequence.next(4) as i32));
        if instance.remaining_cpu < cpu || instance.remaining_memory < memory {
            continue;
        }
        instance.remaining_cpu -= cpu;
        instance.remaining_memory -= memory;
        let group = sequence.next(GROUPS);
        *instance.task_groups.entry(format!("service:svc-{group}")).or_default() += 1;
        placed += 1;
    }
    instances
}

/// `(type, expression or field)` pairs, as ECS's API spells constraints and strategies.
type Spellings<'a> = &'a [(&'a str, Option<&'a str>)];

fn request(count: usize, constraints: Spellings<'_>, strategies: Spellings<'_>) -> PlacementRequest {
    PlacementRequest {
        requirements: TaskRequirements { cpu: 256, memory: 512, ..TaskRequirements::default() },
        // A group that already runs on some instances, so distinctInstance has work to do.
        task_group: "service:svc-7".to_owned(),
        count,
        constraints: constraints.iter().map(|(kind, expression)| PlacementConstraint::parse(kind, *expression).unwrap()).collect(),
        strategies: strategies.iter().map(|(kind, field)| PlacementStrategy::parse(kind, *field).unwrap()).collect(),
        random_seed: 7,
    }
}

fn placement(criterion: &mut Criterion) {
    let instances = cluster();
    let binpack = [("binpack", Some("memory"))];
    let distinct = [("distinctInstance", None)];
    let member_of_t3 = [("memberOf", Some("attribute:ecs.instance-type =~ t3.*"))];
    let spread = [("spread", Some("attribute:ecs.availability-zone")), ("spread", Some("instanceId"))];
    let cases: [(&str, Spellings<'_>, Spellings<'_>); 3] = [
        ("binpack(memory)+distinctInstance", &distinct, &binpack),
        ("binpack(memory)+memberOf(t3.*)", &member_of_t3, &binpack),
        ("spread(zone)+spread(instanceId)", &[], &spread),
    ];

    let mut group = criterion.benchmark_group("place");
    group.sample_size(20);
    for (name, constraints, strategies) in cases {
        for count in [1_000usize, 100, 10, 1] {
            let request = request(count, constraints, strategies);
            let plan = place(&instances, &request);
            assert_eq!(plan.placements.len(), count, "{name}: {:?}", plan.explanation);
            group.throughput(Throughput::Elements(count as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{count} tasks per request")), &request, |bencher, request| {
                bencher.iter(|| place(&instances, request))
            });
        }
    }
    group.finish();

    // The naive placer checks every instance for every task: the figure the index is for.
    let mut group = criterion.benchmark_group("reference");
    group.sample_size(10);
    let request = request(100, &distinct, &binpack);
    group.throughput(Throughput::Elements(100));
    group.bench_with_input(BenchmarkId::new("binpack(memory)+distinctInstance", "100 tasks per request"), &request, |bencher, request| {
        bencher.iter(|| reference::place(&instances, request))
    });
    group.finish();
}

criterion_group!(benches, placement);
criterion_main!(benches);
