//! ECS task placement as a pure function: given a snapshot of a cluster's container instances
//! and a request (what the task needs, how many, constraints and strategies), answer which
//! instance takes each task, or why none can. No I/O, no clock, no entropy from the system:
//! `random` draws from the request's seed, so the same input always gives the same plan.
//!
//! `place` is the fast placer (an ordered index, see `indexed`); `reference::place` is the
//! obviously correct one the property tests hold it to.

mod explanation;
mod feasibility;
mod indexed;
mod instance;
mod query;
pub mod reference;
mod request;

pub use instance::{InstanceSnapshot, PlacementFailureReason, TaskRequirements};
pub use query::ClusterQuery;
pub use request::{
    BinpackResource, MAX_EXPRESSION_LENGTH, PlacementConstraint, PlacementInputError, PlacementPlan, PlacementRequest, PlacementStrategy,
    SpreadField,
};

/// Places `request.count` copies of the task: each on the instance the strategies prefer among
/// those that can take it, reserving what it uses so that the plan never over-commits an
/// instance. When a task finds no place, placement stops and the plan says why each instance
/// refused it.
pub fn place(instances: &[InstanceSnapshot], request: &PlacementRequest) -> PlacementPlan {
    indexed::place(instances, request)
}

/// Why the instance cannot take one task of the request, constraints included, or `None` when
/// it can. For DAEMON services: one task on every instance this accepts.
pub fn why_not(instance: &InstanceSnapshot, request: &PlacementRequest) -> Option<PlacementFailureReason> {
    feasibility::refusal(instance, request, 0)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn instance(id: &str, zone: &str, cpu: i32, memory: i32) -> InstanceSnapshot {
        InstanceSnapshot {
            id: id.to_owned(),
            arn: format!("arn:aws:ecs:us-east-1:000000000000:container-instance/default/{id}"),
            registered_cpu: cpu,
            registered_memory: memory,
            remaining_cpu: cpu,
            remaining_memory: memory,
            attributes: BTreeMap::from([("ecs.availability-zone".to_owned(), Some(zone.to_owned()))]),
            free_addresses: 4,
            ..InstanceSnapshot::default()
        }
    }

    fn request(count: usize, strategies: &[(&str, Option<&str>)], constraints: &[(&str, Option<&str>)]) -> PlacementRequest {
        PlacementRequest {
            requirements: TaskRequirements { cpu: 256, memory: 512, ..TaskRequirements::default() },
            task_group: "service:web".to_owned(),
            count,
            constraints: constraints.iter().map(|(kind, expression)| PlacementConstraint::parse(kind, *expression).unwrap()).collect(),
            strategies: strategies.iter().map(|(kind, field)| PlacementStrategy::parse(kind, *field).unwrap()).collect(),
            random_seed: 1,
        }
    }

    fn both(instances: &[InstanceSnapshot], request: &PlacementRequest) -> PlacementPlan {
        let plan = place(instances, request);
        assert_eq!(plan, reference::place(instances, request));
        plan
    }

    #[test]
    fn binpack_fills_the_fullest_instance_that_fits_first() {
        let instances = [instance("a", "z1", 4096, 4096), instance("b", "z1", 4096, 1024), instance("c", "z2", 4096, 2048)];
        let plan = both(&instances, &request(6, &[("binpack", Some("memory"))], &[]));
        assert_eq!(plan.placements, [1, 1, 2, 2, 2, 2]);
    }

    #[test]
    fn spread_by_zone_then_instance_balances_both() {
        let instances = [instance("a", "z1", 4096, 4096), instance("b", "z1", 4096, 4096), instance("c", "z2", 4096, 4096)];
        let plan =
            both(&instances, &request(4, &[("spread", Some("attribute:ecs.availability-zone")), ("spread", Some("instanceId"))], &[]));
        assert_eq!(plan.placements, [0, 2, 1, 2]);
    }

    #[test]
    fn distinct_instance_and_member_of_limit_where_tasks_go_and_say_why() {
        let mut draining = instance("d", "z1", 4096, 4096);
        draining.ineligible = Some(PlacementFailureReason::NotActive { status: "DRAINING".to_owned() });
        let instances = [instance("a", "z1", 4096, 4096), instance("b", "z2", 4096, 4096), instance("c", "z1", 4096, 4096), draining];
        let plan =
            both(&instances, &request(3, &[], &[("distinctInstance", None), ("memberOf", Some("attribute:ecs.availability-zone == z1"))]));
        assert_eq!(plan.placements, [0, 2]);
        let reasons: Vec<String> = plan.failures.iter().map(|(index, reason)| format!("{index}:{}", reason.code())).collect();
        assert_eq!(
            reasons,
            [
                "0:DistinctInstance placement constraint unsatisfied.",
                "1:MemberOf placement constraint unsatisfied.",
                "2:DistinctInstance placement constraint unsatisfied.",
                "3:INACTIVE"
            ]
        );
        assert_eq!(
            plan.explanation.as_deref(),
            Some(
                "2 instances: already running a task of service:web (distinctInstance); \
                 1 instance: DRAINING; 1 instance: not matching memberOf(attribute:ecs.availability-zone == z1)"
            )
        );
    }

    #[test]
    fn why_not_checks_in_ecs_order() {
        let mut one = instance("a", "z1", 128, 128);
        let needs = request(1, &[], &[("memberOf", Some("attribute:ecs.availability-zone == z2"))]);
        assert_eq!(
            why_not(&one, &needs),
            Some(PlacementFailureReason::MemberOf { expression: "attribute:ecs.availability-zone == z2".to_owned() })
        );
        let needs = request(1, &[], &[("distinctInstance", None)]);
        assert_eq!(why_not(&one, &needs), Some(PlacementFailureReason::Cpu { needed: 256, remaining: 128 }));
        one.task_groups.insert("service:web".to_owned(), 1);
        assert_eq!(why_not(&one, &needs), Some(PlacementFailureReason::DistinctInstance));
        one.ineligible = Some(PlacementFailureReason::AgentDisconnected);
        assert_eq!(why_not(&one, &needs), Some(PlacementFailureReason::AgentDisconnected));
    }

    #[test]
    fn parse_reads_ecs_spellings_and_names_the_bad_field() {
        assert_eq!(PlacementStrategy::parse("spread", Some("host")), Ok(PlacementStrategy::Spread(SpreadField::InstanceId)));
        assert_eq!(PlacementStrategy::parse("random", Some("ignored")), Ok(PlacementStrategy::Random));
        assert_eq!(PlacementStrategy::parse("binpack", Some("Memory")).unwrap().field().as_deref(), Some("memory"));
        assert_eq!(PlacementStrategy::parse("binpack", Some("disk")).unwrap_err().field, "field");
        assert_eq!(PlacementStrategy::parse("spread", None).unwrap_err().field, "field");
        assert_eq!(PlacementStrategy::parse("spread", Some("zone")).unwrap_err().field, "field");
        assert_eq!(PlacementStrategy::parse("pack", None).unwrap_err().field, "type");
        assert_eq!(PlacementConstraint::parse("distinctInstance", Some("x")).unwrap_err().field, "expression");
        assert_eq!(PlacementConstraint::parse("memberOf", None).unwrap_err().field, "expression");
        assert_eq!(PlacementConstraint::parse("memberof", Some("x")).unwrap_err().field, "type");
        let long = format!("attribute:a == {}", "x".repeat(MAX_EXPRESSION_LENGTH));
        assert!(PlacementConstraint::parse("memberOf", Some(&long)).unwrap_err().message.contains("longer than 2000"));
        let constraint = PlacementConstraint::parse("memberOf", Some("task:group == service:db")).unwrap();
        assert_eq!((constraint.constraint_type(), constraint.expression()), ("memberOf", Some("task:group == service:db")));
    }
}
