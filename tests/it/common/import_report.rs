//! Reading an importer's conversion report in tests.

use amphi::import::report::ImportReport;

/// `(found, converted, approximated, left out)` of `kind` in `report`; fails
/// the test when the report has no such kind.
pub fn counts(report: &ImportReport, kind: &str) -> (usize, usize, usize, usize) {
    let k = report
        .kind(kind)
        .unwrap_or_else(|| panic!("no {kind} in {report:#?}"));
    (k.found, k.converted, k.approximated.len(), k.left_out.len())
}
