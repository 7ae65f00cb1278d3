//! The verifier: decides whether a request carries a valid SigV4 signature and, if so, who
//! signed it.
//!
//! The checks run from the cheapest and most structural to the one that needs the secret, so a
//! malformed request is told what is malformed, and only a well-formed, current request for this
//! region and service costs a credential lookup and the hashing.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use hmac::Mac;
use http::header::{AUTHORIZATION, DATE, HeaderName};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::authorization::{CredentialScope, SCOPE_TERMINATOR, SIGV4_ALGORITHM, parse_authorization_header, presigned_parameters_from};
use crate::canonical::{QueryParameter, append_canonical_query, append_canonical_uri, append_trimmed_header_value, decode_query};
use crate::credentials::CredentialLookup;
use crate::error::SigV4Error;
use crate::signing_key::SigningKeyCache;
use crate::timestamp::{
    describe_clock_skew, format_iso8601_basic, parse_iso8601_basic, parse_rfc1123, system_time_from_unix_seconds,
    unix_seconds_from_system_time,
};

const X_AMZ_DATE: HeaderName = HeaderName::from_static("x-amz-date");
const X_AMZ_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-amz-security-token");
const X_AMZ_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-amz-content-sha256");

const SIGNATURE_PARAMETER: &str = "X-Amz-Signature";
const SECURITY_TOKEN_PARAMETER: &[u8] = b"X-Amz-Security-Token";

/// The payload hash a client sends when it chose not to sign the body.
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// How many derived signing keys are kept; a few per access key per day are live at a time.
const SIGNING_KEY_CACHE_CAPACITY: usize = 1024;

/// Stands in for the security token in the canonical request shown to a client whose signature
/// did not match: the token is a credential, and error messages end up in logs.
const REDACTED: &[u8] = b"<redacted>";

/// A request as received, before anything about it is trusted.
#[derive(Debug, Clone, Copy)]
pub struct RequestToVerify<'a> {
    pub method: &'a str,
    /// The raw request path as received (percent-encoded as the client sent it), without query.
    pub path: &'a str,
    /// The raw query string as received, without the `?`.
    pub query: Option<&'a str>,
    pub headers: &'a http::HeaderMap,
    pub body: &'a [u8],
}

/// Where the signature travelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignatureLocation {
    /// The `Authorization` header.
    Header,
    /// A presigned URL's `X-Amz-*` query parameters.
    QueryString,
}

/// A request whose signature checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedRequest {
    pub access_key_id: String,
    pub principal_arn: String,
    pub region: String,
    pub service: String,
    pub signed_at: SystemTime,
    pub location: SignatureLocation,
    /// The header names the signature covers, lower-case, as the client listed them.
    pub signed_headers: Vec<String>,
}

/// How strict the verifier is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifierConfig {
    /// The region this Ferry serves; credential scopes must name it.
    pub region: String,
    /// How far a request's timestamp may be from the server's clock, either way. AWS allows 15
    /// minutes.
    pub max_clock_skew: Duration,
    /// Whether `x-amz-content-sha256: UNSIGNED-PAYLOAD` is accepted. Only services that stream
    /// large bodies (S3-like ones) want this; the JSON and Query APIs sign every body.
    pub allow_unsigned_payload: bool,
}

impl VerifierConfig {
    pub const DEFAULT_MAX_CLOCK_SKEW: Duration = Duration::from_secs(15 * 60);

    /// The defaults for a region: 15 minutes of skew, signed payloads only.
    pub fn new(region: impl Into<String>) -> VerifierConfig {
        VerifierConfig { region: region.into(), max_clock_skew: VerifierConfig::DEFAULT_MAX_CLOCK_SKEW, allow_unsigned_payload: false }
    }
}

impl Default for VerifierConfig {
    /// `us-east-1`, Ferry's default region.
    fn default() -> VerifierConfig {
        VerifierConfig::new("us-east-1")
    }
}

