//! Every way a registry operation fails, and the one place each becomes an OCI error code and an
//! HTTP status.

use crate::auth::AuthError;
use crate::digest::Digest;
use crate::error::BlobStoreError;
use crate::upload_id::UploadId;

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("blob {0} is unknown to this repository")]
    BlobUnknown(Digest),
    #[error("{0}")]
    BlobUploadInvalid(String),
    #[error("upload {0} is unknown to the registry")]
    BlobUploadUnknown(String),
    /// A chunk that does not start where the upload ends (416); the upload holds `size` bytes.
    #[error("the chunk must start at byte {size}, where the upload ends")]
    UploadOutOfOrder { upload: UploadId, size: u64 },
    #[error("{0}")]
    DigestInvalid(String),
    #[error("{0}")]
    ManifestInvalid(String),
    #[error("manifest {0} is unknown to this repository")]
    ManifestUnknown(String),
    #[error("the manifest references {0}, which this repository does not have; push it first")]
    ManifestBlobUnknown(Digest),
    #[error("{0}")]
    NameInvalid(String),
    #[error("repository {0} does not exist; create it first (aws ecr create-repository --repository-name {0})")]
    NameUnknown(String),
    #[error("{0}")]
    SizeInvalid(String),
    #[error("{0}")]
    TagInvalid(String),
    #[error("tag {tag} of repository {repository} is immutable and already points at another image")]
    TagImmutable { repository: String, tag: String },
    #[error("{0}")]
    Unauthorized(#[from] AuthError),
    #[error("{0}")]
    Denied(String),
    #[error("{0}")]
    Unsupported(String),
    /// A blob read whose range does not overlap the blob (416).
    #[error("the requested range does not overlap the blob of {blob_size} bytes")]
    RangeInvalid { blob_size: u64 },
    /// For the Rust API (ECR's `CreateRepository`).
    #[error("repository {0} already exists")]
    RepositoryAlreadyExists(String),
    /// For the Rust API (ECR's `DeleteRepository` without `force`).
    #[error("repository {0} still holds images; delete them first or pass force")]
    RepositoryNotEmpty(String),
    /// The store kept refusing a compare-and-swap: too many writers on one key.
    #[error("too many concurrent changes to {0}; try again")]
    Contention(String),
    /// A path or method the API does not have.
    #[error("{0}")]
    RouteUnknown(String),
    /// Anything inside Ferry: logged, never sent.
    #[error("{0}")]
    Internal(String),
}

impl RegistryError {
    /// The spec's error code.
    pub fn code(&self) -> &'static str {
        match self {
            RegistryError::BlobUnknown(_) => "BLOB_UNKNOWN",
            RegistryError::BlobUploadInvalid(_) => "BLOB_UPLOAD_INVALID",
            RegistryError::BlobUploadUnknown(_) => "BLOB_UPLOAD_UNKNOWN",
            RegistryError::UploadOutOfOrder { .. } | RegistryError::RangeInvalid { .. } => "RANGE_INVALID",
            RegistryError::DigestInvalid(_) => "DIGEST_INVALID",
            RegistryError::ManifestInvalid(_) => "MANIFEST_INVALID",
            RegistryError::ManifestUnknown(_) => "MANIFEST_UNKNOWN",
            RegistryError::ManifestBlobUnknown(_) => "MANIFEST_BLOB_UNKNOWN",
            RegistryError::NameInvalid(_) => "NAME_INVALID",
            RegistryError::NameUnknown(_) => "NAME_UNKNOWN",
            RegistryError::SizeInvalid(_) => "SIZE_INVALID",
            RegistryError::TagInvalid(_) | RegistryError::TagImmutable { .. } => "TAG_INVALID",
            RegistryError::Unauthorized(_) => "UNAUTHORIZED",
            RegistryError::Denied(_) => "DENIED",
            RegistryError::Unsupported(_) => "UNSUPPORTED",
            RegistryError::RepositoryAlreadyExists(_) | RegistryError::RepositoryNotEmpty(_) => "DENIED",
            RegistryError::Contention(_) => "TOOMANYREQUESTS",
            RegistryError::RouteUnknown(_) => "UNSUPPORTED",
            RegistryError::Internal(_) => "UNKNOWN",
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            RegistryError::BlobUnknown(_)
            | RegistryError::BlobUploadUnknown(_)
            | RegistryError::ManifestUnknown(_)
            | RegistryError::NameUnknown(_)
            | RegistryError::RouteUnknown(_) => 404,
            RegistryError::UploadOutOfOrder { .. } | RegistryError::RangeInvalid { .. } => 416,
            RegistryError::Unauthorized(_) => 401,
            RegistryError::Denied(_) => 403,
            RegistryError::Unsupported(_) => 405,
            RegistryError::RepositoryAlreadyExists(_) | RegistryError::RepositoryNotEmpty(_) => 409,
            RegistryError::Contention(_) => 429,
            RegistryError::Internal(_) => 500,
            _ => 400,
        }
    }

    /// The message sent to the client; internal failures say only that there was one.
    pub fn client_message(&self) -> String {
        match self {
            RegistryError::Internal(_) => {
                "Ferry hit an internal error while serving this request; the server log has the details.".to_owned()
            }
            other => other.to_string(),
        }
    }
}

impl From<BlobStoreError> for RegistryError {
    fn from(error: BlobStoreError) -> RegistryError {
        match error {
            BlobStoreError::BlobUnknown(digest) => RegistryError::BlobUnknown(digest),
            BlobStoreError::BlobUploadUnknown(upload) => RegistryError::BlobUploadUnknown(upload.to_string()),
            BlobStoreError::BlobUploadOutOfOrder { upload, expected_offset, .. } => {
                RegistryError::UploadOutOfOrder { upload, size: expected_offset }
            }
            BlobStoreError::DigestInvalid(parse_error) => RegistryError::DigestInvalid(format!("invalid digest: {parse_error}")),
            BlobStoreError::DigestMismatch { expected, actual } => {
                RegistryError::DigestInvalid(format!("the uploaded content has digest {actual}, not {expected}; nothing was stored"))
            }
            BlobStoreError::RangeNotSatisfiable(range) => RegistryError::RangeInvalid { blob_size: range.blob_size },
            error @ BlobStoreError::Io { .. } => RegistryError::Internal(error.to_string()),
        }
    }
}

impl From<ferry_store::StoreError> for RegistryError {
    fn from(error: ferry_store::StoreError) -> RegistryError {
        RegistryError::Internal(format!("store: {error}"))
    }
}
