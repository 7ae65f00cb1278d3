//! The records ECS keeps in the store, each wrapped in an envelope that carries its schema version
//! from the first day, so later versions of Ferry can read what earlier ones wrote.

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use ferry_api::shape::Timestamp;

use crate::error::EcsError;
use crate::generated::{
    Attribute, CapacityProviderStrategyItem, ClusterConfiguration, ClusterServiceConnectDefaults, ClusterSetting, Resource, Tag,
    TaskDefinition, TaskDefinitionStatus, VersionInfo,
};

/// A kind of stored record and the newest schema version this build writes.
pub trait Record: Serialize + DeserializeOwned {
    const SCHEMA_VERSION: u32;
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
    record: &'a T,
}

#[derive(Deserialize)]
struct EnvelopeIn<T> {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
    record: T,
}

#[derive(Deserialize)]
struct VersionOnly {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
}

pub fn encode<T: Record>(record: &T) -> Bytes {
    let envelope = EnvelopeOut { schema_version: T::SCHEMA_VERSION, record };
    // Records are plain data with string keys; serializing them cannot fail.
    Bytes::from(serde_json::to_vec(&envelope).expect("records serialize"))
}

/// Reads a record in one pass over the bytes (this is on every read path, so no intermediate
/// `serde_json::Value`). `T` may also be a partial view of a record (`ClusterSummary`).
pub fn decode<T: Record>(key: &str, bytes: &[u8]) -> Result<T, EcsError> {
    let corrupt = |detail: String| EcsError::CorruptRecord { key: key.to_owned(), detail };
    match serde_json::from_slice::<EnvelopeIn<T>>(bytes) {
        Ok(envelope) if envelope.schema_version <= T::SCHEMA_VERSION => Ok(envelope.record),
        // A record this version of Ferry cannot read may simply be newer; say so if it is.
        result => {
            let version = serde_json::from_slice::<VersionOnly>(bytes).map(|only| only.schema_version);
            match (result, version) {
                (_, Ok(version)) if version > T::SCHEMA_VERSION => Err(corrupt(format!(
                    "schema version {version} was written by a newer Ferry; this one reads up to {}",
                    T::SCHEMA_VERSION
                ))),
                (Err(error), _) => Err(corrupt(error.to_string())),
                // The first arm took every readable record whose version is not newer.
                (Ok(_), _) => Err(corrupt("unreadable schema version".to_owned())),
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ClusterStatus {
    Active,
    Inactive,
}

impl ClusterStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ClusterStatus::Active => "ACTIVE",
            ClusterStatus::Inactive => "INACTIVE",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterRecord {
    pub name: String,
    pub arn: String,
    pub status: ClusterStatus,
    pub settings: Vec<ClusterSetting>,
    pub configuration: Option<ClusterConfiguration>,
    pub capacity_providers: Vec<String>,
    pub default_capacity_provider_strategy: Vec<CapacityProviderStrategyItem>,
    pub service_connect_defaults: Option<ClusterServiceConnectDefaults>,
    pub tags: Vec<Tag>,
    pub created_at: Timestamp,
}

impl Record for ClusterRecord {
    const SCHEMA_VERSION: u32 = 1;
}

/// One per task definition family: the last revision handed out (revisions are never reused),
/// how many revisions are in each status (for `ListTaskDefinitionFamilies`), and the newest ACTIVE
/// revision, which is what the family's name alone refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FamilyRecord {
    pub family: String,
    pub last_revision: i32,
    pub active_revisions: u32,
    pub inactive_revisions: u32,
    /// `None` when no revision is ACTIVE.
    #[serde(default)]
    pub latest_active_revision: Option<i32>,
}

impl Record for FamilyRecord {
    const SCHEMA_VERSION: u32 = 1;
}

/// A task definition revision exactly as `DescribeTaskDefinition` returns it, and its tags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDefinitionRecord {
    pub task_definition: TaskDefinition,
    pub tags: Vec<Tag>,
}

impl Record for TaskDefinitionRecord {
    const SCHEMA_VERSION: u32 = 1;
}

/// A stored task definition revision as borrowed JSON text. `DescribeTaskDefinition` is the
/// hottest read of the API, and the stored text is already the `TaskDefinition` shape (it was
/// written from it), so it is answered by copying that text instead of decoding and re-encoding
/// every field.
#[derive(Debug, Deserialize)]
pub struct RawTaskDefinitionRecord<'a> {
    #[serde(borrow, rename = "taskDefinition")]
    pub task_definition: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    pub tags: &'a serde_json::value::RawValue,
}

#[derive(Deserialize)]
struct BorrowedTaskDefinitionEnvelope<'a> {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
    #[serde(borrow)]
    record: RawTaskDefinitionRecord<'a>,
}

pub fn decode_task_definition_raw<'a>(key: &str, bytes: &'a [u8]) -> Result<RawTaskDefinitionRecord<'a>, EcsError> {
    let corrupt = |detail: String| EcsError::CorruptRecord { key: key.to_owned(), detail };
    let envelope: BorrowedTaskDefinitionEnvelope<'a> = serde_json::from_slice(bytes).map_err(|error| corrupt(error.to_string()))?;
    if envelope.schema_version > TaskDefinitionRecord::SCHEMA_VERSION {
        return Err(corrupt(format!("schema version {} was written by a newer Ferry", envelope.schema_version)));
    }
    Ok(envelope.record)
}

