//! Black-box tests of container instances and tasks on the control plane alone: the test plays
//! the agent (registering, polling the channel, reporting state changes), so what the control
//! plane promises agents is checked without a container engine.

mod common;

use std::time::{Duration, Instant};

use aws_sdk_ecs::types::{
    Attribute, ContainerInstanceStatus, ContainerOverride, ContainerStateChange, DesiredStatus, Resource, TargetType, TaskOverride,
};
use common::{FerryProcess, call_agent_channel, error_code, error_message, start_fresh};
use serde_json::json;

fn integer(name: &str, value: i32) -> Resource {
    Resource::builder().name(name).r#type("INTEGER").integer_value(value).build()
}

fn ports(ports: &[&str]) -> Resource {
    let mut builder = Resource::builder().name("PORTS").r#type("STRINGSET");
    for port in ports {
        builder = builder.string_set_value(*port);
    }
    builder.build()
}

async fn register(ecs: &aws_sdk_ecs::Client, cluster: &str, cpu: i32, memory: i32, zone: &str) -> String {
    let registered = ecs
        .register_container_instance()
        .cluster(cluster)
        .total_resources(integer("CPU", cpu))
        .total_resources(integer("MEMORY", memory))
        .total_resources(ports(&["22", "2375"]))
        .attributes(Attribute::builder().name("ecs.availability-zone").value(zone).build().unwrap())
        .attributes(Attribute::builder().name("ecs.os-type").value("linux").build().unwrap())
        .attributes(Attribute::builder().name("ferry.awsvpc-subnet").value("10.213.7.0/24").build().unwrap())
        .set_attributes(Some({
            // What a real agent advertises; the task definitions below require some of these.
            let mut capabilities = vec![
                Attribute::builder().name("ecs.availability-zone").value(zone).build().unwrap(),
                Attribute::builder().name("ecs.os-type").value("linux").build().unwrap(),
                Attribute::builder().name("ferry.awsvpc-subnet").value("10.213.7.0/24").build().unwrap(),
            ];
            for minor in 17..=41 {
                capabilities
                    .push(Attribute::builder().name(format!("com.amazonaws.ecs.capability.docker-remote-api.1.{minor}")).build().unwrap());
            }
            capabilities
        }))
        .send()
        .await
        .unwrap();
    registered.container_instance().unwrap().container_instance_arn().unwrap().to_owned()
}

async fn register_web(ecs: &aws_sdk_ecs::Client) {
    ecs.register_task_definition()
        .family("web")
        .container_definitions(
            aws_sdk_ecs::types::ContainerDefinition::builder()
                .name("web")
                .image("ferry-test/busybox")
                .memory(300)
                .cpu(256)
                .port_mappings(aws_sdk_ecs::types::PortMapping::builder().container_port(8080).host_port(0).build())
                .build(),
        )
        .container_definitions(
            aws_sdk_ecs::types::ContainerDefinition::builder()
                .name("sidecar")
                .image("ferry-test/busybox")
                .memory_reservation(100)
                .essential(false)
                .build(),
        )
        .send()
        .await
        .unwrap();
}

