//! Fuzz target: arbitrary bytes into the SigV4 parsers and into `Verifier::verify` with arbitrary
//! headers, query and path. Nothing may panic, every refusal must render as a 4xx AWS error, and
//! no message may reveal the secret.
//!
//! Raw bytes alone rarely get past the first check, so the input can also describe a signature
//! by its parts (known access key or not, current date or not, ...), which lets the fuzzer reach
//! the canonical request, the credential lookup and the signature comparison with arbitrary paths,
//! queries and headers.

#![no_main]

use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ferry_sigv4::{RequestToVerify, StaticCredentials, Verifier, VerifierConfig, parse_authorization_header, parse_presigned_query};
use http::header::{AUTHORIZATION, HeaderName, HeaderValue};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

const ACCESS_KEY_ID: &str = "FERRYFUZZ";
const SECRET_ACCESS_KEY: &str = "fuzz-secret-access-key-do-not-leak";
const REGION: &str = "us-east-1";
const SERVICE: &str = "ecs";

/// 2024-01-01T00:25:00Z, the server clock before the input's offset.
const FUZZ_NOW_UNIX_SECONDS: u64 = 1_704_068_700;
const FUZZ_NOW_ISO8601: &str = "20240101T002500Z";

#[derive(Debug, Arbitrary)]
struct FuzzRequest<'a> {
    /// Fed to `parse_authorization_header` as is, and sent as the header in `RawHeader` form.
    raw_authorization: &'a str,
    signature: SignatureForm<'a>,
    method: &'a str,
    path: &'a str,
    query: Option<&'a str>,
    headers: Vec<(HeaderChoice<'a>, &'a [u8])>,
    body: &'a [u8],
    /// The service the gateway expects; `None` for `ecs`.
    expected_service: Option<&'a str>,
    allow_unsigned_payload: bool,
    clock_offset_seconds: i16,
}

#[derive(Debug, Arbitrary)]
enum SignatureForm<'a> {
    Unsigned,
    RawHeader,
    ComposedHeader(ComposedSignature<'a>),
    ComposedQuery { signature: ComposedSignature<'a>, expires: &'a str },
}

#[derive(Debug, Arbitrary)]
struct ComposedSignature<'a> {
    access_key_id: Option<&'a str>,
    /// `None` for the server's current time.
    timestamp: Option<&'a str>,
    region: Option<&'a str>,
    service: Option<&'a str>,
    terminator: Option<&'a str>,
    signed_headers: Vec<HeaderChoice<'a>>,
    sign_host: bool,
    signature: [u8; 32],
    compact_separators: bool,
}

#[derive(Debug, Clone, Copy, Arbitrary)]
enum HeaderChoice<'a> {
    Host,
    XAmzDate,
    Date,
    XAmzContentSha256,
    XAmzSecurityToken,
    ContentType,
    XAmzTarget,
    Other(&'a str),
}

impl<'a> HeaderChoice<'a> {
    fn name(self) -> &'a str {
        match self {
            HeaderChoice::Host => "host",
            HeaderChoice::XAmzDate => "x-amz-date",
            HeaderChoice::Date => "date",
            HeaderChoice::XAmzContentSha256 => "x-amz-content-sha256",
            HeaderChoice::XAmzSecurityToken => "x-amz-security-token",
            HeaderChoice::ContentType => "content-type",
            HeaderChoice::XAmzTarget => "x-amz-target",
            HeaderChoice::Other(name) => name,
        }
    }
}

