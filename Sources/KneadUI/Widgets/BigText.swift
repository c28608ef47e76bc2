/// Text drawn five rows tall in block characters, readable from across the room.
///
/// Each pixel of a `BigFont` glyph takes two cells, so the shapes keep their proportions in
/// a terminal's tall cells; one blank column separates characters.
enum BigText {
    /// The number of rows big text takes.
    static let height = 5

    /// The rows of `text` drawn big, all the same width; characters without a glyph are left out.
    static func rows(of text: String) -> [String] {
        let glyphs = text.uppercased().compactMap { BigFont.glyphs[$0] }
        return (0..<height).map { row in
            glyphs.map { glyph in
                String(glyph[row].flatMap { $0 == "#" ? "██" : "  " })
            }.joined(separator: " ")
        }
    }

    /// The number of cells `text` takes across when drawn big.
    static func width(of text: String) -> Int {
        rows(of: text).first?.count ?? 0
    }
}
