//! `ferry-loadgen`: the load generator of Ferry's API benchmark (`scripts/bench-api`). It measures
//! the throughput and latency of one signed ECS call against any endpoint (Ferry or moto_server),
//! seeds targets with identical state (`seed`), and times Ferry's start-up (`startup`). For the
//! launch benchmark (`scripts/bench-launch`) it times task launches beside `docker create` +
//! `docker start` (`launch`), and starts and stops a steady set of tasks (`hold`, `stop-tasks`).

mod connection;
mod cpu;
mod docker_cli;
mod ecs_client;
mod hold;
mod launch;
mod measure;
mod seed;
mod signing;
mod startup;
mod task_status;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::docker_cli::DockerCli;
use crate::ecs_client::EcsClient;
use crate::hold::HoldPlan;
use crate::launch::LaunchPlan;
use crate::measure::MeasurePlan;
use crate::seed::SeedPlan;
use crate::signing::{Endpoint, SignedCall, SigningKey};
use crate::startup::StartupPlan;

/// More errors than this share of the requests fail the run: a benchmark of error answers
/// measures the wrong thing.
const TOLERATED_ERROR_SHARE: f64 = 0.001;

#[derive(Debug, Parser)]
#[command(
    name = "ferry-loadgen",
    about = "Measures signed ECS calls: throughput and latency percentiles at a fixed number of keep-alive connections.",
    args_conflicts_with_subcommands = true
)]
struct CommandLine {
    #[command(subcommand)]
    action: Option<Action>,
    #[command(flatten)]
    measure: Option<MeasureArguments>,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Create clusters and register a task definition, identically on every target.
    Seed(SeedArguments),
    /// Time `ferry server` from exec to its first 200 on /healthz.
    Startup(StartupArguments),
    /// Time task launches, RunTask to RUNNING, interleaved with `docker create` + `docker start`
    /// of the same image and command.
    Launch(LaunchArguments),
    /// Start N tasks, wait until all are RUNNING, and leave them running.
    Hold(HoldArguments),
    /// Stop every running task of a cluster and wait until all are STOPPED.
    StopTasks(StopTasksArguments),
}

/// Where to send calls and how to sign them.
#[derive(Debug, Args)]
struct TargetArguments {
    /// The target's endpoint, e.g. http://127.0.0.1:4600.
    #[arg(long)]
    endpoint: String,
    #[arg(long)]
    access_key_id: String,
    #[arg(long)]
    secret_access_key: String,
    #[arg(long, default_value = "us-east-1")]
    region: String,
}

impl TargetArguments {
    fn signing_key(&self) -> SigningKey {
        SigningKey {
            access_key_id: self.access_key_id.clone(),
            secret_access_key: self.secret_access_key.clone(),
            region: self.region.clone(),
        }
    }
}

/// The target's fields are repeated here rather than flattened from `TargetArguments`: clap
/// cannot tell whether an optional flattened group was given when it nests another flatten.
#[derive(Debug, Args)]
struct MeasureArguments {
    /// The target's endpoint, e.g. http://127.0.0.1:4600.
    #[arg(long)]
    endpoint: String,
    #[arg(long)]
    access_key_id: String,
    #[arg(long)]
    secret_access_key: String,
    #[arg(long, default_value = "us-east-1")]
    region: String,
    /// A name for the target in the report (ferry, moto, …).
    #[arg(long, default_value = "target")]
    label: String,
    /// The ECS operation to call, e.g. DescribeTaskDefinition or ListClusters.
    #[arg(long)]
    operation: String,
    /// The JSON request body.
    #[arg(long, default_value = "{}")]
    body: String,
    /// Concurrent keep-alive connections, one closed-loop worker each.
    #[arg(long, default_value_t = 1)]
    connections: usize,
    /// Seconds measured.
    #[arg(long, default_value_t = 10.0)]
    duration: f64,
    /// Seconds of load before the measurement, not counted.
    #[arg(long, default_value_t = 2.0)]
    warmup: f64,
    /// Threads of the load generator. One keeps it off the server's other core as much as it
    /// can; the server it measures shares this machine's CPU.
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// The server's process id (on this machine), to report the CPU it spends per request.
    #[arg(long)]
    server_pid: Option<u32>,
}

