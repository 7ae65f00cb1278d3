//! Why a request failed SigV4 verification, and how each failure is rendered as an AWS error.
//!
//! Every variant maps to exactly one HTTP status and, per protocol, one error code, so the
//! gateway renders a failure in one place. Messages follow AWS's own wording (clients and people
//! search for it; botocore and other SDKs parse the clock-skew ones), followed where it helps by a
//! hint a person can act on. No message ever carries a secret or the signature Ferry expected.

/// The error code family a failure belongs to; it decides the code each protocol sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FailureFamily {
    /// The request carries no signature at all.
    MissingAuthentication,
    /// The signature is malformed or incomplete: the client built it wrongly.
    IncompleteSignature,
    /// The access key id is not one Ferry knows.
    UnrecognizedClient,
    /// The signature is well formed but does not prove what it must.
    InvalidSignature,
    /// A presigned URL whose lifetime has passed.
    PresignedUrlExpired,
}

/// A request that failed SigV4 verification.
///
/// `Display` gives a short, log-friendly summary; [`SigV4Error::message`] gives the text sent to
/// the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SigV4Error {
    /// Neither an `Authorization` header nor a presigned `X-Amz-Algorithm` query parameter.
    #[error("the request carries no SigV4 signature")]
    MissingAuthenticationToken,

    /// The `Authorization` header (or `X-Amz-Algorithm`) names an algorithm other than
    /// `AWS4-HMAC-SHA256`.
    #[error("unsupported signing algorithm {algorithm:?}")]
    UnsupportedAlgorithm { algorithm: String },

    /// A component of the `Authorization` header without an equal sign.
    #[error("authorization component {component:?} is not a key=value pair")]
    MalformedAuthorizationComponent { component: String },

    /// The same component (`Credential`, `SignedHeaders`, `Signature`) given twice.
    #[error("authorization component {component:?} given more than once")]
    RepeatedAuthorizationComponent { component: String },

    /// Required components of the `Authorization` header are absent or empty.
    #[error("authorization header lacks {missing:?}")]
    MissingAuthorizationComponents { missing: Vec<&'static str> },

    /// Required presigned query parameters are absent or empty.
    #[error("presigned query lacks {missing:?}")]
    MissingPresignedParameters { missing: Vec<&'static str> },

    /// A presigned `X-Amz-*` query parameter given more than once.
    #[error("query parameter {name:?} given more than once")]
    RepeatedQueryParameter { name: String },

    /// A header that must appear at most once (`Authorization`, `X-Amz-Date`) appears more often.
    #[error("header {name:?} given more than once")]
    RepeatedHeader { name: &'static str },

    /// The credential is not `access-key-id/date/region/service/terminator`.
    #[error("malformed credential {credential:?}")]
    MalformedCredential { credential: String },

    /// The signature is not 64 hexadecimal digits.
    #[error("malformed signature")]
    MalformedSignature,

    /// Neither `X-Amz-Date` nor `Date` is present.
    #[error("the request carries neither X-Amz-Date nor Date")]
    MissingDate,

    /// The date header or parameter cannot be parsed.
    #[error("unparsable {field} {value:?}")]
    MalformedDate { field: &'static str, value: String },

    /// `SignedHeaders` does not include `host`.
    #[error("host is not a signed header")]
    HostNotSigned,

    /// A header the service routes or acts on is in the request but not among `SignedHeaders`,
    /// so a captured request could be replayed with it changed.
    #[error("header {name:?} must be signed")]
    RequiredHeaderNotSigned { name: String },

    /// A header named in `SignedHeaders` is not in the request.
    #[error("signed header {name:?} is not in the request")]
    SignedHeaderAbsent { name: String },

    /// `X-Amz-Expires` is not a number between 1 and 604800.
    #[error("invalid X-Amz-Expires {value:?}")]
    MalformedExpires { value: String },

    /// `x-amz-content-sha256` announces a payload that is not signed (`UNSIGNED-PAYLOAD` where
    /// the service does not allow it, or an S3 streaming mode Ferry does not implement).
    #[error("payload hash mode {value:?} is not accepted")]
    UnsignedPayloadRefused { value: String },

    /// The access key id is unknown (or its session token is not valid).
    #[error("unknown access key id {access_key_id:?}")]
    UnrecognizedClient { access_key_id: String },

    /// The signature does not match the one Ferry computed. The canonical request and the
    /// string to sign are kept so a person can compare them with what their client signed.
    #[error("signature does not match")]
    SignatureDoesNotMatch { canonical_request: String, string_to_sign: String },

    /// The credential scope names a region other than the one this Ferry serves.
    #[error("credential scoped to region {scoped_region:?}, serving {served_region:?}")]
    WrongRegion { scoped_region: String, served_region: String },

    /// The credential scope names a service other than the one the request is for.
    #[error("credential scoped to service {scoped_service:?}, expected {expected_service:?}")]
    WrongService { scoped_service: String, expected_service: String },

    /// The date in the credential scope is not the date of the request's timestamp.
    #[error("credential scope date {scope_date:?} does not match request date {request_date_time:?}")]
    ScopeDateMismatch { scope_date: String, request_date_time: String },

    /// The credential scope does not end in `aws4_request`.
    #[error("credential scope terminator {terminator:?} is not aws4_request")]
    InvalidScopeTerminator { terminator: String },

    /// `x-amz-content-sha256` does not match the SHA-256 of the body received.
    #[error("x-amz-content-sha256 does not match the body")]
    ContentSha256Mismatch,

    /// The request was signed longer ago than the allowed clock skew.
    #[error("signature expired: signed {signed_at}, now {now}")]
    SignatureExpired { signed_at: String, earliest_accepted: String, now: String, max_clock_skew: String },

    /// The request was signed further in the future than the allowed clock skew.
    #[error("signature not yet current: signed {signed_at}, now {now}")]
    SignatureNotYetCurrent { signed_at: String, latest_accepted: String, now: String, max_clock_skew: String },

    /// A presigned URL used after `X-Amz-Date` + `X-Amz-Expires`.
    #[error("presigned URL expired at {expired_at}, now {now}")]
    PresignedUrlExpired { signed_at: String, expires_in_seconds: u64, expired_at: String, now: String },
}

impl SigV4Error {
    fn family(&self) -> FailureFamily {
        match self {
            SigV4Error::MissingAuthenticationToken => FailureFamily::MissingAuthentication,
            SigV4Error::UnsupportedAlgorithm { .. }
            | SigV4Error::MalformedAuthorizationComponent { .. }
            | SigV4Error::RepeatedAuthorizationComponent { .. }
            | SigV4Error::MissingAuthorizationComponents { .. }
            | SigV4Error::MissingPresignedParameters { .. }
            | SigV4Error::RepeatedQueryParameter { .. }
            | SigV4Error::RepeatedHeader { .. }
            | SigV4Error::MalformedCredential { .. }
            | SigV4Error::MalformedSignature
            | SigV4Error::MissingDate
            | SigV4Error::MalformedDate { .. }
            | SigV4Error::HostNotSigned
            | SigV4Error::RequiredHeaderNotSigned { .. }
            | SigV4Error::SignedHeaderAbsent { .. }
            | SigV4Error::MalformedExpires { .. }
            | SigV4Error::UnsignedPayloadRefused { .. } => FailureFamily::IncompleteSignature,
            SigV4Error::UnrecognizedClient { .. } => FailureFamily::UnrecognizedClient,
            SigV4Error::SignatureDoesNotMatch { .. }
            | SigV4Error::WrongRegion { .. }
            | SigV4Error::WrongService { .. }
            | SigV4Error::ScopeDateMismatch { .. }
            | SigV4Error::InvalidScopeTerminator { .. }
            | SigV4Error::ContentSha256Mismatch
            | SigV4Error::SignatureExpired { .. }
            | SigV4Error::SignatureNotYetCurrent { .. } => FailureFamily::InvalidSignature,
            SigV4Error::PresignedUrlExpired { .. } => FailureFamily::PresignedUrlExpired,
        }
    }

    /// The `__type` an AWS JSON-protocol service (ECS, ECR, ...) returns for this failure.
    pub fn json_error_code(&self) -> &'static str {
        match self.family() {
            FailureFamily::MissingAuthentication => "MissingAuthenticationTokenException",
            FailureFamily::IncompleteSignature => "IncompleteSignatureException",
            FailureFamily::UnrecognizedClient => "UnrecognizedClientException",
            FailureFamily::InvalidSignature | FailureFamily::PresignedUrlExpired => "InvalidSignatureException",
        }
    }

    /// The `<Code>` an AWS Query-protocol service (ELBv2, STS, IAM) returns for this failure.
    ///
    /// Clock-skew failures use `SignatureDoesNotMatch`, as STS and IAM do; botocore treats it as
    /// a clock-skew code and reads the time from the message.
    pub fn query_error_code(&self) -> &'static str {
        match self.family() {
            FailureFamily::MissingAuthentication => "MissingAuthenticationToken",
            FailureFamily::IncompleteSignature => "IncompleteSignature",
            FailureFamily::UnrecognizedClient => "InvalidClientTokenId",
            FailureFamily::InvalidSignature => "SignatureDoesNotMatch",
            FailureFamily::PresignedUrlExpired => "AccessDenied",
        }
    }

    /// The HTTP status to answer with; always a 4xx, since every failure is the sender's.
    ///
    /// Clock-skew and payload-hash failures are 400, as AWS JSON services answer them; the other
    /// authentication failures are 403.
    pub fn http_status(&self) -> u16 {
        match self {
            SigV4Error::ContentSha256Mismatch | SigV4Error::SignatureExpired { .. } | SigV4Error::SignatureNotYetCurrent { .. } => 400,
            _ => match self.family() {
                FailureFamily::IncompleteSignature => 400,
                FailureFamily::MissingAuthentication
                | FailureFamily::UnrecognizedClient
                | FailureFamily::InvalidSignature
                | FailureFamily::PresignedUrlExpired => 403,
            },
        }
    }

    /// The message sent to the client: AWS's wording, then a hint a person can act on.
    pub fn message(&self) -> String {
        match self {
            SigV4Error::MissingAuthenticationToken => "Missing Authentication Token. Sign the request with AWS Signature \
                 Version 4 (an Authorization header or a presigned URL) using the access key Ferry was \
                 configured with."
                .to_owned(),
            SigV4Error::UnsupportedAlgorithm { algorithm } => format!(
                "Unsupported AWS 'algorithm': '{}'. Ferry accepts only 'AWS4-HMAC-SHA256' (AWS Signature \
                 Version 4).",
                printable(algorithm)
            ),
            SigV4Error::MalformedAuthorizationComponent { component } => format!(
                "'{}' not a valid key=value pair (missing equal-sign) in Authorization header. The header \
                 must read 'AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...'.",
                printable(component)
            ),
            SigV4Error::RepeatedAuthorizationComponent { component } => format!(
                "Authorization header contains '{}' more than once. Send each of Credential, SignedHeaders \
                 and Signature exactly once.",
                printable(component)
            ),
            SigV4Error::MissingAuthorizationComponents { missing } => missing
                .iter()
                .map(|component| format!("Authorization header requires '{component}' parameter."))
                .collect::<Vec<_>>()
                .join(" "),
            SigV4Error::MissingPresignedParameters { missing } => format!(
                "AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential', \
                 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders' and 'X-Amz-Expires'. Re-examine \
                 the query-string parameters: missing {}.",
                quoted_list(missing)
            ),
            SigV4Error::RepeatedQueryParameter { name } => {
                format!("Query-string parameter '{}' appears more than once. Presign the URL again.", printable(name))
            }
            SigV4Error::RepeatedHeader { name } => {
                format!("The request contains more than one '{name}' header. Send it exactly once.")
            }
            SigV4Error::MalformedCredential { credential } => format!(
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, \
                 got '{}'.",
                printable(credential)
            ),
            SigV4Error::MalformedSignature => "The signature must be 64 hexadecimal characters (a hex-encoded HMAC-SHA256).".to_owned(),
            SigV4Error::MissingDate => "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.".to_owned(),
            SigV4Error::MalformedDate { field, value } => match *field {
                "Date" => format!(
                    "Date header must be an RFC 1123 date such as 'Sun, 06 Nov 1994 08:49:37 GMT', got '{}'. \
                     Prefer sending X-Amz-Date.",
                    printable(value)
                ),
                _ => format!(
                    "{field} must be in ISO-8601 basic format (YYYYMMDD'T'HHMMSS'Z', e.g. 20150830T123600Z), \
                     got '{}'.",
                    printable(value)
                ),
            },
            SigV4Error::HostNotSigned => "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.".to_owned(),
            SigV4Error::RequiredHeaderNotSigned { name } => {
                format!("'{}' is in the request but not a SignedHeader; sign it (the AWS SDKs do).", printable(name))
            }
            SigV4Error::SignedHeaderAbsent { name } => {
                format!("'{}' is named as a SignedHeader, but it does not exist in the HTTP request.", printable(name))
            }
            SigV4Error::MalformedExpires { value } => {
                format!("X-Amz-Expires must be a number of seconds from 1 to 604800 (one week), got '{}'.", printable(value))
            }
            SigV4Error::UnsignedPayloadRefused { value } => format!(
                "x-amz-content-sha256 '{}' is not accepted by this service: sign the payload, and send its \
                 hex SHA-256 in x-amz-content-sha256 or leave the header out.",
                printable(value)
            ),
            SigV4Error::UnrecognizedClient { access_key_id } => format!(
                "The security token included in the request is invalid. Ferry knows no access key id '{}' \
                 (or its session token is not valid): check the credentials your client uses.",
                printable(access_key_id)
            ),
            SigV4Error::SignatureDoesNotMatch { canonical_request, string_to_sign } => format!(
                "The request signature we calculated does not match the signature you provided. Check your \
                 AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n\
                 The Canonical String for this request should have been\n'{canonical_request}'\n\n\
                 The String-to-Sign should have been\n'{string_to_sign}'\n"
            ),
            SigV4Error::WrongRegion { scoped_region, served_region } => format!(
                "Credential should be scoped to a valid region, not '{}'. This Ferry serves '{}'.",
                printable(scoped_region),
                served_region
            ),
            SigV4Error::WrongService { expected_service, .. } => {
                format!("Credential should be scoped to correct service: '{expected_service}'.")
            }
            SigV4Error::ScopeDateMismatch { scope_date, request_date_time } => format!(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: \
                 '{}' != '{}', from '{}'.",
                printable(scope_date),
                request_date_time.get(..8).unwrap_or(request_date_time),
                request_date_time
            ),
            SigV4Error::InvalidScopeTerminator { terminator } => {
                format!("Credential should be scoped with a valid terminator: 'aws4_request', not '{}'.", printable(terminator))
            }
            SigV4Error::ContentSha256Mismatch => {
                "The provided 'x-amz-content-sha256' header does not match what was computed. Send the hex \
                 SHA-256 of the exact body, or leave the header out."
                    .to_owned()
            }
            // These two are kept exactly in AWS's form: SDKs parse them to correct their clocks.
            SigV4Error::SignatureExpired { signed_at, earliest_accepted, now, max_clock_skew } => {
                format!("Signature expired: {signed_at} is now earlier than {earliest_accepted} ({now} - {max_clock_skew})")
            }
            SigV4Error::SignatureNotYetCurrent { signed_at, latest_accepted, now, max_clock_skew } => format!(
                "Signature not yet current: {signed_at} is still later than {latest_accepted} ({now} + \
                 {max_clock_skew})"
            ),
            SigV4Error::PresignedUrlExpired { signed_at, expires_in_seconds, expired_at, now } => format!(
                "Request has expired. The URL was presigned at {signed_at} for {expires_in_seconds} seconds, so \
                 it expired at {expired_at}; the server time is {now}. Presign it again."
            ),
        }
    }
}

/// Client-supplied text echoed in a message, cut short and stripped of control characters so a
/// hostile header cannot inflate or garble the response.
fn printable(text: &str) -> String {
    const MAX_ECHOED_CHARS: usize = 128;
    let mut echoed: String =
        text.chars().take(MAX_ECHOED_CHARS).map(|character| if character.is_control() { '?' } else { character }).collect();
    if text.chars().count() > MAX_ECHOED_CHARS {
        echoed.push_str("...");
    }
    echoed
}

fn quoted_list(names: &[&str]) -> String {
    names.iter().map(|name| format!("'{name}'")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_the_family_table() {
        let missing = SigV4Error::MissingAuthenticationToken;
        assert_eq!(
            (missing.json_error_code(), missing.query_error_code(), missing.http_status()),
            ("MissingAuthenticationTokenException", "MissingAuthenticationToken", 403)
        );
        let incomplete = SigV4Error::MissingAuthorizationComponents { missing: vec!["Signature"] };
        assert_eq!(
            (incomplete.json_error_code(), incomplete.query_error_code(), incomplete.http_status()),
            ("IncompleteSignatureException", "IncompleteSignature", 400)
        );
        assert_eq!(incomplete.message(), "Authorization header requires 'Signature' parameter.");
        let unknown = SigV4Error::UnrecognizedClient { access_key_id: "AKID".into() };
        assert_eq!(
            (unknown.json_error_code(), unknown.query_error_code(), unknown.http_status()),
            ("UnrecognizedClientException", "InvalidClientTokenId", 403)
        );
        assert!(unknown.message().starts_with("The security token included in the request is invalid."));
        let mismatch = SigV4Error::SignatureDoesNotMatch { canonical_request: "c".into(), string_to_sign: "s".into() };
        assert_eq!(
            (mismatch.json_error_code(), mismatch.query_error_code(), mismatch.http_status()),
            ("InvalidSignatureException", "SignatureDoesNotMatch", 403)
        );
        let expired = SigV4Error::PresignedUrlExpired {
            signed_at: "20240101T000000Z".into(),
            expires_in_seconds: 60,
            expired_at: "20240101T000100Z".into(),
            now: "20240101T000200Z".into(),
        };
        assert_eq!(
            (expired.json_error_code(), expired.query_error_code(), expired.http_status()),
            ("InvalidSignatureException", "AccessDenied", 403)
        );
        assert!(expired.message().starts_with("Request has expired"));
    }

    #[test]
    fn clock_skew_messages_keep_aws_form() {
        let expired = SigV4Error::SignatureExpired {
            signed_at: "20240101T000000Z".into(),
            earliest_accepted: "20240101T001000Z".into(),
            now: "20240101T002500Z".into(),
            max_clock_skew: "15 min.".into(),
        };
        assert_eq!(
            expired.message(),
            "Signature expired: 20240101T000000Z is now earlier than 20240101T001000Z (20240101T002500Z - 15 min.)"
        );
        assert_eq!(expired.http_status(), 400);
        let future = SigV4Error::SignatureNotYetCurrent {
            signed_at: "20240101T010000Z".into(),
            latest_accepted: "20240101T004000Z".into(),
            now: "20240101T002500Z".into(),
            max_clock_skew: "15 min.".into(),
        };
        assert_eq!(
            future.message(),
            "Signature not yet current: 20240101T010000Z is still later than 20240101T004000Z (20240101T002500Z + 15 min.)"
        );
    }

    #[test]
    fn scope_messages_name_what_is_expected() {
        let region = SigV4Error::WrongRegion { scoped_region: "eu-west-1".into(), served_region: "us-east-1".into() };
        assert_eq!(region.message(), "Credential should be scoped to a valid region, not 'eu-west-1'. This Ferry serves 'us-east-1'.");
        let service = SigV4Error::WrongService { scoped_service: "sts".into(), expected_service: "ecs".into() };
        assert_eq!(service.message(), "Credential should be scoped to correct service: 'ecs'.");
        let date = SigV4Error::ScopeDateMismatch { scope_date: "20150830".into(), request_date_time: "20150831T000000Z".into() };
        assert_eq!(
            date.message(),
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: \
             '20150830' != '20150831', from '20150831T000000Z'."
        );
    }

    #[test]
    fn echoed_client_text_is_bounded_and_printable() {
        let long = "a\u{7}".repeat(200);
        let message = SigV4Error::MalformedCredential { credential: long }.message();
        assert!(!message.contains('\u{7}'));
        assert!(message.len() < 400);
    }

    #[test]
    fn every_status_is_a_client_error() {
        let all = [
            SigV4Error::MissingAuthenticationToken,
            SigV4Error::MalformedSignature,
            SigV4Error::ContentSha256Mismatch,
            SigV4Error::HostNotSigned,
            SigV4Error::MissingDate,
            SigV4Error::UnrecognizedClient { access_key_id: String::new() },
        ];
        for error in all {
            assert!((400..500).contains(&error.http_status()), "{error:?}");
        }
    }
}
