/// One of the eight basic terminal colours, the ones every colour terminal has.
public enum TextColor: Int, CaseIterable, Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
}
