//! The image registry as the control plane runs it: its blob store and token secret under
//! `DATA_DIR/registry/`, its metadata in the control plane's store, tokens checked against the
//! server's access keys, and its own listener (the OCI API lives at the root of a host, `/v2/`,
//! which docker insists on, so it cannot share the AWS endpoint's host without a hostname).

use std::io::Write;
use std::net::SocketAddr;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ferry_core::Clock;
use ferry_registry::api::RegistryApi;
use ferry_registry::api::server::{RegistryListenerConfig, serve};
use ferry_registry::{AuthorizationTokens, BlobStore, Registry, TokenAuthenticator};
use ferry_store::KeyValueStore;
use rand::RngCore;
use tokio::net::TcpListener;

/// The registry's directory inside the data directory.
pub const REGISTRY_DIRECTORY_NAME: &str = "registry";
/// The HMAC key of registry tokens, inside the registry's directory (mode 0600).
pub const TOKEN_SECRET_FILE_NAME: &str = "token-secret";
const TOKEN_SECRET_BYTES: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum RegistryStartError {
    #[error("cannot prepare the registry's directory {path}: {source}")]
    Directory { path: PathBuf, source: std::io::Error },
    #[error("cannot open the registry's blob store: {0}")]
    BlobStore(#[from] ferry_registry::BlobStoreError),
    #[error("cannot listen on {address} for the registry: {source}")]
    Listen { address: SocketAddr, source: std::io::Error },
}

/// The token secret, created on first use. Tokens stay valid across restarts because it persists.
fn load_or_create_token_secret(directory: &Path) -> Result<Vec<u8>, RegistryStartError> {
    let path = directory.join(TOKEN_SECRET_FILE_NAME);
    let error = |source| RegistryStartError::Directory { path: path.clone(), source };
    match std::fs::read(&path) {
        Ok(secret) if secret.len() >= TOKEN_SECRET_BYTES => return Ok(secret),
        Ok(_) => tracing::warn!(path = %path.display(), "the registry token secret is too short; making a new one"),
        Err(read_error) if read_error.kind() == std::io::ErrorKind::NotFound => {}
        Err(read_error) => return Err(error(read_error)),
    }
    let mut secret = vec![0u8; TOKEN_SECRET_BYTES];
    rand::rng().fill_bytes(&mut secret);
    // Written to a temporary file and renamed, so a crash never leaves a half-written secret.
    let temporary = directory.join(format!("{TOKEN_SECRET_FILE_NAME}.tmp"));
    let mut file = std::fs::OpenOptions::new().create(true).truncate(true).write(true).mode(0o600).open(&temporary).map_err(error)?;
    file.write_all(&secret).and_then(|()| file.sync_all()).map_err(error)?;
    std::fs::rename(&temporary, &path).map_err(error)?;
    Ok(secret)
}

/// A registry that has bound its listener.
pub struct RegistryServer {
    listener: TcpListener,
    local_address: SocketAddr,
    api: Arc<RegistryApi>,
    tokens: AuthorizationTokens,
}

impl std::fmt::Debug for RegistryServer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("RegistryServer").field("local_address", &self.local_address).finish()
    }
}

impl RegistryServer {
    /// Opens the registry in `data_dir` and binds `listen`. Tokens are accepted while their access
    /// key is `root_access_key_id`.
    pub async fn start(
        listen: SocketAddr,
        data_dir: &Path,
        store: Arc<dyn KeyValueStore>,
        clock: Arc<dyn Clock>,
        root_access_key_id: String,
    ) -> Result<RegistryServer, RegistryStartError> {
        let directory = data_dir.join(REGISTRY_DIRECTORY_NAME);
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&directory)
            .map_err(|source| RegistryStartError::Directory { path: directory.clone(), source })?;
        let tokens = AuthorizationTokens::new(load_or_create_token_secret(&directory)?);
        let blobs = Arc::new(BlobStore::open(directory.clone())?);
        let registry = Arc::new(Registry::new(blobs, store, clock.clone()));
        let authenticator = TokenAuthenticator::new(tokens.clone(), clock, move |access_key_id| access_key_id == root_access_key_id);
        let api = Arc::new(RegistryApi::new(registry, Arc::new(authenticator)));
        let listener = TcpListener::bind(listen).await.map_err(|source| RegistryStartError::Listen { address: listen, source })?;
        let local_address = listener.local_addr().map_err(|source| RegistryStartError::Listen { address: listen, source })?;
        Ok(RegistryServer { listener, local_address, api, tokens })
    }

    pub fn local_address(&self) -> SocketAddr {
        self.local_address
    }

    pub fn registry(&self) -> &Arc<Registry> {
        self.api.registry()
    }

    pub fn tokens(&self) -> &AuthorizationTokens {
        &self.tokens
    }

    /// Serves until `shutdown` completes, and removes uploads idle for a day once an hour.
    pub async fn serve(self, shutdown: impl std::future::Future<Output = ()>) {
        let blobs = self.api.registry().blob_store().clone();
        let expiry = tokio::spawn(async move {
            const IDLE_UPLOAD_LIFETIME: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);
            let mut ticks = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
            loop {
                ticks.tick().await;
                match blobs.expire_uploads(IDLE_UPLOAD_LIFETIME, std::time::SystemTime::now()).await {
                    Ok(0) => {}
                    Ok(expired) => tracing::info!(expired, "removed registry uploads idle for a day"),
                    Err(error) => tracing::warn!(%error, "could not expire idle registry uploads"),
                }
            }
        });
        serve(self.listener, self.api, RegistryListenerConfig::default(), shutdown).await;
        expiry.abort();
    }
}
