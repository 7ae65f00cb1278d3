//! The OCI Distribution API driven over a real loopback listener with a hyper client: uploads in
//! every form and their failures, range reads, concurrent pushes, manifests and their checks,
//! tags, referrers, mounts, deletes and authentication.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use ferry_core::SystemClock;
use ferry_registry::api::RegistryApi;
use ferry_registry::api::server::{RegistryListenerConfig, serve};
use ferry_registry::metadata::TagMutability;
use ferry_registry::{
    AuthorizationTokens, BlobStore, Digest, DigestAlgorithm, Registry, RegistryError, RepositoryName, RepositorySettings,
    TokenAuthenticator,
};
use ferry_store::MemoryStore;
use futures::StreamExt;
use http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::Frame;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

type RequestBody = UnsyncBoxBody<Bytes, std::io::Error>;

struct TestRegistry {
    base: String,
    authorization: String,
    registry: Arc<Registry>,
    client: Client<HttpConnector, RequestBody>,
    directory: tempfile::TempDir,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(|value| value.to_str().unwrap()).unwrap_or("")
    }

    fn error_code(&self) -> String {
        let value: serde_json::Value = serde_json::from_slice(&self.body).unwrap_or_default();
        value["errors"][0]["code"].as_str().unwrap_or("").to_owned()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

fn full_body(bytes: impl Into<Bytes>) -> RequestBody {
    Full::new(bytes.into()).map_err(|never| match never {}).boxed_unsync()
}

fn digest_of(bytes: &[u8]) -> String {
    Digest::of_bytes(DigestAlgorithm::Sha256, bytes).to_string()
}

impl TestRegistry {
    async fn start() -> TestRegistry {
        let directory = tempfile::tempdir().unwrap();
        let blobs = Arc::new(BlobStore::open(directory.path().join("registry")).unwrap());
        let registry = Arc::new(Registry::new(blobs, Arc::new(MemoryStore::new()), Arc::new(SystemClock)));
        let tokens = AuthorizationTokens::new(b"test-secret-test-secret-test-sec".to_vec());
        let password = tokens.mint("AKIATEST", SystemTime::now()).password;
        let authenticator = TokenAuthenticator::new(tokens, Arc::new(SystemClock), |key| key == "AKIATEST");
        let api = Arc::new(RegistryApi::new(registry.clone(), Arc::new(authenticator)));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(serve(listener, api, RegistryListenerConfig::default(), async move {
            let _ = stopped.await;
        }));
        use base64::Engine as _;
        let authorization = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("AWS:{password}")));
        let client = Client::builder(TokioExecutor::new()).build_http();
        TestRegistry { base, authorization, registry, client, directory, _shutdown: shutdown }
    }

    async fn create_repository(&self, name: &str) {
        self.registry.create_repository(&name.parse().unwrap(), RepositorySettings::default()).await.unwrap();
    }

    async fn send_body(&self, method: Method, path: &str, headers: &[(&str, &str)], body: RequestBody) -> Answer {
        let url = if path.starts_with("http") { path.to_owned() } else { format!("{}{path}", self.base) };
        let mut request = Request::builder().method(method).uri(url).header("authorization", &self.authorization);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self.client.request(request.body(body).unwrap()).await.unwrap();
        let (parts, body) = response.into_parts();
        Answer { status: parts.status, headers: parts.headers, body: body.collect().await.unwrap().to_bytes() }
    }

    async fn send(&self, method: Method, path: &str, headers: &[(&str, &str)], body: impl Into<Bytes>) -> Answer {
        self.send_body(method, path, headers, full_body(body)).await
    }

    /// Pushes a blob monolithically and returns its digest.
    async fn push_blob(&self, repository: &str, content: &[u8]) -> String {
        let digest = digest_of(content);
        let answer = self.send(Method::POST, &format!("/v2/{repository}/blobs/uploads/?digest={digest}"), &[], content.to_vec()).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer.body));
        digest
    }

    async fn start_upload(&self, repository: &str) -> String {
        let answer = self.send(Method::POST, &format!("/v2/{repository}/blobs/uploads/"), &[], Bytes::new()).await;
        assert_eq!(answer.status, StatusCode::ACCEPTED);
        assert!(!answer.header("docker-upload-uuid").is_empty());
        answer.header("location").to_owned()
    }

    fn stored_blob_files(&self) -> usize {
        walk_files(&self.directory.path().join("registry/blobs"))
    }
}

