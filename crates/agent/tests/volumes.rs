//! A task's volumes on one agent, against `FakeEngine` and the scripted control plane: engine
//! volumes made with their configuration and labels before the containers, task-scoped ones
//! removed at cleanup after the containers (shared ones never), and scratch directories removed
//! with them — also for a task found orphaned after a restart.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::*;
use ferry_ecs::generated::{ContainerDefinition, DockerVolumeConfiguration, MountPoint, Scope, Volume};
use ferry_engine::{ContainerEngine, ContainerSpec, ContainerState, Mount, MountSource};

/// Short enough for a test, long enough to look at what a stopped task left behind.
const CLEANUP_WAIT: Duration = Duration::from_millis(300);

fn mounting(name: &str, volumes: &[&str]) -> ContainerDefinition {
    let mut definition = container(name);
    definition.mount_points = Some(
        volumes
            .iter()
            .map(|volume| MountPoint { source_volume: Some((*volume).into()), container_path: Some(format!("/{volume}")), read_only: None })
            .collect(),
    );
    definition
}

fn docker_volume(name: &str, configuration: DockerVolumeConfiguration) -> Volume {
    Volume { name: Some(name.into()), docker_volume_configuration: Some(configuration), ..Default::default() }
}

fn task_scoped(name: &str) -> Volume {
    docker_volume(
        name,
        DockerVolumeConfiguration {
            scope: Some(Scope::Task),
            driver: Some("local".into()),
            driver_opts: Some(BTreeMap::from([("type".into(), "tmpfs".into()), ("device".into(), "tmpfs".into())])),
            labels: Some(BTreeMap::from([("team".into(), "blue".into())])),
            ..Default::default()
        },
    )
}

fn shared_autoprovisioned(name: &str) -> Volume {
    docker_volume(name, DockerVolumeConfiguration { scope: Some(Scope::Shared), autoprovision: Some(true), ..Default::default() })
}

fn scratch(name: &str) -> Volume {
    Volume { name: Some(name.into()), ..Default::default() }
}

/// The engine name of task `number`'s task-scoped volume `volume` (family `web`, revision 1).
fn task_volume_name(number: u32, volume: &str) -> String {
    format!("ecs-web-1-{volume}-{}", &task_id(number)[..20])
}

fn with_cleanup_wait(data_dir: &std::path::Path) -> ferry_agent::AgentOptions {
    let mut options = options(data_dir);
    options.task_cleanup_wait = CLEANUP_WAIT;
    options
}

