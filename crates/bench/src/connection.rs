//! One HTTP/1.1 keep-alive client connection, made with hyper's low-level `conn::http1` API: no
//! pool, no retries, no DNS, so the load generator spends as little of the shared CPU as it can.

use std::net::SocketAddr;

use anyhow::Context;
use bytes::Bytes;
use http::{Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;

/// The sending half of one connection; its driving half runs as its own task until it closes.
pub type Connection = SendRequest<Full<Bytes>>;

/// Opens a connection to `address` and starts driving it.
pub async fn connect(address: SocketAddr) -> anyhow::Result<Connection> {
    let stream = tokio::net::TcpStream::connect(address).await.with_context(|| format!("connecting to {address}"))?;
    // Requests are small and written whole; Nagle's delay would only add latency.
    stream.set_nodelay(true)?;
    let (sender, driver) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.context("HTTP/1.1 handshake")?;
    tokio::spawn(async move {
        // A connection the server closed is noticed by the sender (`is_closed`, `ready`); the
        // error itself tells the benchmark nothing more.
        let _ = driver.await;
    });
    Ok(sender)
}

/// Sends one request and reads the whole answer.
pub async fn exchange(connection: &mut Connection, request: Request<Full<Bytes>>) -> anyhow::Result<(StatusCode, Bytes)> {
    let response = connection.send_request(request).await.context("sending the request")?;
    let status = response.status();
    let body = response.into_body().collect().await.context("reading the answer")?.to_bytes();
    Ok((status, body))
}