/// Verifies SigV4 signatures. Cheap to share: wrap it in an `Arc` or keep one per server.
pub struct Verifier {
    config: VerifierConfig,
    credentials: Arc<dyn CredentialLookup>,
    signing_keys: SigningKeyCache,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.debug_struct("Verifier").field("config", &self.config).finish_non_exhaustive()
    }
}

/// What the client claims about its signature, gathered from wherever it travelled.
struct SignatureClaim<'a> {
    location: SignatureLocation,
    credential: CredentialScope,
    signed_headers: Vec<String>,
    signature: String,
    signed_at_seconds: i64,
    /// Only for presigned URLs.
    expires_in_seconds: Option<u64>,
    session_token: Option<Cow<'a, str>>,
}

impl Verifier {
    pub fn new(config: VerifierConfig, credentials: Arc<dyn CredentialLookup>) -> Verifier {
        Verifier { config, credentials, signing_keys: SigningKeyCache::new(SIGNING_KEY_CACHE_CAPACITY) }
    }

    pub fn config(&self) -> &VerifierConfig {
        &self.config
    }

    /// Like `verify`, and also refuses the request if any of `must_be_signed` (lower-case header
    /// names) is present in the request without being covered by the signature. Services that
    /// route on a header (`x-amz-target`) use this so a captured request cannot be replayed as a
    /// different operation.
    pub fn verify_requiring_signed(
        &self,
        request: &RequestToVerify<'_>,
        expected_service: &str,
        now: SystemTime,
        must_be_signed: &[&str],
    ) -> Result<VerifiedRequest, SigV4Error> {
        let verified = self.verify(request, expected_service, now)?;
        for name in must_be_signed {
            if request.headers.contains_key(*name) && !verified.signed_headers.iter().any(|signed| signed == name) {
                return Err(SigV4Error::RequiredHeaderNotSigned { name: (*name).to_owned() });
            }
        }
        Ok(verified)
    }

    /// Verifies `request`'s signature for `expected_service` (the signing name, e.g. `ecs`) at
    /// the server time `now`.
    pub fn verify(&self, request: &RequestToVerify<'_>, expected_service: &str, now: SystemTime) -> Result<VerifiedRequest, SigV4Error> {
        let query_parameters = request.query.map(decode_query).unwrap_or_default();
        let claim = read_signature_claim(request, &query_parameters)?;
        let signed_at_iso = format_iso8601_basic(claim.signed_at_seconds);

        self.check_scope(&claim, &signed_at_iso, expected_service)?;
        self.check_time(&claim, now)?;
        let mut canonical_request = canonical_request_before_payload(request, &claim, &query_parameters, false)?;

        let credential = self
            .credentials
            .lookup(&claim.credential.access_key_id, claim.session_token.as_deref())
            .ok_or_else(|| SigV4Error::UnrecognizedClient { access_key_id: claim.credential.access_key_id.clone() })?;

        let payload_hashes = self.payload_hashes(request, &claim)?;
        let mut provided_signature = [0u8; 32];
        hex::decode_to_slice(&claim.signature, &mut provided_signature).map_err(|_| SigV4Error::MalformedSignature)?;
        let signing_hmac = self.signing_keys.signing_hmac(
            &claim.credential.access_key_id,
            &credential.secret_access_key,
            &claim.credential.date,
            &claim.credential.region,
            &claim.credential.service,
        );
        let scope = claim.credential.scope_string();

        let length_before_payload = canonical_request.len();
        let mut first_string_to_sign = None;
        for payload_hash in &payload_hashes {
            canonical_request.truncate(length_before_payload);
            canonical_request.extend_from_slice(payload_hash.as_bytes());
            let string_to_sign = string_to_sign(&signed_at_iso, &scope, &canonical_request);
            let mut signature_hmac = signing_hmac.clone();
            signature_hmac.update(string_to_sign.as_bytes());
            let computed_signature = signature_hmac.finalize().into_bytes();
            if bool::from(computed_signature.as_slice().ct_eq(&provided_signature)) {
                return Ok(VerifiedRequest {
                    access_key_id: claim.credential.access_key_id,
                    principal_arn: credential.principal_arn,
                    region: claim.credential.region,
                    service: claim.credential.service,
                    signed_at: system_time_from_unix_seconds(claim.signed_at_seconds),
                    location: claim.location,
                    signed_headers: claim.signed_headers,
                });
            }
            first_string_to_sign.get_or_insert(string_to_sign);
        }

        // Show the client what Ferry signed (for the first payload hash tried), token redacted,
        // so a person can diff it against their signer's debug output.
        let mut shown_canonical_request = canonical_request_before_payload(request, &claim, &query_parameters, true)?;
        shown_canonical_request.extend_from_slice(payload_hashes[0].as_bytes());
        Err(SigV4Error::SignatureDoesNotMatch {
            canonical_request: String::from_utf8_lossy(&shown_canonical_request).into_owned(),
            string_to_sign: first_string_to_sign.unwrap_or_default(),
        })
    }

