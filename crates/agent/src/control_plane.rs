//! The agent's side of the control plane: the four calls it makes, behind a trait so tests can
//! script the control plane, and `HttpControlPlane`, which makes them as SigV4-signed AWS JSON 1.1
//! requests like any AWS SDK would.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use ferry_ecs::agent_channel::{
    AGENT_TARGET_PREFIX, PollTasksRequest, PollTasksResponse, SubmitTaskHealthRequest, SubmitTaskHealthResponse,
};
use ferry_ecs::generated::{
    RegisterContainerInstanceRequest, RegisterContainerInstanceResponse, SIGNING_NAME, SubmitTaskStateChangeRequest,
    SubmitTaskStateChangeResponse, TARGET_PREFIX,
};
use http::{HeaderMap, HeaderValue, Method, Request, Uri};
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What the agent asks of the control plane. Every method is one request; retrying is the
/// caller's business, because only the caller knows whether a call may wait.
#[async_trait::async_trait]
pub trait ControlPlane: Send + Sync {
    async fn register_container_instance(
        &self,
        request: RegisterContainerInstanceRequest,
    ) -> Result<RegisterContainerInstanceResponse, ControlPlaneError>;

    /// Long-polls for the instance's desired state (see `ferry_ecs::agent_channel`).
    async fn poll_tasks(&self, request: PollTasksRequest) -> Result<PollTasksResponse, ControlPlaneError>;

    async fn submit_task_state_change(
        &self,
        request: SubmitTaskStateChangeRequest,
    ) -> Result<SubmitTaskStateChangeResponse, ControlPlaneError>;

    async fn submit_task_health(&self, request: SubmitTaskHealthRequest) -> Result<SubmitTaskHealthResponse, ControlPlaneError>;
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ControlPlaneError {
    /// No answer: connection refused or reset, timed out, unreadable.
    #[error("the control plane could not be reached: {0}")]
    Transport(String),
    /// An AWS error answer (`{"__type": ..., "message": ...}`).
    #[error("the control plane answered {status} {code}: {message}")]
    Service { status: u16, code: String, message: String },
    /// A 2xx answer whose body is not the expected shape.
    #[error("the control plane's answer could not be read: {0}")]
    Decode(String),
}

impl ControlPlaneError {
    /// Worth retrying: the request may succeed later without being changed. 4xx answers are not:
    /// the control plane has understood and refused, and will refuse again.
    pub fn is_retryable(&self) -> bool {
        match self {
            ControlPlaneError::Transport(_) => true,
            ControlPlaneError::Service { status, .. } => *status >= 500 || *status == 429,
            ControlPlaneError::Decode(_) => false,
        }
    }

    /// The AWS error code, when the control plane answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            ControlPlaneError::Service { code, .. } => Some(code),
            _ => None,
        }
    }
}

/// How long a call other than `PollTasks` may take, connection included.
const CALL_TIMEOUT: Duration = Duration::from_secs(30);
/// What a poll may take beyond the wait it asked for before it counts as lost.
const POLL_GRACE: Duration = Duration::from_secs(10);
/// The control plane's answers are small; anything bigger than this is not an answer.
const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;

/// The control plane over HTTP: AWS JSON 1.1 POSTs to `/`, signed with SigV4 for the `ecs`
/// service. Plain `http://` only: the agent talks to a control plane on its own network (TLS
/// belongs to a front proxy for now).
pub struct HttpControlPlane {
    client: Client<HttpConnector, Full<Bytes>>,
    authority: String,
    region: String,
    access_key_id: String,
    secret_access_key: String,
}

