//! The `docker` command-line client run as a process, the way a user launches a container without
//! Ferry: the launch benchmark's baseline, and its way to tidy up containers between launches.

use std::ffi::OsStr;
use std::path::PathBuf;

use anyhow::{Context, bail};

/// The label on every container the baseline makes, so leftovers are easy to find and remove.
pub const BENCH_LABEL: &str = "ferry.bench=launch";

/// A container's creation and start as the engine recorded them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EngineTimes {
    pub created_epoch_millis: Option<f64>,
    pub started_epoch_millis: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct DockerCli {
    pub program: PathBuf,
}

impl DockerCli {
    /// Runs `docker ARGUMENTS…` to completion; its trimmed standard output, or an error with its
    /// standard error when it fails.
    pub async fn run<I, S>(&self, arguments: I) -> anyhow::Result<String>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut command = tokio::process::Command::new(&self.program);
        command.args(arguments).stdin(std::process::Stdio::null()).kill_on_drop(true);
        let described = format!("{command:?}");
        let output = command.output().await.with_context(|| format!("running {described}"))?;
        if !output.status.success() {
            bail!("{described} failed ({}): {}", output.status, String::from_utf8_lossy(&output.stderr).trim());
        }
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    }

    /// `docker create --label ferry.bench=launch IMAGE COMMAND…`; returns the container's id.
    pub async fn create(&self, image: &str, command: &[String]) -> anyhow::Result<String> {
        let mut arguments = vec!["create".to_owned(), "--label".to_owned(), BENCH_LABEL.to_owned(), image.to_owned()];
        arguments.extend(command.iter().cloned());
        let id = self.run(&arguments).await?;
        if id.is_empty() || id.contains(char::is_whitespace) {
            bail!("docker create printed {id:?} instead of a container id");
        }
        Ok(id)
    }

    pub async fn start(&self, id: &str) -> anyhow::Result<()> {
        self.run(["start", id]).await.map(drop)
    }

    /// Removes the containers with the given ids, running or not (`docker rm -f`).
    pub async fn remove(&self, ids: &[String]) -> anyhow::Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut arguments = vec!["rm".to_owned(), "-f".to_owned()];
        arguments.extend(ids.iter().cloned());
        self.run(&arguments).await.map(drop)
    }

    /// When the engine says it created and started the container, in milliseconds since the
    /// epoch (its clock is this machine's); `None` for a container that never started.
    pub async fn engine_times(&self, id: &str) -> anyhow::Result<EngineTimes> {
        let printed = self.run(["inspect", "--format", "{{.Created}} {{.State.StartedAt}}", id]).await?;
        let (created, started) = printed.split_once(' ').with_context(|| format!("docker inspect printed {printed:?}"))?;
        Ok(EngineTimes { created_epoch_millis: rfc3339_epoch_millis(created), started_epoch_millis: rfc3339_epoch_millis(started) })
    }

    /// The ids of every container, running or not, with the label `key=value`.
    pub async fn containers_labelled(&self, label: &str) -> anyhow::Result<Vec<String>> {
        let listed = self.run(["ps", "-aq", "--no-trunc", "--filter", &format!("label={label}")]).await?;
        Ok(listed.lines().map(str::to_owned).filter(|id| !id.is_empty()).collect())
    }
}

/// Milliseconds since the epoch of a UTC RFC 3339 time as the engine prints it
/// (`2026-11-27T22:57:41.063886123Z`); `None` for anything else, such as the zero time
/// (`0001-01-01T00:00:00Z`) of a container that never started.
pub fn rfc3339_epoch_millis(text: &str) -> Option<f64> {
    let text = text.strip_suffix('Z')?;
    let (date, time) = text.split_once('T')?;
    let mut date_parts = date.splitn(3, '-').map(|part| part.parse::<i64>().ok());
    let (year, month, day) = (date_parts.next()??, date_parts.next()??, date_parts.next()??);
    let (clock, fraction) = time.split_once('.').unwrap_or((time, "0"));
    let mut clock_parts = clock.splitn(3, ':').map(|part| part.parse::<i64>().ok());
    let (hour, minute, second) = (clock_parts.next()??, clock_parts.next()??, clock_parts.next()??);
    if year < 1970 || !(1..=12).contains(&month) || !(1..=31).contains(&day) || !fraction.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let fraction_seconds: f64 = format!("0.{fraction}").parse().ok()?;
    let seconds = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    Some((seconds as f64 + fraction_seconds) * 1000.0)
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_engines_timestamps() {
        assert_eq!(rfc3339_epoch_millis("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(rfc3339_epoch_millis("2000-03-01T00:00:01.5Z"), Some(951_868_801_500.0));
        let precise = rfc3339_epoch_millis("2026-11-27T22:57:41.063886123Z").unwrap();
        assert!((precise - 1_795_820_261_063.886).abs() < 0.01, "{precise}");
        assert_eq!(rfc3339_epoch_millis("0001-01-01T00:00:00Z"), None, "the zero time of a container never started");
        assert_eq!(rfc3339_epoch_millis("2026-11-27 22:57:41"), None);
    }
}
