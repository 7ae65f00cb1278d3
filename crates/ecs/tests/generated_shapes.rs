//! Tests of the generated ECS shapes: lossless parsing, parse errors with AWS field paths, and the
//! model's constraints.

use ferry_api::shape::Validate;
use ferry_ecs::generated::{
    BodyErrorKind, Compatibility, ERROR_SHAPE_NAMES, JSON_VERSION, NetworkMode, Operation, ParseError, RegisterTaskDefinitionRequest,
    SENSITIVE_FIELDS, SIGNING_NAME, TARGET_PREFIX, Tag, TagResourceRequest,
};
use serde_json::{Value, json};

/// A RegisterTaskDefinition body as the AWS CLI would send it, with most container-definition members.
const REGISTER_TASK_DEFINITION_BODY: &str = r#"{
        "family": "web",
        "taskRoleArn": "arn:aws:iam::123456789012:role/web-task",
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "networkMode": "awsvpc",
        "containerDefinitions": [
            {
                "name": "app",
                "image": "public.ecr.aws/nginx/nginx:1.27",
                "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry"},
                "cpu": 256,
                "memory": 512,
                "memoryReservation": 256,
                "portMappings": [
                    {"containerPort": 80, "hostPort": 80, "protocol": "tcp", "name": "http", "appProtocol": "http"},
                    {"containerPortRange": "9000-9010", "protocol": "udp"}
                ],
                "essential": true,
                "restartPolicy": {"enabled": true, "ignoredExitCodes": [0, 137], "restartAttemptPeriod": 300},
                "entryPoint": ["/docker-entrypoint.sh"],
                "command": ["nginx", "-g", "daemon off;"],
                "environment": [{"name": "MODE", "value": "production"}, {"name": "EMPTY", "value": ""}],
                "environmentFiles": [{"value": "arn:aws:s3:::config/web.env", "type": "s3"}],
                "mountPoints": [{"sourceVolume": "cache", "containerPath": "/var/cache/nginx", "readOnly": false}],
                "volumesFrom": [{"sourceContainer": "sidecar", "readOnly": true}],
                "linuxParameters": {
                    "capabilities": {"add": ["NET_ADMIN"], "drop": ["MKNOD"]},
                    "initProcessEnabled": true,
                    "sharedMemorySize": 64,
                    "tmpfs": [{"containerPath": "/tmp", "size": 128, "mountOptions": ["rw", "noexec"]}],
                    "maxSwap": 0,
                    "swappiness": 60
                },
                "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}],
                "dependsOn": [{"containerName": "sidecar", "condition": "HEALTHY"}],
                "startTimeout": 30,
                "stopTimeout": 20,
                "versionConsistency": "enabled",
                "user": "101:101",
                "workingDirectory": "/usr/share/nginx",
                "disableNetworking": false,
                "privileged": false,
                "readonlyRootFilesystem": true,
                "dnsServers": ["10.0.0.2"],
                "dnsSearchDomains": ["internal.example"],
                "dockerSecurityOptions": ["no-new-privileges"],
                "interactive": false,
                "pseudoTerminal": false,
                "dockerLabels": {"team": "platform", "com.example.tier": "frontend"},
                "ulimits": [{"name": "nofile", "softLimit": 65536, "hardLimit": 65536}],
                "logConfiguration": {
                    "logDriver": "awslogs",
                    "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"},
                    "secretOptions": [{"name": "token", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/token"}]
                },
                "healthCheck": {
                    "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                    "interval": 30,
                    "timeout": 5,
                    "retries": 3,
                    "startPeriod": 10
                },
                "systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}],
                "resourceRequirements": [{"type": "GPU", "value": "1"}],
                "credentialSpecs": ["credentialspec:arn:aws:s3:::bucket/spec.json"]
            },
            {
                "name": "sidecar",
                "image": "busybox",
                "essential": false,
                "firelensConfiguration": {"type": "fluentbit", "options": {"enable-ecs-log-metadata": "true"}},
                "healthCheck": {"command": ["CMD", "true"]}
            }
        ],
        "volumes": [
            {"name": "cache", "host": {"sourcePath": "/srv/cache"}},
            {
                "name": "shared",
                "efsVolumeConfiguration": {
                    "fileSystemId": "fs-12345678",
                    "rootDirectory": "/",
                    "transitEncryption": "ENABLED",
                    "transitEncryptionPort": 2049,
                    "authorizationConfig": {"accessPointId": "fsap-1234", "iam": "ENABLED"}
                }
            },
            {
                "name": "docker",
                "dockerVolumeConfiguration": {"scope": "shared", "autoprovision": true, "driver": "local", "driverOpts": {"type": "tmpfs"}, "labels": {"a": "b"}}
            }
        ],
        "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*"}],
        "requiresCompatibilities": ["FARGATE", "EC2"],
        "cpu": "1024",
        "memory": "2048",
        "tags": [{"key": "team", "value": "platform"}, {"key": "env", "value": "prod"}],
        "pidMode": "task",
        "ipcMode": "none",
        "proxyConfiguration": {
            "type": "APPMESH",
            "containerName": "envoy",
            "properties": [{"name": "AppPorts", "value": "80"}, {"name": "ProxyIngressPort", "value": "15000"}]
        },
        "ephemeralStorage": {"sizeInGiB": 30},
        "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
        "enableFaultInjection": false
    }"#;

