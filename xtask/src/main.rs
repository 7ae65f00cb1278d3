//! Developer tasks for Ferry: `cargo xtask codegen` generates API shapes from botocore models.
fn main() {}
