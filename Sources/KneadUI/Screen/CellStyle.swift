/// How a cell of the screen is drawn: its colour and attributes.
public struct CellStyle: Hashable, Sendable {
    /// The foreground colour; nil for the terminal's default.
    public var color: TextColor?
    /// Drawn bold or bright.
    public var bold: Bool
    /// Drawn with foreground and background swapped.
    public var reverse: Bool
    /// Drawn faint.
    public var dim: Bool

    public init(color: TextColor? = nil, bold: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = CellStyle()
}
