/// The character of a cell kept as plain bytes, so that a screen of cells is made, copied,
/// compared and freed as memory alone, with no reference counting cell by cell.
///
/// A character of up to 15 UTF-8 bytes (every letter and symbol, and nearly every emoji) is
/// kept inline. A longer one, such as several emoji joined into one, is kept once by
/// `LongGlyphs` and held here by its number there. Two glyphs are equal when their bytes are.
struct CellGlyph: Hashable, Sendable {
    /// Bytes 0 to 7 of the character's UTF-8, or a long character's number.
    private var low: UInt64
    /// Bytes 8 to 14 of the character's UTF-8, and in the top byte their count, or
    /// `longMarker` for a long character.
    private var high: UInt64

    /// The top byte of `high` for a character kept by `LongGlyphs`.
    private static let longMarker: UInt64 = 0xFF
    /// The most UTF-8 bytes kept inline.
    private static let inlineCapacity = 15

    /// The glyph of a character made of one scalar, without building a `Character`.
    init(_ scalar: Unicode.Scalar) {
        self.init(inline: UTF8.encode(scalar)!)
    }

    /// The glyph of any character.
    init(_ character: Character) {
        guard character.utf8.count <= Self.inlineCapacity else {
            self.init(low: UInt64(LongGlyphs.shared.number(of: character)), high: Self.longMarker << 56)
            return
        }
        self.init(inline: character.utf8)
    }

    /// The glyph holding `bytes`, at most `inlineCapacity` of them, inline.
    private init(inline bytes: some Collection<UInt8>) {
        var (low, high) = (UInt64(0), UInt64(bytes.count) << 56)
        for (index, byte) in bytes.enumerated() {
            if index < 8 {
                low |= UInt64(byte) << (8 * UInt64(index))
            } else {
                high |= UInt64(byte) << (8 * UInt64(index - 8))
            }
        }
        self.init(low: low, high: high)
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The character the glyph holds.
    var character: Character {
        if high >> 56 == Self.longMarker { return LongGlyphs.shared.character(numbered: Int(low)) }
        let count = Int(high >> 56)
        let text = String(unsafeUninitializedCapacity: count) { bytes in
            for index in 0..<count {
                let word = index < 8 ? low >> (8 * UInt64(index)) : high >> (8 * UInt64(index - 8))
                bytes[index] = UInt8(truncatingIfNeeded: word)
            }
            return count
        }
        return Character(text)
    }

    /// Whether the character is surely one column wide: it starts below U+1100, where no wide
    /// character is, so it need not be measured.
    var isSurelyNarrow: Bool {
        // A UTF-8 lead byte below 0xE1 starts a scalar below U+1000.
        high >> 56 != Self.longMarker && UInt8(truncatingIfNeeded: low) < 0xE1
    }
}
