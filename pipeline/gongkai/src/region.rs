//! Region resolution against the shipped gazetteer.

use crate::extract::Doc;
use crate::meta::Meta;
use crate::record::Region;

/// Resolve province/prefecture/county/township and the region code.
/// Returns the region and flags explaining nulls.
pub fn resolve(doc: &Doc, meta: &Meta) -> (Region, Vec<String>) {
    let _ = (doc, meta);
    (Region::default(), Vec::new())
}
