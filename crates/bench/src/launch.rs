//! Task launch latency, Ferry beside plain Docker in the same run: a Ferry launch is a signed
//! RunTask followed by DescribeTasks every few milliseconds until the task is RUNNING (timed from
//! sending RunTask to reading RUNNING); a Docker launch is `docker create IMAGE COMMAND` and
//! `docker start ID` run as processes, what a user would type instead. Launches alternate between
//! the two, each round starting with the other one, so both share the host's noise; after every
//! launch the container is stopped and removed (untimed), so every launch starts from the same
//! engine state.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use tokio::time::Instant;

use crate::docker_cli::{DockerCli, EngineTimes};
use crate::ecs_client::EcsClient;
use crate::startup::median;
use crate::task_status::{self, TaskView};

/// How often a stopping task is described: the stop is not timed, so this only has to be quick.
const STOP_POLL_INTERVAL: Duration = Duration::from_millis(20);
/// ECS labels every container of a task with the task's ARN; Ferry's agent does the same.
const TASK_ARN_LABEL: &str = "com.amazonaws.ecs.task-arn";

#[derive(Debug, Clone)]
pub struct LaunchPlan {
    pub cluster: String,
    /// The task definition Ferry launches (family, family:revision or ARN); it must run `image`
    /// with `command` in its one container, exactly what the Docker baseline runs.
    pub task_definition: String,
    pub launches: usize,
    /// Rounds of one launch each before the measured ones, not counted.
    pub warmup_rounds: usize,
    pub image: String,
    pub command: Vec<String>,
    pub docker: DockerCli,
    /// How often DescribeTasks asks whether the launched task is RUNNING.
    pub poll_interval: Duration,
    /// A launch or stop that takes longer than this is broken, not slow.
    pub launch_deadline: Duration,
    /// A pause after each launch's clean-up, so the next one starts on a quiet engine and agent.
    pub settle: Duration,
}

/// One timed Ferry launch. The parts come from the task's own timestamps, which the control
/// plane sets with its clock (milliseconds) on this same machine.
#[derive(Debug, Clone)]
pub struct FerryLaunch {
    /// Sending RunTask to reading lastStatus RUNNING: the figure compared with Docker.
    pub total_millis: f64,
    /// Sending RunTask to reading its answer.
    pub run_task_answer_millis: f64,
    /// Sending RunTask to the task's `createdAt`.
    pub sent_to_accepted_millis: Option<f64>,
    /// `createdAt` to `startedAt`: the agent learning of the task, creating and starting its
    /// container, and its RUNNING report reaching the control plane.
    pub accepted_to_reported_running_millis: Option<f64>,
    /// The same span cut by the engine's own timestamps of the container (`docker inspect`):
    /// `createdAt` to the engine's `Created` (the agent learning of the task, checking the image,
    /// asking for the container)…
    pub accepted_to_engine_created_millis: Option<f64>,
    /// …the engine's `Created` to its `State.StartedAt` (the start request and runc)…
    pub engine_created_to_engine_started_millis: Option<f64>,
    /// …and `State.StartedAt` to `startedAt` (the start answer, the agent's inspect and its
    /// RUNNING report).
    pub engine_started_to_reported_running_millis: Option<f64>,
    /// `startedAt` to the DescribeTasks answer that said RUNNING.
    pub reported_running_to_seen_millis: Option<f64>,
    pub describe_polls: usize,
    /// StopTask to STOPPED, not part of the launch.
    pub stop_millis: f64,
}

/// One timed Docker launch.
#[derive(Debug, Clone)]
pub struct DockerLaunch {
    pub total_millis: f64,
    pub create_millis: f64,
    pub start_millis: f64,
    /// Running `docker create` to the engine's `Created` (the client starting, the version
    /// negotiation, the create request).
    pub sent_to_engine_created_millis: Option<f64>,
    /// The engine's `Created` to its `State.StartedAt` (the create answer, `docker start` starting,
    /// the start request and runc).
    pub engine_created_to_engine_started_millis: Option<f64>,
    /// `State.StartedAt` to `docker start` having exited.
    pub engine_started_to_returned_millis: Option<f64>,
}

#[derive(Debug, Clone, Default)]
pub struct LaunchReport {
    pub ferry: Vec<FerryLaunch>,
    pub docker: Vec<DockerLaunch>,
}

