//! A small signed ECS client on one keep-alive connection, for the benchmarks that drive tasks
//! (`launch`, `hold`, `stop-tasks`): each call is signed with `SignedCall::sign`, and a call that
//! is sent many times (a status poll) is signed once and its bytes sent again.

use std::time::SystemTime;

use anyhow::{Context, bail};
use http::StatusCode;

use crate::connection::{self, Connection};
use crate::signing::{Endpoint, SignedCall, SigningKey};

/// One ECS operation with its signed request, ready to be sent any number of times.
#[derive(Debug, Clone)]
pub struct PreparedCall {
    pub operation: String,
    signed: SignedCall,
}

/// Signed ECS calls over one keep-alive connection, reopened when the server closed it.
pub struct EcsClient {
    endpoint: Endpoint,
    key: SigningKey,
    connection: Option<Connection>,
}

impl EcsClient {
    pub fn new(endpoint: Endpoint, key: SigningKey) -> EcsClient {
        EcsClient { endpoint, key, connection: None }
    }

    /// Signs `operation` with `body` now; the signature stays valid for the length of any run.
    pub fn prepare(&self, operation: &str, body: &serde_json::Value) -> anyhow::Result<PreparedCall> {
        let signed = SignedCall::sign(&self.endpoint, &self.key, operation, serde_json::to_vec(body)?, SystemTime::now())?;
        Ok(PreparedCall { operation: operation.to_owned(), signed })
    }

    /// Sends a prepared call; anything but a 200 with a JSON body is an error.
    pub async fn send(&mut self, call: &PreparedCall) -> anyhow::Result<serde_json::Value> {
        let connection = self.open_connection().await?;
        let (status, answer) = connection::exchange(connection, call.signed.to_request()).await?;
        if status != StatusCode::OK {
            bail!("{} answered HTTP {status}: {}", call.operation, String::from_utf8_lossy(&answer));
        }
        serde_json::from_slice(&answer).with_context(|| format!("{} answered something that is not JSON", call.operation))
    }

    /// Signs and sends one call.
    pub async fn call(&mut self, operation: &str, body: &serde_json::Value) -> anyhow::Result<serde_json::Value> {
        let prepared = self.prepare(operation, body)?;
        self.send(&prepared).await
    }

    /// The open connection, or a new one when there is none or the server closed it.
    async fn open_connection(&mut self) -> anyhow::Result<&mut Connection> {
        let reusable = match self.connection.as_mut() {
            Some(connection) => !connection.is_closed() && connection.ready().await.is_ok(),
            None => false,
        };
        if !reusable {
            let mut connection = connection::connect(self.endpoint.socket_address).await?;
            connection.ready().await.context("a new connection closed before the first request")?;
            self.connection = Some(connection);
        }
        Ok(self.connection.as_mut().expect("a connection was just opened"))
    }
}
