import Testing

extension CourseJournal {
    /// A journal where lumbar was done on 5 Jan 2026 (so it is due on the 6th) and honey too
    /// (so it is next on the 7th).
    static func withLumbarDue(sourceLocation: SourceLocation = #_sourceLocation) throws -> CourseJournal {
        let journal = try CourseJournal(sourceLocation: sourceLocation)
        try journal.add("lumbar", at: "2026-01-05T09:00:00+03:00")
        try journal.add("honey", at: "2026-01-05T09:30:00+03:00")
        return journal
    }
}
