//! Images as ECR sees them: a manifest of the repository and the tags that point at it.
//! `ListImages`, `DescribeImages`, `BatchGetImage`, `BatchDeleteImage` and `PutImage` read and
//! write the same manifests and tags the OCI `/v2/` API does.

use std::collections::{BTreeMap, BTreeSet};

use ferry_registry::metadata::ManifestRecord;
use ferry_registry::{Digest, Reference, RegistryError, RepositoryName, Tag};

use crate::EcrService;
use crate::error::EcrError;
use crate::generated::{
    BatchDeleteImageRequest, BatchDeleteImageResponse, BatchGetImageRequest, BatchGetImageResponse, DescribeImagesRequest,
    DescribeImagesResponse, Image, ImageDetail, ImageFailure, ImageFailureCode, ImageIdentifier, ImageStatus, ListImagesRequest,
    ListImagesResponse, PutImageRequest, PutImageResponse, TagStatus,
};
use crate::paging::{page_request, paginate};

/// One image: its manifest's record and its tags, in tag order.
#[derive(Debug, Clone)]
pub(crate) struct ImageView {
    pub record: ManifestRecord,
    pub tags: Vec<String>,
}

/// Whether an image passes a `tagStatus` filter.
fn passes(filter: Option<&TagStatus>, tags: &[String]) -> bool {
    match filter {
        None | Some(TagStatus::Any) => true,
        Some(TagStatus::Tagged) => !tags.is_empty(),
        Some(TagStatus::Untagged) => tags.is_empty(),
    }
}

fn failure(id: &ImageIdentifier, code: ImageFailureCode, reason: impl Into<String>) -> ImageFailure {
    ImageFailure { image_id: Some(id.clone()), failure_code: Some(code), failure_reason: Some(reason.into()) }
}

fn describe_id(id: &ImageIdentifier) -> String {
    match (&id.image_digest, &id.image_tag) {
        (Some(digest), Some(tag)) => format!("imageDigest={digest}, imageTag={tag}"),
        (Some(digest), None) => format!("imageDigest={digest}"),
        (None, Some(tag)) => format!("imageTag={tag}"),
        (None, None) => "{}".to_owned(),
    }
}

/// Finds the image an identifier names among `images`: its index, or why not.
fn resolve(images: &[ImageView], id: &ImageIdentifier) -> Result<usize, ImageFailure> {
    if let Some(digest) = &id.image_digest
        && digest.parse::<Digest>().is_err()
    {
        return Err(failure(id, ImageFailureCode::InvalidImageDigest, "Invalid image digest"));
    }
    if let Some(tag) = &id.image_tag
        && tag.parse::<Tag>().is_err()
    {
        return Err(failure(id, ImageFailureCode::InvalidImageTag, "Invalid image tag"));
    }
    let found = match (&id.image_digest, &id.image_tag) {
        (None, None) => return Err(failure(id, ImageFailureCode::MissingDigestAndTag, "Missing image digest and tag")),
        (_, Some(tag)) => {
            let by_tag = images.iter().position(|image| image.tags.iter().any(|candidate| candidate == tag));
            if let (Some(index), Some(digest)) = (by_tag, &id.image_digest)
                && images[index].record.digest != *digest
            {
                return Err(failure(id, ImageFailureCode::ImageTagDoesNotMatchDigest, "Image tag does not match the digest"));
            }
            by_tag
        }
        (Some(digest), None) => images.iter().position(|image| image.record.digest == *digest),
    };
    found.ok_or_else(|| failure(id, ImageFailureCode::ImageNotFound, "Requested image not found"))
}

impl EcrService {
    /// Every image of the repository, in digest order.
    pub(crate) async fn image_views(&self, name: &RepositoryName) -> Result<Vec<ImageView>, EcrError> {
        let manifests = self.registry.list_manifests(name).await.map_err(|error| self.registry_error(name, error))?;
        let tags = self.registry.list_tag_records(name).await.map_err(|error| self.registry_error(name, error))?;
        let mut tags_by_digest: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (tag, record) in tags {
            tags_by_digest.entry(record.digest).or_default().push(tag);
        }
        Ok(manifests
            .into_iter()
            .map(|record| {
                let tags = tags_by_digest.remove(&record.digest).unwrap_or_default();
                ImageView { record, tags }
            })
            .collect())
    }

