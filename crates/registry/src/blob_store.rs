//! `BlobStore`: content-addressed blobs and resumable uploads in a directory on the local filesystem.
//!
//! Layout under the root:
//! - `blobs/<algorithm>/<first two hex>/<hex>`: finished blobs. The two-character fan-out keeps
//!   directories small enough for any filesystem.
//! - `uploads/<upload id>/data`: the bytes received so far. Its size is the upload's progress and
//!   its modification time the upload's last activity, so no state file is needed.
//!
//! Both live under one root so that completing an upload is a `rename(2)` within one
//! filesystem: atomic, so a reader sees either no blob or the whole verified blob.
//!
//! Hash state: `sha2`'s hashers cannot be serialised, so the running hash cannot live on disk.
//! The store keeps a running sha256 in memory per open upload (sha256 is what every client
//! uses) and hashes each chunk as it is written, so completing a large upload costs no second
//! read. The in-memory hash is only trusted when it covers exactly the bytes in the file; when
//! it does not — a sha512 digest, a restart of the process, an append whose future was dropped
//! or whose write failed half-way — completion hashes the file instead, which is always right.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures::{Stream, StreamExt};
use sha2::{Digest as _, Sha256};
use tokio::io::{AsyncReadExt, AsyncSeekExt};

use crate::byte_range::ByteRange;
use crate::digest::{Digest, DigestAlgorithm, DigestHasher};
use crate::error::BlobStoreError;
use crate::upload_id::UploadId;

type Result<T, E = BlobStoreError> = std::result::Result<T, E>;

/// The file inside an upload's directory that holds its bytes.
const UPLOAD_DATA_FILE: &str = "data";

/// Reading a file back to hash it goes in pieces of this size, so memory stays flat whatever the
/// blob's size.
const HASH_READ_BUFFER_BYTES: usize = 1 << 20;

/// What the store knows of a finished blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobInfo {
    pub digest: Digest,
    pub size: u64,
}

/// An open blob, positioned at the start of the requested range.
#[derive(Debug)]
pub struct BlobReader {
    pub info: BlobInfo,
    /// First byte of the blob that `reader` yields.
    pub start: u64,
    /// How many bytes `reader` yields: the `Content-Length` of the response.
    pub length: u64,
    /// Reads from the file opened at `open_read`; a blob replaced or deleted afterwards does not
    /// change what it yields, because the open file keeps its inode.
    pub reader: tokio::io::Take<tokio::fs::File>,
}

/// The running sha256 of an upload and how many bytes it has seen.
struct RunningSha256 {
    hasher: Sha256,
    hashed_bytes: u64,
}

/// In-memory state of one upload. Holding its lock serialises every call that changes the
/// upload, so two chunks of one upload never interleave in the file.
#[derive(Default)]
struct UploadProgress {
    running_sha256: Option<RunningSha256>,
}

/// Content-addressed blob storage with resumable uploads.
pub struct BlobStore {
    blobs_root: PathBuf,
    uploads_root: PathBuf,
    open_uploads: parking_lot::Mutex<HashMap<UploadId, Arc<tokio::sync::Mutex<UploadProgress>>>>,
}

impl std::fmt::Debug for BlobStore {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("BlobStore").field("blobs_root", &self.blobs_root).field("uploads_root", &self.uploads_root).finish()
    }
}

impl BlobStore {
    /// Opens (creating if needed) the store under `root`. Uploads left by an earlier process are
    /// kept: a client can resume them, and `expire_uploads` removes the abandoned ones.
    pub fn open(root: PathBuf) -> Result<BlobStore> {
        let blobs_root = root.join("blobs");
        let uploads_root = root.join("uploads");
        for directory in [blobs_root.join("sha256"), blobs_root.join("sha512"), uploads_root.clone()] {
            std::fs::create_dir_all(&directory).map_err(BlobStoreError::io("create directory", &directory))?;
        }
        Ok(BlobStore { blobs_root, uploads_root, open_uploads: parking_lot::Mutex::new(HashMap::new()) })
    }

    fn blob_directory(&self, digest: &Digest) -> PathBuf {
        self.blobs_root.join(digest.algorithm().name()).join(&digest.hex()[..2])
    }

