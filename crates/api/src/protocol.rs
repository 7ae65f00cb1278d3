//! The wire formats of AWS APIs and how Ferry renders answers and errors in each.
//!
//! AWS JSON 1.0 and 1.1 (ECS, ECR, EventBridge, CloudWatch Logs, Application Auto Scaling, App
//! Runner) carry errors as `{"__type": code, "message": ...}`; AWS Query (ELBv2, IAM, STS) as an
//! `<ErrorResponse>` XML document. Rendering happens here and nowhere else.

use bytes::Bytes;
use http::header::{CONTENT_TYPE, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::Full;

use crate::error::AwsError;

pub const REQUEST_ID_HEADER: &str = "x-amzn-requestid";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
    AwsQuery,
}

impl Protocol {
    pub fn content_type(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
            Protocol::AwsQuery => "text/xml",
        }
    }

    /// Renders a successful answer whose body the service already serialized.
    pub fn success(self, body: Bytes, request_id: &str) -> Response<Full<Bytes>> {
        response(StatusCode::OK, self.content_type(), body, request_id)
    }

    /// Renders an error in this protocol's format.
    pub fn error(self, error: &AwsError, request_id: &str) -> Response<Full<Bytes>> {
        let status = StatusCode::from_u16(error.status).unwrap_or(StatusCode::BAD_REQUEST);
        match self {
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => {
                let body = serde_json::json!({ "__type": error.code, "message": error.message });
                let mut rendered = response(status, self.content_type(), Bytes::from(body.to_string()), request_id);
                // Some SDKs read the code from this header before the body; AWS sends both.
                if let Ok(value) = HeaderValue::from_str(&error.code) {
                    rendered.headers_mut().insert("x-amzn-errortype", value);
                }
                rendered
            }
            Protocol::AwsQuery => {
                let fault = if error.is_sender_fault() { "Sender" } else { "Receiver" };
                let body = format!(
                    "<ErrorResponse><Error><Type>{fault}</Type><Code>{}</Code><Message>{}</Message></Error><RequestId>{}</RequestId></ErrorResponse>",
                    escape_xml(&error.code),
                    escape_xml(&error.message),
                    escape_xml(request_id)
                );
                response(status, self.content_type(), Bytes::from(body), request_id)
            }
        }
    }
}

fn response(status: StatusCode, content_type: &'static str, body: Bytes, request_id: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert(REQUEST_ID_HEADER, value);
    }
    response
}

/// Escapes text for an XML element body.
pub fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    async fn body_text(response: Response<Full<Bytes>>) -> String {
        String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
    }

    #[tokio::test]
    async fn json_errors_carry_type_message_and_request_id() {
        let error = AwsError::client("ClusterNotFoundException", "Cluster not found.");
        let response = Protocol::AwsJson1_1.error(&error, "req-1");
        assert_eq!(response.status(), 400);
        assert_eq!(response.headers()[REQUEST_ID_HEADER], "req-1");
        assert_eq!(response.headers()["x-amzn-errortype"], "ClusterNotFoundException");
        let body: serde_json::Value = serde_json::from_str(&body_text(response).await).unwrap();
        assert_eq!(body, serde_json::json!({"__type": "ClusterNotFoundException", "message": "Cluster not found."}));
    }

    #[tokio::test]
    async fn query_errors_are_escaped_xml() {
        let error = AwsError::new(403, "SignatureDoesNotMatch", "a < b & c");
        let text = body_text(Protocol::AwsQuery.error(&error, "req-2")).await;
        assert_eq!(
            text,
            "<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>a &lt; b &amp; c</Message></Error><RequestId>req-2</RequestId></ErrorResponse>"
        );
    }
}