impl std::fmt::Debug for HttpControlPlane {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("HttpControlPlane")
            .field("authority", &self.authority)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the control plane URL {url:?} is not usable: {reason}")]
pub struct ServerUrlError {
    url: String,
    reason: &'static str,
}

impl HttpControlPlane {
    pub fn new(
        server_url: &str,
        region: impl Into<String>,
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
    ) -> Result<HttpControlPlane, ServerUrlError> {
        let fail = |reason| ServerUrlError { url: server_url.to_owned(), reason };
        let rest = server_url.strip_prefix("http://").ok_or_else(|| fail("it must start with http://"))?;
        let authority = rest.trim_end_matches('/');
        if authority.is_empty() || authority.contains('/') {
            return Err(fail("it must be http://HOST:PORT with no path"));
        }
        authority.parse::<http::uri::Authority>().map_err(|_| fail("the host and port are not valid"))?;
        let mut connector = HttpConnector::new();
        connector.set_connect_timeout(Some(Duration::from_secs(5)));
        connector.set_nodelay(true);
        let client = Client::builder(TokioExecutor::new()).pool_idle_timeout(Duration::from_secs(50)).build(connector);
        Ok(HttpControlPlane {
            client,
            authority: authority.to_owned(),
            region: region.into(),
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
        })
    }

    async fn call<In: Serialize, Out: DeserializeOwned>(
        &self,
        target: String,
        input: &In,
        timeout: Duration,
    ) -> Result<Out, ControlPlaneError> {
        let body = Bytes::from(serde_json::to_vec(input).map_err(|error| ControlPlaneError::Decode(error.to_string()))?);
        let request = self.signed_request(&target, body)?;
        let exchange = async {
            let response = self.client.request(request).await.map_err(|error| ControlPlaneError::Transport(error_chain(&error)))?;
            let status = response.status();
            let body = Limited::new(response.into_body(), MAX_ANSWER_BYTES)
                .collect()
                .await
                .map_err(|error| ControlPlaneError::Transport(format!("reading the answer: {error}")))?
                .to_bytes();
            Ok::<_, ControlPlaneError>((status, body))
        };
        let (status, body) = tokio::time::timeout(timeout, exchange)
            .await
            .map_err(|_| ControlPlaneError::Transport(format!("no answer to {target} within {timeout:?}")))??;
        if status.is_success() {
            serde_json::from_slice(&body).map_err(|error| ControlPlaneError::Decode(format!("{target}: {error}")))
        } else {
            Err(parse_error_answer(status.as_u16(), &body))
        }
    }

    fn signed_request(&self, target: &str, body: Bytes) -> Result<Request<Full<Bytes>>, ControlPlaneError> {
        use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};

        let invalid = |error: &dyn std::fmt::Display| ControlPlaneError::Transport(format!("building the request: {error}"));
        let mut headers = HeaderMap::new();
        headers.insert(http::header::HOST, HeaderValue::from_str(&self.authority).map_err(|error| invalid(&error))?);
        headers.insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/x-amz-json-1.1"));
        // The gateway refuses a routing header that the signature does not cover, so it must be
        // among the headers signed below.
        headers.insert("x-amz-target", HeaderValue::from_str(target).map_err(|error| invalid(&error))?);

        let identity =
            aws_credential_types::Credentials::new(&self.access_key_id, &self.secret_access_key, None, None, "ferry-agent").into();
        let signing_params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name(SIGNING_NAME)
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()
            .map_err(|error| invalid(&error))?
            .into();
        let header_pairs: Vec<(&str, &str)> =
            headers.iter().filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?))).collect();
        let url = format!("http://{}/", self.authority);
        let signable =
            SignableRequest::new("POST", &url, header_pairs.into_iter(), SignableBody::Bytes(&body)).map_err(|error| invalid(&error))?;
        let (instructions, _signature) = sign(signable, &signing_params).map_err(|error| invalid(&error))?.into_parts();

        let mut request = Request::new(Full::new(body));
        *request.method_mut() = Method::POST;
        *request.uri_mut() = url.parse::<Uri>().map_err(|error| invalid(&error))?;
        *request.headers_mut() = headers;
        instructions.apply_to_request_http1x(&mut request);
        Ok(request)
    }
}

