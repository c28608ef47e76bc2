import KneadCore
@testable import KneadUI

/// A screen that exists only in the tests: it greets, and its keys lead everywhere a feature
/// can lead, to show that a new screen needs no change to the router.
struct GreetingFeature: Feature {
    /// The word it shows.
    var word = "Hello"
    /// Whether leaving comes back to it.
    var isHome = true

    var name: String { "greeting(\(word))" }

    var helpSections: [KeySection] { [] }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        guard case .key(.character(let letter), _) = input else { return .stay() }
        switch letter {
        case "p": return Transition(.push(GreetingFeature(word: "Again")), commands: [.cue(.paused)])
        case "r": return Transition(.replace(GreetingFeature(word: "Instead")))
        case "b": return Transition(.back)
        case "h": return Transition(.home)
        case "o": return Transition(.openBox(FarewellBoxFeature()))
        case "w": word += "!"; return .stay()
        case "x": return Transition(.exit(status: 3))
        default: return .stay()
        }
    }

    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        screen.write(word, row: area.row, column: area.column)
    }
}
