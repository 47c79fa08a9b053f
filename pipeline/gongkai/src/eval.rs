//! Scoring a run against gold labels (GOLD_FORMAT.md, "How a pipeline run is scored").
