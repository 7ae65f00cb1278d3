//! The agent's memory with 20 running tasks, measured in this process (which also holds the fake
//! engine and control plane, so the figure is an upper bound). Run with
//! `cargo test -p ferry-agent --release --test footprint -- --ignored --nocapture`.

mod common;

use common::*;

fn resident_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|line| line.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
#[ignore = "a measurement, not a check: run it on purpose"]
fn twenty_running_tasks_stay_small() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let engine = engine_with_image();
        let control_plane = FakeControlPlane::new();
        let data_dir = tempfile::tempdir().unwrap();
        let before = resident_kib();
        let agent = RunningAgent::start(options(data_dir.path()), &engine, &control_plane).await;
        for number in 1..=20 {
            let mut sidecar = container("sidecar");
            sidecar.essential = Some(false);
            control_plane.assign(assigned(number, vec![container("app"), sidecar]));
        }
        for number in 1..=20 {
            eventually("RUNNING", || control_plane.changes_for(&task_arn(number), "RUNNING").into_iter().next()).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let after = resident_kib();
        println!("RSS before the agent: {before} KiB; with 20 running tasks: {after} KiB");
        assert!(after < 20 * 1024, "{after} KiB");
        agent.stop().await.unwrap();
    });
}