    fn blob_path(&self, digest: &Digest) -> PathBuf {
        self.blob_directory(digest).join(digest.hex())
    }

    fn upload_directory(&self, upload: &UploadId) -> PathBuf {
        self.uploads_root.join(upload.as_str())
    }

    fn upload_data_path(&self, upload: &UploadId) -> PathBuf {
        self.upload_directory(upload).join(UPLOAD_DATA_FILE)
    }

    /// The in-memory state of an upload, made empty (no running hash) if this process has not
    /// seen the upload yet — after a restart, say. Callers that then find no upload on disk call
    /// `forget_upload` so unknown ids leave nothing behind.
    fn upload_progress(&self, upload: &UploadId) -> Arc<tokio::sync::Mutex<UploadProgress>> {
        self.open_uploads.lock().entry(upload.clone()).or_default().clone()
    }

    /// Drops the in-memory state of an upload, unless it has already been replaced.
    fn forget_upload(&self, upload: &UploadId, progress: &Arc<tokio::sync::Mutex<UploadProgress>>) {
        let mut open_uploads = self.open_uploads.lock();
        if open_uploads.get(upload).is_some_and(|current| Arc::ptr_eq(current, progress)) {
            open_uploads.remove(upload);
        }
    }

    /// Maps "the upload's file is not there" to `BlobUploadUnknown`, any other failure to `Io`.
    fn upload_io_error(&self, upload: &UploadId, operation: &'static str, path: &Path) -> impl FnOnce(io::Error) -> BlobStoreError {
        let upload = upload.clone();
        let path = path.to_path_buf();
        move |source| {
            if source.kind() == io::ErrorKind::NotFound {
                BlobStoreError::BlobUploadUnknown(upload)
            } else {
                BlobStoreError::Io { operation, path, source }
            }
        }
    }

    /// Starts an upload with no bytes yet.
    pub async fn start_upload(&self) -> Result<UploadId> {
        let upload = UploadId::generate();
        let directory = self.upload_directory(&upload);
        tokio::fs::create_dir(&directory).await.map_err(BlobStoreError::io("create upload directory", &directory))?;
        let data_path = self.upload_data_path(&upload);
        tokio::fs::File::create(&data_path).await.map_err(BlobStoreError::io("create upload file", &data_path))?;
        let progress = UploadProgress { running_sha256: Some(RunningSha256 { hasher: Sha256::new(), hashed_bytes: 0 }) };
        self.open_uploads.lock().insert(upload.clone(), Arc::new(tokio::sync::Mutex::new(progress)));
        Ok(upload)
    }

