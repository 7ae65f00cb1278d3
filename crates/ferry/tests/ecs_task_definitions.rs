//! Black-box tests of the ECS task definition operations through the AWS SDK for Rust.

mod common;

use aws_sdk_ecs::types::{
    Compatibility, ContainerCondition, ContainerDefinition, ContainerDependency, CpuArchitecture, HealthCheck, HostVolumeProperties,
    KeyValuePair, LinuxParameters, LogConfiguration, LogDriver, MountPoint, NetworkMode, OsFamily, PortMapping, RuntimePlatform, Secret,
    SortOrder, Tag, TaskDefinitionFamilyStatus, TaskDefinitionField, TaskDefinitionPlacementConstraint,
    TaskDefinitionPlacementConstraintType, TaskDefinitionStatus, TransportProtocol, Ulimit, UlimitName, Volume,
};
use common::{error_code, error_message, start_fresh};

fn simple_container(name: &str) -> ContainerDefinition {
    ContainerDefinition::builder().name(name).image("busybox").memory(64).build()
}

#[tokio::test]
async fn the_whole_container_definition_surface_round_trips() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();

    let web = ContainerDefinition::builder()
        .name("web")
        .image("registry.local/web:1.2")
        .cpu(256)
        .memory(512)
        .memory_reservation(256)
        .port_mappings(PortMapping::builder().container_port(8080).host_port(8080).protocol(TransportProtocol::Tcp).name("http").build())
        .environment(KeyValuePair::builder().name("MODE").value("production").build())
        .secrets(Secret::builder().name("DB_PASSWORD").value_from("arn:aws:ssm:us-east-1:000000000000:parameter/db").build().unwrap())
        .command("serve")
        .command("--port=8080")
        .entry_point("/bin/web")
        .working_directory("/srv")
        .user("1000:1000")
        .health_check(
            HealthCheck::builder().command("CMD-SHELL").command("wget -q -O- localhost:8080/health").interval(10).build().unwrap(),
        )
        .essential(true)
        .depends_on(ContainerDependency::builder().container_name("sidecar").condition(ContainerCondition::Start).build().unwrap())
        .stop_timeout(20)
        .start_timeout(60)
        .log_configuration(
            LogConfiguration::builder()
                .log_driver(LogDriver::Awslogs)
                .options("awslogs-group", "/ferry/web")
                .options("awslogs-region", "us-east-1")
                .build()
                .unwrap(),
        )
        .mount_points(MountPoint::builder().source_volume("data").container_path("/data").read_only(false).build())
        .ulimits(Ulimit::builder().name(UlimitName::Nofile).soft_limit(1024).hard_limit(4096).build().unwrap())
        .linux_parameters(LinuxParameters::builder().init_process_enabled(true).build())
        .docker_labels("com.example.team", "blue")
        .build();
    let sidecar = ContainerDefinition::builder().name("sidecar").image("busybox").memory(32).essential(false).build();

    let registered = ecs
        .register_task_definition()
        .family("web")
        .container_definitions(web)
        .container_definitions(sidecar)
        .network_mode(NetworkMode::Awsvpc)
        .cpu("1 vCPU")
        .memory("2 GB")
        .task_role_arn("arn:aws:iam::000000000000:role/web")
        .execution_role_arn("arn:aws:iam::000000000000:role/exec")
        .volumes(Volume::builder().name("data").build())
        .requires_compatibilities(Compatibility::Ec2)
        .runtime_platform(
            RuntimePlatform::builder().cpu_architecture(CpuArchitecture::X8664).operating_system_family(OsFamily::Linux).build(),
        )
        .tags(Tag::builder().key("team").value("blue").build())
        .send()
        .await
        .unwrap();
    let definition = registered.task_definition().unwrap();
    assert_eq!(definition.task_definition_arn(), Some("arn:aws:ecs:us-east-1:000000000000:task-definition/web:1"));
    assert_eq!(definition.revision(), 1);
    assert_eq!(definition.status(), Some(&TaskDefinitionStatus::Active));
    assert_eq!(definition.cpu(), Some("1024"), "vCPU is stored as CPU units");
    assert_eq!(definition.memory(), Some("2048"), "GB is stored as MiB");
    assert_eq!(definition.registered_by(), Some("arn:aws:iam::000000000000:root"));
    assert!(definition.registered_at().is_some());
    assert!(definition.compatibilities().contains(&Compatibility::Ec2));
    assert!(definition.compatibilities().contains(&Compatibility::Fargate));
    let required: Vec<&str> = definition.requires_attributes().iter().map(|attribute| attribute.name()).collect();
    for expected in [
        "com.amazonaws.ecs.capability.task-iam-role",
        "ecs.capability.task-eni",
        "com.amazonaws.ecs.capability.logging-driver.awslogs",
        "ecs.capability.execution-role-awslogs",
        "ecs.capability.container-health-check",
        "ecs.capability.container-ordering",
        "ecs.capability.secrets.ssm.environment-variables",
    ] {
        assert!(required.contains(&expected), "{expected} missing from {required:?}");
    }
    assert_eq!(registered.tags().len(), 1);

    let described = ecs.describe_task_definition().task_definition("web:1").include(TaskDefinitionField::Tags).send().await.unwrap();
    assert_eq!(described.tags()[0].key(), Some("team"));
    let described = described.task_definition().unwrap();
    assert_eq!(described, definition);
    let web = &described.container_definitions()[0];
    assert_eq!(web.image(), Some("registry.local/web:1.2"));
    assert_eq!(web.memory_reservation(), Some(256));
    assert_eq!(web.command(), ["serve", "--port=8080"]);
    assert_eq!(web.entry_point(), ["/bin/web"]);
    assert_eq!(web.working_directory(), Some("/srv"));
    assert_eq!(web.user(), Some("1000:1000"));
    assert_eq!(web.stop_timeout(), Some(20));
    assert_eq!(web.start_timeout(), Some(60));
    assert_eq!(web.docker_labels().unwrap()["com.example.team"], "blue");
    assert_eq!(web.ulimits()[0].hard_limit(), 4096);
    assert_eq!(web.linux_parameters().unwrap().init_process_enabled(), Some(true));
    assert_eq!(web.port_mappings()[0].host_port(), Some(8080));
    let health_check = web.health_check().unwrap();
    assert_eq!(health_check.interval(), Some(10));
    assert_eq!(health_check.timeout(), Some(5), "ECS fills in the default timeout");
    assert_eq!(health_check.retries(), Some(3), "ECS fills in the default retries");
    assert_eq!(web.secrets()[0].name(), "DB_PASSWORD");
    assert_eq!(web.log_configuration().unwrap().options().unwrap()["awslogs-group"], "/ferry/web");
    let sidecar = &described.container_definitions()[1];
    assert_eq!(sidecar.essential(), Some(false));
    assert_eq!(sidecar.cpu(), 0, "ECS fills in cpu 0");

    // By family alone and by ARN give the same revision.
    let by_family = ecs.describe_task_definition().task_definition("web").send().await.unwrap();
    assert_eq!(by_family.task_definition().unwrap(), definition);
    let by_arn =
        ecs.describe_task_definition().task_definition("arn:aws:ecs:us-east-1:000000000000:task-definition/web:1").send().await.unwrap();
    assert_eq!(by_arn.task_definition().unwrap(), definition);
}

