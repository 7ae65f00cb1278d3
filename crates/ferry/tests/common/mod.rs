//! Test harness shared by the black-box tests: starts the real `ferry` binary on a free loopback
//! port with a fresh data directory and known credentials, and builds AWS SDK clients for it.

#![allow(dead_code)]

pub mod docker;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub const ACCESS_KEY_ID: &str = "AKIAFERRYTESTKEY0001";
pub const SECRET_ACCESS_KEY: &str = "ferry-test-secret-key-0000000000000000000";
pub const REGION: &str = "us-east-1";
pub const ACCOUNT_ID: &str = "000000000000";

/// A running `ferry server` child process; killed when dropped.
pub struct FerryProcess {
    pub child: Child,
    pub endpoint: String,
    pub data_dir: PathBuf,
    _stderr_drain: std::thread::JoinHandle<()>,
}

impl FerryProcess {
    /// Starts `ferry server` on a free port of 127.0.0.1 with `data_dir`, and waits until it logs
    /// that it is ready.
    pub fn start(data_dir: &Path) -> FerryProcess {
        FerryProcess::start_with_env(data_dir, &[])
    }

    /// Like `start`, with extra environment variables (`FERRY_REGION`, …).
    pub fn start_with_env(data_dir: &Path, environment: &[(&str, &str)]) -> FerryProcess {
        FerryProcess::start_listening(data_dir, "127.0.0.1:0", environment)
    }

    /// Like `start`, on a given address (to restart a server where its agents expect it).
    pub fn start_listening(data_dir: &Path, listen: &str, environment: &[(&str, &str)]) -> FerryProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ferry"))
            .args(["server", "--listen", listen, "--data-dir"])
            .arg(data_dir)
            .envs(environment.iter().copied())
            .env("FERRY_ACCESS_KEY_ID", ACCESS_KEY_ID)
            .env("FERRY_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY)
            .env("FERRY_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the ferry binary starts");
        let stderr = child.stderr.take().unwrap();
        let (endpoint_sender, endpoint_receiver) = mpsc::channel();
        // Keep reading stderr for the whole life of the process so it never blocks on a full pipe.
        let drain = std::thread::spawn(move || {
            let mut endpoint_sender = Some(endpoint_sender);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if std::env::var_os("FERRY_TEST_SHOW_LOGS").is_some() {
                    eprintln!("[ferry] {line}");
                }
                if let Some(position) = line.find("endpoint=http://") {
                    let endpoint = line[position + "endpoint=".len()..].split_whitespace().next().unwrap_or("").to_owned();
                    if let Some(sender) = endpoint_sender.take() {
                        let _ = sender.send(endpoint);
                    }
                }
            }
        });
        let endpoint = match endpoint_receiver.recv_timeout(Duration::from_secs(30)) {
            Ok(endpoint) => endpoint,
            Err(_) => {
                let _ = child.kill();
                panic!("ferry server did not report ready within 30 s");
            }
        };
        FerryProcess { child, endpoint, data_dir: data_dir.to_owned(), _stderr_drain: drain }
    }

    /// SIGKILL: no shutdown code runs.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGKILL, then the server again on the same address and data directory.
    pub fn kill_and_restart(&mut self, listen: &str) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let data_dir = self.data_dir.clone();
        *self = FerryProcess::start_listening(&data_dir, listen, &[]);
    }

    /// SIGTERM and wait for a graceful exit; returns the exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id() as i32;
        let _ = Command::new("kill").args(["-TERM", &pid.to_string()]).status();
        self.child.wait().unwrap()
    }

    pub fn ecs(&self) -> aws_sdk_ecs::Client {
        ecs_client(&self.endpoint, ACCESS_KEY_ID, SECRET_ACCESS_KEY)
    }
}

impl Drop for FerryProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn ecs_client(endpoint: &str, access_key_id: &str, secret_access_key: &str) -> aws_sdk_ecs::Client {
    let credentials = aws_credential_types::Credentials::new(access_key_id, secret_access_key, None, None, "ferry-tests");
    let config = aws_sdk_ecs::Config::builder()
        .behavior_version(aws_sdk_ecs::config::BehaviorVersion::latest())
        .region(aws_sdk_ecs::config::Region::new(REGION))
        .endpoint_url(endpoint)
        .credentials_provider(credentials)
        // Errors are what most tests look at; retries would only hide them and slow things down.
        .retry_config(aws_sdk_ecs::config::retry::RetryConfig::disabled())
        .build();
    aws_sdk_ecs::Client::from_conf(config)
}

/// A fresh server in a fresh temporary directory.
pub fn start_fresh() -> (tempfile::TempDir, FerryProcess) {
    let directory = tempfile::tempdir().unwrap();
    let ferry = FerryProcess::start(directory.path());
    (directory, ferry)
}

