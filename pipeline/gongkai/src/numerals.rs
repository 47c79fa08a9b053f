//! Arabic and Chinese numerals.

/// Parse an integer written in Arabic digits or Chinese numerals (两件 → 2).
pub fn parse_int(s: &str) -> Option<i64> {
    s.trim().parse().ok()
}