fn walk_files(directory: &std::path::Path) -> usize {
    std::fs::read_dir(directory)
        .map(|entries| entries.flatten().map(|entry| if entry.path().is_dir() { walk_files(&entry.path()) } else { 1 }).sum())
        .unwrap_or(0)
}

fn image_manifest(config: (&str, usize), layers: &[(&str, usize)]) -> serde_json::Value {
    serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config.0, "size": config.1},
        "layers": layers.iter().map(|(digest, size)| serde_json::json!({
            "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": digest, "size": size
        })).collect::<Vec<_>>(),
    })
}

const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";

#[tokio::test]
async fn the_base_endpoint_challenges_unauthenticated_callers() {
    let registry = TestRegistry::start().await;
    let client = Client::builder(TokioExecutor::new()).build_http::<RequestBody>();
    let anonymous = client.request(Request::get(format!("{}/v2/", registry.base)).body(full_body("")).unwrap()).await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert!(anonymous.headers()["www-authenticate"].to_str().unwrap().starts_with("Basic realm="));
    assert_eq!(anonymous.headers()["docker-distribution-api-version"], "registry/2.0");
    let body: serde_json::Value = serde_json::from_slice(&anonymous.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(body["errors"][0]["code"], "UNAUTHORIZED");

    let forged = client
        .request(
            Request::get(format!("{}/v2/", registry.base)).header("authorization", "Basic QVdTOmZvcmdlZA==").body(full_body("")).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);

    let answer = registry.send(Method::GET, "/v2/", &[], "").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header("docker-distribution-api-version"), "registry/2.0");
}

