//! Steady-state load for memory readings: `hold` starts N tasks and waits until all of them are
//! RUNNING, then leaves them running so a script can read the agent's and the server's resident
//! memory; `stop-tasks` stops every running task of the cluster afterwards and waits until they
//! are all STOPPED.

use std::time::Duration;

use tokio::time::Instant;

use crate::ecs_client::EcsClient;
use crate::task_status::{self, MAX_TASKS_PER_DESCRIBE, MAX_TASKS_PER_RUN_TASK};

/// How often the held tasks are described while they start or stop.
const POLL_INTERVAL: Duration = Duration::from_millis(20);

#[derive(Debug, Clone)]
pub struct HoldPlan {
    pub cluster: String,
    pub task_definition: String,
    pub tasks: usize,
    /// Starting (or stopping) all of them taking longer than this is a failure.
    pub deadline: Duration,
}

#[derive(Debug, Clone)]
pub struct HoldReport {
    pub task_arns: Vec<String>,
    /// From the first RunTask to every task RUNNING.
    pub all_running_millis: f64,
}

/// Starts `plan.tasks` tasks (RunTask takes 10 at a time) and waits until all are RUNNING.
pub async fn hold(client: &mut EcsClient, plan: &HoldPlan) -> anyhow::Result<HoldReport> {
    let started = Instant::now();
    let mut task_arns = Vec::with_capacity(plan.tasks);
    while task_arns.len() < plan.tasks {
        let count = (plan.tasks - task_arns.len()).min(MAX_TASKS_PER_RUN_TASK);
        let tasks = task_status::run_tasks(client, &plan.cluster, &plan.task_definition, count).await?;
        task_arns.extend(tasks.into_iter().map(|task| task.task_arn));
    }
    wait_all(client, &plan.cluster, &task_arns, "RUNNING", started + plan.deadline).await?;
    Ok(HoldReport { task_arns, all_running_millis: started.elapsed().as_secs_f64() * 1000.0 })
}

/// Stops every task of `cluster` whose desired status is RUNNING and waits until all are
/// STOPPED; returns how many there were.
pub async fn stop_all(client: &mut EcsClient, cluster: &str, deadline: Duration) -> anyhow::Result<usize> {
    let started = Instant::now();
    let task_arns = task_status::list_running_tasks(client, cluster).await?;
    for task_arn in &task_arns {
        task_status::stop_task(client, cluster, task_arn).await?;
    }
    wait_all(client, cluster, &task_arns, "STOPPED", started + deadline).await?;
    Ok(task_arns.len())
}

async fn wait_all(client: &mut EcsClient, cluster: &str, task_arns: &[String], wanted: &str, deadline: Instant) -> anyhow::Result<()> {
    for batch in task_arns.chunks(MAX_TASKS_PER_DESCRIBE) {
        let describe = task_status::prepare_describe_tasks(client, cluster, batch)?;
        task_status::wait_for_status(client, &describe, wanted, POLL_INTERVAL, deadline).await?;
    }
    Ok(())
}
