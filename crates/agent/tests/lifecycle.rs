//! A task's life on one agent, against `FakeEngine` and the scripted control plane: start,
//! ordering, essential exits, StopTask, failures to pull or start, health, cleanup.

mod common;

use std::time::Duration;

use common::*;
use ferry_agent::ESSENTIAL_CONTAINER_EXITED;
use ferry_ecs::generated::{ContainerCondition, ContainerDependency, HealthCheck, NetworkMode, PortMapping, TransportProtocol};
use ferry_engine::{ContainerEngine, ContainerState, HealthState};

#[tokio::test]
async fn a_task_starts_and_is_reported_running_with_its_ports() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    let mut web = container("web");
    web.port_mappings = Some(vec![PortMapping { container_port: Some(80), host_port: Some(0), ..Default::default() }]);
    control_plane.assign(assigned(1, vec![web]));
    let task = task_arn(1);
    let running = eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;

    let web = wait_for_container(&engine, &task, "web").await;
    assert_eq!(web.name, format!("ecs-web-1-web-{}", &task_id(1)[..20]));
    assert_eq!(web.labels["ferry.container-instance-arn"], agent.container_instance_arn);
    assert_eq!(web.labels["com.amazonaws.ecs.cluster"], "default");
    assert_eq!(web.labels["com.amazonaws.ecs.task-definition-family"], "web");
    assert_eq!(web.labels["com.amazonaws.ecs.task-definition-version"], "1");
    let containers = running.containers.unwrap();
    assert_eq!(containers.len(), 1);
    assert_eq!(containers[0].container_name.as_deref(), Some("web"));
    assert_eq!(containers[0].runtime_id.as_deref(), Some(web.id.as_str()));
    assert_eq!(containers[0].status.as_deref(), Some("RUNNING"));
    let binding = &containers[0].network_bindings.as_ref().unwrap()[0];
    assert_eq!(binding.bind_ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(binding.container_port, Some(80));
    assert_eq!(binding.host_port, Some(32768));
    assert_eq!(binding.protocol, Some(TransportProtocol::Tcp));
    assert_eq!(running.cluster.as_deref(), Some("default"));
    assert!(running.pull_started_at.is_some() && running.pull_stopped_at.is_some());

    // The registration describes the machine.
    let registration = &control_plane.registrations()[0];
    let resources = registration.total_resources.as_deref().unwrap();
    assert_eq!(resources[0].integer_value, Some(4 * 1024));
    assert_eq!(resources[1].integer_value, Some(8 * 1024 - 256));
    assert!(agent.container_instance_arn.contains(":container-instance/default/"));
    agent.stop().await.unwrap();
    // Shutting the agent down leaves the task running.
    assert_eq!(containers_of(&engine, &task).await["web"].state, ContainerState::Running);
}

