//! `HttpControlPlane` against a small HTTP server that verifies every request with Ferry's own
//! SigV4 verifier (as the gateway does) and answers like the control plane.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use bytes::Bytes;
use ferry_agent::{ControlPlane, ControlPlaneError, HttpControlPlane};
use ferry_ecs::agent_channel::PollTasksRequest;
use ferry_ecs::generated::SubmitTaskStateChangeRequest;
use ferry_sigv4::{RequestToVerify, StaticCredentials, Verifier, VerifierConfig};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;

const ACCESS_KEY_ID: &str = "AKIAFERRYAGENTTEST";
const SECRET: &str = "agent-test-secret";

/// Starts the server; returns its URL and the targets it was called with.
async fn serve() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let targets = Arc::new(Mutex::new(Vec::new()));
    let verifier = Arc::new(Verifier::new(
        VerifierConfig::new("us-east-1"),
        Arc::new(StaticCredentials::new().with_credential(ACCESS_KEY_ID, SECRET, "arn:aws:iam::000000000000:root")),
    ));
    let seen = targets.clone();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let verifier = verifier.clone();
            let seen = seen.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request: http::Request<hyper::body::Incoming>| {
                    let verifier = verifier.clone();
                    let seen = seen.clone();
                    async move {
                        let (parts, body) = request.into_parts();
                        let body = body.collect().await.unwrap().to_bytes();
                        let to_verify = RequestToVerify {
                            method: parts.method.as_str(),
                            path: parts.uri.path(),
                            query: parts.uri.query(),
                            headers: &parts.headers,
                            body: &body,
                        };
                        let target = parts.headers.get("x-amz-target").and_then(|value| value.to_str().ok()).unwrap_or_default().to_owned();
                        let (status, answer) =
                            match verifier.verify_requiring_signed(&to_verify, "ecs", SystemTime::now(), &["x-amz-target"]) {
                                Err(error) => {
                                    (403, serde_json::json!({"__type": error.json_error_code(), "message": error.message()}).to_string())
                                }
                                Ok(_) => {
                                    seen.lock().unwrap().push(target.clone());
                                    assert_eq!(parts.headers["content-type"], "application/x-amz-json-1.1");
                                    match target.as_str() {
                                        "FerryAgentV20261127.PollTasks" => {
                                            (200, r#"{"revision":7,"containerInstanceStatus":"ACTIVE","tasks":[]}"#.to_owned())
                                        }
                                        "AmazonEC2ContainerServiceV20141113.SubmitTaskStateChange" => (
                                            400,
                                            r#"{"__type":"InvalidParameterException","message":"The referenced task was not found."}"#
                                                .to_owned(),
                                        ),
                                        _ => (500, r#"{"__type":"ServerException","message":"boom"}"#.to_owned()),
                                    }
                                }
                            };
                        let mut response = http::Response::new(Full::new(Bytes::from(answer)));
                        *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });
    (url, targets)
}

#[tokio::test]
async fn calls_are_signed_so_the_gateway_accepts_them_and_errors_keep_their_aws_code() {
    let (url, targets) = serve().await;
    let control_plane = HttpControlPlane::new(&url, "us-east-1", ACCESS_KEY_ID, SECRET).unwrap();

    let answer = control_plane
        .poll_tasks(PollTasksRequest {
            cluster: "default".into(),
            container_instance: "arn".into(),
            after_revision: 0,
            wait_seconds: Some(1),
        })
        .await
        .unwrap();
    assert_eq!(answer.revision, 7);
    assert_eq!(answer.container_instance_status, "ACTIVE");

    let refused = control_plane.submit_task_state_change(SubmitTaskStateChangeRequest::default()).await.unwrap_err();
    assert_eq!(
        refused,
        ControlPlaneError::Service {
            status: 400,
            code: "InvalidParameterException".into(),
            message: "The referenced task was not found.".into()
        }
    );
    assert!(!refused.is_retryable());
    assert_eq!(targets.lock().unwrap().len(), 2, "both requests passed signature verification");

    let wrong_key = HttpControlPlane::new(&url, "us-east-1", ACCESS_KEY_ID, "not-the-secret").unwrap();
    let error = wrong_key
        .poll_tasks(PollTasksRequest {
            cluster: "default".into(),
            container_instance: "arn".into(),
            after_revision: 0,
            wait_seconds: Some(1),
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("InvalidSignatureException"));
}

#[tokio::test]
async fn an_unreachable_control_plane_is_a_retryable_transport_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let control_plane = HttpControlPlane::new(&format!("http://127.0.0.1:{port}"), "us-east-1", ACCESS_KEY_ID, SECRET).unwrap();
    let error = control_plane
        .poll_tasks(PollTasksRequest {
            cluster: "default".into(),
            container_instance: "arn".into(),
            after_revision: 0,
            wait_seconds: Some(1),
        })
        .await
        .unwrap_err();
    assert!(matches!(error, ControlPlaneError::Transport(_)), "{error:?}");
    assert!(error.is_retryable());
}
