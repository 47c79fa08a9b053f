//! A decoded document: its text, the normalised matching view and what the
//! crawler knew about it (url, HTML title). Every extractor reads one.

use crate::text::NormText;

/// A decoded document ready for extraction.
#[derive(Debug, Clone)]
pub struct Doc {
    pub doc_id: String,
    /// The document text that spans point into: the decoded file for text
    /// files, the article text rendered from the markup for HTML pages.
    pub text: String,
    /// Normalised matching view of `text`.
    pub norm: NormText,
    /// Page address from the crawler manifest (`urls.csv`), if any.
    pub url: Option<String>,
    /// `<title>` of an HTML page, if any.
    pub html_title: Option<String>,
}

impl Doc {
    pub fn new(doc_id: impl Into<String>, text: String, url: Option<String>) -> Self {
        let norm = NormText::new(&text);
        Doc {
            doc_id: doc_id.into(),
            text,
            norm,
            url,
            html_title: None,
        }
    }
}
