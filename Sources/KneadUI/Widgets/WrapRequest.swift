/// A text and the width it is wrapped to: what `WordWrap` keeps its lines by.
struct WrapRequest: Hashable, Sendable {
    var text: String
    var width: Int
}
