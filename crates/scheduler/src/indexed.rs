//! The fast placer. It gives the same plans as `crate::reference` (the property tests check
//! it) with one pass over the snapshot's inline fields per request plus O(log n) per task,
//! instead of every check on every instance for every task.
//!
//! Three facts make that possible. Placing a task changes only the instance it lands on (and,
//! for `spread` by attribute, its value's total), so after each placement only that instance
//! needs checking again. An instance no task has landed on cannot change its answer during the
//! plan, so its expensive checks (constraints, attributes, ports) can wait until it is the
//! strategies' choice, and most instances are never checked. And within one request every
//! strategy ranks instances by a per-instance figure (remaining CPU, remaining memory, tasks of
//! the group) read in chain order, smallest first, with the index last: so the chain's choice
//! is the smallest `(key, index)` in a heap of the instances that may take the task. A leading
//! `spread` by attribute keeps one heap per attribute value, and the values in a set ordered by
//! `(total, best key, best index)`. Chains this does not cover (`spread` by attribute after
//! another strategy, or by two attributes) take the general path: a candidate list scanned per
//! task, still without re-checking instances that did not change.

use std::collections::{BTreeSet, HashMap};

use crate::explanation::explain;
use crate::feasibility::{SeededRandom, refusal, remaining_cpu, remaining_memory, tasks_in_group};
use crate::instance::InstanceSnapshot;
use crate::request::{BinpackResource, PlacementPlan, PlacementRequest, PlacementStrategy, SpreadField};

/// The figures of a chain's per-instance strategies, in chain order. Three is enough: a
/// strategy repeated in a chain breaks no tie, so a chain has at most three distinct ones.
type RankKey = [i64; 3];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RankBy {
    RemainingCpu,
    RemainingMemory,
    TasksInGroup,
}

/// A strategy chain in the shape the index handles.
#[derive(Debug)]
struct Chain<'r> {
    spread_attribute: Option<&'r str>,
    rank_by: Vec<RankBy>,
    /// `Random` after the others: it picks among what they leave tied, and ends the chain.
    random: bool,
}

/// Reads the chain, dropping strategies that can break no tie; `None` when it is not of the
/// shape `[spread(attribute)] (binpack | spread(instanceId))* [random]`.
fn indexable_chain(strategies: &[PlacementStrategy]) -> Option<Chain<'_>> {
    let mut chain = Chain { spread_attribute: None, rank_by: Vec::new(), random: false };
    for strategy in strategies {
        let rank_by = match strategy {
            PlacementStrategy::Random => {
                chain.random = true;
                break;
            }
            PlacementStrategy::Spread(SpreadField::Attribute(name)) => {
                match chain.spread_attribute {
                    Some(first) if first == name => {}
                    None if chain.rank_by.is_empty() => chain.spread_attribute = Some(name),
                    _ => return None,
                }
                continue;
            }
            PlacementStrategy::Binpack(BinpackResource::Cpu) => RankBy::RemainingCpu,
            PlacementStrategy::Binpack(BinpackResource::Memory) => RankBy::RemainingMemory,
            PlacementStrategy::Spread(SpreadField::InstanceId) => RankBy::TasksInGroup,
        };
        if !chain.rank_by.contains(&rank_by) {
            chain.rank_by.push(rank_by);
        }
    }
    Some(chain)
}

/// Places `request.count` tasks; see `crate::place`.
pub(crate) fn place(instances: &[InstanceSnapshot], request: &PlacementRequest) -> PlacementPlan {
    if request.count == 0 {
        return PlacementPlan::default();
    }
    match indexable_chain(&request.strategies) {
        Some(chain) => IndexedPlacer::new(instances, request, chain).run(),
        None => CandidateListPlacer::new(instances, request).run(),
    }
}

fn failed_plan(instances: &[InstanceSnapshot], request: &PlacementRequest, planned: &[u32], placements: Vec<usize>) -> PlacementPlan {
    let failures: Vec<_> = (0..instances.len())
        .filter_map(|index| refusal(&instances[index], request, planned[index]).map(|reason| (index, reason)))
        .collect();
    let explanation = Some(explain(request, &failures));
    PlacementPlan { placements, failures, explanation }
}

/// Whether an instance can take one more task, as far as the placer has looked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Passed the cheap checks only; the full check runs when the instance reaches the front.
    Unchecked,
    Fits,
    Refused,
}