async fn poll(ferry: &FerryProcess, cluster: &str, instance: &str, after: u64, wait: u32) -> serde_json::Value {
    let answer = call_agent_channel(
        &ferry.endpoint,
        "PollTasks",
        json!({"cluster": cluster, "containerInstance": instance, "afterRevision": after, "waitSeconds": wait}),
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()
}

#[tokio::test]
async fn container_instances_register_describe_list_drain_and_carry_attributes() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    // Registering into `default` creates it, as the ECS agent does.
    let first = register(&ecs, "default", 2048, 4096, "us-east-1a").await;
    assert!(first.starts_with("arn:aws:ecs:us-east-1:000000000000:container-instance/default/"), "{first}");
    let second = register(&ecs, "default", 1024, 1024, "us-east-1b").await;

    let described = ecs
        .describe_container_instances()
        .container_instances(&first)
        .container_instances("0123456789abcdef0123456789abcdef")
        .send()
        .await
        .unwrap();
    let instance = &described.container_instances()[0];
    assert_eq!(instance.status(), Some("ACTIVE"));
    assert!(instance.agent_connected());
    let remaining = instance.remaining_resources();
    assert_eq!(remaining.iter().find(|r| r.name() == Some("MEMORY")).unwrap().integer_value(), 4096);
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));

    let all = ecs.list_container_instances().send().await.unwrap();
    assert_eq!(all.container_instance_arns().len(), 2);
    let zone_b = ecs.list_container_instances().filter("attribute:ecs.availability-zone == us-east-1b").send().await.unwrap();
    assert_eq!(zone_b.container_instance_arns(), std::slice::from_ref(&second));
    let bad_filter = ecs.list_container_instances().filter("cpu > 3").send().await.unwrap_err();
    assert_eq!(error_code(&bad_filter), "InvalidParameterException");

    // Custom attributes: put, list, delete.
    ecs.put_attributes()
        .attributes(
            Attribute::builder().name("stack").value("blue").target_id(&second).target_type(TargetType::ContainerInstance).build().unwrap(),
        )
        .send()
        .await
        .unwrap();
    let listed = ecs.list_attributes().target_type(TargetType::ContainerInstance).attribute_name("stack").send().await.unwrap();
    assert_eq!(listed.attributes().len(), 1);
    assert_eq!(listed.attributes()[0].target_id(), Some(second.as_str()));
    let missing_target = ecs
        .put_attributes()
        .attributes(Attribute::builder().name("stack").value("x").target_id("0123456789abcdef0123456789abcdef").build().unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error_code(&missing_target), "TargetNotFoundException");
    ecs.delete_attributes().attributes(Attribute::builder().name("stack").target_id(&second).build().unwrap()).send().await.unwrap();
    let listed = ecs.list_attributes().target_type(TargetType::ContainerInstance).attribute_name("stack").send().await.unwrap();
    assert!(listed.attributes().is_empty());

    // Draining, then listing by status.
    let drained =
        ecs.update_container_instances_state().container_instances(&second).status(ContainerInstanceStatus::Draining).send().await.unwrap();
    assert_eq!(drained.container_instances()[0].status(), Some("DRAINING"));
    let draining = ecs.list_container_instances().status(ContainerInstanceStatus::Draining).send().await.unwrap();
    assert_eq!(draining.container_instance_arns(), std::slice::from_ref(&second));
    let refused = ecs
        .update_container_instances_state()
        .container_instances(&second)
        .status(ContainerInstanceStatus::Registering)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error_code(&refused), "InvalidParameterException");

    // The cluster counts its instances and cannot be deleted while they are there.
    let cluster = ecs.describe_clusters().send().await.unwrap();
    assert_eq!(cluster.clusters()[0].registered_container_instances_count(), 2);
    let refused = ecs.delete_cluster().cluster("default").send().await.unwrap_err();
    assert_eq!(error_code(&refused), "ClusterContainsContainerInstancesException");
    for arn in [&first, &second] {
        let gone = ecs.deregister_container_instance().container_instance(arn).send().await.unwrap();
        assert_eq!(gone.container_instance().unwrap().status(), Some("INACTIVE"));
    }
    ecs.delete_cluster().cluster("default").send().await.unwrap();
}

