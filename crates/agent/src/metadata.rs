//! The task metadata endpoint (versions 4 and 3): containers read their own and their task's
//! metadata and statistics from `$ECS_CONTAINER_METADATA_URI_V4`, in the JSON shapes of the
//! Amazon ECS container agent. Runners publish a snapshot of each task here; the server only reads.
//!
//! A container is identified by the token in its URL alone, so tokens are unguessable: an HMAC of
//! the task ARN and container name under a secret kept in the data directory, which also makes
//! them survive an agent restart.

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use ferry_engine::{ContainerEngine, HealthState};
use hmac::{Hmac, Mac};
use http::{Method, Request, Response, StatusCode};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use parking_lot::RwLock;
use serde_json::{Value, json};
use sha2::Sha256;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Connections served at once; containers ask rarely, and a misbehaving one must not exhaust the
/// agent.
const MAX_CONNECTIONS: usize = 64;
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Derives containers' metadata tokens.
#[derive(Clone)]
pub struct MetadataTokens {
    secret: Arc<[u8]>,
}

impl std::fmt::Debug for MetadataTokens {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("MetadataTokens(..)")
    }
}

impl MetadataTokens {
    pub fn new(secret: Vec<u8>) -> MetadataTokens {
        MetadataTokens { secret: secret.into() }
    }

    pub fn token(&self, task_arn: &str, container_name: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).expect("HMAC takes keys of any length");
        mac.update(task_arn.as_bytes());
        mac.update(&[0]);
        mac.update(container_name.as_bytes());
        // 128 bits are plenty against guessing and keep URLs short.
        hex::encode(&mac.finalize().into_bytes()[..16])
    }
}

/// A task as the metadata endpoint shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskView {
    pub cluster: String,
    pub task_arn: String,
    pub family: String,
    pub revision: String,
    pub desired_status: String,
    pub known_status: String,
    pub cpu_units: Option<i32>,
    pub memory_mib: Option<i32>,
    pub pull_started_at: Option<SystemTime>,
    pub pull_stopped_at: Option<SystemTime>,
    pub execution_stopped_at: Option<SystemTime>,
    pub availability_zone: String,
    pub service_name: Option<String>,
    /// `bridge`, `host`, `awsvpc` or `none`.
    pub network_mode: String,
    pub awsvpc: Option<AwsvpcView>,
    pub containers: Vec<ContainerView>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AwsvpcView {
    pub address: String,
    pub subnet: String,
    pub gateway: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerView {
    pub name: String,
    pub token: String,
    pub container_arn: Option<String>,
    pub docker_id: Option<String>,
    pub docker_name: String,
    pub image: String,
    pub image_id: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub desired_status: String,
    pub known_status: String,
    pub exit_code: Option<i64>,
    pub cpu_units: i32,
    pub memory_mib: Option<i32>,
    pub created_at: Option<SystemTime>,
    pub started_at: Option<SystemTime>,
    pub finished_at: Option<SystemTime>,
    /// (container port, protocol, host IP, host port)
    pub ports: Vec<(u16, &'static str, String, u16)>,
    pub ipv4_addresses: Vec<String>,
    pub health: Option<HealthState>,
}

/// Every task the agent knows, by ARN, and every token, for the server to look up.
#[derive(Debug, Default)]
pub struct MetadataRegistry {
    inner: RwLock<RegistryInner>,
}

#[derive(Debug, Default)]
struct RegistryInner {
    tasks: HashMap<String, Arc<TaskView>>,
    /// token → (task ARN, container name)
    tokens: HashMap<String, (String, String)>,
}

impl MetadataRegistry {
    pub fn publish(&self, view: TaskView) {
        let mut inner = self.inner.write();
        for container in &view.containers {
            inner.tokens.entry(container.token.clone()).or_insert_with(|| (view.task_arn.clone(), container.name.clone()));
        }
        inner.tasks.insert(view.task_arn.clone(), Arc::new(view));
    }

    pub fn remove(&self, task_arn: &str) {
        let mut inner = self.inner.write();
        if let Some(view) = inner.tasks.remove(task_arn) {
            for container in &view.containers {
                inner.tokens.remove(&container.token);
            }
        }
    }

    /// The task and the index of the container a token belongs to.
    fn lookup(&self, token: &str) -> Option<(Arc<TaskView>, usize)> {
        let inner = self.inner.read();
        let (task_arn, container_name) = inner.tokens.get(token)?;
        let view = inner.tasks.get(task_arn)?.clone();
        let index = view.containers.iter().position(|container| &container.name == container_name)?;
        Some((view, index))
    }
}

/// The bound listeners of the metadata endpoint.
pub struct MetadataServer {
    listeners: Vec<TcpListener>,
    port: u16,
}

impl std::fmt::Debug for MetadataServer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("MetadataServer").field("port", &self.port).finish_non_exhaustive()
    }
}

