//! The `ferry` command: `ferry up` runs the whole platform in one process (the control plane and
//! a local agent), `ferry server` the control plane alone, `ferry agent` one node. A thin shell
//! over the library crates.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Instant;

use std::sync::Arc;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use ferry_agent::{AgentOptions, HttpControlPlane, ImagePullBehavior};
use ferry_api::gateway::GatewayConfig;
use ferry_api::server::ListenerConfig;
use ferry_core::PlatformIdentity;
use ferry_server::{ControlPlane, CredentialsSource, ServerOptions};

/// The port Ferry listens on when not told otherwise.
const DEFAULT_LISTEN: &str = "127.0.0.1:4600";

#[derive(Debug, Parser)]
#[command(name = "ferry", version, about = "A self-hosted container platform that speaks the AWS container APIs.")]
struct Command {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Run the whole platform in one process and print how to reach it.
    Up(CommonOptions),
    /// Run the control plane alone.
    Server(CommonOptions),
    /// Run an agent: register this machine as a container instance of a cluster and run the
    /// tasks placed on it with the machine's Docker engine (DOCKER_HOST is honoured).
    Agent(AgentCommandOptions),
}

#[derive(Debug, Args)]
struct AgentCommandOptions {
    /// The control plane's endpoint, e.g. http://127.0.0.1:4600.
    #[arg(long)]
    server: String,
    /// The cluster to join.
    #[arg(long, default_value = "default")]
    cluster: String,
    /// Directory for the agent's state (default: the Ferry data directory's `agent/`).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Region the control plane answers as (the agent signs its calls for it).
    #[arg(long, env = "FERRY_REGION", default_value = PlatformIdentity::DEFAULT_REGION)]
    region: String,
    /// A credentials file the server wrote (AWS shared-credentials format, profile `ferry`).
    /// FERRY_ACCESS_KEY_ID and FERRY_SECRET_ACCESS_KEY in the environment take precedence.
    #[arg(long)]
    credentials_file: Option<PathBuf>,
    /// CPU units to offer (default: cores × 1024).
    #[arg(long)]
    cpu_units: Option<i32>,
    /// Memory to offer in MiB (default: the machine's memory less --memory-reserve-mib).
    #[arg(long)]
    memory_mib: Option<i32>,
    /// Memory kept back for the machine and the agent, in MiB.
    #[arg(long, default_value_t = ferry_agent::options::DEFAULT_MEMORY_RESERVE_MIB)]
    memory_reserve_mib: i32,
    /// A custom attribute of this instance, `key=value` (or `key` alone); repeatable.
    #[arg(long = "attribute", value_parser = parse_attribute)]
    attributes: Vec<(String, String)>,
    /// The instance type to advertise as `ecs.instance-type`.
    #[arg(long, default_value = ferry_agent::options::DEFAULT_INSTANCE_TYPE)]
    instance_type: String,
    /// The availability zone to advertise (default: the region's first, `<region>a`).
    #[arg(long)]
    availability_zone: Option<String>,
    /// ECS_IMAGE_PULL_BEHAVIOR: default, always, once or prefer-cached.
    #[arg(long, default_value = "default")]
    image_pull_behavior: ImagePullBehavior,
    /// The host address container ports are published on. Loopback by default.
    #[arg(long, default_value = ferry_agent::options::DEFAULT_HOST_PORT_ADDRESS)]
    host_port_address: String,
    /// The subnet of this agent's awsvpc bridge network; agents sharing an engine need different ones.
    #[arg(long, default_value = ferry_agent::options::DEFAULT_AWSVPC_SUBNET)]
    awsvpc_subnet: String,
    /// The task metadata endpoint's port (0: any free port).
    #[arg(long, default_value_t = ferry_agent::options::DEFAULT_METADATA_PORT)]
    metadata_port: u16,
    /// Seconds a stopped task's containers and task-scoped volumes stay on the engine before the
    /// agent removes them (ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION).
    #[arg(long, default_value_t = ferry_agent::options::DEFAULT_TASK_CLEANUP_WAIT.as_secs())]
    task_cleanup_wait: u64,
}

