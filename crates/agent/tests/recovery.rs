//! What survives what: agent restarts (adoption), engine restarts, a control plane that goes
//! away, containers nobody assigns, deregistration, and agents sharing one engine.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::*;
use ferry_agent::{AgentError, ESSENTIAL_CONTAINER_EXITED};
use ferry_engine::{ContainerEngine, ContainerSpec, ContainerState};

#[tokio::test]
async fn a_restarted_agent_adopts_its_running_task_without_creating_it_again() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let mut sidecar = container("sidecar");
    sidecar.essential = Some(false);
    control_plane.assign(assigned(1, vec![container("app"), sidecar]));
    let task = task_arn(1);

    let first = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    let before = containers_of(&engine, &task).await;
    let instance = first.container_instance_arn.clone();
    first.stop().await.unwrap();

    // The sidecar exits while no agent is watching.
    assert!(engine.exit_container(&before["sidecar"].id, 4));

    let second = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    assert_eq!(second.container_instance_arn, instance, "re-registered as the same instance");
    let registrations = control_plane.registrations();
    assert_eq!(registrations[1].container_instance_arn.as_deref(), Some(instance.as_str()));
    let report = eventually("the sidecar's exit reported", || {
        control_plane.changes_for(&task, "RUNNING").into_iter().find(|change| {
            change
                .containers
                .as_deref()
                .unwrap_or_default()
                .iter()
                .any(|container| container.container_name.as_deref() == Some("sidecar") && container.exit_code == Some(4))
        })
    })
    .await;
    let app_change = report.containers.unwrap().into_iter().find(|container| container.container_name.as_deref() == Some("app")).unwrap();
    assert_eq!(app_change.runtime_id.as_deref(), Some(before["app"].id.as_str()));
    assert_eq!(app_change.status.as_deref(), Some("RUNNING"));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let after = containers_of(&engine, &task).await;
    assert_eq!(engine.container_count(), 2, "nothing was created again");
    assert_eq!(after["app"].id, before["app"].id);
    assert_eq!(after["app"].started_at, before["app"].started_at, "never started twice");
    assert!(control_plane.changes_for(&task, "STOPPED").is_empty());

    // The adopted task is still under control: its essential exit stops it.
    assert!(engine.exit_container(&after["app"].id, 0));
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    assert_eq!(stopped.reason.as_deref(), Some(ESSENTIAL_CONTAINER_EXITED));
    second.stop().await.unwrap();
}

#[tokio::test]
async fn a_task_that_ended_while_the_agent_was_away_is_reported_stopped() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    control_plane.assign(assigned(1, vec![container("app")]));
    let task = task_arn(1);
    let first = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let app = wait_for_container(&engine, &task, "app").await;
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    first.stop().await.unwrap();

    assert!(engine.exit_container(&app.id, 9));
    let second = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    assert_eq!(stopped.reason.as_deref(), Some(ESSENTIAL_CONTAINER_EXITED));
    assert_eq!(stopped.containers.unwrap()[0].exit_code, Some(9));
    assert_eq!(engine.container_count(), 1);
    second.stop().await.unwrap();
}

#[tokio::test]
async fn a_crash_between_create_and_report_takes_over_the_existing_container() {
    // An agent that died right after creating a container: the container exists, the task is
    // still PENDING. A name conflict makes the next agent take it over instead of making a second.
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let first = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let instance = first.container_instance_arn.clone();
    first.stop().await.unwrap();

    let task = task_arn(1);
    let labels = BTreeMap::from([
        ("com.amazonaws.ecs.task-arn".to_string(), task.clone()),
        ("com.amazonaws.ecs.container-name".to_string(), "app".to_string()),
        ("ferry.container-instance-arn".to_string(), instance),
    ]);
    let name = format!("ecs-web-1-app-{}", &task_id(1)[..20]);
    let id = engine.create_container(&ContainerSpec { name, image: IMAGE.into(), labels, ..Default::default() }).await.unwrap();

    control_plane.assign(assigned(1, vec![container("app")]));
    let second = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let running = eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    assert_eq!(running.containers.unwrap()[0].runtime_id.as_deref(), Some(id.as_str()));
    assert_eq!(engine.container_count(), 1);
    second.stop().await.unwrap();
}

