//! Layers by the API: `BatchCheckLayerAvailability`, `InitiateLayerUpload`/`UploadLayerPart`/
//! `CompleteLayerUpload` (on the blob store's resumable uploads, the same ones `/v2/` uses) and
//! `GetDownloadUrlForLayer`.
//!
//! ECR's upload ids are UUIDs (botocore's pattern); the blob store's are 32 hex digits, so an
//! ECR upload id is the blob store's with the UUID's dashes. The id is the capability to write to
//! the upload, as on `/v2/`.
//!
//! ECR's download URLs are presigned S3 URLs that need no other credentials. Ferry's point at the
//! registry listener's blob endpoint and carry a fresh registry token as the URL's user
//! information (`http://AWS:TOKEN@HOST/v2/NAME/blobs/DIGEST`), which curl and HTTP libraries send
//! as Basic credentials: like ECR's, the URL alone is enough to download, until the token expires.

use ferry_registry::{BlobStoreError, Digest, RegistryError, UploadId};

use crate::EcrService;
use crate::error::EcrError;
use crate::generated::{
    BatchCheckLayerAvailabilityRequest, BatchCheckLayerAvailabilityResponse, CompleteLayerUploadRequest, CompleteLayerUploadResponse,
    GetDownloadUrlForLayerRequest, GetDownloadUrlForLayerResponse, InitiateLayerUploadRequest, InitiateLayerUploadResponse, Layer,
    LayerAvailability, LayerFailure, LayerFailureCode, UploadLayerPartRequest, UploadLayerPartResponse,
};

/// What `InitiateLayerUpload` tells clients to send per part. Parts travel base64-encoded in a
/// JSON body, and the API gateway takes bodies of at most 1 MiB, so a part must stay well under
/// 768 KiB; clients may send smaller parts.
pub const LAYER_PART_SIZE: i64 = 512 * 1024;

