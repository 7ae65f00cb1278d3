//! The task metadata endpoint as a container sees it: plain HTTP GETs with its token.

mod common;

use common::*;
use ferry_agent::metadata::MetadataTokens;
use ferry_ecs::generated::PortMapping;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn get(port: u16, path: &str) -> (u16, Value) {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream.write_all(format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").as_bytes()).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let text = String::from_utf8(response).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[tokio::test]
async fn containers_read_their_own_and_their_tasks_metadata_and_stats() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let mut options = options(data_dir.path());
    let port = free_port();
    options.metadata_port = port;
    let agent = RunningAgent::start(options, &engine, &control_plane).await;

    let mut web = container("web");
    web.port_mappings = Some(vec![PortMapping { container_port: Some(80), ..Default::default() }]);
    web.cpu = Some(256);
    web.memory = Some(128);
    control_plane.assign(assigned(1, vec![web, container("worker")]));
    let task = task_arn(1);
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    let web = wait_for_container(&engine, &task, "web").await;

    let secret = hex::decode(std::fs::read_to_string(data_dir.path().join("metadata-secret")).unwrap().trim()).unwrap();
    let token = MetadataTokens::new(secret).token(&task, "web");

    let (status, container) = get(port, &format!("/v4/{token}")).await;
    assert_eq!(status, 200);
    assert_eq!(container["DockerId"], web.id.as_str());
    assert_eq!(container["Name"], "web");
    assert_eq!(container["DockerName"], web.name.as_str());
    assert_eq!(container["Image"], IMAGE);
    assert!(container["ImageID"].as_str().unwrap().starts_with("sha256:"));
    assert_eq!(container["KnownStatus"], "RUNNING");
    assert_eq!(container["DesiredStatus"], "RUNNING");
    assert_eq!(container["Limits"]["CPU"], 256.0);
    assert_eq!(container["Limits"]["Memory"], 128);
    assert_eq!(container["Type"], "NORMAL");
    assert_eq!(container["Labels"]["com.amazonaws.ecs.task-arn"], task.as_str());
    assert_eq!(container["Networks"][0]["NetworkMode"], "bridge");
    assert!(container["Networks"][0]["IPv4Addresses"][0].as_str().unwrap().starts_with("172.17."));
    assert_eq!(container["Ports"][0]["ContainerPort"], 80);
    assert!(container["StartedAt"].as_str().unwrap().ends_with('Z'));

    let (status, task_metadata) = get(port, &format!("/v4/{token}/task")).await;
    assert_eq!(status, 200);
    assert_eq!(task_metadata["TaskARN"], task.as_str());
    assert_eq!(task_metadata["Cluster"], CLUSTER_ARN);
    assert_eq!(task_metadata["Family"], "web");
    assert_eq!(task_metadata["Revision"], "1");
    assert_eq!(task_metadata["KnownStatus"], "RUNNING");
    assert_eq!(task_metadata["LaunchType"], "EC2");
    assert_eq!(task_metadata["AvailabilityZone"], "us-east-1a");
    assert_eq!(task_metadata["Containers"].as_array().unwrap().len(), 2);

    let (status, stats) = get(port, &format!("/v4/{token}/stats")).await;
    assert_eq!(status, 200);
    assert!(stats["memory_stats"].is_object(), "{stats}");
    let (status, task_stats) = get(port, &format!("/v4/{token}/task/stats")).await;
    assert_eq!(status, 200);
    assert_eq!(task_stats.as_object().unwrap().len(), 2);
    assert!(task_stats[web.id.as_str()]["cpu_stats"].is_object());

    // Version 3 paths serve the same.
    let (status, v3) = get(port, &format!("/v3/{token}")).await;
    assert_eq!((status, &v3["Name"]), (200, &Value::from("web")));

    let (status, _) = get(port, "/v4/not-a-token").await;
    assert_eq!(status, 404);
    let (status, _) = get(port, &format!("/v4/{token}/elsewhere")).await;
    assert_eq!(status, 404);
    agent.stop().await.unwrap();
}
