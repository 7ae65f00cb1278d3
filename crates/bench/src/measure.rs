//! The closed-loop measurement: N workers, each with its own keep-alive connection, send the same
//! signed call back to back through a warm-up and a measured window, and the tallies become one
//! report of throughput and latency percentiles.

use std::sync::Arc;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use http::StatusCode;

use crate::connection::{self, Connection};
use crate::cpu;
use crate::signing::{Endpoint, SignedCall};

/// Latencies are recorded in microseconds; an hour bounds them far above any sane answer.
const HIGHEST_LATENCY_MICROS: u64 = 3_600_000_000;
/// Three significant figures: 0.1% resolution at every scale, plenty for p99.
const HISTOGRAM_SIGNIFICANT_FIGURES: u8 = 3;
/// How much of an unexpected answer is kept to show what went wrong.
const EXAMPLE_ERROR_CHARACTERS: usize = 600;
/// After a failed connect, wait this long so a dead server does not turn the worker into a spin.
const RECONNECT_BACKOFF: Duration = Duration::from_millis(10);

#[derive(Debug, Clone)]
pub struct MeasurePlan {
    pub connections: usize,
    pub warmup: Duration,
    pub duration: Duration,
    /// The server's process id, to report the CPU it spent in the measured window.
    pub server_pid: Option<u32>,
}

/// What one run measured; printed as one JSON line.
#[derive(Debug)]
pub struct MeasureReport {
    pub requests: u64,
    pub errors: u64,
    pub reconnects: u64,
    pub throughput_per_second: f64,
    pub p50_micros: u64,
    pub p99_micros: u64,
    pub max_micros: u64,
    pub example_error: Option<String>,
    /// Requests sent in all, warm-up included.
    pub sent_including_warmup: u64,
    /// The size of one successful answer's body, to show both targets answered alike.
    pub answer_bytes: Option<usize>,
    /// CPU seconds this load generator spent in the measured window.
    pub loadgen_cpu_seconds: f64,
    /// CPU seconds the server spent in the measured window, when its pid was given.
    pub server_cpu_seconds: Option<f64>,
}

/// What one worker saw inside the measured window.
struct WorkerTally {
    latencies_micros: Histogram<u64>,
    requests: u64,
    errors: u64,
    reconnects: u64,
    example_error: Option<String>,
    sent_including_warmup: u64,
    answer_bytes: Option<usize>,
}

impl WorkerTally {
    fn new() -> WorkerTally {
        WorkerTally {
            latencies_micros: new_histogram(),
            requests: 0,
            errors: 0,
            reconnects: 0,
            example_error: None,
            sent_including_warmup: 0,
            answer_bytes: None,
        }
    }

    fn record_error(&mut self, description: impl FnOnce() -> String) {
        self.errors += 1;
        if self.example_error.is_none() {
            self.example_error = Some(description());
        }
    }
}

fn new_histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, HIGHEST_LATENCY_MICROS, HISTOGRAM_SIGNIFICANT_FIGURES)
        .expect("the histogram bounds are constants that hdrhistogram accepts")
}

/// When the measured window opens and closes; shared by every worker so all windows line up.
#[derive(Debug, Clone, Copy)]
struct Window {
    opens: Instant,
    closes: Instant,
}

