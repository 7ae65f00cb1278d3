//! Fuzzes the ECS request decoder and handlers: arbitrary bytes as the body of every ECS
//! operation must be parsed, validated and executed (against an in-memory store) without a panic,
//! and every refusal must be an AWS client error, never a server error.

#![no_main]

use std::sync::{Arc, OnceLock};

use ferry_api::{AwsError, RequestContext};
use ferry_core::{Caller, PlatformIdentity, SystemClock};
use ferry_ecs::EcsService;
use ferry_ecs::generated::Operation;
use ferry_store::MemoryStore;
use libfuzzer_sys::fuzz_target;

struct Harness {
    runtime: tokio::runtime::Runtime,
    service: EcsService,
    context: RequestContext,
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| Harness {
        runtime: tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap(),
        // A bounded history keeps memory flat over millions of runs.
        service: EcsService::new(Arc::new(MemoryStore::with_history_retention(100)), PlatformIdentity::default(), Arc::new(SystemClock)),
        context: RequestContext {
            request_id: "fuzz".to_owned(),
            caller: Caller { access_key_id: "AKIAFUZZ".to_owned(), principal_arn: "arn:aws:iam::000000000000:root".to_owned() },
            received_at: std::time::SystemTime::now(),
        },
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else { return };
    let operation = Operation::NAMES[selector as usize % Operation::NAMES.len()];
    let harness = harness();
    let outcome = harness.runtime.block_on(harness.service.execute(operation, body, &harness.context));
    if let Err(error) = outcome {
        let rendered = AwsError::from(error);
        assert!(rendered.status < 500, "{operation} answered a server error for {body:?}: {rendered}");
    }
});
