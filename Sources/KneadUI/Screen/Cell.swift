/// One character position of the screen.
public struct Cell: Hashable, Sendable {
    /// What is drawn there: a printable character, never a control character.
    public var character: Character
    /// How it is drawn.
    public var style: CellStyle

    public init(character: Character = " ", style: CellStyle = .plain) {
        self.character = character
        self.style = style
    }
}