    /// Appends `body` to the upload, which must currently hold exactly `offset` bytes, and
    /// returns the upload's new size. The body is written chunk by chunk as it arrives, never
    /// collected in memory.
    ///
    /// Every chunk written before a failure (of the body or of the disk) stays in the upload:
    /// the file always holds a prefix of what the client sent, so the client can ask
    /// `upload_status` and resume from there, as the OCI spec's chunked uploads expect. The
    /// exception is a full disk: then the upload is cut back to `offset`, so the space is free
    /// for other pushes again.
    pub async fn append<S>(&self, upload: &UploadId, offset: u64, mut body: S) -> Result<u64>
    where
        S: Stream<Item = io::Result<Bytes>> + Unpin,
    {
        let progress_lock = self.upload_progress(upload);
        let mut progress = progress_lock.lock().await;
        let data_path = self.upload_data_path(upload);
        let path_for_open = data_path.clone();
        let opened = run_blocking(move || {
            let file = OpenOptions::new().append(true).open(&path_for_open)?;
            let current_size = file.metadata()?.len();
            Ok((file, current_size))
        })
        .await;
        let (file, current_size) = match opened {
            Ok(opened) => opened,
            Err(error) => {
                let error = self.upload_io_error(upload, "open upload file", &data_path)(error);
                if matches!(error, BlobStoreError::BlobUploadUnknown(_)) {
                    self.forget_upload(upload, &progress_lock);
                }
                return Err(error);
            }
        };
        if offset != current_size {
            return Err(BlobStoreError::BlobUploadOutOfOrder {
                upload: upload.clone(),
                expected_offset: current_size,
                given_offset: offset,
            });
        }

        // The running hash is taken out for the duration of the append: if this future is
        // dropped half-way (the client went away), the upload is left without one and
        // completion hashes the file, rather than trusting a hash of fewer bytes than it holds.
        let running_sha256 = progress.running_sha256.take().filter(|running| running.hashed_bytes == current_size);
        let mut writer = ChunkWriter { file, written_bytes: current_size, running_sha256 };
        let mut failure = None;
        while let Some(item) = body.next().await {
            let chunk = match item {
                Ok(chunk) => chunk,
                Err(source) => {
                    failure = Some(BlobStoreError::Io { operation: "read upload body for", path: data_path.clone(), source });
                    break;
                }
            };
            if chunk.is_empty() {
                continue;
            }
            // Writing and hashing both happen off the async threads: a 1 MiB chunk takes long
            // enough to hash that it would stall other requests.
            let (returned_writer, written) = tokio::task::spawn_blocking(move || {
                let written = writer.write_chunk(&chunk);
                (writer, written)
            })
            .await
            .unwrap_or_else(|join_error| std::panic::resume_unwind(join_error.into_panic()));
            writer = returned_writer;
            if let Err(source) = written {
                failure = Some(BlobStoreError::Io { operation: "write upload file", path: data_path.clone(), source });
                break;
            }
        }
        let ChunkWriter { file, written_bytes, running_sha256 } = writer;
        match failure {
            None => {
                progress.running_sha256 = running_sha256;
                Ok(written_bytes)
            }
            Some(error) if is_out_of_space(&error) => {
                // The disk (or the quota) is full. Keeping what this call wrote would keep it
                // full until the upload expires, failing every other push meanwhile; giving the
                // bytes back leaves the upload as it was before the call, so a client can still
                // resume it from `upload_status` once there is room. Its running hash covers
                // bytes that are gone, so completion hashes the file instead.
                progress.running_sha256 = None;
                if let Err(truncate_error) = run_blocking(move || file.set_len(current_size)).await {
                    tracing::warn!(%upload, %truncate_error, "could not give back the bytes of a chunk refused for lack of space");
                }
                Err(error)
            }
            Some(error) => {
                progress.running_sha256 = running_sha256;
                Err(error)
            }
        }
    }

    /// How many bytes the upload holds: where the next chunk must start.
    pub async fn upload_status(&self, upload: &UploadId) -> Result<u64> {
        let data_path = self.upload_data_path(upload);
        let metadata = tokio::fs::metadata(&data_path).await.map_err(self.upload_io_error(upload, "stat upload file", &data_path))?;
        Ok(metadata.len())
    }

    /// Deletes the upload and everything it received.
    pub async fn cancel(&self, upload: &UploadId) -> Result<()> {
        let progress_lock = self.upload_progress(upload);
        let _progress = progress_lock.lock().await;
        let directory = self.upload_directory(upload);
        let removed =
            tokio::fs::remove_dir_all(&directory).await.map_err(self.upload_io_error(upload, "remove upload directory", &directory));
        self.forget_upload(upload, &progress_lock);
        removed
    }

