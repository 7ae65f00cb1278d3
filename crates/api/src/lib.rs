//! Ferry's front door: one HTTP endpoint that authenticates, routes and answers every AWS API.

pub mod shape;
