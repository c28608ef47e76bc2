import KneadUI

/// Lays out rows of text as aligned columns for the terminal, counting terminal columns, so a
/// title in Chinese or with emoji lines up too.
enum TextTable {
    /// The header and rows as lines, columns two spaces apart; `rightAligned` columns by index.
    ///
    /// A row may have a note (`notes`, by the row's index): a line of its own below the row,
    /// starting where the column `notesColumn` starts, so the table grows no wider for it.
    static func render(
        header: [String], rows: [[String]], rightAligned: Set<Int> = [], notes: [Int: String] = [:], notesColumn: Int = 0
    ) -> String {
        let table = [header] + rows.map { $0.map(VisibleLine.sanitized) }
        let widths = header.indices.map { column in table.map { ColumnWidth.of($0[column]) }.max() ?? 0 }
        let noteIndent = String(repeating: " ", count: widths.prefix(notesColumn).reduce(0, +) + 2 * notesColumn)
        return table.enumerated().flatMap { index, row in
            let line = row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - ColumnWidth.of(text))
                return rightAligned.contains(column) ? padding + text : text + padding
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
            guard index > 0, let note = notes[index - 1] else { return [line] }
            return [line, noteIndent + VisibleLine.sanitized(note)]
        }
        .joined(separator: "\n")
    }
}

extension String {
    /// The string without the spaces at its end.
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