/// Minimum, median, 90th percentile (nearest rank) and maximum of a sample.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub min: f64,
    pub median: f64,
    pub p90: f64,
    pub max: f64,
}

impl Spread {
    pub fn of(values: &[f64]) -> Spread {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        if sorted.is_empty() {
            return Spread { min: f64::NAN, median: f64::NAN, p90: f64::NAN, max: f64::NAN };
        }
        let rank = ((sorted.len() as f64) * 0.9).ceil() as usize;
        Spread { min: sorted[0], median: median(&sorted), p90: sorted[rank.clamp(1, sorted.len()) - 1], max: sorted[sorted.len() - 1] }
    }
}

/// Runs the warm-up rounds and the measured launches, alternating Ferry and Docker.
pub async fn measure_launches(client: &mut EcsClient, plan: &LaunchPlan) -> anyhow::Result<LaunchReport> {
    check_task_definition(client, plan).await?;
    let mut report = LaunchReport::default();
    let rounds = plan.warmup_rounds + plan.launches;
    for round in 0..rounds {
        let measured = round >= plan.warmup_rounds;
        let ferry_first = round % 2 == 0;
        let mut ferry = None;
        let mut docker = None;
        for ferry_turn in [ferry_first, !ferry_first] {
            if ferry_turn {
                ferry = Some(launch_with_ferry(client, plan).await.with_context(|| format!("Ferry launch of round {}", round + 1))?);
            } else {
                docker = Some(launch_with_docker(plan).await.with_context(|| format!("Docker launch of round {}", round + 1))?);
            }
            tokio::time::sleep(plan.settle).await;
        }
        let (Some(ferry), Some(docker)) = (ferry, docker) else { unreachable!("every round launches with both") };
        let label = if measured {
            format!("launch {}/{}", round + 1 - plan.warmup_rounds, plan.launches)
        } else {
            format!("warm-up {}/{}", round + 1, plan.warmup_rounds)
        };
        eprintln!(
            "{label}: Ferry {:.1} ms (RunTask answered in {:.1} ms, {} polls), Docker {:.1} ms (create {:.1} + start {:.1})",
            ferry.total_millis,
            ferry.run_task_answer_millis,
            ferry.describe_polls,
            docker.total_millis,
            docker.create_millis,
            docker.start_millis
        );
        if measured {
            report.ferry.push(ferry);
            report.docker.push(docker);
        }
    }
    Ok(report)
}

/// The task definition must run what the Docker baseline runs, or the comparison is meaningless.
async fn check_task_definition(client: &mut EcsClient, plan: &LaunchPlan) -> anyhow::Result<()> {
    let answer = client.call("DescribeTaskDefinition", &serde_json::json!({ "taskDefinition": plan.task_definition })).await?;
    let containers = answer["taskDefinition"]["containerDefinitions"]
        .as_array()
        .with_context(|| format!("DescribeTaskDefinition answered without containerDefinitions: {answer}"))?;
    let [container] = containers.as_slice() else {
        bail!(
            "the task definition {} must have exactly one container, like the Docker baseline; it has {}",
            plan.task_definition,
            containers.len()
        );
    };
    let image = container["image"].as_str().unwrap_or_default();
    let command: Vec<&str> =
        container["command"].as_array().map(|words| words.iter().filter_map(|word| word.as_str()).collect()).unwrap_or_default();
    if image != plan.image || command != plan.command {
        bail!(
            "the task definition {} runs {image} {command:?}, the Docker baseline {} {:?}: they must be the same",
            plan.task_definition,
            plan.image,
            plan.command
        );
    }
    Ok(())
}

