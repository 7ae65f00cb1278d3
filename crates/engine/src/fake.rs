//! `FakeEngine`: a container engine kept in memory, for tests and scale benchmarks — never the
//! default anywhere. It behaves like dockerd where the agent can tell (ids, states, exit codes 143
//! and 137, dynamic host ports from 32768, addresses on networks, events, 404/409 answers) and
//! gives tests the controls a real engine cannot: exit a container, set its health, fail a pull,
//! restart or lose the engine. Named volumes are kept as records (made by `ensure_volume` or by a
//! container's mount, as dockerd makes them) so tests can see what was created and removed.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use futures::StreamExt;
use futures::stream::BoxStream;
use tokio::sync::broadcast;

use crate::{
    BoundPort, ContainerEngine, ContainerSpec, ContainerState, ContainerStatus, EngineError, EngineEvent, EngineEventKind, EngineInfo,
    HealthState, MountSource, NetworkAttachment, NetworkInfo, RegistryAuth,
};

/// The endpoint the fake names in `Unavailable` errors.
const FAKE_ENDPOINT: &str = "fake://engine";

/// Where dockerd starts handing out dynamic host ports (the Linux ephemeral range).
const FIRST_DYNAMIC_HOST_PORT: u16 = 32768;

/// Events buffered per subscriber before a slow one is told it fell behind.
const EVENT_BUFFER: usize = 8192;

/// The driver dockerd uses when none is named.
const DEFAULT_VOLUME_DRIVER: &str = "local";

/// Exit codes a real engine reports: 128 + SIGTERM, 128 + SIGKILL, and the code dockerd gives
/// containers it found running when it came back after a restart.
const EXIT_CODE_SIGTERM: i64 = 143;
const EXIT_CODE_SIGKILL: i64 = 137;
const EXIT_CODE_ENGINE_RESTART: i64 = 255;

/// An in-memory container engine. Clones share the same engine.
#[derive(Clone)]
pub struct FakeEngine {
    state: Arc<Mutex<FakeState>>,
}

impl std::fmt::Debug for FakeEngine {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("FakeEngine").field("containers", &self.container_count()).finish()
    }
}

struct FakeContainer {
    id: String,
    spec: ContainerSpec,
    state: ContainerState,
    exit_code: Option<i64>,
    created_at: SystemTime,
    started_at: Option<SystemTime>,
    finished_at: Option<SystemTime>,
    health: Option<HealthState>,
    ports: Vec<BoundPort>,
    network_addresses: BTreeMap<String, String>,
    ignores_sigterm: bool,
}

/// A named volume on the fake engine, as it was made. It holds no data: the fake runs no processes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeVolume {
    /// `local` unless it was made with another driver.
    pub driver: String,
    pub driver_opts: BTreeMap<String, String>,
    pub labels: BTreeMap<String, String>,
}

impl FakeVolume {
    /// What a mount of a missing volume makes: the default driver, no options, no labels.
    fn implicit() -> FakeVolume {
        FakeVolume { driver: DEFAULT_VOLUME_DRIVER.to_string(), driver_opts: BTreeMap::new(), labels: BTreeMap::new() }
    }
}

struct FakeNetwork {
    info: NetworkInfo,
    /// The subnet's first address and its size, to hand out addresses from.
    base: u32,
    size: u32,
    /// Addresses taken by running containers (the gateway is never handed out).
    used: BTreeSet<u32>,
}

struct FakeState {
    containers: BTreeMap<String, FakeContainer>,
    images: BTreeSet<String>,
    pullable: BTreeSet<String>,
    failing_pulls: BTreeSet<String>,
    networks: BTreeMap<String, FakeNetwork>,
    volumes: BTreeMap<String, FakeVolume>,
    next_container_number: u64,
    next_network_number: u64,
    unavailable: bool,
    /// Replaced when the engine restarts or goes away, which ends every open event stream.
    events: broadcast::Sender<EngineEvent>,
    cpus: u32,
    memory_bytes: u64,
}

impl Default for FakeEngine {
    fn default() -> Self {
        FakeEngine::new()
    }
}

impl FakeEngine {
    /// An engine with no images and no containers, 4 CPUs and 8 GiB, and the default bridge network
    /// on 172.17.0.0/16 like dockerd's.
    pub fn new() -> FakeEngine {
        FakeEngine::with_capacity(4, 8 << 30)
    }

    /// An engine that reports `cpus` CPUs and `memory_bytes` of memory in `info`.
    pub fn with_capacity(cpus: u32, memory_bytes: u64) -> FakeEngine {
        let mut networks = BTreeMap::new();
        let bridge = FakeNetwork::new("bridge", "fake-network-bridge", "172.17.0.0/16").expect("the default bridge subnet is valid");
        networks.insert("bridge".to_string(), bridge);
        FakeEngine {
            state: Arc::new(Mutex::new(FakeState {
                containers: BTreeMap::new(),
                images: BTreeSet::new(),
                pullable: BTreeSet::new(),
                failing_pulls: BTreeSet::new(),
                networks,
                volumes: BTreeMap::new(),
                next_container_number: 1,
                next_network_number: 1,
                unavailable: false,
                events: broadcast::channel(EVENT_BUFFER).0,
                cpus,
                memory_bytes,
            })),
        }
    }

