//! The OCI Distribution API (v1.1) over HTTP: authenticate, parse into an `Endpoint`, execute on
//! the `Registry`, answer — each once. Request bodies stream into the `BlobStore` frame by frame
//! and blobs stream back from disk, so no blob is ever held in memory whole.

pub mod endpoint;
pub mod server;

use std::io;
use std::sync::Arc;

use bytes::Bytes;
use futures::{StreamExt, TryStreamExt};
use http::header::{CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, HeaderName, HeaderValue, LOCATION, RANGE};
use http::{Method, Request, Response, StatusCode};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, Limited, StreamBody};
use hyper::body::{Body, Frame};

use crate::auth::RegistryAuthenticator;
use crate::byte_range::ByteRange;
use crate::digest::Digest;
use crate::manifest::{MAX_MANIFEST_BYTES, OCI_IMAGE_INDEX};
use crate::names::RepositoryName;
use crate::registry::Registry;
use crate::registry_error::RegistryError;
use crate::upload_id::UploadId;
use endpoint::Endpoint;

/// What every response's body is: small documents, or a blob streamed from its file.
pub type ResponseBody = UnsyncBoxBody<Bytes, io::Error>;

const API_VERSION_HEADER: HeaderName = HeaderName::from_static("docker-distribution-api-version");
const CONTENT_DIGEST_HEADER: HeaderName = HeaderName::from_static("docker-content-digest");
const UPLOAD_UUID_HEADER: HeaderName = HeaderName::from_static("docker-upload-uuid");
const OCI_SUBJECT_HEADER: HeaderName = HeaderName::from_static("oci-subject");
const OCI_FILTERS_APPLIED_HEADER: HeaderName = HeaderName::from_static("oci-filters-applied");

/// Blobs are read from disk and sent in pieces of this size.
const BLOB_READ_CHUNK_BYTES: usize = 1024 * 1024;

/// The registry's HTTP front: one per listener.
pub struct RegistryApi {
    registry: Arc<Registry>,
    authenticator: Arc<dyn RegistryAuthenticator>,
}

impl std::fmt::Debug for RegistryApi {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("RegistryApi").field("registry", &self.registry).finish_non_exhaustive()
    }
}

fn full(bytes: impl Into<Bytes>) -> ResponseBody {
    Full::new(bytes.into()).map_err(|never| match never {}).boxed_unsync()
}

fn empty() -> ResponseBody {
    full(Bytes::new())
}

fn header_value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static("invalid"))
}

struct Answer {
    status: StatusCode,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: ResponseBody,
}

impl Answer {
    fn new(status: StatusCode) -> Answer {
        Answer { status, headers: Vec::new(), body: empty() }
    }

    fn header(mut self, name: HeaderName, value: &str) -> Answer {
        self.headers.push((name, header_value(value)));
        self
    }

    fn json(mut self, value: &serde_json::Value, content_type: &str) -> Answer {
        let bytes = serde_json::to_vec(value).expect("JSON values serialize");
        self.headers.push((CONTENT_LENGTH, HeaderValue::from(bytes.len())));
        self.headers.push((CONTENT_TYPE, header_value(content_type)));
        self.body = full(bytes);
        self
    }
}

fn upload_location(name: &RepositoryName, upload: &UploadId) -> String {
    format!("/v2/{name}/blobs/uploads/{upload}")
}

/// The spec's `Range` of an upload: `0-<last byte>`; an empty upload says `0-0`, as the
/// reference registry does.
fn upload_range(size: u64) -> String {
    format!("0-{}", size.saturating_sub(1))
}

fn upload_answer(status: StatusCode, name: &RepositoryName, upload: &UploadId, size: u64) -> Answer {
    Answer::new(status)
        .header(LOCATION, &upload_location(name, upload))
        .header(RANGE, &upload_range(size))
        .header(UPLOAD_UUID_HEADER, upload.as_str())
        .header(CONTENT_LENGTH, "0")
}

fn blob_created(name: &RepositoryName, digest: &Digest) -> Answer {
    let digest = digest.to_string();
    Answer::new(StatusCode::CREATED)
        .header(LOCATION, &format!("/v2/{name}/blobs/{digest}"))
        .header(CONTENT_DIGEST_HEADER, &digest)
        .header(CONTENT_LENGTH, "0")
}

/// A `Content-Range` of a chunk: `<first>-<last>`, optionally with `bytes ` and `/<total>` as
/// in HTTP. Returns the first and last byte.
fn parse_chunk_range(text: &str) -> Option<(u64, u64)> {
    let text = text.trim();
    let text = text.strip_prefix("bytes ").unwrap_or(text).trim();
    let text = text.split_once('/').map_or(text, |(range, _total)| range);
    let (first, last) = text.split_once('-')?;
    let (first, last) = (first.trim().parse().ok()?, last.trim().parse().ok()?);
    (first <= last).then_some((first, last))
}