/// Just the status of a stored task definition revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDefinitionStatusView {
    pub task_definition: StatusOnly,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusOnly {
    pub status: Option<TaskDefinitionStatus>,
}

impl Record for TaskDefinitionStatusView {
    const SCHEMA_VERSION: u32 = TaskDefinitionRecord::SCHEMA_VERSION;
}

/// A container instance: a machine an agent registered into a cluster, what it offers, and what
/// the tasks placed on it hold. Placement, `StopTask` and task state changes all rewrite this
/// record, so its revision is everything the instance's agent needs to watch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContainerInstanceRecord {
    pub id: String,
    pub arn: String,
    pub cluster: String,
    pub status: ContainerInstanceStatusValue,
    pub registered_resources: Vec<Resource>,
    /// What the agent advertised when it registered (replaced when it registers again).
    pub agent_attributes: Vec<Attribute>,
    /// What `PutAttributes` added (kept across re-registrations).
    pub custom_attributes: Vec<Attribute>,
    pub version_info: Option<VersionInfo>,
    pub registered_at: Timestamp,
    /// ECS's `version`: goes up by one with every change.
    pub version: i64,
    pub tags: Vec<Tag>,
    /// The tasks placed here that have not stopped, by task id.
    pub allocations: std::collections::BTreeMap<String, Allocation>,
}

impl Record for ContainerInstanceRecord {
    const SCHEMA_VERSION: u32 = 1;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContainerInstanceStatusValue {
    Active,
    Draining,
    Inactive,
}

impl ContainerInstanceStatusValue {
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerInstanceStatusValue::Active => "ACTIVE",
            ContainerInstanceStatusValue::Draining => "DRAINING",
            ContainerInstanceStatusValue::Inactive => "INACTIVE",
        }
    }
}

/// What one task holds on its instance until it stops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Allocation {
    pub cpu: i32,
    pub memory: i32,
    #[serde(default)]
    pub tcp_ports: Vec<u16>,
    #[serde(default)]
    pub udp_ports: Vec<u16>,
    /// The task's own address (awsvpc), from the instance's `ferry.awsvpc-subnet`.
    #[serde(default)]
    pub ipv4_address: Option<String>,
    /// RUNNING once the agent reported it so; PENDING before.
    pub last_status: String,
    /// RUNNING, or STOPPED once something asked the task to stop.
    pub desired_status: String,
    /// The task's group (`service:web`, `family:hello`), for `distinctInstance`, `spread` and
    /// `task:group` without reading the tasks. Absent in records written before placement
    /// constraints existed.
    #[serde(default)]
    pub group: Option<String>,
}

/// A task and everything `DescribeTasks` shows of it. `task` is the ECS shape as answered, kept
/// whole: the record adds only what the shape has no room for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskRecord {
    pub id: String,
    pub cluster: String,
    /// The instance's id (the last part of `task.containerInstanceArn`).
    pub container_instance_id: String,
    pub task: crate::generated::Task,
    #[serde(default)]
    pub client_token: Option<String>,
}

impl Record for TaskRecord {
    const SCHEMA_VERSION: u32 = 1;
}

/// What a `RunTask` with a `clientToken` answered, so a retry gets the same tasks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunTaskTokenRecord {
    /// What the request asked for, to refuse the same token with a different request.
    pub request_fingerprint: String,
    pub task_ids: Vec<String>,
    pub failures: Vec<crate::generated::Failure>,
    pub created_at: Timestamp,
}

impl Record for RunTaskTokenRecord {
    const SCHEMA_VERSION: u32 = 1;
}

/// A service: its configuration and deployments as `DescribeServices` answers them (`service`,
/// the ECS shape kept whole, with its newest events), and the controller's bookkeeping that the
/// shape has no room for. Key: `ecs/services/CLUSTER/NAME`; once deleted and drained it moves to
/// `ecs/inactive-services/CLUSTER/NAME`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceRecord {
    pub name: String,
    pub cluster: String,
    pub service: crate::generated::Service,
    /// Deployments adopted by a rollback deployment, by the adopting deployment's id.
    #[serde(default)]
    pub adoptions: std::collections::BTreeMap<String, Vec<String>>,
    /// The last deployment that completed, `(id, task definition ARN)`: where a rollback returns.
    #[serde(default)]
    pub last_completed: Option<(String, String)>,
    #[serde(default)]
    pub steady: bool,
    /// DeleteService was called; the controller stops every task, then retires the record.
    #[serde(default)]
    pub deleting: bool,
    /// The `clientToken` of CreateService and a fingerprint of its request, for idempotent retries.
    #[serde(default)]
    pub client_token: Option<(String, String)>,
}

impl Record for ServiceRecord {
    const SCHEMA_VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_newer_versions_are_refused() {
        let record = FamilyRecord {
            family: "web".into(),
            last_revision: 3,
            active_revisions: 2,
            inactive_revisions: 1,
            latest_active_revision: Some(3),
        };
        let bytes = encode(&record);
        assert!(std::str::from_utf8(&bytes).unwrap().starts_with("{\"schemaVersion\":1,"));
        assert_eq!(decode::<FamilyRecord>("k", &bytes).unwrap(), record);

        let newer = br#"{"schemaVersion":2,"record":{}}"#;
        let error = decode::<FamilyRecord>("k", newer).unwrap_err();
        assert!(error.to_string().contains("newer Ferry"), "{error}");
        assert!(decode::<FamilyRecord>("k", b"not json").is_err());
    }
}
