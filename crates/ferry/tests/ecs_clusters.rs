//! Black-box tests of the ECS cluster operations through the AWS SDK for Rust.

mod common;

use aws_sdk_ecs::types::{ClusterField, ClusterSetting, ClusterSettingName, Tag};
use common::{error_code, start_fresh};

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build()
}

#[tokio::test]
async fn create_describe_list_update_and_delete_a_cluster() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();

    let created = ecs.create_cluster().cluster_name("web").tags(tag("team", "blue")).send().await.unwrap();
    let cluster = created.cluster().unwrap();
    assert_eq!(cluster.cluster_arn(), Some("arn:aws:ecs:us-east-1:000000000000:cluster/web"));
    assert_eq!(cluster.cluster_name(), Some("web"));
    assert_eq!(cluster.status(), Some("ACTIVE"));
    assert_eq!(cluster.registered_container_instances_count(), 0);
    assert_eq!(cluster.running_tasks_count(), 0);
    assert_eq!(cluster.active_services_count(), 0);
    assert_eq!(cluster.tags().len(), 1);
    assert_eq!(cluster.settings()[0].name(), Some(&ClusterSettingName::ContainerInsights));
    assert_eq!(cluster.settings()[0].value(), Some("disabled"));

    // Creating it again answers with the cluster as it is.
    let again = ecs.create_cluster().cluster_name("web").send().await.unwrap();
    assert_eq!(again.cluster().unwrap().tags().len(), 1);

    // Without `include`, tags and settings are left out; with it they are there.
    let plain = ecs.describe_clusters().clusters("web").send().await.unwrap();
    assert!(plain.clusters()[0].tags().is_empty());
    assert!(plain.clusters()[0].settings().is_empty());
    let full = ecs
        .describe_clusters()
        .clusters("arn:aws:ecs:us-east-1:000000000000:cluster/web")
        .include(ClusterField::Tags)
        .include(ClusterField::Settings)
        .include(ClusterField::Statistics)
        .send()
        .await
        .unwrap();
    let described = &full.clusters()[0];
    assert_eq!(described.tags()[0].key(), Some("team"));
    assert_eq!(described.settings().len(), 1);
    assert!(described.statistics().iter().any(|pair| pair.name() == Some("runningEC2TasksCount") && pair.value() == Some("0")));

    let listed = ecs.list_clusters().send().await.unwrap();
    assert_eq!(listed.cluster_arns(), ["arn:aws:ecs:us-east-1:000000000000:cluster/web"]);

    let updated = ecs
        .update_cluster_settings()
        .cluster("web")
        .settings(ClusterSetting::builder().name(ClusterSettingName::ContainerInsights).value("enabled").build())
        .send()
        .await
        .unwrap();
    assert_eq!(updated.cluster().unwrap().settings()[0].value(), Some("enabled"));
    let updated = ecs
        .update_cluster()
        .cluster("web")
        .service_connect_defaults(
            aws_sdk_ecs::types::ClusterServiceConnectDefaultsRequest::builder().namespace("internal").build().unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        updated.cluster().unwrap().service_connect_defaults().and_then(|defaults| defaults.namespace()),
        Some("arn:aws:servicediscovery:us-east-1:000000000000:namespace/internal")
    );

    let deleted = ecs.delete_cluster().cluster("web").send().await.unwrap();
    assert_eq!(deleted.cluster().unwrap().status(), Some("INACTIVE"));
    // A deleted cluster stays describable as INACTIVE, leaves the listing, and cannot be deleted twice.
    let described = ecs.describe_clusters().clusters("web").send().await.unwrap();
    assert_eq!(described.clusters()[0].status(), Some("INACTIVE"));
    assert!(ecs.list_clusters().send().await.unwrap().cluster_arns().is_empty());
    let error = ecs.delete_cluster().cluster("web").send().await.unwrap_err();
    assert_eq!(error_code(&error), "ClusterNotFoundException");
    // Creating it again brings it back to ACTIVE.
    let recreated = ecs.create_cluster().cluster_name("web").send().await.unwrap();
    assert_eq!(recreated.cluster().unwrap().status(), Some("ACTIVE"));
}

#[tokio::test]
async fn the_default_cluster_is_what_a_missing_name_means() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();

    let missing = ecs.describe_clusters().send().await.unwrap();
    assert!(missing.clusters().is_empty());
    assert_eq!(missing.failures()[0].arn(), Some("arn:aws:ecs:us-east-1:000000000000:cluster/default"));
    assert_eq!(missing.failures()[0].reason(), Some("MISSING"));

    let created = ecs.create_cluster().send().await.unwrap();
    assert_eq!(created.cluster().unwrap().cluster_name(), Some("default"));
    let described = ecs.describe_clusters().send().await.unwrap();
    assert_eq!(described.clusters()[0].cluster_name(), Some("default"));
    assert!(described.failures().is_empty());
}

#[tokio::test]
async fn list_clusters_pages_with_next_token() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    for index in 0..25 {
        ecs.create_cluster().cluster_name(format!("c{index:02}")).send().await.unwrap();
    }
    let first = ecs.list_clusters().max_results(10).send().await.unwrap();
    assert_eq!(first.cluster_arns().len(), 10);
    assert!(first.next_token().is_some());

    // The SDK's paginator follows nextToken to the end.
    let pages: Vec<_> = ecs.list_clusters().max_results(10).into_paginator().send().collect::<Vec<_>>().await;
    let arns: Vec<String> = pages.into_iter().flat_map(|page| page.unwrap().cluster_arns().to_vec()).collect();
    assert_eq!(arns.len(), 25);
    let mut sorted = arns.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 25);

    let error = ecs.list_clusters().max_results(0).send().await.unwrap_err();
    assert_eq!(error_code(&error), "InvalidParameterException");
    let error = ecs.list_clusters().next_token("not-a-token").send().await.unwrap_err();
    assert_eq!(error_code(&error), "InvalidParameterException");
}

#[tokio::test]
async fn cluster_errors_are_the_ones_ecs_gives() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();

    let error = ecs.create_cluster().cluster_name("bad name!").send().await.unwrap_err();
    assert_eq!(error_code(&error), "InvalidParameterException");
    let error = ecs
        .update_cluster_settings()
        .cluster("nope")
        .settings(ClusterSetting::builder().name(ClusterSettingName::ContainerInsights).value("enabled").build())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error_code(&error), "ClusterNotFoundException");
    let error = ecs.delete_cluster().cluster("nope").send().await.unwrap_err();
    assert_eq!(error_code(&error), "ClusterNotFoundException");
    ecs.create_cluster().cluster_name("c").send().await.unwrap();
    let error = ecs
        .update_cluster_settings()
        .cluster("c")
        .settings(ClusterSetting::builder().name(ClusterSettingName::ContainerInsights).value("sometimes").build())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error_code(&error), "InvalidParameterException");
    let error = ecs.create_cluster().cluster_name("d").tags(tag("aws:reserved", "x")).send().await.unwrap_err();
    assert_eq!(error_code(&error), "InvalidParameterException");
    // Nothing was created by the refused calls.
    assert_eq!(ecs.list_clusters().send().await.unwrap().cluster_arns().len(), 1);
    let error = ecs.describe_clusters().clusters("arn:aws:ecs:eu-west-1:000000000000:cluster/c").send().await.unwrap_err();
    assert_eq!(error_code(&error), "InvalidParameterException");
}
