//! The Docker engine restarting under a running agent: tasks whose containers died with it are
//! reported STOPPED with a reason, and the agent keeps working with the engine that came back.
//! Runs on a private dockerd so that restarting it disturbs no other test.

mod common;

use common::docker::{AgentProcess, AgentSettings, PrivateDockerEngine, TEST_IMAGE, register_task_definition, run_task, wait_for_status};
use common::start_fresh;
use serde_json::json;

#[tokio::test]
async fn tasks_whose_containers_died_with_the_engine_are_reported_stopped() {
    let mut engine = PrivateDockerEngine::start();
    let (directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    ecs.create_cluster().cluster_name("engine").send().await.unwrap();
    let settings =
        AgentSettings { subnet_octet: 30, environment: vec![("DOCKER_HOST".to_owned(), engine.socket.clone())], ..Default::default() };
    let _agent = AgentProcess::start(&ferry.endpoint, "engine", &directory.path().join("agent"), &settings);
    register_task_definition(
        &ferry.endpoint,
        json!({
            "family": "hosted", "networkMode": "host",
            "containerDefinitions": [{"name": "main", "image": TEST_IMAGE, "memory": 16, "command": ["sleep", "1000"]}]
        }),
    )
    .await;
    let answer = run_task(&ferry.endpoint, json!({"cluster": "engine", "taskDefinition": "hosted"})).await;
    let arn = answer["tasks"][0]["taskArn"].as_str().unwrap().to_owned();
    let running = wait_for_status(&ecs, "engine", &arn, "RUNNING").await;
    let runtime_id = running.containers()[0].runtime_id().unwrap().to_owned();
    assert_eq!(engine.docker(&["inspect", "-f", "{{.State.Running}}", &runtime_id]), "true");

    engine.restart();

    let stopped = wait_for_status(&ecs, "engine", &arn, "STOPPED").await;
    let reason = stopped.stopped_reason().unwrap_or("");
    assert!(reason.contains("Essential container in task exited"), "{stopped:#?}");
    assert!(stopped.containers()[0].exit_code().is_some(), "{stopped:#?}");
    assert_eq!(stopped.stop_code().map(|code| code.as_str()), Some("EssentialContainerExited"));

    // The agent works on with the engine that came back.
    let again = run_task(&ferry.endpoint, json!({"cluster": "engine", "taskDefinition": "hosted"})).await;
    let arn = again["tasks"][0]["taskArn"].as_str().unwrap().to_owned();
    wait_for_status(&ecs, "engine", &arn, "RUNNING").await;
}
