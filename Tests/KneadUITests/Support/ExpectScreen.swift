import Testing
import KneadUI

/// Checks that `screen` shows exactly `expected` (trailing blanks of each row ignored), and
/// prints both screens in full when it does not.
func expectScreen(_ screen: Screen, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = screen.text
    guard actual != expected else { return }
    let actualRows = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedRows = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(actualRows, expectedRows).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualRows.count, expectedRows.count)
    Issue.record(
        """
        The \(screen.width)×\(screen.height) screen differs from row \(firstDifference + 1).
        --- expected
        \(expected)
        --- actual
        \(actual)
        ---
        """,
        sourceLocation: sourceLocation
    )
}