    /// Finishes the upload as the blob `expected`. The content is checked against the digest;
    /// only if it matches is the file fsynced and renamed into place, then the directory holding
    /// it fsynced, so once this returns the blob survives a crash. On a mismatch the upload is
    /// deleted and nothing is stored.
    ///
    /// Completing a blob that already exists succeeds: the rename replaces it with identical
    /// content, atomically, and readers holding the old file keep reading it intact. Renaming
    /// even then (rather than skipping) means a caller never returns before the blob's
    /// directory entry is durable, even while another upload of it is half-way through
    /// completing.
    pub async fn complete(&self, upload: &UploadId, expected: &Digest) -> Result<BlobInfo> {
        let progress_lock = self.upload_progress(upload);
        let mut progress = progress_lock.lock().await;
        let running_sha256 = progress.running_sha256.take();
        let data_path = self.upload_data_path(upload);
        let path_for_hashing = data_path.clone();
        let expected_algorithm = expected.algorithm();
        let hashed = run_blocking(move || {
            let mut file = File::open(&path_for_hashing)?;
            let size = file.metadata()?.len();
            let actual = match running_sha256 {
                Some(running) if expected_algorithm == DigestAlgorithm::Sha256 && running.hashed_bytes == size => {
                    DigestHasher::Sha256(running.hasher).finalize()
                }
                _ => hash_file(&mut file, expected_algorithm)?,
            };
            Ok((file, size, actual))
        })
        .await;
        let (file, size, actual) = match hashed {
            Ok(hashed) => hashed,
            Err(error) => {
                let error = self.upload_io_error(upload, "hash upload file", &data_path)(error);
                if matches!(error, BlobStoreError::BlobUploadUnknown(_)) {
                    self.forget_upload(upload, &progress_lock);
                }
                return Err(error);
            }
        };

        let upload_directory = self.upload_directory(upload);
        if actual != *expected {
            // The upload is finished either way: the spec has the client start over.
            if let Err(error) = tokio::fs::remove_dir_all(&upload_directory).await {
                tracing::warn!(%upload, %error, "could not remove an upload whose digest did not match; expiry will");
            }
            self.forget_upload(upload, &progress_lock);
            return Err(BlobStoreError::DigestMismatch { expected: expected.clone(), actual });
        }

        let blob_directory = self.blob_directory(expected);
        let blob_path = self.blob_path(expected);
        let publish_paths = (data_path.clone(), blob_directory.clone(), blob_path.clone());
        run_blocking(move || publish_blob(file, &publish_paths.0, &publish_paths.1, &publish_paths.2))
            .await
            .map_err(BlobStoreError::io("move verified upload into place at", &blob_path))?;

        if let Err(error) = tokio::fs::remove_dir_all(&upload_directory).await {
            tracing::warn!(%upload, %error, "could not remove a completed upload's directory; expiry will");
        }
        self.forget_upload(upload, &progress_lock);
        Ok(BlobInfo { digest: expected.clone(), size })
    }

    /// The blob's size, or `None` if the store does not have it.
    pub async fn stat(&self, digest: &Digest) -> Result<Option<BlobInfo>> {
        let blob_path = self.blob_path(digest);
        match tokio::fs::metadata(&blob_path).await {
            Ok(metadata) => Ok(Some(BlobInfo { digest: digest.clone(), size: metadata.len() })),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(BlobStoreError::io("stat blob", &blob_path)(error)),
        }
    }

    /// Opens the blob for reading, the whole of it or `range` of it.
    pub async fn open_read(&self, digest: &Digest, range: Option<ByteRange>) -> Result<BlobReader> {
        let blob_path = self.blob_path(digest);
        let mut file = match tokio::fs::File::open(&blob_path).await {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Err(BlobStoreError::BlobUnknown(digest.clone())),
            Err(error) => return Err(BlobStoreError::io("open blob", &blob_path)(error)),
        };
        // The size comes from the open file, not the path, so it is the size of what is read.
        let size = file.metadata().await.map_err(BlobStoreError::io("stat blob", &blob_path))?.len();
        let (start, length) = match range {
            None => (0, size),
            Some(range) => {
                let resolved = range.resolve(size)?;
                (resolved.start, resolved.length)
            }
        };
        if start > 0 {
            file.seek(io::SeekFrom::Start(start)).await.map_err(BlobStoreError::io("seek in blob", &blob_path))?;
        }
        Ok(BlobReader { info: BlobInfo { digest: digest.clone(), size }, start, length, reader: file.take(length) })
    }

    /// Removes the blob. Readers that already opened it finish reading it.
    pub async fn delete(&self, digest: &Digest) -> Result<()> {
        let blob_path = self.blob_path(digest);
        match tokio::fs::remove_file(&blob_path).await {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Err(BlobStoreError::BlobUnknown(digest.clone())),
            Err(error) => Err(BlobStoreError::io("remove blob", &blob_path)(error)),
        }
    }

