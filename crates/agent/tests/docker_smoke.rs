//! A smoke test through the real Docker engine (skipped when there is none, or no
//! `ferry-test/busybox:latest` from scripts/make-test-image): a task runs, a container reads the
//! task metadata endpoint from inside the bridge network, StopTask stops the task, cleanup
//! removes it. Containers are labelled `ferry.test=agent-smoke` and removed at the end.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use common::*;
use ferry_ecs::generated::{ContainerCondition, ContainerDependency, PortMapping};
use ferry_engine::{ContainerEngine, DockerEngine};

const TEST_LABEL: (&str, &str) = ("ferry.test", "agent-smoke");

async fn docker() -> Option<DockerEngine> {
    let engine = DockerEngine::connect().await.ok()?;
    if !engine.image_present(IMAGE).await.ok()? {
        eprintln!("skipping: {IMAGE} is missing (run scripts/make-test-image)");
        return None;
    }
    Some(engine)
}

async fn remove_test_containers(engine: &DockerEngine) {
    let selector = [(TEST_LABEL.0.to_string(), TEST_LABEL.1.to_string())];
    for container in engine.list_containers(&selector).await.unwrap_or_default() {
        let _ = engine.stop_container(&container.id, Duration::from_secs(1)).await;
        let _ = engine.remove_container(&container.id).await;
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[tokio::test]
async fn a_task_runs_on_docker_reads_its_metadata_and_stops() {
    let Some(docker) = docker().await else {
        eprintln!("skipping: no Docker engine");
        return;
    };
    init_logging();
    remove_test_containers(&docker).await;
    let control_plane = FakeControlPlane::new();
    let data_dir = tempfile::tempdir().unwrap();
    let mut options = options(data_dir.path());
    options.metadata_port = free_port();
    options.task_cleanup_wait = Duration::from_millis(500);
    // The test image exists only locally; never reach for a registry.
    options.image_pull_behavior = ferry_agent::ImagePullBehavior::PreferCached;
    let engine: Arc<dyn ContainerEngine> = Arc::new(docker);
    let (shutdown_sender, shutdown) = tokio::sync::oneshot::channel::<()>();
    let agent = tokio::spawn(ferry_agent::run_agent(options, engine.clone(), Arc::new(control_plane.clone()), async move {
        let _ = shutdown.await;
    }));

    let labels = BTreeMap::from([(TEST_LABEL.0.to_string(), TEST_LABEL.1.to_string())]);
    let mut web = container("web");
    web.command = Some(vec!["httpd".into(), "-f".into(), "-p".into(), "8080".into()]);
    web.port_mappings = Some(vec![PortMapping { container_port: Some(8080), ..Default::default() }]);
    web.docker_labels = Some(labels.clone());
    web.stop_timeout = Some(2);
    let mut probe = container("probe");
    probe.essential = Some(false);
    probe.entry_point = Some(vec!["sh".into(), "-c".into()]);
    probe.command = Some(vec!["wget -q -O /tmp/task \"$ECS_CONTAINER_METADATA_URI_V4/task\" && grep -q TaskARN /tmp/task".into()]);
    probe.docker_labels = Some(labels);
    probe.depends_on = Some(vec![ContainerDependency { container_name: "web".into(), condition: ContainerCondition::Start }]);
    let mut task = assigned(1, vec![web, probe]);
    task.task_definition.family = Some("ferry-agent-smoke".into());
    control_plane.assign(task);
    let task = task_arn(1);

    let running = eventually_async("RUNNING reported", || async { control_plane.changes_for(&task, "RUNNING").into_iter().next() }).await;
    let web = running.containers.unwrap().into_iter().find(|container| container.container_name.as_deref() == Some("web")).unwrap();
    let host_port = web.network_bindings.unwrap()[0].host_port.unwrap();
    // The published port answers on the host.
    eventually_async("the web container answers on its host port", || async {
        tokio::net::TcpStream::connect(("127.0.0.1", host_port as u16)).await.ok().map(drop)
    })
    .await;
    let probe =
        eventually("the probe's exit reported", || {
            control_plane.changes_for(&task, "RUNNING").into_iter().find_map(|change| {
                change.containers.unwrap_or_default().into_iter().find(|container| {
                    container.container_name.as_deref() == Some("probe") && container.status.as_deref() == Some("STOPPED")
                })
            })
        })
        .await;
    assert_eq!(probe.exit_code, Some(0), "the probe read its task metadata from inside the container: {probe:?}");

    control_plane.stop_task(&task);
    let stopped = eventually("STOPPED reported", || control_plane.changes_for(&task, "STOPPED").into_iter().next()).await;
    let web = stopped.containers.unwrap().into_iter().find(|container| container.container_name.as_deref() == Some("web")).unwrap();
    // httpd exits on SIGTERM (143) or is killed after the 2 s stopTimeout (137).
    assert!(matches!(web.exit_code, Some(143) | Some(137) | Some(0)), "{web:?}");
    eventually_async("containers removed after the cleanup wait", || async {
        let selector = [("com.amazonaws.ecs.task-arn".to_string(), task.clone())];
        engine.list_containers(&selector).await.unwrap().is_empty().then_some(())
    })
    .await;

    let _ = shutdown_sender.send(());
    agent.await.unwrap().unwrap();
    let docker = DockerEngine::connect().await.unwrap();
    remove_test_containers(&docker).await;
}
