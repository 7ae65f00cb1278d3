//! Ferry state: a key-value store with revisions, compare-and-swap, prefix listing and watch.
