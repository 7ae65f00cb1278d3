//! Black-box tests of ECS services on real agents and containers: the real `ferry server` and
//! `ferry agent` binaries on the machine's Docker engine, driven with the AWS SDK for Rust and
//! raw signed calls, checked against DescribeServices, DescribeTasks and `docker`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use aws_sdk_ecs::types::Service;
use common::docker::{AgentProcess, AgentSettings, TEST_IMAGE, docker, ensure_test_image, register_task_definition};
use common::{FerryProcess, call_ecs, start_fresh};
use serde_json::json;

struct Platform {
    directory: tempfile::TempDir,
    ferry: FerryProcess,
    agents: Vec<AgentProcess>,
    cluster: String,
}

impl Platform {
    async fn start(cluster: &str, agents: &[(u8, AgentSettings)]) -> Platform {
        ensure_test_image();
        let (directory, ferry) = start_fresh();
        ferry.ecs().create_cluster().cluster_name(cluster).send().await.unwrap();
        let mut platform = Platform { directory, ferry, agents: Vec::new(), cluster: cluster.to_owned() };
        for (octet, settings) in agents {
            platform.add_agent(*octet, settings.clone());
        }
        platform
    }

    fn add_agent(&mut self, subnet_octet: u8, settings: AgentSettings) {
        let settings = AgentSettings { subnet_octet, ..settings };
        let data_dir = self.directory.path().join(format!("agent-{subnet_octet}"));
        self.agents.push(AgentProcess::start(&self.ferry.endpoint, &self.cluster, &data_dir, &settings));
    }

    async fn service(&self, name: &str) -> Service {
        let described = self.ferry.ecs().describe_services().cluster(&self.cluster).services(name).send().await.unwrap();
        described.services().first().cloned().unwrap_or_else(|| panic!("no service {name}: {described:#?}"))
    }

