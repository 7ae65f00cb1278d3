//! AWS Signature Version 4 verification for every request Ferry serves.