    /// Removes every upload that has received nothing for longer than `older_than` as of `now`,
    /// and returns how many. `now` is a parameter so callers can use Ferry's clock and tests can
    /// move time forward without touching file times. An upload with a call in progress is
    /// skipped, whatever its age: it is not abandoned.
    pub async fn expire_uploads(&self, older_than: Duration, now: SystemTime) -> Result<usize> {
        let mut entries =
            tokio::fs::read_dir(&self.uploads_root).await.map_err(BlobStoreError::io("list uploads in", &self.uploads_root))?;
        let mut expired_count = 0;
        while let Some(entry) = entries.next_entry().await.map_err(BlobStoreError::io("list uploads in", &self.uploads_root))? {
            let Some(upload) = entry.file_name().to_str().and_then(|name| name.parse::<UploadId>().ok()) else {
                tracing::warn!(path = %entry.path().display(), "ignoring an entry of the uploads directory that is not an upload");
                continue;
            };
            // The data file's time moves with every chunk; a directory without one (a completion
            // that could not clean up) falls back to the directory's own time.
            let data_metadata = tokio::fs::metadata(self.upload_data_path(&upload)).await;
            let Ok(metadata) = data_metadata.or(entry.metadata().await) else { continue };
            let Ok(last_activity) = metadata.modified() else { continue };
            let idle_for = now.duration_since(last_activity).unwrap_or(Duration::ZERO);
            if idle_for <= older_than {
                continue;
            }
            let progress_lock = self.upload_progress(&upload);
            let Ok(_progress) = progress_lock.try_lock() else { continue };
            let directory = self.upload_directory(&upload);
            match tokio::fs::remove_dir_all(&directory).await {
                Ok(()) => expired_count += 1,
                Err(error) if error.kind() == io::ErrorKind::NotFound => {}
                Err(error) => tracing::warn!(%upload, %error, "could not remove an expired upload"),
            }
            self.forget_upload(&upload, &progress_lock);
        }
        Ok(expired_count)
    }
}

/// The file of an upload being appended to, with the hash of what it holds when known.
struct ChunkWriter {
    file: File,
    written_bytes: u64,
    running_sha256: Option<RunningSha256>,
}

impl ChunkWriter {
    /// Writes one chunk and hashes it. The hash and the count only advance once the whole chunk
    /// is written; after a failed write the file may hold more than `written_bytes`, which
    /// makes the running hash mismatch the file and be ignored at completion.
    fn write_chunk(&mut self, chunk: &[u8]) -> io::Result<()> {
        self.file.write_all(chunk)?;
        self.written_bytes += chunk.len() as u64;
        if let Some(running) = &mut self.running_sha256 {
            running.hasher.update(chunk);
            running.hashed_bytes += chunk.len() as u64;
        }
        Ok(())
    }
}

/// A write refused because the filesystem (or the user's quota) has no room left.
fn is_out_of_space(error: &BlobStoreError) -> bool {
    matches!(error, BlobStoreError::Io { source, .. } if matches!(source.kind(), io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded))
}

/// Hashes a whole file from its start, a buffer at a time.
fn hash_file(file: &mut File, algorithm: DigestAlgorithm) -> io::Result<Digest> {
    let mut hasher = DigestHasher::new(algorithm);
    let mut buffer = vec![0u8; HASH_READ_BUFFER_BYTES];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            return Ok(hasher.finalize());
        }
        hasher.update(&buffer[..read]);
    }
}

/// Makes a verified upload the blob: fsync its data (so the rename can never expose a file whose
/// content is not yet on disk), rename it into place, then fsync the directory so the rename
/// itself is durable. A newly made fan-out directory is fsynced into its parent as well.
fn publish_blob(file: File, upload_data_path: &Path, blob_directory: &Path, blob_path: &Path) -> io::Result<()> {
    file.sync_all()?;
    drop(file);
    if !blob_directory.exists() {
        std::fs::create_dir_all(blob_directory)?;
        if let Some(algorithm_directory) = blob_directory.parent() {
            sync_directory(algorithm_directory)?;
        }
    }
    std::fs::rename(upload_data_path, blob_path)?;
    sync_directory(blob_directory)
}

fn sync_directory(directory: &Path) -> io::Result<()> {
    File::open(directory)?.sync_all()
}

/// Runs blocking filesystem work on tokio's blocking pool; a panic there is a bug and is
/// propagated rather than turned into an error.
async fn run_blocking<T, F>(work: F) -> io::Result<T>
where
    F: FnOnce() -> io::Result<T> + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|join_error| std::panic::resume_unwind(join_error.into_panic()))
}
