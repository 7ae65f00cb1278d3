//! Ferry's image registry: the OCI Distribution API (v1.1) over content-addressed blobs on the
//! filesystem and metadata in Ferry's key-value store.
//!
//! Layers, from the bottom:
//! - [`BlobStore`]: content-addressed blobs and resumable uploads in a directory. It knows
//!   nothing of repositories, manifests or HTTP: a blob is shared by every repository.
//! - [`Registry`]: repositories (`repositories`), blob links, manifests, tags and referrers as
//!   records in a [`ferry_store::KeyValueStore`] under `ecr/…` (`metadata` has the layout), over
//!   the blob store. The ECR API (`ferry-ecr`) calls it directly.
//! - [`api::RegistryApi`]: HTTP. Every request is authenticated (a [`RegistryAuthenticator`]),
//!   parsed into one [`api::endpoint::Endpoint`], executed, and answered — errors always in the
//!   spec's `{"errors":[…]}` shape. [`api::server::serve`] runs it on a listener of its own.
//!
//! Design choices:
//! - **Blob links are the access model.** A repository may serve a blob only if a link record
//!   (`ecr/blobs/NAME#DIGEST`) says it was pushed or mounted there; the bytes are shared. Blob
//!   DELETE removes the link only; removing bytes is the garbage collector's job.
//! - **Manifests are blobs.** Their bytes go into the blob store (verified like any blob) before
//!   the record that points at them is written, so a record never points at missing bytes.
//! - **One transaction per change**, comparing everything it relies on: a manifest push compares
//!   that its repository, each blob link and each child manifest exist, and the tag's revision,
//!   so a manifest never lands beside a deleted blob, in a deleted repository, or over a tag that
//!   moved (immutable tags are checked against the tag's current value).
//! - **Streaming.** Request bodies go from hyper's frames straight into `BlobStore::append`; blobs
//!   go back from the open file in 256 KiB frames. Only manifests (at most 4 MiB) are read whole.
//! - **Tokens without storage.** [`AuthorizationTokens`] are HMACs over an expiry and an access key
//!   id (see `auth`), so any server holding the secret can verify them.
//! - **Uploads are not bound to a repository.** An upload id is 128 random bits and is the
//!   capability to write to it; the repository in the completing `PUT` is where the blob is linked.
//!   When per-repository permissions arrive, record the repository at `POST` time.
//!
//! Garbage collection (not built yet; the plan): blobs are only ever added by an upload or a
//! mount, and both write a link. A collector (1) lists link records older than a grace period
//! (say 1 h, longer than any push) that no manifest of their repository references and deletes
//! each in a transaction comparing its revision, then (2) deletes blob files that no link names
//! and whose mtime is older than the grace period. The grace period is what makes it safe against
//! concurrent pushes: a push links its blobs before it puts the manifest, and a manifest put
//! compares its links exist, so a link the collector removed makes that push fail cleanly with
//! `MANIFEST_BLOB_UNKNOWN` (the client re-uploads) rather than reference missing bytes.
//!
//! Invariants the code keeps:
//! - A file under `blobs/` is complete and its content hashes to its name: it only ever arrives
//!   there by an atomic rename of a verified, fsynced upload.
//! - Digests, upload ids, names and tags are validated before they become paths or keys, so no
//!   request can name a file outside the store's root or a key outside its repository.
//! - A manifest record's references (blob links, child manifests) existed when it was written.

pub mod api;
mod auth;
mod blob_store;
mod byte_range;
mod digest;
mod error;
pub mod manifest;
pub mod metadata;
mod names;
mod registry;
mod registry_error;
mod repositories;
mod upload_id;

pub use auth::{
    AuthError, AuthorizationToken, AuthorizationTokens, RegistryAuthenticator, RegistryIdentity, TOKEN_LIFETIME, TOKEN_USER_NAME,
    TokenAuthenticator, parse_basic_authorization,
};
pub use blob_store::{BlobInfo, BlobReader, BlobStore};
pub use byte_range::{ByteRange, RangeNotSatisfiable, ResolvedRange};
pub use digest::{Digest, DigestAlgorithm, DigestHasher, DigestParseError};
pub use error::BlobStoreError;
pub use names::{NameError, Reference, ReferenceError, RepositoryName, Tag};
pub use registry::{PushedManifest, Registry, StoredManifest, TagPage};
pub use registry_error::RegistryError;
pub use repositories::{RepositoryPage, RepositorySettings};
pub use upload_id::{UploadId, UploadIdParseError};
