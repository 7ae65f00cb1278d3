//! Shared by the registry's black-box tests with real clients and faults: a `ferry server` with
//! its registry listener on a known loopback address, a repository and a login token from its
//! ECR API, raw OCI Distribution calls, `skopeo`, and OCI image layouts assembled by hand.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine as _;
use sha2::Digest as _;

use crate::common::{self, FerryProcess, Signing};

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const OCI_LAYER_TAR: &str = "application/vnd.oci.image.layer.v1.tar";

/// `sha256:<hex>` of `bytes`.
pub fn sha256_digest(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(bytes)))
}

pub fn free_loopback_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `count` bytes from the kernel's random source: incompressible, unique to this run.
pub fn random_bytes(count: usize) -> Vec<u8> {
    use std::io::Read;
    let mut bytes = vec![0u8; count];
    std::fs::File::open("/dev/urandom").unwrap().read_exact(&mut bytes).unwrap();
    bytes
}

/// Signs an ECR call with the test credentials and sends it.
pub async fn call_ecr(endpoint: &str, operation: &str, body: serde_json::Value) -> common::RawResponse {
    let mut request = common::ecs_request(endpoint, operation, serde_json::to_vec(&body).unwrap());
    request.headers_mut().insert("x-amz-target", format!("AmazonEC2ContainerRegistry_V20150921.{operation}").parse().unwrap());
    let signing = Signing { service: "ecr".to_owned(), ..Signing::ecs() };
    common::sign_request(&mut request, &signing);
    common::send(request).await
}

/// The `code` of the first error of an OCI error body, or what the body was.
pub fn oci_error_code(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|error| panic!("not an OCI error body ({error}): {text}"));
    parsed["errors"][0]["code"].as_str().unwrap_or_else(|| panic!("no errors[0].code in {text}")).to_owned()
}

/// A real `ferry server` whose registry listens on `address`, with a login for it.
pub struct TestRegistry {
    pub ferry: FerryProcess,
    /// `127.0.0.1:PORT` of the registry listener.
    pub address: String,
    /// The password half of `AWS:<password>`.
    pub password: String,
    http: reqwest::Client,
}

impl TestRegistry {
    /// Starts a server with `data_dir` and its registry on a free loopback port.
    pub async fn start(data_dir: &Path) -> TestRegistry {
        TestRegistry::start_at(data_dir, &format!("127.0.0.1:{}", free_loopback_port())).await
    }

