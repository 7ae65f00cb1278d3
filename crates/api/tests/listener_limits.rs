//! What an unauthenticated client can hold is bounded: a connection that sends no request, a
//! body that stalls, and an operation header outside the signature are all cut off.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use ferry_api::gateway::{Gateway, GatewayConfig};
use ferry_api::server::{ListenerConfig, serve};
use ferry_api::{AwsError, JsonService, JsonServiceDescription, Protocol, RequestContext};
use ferry_core::SystemClock;
use ferry_sigv4::{StaticCredentials, Verifier, VerifierConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A service that answers every operation with `{}`.
struct EmptyService;

#[async_trait::async_trait]
impl JsonService for EmptyService {
    fn description(&self) -> JsonServiceDescription {
        JsonServiceDescription {
            target_prefix: "Test_20260101",
            signing_name: "test",
            protocol: Protocol::AwsJson1_1,
            operation_names: &["Ping"],
        }
    }

    async fn call(&self, _operation: &'static str, _body: Bytes, _context: &RequestContext) -> Result<Bytes, AwsError> {
        Ok(Bytes::from_static(b"{}"))
    }
}

async fn start(gateway_config: GatewayConfig, listener_config: ListenerConfig) -> std::net::SocketAddr {
    let credentials = StaticCredentials::new().with_credential("AKIDLIMITS", "secret", "arn:aws:iam::000000000000:root");
    let verifier = Verifier::new(VerifierConfig::new("us-east-1"), Arc::new(credentials));
    let mut gateway = Gateway::new(gateway_config, verifier, Arc::new(SystemClock));
    gateway.add_json_service(Arc::new(EmptyService));
    let gateway = Arc::new(gateway);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, gateway, listener_config, std::future::pending()));
    address
}

/// Reads until the server closes the connection; the bytes it sent before closing.
async fn read_until_closed(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let outcome = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut received)).await;
    assert!(outcome.is_ok(), "the server kept the connection open");
    String::from_utf8_lossy(&received).into_owned()
}

#[tokio::test]
async fn a_connection_that_sends_no_request_is_closed() {
    let listener_config = ListenerConfig { first_request_timeout: Duration::from_millis(200), ..ListenerConfig::default() };
    let address = start(GatewayConfig::default(), listener_config).await;
    let mut silent = TcpStream::connect(address).await.unwrap();
    assert_eq!(read_until_closed(&mut silent).await, "");
    // Half an HTTP/2 preface is no better than silence.
    let mut trickling = TcpStream::connect(address).await.unwrap();
    trickling.write_all(b"PRI * HTTP/2.0\r\n").await.unwrap();
    assert_eq!(read_until_closed(&mut trickling).await, "");
}

#[tokio::test]
async fn a_stalled_body_gets_a_408() {
    let gateway_config = GatewayConfig { body_read_timeout: Duration::from_millis(200), ..GatewayConfig::default() };
    let address = start(gateway_config, ListenerConfig::default()).await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(
            b"POST / HTTP/1.1\r\nhost: ferry\r\ncontent-type: application/x-amz-json-1.1\r\nx-amz-target: Test_20260101.Ping\r\ncontent-length: 100\r\n\r\n{\"a\":",
        )
        .await
        .unwrap();
    let mut received = vec![0u8; 4096];
    let read = tokio::time::timeout(Duration::from_secs(20), stream.read(&mut received)).await.unwrap().unwrap();
    let answer = String::from_utf8_lossy(&received[..read]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("RequestTimeoutException"), "{answer}");
}