#[tokio::test]
async fn monolithic_uploads_and_range_reads() {
    let registry = TestRegistry::start().await;
    registry.create_repository("team/app").await;
    let content = b"0123456789".to_vec();
    let digest = registry.push_blob("team/app", &content).await;

    let head = registry.send(Method::HEAD, &format!("/v2/team/app/blobs/{digest}"), &[], "").await;
    assert_eq!(head.status, StatusCode::OK);
    assert_eq!(head.header("content-length"), "10");
    assert_eq!(head.header("docker-content-digest"), digest);

    let whole = registry.send(Method::GET, &format!("/v2/team/app/blobs/{digest}"), &[], "").await;
    assert_eq!((whole.status, &whole.body[..]), (StatusCode::OK, &content[..]));

    for (range, expected, content_range) in
        [("bytes=2-5", &b"2345"[..], "bytes 2-5/10"), ("bytes=7-", b"789", "bytes 7-9/10"), ("bytes=-3", b"789", "bytes 7-9/10")]
    {
        let partial = registry.send(Method::GET, &format!("/v2/team/app/blobs/{digest}"), &[("range", range)], "").await;
        assert_eq!(partial.status, StatusCode::PARTIAL_CONTENT, "{range}");
        assert_eq!(&partial.body[..], expected, "{range}");
        assert_eq!(partial.header("content-range"), content_range, "{range}");
    }
    let beyond = registry.send(Method::GET, &format!("/v2/team/app/blobs/{digest}"), &[("range", "bytes=10-")], "").await;
    assert_eq!(beyond.status, StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(beyond.header("content-range"), "bytes */10");

    // A blob pushed elsewhere is unknown here until mounted.
    registry.create_repository("other").await;
    let elsewhere = registry.send(Method::GET, &format!("/v2/other/blobs/{digest}"), &[], "").await;
    assert_eq!((elsewhere.status, elsewhere.error_code().as_str()), (StatusCode::NOT_FOUND, "BLOB_UNKNOWN"));
}

#[tokio::test]
async fn a_large_blob_streams_through() {
    let registry = TestRegistry::start().await;
    registry.create_repository("big").await;
    let content: Vec<u8> = (0..(8 * 1024 * 1024 + 17)).map(|index: u32| (index % 251) as u8).collect();
    let digest = registry.push_blob("big", &content).await;
    let answer = registry.send(Method::GET, &format!("/v2/big/blobs/{digest}"), &[], "").await;
    assert_eq!(answer.body.len(), content.len());
    assert_eq!(digest_of(&answer.body), digest);
}

#[tokio::test]
async fn chunked_uploads_refuse_out_of_order_chunks_and_report_progress() {
    let registry = TestRegistry::start().await;
    registry.create_repository("chunks").await;
    let location = registry.start_upload("chunks").await;

    let first = registry.send(Method::PATCH, &location, &[("content-range", "0-3")], "abcd").await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    assert_eq!(first.header("range"), "0-3");
    let location = first.header("location").to_owned();

    let out_of_order = registry.send(Method::PATCH, &location, &[("content-range", "10-13")], "wxyz").await;
    assert_eq!(out_of_order.status, StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(out_of_order.header("range"), "0-3");
    assert_eq!(out_of_order.header("location"), location);

    let second = registry.send(Method::PATCH, &location, &[("content-range", "4-7")], "efgh").await;
    assert_eq!((second.status, second.header("range")), (StatusCode::ACCEPTED, "0-7"));
    // A chunk without Content-Range goes at the end.
    let third = registry.send(Method::PATCH, &location, &[], "ij").await;
    assert_eq!((third.status, third.header("range")), (StatusCode::ACCEPTED, "0-9"));

    let status = registry.send(Method::GET, &location, &[], "").await;
    assert_eq!((status.status, status.header("range")), (StatusCode::NO_CONTENT, "0-9"));

    let digest = digest_of(b"abcdefghijkl");
    let done = registry.send(Method::PUT, &format!("{location}?digest={digest}"), &[("content-range", "10-11")], "kl").await;
    assert_eq!(done.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&done.body));
    assert_eq!(done.header("location"), format!("/v2/chunks/blobs/{digest}"));
    let read = registry.send(Method::GET, &format!("/v2/chunks/blobs/{digest}"), &[], "").await;
    assert_eq!(&read.body[..], b"abcdefghijkl");

    let gone = registry.send(Method::GET, &location, &[], "").await;
    assert_eq!((gone.status, gone.error_code().as_str()), (StatusCode::NOT_FOUND, "BLOB_UPLOAD_UNKNOWN"));
}

#[tokio::test]
async fn an_interrupted_upload_resumes_where_it_stopped() {
    let registry = TestRegistry::start().await;
    registry.create_repository("resume").await;
    let content: Vec<u8> = (0..300_000u32).map(|index| (index % 253) as u8).collect();
    let location = registry.start_upload("resume").await;

    // The client sends the first 100 000 bytes, then its body fails: the connection drops.
    let (mut sender, receiver) = futures::channel::mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(4);
    let first_part = Bytes::copy_from_slice(&content[..100_000]);
    let interrupted = {
        let url = format!("{}{location}", registry.base);
        let request =
            Request::patch(url).header("authorization", &registry.authorization).body(StreamBody::new(receiver).boxed_unsync()).unwrap();
        let client = registry.client.clone();
        tokio::spawn(async move { client.request(request).await })
    };
    use futures::SinkExt;
    sender.send(Ok(Frame::data(first_part))).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    sender.send(Err(std::io::Error::other("the client went away"))).await.unwrap();
    drop(sender);
    let _ = interrupted.await.unwrap();

    let status = registry.send(Method::GET, &location, &[], "").await;
    assert_eq!(status.status, StatusCode::NO_CONTENT);
    let received: u64 = status.header("range").split_once('-').unwrap().1.parse::<u64>().unwrap() + 1;
    assert_eq!(received, 100_000, "every chunk received before the interruption is kept");

    let rest = &content[received as usize..];
    let range = format!("{received}-{}", content.len() - 1);
    let resumed = registry.send(Method::PATCH, &location, &[("content-range", &range)], rest.to_vec()).await;
    assert_eq!(resumed.status, StatusCode::ACCEPTED);
    let digest = digest_of(&content);
    let done = registry.send(Method::PUT, &format!("{location}?digest={digest}"), &[], "").await;
    assert_eq!(done.status, StatusCode::CREATED);
    let read = registry.send(Method::GET, &format!("/v2/resume/blobs/{digest}"), &[], "").await;
    assert_eq!(&read.body[..], &content[..]);
}

#[tokio::test]
async fn a_digest_mismatch_is_refused_and_stores_nothing() {
    let registry = TestRegistry::start().await;
    registry.create_repository("strict").await;
    let claimed = digest_of(b"what the client claims");
    let monolithic = registry.send(Method::POST, &format!("/v2/strict/blobs/uploads/?digest={claimed}"), &[], "something else").await;
    assert_eq!((monolithic.status, monolithic.error_code().as_str()), (StatusCode::BAD_REQUEST, "DIGEST_INVALID"));

    let location = registry.start_upload("strict").await;
    registry.send(Method::PATCH, &location, &[], "something else").await;
    let completed = registry.send(Method::PUT, &format!("{location}?digest={claimed}"), &[], "").await;
    assert_eq!((completed.status, completed.error_code().as_str()), (StatusCode::BAD_REQUEST, "DIGEST_INVALID"));

    assert_eq!(registry.stored_blob_files(), 0);
    let head = registry.send(Method::HEAD, &format!("/v2/strict/blobs/{claimed}"), &[], "").await;
    assert_eq!(head.status, StatusCode::NOT_FOUND);
    let upload = registry.send(Method::GET, &location, &[], "").await;
    assert_eq!(upload.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn ten_concurrent_pushes_of_one_blob_all_succeed() {
    let registry = Arc::new(TestRegistry::start().await);
    registry.create_repository("shared").await;
    let content: Vec<u8> = (0..1_000_000u32).map(|index| (index % 241) as u8).collect();
    let digest = digest_of(&content);
    let mut pushes = Vec::new();
    for _ in 0..10 {
        let registry = registry.clone();
        let content = content.clone();
        let digest = digest.clone();
        pushes.push(tokio::spawn(async move {
            let location = registry.start_upload("shared").await;
            let patched = registry.send(Method::PATCH, &location, &[], content).await;
            assert_eq!(patched.status, StatusCode::ACCEPTED);
            let done = registry.send(Method::PUT, &format!("{location}?digest={digest}"), &[], "").await;
            assert_eq!(done.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&done.body));
        }));
    }
    for push in pushes {
        push.await.unwrap();
    }
    assert_eq!(registry.stored_blob_files(), 1);
    let read = registry.send(Method::GET, &format!("/v2/shared/blobs/{digest}"), &[], "").await;
    assert_eq!(digest_of(&read.body), digest);
}

#[tokio::test]
async fn uploads_can_be_cancelled_and_blobs_deleted_and_mounted() {
    let registry = TestRegistry::start().await;
    registry.create_repository("source").await;
    registry.create_repository("target").await;
    let location = registry.start_upload("source").await;
    let cancelled = registry.send(Method::DELETE, &location, &[], "").await;
    assert_eq!(cancelled.status, StatusCode::NO_CONTENT);
    assert_eq!(registry.send(Method::GET, &location, &[], "").await.status, StatusCode::NOT_FOUND);

    let digest = registry.push_blob("source", b"shared layer").await;
    let mounted = registry.send(Method::POST, &format!("/v2/target/blobs/uploads/?mount={digest}&from=source"), &[], "").await;
    assert_eq!(mounted.status, StatusCode::CREATED);
    assert_eq!(mounted.header("docker-content-digest"), digest);
    assert_eq!(registry.send(Method::HEAD, &format!("/v2/target/blobs/{digest}"), &[], "").await.status, StatusCode::OK);

    // A mount from a repository that lacks the blob starts an ordinary upload.
    let missing = digest_of(b"nowhere");
    let fallback = registry.send(Method::POST, &format!("/v2/target/blobs/uploads/?mount={missing}&from=source"), &[], "").await;
    assert_eq!(fallback.status, StatusCode::ACCEPTED);

    let deleted = registry.send(Method::DELETE, &format!("/v2/target/blobs/{digest}"), &[], "").await;
    assert_eq!(deleted.status, StatusCode::ACCEPTED);
    assert_eq!(registry.send(Method::HEAD, &format!("/v2/target/blobs/{digest}"), &[], "").await.status, StatusCode::NOT_FOUND);
    // The bytes stay for the repository that still has them.
    assert_eq!(registry.send(Method::HEAD, &format!("/v2/source/blobs/{digest}"), &[], "").await.status, StatusCode::OK);
}

#[tokio::test]
async fn manifests_need_their_blobs_and_are_served_by_tag_and_digest() {
    let registry = TestRegistry::start().await;
    registry.create_repository("web").await;
    let config = b"{\"architecture\":\"amd64\"}".to_vec();
    let layer = b"layer bytes".to_vec();
    let config_digest = digest_of(&config);
    let layer_digest = digest_of(&layer);
    let manifest = image_manifest((&config_digest, config.len()), &[(&layer_digest, layer.len())]).to_string();

    let refused = registry.send(Method::PUT, "/v2/web/manifests/v1", &[("content-type", OCI_MANIFEST)], manifest.clone()).await;
    assert_eq!((refused.status, refused.error_code().as_str()), (StatusCode::BAD_REQUEST, "MANIFEST_BLOB_UNKNOWN"));
    assert_eq!(registry.send(Method::GET, "/v2/web/manifests/v1", &[], "").await.status, StatusCode::NOT_FOUND);

    registry.push_blob("web", &config).await;
    registry.push_blob("web", &layer).await;
    let wrong_size = image_manifest((&config_digest, config.len() + 1), &[(&layer_digest, layer.len())]).to_string();
    let refused = registry.send(Method::PUT, "/v2/web/manifests/v1", &[("content-type", OCI_MANIFEST)], wrong_size).await;
    assert_eq!(refused.error_code(), "MANIFEST_INVALID");

    let pushed = registry.send(Method::PUT, "/v2/web/manifests/v1", &[("content-type", OCI_MANIFEST)], manifest.clone()).await;
    assert_eq!(pushed.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&pushed.body));
    let manifest_digest = digest_of(manifest.as_bytes());
    assert_eq!(pushed.header("docker-content-digest"), manifest_digest);
    assert_eq!(pushed.header("location"), format!("/v2/web/manifests/{manifest_digest}"));

    for reference in ["v1", manifest_digest.as_str()] {
        let got = registry.send(Method::GET, &format!("/v2/web/manifests/{reference}"), &[], "").await;
        assert_eq!(got.status, StatusCode::OK);
        assert_eq!(got.body, manifest.as_bytes());
        assert_eq!(got.header("content-type"), OCI_MANIFEST);
        assert_eq!(got.header("docker-content-digest"), manifest_digest);
        let head = registry.send(Method::HEAD, &format!("/v2/web/manifests/{reference}"), &[], "").await;
        assert_eq!((head.status, head.header("content-length")), (StatusCode::OK, manifest.len().to_string().as_str()));
    }

    // Pushing by digest checks the digest.
    let wrong = registry
        .send(Method::PUT, &format!("/v2/web/manifests/{config_digest}"), &[("content-type", OCI_MANIFEST)], manifest.clone())
        .await;
    assert_eq!(wrong.error_code(), "DIGEST_INVALID");
    let garbage = registry.send(Method::PUT, "/v2/web/manifests/v2", &[("content-type", OCI_MANIFEST)], "{not json").await;
    assert_eq!(garbage.error_code(), "MANIFEST_INVALID");

    // Tags list with paging.
    for tag in ["v2", "v3", "a"] {
        let pushed =
            registry.send(Method::PUT, &format!("/v2/web/manifests/{tag}"), &[("content-type", OCI_MANIFEST)], manifest.clone()).await;
        assert_eq!(pushed.status, StatusCode::CREATED);
    }
    let all = registry.send(Method::GET, "/v2/web/tags/list", &[], "").await.json();
    assert_eq!(all, serde_json::json!({"name": "web", "tags": ["a", "v1", "v2", "v3"]}));
    let first_page = registry.send(Method::GET, "/v2/web/tags/list?n=2", &[], "").await;
    assert_eq!(first_page.json()["tags"], serde_json::json!(["a", "v1"]));
    assert_eq!(first_page.header("link"), "</v2/web/tags/list?n=2&last=v1>; rel=\"next\"");
    let second_page = registry.send(Method::GET, "/v2/web/tags/list?n=2&last=v1", &[], "").await;
    assert_eq!(second_page.json()["tags"], serde_json::json!(["v2", "v3"]));
    assert_eq!(second_page.header("link"), "");

    // Deleting a tag leaves the manifest; deleting the manifest takes its tags.
    assert_eq!(registry.send(Method::DELETE, "/v2/web/manifests/a", &[], "").await.status, StatusCode::ACCEPTED);
    assert_eq!(registry.send(Method::GET, "/v2/web/manifests/a", &[], "").await.error_code(), "MANIFEST_UNKNOWN");
    assert_eq!(registry.send(Method::GET, "/v2/web/manifests/v1", &[], "").await.status, StatusCode::OK);
    assert_eq!(registry.send(Method::DELETE, &format!("/v2/web/manifests/{manifest_digest}"), &[], "").await.status, StatusCode::ACCEPTED);
    assert_eq!(registry.send(Method::GET, "/v2/web/manifests/v1", &[], "").await.status, StatusCode::NOT_FOUND);
    assert_eq!(registry.send(Method::GET, "/v2/web/tags/list", &[], "").await.json()["tags"], serde_json::json!([]));
}

#[tokio::test]
async fn indexes_need_their_child_manifests() {
    let registry = TestRegistry::start().await;
    registry.create_repository("multi").await;
    let config = registry.push_blob("multi", b"{}").await;
    let layer = registry.push_blob("multi", b"layer").await;
    let child = image_manifest((&config, 2), &[(&layer, 5)]).to_string();
    let child_digest = digest_of(child.as_bytes());
    let index = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": OCI_MANIFEST, "digest": child_digest, "size": child.len(), "platform": {"os": "linux", "architecture": "amd64"}}],
    })
    .to_string();
    let index_type = [("content-type", "application/vnd.oci.image.index.v1+json")];
    let refused = registry.send(Method::PUT, "/v2/multi/manifests/latest", &index_type, index.clone()).await;
    assert_eq!(refused.error_code(), "MANIFEST_BLOB_UNKNOWN");
    let child_pushed =
        registry.send(Method::PUT, &format!("/v2/multi/manifests/{child_digest}"), &[("content-type", OCI_MANIFEST)], child).await;
    assert_eq!(child_pushed.status, StatusCode::CREATED);
    let pushed = registry.send(Method::PUT, "/v2/multi/manifests/latest", &index_type, index).await;
    assert_eq!(pushed.status, StatusCode::CREATED);
    let got = registry.send(Method::GET, "/v2/multi/manifests/latest", &[], "").await;
    assert_eq!(got.header("content-type"), "application/vnd.oci.image.index.v1+json");
}