    fn image_detail(&self, name: &RepositoryName, image: &ImageView) -> ImageDetail {
        ImageDetail {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            image_digest: Some(image.record.digest.clone()),
            image_tags: (!image.tags.is_empty()).then(|| image.tags.clone()),
            image_size_in_bytes: Some(image.record.total_size as i64),
            image_pushed_at: Some(Self::timestamp(image.record.pushed_at_millis)),
            image_manifest_media_type: Some(image.record.media_type.clone()),
            artifact_media_type: image.record.artifact_type.clone(),
            subject_manifest_digest: image.record.subject.clone(),
            image_status: Some(ImageStatus::Active),
            ..ImageDetail::default()
        }
    }

    pub(crate) async fn list_images(&self, request: ListImagesRequest) -> Result<ListImagesResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let page_request = page_request("ListImages", request.next_token.as_deref(), request.max_results)?;
        let filter = request.filter.as_ref().and_then(|filter| filter.tag_status.as_ref());
        let mut items = Vec::new();
        for image in self.image_views(&name).await? {
            if !passes(filter, &image.tags) {
                continue;
            }
            let digest = image.record.digest;
            if image.tags.is_empty() {
                items.push((digest.clone(), ImageIdentifier { image_digest: Some(digest.clone()), image_tag: None }));
            }
            for tag in image.tags {
                items.push((format!("{digest}#{tag}"), ImageIdentifier { image_digest: Some(digest.clone()), image_tag: Some(tag) }));
            }
        }
        items.sort_by(|(a, _), (b, _)| a.cmp(b));
        let (image_ids, next_token) = paginate("ListImages", items, &page_request, false);
        Ok(ListImagesResponse { image_ids: Some(image_ids), next_token })
    }

    pub(crate) async fn describe_images(&self, request: DescribeImagesRequest) -> Result<DescribeImagesResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let filter = request.filter.as_ref().and_then(|filter| filter.tag_status.as_ref());
        let images = self.image_views(&name).await?;
        if let Some(ids) = &request.image_ids {
            if request.next_token.is_some() || request.max_results.is_some() {
                return Err(EcrError::invalid_parameter("nextToken and maxResults cannot be used with imageIds."));
            }
            let mut seen = BTreeSet::new();
            let mut details = Vec::new();
            for id in ids {
                match resolve(&images, id) {
                    Ok(index) => {
                        if seen.insert(index) && passes(filter, &images[index].tags) {
                            details.push(self.image_detail(&name, &images[index]));
                        }
                    }
                    Err(failure) if failure.failure_code == Some(ImageFailureCode::ImageNotFound) => {
                        return Err(EcrError::ImageNotFound {
                            message: format!(
                                "The image with imageId {{{}}} does not exist within the repository with name '{name}' in the registry with id '{}'",
                                describe_id(id),
                                self.registry_id()
                            ),
                        });
                    }
                    Err(failure) => return Err(EcrError::invalid_parameter(failure.failure_reason.unwrap_or_default())),
                }
            }
            return Ok(DescribeImagesResponse { image_details: Some(details), next_token: None });
        }
        let page_request = page_request("DescribeImages", request.next_token.as_deref(), request.max_results)?;
        let items = images
            .iter()
            .filter(|image| passes(filter, &image.tags))
            .map(|image| (image.record.digest.clone(), self.image_detail(&name, image)))
            .collect();
        let (image_details, next_token) = paginate("DescribeImages", items, &page_request, false);
        Ok(DescribeImagesResponse { image_details: Some(image_details), next_token })
    }

    pub(crate) async fn batch_get_image(&self, request: BatchGetImageRequest) -> Result<BatchGetImageResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let images = self.image_views(&name).await?;
        let mut found = Vec::new();
        let mut failures = Vec::new();
        for id in &request.image_ids {
            let index = match resolve(&images, id) {
                Ok(index) => index,
                Err(failure) => {
                    failures.push(failure);
                    continue;
                }
            };
            let record = &images[index].record;
            if let Some(accepted) = &request.accepted_media_types
                && !accepted.contains(&record.media_type)
            {
                failures.push(failure(
                    id,
                    ImageFailureCode::ImageNotFound,
                    format!("The image's manifest is {}, which is not among the acceptedMediaTypes", record.media_type),
                ));
                continue;
            }
            let digest: Digest =
                record.digest.parse().map_err(|error| EcrError::Internal(format!("stored digest {}: {error}", record.digest)))?;
            let stored = match self.registry.get_manifest(&name, &Reference::Digest(digest), true).await {
                Ok(stored) => stored,
                // Deleted since the listing: as if it had never been there.
                Err(RegistryError::ManifestUnknown(_)) => {
                    failures.push(failure(id, ImageFailureCode::ImageNotFound, "Requested image not found"));
                    continue;
                }
                Err(error) => return Err(self.registry_error(&name, error)),
            };
            let manifest = stored.bytes.map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default();
            found.push(Image {
                registry_id: Some(self.registry_id()),
                repository_name: Some(name.to_string()),
                image_id: Some(ImageIdentifier { image_digest: Some(record.digest.clone()), image_tag: id.image_tag.clone() }),
                image_manifest: Some(manifest),
                image_manifest_media_type: Some(record.media_type.clone()),
            });
        }
        Ok(BatchGetImageResponse { images: Some(found), failures: Some(failures) })
    }

    pub(crate) async fn batch_delete_image(&self, request: BatchDeleteImageRequest) -> Result<BatchDeleteImageResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let mut images = self.image_views(&name).await?;
        let mut deleted = Vec::new();
        let mut failures = Vec::new();
        for id in &request.image_ids {
            let index = match resolve(&images, id) {
                Ok(index) => index,
                Err(failure) => {
                    failures.push(failure);
                    continue;
                }
            };
            let digest_text = images[index].record.digest.clone();
            let digest: Digest =
                digest_text.parse().map_err(|error| EcrError::Internal(format!("stored digest {digest_text}: {error}")))?;
            let parent = images.iter().find(|image| image.record.children.contains(&digest_text)).map(|image| image.record.digest.clone());
            // By tag: the tag goes, and the image with it when it was the image's last tag (unless
            // an index still lists the image).
            if let Some(tag_text) = &id.image_tag
                && (images[index].tags.len() > 1 || parent.is_some())
            {
                let tag: Tag =
                    tag_text.parse().map_err(|error: ferry_registry::NameError| EcrError::invalid_parameter(error.to_string()))?;
                match self.registry.delete_manifest(&name, &Reference::Tag(tag)).await {
                    Ok(()) | Err(RegistryError::ManifestUnknown(_)) => {}
                    Err(error) => return Err(self.registry_error(&name, error)),
                }
                images[index].tags.retain(|candidate| candidate != tag_text);
                deleted.push(ImageIdentifier { image_digest: Some(digest_text), image_tag: Some(tag_text.clone()) });
                continue;
            }
            if let Some(parent) = parent {
                failures.push(failure(
                    id,
                    ImageFailureCode::ImageReferencedByManifestList,
                    format!("Requested image is referenced by the manifest list {parent}; delete that first"),
                ));
                continue;
            }
            match self.registry.delete_manifest(&name, &Reference::Digest(digest)).await {
                Ok(()) | Err(RegistryError::ManifestUnknown(_)) => {}
                Err(error) => return Err(self.registry_error(&name, error)),
            }
            let removed = images.remove(index);
            if removed.tags.is_empty() {
                deleted.push(ImageIdentifier { image_digest: Some(digest_text.clone()), image_tag: None });
            }
            for tag in removed.tags {
                deleted.push(ImageIdentifier { image_digest: Some(digest_text.clone()), image_tag: Some(tag) });
            }
        }
        Ok(BatchDeleteImageResponse { image_ids: Some(deleted), failures: Some(failures) })
    }

    pub(crate) async fn put_image(&self, request: PutImageRequest) -> Result<PutImageResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let repository = self.require_repository(&name).await?;
        let bytes = bytes::Bytes::from(request.image_manifest.clone().into_bytes());
        let digest = match &request.image_digest {
            None => Digest::of_bytes(ferry_registry::DigestAlgorithm::Sha256, &bytes),
            Some(claimed) => {
                let claimed: Digest =
                    claimed.parse().map_err(|error| EcrError::invalid_parameter(format!("imageDigest {claimed:?} is invalid: {error}")))?;
                let actual = Digest::of_bytes(claimed.algorithm(), &bytes);
                if actual != claimed {
                    return Err(EcrError::ImageDigestDoesNotMatch {
                        message: format!("The manifest's digest is {actual}, not the imageDigest given, {claimed}."),
                    });
                }
                actual
            }
        };
        let digest_text = digest.to_string();
        let tag = request
            .image_tag
            .as_deref()
            .map(|tag| tag.parse::<Tag>().map_err(|error| EcrError::invalid_parameter(error.to_string())))
            .transpose()?;
        let images = self.image_views(&name).await?;
        let existing = images.iter().find(|image| image.record.digest == digest_text);
        match (&tag, existing) {
            (Some(tag), Some(image)) if image.tags.iter().any(|candidate| candidate == tag.as_str()) => {
                return Err(EcrError::ImageAlreadyExists {
                    message: format!(
                        "Image with digest '{digest_text}' and tag '{tag}' already exists in the repository with name '{name}' in registry with id '{}'",
                        self.registry_id()
                    ),
                });
            }
            (None, Some(_)) => {
                return Err(EcrError::ImageAlreadyExists {
                    message: format!(
                        "Image with digest '{digest_text}' already exists in the repository with name '{name}' in registry with id '{}'",
                        self.registry_id()
                    ),
                });
            }
            _ => {}
        }
        if let Some(tag) = &tag
            && repository.image_tag_mutability == ferry_registry::metadata::TagMutability::Immutable
            && images.iter().any(|image| image.tags.iter().any(|candidate| candidate == tag.as_str()))
        {
            return Err(EcrError::ImageTagAlreadyExists { repository: name.to_string(), tag: tag.to_string() });
        }
        let reference = match &tag {
            Some(tag) => Reference::Tag(tag.clone()),
            None => Reference::Digest(digest.clone()),
        };
        let media_type = request.image_manifest_media_type.as_deref();
        match self.registry.put_manifest(&name, &reference, media_type, bytes).await {
            Ok(_) => {}
            Err(RegistryError::ManifestInvalid(message)) => {
                return Err(EcrError::invalid_parameter(format!("Invalid parameter at 'imageManifest': {message}")));
            }
            Err(error) => return Err(self.registry_error(&name, error)),
        }
        let stored = self
            .registry
            .get_manifest(&name, &Reference::Digest(digest), false)
            .await
            .map_err(|error| self.registry_error(&name, error))?;
        Ok(PutImageResponse {
            image: Some(Image {
                registry_id: Some(self.registry_id()),
                repository_name: Some(name.to_string()),
                image_id: Some(ImageIdentifier { image_digest: Some(digest_text), image_tag: request.image_tag }),
                image_manifest: Some(request.image_manifest),
                image_manifest_media_type: Some(stored.record.media_type),
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(digest: &str, tags: &[&str]) -> ImageView {
        ImageView {
            record: ManifestRecord {
                digest: digest.to_owned(),
                media_type: "application/vnd.oci.image.manifest.v1+json".to_owned(),
                size: 1,
                pushed_at_millis: 0,
                blobs: Vec::new(),
                children: Vec::new(),
                subject: None,
                artifact_type: None,
                annotations: None,
                total_size: 1,
            },
            tags: tags.iter().map(|tag| tag.to_string()).collect(),
        }
    }

    fn id(digest: Option<&str>, tag: Option<&str>) -> ImageIdentifier {
        ImageIdentifier { image_digest: digest.map(str::to_owned), image_tag: tag.map(str::to_owned) }
    }

    #[test]
    fn identifiers_resolve_or_say_why_not() {
        let a = format!("sha256:{}", "a".repeat(64));
        let b = format!("sha256:{}", "b".repeat(64));
        let images = [view(&a, &["v1", "latest"]), view(&b, &[])];
        let code = |result: Result<usize, ImageFailure>| result.map_err(|failure| failure.failure_code.unwrap());
        assert_eq!(code(resolve(&images, &id(None, Some("latest")))), Ok(0));
        assert_eq!(code(resolve(&images, &id(Some(&b), None))), Ok(1));
        assert_eq!(code(resolve(&images, &id(Some(&a), Some("v1")))), Ok(0));
        assert_eq!(code(resolve(&images, &id(Some(&b), Some("v1")))), Err(ImageFailureCode::ImageTagDoesNotMatchDigest));
        assert_eq!(code(resolve(&images, &id(None, None))), Err(ImageFailureCode::MissingDigestAndTag));
        assert_eq!(code(resolve(&images, &id(Some("sha256:short"), None))), Err(ImageFailureCode::InvalidImageDigest));
        assert_eq!(code(resolve(&images, &id(None, Some("-bad")))), Err(ImageFailureCode::InvalidImageTag));
        assert_eq!(code(resolve(&images, &id(None, Some("v9")))), Err(ImageFailureCode::ImageNotFound));
    }

    #[test]
    fn tag_status_filters() {
        let tags = ["v1".to_owned()];
        assert!(passes(Some(&TagStatus::Tagged), &tags));
        assert!(!passes(Some(&TagStatus::Untagged), &tags));
        assert!(passes(Some(&TagStatus::Untagged), &[]));
        assert!(passes(None, &[]));
    }
}
