/// Text drawn five rows tall in block characters, readable from across the room.
///
/// Each pixel of a `BigFont` glyph takes two cells, so the shapes keep their proportions in
/// a terminal's tall cells; one blank column separates characters.
enum BigText {
    /// The number of rows big text takes.
    static let height = 5

    /// The rows of `text` drawn big, all the same width; characters without a glyph are left out.
    static func rows(of text: String) -> [String] {
        let glyphs = drawnGlyphs(of: text)
        return (0..<height).map { row in glyphs.map { $0[row] }.joined(separator: " ") }
    }

    /// The number of cells `text` takes across when drawn big.
    static func width(of text: String) -> Int {
        let glyphs = drawnGlyphs(of: text)
        return glyphs.reduce(0) { $0 + $1[0].count } + max(0, glyphs.count - 1)
    }

    /// The drawn rows of each character of `text` that has a glyph.
    private static func drawnGlyphs(of text: String) -> [[String]] {
        text.compactMap { drawnFont[$0] ?? drawnFont[Character($0.uppercased())] }
    }

    /// Every glyph of `BigFont` drawn once, each pixel as two cells.
    private static let drawnFont: [Character: [String]] = BigFont.glyphs.mapValues { pixelRows in
        pixelRows.map { String($0.flatMap { $0 == "#" ? "██" : "  " }) }
    }
}
