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
    /// For each row, whether a wide character has been written to it. A row without one holds
    /// one character per cell, so a terminal may compare and draw it cell by cell without
    /// measuring a character.
    public private(set) var mayHoldWideCharacters: [Bool]

    /// Creates a blank screen; negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        // Rows of their own from the start: rows sharing one array would each be copied at
        // their first write.
        let width = self.width
        self.rows = (0..<self.height).map { _ in Array(repeating: Cell(), count: width) }
        self.mayHoldWideCharacters = Array(repeating: false, count: self.height)
    }

    /// Two screens are equal when they show the same cells, whatever was written before.
    public static func == (left: Screen, right: Screen) -> Bool {
        left.width == right.width && left.height == right.height && left.rows == right.rows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(rows)
    }

    /// Writes `text` from `column` on `row`, clipped to the grid.
    ///
    /// A character takes one cell, or two when it is wide (see `ColumnWidth`): it fills the
    /// first and a blank of the same style fills the second, which the terminal's drawing of
    /// the wide character covers. A wide character that would stick out of the grid, or into it
    /// from the left, is left out; so is a wide character whose right half is written over.
    public mutating func write(_ text: String, row: Int, column: Int, style: CellStyle = .plain) {
        guard row >= 0, row < height else { return }
        if SimpleText.isSimple(text) {
            writeSimple(text, row: row, column: column, style: style)
            return
        }
        var position = column
        for character in VisibleText.cells(of: text) {
            let columns = ColumnWidth.of(character)
            if position + columns > width { break }
            if position >= 0 {
                if position > 0, rows[row][position - 1].columns == 2 {
                    rows[row][position - 1].character = " "
                }
                rows[row][position] = Cell(character: character, style: style)
                if columns == 2 {
                    rows[row][position + 1] = Cell(character: " ", style: style)
                    mayHoldWideCharacters[row] = true
                }
            }
            position += columns
        }
    }

    /// Writes simple text (see `SimpleText`), one scalar per cell, clipped to the grid.
    private mutating func writeSimple(_ text: String, row: Int, column: Int, style: CellStyle) {
        guard column < width else { return }
        if column > 0, rows[row][column - 1].columns == 2 {
            rows[row][column - 1].character = " "
        }
        // The row is written in place, through one uniqueness check rather than one a cell.
        rows[row].withUnsafeMutableBufferPointer { cells in
            var position = column
            for scalar in text.unicodeScalars {
                if position >= cells.count { break }
                if position >= 0 { cells[position] = Cell(scalar: scalar, style: style) }
                position += 1
            }
        }
    }

    /// The text of each row as a terminal shows it, trailing blanks kept, styles dropped: the
    /// blank under the right half of a wide character is left out.
    public var lines: [String] {
        rows.map { cells in
            var line = ""
            var column = 0
            while column < cells.count {
                line.append(cells[column].character)
                column += cells[column].columns
            }
            return line
        }
    }

    /// The whole screen as text, rows joined by newlines, trailing blanks of each row removed.
    public var text: String {
        lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}

extension Screen {
    /// How many rows of `area`, from `row` down, are wholly blank: plain spaces only.
    func blankRows(in area: Area, from row: Int) -> Int {
        let columns = max(0, area.column)..<max(0, min(width, area.right))
        let candidates = max(0, row, area.row)..<max(0, row, area.row, min(area.bottom, height))
        let blank = Cell()
        return candidates.prefix { rows[$0][columns].allSatisfy { $0 == blank } }.count
    }
}
