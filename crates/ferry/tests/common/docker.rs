//! Test harness for agents on the real Docker engine: starts `ferry agent` processes against a
//! test server, makes the local test image, waits for task states, and removes every container
//! and network an agent made when it is dropped. Tests on the engine run concurrently, so each
//! agent gets its own awsvpc subnet and everything is found by the agent's instance label.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{ACCESS_KEY_ID, SECRET_ACCESS_KEY};

/// The image every engine test runs: busybox, imported from Debian's busybox-static.
pub const TEST_IMAGE: &str = "ferry-test/busybox:latest";

/// Makes sure the test image exists (scripts/make-test-image is idempotent) and that an engine
/// answers; panics with what to do otherwise.
pub fn ensure_test_image() {
    let answers =
        Command::new("docker").arg("info").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|status| status.success());
    assert!(answers, "no Docker engine answers; scripts/test installs and starts one (or run `dockerd &` as root)");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/make-test-image");
    let status = Command::new(script).stdout(Stdio::null()).status().expect("scripts/make-test-image runs");
    assert!(status.success(), "scripts/make-test-image failed");
}

/// `docker` with arguments; panics if it fails; returns stdout.
pub fn docker(arguments: &[&str]) -> String {
    let output = Command::new("docker").args(arguments).output().expect("docker runs");
    assert!(output.status.success(), "docker {arguments:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// A running `ferry agent`; SIGKILLed and its containers removed when dropped.
pub struct AgentProcess {
    pub child: Option<Child>,
    pub container_instance_arn: String,
    pub data_dir: PathBuf,
    pub awsvpc_subnet: String,
    arguments: Vec<String>,
    environment: Vec<(String, String)>,
    server: String,
    cleanup: bool,
}

/// What an agent is started with, beyond the server and cluster.
#[derive(Debug, Clone, Default)]
pub struct AgentSettings {
    pub cpu_units: Option<i32>,
    pub memory_mib: Option<i32>,
    /// The third octet of the agent's awsvpc subnet (10.213.N.0/24): unique per test.
    pub subnet_octet: u8,
    pub image_pull_behavior: Option<&'static str>,
    pub attributes: Vec<String>,
    /// Extra environment (`DOCKER_HOST` for a private engine).
    pub environment: Vec<(String, String)>,
    /// Extra command-line arguments of `ferry agent`.
    pub extra_arguments: Vec<String>,
}

impl AgentProcess {
    pub fn start(server: &str, cluster: &str, data_dir: &Path, settings: &AgentSettings) -> AgentProcess {
        let awsvpc_subnet = format!("10.213.{}.0/24", settings.subnet_octet);
        let mut arguments: Vec<String> = vec![
            "agent".into(),
            "--server".into(),
            server.into(),
            "--cluster".into(),
            cluster.into(),
            "--data-dir".into(),
            data_dir.display().to_string(),
            "--awsvpc-subnet".into(),
            awsvpc_subnet.clone(),
            "--metadata-port".into(),
            "0".into(),
            "--image-pull-behavior".into(),
            settings.image_pull_behavior.unwrap_or("prefer-cached").into(),
        ];
        if let Some(cpu) = settings.cpu_units {
            arguments.extend(["--cpu-units".into(), cpu.to_string()]);
        }
        if let Some(memory) = settings.memory_mib {
            arguments.extend(["--memory-mib".into(), memory.to_string()]);
        }
        arguments.extend(settings.extra_arguments.iter().cloned());
        for attribute in &settings.attributes {
            arguments.extend(["--attribute".into(), attribute.clone()]);
        }
        let mut agent = AgentProcess {
            child: None,
            container_instance_arn: String::new(),
            data_dir: data_dir.to_owned(),
            awsvpc_subnet,
            arguments,
            environment: settings.environment.clone(),
            server: server.to_owned(),
            // Containers on a private engine go away with that engine.
            cleanup: !settings.environment.iter().any(|(name, _)| name == "DOCKER_HOST"),
        };
        agent.spawn();
        agent
    }

    /// Starts the agent process (again) and waits until it has registered.
    pub fn spawn(&mut self) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ferry"))
            .args(&self.arguments)
            .envs(self.environment.iter().map(|(name, value)| (name.as_str(), value.as_str())))
            .env("FERRY_ACCESS_KEY_ID", ACCESS_KEY_ID)
            .env("FERRY_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY)
            .env("FERRY_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the ferry binary starts");
        let stderr = child.stderr.take().unwrap();
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut sender = Some(sender);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if std::env::var_os("FERRY_TEST_SHOW_LOGS").is_some() {
                    eprintln!("[agent] {line}");
                }
                if let Some(position) = line.find("container_instance=") {
                    let arn = line[position + "container_instance=".len()..].split_whitespace().next().unwrap_or("").trim_matches('"');
                    if let Some(sender) = sender.take() {
                        let _ = sender.send(arn.to_owned());
                    }
                }
            }
        });
        let arn = match receiver.recv_timeout(Duration::from_secs(60)) {
            Ok(arn) => arn,
            Err(_) => {
                let _ = child.kill();
                panic!("ferry agent (server {}) did not register within 60 s", self.server);
            }
        };
        if !self.container_instance_arn.is_empty() {
            assert_eq!(arn, self.container_instance_arn, "a restarted agent registers as the same instance");
        }
        self.container_instance_arn = arn;
        self.child = Some(child);
    }

    /// SIGKILL the agent process; its containers stay.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The ids of the engine containers this agent made, running or not.
    pub fn containers(&self) -> Vec<String> {
        let filter = format!("label=ferry.container-instance-arn={}", self.container_instance_arn);
        docker(&["ps", "-aq", "--no-trunc", "--filter", &filter]).lines().map(str::to_owned).collect()
    }
}

