//! The registry with the real `docker` client: create a repository and get a token through the
//! ECR API of a real `ferry server`, `docker login` with it, push, remove the local image, pull
//! it back and find the same image id.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use base64::Engine as _;
use common::{FerryProcess, Signing, send, sign_request};

/// Signs an ECR call with the test credentials and sends it.
async fn call_ecr(endpoint: &str, operation: &str, body: serde_json::Value) -> common::RawResponse {
    let mut request = common::ecs_request(endpoint, operation, serde_json::to_vec(&body).unwrap());
    request.headers_mut().insert("x-amz-target", format!("AmazonEC2ContainerRegistry_V20150921.{operation}").parse().unwrap());
    let signing = Signing { service: "ecr".to_owned(), ..Signing::ecs() };
    sign_request(&mut request, &signing);
    send(request).await
}

/// `docker` with its own configuration directory, so logins never touch the user's.
fn docker_with_config(config: &Path, arguments: &[&str], stdin: Option<&str>) -> Result<String, String> {
    let mut child = Command::new("docker")
        .args(arguments)
        .env("DOCKER_CONFIG", config)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("docker runs");
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    } else {
        Err(format!("docker {arguments:?}: {}", String::from_utf8_lossy(&output.stderr)))
    }
}

fn free_loopback_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn image_id(config: &Path, image: &str) -> String {
    docker_with_config(config, &["image", "inspect", "--format", "{{.Id}}", image], None).unwrap()
}

/// A one-layer image of its own (a unique file), so a pull after removing it really downloads
/// its layer rather than finding it locally.
fn import_unique_image(config: &Path, work: &Path, image: &str) {
    let rootfs = work.join("rootfs");
    std::fs::create_dir_all(&rootfs).unwrap();
    std::fs::write(rootfs.join("marker"), format!("{image} {:?}", std::time::SystemTime::now())).unwrap();
    std::fs::write(rootfs.join("payload"), vec![7u8; 3 * 1024 * 1024]).unwrap();
    let tarball = work.join("rootfs.tar");
    let status = Command::new("tar").arg("-cf").arg(&tarball).arg("-C").arg(&rootfs).arg(".").status().unwrap();
    assert!(status.success());
    docker_with_config(config, &["import", tarball.to_str().unwrap(), image], None).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn docker_logs_in_pushes_and_pulls() {
    common::docker::ensure_test_image();
    let directory = tempfile::tempdir().unwrap();
    let registry_address = format!("127.0.0.1:{}", free_loopback_port());
    let ferry = FerryProcess::start_with_env(&directory.path().join("data"), &[("FERRY_REGISTRY_LISTEN", &registry_address)]);

    let created = call_ecr(&ferry.endpoint, "CreateRepository", serde_json::json!({"repositoryName": "team/busybox"})).await;
    assert_eq!(created.status, 200, "{}", created.body);
    assert_eq!(created.json()["repository"]["repositoryUri"], format!("{registry_address}/team/busybox"));
    let again = call_ecr(&ferry.endpoint, "CreateRepository", serde_json::json!({"repositoryName": "team/busybox"})).await;
    assert_eq!(again.error_type(), "RepositoryAlreadyExistsException");

    let token = call_ecr(&ferry.endpoint, "GetAuthorizationToken", serde_json::json!({})).await;
    assert_eq!(token.status, 200, "{}", token.body);
    let data = &token.json()["authorizationData"][0];
    assert_eq!(data["proxyEndpoint"], format!("http://{registry_address}"));
    let decoded = base64::engine::general_purpose::STANDARD.decode(data["authorizationToken"].as_str().unwrap()).unwrap();
    let decoded = String::from_utf8(decoded).unwrap();
    let password = decoded.strip_prefix("AWS:").expect("the token is AWS:<password>");

    let config = directory.path().join("docker-config");
    std::fs::create_dir_all(&config).unwrap();
    let refused = docker_with_config(&config, &["login", "--username", "AWS", "--password-stdin", &registry_address], Some("not-a-token"));
    assert!(refused.is_err(), "a wrong password must not log in");
    docker_with_config(&config, &["login", "--username", "AWS", "--password-stdin", &registry_address], Some(password)).unwrap();

    // The shared test image, under a new name: push, drop the name, pull, same image.
    let remote = format!("{registry_address}/team/busybox:v1");
    let original_id = image_id(&config, common::docker::TEST_IMAGE);
    docker_with_config(&config, &["tag", common::docker::TEST_IMAGE, &remote], None).unwrap();
    docker_with_config(&config, &["push", &remote], None).unwrap();
    docker_with_config(&config, &["rmi", &remote], None).unwrap();
    docker_with_config(&config, &["pull", &remote], None).unwrap();
    assert_eq!(image_id(&config, &remote), original_id);
    let _ = docker_with_config(&config, &["rmi", &remote], None);

    // An image of its own, removed entirely before the pull, so its layer comes from Ferry.
    let unique = format!("{registry_address}/team/busybox:unique");
    import_unique_image(&config, directory.path(), &unique);
    let unique_id = image_id(&config, &unique);
    docker_with_config(&config, &["push", &unique], None).unwrap();
    docker_with_config(&config, &["rmi", &unique], None).unwrap();
    assert!(docker_with_config(&config, &["image", "inspect", &unique], None).is_err());
    docker_with_config(&config, &["pull", &unique], None).unwrap();
    assert_eq!(image_id(&config, &unique), unique_id);
    docker_with_config(&config, &["rmi", &unique], None).unwrap();

    // After a restart the images, the repository and the login (the token secret persists) remain.
    let data_dir = ferry.data_dir.clone();
    assert!(ferry.terminate().success());
    let ferry = FerryProcess::start_with_env(&data_dir, &[("FERRY_REGISTRY_LISTEN", &registry_address)]);
    docker_with_config(&config, &["pull", &unique], None).unwrap();
    assert_eq!(image_id(&config, &unique), unique_id);
    let _ = docker_with_config(&config, &["rmi", &unique], None);

    // Pushing to a repository that was never created fails: ECR requires it first.
    let unknown = format!("{registry_address}/never/created:v1");
    docker_with_config(&config, &["tag", common::docker::TEST_IMAGE, &unknown], None).unwrap();
    let refused = docker_with_config(&config, &["push", &unknown], None);
    let _ = docker_with_config(&config, &["rmi", &unknown], None);
    assert!(refused.is_err(), "a push to a missing repository must fail");

    let described = call_ecr(&ferry.endpoint, "DescribeRepositories", serde_json::json!({})).await;
    assert_eq!(described.json()["repositories"].as_array().unwrap().len(), 1);
    let not_empty = call_ecr(&ferry.endpoint, "DeleteRepository", serde_json::json!({"repositoryName": "team/busybox"})).await;
    assert_eq!(not_empty.error_type(), "RepositoryNotEmptyException");
    let deleted = call_ecr(&ferry.endpoint, "DeleteRepository", serde_json::json!({"repositoryName": "team/busybox", "force": true})).await;
    assert_eq!(deleted.status, 200, "{}", deleted.body);
}