#[tokio::test]
async fn ecs_defaults_are_filled_in() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    let registered = ecs
        .register_task_definition()
        .family("plain")
        .container_definitions(
            ContainerDefinition::builder()
                .name("app")
                .image("busybox")
                .memory(64)
                .port_mappings(PortMapping::builder().container_port(80).build())
                .build(),
        )
        .send()
        .await
        .unwrap();
    let definition = registered.task_definition().unwrap();
    assert_eq!(definition.compatibilities(), [Compatibility::Ec2]);
    assert!(definition.volumes().is_empty());
    assert!(definition.placement_constraints().is_empty());
    let container = &definition.container_definitions()[0];
    assert_eq!(container.essential(), Some(true));
    assert_eq!(container.cpu(), 0);
    assert!(container.environment().is_empty());
    assert!(container.mount_points().is_empty());
    assert!(container.volumes_from().is_empty());
    let mapping = &container.port_mappings()[0];
    assert_eq!(mapping.protocol(), Some(&TransportProtocol::Tcp));
    assert_eq!(mapping.host_port(), Some(0), "bridge mode: host port chosen at launch");
}

#[tokio::test]
async fn paging_through_250_revisions() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    for _ in 0..250 {
        ecs.register_task_definition().family("many").container_definitions(simple_container("app")).send().await.unwrap();
    }
    ecs.register_task_definition().family("other").container_definitions(simple_container("app")).send().await.unwrap();

    let first = ecs.list_task_definitions().family_prefix("many").send().await.unwrap();
    assert_eq!(first.task_definition_arns().len(), 100, "a page holds 100 by default");
    assert!(first.next_token().is_some());

    let pages: Vec<_> = ecs.list_task_definitions().family_prefix("many").into_paginator().send().collect::<Vec<_>>().await;
    assert_eq!(pages.len(), 3);
    let arns: Vec<String> = pages.into_iter().flat_map(|page| page.unwrap().task_definition_arns().to_vec()).collect();
    let expected: Vec<String> =
        (1..=250).map(|revision| format!("arn:aws:ecs:us-east-1:000000000000:task-definition/many:{revision}")).collect();
    assert_eq!(arns, expected, "in order, each once, no gaps");

    let descending: Vec<_> =
        ecs.list_task_definitions().sort(SortOrder::Desc).max_results(40).into_paginator().send().collect::<Vec<_>>().await;
    let arns: Vec<String> = descending.into_iter().flat_map(|page| page.unwrap().task_definition_arns().to_vec()).collect();
    assert_eq!(arns.len(), 251);
    assert_eq!(arns[0], "arn:aws:ecs:us-east-1:000000000000:task-definition/other:1");
    assert_eq!(arns[1], "arn:aws:ecs:us-east-1:000000000000:task-definition/many:250");
    assert_eq!(arns[250], "arn:aws:ecs:us-east-1:000000000000:task-definition/many:1");
}

