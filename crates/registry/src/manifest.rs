//! Manifest decoding: the four manifest formats the registry stores, read just far enough to know
//! what they reference (blobs, child manifests, a subject). Pure, no I/O; the input is untrusted
//! client bytes, so this is a fuzzing target.
//!
//! Manifests are stored byte for byte as pushed (their digest is of those bytes); this module
//! never re-serialises one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::digest::Digest;

pub const DOCKER_MANIFEST_V2: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_MANIFEST_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const OCI_IMAGE_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_IMAGE_INDEX: &str = "application/vnd.oci.image.index.v1+json";

/// The spec's recommended limit; registries refuse larger manifests, and this one reads a
/// manifest into memory only up to it.
pub const MAX_MANIFEST_BYTES: usize = 4 * 1024 * 1024;

/// Whether a manifest lists blobs (an image) or other manifests (an index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManifestKind {
    Image,
    Index,
}

/// An OCI content descriptor, with the fields this registry uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    pub media_type: String,
    pub digest: String,
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Blobs with `urls` ("foreign layers") live elsewhere and need not be pushed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<String>>,
}

/// A reference from a manifest, its digest validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub digest: Digest,
    pub size: u64,
    pub media_type: String,
    /// A foreign layer: not expected in the registry.
    pub external: bool,
}

/// What the registry needs to know of a pushed manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedManifest {
    pub media_type: String,
    pub kind: ManifestKind,
    /// The config and the layers of an image manifest; empty for an index.
    pub blobs: Vec<Reference>,
    /// The manifests an index lists; empty for an image manifest.
    pub children: Vec<Reference>,
    pub subject: Option<Reference>,
    /// What the referrers API reports: `artifactType`, else an image's config media type.
    pub artifact_type: Option<String>,
    pub annotations: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("the manifest is not valid JSON of a manifest: {0}")]
    Malformed(String),
    #[error("schemaVersion must be 2, not {0}")]
    SchemaVersion(i64),
    #[error("the manifest's mediaType {in_body:?} differs from its Content-Type {in_header:?}")]
    MediaTypeMismatch { in_body: String, in_header: String },
    #[error("manifest media type {0:?} is not supported; push a Docker v2 schema 2 manifest or list, or an OCI image manifest or index")]
    UnsupportedMediaType(String),
    #[error("{0}")]
    Invalid(String),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawManifest {
    schema_version: Option<i64>,
    media_type: Option<String>,
    config: Option<Descriptor>,
    layers: Option<Vec<Descriptor>>,
    manifests: Option<Vec<Descriptor>>,
    subject: Option<Descriptor>,
    artifact_type: Option<String>,
    annotations: Option<BTreeMap<String, String>>,
}

fn reference(descriptor: &Descriptor, what: &str) -> Result<Reference, ManifestError> {
    let digest = descriptor
        .digest
        .parse::<Digest>()
        .map_err(|error| ManifestError::Invalid(format!("{what} has an invalid digest {:?}: {error}", descriptor.digest)))?;
    if descriptor.media_type.is_empty() {
        return Err(ManifestError::Invalid(format!("{what} {digest} has no mediaType")));
    }
    let external = descriptor.urls.as_ref().is_some_and(|urls| !urls.is_empty());
    Ok(Reference { digest, size: descriptor.size, media_type: descriptor.media_type.clone(), external })
}

