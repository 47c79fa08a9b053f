//! Deterministic synthetic corpus generator, driven by the template tables.
