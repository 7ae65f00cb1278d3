//! `DockerEngine`: the `ContainerEngine` trait over the Docker Engine API, through bollard. It works
//! with dockerd and with Podman's compatible socket alike (`DOCKER_HOST`).
//!
//! Each trait method is one engine request (two for `ensure_network`), because task launch latency
//! is measured against raw `docker create` + `docker start`: nothing here pings, re-inspects or
//! caches. The translations between Ferry's engine-neutral types and the engine's JSON are pure
//! functions at the bottom of the file, tested without an engine.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bollard::Docker;
use bollard::auth::DockerCredentials;
use bollard::errors::Error as BollardError;
use bollard::models::{
    ContainerCreateBody, ContainerInspectResponse, ContainerStateStatusEnum, ContainerSummary, ContainerSummaryStateEnum,
    EndpointIpamConfig, EndpointSettings, EventMessage, EventMessageTypeEnum, HealthConfig, HealthStatusEnum, HostConfig, Ipam, IpamConfig,
    MountType, NetworkCreateRequest, NetworkInspect, NetworkingConfig, PortMap, PortSummaryTypeEnum, ResourcesUlimits, VolumeCreateRequest,
};
use bollard::query_parameters::{
    CreateContainerOptionsBuilder, CreateImageOptionsBuilder, EventsOptionsBuilder, InspectContainerOptions, InspectNetworkOptions,
    ListContainersOptionsBuilder, RemoveContainerOptionsBuilder, RemoveVolumeOptions, StatsOptionsBuilder, StopContainerOptionsBuilder,
};
use futures::StreamExt;
use futures::stream::BoxStream;

use crate::{
    BoundPort, ContainerEngine, ContainerSpec, ContainerState, ContainerStatus, EngineError, EngineEvent, EngineEventKind, EngineInfo,
    HealthState, MountSource, NetworkAttachment, NetworkInfo, PortProtocol, RegistryAuth,
};

/// Where dockerd listens when `DOCKER_HOST` is not set.
const DEFAULT_ENDPOINT: &str = "unix:///var/run/docker.sock";

/// How long a request may wait for the engine's answer. The engine answers `stop` only once the
/// container has stopped, so stops with a longer grace period get this much beyond it.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

/// The container events Ferry reacts to. Docker matches `health_status` against the
/// `health_status: healthy` style actions by prefix.
const WATCHED_EVENTS: [&str; 6] = ["create", "start", "die", "health_status", "oom", "destroy"];

/// Event attributes the engine adds beside the container's labels.
const NON_LABEL_EVENT_ATTRIBUTES: [&str; 4] = ["name", "image", "exitCode", "signal"];

/// A container engine that speaks the Docker Engine API.
#[derive(Clone)]
pub struct DockerEngine {
    docker: Docker,
    /// The address as the user gave it, for error messages.
    endpoint: String,
}

impl std::fmt::Debug for DockerEngine {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("DockerEngine").field("endpoint", &self.endpoint).finish()
    }
}