    fn lock(&self) -> MutexGuard<'_, FakeState> {
        // A test that panicked while holding the lock must not hide its own failure behind ours.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Puts `image` on the engine, as if it had been pulled.
    pub fn add_image(&self, image: &str) {
        self.lock().images.insert(normalized_image(image));
    }

    /// Lets `pull_image` fetch `image` from its "registry"; it is not present until pulled.
    pub fn allow_pull(&self, image: &str) {
        self.lock().pullable.insert(normalized_image(image));
    }

    /// Makes the next pull of `image` fail with `PullFailed`, whether or not it is pullable.
    pub fn fail_next_pull(&self, image: &str) {
        self.lock().failing_pulls.insert(normalized_image(image));
    }

    /// Marks a container as ignoring SIGTERM: stopping it waits the whole timeout, then kills it
    /// (exit code 137).
    pub fn ignore_sigterm(&self, id: &str) {
        if let Some(container) = self.lock().containers.get_mut(id) {
            container.ignores_sigterm = true;
        }
    }

    /// The container's process exits by itself with `exit_code`. Returns false when there is no
    /// running container `id`.
    pub fn exit_container(&self, id: &str, exit_code: i64) -> bool {
        let mut state = self.lock();
        let FakeState { containers, networks, events, .. } = &mut *state;
        match containers.get_mut(id) {
            Some(container) if container.state == ContainerState::Running => {
                container.exit(exit_code, networks);
                publish(events, container, EngineEventKind::Died);
                true
            }
            _ => false,
        }
    }

    /// The container's health check reports `health`. Returns false when there is no container `id`.
    pub fn set_health(&self, id: &str, health: HealthState) -> bool {
        let mut state = self.lock();
        let FakeState { containers, events, .. } = &mut *state;
        match containers.get_mut(id) {
            Some(container) => {
                if container.health != Some(health) {
                    container.health = Some(health);
                    publish(events, container, EngineEventKind::HealthChanged);
                }
                true
            }
            None => false,
        }
    }

    /// The engine restarts: every running container is found exited with code 255 (as dockerd
    /// reports containers that were running when it went down), and every event stream ends, so
    /// consumers reconnect and re-list.
    pub fn restart_engine(&self) {
        let mut state = self.lock();
        let FakeState { containers, networks, events, .. } = &mut *state;
        for container in containers.values_mut().filter(|container| container.state == ContainerState::Running) {
            container.exit(EXIT_CODE_ENGINE_RESTART, networks);
        }
        *events = broadcast::channel(EVENT_BUFFER).0;
    }

    /// While true, every call fails with `Unavailable` and event streams end, as when the engine's
    /// socket is gone.
    pub fn make_unavailable(&self, unavailable: bool) {
        let mut state = self.lock();
        state.unavailable = unavailable;
        if unavailable {
            state.events = broadcast::channel(EVENT_BUFFER).0;
        }
    }

    /// How many containers exist, in any state.
    pub fn container_count(&self) -> usize {
        self.lock().containers.len()
    }

    /// The named volume `name`, if it exists.
    pub fn volume(&self, name: &str) -> Option<FakeVolume> {
        self.lock().volumes.get(name).cloned()
    }

    /// The names of every named volume, sorted.
    pub fn volume_names(&self) -> Vec<String> {
        self.lock().volumes.keys().cloned().collect()
    }

    /// Locks the engine and fails as a missing engine would.
    fn available(&self) -> Result<MutexGuard<'_, FakeState>, EngineError> {
        let state = self.lock();
        if state.unavailable { Err(unavailable_error()) } else { Ok(state) }
    }
}

fn unavailable_error() -> EngineError {
    EngineError::Unavailable { endpoint: FAKE_ENDPOINT.to_string(), detail: "the fake engine was made unavailable by the test".to_string() }
}

/// `image` with `:latest` when it names neither a tag nor a digest, as engines resolve it.
fn normalized_image(image: &str) -> String {
    let last_component = image.rsplit('/').next().unwrap_or(image);
    if image.contains('@') || last_component.contains(':') { image.to_string() } else { format!("{image}:latest") }
}

fn publish(events: &broadcast::Sender<EngineEvent>, container: &FakeContainer, kind: EngineEventKind) {
    // Nobody listening is fine: events are wake-ups, not a log.
    let _ = events.send(EngineEvent { container_id: container.id.clone(), kind, labels: container.spec.labels.clone() });
}

fn has_labels(container_labels: &BTreeMap<String, String>, wanted: &[(String, String)]) -> bool {
    wanted.iter().all(|(key, value)| container_labels.get(key) == Some(value))
}

impl FakeNetwork {
    fn new(name: &str, id: &str, subnet: &str) -> Option<FakeNetwork> {
        let (address, prefix_length) = subnet.split_once('/')?;
        let address: Ipv4Addr = address.parse().ok()?;
        let prefix_length: u32 = prefix_length.parse().ok()?;
        if !(1..=30).contains(&prefix_length) {
            return None;
        }
        let size = 1u32 << (32 - prefix_length);
        let base = u32::from(address) & !(size - 1);
        let gateway = Ipv4Addr::from(base + 1).to_string();
        let subnet = format!("{}/{prefix_length}", Ipv4Addr::from(base));
        Some(FakeNetwork {
            info: NetworkInfo { name: name.to_string(), id: id.to_string(), subnet, gateway },
            base,
            size,
            used: BTreeSet::new(),
        })
    }

