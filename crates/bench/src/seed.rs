//! Puts the same state into every target before it is measured: N clusters and one registered
//! task definition, created with ordinary signed ECS calls so Ferry and moto start out equal.

use std::time::SystemTime;

use anyhow::{Context, bail};
use http::StatusCode;

use crate::connection;
use crate::signing::{Endpoint, SignedCall, SigningKey};

#[derive(Debug, Clone)]
pub struct SeedPlan {
    pub clusters: usize,
    pub cluster_prefix: String,
    /// The RegisterTaskDefinition request body.
    pub task_definition: serde_json::Value,
}

/// Creates the clusters and registers the task definition; returns the task definition's ARN.
pub async fn seed(endpoint: &Endpoint, key: &SigningKey, plan: &SeedPlan) -> anyhow::Result<String> {
    let mut connection = connection::connect(endpoint.socket_address).await?;
    for index in 1..=plan.clusters {
        let name = format!("{}{index:03}", plan.cluster_prefix);
        let body = serde_json::json!({ "clusterName": name });
        call(&mut connection, endpoint, key, "CreateCluster", &body).await?;
    }
    let answer = call(&mut connection, endpoint, key, "RegisterTaskDefinition", &plan.task_definition).await?;
    let arn = answer["taskDefinition"]["taskDefinitionArn"]
        .as_str()
        .with_context(|| format!("RegisterTaskDefinition answered without a taskDefinitionArn: {answer}"))?;
    Ok(arn.to_owned())
}

/// One call, signed afresh (seeding is not measured), that must answer 200 with JSON.
async fn call(
    connection: &mut connection::Connection,
    endpoint: &Endpoint,
    key: &SigningKey,
    operation: &str,
    body: &serde_json::Value,
) -> anyhow::Result<serde_json::Value> {
    let signed = SignedCall::sign(endpoint, key, operation, serde_json::to_vec(body)?, SystemTime::now())?;
    // moto_server (Werkzeug's development server) closes every connection after one answer.
    if connection.is_closed() || connection.ready().await.is_err() {
        *connection = connection::connect(endpoint.socket_address).await?;
        connection.ready().await.context("a new connection closed before the first request")?;
    }
    let (status, answer) = connection::exchange(connection, signed.to_request()).await?;
    if status != StatusCode::OK {
        bail!("{operation} answered HTTP {status}: {}", String::from_utf8_lossy(&answer));
    }
    serde_json::from_slice(&answer).with_context(|| format!("{operation} answered something that is not JSON"))
}
