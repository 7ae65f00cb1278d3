//! CPU time of a process read from `/proc/PID/stat`, so a run can say how much CPU the server and
//! the load generator each burned in the measured window: on a machine whose cores they share,
//! that is what tells a server's cost per request apart from a ceiling set by the load generator.

use anyhow::Context;

/// Linux reports `utime`/`stime` in USER_HZ ticks, 100 per second on every architecture Ferry
/// targets (it is a kernel ABI constant, not the configurable scheduler HZ).
const CLOCK_TICKS_PER_SECOND: f64 = 100.0;

/// User plus system CPU seconds of process `pid` (`None`: this process), all threads included.
pub fn process_cpu_seconds(pid: Option<u32>) -> anyhow::Result<f64> {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/stat"),
        None => "/proc/self/stat".to_owned(),
    };
    let stat = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    // The command name (field 2) is in parentheses and may hold spaces; count from after it.
    let after_name = stat.rsplit_once(')').map(|(_, rest)| rest).with_context(|| format!("{path} has no command name"))?;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 14 (utime) and 15 (stime) of proc(5); the first after the name is field 3.
    let tick_field = |number: usize| -> anyhow::Result<f64> {
        let text = fields.get(number - 3).with_context(|| format!("{path} has no field {number}"))?;
        text.parse::<f64>().with_context(|| format!("field {number} of {path} is not a number"))
    };
    Ok((tick_field(14)? + tick_field(15)?) / CLOCK_TICKS_PER_SECOND)
}

#[cfg(test)]
mod tests {
    use super::process_cpu_seconds;

    #[test]
    fn reads_this_process_and_grows_with_work() {
        let before = process_cpu_seconds(None).unwrap();
        // Burn a little CPU so the tick counter has something to show.
        let started = std::time::Instant::now();
        let mut spin = 0u64;
        while started.elapsed() < std::time::Duration::from_millis(50) {
            spin = std::hint::black_box(spin.wrapping_add(1));
        }
        let after = process_cpu_seconds(Some(std::process::id())).unwrap();
        assert!(after >= before, "CPU time went backwards: {before} then {after}");
    }
}