fn register_task_definition_body() -> Value {
    serde_json::from_str(REGISTER_TASK_DEFINITION_BODY).unwrap()
}

fn parse_register(body: &Value) -> Result<RegisterTaskDefinitionRequest, ParseError> {
    match Operation::parse("RegisterTaskDefinition", body.to_string().as_bytes())? {
        Operation::RegisterTaskDefinition(input) => Ok(input),
        other => panic!("parsed as {}", other.name()),
    }
}

/// The kind and path of a body error, for compact assertions.
fn body_error(operation_name: &str, body: &str) -> (BodyErrorKind, String, String) {
    match Operation::parse(operation_name, body.as_bytes()) {
        Err(ParseError::Body { path, message, kind }) => (kind, path, message),
        other => panic!("{body}: expected a body error, got {other:?}"),
    }
}

#[test]
fn register_task_definition_round_trips_losslessly() {
    let body = register_task_definition_body();
    let input = parse_register(&body).unwrap();
    assert_eq!(input.family, "web");
    assert_eq!(input.network_mode, Some(NetworkMode::Awsvpc));
    assert_eq!(input.requires_compatibilities, Some(vec![Compatibility::Fargate, Compatibility::Ec2]));
    assert_eq!(input.container_definitions.len(), 2);
    let port_mappings = input.container_definitions[0].port_mappings.as_ref().unwrap();
    assert_eq!(port_mappings[0].container_port, Some(80));
    assert_eq!(serde_json::to_value(&input).unwrap(), body);
    assert_eq!(input.validate_request(), Ok(()));
}

#[test]
fn unknown_members_are_ignored() {
    let mut body = register_task_definition_body();
    body["someFutureMember"] = json!({"nested": [1, 2, 3]});
    body["containerDefinitions"][0]["anotherOne"] = json!("x");
    let input = parse_register(&body).unwrap();
    assert_eq!(input.family, "web");
}

#[test]
fn malformed_json_is_a_syntax_error() {
    for body in ["{\"family\": \"web\",", "not json", "{\"family\": \"web\", \"containerDefinitions\": []} trailing", "{\"family\": }"] {
        let (kind, _, _) = body_error("RegisterTaskDefinition", body);
        assert_eq!(kind, BodyErrorKind::Syntax, "{body}");
    }
}

