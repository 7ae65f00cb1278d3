//! The HTTP listener: accepts connections (HTTP/1.1 and cleartext HTTP/2), serves each request
//! through the `Gateway`, bounds what a client can hold, and shuts down gracefully.
//!
//! Unauthenticated clients can reach this code, so nothing a connection holds is unbounded in
//! time: the first request must arrive within `first_request_timeout`; a connection on which no
//! byte moves for `idle_timeout` is closed (HTTP/1 keep-alive and HTTP/2 alike); HTTP/1 headers
//! must arrive within `header_read_timeout`; and the gateway bounds body reads in time and bytes.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_io_timeout::TimeoutStream;

use crate::gateway::Gateway;

/// Limits of the listener.
#[derive(Debug, Clone)]
pub struct ListenerConfig {
    /// Connections served at once; further ones wait in the kernel's accept queue.
    pub max_connections: usize,
    /// A new connection must deliver its first request within this time.
    pub first_request_timeout: Duration,
    /// A client must send a request's headers within this time; on HTTP/1 this also closes
    /// keep-alive connections idle for longer (slowloris protection).
    pub header_read_timeout: Duration,
    /// A connection on which nothing is read or written for this long is closed. ALB's default
    /// idle timeout is 60 s.
    pub idle_timeout: Duration,
    /// Requests in flight at once on one HTTP/2 connection.
    pub max_concurrent_streams: u32,
    /// How long shutdown waits for requests in flight before dropping them.
    pub shutdown_grace: Duration,
}

impl Default for ListenerConfig {
    fn default() -> Self {
        ListenerConfig {
            max_connections: 4096,
            first_request_timeout: Duration::from_secs(10),
            header_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_concurrent_streams: 64,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Serves `gateway` on `listener` until `shutdown` completes, then stops accepting, lets requests
/// in flight finish (up to the grace period), stops every connection still open, and returns.
/// When it returns, no connection task holds the gateway any more.
pub async fn serve(listener: TcpListener, gateway: Arc<Gateway>, config: ListenerConfig, shutdown: impl Future<Output = ()>) {
    let connection_slots = Arc::new(Semaphore::new(config.max_connections));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(config.header_read_timeout).keep_alive(true);
    builder.http2().timer(TokioTimer::new()).max_concurrent_streams(config.max_concurrent_streams);
    let mut shutdown = pin!(shutdown);

    loop {
        // Reap finished connection tasks so the set only holds live ones.
        while connections.try_join_next().is_some() {}
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            permit = connection_slots.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
        };
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Running out of file descriptors and similar: back off instead of spinning.
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let mut stream = TimeoutStream::new(stream);
        stream.set_read_timeout(Some(config.idle_timeout));
        stream.set_write_timeout(Some(config.idle_timeout));
        let first_request_seen = Arc::new(AtomicBool::new(false));
        let service = {
            let gateway = gateway.clone();
            let first_request_seen = first_request_seen.clone();
            service_fn(move |request| {
                first_request_seen.store(true, Ordering::Relaxed);
                let gateway = gateway.clone();
                async move { Ok::<_, std::convert::Infallible>(gateway.handle(request).await) }
            })
        };
        let connection = builder.serve_connection_with_upgrades(TokioIo::new(Box::pin(stream)), service).into_owned();
        let connection = graceful.watch(connection);
        let first_request_timeout = config.first_request_timeout;
        connections.spawn(async move {
            let mut connection = pin!(connection);
            tokio::select! {
                outcome = &mut connection => log_connection_end(peer, outcome),
                _ = tokio::time::sleep(first_request_timeout) => {
                    if first_request_seen.load(Ordering::Relaxed) {
                        log_connection_end(peer, connection.await);
                    } else {
                        tracing::debug!(%peer, "closed a connection that sent no request in time");
                    }
                }
            }
            drop(permit);
        });
    }

    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(config.shutdown_grace) => {
            tracing::warn!("requests still in flight after the shutdown grace period were dropped");
        }
    }
    connections.shutdown().await;
}

fn log_connection_end<E: std::fmt::Display>(peer: std::net::SocketAddr, outcome: Result<(), E>) {
    if let Err(error) = outcome {
        tracing::debug!(%peer, error = %error, "connection ended with an error");
    }
}