#[tokio::test]
async fn deregister_delete_and_family_listing() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    for family in ["api", "api-worker", "batch"] {
        ecs.register_task_definition().family(family).container_definitions(simple_container("app")).send().await.unwrap();
    }
    ecs.register_task_definition().family("api").container_definitions(simple_container("app")).send().await.unwrap();

    let families = ecs.list_task_definition_families().family_prefix("api").send().await.unwrap();
    assert_eq!(families.families(), ["api", "api-worker"]);

    let deregistered = ecs.deregister_task_definition().task_definition("batch:1").send().await.unwrap();
    let definition = deregistered.task_definition().unwrap();
    assert_eq!(definition.status(), Some(&TaskDefinitionStatus::Inactive));
    assert!(definition.deregistered_at().is_some());

    let active = ecs.list_task_definition_families().status(TaskDefinitionFamilyStatus::Active).send().await.unwrap();
    assert_eq!(active.families(), ["api", "api-worker"]);
    let inactive = ecs.list_task_definition_families().status(TaskDefinitionFamilyStatus::Inactive).send().await.unwrap();
    assert_eq!(inactive.families(), ["batch"]);
    let all = ecs.list_task_definition_families().send().await.unwrap();
    assert_eq!(all.families(), ["api", "api-worker", "batch"]);

    let listed_inactive = ecs.list_task_definitions().status(TaskDefinitionStatus::Inactive).send().await.unwrap();
    assert_eq!(listed_inactive.task_definition_arns(), ["arn:aws:ecs:us-east-1:000000000000:task-definition/batch:1"]);
    // Describing by family alone finds no ACTIVE revision any more; by revision it still works.
    let error = ecs.describe_task_definition().task_definition("batch").send().await.unwrap_err();
    assert_eq!(error_code(&error), "ClientException");
    assert!(ecs.describe_task_definition().task_definition("batch:1").send().await.is_ok());

    // Deleting: an ACTIVE revision fails, an INACTIVE one moves to DELETE_IN_PROGRESS.
    let deleted = ecs
        .delete_task_definitions()
        .task_definitions("batch:1")
        .task_definitions("api:2")
        .task_definitions("ghost:1")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.task_definitions().len(), 1);
    assert_eq!(deleted.task_definitions()[0].status(), Some(&TaskDefinitionStatus::DeleteInProgress));
    assert!(deleted.task_definitions()[0].delete_requested_at().is_some());
    let reasons: Vec<(&str, &str)> = deleted.failures().iter().map(|failure| (failure.arn().unwrap(), failure.reason().unwrap())).collect();
    assert_eq!(reasons, [("api:2", "TASK_DEFINITION_ACTIVE"), ("ghost:1", "MISSING")]);
    let all = ecs.list_task_definition_families().send().await.unwrap();
    assert_eq!(all.families(), ["api", "api-worker"], "a family whose revisions are all deleted is gone");

    // Revisions are never reused.
    let next = ecs.register_task_definition().family("batch").container_definitions(simple_container("app")).send().await.unwrap();
    assert_eq!(next.task_definition().unwrap().revision(), 2);

    let error = ecs.deregister_task_definition().task_definition("api").send().await.unwrap_err();
    assert_eq!(error_code(&error), "ClientException");
    let error = ecs.deregister_task_definition().task_definition("nope:3").send().await.unwrap_err();
    assert_eq!(error_code(&error), "ClientException");
}