#[test]
fn wrong_types_name_the_field() {
    let body = r#"{"family": "web", "containerDefinitions": [{"name": "app", "memory": "x"}]}"#;
    let (kind, path, message) = body_error("RegisterTaskDefinition", body);
    assert_eq!(kind, BodyErrorKind::WrongType);
    assert_eq!(path, "containerDefinitions[0].memory");
    assert!(message.starts_with("invalid type: string \"x\""), "{message}");
    assert!(!message.contains("line 1"), "positions are dropped: {message}");

    let (kind, path, _) = body_error("RegisterTaskDefinition", r#"{"family": 7, "containerDefinitions": []}"#);
    assert_eq!((kind, path.as_str()), (BodyErrorKind::WrongType, "family"));

    let (kind, path, _) = body_error("RegisterTaskDefinition", "[]");
    assert_eq!((kind, path.as_str()), (BodyErrorKind::WrongType, ""));
}

#[test]
fn missing_required_fields_name_the_field() {
    let (kind, path, message) = body_error("RegisterTaskDefinition", r#"{"containerDefinitions": []}"#);
    assert_eq!(kind, BodyErrorKind::MissingField);
    assert_eq!(path, "family");
    assert_eq!(message, "missing field `family`");

    let body = r#"{"family": "web", "containerDefinitions": [{"name": "app", "dependsOn": [{"containerName": "db"}]}]}"#;
    let (kind, path, _) = body_error("RegisterTaskDefinition", body);
    assert_eq!((kind, path.as_str()), (BodyErrorKind::MissingField, "containerDefinitions[0].dependsOn[0].condition"));

    // An empty body reads as `{}`.
    let (kind, path, _) = body_error("RegisterTaskDefinition", "");
    assert_eq!((kind, path.as_str()), (BodyErrorKind::MissingField, "family"));
}

#[test]
fn unknown_enum_values_name_the_field() {
    let body = r#"{"family": "web", "containerDefinitions": [], "networkMode": "bogus"}"#;
    let (kind, path, message) = body_error("RegisterTaskDefinition", body);
    assert_eq!(kind, BodyErrorKind::UnknownEnumValue);
    assert_eq!(path, "networkMode");
    assert!(message.starts_with("unknown variant `bogus`, expected one of `bridge`, `host`, `awsvpc`, `none`"), "{message}");

    let body = r#"{"family": "web", "containerDefinitions": [{"portMappings": [{"protocol": "sctp"}]}]}"#;
    let (kind, path, _) = body_error("RegisterTaskDefinition", body);
    assert_eq!((kind, path.as_str()), (BodyErrorKind::UnknownEnumValue, "containerDefinitions[0].portMappings[0].protocol"));
}

#[test]
fn unknown_operations_are_reported_by_name() {
    assert_eq!(Operation::parse("LaunchRocket", b"{}"), Err(ParseError::UnknownOperation { name: "LaunchRocket".to_owned() }));
    assert_eq!(Operation::parse("LaunchRocket", b"{}").unwrap_err().to_string(), "unknown operation LaunchRocket");
}

#[test]
fn validation_catches_long_tag_keys_and_too_many_tags() {
    let long_key = "k".repeat(129);
    let mut tags = vec![Tag { key: Some(long_key), value: Some("v".to_owned()) }];
    tags.extend((1..51).map(|index| Tag { key: Some(format!("key{index}")), value: Some(String::new()) }));
    assert_eq!(tags.len(), 51);
    let request = TagResourceRequest { resource_arn: "arn:aws:ecs:us-east-1:123456789012:cluster/default".to_owned(), tags };
    let operation = Operation::TagResource(request);
    let problems = operation.validate().unwrap_err();
    let rendered: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(rendered, ["tags: number of items 51 is above the maximum of 50", "tags[0].key: length 129 is above the maximum of 128"]);
}

#[test]
fn validation_checks_patterns_and_nested_lists() {
    let mut body = register_task_definition_body();
    body["tags"] = json!([{"key": "ok", "value": "fine"}, {"key": "", "value": "bad\u{0}value"}]);
    let input = parse_register(&body).unwrap();
    let problems = input.validate_request().unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|problem| problem.field.as_str()).collect();
    assert_eq!(fields, ["tags[1].key", "tags[1].value"]);
    assert!(problems[1].message.contains("does not match the pattern"), "{}", problems[1].message);
}

#[test]
fn every_operation_parses_an_empty_object_or_names_a_missing_field() {
    assert!(Operation::NAMES.len() >= 80, "{}", Operation::NAMES.len());
    for &name in Operation::NAMES {
        for body in [&b"{}"[..], b""] {
            match Operation::parse(name, body) {
                Ok(operation) => {
                    assert_eq!(operation.name(), name);
                    assert_eq!(operation.validate(), Ok(()), "{name}");
                }
                Err(ParseError::Body { kind: BodyErrorKind::MissingField, path, .. }) => assert!(!path.is_empty(), "{name}"),
                Err(other) => panic!("{name}: {other:?}"),
            }
        }
    }
    assert!(Operation::parse("ListClusters", b"").is_ok());
}

#[test]
fn enums_render_their_aws_values() {
    assert_eq!(NetworkMode::Awsvpc.as_str(), "awsvpc");
    assert_eq!(NetworkMode::None.to_string(), "none");
    assert_eq!(NetworkMode::VALUES, ["bridge", "host", "awsvpc", "none"]);
    assert_eq!(serde_json::to_value(Compatibility::External).unwrap(), json!("EXTERNAL"));
}

#[test]
fn service_metadata_comes_from_the_model() {
    assert_eq!(TARGET_PREFIX, "AmazonEC2ContainerServiceV20141113");
    assert_eq!(SIGNING_NAME, "ecs");
    assert_eq!(JSON_VERSION, "1.1");
    assert!(ERROR_SHAPE_NAMES.contains(&"ClusterNotFoundException"));
    assert!(ERROR_SHAPE_NAMES.contains(&"InvalidParameterException"));
    assert!(SENSITIVE_FIELDS.contains(&("ContainerDefinition", "environment")));
}
