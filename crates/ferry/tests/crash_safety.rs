//! SIGKILL of `ferry server` in the middle of a stream of RegisterTaskDefinition calls: after a
//! restart every acknowledged revision is there with the content it was acknowledged with, and the
//! revisions of the family are 1..=N without a gap.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use aws_sdk_ecs::types::{ContainerDefinition, KeyValuePair};
use common::FerryProcess;
use tokio::sync::Mutex;

const WRITERS: usize = 8;

fn definition_marked(marker: &str) -> ContainerDefinition {
    ContainerDefinition::builder()
        .name("app")
        .image("busybox")
        .memory(64)
        .environment(KeyValuePair::builder().name("MARKER").value(marker).build())
        .build()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_revisions_survive_sigkill_without_gaps() {
    let directory = tempfile::tempdir().unwrap();
    let ferry = FerryProcess::start(directory.path());
    let ecs = ferry.ecs();

    // revision -> the marker of the call that was acknowledged with it
    let acknowledged: Arc<Mutex<BTreeMap<i32, String>>> = Arc::default();
    let mut writers = Vec::new();
    for writer in 0..WRITERS {
        let ecs = ecs.clone();
        let acknowledged = acknowledged.clone();
        writers.push(tokio::spawn(async move {
            for call in 0.. {
                let marker = format!("writer-{writer}-call-{call}");
                match ecs.register_task_definition().family("crash").container_definitions(definition_marked(&marker)).send().await {
                    Ok(output) => {
                        let revision = output.task_definition().unwrap().revision();
                        acknowledged.lock().await.insert(revision, marker);
                    }
                    Err(_) => return,
                }
            }
        }));
    }
    // Let a good number of writes through, then pull the plug with writes in flight.
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        if acknowledged.lock().await.len() >= 300 {
            break;
        }
    }
    ferry.kill();
    for writer in writers {
        writer.await.unwrap();
    }
    let acknowledged = acknowledged.lock().await.clone();
    assert!(acknowledged.len() >= 300);

    let ferry = FerryProcess::start(directory.path());
    let ecs = ferry.ecs();
    let pages: Vec<_> = ecs.list_task_definitions().family_prefix("crash").into_paginator().send().collect::<Vec<_>>().await;
    let stored: Vec<i32> = pages
        .into_iter()
        .flat_map(|page| page.unwrap().task_definition_arns().to_vec())
        .map(|arn| arn.rsplit(':').next().unwrap().parse::<i32>().unwrap())
        .collect();
    let highest = *stored.last().unwrap();
    assert_eq!(stored, (1..=highest).collect::<Vec<_>>(), "revisions are gapless");
    assert!(highest >= *acknowledged.keys().last().unwrap());
    for (revision, marker) in &acknowledged {
        let described = ecs.describe_task_definition().task_definition(format!("crash:{revision}")).send().await.unwrap();
        let environment = described.task_definition().unwrap().container_definitions()[0].environment();
        assert_eq!(environment[0].value(), Some(marker.as_str()), "revision {revision} holds what was acknowledged");
    }
    // The next registration continues the sequence.
    let next = ecs.register_task_definition().family("crash").container_definitions(definition_marked("after")).send().await.unwrap();
    assert_eq!(next.task_definition().unwrap().revision(), highest + 1);
}
