//! Placeholder until `cargo xtask codegen` writes the ECS shapes.
