//! `Registry`: the OCI Distribution API's semantics without HTTP — repositories, blob links,
//! uploads completed into a repository, manifests, tags and referrers — over the `BlobStore`
//! (bytes) and Ferry's `KeyValueStore` (everything else).
//!
//! Every change is one compare-and-swap transaction on the store. A manifest's transaction
//! compares that its repository, every blob link and every child manifest it references still
//! exist, so a manifest never lands beside a deleted blob or into a deleted repository.

use std::sync::Arc;
use std::time::{Duration, Instant, UNIX_EPOCH};

use bytes::Bytes;
use ferry_core::Clock;
use ferry_store::{Compare, KeyValueStore, KeyValueStoreExt, ListOptions, Operation, Txn};
use tokio::io::AsyncReadExt;

use crate::blob_store::{BlobInfo, BlobReader, BlobStore};
use crate::byte_range::ByteRange;
use crate::digest::{Digest, DigestAlgorithm};
use crate::manifest::{self, Descriptor, MAX_MANIFEST_BYTES};
use crate::metadata::{self, BlobLinkRecord, ManifestRecord, RepositoryRecord, TagMutability, TagRecord};
use crate::names::{Reference, RepositoryName};
use crate::registry_error::RegistryError;
use crate::upload_id::UploadId;

type Result<T, E = RegistryError> = std::result::Result<T, E>;

/// How long a read-modify-write retries before answering `Contention`.
pub(crate) const GIVE_UP_AFTER: Duration = Duration::from_secs(30);

/// The image registry's state and bytes.
pub struct Registry {
    blobs: Arc<BlobStore>,
    store: Arc<dyn KeyValueStore>,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Registry").field("blobs", &self.blobs).finish_non_exhaustive()
    }
}

/// What a successful manifest push reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushedManifest {
    pub digest: Digest,
    /// The `subject` the manifest names, for the `OCI-Subject` header.
    pub subject: Option<String>,
}

/// A manifest read back: its record and, for GET, its bytes.
#[derive(Debug, Clone)]
pub struct StoredManifest {
    pub record: ManifestRecord,
    pub bytes: Option<Bytes>,
}

/// One page of a tag listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagPage {
    pub tags: Vec<String>,
    pub more: bool,
}

impl Registry {
    pub fn new(blobs: Arc<BlobStore>, store: Arc<dyn KeyValueStore>, clock: Arc<dyn Clock>) -> Registry {
        Registry { blobs, store, clock }
    }

    pub fn blob_store(&self) -> &Arc<BlobStore> {
        &self.blobs
    }

    pub(crate) fn store(&self) -> &dyn KeyValueStore {
        self.store.as_ref()
    }

    pub(crate) fn now_millis(&self) -> u64 {
        self.clock.now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis() as u64
    }

    /// The repository's record, or `NameUnknown`.
    pub async fn require_repository(&self, name: &RepositoryName) -> Result<RepositoryRecord> {
        self.describe_repository(name).await?.ok_or_else(|| RegistryError::NameUnknown(name.to_string()))
    }

    async fn read<T: metadata::Record>(&self, key: &str) -> Result<Option<(T, i64)>> {
        match self.store.get(key).await? {
            None => Ok(None),
            Some(kv) => Ok(Some((metadata::decode(key, &kv.value)?, kv.mod_revision))),
        }
    }

    // Blobs.

    /// The blob's size, if the repository may serve it.
    pub async fn blob_info(&self, name: &RepositoryName, digest: &Digest) -> Result<BlobInfo> {
        let linked = self.store.get(&metadata::blob_link(name.as_str(), &digest.to_string())).await?.is_some();
        if !linked {
            return Err(RegistryError::BlobUnknown(digest.clone()));
        }
        self.blobs.stat(digest).await?.ok_or_else(|| RegistryError::BlobUnknown(digest.clone()))
    }

    /// Opens the blob (or `range` of it) for streaming, if the repository may serve it.
    pub async fn open_blob(&self, name: &RepositoryName, digest: &Digest, range: Option<ByteRange>) -> Result<BlobReader> {
        let linked = self.store.get(&metadata::blob_link(name.as_str(), &digest.to_string())).await?.is_some();
        if !linked {
            return Err(RegistryError::BlobUnknown(digest.clone()));
        }
        Ok(self.blobs.open_read(digest, range).await?)
    }

    /// Lets the repository serve a blob the store holds.
    async fn link_blob(&self, name: &RepositoryName, info: &BlobInfo) -> Result<()> {
        let link = BlobLinkRecord { size: info.size, linked_at_millis: self.now_millis() };
        let txn = Txn::new()
            .when([Compare::exists(metadata::repository(name.as_str()))])
            .and_then([Operation::put(metadata::blob_link(name.as_str(), &info.digest.to_string()), metadata::encode(&link))]);
        if self.store.txn(txn).await?.succeeded { Ok(()) } else { Err(RegistryError::NameUnknown(name.to_string())) }
    }