/// An entry of a bucket's heap: smallest `(key, index)` first. `planned` is the instance's
/// planned count when the entry was pushed; an entry whose count is out of date is stale and
/// skipped, which spares the heap a removal when an instance's key changes.
type HeapEntry = std::cmp::Reverse<(RankKey, usize, u32)>;

/// The instances of one attribute value (or all of them, without a leading spread).
#[derive(Debug, Default)]
struct Bucket {
    /// Tasks of the group on every instance of the value, able to take the task or not.
    total: i64,
    /// The instances that may take one more task.
    heap: std::collections::BinaryHeap<HeapEntry>,
    /// This bucket's entry in `ranked_buckets`, if it has a candidate.
    ranked_as: Option<(i64, RankKey, usize, usize)>,
}

struct IndexedPlacer<'a> {
    instances: &'a [InstanceSnapshot],
    request: &'a PlacementRequest,
    chain: Chain<'a>,
    planned: Vec<u32>,
    verdicts: Vec<Verdict>,
    /// Each instance's bucket; empty when there is one bucket.
    bucket_of: Vec<usize>,
    /// Each instance's tasks of the group before the plan, when a leading spread had to read
    /// them all anyway; empty otherwise. Saves a second look-up in `task_groups`.
    existing_in_group: Vec<u32>,
    buckets: Vec<Bucket>,
    /// Buckets with a candidate, by `(total, best key, best index, bucket)`.
    ranked_buckets: BTreeSet<(i64, RankKey, usize, usize)>,
}