#[tokio::test]
async fn an_engine_restart_is_reported_as_the_tasks_stopping() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    control_plane.assign(assigned(1, vec![container("app")]));
    let task = task_arn(1);
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;

    engine.restart_engine();
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    assert_eq!(stopped.reason.as_deref(), Some(ESSENTIAL_CONTAINER_EXITED));
    let app = &stopped.containers.unwrap()[0];
    assert_eq!(app.exit_code, Some(255));
    assert!(app.reason.as_deref().unwrap_or_default().contains("engine restarted"), "{:?}", app.reason);

    // The agent keeps working on the restarted engine.
    control_plane.assign(assigned(2, vec![container("app")]));
    eventually("the next task runs", || control_plane.changes_for(&task_arn(2), "RUNNING").into_iter().next()).await;
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn tasks_keep_running_while_the_control_plane_is_away() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    control_plane.assign(assigned(1, vec![container("app")]));
    let task = task_arn(1);
    let app = wait_for_container(&engine, &task, "app").await;
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;

    control_plane.set_unreachable(true);
    // Wake the pending poll so it notices.
    control_plane.assign(assigned(99, vec![]));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(engine.inspect_container(&app.id).await.unwrap().unwrap().state, ContainerState::Running);
    // What happens meanwhile is reported once it is back.
    assert!(engine.exit_container(&app.id, 0));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(control_plane.changes_for(&task, "STOPPED").is_empty());
    control_plane.set_unreachable(false);
    eventually("STOPPED delivered after the outage", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn containers_of_unassigned_tasks_are_stopped_and_reported() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let first = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    control_plane.assign(assigned(1, vec![container("app")]));
    let task = task_arn(1);
    let app = wait_for_container(&engine, &task, "app").await;
    eventually("RUNNING reported", || control_plane.changes_for(&task, "RUNNING").into_iter().next()).await;
    first.stop().await.unwrap();

    // The control plane forgot the task while the agent was down.
    let forgetful = FakeControlPlane::new();
    let second = RunningAgent::start(options(data_dir.path()), &engine, &forgetful).await;
    eventually_async("the orphan stopped", || async {
        (engine.inspect_container(&app.id).await.unwrap().unwrap().state == ContainerState::Exited).then_some(())
    })
    .await;
    // Its STOPPED report is refused (400: unknown task) and dropped, not retried forever.
    eventually("the report attempted", || (forgetful.state_change_attempts() >= 1).then_some(())).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(forgetful.state_change_attempts(), 1);
    assert!(forgetful.state_changes().is_empty());
    second.stop().await.unwrap();
}

#[tokio::test]
async fn agents_sharing_an_engine_touch_only_their_own_containers() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let (one_dir, two_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let one = RunningAgent::start(options(one_dir.path()), &engine, &control_plane).await;
    control_plane.assign(assigned(1, vec![container("app")]));
    let theirs = wait_for_container(&engine, &task_arn(1), "app").await;

    // A second agent with its own control plane (which knows nothing of task 1) starts beside it.
    let other_control_plane = FakeControlPlane::numbering_instances_from(100);
    let two = RunningAgent::start(options(two_dir.path()), &engine, &other_control_plane).await;
    assert_ne!(one.container_instance_arn, two.container_instance_arn);
    other_control_plane.assign(assigned(2, vec![container("app")]));
    wait_for_container(&engine, &task_arn(2), "app").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(engine.inspect_container(&theirs.id).await.unwrap().unwrap().state, ContainerState::Running);
    one.stop().await.unwrap();
    two.stop().await.unwrap();
}

#[tokio::test]
async fn two_agents_cannot_share_a_data_directory() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let first = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let engine_arc: std::sync::Arc<dyn ContainerEngine> = std::sync::Arc::new(engine.clone());
    let control_plane_arc: std::sync::Arc<dyn ferry_agent::ControlPlane> = std::sync::Arc::new(control_plane.clone());
    let second = ferry_agent::run_agent(options(data_dir.path()), engine_arc, control_plane_arc, std::future::pending()).await;
    assert!(matches!(second, Err(AgentError::StateFile(ferry_agent::state_file::StateFileError::Locked(_)))), "{second:?}");
    first.stop().await.unwrap();
}

#[tokio::test]
async fn deregistration_stops_the_tasks_and_ends_the_agent() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    control_plane.assign(assigned(1, vec![container("app")]));
    let app = wait_for_container(&engine, &task_arn(1), "app").await;
    control_plane.deregister();
    let result = agent.finished().await;
    assert!(matches!(result, Err(AgentError::Deregistered { .. })), "{result:?}");
    assert_eq!(engine.inspect_container(&app.id).await.unwrap().unwrap().state, ContainerState::Exited);
    assert_eq!(ferry_agent::registered_container_instance_arn(data_dir.path()), None);
}