/// What a 404 from the engine means for the request that got it.
#[derive(Clone, Copy)]
enum RequestSubject<'a> {
    Container(&'a str),
    Image(&'a str),
    Other,
}

impl DockerEngine {
    /// Connects to the engine named by `DOCKER_HOST` (`unix://PATH` or `tcp://HOST:PORT`), or to
    /// `/var/run/docker.sock` when it is unset, and agrees on an API version with it.
    pub async fn connect() -> Result<DockerEngine, EngineError> {
        let endpoint = std::env::var("DOCKER_HOST").ok().filter(|host| !host.is_empty()).unwrap_or_else(|| DEFAULT_ENDPOINT.to_string());
        DockerEngine::connect_to(&endpoint).await
    }

    /// Connects to the engine at `endpoint` (`unix:///run/docker.sock`, `tcp://127.0.0.1:2375`, or a
    /// bare socket path) and agrees on an API version with it: the newest both speak, so an older
    /// engine such as Debian's docker.io 20.10 (API 1.41) is talked to in its own version.
    pub async fn connect_to(endpoint: &str) -> Result<DockerEngine, EngineError> {
        let address = if endpoint.starts_with('/') { format!("unix://{endpoint}") } else { endpoint.to_string() };
        let docker = Docker::connect_with_host(&address).map_err(|error| engine_error(endpoint, error, RequestSubject::Other))?;
        let docker = docker.with_timeout(REQUEST_TIMEOUT);
        let docker = docker.negotiate_version().await.map_err(|error| engine_error(endpoint, error, RequestSubject::Other))?;
        Ok(DockerEngine { docker, endpoint: endpoint.to_string() })
    }

    /// The address this engine was reached at.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The API version agreed with the engine, e.g. "1.41".
    pub fn api_version(&self) -> String {
        self.docker.client_version().to_string()
    }

    fn error(&self, error: BollardError, subject: RequestSubject<'_>) -> EngineError {
        engine_error(&self.endpoint, error, subject)
    }
}

#[async_trait::async_trait]
impl ContainerEngine for DockerEngine {
    async fn info(&self) -> Result<EngineInfo, EngineError> {
        let info = self.docker.info().await.map_err(|error| self.error(error, RequestSubject::Other))?;
        Ok(EngineInfo {
            description: format!("Docker Engine {}", info.server_version.as_deref().unwrap_or("(unknown version)")),
            api_version: self.api_version(),
            cpus: info.ncpu.and_then(|cpus| u32::try_from(cpus).ok()).unwrap_or(0),
            memory_bytes: info.mem_total.and_then(|bytes| u64::try_from(bytes).ok()).unwrap_or(0),
            os: info.os_type.unwrap_or_default(),
            architecture: go_architecture(info.architecture.as_deref().unwrap_or_default()),
        })
    }

    async fn image_present(&self, image: &str) -> Result<bool, EngineError> {
        match self.docker.inspect_image(image).await {
            Ok(_) => Ok(true),
            Err(BollardError::DockerResponseServerError { status_code: 404, .. }) => Ok(false),
            Err(error) => Err(self.error(error, RequestSubject::Image(image))),
        }
    }

    async fn pull_image(&self, image: &str, auth: Option<&RegistryAuth>) -> Result<(), EngineError> {
        // Without a tag the engine would pull every tag of the repository.
        let reference = image_reference_with_default_tag(image);
        let options = CreateImageOptionsBuilder::default().from_image(&reference).build();
        let credentials = auth.map(|auth| DockerCredentials {
            username: Some(auth.username.clone()),
            password: Some(auth.password.clone()),
            serveraddress: Some(auth.server_address.clone()),
            ..Default::default()
        });
        let mut progress = self.docker.create_image(Some(options), None, credentials);
        while let Some(update) = progress.next().await {
            if let Err(error) = update {
                return Err(match self.error(error, RequestSubject::Other) {
                    unavailable @ EngineError::Unavailable { .. } => unavailable,
                    EngineError::Refused { detail } | EngineError::Conflict { detail } | EngineError::ImageNotFound { detail, .. } => {
                        EngineError::PullFailed { image: image.to_string(), detail }
                    }
                    other => EngineError::PullFailed { image: image.to_string(), detail: other.to_string() },
                });
            }
        }
        Ok(())
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<String, EngineError> {
        let options = CreateContainerOptionsBuilder::default().name(&spec.name).build();
        match self.docker.create_container(Some(options), container_create_body(spec)).await {
            Ok(created) => Ok(created.id),
            Err(BollardError::DockerResponseServerError { status_code: 404, message }) => Err(create_not_found_error(spec, message)),
            Err(error) => Err(self.error(error, RequestSubject::Other)),
        }
    }

    async fn start_container(&self, id: &str) -> Result<(), EngineError> {
        // The engine answers 304 for a container that is already running; bollard treats it as success.
        self.docker.start_container(id, None).await.map_err(|error| self.error(error, RequestSubject::Container(id)))
    }

    async fn stop_container(&self, id: &str, timeout: Duration) -> Result<(), EngineError> {
        // The engine takes whole seconds; round up so the container gets at least what was asked.
        let timeout_seconds = timeout.as_millis().div_ceil(1000);
        let options = StopContainerOptionsBuilder::default().t(i32::try_from(timeout_seconds).unwrap_or(i32::MAX)).build();
        // The engine answers once the container is gone, after up to `timeout`, so the request may
        // take longer than the client's usual limit.
        let needed = Duration::from_secs(u64::try_from(timeout_seconds).unwrap_or(u64::MAX / 2)) + REQUEST_TIMEOUT;
        let docker = if needed > self.docker.timeout() { self.docker.clone().with_timeout(needed) } else { self.docker.clone() };
        // A container that is not running gets 304, which bollard reports as success.
        docker.stop_container(id, Some(options)).await.map_err(|error| self.error(error, RequestSubject::Container(id)))
    }

    async fn remove_container(&self, id: &str) -> Result<(), EngineError> {
        let options = RemoveContainerOptionsBuilder::default().v(true).build();
        match self.docker.remove_container(id, Some(options)).await {
            Ok(()) => Ok(()),
            Err(BollardError::DockerResponseServerError { status_code: 404, .. }) => Ok(()),
            Err(error) => Err(self.error(error, RequestSubject::Container(id))),
        }
    }

    async fn inspect_container(&self, id: &str) -> Result<Option<ContainerStatus>, EngineError> {
        match self.docker.inspect_container(id, None::<InspectContainerOptions>).await {
            Ok(inspect) => Ok(Some(status_from_inspect(inspect))),
            Err(BollardError::DockerResponseServerError { status_code: 404, .. }) => Ok(None),
            Err(error) => Err(self.error(error, RequestSubject::Container(id))),
        }
    }

    async fn list_containers(&self, labels: &[(String, String)]) -> Result<Vec<ContainerStatus>, EngineError> {
        let mut filters: HashMap<String, Vec<String>> = HashMap::new();
        if !labels.is_empty() {
            filters.insert("label".to_string(), labels.iter().map(|(key, value)| format!("{key}={value}")).collect());
        }
        let options = ListContainersOptionsBuilder::default().all(true).filters(&filters).build();
        let summaries = self.docker.list_containers(Some(options)).await.map_err(|error| self.error(error, RequestSubject::Other))?;
        Ok(summaries.into_iter().map(status_from_summary).collect())
    }

    async fn container_stats(&self, id: &str) -> Result<Option<serde_json::Value>, EngineError> {
        let options = StatsOptionsBuilder::default().stream(false).build();
        let mut samples = self.docker.stats(id, Some(options));
        match samples.next().await {
            None => Ok(None),
            Some(Ok(sample)) => serde_json::to_value(sample)
                .map(Some)
                .map_err(|error| EngineError::Refused { detail: format!("the engine's statistics could not be encoded: {error}") }),
            Some(Err(BollardError::DockerResponseServerError { status_code: 404, .. })) => Ok(None),
            Some(Err(error)) => Err(self.error(error, RequestSubject::Container(id))),
        }
    }

    async fn network_info(&self, name: &str) -> Result<Option<NetworkInfo>, EngineError> {
        match self.docker.inspect_network(name, None::<InspectNetworkOptions>).await {
            Ok(network) => Ok(Some(network_info_from_inspect(network))),
            Err(BollardError::DockerResponseServerError { status_code: 404, .. }) => Ok(None),
            Err(error) => Err(self.error(error, RequestSubject::Other)),
        }
    }

    async fn ensure_network(&self, name: &str, subnet: &str) -> Result<NetworkInfo, EngineError> {
        let gateway = first_host_address(subnet).ok_or_else(|| EngineError::Refused {
            detail: format!("{subnet} is not an IPv4 subnet in CIDR notation with room for a gateway (like 10.0.0.0/24)"),
        })?;
        // Inspect first: engines before API 1.44 create a second network with the same name
        // instead of refusing, unless asked to check, and bollard's request no longer can ask.
        if let Some(existing) = self.network_info(name).await? {
            return Ok(existing);
        }
        let request = NetworkCreateRequest {
            name: name.to_string(),
            driver: Some("bridge".to_string()),
            ipam: Some(Ipam {
                driver: Some("default".to_string()),
                config: Some(vec![IpamConfig { subnet: Some(subnet.to_string()), gateway: Some(gateway.clone()), ..Default::default() }]),
                options: None,
            }),
            ..Default::default()
        };
        match self.docker.create_network(request).await {
            Ok(created) => Ok(NetworkInfo { name: name.to_string(), id: created.id, subnet: subnet.to_string(), gateway }),
            Err(error) => {
                // Someone else (another agent on the same engine) may have created it meanwhile.
                let create_error = self.error(error, RequestSubject::Other);
                match self.network_info(name).await {
                    Ok(Some(existing)) => Ok(existing),
                    _ => Err(create_error),
                }
            }
        }
    }

    async fn ensure_volume(
        &self,
        name: &str,
        driver: Option<&str>,
        driver_opts: &BTreeMap<String, String>,
        labels: &BTreeMap<String, String>,
    ) -> Result<(), EngineError> {
        // The engine answers a create of an existing volume with that volume (201), so no inspect
        // first: one request, as for every other call.
        match self.docker.create_volume(volume_create_request(name, driver, driver_opts, labels)).await {
            Ok(_) => Ok(()),
            Err(error) => Err(self.error(error, RequestSubject::Other)),
        }
    }

    async fn remove_volume(&self, name: &str) -> Result<(), EngineError> {
        // Not forced: a volume a container still uses answers 409 (`Conflict`) and keeps its data.
        match self.docker.remove_volume(name, None::<RemoveVolumeOptions>).await {
            Ok(()) => Ok(()),
            Err(BollardError::DockerResponseServerError { status_code: 404, .. }) => Ok(()),
            Err(error) => Err(self.error(error, RequestSubject::Other)),
        }
    }

    fn events(&self, labels: &[(String, String)]) -> BoxStream<'static, Result<EngineEvent, EngineError>> {
        let mut filters: HashMap<String, Vec<String>> = HashMap::new();
        filters.insert("type".to_string(), vec!["container".to_string()]);
        filters.insert("event".to_string(), WATCHED_EVENTS.iter().map(|event| event.to_string()).collect());
        if !labels.is_empty() {
            filters.insert("label".to_string(), labels.iter().map(|(key, value)| format!("{key}={value}")).collect());
        }
        // The request goes out when the stream is first polled; `since` (the engine replays its
        // recent events) makes "from now on" mean from this call, not from that first poll.
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let since = format!("{}.{:09}", now.as_secs(), now.subsec_nanos());
        let options = EventsOptionsBuilder::default().since(&since).filters(&filters).build();
        let endpoint = self.endpoint.clone();
        self.docker
            .events(Some(options))
            .filter_map(move |message| {
                let event = match message {
                    Ok(message) => event_from_message(message).map(Ok),
                    Err(error) => Some(Err(engine_error(&endpoint, error, RequestSubject::Other))),
                };
                std::future::ready(event)
            })
            .boxed()
    }
}

/// Turns a bollard error into an `EngineError`: the engine's own answers by status code, anything
/// that kept the request from getting an answer as `Unavailable` with what to do about it.
fn engine_error(endpoint: &str, error: BollardError, subject: RequestSubject<'_>) -> EngineError {
    let unavailable = |detail: String| EngineError::Unavailable { endpoint: endpoint.to_string(), detail };
    match error {
        BollardError::DockerResponseServerError { status_code, message } => {
            let message = if message.is_empty() { format!("HTTP status {status_code}") } else { message };
            match (status_code, subject) {
                (404, RequestSubject::Container(id)) => EngineError::ContainerNotFound { id: id.to_string() },
                (404, RequestSubject::Image(image)) => EngineError::ImageNotFound { image: image.to_string(), detail: message },
                (409, _) => EngineError::Conflict { detail: message },
                _ => EngineError::Refused { detail: message },
            }
        }
        BollardError::DockerStreamError { error } => EngineError::Refused { detail: error },
        BollardError::SocketNotFoundError(path) => unavailable(format!(
            "there is no socket at {path}: start the engine (dockerd, or Podman's API socket), or point DOCKER_HOST at it"
        )),
        BollardError::UnsupportedURISchemeError { uri } => {
            unavailable(format!("{uri} is not an engine address Ferry can use: give unix:///path/to/socket or tcp://host:port"))
        }
        BollardError::RequestTimeoutError => unavailable("the engine did not answer in time; is it overloaded or hung?".to_string()),
        error @ (BollardError::HyperLegacyError { .. } | BollardError::IOError { .. } | BollardError::HyperResponseError { .. }) => {
            unavailable(format!(
                "{}: is the engine running and is its socket readable by this user? Start it (dockerd, or Podman's API socket), \
                 or point DOCKER_HOST at it",
                error_chain(&error)
            ))
        }
        other => EngineError::Refused { detail: error_chain(&other) },
    }
}

/// An error and its causes on one line, so "connection refused" is not hidden behind "client error".
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// A 404 on create means the image is missing, or the container whose network namespace the spec
/// shares; anything else missing (a named network) is a refusal.
fn create_not_found_error(spec: &ContainerSpec, message: String) -> EngineError {
    if message.starts_with("No such image") {
        EngineError::ImageNotFound { image: spec.image.clone(), detail: message }
    } else if let (NetworkAttachment::Container { id }, true) = (&spec.network, message.starts_with("No such container")) {
        EngineError::ContainerNotFound { id: id.clone() }
    } else {
        EngineError::Refused { detail: message }
    }
}

/// `image` with `:latest` when it names neither a tag nor a digest.
fn image_reference_with_default_tag(image: &str) -> String {
    let last_component = image.rsplit('/').next().unwrap_or(image);
    if image.contains('@') || last_component.contains(':') { image.to_string() } else { format!("{image}:latest") }
}

/// The engine reports `uname -m` names; ECS and Go use their own.
fn go_architecture(machine: &str) -> String {
    match machine {
        "x86_64" => "amd64",
        "aarch64" | "arm64" => "arm64",
        "armv7l" | "armv6l" | "arm" => "arm",
        "i386" | "i686" => "386",
        other => other,
    }
    .to_string()
}

/// The first host address of an IPv4 subnet, the bridge's gateway: "10.0.0.0/24" → "10.0.0.1".
fn first_host_address(subnet: &str) -> Option<String> {
    let (address, prefix_length) = subnet.split_once('/')?;
    let address: std::net::Ipv4Addr = address.parse().ok()?;
    let prefix_length: u32 = prefix_length.parse().ok()?;
    if prefix_length > 30 {
        return None;
    }
    let mask = if prefix_length == 0 { 0 } else { u32::MAX << (32 - prefix_length) };
    Some(std::net::Ipv4Addr::from((u32::from(address) & mask) + 1).to_string())
}

/// An RFC 3339 time as the engine writes it; its zero time ("0001-01-01T00:00:00Z") means unset.
fn parse_engine_time(text: &str) -> Option<SystemTime> {
    if text.is_empty() || text.starts_with("0001-01-01") {
        return None;
    }
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok().map(SystemTime::from)
}

/// The create request of a named volume; empty maps are left out, as the CLI leaves them.
fn volume_create_request(
    name: &str,
    driver: Option<&str>,
    driver_opts: &BTreeMap<String, String>,
    labels: &BTreeMap<String, String>,
) -> VolumeCreateRequest {
    let map = |entries: &BTreeMap<String, String>| {
        (!entries.is_empty()).then(|| entries.iter().map(|(key, value)| (key.clone(), value.clone())).collect::<HashMap<_, _>>())
    };
    VolumeCreateRequest {
        name: Some(name.to_string()),
        driver: driver.filter(|driver| !driver.is_empty()).map(str::to_string),
        driver_opts: map(driver_opts),
        labels: map(labels),
        ..Default::default()
    }
}

/// The create request for `spec`: every field of it, in the engine's terms.
fn container_create_body(spec: &ContainerSpec) -> ContainerCreateBody {
    let mut exposed_ports: Vec<String> = Vec::new();
    let mut port_bindings: PortMap = HashMap::new();
    for binding in &spec.port_bindings {
        let key = format!("{}/{}", binding.container_port, binding.protocol.as_str());
        if !exposed_ports.contains(&key) {
            exposed_ports.push(key.clone());
        }
        port_bindings.entry(key).or_insert_with(|| Some(Vec::new())).get_or_insert_with(Vec::new).push(bollard::models::PortBinding {
            host_ip: Some(binding.host_ip.clone()),
            // An empty host port asks the engine for a free one (ECS's dynamic host port).
            host_port: Some(binding.host_port.map(|port| port.to_string()).unwrap_or_default()),
        });
    }

    let (network_mode, networking_config) = match &spec.network {
        NetworkAttachment::DefaultBridge => ("bridge".to_string(), None),
        NetworkAttachment::Host => ("host".to_string(), None),
        NetworkAttachment::None => ("none".to_string(), None),
        NetworkAttachment::Container { id } => (format!("container:{id}"), None),
        NetworkAttachment::Network { name, ipv4_address } => {
            let endpoint = EndpointSettings {
                ipam_config: ipv4_address
                    .as_ref()
                    .map(|address| EndpointIpamConfig { ipv4_address: Some(address.clone()), ..Default::default() }),
                ..Default::default()
            };
            (name.clone(), Some(NetworkingConfig { endpoints_config: Some(HashMap::from([(name.clone(), endpoint)])) }))
        }
    };

    // Host paths go through `Binds`, which creates a missing source directory as ECS's host volumes
    // promise; the `Mounts` API would refuse it. Named volumes go through `Mounts`, which creates
    // the volume when it is missing.
    let mut binds = Vec::new();
    let mut mounts = Vec::new();
    for mount in &spec.mounts {
        match &mount.source {
            MountSource::HostPath(path) => {
                binds.push(format!("{path}:{}{}", mount.target, if mount.read_only { ":ro" } else { "" }));
            }
            MountSource::Volume(name) => mounts.push(bollard::models::Mount {
                target: Some(mount.target.clone()),
                source: if name.is_empty() { None } else { Some(name.clone()) },
                typ: Some(MountType::VOLUME),
                read_only: Some(mount.read_only),
                ..Default::default()
            }),
        }
    }

    let host_config = HostConfig {
        cpu_shares: spec.cpu_shares.map(|shares| i64::try_from(shares).unwrap_or(i64::MAX)),
        memory: spec.memory_limit_bytes,
        memory_reservation: spec.memory_reservation_bytes,
        ulimits: non_empty(
            spec.ulimits
                .iter()
                .map(|ulimit| ResourcesUlimits { name: Some(ulimit.name.clone()), soft: Some(ulimit.soft), hard: Some(ulimit.hard) })
                .collect(),
        ),
        init: spec.init_process.then_some(true),
        network_mode: Some(network_mode),
        port_bindings: if port_bindings.is_empty() { None } else { Some(port_bindings) },
        binds: non_empty(binds),
        mounts: non_empty(mounts),
        extra_hosts: non_empty(spec.extra_hosts.clone()),
        ..Default::default()
    };

    ContainerCreateBody {
        image: Some(spec.image.clone()),
        entrypoint: spec.entry_point.clone(),
        cmd: spec.command.clone(),
        env: non_empty(spec.environment.iter().map(|(name, value)| format!("{name}={value}")).collect()),
        working_dir: spec.working_directory.clone(),
        user: spec.user.clone(),
        hostname: spec.hostname.clone(),
        labels: if spec.labels.is_empty() { None } else { Some(spec.labels.iter().map(|(k, v)| (k.clone(), v.clone())).collect()) },
        exposed_ports: non_empty(exposed_ports),
        healthcheck: spec.health_check.as_ref().map(|check| HealthConfig {
            test: Some(check.test.clone()),
            interval: Some(duration_nanoseconds(check.interval)),
            timeout: Some(duration_nanoseconds(check.timeout)),
            retries: Some(i64::from(check.retries)),
            start_period: Some(duration_nanoseconds(check.start_period)),
            ..Default::default()
        }),
        host_config: Some(host_config),
        networking_config,
        ..Default::default()
    }
}

fn non_empty<T>(items: Vec<T>) -> Option<Vec<T>> {
    if items.is_empty() { None } else { Some(items) }
}

fn duration_nanoseconds(duration: Duration) -> i64 {
    i64::try_from(duration.as_nanos()).unwrap_or(i64::MAX)
}

fn parse_port_key(key: &str) -> Option<(u16, PortProtocol)> {
    let (port, protocol) = key.split_once('/').unwrap_or((key, "tcp"));
    let protocol = match protocol {
        "tcp" => PortProtocol::Tcp,
        "udp" => PortProtocol::Udp,
        _ => return None,
    };
    Some((port.parse().ok()?, protocol))
}

fn sort_ports(ports: &mut [BoundPort]) {
    ports.sort_by(|a, b| {
        (a.container_port, a.protocol, &a.host_ip, a.host_port).cmp(&(b.container_port, b.protocol, &b.host_ip, b.host_port))
    });
}

fn to_btree(map: Option<HashMap<String, String>>) -> BTreeMap<String, String> {
    map.unwrap_or_default().into_iter().collect()
}

/// What `inspect` says about a container, in Ferry's terms.
fn status_from_inspect(inspect: ContainerInspectResponse) -> ContainerStatus {
    let engine_state = inspect.state.unwrap_or_default();
    let config = inspect.config.unwrap_or_default();
    let state = match engine_state.status {
        Some(ContainerStateStatusEnum::CREATED) => ContainerState::Created,
        Some(ContainerStateStatusEnum::RUNNING | ContainerStateStatusEnum::STOPPING) => ContainerState::Running,
        Some(ContainerStateStatusEnum::PAUSED) => ContainerState::Paused,
        Some(ContainerStateStatusEnum::RESTARTING) => ContainerState::Restarting,
        Some(ContainerStateStatusEnum::REMOVING) => ContainerState::Removing,
        Some(ContainerStateStatusEnum::EXITED) => ContainerState::Exited,
        Some(ContainerStateStatusEnum::DEAD) => ContainerState::Dead,
        Some(ContainerStateStatusEnum::EMPTY) | None => {
            if engine_state.running.unwrap_or(false) {
                ContainerState::Running
            } else {
                ContainerState::Created
            }
        }
    };
    let error = engine_state.error.filter(|error| !error.is_empty());
    // The engine reports exit code 0 for containers that never ran; only an exit, or a start that
    // failed (the engine then records 127/128 with the error), has a meaningful code.
    let exit_code = match state {
        ContainerState::Exited | ContainerState::Dead => engine_state.exit_code,
        _ if error.is_some() && engine_state.exit_code.unwrap_or(0) != 0 => engine_state.exit_code,
        _ => None,
    };
    let health = engine_state.health.and_then(|health| health.status).and_then(|status| match status {
        HealthStatusEnum::STARTING => Some(HealthState::Starting),
        HealthStatusEnum::HEALTHY => Some(HealthState::Healthy),
        HealthStatusEnum::UNHEALTHY => Some(HealthState::Unhealthy),
        HealthStatusEnum::NONE | HealthStatusEnum::EMPTY => None,
    });

    let network_settings = inspect.network_settings.unwrap_or_default();
    let mut ports = Vec::new();
    for (key, bindings) in network_settings.ports.unwrap_or_default() {
        let Some((container_port, protocol)) = parse_port_key(&key) else { continue };
        for binding in bindings.unwrap_or_default() {
            // Exposed but unpublished ports have no host port.
            let Some(host_port) = binding.host_port.as_deref().and_then(|port| port.parse::<u16>().ok()) else { continue };
            ports.push(BoundPort { container_port, protocol, host_ip: binding.host_ip.unwrap_or_default(), host_port });
        }
    }
    sort_ports(&mut ports);
    let network_addresses = network_addresses(network_settings.networks);

    ContainerStatus {
        id: inspect.id.unwrap_or_default(),
        name: inspect.name.unwrap_or_default().trim_start_matches('/').to_string(),
        image: config.image.unwrap_or_default(),
        image_id: inspect.image.filter(|image| !image.is_empty()),
        labels: to_btree(config.labels),
        state,
        exit_code,
        error,
        oom_killed: engine_state.oom_killed.unwrap_or(false),
        created_at: inspect.created.as_deref().and_then(parse_engine_time),
        started_at: engine_state.started_at.as_deref().and_then(parse_engine_time),
        finished_at: engine_state.finished_at.as_deref().and_then(parse_engine_time),
        health,
        ports,
        network_addresses,
    }
}

fn network_addresses(networks: Option<HashMap<String, EndpointSettings>>) -> BTreeMap<String, String> {
    networks
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(name, endpoint)| endpoint.ip_address.filter(|address| !address.is_empty()).map(|address| (name, address)))
        .collect()
}

