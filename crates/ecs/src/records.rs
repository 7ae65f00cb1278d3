//! The records ECS keeps in the store, each wrapped in an envelope that carries its schema version
//! from the first day, so later versions of Ferry can read what earlier ones wrote.

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use ferry_api::shape::Timestamp;

use crate::error::EcsError;
use crate::generated::{
    CapacityProviderStrategyItem, ClusterConfiguration, ClusterServiceConnectDefaults, ClusterSetting, Tag, TaskDefinition,
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
struct EnvelopeIn {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
    record: serde_json::Value,
}

pub fn encode<T: Record>(record: &T) -> Bytes {
    let envelope = EnvelopeOut { schema_version: T::SCHEMA_VERSION, record };
    // Records are plain data with string keys; serializing them cannot fail.
    Bytes::from(serde_json::to_vec(&envelope).expect("records serialize"))
}

pub fn decode<T: Record>(key: &str, bytes: &[u8]) -> Result<T, EcsError> {
    let corrupt = |detail: String| EcsError::CorruptRecord { key: key.to_owned(), detail };
    let envelope: EnvelopeIn = serde_json::from_slice(bytes).map_err(|error| corrupt(error.to_string()))?;
    if envelope.schema_version > T::SCHEMA_VERSION {
        return Err(corrupt(format!(
            "schema version {} was written by a newer Ferry; this one reads up to {}",
            envelope.schema_version,
            T::SCHEMA_VERSION
        )));
    }
    // Version 1 is the only version so far; decoders of older versions go here when there are any.
    serde_json::from_value(envelope.record).map_err(|error| corrupt(error.to_string()))
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

/// One per task definition family: the last revision handed out (revisions are never reused) and
/// how many revisions are in each status, for `ListTaskDefinitionFamilies`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FamilyRecord {
    pub family: String,
    pub last_revision: i32,
    pub active_revisions: u32,
    pub inactive_revisions: u32,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_newer_versions_are_refused() {
        let record = FamilyRecord { family: "web".into(), last_revision: 3, active_revisions: 2, inactive_revisions: 1 };
        let bytes = encode(&record);
        assert!(std::str::from_utf8(&bytes).unwrap().starts_with("{\"schemaVersion\":1,"));
        assert_eq!(decode::<FamilyRecord>("k", &bytes).unwrap(), record);

        let newer = br#"{"schemaVersion":2,"record":{}}"#;
        let error = decode::<FamilyRecord>("k", newer).unwrap_err();
        assert!(error.to_string().contains("newer Ferry"), "{error}");
        assert!(decode::<FamilyRecord>("k", b"not json").is_err());
    }
}