/// Decodes a manifest pushed with `content_type` (the request's `Content-Type`, if any).
pub fn parse_manifest(bytes: &[u8], content_type: Option<&str>) -> Result<ParsedManifest, ManifestError> {
    let raw: RawManifest = serde_json::from_slice(bytes).map_err(|error| ManifestError::Malformed(error.to_string()))?;
    match raw.schema_version {
        Some(2) => {}
        Some(other) => return Err(ManifestError::SchemaVersion(other)),
        None => return Err(ManifestError::Invalid("the manifest has no schemaVersion".to_owned())),
    }
    // A Content-Type with parameters (`; charset=utf-8`) names the same type.
    let content_type = content_type.map(|value| value.split(';').next().unwrap_or("").trim()).filter(|value| !value.is_empty());
    let media_type = match (&raw.media_type, content_type) {
        (Some(in_body), Some(in_header)) if in_body != in_header && in_header != "application/json" => {
            return Err(ManifestError::MediaTypeMismatch { in_body: in_body.clone(), in_header: in_header.to_owned() });
        }
        (Some(in_body), _) => in_body.clone(),
        (None, Some(in_header)) if in_header != "application/json" => in_header.to_owned(),
        // The OCI formats make `mediaType` optional; what the document holds says which it is.
        (None, _) if raw.manifests.is_some() => OCI_IMAGE_INDEX.to_owned(),
        (None, _) => OCI_IMAGE_MANIFEST.to_owned(),
    };
    let kind = match media_type.as_str() {
        DOCKER_MANIFEST_V2 | OCI_IMAGE_MANIFEST => ManifestKind::Image,
        DOCKER_MANIFEST_LIST | OCI_IMAGE_INDEX => ManifestKind::Index,
        _ => return Err(ManifestError::UnsupportedMediaType(media_type)),
    };

    let subject = raw.subject.as_ref().map(|subject| reference(subject, "the subject")).transpose()?;
    let mut blobs = Vec::new();
    let mut children = Vec::new();
    let artifact_type = match kind {
        ManifestKind::Image => {
            if raw.manifests.is_some() {
                return Err(ManifestError::Invalid(format!("a {media_type} has no \"manifests\"")));
            }
            let config = raw.config.as_ref().ok_or_else(|| ManifestError::Invalid("an image manifest needs a config".to_owned()))?;
            blobs.push(reference(config, "the config")?);
            let layers = raw.layers.as_deref().unwrap_or_default();
            if layers.is_empty() && media_type == DOCKER_MANIFEST_V2 {
                return Err(ManifestError::Invalid("a Docker image manifest needs at least one layer".to_owned()));
            }
            for (index, layer) in layers.iter().enumerate() {
                blobs.push(reference(layer, &format!("layer {index}"))?);
            }
            raw.artifact_type.clone().or_else(|| Some(config.media_type.clone()))
        }
        ManifestKind::Index => {
            if raw.config.is_some() || raw.layers.is_some() {
                return Err(ManifestError::Invalid(format!("a {media_type} has no \"config\" or \"layers\"")));
            }
            let manifests = raw.manifests.as_deref().ok_or_else(|| ManifestError::Invalid("an index needs \"manifests\"".to_owned()))?;
            for (index, manifest) in manifests.iter().enumerate() {
                children.push(reference(manifest, &format!("manifest {index}"))?);
            }
            raw.artifact_type.clone()
        }
    };
    Ok(ParsedManifest { media_type, kind, blobs, children, subject, artifact_type, annotations: raw.annotations })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(fill: char) -> String {
        format!("sha256:{}", fill.to_string().repeat(64))
    }

    #[test]
    fn decodes_a_docker_image_manifest() {
        let body = serde_json::json!({
            "schemaVersion": 2,
            "mediaType": DOCKER_MANIFEST_V2,
            "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "digest": digest('a'), "size": 10},
            "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "digest": digest('b'), "size": 20}],
        });
        let parsed = parse_manifest(body.to_string().as_bytes(), Some(DOCKER_MANIFEST_V2)).unwrap();
        assert_eq!(parsed.kind, ManifestKind::Image);
        assert_eq!(parsed.blobs.len(), 2);
        assert_eq!(parsed.blobs[1].size, 20);
        assert_eq!(parsed.artifact_type.as_deref(), Some("application/vnd.docker.container.image.v1+json"));
    }

    #[test]
    fn decodes_an_oci_index_with_a_subject() {
        let body = serde_json::json!({
            "schemaVersion": 2,
            "manifests": [{"mediaType": OCI_IMAGE_MANIFEST, "digest": digest('c'), "size": 30}],
            "subject": {"mediaType": OCI_IMAGE_MANIFEST, "digest": digest('d'), "size": 40},
            "artifactType": "application/example",
        });
        let parsed = parse_manifest(body.to_string().as_bytes(), None).unwrap();
        assert_eq!(parsed.media_type, OCI_IMAGE_INDEX);
        assert_eq!(parsed.children.len(), 1);
        assert_eq!(parsed.subject.unwrap().digest.to_string(), digest('d'));
        assert_eq!(parsed.artifact_type.as_deref(), Some("application/example"));
    }

    #[test]
    fn refuses_what_is_not_a_supported_manifest() {
        let config = serde_json::json!({"mediaType": "x", "digest": digest('a'), "size": 1});
        let cases = [
            (b"not json".to_vec(), None),
            (serde_json::json!({"schemaVersion": 1, "config": config}).to_string().into_bytes(), None),
            (serde_json::json!({"schemaVersion": 2}).to_string().into_bytes(), Some(OCI_IMAGE_MANIFEST)),
            (serde_json::json!({"schemaVersion": 2, "config": config}).to_string().into_bytes(), Some("application/x-unknown")),
            (
                serde_json::json!({"schemaVersion": 2, "mediaType": OCI_IMAGE_MANIFEST, "config": config}).to_string().into_bytes(),
                Some(OCI_IMAGE_INDEX),
            ),
            (
                serde_json::json!({"schemaVersion": 2, "config": {"mediaType": "x", "digest": "sha256:short", "size": 1}})
                    .to_string()
                    .into_bytes(),
                None,
            ),
            (
                serde_json::json!({"schemaVersion": 2, "config": {"mediaType": "x", "digest": digest('a'), "size": -1}})
                    .to_string()
                    .into_bytes(),
                None,
            ),
        ];
        for (body, content_type) in cases {
            assert!(parse_manifest(&body, content_type).is_err(), "{}", String::from_utf8_lossy(&body));
        }
    }
}
