//! The agent's level-triggered decisions: given what the control plane wants (the complete list
//! of tasks assigned to this instance), what the agent itself is doing, and — right after a
//! (re)listing — which tasks have containers on the engine, what to do next. Pure: the same
//! inputs always give the same actions, and nothing here touches the engine or the network.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use tokio::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Desired {
    Running,
    Stopped,
}

impl Desired {
    /// ECS's `desiredStatus`; anything but `STOPPED` (i.e. `RUNNING`, or `PENDING` from an older
    /// control plane) means run.
    pub fn from_status(status: Option<&str>) -> Desired {
        if status == Some("STOPPED") { Desired::Stopped } else { Desired::Running }
    }
}

/// What the agent knows of a task it has dealt with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalTask {
    /// A runner drives it.
    Active,
    /// Reported `STOPPED`; its containers wait for cleanup, and the record itself keeps the task
    /// from being started again while the control plane still lists it.
    Finished { stopped_at: Instant, cleaned: bool },
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    /// Start a runner for an assigned task this agent has no trace of. A task already desired
    /// `STOPPED` gets one too: it reports the task stopped without running anything.
    Start { task_arn: String, desired: Desired },
    /// Start a runner that takes over the task's existing containers (agent restart).
    Adopt { task_arn: String, desired: Desired },
    /// Tell a running task's runner to stop it.
    Stop { task_arn: String },
    /// A task this agent runs that the control plane no longer assigns to it: stop it.
    StopUnassigned { task_arn: String },
    /// Containers of a task that is neither assigned nor known: stop and report them.
    StopOrphan { task_arn: String },
    /// Remove the containers of a task stopped longer than the cleanup wait.
    CleanUp { task_arn: String },
    /// Drop the record of a cleaned-up task the control plane no longer lists.
    Forget { task_arn: String },
}

pub struct Inputs<'a> {
    /// The assigned tasks, from the latest `PollTasks` answer.
    pub desired: &'a BTreeMap<String, Desired>,
    pub local: &'a BTreeMap<String, LocalTask>,
    /// Task ARNs with containers on the engine, when a fresh listing is at hand.
    pub engine_tasks: Option<&'a BTreeSet<String>>,
    pub now: Instant,
    pub cleanup_wait: Duration,
}

pub fn decide(inputs: &Inputs<'_>) -> Vec<Action> {
    let mut actions = Vec::new();
    for (task_arn, desired) in inputs.desired {
        match inputs.local.get(task_arn) {
            Some(LocalTask::Active) if *desired == Desired::Stopped => actions.push(Action::Stop { task_arn: task_arn.clone() }),
            Some(_) => {}
            None => {
                let on_engine = inputs.engine_tasks.is_some_and(|tasks| tasks.contains(task_arn));
                let task_arn = task_arn.clone();
                let desired = *desired;
                actions.push(if on_engine { Action::Adopt { task_arn, desired } } else { Action::Start { task_arn, desired } });
            }
        }
    }
    for (task_arn, local) in inputs.local {
        let assigned = inputs.desired.contains_key(task_arn);
        match *local {
            LocalTask::Active if !assigned => actions.push(Action::StopUnassigned { task_arn: task_arn.clone() }),
            LocalTask::Active => {}
            LocalTask::Finished { stopped_at, cleaned: false } if inputs.now >= stopped_at + inputs.cleanup_wait => {
                actions.push(Action::CleanUp { task_arn: task_arn.clone() })
            }
            LocalTask::Finished { cleaned: true, .. } if !assigned => actions.push(Action::Forget { task_arn: task_arn.clone() }),
            LocalTask::Finished { .. } => {}
        }
    }
    for task_arn in inputs.engine_tasks.into_iter().flatten() {
        if !inputs.desired.contains_key(task_arn) && !inputs.local.contains_key(task_arn) {
            actions.push(Action::StopOrphan { task_arn: task_arn.clone() });
        }
    }
    actions
}

