import KneadCore
import KneadJournal
import KneadTerminal

/// The journal recorder is where the full-screen shell writes its entries.
extension SessionRecorder: JournalWriter {
    public func write(_ entry: JournalEntry) -> String? {
        record(entry, at: WallClock.now())
    }
}