/// Reads an AWS JSON error answer. `__type` may carry a namespace (`ns#Code`) or a URI suffix
/// (`Code:http://...`) depending on the service; only the code is kept.
pub(crate) fn parse_error_answer(status: u16, body: &[u8]) -> ControlPlaneError {
    let value: serde_json::Value = serde_json::from_slice(body).unwrap_or(serde_json::Value::Null);
    let raw_code = value.get("__type").and_then(|code| code.as_str()).unwrap_or("");
    let code = raw_code.rsplit('#').next().unwrap_or("").split(':').next().unwrap_or("");
    let message = value
        .get("message")
        .or_else(|| value.get("Message"))
        .and_then(|message| message.as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned());
    let code = if code.is_empty() { format!("HTTP{status}") } else { code.to_owned() };
    ControlPlaneError::Service { status, code, message }
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[async_trait::async_trait]
impl ControlPlane for HttpControlPlane {
    async fn register_container_instance(
        &self,
        request: RegisterContainerInstanceRequest,
    ) -> Result<RegisterContainerInstanceResponse, ControlPlaneError> {
        self.call(format!("{TARGET_PREFIX}.RegisterContainerInstance"), &request, CALL_TIMEOUT).await
    }

    async fn poll_tasks(&self, request: PollTasksRequest) -> Result<PollTasksResponse, ControlPlaneError> {
        let wait = Duration::from_secs(u64::from(request.wait_seconds.unwrap_or(20)));
        self.call(format!("{AGENT_TARGET_PREFIX}.PollTasks"), &request, wait + POLL_GRACE).await
    }

    async fn submit_task_state_change(
        &self,
        request: SubmitTaskStateChangeRequest,
    ) -> Result<SubmitTaskStateChangeResponse, ControlPlaneError> {
        self.call(format!("{TARGET_PREFIX}.SubmitTaskStateChange"), &request, CALL_TIMEOUT).await
    }

    async fn submit_task_health(&self, request: SubmitTaskHealthRequest) -> Result<SubmitTaskHealthResponse, ControlPlaneError> {
        self.call(format!("{AGENT_TARGET_PREFIX}.SubmitTaskHealth"), &request, CALL_TIMEOUT).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_answers_keep_the_aws_code_and_message() {
        let error = parse_error_answer(400, br#"{"__type":"InvalidParameterException","message":"unknown task"}"#);
        assert_eq!(
            error,
            ControlPlaneError::Service { status: 400, code: "InvalidParameterException".into(), message: "unknown task".into() }
        );
        assert!(!error.is_retryable());
        let error = parse_error_answer(500, br#"{"__type":"com.amazonaws.ecs#ServerException","message":"boom"}"#);
        assert_eq!(error.code(), Some("ServerException"));
        assert!(error.is_retryable());
        let error = parse_error_answer(502, b"<html>bad gateway</html>");
        assert_eq!(error.code(), Some("HTTP502"));
        assert!(error.is_retryable());
        assert!(ControlPlaneError::Transport("refused".into()).is_retryable());
    }

    #[test]
    fn server_url_must_be_plain_http_without_a_path() {
        assert!(HttpControlPlane::new("http://127.0.0.1:4600", "us-east-1", "AKID", "secret").is_ok());
        assert!(HttpControlPlane::new("http://127.0.0.1:4600/", "us-east-1", "AKID", "secret").is_ok());
        assert!(HttpControlPlane::new("https://127.0.0.1:4600", "us-east-1", "AKID", "secret").is_err());
        assert!(HttpControlPlane::new("http://127.0.0.1:4600/ecs", "us-east-1", "AKID", "secret").is_err());
    }

    #[tokio::test]
    async fn requests_are_signed_for_ecs_with_the_target() {
        let control_plane = HttpControlPlane::new("http://127.0.0.1:4600", "us-east-1", "AKIDEXAMPLE", "secret").unwrap();
        let request = control_plane.signed_request("FerryAgentV20261127.PollTasks", Bytes::from_static(b"{}")).unwrap();
        assert_eq!(request.headers()["x-amz-target"], "FerryAgentV20261127.PollTasks");
        assert_eq!(request.headers()["content-type"], "application/x-amz-json-1.1");
        let authorization = request.headers()["authorization"].to_str().unwrap();
        assert!(authorization.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), "{authorization}");
        assert!(authorization.contains("/us-east-1/ecs/aws4_request"), "{authorization}");
        assert!(authorization.contains("x-amz-target"), "{authorization}");
    }
}