impl MetadataServer {
    /// Binds `port` (0: any free port, then the same one everywhere) on each address; an address
    /// that cannot be bound is skipped with a warning, since a missing bridge must not keep the
    /// agent from running host-mode tasks. Loopback must bind.
    pub async fn bind(addresses: &[IpAddr], port: u16) -> std::io::Result<MetadataServer> {
        let loopback = IpAddr::from([127, 0, 0, 1]);
        let first = TcpListener::bind(SocketAddr::new(loopback, port)).await?;
        let port = first.local_addr()?.port();
        let mut listeners = vec![first];
        for address in addresses.iter().filter(|address| **address != loopback) {
            match TcpListener::bind(SocketAddr::new(*address, port)).await {
                Ok(listener) => listeners.push(listener),
                Err(error) => tracing::warn!(%address, port, %error, "the task metadata endpoint cannot listen on this address"),
            }
        }
        Ok(MetadataServer { listeners, port })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn local_addresses(&self) -> Vec<SocketAddr> {
        self.listeners.iter().filter_map(|listener| listener.local_addr().ok()).collect()
    }

    /// Serves until the future is dropped.
    pub async fn serve(self, registry: Arc<MetadataRegistry>, engine: Arc<dyn ContainerEngine>) {
        let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let accept_loops = self.listeners.into_iter().map(|listener| {
            let registry = registry.clone();
            let engine = engine.clone();
            let permits = permits.clone();
            async move {
                loop {
                    let Ok(permit) = permits.clone().acquire_owned().await else { return };
                    let (stream, _) = match listener.accept().await {
                        Ok(accepted) => accepted,
                        Err(error) => {
                            tracing::debug!(%error, "metadata endpoint accept failed");
                            tokio::time::sleep(Duration::from_millis(50)).await;
                            continue;
                        }
                    };
                    let registry = registry.clone();
                    let engine = engine.clone();
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(move |request| {
                            let registry = registry.clone();
                            let engine = engine.clone();
                            async move { Ok::<_, Infallible>(answer(&registry, &engine, request).await) }
                        });
                        let _ = hyper::server::conn::http1::Builder::new()
                            .timer(TokioTimer::new())
                            .header_read_timeout(HEADER_READ_TIMEOUT)
                            .serve_connection(TokioIo::new(stream), service)
                            .await;
                        drop(permit);
                    });
                }
            }
        });
        futures::future::join_all(accept_loops).await;
    }
}

enum Route {
    Container,
    Task,
    ContainerStats,
    TaskStats,
}

async fn answer(registry: &MetadataRegistry, engine: &Arc<dyn ContainerEngine>, request: Request<Incoming>) -> Response<Full<Bytes>> {
    if request.method() != Method::GET {
        return error_response(StatusCode::METHOD_NOT_ALLOWED, "only GET is supported");
    }
    let path = request.uri().path().trim_end_matches('/');
    let mut segments = path.trim_start_matches('/').split('/');
    let (Some(version), Some(token)) = (segments.next(), segments.next()) else {
        return error_response(StatusCode::NOT_FOUND, "no such metadata path");
    };
    if version != "v4" && version != "v3" {
        return error_response(StatusCode::NOT_FOUND, "no such metadata path");
    }
    let route = match (segments.next(), segments.next(), segments.next()) {
        (None, _, _) => Route::Container,
        (Some("task"), None, _) => Route::Task,
        (Some("stats"), None, _) => Route::ContainerStats,
        (Some("task"), Some("stats"), None) => Route::TaskStats,
        _ => return error_response(StatusCode::NOT_FOUND, "no such metadata path"),
    };
    let Some((view, index)) = registry.lookup(token) else {
        return error_response(StatusCode::NOT_FOUND, "unable to find the container for this token");
    };
    let body = match route {
        Route::Container => container_json(&view, &view.containers[index]),
        Route::Task => task_json(&view),
        Route::ContainerStats => match &view.containers[index].docker_id {
            Some(id) => engine.container_stats(id).await.ok().flatten().unwrap_or(Value::Null),
            None => Value::Null,
        },
        Route::TaskStats => {
            let ids: Vec<&String> = view.containers.iter().filter_map(|container| container.docker_id.as_ref()).collect();
            let samples = futures::future::join_all(ids.iter().map(|id| engine.container_stats(id))).await;
            Value::Object(
                ids.into_iter().zip(samples).map(|(id, sample)| (id.clone(), sample.ok().flatten().unwrap_or(Value::Null))).collect(),
            )
        }
    };
    json_response(StatusCode::OK, &body)
}