#[tokio::test]
async fn run_task_places_reports_and_stops_tasks_the_way_an_agent_sees_them() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    ecs.create_cluster().cluster_name("work").send().await.unwrap();
    register_web(&ecs).await;

    // With no instance, ECS says so.
    let none = ecs.run_task().cluster("work").task_definition("web").send().await.unwrap_err();
    assert_eq!(error_code(&none), "InvalidParameterException");
    assert!(error_message(&none).contains("No Container Instances"), "{}", error_message(&none));

    // One instance with memory for two copies (400 MiB each).
    let instance = register(&ecs, "work", 2048, 900, "us-east-1a").await;
    let first_poll = poll(&ferry, "work", &instance, 0, 20).await;
    assert_eq!(first_poll["tasks"].as_array().unwrap().len(), 0);
    let revision = first_poll["revision"].as_u64().unwrap();

    // Bad input: each refused, nothing created.
    let eleven = ecs.run_task().cluster("work").task_definition("web").count(11).send().await.unwrap_err();
    assert_eq!(error_code(&eleven), "InvalidParameterException");
    let unknown = ecs.run_task().cluster("work").task_definition("nothing-here:3").send().await.unwrap_err();
    assert_eq!(error_code(&unknown), "ClientException");
    let stray = ecs
        .run_task()
        .cluster("work")
        .task_definition("web")
        .overrides(TaskOverride::builder().container_overrides(ContainerOverride::builder().name("db").build()).build())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error_code(&stray), "InvalidParameterException");
    assert!(error_message(&stray).contains("db"), "{}", error_message(&stray));
    assert!(ecs.list_tasks().cluster("work").send().await.unwrap().task_arns().is_empty());

    // A poll waiting on the instance wakes as soon as tasks are placed on it.
    let endpoint = ferry.endpoint.clone();
    let instance_for_poll = instance.clone();
    let waiting = tokio::spawn(async move {
        let started = Instant::now();
        let answer = call_agent_channel(
            &endpoint,
            "PollTasks",
            json!({"cluster": "work", "containerInstance": instance_for_poll, "afterRevision": revision, "waitSeconds": 20}),
        )
        .await;
        (answer.json(), started.elapsed())
    });
    tokio::time::sleep(Duration::from_millis(200)).await;

    let run = ecs
        .run_task()
        .cluster("work")
        .task_definition("web")
        .count(3)
        .started_by("test-suite")
        .client_token("token-1")
        .overrides(
            TaskOverride::builder()
                .container_overrides(ContainerOverride::builder().name("web").command("httpd").command("-f").build())
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(run.tasks().len(), 2, "memory for two: {:?}", run.failures());
    assert_eq!(run.failures().len(), 1);
    assert_eq!(run.failures()[0].reason(), Some("RESOURCE:MEMORY"));
    assert_eq!(run.failures()[0].arn(), Some(instance.as_str()));
    let task = &run.tasks()[0];
    assert_eq!(task.last_status(), Some("PENDING"));
    assert_eq!(task.desired_status(), Some("RUNNING"));
    assert_eq!(task.group(), Some("family:web"));
    assert_eq!(task.containers().len(), 2);

    let (woken, waited) = waiting.await.unwrap();
    assert_eq!(woken["tasks"].as_array().unwrap().len(), 2, "{woken}");
    assert!(waited < Duration::from_secs(15), "the poll answered when the tasks were placed, not at its timeout ({waited:?})");
    let assigned = &woken["tasks"][0];
    assert_eq!(assigned["taskDefinition"]["family"], "web");
    assert!(assigned["task"]["overrides"]["containerOverrides"].is_array());

    // The same client token answers with the same tasks and places nothing more.
    let again = ecs
        .run_task()
        .cluster("work")
        .task_definition("web")
        .count(3)
        .started_by("test-suite")
        .client_token("token-1")
        .overrides(
            TaskOverride::builder()
                .container_overrides(ContainerOverride::builder().name("web").command("httpd").command("-f").build())
                .build(),
        )
        .send()
        .await
        .unwrap();
    let mut first_arns: Vec<&str> = run.tasks().iter().filter_map(|task| task.task_arn()).collect();
    let mut again_arns: Vec<&str> = again.tasks().iter().filter_map(|task| task.task_arn()).collect();
    first_arns.sort();
    again_arns.sort();
    assert_eq!(first_arns, again_arns);
    let reused = ecs.run_task().cluster("work").task_definition("web").client_token("token-1").send().await.unwrap_err();
    assert_eq!(error_code(&reused), "InvalidParameterException");

    // Tasks and instances carry tags like the other resources.
    ecs.tag_resource()
        .resource_arn(first_arns[0])
        .tags(aws_sdk_ecs::types::Tag::builder().key("owner").value("tests").build())
        .send()
        .await
        .unwrap();
    ecs.tag_resource()
        .resource_arn(&instance)
        .tags(aws_sdk_ecs::types::Tag::builder().key("rack").value("r1").build())
        .send()
        .await
        .unwrap();
    let tags = ecs.list_tags_for_resource().resource_arn(first_arns[0]).send().await.unwrap();
    assert_eq!(tags.tags().len(), 1);
    let tags = ecs.list_tags_for_resource().resource_arn(&instance).send().await.unwrap();
    assert_eq!(tags.tags()[0].value(), Some("r1"));
    let with_tags =
        ecs.describe_tasks().cluster("work").tasks(first_arns[0]).include(aws_sdk_ecs::types::TaskField::Tags).send().await.unwrap();
    assert_eq!(with_tags.tasks()[0].tags().len(), 1);

    // The agent reports the first task RUNNING, with its container's dynamic port.
    let task_arn = first_arns[0].to_owned();
    ecs.submit_task_state_change()
        .cluster("work")
        .task(&task_arn)
        .status("RUNNING")
        .containers(
            ContainerStateChange::builder()
                .container_name("web")
                .runtime_id("abc123")
                .status("RUNNING")
                .network_bindings(
                    aws_sdk_ecs::types::NetworkBinding::builder().bind_ip("127.0.0.1").container_port(8080).host_port(32768).build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap();
    let described = ecs.describe_tasks().cluster("work").tasks(&task_arn).send().await.unwrap();
    let task = &described.tasks()[0];
    assert_eq!(task.last_status(), Some("RUNNING"));
    assert!(task.started_at().is_some());
    let web = task.containers().iter().find(|container| container.name() == Some("web")).unwrap();
    assert_eq!(web.runtime_id(), Some("abc123"));
    assert_eq!(web.network_bindings()[0].host_port(), Some(32768));
    let instances = ecs.describe_container_instances().cluster("work").container_instances(&instance).send().await.unwrap();
    assert_eq!(instances.container_instances()[0].running_tasks_count(), 1);
    assert_eq!(instances.container_instances()[0].pending_tasks_count(), 1);

    // Listing by the filters ECS offers.
    assert_eq!(ecs.list_tasks().cluster("work").started_by("test-suite").send().await.unwrap().task_arns().len(), 2);
    assert_eq!(ecs.list_tasks().cluster("work").family("web").container_instance(&instance).send().await.unwrap().task_arns().len(), 2);
    assert_eq!(ecs.list_tasks().cluster("work").family("other").send().await.unwrap().task_arns().len(), 0);
    let refused = ecs.delete_cluster().cluster("work").send().await.unwrap_err();
    assert_eq!(error_code(&refused), "ClusterContainsContainerInstancesException");

    // StopTask: the agent's next poll sees the desired status, then it reports the stop.
    let revision = woken["revision"].as_u64().unwrap();
    ecs.stop_task().cluster("work").task(&task_arn).reason("scaling down").send().await.unwrap();
    let after_stop = poll(&ferry, "work", &instance, revision, 20).await;
    let stopping =
        after_stop["tasks"].as_array().unwrap().iter().find(|assigned| assigned["task"]["taskArn"] == task_arn.as_str()).unwrap();
    assert_eq!(stopping["task"]["desiredStatus"], "STOPPED");
    ecs.submit_task_state_change()
        .cluster("work")
        .task(&task_arn)
        .status("STOPPED")
        .reason("Essential container in task exited")
        .containers(ContainerStateChange::builder().container_name("web").status("STOPPED").exit_code(143).build())
        .send()
        .await
        .unwrap();
    let stopped = &ecs.describe_tasks().cluster("work").tasks(&task_arn).send().await.unwrap().tasks()[0].clone();
    assert_eq!(stopped.last_status(), Some("STOPPED"));
    assert_eq!(stopped.stopped_reason(), Some("scaling down"), "StopTask's reason is kept");
    assert_eq!(stopped.stop_code().map(|code| code.as_str()), Some("UserInitiated"));
    assert!(stopped.stopped_at().is_some() && stopped.stopping_at().is_some() && stopped.execution_stopped_at().is_some());
    let web = stopped.containers().iter().find(|container| container.name() == Some("web")).unwrap();
    assert_eq!(web.exit_code(), Some(143));
    // A late RUNNING report does not move it back.
    ecs.submit_task_state_change().cluster("work").task(&task_arn).status("RUNNING").send().await.unwrap();
    let still = ecs.describe_tasks().cluster("work").tasks(&task_arn).send().await.unwrap();
    assert_eq!(still.tasks()[0].last_status(), Some("STOPPED"));

    // The stopped task no longer holds memory: a new one fits again; the agent no longer gets it.
    let instances = ecs.describe_container_instances().cluster("work").container_instances(&instance).send().await.unwrap();
    let remaining = instances.container_instances()[0].remaining_resources();
    assert_eq!(remaining.iter().find(|r| r.name() == Some("MEMORY")).unwrap().integer_value(), 500);
    let polled = poll(&ferry, "work", &instance, 0, 20).await;
    assert_eq!(polled["tasks"].as_array().unwrap().len(), 1);
    assert_eq!(
        ecs.list_tasks().cluster("work").desired_status(DesiredStatus::Stopped).send().await.unwrap().task_arns(),
        std::slice::from_ref(&task_arn)
    );

    // Deregistering an instance with a task needs force; forced, its tasks are told to stop.
    let refused = ecs.deregister_container_instance().cluster("work").container_instance(&instance).send().await.unwrap_err();
    assert_eq!(error_code(&refused), "InvalidParameterException");
    ecs.deregister_container_instance().cluster("work").container_instance(&instance).force(true).send().await.unwrap();
    let polled = poll(&ferry, "work", &instance, 0, 20).await;
    assert_eq!(polled["containerInstanceStatus"], "INACTIVE");
    assert_eq!(polled["tasks"][0]["task"]["desiredStatus"], "STOPPED");
}

#[tokio::test]
async fn an_agent_that_stops_polling_is_reported_disconnected_and_placement_skips_it() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    register_web(&ecs).await;
    let instance = register(&ecs, "default", 1024, 2048, "us-east-1a").await;
    // A poll with a short wait, then silence: connected now...
    poll(&ferry, "default", &instance, 0, 1).await;
    let described = ecs.describe_container_instances().container_instances(&instance).send().await.unwrap();
    assert!(described.container_instances()[0].agent_connected());
    // A revision from the future (or past any i64) just waits out the poll and answers.
    let later = poll(&ferry, "default", &instance, u64::MAX, 1).await;
    assert_eq!(later["containerInstanceStatus"], "ACTIVE");
    // ...and a bad channel call is an AWS-shaped error.
    let bad = call_agent_channel(&ferry.endpoint, "PollTasks", json!({"cluster": "default", "containerInstance": "nope"})).await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.error_type(), "InvalidParameterException");
    let garbage = call_agent_channel(&ferry.endpoint, "PollTasks", json!({"cluster": 7})).await;
    assert_eq!(garbage.error_type(), "SerializationException");
}

