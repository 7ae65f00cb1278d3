"""ECS clusters, task definitions and tags through boto3, as a Python user would drive them."""

import botocore.exceptions
import pytest


def error_code(excinfo):
    return excinfo.value.response["Error"]["Code"]


def container(name="app", **extra):
    return dict(name=name, image="busybox", memory=64, **extra)


def test_cluster_lifecycle(ecs):
    created = ecs.create_cluster(clusterName="py-web", tags=[{"key": "team", "value": "green"}],
                                 settings=[{"name": "containerInsights", "value": "enabled"}])["cluster"]
    assert created["clusterArn"] == "arn:aws:ecs:us-east-1:000000000000:cluster/py-web"
    assert created["status"] == "ACTIVE"
    assert created["settings"] == [{"name": "containerInsights", "value": "enabled"}]

    described = ecs.describe_clusters(clusters=["py-web"], include=["TAGS", "SETTINGS", "STATISTICS"])
    assert described["failures"] == []
    cluster = described["clusters"][0]
    assert cluster["tags"] == [{"key": "team", "value": "green"}]
    assert {"name": "pendingEC2TasksCount", "value": "0"} in cluster["statistics"]

    assert "arn:aws:ecs:us-east-1:000000000000:cluster/py-web" in ecs.list_clusters()["clusterArns"]
    updated = ecs.update_cluster(cluster="py-web", settings=[{"name": "containerInsights", "value": "disabled"}],
                                 configuration={"executeCommandConfiguration": {"logging": "DEFAULT"}})["cluster"]
    assert updated["settings"] == [{"name": "containerInsights", "value": "disabled"}]
    assert updated["configuration"] == {"executeCommandConfiguration": {"logging": "DEFAULT"}}
    updated = ecs.update_cluster_settings(cluster="py-web", settings=[{"name": "containerInsights", "value": "enhanced"}])
    assert updated["cluster"]["settings"][0]["value"] == "enhanced"

    assert ecs.delete_cluster(cluster="py-web")["cluster"]["status"] == "INACTIVE"
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        ecs.update_cluster_settings(cluster="py-web", settings=[{"name": "containerInsights", "value": "enabled"}])
    assert error_code(excinfo) == "ClusterNotFoundException"


def test_list_clusters_paginator(ecs):
    for index in range(12):
        ecs.create_cluster(clusterName=f"page-{index:02d}")
    paginator = ecs.get_paginator("list_clusters")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 5}))
    arns = [arn for page in pages for arn in page["clusterArns"] if "/page-" in arn]
    assert len(arns) == 12 and len(set(arns)) == 12
    assert len(pages) >= 3


def test_task_definition_lifecycle_and_paging(ecs):
    registered = ecs.register_task_definition(
        family="py-app",
        containerDefinitions=[container(portMappings=[{"containerPort": 80}],
                                        healthCheck={"command": ["CMD", "true"]},
                                        dockerLabels={"a": "b"})],
        tags=[{"key": "k", "value": "v"}])
    definition = registered["taskDefinition"]
    assert definition["revision"] == 1
    assert definition["taskDefinitionArn"].endswith(":task-definition/py-app:1")
    assert definition["containerDefinitions"][0]["healthCheck"] == {
        "command": ["CMD", "true"], "interval": 30, "timeout": 5, "retries": 3}
    assert registered["tags"] == [{"key": "k", "value": "v"}]

    for _ in range(249):
        ecs.register_task_definition(family="py-app", containerDefinitions=[container()])
    paginator = ecs.get_paginator("list_task_definitions")
    arns = [arn for page in paginator.paginate(familyPrefix="py-app") for arn in page["taskDefinitionArns"]]
    assert [int(arn.rsplit(":", 1)[1]) for arn in arns] == list(range(1, 251))

    latest = ecs.describe_task_definition(taskDefinition="py-app")["taskDefinition"]
    assert latest["revision"] == 250
    with_tags = ecs.describe_task_definition(taskDefinition="py-app:1", include=["TAGS"])
    assert with_tags["tags"] == [{"key": "k", "value": "v"}]

    deregistered = ecs.deregister_task_definition(taskDefinition="py-app:250")["taskDefinition"]
    assert deregistered["status"] == "INACTIVE"
    assert ecs.describe_task_definition(taskDefinition="py-app")["taskDefinition"]["revision"] == 249
    deleted = ecs.delete_task_definitions(taskDefinitions=["py-app:250"])
    assert deleted["taskDefinitions"][0]["status"] == "DELETE_IN_PROGRESS"
    assert deleted["failures"] == []

    families = [family for page in ecs.get_paginator("list_task_definition_families").paginate(familyPrefix="py-")
                for family in page["families"]]
    assert families == ["py-app"]


def test_tags(ecs):
    arn = ecs.create_cluster(clusterName="py-tags")["cluster"]["clusterArn"]
    ecs.tag_resource(resourceArn=arn, tags=[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}])
    ecs.untag_resource(resourceArn=arn, tagKeys=["a"])
    assert ecs.list_tags_for_resource(resourceArn=arn)["tags"] == [{"key": "b", "value": "2"}]


def test_errors_are_modelled_exceptions(ecs):
    with pytest.raises(ecs.exceptions.ClusterNotFoundException):
        ecs.delete_cluster(cluster="never-created")
    with pytest.raises(ecs.exceptions.ClientException) as excinfo:
        ecs.register_task_definition(family="py-bad", containerDefinitions=[{"name": "a", "image": "busybox"}])
    assert "memory" in str(excinfo.value)
    with pytest.raises(ecs.exceptions.InvalidParameterException):
        ecs.list_clusters(maxResults=500)
    with pytest.raises(ecs.exceptions.UnsupportedFeatureException):
        ecs.describe_capacity_providers()
