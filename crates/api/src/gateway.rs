//! The front door: routes every request to the AWS service it names, verifies its signature, and
//! hands it to that service; then renders the answer and records metrics.
//!
//! Routing follows AWS's own endpoints:
//! - `X-Amz-Target: <TargetPrefix>.<Operation>` selects an AWS JSON 1.0/1.1 service (ECS, ECR…);
//! - an `Action=` parameter in a form body (or the query string) selects an AWS Query service
//!   (ELBv2, IAM, STS), told apart by the service named in the signature's credential scope;
//! - anything else is matched against the path prefixes of REST services.
//!
//! `/healthz` and `/metrics` are served without authentication.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use ferry_core::{Caller, Clock};
use ferry_sigv4::{RequestToVerify, SigV4Error, Verifier};
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tracing::Instrument;

use crate::error::AwsError;
use crate::metrics::ApiMetrics;
use crate::protocol::Protocol;

/// What a service knows about the request beyond its body.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub request_id: String,
    pub caller: Caller,
    pub received_at: SystemTime,
}

/// The fixed facts about an AWS JSON service, taken from its botocore model.
#[derive(Debug, Clone, Copy)]
pub struct JsonServiceDescription {
    /// The part of `X-Amz-Target` before the dot, e.g. `AmazonEC2ContainerServiceV20141113`.
    pub target_prefix: &'static str,
    /// The service name in the SigV4 credential scope, e.g. `ecs`.
    pub signing_name: &'static str,
    pub protocol: Protocol,
    /// Every operation of the model, implemented or not; unknown names never reach the service.
    pub operation_names: &'static [&'static str],
}

/// An AWS JSON 1.0/1.1 service.
#[async_trait::async_trait]
pub trait JsonService: Send + Sync + 'static {
    fn description(&self) -> JsonServiceDescription;

    /// Parses `body` as the input of `operation`, executes it and returns the serialized output.
    async fn call(&self, operation: &'static str, body: Bytes, context: &RequestContext) -> Result<Bytes, AwsError>;
}

/// The fixed facts about an AWS Query service.
#[derive(Debug, Clone, Copy)]
pub struct QueryServiceDescription {
    pub signing_name: &'static str,
    pub operation_names: &'static [&'static str],
}

/// An AWS Query service: form-encoded parameters in, XML out.
#[async_trait::async_trait]
pub trait QueryService: Send + Sync + 'static {
    fn description(&self) -> QueryServiceDescription;

    async fn call(&self, action: &'static str, parameters: Vec<(String, String)>, context: &RequestContext) -> Result<Bytes, AwsError>;
}

/// Limits and settings of the front door.
#[derive(Debug, Clone)]
pub struct GatewayConfig {
    /// Bodies above this are refused with HTTP 413 before they reach a service. AWS JSON APIs
    /// take small documents (an ECS task definition may not exceed 64 KiB), so 1 MiB is generous.
    pub max_request_body_bytes: usize,
    /// Bodies are read before their signature can be checked, so what all requests together
    /// may hold in memory is bounded; requests beyond it wait for room.
    pub max_buffered_body_bytes: usize,
    /// A request's body must arrive (and find room in the buffer budget) within this time.
    pub body_read_timeout: Duration,
}

impl Default for GatewayConfig {
    fn default() -> Self {
        GatewayConfig {
            max_request_body_bytes: 1024 * 1024,
            max_buffered_body_bytes: 64 * 1024 * 1024,
            body_read_timeout: Duration::from_secs(30),
        }
    }
}

/// The body budget is counted in KiB so that a 1 MiB limit fits the semaphore comfortably.
const BODY_BUDGET_UNIT: usize = 1024;

/// A request body and its share of the buffer budget, given back when the request is done.
struct ReadBody {
    bytes: Bytes,
    _budget: OwnedSemaphorePermit,
}

pub struct Gateway {
    config: GatewayConfig,
    body_budget: Arc<Semaphore>,
    verifier: Verifier,
    clock: Arc<dyn Clock>,
    metrics: ApiMetrics,
    json_services: HashMap<&'static str, Arc<dyn JsonService>>,
    query_services: HashMap<&'static str, Arc<dyn QueryService>>,
}