async fn launch_with_ferry(client: &mut EcsClient, plan: &LaunchPlan) -> anyhow::Result<FerryLaunch> {
    let run_task = task_status::prepare_run_task(client, &plan.cluster, &plan.task_definition, 1)?;
    let sent_wall = SystemTime::now();
    let sent = Instant::now();
    let answer = client.send(&run_task).await?;
    let run_task_answer_millis = millis(sent.elapsed());
    let started = task_status::tasks_of_answer(&answer)?;
    let [task] = started.as_slice() else { bail!("RunTask started {} tasks instead of one: {answer}", started.len()) };
    let task_arn = task.task_arn.clone();

    let describe = task_status::prepare_describe_tasks(client, &plan.cluster, std::slice::from_ref(&task_arn))?;
    let running = task_status::wait_for_status(client, &describe, "RUNNING", plan.poll_interval, sent + plan.launch_deadline).await;
    let total_millis = millis(sent.elapsed());
    let seen_wall = SystemTime::now();
    let running = match running {
        Ok(running) => running,
        Err(error) => {
            // Do not leave it behind for the next launch to trip over.
            let _ = task_status::stop_task(client, &plan.cluster, &task_arn).await;
            return Err(error);
        }
    };
    let view: Option<&TaskView> = running.tasks.first();
    let sent_epoch_millis = epoch_millis(sent_wall);
    let seen_epoch_millis = epoch_millis(seen_wall);
    let created = view.and_then(|view| view.created_at_epoch_millis);
    let reported_running = view.and_then(|view| view.started_at_epoch_millis);

    let stop_sent = Instant::now();
    task_status::stop_task(client, &plan.cluster, &task_arn).await?;
    task_status::wait_for_status(client, &describe, "STOPPED", STOP_POLL_INTERVAL, stop_sent + plan.launch_deadline).await?;
    let stop_millis = millis(stop_sent.elapsed());
    // The agent keeps a stopped task's containers for a while (like ECS); removing them now
    // leaves the engine as the Docker launches leave it.
    let leftovers = plan.docker.containers_labelled(&format!("{TASK_ARN_LABEL}={task_arn}")).await?;
    let engine = match leftovers.first() {
        Some(id) => plan.docker.engine_times(id).await?,
        None => EngineTimes { created_epoch_millis: None, started_epoch_millis: None },
    };
    plan.docker.remove(&leftovers).await?;

    Ok(FerryLaunch {
        total_millis,
        run_task_answer_millis,
        sent_to_accepted_millis: created.map(|created| created - sent_epoch_millis),
        accepted_to_reported_running_millis: created.zip(reported_running).map(|(created, running)| running - created),
        reported_running_to_seen_millis: reported_running.map(|running| seen_epoch_millis - running),
        accepted_to_engine_created_millis: difference(created, engine.created_epoch_millis),
        engine_created_to_engine_started_millis: difference(engine.created_epoch_millis, engine.started_epoch_millis),
        engine_started_to_reported_running_millis: difference(engine.started_epoch_millis, reported_running),
        describe_polls: running.polls,
        stop_millis,
    })
}

async fn launch_with_docker(plan: &LaunchPlan) -> anyhow::Result<DockerLaunch> {
    let sent_epoch_millis = epoch_millis(SystemTime::now());
    let started = Instant::now();
    let id = plan.docker.create(&plan.image, &plan.command).await?;
    let create_millis = millis(started.elapsed());
    let started_result = plan.docker.start(&id).await;
    let total_millis = millis(started.elapsed());
    let returned_epoch_millis = epoch_millis(SystemTime::now());
    let engine = plan.docker.engine_times(&id).await;
    let removed = plan.docker.remove(std::slice::from_ref(&id)).await;
    started_result?;
    removed?;
    let engine = engine?;
    Ok(DockerLaunch {
        total_millis,
        create_millis,
        start_millis: total_millis - create_millis,
        sent_to_engine_created_millis: difference(Some(sent_epoch_millis), engine.created_epoch_millis),
        engine_created_to_engine_started_millis: difference(engine.created_epoch_millis, engine.started_epoch_millis),
        engine_started_to_returned_millis: difference(engine.started_epoch_millis, Some(returned_epoch_millis)),
    })
}

