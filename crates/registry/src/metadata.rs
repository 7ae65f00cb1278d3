//! The registry's records in Ferry's store: where they live (every key is built here) and what
//! they hold, each wrapped in a `{"schemaVersion": N, "record": …}` envelope from the first day.
//!
//! Layout (a repository name never holds `#`, a tag never holds `#` or `:`, so `#` ends a name
//! and `ecr/tags/web#` never matches the repository `web/api`):
//! - `ecr/repositories/NAME`: the repository and its settings.
//! - `ecr/blobs/NAME#DIGEST`: the repository may serve the blob (it was pushed or mounted
//!   there). The blob's bytes are shared by every repository, in the `BlobStore`.
//! - `ecr/manifests/NAME#DIGEST`: a manifest of the repository; its bytes are a blob.
//! - `ecr/tags/NAME#TAG`: the digest a tag points at. Key order is the tag listing's order.
//! - `ecr/referrers/NAME#SUBJECT#DIGEST`: a manifest whose `subject` is `SUBJECT`.

use std::collections::BTreeMap;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::manifest::Descriptor;
use crate::registry_error::RegistryError;

pub const REPOSITORIES_PREFIX: &str = "ecr/repositories/";

pub fn repository(name: &str) -> String {
    format!("{REPOSITORIES_PREFIX}{name}")
}

pub fn blob_links_of(name: &str) -> String {
    format!("ecr/blobs/{name}#")
}

pub fn blob_link(name: &str, digest: &str) -> String {
    format!("ecr/blobs/{name}#{digest}")
}

pub fn manifests_of(name: &str) -> String {
    format!("ecr/manifests/{name}#")
}

pub fn manifest(name: &str, digest: &str) -> String {
    format!("ecr/manifests/{name}#{digest}")
}

pub fn tags_of(name: &str) -> String {
    format!("ecr/tags/{name}#")
}

pub fn tag(name: &str, tag: &str) -> String {
    format!("ecr/tags/{name}#{tag}")
}

pub fn referrers_of_repository(name: &str) -> String {
    format!("ecr/referrers/{name}#")
}

pub fn referrers_of(name: &str, subject: &str) -> String {
    format!("ecr/referrers/{name}#{subject}#")
}

pub fn referrer(name: &str, subject: &str, digest: &str) -> String {
    format!("ecr/referrers/{name}#{subject}#{digest}")
}

/// The repository's last lifecycle policy preview (ECR's `StartLifecyclePolicyPreview`); the
/// record itself belongs to the ECR API. The trailing `#` keeps it a prefix of nothing else.
pub fn lifecycle_preview(name: &str) -> String {
    format!("ecr/lifecycle-previews/{name}#")
}

/// Every prefix that holds a repository's children; deleting a repository deletes them all.
pub fn children_of(name: &str) -> [String; 5] {
    [blob_links_of(name), manifests_of(name), tags_of(name), referrers_of_repository(name), lifecycle_preview(name)]
}

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

pub fn encode<T: Record>(record: &T) -> Bytes {
    let envelope = EnvelopeOut { schema_version: T::SCHEMA_VERSION, record };
    Bytes::from(serde_json::to_vec(&envelope).expect("records serialize"))
}

pub fn decode<T: Record>(key: &str, bytes: &[u8]) -> Result<T, RegistryError> {
    let envelope: EnvelopeIn<T> =
        serde_json::from_slice(bytes).map_err(|error| RegistryError::Internal(format!("record {key} is unreadable: {error}")))?;
    if envelope.schema_version > T::SCHEMA_VERSION {
        return Err(RegistryError::Internal(format!(
            "record {key} has schema version {} from a newer Ferry; this one reads up to {}",
            envelope.schema_version,
            T::SCHEMA_VERSION
        )));
    }
    Ok(envelope.record)
}

/// A key-value tag on a repository (ECR's resource tags, not image tags).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceTag {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TagMutability {
    #[default]
    Mutable,
    Immutable,
}

/// A repository and the settings ECR keeps for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RepositoryRecord {
    pub name: String,
    pub created_at_millis: u64,
    #[serde(default)]
    pub image_tag_mutability: TagMutability,
    #[serde(default)]
    pub scan_on_push: bool,
    /// ECR's `encryptionConfiguration`, stored as given (`AES256` by default).
    #[serde(default = "default_encryption_type")]
    pub encryption_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key: Option<String>,
    #[serde(default)]
    pub resource_tags: Vec<ResourceTag>,
    /// ECR's repository policy (`SetRepositoryPolicy`), stored as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository_policy: Option<String>,
    /// ECR's lifecycle policy (`PutLifecyclePolicy`), stored as given; the ECR API evaluates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy: Option<String>,
}

fn default_encryption_type() -> String {
    "AES256".to_owned()
}

impl Record for RepositoryRecord {
    const SCHEMA_VERSION: u32 = 1;
}

/// A blob a repository may serve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlobLinkRecord {
    pub size: u64,
    pub linked_at_millis: u64,
}

impl Record for BlobLinkRecord {
    const SCHEMA_VERSION: u32 = 1;
}

/// A manifest of a repository: what it is and everything it references.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManifestRecord {
    pub digest: String,
    pub media_type: String,
    pub size: u64,
    pub pushed_at_millis: u64,
    /// Config and layers (image manifests).
    #[serde(default)]
    pub blobs: Vec<String>,
    /// Child manifests (indexes).
    #[serde(default)]
    pub children: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// The manifest's size plus its blobs' (ECR's `imageSizeInBytes` is close to this).
    #[serde(default)]
    pub total_size: u64,
}

impl Record for ManifestRecord {
    const SCHEMA_VERSION: u32 = 1;
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TagRecord {
    pub digest: String,
    pub updated_at_millis: u64,
}

impl Record for TagRecord {
    const SCHEMA_VERSION: u32 = 1;
}

impl Record for Descriptor {
    const SCHEMA_VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_never_matches_another_names_children() {
        assert!(!tag("web/api", "x").starts_with(&tags_of("web")));
        assert!(!manifest("web-2", "sha256:a").starts_with(&manifests_of("web")));
        assert!(tag("web", "x").starts_with(&tags_of("web")));
    }

    #[test]
    fn records_round_trip_and_newer_versions_are_refused() {
        let record = TagRecord { digest: "sha256:abc".to_owned(), updated_at_millis: 5 };
        let encoded = encode(&record);
        assert_eq!(decode::<TagRecord>("k", &encoded).unwrap(), record);
        let newer = br#"{"schemaVersion": 99, "record": {"digest": "x", "updatedAtMillis": 1}}"#;
        assert!(decode::<TagRecord>("k", newer).is_err());
    }
}