    fn check_scope(&self, claim: &SignatureClaim<'_>, signed_at_iso: &str, expected_service: &str) -> Result<(), SigV4Error> {
        let scope = &claim.credential;
        if scope.terminator != SCOPE_TERMINATOR {
            return Err(SigV4Error::InvalidScopeTerminator { terminator: scope.terminator.clone() });
        }
        if Some(scope.date.as_str()) != signed_at_iso.get(..8) {
            return Err(SigV4Error::ScopeDateMismatch { scope_date: scope.date.clone(), request_date_time: signed_at_iso.to_owned() });
        }
        if scope.region != self.config.region {
            return Err(SigV4Error::WrongRegion { scoped_region: scope.region.clone(), served_region: self.config.region.clone() });
        }
        if scope.service != expected_service {
            return Err(SigV4Error::WrongService { scoped_service: scope.service.clone(), expected_service: expected_service.to_owned() });
        }
        Ok(())
    }

    fn check_time(&self, claim: &SignatureClaim<'_>, now: SystemTime) -> Result<(), SigV4Error> {
        let now_seconds = unix_seconds_from_system_time(now);
        let max_skew_seconds = i64::try_from(self.config.max_clock_skew.as_secs()).unwrap_or(i64::MAX);
        let signed_at = claim.signed_at_seconds;
        let latest_accepted = now_seconds.saturating_add(max_skew_seconds);
        if signed_at > latest_accepted {
            return Err(SigV4Error::SignatureNotYetCurrent {
                signed_at: format_iso8601_basic(signed_at),
                latest_accepted: format_iso8601_basic(latest_accepted),
                now: format_iso8601_basic(now_seconds),
                max_clock_skew: describe_clock_skew(self.config.max_clock_skew),
            });
        }
        match claim.expires_in_seconds {
            // A presigned URL is good for its own lifetime, however long ago it was made.
            Some(expires_in_seconds) => {
                let expires_at = signed_at.saturating_add(i64::try_from(expires_in_seconds).unwrap_or(i64::MAX));
                if now_seconds > expires_at {
                    return Err(SigV4Error::PresignedUrlExpired {
                        signed_at: format_iso8601_basic(signed_at),
                        expires_in_seconds,
                        expired_at: format_iso8601_basic(expires_at),
                        now: format_iso8601_basic(now_seconds),
                    });
                }
            }
            None => {
                let earliest_accepted = now_seconds.saturating_sub(max_skew_seconds);
                if signed_at < earliest_accepted {
                    return Err(SigV4Error::SignatureExpired {
                        signed_at: format_iso8601_basic(signed_at),
                        earliest_accepted: format_iso8601_basic(earliest_accepted),
                        now: format_iso8601_basic(now_seconds),
                        max_clock_skew: describe_clock_skew(self.config.max_clock_skew),
                    });
                }
            }
        }
        Ok(())
    }