/// The AWS error code of an SDK error, e.g. `ClusterNotFoundException`.
pub fn error_code<E, R>(error: &aws_sdk_ecs::error::SdkError<E, R>) -> String
where
    E: aws_sdk_ecs::error::ProvideErrorMetadata,
{
    error.as_service_error().and_then(|service_error| service_error.code()).unwrap_or("<no service error>").to_owned()
}

pub fn error_message<E, R>(error: &aws_sdk_ecs::error::SdkError<E, R>) -> String
where
    E: aws_sdk_ecs::error::ProvideErrorMetadata,
{
    error.as_service_error().and_then(|service_error| service_error.message()).unwrap_or("").to_owned()
}

/// How to sign a hand-made request: the oracle for what a correct client sends.
#[derive(Debug, Clone)]
pub struct Signing {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub region: String,
    pub service: String,
    pub time: std::time::SystemTime,
    /// Sign in the query string (a presigned URL) instead of the Authorization header.
    pub presigned: bool,
}

impl Signing {
    pub fn ecs() -> Signing {
        Signing {
            access_key_id: ACCESS_KEY_ID.to_owned(),
            secret_access_key: SECRET_ACCESS_KEY.to_owned(),
            region: REGION.to_owned(),
            service: "ecs".to_owned(),
            time: std::time::SystemTime::now(),
            presigned: false,
        }
    }
}

/// Signs `request` in place with the `aws-sigv4` crate.
pub fn sign_request(request: &mut http::Request<Vec<u8>>, signing: &Signing) {
    use aws_sigv4::http_request::{SignableBody, SignableRequest, SignatureLocation, SigningSettings, sign};
    let identity = aws_credential_types::Credentials::new(&signing.access_key_id, &signing.secret_access_key, None, None, "test").into();
    let mut settings = SigningSettings::default();
    if signing.presigned {
        settings.signature_location = SignatureLocation::QueryParams;
        settings.expires_in = Some(std::time::Duration::from_secs(300));
    }
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region(&signing.region)
        .name(&signing.service)
        .time(signing.time)
        .settings(settings)
        .build()
        .unwrap()
        .into();
    let headers: Vec<(String, String)> =
        request.headers().iter().map(|(name, value)| (name.as_str().to_owned(), value.to_str().unwrap().to_owned())).collect();
    let uri = request.uri().to_string();
    let signable = SignableRequest::new(
        request.method().as_str(),
        &uri,
        headers.iter().map(|(name, value)| (name.as_str(), value.as_str())),
        SignableBody::Bytes(request.body()),
    )
    .unwrap();
    let (instructions, _signature) = sign(signable, &params).unwrap().into_parts();
    instructions.apply_to_request_http1x(request);
}

/// An ECS JSON request as the SDKs send it, not yet signed.
pub fn ecs_request(endpoint: &str, operation: &str, body: impl Into<Vec<u8>>) -> http::Request<Vec<u8>> {
    let host = endpoint.trim_start_matches("http://").to_owned();
    http::Request::builder()
        .method("POST")
        .uri(format!("{endpoint}/"))
        .header("host", host)
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amz-target", format!("AmazonEC2ContainerServiceV20141113.{operation}"))
        .body(body.into())
        .unwrap()
}

#[derive(Debug)]
pub struct RawResponse {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl RawResponse {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|error| panic!("not JSON ({error}): {}", self.body))
    }

    /// The `__type` of an AWS JSON error.
    pub fn error_type(&self) -> String {
        self.json()["__type"].as_str().unwrap_or("").to_owned()
    }

    pub fn message(&self) -> String {
        self.json()["message"].as_str().unwrap_or("").to_owned()
    }
}

pub async fn send(request: http::Request<Vec<u8>>) -> RawResponse {
    let request = reqwest::Request::try_from(request).unwrap();
    let response = reqwest::Client::new().execute(request).await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.text().await.unwrap();
    RawResponse { status, headers, body }
}

/// Signs an ECS call with the test credentials and sends it.
pub async fn call_ecs(endpoint: &str, operation: &str, body: impl Into<Vec<u8>>) -> RawResponse {
    let mut request = ecs_request(endpoint, operation, body);
    sign_request(&mut request, &Signing::ecs());
    send(request).await
}

/// Signs a call of the agent channel (`FerryAgentV20261127.*`) and sends it.
pub async fn call_agent_channel(endpoint: &str, operation: &str, body: serde_json::Value) -> RawResponse {
    let mut request = ecs_request(endpoint, operation, serde_json::to_vec(&body).unwrap());
    request.headers_mut().insert("x-amz-target", format!("FerryAgentV20261127.{operation}").parse().unwrap());
    sign_request(&mut request, &Signing::ecs());
    send(request).await
}
