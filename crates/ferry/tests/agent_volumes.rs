//! Black-box tests of task volumes on the machine's Docker engine: the real `ferry server` and
//! `ferry agent` run tasks whose containers share a scratch volume, read a host directory through
//! a read-only bind, and mount a task-scoped Docker volume; the containers' exit codes and
//! `docker` itself say what happened.
//!
//! Each test has its own agent (awsvpc subnets 10.213.50–52.0/24) and removes what it made: the
//! agent's containers when the `AgentProcess` drops, then the volumes carrying the agent's
//! instance label. The agents run with `--task-cleanup-wait 1`, so the agent's own removal of a
//! stopped task's containers and task-scoped volumes is seen within the test.

mod common;

use std::process::{Command, Stdio};

use common::docker::{
    AgentProcess, AgentSettings, TEST_IMAGE, docker, ensure_test_image, register_task_definition, run_task, wait_for_status,
};
use common::{FerryProcess, start_fresh};
use serde_json::json;

/// A control plane and one agent. Fields drop in order: the agent (and its containers, which
/// hold their volumes) before the volumes.
struct Platform {
    ferry: FerryProcess,
    agent: AgentProcess,
    _volumes: VolumeCleanup,
    cluster: String,
    _directory: tempfile::TempDir,
}

/// Removes every engine volume labelled with one agent's instance ARN when dropped.
struct VolumeCleanup {
    container_instance_arn: String,
}

impl VolumeCleanup {
    fn volumes(&self) -> Vec<String> {
        agent_volumes(&self.container_instance_arn)
    }
}

impl Drop for VolumeCleanup {
    fn drop(&mut self) {
        let volumes = self.volumes();
        if !volumes.is_empty() {
            let _ = Command::new("docker").args(["volume", "rm"]).args(&volumes).stdout(Stdio::null()).stderr(Stdio::null()).status();
        }
    }
}

/// The engine volumes carrying an agent's instance label.
fn agent_volumes(container_instance_arn: &str) -> Vec<String> {
    let filter = format!("label=ferry.container-instance-arn={container_instance_arn}");
    docker(&["volume", "ls", "-q", "--filter", &filter]).lines().map(str::to_owned).collect()
}

async fn platform(cluster: &str, subnet_octet: u8) -> Platform {
    ensure_test_image();
    let (directory, ferry) = start_fresh();
    ferry.ecs().create_cluster().cluster_name(cluster).send().await.unwrap();
    let settings = AgentSettings { subnet_octet, extra_arguments: vec!["--task-cleanup-wait".into(), "1".into()], ..Default::default() };
    let agent = AgentProcess::start(&ferry.endpoint, cluster, &directory.path().join("agent"), &settings);
    let volumes = VolumeCleanup { container_instance_arn: agent.container_instance_arn.clone() };
    Platform { ferry, agent, _volumes: volumes, cluster: cluster.to_owned(), _directory: directory }
}

fn task_arn(answer: &serde_json::Value) -> String {
    assert!(answer["failures"].as_array().unwrap().is_empty(), "{answer}");
    answer["tasks"][0]["taskArn"].as_str().unwrap().to_owned()
}

fn container<'a>(task: &'a aws_sdk_ecs::types::Task, name: &str) -> &'a aws_sdk_ecs::types::Container {
    task.containers().iter().find(|container| container.name() == Some(name)).unwrap_or_else(|| panic!("no container {name}"))
}

#[tokio::test]
async fn two_containers_of_a_task_share_a_scratch_volume() {
    let platform = platform("scratch", 50).await;
    let ecs = platform.ferry.ecs();
    let mount = json!([{"sourceVolume": "shared", "containerPath": "/data"}]);
    register_task_definition(
        &platform.ferry.endpoint,
        json!({
            "family": "scratch-share",
            "volumes": [{"name": "shared"}],
            "containerDefinitions": [
                {"name": "writer", "image": TEST_IMAGE, "memory": 32, "essential": false, "mountPoints": mount,
                 "command": ["sh", "-c", "echo hi > /data/x"]},
                {"name": "reader", "image": TEST_IMAGE, "memory": 32, "mountPoints": mount,
                 "dependsOn": [{"containerName": "writer", "condition": "COMPLETE"}],
                 "command": ["sh", "-c", "test \"$(cat /data/x)\" = hi"]}
            ]
        }),
    )
    .await;
    let arn = task_arn(&run_task(&platform.ferry.endpoint, json!({"cluster": platform.cluster, "taskDefinition": "scratch-share"})).await);
    let stopped = wait_for_status(&ecs, &platform.cluster, &arn, "STOPPED").await;
    assert_eq!(container(&stopped, "writer").exit_code(), Some(0), "{stopped:#?}");
    assert_eq!(container(&stopped, "reader").exit_code(), Some(0), "the reader found what the writer wrote: {stopped:#?}");

    // The scratch volume is a directory of the task under the agent's data directory, kept until
    // the task is cleaned up.
    let task_id = arn.rsplit('/').next().unwrap();
    let file = platform.agent.data_dir.join("tasks").join(task_id).join("volumes/shared/x");
    assert_eq!(std::fs::read_to_string(&file).unwrap_or_else(|error| panic!("{}: {error}", file.display())), "hi\n");
}