fn parse_attribute(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some(("", _)) => Err(format!("attribute {text:?} has no name")),
        Some((key, value)) => Ok((key.to_owned(), value.to_owned())),
        None if text.is_empty() => Err("an attribute needs a name".to_owned()),
        None => Ok((text.to_owned(), String::new())),
    }
}

#[derive(Debug, Args)]
struct CommonOptions {
    /// Address to listen on. Loopback by default; anything else exposes the API to the network.
    #[arg(long, default_value = DEFAULT_LISTEN)]
    listen: SocketAddr,
    /// Directory for the state database and the generated credentials
    /// (default: $XDG_DATA_HOME/ferry, or ~/.local/share/ferry).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Region Ferry answers as.
    #[arg(long, env = "FERRY_REGION", default_value = PlatformIdentity::DEFAULT_REGION)]
    region: String,
    /// Account id Ferry answers as.
    #[arg(long, env = "FERRY_ACCOUNT_ID", default_value = PlatformIdentity::DEFAULT_ACCOUNT_ID)]
    account_id: String,
    /// Address of the image registry (docker login/push/pull), or `off`. Default: the --listen
    /// address with the next port (127.0.0.1:4601); port 0 there gives port 0 here.
    #[arg(long, env = "FERRY_REGISTRY_LISTEN")]
    registry_listen: Option<String>,
    /// How clients reach the registry, when not at its listening address (a hostname, a proxy):
    /// `host[:port]`, or `https://host[:port]`. Repository URIs and `aws ecr get-login-password`'s
    /// endpoint name it.
    #[arg(long, env = "FERRY_REGISTRY_PUBLIC_ADDRESS")]
    registry_public_address: Option<String>,
    /// Seconds between two applications of the ECR lifecycle policies.
    #[arg(long, env = "FERRY_REGISTRY_LIFECYCLE_INTERVAL", default_value_t = ferry_server::DEFAULT_LIFECYCLE_INTERVAL.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..))]
    registry_lifecycle_interval: u64,
}

/// Where the registry listens: as told, or beside the API listener.
fn registry_address(registry_listen: Option<&str>, listen: SocketAddr) -> anyhow::Result<Option<SocketAddr>> {
    match registry_listen {
        Some("off") => Ok(None),
        Some(address) => Ok(Some(address.parse().with_context(|| format!("--registry-listen {address:?} is not an address or `off`"))?)),
        None if listen.port() == 0 => Ok(Some(listen)),
        None => {
            let port = listen.port().checked_add(1).context("--listen uses the last port; pass --registry-listen")?;
            Ok(Some(SocketAddr::new(listen.ip(), port)))
        }
    }
}

fn default_data_dir() -> anyhow::Result<PathBuf> {
    if let Some(data_home) = std::env::var_os("XDG_DATA_HOME").filter(|value| !value.is_empty()) {
        return Ok(PathBuf::from(data_home).join("ferry"));
    }
    let home = std::env::var_os("HOME").context("neither --data-dir, XDG_DATA_HOME nor HOME is set")?;
    Ok(PathBuf::from(home).join(".local/share/ferry"))
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("FERRY_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .init();
}

/// Completes on SIGINT or SIGTERM. The handlers are installed when this is called, not when the
/// future is first polled, so a signal that arrives while Ferry starts is not lost (and does not
/// kill the process with the default action instead of shutting it down cleanly).
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate()).context("cannot watch SIGTERM")?;
    let mut interrupt = signal(SignalKind::interrupt()).context("cannot watch SIGINT")?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
        tracing::info!("shutting down");
    })
}

async fn start_control_plane(options: CommonOptions) -> anyhow::Result<ControlPlane> {
    let data_dir = match options.data_dir {
        Some(data_dir) => data_dir,
        None => default_data_dir()?,
    };
    let registry_listen = registry_address(options.registry_listen.as_deref(), options.listen)?;
    let server_options = ServerOptions {
        listen: options.listen,
        data_dir,
        identity: PlatformIdentity::new(options.region, options.account_id),
        gateway: GatewayConfig::default(),
        listener: ListenerConfig::default(),
        registry_listen,
        registry_public_address: options.registry_public_address,
        registry_lifecycle_interval: std::time::Duration::from_secs(options.registry_lifecycle_interval),
    };
    Ok(ControlPlane::start(server_options, |name| std::env::var(name).ok()).await?)
}

