//! The command-line contract users and scripts rely on: what `ferry up` prints, where credentials
//! come from, that region and account are configurable, and that a data directory has one owner.

mod common;

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};

use common::{FerryProcess, REGION, ecs_client};

#[tokio::test]
async fn ferry_up_prints_endpoint_credentials_and_a_profile_that_work() {
    let directory = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ferry"))
        .args(["up", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(directory.path())
        .env_remove("FERRY_ACCESS_KEY_ID")
        .env_remove("FERRY_SECRET_ACCESS_KEY")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut printed = Vec::new();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        let done = line.starts_with("Press Ctrl-C");
        printed.push(line);
        if done {
            break;
        }
    }
    let value_after = |prefix: &str| -> String {
        printed
            .iter()
            .find_map(|line| line.trim().strip_prefix(prefix).map(|rest| rest.split_whitespace().next().unwrap().to_owned()))
            .unwrap_or_else(|| panic!("no line starting with {prefix:?} in {printed:#?}"))
    };
    let endpoint = value_after("export AWS_ENDPOINT_URL=");
    let access_key_id = value_after("export AWS_ACCESS_KEY_ID=");
    let secret_access_key = value_after("export AWS_SECRET_ACCESS_KEY=");
    assert!(printed.iter().any(|line| line.trim() == "[profile ferry]"), "{printed:#?}");
    assert!(printed.iter().any(|line| line.trim() == format!("endpoint_url = {endpoint}")));

    // The generated key was saved with mode 0600, in the shared-credentials format.
    let credentials_path = directory.path().join("credentials");
    let file = std::fs::read_to_string(&credentials_path).unwrap();
    assert!(file.contains(&format!("aws_access_key_id = {access_key_id}")));
    assert_eq!(std::fs::metadata(&credentials_path).unwrap().permissions().mode() & 0o777, 0o600);

    let ecs = ecs_client(&endpoint, &access_key_id, &secret_access_key);
    ecs.create_cluster().cluster_name("from-up").send().await.unwrap();
    // `default` may be there too: the local agent of `ferry up` registers into it.
    let clusters = ecs.list_clusters().send().await.unwrap();
    assert!(clusters.cluster_arns().iter().any(|arn| arn.ends_with(":cluster/from-up")), "{clusters:?}");
    let _ = child.kill();
    let _ = child.wait();
}

#[tokio::test]
async fn region_and_account_are_configurable() {
    let directory = tempfile::tempdir().unwrap();
    let ferry = FerryProcess::start_with_env(directory.path(), &[("FERRY_REGION", "eu-west-3"), ("FERRY_ACCOUNT_ID", "123456789012")]);
    let credentials = aws_credential_types::Credentials::new(common::ACCESS_KEY_ID, common::SECRET_ACCESS_KEY, None, None, "test");
    let config = aws_sdk_ecs::Config::builder()
        .behavior_version(aws_sdk_ecs::config::BehaviorVersion::latest())
        .region(aws_sdk_ecs::config::Region::new("eu-west-3"))
        .endpoint_url(&ferry.endpoint)
        .credentials_provider(credentials)
        .build();
    let ecs = aws_sdk_ecs::Client::from_conf(config);
    let created = ecs.create_cluster().cluster_name("paris").send().await.unwrap();
    assert_eq!(created.cluster().unwrap().cluster_arn(), Some("arn:aws:ecs:eu-west-3:123456789012:cluster/paris"));
    // A client signing for another region is told which one this Ferry serves.
    let error = ferry.ecs().list_clusters().send().await.unwrap_err();
    assert_eq!(common::error_code(&error), "InvalidSignatureException");
    assert!(common::error_message(&error).contains("eu-west-3"), "{REGION} client told about eu-west-3");
}

#[test]
fn one_data_directory_has_one_server() {
    let directory = tempfile::tempdir().unwrap();
    let _first = FerryProcess::start(directory.path());
    let second = Command::new(env!("CARGO_BIN_EXE_ferry"))
        .args(["server", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(directory.path())
        .env("FERRY_ACCESS_KEY_ID", common::ACCESS_KEY_ID)
        .env("FERRY_SECRET_ACCESS_KEY", common::SECRET_ACCESS_KEY)
        .output()
        .unwrap();
    assert!(!second.status.success());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("already using the data directory"), "{stderr}");
}

#[tokio::test]
async fn logs_never_contain_the_secret() {
    let directory = tempfile::tempdir().unwrap();
    let log_path = directory.path().join("server.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ferry"))
        .args(["server", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(directory.path().join("data"))
        .env("FERRY_ACCESS_KEY_ID", common::ACCESS_KEY_ID)
        .env("FERRY_SECRET_ACCESS_KEY", common::SECRET_ACCESS_KEY)
        .env("FERRY_LOG", "trace")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .spawn()
        .unwrap();
    let endpoint = loop {
        let log = std::fs::read_to_string(&log_path).unwrap_or_default();
        if let Some(position) = log.find("endpoint=http://") {
            break log[position + "endpoint=".len()..].split_whitespace().next().unwrap().to_owned();
        }
        assert!(child.try_wait().unwrap().is_none(), "ferry exited: {log}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    // Successful calls, refused ones and a wrong secret, all logged at trace level.
    let ecs = ecs_client(&endpoint, common::ACCESS_KEY_ID, common::SECRET_ACCESS_KEY);
    ecs.create_cluster().cluster_name("logged").send().await.unwrap();
    let _ = ecs.delete_cluster().cluster("missing").send().await;
    let wrong = ecs_client(&endpoint, common::ACCESS_KEY_ID, "a-wrong-secret-0000000000000000000000000");
    let _ = wrong.list_clusters().send().await;
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("ready"), "{log}");
    assert!(!log.contains(common::SECRET_ACCESS_KEY), "the secret appears in the log:\n{log}");
}