#[tokio::test]
async fn an_essential_exit_stops_the_rest_and_the_task() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    let mut sidecar = container("sidecar");
    sidecar.essential = Some(false);
    control_plane.assign(assigned(1, vec![container("app"), sidecar]));
    let task = task_arn(1);
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    let app = wait_for_container(&engine, &task, "app").await;
    wait_for_container(&engine, &task, "sidecar").await;

    assert!(engine.exit_container(&app.id, 3));
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    assert_eq!(stopped.reason.as_deref(), Some(ESSENTIAL_CONTAINER_EXITED));
    let containers = stopped.containers.unwrap();
    let exit_code = |name: &str| containers.iter().find(|container| container.container_name.as_deref() == Some(name)).unwrap().exit_code;
    assert_eq!(exit_code("app"), Some(3));
    // SIGTERM from the agent.
    assert_eq!(exit_code("sidecar"), Some(143));
    assert!(containers.iter().all(|container| container.status.as_deref() == Some("STOPPED")));
    assert!(stopped.execution_stopped_at.is_some());
    let on_engine = containers_of(&engine, &task).await;
    assert!(on_engine.values().all(|status| status.state == ContainerState::Exited));
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn a_non_essential_exit_is_reported_and_the_task_keeps_running() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    let mut helper = container("helper");
    helper.essential = Some(false);
    control_plane.assign(assigned(1, vec![container("app"), helper]));
    let task = task_arn(1);
    let helper = wait_for_container(&engine, &task, "helper").await;
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    assert!(engine.exit_container(&helper.id, 0));
    let change =
        eventually("the helper's exit reported", || {
            control_plane.changes_for(&task, "RUNNING").into_iter().find(|change| {
                change.containers.as_deref().unwrap_or_default().iter().any(|container| {
                    container.container_name.as_deref() == Some("helper") && container.status.as_deref() == Some("STOPPED")
                })
            })
        })
        .await;
    let helper_change =
        change.containers.unwrap().into_iter().find(|container| container.container_name.as_deref() == Some("helper")).unwrap();
    assert_eq!(helper_change.exit_code, Some(0));
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(control_plane.changes_for(&task, "STOPPED").is_empty());
    assert_eq!(containers_of(&engine, &task).await["app"].state, ContainerState::Running);
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn depends_on_orders_the_start_by_success_and_health() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    let mut init = container("init");
    init.essential = Some(false);
    let mut app = container("app");
    app.depends_on = Some(vec![ContainerDependency { container_name: "init".into(), condition: ContainerCondition::Success }]);
    app.health_check = Some(HealthCheck { command: vec!["CMD-SHELL".into(), "true".into()], ..Default::default() });
    let mut proxy = container("proxy");
    proxy.depends_on = Some(vec![ContainerDependency { container_name: "app".into(), condition: ContainerCondition::Healthy }]);
    control_plane.assign(assigned(1, vec![proxy, app, init]));
    let task = task_arn(1);

    let init = wait_for_container(&engine, &task, "init").await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(containers_of(&engine, &task).await.len(), 1, "only init starts before it has succeeded");
    assert!(engine.exit_container(&init.id, 0));
    let app = wait_for_container(&engine, &task, "app").await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!containers_of(&engine, &task).await.contains_key("proxy"), "proxy waits for app to be healthy");
    assert!(control_plane.changes_for(&task, "RUNNING").is_empty(), "proxy is essential and not started yet");

    assert!(engine.set_health(&app.id, HealthState::Healthy));
    wait_for_container(&engine, &task, "proxy").await;
    let running = eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    let names: Vec<_> =
        running.containers.unwrap().into_iter().map(|container| (container.container_name.unwrap(), container.status.unwrap())).collect();
    assert!(names.contains(&("init".to_string(), "STOPPED".to_string())));
    assert!(names.contains(&("app".to_string(), "RUNNING".to_string())));
    assert!(names.contains(&("proxy".to_string(), "RUNNING".to_string())));
    let health = eventually("health reported", || {
        control_plane.health().into_iter().find(|report| report.containers.iter().any(|container| container.health_status == "HEALTHY"))
    })
    .await;
    assert_eq!(health.task, task);
    assert_eq!(health.containers[0].container_name, "app");

    // StopTask stops dependents before what they depend on.
    control_plane.stop_task(&task);
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    assert_eq!(stopped.reason, None, "the control plane keeps the StopTask reason");
    let on_engine = containers_of(&engine, &task).await;
    let finished = |name: &str| on_engine[name].finished_at.unwrap();
    assert!(finished("proxy") <= finished("app"));
    assert_eq!(on_engine["app"].exit_code, Some(143));
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn a_failed_success_dependency_stops_the_task_without_starting_its_dependent() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    let mut migrate = container("migrate");
    migrate.essential = Some(false);
    let mut app = container("app");
    app.depends_on = Some(vec![ContainerDependency { container_name: "migrate".into(), condition: ContainerCondition::Success }]);
    control_plane.assign(assigned(1, vec![migrate, app]));
    let task = task_arn(1);
    let migrate = wait_for_container(&engine, &task, "migrate").await;
    assert!(engine.exit_container(&migrate.id, 1));
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    assert_eq!(stopped.reason.as_deref(), Some(ESSENTIAL_CONTAINER_EXITED));
    assert!(!containers_of(&engine, &task).await.contains_key("app"), "app never started");
    let app_change = stopped.containers.unwrap().into_iter().find(|container| container.container_name.as_deref() == Some("app")).unwrap();
    assert_eq!(app_change.runtime_id, None);
    assert!(app_change.reason.unwrap().contains("migrate"));
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn stop_task_stops_the_containers_and_reports_their_exit_codes() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    let mut slow = container("slow");
    slow.stop_timeout = Some(1);
    control_plane.assign(assigned(1, vec![container("app"), slow]));
    let task = task_arn(1);
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    let slow = wait_for_container(&engine, &task, "slow").await;
    engine.ignore_sigterm(&slow.id);

    control_plane.stop_task(&task);
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    let containers = stopped.containers.unwrap();
    let exit_code = |name: &str| containers.iter().find(|container| container.container_name.as_deref() == Some(name)).unwrap().exit_code;
    assert_eq!(exit_code("app"), Some(143));
    // It ignored SIGTERM and was killed after its one-second stopTimeout.
    assert_eq!(exit_code("slow"), Some(137));
    assert!(!control_plane.is_listed(&task));
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn a_task_stopped_before_it_started_is_reported_without_running() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let mut task = assigned(1, vec![container("app")]);
    task.task.desired_status = Some("STOPPED".into());
    control_plane.assign(task);
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task_arn(1), "STOPPED").into_iter().next()).await;
    assert_eq!(stopped.containers.unwrap()[0].status.as_deref(), Some("STOPPED"));
    assert_eq!(engine.container_count(), 0);
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn a_pull_failure_without_a_cached_image_stops_the_task() {
    let engine = ferry_engine::FakeEngine::new();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    control_plane.assign(assigned(1, vec![container("app")]));
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task_arn(1), "STOPPED").into_iter().next()).await;
    let reason = stopped.reason.unwrap();
    assert!(reason.starts_with("CannotPullContainerError: "), "{reason}");
    assert!(reason.contains("not found"), "the engine's message is kept: {reason}");
    assert!(stopped.pull_started_at.is_some());
    assert_eq!(engine.container_count(), 0);

    // With the default behaviour a failed pull falls back to the cached image.
    engine.add_image(IMAGE);
    engine.fail_next_pull(IMAGE);
    control_plane.assign(assigned(2, vec![container("app")]));
    eventually("RUNNING reported", || control_plane.changes_for(&task_arn(2), "RUNNING").into_iter().next()).await;
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn always_pull_refuses_the_cached_image_and_prefer_cached_skips_the_pull() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let mut always = options(data_dir.path());
    always.image_pull_behavior = ferry_agent::ImagePullBehavior::Always;
    let agent = RunningAgent::start(always, &engine, &control_plane).await;
    engine.fail_next_pull(IMAGE);
    control_plane.assign(assigned(1, vec![container("app")]));
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task_arn(1), "STOPPED").into_iter().next()).await;
    assert!(stopped.reason.unwrap().starts_with("CannotPullContainerError: "));
    agent.stop().await.unwrap();

    let data_dir = tempfile::tempdir().unwrap();
    let mut prefer_cached = options(data_dir.path());
    prefer_cached.image_pull_behavior = ferry_agent::ImagePullBehavior::PreferCached;
    let agent = RunningAgent::start(prefer_cached, &engine, &control_plane).await;
    engine.fail_next_pull(IMAGE);
    control_plane.assign(assigned(2, vec![container("app")]));
    let running = eventually("RUNNING reported", || control_plane.changes_for(&task_arn(2), "RUNNING").into_iter().next()).await;
    assert!(running.pull_started_at.is_none(), "nothing was pulled");
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn a_start_failure_stops_the_task_with_the_engine_message() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;

    let mut first = container("web");
    first.port_mappings = Some(vec![PortMapping { container_port: Some(80), host_port: Some(8080), ..Default::default() }]);
    control_plane.assign(assigned(1, vec![first.clone()]));
    eventually("RUNNING reported", || control_plane.changes_for(&task_arn(1), "RUNNING").into_iter().next()).await;
    // Same fixed host port: the engine refuses to start the second.
    control_plane.assign(assigned(2, vec![first]));
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task_arn(2), "STOPPED").into_iter().next()).await;
    let reason = stopped.reason.unwrap();
    assert!(reason.starts_with("CannotStartContainerError: ") && reason.contains("port is already allocated"), "{reason}");
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn host_awsvpc_and_none_tasks_get_their_networks() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let registration = &control_plane.registrations()[0];
    let subnet = registration.attributes.as_deref().unwrap().iter().find(|attribute| attribute.name == "ferry.awsvpc-subnet").unwrap();
    assert_eq!(subnet.value.as_deref(), Some("10.213.0.0/24"));

    let mut web = container("web");
    web.port_mappings = Some(vec![PortMapping { container_port: Some(8080), ..Default::default() }]);
    let mut host_task = assigned(1, vec![web.clone()]);
    host_task.task_definition.network_mode = Some(NetworkMode::Host);
    control_plane.assign(host_task);
    let running = eventually("host task RUNNING", || control_plane.changes_for(&task_arn(1), "RUNNING").into_iter().next()).await;
    let binding = &running.containers.unwrap()[0].network_bindings.clone().unwrap()[0];
    assert_eq!((binding.container_port, binding.host_port), (Some(8080), Some(8080)));

    let mut awsvpc_task = assigned(2, vec![web, container("sidecar")]);
    awsvpc_task.task_definition.network_mode = Some(NetworkMode::Awsvpc);
    awsvpc_task.task.attachments = Some(vec![ferry_ecs::generated::Attachment {
        r#type: Some("ElasticNetworkInterface".into()),
        details: Some(vec![
            ferry_ecs::generated::KeyValuePair { name: Some("subnetId".into()), value: Some("10.213.0.0/24".into()) },
            ferry_ecs::generated::KeyValuePair { name: Some("privateIPv4Address".into()), value: Some("10.213.0.9".into()) },
        ]),
        ..Default::default()
    }]);
    control_plane.assign(awsvpc_task);
    eventually("awsvpc task RUNNING", || control_plane.changes_for(&task_arn(2), "RUNNING").into_iter().next()).await;
    let containers = containers_of(&engine, &task_arn(2)).await;
    assert_eq!(containers["web"].network_addresses.get("ferry-awsvpc-10.213.0.0-24").map(String::as_str), Some("10.213.0.9"));
    assert_eq!(containers["sidecar"].state, ContainerState::Running);
    assert!(containers["sidecar"].network_addresses.is_empty(), "the sidecar shares web's namespace");

    let mut none_task = assigned(3, vec![container("quiet")]);
    none_task.task_definition.network_mode = Some(NetworkMode::None);
    control_plane.assign(none_task);
    eventually("none task RUNNING", || control_plane.changes_for(&task_arn(3), "RUNNING").into_iter().next()).await;
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn stopped_tasks_are_removed_from_the_engine_after_the_cleanup_wait() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let mut options = options(data_dir.path());
    options.task_cleanup_wait = Duration::from_millis(300);
    let agent = RunningAgent::start(options, &engine, &control_plane).await;

    let mut scratch = container("app");
    scratch.mount_points = Some(vec![ferry_ecs::generated::MountPoint {
        source_volume: Some("scratch".into()),
        container_path: Some("/scratch".into()),
        read_only: None,
    }]);
    let mut task = assigned(1, vec![scratch]);
    task.task_definition.volumes = Some(vec![ferry_ecs::generated::Volume { name: Some("scratch".into()), ..Default::default() }]);
    control_plane.assign(task);
    let app = wait_for_container(&engine, &task_arn(1), "app").await;
    let task_directory = data_dir.path().join("tasks").join(task_id(1));
    assert!(task_directory.join("volumes/scratch").is_dir());
    assert!(engine.exit_container(&app.id, 0));
    eventually("STOPPED reported", || control_plane.changes_for(&task_arn(1), "STOPPED").into_iter().next()).await;
    assert_eq!(engine.container_count(), 1, "kept for the cleanup wait");
    eventually("containers removed", || (engine.container_count() == 0).then_some(())).await;
    eventually("scratch directory removed", || (!task_directory.exists()).then_some(())).await;
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn reports_are_retried_after_transient_failures() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    control_plane.fail_state_changes(3);
    control_plane.assign(assigned(1, vec![container("app")]));
    eventually("RUNNING delivered after retries", || control_plane.changes_for(&task_arn(1), "RUNNING").into_iter().next()).await;
    assert!(control_plane.state_change_attempts() >= 4);

    // A stop that the control plane refuses (4xx) is dropped, not retried forever: the task is
    // unknown to it. The next report of another task still goes out.
    let attempts = control_plane.state_change_attempts();
    let app = wait_for_container(&engine, &task_arn(1), "app").await;
    control_plane.stop_task(&task_arn(1));
    eventually("STOPPED delivered", || control_plane.changes_for(&task_arn(1), "STOPPED").into_iter().next()).await;
    assert!(control_plane.state_change_attempts() > attempts);
    assert_eq!(engine.inspect_container(&app.id).await.unwrap().unwrap().state, ContainerState::Exited);
    agent.stop().await.unwrap();
}