#[tokio::test]
async fn ecs_validation_rules_refuse_bad_definitions_and_store_nothing() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    let cases: Vec<(&str, aws_sdk_ecs::operation::register_task_definition::builders::RegisterTaskDefinitionFluentBuilder, &str)> = vec![
        (
            "no memory anywhere",
            ecs.register_task_definition()
                .family("bad")
                .container_definitions(ContainerDefinition::builder().name("a").image("busybox").build()),
            "memoryReservation",
        ),
        (
            "fargate without awsvpc",
            ecs.register_task_definition()
                .family("bad")
                .requires_compatibilities(Compatibility::Fargate)
                .cpu("256")
                .memory("512")
                .container_definitions(simple_container("a")),
            "awsvpc",
        ),
        (
            "fargate with a size Fargate does not offer",
            ecs.register_task_definition()
                .family("bad")
                .requires_compatibilities(Compatibility::Fargate)
                .network_mode(NetworkMode::Awsvpc)
                .cpu("256")
                .memory("4096")
                .container_definitions(simple_container("a")),
            "No Fargate configuration",
        ),
        (
            "no essential container",
            ecs.register_task_definition()
                .family("bad")
                .container_definitions(ContainerDefinition::builder().name("a").image("busybox").memory(64).essential(false).build()),
            "essential",
        ),
        (
            "dependsOn an unknown container",
            ecs.register_task_definition().family("bad").container_definitions(
                ContainerDefinition::builder()
                    .name("a")
                    .image("busybox")
                    .memory(64)
                    .depends_on(
                        ContainerDependency::builder().container_name("ghost").condition(ContainerCondition::Start).build().unwrap(),
                    )
                    .build(),
            ),
            "ghost",
        ),
        (
            "awsvpc with differing host port",
            ecs.register_task_definition().family("bad").network_mode(NetworkMode::Awsvpc).container_definitions(
                ContainerDefinition::builder()
                    .name("a")
                    .image("busybox")
                    .memory(64)
                    .port_mappings(PortMapping::builder().container_port(80).host_port(81).build())
                    .build(),
            ),
            "must match",
        ),
        (
            "mount of an undeclared volume",
            ecs.register_task_definition().family("bad").container_definitions(
                ContainerDefinition::builder()
                    .name("a")
                    .image("busybox")
                    .memory(64)
                    .mount_points(MountPoint::builder().source_volume("nowhere").container_path("/x").build())
                    .build(),
            ),
            "nowhere",
        ),
        (
            "duplicate container names",
            ecs.register_task_definition()
                .family("bad")
                .container_definitions(simple_container("a"))
                .container_definitions(simple_container("a")),
            "Duplicate",
        ),
        (
            "host path volume with FARGATE",
            ecs.register_task_definition()
                .family("bad")
                .requires_compatibilities(Compatibility::Fargate)
                .network_mode(NetworkMode::Awsvpc)
                .cpu("256")
                .memory("512")
                .volumes(Volume::builder().name("v").host(HostVolumeProperties::builder().source_path("/srv").build()).build())
                .container_definitions(simple_container("a")),
            "host paths",
        ),
        (
            "a memberOf constraint without an expression",
            ecs.register_task_definition()
                .family("bad")
                .placement_constraints(
                    TaskDefinitionPlacementConstraint::builder().r#type(TaskDefinitionPlacementConstraintType::MemberOf).build(),
                )
                .container_definitions(simple_container("a")),
            "expression",
        ),
        (
            "container memory above the task's",
            ecs.register_task_definition()
                .family("bad")
                .memory("128")
                .container_definitions(ContainerDefinition::builder().name("a").image("busybox").memory(256).build()),
            "more than the task's memory",
        ),
    ];
    for (case, request, expected_in_message) in cases {
        let error = request.send().await.unwrap_err();
        assert_eq!(error_code(&error), "ClientException", "{case}");
        let message = error_message(&error);
        assert!(message.contains(expected_in_message), "{case}: {message}");
    }
    let families = ecs.list_task_definition_families().send().await.unwrap();
    assert!(families.families().is_empty(), "refused registrations stored nothing");
}

#[tokio::test]
async fn the_family_name_alone_follows_the_newest_active_revision() {
    let (_directory, ferry) = start_fresh();
    let ecs = ferry.ecs();
    for _ in 0..4 {
        ecs.register_task_definition().family("roll").container_definitions(simple_container("app")).send().await.unwrap();
    }
    let latest = |ecs: aws_sdk_ecs::Client| async move {
        match ecs.describe_task_definition().task_definition("roll").send().await {
            Ok(output) => Some(output.task_definition().unwrap().revision()),
            Err(_) => None,
        }
    };
    assert_eq!(latest(ecs.clone()).await, Some(4));
    ecs.deregister_task_definition().task_definition("roll:2").send().await.unwrap();
    assert_eq!(latest(ecs.clone()).await, Some(4), "an older revision leaving changes nothing");
    ecs.deregister_task_definition().task_definition("roll:4").send().await.unwrap();
    assert_eq!(latest(ecs.clone()).await, Some(3));
    ecs.deregister_task_definition().task_definition("roll:3").send().await.unwrap();
    assert_eq!(latest(ecs.clone()).await, Some(1), "skips the deregistered revision 2");
    ecs.deregister_task_definition().task_definition("roll:1").send().await.unwrap();
    assert_eq!(latest(ecs.clone()).await, None);
    ecs.register_task_definition().family("roll").container_definitions(simple_container("app")).send().await.unwrap();
    assert_eq!(latest(ecs.clone()).await, Some(5));
}