#[tokio::test]
async fn run_task_honours_placement_constraints_and_strategies() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    register_web(&ecs).await;
    // web needs 256 CPU units and 400 MiB. a and b are "fast", c is not; c is the fullest.
    let a = register(&ecs, "default", 2048, 4096, "us-east-1a").await;
    let b = register(&ecs, "default", 2048, 4096, "us-east-1b").await;
    let c = register(&ecs, "default", 2048, 1024, "us-east-1a").await;
    for (instance, tier) in [(&a, "fast"), (&b, "fast"), (&c, "slow")] {
        ecs.put_attributes()
            .attributes(
                Attribute::builder()
                    .name("tier")
                    .value(tier)
                    .target_type(TargetType::ContainerInstance)
                    .target_id(instance)
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
        poll(&ferry, "default", instance, 0, 1).await;
    }
    let run = |body: serde_json::Value| {
        let endpoint = ferry.endpoint.clone();
        async move {
            let answer = common::call_ecs(&endpoint, "RunTask", serde_json::to_vec(&body).unwrap()).await;
            (answer.status, answer.json())
        }
    };
    let placed_on = |answer: &serde_json::Value| -> Vec<String> {
        answer["tasks"].as_array().unwrap().iter().map(|task| task["containerInstanceArn"].as_str().unwrap().to_owned()).collect()
    };

    // memberOf keeps every task off c; spread over instances alternates a and b.
    let (status, answer) = run(json!({"taskDefinition": "web", "count": 4,
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:tier == fast"}],
        "placementStrategy": [{"type": "spread", "field": "instanceId"}]}))
    .await;
    assert_eq!(status, 200, "{answer}");
    let on = placed_on(&answer);
    assert_eq!(on.iter().filter(|arn| **arn == a).count(), 2, "{on:?}");
    assert_eq!(on.iter().filter(|arn| **arn == b).count(), 2, "{on:?}");

    // binpack on memory picks the instance with the least memory left that fits: c.
    let (_, answer) = run(json!({"taskDefinition": "web", "placementStrategy": [{"type": "binpack", "field": "memory"}]})).await;
    assert_eq!(placed_on(&answer), std::slice::from_ref(&c), "{answer}");

    // distinctInstance: one per instance for the group; the fourth has nowhere to go.
    let (_, answer) = run(json!({"taskDefinition": "web", "count": 4, "group": "batch",
        "placementConstraints": [{"type": "distinctInstance"}]}))
    .await;
    let mut on = placed_on(&answer);
    on.sort();
    let mut all = vec![a.clone(), b.clone(), c.clone()];
    all.sort();
    assert_eq!(on, all, "{answer}");
    let reasons: Vec<&str> = answer["failures"].as_array().unwrap().iter().map(|failure| failure["reason"].as_str().unwrap()).collect();
    assert!(reasons.contains(&"DistinctInstance placement constraint unsatisfied."), "{answer}");

    // A constraint that does not parse is refused, naming it; nothing runs.
    let before = ecs.list_tasks().send().await.unwrap().task_arns().len();
    let (status, answer) = run(json!({"taskDefinition": "web",
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:tier =="}]}))
    .await;
    assert_eq!(status, 400, "{answer}");
    assert!(answer["message"].as_str().unwrap_or("").contains("placementConstraints[0]"), "{answer}");
    assert_eq!(ecs.list_tasks().send().await.unwrap().task_arns().len(), before);
}