    /// Describes the service until `done` holds (90 s at most).
    async fn wait_for_service(&self, name: &str, what: &str, done: impl Fn(&Service) -> bool) -> Service {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            let service = self.service(name).await;
            if done(&service) {
                return service;
            }
            assert!(Instant::now() < deadline, "service {name} did not reach '{what}' within 90 s: {service:#?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The service's tasks that are meant to run, described.
    async fn running_tasks(&self, name: &str) -> Vec<aws_sdk_ecs::types::Task> {
        let ecs = self.ferry.ecs();
        let listed = ecs.list_tasks().cluster(&self.cluster).service_name(name).send().await.unwrap();
        if listed.task_arns().is_empty() {
            return Vec::new();
        }
        let described = ecs.describe_tasks().cluster(&self.cluster).set_tasks(Some(listed.task_arns().to_vec())).send().await.unwrap();
        described.tasks().to_vec()
    }

    async fn create_service(&self, request: serde_json::Value) -> serde_json::Value {
        let answer = call_ecs(&self.ferry.endpoint, "CreateService", serde_json::to_vec(&request).unwrap()).await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        answer.json()
    }
}

fn steady(service: &Service) -> bool {
    let deployments = service.deployments();
    deployments.len() == 1
        && deployments[0].rollout_state().map(|state| state.as_str()) == Some("COMPLETED")
        && service.running_count() == service.desired_count()
        && service.pending_count() == 0
}

fn events(service: &Service) -> Vec<String> {
    service.events().iter().filter_map(|event| event.message().map(str::to_owned)).collect()
}

fn sleeper(family: &str, image: &str, version: &str) -> serde_json::Value {
    json!({
        "family": family,
        "containerDefinitions": [{
            "name": "main", "image": image, "memory": 32, "cpu": 64,
            "command": ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done"],
            "environment": [{"name": "VERSION", "value": version}]
        }]
    })
}

#[tokio::test]
async fn a_service_keeps_its_count_across_two_agents_replaces_a_killed_task_and_rolls_out_a_new_revision() {
    let platform = Platform::start("svc-roll", &[(60, AgentSettings::default()), (61, AgentSettings::default())]).await;
    register_task_definition(&platform.ferry.endpoint, sleeper("web", TEST_IMAGE, "1")).await;
    let created = platform
        .create_service(json!({
            "cluster": "svc-roll", "serviceName": "web", "taskDefinition": "web", "desiredCount": 4,
            "deploymentConfiguration": {"minimumHealthyPercent": 50, "maximumPercent": 150}
        }))
        .await;
    assert_eq!(created["service"]["deployments"][0]["rolloutState"], "IN_PROGRESS", "{created}");
    let service = platform.wait_for_service("web", "steady with 4 tasks", steady).await;
    assert!(events(&service).iter().any(|event| event == "(service web) has reached a steady state."), "{:?}", events(&service));

    // ECS's default for services spreads them: two per instance.
    let tasks = platform.running_tasks("web").await;
    let mut per_instance: BTreeMap<String, usize> = BTreeMap::new();
    for task in &tasks {
        assert_eq!(task.group(), Some("service:web"));
        assert!(task.started_by().unwrap_or("").starts_with("ecs-svc/"), "{task:#?}");
        *per_instance.entry(task.container_instance_arn().unwrap().to_owned()).or_default() += 1;
    }
    assert_eq!(per_instance.values().copied().collect::<Vec<_>>(), [2, 2], "{per_instance:?}");

    // Kill one container behind Ferry's back: the service replaces the task.
    let victim = &tasks[0];
    let runtime_id = victim.containers()[0].runtime_id().unwrap().to_owned();
    let before: BTreeSet<String> = tasks.iter().map(|task| task.task_arn().unwrap().to_owned()).collect();
    let killed_at = Instant::now();
    docker(&["kill", &runtime_id]);
    let replaced = loop {
        let now_running = platform.running_tasks("web").await;
        let running: Vec<&aws_sdk_ecs::types::Task> = now_running.iter().filter(|task| task.last_status() == Some("RUNNING")).collect();
        let fresh = running.iter().any(|task| !before.contains(task.task_arn().unwrap()));
        if running.len() == 4 && fresh {
            break killed_at.elapsed();
        }
        assert!(killed_at.elapsed() < Duration::from_secs(60), "the killed task was not replaced: {now_running:#?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    println!("killed task replaced and RUNNING after {} ms", replaced.as_millis());

    // Roll out revision 2; sample the running count throughout: never under the floor of 2.
    let revision_2 = register_task_definition(&platform.ferry.endpoint, sleeper("web", TEST_IMAGE, "2")).await;
    platform.wait_for_service("web", "steady again", steady).await;
    platform.ferry.ecs().update_service().cluster("svc-roll").service("web").task_definition("web:2").send().await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut lowest_running = usize::MAX;
    let mut highest_live = 0;
    loop {
        let service = platform.service("web").await;
        let tasks = platform.running_tasks("web").await;
        let running = tasks.iter().filter(|task| task.last_status() == Some("RUNNING")).count();
        lowest_running = lowest_running.min(running);
        highest_live = highest_live.max(tasks.len());
        if steady(&service) && service.task_definition() == Some(revision_2.as_str()) {
            assert!(events(&service).iter().any(|event| event.contains("deployment completed")), "{:?}", events(&service));
            assert!(tasks.iter().all(|task| task.task_definition_arn() == Some(revision_2.as_str())), "{tasks:#?}");
            break;
        }
        assert!(Instant::now() < deadline, "the deployment did not complete: {service:#?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    println!("rolling deployment: lowest running {lowest_running}, highest live {highest_live}");
    assert!(lowest_running >= 2, "the healthy floor (50 % of 4) was broken: {lowest_running} running");
    assert!(highest_live <= 6, "more than 150 % of 4 tasks were live: {highest_live}");
}

#[tokio::test]
async fn an_image_that_does_not_exist_trips_the_circuit_breaker_and_the_service_rolls_back() {
    let platform = Platform::start("svc-breaker", &[(62, AgentSettings::default())]).await;
    let revision_1 = register_task_definition(&platform.ferry.endpoint, sleeper("api", TEST_IMAGE, "1")).await;
    platform
        .create_service(json!({
            "cluster": "svc-breaker", "serviceName": "api", "taskDefinition": "api", "desiredCount": 2,
            "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true}}
        }))
        .await;
    platform.wait_for_service("api", "steady", steady).await;
    // A registry on loopback that is not there: the pull fails fast, the task never starts.
    register_task_definition(&platform.ferry.endpoint, sleeper("api", "127.0.0.1:9/ferry/no-such-image:1", "2")).await;
    platform.ferry.ecs().update_service().cluster("svc-breaker").service("api").task_definition("api:2").send().await.unwrap();

    let service = platform
        .wait_for_service("api", "rolled back", |service| {
            events(service).iter().any(|event| event.contains("rolling back")) && steady(service)
        })
        .await;
    assert_eq!(service.task_definition(), Some(revision_1.as_str()), "{service:#?}");
    assert!(events(&service).iter().any(|event| event.contains("deployment failed")), "{:?}", events(&service));
    let tasks = platform.running_tasks("api").await;
    assert_eq!(tasks.len(), 2);
    assert!(tasks.iter().all(|task| task.task_definition_arn() == Some(revision_1.as_str())));
}

#[tokio::test]
async fn a_task_no_instance_can_hold_is_explained_in_the_service_events() {
    let settings = AgentSettings { memory_mib: Some(512), ..Default::default() };
    let platform = Platform::start("svc-big", &[(63, settings)]).await;
    register_task_definition(
        &platform.ferry.endpoint,
        json!({"family": "huge", "containerDefinitions": [{"name": "main", "image": TEST_IMAGE, "memory": 2048}]}),
    )
    .await;
    platform.create_service(json!({"cluster": "svc-big", "serviceName": "huge", "taskDefinition": "huge", "desiredCount": 1})).await;
    let service = platform
        .wait_for_service("huge", "a placement event", |service| events(service).iter().any(|event| event.contains("unable to place")))
        .await;
    let event = events(&service).into_iter().find(|event| event.contains("unable to place")).unwrap();
    println!("{event}");
    assert!(
        event.starts_with("(service huge) was unable to place a task because no container instance met all of its requirements."),
        "{event}"
    );
    assert!(event.contains("memory") && event.contains("2048"), "the explanation names the resource and the need: {event}");
    assert_eq!(service.running_count(), 0);
}

#[tokio::test]
async fn draining_an_instance_moves_its_tasks_and_a_daemon_follows_a_joining_agent() {
    let mut platform = Platform::start("svc-drain", &[(64, AgentSettings::default()), (65, AgentSettings::default())]).await;
    register_task_definition(&platform.ferry.endpoint, sleeper("worker", TEST_IMAGE, "1")).await;
    register_task_definition(&platform.ferry.endpoint, sleeper("logger", TEST_IMAGE, "1")).await;
    platform.create_service(json!({"cluster": "svc-drain", "serviceName": "worker", "taskDefinition": "worker", "desiredCount": 2})).await;
    platform
        .create_service(
            json!({"cluster": "svc-drain", "serviceName": "logger", "taskDefinition": "logger", "schedulingStrategy": "DAEMON"}),
        )
        .await;
    platform.wait_for_service("worker", "steady", steady).await;
    let daemon =
        platform.wait_for_service("logger", "one task per instance", |service| steady(service) && service.running_count() == 2).await;
    assert_eq!(daemon.desired_count(), 2);

    // A third agent joins: the daemon follows it.
    platform.add_agent(66, AgentSettings::default());
    let third = platform.agents[2].container_instance_arn.clone();
    platform.wait_for_service("logger", "three tasks", |service| steady(service) && service.running_count() == 3).await;
    let on_third =
        platform.running_tasks("logger").await.iter().filter(|task| task.container_instance_arn() == Some(third.as_str())).count();
    assert_eq!(on_third, 1);

    // Drain the first instance: the worker's tasks there move; the floor (100 %) holds.
    let drained = platform.agents[0].container_instance_arn.clone();
    platform
        .ferry
        .ecs()
        .update_container_instances_state()
        .cluster("svc-drain")
        .container_instances(&drained)
        .status(aws_sdk_ecs::types::ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let tasks = platform.running_tasks("worker").await;
        let running = tasks.iter().filter(|task| task.last_status() == Some("RUNNING")).count();
        assert!(running >= 2, "the worker dropped under its floor while draining: {tasks:#?}");
        let on_drained = tasks.iter().filter(|task| task.container_instance_arn() == Some(drained.as_str())).count();
        if on_drained == 0 && running == 2 && tasks.len() == 2 {
            break;
        }
        assert!(Instant::now() < deadline, "the drained instance kept its tasks: {tasks:#?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The daemon's task leaves the draining instance too.
    platform.wait_for_service("logger", "two tasks", |service| service.running_count() == 2 && service.pending_count() == 0).await;
    let logger_tasks = platform.running_tasks("logger").await;
    assert!(logger_tasks.iter().all(|task| task.container_instance_arn() != Some(drained.as_str())), "{logger_tasks:#?}");
}

#[tokio::test]
async fn bad_service_requests_name_the_field_and_create_nothing() {
    let (_directory, ferry) = start_fresh();
    ferry.ecs().create_cluster().cluster_name("svc-bad").send().await.unwrap();
    register_task_definition(&ferry.endpoint, sleeper("web", TEST_IMAGE, "1")).await;
    let cases = [
        (json!({"desiredCount": -1}), "InvalidParameterException", "desiredCount"),
        (json!({"desiredCount": 1, "deploymentConfiguration": {"maximumPercent": 90}}), "InvalidParameterException", "maximumPercent"),
        (
            json!({"desiredCount": 1, "placementStrategy": [{"type": "binpack", "field": "disk"}]}),
            "InvalidParameterException",
            "placementStrategy[0]",
        ),
        (json!({"desiredCount": 1, "placementStrategy": [{"type": "pack"}]}), "InvalidParameterException", "type"),
        (
            json!({"desiredCount": 1, "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =="}]}),
            "InvalidParameterException",
            "placementConstraints[0]",
        ),
        (json!({"desiredCount": 1, "taskDefinition": "nope"}), "ClientException", "nope"),
        (json!({"schedulingStrategy": "DAEMON", "desiredCount": 2}), "InvalidParameterException", "desiredCount"),
    ];
    for (overrides, code, named) in cases {
        let mut request = json!({"cluster": "svc-bad", "serviceName": "web", "taskDefinition": "web"});
        for (key, value) in overrides.as_object().unwrap() {
            request[key] = value.clone();
        }
        let answer = call_ecs(&ferry.endpoint, "CreateService", serde_json::to_vec(&request).unwrap()).await;
        assert_eq!(answer.status, 400, "{request} → {}", answer.body);
        assert_eq!(answer.error_type(), code, "{request} → {}", answer.body);
        assert!(answer.message().contains(named), "{request}: the message should name {named}: {}", answer.message());
    }
    let listed = ferry.ecs().list_services().cluster("svc-bad").send().await.unwrap();
    assert!(listed.service_arns().is_empty(), "nothing was half-created: {listed:#?}");

    // The same name again, or deleting a scaled service without force, is refused too.
    ferry.ecs().create_service().cluster("svc-bad").service_name("web").task_definition("web").desired_count(0).send().await.unwrap();
    let again = call_ecs(
        &ferry.endpoint,
        "CreateService",
        serde_json::to_vec(&json!({"cluster": "svc-bad", "serviceName": "web", "taskDefinition": "web", "desiredCount": 3})).unwrap(),
    )
    .await;
    assert_eq!(again.error_type(), "InvalidParameterException", "{}", again.body);
    ferry.ecs().update_service().cluster("svc-bad").service("web").desired_count(1).send().await.unwrap();
    let refused = ferry.ecs().delete_service().cluster("svc-bad").service("web").send().await.unwrap_err();
    assert_eq!(common::error_code(&refused), "InvalidParameterException");
    let deleted = ferry.ecs().delete_service().cluster("svc-bad").service("web").force(true).send().await.unwrap();
    assert_eq!(deleted.service().and_then(|service| service.status()), Some("DRAINING"));
    let missing = ferry.ecs().update_service().cluster("svc-bad").service("nope").desired_count(1).send().await.unwrap_err();
    assert_eq!(common::error_code(&missing), "ServiceNotFoundException");
}

#[tokio::test]
async fn a_control_plane_killed_mid_deployment_finishes_it_after_restart_without_running_anything_twice() {
    ensure_test_image();
    let directory = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let server_dir = directory.path().join("server");
    let ferry = FerryProcess::start_listening(&server_dir, &listen, &[]);
    ferry.ecs().create_cluster().cluster_name("svc-crash").send().await.unwrap();
    let agent = AgentProcess::start(
        &ferry.endpoint,
        "svc-crash",
        &directory.path().join("agent"),
        &AgentSettings { subnet_octet: 67, ..Default::default() },
    );
    let mut platform = Platform { directory, ferry, agents: vec![agent], cluster: "svc-crash".to_owned() };
    register_task_definition(&platform.ferry.endpoint, sleeper("job", TEST_IMAGE, "1")).await;
    platform.create_service(json!({"cluster": "svc-crash", "serviceName": "job", "taskDefinition": "job", "desiredCount": 3})).await;
    platform.wait_for_service("job", "steady", steady).await;

    // A new deployment, and the control plane is SIGKILLed while it rolls.
    platform.ferry.ecs().update_service().cluster("svc-crash").service("job").force_new_deployment(true).send().await.unwrap();
    tokio::time::sleep(Duration::from_millis(150)).await;
    platform.ferry.kill_and_restart(&listen);

    let service = platform.wait_for_service("job", "steady after the restart", steady).await;
    let primary = service.deployments()[0].id().unwrap().to_owned();
    let running = platform.running_tasks("job").await;
    assert_eq!(running.len(), 3);
    assert!(running.iter().all(|task| task.started_by() == Some(primary.as_str())), "{running:#?}");
    // Three old tasks and three new ones, no more: nothing was started twice.
    let ecs = platform.ferry.ecs();
    let stopped = ecs
        .list_tasks()
        .cluster("svc-crash")
        .service_name("job")
        .desired_status(aws_sdk_ecs::types::DesiredStatus::Stopped)
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.task_arns().len() + running.len(), 6, "{stopped:#?}");
    assert_eq!(platform.agents[0].containers().len(), 6, "one container per task");
}
