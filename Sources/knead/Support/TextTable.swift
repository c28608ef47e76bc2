/// Lays out rows of text as aligned columns for the terminal.
enum TextTable {
    /// The header and rows as lines, columns two spaces apart; `rightAligned` columns by index.
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let table = [header] + rows.map { $0.map(VisibleLine.sanitized) }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return rightAligned.contains(column) ? padding + text : text + padding
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
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
