/// A grid of cells that a view draws into and a terminal shows: the whole picture of a moment.
///
/// Writing is clipped to the grid, so a view can never draw outside it, and every control or
/// escape character is replaced by a visible stand-in, so text from a script cannot steer the
/// terminal.
public struct Screen: Hashable, Sendable {
    /// The number of columns.
    public let width: Int
    /// The number of rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var rows: [[Cell]]

    /// Creates a blank screen; negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.rows = Array(repeating: Array(repeating: Cell(), count: self.width), count: self.height)
    }

    /// Writes `text` from `column` on `row`, one cell per character, clipped to the grid.
    public mutating func write(_ text: String, row: Int, column: Int, style: CellStyle = .plain) {
        guard row >= 0, row < height else { return }
        var position = column
        for character in VisibleText.cells(of: text) {
            if position >= width { break }
            if position >= 0 { rows[row][position] = Cell(character: character, style: style) }
            position += 1
        }
    }

    /// The text of each row, trailing blanks kept, styles dropped.
    public var lines: [String] {
        rows.map { String($0.map(\.character)) }
    }

    /// The whole screen as text, rows joined by newlines, trailing blanks of each row removed.
    public var text: String {
        lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}
