//! Every way a blob store call can fail, one variant per OCI error the API layer answers with.

use std::io;
use std::path::{Path, PathBuf};

use crate::byte_range::RangeNotSatisfiable;
use crate::digest::{Digest, DigestParseError};
use crate::upload_id::UploadId;

#[derive(Debug, thiserror::Error)]
pub enum BlobStoreError {
    /// `BLOB_UNKNOWN` (404).
    #[error("blob {0} is unknown to the registry")]
    BlobUnknown(Digest),
    /// `BLOB_UPLOAD_UNKNOWN` (404): never started, cancelled, completed, failed or expired.
    #[error("upload {0} is unknown to the registry")]
    BlobUploadUnknown(UploadId),
    /// A chunk that does not start where the upload ends; the spec answers 416 with the current
    /// `Range`, and the upload stays usable from `expected_offset`.
    #[error("the chunk starts at byte {given_offset} but the upload has {expected_offset} bytes")]
    BlobUploadOutOfOrder { upload: UploadId, expected_offset: u64, given_offset: u64 },
    /// `DIGEST_INVALID` (400): the digest text itself is malformed or of an unsupported algorithm.
    #[error("invalid digest: {0}")]
    DigestInvalid(#[from] DigestParseError),
    /// `DIGEST_INVALID` (400) as well: the content does not hash to the digest the client claimed.
    /// The upload has been deleted.
    #[error("the uploaded content has digest {actual}, not the expected {expected}")]
    DigestMismatch { expected: Digest, actual: Digest },
    /// 416 `Range Not Satisfiable` on a blob read.
    #[error(transparent)]
    RangeNotSatisfiable(#[from] RangeNotSatisfiable),
    /// A filesystem failure (a full disk among them), or the request body failing mid-upload.
    /// The store's invariants hold regardless; the details are for the log, not the client.
    #[error("{operation} {}: {source}", .path.display())]
    Io {
        operation: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl BlobStoreError {
    /// Builds the mapper for `map_err`, naming what was being done to which file.
    pub(crate) fn io(operation: &'static str, path: &Path) -> impl FnOnce(io::Error) -> BlobStoreError {
        let path = path.to_path_buf();
        move |source| BlobStoreError::Io { operation, path, source }
    }
}
