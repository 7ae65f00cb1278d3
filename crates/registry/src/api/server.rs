//! The registry's listener: HTTP/1.1 and cleartext HTTP/2, bounded connections, timeouts that
//! close connections on which nothing moves, graceful shutdown.
//!
//! Unlike the AWS gateway there is no cap on a body's size or total time: a layer may be
//! gigabytes and take minutes. What bounds a client instead is that bytes must keep moving (a
//! connection idle for `idle_timeout` is closed) and that bodies go to disk, not memory.

use std::convert::Infallible;
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_io_timeout::TimeoutStream;

use crate::api::RegistryApi;

#[derive(Debug, Clone)]
pub struct RegistryListenerConfig {
    pub max_connections: usize,
    /// HTTP/1 headers must arrive within this time.
    pub header_read_timeout: Duration,
    /// A connection on which nothing is read or written for this long is closed.
    pub idle_timeout: Duration,
    pub max_concurrent_streams: u32,
    /// How long shutdown waits for requests in flight (pushes, pulls) before dropping them.
    pub shutdown_grace: Duration,
}

impl Default for RegistryListenerConfig {
    fn default() -> Self {
        RegistryListenerConfig {
            max_connections: 1024,
            header_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_concurrent_streams: 64,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Serves the registry API on `listener` until `shutdown` completes.
pub async fn serve(listener: TcpListener, api: Arc<RegistryApi>, config: RegistryListenerConfig, shutdown: impl Future<Output = ()>) {
    let connection_slots = Arc::new(Semaphore::new(config.max_connections));
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(config.header_read_timeout).keep_alive(true);
    builder.http2().timer(TokioTimer::new()).max_concurrent_streams(config.max_concurrent_streams);
    let mut shutdown = pin!(shutdown);
    loop {
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
                    tracing::warn!(%error, "registry accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let mut stream = TimeoutStream::new(stream);
        stream.set_read_timeout(Some(config.idle_timeout));
        stream.set_write_timeout(Some(config.idle_timeout));
        let service = {
            let api = api.clone();
            service_fn(move |request| {
                let api = api.clone();
                async move { Ok::<_, Infallible>(api.handle(request).await) }
            })
        };
        let connection = builder.serve_connection_with_upgrades(TokioIo::new(Box::pin(stream)), service).into_owned();
        let connection = graceful.watch(connection);
        connections.spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%peer, %error, "registry connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(config.shutdown_grace) => {
            tracing::warn!("registry requests still in flight after the shutdown grace period were dropped");
        }
    }
    connections.shutdown().await;
}