fn json_response(status: StatusCode, body: &Value) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(serde_json::to_vec(body).unwrap_or_default())));
    *response.status_mut() = status;
    response.headers_mut().insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static("application/json"));
    response
}

fn error_response(status: StatusCode, message: &str) -> Response<Full<Bytes>> {
    json_response(status, &Value::String(message.to_owned()))
}

fn timestamp(time: Option<SystemTime>) -> Option<String> {
    time.and_then(|time| time::OffsetDateTime::from(time).format(&time::format_description::well_known::Rfc3339).ok())
}

fn insert_some(object: &mut serde_json::Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(key.to_owned(), value);
    }
}

/// The v4 container response (`ContainerResponse` of the ECS agent).
pub fn container_json(task: &TaskView, container: &ContainerView) -> Value {
    let mut object = serde_json::Map::new();
    object.insert("DockerId".into(), json!(container.docker_id.clone().unwrap_or_default()));
    object.insert("Name".into(), json!(container.name));
    object.insert("DockerName".into(), json!(container.docker_name));
    object.insert("Image".into(), json!(container.image));
    object.insert("ImageID".into(), json!(container.image_id.clone().unwrap_or_default()));
    if !container.ports.is_empty() {
        let ports: Vec<Value> = container
            .ports
            .iter()
            .map(|(container_port, protocol, host_ip, host_port)| {
                json!({"ContainerPort": container_port, "Protocol": protocol, "HostPort": host_port, "HostIp": host_ip})
            })
            .collect();
        object.insert("Ports".into(), Value::Array(ports));
    }
    object.insert("Labels".into(), json!(container.labels));
    object.insert("DesiredStatus".into(), json!(container.desired_status));
    object.insert("KnownStatus".into(), json!(container.known_status));
    insert_some(&mut object, "ExitCode", container.exit_code.map(|code| json!(code)));
    let mut limits = serde_json::Map::new();
    limits.insert("CPU".into(), json!(f64::from(container.cpu_units)));
    insert_some(&mut limits, "Memory", container.memory_mib.map(|mib| json!(mib)));
    object.insert("Limits".into(), Value::Object(limits));
    insert_some(&mut object, "CreatedAt", timestamp(container.created_at).map(Value::String));
    insert_some(&mut object, "StartedAt", timestamp(container.started_at).map(Value::String));
    insert_some(&mut object, "FinishedAt", timestamp(container.finished_at).map(Value::String));
    object.insert("Type".into(), json!("NORMAL"));
    object.insert("LogDriver".into(), json!("json-file"));
    insert_some(&mut object, "ContainerARN", container.container_arn.clone().map(Value::String));
    if let Some(health) = container.health {
        let status = match health {
            HealthState::Healthy => "HEALTHY",
            HealthState::Unhealthy => "UNHEALTHY",
            HealthState::Starting => "UNKNOWN",
        };
        object.insert("Health".into(), json!({"status": status}));
    }
    let mut network = serde_json::Map::new();
    network.insert("NetworkMode".into(), json!(task.network_mode));
    network.insert("IPv4Addresses".into(), json!(container.ipv4_addresses));
    if let Some(awsvpc) = &task.awsvpc {
        network.insert("AttachmentIndex".into(), json!(0));
        network.insert("IPv4SubnetCIDRBlock".into(), json!(awsvpc.subnet));
        let prefix = awsvpc.subnet.split_once('/').map(|(_, prefix)| prefix).unwrap_or("24");
        network.insert("SubnetGatewayIpv4Address".into(), json!(format!("{}/{prefix}", awsvpc.gateway)));
    }
    object.insert("Networks".into(), json!([Value::Object(network)]));
    Value::Object(object)
}

