//! The Ferry agent (being written).
