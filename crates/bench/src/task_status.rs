//! The ECS task calls the task benchmarks share: RunTask, StopTask, and reading a task's state
//! out of DescribeTasks, plus waiting (by polling DescribeTasks) until tasks reach a status.

use std::time::Duration;

use anyhow::{Context, bail};
use tokio::time::{Instant, MissedTickBehavior};

use crate::ecs_client::{EcsClient, PreparedCall};

/// ECS starts at most this many tasks per RunTask call.
pub const MAX_TASKS_PER_RUN_TASK: usize = 10;
/// ECS describes at most this many tasks per DescribeTasks call.
pub const MAX_TASKS_PER_DESCRIBE: usize = 100;

/// What the benchmarks read of one task in a DescribeTasks answer.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskView {
    pub task_arn: String,
    pub last_status: String,
    pub stopped_reason: Option<String>,
    /// When the control plane accepted the task (its clock), in milliseconds since the epoch.
    pub created_at_epoch_millis: Option<f64>,
    /// When the control plane learnt the task was running (its clock), milliseconds since the epoch.
    pub started_at_epoch_millis: Option<f64>,
}

/// Reads the tasks of a DescribeTasks (or RunTask) answer; a `failures` entry is an error.
pub fn tasks_of_answer(answer: &serde_json::Value) -> anyhow::Result<Vec<TaskView>> {
    if let Some(failure) = answer["failures"].as_array().and_then(|failures| failures.first()) {
        bail!("the answer lists a failure: {failure}");
    }
    let tasks = answer["tasks"].as_array().with_context(|| format!("the answer has no tasks: {answer}"))?;
    tasks
        .iter()
        .map(|task| {
            let task_arn = task["taskArn"].as_str().with_context(|| format!("a task without taskArn: {task}"))?;
            // AWS JSON timestamps are seconds since the epoch, with a fraction.
            let epoch_millis = |field: &str| task[field].as_f64().map(|seconds| seconds * 1000.0);
            Ok(TaskView {
                task_arn: task_arn.to_owned(),
                last_status: task["lastStatus"].as_str().unwrap_or("PROVISIONING").to_owned(),
                stopped_reason: task["stoppedReason"].as_str().map(str::to_owned),
                created_at_epoch_millis: epoch_millis("createdAt"),
                started_at_epoch_millis: epoch_millis("startedAt"),
            })
        })
        .collect()
}

/// Starts `count` (1 to 10) tasks of `task_definition` in `cluster`; returns them as RunTask
/// answered.
pub async fn run_tasks(client: &mut EcsClient, cluster: &str, task_definition: &str, count: usize) -> anyhow::Result<Vec<TaskView>> {
    let call = prepare_run_task(client, cluster, task_definition, count)?;
    let answer = client.send(&call).await?;
    let tasks = tasks_of_answer(&answer)?;
    if tasks.len() != count {
        bail!("RunTask started {} tasks of the {count} asked for: {answer}", tasks.len());
    }
    Ok(tasks)
}

/// A signed RunTask of `count` tasks, to be sent when the caller starts its clock.
pub fn prepare_run_task(client: &EcsClient, cluster: &str, task_definition: &str, count: usize) -> anyhow::Result<PreparedCall> {
    anyhow::ensure!((1..=MAX_TASKS_PER_RUN_TASK).contains(&count), "RunTask starts 1 to {MAX_TASKS_PER_RUN_TASK} tasks");
    let body = serde_json::json!({
        "cluster": cluster,
        "taskDefinition": task_definition,
        "count": count,
        "launchType": "EC2",
        "startedBy": "ferry-bench",
    });
    client.prepare("RunTask", &body)
}

/// A signed DescribeTasks of `task_arns` (at most 100).
pub fn prepare_describe_tasks(client: &EcsClient, cluster: &str, task_arns: &[String]) -> anyhow::Result<PreparedCall> {
    anyhow::ensure!(task_arns.len() <= MAX_TASKS_PER_DESCRIBE, "DescribeTasks describes at most {MAX_TASKS_PER_DESCRIBE} tasks");
    client.prepare("DescribeTasks", &serde_json::json!({ "cluster": cluster, "tasks": task_arns }))
}

