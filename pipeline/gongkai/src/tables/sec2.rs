//! Section 二: the article-20 sub-tables.

use super::Ctx;
use crate::record::Template;

pub fn extract(_ctx: &mut Ctx, _tmpl: Option<Template>) {}
