extension Journal {
    /// Readies the journal for a command that reads all of it, such as a report: a page cache
    /// large enough to read it once, and the file mapped into memory rather than copied page by
    /// page. A session never asks for this, so its memory stays small.
    public func prepareForReadingWhole() {
        try? connection.execute("PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456")
    }
}
