//! AWS Signature Version 4 verification for every request Ferry serves.
//!
//! Ferry speaks the AWS APIs to unmodified AWS clients, so it must accept exactly the signatures
//! their signers produce — the `Authorization` header and presigned URLs, for non-S3 services —
//! and refuse everything else with the error codes and messages those clients expect.
//!
//! ```
//! use std::sync::Arc;
//! use ferry_sigv4::{StaticCredentials, Verifier, VerifierConfig};
//!
//! let credentials = StaticCredentials::new().with_credential(
//!     "FERRYEXAMPLEKEYID",
//!     "example-secret-access-key",
//!     "arn:aws:iam::000000000000:root",
//! );
//! let verifier = Verifier::new(VerifierConfig::new("us-east-1"), Arc::new(credentials));
//! # let _ = verifier;
//! // For each request: verifier.verify(&request, "ecs", SystemTime::now())
//! ```
//!
//! The pieces: `authorization` parses where a signature travels, `canonical` rebuilds the
//! canonical request, `signing_key` derives and caches signing keys, `timestamp` reads and prints
//! SigV4 times, `verifier` runs the checks in order, and `error` says how each failure reads to a
//! client.
//!
//! # Choices where clients disagree
//!
//! The SDKs' signers agree on every request they actually send; where they could differ, Ferry
//! chooses as follows (each choice is pinned by a test):
//!
//! - A `+` in the query is a space, as the SDK for Rust reads it; botocore never sends a raw `+`.
//! - A percent-encoded query byte sequence that is not UTF-8 is re-encoded byte for byte, as
//!   botocore signs it (the SDK for Rust would substitute U+FFFD first).
//! - Header values are trimmed of spaces only, and only runs of spaces collapse: tabs are kept,
//!   as the SDK for Rust keeps them (hyper has already removed them at the ends).
//! - `SignedHeaders` is used in the order the client listed it; signers list it sorted.
//! - A presigned URL without `x-amz-content-sha256` is checked against the body's hash and, only
//!   where `allow_unsigned_payload` is set, also against `UNSIGNED-PAYLOAD` (S3-style presigning).
//! - Clock-skew failures are `SignatureDoesNotMatch` in the Query protocol, as STS and IAM answer.
//!
//! The verifier reads `host` from the headers. Over HTTP/2 the authority travels in the
//! `:authority` pseudo-header instead, so a server that accepts HTTP/2 must copy the request
//! URI's authority into a `host` header before verifying.

mod authorization;
mod canonical;
mod credentials;
mod error;
mod signing_key;
mod timestamp;
mod verifier;

pub use authorization::{
    AuthorizationHeader, CredentialScope, MAX_PRESIGNED_EXPIRES_SECONDS, PresignedParameters, SCOPE_TERMINATOR, SIGV4_ALGORITHM,
    parse_authorization_header, parse_presigned_query,
};
pub use credentials::{CredentialLookup, ResolvedCredential, SecretAccessKey, StaticCredentials};
pub use error::SigV4Error;
pub use verifier::{RequestToVerify, SignatureLocation, VerifiedRequest, Verifier, VerifierConfig};
