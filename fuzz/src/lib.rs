//! Support for the fuzz targets in `fuzz_targets/` (docs/fuzzing.md).

pub mod drive;
