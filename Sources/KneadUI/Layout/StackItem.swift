/// One part of a `VerticalStack`: a block of lines, or a flexible area that takes the rows left over.
enum StackItem {
    /// Lines placed by priority.
    case block(LayoutBlock)
    /// An area that gets the rows no block took, shared with other flexible areas, and
    /// fills them from its height.
    case flexible((Int) -> [StyledLine])

    /// A flexible area left blank, to push what follows down.
    static var spacer: StackItem { .flexible { _ in [] } }
}