/// Prints how to reach the platform. `agent_note` says whether a local agent runs tasks.
fn print_welcome(control_plane: &ControlPlane, started: Instant, agent_note: &str) {
    let endpoint = format!("http://{}", control_plane.local_address());
    let identity = control_plane.identity();
    let credentials = control_plane.credentials();
    let source = match control_plane.credentials_source() {
        CredentialsSource::Environment => "from FERRY_ACCESS_KEY_ID/FERRY_SECRET_ACCESS_KEY".to_owned(),
        CredentialsSource::File(path) => format!("from {}", path.display()),
        CredentialsSource::Generated(path) => format!("new, saved to {}", path.display()),
    };
    println!("Ferry is up in {} ms.", started.elapsed().as_millis());
    println!();
    println!("  endpoint    {endpoint}");
    println!("  region      {}", identity.region);
    println!("  account     {}", identity.account_id);
    println!("  access key  {} ({source})", credentials.access_key_id);
    println!("  data dir    {}", control_plane.data_dir().display());
    if let Some(registry) = control_plane.registry_address() {
        println!("  registry    {registry}  (aws ecr get-login-password | docker login --username AWS --password-stdin {registry})");
    }
    println!();
    println!("Use it from this shell with the aws CLI, boto3 or any AWS SDK:");
    println!();
    println!("  export AWS_ACCESS_KEY_ID={}", credentials.access_key_id);
    println!("  export AWS_SECRET_ACCESS_KEY={}", credentials.secret_access_key);
    println!("  export AWS_REGION={} AWS_DEFAULT_REGION={}", identity.region, identity.region);
    println!("  export AWS_ENDPOINT_URL={endpoint}");
    println!("  aws ecs create-cluster --cluster-name demo");
    println!();
    println!("or add this profile to ~/.aws/config and pass --profile ferry:");
    println!();
    println!("  [profile ferry]");
    println!("  region = {}", identity.region);
    println!("  endpoint_url = {endpoint}");
    println!("  aws_access_key_id = {}", credentials.access_key_id);
    println!("  aws_secret_access_key = {}", credentials.secret_access_key);
    println!();
    if !agent_note.is_empty() {
        println!("{agent_note}");
        println!();
    }
    println!("Press Ctrl-C to stop.");
}

/// Connects to the machine's Docker engine, or explains what to do when none answers.
async fn connect_engine() -> anyhow::Result<Arc<dyn ferry_engine::ContainerEngine>> {
    use ferry_engine::ContainerEngine;
    let answer = match ferry_engine::DockerEngine::connect().await {
        Ok(engine) => engine.info().await.map(|info| (engine, info)),
        Err(error) => Err(error),
    };
    match answer {
        Ok((engine, info)) => {
            tracing::info!(engine = %info.description, api = %info.api_version, cpus = info.cpus, "container engine answers");
            Ok(Arc::new(engine))
        }
        Err(error) => Err(anyhow::anyhow!(
            "{error}\nNo Docker engine answers. Install one (Debian: `apt-get install docker.io`) and start it \
             (`systemctl start docker`, or `dockerd &` as root), or point DOCKER_HOST at a running engine or Podman socket."
        )),
    }
}

/// Completes when `shutdown` has been signalled (for tasks that share one shutdown signal).
async fn until_shut_down(mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|stopped| *stopped).await;
}