/// The blob range a `Range: bytes=…` header asks for, given the blob's size. `None` when the
/// header is absent, malformed or asks for several ranges: HTTP lets a server ignore those and
/// send the whole blob. A suffix of 0 bytes cannot be satisfied.
fn parse_blob_range(text: &str, blob_size: u64) -> Option<Result<ByteRange, RegistryError>> {
    let spec = text.trim().strip_prefix("bytes=")?;
    if spec.contains(',') {
        return None;
    }
    let (first, last) = spec.split_once('-')?;
    let (first, last) = (first.trim(), last.trim());
    if first.is_empty() {
        let suffix: u64 = last.parse().ok()?;
        if suffix == 0 {
            return Some(Err(RegistryError::RangeInvalid { blob_size }));
        }
        return Some(Ok(ByteRange { first_byte: blob_size.saturating_sub(suffix), last_byte: None }));
    }
    let first_byte = first.parse().ok()?;
    let last_byte = if last.is_empty() { None } else { Some(last.parse().ok()?) };
    Some(Ok(ByteRange { first_byte, last_byte }))
}

/// A request body as the stream of chunks `BlobStore::append` takes.
fn body_stream<B>(body: B) -> impl futures::Stream<Item = io::Result<Bytes>> + Unpin + Send
where
    B: Body<Data = Bytes> + Send + Unpin + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    body.into_data_stream().map_err(|error| io::Error::other(error.into()))
}

/// Counts what passes through, so a chunk's length can be checked against its `Content-Range`.
fn counted<S>(stream: S, counter: Arc<std::sync::atomic::AtomicU64>) -> impl futures::Stream<Item = io::Result<Bytes>> + Unpin + Send
where
    S: futures::Stream<Item = io::Result<Bytes>> + Unpin + Send,
{
    stream.inspect_ok(move |chunk| {
        counter.fetch_add(chunk.len() as u64, std::sync::atomic::Ordering::Relaxed);
    })
}

impl RegistryApi {
    pub fn new(registry: Arc<Registry>, authenticator: Arc<dyn RegistryAuthenticator>) -> RegistryApi {
        RegistryApi { registry, authenticator }
    }

    pub fn registry(&self) -> &Arc<Registry> {
        &self.registry
    }

