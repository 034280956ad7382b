//! An OLX export mapped to an amphi course: chapter → module, sequential →
//! section, vertical → items.
//!
//! (First version: not written yet; `amphi import` still refuses OLX.)