pub async fn stop_task(client: &mut EcsClient, cluster: &str, task_arn: &str) -> anyhow::Result<()> {
    let body = serde_json::json!({ "cluster": cluster, "task": task_arn, "reason": "ferry-bench: measured" });
    client.call("StopTask", &body).await?;
    Ok(())
}

/// The ARNs of every task of `cluster` whose desired status is RUNNING.
pub async fn list_running_tasks(client: &mut EcsClient, cluster: &str) -> anyhow::Result<Vec<String>> {
    let mut task_arns = Vec::new();
    let mut next_token: Option<String> = None;
    loop {
        let mut body = serde_json::json!({ "cluster": cluster, "desiredStatus": "RUNNING", "maxResults": 100 });
        if let Some(token) = &next_token {
            body["nextToken"] = serde_json::Value::from(token.as_str());
        }
        let answer = client.call("ListTasks", &body).await?;
        let page = answer["taskArns"].as_array().with_context(|| format!("ListTasks answered without taskArns: {answer}"))?;
        task_arns.extend(page.iter().filter_map(|arn| arn.as_str().map(str::to_owned)));
        match answer["nextToken"].as_str() {
            Some(token) if !token.is_empty() => next_token = Some(token.to_owned()),
            _ => return Ok(task_arns),
        }
    }
}

/// How a wait for a status ended.
#[derive(Debug, Clone)]
pub struct Reached {
    /// The tasks as last described, every one of them in the wanted status.
    pub tasks: Vec<TaskView>,
    /// How many DescribeTasks calls it took.
    pub polls: usize,
}

/// Describes `task_arns` (at most 100) every `interval` until every one is `wanted` (RUNNING or
/// STOPPED). A task that stops while RUNNING is wanted, or `deadline` passing, is an error.
pub async fn wait_for_status(
    client: &mut EcsClient,
    describe: &PreparedCall,
    wanted: &str,
    interval: Duration,
    deadline: Instant,
) -> anyhow::Result<Reached> {
    let mut ticks = tokio::time::interval(interval);
    // A slow answer delays the next poll instead of causing a burst to catch up.
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut polls = 0;
    loop {
        ticks.tick().await;
        let tasks = tasks_of_answer(&client.send(describe).await?)?;
        polls += 1;
        if wanted != "STOPPED"
            && let Some(stopped) = tasks.iter().find(|task| task.last_status == "STOPPED")
        {
            bail!(
                "task {} stopped before it was {wanted}: {}",
                stopped.task_arn,
                stopped.stopped_reason.as_deref().unwrap_or("no reason given")
            );
        }
        if !tasks.is_empty() && tasks.iter().all(|task| task.last_status == wanted) {
            return Ok(Reached { tasks, polls });
        }
        if Instant::now() >= deadline {
            let statuses: Vec<String> = tasks.iter().map(|task| format!("{} {}", task.task_arn, task.last_status)).collect();
            bail!("the tasks were not all {wanted} in time: {}", statuses.join(", "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_status_and_timestamps_of_described_tasks() {
        let answer = serde_json::json!({
            "tasks": [{
                "taskArn": "arn:aws:ecs:us-east-1:000000000000:task/bench/abc",
                "lastStatus": "RUNNING",
                "createdAt": 1_700_000_000.125,
                "startedAt": 1_700_000_000.5,
            }],
            "failures": [],
        });
        let tasks = tasks_of_answer(&answer).unwrap();
        assert_eq!(tasks.len(), 1);
        assert_eq!(tasks[0].last_status, "RUNNING");
        assert_eq!(tasks[0].created_at_epoch_millis, Some(1_700_000_000_125.0));
        assert_eq!(tasks[0].started_at_epoch_millis, Some(1_700_000_000_500.0));
        assert_eq!(tasks[0].stopped_reason, None);
    }

    #[test]
    fn a_listed_failure_is_an_error() {
        let answer = serde_json::json!({ "tasks": [], "failures": [{ "arn": "x", "reason": "MISSING" }] });
        let error = tasks_of_answer(&answer).unwrap_err().to_string();
        assert!(error.contains("MISSING"), "{error}");
    }
}