    /// Serves one request; never fails — every error is an OCI error response.
    pub async fn handle<B>(&self, request: Request<B>) -> Response<ResponseBody>
    where
        B: Body<Data = Bytes> + Send + Unpin + 'static,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let method = request.method().clone();
        let path = request.uri().path().to_owned();
        let authorization = request.headers().get(http::header::AUTHORIZATION).and_then(|value| value.to_str().ok());
        let outcome = match self.authenticator.authenticate(authorization).await {
            Err(error) => Err((None, RegistryError::Unauthorized(error))),
            Ok(identity) => match endpoint::parse(&method, &path, request.uri().query()) {
                Err(error) => Err((None, error)),
                Ok(endpoint) => {
                    let name = endpoint.repository().cloned();
                    let operation = endpoint.name();
                    tracing::debug!(operation, access_key_id = %identity.access_key_id, %path, "registry request");
                    self.execute(endpoint, request).await.map_err(|error| (name, error))
                }
            },
        };
        let answer = match outcome {
            Ok(answer) => answer,
            Err((name, error)) => self.error_answer(&method, &path, name.as_ref(), error),
        };
        let mut response = Response::new(answer.body);
        *response.status_mut() = answer.status;
        let headers = response.headers_mut();
        for (name, value) in answer.headers {
            headers.append(name, value);
        }
        headers.insert(API_VERSION_HEADER, HeaderValue::from_static("registry/2.0"));
        response
    }

    fn error_answer(&self, method: &Method, path: &str, name: Option<&RepositoryName>, error: RegistryError) -> Answer {
        match &error {
            RegistryError::Internal(detail) => tracing::error!(%method, %path, %detail, "registry request failed"),
            RegistryError::Unauthorized(reason) => tracing::debug!(%method, %path, %reason, "registry request not authenticated"),
            _ => tracing::debug!(%method, %path, code = error.code(), %error, "registry request refused"),
        }
        let body = serde_json::json!({
            "errors": [{"code": error.code(), "message": error.client_message(), "detail": serde_json::Value::Null}]
        });
        let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut answer = Answer::new(status);
        match &error {
            RegistryError::Unauthorized(_) => {
                let realm = self.authenticator.realm().replace('"', "'");
                answer = answer.header(http::header::WWW_AUTHENTICATE, &format!("Basic realm=\"{realm}\""));
            }
            RegistryError::UploadOutOfOrder { upload, size } => {
                answer = answer.header(RANGE, &upload_range(*size)).header(UPLOAD_UUID_HEADER, upload.as_str());
                if let Some(name) = name {
                    answer = answer.header(LOCATION, &upload_location(name, upload));
                }
            }
            RegistryError::RangeInvalid { blob_size } => {
                answer = answer.header(CONTENT_RANGE, &format!("bytes */{blob_size}"));
            }
            _ => {}
        }
        if *method == Method::HEAD {
            // A HEAD answer has no body; its length says what a GET would send, which is unknown.
            return answer.header(CONTENT_LENGTH, "0");
        }
        answer.json(&body, "application/json")
    }

    async fn execute<B>(&self, endpoint: Endpoint, request: Request<B>) -> Result<Answer, RegistryError>
    where
        B: Body<Data = Bytes> + Send + Unpin + 'static,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let registry = &self.registry;
        match endpoint {
            Endpoint::Base => Ok(Answer::new(StatusCode::OK).json(&serde_json::json!({}), "application/json")),
            Endpoint::Catalog { limit, last } => {
                let page = registry.list_repositories(last.as_deref(), limit.unwrap_or(1000).min(1000)).await?;
                let names: Vec<String> =
                    if limit == Some(0) { Vec::new() } else { page.repositories.into_iter().map(|record| record.name).collect() };
                let mut answer = Answer::new(StatusCode::OK);
                if let (true, Some(limit), Some(last)) = (page.more && limit != Some(0), limit, names.last()) {
                    answer = answer.header(http::header::LINK, &format!("</v2/_catalog?n={limit}&last={last}>; rel=\"next\""));
                }
                Ok(answer.json(&serde_json::json!({ "repositories": names }), "application/json"))
            }
            Endpoint::ListTags { name, limit, last } => {
                let page = registry.list_tags(&name, last.as_deref(), limit).await?;
                let mut answer = Answer::new(StatusCode::OK);
                if let (true, Some(limit), Some(last)) = (page.more, limit, page.tags.last()) {
                    answer = answer.header(http::header::LINK, &format!("</v2/{name}/tags/list?n={limit}&last={last}>; rel=\"next\""));
                }
                Ok(answer.json(&serde_json::json!({ "name": name.as_str(), "tags": page.tags }), "application/json"))
            }
            Endpoint::GetManifest { name, reference, head } => {
                let stored = registry.get_manifest(&name, &reference, !head).await?;
                let mut answer = Answer::new(StatusCode::OK)
                    .header(CONTENT_TYPE, &stored.record.media_type)
                    .header(CONTENT_DIGEST_HEADER, &stored.record.digest)
                    .header(CONTENT_LENGTH, &stored.record.size.to_string());
                if let Some(bytes) = stored.bytes {
                    answer.body = full(bytes);
                }
                Ok(answer)
            }
            Endpoint::PutManifest { name, reference } => {
                let content_type = request.headers().get(CONTENT_TYPE).and_then(|value| value.to_str().ok()).map(str::to_owned);
                let body = Limited::new(request.into_body(), MAX_MANIFEST_BYTES).collect().await.map_err(|error| {
                    if error.downcast_ref::<http_body_util::LengthLimitError>().is_some() {
                        RegistryError::SizeInvalid(format!("a manifest may be at most {MAX_MANIFEST_BYTES} bytes"))
                    } else {
                        RegistryError::ManifestInvalid(format!("the manifest could not be read: {error}"))
                    }
                })?;
                let pushed = registry.put_manifest(&name, &reference, content_type.as_deref(), body.to_bytes()).await?;
                let digest = pushed.digest.to_string();
                let mut answer = Answer::new(StatusCode::CREATED)
                    .header(LOCATION, &format!("/v2/{name}/manifests/{digest}"))
                    .header(CONTENT_DIGEST_HEADER, &digest)
                    .header(CONTENT_LENGTH, "0");
                if let Some(subject) = pushed.subject {
                    answer = answer.header(OCI_SUBJECT_HEADER, &subject);
                }
                Ok(answer)
            }
            Endpoint::DeleteManifest { name, reference } => {
                registry.delete_manifest(&name, &reference).await?;
                Ok(Answer::new(StatusCode::ACCEPTED).header(CONTENT_LENGTH, "0"))
            }
            Endpoint::GetBlob { name, digest, head } => {
                let info = registry.blob_info(&name, &digest).await?;
                let range_header = request.headers().get(RANGE).and_then(|value| value.to_str().ok());
                let range = range_header.and_then(|text| parse_blob_range(text, info.size)).transpose()?;
                let mut answer = Answer::new(if range.is_some() { StatusCode::PARTIAL_CONTENT } else { StatusCode::OK })
                    .header(CONTENT_TYPE, "application/octet-stream")
                    .header(CONTENT_DIGEST_HEADER, &digest.to_string())
                    .header(http::header::ACCEPT_RANGES, "bytes");
                if head && range.is_none() {
                    return Ok(answer.header(CONTENT_LENGTH, &info.size.to_string()));
                }
                let reader = registry.open_blob(&name, &digest, range).await?;
                answer = answer.header(CONTENT_LENGTH, &reader.length.to_string());
                if range.is_some() {
                    let last_byte = (reader.start + reader.length).saturating_sub(1);
                    answer = answer.header(CONTENT_RANGE, &format!("bytes {}-{last_byte}/{}", reader.start, reader.info.size));
                }
                if !head {
                    answer.body = stream_file(reader.reader).await;
                }
                Ok(answer)
            }
            Endpoint::DeleteBlob { name, digest } => {
                registry.require_repository(&name).await?;
                registry.delete_blob(&name, &digest).await?;
                Ok(Answer::new(StatusCode::ACCEPTED).header(CONTENT_LENGTH, "0"))
            }
            Endpoint::StartUpload { name, digest, mount } => {
                registry.require_repository(&name).await?;
                if let Some(endpoint::Mount { digest, from: Some(from) }) = &mount
                    && registry.mount_blob(&name, from, digest).await?.is_some()
                {
                    return Ok(blob_created(&name, digest));
                }
                let blobs = registry.blob_store();
                let upload = blobs.start_upload().await?;
                match digest {
                    None => Ok(upload_answer(StatusCode::ACCEPTED, &name, &upload, 0)),
                    Some(digest) => {
                        // Monolithic: the body is the whole blob.
                        let mut body = body_stream(request.into_body());
                        if let Err(error) = blobs.append(&upload, 0, &mut body).await {
                            discard_rest(&mut body).await;
                            let _ = blobs.cancel(&upload).await;
                            return Err(error.into());
                        }
                        registry.complete_upload(&name, &upload, &digest).await?;
                        Ok(blob_created(&name, &digest))
                    }
                }
            }
            Endpoint::UploadStatus { name, upload } => {
                registry.require_repository(&name).await?;
                let size = registry.blob_store().upload_status(&upload).await?;
                Ok(upload_answer(StatusCode::NO_CONTENT, &name, &upload, size))
            }
            Endpoint::PatchUpload { name, upload } => {
                registry.require_repository(&name).await?;
                let size = self.append_chunk(&upload, request).await?;
                Ok(upload_answer(StatusCode::ACCEPTED, &name, &upload, size))
            }
            Endpoint::CompleteUpload { name, upload, digest } => {
                registry.require_repository(&name).await?;
                // The final PUT may carry the last chunk.
                self.append_chunk(&upload, request).await?;
                registry.complete_upload(&name, &upload, &digest).await?;
                Ok(blob_created(&name, &digest))
            }
            Endpoint::CancelUpload { name, upload } => {
                registry.require_repository(&name).await?;
                registry.blob_store().cancel(&upload).await?;
                Ok(Answer::new(StatusCode::NO_CONTENT).header(CONTENT_LENGTH, "0"))
            }
            Endpoint::Referrers { name, digest, artifact_type } => {
                let referrers = registry.referrers(&name, &digest, artifact_type.as_deref()).await?;
                let index = serde_json::json!({
                    "schemaVersion": 2,
                    "mediaType": OCI_IMAGE_INDEX,
                    "manifests": referrers,
                });
                let mut answer = Answer::new(StatusCode::OK);
                if artifact_type.is_some() {
                    answer = answer.header(OCI_FILTERS_APPLIED_HEADER, "artifactType");
                }
                Ok(answer.json(&index, OCI_IMAGE_INDEX))
            }
        }
    }

    /// Appends the request's body to the upload where its `Content-Range` says (else at the
    /// upload's end), and returns the upload's new size.
    async fn append_chunk<B>(&self, upload: &UploadId, request: Request<B>) -> Result<u64, RegistryError>
    where
        B: Body<Data = Bytes> + Send + Unpin + 'static,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let blobs = self.registry.blob_store();
        let declared = request.headers().get(CONTENT_RANGE).map(|value| value.to_str().ok().and_then(parse_chunk_range));
        let received = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let mut body = counted(body_stream(request.into_body()), received.clone());
        let appended = async {
            let declared = match declared {
                None => None,
                Some(parsed) => Some(
                    parsed.ok_or_else(|| RegistryError::BlobUploadInvalid("Content-Range must be <first byte>-<last byte>".to_owned()))?,
                ),
            };
            let offset = match declared {
                Some((first, _)) => first,
                None => blobs.upload_status(upload).await?,
            };
            Ok::<_, RegistryError>((declared, blobs.append(upload, offset, &mut body).await?))
        }
        .await;
        let (declared, size) = match appended {
            Ok(appended) => appended,
            Err(error) => {
                discard_rest(&mut body).await;
                return Err(error);
            }
        };
        if let Some((first, last)) = declared {
            let received = received.load(std::sync::atomic::Ordering::Relaxed);
            if received != last - first + 1 {
                return Err(RegistryError::BlobUploadInvalid(format!(
                    "Content-Range announced {} bytes but the chunk held {received}; the upload now holds {size} bytes",
                    last - first + 1
                )));
            }
        }
        Ok(size)
    }
}