/// The v4 task response (`TaskResponse` of the ECS agent).
pub fn task_json(task: &TaskView) -> Value {
    let mut object = serde_json::Map::new();
    object.insert("Cluster".into(), json!(task.cluster));
    object.insert("TaskARN".into(), json!(task.task_arn));
    object.insert("Family".into(), json!(task.family));
    object.insert("Revision".into(), json!(task.revision));
    object.insert("DesiredStatus".into(), json!(task.desired_status));
    object.insert("KnownStatus".into(), json!(task.known_status));
    if task.cpu_units.is_some() || task.memory_mib.is_some() {
        let mut limits = serde_json::Map::new();
        // The task-level CPU limit is in vCPUs here, unlike the container's units.
        insert_some(&mut limits, "CPU", task.cpu_units.map(|units| json!(f64::from(units) / 1024.0)));
        insert_some(&mut limits, "Memory", task.memory_mib.map(|mib| json!(mib)));
        object.insert("Limits".into(), Value::Object(limits));
    }
    insert_some(&mut object, "PullStartedAt", timestamp(task.pull_started_at).map(Value::String));
    insert_some(&mut object, "PullStoppedAt", timestamp(task.pull_stopped_at).map(Value::String));
    insert_some(&mut object, "ExecutionStoppedAt", timestamp(task.execution_stopped_at).map(Value::String));
    object.insert("AvailabilityZone".into(), json!(task.availability_zone));
    object.insert("LaunchType".into(), json!("EC2"));
    insert_some(&mut object, "ServiceName", task.service_name.clone().map(Value::String));
    object.insert("Containers".into(), Value::Array(task.containers.iter().map(|container| container_json(task, container)).collect()));
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> TaskView {
        TaskView {
            cluster: "arn:aws:ecs:us-east-1:000000000000:cluster/default".into(),
            task_arn: "arn:aws:ecs:us-east-1:000000000000:task/default/abc".into(),
            family: "web".into(),
            revision: "3".into(),
            desired_status: "RUNNING".into(),
            known_status: "RUNNING".into(),
            cpu_units: Some(512),
            memory_mib: Some(1024),
            availability_zone: "us-east-1a".into(),
            network_mode: "bridge".into(),
            pull_started_at: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000)),
            containers: vec![ContainerView {
                name: "app".into(),
                token: "tok".into(),
                docker_id: Some("deadbeef".into()),
                docker_name: "ecs-web-3-app-abc".into(),
                image: "busybox".into(),
                desired_status: "RUNNING".into(),
                known_status: "RUNNING".into(),
                cpu_units: 2,
                memory_mib: Some(128),
                ports: vec![(80, "tcp", "127.0.0.1".into(), 32768)],
                ipv4_addresses: vec!["172.17.0.2".into()],
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn tokens_are_stable_per_secret_and_differ_per_container() {
        let tokens = MetadataTokens::new(vec![7; 32]);
        let token = tokens.token("arn:task/1", "app");
        assert_eq!(token.len(), 32);
        assert_eq!(tokens.token("arn:task/1", "app"), token);
        assert_ne!(tokens.token("arn:task/1", "web"), token);
        assert_ne!(MetadataTokens::new(vec![8; 32]).token("arn:task/1", "app"), token);
    }

    #[test]
    fn responses_use_the_ecs_agent_field_names() {
        let view = view();
        let task = task_json(&view);
        assert_eq!(task["TaskARN"], "arn:aws:ecs:us-east-1:000000000000:task/default/abc");
        assert_eq!(task["Limits"]["CPU"], 0.5);
        assert_eq!(task["Limits"]["Memory"], 1024);
        assert_eq!(task["LaunchType"], "EC2");
        assert_eq!(task["PullStartedAt"], "2023-11-14T22:13:20Z");
        let container = &task["Containers"][0];
        assert_eq!(container["DockerId"], "deadbeef");
        assert_eq!(container["DockerName"], "ecs-web-3-app-abc");
        assert_eq!(container["Type"], "NORMAL");
        assert_eq!(container["Limits"]["CPU"], 2.0);
        assert_eq!(container["Networks"][0]["NetworkMode"], "bridge");
        assert_eq!(container["Networks"][0]["IPv4Addresses"][0], "172.17.0.2");
        assert_eq!(container["Ports"][0]["HostPort"], 32768);
    }

    #[test]
    fn the_registry_finds_containers_by_token_until_removed() {
        let registry = MetadataRegistry::default();
        registry.publish(view());
        let (task, index) = registry.lookup("tok").unwrap();
        assert_eq!(task.containers[index].name, "app");
        assert!(registry.lookup("other").is_none());
        registry.remove("arn:aws:ecs:us-east-1:000000000000:task/default/abc");
        assert!(registry.lookup("tok").is_none());
    }
}