/// When the next cleanup falls due, so the agent can sleep until then instead of polling.
pub fn next_cleanup(local: &BTreeMap<String, LocalTask>, cleanup_wait: Duration) -> Option<Instant> {
    local
        .values()
        .filter_map(|task| match task {
            LocalTask::Finished { stopped_at, cleaned: false } => Some(*stopped_at + cleanup_wait),
            _ => None,
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WAIT: Duration = Duration::from_secs(600);

    fn check(desired: &[(&str, Desired)], local: &[(&str, LocalTask)], engine: Option<&[&str]>, now: Instant, mut expected: Vec<Action>) {
        let desired: BTreeMap<String, Desired> = desired.iter().map(|(arn, desired)| (arn.to_string(), *desired)).collect();
        let local: BTreeMap<String, LocalTask> = local.iter().map(|(arn, task)| (arn.to_string(), *task)).collect();
        let engine: Option<BTreeSet<String>> = engine.map(|arns| arns.iter().map(|arn| arn.to_string()).collect());
        let mut actions = decide(&Inputs { desired: &desired, local: &local, engine_tasks: engine.as_ref(), now, cleanup_wait: WAIT });
        actions.sort();
        expected.sort();
        assert_eq!(actions, expected);
    }

    fn arn(name: &str) -> String {
        name.to_string()
    }

    #[test]
    fn new_tasks_start_and_known_running_tasks_are_left_alone() {
        let now = Instant::now();
        check(
            &[("a", Desired::Running), ("b", Desired::Running)],
            &[("a", LocalTask::Active)],
            None,
            now,
            vec![Action::Start { task_arn: arn("b"), desired: Desired::Running }],
        );
    }

    #[test]
    fn desired_stopped_stops_a_running_task_and_reports_an_unknown_one() {
        let now = Instant::now();
        check(
            &[("a", Desired::Stopped), ("b", Desired::Stopped)],
            &[("a", LocalTask::Active)],
            None,
            now,
            vec![Action::Stop { task_arn: arn("a") }, Action::Start { task_arn: arn("b"), desired: Desired::Stopped }],
        );
    }

    #[test]
    fn after_a_restart_tasks_with_containers_are_adopted_and_the_rest_started() {
        let now = Instant::now();
        check(
            &[("a", Desired::Running), ("b", Desired::Running), ("c", Desired::Stopped)],
            &[],
            Some(&["a", "c", "orphan"]),
            now,
            vec![
                Action::Adopt { task_arn: arn("a"), desired: Desired::Running },
                Action::Start { task_arn: arn("b"), desired: Desired::Running },
                Action::Adopt { task_arn: arn("c"), desired: Desired::Stopped },
                Action::StopOrphan { task_arn: arn("orphan") },
            ],
        );
    }

    #[test]
    fn finished_tasks_are_never_restarted_and_are_cleaned_after_the_wait() {
        let stopped_at = Instant::now();
        let finished = LocalTask::Finished { stopped_at, cleaned: false };
        // Still listed (the STOPPED report is on its way): nothing, not even a restart.
        check(&[("a", Desired::Running)], &[("a", finished)], Some(&["a"]), stopped_at, vec![]);
        check(&[], &[("a", finished)], Some(&["a"]), stopped_at + WAIT, vec![Action::CleanUp { task_arn: arn("a") }]);
        let cleaned = LocalTask::Finished { stopped_at, cleaned: true };
        check(&[("a", Desired::Running)], &[("a", cleaned)], None, stopped_at + WAIT, vec![]);
        check(&[], &[("a", cleaned)], None, stopped_at + WAIT, vec![Action::Forget { task_arn: arn("a") }]);
    }

    #[test]
    fn tasks_no_longer_assigned_are_stopped() {
        let now = Instant::now();
        check(&[], &[("a", LocalTask::Active)], Some(&["a"]), now, vec![Action::StopUnassigned { task_arn: arn("a") }]);
    }

    #[test]
    fn next_cleanup_is_the_earliest_uncleaned_stop() {
        let start = Instant::now();
        let local = BTreeMap::from([
            (arn("a"), LocalTask::Finished { stopped_at: start + Duration::from_secs(5), cleaned: false }),
            (arn("b"), LocalTask::Finished { stopped_at: start, cleaned: true }),
            (arn("c"), LocalTask::Finished { stopped_at: start + Duration::from_secs(1), cleaned: false }),
            (arn("d"), LocalTask::Active),
        ]);
        assert_eq!(next_cleanup(&local, WAIT), Some(start + Duration::from_secs(1) + WAIT));
        assert_eq!(next_cleanup(&BTreeMap::new(), WAIT), None);
    }

    #[test]
    fn desired_status_reads_ecs_spellings() {
        assert_eq!(Desired::from_status(Some("STOPPED")), Desired::Stopped);
        assert_eq!(Desired::from_status(Some("RUNNING")), Desired::Running);
        assert_eq!(Desired::from_status(None), Desired::Running);
    }
}
