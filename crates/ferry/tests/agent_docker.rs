//! Black-box tests of `ferry agent` running tasks as real containers on the machine's Docker
//! engine: the real `ferry server` and `ferry agent` binaries, driven with the AWS SDK for Rust
//! and raw signed calls, checked against what `docker` itself reports.

mod common;

use std::time::Duration;

use common::docker::{
    AgentProcess, AgentSettings, TEST_IMAGE, docker, ensure_test_image, register_task_definition, run_task, wait_for_status, wait_for_task,
};
use common::{FerryProcess, start_fresh};
use serde_json::json;

struct Platform {
    _directory: tempfile::TempDir,
    ferry: FerryProcess,
    agent: AgentProcess,
    cluster: String,
}

async fn platform(cluster: &str, subnet_octet: u8) -> Platform {
    ensure_test_image();
    let (directory, ferry) = start_fresh();
    ferry.ecs().create_cluster().cluster_name(cluster).send().await.unwrap();
    let settings = AgentSettings { subnet_octet, ..Default::default() };
    let agent = AgentProcess::start(&ferry.endpoint, cluster, &directory.path().join("agent"), &settings);
    Platform { _directory: directory, ferry, agent, cluster: cluster.to_owned() }
}

fn task_arn(answer: &serde_json::Value) -> String {
    assert!(answer["failures"].as_array().unwrap().is_empty(), "{answer}");
    answer["tasks"][0]["taskArn"].as_str().unwrap().to_owned()
}

fn container<'a>(task: &'a aws_sdk_ecs::types::Task, name: &str) -> &'a aws_sdk_ecs::types::Container {
    task.containers().iter().find(|container| container.name() == Some(name)).unwrap_or_else(|| panic!("no container {name}"))
}

#[tokio::test]
async fn a_task_runs_as_a_container_and_stops_with_its_exit_code() {
    let platform = platform("run-stop", 11).await;
    let ecs = platform.ferry.ecs();
    register_task_definition(
        &platform.ferry.endpoint,
        json!({
            "family": "sleeper",
            "containerDefinitions": [{
                "name": "main", "image": TEST_IMAGE, "memory": 64, "cpu": 128,
                "command": ["sh", "-c", "trap 'exit 3' TERM; echo $GREETING > /tmp/greeting; while true; do sleep 0.1; done"],
                "environment": [{"name": "GREETING", "value": "hello"}],
                "dockerLabels": {"team": "blue"}
            }]
        }),
    )
    .await;
    let answer = run_task(
        &platform.ferry.endpoint,
        json!({"cluster": platform.cluster, "taskDefinition": "sleeper", "startedBy": "tests",
        "overrides": {"containerOverrides": [{"name": "main", "environment": [{"name": "GREETING", "value": "overridden"}]}]}}),
    )
    .await;
    let arn = task_arn(&answer);
    let task = wait_for_status(&ecs, &platform.cluster, &arn, "RUNNING").await;
    assert!(task.started_at().is_some(), "{task:#?}");
    let runtime_id = container(&task, "main").runtime_id().unwrap().to_owned();

    // The engine runs it, labelled with the task's identity and the user's labels, with the
    // limits of the definition and the overridden environment.
    let labels = docker(&[
        "inspect",
        "-f",
        "{{index .Config.Labels \"com.amazonaws.ecs.task-arn\"}} {{index .Config.Labels \"team\"}} {{.State.Running}} {{.HostConfig.Memory}} {{.HostConfig.CpuShares}}",
        &runtime_id,
    ]);
    assert_eq!(labels, format!("{arn} blue true {} 128", 64 * 1024 * 1024));
    assert_eq!(docker(&["exec", &runtime_id, "cat", "/tmp/greeting"]), "overridden");

    ecs.stop_task().cluster(&platform.cluster).task(&arn).reason("test is done").send().await.unwrap();
    let stopped = wait_for_status(&ecs, &platform.cluster, &arn, "STOPPED").await;
    assert_eq!(container(&stopped, "main").exit_code(), Some(3), "SIGTERM reached the trap: {stopped:#?}");
    assert_eq!(stopped.stopped_reason(), Some("test is done"));
    assert_eq!(stopped.stop_code().map(|code| code.as_str()), Some("UserInitiated"));
    assert!(stopped.stopping_at().is_some() && stopped.stopped_at().is_some() && stopped.execution_stopped_at().is_some());
    assert_eq!(docker(&["inspect", "-f", "{{.State.Running}} {{.State.ExitCode}}", &runtime_id]), "false 3");
}