#[tokio::test]
async fn referrers_list_manifests_by_subject_with_an_artifact_type_filter() {
    let registry = TestRegistry::start().await;
    registry.create_repository("signed").await;
    let config = registry.push_blob("signed", b"{}").await;
    let layer = registry.push_blob("signed", b"image layer").await;
    let image = image_manifest((&config, 2), &[(&layer, 11)]).to_string();
    let image_digest = digest_of(image.as_bytes());
    registry.send(Method::PUT, "/v2/signed/manifests/v1", &[("content-type", OCI_MANIFEST)], image.clone()).await;

    let empty = registry.push_blob("signed", b"{}").await;
    let mut artifact_digests = Vec::new();
    for (artifact_type, payload) in [("application/vnd.example.signature", &b"sig"[..]), ("application/vnd.example.sbom", b"sbom")] {
        let payload_digest = registry.push_blob("signed", payload).await;
        let artifact = serde_json::json!({
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "artifactType": artifact_type,
            "config": {"mediaType": "application/vnd.oci.empty.v1+json", "digest": empty, "size": 2},
            "layers": [{"mediaType": "application/octet-stream", "digest": payload_digest, "size": payload.len()}],
            "subject": {"mediaType": OCI_MANIFEST, "digest": image_digest, "size": image.len()},
            "annotations": {"org.example.kind": artifact_type},
        })
        .to_string();
        let digest = digest_of(artifact.as_bytes());
        let pushed =
            registry.send(Method::PUT, &format!("/v2/signed/manifests/{digest}"), &[("content-type", OCI_MANIFEST)], artifact).await;
        assert_eq!(pushed.status, StatusCode::CREATED);
        assert_eq!(pushed.header("oci-subject"), image_digest);
        artifact_digests.push(digest);
    }

    let all = registry.send(Method::GET, &format!("/v2/signed/referrers/{image_digest}"), &[], "").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(all.header("content-type"), "application/vnd.oci.image.index.v1+json");
    let index = all.json();
    assert_eq!(index["manifests"].as_array().unwrap().len(), 2);
    let filtered = registry
        .send(Method::GET, &format!("/v2/signed/referrers/{image_digest}?artifactType=application/vnd.example.sbom"), &[], "")
        .await;
    assert_eq!(filtered.header("oci-filters-applied"), "artifactType");
    let manifests = filtered.json()["manifests"].as_array().unwrap().clone();
    assert_eq!(manifests.len(), 1);
    assert_eq!(manifests[0]["digest"], artifact_digests[1]);
    assert_eq!(manifests[0]["artifactType"], "application/vnd.example.sbom");
    assert_eq!(manifests[0]["annotations"]["org.example.kind"], "application/vnd.example.sbom");

    // A subject with no referrers (or that does not exist) answers an empty index.
    let none = registry.send(Method::GET, &format!("/v2/signed/referrers/{layer}"), &[], "").await;
    assert_eq!((none.status, none.json()["manifests"].clone()), (StatusCode::OK, serde_json::json!([])));

    // Deleting a referrer removes it from the list.
    registry.send(Method::DELETE, &format!("/v2/signed/manifests/{}", artifact_digests[0]), &[], "").await;
    let after = registry.send(Method::GET, &format!("/v2/signed/referrers/{image_digest}"), &[], "").await;
    assert_eq!(after.json()["manifests"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn bad_names_tags_and_unknown_repositories_are_refused() {
    let registry = TestRegistry::start().await;
    registry.create_repository("fine").await;
    let cases = [
        (Method::GET, "/v2/Upper/manifests/latest".to_owned(), StatusCode::BAD_REQUEST, "NAME_INVALID"),
        (Method::POST, "/v2/a__-b/blobs/uploads/".to_owned(), StatusCode::BAD_REQUEST, "NAME_INVALID"),
        (Method::PUT, "/v2/fine/manifests/.hidden".to_owned(), StatusCode::BAD_REQUEST, "TAG_INVALID"),
        (Method::PUT, format!("/v2/fine/manifests/{}", "t".repeat(129)), StatusCode::BAD_REQUEST, "TAG_INVALID"),
        (Method::GET, "/v2/missing/manifests/latest".to_owned(), StatusCode::NOT_FOUND, "NAME_UNKNOWN"),
        (Method::POST, "/v2/missing/blobs/uploads/".to_owned(), StatusCode::NOT_FOUND, "NAME_UNKNOWN"),
        (Method::GET, "/v2/missing/tags/list".to_owned(), StatusCode::NOT_FOUND, "NAME_UNKNOWN"),
        (Method::GET, "/v2/fine/blobs/sha256:abc".to_owned(), StatusCode::BAD_REQUEST, "DIGEST_INVALID"),
        (Method::GET, "/v2/fine/blobs/uploads/not-an-upload".to_owned(), StatusCode::NOT_FOUND, "BLOB_UPLOAD_UNKNOWN"),
        (Method::GET, "/v2/fine/manifests/unknown-tag".to_owned(), StatusCode::NOT_FOUND, "MANIFEST_UNKNOWN"),
        (Method::GET, "/v2/fine/blobs/uploads/00000000000000000000000000000000".to_owned(), StatusCode::NOT_FOUND, "BLOB_UPLOAD_UNKNOWN"),
    ];
    for (method, path, status, code) in cases {
        let answer = registry.send(method.clone(), &path, &[], "{}").await;
        assert_eq!((answer.status, answer.error_code().as_str()), (status, code), "{method} {path}");
    }
    let invalid_name: Result<RepositoryName, _> = "UPPER".parse();
    assert!(invalid_name.is_err());
}

#[tokio::test]
async fn repositories_are_created_described_and_deleted() {
    let registry = TestRegistry::start().await;
    let name: RepositoryName = "team/service".parse().unwrap();
    registry.create_repository("team/service").await;
    let again = registry.registry.create_repository(&name, RepositorySettings::default()).await;
    assert!(matches!(again, Err(RegistryError::RepositoryAlreadyExists(_))));
    let catalog = registry.send(Method::GET, "/v2/_catalog", &[], "").await.json();
    assert_eq!(catalog["repositories"], serde_json::json!(["team/service"]));

    let config = registry.push_blob("team/service", b"{}").await;
    let layer = registry.push_blob("team/service", b"x").await;
    let manifest = image_manifest((&config, 2), &[(&layer, 1)]).to_string();
    registry.send(Method::PUT, "/v2/team/service/manifests/v1", &[("content-type", OCI_MANIFEST)], manifest).await;

    let refused = registry.registry.delete_repository(&name, false).await;
    assert!(matches!(refused, Err(RegistryError::RepositoryNotEmpty(_))));
    registry.registry.delete_repository(&name, true).await.unwrap();
    assert!(registry.registry.describe_repository(&name).await.unwrap().is_none());
    let answer = registry.send(Method::GET, "/v2/team/service/manifests/v1", &[], "").await;
    assert_eq!(answer.error_code(), "NAME_UNKNOWN");

    // Recreated, it starts empty: nothing of the old repository leaks into it.
    registry.create_repository("team/service").await;
    assert_eq!(registry.send(Method::HEAD, &format!("/v2/team/service/blobs/{layer}"), &[], "").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn immutable_tags_cannot_move() {
    let registry = TestRegistry::start().await;
    let name: RepositoryName = "locked".parse().unwrap();
    let settings = RepositorySettings { image_tag_mutability: TagMutability::Immutable, ..RepositorySettings::default() };
    registry.registry.create_repository(&name, settings).await.unwrap();
    let config = registry.push_blob("locked", b"{}").await;
    let first_layer = registry.push_blob("locked", b"1").await;
    let second_layer = registry.push_blob("locked", b"2").await;
    let first = image_manifest((&config, 2), &[(&first_layer, 1)]).to_string();
    let second = image_manifest((&config, 2), &[(&second_layer, 1)]).to_string();
    let content_type = [("content-type", OCI_MANIFEST)];
    assert_eq!(registry.send(Method::PUT, "/v2/locked/manifests/v1", &content_type, first.clone()).await.status, StatusCode::CREATED);
    // The same manifest again is fine; another one is not.
    assert_eq!(registry.send(Method::PUT, "/v2/locked/manifests/v1", &content_type, first).await.status, StatusCode::CREATED);
    let moved = registry.send(Method::PUT, "/v2/locked/manifests/v1", &content_type, second).await;
    assert_eq!((moved.status, moved.error_code().as_str()), (StatusCode::BAD_REQUEST, "TAG_INVALID"));
}

#[tokio::test]
async fn streamed_chunks_arrive_whole() {
    // A PATCH whose body arrives in many frames, as docker sends layers.
    let registry = TestRegistry::start().await;
    registry.create_repository("frames").await;
    let location = registry.start_upload("frames").await;
    let pieces: Vec<Bytes> = (0..50u8).map(|index| Bytes::from(vec![index; 10_000])).collect();
    let content: Vec<u8> = pieces.iter().flat_map(|piece| piece.to_vec()).collect();
    let stream = futures::stream::iter(pieces.into_iter().map(|piece| Ok::<_, std::io::Error>(Frame::data(piece))));
    let answer = registry.send_body(Method::PATCH, &location, &[], StreamBody::new(stream.boxed()).boxed_unsync()).await;
    assert_eq!((answer.status, answer.header("range")), (StatusCode::ACCEPTED, "0-499999"));
    let digest = digest_of(&content);
    let done = registry.send(Method::PUT, &format!("{location}?digest={digest}"), &[], "").await;
    assert_eq!(done.status, StatusCode::CREATED);
}