    /// Finishes an upload as `digest` and links the blob into the repository.
    pub async fn complete_upload(&self, name: &RepositoryName, upload: &UploadId, digest: &Digest) -> Result<BlobInfo> {
        let info = self.blobs.complete(upload, digest).await?;
        self.link_blob(name, &info).await?;
        Ok(info)
    }

    /// Cross-repository mount: links `digest` into `name` if `from` may serve it. `None` when it
    /// cannot (the client then uploads the blob).
    pub async fn mount_blob(&self, name: &RepositoryName, from: &RepositoryName, digest: &Digest) -> Result<Option<BlobInfo>> {
        match self.blob_info(from, digest).await {
            Ok(info) => {
                self.link_blob(name, &info).await?;
                Ok(Some(info))
            }
            Err(RegistryError::BlobUnknown(_)) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Removes the blob from the repository. Its bytes stay while other repositories link them;
    /// the garbage collector removes bytes nothing links.
    pub async fn delete_blob(&self, name: &RepositoryName, digest: &Digest) -> Result<()> {
        if self.store.delete(metadata::blob_link(name.as_str(), &digest.to_string())).await? {
            Ok(())
        } else {
            Err(RegistryError::BlobUnknown(digest.clone()))
        }
    }

    // Manifests.

    /// Stores a manifest pushed to `reference` (a tag, or the digest of the bytes).
    pub async fn put_manifest(
        &self,
        name: &RepositoryName,
        reference: &Reference,
        content_type: Option<&str>,
        bytes: Bytes,
    ) -> Result<PushedManifest> {
        let repository = self.require_repository(name).await?;
        if bytes.len() > MAX_MANIFEST_BYTES {
            return Err(RegistryError::SizeInvalid(format!("a manifest may be at most {MAX_MANIFEST_BYTES} bytes")));
        }
        let digest = match reference {
            Reference::Digest(claimed) => {
                let actual = Digest::of_bytes(claimed.algorithm(), &bytes);
                if actual != *claimed {
                    return Err(RegistryError::DigestInvalid(format!("the manifest has digest {actual}, not {claimed}")));
                }
                actual
            }
            Reference::Tag(_) => Digest::of_bytes(DigestAlgorithm::Sha256, &bytes),
        };
        let parsed = manifest::parse_manifest(&bytes, content_type).map_err(|error| RegistryError::ManifestInvalid(error.to_string()))?;

        // Everything the manifest references must be in this repository, now and when it commits.
        let mut compares = vec![Compare::exists(metadata::repository(name.as_str()))];
        let mut total_size = bytes.len() as u64;
        for blob in parsed.blobs.iter().filter(|blob| !blob.external) {
            let key = metadata::blob_link(name.as_str(), &blob.digest.to_string());
            let Some((link, _)) = self.read::<BlobLinkRecord>(&key).await? else {
                return Err(RegistryError::ManifestBlobUnknown(blob.digest.clone()));
            };
            if link.size != blob.size {
                return Err(RegistryError::ManifestInvalid(format!(
                    "the manifest gives blob {} a size of {} bytes, but it has {}",
                    blob.digest, blob.size, link.size
                )));
            }
            total_size += link.size;
            compares.push(Compare::exists(key));
        }
        for child in &parsed.children {
            let key = metadata::manifest(name.as_str(), &child.digest.to_string());
            if self.store.get(&key).await?.is_none() {
                return Err(RegistryError::ManifestBlobUnknown(child.digest.clone()));
            }
            compares.push(Compare::exists(key));
        }

        // The bytes go into the blob store first: a manifest record never points at missing bytes.
        let upload = self.blobs.start_upload().await?;
        let body = futures::stream::iter([Ok::<_, std::io::Error>(bytes.clone())]);
        if let Err(error) = self.blobs.append(&upload, 0, body).await {
            let _ = self.blobs.cancel(&upload).await;
            return Err(error.into());
        }
        self.blobs.complete(&upload, &digest).await?;

        let digest_text = digest.to_string();
        let manifest_key = metadata::manifest(name.as_str(), &digest_text);
        let subject = parsed.subject.as_ref().map(|subject| subject.digest.to_string());
        let started = Instant::now();
        loop {
            let existing = self.read::<ManifestRecord>(&manifest_key).await?;
            let now = self.now_millis();
            let record = ManifestRecord {
                digest: digest_text.clone(),
                media_type: parsed.media_type.clone(),
                size: bytes.len() as u64,
                pushed_at_millis: existing.as_ref().map_or(now, |(record, _)| record.pushed_at_millis),
                blobs: parsed.blobs.iter().map(|blob| blob.digest.to_string()).collect(),
                children: parsed.children.iter().map(|child| child.digest.to_string()).collect(),
                subject: subject.clone(),
                artifact_type: parsed.artifact_type.clone(),
                annotations: parsed.annotations.clone(),
                total_size,
            };
            let mut attempt_compares = compares.clone();
            attempt_compares.push(Compare::mod_revision(manifest_key.clone(), existing.as_ref().map_or(0, |(_, revision)| *revision)));
            let mut operations = vec![Operation::put(manifest_key.clone(), metadata::encode(&record))];
            if let Reference::Tag(tag) = reference {
                let tag_key = metadata::tag(name.as_str(), tag.as_str());
                let current = self.read::<TagRecord>(&tag_key).await?;
                if let Some((current_tag, _)) = &current
                    && repository.image_tag_mutability == TagMutability::Immutable
                    && current_tag.digest != digest_text
                {
                    return Err(RegistryError::TagImmutable { repository: name.to_string(), tag: tag.to_string() });
                }
                attempt_compares.push(Compare::mod_revision(tag_key.clone(), current.as_ref().map_or(0, |(_, revision)| *revision)));
                let tag_record = TagRecord { digest: digest_text.clone(), updated_at_millis: now };
                operations.push(Operation::put(tag_key, metadata::encode(&tag_record)));
            }
            if let Some(subject) = &subject {
                let descriptor = Descriptor {
                    media_type: parsed.media_type.clone(),
                    digest: digest_text.clone(),
                    size: bytes.len() as u64,
                    artifact_type: parsed.artifact_type.clone(),
                    annotations: parsed.annotations.clone(),
                    urls: None,
                };
                operations.push(Operation::put(metadata::referrer(name.as_str(), subject, &digest_text), metadata::encode(&descriptor)));
            }
            if self.store.txn(Txn::new().when(attempt_compares).and_then(operations)).await?.succeeded {
                return Ok(PushedManifest { digest, subject });
            }
            // Find which compare failed: a vanished reference is the client's problem, a moved
            // tag or manifest record only means another writer was faster.
            self.require_repository(name).await?;
            for compare in &compares {
                if let Compare::Exists { key } = compare
                    && self.store.get(key).await?.is_none()
                {
                    let digest = key.rsplit_once('#').and_then(|(_, digest)| digest.parse().ok()).unwrap_or_else(|| digest.clone());
                    return Err(RegistryError::ManifestBlobUnknown(digest));
                }
            }
            if started.elapsed() > GIVE_UP_AFTER {
                return Err(RegistryError::Contention(manifest_key));
            }
            tokio::task::yield_now().await;
        }
    }

    /// The digest a reference names in the repository.
    async fn resolve(&self, name: &RepositoryName, reference: &Reference) -> Result<String> {
        match reference {
            Reference::Digest(digest) => Ok(digest.to_string()),
            Reference::Tag(tag) => match self.read::<TagRecord>(&metadata::tag(name.as_str(), tag.as_str())).await? {
                Some((record, _)) => Ok(record.digest),
                None => Err(RegistryError::ManifestUnknown(reference.to_string())),
            },
        }
    }

    /// A manifest by tag or digest; with its bytes when `with_bytes` (GET rather than HEAD).
    pub async fn get_manifest(&self, name: &RepositoryName, reference: &Reference, with_bytes: bool) -> Result<StoredManifest> {
        self.require_repository(name).await?;
        let digest_text = self.resolve(name, reference).await?;
        let Some((record, _)) = self.read::<ManifestRecord>(&metadata::manifest(name.as_str(), &digest_text)).await? else {
            return Err(RegistryError::ManifestUnknown(reference.to_string()));
        };
        if !with_bytes {
            return Ok(StoredManifest { record, bytes: None });
        }
        let digest: Digest =
            digest_text.parse().map_err(|error| RegistryError::Internal(format!("stored digest {digest_text}: {error}")))?;
        let mut reader = match self.blobs.open_read(&digest, None).await {
            Ok(reader) => reader,
            Err(crate::error::BlobStoreError::BlobUnknown(_)) => {
                return Err(RegistryError::Internal(format!("manifest {digest} of {name} has a record but no bytes")));
            }
            Err(error) => return Err(error.into()),
        };
        let mut bytes = Vec::with_capacity(reader.length.min(MAX_MANIFEST_BYTES as u64) as usize);
        (&mut reader.reader)
            .take(MAX_MANIFEST_BYTES as u64)
            .read_to_end(&mut bytes)
            .await
            .map_err(|error| RegistryError::Internal(format!("read manifest {digest}: {error}")))?;
        Ok(StoredManifest { record, bytes: Some(Bytes::from(bytes)) })
    }

    /// Deletes a tag (by tag), or a manifest with every tag pointing at it (by digest).
    pub async fn delete_manifest(&self, name: &RepositoryName, reference: &Reference) -> Result<()> {
        self.require_repository(name).await?;
        let started = Instant::now();
        loop {
            let txn = match reference {
                Reference::Tag(tag) => {
                    let tag_key = metadata::tag(name.as_str(), tag.as_str());
                    let Some(kv) = self.store.get(&tag_key).await? else {
                        return Err(RegistryError::ManifestUnknown(reference.to_string()));
                    };
                    Txn::new().when([Compare::mod_revision(tag_key.clone(), kv.mod_revision)]).and_then([Operation::delete(tag_key)])
                }
                Reference::Digest(digest) => {
                    let digest_text = digest.to_string();
                    let manifest_key = metadata::manifest(name.as_str(), &digest_text);
                    let Some((record, revision)) = self.read::<ManifestRecord>(&manifest_key).await? else {
                        return Err(RegistryError::ManifestUnknown(reference.to_string()));
                    };
                    let mut compares = vec![Compare::mod_revision(manifest_key.clone(), revision)];
                    let mut operations = vec![Operation::delete(manifest_key.clone())];
                    for (tag_key, (tag, tag_revision)) in self.list_records::<TagRecord>(&metadata::tags_of(name.as_str())).await? {
                        if tag.digest == digest_text {
                            compares.push(Compare::mod_revision(tag_key.clone(), tag_revision));
                            operations.push(Operation::delete(tag_key));
                        }
                    }
                    if let Some(subject) = &record.subject {
                        operations.push(Operation::delete(metadata::referrer(name.as_str(), subject, &digest_text)));
                    }
                    Txn::new().when(compares).and_then(operations)
                }
            };
            if self.store.txn(txn).await?.succeeded {
                return Ok(());
            }
            if started.elapsed() > GIVE_UP_AFTER {
                return Err(RegistryError::Contention(reference.to_string()));
            }
            tokio::task::yield_now().await;
        }
    }

    async fn list_records<T: metadata::Record>(&self, prefix: &str) -> Result<Vec<(String, (T, i64))>> {
        let mut records = Vec::new();
        let mut start_after = None;
        loop {
            let page = self.store.list(prefix, ListOptions { start_after: start_after.take(), limit: Some(1000) }).await?;
            for kv in &page.items {
                records.push((kv.key.clone(), (metadata::decode(&kv.key, &kv.value)?, kv.mod_revision)));
            }
            if !page.more {
                return Ok(records);
            }
            start_after = page.items.last().map(|kv| kv.key.clone());
        }
    }

    // Tags and referrers.

    /// Tags in lexical (byte) order after `last`, at most `limit` (`None`: all).
    pub async fn list_tags(&self, name: &RepositoryName, last: Option<&str>, limit: Option<usize>) -> Result<TagPage> {
        self.require_repository(name).await?;
        if limit == Some(0) {
            return Ok(TagPage { tags: Vec::new(), more: false });
        }
        let prefix = metadata::tags_of(name.as_str());
        let mut tags = Vec::new();
        let mut start_after = last.map(|last| metadata::tag(name.as_str(), last));
        loop {
            let remaining = limit.map(|limit| limit - tags.len());
            let page = self
                .store
                .list(&prefix, ListOptions { start_after: start_after.take(), limit: Some(remaining.unwrap_or(1000).min(1000)) })
                .await?;
            tags.extend(page.items.iter().filter_map(|kv| kv.key.strip_prefix(&prefix).map(str::to_owned)));
            let full = limit.is_some_and(|limit| tags.len() >= limit);
            if !page.more || full {
                return Ok(TagPage { tags, more: page.more });
            }
            start_after = page.items.last().map(|kv| kv.key.clone());
        }
    }

    /// The manifests whose subject is `subject`, optionally only those of `artifact_type`.
    pub async fn referrers(&self, name: &RepositoryName, subject: &Digest, artifact_type: Option<&str>) -> Result<Vec<Descriptor>> {
        self.require_repository(name).await?;
        let records = self.list_records::<Descriptor>(&metadata::referrers_of(name.as_str(), &subject.to_string())).await?;
        Ok(records
            .into_iter()
            .map(|(_, (descriptor, _))| descriptor)
            .filter(|descriptor| artifact_type.is_none_or(|wanted| descriptor.artifact_type.as_deref() == Some(wanted)))
            .collect())
    }
}