#[tokio::test]
async fn a_host_path_volume_is_shared_with_the_host_and_read_only_when_asked() {
    let platform = platform("host-path", 51).await;
    let ecs = platform.ferry.ecs();
    let host_directory = tempfile::tempdir().unwrap();
    std::fs::write(host_directory.path().join("greeting"), "hello\n").unwrap();
    let source_path = host_directory.path().display().to_string();
    register_task_definition(
        &platform.ferry.endpoint,
        json!({
            "family": "host-path",
            "volumes": [{"name": "host", "host": {"sourcePath": source_path}}],
            "containerDefinitions": [
                // Writable mount: what it writes shows up on the host.
                {"name": "writer", "image": TEST_IMAGE, "memory": 32, "essential": false,
                 "mountPoints": [{"sourceVolume": "host", "containerPath": "/host"}],
                 "command": ["sh", "-c", "echo from-task > /host/written"]},
                // Read-only mount: reading works (exit 2 otherwise), writing fails (exit 3 otherwise).
                {"name": "reader", "image": TEST_IMAGE, "memory": 32,
                 "mountPoints": [{"sourceVolume": "host", "containerPath": "/host", "readOnly": true}],
                 "dependsOn": [{"containerName": "writer", "condition": "SUCCESS"}],
                 "command": ["sh", "-c", "test \"$(cat /host/greeting)\" = hello || exit 2; if touch /host/refused 2>/dev/null; then exit 3; fi"]}
            ]
        }),
    )
    .await;
    let arn = task_arn(&run_task(&platform.ferry.endpoint, json!({"cluster": platform.cluster, "taskDefinition": "host-path"})).await);
    let stopped = wait_for_status(&ecs, &platform.cluster, &arn, "STOPPED").await;
    assert_eq!(container(&stopped, "writer").exit_code(), Some(0), "{stopped:#?}");
    assert_eq!(container(&stopped, "reader").exit_code(), Some(0), "read the host's file, could not write: {stopped:#?}");
    assert_eq!(std::fs::read_to_string(host_directory.path().join("written")).unwrap(), "from-task\n");
    assert!(!host_directory.path().join("refused").exists());
}

#[tokio::test]
async fn a_task_scoped_docker_volume_lives_as_long_as_its_task_and_is_labelled_with_it() {
    let platform = platform("docker-volume", 52).await;
    let ecs = platform.ferry.ecs();
    register_task_definition(
        &platform.ferry.endpoint,
        json!({
            "family": "docker-volume",
            "volumes": [{"name": "data", "dockerVolumeConfiguration": {"scope": "task", "driver": "local", "labels": {"team": "blue"}}}],
            "containerDefinitions": [
                {"name": "main", "image": TEST_IMAGE, "memory": 32, "stopTimeout": 2,
                 "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}],
                 "command": ["sh", "-c", "echo kept > /data/file; trap 'exit 0' TERM; while true; do sleep 0.1; done"]}
            ]
        }),
    )
    .await;
    let arn = task_arn(&run_task(&platform.ferry.endpoint, json!({"cluster": platform.cluster, "taskDefinition": "docker-volume"})).await);
    let running = wait_for_status(&ecs, &platform.cluster, &arn, "RUNNING").await;
    let runtime_id = container(&running, "main").runtime_id().unwrap().to_owned();

    // One volume, named for the task, found by the agent's label, carrying the task's identity and
    // the definition's labels, and mounted by the task's container.
    let volumes = agent_volumes(&platform.agent.container_instance_arn);
    assert_eq!(volumes.len(), 1, "{volumes:?}");
    let volume = &volumes[0];
    assert!(volume.starts_with("ecs-docker-volume-1-data-"), "{volume}");
    let described = docker(&[
        "volume",
        "inspect",
        "-f",
        "{{.Driver}} {{index .Labels \"com.amazonaws.ecs.task-arn\"}} {{index .Labels \"team\"}}",
        volume,
    ]);
    assert_eq!(described, format!("local {arn} blue"));
    let mounted = docker(&["inspect", "-f", "{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}}{{end}}", &runtime_id]);
    assert_eq!(mounted, format!("volume {volume} /data"));
    assert_eq!(docker(&["exec", &runtime_id, "cat", "/data/file"]), "kept");

    // Once the task has stopped and the cleanup wait (1 s here) has passed, the agent removes the
    // container and then the task's volume.
    ecs.stop_task().cluster(&platform.cluster).task(&arn).send().await.unwrap();
    let stopped = wait_for_status(&ecs, &platform.cluster, &arn, "STOPPED").await;
    assert_eq!(container(&stopped, "main").exit_code(), Some(0), "{stopped:#?}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !agent_volumes(&platform.agent.container_instance_arn).is_empty() || !platform.agent.containers().is_empty() {
        assert!(std::time::Instant::now() < deadline, "the agent did not clean up the stopped task's container and volume within 60 s");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}
