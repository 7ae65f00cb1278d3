//! Which agents are connected, from their polls. Presence lives in memory, not in the store: it
//! changes with every poll (a store write per heartbeat would be most of the write load), and
//! after a control-plane restart every agent is rightly unknown until it polls again. With
//! several servers (etcd) this becomes a lease per instance.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

#[derive(Debug, Default)]
struct Presence {
    polls_in_flight: u32,
    last_seen: Option<Instant>,
}

/// Polls in flight and the last time each instance's agent was heard from, by instance ARN.
#[derive(Debug)]
pub struct AgentPresence {
    instances: Mutex<HashMap<String, Presence>>,
    disconnected_after: Duration,
    /// An agent never heard from since this process started counts as gone since then.
    started: Instant,
}

impl AgentPresence {
    pub fn new(disconnected_after: Duration) -> AgentPresence {
        AgentPresence { instances: Mutex::new(HashMap::new()), disconnected_after, started: Instant::now() }
    }

    /// Records a poll that has begun; the instance counts as connected until the returned guard
    /// is dropped and `disconnected_after` has passed with no other poll.
    pub fn poll_started(self: &Arc<Self>, instance_arn: &str) -> PollGuard {
        let mut instances = self.instances.lock();
        let presence = instances.entry(instance_arn.to_owned()).or_default();
        presence.polls_in_flight += 1;
        presence.last_seen = Some(Instant::now());
        PollGuard { presence: self.clone(), instance_arn: instance_arn.to_owned() }
    }

    /// Any call from the agent (a state change report) also shows it is alive.
    pub fn heard_from(&self, instance_arn: &str) {
        self.instances.lock().entry(instance_arn.to_owned()).or_default().last_seen = Some(Instant::now());
    }

    /// How long the instance's agent has been disconnected, or `None` while it is connected.
    pub fn disconnected_for(&self, instance_arn: &str) -> Option<Duration> {
        if self.is_connected(instance_arn) {
            return None;
        }
        let last_seen = self.instances.lock().get(instance_arn).and_then(|presence| presence.last_seen).unwrap_or(self.started);
        Some(last_seen.elapsed().saturating_sub(self.disconnected_after))
    }

    pub fn is_connected(&self, instance_arn: &str) -> bool {
        match self.instances.lock().get(instance_arn) {
            Some(presence) => {
                presence.polls_in_flight > 0 || presence.last_seen.is_some_and(|seen| seen.elapsed() < self.disconnected_after)
            }
            None => false,
        }
    }
}

/// Ends a poll's presence when dropped (the poll answered, or its connection went away).
#[derive(Debug)]
pub struct PollGuard {
    presence: Arc<AgentPresence>,
    instance_arn: String,
}

impl Drop for PollGuard {
    fn drop(&mut self) {
        let mut instances = self.presence.instances.lock();
        if let Some(presence) = instances.get_mut(&self.instance_arn) {
            presence.polls_in_flight = presence.polls_in_flight.saturating_sub(1);
            presence.last_seen = Some(Instant::now());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agent_is_connected_while_it_polls_and_for_a_while_after() {
        let presence = Arc::new(AgentPresence::new(Duration::from_millis(50)));
        assert!(!presence.is_connected("i"));
        let guard = presence.poll_started("i");
        std::thread::sleep(Duration::from_millis(80));
        assert!(presence.is_connected("i"), "a poll in flight keeps it connected");
        drop(guard);
        assert!(presence.is_connected("i"));
        std::thread::sleep(Duration::from_millis(80));
        assert!(!presence.is_connected("i"), "missed heartbeats disconnect it");
    }
}