    /// The payload hashes to try, in order. Usually one; a presigned URL without
    /// `x-amz-content-sha256` may have been signed over the body or, S3-style, as
    /// `UNSIGNED-PAYLOAD`, and where unsigned payloads are allowed both are tried.
    fn payload_hashes(&self, request: &RequestToVerify<'_>, claim: &SignatureClaim<'_>) -> Result<Vec<String>, SigV4Error> {
        let body_hash = || hex::encode(Sha256::digest(request.body));
        let Some(declared) = request.headers.get(X_AMZ_CONTENT_SHA256) else {
            let mut hashes = vec![body_hash()];
            if claim.location == SignatureLocation::QueryString && self.config.allow_unsigned_payload {
                hashes.push(UNSIGNED_PAYLOAD.to_owned());
            }
            return Ok(hashes);
        };
        let declared = String::from_utf8_lossy(declared.as_bytes());
        if declared == UNSIGNED_PAYLOAD && self.config.allow_unsigned_payload {
            return Ok(vec![declared.into_owned()]);
        }
        if declared == UNSIGNED_PAYLOAD || declared.starts_with("STREAMING-") {
            return Err(SigV4Error::UnsignedPayloadRefused { value: declared.into_owned() });
        }
        if !declared.eq_ignore_ascii_case(&body_hash()) {
            return Err(SigV4Error::ContentSha256Mismatch);
        }
        // The client signed the header's text, whatever its letter case.
        Ok(vec![declared.into_owned()])
    }
}

/// Finds the signature (header first, then presigned query) and the time it claims.
fn read_signature_claim<'a>(
    request: &RequestToVerify<'a>,
    query_parameters: &[QueryParameter<'_>],
) -> Result<SignatureClaim<'a>, SigV4Error> {
    let claim = match single_header(request.headers, &AUTHORIZATION, "Authorization")? {
        Some(authorization) => {
            let authorization = parse_authorization_header(&String::from_utf8_lossy(authorization.as_bytes()))?;
            let signed_at_seconds = header_timestamp(request.headers)?;
            let session_token = request.headers.get(X_AMZ_SECURITY_TOKEN).and_then(|token| token.to_str().ok()).map(Cow::Borrowed);
            SignatureClaim {
                location: SignatureLocation::Header,
                credential: authorization.credential,
                signed_headers: authorization.signed_headers,
                signature: authorization.signature,
                signed_at_seconds,
                expires_in_seconds: None,
                session_token,
            }
        }
        None => {
            let Some(presigned) = presigned_parameters_from(query_parameters)? else {
                return Err(SigV4Error::MissingAuthenticationToken);
            };
            let signed_at_seconds = parse_iso8601_basic(&presigned.date)
                .ok_or_else(|| SigV4Error::MalformedDate { field: "X-Amz-Date", value: presigned.date.clone() })?;
            SignatureClaim {
                location: SignatureLocation::QueryString,
                credential: presigned.credential,
                signed_headers: presigned.signed_headers,
                signature: presigned.signature,
                signed_at_seconds,
                expires_in_seconds: Some(presigned.expires_in_seconds),
                session_token: presigned.security_token.map(Cow::Owned),
            }
        }
    };
    if !claim.signed_headers.iter().any(|name| name == "host") {
        return Err(SigV4Error::HostNotSigned);
    }
    Ok(claim)
}

/// The request's signing time: `X-Amz-Date`, or failing that `Date`.
fn header_timestamp(headers: &http::HeaderMap) -> Result<i64, SigV4Error> {
    if let Some(amz_date) = single_header(headers, &X_AMZ_DATE, "X-Amz-Date")? {
        let text = String::from_utf8_lossy(amz_date.as_bytes());
        return parse_iso8601_basic(&text).ok_or_else(|| SigV4Error::MalformedDate { field: "X-Amz-Date", value: text.into_owned() });
    }
    if let Some(date) = single_header(headers, &DATE, "Date")? {
        let text = String::from_utf8_lossy(date.as_bytes());
        return parse_rfc1123(&text).ok_or_else(|| SigV4Error::MalformedDate { field: "Date", value: text.into_owned() });
    }
    Err(SigV4Error::MissingDate)
}

/// A header that must not be repeated: two would leave it ambiguous which one was meant.
fn single_header<'map>(
    headers: &'map http::HeaderMap,
    name: &HeaderName,
    display_name: &'static str,
) -> Result<Option<&'map http::HeaderValue>, SigV4Error> {
    let mut values = headers.get_all(name).iter();
    let first = values.next();
    if values.next().is_some() {
        return Err(SigV4Error::RepeatedHeader { name: display_name });
    }
    Ok(first)
}

