//! The Ferry control plane: opens the store in the data directory, loads the root credentials,
//! mounts every API on one gateway and serves it on one listener until told to stop.
//!
//! `ferry server` runs this alone; `ferry up` runs it with the rest of the platform beside it.

pub mod credentials;
pub mod registry_service;

use std::fs;
use std::future::Future;
use std::net::SocketAddr;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ferry_api::gateway::{Gateway, GatewayConfig};
use ferry_api::server::{ListenerConfig, serve};
use ferry_core::{Clock, PlatformIdentity, SystemClock};
use ferry_ecr::{EcrService, RegistryEndpoint};
use ferry_ecs::{AgentChannelService, EcsService};
use ferry_sigv4::{StaticCredentials, Verifier, VerifierConfig};
use ferry_store::{KeyValueStore, SqliteStore};
use tokio::net::TcpListener;

pub use credentials::{CredentialsSource, RootCredentials};
pub use ferry_ecr::DEFAULT_LIFECYCLE_INTERVAL;

/// The store's file inside the data directory.
pub const STATE_FILE_NAME: &str = "state.db";
/// Held locked (advisory `flock`) while a server uses the data directory.
pub const LOCK_FILE_NAME: &str = "lock";

#[derive(Debug, Clone)]
pub struct ServerOptions {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub identity: PlatformIdentity,
    pub gateway: GatewayConfig,
    pub listener: ListenerConfig,
    /// Where the image registry (the OCI API, `/v2/`) listens; `None`: no registry.
    pub registry_listen: Option<SocketAddr>,
    /// How clients reach the registry when that is not its listening address (a hostname, a
    /// proxy): `host[:port]`, or with `http://`/`https://`. Repository URIs and the ECR
    /// `proxyEndpoint` name it. `None`: the listening address, over http.
    pub registry_public_address: Option<String>,
    /// How often ECR lifecycle policies are applied.
    pub registry_lifecycle_interval: std::time::Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot create the data directory {path}: {source}")]
    DataDirectory { path: PathBuf, source: std::io::Error },
    #[error("another Ferry server is already using the data directory {path}; stop it or choose another --data-dir")]
    DataDirectoryInUse { path: PathBuf },
    #[error(transparent)]
    Credentials(#[from] credentials::CredentialsError),
    #[error("cannot open the store {path}: {source}")]
    Store { path: PathBuf, source: ferry_store::StoreError },
    #[error("cannot listen on {address}: {source}")]
    Listen { address: SocketAddr, source: std::io::Error },
    #[error(transparent)]
    Registry(#[from] registry_service::RegistryStartError),
    #[error("--registry-public-address: {0}")]
    RegistryPublicAddress(String),
}

/// A control plane that has bound its listener and is ready to serve.
pub struct ControlPlane {
    listener: TcpListener,
    local_address: SocketAddr,
    gateway: Arc<Gateway>,
    store: Arc<SqliteStore>,
    credentials: RootCredentials,
    credentials_source: CredentialsSource,
    data_dir: PathBuf,
    identity: PlatformIdentity,
    listener_config: ListenerConfig,
    ecs: Arc<EcsService>,
    registry: Option<registry_service::RegistryServer>,
    ecr: Option<(Arc<EcrService>, std::time::Duration)>,
    _data_dir_lock: fs::File,
}

impl std::fmt::Debug for ControlPlane {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("ControlPlane").field("local_address", &self.local_address).field("data_dir", &self.data_dir).finish()
    }
}

fn lock_data_directory(data_dir: &Path) -> Result<fs::File, ServerError> {
    let directory_error = |source| ServerError::DataDirectory { path: data_dir.to_owned(), source };
    fs::DirBuilder::new().recursive(true).mode(0o700).create(data_dir).map_err(directory_error)?;
    let lock_file =
        fs::OpenOptions::new().create(true).truncate(false).write(true).open(data_dir.join(LOCK_FILE_NAME)).map_err(directory_error)?;
    match lock_file.try_lock() {
        Ok(()) => Ok(lock_file),
        Err(fs::TryLockError::WouldBlock) => Err(ServerError::DataDirectoryInUse { path: data_dir.to_owned() }),
        Err(fs::TryLockError::Error(error)) => Err(directory_error(error)),
    }
}

/// The data directory holds the root secret and all state; it is created 0700, but one that
/// already existed keeps its mode, so say so if others can read it.
fn warn_if_readable_by_others(data_dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(metadata) = fs::metadata(data_dir)
        && metadata.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(
            data_dir = %data_dir.display(),
            mode = format!("{:o}", metadata.permissions().mode() & 0o777),
            "the data directory is open to other users; `chmod 700` it"
        );
    }
}