impl<'a> IndexedPlacer<'a> {
    /// Builds the index. Only fields stored inline in the snapshot are read for every instance
    /// (plus the attribute and group counts a leading spread needs): constraints, attributes
    /// and ports are checked lazily, when an instance reaches the front of its bucket. An
    /// instance no task lands on never changes during the plan, so checking it late gives the
    /// same answer as checking it first; most instances are never looked at.
    fn new(instances: &'a [InstanceSnapshot], request: &'a PlacementRequest, chain: Chain<'a>) -> IndexedPlacer<'a> {
        let mut placer = IndexedPlacer {
            instances,
            request,
            chain,
            planned: vec![0; instances.len()],
            verdicts: vec![Verdict::Unchecked; instances.len()],
            bucket_of: Vec::new(),
            existing_in_group: Vec::new(),
            buckets: Vec::new(),
            ranked_buckets: BTreeSet::new(),
        };
        let mut entries: Vec<Vec<HeapEntry>> = Vec::new();
        if let Some(name) = placer.chain.spread_attribute {
            let mut bucket_by_value: HashMap<Option<&Option<String>>, usize> = HashMap::new();
            placer.bucket_of.reserve(instances.len());
            placer.existing_in_group.reserve(instances.len());
            for instance in instances {
                let next = bucket_by_value.len();
                let bucket = *bucket_by_value.entry(instance.attributes.get(name)).or_insert(next);
                if bucket == placer.buckets.len() {
                    placer.buckets.push(Bucket::default());
                    entries.push(Vec::new());
                }
                let existing = instance.tasks_in_group(&request.task_group);
                placer.buckets[bucket].total += i64::from(existing);
                placer.existing_in_group.push(existing);
                placer.bucket_of.push(bucket);
            }
        } else {
            placer.buckets.push(Bucket::default());
            entries.push(Vec::new());
        }
        for (index, instance) in instances.iter().enumerate() {
            if passes_cheap_checks(instance, request) {
                entries[placer.bucket(index)].push(std::cmp::Reverse((placer.rank_key(index), index, 0)));
            }
        }
        for (bucket, entries) in entries.into_iter().enumerate() {
            placer.buckets[bucket].heap = entries.into();
            placer.rank_bucket(bucket);
        }
        placer
    }

    fn bucket(&self, index: usize) -> usize {
        self.bucket_of.get(index).copied().unwrap_or(0)
    }

    fn rank_key(&self, index: usize) -> RankKey {
        let (instance, planned) = (&self.instances[index], self.planned[index]);
        let mut key = [0; 3];
        for (slot, rank_by) in key.iter_mut().zip(&self.chain.rank_by) {
            *slot = match rank_by {
                RankBy::RemainingCpu => remaining_cpu(instance, self.request, planned),
                RankBy::RemainingMemory => remaining_memory(instance, self.request, planned),
                RankBy::TasksInGroup => match self.existing_in_group.get(index) {
                    Some(existing) => i64::from(*existing) + i64::from(planned),
                    None => tasks_in_group(instance, self.request, planned) as i64,
                },
            };
        }
        key
    }

    /// Whether a heap entry stands for an instance that can take the task now, running the
    /// full check the first time the instance is asked.
    fn entry_fits(&mut self, (_, index, planned): (RankKey, usize, u32)) -> bool {
        if planned != self.planned[index] {
            return false;
        }
        if self.verdicts[index] == Verdict::Unchecked {
            let fits = refusal(&self.instances[index], self.request, planned).is_none();
            self.verdicts[index] = if fits { Verdict::Fits } else { Verdict::Refused };
        }
        self.verdicts[index] == Verdict::Fits
    }

    /// Drops stale and refused entries from the front of the bucket and ranks it by what is
    /// left at the front.
    fn rank_bucket(&mut self, bucket: usize) {
        if let Some(entry) = self.buckets[bucket].ranked_as.take() {
            self.ranked_buckets.remove(&entry);
        }
        while let Some(&std::cmp::Reverse(entry)) = self.buckets[bucket].heap.peek() {
            if self.entry_fits(entry) {
                let ranked = (self.buckets[bucket].total, entry.0, entry.1, bucket);
                self.ranked_buckets.insert(ranked);
                self.buckets[bucket].ranked_as = Some(ranked);
                return;
            }
            self.buckets[bucket].heap.pop();
        }
    }

    fn run(mut self) -> PlacementPlan {
        let mut random = SeededRandom::new(self.request.random_seed);
        let mut placements = Vec::with_capacity(self.request.count);
        for _ in 0..self.request.count {
            let Some(&(total, key, best_index, _)) = self.ranked_buckets.first() else {
                return failed_plan(self.instances, self.request, &self.planned, placements);
            };
            let chosen = if self.chain.random { self.random_among_best(total, key, &mut random) } else { best_index };
            self.place_on(chosen);
            placements.push(chosen);
        }
        PlacementPlan { placements, ..PlacementPlan::default() }
    }

    /// The reference's draw: the instances tied on everything before `Random`, in index order.
    fn random_among_best(&mut self, total: i64, key: RankKey, random: &mut SeededRandom) -> usize {
        let tied_buckets: Vec<usize> =
            self.ranked_buckets.iter().take_while(|entry| entry.0 == total && entry.1 == key).map(|entry| entry.3).collect();
        let mut tied = Vec::new();
        for bucket in tied_buckets {
            let mut kept = Vec::new();
            while let Some(&std::cmp::Reverse(entry)) = self.buckets[bucket].heap.peek() {
                if entry.0 != key {
                    break;
                }
                self.buckets[bucket].heap.pop();
                if self.entry_fits(entry) {
                    tied.push(entry.1);
                    kept.push(std::cmp::Reverse(entry));
                }
            }
            self.buckets[bucket].heap.extend(kept);
        }
        tied.sort_unstable();
        tied[random.below(tied.len())]
    }

    fn place_on(&mut self, chosen: usize) {
        let bucket = self.bucket(chosen);
        // The chosen instance's entry goes stale with its planned count.
        self.planned[chosen] += 1;
        self.buckets[bucket].total += 1;
        let fits = refusal(&self.instances[chosen], self.request, self.planned[chosen]).is_none();
        self.verdicts[chosen] = if fits { Verdict::Fits } else { Verdict::Refused };
        if fits {
            let entry = std::cmp::Reverse((self.rank_key(chosen), chosen, self.planned[chosen]));
            self.buckets[bucket].heap.push(entry);
        }
        self.rank_bucket(bucket);
    }
}

/// The checks that read only what the snapshot stores inline; each implies a refusal.
fn passes_cheap_checks(instance: &InstanceSnapshot, request: &PlacementRequest) -> bool {
    let needs = &request.requirements;
    instance.ineligible.is_none()
        && needs.cpu <= instance.remaining_cpu
        && needs.memory <= instance.remaining_memory
        && (!needs.needs_address || instance.free_addresses > 0)
}

/// The general path: the instances that can take the task, in index order, ranked by a scan per
/// task exactly as the reference does, with the attribute totals kept up to date as tasks land.
struct CandidateListPlacer<'a> {
    instances: &'a [InstanceSnapshot],
    request: &'a PlacementRequest,
    planned: Vec<u32>,
    candidates: Vec<usize>,
    /// For each attribute the chain spreads by: each instance's value and each value's total.
    spread_totals: HashMap<&'a str, (Vec<usize>, Vec<i64>)>,
}

