//! `OUTPUT/manifest.json`: what ran, on what, with what result.
//!
//! Each stage merges its own section into the file, so the manifest of a
//! full run holds every stage. Nothing in it changes the datasets.

use serde_json::{json, Map, Value};
use std::path::Path;

/// Merge `section` under `stages.<stage>` of OUTPUT/manifest.json, and set
/// the top-level identity (gongkai version, and the git commit when the
/// stage knows it; stages built without it keep the one recorded).
pub fn record_stage(
    output: &Path,
    stage: &str,
    section: Value,
    git_commit: Option<&str>,
) -> std::io::Result<()> {
    let path = output.join("manifest.json");
    let mut root: Map<String, Value> = std::fs::read_to_string(&path)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    root.insert("gongkai_version".into(), json!(env!("CARGO_PKG_VERSION")));
    if let Some(c) = git_commit {
        root.insert("git_commit".into(), json!(c));
    }
    let stages = root
        .entry("stages")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(m) = stages {
        m.insert(stage.to_string(), section);
    }
    let text = serde_json::to_string_pretty(&Value::Object(root)).map_err(std::io::Error::other)?;
    crate::fsutil::write_atomic(&path, text.as_bytes())
}