impl Drop for AgentProcess {
    fn drop(&mut self) {
        self.kill();
        if self.cleanup && !self.container_instance_arn.is_empty() {
            let containers = self.containers();
            if !containers.is_empty() {
                let mut arguments = vec!["rm", "-f", "-v"];
                arguments.extend(containers.iter().map(String::as_str));
                let _ = Command::new("docker").args(&arguments).stdout(Stdio::null()).stderr(Stdio::null()).status();
            }
            let network = format!("ferry-awsvpc-{}", self.awsvpc_subnet.replace('/', "-"));
            let _ = Command::new("docker").args(["network", "rm", &network]).stdout(Stdio::null()).stderr(Stdio::null()).status();
        }
    }
}

/// Describes the task until `done` holds for it (60 s at most); returns it.
pub async fn wait_for_task(
    ecs: &aws_sdk_ecs::Client,
    cluster: &str,
    task_arn: &str,
    what: &str,
    done: impl Fn(&aws_sdk_ecs::types::Task) -> bool,
) -> aws_sdk_ecs::types::Task {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let described = ecs.describe_tasks().cluster(cluster).tasks(task_arn).send().await.unwrap();
        let task = described.tasks().first().cloned().unwrap_or_else(|| panic!("task {task_arn} not found"));
        if done(&task) {
            return task;
        }
        assert!(Instant::now() < deadline, "task {task_arn} did not become {what} within 60 s: {task:#?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn wait_for_status(ecs: &aws_sdk_ecs::Client, cluster: &str, task_arn: &str, status: &str) -> aws_sdk_ecs::types::Task {
    wait_for_task(ecs, cluster, task_arn, status, |task| task.last_status() == Some(status)).await
}

/// Registers a task definition given as JSON in ECS's shape through the SDK's JSON-compatible
/// builder (raw signed call, so tests can write definitions the way users do).
pub async fn register_task_definition(endpoint: &str, definition: serde_json::Value) -> String {
    let answer = super::call_ecs(endpoint, "RegisterTaskDefinition", serde_json::to_vec(&definition).unwrap()).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()["taskDefinition"]["taskDefinitionArn"].as_str().unwrap().to_owned()
}

/// Runs one task with a raw signed call (JSON as a user writes it); returns the whole answer.
pub async fn run_task(endpoint: &str, request: serde_json::Value) -> serde_json::Value {
    let answer = super::call_ecs(endpoint, "RunTask", serde_json::to_vec(&request).unwrap()).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.json()
}

/// A Docker engine of a test's own (its own data root, socket, containerd and network namespace),
/// for tests that stop and restart the engine without disturbing the tests that share the
/// machine's engine. It lives in a network namespace the test creates, so its default bridge,
/// its iptables rules and its `host` network are its own: a dockerd in the machine's namespace
/// would take over (or, with `--bridge none`, delete) the machine engine's `docker0`.
pub struct PrivateDockerEngine {
    pub directory: tempfile::TempDir,
    pub socket: String,
    namespace: String,
    child: Option<Child>,
}

impl PrivateDockerEngine {
    pub fn start() -> PrivateDockerEngine {
        let directory = tempfile::Builder::new().prefix("fd").tempdir_in("/tmp").unwrap();
        let socket = format!("unix://{}/docker.sock", directory.path().display());
        let namespace = format!("ferry-test-{}-{}", std::process::id(), directory.path().file_name().unwrap().to_string_lossy());
        let status = Command::new("ip").args(["netns", "add", &namespace]).status().expect("ip (iproute2) runs");
        assert!(status.success(), "cannot create the network namespace {namespace} (needs root)");
        let _ = Command::new("ip").args(["netns", "exec", &namespace, "ip", "link", "set", "lo", "up"]).status();
        let mut engine = PrivateDockerEngine { directory, socket, namespace, child: None };
        engine.spawn();
        // The test image, copied over from the machine's engine.
        ensure_test_image();
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!("docker save {TEST_IMAGE} | docker -H {} load", engine.socket))
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "loading the test image into the private engine failed");
        engine
    }

    fn spawn(&mut self) {
        let root = self.directory.path();
        let log = std::fs::OpenOptions::new().create(true).append(true).open(root.join("dockerd.log")).unwrap();
        // `nsenter --net` rather than `ip netns exec`: the latter also remounts /sys, which hides
        // the cgroup mounts dockerd needs.
        let child = Command::new("nsenter")
            .arg(format!("--net=/run/netns/{}", self.namespace))
            .arg("dockerd")
            .arg("--data-root")
            .arg(root.join("data"))
            .arg("--exec-root")
            .arg(root.join("exec"))
            .arg("--pidfile")
            .arg(root.join("docker.pid"))
            .args(["-H", &self.socket, "--storage-driver", "vfs"])
            .args(["--shutdown-timeout", "1"])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("dockerd starts (the docker.io package)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let answers = Command::new("docker")
                .args(["-H", &self.socket, "info"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|status| status.success());
            if answers {
                return;
            }
            if Instant::now() > deadline {
                let log = std::fs::read_to_string(root.join("dockerd.log")).unwrap_or_default();
                let tail: Vec<&str> = log.lines().rev().take(15).collect();
                panic!(
                    "the private dockerd did not answer within 30 s; its log ends:\n{}",
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Stops the engine the way a service manager does (SIGTERM: it stops its containers and
    /// exits), then starts it again on the same state.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
            let _ = child.wait();
        }
    }

    pub fn docker(&self, arguments: &[&str]) -> String {
        let mut all = vec!["-H", self.socket.as_str()];
        all.extend_from_slice(arguments);
        docker(&all)
    }
}

impl Drop for PrivateDockerEngine {
    fn drop(&mut self) {
        if self.child.is_some() {
            let containers =
                Command::new("docker").args(["-H", &self.socket, "ps", "-aq"]).output().map(|output| output.stdout).unwrap_or_default();
            for id in String::from_utf8_lossy(&containers).split_whitespace() {
                let _ =
                    Command::new("docker").args(["-H", &self.socket, "rm", "-f", id]).stdout(Stdio::null()).stderr(Stdio::null()).status();
            }
        }
        self.stop();
        let _ = Command::new("ip").args(["netns", "delete", &self.namespace]).status();
    }
}
