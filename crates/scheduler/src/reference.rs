//! The placer written to be obviously correct rather than fast: for every task it checks every
//! instance and applies the strategies one after the other, literally as ECS describes them. The
//! property tests hold the fast placer (`crate::place`) to the same answers.

use std::collections::BTreeMap;

use crate::explanation::explain;
use crate::feasibility::{SeededRandom, refusal, remaining_cpu, remaining_memory, tasks_in_group};
use crate::instance::InstanceSnapshot;
use crate::request::{BinpackResource, PlacementPlan, PlacementRequest, PlacementStrategy, SpreadField};

/// Places `request.count` tasks, one at a time, each on the instance the strategy chain prefers
/// among those that can take it then.
pub fn place(instances: &[InstanceSnapshot], request: &PlacementRequest) -> PlacementPlan {
    let mut planned = vec![0u32; instances.len()];
    let mut random = SeededRandom::new(request.random_seed);
    let mut plan = PlacementPlan::default();
    for _ in 0..request.count {
        let feasible: Vec<usize> =
            (0..instances.len()).filter(|&index| refusal(&instances[index], request, planned[index]).is_none()).collect();
        if feasible.is_empty() {
            plan.failures = (0..instances.len())
                .filter_map(|index| refusal(&instances[index], request, planned[index]).map(|reason| (index, reason)))
                .collect();
            plan.explanation = Some(explain(request, &plan.failures));
            break;
        }
        let chosen = choose(instances, request, &planned, feasible, &mut random);
        planned[chosen] += 1;
        plan.placements.push(chosen);
    }
    plan
}

/// Each strategy keeps the instances it likes best among those still tied; `Random` picks one
/// of them by the seed; whatever is still tied at the end goes to the lowest index.
fn choose(
    instances: &[InstanceSnapshot],
    request: &PlacementRequest,
    planned: &[u32],
    mut tied: Vec<usize>,
    random: &mut SeededRandom,
) -> usize {
    for strategy in &request.strategies {
        let keys: Vec<i64> = match strategy {
            PlacementStrategy::Random => return tied[random.below(tied.len())],
            PlacementStrategy::Binpack(BinpackResource::Cpu) => {
                tied.iter().map(|&index| remaining_cpu(&instances[index], request, planned[index])).collect()
            }
            PlacementStrategy::Binpack(BinpackResource::Memory) => {
                tied.iter().map(|&index| remaining_memory(&instances[index], request, planned[index])).collect()
            }
            PlacementStrategy::Spread(SpreadField::InstanceId) => {
                tied.iter().map(|&index| tasks_in_group(&instances[index], request, planned[index]) as i64).collect()
            }
            PlacementStrategy::Spread(SpreadField::Attribute(name)) => {
                // Every instance counts towards its value's total, whether or not it can take
                // this task: the spread is of the group's tasks across the values.
                let mut totals: BTreeMap<Option<&Option<String>>, i64> = BTreeMap::new();
                for (index, instance) in instances.iter().enumerate() {
                    *totals.entry(instance.attributes.get(name)).or_default() += tasks_in_group(instance, request, planned[index]) as i64;
                }
                tied.iter().map(|&index| totals[&instances[index].attributes.get(name)]).collect()
            }
        };
        let best = keys.iter().copied().min().unwrap_or(0);
        tied = tied.iter().zip(&keys).filter(|(_, key)| **key == best).map(|(index, _)| *index).collect();
    }
    tied[0]
}