impl std::fmt::Debug for Gateway {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Gateway")
            .field("json_services", &self.json_services.keys().collect::<Vec<_>>())
            .field("query_services", &self.query_services.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// The label under which requests that named no known operation are counted.
const UNKNOWN_OPERATION_LABEL: &str = "unknown";

type HttpResponse = Response<Full<Bytes>>;

impl Gateway {
    pub fn new(config: GatewayConfig, verifier: Verifier, clock: Arc<dyn Clock>) -> Gateway {
        let budget_units = (config.max_buffered_body_bytes / BODY_BUDGET_UNIT).max(config.max_request_body_bytes / BODY_BUDGET_UNIT + 1);
        Gateway {
            body_budget: Arc::new(Semaphore::new(budget_units)),
            config,
            verifier,
            clock,
            metrics: ApiMetrics::new(),
            json_services: HashMap::new(),
            query_services: HashMap::new(),
        }
    }

    pub fn add_json_service(&mut self, service: Arc<dyn JsonService>) {
        self.json_services.insert(service.description().target_prefix, service);
    }

    pub fn add_query_service(&mut self, service: Arc<dyn QueryService>) {
        self.query_services.insert(service.description().signing_name, service);
    }

    pub fn metrics(&self) -> &ApiMetrics {
        &self.metrics
    }

    /// Answers one HTTP request. Never fails: every problem becomes an AWS-shaped error response.
    pub async fn handle<B>(&self, request: Request<B>) -> HttpResponse
    where
        B: http_body::Body<Data = Bytes> + Send,
        B::Error: std::error::Error + Send + Sync + 'static,
    {
        let started = Instant::now();
        let received_at = self.clock.now();
        let request_id = uuid::Uuid::new_v4().to_string();

        if request.method() == Method::GET {
            match request.uri().path() {
                "/healthz" => return plain_text(StatusCode::OK, "ok\n".to_owned(), &request_id),
                "/metrics" => return plain_text(StatusCode::OK, self.metrics.render(), &request_id),
                _ => {}
            }
        }

        if let Some(target) = request.headers().get("x-amz-target") {
            let target = target.to_str().unwrap_or("").to_owned();
            return self.handle_json(request, &target, request_id, received_at, started).await;
        }
        if is_form_body(request.headers()) || query_has_action(request.uri().query()) {
            return self.handle_query(request, request_id, received_at, started).await;
        }
        let message = format!(
            "Ferry could not tell which operation {} {} is meant to be: send an X-Amz-Target header (AWS JSON protocols) or an Action parameter (AWS Query protocol).",
            request.method(),
            request.uri().path()
        );
        let status = if request.uri().path() == "/" { 400 } else { 404 };
        Protocol::AwsJson1_1.error(&AwsError::new(status, "UnknownOperationException", message), &request_id)
    }

    async fn handle_json<B>(
        &self,
        request: Request<B>,
        target: &str,
        request_id: String,
        received_at: SystemTime,
        started: Instant,
    ) -> HttpResponse
    where
        B: http_body::Body<Data = Bytes> + Send,
        B::Error: std::error::Error + Send + Sync + 'static,
    {
        let Some((target_prefix, operation)) = target.rsplit_once('.') else {
            let error = AwsError::client(
                "UnknownOperationException",
                format!("X-Amz-Target '{target}' is not of the form <TargetPrefix>.<Operation>."),
            );
            return Protocol::AwsJson1_1.error(&error, &request_id);
        };
        let Some(service) = self.json_services.get(target_prefix) else {
            let error = AwsError::client(
                "UnknownOperationException",
                format!("Ferry does not serve the API '{target_prefix}' named in X-Amz-Target '{target}'."),
            );
            return Protocol::AwsJson1_1.error(&error, &request_id);
        };
        let description = service.description();
        let protocol = description.protocol;
        let known_operation = description.operation_names.iter().copied().find(|name| *name == operation);
        let metrics_operation = known_operation.unwrap_or(UNKNOWN_OPERATION_LABEL);

        let outcome = async {
            let (parts, body) = request.into_parts();
            let ReadBody { bytes: body, _budget } = self.read_body(&parts.headers, body).await?;
            let caller = self.authenticate(&parts, &body, description.signing_name, received_at, protocol, &["x-amz-target"])?;
            let Some(operation) = known_operation else {
                return Err(AwsError::client(
                    "UnknownOperationException",
                    format!("The {} API has no operation named '{operation}'.", description.signing_name.to_uppercase()),
                ));
            };
            let context = RequestContext { request_id: request_id.clone(), caller, received_at };
            let span = tracing::debug_span!("request", request_id = %request_id, operation);
            service.call(operation, body, &context).instrument(span).await
        }
        .await;

        let response = match outcome {
            Ok(body) => protocol.success(body, &request_id),
            Err(error) => {
                log_error(&error, &request_id, description.signing_name, metrics_operation);
                protocol.error(&error, &request_id)
            }
        };
        self.metrics.record(description.signing_name, metrics_operation, response.status().as_u16(), started.elapsed());
        response
    }

    async fn handle_query<B>(&self, request: Request<B>, request_id: String, received_at: SystemTime, started: Instant) -> HttpResponse
    where
        B: http_body::Body<Data = Bytes> + Send,
        B::Error: std::error::Error + Send + Sync + 'static,
    {
        let (parts, body) = request.into_parts();
        let ReadBody { bytes: body, _budget } = match self.read_body(&parts.headers, body).await {
            Ok(body) => body,
            Err(error) => return Protocol::AwsQuery.error(&error, &request_id),
        };
        let mut parameters: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
        if let Some(query) = parts.uri.query() {
            parameters.extend(serde_urlencoded::from_str::<Vec<(String, String)>>(query).unwrap_or_default());
        }
        let action = parameters.iter().find(|(name, _)| name == "Action").map(|(_, value)| value.clone()).unwrap_or_default();

        let signing_name = credential_scope_service(&parts.headers, parts.uri.query());
        let Some(service) = signing_name.as_deref().and_then(|name| self.query_services.get(name)) else {
            let error = match signing_name {
                Some(name) => AwsError::client(
                    "InvalidAction",
                    format!("Ferry does not serve an AWS Query API for the service '{name}' (action '{action}')."),
                ),
                None => AwsError::new(403, "MissingAuthenticationToken", "Missing Authentication Token"),
            };
            return Protocol::AwsQuery.error(&error, &request_id);
        };
        let description = service.description();
        let known_action = description.operation_names.iter().copied().find(|name| *name == action);
        let metrics_operation = known_action.unwrap_or(UNKNOWN_OPERATION_LABEL);

        let outcome = async {
            let caller = self.authenticate(&parts, &body, description.signing_name, received_at, Protocol::AwsQuery, &[])?;
            let Some(action) = known_action else {
                return Err(AwsError::client("InvalidAction", format!("The action {action} is not valid for this web service.")));
            };
            let context = RequestContext { request_id: request_id.clone(), caller, received_at };
            service.call(action, parameters, &context).await
        }
        .await;
        let response = match outcome {
            Ok(body) => Protocol::AwsQuery.success(body, &request_id),
            Err(error) => {
                log_error(&error, &request_id, description.signing_name, metrics_operation);
                Protocol::AwsQuery.error(&error, &request_id)
            }
        };
        self.metrics.record(description.signing_name, metrics_operation, response.status().as_u16(), started.elapsed());
        response
    }

    /// Reads the whole body, refusing it once it passes the configured limit, whether or not the
    /// client announced its length, and taking its share of the buffer budget first.
    async fn read_body<B>(&self, headers: &HeaderMap, body: B) -> Result<ReadBody, AwsError>
    where
        B: http_body::Body<Data = Bytes> + Send,
        B::Error: std::error::Error + Send + Sync + 'static,
    {
        let limit = self.config.max_request_body_bytes;
        let too_large = |length: Option<u64>| {
            let size = length.map(|length| format!("{length} bytes")).unwrap_or_else(|| "larger than that".to_owned());
            AwsError::new(
                413,
                "RequestEntityTooLargeException",
                format!("The request body is {size}; Ferry accepts at most {limit} bytes per API request."),
            )
        };
        let announced = headers.get(CONTENT_LENGTH).and_then(|value| value.to_str().ok()).and_then(|text| text.parse::<u64>().ok());
        if let Some(length) = announced
            && length > limit as u64
        {
            return Err(too_large(Some(length)));
        }
        // A body of unannounced length may grow to the limit, so it reserves the limit.
        let reserved_bytes = announced.map(|length| length as usize).unwrap_or(limit);
        let units = reserved_bytes.div_ceil(BODY_BUDGET_UNIT).max(1) as u32;
        let read = async {
            let budget = self.body_budget.clone().acquire_many_owned(units).await.map_err(|_| AwsError::internal("InternalFailure"))?;
            match Limited::new(body, limit).collect().await {
                Ok(collected) => Ok(ReadBody { bytes: collected.to_bytes(), _budget: budget }),
                Err(error) if error.downcast_ref::<http_body_util::LengthLimitError>().is_some() => Err(too_large(None)),
                Err(error) => Err(AwsError::client("SerializationException", format!("The request body could not be read: {error}"))),
            }
        };
        match tokio::time::timeout(self.config.body_read_timeout, read).await {
            Ok(outcome) => outcome,
            Err(_) => Err(AwsError::new(
                408,
                "RequestTimeoutException",
                format!("The request body did not arrive within {} seconds.", self.config.body_read_timeout.as_secs()),
            )),
        }
    }

    fn authenticate(
        &self,
        parts: &http::request::Parts,
        body: &[u8],
        signing_name: &str,
        now: SystemTime,
        protocol: Protocol,
        must_be_signed: &[&str],
    ) -> Result<Caller, AwsError> {
        // HTTP/2 carries the host as the `:authority` pseudo-header, which hyper keeps in the
        // URI rather than the header map; the signature covers it as `host` either way.
        let with_host;
        let headers = match (parts.headers.contains_key(http::header::HOST), parts.uri.authority()) {
            (false, Some(authority)) => {
                let mut headers = parts.headers.clone();
                if let Ok(value) = http::HeaderValue::from_str(authority.as_str()) {
                    headers.insert(http::header::HOST, value);
                }
                with_host = headers;
                &with_host
            }
            _ => &parts.headers,
        };
        let to_verify = RequestToVerify { method: parts.method.as_str(), path: parts.uri.path(), query: parts.uri.query(), headers, body };
        match self.verifier.verify_requiring_signed(&to_verify, signing_name, now, must_be_signed) {
            Ok(verified) => Ok(Caller { access_key_id: verified.access_key_id, principal_arn: verified.principal_arn }),
            Err(error) => Err(signature_error(&error, protocol)),
        }
    }
}

/// Renders a signature failure with the code the protocol's clients expect.
fn signature_error(error: &SigV4Error, protocol: Protocol) -> AwsError {
    let code = match protocol {
        Protocol::AwsQuery => error.query_error_code(),
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => error.json_error_code(),
    };
    AwsError::new(error.http_status(), code, error.message())
}

fn log_error(error: &AwsError, request_id: &str, service: &str, operation: &str) {
    if error.is_sender_fault() {
        tracing::debug!(request_id, service, operation, code = %error.code, "request refused: {}", error.message);
    } else {
        let detail = error.internal_detail.as_deref().unwrap_or("no detail");
        tracing::error!(request_id, service, operation, code = %error.code, "request failed: {detail}");
    }
}

fn plain_text(status: StatusCode, text: String, request_id: &str) -> HttpResponse {
    let mut response = Response::new(Full::new(Bytes::from(text)));
    *response.status_mut() = status;
    if let Ok(value) = http::HeaderValue::from_str(request_id) {
        response.headers_mut().insert(crate::protocol::REQUEST_ID_HEADER, value);
    }
    response.headers_mut().insert(CONTENT_TYPE, http::HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    response
}

fn is_form_body(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"))
}

fn query_has_action(query: Option<&str>) -> bool {
    query.is_some_and(|query| query.split('&').any(|pair| pair.starts_with("Action=")))
}

/// The service named in the credential scope of the request's signature, used to route AWS Query
/// requests, which all share `POST /` with an `Action` parameter.
fn credential_scope_service(headers: &HeaderMap, query: Option<&str>) -> Option<String> {
    let credential = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split("Credential=").nth(1))
        .map(|rest| rest.split([',', ' ']).next().unwrap_or("").to_owned())
        .or_else(|| {
            let query = query?;
            let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).ok()?;
            pairs.into_iter().find(|(name, _)| name == "X-Amz-Credential").map(|(_, value)| value)
        })?;
    // AKID/date/region/service/aws4_request
    credential.split('/').nth(3).map(str::to_owned)
}
