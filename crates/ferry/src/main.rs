//! The `ferry` command: `ferry up` runs the whole platform in one process, `ferry server` the
//! control plane alone. A thin shell over the library crates.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
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
    let server_options = ServerOptions {
        listen: options.listen,
        data_dir,
        identity: PlatformIdentity::new(options.region, options.account_id),
        gateway: GatewayConfig::default(),
        listener: ListenerConfig::default(),
    };
    Ok(ControlPlane::start(server_options, |name| std::env::var(name).ok()).await?)
}

fn print_welcome(control_plane: &ControlPlane, started: Instant) {
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
    println!("Press Ctrl-C to stop.");
}

async fn run(command: Command) -> anyhow::Result<()> {
    let started = Instant::now();
    let shutdown = shutdown_signal()?;
    match command.action {
        Action::Up(options) => {
            let control_plane = start_control_plane(options).await?;
            print_welcome(&control_plane, started);
            control_plane.serve(shutdown).await;
        }
        Action::Server(options) => {
            let control_plane = start_control_plane(options).await?;
            tracing::info!(
                endpoint = %format!("http://{}", control_plane.local_address()),
                access_key_id = %control_plane.credentials().access_key_id,
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