impl<'a> CandidateListPlacer<'a> {
    fn new(instances: &'a [InstanceSnapshot], request: &'a PlacementRequest) -> CandidateListPlacer<'a> {
        let mut spread_totals = HashMap::new();
        for strategy in &request.strategies {
            if let PlacementStrategy::Spread(SpreadField::Attribute(name)) = strategy {
                spread_totals.entry(name.as_str()).or_insert_with(|| {
                    let mut value_of: HashMap<Option<&Option<String>>, usize> = HashMap::new();
                    let mut totals = Vec::new();
                    let bucket_of = instances
                        .iter()
                        .map(|instance| {
                            let next = value_of.len();
                            let bucket = *value_of.entry(instance.attributes.get(name)).or_insert(next);
                            if bucket == totals.len() {
                                totals.push(0);
                            }
                            totals[bucket] += tasks_in_group(instance, request, 0) as i64;
                            bucket
                        })
                        .collect();
                    (bucket_of, totals)
                });
            }
        }
        let candidates = (0..instances.len()).filter(|&index| refusal(&instances[index], request, 0).is_none()).collect();
        CandidateListPlacer { instances, request, planned: vec![0; instances.len()], candidates, spread_totals }
    }

    fn run(mut self) -> PlacementPlan {
        let mut random = SeededRandom::new(self.request.random_seed);
        let mut placements = Vec::with_capacity(self.request.count);
        for _ in 0..self.request.count {
            if self.candidates.is_empty() {
                return failed_plan(self.instances, self.request, &self.planned, placements);
            }
            let chosen = self.choose(&mut random);
            self.planned[chosen] += 1;
            for (bucket_of, totals) in self.spread_totals.values_mut() {
                totals[bucket_of[chosen]] += 1;
            }
            if refusal(&self.instances[chosen], self.request, self.planned[chosen]).is_some()
                && let Ok(position) = self.candidates.binary_search(&chosen)
            {
                self.candidates.remove(position);
            }
            placements.push(chosen);
        }
        PlacementPlan { placements, ..PlacementPlan::default() }
    }

    fn choose(&self, random: &mut SeededRandom) -> usize {
        let mut tied = self.candidates.clone();
        for strategy in &self.request.strategies {
            let key = |index: usize| -> i64 {
                let (instance, planned) = (&self.instances[index], self.planned[index]);
                match strategy {
                    PlacementStrategy::Binpack(BinpackResource::Cpu) => remaining_cpu(instance, self.request, planned),
                    PlacementStrategy::Binpack(BinpackResource::Memory) => remaining_memory(instance, self.request, planned),
                    PlacementStrategy::Spread(SpreadField::InstanceId) => tasks_in_group(instance, self.request, planned) as i64,
                    PlacementStrategy::Spread(SpreadField::Attribute(name)) => {
                        let (bucket_of, totals) = &self.spread_totals[name.as_str()];
                        totals[bucket_of[index]]
                    }
                    PlacementStrategy::Random => 0,
                }
            };
            if *strategy == PlacementStrategy::Random {
                return tied[random.below(tied.len())];
            }
            let best = tied.iter().map(|&index| key(index)).min().unwrap_or(0);
            tied.retain(|&index| key(index) == best);
        }
        tied[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_reduce_to_what_can_break_a_tie() {
        let parse = |pairs: &[(&str, Option<&str>)]| -> Vec<PlacementStrategy> {
            pairs.iter().map(|(kind, field)| PlacementStrategy::parse(kind, *field).unwrap()).collect()
        };
        let chain = indexable_chain(&[]).unwrap();
        assert!(chain.spread_attribute.is_none() && chain.rank_by.is_empty() && !chain.random);

        let strategies = parse(&[
            ("spread", Some("attribute:ecs.availability-zone")),
            ("binpack", Some("memory")),
            ("spread", Some("attribute:ecs.availability-zone")),
            ("binpack", Some("MEMORY")),
            ("spread", Some("host")),
            ("random", None),
            ("binpack", Some("cpu")),
        ]);
        let chain = indexable_chain(&strategies).unwrap();
        assert_eq!(chain.spread_attribute, Some("ecs.availability-zone"));
        assert_eq!(chain.rank_by, [RankBy::RemainingMemory, RankBy::TasksInGroup]);
        assert!(chain.random);

        assert!(indexable_chain(&parse(&[("binpack", Some("cpu")), ("spread", Some("attribute:a"))])).is_none());
        assert!(indexable_chain(&parse(&[("spread", Some("attribute:a")), ("spread", Some("attribute:b"))])).is_none());
    }
}