#[tokio::test]
async fn an_essential_container_that_exits_stops_the_task_and_depends_on_orders_the_start() {
    let platform = platform("essential", 12).await;
    let ecs = platform.ferry.ecs();
    register_task_definition(
        &platform.ferry.endpoint,
        json!({
            "family": "ordered",
            "containerDefinitions": [
                {"name": "setup", "image": TEST_IMAGE, "memory": 32, "essential": false, "command": ["sh", "-c", "sleep 1; exit 0"]},
                {"name": "main", "image": TEST_IMAGE, "memory": 32, "command": ["sh", "-c", "sleep 1; exit 7"],
                 "dependsOn": [{"containerName": "setup", "condition": "SUCCESS"}]},
                {"name": "side", "image": TEST_IMAGE, "memory": 32, "essential": false, "command": ["sleep", "1000"], "stopTimeout": 2}
            ]
        }),
    )
    .await;
    let arn = task_arn(&run_task(&platform.ferry.endpoint, json!({"cluster": platform.cluster, "taskDefinition": "ordered"})).await);
    let stopped = wait_for_status(&ecs, &platform.cluster, &arn, "STOPPED").await;
    assert_eq!(container(&stopped, "main").exit_code(), Some(7), "{stopped:#?}");
    assert_eq!(container(&stopped, "setup").exit_code(), Some(0));
    assert!(stopped.stopped_reason().unwrap_or("").contains("Essential container in task exited"), "{stopped:#?}");
    assert_eq!(stopped.stop_code().map(|code| code.as_str()), Some("EssentialContainerExited"));
    // `main` started only after `setup` had finished successfully.
    let setup_finished = docker(&["inspect", "-f", "{{.State.FinishedAt}}", container(&stopped, "setup").runtime_id().unwrap()]);
    let main_started = docker(&["inspect", "-f", "{{.State.StartedAt}}", container(&stopped, "main").runtime_id().unwrap()]);
    assert!(main_started > setup_finished, "main started {main_started}, setup finished {setup_finished}");
    // The non-essential side container was stopped with the task.
    assert_eq!(docker(&["inspect", "-f", "{{.State.Running}}", container(&stopped, "side").runtime_id().unwrap()]), "false");
}

#[tokio::test]
async fn dynamic_host_ports_are_reachable_and_health_checks_are_reported() {
    let platform = platform("ports", 13).await;
    let ecs = platform.ferry.ecs();
    register_task_definition(&platform.ferry.endpoint, json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "web", "image": TEST_IMAGE, "memory": 32, "command": ["httpd", "-f", "-p", "8080", "-h", "/etc"],
             "portMappings": [{"containerPort": 8080, "hostPort": 0}],
             "healthCheck": {"command": ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/passwd"], "interval": 5, "timeout": 2, "retries": 1}},
            {"name": "sick", "image": TEST_IMAGE, "memory": 32, "essential": false, "command": ["sleep", "1000"],
             "healthCheck": {"command": ["CMD-SHELL", "exit 1"], "interval": 5, "timeout": 2, "retries": 1}}
        ]
    })).await;
    let arn = task_arn(&run_task(&platform.ferry.endpoint, json!({"cluster": platform.cluster, "taskDefinition": "web"})).await);
    let task = wait_for_status(&ecs, &platform.cluster, &arn, "RUNNING").await;
    let binding = &container(&task, "web").network_bindings()[0];
    assert_eq!(binding.container_port(), Some(8080));
    let host_port = binding.host_port().unwrap();
    assert!(host_port > 0);
    let body = reqwest::get(format!("http://127.0.0.1:{host_port}/passwd")).await.unwrap().text().await.unwrap();
    assert!(body.contains("root"), "{body}");

    let task = wait_for_task(&ecs, &platform.cluster, &arn, "health-checked", |task| {
        container(task, "web").health_status().map(|status| status.as_str()) == Some("HEALTHY")
            && container(task, "sick").health_status().map(|status| status.as_str()) == Some("UNHEALTHY")
    })
    .await;
    assert_eq!(task.health_status().map(|status| status.as_str()), Some("HEALTHY"), "only essential containers count: {task:#?}");
}