    /// Starts a server with `data_dir` and its registry on `address` (to restart one where its
    /// clients expect it).
    pub async fn start_at(data_dir: &Path, address: &str) -> TestRegistry {
        let ferry = FerryProcess::start_with_env(data_dir, &[("FERRY_REGISTRY_LISTEN", address)]);
        let token = call_ecr(&ferry.endpoint, "GetAuthorizationToken", serde_json::json!({})).await;
        assert_eq!(token.status, 200, "{}", token.body);
        let encoded = token.json()["authorizationData"][0]["authorizationToken"].as_str().unwrap().to_owned();
        let decoded = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(&encoded).unwrap()).unwrap();
        let password = decoded.strip_prefix("AWS:").expect("the token is AWS:<password>").to_owned();
        let http = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
        TestRegistry { ferry, address: address.to_owned(), password, http }
    }

    /// SIGKILL: no shutdown code runs.
    pub fn kill(self) {
        self.ferry.kill();
    }

    pub fn data_dir(&self) -> PathBuf {
        self.ferry.data_dir.clone()
    }

    /// `AWS:<password>`, as skopeo's `--creds` takes it.
    pub fn credentials(&self) -> String {
        format!("AWS:{}", self.password)
    }

    pub fn authorization(&self) -> String {
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(self.credentials()))
    }

    pub async fn create_repository(&self, name: &str) {
        let created = call_ecr(&self.ferry.endpoint, "CreateRepository", serde_json::json!({ "repositoryName": name })).await;
        assert_eq!(created.status, 200, "CreateRepository {name}: {}", created.body);
    }

    /// A URL of the registry from a path (`/v2/...`) or a `Location` header (absolute or not).
    pub fn url(&self, path_or_location: &str) -> String {
        if path_or_location.starts_with("http://") {
            path_or_location.to_owned()
        } else {
            format!("http://{}{path_or_location}", self.address)
        }
    }

    /// An authenticated request.
    pub fn request(&self, method: reqwest::Method, path_or_location: &str) -> reqwest::RequestBuilder {
        self.http.request(method, self.url(path_or_location)).header("authorization", self.authorization())
    }

    /// Sends an authenticated request; returns status, headers and the whole body.
    pub async fn call(&self, request: reqwest::RequestBuilder) -> Reply {
        let response = request.send().await.expect("the registry answers");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.expect("the body arrives").to_vec();
        Reply { status, headers, body }
    }

    /// Pushes `bytes` as one monolithic upload (`POST ?digest=`); returns its digest.
    pub async fn push_blob(&self, repository: &str, bytes: Vec<u8>) -> String {
        let digest = sha256_digest(&bytes);
        let reply =
            self.call(self.request(reqwest::Method::POST, &format!("/v2/{repository}/blobs/uploads/?digest={digest}")).body(bytes)).await;
        assert_eq!(reply.status, 201, "monolithic push of {digest}: {}", reply.text());
        digest
    }

    /// Starts a chunked upload; returns its `Location`.
    pub async fn start_upload(&self, repository: &str) -> String {
        let reply = self.call(self.request(reqwest::Method::POST, &format!("/v2/{repository}/blobs/uploads/"))).await;
        assert_eq!(reply.status, 202, "start an upload: {}", reply.text());
        reply.header("location")
    }

    /// Where the upload at `location` ends (the byte after its last), from its status.
    pub async fn upload_size(&self, location: &str) -> Option<u64> {
        let reply = self.call(self.request(reqwest::Method::GET, location)).await;
        if reply.status != 204 {
            return None;
        }
        let range = reply.header("range");
        let last: u64 = range.strip_prefix("0-").and_then(|last| last.parse().ok()).unwrap_or_else(|| panic!("Range {range:?}"));
        Some(if last == 0 { 0 } else { last + 1 })
    }

    pub async fn put_manifest(&self, repository: &str, reference: &str, media_type: &str, bytes: Vec<u8>) -> Reply {
        self.call(
            self.request(reqwest::Method::PUT, &format!("/v2/{repository}/manifests/{reference}"))
                .header("content-type", media_type)
                .body(bytes),
        )
        .await
    }

    pub async fn get_blob(&self, repository: &str, digest: &str) -> Reply {
        self.call(self.request(reqwest::Method::GET, &format!("/v2/{repository}/blobs/{digest}"))).await
    }

    pub async fn head_blob(&self, repository: &str, digest: &str) -> Reply {
        self.call(self.request(reqwest::Method::HEAD, &format!("/v2/{repository}/blobs/{digest}"))).await
    }

    pub async fn get_manifest(&self, repository: &str, reference: &str) -> Reply {
        let accept = format!("{OCI_MANIFEST}, {OCI_INDEX}");
        self.call(self.request(reqwest::Method::GET, &format!("/v2/{repository}/manifests/{reference}")).header("accept", accept)).await
    }

    /// Pushes a one-layer OCI image of `layer` (any bytes) tagged `tag`; returns the manifest's
    /// digest.
    pub async fn push_image(&self, repository: &str, tag: &str, layer: Vec<u8>) -> String {
        let layer_size = layer.len();
        let layer_digest = self.push_blob(repository, layer).await;
        let config = image_config("amd64", &layer_digest);
        let config_size = config.len();
        let config_digest = self.push_blob(repository, config).await;
        let manifest = image_manifest(&config_digest, config_size, &[(layer_digest, layer_size)]);
        let digest = sha256_digest(&manifest);
        let reply = self.put_manifest(repository, tag, OCI_MANIFEST, manifest).await;
        assert_eq!(reply.status, 201, "manifest {repository}:{tag}: {}", reply.text());
        assert_eq!(reply.header("docker-content-digest"), digest);
        digest
    }
}

/// A whole HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> String {
        self.headers.get(name).and_then(|value| value.to_str().ok()).unwrap_or_else(|| panic!("no {name} header in {self:?}")).to_owned()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn error_code(&self) -> String {
        oci_error_code(&self.body)
    }
}

/// Runs `skopeo` with `arguments` (its policy check off: the tests trust what they made);
/// returns stdout, or the failure with stderr.
pub fn skopeo(arguments: &[&str]) -> Result<String, String> {
    let output = Command::new("skopeo")
        .arg("--insecure-policy")
        .args(arguments)
        .stdin(Stdio::null())
        .output()
        .expect("skopeo runs (Debian package skopeo; scripts/test installs it)");
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(format!("skopeo {arguments:?} failed: {}", String::from_utf8_lossy(&output.stderr)))
    }
}

/// Runs a command; panics with its stderr if it fails; returns stdout.
pub fn run(program: &str, arguments: &[&str]) -> String {
    let output =
        Command::new(program).args(arguments).stdin(Stdio::null()).output().unwrap_or_else(|error| panic!("{program} runs: {error}"));
    assert!(output.status.success(), "{program} {arguments:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Polls `check` every 20 ms until it holds; panics after two minutes (a hang, not a slow run).
pub async fn wait_until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let give_up = std::time::Instant::now() + Duration::from_secs(120);
    while !check().await {
        assert!(std::time::Instant::now() < give_up, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

// OCI image layouts (image-layout spec v1.0), written by hand so the tests control every byte.

/// A minimal image config for `architecture` whose one layer is the uncompressed tar `layer_digest`.
pub fn image_config(architecture: &str, layer_digest: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "architecture": architecture,
        "os": "linux",
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": [layer_digest]},
    }))
    .unwrap()
}

/// An OCI image manifest of a config and uncompressed tar layers.
pub fn image_manifest(config_digest: &str, config_size: usize, layers: &[(String, usize)]) -> Vec<u8> {
    let layers: Vec<serde_json::Value> =
        layers.iter().map(|(digest, size)| serde_json::json!({"mediaType": OCI_LAYER_TAR, "digest": digest, "size": size})).collect();
    serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": OCI_CONFIG, "digest": config_digest, "size": config_size},
        "layers": layers,
    }))
    .unwrap()
}

