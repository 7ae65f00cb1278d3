"""Tasks on a real agent, driven the way users drive ECS: boto3's waiters and the aws CLI's
`ecs wait tasks-running` / `tasks-stopped` (botocore's waiters-2.json) against `ferry server` with
a `ferry agent` running containers on the machine's Docker engine."""

import os
import re
import subprocess
import threading

import pytest

from conftest import ACCESS_KEY_ID, SECRET_ACCESS_KEY

TEST_IMAGE = "ferry-test/busybox:latest"


@pytest.fixture(scope="module")
def agent(ferry, tmp_path_factory):
    binary = os.environ.get("FERRY_BIN")
    data_dir = tmp_path_factory.mktemp("agent")
    # The cluster exists before the agent asks to join it.
    ferry.client("ecs").create_cluster(clusterName="py")
    env = dict(os.environ, FERRY_ACCESS_KEY_ID=ACCESS_KEY_ID, FERRY_SECRET_ACCESS_KEY=SECRET_ACCESS_KEY,
               FERRY_LOG="info", NO_COLOR="1")
    process = subprocess.Popen(
        [binary, "agent", "--server", ferry.endpoint, "--cluster", "py", "--data-dir", str(data_dir),
         "--metadata-port", "0", "--awsvpc-subnet", "10.213.40.0/24", "--image-pull-behavior", "prefer-cached",
         "--attribute", "suite=python"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    registered = threading.Event()
    arn = {}

    def drain():
        for line in process.stderr:
            match = re.search(r"container_instance=\"?([^\s\"]+)", line)
            if match and "arn" not in arn:
                arn["arn"] = match.group(1)
                registered.set()
        registered.set()

    threading.Thread(target=drain, daemon=True).start()
    assert registered.wait(60) and "arn" in arn, "ferry agent did not register"
    yield arn["arn"]
    process.kill()
    process.wait()
    containers = subprocess.run(["docker", "ps", "-aq", "--filter", f"label=ferry.container-instance-arn={arn['arn']}"],
                                capture_output=True, text=True).stdout.split()
    if containers:
        subprocess.run(["docker", "rm", "-f", *containers], capture_output=True)
    subprocess.run(["docker", "network", "rm", "ferry-awsvpc-10.213.40.0-24"], capture_output=True)


def test_boto3_runs_waits_for_and_stops_a_task(ferry, agent):
    ecs = ferry.client("ecs")
    ecs.register_task_definition(family="py-sleep", containerDefinitions=[
        {"name": "main", "image": TEST_IMAGE, "memory": 32, "command": ["sleep", "1000"], "stopTimeout": 2}])
    instances = ecs.describe_container_instances(cluster="py", containerInstances=[agent])["containerInstances"]
    assert instances[0]["agentConnected"] is True
    assert {"name": "suite", "value": "python"} in instances[0]["attributes"]

    run = ecs.run_task(cluster="py", taskDefinition="py-sleep", count=2, startedBy="pytest")
    arns = [task["taskArn"] for task in run["tasks"]]
    assert len(arns) == 2 and run["failures"] == []
    ecs.get_waiter("tasks_running").wait(cluster="py", tasks=arns, WaiterConfig={"Delay": 1, "MaxAttempts": 60})
    described = ecs.describe_tasks(cluster="py", tasks=arns)["tasks"]
    assert {task["lastStatus"] for task in described} == {"RUNNING"}
    assert ecs.list_tasks(cluster="py", startedBy="pytest")["taskArns"].__len__() == 2

    for arn in arns:
        ecs.stop_task(cluster="py", task=arn, reason="pytest is done")
    ecs.get_waiter("tasks_stopped").wait(cluster="py", tasks=arns, WaiterConfig={"Delay": 1, "MaxAttempts": 60})
    stopped = ecs.describe_tasks(cluster="py", tasks=arns)["tasks"]
    assert {task["stoppedReason"] for task in stopped} == {"pytest is done"}
    assert {task["stopCode"] for task in stopped} == {"UserInitiated"}


def test_the_cli_runs_and_waits_like_on_aws(ferry, agent):
    ferry.aws("ecs", "register-task-definition", "--family", "cli-sleep", "--container-definitions",
              f'[{{"name":"main","image":"{TEST_IMAGE}","memory":32,"command":["sleep","1000"],"stopTimeout":2}}]')
    run = ferry.aws("ecs", "run-task", "--cluster", "py", "--task-definition", "cli-sleep")
    arn = run["tasks"][0]["taskArn"]
    ferry.aws("ecs", "wait", "tasks-running", "--cluster", "py", "--tasks", arn)
    listed = ferry.aws("ecs", "list-container-instances", "--cluster", "py", "--filter", "attribute:suite == python")
    assert listed["containerInstanceArns"] == [agent]
    ferry.aws("ecs", "stop-task", "--cluster", "py", "--task", arn)
    ferry.aws("ecs", "wait", "tasks-stopped", "--cluster", "py", "--tasks", arn)
    task = ferry.aws("ecs", "describe-tasks", "--cluster", "py", "--tasks", arn)["tasks"][0]
    assert task["lastStatus"] == "STOPPED"
    assert task["containers"][0]["exitCode"] in (137, 143)

    too_many = ferry.aws("ecs", "run-task", "--cluster", "py", "--task-definition", "cli-sleep", "--count", "11", check=False)
    assert too_many.returncode != 0 and "InvalidParameterException" in too_many.stderr


def test_a_service_with_the_cli_and_boto3_waiters(ferry, agent):
    ferry.aws("ecs", "register-task-definition", "--family", "py-web", "--container-definitions",
              f'[{{"name":"main","image":"{TEST_IMAGE}","memory":16,"command":["sleep","1000"],"stopTimeout":2}}]')
    created = ferry.aws("ecs", "create-service", "--cluster", "py", "--service-name", "py-web",
                        "--task-definition", "py-web", "--desired-count", "2",
                        "--deployment-configuration", "minimumHealthyPercent=50,maximumPercent=200")
    assert created["service"]["deployments"][0]["rolloutState"] == "IN_PROGRESS"
    ferry.aws("ecs", "wait", "services-stable", "--cluster", "py", "--services", "py-web")

    ecs = ferry.client("ecs")
    service = ecs.describe_services(cluster="py", services=["py-web"])["services"][0]
    assert service["runningCount"] == 2 and service["deployments"][0]["rolloutState"] == "COMPLETED"
    assert any(event["message"] == "(service py-web) has reached a steady state." for event in service["events"])
    assert len(ecs.list_tasks(cluster="py", serviceName="py-web")["taskArns"]) == 2

    ecs.update_service(cluster="py", service="py-web", desiredCount=0)
    ecs.get_waiter("services_stable").wait(cluster="py", services=["py-web"], WaiterConfig={"Delay": 1, "MaxAttempts": 60})
    ecs.delete_service(cluster="py", service="py-web")
    ecs.get_waiter("services_inactive").wait(cluster="py", services=["py-web"], WaiterConfig={"Delay": 1, "MaxAttempts": 60})
    assert ecs.list_services(cluster="py")["serviceArns"] == []

    bad = ferry.aws("ecs", "create-service", "--cluster", "py", "--service-name", "py-bad", "--task-definition", "py-web",
                    "--desired-count", "-1", check=False)
    assert bad.returncode != 0 and "InvalidParameterException" in bad.stderr and "desiredCount" in bad.stderr