/// The canonical request up to, but not including, the payload hash:
///
/// ```text
/// METHOD\nCANONICAL_URI\nCANONICAL_QUERY\nname:value\n...\n\nsigned;header;names\n
/// ```
fn canonical_request_before_payload(
    request: &RequestToVerify<'_>,
    claim: &SignatureClaim<'_>,
    query_parameters: &[QueryParameter<'_>],
    redact_security_token: bool,
) -> Result<Vec<u8>, SigV4Error> {
    let mut canonical_request = Vec::with_capacity(256 + request.path.len() + request.query.map_or(0, str::len));
    canonical_request.extend_from_slice(request.method.as_bytes());
    canonical_request.push(b'\n');
    append_canonical_uri(&mut canonical_request, request.path);
    canonical_request.push(b'\n');
    let excluded_parameter = (claim.location == SignatureLocation::QueryString).then_some(SIGNATURE_PARAMETER);
    if redact_security_token {
        let redacted: Vec<QueryParameter<'_>> = query_parameters
            .iter()
            .map(|parameter| {
                if parameter.name.as_ref() == SECURITY_TOKEN_PARAMETER {
                    QueryParameter { name: parameter.name.clone(), value: Cow::Borrowed(REDACTED) }
                } else {
                    parameter.clone()
                }
            })
            .collect();
        append_canonical_query(&mut canonical_request, &redacted, excluded_parameter);
    } else {
        append_canonical_query(&mut canonical_request, query_parameters, excluded_parameter);
    }
    canonical_request.push(b'\n');

    for name in &claim.signed_headers {
        canonical_request.extend_from_slice(name.as_bytes());
        canonical_request.push(b':');
        let mut values = request.headers.get_all(name.as_str()).iter().peekable();
        if values.peek().is_none() {
            return Err(SigV4Error::SignedHeaderAbsent { name: name.clone() });
        }
        if redact_security_token && name.as_str() == X_AMZ_SECURITY_TOKEN.as_str() {
            canonical_request.extend_from_slice(REDACTED);
        } else {
            for (index, value) in values.enumerate() {
                if index > 0 {
                    canonical_request.push(b',');
                }
                append_trimmed_header_value(&mut canonical_request, value.as_bytes());
            }
        }
        canonical_request.push(b'\n');
    }
    canonical_request.push(b'\n');

    for (index, name) in claim.signed_headers.iter().enumerate() {
        if index > 0 {
            canonical_request.push(b';');
        }
        canonical_request.extend_from_slice(name.as_bytes());
    }
    canonical_request.push(b'\n');
    Ok(canonical_request)
}

/// `AWS4-HMAC-SHA256\nTIMESTAMP\nSCOPE\nhex(SHA-256(canonical request))`.
fn string_to_sign(signed_at_iso: &str, scope: &str, canonical_request: &[u8]) -> String {
    let canonical_request_hash = Sha256::digest(canonical_request);
    let mut string_to_sign = String::with_capacity(SIGV4_ALGORITHM.len() + signed_at_iso.len() + scope.len() + 67);
    string_to_sign.push_str(SIGV4_ALGORITHM);
    string_to_sign.push('\n');
    string_to_sign.push_str(signed_at_iso);
    string_to_sign.push('\n');
    string_to_sign.push_str(scope);
    string_to_sign.push('\n');
    string_to_sign.push_str(&hex::encode(canonical_request_hash));
    string_to_sign
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verifier_can_be_shared_between_threads() {
        fn assert_send_and_sync<T: Send + Sync>() {}
        assert_send_and_sync::<Verifier>();
        assert_send_and_sync::<SigV4Error>();
    }

    #[test]
    fn default_config_is_aws_like() {
        let config = VerifierConfig::default();
        assert_eq!(config.region, "us-east-1");
        assert_eq!(config.max_clock_skew, Duration::from_secs(900));
        assert!(!config.allow_unsigned_payload);
    }
}