/// The blob store's upload id written as a UUID.
fn ecr_upload_id(upload: &UploadId) -> String {
    let hex = upload.as_str();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The blob store's upload id an ECR upload id names, if it is one.
fn blob_upload_id(text: &str) -> Option<UploadId> {
    let hex: String = text.chars().filter(|character| *character != '-').collect::<String>().to_ascii_lowercase();
    hex.parse().ok()
}

impl EcrService {
    pub(crate) async fn batch_check_layer_availability(
        &self,
        request: BatchCheckLayerAvailabilityRequest,
    ) -> Result<BatchCheckLayerAvailabilityResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        self.require_repository(&name).await?;
        let mut layers = Vec::new();
        let mut failures = Vec::new();
        for text in &request.layer_digests {
            let Ok(digest) = text.parse::<Digest>() else {
                failures.push(LayerFailure {
                    layer_digest: Some(text.clone()),
                    failure_code: Some(LayerFailureCode::InvalidLayerDigest),
                    failure_reason: Some("Invalid layer digest".to_owned()),
                });
                continue;
            };
            match self.registry.blob_info(&name, &digest).await {
                Ok(info) => layers.push(Layer {
                    layer_digest: Some(text.clone()),
                    layer_availability: Some(LayerAvailability::Available),
                    layer_size: Some(info.size as i64),
                    media_type: None,
                }),
                Err(RegistryError::BlobUnknown(_)) => failures.push(LayerFailure {
                    layer_digest: Some(text.clone()),
                    failure_code: Some(LayerFailureCode::MissingLayerDigest),
                    failure_reason: Some("Requested layer not found".to_owned()),
                }),
                Err(error) => return Err(self.registry_error(&name, error)),
            }
        }
        Ok(BatchCheckLayerAvailabilityResponse { layers: Some(layers), failures: Some(failures) })
    }

    pub(crate) async fn initiate_layer_upload(&self, request: InitiateLayerUploadRequest) -> Result<InitiateLayerUploadResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        self.require_repository(&name).await?;
        let upload = self.registry.blob_store().start_upload().await.map_err(RegistryError::from)?;
        Ok(InitiateLayerUploadResponse { upload_id: Some(ecr_upload_id(&upload)), part_size: Some(LAYER_PART_SIZE) })
    }

    pub(crate) async fn upload_layer_part(&self, request: UploadLayerPartRequest) -> Result<UploadLayerPartResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        self.require_repository(&name).await?;
        let not_found = || EcrError::UploadNotFound { repository: name.to_string(), upload_id: request.upload_id.clone() };
        let upload = blob_upload_id(&request.upload_id).ok_or_else(not_found)?;
        let (first, last) = (request.part_first_byte, request.part_last_byte);
        let part = request.layer_part_blob.0;
        if first < 0 || last < first || (last - first + 1) as u64 != part.len() as u64 {
            return Err(EcrError::InvalidLayerPart {
                message: format!(
                    "The layer part holds {} bytes, but partFirstByte {first} to partLastByte {last} make {}.",
                    part.len(),
                    (last - first + 1).max(0)
                ),
            });
        }
        let body = futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(part))]);
        let size = match self.registry.blob_store().append(&upload, first as u64, body).await {
            Ok(size) => size,
            Err(BlobStoreError::BlobUploadUnknown(_)) => return Err(not_found()),
            Err(BlobStoreError::BlobUploadOutOfOrder { expected_offset, .. }) => {
                return Err(EcrError::InvalidLayerPart {
                    message: format!(
                        "The layer part starts at byte {first}, but the upload holds {expected_offset} bytes (last valid byte received: {}); \
                         send the part that starts at byte {expected_offset}.",
                        expected_offset as i64 - 1
                    ),
                });
            }
            Err(error) => return Err(RegistryError::from(error).into()),
        };
        Ok(UploadLayerPartResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            upload_id: Some(request.upload_id),
            last_byte_received: Some(size as i64 - 1),
        })
    }

    pub(crate) async fn complete_layer_upload(&self, request: CompleteLayerUploadRequest) -> Result<CompleteLayerUploadResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        self.require_repository(&name).await?;
        let not_found = || EcrError::UploadNotFound { repository: name.to_string(), upload_id: request.upload_id.clone() };
        let upload = blob_upload_id(&request.upload_id).ok_or_else(not_found)?;
        let [digest_text] = request.layer_digests.as_slice() else {
            return Err(EcrError::invalid_parameter("layerDigests must name exactly one digest: the digest of the uploaded layer."));
        };
        let digest: Digest = digest_text
            .parse()
            .map_err(|error| EcrError::invalid_parameter(format!("layer digest {digest_text:?} is invalid: {error}")))?;
        let blobs = self.registry.blob_store();
        let size = match blobs.upload_status(&upload).await {
            Ok(size) => size,
            Err(BlobStoreError::BlobUploadUnknown(_)) => return Err(not_found()),
            Err(error) => return Err(RegistryError::from(error).into()),
        };
        if size == 0 {
            return Err(EcrError::EmptyUpload { repository: name.to_string(), upload_id: request.upload_id.clone() });
        }
        if self.registry.blob_info(&name, &digest).await.is_ok() {
            let _ = blobs.cancel(&upload).await;
            return Err(EcrError::LayerAlreadyExists {
                message: format!("The image layer {digest} already exists in the repository '{name}'; the upload was discarded."),
            });
        }
        match self.registry.complete_upload(&name, &upload, &digest).await {
            Ok(_) => {}
            Err(RegistryError::BlobUploadUnknown(_)) => return Err(not_found()),
            Err(RegistryError::DigestInvalid(message)) => {
                return Err(EcrError::InvalidLayer {
                    message: format!("The layer digest calculated on receipt does not match the digest specified: {message}"),
                });
            }
            Err(error) => return Err(self.registry_error(&name, error)),
        }
        Ok(CompleteLayerUploadResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            upload_id: Some(request.upload_id),
            layer_digest: Some(digest.to_string()),
        })
    }

    pub(crate) async fn get_download_url_for_layer(
        &self,
        request: GetDownloadUrlForLayerRequest,
        context: &ferry_api::RequestContext,
    ) -> Result<GetDownloadUrlForLayerResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        self.require_repository(&name).await?;
        let digest: Digest = request
            .layer_digest
            .parse()
            .map_err(|error| EcrError::invalid_parameter(format!("layerDigest {:?} is invalid: {error}", request.layer_digest)))?;
        match self.registry.blob_info(&name, &digest).await {
            Ok(_) => {}
            Err(RegistryError::BlobUnknown(_)) => {
                return Err(EcrError::LayersNotFound {
                    message: format!("The image layer {digest} does not exist in the repository '{name}'."),
                });
            }
            Err(error) => return Err(self.registry_error(&name, error)),
        }
        let token = self.tokens.mint(&context.caller.access_key_id, self.clock.now());
        let url = format!(
            "{}://{}:{}@{}/v2/{name}/blobs/{digest}",
            self.endpoint.scheme,
            ferry_registry::TOKEN_USER_NAME,
            token.password,
            self.endpoint.authority
        );
        Ok(GetDownloadUrlForLayerResponse { download_url: Some(url), layer_digest: Some(digest.to_string()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_ids_round_trip_through_the_uuid_form() {
        let upload = UploadId::generate();
        let ecr = ecr_upload_id(&upload);
        assert_eq!(ecr.len(), 36);
        assert_eq!(ecr.matches('-').count(), 4);
        assert_eq!(blob_upload_id(&ecr), Some(upload.clone()));
        assert_eq!(blob_upload_id(&ecr.to_ascii_uppercase()), Some(upload));
        assert_eq!(blob_upload_id("not-an-upload"), None);
        assert_eq!(blob_upload_id("../../etc/passwd"), None);
    }
}