/// What the list answer says about a container. It is a summary: the exit code and health come
/// from the engine's status text ("Exited (137) 3 seconds ago", "Up 1 minute (healthy)"), and
/// start and finish times, the error and the OOM flag are only in `inspect_container`.
fn status_from_summary(summary: ContainerSummary) -> ContainerStatus {
    let state = match summary.state {
        Some(ContainerSummaryStateEnum::CREATED) | Some(ContainerSummaryStateEnum::EMPTY) | None => ContainerState::Created,
        Some(ContainerSummaryStateEnum::RUNNING | ContainerSummaryStateEnum::STOPPING) => ContainerState::Running,
        Some(ContainerSummaryStateEnum::PAUSED) => ContainerState::Paused,
        Some(ContainerSummaryStateEnum::RESTARTING) => ContainerState::Restarting,
        Some(ContainerSummaryStateEnum::REMOVING) => ContainerState::Removing,
        Some(ContainerSummaryStateEnum::EXITED) => ContainerState::Exited,
        Some(ContainerSummaryStateEnum::DEAD) => ContainerState::Dead,
    };
    let status_text = summary.status.unwrap_or_default();
    let exit_code = match state {
        ContainerState::Exited | ContainerState::Dead => exit_code_from_status_text(&status_text),
        _ => None,
    };
    let health = if status_text.contains("(healthy)") {
        Some(HealthState::Healthy)
    } else if status_text.contains("(unhealthy)") {
        Some(HealthState::Unhealthy)
    } else if status_text.contains("(health: starting)") {
        Some(HealthState::Starting)
    } else {
        None
    };
    let mut ports: Vec<BoundPort> = summary
        .ports
        .unwrap_or_default()
        .into_iter()
        .filter_map(|port| {
            let protocol = match port.typ {
                Some(PortSummaryTypeEnum::UDP) => PortProtocol::Udp,
                Some(PortSummaryTypeEnum::TCP | PortSummaryTypeEnum::EMPTY) | None => PortProtocol::Tcp,
                Some(PortSummaryTypeEnum::SCTP) => return None,
            };
            Some(BoundPort {
                container_port: port.private_port,
                protocol,
                host_ip: port.ip.unwrap_or_default(),
                host_port: port.public_port?,
            })
        })
        .collect();
    sort_ports(&mut ports);
    ContainerStatus {
        id: summary.id.unwrap_or_default(),
        name: summary.names.unwrap_or_default().first().map(|name| name.trim_start_matches('/').to_string()).unwrap_or_default(),
        image: summary.image.unwrap_or_default(),
        image_id: summary.image_id.filter(|image| !image.is_empty()),
        labels: to_btree(summary.labels),
        state,
        exit_code,
        error: None,
        oom_killed: false,
        created_at: summary
            .created
            .and_then(|seconds| u64::try_from(seconds).ok())
            .map(|seconds| UNIX_EPOCH + Duration::from_secs(seconds)),
        started_at: None,
        finished_at: None,
        health,
        ports,
        network_addresses: network_addresses(summary.network_settings.and_then(|settings| settings.networks)),
    }
}

