/// A terminal's size in character cells.
struct TerminalSize: Hashable {
    /// The number of columns.
    var width: Int
    /// The number of rows.
    var height: Int
}
