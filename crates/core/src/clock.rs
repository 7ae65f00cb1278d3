//! Time as a dependency, so that controllers and signature checks can be tested with a clock the test moves.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> SystemTime;
}

/// The machine's wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock that only moves when told to; for tests.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<parking_lot::Mutex<SystemTime>>,
}

impl ManualClock {
    pub fn new(start: SystemTime) -> Self {
        ManualClock { now: Arc::new(parking_lot::Mutex::new(start)) }
    }

    pub fn advance(&self, by: Duration) {
        *self.now.lock() += by;
    }

    pub fn set(&self, to: SystemTime) {
        *self.now.lock() = to;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        *self.now.lock()
    }
}