/// `to - from`, when both are known.
fn difference(from: Option<f64>, to: Option<f64>) -> Option<f64> {
    from.zip(to).map(|(from, to)| to - from)
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn epoch_millis(time: SystemTime) -> f64 {
    time.duration_since(UNIX_EPOCH).map_or(0.0, |since| since.as_secs_f64() * 1000.0)
}

/// The report as one JSON object: spreads, the median ratio, Ferry's parts and every sample.
pub fn summary_json(plan: &LaunchPlan, report: &LaunchReport) -> serde_json::Value {
    let ferry_totals: Vec<f64> = report.ferry.iter().map(|launch| launch.total_millis).collect();
    let docker_totals: Vec<f64> = report.docker.iter().map(|launch| launch.total_millis).collect();
    let ferry = Spread::of(&ferry_totals);
    let docker = Spread::of(&docker_totals);
    let part = |values: Vec<f64>| spread_json(Spread::of(&values));
    let optional_part = |values: Vec<Option<f64>>| part(values.into_iter().flatten().collect());
    serde_json::json!({
        "benchmark": "launch",
        "launches": report.ferry.len(),
        "warmup_rounds": plan.warmup_rounds,
        "image": plan.image,
        "command": plan.command,
        "poll_interval_ms": millis(plan.poll_interval),
        "ferry_ms": spread_json(ferry),
        "docker_ms": spread_json(docker),
        "median_ratio": round_to(ferry.median / docker.median, 3),
        "ferry_parts_ms": {
            "run_task_answer": part(report.ferry.iter().map(|launch| launch.run_task_answer_millis).collect()),
            "sent_to_accepted": optional_part(report.ferry.iter().map(|launch| launch.sent_to_accepted_millis).collect()),
            "accepted_to_reported_running": optional_part(report.ferry.iter().map(|launch| launch.accepted_to_reported_running_millis).collect()),
            "accepted_to_engine_created": optional_part(report.ferry.iter().map(|launch| launch.accepted_to_engine_created_millis).collect()),
            "engine_created_to_engine_started": optional_part(report.ferry.iter().map(|launch| launch.engine_created_to_engine_started_millis).collect()),
            "engine_started_to_reported_running": optional_part(report.ferry.iter().map(|launch| launch.engine_started_to_reported_running_millis).collect()),
            "reported_running_to_seen": optional_part(report.ferry.iter().map(|launch| launch.reported_running_to_seen_millis).collect()),
            "stop_untimed": part(report.ferry.iter().map(|launch| launch.stop_millis).collect()),
        },
        "ferry_describe_polls_median": median(&report.ferry.iter().map(|launch| launch.describe_polls as f64).collect::<Vec<_>>()),
        "docker_parts_ms": {
            "create": part(report.docker.iter().map(|launch| launch.create_millis).collect()),
            "start": part(report.docker.iter().map(|launch| launch.start_millis).collect()),
            "sent_to_engine_created": optional_part(report.docker.iter().map(|launch| launch.sent_to_engine_created_millis).collect()),
            "engine_created_to_engine_started": optional_part(report.docker.iter().map(|launch| launch.engine_created_to_engine_started_millis).collect()),
            "engine_started_to_returned": optional_part(report.docker.iter().map(|launch| launch.engine_started_to_returned_millis).collect()),
        },
        "ferry_samples_ms": ferry_totals.iter().map(|value| round_to(*value, 2)).collect::<Vec<_>>(),
        "docker_samples_ms": docker_totals.iter().map(|value| round_to(*value, 2)).collect::<Vec<_>>(),
    })
}

/// The report as markdown tables, for people.
pub fn summary_table(report: &LaunchReport) -> String {
    let spread_of = |values: Vec<f64>| Spread::of(&values);
    let ferry = spread_of(report.ferry.iter().map(|launch| launch.total_millis).collect());
    let docker = spread_of(report.docker.iter().map(|launch| launch.total_millis).collect());
    let row = |name: &str, spread: Spread| {
        format!("| {name} | {:.1} | {:.1} | {:.1} | {:.1} |\n", spread.min, spread.median, spread.p90, spread.max)
    };
    let mut table = String::new();
    table.push_str(&format!("{} launches each, interleaved (ms):\n\n", report.ferry.len()));
    table.push_str("| launch | min | median | p90 | max |\n|---|---:|---:|---:|---:|\n");
    table.push_str(&row("Ferry: RunTask → RUNNING seen in DescribeTasks", ferry));
    table.push_str(&row("Docker: `docker create` + `docker start`", docker));
    table.push_str(&format!("\nmedian ratio Ferry / Docker: **{:.3}**\n\n", ferry.median / docker.median));
    table.push_str("Where the time goes (ms), cut by the task's timestamps and the engine's (`docker inspect`):\n\n");
    table.push_str("| part | min | median | p90 | max |\n|---|---:|---:|---:|---:|\n");
    let ferry_part = |part: fn(&FerryLaunch) -> Option<f64>| Spread::of(&report.ferry.iter().filter_map(part).collect::<Vec<_>>());
    let docker_part = |part: fn(&DockerLaunch) -> Option<f64>| Spread::of(&report.docker.iter().filter_map(part).collect::<Vec<_>>());
    table.push_str(&row("Ferry: RunTask sent → answered", ferry_part(|launch| Some(launch.run_task_answer_millis))));
    table.push_str(&row(
        "Ferry: task createdAt → engine Created (agent learns of the task, checks the image, creates)",
        ferry_part(|launch| launch.accepted_to_engine_created_millis),
    ));
    table.push_str(&row(
        "Ferry: engine Created → engine StartedAt (start, runc)",
        ferry_part(|launch| launch.engine_created_to_engine_started_millis),
    ));
    table.push_str(&row(
        "Ferry: engine StartedAt → task startedAt (start answered, inspect, RUNNING report)",
        ferry_part(|launch| launch.engine_started_to_reported_running_millis),
    ));
    table.push_str(&row(
        "Ferry: task startedAt → RUNNING seen (DescribeTasks polling)",
        ferry_part(|launch| launch.reported_running_to_seen_millis),
    ));
    table.push_str(&row("Docker: `docker create` exec → engine Created", docker_part(|launch| launch.sent_to_engine_created_millis)));
    table.push_str(&row(
        "Docker: engine Created → engine StartedAt (create exits, `docker start` exec, start, runc)",
        docker_part(|launch| launch.engine_created_to_engine_started_millis),
    ));
    table
        .push_str(&row("Docker: engine StartedAt → `docker start` exited", docker_part(|launch| launch.engine_started_to_returned_millis)));
    table.push_str(&row("Docker: `docker create` (whole)", docker_part(|launch| Some(launch.create_millis))));
    table.push_str(&row("Docker: `docker start` (whole)", docker_part(|launch| Some(launch.start_millis))));
    table
}

fn spread_json(spread: Spread) -> serde_json::Value {
    serde_json::json!({
        "min": round_to(spread.min, 2),
        "median": round_to(spread.median, 2),
        "p90": round_to(spread.p90, 2),
        "max": round_to(spread.max, 2),
    })
}

fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_takes_the_nearest_rank_percentile() {
        let values: Vec<f64> = (1..=30).rev().map(f64::from).collect();
        let spread = Spread::of(&values);
        assert_eq!(spread, Spread { min: 1.0, median: 15.5, p90: 27.0, max: 30.0 });
        let single = Spread::of(&[4.0]);
        assert_eq!(single, Spread { min: 4.0, median: 4.0, p90: 4.0, max: 4.0 });
        assert!(Spread::of(&[]).median.is_nan());
    }

    #[test]
    fn summary_reports_the_median_ratio_and_every_sample() {
        let plan = LaunchPlan {
            cluster: "bench".to_owned(),
            task_definition: "bench-launch".to_owned(),
            launches: 2,
            warmup_rounds: 0,
            image: "ferry-test/busybox:latest".to_owned(),
            command: vec!["sleep".to_owned(), "1000".to_owned()],
            docker: DockerCli { program: "docker".into() },
            poll_interval: Duration::from_millis(2),
            launch_deadline: Duration::from_secs(60),
            settle: Duration::ZERO,
        };
        let ferry = |total_millis| FerryLaunch {
            total_millis,
            run_task_answer_millis: 1.0,
            sent_to_accepted_millis: Some(0.5),
            accepted_to_reported_running_millis: None,
            reported_running_to_seen_millis: Some(1.0),
            accepted_to_engine_created_millis: Some(20.0),
            engine_created_to_engine_started_millis: Some(80.0),
            engine_started_to_reported_running_millis: Some(5.0),
            describe_polls: 3,
            stop_millis: 100.0,
        };
        let docker = |total_millis| DockerLaunch {
            total_millis,
            create_millis: total_millis / 2.0,
            start_millis: total_millis / 2.0,
            sent_to_engine_created_millis: None,
            engine_created_to_engine_started_millis: None,
            engine_started_to_returned_millis: None,
        };
        let report = LaunchReport { ferry: vec![ferry(110.0), ferry(130.0)], docker: vec![docker(100.0), docker(100.0)] };
        let summary = summary_json(&plan, &report);
        assert_eq!(summary["median_ratio"], 1.2);
        assert_eq!(summary["ferry_ms"]["median"], 120.0);
        assert_eq!(summary["ferry_samples_ms"], serde_json::json!([110.0, 130.0]));
        assert!(summary["ferry_parts_ms"]["accepted_to_reported_running"]["median"].is_null(), "no values: NaN, written as null");
        assert!(summary_table(&report).contains("median ratio Ferry / Docker: **1.200**"));
    }
}
