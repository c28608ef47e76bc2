/// A key the person pressed, decoded from the terminal's input.
public enum Key: Hashable, Sendable {
    /// A printable character, such as `p`, `+` or a space.
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, backspace, tab
    /// Any other key the terminal reported, by its code.
    case other(Int32)
}