/// An uncompressed tar holding `files` (path, content), made by GNU tar.
pub fn tar_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let directory = tempfile::tempdir().unwrap();
    for (path, content) in files {
        let file = directory.path().join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, content).unwrap();
    }
    let output = Command::new("tar")
        .args(["--numeric-owner", "--owner=0", "--group=0", "-C"])
        .arg(directory.path())
        .args(["-cf", "-", "."])
        .output()
        .expect("tar runs");
    assert!(output.status.success(), "tar failed: {}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

/// A descriptor of bytes written into a layout.
#[derive(Debug, Clone)]
pub struct Written {
    pub digest: String,
    pub size: usize,
}

/// An OCI image layout directory being assembled.
pub struct Layout {
    pub root: PathBuf,
    references: Vec<serde_json::Value>,
}

impl Layout {
    pub fn create(root: &Path) -> Layout {
        std::fs::create_dir_all(root.join("blobs/sha256")).unwrap();
        std::fs::write(root.join("oci-layout"), br#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
        let layout = Layout { root: root.to_owned(), references: Vec::new() };
        layout.write_index();
        layout
    }

    pub fn write_blob(&self, bytes: &[u8]) -> Written {
        let digest = sha256_digest(bytes);
        std::fs::write(self.root.join("blobs/sha256").join(digest.trim_start_matches("sha256:")), bytes).unwrap();
        Written { digest, size: bytes.len() }
    }

    /// An image for `architecture` of one tar layer; returns its manifest's descriptor.
    pub fn add_image(&self, architecture: &str, layer_tar: &[u8]) -> Written {
        let layer = self.write_blob(layer_tar);
        let config = self.write_blob(&image_config(architecture, &layer.digest));
        self.write_blob(&image_manifest(&config.digest, config.size, &[(layer.digest, layer.size)]))
    }

    /// An index of `(manifest, architecture)`; returns its descriptor.
    pub fn add_index(&self, manifests: &[(Written, &str)]) -> Written {
        let entries: Vec<serde_json::Value> = manifests
            .iter()
            .map(|(manifest, architecture)| {
                serde_json::json!({
                    "mediaType": OCI_MANIFEST,
                    "digest": manifest.digest,
                    "size": manifest.size,
                    "platform": {"architecture": architecture, "os": "linux"},
                })
            })
            .collect();
        self.write_blob(
            &serde_json::to_vec(&serde_json::json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": entries})).unwrap(),
        )
    }

    /// Names `target` (of `media_type`) `reference` in the layout's `index.json`.
    pub fn tag(&mut self, reference: &str, media_type: &str, target: &Written) {
        self.references.push(serde_json::json!({
            "mediaType": media_type,
            "digest": target.digest,
            "size": target.size,
            "annotations": {"org.opencontainers.image.ref.name": reference},
        }));
        self.write_index();
    }

    fn write_index(&self) {
        let index = serde_json::json!({"schemaVersion": 2, "manifests": self.references});
        std::fs::write(self.root.join("index.json"), serde_json::to_vec(&index).unwrap()).unwrap();
    }
}

/// The digest `reference` names in the layout at `root` (its `index.json`).
pub fn layout_reference(root: &Path, reference: &str) -> String {
    let index: serde_json::Value = serde_json::from_slice(&std::fs::read(root.join("index.json")).unwrap()).unwrap();
    let entries = index["manifests"].as_array().unwrap();
    let entry = entries
        .iter()
        .find(|entry| entry["annotations"]["org.opencontainers.image.ref.name"] == reference)
        .unwrap_or_else(|| panic!("no {reference} in {}", root.display()));
    entry["digest"].as_str().unwrap().to_owned()
}

/// A blob of the layout at `root`.
pub fn layout_blob(root: &Path, digest: &str) -> Vec<u8> {
    let path = root.join("blobs").join(digest.replacen(':', "/", 1));
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Checks that every blob of the layout at `root` hashes to its name; returns how many.
pub fn verify_layout_blobs(root: &Path) -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(root.join("blobs/sha256")).unwrap() {
        let entry = entry.unwrap();
        let bytes = std::fs::read(entry.path()).unwrap();
        assert_eq!(sha256_digest(&bytes), format!("sha256:{}", entry.file_name().to_string_lossy()), "a corrupt blob in the layout");
        count += 1;
    }
    count
}