impl ComposedSignature<'_> {
    fn timestamp(&self) -> &str {
        self.timestamp.unwrap_or(FUZZ_NOW_ISO8601)
    }

    fn credential(&self) -> String {
        let date = self.timestamp().get(..8).unwrap_or(self.timestamp());
        format!(
            "{}/{}/{}/{}/{}",
            self.access_key_id.unwrap_or(ACCESS_KEY_ID),
            date,
            self.region.unwrap_or(REGION),
            self.service.unwrap_or(SERVICE),
            self.terminator.unwrap_or("aws4_request"),
        )
    }

    fn signed_headers(&self) -> String {
        let mut names: Vec<&str> = self.signed_headers.iter().map(|choice| choice.name()).collect();
        if self.sign_host {
            names.push("host");
        }
        names.join(";")
    }

    fn signature_hex(&self) -> String {
        self.signature.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    fn authorization_header(&self) -> String {
        let separator = if self.compact_separators { "," } else { ", " };
        format!(
            "AWS4-HMAC-SHA256 Credential={}{separator}SignedHeaders={}{separator}Signature={}",
            self.credential(),
            self.signed_headers(),
            self.signature_hex()
        )
    }

    fn presigned_query(&self, expires: &str) -> String {
        let encode = |text: &str| -> String {
            text.bytes()
                .map(|byte| match byte {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (byte as char).to_string(),
                    _ => format!("%{byte:02X}"),
                })
                .collect()
        };
        format!(
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={}&X-Amz-Date={}&X-Amz-Expires={}&X-Amz-SignedHeaders={}&X-Amz-Signature={}",
            encode(&self.credential()),
            encode(self.timestamp()),
            encode(expires),
            encode(&self.signed_headers()),
            self.signature_hex()
        )
    }
}

fn verifiers() -> &'static [Verifier; 2] {
    static VERIFIERS: OnceLock<[Verifier; 2]> = OnceLock::new();
    VERIFIERS.get_or_init(|| {
        let credentials =
            Arc::new(StaticCredentials::new().with_credential(ACCESS_KEY_ID, SECRET_ACCESS_KEY, "arn:aws:iam::000000000000:root"));
        let strict = VerifierConfig::new(REGION);
        let permissive = VerifierConfig { allow_unsigned_payload: true, ..VerifierConfig::new(REGION) };
        [Verifier::new(strict, credentials.clone()), Verifier::new(permissive, credentials)]
    })
}

fn append_header(headers: &mut http::HeaderMap, name: &str, value: &[u8]) {
    if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_bytes(value)) {
        headers.append(name, value);
    }
}

fuzz_target!(|input: FuzzRequest<'_>| {
    let _ = parse_authorization_header(input.raw_authorization);
    if let Some(query) = input.query {
        let _ = parse_presigned_query(query);
    }

    let mut headers = http::HeaderMap::new();
    for (choice, value) in &input.headers {
        append_header(&mut headers, choice.name(), value);
    }
    let mut query = input.query.map(str::to_owned);
    match &input.signature {
        SignatureForm::Unsigned => {}
        SignatureForm::RawHeader => append_header(&mut headers, AUTHORIZATION.as_str(), input.raw_authorization.as_bytes()),
        SignatureForm::ComposedHeader(signature) => {
            append_header(&mut headers, AUTHORIZATION.as_str(), signature.authorization_header().as_bytes());
            if !headers.contains_key("x-amz-date") {
                append_header(&mut headers, "x-amz-date", signature.timestamp().as_bytes());
            }
        }
        SignatureForm::ComposedQuery { signature, expires } => {
            let presigned = signature.presigned_query(expires);
            let _ = parse_presigned_query(&presigned);
            query = Some(match query {
                Some(query) if !query.is_empty() => format!("{query}&{presigned}"),
                _ => presigned,
            });
        }
    }

    let request = RequestToVerify { method: input.method, path: input.path, query: query.as_deref(), headers: &headers, body: input.body };
    let offset = Duration::from_secs(u64::from(input.clock_offset_seconds.unsigned_abs()));
    let base = UNIX_EPOCH + Duration::from_secs(FUZZ_NOW_UNIX_SECONDS);
    let now: SystemTime = if input.clock_offset_seconds < 0 { base - offset } else { base + offset };
    let verifier = &verifiers()[usize::from(input.allow_unsigned_payload)];
    let expected_service = input.expected_service.unwrap_or(SERVICE);

    match verifier.verify(&request, expected_service, now) {
        Ok(verified) => {
            // Only a real HMAC gets here; the fuzzer cannot forge one.
            panic!("verified a request the fuzzer made up: {verified:?}");
        }
        Err(error) => {
            assert!((400..500).contains(&error.http_status()), "{error:?}");
            assert!(!error.json_error_code().is_empty() && !error.query_error_code().is_empty());
            let message = error.message();
            assert!(!message.contains(SECRET_ACCESS_KEY), "{message}");
            let _ = error.to_string();
        }
    }
});
