/// One character position of the screen.
public struct Cell: Hashable, Sendable {
    /// What is drawn there, kept as plain bytes.
    private var glyph: CellGlyph
    /// How it is drawn.
    public var style: CellStyle

    public init(character: Character = " ", style: CellStyle = .plain) {
        self.glyph = CellGlyph(character)
        self.style = style
    }

    /// A cell of a character made of one scalar, made without building a `Character`.
    init(scalar: Unicode.Scalar, style: CellStyle) {
        self.glyph = CellGlyph(scalar)
        self.style = style
    }

    /// What is drawn there: a printable character, never a control character.
    public var character: Character {
        get { glyph.character }
        set { glyph = CellGlyph(newValue) }
    }

    /// The columns the character takes: 1 or 2 (see `ColumnWidth`).
    public var columns: Int {
        glyph.isSurelyNarrow ? 1 : ColumnWidth.of(glyph.character)
    }
}