async fn run_agent_command(options: AgentCommandOptions, shutdown: impl std::future::Future<Output = ()>) -> anyhow::Result<()> {
    let credentials = match (std::env::var("FERRY_ACCESS_KEY_ID").ok(), std::env::var("FERRY_SECRET_ACCESS_KEY").ok()) {
        (Some(access_key_id), Some(secret_access_key)) => ferry_server::RootCredentials { access_key_id, secret_access_key },
        _ => {
            let path = match options.credentials_file {
                Some(path) => path,
                None => default_data_dir()?.join(ferry_server::credentials::CREDENTIALS_FILE_NAME),
            };
            ferry_server::credentials::read_credentials_file(&path)
                .with_context(|| "set FERRY_ACCESS_KEY_ID and FERRY_SECRET_ACCESS_KEY, or pass --credentials-file")?
        }
    };
    let data_dir = match options.data_dir {
        Some(data_dir) => data_dir,
        None => default_data_dir()?.join("agent"),
    };
    let mut agent_options = AgentOptions::new(options.cluster, data_dir, &options.region);
    agent_options.cpu_units = options.cpu_units;
    agent_options.memory_mib = options.memory_mib;
    agent_options.memory_reserve_mib = options.memory_reserve_mib;
    agent_options.attributes = options.attributes;
    agent_options.instance_type = options.instance_type;
    if let Some(zone) = options.availability_zone {
        agent_options.availability_zone = zone;
    }
    agent_options.image_pull_behavior = options.image_pull_behavior;
    agent_options.host_port_address = options.host_port_address;
    agent_options.awsvpc_subnet = options.awsvpc_subnet;
    agent_options.metadata_port = options.metadata_port;
    agent_options.task_cleanup_wait = std::time::Duration::from_secs(options.task_cleanup_wait);
    let control_plane = HttpControlPlane::new(&options.server, options.region, credentials.access_key_id, credentials.secret_access_key)?;
    let engine = connect_engine().await?;
    ferry_agent::run_agent(agent_options, engine, Arc::new(control_plane), shutdown).await?;
    Ok(())
}

/// `ferry up`: the control plane and one local agent in the `default` cluster.
async fn run_up(options: CommonOptions, started: Instant, shutdown: impl std::future::Future<Output = ()>) -> anyhow::Result<()> {
    let region = options.region.clone();
    let control_plane = start_control_plane(options).await?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let endpoint = format!("http://{}", control_plane.local_address());
    let credentials = control_plane.credentials().clone();
    let mut agent_options = AgentOptions::new("default", control_plane.data_dir().join("agent"), &region);
    // On a developer's machine images are built or loaded locally and often exist in no registry:
    // use what the engine has, pull only what it lacks.
    agent_options.image_pull_behavior = ImagePullBehavior::PreferCached;
    // Everything is printed before the agent starts, and nothing after: a reader of our output
    // may stop reading at "Press Ctrl-C", and a write to a closed pipe must not take Ferry down.
    let agent = match connect_engine().await {
        Ok(engine) => {
            print_welcome(&control_plane, started, "A local agent runs the tasks of cluster `default` on this machine's Docker engine.");
            let control_plane = HttpControlPlane::new(&endpoint, region, credentials.access_key_id, credentials.secret_access_key)?;
            let shutdown = until_shut_down(stopped.clone());
            Some(tokio::spawn(async move {
                if let Err(error) = ferry_agent::run_agent(agent_options, engine, Arc::new(control_plane), shutdown).await {
                    tracing::error!(error = %error, "the local agent stopped");
                }
            }))
        }
        Err(error) => {
            print_welcome(
                &control_plane,
                started,
                &format!("No local agent: {error:#}\nThe APIs work; tasks wait for an agent (`ferry agent --server {endpoint}`)."),
            );
            None
        }
    };
    let serving = tokio::spawn(control_plane.serve(until_shut_down(stopped)));
    shutdown.await;
    let _ = stop.send(true);
    if let Some(agent) = agent {
        let _ = agent.await;
    }
    let _ = serving.await;
    Ok(())
}

async fn run(command: Command) -> anyhow::Result<()> {
    let started = Instant::now();
    let shutdown = shutdown_signal()?;
    match command.action {
        Action::Up(options) => run_up(options, started, shutdown).await?,
        Action::Agent(options) => run_agent_command(options, shutdown).await?,
        Action::Server(options) => {
            let control_plane = start_control_plane(options).await?;
            tracing::info!(
                endpoint = %format!("http://{}", control_plane.local_address()),
                access_key_id = %control_plane.credentials().access_key_id,
                registry = %control_plane.registry_address().map(|address| format!("http://{address}")).unwrap_or_else(|| "off".to_owned()),
                elapsed_ms = started.elapsed().as_millis() as u64,
                "ready"
            );
            control_plane.serve(shutdown).await;
        }
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    init_logging();
    let command = Command::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("cannot start the async runtime")?;
    runtime.block_on(run(command))
}
