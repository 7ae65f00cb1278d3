//! Ferry's image registry; so far its storage layer: content-addressed blobs and resumable uploads on the filesystem.
//!
//! The OCI Distribution API (`/v2/`) and the ECR API will sit on top of [`BlobStore`]. The store
//! knows nothing of repositories, manifests or HTTP: a blob is shared by every repository that
//! references it, and the API layer maps [`BlobStoreError`] variants to OCI error codes.
//!
//! Invariants the code keeps:
//! - A file under `blobs/` is complete and its content hashes to its name: it only ever arrives
//!   there by an atomic rename of a verified, fsynced upload.
//! - Digests and upload ids are validated before they become paths, so no request can name a
//!   file outside the store's root.

mod blob_store;
mod byte_range;
mod digest;
mod error;
mod upload_id;

pub use blob_store::{BlobInfo, BlobReader, BlobStore};
pub use byte_range::{ByteRange, RangeNotSatisfiable, ResolvedRange};
pub use digest::{Digest, DigestAlgorithm, DigestHasher, DigestParseError};
pub use error::BlobStoreError;
pub use upload_id::{UploadId, UploadIdParseError};
