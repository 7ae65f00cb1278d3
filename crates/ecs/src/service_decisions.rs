//! The service controller's decisions, as a pure function: one service's configuration, its
//! deployments and its tasks in, what to stop, what to start and what to say out.
//!
//! The controller is level-triggered: every pass looks at the whole current state and decides
//! afresh, so a pass that was interrupted halfway (a crash, a lost compare-and-swap) is simply
//! followed by one that sees what did happen. Nothing here reads a clock or the store: `now`
//! and the state come in, and the same input always gives the same decision, which is what lets
//! the tests drive time by hand.
//!
//! The rules, in ECS's terms:
//! - a task counts as healthy when RUNNING and its health check passes, or, when it has none,
//!   once it has been RUNNING for the health-check grace period;
//! - RUNNING tasks reported UNHEALTHY, tasks whose instance is gone and tasks whose agent has
//!   been disconnected past the grace period are stopped and replaced;
//! - the primary deployment is brought to the desired count without ever having more than
//!   `maximumPercent` of it live, and tasks of older deployments and of DRAINING instances are
//!   stopped only while `minimumHealthyPercent` of it stays healthy;
//! - the circuit breaker fails a deployment whose tasks keep failing (ECS's threshold: half the
//!   desired count, at least 3, at most 200) and, with rollback, makes the last completed
//!   deployment primary again — adopting its tasks, so nothing healthy is replaced;
//! - after two quick failures in a row, launches back off exponentially (1 s, 2 s, 4 s… up to
//!   `ControllerSettings::crash_loop_max_delay`) instead of spinning.

use std::time::{Duration, SystemTime};

/// Tunables of the controller that are not part of a service's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ControllerSettings {
    /// A task whose agent has been disconnected this long is given up and replaced elsewhere.
    pub lost_instance_grace: Duration,
    /// Upper bound of the crash-loop back-off.
    pub crash_loop_max_delay: Duration,
    /// A task that stops within this time of starting counts as a quick failure for back-off.
    pub quick_failure_window: Duration,
}