/// Reads and drops what is left of a request body whose upload failed. A client still sending
/// when the error is answered would otherwise find the connection closed under it (a broken
/// pipe) and never read why — a full disk, a chunk out of order. The client bounds it: reading
/// stops when the body ends or fails, and the listener closes a connection on which nothing moves.
async fn discard_rest<S>(body: &mut S)
where
    S: futures::Stream<Item = io::Result<Bytes>> + Unpin,
{
    while let Some(Ok(_)) = body.next().await {}
}

/// Streams an open blob (already positioned and limited to the range) as the response body.
///
/// Each piece is read by a plain blocking `read` straight into the buffer that becomes the frame
/// (std's `File` reads into uninitialised capacity), rather than through `tokio::fs::File`,
/// which reads into a buffer of its own and copies out of it: one copy of every byte served
/// fewer, which is most of the registry's CPU time when many clients pull at once.
async fn stream_file(reader: tokio::io::Take<tokio::fs::File>) -> ResponseBody {
    let remaining = reader.limit();
    let file = reader.into_inner().into_std().await;
    let chunks = futures::stream::try_unfold((file, remaining), |(file, remaining)| async move {
        if remaining == 0 {
            return Ok(None);
        }
        let piece_bytes = remaining.min(BLOB_READ_CHUNK_BYTES as u64);
        let (file, piece) = tokio::task::spawn_blocking(move || {
            let mut piece = Vec::with_capacity(piece_bytes as usize);
            let read = std::io::Read::read_to_end(&mut std::io::Read::take(&file, piece_bytes), &mut piece);
            (file, read.map(|_| piece))
        })
        .await
        .unwrap_or_else(|join_error| std::panic::resume_unwind(join_error.into_panic()));
        let piece = piece?;
        if piece.is_empty() {
            // The file is shorter than its size said when opened: end the body short, which the
            // client sees as a broken download rather than a wrong one.
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the blob file ended early"));
        }
        let remaining = remaining - piece.len() as u64;
        Ok(Some((Frame::data(Bytes::from(piece)), (file, remaining))))
    });
    StreamBody::new(chunks.boxed()).boxed_unsync()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_ranges_parse_in_both_spellings() {
        assert_eq!(parse_chunk_range("0-9"), Some((0, 9)));
        assert_eq!(parse_chunk_range("bytes 10-19/100"), Some((10, 19)));
        assert_eq!(parse_chunk_range("bytes 10-19/*"), Some((10, 19)));
        assert_eq!(parse_chunk_range("9-0"), None);
        assert_eq!(parse_chunk_range("x-1"), None);
    }

    #[test]
    fn blob_ranges_parse_like_http() {
        let resolve = |text: &str| parse_blob_range(text, 100).map(|range| range.map_err(|error| error.code()));
        assert_eq!(resolve("bytes=0-9"), Some(Ok(ByteRange { first_byte: 0, last_byte: Some(9) })));
        assert_eq!(resolve("bytes=90-"), Some(Ok(ByteRange { first_byte: 90, last_byte: None })));
        assert_eq!(resolve("bytes=-10"), Some(Ok(ByteRange { first_byte: 90, last_byte: None })));
        assert_eq!(resolve("bytes=-0"), Some(Err("RANGE_INVALID")));
        assert_eq!(resolve("bytes=0-1,5-6"), None);
        assert_eq!(resolve("items=0-1"), None);
    }
}
