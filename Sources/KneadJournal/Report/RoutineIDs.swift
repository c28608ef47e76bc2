import Glibc

/// The routine ids met in a pass over the journal's sessions, each kept once and numbered in the
/// order met. A row's id is matched by its bytes, as SQLite compares them, so a pass over many
/// rows makes one String per routine rather than one per row.
struct RoutineIDs {
    /// The ids as text, by number.
    private(set) var names: [String] = []
    /// The bytes of every id, one after another.
    private var spelled: [UInt8] = []
    /// Where each id's bytes end in `spelled`, by number.
    private var ends: [Int] = []
    /// The number matched last: rows of one routine often come one after another.
    private var lastMatched = 0

    /// The number of the id spelled by `text` (nil reads as no bytes), numbering it when it is new.
    mutating func number(of text: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let text else { return [UInt8]().withUnsafeBufferPointer { number(of: $0) } }
        if let known = existingNumber(of: text) { return known }
        spelled += text
        ends.append(spelled.count)
        // As `SQLiteStatement.text(at:)` reads it: up to a zero byte, bad UTF-8 repaired.
        names.append(String(decoding: text.prefix { $0 != 0 }, as: UTF8.self))
        lastMatched = names.count - 1
        return lastMatched
    }

    /// The number of the id spelled by `text`; nil when no row had it.
    mutating func existingNumber(of text: UnsafeBufferPointer<UInt8>) -> Int? {
        let found: Int? = spelled.withUnsafeBufferPointer { all in
            ends.withUnsafeBufferPointer { ends in
                func matches(_ number: Int) -> Bool {
                    let start = number == 0 ? 0 : ends[number - 1]
                    guard ends[number] - start == text.count else { return false }
                    guard let bytes = text.baseAddress, let known = all.baseAddress else { return true }
                    return memcmp(known + start, bytes, text.count) == 0
                }
                if lastMatched < ends.count, matches(lastMatched) { return lastMatched }
                return ends.indices.first(where: matches)
            }
        }
        if let found { lastMatched = found }
        return found
    }
}