#[derive(Debug, Args)]
struct SeedArguments {
    #[command(flatten)]
    target: TargetArguments,
    /// How many clusters to create.
    #[arg(long, default_value_t = 20)]
    clusters: usize,
    /// Cluster names are this prefix and a three-digit number.
    #[arg(long, default_value = "bench-")]
    cluster_prefix: String,
    /// A file holding the RegisterTaskDefinition request body.
    #[arg(long)]
    task_definition: PathBuf,
}

#[derive(Debug, Args)]
struct StartupArguments {
    /// The `ferry` binary to start.
    #[arg(long)]
    ferry_binary: PathBuf,
    /// How many fresh starts and restarts to time.
    #[arg(long, default_value_t = 10)]
    runs: usize,
    /// Where to make the runs' data directories.
    #[arg(long)]
    work_dir: PathBuf,
    #[arg(long)]
    access_key_id: String,
    #[arg(long)]
    secret_access_key: String,
}

#[derive(Debug, Args)]
struct LaunchArguments {
    #[command(flatten)]
    target: TargetArguments,
    /// The cluster whose agent runs the tasks.
    #[arg(long)]
    cluster: String,
    /// The task definition to launch; its one container must run --image with --command.
    #[arg(long)]
    task_definition: String,
    /// Measured launches of each kind.
    #[arg(long, default_value_t = 30)]
    launches: usize,
    /// Rounds of one launch of each kind before the measured ones, not counted.
    #[arg(long, default_value_t = 3)]
    warmup_rounds: usize,
    /// The image the Docker baseline runs (the task definition's image).
    #[arg(long)]
    image: String,
    /// The command the Docker baseline runs, split at spaces (the task definition's command).
    #[arg(long)]
    command: String,
    /// The Docker command-line client.
    #[arg(long, default_value = "docker")]
    docker_cli: PathBuf,
    /// Milliseconds between DescribeTasks calls while a task starts.
    #[arg(long, default_value_t = 2.0)]
    poll_interval_ms: f64,
    /// Seconds a launch or a stop may take before the run fails.
    #[arg(long, default_value_t = 60.0)]
    launch_deadline: f64,
    /// Milliseconds to pause after each launch's clean-up, not counted.
    #[arg(long, default_value_t = 200.0)]
    settle_ms: f64,
}

#[derive(Debug, Args)]
struct HoldArguments {
    #[command(flatten)]
    target: TargetArguments,
    #[arg(long)]
    cluster: String,
    #[arg(long)]
    task_definition: String,
    /// How many tasks to start and hold.
    #[arg(long, default_value_t = 20)]
    tasks: usize,
    /// Seconds all of them may take to be RUNNING.
    #[arg(long, default_value_t = 120.0)]
    deadline: f64,
}

#[derive(Debug, Args)]
struct StopTasksArguments {
    #[command(flatten)]
    target: TargetArguments,
    #[arg(long)]
    cluster: String,
    /// Seconds all of them may take to be STOPPED.
    #[arg(long, default_value_t = 120.0)]
    deadline: f64,
}