/// Runs the plan against `endpoint` and merges what every worker saw.
pub async fn measure(endpoint: &Endpoint, call: SignedCall, plan: &MeasurePlan) -> anyhow::Result<MeasureReport> {
    let call = Arc::new(call);
    // Connect every worker before the clock starts, so the warm-up is spent on requests and a
    // target that refuses connections fails here with its own error rather than as a tally.
    let mut connections = Vec::with_capacity(plan.connections);
    for _ in 0..plan.connections {
        connections.push(connection::connect(endpoint.socket_address).await?);
    }
    let started = Instant::now();
    let window = Window { opens: started + plan.warmup, closes: started + plan.warmup + plan.duration };
    let workers: Vec<_> = connections
        .into_iter()
        .map(|connection| tokio::spawn(run_worker(endpoint.clone(), Arc::clone(&call), connection, window)))
        .collect();

    // Sample CPU time at the window's edges, so the warm-up is left out as it is for requests.
    // This task shares the workers' thread; two reads of /proc cost microseconds.
    tokio::time::sleep_until(window.opens.into()).await;
    let at_open = CpuSample::take(plan.server_pid)?;
    tokio::time::sleep_until(window.closes.into()).await;
    let at_close = CpuSample::take(plan.server_pid)?;

    let mut merged = WorkerTally::new();
    for worker in workers {
        let tally = worker.await?;
        merged.latencies_micros.add(&tally.latencies_micros)?;
        merged.requests += tally.requests;
        merged.errors += tally.errors;
        merged.reconnects += tally.reconnects;
        merged.sent_including_warmup += tally.sent_including_warmup;
        merged.answer_bytes = merged.answer_bytes.or(tally.answer_bytes);
        if merged.example_error.is_none() {
            merged.example_error = tally.example_error;
        }
    }
    Ok(MeasureReport {
        requests: merged.requests,
        errors: merged.errors,
        reconnects: merged.reconnects,
        throughput_per_second: merged.requests as f64 / plan.duration.as_secs_f64(),
        p50_micros: merged.latencies_micros.value_at_quantile(0.50),
        p99_micros: merged.latencies_micros.value_at_quantile(0.99),
        max_micros: merged.latencies_micros.max(),
        example_error: merged.example_error,
        sent_including_warmup: merged.sent_including_warmup,
        answer_bytes: merged.answer_bytes,
        loadgen_cpu_seconds: at_close.loadgen_seconds - at_open.loadgen_seconds,
        server_cpu_seconds: at_close.server_seconds.zip(at_open.server_seconds).map(|(close, open)| close - open),
    })
}

/// CPU seconds used so far by this process and, if known, the server.
struct CpuSample {
    loadgen_seconds: f64,
    server_seconds: Option<f64>,
}

impl CpuSample {
    fn take(server_pid: Option<u32>) -> anyhow::Result<CpuSample> {
        Ok(CpuSample {
            loadgen_seconds: cpu::process_cpu_seconds(None)?,
            server_seconds: server_pid.map(|pid| cpu::process_cpu_seconds(Some(pid))).transpose()?,
        })
    }
}

/// One closed loop: send, wait for the whole answer, send again, until the window closes.
/// Requests that start before the window opens are the warm-up and are not counted.
async fn run_worker(endpoint: Endpoint, call: Arc<SignedCall>, first_connection: Connection, window: Window) -> WorkerTally {
    let mut tally = WorkerTally::new();
    let mut open_connection: Option<Connection> = Some(first_connection);
    loop {
        if Instant::now() >= window.closes {
            break;
        }
        // A server may close a keep-alive connection between requests (an idle timeout, a
        // request limit): open a new one and go on; that is counted, not an error.
        let connection = match open_connection.take().filter(|connection| !connection.is_closed()) {
            Some(connection) => open_connection.insert(connection),
            None => match connection::connect(endpoint.socket_address).await {
                Ok(connection) => {
                    tally.reconnects += 1;
                    open_connection.insert(connection)
                }
                Err(error) => {
                    if Instant::now() >= window.opens {
                        tally.requests += 1;
                        tally.record_error(|| format!("cannot connect: {error:#}"));
                    }
                    tokio::time::sleep(RECONNECT_BACKOFF).await;
                    continue;
                }
            },
        };
        if connection.ready().await.is_err() {
            open_connection = None;
            continue;
        }
        let request = call.to_request();
        let sent_at = Instant::now();
        let outcome = connection::exchange(connection, request).await;
        let elapsed = sent_at.elapsed();
        tally.sent_including_warmup += 1;
        let counted = sent_at >= window.opens && sent_at < window.closes;
        match outcome {
            Ok((status, body)) => {
                if status == StatusCode::OK && tally.answer_bytes.is_none() {
                    tally.answer_bytes = Some(body.len());
                }
                if counted {
                    tally.requests += 1;
                    tally.latencies_micros.saturating_record(elapsed.as_micros().try_into().unwrap_or(u64::MAX));
                    if status != StatusCode::OK {
                        tally.record_error(|| {
                            let text = String::from_utf8_lossy(&body);
                            format!("HTTP {status}: {}", text.chars().take(EXAMPLE_ERROR_CHARACTERS).collect::<String>())
                        });
                    }
                }
            }
            Err(error) => {
                open_connection = None;
                if counted {
                    tally.requests += 1;
                    tally.record_error(|| format!("transport error: {error:#}"));
                }
            }
        }
    }
    tally
}