#[tokio::test]
async fn task_scoped_volumes_are_made_labelled_and_removed_after_the_containers() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(with_cleanup_wait(data_dir.path()), &engine, &control_plane).await;

    let mut reader = mounting("reader", &["data", "cache", "scratch"]);
    reader.essential = Some(false);
    let mut task = assigned(1, vec![mounting("writer", &["data", "cache", "scratch"]), reader]);
    task.task_definition.volumes = Some(vec![task_scoped("data"), shared_autoprovisioned("cache"), scratch("scratch")]);
    control_plane.assign(task);
    let task = task_arn(1);
    let writer = wait_for_container(&engine, &task, "writer").await;
    wait_for_container(&engine, &task, "reader").await;

    // Made by the agent with the definition's driver, options and labels, plus the task's identity.
    let data = task_volume_name(1, "data");
    let volume = engine.volume(&data).expect("the task-scoped volume exists while the task runs");
    assert_eq!(volume.driver, "local");
    assert_eq!(volume.driver_opts, BTreeMap::from([("device".into(), "tmpfs".into()), ("type".into(), "tmpfs".into())]));
    assert_eq!(volume.labels["team"], "blue");
    assert_eq!(volume.labels["com.amazonaws.ecs.task-arn"], task);
    assert_eq!(volume.labels["com.amazonaws.ecs.cluster"], "default");
    assert_eq!(volume.labels["ferry.container-instance-arn"], agent.container_instance_arn);
    // A shared volume is the definition's name, and carries no task's labels.
    assert!(engine.volume("cache").unwrap().labels.is_empty());
    let task_directory = data_dir.path().join("tasks").join(task_id(1));
    assert!(task_directory.join("volumes/scratch").is_dir());

    assert!(engine.exit_container(&writer.id, 0));
    eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    assert!(engine.volume(&data).is_some(), "kept with the containers for the cleanup wait");
    eventually("containers removed", || (engine.container_count() == 0).then_some(())).await;
    eventually("the task-scoped volume removed", || engine.volume(&data).is_none().then_some(())).await;
    eventually("scratch directory removed", || (!task_directory.exists()).then_some(())).await;
    assert!(engine.volume("cache").is_some(), "a shared volume outlives the task");
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn a_volume_still_in_use_at_cleanup_is_left_and_the_rest_is_cleaned_up() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(with_cleanup_wait(data_dir.path()), &engine, &control_plane).await;

    let mut task = assigned(1, vec![mounting("app", &["data", "scratch"])]);
    task.task_definition.volumes = Some(vec![task_scoped("data"), scratch("scratch")]);
    control_plane.assign(task);
    let app = wait_for_container(&engine, &task_arn(1), "app").await;
    // Someone else's container mounts the task's volume too.
    let data = task_volume_name(1, "data");
    let stranger = ContainerSpec {
        name: "stranger".into(),
        image: IMAGE.into(),
        mounts: vec![Mount { source: MountSource::Volume(data.clone()), target: "/data".into(), read_only: false }],
        ..Default::default()
    };
    let stranger = engine.create_container(&stranger).await.unwrap();
    engine.start_container(&stranger).await.unwrap();

    assert!(engine.exit_container(&app.id, 0));
    eventually("STOPPED reported", || control_plane.changes_for(&task_arn(1), "STOPPED").into_iter().next()).await;
    eventually("the task's container removed", || (engine.container_count() == 1).then_some(())).await;
    let task_directory = data_dir.path().join("tasks").join(task_id(1));
    eventually("scratch directory removed", || (!task_directory.exists()).then_some(())).await;
    assert!(engine.volume(&data).is_some(), "a volume in use is not forced away");
    assert_eq!(engine.inspect_container(&stranger).await.unwrap().unwrap().state, ContainerState::Running);
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn a_volume_the_engine_cannot_make_stops_the_task_before_any_container() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    // A shared volume of that name already exists with another driver.
    engine.ensure_volume("cache", Some("nfs"), &BTreeMap::new(), &BTreeMap::new()).await.unwrap();

    let mut task = assigned(1, vec![mounting("app", &["cache"])]);
    let mut cache = shared_autoprovisioned("cache");
    cache.docker_volume_configuration.as_mut().unwrap().driver = Some("local".into());
    task.task_definition.volumes = Some(vec![cache]);
    control_plane.assign(task);
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task_arn(1), "STOPPED").into_iter().next()).await;
    let reason = stopped.reason.unwrap();
    assert!(reason.starts_with("CannotCreateContainerError: creating the volume cache: "), "{reason}");
    assert_eq!(engine.container_count(), 0);
    assert_eq!(engine.volume("cache").unwrap().driver, "nfs", "the existing volume is left alone");
    agent.stop().await.unwrap();
}

#[tokio::test]
async fn an_orphaned_task_s_scratch_directory_is_removed_at_cleanup() {
    let engine = engine_with_image();
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let first = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
    let mut task = assigned(1, vec![mounting("app", &["scratch"])]);
    task.task_definition.volumes = Some(vec![scratch("scratch")]);
    control_plane.assign(task);
    wait_for_container(&engine, &task_arn(1), "app").await;
    let task_directory = data_dir.path().join("tasks").join(task_id(1));
    assert!(task_directory.join("volumes/scratch").is_dir());
    first.stop().await.unwrap();

    // The control plane forgot the task while the agent was down: the next agent stops what it
    // finds of it, and cleans up after it like after any task.
    let forgetful = FakeControlPlane::new();
    let second = RunningAgent::start(with_cleanup_wait(data_dir.path()), &engine, &forgetful).await;
    eventually("the orphan's container removed", || (engine.container_count() == 0).then_some(())).await;
    eventually("the orphan's scratch directory removed", || (!task_directory.exists()).then_some(())).await;
    assert!(data_dir.path().join("tasks").is_dir(), "only the task's own directory goes");
    second.stop().await.unwrap();
}
