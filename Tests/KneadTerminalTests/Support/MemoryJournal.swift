import KneadCore
@testable import KneadTerminal

/// A journal writer that keeps every entry in memory, and can be told to fail.
final class MemoryJournal: JournalWriter {
    private(set) var entries: [JournalEntry] = []
    private(set) var warnings: [String]
    /// The warning every write gives back, as a journal on a full disk would.
    var failure: String?

    init(warnings: [String] = []) {
        self.warnings = warnings
    }

    func write(_ entry: JournalEntry) -> String? {
        entries.append(entry)
        guard let failure, !warnings.contains(failure) else { return nil }
        warnings.append(failure)
        return failure
    }
}