    fn overlaps(&self, other: &FakeNetwork) -> bool {
        let end = u64::from(self.base) + u64::from(self.size);
        let other_end = u64::from(other.base) + u64::from(other.size);
        u64::from(self.base) < other_end && u64::from(other.base) < end
    }

    /// Takes `fixed` if given (and free and inside the subnet), else the lowest free host address.
    fn take_address(&mut self, fixed: Option<&str>) -> Result<String, EngineError> {
        let address = match fixed {
            Some(fixed) => {
                let address = fixed
                    .parse::<Ipv4Addr>()
                    .map_err(|_| EngineError::Refused { detail: format!("{fixed} is not an IPv4 address") })
                    .map(u32::from)?;
                if address <= self.base + 1 || address >= self.base + self.size - 1 {
                    return Err(EngineError::Refused {
                        detail: format!("{fixed} is not a free host address of {} ({})", self.info.name, self.info.subnet),
                    });
                }
                if self.used.contains(&address) {
                    return Err(EngineError::Conflict { detail: format!("address {fixed} is already in use on {}", self.info.name) });
                }
                address
            }
            None => (self.base + 2..self.base + self.size - 1)
                .find(|candidate| !self.used.contains(candidate))
                .ok_or_else(|| EngineError::Refused { detail: format!("no free addresses left on {}", self.info.name) })?,
        };
        self.used.insert(address);
        Ok(Ipv4Addr::from(address).to_string())
    }

    fn release_address(&mut self, address: &str) {
        if let Ok(address) = address.parse::<Ipv4Addr>() {
            self.used.remove(&u32::from(address));
        }
    }
}

impl FakeContainer {
    fn status(&self) -> ContainerStatus {
        ContainerStatus {
            id: self.id.clone(),
            name: self.spec.name.clone(),
            image: self.spec.image.clone(),
            image_id: Some(format!("sha256:{}", fake_digest(&normalized_image(&self.spec.image)))),
            labels: self.spec.labels.clone(),
            state: self.state,
            exit_code: self.exit_code,
            error: None,
            oom_killed: false,
            created_at: Some(self.created_at),
            started_at: self.started_at,
            finished_at: self.finished_at,
            health: self.health,
            ports: self.ports.clone(),
            network_addresses: self.network_addresses.clone(),
        }
    }

    /// The process ended: ports and addresses go back to the engine, as dockerd releases them.
    fn exit(&mut self, exit_code: i64, networks: &mut BTreeMap<String, FakeNetwork>) {
        self.state = ContainerState::Exited;
        self.exit_code = Some(exit_code);
        self.finished_at = Some(SystemTime::now());
        self.ports.clear();
        for (network_name, address) in std::mem::take(&mut self.network_addresses) {
            if let Some(network) = networks.get_mut(&network_name) {
                network.release_address(&address);
            }
        }
    }
}

/// A stable stand-in for a content digest: 64 hex digits derived from `text`.
fn fake_digest(text: &str) -> String {
    use std::hash::{Hash, Hasher};
    (0..4u8)
        .map(|round| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            (round, text).hash(&mut hasher);
            format!("{:016x}", hasher.finish())
        })
        .collect()
}

#[async_trait::async_trait]
impl ContainerEngine for FakeEngine {
    async fn info(&self) -> Result<EngineInfo, EngineError> {
        let state = self.available()?;
        let architecture = match std::env::consts::ARCH {
            "x86_64" => "amd64",
            "aarch64" => "arm64",
            other => other,
        };
        Ok(EngineInfo {
            description: "Ferry fake engine".to_string(),
            api_version: "1.41".to_string(),
            cpus: state.cpus,
            memory_bytes: state.memory_bytes,
            os: "linux".to_string(),
            architecture: architecture.to_string(),
        })
    }

    async fn image_present(&self, image: &str) -> Result<bool, EngineError> {
        Ok(self.available()?.images.contains(&normalized_image(image)))
    }

