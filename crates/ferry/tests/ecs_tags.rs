//! Black-box tests of TagResource, UntagResource and ListTagsForResource on every resource kind.

mod common;

use aws_sdk_ecs::types::{ContainerDefinition, Tag};
use common::{error_code, start_fresh};

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build()
}

#[tokio::test]
async fn tags_on_clusters_and_task_definitions() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    let cluster_arn =
        ecs.create_cluster().cluster_name("tagged").send().await.unwrap().cluster().unwrap().cluster_arn().unwrap().to_owned();
    let registered = ecs
        .register_task_definition()
        .family("tagged")
        .container_definitions(ContainerDefinition::builder().name("a").image("busybox").memory(64).build())
        .send()
        .await
        .unwrap();
    let task_definition_arn = registered.task_definition().unwrap().task_definition_arn().unwrap().to_owned();

    for arn in [&cluster_arn, &task_definition_arn] {
        ecs.tag_resource().resource_arn(arn).tags(tag("env", "dev")).tags(tag("team", "blue")).send().await.unwrap();
        ecs.tag_resource().resource_arn(arn).tags(tag("env", "prod")).send().await.unwrap();
        let listed = ecs.list_tags_for_resource().resource_arn(arn).send().await.unwrap();
        let pairs: Vec<(&str, &str)> = listed.tags().iter().map(|tag| (tag.key().unwrap(), tag.value().unwrap())).collect();
        assert_eq!(pairs, [("env", "prod"), ("team", "blue")], "{arn}");

        ecs.untag_resource().resource_arn(arn).tag_keys("env").tag_keys("absent").send().await.unwrap();
        let listed = ecs.list_tags_for_resource().resource_arn(arn).send().await.unwrap();
        assert_eq!(listed.tags().len(), 1, "{arn}");
        assert_eq!(listed.tags()[0].key(), Some("team"));

        let error = ecs.tag_resource().resource_arn(arn).tags(tag("aws:owner", "x")).send().await.unwrap_err();
        assert_eq!(error_code(&error), "InvalidParameterException");
        let too_many: Vec<Tag> = (0..50).map(|index| tag(&format!("k{index}"), "v")).collect();
        let error = ecs.tag_resource().resource_arn(arn).set_tags(Some(too_many)).send().await.unwrap_err();
        assert_eq!(error_code(&error), "InvalidParameterException", "51 tags would be too many");
        assert_eq!(ecs.list_tags_for_resource().resource_arn(arn).send().await.unwrap().tags().len(), 1, "nothing changed");
    }

    let error = ecs.list_tags_for_resource().resource_arn("arn:aws:ecs:us-east-1:000000000000:cluster/ghost").send().await.unwrap_err();
    assert_eq!(error_code(&error), "ClusterNotFoundException");
    let error =
        ecs.list_tags_for_resource().resource_arn("arn:aws:ecs:us-east-1:000000000000:task-definition/ghost:1").send().await.unwrap_err();
    assert_eq!(error_code(&error), "ResourceNotFoundException");
    let error = ecs.tag_resource().resource_arn("not-an-arn").tags(tag("a", "b")).send().await.unwrap_err();
    assert_eq!(error_code(&error), "InvalidParameterException");
}