#[tokio::test]
async fn awsvpc_tasks_get_their_own_address_and_read_their_metadata() {
    let platform = platform("awsvpc", 14).await;
    let ecs = platform.ferry.ecs();
    register_task_definition(&platform.ferry.endpoint, json!({
        "family": "vpc",
        "networkMode": "awsvpc",
        "containerDefinitions": [
            {"name": "web", "image": TEST_IMAGE, "memory": 32, "command": ["httpd", "-f", "-p", "8080", "-h", "/etc"],
             "portMappings": [{"containerPort": 8080}]},
            {"name": "reader", "image": TEST_IMAGE, "memory": 32, "essential": false,
             "command": ["sh", "-c", "wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4/task\" | grep -q '\"TaskARN\"' && wget -q -O - \"$ECS_CONTAINER_METADATA_URI_V4\" | grep -q '\"DockerId\"'"]}
        ]
    })).await;
    let missing_network = ecs.run_task().cluster(&platform.cluster).task_definition("vpc").send().await.unwrap_err();
    assert_eq!(common::error_code(&missing_network), "InvalidParameterException");
    let arn = task_arn(
        &run_task(
            &platform.ferry.endpoint,
            json!({"cluster": platform.cluster, "taskDefinition": "vpc",
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-ferry"]}}}),
        )
        .await,
    );
    let task = wait_for_status(&ecs, &platform.cluster, &arn, "RUNNING").await;
    let attachment = &task.attachments()[0];
    assert_eq!(attachment.r#type(), Some("ElasticNetworkInterface"));
    let address =
        attachment.details().iter().find(|detail| detail.name() == Some("privateIPv4Address")).unwrap().value().unwrap().to_owned();
    assert!(address.starts_with("10.213.14."), "{address}");
    let body = reqwest::get(format!("http://{address}:8080/passwd")).await.unwrap().text().await.unwrap();
    assert!(body.contains("root"), "{body}");

    // The reader container fetched its own and its task's metadata and exited 0.
    let task =
        wait_for_task(&ecs, &platform.cluster, &arn, "read its metadata", |task| container(task, "reader").exit_code().is_some()).await;
    assert_eq!(container(&task, "reader").exit_code(), Some(0), "the metadata endpoint answered inside the task: {task:#?}");
}

#[tokio::test]
async fn bad_launches_fail_with_reasons_a_person_can_act_on() {
    ensure_test_image();
    let (directory, ferry) = start_fresh();
    ferry.ecs().create_cluster().cluster_name("bad").send().await.unwrap();
    // The ECS default pull behaviour: the pull is tried (at a registry on loopback that is not
    // there) and, with no cached image, the task stops with the pull error.
    let settings = AgentSettings { subnet_octet: 15, image_pull_behavior: Some("default"), ..Default::default() };
    let _agent = AgentProcess::start(&ferry.endpoint, "bad", &directory.path().join("agent"), &settings);
    let ecs = ferry.ecs();
    register_task_definition(
        &ferry.endpoint,
        json!({
            "family": "ghost", "containerDefinitions": [{"name": "main", "image": "127.0.0.1:9/ferry/no-such-image:1", "memory": 32}]
        }),
    )
    .await;
    let arn = task_arn(&run_task(&ferry.endpoint, json!({"cluster": "bad", "taskDefinition": "ghost"})).await);
    let stopped = wait_for_status(&ecs, "bad", &arn, "STOPPED").await;
    assert!(stopped.stopped_reason().unwrap_or("").contains("CannotPullContainerError"), "{stopped:#?}");
    assert_eq!(stopped.stop_code().map(|code| code.as_str()), Some("TaskFailedToStart"));

    // With the default behaviour a cached image is used when the pull fails.
    register_task_definition(
        &ferry.endpoint,
        json!({
            "family": "cached", "containerDefinitions": [{"name": "main", "image": TEST_IMAGE, "memory": 32, "command": ["sleep", "1000"]}]
        }),
    )
    .await;
    let arn = task_arn(&run_task(&ferry.endpoint, json!({"cluster": "bad", "taskDefinition": "cached"})).await);
    let task = wait_for_status(&ecs, "bad", &arn, "RUNNING").await;
    assert!(task.pull_started_at().is_some() && task.pull_stopped_at().is_some(), "the pull was tried: {task:#?}");
}

#[tokio::test]
async fn two_agents_on_one_host_offer_their_own_resources_and_touch_only_their_containers() {
    ensure_test_image();
    let (directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    ecs.create_cluster().cluster_name("pair").send().await.unwrap();
    let small = AgentProcess::start(
        &ferry.endpoint,
        "pair",
        &directory.path().join("small"),
        &AgentSettings {
            cpu_units: Some(512),
            memory_mib: Some(256),
            subnet_octet: 16,
            attributes: vec!["size=small".into()],
            ..Default::default()
        },
    );
    let large = AgentProcess::start(
        &ferry.endpoint,
        "pair",
        &directory.path().join("large"),
        &AgentSettings { cpu_units: Some(2048), memory_mib: Some(1024), subnet_octet: 17, ..Default::default() },
    );
    let described = ecs
        .describe_container_instances()
        .cluster("pair")
        .container_instances(&small.container_instance_arn)
        .container_instances(&large.container_instance_arn)
        .send()
        .await
        .unwrap();
    let resource = |index: usize, name: &str| {
        described.container_instances()[index].registered_resources().iter().find(|r| r.name() == Some(name)).unwrap().integer_value()
    };
    assert_eq!((resource(0, "CPU"), resource(0, "MEMORY")), (512, 256));
    assert_eq!((resource(1, "CPU"), resource(1, "MEMORY")), (2048, 1024));
    assert!(described.container_instances()[0].attributes().iter().any(|a| a.name() == "size" && a.value() == Some("small")));
    assert!(described.container_instances().iter().all(|instance| instance.agent_connected()));

    register_task_definition(
        &ferry.endpoint,
        json!({
            "family": "big", "containerDefinitions": [{"name": "main", "image": TEST_IMAGE, "memory": 512, "command": ["sleep", "1000"]}]
        }),
    )
    .await;
    let arn = task_arn(&run_task(&ferry.endpoint, json!({"cluster": "pair", "taskDefinition": "big"})).await);
    let task = wait_for_status(&ecs, "pair", &arn, "RUNNING").await;
    assert_eq!(task.container_instance_arn(), Some(large.container_instance_arn.as_str()), "only the large instance has 512 MiB");
    assert_eq!(large.containers().len(), 1);
    assert!(small.containers().is_empty(), "the small agent made no container and adopted none of the large one's");
    // Nothing fits a third 512 MiB task anywhere after the second: failures name each instance.
    let second = run_task(&ferry.endpoint, json!({"cluster": "pair", "taskDefinition": "big", "count": 2})).await;
    assert_eq!(second["tasks"].as_array().unwrap().len(), 1);
    let reasons: Vec<&str> = second["failures"].as_array().unwrap().iter().map(|failure| failure["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["RESOURCE:MEMORY", "RESOURCE:MEMORY"]);
}

#[tokio::test]
async fn a_killed_agent_comes_back_to_the_same_containers_without_restarting_them() {
    let mut platform = platform("agent-restart", 18).await;
    let ecs = platform.ferry.ecs();
    register_task_definition(&platform.ferry.endpoint, json!({
        "family": "steady", "containerDefinitions": [{"name": "main", "image": TEST_IMAGE, "memory": 16, "command": ["sleep", "1000"], "stopTimeout": 2}]
    })).await;
    let answer = run_task(&platform.ferry.endpoint, json!({"cluster": platform.cluster, "taskDefinition": "steady", "count": 5})).await;
    let arns: Vec<String> = answer["tasks"].as_array().unwrap().iter().map(|task| task["taskArn"].as_str().unwrap().to_owned()).collect();
    assert_eq!(arns.len(), 5);
    let mut before = Vec::new();
    for arn in &arns {
        let task = wait_for_status(&ecs, &platform.cluster, arn, "RUNNING").await;
        let id = container(&task, "main").runtime_id().unwrap().to_owned();
        before.push((id.clone(), docker(&["inspect", "-f", "{{.State.StartedAt}}", &id])));
    }

    platform.agent.kill();
    // While the agent is away its containers keep running.
    tokio::time::sleep(Duration::from_millis(500)).await;
    platform.agent.spawn();
    tokio::time::sleep(Duration::from_secs(2)).await;

    let mut containers = platform.agent.containers();
    containers.sort();
    let mut expected: Vec<String> = before.iter().map(|(id, _)| id.clone()).collect();
    expected.sort();
    assert_eq!(containers, expected, "the same five containers, no new ones");
    for ((id, started), arn) in before.iter().zip(&arns) {
        assert_eq!(&docker(&["inspect", "-f", "{{.State.StartedAt}}", id]), started, "container {id} was not restarted");
        let task = wait_for_status(&ecs, &platform.cluster, arn, "RUNNING").await;
        assert_eq!(container(&task, "main").runtime_id(), Some(id.as_str()));
    }
    // And the restarted agent still controls them.
    ecs.stop_task().cluster(&platform.cluster).task(&arns[0]).send().await.unwrap();
    wait_for_status(&ecs, &platform.cluster, &arns[0], "STOPPED").await;
}

#[tokio::test]
async fn agents_reconnect_to_a_restarted_control_plane_and_nothing_is_lost() {
    ensure_test_image();
    let directory = tempfile::tempdir().unwrap();
    // A fixed port, so the agent finds the server where it was.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let server_dir = directory.path().join("server");
    let ferry = FerryProcess::start_listening(&server_dir, &listen, &[]);
    let ecs = ferry.ecs();
    ecs.create_cluster().cluster_name("durable").send().await.unwrap();
    let agent = AgentProcess::start(
        &ferry.endpoint,
        "durable",
        &directory.path().join("agent"),
        &AgentSettings { subnet_octet: 19, ..Default::default() },
    );
    register_task_definition(
        &ferry.endpoint,
        json!({
            "family": "steady", "containerDefinitions": [{"name": "main", "image": TEST_IMAGE, "memory": 16, "command": ["sleep", "1000"]}]
        }),
    )
    .await;
    let first = task_arn(&run_task(&ferry.endpoint, json!({"cluster": "durable", "taskDefinition": "steady"})).await);
    let running = wait_for_status(&ecs, "durable", &first, "RUNNING").await;
    let runtime_id = container(&running, "main").runtime_id().unwrap().to_owned();

    ferry.kill();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let ferry = FerryProcess::start_listening(&server_dir, &listen, &[]);
    let ecs = ferry.ecs();
    // The task is still there and running; the agent reconnects and takes new work.
    let task = wait_for_status(&ecs, "durable", &first, "RUNNING").await;
    assert_eq!(container(&task, "main").runtime_id(), Some(runtime_id.as_str()));
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let described =
            ecs.describe_container_instances().cluster("durable").container_instances(&agent.container_instance_arn).send().await.unwrap();
        if described.container_instances()[0].agent_connected() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the agent did not reconnect within 30 s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let second = task_arn(&run_task(&ferry.endpoint, json!({"cluster": "durable", "taskDefinition": "steady"})).await);
    wait_for_status(&ecs, "durable", &second, "RUNNING").await;
    let described =
        ecs.describe_container_instances().cluster("durable").container_instances(&agent.container_instance_arn).send().await.unwrap();
    assert!(described.container_instances()[0].agent_connected());
    assert_eq!(described.container_instances()[0].running_tasks_count(), 2);
    assert_eq!(docker(&["inspect", "-f", "{{.State.Running}}", &runtime_id]), "true", "the first container was never touched");
}
