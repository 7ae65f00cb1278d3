//! Container ordering within a task (`dependsOn`): which containers may start now, which never
//! will, and in which order to stop them (dependents before what they depend on). Pure.

use ferry_ecs::generated::ContainerCondition;
use ferry_engine::HealthState;

use crate::container_spec::Dependency;

/// Where a container is in its life, as far as ordering cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Not created yet.
    Pending,
    /// Created on the engine, not started.
    Created,
    Running,
    /// Exited, or given up on before it ran (`started` tells which).
    Stopped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub phase: Phase,
    /// It ran at some point (so an exit code means something).
    pub started: bool,
    pub exit_code: Option<i64>,
    pub health: Option<HealthState>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    /// Every dependency's condition holds: start it.
    Ready,
    /// Some condition may still come to hold.
    Waiting,
    /// A condition can no longer hold; the text says which and why.
    Never(String),
}

/// Whether the container with `depends_on` may start, given every container's progress.
pub fn readiness(depends_on: &[Dependency], progress: &[Progress], names: &[&str]) -> Readiness {
    let mut waiting = false;
    for dependency in depends_on {
        let other = progress[dependency.container];
        let name = names[dependency.container];
        let never = |why: String| {
            Readiness::Never(format!("dependency {name} ({} condition) cannot be met: {why}", condition_name(dependency.condition)))
        };
        let holds = match dependency.condition {
            ContainerCondition::Start => other.started,
            ContainerCondition::Complete => other.phase == Phase::Stopped && other.started,
            ContainerCondition::Success => match (other.phase, other.exit_code) {
                (Phase::Stopped, Some(0)) if other.started => true,
                (Phase::Stopped, Some(code)) if other.started => return never(format!("it exited with code {code}")),
                _ => false,
            },
            ContainerCondition::Healthy => other.phase == Phase::Running && other.health == Some(HealthState::Healthy),
        };
        if holds {
            continue;
        }
        if other.phase == Phase::Stopped {
            return never(if other.started { "it has exited".into() } else { "it never started".into() });
        }
        if dependency.condition == ContainerCondition::Healthy && other.phase == Phase::Running && other.health.is_none() {
            return never("it has no health check".into());
        }
        waiting = true;
    }
    if waiting { Readiness::Waiting } else { Readiness::Ready }
}

fn condition_name(condition: ContainerCondition) -> &'static str {
    match condition {
        ContainerCondition::Start => "START",
        ContainerCondition::Complete => "COMPLETE",
        ContainerCondition::Success => "SUCCESS",
        ContainerCondition::Healthy => "HEALTHY",
    }
}

/// The containers to stop next, all at once: those among `to_stop` that no other container still
/// to be stopped depends on. Stopping layer after layer stops dependents before dependencies, as
/// ECS does; anything caught in a cycle is stopped in the last layer.
pub fn next_stop_layer(dependencies: &[Vec<Dependency>], to_stop: &[bool]) -> Vec<usize> {
    let layer: Vec<usize> = (0..to_stop.len())
        .filter(|index| to_stop[*index])
        .filter(|index| {
            !dependencies.iter().enumerate().any(|(dependent, list)| {
                to_stop[dependent] && dependent != *index && list.iter().any(|dependency| dependency.container == *index)
            })
        })
        .collect();
    if layer.is_empty() { (0..to_stop.len()).filter(|index| to_stop[*index]).collect() } else { layer }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(phase: Phase, exit_code: Option<i64>, health: Option<HealthState>) -> Progress {
        let started = matches!(phase, Phase::Running) || (phase == Phase::Stopped && exit_code.is_some());
        Progress { phase, started, exit_code, health }
    }

    fn on(container: usize, condition: ContainerCondition) -> Vec<Dependency> {
        vec![Dependency { container, condition }]
    }

    const NAMES: [&str; 2] = ["dependency", "dependent"];

    #[test]
    fn no_dependencies_means_ready() {
        assert_eq!(readiness(&[], &[progress(Phase::Pending, None, None)], &NAMES[..1]), Readiness::Ready);
    }

    #[test]
    fn start_needs_the_dependency_started() {
        let dependency = on(0, ContainerCondition::Start);
        let pending = progress(Phase::Pending, None, None);
        assert_eq!(readiness(&dependency, &[pending, pending], &NAMES), Readiness::Waiting);
        assert_eq!(readiness(&dependency, &[progress(Phase::Running, None, None), pending], &NAMES), Readiness::Ready);
        // Started and already done counts too.
        assert_eq!(readiness(&dependency, &[progress(Phase::Stopped, Some(1), None), pending], &NAMES), Readiness::Ready);
        let never_ran = Progress { phase: Phase::Stopped, started: false, exit_code: None, health: None };
        assert!(matches!(readiness(&dependency, &[never_ran, pending], &NAMES), Readiness::Never(_)));
    }

    #[test]
    fn complete_and_success_need_the_dependency_exited() {
        let pending = progress(Phase::Pending, None, None);
        let running = progress(Phase::Running, None, None);
        let failed = progress(Phase::Stopped, Some(3), None);
        let succeeded = progress(Phase::Stopped, Some(0), None);
        let complete = on(0, ContainerCondition::Complete);
        assert_eq!(readiness(&complete, &[running, pending], &NAMES), Readiness::Waiting);
        assert_eq!(readiness(&complete, &[failed, pending], &NAMES), Readiness::Ready);
        let success = on(0, ContainerCondition::Success);
        assert_eq!(readiness(&success, &[running, pending], &NAMES), Readiness::Waiting);
        assert_eq!(readiness(&success, &[succeeded, pending], &NAMES), Readiness::Ready);
        assert_eq!(
            readiness(&success, &[failed, pending], &NAMES),
            Readiness::Never("dependency dependency (SUCCESS condition) cannot be met: it exited with code 3".into())
        );
    }

    #[test]
    fn healthy_needs_a_passing_health_check() {
        let pending = progress(Phase::Pending, None, None);
        let healthy = on(0, ContainerCondition::Healthy);
        assert_eq!(
            readiness(&healthy, &[progress(Phase::Running, None, Some(HealthState::Starting)), pending], &NAMES),
            Readiness::Waiting
        );
        assert_eq!(
            readiness(&healthy, &[progress(Phase::Running, None, Some(HealthState::Unhealthy)), pending], &NAMES),
            Readiness::Waiting
        );
        assert_eq!(readiness(&healthy, &[progress(Phase::Running, None, Some(HealthState::Healthy)), pending], &NAMES), Readiness::Ready);
        assert!(matches!(readiness(&healthy, &[progress(Phase::Running, None, None), pending], &NAMES), Readiness::Never(_)));
        assert!(matches!(readiness(&healthy, &[progress(Phase::Stopped, Some(0), None), pending], &NAMES), Readiness::Never(_)));
    }

    #[test]
    fn stop_layers_go_from_dependents_to_dependencies() {
        // 2 depends on 1, 1 depends on 0; 3 is independent.
        let dependencies = vec![vec![], on(0, ContainerCondition::Start), on(1, ContainerCondition::Healthy), vec![]];
        let mut to_stop = vec![true; 4];
        let mut order = Vec::new();
        loop {
            let layer = next_stop_layer(&dependencies, &to_stop);
            if layer.is_empty() {
                break;
            }
            for index in &layer {
                to_stop[*index] = false;
            }
            order.push(layer);
        }
        assert_eq!(order, vec![vec![2, 3], vec![1], vec![0]]);
        // A dependent already stopped does not hold back its dependency.
        assert_eq!(next_stop_layer(&dependencies, &[true, false, false, false]), vec![0]);
    }
}
