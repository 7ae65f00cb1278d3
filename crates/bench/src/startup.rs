//! Times `ferry server` from exec to its first `200` on `/healthz`, polling every millisecond,
//! both on a fresh data directory (first start: credentials, new database) and on a restart of
//! the same directory (what every later start costs).

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// How often the health check is retried while the server starts.
const POLL_INTERVAL: Duration = Duration::from_millis(1);
/// A start that takes longer than this is broken, not slow.
const READY_DEADLINE: Duration = Duration::from_secs(30);
/// How long a SIGTERM'd server may take to exit before it is killed.
const STOP_DEADLINE: Duration = Duration::from_secs(10);

#[derive(Debug, Clone)]
pub struct StartupPlan {
    pub ferry_binary: PathBuf,
    pub runs: usize,
    /// Where the data directories and server logs of the runs are made.
    pub work_dir: PathBuf,
    pub access_key_id: String,
    pub secret_access_key: String,
}

#[derive(Debug)]
pub struct StartupReport {
    pub fresh_millis: Vec<f64>,
    pub restart_millis: Vec<f64>,
}

pub fn measure_startup(plan: &StartupPlan) -> anyhow::Result<StartupReport> {
    let mut report = StartupReport { fresh_millis: Vec::new(), restart_millis: Vec::new() };
    for run in 0..plan.runs {
        let data_dir = plan.work_dir.join(format!("startup-{run}"));
        std::fs::create_dir_all(&data_dir).with_context(|| format!("creating {}", data_dir.display()))?;
        report.fresh_millis.push(time_one_start(plan, &data_dir, "fresh")?);
        report.restart_millis.push(time_one_start(plan, &data_dir, "restart")?);
    }
    Ok(report)
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        length if length % 2 == 1 => sorted[length / 2],
        length => (sorted[length / 2 - 1] + sorted[length / 2]) / 2.0,
    }
}

fn time_one_start(plan: &StartupPlan, data_dir: &Path, kind: &str) -> anyhow::Result<f64> {
    let address = free_loopback_address()?;
    let log_path = data_dir.with_extension(format!("{kind}.log"));
    let log = std::fs::File::create(&log_path)?;
    let started = Instant::now();
    let mut child = Command::new(&plan.ferry_binary)
        .args(["server", "--listen", &address.to_string(), "--data-dir"])
        .arg(data_dir)
        .env("FERRY_ACCESS_KEY_ID", &plan.access_key_id)
        .env("FERRY_SECRET_ACCESS_KEY", &plan.secret_access_key)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .with_context(|| format!("starting {}", plan.ferry_binary.display()))?;
    let outcome = wait_until_healthy(&mut child, address, started);
    stop(&mut child)?;
    match outcome {
        Ok(elapsed) => Ok(elapsed.as_secs_f64() * 1000.0),
        Err(error) => {
            let log = std::fs::read_to_string(&log_path).unwrap_or_default();
            Err(error.context(format!("{kind} start of ferry server; its log:\n{log}")))
        }
    }
}

fn wait_until_healthy(child: &mut Child, address: SocketAddr, started: Instant) -> anyhow::Result<Duration> {
    loop {
        if health_check_passes(address) {
            return Ok(started.elapsed());
        }
        if let Some(status) = child.try_wait()? {
            bail!("ferry server exited with {status} before it was ready");
        }
        if started.elapsed() > READY_DEADLINE {
            bail!("ferry server was not ready within {READY_DEADLINE:?}");
        }
        std::thread::sleep(POLL_INTERVAL);
    }
}

/// One `GET /healthz` on a new connection; a refused connection (not listening yet) is `false`.
fn health_check_passes(address: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect(address) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request = format!("GET /healthz HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    answer.starts_with(b"HTTP/1.1 200")
}

/// SIGTERM (so the store closes cleanly and the restart run starts from a tidy directory), then
/// SIGKILL if it does not exit in time. `kill(1)` sends the signal: the crate forbids `unsafe`.
fn stop(child: &mut Child) -> anyhow::Result<()> {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let deadline = Instant::now() + STOP_DEADLINE;
    while Instant::now() < deadline {
        if child.try_wait()?.is_some() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill()?;
    child.wait()?;
    Ok(())
}

/// A loopback port nobody listens on right now (the kernel picks it; it is released for the
/// server to take, which on a quiet loopback nobody else races for).
fn free_loopback_address() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("finding a free loopback port")?;
    Ok(listener.local_addr()?)
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(&[]).is_nan());
    }
}