impl ControlPlane {
    /// Prepares everything and binds the listener; requests are served once `serve` runs (the
    /// kernel queues connections that arrive in between).
    pub async fn start(options: ServerOptions, environment: impl Fn(&str) -> Option<String>) -> Result<ControlPlane, ServerError> {
        let data_dir_lock = lock_data_directory(&options.data_dir)?;
        let (credentials, credentials_source) = credentials::load_or_create(&options.data_dir, environment)?;
        warn_if_readable_by_others(&options.data_dir);
        let state_path = options.data_dir.join(STATE_FILE_NAME);
        let store = SqliteStore::open(&state_path).map_err(|source| ServerError::Store { path: state_path.clone(), source })?;
        let store = Arc::new(store);

        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let principal_arn = format!("arn:{}:iam::{}:root", options.identity.partition, options.identity.account_id);
        let lookup = StaticCredentials::new().with_credential(
            credentials.access_key_id.clone(),
            credentials.secret_access_key.clone(),
            principal_arn,
        );
        let verifier = Verifier::new(VerifierConfig::new(options.identity.region.clone()), Arc::new(lookup));
        let mut gateway = Gateway::new(options.gateway.clone(), verifier, clock.clone());
        let shared_store: Arc<dyn KeyValueStore> = store.clone();
        let ecs = Arc::new(EcsService::new(shared_store, options.identity.clone(), clock));
        match ecs.repair_cluster_index().await {
            Ok(0) => {}
            Ok(repaired) => tracing::info!(repaired, "wrote missing entries of the active-cluster index"),
            Err(error) => tracing::warn!(%error, "could not check the active-cluster index"),
        }
        gateway.add_json_service(ecs.clone());
        gateway.add_json_service(Arc::new(AgentChannelService::new(ecs.clone())));
        let (registry, ecr) = match options.registry_listen {
            None => (None, None),
            Some(registry_listen) => {
                let registry_clock: Arc<dyn Clock> = Arc::new(SystemClock);
                let registry_store: Arc<dyn KeyValueStore> = store.clone();
                let registry = registry_service::RegistryServer::start(
                    registry_listen,
                    &options.data_dir,
                    registry_store,
                    registry_clock.clone(),
                    credentials.access_key_id.clone(),
                )
                .await?;
                let endpoint = match &options.registry_public_address {
                    Some(address) => RegistryEndpoint::parse(address).map_err(ServerError::RegistryPublicAddress)?,
                    None => RegistryEndpoint { scheme: "http".to_owned(), authority: registry.local_address().to_string() },
                };
                // The ECR API shares the registry (its store and blob store) with the `/v2/` API.
                let ecr = Arc::new(EcrService::new(
                    registry.registry().clone(),
                    registry.tokens().clone(),
                    options.identity.clone(),
                    registry_clock,
                    endpoint,
                ));
                gateway.add_json_service(ecr.clone());
                (Some(registry), Some((ecr, options.registry_lifecycle_interval)))
            }
        };

        let listener = TcpListener::bind(options.listen).await.map_err(|source| ServerError::Listen { address: options.listen, source })?;
        let local_address = listener.local_addr().map_err(|source| ServerError::Listen { address: options.listen, source })?;
        Ok(ControlPlane {
            listener,
            local_address,
            gateway: Arc::new(gateway),
            store,
            credentials,
            credentials_source,
            data_dir: options.data_dir,
            identity: options.identity,
            listener_config: options.listener,
            ecs,
            registry,
            ecr,
            _data_dir_lock: data_dir_lock,
        })
    }

    pub fn local_address(&self) -> SocketAddr {
        self.local_address
    }

    pub fn credentials(&self) -> &RootCredentials {
        &self.credentials
    }

    pub fn credentials_source(&self) -> &CredentialsSource {
        &self.credentials_source
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn identity(&self) -> &PlatformIdentity {
        &self.identity
    }

    /// The image registry's address, when it runs.
    pub fn registry_address(&self) -> Option<SocketAddr> {
        self.registry.as_ref().map(registry_service::RegistryServer::local_address)
    }

    /// Serves until `shutdown` completes, then drains requests in flight and closes the store.
    pub async fn serve(self, shutdown: impl Future<Output = ()>) {
        let purger = tokio::spawn(purge_stopped_tasks(self.ecs.clone()));
        // The registry stops when the API listener does.
        let (stop_registry, registry_stopped) = tokio::sync::watch::channel(false);
        let registry = self.registry.map(|registry| {
            let mut registry_stopped = registry_stopped;
            tokio::spawn(registry.serve(async move {
                let _ = registry_stopped.wait_for(|stopped| *stopped).await;
            }))
        });
        let lifecycle = self.ecr.map(|(ecr, interval)| tokio::spawn(ecr.run_lifecycle_controller(interval, std::future::pending())));
        let controller = tokio::spawn(
            self.ecs.clone().run_service_controller(ferry_ecs::service_decisions::ControllerSettings::default(), std::future::pending()),
        );
        serve(self.listener, self.gateway.clone(), self.listener_config.clone(), shutdown).await;
        let _ = stop_registry.send(true);
        if let Some(registry) = registry {
            let _ = registry.await;
        }
        purger.abort();
        controller.abort();
        if let Some(lifecycle) = lifecycle {
            lifecycle.abort();
        }
        drop(self.ecs);
        drop(self.gateway);
        // Every handle shares one store; closing any of them finishes queued writes, checkpoints
        // the WAL and refuses later calls, whoever else still holds a handle.
        SqliteStore::clone(&self.store).close();
    }
}

/// Stopped tasks stay describable for an hour (ECS keeps them at least that long); this sweeps
/// the older ones away once a minute.
async fn purge_stopped_tasks(ecs: Arc<EcsService>) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        ticks.tick().await;
        match ecs.purge_stopped_tasks().await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "purged tasks stopped more than an hour ago"),
            Err(error) => tracing::warn!(%error, "could not purge stopped tasks"),
        }
    }
}