/// 137 from "Exited (137) 3 seconds ago".
fn exit_code_from_status_text(status_text: &str) -> Option<i64> {
    let after = status_text.split_once('(')?.1;
    after.split_once(')')?.0.trim().parse().ok()
}

fn event_from_message(message: EventMessage) -> Option<EngineEvent> {
    if !matches!(message.typ, Some(EventMessageTypeEnum::CONTAINER) | None) {
        return None;
    }
    let action = message.action?;
    // Health events' actions carry the new status: "health_status: healthy".
    let kind = match action.split(':').next().unwrap_or_default().trim() {
        "create" => EngineEventKind::Created,
        "start" => EngineEventKind::Started,
        "die" => EngineEventKind::Died,
        "health_status" => EngineEventKind::HealthChanged,
        "oom" => EngineEventKind::OutOfMemory,
        "destroy" => EngineEventKind::Destroyed,
        _ => return None,
    };
    let actor = message.actor?;
    let labels =
        actor.attributes.unwrap_or_default().into_iter().filter(|(key, _)| !NON_LABEL_EVENT_ATTRIBUTES.contains(&key.as_str())).collect();
    Some(EngineEvent { container_id: actor.id?, kind, labels })
}

fn network_info_from_inspect(network: NetworkInspect) -> NetworkInfo {
    let ipv4_config = network
        .ipam
        .and_then(|ipam| ipam.config)
        .unwrap_or_default()
        .into_iter()
        .find(|config| config.subnet.as_deref().is_some_and(|subnet| subnet.contains('.')))
        .unwrap_or_default();
    let subnet = ipv4_config.subnet.unwrap_or_default();
    // Engines leave the gateway out of the IPAM config when they chose it: the first host address.
    let gateway = ipv4_config.gateway.filter(|gateway| !gateway.is_empty()).or_else(|| first_host_address(&subnet)).unwrap_or_default();
    NetworkInfo { name: network.name.unwrap_or_default(), id: network.id.unwrap_or_default(), subnet, gateway }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{HealthCheck, Mount, PortBinding, Ulimit};
    use bollard::models::{ContainerConfig, ContainerState as EngineContainerState, EventActor, Health, NetworkSettings};

    #[test]
    fn image_references_get_latest_only_without_tag_or_digest() {
        let check = |image: &str, expected: &str| assert_eq!(image_reference_with_default_tag(image), expected, "{image}");
        check("busybox", "busybox:latest");
        check("busybox:1.36", "busybox:1.36");
        check("127.0.0.1:5000/team/app", "127.0.0.1:5000/team/app:latest");
        check("127.0.0.1:5000/team/app:v2", "127.0.0.1:5000/team/app:v2");
        check("app@sha256:abcd", "app@sha256:abcd");
    }

    #[test]
    fn architectures_get_go_names() {
        assert_eq!(go_architecture("x86_64"), "amd64");
        assert_eq!(go_architecture("aarch64"), "arm64");
        assert_eq!(go_architecture("s390x"), "s390x");
    }

    #[test]
    fn gateway_is_the_first_host_address() {
        assert_eq!(first_host_address("10.213.250.0/24").as_deref(), Some("10.213.250.1"));
        assert_eq!(first_host_address("10.213.250.77/24").as_deref(), Some("10.213.250.1"));
        assert_eq!(first_host_address("172.17.0.0/16").as_deref(), Some("172.17.0.1"));
        assert_eq!(first_host_address("10.0.0.0/31"), None);
        assert_eq!(first_host_address("nonsense"), None);
        assert_eq!(first_host_address("fd00::/64"), None);
    }

    #[test]
    fn engine_zero_time_is_unset() {
        assert_eq!(parse_engine_time("0001-01-01T00:00:00Z"), None);
        assert_eq!(parse_engine_time(""), None);
        let parsed = parse_engine_time("2024-05-01T12:00:00.123456789Z").unwrap();
        assert_eq!(parsed.duration_since(UNIX_EPOCH).unwrap(), Duration::new(1_714_564_800, 123_456_789));
    }

    fn full_spec() -> ContainerSpec {
        ContainerSpec {
            name: "web".to_string(),
            image: "ferry-test/busybox:latest".to_string(),
            entry_point: Some(vec!["sh".to_string(), "-c".to_string()]),
            command: Some(vec!["httpd -f".to_string()]),
            environment: vec![("A".to_string(), "1".to_string())],
            working_directory: Some("/tmp".to_string()),
            user: Some("nobody".to_string()),
            hostname: Some("web-host".to_string()),
            labels: BTreeMap::from([("ferry.task".to_string(), "t1".to_string())]),
            cpu_shares: Some(512),
            memory_limit_bytes: Some(64 << 20),
            memory_reservation_bytes: Some(32 << 20),
            ulimits: vec![Ulimit { name: "nofile".to_string(), soft: 1024, hard: 2048 }],
            init_process: true,
            network: NetworkAttachment::Network { name: "ferry-net".to_string(), ipv4_address: Some("10.0.0.5".to_string()) },
            port_bindings: vec![
                PortBinding { container_port: 80, protocol: PortProtocol::Tcp, host_port: None, host_ip: "127.0.0.1".to_string() },
                PortBinding { container_port: 80, protocol: PortProtocol::Tcp, host_port: Some(8080), host_ip: "0.0.0.0".to_string() },
                PortBinding { container_port: 53, protocol: PortProtocol::Udp, host_port: Some(5353), host_ip: "127.0.0.1".to_string() },
            ],
            mounts: vec![
                Mount { source: MountSource::HostPath("/srv/data".to_string()), target: "/data".to_string(), read_only: true },
                Mount { source: MountSource::Volume("cache".to_string()), target: "/cache".to_string(), read_only: false },
            ],
            health_check: Some(HealthCheck {
                test: vec!["CMD-SHELL".to_string(), "true".to_string()],
                interval: Duration::from_secs(5),
                timeout: Duration::from_millis(1500),
                retries: 3,
                start_period: Duration::ZERO,
            }),
            extra_hosts: vec!["db:10.0.0.9".to_string()],
        }
    }

    #[test]
    fn every_spec_field_reaches_the_create_request() {
        let body = container_create_body(&full_spec());
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(json["Image"], "ferry-test/busybox:latest");
        assert_eq!(json["Entrypoint"], serde_json::json!(["sh", "-c"]));
        assert_eq!(json["Cmd"], serde_json::json!(["httpd -f"]));
        assert_eq!(json["Env"], serde_json::json!(["A=1"]));
        assert_eq!(json["WorkingDir"], "/tmp");
        assert_eq!(json["User"], "nobody");
        assert_eq!(json["Hostname"], "web-host");
        assert_eq!(json["Labels"], serde_json::json!({"ferry.task": "t1"}));
        assert_eq!(json["ExposedPorts"], serde_json::json!({"80/tcp": {}, "53/udp": {}}));
        assert_eq!(
            json["Healthcheck"],
            serde_json::json!({"Test": ["CMD-SHELL", "true"], "Interval": 5_000_000_000i64, "Timeout": 1_500_000_000i64, "Retries": 3, "StartPeriod": 0})
        );
        let host = &json["HostConfig"];
        assert_eq!(host["CpuShares"], 512);
        assert_eq!(host["Memory"], 64 << 20);
        assert_eq!(host["MemoryReservation"], 32 << 20);
        assert_eq!(host["Ulimits"], serde_json::json!([{"Name": "nofile", "Soft": 1024, "Hard": 2048}]));
        assert_eq!(host["Init"], true);
        assert_eq!(host["NetworkMode"], "ferry-net");
        assert_eq!(
            host["PortBindings"],
            serde_json::json!({
                "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}, {"HostIp": "0.0.0.0", "HostPort": "8080"}],
                "53/udp": [{"HostIp": "127.0.0.1", "HostPort": "5353"}],
            })
        );
        assert_eq!(host["Binds"], serde_json::json!(["/srv/data:/data:ro"]));
        assert_eq!(host["Mounts"], serde_json::json!([{"Target": "/cache", "Source": "cache", "Type": "volume", "ReadOnly": false}]));
        assert_eq!(host["ExtraHosts"], serde_json::json!(["db:10.0.0.9"]));
        assert_eq!(
            json["NetworkingConfig"],
            serde_json::json!({"EndpointsConfig": {"ferry-net": {"IPAMConfig": {"IPv4Address": "10.0.0.5"}}}})
        );
    }

    #[test]
    fn volume_requests_carry_driver_options_and_labels_only_when_given() {
        let options = BTreeMap::from([("type".to_string(), "tmpfs".to_string())]);
        let labels = BTreeMap::from([("team".to_string(), "blue".to_string())]);
        let json = serde_json::to_value(volume_create_request("data", Some("local"), &options, &labels)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"Name": "data", "Driver": "local", "DriverOpts": {"type": "tmpfs"}, "Labels": {"team": "blue"}})
        );
        let json = serde_json::to_value(volume_create_request("data", Some(""), &BTreeMap::new(), &BTreeMap::new())).unwrap();
        assert_eq!(json, serde_json::json!({"Name": "data"}));
    }

    #[test]
    fn network_modes_have_the_engine_names() {
        let mode = |network: NetworkAttachment| {
            let body = container_create_body(&ContainerSpec { network, ..Default::default() });
            (body.host_config.unwrap().network_mode.unwrap(), body.networking_config.is_some())
        };
        assert_eq!(mode(NetworkAttachment::DefaultBridge), ("bridge".to_string(), false));
        assert_eq!(mode(NetworkAttachment::Host), ("host".to_string(), false));
        assert_eq!(mode(NetworkAttachment::None), ("none".to_string(), false));
        assert_eq!(mode(NetworkAttachment::Container { id: "abc".to_string() }), ("container:abc".to_string(), false));
        assert_eq!(mode(NetworkAttachment::Network { name: "n".to_string(), ipv4_address: None }), ("n".to_string(), true));
    }

    #[test]
    fn a_minimal_spec_sends_no_empty_lists() {
        let json = serde_json::to_value(container_create_body(&ContainerSpec { image: "x".to_string(), ..Default::default() })).unwrap();
        for absent in ["Env", "ExposedPorts", "Labels", "Healthcheck", "Cmd", "Entrypoint"] {
            assert!(json.get(absent).is_none(), "{absent} should be absent: {json}");
        }
        for absent in ["Ulimits", "PortBindings", "Binds", "Mounts", "ExtraHosts", "Init", "CpuShares", "Memory"] {
            assert!(json["HostConfig"].get(absent).is_none(), "{absent} should be absent: {json}");
        }
    }

    #[test]
    fn inspect_maps_state_ports_and_networks() {
        let inspect = ContainerInspectResponse {
            id: Some("abc".to_string()),
            name: Some("/web".to_string()),
            image: Some("sha256:feed".to_string()),
            created: Some("2024-05-01T12:00:00Z".to_string()),
            state: Some(EngineContainerState {
                status: Some(ContainerStateStatusEnum::EXITED),
                exit_code: Some(137),
                oom_killed: Some(true),
                error: Some(String::new()),
                started_at: Some("2024-05-01T12:00:01Z".to_string()),
                finished_at: Some("2024-05-01T12:00:02Z".to_string()),
                health: Some(Health { status: Some(HealthStatusEnum::UNHEALTHY), ..Default::default() }),
                ..Default::default()
            }),
            config: Some(ContainerConfig {
                image: Some("ferry-test/busybox:latest".to_string()),
                labels: Some(HashMap::from([("k".to_string(), "v".to_string())])),
                ..Default::default()
            }),
            network_settings: Some(NetworkSettings {
                ports: Some(HashMap::from([
                    (
                        "80/tcp".to_string(),
                        Some(vec![bollard::models::PortBinding {
                            host_ip: Some("127.0.0.1".to_string()),
                            host_port: Some("32768".to_string()),
                        }]),
                    ),
                    ("81/tcp".to_string(), None),
                    (
                        "82/tcp".to_string(),
                        Some(vec![bollard::models::PortBinding { host_ip: Some(String::new()), host_port: Some(String::new()) }]),
                    ),
                ])),
                networks: Some(HashMap::from([
                    ("bridge".to_string(), EndpointSettings { ip_address: Some("172.17.0.2".to_string()), ..Default::default() }),
                    ("empty".to_string(), EndpointSettings { ip_address: Some(String::new()), ..Default::default() }),
                ])),
                ..Default::default()
            }),
            ..Default::default()
        };
        let status = status_from_inspect(inspect);
        assert_eq!(status.id, "abc");
        assert_eq!(status.name, "web");
        assert_eq!(status.image, "ferry-test/busybox:latest");
        assert_eq!(status.image_id.as_deref(), Some("sha256:feed"));
        assert_eq!(status.state, ContainerState::Exited);
        assert_eq!(status.exit_code, Some(137));
        assert_eq!(status.error, None);
        assert!(status.oom_killed);
        assert_eq!(status.health, Some(HealthState::Unhealthy));
        assert!(status.started_at.unwrap() < status.finished_at.unwrap());
        assert_eq!(status.created_at, parse_engine_time("2024-05-01T12:00:00Z"));
        assert_eq!(
            status.ports,
            vec![BoundPort { container_port: 80, protocol: PortProtocol::Tcp, host_ip: "127.0.0.1".to_string(), host_port: 32768 }]
        );
        assert_eq!(status.network_addresses, BTreeMap::from([("bridge".to_string(), "172.17.0.2".to_string())]));
        assert_eq!(status.labels, BTreeMap::from([("k".to_string(), "v".to_string())]));
    }

    #[test]
    fn a_created_container_has_no_exit_code() {
        let inspect = ContainerInspectResponse {
            state: Some(EngineContainerState {
                status: Some(ContainerStateStatusEnum::CREATED),
                exit_code: Some(0),
                started_at: Some("0001-01-01T00:00:00Z".to_string()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let status = status_from_inspect(inspect);
        assert_eq!((status.state, status.exit_code, status.started_at, status.health), (ContainerState::Created, None, None, None));
    }

    #[test]
    fn summary_status_text_gives_exit_code_and_health() {
        assert_eq!(exit_code_from_status_text("Exited (137) 3 seconds ago"), Some(137));
        assert_eq!(exit_code_from_status_text("Exited (0) About a minute ago"), Some(0));
        assert_eq!(exit_code_from_status_text("Created"), None);
        let summary = ContainerSummary {
            names: Some(vec!["/web".to_string()]),
            state: Some(ContainerSummaryStateEnum::RUNNING),
            status: Some("Up 3 seconds (health: starting)".to_string()),
            ..Default::default()
        };
        let status = status_from_summary(summary);
        assert_eq!((status.name.as_str(), status.state, status.health), ("web", ContainerState::Running, Some(HealthState::Starting)));
    }

    #[test]
    fn events_map_by_action_and_drop_engine_attributes() {
        let message = |action: &str| EventMessage {
            typ: Some(EventMessageTypeEnum::CONTAINER),
            action: Some(action.to_string()),
            actor: Some(EventActor {
                id: Some("abc".to_string()),
                attributes: Some(HashMap::from([
                    ("name".to_string(), "web".to_string()),
                    ("image".to_string(), "busybox".to_string()),
                    ("exitCode".to_string(), "0".to_string()),
                    ("ferry.task".to_string(), "t1".to_string()),
                ])),
            }),
            ..Default::default()
        };
        let event = event_from_message(message("die")).unwrap();
        assert_eq!(event.kind, EngineEventKind::Died);
        assert_eq!(event.container_id, "abc");
        assert_eq!(event.labels, BTreeMap::from([("ferry.task".to_string(), "t1".to_string())]));
        assert_eq!(event_from_message(message("health_status: healthy")).unwrap().kind, EngineEventKind::HealthChanged);
        assert_eq!(event_from_message(message("oom")).unwrap().kind, EngineEventKind::OutOfMemory);
        assert_eq!(event_from_message(message("exec_start: sh")), None);
    }

    #[test]
    fn engine_errors_map_by_status() {
        let server = |status_code: u16| BollardError::DockerResponseServerError { status_code, message: "engine says no".to_string() };
        assert!(
            matches!(engine_error("e", server(404), RequestSubject::Container("c")), EngineError::ContainerNotFound { id } if id == "c")
        );
        assert!(
            matches!(engine_error("e", server(404), RequestSubject::Image("i")), EngineError::ImageNotFound { image, .. } if image == "i")
        );
        assert!(matches!(engine_error("e", server(409), RequestSubject::Other), EngineError::Conflict { .. }));
        assert!(
            matches!(engine_error("e", server(500), RequestSubject::Container("c")), EngineError::Refused { detail } if detail == "engine says no")
        );
        assert!(matches!(
            engine_error("unix:///nowhere.sock", BollardError::SocketNotFoundError("/nowhere.sock".to_string()), RequestSubject::Other),
            EngineError::Unavailable { endpoint, detail } if endpoint == "unix:///nowhere.sock" && detail.contains("DOCKER_HOST")
        ));
    }
}