fn main() -> ExitCode {
    let command_line = CommandLine::parse();
    let outcome = match (command_line.action, command_line.measure) {
        (Some(Action::Seed(arguments)), _) => run_seed(&arguments),
        (Some(Action::Startup(arguments)), _) => run_startup(&arguments),
        (Some(Action::Launch(arguments)), _) => run_launch(&arguments),
        (Some(Action::Hold(arguments)), _) => run_hold(&arguments),
        (Some(Action::StopTasks(arguments)), _) => run_stop_tasks(&arguments),
        (None, Some(arguments)) => run_measure(&arguments),
        (None, None) => Err(anyhow::anyhow!("nothing to do: give the measurement options or a subcommand (see --help)")),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("ferry-loadgen: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn runtime(threads: usize) -> anyhow::Result<tokio::runtime::Runtime> {
    // A single-threaded runtime wakes no other thread per request, the cheapest way to drive
    // many connections when the CPU is what is being measured.
    let runtime = if threads <= 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()?
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(threads).enable_all().build()?
    };
    Ok(runtime)
}

fn run_measure(arguments: &MeasureArguments) -> anyhow::Result<ExitCode> {
    let endpoint = Endpoint::parse(&arguments.endpoint)?;
    serde_json::from_str::<serde_json::Value>(&arguments.body).context("--body must be JSON")?;
    anyhow::ensure!(arguments.connections > 0, "--connections must be at least 1");
    anyhow::ensure!(arguments.duration > 0.0 && arguments.warmup >= 0.0, "--duration must be positive, --warmup not negative");
    let call = SignedCall::sign(
        &endpoint,
        &SigningKey {
            access_key_id: arguments.access_key_id.clone(),
            secret_access_key: arguments.secret_access_key.clone(),
            region: arguments.region.clone(),
        },
        &arguments.operation,
        arguments.body.clone(),
        SystemTime::now(),
    )?;
    let plan = MeasurePlan {
        connections: arguments.connections,
        warmup: Duration::from_secs_f64(arguments.warmup),
        duration: Duration::from_secs_f64(arguments.duration),
        server_pid: arguments.server_pid,
    };
    let report = runtime(arguments.threads)?.block_on(measure::measure(&endpoint, call, &plan))?;
    let line = serde_json::json!({
        "target": arguments.label,
        "operation": arguments.operation,
        "connections": arguments.connections,
        "duration_s": arguments.duration,
        "requests": report.requests,
        "errors": report.errors,
        "reconnects": report.reconnects,
        "throughput_per_s": round_to(report.throughput_per_second, 1),
        "p50_ms": micros_to_millis(report.p50_micros),
        "p99_ms": micros_to_millis(report.p99_micros),
        "max_ms": micros_to_millis(report.max_micros),
        "sent_including_warmup": report.sent_including_warmup,
        "answer_bytes": report.answer_bytes,
        "threads": arguments.threads,
        "loadgen_cpu_cores": round_to(report.loadgen_cpu_seconds / arguments.duration, 2),
        "server_cpu_cores": report.server_cpu_seconds.map(|seconds| round_to(seconds / arguments.duration, 2)),
        "server_cpu_us_per_request": report
            .server_cpu_seconds
            .filter(|_| report.requests > 0)
            .map(|seconds| round_to(seconds * 1e6 / report.requests as f64, 1)),
    });
    println!("{line}");

    let error_share = if report.requests == 0 { 1.0 } else { report.errors as f64 / report.requests as f64 };
    if report.requests == 0 || error_share > TOLERATED_ERROR_SHARE {
        eprintln!(
            "ferry-loadgen: {} of {} {} calls to {} failed (more than {}%); one of them: {}",
            report.errors,
            report.requests,
            arguments.operation,
            arguments.label,
            TOLERATED_ERROR_SHARE * 100.0,
            report.example_error.as_deref().unwrap_or("(no request completed)")
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn run_seed(arguments: &SeedArguments) -> anyhow::Result<ExitCode> {
    let endpoint = Endpoint::parse(&arguments.target.endpoint)?;
    let task_definition_text =
        std::fs::read_to_string(&arguments.task_definition).with_context(|| format!("reading {}", arguments.task_definition.display()))?;
    let plan = SeedPlan {
        clusters: arguments.clusters,
        cluster_prefix: arguments.cluster_prefix.clone(),
        task_definition: serde_json::from_str(&task_definition_text)
            .with_context(|| format!("{} is not JSON", arguments.task_definition.display()))?,
    };
    let task_definition_arn = runtime(1)?.block_on(seed::seed(&endpoint, &arguments.target.signing_key(), &plan))?;
    println!("{}", serde_json::json!({ "clusters": plan.clusters, "task_definition_arn": task_definition_arn }));
    Ok(ExitCode::SUCCESS)
}

fn run_startup(arguments: &StartupArguments) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(arguments.runs > 0, "--runs must be at least 1");
    let plan = StartupPlan {
        ferry_binary: arguments.ferry_binary.clone(),
        runs: arguments.runs,
        work_dir: arguments.work_dir.clone(),
        access_key_id: arguments.access_key_id.clone(),
        secret_access_key: arguments.secret_access_key.clone(),
    };
    let report = startup::measure_startup(&plan)?;
    let rounded = |values: &[f64]| values.iter().map(|value| round_to(*value, 2)).collect::<Vec<_>>();
    println!(
        "{}",
        serde_json::json!({
            "runs": plan.runs,
            "fresh_median_ms": round_to(startup::median(&report.fresh_millis), 2),
            "restart_median_ms": round_to(startup::median(&report.restart_millis), 2),
            "fresh_ms": rounded(&report.fresh_millis),
            "restart_ms": rounded(&report.restart_millis),
        })
    );
    Ok(ExitCode::SUCCESS)
}

fn ecs_client(target: &TargetArguments) -> anyhow::Result<EcsClient> {
    Ok(EcsClient::new(Endpoint::parse(&target.endpoint)?, target.signing_key()))
}

fn run_launch(arguments: &LaunchArguments) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(arguments.launches > 0, "--launches must be at least 1");
    anyhow::ensure!(arguments.poll_interval_ms > 0.0, "--poll-interval-ms must be positive");
    anyhow::ensure!(
        arguments.launch_deadline > 0.0 && arguments.settle_ms >= 0.0,
        "--launch-deadline must be positive, --settle-ms not negative"
    );
    let command: Vec<String> = arguments.command.split_whitespace().map(str::to_owned).collect();
    anyhow::ensure!(!command.is_empty(), "--command must not be empty");
    let plan = LaunchPlan {
        cluster: arguments.cluster.clone(),
        task_definition: arguments.task_definition.clone(),
        launches: arguments.launches,
        warmup_rounds: arguments.warmup_rounds,
        image: arguments.image.clone(),
        command,
        docker: DockerCli { program: arguments.docker_cli.clone() },
        poll_interval: Duration::from_secs_f64(arguments.poll_interval_ms / 1000.0),
        launch_deadline: Duration::from_secs_f64(arguments.launch_deadline),
        settle: Duration::from_secs_f64(arguments.settle_ms / 1000.0),
    };
    let mut client = ecs_client(&arguments.target)?;
    let report = runtime(1)?.block_on(launch::measure_launches(&mut client, &plan))?;
    // The table for people, then the summary for scripts as the last line.
    println!("{}", launch::summary_table(&report));
    println!("{}", launch::summary_json(&plan, &report));
    Ok(ExitCode::SUCCESS)
}

fn run_hold(arguments: &HoldArguments) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(arguments.tasks > 0, "--tasks must be at least 1");
    let plan = HoldPlan {
        cluster: arguments.cluster.clone(),
        task_definition: arguments.task_definition.clone(),
        tasks: arguments.tasks,
        deadline: Duration::from_secs_f64(arguments.deadline),
    };
    let mut client = ecs_client(&arguments.target)?;
    let report = runtime(1)?.block_on(hold::hold(&mut client, &plan))?;
    println!(
        "{}",
        serde_json::json!({
            "tasks": report.task_arns.len(),
            "all_running_ms": round_to(report.all_running_millis, 1),
            "task_arns": report.task_arns,
        })
    );
    Ok(ExitCode::SUCCESS)
}

fn run_stop_tasks(arguments: &StopTasksArguments) -> anyhow::Result<ExitCode> {
    let mut client = ecs_client(&arguments.target)?;
    let started = std::time::Instant::now();
    let stopped = runtime(1)?.block_on(hold::stop_all(&mut client, &arguments.cluster, Duration::from_secs_f64(arguments.deadline)))?;
    println!("{}", serde_json::json!({ "stopped": stopped, "all_stopped_ms": round_to(started.elapsed().as_secs_f64() * 1000.0, 1) }));
    Ok(ExitCode::SUCCESS)
}

fn micros_to_millis(micros: u64) -> f64 {
    round_to(micros as f64 / 1000.0, 3)
}

fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}
