//! Request counts and latencies per operation, exported on `/metrics` in the Prometheus text format.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RequestLabels {
    service: &'static str,
    operation: &'static str,
    status: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct OperationLabels {
    service: &'static str,
    operation: &'static str,
}

/// The API metrics. Labels are `&'static str` taken from the services' own operation lists, so a
/// client sending made-up operation names cannot grow the label set without bound.
#[derive(Debug)]
pub struct ApiMetrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: Family<OperationLabels, Histogram>,
}

fn new_latency_histogram() -> Histogram {
    // 50 µs to about 3.3 s, doubling: fine enough to see a 5 ms p99.
    Histogram::new(exponential_buckets(0.000_05, 2.0, 17))
}

impl Default for ApiMetrics {
    fn default() -> Self {
        ApiMetrics::new()
    }
}

impl ApiMetrics {
    pub fn new() -> ApiMetrics {
        let mut registry = Registry::default();
        let requests = Family::<RequestLabels, Counter>::default();
        let durations = Family::<OperationLabels, Histogram>::new_with_constructor(new_latency_histogram as fn() -> Histogram);
        registry.register("ferry_api_requests", "API requests answered, by service, operation and HTTP status", requests.clone());
        registry.register(
            "ferry_api_request_duration_seconds",
            "Time from a request's arrival to its answer, by service and operation",
            durations.clone(),
        );
        ApiMetrics { registry, requests, durations }
    }

    pub fn record(&self, service: &'static str, operation: &'static str, status: u16, elapsed: Duration) {
        self.requests.get_or_create(&RequestLabels { service, operation, status }).inc();
        self.durations.get_or_create(&OperationLabels { service, operation }).observe(elapsed.as_secs_f64());
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut text = String::new();
        // Encoding into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut text, &self.registry);
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_latency_appear_in_the_exposition() {
        let metrics = ApiMetrics::new();
        metrics.record("ecs", "ListClusters", 200, Duration::from_micros(300));
        metrics.record("ecs", "ListClusters", 200, Duration::from_micros(300));
        let text = metrics.render();
        assert!(text.contains(r#"ferry_api_requests_total{service="ecs",operation="ListClusters",status="200"} 2"#), "{text}");
        assert!(text.contains("ferry_api_request_duration_seconds_count{service=\"ecs\",operation=\"ListClusters\"} 2"), "{text}");
    }
}
