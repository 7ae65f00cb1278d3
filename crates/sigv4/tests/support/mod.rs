//! Test support: signs requests with the `aws-sigv4` crate, the signer of the AWS SDK for Rust,
//! so Ferry's verifier is checked against a real client's signatures rather than its own.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    PayloadChecksumKind, SignableBody, SignableRequest, SignatureLocation as OracleLocation, SigningSettings, sign,
};
use aws_smithy_runtime_api::client::identity::Identity;
use ferry_sigv4::{
    CredentialLookup, RequestToVerify, ResolvedCredential, SecretAccessKey, SigV4Error, StaticCredentials, VerifiedRequest, Verifier,
    VerifierConfig,
};

pub const ACCESS_KEY_ID: &str = "FERRYTESTACCESSKEY01";
pub const SECRET_ACCESS_KEY: &str = "ferry/test/secret+key/0123456789abcdefghij";
pub const PRINCIPAL_ARN: &str = "arn:aws:iam::000000000000:root";
pub const REGION: &str = "us-east-1";
pub const SERVICE: &str = "ecs";
pub const HOST: &str = "localhost:4566";

/// 2024-01-01T00:25:00Z: a fixed signing time, so messages can be compared exactly.
pub fn signing_time() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_704_068_700)
}

/// What to sign; everything a property test varies.
#[derive(Debug, Clone)]
pub struct RequestSpec {
    pub method: String,
    /// Raw path, as it will appear on the wire.
    pub path: String,
    /// Raw query, without `?`; `None` for no query at all.
    pub query: Option<String>,
    /// Headers besides `host`, in order; a name may repeat.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RequestSpec {
    /// An ECS-style JSON call: `POST /` with a target header and a JSON body.
    pub fn ecs_call() -> RequestSpec {
        RequestSpec {
            method: "POST".into(),
            path: "/".into(),
            query: None,
            headers: vec![
                ("content-type".into(), "application/x-amz-json-1.1".into()),
                ("x-amz-target".into(), "AmazonEC2ContainerServiceV20141113.ListClusters".into()),
            ],
            body: br#"{"maxResults":10}"#.to_vec(),
        }
    }
}

/// How the oracle signs.
#[derive(Debug, Clone)]
pub struct SigningOptions {
    pub presigned_expires_in: Option<Duration>,
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
    pub region: String,
    pub service: String,
    pub time: SystemTime,
    /// Send `x-amz-content-sha256` (header signing only).
    pub send_content_sha256: bool,
    pub unsigned_payload: bool,
    /// Headers the oracle must leave unsigned.
    pub extra_excluded_headers: Vec<&'static str>,
}

impl Default for SigningOptions {
    fn default() -> SigningOptions {
        SigningOptions {
            presigned_expires_in: None,
            access_key_id: ACCESS_KEY_ID.into(),
            secret_access_key: SECRET_ACCESS_KEY.into(),
            session_token: None,
            region: REGION.into(),
            service: SERVICE.into(),
            time: signing_time(),
            send_content_sha256: false,
            unsigned_payload: false,
            extra_excluded_headers: Vec::new(),
        }
    }
}

impl SigningOptions {
    pub fn presigned(expires_in: Duration) -> SigningOptions {
        SigningOptions { presigned_expires_in: Some(expires_in), ..SigningOptions::default() }
    }
}

/// A request as it would arrive at Ferry after being signed.
#[derive(Debug, Clone)]
pub struct SignedRequest {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
    /// The signature the oracle computed, to check it never leaks into a message.
    pub signature: String,
}

impl SignedRequest {
    pub fn to_verify(&self) -> RequestToVerify<'_> {
        RequestToVerify { method: &self.method, path: &self.path, query: self.query.as_deref(), headers: &self.headers, body: &self.body }
    }

    pub fn set_header(&mut self, name: &'static str, value: &str) {
        self.headers.insert(name, http::HeaderValue::from_str(value).unwrap());
    }

    pub fn authorization(&self) -> String {
        self.headers.get("authorization").unwrap().to_str().unwrap().to_owned()
    }
}

/// Signs `spec` with aws-sigv4 and returns the request as Ferry would receive it.
pub fn sign_with_oracle(spec: &RequestSpec, options: &SigningOptions) -> SignedRequest {
    let mut uri = format!("http://{HOST}{}", spec.path);
    if let Some(query) = &spec.query {
        uri.push('?');
        uri.push_str(query);
    }
    let mut headers: Vec<(String, String)> = vec![("host".into(), HOST.into())];
    headers.extend(spec.headers.iter().cloned());

    let mut settings = SigningSettings::default();
    if let Some(expires_in) = options.presigned_expires_in {
        settings.signature_location = OracleLocation::QueryParams;
        settings.expires_in = Some(expires_in);
    }
    if options.send_content_sha256 {
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    }
    if !options.extra_excluded_headers.is_empty() {
        let excluded = settings.excluded_headers.get_or_insert_with(Vec::new);
        excluded.extend(options.extra_excluded_headers.iter().map(|name| std::borrow::Cow::Borrowed(*name)));
    }
    let identity: Identity =
        Credentials::new(&options.access_key_id, &options.secret_access_key, options.session_token.clone(), None, "ferry-tests").into();
    let signing_params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region(&options.region)
        .name(&options.service)
        .time(options.time)
        .settings(settings)
        .build()
        .unwrap()
        .into();
    let body = if options.unsigned_payload { SignableBody::UnsignedPayload } else { SignableBody::Bytes(&spec.body) };
    let signable =
        SignableRequest::new(&spec.method, uri.clone(), headers.iter().map(|(name, value)| (name.as_str(), value.as_str())), body).unwrap();
    let (instructions, signature) = sign(signable, &signing_params).unwrap().into_parts();

    let mut request = http::Request::builder().method(spec.method.as_str()).uri(&uri);
    for (name, value) in &headers {
        request = request.header(name.as_str(), value.as_str());
    }
    let mut request = request.body(()).unwrap();
    instructions.apply_to_request_http1x(&mut request);
    SignedRequest {
        method: spec.method.clone(),
        path: request.uri().path().to_owned(),
        query: request.uri().query().map(str::to_owned),
        headers: request.headers().clone(),
        body: spec.body.clone(),
        signature,
    }
}

pub fn static_credentials() -> StaticCredentials {
    StaticCredentials::new().with_credential(ACCESS_KEY_ID, SECRET_ACCESS_KEY, PRINCIPAL_ARN)
}

pub fn verifier() -> Verifier {
    Verifier::new(VerifierConfig::new(REGION), Arc::new(static_credentials()))
}

pub fn verifier_with(config: VerifierConfig) -> Verifier {
    Verifier::new(config, Arc::new(static_credentials()))
}

pub fn verify(verifier: &Verifier, request: &SignedRequest) -> Result<VerifiedRequest, SigV4Error> {
    verifier.verify(&request.to_verify(), SERVICE, signing_time())
}

/// A credential lookup that remembers the session tokens it was asked about.
#[derive(Default)]
pub struct RecordingCredentials {
    pub session_tokens_seen: Mutex<Vec<Option<String>>>,
}

impl CredentialLookup for RecordingCredentials {
    fn lookup(&self, access_key_id: &str, session_token: Option<&str>) -> Option<ResolvedCredential> {
        self.session_tokens_seen.lock().unwrap().push(session_token.map(str::to_owned));
        (access_key_id == ACCESS_KEY_ID)
            .then(|| ResolvedCredential { secret_access_key: SecretAccessKey::new(SECRET_ACCESS_KEY), principal_arn: PRINCIPAL_ARN.into() })
    }
}
