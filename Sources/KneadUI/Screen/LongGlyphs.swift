import Glibc

/// Keeps the few characters too long for a `CellGlyph` to hold inline, each once, numbered in
/// the order they were first drawn, for as long as the program runs.
///
/// Only a character of more than 15 UTF-8 bytes comes here (several emoji joined into one), so
/// the table stays as small as the set of such characters a person's routines hold.
final class LongGlyphs: @unchecked Sendable {
    /// The one table of the process.
    static let shared = LongGlyphs()

    /// Guards `characters` and `numbers`: screens may be drawn on more than one thread (tests).
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// Every long character kept, by its number.
    private var characters: [Character] = []
    /// The number of each long character kept, by its exact UTF-8 bytes: canonically equal
    /// characters written differently are kept apart.
    private var numbers: [[UInt8]: Int] = [:]

    private init() {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    /// The number of `character`, given it now when it has none yet.
    func number(of character: Character) -> Int {
        let bytes = Array(character.utf8)
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let number = numbers[bytes] { return number }
        characters.append(character)
        numbers[bytes] = characters.count - 1
        return characters.count - 1
    }

    /// The character numbered `number`.
    func character(numbered number: Int) -> Character {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return characters[number]
    }
}