impl Default for ControllerSettings {
    fn default() -> Self {
        ControllerSettings {
            lost_instance_grace: Duration::from_secs(120),
            crash_loop_max_delay: Duration::from_secs(300),
            quick_failure_window: Duration::from_secs(30),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheduling {
    Replica,
    Daemon,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rollout {
    InProgress,
    Completed,
    Failed,
}

/// One deployment as the controller keeps it. The first of a service's list is the primary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeploymentState {
    pub id: String,
    pub task_definition: String,
    pub rollout: Rollout,
    pub rollout_reason: Option<String>,
    /// Deployments whose tasks count as this one's: a rollback deployment adopts the tasks of
    /// the completed deployment it returns to.
    pub adopts: Vec<String>,
}

impl DeploymentState {
    fn owns(&self, deployment_id: &str) -> bool {
        self.id == deployment_id || self.adopts.iter().any(|adopted| adopted == deployment_id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceState {
    pub name: String,
    pub scheduling: Scheduling,
    /// DeleteService was called: every task is stopped, then the service becomes INACTIVE.
    pub deleting: bool,
    /// For DAEMON services the caller passes the number of eligible instances.
    pub desired_count: u32,
    pub minimum_healthy_percent: u32,
    pub maximum_percent: u32,
    /// `Some(rollback)` when the deployment circuit breaker is enabled.
    pub circuit_breaker: Option<bool>,
    pub health_check_grace: Duration,
    /// Primary first. Never empty for a service that has been created.
    pub deployments: Vec<DeploymentState>,
    /// The last deployment that completed: `(id, task definition)`, where a rollback returns.
    pub last_completed: Option<(String, String)>,
    /// Whether the previous pass found the service steady (so the event is said once).
    pub was_steady: bool,
}

/// Where a task's instance stands, as the caller sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstanceStanding {
    Usable,
    /// The instance is DRAINING: its service tasks move elsewhere.
    Draining,
    /// Its agent has been disconnected past `lost_instance_grace`.
    Lost,
    /// Deregistered, or otherwise no longer able to run anything.
    Gone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskPhase {
    /// Placed, not yet RUNNING (PROVISIONING, PENDING, ACTIVATING).
    Pending,
    Running,
    /// Asked to stop or stopped.
    Stopping,
    Stopped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskHealth {
    Healthy,
    Unhealthy,
    Unknown,
}

/// Why a stopped task stopped, as far as the controller cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopCause {
    /// A user or the service itself asked (StopTask, scale-in, replacement).
    Requested,
    /// The service stopped it because its container health check failed.
    FailedHealthCheck,
    /// It stopped by itself: an essential container exited, or it never started.
    Exited,
}

/// One task of the service (its group is `service:NAME`), live or recently stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceTask {
    pub id: String,
    /// The deployment that started it (the task's `startedBy`).
    pub deployment_id: String,
    pub instance_id: String,
    pub standing: InstanceStanding,
    pub phase: TaskPhase,
    pub health: TaskHealth,
    pub has_health_check: bool,
    pub started_at: Option<SystemTime>,
    pub stopped_at: Option<SystemTime>,
    pub stop_cause: Option<StopCause>,
}

impl ServiceTask {
    fn is_live(&self) -> bool {
        matches!(self.phase, TaskPhase::Pending | TaskPhase::Running)
    }

    fn is_healthy(&self, grace: Duration, now: SystemTime) -> bool {
        if self.phase != TaskPhase::Running {
            return false;
        }
        if self.has_health_check {
            return self.health == TaskHealth::Healthy;
        }
        self.started_at.is_some_and(|started| now.duration_since(started).unwrap_or_default() >= grace)
    }

    /// A failure in the circuit breaker's sense: it never reached RUNNING, or failed its health check.
    fn failed(&self) -> bool {
        match self.stop_cause {
            Some(StopCause::FailedHealthCheck) => true,
            Some(StopCause::Exited) => self.started_at.is_none(),
            _ => false,
        }
    }

    /// A failure for the crash-loop back-off: it stopped by itself soon after starting (or
    /// never started), or failed its health check.
    fn failed_quickly(&self, window: Duration) -> bool {
        match (self.stop_cause, self.started_at, self.stopped_at) {
            (Some(StopCause::FailedHealthCheck), _, _) => true,
            (Some(StopCause::Exited), None, _) => true,
            (Some(StopCause::Exited), Some(started), Some(stopped)) => stopped.duration_since(started).unwrap_or_default() < window,
            _ => false,
        }
    }
}

/// An instance a DAEMON service should run on (it meets the service's constraints and is ACTIVE
/// with its agent connected).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaemonInstance {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StopOrder {
    pub task_id: String,
    pub reason: String,
}

/// What to start: for REPLICA services a number of tasks to place; for DAEMON services one task
/// on each of these instances.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StartOrder {
    pub deployment_id: String,
    pub task_definition: String,
    pub count: u32,
    pub on_instances: Vec<String>,
}

/// A deployment as DescribeServices shows it after this pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeploymentReport {
    pub state: DeploymentState,
    pub primary: bool,
    pub desired: u32,
    pub running: u32,
    pub pending: u32,
    pub failed: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decision {
    pub stop: Vec<StopOrder>,
    pub start: Option<StartOrder>,
    /// Launches are held back until then (crash-loop back-off).
    pub start_blocked_until: Option<SystemTime>,
    /// The deployments to keep, primary first; finished older ones are dropped.
    pub deployments: Vec<DeploymentReport>,
    pub last_completed: Option<(String, String)>,
    pub steady: bool,
    pub running: u32,
    pub pending: u32,
    /// Messages without the `(service NAME) ` prefix the caller adds.
    pub events: Vec<String>,
    /// A deleted service has no task left: it becomes INACTIVE.
    pub finished_deleting: bool,
}

/// `percent` % of `count`, rounded down (ECS rounds the maximum down).
fn percent_of(count: u32, percent: u32) -> u32 {
    (u64::from(count) * u64::from(percent) / 100).min(u64::from(u32::MAX)) as u32
}

/// `percent` % of `count`, rounded up (ECS rounds the healthy minimum up).
fn percent_of_rounded_up(count: u32, percent: u32) -> u32 {
    (u64::from(count) * u64::from(percent)).div_ceil(100).min(u64::from(u32::MAX)) as u32
}

/// ECS's circuit-breaker threshold for a desired count.
pub fn circuit_breaker_threshold(desired_count: u32) -> u32 {
    desired_count.div_ceil(2).clamp(3, 200)
}

/// Decides one pass for one service. `fresh_deployment_id` is used only when a rollback needs a
/// new deployment.
pub fn decide(
    service: &ServiceState,
    tasks: &[ServiceTask],
    daemon_instances: &[DaemonInstance],
    settings: &ControllerSettings,
    fresh_deployment_id: &str,
    now: SystemTime,
) -> Decision {
    let mut decision = Decision { last_completed: service.last_completed.clone(), ..Decision::default() };
    let mut deployments: Vec<DeploymentState> = service.deployments.clone();
    let grace = service.health_check_grace;
    let desired = service.desired_count;

    // The circuit breaker looks at the primary's failures before anything else is decided.
    if let (Some(rollback), Some(primary)) = (service.circuit_breaker, deployments.first_mut())
        && primary.rollout == Rollout::InProgress
        && !service.deleting
    {
        let failed = tasks.iter().filter(|task| primary.owns(&task.deployment_id) && task.failed()).count() as u32;
        if failed >= circuit_breaker_threshold(desired) {
            primary.rollout = Rollout::Failed;
            primary.rollout_reason = Some("ECS deployment circuit breaker: task failed to start.".to_owned());
            decision.events.push(format!("(deployment {}) deployment failed: tasks failed to start.", primary.id));
            if rollback
                && let Some((completed_id, completed_definition)) = &service.last_completed
                && !primary.owns(completed_id)
            {
                let failed_id = primary.id.clone();
                let rollback_deployment = DeploymentState {
                    id: fresh_deployment_id.to_owned(),
                    task_definition: completed_definition.clone(),
                    rollout: Rollout::InProgress,
                    rollout_reason: Some(format!("ECS deployment circuit breaker: rolling back to deploymentId {completed_id}.")),
                    adopts: vec![completed_id.clone()],
                };
                decision.events.push(format!(
                    "(deployment {failed_id}) deployment failed; rolling back to deployment {completed_id} with (deployment {fresh_deployment_id})."
                ));
                deployments.insert(0, rollback_deployment);
            }
        }
    }

    let primary = deployments[0].clone();
    let live: Vec<&ServiceTask> = tasks.iter().filter(|task| task.is_live()).collect();
    let mut orders = StopOrders::default();

    if service.deleting {
        for task in &live {
            orders.stop(task, "Service is being deleted");
        }
    } else {
        // Tasks that cannot go on, whatever the deployment.
        for task in &live {
            let reason = match (task.standing, task.phase, task.health) {
                (InstanceStanding::Gone, _, _) => Some("Task stopped because its container instance was deregistered"),
                (InstanceStanding::Lost, _, _) => {
                    Some("Task stopped because its container instance's agent has been disconnected too long")
                }
                (_, TaskPhase::Running, TaskHealth::Unhealthy) => Some(FAILED_HEALTH_CHECK_REASON),
                _ => None,
            };
            if let Some(reason) = reason {
                orders.stop(task, reason);
            }
        }
    }
    let remaining: Vec<&ServiceTask> = live.iter().copied().filter(|task| !orders.contains(&task.id)).collect();

    let primary_may_launch = !service.deleting && !(primary.rollout == Rollout::Failed);
    let mut start =
        StartOrder { deployment_id: primary.id.clone(), task_definition: primary.task_definition.clone(), ..Default::default() };

    if !service.deleting {
        match service.scheduling {
            Scheduling::Replica => {
                let mut keep: Vec<&ServiceTask> = remaining
                    .iter()
                    .copied()
                    .filter(|task| primary.owns(&task.deployment_id) && task.standing == InstanceStanding::Usable)
                    .collect();
                let replace: Vec<&ServiceTask> =
                    remaining.iter().copied().filter(|task| !keep.iter().any(|kept| kept.id == task.id)).collect();

                // Scale in: the surplus goes, unhealthy and newest first.
                if keep.len() as u32 > desired {
                    keep.sort_by_key(|task| (task.is_healthy(grace, now), std::cmp::Reverse(task.started_at)));
                    let surplus = keep.len() - desired as usize;
                    for task in keep.drain(..surplus) {
                        orders.stop(task, "Scaling activity initiated by the service's desired count");
                    }
                }
                let live_after_stops = remaining.len() - remaining.iter().filter(|task| orders.contains(&task.id)).count();
                let maximum_live = percent_of(desired, service.maximum_percent).max(desired);
                let minimum_healthy = percent_of_rounded_up(desired, service.minimum_healthy_percent);
                if primary_may_launch {
                    let wanted = desired.saturating_sub(keep.len() as u32);
                    let room = maximum_live.saturating_sub(live_after_stops as u32);
                    start.count = wanted.min(room);
                }

                // Older deployments' tasks and tasks on draining instances go while the healthy floor holds.
                // With a failed deployment and no rollback the old tasks are what serves: they stay.
                let replacing_allowed = primary.rollout != Rollout::Failed;
                let mut healthy = remaining.iter().filter(|task| !orders.contains(&task.id) && task.is_healthy(grace, now)).count() as u32;
                let mut candidates: Vec<&ServiceTask> =
                    replace.iter().copied().filter(|task| replacing_allowed || task.standing == InstanceStanding::Draining).collect();
                candidates.sort_by_key(|task| task.is_healthy(grace, now));
                for task in candidates {
                    let reason = if task.standing == InstanceStanding::Draining {
                        "Task stopped because its container instance is DRAINING"
                    } else {
                        "Task replaced by a newer deployment"
                    };
                    if !task.is_healthy(grace, now) {
                        orders.stop(task, reason);
                    } else if healthy > minimum_healthy {
                        healthy -= 1;
                        orders.stop(task, reason);
                    }
                }
            }
            Scheduling::Daemon => {
                let minimum_healthy = percent_of_rounded_up(desired, service.minimum_healthy_percent);
                let mut healthy = remaining.iter().filter(|task| !orders.contains(&task.id) && task.is_healthy(grace, now)).count() as u32;
                // Tasks on instances the daemon no longer covers.
                for task in &remaining {
                    if !daemon_instances.iter().any(|instance| instance.id == task.instance_id) {
                        let reason = if task.standing == InstanceStanding::Draining {
                            "Task stopped because its container instance is DRAINING"
                        } else {
                            "Task stopped because its container instance no longer meets the service's requirements"
                        };
                        if task.is_healthy(grace, now) {
                            healthy = healthy.saturating_sub(1);
                        }
                        orders.stop(task, reason);
                    }
                }
                for instance in daemon_instances {
                    let on_instance: Vec<&ServiceTask> =
                        remaining.iter().copied().filter(|task| task.instance_id == instance.id && !orders.contains(&task.id)).collect();
                    let mut own: Vec<&ServiceTask> = on_instance.iter().copied().filter(|task| primary.owns(&task.deployment_id)).collect();
                    let older: Vec<&ServiceTask> = on_instance.iter().copied().filter(|task| !primary.owns(&task.deployment_id)).collect();
                    if own.len() > 1 {
                        own.sort_by_key(|task| !task.is_healthy(grace, now));
                        for task in &own[1..] {
                            orders.stop(task, "A daemon service runs one task per instance");
                        }
                    }
                    if own.is_empty() {
                        if older.is_empty() {
                            if primary_may_launch {
                                start.on_instances.push(instance.id.clone());
                            }
                        } else if primary.rollout != Rollout::Failed {
                            for task in older {
                                if !task.is_healthy(grace, now) {
                                    orders.stop(task, "Task replaced by a newer deployment");
                                } else if healthy > minimum_healthy {
                                    healthy -= 1;
                                    orders.stop(task, "Task replaced by a newer deployment");
                                }
                            }
                        }
                    } else {
                        for task in older {
                            orders.stop(task, "Task replaced by a newer deployment");
                        }
                    }
                }
            }
        }
    }

    // Crash-loop back-off: after two quick failures in a row, wait before launching again.
    if start.count > 0 || !start.on_instances.is_empty() {
        let mut stopped: Vec<&ServiceTask> =
            tasks.iter().filter(|task| task.phase == TaskPhase::Stopped && task.stopped_at.is_some()).collect();
        stopped.sort_by_key(|task| std::cmp::Reverse(task.stopped_at));
        let streak = stopped.iter().take_while(|task| task.failed_quickly(settings.quick_failure_window)).count() as u32;
        if streak >= 2 {
            let delay = Duration::from_secs(1u64 << (streak - 2).min(20)).min(settings.crash_loop_max_delay);
            let last_stop = stopped[0].stopped_at.unwrap_or(now);
            let until = last_stop + delay;
            if now < until {
                decision.start_blocked_until = Some(until);
                start.count = 0;
                start.on_instances.clear();
            }
        }
    }

    // What the deployments look like after this pass.
    let after: Vec<&ServiceTask> = remaining.iter().copied().filter(|task| !orders.contains(&task.id)).collect();
    let mut reports = Vec::new();
    for (index, deployment) in deployments.iter().enumerate() {
        let is_primary = index == 0;
        let mine = |task: &&ServiceTask| {
            if is_primary {
                deployment.owns(&task.deployment_id)
            } else {
                deployment.id == task.deployment_id && !deployments[0].owns(&task.deployment_id)
            }
        };
        let all_live = live.iter().filter(|task| mine(task)).count() as u32;
        let running = after.iter().filter(|task| mine(task) && task.phase == TaskPhase::Running).count() as u32;
        let pending = after.iter().filter(|task| mine(task) && task.phase == TaskPhase::Pending).count() as u32;
        let failed = tasks.iter().filter(|task| mine(task) && task.failed()).count() as u32;
        if !is_primary && all_live == 0 {
            // An older deployment with nothing left is over.
            continue;
        }
        reports.push(DeploymentReport {
            state: deployment.clone(),
            primary: is_primary,
            desired: if is_primary { desired } else { running + pending },
            running,
            pending,
            failed,
        });
    }

    let primary_healthy = after.iter().filter(|task| primary.owns(&task.deployment_id) && task.is_healthy(grace, now)).count() as u32;
    let others_live = after.iter().filter(|task| !primary.owns(&task.deployment_id)).count();
    let primary_report = &mut reports[0];
    if !service.deleting
        && primary_report.state.rollout == Rollout::InProgress
        && primary_healthy == desired
        && primary_report.running == desired
        && primary_report.pending == 0
        && others_live == 0
        && orders.is_empty()
    {
        primary_report.state.rollout = Rollout::Completed;
        primary_report.state.rollout_reason = Some(format!("ECS deployment {} completed.", primary_report.state.id));
        decision.events.push(format!("(deployment {}) deployment completed.", primary_report.state.id));
        decision.last_completed = Some((primary_report.state.id.clone(), primary_report.state.task_definition.clone()));
    }
    decision.running = reports.iter().map(|report| report.running).sum();
    decision.pending = reports.iter().map(|report| report.pending).sum();
    decision.steady = !service.deleting
        && reports.len() == 1
        && reports[0].state.rollout != Rollout::InProgress
        && reports[0].running == desired
        && reports[0].pending == 0
        && orders.is_empty()
        && start.count == 0
        && start.on_instances.is_empty();
    if decision.steady && !service.was_steady {
        decision.events.push("has reached a steady state.".to_owned());
    }
    if decision.start_blocked_until.is_some() {
        decision.events.push("is unable to consistently start tasks successfully; new launches back off.".to_owned());
    }
    decision.deployments = reports;
    decision.finished_deleting = service.deleting && live.is_empty();
    if start.count > 0 || !start.on_instances.is_empty() {
        decision.start = Some(start);
    }
    decision.stop = orders.orders;
    decision
}

/// The stops decided so far in a pass.
#[derive(Default)]
struct StopOrders {
    orders: Vec<StopOrder>,
}

impl StopOrders {
    fn stop(&mut self, task: &ServiceTask, reason: &str) {
        if !self.contains(&task.id) {
            self.orders.push(StopOrder { task_id: task.id.clone(), reason: reason.to_owned() });
        }
    }

    fn contains(&self, task_id: &str) -> bool {
        self.orders.iter().any(|order| order.task_id == task_id)
    }

    fn is_empty(&self) -> bool {
        self.orders.is_empty()
    }
}

/// The stop reason of tasks the service stops for a failing container health check; also how a
/// stopped task is recognised as having failed one.
pub const FAILED_HEALTH_CHECK_REASON: &str = "Task failed container health checks";

#[cfg(test)]
mod tests {
    use super::*;

    const START: u64 = 1_800_000_000;

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(START + seconds)
    }

    fn deployment(id: &str, definition: &str, rollout: Rollout) -> DeploymentState {
        DeploymentState { id: id.to_owned(), task_definition: definition.to_owned(), rollout, rollout_reason: None, adopts: Vec::new() }
    }

    fn service(desired: u32) -> ServiceState {
        ServiceState {
            name: "web".to_owned(),
            scheduling: Scheduling::Replica,
            deleting: false,
            desired_count: desired,
            minimum_healthy_percent: 100,
            maximum_percent: 200,
            circuit_breaker: None,
            health_check_grace: Duration::ZERO,
            deployments: vec![deployment("d1", "web:1", Rollout::InProgress)],
            last_completed: None,
            was_steady: false,
        }
    }

    fn running(id: &str, deployment_id: &str, instance: &str) -> ServiceTask {
        ServiceTask {
            id: id.to_owned(),
            deployment_id: deployment_id.to_owned(),
            instance_id: instance.to_owned(),
            standing: InstanceStanding::Usable,
            phase: TaskPhase::Running,
            health: TaskHealth::Unknown,
            has_health_check: false,
            started_at: Some(at(0)),
            stopped_at: None,
            stop_cause: None,
        }
    }

    fn pending(id: &str, deployment_id: &str) -> ServiceTask {
        ServiceTask { phase: TaskPhase::Pending, started_at: None, ..running(id, deployment_id, "i1") }
    }

    fn failed_to_start(id: &str, deployment_id: &str, stopped: u64) -> ServiceTask {
        ServiceTask {
            phase: TaskPhase::Stopped,
            started_at: None,
            stopped_at: Some(at(stopped)),
            stop_cause: Some(StopCause::Exited),
            ..running(id, deployment_id, "i1")
        }
    }

    fn run(service: &ServiceState, tasks: &[ServiceTask], now: u64) -> Decision {
        decide(service, tasks, &[], &ControllerSettings::default(), "d-new", at(now))
    }

    fn stopped_ids(decision: &Decision) -> Vec<&str> {
        decision.stop.iter().map(|order| order.task_id.as_str()).collect()
    }

    #[test]
    fn a_new_service_starts_its_desired_count_and_reaches_a_steady_state_once() {
        let web = service(3);
        let decision = run(&web, &[], 10);
        assert_eq!(decision.start.as_ref().map(|start| start.count), Some(3));
        assert!(!decision.steady);

        let tasks = [running("a", "d1", "i1"), running("b", "d1", "i2"), running("c", "d1", "i1")];
        let decision = run(&web, &tasks, 11);
        assert!(decision.start.is_none());
        assert_eq!(decision.deployments[0].state.rollout, Rollout::Completed);
        assert_eq!(decision.last_completed, Some(("d1".to_owned(), "web:1".to_owned())));
        assert!(decision.steady);
        assert!(decision.events.iter().any(|event| event == "has reached a steady state."), "{:?}", decision.events);

        let steady = ServiceState {
            was_steady: true,
            deployments: vec![deployment("d1", "web:1", Rollout::Completed)],
            last_completed: decision.last_completed.clone(),
            ..web
        };
        assert!(run(&steady, &tasks, 12).events.is_empty());
    }

    #[test]
    fn a_stopped_task_is_replaced_and_scale_in_stops_the_newest_unhealthy_first() {
        let web = service(2);
        let mut dead = running("b", "d1", "i2");
        dead.phase = TaskPhase::Stopped;
        dead.stopped_at = Some(at(100));
        dead.stop_cause = Some(StopCause::Exited);
        let decision = run(&web, &[running("a", "d1", "i1"), dead], 101);
        assert_eq!(decision.start.as_ref().map(|start| start.count), Some(1));

        let smaller = service(1);
        let decision = run(&smaller, &[running("a", "d1", "i1"), pending("p", "d1")], 101);
        assert_eq!(stopped_ids(&decision), ["p"]);
        assert!(decision.start.is_none());
    }

    #[test]
    fn unhealthy_gone_and_lost_tasks_are_stopped_and_replaced() {
        let web = service(3);
        let mut unhealthy = running("u", "d1", "i1");
        unhealthy.has_health_check = true;
        unhealthy.health = TaskHealth::Unhealthy;
        let mut gone = running("g", "d1", "i2");
        gone.standing = InstanceStanding::Gone;
        let mut lost = running("l", "d1", "i3");
        lost.standing = InstanceStanding::Lost;
        let decision = run(&web, &[unhealthy, gone, lost], 50);
        assert_eq!(stopped_ids(&decision), ["u", "g", "l"]);
        assert_eq!(decision.stop[0].reason, FAILED_HEALTH_CHECK_REASON);
        assert_eq!(decision.start.as_ref().map(|start| start.count), Some(3));
    }

    #[test]
    fn a_rolling_deployment_holds_the_healthy_floor_and_the_maximum() {
        // desired 4, min 50 %, max 150 %: at most 6 live, at least 2 healthy.
        let mut web = service(4);
        web.minimum_healthy_percent = 50;
        web.maximum_percent = 150;
        web.deployments = vec![deployment("d2", "web:2", Rollout::InProgress), deployment("d1", "web:1", Rollout::Completed)];
        let old: Vec<ServiceTask> = (0..4).map(|index| running(&format!("old{index}"), "d1", "i1")).collect();
        let decision = run(&web, &old, 10);
        assert_eq!(decision.start.as_ref().map(|start| start.count), Some(2), "max 6 live → 2 new");
        assert_eq!(decision.stop.len(), 2, "4 healthy, floor 2 → 2 old may go: {:?}", decision.stop);
        assert_eq!(decision.deployments.len(), 2);
        assert_eq!(decision.deployments[1].desired, 2);

        // Two old left, two new pending: the floor (2 healthy) holds, so nothing old goes yet,
        // and two more new ones fit under the maximum.
        let mut tasks: Vec<ServiceTask> = old[2..].to_vec();
        tasks.push(pending("new0", "d2"));
        tasks.push(pending("new1", "d2"));
        let decision = run(&web, &tasks, 11);
        assert!(decision.stop.is_empty(), "{:?}", decision.stop);
        assert_eq!(decision.start.as_ref().map(|start| start.count), Some(2));

        // All four new running: the old ones go, and the deployment completes once they have.
        let mut tasks: Vec<ServiceTask> = old[2..].to_vec();
        tasks.extend((0..4).map(|index| running(&format!("new{index}"), "d2", "i2")));
        let decision = run(&web, &tasks, 12);
        assert_eq!(stopped_ids(&decision), ["old2", "old3"]);
        assert_eq!(decision.deployments[0].state.rollout, Rollout::InProgress);
        let tasks: Vec<ServiceTask> = (0..4).map(|index| running(&format!("new{index}"), "d2", "i2")).collect();
        let decision = run(&web, &tasks, 13);
        assert_eq!(decision.deployments.len(), 1, "the finished old deployment is dropped");
        assert_eq!(decision.deployments[0].state.rollout, Rollout::Completed);
        assert!(decision.events.iter().any(|event| event == "(deployment d2) deployment completed."));
    }

    #[test]
    fn with_minimum_100_and_maximum_100_nothing_can_move_but_with_minimum_0_it_stops_first() {
        let mut web = service(1);
        web.maximum_percent = 100;
        web.deployments = vec![deployment("d2", "web:2", Rollout::InProgress), deployment("d1", "web:1", Rollout::Completed)];
        let decision = run(&web, &[running("old", "d1", "i1")], 10);
        assert!(decision.start.is_none() && decision.stop.is_empty());

        web.minimum_healthy_percent = 0;
        let decision = run(&web, &[running("old", "d1", "i1")], 10);
        assert_eq!(stopped_ids(&decision), ["old"]);
    }

    #[test]
    fn health_checks_and_the_grace_period_decide_when_a_task_counts_as_healthy() {
        let mut web = service(1);
        web.health_check_grace = Duration::from_secs(30);
        web.deployments = vec![deployment("d2", "web:2", Rollout::InProgress), deployment("d1", "web:1", Rollout::Completed)];
        let mut fresh = running("new", "d2", "i2");
        fresh.started_at = Some(at(100));
        let tasks = [running("old", "d1", "i1"), fresh.clone()];
        assert!(run(&web, &tasks, 110).stop.is_empty(), "the new task is in its grace period");
        assert_eq!(stopped_ids(&run(&web, &tasks, 131)), ["old"]);

        let mut checked = fresh;
        checked.has_health_check = true;
        checked.health = TaskHealth::Unknown;
        let tasks = [running("old", "d1", "i1"), checked.clone()];
        assert!(run(&web, &tasks, 500).stop.is_empty(), "a health check that has not passed yet");
        checked.health = TaskHealth::Healthy;
        assert_eq!(stopped_ids(&run(&web, &[running("old", "d1", "i1"), checked], 500)), ["old"]);
    }

    #[test]
    fn the_circuit_breaker_fails_the_deployment_and_rolls_back_adopting_the_old_tasks() {
        let mut web = service(2);
        web.circuit_breaker = Some(true);
        web.deployments = vec![deployment("d2", "web:2", Rollout::InProgress), deployment("d1", "web:1", Rollout::Completed)];
        web.last_completed = Some(("d1".to_owned(), "web:1".to_owned()));
        let mut tasks = vec![running("old0", "d1", "i1"), running("old1", "d1", "i1")];
        tasks.push(failed_to_start("f0", "d2", 10));
        tasks.push(failed_to_start("f1", "d2", 11));
        let decision = run(&web, &tasks, 12);
        assert_eq!(decision.deployments[0].state.rollout, Rollout::InProgress, "2 failures are under the threshold of 3");
        assert_eq!(decision.deployments[0].failed, 2);

        tasks.push(failed_to_start("f2", "d2", 12));
        let decision = run(&web, &tasks, 40);
        let ids: Vec<&str> = decision.deployments.iter().map(|report| report.state.id.as_str()).collect();
        assert_eq!(ids, ["d-new"], "the failed deployment has no live task left, the rollback adopts d1's");
        let primary = &decision.deployments[0];
        assert_eq!(primary.state.task_definition, "web:1");
        assert_eq!(primary.state.adopts, ["d1"]);
        assert_eq!(primary.running, 2);
        assert!(decision.stop.is_empty(), "healthy old tasks are kept, not replaced: {:?}", decision.stop);
        assert!(decision.start.is_none());
        assert!(decision.events.iter().any(|event| event.contains("rolling back")), "{:?}", decision.events);

        // Without rollback the deployment is FAILED, launches stop and the old tasks stay.
        web.circuit_breaker = Some(false);
        let decision = run(&web, &tasks, 40);
        assert_eq!(decision.deployments[0].state.rollout, Rollout::Failed);
        assert!(decision.start.is_none() && decision.stop.is_empty());
    }

    #[test]
    fn crash_loops_back_off_exponentially() {
        let web = service(1);
        let one = [failed_to_start("f0", "d1", 100)];
        assert_eq!(run(&web, &one, 100).start.as_ref().map(|start| start.count), Some(1), "one failure: no wait");
        let two = [failed_to_start("f0", "d1", 99), failed_to_start("f1", "d1", 100)];
        let decision = run(&web, &two, 100);
        assert!(decision.start.is_none());
        assert_eq!(decision.start_blocked_until, Some(at(101)));
        assert!(run(&web, &two, 101).start.is_some());
        let five: Vec<ServiceTask> = (0..5).map(|index| failed_to_start(&format!("f{index}"), "d1", 96 + index)).collect();
        assert_eq!(run(&web, &five, 100).start_blocked_until, Some(at(108)), "2^(5-2) seconds after the last");
        let many: Vec<ServiceTask> = (0..40).map(|index| failed_to_start(&format!("f{index}"), "d1", 60 + index)).collect();
        assert_eq!(run(&web, &many, 100).start_blocked_until, Some(at(99 + 300)), "capped");
    }

    #[test]
    fn draining_instances_lose_their_tasks_without_breaking_the_floor() {
        let mut web = service(2);
        web.deployments[0].rollout = Rollout::Completed;
        let mut on_draining = running("a", "d1", "i1");
        on_draining.standing = InstanceStanding::Draining;
        let tasks = [on_draining.clone(), running("b", "d1", "i2")];
        let decision = run(&web, &tasks, 10);
        assert!(decision.stop.is_empty(), "2 healthy, floor 2: the replacement comes first");
        assert_eq!(decision.start.as_ref().map(|start| start.count), Some(1));
        let tasks = [on_draining, running("b", "d1", "i2"), running("c", "d1", "i2")];
        assert_eq!(stopped_ids(&run(&web, &tasks, 11)), ["a"]);
    }

    #[test]
    fn daemons_follow_the_eligible_instances() {
        let mut daemon = service(2);
        daemon.scheduling = Scheduling::Daemon;
        daemon.minimum_healthy_percent = 0;
        daemon.maximum_percent = 100;
        let instances = [DaemonInstance { id: "i1".to_owned() }, DaemonInstance { id: "i2".to_owned() }];
        let decide_at = |tasks: &[ServiceTask]| decide(&daemon, tasks, &instances, &ControllerSettings::default(), "x", at(5));
        let decision = decide_at(&[running("a", "d1", "i1")]);
        assert_eq!(decision.start.as_ref().map(|start| start.on_instances.clone()), Some(vec!["i2".to_owned()]));
        // A task on an instance that left, and a second one on i1, go.
        let decision = decide_at(&[running("a", "d1", "i1"), running("b", "d1", "i1"), running("c", "d1", "i9")]);
        let mut stopped = stopped_ids(&decision);
        stopped.sort();
        assert_eq!(stopped, ["b", "c"]);
    }

    #[test]
    fn a_deleted_service_stops_everything_then_reports_it_is_finished() {
        let mut web = service(2);
        web.deleting = true;
        let decision = run(&web, &[running("a", "d1", "i1"), pending("b", "d1")], 5);
        assert_eq!(stopped_ids(&decision), ["a", "b"]);
        assert!(!decision.finished_deleting);
        assert!(run(&web, &[failed_to_start("a", "d1", 4)], 5).finished_deleting);
    }

    #[test]
    fn the_breaker_threshold_follows_ecs() {
        assert_eq!(circuit_breaker_threshold(1), 3);
        assert_eq!(circuit_breaker_threshold(10), 5);
        assert_eq!(circuit_breaker_threshold(1000), 200);
    }
}
