//! AWS errors: every failure Ferry reports, whatever crate it starts in, ends here as one `AwsError`
//! and is rendered by `protocol` in the wire format the calling client parses.

use std::borrow::Cow;
use std::fmt;

/// An error in AWS's terms: the HTTP status, the error code a client matches on
/// (`ClusterNotFoundException`) and a message a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsError {
    pub status: u16,
    pub code: Cow<'static, str>,
    pub message: String,
    /// What went wrong inside Ferry, for the log only (under the request id); never sent.
    pub internal_detail: Option<String>,
}

impl AwsError {
    pub fn new(status: u16, code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> AwsError {
        AwsError { status, code: code.into(), message: message.into(), internal_detail: None }
    }

    /// A client error (HTTP 400) with the given code.
    pub fn client(code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> AwsError {
        AwsError::new(400, code, message)
    }

    /// A failure inside Ferry. The details go to the log, never to the client: the client only
    /// learns the request id to quote.
    pub fn internal(code: &'static str) -> AwsError {
        AwsError::new(
            500,
            code,
            "Ferry hit an internal error while serving this request; the server log has the details under this request id.",
        )
    }

    /// Attaches what went wrong inside Ferry, to be logged with the request id.
    pub fn with_internal_detail(mut self, detail: impl Into<String>) -> AwsError {
        self.internal_detail = Some(detail.into());
        self
    }

    /// Whether the fault lies with the caller (4xx) rather than with Ferry (5xx); the Query
    /// protocol reports it as `<Type>Sender</Type>` or `<Type>Receiver</Type>`.
    pub fn is_sender_fault(&self) -> bool {
        self.status < 500
    }
}

impl fmt::Display for AwsError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{} ({}): {}", self.code, self.status, self.message)
    }
}

impl std::error::Error for AwsError {}
