"""The same operations through the aws CLI, as a shell user would run them."""

import json


def test_clusters_with_the_cli(ferry):
    created = ferry.aws("ecs", "create-cluster", "--cluster-name", "cli-web", "--tags", "key=owner,value=cli")
    assert created["cluster"]["clusterName"] == "cli-web"
    described = ferry.aws("ecs", "describe-clusters", "--clusters", "cli-web", "--include", "TAGS", "SETTINGS")
    assert described["clusters"][0]["tags"] == [{"key": "owner", "value": "cli"}]
    for index in range(5):
        ferry.aws("ecs", "create-cluster", "--cluster-name", f"cli-{index}")

    # --max-items stops early and hands out a NextToken; --starting-token resumes from it.
    first = ferry.aws("ecs", "list-clusters", "--max-items", "4")
    assert len(first["clusterArns"]) == 4 and first["NextToken"]
    rest = ferry.aws("ecs", "list-clusters", "--starting-token", first["NextToken"])
    assert len(first["clusterArns"]) + len(rest["clusterArns"]) == 6
    # --page-size pages underneath but prints everything.
    everything = ferry.aws("ecs", "list-clusters", "--page-size", "2")
    assert len(everything["clusterArns"]) == 6

    settings = ferry.aws("ecs", "update-cluster-settings", "--cluster", "cli-web",
                         "--settings", "name=containerInsights,value=enabled")
    assert settings["cluster"]["settings"] == [{"name": "containerInsights", "value": "enabled"}]
    updated = ferry.aws("ecs", "update-cluster", "--cluster", "cli-web",
                        "--service-connect-defaults", "namespace=internal")
    assert updated["cluster"]["serviceConnectDefaults"]["namespace"].endswith(":namespace/internal")
    deleted = ferry.aws("ecs", "delete-cluster", "--cluster", "cli-web")
    assert deleted["cluster"]["status"] == "INACTIVE"

    failed = ferry.aws("ecs", "delete-cluster", "--cluster", "cli-web", check=False)
    assert failed.returncode != 0
    assert "ClusterNotFoundException" in failed.stderr


def test_task_definitions_with_the_cli(ferry, tmp_path):
    definition = {
        "family": "cli-app",
        "networkMode": "awsvpc",
        "requiresCompatibilities": ["FARGATE"],
        "cpu": "256",
        "memory": "512",
        "containerDefinitions": [{
            "name": "web", "image": "busybox", "essential": True,
            "portMappings": [{"containerPort": 8080}],
            "environment": [{"name": "GREETING", "value": "hello"}],
            "command": ["httpd", "-f", "-p", "8080"],
        }],
    }
    path = tmp_path / "task-definition.json"
    path.write_text(json.dumps(definition))
    registered = ferry.aws("ecs", "register-task-definition", "--cli-input-json", f"file://{path}")
    task_definition = registered["taskDefinition"]
    assert task_definition["compatibilities"] == ["EC2", "FARGATE"]
    assert task_definition["containerDefinitions"][0]["portMappings"] == [
        {"containerPort": 8080, "hostPort": 8080, "protocol": "tcp"}]
    ferry.aws("ecs", "register-task-definition", "--family", "cli-app",
              "--container-definitions", json.dumps([{"name": "web", "image": "busybox", "memory": 32}]))

    described = ferry.aws("ecs", "describe-task-definition", "--task-definition", "cli-app:1", "--include", "TAGS")
    assert described["taskDefinition"]["cpu"] == "256"
    listed = ferry.aws("ecs", "list-task-definitions", "--family-prefix", "cli-app", "--sort", "DESC")
    assert [arn.rsplit(":", 1)[1] for arn in listed["taskDefinitionArns"]] == ["2", "1"]
    families = ferry.aws("ecs", "list-task-definition-families", "--status", "ACTIVE")
    assert "cli-app" in families["families"]

    arn = task_definition["taskDefinitionArn"]
    ferry.aws("ecs", "tag-resource", "--resource-arn", arn, "--tags", "key=stage,value=test")
    assert ferry.aws("ecs", "list-tags-for-resource", "--resource-arn", arn)["tags"] == [{"key": "stage", "value": "test"}]
    ferry.aws("ecs", "untag-resource", "--resource-arn", arn, "--tag-keys", "stage")
    assert ferry.aws("ecs", "list-tags-for-resource", "--resource-arn", arn)["tags"] == []

    ferry.aws("ecs", "deregister-task-definition", "--task-definition", "cli-app:1")
    deleted = ferry.aws("ecs", "delete-task-definitions", "--task-definitions", "cli-app:1")
    assert deleted["taskDefinitions"][0]["status"] == "DELETE_IN_PROGRESS"

    bad = ferry.aws("ecs", "register-task-definition", "--family", "cli-bad", "--network-mode", "bridge",
                    "--requires-compatibilities", "FARGATE", "--cpu", "256", "--memory", "512",
                    "--container-definitions", json.dumps([{"name": "web", "image": "busybox"}]), check=False)
    assert bad.returncode != 0
    assert "ClientException" in bad.stderr and "awsvpc" in bad.stderr