    async fn pull_image(&self, image: &str, _auth: Option<&RegistryAuth>) -> Result<(), EngineError> {
        let mut state = self.available()?;
        let image_name = normalized_image(image);
        if state.failing_pulls.remove(&image_name) {
            return Err(EngineError::PullFailed { image: image.to_string(), detail: "the test made this pull fail".to_string() });
        }
        if state.images.contains(&image_name) || state.pullable.contains(&image_name) {
            state.images.insert(image_name);
            Ok(())
        } else {
            Err(EngineError::PullFailed {
                image: image.to_string(),
                detail: format!("manifest for {image_name} not found: manifest unknown"),
            })
        }
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<String, EngineError> {
        let mut state = self.available()?;
        if !state.images.contains(&normalized_image(&spec.image)) {
            return Err(EngineError::ImageNotFound { image: spec.image.clone(), detail: format!("No such image: {}", spec.image) });
        }
        if state.containers.values().any(|container| container.spec.name == spec.name) {
            return Err(EngineError::Conflict { detail: format!("the container name \"/{}\" is already in use", spec.name) });
        }
        match &spec.network {
            NetworkAttachment::Network { name, .. } if !state.networks.contains_key(name) => {
                return Err(EngineError::Refused { detail: format!("network {name} not found") });
            }
            NetworkAttachment::Container { id } if !state.containers.contains_key(id) => {
                return Err(EngineError::ContainerNotFound { id: id.clone() });
            }
            _ => {}
        }
        // dockerd makes a missing named volume when the container is created, not when it starts.
        for mount in &spec.mounts {
            if let MountSource::Volume(name) = &mount.source
                && !name.is_empty()
            {
                state.volumes.entry(name.clone()).or_insert_with(FakeVolume::implicit);
            }
        }
        let number = state.next_container_number;
        state.next_container_number += 1;
        let id = format!("{number:064x}");
        let container = FakeContainer {
            id: id.clone(),
            spec: spec.clone(),
            state: ContainerState::Created,
            exit_code: None,
            created_at: SystemTime::now(),
            started_at: None,
            finished_at: None,
            health: None,
            ports: Vec::new(),
            network_addresses: BTreeMap::new(),
            ignores_sigterm: false,
        };
        publish(&state.events, &container, EngineEventKind::Created);
        state.containers.insert(id.clone(), container);
        Ok(id)
    }

    async fn start_container(&self, id: &str) -> Result<(), EngineError> {
        let mut state = self.available()?;
        let FakeState { containers, networks, events, .. } = &mut *state;
        let Some(container) = containers.get(id) else { return Err(EngineError::ContainerNotFound { id: id.to_string() }) };
        if container.state == ContainerState::Running {
            return Ok(());
        }
        if let NetworkAttachment::Container { id: namespace_owner } = &container.spec.network {
            match containers.get(namespace_owner) {
                Some(owner) if owner.state == ContainerState::Running => {}
                _ => {
                    return Err(EngineError::Refused {
                        detail: format!("cannot join network of a non running container: {namespace_owner}"),
                    });
                }
            }
        }

        // Host ports held by running containers, to refuse a taken fixed port and skip it when
        // choosing a dynamic one.
        let taken: BTreeSet<(u16, crate::PortProtocol)> = containers
            .values()
            .filter(|other| other.state == ContainerState::Running)
            .flat_map(|other| other.ports.iter().map(|port| (port.host_port, port.protocol)))
            .collect();
        let mut ports = Vec::new();
        let mut next_dynamic = FIRST_DYNAMIC_HOST_PORT;
        for binding in &container.spec.port_bindings {
            let host_port = match binding.host_port {
                Some(port) => {
                    if taken.contains(&(port, binding.protocol)) || ports.iter().any(|bound: &BoundPort| bound.host_port == port) {
                        return Err(EngineError::Refused {
                            detail: format!("Bind for {}:{port} failed: port is already allocated", binding.host_ip),
                        });
                    }
                    port
                }
                None => {
                    while taken.contains(&(next_dynamic, binding.protocol))
                        || ports.iter().any(|bound: &BoundPort| bound.host_port == next_dynamic)
                    {
                        next_dynamic = next_dynamic
                            .checked_add(1)
                            .ok_or_else(|| EngineError::Refused { detail: "no free dynamic host ports left".to_string() })?;
                    }
                    next_dynamic
                }
            };
            ports.push(BoundPort {
                container_port: binding.container_port,
                protocol: binding.protocol,
                host_ip: binding.host_ip.clone(),
                host_port,
            });
        }

        let mut network_addresses = BTreeMap::new();
        let attachment = match &container.spec.network {
            NetworkAttachment::DefaultBridge => Some(("bridge".to_string(), None)),
            NetworkAttachment::Network { name, ipv4_address } => Some((name.clone(), ipv4_address.clone())),
            NetworkAttachment::Host | NetworkAttachment::None | NetworkAttachment::Container { .. } => None,
        };
        if let Some((network_name, fixed_address)) = attachment {
            let network = networks
                .get_mut(&network_name)
                .ok_or_else(|| EngineError::Refused { detail: format!("network {network_name} not found") })?;
            let address = network.take_address(fixed_address.as_deref())?;
            network_addresses.insert(network_name, address);
        }

        let container = containers.get_mut(id).expect("looked up above under the same lock");
        container.state = ContainerState::Running;
        container.exit_code = None;
        container.started_at = Some(SystemTime::now());
        container.finished_at = None;
        container.health = container.spec.health_check.as_ref().map(|_| HealthState::Starting);
        container.ports = ports;
        container.network_addresses = network_addresses;
        publish(events, container, EngineEventKind::Started);
        Ok(())
    }

    async fn stop_container(&self, id: &str, timeout: Duration) -> Result<(), EngineError> {
        let ignores_sigterm = {
            let state = self.available()?;
            match state.containers.get(id) {
                None => return Err(EngineError::ContainerNotFound { id: id.to_string() }),
                Some(container) if container.state != ContainerState::Running => return Ok(()),
                Some(container) => container.ignores_sigterm,
            }
        };
        if ignores_sigterm {
            // The engine waits out the grace period before SIGKILL; tests pause tokio's clock.
            tokio::time::sleep(timeout).await;
        }
        let mut state = self.available()?;
        let FakeState { containers, networks, events, .. } = &mut *state;
        match containers.get_mut(id) {
            // It exited or was stopped by someone else while we waited.
            Some(container) if container.state == ContainerState::Running => {
                container.exit(if ignores_sigterm { EXIT_CODE_SIGKILL } else { EXIT_CODE_SIGTERM }, networks);
                publish(events, container, EngineEventKind::Died);
                Ok(())
            }
            Some(_) => Ok(()),
            None => Err(EngineError::ContainerNotFound { id: id.to_string() }),
        }
    }

    async fn remove_container(&self, id: &str) -> Result<(), EngineError> {
        let mut state = self.available()?;
        match state.containers.get(id) {
            None => Ok(()),
            Some(container) if container.state == ContainerState::Running => Err(EngineError::Conflict {
                detail: format!("You cannot remove a running container {id}. Stop the container before attempting removal"),
            }),
            Some(_) => {
                let container = state.containers.remove(id).expect("looked up above under the same lock");
                publish(&state.events, &container, EngineEventKind::Destroyed);
                Ok(())
            }
        }
    }

    async fn inspect_container(&self, id: &str) -> Result<Option<ContainerStatus>, EngineError> {
        Ok(self.available()?.containers.get(id).map(FakeContainer::status))
    }

    async fn list_containers(&self, labels: &[(String, String)]) -> Result<Vec<ContainerStatus>, EngineError> {
        let state = self.available()?;
        Ok(state.containers.values().filter(|container| has_labels(&container.spec.labels, labels)).map(FakeContainer::status).collect())
    }

    async fn container_stats(&self, id: &str) -> Result<Option<serde_json::Value>, EngineError> {
        let state = self.available()?;
        Ok(state.containers.get(id).map(|container| {
            let running = container.state == ContainerState::Running;
            let limit = container.spec.memory_limit_bytes.unwrap_or(i64::try_from(state.memory_bytes).unwrap_or(i64::MAX));
            serde_json::json!({
                "id": container.id,
                "name": format!("/{}", container.spec.name),
                "read": time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
                "num_procs": 0,
                "pids_stats": {"current": if running { 1 } else { 0 }},
                "cpu_stats": {"cpu_usage": {"total_usage": 0, "usage_in_kernelmode": 0, "usage_in_usermode": 0}, "system_cpu_usage": 0, "online_cpus": state.cpus, "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0}},
                "precpu_stats": {"cpu_usage": {"total_usage": 0, "usage_in_kernelmode": 0, "usage_in_usermode": 0}, "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0}},
                "memory_stats": if running { serde_json::json!({"usage": 1 << 20, "max_usage": 1 << 20, "limit": limit, "stats": {}}) } else { serde_json::json!({}) },
                "blkio_stats": {},
            })
        }))
    }

    async fn network_info(&self, name: &str) -> Result<Option<NetworkInfo>, EngineError> {
        Ok(self.available()?.networks.get(name).map(|network| network.info.clone()))
    }

    async fn ensure_network(&self, name: &str, subnet: &str) -> Result<NetworkInfo, EngineError> {
        let mut state = self.available()?;
        if let Some(existing) = state.networks.get(name) {
            return Ok(existing.info.clone());
        }
        let id = format!("{:064x}", state.next_network_number);
        let network = FakeNetwork::new(name, &id, subnet).ok_or_else(|| EngineError::Refused {
            detail: format!("{subnet} is not an IPv4 subnet in CIDR notation with room for a gateway (like 10.0.0.0/24)"),
        })?;
        if state.networks.values().any(|other| other.overlaps(&network)) {
            return Err(EngineError::Refused { detail: "Pool overlaps with other one on this address space".to_string() });
        }
        state.next_network_number += 1;
        let info = network.info.clone();
        state.networks.insert(name.to_string(), network);
        Ok(info)
    }

    async fn ensure_volume(
        &self,
        name: &str,
        driver: Option<&str>,
        driver_opts: &BTreeMap<String, String>,
        labels: &BTreeMap<String, String>,
    ) -> Result<(), EngineError> {
        let mut state = self.available()?;
        let driver = driver.filter(|driver| !driver.is_empty());
        if let Some(existing) = state.volumes.get(name) {
            // dockerd compares only the driver, and only when one is named.
            return match driver {
                Some(driver) if driver != existing.driver => Err(EngineError::Conflict {
                    detail: format!("create {name}: volume name must be unique: driver '{}' already in use", existing.driver),
                }),
                _ => Ok(()),
            };
        }
        let volume = FakeVolume {
            driver: driver.unwrap_or(DEFAULT_VOLUME_DRIVER).to_string(),
            driver_opts: driver_opts.clone(),
            labels: labels.clone(),
        };
        state.volumes.insert(name.to_string(), volume);
        Ok(())
    }

    async fn remove_volume(&self, name: &str) -> Result<(), EngineError> {
        let mut state = self.available()?;
        if !state.volumes.contains_key(name) {
            return Ok(());
        }
        // Like dockerd, a stopped container still holds its volumes until it is removed.
        let users: Vec<&str> = state
            .containers
            .values()
            .filter(|container| container.spec.mounts.iter().any(|mount| mount.source == MountSource::Volume(name.to_string())))
            .map(|container| container.id.as_str())
            .collect();
        if !users.is_empty() {
            return Err(EngineError::Conflict { detail: format!("remove {name}: volume is in use - [{}]", users.join(", ")) });
        }
        state.volumes.remove(name);
        Ok(())
    }

    fn events(&self, labels: &[(String, String)]) -> BoxStream<'static, Result<EngineEvent, EngineError>> {
        let state = self.lock();
        if state.unavailable {
            return futures::stream::once(async { Err(unavailable_error()) }).boxed();
        }
        let receiver = state.events.subscribe();
        let labels = labels.to_vec();
        futures::stream::unfold(Some(receiver), move |receiver| {
            let labels = labels.clone();
            async move {
                let mut receiver = receiver?;
                loop {
                    match receiver.recv().await {
                        Ok(event) if has_labels(&event.labels, &labels) => return Some((Ok(event), Some(receiver))),
                        Ok(_) => continue,
                        // The engine restarted or went away: the stream ends, as the engine's does.
                        Err(broadcast::error::RecvError::Closed) => return None,
                        // A subscriber that fell behind has missed events: end with an error so
                        // it reconnects and re-lists instead of silently missing a wake-up.
                        Err(broadcast::error::RecvError::Lagged(missed)) => {
                            let error = EngineError::Unavailable {
                                endpoint: FAKE_ENDPOINT.to_string(),
                                detail: format!("the event stream fell {missed} events behind; reconnect and re-list"),
                            };
                            return Some((Err(error), None));
                        }
                    }
                }
            }
        })
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{HealthCheck, PortBinding, PortProtocol};

    const IMAGE: &str = "ferry-test/busybox:latest";

    fn engine() -> FakeEngine {
        let engine = FakeEngine::new();
        engine.add_image(IMAGE);
        engine
    }

    fn spec(name: &str) -> ContainerSpec {
        ContainerSpec {
            name: name.to_string(),
            image: IMAGE.to_string(),
            labels: BTreeMap::from([("ferry.test".to_string(), name.to_string())]),
            ..Default::default()
        }
    }

    fn dynamic_port(container_port: u16) -> PortBinding {
        PortBinding { container_port, protocol: PortProtocol::Tcp, host_port: None, host_ip: "127.0.0.1".to_string() }
    }

    async fn running(engine: &FakeEngine, spec: ContainerSpec) -> String {
        let id = engine.create_container(&spec).await.unwrap();
        engine.start_container(&id).await.unwrap();
        id
    }

    #[tokio::test]
    async fn containers_go_from_created_to_running_to_exited_to_gone() {
        let engine = engine();
        let id = engine.create_container(&spec("life")).await.unwrap();
        assert_eq!(engine.inspect_container(&id).await.unwrap().unwrap().state, ContainerState::Created);
        engine.start_container(&id).await.unwrap();
        let status = engine.inspect_container(&id).await.unwrap().unwrap();
        assert_eq!((status.state, status.exit_code, status.name.as_str()), (ContainerState::Running, None, "life"));
        assert!(status.started_at.is_some());
        assert_eq!(status.network_addresses, BTreeMap::from([("bridge".to_string(), "172.17.0.2".to_string())]));

        assert!(matches!(engine.remove_container(&id).await, Err(EngineError::Conflict { .. })));
        engine.stop_container(&id, Duration::from_secs(10)).await.unwrap();
        let status = engine.inspect_container(&id).await.unwrap().unwrap();
        assert_eq!((status.state, status.exit_code), (ContainerState::Exited, Some(143)));
        assert!(status.network_addresses.is_empty());
        // Stopping again, and removing twice, are not errors.
        engine.stop_container(&id, Duration::from_secs(10)).await.unwrap();
        engine.remove_container(&id).await.unwrap();
        engine.remove_container(&id).await.unwrap();
        assert_eq!(engine.inspect_container(&id).await.unwrap(), None);
        assert_eq!(engine.container_count(), 0);
        assert!(matches!(engine.start_container(&id).await, Err(EngineError::ContainerNotFound { .. })));
        assert!(matches!(engine.stop_container(&id, Duration::ZERO).await, Err(EngineError::ContainerNotFound { .. })));
    }

    #[tokio::test]
    async fn names_are_unique_and_images_must_be_present() {
        let engine = engine();
        engine.create_container(&spec("same")).await.unwrap();
        assert!(matches!(engine.create_container(&spec("same")).await, Err(EngineError::Conflict { .. })));
        let missing = ContainerSpec { image: "nowhere/else".to_string(), ..spec("other") };
        assert!(matches!(engine.create_container(&missing).await, Err(EngineError::ImageNotFound { .. })));
    }

    #[tokio::test(start_paused = true)]
    async fn a_container_ignoring_sigterm_is_killed_after_the_timeout() {
        let engine = engine();
        let id = running(&engine, spec("stubborn")).await;
        engine.ignore_sigterm(&id);
        let before = tokio::time::Instant::now();
        engine.stop_container(&id, Duration::from_secs(30)).await.unwrap();
        assert_eq!(before.elapsed(), Duration::from_secs(30));
        assert_eq!(engine.inspect_container(&id).await.unwrap().unwrap().exit_code, Some(137));
    }

    #[tokio::test]
    async fn dynamic_host_ports_start_at_32768_and_fixed_ones_are_exclusive() {
        let engine = engine();
        let first = running(&engine, ContainerSpec { port_bindings: vec![dynamic_port(80), dynamic_port(81)], ..spec("ports-1") }).await;
        let second = running(&engine, ContainerSpec { port_bindings: vec![dynamic_port(80)], ..spec("ports-2") }).await;
        let host_ports = |status: ContainerStatus| status.ports.iter().map(|port| port.host_port).collect::<Vec<_>>();
        assert_eq!(host_ports(engine.inspect_container(&first).await.unwrap().unwrap()), vec![32768, 32769]);
        assert_eq!(host_ports(engine.inspect_container(&second).await.unwrap().unwrap()), vec![32770]);

        let fixed = PortBinding { host_port: Some(8080), ..dynamic_port(80) };
        running(&engine, ContainerSpec { port_bindings: vec![fixed.clone()], ..spec("fixed-1") }).await;
        let clash = engine.create_container(&ContainerSpec { port_bindings: vec![fixed], ..spec("fixed-2") }).await.unwrap();
        assert!(matches!(engine.start_container(&clash).await, Err(EngineError::Refused { .. })));

        // Ports come back when the container stops.
        engine.stop_container(&first, Duration::ZERO).await.unwrap();
        let third = running(&engine, ContainerSpec { port_bindings: vec![dynamic_port(80)], ..spec("ports-3") }).await;
        assert_eq!(host_ports(engine.inspect_container(&third).await.unwrap().unwrap()), vec![32768]);
    }

    #[tokio::test]
    async fn networks_hand_out_fixed_and_free_addresses() {
        let engine = engine();
        let network = engine.ensure_network("ferry-task-net", "10.213.250.0/24").await.unwrap();
        assert_eq!((network.subnet.as_str(), network.gateway.as_str()), ("10.213.250.0/24", "10.213.250.1"));
        assert_eq!(engine.ensure_network("ferry-task-net", "10.213.250.0/24").await.unwrap(), network);
        assert!(matches!(engine.ensure_network("overlapping", "10.213.0.0/16").await, Err(EngineError::Refused { .. })));
        assert_eq!(engine.network_info("bridge").await.unwrap().unwrap().gateway, "172.17.0.1");
        assert_eq!(engine.network_info("nothing").await.unwrap(), None);

        let on_network = |name: &str, address: Option<&str>| ContainerSpec {
            network: NetworkAttachment::Network { name: "ferry-task-net".to_string(), ipv4_address: address.map(str::to_string) },
            ..spec(name)
        };
        let fixed = running(&engine, on_network("fixed", Some("10.213.250.7"))).await;
        let free = running(&engine, on_network("free", None)).await;
        let address = |status: ContainerStatus| status.network_addresses["ferry-task-net"].clone();
        assert_eq!(address(engine.inspect_container(&fixed).await.unwrap().unwrap()), "10.213.250.7");
        assert_eq!(address(engine.inspect_container(&free).await.unwrap().unwrap()), "10.213.250.2");
        let taken = engine.create_container(&on_network("taken", Some("10.213.250.7"))).await.unwrap();
        assert!(matches!(engine.start_container(&taken).await, Err(EngineError::Conflict { .. })));

        let sidecar = ContainerSpec { network: NetworkAttachment::Container { id: fixed.clone() }, ..spec("sidecar") };
        let sidecar = running(&engine, sidecar).await;
        assert_eq!(engine.inspect_container(&sidecar).await.unwrap().unwrap().state, ContainerState::Running);
        let missing_owner = ContainerSpec { network: NetworkAttachment::Container { id: "nope".to_string() }, ..spec("orphan") };
        assert!(matches!(engine.create_container(&missing_owner).await, Err(EngineError::ContainerNotFound { .. })));
    }

    #[tokio::test]
    async fn events_arrive_filtered_by_labels() {
        let engine = engine();
        let label = [("ferry.test".to_string(), "watched".to_string())];
        let mut events = engine.events(&label);
        running(&engine, spec("unwatched")).await;
        let id = running(&engine, spec("watched")).await;
        engine.set_health(&id, HealthState::Healthy);
        engine.exit_container(&id, 3);
        engine.remove_container(&id).await.unwrap();
        let mut kinds = Vec::new();
        for _ in 0..5 {
            let event = events.next().await.unwrap().unwrap();
            assert_eq!(event.container_id, id);
            kinds.push(event.kind);
        }
        use EngineEventKind::*;
        assert_eq!(kinds, vec![Created, Started, HealthChanged, Died, Destroyed]);
        assert_eq!(engine.inspect_container(&id).await.unwrap(), None);
    }

    #[tokio::test]
    async fn health_starts_when_a_checked_container_starts() {
        let engine = engine();
        let check = HealthCheck {
            test: vec!["CMD-SHELL".to_string(), "true".to_string()],
            interval: Duration::from_secs(1),
            timeout: Duration::from_secs(1),
            retries: 1,
            start_period: Duration::ZERO,
        };
        let id = running(&engine, ContainerSpec { health_check: Some(check), ..spec("checked") }).await;
        assert_eq!(engine.inspect_container(&id).await.unwrap().unwrap().health, Some(HealthState::Starting));
        assert!(engine.set_health(&id, HealthState::Unhealthy));
        assert_eq!(engine.inspect_container(&id).await.unwrap().unwrap().health, Some(HealthState::Unhealthy));
        let unchecked = running(&engine, spec("unchecked")).await;
        assert_eq!(engine.inspect_container(&unchecked).await.unwrap().unwrap().health, None);
    }

    #[tokio::test]
    async fn an_engine_restart_exits_running_containers_and_ends_event_streams() {
        let engine = engine();
        let mut events = engine.events(&[]);
        let running_id = running(&engine, spec("was-running")).await;
        let created_id = engine.create_container(&spec("only-created")).await.unwrap();
        engine.restart_engine();
        assert_eq!(events.next().await.unwrap().unwrap().kind, EngineEventKind::Created);
        assert_eq!(events.next().await.unwrap().unwrap().kind, EngineEventKind::Started);
        assert_eq!(events.next().await.unwrap().unwrap().kind, EngineEventKind::Created);
        assert!(events.next().await.is_none(), "the stream ends with the engine");
        let status = engine.inspect_container(&running_id).await.unwrap().unwrap();
        assert_eq!((status.state, status.exit_code), (ContainerState::Exited, Some(255)));
        assert_eq!(engine.inspect_container(&created_id).await.unwrap().unwrap().state, ContainerState::Created);
    }

    #[tokio::test]
    async fn an_unavailable_engine_fails_every_call() {
        let engine = engine();
        let id = running(&engine, spec("kept")).await;
        let mut open_stream = engine.events(&[]);
        engine.make_unavailable(true);
        assert!(open_stream.next().await.is_none());
        assert!(matches!(engine.info().await, Err(EngineError::Unavailable { .. })));
        assert!(matches!(engine.inspect_container(&id).await, Err(EngineError::Unavailable { .. })));
        assert!(matches!(engine.events(&[]).next().await, Some(Err(EngineError::Unavailable { .. }))));
        engine.make_unavailable(false);
        assert_eq!(engine.inspect_container(&id).await.unwrap().unwrap().state, ContainerState::Running);
    }

    #[tokio::test]
    async fn pulls_succeed_only_for_known_images() {
        let engine = FakeEngine::new();
        assert!(!engine.image_present("app").await.unwrap());
        assert!(matches!(engine.pull_image("app", None).await, Err(EngineError::PullFailed { .. })));
        engine.allow_pull("app:latest");
        assert!(!engine.image_present("app").await.unwrap(), "pullable is not present");
        engine.fail_next_pull("app");
        assert!(matches!(engine.pull_image("app", None).await, Err(EngineError::PullFailed { .. })));
        engine.pull_image("app", None).await.unwrap();
        assert!(engine.image_present("app:latest").await.unwrap());
        engine.add_image("added:1");
        engine.pull_image("added:1", None).await.unwrap();
        assert!(!engine.image_present("added").await.unwrap(), "a different tag");
    }

    #[tokio::test]
    async fn listing_filters_by_every_label_and_includes_stopped_containers() {
        let engine = engine();
        let mut labelled = spec("listed");
        labelled.labels.insert("ferry.cluster".to_string(), "c1".to_string());
        let listed = running(&engine, labelled).await;
        engine.stop_container(&listed, Duration::ZERO).await.unwrap();
        running(&engine, spec("other")).await;
        let wanted = [("ferry.test".to_string(), "listed".to_string()), ("ferry.cluster".to_string(), "c1".to_string())];
        let found = engine.list_containers(&wanted).await.unwrap();
        assert_eq!(found.iter().map(|status| status.id.as_str()).collect::<Vec<_>>(), vec![listed.as_str()]);
        assert_eq!(found[0].state, ContainerState::Exited);
        assert_eq!(engine.list_containers(&[]).await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn volumes_are_made_by_mounts_or_ensure_and_removed_once_unused() {
        let engine = engine();
        let labels = BTreeMap::from([("ferry.test".to_string(), "volumes".to_string())]);
        let options = BTreeMap::from([("type".to_string(), "tmpfs".to_string())]);
        engine.ensure_volume("made", None, &options, &labels).await.unwrap();
        let made = engine.volume("made").unwrap();
        assert_eq!((made.driver.as_str(), &made.driver_opts, &made.labels), ("local", &options, &labels));
        // Ensuring again leaves it as it was; another driver conflicts.
        engine.ensure_volume("made", Some("local"), &BTreeMap::new(), &BTreeMap::new()).await.unwrap();
        assert_eq!(engine.volume("made").unwrap().labels, labels);
        assert!(matches!(
            engine.ensure_volume("made", Some("nfs"), &BTreeMap::new(), &BTreeMap::new()).await,
            Err(EngineError::Conflict { .. })
        ));

        let mount =
            |name: &str| crate::Mount { source: MountSource::Volume(name.to_string()), target: "/data".to_string(), read_only: false };
        let id = running(&engine, ContainerSpec { mounts: vec![mount("made"), mount("implicit")], ..spec("user") }).await;
        assert_eq!(engine.volume_names(), vec!["implicit".to_string(), "made".to_string()]);
        assert_eq!(engine.volume("implicit").unwrap(), FakeVolume::implicit());

        assert!(matches!(engine.remove_volume("made").await, Err(EngineError::Conflict { .. })), "in use by a running container");
        engine.stop_container(&id, Duration::ZERO).await.unwrap();
        assert!(matches!(engine.remove_volume("made").await, Err(EngineError::Conflict { .. })), "in use by a stopped container");
        engine.remove_container(&id).await.unwrap();
        engine.remove_volume("made").await.unwrap();
        engine.remove_volume("made").await.unwrap();
        assert_eq!(engine.volume("made"), None);
        assert_eq!(engine.volume_names(), vec!["implicit".to_string()]);
    }

    #[tokio::test]
    async fn stats_and_info_look_like_the_engine_s() {
        let engine = FakeEngine::with_capacity(2, 1 << 30);
        engine.add_image(IMAGE);
        let id = running(&engine, spec("stats")).await;
        let stats = engine.container_stats(&id).await.unwrap().unwrap();
        assert!(stats["memory_stats"]["usage"].as_u64().unwrap() > 0);
        assert_eq!(engine.container_stats("missing").await.unwrap(), None);
        let info = engine.info().await.unwrap();
        assert_eq!((info.cpus, info.memory_bytes, info.os.as_str()), (2, 1 << 30, "linux"));
    }
}
